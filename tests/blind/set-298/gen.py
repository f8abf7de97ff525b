#!/usr/bin/env python3
"""Generator for blind set 298: non-native / machine-translated English agents,
AWS Certification account merge mailbox. Writes NNN-*.eml and labels.json."""
import os, re, json, base64, quopri, random, html, hashlib
import datetime as dt
from email.message import Message
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(max_line_length=0, linesep='\n')
rnd = random.Random(298)
LABELS = {}
NEWTEXT = {}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(t, tail):
    return str(int(t.timestamp())) + tail


def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def ralnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))


def fold_b64(s, first=8, width=70):
    out, i = [], 0
    while i < len(s):
        out.append(s[i:i + width])
        i += width
    return '\n\t '.join(out)


def ses_msgid(t, region=None):
    ms = int(t.timestamp() * 1000) + rnd.randint(50, 900)
    dom = 'email.amazonses.com' if region is None else region + '.amazonses.com'
    pre = '0100' if region is None else '0101'
    return '<%s%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        pre, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def pacific(t):
    tz = PDT if 3 < t.month < 11 else PST
    return format_datetime(t.astimezone(tz)) + (' (PDT)' if tz is PDT else ' (PST)')


def ewb(s, cs='utf-8'):
    """Encoded-word (B), folded."""
    return Header(s, cs, header_name='Subject').encode(linesep='\n', maxlinelen=76)


def ewq(s, cs='utf-8'):
    c = Charset(cs)
    c.header_encoding = QP
    return Header(s, c, header_name='Subject').encode(linesep='\n', maxlinelen=76)


def addr(name, email, cs='utf-8', q=False):
    if not name:
        return email
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % ((ewq if q else ewb)(name, cs), email)


# ---------------------------------------------------------------- MIME parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         label=None, extra_ct='', encode_as=None):
    """Leaf text part.  `label` overrides the declared charset (wrong label);
    `encode_as` is the codec actually used for the bytes."""
    m = Message()
    codec = encode_as or charset
    raw = text.replace('\n', '\r\n').encode(codec) if cte in ('base64',) else text.encode(codec)
    decl = label or charset
    m['Content-Type'] = 'text/%s; charset="%s"%s' % (subtype, decl, extra_ct)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'quoted-printable':
        p = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        p = base64.encodebytes(raw).decode('ascii')
    elif cte == '7bit':
        p = raw.decode('ascii')
    elif cte == '8bit':
        p = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m.set_payload(p)
    return m


def multi(sub, parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (rnd.randint(10000, 99999), rnd.randint(100000000, 999999999), rnd.randint(1700000000000, 1769999999999)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, b)
    for p in parts:
        m.attach(p)
    return m


def to_html(text, quoted_style=None, font='Arial, sans-serif'):
    """Very plain conversion of a text body to HTML; lines starting with '>'
    become blockquotes."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="font-family:%s;font-size:14px">' % font]
    para = []
    inq = False
    for line in text.split('\n'):
        q = line.startswith('>')
        if q and not inq:
            if para:
                out.append('<p>' + '<br>\n'.join(para) + '</p>'); para = []
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq = True
        if not q and inq:
            if para:
                out.append('<p>' + '<br>\n'.join(para) + '</p>'); para = []
            out.append('</blockquote>')
            inq = False
        line = line.lstrip('> ') if q else line
        if line.strip() == '':
            if para:
                out.append('<p>' + '<br>\n'.join(para) + '</p>'); para = []
        else:
            para.append(html.escape(line))
    if para:
        out.append('<p>' + '<br>\n'.join(para) + '</p>')
    if inq:
        out.append('</blockquote>')
    out.append('</div></body></html>')
    return '\n'.join(out)


# ---------------------------------------------------------------- quoting
WD_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
WD_JA = ['月', '火', '水', '木', '金', '土', '日']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def qprefix(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.split('\n'))


def gmail_attr(t, name, email, tz=UTC):
    lt = t.astimezone(tz)
    h = lt.hour % 12 or 12
    ap = 'AM' if lt.hour < 12 else 'PM'
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        WD_EN[lt.weekday()], MON[lt.month - 1], lt.day, lt.year, h, lt.minute, ap, name, email)


def jp_attr(t, name, email):
    lt = t.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (lt.year, lt.month, lt.day, WD_JA[lt.weekday()],
                                              lt.hour, lt.minute, name, email)


def outlook_block(t, frm, to, subject, tz=UTC):
    lt = t.astimezone(tz)
    h = lt.hour % 12 or 12
    ap = 'AM' if lt.hour < 12 else 'PM'
    return ('From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s' % (
        frm, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][lt.weekday()],
        MONTHS[lt.month - 1], lt.day, lt.year, h, lt.minute, ap, to, subject))


# ---------------------------------------------------------------- transport
SES_IPS = ['54.240.8.33', '54.240.8.97', '54.240.9.47', '54.240.11.12', '54.240.48.118', '54.240.27.40']


def ses_helo(ip):
    a, b, c, d = ip.split('.')
    if c in ('27', '48'):
        return 'a%s-%s.smtp-out.us-west-2.amazonses.com' % (c, d)
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def dkim_sig(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s' % (
        s, d, int(t.timestamp()), h, rb64(32), fold_b64(rb64(192))))


def verdict_text(kind, a):
    """Build an Authentication-Results value for a receiver kind."""
    dkim, spf, dmarc = a.get('dkim', 'pass'), a.get('spf', 'pass'), a.get('dmarc', 'pass')
    dd, hf, mf, ip = a['dkim_d'], a['header_from'], a['mailfrom'], a['ip']
    mfdom = mf.split('@')[-1]
    pol = a.get('pol', 'QUARANTINE')
    if kind == 'gmail':
        parts = []
        if dkim != 'none':
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dd, a.get('sel', 'selector1'), ralnum(8)))
        if a.get('dkim2'):
            parts.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (a['dkim2'], a.get('sel2', 's1'), ralnum(8)))
        if spf == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mf, ip, mf))
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dmarc, pol, pol, 'NONE' if dmarc == 'pass' else ('QUARANTINE' if pol != 'NONE' else 'NONE'), hf))
        return 'mx.google.com;\n       ' + ';\n       '.join(parts)
    if kind == 'outlook':
        sp = 'spf=%s (sender IP is %s) smtp.mailfrom=%s' % (spf, ip, mfdom)
        dk = 'dkim=%s (%s) header.d=%s' % (dkim, {'pass': 'signature was verified', 'none': 'message not signed'}.get(dkim, 'signature did not verify'), dd)
        dm = 'dmarc=%s action=%s header.from=%s' % (dmarc, 'none' if dmarc == 'pass' else 'quarantine', hf)
        ca = 'compauth=%s reason=%s' % ('pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')
        return '%s; %s;%s;%s' % (sp, dk, dm, ca)
    # Japanese providers and others: simple RFC 8601 form with authserv-id
    sid = {'nifty': 'mx.nifty.com', 'biglobe': 'mfilter.biglobe.ne.jp', 'ocn': 'mx01.ocn.ad.jp',
           'sonet': 'mx.so-net.ne.jp', 'sakura': 'www3125.sakura.ne.jp', 'yahoojp': 'yahoo.co.jp',
           'docomo': 'mfsmax.docomo.ne.jp'}.get(kind, kind)
    return ('%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s' % (
        sid, spf, mf, dkim, dd, a.get('sel', 'selector1'), dmarc, hf))


def transport(kind, t, to, a, forged_ar=None, arc=True):
    """Receiver-side trace headers, topmost first."""
    ip = a['ip']; helo = a.get('helo') or ses_helo(ip); mf = a['mailfrom']
    h = []
    if kind == 'gmail':
        t1 = t + dt.timedelta(seconds=rnd.randint(1, 4))
        h.append(('Delivered-To', to))
        h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), ralnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), pacific(t1))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + ralnum(60)))
        h.append(('X-Received', 'by 2002:a05:6a00:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(4), ralnum(16, 'abcdef0123456789'), ralnum(8, 'abcdef0123456789'),
            rnd.randint(100, 999), rnd.randint(1, 9), pacific(t1))))
        if arc:
            h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
                int(t1.timestamp()), fold_b64(rb64(96)).replace('\n\t ', '\n         '))))
            h.append(('ARC-Authentication-Results', 'i=1; ' + verdict_text('gmail', a)))
        h.append(('Return-Path', '<%s>' % mf))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, ralnum(16, 'abcdef0123456789'), ralnum(8, 'abcdef0123456789'), rnd.randint(100, 999),
            rnd.randint(1, 9), to, pacific(t))))
        h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            a.get('spf', 'pass'), mf, 'designates' if a.get('spf', 'pass') == 'pass' else 'does not designate', ip, ip)))
        h.append(('Authentication-Results', verdict_text('gmail', a)))
    elif kind == 'outlook':
        t1 = t + dt.timedelta(seconds=rnd.randint(1, 3))
        fd = format_datetime(t1.astimezone(UTC)).replace('-0000', '+0000')
        a1 = 'SA1PR%02dMB%04d.namprd%02d.prod.outlook.com' % (rnd.randint(10, 19), rnd.randint(1000, 9999), rnd.randint(2, 20))
        a2 = 'BN9PR03CA0%03d.namprd03.prod.outlook.com' % rnd.randint(100, 999)
        a3 = 'BN2PEPF0000%04X.namprd04.prod.outlook.com' % rnd.randint(0x4000, 0x4fff)
        h.append(('Received', 'from %s (2603:10b6:8:%x::%x) by\n %s with HTTPS; %s' % (a2.replace('CA0', 'MB'), rnd.randint(1, 0xfff), rnd.randint(1, 0xff), a1, fd)))
        h.append(('Received', 'from %s (2603:10b6:408:fe::%x) by\n %s (2603:10b6:806:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; %s' % (
            a2, rnd.randint(1, 15), a1, rnd.randint(1, 0xfff), rnd.randint(1, 0xff), fd)))
        h.append(('Received', 'from %s\n (2603:10b6:408:fe:cafe::%x) by %s\n (2603:10b6:408:fe::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; %s' % (
            a3, rnd.randint(1, 0xff), a2.replace('.namprd03.prod.outlook.com', '.outlook.office365.com'), rnd.randint(1, 15), fd)))
        h.append(('Authentication-Results', verdict_text('outlook', a)))
        sp = a.get('spf', 'pass')
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            sp.capitalize(), mf.split('@')[-1], 'designates' if sp == 'pass' else 'does not designate', ip, ip, helo)))
        h.append(('Received', 'from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; %s' % (
            helo, ip, a3, rnd.randint(2, 250), format_datetime(t.astimezone(UTC)).replace('-0000', '+0000'))))
        h.append(('X-MS-Exchange-Organization-AuthSource', a3))
        h.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
    elif kind in ('nifty', 'biglobe', 'ocn', 'sonet', 'sakura', 'yahoojp', 'docomo'):
        host = {'nifty': 'mta-snd%02d.nifty.com', 'biglobe': 'mtain%02d.biglobe.ne.jp', 'ocn': 'mx%02d.ocn.ad.jp',
                'sonet': 'mx%02d.so-net.ne.jp', 'sakura': 'www3125.sakura.ne.jp', 'yahoojp': 'mta%02d.mail.yahoo.co.jp',
                'docomo': 'mfsmax%02d.docomo.ne.jp'}[kind]
        if '%' in host:
            host = host % rnd.randint(1, 30)
        jt = format_datetime(t.astimezone(JST)) + ' (JST)'
        h.append(('Return-Path', '<%s>' % mf))
        h.append(('Delivered-To', to))
        h.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            host, ralnum(10, 'ABCDEF0123456789'), to, jt)))
        h.append(('Authentication-Results', verdict_text(kind, a)))
        h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, host, ralnum(10, 'ABCDEF0123456789'), to, jt)))
    elif kind == 'plain':
        # small mail server that records no Authentication-Results at all
        host = a.get('rhost', 'mail.example.net')
        h.append(('Return-Path', '<%s>' % mf))
        h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, host, ralnum(10, 'ABCDEF0123456789'), to, format_datetime(t.astimezone(a.get('tz', UTC))))))
        h.append(('X-Spam-Status', 'No, score=-0.%d required=5.0 tests=HTML_MESSAGE,RCVD_IN_DNSWL_NONE' % rnd.randint(1, 9)))
    else:
        raise ValueError(kind)
    if forged_ar:
        h.append(('Authentication-Results', forged_ar))
    return h


def AWS(ip=None, region=None, mailfrom=None, **kw):
    ip = ip or rnd.choice(SES_IPS[:4] if region is None else SES_IPS[5:])
    d = dict(ip=ip, dkim_d='amazon.com', header_from='amazon.com', sel='rjvqoq5k2qsabu5a76ipgu6s6wa7u3',
             dkim2='amazonses.com', sel2='224i4yxa5dv7c2xz3womw6peuasteono', region=region)
    if mailfrom:
        d['mailfrom'] = mailfrom
    d.update(kw)
    return d


def ses_msgid_local():
    return '0100%012x-%s-%s-%s-%s-%s-000000' % (rnd.randint(0x19700000000, 0x19b00000000), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def CREDLY(**kw):
    d = dict(ip='149.72.%d.%d' % (rnd.randint(100, 200), rnd.randint(2, 250)), dkim_d='credly.com', header_from='credly.com',
             sel='s1', mailfrom='bounces+%d-%s-%s=%s@em.credly.com', helo='o%d.ptr%d.credly.com' % (rnd.randint(1, 9), rnd.randint(1000, 9999)))
    d.update(kw)
    return d


# ---------------------------------------------------------------- writer
def write(num, slug, label, t, frm, to, subject, body, recv, auth, new_text,
          msgid=None, sender='ses', extra=None, forged_ar=None, cc=None, reply_to=None,
          dkim_sign=None, date_tz=UTC, in_reply_to=None, arc=True, date_str=None):
    name = '%03d-%s.eml' % (num, slug)
    if sender == 'ses' and msgid is None:
        reg = auth.get('region')
        ms = int(t.timestamp() * 1000) - rnd.randint(50, 900)
        lid = '%s%012x-%s-%s-%s-%s-%s-000000' % ('0100' if not reg else '0101', ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
        msgid = '<%s@%s>' % (lid, 'email.amazonses.com' if not reg else reg + '.amazonses.com')
        auth.setdefault('mailfrom', '%s@%s' % (lid, 'amazonses.com' if not reg else reg + '.amazonses.com'))
    if 'mailfrom' in auth and '%' in auth['mailfrom']:
        auth['mailfrom'] = auth['mailfrom'] % (rnd.randint(1000000, 9999999), rhex(4), to.split('@')[0][:10], to.split('@')[-1])
    hdrs = transport(recv, t, to.split('<')[-1].rstrip('>'), auth, forged_ar=forged_ar, arc=arc) if recv else []
    # sender side
    if dkim_sign is None:
        if sender == 'ses':
            dkim_sign = [('amazon.com', 'rjvqoq5k2qsabu5a76ipgu6s6wa7u3'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')]
        elif sender == 'credly':
            dkim_sign = [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')]
        else:
            dkim_sign = []
    for d, s in dkim_sign:
        hdrs.append(('DKIM-Signature', dkim_sig(d, s, t)))
    hdrs.append(('From', frm))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('Subject', subject))
    hdrs.append(('Date', date_str or format_datetime(t.astimezone(date_tz)).replace('-0000', '+0000')))
    hdrs.append(('MIME-Version', '1.0'))
    if msgid is None:
        msgid = ses_msgid(t) if sender == 'ses' else '<%s@%s>' % (rhex(24), 'example.com')
    hdrs.append(('Message-ID', msgid))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
        hdrs.append(('References', in_reply_to))
    if sender == 'ses':
        hdrs.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (auth.get('region') or 'us-east-1', rb64(33).rstrip('='))))
        hdrs.append(('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), auth.get('ip', '54.240.8.33'))))
    for k, v in (extra or []):
        hdrs.append((k, v))
    body._headers = [(k, v) for k, v in hdrs] + [(k, v) for k, v in body._headers if k.lower() != 'mime-version']
    with open(os.path.join(OUT, name), 'wb') as f:
        BytesGenerator(f, mangle_from_=False, policy=POL).flatten(body)
    kind, case_id, ids, ver, lang = label
    ids = sorted(set(ids))
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': ver, 'language': lang}
    # self-check: ids written in NEW text == label
    found = sorted(set('AWS' + m for m in re.findall(r'(?i)\baws[\s\-]?(\d{8})\b', new_text)))
    if found != ids:
        raise SystemExit('%s: ids in new text %s != label %s' % (name, found, ids))
    NEWTEXT[name] = new_text
    return name


def alt(text, htmltext=None, cs='utf-8', cte_t='quoted-printable', cte_h='quoted-printable', font='Arial, sans-serif'):
    return multi('alternative', [leaf(text, 'plain', cs, cte_t), leaf(htmltext or to_html(text, font=font), 'html', cs, cte_h)])


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ================================================================ MAILS
# Thread A: form case, Gmail, Daniel Okafor.  Italian / Spanish / Portuguese agents.
A_OPEN = T(2025, 5, 26, 7, 12, 44)
A_CASE = case15(A_OPEN, '00472')
A_USER = 'daniel.okafor.cloud@gmail.com'
A_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
A_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


@mail
def m001():
    t = A_OPEN + dt.timedelta(seconds=9)
    new = """Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your inquiry and a case has been created for it.

Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge

A member of our team will review your request and respond within 24 hours. To help us resolve your request as quickly as possible, please do not submit a new form for this same request; if you need to add information, simply reply to this email and keep the case ID in the subject line.

Copy of your submission:
  Name: Daniel Okafor
  AWS candidate ID: AWS09126654
  Email: daniel.okafor.cloud@gmail.com
  Description: I have two certification accounts, one from my old company email. I want to merge them into the one with my personal email.

Sincerely,
AWS Training and Certification

This email was sent by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.""" % A_CASE
    body = alt(new)
    return write(1, 'form-ack-case-created', ('case_created', A_CASE, ['AWS09126654'], True, 'en'),
                 t, A_FROM, A_USER, '[CASE %s] %s' % (A_CASE, A_SUBJ), body, 'gmail', AWS(), new)


A_ASK_T = T(2025, 5, 27, 9, 48, 2)
A_ASK = """Dear Daniel,

Thank you for having contacted AWS Training and Certification, my name is Alessandra and I will follow your case.

I have well received your request for to merge your two certification accounts. Before to proceed with the operation, I need that you confirm me the following details:

- Account which will be merged and after closed: AWS 04417829 (daniel.okafor@oldcorp-logistics.com)
- Account which will remain active: AWS 09126654 (daniel.okafor.cloud@gmail.com)

Please consider that once the merge is effectuated it is not possible to go back: all your certifications, the history of the exams and the benefits will pass in the account that remains, and the other one will not be more accessible.

If the data are correct, please answer to this e-mail writing your explicit confirmation. In absence of your answer I cannot proceed.

I remain at your complete disposal for every doubt.

Kind regards,
Alessandra M.
AWS Training and Certification
Amazon Web Services"""


@mail
def m002():
    new = A_ASK
    body = leaf(new, 'plain', 'utf-8', 'quoted-printable', extra_ct='; format=flowed')
    return write(2, 'italian-agent-confirm-merge', ('merge_confirmation_requested', A_CASE, ['AWS04417829', 'AWS09126654'], True, 'en'),
                 A_ASK_T, A_FROM, A_USER, 'RE:[CASE %s] %s' % (A_CASE, A_SUBJ), body, 'gmail', AWS(), new)


A_CONF_T = T(2025, 5, 27, 12, 3, 40)
A_CONF = """Hi Alessandra,

The details are correct. Please proceed with the merge.

Thanks,
Daniel"""


@mail
def m003():
    t = T(2025, 5, 28, 6, 21, 15)
    new = """Hello Daniel,

Thank you for your confirmation, we have received it correctly.

I already passed your request to the team in charge and we are going to proceed with the unification of the accounts. Normally this process takes between 24 and 72 hours labour days. I will write you again when it is finalized, so you do not need to do nothing in this moment.

Any other doubt, I stay attentive.

Best regards,
Rodrigo F.
Amazon Web Services"""
    quoted = '\n\n' + gmail_attr(A_CONF_T, 'Daniel Okafor', A_USER) + '\n' + qprefix(
        A_CONF + '\n\n' + gmail_attr(A_ASK_T, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' + qprefix(A_ASK))
    text = new + quoted
    body = alt(text)
    return write(3, 'spanish-agent-thanks-will-proceed', ('support_reply', A_CASE, [], True, 'en'),
                 t, A_FROM, A_USER, 'RE:[CASE %s] %s' % (A_CASE, A_SUBJ), body, 'gmail', AWS(), new)


@mail
def m004():
    t = T(2025, 5, 29, 14, 2, 51)
    new = """Hello Daniel,

I am contacting you to inform that the merge of your accounts was concluded with success.

From now on all your certifications stay in the account AWS09126654, and the account AWS04417829 was deactivated. For to access, please make login in the portal with daniel.okafor.cloud@gmail.com. If you had some exam voucher or the 50%% discount benefit, it was also passed to the account that stayed.

The badges in Credly can delay until 48 hours to appear in the new account. If after this time they still don't appear, just answer this e-mail and we verify.

I rest at your disposition.

Atenciosamente / Best regards,
Thiago R.
AWS Training and Certification"""
    body = alt(new, font='Verdana, sans-serif', cte_t='base64', cte_h='base64')
    return write(4, 'portuguese-agent-merge-concluded', ('merge_completed', A_CASE, ['AWS04417829', 'AWS09126654'], True, 'en'),
                 t, A_FROM, A_USER, ewq('RE:[CASE %s] %s' % (A_CASE, A_SUBJ)) if False else 'RE:[CASE %s] %s' % (A_CASE, A_SUBJ),
                 body, 'gmail', AWS(), new)


@mail
def m005():
    t = T(2025, 5, 29, 14, 3, 30)
    new_txt = """Your case has been resolved

Hello,

We have marked your case %s as resolved. We hope we were able to help you today.

Was your issue resolved?
YES  |  NO

How would you rate the support you received from Thiago?
1 - 2 - 3 - 4 - 5

Your feedback helps us improve AWS Training and Certification. The survey takes less than one minute.

If you need more help with this request, reply to this email within 7 days and the case will be reopened.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109""" % A_CASE
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case resolved</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px"><h2 style="margin:0 0 12px">Your case has been resolved</h2>
<p>Hello,</p>
<p>We have marked your case <b>%s</b> as resolved. We hope we were able to help you today.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcRt9aHq2xVmS?caseId=%s&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none">YES</a>
&nbsp; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcRt9aHq2xVmS?caseId=%s&amp;r=no" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Thiago?</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcRt9aHq2xVmS?caseId=%s&amp;s=1">1</a> &middot; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcRt9aHq2xVmS?caseId=%s&amp;s=2">2</a> &middot; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcRt9aHq2xVmS?caseId=%s&amp;s=3">3</a> &middot; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcRt9aHq2xVmS?caseId=%s&amp;s=4">4</a> &middot; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcRt9aHq2xVmS?caseId=%s&amp;s=5">5</a></p>
<p>Your feedback helps us improve AWS Training and Certification. The survey takes less than one minute.</p>
<p style="font-size:12px;color:#545b64">If you need more help with this request, reply to this email within 7 days and the case will be reopened.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#879596">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</td></tr>
</table></td></tr></table></body></html>""" % ((A_CASE,) * 8)
    body = leaf(h, 'html', 'utf-8', 'quoted-printable')
    return write(5, 'case-resolved-survey-html-only', ('survey', A_CASE, [], True, 'en'),
                 t, A_FROM, A_USER, 'Your case %s has been resolved - tell us how we did' % A_CASE, body, 'gmail', AWS(), new_txt)


def credly_html(greet, lead, badge, issuer, button, url, extra=''):
    return """<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f6f6f6">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:20px 30px"><img src="https://images.credly.com/images/credly-logo-orange.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 30px"><p style="font-size:16px">%s</p>
<p style="font-size:16px">%s</p>
<table><tr><td><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="120" alt="badge"></td>
<td style="padding-left:16px"><b style="font-size:18px">%s</b><br><span style="color:#777">Issued by %s</span></td></tr></table>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#ff6b00;color:#fff;padding:14px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>
%s
</td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#999">Credly, Inc. | 13 East 37th Street, New York, NY 10016<br>
You are receiving this email because a badge was issued to this email address. <a href="https://www.credly.com/notification_preferences" style="color:#999">Manage email preferences</a></td></tr>
</table></body></html>""" % (greet, lead, str(rnd.getrandbits(128).to_bytes(16, 'big').hex()[:8]) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12),
                            badge, issuer, url, button, extra)


CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


@mail
def m006():
    t = T(2025, 5, 30, 3, 44, 10)
    url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    new = """Hi Daniel,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

Your badge is ready to accept. Accept it to share your achievement on LinkedIn, add it to your email signature or embed it on your website.

Accept your badge: %s

Credly, Inc. | 13 East 37th Street, New York, NY 10016""" % url
    h = credly_html('Hi Daniel,', 'Amazon Web Services Training and Certification has issued you a new badge.',
                    'AWS Certified Solutions Architect &ndash; Associate', 'Amazon Web Services Training and Certification',
                    'Accept your badge', url)
    body = multi('alternative', [leaf(new, 'plain', 'utf-8', '7bit'), leaf(h, 'html', 'utf-8', 'quoted-printable')])
    return write(6, 'credly-badge-issued-after-merge', ('credly_badge_issued', None, [], True, 'en'),
                 t, CREDLY_FROM, A_USER, 'Daniel, you have a new badge from Amazon Web Services Training and Certification',
                 body, 'gmail', CREDLY(), new, sender='credly', msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), rnd.randint(10, 60)))


# ================================================================ console footers
def console_foot_en(case):
    return """

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Learn to work with the AWS Support Center: https://aws.amazon.com/premiumsupport/knowledge-center/

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""" % case


def console_foot_ja(case):
    return """

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションで接続している場合は、リンクを開く前にログインしてください。）

※このメールは送信専用のアドレスから送信されています。本メールにご返信いただいてもお受けできませんので、同じ件について再度ご連絡いただく場合は上記のリンクをご利用ください。

====================================================================
お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価していただけます。やり取りの右上にある星を選択して評価してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。""" % case


CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# Thread B: Japanese console case, nifty.
B_OPEN = T(2025, 3, 10, 1, 5, 22)
B_CASE = case15(B_OPEN, '11908')
B_USER = 'misaki.sato@nifty.com'
B_SUBJ_JA = '認定アカウントの統合のお願い'


@mail
def m007():
    t = B_OPEN + dt.timedelta(seconds=14)
    new = """Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせいただいた件について、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
お問い合わせ内容:
お世話になっております。会社のメールアドレスで作成した認定アカウントと、個人のメールアドレスで作成したアカウントの二つがあります。一つに統合していただけますでしょうか。個人の方の候補者 ID は AWS11550972 です。""" % (B_CASE, B_CASE, B_SUBJ_JA)
    text = new + console_foot_ja(B_CASE)
    body = leaf(text, 'plain', 'iso-2022-jp', '7bit')
    subj = ewb('Amazon Web Services: 新しいサポートケースをオープンしました: %s' % B_CASE, 'iso-2022-jp')
    return write(7, 'console-case-opened-ja', ('case_created', B_CASE, ['AWS11550972'], True, 'ja'),
                 t, CONSOLE_FROM, B_USER, subj, body, 'nifty', AWS(), new)


@mail
def m008():
    t = T(2025, 3, 11, 0, 37, 5)
    new = """佐藤 美咲 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定サポート担当の山本でございます。

このたびは、認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お手続きを進めるにあたり、恐れ入りますが、以下の情報をご提供いただけますでしょうか。

1. ご提示いただいた AWS11550972 以外の、もう一方のアカウントの候補者 ID（お分かりになる場合）
2. それぞれのアカウントのログイン用メールアドレス
3. 統合後に残すアカウント（存続させるアカウント）はどちらをご希望か

なお、同一のご依頼で新しいケースを作成されますと、対応が遅れる場合がございますので、本ケースにてご返信いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
Amazon Web Services"""
    text = new + console_foot_ja(B_CASE)
    body = leaf(text, 'plain', 'shift_jis', 'base64')
    subj = ewb('RE:[CASE %s] %s' % (B_CASE, B_SUBJ_JA), 'shift_jis')
    return write(8, 'ja-agent-asks-login-emails-sjis', ('support_reply', B_CASE, ['AWS11550972'], True, 'ja'),
                 t, CONSOLE_FROM, B_USER, subj, body, 'nifty', AWS(), new)


@mail
def m009():
    t = T(2025, 3, 12, 2, 14, 48)
    new = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。
ご回答いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の内容にて統合を承ることが可能でございます。

■統合元（統合後に閉鎖されるアカウント）
　候補者 ID: AWS-20873316
　ログインメールアドレス: m.sato@kaisha-sample.co.jp

■統合先（存続するアカウント）
　候補者 ID: AWS-11550972
　ログインメールアドレス: misaki.sato@nifty.com

統合後は、統合元アカウントの認定資格、受験履歴および特典（試験の 50%% 割引バウチャー等）が統合先アカウントへ移行されます。
なお、一度統合を実施いたしますと元に戻すことはできませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、サポートセンターの本ケースより「上記の内容で統合を希望します」とご返信くださいますようお願い申し上げます。ご確認をいただき次第、手続きを開始いたします。

引き続きどうぞよろしくお願いいたします。

山本
Amazon Web Services""".replace('%%', '%')
    text = new + console_foot_ja(B_CASE)
    body = leaf(text, 'plain', 'iso-2022-jp', '7bit')
    subj = ewb('RE:[CASE %s] %s' % (B_CASE, B_SUBJ_JA), 'iso-2022-jp')
    return write(9, 'ja-agent-confirm-source-target', ('merge_confirmation_requested', B_CASE, ['AWS11550972', 'AWS20873316'], True, 'ja'),
                 t, CONSOLE_FROM, B_USER, subj, body, 'nifty', AWS(), new)


@mail
def m010():
    t = T(2025, 3, 13, 6, 50, 31)
    new = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。

ご依頼いただきました認定アカウントの統合が完了いたしましたので、ご報告申し上げます。
今後は候補者 ID AWS11550972（ログインメールアドレス: misaki.sato@nifty.com）にて、すべての認定資格および受験履歴をご確認いただけます。

Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。お時間が経過してもバッジが表示されない場合は、お手数ですが本ケースにてお知らせください。

このたびはご不便をおかけいたしました。今後とも Amazon Web Services をよろしくお願い申し上げます。

山本
Amazon Web Services"""
    text = new + console_foot_ja(B_CASE)
    body = alt(text, cs='utf-8', cte_t='base64', cte_h='base64', font="'Meiryo', sans-serif")
    subj = ewb('RE:[CASE %s] %s' % (B_CASE, B_SUBJ_JA), 'utf-8')
    return write(10, 'ja-agent-merge-complete-utf8', ('merge_completed', B_CASE, ['AWS11550972'], True, 'ja'),
                 t, CONSOLE_FROM, B_USER, subj, body, 'nifty', AWS(), new)


# Thread C: Hindi-speaking agent, 11-digit form case (2023), Outlook.com mailbox.
C_CASE = '13480275911'
C_USER = 'marek.nowak84@outlook.com'
C_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
C_ASK_T = T(2023, 8, 16, 5, 11, 9)
C_ASK = """Hello Marek,

Greetings from AWS Training and Certification!

As per your request we will merge the below accounts. Request you to kindly confirm the below details before we proceed further:

Source account (to be merged) : AWS-30671185 / marek.nowak@baltic-freight.pl
Target account (to be retained) : AWS-37702419 / marek.nowak84@outlook.com

Please note that post merging the same cannot be reverted back and the source account will be deactivated. All the certifications and exam history will be moved in the target account.

Kindly confirm by replying "Yes, I confirm" on this email so that we can do the needful.

Thanks & Regards,
Rahul S.
AWS Training and Certification"""


@mail
def m011():
    t = T(2023, 8, 15, 4, 2, 40)
    new = """Hello Marek,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. I have gone through your query and understood that you are having two certification accounts and want to club them into one.

In order to process your request, kindly share the below details:

1. Login email id of both the accounts
2. Candidate ID of the second account (you have mentioned only AWS 30671185 in the form)
3. Which account you wish to retain post merging

Kindly revert back with the above details at the earliest so that we can do the needful from our end.

Thanks & Regards,
Rahul S.
AWS Training and Certification"""
    body = alt(new, font='Calibri, sans-serif')
    return write(11, 'hindi-agent-asks-details-revert', ('support_reply', C_CASE, ['AWS30671185'], True, 'en'),
                 t, A_FROM, C_USER, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ), body, 'outlook', AWS(), new)


@mail
def m012():
    ut = T(2023, 8, 15, 18, 25, 0)
    user = """Hi Rahul,

1. old: marek.nowak@baltic-freight.pl , new: marek.nowak84@outlook.com
2. I think the new one is AWS37702419
3. keep the outlook one please

Marek"""
    new = C_ASK
    quoted = '\n\n________________________________\n' + outlook_block(
        ut, 'Marek Nowak <marek.nowak84@outlook.com>', 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
        'RE: RE:[CASE %s] %s' % (C_CASE, C_SUBJ)) + '\n\n' + user
    body = alt(new + quoted, font='Calibri, sans-serif')
    return write(12, 'hindi-agent-request-you-confirm', ('merge_confirmation_requested', C_CASE, ['AWS30671185', 'AWS37702419'], True, 'en'),
                 C_ASK_T, A_FROM, C_USER, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ), body, 'outlook', AWS(), new)


@mail
def m013():
    t = T(2023, 8, 18, 6, 40, 12)
    new = """Hello Marek,

Gentle reminder!

We have not received any revert from your end on the below trailing mail. Kindly go through the same and confirm so that we can proceed further with your request.

If we do not hear back from you within 3 business days, the case will be auto-resolved. You can reopen it anytime by simply replying on this mail.

Thanks & Regards,
Rahul S.
AWS Training and Certification"""
    quoted = '\n\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: Wednesday, August 16, 2023 5:11 AM\nTo: marek.nowak84@outlook.com\nSubject: RE:[CASE %s] %s\n\n' % (C_CASE, C_SUBJ) + C_ASK
    body = alt(new + quoted, font='Calibri, sans-serif')
    return write(13, 'hindi-agent-gentle-reminder', ('support_reply', C_CASE, [], True, 'en'),
                 t, A_FROM, C_USER, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ), body, 'outlook', AWS(), new)


@mail
def m014():
    t = T(2023, 8, 22, 9, 3, 55)
    new = """Hello Marek,

Greetings of the day!

We are happy to inform you that both of your certification accounts have been successfully merged as per your confirmation. Now you can login with marek.nowak84@outlook.com and all your certifications will be reflecting under the candidate ID aws37702419.

Kindly note that the digital badges may take 24-48 hrs to reflect in your Credly account. Post that if you are still facing any issue, do let us know.

Thanks & Regards,
Rahul S.
AWS Training and Certification"""
    ut = T(2023, 8, 21, 20, 2, 0)
    quoted = '\n\n________________________________\n' + outlook_block(
        ut, 'Marek Nowak <marek.nowak84@outlook.com>', 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
        'RE: RE:[CASE %s] %s' % (C_CASE, C_SUBJ)) + '\n\nYes, I confirm. Sorry for the late answer, I was on vacation.\n\nMarek'
    body = alt(new + quoted, font='Calibri, sans-serif')
    return write(14, 'hindi-agent-merged-successfully', ('merge_completed', C_CASE, ['AWS37702419'], True, 'en'),
                 t, A_FROM, C_USER, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ), body, 'outlook', AWS(), new)


# Thread D: Filipino agent, console case, Gmail.
D_OPEN = T(2025, 1, 20, 23, 41, 7)
D_CASE = case15(D_OPEN, '70315')
D_USER = 'kevin.tranh.dev@gmail.com'
D_SUBJ = 'Merge two certification accounts'


@mail
def m015():
    t = D_OPEN + dt.timedelta(seconds=6)
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, i have 2 certification account because I used my school email before. IDs are aws 52190348 (school) and AWS 61047725 (gmail). please merge to the gmail one. thanks""" % (D_CASE, D_CASE, D_SUBJ)
    text = new + console_foot_en(D_CASE)
    body = alt(text)
    return write(15, 'console-case-opened-en', ('case_created', D_CASE, ['AWS52190348', 'AWS61047725'], True, 'en'),
                 t, CONSOLE_FROM, D_USER, 'Amazon Web Services: You have opened a new Support case: %s' % D_CASE,
                 body, 'gmail', AWS(), new)


@mail
def m016():
    t = T(2025, 1, 22, 2, 15, 33)
    new = """Hello Kevin,

Good day!

Thank you for reaching out to AWS Training and Certification. My name is Maricel and I will be the one assisting you today. I understand that you would like to merge your two (2) certification accounts, rest assured that I will help you with this.

Before we proceed, kindly double check and confirm the details below:

Primary account (will be retained): AWS61047725 - kevin.tranh.dev@gmail.com
Secondary account (will be merged to the primary and deactivated): AWS52190348 - ktran@student.uni-example.edu

Please be advised that once the accounts are merged, this action can no longer be undone already. Your certifications and exam history from the secondary account will be transferred to the primary account.

Kindly reply "Confirmed" in the Support Center so we can proceed already with the request.

Thank you for your patience and understanding. Keep safe!

Best regards,
Maricel D.
Amazon Web Services"""
    text = new + console_foot_en(D_CASE)
    body = alt(text)
    return write(16, 'filipino-agent-kindly-confirm', ('merge_confirmation_requested', D_CASE, ['AWS52190348', 'AWS61047725'], True, 'en'),
                 t, CONSOLE_FROM, D_USER, 'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), body, 'gmail', AWS(), new)


@mail
def m017():
    t = T(2025, 1, 23, 8, 2, 19)
    new = """Hello Kevin,

Good news! The merging of your certification accounts is already done. All of your certifications are now under AWS61047725 and you may already login using kevin.tranh.dev@gmail.com. Your old account was deactivated already.

With this, I will be resolving this case now. You may receive a short survey after, kindly take a moment to rate my assistance, it will be highly appreciated.

If you have other concerns, do not hesitate to reach out to us.

Best regards,
Maricel D.
Amazon Web Services"""
    text = new + console_foot_en(D_CASE)
    body = alt(text)
    return write(17, 'filipino-agent-done-and-resolving', ('merge_completed', D_CASE, ['AWS61047725'], True, 'en'),
                 t, CONSOLE_FROM, D_USER, 'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), body, 'gmail', AWS(), new)


@mail
def m018():
    t = T(2025, 1, 23, 8, 32, 0)
    new = """Hello,

Your AWS Support case %s has been resolved. We'd like to hear about your experience.

How satisfied were you with the support you received on this case?

Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied

Select a rating: https://console.aws.amazon.com/support/feedback?displayId=%s

Case subject: %s

Thank you for choosing Amazon Web Services.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""" % (D_CASE, D_CASE, D_SUBJ)
    h = to_html(new, font="'Amazon Ember', Helvetica, Arial, sans-serif")
    body = multi('alternative', [leaf(new, 'plain', 'utf-8', '7bit'), leaf(h, 'html', 'utf-8', 'quoted-printable')])
    return write(18, 'console-survey-how-satisfied', ('survey', D_CASE, [], True, 'en'),
                 t, CONSOLE_FROM, D_USER, 'How did we do? Share feedback on case %s' % D_CASE, body, 'gmail', AWS(), new)


# Thread E: Chinese agent, form case 15-digit, hotmail (Outlook).
E_OPEN = T(2025, 7, 2, 3, 27, 51)
E_CASE = case15(E_OPEN, '20614')
E_USER = 'wanglei.cloud@hotmail.com'
E_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
E_Q_T = T(2025, 7, 3, 1, 58, 30)
E_Q = """Dear Customer,

Thanks for your contact with AWS Training and Certification.

About your merge request, after checking in our system, we find there are two certification accounts under your name:

AWS 74410285 - wanglei.cloud@hotmail.com
AWS 74993061 - lei.wang@sz-techpartner.cn

I need to confirm with you which account you want to keep as the main account? The other account will be merged to it. Also please help to provide the reason of merge, this is required by our process.

Please kindly help to check and reply us. Thanks for your understanding and support!

Best Regards,
Jiahui
AWS Training and Certification"""


@mail
def m019():
    new = E_Q
    body = alt(new, font='"Microsoft YaHei", Arial, sans-serif')
    return write(19, 'chinese-agent-which-account-keep', ('support_reply', E_CASE, ['AWS74410285', 'AWS74993061'], True, 'en'),
                 E_Q_T, A_FROM, E_USER, 'RE:[CASE %s] %s' % (E_CASE, E_SUBJ), body, 'outlook', AWS(), new)


E_U_T = T(2025, 7, 3, 9, 12, 4)
E_U = """Hello Jiahui,
Please keep the hotmail one (AWS74410285). The other one was created by my previous employer when they bought exam voucher for me. I left that company.
Thanks
Wang Lei"""
E_C_T = T(2025, 7, 4, 2, 6, 44)
E_C = """Dear Wang Lei,

Thanks for your reply.

Please help to confirm below information is correct:

The account AWS74993061 (lei.wang@sz-techpartner.cn) will be merged into the account AWS74410285 (wanglei.cloud@hotmail.com). After merge, only AWS74410285 will be keep, and AWS74993061 cannot login any more. All the certification record will be moved together.

Kindly be noted the merge operation is not reversible. If no problem, please reply "confirm" to this email, then we will arrange the merge for you.

Best Regards,
Jiahui
AWS Training and Certification"""


@mail
def m020():
    new = E_C
    quoted = '\n\n' + gmail_attr(E_U_T, 'Wang Lei', E_USER) + '\n' + qprefix(E_U)
    body = alt(new + quoted, font='"Microsoft YaHei", Arial, sans-serif')
    return write(20, 'chinese-agent-help-to-confirm', ('merge_confirmation_requested', E_CASE, ['AWS74410285', 'AWS74993061'], True, 'en'),
                 E_C_T, A_FROM, E_USER, 'RE:[CASE %s] %s' % (E_CASE, E_SUBJ), body, 'outlook', AWS(), new)


@mail
def m021():
    t = T(2025, 7, 4, 8, 40, 2)
    new = """Dear Wang Lei,

Well received your confirmation, thank you.

Now your request is submitted to our backend team and they are processing, please wait patiently. Usually it need 1-3 working days. Once the merge is finished, we will inform you at the first time, no need to create new case.

Best Regards,
Jiahui
AWS Training and Certification"""
    ut = T(2025, 7, 4, 7, 55, 0)
    quoted = ('\n\n' + gmail_attr(ut, 'Wang Lei', E_USER) + '\n' +
              qprefix('confirm\n\n' + gmail_attr(E_C_T, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' + qprefix(E_C)))
    body = alt(new + quoted, font='"Microsoft YaHei", Arial, sans-serif')
    return write(21, 'chinese-agent-please-wait-patiently', ('support_reply', E_CASE, [], True, 'en'),
                 t, A_FROM, E_USER, 'RE:[CASE %s] %s' % (E_CASE, E_SUBJ), body, 'outlook', AWS(), new)


@mail
def m022():
    t = T(2025, 7, 7, 6, 18, 27)
    new = """Dear Wang Lei,

Good day. Your accounts merge has been finished successfully.

Now you can login the certification account AWS74410285 with wanglei.cloud@hotmail.com to check all your certifications, the history of AWS74993061 is also moved in. Please kindly check it, if anything is not correct please tell us in this case.

Thanks again for your patience and have a nice day!

Best Regards,
Jiahui
AWS Training and Certification"""
    body = alt(new, cte_t='base64', cte_h='base64', font='"Microsoft YaHei", Arial, sans-serif')
    return write(22, 'chinese-agent-merge-finished', ('merge_completed', E_CASE, ['AWS74410285', 'AWS74993061'], True, 'en'),
                 t, A_FROM, E_USER, 'RE:[CASE %s] %s' % (E_CASE, E_SUBJ), body, 'outlook', AWS(), new)


# Thread F: Korean agent, console case, Gmail.
F_OPEN = T(2025, 9, 8, 12, 4, 39)
F_CASE = case15(F_OPEN, '40057')
F_USER = 'ana.p.lima.br@gmail.com'
F_SUBJ = 'Request to merge certification account'


@mail
def m023():
    t = T(2025, 9, 9, 1, 33, 12)
    new = """Hello Ana,

This is Minseo from AWS Training and Certification. Thank you for waiting.

We would like to confirm about your merge request. Below accounts will be merge:

- AWS-88120437 (ana.lima@fintech-sp.com.br) : will be merged and closed
- AWS-88654210 (ana.p.lima.br@gmail.com) : will be remain as main account

Please be noticed that after merge is completed, it cannot be revert to before status. If you are agree with above, please reply to this case with your confirmation. Once we receive your reply, we will process the merge within 1-2 business days and after merge is completed we will let you know.

Thank you.

Best regards,
Minseo K.
Amazon Web Services"""
    text = new + console_foot_en(F_CASE)
    body = alt(text)
    return write(23, 'korean-agent-below-accounts-will-be-merge', ('merge_confirmation_requested', F_CASE, ['AWS88120437', 'AWS88654210'], True, 'en'),
                 t, CONSOLE_FROM, F_USER, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), body, 'gmail', AWS(), new)


@mail
def m024():
    t = T(2025, 9, 10, 0, 52, 3)
    new = """Hello Ana,

Thank you for your confirmation.

Before we process, I have one more question to check. The name registered in two accounts is different: "Ana Lima" in AWS88120437 and "Ana Paula Lima" in AWS88654210. Which name do you want to use for your certificate? Because the name of certificate and transcript will follow the main account, if you want to change it, please tell me the exact name as same as your ID document.

After we receive your answer, we will continue.

Best regards,
Minseo K.
Amazon Web Services"""
    text = new + console_foot_en(F_CASE)
    body = alt(text)
    return write(24, 'korean-agent-asks-which-name', ('support_reply', F_CASE, ['AWS88120437', 'AWS88654210'], True, 'en'),
                 t, CONSOLE_FROM, F_USER, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), body, 'gmail', AWS(), new)


@mail
def m025():
    t = T(2025, 9, 11, 5, 7, 45)
    new = """Hello Ana,

Merge is completed now. Your all certifications (including AWS Certified Cloud Practitioner and AWS Certified Developer - Associate) is moved to AWS 88654210, and the name is kept as "Ana Paula Lima" as you asked.

Please sign out once and sign in again to see the updated information. The old account cannot be used anymore.

Best regards,
Minseo K.
Amazon Web Services"""
    text = new + console_foot_en(F_CASE)
    body = alt(text)
    return write(25, 'korean-agent-merge-is-completed-now', ('merge_completed', F_CASE, ['AWS88654210'], True, 'en'),
                 t, CONSOLE_FROM, F_USER, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), body, 'gmail', AWS(), new)


@mail
def m026():
    t = T(2025, 9, 15, 2, 20, 8)
    new = """Hello Ana,

Because there is no more reply from you since my last message, I think your issue is solved and I will close this case now.

If you are satisfied with my support, please rate this correspondence by selecting the stars in the top right corner in the Support Center. Your rating is very helpful to me.

Thank you and have a good day.

Best regards,
Minseo K.
Amazon Web Services"""
    text = new + console_foot_en(F_CASE)
    body = alt(text)
    return write(26, 'korean-agent-closing-please-rate', ('survey', F_CASE, [], True, 'en'),
                 t, CONSOLE_FROM, F_USER, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), body, 'gmail', AWS(), new)


# Thread G: Arabic-speaking agent, form case, Gmail.
G_OPEN = T(2025, 2, 16, 19, 55, 2)
G_CASE = case15(G_OPEN, '08833')
G_USER = 'fz.bennani.aws@gmail.com'
G_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


@mail
def m027():
    t = T(2025, 2, 18, 10, 14, 37)
    new = """Dear Fatima Zahra,

Greetings from AWS Training and Certification team.

Kindly be informed that we have received your request regarding your certification accounts and it is under processing from our side now. We are checking the information with the concerned team and we will update you as soon as possible.

Kindly note that opening another case for the same request will only delay the process, so please keep all the communication on this case.

Thank you for your patience.

Best regards,
Youssef A.
AWS Training and Certification"""
    body = leaf(new, 'plain', 'utf-8', 'quoted-printable')
    return write(27, 'arabic-agent-under-processing', ('support_reply', G_CASE, [], True, 'en'),
                 t, A_FROM, G_USER, 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ), body, 'gmail', AWS(), new)


@mail
def m028():
    t = T(2025, 2, 19, 11, 30, 50)
    new = """Dear Fatima Zahra,

Hope this email finds you well.

Kindly be informed that after checking we found the two accounts below registered with your name:

1) Candidate ID AWS00731962 - registered with fatima.bennani@univ-casablanca.example.ma
2) Candidate ID AWS01482295 - registered with fz.bennani.aws@gmail.com

Kindly confirm that you want to merge the account AWS00731962 into the account AWS01482295, which will be the main one. Kindly take in consideration that this action is final and cannot be reversed after it is done.

Once the merge is complete we will send you a confirmation email and all your certifications will appear in the main account.

Waiting your kind confirmation.

Best regards,
Youssef A.
AWS Training and Certification"""
    body = alt(new)
    return write(28, 'arabic-agent-kindly-confirm-merge-into', ('merge_confirmation_requested', G_CASE, ['AWS00731962', 'AWS01482295'], True, 'en'),
                 t, A_FROM, G_USER, 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ), body, 'gmail', AWS(), new)


@mail
def m029():
    t = T(2025, 2, 21, 9, 2, 16)
    new = """Dear Fatima Zahra,

Thank you for your patience.

Kindly be informed that the merge has been done successfully from our side. Your certifications are now all available under the main account AWS01482295 and you can sign in with fz.bennani.aws@gmail.com as usual.

If you face any issue, kindly do not hesitate to contact us.

Best regards,
Youssef A.
AWS Training and Certification"""
    ut = T(2025, 2, 19, 22, 41, 0)
    quoted = '\n\n' + gmail_attr(ut, 'Fatima Zahra Bennani', G_USER) + '\n' + qprefix(
        "Dear Youssef,\nI confirm, please merge AWS00731962 into AWS01482295.\nThank you very much,\nFatima Zahra")
    body = alt(new + quoted)
    return write(29, 'arabic-agent-merge-has-been-done', ('merge_completed', G_CASE, ['AWS01482295'], True, 'en'),
                 t, A_FROM, G_USER, 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ), body, 'gmail', AWS(), new)


@mail
def m030():
    t = T(2025, 2, 24, 8, 45, 3)
    new = """Dear Fatima Zahra,

Regarding your question about the exam discount, kindly be informed that the 50% discount voucher you got from your previous certification is now visible in the "Benefits" section of your account AWS 01482295. It is valid until the same expiry date as before, nothing is changed.

Kindly let us know if there is anything else we can help you with.

Best regards,
Youssef A.
AWS Training and Certification"""
    ut = T(2025, 2, 22, 14, 3, 0)
    quoted = '\n\n' + gmail_attr(ut, 'Fatima Zahra Bennani', G_USER) + '\n' + qprefix(
        "Hello Youssef,\nThank you, I see my certifications now. But I do not find my 50% voucher, was it moved too?\nFatima Zahra\n\n" +
        gmail_attr(t - dt.timedelta(days=3, hours=-0.3), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') +
        '\n' + qprefix('Dear Fatima Zahra,\n\nKindly be informed that the merge has been done successfully from our side. [...]'))
    body = alt(new + quoted)
    return write(30, 'arabic-agent-voucher-question', ('support_reply', G_CASE, ['AWS01482295'], True, 'en'),
                 t, A_FROM, G_USER, 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ), body, 'gmail', AWS(), new)


def OTHER(dkim_d, header_from, mailfrom, ip, helo, **kw):
    d = dict(dkim_d=dkim_d, header_from=header_from, mailfrom=mailfrom, ip=ip, helo=helo, sel=kw.pop('sel', 's1'))
    d.update(kw)
    return d


# Thread H: Russian-speaking agent, form case, Japanese user on a sakura-hosted domain.
H_OPEN = T(2024, 11, 5, 4, 18, 9)
H_CASE = case15(H_OPEN, '91244')
H_USER = 'h.tanaka@tanaka-design.jp'
H_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
H_ASK_T = T(2024, 11, 5, 13, 40, 26)
H_ASK = """Good day, Hiroshi.

My name is Dmitry, I am specialist of AWS Training and Certification support.

I checked your accounts. Please confirm that account AWS 23309871 (hiroshi.tanaka@old-agency.jp) must be merged to account AWS 23418806 (h.tanaka@tanaka-design.jp).

After merging, old account will be deactivated and it is impossible to restore it. All exam history, certificates and benefits will be transferred to account which stays.

Waiting for your confirmation.

With best regards,
Dmitry V.
AWS Training and Certification"""


@mail
def m031():
    new = H_ASK
    body = leaf(new, 'plain', 'utf-8', 'quoted-printable')
    return write(31, 'russian-agent-please-confirm-must-be-merged', ('merge_confirmation_requested', H_CASE, ['AWS23309871', 'AWS23418806'], True, 'en'),
                 H_ASK_T, A_FROM, H_USER, 'RE:[CASE %s] %s' % (H_CASE, H_SUBJ), body, 'sakura', AWS(), new)


@mail
def m032():
    t = T(2024, 11, 7, 6, 12, 0)
    new = """Hiroshi, good day.

Merge was successfully performed. Now in account AWS23418806 you can see all 3 certifications, old account AWS23309871 is closed.

If something is missing, write me in this case.

With best regards,
Dmitry V.
AWS Training and Certification"""
    ut = T(2024, 11, 6, 0, 2, 0)
    user = ('Dmitry-san,\n\nThank you. I confirm. Please merge AWS23309871 to AWS23418806.\n\nBest regards,\nHiroshi Tanaka\n\n' +
            jp_attr(H_ASK_T, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' + qprefix(H_ASK))
    quoted = '\n\n---- Original Message ----\nFrom: 田中 宏 <h.tanaka@tanaka-design.jp>\nDate: 2024/11/06 09:02\nSubject: Re: RE:[CASE %s] %s\n\n' % (H_CASE, H_SUBJ) + user
    body = alt(new + quoted)
    return write(32, 'russian-agent-merge-was-performed', ('merge_completed', H_CASE, ['AWS23309871', 'AWS23418806'], True, 'en'),
                 t, A_FROM, H_USER, 'RE:[CASE %s] %s' % (H_CASE, H_SUBJ), body, 'sakura', AWS(), new)


@mail
def m033():
    t = T(2024, 11, 11, 7, 33, 41)
    new = """Hiroshi, hello.

About Credly. Badges in Credly is not moved automatically in your case, because your Credly profile is registered on other email (old agency address). I have sent request to Credly team for transfer of badges, this can take up to 5 working days. New badges will come to h.tanaka@tanaka-design.jp and you must accept them.

Case I leave open until you confirm that badges are arrived.

With best regards,
Dmitry V.
AWS Training and Certification"""
    ut = T(2024, 11, 8, 1, 15, 0)
    quoted = '\n\n' + jp_attr(ut, '田中 宏', H_USER) + '\n' + qprefix(
        'Dmitry-san,\nThank you, I see the certifications. But in Credly I still see only 1 badge. What should I do?\nHiroshi')
    body = alt(new + quoted)
    return write(33, 'russian-agent-credly-request-sent', ('support_reply', H_CASE, [], True, 'en'),
                 t, A_FROM, H_USER, 'RE:[CASE %s] %s' % (H_CASE, H_SUBJ), body, 'sakura', AWS(), new)


@mail
def m034():
    t = T(2020, 10, 2, 16, 21, 5)
    url = 'https://www.youracclaim.com/badges/%s-%s-%s-%s-%s/accept' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    new = """Hello Carlos,

Your badge from Amazon Web Services Training and Certification is ready to accept!

AWS Certified SysOps Administrator - Associate

Acclaim makes it easy to share your verified achievement with employers and your professional network. Click the button below to accept your badge.

Accept Badge: %s

Acclaim | Pittsburgh, PA
This message was sent by Acclaim on behalf of Amazon Web Services Training and Certification.""" % url
    h = credly_html('Hello Carlos,', 'Your badge from Amazon Web Services Training and Certification is ready to accept!',
                    'AWS Certified SysOps Administrator &ndash; Associate', 'Amazon Web Services Training and Certification', 'Accept Badge', url)
    body = multi('alternative', [leaf(new, 'plain', 'utf-8', 'quoted-printable'), leaf(h, 'html', 'utf-8', 'quoted-printable')])
    return write(34, 'acclaim-badge-ready-to-accept-2020', ('credly_badge_issued', None, [], True, 'en'),
                 t, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', 'carlos.mendez.ops@gmail.com',
                 'Your badge from Amazon Web Services Training and Certification is ready to accept', body, 'gmail',
                 OTHER('youracclaim.com', 'youracclaim.com', 'bounces+3318762-aa01-carlos.mendez.ops=gmail.com@em.youracclaim.com',
                       '167.89.%d.%d' % (rnd.randint(1, 120), rnd.randint(2, 250)), 'o1.ptr2211.youracclaim.com', pol='NONE'),
                 new, sender='credly', dkim_sign=[('youracclaim.com', 's1')], msgid='<%s@ismtpd0004p1iad2.sendgrid.net>' % ralnum(22))


@mail
def m035():
    t = T(2025, 7, 8, 11, 4, 20)
    url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    new = """Hi Wang,

Amazon Web Services Training and Certification sent you a badge.

Following an update to your certification record, your badge "AWS Certified Developer - Associate" has been issued to wanglei.cloud@hotmail.com. Claim it to keep your verified achievements in one place.

Accept your badge: %s

Questions? Visit https://support.credly.com

Credly, Inc. | 13 East 37th Street, New York, NY 10016""" % url
    h = credly_html('Hi Wang,', 'Following an update to your certification record, Amazon Web Services Training and Certification sent you a badge.',
                    'AWS Certified Developer &ndash; Associate', 'Amazon Web Services Training and Certification', 'Accept your badge', url)
    body = multi('alternative', [leaf(new, 'plain', 'utf-8', 'base64'), leaf(h, 'html', 'utf-8', 'base64')])
    return write(35, 'credly-badge-sent-after-record-update', ('credly_badge_issued', None, [], True, 'en'),
                 t, CREDLY_FROM, E_USER, 'Amazon Web Services Training and Certification sent you a badge', body, 'outlook',
                 CREDLY(), new, sender='credly', msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), rnd.randint(10, 60)))


@mail
def m036():
    t = T(2025, 6, 14, 15, 0, 7)
    url = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    new = """Hi Daniel,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on September 12, 2025.

To keep your badge active, check the issuer's requirements for renewal. Once you meet them, a renewed badge will be issued to you.

View badge: %s

Credly, Inc. | 13 East 37th Street, New York, NY 10016
Unsubscribe from expiration reminders: https://www.credly.com/notification_preferences""" % url
    h = credly_html('Hi Daniel,', 'Your badge will expire on September 12, 2025. Check the issuer\'s requirements to keep it active.',
                    'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification', 'View badge', url)
    body = multi('alternative', [leaf(new, 'plain', 'utf-8', 'quoted-printable'), leaf(h, 'html', 'utf-8', 'quoted-printable')])
    return write(36, 'credly-badge-expiry-reminder', ('unrelated', None, [], True, 'en'),
                 t, '"Credly" <admin@credly.com>', A_USER, 'Your badge is expiring soon: AWS Certified Cloud Practitioner', body, 'gmail',
                 CREDLY(), new, sender='credly', msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), rnd.randint(10, 60)))


@mail
def m037():
    t = T(2025, 7, 9, 2, 41, 55)
    code = '%06d' % rnd.randint(0, 999999)
    url = 'https://www.credly.com/users/account_merge/confirm?token=%s' % rhex(32)
    new = """Hi Wang,

We received a request to merge the Credly account lei.wang@sz-techpartner.cn into your account wanglei.cloud@hotmail.com.

Your verification code is: %s

Enter this code on the Credly website, or click the button below to finish. Badges, connections and settings from the other account will move to this account.

Complete Account Merge: %s

This code expires in 30 minutes. If you did not request this, you can ignore this email.

Credly, Inc. | 13 East 37th Street, New York, NY 10016""" % (code, url)
    h = credly_html('Hi Wang,', 'We received a request to merge the Credly account lei.wang@sz-techpartner.cn into your account. Your verification code is <b style="font-size:22px;letter-spacing:3px">%s</b>' % code,
                    'Account merge', 'Credly', 'Complete Account Merge', url)
    body = multi('alternative', [leaf(new, 'plain', 'utf-8', 'quoted-printable'), leaf(h, 'html', 'utf-8', 'quoted-printable')])
    return write(37, 'credly-self-service-merge-code', ('unrelated', None, [], True, 'en'),
                 t, '"Credly" <admin@credly.com>', E_USER, 'Confirm your Credly account merge', body, 'outlook',
                 CREDLY(), new, sender='credly', msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), rnd.randint(10, 60)))


@mail
def m038():
    t = T(2025, 5, 29, 17, 26, 40)
    cid = '5912377408'
    new = """Hello,

Thank you for your patience while we were investigating the issue with your listings.

We have merged the duplicate detail pages as per your request. ASIN B0CK7Q2ZLM has been merged into ASIN B0CK7P9XWT and the variations are now showing under the single parent. Kindly allow 24-48 hours for the changes to reflect on the website.

We request you to not create a new case for this same issue, you can reply on this case itself if the issue persists.

We value your feedback. Please rate my response using the link below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Thanks and regards,
Karthik
Amazon Selling Partner Support""" % cid
    body = alt(new)
    return write(38, 'seller-central-case-asin-merged', ('unrelated', cid, [], True, 'en'),
                 t, '"Amazon Selling Partner Support" <sellersupport-noreply@amazon.com>', A_USER,
                 'RE:[CASE %s] Duplicate listings - please merge ASIN' % cid, body, 'gmail', AWS(), new)


@mail
def m039():
    o = T(2025, 5, 31, 20, 3, 11)
    cid = case15(o, '35510')
    t = T(2025, 6, 2, 8, 17, 2)
    new = """Hello Daniel,

Thank you for contact AWS Billing and Accounts support. My name is Lucía.

I have been revising your invoice of May and effectively there is a double charge of 14.20 USD for the same Route 53 hosted zone, because the account 4821-7730-1956 is paying both as payer and as member during the migration to the organization. I already requested the refund to the correspondent team, you will see the credit in your next invoice in 5 to 7 working days.

Please don't hesitate to write us if you have some other doubt about this.

Best regards,
Lucía G.
Amazon Web Services"""
    text = new + console_foot_en(cid)
    body = alt(text)
    return write(39, 'spanish-agent-billing-double-charge', ('unrelated', cid, [], True, 'en'),
                 t, CONSOLE_FROM, A_USER, 'RE:[CASE %s] Double charge in May invoice' % cid, body, 'gmail', AWS(), new)


@mail
def m040():
    o = T(2025, 1, 24, 6, 55, 40)
    cid = case15(o, '12607')
    t = T(2025, 1, 24, 14, 8, 26)
    new = """Hello Kevin,

Greetings from AWS Support!

I would like to inform you that your limit increase request for "Running On-Demand G and VT instances" in the region US East (N. Virginia) has been approved and the new quota value of 8 vCPUs has been updated in your account.

Kindly note it may take up to 30 minutes for the new value to be reflected in the Service Quotas console. Request you to verify the same from your end and revert back in case of any issue.

Have a great day ahead!

Best regards,
Nikhil P.
Amazon Web Services"""
    text = new + console_foot_en(cid)
    body = alt(text)
    return write(40, 'indian-agent-quota-increase-approved', ('unrelated', cid, [], True, 'en'),
                 t, CONSOLE_FROM, D_USER, 'RE:[CASE %s] Limit Increase: EC2 Instances' % cid, body, 'gmail', AWS(), new)


@mail
def m041():
    t = T(2025, 6, 3, 18, 40, 0)
    new = """AWS Certification wants to hear from you

Dear Daniel Okafor,

Thank you for being part of the AWS Certification community. We are always looking for ways to improve the certification experience, and we would like to hear about yours.

The survey takes about 10 minutes. Your answers are confidential and will be used only in aggregate.

AWS Certification Account: AWS09126654

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=%s

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored.""" % rhex(32)
    body = alt(new, font='Tahoma, sans-serif')
    return write(41, 'certmetrics-wants-to-hear-from-you', ('unrelated', None, ['AWS09126654'], False, 'en'),
                 t, '"AWS Certification" <do-not-reply@certmetrics.com>', A_USER, 'AWS Certification wants to hear from you', body, 'gmail',
                 OTHER('certmetrics.com', 'certmetrics.com', 'bounce-%d@mail.certmetrics.com' % rnd.randint(100000, 999999),
                       '198.2.%d.%d' % (rnd.randint(128, 191), rnd.randint(2, 250)), 'mail%d.certmetrics.com' % rnd.randint(1, 9), pol='NONE'),
                 new, sender='other', dkim_sign=[('certmetrics.com', 'k1')], msgid='<%s.%d@certmetrics.com>' % (rhex(16), rnd.randint(1000, 9999)))


@mail
def m042():
    t = T(2025, 3, 1, 10, 22, 31)
    new = """Dear Fatima Zahra Bennani,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: English
Candidate ID: AWS01482295
Registration ID: 481227903
Appointment: Saturday, March 22, 2025 at 10:00 AM Africa/Casablanca
Delivery method: Online proctored (OnVUE)

Before your exam, run the system test from the same computer and network you will use on exam day. Check-in opens 30 minutes before your appointment.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE

This message was sent to you by Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437, USA.""".replace('—', '-')
    body = alt(new, font='Georgia, serif', cte_t='quoted-printable', cte_h='base64')
    return write(42, 'pearson-vue-appointment-confirmation', ('unrelated', None, ['AWS01482295'], False, 'en'),
                 t, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', G_USER,
                 'Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Associate', body, 'gmail',
                 OTHER('pearson.com', 'pearson.com', 'pvue-bounces@e.pearson.com', '13.111.%d.%d' % (rnd.randint(1, 99), rnd.randint(2, 250)),
                       'mta%d.e.pearson.com' % rnd.randint(1, 9), pol='REJECT'),
                 new, sender='other', dkim_sign=[('pearson.com', '200608')], msgid='<%s@ind1s06mta.pearson.com>' % rhex(20))


@mail
def m043():
    t = T(2025, 6, 4, 6, 11, 48)
    new = """Merged #42 into main.

feat(auth): merge duplicate user accounts on login

- if two accounts has same verified email, we merge them in one (keep the older)
- move sessions and api keys to the survived account
- add migration 0023_account_merge

--
Reply to this email directly, view it on GitHub:
https://github.com/minjun-dev/cert-tracker/pull/42#event-17733045122
You are receiving this because you were mentioned.

Message ID: <minjun-dev/cert-tracker/pull/42/issue_event/17733045122@github.com>"""
    h = to_html(new, font='-apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif')
    body = multi('alternative', [leaf(new, 'plain', 'UTF-8', '7bit'), leaf(h, 'html', 'UTF-8', '7bit')])
    return write(43, 'github-pr-merged-notification', ('unrelated', None, [], False, 'en'),
                 t, '"Kim Minjun" <notifications@github.com>', A_USER, 'Re: [minjun-dev/cert-tracker] feat(auth): merge duplicate user accounts on login (PR #42)',
                 body, 'gmail', OTHER('github.com', 'github.com', 'noreply@github.com', '192.30.252.%d' % rnd.randint(200, 210), 'out-%d.smtp.github.com' % rnd.randint(20, 28), pol='REJECT'),
                 new, sender='other', dkim_sign=[('github.com', 'pf2023')], msgid='<minjun-dev/cert-tracker/pull/42/issue_event/17733045122@github.com>',
                 extra=[('X-GitHub-Reason', 'mention'), ('List-ID', 'minjun-dev/cert-tracker <cert-tracker.minjun-dev.github.com>')])


@mail
def m044():
    t = T(2025, 9, 12, 13, 29, 3)
    new = """Merge request !17 was merged

Project: platform-team / cert-sync
Branch: feature/merge-candidate-records -> main
Author: Rafael Souza

Merge request !17 "Unify candidate records when two accounts is merged" was merged by Ana Paula Lima.

https://gitlab.com/platform-team/cert-sync/-/merge_requests/17

--
Reply to this email directly or view it on GitLab.
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread | Manage all notifications | Help"""
    body = alt(new, font='"GitLab Sans", Helvetica, Arial, sans-serif')
    return write(44, 'gitlab-merge-request-merged', ('unrelated', None, [], False, 'en'),
                 t, '"Ana Paula Lima (@anaplima)" <gitlab@mg.gitlab.com>', F_USER, 'Re: cert-sync | Unify candidate records when two accounts is merged (!17)',
                 body, 'gmail', OTHER('mg.gitlab.com', 'mg.gitlab.com', 'bounce+1a2b3c.%s-%s=gmail.com@mg.gitlab.com' % (rhex(6), F_USER.split('@')[0]),
                                      '192.237.158.%d' % rnd.randint(2, 250), 'so254-%d.mailgun.net' % rnd.randint(10, 90), pol='NONE'),
                 new, sender='other', dkim_sign=[('mg.gitlab.com', 'mailo')], msgid='<merge_request_3901872_%s@gitlab.com>' % rhex(8),
                 extra=[('X-GitLab-Project', 'cert-sync'), ('X-GitLab-MergeRequest-IID', '17'), ('X-GitLab-NotificationReason', 'assigned')])


@mail
def m045():
    t = T(2025, 8, 20, 16, 0, 2)
    txt = """AWS Training and Certification | August news

New in AWS Skill Builder
Build hands-on skills with 20 new AWS Builder Labs, including generative AI on Amazon Bedrock.

Certification updates
- The AWS Certified Machine Learning Engineer - Associate exam is now available in Korean, Portuguese (Brazil) and Spanish (Latin America).
- Earned a certification? Remember: your 50% discount benefit for your next exam is in the Benefits section of your AWS Certification Account.

Events
Join AWS Training Live on Twitch every Tuesday.

You are receiving this email because you subscribed to AWS Training and Certification communications.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109."""
    h = """<html><head><meta charset="utf-8"><style>td{font-family:'Amazon Ember',Arial,sans-serif}</style></head><body style="background:#fafafa">
<table width="640" align="center" style="background:#fff"><tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:20px">AWS Training and Certification &middot; August news</td></tr>
<tr><td style="padding:20px"><h3>New in AWS Skill Builder</h3><p>Build hands-on skills with 20 new AWS Builder Labs, including generative AI on Amazon Bedrock.</p>
<h3>Certification updates</h3><ul><li>The AWS Certified Machine Learning Engineer &ndash; Associate exam is now available in Korean, Portuguese (Brazil) and Spanish (Latin America).</li>
<li>Earned a certification? Remember: your 50%% discount benefit for your next exam is in the Benefits section of your AWS Certification Account.</li></ul>
<h3>Events</h3><p>Join AWS Training Live on Twitch every Tuesday.</p></td></tr>
<tr><td style="font-size:11px;color:#777;padding:20px">You are receiving this email because you subscribed to AWS Training and Certification communications.<br>
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a><br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</td></tr></table>
<img src="https://pages.awscloud.com/trk/o/%s.gif" width="1" height="1"></body></html>""" % rhex(24)
    body = multi('alternative', [leaf(txt, 'plain', 'utf-8', 'quoted-printable'), leaf(h, 'html', 'utf-8', 'quoted-printable')])
    return write(45, 'aws-tc-newsletter-august', ('unrelated', None, [], True, 'en'),
                 t, '"AWS Training and Certification" <aws-training-certification@amazon.com>', F_USER,
                 'Your August update from AWS Training and Certification', body, 'gmail', AWS(), txt,
                 extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])


@mail
def m046():
    t = T(2025, 6, 9, 22, 47, 13)
    new = """Dear AWS Customer,

We was unable to process the payment for your account in the last billing cycle. Due to this reason your AWS services has been temporarily suspended and your resources will be delete in 24 hours.

For reactivate your account immediately please update your billing information in the secure link below:

https://aws-billing-console-verify.com/signin?session=%s

If you already paid, please ignore this message.

Regards,
AWS Billing Department
Amazon Web Services, Inc.""" % rhex(20)
    body = alt(new)
    return write(46, 'phishing-billing-suspended-lookalike', ('unrelated', None, [], False, 'en'),
                 t, '"Amazon Web Services" <billing@aws-billing-console-verify.com>', A_USER,
                 'Action Required: Your AWS account has been suspended', body, 'gmail',
                 OTHER('aws-billing-console-verify.com', 'aws-billing-console-verify.com', 'billing@aws-billing-console-verify.com',
                       '185.220.%d.%d' % (rnd.randint(100, 110), rnd.randint(2, 250)), 'mail.aws-billing-console-verify.com', pol='NONE'),
                 new, sender='other', dkim_sign=[('aws-billing-console-verify.com', 'default')], msgid='<%s@aws-billing-console-verify.com>' % rhex(16))


@mail
def m047():
    t = T(2025, 1, 22, 4, 3, 9)
    fake_case = case15(T(2025, 1, 21, 7, 30, 12), '55210')
    new = """Hello Kevin,

This is AWS Training and Certification. Regarding your request of merge the certification accounts AWS52190348 and AWS61047725, we need you confirm the merge before we can proceed.

Please confirm the merge by sign in with BOTH accounts in the secure verification page below, in the next 12 hours. If not confirmed, the request will be cancelled and your certifications could be lost.

Confirm merge now: https://aws-certification-support.com/merge/confirm?case=%s

Best regards,
AWS Training and Certification Team""" % fake_case
    body = alt(new)
    return write(47, 'phishing-lookalike-confirm-merge', ('merge_confirmation_requested', fake_case, ['AWS52190348', 'AWS61047725'], False, 'en'),
                 t, '"AWS Training and Certification" <support@aws-certification-support.com>', D_USER,
                 'RE:[CASE %s] Confirm your account merge' % fake_case, body, 'gmail',
                 OTHER('aws-certification-support.com', 'aws-certification-support.com', 'bounce@aws-certification-support.com',
                       '45.137.%d.%d' % (rnd.randint(20, 30), rnd.randint(2, 250)), 'smtp.aws-certification-support.com', pol='NONE'),
                 new, sender='other', dkim_sign=[('aws-certification-support.com', 'mail')], msgid='<%s@aws-certification-support.com>' % rhex(18))


@mail
def m048():
    t = T(2025, 7, 5, 10, 51, 0)
    new = """Dear customer,

Your accounts merge is now completed. The account AWS74993061 was merged in AWS74410285.

To finish the transfer of your certifications, a re-issue fee of 25 USD must be paid within 48 hours, otherwise the certifications of the merged account will be revoked. Please open the attached form and complete the payment.

Best Regards,
AWS Training and Certification"""
    h = to_html(new)
    att = Message()
    att['Content-Type'] = 'text/html; charset="utf-8"; name="Certification_Transfer_Form.html"'
    att['Content-Disposition'] = 'attachment; filename="Certification_Transfer_Form.html"'
    att['Content-Transfer-Encoding'] = 'base64'
    att.set_payload(base64.encodebytes(b'<html><body><form action="https://certif-transfer-pay.top/p.php" method="post"><input name="cc"><input name="cvv"></form></body></html>').decode())
    body = multi('mixed', [multi('alternative', [leaf(new, 'plain', 'utf-8', 'quoted-printable'), leaf(h, 'html', 'utf-8', 'quoted-printable')]), att])
    auth = OTHER('amazon.com', 'amazon.com', 'aws-cs-trainingcertification-form@amazon.com', '103.151.%d.%d' % (rnd.randint(1, 200), rnd.randint(2, 250)),
                 'vps-%d.hostingcloud.top' % rnd.randint(1000, 9999), dkim='none', spf='fail', dmarc='fail')
    forged = ('amazon.com;\n\tdkim=pass header.d=amazon.com header.s=rjvqoq5k2qsabu5a76ipgu6s6wa7u3;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdmarc=pass header.from=amazon.com')
    return write(48, 'spoofed-merge-completed-dmarc-fail', ('merge_completed', E_CASE, ['AWS74410285', 'AWS74993061'], False, 'en'),
                 t, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', E_USER,
                 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE, body, 'outlook', auth,
                 new, sender='other', dkim_sign=[], forged_ar=forged, msgid='<%s@vps-host.localdomain>' % rhex(16))


@mail
def m049():
    t = T(2025, 3, 15, 14, 9, 33)
    url = 'https://credly-badges.net/claim/%s' % rhex(24)
    new = """Hi Misaki,

Congratulations! Amazon Web Services Training and Certification has issued you 2 badges after your account update:

- AWS Certified Solutions Architect - Associate
- AWS Certified Cloud Practitioner

To accept your badges, sign in with your email password in the link below. Unclaimed badges will be removed after 72 hours.

Accept your badges: %s

Credly Team""" % url
    h = credly_html('Hi Misaki,', 'Congratulations! Amazon Web Services Training and Certification has issued you 2 badges after your account update. Sign in with your email password to accept them.',
                    'AWS Certified Solutions Architect &ndash; Associate', 'Amazon Web Services Training and Certification', 'Accept your badges', url)
    body = multi('alternative', [leaf(new, 'plain', 'utf-8', 'quoted-printable'), leaf(h, 'html', 'utf-8', 'quoted-printable')])
    return write(49, 'phishing-lookalike-credly-badges', ('credly_badge_issued', None, [], False, 'en'),
                 t, '"Credly via AWS" <badges@credly-badges.net>', B_USER, 'You have 2 new badges waiting - accept before they expire',
                 body, 'nifty', OTHER('credly-badges.net', 'credly-badges.net', 'noreply@credly-badges.net', '91.215.%d.%d' % (rnd.randint(80, 90), rnd.randint(2, 250)),
                                      'mx1.credly-badges.net', dmarc='none'),
                 new, sender='other', dkim_sign=[('credly-badges.net', 'dkim')], msgid='<%s@credly-badges.net>' % rhex(20))


# Thread I: Japanese user, form case submitted in Japanese, biglobe.
I_OPEN = T(2025, 10, 6, 23, 58, 40)
I_CASE = case15(I_OPEN, '60481')
I_USER = 'kenta.suzuki@biglobe.ne.jp'
I_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


@mail
def m050():
    t = I_OPEN + dt.timedelta(seconds=11)
    new = """鈴木 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けました。本メールは受付確認のため自動送信されています。

ケース番号：%s
お問い合わせの種類：認定
詳細：アカウントの統合

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容で新たにフォームを送信されますと、ご回答が遅れる場合がございます。追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。

AWS トレーニングと認定""" % I_CASE
    body = leaf(new, 'plain', 'iso-2022-jp', '7bit')
    subj = ewb('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % I_CASE, 'iso-2022-jp')
    return write(50, 'form-ack-ja-iso2022jp', ('case_created', I_CASE, [], True, 'ja'),
                 t, A_FROM, I_USER, subj, body, 'biglobe', AWS(), new)


# Thread J: Italian agent, 10-digit console case (2020), own mail server without Authentication-Results.
J_CASE = '7412335871'
J_USER = 'l.ferraro@ferraro-studio.it'
J_SUBJ = 'Unire due account di certificazione – merge two certification accounts'


@mail
def m051():
    t = T(2020, 6, 15, 8, 22, 17)
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have passed the Cloud Practitioner with the account AWS-05519873 (university email) and the Solutions Architect with AWS-06120044 (work email). I would like to have everything in the second one. Thank you, Luca Ferraro""" % (J_CASE, J_CASE, J_SUBJ)
    text = new + console_foot_en(J_CASE)
    body = leaf(text, 'plain', 'utf-8', 'quoted-printable')
    return write(51, 'console-case-opened-10digit-2020', ('case_created', J_CASE, ['AWS05519873', 'AWS06120044'], None, 'en'),
                 t, CONSOLE_FROM, J_USER, 'Amazon Web Services: You have opened a new Support case: %s' % J_CASE, body, 'plain',
                 AWS(rhost='mail.ferraro-studio.it', tz=dt.timezone(dt.timedelta(hours=2))), new, date_tz=UTC)


@mail
def m052():
    t = T(2022, 4, 11, 15, 6, 2)
    cid = '10293847561'
    new = """Hello,

We've received your request and opened case %s. Please keep this number for your reference.

What happens next:
- An AWS Training and Certification specialist will review your request and get back to you, usually within 1 business day.
- You can reply to this email to add details or attachments. Please don't submit a new form for the same request, as duplicates can slow down our response.

Thank you,
AWS Training and Certification""" % cid
    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>We've received your request and opened case <strong>%s</strong>. Please keep this number for your reference.</p>
<p><strong>What happens next:</strong></p>
<ul><li>An AWS Training and Certification specialist will review your request and get back to you, usually within 1 business day.</li>
<li>You can reply to this email to add details or attachments. Please don't submit a new form for the same request, as duplicates can slow down our response.</li></ul>
<p>Thank you,<br>AWS Training and Certification</p></body></html>""" % cid
    body = multi('alternative', [leaf(new, 'plain', 'us-ascii', '7bit'), leaf(h, 'html', 'us-ascii', '7bit')])
    return write(52, 'form-ack-11digit-outlook', ('case_created', cid, [], True, 'en'),
                 t, A_FROM, 'sandeep.kulkarni@outlook.com', 'We received your request [CASE %s]' % cid, body, 'outlook', AWS(), new)


@mail
def m053():
    t = T(2020, 6, 16, 9, 40, 2)
    new = """Buongiorno Luca,

thank you for your message and for the patience.

I write you for to inform that, for proceed with the unification of your accounts, I need that you send me also the e-mail of login of the account AWS-05519873, because in our system it results registered with an address of the university that is not more active and I cannot verify it.

If you don't have anymore access to this e-mail it's not a problem, is sufficient that you indicate it to me and I will do the verification in other way.

Thank you in advance for the collaboration.

Cordiali saluti / Best regards,
Francesca B.
Amazon Web Services"""
    text = new + console_foot_en(J_CASE)
    body = leaf(text, 'plain', 'utf-8', 'quoted-printable')
    return write(53, 'italian-agent-needs-login-email', ('support_reply', J_CASE, ['AWS05519873'], None, 'en'),
                 t, CONSOLE_FROM, J_USER, 'RE:[CASE %s] Unire due account di certificazione\n =?utf-8?q?=E2=80=93_merge_two_certification_accounts?=' % J_CASE, body, 'plain',
                 AWS(rhost='mail.ferraro-studio.it', tz=dt.timezone(dt.timedelta(hours=2))), new)


# Thread K: Ukrainian user, Brazilian then Spanish-speaking agent, form case, Gmail.
K_OPEN = T(2024, 4, 8, 15, 20, 33)
K_CASE = case15(K_OPEN, '02791')
K_USER = 'olena.kovalenko.dev@gmail.com'
K_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
K_ASK_T = T(2024, 4, 9, 13, 2, 10)
K_ASK = """Hello Olena, good afternoon!

My name is Camila and I am responsible for your request. Thank you for writing to us.

To be able to give continuity in the merge of your accounts, I need some additional informations:

1. The e-mail of notification registered in each one of the accounts (the one of AWS 90018265 and the one of the other account);
2. The reason for which you wish to merge the accounts;
3. Confirm for me which of the two accounts you prefer to maintain.

As soon as we have this informations, we will proceed with the merge and I will return to you.

I stay at disposal for any question.

Att.,
Camila S.
AWS Training and Certification"""


@mail
def m054():
    new = K_ASK
    body = alt(new, font='"Segoe UI", Arial, sans-serif')
    return write(54, 'portuguese-agent-asks-reason-and-emails', ('support_reply', K_CASE, ['AWS90018265'], True, 'en'),
                 K_ASK_T, A_FROM, K_USER, 'RE:[CASE %s] %s' % (K_CASE, K_SUBJ), body, 'gmail', AWS(), new)


@mail
def m055():
    t = T(2024, 4, 17, 14, 30, 0)
    new = """Hello Olena,

As we have not received answer from you in the last 7 days, we proceed to close this case.

If you still need help with the unification of your accounts, you can respond this e-mail and the case will be reopened automatically, there is no need to fill the form again.

Also we would appreciate a lot if you can evaluate our attention in the short survey that you will receive, it only takes one minute.

Have a nice day,
Alejandro P.
AWS Training and Certification"""
    quoted = ('\n\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
              'Sent: Tuesday, April 9, 2024 1:02 PM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n' % (K_USER, K_CASE, K_SUBJ)) + K_ASK
    body = alt(new + quoted, font='"Segoe UI", Arial, sans-serif')
    return write(55, 'spanish-agent-closing-no-answer', ('survey', K_CASE, [], True, 'en'),
                 t, A_FROM, K_USER, 'RE:[CASE %s] %s' % (K_CASE, K_SUBJ), body, 'gmail', AWS(), new)


@mail
def m056():
    t = T(2025, 3, 13, 7, 20, 4)
    new = """佐藤 美咲 様

このたびは AWS サポートをご利用いただき、誠にありがとうございました。
ケース %s（%s）はクローズされました。

今後のサービス向上のため、今回のサポートについて簡単なアンケートにご協力いただけますでしょうか。所要時間は 1 分程度です。

問題は解決しましたか？　はい／いいえ
担当者の対応を 5 段階で評価してください： 1　2　3　4　5

アンケートに回答する: https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

本メールは送信専用アドレスから送信しております。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。""" % (B_CASE, B_SUBJ_JA, B_CASE)
    body = leaf(new, 'plain', 'shift_jis', '8bit')
    subj = ewb('[ケース %s] サポートに関するアンケートのお願い' % B_CASE, 'shift_jis')
    return write(56, 'ja-case-closed-survey-sjis-8bit', ('survey', B_CASE, [], True, 'ja'),
                 t, CONSOLE_FROM, B_USER, subj, body, 'nifty', AWS(), new)


@mail
def m057():
    t = T(2020, 6, 19, 12, 5, 40)
    new = """Buongiorno Luca,

I am happy to communicate you that the fusion of your two accounts has been realized with success. From today you will find both the certifications (Cloud Practitioner and Solutions Architect – Associate) in the account AWS-06120044, and the other one is been closed.

For access you have to use the e-mail of work, like before. The digital badges will arrive in few days at the same address, it’s necessary that you accept them again.

It was a pleasure to help you, I wish you a good continuation and a good weekend.

Cordiali saluti / Best regards,
Francesca B.
Amazon Web Services"""
    text = new + console_foot_en(J_CASE)
    # bytes are UTF-8 but the part is labelled iso-8859-1 (as some relays rewrite it)
    body = leaf(text, 'plain', 'utf-8', '8bit', label='iso-8859-1')
    return write(57, 'italian-agent-fusion-realized-wrong-charset', ('merge_completed', J_CASE, ['AWS06120044'], None, 'en'),
                 t, CONSOLE_FROM, J_USER, ewb('RE:[CASE %s] %s' % (J_CASE, J_SUBJ)), body, 'plain',
                 AWS(rhost='mail.ferraro-studio.it', tz=dt.timezone(dt.timedelta(hours=2))), new)


@mail
def m058():
    t = T(2025, 3, 14, 22, 12, 9)
    url = 'https://www.credly.com/earner/earned/share/%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    txt = """Misaki, you've earned 2 badges from Amazon Web Services Training and Certification: AWS Certified Solutions Architect - Associate; AWS Certified Cloud Practitioner. Accept your badges: %s""" % url
    h = credly_html('Misaki,', "You've earned 2 badges from Amazon Web Services Training and Certification. They are ready to accept and share.",
                    'AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification',
                    'Accept your badges', url)
    body = leaf(h, 'html', 'utf-8', 'base64')
    return write(58, 'credly-two-badges-html-only', ('credly_badge_issued', None, [], True, 'en'),
                 t, CREDLY_FROM, B_USER, ewq("Misaki, you've earned 2 badges from Amazon Web Services Training and Certification"),
                 body, 'nifty', CREDLY(), txt, sender='credly', msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), rnd.randint(10, 60)))


I_WAIT_T = T(2025, 10, 7, 7, 31, 18)
I_WAIT = """鈴木 健太 様

お世話になっております。AWS トレーニングと認定サポートの中村でございます。

アカウント統合のご依頼につきまして、ご連絡いただきありがとうございます。
現在、担当部署にてお客様の二つのアカウント（AWS31290157 ほか）の登録情報を確認しております。確認が取れ次第、統合の内容について改めてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、本ケースとは別に新しいお問い合わせを作成される必要はございません。

中村
AWS トレーニングと認定"""


@mail
def m059():
    body = alt(I_WAIT, cs='utf-8', cte_t='quoted-printable', cte_h='quoted-printable', font="'Yu Gothic', 'Meiryo', sans-serif")
    return write(59, 'ja-agent-checking-please-wait', ('support_reply', I_CASE, ['AWS31290157'], True, 'ja'),
                 I_WAIT_T, A_FROM, I_USER, 'RE:[CASE %s] %s' % (I_CASE, I_SUBJ), body, 'biglobe', AWS(), I_WAIT)


@mail
def m060():
    t = T(2025, 10, 9, 1, 44, 57)
    new = """Dear Mr. Kenta Suzuki

Thank you for your inquiry always. I am Nakamura of AWS Training and Certification support.
We apologize for keeping you waiting.

As a result of the confirmation, we will carry out the integration of the following accounts.

Integration source (it will be closed after integration): AWS31086624 / kenta.suzuki@old-sier.co.jp
Integration destination (it will remain): AWS31290157 / kenta.suzuki@biglobe.ne.jp

Please note that it is not possible to return to the original after the integration is carried out.
If there is no mistake in the above contents, please reply to this e-mail with the words "I agree". We will start the procedure after confirming your reply.

Thank you for your understanding.

Nakamura
AWS Training and Certification"""
    ut = T(2025, 10, 8, 12, 15, 0)
    user = ('Dear Nakamura-san,\n\nSorry, I write in English because I use the company PC.\n'
            'My old ID is maybe AWS30998812 or AWS31086624, I am not sure. The old login was kenta.suzuki@old-sier.co.jp.\n'
            'Please keep the biglobe one.\n\nKenta Suzuki\n\n' + jp_attr(I_WAIT_T, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' + qprefix(I_WAIT))
    quoted = '\n\n' + jp_attr(ut, '鈴木 健太', I_USER) + '\n' + qprefix(user)
    text = new + quoted
    body = alt(text, cs='utf-8', cte_t='base64', cte_h='quoted-printable')
    return write(60, 'ja-agent-machine-translated-integration-confirm', ('merge_confirmation_requested', I_CASE, ['AWS31086624', 'AWS31290157'], True, 'en'),
                 t, A_FROM, I_USER, 'RE:[CASE %s] %s' % (I_CASE, I_SUBJ), body, 'biglobe', AWS(), new)


# ================================================================ run
if __name__ == '__main__':
    for old in os.listdir(OUT):
        if old.endswith('.eml'):
            os.remove(os.path.join(OUT, old))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(LABELS))
