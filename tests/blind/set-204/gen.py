#!/usr/bin/env python3
"""Generator for blind set 204: AWS Certification account-merge mailbox.

Each add() call writes one .eml file and updates labels.json at once, so the
script can be extended in parts.  Emphasis of this set: merge confirmation
requests and mails that look like them (accounts + direction named, but
something else or nothing asked).  Half English, half Japanese.
"""
import base64, quopri, json, os, random, re, unicodedata, html
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email import charset as _cs
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20404)
LABELS_PATH = os.path.join(OUT, 'labels.json')
LABELS = {}
NEWTEXT = {}

UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7), 'PDT')
PST = timezone(timedelta(hours=-8), 'PST')
EDT = timezone(timedelta(hours=-4), 'EDT')
IST = timezone(timedelta(hours=5, minutes=30), 'IST')
BST = timezone(timedelta(hours=1), 'BST')
CEST = timezone(timedelta(hours=2), 'CEST')


def U(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(dt, tail):
    """15-digit display id: Unix time of opening + 5 digits."""
    return '%d%05d' % (int(dt.timestamp()), tail)


# ---------------------------------------------------------------- randomness
def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(a) for _ in range(n))


def ruuid():
    return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def fmt(dt, tz=UTC, comment=True):
    d = dt.astimezone(tz)
    s = format_datetime(d)
    if comment and tz is not UTC and tz.tzname(None) not in (None, 'UTC'):
        s += ' (%s)' % tz.tzname(None)
    return s


def ses_id(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    host = 'email.amazonses.com' if not region else '%s.amazonses.com' % region
    pre = '0100' if not region else '0101'
    return '%s%012x-%s-000000@%s' % (pre, ms, ruuid(), host)


# ---------------------------------------------------------------- headers
def fold_b64(prefix, n, indent='        '):
    s = rb64(n)
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    return prefix + ('\n' + indent).join(lines)


def dkim(d, s, dt, h, indent='\t'):
    t = int(dt.timestamp())
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '%ss=%s; d=%s; t=%d;\n'
            '%sh=%s;\n'
            '%sbh=%s=;\n'
            '%sb=%s') % (indent, s, d, t, indent, h, indent, rb64(43), indent,
                          '\n'.join(indent + rb64(76)[:76] for _ in range(4)).lstrip())


AMZ_H = 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
SES_H = ('Subject:From:Reply-To:To:MIME-Version:Content-Type:Message-ID:Date:'
         'Feedback-ID')


def amazon_dkim(dt, ok=True):
    return [dkim('amazon.com', 'rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr', dt, AMZ_H),
            dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', dt, SES_H)]


SES_IPS = ['54.240.8.30', '54.240.8.88', '54.240.8.123', '54.240.9.41',
           '54.240.48.106', '54.240.27.19', '54.240.11.77', '54.240.13.5']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def pacific(t):
    """US Pacific offset with DST (2nd Sunday of March .. 1st Sunday of November, 10:00 UTC)."""
    y = t.year
    mar = datetime(y, 3, 8, 10, tzinfo=UTC)
    mar += timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime(y, 11, 1, 9, tzinfo=UTC)
    nov += timedelta(days=(6 - nov.weekday()) % 7)
    return PDT if mar <= t < nov else PST


def gmail_transport(rcpt, dt, mailfrom, ip, helo, ar_lines, spf='pass'):
    """Headers added by Gmail, top first. ar_lines: list of result clauses."""
    t_rcv = dt + timedelta(seconds=rng.randint(1, 4))
    pd = fmt(t_rcv, pacific(t_rcv))
    ar_body = ';\n       '.join(ar_lines)
    h = []
    h.append('Delivered-To: %s' % rcpt)
    h.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
             % (rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), rhex(3),
                rng.randint(100000, 999999), rng.choice(['mdl', 'pxb', 'qvd']), pd))
    h.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(80))
    h.append('X-Received: by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s-%smr%d%s.%d.%d;\n        %s'
             % (rhex(4), rhex(3), rhex(4), rhex(4), rhex(13), rhex(11), rng.randint(10 ** 7, 10 ** 8),
                rng.choice(['qvd', 'a37', 'd6']), rng.randint(10, 99), int(t_rcv.timestamp() * 1000), pd))
    h.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
             % (int(t_rcv.timestamp()), rb64(68)))
    h.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
             '        h=feedback-id:date:message-id:mime-version:subject:to:from\n'
             '         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s'
             % (rb64(43), rb64(43), rb64(68)))
    h.append('ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ar_body)
    h.append('Return-Path: <%s>' % mailfrom)
    h.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n'
             '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
             % (helo, helo, ip, rhex(13) + '-' + rhex(11) + 'si' + str(rng.randint(10 ** 7, 10 ** 8)),
                rng.randint(10, 99), t_rcv.strftime('%Y.%m.%d'),
                rcpt, pd))
    dom = mailfrom.split('@')[1]
    h.append('Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
             % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip))
    h.append('Authentication-Results: mx.google.com;\n       ' + ar_body)
    return h


def gmail_ar_amazon(mailfrom, ip, dmarc='pass', dkim_ok=True):
    b1, b2 = rb64(8), rb64(8)
    if dkim_ok:
        lines = ['dkim=pass header.i=@amazon.com header.s=rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr header.b=%s' % b1,
                 'dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s' % b2]
    else:
        lines = ['dkim=fail header.i=@amazon.com header.s=rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr header.b=%s' % b1]
    lines.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                 % (mailfrom, ip, mailfrom))
    lines.append('dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=amazon.com'
                 % (dmarc, 'NONE' if dmarc == 'pass' else 'QUARANTINE'))
    return lines


def ses_extra(dt, ip, region='us-east-1'):
    return ['Feedback-ID: ::1.%s.%s=:AmazonSES' % (region, rb64(43)),
            'X-SES-Outgoing: %s-%s' % (dt.strftime('%Y.%m.%d'), ip)]


def outlook_transport(rcpt, dt, mailfrom, ip, helo, ar, spf='Pass'):
    """Outlook.com / Microsoft 365 inbound headers, top first (no authserv-id)."""
    t = dt + timedelta(seconds=rng.randint(1, 5))
    u = fmt(t, UTC, False)
    fe = rng.choice(['BN1PEPF0000468E', 'CH1PEPF0000AD7B', 'SN1PEPF000252A1', 'DS3PEPF000099E0'])
    mb = rng.choice(['PH7PR11MB6402', 'SA1PR19MB5570', 'DM6PR02MB4812', 'IA1PR12MB6233'])
    mbd = rng.choice(['namprd11', 'namprd19', 'namprd02', 'namprd12'])
    h = []
    h.append('Received: from %s.%s.prod.outlook.com (::1) by\n %s.%s.prod.outlook.com with HTTPS; %s'
             % (mb, mbd, mb, mbd, u))
    h.append('Received: from %s.namprd05.prod.outlook.com (2603:10b6:408:c0::%s) by\n'
             ' %s.%s.prod.outlook.com (2603:10b6:510:1e5::%s) with Microsoft SMTP Server\n'
             ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21;\n %s'
             % (rng.choice(['BN9PR03CA0612', 'MW4PR04CA0155']), rng.randint(10, 99), mb, mbd,
                rng.randint(10, 99), u))
    h.append('Authentication-Results: ' + ar)
    h.append('Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender)'
             ' receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
             % (spf, mailfrom.split('@')[1], ip, ip, helo))
    h.append('Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n'
             ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.14 via Frontend\n'
             ' Transport; %s' % (helo, ip, fe, rng.randint(2, 250), u))
    h.append('X-MS-Exchange-Organization-ExpirationStartTime: %s' % u)
    h.append('X-MS-Exchange-Organization-Network-Message-Id: %s' % ruuid())
    h.append('X-MS-Exchange-Organization-MessageDirectionality: Incoming')
    h.append('X-MS-Exchange-Organization-SCL: 1')
    h.append('Return-Path: %s' % mailfrom)
    return h


def outlook_ar_amazon(mailfrom, ip, dmarc='pass'):
    if dmarc == 'pass':
        return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
                ' header.d=amazon.com;dmarc=pass action=none\n header.from=amazon.com;compauth=pass reason=100'
                % (ip, mailfrom.split('@')[1]))
    return ('spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n'
            ' header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000'
            % (ip, mailfrom.split('@')[1]))


def jp_transport(provider, rcpt, dt, mailfrom, ip, helo, ar_body):
    """Japanese ISP / carrier inbound headers (authserv-id varies)."""
    t = dt + timedelta(seconds=rng.randint(1, 6))
    j = fmt(t, JST, False)
    hosts = {
        'nifty': ('mx.nifty.com', 'mta-rcv-e%02d.mail.nifty.com' % rng.randint(1, 12), 'mbox-%02d.mail.nifty.com' % rng.randint(1, 40)),
        'ocn': ('ocn.ad.jp', 'mfilter-%03d.ocn.ad.jp' % rng.randint(1, 200), 'mbox%02d.ocn.ad.jp' % rng.randint(1, 60)),
        'biglobe': ('biglobe.ne.jp', 'mfilter%02d.biglobe.ne.jp' % rng.randint(1, 30), 'mb%02d.biglobe.ne.jp' % rng.randint(1, 30)),
        'sonet': ('so-net.ne.jp', 'mx%02d.so-net.ne.jp' % rng.randint(1, 20), 'mb%02d.so-net.ne.jp' % rng.randint(1, 20)),
        'docomo': ('docomo.ne.jp', 'mfsmax.docomo.ne.jp', 'mailbox.docomo.ne.jp'),
        'au': ('dmail.kddi.com', 'dmail-mx%02d.kddi.com' % rng.randint(1, 9), 'ezweb-mb.au.com'),
        'xserver': ('sv%d.xserver.jp' % rng.randint(10000, 16000), 'sv%d.xserver.jp' % rng.randint(10000, 16000), 'localhost'),
    }
    authserv, mx, mbox = hosts[provider]
    h = []
    h.append('Return-Path: <%s>' % mailfrom)
    h.append('Delivered-To: %s' % rcpt)
    h.append('Received: from %s (%s) by %s\n\twith LMTP id %s; %s' % (mx, mx, mbox, rb64(12), j))
    h.append('Authentication-Results: %s;\n\t%s' % (authserv, ar_body.replace('\n', '\n\t')))
    h.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
             % (helo, helo, ip, mx, rhex(11).upper(), rcpt, j))
    return h


def jp_ar_amazon(mailfrom, dmarc='pass'):
    return ('spf=pass smtp.mailfrom=%s;\ndkim=pass header.d=amazon.com header.s=rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr;\n'
            'dkim=pass header.d=amazonses.com;\ndmarc=%s header.from=amazon.com' % (mailfrom, dmarc))


# ---------------------------------------------------------------- bodies
CODECS = {'shift_jis': 'cp932', 'Shift_JIS': 'cp932', 'iso-2022-jp': 'iso2022_jp',
          'ISO-2022-JP': 'iso2022_jp'}


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None,
         codec=None, quote_cs=True, extra=None):
    codec = codec or CODECS.get(charset, charset)
    data = text.replace('\r\n', '\n').encode(codec)
    m = Message()
    lab = label or charset
    m['Content-Type'] = ('text/%s; charset="%s"' if quote_cs else 'text/%s; charset=%s') % (subtype, lab)
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
    m['Content-Transfer-Encoding'] = cte
    for k, v in (extra or []):
        m[k] = v
    m.set_payload(payload)
    return m


def multi(sub, *parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (rng.randint(100000, 999999), rng.randint(1000000, 9999999),
                                             rng.randint(10 ** 12, 10 ** 13)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, b)
    for p in parts:
        m.attach(p)
    return m


def html_of(text, style='font-family:Arial,sans-serif;font-size:14px'):
    """Plain text -> simple HTML paragraphs (blank line = new paragraph)."""
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for p in paras:
        out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in p.split('\n')))
    return '<div style="%s">\n%s\n</div>' % (style, '\n'.join(out))


def quote_gt(text, depth=1):
    pre = '> ' * depth
    return '\n'.join((pre + l).rstrip() if l else pre.rstrip() for l in text.split('\n'))


def enc_hdr(s, charset='utf-8', name='Subject', q=False, upper=True):
    if all(ord(c) < 128 for c in s):
        return s
    cs = _cs.Charset(charset)
    if q:
        cs.header_encoding = _cs.QP
    elif charset.lower() == 'utf-8':
        cs.header_encoding = _cs.BASE64
    out = Header(s, cs, header_name=name).encode(maxlinelen=76)
    if upper:
        out = re.sub(r'=\?([^?]+)\?([bq])\?', lambda m: '=?%s?%s?' % (m.group(1).upper(), m.group(2).upper()), out)
    return out


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()<>@"]', name):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (enc_hdr(name, charset, 'From'), a)


def build(transport, top, body):
    """transport: list of raw header strings (top first, already 'Name: value');
    top: list of (name, value) of the message's own headers; body: Message."""
    lines = list(transport)
    for n, v in top:
        lines.append('%s: %s' % (n, v))
    if 'MIME-Version' not in [n for n, _ in top]:
        lines.append('MIME-Version: 1.0')
    raw_body = body.as_bytes()
    return ('\n'.join(lines) + '\n').encode('ascii') + raw_body


# ---------------------------------------------------------------- ids / labels
ID_RE = re.compile(r'(?i)aws[\s\-]?(\d{8})(?!\d)')


def ids_in(text):
    t = unicodedata.normalize('NFKC', text)
    return sorted({'AWS' + m for m in ID_RE.findall(t)})


def add(fname, raw, kind, case_id, account_ids, verified, language, new_text):
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    account_ids = sorted(set(account_ids))
    found = ids_in(new_text)
    if found != account_ids:
        raise SystemExit('%s: new-text ids %s != label %s' % (fname, found, account_ids))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': account_ids,
                     'sender_verified': verified, 'language': language}
    with open(LABELS_PATH, 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)
        f.write('\n')


# ---------------------------------------------------------------- AWS templates
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'


def aws_headers_gmail(rcpt, dt, msgid=None, dmarc='pass'):
    mid = msgid or ses_id(dt)
    mailfrom = mid.split('@')[0] + '@email.amazonses.com'
    ip = rng.choice(SES_IPS)
    tr = gmail_transport(rcpt, dt, mailfrom, ip, ses_host(ip), gmail_ar_amazon(mailfrom, ip, dmarc))
    tr += amazon_dkim(dt)
    return tr, mid, ip


def aws_headers_outlook(rcpt, dt, msgid=None):
    mid = msgid or ses_id(dt)
    mailfrom = mid.split('@')[0] + '@email.amazonses.com'
    ip = rng.choice(SES_IPS)
    tr = outlook_transport(rcpt, dt, mailfrom, ip, ses_host(ip), outlook_ar_amazon(mailfrom, ip))
    tr += amazon_dkim(dt)
    return tr, mid, ip


def aws_headers_jp(provider, rcpt, dt, msgid=None):
    mid = msgid or ses_id(dt)
    mailfrom = mid.split('@')[0] + '@email.amazonses.com'
    ip = rng.choice(SES_IPS)
    tr = jp_transport(provider, rcpt, dt, mailfrom, ip, ses_host(ip), jp_ar_amazon(mailfrom))
    tr += amazon_dkim(dt)
    return tr, mid, ip


def aws_top(frm, to, subj, dt, mid, ip, reply_to=None, region='us-east-1'):
    top = [('From', frm)]
    if reply_to:
        top.append(('Reply-To', reply_to))
    top += [('To', to), ('Subject', subj), ('MIME-Version', '1.0'), ('Date', fmt(dt, UTC, False)),
            ('Message-ID', '<%s>' % mid)]
    for x in ses_extra(dt, ip, region):
        n, v = x.split(': ', 1)
        top.append((n, v))
    return top


RATE_EN = ('We value your feedback. Please share your experience by rating this correspondence using the '
           'AWS Support Center link at the end of this correspondence. Each correspondence can also be '
           'rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.')
CONSOLE_FOOT_EN = ('To see the case, please sign in to the AWS Support Center:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                   '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                   'To respond to this case, please follow the link above to respond from your case in the '
                   'AWS Support Center.\n\n'
                   'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered '
                   'trademark of Amazon.com, Inc. or its affiliates.')
CONSOLE_FOOT_JA = ('ケースの確認は、AWS サポートセンターにサインインしてください:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                   '*ご注意: このメールは送信専用のアドレスから送信されています。本ケースへのご返信は、'
                   '上記リンクから AWS サポートセンターにてお願いいたします。\n\n'
                   'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。')
RATE_JA = ('今回の対応についてご意見をお聞かせください。本メール末尾の AWS サポートセンターへのリンクから、'
           'このやり取りを評価していただけます。')
FORM_FOOT_EN = ('Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered '
                'trademark of Amazon.com, Inc. or its affiliates. Amazon Web Services, Inc., '
                '410 Terry Ave North, Seattle, WA 98109-5210.')


def gmail_ar_generic(dkims, mailfrom, ip, spf, dmarc, policy, header_from):
    lines = []
    for d, sel, res in dkims:
        lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, rb64(8)))
    lines.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                 % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom))
    lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                 % (dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, header_from))
    return lines


def credly_gmail(rcpt, dt):
    local = rcpt.replace('@', '=')
    mailfrom = 'bounces+%d-%s-%s@em6254.credly.com' % (rng.randint(10 ** 7, 10 ** 8), rhex(4), local)
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    helo = 'o%d.ptr%d.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999))
    ar = gmail_ar_generic([('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')],
                          mailfrom, ip, 'pass', 'pass', 'REJECT', 'credly.com')
    tr = gmail_transport(rcpt, dt, mailfrom, ip, helo, ar)
    tr.append(dkim('credly.com', 's1', dt, 'from:subject:mime-version:content-type:to:cc:content-type:from:subject:to'))
    tr.append(dkim('sendgrid.info', 'smtpapi', dt, 'from:subject:mime-version:content-type:to:cc:content-type:from:subject:to'))
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), rng.randint(1, 40))
    return tr, mid


# ====================================================================== mails
# ---- Thread A (ja, Gmail): 佐藤 健一, AWS38201957 -> AWS02746618 (form desk)
A_RCPT = 'kenichi.sato.0611@gmail.com'
A_OPEN = U(2025, 5, 27, 13, 41, 8)
A_CASE = case15(A_OPEN, 4417)
A_OLD, A_NEW = 'AWS38201957', 'AWS02746618'

# 001 case_created (ja) - acknowledgement echoing the form
dt = A_OPEN + timedelta(seconds=14)
tr, mid, ip = aws_headers_gmail(A_RCPT, dt)
new = ('佐藤 健一 様\n\n'
       'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
       'お問い合わせを受け付けました。ケース ID: %s\n\n'
       '担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。\n'
       '同じ内容で別のケースを作成されますと、ご回答が遅れる場合がございます。追加の情報がございましたら、'
       '本メールにそのままご返信ください。\n\n'
       '―――― 受付内容 ――――\n'
       'お問い合わせの種類: 認定 (Certification)\n'
       '詳細: アカウントの統合 (Account Merge)\n'
       'AWS 認定候補者 ID: %s\n'
       'お問い合わせ内容:\n'
       '以前の勤務先で受験したときに作ったアカウント（%s）があり、今使っている個人のアカウントと一本化したいです。'
       '残したいのは %s の方です。\n'
       '――――――――――――\n\n'
       'AWS トレーニングと認定 カスタマーサポート\n'
       'https://aws.amazon.com/jp/training/\n') % (A_CASE, A_NEW, A_OLD, A_NEW)
body = part(new, charset='ISO-2022-JP', cte='7bit')
top = aws_top(FORM_FROM, A_RCPT, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE,
              dt, mid, ip)
add('001-ja-form-ack-echoes-submission.eml', build(tr, top, body), 'case_created', A_CASE,
    [A_OLD, A_NEW], True, 'ja', new)

# 002 merge_confirmation_requested (ja) - keigo, 統合先/統合元, ask to reply with consent
dt = U(2025, 5, 28, 0, 12, 41)
tr, mid, ip = aws_headers_gmail(A_RCPT, dt)
new = ('佐藤 健一 様\n\n'
       'いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n'
       'AWS トレーニングと認定 カスタマーサポートの小林でございます。\n\n'
       'アカウント統合のご依頼につきまして、お客様の認定アカウントを確認いたしました。\n'
       '統合は以下の内容にて実施させていただきます。\n\n'
       '　■ 統合後に残るアカウント（統合先）: %s\n'
       '　　 登録メールアドレス: ke*************@gmail.com\n'
       '　■ 統合により削除されるアカウント（統合元）: %s\n'
       '　　 登録メールアドレス: k.s****@**********.co.jp\n\n'
       '統合元アカウントの認定資格、受験履歴、および認定特典（50%% 割引バウチャー等）は、統合先アカウントへ移行されます。\n'
       'なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。\n\n'
       '上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施にご同意いただける旨を'
       'お知らせくださいますようお願い申し上げます。ご返信を確認次第、手続きを開始いたします。\n\n'
       '何卒よろしくお願い申し上げます。\n\n'
       '小林\n'
       'AWS トレーニングと認定 カスタマーサポート\n'
       'Amazon Web Services\n') % (A_NEW, A_OLD)
quoted = ('-----Original Message-----\n'
          'ケース ID: %s\n'
          'お問い合わせの種類: 認定 (Certification)\n'
          '詳細: アカウントの統合 (Account Merge)\n'
          'AWS 認定候補者 ID: %s\n'
          'お問い合わせ内容:\n'
          '以前の勤務先で受験したときに作ったアカウント（%s）があり、今使っている個人のアカウントと一本化したいです。'
          '残したいのは %s の方です。\n') % (A_CASE, A_NEW, A_OLD, A_NEW)
plain = new + '\n' + quoted
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
       + html_of(new, 'font-family:Meiryo,sans-serif;font-size:14px') +
       '\n<hr>\n<div style="color:#555">' + html_of(quoted, 'font-size:13px') + '</div>\n</body></html>\n')
body = multi('alternative', part(plain, charset='ISO-2022-JP', cte='7bit'),
             part(htm, 'html', 'utf-8', 'quoted-printable'))
top = aws_top(FORM_FROM, A_RCPT, FORM_SUBJ % A_CASE, dt, mid, ip)
add('002-ja-form-agent-asks-consent-keep-new.eml', build(tr, top, body), 'merge_confirmation_requested',
    A_CASE, [A_OLD, A_NEW], True, 'ja', new)
A_REQ = new

# 003 support_reply (ja) - consent received, names direction, asks nothing
dt = U(2025, 5, 28, 23, 30, 2)
tr, mid, ip = aws_headers_gmail(A_RCPT, dt)
new = ('佐藤 様\n\n'
       'ご返信いただき、ありがとうございます。\n'
       '統合へのご同意を確認いたしました。これより %s を %s へ統合する手続きを進めてまいります。\n\n'
       '処理には通常 2～3 営業日ほどお時間を頂戴しております。完了いたしましたら、改めて本ケースにてご連絡いたします。\n'
       'なお、処理が完了するまでの間は、いずれのアカウントでも新たな試験のご予約はお控えくださいますようお願いいたします。\n\n'
       '引き続きよろしくお願いいたします。\n\n'
       '小林\n'
       'AWS トレーニングと認定 カスタマーサポート\n') % (A_OLD, A_NEW)
user_reply = ('小林様\n\n'
              'ご連絡ありがとうございます。\n'
              '内容に相違ありません。統合を進めてください。\n'
              'The details are correct. Please proceed with the merge.\n\n'
              '佐藤 健一\n\n'
              '2025年5月28日(水) 9:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
              + quote_gt(A_REQ.strip()))
quoted = ('-----Original Message-----\n'
          'From: 佐藤健一 <kenichi.sato.0611@gmail.com>\n'
          'Sent: 2025/05/28 20:03\n'
          'To: aws-cs-trainingcertification-form@amazon.com\n'
          'Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
          % A_CASE) + user_reply
plain = new + '\n' + quoted + '\n'
htm = ('<html><body>\n' + html_of(new, 'font-family:Meiryo,sans-serif') +
       '\n<div style="border-top:1px solid #ccc;padding-top:8px">' + html_of(quoted, 'font-size:12px;color:#444') +
       '</div>\n</body></html>\n')
body = multi('alternative', part(plain, charset='utf-8', cte='base64'),
             part(htm, 'html', 'utf-8', 'base64'))
top = aws_top(FORM_FROM, A_RCPT, FORM_SUBJ % A_CASE, dt, mid, ip)
add('003-ja-consent-received-proceeding.eml', build(tr, top, body), 'support_reply', A_CASE,
    [A_OLD, A_NEW], True, 'ja', new)

# 004 merge_completed (ja)
dt = U(2025, 5, 30, 6, 5, 37)
tr, mid, ip = aws_headers_gmail(A_RCPT, dt)
new = ('佐藤 様\n\n'
       'お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林です。\n\n'
       'お待たせいたしました。%s の %s への統合が完了いたしましたので、ご報告いたします。\n'
       '今後は %s に登録されているメールアドレスで AWS Certification アカウントへサインインしてください。\n'
       '統合元アカウントで取得された認定資格は、すべて統合先アカウントに表示されております。\n\n'
       'Credly のデジタルバッジにつきましては、反映まで数日かかる場合がございます。\n'
       '1 週間以上経っても反映されない場合は、本メールにてお知らせください。\n\n'
       '小林\n'
       'AWS トレーニングと認定 カスタマーサポート\n') % (A_OLD, A_NEW, A_NEW)
body = part(new, charset='ISO-2022-JP', cte='7bit')
top = aws_top(FORM_FROM, A_RCPT, FORM_SUBJ % A_CASE, dt, mid, ip)
add('004-ja-merge-done-report.eml', build(tr, top, body), 'merge_completed', A_CASE,
    [A_OLD, A_NEW], True, 'ja', new)

# 005 survey (ja) - HTML only closure + rating
dt = U(2025, 5, 30, 6, 6, 12)
tr, mid, ip = aws_headers_gmail(A_RCPT, dt)
new_txt = ('佐藤 健一 様\n'
           'ケース %s はクローズされました。\n'
           'AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。\n'
           '今回のお問い合わせで、問題は解決しましたか？\n'
           'はい いいえ\n'
           '担当者の対応を 5 段階で評価してください。アンケートは 1 分ほどで完了します。\n') % A_CASE
htm = ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>AWS</title></head>\n'
       '<body style="margin:0;background:#f2f3f3">\n'
       '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
       '<table width="600" style="background:#fff;font-family:\'Hiragino Sans\',Meiryo,sans-serif">\n'
       '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>\n'
       '<tr><td style="padding:24px">\n'
       '<p>佐藤 健一 様</p>\n'
       '<p>ケース %s はクローズされました。<br>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>\n'
       '<p style="font-weight:bold">今回のお問い合わせで、問題は解決しましたか？</p>\n'
       '<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3KqTC8vX2mAj4hM?caseId=%s&amp;resolved=yes" style="background:#ff9900;color:#fff;padding:8px 20px;text-decoration:none">はい</a>&nbsp;&nbsp;'
       '<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3KqTC8vX2mAj4hM?caseId=%s&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">いいえ</a></p>\n'
       '<p>担当者の対応を 5 段階で評価してください。アンケートは 1 分ほどで完了します。</p>\n'
       '</td></tr>\n<tr><td style="padding:16px;font-size:11px;color:#687078">%s</td></tr>\n'
       '</table></td></tr></table></body></html>\n') % (A_CASE, A_CASE, A_CASE, FORM_FOOT_EN)
body = part(htm, 'html', 'utf-8', 'quoted-printable')
top = aws_top(FORM_FROM, A_RCPT,
              enc_hdr('[CASE %s] 問題は解決しましたか？ご意見をお聞かせください' % A_CASE, 'utf-8'), dt, mid, ip)
add('005-ja-closure-survey-html.eml', build(tr, top, body), 'survey', A_CASE, [], True, 'ja', new_txt)

# ---- Thread B (en, Gmail): Rahul Menon, AWS57103392 -> AWS61840275 (form desk, non-native agent)
B_RCPT = 'rahul.menon.dev@gmail.com'
B_OPEN = U(2025, 6, 10, 4, 18, 33)
B_CASE = case15(B_OPEN, 2291)

# 006 merge_confirmation_requested (en) - non-native English agent, "revert with your confirmation"
dt = U(2025, 6, 11, 9, 2, 10)
tr, mid, ip = aws_headers_gmail(B_RCPT, dt)
new = ('Hello Rahul,\n\n'
       'Greetings from AWS Training and Certification!\n\n'
       'Thank you for reaching out to us regarding the merging of your certification accounts. '
       'I have went through both the profiles and I can see below details:\n\n'
       'Account 1 : AWS 57103392 \u2013 registered with rahul.menon@infovista-tech.com\n'
       'Account 2 : AWS 61840275 \u2013 registered with rahul.menon.dev@gmail.com\n\n'
       'As per your request, Account 1 (AWS 57103392) will be merged into Account 2 (AWS 61840275) and the '
       'Account 2 will be the primary account which will remain active after merging. All the certifications '
       'and exam history from Account 1 will be moving to Account 2.\n\n'
       'Kindly note that once the merging is done it cannot be reverted back.\n\n'
       'Request you to kindly revert back on this email with your confirmation for the above, so that we can '
       'proceed further for the merging.\n\n'
       'Thanks & Regards,\n'
       'Ashwini R.\n'
       'AWS Training and Certification Customer Support\n'
       'Amazon Web Services\n')
quoted = ('-----Original Message-----\n'
          'From: Rahul Menon <rahul.menon.dev@gmail.com>\n'
          'Sent: 6/10/2025 4:18 AM\n'
          'To: aws-cs-trainingcertification-form@amazon.com\n'
          'Subject: [AWS Training and Certification Form Submission] - account-assistance\n\n'
          'Inquiry type: Certification\n'
          'Detail: Account Merge\n'
          'AWS candidate ID: AWS61840275\n'
          'Description: I have one more certification account from my previous company (AWS57103392). '
          'Please merge it with my current account AWS61840275, I want to keep the current one.\n')
plain = new + '\n' + quoted
htm = '<html><body>\n' + html_of(new) + '\n<br><div style="color:#666">' + html_of(quoted, 'font-size:12px') + '</div>\n</body></html>\n'
body = multi('alternative', part(plain), part(htm, 'html'))
top = aws_top(FORM_FROM, B_RCPT, FORM_SUBJ % B_CASE, dt, mid, ip)
add('006-en-non-native-agent-revert-with-confirmation.eml', build(tr, top, body),
    'merge_confirmation_requested', B_CASE, ['AWS57103392', 'AWS61840275'], True, 'en', new)

# ---- Thread C (en, Outlook.com): Megan O'Driscoll, AWS09384412 -> AWS10457739
C_RCPT = 'megodriscoll@outlook.com'
C_OPEN = U(2025, 7, 2, 15, 7, 45)
C_CASE = case15(C_OPEN, 938)
C_SUBJ = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE

# 007 support_reply (en) - names accounts + direction, asks for the login e-mail instead
dt = U(2025, 7, 3, 18, 44, 19)
tr, mid, ip = aws_headers_outlook(C_RCPT, dt)
new = ('Hi Megan,\n\n'
       'Thanks for getting in touch, and sorry for the wait.\n\n'
       "I've located both certification profiles. Based on your note, the plan would be to fold AWS-09384412 "
       'into AWS10457739, with AWS10457739 staying as your main account.\n\n'
       "There's one thing I need before I can set this up, though: the e-mail address you gave for the older "
       "profile (megan.odriscoll@brightpath.ie) doesn't match what we have on file for AWS-09384412. Could you "
       'let me know which address you used to sign in to that account? If you no longer have access to it, '
       'just tell me roughly when and where you took the exam (e.g. a Pearson VUE test centre in Cork, 2021) '
       "and I'll verify it another way.\n\n"
       'Kind regards,\n'
       'Tom\u00e1s\n'
       'Amazon Web Services \u2013 Training and Certification Support\n')
htm = ('<html><head><style>p{margin:0 0 12px 0}</style></head><body style="font-family:Calibri,Arial;font-size:11pt">\n'
       + html_of(new, 'font-family:Calibri,Arial') + '\n<p style="font-size:8pt;color:#888">' + FORM_FOOT_EN +
       '</p>\n</body></html>\n')
body = multi('alternative', part(new + '\n' + FORM_FOOT_EN + '\n'), part(htm, 'html'))
top = aws_top(FORM_FROM, C_RCPT, C_SUBJ, dt, mid, ip)
add('007-en-direction-named-but-asks-login-email.eml', build(tr, top, body), 'support_reply', C_CASE,
    ['AWS09384412', 'AWS10457739'], True, 'en', new)

# 008 merge_confirmation_requested (en) - HTML-only table, "reply with I confirm the merge"
dt = U(2025, 7, 4, 10, 15, 52)
tr, mid, ip = aws_headers_outlook(C_RCPT, dt)
new_txt = ('Hi Megan,\n'
           "Thank you for sending that through \u2014 I've now verified that both profiles are yours.\n"
           'Please review the merge below carefully:\n'
           'Account that will remain (target) AWS10457739 megodriscoll@outlook.com\n'
           'Account that will be merged and deactivated (source) AWS09384412 m.odriscoll@ucc-alumni.ie\n'
           'All certifications, exam history and benefits from the source move to the target. The source '
           'profile is then deactivated. This is permanent and cannot be reversed.\n'
           'To go ahead, simply reply to this email with "I confirm the merge", or tell me if anything above '
           "is wrong. We won't make any change until we hear from you.\n"
           'Kind regards,\nTom\u00e1s\n')
htm = ('<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
       '<p>Hi Megan,</p>\n'
       '<p>Thank you for sending that through &mdash; I&#39;ve now verified that both profiles are yours.</p>\n'
       '<p>Please review the merge below carefully:</p>\n'
       '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">\n'
       '<tr style="background:#eaeded"><th>Role</th><th>Candidate ID</th><th>E-mail on file</th></tr>\n'
       '<tr><td>Account that will remain (target)</td><td><b>AWS10457739</b></td><td>megodriscoll@outlook.com</td></tr>\n'
       '<tr><td>Account that will be merged and deactivated (source)</td><td><b>AWS09384412</b></td><td>m.odriscoll@ucc-alumni.ie</td></tr>\n'
       '</table>\n'
       '<p>All certifications, exam history and benefits from the source move to the target. The source profile is '
       'then deactivated. <b>This is permanent and cannot be reversed.</b></p>\n'
       '<p>To go ahead, simply reply to this email with &quot;I confirm the merge&quot;, or tell me if anything above is '
       'wrong. We won&#39;t make any change until we hear from you.</p>\n'
       '<p>Kind regards,<br>Tom&aacute;s<br>Amazon Web Services &ndash; Training and Certification Support</p>\n'
       '<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
       '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
       '<b>From:</b> Megan O&#39;Driscoll &lt;megodriscoll@outlook.com&gt;<br>\n<b>Sent:</b> Thursday, July 3, 2025 9:12 PM<br>\n'
       '<b>To:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>\n'
       '<b>Subject:</b> Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance</font>'
       '<div>&nbsp;</div></div>\n'
       '<div dir="ltr"><div style="font-family:Aptos,sans-serif;font-size:12pt">Hi Tom&aacute;s, it was m.odriscoll@ucc-alumni.ie '
       '&ndash; my old college address. I can still log in with it.<br><br>Thanks,<br>Megan</div></div>\n'
       '<p style="font-size:8pt;color:#888">%s</p>\n</body></html>\n') % (C_CASE, FORM_FOOT_EN)
body = part(htm, 'html', 'utf-8', 'base64')
top = aws_top(FORM_FROM, C_RCPT, C_SUBJ, dt, mid, ip)
add('008-en-html-only-table-reply-i-confirm.eml', build(tr, top, body), 'merge_confirmation_requested',
    C_CASE, ['AWS09384412', 'AWS10457739'], True, 'en', new_txt)

# 009 support_reply (en) - "Thank you for confirming. We will now proceed" (names both ids)
dt = U(2025, 7, 5, 8, 30, 4)
tr, mid, ip = aws_headers_outlook(C_RCPT, dt)
new = ('Hello Megan,\n\n'
       'Thank you for confirming. We will now proceed with merging aws09384412 into AWS10457739 as outlined in '
       'my previous message.\n\n'
       "Merges are normally processed within 3\u20135 business days. You'll hear from us on this case once it has "
       "gone through; in the meantime there's nothing else you need to do.\n\n"
       'Kind regards,\nTom\u00e1s\nAmazon Web Services \u2013 Training and Certification Support\n')
quoted = ("From: Megan O'Driscoll <megodriscoll@outlook.com>\n"
          'Sent: Friday, July 4, 2025 11:02 AM\n'
          'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
          'Subject: Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
          'I confirm the merge. Thanks a million!\n\nMegan\n\n'
          '> Please review the merge below carefully:\n'
          '> Account that will remain (target) AWS10457739 megodriscoll@outlook.com\n'
          '> Account that will be merged and deactivated (source) AWS09384412 m.odriscoll@ucc-alumni.ie\n'
          '> To go ahead, simply reply to this email with "I confirm the merge"\n') % C_CASE
plain = new + '\n________________________________\n' + quoted
body = part(plain, charset='utf-8', cte='quoted-printable', quote_cs=False)
top = aws_top(FORM_FROM, C_RCPT, C_SUBJ, dt, mid, ip)
add('009-en-thank-you-for-confirming-will-proceed.eml', build(tr, top, body), 'support_reply', C_CASE,
    ['AWS09384412', 'AWS10457739'], True, 'en', new)

# ---- Thread D (en, Gmail, console case): Daniel Kowalski
D_RCPT = 'd.kowalski.pl@gmail.com'
D_OPEN = U(2025, 8, 19, 10, 22, 51)
D_CASE = case15(D_OPEN, 77)

# 010 case_created (en) - console, echoes correspondence with both ids
dt = D_OPEN + timedelta(seconds=9)
tr, mid, ip = aws_headers_gmail(D_RCPT, dt)
new = ('Dear Customer,\n\n'
       'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
       'The details of your case are as follows:\n\n'
       'Case ID: %s\n'
       'Subject: Merge my two AWS Certification accounts\n'
       'Severity: General guidance\n'
       'Correspondence: Hello, I have two AWS Certification accounts. AWS71029384 was created with my old '
       'university address, AWS48210937 is the one I use now. Please merge AWS71029384 into AWS48210937 and keep '
       'AWS48210937. Thanks, Daniel\n\n'
       'We will respond to your case as soon as possible. You can view and update your case at any time from '
       'the AWS Support Center.\n\n'
       'Sincerely,\nAmazon Web Services\n\n') % (D_CASE, D_CASE)
plain = new + (CONSOLE_FOOT_EN % D_CASE) + '\n'
htm = '<html><body>' + html_of(plain, 'font-family:Amazon Ember,Arial;font-size:14px') + '</body></html>\n'
body = multi('alternative', part(plain, cte='7bit', charset='us-ascii'), part(htm, 'html', 'utf-8', 'quoted-printable'))
top = aws_top(CONSOLE_FROM, D_RCPT, 'Amazon Web Services: You have opened a new Support case: %s' % D_CASE, dt, mid, ip)
add('010-en-console-case-opened-echo.eml', build(tr, top, body), 'case_created', D_CASE,
    ['AWS48210937', 'AWS71029384'], True, 'en', new)

# 011 merge_confirmation_requested (en) - console agent, three profiles, "I need your go-ahead"
dt = U(2025, 8, 20, 14, 3, 27)
tr, mid, ip = aws_headers_gmail(D_RCPT, dt)
new = ('Hello Daniel,\n\n'
       'Thank you for your patience while I looked into this.\n\n'
       'When I searched our certification system with your name I found not two but three profiles:\n\n'
       ' - AWS71029384 (university e-mail, Solutions Architect - Associate, 2021)\n'
       ' - AWS55501234 (created at a test centre in 2023, Cloud Practitioner)\n'
       ' - AWS48210937 (current e-mail, Developer - Associate, 2024)\n\n'
       'My proposal is to bring the first two into AWS48210937, which would then be your only certification '
       'account. Credentials and exam history from the other two would be carried over; the two merged profiles '
       "would be closed for good, and this can't be undone.\n\n"
       'Before I submit anything to our certification team I need your go-ahead. Please reply to this case in '
       'the Support Center (this e-mail address does not accept replies) and state that you agree to AWS71029384 '
       "and AWS55501234 being merged into AWS48210937. If you'd rather keep one of them separate, tell me which.\n\n"
       'Best regards,\n\nJakub W.\nAmazon Web Services\n\n')
plain = new + RATE_EN + '\n\n' + (CONSOLE_FOOT_EN % D_CASE) + '\n'
htm = '<html><body>' + html_of(plain, 'font-family:Amazon Ember,Arial;font-size:14px') + '</body></html>\n'
body = multi('alternative', part(plain, cte='quoted-printable'), part(htm, 'html', 'utf-8', 'quoted-printable'))
top = aws_top(CONSOLE_FROM, D_RCPT, 'RE:[CASE %s] Merge my two AWS Certification accounts' % D_CASE, dt, mid, ip)
add('011-en-console-three-profiles-need-go-ahead.eml', build(tr, top, body), 'merge_confirmation_requested',
    D_CASE, ['AWS48210937', 'AWS55501234', 'AWS71029384'], True, 'en', new)


def yahoo_transport(rcpt, dt, mailfrom, ip, helo, ar_body):
    t = dt + timedelta(seconds=rng.randint(1, 5))
    h = []
    h.append('Return-Path: <%s>' % mailfrom)
    h.append('Received: from %d.mail.ne1.yahoo.com by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s'
             % (rng.randint(10, 99), rng.randint(100, 400), fmt(t, UTC, False)))
    h.append('X-Originating-Ip: [%s]' % ip)
    h.append('Received-SPF: pass (domain of amazonses.com designates %s as permitted sender)' % ip)
    h.append('Authentication-Results: atlas%d.free.mail.ne1.yahoo.com;\n %s' % (rng.randint(100, 400), ar_body))
    h.append('X-Apparently-To: %s; %s' % (rcpt, fmt(t, UTC, False)))
    h.append('Received: from %s (EHLO %s) (%s)\n  by 10.217.151.%d with SMTPs; %s'
             % (helo, helo, ip, rng.randint(2, 250), fmt(t, UTC, False)))
    return h


# ---- Thread E (en, Yahoo, console): Sofia Marquez, AWS80012674 -> AWS23390518
E_RCPT = 'sofia.marquez.rn@yahoo.com'
E_OPEN = U(2025, 9, 3, 16, 40, 12)
E_CASE = case15(E_OPEN, 5120)

# 012 support_reply (en) - accounts + direction named, asks about pending exam appointment
dt = U(2025, 9, 4, 20, 11, 45)
mid = ses_id(dt)
mailfrom = mid.split('@')[0] + '@email.amazonses.com'
ip = rng.choice(SES_IPS)
ar = ('dkim=pass header.i=@amazon.com header.s=rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr;\n'
      ' dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n'
      ' spf=pass smtp.mailfrom=email.amazonses.com;\n'
      ' dmarc=pass(p=QUARANTINE) header.from=amazon.com;')
tr = yahoo_transport(E_RCPT, dt, mailfrom, ip, ses_host(ip), ar) + amazon_dkim(dt)
new = ('Hello Sofia,\n\n'
       'Thank you for the information you provided. I was able to verify that both accounts belong to you, '
       'and the merge you asked for (AWS 80012674 into AWS 23390518) is something we can do.\n\n'
       'However, AWS 80012674 currently has an exam booked: AWS Certified Security - Specialty, 18 September '
       '2025, online proctored with Pearson VUE. A profile that still has a pending appointment cannot be merged, '
       'because the appointment would be lost in the process.\n\n'
       'Could you let me know how you would like to handle this? You can either:\n'
       '  (a) sit the exam as planned, and we will carry out the merge afterwards, or\n'
       '  (b) cancel or reschedule the appointment from the old profile first and then let me know.\n'
       'Rescheduling is free of charge up to 24 hours before the appointment.\n\n'
       'Best regards,\n\nKeisha\nAmazon Web Services\n\n')
plain = new + RATE_EN + '\n\n' + (CONSOLE_FOOT_EN % E_CASE) + '\n'
htm = '<html><body>' + html_of(plain) + '</body></html>\n'
body = multi('alternative', part(plain, cte='quoted-printable'), part(htm, 'html', 'utf-8', 'quoted-printable'))
top = aws_top(CONSOLE_FROM, E_RCPT, '[Case %s] New correspondence added' % E_CASE, dt, mid, ip)
add('012-en-console-pending-exam-question.eml', build(tr, top, body), 'support_reply', E_CASE,
    ['AWS23390518', 'AWS80012674'], True, 'en', new)

# 013 merge_completed (en) - Rahul, paraphrased ("combined", "now sits under")
dt = U(2025, 6, 13, 11, 47, 3)
tr, mid, ip = aws_headers_gmail(B_RCPT, dt)
new = ('Hello Rahul,\n\n'
       'Good news \u2014 your two certification profiles have now been combined. Everything that was held under '
       'AWS 57103392 (certifications, exam history and the 50% exam discount benefit) now sits under '
       'AWS 61840275, and the old profile has been deactivated.\n\n'
       'Please sign in to your AWS Certification account with rahul.menon.dev@gmail.com to check that all your '
       'credentials are showing. Your Credly badges will be re-issued to the surviving account within 2-3 '
       'business days.\n\n'
       'Thanks & Regards,\nAshwini R.\nAWS Training and Certification Customer Support\n')
quoted = ('On Wed, Jun 11, 2025 at 3:41\u202fPM Rahul Menon <rahul.menon.dev@gmail.com> wrote:\n'
          + quote_gt('Hi Ashwini,\n\nYes, the details are correct. Please proceed with the merge.\n\nRegards,\nRahul'))
plain = new + '\n' + quoted + '\n'
htm = ('<html><body>' + html_of(new) + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Jun 11, 2025 '
       'at 3:41\u202fPM Rahul Menon &lt;<a href="mailto:rahul.menon.dev@gmail.com">rahul.menon.dev@gmail.com</a>&gt; wrote:<br></div>'
       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
       'Hi Ashwini,<br><br>Yes, the details are correct. Please proceed with the merge.<br><br>Regards,<br>Rahul</blockquote></div>'
       '</body></html>\n')
body = multi('alternative', part(plain, cte='base64'), part(htm, 'html', 'utf-8', 'base64'))
top = aws_top(FORM_FROM, B_RCPT, FORM_SUBJ % B_CASE, dt, mid, ip)
add('013-en-profiles-combined-paraphrase.eml', build(tr, top, body), 'merge_completed', B_CASE,
    ['AWS57103392', 'AWS61840275'], True, 'en', new)

# 014 survey (en) - resolved + YES/NO + agent rating
dt = U(2025, 6, 13, 11, 48, 40)
tr, mid, ip = aws_headers_gmail(B_RCPT, dt)
new = ('Hello,\n\n'
       'We recently resolved your case %s "account-assistance". We would love to hear about your experience.\n\n'
       'Was your issue resolved?\n'
       '  YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_9yT1vB7cQ2mLz0p?cid=%s&r=1\n'
       '  NO:  https://amazonwebservices.qualtrics.com/jfe/form/SV_9yT1vB7cQ2mLz0p?cid=%s&r=0\n\n'
       'How would you rate the support you received from Ashwini R.? (1 = poor, 5 = excellent)\n\n'
       'This case is now closed. If you need more help with the same issue, reply to this e-mail within 14 days '
       'and the case will be reopened.\n\n'
       'Thank you,\nAWS Training and Certification\n') % (B_CASE, B_CASE, B_CASE)
htm = ('<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>'
       '<p>Hello,</p><p>We recently resolved your case <b>%s</b> &quot;account-assistance&quot;. We would love to hear about your experience.</p>'
       '<p><b>Was your issue resolved?</b></p>'
       '<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9yT1vB7cQ2mLz0p?cid=%s&amp;r=1">YES</a> &nbsp;|&nbsp; '
       '<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9yT1vB7cQ2mLz0p?cid=%s&amp;r=0">NO</a></p>'
       '<p>How would you rate the support you received from Ashwini R.?</p>'
       '<p>&#9733; &#9733; &#9733; &#9733; &#9733;</p>'
       '<p style="font-size:12px;color:#555">This case is now closed. If you need more help with the same issue, reply to this '
       'e-mail within 14 days and the case will be reopened.</p><p>Thank you,<br>AWS Training and Certification</p>'
       '<p style="font-size:10px;color:#999">%s</p></td></tr></table></body></html>\n') % (B_CASE, B_CASE, B_CASE, FORM_FOOT_EN)
body = multi('alternative', part(new, cte='7bit', charset='us-ascii'), part(htm, 'html', 'us-ascii', '7bit'))
top = aws_top(FORM_FROM, B_RCPT, 'How did we do? Your case %s has been resolved' % B_CASE, dt, mid, ip)
add('014-en-resolved-survey-yes-no.eml', build(tr, top, body), 'survey', B_CASE, [], True, 'en', new)

# 015 credly_badge_issued (en) - badge re-issued after the merge
dt = U(2025, 6, 16, 2, 10, 31)
tr, cmid = credly_gmail(B_RCPT, dt)
bid = rhex(8) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12)
new = ('Hi Rahul,\n\n'
       'AWS Training and Certification has issued you a new badge:\n\n'
       'AWS Certified Solutions Architect \u2013 Associate\n\n'
       'This badge was re-issued to this e-mail address after an update to your AWS Certification account.\n'
       'Accept your badge to add it to your Credly profile and share it on LinkedIn, in your e-mail signature '
       'or anywhere else on the web.\n\n'
       'Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n'
       'Questions? Visit https://support.credly.com\n\n'
       'Credly, Inc. \u2022 100 S. Wacker Drive, Suite 1600, Chicago, IL 60606\n'
       'Unsubscribe: https://www.credly.com/notification_preferences\n') % bid
htm = ('<html><body style="background:#f5f5f5"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial">'
       '<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/%s/image.png" alt="badge">'
       '<h2>Hi Rahul,</h2><p>AWS Training and Certification has issued you a new badge:</p>'
       '<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>'
       '<p>This badge was re-issued to this e-mail address after an update to your AWS Certification account.</p>'
       '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;'
       'border-radius:4px;text-decoration:none">Accept your badge</a></p>'
       '<p style="font-size:11px;color:#777">Credly, Inc. &bull; 100 S. Wacker Drive, Suite 1600, Chicago, IL 60606</p>'
       '</td></tr></table></body></html>\n') % (ruuid(), bid)
body = multi('alternative', part(new), part(htm, 'html'))
top = [('From', '"AWS Training and Certification via Credly" <admin@credly.com>'), ('To', B_RCPT),
       ('Subject', 'AWS Training and Certification issued you a new badge'), ('Date', fmt(dt, UTC, False)),
       ('Message-ID', cmid), ('MIME-Version', '1.0')]
add('015-en-credly-badge-reissued.eml', build(tr, top, body), 'credly_badge_issued', None, [], True, 'en', new)

JA_SIG_NAKAMURA = ('中村\n'
                   'AWS トレーニングと認定 カスタマーサポート\n'
                   'Amazon Web Services\n')

# ---- Thread F (ja, Microsoft 365 tenant): 田中 美咲, AWS19957302 -> AWS66120843
F_RCPT = 'misaki.tanaka@nexus-sol.co.jp'
F_OPEN = U(2025, 6, 24, 1, 55, 10)
F_CASE = case15(F_OPEN, 6032)

# 016 merge_confirmation_requested (ja) - 存続/廃止, 2 numbered questions (yes/no + login address), Shift_JIS base64
dt = U(2025, 6, 25, 2, 30, 48)
tr, mid, ip = aws_headers_outlook(F_RCPT, dt)
new = ('田中 美咲 様\n\n'
       '平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n'
       'カスタマーサポート担当の中村と申します。\n\n'
       'お問い合わせいただきましたアカウント統合の件につきまして、統合前の最終確認をお願いしたく'
       'ご連絡いたしました。\n\n'
       '【存続アカウント】AWS66120843（会社のメールアドレスで登録）\n'
       '【廃止アカウント】AWS19957302（個人のメールアドレスで登録）\n\n'
       '廃止アカウントの認定資格および受験履歴は存続アカウントに引き継がれ、廃止アカウントは閉鎖されます。\n'
       '統合後に元の状態へ戻すことはできませんので、ご注意ください。\n\n'
       'つきましては、下記 2 点についてご回答をお願いいたします。\n'
       '１．上記の内容で統合を実施してよろしいでしょうか（「はい」または「いいえ」でご回答ください）\n'
       '２．統合後、存続アカウントのログイン用メールアドレスを個人のメールアドレスへ変更されるご希望はございますか\n'
       '　　（ご転職等でログインできなくなる事態を防ぐため、個人のアドレスのご利用をお勧めしております）\n\n'
       'ご返信をいただき次第、手続きを進めさせていただきます。\n'
       'どうぞよろしくお願いいたします。\n\n' + JA_SIG_NAKAMURA)
body = part(new, charset='Shift_JIS', cte='base64')
top = aws_top(FORM_FROM, F_RCPT, FORM_SUBJ % F_CASE, dt, mid, ip)
add('016-ja-sjis-two-questions-yes-no-and-login.eml', build(tr, top, body), 'merge_confirmation_requested',
    F_CASE, ['AWS19957302', 'AWS66120843'], True, 'ja', new)
F_REQ = new

# ---- Thread G (ja, nifty, 2023, 11-digit case): 渡辺 翔太, AWS40027315 / AWS72291846
G_RCPT = 'shota.w@nifty.com'
G_CASE = '12154873901'
G_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE

# 017 support_reply (ja) - two accounts listed, no direction, asks which to keep
dt = U(2023, 3, 15, 1, 20, 33)
tr, mid, ip = aws_headers_jp('nifty', G_RCPT, dt)
new = ('渡辺 翔太 様\n\n'
       'AWS トレーニングと認定サポートへお問い合わせいただき、ありがとうございます。\n'
       '担当の山本でございます。\n\n'
       'お客様のお名前で、以下 2 件の認定アカウントが登録されていることを確認いたしました。\n\n'
       '・AWS40027315（2019年8月作成／AWS Certified Cloud Practitioner）\n'
       '・AWS72291846（2022年11月作成／AWS Certified SysOps Administrator - Associate）\n\n'
       '統合にあたっては、どちらのアカウントを残すかをご指定いただく必要がございます。\n'
       '残すアカウントに登録されている氏名およびメールアドレスが、統合後のアカウント情報となります。\n\n'
       'お手数ではございますが、残すことをご希望のアカウントをお知らせいただけますでしょうか。\n\n'
       '山本\nAWS トレーニングと認定 カスタマーサポート\n')
body = part(new, charset='ISO-2022-JP', cte='7bit')
top = aws_top(FORM_FROM, G_RCPT, G_SUBJ, dt, mid, ip)
add('017-ja-which-account-to-keep.eml', build(tr, top, body), 'support_reply', G_CASE,
    ['AWS40027315', 'AWS72291846'], True, 'ja', new)

# 018 support_reply (ja) - answers voucher question after consent; names direction; asks nothing
dt = U(2025, 6, 26, 0, 47, 5)
tr, mid, ip = aws_headers_outlook(F_RCPT, dt)
new = ('田中 様\n\n'
       'ご返信いただき、誠にありがとうございます。中村でございます。\n\n'
       'ご質問いただいたバウチャーの件について回答いたします。\n'
       'AWS19957302 に付与されている未使用の 50% 割引バウチャーは、統合後も AWS66120843 にて引き続きご利用いただけます。\n'
       '有効期限に変更はございません。\n\n'
       'また、ログイン用メールアドレスの変更（misaki.t.0312@gmail.com）につきましても承りました。\n'
       '統合の手続きとあわせて対応いたしますので、完了まで今しばらくお待ちくださいませ。\n\n' + JA_SIG_NAKAMURA)
quoted = ('差出人: 田中 美咲 <misaki.tanaka@nexus-sol.co.jp>\n'
          '送信日時: 2025年6月25日 14:08\n'
          '宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
          '件名: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
          '中村様\n\n'
          'ご連絡ありがとうございます。\n'
          '１．はい、上記の内容で統合をお願いいたします。\n'
          '２．個人のアドレス（misaki.t.0312@gmail.com）への変更を希望します。\n\n'
          '１点質問なのですが、廃止アカウント側に残っている 50%% 割引バウチャーは統合後も使えますでしょうか。\n\n'
          '田中\n\n' % F_CASE) + F_REQ
plain = new + '\n________________________________\n' + quoted
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       + html_of(new, 'font-family:Meiryo UI,sans-serif;font-size:10.5pt') +
       '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg">'
       + html_of(quoted, 'font-family:Meiryo UI,sans-serif;font-size:10pt') + '</div></body></html>\n')
body = multi('alternative', part(plain), part(htm, 'html'))
top = aws_top(FORM_FROM, F_RCPT, FORM_SUBJ % F_CASE, dt, mid, ip)
add('018-ja-voucher-answer-after-consent.eml', build(tr, top, body), 'support_reply', F_CASE,
    ['AWS19957302', 'AWS66120843'], True, 'ja', new)

# 019 merge_confirmation_requested (ja) - re-confirmation after the user changed the survivor
dt = U(2023, 3, 17, 2, 5, 59)
tr, mid, ip = aws_headers_jp('nifty', G_RCPT, dt)
new = ('渡辺 翔太 様\n\n'
       'ご連絡いただき、ありがとうございます。山本でございます。\n\n'
       '3 月 15 日のご返信では AWS72291846 を残すとのことでしたが、翌日のご連絡にて、やはり AWS40027315 を'
       '残したいとのご希望を承りました。\n'
       '念のため、変更後の内容で改めて確認させていただきます。\n\n'
       '　統合先（残るアカウント）　: AWS40027315\n'
       '　統合元（閉鎖されるアカウント）: AWS72291846\n\n'
       '統合後は AWS40027315 に登録されている氏名・メールアドレスでのご利用となり、AWS72291846 で取得された'
       '認定資格は AWS40027315 に移行されます。統合後の取り消しはできかねます。\n\n'
       'こちらの内容でよろしければ、「この内容で統合してください」と本メールへご返信くださいませ。\n'
       'ご返信を確認するまで、統合の処理は行いません。\n\n'
       '山本\nAWS トレーニングと認定 カスタマーサポート\n')
quoted = ('2023年3月16日(木) 8:02 渡辺翔太 <shota.w@nifty.com>:\n'
          + quote_gt('山本様\n\nたびたびすみません。\nやはり古い方（AWS40027315）を残したいです。\n'
                     'Cloud Practitioner を取ったときのアドレスなので。\nよろしくお願いします。\n\n渡辺\n\n'
                     '2023年3月15日(水) 19:44 渡辺翔太 <shota.w@nifty.com>:\n'
                     + quote_gt('山本様\n\n新しい方の AWS72291846 を残してください。\n\n渡辺')))
plain = new + '\n' + quoted + '\n'
body = part(plain, charset='ISO-2022-JP', cte='7bit')
top = aws_top(FORM_FROM, G_RCPT, G_SUBJ, dt, mid, ip)
add('019-ja-reconfirm-after-survivor-changed.eml', build(tr, top, body), 'merge_confirmation_requested',
    G_CASE, ['AWS40027315', 'AWS72291846'], True, 'ja', new)

# ---- Thread H (ja, OCN): 伊藤 さくら, AWS31180274 + AWS90554126 -> AWS47702815
H_RCPT = 'sakura-ito@crest.ocn.ne.jp'
H_OPEN = U(2025, 10, 6, 3, 33, 17)
H_CASE = case15(H_OPEN, 1164)
H_REQ = ('伊藤 さくら 様\n\n'
         'AWS トレーニングと認定 カスタマーサポートの佐々木です。\n'
         'ご依頼のアカウント統合について、以下の内容で実施してよろしいか、ご確認をお願いいたします。\n\n'
         '　統合先（存続）: AWS47702815\n'
         '　統合元（閉鎖）: AWS31180274、AWS90554126\n\n'
         '統合は取り消しができません。問題がなければ本メールにご返信ください。\n\n'
         '佐々木\n')

# 020 support_reply (ja) - chaser: no reply yet, case will close in 7 days; details only in quote
dt = U(2025, 10, 14, 5, 2, 38)
tr, mid, ip = aws_headers_jp('ocn', H_RCPT, dt)
new = ('伊藤 さくら 様\n\n'
       'AWS トレーニングと認定 カスタマーサポートの佐々木です。\n\n'
       '10 月 7 日にお送りしたメールにつきまして、現時点でご返信を確認できておりません。\n'
       'お忙しいところ恐れ入りますが、以下のメールの内容をご確認のうえ、ご返信くださいますようお願いいたします。\n\n'
       'なお、本日より 7 日以内にご返信をいただけない場合、本ケースはいったんクローズとさせていただきます。\n'
       'クローズ後にご連絡いただく場合も、新しいケースは作成せず、本メールにご返信ください。\n\n'
       '佐々木\nAWS トレーニングと認定 カスタマーサポート\n')
quoted = ('-----Original Message-----\n'
          'From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
          'Sent: 2025/10/07 11:15\n'
          'To: sakura-ito@crest.ocn.ne.jp\n'
          'Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
          % H_CASE) + H_REQ
plain = new + '\n' + quoted
body = part(plain, charset='ISO-2022-JP', cte='7bit')
top = aws_top(FORM_FROM, H_RCPT, FORM_SUBJ % H_CASE, dt, mid, ip)
add('020-ja-chaser-no-reply-yet.eml', build(tr, top, body), 'support_reply', H_CASE, [], True, 'ja', new)

# 021 merge_completed (ja) - three accounts, asks the user to check (not a confirmation request)
dt = U(2025, 10, 20, 8, 41, 12)
tr, mid, ip = aws_headers_jp('ocn', H_RCPT, dt)
new = ('伊藤 さくら 様\n\n'
       'お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。\n\n'
       'AWS31180274 および AWS90554126 の AWS47702815 への統合作業が完了しましたので、ご報告いたします。\n'
       '統合元の 2 アカウントは閉鎖され、今後は AWS47702815 のみをご利用いただけます。\n\n'
       'お手数ですが、AWS Certification アカウントにサインインのうえ、これまでに取得された認定資格が'
       'すべて表示されているかご確認ください。表示に不足がある場合は、本メールにてお知らせください。\n\n'
       '佐々木\nAWS トレーニングと認定 カスタマーサポート\n')
quoted = ('2025年10月15日(水) 21:37 伊藤さくら <sakura-ito@crest.ocn.ne.jp>:\n'
          + quote_gt('佐々木様\n\nご連絡が遅くなり申し訳ありません。\n内容に間違いありませんので、統合をお願いします。\n\n伊藤'))
plain = new + '\n' + quoted + '\n'
htm = ('<html><body>' + html_of(new, 'font-family:Meiryo,sans-serif') +
       '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">' +
       html_of(quoted, '') + '</blockquote></body></html>\n')
body = multi('alternative', part(plain, cte='quoted-printable'), part(htm, 'html', cte='quoted-printable'))
top = aws_top(FORM_FROM, H_RCPT, FORM_SUBJ % H_CASE, dt, mid, ip)
add('021-ja-three-accounts-merge-done-please-check.eml', build(tr, top, body), 'merge_completed', H_CASE,
    ['AWS31180274', 'AWS47702815', 'AWS90554126'], True, 'ja', new)


def ext_gmail(rcpt, dt, mailfrom, ip, helo, dkims, header_from, dmarc='pass', policy='REJECT', spf='pass'):
    ar = gmail_ar_generic([(d, s, r) for d, s, r in dkims], mailfrom, ip, spf, dmarc, policy, header_from)
    tr = gmail_transport(rcpt, dt, mailfrom, ip, helo, ar, spf)
    for d, s, r in dkims:
        tr.append(dkim(d, s, dt, 'from:to:subject:date:message-id:mime-version:content-type'))
    return tr


def ext_jp(provider, rcpt, dt, mailfrom, ip, helo, dkim_d, header_from, dmarc='pass', spf='pass', dkim_res='pass', sel='s1'):
    ar = ('spf=%s smtp.mailfrom=%s;\ndkim=%s header.d=%s header.s=%s;\ndmarc=%s header.from=%s'
          % (spf, mailfrom, dkim_res, dkim_d, sel, dmarc, header_from))
    tr = jp_transport(provider, rcpt, dt, mailfrom, ip, helo, ar)
    tr.append(dkim(dkim_d, sel, dt, 'from:to:subject:date:message-id:mime-version:content-type'))
    return tr


# ---- Thread I (ja, so-net, console case): 松本 大輔, AWS28840019 -> AWS63375102
I_RCPT = 'd-matsumoto@xa2.so-net.ne.jp'
I_OPEN = U(2025, 11, 5, 6, 12, 40)
I_CASE = case15(I_OPEN, 318)
I_OLD, I_NEW = 'AWS28840019', 'AWS63375102'
I_SUBJ_RE = 'RE:[CASE %s] 認定アカウントの統合について' % I_CASE

# 022 case_created (ja) - console, Japanese folded subject, no ids in echo
dt = I_OPEN + timedelta(seconds=11)
tr, mid, ip = aws_headers_jp('sonet', I_RCPT, dt)
new = ('お客様\n\n'
       'Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、'
       'ケース %s を作成しました。\n\n'
       'ケースの詳細は以下のとおりです。\n\n'
       'ケース ID: %s\n'
       '件名: 認定アカウントの統合について\n'
       '重要度: 一般的なガイダンス\n'
       '内容: 試験の申し込み時に、誤って別のメールアドレスで新しい認定アカウントを作ってしまいました。'
       '2つのアカウントを1つにまとめたいです。アカウントIDはあとでお送りします。\n\n'
       'できるだけ早く対応いたします。ケースの確認および更新は、AWS サポートセンターからいつでも行えます。\n\n'
       'Amazon Web Services\n\n') % (I_CASE, I_CASE)
plain = new + (CONSOLE_FOOT_JA % I_CASE) + '\n'
htm = '<html><body>' + html_of(plain) + '</body></html>\n'
body = multi('alternative', part(plain, cte='base64'), part(htm, 'html', cte='base64'))
top = aws_top(CONSOLE_FROM, I_RCPT, enc_hdr('Amazon Web Services: 新しいサポートケースを作成しました: %s' % I_CASE),
              dt, mid, ip)
add('022-ja-console-new-case-folded-subject.eml', build(tr, top, body), 'case_created', I_CASE, [], True, 'ja', new)

# 023 support_reply (ja) - escalated; "will ask you to confirm once checked" (future)
dt = U(2025, 11, 6, 2, 48, 26)
tr, mid, ip = aws_headers_jp('sonet', I_RCPT, dt)
new = ('松本 大輔 様\n\n'
       'Amazon Web Services の岡田です。アカウント ID をお送りいただき、ありがとうございます。\n\n'
       '%s から %s への統合のご依頼につきまして、認定担当チームへ確認を依頼いたしました。\n'
       'チームからの回答があり次第、統合内容について改めてご確認のご連絡を差し上げます。\n'
       '現時点でお客様にご対応いただくことはございませんので、今しばらくお待ちくださいますようお願いいたします。\n\n'
       'よろしくお願いいたします。\n\n'
       '岡田\nAmazon Web Services\n\n') % (I_OLD, I_NEW)
plain = new + (CONSOLE_FOOT_JA % I_CASE) + '\n'
htm = '<html><body>' + html_of(plain) + '</body></html>\n'
body = multi('alternative', part(plain, cte='base64'), part(htm, 'html', cte='base64'))
top = aws_top(CONSOLE_FROM, I_RCPT, enc_hdr(I_SUBJ_RE), dt, mid, ip)
add('023-ja-console-escalated-will-ask-later.eml', build(tr, top, body), 'support_reply', I_CASE,
    [I_NEW, I_OLD], True, 'ja', new)

# 024 merge_confirmation_requested (ja) - phishing from look-alike domain (dmarc pass for its own domain)
PH_RCPT = 'takahashi.yuki.88@gmail.com'
dt = U(2025, 9, 18, 23, 7, 3)
mailfrom = 'bounce-5512@mail.aws-certification-jp.com'
ip = '45.142.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
tr = ext_gmail(PH_RCPT, dt, mailfrom, ip, 'mail.aws-certification-jp.com',
               [('aws-certification-jp.com', 'default', 'pass')], 'aws-certification-jp.com', 'pass', 'NONE')
new = ('高橋 様\n\n'
       '【重要】AWS 認定アカウント統合のご確認\n\n'
       'お客様の AWS 認定アカウントについて、以下の統合申請を受け付けました。\n\n'
       '　統合先アカウント: AWS88120456\n'
       '　統合元アカウント: AWS51234098\n\n'
       '本申請がお客様ご本人によるものである場合は、48 時間以内に下記のリンクから統合を承認してください。\n'
       '期限内に承認が確認できない場合、セキュリティ上の理由により両アカウントの認定資格が一時停止されます。\n\n'
       '▼ 統合を承認する\n'
       'https://aws-certification-jp.com/merge/approve?token=%s\n\n'
       '※本メールは送信専用です。\n'
       'AWS トレーニングと認定 事務局\n') % rhex(32)
htm = '<html><body style="font-family:sans-serif">' + html_of(new) + '</body></html>\n'
body = multi('alternative', part(new, cte='base64'), part(htm, 'html', cte='base64'))
top = [('From', addr('AWS トレーニングと認定', 'no-reply@aws-certification-jp.com')), ('To', PH_RCPT),
       ('Subject', enc_hdr('【重要】AWS 認定アカウント統合のご確認（48時間以内にご対応ください）')),
       ('Date', fmt(dt, JST, False)), ('Message-ID', '<%s@aws-certification-jp.com>' % rhex(24)),
       ('MIME-Version', '1.0'), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
add('024-ja-phishing-lookalike-approve-merge.eml', build(tr, top, body), 'merge_confirmation_requested',
    None, ['AWS51234098', 'AWS88120456'], False, 'ja', new)

# 025 survey (ja) - console case resolved, rate the support
dt = U(2025, 11, 12, 9, 20, 7)
tr, mid, ip = aws_headers_jp('sonet', I_RCPT, dt)
new = ('お客様\n\n'
       'ケース %s「認定アカウントの統合について」は解決済みとしてクローズされました。\n\n'
       'AWS サポートをご利用いただき、ありがとうございました。\n'
       '今回のサポートについて、よろしければアンケートにご協力ください。\n\n'
       '問題は解決しましたか？\n'
       '　はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=true\n'
       '　いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=false\n\n'
       '同じ問題についてさらにサポートが必要な場合は、サポートセンターからケースを再開してください。\n\n'
       'Amazon Web Services\n') % (I_CASE, I_CASE, I_CASE)
htm = '<html><body>' + html_of(new) + '</body></html>\n'
body = multi('alternative', part(new, charset='ISO-2022-JP', cte='7bit'), part(htm, 'html', cte='quoted-printable'))
top = aws_top(CONSOLE_FROM, I_RCPT, enc_hdr('[Case %s] ケースは解決済みになりました - ご意見をお聞かせください' % I_CASE,
                                            'iso-2022-jp'), dt, mid, ip)
add('025-ja-console-resolved-feedback.eml', build(tr, top, body), 'survey', I_CASE, [], True, 'ja', new)

# 026 credly_badge_issued (ja) - Japanese Credly notice after merge (Thread A)
dt = U(2025, 6, 2, 1, 14, 55)
tr, cmid = credly_gmail(A_RCPT, dt)
bid = ruuid()
new = ('佐藤 健一 さん\n\n'
       'AWS Training and Certification からバッジが発行されました。\n\n'
       'AWS Certified Developer - Associate\n\n'
       'バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn やメール署名などで共有できます。\n\n'
       'バッジを受け取る: https://www.credly.com/earner/earned/badge/%s\n\n'
       'ご不明な点は https://support.credly.com をご覧ください。\n'
       'Credly, Inc. 100 S. Wacker Drive, Suite 1600, Chicago, IL 60606\n') % bid
htm = ('<html lang="ja"><body><table width="600" align="center" style="font-family:sans-serif"><tr><td>'
       '<p>佐藤 健一 さん</p><p>AWS Training and Certification からバッジが発行されました。</p>'
       '<p style="font-size:18px"><b>AWS Certified Developer - Associate</b></p>'
       '<p>バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn やメール署名などで共有できます。</p>'
       '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:10px 24px">'
       'バッジを受け取る</a></p><p style="font-size:11px;color:#777">Credly, Inc. 100 S. Wacker Drive, Suite 1600, '
       'Chicago, IL 60606</p></td></tr></table></body></html>\n') % bid
body = multi('alternative', part(new), part(htm, 'html'))
top = [('From', addr('AWS Training and Certification via Credly', 'admin@credly.com')), ('To', A_RCPT),
       ('Subject', enc_hdr('AWS Training and Certification からバッジが発行されました')),
       ('Date', fmt(dt, UTC, False)), ('Message-ID', cmid), ('MIME-Version', '1.0')]
add('026-ja-credly-badge-issued.eml', build(tr, top, body), 'credly_badge_issued', None, [], True, 'ja', new)

# 027 unrelated (ja) - Pearson VUE appointment confirmation, carries the candidate id
dt = U(2025, 11, 13, 4, 31, 50)
mailfrom = 'bounces@pearsonvue.com'
ip = '159.182.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
tr = ext_jp('sonet', I_RCPT, dt, mailfrom, ip, 'mail-out.pearsonvue.com', 'pearson.com', 'pearson.com', sel='pvue2023')
new = ('松本 大輔 様\n\n'
       'Pearson VUE にて AWS 認定試験のご予約をいただき、ありがとうございます。\n'
       'ご予約内容は以下のとおりです。\n\n'
       '試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)\n'
       '日時: 2025年12月6日(土) 10:00 (JST)\n'
       '会場: オンライン監督 (OnVUE)\n'
       '受験者 ID: %s\n'
       '登録 ID: 482913577\n\n'
       '試験開始の 30 分前からチェックインが可能です。システムテストを事前に実施してください。\n'
       '予約の変更・キャンセルは、試験開始の 24 時間前まで可能です。\n\n'
       'Pearson VUE\n') % I_NEW
htm = '<html><body>' + html_of(new) + '</body></html>\n'
body = multi('alternative', part(new, cte='base64'), part(htm, 'html', cte='base64'))
top = [('From', addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com')), ('To', I_RCPT),
       ('Subject', enc_hdr('試験予約の確認 - AWS Certified Solutions Architect - Professional')),
       ('Date', fmt(dt, UTC, False)), ('Message-ID', '<%s.%d@pearsonvue.com>' % (rhex(16), rng.randint(1000, 9999))),
       ('MIME-Version', '1.0')]
add('027-ja-pearson-vue-booking-with-candidate-id.eml', build(tr, top, body), 'unrelated', None, [I_NEW], False, 'ja', new)

# 028 unrelated (ja) - another AWS console case (billing) of the same user, RE:[CASE] style
B2_OPEN = U(2025, 9, 29, 0, 51, 2)
B2_CASE = case15(B2_OPEN, 4470)
dt = U(2025, 9, 30, 6, 18, 44)
tr, mid, ip = aws_headers_jp('ocn', H_RCPT, dt)
new = ('伊藤 様\n\n'
       'AWS サポートの田村です。お支払い方法の変更についてお問い合わせいただき、ありがとうございます。\n\n'
       'ご請求書払い（請求書による銀行振込）への切り替えにつきましては、与信審査のため下記の情報が必要となります。\n'
       '・法人名（登記上の正式名称）\n'
       '・法人番号\n'
       '・請求書送付先のご住所およびご担当者様のお名前\n\n'
       '上記をサポートセンターのケースにご返信いただけますでしょうか。確認後、審査を開始いたします。\n'
       '審査には通常 5 営業日ほどかかります。\n\n'
       '田村\nAmazon Web Services\n\n')
plain = new + (CONSOLE_FOOT_JA % B2_CASE) + '\n'
htm = '<html><body>' + html_of(plain) + '</body></html>\n'
body = multi('alternative', part(plain, charset='ISO-2022-JP', cte='7bit'), part(htm, 'html'))
top = aws_top(CONSOLE_FROM, H_RCPT, enc_hdr('RE:[CASE %s] 支払い方法を請求書払いに変更したい' % B2_CASE, 'iso-2022-jp'),
              dt, mid, ip)
add('028-ja-other-aws-case-billing.eml', build(tr, top, body), 'unrelated', B2_CASE, [], True, 'ja', new)

# 029 unrelated (ja) - CertMetrics recertification congratulations (authentic but not AWS/Credly)
dt = U(2025, 10, 28, 17, 3, 9)
mailfrom = 'do-not-reply@certmetrics.com'
ip = '167.89.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
tr = ext_jp('ocn', H_RCPT, dt, mailfrom, ip, 'o1.email.certmetrics.com', 'certmetrics.com', 'certmetrics.com', sel='s1')
new = ('伊藤 さくら 様\n\n'
       'AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。\n\n'
       'AWS 認定候補者 ID: AWS-47702815\n'
       '認定の有効期限: 2028年10月28日\n\n'
       '認定のデジタルバッジは Credly から別途お送りします。認定特典（次回試験の 50% 割引など）は '
       'AWS Certification アカウントの「Benefits」からご確認いただけます。\n\n'
       'AWS トレーニングと認定\n'
       '※このメールは送信専用アドレスから配信されています。\n')
htm = '<html><body style="font-family:sans-serif">' + html_of(new) + '</body></html>\n'
body = part(htm, 'html', 'utf-8', 'quoted-printable')
top = [('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', H_RCPT),
       ('Subject', enc_hdr('AWS 認定: 再認定おめでとうございます')), ('Date', fmt(dt, UTC, False)),
       ('Message-ID', '<%s@certmetrics.com>' % ruuid()), ('MIME-Version', '1.0')]
add('029-ja-certmetrics-recert-congrats.eml', build(tr, top, body), 'unrelated', None, ['AWS47702815'], False, 'ja', new)

# 030 unrelated (ja) - AWS Japan newsletter (genuine amazon.com)
dt = U(2025, 5, 20, 1, 0, 4)
tr, mid, ip = aws_headers_gmail(PH_RCPT, dt)
new = ('AWS ニュースレター 2025年5月号\n\n'
       '■ AWS Summit Japan 2025 参加登録受付中\n'
       '6 月 25 日・26 日に幕張メッセで開催します。150 以上のセッションと展示をご用意しています。\n\n'
       '■ AWS 認定: 新しい試験「AWS Certified AI Practitioner」日本語版の提供開始\n'
       '認定をお持ちの方は、次回の試験が 50% 割引になる特典をご利用いただけます。\n\n'
       '■ 無料オンラインセミナー「はじめての AWS」\n\n'
       '配信停止をご希望の場合は、https://pages.awscloud.com/communication-preferences をご利用ください。\n'
       'アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア\n')
htm = ('<html><body style="background:#fafafa"><table width="640" align="center" style="background:#fff;font-family:sans-serif">'
       '<tr><td style="background:#232f3e;color:#fff;padding:12px">AWS ニュースレター 2025年5月号</td></tr><tr><td style="padding:16px">'
       + html_of(new) + '</td></tr></table></body></html>\n')
body = multi('alternative', part(new, cte='base64'), part(htm, 'html', cte='base64'))
top = aws_top(addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), PH_RCPT,
              enc_hdr('【AWS ニュースレター】AWS Summit Japan 2025 参加登録受付中 ほか'), dt, mid, ip)
add('030-ja-aws-japan-newsletter.eml', build(tr, top, body), 'unrelated', None, [], True, 'ja', new)

# ---- Thread J (ja, biglobe): 小川 遥, AWS34455190 -> AWS70118352
J_RCPT = 'ogawa-h@kfa.biglobe.ne.jp'
J_OPEN = U(2025, 8, 4, 12, 26, 19)
J_CASE = case15(J_OPEN, 8841)

# 031 merge_confirmation_requested (ja) - HTML-only table, ask to write 「統合を承認します」
dt = U(2025, 8, 5, 3, 10, 2)
tr, mid, ip = aws_headers_jp('biglobe', J_RCPT, dt)
new_txt = ('小川 遥 様\n'
           'AWS トレーニングと認定 カスタマーサポートの西田でございます。\n'
           'アカウント統合のお手続きに先立ち、以下の内容をご確認ください。\n'
           '区分 認定候補者 ID 統合後の状態\n'
           '統合先 AWS70118352 引き続きご利用いただけます\n'
           '統合元 AWS34455190 統合後に閉鎖されます\n'
           '統合元で取得された認定資格・受験履歴・特典はすべて統合先へ移行されます。統合後の取り消しはできません。\n'
           '内容に問題がない場合は、本メールへのご返信にて「統合を承認します」とご記載ください。\n'
           '西田\n')
htm = ('<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>\n'
       '<body style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px;color:#16191f">\n'
       '<p>小川 遥 様</p>\n<p>AWS トレーニングと認定 カスタマーサポートの西田でございます。<br>\n'
       'アカウント統合のお手続きに先立ち、以下の内容をご確認ください。</p>\n'
       '<table style="border-collapse:collapse" border="1" cellpadding="8">\n'
       '<thead><tr style="background:#f2f3f3"><th>区分</th><th>認定候補者 ID</th><th>統合後の状態</th></tr></thead>\n'
       '<tbody><tr><td>統合先</td><td>AWS70118352</td><td>引き続きご利用いただけます</td></tr>\n'
       '<tr><td>統合元</td><td>AWS34455190</td><td>統合後に閉鎖されます</td></tr></tbody></table>\n'
       '<p>統合元で取得された認定資格・受験履歴・特典はすべて統合先へ移行されます。'
       '<span style="color:#d13212">統合後の取り消しはできません。</span></p>\n'
       '<p>内容に問題がない場合は、本メールへのご返信にて<b>「統合を承認します」</b>とご記載ください。</p>\n'
       '<p>西田<br>AWS トレーニングと認定 カスタマーサポート</p>\n'
       '<p style="font-size:11px;color:#687078">%s</p>\n</body></html>\n') % FORM_FOOT_EN
body = part(htm, 'html', 'UTF-8', 'quoted-printable', quote_cs=False)
top = aws_top(FORM_FROM, J_RCPT, FORM_SUBJ % J_CASE, dt, mid, ip)
add('031-ja-html-table-write-approve-phrase.eml', build(tr, top, body), 'merge_confirmation_requested',
    J_CASE, ['AWS34455190', 'AWS70118352'], True, 'ja', new_txt)

# ---- Thread K (ja, Gmail): 森 拓海, AWS92200471 -> AWS15563028 (bilingual agent)
K_RCPT = 'takumi.mori.dev@gmail.com'
K_OPEN = U(2025, 9, 22, 7, 49, 36)
K_CASE = case15(K_OPEN, 2750)

# 032 merge_confirmation_requested (ja) - bilingual, slightly awkward Japanese first, English below; 8bit UTF-8
dt = U(2025, 9, 23, 16, 58, 20)
tr, mid, ip = aws_headers_gmail(K_RCPT, dt)
new = ('森 拓海 様\n\n'
       'AWS トレーニングと認定にお問い合わせありがとうございます。\n\n'
       'お客様のアカウントを確認しました。以下の通りに統合を行います：\n'
       '- 統合されるアカウント（なくなります）：AWS 92200471\n'
       '- 残るアカウント：AWS 15563028\n\n'
       '統合の後は元に戻すことができないです。\n'
       'この内容でよろしければ、このメールに返信して「確認しました、統合してください」とお書きください。\n\n'
       '(English below)\n\n'
       'Dear Takumi Mori,\n\n'
       'Thank you for contacting AWS Training and Certification. We reviewed your accounts and plan the merge as follows:\n'
       '- Account to be merged (will be removed): AWS 92200471\n'
       '- Account that remains: AWS 15563028\n\n'
       'Please note the merge cannot be undone. If this is correct, please reply to this email stating '
       '"Confirmed, please merge".\n\n'
       'Best regards,\nLi Na\nAWS Training and Certification Customer Support\n')
body = part(new, charset='utf-8', cte='8bit')
top = aws_top(FORM_FROM, K_RCPT, FORM_SUBJ % K_CASE, dt, mid, ip)
add('032-ja-bilingual-agent-write-confirmed.eml', build(tr, top, body), 'merge_confirmation_requested',
    K_CASE, ['AWS15563028', 'AWS92200471'], True, 'ja', new)

# ---- Thread L (ja, Xserver company mail, 2022, 11-digit): 髙橋 誠, AWS57730981 -> AWS08816340
L_RCPT = 'm.takahashi@kaneda-kogyo.co.jp'
L_CASE = '11873055214'
L_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L_CASE

# 033 merge_confirmation_requested (ja) - ①②③ checklist; labelled Shift_JIS but really cp932 (wrong label), QP
dt = U(2022, 10, 12, 4, 40, 31)
tr, mid, ip = aws_headers_jp('xserver', L_RCPT, dt)
new = ('株式会社金田工業\n髙橋 誠 様\n\n'
       'いつもお世話になっております。AWS トレーニングと認定サポートの森下です。\n'
       '各アカウントの通知先メールアドレスをお知らせいただき、ありがとうございました。\n\n'
       '統合作業の前に、以下の内容について最終のご確認をお願いいたします。\n\n'
       '①統合後も残るアカウント：AWS08816340\n'
       '②統合により閉鎖されるアカウント：AWS57730981\n'
       '③統合後のログイン用メールアドレス：m.takahashi@kaneda-kogyo.co.jp\n\n'
       '上記①～③の内容にお間違いがないか、ご確認のうえご返信いただけますでしょうか。\n'
       'ご返信を確認後、統合作業を開始いたします。なお、統合は元に戻すことができません。\n\n'
       '森下\nAWS トレーニングと認定 カスタマーサポート\n')
body = part(new, charset='Shift_JIS', codec='cp932', cte='quoted-printable')
top = aws_top(FORM_FROM, L_RCPT, L_SUBJ, dt, mid, ip)
add('033-ja-circled-checklist-sjis-label-cp932.eml', build(tr, top, body), 'merge_confirmation_requested',
    L_CASE, ['AWS08816340', 'AWS57730981'], True, 'ja', new)

# ---- Thread M (ja, au carrier mail): 石井 健太, AWS20448193 -> AWS61107724
M_RCPT = 'kenta-ishii@au.com'
M_OPEN = U(2025, 7, 14, 10, 2, 44)
M_CASE = case15(M_OPEN, 2210)
M_DUP_OPEN = U(2025, 7, 14, 23, 31, 5)
M_DUP = case15(M_DUP_OPEN, 6093)

# 034 merge_confirmation_requested (ja) - full-width id + hyphenated id, short lines for a phone
dt = U(2025, 7, 15, 5, 12, 9)
tr, mid, ip = aws_headers_jp('au', M_RCPT, dt)
new = ('石井 健太 様\n\n'
       'お問い合わせありがとうございます。\n'
       'AWS トレーニングと認定\n'
       'サポートの上田です。\n\n'
       'ご依頼の統合について、\n'
       '以下のとおり実施する予定です。\n\n'
       '統合元（削除）:\n'
       'ＡＷＳ２０４４８１９３\n'
       '統合先（継続）:\n'
       'AWS-61107724\n\n'
       '統合後は元に戻せません。\n'
       '統合の実施にご同意いただけますか。\n'
       'ご同意いただける場合は、\n'
       'その旨を本メールへ\n'
       'ご返信ください。\n\n'
       '上田\n')
body = part(new, charset='ISO-2022-JP', cte='7bit')
top = aws_top(FORM_FROM, M_RCPT, FORM_SUBJ % M_CASE, dt, mid, ip)
add('034-ja-fullwidth-id-phone-consent.eml', build(tr, top, body), 'merge_confirmation_requested', M_CASE,
    ['AWS20448193', 'AWS61107724'], True, 'ja', new)

# 035 merge_confirmation_requested (ja) - console agent, reply via Support Center
dt = U(2025, 11, 7, 1, 55, 31)
tr, mid, ip = aws_headers_jp('sonet', I_RCPT, dt)
new = ('松本 大輔 様\n\n'
       'Amazon Web Services の岡田です。お待たせいたしました。\n'
       '認定担当チームより、アカウントの統合が可能であるとの回答がございました。\n\n'
       '統合は次の内容で行います。\n'
       '・%s（誤って作成されたアカウント）→ 閉鎖し、認定資格・受験予約を移行\n'
       '・%s（今後ご利用いただくアカウント）→ 存続\n\n'
       '一度統合いたしますと、元に戻すことはできません。\n'
       '恐れ入りますが、本メールアドレスは返信を受け付けておりませんので、上記の内容で統合を進めてよろしいか、'
       'サポートセンターのケース画面から「返信」を選択し、同意いただける旨をご入力ください。\n\n'
       '岡田\nAmazon Web Services\n\n') % (I_OLD, I_NEW)
plain = new + (CONSOLE_FOOT_JA % I_CASE) + '\n'
htm = '<html><body>' + html_of(plain) + '</body></html>\n'
body = multi('alternative', part(plain, cte='base64'), part(htm, 'html', cte='base64'))
top = aws_top(CONSOLE_FROM, I_RCPT, enc_hdr(I_SUBJ_RE), dt, mid, ip)
add('035-ja-console-agree-via-support-center.eml', build(tr, top, body), 'merge_confirmation_requested',
    I_CASE, [I_NEW, I_OLD], True, 'ja', new)

# 036 support_reply (ja) - after approval: question about the name romanisation (something else)
dt = U(2025, 8, 6, 2, 22, 47)
tr, mid, ip = aws_headers_jp('biglobe', J_RCPT, dt)
new = ('小川 遥 様\n\n'
       '西田でございます。ご承認のご返信をいただき、ありがとうございます。\n\n'
       'AWS34455190 から AWS70118352 への統合手続きを進めるにあたり、1 点だけ確認させてください。\n'
       '統合先アカウントに登録されている氏名が「OGAWA HARUKA」、統合元アカウントでは「Haruka Ogawa」と'
       '表記が異なっております。統合後は統合先の表記が引き継がれますが、試験当日に提示される身分証明書の'
       '表記と一致している必要がございます。\n\n'
       '統合先の「OGAWA HARUKA」の表記で問題ないか、あるいは変更をご希望か、お知らせいただけますでしょうか。\n\n'
       '西田\nAWS トレーニングと認定 カスタマーサポート\n')
quoted = ('2025年8月5日(火) 18:51 小川遥 <ogawa-h@kfa.biglobe.ne.jp>:\n'
          + quote_gt('西田様\n\n統合を承認します。\nよろしくお願いいたします。\n\n小川'))
plain = new + '\n' + quoted + '\n'
body = multi('alternative', part(plain, charset='ISO-2022-JP', cte='7bit'),
             part('<html><body>' + html_of(new) + '<blockquote>' + html_of(quoted, '') + '</blockquote></body></html>\n',
                  'html', cte='quoted-printable'))
top = aws_top(FORM_FROM, J_RCPT, FORM_SUBJ % J_CASE, dt, mid, ip)
add('036-ja-after-approval-asks-name-spelling.eml', build(tr, top, body), 'support_reply', J_CASE,
    ['AWS34455190', 'AWS70118352'], True, 'ja', new)

# 037 support_reply (ja) - direction named, asks notification e-mail of each account (Shift_JIS, clean)
dt = U(2022, 10, 11, 0, 58, 3)
tr, mid, ip = aws_headers_jp('xserver', L_RCPT, dt)
new = ('株式会社金田工業\n高橋 誠 様\n\n'
       'このたびは AWS トレーニングと認定サポートへお問い合わせいただき、ありがとうございます。\n'
       '担当の森下と申します。\n\n'
       'AWS57730981 を AWS08816340 へ統合されたいとのご依頼、承知いたしました。\n'
       'ご本人様確認のため、お手数ですが、それぞれのアカウントに登録されている通知先メールアドレスを'
       'お知らせいただけますでしょうか。\n\n'
       '　・AWS57730981 の通知先メールアドレス：\n'
       '　・AWS08816340 の通知先メールアドレス：\n\n'
       '確認が取れましたら、統合内容の確認のご案内をお送りいたします。\n\n'
       '森下\nAWS トレーニングと認定 カスタマーサポート\n')
body = part(new, charset='shift_jis', cte='base64')
top = aws_top(FORM_FROM, L_RCPT, L_SUBJ, dt, mid, ip)
add('037-ja-asks-notification-address-each-account.eml', build(tr, top, body), 'support_reply', L_CASE,
    ['AWS08816340', 'AWS57730981'], True, 'ja', new)

# 038 support_reply (ja) - status: being processed, expected date; names direction
dt = U(2025, 9, 25, 2, 34, 11)
tr, mid, ip = aws_headers_gmail(K_RCPT, dt)
new = ('森 拓海 様\n\n'
       'ご返信いただきありがとうございます。Li Na です。\n\n'
       'AWS92200471 から AWS15563028 への統合作業は、現在担当チームにて処理中です。\n'
       '9 月 29 日ごろに完了する見込みです。完了しましたら、本ケースにてお知らせいたします。\n'
       'それまでの間、お客様に行っていただく作業はございません。\n\n'
       'Best regards,\nLi Na\nAWS Training and Certification Customer Support\n')
quoted = ('2025年9月24日(水) 9:03 森 拓海 <takumi.mori.dev@gmail.com>:\n'
          + quote_gt('確認しました、統合してください。\nConfirmed, please merge.\n\n森'))
plain = new + '\n' + quoted + '\n'
body = multi('alternative', part(plain, cte='quoted-printable'),
             part('<html><body>' + html_of(new) + '<div class="gmail_quote"><blockquote class="gmail_quote" '
                  'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                  + html_of(quoted, '') + '</blockquote></div></body></html>\n', 'html', cte='quoted-printable'))
top = aws_top(FORM_FROM, K_RCPT, FORM_SUBJ % K_CASE, dt, mid, ip)
add('038-ja-status-processing-eta.eml', build(tr, top, body), 'support_reply', K_CASE,
    ['AWS15563028', 'AWS92200471'], True, 'ja', new)

# 039 support_reply (ja) - duplicate case closed, continue on the original case (names other case id)
dt = U(2025, 7, 15, 5, 20, 40)
tr, mid, ip = aws_headers_jp('au', M_RCPT, dt)
new = ('石井 健太 様\n\n'
       'お問い合わせありがとうございます。\n'
       'AWS トレーニングと認定\n'
       'サポートの上田です。\n\n'
       '同じ内容のお問い合わせが\n'
       '2 件作成されておりました。\n'
       'AWS20448193 から\n'
       'AWS61107724 への統合は\n'
       '先に作成されたケース\n'
       '（ケース ID: %s）にて\n'
       '対応を続けますので、\n'
       '本ケースはクローズいたします。\n\n'
       '今後のご連絡は、\n'
       '上記ケースのメールへ\n'
       'ご返信ください。\n\n'
       '上田\n') % M_CASE
body = part(new, charset='ISO-2022-JP', cte='7bit')
top = aws_top(FORM_FROM, M_RCPT, FORM_SUBJ % M_DUP, dt, mid, ip)
add('039-ja-duplicate-case-closed-continue-other.eml', build(tr, top, body), 'support_reply', M_DUP,
    ['AWS20448193', 'AWS61107724'], True, 'ja', new)

# 040 merge_completed (ja) - console: done + case marked resolved
dt = U(2025, 11, 12, 9, 18, 2)
tr, mid, ip = aws_headers_jp('sonet', I_RCPT, dt)
new = ('松本 大輔 様\n\n'
       'Amazon Web Services の岡田です。\n'
       'ご同意いただいた内容にて、アカウントの統合処理が完了いたしました。\n'
       '今後は %s にて認定資格のご確認や試験のご予約を行っていただけます。'
       '%s に入っていた試験のご予約も移行済みです。\n\n'
       '本件はこれにて解決とさせていただき、ケースをクローズいたします。\n'
       'ご不明な点がございましたら、サポートセンターからケースを再開してください。\n\n'
       '岡田\nAmazon Web Services\n\n') % (I_NEW, I_OLD)
plain = new + RATE_JA + '\n\n' + (CONSOLE_FOOT_JA % I_CASE) + '\n'
htm = '<html><body>' + html_of(plain) + '</body></html>\n'
body = multi('alternative', part(plain, cte='base64'), part(htm, 'html', cte='base64'))
top = aws_top(CONSOLE_FROM, I_RCPT, enc_hdr(I_SUBJ_RE), dt, mid, ip)
add('040-ja-console-merge-done-and-resolved.eml', build(tr, top, body), 'merge_completed', I_CASE,
    [I_NEW, I_OLD], True, 'ja', new)

# ---- Thread N (en, Outlook/Hotmail): Priya Raghunathan, AWS33019482 -> AWS76620915
N_RCPT = 'priya.r@hotmail.com'
N_OPEN = U(2025, 4, 8, 19, 30, 5)
N_CASE = case15(N_OPEN, 173)

# 041 merge_confirmation_requested (en) - terse arrow notation, "a one-word yes"
dt = U(2025, 4, 9, 21, 14, 36)
tr, mid, ip = aws_headers_outlook(N_RCPT, dt)
new = ('Hi Priya,\n\n'
       'Quick check before I action this:\n\n'
       '    AWS33019482  ->  AWS76620915 (kept)\n\n'
       'i.e. your old profile folds into the new one and AWS33019482 goes away permanently. Is that right? '
       "A one-word \"yes\" back is all I need and I'll submit it straight away.\n\n"
       'Cheers,\nBen\nAWS Training & Certification Support\n')
htm = ('<html><body style="font-family:Arial;font-size:14px">' + html_of(new).replace('    AWS33019482  -&gt;  AWS76620915 (kept)',
       '<code>AWS33019482 &rarr; AWS76620915 (kept)</code>') + '</body></html>\n')
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'), part(htm, 'html', 'utf-8', 'quoted-printable'))
top = aws_top(FORM_FROM, N_RCPT, FORM_SUBJ % N_CASE, dt, mid, ip)
add('041-en-terse-arrow-one-word-yes.eml', build(tr, top, body), 'merge_confirmation_requested', N_CASE,
    ['AWS33019482', 'AWS76620915'], True, 'en', new)

# 042 support_reply (en) - "once the merge is complete we will send you a confirmation"
dt = U(2025, 4, 10, 16, 2, 58)
tr, mid, ip = aws_headers_outlook(N_RCPT, dt)
new = ('Hi Priya,\n\n'
       "Thanks \u2014 that's all I needed. I've passed the request on to the team that handles profile merges, "
       'in the order we agreed (AWS33019482 into AWS76620915).\n\n'
       'Once the merge is complete we will send you a confirmation on this case, and your Credly badges should '
       'follow within a few days. There is nothing more required from you at this stage.\n\n'
       'Cheers,\nBen\nAWS Training & Certification Support\n')
quoted = ('From: Priya Raghunathan <priya.r@hotmail.com>\n'
          'Sent: Wednesday, April 9, 2025 11:40 PM\n'
          'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
          'Subject: Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
          'yes\n\nGet Outlook for iOS\n') % N_CASE
plain = new + '\n________________________________\n' + quoted
htm = ('<html><body>' + html_of(new) + '<hr><div id="divRplyFwdMsg">' + html_of(quoted, 'font-size:11pt') +
       '</div></body></html>\n')
body = multi('alternative', part(plain), part(htm, 'html'))
top = aws_top(FORM_FROM, N_RCPT, FORM_SUBJ % N_CASE, dt, mid, ip)
add('042-en-once-merge-complete-we-will-send.eml', build(tr, top, body), 'support_reply', N_CASE,
    ['AWS33019482', 'AWS76620915'], True, 'en', new)


def exchange_noauth(rcpt, dt, ip):
    """Corporate on-prem Exchange: no Authentication-Results at all."""
    t = dt + timedelta(seconds=rng.randint(2, 9))
    c = fmt(t, CEST, False)
    return ['Received: from EXMBX02.nordfjord.local (10.20.1.12) by EXMBX01.nordfjord.local\n'
            ' (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\n Transport; %s' % c,
            'Received: from mailgw.nordfjord-energi.no (10.20.0.5) by EXMBX02.nordfjord.local\n'
            ' (10.20.1.12) with Microsoft SMTP Server id 15.2.1544.11 via Frontend Transport;\n %s' % c,
            'Received: from %s (%s [%s])\n\tby mailgw.nordfjord-energi.no (Postfix) with ESMTPS id 4Yt%s\n'
            '\tfor <%s>; %s' % (ses_host(ip), ses_host(ip), ip, rb64(7), rcpt, c),
            'X-MS-Exchange-Organization-AuthAs: Anonymous',
            'X-MS-Exchange-Organization-AuthSource: EXMBX02.nordfjord.local',
            'X-MS-Has-Attach: ',
            'X-MS-TNEF-Correlator: ']


# ---- Thread O (en, corporate Exchange, no Authentication-Results): Henrik Larsen
O_RCPT = 'henrik.larsen@nordfjord-energi.no'
O_OPEN = U(2025, 2, 11, 8, 5, 44)
O_CASE = case15(O_OPEN, 5502)

# 043 merge_confirmation_requested (en) - "verify the arrangement", answer YES/NO; charset label wrong (utf-8 bytes labelled iso-8859-1)
dt = U(2025, 2, 12, 10, 31, 17)
mid = ses_id(dt)
ip = rng.choice(SES_IPS)
tr = exchange_noauth(O_RCPT, dt, ip) + amazon_dkim(dt)
new = ('Dear Henrik,\n\n'
       'Thank you for your message. To be certain we get this right, I\u2019d like you to verify the arrangement '
       'below before anything is changed:\n\n'
       '    Profile to be retained:  AWS05987713  (henrik.larsen@nordfjord-energi.no)\n'
       '    Profile to be absorbed:  AWS61230047  (h.larsen78@online.no)\n\n'
       'Once absorbed, AWS61230047 can no longer be used to sign in \u2013 the change is permanent.\n\n'
       'Please answer YES to this e-mail to authorise us to go ahead, or NO if you\u2019d like to change anything.\n\n'
       'Kind regards,\nFiona\nAWS Training and Certification\n')
quoted = ('-----Original Message-----\n'
          'From: Larsen, Henrik <henrik.larsen@nordfjord-energi.no>\n'
          'Sent: Tuesday, February 11, 2025 9:05 AM\n'
          'To: aws-cs-trainingcertification-form@amazon.com\n'
          'Subject: [AWS Training and Certification Form Submission] - account-assistance\n\n'
          'Hello,\nI have two certification profiles. Please merge AWS61230047 into AWS05987713.\n'
          'Best regards\nHenrik Larsen\nSenior Cloud Engineer | Nordfjord Energi AS\n')
plain = new + '\n' + quoted
body = part(plain, charset='utf-8', label='iso-8859-1', cte='quoted-printable')
top = aws_top(FORM_FROM, O_RCPT, FORM_SUBJ % O_CASE, dt, mid, ip)
add('043-en-verify-arrangement-yes-no-no-auth-wrong-charset.eml', build(tr, top, body),
    'merge_confirmation_requested', O_CASE, ['AWS05987713', 'AWS61230047'], None, 'en', new)

# ---- Thread P (en, Gmail): Olumide Adeyemi, AWS44810256 -> AWS90073318
P_RCPT = 'olu.adeyemi@gmail.com'
P_OPEN = U(2025, 3, 19, 13, 12, 20)
P_CASE = case15(P_OPEN, 3376)

# 044 support_reply (en) - names direction; asks reason + "confirm your full legal name" (not the merge)
dt = U(2025, 3, 20, 9, 40, 53)
tr, mid, ip = aws_headers_gmail(P_RCPT, dt)
new = ('Hello Olumide,\n\n'
       'We have received your request to combine AWS44810256 into AWS90073318.\n\n'
       'Before this can be reviewed by our certification team, we need two more details for our records:\n\n'
       '1. A short explanation of how the second profile came to be created (for example, an exam booked '
       'through an employer or a training partner).\n'
       '2. Please confirm your full legal name exactly as it appears on the government ID you present at exams '
       '\u2013 the two profiles currently show "Olumide Adeyemi" and "Olumide A. Adeyemi".\n\n'
       'Once we have this we will come back to you with the next steps.\n\n'
       'Regards,\nSanjay\nAWS Training and Certification Customer Support\n')
htm = '<html><body>' + html_of(new) + '</body></html>\n'
body = multi('alternative', part(new), part(htm, 'html'))
top = aws_top(FORM_FROM, P_RCPT, FORM_SUBJ % P_CASE, dt, mid, ip)
add('044-en-asks-reason-and-legal-name.eml', build(tr, top, body), 'support_reply', P_CASE,
    ['AWS44810256', 'AWS90073318'], True, 'en', new)

# 045 merge_confirmation_requested (en) - phishing from a look-alike domain, dmarc pass for that domain
dt = U(2025, 8, 27, 6, 44, 9)
mailfrom = 'bounce@mx1.aws-certmerge-support.com'
ip = '185.225.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
tr = ext_gmail(D_RCPT, dt, mailfrom, ip, 'mx1.aws-certmerge-support.com',
               [('aws-certmerge-support.com', 'mail', 'pass')], 'aws-certmerge-support.com', 'pass', 'NONE')
new = ('Dear Candidate,\n\n'
       'We received a request to merge the following AWS Certification accounts:\n\n'
       '  Source account: AWS71029384\n'
       '  Destination account: AWS48210937\n\n'
       'To protect your certifications, the merge must be confirmed by the account owner. Please confirm the '
       'merge within 24 hours by signing in with your AWS Certification credentials:\n\n'
       'CONFIRM MERGE: https://aws-certmerge-support.com/confirm?ref=%s\n\n'
       'If the merge is not confirmed, both accounts will be temporarily locked.\n\n'
       'AWS Training & Certification Account Services\n') % rhex(20)
htm = ('<html><body style="font-family:Arial">' + html_of(new).replace(
    'CONFIRM MERGE: https://aws-certmerge-support.com/confirm?ref=',
    '<a href="https://aws-certmerge-support.com/confirm?ref=') + '</body></html>\n')
htm = re.sub(r'(<a href="[^"<]+?)(</p>)', r'\1">CONFIRM MERGE</a>\2', htm, count=1)
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'), part(htm, 'html', 'us-ascii', '7bit'))
top = [('From', '"AWS Certification Support" <certification@aws-certmerge-support.com>'), ('To', D_RCPT),
       ('Subject', 'Action needed: confirm your AWS Certification account merge'), ('Date', fmt(dt, UTC, False)),
       ('Message-ID', '<%s@aws-certmerge-support.com>' % rhex(20)), ('MIME-Version', '1.0')]
add('045-en-phishing-lookalike-confirm-merge.eml', build(tr, top, body), 'merge_confirmation_requested', None,
    ['AWS48210937', 'AWS71029384'], False, 'en', new)

# 046 merge_confirmation_requested (en) - spoofed amazon.com From; topmost AR dmarc=fail, forged pass lower down
dt = U(2025, 3, 22, 3, 15, 40)
mailfrom = 'mailer@relay7.kzhost-mail.net'
ip = '91.215.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
ar = gmail_ar_generic([('amazon.com', 'rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr', 'fail')], mailfrom, ip, 'pass', 'fail',
                      'QUARANTINE', 'amazon.com')
tr = gmail_transport(P_RCPT, dt, mailfrom, ip, 'relay7.kzhost-mail.net', ar)
tr.append('Authentication-Results: mx.amazon.com;\n       dkim=pass header.i=@amazon.com;\n'
          '       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com')
tr.append(dkim('amazon.com', 'rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr', dt, AMZ_H))
new = ('Hello Olumide,\n\n'
       'Regarding your recent request to AWS Training and Certification.\n\n'
       'Your account merge is ready to be processed:\n'
       '  AWS44810256  will be merged into  AWS90073318\n\n'
       'For security reasons we need you to confirm the merge by signing in to your certification account '
       'through the secure link below. Requests that are not confirmed within 12 hours are cancelled and '
       'cannot be resubmitted for 90 days.\n\n'
       'Confirm the merge: https://aws-training-certification.account-verify.co/merge?u=%s\n\n'
       'Best regards,\nAWS Training and Certification Customer Support\nAmazon Web Services\n') % rhex(16)
htm = '<html><body>' + html_of(new) + '</body></html>\n'
body = multi('alternative', part(new), part(htm, 'html'))
top = [('From', FORM_FROM), ('To', P_RCPT), ('Subject', 'Action required: confirm your AWS Certification account merge'),
       ('Date', fmt(dt, UTC, False)), ('Message-ID', '<%s@relay7.kzhost-mail.net>' % rhex(18)), ('MIME-Version', '1.0')]
add('046-en-spoofed-amazon-dmarc-fail-forged-ar-below.eml', build(tr, top, body), 'merge_confirmation_requested',
    None, ['AWS44810256', 'AWS90073318'], False, 'en', new)

# 047 support_reply (en) - status update, with certification operations (no auth header, base64)
dt = U(2025, 2, 14, 15, 2, 26)
mid = ses_id(dt)
ip = rng.choice(SES_IPS)
tr = exchange_noauth(O_RCPT, dt, ip) + amazon_dkim(dt)
new = ('Dear Henrik,\n\n'
       'Thank you for your reply authorising the change.\n\n'
       'Your merge request (AWS61230047 \u2192 AWS05987713) is currently with our certification operations '
       "team. These are usually completed within five business days; I'll update you on this case as soon as "
       'I hear back from them.\n\n'
       'Kind regards,\nFiona\nAWS Training and Certification\n')
quoted = ('-----Original Message-----\n'
          'From: Larsen, Henrik <henrik.larsen@nordfjord-energi.no>\n'
          'Sent: Wednesday, February 12, 2025 1:17 PM\n'
          'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
          'Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
          'YES\n\nHenrik\n') % O_CASE
plain = new + '\n' + quoted
htm = '<html><body>' + html_of(new) + '<div style="border-top:1px solid #e1e1e1">' + html_of(quoted) + '</div></body></html>\n'
body = multi('alternative', part(plain, cte='base64'), part(htm, 'html', cte='base64'))
top = aws_top(FORM_FROM, O_RCPT, FORM_SUBJ % O_CASE, dt, mid, ip)
add('047-en-status-with-operations-team.eml', build(tr, top, body), 'support_reply', O_CASE,
    ['AWS05987713', 'AWS61230047'], None, 'en', new)

# 048 merge_completed (en) - done, case closed, survey link in the same mail
dt = U(2025, 3, 27, 17, 26, 14)
tr, mid, ip = aws_headers_gmail(P_RCPT, dt)
new = ('Hello Olumide,\n\n'
       'Thank you for the details you sent. I am happy to let you know that the merge has been completed: '
       'AWS44810256 has been merged into AWS90073318, and your name on the profile now reads "Olumide Adeyemi".\n\n'
       'As this resolves your request, I will now close the case. If you have a moment, please tell us how we '
       'did using the short survey below:\n'
       'https://amazonwebservices.qualtrics.com/jfe/form/SV_9yT1vB7cQ2mLz0p?cid=%s\n\n'
       'Regards,\nSanjay\nAWS Training and Certification Customer Support\n') % P_CASE
quoted = ('On Sat, Mar 22, 2025 at 11:02\u202fAM Olumide Adeyemi <olu.adeyemi@gmail.com> wrote:\n'
          + quote_gt('Hi Sanjay,\n\n1. The second profile was created by my employer when they booked my '
                     'Cloud Practitioner exam in 2022.\n2. My legal name is Olumide Adeyemi (no middle initial).\n\n'
                     'Also I got a strange mail asking me to confirm the merge through a link, was that you?\n\nOlumide'))
plain = new + '\n' + quoted + '\n'
htm = ('<html><body>' + html_of(new) + '<div class="gmail_quote"><blockquote class="gmail_quote">' + html_of(quoted, '')
       + '</blockquote></div></body></html>\n')
body = multi('alternative', part(plain), part(htm, 'html'))
top = aws_top(FORM_FROM, P_RCPT, FORM_SUBJ % P_CASE, dt, mid, ip)
add('048-en-merge-done-closing-with-survey-link.eml', build(tr, top, body), 'merge_completed', P_CASE,
    ['AWS44810256', 'AWS90073318'], True, 'en', new)

# 049 survey (en) - automatic closure, 11-digit case (2022), Outlook
Q_RCPT = 'emily.zhang88@outlook.com'
Q_CASE = '11391250786'
dt = U(2022, 6, 9, 22, 4, 51)
tr, mid, ip = aws_headers_outlook(Q_RCPT, dt)
new = ('Hello,\n\n'
       'Your case %s has been resolved.\n\n'
       'Thank you for contacting AWS Training and Certification. Please take a moment to tell us about your '
       'experience.\n\n'
       'Was your issue resolved?\n'
       'YES  https://aws-tc-survey.amazon.com/s?c=%s&v=1\n'
       'NO   https://aws-tc-survey.amazon.com/s?c=%s&v=0\n\n'
       'If the issue persists, simply reply to this message within 14 days and your case will be reopened.\n\n'
       'Sincerely,\nAWS Training and Certification\n') % (Q_CASE, Q_CASE, Q_CASE)
htm = '<html><body>' + html_of(new) + '</body></html>\n'
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'), part(htm, 'html', 'us-ascii', '7bit'))
top = aws_top(FORM_FROM, Q_RCPT, 'Your case %s has been resolved' % Q_CASE, dt, mid, ip)
add('049-en-case-resolved-survey-11digit.eml', build(tr, top, body), 'survey', Q_CASE, [], True, 'en', new)

# ---- Thread R (en, Yahoo, 2020, 10-digit): Marco Bianchi, aws00781245 -> AWS00965512
R_RCPT = 'marco.bianchi76@yahoo.com'
R_CASE = '7215583011'


def aws_headers_yahoo(rcpt, dt):
    mid = ses_id(dt)
    mailfrom = mid.split('@')[0] + '@email.amazonses.com'
    ip = rng.choice(SES_IPS)
    ar = ('dkim=pass header.i=@amazon.com header.s=rjt7ljs3yr2s6mrijcw4bldwd7nx2uzr;\n'
          ' dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n'
          ' spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;')
    return yahoo_transport(rcpt, dt, mailfrom, ip, ses_host(ip), ar) + amazon_dkim(dt), mid, ip


# 050 case_created (en) - form ack 2020, no ids, "do not open a duplicate"
dt = U(2020, 8, 18, 14, 7, 33)
tr, mid, ip = aws_headers_yahoo(R_RCPT, dt)
new = ('Hello,\n\n'
       'Thank you for contacting AWS Training and Certification. We have received your inquiry and created '
       'case %s.\n\n'
       'A member of our team will respond within 24 hours. To help us serve you quickly, please do not submit '
       'a duplicate request for the same issue; if you need to add information, reply to this e-mail and keep '
       'the case number in the subject line.\n\n'
       'Regards,\nAWS Training and Certification\n') % R_CASE
body = part(new + '\n' + FORM_FOOT_EN + '\n', charset='us-ascii', cte='7bit')
top = aws_top(FORM_FROM, R_RCPT, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % R_CASE,
              dt, mid, ip)
add('050-en-form-ack-2020-10digit.eml', build(tr, top, body), 'case_created', R_CASE, [], True, 'en', new)

# 051 merge_confirmation_requested (en) - 2020, lower-case echo of the id, "happy for us to proceed on that basis?"
dt = U(2020, 8, 19, 17, 51, 2)
tr, mid, ip = aws_headers_yahoo(R_RCPT, dt)
new = ('Hi Marco,\n\n'
       "Thanks for reaching out. I've had a look and can see both certification accounts: aws00781245 "
       '(marco.bianchi@unimi.it) and AWS00965512 (marco.bianchi76@yahoo.com).\n\n'
       'Per your request we would merge aws00781245 into AWS00965512, so AWS00965512 is the account that '
       'remains. Please be aware that this is irreversible.\n\n'
       'Can you please reply and let us know you are happy for us to proceed on that basis?\n\n'
       'Best,\nClaire\nAWS Training and Certification\n')
quoted = ('---- On Tue, 18 Aug 2020 16:07 Marco Bianchi <marco.bianchi76@yahoo.com> wrote ----\n'
          'AWS candidate ID: aws00781245\n'
          'Please merge my old university certification account with my current one (AWS00965512). Grazie!\n')
plain = new + '\n' + quoted
body = multi('alternative', part(plain, charset='utf-8', cte='quoted-printable'),
             part('<html><body>' + html_of(new) + '<blockquote>' + html_of(quoted, '') + '</blockquote></body></html>\n',
                  'html', 'utf-8', 'quoted-printable'))
top = aws_top(FORM_FROM, R_RCPT, FORM_SUBJ % R_CASE, dt, mid, ip)
add('051-en-2020-happy-to-proceed-on-that-basis.eml', build(tr, top, body), 'merge_confirmation_requested',
    R_CASE, ['AWS00781245', 'AWS00965512'], True, 'en', new)

# 052 merge_completed (en) - 2020; asks to confirm the certifications are visible (post-merge check)
dt = U(2020, 8, 21, 12, 30, 45)
tr, mid, ip = aws_headers_yahoo(R_RCPT, dt)
new = ('Hi Marco,\n\n'
       'This is to let you know that your accounts have been merged successfully. Please use AWS00965512 '
       'from now on; the old login no longer works.\n\n'
       'Could you confirm that you can see all four of your certifications on AWS00965512? If anything is '
       "missing just reply here and I'll look into it.\n\n"
       'Best,\nClaire\nAWS Training and Certification\n')
body = part(new, charset='utf-8', cte='quoted-printable')
top = aws_top(FORM_FROM, R_RCPT, FORM_SUBJ % R_CASE, dt, mid, ip)
add('052-en-2020-merged-please-check-certs.eml', build(tr, top, body), 'merge_completed', R_CASE,
    ['AWS00965512'], True, 'en', new)

# 053 credly_badge_issued (en) - 2020 Acclaim (youracclaim.com), badge moved after the merge, Yahoo
dt = U(2020, 8, 24, 15, 22, 8)
mailfrom = 'bounces+4815162-a1b2-marco.bianchi76=yahoo.com@sendgrid.net'
ip = '167.89.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
ar = ('dkim=pass header.i=@youracclaim.com header.s=s1;\n spf=pass smtp.mailfrom=sendgrid.net;\n'
      ' dmarc=pass(p=NONE) header.from=youracclaim.com;')
tr = yahoo_transport(R_RCPT, dt, mailfrom, ip, 'o1.email.youracclaim.com', ar)
tr.append(dkim('youracclaim.com', 's1', dt, 'from:subject:mime-version:content-type:to'))
bid = ruuid()
new = ('Marco,\n\n'
       'AWS Training and Certification has issued you a badge: AWS Certified Developer - Associate.\n\n'
       'Following an update to your AWS Certification account, this badge has been issued to your current '
       'e-mail address. Accept it to make it visible on your Acclaim profile.\n\n'
       'Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s\n\n'
       'Acclaim is a service of Credly, Inc.\n') % bid
htm = ('<html><body><table width="600" align="center" style="font-family:Helvetica"><tr><td>'
       '<p>Marco,</p><p>AWS Training and Certification has issued you a badge: <b>AWS Certified Developer - Associate</b>.</p>'
       '<p>Following an update to your AWS Certification account, this badge has been issued to your current e-mail '
       'address. Accept it to make it visible on your Acclaim profile.</p>'
       '<p><a href="https://www.youracclaim.com/earner/earned/badge/%s">Accept your badge</a></p>'
       '<p style="font-size:11px">Acclaim is a service of Credly, Inc.</p></td></tr></table></body></html>\n') % bid
body = multi('alternative', part(new, 'plain', 'us-ascii', '7bit'), part(htm, 'html', 'us-ascii', '7bit'))
top = [('From', '"AWS Training and Certification via Acclaim" <admin@youracclaim.com>'), ('To', R_RCPT),
       ('Subject', 'AWS Training and Certification has issued you a badge'), ('Date', fmt(dt, UTC, False)),
       ('Message-ID', '<%s@ismtpd0012p1iad2.sendgrid.net>' % rb64(22).replace('/', '_').replace('+', '-')),
       ('MIME-Version', '1.0')]
add('053-en-acclaim-badge-2020.eml', build(tr, top, body), 'credly_badge_issued', None, [], True, 'en', new)

# 054 unrelated (en) - Seller Central case asking to confirm merge of duplicate ASIN pages
S_CASE = '6129477031'
dt = U(2025, 6, 19, 22, 8, 14)
tr, mid, ip = aws_headers_gmail(B_RCPT, dt)
new = ('Hello,\n\n'
       'Thank you for contacting Amazon Selling Partner Support.\n\n'
       'I understand you would like the two detail pages for your product to be combined. Before I submit '
       'the request to our catalog team, please confirm which ASIN should remain:\n\n'
       '  ASIN B0CJ7X2QKM (Stainless Steel Water Bottle 750 ml - Blue)\n'
       '  ASIN B0CJ7W9LPD (Stainless Steel Water Bottle 750ml Blue)\n\n'
       'The other ASIN will be merged into the one you choose, and its reviews will be moved across. Please '
       'note that merged detail pages cannot be split again.\n\n'
       'To respond, click here: https://sellercentral.amazon.in/cu/case-dashboard/view-case?caseID=%s\n\n'
       'We hope this helps.\n\nThank you,\nDeepak M.\nAmazon Selling Partner Support\n') % S_CASE
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'),
             part('<html><body>' + html_of(new) + '</body></html>\n', 'html', 'us-ascii', '7bit'))
top = aws_top('"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>', B_RCPT,
              'RE:[CASE %s] Merge duplicate listings' % S_CASE, dt, mid, ip)
add('054-en-seller-central-asin-merge-confirm.eml', build(tr, top, body), 'unrelated', S_CASE, [], True, 'en', new)

# 055 unrelated (en) - GitHub "merged" notification
dt = U(2025, 8, 22, 13, 55, 31)
mailfrom = 'noreply@github.com'
ip = '192.30.252.%d' % rng.randint(190, 210)
tr = ext_gmail(D_RCPT, dt, mailfrom, ip, 'out-%d.smtp.github.com' % rng.randint(20, 29),
               [('github.com', 'pf2023', 'pass')], 'github.com', 'pass', 'REJECT')
new = ('Merged #482 into main.\n\n'
       '\u2014\nReply to this email directly, view it on GitHub:\n'
       'https://github.com/acme-labs/cert-tracker/pull/482#event-%d\n'
       'You are receiving this because you authored the thread.\n') % rng.randint(10 ** 10, 10 ** 11)
htm = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/acme-labs/cert-tracker/pull/482">#482</a> '
       'into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
       '<a href="https://github.com/acme-labs/cert-tracker/pull/482">view it on GitHub</a>.<br>'
       'You are receiving this because you authored the thread.</p>\n')
body = multi('alternative', part(new, cte='quoted-printable', quote_cs=False), part(htm, 'html', cte='quoted-printable', quote_cs=False),
             boundary='--==_mimepart_%s_%d' % (rhex(13), rng.randint(100, 999)))
top = [('From', 'Jordan Lee <notifications@github.com>'), ('Reply-To', 'acme-labs/cert-tracker <reply+A%s@reply.github.com>' % rb64(20).replace('/', 'Q').replace('+', 'Z')),
       ('To', 'acme-labs/cert-tracker <cert-tracker@noreply.github.com>'),
       ('Cc', 'Daniel Kowalski <d.kowalski.pl@gmail.com>, Author <author@noreply.github.com>'),
       ('Subject', 'Re: [acme-labs/cert-tracker] Merge duplicate certification profiles into one account (PR #482)'),
       ('Date', fmt(dt, PDT, False)),
       ('Message-ID', '<acme-labs/cert-tracker/pull/482/issue_event/%d@github.com>' % rng.randint(10 ** 10, 10 ** 11)),
       ('In-Reply-To', '<acme-labs/cert-tracker/pull/482@github.com>'),
       ('References', '<acme-labs/cert-tracker/pull/482@github.com>'),
       ('MIME-Version', '1.0'), ('X-GitHub-Reason', 'author'), ('List-ID', 'acme-labs/cert-tracker <cert-tracker.acme-labs.github.com>')]
add('055-en-github-pr-merged.eml', build(tr, top, body), 'unrelated', None, [], False, 'en', new)

# 056 unrelated (en) - Credly self-service account merge code
dt = U(2025, 6, 15, 18, 40, 2)
tr, cmid = credly_gmail(B_RCPT, dt)
code = '%06d' % rng.randint(0, 999999)
new = ('Hi Rahul,\n\n'
       'You asked to merge another Credly account into this one. Enter the code below on the account merge '
       'page, or use the button to finish merging:\n\n'
       '%s\n\n'
       'Complete Account Merge: https://www.credly.com/users/merge_accounts/confirm?token=%s\n\n'
       "This code expires in 30 minutes. If you didn't request this, you can ignore this e-mail.\n\n"
       'The Credly Team\n') % (code, rhex(32))
body = multi('alternative', part(new), part('<html><body>' + html_of(new) + '</body></html>\n', 'html'))
top = [('From', 'Credly <admin@credly.com>'), ('To', B_RCPT), ('Subject', 'Your Credly account merge code'),
       ('Date', fmt(dt, UTC, False)), ('Message-ID', cmid), ('MIME-Version', '1.0')]
add('056-en-credly-self-service-merge-code.eml', build(tr, top, body), 'unrelated', None, [], True, 'en', new)

# 057 unrelated (en) - Credly badge expiry reminder, Outlook
dt = U(2025, 8, 30, 14, 1, 19)
mailfrom = 'bounces+%d-%s-megodriscoll=outlook.com@em6254.credly.com' % (rng.randint(10 ** 7, 10 ** 8), rhex(4))
ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=em6254.credly.com; dkim=pass (signature was verified)\n'
      ' header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100' % ip)
tr = outlook_transport(C_RCPT, dt, mailfrom, ip, 'o3.ptr6120.credly.com', ar)
tr.append(dkim('credly.com', 's1', dt, 'from:subject:mime-version:content-type:to'))
new = ('Hi Megan,\n\n'
       'Your badge AWS Certified Cloud Practitioner issued by AWS Training and Certification will expire on '
       'November 28, 2025.\n\n'
       'To keep your badge active, visit your issuer to learn about recertification options.\n\n'
       'View badge: https://www.credly.com/badges/%s\n\nThe Credly Team\n') % ruuid()
body = multi('alternative', part(new), part('<html><body>' + html_of(new) + '</body></html>\n', 'html'))
top = [('From', 'Credly <admin@credly.com>'), ('To', C_RCPT), ('Subject', 'Your badge is expiring soon'),
       ('Date', fmt(dt, UTC, False)), ('Message-ID', '<%s@geopod-ismtpd-7>' % rb64(22).replace('/', '_')),
       ('MIME-Version', '1.0')]
add('057-en-credly-expiry-reminder.eml', build(tr, top, body), 'unrelated', None, [], True, 'en', new)

# 058 unrelated (en) - phishing not about the merge (account suspended), dmarc none for look-alike
dt = U(2025, 10, 2, 4, 17, 56)
mailfrom = 'info@aws-account-verify.net'
ip = '103.151.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=aws-account-verify.net; dkim=none (message not signed)\n'
      ' header.d=none;dmarc=none action=none header.from=aws-account-verify.net;compauth=fail\n reason=451' % ip)
tr = outlook_transport(Q_RCPT, dt, mailfrom, ip, 'mail.aws-account-verify.net', ar)
new = ('Dear AWS Customer,\n\n'
       'We were unable to validate the payment method on your account. As a result, your AWS account and all '
       'associated certifications have been temporarily suspended.\n\n'
       'To restore access, update your billing information within 48 hours:\n'
       'https://aws-account-verify.net/billing/restore?session=%s\n\n'
       'Amazon Web Services Billing Department\n') % rhex(24)
body = part('<html><body>' + html_of(new) + '</body></html>\n', 'html', 'utf-8', 'base64')
top = [('From', '"Amazon Web Services" <info@aws-account-verify.net>'), ('To', Q_RCPT),
       ('Subject', 'Your AWS account has been suspended'), ('Date', fmt(dt, UTC, False)),
       ('Message-ID', '<%s@aws-account-verify.net>' % rhex(16)), ('MIME-Version', '1.0')]
add('058-en-phishing-account-suspended.eml', build(tr, top, body), 'unrelated', None, [], False, 'en', new)

# ---- Thread T (en, Gmail): Lucas Ferreira, AWS12093386 -> AWS87741520
T_RCPT = 'lucas.ferreira.br@gmail.com'
T_OPEN = U(2025, 10, 27, 11, 48, 2)
T_CASE = case15(T_OPEN, 9034)

# 059 support_reply (en) - direction stated; "could you please confirm which e-mail ... sign-in"
dt = U(2025, 10, 28, 13, 20, 40)
tr, mid, ip = aws_headers_gmail(T_RCPT, dt)
new = ('Hello Lucas,\n\n'
       'Thank you for contacting AWS Training and Certification.\n\n'
       'I have reviewed your request: AWS12093386 will be merged into AWS87741520, which will be the account '
       'that remains after the merge.\n\n'
       'Could you please confirm which e-mail address you would like to use as the sign-in for AWS87741520 '
       'going forward? At present it is registered to lucas.ferreira@tecnova.com.br, which you mentioned you '
       'may lose access to when you change jobs.\n\n'
       'Best regards,\nMariana\nAWS Training and Certification Customer Support\n')
body = multi('alternative', part(new, cte='quoted-printable'), part('<html><body>' + html_of(new) + '</body></html>\n', 'html'))
top = aws_top(FORM_FROM, T_RCPT, FORM_SUBJ % T_CASE, dt, mid, ip)
add('059-en-confirm-which-signin-email.eml', build(tr, top, body), 'support_reply', T_CASE,
    ['AWS12093386', 'AWS87741520'], True, 'en', new)

# 060 support_reply (en) - apology for delay, still processing, no action needed
dt = U(2025, 11, 4, 19, 5, 12)
tr, mid, ip = aws_headers_gmail(T_RCPT, dt)
new = ('Hello Lucas,\n\n'
       'Apologies for the delay in getting back to you. The team is still working on the consolidation of '
       'AWS12093386 into AWS87741520 that you approved last week; some merges take a little longer when '
       'exam history has to be moved between regions.\n\n'
       'No action is needed on your side. I will update this case as soon as it has gone through.\n\n'
       'Best regards,\nMariana\nAWS Training and Certification Customer Support\n')
quoted = ('On Thu, Oct 30, 2025 at 9:12\u202fAM Lucas Ferreira <lucas.ferreira.br@gmail.com> wrote:\n'
          + quote_gt('Hi Mariana,\nPlease use lucas.ferreira.br@gmail.com. And yes, the merge direction is correct, '
                     'go ahead.\nThanks!\nLucas\n\nOn Tue, Oct 28, 2025 at 1:20\u202fPM Amazon Web Services '
                     '<aws-cs-trainingcertification-form@amazon.com> wrote:\n'
                     + quote_gt('I have reviewed your request: AWS12093386 will be merged into AWS87741520, which '
                                'will be the account\nthat remains after the merge.')))
plain = new + '\n' + quoted + '\n'
body = multi('alternative', part(plain, cte='base64'),
             part('<html><body>' + html_of(new) + '<blockquote class="gmail_quote">' + html_of(quoted, '') +
                  '</blockquote></body></html>\n', 'html', cte='base64'))
top = aws_top(FORM_FROM, T_RCPT, FORM_SUBJ % T_CASE, dt, mid, ip)
add('060-en-delay-apology-still-processing.eml', build(tr, top, body), 'support_reply', T_CASE,
    ['AWS12093386', 'AWS87741520'], True, 'en', new)
