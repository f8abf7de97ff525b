#!/usr/bin/env python3
"""Generator for blind set 238: AWS Certification account-merge mailbox.

Emphasis: non-native English and machine-translated English (from Japanese,
Chinese, Korean) across every kind, plus look-alikes.  Run:  python3 make_set.py
Each add() writes one .eml immediately; labels.json and the sanity checks run at
exit (atexit) so the file can be extended batch by batch.
"""
import os, sys, io, re, json, random, base64, atexit, html
import datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime
from email.generator import BytesGenerator
import email

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(238)
LABELS = {}
ERRORS = []
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
KST = JST
CST = dt.timezone(dt.timedelta(hours=8))
CET = dt.timezone(dt.timedelta(hours=2))

ID_RE = re.compile(r'(?i)\baws[ \-]?(\d{8})\b')


# ---------------------------------------------------------------- small utils
def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def fold_b64(s, first=0, width=70, indent='\t  '):
    out, line = [], ''
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ''
    if line:
        out.append(line)
    return ('\n' + indent).join(out)


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


def rfc(t):
    return format_datetime(t)


def cid15(t):
    """15-digit case id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(t.timestamp()), R.randint(0, 99999))


def encw(s, cs='utf-8'):
    """Encoded-word (folded) for a header value with non-ASCII text."""
    return Header(s, cs, maxlinelen=76).encode(maxlinelen=76)


def addr(name, a, cs='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (encw(name, cs), a)


def subj(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return encw(s, cs)


def ses_id(t, host='email.amazonses.com'):
    ms = int(t.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12), host)


def ses_rp(t):
    ms = int(t.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12))


SES_HOSTS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
             ('a48-112.smtp-out.amazonses.com', '54.240.48.112'),
             ('a27-25.smtp-out.us-west-2.amazonses.com', '54.240.27.25'),
             ('a8-93.smtp-out.amazonses.com', '54.240.8.93'),
             ('a11-74.smtp-out.amazonses.com', '54.240.11.74')]


def dkim_sig(dom, sel, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
             c='relaxed/simple'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n'
            '\tbh=%s;\n\tb=%s') % (c, sel, dom, int(t.timestamp()), h, b64r(32),
                                   fold_b64(b64r(256), indent='\t'))


def ses_dkim(t, from_dom='amazon.com'):
    return [('DKIM-Signature', dkim_sig(from_dom, ''.join(R.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(32)), t,
                                        h='Reply-To:From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
            ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t,
                                        h='Reply-To:From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))]


# ---------------------------------------------------------------- auth-results
def ar_google(dkims, spf, dmarc):
    """dkims: [(result, domain, selector)], spf: (result, mailfrom, ip), dmarc: (result, pol, from)"""
    items = []
    for res, dom, sel in dkims:
        items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, b64r(6)[:8]))
    if spf:
        r, mf, ip = spf
        word = {'pass': 'designates', 'fail': 'does not designate', 'softfail': 'does not designate',
                'neutral': 'is neither permitted nor denied by best guess record for'}[r]
        if r == 'neutral':
            items.append('spf=neutral (google.com: %s %s domain of %s) smtp.mailfrom=%s' % (ip, word, mf, mf))
        else:
            items.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                         % (r, mf, word, ip, mf) if r == 'pass' else
                         'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                         % (r, mf, ip, mf))
    if dmarc:
        r, pol, fd = dmarc
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                     % (r, pol, pol, 'NONE' if r == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE'), fd))
    return 'mx.google.com;\n       ' + ';\n       '.join(items)


def tr_gmail(to, t, host, ip, mailfrom, ar, arc=True):
    t1 = t + dt.timedelta(seconds=R.randint(1, 3))
    ts = int(t1.timestamp())
    hs = []
    hs.append(('Delivered-To', to))
    hs.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
               % (hx(4), hx(3), hx(3), hx(4), ''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(14)),
                  format_datetime(t1.astimezone(dt.timezone(dt.timedelta(hours=-7)))) + ' (PDT)')))
    hs.append(('X-Google-Smtp-Source', b64r(48)))
    hs.append(('X-Received', 'by 2002:a05:6a20:%s:b0:%s:%s with SMTP id %s;\n        %s'
               % (hx(4), hx(3), hx(4), ''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16)),
                  format_datetime(t1.astimezone(dt.timezone(dt.timedelta(hours=-7)))) + ' (PDT)')))
    if arc:
        hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                   % (ts, fold_b64(b64r(256), width=68, indent='        '))))
        hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                   '        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
                   '         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
                   % (b64r(32), b64r(32), fold_b64(b64r(256), width=68, indent='        '))))
        hs.append(('ARC-Authentication-Results', 'i=1; ' + ar))
    hs.append(('Return-Path', '<%s>' % mailfrom))
    hs.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.2025.%s.%s\n'
               '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
               % (host, host, ip, hx(14), hx(8), R.randint(10, 99), hx(2), hx(2), to,
                  format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=-7)))) + ' (PDT)')))
    hs.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
               % (mailfrom, ip, ip)))
    hs.append(('Authentication-Results', ar))
    return hs


def ar_outlook(spf, ip, mfdom, dkims, dmarc, fromdom, compauth='pass reason=100'):
    parts = ['spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (spf, ip, mfdom)]
    for res, dom in dkims:
        parts.append('dkim=%s (signature was verified)\n header.d=%s' % (res, dom) if res == 'pass'
                     else 'dkim=none (message not signed)\n header.d=none' if res == 'none'
                     else 'dkim=%s (signature did not verify)\n header.d=%s' % (res, dom))
    parts.append('dmarc=%s action=%s\n header.from=%s' % (dmarc, 'none' if dmarc == 'pass' else 'quarantine', fromdom))
    parts.append('compauth=%s' % compauth)
    return ';'.join(parts)


def tr_outlook(t, host, ip, mfdom, ar, spf='Pass'):
    t0 = t
    t1 = t + dt.timedelta(seconds=1)
    t2 = t + dt.timedelta(seconds=2)
    a, b, c = ('TYCP286MB%04d.JPNP286.PROD.OUTLOOK.COM' % R.randint(1000, 9999),
               'SG2PR01CA0%03d.apcprd01.prod.exchangelabs.com' % R.randint(100, 999),
               'SG1PEPF0000%04X.apcprd02.prod.outlook.com' % R.randint(0x1000, 0xFFFF))
    hs = []
    hs.append(('Received', 'from %s (::1) by\n %s with HTTPS; %s' % (a, a, rfc(t2))))
    hs.append(('Received', 'from %s (2603:1096:4:%x::%x) by\n %s (2603:1096:400:%x::%x) with\n'
               ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s'
               % (b, R.randint(16, 255), R.randint(1, 99), a, R.randint(256, 4000), R.randint(1, 30), R.randint(10, 40), rfc(t1))))
    hs.append(('Received', 'from %s\n (2603:1096:4:40:cafe::%x) by %s\n (2603:1096:4:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n'
               ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend Transport; %s'
               % (c, R.randint(16, 255), b.replace('exchangelabs.com', 'outlook.office365.com'), R.randint(16, 255), R.randint(1, 99), R.randint(1, 9), rfc(t1))))
    hs.append(('Authentication-Results', ar))
    hs.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n'
               ' client-ip=%s; helo=%s; pr=C'
               % (spf, mfdom, 'designates' if spf == 'Pass' else 'does not designate', ip, ip, host)))
    hs.append(('Received', 'from %s (%s) by\n %s (10.167.241.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
               ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend Transport; %s'
               % (host, ip, c.replace('apcprd02.prod.outlook.com', 'mail.protection.outlook.com'), R.randint(2, 250), R.randint(1, 9), rfc(t0))))
    return hs


def ms_tail(t):
    t = t.astimezone(UTC) + dt.timedelta(seconds=2)
    return [('X-MS-Exchange-Organization-ExpirationStartTime', t.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % R.randint(0, 9999)),
            ('X-MS-Exchange-Organization-MessageDirectionality', 'Incoming'),
            ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))),
            ('X-MS-PublicTrafficType', 'Email'),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-Exchange-Organization-AuthSource', 'SG1PEPF0000%04X.apcprd02.prod.outlook.com' % R.randint(0x1000, 0xFFFF)),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Office365-Filtering-Correlation-Id', '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12)))]


def tr_jp(provider, t, host, ip, mailfrom, ar_items):
    """Japanese ISP: provider dict with inbound, mailbox names and authserv id."""
    tj = t.astimezone(JST)
    t1 = tj + dt.timedelta(seconds=R.randint(1, 4))
    hs = [('Return-Path', '<%s>' % mailfrom)]
    hs.append(('Received', 'from %s by %s with ESMTP\n          id <%s@%s>; %s (JST)'
               % (provider['in'], provider['box'], hx(16).upper(), provider['box'], format_datetime(t1))))
    if ar_items is not None:
        hs.append(('Authentication-Results', '%s; %s' % (provider['authserv'], ';\n\t'.join(ar_items))))
    hs.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s (JST)'
               % (host, host, ip, provider['in'], hx(10).upper(), provider['rcpt'], format_datetime(tj))))
    return hs


# ---------------------------------------------------------------- quoting
def q(text, prefix='> ', tight=False):
    out = []
    for l in text.split('\n'):
        if l == '':
            out.append(prefix.rstrip())
        elif l.startswith('>') and tight:
            out.append(prefix.rstrip() + l)
        else:
            out.append(prefix + l)
    return '\n'.join(out)


def gmail_on(t, name, a, tz=UTC):
    tl = t.astimezone(tz)
    h = tl.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        tl.strftime('%a'), tl.strftime('%b'), tl.day, tl.year, h, tl.minute,
        'AM' if tl.hour < 12 else 'PM', name, a)


WD_JA = '月火水木金土日'


def ja_on(t, name, a, tz=JST):
    tl = t.astimezone(tz)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (tl.year, tl.month, tl.day, WD_JA[tl.weekday()],
                                                tl.hour, tl.minute, name, a)


def outlook_block(frm, t, to, sj, tz=UTC, rule=True):
    tl = t.astimezone(tz)
    h = tl.hour % 12 or 12
    s = '%s, %s %d, %d %d:%02d %s' % (tl.strftime('%A'), tl.strftime('%B'), tl.day, tl.year, h, tl.minute,
                                     'AM' if tl.hour < 12 else 'PM')
    head = '________________________________\n' if rule else ''
    return head + 'From: %s\nSent: %s\nTo: %s\nSubject: %s\n' % (frm, s, to, sj)


def orig_msg(frm, t, to, sj, tz=UTC):
    tl = t.astimezone(tz)
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n'
            % (frm, tl.strftime('%A, %B %d, %Y %I:%M %p'), to, sj))


# ---------------------------------------------------------------- MIME parts
def part(text, sub='plain', cs='utf-8', cte='qp', label=None):
    c = Charset(cs)
    if cte == 'qp':
        c.body_encoding = QP
    elif cte == 'b64':
        c.body_encoding = BASE64
    else:
        c.body_encoding = None
    if cs.lower() in ('shift_jis', 'cp932'):
        c.output_charset = 'cp932'
        c.input_codec = 'cp932'
        c.output_codec = 'cp932'
    p = MIMEText(text, sub, c)
    if label:
        p.set_param('charset', label)
    return p


def bnd(style=None):
    style = style or R.choice(['java', 'gmail', 'outlook', 'hex'])
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(10000000, 99999999), R.randint(1600000000000, 1770000000000))
    if style == 'gmail':
        return '000000000000' + hx(16)
    if style == 'outlook':
        return '_000_%s%s_' % ('TYCP286MB%04d' % R.randint(1000, 9999), hx(16).upper())
    if style == 'jp':
        return '=_NextPart_%s_%s' % (hx(8).upper(), hx(8).upper())
    return hx(32)


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary or bnd())
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def mixed(*parts, boundary=None, sub='mixed'):
    m = MIMEMultipart(sub, boundary=boundary or bnd())
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def esc(s):
    return html.escape(s, quote=False)


def txt2html(text):
    """plain paragraphs -> html (quoted '> ' blocks become blockquote)."""
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if any(l.startswith('>') for l in lines) and all(l.startswith('>') for l in lines if l.strip()):
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % txt2html(inner))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    return '\n'.join(out)


def html_aws(body_html, footer_html=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px">\n'
            '<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/'
            'poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" height="32"></td></tr>\n'
            '<tr><td style="padding:20px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:12px 20px;font-size:11px;color:#545b64;border-top:1px solid #eaeded">%s'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
            'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (body_html, footer_html)


def html_div(body_html, font='Arial'):
    return '<div dir="ltr"><div style="font-family:%s">%s</div></div>\n' % (font, body_html)


# ---------------------------------------------------------------- writing
CRLF_FILES = {'008', '024', '037', '046', '059', '020'}  # saved with CRLF line ends, like a client export


def emit(fname, hdrs, body, label, new_text, crlf=False):
    """hdrs: list of (name, value); body: MIME object; new_text: the NEW (non-quoted)
    text of this mail, used to derive/check account ids."""
    del body['MIME-Version']
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    head = ''.join('%s: %s\n' % (k, v) for k, v in hdrs) + 'MIME-Version: 1.0\n'
    data = head.encode('ascii') + buf.getvalue()
    if crlf or fname[:3] in CRLF_FILES:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    kind, case_id, ids, sv, lang = label
    derived = sorted(set('AWS' + m for m in ID_RE.findall(new_text)))
    if ids is None:
        ids = derived
    elif sorted(set(ids)) != derived:
        ERRORS.append('%s: declared ids %s != ids in new text %s' % (fname, ids, derived))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                     'sender_verified': sv, 'language': lang}


# ---------------------------------------------------------------- checks
def decode_part(p):
    raw = p.get_payload(decode=True) or b''
    cs = (p.get_content_charset() or 'us-ascii').lower()
    for c in (cs, 'utf-8', 'cp932', 'iso-2022-jp', 'latin-1'):
        try:
            return raw.decode(c)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode('latin-1')


def all_text(m):
    from email.header import decode_header, make_header
    out = [str(make_header(decode_header(m.get('Subject', ''))))]
    for p in m.walk():
        if p.get_content_maintype() == 'text':
            t = decode_part(p)
            if p.get_content_subtype() == 'html':
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
    return '\n'.join(out)


KINDS = {'case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
         'credly_badge_issued', 'support_reply', 'unrelated'}


def finish():
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    for f in files:
        if f not in LABELS:
            ERRORS.append('no label for %s' % f)
            continue
        data = open(os.path.join(OUT, f), 'rb').read()
        m = email.message_from_bytes(data)
        lab = LABELS[f]
        if lab['kind'] not in KINDS:
            ERRORS.append('%s: bad kind' % f)
        text = all_text(m)
        norm = re.sub(r'(?i)\baws[ \-]?(\d{8})\b', lambda x: 'AWS' + x.group(1), text)
        for i in lab['account_ids']:
            if i not in norm:
                ERRORS.append('%s: id %s not in text' % (f, i))
        if lab['case_id'] and lab['case_id'] not in re.sub(r'(?<=\d)[ \-](?=\d)', '', text):
            ERRORS.append('%s: case id %s not in text' % (f, lab['case_id']))
        ars = m.get_all('Authentication-Results') or []
        if lab['sender_verified'] is None and ars:
            ERRORS.append('%s: sv null but has AR' % f)
        if lab['sender_verified'] is not None and not ars:
            ERRORS.append('%s: sv set but no AR' % f)
        if not m['Date'] or not m['From'] or not m['Message-ID']:
            ERRORS.append('%s: missing basic header' % f)
    for f in LABELS:
        if f not in files:
            ERRORS.append('label without file %s' % f)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False, sort_keys=True)
    from collections import Counter
    print('mails:', len(files), dict(Counter(v['kind'] for v in LABELS.values())))
    if ERRORS:
        print('ERRORS:')
        for e in ERRORS:
            print('  ', e)
        sys.exit(1)
    print('all checks OK')


_FAILED = []
_orig_hook = sys.excepthook


def _hook(*a):
    _FAILED.append(1)
    _orig_hook(*a)


sys.excepthook = _hook
atexit.register(lambda: None if _FAILED else finish())

# common people / senders
FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
NOREPLY = ('Amazon Web Services', 'no-reply-aws@amazon.com')


def ses_headers(t, frm, to, sj, reply_to=None, msgid=None):
    hs = ses_dkim(t)
    if reply_to:
        hs.append(('Reply-To', reply_to))
    hs += [('From', addr(*frm)), ('To', to), ('Subject', sj),
           ('Message-ID', msgid or ses_id(t)), ('Date', rfc(t))]
    return hs


def ses_tail(t):
    return [('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % b64r(33).rstrip('=')),
            ('X-SES-Outgoing', '%s-54.240.8.%d' % (t.astimezone(UTC).strftime('%Y.%m.%d'), R.randint(1, 99)))]


def gmail_ses(to, t, frm, sj, reply_to=None, dmarc='pass', host_i=0):
    """Full header list for genuine amazon.com SES mail landing in Gmail."""
    host, ip = SES_HOSTS[host_i]
    rp = ses_rp(t)
    ar = ar_google([('pass', 'amazon.com', 'x' + hx(7)), ('pass', 'amazonses.com', '224i4yxa')],
                   ('pass', rp, ip), (dmarc, 'QUARANTINE', 'amazon.com'))
    return tr_gmail(to, t + dt.timedelta(seconds=2), host, ip, rp, ar) + ses_headers(t, frm, to, sj, reply_to) + ses_tail(t)


def outlook_ses(to, t, frm, sj, reply_to=None, host_i=1):
    host, ip = SES_HOSTS[host_i]
    ar = ar_outlook('pass', ip, 'amazonses.com', [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'pass', 'amazon.com')
    return (tr_outlook(t + dt.timedelta(seconds=2), host, ip, 'amazonses.com', ar) + ses_headers(t, frm, to, sj, reply_to)
            + ses_tail(t) + ms_tail(t))


NIFTY = {'in': 'mfrps3.nifty.com', 'box': 'mfrmb1.nifty.com', 'authserv': 'nifty.com', 'rcpt': 'sato.kenichi@nifty.com'}


def jp_ses(prov, to, t, frm, sj, ar=True, host_i=3):
    host, ip = SES_HOSTS[host_i]
    rp = ses_rp(t)
    items = None
    if ar is True:
        items = ['spf=pass smtp.mailfrom=%s' % rp.split('@')[1], 'sender-id=pass header.From=%s' % frm[1],
                 'dkim=pass header.i=@amazon.com', 'dmarc=pass header.From=amazon.com']
    elif ar:
        items = ar
    p = dict(prov)
    p['rcpt'] = to
    return tr_jp(p, t + dt.timedelta(seconds=2), host, ip, rp, items) + ses_headers(t, frm, to, sj) + ses_tail(t)


CONSOLE_FOOT = ('We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center '
                'link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right '
                'corner of each correspondence within the AWS Support Center.\n\n'
                'Best regards,\nAmazon Web Services\n'
                '======================================================\n'
                'To see all the files attached to your case, please visit the Support Center here:\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n'
                'To contact us again about this case, please return to the AWS Support Center using the following URL:\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n'
                '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                'Please use the link above if you need to contact us again about this same issue.\n\n'
                '====================================================================\n'
                'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
                'or its affiliates.')

# ============================================================== MAILS

def credly_headers(to, t, sj, disp='Amazon Web Services Training and Certification via Credly',
                   frm='admin@credly.com', dom='credly.com', trace='gmail', ar=True):
    ip = '149.72.%d.%d' % (R.randint(100, 250), R.randint(2, 250))
    host = 'o%d.ptr%d.%s' % (R.randint(1, 9), R.randint(1000, 9999), 'em.' + dom)
    mf = 'bounces+%d-%s-%s@em.%s' % (R.randint(1000000, 9999999), hx(4), to.replace('@', '='), dom)
    hs = []
    if trace == 'gmail':
        a = ar_google([('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], ('pass', mf, ip),
                      ('pass', 'REJECT', dom))
        hs += tr_gmail(to, t + dt.timedelta(seconds=3), host, ip, mf, a)
    elif trace == 'outlook':
        a = ar_outlook('pass', ip, 'em.' + dom, [('pass', dom), ('pass', 'sendgrid.info')], 'pass', dom)
        hs += tr_outlook(t + dt.timedelta(seconds=3), host, ip, 'em.' + dom, a)
    elif trace == 'exchange':  # on-prem relay, no Authentication-Results at all
        tl = t + dt.timedelta(seconds=5)
        hs += [('Received', 'from EXHUB02.corp.hanbit-logis.co.kr (10.20.1.12) by EXMBX01.corp.hanbit-logis.co.kr\n'
                ' (10.20.1.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s'
                % rfc(tl.astimezone(KST))),
               ('Received', 'from spamwall.hanbit-logis.co.kr (10.20.0.5) by EXHUB02.corp.hanbit-logis.co.kr\n'
                ' (10.20.1.12) with Microsoft SMTP Server id 15.1.2507.39 via Frontend Transport; %s' % rfc(tl.astimezone(KST))),
               ('Received', 'from %s ([%s])\n\tby spamwall.hanbit-logis.co.kr with ESMTP id %s\n\tfor <%s>; %s'
                % (host, ip, hx(12).upper(), to, rfc(t.astimezone(KST))))]
    hs += [('DKIM-Signature', dkim_sig(dom, 's1', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')),
           ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to'))]
    hs += [('From', addr(disp, frm)), ('To', to), ('Subject', sj), ('Date', rfc(t)),
           ('Message-ID', '<%s@geopod-ismtpd-%d>' % (b64r(16).replace('/', '_').replace('+', '-').rstrip('='), R.randint(1, 40))),
           ('X-SG-EID', fold_b64(b64r(90), width=60, indent='\n ')), ('X-Entity-ID', b64r(16))]
    return hs


def credly_badge_body(first, badge, issuer='Amazon Web Services Training and Certification', extra=''):
    uid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    url = 'https://www.credly.com/earner/earned/badge/%s?source=email-badge-issued' % uid
    plain = ('%s, you earned a badge!\n\n%s has issued you a new digital badge:\n\n    %s\n\n%s'
             'Accept your badge to share your achievement on LinkedIn, add it to your email signature and '
             'let employers verify your skills.\n\nAccept your badge: %s\n\n'
             'Why accept? Badges that are accepted are public by default and can be verified by anyone with the link.\n\n'
             '--\nCredly, Inc. | 1 Broadway, 14th Floor, Cambridge, MA 02142\n'
             'You are receiving this email because %s issued you a badge. Manage notifications: '
             'https://www.credly.com/earner/settings/notifications\n') % (first, issuer, badge, extra, url, issuer)
    htmlb = ('<!doctype html><html><body style="margin:0;background:#f5f5f5">'
             '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
             '<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">'
             '<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>'
             '<tr><td style="padding:0 24px"><h1 style="font-size:22px">%s, you earned a badge!</h1>'
             '<p>%s has issued you a new digital badge:</p>'
             '<p style="font-size:18px;font-weight:bold">%s</p>%s'
             '<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>'
             '<p style="font-size:13px">Why accept? Badges that are accepted are public by default and can be verified by anyone with the link.</p></td></tr>'
             '<tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. | 1 Broadway, 14th Floor, Cambridge, MA 02142<br>'
             'You are receiving this email because %s issued you a badge. '
             '<a href="https://www.credly.com/earner/settings/notifications">Manage notifications</a></td></tr>'
             '</table></td></tr></table></body></html>\n') % (esc(first), esc(issuer), esc(badge),
                                                               ''.join('<p>%s</p>' % esc(x) for x in extra.split('\n\n') if x.strip()),
                                                               url, esc(issuer))
    return plain, htmlb


# ---------------------------------------------------------------- thread A: JA-MT form case (Gmail)
A_TO = 'haruka.tanaka.0312@gmail.com'
A_NAME = 'Haruka Tanaka'
A_T0 = d(2025, 10, 14, 1, 12, 37)
A_CID = cid15(A_T0)
A_SJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CID
A_RE = 'RE:' + A_SJ
A_FORM = ('Inquiry type: AWS Training and Certification\n'
          'Detail: Account Merge\n'
          'AWS candidate ID: AWS04417285\n'
          'Description: I have 2 certification account because company was changed. I want to make to one account. '
          'Please remain AWS04417285. Other account number is maybe AWS11893026, I do not remember exactly. '
          'Login mail of other account is haruka.tanaka.0312@gmail.com.')

new = ('Hello,\n\n'
       'Thank you for contacting AWS Training and Certification Customer Support. This automatic message confirms that '
       'we have received your request and opened case %s.\n\n'
       'A member of our team will review your request and respond, in principle within 24 hours. To help us assist you '
       'faster, please do not submit another form for the same request. If you need to add information, reply to this '
       'email without changing the subject line.\n\n'
       'Summary of your submission\n%s\n\n'
       'Sincerely,\nAWS Training and Certification Customer Support\n') % (A_CID, A_FORM)
t = A_T0 + dt.timedelta(seconds=48)
emit('001-form-ack-ja-user.eml',
     gmail_ses(A_TO, t, FORM, A_SJ),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp')),
     ('case_created', A_CID, ['AWS04417285', 'AWS11893026'], True, 'en'), new)

A2_NEW = ('Dear Haruka Tanaka,\n\n'
          'Thank you for always using AWS Training and Certification.\n'
          'I am Kenji from AWS Training and Certification Customer Support, in charge of your case.\n\n'
          'About the account merge you inquired, we investigated with the information you wrote, and we could confirm that '
          'there are 2 certification accounts of you as below. (The candidate ID written in your description was slightly '
          'different, so we searched with your name and login e-mail.)\n\n'
          ' - Account to remain (merge destination): AWS04417285 / login e-mail: h.tanaka@kirameki-sys.co.jp\n'
          ' - Account to be integrated (merge source, will become unusable): AWS11893062 / login e-mail: haruka.tanaka.0312@gmail.com\n\n'
          'The certifications, exam history and benefits such as 50% discount voucher in the merge source account will be '
          'moved to the merge destination account. Please be careful that once the merge is done, it is not possible to '
          'return it to the original state.\n\n'
          'We are sorry to trouble you, but could you reply to this e-mail whether above content is no problem? '
          'After receiving your reply, we will start the work of the merge.\n\n'
          'Thank you for your cooperation.\n\n'
          'Best regards,\n\nKenji\nAWS Training and Certification Customer Support\nAmazon Web Services\n')
A2_T = d(2025, 10, 15, 2, 41, 9)
quoted = '\n---------- Original Message ----------\n' + A_FORM + '\n'
emit('002-confirm-request-ja-mt.eml',
     gmail_ses(A_TO, A2_T, FORM, A_RE),
     alt(part(A2_NEW + quoted, cte='qp'),
         part(html_aws(txt2html(A2_NEW) + '<hr><div style="color:#555">' + txt2html(quoted.strip()) + '</div>'), 'html', cte='qp')),
     ('merge_confirmation_requested', A_CID, ['AWS04417285', 'AWS11893062'], True, 'en'), A2_NEW)

A3_NEW = ('Dear Haruka Tanaka,\n\n'
          'Thank you very much for your quick reply and confirmation.\n'
          'We have accepted your intention of the merge with the content which we guided before.\n\n'
          'From now, we will request the work to the team in charge. When the work is completed, we will contact you by '
          'this e-mail again. It may take about 1 to 3 business days depending on the situation, so please kindly wait a while.\n\n'
          'During the work, please refrain from signing in to the merge source account or registering a new exam with it.\n\n'
          'Best regards,\n\nKenji\nAWS Training and Certification Customer Support\nAmazon Web Services\n')
A3_USER_T = d(2025, 10, 15, 23, 55, 2)
A3_T = d(2025, 10, 16, 0, 18, 44)
user_reply = 'The details are correct. Please proceed with the merge.\n\nHaruka Tanaka\n'
hist = (gmail_on(A3_USER_T, A_NAME, A_TO, JST) + '\n' +
        q(user_reply + '\n' + gmail_on(A2_T, 'Amazon Web Services', FORM[1], JST) + '\n' + q(A2_NEW)))
emit('003-thanks-will-proceed-ja-mt.eml',
     gmail_ses(A_TO, A3_T, FORM, A_RE),
     alt(part(A3_NEW + '\n' + hist + '\n', cte='qp'),
         part(html_aws(txt2html(A3_NEW) + txt2html(hist)), 'html', cte='qp')),
     ('support_reply', A_CID, [], True, 'en'), A3_NEW)

A4_NEW = ('Dear Haruka Tanaka,\n\n'
          'Thank you for waiting.\n'
          'We would like to inform you that the merge work of your certification accounts was completed today.\n\n'
          ' - Account after merge: AWS04417285 (login e-mail: h.tanaka@kirameki-sys.co.jp)\n'
          ' - AWS11893062 is integrated into above account, and it cannot be used from now.\n\n'
          'Please sign in to the AWS Certification Account with the login e-mail above and confirm that your certifications '
          'and the benefits are displayed. About the Credly digital badge, the reflecting can take 1~2 days. If the badge is '
          'not displayed after that, please contact us by replying to this e-mail.\n\n'
          'If there is anything unclear, please do not hesitate to ask.\n\n'
          'Best regards,\n\nKenji\nAWS Training and Certification Customer Support\nAmazon Web Services\n')
A4_T = d(2025, 10, 17, 5, 3, 26)
hist = (gmail_on(A3_T, 'Amazon Web Services', FORM[1], JST) + '\n' + q(A3_NEW))
emit('004-merge-done-ja-mt.eml',
     gmail_ses(A_TO, A4_T, FORM, A_RE, host_i=2),
     alt(part(A4_NEW + '\n' + hist + '\n', cte='b64'),
         part(html_aws(txt2html(A4_NEW) + txt2html(hist)), 'html', cte='b64')),
     ('merge_completed', A_CID, ['AWS04417285', 'AWS11893062'], True, 'en'), A4_NEW)

A5_T = d(2025, 10, 17, 5, 4, 51)
A5_HTML = html_aws(
    '<p>Hello,</p><p>Your case <b>%s</b> with AWS Training and Certification Customer Support has been marked as resolved.</p>'
    '<p>How did we do? Your answer takes less than one minute and helps us to improve.</p>'
    '<p style="font-weight:bold">Was your issue resolved?</p>'
    '<table><tr><td style="padding:8px 20px;background:#037f0c"><a style="color:#fff" '
    'href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;a=yes&amp;t=%s">YES</a></td><td width="12"></td>'
    '<td style="padding:8px 20px;background:#d13212"><a style="color:#fff" '
    'href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;a=no&amp;t=%s">NO</a></td></tr></table>'
    '<p>If you still need help with this request, reply to this email within 14 days and your case will be reopened.</p>'
    '<p>AWS Training and Certification</p>' % (A_CID, A_CID, hx(32), A_CID, hx(32)))
emit('005-closed-survey-form.eml',
     gmail_ses(A_TO, A5_T, FORM, '[CASE %s] Your case has been resolved - tell us how we did' % A_CID),
     part(A5_HTML, 'html', cte='b64'),
     ('survey', A_CID, [], True, 'en'), A5_HTML)

A6_T = d(2025, 10, 18, 14, 22, 5)
pl, hb = credly_badge_body('Haruka', 'AWS Certified Solutions Architect \u2013 Associate',
                           extra='This badge was transferred to your account after your AWS Certification accounts were combined.\n\n')
emit('006-credly-badge-after-merge.eml',
     credly_headers(A_TO, A6_T, 'Haruka, you earned a badge from Amazon Web Services Training and Certification'),
     alt(part(pl, cte='qp'), part(hb, 'html', cte='qp')),
     ('credly_badge_issued', None, [], True, 'en'), pl)

# ---------------------------------------------------------------- thread B: ZH-MT console case, 11 digits, Outlook.com
B_TO = 'liwei_cloud@outlook.com'
B_CID = '10974213051'
B_CASESJ = '认证账户合并 / Merge two certification account'
B_T0 = d(2022, 9, 5, 13, 47, 20)
new = ('Dear Customer,\n\n'
       'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
       'The details of your case are as follows:\n\n'
       'Case ID: %s\nSubject: %s\nSeverity: General guidance\n'
       'Correspondence: Hello,\n'
       'I have two AWS Certification account, because before I use company email to register the exam. Now I want to '
       'merge them to one. First one is AWS00872341, the second one is AWS 10045219. Please help to deal with, thank you very much!\n\n'
       'We will respond to you as soon as possible. You can view and update your case at any time in the AWS Support Center:\n'
       'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
       'Best regards,\nAmazon Web Services\n\n'
       '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above '
       'if you need to contact us again about this same issue.\n') % (B_CID, B_CID, B_CASESJ, B_CID)
emit('007-console-case-opened-zh-user.eml',
     outlook_ses(B_TO, B_T0, NOREPLY, 'Amazon Web Services: You have opened a new Support case: ' + B_CID),
     alt(part(new, cte='b64'), part(html_aws(txt2html(new)), 'html', cte='b64'), boundary=bnd('java')),
     ('case_created', B_CID, ['AWS00872341', 'AWS10045219'], True, 'en'), new)

B_RE = subj('RE:[CASE %s] %s' % (B_CID, B_CASESJ))
new = ('Hello Li Wei,\n\n'
       'Greetings from AWS Training and Certification, hope you are doing well!\n\n'
       'I am Yiting and I will be assisting you on this case today.\n\n'
       'I understand from your correspondence that you would like to combine your two certification account into one. '
       'I am glad to help on this matter. However, in order to proceed further, kindly be noted we need below information '
       'from your side firstly:\n\n'
       '1. The email address which you are using to login each of the two accounts;\n'
       '2. Which account you prefer to keep as the main account after the combine.\n\n'
       'Once received above information, I will submit the request to our backend team at the first time.\n\n'
       'Thank you for your understanding and cooperation.\n\n'
       'Best regards,\nYiting Z.\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=B_CID) + '\n'
emit('008-console-asks-login-emails-zh-mt.eml',
     outlook_ses(B_TO, d(2022, 9, 6, 3, 10, 2), NOREPLY, B_RE),
     alt(part(body, cte='qp'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('support_reply', B_CID, [], True, 'en'), new)

new = ('Hello,\n\n'
       'A new correspondence has been added to your AWS Support case.\n\n'
       'Case ID: %s\nSubject: %s\n\n'
       'To view the correspondence and reply, sign in to the AWS Support Center:\n'
       'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
       'This notification was sent from an address that cannot accept incoming e-mail.\n\n'
       'Amazon Web Services\n') % (B_CID, B_CASESJ, B_CID)
emit('009-console-new-correspondence.eml',
     outlook_ses(B_TO, d(2022, 9, 7, 8, 40, 1), NOREPLY, '[Case %s] New correspondence added' % B_CID, host_i=0),
     part(new, cte='b64'),
     ('support_reply', B_CID, [], True, 'en'), new)

new = ('Hello Li Wei,\n\n'
       'Thanks for your patient waiting and the information provided.\n\n'
       'I have checked with our internal team, please kindly help to double confirm the merge request as following:\n\n'
       'Primary account (will be kept): AWS00872341 - login email liwei_cloud@outlook.com\n'
       'Secondary account (will merge into primary and then deactivated): AWS10045219 - login email wei.li@shengda-tech.cn\n\n'
       'After merge, all certifications, exam history and the benefits of secondary account will be transferred to primary '
       'account. Please be noted this operation is not reversible, cannot be undo after finish.\n\n'
       'If above information is correct, please reply "Agree" through the Support Center (as this mail address cannot '
       'receive reply). After receiving your confirmation, we will arrange the merge at the earliest.\n\n'
       'Best regards,\nYiting Z.\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=B_CID) + '\n'
emit('010-console-confirm-request-zh-mt.eml',
     outlook_ses(B_TO, d(2022, 9, 7, 8, 40, 5), NOREPLY, B_RE),
     alt(part(body, cte='qp'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('merge_confirmation_requested', B_CID, ['AWS00872341', 'AWS10045219'], True, 'en'), new)

new = ('Good day Li Wei,\n\n'
       'Sorry for keeping you waiting so long.\n\n'
       'I\u2019m pleased to inform that your secondary account AWS10045219 already been merged into the primary account '
       'AWS00872341 successfully. From now on, please use liwei_cloud@outlook.com to login the Certification account, all '
       'of your certifications and the exam history are showing under there.\n\n'
       'For the digital badge in Credly, it will be synchronized in 24\u201348 hours, no further action needed from your side.\n\n'
       'Should you have any further question, feel free to let me know. It\u2019s my pleasure to assist you.\n\n'
       'Best regards,\nYiting Z.\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=B_CID) + '\n'
emit('011-console-merged-zh-mt-wrong-charset.eml',
     outlook_ses(B_TO, d(2022, 9, 9, 2, 15, 33), NOREPLY, B_RE),
     alt(part(body, cte='qp', label='iso-8859-1'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('merge_completed', B_CID, ['AWS00872341', 'AWS10045219'], True, 'en'), new)

new = ('Hello Li Wei,\n\n'
       'Hope you are doing well.\n\n'
       'Since I have not heard back from you for 3 days after my last correspondence, I assume your concern has been '
       'addressed, so I will go ahead to resolve this case now.\n\n'
       'If you are satisfied with my service, it will be highly appreciated if you can spend few seconds to rate this '
       'correspondence by clicking the stars at the top right corner in Support Center. Your feedback is very important '
       'for us to improve our service.\n\n'
       'Wish you a nice day!\n\n'
       'Best regards,\nYiting Z.\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=B_CID) + '\n'
emit('012-console-resolve-rate-zh-mt.eml',
     outlook_ses(B_TO, d(2022, 9, 13, 1, 58, 40), NOREPLY, B_RE),
     alt(part(body, cte='qp'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('survey', B_CID, [], True, 'en'), new)

# ---------------------------------------------------------------- thread C: KO-MT form case, 15 digits, Gmail
WD_KO = '월화수목금토일'


def ko_on(t, name, a):
    tl = t.astimezone(KST)
    ap = '오전' if tl.hour < 12 else '오후'
    return '%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:' % (tl.year, tl.month, tl.day, WD_KO[tl.weekday()], ap,
                                                            tl.hour % 12 or 12, tl.minute, name, a)


C_TO = 'minjun.park.dev@gmail.com'
C_T0 = d(2025, 6, 9, 6, 25, 11)
C_CID = cid15(C_T0)
C_SJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CID
C_RE = 'RE: ' + C_SJ
C_DESC = ('Hello. I am having 2 account of AWS certification. One account is made by company mail and one account is '
          'made by personal mail. I want to unify them to one please. My name is Park Minjun (\ubc15\ubbfc\uc900).')
html_c = html_aws(
    '<p>Hello,</p>'
    '<p>Thank you for reaching out to AWS Training and Certification. We have received your form submission and created '
    'case <strong>%s</strong> for it.</p>'
    '<p>Our support team will get back to you, in principle within 24 hours. Please keep the case number in the subject '
    'line when you write to us, and please do not open a new case for the same question.</p>'
    '<table cellpadding="4" style="border:1px solid #eaeded;font-size:13px">'
    '<tr><td><b>Inquiry type</b></td><td>AWS Training and Certification</td></tr>'
    '<tr><td><b>Detail</b></td><td>Account Merge</td></tr>'
    '<tr><td><b>Description</b></td><td>%s</td></tr></table>'
    '<p>Thank you,<br>AWS Training and Certification Customer Support</p>' % (C_CID, esc(C_DESC)))
emit('013-form-ack-html-only-ko-user.eml',
     gmail_ses(C_TO, C_T0 + dt.timedelta(seconds=51), FORM, C_SJ, host_i=4),
     part(html_c, 'html', cte='b64'),
     ('case_created', C_CID, [], True, 'en'), html_c)

C2_T = d(2025, 6, 10, 1, 5, 40)
C2_NEW = ('Hello, customer Park Minjun.\n'
          'This is AWS Training and Certification customer support center.\n'
          'First of all, we sincerely thank you for contacting to us.\n\n'
          'We have checked the inquiry you left about the account merging. As a result of checking, 2 candidate accounts are '
          'searched with your name. (AWS09238841, AWS12760053)\n\n'
          'To proceed the merging, which account do you want to leave as the main account? Please inform us the account '
          'that you wish to maintain and the login e-mail address of each account, by replying to this e-mail.\n\n'
          'We ask for your generous understanding for the inconvenience.\n'
          'Thank you.\n\n'
          'AWS Training and Certification Customer Support Team\n')
emit('014-asks-which-to-keep-ko-mt.eml',
     gmail_ses(C_TO, C2_T, FORM, C_RE),
     alt(part(C2_NEW, cte='qp'), part(html_aws(txt2html(C2_NEW)), 'html', cte='qp'), boundary=bnd('java')),
     ('support_reply', C_CID, ['AWS09238841', 'AWS12760053'], True, 'en'), C2_NEW)

C3_UT = d(2025, 6, 10, 6, 12, 9)
C3_USER = ('\uc548\ub155\ud558\uc138\uc694.\n'
           'I want to keep AWS12760053 (personal mail minjun.park.dev@gmail.com).\n'
           'Company mail account is AWS09238841, login mail mjpark@hanbit-logis.co.kr.\n'
           'Thank you.\n\n\ubc15\ubbfc\uc900 \ub4dc\ub9bc\n')
C3_T = d(2025, 6, 11, 0, 40, 17)
C3_NEW = ('Hello, customer.\n'
          'Thank you for your reply.\n\n'
          'According to the content you replied, we will proceed the account merging as below. Before proceeding, please '
          'check the content once more.\n\n'
          '- Account to maintain (main account): AWS 12760053 (minjun.park.dev@gmail.com)\n'
          '- Account to be merged (will be deleted): AWS 09238841 (mjpark@hanbit-logis.co.kr)\n\n'
          '\u203b After the merging, the account to be merged cannot login anymore, and the merging cannot be cancelled or '
          'restored.\n\n'
          'If the content above is right, please reply with "I agree to merge" to this e-mail. When we receive your reply, '
          'we will proceed quickly.\n\n'
          'Thank you.\n\nAWS Training and Certification Customer Support Team\n')
hist = (orig_msg('\ubc15\ubbfc\uc900 <%s>' % C_TO, C3_UT, FORM[1], C_RE) + '\n' + C3_USER + '\n'
        + ko_on(C2_T, 'Amazon Web Services', FORM[1]) + '\n' + q(C2_NEW))
emit('015-confirm-request-ko-mt-korean-quote.eml',
     gmail_ses(C_TO, C3_T, FORM, C_RE, host_i=1),
     alt(part(C3_NEW + '\n' + hist + '\n', cte='b64'), part(html_aws(txt2html(C3_NEW) + txt2html(hist)), 'html', cte='b64'),
         boundary=bnd('java')),
     ('merge_confirmation_requested', C_CID, ['AWS09238841', 'AWS12760053'], True, 'en'), C3_NEW)

C4_T = d(2025, 6, 16, 2, 0, 3)
C4_NEW = ('Hello, customer.\n'
          'This is AWS Training and Certification customer support center again.\n\n'
          'We sent you an e-mail on June 11 for asking your confirmation about the account merging, but we could not receive '
          'your reply until now. Maybe our e-mail was moved to spam mailbox, so we are contacting you once again.\n\n'
          'Please check the previous e-mail below and reply to us. If there is no reply within 3 business days, this case can '
          'be closed automatically, please understand.\n\n'
          'Thank you.\n\nAWS Training and Certification Customer Support Team\n')
hist = orig_msg('Amazon Web Services <%s>' % FORM[1], C3_T, C_TO, C_RE, KST) + '\n' + C3_NEW
emit('016-chaser-no-reply-ko-mt.eml',
     gmail_ses(C_TO, C4_T, FORM, C_RE),
     alt(part(C4_NEW + '\n' + hist + '\n', cte='qp'), part(html_aws(txt2html(C4_NEW) + '<hr>' + txt2html(hist)), 'html', cte='qp'),
         boundary=bnd('java')),
     ('support_reply', C_CID, [], True, 'en'), C4_NEW)

C5_T = d(2025, 6, 18, 4, 30, 52)
C5_NEW = ('Hello, customer.\n'
          'Thank you for waiting.\n\n'
          'The account merging you requested is finished normally. Now you can login with minjun.park.dev@gmail.com '
          '(AWS12760053) and check all of your certifications in one place. The 50% exam discount benefit of the old account '
          'was also moved together.\n\n'
          'By the way, one more thing we want to ask: the name on your certificate is registered as "PARK MIN JUN" now. Do you '
          'want us to change it to "Minjun Park"? If you want, please tell us by reply.\n\n'
          'Thank you.\n\nAWS Training and Certification Customer Support Team\n')
emit('017-merge-finished-plus-name-question-ko-mt.eml',
     gmail_ses(C_TO, C5_T, FORM, C_RE, host_i=2),
     alt(part(C5_NEW, cte='qp'), part(html_aws(txt2html(C5_NEW)), 'html', cte='qp'), boundary=bnd('java')),
     ('merge_completed', C_CID, ['AWS12760053'], True, 'en'), C5_NEW)

pl, hb = credly_badge_body('Minjun', 'AWS Certified Developer \u2013 Associate')
emit('018-credly-badge-issued-ko.eml',
     credly_headers(C_TO, d(2025, 6, 19, 9, 11, 30), 'Amazon Web Services Training and Certification sent you a new badge'),
     alt(part(pl, cte='qp'), part(hb, 'html', cte='qp'), boundary=hx(60)),
     ('credly_badge_issued', None, [], True, 'en'), pl)

# ---------------------------------------------------------------- thread D: Japanese console case (keigo), nifty.com
D_TO = 'sato.kenichi@nifty.com'
D_T0 = d(2025, 3, 10, 23, 5, 41)
D_CID = cid15(D_T0)
D_CASESJ = '認定アカウントの統合について'
JA_FOOT = ('======================================================\n'
           'このケースに添付されたファイルを確認するには、次のサポートセンターにアクセスしてください。\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n'
           '*ご注意: このメールは送信専用のアドレスから送信されています。本ケースについて再度お問い合わせいただく場合は、'
           '上記のリンクをご利用ください。\n'
           '======================================================\n'
           'アマゾン ウェブ サービスは、Amazon.com, Inc. の関連会社です。\n')
new = ('お客様各位\n\n'
       'アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。\n\n'
       'ケースの詳細は次のとおりです。\n\n'
       'ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n'
       'お問い合わせ内容:\n'
       'お世話になっております。転職に伴い、認定アカウントが2つできてしまいました。\n'
       'AWS03310958 と AWS13377420 を一つにまとめたいです。残したいのは AWS03310958 です。\n'
       'よろしくお願いいたします。\n\n'
       'できるだけ早く回答いたします。ケースの確認や更新は、AWS サポートセンターからいつでも行えます。\n\n'
       'よろしくお願いいたします。\nアマゾン ウェブ サービス\n\n') % (D_CID, D_CID, D_CASESJ)
body = new + JA_FOOT.format(cid=D_CID)
emit('019-console-case-opened-ja.eml',
     jp_ses(NIFTY, D_TO, D_T0 + dt.timedelta(seconds=40), NOREPLY,
            subj('Amazon Web Services: 新しいサポートケースを開きました: %s' % D_CID)),
     alt(part(body, cte='b64'), part(html_aws(txt2html(body)), 'html', cte='b64'), boundary=bnd('java')),
     ('case_created', D_CID, ['AWS03310958', 'AWS13377420'], True, 'ja'), new)

D_RE = 'RE:[CASE %s] %s' % (D_CID, D_CASESJ)
D2_NEW = ('佐藤 様\n\n'
          'お世話になっております。\n'
          'AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
          'この度はアカウント統合のお問い合わせをいただき、誠にありがとうございます。\n'
          'お客様の認定アカウントを確認いたしましたところ、下記の 2 つのアカウントが存在することを確認いたしました。\n\n'
          '\u3000統合先（存続するアカウント）：AWS03310958\n'
          '\u3000統合元（統合後に無効となるアカウント）：AWS13377420\n\n'
          '統合元アカウントの認定資格、受験履歴、特典（受験 50% 割引バウチャー等）は、統合先アカウントへ移行されます。\n'
          'なお、統合作業は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。\n\n'
          '上記の内容でお間違いがなければ、サポートセンターより「上記内容で統合を希望します」とご返信いただけますでしょうか。\n'
          'ご返信を確認次第、統合作業を開始いたします。\n\n'
          'ご確認のほど、何卒よろしくお願い申し上げます。\n\n'
          '山本\nアマゾン ウェブ サービス\n\n')
body = D2_NEW + JA_FOOT.format(cid=D_CID)
emit('020-confirm-request-ja-iso2022jp.eml',
     jp_ses(NIFTY, D_TO, d(2025, 3, 12, 1, 20, 14), NOREPLY, subj(D_RE, 'iso-2022-jp')),
     part(body, cs='iso-2022-jp', cte=None),
     ('merge_confirmation_requested', D_CID, ['AWS03310958', 'AWS13377420'], True, 'ja'), D2_NEW)

D3_NEW = ('佐藤 様\n\n'
          'お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
          '早速ご確認いただき、誠にありがとうございます。\n'
          '統合内容につきましてご承諾いただいた旨、承知いたしました。\n\n'
          'これより担当部署にて統合作業を進めてまいります。作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、'
          '今しばらくお待ちいただけますと幸いです。\n'
          'なお、作業完了までの間は、統合元アカウントでの新たな試験のご予約はお控えくださいますようお願い申し上げます。\n\n'
          '引き続きどうぞよろしくお願いいたします。\n\n'
          '山本\nアマゾン ウェブ サービス\n\n')
body = D3_NEW + JA_FOOT.format(cid=D_CID)
emit('021-accepted-will-proceed-ja.eml',
     jp_ses(NIFTY, D_TO, d(2025, 3, 12, 3, 31, 7), NOREPLY, subj(D_RE, 'iso-2022-jp'), host_i=0),
     alt(part(body, cs='iso-2022-jp', cte=None), part(html_aws(txt2html(body)).replace('charset=utf-8', 'charset=iso-2022-jp'),
                                                     'html', cs='iso-2022-jp', cte=None), boundary=bnd('jp')),
     ('support_reply', D_CID, [], True, 'ja'), D3_NEW)

D4_NEW = ('佐藤 様\n\n'
          'お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
          '大変お待たせいたしました。\n'
          'ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。\n\n'
          '\u2460 統合後のアカウント：AWS03310958\n'
          '\u2461 統合元のアカウント：AWS13377420（本日付で無効となりました）\n\n'
          '今後は AWS03310958 のログイン用メールアドレスにてサインインいただき、認定資格および特典が表示されていることを'
          'ご確認ください。Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。\n\n'
          'その他ご不明な点がございましたら、お気軽にお問い合わせください。\n\n'
          '山本\nアマゾン ウェブ サービス\n\n')
body = D4_NEW + JA_FOOT.format(cid=D_CID)
emit('022-merge-done-ja-shiftjis-cp932.eml',
     jp_ses(NIFTY, D_TO, d(2025, 3, 13, 6, 45, 29), NOREPLY, subj(D_RE, 'iso-2022-jp'), host_i=4),
     part(body, cs='cp932', cte='b64', label='Shift_JIS'),
     ('merge_completed', D_CID, ['AWS03310958', 'AWS13377420'], True, 'ja'), D4_NEW)

new = ('お客様各位\n\n'
       'サポートケース %s（%s）は解決済みとしてクローズされました。\n\n'
       '今回のサポートについて、ご意見をお聞かせください。\n\n'
       '問題は解決しましたか？\n'
       '\u3000はい: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes&language=ja\n'
       '\u3000いいえ: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=no&language=ja\n\n'
       'アンケートは 1 分程度で完了します。いただいたご意見は、サービス向上のために活用させていただきます。\n'
       'ケースを再開する必要がある場合は、サポートセンターからご返信ください。\n\n'
       'アマゾン ウェブ サービス\n') % (D_CID, D_CASESJ, D_CID, D_CID)
emit('023-case-closed-survey-ja.eml',
     jp_ses(NIFTY, D_TO, d(2025, 3, 13, 6, 46, 2), NOREPLY,
            subj('Amazon Web Services: サポートケース %s は解決済みです' % D_CID)),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('survey', D_CID, [], True, 'ja'), new)

# ---------------------------------------------------------------- thread E: 2020, 10-digit case, Indian-English agent, Hotmail
E_TO = 'jensm81@hotmail.com'
E_CID = '7061239851'
E_SJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CID
E_UT = d(2020, 7, 5, 18, 20, 12)
E_USER = ('Hi,\n\nI seem to have two certification accounts, AWS00290147 (work e-mail) and AWS00518836 (my hotmail). '
          'I also think there was a third one from a 2017 beta exam, AWS00104433, but I cannot login there any more.\n'
          'Could you please put everything on the work one?\n\nBest regards\nJens M\u00f8ller\n')
E_NEW = ('Hello Jens,\n\n'
         'Greetings of the day!\n\n'
         'Thank you for contacting AWS Training and Certification. This is Pradeep and I will be assisting you with your query.\n\n'
         'As per our records, kindly find below the details of both the accounts found under your name:\n\n'
         'Account 1: AWS00290147 - jens.moller@nordlys-it.dk - AWS Certified Cloud Practitioner (2019)\n'
         'Account 2: AWS00518836 - jensm81@hotmail.com - AWS Certified Developer - Associate (2020)\n\n'
         'As requested, we will be merging Account 2 (AWS00518836) into Account 1 (AWS00290147), and Account 1 will be '
         'retained. Once merged, the login for Account 2 will stop working. Please note that the merge action is permanent '
         'and cannot be reverted.\n\n'
         'Kindly revert back with your confirmation on the same so that we can proceed further. Please do the needful at '
         'the earliest.\n\n'
         'Thanks & Regards,\nPradeep K\nAWS Training and Certification Support\n')
hist = outlook_block('Jens M\u00f8ller <%s>' % E_TO, E_UT, 'aws-cs-trainingcertification-form@amazon.com',
                     '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CID, CET) + '\n' + E_USER
emit('024-confirm-request-indian-english-2020.eml',
     outlook_ses(E_TO, d(2020, 7, 6, 9, 44, 10), FORM, E_SJ),
     alt(part(E_NEW + '\n' + hist, cte='qp'), part(html_aws(txt2html(E_NEW) + txt2html(hist)), 'html', cte='qp'),
         boundary=bnd('java')),
     ('merge_confirmation_requested', E_CID, ['AWS00290147', 'AWS00518836'], True, 'en'), E_NEW)

new = ('Hello,\n\n'
       'We are writing to let you know that case %s has been resolved.\n\n'
       'Resolution summary: Certification accounts merged as requested (AWS00518836 > AWS00290147).\n\n'
       'If your issue was not resolved, reply to this message within 7 days and the case will be reopened automatically.\n\n'
       'Please take a moment to tell us about your experience:\n'
       'Was your issue resolved?  YES https://aws.qualtrics.com/jfe/form/SV_4Jq8kYv2cLrC7sG?case=%s&r=1\n'
       '                          NO  https://aws.qualtrics.com/jfe/form/SV_4Jq8kYv2cLrC7sG?case=%s&r=0\n\n'
       'Thank you,\nAWS Training and Certification\n') % (E_CID, E_CID, E_CID)
emit('025-resolved-notice-with-merge-summary-survey.eml',
     outlook_ses(E_TO, d(2020, 7, 9, 4, 12, 55), FORM, '[CASE %s] Your case has been resolved' % E_CID, host_i=0),
     part(new, cte='7bit'),
     ('survey', E_CID, ['AWS00290147', 'AWS00518836'], True, 'en'), new)

uid = hx(32)
new = ('Jens, you have been issued a badge!\n\n'
       'Amazon Web Services Training and Certification has issued you the following badge:\n'
       'AWS Certified Developer - Associate\n\n'
       'This badge was previously issued to another e-mail address and has been re-issued to you because your '
       'AWS Certification accounts were merged.\n\n'
       'Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s\n\n'
       'Acclaim is the digital credential platform by Credly.\n'
       'Credly, Inc., 1 Broadway, Cambridge, MA 02142. Unsubscribe: https://www.youracclaim.com/earner/settings/notifications\n') % uid
htmlb = ('<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="560" align="center"><tr><td>'
         '<img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="120">'
         '<h2>Jens, you have been issued a badge!</h2>%s'
         '<p><a href="https://www.youracclaim.com/earner/earned/badge/%s" style="background:#0d7ecd;color:#fff;padding:10px 20px">'
         'Accept your badge</a></p></td></tr></table></body></html>\n'
         % (txt2html(new.split('Accept your badge:')[0].split('\n', 2)[2]), uid))
emit('026-acclaim-badge-reissued-after-merge-2020.eml',
     credly_headers(E_TO, d(2020, 7, 10, 16, 2, 48), 'Jens, you have been issued a badge',
                    disp='Amazon Web Services Training and Certification via Acclaim', frm='admin@youracclaim.com',
                    dom='youracclaim.com', trace='outlook'),
     alt(part(new, cte='qp'), part(htmlb, 'html', cte='qp'), boundary=hx(40)),
     ('credly_badge_issued', None, [], True, 'en'), new)

# ---------------------------------------------------------------- thread F: ZH-MT form case, three accounts, Workspace (Gmail)
F_TO = 'fang.wang@xinghe-data.com'
F_T0 = d(2025, 6, 27, 2, 31, 5)
F_CID = cid15(F_T0)
F_USERMSG = ('Dear sir, I found I have three certification accounts under my name, cause by I registered Pearson VUE and PSI '
             'in different time. Please combine all of them into AWS-00761194 which has most certifications. Thanks a lot.')
F1_NEW = ('Hi there,\n\n'
          'This is to let you know your request has been logged with AWS Training and Certification Customer Support under '
          'case number %s. You do not need to reply to this message.\n\n'
          'What happens next? A support specialist will look into your request and get back to you by email. Most requests '
          'receive a first answer within one business day.\n\n'
          'Request details\n'
          'Type: Certification > Account Merge\n'
          'Candidate ID(s) provided: AWS-00761194\n'
          'Your message: %s\n\n'
          'Regards,\nAWS Training and Certification\n') % (F_CID, F_USERMSG)
emit('027-request-logged-ack-zh-user.eml',
     gmail_ses(F_TO, F_T0 + dt.timedelta(seconds=33), FORM,
               'AWS Training and Certification: we have received your request (Case %s)' % F_CID),
     part(F1_NEW, cte='qp'),
     ('case_created', F_CID, ['AWS00761194'], True, 'en'), F1_NEW)

F2_NEW = ('Dear Wang Fang,\n\n'
          'Hope this email finds you well.\n\n'
          'Regarding your request of combining certification accounts, after checking we found 3 accounts registered under '
          'your name as below:\n\n'
          '1) AWS-00761194 (fang.wang@xinghe-data.com) \u2014 3 active certifications\n'
          '2) AWS-10288365 (wangfang_sh@163.com) \u2014 1 expired certification\n'
          '3) aws10931007 (fwang1990@qq.com) \u2014 no certification, 1 exam history\n\n'
          'According to your request, AWS-00761194 will be the surviving one, the other 2 accounts will be combined into it '
          'and be closed after that.\n\n'
          'Kindly be noted the combination is permanent, the closed accounts will not be able to restore.\n\n'
          'Please help to reply this email to confirm you agree with the above arrangement, then we will submit to relevant '
          'team to handle.\n\n'
          'Best Regards,\nChen Hao\nAWS Training & Certification Customer Support\n')
hist = outlook_block('AWS Training and Certification <%s>' % FORM[1], F_T0 + dt.timedelta(seconds=33), F_TO,
                     'AWS Training and Certification: we have received your request (Case %s)' % F_CID, CST) + '\n' + F1_NEW
emit('028-confirm-three-accounts-zh-mt.eml',
     gmail_ses(F_TO, d(2025, 6, 30, 3, 2, 41), FORM, 'RE: AWS Training and Certification: we have received your request (Case %s)' % F_CID,
               host_i=3),
     alt(part(F2_NEW + '\n' + hist, cte='qp'), part(html_aws(txt2html(F2_NEW) + '<div style="border-top:1px solid #e1e1e1">'
                                                               + txt2html(hist) + '</div>'), 'html', cte='qp'), boundary=bnd('java')),
     ('merge_confirmation_requested', F_CID, ['AWS00761194', 'AWS10288365', 'AWS10931007'], True, 'en'), F2_NEW)


# ---------------------------------------------------------------- phishing helpers
def phish_headers(to, t, frm, sj, ar, host, ip, mailfrom, extra=(), mid_dom=None, trace='gmail'):
    if trace == 'gmail':
        hs = tr_gmail(to, t + dt.timedelta(seconds=4), host, ip, mailfrom, ar)
    else:
        hs = tr_outlook(t + dt.timedelta(seconds=4), host, ip, mailfrom.split('@')[1], ar, spf='Fail')
    hs += list(extra)
    hs += [('From', frm), ('To', to), ('Subject', sj), ('Date', rfc(t)),
           ('Message-ID', '<%s@%s>' % (hx(24), mid_dom or host)), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    return hs


G_TO = 'nguyen.thanh.tung88@gmail.com'
t = d(2025, 8, 4, 21, 17, 3)
pdom = 'aws-certmerge-support.com'
new = ('Dear Candidate,\n\n'
       'Our system has detect that you own duplicate certification profiles: AWS10553827 and AWS02218864. According to new '
       'policy of AWS Training and Certification from 2025, duplicate profiles must be merge into one, otherwise both profile '
       'will be suspended and your certifications will be revoke.\n\n'
       'We will keep the profile AWS02218864 as the main profile and transfer all your credentials from AWS10553827 into it.\n\n'
       'Please confirm this merge within 48 hours by click the button below and sign in with your AWS account for verify '
       'your identity.\n\n'
       'CONFIRM MERGE: https://%s/confirm?uid=%s\n\n'
       'If you do not confirm, the merge will be cancel and the profiles will be lock.\n\n'
       'Thank you,\nAWS Training & Certification Team\n\u00a9 2025 Amazon Web Services, Inc. or its affiliates.\n') % (pdom, hx(20))
ar = ar_google([('pass', pdom, 'default')], ('pass', 'bounce@' + pdom, '185.234.72.19'), ('pass', 'NONE', pdom))
emit('029-phish-lookalike-confirm-merge.eml',
     phish_headers(G_TO, t, addr('AWS Certification Team', 'certification@' + pdom),
                   'Action required: Confirm merge of your AWS Certification accounts', ar,
                   'mail.' + pdom, '185.234.72.19', 'bounce@' + pdom,
                   extra=[('DKIM-Signature', dkim_sig(pdom, 'default', t))]),
     alt(part(new, cte='qp'), part(html_div(txt2html(new)), 'html', cte='qp'), boundary=hx(32)),
     ('merge_confirmation_requested', None, ['AWS02218864', 'AWS10553827'], False, 'en'), new)

t = d(2025, 9, 22, 11, 40, 51)
new = ('Dear Customer,\n\n'
       'Your request for merge the AWS Certification accounts have been completed successfully. All your certifications are '
       'now in the account AWS07734120.\n\n'
       'For activate the merged account and keep your 50%% exam voucher, you are required to re-verify the payment method '
       'in 24 hours. If not verify, the merged account will be limited.\n\n'
       'Verify now: https://aws-amazon.certify-verify.top/merge/%s\n\n'
       'Best regards,\nAmazon Web Services\n') % hx(16)
ar = ar_google([], ('softfail', 'no-reply-aws@amazon.com', '45.146.165.38'), ('fail', 'QUARANTINE', 'amazon.com'))
forged = ('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')
emit('030-phish-spoofed-merge-done-dmarc-fail.eml',
     phish_headers('liwei_cloud@outlook.com', t, addr(*NOREPLY), 'Your AWS Certification accounts merge is completed', 
                   ar_outlook('softfail', '45.146.165.38', 'amazon.com', [('none', 'amazon.com')], 'fail', 'amazon.com',
                              compauth='fail reason=000'),
                   'vps-2291.hostkey-srv.net', '45.146.165.38', 'no-reply-aws@amazon.com', extra=[forged],
                   mid_dom='vps-2291.hostkey-srv.net', trace='outlook'),
     part(html_div(txt2html(new)), 'html', cte='b64'),
     ('merge_completed', None, ['AWS07734120'], False, 'en'), new)

# ---------------------------------------------------------------- 031-040
WD_ZH = '一二三四五六日'


def zh_on(t, name, a):
    tl = t.astimezone(CST)
    return '%s <%s> 于%d年%d月%d日周%s %02d:%02d写道：' % (name, a, tl.year, tl.month, tl.day, WD_ZH[tl.weekday()], tl.hour, tl.minute)


F3_UT = d(2025, 6, 30, 6, 20, 44)
F3_USER = 'Hi Chen Hao,\n\nYes I confirm, the information is correct. Please go ahead.\n\nThanks,\nWang Fang\n'
F3_NEW = ('Dear Wang Fang,\n\n'
          'Well received with thanks for your confirmation.\n\n'
          'We will now proceed to combine AWS-10288365 and aws10931007 into AWS-00761194 as agreed. Once the merge is complete, '
          'we will update you via this case, normally it takes 2-3 working days. Before that, kindly do not schedule any new '
          'exam with the 2 accounts which will be closed.\n\n'
          'Best Regards,\nChen Hao\nAWS Training & Certification Customer Support\n')
hist = (orig_msg('Wang Fang <%s>' % F_TO, F3_UT, FORM[1], 'Re: RE: AWS Training and Certification: we have received your request (Case %s)' % F_CID, CST)
        + '\n' + F3_USER + '\n' + zh_on(d(2025, 6, 30, 3, 2, 41), 'Amazon Web Services', FORM[1]) + '\n' + q(F2_NEW))
emit('031-thanks-confirming-will-proceed-zh-mt.eml',
     gmail_ses(F_TO, d(2025, 7, 1, 1, 26, 18), FORM,
               'RE: AWS Training and Certification: we have received your request (Case %s)' % F_CID),
     alt(part(F3_NEW + '\n' + hist, cte='qp'), part(html_aws(txt2html(F3_NEW) + txt2html(hist)), 'html', cte='qp'),
         boundary=bnd('java')),
     ('support_reply', F_CID, ['AWS00761194', 'AWS10288365', 'AWS10931007'], True, 'en'), F3_NEW)

# 032: JA-MT console, 11 digits, question about the name (not the merge confirmation)
H_TO = 'yuki.takahashi@outlook.jp'
H_CID = '12841930571'
H_RE = 'RE:[CASE %s] Certification account merge request' % H_CID
new = ('Dear Takahashi-san,\n\n'
       'Thank you for contacting to AWS Support. I am Daisuke who take charge of your case.\n\n'
       'We have confirmed your request of merging the certification account AWS 05512940 and AWS-14420871. However, before '
       'we proceed the merge, there is one point which we must confirm to you.\n\n'
       'The registered name in the two accounts are different as following:\n'
       ' AWS 05512940 : TAKAHASHI YUKI\n'
       ' AWS-14420871 : Yuki Takahashi (\u9ad8\u6a4b \u7531\u7d00)\n\n'
       'For the merge, the name must be same as the ID document which you show at the test center. Could you teach us which '
       'name notation is correct as your identification document (passport or driver license)? We will correct the name of '
       'the other account before the merge.\n\n'
       'We apologize for the trouble, and we appreciate your cooperation.\n\n'
       'Best regards,\nDaisuke\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=H_CID) + '\n'
emit('032-asks-which-name-is-correct-ja-mt.eml',
     outlook_ses(H_TO, d(2023, 5, 16, 2, 7, 31), NOREPLY, H_RE, host_i=3),
     alt(part(body, cte='qp'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('support_reply', H_CID, ['AWS05512940', 'AWS14420871'], True, 'en'), new)

# 033: KO-MT duplicate case notice
K_TO = 'seoyeon.kim.aws@gmail.com'
K_ORIG = cid15(d(2025, 8, 2, 4, 11, 27))
K_T0 = d(2025, 8, 5, 9, 52, 3)
K_DUP = cid15(K_T0)
new = ('Hello, customer Kim Seoyeon.\n'
       'Thank you for contacting AWS Training and Certification.\n\n'
       'We confirmed that this case (%s) has same content with the case %s which you already requested on August 2. To '
       'prevent the duplicate processing, your account merging request will be handled only in the case %s, and we will not '
       'proceed anything in this case.\n\n'
       'The person in charge of case %s will contact you soon, so please wait a little more. Also, please do not create new '
       'case for same request, because it can make the processing more slow.\n\n'
       'We apologize for making you wait long.\n\n'
       'AWS Training and Certification Customer Support Team\n') % (K_DUP, K_ORIG, K_ORIG, K_ORIG)
emit('033-duplicate-case-notice-ko-mt.eml',
     gmail_ses(K_TO, d(2025, 8, 6, 0, 14, 9), FORM,
               'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_DUP),
     alt(part(new, cte='b64'), part(html_aws(txt2html(new)), 'html', cte='b64'), boundary=bnd('java')),
     ('support_reply', K_DUP, [], True, 'en'), new)

# 034: ZH-MT status update ("once the merge is complete")
Z_TO = 'zhanglei.dev@gmail.com'
Z_T0 = d(2024, 11, 18, 7, 33, 2)
Z_CID = cid15(Z_T0)
Z_RE = 'RE:[CASE %s] Request merge certification accounts' % Z_CID
new = ('Hi Zhang Lei,\n\n'
       'Thank you for your patience.\n\n'
       'I would like to give you an update on your case. Your merge request was already escalated to our Certification '
       'Operations team, currently it is under processing. Due to high volume of requests recently, the process may take '
       '3 to 5 business days, sorry for any inconvenience caused.\n\n'
       'Once the merge is complete, we will notify you through this case immediately. During this period you don\'t need '
       'to do any action, and please do not submit a new case for same issue.\n\n'
       'Thanks again for your understanding.\n\n'
       'Best regards,\nXiaoming\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=Z_CID) + '\n'
emit('034-status-update-escalated-zh-mt.eml',
     gmail_ses(Z_TO, d(2024, 11, 20, 6, 2, 45), NOREPLY, Z_RE),
     alt(part(body, cte='qp'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('support_reply', Z_CID, [], True, 'en'), new)

# 035: JA-MT answer about the voucher after the merge (thread A, reopened)
A7_UT = d(2025, 10, 19, 12, 8, 30)
A7_USER = ('Thank you for merging. I have one question.\n'
           'In old account there was 50% voucher. Is it moved? I cannot find it in new account.\n\n'
           '\u7530\u4e2d \u6625\u9999\n')
A7_NEW = ('Dear Haruka Tanaka,\n\n'
          'Thank you for your inquiry again.\n\n'
          'About the 50% discount voucher which you asked, we checked the account AWS04417285. The voucher is displayed in '
          'the "Benefits" tab of the AWS Certification Account, and the expiry date is 2026/04/30. The voucher which was in '
          'the old account was one, and it is the same one, so it does not become two. We are sorry that it cannot be '
          'increased.\n\n'
          'If you have other questions, please ask us anytime.\n\n'
          'Best regards,\n\nKenji\nAWS Training and Certification Customer Support\nAmazon Web Services\n')
hist = (orig_msg('\u7530\u4e2d \u6625\u9999 <%s>' % A_TO, A7_UT, FORM[1], 'Re: ' + A_RE, JST) + '\n' + A7_USER + '\n'
        + ja_on(A4_T, 'Amazon Web Services', FORM[1]) + '\n' + q(A4_NEW))
emit('035-voucher-question-answer-ja-mt.eml',
     gmail_ses(A_TO, d(2025, 10, 20, 0, 47, 13), FORM, A_RE, host_i=4),
     alt(part(A7_NEW + '\n' + hist, cte='qp'), part(html_aws(txt2html(A7_NEW) + txt2html(hist)), 'html', cte='qp'),
         boundary=bnd('java')),
     ('support_reply', A_CID, ['AWS04417285'], True, 'en'), A7_NEW)

# 036: short JA-MT completion, Outlook (Japanese UI) quoting of the user's confirmation
M_TO = 'm.kobayashi@kobayashi-dental.jp'
M_CID = '13098822471'
M_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % M_CID
M_UT = d(2023, 11, 20, 1, 14, 0)
M_NEW = ('Kobayashi Sama,\n\n'
         'Thank you for your confirmation.\n'
         'The merge work was completed. Your AWS Certification account is now one (AWS08812345). Please confirm it.\n\n'
         'Regards,\nAoi\nAWS T&C Support\n')
hist = ('\u5dee\u51fa\u4eba: \u5c0f\u6797 \u771f <%s>\n\u9001\u4fe1\u65e5\u6642: 2023\u5e7411\u670820\u65e5 10:14\n'
        '\u5b9b\u5148: %s\n\u4ef6\u540d: %s\n\n'
        '\u304a\u4e16\u8a71\u306b\u306a\u3063\u3066\u304a\u308a\u307e\u3059\u3002\n'
        'Contents are correct. Please merge AWS16600219 to AWS08812345.\n\n\u5c0f\u6797\n') % (M_TO, FORM[1], M_RE)
host, ip = SES_HOSTS[0]
ar = ar_outlook('pass', ip, 'amazonses.com', [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'pass', 'amazon.com')
emit('036-short-done-ja-mt-outlook-jp-quote.eml',
     tr_outlook(d(2023, 11, 21, 8, 3, 12), host, ip, 'amazonses.com', ar)
     + ses_headers(d(2023, 11, 21, 8, 3, 10), FORM, M_TO, M_RE) + ses_tail(d(2023, 11, 21, 8, 3, 10)) + ms_tail(d(2023, 11, 21, 8, 3, 10)),
     alt(part(M_NEW + '\n________________________________\n' + hist, cte='qp'),
         part(html_aws(txt2html(M_NEW) + '<hr>' + txt2html(hist)), 'html', cte='qp'), boundary=bnd('java')),
     ('merge_completed', M_CID, ['AWS08812345'], True, 'en'), M_NEW)

# 037: ZH-MT completion, HTML only, base64, avoids the word "merge"
Y_TO = 'chenyu.ops@outlook.com'
Y_CID = cid15(d(2024, 11, 25, 10, 4, 19))
new = ('Dear Chen Yu,\n\n'
       'Thanks for your patience waiting.\n\n'
       'We are glad to let you know, the consolidation of your two certification profiles has been finished by our back-end '
       'team today. Now the profile AWS11457098 is containing all the certifications and exam records which were in '
       'AWS09021376 before, the latter one is closed.\n\n'
       'Please login again (clear the browser cache if need) to check. If anything is not display correct, kindly reply in '
       'the Support Center.\n\n'
       'Best regards,\nLiang\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=Y_CID)
emit('037-profiles-consolidated-html-only-zh-mt.eml',
     outlook_ses(Y_TO, d(2024, 11, 28, 3, 51, 6), NOREPLY, 'RE:[CASE %s] Two certification profile need to be one' % Y_CID, host_i=2),
     part(html_aws(txt2html(body)), 'html', cte='b64'),
     ('merge_completed', Y_CID, ['AWS09021376', 'AWS11457098'], True, 'en'), new)

# 038: console resolved + YES/NO survey (thread H)
new = ('Hello,\n\n'
       'Your AWS Support case %s has been resolved. We hope that the information we provided was helpful.\n\n'
       'Please take a moment to let us know how we did.\n\n'
       'Was your issue resolved?\n'
       'YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=true\n'
       'NO: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=false\n\n'
       'If you need further help with this issue, you can reopen the case within 14 days from the AWS Support Center.\n\n'
       'Thank you for using Amazon Web Services.\n') % (H_CID, H_CID, H_CID)
emit('038-console-resolved-yes-no.eml',
     outlook_ses(H_TO, d(2023, 5, 22, 7, 30, 0), NOREPLY, 'Amazon Web Services: Your support case %s has been resolved' % H_CID),
     alt(part(new, cte='7bit'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('survey', H_CID, [], True, 'en'), new)

# 039: ZH-MT agent closing the case + rating request (thread Z)
new = ('Hi Zhang Lei,\n\n'
       'Good day to you.\n\n'
       'As confirmed in previous correspondence, your issue has been solved, so I am closing this case now. It would be '
       'much appreciated if you could spare 1 minute to give rating to my service by clicking the stars in the Support Center, '
       '5 stars means you are very satisfied.\n\n'
       'Should you need further assistance in future, please do not hesitate to open a new case with us.\n\n'
       'Best regards,\nXiaoming\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=Z_CID) + '\n'
emit('039-closing-please-rate-zh-mt.eml',
     gmail_ses(Z_TO, d(2024, 11, 27, 2, 19, 58), NOREPLY, Z_RE, host_i=1),
     alt(part(body, cte='qp'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('survey', Z_CID, [], True, 'en'), new)

# 040: Credly reminder to accept a pending badge
uid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
new = ('Hi Lei,\n\n'
       'You have a badge waiting for you! Amazon Web Services Training and Certification issued you the badge '
       '"AWS Certified Machine Learning Engineer \u2013 Associate" 7 days ago, but you haven\'t accepted it yet.\n\n'
       'Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n'
       'Once accepted, you can share it on LinkedIn and other networks.\n\n'
       '--\nCredly, Inc. | 1 Broadway, 14th Floor, Cambridge, MA 02142\n'
       'Manage notifications: https://www.credly.com/earner/settings/notifications\n') % uid
emit('040-credly-reminder-pending-badge.eml',
     credly_headers(Z_TO, d(2024, 12, 5, 15, 0, 12), 'Reminder: your AWS Certified Machine Learning Engineer - Associate badge is waiting',
                    disp='Credly'),
     alt(part(new, cte='qp'), part(html_div(txt2html(new), 'Helvetica'), 'html', cte='qp'), boundary=hx(60)),
     ('credly_badge_issued', None, [], True, 'en'), new)

# ---------------------------------------------------------------- 041-050
pl, hb = credly_badge_body('Minjun', 'AWS Certified Cloud Practitioner')
emit('041-credly-badge-corp-exchange-no-ar.eml',
     credly_headers('mjpark@hanbit-logis.co.kr', d(2025, 5, 2, 8, 41, 0),
                    'Minjun, you earned a badge from Amazon Web Services Training and Certification', trace='exchange'),
     alt(part(pl, cte='qp'), part(hb, 'html', cte='qp'), boundary=hx(60)),
     ('credly_badge_issued', None, [], None, 'en'), pl)

pdom = 'credly-badge-transfer.com'
t = d(2025, 10, 21, 3, 5, 40)
new = ('Hello Haruka,\n\n'
       'Because your AWS Certification accounts was merged recently, the digital badges of the old account AWS11893062 are '
       'waiting for transfer to your Credly wallet. 3 badges is ready to accept.\n\n'
       'Please accept them before 48 hours, after that the badges will be expire and can not recover.\n\n'
       'Accept my badges: https://%s/accept?ref=%s\n\n'
       '(You need to sign in with your AWS Certification e-mail and password for the transfer.)\n\n'
       'Credly Badge Team\n') % (pdom, hx(24))
ar = ar_google([('pass', pdom, 'k1')], ('pass', 'noreply@' + pdom, '91.215.85.147'), ('pass', 'NONE', pdom))
emit('042-phish-credly-badges-after-merge.eml',
     phish_headers(A_TO, t, addr('Credly', 'noreply@' + pdom), 'Haruka, 3 badges from your merged account are ready to accept',
                   ar, 'smtp.' + pdom, '91.215.85.147', 'noreply@' + pdom,
                   extra=[('DKIM-Signature', dkim_sig(pdom, 'k1', t))]),
     alt(part(new, cte='qp'), part(html_div(txt2html(new)), 'html', cte='qp'), boundary=hx(28)),
     ('credly_badge_issued', None, ['AWS11893062'], False, 'en'), new)

new = ('Hi Haruka,\n\n'
       'We received a request to merge the Credly account registered to h.tanaka@kirameki-sys.co.jp into your account '
       'haruka.tanaka.0312@gmail.com.\n\n'
       'Your verification code is: 482913\n\n'
       'Enter this code on the Account Merge page, or click the button below to finish:\n'
       'Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n'
       'This code expires in 30 minutes. If you did not request this, you can ignore this email; nothing will change.\n\n'
       'The Credly Team\n') % hx(40)
emit('043-credly-self-service-merge-code.eml',
     credly_headers(A_TO, d(2025, 10, 22, 11, 2, 7), 'Your Credly account merge verification code', disp='Credly'),
     alt(part(new, cte='qp'), part(html_div(txt2html(new), 'Helvetica'), 'html', cte='qp'), boundary=hx(60)),
     ('unrelated', None, [], True, 'en'), new)

new = ('Hi Jens,\n\n'
       'Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services Training and Certification will expire '
       'on 14 August 2022.\n\n'
       'To keep your credential current, check the recertification options with the issuer before the expiration date. '
       'After it expires, the badge will still be visible on your profile, marked as expired.\n\n'
       'View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s\n\n'
       'Credly, Inc. | Manage notifications: https://www.credly.com/earner/settings/notifications\n') % (hx(8), hx(4), hx(4), hx(4), hx(12))
emit('044-credly-expiry-reminder.eml',
     credly_headers(E_TO, d(2022, 7, 15, 14, 30, 0), 'Your badge is expiring soon', disp='Credly', trace='outlook'),
     alt(part(new, cte='qp'), part(html_div(txt2html(new), 'Helvetica'), 'html', cte='qp'), boundary=hx(60)),
     ('unrelated', None, [], True, 'en'), new)


def other_headers(to, t, frm, sj, dom, ip, host, sel='s1', mailfrom=None, trace='gmail', mid=None, extra=()):
    mf = mailfrom or 'bounce@' + dom
    if trace == 'gmail':
        ar = ar_google([('pass', dom, sel)], ('pass', mf, ip), ('pass', 'REJECT', dom))
        hs = tr_gmail(to, t + dt.timedelta(seconds=3), host, ip, mf, ar)
    else:
        ar = ar_outlook('pass', ip, mf.split('@')[1], [('pass', dom)], 'pass', dom)
        hs = tr_outlook(t + dt.timedelta(seconds=3), host, ip, mf.split('@')[1], ar)
    hs += [('DKIM-Signature', dkim_sig(dom, sel, t))] + list(extra)
    hs += [('From', frm), ('To', to), ('Subject', sj), ('Date', rfc(t)),
           ('Message-ID', mid or '<%s@%s>' % (hx(20), host))]
    return hs


new = ('Dear Haruka Tanaka,\n\n'
       'AWS Certification wants to hear from you!\n\n'
       'You recently took an AWS Certification exam. Please take 5 minutes to tell us about your exam and registration '
       'experience. Your answers are anonymous and help us make the program better.\n\n'
       'Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s\n\n'
       'Candidate ID: AWS04417285\n\n'
       'Thank you,\nAWS Training and Certification\n\n'
       'This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this email.\n') % hx(32)
emit('045-certmetrics-wants-to-hear-from-you.eml',
     other_headers(A_TO, d(2025, 9, 3, 17, 12, 44), addr('AWS Certification', 'do-not-reply@certmetrics.com'),
                   'AWS Certification wants to hear from you', 'certmetrics.com', '208.85.148.62', 'mail3.certmetrics.com'),
     alt(part(new, cte='qp'), part(html_div(txt2html(new)), 'html', cte='qp'), boundary=bnd('outlook')),
     ('unrelated', None, ['AWS04417285'], False, 'en'), new)

new = ('Dear Minjun Park,\n\n'
       'Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n'
       'Exam: AWS Certified Solutions Architect - Professional (SAP-C02)\n'
       'Language: Korean\n'
       'Date and time: Saturday, July 12, 2025, 10:00 AM Korea Standard Time\n'
       'Delivery: OnVUE online proctored\n'
       'Registration ID: 512904377\n'
       'Candidate ID: AWS12760053\n\n'
       'Please check in 30 minutes before your appointment time. You will need a valid, government-issued ID that matches '
       'the name on your profile exactly.\n\n'
       'To reschedule or cancel, sign in at https://home.pearsonvue.com/aws at least 24 hours before the appointment.\n\n'
       'Pearson VUE\n')
emit('046-pearson-vue-appointment.eml',
     other_headers(C_TO, d(2025, 6, 25, 5, 40, 12), addr('Pearson VUE Confirmation', 'pearsonvueconfirmation@pearson.com'),
                   'Pearson VUE Confirmation of Booking', 'pearson.com', '159.182.140.22', 'mailrelay2.pearson.com',
                   sel='pvue2021'),
     alt(part(new, cte='qp'), part(html_div(txt2html(new)), 'html', cte='qp'), boundary=bnd('outlook')),
     ('unrelated', None, ['AWS12760053'], False, 'en'), new)

new = ('Verify your AWS Builder ID email address\n\n'
       'Hello,\n\n'
       'To finish creating your AWS Builder ID, enter the following verification code:\n\n'
       'Verification code: 538271\n\n'
       'This code expires 30 minutes after it was sent. If you did not request this, you can ignore this email.\n\n'
       'Amazon Web Services will never ask you to share this code.\n\n'
       'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109.\n')
t = d(2025, 6, 12, 1, 3, 5)
host, ip = SES_HOSTS[0]
rp = ses_rp(t)
ar = ar_google([('pass', 'signin.aws', 'x' + hx(7)), ('pass', 'amazonses.com', '224i4yxa')], ('pass', rp, ip),
               ('pass', 'QUARANTINE', 'signin.aws'))
emit('047-builder-id-verification-code.eml',
     tr_gmail(C_TO, t + dt.timedelta(seconds=2), host, ip, rp, ar)
     + [('DKIM-Signature', dkim_sig('signin.aws', 'x' + hx(9), t))]
     + [('From', 'AWS <no-reply@signin.aws>'), ('To', C_TO), ('Subject', 'Verify your AWS Builder ID email address'),
        ('Message-ID', ses_id(t)), ('Date', rfc(t))] + ses_tail(t),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('unrelated', None, [], True, 'en'), new)

new = ('Hello,\n\n'
       'Thank you for contacting Amazon Selling Partner Support.\n\n'
       'I understand that you want to merge your two seller accounts (store name "\u661f\u6cb3\u6570\u7801" and "XH Digital") into '
       'one account. Please be informed that merging of two Seller Central accounts is not supported at this moment. '
       'However, you can link the accounts by using the same login for unified account management, kindly refer the '
       'help page "Merge accounts" in Seller Central.\n\n'
       'If you have more question, please reply to this case in Seller Central, our team is happy to assist.\n\n'
       'Regards,\nYan\nAmazon Selling Partner Support\n\n'
       'Was this email helpful?\nhttps://sellercentral.amazon.com/cu/feedback?caseId=5884881212\n')
t = d(2025, 7, 14, 8, 20, 33)
emit('048-seller-central-case-merge-seller-accounts.eml',
     gmail_ses(F_TO, t, ('Amazon Seller Central', 'seller-notification@amazon.com'),
               'RE:[CASE 5884881212] Apply for merge two seller account', host_i=3),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('unrelated', '5884881212', [], True, 'en'), new)

P_TO = 'seoyeon.kim.aws@gmail.com'
P_CID = cid15(d(2025, 5, 19, 23, 41, 12))
new = ('Hello customer,\n\n'
       'Thank you for contacting AWS Billing and Accounts support. This is Jiwoo.\n\n'
       'I checked your account 4471-8820-3619 about the unexpected charge in April. The charge of USD 38.42 was occurred by '
       'a NAT Gateway in ap-northeast-2 region which was still running after you deleted the EC2 instances. After you '
       'delete the NAT Gateway, the charge will not occur anymore.\n\n'
       'As a one-time exception, I have submitted a credit request for this amount. When it is approved, the credit will '
       'be applied to your account in 3-5 business days.\n\n'
       'Best regards,\nJiwoo\nAmazon Web Services\n\n')
body = new + CONSOLE_FOOT.format(cid=P_CID) + '\n'
emit('049-billing-case-reply-ko-mt.eml',
     gmail_ses(P_TO, d(2025, 5, 21, 2, 33, 8), NOREPLY, 'RE:[CASE %s] Unexpected charge on my bill' % P_CID),
     alt(part(body, cte='qp'), part(html_aws(txt2html(body)), 'html', cte='qp'), boundary=bnd('java')),
     ('unrelated', P_CID, [], True, 'en'), new)

Q_CID = cid15(d(2025, 2, 3, 5, 18, 44))
new = ('Dear Customer,\n\n'
       'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
       'The details of your case are as follows:\n\n'
       'Case ID: %s\nSubject: Limit Increase: EC2 Instances\nSeverity: Low\n'
       'Correspondence: Service: EC2 Instances\nRegion: Asia Pacific (Tokyo)\nPrimary Instance Type: All G and VT instances\n'
       'Limit name: Running On-Demand G and VT instances\nNew limit value: 32\n'
       'Use case description: For the training of machine learning model in our lab, we need more GPU.\n\n'
       'We will respond to you as soon as possible.\n\n'
       'Best regards,\nAmazon Web Services\n\n'
       '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link below if '
       'you need to contact us again about this same issue.\n'
       'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n') % (Q_CID, Q_CID, Q_CID)
emit('050-quota-increase-case-opened.eml',
     jp_ses(NIFTY, D_TO, d(2025, 2, 3, 5, 19, 30), NOREPLY, 'Amazon Web Services: You have opened a new Support case: ' + Q_CID, host_i=2),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('unrelated', Q_CID, [], True, 'en'), new)

# ---------------------------------------------------------------- 051-060
t = d(2025, 6, 20, 8, 14, 2)
new = ('Merged #42 into main.\n\n'
       '\u2014\nReply to this email directly, view it on GitHub:\n'
       'https://github.com/hanbit-logis/cert-tracker/pull/42#event-%d\n'
       'You are receiving this because you authored the thread.\n\nMessage ID: <hanbit-logis/cert-tracker/pull/42/issue_event/%d@github.com>\n'
       % (R.randint(10**10, 10**11), R.randint(10**10, 10**11)))
emit('051-github-pr-merged.eml',
     other_headers(C_TO, t, addr('Kim Dohyun', 'notifications@github.com'),
                   'Re: [hanbit-logis/cert-tracker] Merge duplicated AWS certification account records (PR #42)',
                   'github.com', '192.30.252.201', 'out-18.smtp.github.com', sel='pf2023',
                   mid='<hanbit-logis/cert-tracker/pull/42/issue_event/%d@github.com>' % R.randint(10**10, 10**11),
                   extra=[('Reply-To', 'hanbit-logis/cert-tracker <reply+AAB3%s@reply.github.com>' % hx(20).upper()),
                          ('List-ID', 'hanbit-logis/cert-tracker <cert-tracker.hanbit-logis.github.com>'),
                          ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'dohyun-kim')]),
     alt(part(new, cte='7bit'), part(html_div('<p>Merged <a href="https://github.com/hanbit-logis/cert-tracker/pull/42">#42</a> into '
                                              '<code>main</code>.</p>'), 'html', cte='7bit'), boundary='--==_mimepart_%s_%d' % (hx(13), R.randint(1000, 9999))),
     ('unrelated', None, [], False, 'en'), new)

new = ('AWS Training and Certification | October 2025\n\n'
       'New exam prep plans for AWS Certified AI Practitioner\n'
       'Build your skills with free digital courses on AWS Skill Builder, then validate them with a certification.\n\n'
       'Already certified? Your benefits are waiting\n'
       'Sign in to your AWS Certification Account to find your 50%% discount voucher for your next exam, access to the '
       'AWS Certified Store, and invitations to certification lounges at AWS events.\n\n'
       'Learn more: https://aws.amazon.com/certification/benefits/?trk=%s\n\n'
       'You are receiving this email because you subscribed to AWS Training and Certification updates.\n'
       'Unsubscribe: https://pages.awscloud.com/communication-preferences?sc_channel=em&trk=%s\n'
       'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109\n') % (hx(32), hx(32))
t = d(2025, 10, 9, 16, 0, 4)
emit('052-aws-tc-newsletter.eml',
     gmail_ses(A_TO, t, ('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'),
               'New in October: exam prep for AWS Certified AI Practitioner and your certification benefits', host_i=4)
     + [('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?u=%s>' % hx(24)),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('unrelated', None, [], True, 'en'), new)

pdom = 'aws-certification-verify.net'
t = d(2025, 7, 2, 19, 55, 31)
new = ('Dear AWS Certified Customer,\n\n'
       'We are inform you that your AWS Certification is scheduled to be revoked because the candidate profile information '
       'is not match with our record. For preventing the revoke, please verify your candidate profile by within 72 hours.\n\n'
       'Verify profile: https://%s/candidate/verify?c=%s\n\n'
       'After revoke, the certification and Credly badge will be not valid and exam fee will not refund.\n\n'
       'AWS Certification Compliance Team\n') % (pdom, hx(18))
ar = ar_google([('pass', pdom, 'mail')], ('pass', 'info@' + pdom, '103.151.122.40'), ('pass', 'NONE', pdom))
emit('053-phish-certification-revoked-not-merge.eml',
     phish_headers(K_TO, t, addr('AWS Certification', 'compliance@' + pdom),
                   'URGENT: Your AWS Certification will be revoked - verify candidate profile', ar,
                   'mx1.' + pdom, '103.151.122.40', 'info@' + pdom, extra=[('DKIM-Signature', dkim_sig(pdom, 'mail', t))]),
     part(html_div(txt2html(new)), 'html', cte='qp'),
     ('unrelated', None, [], False, 'en'), new)

new = ('Dear Wang Fang,\n\n'
       'Greetings from Alibaba Cloud Academy!\n\n'
       'Your application of merging the certification accounts has been processed successfully. The ACA and ACP '
       'certificates of account ID 5082114473 have been transferred to account ID 5082190013, the former account is '
       'closed. Please kindly login the Alibaba Cloud Academy to check your certificates.\n\n'
       'If you have any question, welcome to contact us by ticket.\n\n'
       'Alibaba Cloud Academy\n')
emit('054-alibaba-cloud-cert-merge-done.eml',
     other_headers(F_TO, d(2025, 7, 8, 2, 10, 22), addr('Alibaba Cloud', 'noreply@notice.alibabacloud.com'),
                   'Your certification account merge application has been processed', 'notice.alibabacloud.com',
                   '47.246.146.53', 'out146-53.mail.alibabacloud.com', sel='default'),
     alt(part(new, cte='b64'), part(html_div(txt2html(new)), 'html', cte='b64'), boundary=bnd('hex')),
     ('unrelated', None, [], False, 'en'), new)

new = ('佐藤 健一 様\n\n'
       'いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。\n\n'
       'AWS Summit Japan 2025 では、AWS 認定資格をお持ちの方を対象とした「認定者ラウンジ」をご用意しております。'
       '会場の受付で AWS 認定のデジタルバッジ（Credly）をご提示ください。\n\n'
       '日程：2025年6月25日(水)・26日(木)\n会場：幕張メッセ\n\n'
       '詳細・事前登録はこちら：https://aws.amazon.com/jp/summits/japan/?trk=%s\n\n'
       '本メールは配信専用です。配信停止：https://pages.awscloud.com/communication-preferences.html\n'
       'アマゾン ウェブ サービス ジャパン合同会社\n') % hx(24)
emit('055-ja-summit-certified-lounge-newsletter.eml',
     jp_ses(NIFTY, D_TO, d(2025, 5, 27, 1, 0, 9), ('アマゾン ウェブ サービス ジャパン', 'aws-apac-marketing@amazon.com'),
            subj('【AWS 認定】AWS Summit Japan 2025 認定者ラウンジのご案内')),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('unrelated', None, [], True, 'ja'), new)
# fix From display name encoding for 055 (ses_headers used addr() which encodes non-ASCII)

new = ('Zhang Lei merged merge request !118 at dongfang-ai / cloud-infra\n\n'
       'Merge request: https://gitlab.com/dongfang-ai/cloud-infra/-/merge_requests/118\n'
       'Project: dongfang-ai/cloud-infra\nBranch: feature/merge-duplicate-iam-accounts \u2192 main\n\n'
       '\u2014\nReply to this email directly or view it on GitLab.\n'
       'You\'re receiving this email because of your account on gitlab.com. Unsubscribe from this thread.\n')
emit('056-gitlab-mr-merged.eml',
     other_headers(Z_TO, d(2025, 3, 11, 6, 44, 50), addr('Zhang Lei (@zhanglei-dev)', 'gitlab@mg.gitlab.com'),
                   'Re: cloud-infra | Merge duplicate IAM accounts module (!118)', 'mg.gitlab.com', '192.237.158.143',
                   'mg-s-158-143.mg.gitlab.com', sel='mailo', mailfrom='bounce+%s@mg.gitlab.com' % hx(6),
                   extra=[('X-GitLab-Project', 'cloud-infra'), ('X-GitLab-MergeRequest-IID', '118'),
                          ('X-GitLab-NotificationReason', 'author')]),
     alt(part(new, cte='qp'), part(html_div(txt2html(new)), 'html', cte='qp'), boundary='--==_mimepart_%s_%d' % (hx(13), R.randint(1000, 9999))),
     ('unrelated', None, [], False, 'en'), new)

# 057: console case opened, delivered through a Coremail relay: no Authentication-Results at all
L_TO = 'lin.jiahao@dongfang-ai.cn'
L_T0 = d(2024, 4, 8, 3, 27, 55)
L_CID = cid15(L_T0)
new = ('Dear Customer,\n\n'
       'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
       'The details of your case are as follows:\n\n'
       'Case ID: %s\nSubject: Certification account is two, how to combine\nSeverity: General guidance\n'
       'Correspondence: Hello support team, when I took the exam second time I created the new certification account by '
       'mistake, so now my certification is divided in two account, AWS 12093355 and aws-03381726. Please combine to the '
       'older one. Thank you very much for your help!\n\n'
       'We will respond to you as soon as possible. You can view and update your case at any time in the AWS Support Center:\n'
       'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
       'Best regards,\nAmazon Web Services\n') % (L_CID, L_CID, L_CID)
t = L_T0 + dt.timedelta(seconds=36)
host, ip = SES_HOSTS[1]
rp = ses_rp(t)
hs = [('Received', 'from mail.dongfang-ai.cn (unknown [10.8.3.15])\n\tby ajax-webmail-mx2 (Coremail) ; Mon, 8 Apr 2024 11:28:35 +0800 (GMT+08:00)'),
      ('X-Originating-IP', '[%s]' % ip),
      ('Received', 'from %s (unknown [%s])\n\tby mx2.dongfang-ai.cn (Coremail) with SMTP id AQAAfwD3%s;\n\tMon, 08 Apr 2024 11:28:33 +0800 (CST)'
       % (host, ip, hx(16))),
      ('X-CM-TRANSID', 'AQAAfwD3%s--.%d' % (hx(20), R.randint(10000, 99999))),
      ('X-Coremail-Antispam', '1UD129KBjvJXoW7Cr4fZF1rJw1rWw4xXF1DAwb_yoW8Wr4rpF'),
      ('Return-Path', '<%s>' % rp)]
emit('057-console-case-opened-coremail-no-ar.eml',
     hs + ses_headers(t, NOREPLY, L_TO, 'Amazon Web Services: You have opened a new Support case: ' + L_CID) + ses_tail(t),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('case_created', L_CID, ['AWS03381726', 'AWS12093355'], None, 'en'), new)

# 058: JA-MT confirmation request, Sakura-hosted mailbox whose AR records only SPF (not aligned) -> false
I_TO = 'ito@ito-sekkei.co.jp'
I_T0 = d(2025, 1, 20, 4, 2, 18)
I_CID = cid15(I_T0)
I_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % I_CID
I_UT = d(2025, 1, 21, 0, 11, 5)
I_USER = ('AWS Training and Certification Support \u5fa1\u4e2d\n\n'
          'Sorry, I wrote wrong number in the form. Correct numbers are AWS09917730 and AWS15502218, '
          'not AWS15502281. Please leave AWS09917730.\n\n'
          '\u4f0a\u85e4 \u8aa0\uff08Makoto Ito\uff09\n\u4f0a\u85e4\u8a2d\u8a08\u4e8b\u52d9\u6240\n')
I_NEW = ('Dear Mr. Ito,\n\n'
         'We appreciate your inquiry to AWS Training and Certification.\n\n'
         'Regarding to the matter of integrating accounts, we would like to make confirmation of the content before the work.\n\n'
         'The account which to be left: aws-09917730\n'
         'The account which to be vanished by integrating: AWS 15502218\n\n'
         'By the integration, the certification of "AWS Certified SysOps Administrator - Associate" which is held by '
         'AWS 15502218 will be transferred into aws-09917730. The integration is not able to cancel after it was done.\n\n'
         'If there is no problem on above, please give us the reply of "Agree". If there is a mistake, please point out it.\n\n'
         'Sincerely,\nHaruto\nAWS Training and Certification\n')
hist = outlook_block('\u4f0a\u85e4 \u8aa0 <%s>' % I_TO, I_UT, FORM[1], 'RE: ' + I_RE[3:], JST, rule=False) + '\n' + I_USER
t = d(2025, 1, 22, 2, 36, 40)
host, ip = SES_HOSTS[0]
rp = ses_rp(t)
tj = t.astimezone(JST)
hs = [('Return-Path', '<%s>' % rp),
      ('Delivered-To', I_TO),
      ('Received', 'from %s (%s [%s])\n\tby www4321.sakura.ne.jp (8.16.1/8.16.1) with ESMTPS id 50M2aeRb%s\n'
       '\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <%s>; %s (JST)'
       % (host, host, ip, hx(6), I_TO, format_datetime(tj + dt.timedelta(seconds=2)))),
      ('Authentication-Results', 'www4321.sakura.ne.jp; spf=pass smtp.mailfrom=amazonses.com')]
emit('058-confirm-request-ja-mt-spf-only-ar.eml',
     hs + ses_headers(t, FORM, I_TO, I_RE) + ses_tail(t),
     alt(part(I_NEW + '\n' + hist, cte='qp'), part(html_aws(txt2html(I_NEW) + '<hr>' + txt2html(hist)), 'html', cte='qp'),
         boundary=bnd('java')),
     ('merge_confirmation_requested', I_CID, ['AWS09917730', 'AWS15502218'], False, 'en'), I_NEW)

# 059: JA-MT close + questionnaire (thread M, Outlook)
new = ('Kobayashi Sama,\n\n'
       'Thank you for your contact of before.\n'
       'As there was no more question from you, this case will be closed from our side.\n\n'
       'We would be grateful if you could cooperate to a short questionnaire about our correspondence. It takes only '
       '1 minute.\n'
       'Questionnaire: https://aws.qualtrics.com/jfe/form/SV_eJ3a9W2t6nYq1Rk?case=%s\n\n'
       'Thank you for using AWS Training and Certification.\n\n'
       'Regards,\nAoi\nAWS T&C Support\n') % M_CID
host, ip = SES_HOSTS[2]
ar = ar_outlook('pass', ip, 'amazonses.com', [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'pass', 'amazon.com')
t = d(2023, 11, 27, 5, 48, 2)
emit('059-closed-questionnaire-ja-mt.eml',
     tr_outlook(t + dt.timedelta(seconds=2), host, ip, 'amazonses.com', ar) + ses_headers(t, FORM, M_TO, M_RE) + ses_tail(t) + ms_tail(t),
     alt(part(new, cte='qp'), part(html_aws(txt2html(new)), 'html', cte='qp'), boundary=bnd('java')),
     ('survey', M_CID, [], True, 'en'), new)

# 060: KO-MT, cannot merge yet because of a booked exam on the source account
J_TO = 'jihoon.lee.cloud@gmail.com'
J_T0 = d(2025, 9, 1, 12, 30, 8)
J_CID = cid15(J_T0)
new = ('Hello, customer Lee Jihoon.\n'
       'This is AWS Training and Certification Customer Support.\n\n'
       'We checked your request to merge AWS10776402 into AWS06219985. Unfortunately, in the account AWS10776402 there is '
       'an exam appointment (SAA-C03, September 13) which is reserved already. While there is a reserved exam, the merge '
       'work cannot be progressed.\n\n'
       'Please choose one of the methods below and tell us:\n'
       '1) Take the exam first, then we proceed the merge after the score is reported.\n'
       '2) Cancel the appointment in Pearson VUE, then we proceed the merge immediately.\n\n'
       'We ask for your understanding.\nThank you.\n\n'
       'AWS Training and Certification Customer Support Team\n')
emit('060-exam-booked-cannot-merge-yet-ko-mt.eml',
     gmail_ses(J_TO, d(2025, 9, 2, 23, 58, 31), FORM,
               'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % J_CID, host_i=1),
     alt(part(new, cte='b64'), part(html_aws(txt2html(new)), 'html', cte='b64'), boundary=bnd('java')),
     ('support_reply', J_CID, ['AWS06219985', 'AWS10776402'], True, 'en'), new)
