#!/usr/bin/env python3
"""Generate blind test set 223: e-mails around an AWS Certification account merge.

Emphasis: hard boundaries between kinds (chasers restating the request, partial
completions, closures promising the merge later, 'scheduled' replies after the
user's yes, surveys quoting a completion), English and Japanese.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(223)

JST = dt.timezone(dt.timedelta(hours=9), 'JST')
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CEST = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
EDT = dt.timezone(dt.timedelta(hours=-4))
BST = dt.timezone(dt.timedelta(hours=1))

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

# ---------------------------------------------------------------- helpers

def d(y, mo, day, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, day, h, mi, s, tzinfo=tz)


def cid15(opened):
    """15-digit case id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), RND.randrange(100, 99999))


def rhex(n):
    return ''.join(RND.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(RND.choice(alphabet) for _ in range(n))


def rb64(n):
    raw = bytes(RND.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def ses_id(when):
    ms = int(when.timestamp() * 1000)
    u = uuid.UUID(int=RND.getrandbits(128))
    return '0100%012x-%s-000000' % (ms, u)


def rfcdate(when):
    return format_datetime(when)


def fold_b64(value, first_prefix_len, width=76):
    """Fold a long base64 blob for a header continuation."""
    out, line = [], ''
    cur = first_prefix_len
    for ch in value:
        if cur >= width:
            out.append(line)
            line, cur = '', 1
        line += ch
        cur += 1
    out.append(line)
    return '\n\t '.join(out)


def dkim_sig(domain, when, selector=None, hdrs='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID'):
    selector = selector or ralnum(32)
    t = int(when.timestamp())
    b = rb64(128)
    bh = rb64(32)
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s;\n'
            '\tb=%s' % (selector, domain, t, hdrs, bh, fold_b64(b, 3)))


def enc_subject(s, charset='utf-8'):
    """Encoded-word subject folded over lines (email.header does the folding)."""
    return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)


# ---------------------------------------------------------------- trace / auth

SES_IPS = ['54.240.8.30', '54.240.8.87', '54.240.9.114', '54.240.11.42', '54.240.48.93',
           '54.240.27.19', '23.251.234.7', '54.240.13.66']


def ses_host(ip):
    parts = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (parts[2], parts[3])


def auth_gmail(a):
    """Gmail-style Authentication-Results (authserv-id mx.google.com)."""
    lines = ['Authentication-Results: mx.google.com;']
    items = []
    for dom, res in a.get('dkim', []):
        items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, ralnum(20), ralnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')))
    if a.get('spf'):
        res, mf, ip = a['spf']
        if res == 'pass':
            items.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif res == 'softfail':
            items.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            items.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (res, mf, ip, mf))
    if a.get('dmarc'):
        res, pol, hf = a['dmarc']
        dis = 'NONE' if res == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE')
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, pol, pol, dis, hf))
    return 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(items)


def auth_outlook(a):
    """Outlook/Exchange Online style: no authserv-id."""
    parts = []
    if a.get('spf'):
        res, mf, ip = a['spf']
        parts.append('spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (res, ip, mf.split('@')[-1]))
    dk = a.get('dkim', [])
    if dk:
        dom, res = dk[0]
        if res == 'pass':
            parts.append('dkim=pass (signature was verified)\n header.d=%s' % dom)
        else:
            parts.append('dkim=%s (signature did not verify)\n header.d=%s' % (res, dom))
    else:
        parts.append('dkim=none (message not signed)\n header.d=none')
    if a.get('dmarc'):
        res, pol, hf = a['dmarc']
        action = 'none' if res == 'pass' else ('quarantine' if pol == 'QUARANTINE' else 'none')
        comp = 'pass\n reason=100' if res == 'pass' else 'fail\n reason=000'
        parts.append('dmarc=%s action=%s header.from=%s;compauth=%s' % (res, action, hf, comp))
    return 'Authentication-Results: ' + '; '.join(parts[:-1]) + ';' + parts[-1] if len(parts) > 1 else 'Authentication-Results: ' + parts[0]


def auth_jp(a, servid):
    items = []
    if a.get('spf'):
        res, mf, ip = a['spf']
        items.append('spf=%s smtp.mailfrom=%s' % (res, mf))
    for dom, res in a.get('dkim', []):
        items.append('dkim=%s header.d=%s header.s=%s' % (res, dom, ralnum(12)))
    if a.get('dmarc'):
        res, pol, hf = a['dmarc']
        items.append('dmarc=%s header.from=%s' % (res, hf))
    return 'Authentication-Results: %s;\n\t' % servid + ';\n\t'.join(items)


def trace(m, when):
    """Provider-added trace headers (topmost first). Returns list of header strings."""
    prov = m['provider']
    a = m.get('auth') or {}
    rcpt = m['to'][1]
    ip = a.get('ip') or RND.choice(SES_IPS)
    helo = a.get('helo') or ses_host(ip)
    envfrom = a.get('envfrom', 'bounce@example.com')
    if a.get('spf'):
        a['spf'] = (a['spf'][0], a['spf'][1], ip)
    h = []
    t1 = when + dt.timedelta(seconds=RND.randrange(1, 4))
    t2 = t1 + dt.timedelta(seconds=RND.randrange(0, 2))
    if prov == 'gmail':
        tl = t2.astimezone(PDT if 3 <= when.month <= 10 else PST)
        h.append('Delivered-To: %s' % rcpt)
        h.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), ralnum(4) + 'csp' + str(RND.randrange(100000, 9999999)) + 'mdb', rfcdate(tl) + ' (%s)' % ('PDT' if tl.utcoffset().total_seconds() == -25200 else 'PST')))
        h.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(60)[:86])
        h.append('X-Received: by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(4), ralnum(14) + '-' + ralnum(7), RND.randrange(1000, 9999), RND.randrange(1, 1700000000), rfcdate(tl) + ' (%s)' % ('PDT' if tl.utcoffset().total_seconds() == -25200 else 'PST')))
        h.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(t2.timestamp()), fold_b64(rb64(96), 10)))
        h.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (rb64(32), rb64(32), fold_b64(rb64(96), 10)))
        ar_line = (a.get('ar_text') or auth_gmail(a)) if m.get('auth') else None
        if ar_line:
            h.append(ar_line.replace('Authentication-Results: mx.google.com;', 'ARC-Authentication-Results: i=%d; mx.google.com;' % (2 if a.get('ar_text') else 1), 1))
        h.append('Return-Path: <%s>' % envfrom)
        h.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, ralnum(22), RND.randrange(1000, 9999), RND.randrange(1, 1700000000), rcpt, rfcdate(t1.astimezone(tl.tzinfo)) + ' (%s)' % ('PDT' if tl.utcoffset().total_seconds() == -25200 else 'PST')))
        if a.get('spf'):
            res, mf, _ = a['spf']
            h.append('Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                res, mf, 'designates' if res == 'pass' else 'does not designate', ip, ip))
        if ar_line:
            h.append(ar_line)
    elif prov == 'outlook':
        dc = RND.choice(['TYZPR03', 'SEYPR06', 'PH7PR11', 'DM6PR02', 'AM9PR04', 'DB8PR09'])
        h.append('Received: from %sMB%d.apcprd%02d.prod.outlook.com (2603:1096:%s::%s)\n by %sMB%d.apcprd%02d.prod.outlook.com with HTTPS; %s' % (
            dc, RND.randrange(1000, 9999), RND.randrange(1, 9), rhex(3), rhex(2), dc, RND.randrange(1000, 9999), RND.randrange(1, 9), rfcdate(t2)))
        h.append('Received: from %s (2603:10b6:%s::%s) by\n %s.outlook.office365.com (2603:10b6:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s' % (
            'SA9PR13CA00%02d.namprd13.prod.outlook.com' % RND.randrange(10, 99), rhex(3), rhex(2), 'SN1PEPF000%05d' % RND.randrange(10000, 99999), rhex(3), rhex(2), RND.randrange(8000, 9200), RND.randrange(10, 40), rfcdate(t2)))
        if m.get('auth'):
            h.append(auth_outlook(a))
        if a.get('spf'):
            res, mf, _ = a['spf']
            dom = mf.split('@')[-1]
            h.append('Received-SPF: %s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                res.capitalize(), dom, 'designates' if res == 'pass' else 'does not designate', ip, ip, helo))
        h.append('Received: from %s (%s) by\n SN1PEPF000%05d.mail.protection.outlook.com (10.167.242.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s' % (
            helo, ip, RND.randrange(10000, 99999), RND.randrange(2, 250), RND.randrange(8000, 9200), RND.randrange(10, 40), rfcdate(t1)))
        h.append('X-MS-Exchange-Organization-ExpirationStartTime: %s' % t1.strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)')
        h.append('X-MS-Exchange-Organization-AuthSource:\n SN1PEPF000%05d.namprd05.prod.outlook.com' % RND.randrange(10000, 99999))
        h.append('X-MS-Exchange-Organization-AuthAs: Anonymous')
        h.append('X-MS-Exchange-Organization-SCL: 1')
    elif prov in ('nifty', 'docomo', 'sakura', 'ocn', 'biglobe'):
        servid = {'nifty': 'mx.nifty.com', 'docomo': 'mfsmax.docomo.ne.jp', 'sakura': 'www%d.sakura.ne.jp' % RND.randrange(1000, 9999),
                  'ocn': 'mwb-ocn-mx%02d.ocn.ad.jp' % RND.randrange(1, 20), 'biglobe': 'mfrdl-mx%02d.biglobe.ne.jp' % RND.randrange(1, 9)}[prov]
        tj = t2.astimezone(JST)
        h.append('Return-Path: <%s>' % envfrom)
        h.append('Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, servid, ralnum(14).upper(), rcpt, rfcdate(tj).replace('+0900', '+0900 (JST)')))
        if m.get('auth'):
            h.append(auth_jp(a, servid))
    elif prov == 'corp':
        # on-premises relay that does not stamp Authentication-Results
        gw = a.get('gw', 'mx1.corp.example')
        h.append('Return-Path: <%s>' % envfrom)
        h.append('Received: from %s (%s [10.20.%d.%d])\n\tby mbx02.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            gw, gw, RND.randrange(1, 250), RND.randrange(1, 250), gw.split('.', 1)[1], ralnum(11).upper(), rcpt, rfcdate(t2)))
        h.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, gw, ralnum(11).upper(), rcpt, rfcdate(t1)))
        h.append('X-Virus-Scanned: amavisd-new at %s' % gw.split('.', 1)[1])
    elif prov == 'none':
        pass
    else:
        raise ValueError(prov)
    for extra in m.get('forged_auth', []):
        h.append(extra)
    return h


# ---------------------------------------------------------------- bodies

def make_text_part(text, subtype, charset, cte, codec=None, label=None):
    codec = codec or charset
    raw = text.encode(codec)
    part = MIMENonMultipart('text', subtype)
    part.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte in ('7bit', '8bit'):
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    del part['MIME-Version']
    part['Content-Transfer-Encoding'] = cte
    part.set_payload(payload)
    return part


def quote_html(q, style):
    if not q:
        return ''
    lines = q.split('\n')
    if style == 'gmail' and lines and lines[0].rstrip().endswith(':'):
        attr = lines[0]
        inner = '\n'.join(l[2:] if l.startswith('> ') else (l[1:] if l.startswith('>') else l) for l in lines[1:])
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (html.escape(attr), html.escape(inner).replace('\n', '<br>\n')))
    if style == 'outlook':
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr">%s</div>' % html.escape(q).replace('\n', '<br>\n'))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">%s</div>'
            % html.escape(q).replace('\n', '<br>\n'))


def text_to_html(top, quote, style, template):
    paras = [p for p in top.split('\n\n')]
    body = ''.join('<p>%s</p>\n' % html.escape(p).replace('\n', '<br>\n') for p in paras)
    qh = quote_html(quote, style)
    if template == 'aws':
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<title>Amazon Web Services</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;padding:12px">'
                '<img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" alt="Amazon Web Services" width="120"></td></tr>\n'
                '<tr><td style="padding:20px">\n%s</td></tr>\n<tr><td style="padding:20px">%s</td></tr></table>\n</body></html>\n' % (body, qh))
    if template == 'credly':
        return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                '<title>Credly</title></head>\n<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">\n'
                '<table role="presentation" align="center" width="600" style="background:#ffffff"><tr><td style="padding:24px">'
                '<img src="https://images.credly.com/assets/credly_logo-7d22d4a8d8c0c0b5d6d4b1f2c4a6b7e8.png" alt="Credly" width="90"></td></tr>\n'
                '<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333">\n%s</td></tr>\n%s</table>\n</body></html>\n' % (body, qh))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">%s</div>%s</body></html>\n' % (body, qh)


def build_body(m):
    top = m['top']
    quote = m.get('quote', '')
    plain = top if not quote else top.rstrip('\n') + '\n\n' + quote
    if not plain.endswith('\n'):
        plain += '\n'
    b = m.get('body', {})
    kind = b.get('type', 'alt')
    charset = b.get('charset', 'utf-8')
    cte = b.get('cte', 'quoted-printable')
    codec = b.get('codec')
    label = b.get('label')
    hcte = b.get('html_cte', cte)
    if kind == 'plain':
        return make_text_part(plain, 'plain', charset, cte, codec, label)
    htm = b.get('html') or text_to_html(top, quote, b.get('qstyle', 'plain'), b.get('template', 'plain'))
    if kind == 'html':
        return make_text_part(htm, 'html', charset, hcte, codec, label)
    alt = MIMEMultipart('alternative', boundary=b.get('boundary') or ('----=_Part_%d_%d.%d' % (RND.randrange(100000, 999999), RND.randrange(1000000, 9999999), RND.randrange(10**12, 10**13))))
    alt.attach(make_text_part(plain, 'plain', charset, cte, codec, label))
    alt.attach(make_text_part(htm, 'html', charset, hcte, codec, label))
    return alt


# ---------------------------------------------------------------- assembly

MAILS = []


def mail(**kw):
    MAILS.append(kw)


def render(m):
    when = m['date']
    body = build_body(m)
    if m.get('mixed_attach'):
        outer = MIMEMultipart('mixed')
        outer.attach(body)
        for fn, ctype, data in m['mixed_attach']:
            mt, st = ctype.split('/')
            p = MIMENonMultipart(mt, st)
            p.set_payload(base64.encodebytes(data).decode('ascii'))
            p['Content-Transfer-Encoding'] = 'base64'
            p.add_header('Content-Disposition', 'attachment', filename=fn)
            outer.attach(p)
        body = outer
    if 'MIME-Version' not in body:
        body['MIME-Version'] = '1.0'
    body_bytes = body.as_bytes(policy=_policy.compat32.clone(linesep='\n', max_line_length=0))
    # move MIME headers of the top part below our own headers
    head, _, rest = body_bytes.partition(b'\n\n')
    mime_hdrs = head.decode('ascii')
    h = trace(m, when)
    for dom in m.get('dkim_sign', []):
        h.append(dkim_sig(dom, when))
    subj = m['subject']
    sch = m.get('subj_charset')
    subj_line = enc_subject(subj, sch) if sch else subj
    fromname, fromaddr = m['frm']
    h.append('From: ' + addr(fromname, fromaddr, m.get('name_charset', 'utf-8')))
    if m.get('reply_to'):
        h.append('Reply-To: ' + m['reply_to'])
    h.append('To: ' + addr(m['to'][0], m['to'][1], m.get('name_charset', 'utf-8')))
    if m.get('cc'):
        h.append('Cc: ' + m['cc'])
    h.append('Subject: ' + subj_line)
    mid = m.get('msgid')
    if mid is None:
        mid = '<%s@email.amazonses.com>' % ses_id(when)
    for extra in m.get('pre_headers', []):
        h.append(extra)
    h.append('Date: ' + rfcdate(when.astimezone(m.get('date_tz', when.tzinfo))))
    h.append('Message-ID: ' + mid)
    for extra in m.get('headers', []):
        h.append(extra)
    mime_lines = [l for l in mime_hdrs.split('\n')]
    # keep MIME-Version first among MIME headers
    mv = [l for l in mime_lines if l.startswith('MIME-Version')]
    other = [l for l in mime_lines if not l.startswith('MIME-Version')]
    text = '\n'.join(h + mv + other) + '\n\n'
    return text.encode('ascii') + rest


def labels_for(m):
    ids = sorted({('AWS' + x) for x in ID_RE.findall(m['top'])})
    if 'ids' in m:
        assert sorted(m['ids']) == ids, (m['name'], m['ids'], ids)
    return {
        'kind': m['kind'],
        'case_id': m.get('case'),
        'account_ids': ids,
        'sender_verified': m['sv'],
        'language': m['lang'],
    }


# ---------------------------------------------------------------- standard text blocks

CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

===================================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """お客様からのフィードバックをお待ちしております。AWS サポートセンターで本回答およびその他の回答を評価して、ご意見をお聞かせください。回答の右上にある星を選択すると、回答を評価できます。

よろしくお願いいたします。
{agent}
アマゾン ウェブ サービス

===================================================================

本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

(フェデレーションを使用して接続している場合は、リンクに移動する前にログインしてください。)

※このメールは送信専用のアドレスから送信されています。本件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

====================================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""

FORM_FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

FORM_FROM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE_FROM = ('Amazon Web Services', 'no-reply-aws@amazon.com')


def aws_auth(envfrom_id, ok=True):
    """Genuine SES-sent amazon.com mail."""
    mf = '%s@amazonses.com' % envfrom_id
    return {'dkim': [('amazon.com', 'pass'), ('amazonses.com', 'pass')],
            'spf': ('pass', mf, None), 'dmarc': ('pass', 'QUARANTINE', 'amazon.com'),
            'envfrom': mf, 'ip': RND.choice(SES_IPS)}


def form_subject(case, re_=True, variant=0):
    base = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % case
    if not re_:
        return base
    return ['RE:', 'RE: ', 'Re:'][variant] + base


def finish(m):
    """Fill SES message id / auth defaults for AWS mail."""
    when = m['date']
    if m.get('aws', False):
        sid = ses_id(when)
        m.setdefault('msgid', '<%s@email.amazonses.com>' % sid)
        if m.get('auth') == 'aws':
            m['auth'] = aws_auth(sid)
            if m.get('drop_dmarc'):
                # provider that records DKIM/SPF only: alignment is shown by DKIM d=amazon.com
                del m['auth']['dmarc']
        m.setdefault('dkim_sign', ['amazon.com', 'amazonses.com'])
        ip = m['auth'].get('ip') if isinstance(m.get('auth'), dict) and m['auth'].get('ip') else RND.choice(SES_IPS)
        if isinstance(m.get('auth'), dict):
            m['auth'].setdefault('ip', ip)
            m['auth'].setdefault('envfrom', '%s@amazonses.com' % sid)
        elif m.get('provider') in ('corp',):
            m['auth'] = {'ip': ip, 'envfrom': '%s@amazonses.com' % sid}
        m.setdefault('headers', []).extend([
            'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(33)[:44].replace('+', 'x').replace('/', 'y'),
            'X-SES-Outgoing: %s-%s' % (when.astimezone(UTC).strftime('%Y.%m.%d'), ip),
        ])
    return m


# ======================================================================= MAILS
# ---------------------------------------------------------------- persona A: Daniel Okafor (en, Gmail, form desk)
A_TO = ('Daniel Okafor', 'dokafor.cloud@gmail.com')
A_OPEN = d(2025, 6, 2, 14, 31, 7)
CASE_A = cid15(A_OPEN)
A_DESC = ("I have two certification accounts, one created with my old employer's e-mail (AWS 40718265) "
          "and my personal one (aws31852094). I only noticed when my SAA renewal did not show up. "
          "Please merge them and keep the personal one.")

mail(name='001-form-ack-received-request', kind='case_created', lang='en', case=CASE_A, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=A_TO,
     subject='Your AWS Training and Certification request has been received [CASE %s]' % CASE_A,
     date=A_OPEN + dt.timedelta(seconds=42),
     top=f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated confirmation that we have received your request. Your case number is {CASE_A}. Please keep this number for your records and include it in the subject line if you write to us about this request.

A member of our team will review your request and get back to you, in most cases within 24 hours. Response times can be longer during peak periods.

To help us resolve your request as quickly as possible, please do not submit a new request for the same issue. If you need to add information, simply reply to this e-mail.

Summary of your request:
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS40718265
Description: {A_DESC}

Sincerely,
AWS Training and Certification Customer Support

{FORM_FOOTER}""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- persona C: Priya Raman (en, Outlook, console case)
C_TO = ('Priya Raman', 'priya.raman@outlook.com')
C_OPEN = d(2025, 7, 14, 9, 3, 22)
CASE_C = cid15(C_OPEN)

mail(name='002-console-new-case-opened-three-accounts', kind='case_created', lang='en', case=CASE_C, sv=True,
     aws=True, auth='aws', provider='outlook', frm=CONSOLE_FROM, to=C_TO,
     subject='Amazon Web Services: You have opened a new Support case: %s' % CASE_C,
     date=C_OPEN + dt.timedelta(seconds=3),
     top=f"""Thank you for contacting Amazon Web Services. We have opened case {CASE_C} to address your issue.

The details of your case are as follows:

Case ID: {CASE_C}
Subject: Merge duplicate AWS Certification accounts (3 candidate IDs)
Severity: General guidance
Correspondence: Hello team,

I found that I have three AWS Certification accounts. My main one is AWS-20934417 (priya.raman@outlook.com). The other two are AWS-58821093 (created by my previous company for the CCP exam in 2021) and aws 77310648 (I think I created this one by mistake when booking the SAP exam).

I confirm that AWS-20934417 should be the surviving account. Please move everything into it.

Thanks,
Priya

We will respond to your case as soon as possible. You can view and update your case at any time in the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- A: confirmation request
A_REQ_TOP = f"""Hello Daniel,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding merging of your certification accounts. I have reviewed both the accounts and I can see below details:

Account 1 (to be merged, will be deactivated): AWS40718265 - login e-mail daniel.okafor@northwind-tech.com
Account 2 (primary, will be retained): AWS31852094 - login e-mail dokafor.cloud@gmail.com

After merge, all certification history, exam history and benefits from AWS40718265 will be moved to AWS31852094. Kindly note the merge is permanent and cannot be reverted once done.

Request you to please reply to this email confirming that above details are correct and you want us to go ahead with the merge.

Looking forward for your response.

Thanks and regards,
Sandeep M.
AWS Training and Certification Customer Support"""

mail(name='003-form-agent-asks-confirm-merge', kind='merge_confirmation_requested', lang='en', case=CASE_A, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=A_TO,
     subject=form_subject(CASE_A), date=d(2025, 6, 3, 16, 10, 44),
     top=A_REQ_TOP,
     quote=f"""-----Original Message-----
From: dokafor.cloud@gmail.com
Sent: 2025-06-02 14:31:07 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS40718265
First name: Daniel
Last name: Okafor
Notification e-mail: dokafor.cloud@gmail.com
Description: {A_DESC}""",
     body={'type': 'plain', 'cte': 'quoted-printable'})

# ---------------------------------------------------------------- persona B: Kenji Watanabe (ja, Gmail, form desk)
B_TO = ('渡辺健二', 'k.watanabe.0412@gmail.com')
B_OPEN = d(2025, 5, 27, 23, 14, 52)
CASE_B = cid15(B_OPEN)

B_ASK_TOP = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合のご依頼につきまして、ご連絡いただいた受験者 ID AWS27714093 のアカウントを確認いたしました。
統合のお手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. もう一方のアカウントの受験者 ID（AWS から始まる番号）
2. それぞれのアカウントのログイン用メールアドレス
3. 統合後に残すアカウント（どちらのアカウントを存続させるか）

受験者 ID は CertMetrics にサインイン後、画面右上のプロフィールからご確認いただけます。
ご不明な点がございましたら、お気軽にお問い合わせください。

引き続きよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""

B_FORM_QUOTE = """-----Original Message-----
From: k.watanabe.0412@gmail.com
Sent: 2025-05-27 23:14:52 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

お問い合わせの種類: AWS トレーニングと認定
詳細: アカウントの統合
受験者 ID: AWS27714093
内容: 転職前の会社のメールアドレスで作成した認定アカウントと、個人のアカウントの2つがあります。1つにまとめていただけますでしょうか。"""

mail(name='004-ja-agent-asks-login-emails-iso2022jp', kind='support_reply', lang='ja', case=CASE_B, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=B_TO,
     subject=form_subject(CASE_B, variant=1), date=d(2025, 5, 28, 8, 40, 12),
     top=B_ASK_TOP, quote=B_FORM_QUOTE,
     body={'type': 'plain', 'charset': 'iso-2022-jp', 'codec': 'iso2022_jp', 'cte': '7bit'})

B_REQ_TOP = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
早速ご返信いただき、ありがとうございます。

いただいた情報をもとに確認いたしました。以下の内容で統合を行ってよろしいか、ご確認をお願いいたします。

・統合元（統合後に無効化されるアカウント）：AWS27714093（ログイン用メールアドレス：k.watanabe@tohoku-sys.co.jp）
・統合先（存続するアカウント）：AWS61098352（ログイン用メールアドレス：k.watanabe.0412@gmail.com）

統合元アカウントの認定資格、試験履歴、および特典（受験割引バウチャー等）はすべて統合先アカウントへ移行されます。
なお、一度統合を実施すると元に戻すことはできませんので、あらかじめご了承ください。

上記内容にお間違いがなければ、本メールにご返信いただき、統合に同意する旨をお知らせいただけますでしょうか。
ご返信を確認次第、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート"""

B_REPLY1_QUOTE = """2025年5月29日(木) 8:02 渡辺健二 <k.watanabe.0412@gmail.com>:
> 佐々木様
>
> お世話になっております。渡辺です。
> ご連絡ありがとうございます。
>
> 1. もう一方の受験者 ID：AWS61098352
> 2. ログイン用メールアドレス
>   AWS27714093：k.watanabe@tohoku-sys.co.jp（前職の会社アドレスで、現在は受信できません）
>   AWS61098352：k.watanabe.0412@gmail.com
> 3. 残すアカウント：AWS61098352
>
> よろしくお願いいたします。
>
> 2025年5月28日(水) 17:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 渡辺 健二 様
> >
> > AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
> > この度はお問い合わせいただき、誠にありがとうございます。
> >
> > 認定アカウントの統合のご依頼につきまして、ご連絡いただいた受験者 ID AWS27714093 のアカウントを確認いたしました。
> > （以下省略）"""

mail(name='005-ja-agent-asks-confirm-merge-base64', kind='merge_confirmation_requested', lang='ja', case=CASE_B, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=B_TO,
     subject=form_subject(CASE_B, variant=1), date=d(2025, 5, 29, 6, 20, 31),
     top=B_REQ_TOP, quote=B_REPLY1_QUOTE,
     body={'type': 'alt', 'cte': 'base64', 'qstyle': 'gmail', 'template': 'plain'})

# ---------------------------------------------------------------- A: chaser that restates the request
A_CHASE_TOP = """Hello Daniel,

I am following up on my previous email regarding your account merge request. We have not yet received your confirmation, so no changes have been made to your accounts so far.

To recap, the merge would move everything from AWS40718265 into AWS31852094. AWS31852094 would remain as your active account and AWS40718265 would be closed. This cannot be undone.

If the above is correct, please reply to this email with your confirmation and we will proceed. If you would rather keep a different account, just let us know which one.

If we do not hear from you within 5 business days, this case will be closed automatically. You can reopen it any time by replying to this email.

Thanks and regards,
Sandeep M.
AWS Training and Certification Customer Support"""

mail(name='006-chaser-restates-merge-direction', kind='merge_confirmation_requested', lang='en', case=CASE_A, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=A_TO,
     subject=form_subject(CASE_A), date=d(2025, 6, 6, 12, 5, 9),
     top=A_CHASE_TOP,
     quote="""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 3, 2025 4:10 PM
To: dokafor.cloud@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % CASE_A + A_REQ_TOP,
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'plain', 'template': 'aws'})

# ---------------------------------------------------------------- A: after the user's yes: scheduled
A_YES = """On Fri, Jun 6, 2025 at 9:12 AM Daniel Okafor <dokafor.cloud@gmail.com> wrote:
> Hi Sandeep,
>
> Sorry for the late reply, I was travelling. The details are correct.
> Please proceed with the merge.
>
> Daniel
>
> On Fri, Jun 6, 2025 at 8:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hello Daniel,
>>
>> I am following up on my previous email regarding your account merge request. We have not yet received your confirmation, so no changes have been made to your accounts so far.
>>
>> To recap, the merge would move everything from AWS40718265 into AWS31852094. AWS31852094 would remain as your active account and AWS40718265 would be closed. This cannot be undone.
>>
>> Thanks and regards,
>> Sandeep M."""

mail(name='007-thanks-for-confirming-merge-scheduled', kind='support_reply', lang='en', case=CASE_A, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=A_TO,
     subject=form_subject(CASE_A), date=d(2025, 6, 6, 18, 40, 55),
     top="""Hello Daniel,

Thank you for confirming, and no worries about the delay.

I have submitted your request to our back-end team and the merge is scheduled to be processed within the next 2-3 business days. There is nothing else you need to do at this point.

Once the merge is complete you will receive a confirmation e-mail from us, and all your certifications will appear under the account you chose to keep. Please avoid scheduling or rescheduling any exam until then.

Thanks and regards,
Sandeep M.
AWS Training and Certification Customer Support""",
     quote=A_YES,
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'gmail', 'template': 'aws'})

# ---------------------------------------------------------------- A: completed, Credly part still pending
A_DONE_TOP = """Hello Daniel,

Good news! The merge of your AWS Certification accounts has been completed.

AWS40718265 has been merged into AWS31852094. Your certifications, exam history and the 50% exam discount benefit now show under AWS31852094, and you should sign in with dokafor.cloud@gmail.com from now on. AWS40718265 is no longer active.

Please note that your Credly badges are handled separately. I have raised a request with the Credly team to move the badges from the old profile; this part is still in progress and can take up to 5 business days. You will receive an e-mail from Credly once the badges are available to accept.

If you notice anything missing, just reply to this e-mail and we will be happy to look into it.

Thanks and regards,
Sandeep M.
AWS Training and Certification Customer Support"""

mail(name='008-merge-done-credly-still-pending', kind='merge_completed', lang='en', case=CASE_A, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=A_TO,
     subject=form_subject(CASE_A), date=d(2025, 6, 9, 10, 25, 3),
     top=A_DONE_TOP, quote=A_YES,
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'gmail', 'template': 'aws'})

# ---------------------------------------------------------------- A: survey that quotes the completion
A_SURVEY_TOP = f"""Hello,

Your case {CASE_A} has been marked as resolved.

We would appreciate it if you could take a moment to let us know how we did. Your answers help us improve AWS Training and Certification support.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/s/r?c={CASE_A}&a=1
NO: https://aws-tc-feedback.amazon.com/s/r?c={CASE_A}&a=0

How would you rate the support you received? (1 = very dissatisfied, 5 = very satisfied)
https://aws-tc-feedback.amazon.com/s/rate?c={CASE_A}

If your issue has not been resolved, simply reply to this e-mail and your case will be reopened.

Thank you,
AWS Training and Certification Customer Support"""

mail(name='009-resolved-survey-quotes-completion-htmlonly', kind='survey', lang='en', case=CASE_A, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=A_TO,
     subject='Tell us about your experience with case %s' % CASE_A, date=d(2025, 6, 9, 10, 26, 40),
     top=A_SURVEY_TOP,
     quote="""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, June 9, 2025 10:25 AM
To: dokafor.cloud@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % CASE_A + A_DONE_TOP,
     body={'type': 'html', 'cte': 'base64', 'qstyle': 'plain', 'template': 'aws'})

# ---------------------------------------------------------------- A: Credly badge moved after the merge
CREDLY_FROM_AWS = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')


def credly_auth():
    mf = 'bounces+%d-%s-%s=%s@em.credly.com' % (RND.randrange(1000000, 9999999), rhex(4), 'dokafor.cloud', 'gmail.com')
    return {'dkim': [('credly.com', 'pass'), ('sendgrid.info', 'pass')], 'spf': ('pass', mf, None),
            'dmarc': ('pass', 'REJECT', 'credly.com'), 'envfrom': mf, 'ip': '149.72.%d.%d' % (RND.randrange(1, 250), RND.randrange(1, 250)),
            'helo': 'o%d.em.credly.com' % RND.randrange(1, 40)}


a = credly_auth()
mail(name='010-credly-badge-moved-after-merge', kind='credly_badge_issued', lang='en', case=None, sv=True,
     auth=a, provider='gmail', frm=CREDLY_FROM_AWS, to=A_TO, dkim_sign=['credly.com', 'sendgrid.info'],
     msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), RND.randrange(1, 40)),
     subject='Your AWS Certified Solutions Architect – Associate badge is ready to accept',
     subj_charset='utf-8', date=d(2025, 6, 12, 3, 17, 26),
     top="""Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Solutions Architect – Associate

This badge was re-issued to your Credly account dokafor.cloud@gmail.com after your AWS Certification accounts were consolidated. Your previous badge history has been preserved.

Accept your badge:
https://www.credly.com/badges/5b1e2c64-93f0-4d0a-a8e7-1f0d4b77c2a9/accept

Once you accept, you can share your badge on LinkedIn, add it to your e-mail signature, or download a certificate.

Questions? Visit https://support.credly.com

Credly, Inc., 1 World Trade Center, Suite 8500, New York, NY 10007
Unsubscribe from badge notifications: https://www.credly.com/notification_settings""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'credly'})

# ---------------------------------------------------------------- C: console replies (Priya)
C_SUBJ = 'Merge duplicate AWS Certification accounts (3 candidate IDs)'

mail(name='011-console-asks-about-scheduled-exam-not-merge', kind='support_reply', lang='en', case=CASE_C, sv=True,
     aws=True, auth='aws', provider='outlook', frm=CONSOLE_FROM, to=C_TO,
     subject='RE:[CASE %s] %s' % (CASE_C, C_SUBJ), date=d(2025, 7, 15, 6, 48, 17),
     top="""Hello Priya,

Thank you for contacting AWS Support. My name is Ahmed and I will be assisting you with this case.

I have located all three candidate profiles you listed. Before I can prepare the merge, there is one thing I need to check with you: the profile AWS77310648 has an upcoming exam appointment (AWS Certified Solutions Architect - Professional, 2 August 2025, Pearson VUE online). A profile with an open exam appointment cannot be merged until the appointment has been taken or cancelled.

Could you please let me know how you would like to handle this?

a) You keep the appointment, we wait until your result has been posted and then look at the merge again; or
b) You cancel the appointment yourself in CertMetrics, and book it again once the accounts have been merged.

Please note that rescheduling or cancelling less than 24 hours before the appointment forfeits the exam fee, so please do not wait too long with option b).

""" + CONSOLE_FOOTER_EN.format(agent='Ahmed R.', case=CASE_C),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

mail(name='012-console-confirm-two-now-third-later', kind='merge_confirmation_requested', lang='en', case=CASE_C, sv=True,
     aws=True, auth='aws', provider='outlook', frm=CONSOLE_FROM, to=C_TO,
     subject='RE:[CASE %s] %s' % (CASE_C, C_SUBJ), date=d(2025, 7, 16, 11, 2, 40),
     top="""Hello Priya,

Thank you for your quick reply and for letting me know you would like to keep the exam appointment.

As suggested, we can go ahead with the two profiles that have no open appointment now and handle the third one after your exam. Before I submit the request, please confirm the following:

- Surviving profile: AWS-20934417 (priya.raman@outlook.com)
- Profile to be merged into it: AWS-58821093
- Not part of this request for now: AWS-77310648 (exam appointment on 2 August 2025)

All certifications, exam history and benefits of AWS-58821093 will be moved to AWS-20934417, and AWS-58821093 will then be deactivated. A merge cannot be reversed.

Please reply to this case with "I confirm" if the above is correct.

""" + CONSOLE_FOOTER_EN.format(agent='Ahmed R.', case=CASE_C),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

mail(name='013-console-partial-merge-done-third-pending', kind='merge_completed', lang='en', case=CASE_C, sv=True,
     aws=True, auth='aws', provider='outlook', frm=CONSOLE_FROM, to=C_TO,
     subject='RE:[CASE %s] %s' % (CASE_C, C_SUBJ), date=d(2025, 7, 18, 4, 15, 2),
     top="""Hello Priya,

I'm happy to let you know that the first part of your request is done: AWS58821093 has been merged into AWS20934417. Your Cloud Practitioner certification and its exam history are now listed under AWS20934417, and AWS58821093 can no longer be used to sign in.

As agreed, AWS77310648 has not been touched yet because of your exam appointment on 2 August. Once your result has been posted (usually within 5 business days after the exam), please reply on this case and we will take care of that profile as well. I'll keep the case open until then.

Good luck with the exam!

""" + CONSOLE_FOOTER_EN.format(agent='Ahmed R.', case=CASE_C),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

mail(name='014-console-new-correspondence-notice', kind='support_reply', lang='en', case=CASE_C, sv=True,
     aws=True, auth='aws', provider='outlook', frm=CONSOLE_FROM, to=C_TO,
     subject='[Case %s] New correspondence added' % CASE_C, date=d(2025, 8, 8, 13, 37, 50),
     top=f"""Hello,

New correspondence has been added to your AWS Support case {CASE_C}.

Subject: {C_SUBJ}

To view the correspondence and respond, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""",
     body={'type': 'html', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- persona D: Misaki Tanaka (ja, nifty, console case)
D_TO = ('田中美咲', 'misaki-t@nifty.com')
D_OPEN = d(2025, 8, 18, 1, 47, 5)
CASE_D = cid15(D_OPEN)
D_SUBJ = 'AWS認定アカウントの統合について'

mail(name='015-ja-console-new-case-opened', kind='case_created', lang='ja', case=CASE_D, sv=True,
     aws=True, auth='aws', provider='nifty', frm=CONSOLE_FROM, to=D_TO,
     subject='Amazon Web Services: 新しいサポートケースがオープンされました: %s' % CASE_D, subj_charset='utf-8',
     date=D_OPEN + dt.timedelta(seconds=4),
     top=f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {CASE_D} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {CASE_D}
件名: {D_SUBJ}
重要度: 一般的なガイダンス
内容: いつもお世話になっております。AWS 認定の受験者アカウントが 2 つあることに気づきました（AWS 83015527 と AWS 19264408）。AWS 19264408 の方に統合していただくことは可能でしょうか。

担当者より順次ご連絡いたします。ケースの状況は AWS サポートセンターでいつでもご確認いただけます。

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}&language=ja

よろしくお願いいたします。
アマゾン ウェブ サービス

※このメールは送信専用のアドレスから送信されています。本件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。""",
     body={'type': 'alt', 'cte': 'base64', 'template': 'aws'})

D_REQ_TOP = """田中 美咲 様

AWS サポートの中村と申します。お問い合わせいただき、ありがとうございます。

AWS 認定アカウントの統合につきまして、お客様のアカウントを確認いたしました。下記の内容で統合を実施してよろしいか、ご確認をお願いできますでしょうか。

　統合されるアカウント（統合後は利用できなくなります）：AWS 83015527
　残るアカウント（統合先）：AWS 19264408

統合元の認定資格および受験履歴は、すべて統合先アカウントに引き継がれます。統合は取り消しができませんので、ご注意ください。

お手数ですが、内容に問題がなければ、サポートセンターの本ケースより「上記内容で統合をお願いします」とご返信ください。

"""

mail(name='016-ja-console-confirm-merge-direction', kind='merge_confirmation_requested', lang='ja', case=CASE_D, sv=True,
     aws=True, auth='aws', provider='nifty', frm=CONSOLE_FROM, to=D_TO,
     subject='RE:[CASE %s] %s' % (CASE_D, D_SUBJ), subj_charset='iso-2022-jp',
     date=d(2025, 8, 19, 2, 30, 11),
     top=D_REQ_TOP + CONSOLE_FOOTER_JA.format(agent='中村', case=CASE_D),
     body={'type': 'plain', 'charset': 'iso-2022-jp', 'codec': 'iso2022_jp', 'cte': '7bit'})

mail(name='017-ja-chaser-restates-request', kind='merge_confirmation_requested', lang='ja', case=CASE_D, sv=True,
     aws=True, auth='aws', provider='nifty', frm=CONSOLE_FROM, to=D_TO,
     subject='RE:[CASE %s] %s' % (CASE_D, D_SUBJ), subj_charset='utf-8',
     date=d(2025, 8, 22, 0, 55, 38),
     top="""田中 美咲 様

AWS サポートの中村です。
先日ご案内いたしましたアカウント統合の件について、その後ご確認いただけましたでしょうか。

念のため、改めて内容をお送りいたします。

　統合元（統合後に無効となるアカウント）：aws83015527
　統合先（存続するアカウント）：aws19264408

上記の方向で問題がなければ、本ケースにてその旨ご返信いただけますと幸いです。統合先を逆にご希望の場合も、お知らせください。
お客様からのご返信をいただくまで、統合作業は行いません。

""" + CONSOLE_FOOTER_JA.format(agent='中村', case=CASE_D),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

mail(name='018-ja-second-chaser-no-details', kind='support_reply', lang='ja', case=CASE_D, sv=True,
     aws=True, auth='aws', provider='nifty', frm=CONSOLE_FROM, to=D_TO,
     subject='RE:[CASE %s] %s' % (CASE_D, D_SUBJ), subj_charset='utf-8',
     date=d(2025, 8, 27, 1, 12, 20),
     top="""田中 美咲 様

AWS サポートの中村です。

8 月 19 日および 8 月 22 日にお送りしたご案内について、現時点でご返信を確認できておりません。
お忙しいところ恐れ入りますが、ご都合のよろしいときにサポートセンターの本ケースよりご返信いただけますでしょうか。

なお、3 営業日以内にご返信が確認できない場合、本ケースは自動的にクローズされます。クローズ後もケースを再オープンしていただくことが可能です。

""" + CONSOLE_FOOTER_JA.format(agent='中村', case=CASE_D),
     body={'type': 'plain', 'cte': 'base64'})

mail(name='019-ja-auto-closed-no-reply-survey', kind='survey', lang='ja', case=CASE_D, sv=True,
     aws=True, auth='aws', provider='nifty', frm=CONSOLE_FROM, to=D_TO,
     subject='Amazon Web Services: サポートケース %s は解決済みになりました' % CASE_D, subj_charset='utf-8',
     date=d(2025, 9, 1, 3, 0, 44),
     top=f"""お客様

AWS サポートをご利用いただき、ありがとうございます。

ケース {CASE_D}（{D_SUBJ}）について、一定期間お客様からのご返信が確認できなかったため、本ケースを解決済みとしてクローズいたしました。
引き続きサポートが必要な場合は、AWS サポートセンターから本ケースを再オープンしてください。

今回のサポートについて、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分程度）。

　問題は解決しましたか？　はい / いいえ
　https://console.aws.amazon.com/support/feedback?displayId={CASE_D}&language=ja

今後のサービス向上のため、率直なご意見をお聞かせください。

アマゾン ウェブ サービス""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- persona E: Tomasz Nowak (corporate relay, no Authentication-Results, 2023, 11-digit)
E_TO = ('Tomasz Nowak', 'tomasz.nowak@kraftwerk-it.pl')
CASE_E = '12658830471'

mail(name='020-corp-relay-confirm-request-11digit', kind='merge_confirmation_requested', lang='en', case=CASE_E, sv=None,
     aws=True, auth={'gw': 'mx1.kraftwerk-it.pl'}, provider='corp', frm=FORM_FROM, to=E_TO,
     subject=form_subject(CASE_E, variant=2), date=d(2023, 3, 14, 17, 21, 9),
     top="""Dear Tomasz,

Thank you for contacting AWS Training and Certification.

My name is Maria and I will be happy to help you with your account merge.

I was able to find both of the accounts you mentioned. Please review the details below and confirm you would like us to merge them:

AWS 09127734 (tomasz.nowak@kraftwerk-it.pl) -> will be merged into
AWS 55120986 (t.nowak.cloud@gmail.com) -> this will be your main account going forward

Your Developer - Associate certification from AWS 09127734 will be transferred to the main account. Please be aware that merges are permanent.

We will not make any changes until we receive your confirmation. Please reply to this e-mail with "Yes, please merge" and we will take care of the rest.

Kind regards,

Maria G.
AWS Training and Certification Customer Service

""" + FORM_FOOTER,
     quote="""-----Original Message-----
From: tomasz.nowak@kraftwerk-it.pl
Sent: 2023-03-13 08:44:51 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Hello, I have 2 accounts, the old one AWS09127734 with company mail and new one AWS55120986 with my private gmail. Please make it one account with private gmail, because I can leave the company in future. Thank you""",
     body={'type': 'plain', 'cte': 'quoted-printable'})

# ---------------------------------------------------------------- E: completion after the user's yes
mail(name='021-corp-merge-done-after-yes', kind='merge_completed', lang='en', case=CASE_E, sv=None,
     aws=True, auth={'gw': 'mx1.kraftwerk-it.pl'}, provider='corp', frm=FORM_FROM, to=E_TO,
     subject=form_subject(CASE_E, variant=2), date=d(2023, 3, 16, 9, 48, 30),
     top="""Dear Tomasz,

Thank you for your confirmation.

I have now completed the merge. AWS 55120986 is your only active account from today, and your Developer - Associate certification (previously under AWS 09127734) is listed there together with its original dates. Please sign in to CertMetrics with t.nowak.cloud@gmail.com from now on.

If you had any Credly badges issued to your company e-mail address, you can add that address to your Credly profile so that all badges are shown in one place.

Kind regards,

Maria G.
AWS Training and Certification Customer Service

""" + FORM_FOOTER,
     quote="""________________________________
From: Tomasz Nowak <tomasz.nowak@kraftwerk-it.pl>
Sent: Wednesday, March 15, 2023 9:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 12658830471] [AWS Training and Certification Form Submission] - account-assistance

Yes, please merge.

BR,
Tomasz Nowak
Cloud Engineer | Kraftwerk IT Sp. z o.o.
ul. Grunwaldzka 186, 80-266 Gdańsk

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 14, 2023 6:21 PM
To: Tomasz Nowak <tomasz.nowak@kraftwerk-it.pl>
Subject: Re:[CASE 12658830471] [AWS Training and Certification Form Submission] - account-assistance

Dear Tomasz,

I was able to find both of the accounts you mentioned. Please review the details below and confirm you would like us to merge them:

AWS 09127734 (tomasz.nowak@kraftwerk-it.pl) -> will be merged into
AWS 55120986 (t.nowak.cloud@gmail.com) -> this will be your main account going forward""",
     body={'type': 'plain', 'cte': 'quoted-printable', 'charset': 'utf-8'})

mail(name='022-resolved-notice-recaps-merge-survey', kind='survey', lang='en', case=CASE_E, sv=None,
     aws=True, auth={'gw': 'mx1.kraftwerk-it.pl'}, provider='corp', frm=FORM_FROM, to=E_TO,
     subject='How did we do? Case %s' % CASE_E, date=d(2023, 3, 16, 9, 50, 2),
     top=f"""Hello Tomasz,

Your case {CASE_E} (account merge) has been marked as resolved by our team.

We'd love to hear how we did. This two-question survey takes less than a minute:

1. Was your issue resolved?
   Yes  https://survey.aws-tc-support.amazon.com/r/{CASE_E}?q1=yes
   No   https://survey.aws-tc-support.amazon.com/r/{CASE_E}?q1=no

2. How likely are you to recommend AWS Training and Certification support to a colleague?
   https://survey.aws-tc-support.amazon.com/r/{CASE_E}?q2

If you need further help with this request, reply to this e-mail within 14 days and your case will be reopened automatically.

Thank you for being an AWS Training and Certification customer.

{FORM_FOOTER}""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- persona F: Lucía Fernández (Outlook/Hotmail, form desk, 2024)
F_TO = ('Lucía Fernández', 'lucia.fdz@hotmail.com')
F_OPEN = d(2024, 11, 11, 8, 52, 13)
CASE_F = cid15(F_OPEN)

mail(name='023-agent-asks-which-account-to-keep', kind='support_reply', lang='en', case=CASE_F, sv=True,
     aws=True, auth='aws', provider='outlook', frm=FORM_FROM, to=F_TO,
     subject=form_subject(CASE_F), date=d(2024, 11, 12, 10, 14, 5),
     top="""Hi Lucía,

Thanks for getting in touch with AWS Training and Certification, and sorry for the trouble this has caused.

I've checked our records and I can see two candidate accounts in your name:

  AWS-61502287 – lucia.fdz@hotmail.com – Cloud Practitioner (2022)
  AWS-33409871 – lucia.fernandez@grupoandes.es – Solutions Architect Associate (2024), 50% exam discount available

We can merge these into a single account, but I need you to tell me which one you would like to keep. The other one will be closed once everything has been moved across. If possible, I'd recommend keeping the account with the e-mail address you'll still have access to in a few years.

Just reply to this e-mail with the account number (or e-mail address) you want to keep and I'll prepare the next step.

All the best,
Chloe
AWS Training and Certification Customer Support""",
     quote="""-----Original Message-----
From: lucia.fdz@hotmail.com
Sent: 2024-11-11 08:52:13 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Hello, I make the SAA exam with my work email but my first certification is in other account with my personal email. I want to have all together please. My candidate ID is AWS61502287. Thank you very much!""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'plain', 'template': 'aws'})

F_YES = """________________________________
De: Lucía Fernández <lucia.fdz@hotmail.com>
Enviado: miércoles, 13 de noviembre de 2024 9:31
Para: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Asunto: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Chloe, yes is correct, please merge AWS33409871 into AWS61502287. Thank you!!
Lucía""" % CASE_F

mail(name='024-closure-promises-merge-later-survey', kind='survey', lang='en', case=CASE_F, sv=True,
     aws=True, auth='aws', provider='outlook', frm=FORM_FROM, to=F_TO,
     subject=form_subject(CASE_F), date=d(2024, 11, 14, 15, 3, 27),
     top="""Hi Lucía,

Thank you for confirming.

Your request to merge AWS33409871 into AWS61502287 has been passed to our Certification Operations team, who will carry out the merge within 5-7 business days. There is nothing further needed from you or from me, so I am closing this case now. You will receive a separate e-mail once the merge has gone through.

Before you go, would you mind rating the help you received today? It only takes a moment:

Was your issue resolved?   YES https://aws-tc-feedback.amazon.com/s/r?a=1   NO https://aws-tc-feedback.amazon.com/s/r?a=0
Rate your experience (1-5 stars): https://aws-tc-feedback.amazon.com/s/rate

If anything else comes up, replying to this e-mail will reopen the case.

All the best,
Chloe
AWS Training and Certification Customer Support""",
     quote=F_YES,
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'outlook', 'template': 'aws'})

mail(name='025-profiles-consolidated-no-merge-word', kind='merge_completed', lang='en', case=CASE_F, sv=True,
     aws=True, auth='aws', provider='outlook', frm=FORM_FROM, to=F_TO,
     subject=form_subject(CASE_F), date=d(2024, 11, 20, 12, 41, 8),
     top="""Hi Lucía,

A quick update as promised: your two certification profiles have now been consolidated into AWS61502287. Both of your certifications (Cloud Practitioner and Solutions Architect – Associate) and your 50% exam discount are visible there, and AWS33409871 has been retired.

You can keep signing in with lucia.fdz@hotmail.com. It can take up to 48 hours for your transcript and the digital badges on Credly to reflect the change.

All the best,
Chloe
AWS Training and Certification Customer Support""",
     body={'type': 'plain', 'cte': 'base64', 'label': 'iso-8859-1'})

# ---------------------------------------------------------------- persona G: Yuki Morimoto (ja, OCN, console case, 2024)
G_TO = ('森本 由紀', 'y-morimoto@mbr.ocn.ne.jp')
G_OPEN = d(2024, 10, 7, 5, 12, 40)
CASE_G = cid15(G_OPEN)
G_SUBJ = '認定アカウント統合のお願い'

mail(name='026-ja-console-confirm-merge-html', kind='merge_confirmation_requested', lang='ja', case=CASE_G, sv=True,
     aws=True, auth='aws', provider='ocn', frm=CONSOLE_FROM, to=G_TO,
     subject='RE:[CASE %s] %s' % (CASE_G, G_SUBJ), subj_charset='utf-8', date=d(2024, 10, 8, 2, 3, 55),
     top="""森本 由紀 様

平素より AWS をご利用いただき、誠にありがとうございます。
AWS サポートの山本でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
確認いたしましたところ、お客様名義で以下 2 つの受験者アカウントが存在しておりました。

　(1) AWS-46183920（2021 年に作成、ログイン：y.morimoto@shinwa-denki.co.jp）
　(2) AWS-70254411（2024 年に作成、ログイン：y-morimoto@mbr.ocn.ne.jp）

お問い合わせ内容に基づき、(1) を (2) に統合し、(2) を今後ご利用いただくアカウントとする方向で進めたいと考えております。
統合後、(1) の認定資格・受験履歴・特典はすべて (2) に移行され、(1) は無効となります。統合後に元へ戻すことはできません。

恐れ入りますが、上記の内容で相違ないか、サポートセンターの本ケースにてご確認のご返信を頂戴できますでしょうか。

""" + CONSOLE_FOOTER_JA.format(agent='山本', case=CASE_G),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

mail(name='027-ja-voucher-moved-merge-still-pending', kind='support_reply', lang='ja', case=CASE_G, sv=True,
     aws=True, auth='aws', provider='ocn', frm=CONSOLE_FROM, to=G_TO,
     subject='RE:[CASE %s] %s' % (CASE_G, G_SUBJ), subj_charset='utf-8', date=d(2024, 10, 10, 6, 22, 18),
     top="""森本 由紀 様

AWS サポートの山本でございます。
統合内容についてご確認いただき、ありがとうございました。

試験のご予約をお急ぎとのことでしたので、先行して AWS-46183920 に付与されていた 50% 割引バウチャーを AWS-70254411 へ付け替えいたしました。AWS-70254411 にサインインいただくと、特典ページからご利用いただけます。

一方、アカウントの統合作業そのものは、現在も担当チームにて対応中でございます。統合が完了するまでの間、(1) のアカウントでの試験予約は行わないようお願いいたします。
完了しましたら、改めて本ケースにてご連絡いたします。

""" + CONSOLE_FOOTER_JA.format(agent='山本', case=CASE_G),
     body={'type': 'alt', 'cte': 'base64', 'template': 'aws'})

mail(name='028-ja-merge-done-and-case-closing', kind='merge_completed', lang='ja', case=CASE_G, sv=True,
     aws=True, auth='aws', provider='ocn', frm=CONSOLE_FROM, to=G_TO,
     subject='RE:[CASE %s] %s' % (CASE_G, G_SUBJ), subj_charset='utf-8', date=d(2024, 10, 11, 8, 47, 1),
     top="""森本 由紀 様

AWS サポートの山本でございます。
大変お待たせいたしました。

担当チームより、AWS-46183920 から AWS-70254411 への統合作業が完了した旨の報告がございました。
AWS-70254411 にサインインのうえ、認定資格の一覧に 2021 年取得の資格が表示されていることをご確認ください。

本件はこれにて完了となりますので、本ケースはクローズとさせていただきます。
後ほどアンケートのご案内が届きましたら、ご協力いただけますと幸いです。

""" + CONSOLE_FOOTER_JA.format(agent='山本', case=CASE_G),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- persona H: Arjun Mehta (Gmail, 2020, 10-digit console case)
H_TO = ('Arjun Mehta', 'arjun.mehta.blr@gmail.com')
CASE_H = '7219043365'

mail(name='029-2020-console-case-opened-10digit', kind='case_created', lang='en', case=CASE_H, sv=True,
     aws=True, auth='aws', provider='gmail', frm=CONSOLE_FROM, to=H_TO,
     subject='Amazon Web Services: You have opened a new Support case: %s' % CASE_H, date=d(2020, 6, 23, 11, 5, 38),
     top=f"""Thank you for contacting Amazon Web Services. We have opened case {CASE_H} to address your issue.

The details of your case are as follows:

Case ID: {CASE_H}
Subject: Two certification accounts - request to merge
Severity: Low
Correspondence: Hi, I took CLF-C01 in 2019 at a test centre (candidate id AWS00938145) and SAA-C01 last month online, which created a second account AWS01274902. Can these be combined? Thanks, Arjun

We will respond to your case as soon as possible. You can view the status of your case and add correspondence in the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_H}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""",
     body={'type': 'plain', 'cte': '7bit', 'charset': 'us-ascii'})

mail(name='030-2020-console-accounts-combined', kind='merge_completed', lang='en', case=CASE_H, sv=True,
     aws=True, auth='aws', provider='gmail', frm=CONSOLE_FROM, to=H_TO,
     subject='RE:[CASE %s] Two certification accounts - request to merge' % CASE_H, date=d(2020, 6, 26, 20, 12, 4),
     top="""Hello Arjun,

Thank you for your patience while our certification team worked on this.

The two accounts have been combined. Your Cloud Practitioner and Solutions Architect Associate certifications are now both under AWS01274902, which is linked to arjun.mehta.blr@gmail.com. The older account AWS00938145 has been closed.

Your Acclaim badges will be re-issued to the same e-mail address within the next few days; please look out for an e-mail from Acclaim and accept the badges there.

""" + CONSOLE_FOOTER_EN.format(agent='Joseph', case=CASE_H),
     body={'type': 'plain', 'cte': 'quoted-printable'})

# ---------------------------------------------------------------- Credly / Acclaim
def credly_auth2(rcpt, fromdom='credly.com', ip=None):
    local, dom = rcpt.split('@')
    mf = 'bounces+%d-%s-%s=%s@em.%s' % (RND.randrange(1000000, 9999999), rhex(4), local, dom, fromdom)
    return {'dkim': [(fromdom, 'pass'), ('sendgrid.info', 'pass')], 'spf': ('pass', mf, None),
            'dmarc': ('pass', 'REJECT' if fromdom == 'credly.com' else 'NONE', fromdom), 'envfrom': mf,
            'ip': ip or '149.72.%d.%d' % (RND.randrange(1, 250), RND.randrange(1, 250)),
            'helo': 'o%d.em.%s' % (RND.randrange(1, 40), fromdom)}


mail(name='031-2020-acclaim-badge-accept', kind='credly_badge_issued', lang='en', case=None, sv=True,
     auth=credly_auth2(H_TO[1], 'youracclaim.com'), provider='gmail',
     frm=('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'), to=H_TO,
     dkim_sign=['youracclaim.com', 'sendgrid.info'],
     msgid='<%s@ismtpd0%d4p1mdw1.sendgrid.net>' % (ralnum(22), RND.randrange(1, 9)),
     subject='Amazon Web Services Training and Certification has issued you a new badge', date=d(2020, 6, 30, 14, 2, 51),
     top="""Arjun, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to show off your achievement. Once accepted, you can share it on LinkedIn, Twitter and Facebook, embed it in your e-mail signature, and more.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/8f3b1d2e-7c44-4a8e-9c1d-0d2c5f7ab913

Not interested? You can reject the badge from the same page.

Acclaim, a service of Credly
Pittsburgh, PA 15222
Manage notification settings: https://www.youracclaim.com/earner/settings/notifications""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'credly'})

mail(name='032-ja-credly-badge-issued-japanese', kind='credly_badge_issued', lang='ja', case=None, sv=True,
     auth=credly_auth2(B_TO[1]), provider='gmail',
     frm=('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=B_TO,
     dkim_sign=['credly.com', 'sendgrid.info'],
     msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), RND.randrange(1, 40)),
     subject='Amazon Web Services Training and Certification からバッジが発行されました', subj_charset='utf-8',
     date=d(2025, 6, 5, 22, 41, 9),
     top="""渡辺 健二 さん、おめでとうございます！

Amazon Web Services Training and Certification から、次のバッジが発行されました。

AWS Certified Developer – Associate

このバッジは、AWS 認定アカウントの統合に伴い、k.watanabe.0412@gmail.com の Credly アカウントへ発行されたものです。以前のアカウントで取得した発行日は引き継がれています。

バッジを受け取る：
https://www.credly.com/badges/0c9e7a51-2f6b-4d38-b1a4-7e35d90c18f2/accept

受け取ったバッジは、LinkedIn でのシェアやメール署名への追加、証明書のダウンロードに使用できます。

Credly, Inc.
通知設定の変更：https://www.credly.com/notification_settings""",
     body={'type': 'alt', 'cte': 'base64', 'template': 'credly'})

# forwarded through a university alias: DKIM broken, DMARC fails at Gmail (ARC passes)
K_TO = ('Emma Lindqvist', 'emma.lindqvist.se@gmail.com')
_ca = credly_auth2('emma.lindqvist@alumni.kth.se', ip='130.237.48.%d' % RND.randrange(2, 250))
_ca['helo'] = 'smtp-relay-2.alumni.kth.se'
_ca['ar_text'] = """Authentication-Results: mx.google.com;
       dkim=fail header.i=@credly.com header.s=s1 header.b=Qx7hZ0pL;
       arc=pass (i=1 spf=pass spfdomain=em.credly.com dkim=pass dkdomain=credly.com dmarc=pass fromdomain=credly.com);
       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;
       dmarc=fail (p=REJECT sp=REJECT dis=NONE) arc=pass header.from=credly.com""" % (_ca['envfrom'], _ca['ip'], _ca['envfrom'])
mail(name='033-credly-badge-via-alumni-forward-dmarc-fail', kind='credly_badge_issued', lang='en', case=None, sv=False,
     auth=_ca, provider='gmail',
     frm=('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=('Emma Lindqvist', 'emma.lindqvist@alumni.kth.se'),
     dkim_sign=['credly.com'],
     pre_headers=['X-Forwarded-To: emma.lindqvist.se@gmail.com', 'X-Forwarded-For: emma.lindqvist@alumni.kth.se emma.lindqvist.se@gmail.com'],
     msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), RND.randrange(1, 40)),
     subject='You have a new badge from Amazon Web Services Training and Certification', date=d(2025, 4, 2, 9, 16, 45),
     top="""Hi Emma,

Your certification records were recently combined into a single AWS Certification account, so the badges belonging to your previous account have been issued again to this e-mail address.

New badge: AWS Certified Machine Learning – Specialty
Issued by: Amazon Web Services Training and Certification

Accept your badge
https://www.credly.com/badges/e41d7c02-66b9-4f55-8a3e-5b0c7d9f2e11/accept

Your badges from the old account will be retired automatically once you accept the new ones.

Credly, Inc. · 1 World Trade Center, Suite 8500 · New York, NY 10007""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'credly'})

mail(name='034-credly-badge-expiry-reminder', kind='unrelated', lang='en', case=None, sv=True,
     auth=credly_auth2(A_TO[1]), provider='gmail',
     frm=('Credly', 'admin@credly.com'), to=A_TO, dkim_sign=['credly.com', 'sendgrid.info'],
     msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), RND.randrange(1, 40)),
     subject='Your AWS Certified Cloud Practitioner badge expires in 90 days', date=d(2025, 7, 21, 16, 0, 12),
     top="""Hi Daniel,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on October 19, 2025.

To keep your badge active, you'll need to complete the recertification requirements set by the issuer before the expiration date. Visit the issuer's website for details:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/3c5a9f0e-1b7d-4e26-8f41-9a0d6c2e7b55

You are receiving this e-mail because you have a badge on Credly.
Credly, Inc. · 1 World Trade Center, Suite 8500 · New York, NY 10007
Manage notification settings: https://www.credly.com/notification_settings""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'credly'})

mail(name='035-credly-self-service-merge-code', kind='unrelated', lang='en', case=None, sv=True,
     auth=credly_auth2(C_TO[1]), provider='outlook',
     frm=('Credly', 'admin@credly.com'), to=C_TO, dkim_sign=['credly.com', 'sendgrid.info'],
     msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), RND.randrange(1, 40)),
     subject='Confirm your Credly account merge', date=d(2025, 8, 12, 7, 33, 1),
     top="""Hi Priya,

We received a request to merge the Credly account priya.r@infosys-partner.com into your account priya.raman@outlook.com.

Your verification code is: 482913

Enter this code on the merge screen, or click the button below to finish:

Complete Account Merge
https://www.credly.com/users/merge/confirm?token=9d1f4b7e2a6c48b0a3e5f2c1d7b8e604

After the merge, all badges from priya.r@infosys-partner.com will appear in priya.raman@outlook.com and the other Credly account will be closed. This code expires in 30 minutes.

If you did not request this, you can safely ignore this e-mail.

Credly, Inc. · 1 World Trade Center, Suite 8500 · New York, NY 10007""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'credly'})

mail(name='036-phish-credly-lookalike-badge-waiting', kind='unrelated', lang='en', case=None, sv=False,
     auth={'dkim': [('credly-badges.net', 'pass')], 'spf': ('pass', 'notify@credly-badges.net', None),
           'dmarc': ('pass', 'NONE', 'credly-badges.net'), 'envfrom': 'notify@credly-badges.net',
           'ip': '45.88.%d.%d' % (RND.randrange(1, 250), RND.randrange(1, 250)), 'helo': 'mail.credly-badges.net'},
     provider='gmail', frm=('Credly Badges', 'notify@credly-badges.net'), to=K_TO, dkim_sign=['credly-badges.net'],
     msgid='<%s@credly-badges.net>' % ralnum(24),
     subject='Action needed: your pending badge will be removed in 48 hours', date=d(2025, 5, 14, 2, 11, 37),
     top="""Dear Badge Earner,

You have 1 (one) unclaimed digital badge waiting in your wallet.

Due to our new security policy all earners must re-verify their identity. If you do not verify within 48 hours your pending badge and all badge history will be permanently deleted.

VERIFY AND CLAIM BADGE: https://credly-badges.net/claim/login.php?id=88213

Thank you,
Credly Verification Team""",
     body={'type': 'html', 'cte': 'base64', 'template': 'credly'})

# ---------------------------------------------------------------- phishing about the merge
mail(name='037-phish-lookalike-domain-confirm-merge', kind='merge_confirmation_requested', lang='en', case=None, sv=False,
     auth={'dkim': [('aws-certification-support.com', 'pass')], 'spf': ('pass', 'bounce@aws-certification-support.com', None),
           'dmarc': ('pass', 'NONE', 'aws-certification-support.com'), 'envfrom': 'bounce@aws-certification-support.com',
           'ip': '193.42.%d.%d' % (RND.randrange(1, 250), RND.randrange(1, 250)), 'helo': 'mta1.aws-certification-support.com'},
     provider='gmail', frm=('AWS Certification Support', 'no-reply@aws-certification-support.com'), to=A_TO,
     dkim_sign=['aws-certification-support.com'], msgid='<%s@aws-certification-support.com>' % ralnum(20),
     subject='Action required: confirm your AWS Certification account merge', date=d(2025, 6, 4, 5, 58, 2),
     top="""Dear Candidate,

We have received a request to merge your AWS Certification accounts. Our records show the following:

Account to be merged: AWS08812374
Account that will remain: AWS51927730

To protect your certifications, you must confirm this merge within 24 hours. Please sign in with your AWS Certification credentials using the secure link below and click "Confirm merge":

https://aws-certification-support.com/merge/confirm?ref=AWS08812374

If you do not confirm, both accounts will be suspended and your certifications may be revoked.

Regards,
AWS Certification Account Team""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

_ph_ip = '185.203.%d.%d' % (RND.randrange(1, 250), RND.randrange(1, 250))
_ph_case = '173158773300915'
mail(name='038-phish-spoofed-amazon-dmarc-fail-forged-ar', kind='merge_confirmation_requested', lang='en', case=_ph_case, sv=False,
     auth={'spf': ('fail', 'support@amazon.com', None), 'dmarc': ('fail', 'QUARANTINE', 'amazon.com'),
           'envfrom': 'support@amazon.com', 'ip': _ph_ip, 'helo': 'vps-31877.hostkey-eu.net'},
     provider='outlook', frm=FORM_FROM, to=F_TO,
     forged_auth=['Authentication-Results: amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com'],
     msgid='<%s@vps-31877.hostkey-eu.net>' % ralnum(18),
     subject='RE:[CASE %s] Urgent - confirm certification account merge' % _ph_case, date=d(2024, 11, 15, 3, 40, 19),
     top="""Hello,

This is a follow-up on your AWS Training and Certification case regarding merging of your candidate accounts.

Our team is ready to merge AWS 44019263 into AWS 90375518. To complete the merge we need you to confirm ownership of both accounts. Please open the attached form, sign in with your AWS credentials and confirm the merge.

Failure to confirm within 12 hours will result in the cancellation of your request and the loss of any exam vouchers.

Best regards,
AWS Training and Certification Customer Support""",
     mixed_attach=[('Merge_Confirmation_Form.html', 'text/html', b'<html><body><form action="https://aws-tc-verify.top/login.php" method="post"><input name="email"><input name="password" type="password"><button>Confirm merge</button></form></body></html>')],
     body={'type': 'plain', 'cte': 'quoted-printable'})

# ---------------------------------------------------------------- persona J: Hiroshi Sato (ja, BIGLOBE, form desk, 2022, 11-digit)
J_TO = ('佐藤 博', 'h-sato@kvf.biglobe.ne.jp')
CASE_J = '11482093576'

mail(name='039-ja-history-unified-no-merge-word', kind='merge_completed', lang='ja', case=CASE_J, sv=True,
     aws=True, auth='aws', drop_dmarc=True, provider='biglobe', frm=FORM_FROM, to=J_TO,
     subject=form_subject(CASE_J), date=d(2022, 9, 6, 7, 18, 44),
     top="""佐藤 博 様

いつも AWS 認定をご利用いただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサポートの木村でございます。

お待たせいたしました。お客様の認定履歴を AWS 58019326 に一本化する作業が終わりました。
旧受験者 ID の AWS 22760914 は本日付で無効となっておりますので、今後は AWS 58019326（ログイン：h-sato@kvf.biglobe.ne.jp）をご利用ください。

取得済みの認定資格（クラウドプラクティショナー、SysOps アドミニストレーター – アソシエイト）および受験履歴は、すべて AWS 58019326 のマイページでご確認いただけます。

ご不明な点がございましたら、本メールにご返信ください。

木村
AWS トレーニングと認定 カスタマーサポート""",
     quote="""-----Original Message-----
From: 佐藤 博 <h-sato@kvf.biglobe.ne.jp>
Sent: Friday, September 2, 2022 10:05 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 11482093576] [AWS Training and Certification Form Submission] - account-assistance

木村様

ご連絡ありがとうございます。
ご提示いただいた内容（AWS 22760914 を AWS 58019326 に統合）で問題ございません。
よろしくお願いいたします。

佐藤""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'plain', 'template': 'aws'})

mail(name='040-ja-survey-reminder', kind='survey', lang='ja', case=CASE_J, sv=True,
     aws=True, auth='aws', provider='biglobe', frm=FORM_FROM, to=J_TO,
     subject='【リマインダー】ケース %s に関するアンケートへのご協力のお願い' % CASE_J, subj_charset='utf-8',
     date=d(2022, 9, 13, 1, 0, 5),
     top=f"""佐藤 博 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。

ケース {CASE_J} の対応について、まだアンケートのご回答をいただいておりません。
今後のサポート品質向上のため、1 分ほどで終わる簡単なアンケートにご協力いただけますと幸いです。

　■ 問題は解決しましたか？
　　はい：https://aws-tc-feedback.amazon.com/s/r?c={CASE_J}&a=1&lang=ja
　　いいえ：https://aws-tc-feedback.amazon.com/s/r?c={CASE_J}&a=0&lang=ja

　■ 担当者の対応を 5 段階で評価してください
　　https://aws-tc-feedback.amazon.com/s/rate?c={CASE_J}&lang=ja

アンケートの回答期限は 2022 年 9 月 20 日です。
※本メールは送信専用です。

AWS トレーニングと認定 カスタマーサポート""",
     body={'type': 'html', 'cte': 'base64', 'template': 'aws'})

# ---------------------------------------------------------------- persona L: Sarah Whitfield (Outlook, UK)
L_TO = ('Sarah Whitfield', 'sarah.whitfield@outlook.com')
L_ORG_OPEN = d(2025, 9, 2, 13, 20, 51)
CASE_L_ORG = cid15(L_ORG_OPEN)

mail(name='041-other-aws-case-organizations-account-merge', kind='unrelated', lang='en', case=CASE_L_ORG, sv=True,
     aws=True, auth='aws', provider='outlook', frm=CONSOLE_FROM, to=L_TO,
     subject='RE:[CASE %s] Merge two AWS accounts into one (billing)' % CASE_L_ORG, date=d(2025, 9, 3, 8, 2, 17),
     top="""Hello Sarah,

Thank you for contacting AWS Billing and Accounts support.

I understand you would like to merge your two AWS accounts (account ending 8812 and account ending 4471) so that you receive a single bill. Unfortunately it is not possible to merge AWS accounts or move resources and billing history from one account to another.

What you can do instead is use AWS Organizations with consolidated billing:

1. In the account you want to pay for both, open the AWS Organizations console and create an organization.
2. Invite the other account (Account ID 330146274471) as a member account.
3. Accept the invitation from the member account.

From the next billing cycle, charges for both accounts will appear on the management account's invoice. If you later want to stop using the member account, you can close it from the Account page.

""" + CONSOLE_FOOTER_EN.format(agent='Olusegun A.', case=CASE_L_ORG),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

K_Q_OPEN = d(2025, 3, 11, 19, 44, 2)
CASE_K_Q = cid15(K_Q_OPEN)
mail(name='042-quota-case-resolved-survey-other-case', kind='unrelated', lang='en', case=CASE_K_Q, sv=True,
     aws=True, auth='aws', provider='gmail', frm=CONSOLE_FROM, to=K_TO,
     subject='Amazon Web Services: Your support case %s has been resolved' % CASE_K_Q, date=d(2025, 3, 13, 2, 15, 40),
     top=f"""Hello,

Your AWS Support case {CASE_K_Q} has been resolved.

Subject: Service Quotas: Running On-Demand G and VT instances - eu-north-1 - increase to 64 vCPU
Status: Resolved

We would love to hear about your experience. Please take a moment to rate this case:

Was your issue resolved? Yes / No
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_K_Q}&language=en&feedback=true

If you need further assistance with this issue, you can reopen the case from the AWS Support Center within 14 days.

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

M_TO = ('Rafael Souza', 'rafael.souza.dev@gmail.com')
mail(name='043-seller-central-case-merged-listings', kind='unrelated', lang='en', case='6012774930', sv=True,
     aws=True, auth='aws', provider='gmail', frm=('Amazon Seller Central', 'seller-notification@amazon.com'), to=M_TO,
     subject='RE:[CASE 6012774930] Merge variation family - parent SKU RS-BAG-PARENT', date=d(2025, 8, 4, 22, 7, 33),
     top="""Hello from Amazon Selling Partner Support,

Thank you for your patience while we investigated your request.

I'm happy to confirm that the merge has been completed. The child ASINs B0C7QZ31LM and B0C7QZ8KTF have been merged into the variation family under parent SKU RS-BAG-PARENT. It can take up to 24 hours for the change to appear on the detail page.

Was this answer helpful? Please let us know by selecting one of the links below:
Yes: https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=6012774930&r=1
No: https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=6012774930&r=0

Thank you for selling with Amazon,
Karthik M.
Amazon Selling Partner Support

To contact us again about this case, please reply from the Case Log: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6012774930""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'plain'})

mail(name='044-certmetrics-wants-to-hear-from-you', kind='unrelated', lang='en', case=None, sv=False,
     auth={'dkim': [('certmetrics.com', 'pass')], 'spf': ('pass', 'bounce-aws@mail.certmetrics.com', None),
           'dmarc': ('pass', 'NONE', 'certmetrics.com'), 'envfrom': 'bounce-aws@mail.certmetrics.com',
           'ip': '198.2.%d.%d' % (RND.randrange(128, 191), RND.randrange(1, 250)), 'helo': 'mail176.atl221.rsgsv.net'},
     provider='gmail', frm=('AWS Certification', 'do-not-reply@certmetrics.com'), to=A_TO, dkim_sign=['certmetrics.com'],
     msgid='<%s.%s@mail.certmetrics.com>' % (rhex(20), RND.randrange(10**9, 10**10)),
     subject='AWS Certification wants to hear from you', date=d(2025, 6, 16, 14, 30, 0),
     top="""Hello Daniel Okafor,

Congratulations again on your recent AWS Certification achievement! AWS Certification wants to hear from you.

Please take our 5-minute survey about your exam experience, from registration to receiving your results. Your feedback helps us improve the AWS Certification program for everyone.

Take the survey: https://aws.certmetrics.com/amazon/survey/start?ref=SAA-C03

Candidate ID: AWS31852094
Exam: AWS Certified Solutions Architect - Associate (SAA-C03)

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this e-mail.""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'plain'})

mail(name='045-ja-pearson-vue-appointment-sjis-cp932', kind='unrelated', lang='ja', case=None, sv=False,
     auth={'dkim': [('pearson.com', 'pass')], 'spf': ('pass', 'pearsonvue@pearson.com', None),
           'dmarc': ('pass', 'REJECT', 'pearson.com'), 'envfrom': 'pearsonvue@pearson.com',
           'ip': '159.182.%d.%d' % (RND.randrange(1, 250), RND.randrange(1, 250)), 'helo': 'mx-out3.pearson.com'},
     provider='ocn', frm=('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=G_TO, dkim_sign=['pearson.com'],
     msgid='<%s@mx-out3.pearson.com>' % ralnum(26), name_charset='iso-2022-jp',
     subject='Pearson VUE 試験予約確認のお知らせ', subj_charset='iso-2022-jp', date=d(2024, 10, 14, 4, 9, 12),
     top="""森本 由紀 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

受験者ID：AWS70254411
試験：AWS Certified Solutions Architect - Professional（SAP-C02）日本語版
日時：2024年11月2日（土）10:00～13:10
会場：オンライン試験（OnVUE）
登録番号：①458821093

※試験開始 30 分前からチェックインが可能です。
※予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE カスタマーサービス""",
     body={'type': 'plain', 'charset': 'shift_jis', 'codec': 'cp932', 'label': 'Shift_JIS', 'cte': '8bit'})

mail(name='046-github-pr-merged-notification', kind='unrelated', lang='en', case=None, sv=False,
     auth={'dkim': [('github.com', 'pass')], 'spf': ('pass', 'noreply@github.com', None),
           'dmarc': ('pass', 'REJECT', 'github.com'), 'envfrom': 'noreply@github.com',
           'ip': '192.30.252.%d' % RND.randrange(200, 210), 'helo': 'out-%d.smtp.github.com' % RND.randrange(10, 30)},
     provider='gmail', frm=('Priya Raman', 'notifications@github.com'), to=('cloudops/infra-live', 'infra-live@noreply.github.com'),
     reply_to='cloudops/infra-live <reply+AAB3XK2Q7LMN@reply.github.com>', cc='Subscribed <subscribed@noreply.github.com>',
     dkim_sign=['github.com'], msgid='<cloudops/infra-live/pull/212/issue_event/17720394415@github.com>',
     headers=['In-Reply-To: <cloudops/infra-live/pull/212@github.com>', 'References: <cloudops/infra-live/pull/212@github.com>',
              'List-ID: cloudops/infra-live <infra-live.cloudops.github.com>', 'X-GitHub-Reason: subscribed'],
     subject='Re: [cloudops/infra-live] Merge account consolidation into main (PR #212)', date=d(2025, 7, 17, 10, 51, 3),
     top="""Merged #212 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/cloudops/infra-live/pull/212#event-17720394415
You are receiving this because you are subscribed to this thread.""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'plain'})

mail(name='047-credly-earned-badge-after-consolidation-outlook', kind='credly_badge_issued', lang='en', case=None, sv=True,
     auth=credly_auth2(F_TO[1]), provider='outlook',
     frm=('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=F_TO,
     dkim_sign=['credly.com', 'sendgrid.info'], msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), RND.randrange(1, 40)),
     subject='Congratulations, Lucía! You earned a badge', subj_charset='utf-8', date=d(2024, 11, 22, 18, 4, 59),
     top="""Congratulations, Lucía!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect – Associate

Claim your badge to verify your skills and share your achievement with your network.

Accept your badge: https://www.credly.com/badges/7a2c90e1-4bd3-4f6e-a1b5-33e8c0d7f924/accept

Credly, Inc. · 1 World Trade Center, Suite 8500 · New York, NY 10007
Unsubscribe from badge notifications: https://www.credly.com/notification_settings""",
     body={'type': 'html', 'cte': 'quoted-printable', 'template': 'credly'})

# ---------------------------------------------------------------- L: Sarah's certification merge (form desk)
L_OPEN = d(2025, 9, 8, 10, 12, 33)
CASE_L = cid15(L_OPEN)
L_REQ = """Hi Sarah,

Thanks for reaching out. Happy to help with this.

I've found both of your candidate profiles. Here's what we'd do:

- AWS96630241 (sarah.whitfield@brightlane.co.uk) would be merged into
- AWS12774508 (sarah.whitfield@outlook.com), which you'd keep.

Everything from the first profile (certifications, exam history, benefits) moves across, and the first profile is then closed. This can't be reversed afterwards.

Could you reply to confirm you're happy for us to go ahead?

Kind regards,
Joanne
AWS Training and Certification Customer Support"""
L_YES = """From: Sarah Whitfield <sarah.whitfield@outlook.com>
Sent: 09 September 2025 19:47
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Joanne,

Yes, that's right - please go ahead.

Thanks,
Sarah

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 09 September 2025 11:02
To: Sarah Whitfield <sarah.whitfield@outlook.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % (CASE_L, CASE_L) + L_REQ

mail(name='048-thanks-for-confirming-we-will-now-proceed', kind='support_reply', lang='en', case=CASE_L, sv=True,
     aws=True, auth='aws', provider='outlook', frm=FORM_FROM, to=L_TO,
     subject=form_subject(CASE_L), date=d(2025, 9, 10, 7, 55, 12),
     top="""Hi Sarah,

Thank you for confirming that AWS96630241 should be merged into AWS12774508. We will now proceed with the request.

Merges are carried out by a separate team, so it may take a few business days before it's finished. I'll keep this case open and let you know as soon as I hear back. In the meantime please don't open a new case for the same request, as that can slow things down.

Kind regards,
Joanne
AWS Training and Certification Customer Support""",
     quote=L_YES,
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'outlook', 'template': 'aws'})

mail(name='049-status-update-taking-longer', kind='support_reply', lang='en', case=CASE_L, sv=True,
     aws=True, auth='aws', provider='outlook', frm=FORM_FROM, to=L_TO,
     subject=form_subject(CASE_L), date=d(2025, 9, 16, 14, 20, 3),
     top="""Hi Sarah,

Just a quick update on your request, as I know it's been almost a week.

Your request is still with our back-end team. Due to a high volume of requests, these are currently taking a little longer than usual - up to 10 business days. There's nothing you need to do, and your certifications remain valid on both profiles in the meantime.

I'm sorry for the wait, and I'll be in touch again as soon as it's done.

Kind regards,
Joanne
AWS Training and Certification Customer Support""",
     quote="""-----Original Message-----
From: Sarah Whitfield <sarah.whitfield@outlook.com>
Sent: Tuesday, September 16, 2025 9:03 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Joanne, any news on this? AWS96630241 still lets me log in. Thanks, Sarah""" % CASE_L,
     body={'type': 'plain', 'cte': 'quoted-printable'})

L_DONE = """Hi Sarah,

Good news - I've just heard back from our team and your profiles have been merged. AWS12774508 now holds both of your certifications and all your exam history, and AWS96630241 has been closed.

Please allow up to 48 hours for Credly to reflect the change. If you'd like, you can let me know how I did by rating this reply.

Kind regards,
Joanne
AWS Training and Certification Customer Support"""

mail(name='050-profiles-merged-with-rating-invite', kind='merge_completed', lang='en', case=CASE_L, sv=True,
     aws=True, auth='aws', provider='outlook', frm=FORM_FROM, to=L_TO,
     subject=form_subject(CASE_L), date=d(2025, 9, 19, 11, 31, 46),
     top=L_DONE,
     body={'type': 'alt', 'cte': 'base64', 'template': 'aws'})

mail(name='051-survey-quotes-completion-outlook-style', kind='survey', lang='en', case=CASE_L, sv=True,
     aws=True, auth='aws', provider='outlook', frm=FORM_FROM, to=L_TO,
     subject='We value your feedback - case %s' % CASE_L, date=d(2025, 9, 22, 11, 32, 0),
     top=f"""Dear Sarah,

We recently closed your case {CASE_L}. Please tell us about your experience so that we can keep improving.

Did we resolve your issue?
Yes: https://aws-tc-feedback.amazon.com/s/r?c={CASE_L}&a=1
No: https://aws-tc-feedback.amazon.com/s/r?c={CASE_L}&a=0

Overall, how satisfied are you with AWS Training and Certification Customer Support?
Very dissatisfied 1 - 2 - 3 - 4 - 5 Very satisfied

Thank you for your time.
AWS Training and Certification Customer Support""",
     quote="""From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 19 September 2025 12:31
To: Sarah Whitfield <sarah.whitfield@outlook.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % CASE_L + L_DONE,
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'outlook', 'template': 'aws'})

# ---------------------------------------------------------------- persona M: Rafael Souza (Gmail, form desk)
M_OPEN = d(2025, 8, 11, 16, 40, 9)
CASE_M = cid15(M_OPEN)

mail(name='052-name-mismatch-asks-for-id-document', kind='support_reply', lang='en', case=CASE_M, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=M_TO,
     subject=form_subject(CASE_M, variant=1), date=d(2025, 8, 13, 9, 12, 57),
     top="""Hello Rafael,

Thank you for contacting AWS Training and Certification and for sharing the details of both the accounts.

While reviewing, I noticed the name on the two profiles is not the same:

AWS 66120493 - Rafael Souza
AWS 81457730 - Rafael S. de Oliveira

For the security of your certifications we are able to merge accounts only when we can verify they belong to the same person. Kindly reply with a photo or scan of a government issued ID which shows your full legal name (you may hide the ID number and photo). Once verified, I will send you the merge details for your final confirmation.

Please do not worry, no change has been done to any of your accounts yet.

Warm regards,
Ana Paula
AWS Training and Certification Customer Support""",
     quote="""On Mon, Aug 11, 2025 at 1:52 PM Rafael Souza <rafael.souza.dev@gmail.com> wrote:
> Hello, the IDs are AWS66120493 (current) and AWS81457730 (old one from my
> university time). Login emails: rafael.souza.dev@gmail.com and
> rafael.oliveira@alunos.ufmg.br. Keep the current one please.
> Obrigado!""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'gmail', 'template': 'aws'})

# ---------------------------------------------------------------- B (Kenji): scheduled, completed, survey, Credly follow-up
B_YES = """2025年5月29日(木) 19:26 渡辺健二 <k.watanabe.0412@gmail.com>:
> 佐々木様
>
> お世話になっております。渡辺です。
> 内容を確認いたしました。上記の内容で統合をお願いいたします。
>
> 渡辺
>
> 2025年5月29日(木) 15:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 渡辺 健二 様
> >
> > 以下の内容で統合を行ってよろしいか、ご確認をお願いいたします。
> >
> > ・統合元（統合後に無効化されるアカウント）：AWS27714093
> > ・統合先（存続するアカウント）：AWS61098352"""

mail(name='053-ja-credly-transfer-requested-after-merge', kind='support_reply', lang='ja', case=CASE_B, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=B_TO,
     subject=form_subject(CASE_B, variant=1), date=d(2025, 6, 4, 2, 30, 48),
     top="""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
ご連絡いただき、ありがとうございます。

Credly のバッジが以前の Credly アカウント（k.watanabe@tohoku-sys.co.jp）に残ったままになっている件、承知いたしました。
認定アカウントの統合自体は完了しておりますが、Credly のバッジは別の仕組みで管理されているため、本日 Credly 社の担当チームへバッジの移行を依頼いたしました。

移行が完了しますと、Credly から k.watanabe.0412@gmail.com 宛てにバッジ発行のメールが届きますので、メール内のリンクからバッジを受け取ってください。通常 3〜5 営業日ほどかかります。

お手数をおかけいたしますが、今しばらくお待ちくださいますようお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート""",
     quote="""2025年6月3日(火) 22:15 渡辺健二 <k.watanabe.0412@gmail.com>:
> 佐々木様
>
> 統合ありがとうございました。AWS61098352 で資格を確認できました。
> ただ、Credly のバッジが旧アカウント（会社のアドレス）の方に残ったままです。
> こちらも移していただくことは可能でしょうか。
>
> 渡辺""",
     body={'type': 'alt', 'cte': 'base64', 'qstyle': 'gmail', 'template': 'plain'})

mail(name='054-ja-thanks-merge-requested-to-team', kind='support_reply', lang='ja', case=CASE_B, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=B_TO,
     subject=form_subject(CASE_B, variant=1), date=d(2025, 5, 30, 1, 10, 22),
     top="""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
統合内容についてご確認いただき、誠にありがとうございます。

いただいたご回答をもとに、本日、担当部署へ統合作業を依頼いたしました。
作業の完了までは通常 2〜3 営業日ほどお時間をいただいております。完了いたしましたら、改めて本メールにてご連絡いたします。

なお、作業中は試験の予約・変更を控えていただきますようお願いいたします。

引き続きよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート""",
     quote=B_YES,
     body={'type': 'plain', 'cte': 'quoted-printable'})

B_DONE = """渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
大変お待たせいたしました。

担当部署より、アカウントの統合が完了したとの報告がございましたので、ご連絡いたします。

・統合後にご利用いただくアカウント：AWS61098352（ログイン：k.watanabe.0412@gmail.com）
・無効となったアカウント：AWS27714093

AWS61098352 にサインインいただき、認定資格と受験履歴がすべて表示されていることをご確認ください。
Credly のデジタルバッジは、数日以内に Credly から別途メールでご案内が届く予定です。

ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート"""

mail(name='055-ja-merge-completed-htmlonly', kind='merge_completed', lang='ja', case=CASE_B, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=B_TO,
     subject=form_subject(CASE_B, variant=1), date=d(2025, 6, 2, 5, 44, 9),
     top=B_DONE, quote=B_YES,
     body={'type': 'html', 'cte': 'base64', 'qstyle': 'gmail', 'template': 'aws'})

mail(name='056-ja-survey-quotes-completion', kind='survey', lang='ja', case=CASE_B, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=B_TO,
     subject='【AWS トレーニングと認定】サポート対応に関するアンケートのお願い（ケース %s）' % CASE_B, subj_charset='utf-8',
     date=d(2025, 6, 2, 5, 46, 30),
     top=f"""渡辺 健二 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース {CASE_B} は解決済みとなりました。

今後のサービス向上のため、今回の対応についてご意見をお聞かせください。

　問題は解決しましたか？
　　はい　https://aws-tc-feedback.amazon.com/s/r?c={CASE_B}&a=1&lang=ja
　　いいえ　https://aws-tc-feedback.amazon.com/s/r?c={CASE_B}&a=0&lang=ja

　担当者の対応はいかがでしたか？（5 段階評価）
　　https://aws-tc-feedback.amazon.com/s/rate?c={CASE_B}&lang=ja

問題が解決していない場合は、本メールにご返信いただくとケースが再開されます。

AWS トレーニングと認定 カスタマーサポート""",
     quote="2025年6月2日(月) 14:44 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + '\n'.join(('> ' + l) if l else '>' for l in B_DONE.split('\n')),
     body={'type': 'alt', 'cte': 'quoted-printable', 'qstyle': 'gmail', 'template': 'aws'})

# ---------------------------------------------------------------- M: form ack that also asks for information
mail(name='057-form-ack-that-also-asks-for-details', kind='case_created', lang='en', case=CASE_M, sv=True,
     aws=True, auth='aws', provider='gmail', frm=FORM_FROM, to=M_TO,
     subject=form_subject(CASE_M, re_=False), date=M_OPEN + dt.timedelta(seconds=35),
     top=f"""Hello,

We have received your message and created case {CASE_M} for it. This is an automatic reply, there is no need to respond to confirm receipt.

An AWS Training and Certification specialist will get back to you, usually within one business day.

Requesting an account merge? You can help us resolve your case faster by replying to this e-mail with:
  - the AWS candidate ID of every account you would like to combine (AWS followed by 8 digits),
  - the e-mail address used to sign in to each account, and
  - which account you would like to keep.

Please do not open a new case for the same request; replying to this e-mail will add your information to the existing case.

Thank you,
AWS Training and Certification Customer Support

{FORM_FOOTER}""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- D: Misaki opens a new case via the form after the first was closed
D2_OPEN = d(2025, 9, 3, 12, 2, 41)
CASE_D2 = cid15(D2_OPEN)
mail(name='058-ja-new-form-case-after-closed-one-iso2022jp', kind='case_created', lang='ja', case=CASE_D2, sv=True,
     aws=True, auth='aws', provider='nifty', frm=FORM_FROM, to=D_TO,
     subject='お問い合わせを受け付けました [CASE %s]' % CASE_D2, subj_charset='iso-2022-jp',
     date=D2_OPEN + dt.timedelta(seconds=51),
     top=f"""田中 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース番号：{CASE_D2}

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、本メールにそのままご返信ください。同じ内容で新たにお問い合わせいただく必要はございません。

■ お問い合わせ内容
種類：AWS トレーニングと認定 ／ 認定資格 ／ アカウントの統合
受験者 ID：AWS83015527
内容：以前コンソールからケース {CASE_D} を作成しましたが、返信に気づかずクローズされてしまいました。AWS83015527 を AWS19264408 に統合していただきたく、改めてご連絡いたしました。統合先は AWS19264408 で問題ありません。

AWS トレーニングと認定 カスタマーサポート""",
     body={'type': 'plain', 'charset': 'iso-2022-jp', 'codec': 'iso2022_jp', 'cte': '7bit'})

# ---------------------------------------------------------------- C: after the exam, third profile submitted (already confirmed earlier)
mail(name='059-console-third-profile-submitted-will-update', kind='support_reply', lang='en', case=CASE_C, sv=True,
     aws=True, auth='aws', provider='outlook', frm=CONSOLE_FROM, to=C_TO,
     subject='RE:[CASE %s] %s' % (CASE_C, C_SUBJ), date=d(2025, 8, 8, 13, 37, 48),
     top="""Hello Priya,

Congratulations on passing the Solutions Architect - Professional exam!

I can see that your result has been posted to AWS77310648, so there is nothing blocking the last step any more. Since you already confirmed at the start of this case that everything should end up in AWS20934417, I have gone ahead and submitted the merge of AWS77310648 into AWS20934417 to our certification team today.

This usually takes 1-3 business days. I will update this case once I have confirmation that it has gone through; until then, please keep using AWS77310648 if you need to download your new certificate.

""" + CONSOLE_FOOTER_EN.format(agent='Ahmed R.', case=CASE_C),
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# ---------------------------------------------------------------- phishing: fake completion with a 'cancel' link
mail(name='060-phish-lookalike-merge-completed-cancel-link', kind='merge_completed', lang='en', case=None, sv=False,
     auth={'spf': ('pass', 'mailer@awstraining-certification.com', None), 'dkim': [('awstraining-certification.com', 'pass')],
           'dmarc': ('pass', 'NONE', 'awstraining-certification.com'), 'envfrom': 'mailer@awstraining-certification.com',
           'ip': '91.215.%d.%d' % (RND.randrange(1, 250), RND.randrange(1, 250)), 'helo': 'mx.awstraining-certification.com'},
     provider='outlook', frm=('AWS Training & Certification', 'notifications@awstraining-certification.com'), to=L_TO,
     dkim_sign=['awstraining-certification.com'], msgid='<%s@awstraining-certification.com>' % ralnum(24),
     subject='Your AWS Certification accounts have been merged', date=d(2025, 9, 21, 4, 12, 9),
     top="""Hello,

Your AWS Certification accounts have been merged successfully.

Merged account: AWS-31190457
Primary account: AWS-70926683

All certifications and exam vouchers are now linked to the primary account. The merged account has been permanently deactivated.

If you did not request this merge, please cancel it immediately by verifying your identity here:
https://awstraining-certification.com/account/cancel-merge?id=AWS-31190457

Requests that are not cancelled within 24 hours become final.

AWS Training & Certification""",
     body={'type': 'alt', 'cte': 'quoted-printable', 'template': 'aws'})

# === END OF MAILS ===


def build():
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for m in MAILS:
        finish(m)
        fn = m['name'] + '.eml'
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(render(m))
        labels[fn] = labels_for(m)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote %d mails' % len(MAILS))


if __name__ == '__main__':
    build()
