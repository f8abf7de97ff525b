#!/usr/bin/env python3
"""Generate blind set 53: realistic AWS Certification account-merge mail (.eml) + labels.json."""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import uuid
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(5353)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CET = dt.timezone(dt.timedelta(hours=1))
POL = policy.compat32.clone(max_line_length=0)

LABELS = {}

# ----------------------------------------------------------------- helpers

def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(t):
    return str(int(t.timestamp())) + '%05d' % rnd.randint(0, 99999)


def rb64(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def fold_b64(s, first=8, width=70):
    out, line = [], s[:first]
    rest = s[first:]
    out.append(line)
    while rest:
        out.append(rest[:width])
        rest = rest[width:]
    return '\n\t '.join(out)


def hdr(text, charset='utf-8', name='Subject'):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name=name).encode(maxlinelen=76)


def addr(name, mail, charset='utf-8'):
    if name is None:
        return mail
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, mail) if any(c in name for c in ',.') else '%s <%s>' % (name, mail)
    except UnicodeEncodeError:
        return Header(name, charset).encode() + ' <%s>' % mail


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', actual=None):
    """Text part. `actual` = codec really used for the bytes (for wrong charset labels)."""
    raw = text.replace('\n', '\r\n' if False else '\n').encode(actual or charset)
    p = MIMENonMultipart('text', subtype, charset=charset)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(*parts):
    m = MIMEMultipart('alternative')
    for p in parts:
        m.attach(p)
    return m


def html_wrap(body_html, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n' % (title, body_html))


def p2html(text):
    """plain paragraphs -> simple html"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        out.append('<p>' + '<br>\n'.join(l.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') for l in lines) + '</p>')
    return '\n'.join(out)


# ------------------------------------------------------- sender profiles

def ses(from_domain, when, selector='jhbd25a3uz3o7lihdivs5bbp6qaqlsmc'):
    ms = int(when.timestamp() * 1000) - rnd.randint(300, 4000)
    sesid = '0100' + format(ms, '012x') + '-' + str(uuid.UUID(int=rnd.getrandbits(128))) + '-000000'
    c = rnd.choice([8, 9, 10, 11, 27, 28, 48])
    d = rnd.randint(2, 250)
    ip = '54.240.%d.%d' % (c, d)
    return dict(ip=ip, host='a%d-%d.smtp-out.amazonses.com' % (c, d), mailfrom=sesid + '@email.amazonses.com',
                mf_domain='amazonses.com', msgid='<%s@email.amazonses.com>' % sesid,
                dkim=[(from_domain, selector), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                extra=[('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:43]),
                       ('X-SES-Outgoing', '%s-%s' % (when.strftime('%Y.%m.%d'), ip))])


def sendgrid(from_domain, to, when):
    a, b = rnd.randint(1, 250), rnd.randint(1, 250)
    ip = '149.72.%d.%d' % (a, b)
    uid = rnd.randint(10000000, 39999999)
    local, dom = to.split('@')
    return dict(ip=ip, host='o%d.email.%s' % (rnd.randint(1, 9), from_domain),
                mailfrom='bounces+%d-%04x-%s=%s@em%d.%s' % (uid, rnd.getrandbits(16), local, dom, rnd.randint(1000, 9999), from_domain),
                mf_domain='em.%s' % from_domain,
                msgid='<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', 'x').replace('+', 'Q').rstrip('='), rnd.randint(1, 40)),
                dkim=[(from_domain, 's1'), ('sendgrid.info', 'smtpapi')], extra=[])


def plain_sender(domain, ip, host, selector='selector1', msgid_domain=None, mailfrom=None):
    return dict(ip=ip, host=host, mailfrom=mailfrom or ('bounce@' + domain), mf_domain=(mailfrom or ('bounce@' + domain)).split('@')[1],
                msgid='<%s@%s>' % (uuid.UUID(int=rnd.getrandbits(128)).hex[:24], msgid_domain or domain),
                dkim=[(domain, selector)], extra=[])


def dkim_sig(d, s, when, hlist='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    body = 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s' % (
        s, d, int(when.timestamp()), hlist, rb64(32), fold_b64(rb64(256), 60, 70))
    return ('DKIM-Signature', body)


def gmail_id():
    return '%s.%d' % (''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(14)), rnd.randint(0, 9))


def fmt(t, tz):
    return format_datetime(t.astimezone(tz))


def prov_headers(kind, to, when, snd, from_domain, dmarc='pass', dkim_ok=True, spf_ok=True, p='QUARANTINE'):
    """Return list of (name, value) headers added by the receiving side (top-most first)."""
    t_rcv = when + dt.timedelta(seconds=rnd.randint(1, 9))
    H = []
    dk = 'pass' if dkim_ok else 'fail'
    spf = 'pass' if spf_ok else 'softfail'
    if kind == 'gmail':
        tz = PDT if 3 <= when.month <= 10 else PST
        ar_core = []
        for d, s in snd['dkim']:
            ar_core.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dk if d == from_domain else 'pass', d, s, rb64(6)[:8]))
        ar_core.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
            spf, snd['mailfrom'], 'designates' if spf_ok else 'does not designate', snd['ip'], snd['mailfrom']))
        dis = 'NONE' if dmarc == 'pass' else ('QUARANTINE' if p == 'QUARANTINE' else 'NONE')
        ar_core.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, p, p, dis, from_domain))
        ar = 'mx.google.com;\n       ' + ';\n       '.join(ar_core)
        g = '2002:a05:%x:%x:b0:%x:%x:%x' % tuple(rnd.getrandbits(16) for _ in range(5))
        H += [('Delivered-To', to),
              ('Received', 'by %s with SMTP id %s;\n        %s' % (g, rb64(9).replace('/', 'a').replace('+', 'b'), fmt(t_rcv, tz))),
              ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60).replace('=', '')),
              ('X-Received', 'by %s with SMTP id %s;\n        %s' % (g.replace('a05', 'a17'), rb64(9).replace('/', 'c').replace('+', 'd'), fmt(t_rcv, tz))),
              ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(t_rcv.timestamp()), fold_b64(rb64(256), 50, 70))),
              ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (rb64(32), rb64(32), fold_b64(rb64(256), 50, 70))),
              ('ARC-Authentication-Results', 'i=1; ' + ar),
              ('Return-Path', '<%s>' % snd['mailfrom']),
              ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                  snd['host'], snd['host'], snd['ip'], gmail_id(), to, fmt(t_rcv, tz))),
              ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                  spf, snd['mailfrom'], 'designates' if spf_ok else 'does not designate', snd['ip'], snd['ip'])),
              ('Authentication-Results', ar)]
    elif kind in ('o365', 'outlook'):
        srv = lambda: '%s%dPR%02dMB%d.%s.prod.outlook.com' % (rnd.choice(['TY3', 'OS3', 'TYCP', 'PH7', 'DM6', 'AM9']), rnd.randint(0, 9), rnd.randint(1, 99), rnd.randint(1000, 9999), rnd.choice(['jpnprd01', 'namprd12', 'eurprd04']))
        fe = '%sPEPF%08X' % (rnd.choice(['SG2', 'TYZ', 'CH2', 'AM3']), rnd.getrandbits(32))
        ipv6 = '2603:10b6:%x:%x::%x' % (rnd.getrandbits(12), rnd.getrandbits(8), rnd.getrandbits(8))
        dkim_txt = 'dkim=pass (signature was verified)\n header.d=%s' % from_domain if dkim_ok else 'dkim=fail (body hash did not verify)\n header.d=%s' % from_domain
        if dmarc == 'pass':
            dm = 'dmarc=pass action=none header.from=%s;compauth=pass reason=100' % from_domain
        elif dmarc == 'none':
            dm = 'dmarc=none action=none header.from=%s;compauth=pass reason=102' % from_domain
        else:
            dm = 'dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000' % from_domain
        ar = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;%s' % (spf, snd['ip'], snd['mf_domain'], dkim_txt, dm)
        s1, s2 = srv(), srv()
        H += [('Received', 'from %s (%s) by\n %s with HTTPS; %s' % (s1, ipv6, s2, fmt(t_rcv, UTC).replace('-0000', '+0000'))),
              ('Received', 'from %s.outlook.office365.com (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                  fe, ipv6.replace('10b6', '10c6'), s1, ipv6, rnd.randint(8000, 9400), rnd.randint(10, 40), fmt(t_rcv, UTC).replace('-0000', '+0000'))),
              ('Authentication-Results', ar),
              ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                  'Pass' if spf_ok else 'SoftFail', snd['mf_domain'], snd['ip'], snd['ip'], snd['host'])),
              ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
                  snd['host'], snd['ip'], fe, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(8000, 9400), rnd.randint(10, 40), fmt(t_rcv, UTC).replace('-0000', '+0000')))]
    elif kind == 'icloud':
        H += [('Return-Path', '<%s>' % snd['mailfrom']),
              ('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % (dmarc, from_domain)),
              ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % (
                  dk, from_domain, from_domain, rb64(6)[:8], rb64(6)[:8])),
              ('Authentication-Results', 'spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
                  spf, snd['mailfrom'], snd['ip'], snd['mailfrom'])),
              ('Received-SPF', '%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (
                  spf, snd['mailfrom'], snd['ip'], snd['ip'], snd['host'], snd['mailfrom'])),
              ('Received', 'from %s (mx.icloud.com [17.57.155.%d])\n\tby p00-icloudmta-asmtp-us-west-1a-100-percent-%d (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                  snd['host'], rnd.randint(1, 250), rnd.randint(1, 20), uuid.UUID(int=rnd.getrandbits(128)).hex[:12].upper(), to, format_datetime(t_rcv.astimezone(UTC)).replace('-0000', '+0000 (UTC)')))]
    elif kind == 'none':
        # mail pulled by POP3 into a local client: no Authentication-Results anywhere
        H += [('Return-Path', '<%s>' % snd['mailfrom']),
              ('Received', 'from mx%d.biglobe.ne.jp (mx%d.biglobe.ne.jp [133.205.%d.%d])\n\tby mbox%02d.biglobe.ne.jp with LMTP id %s\n\tfor <%s>; %s' % (
                  rnd.randint(1, 4), rnd.randint(1, 4), rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 30), rb64(6)[:8], to, fmt(t_rcv, JST))),
              ('Received', 'from %s ([%s])\n\tby mx.biglobe.ne.jp with ESMTPS id 4d%s\n\tfor <%s>; %s' % (
                  snd['host'], snd['ip'], rb64(6)[:9], to, fmt(t_rcv, JST)))]
    else:
        # generic: ('nifty','ocn','yahoojp','gmx','fastmail')
        authserv = {'nifty': 'mx.nifty.com', 'ocn': 'mgw.ocn.ad.jp', 'yahoojp': 'yahoo.co.jp',
                    'gmx': 'mx.gmx.net', 'fastmail': 'mx4.messagingengine.com'}[kind]
        tz = {'nifty': JST, 'ocn': JST, 'yahoojp': JST, 'gmx': CET, 'fastmail': UTC}[kind]
        if kind == 'fastmail':
            ar = ('%s;\n    arc=none (no signatures found);\n    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n'
                  '    dmarc=%s policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n'
                  '    spf=%s smtp.mailfrom=%s smtp.helo=%s') % (authserv, dk, from_domain, from_domain, rb64(6)[:8], snd['dkim'][0][1], dmarc, from_domain, spf, snd['mailfrom'], snd['host'])
        elif kind == 'yahoojp':
            ar = '%s;\n spf=%s smtp.mailfrom=%s;\n dkim=%s header.d=%s;\n dmarc=%s header.from=%s' % (authserv, spf, snd['mf_domain'], dk, from_domain, dmarc, from_domain)
        else:
            dkt = ('dkim=%s header.d=%s header.s=%s' % (dk, from_domain, snd['dkim'][0][1])) if snd['dkim'] else 'dkim=none'
            ar = '%s; spf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s' % (
                authserv, spf, snd['mailfrom'], dkt, dmarc, from_domain)
        inner = {'nifty': 'mbox-%02d.mail.nifty.com' % rnd.randint(1, 40), 'ocn': 'mf%02d.mail.ocn.ne.jp' % rnd.randint(1, 40),
                 'yahoojp': 'mbox%02d.mail.yahoo.co.jp' % rnd.randint(1, 40), 'gmx': 'mout-xforward.gmx.net',
                 'fastmail': 'mailuser.phl.internal'}[kind]
        H += [('Return-Path', '<%s>' % snd['mailfrom']),
              ('Received', 'from %s by %s with LMTP; %s' % (authserv, inner, fmt(t_rcv, tz))),
              ('Authentication-Results', ar),
              ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
                  snd['host'], snd['host'], snd['ip'], authserv, rb64(9).replace('/', 'Z').replace('+', 'Y')[:12], to, fmt(t_rcv, tz)))]
    return H


def finish(n, slug, body, *, frm, to, subject, when, snd, prov, from_domain, label,
           date_tz=UTC, dmarc='pass', dkim_ok=True, spf_ok=True, p='QUARANTINE', irt=None, refs=None,
           extra_top=None, extra_after_ar=None, extra=None, cc=None, reply_to=None, sign=True, dkim_domains=None,
           msgid=None):
    H = prov_headers(prov, to, when, snd, from_domain, dmarc, dkim_ok, spf_ok, p)
    if extra_top:
        H = extra_top + H
    if extra_after_ar:
        H += extra_after_ar
    if sign:
        for d, s in (dkim_domains or snd['dkim']):
            H.append(dkim_sig(d, s, when))
    datestr = format_datetime(when.astimezone(date_tz))
    if date_tz is UTC:
        datestr = datestr.replace('-0000', '+0000')
    H += [('Date', datestr), ('From', frm), ('To', to)]
    if cc:
        H.append(('Cc', cc))
    if reply_to:
        H.append(('Reply-To', reply_to))
    H += [('Subject', subject), ('Message-ID', msgid or snd['msgid'])]
    if irt:
        H.append(('In-Reply-To', irt))
        H.append(('References', refs or irt))
    H += snd.get('extra', [])
    if extra:
        H += extra
    # move content headers behind
    content = [(k, v) for k, v in body._headers]
    body._headers = []
    for k, v in H:
        body._headers.append((k, v))
    if not any(k.lower() == 'mime-version' for k, _ in content):
        body._headers.append(('MIME-Version', '1.0'))
    for k, v in content:
        body._headers.append((k, v))
    fn = '%03d-%s.eml' % (n, slug)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(body.as_bytes(policy=POL))
    kind, case_id, accts, verified, lang = label
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accts)),
                  'sender_verified': verified, 'language': lang}


def reply_msgid(domain, when):
    return '<%s@%s>' % (rb64(24).replace('/', '_').replace('+', '-').rstrip('='), domain)


def gmail_msgid():
    return '<CA%s@mail.gmail.com>' % rb64(45).replace('/', '-').replace('+', '_').rstrip('=')[:56]


def outlook_msgid():
    return '<%s%04dPR%02dMB%d%s@%s.namprd%02d.prod.outlook.com>' % (
        rnd.choice(['BN0', 'SA1', 'DM4', 'CH3']), rnd.randint(1000, 9999), rnd.randint(1, 20), rnd.randint(1000, 9999),
        ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(10)),
        rnd.choice(['BN0', 'SA1', 'DM4', 'CH3']) + 'PR%02dMB%d' % (rnd.randint(1, 20), rnd.randint(1000, 9999)), rnd.randint(1, 12))


AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NOREPLY = 'no-reply-aws@amazon.com'
FROM_FORM = 'Amazon Web Services <%s>' % AWS_FORM
FROM_CONSOLE = 'Amazon Web Services <%s>' % AWS_NOREPLY
CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>'
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'

CONSOLE_FOOTER_EN = """

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
%s
Amazon Web Services

======================================================
To see all correspondence for this case or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOTER_JA = """

サポートエクスペリエンス向上のため、AWS サポートセンターでこの対応およびその他の対応を評価してください。対応の右上にある星を選択すると評価できます。

よろしくお願いいたします。
%s
Amazon Web Services

======================================================
このケースのすべての対応を確認する、または返信するには、以下にアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは送信専用のアドレスから送信されています。このケースに返信する場合は、上記リンクから AWS サポートセンターにアクセスしてください。
======================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

FORM_SIG_EN = """
Best regards,

%s
AWS Training and Certification Customer Support

To add information to this case, reply to this email and keep the case number in the subject line.
"""

FORM_SIG_JA = """
何卒よろしくお願いいたします。

%s
AWS トレーニングと認定 カスタマーサポート

本件に関するご連絡は、件名のケース番号を変更せずに本メールへご返信ください。
"""

# ================================================================ people
EMILY = 'emily.hartmann@outlook.com'
MORI = 'mori.takeshi.dev@gmail.com'
RAHUL = 'venkat.rahul@gmail.com'
SATO = 'misaki.sato@nifty.com'
YAMADA = 'k-yamada@biglobe.ne.jp'
LAURA = 'laura.chen@fastmail.com'
NAKAMURA = 'd.nakamura@kitahara-sangyo.co.jp'
MARCO = 'marco.rossi.cloud@gmail.com'
KEI = 'kei.onodera@gmail.com'
JONAS = 'jonas.berg@gmx.de'
TAKA = 'ryo.takahashi@ocn.ne.jp'
KOBA = 'satoshi.kobayashi.aws@gmail.com'
ITO = 'mayumi.ito@yahoo.co.jp'
WATA = 'naoki.watanabe@icloud.com'

# case open times
B_OPEN = T(2025, 3, 10, 14, 22, 7); B_CASE = case15(B_OPEN)
A_OPEN = T(2025, 5, 27, 22, 58, 41); A_CASE = case15(A_OPEN)
C_OPEN = T(2025, 8, 14, 6, 31, 55); C_CASE = case15(C_OPEN)
D_OPEN = T(2025, 10, 2, 1, 15, 12); D_CASE = case15(D_OPEN)
E_OPEN = T(2025, 11, 18, 3, 44, 30); E_CASE = case15(E_OPEN)
F_OPEN = T(2026, 1, 12, 17, 5, 2); F_CASE = case15(F_OPEN)
G_OPEN = T(2025, 7, 7, 0, 30, 18); G_CASE = case15(G_OPEN)
H_OPEN = T(2025, 4, 3, 9, 12, 44); H_CASE = case15(H_OPEN)
K_CASE = '11735180' + '%03d' % rnd.randint(100, 999)       # 11 digits
J_CASE = '13906624' + '%03d' % rnd.randint(100, 999)       # 11 digits
M_OPEN = T(2026, 2, 9, 23, 40, 9); M_CASE = case15(M_OPEN)
P_OPEN = T(2025, 9, 18, 12, 3, 27); P_CASE = case15(P_OPEN)
Q_OPEN = T(2026, 3, 2, 5, 51, 0); Q_CASE = case15(Q_OPEN)
R_CASE = '72460193' + '%02d' % rnd.randint(10, 99)          # 10 digits
G2_OPEN = T(2025, 9, 9, 2, 11, 40); G2_CASE = case15(G2_OPEN)

B_KEEP, B_OLD = 'AWS02759314', 'AWS07461820'
A_KEEP, A_OLD = 'AWS04182736', 'AWS11930458'
C_KEEP, C_OLD1, C_OLD2 = 'AWS13308726', 'AWS00659041', 'AWS09977153'
D_KEEP, D_OLD = 'AWS05520981', 'AWS12047763'
E_KEEP, E_OLD = 'AWS08846102', 'AWS10275539'
F_KEEP, F_OLD = 'AWS06613870', 'AWS03925518'
G_KEEP, G_OLD = 'AWS01479253', 'AWS09302614'
H_KEEP, H_OLD = 'AWS09514427', 'AWS00872361'
K_KEEP, K_OLD = 'AWS12650087', 'AWS06044719'
J_KEEP, J_OLD = 'AWS07718290', 'AWS13092846'
M_KEEP, M_OLD = 'AWS04409316', 'AWS11586702'
P_KEEP, P_OLD = 'AWS02288561', 'AWS13775204'
Q_KEEP, Q_OLD = 'AWS10554832', 'AWS05316677'


def build_all():
    # ================================================================ case_created
    # 001 Emily, form ack, echo of submission
    w = B_OPEN + dt.timedelta(seconds=48)
    txt = """Hello Emily,

Thanks for reaching out to AWS Training and Certification. This is an automated note to let you know that your message reached us and has been assigned case number %s.

A member of our support team will get back to you, typically within 24 hours. To help us help you faster, please don't submit another request for the same issue. If you need to add information, simply reply to this email and keep the case number in the subject line.

For your reference, here is what you submitted:

  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: aws-02759314
  Message: I have two certification accounts because I registered with my work email back in 2021. I would like everything under one profile, please.

In the meantime, you may find an answer in our FAQ: https://aws.amazon.com/certification/faqs/

Regards,
AWS Training and Certification
""" % B_CASE
    body = alt(part(txt, cte='quoted-printable'), part(html_wrap(p2html(txt)), 'html', cte='quoted-printable'))
    finish(1, 'tc-form-received', body, frm=FROM_FORM, to=EMILY,
           subject='[CASE %s] We have received your AWS Training and Certification inquiry' % B_CASE, when=w,
           snd=ses('amazon.com', w), prov='outlook', from_domain='amazon.com',
           label=('case_created', B_CASE, [B_KEEP], True, 'en'))

    # 002 Yamada, console ack JA, ISO-2022-JP, split encoded subject, no AR
    w = E_OPEN + dt.timedelta(seconds=21)
    txt = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 認定アカウントが２つあるので１つにしたい
重要度: 一般的なガイダンス

このケースのすべての対応を確認する、または返信するには、以下にアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは送信専用のアドレスから送信されています。このケースに返信する場合は、上記リンクから AWS サポートセンターにアクセスしてください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (E_CASE, E_CASE, E_CASE)
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    finish(2, 'console-case-opened', body, frm=FROM_CONSOLE, to=YAMADA,
           subject=hdr('Amazon Web Services: 新しいサポートケースを作成しました: %s' % E_CASE, 'iso-2022-jp'), when=w,
           snd=ses('amazon.com', w), prov='none', from_domain='amazon.com',
           label=('case_created', E_CASE, [], None, 'ja'))

    # 003 Rahul, console ack, HTML only, case subject contains "completed", correspondence echo
    w = C_OPEN + dt.timedelta(seconds=33)
    html = html_wrap("""<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of the case are listed below.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Certification exam completed but shows on wrong account &ndash; merge request</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hi, I passed the Security Specialty last week but the result was recorded on an old profile (AWS 00659041) instead of my main ID AWS13308726. There is also a third one, aws09977153, that was created during a bootcamp. Can all three be combined into AWS13308726? Thanks, Rahul</td></tr>
</table>
<p>To see all correspondence for this case or to reply, please visit:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p style="font-size:12px;color:#545b64">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.</p>
<p style="font-size:12px;color:#545b64">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>""" % (C_CASE, C_CASE, C_CASE, C_CASE))
    body = part(html, 'html', cte='quoted-printable')
    finish(3, 'new-support-case-html', body, frm=FROM_CONSOLE, to=RAHUL,
           subject='Amazon Web Services: You have opened a new Support case: %s' % C_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('case_created', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en'))

    # 004 Mori, form ack JA, base64 utf-8, echo incl. both ids
    w = A_OPEN + dt.timedelta(seconds=75)
    txt = """森 武 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

受付番号（ケース ID）: %s

担当者より、原則として24時間以内にご連絡いたします。同じ内容で重ねてお問い合わせいただきますと、かえってご回答が遅れる場合がございますので、ご了承ください。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

■ お問い合わせ内容
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS04182736
内容: 以前の勤務先のメールアドレスで作成したアカウント（AWS11930458）があり、取得済みの資格が２つのアカウントに分かれてしまっています。１つにまとめていただくことは可能でしょうか。

AWS トレーニングと認定
""" % A_CASE
    body = part(txt, cte='base64')
    finish(4, 'uketsuke-jidou', body, frm=FROM_FORM, to=MORI,
           subject=hdr('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % A_CASE), when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('case_created', A_CASE, [A_KEEP, A_OLD], True, 'ja'))

    # 005 Laura, "logged" ack with "was this helpful" footer
    w = F_OPEN + dt.timedelta(seconds=64)
    txt = """Hi Laura,

Your request has been logged with AWS Training and Certification Customer Support under reference %s.

What happens next: one of our specialists will review it and reply to this address, usually within one business day. There's no need to fill in the form again - duplicate requests for the same issue can slow things down.

Request summary
Category: Certification > Account Merge
Submitted: January 12, 2026, 5:05 PM UTC
Preferred language: English

Thank you,
AWS Training and Certification

--
Was this email helpful?  Yes: https://aws.amazon.com/training/feedback?ref=%s&h=1  |  No: https://aws.amazon.com/training/feedback?ref=%s&h=0
""" % (F_CASE, F_CASE, F_CASE)
    html = html_wrap(p2html(txt).replace('Was this email helpful?', '<span style="color:#687078">Was this email helpful?</span>'))
    body = alt(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable'))
    finish(5, 'request-logged', body, frm='AWS Training and Certification <%s>' % AWS_FORM, to=LAURA,
           subject='[CASE %s] Request received' % F_CASE, when=w,
           snd=ses('amazon.com', w), prov='fastmail', from_domain='amazon.com',
           label=('case_created', F_CASE, [], True, 'en'))

    # 006 Nakamura, console ack JA, Shift_JIS base64, O365
    w = G_OPEN + dt.timedelta(seconds=40)
    txt = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 資格アカウントの一本化のお願い
重要度: 一般的なガイダンス

このケースのすべての対応を確認する、または返信するには、以下にアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは送信専用のアドレスから送信されています。このケースに返信する場合は、上記リンクから AWS サポートセンターにアクセスしてください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (G_CASE, G_CASE, G_CASE)
    body = part(txt, charset='shift_jis', cte='base64')
    finish(6, 'case-sakusei-sjis', body, frm=FROM_CONSOLE, to=NAKAMURA,
           subject=hdr('Amazon Web Services: 新しいサポートケースを作成しました: %s' % G_CASE, 'iso-2022-jp'), when=w,
           snd=ses('amazon.com', w), prov='o365', from_domain='amazon.com',
           label=('case_created', G_CASE, [], True, 'ja'))

    # 007 Kei, console ack EN, 11-digit case
    K_OPEN = T(2025, 2, 20, 13, 7, 2)
    w = K_OPEN
    txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of the case are listed below.

Case ID: %s
Subject: Two certification IDs under different emails
Severity: General guidance

To see all correspondence for this case or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (K_CASE, K_CASE, K_CASE)
    body = part(txt, cte='quoted-printable')
    finish(7, 'you-have-opened-case', body, frm=FROM_CONSOLE, to=KEI,
           subject='Amazon Web Services: You have opened a new Support case: %s' % K_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('case_created', K_CASE, [], True, 'en'))

    # ================================================================ merge_confirmation_requested
    # 008 Emily confirm, Outlook-style quote of her reply
    w = B_OPEN + dt.timedelta(days=2, hours=3, minutes=11)
    txt = """Hello Emily,

Thank you for getting back to me so quickly.

Based on your reply, this is what I am going to request:

  Account to be retained: AWS02759314 (emily.hartmann@outlook.com)
  Account to be merged into it and closed: AWS07461820 (e.hartmann@brightlane-analytics.com)

All certifications, exam history and benefits currently on AWS07461820 will be moved over to AWS02759314. Please be aware that this is permanent: once two profiles have been combined we are not able to separate them again.

If the above is accurate, please reply to this email stating that you agree, and I will submit the request. If anything needs to change, just let me know which account you'd rather keep.
""" + FORM_SIG_EN % 'Tomasz K.' + """
________________________________
From: Emily Hartmann <emily.hartmann@outlook.com>
Sent: Tuesday, March 11, 2025 6:40 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Tomasz,

I'd like to keep the one on my personal address (AWS02759314), I still have access to it. The work one will be deactivated when I leave Brightlane anyway.

Thanks,
Emily
""" % B_CASE
    body = part(txt, cte='quoted-printable')
    irt = outlook_msgid()
    finish(8, 're-case-please-confirm', body, frm=FROM_FORM, to=EMILY, subject=FORM_SUBJ % B_CASE, when=w,
           snd=ses('amazon.com', w), prov='outlook', from_domain='amazon.com', irt=irt,
           label=('merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD], True, 'en'))

    # 009 Mori confirm JA, ISO-2022-JP
    w = T(2025, 5, 28, 0, 40, 12)
    txt = """森 武 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の木下と申します。

お知らせいただいた情報をもとに確認いたしましたところ、以下の２つのアカウントが見つかりました。ご依頼の内容は下記のとおりでよろしいでしょうか。

【今後ご利用いただくアカウント】
AWS04182736（mori.takeshi.dev@gmail.com）

【上記アカウントへ統合し、閉鎖するアカウント】
AWS11930458（t.mori@shinsei-sys.co.jp）

手続きを行いますと、AWS11930458 に登録されている認定資格および受験履歴はすべて AWS04182736 に移り、元の状態に戻すことはできません。

上記の内容で差し支えなければ、本メールにそのままご返信いただけますでしょうか。ご返信を確認次第、手続きを進めさせていただきます。
残すアカウントを変更されたい場合も、あわせてお知らせください。
""" + FORM_SIG_JA % '木下'
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    finish(9, 'naiyou-goshounin', body, frm=FROM_FORM, to=MORI, subject=FORM_SUBJ % A_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'ja'))

    # 010 Rahul phishing confirm, look-alike domain with its own dmarc pass
    w = C_OPEN + dt.timedelta(days=1, hours=6, minutes=2)
    fake_case = case15(C_OPEN + dt.timedelta(hours=3))
    txt = """Dear Candidate,

We received a request to merge your AWS Certification accounts (Case %s). Before our team proceeds, you must verify the accounts below:

    Primary account:   aws13308726
    Secondary account: AWS00659041

Account merges are irreversible. To confirm, sign in with your AWS Certification credentials using the secure link below within 24 hours. If we do not receive your confirmation, the request will be cancelled and your active certifications may be placed on hold.

Confirm merge: https://aws-training-support.com/certmetrics/merge/confirm?case=%s&cid=AWS13308726

Thank you,
AWS Training & Certification Team

This message was sent to venkat.rahul@gmail.com. (c) 2025 Amazon Web Services
""" % (fake_case, fake_case)
    html = html_wrap("""<div style="max-width:600px;margin:auto;border-top:4px solid #ff9900;padding:16px">
<img src="https://aws-training-support.com/img/aws-logo.png" alt="aws" width="60">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case %s). Before our team proceeds, you must verify the accounts below:</p>
<table style="font-size:14px"><tr><td>Primary account:</td><td><b>aws13308726</b></td></tr><tr><td>Secondary account:</td><td><b>AWS00659041</b></td></tr></table>
<p><b>Account merges are irreversible.</b> To confirm, sign in with your AWS Certification credentials using the secure link below within 24 hours. If we do not receive your confirmation, the request will be cancelled and your active certifications may be placed on hold.</p>
<p><a href="https://aws-training-support.com/certmetrics/merge/confirm?case=%s&amp;cid=AWS13308726" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:3px">Confirm merge</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p>
<p style="font-size:11px;color:#888">This message was sent to venkat.rahul@gmail.com. &copy; 2025 Amazon Web Services</p></div>""" % (fake_case, fake_case))
    body = alt(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='base64'))
    snd = plain_sender('aws-training-support.com', '185.225.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                       'mail.aws-training-support.com', 'default', mailfrom='bounce@aws-training-support.com')
    finish(10, 'action-required-confirm', body, frm='AWS Training and Certification <certification@aws-training-support.com>',
           to=RAHUL, subject='Action required: confirm your certification account merge [Case %s]' % fake_case, when=w,
           snd=snd, prov='gmail', from_domain='aws-training-support.com', p='NONE',
           label=('merge_confirmation_requested', fake_case, [C_KEEP, C_OLD1], False, 'en'))

    # 011 Sato phishing JA, spoofed amazon.com, dmarc=fail top, forged pass below; Shift_JIS
    w = D_OPEN + dt.timedelta(days=2, hours=9)
    fake_case2 = case15(D_OPEN + dt.timedelta(hours=5))
    txt = """お客様各位

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お客様の AWS 認定アカウントについて、統合のリクエストを受け付けました（ケース番号: %s）。
手続きを実行する前に、以下の内容についてご本人様の確認をお願いしております。

　統合先アカウント: AWS05520981
　統合元アカウント: AWS12047763

統合は一度実行すると取り消すことができません。
内容に誤りがなければ、24時間以内に下記リンクより AWS 認定アカウントにサインインし、統合内容を承認してください。
期限内にご承認いただけない場合、リクエストは取り消され、保有資格が一時的に停止される場合があります。

▼統合内容を承認する
https://aws-certification-merge.com/jp/confirm?c=%s

※本メールは送信専用アドレスから配信しております。

Amazon Web Services ジャパン
AWS トレーニングと認定
""" % (fake_case2, fake_case2)
    body = part(txt, charset='shift_jis', cte='base64')
    snd = dict(ip='45.137.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)), host='vps-%d.hostkey-cloud.net' % rnd.randint(1000, 9999),
               mailfrom='info@kr-mailsvc.net', mf_domain='kr-mailsvc.net', msgid='<%s@amazon.com>' % uuid.UUID(int=rnd.getrandbits(128)).hex,
               dkim=[], extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    forged = [('Received', 'from localhost (localhost [127.0.0.1])\n\tby vps-%s.hostkey-cloud.net (Postfix) with ESMTPA id 7F1C2A0135\n\tfor <%s>; %s' % (snd['host'].split('-')[1].split('.')[0], SATO, fmt(w - dt.timedelta(seconds=3), JST))),
              ('Authentication-Results', 'amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com')]
    finish(11, 'saishu-kakunin-phish', body, frm='Amazon Web Services <%s>' % AWS_FORM, to=SATO,
           subject=hdr('【重要】アカウント統合の最終確認のお願い [CASE %s]' % fake_case2, 'shift_jis'), when=w,
           snd=snd, prov='nifty', from_domain='amazon.com', dmarc='fail', dkim_ok=False, spf_ok=False,
           extra_after_ar=forged, sign=False, reply_to='support@aws-jp-certification.com', date_tz=JST,
           label=('merge_confirmation_requested', fake_case2, [D_KEEP, D_OLD], False, 'ja'))

    # 012 Rahul confirm, three accounts, ids in odd spellings, alt with differing parts
    w = C_OPEN + dt.timedelta(days=1, hours=2, minutes=47)
    intro = """Hello Rahul,

Thank you for your patience while I reviewed the three IDs you shared. I can see that all of them are registered in your name.
"""
    txt = intro + """
Proposed outcome:
* AWS13308726 stays as your primary ID
* aws-00659041 and AWS 09977153 would be folded into it and then deactivated

Nothing will be changed until you tell me this is correct. Note that this cannot be reversed later.

Please reply through the Support Center to confirm.
""" + CONSOLE_FOOTER_EN % ('Hyun-woo P.', C_CASE)
    html = html_wrap(p2html(intro) + """
<p>Here is the plan I would like you to check before anything is changed:</p>
<ul>
<li><b>Primary (will be kept):</b> AWS13308726</li>
<li><b>aws-00659041</b> &ndash; certifications and exam history (including the Security &ndash; Specialty result from August 6) move to the primary, then this ID is deactivated</li>
<li><b>AWS 09977153</b> &ndash; same as above</li>
</ul>
<p>This is a one-way operation: once the IDs are consolidated they cannot be split apart again, and you will no longer be able to sign in with the two secondary IDs.</p>
<p>Could you please reply in the Support Center confirming that the plan above is what you want? I will not make any changes until I receive your go-ahead.</p>
""" + p2html(CONSOLE_FOOTER_EN % ('Hyun-woo P.', C_CASE)))
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    finish(12, 'three-ids-plan', body, frm=FROM_CONSOLE, to=RAHUL,
           subject=hdr('RE:[CASE %s] Certification exam completed but shows on wrong account – merge request' % C_CASE), when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('merge_confirmation_requested', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en'))
    # note: subject contains an en dash -> encode
    # (handled below by re-writing subject through hdr)

    # 013 Marco reminder of confirmation, nested gmail quotes
    w = H_OPEN + dt.timedelta(days=4, hours=2, minutes=30)
    txt = """Hello Marco,

I'm following up on my message from April 4. We still need your go-ahead before anything is changed on your certification profiles.

To recap what I have prepared:

  - AWS09514427 would remain your active ID
  - AWS00872361 would be absorbed into it and then closed

Because this can't be undone afterwards, I can only proceed with your explicit agreement. Please reply to this email to say the details are correct, or tell me what should be different.

If we don't hear from you within 5 days, this case will be closed automatically; you are welcome to contact us again at any time.
""" + FORM_SIG_EN % 'Nadia R.' + """
On Fri, Apr 4, 2025 at 11:20 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Marco,
>
> Thank you for contacting AWS Training and Certification.
>
> I found the two profiles you mentioned. Unless you tell me otherwise, I
> will keep AWS09514427 (marco.rossi.cloud@gmail.com) and move everything
> from AWS00872361 (m.rossi@studio-ferretti.it) into it.
>
> Please reply to confirm. Merges are permanent.
>
> Best regards,
> Nadia R.
>
> > On Thu, Apr 3, 2025 at 11:12 AM Marco Rossi <marco.rossi.cloud@gmail.com> wrote:
> > > Inquiry type: Certification
> > > Detail: Account Merge
> > > AWS candidate ID: AWS09514427
> > > I passed two exams with my old employer's email. Please merge.
"""
    body = part(txt, cte='quoted-printable')
    finish(13, 'still-waiting-go-ahead', body, frm=FROM_FORM, to=MARCO, subject=FORM_SUBJ % H_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('merge_confirmation_requested', H_CASE, [H_KEEP, H_OLD], True, 'en'))

    # 014 Sato confirm JA incl. Credly, base64
    w = D_OPEN + dt.timedelta(days=3, hours=4, minutes=5)
    txt = """佐藤 美咲 様

ご返信いただきありがとうございます。AWS トレーニングと認定カスタマーサポートの田村です。

いただいた情報をもとに、以下のとおり手続きを行う予定です。

・残すアカウント：AWS-05520981（misaki.sato@nifty.com）
・統合元（手続き後に閉鎖）：aws 12047763（sato.m@edu.kagawa-ct.ac.jp）

あわせて、統合元アカウントに紐づく Credly のバッジについても、残すアカウント側の Credly プロフィールへ移すよう依頼いたします。

なお、この操作は取り消しができません。統合元アカウントの認定資格・受験履歴・特典はすべて移され、統合元のアカウントには今後サインインできなくなります。

内容にお間違いがないかご確認のうえ、本メールへご返信ください。「上記内容で問題ありません」の一言で結構です。
""" + FORM_SIG_JA % '田村' + """
-----Original Message-----
From: 佐藤 美咲 <misaki.sato@nifty.com>
Sent: 2025年10月4日 22:31
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

田村様

ご連絡ありがとうございます。
1. もう一方のIDはわかりません
2. misaki.sato@nifty.com と、学生時代の sato.m@edu.kagawa-ct.ac.jp です
3. 同じです
4. nifty のほうを残したいです

よろしくお願いいたします。
佐藤
""" % D_CASE
    body = part(txt, cte='base64')
    irt = '<%s@nifty.com>' % uuid.UUID(int=rnd.getrandbits(128)).hex[:20]
    finish(14, 'tetsuzuki-yotei-credly', body, frm=FROM_FORM, to=SATO, subject=FORM_SUBJ % D_CASE, when=w,
           snd=ses('amazon.com', w), prov='nifty', from_domain='amazon.com', irt=irt,
           label=('merge_confirmation_requested', D_CASE, [D_KEEP, D_OLD], True, 'ja'))

    # 015 Laura confirm with future "completed"/"transferred" wording
    w = F_OPEN + dt.timedelta(days=1, hours=1, minutes=20)
    txt = """Hi Laura,

Thanks for the extra details - I have everything I need now. Here is a summary of the change I'm going to request on your behalf:

  Surviving account: AWS06613870 (laura.chen@fastmail.com)
  Account being folded into it: AWS03925518 (lchen@northpeak.io)

After you give the go-ahead, the process is usually completed within 3 to 5 business days. Your certifications and exam history will be moved to AWS06613870, your Credly badges will be transferred, and AWS03925518 will be closed. Please keep in mind that this can't be reversed afterwards.

Could you reply to let me know this looks right? I'll hold off until I hear from you.
""" + FORM_SIG_EN % 'Priyanka D.'
    body = part(txt, cte='quoted-printable')
    finish(15, 'summary-before-we-start', body, frm=FROM_FORM, to=LAURA, subject=FORM_SUBJ % F_CASE, when=w,
           snd=ses('amazon.com', w), prov='fastmail', from_domain='amazon.com',
           label=('merge_confirmation_requested', F_CASE, [F_KEEP, F_OLD], True, 'en'))

    # 016 Nakamura confirm JA, agent proposes keep account, base64
    w = G_OPEN + dt.timedelta(days=1, hours=5, minutes=18)
    txt = """中村 様

お問い合わせいただきありがとうございます。Amazon Web Services の佐々木でございます。

両アカウントの登録内容を拝見いたしました。保有資格数の多い AWS01479253 を存続アカウントとし、AWS09302614 の資格・受験履歴をそちらへ移す形でご提案いたします。

　存続: AWS01479253
　移行元（手続き後に閉鎖）: AWS09302614

一度実施いたしますと元に戻すことはできませんので、この内容で進めてよろしいか、サポートセンターのケースからご返信をお願いいたします。
別のアカウントを残したいなど、ご希望がございましたらあわせてお知らせください。
""" + CONSOLE_FOOTER_JA % ('佐々木', G_CASE)
    body = part(txt, cte='base64')
    finish(16, 'teian-sonzoku-account', body, frm=FROM_CONSOLE, to=NAKAMURA,
           subject=hdr('RE:[CASE %s] 資格アカウントの一本化のお願い' % G_CASE), when=w,
           snd=ses('amazon.com', w), prov='o365', from_domain='amazon.com',
           label=('merge_confirmation_requested', G_CASE, [G_KEEP, G_OLD], True, 'ja'))

    # ================================================================ merge_completed
    # 017 Emily completed, only keep id in new text, confirmation request quoted below
    w = B_OPEN + dt.timedelta(days=4, hours=1, minutes=2)
    txt = """Hello Emily,

Good news: your request has been processed. Your certifications, exam history and associated benefits now all sit under candidate ID AWS02759314, and the secondary profile has been closed, so from now on you only need to sign in with emily.hartmann@outlook.com.

Please allow up to 48 hours for everything to display correctly in your AWS Certification Account. If your Credly badges don't appear on your current Credly profile within a few days, reply to this email and we'll look into it.

Thank you for your patience.
""" + FORM_SIG_EN % 'Tomasz K.' + """
________________________________
From: Emily Hartmann <emily.hartmann@outlook.com>
Sent: Wednesday, March 12, 2025 8:15 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Emily

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 5:33 PM
To: Emily Hartmann <emily.hartmann@outlook.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Emily,

Thank you for getting back to me so quickly.

Based on your reply, this is what I am going to request:

  Account to be retained: AWS02759314 (emily.hartmann@outlook.com)
  Account to be merged into it and closed: AWS07461820 (e.hartmann@brightlane-analytics.com)

Please be aware that this is permanent. If the above is accurate, please reply to this email stating that you agree, and I will submit the request.
""" % (B_CASE, B_CASE)
    body = part(txt, cte='quoted-printable')
    irt = outlook_msgid()
    finish(17, 'processed-secondary-closed', body, frm=FROM_FORM, to=EMILY, subject=FORM_SUBJ % B_CASE, when=w,
           snd=ses('amazon.com', w), prov='outlook', from_domain='amazon.com', irt=irt,
           label=('merge_completed', B_CASE, [B_KEEP], True, 'en'))

    # 018 Mori completed JA, ISO-2022-JP, Japanese quote header, nested quotes
    w = T(2025, 5, 30, 7, 40, 3)
    txt = """森 武 様

いつもお世話になっております。AWS トレーニングと認定の木下です。

お待たせいたしました。AWS11930458 に登録されていた認定資格と受験履歴を、AWS04182736 へ移行いたしました。AWS11930458 は閉鎖済みのため、今後はサインインにご利用いただけません。

反映までに最大で48時間ほどかかる場合がございます。お手数ですが、AWS Certification Account にサインインのうえ、認定資格の一覧と特典（次回受験の50%割引など）が表示されていることをご確認ください。

Credly のバッジについては、数日経っても表示されない場合、本メールにご返信ください。
""" + FORM_SIG_JA % '木下' + """
2025年5月29日(木) 8:02 森 武 <mori.takeshi.dev@gmail.com>:
> 木下様
>
> ご連絡ありがとうございます。
> 内容に間違いありません。統合を進めてください。
>
> 森
>
> 2025年5月28日(水) 9:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 森 武 様
> >
> > お知らせいただいた情報をもとに確認いたしましたところ、以下の２つのアカウントが
> > 見つかりました。ご依頼の内容は下記のとおりでよろしいでしょうか。
> >
> > 【今後ご利用いただくアカウント】
> > AWS04182736
> >
> > 【上記アカウントへ統合し、閉鎖するアカウント】
> > AWS11930458
> >
> > 上記の内容で差し支えなければ、本メールにそのままご返信いただけますでしょうか。
"""
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    irt = gmail_msgid()
    finish(18, 'ikou-itashimashita', body, frm=FROM_FORM, to=MORI, subject=FORM_SUBJ % A_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com', irt=irt,
           label=('merge_completed', A_CASE, [A_KEEP, A_OLD], True, 'ja'))

    # 019 Rahul completed + resolve + survey in same mail
    w = C_OPEN + dt.timedelta(days=3, hours=4, minutes=12)
    txt = """Hello Rahul,

I'm happy to report that the work on your profiles is finished. AWS13308726 now holds all of your certifications, including the Security - Specialty you passed on August 6, and the IDs AWS00659041 and AWS09977153 have been deactivated. Going forward, please sign in only with the email linked to AWS13308726.

Since this takes care of your request, I'm going to resolve this case. If something doesn't look right, you can reopen it from the Support Center within 14 days.

Was your issue resolved?
  YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no
""" % (C_CASE, C_CASE) + CONSOLE_FOOTER_EN % ('Hyun-woo P.', C_CASE)
    html = html_wrap(p2html(txt).replace('Was your issue resolved?', '<b>Was your issue resolved?</b>'))
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='base64'))
    finish(19, 'work-finished-resolving', body, frm=FROM_CONSOLE, to=RAHUL,
           subject=hdr('RE:[CASE %s] Certification exam completed but shows on wrong account – merge request' % C_CASE), when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('merge_completed', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en'))

    # 020 Yamada completed + closure JA, no AR
    w = E_OPEN + dt.timedelta(days=2, hours=5, minutes=3)
    txt = """山田 様

お世話になっております。Amazon Web Services の小川でございます。

ご依頼いただいていた件につきまして、AWS10275539 の認定情報を AWS08846102 へ統合する作業が完了いたしました。今後は AWS08846102 のみご利用いただけます。

ご依頼への対応が完了いたしましたので、本ケースはクローズさせていただきます。ご不明な点がございましたら、サポートセンターからケースを再開いただくか、新しいケースを作成してください。
""" + CONSOLE_FOOTER_JA % ('小川', E_CASE)
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    finish(20, 'tougou-kanryou-close', body, frm=FROM_CONSOLE, to=YAMADA,
           subject=hdr('RE:[CASE %s] 認定アカウントが２つあるので１つにしたい' % E_CASE, 'iso-2022-jp'), when=w,
           snd=ses('amazon.com', w), prov='none', from_domain='amazon.com',
           label=('merge_completed', E_CASE, [E_KEEP, E_OLD], None, 'ja'))

    # 021 Marco completed, no "merge"/"complete" wording, base64, unmarked history
    w = H_OPEN + dt.timedelta(days=6, hours=3, minutes=40)
    txt = """Hello Marco,

Thank you for your reply.

All four of your certifications, together with the related exam history, are now listed under candidate ID AWS09514427. The profile AWS00872361 has been deactivated, so please use only your current login going forward. The 50%% discount benefit from your most recent exam has carried over as well.

It may take up to 24 hours before everything shows up in your AWS Certification Account.
""" % () + FORM_SIG_EN % 'Nadia R.' + """

Sorry for the late answer, I was travelling. Yes, that's all correct, please go ahead.
Marco

Hello Marco,
I'm following up on my message from April 4. We still need your go-ahead before anything is changed on your certification profiles.
"""
    body = part(txt.replace('%%', '%'), cte='base64')
    irt = gmail_msgid()
    finish(21, 'now-listed-under', body, frm=FROM_FORM, to=MARCO, subject=FORM_SUBJ % H_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com', irt=irt,
           label=('merge_completed', H_CASE, [H_KEEP, H_OLD], True, 'en'))

    # 022 Sato completed JA without 完了/統合, Shift_JIS base64
    w = D_OPEN + dt.timedelta(days=5, hours=5, minutes=10)
    txt = """佐藤 美咲 様

AWS トレーニングと認定カスタマーサポートの田村です。
ご返信いただき、ありがとうございました。

ご依頼の件、本日対応いたしました。今後は AWS05520981 をご利用ください。
これまで AWS12047763 に登録されていた認定資格（AWS Certified Cloud Practitioner、AWS Certified AI Practitioner）も、AWS05520981 の認定一覧に表示されるようになっております。AWS12047763 は無効化されておりますので、サインインはできません。

Credly のバッジは別途移し替えの手続き中です。１週間ほどお待ちいただいても表示されない場合はご連絡ください。
""" + FORM_SIG_JA % '田村'
    body = part(txt, charset='shift_jis', cte='base64')
    finish(22, 'honjitsu-taiou', body, frm=FROM_FORM, to=SATO, subject=FORM_SUBJ % D_CASE, when=w,
           snd=ses('amazon.com', w), prov='nifty', from_domain='amazon.com',
           label=('merge_completed', D_CASE, [D_KEEP, D_OLD], True, 'ja'))

    # 023 Laura completed, badges later
    w = F_OPEN + dt.timedelta(days=3, hours=6, minutes=44)
    txt = """Hi Laura,

Your two certification profiles are now a single one. Everything that was under AWS03925518 - two certifications and your exam history - has been moved to AWS06613870, and the old profile has been retired.

Credly is a separate system, so your badges may take up to 5 business days to be reissued to your current Credly account. If they haven't appeared by then, just reply here and I'll chase it.

Thanks for your patience!
""" + FORM_SIG_EN % 'Priyanka D.'
    body = alt(part(txt, cte='quoted-printable'), part(html_wrap(p2html(txt)), 'html', cte='quoted-printable'))
    finish(23, 'single-profile-now', body, frm=FROM_FORM, to=LAURA, subject=FORM_SUBJ % F_CASE, when=w,
           snd=ses('amazon.com', w), prov='fastmail', from_domain='amazon.com',
           label=('merge_completed', F_CASE, [F_KEEP, F_OLD], True, 'en'))

    # 024 Kei completed, HTML only, console, rating footer
    w = K_OPEN + dt.timedelta(days=2, hours=19, minutes=5)
    html = html_wrap("""<p>Hello Kei,</p>
<p>Thanks for confirming the details earlier. I have now combined your two certification profiles. Your exams and certifications from AWS06044719 have been transferred to <b>AWS12650087</b>, which is the ID you should use from now on. AWS06044719 is no longer active.</p>
<p>Your next-exam discount voucher is also visible under AWS12650087.</p>
""" + p2html(CONSOLE_FOOTER_EN % ('Diego F.', K_CASE)))
    body = part(html, 'html', cte='quoted-printable')
    finish(24, 'profiles-combined-html', body, frm=FROM_CONSOLE, to=KEI,
           subject='RE:[CASE %s] Two certification IDs under different emails' % K_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('merge_completed', K_CASE, [K_KEEP, K_OLD], True, 'en'))

    # 025 Nakamura completed JA, alt where text part is only a stub
    w = G_OPEN + dt.timedelta(days=3, hours=2, minutes=51)
    stub = """このメールは HTML 形式で送信されています。HTML 表示に対応したメールソフトでご覧ください。

ケース %s に新しい対応が追加されました。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % (G_CASE, G_CASE)
    html = html_wrap("""<p>中村 様</p>
<p>Amazon Web Services の佐々木でございます。ご返信いただきありがとうございました。</p>
<p>AWS09302614 から AWS01479253 への資格情報の移行作業が終わりました。AWS09302614 は閉鎖済みとなっております。今後は AWS01479253 にサインインしてご利用ください。</p>
<p>画面に反映されるまで最大 24 時間ほどかかる場合がございます。</p>
""" + p2html(CONSOLE_FOOTER_JA % ('佐々木', G_CASE)))
    body = alt(part(stub, charset='iso-2022-jp', cte='7bit'), part(html, 'html', cte='base64'))
    finish(25, 'ikou-sagyou-owari-html', body, frm=FROM_CONSOLE, to=NAKAMURA,
           subject=hdr('RE:[CASE %s] 資格アカウントの一本化のお願い' % G_CASE, 'iso-2022-jp'), when=w,
           snd=ses('amazon.com', w), prov='o365', from_domain='amazon.com',
           label=('merge_completed', G_CASE, [G_KEEP, G_OLD], True, 'ja'))

    # 026 Ito completed JA, wrong charset label (iso-8859-1 on UTF-8 bytes)
    w = Q_OPEN + dt.timedelta(days=2, hours=1, minutes=15)
    txt = """伊藤 真由美 様

AWS トレーニングと認定カスタマーサポートの森下です。

ご依頼いただいておりましたアカウント統合の件、作業が完了いたしました。

・統合後のアカウント: AWS10554832
・統合されたアカウント: AWS05316677（閉鎖済み）

認定資格および受験履歴は、AWS10554832 にてご確認いただけます。
""" + FORM_SIG_JA % '森下'
    body = part(txt, charset='iso-8859-1', cte='quoted-printable', actual='utf-8')
    finish(26, 'sagyou-kanryou-charset', body, frm=FROM_FORM, to=ITO, subject=FORM_SUBJ % Q_CASE, when=w,
           snd=ses('amazon.com', w), prov='yahoojp', from_domain='amazon.com', date_tz=UTC,
           label=('merge_completed', Q_CASE, [Q_KEEP, Q_OLD], True, 'ja'))

    # 027 Takahashi completed JA, history pasted without quote markers
    w = M_OPEN + dt.timedelta(days=5, hours=3, minutes=22)
    txt = """高橋 亮 様

上田です。大変お待たせいたしました。

お客様のご依頼に基づき、２つの認定アカウントを AWS04409316 に一本化いたしました。認定資格３件と受験履歴は、すべてこちらのアカウントでご確認いただけます。
Credly のバッジは数日以内に再発行されます。

ご不明な点がございましたら、本メールにご返信ください。
""" + FORM_SIG_JA % '上田' + """

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年2月13日 18:05
宛先: ryo.takahashi@ocn.ne.jp
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

高橋 亮 様

お待たせしております。上田です。
確認の結果、両アカウントとも高橋様ご本人のものであることを確認できましたので、先日ご承諾いただいた内容で手続きに入りました。
手続きが終わりましたら AWS11586702 でのサインインはできなくなりますので、以降は AWS04409316 をご利用ください。
""" % M_CASE
    body = part(txt, cte='quoted-printable')
    finish(27, 'ippon-ka-itashimashita', body, frm=FROM_FORM, to=TAKA, subject=FORM_SUBJ % M_CASE, when=w,
           snd=ses('amazon.com', w), prov='ocn', from_domain='amazon.com',
           label=('merge_completed', M_CASE, [M_KEEP], True, 'ja'))

    # ================================================================ survey
    # 028 Emily resolved + rate
    w = B_OPEN + dt.timedelta(days=4, hours=1, minutes=14)
    txt = """Hello Emily,

Your case %s (account-assistance - Account Merge) has been marked as resolved.

Was your issue resolved?
YES: https://aws.amazon.com/training/support/survey?case=%s&r=yes
NO:  https://aws.amazon.com/training/support/survey?case=%s&r=no

We'd also appreciate a minute of your time to rate the support you received from Tomasz K. Your feedback helps us improve.

If you need further help with this topic, reply to this email within 7 days and the case will be reopened automatically.

AWS Training and Certification
""" % (B_CASE, B_CASE, B_CASE)
    body = alt(part(txt, cte='7bit', charset='us-ascii'), part(html_wrap(p2html(txt)), 'html', cte='quoted-printable'))
    finish(28, 'case-resolved-how-did-we-do', body, frm=FROM_FORM, to=EMILY,
           subject='Your case %s has been resolved - tell us how we did' % B_CASE, when=w,
           snd=ses('amazon.com', w), prov='outlook', from_domain='amazon.com',
           label=('survey', B_CASE, [], True, 'en'))

    # 029 Mori survey JA
    w = T(2025, 5, 30, 7, 41, 30)
    txt = """森 武 様

先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ（ケース ID: %s「アカウントの統合」）はクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力ください。所要時間は１分程度です。

問題は解決しましたか？
　はい　 https://aws.amazon.com/training/support/survey?case=%s&r=yes&lang=ja
　いいえ https://aws.amazon.com/training/support/survey?case=%s&r=no&lang=ja

担当者の対応はいかがでしたか？ １（不満）〜５（満足）の５段階でご評価ください。

※本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
""" % (A_CASE, A_CASE, A_CASE)
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    finish(29, 'enquete-onegai', body, frm='AWS Training and Certification <no-reply-tc@amazon.com>', to=MORI,
           subject=hdr('[CASE %s] サポートに関するアンケートのお願い' % A_CASE, 'iso-2022-jp'), when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('survey', A_CASE, [], True, 'ja'))

    # 030 Watanabe auto-close for no response, iCloud, 10-digit case
    w = T(2025, 6, 23, 4, 0, 9)
    txt = """渡辺 直樹 様

AWS トレーニングと認定カスタマーサポートです。

ケース %s（アカウントの統合）について、７日間ご返信を確認できなかったため、本ケースをクローズいたしました。
引き続きサポートが必要な場合は、14日以内に本メールへご返信いただければケースを再開いたします。

よろしければ、今回のサポートについてのアンケートにご協力ください。
https://aws.amazon.com/training/support/survey?case=%s&lang=ja

AWS トレーニングと認定
""" % (R_CASE, R_CASE)
    body = alt(part(txt, cte='base64'), part(html_wrap(p2html(txt)), 'html', cte='base64'))
    finish(30, 'henshin-nashi-close', body, frm=FROM_FORM, to=WATA,
           subject=hdr('[CASE %s] ケースをクローズしました' % R_CASE), when=w,
           snd=ses('amazon.com', w), prov='icloud', from_domain='amazon.com',
           label=('survey', R_CASE, [], True, 'ja'))

    # 031 Yamada system closure notice JA, no AR
    w = E_OPEN + dt.timedelta(days=2, hours=5, minutes=4)
    txt = """お客様のサポートケース %s（件名: 認定アカウントが２つあるので１つにしたい）は解決済みとしてマークされました。

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

今回のサポートはいかがでしたか？ 以下から評価をお寄せください。
★★★★★ https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

*このメールは送信専用のアドレスから送信されています。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (E_CASE, E_CASE, E_CASE)
    body = alt(part(txt, cte='base64'), part(html_wrap(p2html(txt)), 'html', cte='base64'))
    finish(31, 'kaiketsu-zumi', body, frm=FROM_CONSOLE, to=YAMADA,
           subject=hdr('Amazon Web Services: サポートケース %s は解決済みです' % E_CASE), when=w,
           snd=ses('amazon.com', w), prov='none', from_domain='amazon.com',
           label=('survey', E_CASE, [], None, 'ja'))

    # 032 Rahul separate survey, HTML only; case subject has 'completed' and 'merge'
    w = C_OPEN + dt.timedelta(days=3, hours=6, minutes=30)
    html = html_wrap("""<div style="max-width:600px;margin:auto">
<h2 style="font-weight:normal">How was your experience with AWS Support?</h2>
<p>Your recent support case was resolved:</p>
<p style="background:#f2f3f3;padding:10px"><b>Certification exam completed but shows on wrong account &ndash; merge request</b><br>Case ID: %s</p>
<p>Please take two minutes to tell us about your experience. Your answers go directly to the team that manages AWS Support.</p>
<p><a href="https://survey.aws.amazon.com/s/support?displayId=%s" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">Start survey</a></p>
<p style="font-size:11px;color:#687078">You received this email because you recently contacted AWS Support. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
</div>""" % (C_CASE, C_CASE))
    body = part(html, 'html', cte='quoted-printable')
    finish(32, 'experience-survey-html', body, frm='AWS Support <no-reply-aws@amazon.com>', to=RAHUL,
           subject='How was your experience with AWS Support?', when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('survey', C_CASE, [], True, 'en'))

    # 033 Sato closure + survey on top, completion quoted under (Original Message)
    w = D_OPEN + dt.timedelta(days=6, hours=2, minutes=3)
    txt = """佐藤 美咲 様

ご確認のご連絡をいただき、ありがとうございます。田村です。
本件につきましては、これにてクローズとさせていただきます。

よろしければ、今回の対応について簡単なアンケートにご回答ください。
問題は解決しましたか？
はい: https://aws.amazon.com/training/support/survey?case=%s&r=yes&lang=ja
いいえ: https://aws.amazon.com/training/support/survey?case=%s&r=no&lang=ja
""" % (D_CASE, D_CASE) + FORM_SIG_JA % '田村' + """
-----Original Message-----
From: 佐藤 美咲 <misaki.sato@nifty.com>
Sent: 2025年10月7日 21:15
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

田村様
確認できました。ありがとうございました！

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2025年10月7日 15:25
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

ご依頼の件、本日対応いたしました。今後は AWS05520981 をご利用ください。
これまで AWS12047763 に登録されていた認定資格も、AWS05520981 の認定一覧に表示されるようになっております。
""" % (D_CASE, D_CASE)
    body = part(txt, cte='quoted-printable')
    finish(33, 'close-enquete-quoted', body, frm=FROM_FORM, to=SATO, subject=FORM_SUBJ % D_CASE, when=w,
           snd=ses('amazon.com', w), prov='nifty', from_domain='amazon.com',
           irt='<%s@nifty.com>' % uuid.UUID(int=rnd.getrandbits(128)).hex[:20],
           label=('survey', D_CASE, [], True, 'ja'))

    # 034 Nakamura survey JA, O365
    w = G_OPEN + dt.timedelta(days=9, hours=1, minutes=12)
    txt = """中村 様

AWS サポートをご利用いただき、ありがとうございました。
サポートケース %s「資格アカウントの一本化のお願い」はクローズされました。

問題は解決しましたか？
　はい : https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

今回の対応について、５段階で評価していただけますと幸いです。いただいたご意見はサービス改善に活用させていただきます。

Amazon Web Services
""" % (G_CASE, G_CASE, G_CASE)
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    finish(34, 'close-hyouka', body, frm=FROM_CONSOLE, to=NAKAMURA,
           subject=hdr('Amazon Web Services: ケース %s はクローズされました' % G_CASE, 'iso-2022-jp'), when=w,
           snd=ses('amazon.com', w), prov='o365', from_domain='amazon.com',
           label=('survey', G_CASE, [], True, 'ja'))

    # ================================================================ credly_badge_issued
    def credly_html(greet, lead, badge, button, foot):
        return html_wrap("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td><p>%s</p><p>%s</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="140" alt=""><br><b>%s</b></p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">%s</a></p>
<p style="font-size:12px;color:#777">%s</p></td></tr></table></td></tr></table>""" % (
            greet, lead, uuid.UUID(int=rnd.getrandbits(128)), badge, uuid.UUID(int=rnd.getrandbits(128)), button, foot))

    FOOT = 'Credly, 2 Rector St, New York, NY 10006. <a href="https://www.credly.com/notifications">Manage email preferences</a>'

    # 035 Marco badge earned
    w = H_OPEN + dt.timedelta(days=7, hours=5)
    badge = 'AWS Certified DevOps Engineer – Professional'
    html = credly_html('Hi Marco,', 'Amazon Web Services Training and Certification has issued you a new badge. Accept it to showcase your achievement on LinkedIn, in your email signature and more.', badge, 'Accept your badge', FOOT)
    txt = 'Hi Marco,\n\nAmazon Web Services Training and Certification has issued you a new badge: %s.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n\nCredly, 2 Rector St, New York, NY 10006\n' % (badge, uuid.UUID(int=rnd.getrandbits(128)))
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    finish(35, 'credly-new-badge', body, frm=CREDLY, to=MARCO,
           subject=hdr('Marco, you earned a badge from Amazon Web Services Training and Certification'), when=w,
           snd=sendgrid('credly.com', MARCO, w), prov='gmail', from_domain='credly.com', p='REJECT',
           label=('credly_badge_issued', None, [], True, 'en'))

    # 036 Rahul badges transferred after merge
    w = C_OPEN + dt.timedelta(days=4, hours=9)
    txt = """Hi Rahul,

Good news! At the request of Amazon Web Services Training and Certification, the following badges have been transferred to your Credly account (venkat.rahul@gmail.com):

  - AWS Certified Security - Specialty
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

Some badges may need to be accepted before they appear on your public profile.

View your badges: https://www.credly.com/users/rahul-venkataraman/badges

The Credly Team
"""
    html = credly_html('Hi Rahul,', 'Good news! At the request of Amazon Web Services Training and Certification, 3 badges have been transferred to your Credly account (venkat.rahul@gmail.com). Some badges may need to be accepted before they appear on your public profile.',
                       'AWS Certified Security &ndash; Specialty, Solutions Architect &ndash; Associate, Cloud Practitioner', 'View your badges', FOOT)
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='base64'))
    finish(36, 'credly-badges-transferred', body, frm='Credly <admin@credly.com>', to=RAHUL,
           subject='3 badges have been added to your Credly account', when=w,
           snd=sendgrid('credly.com', RAHUL, w), prov='gmail', from_domain='credly.com', p='REJECT',
           label=('credly_badge_issued', None, [], True, 'en'))

    # 037 Mori Credly JA, HTML only base64
    w = T(2025, 5, 31, 2, 18, 40)
    html = credly_html('森 武 さん', 'Amazon Web Services Training and Certification から新しいバッジが届いています。このバッジは、認定アカウントの更新に伴い再発行されたものです。バッジを受け取って、LinkedIn やメール署名で共有しましょう。',
                       'AWS Certified Solutions Architect – Associate', 'バッジを受け取る', 'Credly, 2 Rector St, New York, NY 10006. <a href="https://www.credly.com/notifications">メール配信設定</a>')
    body = part(html, 'html', cte='base64')
    finish(37, 'credly-badge-uketoru', body, frm=CREDLY, to=MORI,
           subject=hdr('バッジを受け取る準備ができました: AWS Certified Solutions Architect – Associate'), when=w,
           snd=sendgrid('credly.com', MORI, w), prov='gmail', from_domain='credly.com', p='REJECT',
           label=('credly_badge_issued', None, [], True, 'ja'))

    # 038 Ito fake Credly badge JA (look-alike)
    w = Q_OPEN + dt.timedelta(days=3, hours=7)
    txt = """伊藤 真由美 様

AWS 認定アカウントの統合に伴い、新しいデジタルバッジが発行されました。

　バッジ名: AWS Certified Solutions Architect – Associate
　発行元: Amazon Web Services Training and Certification

バッジを受け取るには、72時間以内に下記より AWS 認定アカウントでサインインしてください。期限を過ぎるとバッジは失効します。

https://credly-notice.com/jp/accept?token=%s

Credly サポート
""" % uuid.UUID(int=rnd.getrandbits(128)).hex
    body = part(txt, cte='base64')
    snd = plain_sender('credly-notice.com', '91.219.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)), 'smtp.credly-notice.com', 'mail')
    finish(38, 'badge-hakkou-nisemono', body, frm='Credly <badges@credly-notice.com>', to=ITO,
           subject=hdr('【Credly】新しいバッジが発行されました'), when=w,
           snd=snd, prov='yahoojp', from_domain='credly-notice.com', dmarc='none',
           label=('credly_badge_issued', None, [], False, 'ja'))

    # 039 Jonas reminder: badge waiting to be accepted
    w = T(2025, 12, 20, 15, 2, 11)
    badge = 'AWS Certified Machine Learning Engineer – Associate'
    txt = 'Hi Jonas,\n\nYou have a badge waiting for you! Amazon Web Services Training and Certification issued you the %s badge, but you haven\'t accepted it yet.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n\nOnce accepted, you can share it with your network.\n\nCredly, 2 Rector St, New York, NY 10006\n' % (badge, uuid.UUID(int=rnd.getrandbits(128)))
    html = credly_html('Hi Jonas,', "You have a badge waiting for you! Amazon Web Services Training and Certification issued you a badge, but you haven't accepted it yet.", badge, 'Accept badge', FOOT)
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    finish(39, 'badge-waiting-reminder', body, frm=CREDLY, to=JONAS,
           subject=hdr('Reminder: your %s badge is waiting' % badge), when=w,
           snd=sendgrid('credly.com', JONAS, w), prov='gmx', from_domain='credly.com',
           label=('credly_badge_issued', None, [], True, 'en'))

    # 040 Emily badge, O365
    w = B_OPEN + dt.timedelta(days=5, hours=20)
    badge = 'AWS Certified Data Engineer – Associate'
    txt = 'Hello Emily Hartmann,\n\nAmazon Web Services Training and Certification sent you a new badge: %s.\n\nClaim it now to add it to your Credly profile: https://www.credly.com/earner/earned/badge/%s\n\nThe Credly Team\n' % (badge, uuid.UUID(int=rnd.getrandbits(128)))
    html = credly_html('Hello Emily Hartmann,', 'Amazon Web Services Training and Certification sent you a new badge. Claim it now to add it to your Credly profile.', badge, 'Claim badge', FOOT)
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    finish(40, 'credly-sent-you-badge', body, frm=CREDLY, to=EMILY,
           subject=hdr('Amazon Web Services Training and Certification sent you a new badge'), when=w,
           snd=sendgrid('credly.com', EMILY, w), prov='outlook', from_domain='credly.com',
           label=('credly_badge_issued', None, [], True, 'en'))

    # ================================================================ support_reply
    # 041 Emily: which account to keep
    w = B_OPEN + dt.timedelta(days=1, hours=3, minutes=25)
    txt = """Hello Emily,

Thank you for contacting AWS Training and Certification.

I looked up the information you provided and located two certification profiles that appear to belong to you:

- AWS02759314 (registered with emily.hartmann@outlook.com)
- AWS07461820 (registered with e.hartmann@brightlane-analytics.com)

Before I can set anything up, could you tell me which of these two you would like to keep using going forward? Please also confirm that you still have access to the email address on the profile you want to keep, since that is where future certification notices will be sent.

As soon as I hear back I'll prepare the next steps.
""" + FORM_SIG_EN % 'Tomasz K.'
    body = part(txt, cte='quoted-printable')
    finish(41, 'which-profile-to-keep', body, frm=FROM_FORM, to=EMILY, subject=FORM_SUBJ % B_CASE, when=w,
           snd=ses('amazon.com', w), prov='outlook', from_domain='amazon.com',
           label=('support_reply', B_CASE, [B_KEEP, B_OLD], True, 'en'))

    # 042 Rahul: thanks for confirming, submitted
    w = C_OPEN + dt.timedelta(days=2, hours=1, minutes=58)
    txt = """Hello Rahul,

Thank you for confirming. I have submitted the consolidation of AWS00659041 and AWS09977153 into AWS13308726 to our certification operations team. No further action is needed from you at this time; I'll update this case as soon as the work has been carried out, which normally takes one to three business days.

In the meantime, please avoid scheduling a new exam, as a pending appointment can hold up the process.
""" + CONSOLE_FOOTER_EN % ('Hyun-woo P.', C_CASE)
    body = part(txt, cte='quoted-printable')
    finish(42, 'submitted-to-ops-team', body, frm=FROM_CONSOLE, to=RAHUL,
           subject=hdr('RE:[CASE %s] Certification exam completed but shows on wrong account – merge request' % C_CASE), when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('support_reply', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en'))

    # 043 Mori: thanks, proceeding; no ids in new text
    w = T(2025, 5, 29, 2, 15, 20)
    txt = """森 武 様

ご確認いただき、ありがとうございます。
それでは、これより手続きを進めてまいります。作業が完了しましたら、改めて本ケースにてご連絡いたします。
通常１〜３営業日ほどお時間をいただいておりますので、今しばらくお待ちください。
""" + FORM_SIG_JA % '木下' + """
2025年5月29日(木) 8:02 森 武 <mori.takeshi.dev@gmail.com>:
> 木下様
>
> ご連絡ありがとうございます。
> 内容に間違いありません。統合を進めてください。
>
> 森
>
> 2025年5月28日(水) 9:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 【今後ご利用いただくアカウント】
> > AWS04182736
> >
> > 【上記アカウントへ統合し、閉鎖するアカウント】
> > AWS11930458
"""
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    irt = gmail_msgid()
    finish(43, 'kore-yori-susumemasu', body, frm=FROM_FORM, to=MORI, subject=FORM_SUBJ % A_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com', irt=irt,
           label=('support_reply', A_CASE, [], True, 'ja'))

    # 044 Laura: in progress; "once the merge is complete"; fastmail-style quote
    w = F_OPEN + dt.timedelta(days=2, hours=2, minutes=8)
    txt = """Hi Laura,

Thanks for confirming - I've passed the request to the team that handles account consolidation, and it's now in progress.

Once the merge is complete, you'll get a note from me, your exam history will show under AWS06613870, and your Credly badges should follow within a few days. If you have an exam voucher or the 50% discount benefit, it will also be available on the surviving account after the process finishes.

There's nothing else you need to do for now.
""" + FORM_SIG_EN % 'Priyanka D.' + """
On Wed, 14 Jan 2026, at 09:12, Laura Chen wrote:
> Yes, that's right, please go ahead.
>
> Laura
>
> On Tue, 13 Jan 2026, at 18:25, Amazon Web Services wrote:
> > Surviving account: AWS06613870 (laura.chen@fastmail.com)
> > Account being folded into it: AWS03925518 (lchen@northpeak.io)
> >
> > Could you reply to let me know this looks right?
"""
    body = part(txt, cte='quoted-printable')
    irt = '<%s@app.fastmail.com>' % uuid.UUID(int=rnd.getrandbits(128))
    finish(44, 'in-progress-once-complete', body, frm=FROM_FORM, to=LAURA, subject=FORM_SUBJ % F_CASE, when=w,
           snd=ses('amazon.com', w), prov='fastmail', from_domain='amazon.com', irt=irt,
           label=('support_reply', F_CASE, [F_KEEP], True, 'en'))

    # 045 Sato: needs more info JA, QP
    w = D_OPEN + dt.timedelta(days=1, hours=3, minutes=40)
    txt = """佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。カスタマーサポートの田村です。

アカウントの統合についてのご依頼、承りました。手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 統合したいもう一方のアカウントの AWS 受験者 ID（お分かりになる場合）
2. それぞれのアカウントにサインインする際のメールアドレス
3. 通知先として登録されているメールアドレス（サインイン用と異なる場合）
4. 今後どちらのアカウントを使い続けたいか

いただいたご依頼には AWS05520981 のみ記載がございましたため、もう一方のアカウントを特定できておりません。
""" + FORM_SIG_JA % '田村'
    body = part(txt, cte='quoted-printable')
    finish(45, 'tsuika-jouhou-irai', body, frm=FROM_FORM, to=SATO, subject=FORM_SUBJ % D_CASE, when=w,
           snd=ses('amazon.com', w), prov='nifty', from_domain='amazon.com',
           label=('support_reply', D_CASE, [D_KEEP], True, 'ja'))

    # 046 Kei: New correspondence added
    w = K_OPEN + dt.timedelta(days=1, hours=2, minutes=31)
    txt = """Hello,

A new correspondence has been added to your AWS Support case:

Case ID: %s
Subject: Two certification IDs under different emails

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % (K_CASE, K_CASE)
    body = alt(part(txt, cte='7bit', charset='us-ascii'), part(html_wrap(p2html(txt)), 'html', cte='quoted-printable'))
    finish(46, 'new-correspondence-added', body, frm=FROM_CONSOLE, to=KEI,
           subject='[Case %s] New correspondence added' % K_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('support_reply', K_CASE, [], True, 'en'))

    # 047 Nakamura: follow-up after merge, "still need help?"
    w = G_OPEN + dt.timedelta(days=6, hours=2, minutes=2)
    txt = """中村 様

Amazon Web Services の佐々木でございます。

その後、AWS01479253 にサインインして、お持ちの認定資格がすべて表示されているかご確認いただけましたでしょうか。
特に問題がなければ、本ケースは３日後に自動的にクローズされます。引き続きサポートが必要な場合は、サポートセンターからご返信ください。
""" + CONSOLE_FOOTER_JA % ('佐々木', G_CASE)
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    finish(47, 'sonogo-ikaga', body, frm=FROM_CONSOLE, to=NAKAMURA,
           subject=hdr('RE:[CASE %s] 資格アカウントの一本化のお願い' % G_CASE, 'iso-2022-jp'), when=w,
           snd=ses('amazon.com', w), prov='o365', from_domain='amazon.com',
           label=('support_reply', G_CASE, [G_KEEP], True, 'ja'))

    # 048 Kobayashi: blocked by scheduled exam JA
    w = P_OPEN + dt.timedelta(days=1, hours=1, minutes=37)
    txt = """小林 聡 様

AWS トレーニングと認定カスタマーサポートの松井です。

ご依頼の件について確認いたしましたところ、統合元となる AWS13775204 に 10月2日の試験予約（AWS Certified Solutions Architect - Professional）が入っておりました。試験の予約が残っている状態では、アカウントをまとめる手続きを行うことができません。

お手数ですが、受験後に結果が反映されてから改めてご連絡いただくか、予約をキャンセルしたうえでお知らせください。
なお、予約をそのまま AWS02288561 側へ付け替えることはできかねますので、ご了承ください。
""" + FORM_SIG_JA % '松井'
    body = part(txt, cte='base64')
    finish(48, 'shiken-yoyaku-ari', body, frm=FROM_FORM, to=KOBA, subject=FORM_SUBJ % P_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('support_reply', P_CASE, [P_KEEP, P_OLD], True, 'ja'))

    # 049 Jonas: escalated
    w = T(2025, 12, 4, 9, 41, 2)
    txt = """Hello Jonas,

Thank you for your patience.

I've escalated your request to combine AWS07718290 and AWS13092846 to our internal team that handles changes to certification records. Due to the current volume of requests this usually takes 3-5 business days. I'll update you here as soon as I have news.

Please don't open a new case for this request - it would only delay things.
""" + FORM_SIG_EN % 'Sebastian M.'
    body = part(txt, cte='quoted-printable')
    finish(49, 'escalated-internal-team', body, frm=FROM_FORM, to=JONAS, subject=FORM_SUBJ % J_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmx', from_domain='amazon.com',
           label=('support_reply', J_CASE, [J_KEEP, J_OLD], True, 'en'))

    # 050 Takahashi: investigating, Shift_JIS label but CP932 chars, 8bit
    w = M_OPEN + dt.timedelta(days=2, hours=1, minutes=5)
    txt = """高橋 亮 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定カスタマーサポートの上田です。

ご依頼いただいたアカウントの件、現在担当チームにて以下の点を確認しております。

① AWS04409316 と AWS11586702 の登録氏名の表記が異なる点（ローマ字／漢字）
② AWS11586702 に現在予約中の試験がないか

確認が取れ次第、改めてご連絡いたします。お時間をいただき申し訳ございません。
""" + FORM_SIG_JA % '上田'
    body = part(txt, charset='shift_jis', cte='8bit', actual='cp932')
    finish(50, 'kakunin-chuu-sjis', body, frm=FROM_FORM, to=TAKA, subject=FORM_SUBJ % M_CASE, when=w,
           snd=ses('amazon.com', w), prov='ocn', from_domain='amazon.com',
           label=('support_reply', M_CASE, [M_KEEP, M_OLD], True, 'ja'))

    # 051 Jonas: Credly follow-up question
    w = T(2025, 12, 12, 14, 20, 45)
    txt = """Hello Jonas,

Thanks for letting us know that the Machine Learning Engineer - Associate badge hasn't shown up on your Credly profile.

Credly badges are tied to the email address on the Credly profile, not to the candidate ID itself. To look into this, could you tell us:

1. the email address your older Credly profile uses, and
2. whether you'd like us to ask Credly to combine the two Credly profiles as well?

Once we have this we'll raise it with the Credly team for AWS07718290.
""" + FORM_SIG_EN % 'Sebastian M.'
    body = part(txt, cte='quoted-printable')
    finish(51, 'credly-profile-question', body, frm=FROM_FORM, to=JONAS, subject=FORM_SUBJ % J_CASE, when=w,
           snd=ses('amazon.com', w), prov='gmx', from_domain='amazon.com',
           label=('support_reply', J_CASE, [J_KEEP], True, 'en'))

    # 052 Takahashi: started, "統合が終わりましたら" conditional
    w = M_OPEN + dt.timedelta(days=4, hours=18, minutes=25)
    txt = """高橋 亮 様

お待たせしております。上田です。

確認の結果、両アカウントとも高橋様ご本人のものであることを確認できましたので、先日ご承諾いただいた内容で統合の手続きに入りました。

統合が終わりましたら AWS11586702 でのサインインはできなくなりますので、以降は AWS04409316 をご利用ください。Credly のバッジについても、統合完了後に再発行される予定です。

手続き完了まで１〜２営業日ほどお待ちください。
""" + FORM_SIG_JA % '上田'
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    finish(52, 'tetsuzuki-ni-hairimashita', body, frm=FROM_FORM, to=TAKA, subject=FORM_SUBJ % M_CASE, when=w,
           snd=ses('amazon.com', w), prov='ocn', from_domain='amazon.com',
           label=('support_reply', M_CASE, [M_KEEP, M_OLD], True, 'ja'))

    # ================================================================ unrelated
    # 053 Seller Central merge request
    w = T(2025, 6, 17, 8, 55, 0)
    txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to merge your seller accounts on Amazon.it and Amazon.de into a single account.

Existing seller accounts cannot be combined into one account. However, you can link them under a Unified Account so that you manage both marketplaces with one login. Before I start the linking process, please confirm which account you would like to keep as the primary (merchant token A2K7Q0V9XJ3M1P or A1R8LZ4EH2TQ6N).

Please note that once accounts are linked, unlinking them requires a new request.

We hope this helps.

Was this email helpful? Yes / No

Thank you for selling with Amazon,
Alessandra
Amazon.it Selling Partner Support
"""
    body = part(txt, cte='quoted-printable')
    finish(53, 'seller-central-unified', body, frm='Amazon Seller Central <seller-answers@amazon.com>', to=MARCO,
           subject='RE:[CASE 5884881212] Request to merge two seller accounts', when=w,
           snd=ses('amazon.com', w), prov='gmail', from_domain='amazon.com',
           label=('unrelated', '5884881212', [], True, 'en'))

    # 054 AWS billing / Organizations "統合" JA
    w = G2_OPEN + dt.timedelta(days=1, hours=3)
    txt = """中村 様

Amazon Web Services 請求サポートの藤田でございます。

お問い合わせいただきました、子会社でご利用中の AWS アカウント（アカウント ID: 482917360054）を貴社の組織に統合し、請求を一本化する件についてご案内いたします。

AWS Organizations の管理アカウントからメンバーアカウントへ招待を送信し、メンバーアカウント側で承諾いただくことで、一括請求（コンソリデーティッドビリング）が有効になります。承諾後は、翌月分からの請求が管理アカウントにまとめて計上されます。

なお、２つの AWS アカウントそのものを１つに合体させる機能はございませんので、ご了承ください。
""" + CONSOLE_FOOTER_JA % ('藤田', G2_CASE)
    body = part(txt, cte='base64')
    finish(54, 'seikyuu-ikkatsu-organizations', body, frm=FROM_CONSOLE, to=NAKAMURA,
           subject=hdr('RE:[CASE %s] 請求アカウントの統合（一括請求）について' % G2_CASE), when=w,
           snd=ses('amazon.com', w), prov='o365', from_domain='amazon.com',
           label=('unrelated', G2_CASE, [], True, 'ja'))

    # 055 GitHub merged PR
    w = T(2025, 9, 3, 17, 22, 8)
    txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-learning/lms-platform/pull/482#event-19244371852
You are receiving this because you authored the thread.

Message ID: <acme-learning/lms-platform/pull/482/issue_event/19244371852@github.com>
"""
    html = html_wrap('<p>Merged <a href="https://github.com/acme-learning/lms-platform/pull/482">#482</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/acme-learning/lms-platform/pull/482#event-19244371852">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
    body = alt(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='7bit', charset='us-ascii'))
    snd = plain_sender('github.com', '192.30.252.%d' % rnd.randint(190, 210), 'out-%d.smtp.github.com' % rnd.randint(20, 28), 'pf2023',
                       mailfrom='noreply@github.com')
    finish(55, 'github-pr-merged', body, frm='Priya Sharma <notifications@github.com>', to=RAHUL,
           subject='Re: [acme-learning/lms-platform] Merge duplicate learner accounts on first SSO login (PR #482)', when=w,
           snd=snd, prov='gmail', from_domain='github.com', p='REJECT',
           msgid='<acme-learning/lms-platform/pull/482/issue_event/19244371852@github.com>',
           irt='<acme-learning/lms-platform/pull/482@github.com>',
           extra=[('List-ID', 'acme-learning/lms-platform <lms-platform.acme-learning.github.com>'),
                  ('X-GitHub-Reason', 'author')],
           label=('unrelated', None, [], False, 'en'))

    # 056 Pearson VUE appointment JA, candidate ID present
    w = T(2025, 6, 10, 3, 12, 55)
    txt = """森 武 様

この度は Pearson VUE をご利用いただき、誠にありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Security - Specialty (SCS-C02)
試験日時: 2025年7月5日(土) 13:30 JST
受験形式: オンライン (OnVUE)
受験者 ID: AWS04182736
登録番号: 512%06d

試験開始の30分前からチェックインが可能です。ご予約の変更・キャンセルは、試験開始の24時間前までにお手続きください。

Pearson VUE
""" % rnd.randint(0, 999999)
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    snd = plain_sender('pearson.com', '159.112.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)), 'mx-out%d.pearson.com' % rnd.randint(1, 6), 'pearson2024')
    finish(56, 'pearsonvue-yoyaku-kakunin', body, frm='Pearson VUE <pearsonvueconfirmation@pearson.com>', to=MORI,
           subject=hdr('試験のご予約確認 - AWS Certified Security - Specialty', 'iso-2022-jp'), when=w,
           snd=snd, prov='gmail', from_domain='pearson.com', p='REJECT',
           label=('unrelated', None, [A_KEEP], False, 'ja'))

    # 057 Credly own account merge code
    w = T(2025, 6, 2, 19, 4, 33)
    txt = """Hi Emily,

We received a request to merge the Credly account e.hartmann@brightlane-analytics.com into your account.

Your verification code is: 583104

Enter this code on the merge screen, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

If you did not request this, you can safely ignore this email.

The Credly Team
""" % uuid.UUID(int=rnd.getrandbits(128)).hex
    body = alt(part(txt, cte='quoted-printable'), part(html_wrap(p2html(txt)), 'html', cte='quoted-printable'))
    finish(57, 'credly-merge-code', body, frm='Credly <admin@credly.com>', to=EMILY,
           subject='Your Credly account merge verification code', when=w,
           snd=sendgrid('credly.com', EMILY, w), prov='outlook', from_domain='credly.com',
           label=('unrelated', None, [], True, 'en'))

    # 058 Credly expiry reminder
    w = T(2026, 2, 18, 16, 0, 4)
    badge = 'AWS Certified Cloud Practitioner'
    txt = 'Hi Laura,\n\nYour %s badge will expire on May 19, 2026.\n\nTo keep your badge active, complete the recertification requirements set by Amazon Web Services Training and Certification before it expires.\n\nView badge: https://www.credly.com/badges/%s\n\nCredly, 2 Rector St, New York, NY 10006\n' % (badge, uuid.UUID(int=rnd.getrandbits(128)))
    html = credly_html('Hi Laura,', 'Your badge will expire on May 19, 2026. To keep it active, complete the recertification requirements set by Amazon Web Services Training and Certification before it expires.', badge, 'View badge', FOOT)
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    finish(58, 'badge-expires-soon', body, frm=CREDLY, to=LAURA,
           subject='Your %s badge expires in 90 days' % badge, when=w,
           snd=sendgrid('credly.com', LAURA, w), prov='fastmail', from_domain='credly.com',
           label=('unrelated', None, [], True, 'en'))

    # 059 colleague JA, mentions completed merge + own ids
    w = T(2025, 7, 22, 3, 48, 12)
    txt = """中村さん

お疲れさまです。松本です。

統合が完了したとのこと、よかったですね！手順の共有ありがとうございます。
私も前職のアカウント（aws10098442）と今のアカウント（AWS03381275）があるので、教えていただいた問い合わせフォームから申請してみます。
確認のメールが来たら返信すればいいんですよね。

よろしくお願いします。

---------------------------------
北原産業株式会社 情報システム部
松本 陽介
y.matsumoto@kitahara-sangyo.co.jp
---------------------------------

________________________________
差出人: 中村 大輔 <d.nakamura@kitahara-sangyo.co.jp>
送信日時: 2025年7月22日 10:05
宛先: 松本 陽介 <y.matsumoto@kitahara-sangyo.co.jp>
件名: AWS認定アカウントの統合について

松本さん

先日お話しした件、AWS から統合完了の連絡が来ました。
サポートセンターでケースを作ると、数日で対応してもらえました。
"""
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    internal = dict(ip='2603:1096:400:1a2::7', host='TYCPR01MB8475.jpnprd01.prod.outlook.com', mailfrom='y.matsumoto@kitahara-sangyo.co.jp',
                    mf_domain='kitahara-sangyo.co.jp', msgid=outlook_msgid().replace('namprd', 'jpnprd'), dkim=[], extra=[
                        ('Thread-Topic', hdr('AWS認定アカウントの統合について', name='Thread-Topic')),
                        ('Thread-Index', 'AQHb+' + rb64(30)[:40]),
                        ('Accept-Language', 'ja-JP, en-US'),
                        ('Content-Language', 'ja-JP')])
    ar = [('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=kitahara-sangyo.co.jp;'),
          ('Received', 'from TYCPR01MB8475.jpnprd01.prod.outlook.com\n ([fe80::5a1c:2f3e:91b0:7c44]) by TYCPR01MB8475.jpnprd01.prod.outlook.com\n ([fe80::5a1c:2f3e:91b0:7c44%4]) with mapi id 15.20.8857.016; ' + fmt(w, JST))]
    # build receiving side manually (internal o365 mail)
    H = [('Received', 'from TYCPR01MB8475.jpnprd01.prod.outlook.com (2603:1096:400:1a2::7) by\n OS3PR01MB6921.jpnprd01.prod.outlook.com with HTTPS; ' + fmt(w + dt.timedelta(seconds=2), UTC).replace('-0000', '+0000'))] + ar
    finish_internal(59, 're-tougou-douryou', body, H, frm=addr('松本 陽介', 'y.matsumoto@kitahara-sangyo.co.jp', 'iso-2022-jp'),
                    to=addr('中村 大輔', NAKAMURA, 'iso-2022-jp'), subject=hdr('RE: AWS認定アカウントの統合について', 'iso-2022-jp'),
                    when=w, snd=internal, irt=outlook_msgid().replace('namprd', 'jpnprd'),
                    label=('unrelated', None, ['AWS03381275', 'AWS10098442'], False, 'ja'))

    # 060 Builder ID verification code JA, no AR
    w = T(2025, 11, 25, 11, 30, 52)
    txt = """AWS Builder ID

E メールアドレスの検証

AWS Builder ID の作成を続行するには、以下の確認コードを入力してください。

確認コード: 618204

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
    body = alt(part(txt, cte='base64'), part(html_wrap(p2html(txt)), 'html', cte='base64'))
    snd = ses('signin.aws', w, selector='a2rlunwp7sunykh4ujcwugppuhhyxspe')
    finish(60, 'builder-id-kakunin-code', body, frm='AWS <no-reply@signin.aws>', to=YAMADA,
           subject=hdr('AWS Builder ID の E メールアドレスを検証してください'), when=w,
           snd=snd, prov='none', from_domain='signin.aws',
           label=('unrelated', None, [], None, 'ja'))


def finish_internal(n, slug, body, H, *, frm, to, subject, when, snd, irt, label):
    H = list(H)
    H += [('Date', format_datetime(when.astimezone(JST))), ('From', frm), ('To', to), ('Subject', subject),
          ('Message-ID', snd['msgid']), ('In-Reply-To', irt), ('References', irt)]
    H += snd['extra']
    H += [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
          ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB8475.jpnprd01.prod.outlook.com'),
          ('X-MS-Exchange-Organization-AuthAs', 'Internal')]
    content = list(body._headers)
    body._headers = H + [('MIME-Version', '1.0')] + content
    fn = '%03d-%s.eml' % (n, slug)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(body.as_bytes(policy=POL))
    kind, case_id, accts, verified, lang = label
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accts)),
                  'sender_verified': verified, 'language': lang}


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    build_all()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails written')
