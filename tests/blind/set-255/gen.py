#!/usr/bin/env python3
"""Generator for blind set 255: end-of-case mail of an AWS Certification
account merge (completions, closures, surveys, reopened cases, Credly).
Run: python3 make_set.py  -> writes NNN-*.eml and labels.json here."""
import base64, quopri, random, json, os, re, io, glob
import html as H
import datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email import generator, policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(255255)
MAILS = []          # list of (fname, bytes, label)

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def T(s, off=0):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz(off))


def rfc(d, off=None, zone=None):
    if off is not None:
        d = d.astimezone(tz(off))
    s = format_datetime(d)
    if zone:
        s += ' (%s)' % zone
    return s


def case15(d):
    return '%d%05d' % (int(d.timestamp()), R.randrange(100000))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


# ---------------------------------------------------------------- MIME parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None):
    data = text.encode(codec or charset)
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    p.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def boundary(style='gmail'):
    if style == 'gmail':
        return '000000000000' + rhex(16)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (R.randrange(10**5, 10**6), R.randrange(10**8, 10**9), R.randrange(10**12, 2 * 10**12))
    if style == 'outlook':
        return '_000_%s%s_' % (ralnum(20), 'NAMPRD12prodoutlookcom')
    if style == 'jp':
        return '----_NextPart_%s' % ralnum(12)
    return '=_' + rhex(24)


def multi(sub, parts, bstyle='gmail'):
    m = MIMEMultipart(sub)
    del m['MIME-Version']
    m.set_boundary(boundary(bstyle))
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html, charset='utf-8', cte='quoted-printable', bstyle='gmail', hcte=None, codec=None):
    return multi('alternative', [leaf(plain, 'plain', charset, cte, codec),
                                 leaf(html, 'html', charset, hcte or cte, codec)], bstyle)


def html_of(text):
    """Plain text -> simple HTML paragraphs."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(H.escape(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)


def aws_html(inner, title='Amazon Web Services', lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="margin:0;padding:0;background:#f2f3f3;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>\n'
            '<tr><td style="padding:24px;">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
            'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., '
            '410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (lang, H.escape(title), inner)


# ---------------------------------------------------------------- headers
def subj(s, charset='utf-8'):
    """Encoded-word subject (folded) when not ascii."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def addr(name, email, charset='utf-8'):
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:'):
            name = '"%s"' % name
        return '%s <%s>' % (name, email) if name else email
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)


def dkim_sig(d, sel, when, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Date', c='relaxed/simple'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s'
            % (c, sel, d, int(when.timestamp()), h, rb64(32), rb64(96)[:76], rb64(96)[:60]))


SES_SEL = {'amazon.com': 'ag5ovrw4kzq3htwfxlwfw7xwe7t2ctff', 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono'}


def trace(provider, to, when, helo, ip, mailfrom, from_domain, dkim_d=None, dkim_sel='s1',
          spf='pass', dkim='pass', dmarc='pass', pol='QUARANTINE', extra_dkim=None):
    """Receiving-side headers (topmost first). provider decides A-R style."""
    mfdom = mailfrom.split('@')[-1]
    hb = rb64(6)[:8]
    L = []
    if provider == 'gmail':
        off = -7 if 3 <= when.month <= 10 else -8
        zn = 'PDT' if off == -7 else 'PST'
        L.append('Delivered-To: %s' % to)
        L.append('Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
                 % (rhex(4), rhex(3), rhex(4), rhex(4), ralnum(3, 'abcdefghijklmnopqrstuvwxyz0123456789'), R.randrange(10**5, 10**6), ralnum(3, 'abcdefghijklmnopqrstuvwxyz'), rfc(when, off, zn)))
        L.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(60)[:80])
        L.append('X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s'
                 % (rhex(4), rhex(3), rhex(4), rhex(4), rhex(16), R.randrange(10), int(when.timestamp() * 1000) % 10**12, rfc(when, off, zn)))
        dk = 'dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_d, dkim_sel, hb) if dkim_d else 'dkim=none'
        if dkim == 'fail':
            dk = 'dkim=fail header.i=@%s header.s=%s header.b=%s (signature did not verify)' % (dkim_d, dkim_sel, hb)
        extra = ''
        if extra_dkim:
            extra = '\n       dkim=pass header.i=@%s header.s=%s header.b=%s;' % (extra_dkim, SES_SEL.get(extra_dkim, 's1'), rb64(6)[:8])
        if spf == 'pass':
            sp = 'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom)
        elif spf == 'softfail':
            sp = 'spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom)
        else:
            sp = 'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom)
        dm = 'dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, 'NONE' if dmarc == 'pass' else pol, from_domain)
        ar = 'mx.google.com;\n       %s;%s\n       %s;\n       %s' % (dk, extra, sp, dm)
        L.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(when.timestamp()), rb64(60)))
        L.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=subject:to:from:date:message-id:mime-version:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (rb64(32), rb64(32), rb64(60)))
        L.append('ARC-Authentication-Results: i=1; %s' % ar)
        L.append('Return-Path: <%s>' % mailfrom)
        L.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                 % (helo, helo, ip, '6a1803df08f44-' + rhex(12), R.randrange(10), int(when.timestamp() * 1000) % 10**12, to, rfc(when, off, zn)))
        L.append('Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                 % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip))
        L.append('Authentication-Results: ' + ar)
    elif provider == 'outlook':
        L.append('Received: from SA1PR12MB%d.namprd12.prod.outlook.com (2603:10b6:806:%s::%d) by\n SJ0PR12MB%d.namprd12.prod.outlook.com with HTTPS; %s'
                 % (R.randrange(1000, 9999), rhex(3), R.randrange(9), R.randrange(1000, 9999), rfc(when, 0)))
        L.append('Received: from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:%s::%d)\n by SA1PR12MB%d.namprd12.prod.outlook.com (2603:10b6:806:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                 % (R.randrange(10000), rhex(3), R.randrange(9), R.randrange(1000, 9999), rhex(3), R.randrange(9), R.randrange(7000, 8999), R.randrange(10, 40), rfc(when, 0)))
        dmr = {'pass': 'pass action=none', 'fail': 'fail action=oreject', 'none': 'none action=none', 'bestguesspass': 'bestguesspass action=none'}[dmarc]
        dkt = ('dkim=pass (signature was verified)\n header.d=%s' % dkim_d) if (dkim_d and dkim == 'pass') else \
              ('dkim=fail (body hash did not verify)\n header.d=%s' % dkim_d if dkim_d else 'dkim=none (message not signed)\n header.d=none')
        comp = 'pass reason=100' if dmarc == 'pass' else ('fail reason=000' if dmarc == 'fail' else 'softpass reason=201')
        L.append('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s\n header.from=%s;compauth=%s'
                 % (spf, ip, mfdom, dkt, dmr, from_domain, comp))
        L.append('Received-SPF: %s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
                 % (spf.capitalize(), mfdom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo))
        L.append('Received: from %s (%s) by\n BN2PEPF0000%s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                 % (helo, ip, ralnum(4), R.randrange(2, 250), R.randrange(7000, 8999), R.randrange(10, 40), rfc(when, 0)))
        L.append('X-MS-Exchange-Organization-ExpirationStartTime: %s' % when.astimezone(dt.timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)')
        L.append('X-MS-Exchange-Organization-Network-Message-Id:\n %s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
        L.append('X-MS-Exchange-Organization-SCL: %d' % (1 if dmarc == 'pass' else 5))
    elif provider in ('biglobe', 'nifty', 'docomo', 'yahoojp', 'ocn'):
        serv = {'biglobe': 'mx.biglobe.ne.jp', 'nifty': 'mta-snd-e04.mail.nifty.com', 'docomo': 'mfsmax.docomo.ne.jp',
                'yahoojp': 'mta5046.mail.kks.yahoo.co.jp', 'ocn': 'mf-smf-ucb031.ocn.ad.jp'}[provider]
        mx = {'biglobe': 'mxp%02d.biglobe.ne.jp' % R.randrange(1, 20), 'nifty': 'mta-snd-e04.mail.nifty.com',
              'docomo': 'mfsmax.docomo.ne.jp', 'yahoojp': 'mta5046.mail.kks.yahoo.co.jp', 'ocn': 'mf-smf-ucb031.ocn.ad.jp'}[provider]
        L.append('Return-Path: <%s>' % mailfrom)
        L.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                 % (helo, helo, ip, mx, ralnum(10, 'ABCDEF0123456789'), to, rfc(when, 9)))
        dk = 'dkim=%s header.d=%s header.s=%s' % (dkim, dkim_d, dkim_sel) if dkim_d else 'dkim=none'
        L.append('Authentication-Results: %s; spf=%s smtp.mailfrom=%s;\n\t%s; dmarc=%s header.from=%s'
                 % (serv, spf, mailfrom, dk, dmarc, from_domain))
    elif provider == 'fastmail':
        L.append('Return-Path: <%s>' % mailfrom)
        L.append('Received: from mx4 ([10.202.2.203])\n  by compute6.internal (LMTPProxy); %s' % rfc(when, 0))
        dk = ('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048'
              % (dkim, dkim_d, dkim_d, hb, dkim_sel)) if dkim_d else 'dkim=none (no signatures found)'
        L.append('Authentication-Results: mx4.messagingengine.com;\n    %s;\n    dmarc=%s policy.published-domain-policy=quarantine\n      policy.applied-disposition=none header.from=%s;\n    spf=%s smtp.mailfrom=%s smtp.helo=%s'
                 % (dk, dmarc, from_domain, spf, mailfrom, helo))
        L.append('Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s'
                 % (helo, helo, ip, to, rfc(when, 0)))
    elif provider == 'yahoo':
        L.append('Received: from 127.0.0.1\n by atlas214.free.mail.bf1.yahoo.com with HTTP; %s' % rfc(when, 0))
        L.append('Authentication-Results: atlas214.free.mail.bf1.yahoo.com;\n dkim=%s header.i=@%s header.s=%s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;'
                 % (dkim, dkim_d, dkim_sel, spf, mfdom, dmarc, pol, from_domain))
        L.append('X-Apparently-To: %s; %s' % (to, rfc(when, 0)))
        L.append('Received: from %s (EHLO %s)([%s])\n by atlas214.free.mail.bf1.yahoo.com with SMTPS; %s' % (ip, helo, ip, rfc(when, 0)))
    elif provider == 'corp':           # internal relay that adds no Authentication-Results
        dom = to.split('@')[-1]
        L.append('Received: from mailgw02.%s (mailgw02.%s [10.20.4.12])\n\tby mbox01.%s (8.15.2/8.15.2) with ESMTP id %s\n\tfor <%s>; %s'
                 % (dom, dom, dom, ralnum(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), to, rfc(when, 2)))
        L.append('Received: from %s (%s [%s])\n\tby mailgw02.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                 % (helo, helo, ip, dom, ralnum(10, 'ABCDEF0123456789'), to, rfc(when, 2)))
        L.append('X-Virus-Scanned: amavisd-new at %s' % dom)
    return L


def ses_headers(provider, to, when, sid, from_domain='amazon.com', **kw):
    ip = '54.240.%d.%d' % (R.choice([8, 9, 11, 48]), R.randrange(2, 250))
    helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    mf = '%s@email.amazonses.com' % sid
    L = trace(provider, to, when, helo, ip, mf, from_domain, dkim_d=kw.pop('dkim_d', from_domain),
              dkim_sel=kw.pop('dkim_sel', SES_SEL.get(from_domain, 's1')), extra_dkim='amazonses.com' if provider == 'gmail' else None, **kw)
    L.append(dkim_sig(from_domain, SES_SEL.get(from_domain, 's1'), when))
    L.append(dkim_sig('amazonses.com', SES_SEL['amazonses.com'], when, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))
    return L


def build(fname, kind, case_id, new, verified, lang, top_headers, msg_headers, body, account_ids=None):
    """top_headers: trace lines; msg_headers: list of (name, value) already encoded.
    new: plain text of the mail's NEW top part (used for account ids)."""
    buf = io.BytesIO()
    g = generator.BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep='\n'))
    g.flatten(body)
    head = '\n'.join(top_headers + ['%s: %s' % kv for kv in msg_headers] + ['MIME-Version: 1.0']) + '\n'
    raw = head.encode('ascii') + buf.getvalue()
    accts = ids_in(new) if account_ids is None else sorted(account_ids)
    label = {'kind': kind, 'case_id': case_id, 'account_ids': accts, 'sender_verified': verified, 'language': lang}
    MAILS.append((fname, raw, label))


def mid_ses(when):
    return '<%s@email.amazonses.com>' % ses_id(when)


# ------------------------------------------------------------ boilerplate text
TC_SIG_EN = ('\n\nWe value your feedback. Please share your experience by rating this correspondence using the link below.\n'
             'To contact us again about this case, reply to this email. Please keep the case number in the subject line.\n')
CONSOLE_FOOT_EN = ('\n\nTo see all the details of this case or to reply, please use the link below:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n'
                   '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                   'To respond to this case, please follow the link above.\n\n'
                   'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
                   'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
CONSOLE_FOOT_JA = ('\n\nこのケースの詳細の確認や返信は、以下のリンクから行ってください:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n'
                   '*このメールは送信専用アドレスから送信されています。このメールに直接ご返信いただいてもお受けできませんので、'
                   '上記リンクからご返信ください。\n\n'
                   'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。\n'
                   'アマゾン ウェブ サービス ジャパン合同会社　〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア\n')

FORM_FROM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE_FROM = addr('Amazon Web Services', 'no-reply-aws@amazon.com')
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

def aws_mail(fname, kind, cid, new, lang, provider, to, when, frm, subject, body, verified=True,
             extra=(), from_domain='amazon.com', account_ids=None, subj_charset='utf-8', **kw):
    """Mail sent through Amazon SES (genuine or spoofed through SES)."""
    sid = ses_id(when)
    top = ses_headers(provider, to, when, sid, from_domain=from_domain, **kw)
    hdrs = [('From', frm), ('To', to), ('Subject', subj(subject, subj_charset)), ('Date', rfc(when)),
            ('Message-ID', '<%s@email.amazonses.com>' % sid)] + list(extra) + \
           [('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % rb64(33)[:43]), ('X-SES-Outgoing', when.strftime('%Y.%m.%d') + '-' + '54.240.8.%d' % R.randrange(2, 250))]
    build(fname, kind, cid, new, verified, lang, top, hdrs, body, account_ids)


def finish():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    labels = {}
    for fname, raw, label in MAILS:
        assert fname not in labels, fname
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(labels), 'mails')


# ======================================================================= MAILS
# ---- Thread A: Priya Raman, Gmail, form-desk case, 15-digit id ------------
PRIYA = 'priya.raman.dev@gmail.com'
A_OPEN = T('2025-05-27 14:21:07')
A_CID = case15(A_OPEN)

# 001 automatic acknowledgement
w = A_OPEN + dt.timedelta(seconds=41)
t1 = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have received your inquiry and created case {A_CID} for it.

Case ID: {A_CID}
Inquiry type: Certification
Inquiry detail: Account Merge

Our team aims to respond within 24 hours. Please do not submit another form for the same request; if you need to add information, simply reply to this email and keep the case number in the subject line.

Summary of your submission
--------------------------
Name: Priya Raman
Email: {PRIYA}
AWS candidate ID: AWS11892406
Description: I have two certification accounts. The old one was created with my previous employer e-mail (candidate id aws04417385). Please merge it into AWS11892406, which is the one I use now.

Kind regards,
AWS Training and Certification Customer Support
"""
h1 = aws_html(html_of(t1), 'We received your request')
aws_mail('001-form-ack-case-received.eml', 'case_created', A_CID, t1, 'en', 'gmail', PRIYA, w, FORM_FROM,
         f'[CASE {A_CID}] We have received your request - {FORM_SUBJ}', alt(t1, h1, bstyle='java'))

# ---------------------------------------------------------------- quoting
def q(text, prefix='> '):
    return '\n'.join((prefix.rstrip() if not l.strip() else (prefix.rstrip() + ' ' + l if l.startswith('>') else prefix + l))
                     for l in text.strip('\n').split('\n'))


WD_JA = '月火水木金土日'


def gmail_quote(when, name, email, text, off=0):
    d = when.astimezone(tz(off))
    hdr = 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year, (d.hour % 12) or 12, d.minute, 'AM' if d.hour < 12 else 'PM', name, email)
    return hdr + '\n\n' + q(text)


def jp_quote(when, name, email, text, off=9):
    d = when.astimezone(tz(off))
    hdr = '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, name, email)
    return hdr + '\n' + q(text)


def outlook_block(frm, when, to, subject, text, off=0, cc=None):
    d = when.astimezone(tz(off))
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, d.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' '), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s' % (subject, text.strip('\n'))


def orig_block(frm, when, to, subject, text, off=0):
    d = when.astimezone(tz(off))
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, d.strftime('%m/%d/%Y %I:%M %p'), to, subject, text.strip('\n')))


# 002 confirmation request (agent, next day)
A_REQ = A_OPEN + dt.timedelta(hours=25, minutes=41)
t2_new = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

I have located the following two Certification accounts associated with you:

Account 1 - AWS04417385 - login: priya.r@northwind-analytics.com
Account 2 - AWS11892406 - login: {PRIYA}

As requested, Account 1 will be merged into Account 2. Account 2 (AWS11892406) will remain as your active account, and all certifications, exam history and benefits from Account 1 will be moved to it. Account 1 will then be deactivated and you will no longer be able to sign in with it.

Please note that this action is permanent and cannot be reversed.

Kindly reply to this email to confirm that the above details are correct so that we can go ahead.

Best regards,

Harsha V.
AWS Training and Certification Customer Support"""
t2 = t2_new + TC_SIG_EN + '\n' + orig_block(f'Priya Raman <{PRIYA}>', A_OPEN, 'aws-cs-trainingcertification-form@amazon.com',
                                             FORM_SUBJ, 'Inquiry type: Certification\nInquiry detail: Account Merge\nAWS candidate ID: AWS11892406\n'
                                             'Description: I have two certification accounts. The old one was created with my previous employer e-mail '
                                             '(candidate id aws04417385). Please merge it into AWS11892406, which is the one I use now.')
aws_mail('002-agent-asks-confirm-two-accounts.eml', 'merge_confirmation_requested', A_CID, t2_new, 'en', 'gmail', PRIYA, A_REQ,
         FORM_FROM, f'RE:[CASE {A_CID}] {FORM_SUBJ}', leaf(t2, cte='quoted-printable'))

# 003 thanks for confirming, will proceed (boundary: "once the merge is complete")
A_ACK = A_REQ + dt.timedelta(hours=11, minutes=13)
A_USERCONF = A_REQ + dt.timedelta(hours=5, minutes=38)
t3_new = """Hi Priya,

Thank you for confirming the details. I have passed your request to our Certification operations team so they can proceed with combining the two accounts. Once the merge is complete you will receive a separate confirmation from us, and your Credly badges normally follow a few days after that.

There is nothing else you need to do for now.

Best regards,

Harsha V.
AWS Training and Certification Customer Support"""
t3 = t3_new + TC_SIG_EN + '\n' + gmail_quote(A_USERCONF, 'Priya Raman', PRIYA,
                                             'Hi Harsha,\n\nThe details are correct. Please proceed with the merge.\n\nThanks,\nPriya\n\n'
                                             + gmail_quote(A_REQ, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', t2_new, off=-7), off=-7)
aws_mail('003-thanks-for-confirming-will-proceed.eml', 'support_reply', A_CID, t3_new, 'en', 'gmail', PRIYA, A_ACK,
         FORM_FROM, f'RE:[CASE {A_CID}] {FORM_SUBJ}', alt(t3, aws_html(html_of(t3)), bstyle='java'))

# 004 completion that never says complete/merged
A_DONE = A_ACK + dt.timedelta(days=1, hours=8, minutes=32)
t4 = f"""Hello Priya,

Good news: the certification records that were held under AWS04417385 now sit under your account AWS11892406, and the older account has been closed. From now on please sign in to the AWS Certification portal with {PRIYA} only; your transcript, active certifications and the 50% exam discount benefit are all visible there.

Credly badges are handled separately and usually arrive 2-3 business days after this change. If they have not shown up after a week, just reply to this email.

Best regards,

Maria G.
AWS Training and Certification Customer Support
""" + TC_SIG_EN
aws_mail('004-records-now-under-surviving-account.eml', 'merge_completed', A_CID, t4, 'en', 'gmail', PRIYA, A_DONE,
         FORM_FROM, f'RE:[CASE {A_CID}] {FORM_SUBJ}', alt(t4, aws_html(html_of(t4)), bstyle='java', cte='base64'))

# 005 closure + survey, HTML only, recaps the case
A_CLOSE = A_DONE + dt.timedelta(minutes=3)
s5 = (f'<h2 style="font-size:20px;margin:0 0 12px;">Your case has been resolved</h2>\n'
      f'<p>Hello Priya,</p>\n<p>We have marked case <b>{A_CID}</b> as resolved. Here is a summary for your records:</p>\n'
      f'<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse;font-size:13px;">'
      f'<tr><td style="color:#687078;">Case ID</td><td>{A_CID}</td></tr>'
      f'<tr><td style="color:#687078;">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>'
      f'<tr><td style="color:#687078;">Accounts</td><td>AWS04417385 &rarr; AWS11892406</td></tr>'
      f'<tr><td style="color:#687078;">Status</td><td>Resolved</td></tr></table>\n'
      f'<p style="margin-top:20px;"><b>Was your issue resolved?</b></p>\n'
      f'<p><a href="https://aws-tc-feedback.amazon.com/survey?caseId={A_CID}&amp;resolved=yes" style="background:#ff9900;color:#16191f;padding:8px 22px;text-decoration:none;">YES</a>&nbsp;&nbsp;'
      f'<a href="https://aws-tc-feedback.amazon.com/survey?caseId={A_CID}&amp;resolved=no" style="background:#eaeded;color:#16191f;padding:8px 22px;text-decoration:none;">NO</a></p>\n'
      f'<p>How would you rate the support you received from Maria G.?</p>\n<p>'
      + ' '.join(f'<a href="https://aws-tc-feedback.amazon.com/survey?caseId={A_CID}&amp;rating={i}">{"&#9733;" * i}</a>' for i in range(1, 6))
      + '</p>\n<p>If something is still not right, reply to this email within 14 days and the case will be reopened automatically.</p>')
new5 = f'Your case has been resolved. Case ID {A_CID} Accounts AWS04417385 -> AWS11892406 Status Resolved. Was your issue resolved? YES NO'
aws_mail('005-resolved-recap-html-only-survey.eml', 'survey', A_CID, new5, 'en', 'gmail', PRIYA, A_CLOSE,
         FORM_FROM, f'[CASE {A_CID}] Your case has been resolved - how did we do?',
         leaf(aws_html(s5, 'Case resolved'), 'html', cte='quoted-printable'))

# ---- Thread B: 田中 健太, biglobe, console case (Japanese), 15-digit id ------
TANAKA = 'tanaka.kenta@kd5.biglobe.ne.jp'
TANAKA_N = '田中 健太'
B_OPEN = T('2025-06-10 01:05:33')
B_CID = case15(B_OPEN)
B_SUBJ = '認定アカウントの統合について'
B_DESC = ('AWS認定のアカウントが2つあります（AWS02938471 と AWS10476233）。\n'
          '以前の勤務先のメールアドレスで作成した方を、現在使用している AWS10476233 にまとめていただけますでしょうか。')

# 006 console case opened (Japanese), ISO-2022-JP
w = B_OPEN + dt.timedelta(seconds=9)
t6 = f"""{TANAKA_N} 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {B_CID} をオープンいたしました。

ケース ID: {B_CID}
件名: {B_SUBJ}
重大度: 一般的なガイダンス
ケース開始者: {TANAKA}
説明:
{B_DESC}

担当者より順次ご連絡いたします。同じ内容で新しいケースを作成されますと、対応が遅れる場合がございますのでご注意ください。
""" + CONSOLE_FOOT_JA.format(cid=B_CID) + '\nAmazon Web Services\n'
aws_mail('006-console-case-opened-ja.eml', 'case_created', B_CID, t6, 'ja', 'biglobe', TANAKA, w, CONSOLE_FROM,
         f'Amazon Web Services: 新しいサポートケースがオープンされました: {B_CID}',
         leaf(t6, charset='iso-2022-jp', cte='7bit'), subj_charset='iso-2022-jp')

# 007 agent asks which account to keep + login e-mails (Japanese keigo), UTF-8 base64
B_ASK = B_OPEN + dt.timedelta(hours=26, minutes=12)
t7_new = f"""{TANAKA_N} 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
統合の手続きを進めるにあたり、恐れ入りますが以下の情報をご教示いただけますでしょうか。

1. それぞれのアカウントのサインインに使用されているメールアドレス
2. 統合後に残すアカウント（存続させるアカウント）
3. 統合を希望される理由（例: 転職に伴うメールアドレス変更 など）

お申し出の内容から AWS10476233 を残すご意向と拝察しておりますが、誤りがあってはならない手続きのため、念のためご確認をお願い申し上げます。

ご不明な点がございましたら、お気軽にお問い合わせください。
よろしくお願いいたします。

鈴木
Amazon Web Services"""
t7 = t7_new + CONSOLE_FOOT_JA.format(cid=B_CID)
aws_mail('007-agent-asks-which-to-keep-ja.eml', 'support_reply', B_CID, t7_new, 'ja', 'biglobe', TANAKA, B_ASK, CONSOLE_FROM,
         f'RE:[CASE {B_CID}] {B_SUBJ}', alt(t7, aws_html(html_of(t7), lang='ja'), cte='base64'))

# 008 confirmation request (Japanese), ISO-2022-JP plain, Japanese-style quote of the user's answer
B_USER = B_ASK + dt.timedelta(hours=10, minutes=47)
user8 = f"""鈴木様

ご連絡ありがとうございます。以下の通りご回答いたします。

1. AWS02938471: kenta.tanaka@oldcorp.co.jp
   AWS10476233: {TANAKA}
2. AWS10476233 を残したいです。
3. 転職によりメールアドレスが変わったためです。

よろしくお願いいたします。
田中"""
B_REQ = B_USER + dt.timedelta(hours=4, minutes=5)
t8_new = f"""{TANAKA_N} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの鈴木でございます。
早速ご回答いただき、ありがとうございます。

いただいた情報をもとに、以下の内容で統合を実施する予定です。

  統合元（無効化されるアカウント）: AWS02938471 / kenta.tanaka@oldcorp.co.jp
  統合先（存続するアカウント）　　: AWS10476233 / {TANAKA}

統合元に登録されている認定資格、受験履歴、特典（次回試験 50% 割引など）は統合先へ移行されます。
なお、統合は一度実施すると元に戻すことができません。

上記の内容でお間違いがないか、本ケースへのご返信にてご確認いただけますでしょうか。
ご確認をいただき次第、手続きを進めさせていただきます。

よろしくお願いいたします。

鈴木
Amazon Web Services"""
t8 = t8_new + '\n\n' + jp_quote(B_USER, TANAKA_N, TANAKA, user8) + CONSOLE_FOOT_JA.format(cid=B_CID)
aws_mail('008-confirm-source-and-target-ja.eml', 'merge_confirmation_requested', B_CID, t8_new, 'ja', 'biglobe', TANAKA, B_REQ,
         CONSOLE_FROM, f'RE:[CASE {B_CID}] {B_SUBJ}', leaf(t8, charset='iso-2022-jp', cte='7bit'), subj_charset='iso-2022-jp')

# 009 completion in Japanese without 完了/統合 (records moved, old account disabled), UTF-8 QP
B_DONE = B_REQ + dt.timedelta(days=2, hours=3, minutes=20)
t9 = f"""{TANAKA_N} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの鈴木でございます。
大変お待たせいたしました。

ご依頼いただいた件につきまして、AWS02938471 に登録されていた認定資格および受験履歴を AWS10476233 へ移行し、
AWS02938471 は無効化いたしました。

今後は {TANAKA} にて AWS Certification アカウントへサインインいただき、認定資格の一覧に
すべての資格が表示されていることをご確認くださいませ。
Credly のデジタルバッジにつきましては、反映まで数日ほどお時間をいただく場合がございます。

その他ご不明な点がございましたら、本ケースにてお気軽にお知らせください。

鈴木
Amazon Web Services""" + CONSOLE_FOOT_JA.format(cid=B_CID)
aws_mail('009-records-moved-old-disabled-ja.eml', 'merge_completed', B_CID, t9, 'ja', 'biglobe', TANAKA, B_DONE,
         CONSOLE_FROM, f'RE:[CASE {B_CID}] {B_SUBJ}', alt(t9, aws_html(html_of(t9), lang='ja'), cte='quoted-printable'))

# 010 closure + survey (Japanese)
B_CLOSE = B_DONE + dt.timedelta(days=3, minutes=2)
t10 = f"""{TANAKA_N} 様

Amazon Web Services サポートをご利用いただきありがとうございます。

ケース {B_CID}「{B_SUBJ}」は、過去 3 日間お客様からのご返信がなかったため、解決済みとしてクローズいたしました。
追加のご質問がある場合は、サポートセンターからケースを再開していただけます。

■ アンケートへのご協力のお願い
今回のサポートについて、ご意見をお聞かせください（所要時間: 約 1 分）。
問題は解決しましたか？
  はい: https://console.aws.amazon.com/support/feedback?displayId={B_CID}&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId={B_CID}&resolved=no&language=ja
""" + CONSOLE_FOOT_JA.format(cid=B_CID)
h10 = aws_html(html_of(t10).replace('はい: ', '<a href="#">はい</a> ').replace('いいえ: ', '<a href="#">いいえ</a> '), 'ケースはクローズされました', 'ja')
aws_mail('010-case-closed-survey-ja.eml', 'survey', B_CID, t10, 'ja', 'biglobe', TANAKA, B_CLOSE, CONSOLE_FROM,
         f'Amazon Web Services: ケース {B_CID} はクローズされました - アンケートのお願い',
         alt(t10, h10, cte='base64'), subj_charset='utf-8')

# ---------------------------------------------------------------- Credly
CREDLY_FOOT = ('\n\n--\nYou are receiving this email because an organization issued you a badge on Credly.\n'
               'Manage email preferences: https://www.credly.com/earner/settings/notifications\n'
               'Credly by Pearson | Privacy Policy https://www.credly.com/privacy | Terms https://www.credly.com/terms\n')


def credly_html(inner, title='Credly'):
    return ('<!doctype html><html><head><meta charset="utf-8"><title>%s</title></head>'
            '<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;">'
            '<table role="presentation" width="100%%"><tr><td align="center">'
            '<table role="presentation" width="560" style="background:#fff;border-radius:4px;">'
            '<tr><td style="padding:20px 32px;border-bottom:3px solid #ff6b00;"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>'
            '<tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#333;">%s</td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#888;">You are receiving this email because an organization issued you a badge on Credly. '
            '<a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a><br>Credly by Pearson &middot; '
            '<a href="https://www.credly.com/privacy">Privacy Policy</a> &middot; <a href="https://www.credly.com/terms">Terms</a></td></tr>'
            '</table></td></tr></table></body></html>\n') % (H.escape(title), inner)


def sg_mail(fname, kind, cid, new, lang, provider, to, when, frm, subject, body, verified,
            from_domain='credly.com', dkim_d=None, mf_domain='em.credly.com', extra=(), account_ids=None, subj_charset='utf-8',
            msgid_domain='geopod-ismtpd-1', **kw):
    """Mail sent through SendGrid (Credly and look-alikes)."""
    ip = '167.89.%d.%d' % (R.randrange(0, 120), R.randrange(2, 250))
    helo = 'o%d.ptr%d.%s' % (R.randrange(1, 9), R.randrange(1000, 9999), mf_domain)
    mf = 'bounces+%d-%s-%s=%s@%s' % (R.randrange(10**6, 10**8), rhex(4), to.split('@')[0].replace('.', '_'), to.split('@')[1], mf_domain)
    dd = dkim_d if dkim_d is not None else from_domain
    top = trace(provider, to, when, helo, ip, mf, from_domain, dkim_d=dd, dkim_sel='s1', **kw)
    top.append(dkim_sig(dd or from_domain, 's1', when, h='from:subject:mime-version:content-type:to:cc:content-type:from:subject:to'))
    top.append('Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n        %s'
               % (rhex(10), rhex(5), rhex(10), rhex(5), rhex(8), R.randrange(10, 99), rfc(when - dt.timedelta(seconds=2))))
    hdrs = [('From', frm), ('To', to), ('Subject', subj(subject, subj_charset)), ('Date', rfc(when)),
            ('Message-ID', '<%s.%s@%s>' % (rhex(24), rhex(6), msgid_domain if '@' not in msgid_domain else msgid_domain))] + list(extra) + \
           [('X-SG-EID', '\n %s' % rb64(60)), ('List-Unsubscribe', '<https://www.credly.com/earner/settings/notifications>')]
    build(fname, kind, cid, new, verified, lang, top, hdrs, body, account_ids)


# 011 Credly: badges arriving on Tanaka's surviving account after the merge (English)
w = B_DONE + dt.timedelta(days=2, hours=5, minutes=41)
t11 = """Hi Kenta,

Good news: following an update to your certification record, Amazon Web Services Training and Certification has moved the badges below to your Credly account. They are already accepted and visible on your profile.

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

View your badges: https://www.credly.com/users/kenta-tanaka.4f1c2a/badges

Your public badge pages, verification links and share settings carry over. Badges previously shown on your other Credly account no longer appear there.

The Credly Team""" + CREDLY_FOOT
h11 = credly_html('<p>Hi Kenta,</p><p>Good news: following an update to your certification record, <b>Amazon Web Services Training and Certification</b> '
                  'has moved the badges below to your Credly account. They are already accepted and visible on your profile.</p>'
                  '<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>'
                  '<p><a href="https://www.credly.com/users/kenta-tanaka.4f1c2a/badges" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px;">View your badges</a></p>'
                  '<p>Your public badge pages, verification links and share settings carry over. Badges previously shown on your other Credly account no longer appear there.</p>'
                  '<p>The Credly Team</p>')
sg_mail('011-credly-badges-moved-to-account.eml', 'credly_badge_issued', None, t11, 'en', 'biglobe', TANAKA, w,
        addr('Credly', 'admin@credly.com'), 'Your badges have been moved to your Credly account',
        alt(t11, h11, cte='quoted-printable', bstyle='x'), True)

# ---- Thread C: Marcus Oyelaran, Outlook.com, form case 11 digits (2023), three accounts, reopened
MARCUS = 'marcus.oyelaran@outlook.com'
C_CID = '13248816571'
C_OPEN = T('2023-11-06 18:40:12')
C_CONF = T('2023-11-08 09:14:55')
c_conf_text = f"""Hello,

Yes, that is correct. Please go ahead and merge AWS00783215 and AWS05529841 into AWS12006377.

Regards,
Marcus Oyelaran"""

# 012 completion, three accounts, Outlook-quoted history
C_DONE = T('2023-11-09 21:52:30')
t12_new = """Hi Marcus,

Thanks for your patience while our back-office team worked on this.

Your three Certification profiles are now one. Everything that was recorded under AWS00783215 and AWS05529841 (exam history, active certifications, recertification dates and your exam discount benefit) has been moved onto AWS12006377, which is now the only active account. The two older accounts have been retired and can no longer be used to sign in.

Please allow up to 5 business days for the Credly badges to follow. Should anything look wrong in your transcript, just reply on this thread.

Kind regards,
Chinedu A.
AWS Training & Certification Customer Service"""
t12 = t12_new + '\n\n' + outlook_block(f'Marcus Oyelaran <{MARCUS}>', C_CONF, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                     f'RE: [CASE {C_CID}] {FORM_SUBJ}', c_conf_text, off=-5)
aws_mail('012-three-profiles-now-one.eml', 'merge_completed', C_CID, t12_new, 'en', 'outlook', MARCUS, C_DONE, FORM_FROM,
         f'RE:[CASE {C_CID}] {FORM_SUBJ}', alt(t12, aws_html(html_of(t12)), bstyle='java', cte='quoted-printable'))

# 013 closure + survey sent at the same time
C_CLOSE = C_DONE + dt.timedelta(minutes=1, seconds=12)
t13 = f"""Dear Customer,

Your case {C_CID} has been closed. We hope we were able to help.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/r?c={C_CID}&a=1
NO:  https://aws-tc-feedback.amazon.com/r?c={C_CID}&a=0

We would appreciate two minutes of your time to rate the agent who handled your request. Your answers are anonymous and help us improve AWS Training and Certification support.

If you need further help with this request, reply to this email and your case will be reopened.

Thank you,
AWS Training and Certification"""
aws_mail('013-case-closed-was-issue-resolved.eml', 'survey', C_CID, t13, 'en', 'outlook', MARCUS, C_CLOSE, FORM_FROM,
         f'[CASE {C_CID}] Your case has been closed', alt(t13, aws_html(html_of(t13), 'Case closed'), bstyle='java', cte='7bit'))

# 014 automatic "case reopened" notice (not a new case)
C_REOPEN = T('2023-11-20 14:03:18')
t14 = f"""Hello,

We received your reply to case {C_CID}, which had been closed. The case has been reopened and returned to the AWS Training and Certification queue; an agent will review your message and respond, usually within 24 hours.

You do not need to open a new case. Replies to this thread are added to case {C_CID} automatically.

AWS Training and Certification Customer Support"""
aws_mail('014-closed-case-reopened-notice.eml', 'support_reply', C_CID, t14, 'en', 'outlook', MARCUS, C_REOPEN, FORM_FROM,
         f'[CASE {C_CID}] Your case has been reopened', alt(t14, aws_html(html_of(t14)), bstyle='java'))

# 015 agent on the reopened case: working with Credly, not a merge statement
C_R2 = T('2023-11-21 16:30:44')
marcus_reopen = """Hi,

The certification side looks fine now, thank you. However my Credly profile still only shows the Developer Associate badge. The two Solutions Architect badges are still sitting on the Credly account that belonged to my old university email. Can you move them as well?

Thanks
Marcus"""
t15_new = """Hello Marcus,

Thank you for getting back to us, and sorry for the inconvenience.

I checked on our side and can confirm the badges for the certifications that came from AWS05529841 are still linked to the Credly profile registered with your old university address. I have raised a request with our Credly operations contact to re-issue them to the Credly account that uses marcus.oyelaran@outlook.com. This is normally handled within 5-7 business days, and Credly will email you directly when the badges are ready.

I will keep this case open until then, so there is no need to create a new one.

Kind regards,
Chinedu A.
AWS Training & Certification Customer Service"""
t15 = t15_new + '\n\n' + outlook_block(f'Marcus Oyelaran <{MARCUS}>', C_REOPEN - dt.timedelta(minutes=1), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                     f'RE: [CASE {C_CID}] Your case has been closed', marcus_reopen, off=-5)
aws_mail('015-reopened-case-credly-request-raised.eml', 'support_reply', C_CID, t15_new, 'en', 'outlook', MARCUS, C_R2, FORM_FROM,
         f'RE:[CASE {C_CID}] Your case has been reopened', leaf(t15, cte='quoted-printable'))

# 016 Credly: badge issued / accept (after re-issue), Outlook
w = T('2023-11-27 10:12:09')
t16 = """Marcus, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/5b2f0c8e-91d7-4a7e-a0c3-2f81d6c4b9e1/accept

Accept your badge to share it with your network, add it to your email signature, or include it in your resume. Once accepted, employers can verify it in one click.

Questions? Visit https://support.credly.com""" + CREDLY_FOOT
h16 = credly_html('<p style="font-size:22px;font-weight:bold;">Marcus, you&#39;ve earned a badge!</p>'
                  '<p>Amazon Web Services Training and Certification has issued you a badge:</p>'
                  '<p><img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="120" alt=""><br>'
                  '<b>AWS Certified Solutions Architect &ndash; Professional</b></p>'
                  '<p><a href="https://www.credly.com/badges/5b2f0c8e-91d7-4a7e-a0c3-2f81d6c4b9e1/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px;">Accept your badge</a></p>'
                  '<p>Accept your badge to share it with your network, add it to your email signature, or include it in your resume.</p>')
sg_mail('016-credly-accept-sa-pro-badge.eml', 'credly_badge_issued', None, t16, 'en', 'outlook', MARCUS, w,
        addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
        'Marcus, you earned a new badge from Amazon Web Services Training and Certification',
        alt(t16, h16, cte='quoted-printable', bstyle='x'), True)

# 017 second closure after the reopen; HTML only; recaps but is the closure notice
w = T('2023-11-28 09:00:41')
s17 = (f'<p>Hello Marcus,</p>'
       f'<p>We are closing case <b>{C_CID}</b> (reopened on November 20). Summary: your Certification profiles were consolidated earlier this month, '
       f'and the remaining Credly badges have now been re-issued to your current Credly account.</p>'
       f'<p style="font-weight:bold;margin-top:22px;">How satisfied were you with our service?</p>'
       f'<table role="presentation"><tr>'
       + ''.join(f'<td style="padding:4px;"><a href="https://aws-tc-feedback.amazon.com/csat?c={C_CID}&amp;s={i}" style="display:inline-block;width:36px;height:36px;line-height:36px;text-align:center;border:1px solid #aab7b8;color:#16191f;text-decoration:none;">{i}</a></td>' for i in range(1, 6))
       + '</tr><tr><td colspan="2" style="font-size:11px;">Very dissatisfied</td><td></td><td colspan="2" style="font-size:11px;text-align:right;">Very satisfied</td></tr></table>'
       '<p>Thank you for choosing AWS Training and Certification.</p>')
new17 = (f'We are closing case {C_CID} (reopened on November 20). Summary: your Certification profiles were consolidated earlier this month, '
         'and the remaining Credly badges have now been re-issued. How satisfied were you with our service? 1 2 3 4 5')
aws_mail('017-reopened-case-closed-csat-html.eml', 'survey', C_CID, new17, 'en', 'outlook', MARCUS, w, FORM_FROM,
         f'[CASE {C_CID}] How satisfied were you with our service?', leaf(aws_html(s17, 'Rate your experience'), 'html', cte='base64'))

# ---- Thread D: 佐藤 美咲, nifty, form case in Japanese, 15-digit id, Shift_JIS ------
SATO = 'misaki-sato@nifty.com'
SATO_N = '佐藤 美咲'
D_OPEN = T('2025-02-18 05:12:44')
D_CID = case15(D_OPEN)
FORM_FROM_JA = addr('アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com', 'iso-2022-jp')

# 018 confirmation request, Shift_JIS label but cp932-only characters (①②, ～), base64
D_REQ = D_OPEN + dt.timedelta(days=1, hours=2, minutes=7)
t18_new = f"""{SATO_N} 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の山口と申します。

お問い合わせいただきましたアカウント統合の件、以下の 2 つのアカウントを確認いたしました。

① AWS-07731904（サインイン: m.sato@minato-sys.co.jp）
② AWS-13355820（サインイン: {SATO}）

ご依頼内容に基づき、①のアカウントを②のアカウントへ統合し、②を存続アカウントといたします。
統合後は①のアカウントではサインインできなくなり、この操作は取り消すことができません。

つきましては、上記の内容でよろしいか、本メールへのご返信にてご確認をお願いできますでしょうか。
ご返信を確認次第、作業を開始いたします（通常 1～3 営業日）。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート"""
t18 = t18_new + '\n\n' + orig_block(f'{SATO_N} <{SATO}>', D_OPEN, 'aws-cs-trainingcertification-form@amazon.com', FORM_SUBJ,
                                  'お問い合わせの種類: 認定\n詳細: アカウントの統合\nAWS 受験者 ID: AWS13355820\n'
                                  '内容: 転職前の会社メールで作成したアカウント（AWS07731904）があります。統合をお願いします。', off=9)
aws_mail('018-confirm-merge-sjis-cp932-ja.eml', 'merge_confirmation_requested', D_CID, t18_new, 'ja', 'nifty', SATO, D_REQ,
         FORM_FROM_JA, f'RE:[CASE {D_CID}] {FORM_SUBJ}', leaf(t18, charset='shift_jis', codec='cp932', label='Shift_JIS', cte='base64'))

# 019 "thank you for confirming, we will proceed; after 完了 we'll contact you" (boundary)
D_USER = D_REQ + dt.timedelta(hours=3, minutes=26)
D_ACK = D_USER + dt.timedelta(hours=17, minutes=2)
sato_conf = f"""山口様

ご連絡ありがとうございます。
内容に相違ございません。AWS-07731904 を AWS-13355820 へ統合してください。
The details are correct. Please proceed with the merge.

佐藤"""
t19_new = f"""{SATO_N} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご確認いただき、誠にありがとうございます。
いただいたご返信をもとに、これより担当部署にて統合作業を進めてまいります。
作業が完了いたしましたら、本ケースにて改めてご連絡いたしますので、今しばらくお待ちくださいませ。

よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート"""
t19 = t19_new + '\n\n' + jp_quote(D_USER, SATO_N, SATO, sato_conf + '\n\n' + jp_quote(D_REQ, 'アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com', t18_new))
aws_mail('019-confirmed-will-proceed-ja.eml', 'support_reply', D_CID, t19_new, 'ja', 'nifty', SATO, D_ACK,
         FORM_FROM_JA, f'RE:[CASE {D_CID}] {FORM_SUBJ}', leaf(t19, charset='utf-8', cte='base64'))

# 020 completion in Japanese, no 完了/統合 words, Shift_JIS 8bit, with -----Original Message-----
D_DONE = D_ACK + dt.timedelta(days=1, hours=6, minutes=48)
t20_new = f"""{SATO_N} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山口でございます。
お待たせいたしました。

AWS13355820 のアカウントにて、これまで AWS07731904 に登録されていた認定資格および受験履歴をすべてご確認いただける状態となりました。
AWS07731904 は無効となっており、今後はご利用いただけません。

お手数ですが、{SATO} で認定アカウントへサインインし、資格の一覧と特典（50% 割引バウチャー）をご確認くださいませ。
Credly のバッジは、数日中に Credly から別途メールが届く予定です。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート"""
t20 = t20_new + '\n\n' + orig_block(f'{SATO_N} <{SATO}>', D_USER, 'aws-cs-trainingcertification-form@amazon.com',
                                  f'Re: RE:[CASE {D_CID}] {FORM_SUBJ}', sato_conf, off=9)
aws_mail('020-records-visible-old-invalid-sjis-ja.eml', 'merge_completed', D_CID, t20_new, 'ja', 'nifty', SATO, D_DONE,
         FORM_FROM_JA, f'RE:[CASE {D_CID}] {FORM_SUBJ}', leaf(t20, charset='shift_jis', cte='8bit', label='Shift_JIS'))

# 021 survey, Japanese, HTML only
D_SURV = D_DONE + dt.timedelta(hours=1, minutes=15)
s21 = (f'<p>{SATO_N} 様</p>'
       f'<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>'
       f'お問い合わせ（ケース番号: {D_CID}）への対応について、簡単なアンケートにご協力いただけますと幸いです。</p>'
       '<p style="font-weight:bold;">担当者の対応にどの程度満足されましたか？</p><p>'
       + ' '.join(f'<a href="https://aws-tc-feedback.amazon.com/ja/survey?case={D_CID}&amp;score={i}" style="padding:6px 12px;border:1px solid #aab7b8;text-decoration:none;color:#16191f;">{i}</a>' for i in range(1, 6))
       + '</p><p style="font-size:12px;">1 = 非常に不満　5 = 非常に満足</p>'
       '<p>いただいたご意見は、今後のサービス向上のために活用させていただきます。<br>なお、このアンケートへのご回答は任意です。</p>'
       '<p>AWS トレーニングと認定</p>')
new21 = f'{SATO_N} 様 ケース番号: {D_CID} アンケート 担当者の対応にどの程度満足されましたか？'
aws_mail('021-satisfaction-survey-html-only-ja.eml', 'survey', D_CID, new21, 'ja', 'nifty', SATO, D_SURV,
         FORM_FROM_JA, f'【AWS トレーニングと認定】アンケートご協力のお願い（ケース {D_CID}）',
         leaf(aws_html(s21, 'アンケートご協力のお願い', 'ja'), 'html', cte='base64'), subj_charset='iso-2022-jp')

# ---- Credly, more ----
# 022 Credly: badge issued to Priya after her merge (Gmail)
w = A_DONE + dt.timedelta(days=2, hours=19, minutes=5)
t22 = """Priya, you've earned a badge from Amazon Web Services Training and Certification!

AWS Certified Data Engineer - Associate

Accept your badge to:
 * Share it on LinkedIn and other social networks
 * Let employers verify it with a single click
 * Discover jobs that match your skills

Accept badge: https://www.credly.com/earner/earned/badge/9e41d2f3-8a6b-4c01-b5e7-33c2a1f0d7b4

This badge was issued to priya.raman.dev@gmail.com. Not you? Let us know at https://support.credly.com""" + CREDLY_FOOT
h22 = credly_html('<p style="font-size:21px;font-weight:bold;">Priya, you&#39;ve earned a badge from Amazon Web Services Training and Certification!</p>'
                  '<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/6ee4b0e1-6d0e-4c4c-9a9c-4f1b5e0e3b7e/image.png" width="140" alt=""><br><b>AWS Certified Data Engineer &ndash; Associate</b></p>'
                  '<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/9e41d2f3-8a6b-4c01-b5e7-33c2a1f0d7b4" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:3px;">Accept badge</a></p>'
                  '<p>Accept your badge to share it on LinkedIn, let employers verify it with a single click, and discover jobs that match your skills.</p>'
                  '<p style="font-size:12px;color:#888;">This badge was issued to priya.raman.dev@gmail.com.</p>')
sg_mail('022-credly-earned-badge-accept.eml', 'credly_badge_issued', None, t22, 'en', 'gmail', PRIYA, w,
        addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
        "Priya, you've earned a badge from Amazon Web Services Training and Certification",
        alt(t22, h22, cte='quoted-printable', bstyle='x'), True)

# 023 Credly: reminder that a badge is still waiting to be accepted (still counts: ready to accept)
w = w + dt.timedelta(days=7, hours=1, minutes=12)
t23 = """Hi Priya,

Your AWS Certified Solutions Architect - Associate badge from Amazon Web Services Training and Certification is still waiting for you.

It was added to your account on the date your certification records were updated. Accept it now to start showing it off:
https://www.credly.com/earner/earned/badge/1a7c3e55-0b2d-49f6-8e1a-6c9d2f4b8a03

Once accepted, your badge appears on your public profile and can be shared anywhere.

Thanks,
The Credly Team""" + CREDLY_FOOT
sg_mail('023-credly-reminder-badge-waiting.eml', 'credly_badge_issued', None, t23, 'en', 'gmail', PRIYA, w,
        addr('Credly', 'admin@credly.com'), 'Reminder: your badge is waiting to be accepted',
        alt(t23, credly_html(html_of(t23)), cte='quoted-printable', bstyle='x'), True)

# 024 older Acclaim sender (youracclaim.com), 2020, Fastmail
LUKAS = 'lukas.brenner@fastmail.com'
w = T('2020-03-04 08:27:51')
t24 = """Lukas,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified DevOps Engineer - Professional

Accept your badge and share your achievement with your professional network.

Accept Badge >> https://www.youracclaim.com/badges/aa0f3e2c-4d1b-4c7a-9e2e-8f5b1d6a7c90/accept

This badge was previously held on another Acclaim account belonging to you and has been re-issued here at the request of the issuer.

--
Acclaim by Credly, Inc.
Manage notification settings: https://www.youracclaim.com/earner/settings"""
sg_mail('024-acclaim-badge-reissued-2020.eml', 'credly_badge_issued', None, t24, 'en', 'fastmail', LUKAS, w,
        addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
        'Amazon Web Services Training and Certification has issued you a new badge',
        alt(t24, credly_html(html_of(t24), 'Acclaim'), cte='7bit', bstyle='x'), True,
        from_domain='youracclaim.com', mf_domain='em.youracclaim.com')

# 025 look-alike Credly domain, about merged badges -> keeps content kind, not verified
DAN = 'dan.okafor@yahoo.com'
w = T('2025-04-14 03:41:19')
t25 = """Hello Dan,

As part of your recent AWS Certification account merge, 3 digital badges were transferred to a new Credly wallet and are ready to accept.

To keep your badges active you must accept them within 48 hours. Sign in with your AWS Certification (CertMetrics) username and password to continue:

https://credly-badgecenter.com/accept?u=dan.okafor%40yahoo.com&ref=aws-merge

Badges that are not accepted will be revoked.

Credly Support Team"""
h25 = ('<html><body style="font-family:Arial;"><div style="max-width:520px;margin:auto;"><img src="https://credly-badgecenter.com/static/logo.png" alt="Credly">'
       + html_of(t25).replace('https://credly-badgecenter.com/accept?u=dan.okafor%40yahoo.com&amp;ref=aws-merge',
                              '<a href="https://credly-badgecenter.com/accept?u=dan.okafor%40yahoo.com&amp;ref=aws-merge">Accept my badges</a>')
       + '</div></body></html>')
sg_mail('025-lookalike-credly-badges-transferred.eml', 'credly_badge_issued', None, t25, 'en', 'yahoo', DAN, w,
        addr('Credly', 'no-reply@credly-badgecenter.com'), 'Action required: your AWS badges were transferred - accept within 48h',
        alt(t25, h25, cte='base64', bstyle='x'), False,
        from_domain='credly-badgecenter.com', mf_domain='mail.credly-badgecenter.com', pol='NONE')

# 026 Credly's own self-service account merge code (genuine Credly, not the AWS merge) -> unrelated
w = A_DONE + dt.timedelta(days=4, hours=2, minutes=30)
code26 = '%06d' % R.randrange(10**6)
t26 = f"""Hi Priya,

We received a request to merge the Credly account registered to priya.r@northwind-analytics.com into your account.

Your verification code is: {code26}

Or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={rhex(40)}

This code expires in 30 minutes. After the merge, badges, followers and settings from the other account are combined into this one and the other account is closed. If you did not request this, you can ignore this email.

The Credly Team""" + CREDLY_FOOT
sg_mail('026-credly-self-service-merge-code.eml', 'unrelated', None, t26, 'en', 'gmail', PRIYA, w,
        addr('Credly', 'admin@credly.com'), 'Your Credly account merge verification code',
        alt(t26, credly_html(html_of(t26)), cte='quoted-printable', bstyle='x'), True)

# 027 Credly badge expiry reminder -> unrelated
w = T('2024-09-30 15:02:44')
t27 = """Hi Marcus,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, expires on November 9, 2024.

To keep it active, complete the recertification requirements set by the issuer before the expiration date. Once your badge expires it will still be visible on your profile, marked as expired.

View badge: https://www.credly.com/badges/0c6e1b3a-7d2f-4e58-b9a1-5f3c8d2e6a17

The Credly Team""" + CREDLY_FOOT
sg_mail('027-credly-badge-expires-soon.eml', 'unrelated', None, t27, 'en', 'outlook', MARCUS, w,
        addr('Credly', 'admin@credly.com'), 'Your AWS Certified Developer - Associate badge expires in 40 days',
        alt(t27, credly_html(html_of(t27)), cte='quoted-printable', bstyle='x'), True)

# 028 Credly look-alike phishing not about the merge -> unrelated, not verified
w = T('2025-06-02 22:17:05')
t28 = """Dear Credly user,

We detected unusual sign-in activity on your Credly account. To protect your badges, your account will be suspended within 24 hours unless you verify your identity.

Verify now: http://credly-secure-verify.net/login?session=8831a7

Credly Security"""
top28 = trace('gmail', PRIYA, w, 'mail.credly-secure-verify.net', '185.231.68.44', 'info@credly-secure-verify.net', 'credly-secure-verify.net',
              dkim_d=None, spf='softfail', dkim='none', dmarc='none', pol='NONE')
build('028-lookalike-credly-account-suspended.eml', 'unrelated', None, t28, False, 'en', top28,
      [('From', addr('Credly Security', 'security@credly-secure-verify.net')), ('To', PRIYA),
       ('Subject', 'Urgent: unusual activity - your Credly account will be suspended'), ('Date', rfc(w, 3)),
       ('Message-ID', '<%s@credly-secure-verify.net>' % rhex(20)), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
      leaf(t28, cte='7bit', charset='us-ascii'))

# 029 spoofed admin@credly.com: top (trusted) A-R says dmarc=fail; a forged A-R lower down says pass
w = T('2025-03-19 11:48:26')
t29 = f"""Hi Lukas,

Following the merge of your AWS Certification accounts, Amazon Web Services Training and Certification has issued you 2 badges.

 - AWS Certified DevOps Engineer - Professional
 - AWS Certified Security - Specialty

Accept your badges: https://credly.com.badge-accept.info/claim/{rhex(12)}

Credly"""
top29 = trace('gmail', 'lukas.brenner.ops@gmail.com', w, 'vps-2291.hostlite.ru', '91.215.152.7', 'bounce@hostlite.ru', 'credly.com',
              dkim_d='credly.com', dkim='fail', spf='softfail', dmarc='fail', pol='REJECT')
top29 += ['Authentication-Results: credly.com; spf=pass smtp.mailfrom=admin@credly.com;\n\tdkim=pass header.d=credly.com; dmarc=pass header.from=credly.com',
          dkim_sig('credly.com', 's1', w),
          'Received: from localhost (localhost [127.0.0.1])\n\tby vps-2291.hostlite.ru (Postfix) with ESMTP id 4F1A22C0A1;\n\t%s' % rfc(w, 3)]
build('029-spoofed-credly-dmarc-fail-forged-ar.eml', 'credly_badge_issued', None, t29, False, 'en', top29,
      [('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
       ('To', 'lukas.brenner.ops@gmail.com'), ('Subject', 'You have 2 new badges from Amazon Web Services Training and Certification'),
       ('Date', rfc(w, 3)), ('Message-ID', '<%s@vps-2291.hostlite.ru>' % rhex(16))],
      alt(t29, credly_html(html_of(t29)), cte='quoted-printable', bstyle='x'))

# 030 Credly newsletter -> unrelated
w = T('2025-01-21 16:00:03')
t30 = """Your 2024 in skills

Hi Dan, here is a look back at your year on Credly:

 - 2 badges earned
 - 148 profile views
 - Top skill: Amazon Web Services (AWS)

Trending this month: AI and machine learning credentials saw a 38% jump in issuance. Explore learning paths and new certifications from organizations on Credly.

Explore: https://info.credly.com/skills-report-2024

You are receiving this newsletter because you subscribed to Credly updates. Unsubscribe: https://info.credly.com/unsubscribe"""
sg_mail('030-credly-newsletter-year-in-skills.eml', 'unrelated', None, t30, 'en', 'yahoo', DAN, w,
        addr('Credly', 'news@info.credly.com'), 'Dan, your 2024 year in skills is here',
        leaf(credly_html(html_of(t30), 'Your year in skills'), 'html', cte='quoted-printable'), True,
        from_domain='info.credly.com', dkim_d='info.credly.com', mf_domain='info.credly.com')

# ---- more completions ----
# 031 console case (Lukas, Fastmail, 11-digit 2023): certifications now appear under one id
E_CID = '12093318842'
w = T('2023-02-16 19:26:40')
t31 = """Hello Lukas,

Thank you for your patience.

I'm happy to let you know that all of your certifications, including the two that were previously attached to AWS03310458, now appear under candidate ID AWS09987126. The AWS03310458 login has been retired, so please use lukas.brenner@fastmail.com going forward.

If you find anything missing from your transcript, reply on this case from the Support Center and I'll take a look.

Best regards,

Kevin R.
Amazon Web Services

Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/home#/case/?displayId=12093318842&language=en&rating=1 (Poor) ... &rating=5 (Excellent)""" + CONSOLE_FOOT_EN.format(cid=E_CID)
aws_mail('031-console-all-certs-under-one-id.eml', 'merge_completed', E_CID, t31, 'en', 'fastmail', LUKAS, w, CONSOLE_FROM,
         f'RE:[CASE {E_CID}] Please combine my two certification accounts', alt(t31, aws_html(html_of(t31)), bstyle='java'))

# 032 non-native agent wording, "actioned", Gmail quote of user's confirmation
WEI = 'wei.zhang.cloud@gmail.com'
F_OPEN = T('2024-08-05 02:44:10')
F_CID = case15(F_OPEN)
F_CONF = T('2024-08-06 13:20:00')
w = T('2024-08-07 07:05:51')
t32_new = """Dear Wei,

Greetings from AWS Training and Certification!

This is with reference to your request for combining of your certification accounts. Kindly note that the same has been actioned successfully from our end. Your certifications of aws 08816342 are now reflecting under AWS 15502971 and you may login with your primary email going forward. The secondary account is deactivated as per process.

Request you to kindly verify at your end and revert in case of any discrepancy.

Thanks & Regards,
Deepika S.
AWS Training and Certification Customer Support"""
t32 = t32_new + TC_SIG_EN + '\n' + gmail_quote(F_CONF, 'Wei Zhang', WEI, 'Hello Deepika,\n\nYes, I confirm. Merge AWS08816342 into AWS15502971 please.\n\nBest,\nWei', off=8)
aws_mail('032-nonnative-request-actioned.eml', 'merge_completed', F_CID, t32_new, 'en', 'gmail', WEI, w, FORM_FROM,
         f'RE:[CASE {F_CID}] {FORM_SUBJ}', leaf(t32, cte='quoted-printable'))

# 033 look-alike domain claiming the accounts were unified -> merge_completed, not verified
w = T('2025-05-31 06:12:09')
t33 = """Hello Priya,

Your AWS Certification accounts AWS04417385 and AWS11892406 have now been unified into a single profile.

To finalise the process and keep your certifications valid, please re-verify your sign-in details within 24 hours:
https://aws-certification-support.com/verify?case=174835566756127

Failure to verify may result in your certifications being suspended.

Regards,
AWS Training & Certification Support Team"""
top33 = trace('gmail', PRIYA, w, 'mta1.aws-certification-support.com', '45.88.104.19', 'mailer@aws-certification-support.com',
              'aws-certification-support.com', dkim_d='aws-certification-support.com', dkim_sel='default', pol='NONE')
top33.append(dkim_sig('aws-certification-support.com', 'default', w))
build('033-lookalike-domain-accounts-unified.eml', 'merge_completed', A_CID, t33, False, 'en', top33,
      [('From', addr('AWS Training and Certification', 'support@aws-certification-support.com')), ('To', PRIYA),
       ('Subject', f'RE:[CASE {A_CID}] Your accounts have been unified - action required'), ('Date', rfc(w)),
       ('Message-ID', '<%s@aws-certification-support.com>' % rhex(24))],
      alt(t33, aws_html(html_of(t33)), bstyle='gmail'))

# 034 short agent reply "all set", Gmail-quoted history, no "complete"/"merged"
SOFIA = 'sofia.marquez.it@gmail.com'
G_OPEN = T('2024-10-21 17:33:02')
G_CID = case15(G_OPEN)
G_CONF = T('2024-10-23 01:10:44')
w = T('2024-10-24 14:47:19')
t34_new = """Hi Sofia,

All set! From today you'll only need AWS-10239487 to sign in, and everything from aws-06671120 is now listed there. The old login can no longer be used.

Let us know if anything looks off.

Cheers,
Tom
AWS Training and Certification Customer Support"""
user34 = 'Hi Tom,\n\nConfirmed, the details are correct. Please proceed with the merge.\n\nSofia Marquez'
agent34 = ('Hi Sofia,\n\nBefore we proceed, please confirm you would like AWS06671120 to be merged into AWS10239487. '
           'AWS10239487 will be the account that remains. This cannot be undone.\n\nThanks,\nTom')
t34 = t34_new + '\n\n' + gmail_quote(G_CONF, 'Sofia Marquez', SOFIA, user34 + '\n\n' + gmail_quote(G_CONF - dt.timedelta(hours=20), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', agent34, off=-7), off=-7)
h34 = aws_html(html_of(t34_new) + '<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
               + html_of(user34) + '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + html_of(agent34)
               + '</blockquote></blockquote></div>')
aws_mail('034-all-set-only-one-login.eml', 'merge_completed', G_CID, t34_new, 'en', 'gmail', SOFIA, w, FORM_FROM,
         f'RE:[CASE {G_CID}] {FORM_SUBJ}', alt(t34, h34, bstyle='java', cte='quoted-printable'))

# 035 Japanese, docomo, 10-digit case (2019), "一本化を実施いたしました", UTF-8 base64
YAMA = 'sho.yamamoto.0817@docomo.ne.jp'
H_CID = '6231457890'
w = T('2019-07-02 06:31:15')
t35 = f"""山本 翔 様

AWS トレーニングと認定サポートへお問い合わせいただき、ありがとうございます。
担当の小林でございます。

ご依頼のとおり、認定アカウントの一本化を実施いたしました。
今後は AWS09120558 のみをご利用いただけます。旧アカウント AWS01847736 に紐づいていた
認定資格および受験履歴は、すべて AWS09120558 に引き継がれております。

旧アカウントのメールアドレス（sho.yamamoto@example-univ.ac.jp）ではサインインできなくなっておりますので、ご注意ください。

ご不明な点がございましたら、本メールへご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート
ケース ID: {H_CID}"""
aws_mail('035-ippon-ka-docomo-10digit-ja.eml', 'merge_completed', H_CID, t35, 'ja', 'docomo', YAMA, w, FORM_FROM_JA,
         f'RE:[CASE {H_CID}] 認定アカウントについて', leaf(t35, cte='base64'), subj_charset='iso-2022-jp')

# 036 wrong charset label: declared iso-8859-1, body is UTF-8 (curly quotes, em dash), 8bit; Yahoo
I_CID = '10982345561'
w = T('2022-05-12 20:14:37')
t36 = """Hi Dan,

Thanks for bearing with us — here’s where things stand.

We’ve folded your older profile (AWS 02274519) into AWS 11530864. The 11530864 account is now the only one tied to your name; the older login has been switched off, and your exam history and both certifications travelled across with it.

One thing to note: the 50% discount voucher you earned on the older profile has been re-issued under AWS 11530864 with the same expiry date.

Best,
Aisha K.
AWS Training & Certification Customer Support
“Please do not open a new case for this request — reply here instead.”"""
aws_mail('036-folded-older-profile-wrong-charset.eml', 'merge_completed', I_CID, t36, 'en', 'yahoo', DAN, w, FORM_FROM,
         f'RE:[CASE {I_CID}] {FORM_SUBJ}', leaf(t36, cte='8bit', charset='utf-8', label='iso-8859-1'),
         dkim_sel=SES_SEL['amazon.com'])

# 037 agent says the work is done AND that the case is being resolved (boundary: labelled merge_completed)
ANA = 'ana.souza.dev@gmail.com'
J_OPEN = T('2025-04-07 12:09:30')
J_CID = case15(J_OPEN)
w = T('2025-04-10 18:40:02')
t37 = f"""Hello Ana,

I have good news. Our certification team has finished the work on your two accounts: AWS14408213 is now the single account holding all of your certifications and exam history, and AWS03982275 has been closed.

As this resolves your request, I am going to close this case now. You may receive a short survey about my handling of your case; your feedback is much appreciated.

Please allow up to a week for Credly to show the badges on the account you kept.

Best regards,
Rafael M.
AWS Training and Certification Customer Support

Case ID: {J_CID}"""
aws_mail('037-work-done-and-closing-case.eml', 'merge_completed', J_CID, t37, 'en', 'gmail', ANA, w, FORM_FROM,
         f'RE:[CASE {J_CID}] {FORM_SUBJ}', alt(t37, aws_html(html_of(t37)), bstyle='java', cte='quoted-printable'))

# 038 console "case resolved" HTML-only with star ratings (Lukas' console case)
w = T('2023-02-16 19:27:12')
s38 = (f'<p>Hello,</p><p>Your AWS Support case <a href="https://console.aws.amazon.com/support/home#/case/?displayId={E_CID}&amp;language=en">{E_CID}</a> '
       f'(&ldquo;Please combine my two certification accounts&rdquo;) has been marked <b>Resolved</b>.</p>'
       '<p>We&rsquo;d love to hear how we did. Please rate your overall experience with AWS Support:</p>'
       '<p style="font-size:26px;">'
       + ''.join(f'<a href="https://console.aws.amazon.com/support/feedback?displayId={E_CID}&amp;stars={i}" style="color:#ff9900;text-decoration:none;">&#9734;</a>' for i in range(1, 6))
       + '</p><p>If your issue is not resolved, you can reopen the case from the Support Center within 14 days.</p>'
       '<p>Sincerely,<br>Amazon Web Services</p>')
new38 = f'Your AWS Support case {E_CID} has been marked Resolved. Please rate your overall experience with AWS Support.'
aws_mail('038-console-case-resolved-star-rating-html.eml', 'survey', E_CID, new38, 'en', 'fastmail', LUKAS, w, CONSOLE_FROM,
         f'Amazon Web Services: Your Support case {E_CID} has been resolved', leaf(aws_html(s38, 'Case resolved'), 'html', cte='quoted-printable'))

# 039 separate survey sender, Qualtrics-style link (Wei)
w = T('2024-08-08 15:00:27')
t39 = f"""Dear Wei,

You recently contacted AWS Training and Certification Customer Support (reference {F_CID}). We'd like to hear about your experience.

The survey takes about 3 minutes:
https://amazonmr.qualtrics.com/jfe/form/SV_3Vq8hT0aZkF5bWe?ref={F_CID}&lang=en

Thank you for helping us improve.

AWS Training and Certification
This survey is administered on behalf of Amazon Web Services, Inc. Privacy Notice: https://aws.amazon.com/privacy/"""
aws_mail('039-tc-experience-survey-qualtrics.eml', 'survey', F_CID, t39, 'en', 'gmail', WEI, w,
         addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'), 'How did we do? Tell us about your recent support experience',
         alt(t39, aws_html(html_of(t39), 'Survey'), bstyle='java'))

# 040 automated closure that recaps the resolution (labelled survey)
w = T('2024-10-24 14:48:05')
t40 = f"""Hello Sofia,

Case {G_CID} has been resolved and closed.

Case summary
Subject: account-assistance
Request: Account Merge
Resolution: AWS06671120 combined into AWS10239487; AWS10239487 retained.
Agent: Tom

Was your issue resolved?
  Yes  https://aws-tc-feedback.amazon.com/s/{G_CID}/y
  No   https://aws-tc-feedback.amazon.com/s/{G_CID}/n

Replying to this email within 14 days will reopen the case.

AWS Training and Certification"""
aws_mail('040-closure-with-resolution-summary.eml', 'survey', G_CID, t40, 'en', 'gmail', SOFIA, w, FORM_FROM,
         f'[CASE {G_CID}] Case resolved - was your issue resolved?', alt(t40, aws_html(html_of(t40)), bstyle='java', cte='base64'))

# 041 Japanese survey for the 2019 docomo case, ISO-2022-JP
w = T('2019-07-02 06:33:40')
t41 = f"""山本 翔 様

このたびは AWS トレーニングと認定サポートをご利用いただき、誠にありがとうございました。
ケース {H_CID} は解決済みとなりました。

サービス向上のため、アンケートへのご協力をお願いいたします。
問題は解決しましたか？

　はい　→ https://aws-tc-feedback.amazon.com/ja/{H_CID}/yes
　いいえ → https://aws-tc-feedback.amazon.com/ja/{H_CID}/no

また、担当者の対応を 5 段階で評価していただけますと幸いです。
https://aws-tc-feedback.amazon.com/ja/{H_CID}/rate

AWS トレーニングと認定"""
aws_mail('041-resolved-survey-iso2022jp-ja.eml', 'survey', H_CID, t41, 'ja', 'docomo', YAMA, w, FORM_FROM_JA,
         f'【AWS トレーニングと認定】ケース解決のお知らせとアンケートのお願い', leaf(t41, charset='iso-2022-jp', cte='7bit'),
         subj_charset='iso-2022-jp')

# 042 plain "Was your issue resolved? YES / NO", corporate mailbox with no Authentication-Results -> verified null
CORP = 'n.ivanova@baltic-logistics.eu'
K_OPEN = T('2024-12-02 08:15:49')
K_CID = case15(K_OPEN)
w = T('2024-12-05 10:02:31')
t42 = f"""Hello,

We hope we were able to help with case {K_CID}. This case is now closed.

Was your issue resolved?  YES / NO
https://aws-tc-feedback.amazon.com/q?c={K_CID}

Thank you,
AWS Training and Certification Customer Support"""
sid = ses_id(w)
top42 = trace('corp', CORP, w, 'a8-77.smtp-out.amazonses.com', '54.240.8.77', sid + '@email.amazonses.com', 'amazon.com')
top42 += [dkim_sig('amazon.com', SES_SEL['amazon.com'], w), dkim_sig('amazonses.com', SES_SEL['amazonses.com'], w)]
build('042-closed-yes-no-no-auth-results.eml', 'survey', K_CID, t42, None, 'en', top42,
      [('From', FORM_FROM), ('To', CORP), ('Subject', f'[CASE {K_CID}] {FORM_SUBJ} - Was your issue resolved?'), ('Date', rfc(w)),
       ('Message-ID', '<%s@email.amazonses.com>' % sid), ('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % rb64(33)[:43])],
      leaf(t42, cte='7bit', charset='us-ascii'))

# ---- Raj Patel: never answered the question, chaser then auto-closure ----
RAJ = 'raj.patel.builds@gmail.com'
L_OPEN = T('2025-03-03 16:47:21')
L_CID = case15(L_OPEN)
L_ASK = T('2025-03-04 18:02:10')
l_ask = """Hello Raj,

Thank you for contacting AWS Training and Certification. We found two accounts under your name: AWS05120984 and AWS12877403. Could you please let us know which of the two you would like to keep, and the e-mail address you use to sign in to each?

Regards,
Nikhil P."""

# 043 chaser
w = T('2025-03-07 18:05:44')
t43_new = """Hello Raj,

We are following up on our previous message, as we have not yet heard back from you.

To go ahead with your request we still need to know which account should remain active (AWS05120984 or AWS12877403), and the sign-in e-mail for each. If we don't receive a reply within the next 3 business days, this case will be closed automatically; you can reopen it at any time by replying to this email.

Regards,
Nikhil P.
AWS Training and Certification Customer Support"""
t43 = t43_new + '\n\n' + orig_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', L_ASK, RAJ, f'RE:[CASE {L_CID}] {FORM_SUBJ}', l_ask)
aws_mail('043-chaser-which-account-to-keep.eml', 'support_reply', L_CID, t43_new, 'en', 'gmail', RAJ, w, FORM_FROM,
         f'RE:[CASE {L_CID}] {FORM_SUBJ}', leaf(t43, cte='quoted-printable'))

# 044 auto-closure for inactivity (closure notice -> survey)
w = T('2025-03-12 18:06:02')
t44 = f"""Hello Raj,

Since we haven't heard back from you, we've closed case {L_CID}. No changes have been made to your accounts.

If you still need help, just reply to this email and the case will be reopened with the full history, so you won't need to explain everything again.

Before you go, could you tell us how we did? It only takes a minute:
https://aws-tc-feedback.amazon.com/survey?caseId={L_CID}

AWS Training and Certification Customer Support"""
aws_mail('044-closed-no-response-rate-us.eml', 'survey', L_CID, t44, 'en', 'gmail', RAJ, w, FORM_FROM,
         f'[CASE {L_CID}] We closed your case', alt(t44, aws_html(html_of(t44)), bstyle='java'))

# 045 survey for a different AWS case (billing) -> unrelated
P_OPEN = T('2025-06-18 09:30:55')
P_CID = case15(P_OPEN)
w = T('2025-06-19 21:15:40')
t45 = f"""Hello,

Your AWS Support case {P_CID} ("Unexpected charge on May invoice - NAT Gateway") has been resolved.

Case ID: {P_CID}
Service: Billing
Category: Charges - Unexpected

Was this response helpful? Please take a moment to rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={P_CID}&language=en&feedback=true""" + CONSOLE_FOOT_EN.format(cid=P_CID)
aws_mail('045-billing-case-resolved-survey.eml', 'unrelated', P_CID, t45, 'en', 'gmail', PRIYA, w, CONSOLE_FROM,
         f'Amazon Web Services: Your Support case {P_CID} has been resolved', alt(t45, aws_html(html_of(t45)), bstyle='java'))

# 046 Japanese status update (queue busy), OCN, boundary "統合完了後"
ITO = 'y-ito.2231@ybb.ocn.ne.jp'
M_OPEN = T('2025-01-14 00:20:41')
M_CID = case15(M_OPEN)
w = T('2025-01-20 07:45:12')
t46 = f"""伊藤 由紀 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。

先日ご確認いただきました AWS04006619 から AWS16290352 へのアカウント統合につきまして、現在担当部署にて作業を進めております。
申し訳ございませんが、現在お問い合わせが大変混み合っており、通常よりお時間をいただいております。

統合が完了しましたら、改めて本ケースにてご連絡いたします。
また、同じ内容で新たにケースを作成されますと対応が重複し、さらにお時間を要する場合がございますので、本ケースにてお待ちいただけますと幸いです。

ご不便をおかけし申し訳ございませんが、何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート"""
aws_mail('046-status-update-queue-busy-ja.eml', 'support_reply', M_CID, t46, 'ja', 'ocn', ITO, w, FORM_FROM_JA,
         f'RE:[CASE {M_CID}] {FORM_SUBJ}', alt(t46, aws_html(html_of(t46), lang='ja'), charset='iso-2022-jp', cte='7bit', hcte='base64'),
         subj_charset='iso-2022-jp')

# 047 question about something other than the merge (voucher), after the merge; quoted history mentions the merge
w = T('2024-10-29 09:12:54')
sofia_q = """Hi Tom,

Thanks again for sorting out my accounts. One more question: I had a 50% discount voucher from my Cloud Practitioner on the old account. I can't see it in the Benefits section. Is it lost?

Sofia"""
t47_new = """Hi Sofia,

Good question. The discount benefit is not lost: benefits are re-generated on the account you kept, and this can take up to 48 hours after the change. I can see a new 50% exam discount under AWS10239487 in our system now, valid until 14 March 2025. It should appear under Benefits > Exam Discounts the next time you sign in.

If you still cannot see it, please send me a screenshot of the Benefits page and I'll check further.

Cheers,
Tom
AWS Training and Certification Customer Support"""
t47 = t47_new + '\n\n' + gmail_quote(T('2024-10-28 22:40:11'), 'Sofia Marquez', SOFIA, sofia_q + '\n\n' + gmail_quote(T('2024-10-24 14:47:19'), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', t34_new, off=-7), off=-7)
aws_mail('047-voucher-question-after-merge.eml', 'support_reply', G_CID, t47_new, 'en', 'gmail', SOFIA, w, FORM_FROM,
         f'RE:[CASE {G_CID}] {FORM_SUBJ}', alt(t47, aws_html(html_of(t47)), bstyle='java'))

# 048 console "New correspondence added" notice (Lukas)
w = T('2023-02-16 19:26:44')
t48 = f"""Hello,

We've updated your AWS Support case {E_CID}. To view the new correspondence, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={E_CID}&language=en

Case ID: {E_CID}
Subject: Please combine my two certification accounts
Severity: General guidance

Thank you for using Amazon Web Services.""" + CONSOLE_FOOT_EN.format(cid=E_CID)
aws_mail('048-console-new-correspondence-added.eml', 'support_reply', E_CID, t48, 'en', 'fastmail', LUKAS, w, CONSOLE_FROM,
         f'[Case {E_CID}] New correspondence added', alt(t48, aws_html(html_of(t48)), bstyle='java', cte='7bit'))

# 049 reopened case: user asked to undo; agent explains it cannot be reversed (support_reply)
w = T('2025-04-15 13:22:08')
ana_q = """Hello,

I'm sorry, I just realised I wanted to keep the other account (AWS03982275) because my employer's training portal is linked to it. Is it possible to switch it back?

Ana"""
t49_new = f"""Hello Ana,

Your case has been reopened following your reply.

I understand the situation with your employer's training portal. Unfortunately, once accounts have been combined the action cannot be reversed, and AWS03982275 cannot be reactivated. What we can do is update the sign-in e-mail on AWS14408213 so it matches the address your employer's portal uses. If you would like that, please reply with the e-mail address to be used, and confirm that you have access to it.

Best regards,
Rafael M.
AWS Training and Certification Customer Support"""
t49 = t49_new + '\n\n' + gmail_quote(T('2025-04-15 02:10:40'), 'Ana Souza', ANA, ana_q, off=-3)
aws_mail('049-reopened-cannot-reverse-offer-email-change.eml', 'support_reply', J_CID, t49_new, 'en', 'gmail', ANA, w, FORM_FROM,
         f'RE:[CASE {J_CID}] {FORM_SUBJ}', alt(t49, aws_html(html_of(t49)), bstyle='java'))

# ---- Omar Haddad, Outlook, console case (2024), three accounts ----
OMAR = 'omar.haddad@hotmail.com'
N_OPEN = T('2024-06-24 06:58:37')
N_CID = case15(N_OPEN)
N_SUBJ = 'Merge three AWS Certification accounts into one'

# 050 console case opened (English)
w = N_OPEN + dt.timedelta(seconds=14)
t50 = f"""Thank you for contacting Amazon Web Services. We have opened case {N_CID} to address your issue.

The details of your case are as follows:

Case ID: {N_CID}
Subject: {N_SUBJ}
Severity: General guidance
Correspondence: Hi, I accidentally created three certification accounts over the years (AWS01199245, aws-07350018 and AWS 13046672). I would like to keep AWS13046672. Thank you.

You will receive an email notification when there is an update to your case. Please sign in to the AWS Support Center to see updates or to add information.

Sincerely,
Amazon Web Services""" + CONSOLE_FOOT_EN.format(cid=N_CID)
aws_mail('050-console-opened-three-accounts.eml', 'case_created', N_CID, t50, 'en', 'outlook', OMAR, w, CONSOLE_FROM,
         f'Amazon Web Services: You have opened a new Support case: {N_CID}', alt(t50, aws_html(html_of(t50)), bstyle='java'))

# 051 confirmation request, non-native English, three accounts, "revert"
w = T('2024-06-26 11:37:05')
t51 = f"""Dear Omar,

Greetings of the day!

As per your request we have checked and found below accounts registered in your name:

1. AWS01199245 (omar.haddad@hotmail.com)
2. AWS07350018 (o.haddad@techtonic-me.com)
3. AWS13046672 (omar.h.cloud@gmail.com)

We will be merging account 1 and account 2 into account 3 i.e. AWS13046672, which will be retained. Kindly be informed that after merging, the account 1 and 2 will not be accessible anymore and this process is irreversible.

Please revert with your confirmation for the same so that we can process further.

Thanks and regards,
Sandeep K.
Amazon Web Services

Was this response helpful? Click here to rate: https://console.aws.amazon.com/support/home#/case/?displayId={N_CID}&language=en""" + CONSOLE_FOOT_EN.format(cid=N_CID)
aws_mail('051-nonnative-please-revert-confirmation.eml', 'merge_confirmation_requested', N_CID, t51, 'en', 'outlook', OMAR, w, CONSOLE_FROM,
         f'RE:[CASE {N_CID}] {N_SUBJ}', alt(t51, aws_html(html_of(t51)), bstyle='java', cte='quoted-printable'))

# 052 second case opened by Raj after the auto-closure (form desk ack, HTML only, different template)
L2_OPEN = T('2025-03-20 19:03:12')
L2_CID = case15(L2_OPEN)
w = L2_OPEN + dt.timedelta(seconds=37)
s52 = (f'<h2 style="font-size:19px;">We&rsquo;ve got your message</h2><p>Hi Raj,</p>'
       f'<p>Thanks for contacting AWS Training and Certification. Your request has been logged under reference <b>{L2_CID}</b>. '
       'A member of our support team will get back to you, normally within one business day.</p>'
       '<p><b>Your request</b><br>Inquiry: Certification / Account Merge<br>Candidate ID provided: AWS12877403</p>'
       '<p>Tip: you can add details at any time by replying to this email. Please don&rsquo;t submit the form again for the same issue.</p>'
       '<p>AWS Training and Certification Customer Support</p>')
new52 = (f"We've got your message. Your request has been logged under reference {L2_CID}. Inquiry: Certification / Account Merge. "
         'Candidate ID provided: AWS12877403')
aws_mail('052-second-request-logged-html-only.eml', 'case_created', L2_CID, new52, 'en', 'gmail', RAJ, w, FORM_FROM,
         f'[CASE {L2_CID}] {FORM_SUBJ}', leaf(aws_html(s52, 'Request received'), 'html', cte='base64'))

# 053 phishing look-alike asking to confirm the merge -> merge_confirmation_requested, not verified
w = T('2025-05-06 04:18:50')
t53 = """Dear Candidate,

We have identified duplicate AWS Certification profiles registered to your e-mail address. In line with our policy, these profiles will be merged into one.

To confirm the merge and select the profile to keep, please sign in below within 72 hours. If no confirmation is received, all duplicate profiles will be permanently suspended.

Confirm merge: https://aws-certmerge-portal.com/confirm?id=7f1e2d

Thank you,
AWS Certification Team"""
top53 = trace('yahoo', DAN, w, 'smtp.aws-certmerge-portal.com', '193.42.33.108', 'noreply@aws-certmerge-portal.com', 'aws-certmerge-portal.com',
              dkim_d='aws-certmerge-portal.com', dkim_sel='mail', dkim='pass', spf='pass', dmarc='pass', pol='NONE')
build('053-phish-confirm-merge-within-72h.eml', 'merge_confirmation_requested', None, t53, False, 'en', top53,
      [('From', addr('AWS Certification', 'noreply@aws-certmerge-portal.com')), ('To', DAN),
       ('Subject', 'Action needed: confirm the merge of your AWS Certification profiles'), ('Date', rfc(w, 1)),
       ('Message-ID', '<%s@aws-certmerge-portal.com>' % rhex(18))],
      alt(t53, aws_html(html_of(t53)), bstyle='outlook'))

# ---- unrelated look-alikes ----
# 054 CertMetrics survey (authentic, but not AWS/Credly domain) -> unrelated, false
w = T('2025-06-05 13:30:00')
t54 = """Dear Priya Raman,

AWS Certification wants to hear from you!

You recently earned or renewed an AWS Certification. Please take 5 minutes to tell us about your exam experience and how you plan to use your certification.

Candidate ID: AWS11892406

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?t=8f2c1a

Thank you,
AWS Certification

This is an automated message from do-not-reply@certmetrics.com. Please do not reply."""
top54 = trace('gmail', PRIYA, w, 'mail-out2.certmetrics.com', '104.44.112.21', 'bounce@certmetrics.com', 'certmetrics.com',
              dkim_d='certmetrics.com', dkim_sel='cm1', pol='NONE')
top54.append(dkim_sig('certmetrics.com', 'cm1', w))
build('054-certmetrics-wants-to-hear-from-you.eml', 'unrelated', None, t54, False, 'en', top54,
      [('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', PRIYA),
       ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfc(w, -5)),
       ('Message-ID', '<%s@certmetrics.com>' % rhex(32))],
      alt(t54, aws_html(html_of(t54)), bstyle='outlook', cte='quoted-printable'))

# 055 Pearson VUE appointment confirmation -> unrelated, false
w = T('2024-01-09 17:44:21')
t55 = """Dear Marcus Oyelaran,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Friday, January 26, 2024 at 10:00 AM Eastern Standard Time
Delivery: OnVUE online proctored
Registration ID: 512274638
Candidate ID: AWS12006377

Please check in 30 minutes before your appointment. Review the OnVUE requirements at https://home.pearsonvue.com/aws/onvue

Pearson VUE"""
top55 = trace('outlook', MARCUS, w, 'mx.pearsonvue.com', '159.182.12.40', 'pearsonvue-confirmation@pearson.com', 'pearson.com',
              dkim_d='pearson.com', dkim_sel='pvue')
top55.append(dkim_sig('pearson.com', 'pvue', w))
build('055-pearson-vue-appointment-confirmation.eml', 'unrelated', None, t55, False, 'en', top55,
      [('From', addr('Pearson VUE', 'pearsonvue-confirmation@pearson.com')), ('To', MARCUS),
       ('Subject', 'Pearson VUE Confirmation of Exam Appointment'), ('Date', rfc(w, -6)),
       ('Message-ID', '<%s.JavaMail.pvue@pvprd-app07>' % R.randrange(10**9, 10**10))],
      leaf(t55, cte='7bit', charset='us-ascii'))

# 056 AWS Builder ID verification code, corporate mailbox, no Authentication-Results -> unrelated, null
w = T('2024-12-03 07:51:09')
code56 = '%06d' % R.randrange(10**6)
t56 = f"""Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. To complete sign-up, enter the verification code below.

Verification code: {code56}

(This code is valid for 10 minutes.)

AWS will never ask you to disclose or verify your password, credit card or banking account number.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc."""
sid = ses_id(w)
top56 = trace('corp', CORP, w, 'a9-14.smtp-out.amazonses.com', '54.240.9.14', sid + '@email.amazonses.com', 'signin.aws')
top56 += [dkim_sig('signin.aws', 'e5qjpe2cqnzwdi6ld2gneazf7z6ujyfs', w), dkim_sig('amazonses.com', SES_SEL['amazonses.com'], w)]
build('056-builder-id-verification-code.eml', 'unrelated', None, t56, None, 'en', top56,
      [('From', addr('AWS', 'no-reply@signin.aws')), ('To', CORP), ('Subject', 'Verify your AWS Builder ID email address'),
       ('Date', rfc(w)), ('Message-ID', '<%s@email.amazonses.com>' % sid)],
      alt(t56, aws_html(html_of(t56)), bstyle='java'))

# 057 GitHub "merged" notification -> unrelated, false
w = T('2025-05-29 09:03:40')
t57 = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/account-service/pull/482#event-17811236410
You are receiving this because you authored the thread.

Message ID: <northwind-analytics/account-service/pull/482/issue_event/17811236410@github.com>"""
h57 = ('<p>Merged <a href="https://github.com/northwind-analytics/account-service/pull/482">#482</a> into main.</p>'
       '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, '
       '<a href="https://github.com/northwind-analytics/account-service/pull/482#event-17811236410">view it on GitHub</a>.<br>'
       'You are receiving this because you authored the thread.</p>')
top57 = trace('gmail', PRIYA, w, 'out-26.smtp.github.com', '192.30.252.209', 'noreply@github.com', 'github.com',
              dkim_d='github.com', dkim_sel='pf2023', pol='REJECT')
top57.append(dkim_sig('github.com', 'pf2023', w))
build('057-github-pr-merged-notification.eml', 'unrelated', None, t57, False, 'en', top57,
      [('From', addr('Jonas Weber', 'notifications@github.com')), ('Reply-To', 'northwind-analytics/account-service <reply+ABCD7Q2@reply.github.com>'),
       ('To', 'northwind-analytics/account-service <account-service@noreply.github.com>'), ('Cc', f'Priya Raman <{PRIYA}>, Author <author@noreply.github.com>'),
       ('Subject', 'Re: [northwind-analytics/account-service] Merge duplicate user accounts on login (PR #482)'),
       ('Date', rfc(w, -7)), ('Message-ID', '<northwind-analytics/account-service/pull/482/issue_event/17811236410@github.com>'),
       ('In-Reply-To', '<northwind-analytics/account-service/pull/482@github.com>'),
       ('List-ID', 'northwind-analytics/account-service <account-service.northwind-analytics.github.com>')],
      alt(t57, h57, bstyle='x', cte='7bit'))

# 058 Amazon Seller Central case, same RE:[CASE n] subject style -> unrelated (genuine amazon.com sender)
w = T('2025-02-11 23:06:51')
t58 = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two seller accounts you mentioned. Please note that we are unable to merge seller accounts; however, you may close the secondary account from Settings > Account Info once all orders have been fulfilled and your balance has been disbursed.

We hope this information was helpful.

How would you rate my answer?
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&rating=true

Thank you for selling with Amazon,
Claudia P.
Amazon.com
https://sellercentral.amazon.com"""
aws_mail('058-seller-central-case-same-subject-style.eml', 'unrelated', '5884881212', t58, 'en', 'gmail', ANA, w,
         addr('Amazon Selling Partner Support', 'seller-notification@amazon.com'), 'RE:[CASE 5884881212] Merge my two seller accounts',
         alt(t58, aws_html(html_of(t58)), bstyle='java'))

# 059 other AWS support case (service quota) "now in effect" + rating -> unrelated
Q_OPEN = T('2025-06-23 04:10:19')
Q_CID = case15(Q_OPEN)
w = T('2025-06-23 15:42:33')
t59 = f"""Hello,

Thank you for your patience. Your request to raise the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in us-east-1 to 256 vCPUs has been approved, and the new value is now in effect for your account.

You can confirm the applied value in the Service Quotas console. I'll go ahead and resolve this case; if you need anything else, you can reopen it within 14 days.

Best regards,

Arjun S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.""" + CONSOLE_FOOT_EN.format(cid=Q_CID)
aws_mail('059-quota-increase-case-approved.eml', 'unrelated', Q_CID, t59, 'en', 'gmail', WEI, w, CONSOLE_FROM,
         f'RE:[CASE {Q_CID}] Limit Increase: EC2 Instances', alt(t59, aws_html(html_of(t59)), bstyle='java'))

# 060 Credly HTML-only: badges ready to accept after the merge (Sato, nifty)
w = D_DONE + dt.timedelta(days=3, hours=4, minutes=9)
s60 = credly_html('<p style="font-size:20px;font-weight:bold;">Misaki, 3 badges are ready for you</p>'
                  '<p>Amazon Web Services Training and Certification has issued the following badges to this Credly account '
                  'after updating your certification record:</p>'
                  '<table role="presentation" cellpadding="6">'
                  '<tr><td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="55" alt=""></td><td>AWS Certified Cloud Practitioner</td></tr>'
                  '<tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="55" alt=""></td><td>AWS Certified Solutions Architect &ndash; Associate</td></tr>'
                  '<tr><td><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="55" alt=""></td><td>AWS Certified SysOps Administrator &ndash; Associate</td></tr>'
                  '</table>'
                  '<p><a href="https://www.credly.com/earner/earned?accept=pending" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px;">Accept your badges</a></p>'
                  '<p style="font-size:13px;">Accepting lets you share your badges and lets others verify them.</p>', 'Badges ready')
new60 = ('Misaki, 3 badges are ready for you. Amazon Web Services Training and Certification has issued the following badges to this Credly account '
         'after updating your certification record. Accept your badges.')
sg_mail('060-credly-three-badges-ready-html-only.eml', 'credly_badge_issued', None, new60, 'en', 'nifty', SATO, w,
        addr('Credly', 'admin@credly.com'), 'Misaki, you have 3 new badges waiting to be accepted',
        leaf(s60, 'html', cte='quoted-printable'), True)

# ==== MORE MAILS ====

finish()
