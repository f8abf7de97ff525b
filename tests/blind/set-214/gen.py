#!/usr/bin/env python3
"""Generator for blind set 214: acknowledgements, support replies and look-alikes
around an AWS Certification account merge.  Run: python3 make_set.py"""
import base64, datetime as dt, hashlib, html, json, os, quopri, random, re, uuid
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(214)
POL = policy.compat32.clone(max_line_length=0, linesep='\n')
UTC = dt.timezone.utc
ACC_RE = re.compile(r'(?<![A-Za-z0-9])AWS[ -]?(\d{8})(?!\d)', re.I)

MAILS = []   # (filename, bytes, label)


# ---------------------------------------------------------------- small helpers
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def D(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def rfc(t, off=0):
    return format_datetime(t.astimezone(tz(off)))


def gdate(t, off=-7):
    z = t.astimezone(tz(off))
    name = {-7: ' (PDT)', -8: ' (PST)', 0: ' (UTC)', 9: ' (JST)'}.get(off, '')
    return format_datetime(z) + name


def case15(t, suffix):
    return '%d%05d' % (int(t.timestamp()), suffix)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    s = base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
    return s


def fold_b64(s, indent='\t ', width=70):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


def ses_id(t, region='0100'):
    ms = int(t.timestamp() * 1000)
    return '<%s%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        region, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_bounce(t, region='0100'):
    ms = int(t.timestamp() * 1000)
    return '%s%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        region, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name='Subject').encode()


def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


# ---------------------------------------------------------------- MIME leaves
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
         'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
         'euc-jp': 'euc_jp'}


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None,
         extra_params=''):
    raw = text.encode(CODEC.get(charset, charset))
    m = Message()
    m['Content-Type'] = 'text/%s; charset=%s%s' % (
        subtype, label or charset if (label or charset).lower() != 'utf-8' else (label or charset),
        extra_params)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:  # 7bit / 8bit
        m.set_payload(raw.decode('ascii', 'surrogateescape'))
    return m


def multi(subtype, parts, boundary=None):
    m = Message()
    m['Content-Type'] = 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary or ('----=_Part_%d_%d.%d' % (
        R.randint(100000, 9999999), R.randint(10000000, 99999999), R.randint(1700000000000, 1780000000000))))
    m.set_payload([])
    for p in parts:
        m.attach(p)
    return m


def to_html(text, style='aws', charset='utf-8'):
    """Very small plain->HTML renderer; '>' quoted lines become blockquotes."""
    out, buf, depth = [], [], 0
    for line in text.split('\n'):
        q = 0
        s = line
        while s.startswith('>'):
            q += 1
            s = s[1:].lstrip(' ') if s[1:2] in (' ', '') else s[1:]
        while depth < q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > q:
            out.append('</blockquote>')
            depth -= 1
        out.append(html.escape(s) + '<br>')
    while depth:
        out.append('</blockquote>')
        depth -= 1
    inner = '\n'.join(out)
    inner = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', inner)
    if style == 'aws':
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '"></head>'
                '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
                + inner + '\n</div></body></html>\n')
    if style == 'gmail':
        return '<div dir="ltr">' + inner + '</div>\n'
    if style == 'outlook':
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">\n'
                + inner + '\n</div>\n</body>\n</html>\n')
    return '<html><body>' + inner + '</body></html>\n'


def alt(text, charset='utf-8', cte='quoted-printable', hstyle='aws', hcte=None, html_text=None,
        boundary=None):
    return multi('alternative', [leaf(text, 'plain', charset, cte),
                                 leaf(html_text or to_html(text, hstyle, charset), 'html', charset, hcte or cte)],
                 boundary)


# ---------------------------------------------------------------- transport headers
AWS_SELECTOR = 'rjt5oq5dl2y4q5xbqlmzvhr6vvwt4fw2'
SES_SELECTOR = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'


def dkim_sig(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (s, d, int(t.timestamp()), h, rb64(32), fold_b64(rb64(192))))


def transport(prov, rcpt, t, auth, mailfrom, ip='54.240.8.30', helo=None, dkims=(),
              forged_ar=None, delay=None, extra=()):
    """auth: None (no Authentication-Results) or dict with keys
    spf, dkim [(domain, result)], dmarc, from_dom, p."""
    helo = helo or ('a%s.smtp-out.amazonses.com' % ip.split('.', 2)[2].replace('.', '-'))
    arr = t + dt.timedelta(seconds=delay if delay is not None else R.randint(1, 9))
    H = []
    sfx = lambda: rb64(6)[:8]
    if prov == 'gmail':
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
                  % (rhex(4), rhex(3), rhex(4), rhex(4), R.choice('abcdefgh') + str(R.randint(10, 99)),
                     R.randint(100000, 9999999), R.choice(['pxk', 'lqb', 'rwb', 'mxa']), gdate(arr))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:74]))
        H.append(('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%smr%d%s.%d.%d%03d;\n        %s'
                  % (rhex(4), rhex(3), rhex(4), rhex(4), rhex(11), rhex(11), R.randint(1000000, 9999999),
                     R.choice(['pjb', 'a91', 'qkb']), R.randint(10, 99), int(arr.timestamp()), R.randint(0, 999), gdate(arr))))
        if auth:
            H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                      % (int(arr.timestamp()), fold_b64(rb64(190), '         '))))
            H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
                      % (rb64(32), rb64(32), fold_b64(rb64(190), '         '))))
            H.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + _gmail_ar_body(auth, mailfrom, ip)))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (helo, helo, ip, rhex(13), rhex(11), R.randint(1000000, 9999999), R.choice(['ad', 'qk', 'pl']), R.randint(10, 999), arr.astimezone(tz(-7)).strftime('%Y.%m.%d.%H.%M.%S'), rcpt, gdate(arr))))
        if auth:
            H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                      % (auth['spf'], mailfrom, 'designates' if auth['spf'] == 'pass' else 'does not designate', ip, ip)))
            H.append(('Authentication-Results', 'mx.google.com;\n       ' + _gmail_ar_body(auth, mailfrom, ip)))
    elif prov == 'outlook':
        mb = R.choice(['TYCPR01MB', 'OS3PR01MB', 'DB9PR10MB', 'PH0PR19MB', 'SA1PR12MB', 'AM9PR04MB'])
        n = R.randint(1000, 9999)
        edge = R.choice(['TY2PEPF0000AB89', 'AM4PEPF00027A5F', 'SN1PEPF0002529D', 'DS3PEPF000099D4'])
        H.append(('Received', 'from %s%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%d) by\n %s%d.jpnprd01.prod.outlook.com with HTTPS; %s'
                  % (mb, n, rhex(3), R.randint(1, 20), mb, n + 7, rfc(arr + dt.timedelta(seconds=1)))))
        H.append(('Received', 'from %s.apcprd03.prod.outlook.com (2603:1096:404:8000::%s) by\n %s%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s'
                  % (edge, rhex(2), mb, n, rhex(3), R.randint(1, 20), R.randint(8000, 8900), R.randint(10, 40), rfc(arr))))
        if auth:
            H.append(('Authentication-Results', _outlook_ar_body(auth, mailfrom, ip)))
            H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                      % (auth['spf'].capitalize(), mailfrom.split('@')[1], ip, ip, helo)))
        H.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
                  % (helo, ip, edge, R.randint(1, 250), R.randint(1, 250), R.randint(8000, 8900), R.randint(10, 40), rfc(arr - dt.timedelta(seconds=1)))))
        H.append(('X-MS-Exchange-Organization-ExpirationStartTime', arr.strftime('%d %b %Y %H:%M:%S.') + '%04d' % R.randint(0, 9999) + ' (UTC)'))
        H.append(('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))))
        H.append(('X-MS-PublicTrafficType', 'Email'))
        H.append(('X-MS-Exchange-Organization-AuthSource', '%s.apcprd03.prod.outlook.com' % edge))
        H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        H.append(('Return-Path', mailfrom))
    elif prov in JP_PROVIDERS:
        host, mta, zone = JP_PROVIDERS[prov]
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s'
                  % (mta.replace('mx', 'mbox'), mta.replace('mx', 'mbox'), '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     'mbox%02d.%s' % (R.randint(1, 40), host), rb64(9)[:10], rcpt, rfc(arr, 9))))
        if auth:
            H.append(('Authentication-Results', '%s;\n\t%s' % (host if prov != 'docomo' else mta, _jp_ar_body(auth, mailfrom, ip))))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTP\n\tid <%s@%s>\n\tfor <%s>; %s'
                  % (helo, helo, ip, mta, rhex(16), mta, rcpt, rfc(arr - dt.timedelta(seconds=1), 9))))
    elif prov == 'yahoo':
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from 10.217.151.%d\n by atlas%d.free.mail.bf1.yahoo.com with HTTP; %s'
                  % (R.randint(2, 250), R.randint(100, 330), rfc(arr))))
        if auth:
            H.append(('Authentication-Results', 'atlas-production.v2.mail-production.bf1.yahoo.com;\n ' + _yahoo_ar_body(auth, mailfrom, ip)))
        H.append(('X-Sonic-MF', '<%s>' % mailfrom))
        H.append(('X-Sonic-ID', str(uuid.UUID(int=R.getrandbits(128)))))
        H.append(('Received', 'from %s (EHLO %s)\n by %s with ESMTPS; %s'
                  % (ip, helo, 'mta%d.mail.bf1.yahoo.com' % R.randint(1000, 4999), rfc(arr))))
    elif prov == 'corp':  # corporate relay without authentication results
        host = rcpt.split('@')[1]
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from mailgw02.%s (mailgw02.%s [10.20.1.12])\n\tby mbox.%s (8.15.2/8.15.2) with ESMTP id %s\n\tfor <%s>; %s'
                  % (host, host, host, rb64(12)[:14], rcpt, rfc(arr, 9))))
        H.append(('Received', 'from %s (%s [%s])\n\tby mailgw02.%s with ESMTP id %s;\n\t%s'
                  % (helo, helo, ip, host, rb64(12)[:14], rfc(arr - dt.timedelta(seconds=2), 9))))
    elif prov == 'none':  # message saved/exported; no transport headers at all
        pass
    else:
        raise ValueError(prov)
    H.extend(extra)
    if forged_ar:
        H.append(('Authentication-Results', forged_ar))
    for d, s in dkims:
        H.append(dkim_sig(d, s, t))
    return H


JP_PROVIDERS = {
    'nifty': ('nifty.com', 'mta-vxc01.mail.nifty.com', 9),
    'biglobe': ('biglobe.ne.jp', 'mx-a.mail.biglobe.ne.jp', 9),
    'ocn': ('ocn.ne.jp', 'mx11.ocn.ad.jp', 9),
    'docomo': ('docomo.ne.jp', 'mfsmax.docomo.ne.jp', 9),
    'yahoojp': ('yahoo.co.jp', 'mx.mail.yahoo.co.jp', 9),
    'sonet': ('so-net.ne.jp', 'mx.so-net.ne.jp', 9),
}


def _gmail_ar_body(a, mailfrom, ip):
    bits = []
    for d, r in a['dkim']:
        bits.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, a.get('sel', {}).get(d, AWS_SELECTOR if d == 'amazon.com' else SES_SELECTOR if d == 'amazonses.com' else 's1'), rb64(6)[:8]))
    bits.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                % (a['spf'], mailfrom, 'designates' if a['spf'] == 'pass' else 'does not designate', ip,
                   mailfrom if a['spf'] != 'pass' else mailfrom))
    if a.get('dmarc'):
        p = a.get('p', 'QUARANTINE')
        bits.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (a['dmarc'], p, p, 'NONE' if a['dmarc'] == 'pass' else ('QUARANTINE' if p == 'QUARANTINE' else 'NONE'), a['from_dom']))
    return ';\n       '.join(bits)


def _outlook_ar_body(a, mailfrom, ip):
    dk = a['dkim'][0] if a['dkim'] else None
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (a['spf'], ip, mailfrom.split('@')[1])
    if dk:
        s += 'dkim=%s (signature was verified)\n header.d=%s;' % (dk[1], dk[0]) if dk[1] == 'pass' else 'dkim=%s (signature did not verify)\n header.d=%s;' % (dk[1], dk[0])
    else:
        s += 'dkim=none (message not signed)\n header.d=none;'
    dm = a.get('dmarc', 'none')
    s += 'dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (
        dm, 'none' if dm == 'pass' else 'quarantine', a['from_dom'], 'pass' if dm == 'pass' else 'fail',
        '100' if dm == 'pass' else '000')
    return s


def _yahoo_ar_body(a, mailfrom, ip):
    bits = []
    for d, r in a['dkim']:
        bits.append('dkim=%s header.i=@%s header.s=%s' % (r, d, AWS_SELECTOR if d == 'amazon.com' else SES_SELECTOR if d == 'amazonses.com' else 's1'))
    bits.append('spf=%s smtp.mailfrom=%s' % (a['spf'], mailfrom.split('@')[1]))
    if a.get('dmarc'):
        bits.append('dmarc=%s(p=%s) header.from=%s' % (a['dmarc'], a.get('p', 'QUARANTINE'), a['from_dom']))
    return ';\n '.join(bits) + ';'


def _jp_ar_body(a, mailfrom, ip):
    bits = ['spf=%s smtp.mailfrom=%s' % (a['spf'], mailfrom)]
    for d, r in a['dkim']:
        bits.append('dkim=%s header.d=%s' % (r, d))
    if a.get('dmarc'):
        bits.append('dmarc=%s header.from=%s' % (a['dmarc'], a['from_dom']))
    return ';\n\t'.join(bits)


AWS_PASS = {'spf': 'pass', 'dkim': [('amazon.com', 'pass'), ('amazonses.com', 'pass')], 'dmarc': 'pass', 'from_dom': 'amazon.com'}


def ok(dom, extra_dkim=(), p='REJECT'):
    return {'spf': 'pass', 'dkim': [(dom, 'pass')] + list(extra_dkim), 'dmarc': 'pass', 'from_dom': dom, 'p': p}


# ---------------------------------------------------------------- assemble
def decoded_text(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() != 'text':
            continue
        cs = p.get_content_charset() or 'us-ascii'
        raw = p.get_payload(decode=True) or b''
        try:
            s = raw.decode(CODEC.get(cs, cs), 'replace')
        except LookupError:
            s = raw.decode('utf-8', 'replace')
        if p.get_content_subtype() == 'html':
            s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
        out.append(s)
    return '\n'.join(out)


def save(name, body, headers, kind, case_id, verified, lang, new_text):
    """headers: list of (name, value) put before the body's own content headers."""
    top = body
    own = list(top._headers)
    top._headers = []
    for k, v in headers:
        top._headers.append((k, v))
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        top._headers.append(('MIME-Version', '1.0'))
    top._headers.extend(own)
    data = top.as_bytes(policy=POL)
    accs = sorted({'AWS' + m for m in ACC_RE.findall(new_text)})
    label = {'kind': kind, 'case_id': case_id, 'account_ids': accs, 'sender_verified': verified,
             'language': lang}
    fname = '%03d-%s.eml' % (len(MAILS) + 1, name)
    MAILS.append((fname, data, label))
    return fname


def aws_headers(frm, to, subj, t, msgid=None, extra=(), feedback=True, subj_charset='utf-8'):
    h = [('Date', rfc(t)), ('From', frm), ('To', to), ('Message-ID', msgid or ses_id(t)),
         ('Subject', enc_subject(subj, subj_charset)), ('MIME-Version', '1.0')]
    h.extend(extra)
    if feedback:
        h.append(('X-SES-Outgoing', '%s-54.240.8.30' % t.strftime('%Y.%m.%d')))
        h.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:44].replace('/', 'x')))
    return h


FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
WDL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
WDJ = '月火水木金土日'


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n'))


def gmail_attr(t, who, off=0):
    z = t.astimezone(tz(off))
    h = z.strftime('%I').lstrip('0')
    return 'On %s, %s %d, %d at %s:%s %s %s wrote:' % (WD[z.weekday()], z.strftime('%b'), z.day, z.year, h, z.strftime('%M'), z.strftime('%p'), who)


def outlook_block(frm, t, to, subj, off=0, sep=True):
    z = t.astimezone(tz(off))
    h = z.strftime('%I').lstrip('0')
    return (('________________________________\n' if sep else '') + 'From: %s\nSent: %s, %s %d, %d %s:%s %s\nTo: %s\nSubject: %s'
            % (frm, WDL[z.weekday()], z.strftime('%B'), z.day, z.year, h, z.strftime('%M'), z.strftime('%p'), to, subj))


def ja_attr(t, who, off=9):
    z = t.astimezone(tz(off))
    return '%d年%d月%d日(%s) %d:%s %s:' % (z.year, z.month, z.day, WDJ[z.weekday()], z.hour, z.strftime('%M'), who)


def console_footer(c, lang='en'):
    if lang == 'ja':
        return ('ご意見をお聞かせください。AWS サポートセンターで、このやり取りの評価をお願いいたします。\n\n'
                '========================================================\n'
                'このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。\n\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                '*注意: このメールは、受信メールを受け付けないアドレスから送信されています。\n'
                '既存のケースを更新するには、上記の URL を使用してください。\n'
                '========================================================\n' % c)
    return ('We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. '
            'You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n'
            '========================================================\n'
            'To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
            'To update an existing case, please use the URL above.\n'
            '========================================================\n' % c)


FORM_FOOT = ('We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\n'
             'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
             'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
SESD = [('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)]

# =================================================================== MAILS

# ---------------------------------------------------------------- 001 form ack EN gmail
t = D(2025, 5, 27, 23, 2, 14)
c = case15(t - dt.timedelta(seconds=3), 562)
new = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support. This is an automated message to let you know that we have received your request and created case {c}.

A member of our team will review your inquiry and respond within 24 hours. If you need to add information, simply reply to this email and keep the case number in the subject line.

To help us assist you faster, please do not submit a new form for the same request.

Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge

Sincerely,
AWS Training and Certification Customer Support
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
mf = ses_bounce(t)
save('form-ack-en-gmail', alt(new),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t, AWS_PASS, mf,
               dkims=[('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)])
     + aws_headers(FORM_FROM, 'daniel.okafor.dev@gmail.com', f'[CASE {c}] {FORM_SUBJ}', t),
     'case_created', c, True, 'en', new)

# ---------------------------------------------------------------- 002 console ack EN outlook
t = D(2025, 6, 3, 14, 41, 52)
c = case15(t - dt.timedelta(seconds=2), 117)
new = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: Two certification accounts - need them combined
Severity: General guidance
Correspondence: Hi, I passed SAA with my old employer email and DVA with my personal email. I would like to have all my certifications under one account. Thanks, Priya

You can view the case and add correspondence by visiting the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Sincerely,
Amazon Web Services

This email was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
mf = ses_bounce(t)
save('console-ack-en-outlook', alt(new, hstyle='aws'),
     transport('outlook', 'priya.raman@outlook.com', t, AWS_PASS, mf, ip='54.240.8.64',
               dkims=[('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)])
     + aws_headers(NOREPLY, 'priya.raman@outlook.com',
                   f'Amazon Web Services: You have opened a new Support case: {c}', t),
     'case_created', c, True, 'en', new)

# ---------------------------------------------------------------- 003 console ack JA nifty iso-2022-jp
t = D(2025, 4, 8, 1, 15, 40)
c = case15(t - dt.timedelta(seconds=4), 306)
new = f"""お客様

Amazon Web Services にお問い合わせいただき、誠にありがとうございます。お問い合わせに対応するため、ケース {c} をオープンいたしました。

ケースの詳細は以下のとおりです。

ケース ID: {c}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス

サポートセンターでは、ケースの確認および返信の追加を行っていただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja

よろしくお願いいたします。
Amazon Web Services

※本メールは送信専用のアドレスから送信されています。このメールに返信いただいてもお答えできませんので、ご了承ください。
"""
mf = ses_bounce(t)
save('console-ack-ja-nifty-iso2022', leaf(new, 'plain', 'iso-2022-jp', '7bit'),
     transport('nifty', 'misaki-sato@nifty.com', t, AWS_PASS, mf, ip='54.240.8.97',
               dkims=[('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)])
     + aws_headers(NOREPLY, 'misaki-sato@nifty.com',
                   f'Amazon Web Services: 新しいサポートケースがオープンされました: {c}', t,
                   subj_charset='iso-2022-jp'),
     'case_created', c, True, 'ja', new)

# ---------------------------------------------------------------- 004 form ack JA biglobe shift_jis
t = D(2025, 7, 14, 6, 30, 9)
c = case15(t - dt.timedelta(seconds=5), 49)
new = f"""山本 翔 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号：{c}
お問い合わせの種類：認定（Certification）
詳細：アカウントの統合

担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同一のご依頼で新しいお問い合わせを作成されますと、対応が遅れる場合がございますのでご注意ください。

――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
――――――――――――――――――――
"""
mf = ses_bounce(t)
save('form-ack-ja-biglobe-sjis', alt(new, charset='shift_jis', cte='base64'),
     transport('biglobe', 'sho.yamamoto@biglobe.ne.jp', t, AWS_PASS, mf, ip='54.240.8.12',
               dkims=[('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)])
     + aws_headers(FORM_FROM, 'sho.yamamoto@biglobe.ne.jp',
                   f'[CASE {c}] AWS トレーニングと認定 お問い合わせ受付のお知らせ', t),
     'case_created', c, True, 'ja', new)

# ---------------------------------------------------------------- 005 form ack HTML-only, 11-digit, outlook, echoes form fields
t = D(2022, 9, 14, 17, 5, 31)
c = '10874523391'
html_body = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>We received your request</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#232f3e">
<tr><td style="background:#232f3e;padding:18px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<h2 style="font-size:20px;margin:0 0 12px">We&#8217;ve got your request</h2>
<p>Hello Priya,</p>
<p>Thanks for reaching out to AWS Training and Certification. Your case number is <strong>{c}</strong>. Our Customer Support team typically responds within one business day.</p>
<p>Here is a summary of what you submitted:</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td style="border:1px solid #d5dbdb"><b>Inquiry type</b></td><td style="border:1px solid #d5dbdb">Certification</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Inquiry detail</b></td><td style="border:1px solid #d5dbdb">Account Merge</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>AWS candidate ID</b></td><td style="border:1px solid #d5dbdb">AWS07731904</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Description</b></td><td style="border:1px solid #d5dbdb">I also have aws13008862 and AWS 02265517 created by mistake through my university email. Please put everything on the first one.</td></tr>
</table>
<p>If you have more details to share, reply to this message and keep the case number in the subject.</p>
<p>Sincerely,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></td></tr></table>
</body></html>
"""
new = re.sub(r'<[^>]+>', ' ', html_body)
mf = ses_bounce(t)
save('form-ack-html-only-11digit', leaf(html_body, 'html', 'utf-8', 'quoted-printable'),
     transport('outlook', 'priya.raman@outlook.com', t, AWS_PASS, mf, ip='54.240.8.2',
               dkims=[('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)])
     + aws_headers(FORM_FROM, 'priya.raman@outlook.com', f'[CASE {c}] We received your request', t),
     'case_created', c, True, 'en', new)

# ---------------------------------------------------------------- 006 10-digit 2020, no AR, plain 7bit
t = D(2020, 3, 2, 19, 44, 3)
c = '6893214570'
new = f"""Hi Emily,

We've received your message regarding your AWS Certification accounts and a case has been created for you.

Case number: {c}

Our Certification support team will get back to you as soon as possible, usually within 1-2 business days. Due to current circumstances response times may be longer than usual. We appreciate your patience.

Please reply to this email if you want to add anything to your request. Kindly do not change the subject line.

Regards,
AWS Training and Certification
https://aws.amazon.com/certification/
"""
save('ack-2020-10digit-no-ar', leaf(new, 'plain', 'us-ascii', '7bit'),
     transport('corp', 'emily.carter@hartwell-analytics.com', t, None, ses_bounce(t), ip='54.240.11.18',
               dkims=[('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)])
     + aws_headers('"AWS Training and Certification" <aws-certification-support@amazon.com>',
                   'emily.carter@hartwell-analytics.com', f'Your AWS Certification request [Case {c}]', t),
     'case_created', c, None, 'en', new)

# ---------------------------------------------------------------- 007 ack with folded encoded-word subject, gmail, base64
t = D(2025, 8, 19, 9, 12, 47)
c = case15(t - dt.timedelta(seconds=2), 3390)
new = f"""Hello Marco,

Thanks for getting in touch with AWS Training & Certification. We’ve logged your request under case {c} and it is now in our queue.

What happens next
• A support specialist will review the accounts you listed.
• You’ll get a reply by email, normally within 24 hours (weekends may take longer).
• If anything in your request changes, just reply to this message – there’s no need to open another case.

Kind regards,
AWS Training & Certification Customer Support
"""
mf = ses_bounce(t)
save('ack-encoded-subject-gmail', alt(new, cte='base64', hstyle='aws'),
     transport('gmail', 'marco.bellini87@gmail.com', t, AWS_PASS, mf, ip='54.240.8.41',
               dkims=[('amazon.com', AWS_SELECTOR), ('amazonses.com', SES_SELECTOR)])
     + aws_headers(FORM_FROM, 'marco.bellini87@gmail.com',
                   f'We’ve received your request — AWS Training & Certification Support — [CASE {c}]', t),
     'case_created', c, True, 'en', new)

# ---------------------------------------------------------------- 008 phishing "case opened" about the merge, look-alike domain
t = D(2025, 8, 21, 11, 3, 0)
c = case15(D(2025, 8, 20, 22, 10, 5), 771)
new = f"""Dear Candidate,

Your request to merge AWS Certification accounts has been received and case #{c} was created.

Case ID: {c}
Request: Account Merge (AWS Certification)
Status: Pending verification

A certification specialist will contact you within 24 hours. To avoid delays, you can follow your case and upload your identity document in our Candidate Case Portal:

https://aws-certification-services.com/case/track?ref={c}

Thank you,
AWS Certification Support Team
"""
mf = 'bounce@mail.aws-certification-services.com'
save('phish-ack-lookalike-domain', alt(new, cte='quoted-printable', hstyle='plainhtml'),
     transport('gmail', 'marco.bellini87@gmail.com', t,
               {'spf': 'pass', 'dkim': [('aws-certification-services.com', 'pass')], 'dmarc': 'pass',
                'from_dom': 'aws-certification-services.com', 'p': 'NONE'},
               mf, ip='185.244.26.113', helo='mail.aws-certification-services.com',
               dkims=[('aws-certification-services.com', 'default')])
     + [('Date', rfc(t, 2)), ('From', '"AWS Certification Support" <support@aws-certification-services.com>'),
        ('To', 'marco.bellini87@gmail.com'), ('Subject', f'Case #{c} opened - Account Merge'),
        ('Message-ID', '<%s@aws-certification-services.com>' % rhex(20)), ('MIME-Version', '1.0'),
        ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
     'case_created', c, False, 'en', new)

C_DANIEL = case15(D(2025, 5, 27, 23, 2, 11), 562)
C_PRIYA = case15(D(2025, 6, 3, 14, 41, 50), 117)
C_MISAKI = case15(D(2025, 4, 8, 1, 15, 36), 306)
C_SHO = case15(D(2025, 7, 14, 6, 30, 4), 49)
C_MARCO = case15(D(2025, 8, 19, 9, 12, 45), 3390)
FORM_RE = lambda c: f'RE:[CASE {c}] {FORM_SUBJ}'

# ---------------------------------------------------------------- 009 agent asks for login e-mails (Daniel)
t = D(2025, 5, 28, 15, 47, 20)
new = f"""Hello Daniel,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding your certification accounts. I understand you would like to have your certification history under a single account and I will be glad to assist you with the same.

I was able to locate the candidate ID AWS03318840 that you mentioned in your request. However, I am unable to find a second account with the name and details provided. Kindly share the below details so that we can proceed further:

1. The email address used to log in to each of your AWS Certification accounts
2. The notification email address on each account (if different from the login email)
3. The candidate ID of the other account, if you have it (format AWS followed by 8 digits)

Please reply to this email with the above information and do not create a new case, as it may delay the resolution.

Best regards,

Aditya S.
Amazon Web Services
AWS Training and Certification Customer Support

{FORM_FOOT}"""
save('reply-asks-login-emails', alt(new),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.55', dkims=SESD)
     + aws_headers(FORM_FROM, 'daniel.okafor.dev@gmail.com', FORM_RE(C_DANIEL), t),
     'support_reply', C_DANIEL, True, 'en', new)

# ---------------------------------------------------------------- 010 console "new correspondence added" (Priya)
t = D(2025, 6, 4, 9, 20, 3)
new = f"""Hello,

We've updated your case {C_PRIYA}. A new correspondence has been added by an AWS Support engineer.

To view and reply to the correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_PRIYA}&language=en

Subject: Two certification accounts - need them combined

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the URL above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
save('console-new-correspondence-notice', alt(new),
     transport('outlook', 'priya.raman@outlook.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.64', dkims=SESD)
     + aws_headers(NOREPLY, 'priya.raman@outlook.com', f'[Case {C_PRIYA}] New correspondence added', t),
     'support_reply', C_PRIYA, True, 'en', new)

# ---------------------------------------------------------------- 011 console agent redirects to T&C form (Priya)
t = D(2025, 6, 4, 9, 19, 48)
new = f"""Hello Priya,

Thank you for contacting AWS Support.

I understand that you hold AWS Certifications under two different candidate accounts and would like them consolidated. I'm sorry to say that the AWS Support team handling console cases does not have access to AWS Certification (CertMetrics) records, so we are not able to act on this request from here.

Certification accounts are handled by the AWS Training and Certification Customer Support team. Please submit your request through their contact form, choosing "Certification" as the inquiry type and "Account Merge" as the detail:
https://support.aws.amazon.com/#/contacts/aws-training

Include the candidate ID of each account (you can find it under "Profile" after logging in to aws.training/certification) and the email address you used for each. The team will take it from there.

I will leave this case open for a few more days in case you have any other questions about your AWS account. If not, it will be resolved automatically.

{console_footer(C_PRIYA)}
Best regards,
Rafael M.
Amazon Web Services
"""
save('console-reply-redirect-to-form', alt(new),
     transport('outlook', 'priya.raman@outlook.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.64', dkims=SESD)
     + aws_headers(NOREPLY, 'priya.raman@outlook.com', f'RE:[CASE {C_PRIYA}] Two certification accounts - need them combined', t),
     'support_reply', C_PRIYA, True, 'en', new)

# ---------------------------------------------------------------- 012 JA agent asks for registered e-mails (Misaki), iso-2022-jp
t = D(2025, 4, 9, 2, 33, 10)
new = f"""佐藤 美咲 様

Amazon Web Services カスタマーサポートの小林でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
お知らせいただいた候補者 ID「AWS05562098」および「aws12873340」につきまして、
統合作業を進めるにあたり、恐れ入りますが以下の情報をご返信いただけますでしょうか。

1. 各アカウントのログインに使用されているメールアドレス
2. 各アカウントに登録されている氏名（ローマ字表記を含む）
3. 統合後に残すことをご希望のアカウント

なお、ご本人様確認のため、上記のメールアドレスのいずれかからご返信いただけますと幸いです。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

{console_footer(C_MISAKI, 'ja')}
よろしくお願いいたします。
小林
Amazon Web Services
"""
save('ja-reply-asks-emails-iso2022', leaf(new, 'plain', 'iso-2022-jp', '7bit'),
     transport('nifty', 'misaki-sato@nifty.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.97', dkims=SESD)
     + aws_headers(NOREPLY, 'misaki-sato@nifty.com', f'RE:[CASE {C_MISAKI}] 認定アカウントの統合について', t,
                   subj_charset='iso-2022-jp'),
     'support_reply', C_MISAKI, True, 'ja', new)

# ---------------------------------------------------------------- 013 status after user's confirmation, "once the merge is complete" (Marco)
t_req = D(2025, 8, 20, 13, 5, 11)
t_usr = D(2025, 8, 20, 18, 42, 0)
t = D(2025, 8, 21, 8, 15, 37)
req = f"""Hello Marco,

Thank you for your patience. I have reviewed the accounts you listed:

Account to be kept: AWS09876012 (marco.bellini87@gmail.com)
Account to be merged and closed: AWS00341558 (m.bellini@studio-bellini.it)

Please note that once the accounts are merged this action cannot be reversed. Kindly reply to this email confirming that the above is correct and we will proceed.

Best regards,
Nadia K.
Amazon Web Services"""
usr = """Hi Nadia,
yes the details are correct. Please proceed with the merge.
Thank you!
Marco"""
new = f"""Hello Marco,

Thank you for the quick reply.

Your request has now been passed to our Certification Operations team, who handle the consolidation of candidate records. This usually takes between 2 and 5 business days. Once the merge is complete we will send you a confirmation email and the case will be resolved.

There is nothing else you need to do at this point. Please avoid scheduling a new exam until you hear back from us.

Best regards,
Nadia K.
Amazon Web Services
AWS Training and Certification Customer Support
"""
full = new + '\n' + gmail_attr(t_usr, 'Marco Bellini <marco.bellini87@gmail.com>', 2) + '\n\n' + q(usr + '\n\n' + gmail_attr(t_req, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 2) + '\n\n' + q(req)) + '\n'
save('status-after-confirmation-gmail', alt(full, cte='quoted-printable'),
     transport('gmail', 'marco.bellini87@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.41', dkims=SESD)
     + aws_headers(FORM_FROM, 'marco.bellini87@gmail.com', 'RE: ' + FORM_RE(C_MARCO), t),
     'support_reply', C_MARCO, True, 'en', new)

# ---------------------------------------------------------------- 014 "thank you for confirming, we will now proceed" (Lukas, outlook)
C_LUKAS = case15(D(2025, 2, 11, 10, 2, 44), 1407)
t_req = D(2025, 2, 12, 16, 30, 2)
t_usr = D(2025, 2, 13, 7, 55, 0)
t = D(2025, 2, 13, 12, 4, 19)
req = f"""Hello Lukas,

I have located both of your certification accounts:

- AWS08120447 (lukas.schneider@outlook.de) - this account will remain active
- AWS14466031 (l.schneider@brenner-it.de) - certifications will be moved to the account above and this account will be deactivated

Please be aware that this change is permanent. Can you please confirm that you would like us to go ahead?

Best regards,
Joseph T.
Amazon Web Services"""
usr = """Hello Joseph,

The details are correct. Please proceed with the merge.

Kind regards
Lukas Schneider"""
new = f"""Hello Lukas,

Thank you for confirming. We will now proceed with moving the certifications from AWS-14466031 to AWS-08120447.

The request has been submitted to our internal team. Please allow up to 3 business days; you will receive a separate email from us as soon as it is done. Until then, please continue to use your current login for the account ending in 0447.

Best regards,
Joseph T.
Amazon Web Services
AWS Training and Certification Customer Support

{FORM_FOOT}"""
full = new + '\n' + outlook_block('Lukas Schneider <lukas.schneider@outlook.de>', t_usr, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', FORM_RE(C_LUKAS), 1) + '\n\n' + usr + '\n\n' + outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', t_req, 'lukas.schneider@outlook.de', FORM_RE(C_LUKAS), 1) + '\n\n' + req + '\n'
save('thanks-for-confirming-will-proceed', alt(full, charset='utf-8', cte='quoted-printable'),
     transport('outlook', 'lukas.schneider@outlook.de', t, AWS_PASS, ses_bounce(t), ip='54.240.8.20', dkims=SESD)
     + aws_headers(FORM_FROM, 'lukas.schneider@outlook.de', FORM_RE(C_LUKAS), t),
     'support_reply', C_LUKAS, True, 'en', new)

# ---------------------------------------------------------------- 015 chaser, missing information, nested quote (Daniel)
t0 = D(2025, 5, 28, 15, 47, 20)
t = D(2025, 6, 2, 16, 3, 55)
prev = f"""Hello Daniel,

Greetings from AWS Training and Certification!

I was able to locate the candidate ID AWS03318840 that you mentioned in your request. However, I am unable to find a second account with the name and details provided. Kindly share the below details so that we can proceed further:

1. The email address used to log in to each of your AWS Certification accounts
2. The notification email address on each account (if different from the login email)
3. The candidate ID of the other account, if you have it

Best regards,
Aditya S."""
new = f"""Hello Daniel,

I hope you are doing well.

This is a gentle follow-up on my previous email below. We have not yet received the login email addresses of your two certification accounts, which we need in order to continue working on your request.

If we do not hear back from you within 5 business days, this case will be closed automatically. You can still reopen it by replying to this email at any time.

Best regards,

Aditya S.
Amazon Web Services
AWS Training and Certification Customer Support
"""
full = new + '\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: ' + rfc(t0) + '\nTo: daniel.okafor.dev@gmail.com\nSubject: ' + FORM_RE(C_DANIEL) + '\n\n' + q(prev) + '\n'
save('chaser-missing-login-emails', alt(full),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.55', dkims=SESD)
     + aws_headers(FORM_FROM, 'daniel.okafor.dev@gmail.com', FORM_RE(C_DANIEL), t),
     'support_reply', C_DANIEL, True, 'en', new)

# ---------------------------------------------------------------- 016 policy: exam scheduled on account to be merged (Kenji, gmail)
C_KENJI = case15(D(2025, 5, 30, 3, 11, 27), 2281)
t = D(2025, 5, 31, 1, 9, 44)
usr_t = D(2025, 5, 30, 3, 11, 27)
usr = """Hello,
I have two AWS Certification account. One is AWS04417823 with my gmail, other is AWS11290356 with old company mail (k.tanaka@example-corp.co.jp).
I want to merge to gmail one. Please help.
Kenji Tanaka"""
new = f"""Hi Kenji,

Thank you for writing to AWS Training and Certification.

Before we can combine your accounts, there is one point I need to clarify with you. Our records show that the candidate account AWS 11290356 has an exam appointment (AWS Certified Solutions Architect - Professional) scheduled with Pearson VUE on June 12, 2025.

As per our policy, accounts cannot be consolidated while an exam is scheduled or while an exam result is still pending, because the result would be posted to an account that no longer exists. Could you please let us know which option you prefer?

a) You keep the appointment, and we wait until your result has been released (usually within 5 business days after the exam) before continuing, or
b) You cancel or reschedule the appointment from your current account first, and we continue right away.

No changes have been made to either account yet.

Best regards,
Hannah W.
Amazon Web Services
AWS Training and Certification Customer Support
"""
full = new + '\n\n' + '--- Original Message ---\n' + 'From: kenji.tanaka.aws@gmail.com\nSent: ' + rfc(usr_t) + '\nSubject: ' + FORM_SUBJ + '\n\n' + usr + '\n'
save('policy-exam-scheduled-blocks', alt(full, cte='base64'),
     transport('gmail', 'kenji.tanaka.aws@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.87', dkims=SESD)
     + aws_headers(FORM_FROM, 'kenji.tanaka.aws@gmail.com', FORM_RE(C_KENJI), t),
     'support_reply', C_KENJI, True, 'en', new)

# ---------------------------------------------------------------- 017 JA policy: names differ (Sho), utf-8 base64 + html, JA quote
t_usr = D(2025, 7, 14, 6, 30, 4)
t = D(2025, 7, 15, 4, 12, 30)
usr = """AWS認定のアカウントが2つあります。
AWS06645121（sho.yamamoto@biglobe.ne.jp）とAWS01987734（会社のアドレス）です。
1つにまとめたいのでお願いします。
山本"""
new = f"""山本 翔 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の鈴木でございます。

アカウント統合のご依頼につきまして確認いたしましたところ、候補者 ID AWS01987734 のアカウントに登録されている氏名が「Kakeru Yamamoto」となっており、もう一方のアカウントの「Sho Yamamoto」と一致しておりませんでした。

恐れ入りますが、認定アカウントの統合は、両アカウントの氏名が公的な身分証明書と一致していることが前提となっております。
つきましては、お手数ですが以下のいずれかのご対応をお願いできますでしょうか。

・正しい氏名がどちらであるかをご返信いただく
・必要に応じて、ログイン後の「プロフィール」から氏名を修正いただく

ご確認いただけましたら、引き続き手続きを進めさせていただきます。
ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

鈴木
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
full = new + '\n' + ja_attr(t_usr, '山本 翔 <sho.yamamoto@biglobe.ne.jp>') + '\n' + q(usr) + '\n'
save('ja-policy-name-mismatch', alt(full, cte='base64'),
     transport('biglobe', 'sho.yamamoto@biglobe.ne.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.12', dkims=SESD)
     + aws_headers(FORM_FROM, 'sho.yamamoto@biglobe.ne.jp', f'RE:[CASE {C_SHO}] AWS トレーニングと認定 お問い合わせ', t),
     'support_reply', C_SHO, True, 'ja', new)

# ---------------------------------------------------------------- 018 voucher question answered (Aisha, yahoo)
C_AISHA = case15(D(2025, 6, 30, 20, 14, 2), 8
                  )
t_usr = D(2025, 7, 1, 9, 2, 13)
t = D(2025, 7, 1, 17, 40, 51)
usr = """Hi,
Before you go ahead I have one question. On my second account I still have an unused 50% discount voucher from my last exam. Will I lose it after the merge?
Thanks
Aisha"""
new = f"""Hi Aisha,

Thanks for checking with us before going ahead - that's a good question.

Exam benefits such as the 50% discount voucher are linked to the certification that earned them, not to the login. When two candidate accounts are combined, any active (unused and unexpired) benefit is carried over to the account that is kept. You will find it under "Benefits" once you sign in.

Please note that vouchers keep their original expiry date; the merge does not extend it. If your voucher expires soon, you may prefer to use it first - just let me know and I'll hold the request.

Let me know how you'd like to continue.

Warm regards,
Kwame A.
Amazon Web Services
AWS Training and Certification Customer Support
"""
full = new + '\n\n' + 'On ' + t_usr.astimezone(tz(1)).strftime('%A, %B %-d, %Y at %-I:%M:%S %p') + ' GMT+1, Aisha Rahman <aisha_rahman@yahoo.co.uk> wrote:\n\n' + q(usr) + '\n'
save('voucher-question-answered-yahoo', alt(full),
     transport('yahoo', 'aisha_rahman@yahoo.co.uk', t, AWS_PASS, ses_bounce(t), ip='54.240.8.33', dkims=SESD)
     + aws_headers(FORM_FROM, 'aisha_rahman@yahoo.co.uk', FORM_RE(C_AISHA), t),
     'support_reply', C_AISHA, True, 'en', new)

# ---------------------------------------------------------------- 019 duplicate case "combined your two requests" (Wei, icloud)
C_WEI = case15(D(2025, 9, 2, 15, 26, 8), 914)
C_WEI2 = case15(D(2025, 9, 3, 1, 2, 55), 2207)
t = D(2025, 9, 3, 19, 58, 12)
new = f"""Hello Wei,

Thank you for contacting AWS Training and Certification.

I noticed that you submitted two requests for the same issue: case {C_WEI} and case {C_WEI2}. To make sure nothing gets lost, I have combined both requests and we will continue all correspondence in case {C_WEI}. Case {C_WEI2} has been closed as a duplicate, so please disregard any automatic notification you may receive for it.

I'm currently reviewing the two candidate accounts you mentioned (AWS15503218 and AWS09122604) and will get back to you shortly. In the meantime, please refrain from opening a new case, as this restarts the queue.

Best regards,
Olga P.
Amazon Web Services
AWS Training and Certification Customer Support
"""
ip = '54.240.8.140'
mf = ses_bounce(t)
ic = [('Received', 'from st43p00im-ztdg10061901.me.com by p00-icloudmta-asmtp-us-west-2a-100-percent-11 (mailgateway 2508B49)\n\twith SMTP id %s for <wei.chen.sf@icloud.com>; %s' % (str(uuid.UUID(int=R.getrandbits(128))), rfc(t + dt.timedelta(seconds=4)))),
      ('Authentication-Results', 'dmarc.icloud.com; dmarc=pass header.from=amazon.com'),
      ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % (rb64(6)[:8], rb64(6)[:8])),
      ('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf)),
      ('Received-SPF', 'pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=a8-140.smtp-out.amazonses.com; envelope-from=%s' % (mf, ip, ip, mf)),
      ('Received', 'from a8-140.smtp-out.amazonses.com (a8-140.smtp-out.amazonses.com [%s])\n\tby p00-icloudmta-asmtp-us-west-2a-100-percent-11 (Postfix) with ESMTPS id 4D2x%s\n\tfor <wei.chen.sf@icloud.com>; %s' % (ip, rb64(6)[:8], rfc(t + dt.timedelta(seconds=3)))),
      ('Return-Path', '<%s>' % mf)]
save('duplicate-cases-combined-icloud', alt(new, cte='quoted-printable'),
     transport('none', 'wei.chen.sf@icloud.com', t, None, mf, extra=ic, dkims=SESD)
     + aws_headers(FORM_FROM, 'wei.chen.sf@icloud.com', FORM_RE(C_WEI), t),
     'support_reply', C_WEI, True, 'en', new)

# ---------------------------------------------------------------- 020 spoofed amazon.com asking password for merge (dmarc fail top, forged pass below)
t = D(2025, 6, 5, 2, 41, 9)
fake_c = case15(D(2025, 6, 4, 18, 0, 3), 5508)
new = f"""Dear AWS Certification candidate,

We are processing your request to merge your AWS Certification accounts (Case {fake_c}).

For security reasons, our verification team must confirm ownership of BOTH accounts before the merge can take place. Please reply to this email within 24 hours with the following:

- Login email and password of each account
- Your date of birth
- A photo of a government-issued ID (front and back)

If we do not receive this information, your request will be cancelled and both accounts may be suspended.

Regards,
AWS Training and Certification Verification Team
"""
mf = 'apache@srv-88-51.vps-hosting.ru'
save('spoof-merge-password-dmarc-fail', alt(new, cte='8bit', hstyle='plain'),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t,
               {'spf': 'softfail', 'dkim': [], 'dmarc': 'fail', 'from_dom': 'amazon.com'},
               mf, ip='91.215.85.51', helo='srv-88-51.vps-hosting.ru',
               forged_ar='amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com')
     + [('Date', rfc(t, 3)), ('From', '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>'),
        ('Reply-To', 'aws-verification-team@outlook-mailbox.co'),
        ('To', 'daniel.okafor.dev@gmail.com'), ('Subject', f'RE:[CASE {fake_c}] Account Merge - identity verification required'),
        ('Message-ID', '<%s@srv-88-51.vps-hosting.ru>' % rhex(24)), ('MIME-Version', '1.0')],
     'support_reply', fake_c, False, 'en', new)

# ---------------------------------------------------------------- 021 2020: can't locate the ID given (Emily, corp relay, no AR)
C_EMILY = '6893214570'
t = D(2020, 3, 5, 21, 7, 40)
new = f"""Hi Emily,

Thank you for your patience while we looked into this.

I was able to find your current account, AWS00988231, without any problem. However, I could not locate the second candidate ID you provided: AWS0071234 only has seven digits, while candidate IDs always consist of "AWS" followed by eight digits. It's possible that a digit went missing when the ID was copied.

Could you please log in to the older account and double-check the candidate ID shown on your profile page? If you are no longer able to log in, the email address you registered with (and roughly when you took your exam) would also help us find it.

Thank you,
Miguel R.
AWS Training and Certification
"""
save('2020-cannot-locate-second-id', leaf(new, 'plain', 'us-ascii', '7bit'),
     transport('corp', 'emily.carter@hartwell-analytics.com', t, None, ses_bounce(t), ip='54.240.11.18', dkims=SESD)
     + aws_headers('"AWS Training and Certification" <aws-certification-support@amazon.com>',
                   'emily.carter@hartwell-analytics.com', f'RE: Your AWS Certification request [Case {C_EMILY}]', t),
     'support_reply', C_EMILY, None, 'en', new)

# ---------------------------------------------------------------- 022 JA apology for delay, status (Sho), shift_jis QP plain
t = D(2025, 7, 23, 8, 5, 2)
new = f"""山本 翔 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

ご依頼いただいておりますアカウント統合の件につきまして、ご連絡が遅くなり大変申し訳ございません。
現在、担当部署にてお客様のアカウント情報の確認作業を進めております。
作業が完了いたしましたら、改めて本ケース（ケース番号 {C_SHO}）にてご連絡いたします。

恐れ入りますが、今しばらくお待ちいただけますようお願い申し上げます。
なお、本件について新たにお問い合わせを作成いただく必要はございません。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
save('ja-status-delay-apology-sjis', leaf(new, 'plain', 'shift_jis', 'quoted-printable'),
     transport('biglobe', 'sho.yamamoto@biglobe.ne.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.12', dkims=SESD)
     + aws_headers(FORM_FROM, 'sho.yamamoto@biglobe.ne.jp', f'RE:[CASE {C_SHO}] AWS トレーニングと認定 お問い合わせ', t,
                   subj_charset='shift_jis'),
     'support_reply', C_SHO, True, 'ja', new)

# ---------------------------------------------------------------- 023 JA "thanks for confirming, proceeding" (Misaki) w/ JA quote
t_req = D(2025, 4, 10, 5, 3, 0)
t_usr = D(2025, 4, 10, 12, 12, 0)
t = D(2025, 4, 11, 1, 48, 26)
req = """佐藤 美咲 様

以下の内容でアカウントを統合いたします。
存続するアカウント: AWS05562098
統合元（閉鎖）アカウント: AWS12873340
統合後は元に戻すことができませんので、内容に誤りがないかご確認のうえ、ご返信ください。

小林"""
usr = """小林様

ご連絡ありがとうございます。
The details are correct. Please proceed with the merge.
内容に間違いありません。よろしくお願いいたします。

佐藤"""
new = f"""佐藤 美咲 様

Amazon Web Services カスタマーサポートの小林でございます。
ご確認いただき、誠にありがとうございます。

いただいた内容にて、これより統合の手続きを進めてまいります。
手続きには通常 2〜3 営業日ほどお時間を頂戴しております。完了いたしましたら、あらためてご連絡いたしますので、今しばらくお待ちくださいませ。

引き続きよろしくお願いいたします。

小林
Amazon Web Services
"""
full = new + '\n' + ja_attr(t_usr, '佐藤美咲 <misaki-sato@nifty.com>') + '\n' + q(usr + '\n\n' + ja_attr(t_req, 'Amazon Web Services <no-reply-aws@amazon.com>') + '\n' + q(req)) + '\n'
save('ja-thanks-confirming-proceeding', leaf(full, 'plain', 'iso-2022-jp', '7bit'),
     transport('nifty', 'misaki-sato@nifty.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.97', dkims=SESD)
     + aws_headers(NOREPLY, 'misaki-sato@nifty.com', f'RE:[CASE {C_MISAKI}] 認定アカウントの統合について', t,
                   subj_charset='iso-2022-jp'),
     'support_reply', C_MISAKI, True, 'ja', new)

# ---------------------------------------------------------------- 024 asks for Credly e-mail before finalising (Aisha)
t = D(2025, 7, 3, 14, 2, 7)
new = f"""Hi Aisha,

Thanks for your reply, and for confirming you'd like to keep the voucher on the account that stays.

One more thing before we finalise: Credly badges are managed separately from your certification record. So that your digital badges end up in the right place, could you please tell us the email address of the Credly account where you want to keep them? If you have two Credly accounts as well, please send both addresses.

As soon as we have this, your request can move forward.

Warm regards,
Kwame A.
Amazon Web Services
AWS Training and Certification Customer Support
"""
save('asks-credly-email-yahoo', alt(new, cte='base64'),
     transport('yahoo', 'aisha_rahman@yahoo.co.uk', t, AWS_PASS, ses_bounce(t), ip='54.240.8.33', dkims=SESD)
     + aws_headers(FORM_FROM, 'aisha_rahman@yahoo.co.uk', FORM_RE(C_AISHA), t),
     'support_reply', C_AISHA, True, 'en', new)

# ---------------------------------------------------------------- 025 2022: which of three accounts to keep (Priya, outlook, 11-digit)
t = D(2022, 9, 15, 11, 26, 40)
new = f"""Dear Priya,

Greetings of the day!

This is with reference to your request for consolidating your AWS Certification accounts. I have checked and found total three accounts registered with your name:

AWS07731904 - priya.raman@outlook.com
AWS13008862 - priya.r@student.unimelb.edu.au
AWS02265517 - praman@infosolve-consulting.com

In your request you have mentioned to "put everything on the first one", however the first account is not having any certification on it as of now, and the AWS Certified Developer - Associate is on AWS02265517. Request you to kindly revert back with which account you would like to retain as primary so that we can process accordingly.

Awaiting for your response.

Thanks and regards,
Sneha
AWS Training and Certification Customer Service
Amazon Web Services
"""
save('2022-which-of-three-to-keep', alt(new, hstyle='outlook'),
     transport('outlook', 'priya.raman@outlook.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.2', dkims=SESD)
     + aws_headers(FORM_FROM, 'priya.raman@outlook.com', 'RE:[CASE 10874523391] We received your request', t),
     'support_reply', '10874523391', True, 'en', new)

# ---------------------------------------------------------------- 026 waiting for exam result (Kenji), gmail quote
t_usr = D(2025, 5, 31, 2, 20, 0)
t = D(2025, 6, 2, 0, 51, 18)
usr = """Hi Hannah,
Thank you. I keep the appointment, option a) please. I take the exam on June 12.
Kenji"""
new = f"""Hi Kenji,

Noted, thank you for letting us know.

I have placed your request on hold until your SAP-C02 result is released. Your result will be posted to the account where the exam is booked (AWS 11290356). Once it appears there, please reply to this email and we will continue with moving everything to AWS 04417823.

If you do not hear from us or have any other question in the meantime, just reply here.

Best regards,
Hannah W.
Amazon Web Services
AWS Training and Certification Customer Support
"""
full = new + '\n' + gmail_attr(t_usr, 'Kenji Tanaka <kenji.tanaka.aws@gmail.com>', 9) + '\n' + q(usr) + '\n'
save('on-hold-until-exam-result', alt(full, cte='quoted-printable'),
     transport('gmail', 'kenji.tanaka.aws@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.87', dkims=SESD)
     + aws_headers(FORM_FROM, 'kenji.tanaka.aws@gmail.com', FORM_RE(C_KENJI), t),
     'support_reply', C_KENJI, True, 'en', new)

# ---------------------------------------------------------------- 027 reply after eight days, asks for candidate IDs (Sven, O365 tenant)
C_SVEN = case15(D(2025, 10, 6, 7, 40, 31), 19)
t = D(2025, 10, 14, 13, 22, 9)
new = f"""Hello Sven,

Please accept our apologies for the delay in getting back to you. We have been receiving an unusually high number of requests and our response times are longer than normal.

Regarding your request to bring your certifications together in one place: your message did not include the candidate IDs of the accounts. To make sure we are looking at the correct records, could you please send us:

- the AWS candidate ID of each account (shown in your CertMetrics profile, it starts with "AWS")
- which of the accounts you would like to continue using

Once we have these, we can prepare the next step for you.

Kind regards,
Lena F.
Amazon Web Services
AWS Training and Certification Customer Support

{FORM_FOOT}"""
save('late-reply-asks-candidate-ids-o365', alt(new, cte='quoted-printable'),
     transport('outlook', 'sven.lindqvist@nordvik-data.se', t, AWS_PASS, ses_bounce(t), ip='54.240.4.18', dkims=SESD)
     + aws_headers(FORM_FROM, 'Sven Lindqvist <sven.lindqvist@nordvik-data.se>', FORM_RE(C_SVEN), t),
     'support_reply', C_SVEN, True, 'en', new)

# ---------------------------------------------------------------- 028 reply from registered address please (Ana, hotmail)
C_ANA = case15(D(2025, 11, 3, 18, 5, 47), 6603)
t = D(2025, 11, 4, 12, 31, 0)
new = f"""Hello Ana,

Thank you for reaching out to AWS Training and Certification.

For your security, we can only make changes to a certification account when the request comes from an email address registered on that account. Your message was sent from ana.souza@hotmail.com, which does not match either of the accounts you mentioned (AWS-10277341 and AWS-06018823).

Could you please reply to this email from the login email address of one of those two accounts? Alternatively, you can add this address as the notification email in your profile and let us know once done.

Thank you for understanding,
Ricardo L.
Amazon Web Services
AWS Training and Certification Customer Support
"""
save('reply-from-registered-address', alt(new, hstyle='aws'),
     transport('outlook', 'ana.souza@hotmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.74', dkims=SESD)
     + aws_headers(FORM_FROM, 'ana.souza@hotmail.com', 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_ANA, t),
     'support_reply', C_ANA, True, 'en', new)

# ================================================================ look-alikes / unrelated
# ---------------------------------------------------------------- 029 Seller Central case, same RE:[CASE] style
t = D(2025, 6, 18, 22, 14, 51)
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the listing for ASIN B0C7K2XQ9M. The listing was suppressed because the main image does not meet our image requirements (the product must fill at least 85% of the frame on a pure white background).

Please upload a compliant image through Manage Inventory > Edit > Images. The suppression is usually lifted within 24 hours after a compliant image has been processed.

Were we able to resolve your issue? Please let us know by clicking the link below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

We hope this helps.

Thank you for selling with Amazon,
Ravi
Amazon Selling Partner Support
"""
mf = '2025061822145112f3c5a4b1e44a8b8e8d7c6f1a2b3c@bounces.amazon.com'
save('seller-central-case-lookalike', alt(new, hstyle='aws'),
     transport('gmail', 'marco.bellini87@gmail.com', t,
               {'spf': 'pass', 'dkim': [('amazon.com', 'pass'), ('amazonses.com', 'pass')], 'dmarc': 'pass', 'from_dom': 'amazon.com'},
               mf, ip='54.240.13.73', helo='a13-73.smtp-out.amazonses.com', dkims=SESD)
     + aws_headers('"Amazon Selling Partner Support" <seller-notification@amazon.com>', 'marco.bellini87@gmail.com',
                   'RE:[CASE 5884881212] Inventory listing suppressed - ASIN B0C7K2XQ9M', t),
     'unrelated', '5884881212', True, 'en', new)

# ---------------------------------------------------------------- 030 AWS console case opened: EC2 quota (same template as an ack)
t = D(2025, 6, 10, 4, 2, 33)
c = case15(t - dt.timedelta(seconds=2), 2760)
new = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Primary Instance Type: All G and VT instances
Limit name: Running On-Demand G and VT instances
New limit value: 32
Use case description: ML training workloads for a customer POC.

You can view the case and add correspondence by visiting the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Sincerely,
Amazon Web Services

This email was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
save('console-case-opened-ec2-quota', alt(new),
     transport('gmail', 'kenji.tanaka.aws@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.87', dkims=SESD)
     + aws_headers(NOREPLY, 'kenji.tanaka.aws@gmail.com', f'Amazon Web Services: You have opened a new Support case: {c}', t),
     'unrelated', c, True, 'en', new)

# ---------------------------------------------------------------- 031 billing case reply about consolidated billing (11-digit 2023)
t = D(2023, 11, 21, 16, 44, 5)
c = '13982206571'
new = f"""Hello Lukas,

Thank you for contacting AWS Billing and Accounts support.

I understand you want the charges of your two AWS accounts to appear on a single invoice. This is possible with consolidated billing in AWS Organizations: one account acts as the management account and the other joins the organization as a member account. The accounts themselves are not combined - each keeps its own resources, root user and account ID - but their usage is billed together.

To set this up:
1. In the account that should pay, open the AWS Organizations console and create an organization.
2. Choose "Add an AWS account" > "Invite an existing AWS account" and enter the ID of the other account.
3. Sign in to the other account and accept the invitation.

Please note that credits and Savings Plans are shared within the organization by default.

{console_footer(c)}
Best regards,
Dimitri V.
Amazon Web Services
"""
save('billing-case-consolidated-billing', alt(new, hstyle='outlook'),
     transport('outlook', 'lukas.schneider@outlook.de', t, AWS_PASS, ses_bounce(t), ip='54.240.8.20', dkims=SESD)
     + aws_headers(NOREPLY, 'lukas.schneider@outlook.de', f'RE:[CASE {c}] Combine invoices of two accounts', t),
     'unrelated', c, True, 'en', new)

# ---------------------------------------------------------------- 032 JA billing case reply (yahoo.co.jp), iso-2022-jp
t = D(2025, 3, 4, 6, 20, 41)
c = case15(D(2025, 3, 3, 9, 11, 2), 418)
new = f"""お客様

AWS 請求およびアカウントサポートの田村でございます。
お問い合わせいただき、ありがとうございます。

請求書の宛名を会社名に変更されたいとのことで承りました。
請求書に記載される宛名は、請求情報ページの「請求先住所」に登録されている情報が反映されます。
以下の手順にて変更していただけますでしょうか。

1. AWS マネジメントコンソールにサインインし、右上のアカウント名から「アカウント」を選択
2. 「連絡先情報」の「編集」から会社名・住所を更新
3. 変更後に発行される請求書から新しい宛名が反映されます

なお、発行済みの請求書の再発行はいたしかねますので、あらかじめご了承ください。

{console_footer(c, 'ja')}
よろしくお願いいたします。
田村
Amazon Web Services
"""
save('ja-billing-case-invoice-name', leaf(new, 'plain', 'iso-2022-jp', '7bit'),
     transport('yahoojp', 'tanaka_kenji_1988@yahoo.co.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.87', dkims=SESD)
     + aws_headers(NOREPLY, 'tanaka_kenji_1988@yahoo.co.jp', f'RE:[CASE {c}] 請求書の宛名変更について', t, subj_charset='iso-2022-jp'),
     'unrelated', c, True, 'ja', new)

# ---------------------------------------------------------------- 033 CertMetrics "wants to hear from you" (SES infra, not AWS sender)
t = D(2025, 6, 20, 15, 0, 12)
new = """Dear Daniel,

AWS Certification wants to hear from you!

You recently earned AWS Certified Developer - Associate. We'd like to learn about your experience preparing for and taking the exam. The survey takes about 5 minutes and your answers are anonymous.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=8f3c1b0e6a2d4b57a9c0e1f2d3c4b5a6

Thank you for helping us improve AWS Certification.

AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.
"""
mf = ses_bounce(t)
save('certmetrics-hear-from-you', alt(new, hstyle='plain'),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t,
               {'spf': 'pass', 'dkim': [('certmetrics.com', 'pass'), ('amazonses.com', 'pass')], 'dmarc': 'pass', 'from_dom': 'certmetrics.com', 'p': 'NONE',
                'sel': {'certmetrics.com': 'x4n7kq2lq3pj5wqv2c3dl7xzm6j5ex2s'}},
               mf, ip='54.240.9.12', dkims=[('certmetrics.com', 'x4n7kq2lq3pj5wqv2c3dl7xzm6j5ex2s'), ('amazonses.com', SES_SELECTOR)])
     + aws_headers('"AWS Certification" <do-not-reply@certmetrics.com>', 'daniel.okafor.dev@gmail.com',
                   'AWS Certification wants to hear from you', t),
     'unrelated', None, False, 'en', new)

# ---------------------------------------------------------------- 034 CertMetrics recertification congrats with candidate ID
t = D(2025, 9, 9, 18, 31, 2)
new = """Congratulations, Lukas!

You have successfully recertified AWS Certified Solutions Architect - Professional. Your certification is now valid until September 9, 2028.

Candidate ID: AWS08120447
Validation number: 7QK3M9XWZP1C4H2D
Certification: AWS Certified Solutions Architect - Professional

Your digital badge will be updated on Credly within 3 business days. Log in to your AWS Certification Account to download your certificate and access your benefits.

https://www.aws.training/Certification

Sincerely,
AWS Training and Certification
"""
mf = ses_bounce(t)
save('certmetrics-recert-congrats-with-id', alt(new, cte='base64', hstyle='plain'),
     transport('outlook', 'lukas.schneider@outlook.de', t,
               {'spf': 'pass', 'dkim': [('certmetrics.com', 'pass')], 'dmarc': 'pass', 'from_dom': 'certmetrics.com'},
               mf, ip='54.240.9.12', dkims=[('certmetrics.com', 'x4n7kq2lq3pj5wqv2c3dl7xzm6j5ex2s')])
     + aws_headers('"AWS Certification" <do-not-reply@certmetrics.com>', 'lukas.schneider@outlook.de',
                   'Congratulations on recertifying AWS Certified Solutions Architect - Professional', t),
     'unrelated', None, False, 'en', new)

# ---------------------------------------------------------------- 035 Pearson VUE appointment confirmation with candidate ID
t = D(2025, 5, 20, 11, 7, 19)
new = """Dear Kenji Tanaka,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Thursday, June 12, 2025
Start time: 10:00 AM JST
Location: Pearson Professional Centers-Tokyo, Japan
Registration ID: 498152207
Candidate ID: AWS11290356

Please arrive 30 minutes before your appointment time and bring two valid forms of identification, as described in the AWS Certification testing policies.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
mf = 'bounce-mc.us17_123456.987654-kenji.tanaka.aws=gmail.com@mail.pearson.com'
save('pearson-vue-appointment', alt(new, hstyle='plain'),
     transport('gmail', 'kenji.tanaka.aws@gmail.com', t,
               {'spf': 'pass', 'dkim': [('pearson.com', 'pass')], 'dmarc': 'pass', 'from_dom': 'pearson.com', 'p': 'REJECT'},
               mf, ip='198.2.180.11', helo='mail180-11.suw21.mandrillapp.com', dkims=[('pearson.com', 'mte1')])
     + [('Date', rfc(t)), ('From', '"Pearson VUE" <pearsonvueconfirmation@pearson.com>'), ('To', 'kenji.tanaka.aws@gmail.com'),
        ('Subject', 'Pearson VUE Confirmation of Booking'), ('Message-ID', '<%s.%d@mail.pearson.com>' % (rhex(32), R.randint(10**8, 10**9))),
        ('MIME-Version', '1.0')],
     'unrelated', None, False, 'en', new)

# ---------------------------------------------------------------- 036 AWS Builder ID verification code
t = D(2025, 8, 19, 8, 59, 3)
new = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 580317

This code expires in 10 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
AWS will never email you asking you to disclose or verify your password, credit card, or banking account number.
"""
mf = ses_bounce(t)
save('builder-id-verification-code', alt(new),
     transport('gmail', 'marco.bellini87@gmail.com', t,
               {'spf': 'pass', 'dkim': [('signin.aws', 'pass'), ('amazonses.com', 'pass')], 'dmarc': 'pass', 'from_dom': 'signin.aws',
                'sel': {'signin.aws': 'ztrbd4yfeqvt5kmdwa5m5ccd3ddzu6ju'}},
               mf, ip='54.240.8.41', dkims=[('signin.aws', 'ztrbd4yfeqvt5kmdwa5m5ccd3ddzu6ju'), ('amazonses.com', SES_SELECTOR)])
     + aws_headers('"AWS" <no-reply@signin.aws>', 'marco.bellini87@gmail.com', 'Verify your AWS Builder ID email address', t),
     'unrelated', None, True, 'en', new)

# ---------------------------------------------------------------- 037 Credly self-service account merge code
t = D(2025, 9, 15, 13, 40, 27)
new = """Hi Priya,

We received a request to merge the Credly account registered to priya.r@student.unimelb.edu.au into your account priya.raman@outlook.com.

Your verification code is: 842 119

Enter this code on the merge page, or click the button below to finish:

Complete Account Merge
https://www.credly.com/users/account_merge/confirm?token=5d1c0f9a7e3b4c21b8a6

All badges from the merged account will appear in your account once the merge is complete. If you did not request this, please ignore this email; no changes will be made.

The Credly Team
Credly, Inc. | 1 Penn Plaza, Suite 3300, New York, NY 10119
"""
mf = 'bounces+4882101-5d1c-priya.raman=outlook.com@em8532.credly.com'
save('credly-self-service-merge-code', alt(new, hstyle='plain'),
     transport('outlook', 'priya.raman@outlook.com', t, ok('credly.com'), mf, ip='149.72.131.22',
               helo='o1.ptr2541.credly.com', dkims=[('credly.com', 's1')])
     + [('Date', rfc(t)), ('From', '"Credly" <admin@credly.com>'), ('To', 'priya.raman@outlook.com'),
        ('Subject', 'Your Credly account merge verification code'), ('Message-ID', '<%s@geopod-ismtpd-3>' % rb64(16).replace('/', '_').replace('+', '-').rstrip('=')),
        ('MIME-Version', '1.0')],
     'unrelated', None, True, 'en', new)

# ---------------------------------------------------------------- 038 Credly badge expiry reminder
t = D(2025, 10, 1, 14, 5, 0)
new = """Hi Aisha,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on December 30, 2025.

To keep your badge active, complete the recertification requirements before it expires. Expired badges remain on your profile but are marked as expired.

View badge: https://www.credly.com/badges/3f2a9c71-6b0e-4d52-a1f8-0c7e9d4b2a61

Credly, Inc. | 1 Penn Plaza, Suite 3300, New York, NY 10119
Unsubscribe from badge expiration notifications: https://www.credly.com/notification_preferences
"""
mf = 'bounces+4882101-77aa-aisha_rahman=yahoo.co.uk@em8532.credly.com'
save('credly-badge-expiry-reminder', alt(new, hstyle='plain', cte='base64'),
     transport('yahoo', 'aisha_rahman@yahoo.co.uk', t, ok('credly.com'), mf, ip='149.72.131.22',
               helo='o1.ptr2541.credly.com', dkims=[('credly.com', 's1')])
     + [('Date', rfc(t)), ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
        ('To', 'aisha_rahman@yahoo.co.uk'),
        ('Subject', 'Your AWS Certified Cloud Practitioner badge expires in 90 days'), ('Message-ID', '<%s@geopod-ismtpd-7>' % rb64(16).replace('/', '_').replace('+', '-').rstrip('=')),
        ('MIME-Version', '1.0')],
     'unrelated', None, True, 'en', new)

# ---------------------------------------------------------------- 039 GitHub merged PR
t = D(2025, 6, 3, 8, 12, 44)
new = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nordvik-data/infra-terraform/pull/482#event-18204417734
You are receiving this because you were mentioned.
"""
html_gh = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/nordvik-data/infra-terraform/pull/482">#482</a> into main.</p>\n\n'
           '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
           '<a href="https://github.com/nordvik-data/infra-terraform/pull/482#event-18204417734">view it on GitHub</a>.<br />'
           'You are receiving this because you were mentioned.</p>\n')
mf = 'noreply@github.com'
save('github-pr-merged', alt(new, cte='7bit', html_text=html_gh, boundary='--==_mimepart_683eaf0c9e1b4_%d' % R.randint(1000, 9999)),
     transport('gmail', 'sven.lindqvist.dev@gmail.com', t, ok('github.com', [('github.com', 'pass')]), mf,
               ip='192.30.252.207', helo='out-24.smtp.github.com', dkims=[('github.com', 'pf2023')])
     + [('Date', rfc(t)), ('From', 'Ingrid Holm <notifications@github.com>'), ('Reply-To', 'nordvik-data/infra-terraform <reply+AB3XQ7@reply.github.com>'),
        ('To', 'nordvik-data/infra-terraform <infra-terraform@noreply.github.com>'), ('Cc', 'Sven Lindqvist <sven.lindqvist.dev@gmail.com>, Mention <mention@noreply.github.com>'),
        ('Message-ID', '<nordvik-data/infra-terraform/pull/482/issue_event/18204417734@github.com>'),
        ('In-Reply-To', '<nordvik-data/infra-terraform/pull/482@github.com>'),
        ('References', '<nordvik-data/infra-terraform/pull/482@github.com>'),
        ('Subject', 'Re: [nordvik-data/infra-terraform] Merge cert-accounts IAM module into main (PR #482)'),
        ('MIME-Version', '1.0'), ('X-GitHub-Reason', 'mention'), ('List-ID', 'nordvik-data/infra-terraform <infra-terraform.nordvik-data.github.com>')],
     'unrelated', None, False, 'en', new)

# ---------------------------------------------------------------- 040 AWS T&C newsletter (HTML only, genuine amazon.com)
t = D(2025, 7, 8, 17, 0, 9)
html_nl = """<html><head><meta charset="utf-8"></head><body style="background:#f2f3f3;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#fff;font-family:Arial,sans-serif;color:#16191f">
<tr><td style="padding:20px 28px;background:#232f3e;color:#fff;font-size:22px">AWS Training &amp; Certification | July update</td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:22px">
<p>Hi Wei,</p>
<p><b>New: AWS Certified AI Practitioner exam prep plan.</b> Get ready with the free 4-step plan on AWS Skill Builder, including practice questions and an official pretest.</p>
<p><b>Good to know:</b> did you earn certifications using more than one email address? Keep your achievements together by signing in with the same account each time you schedule an exam. Our <a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a> explain how to manage your account.</p>
<p><b>Save 50%</b> on your next exam with the benefit from your current certification.</p>
<p><a href="https://skillbuilder.aws/" style="background:#ff9900;color:#16191f;padding:10px 18px;text-decoration:none;border-radius:2px">Start learning</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.<br>
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a> | <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></td></tr></table></body></html>
"""
new = re.sub(r'<[^>]+>', ' ', html_nl)
mf = ses_bounce(t)
save('aws-tc-newsletter-html-only', leaf(html_nl, 'html', 'utf-8', 'quoted-printable'),
     transport('none', 'wei.chen.sf@icloud.com', t, None, mf, extra=[
         ('Received', 'from a8-200.smtp-out.amazonses.com (a8-200.smtp-out.amazonses.com [54.240.8.200])\n\tby p00-icloudmta-asmtp-us-west-2a-100-percent-4 (Postfix) with ESMTPS id 4bQ%s\n\tfor <wei.chen.sf@icloud.com>; %s' % (rb64(6)[:7], rfc(t + dt.timedelta(seconds=2)))),
         ('Authentication-Results', 'dmarc.icloud.com; dmarc=pass header.from=amazon.com'),
         ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s' % rb64(6)[:8]),
         ('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates 54.240.8.200 as permitted sender) smtp.mailfrom=%s' % (mf, mf)),
         ('Return-Path', '<%s>' % mf)], dkims=SESD)
     + aws_headers('"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', 'wei.chen.sf@icloud.com',
                   'Your July update: new exam prep plan and a tip for your certification account', t,
                   extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]),
     'unrelated', None, True, 'en', new)

# ---------------------------------------------------------------- 041 phishing not about merge: account suspended (outlook, dmarc fail)
t = D(2025, 10, 20, 3, 12, 55)
new = """Dear AWS Customer,

We were unable to process the payment for your AWS account. As a result, your account has been temporarily suspended and all running resources will be terminated within 24 hours.

To restore access, please update your payment information immediately:

https://aws-billing-restore.com/signin?ref=acct-suspend

If you have already updated your payment details, please disregard this message.

Regards,
AWS Billing Department
"""
save('phish-account-suspended-not-merge', alt(new, hstyle='plain'),
     transport('outlook', 'sven.lindqvist@nordvik-data.se', t,
               {'spf': 'fail', 'dkim': [], 'dmarc': 'fail', 'from_dom': 'amazon.com'},
               'info@mx1.aws-billing-restore.com', ip='45.137.21.9', helo='mx1.aws-billing-restore.com')
     + [('Date', rfc(t)), ('From', '"Amazon Web Services" <billing@amazon.com>'), ('To', 'sven.lindqvist@nordvik-data.se'),
        ('Subject', 'Action required: your AWS account has been suspended'), ('Message-ID', '<%s@mx1.aws-billing-restore.com>' % rhex(16)),
        ('MIME-Version', '1.0')],
     'unrelated', None, False, 'en', new)

# ---------------------------------------------------------------- 042 Microsoft certification profile merge (not AWS)
t = D(2025, 8, 28, 19, 33, 1)
new = """Your Microsoft Learn profiles have been merged

Hi Ana,

As you requested through Certification support, we have merged your certification profiles. All certifications, exam history and transcripts from your secondary profile are now available in your primary Microsoft Learn profile (ana.souza@hotmail.com).

You can review your credentials at https://learn.microsoft.com/users/me/credentials

If anything looks wrong, reply to this email within 14 days.

Microsoft Worldwide Learning
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
save('microsoft-learn-profiles-merged', alt(new, hstyle='plain'),
     transport('outlook', 'ana.souza@hotmail.com', t, ok('microsoft.com'), 'bounces@email.microsoft.com',
               ip='13.107.246.38', helo='mail-dm6nam12on2038.outbound.protection.outlook.com', dkims=[('microsoft.com', 'selector2')])
     + [('Date', rfc(t)), ('From', '"Microsoft Learn" <learn@microsoft.com>'), ('To', 'ana.souza@hotmail.com'),
        ('Subject', 'Your certification profiles have been merged'),
        ('Message-ID', '<%s@DM6PR12MB4123.namprd12.prod.outlook.com>' % rhex(32).upper()), ('MIME-Version', '1.0')],
     'unrelated', None, False, 'en', new)

# ---------------------------------------------------------------- 043 colleague asks how the merge went (gmail, genuine but not AWS)
t_me = D(2025, 6, 6, 7, 2, 0)
t = D(2025, 6, 6, 12, 48, 31)
mine = """Hi Tomasz, yes, I did it last month through the Training & Certification contact form. Took about a week in total. Happy to share the details.
Daniel"""
new = """Thanks Daniel!

Could you forward me what they asked you to confirm? I have the same problem - my old account is AWS07460192 (from my previous job) and the new one AWS13559028. Not sure which one I should ask them to keep, the old one has the SAA and the new one the DVA.

Also did your Credly badges move automatically?

Cheers,
Tomasz
"""
full = new + '\n' + gmail_attr(t_me, 'Daniel Okafor <daniel.okafor.dev@gmail.com>', 1) + '\n' + q(mine) + '\n'
save('colleague-asks-about-merge', alt(full, hstyle='gmail', boundary='000000000000%s' % rhex(16)),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t, ok('gmail.com', p='NONE'), 'tomasz.wrobel.cloud@gmail.com',
               ip='209.85.220.41', helo='mail-sor-f41.google.com', dkims=[('gmail.com', '20230601')])
     + [('Date', rfc(t, 2)), ('From', addr('Tomasz Wróbel', 'tomasz.wrobel.cloud@gmail.com')), ('To', 'Daniel Okafor <daniel.okafor.dev@gmail.com>'),
        ('Subject', 'Re: AWS cert accounts merge?'), ('Message-ID', '<CAH%s@mail.gmail.com>' % rb64(40).replace('/', 'x')[:50]),
        ('In-Reply-To', '<CAJ%s@mail.gmail.com>' % rb64(40).replace('/', 'y')[:50]),
        ('MIME-Version', '1.0')],
     'unrelated', None, False, 'en', new)

# ================================================================ more acknowledgements
# ---------------------------------------------------------------- 044 JA console ack, docomo, utf-8 QP alt
t = D(2025, 11, 12, 23, 48, 7)
c = case15(t - dt.timedelta(seconds=3), 1155)
new = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせを受け付け、ケース {c} を作成しました。

ケース ID: {c}
件名: AWS認定 アカウントの統合（メールアドレスが2つ）
重要度: 一般的なガイダンス

ケースの状況は AWS サポートセンターでご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja

※このメールアドレスは送信専用です。ケースを更新する場合は、上記 URL からお手続きください。

Amazon Web Services
"""
save('ja-console-ack-docomo-utf8', alt(new, cte='quoted-printable'),
     transport('docomo', 'ryo.ishikawa-0815@docomo.ne.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.115', dkims=SESD)
     + aws_headers(NOREPLY, 'ryo.ishikawa-0815@docomo.ne.jp', f'Amazon Web Services: 新しいサポートケースを開きました: {c}', t),
     'case_created', c, True, 'ja', new)

# ---------------------------------------------------------------- 045 ack, wrong charset label (utf-8 bytes declared iso-8859-1)
t = D(2025, 12, 1, 10, 3, 58)
c = case15(t - dt.timedelta(seconds=4), 671)
new = f"""Dear Valued Customer,

Thank you for reaching out to AWS Training and Certification. We’re writing to confirm that your inquiry has been received.

Case ID - {c}
Category - Certification / Account Merge
Submitted by - José Antonio Ruiz

Our team aims to respond within 24 hours. You don’t need to do anything else right now – we’ll be in touch by email. Replies to this email are added to your case automatically.

Kind regards,
AWS Training and Certification Customer Support
"""
raw_leaf = leaf(new, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1')
save('ack-wrong-charset-label', raw_leaf,
     transport('outlook', 'ja.ruiz@ruiz-consultores.es', t, AWS_PASS, ses_bounce(t, '0102'), ip='54.240.4.9',
               helo='b224-9.smtp-out.eu-west-1.amazonses.com', dkims=SESD)
     + aws_headers(FORM_FROM, 'ja.ruiz@ruiz-consultores.es', f'[CASE {c}] {FORM_SUBJ}', t, msgid=ses_id(t, '0102')),
     'case_created', c, True, 'en', new)

# ---------------------------------------------------------------- 046 bilingual JA/EN ack (yahoo.co.jp), base64 utf-8
t = D(2025, 2, 26, 0, 30, 44)
c = case15(t - dt.timedelta(seconds=2), 8812)
new = f"""田中 健二 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号: {c}

担当者より、原則として 24 時間以内にメールにてご連絡いたします。
追加情報がある場合は、このメールにそのまま返信してください（件名は変更しないでください）。

----------------------------------------------------------------
(English)
We have received your inquiry to AWS Training and Certification.
Case number: {c}
An agent will reply by email, usually within 24 hours. To add information, reply to this email without changing the subject.
----------------------------------------------------------------

AWS トレーニングと認定 カスタマーサポート
"""
save('bilingual-ack-yahoojp', alt(new, cte='base64'),
     transport('yahoojp', 'tanaka_kenji_1988@yahoo.co.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.87', dkims=SESD)
     + aws_headers(FORM_FROM, 'tanaka_kenji_1988@yahoo.co.jp', f'[CASE {c}] お問い合わせを受け付けました / We received your inquiry', t),
     'case_created', c, True, 'ja', new)

# ---------------------------------------------------------------- 047 2022 console ack, 11-digit, gmail, plain only
t = D(2022, 4, 19, 13, 55, 20)
c = '12094587361'
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: Certification - two candidate accounts
Severity: General guidance

An AWS Support representative will respond as soon as possible. You can view the case or add correspondence at any time in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
save('2022-console-ack-11digit', leaf(new, 'plain', 'utf-8', '7bit'),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.55', dkims=SESD)
     + aws_headers(NOREPLY, 'daniel.okafor.dev@gmail.com', f'Amazon Web Services: New Support case: {c}', t),
     'case_created', c, True, 'en', new)

# ---------------------------------------------------------------- 048 JA HTML-only ack (so-net)
t = D(2025, 10, 27, 5, 9, 31)
c = case15(t - dt.timedelta(seconds=5), 3034)
html_ja = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>岡田 由美子 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>
お送りいただいた内容を確認し、ケースを作成いたしました。</p>
<table style="border-collapse:collapse">
<tr><td style="padding:4px 12px;background:#f2f3f3">ケース ID</td><td style="padding:4px 12px">{c}</td></tr>
<tr><td style="padding:4px 12px;background:#f2f3f3">お問い合わせ種別</td><td style="padding:4px 12px">認定 ／ アカウントの統合</td></tr>
</table>
<p>担当者が確認のうえ、ご登録のメールアドレス宛てにご連絡いたします。通常 1 営業日以内にご返信しておりますが、混雑状況によりお時間をいただく場合がございます。</p>
<p>同じ内容で重ねてお問い合わせいただきますと、ご回答がさらに遅れる場合がございます。あらかじめご了承ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>
"""
new = re.sub(r'<[^>]+>', ' ', html_ja)
save('ja-html-only-ack-sonet', leaf(html_ja, 'html', 'utf-8', 'base64'),
     transport('sonet', 'yumiko.okada@mbr.so-net.ne.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.150', dkims=SESD)
     + aws_headers(FORM_FROM, 'yumiko.okada@mbr.so-net.ne.jp', f'[CASE {c}] AWS トレーニングと認定へのお問い合わせありがとうございます', t),
     'case_created', c, True, 'ja', new)

# ---------------------------------------------------------------- 049 ack, case id only in body, corporate O365
t = D(2025, 9, 22, 6, 41, 12)
c = case15(t - dt.timedelta(seconds=3), 40)
new = f"""Hi there,

We got your message - thanks for contacting AWS Training and Certification.

Your reference number is {c}. Please keep it handy; you'll need it if you contact us again about this request.

What you told us:
Topic: Certification account
Request: Combine accounts

We'll reply within one business day. If you think of anything else we should know, such as other email addresses you may have used for exams, just reply to this message.

AWS Training and Certification Customer Support
https://aws.amazon.com/training/
"""
save('ack-id-in-body-only-o365', alt(new, hstyle='aws'),
     transport('outlook', 'noor.haddad@meridian-fs.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.11', dkims=SESD)
     + aws_headers(FORM_FROM, 'Noor Haddad <noor.haddad@meridian-fs.com>', 'We have received your inquiry', t),
     'case_created', c, True, 'en', new)

# ---------------------------------------------------------------- 050 ack of a second (duplicate) case with help links (Wei, icloud)
t = D(2025, 9, 3, 1, 3, 1)
c = C_WEI2
new = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support. Your request has been received and case {c} has been created.

Response time: within 24 hours
Topic: AWS Certification - Account Merge

While you wait, these articles may answer your question:
- How do I merge two AWS Certification accounts? https://aws.amazon.com/certification/faqs/#account
- Where can I find my AWS candidate ID? https://aws.amazon.com/certification/faqs/#candidate-id

If you already have an open case for this request, you do not need to do anything - we will continue in the existing case.

Sincerely,
AWS Training and Certification Customer Support
"""
mf = ses_bounce(t)
ic = [('Received', 'from a8-140.smtp-out.amazonses.com (a8-140.smtp-out.amazonses.com [54.240.8.140])\n\tby p00-icloudmta-asmtp-us-west-2a-100-percent-7 (Postfix) with ESMTPS id 4bH%s\n\tfor <wei.chen.sf@icloud.com>; %s' % (rb64(6)[:7], rfc(t + dt.timedelta(seconds=2)))),
      ('Authentication-Results', 'dmarc.icloud.com; dmarc=pass header.from=amazon.com'),
      ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s' % rb64(6)[:8]),
      ('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates 54.240.8.140 as permitted sender) smtp.mailfrom=%s' % (mf, mf)),
      ('Return-Path', '<%s>' % mf)]
save('ack-second-case-with-help-links', alt(new),
     transport('none', 'wei.chen.sf@icloud.com', t, None, mf, extra=ic, dkims=SESD)
     + aws_headers(FORM_FROM, 'wei.chen.sf@icloud.com', f'[CASE {c}] {FORM_SUBJ}', t),
     'case_created', c, True, 'en', new)

# ================================================================ confirmation requests
# ---------------------------------------------------------------- 051 EN confirmation request after info (Daniel), gmail quote
t_usr = D(2025, 6, 3, 6, 10, 0)
t = D(2025, 6, 3, 19, 27, 45)
usr = """Hi Aditya,

Sorry for the late reply. Here are the details:
Account 1: AWS03318840 - login daniel.okafor.dev@gmail.com
Account 2: AWS10092275 - login d.okafor@lagos-fintech.ng (I no longer have access to this mailbox)
I would like to keep account 1.

Thanks,
Daniel"""
new = f"""Hello Daniel,

Thank you for providing the details.

Based on the information shared, please find below the accounts that will be merged:

Source account (will be deactivated): AWS10092275 - d.okafor@lagos-fintech.ng
Destination account (will remain): AWS03318840 - daniel.okafor.dev@gmail.com

All certifications, exam history and benefits from the source account will be moved to the destination account. Kindly note that the merge is permanent and cannot be undone once completed.

Please reply to this email to confirm that the above details are correct and that you would like us to proceed with the merge.

Best regards,

Aditya S.
Amazon Web Services
AWS Training and Certification Customer Support

{FORM_FOOT}"""
full = new + '\n' + gmail_attr(t_usr, 'Daniel Okafor <daniel.okafor.dev@gmail.com>', 1) + '\n' + q(usr) + '\n'
save('confirm-request-source-destination', alt(full),
     transport('gmail', 'daniel.okafor.dev@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.55', dkims=SESD)
     + aws_headers(FORM_FROM, 'daniel.okafor.dev@gmail.com', FORM_RE(C_DANIEL), t),
     'merge_confirmation_requested', C_DANIEL, True, 'en', new)

# ---------------------------------------------------------------- 052 JA confirmation request (Sho), utf-8 QP + html
t = D(2025, 7, 28, 2, 40, 16)
new = f"""山本 翔 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
カスタマーサポートの鈴木でございます。

氏名のご修正をいただき、ありがとうございました。確認が取れましたので、以下の内容でアカウントの統合を行う予定です。

【統合後も残るアカウント】
候補者 ID：AWS06645121（sho.yamamoto@biglobe.ne.jp）

【統合され、閉鎖されるアカウント】
候補者 ID：AWS01987734

統合を実施いたしますと、元に戻すことはできません。
上記の内容でお間違いがなければ、本メールにご返信のうえ、統合の実施についてご了承いただけますでしょうか。
ご返信を確認後、手続きを開始いたします。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
save('ja-confirm-request-biglobe', alt(new, cte='quoted-printable'),
     transport('biglobe', 'sho.yamamoto@biglobe.ne.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.12', dkims=SESD)
     + aws_headers(FORM_FROM, 'sho.yamamoto@biglobe.ne.jp', f'RE:[CASE {C_SHO}] AWS トレーニングと認定 お問い合わせ', t),
     'merge_confirmation_requested', C_SHO, True, 'ja', new)

# ---------------------------------------------------------------- 053 EN confirmation request, spaced ids, Outlook quote (Sven)
t_usr = D(2025, 10, 14, 15, 2, 0)
t = D(2025, 10, 15, 9, 14, 33)
usr = """Hi Lena,

No problem. The IDs are aws04581120 (old, sven.lindqvist.dev@gmail.com) and aws12290067 (current, this address). Please keep the current one.

Best regards,
Sven Lindqvist
Cloud Architect | Nordvik Data AB"""
new = f"""Hello Sven,

Thank you for the information.

Before we go ahead, please review the following carefully:

- Account that stays active: AWS 12290067 (sven.lindqvist@nordvik-data.se)
- Account that will be merged into it and closed: AWS 04581120 (sven.lindqvist.dev@gmail.com)

After the merge you will sign in only with sven.lindqvist@nordvik-data.se. This cannot be reversed afterwards.

If all of this is correct, could you reply with "I confirm" (or similar) so we can start the process?

Kind regards,
Lena F.
Amazon Web Services
AWS Training and Certification Customer Support
"""
full = new + '\n' + outlook_block('Sven Lindqvist <sven.lindqvist@nordvik-data.se>', t_usr, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', FORM_RE(C_SVEN), 2) + '\n\n' + usr + '\n'
save('confirm-request-spaced-ids-o365', alt(full, hstyle='aws'),
     transport('outlook', 'sven.lindqvist@nordvik-data.se', t, AWS_PASS, ses_bounce(t), ip='54.240.4.18', dkims=SESD)
     + aws_headers(FORM_FROM, 'Sven Lindqvist <sven.lindqvist@nordvik-data.se>', FORM_RE(C_SVEN), t),
     'merge_confirmation_requested', C_SVEN, True, 'en', new)

# ================================================================ completions
# ---------------------------------------------------------------- 054 EN done, paraphrased (Marco)
t = D(2025, 8, 25, 10, 2, 9)
new = f"""Hello Marco,

Good news: your certification records have now been consolidated. Everything that was on AWS00341558 - your AWS Certified Cloud Practitioner and AWS Certified Developer - Associate, together with the exam history - now sits on AWS09876012, and the old account has been deactivated.

Please sign in with marco.bellini87@gmail.com and check that all your certifications and benefits are listed. Your Credly badges will be reissued to the email of the remaining account within a few days.

Best regards,
Nadia K.
Amazon Web Services
AWS Training and Certification Customer Support
"""
save('completed-consolidated-paraphrase', alt(new, cte='base64'),
     transport('gmail', 'marco.bellini87@gmail.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.41', dkims=SESD)
     + aws_headers(FORM_FROM, 'marco.bellini87@gmail.com', FORM_RE(C_MARCO), t),
     'merge_completed', C_MARCO, True, 'en', new)

# ---------------------------------------------------------------- 055 JA done (Misaki), iso-2022-jp
t = D(2025, 4, 14, 3, 20, 5)
new = f"""佐藤 美咲 様

Amazon Web Services カスタマーサポートの小林でございます。
大変お待たせいたしました。

ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告いたします。
AWS12873340 に登録されていた認定資格および受験履歴は、すべて AWS05562098 に移行されております。

お手数ですが、misaki-sato@nifty.com でサインインのうえ、認定資格および特典が正しく表示されていることをご確認ください。

{console_footer(C_MISAKI, 'ja')}
よろしくお願いいたします。
小林
Amazon Web Services
"""
save('ja-completed-iso2022', leaf(new, 'plain', 'iso-2022-jp', '7bit'),
     transport('nifty', 'misaki-sato@nifty.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.97', dkims=SESD)
     + aws_headers(NOREPLY, 'misaki-sato@nifty.com', f'RE:[CASE {C_MISAKI}] 認定アカウントの統合について', t,
                   subj_charset='iso-2022-jp'),
     'merge_completed', C_MISAKI, True, 'ja', new)

# ---------------------------------------------------------------- 056 closure that also says merge done (Lukas)
t = D(2025, 2, 17, 15, 33, 48)
new = f"""Hello Lukas,

I'm happy to let you know that the merge of your accounts has been completed. Your certifications previously held on AWS14466031 are now available on AWS08120447, and you can sign in with lukas.schneider@outlook.de as before.

As no further action is needed, we are now resolving this case. If something doesn't look right, simply reply to this email within 14 days and the case will be reopened.

How did we do? Your feedback helps us improve:
Was your issue resolved?  YES: https://support.aws.amazon.com/survey?c={C_LUKAS}&r=1   NO: https://support.aws.amazon.com/survey?c={C_LUKAS}&r=0

Best regards,
Joseph T.
Amazon Web Services
AWS Training and Certification Customer Support
"""
save('closure-with-merge-done', alt(new),
     transport('outlook', 'lukas.schneider@outlook.de', t, AWS_PASS, ses_bounce(t), ip='54.240.8.20', dkims=SESD)
     + aws_headers(FORM_FROM, 'lukas.schneider@outlook.de', FORM_RE(C_LUKAS), t),
     'merge_completed', C_LUKAS, True, 'en', new)

# ================================================================ surveys
# ---------------------------------------------------------------- 057 console case resolved + survey (Priya)
t = D(2025, 6, 7, 9, 30, 12)
new = f"""Hello,

Your AWS Support case {C_PRIYA} has been resolved. If you still need help, you can reopen the case in the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={C_PRIYA}&language=en

We'd love to hear about your experience.

Was your issue resolved?
YES  https://console.aws.amazon.com/support/feedback?displayId={C_PRIYA}&resolved=yes
NO   https://console.aws.amazon.com/support/feedback?displayId={C_PRIYA}&resolved=no

How would you rate the support you received? (1 = poor, 5 = excellent)

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
save('console-case-resolved-survey', alt(new),
     transport('outlook', 'priya.raman@outlook.com', t, AWS_PASS, ses_bounce(t), ip='54.240.8.64', dkims=SESD)
     + aws_headers(NOREPLY, 'priya.raman@outlook.com', f'[Case {C_PRIYA}] Your AWS Support case has been resolved', t),
     'survey', C_PRIYA, True, 'en', new)

# ---------------------------------------------------------------- 058 JA closure + rating (Sho), shift_jis base64 alt
t = D(2025, 8, 4, 1, 5, 40)
new = f"""山本 翔 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース番号 {C_SHO} はクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします（所要時間：約1分）。

問題は解決しましたか？
はい： https://support.aws.amazon.com/survey?case={C_SHO}&answer=yes
いいえ： https://support.aws.amazon.com/survey?case={C_SHO}&answer=no

担当者の対応を 5 段階で評価してください。

※本メールは送信専用のアドレスからお送りしております。
AWS トレーニングと認定 カスタマーサポート
"""
save('ja-closure-survey-sjis', alt(new, charset='shift_jis', cte='base64'),
     transport('biglobe', 'sho.yamamoto@biglobe.ne.jp', t, AWS_PASS, ses_bounce(t), ip='54.240.8.12', dkims=SESD)
     + aws_headers(FORM_FROM, 'sho.yamamoto@biglobe.ne.jp', f'[CASE {C_SHO}] お問い合わせはクローズされました – アンケートのお願い', t),
     'survey', C_SHO, True, 'ja', new)

# ================================================================ Credly
# ---------------------------------------------------------------- 059 Credly badge issued (Marco, after merge)
t = D(2025, 8, 27, 16, 12, 3)
new = """Marco, you earned a badge!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer – Associate.

Accept your badge to share your achievement with your network and employers.

Accept your badge: https://www.credly.com/earner/earned/badge/9b6d2f01-4c7a-4e3b-8f55-7a1e2c9d0b43

Credly, Inc. | 1 Penn Plaza, Suite 3300, New York, NY 10119
"""
mf = 'bounces+4882101-9b6d-marco.bellini87=gmail.com@em8532.credly.com'
save('credly-badge-issued', alt(new, hstyle='plain'),
     transport('gmail', 'marco.bellini87@gmail.com', t, ok('credly.com', [('sendgrid.net', 'pass')]), mf, ip='149.72.131.22',
               helo='o1.ptr2541.credly.com', dkims=[('credly.com', 's1'), ('sendgrid.net', 'smtpapi')])
     + [('Date', rfc(t)), ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
        ('To', 'marco.bellini87@gmail.com'),
        ('Subject', enc_subject('Marco, you earned a badge: AWS Certified Developer – Associate')),
        ('Message-ID', '<%s@geopod-ismtpd-2>' % rb64(16).replace('/', '_').replace('+', '-').rstrip('=')),
        ('MIME-Version', '1.0')],
     'credly_badge_issued', None, True, 'en', new)

# ---------------------------------------------------------------- 060 Credly badges moved after merge (Lukas)
t = D(2025, 2, 19, 8, 44, 27)
new = """Hi Lukas,

Your badges from Amazon Web Services Training and Certification have been transferred to this account following an update to your certification record.

Badges now in your account:
- AWS Certified Solutions Architect – Professional
- AWS Certified Security – Specialty

Some of these badges still need to be accepted before they appear on your public profile.

Accept your badges: https://www.credly.com/earner/earned

Credly, Inc. | 1 Penn Plaza, Suite 3300, New York, NY 10119
"""
mf = 'bounces+4882101-c3e1-lukas.schneider=outlook.de@em8532.credly.com'
save('credly-badges-transferred-after-merge', alt(new, hstyle='plain', cte='quoted-printable'),
     transport('outlook', 'lukas.schneider@outlook.de', t, ok('credly.com'), mf, ip='149.72.131.22',
               helo='o1.ptr2541.credly.com', dkims=[('credly.com', 's1')])
     + [('Date', rfc(t)), ('From', '"Credly" <admin@credly.com>'), ('To', 'lukas.schneider@outlook.de'),
        ('Subject', 'Your AWS badges have been moved to your Credly account'),
        ('Message-ID', '<%s@geopod-ismtpd-5>' % rb64(16).replace('/', '_').replace('+', '-').rstrip('=')),
        ('MIME-Version', '1.0')],
     'credly_badge_issued', None, True, 'en', new)

# ##MAILS-END##


# =================================================================== write + check
def finish():
    import email
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    problems = []
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = label
        msg = email.message_from_bytes(data)
        txt = decoded_text(msg)
        subj = str(email.header.make_header(email.header.decode_header(msg.get('Subject', ''))))
        full = subj + '\n' + txt
        norm = {'AWS' + m for m in ACC_RE.findall(full)}
        for a in label['account_ids']:
            if a not in norm:
                problems.append((fname, 'account id not found', a))
        if label['case_id'] and label['case_id'] not in full:
            problems.append((fname, 'case id not found', label['case_id']))
        if label['case_id'] and not re.fullmatch(r'\d+', label['case_id']):
            problems.append((fname, 'case id not digits'))
        if label['kind'] not in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                                 'credly_badge_issued', 'support_reply', 'unrelated'):
            problems.append((fname, 'bad kind'))
        has_ar = any(k.lower() == 'authentication-results' for k in msg.keys())
        if not has_ar and label['sender_verified'] is not None:
            problems.append((fname, 'no AR but verified not null'))
        if has_ar and label['sender_verified'] is None:
            problems.append((fname, 'AR present but verified null'))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    from collections import Counter
    print(len(MAILS), 'mails', dict(Counter(l['kind'] for _, _, l in MAILS)))
    for p in problems:
        print('PROBLEM', p)


if __name__ == '__main__':
    finish()
