#!/usr/bin/env python3
"""Generator for blind set 48: AWS Certification account-merge mail, written by
agents who write badly or unusually. Run: python3 make_set.py"""
import base64, quopri, io, json, os, random, hashlib
import datetime as dt
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email import policy, quoprimime
from email.generator import BytesGenerator
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(480048)
POL = policy.compat32.clone(max_line_length=0, linesep='\r\n')
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))

def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)

def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def cid15(t):
    return '%d%05d' % (int(t.timestamp()), R.randint(0, 99999))

def fmt(t):
    return format_datetime(t)

# ---------------------------------------------------------------- MIME parts
CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
         'windows-1252': 'cp1252', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1'}

def part(text, sub='plain', cs='utf-8', cte='qp', label=None, fmt_flowed=False):
    data = text.replace('\r\n', '\n').encode(CODEC[cs])
    p = MIMENonMultipart('text', sub)
    p.set_param('charset', label or cs)
    if fmt_flowed:
        p.set_param('format', 'flowed')
    if cte == 'b64':
        p['Content-Transfer-Encoding'] = 'base64'
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'qp':
        p['Content-Transfer-Encoding'] = 'quoted-printable'
        p.set_payload(quopri.encodestring(data).decode('ascii'))
    elif cte == '7bit':
        p['Content-Transfer-Encoding'] = '7bit'
        p.set_payload(data.decode('ascii'))
    elif cte == '8bit':
        p['Content-Transfer-Encoding'] = '8bit'
        p.set_payload(data.decode('ascii', 'surrogateescape'))
    else:
        raise ValueError(cte)
    return p

def alt(*parts):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (
        R.randint(100000, 999999), R.randint(10000000, 99999999), R.randint(10**12, 10**13)))
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m

def mixed(*parts):
    m = MIMEMultipart('mixed', boundary='=_%s' % rhex(28))
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m

def ew(s, cs='utf-8', enc='B', chunk=14, label=None):
    """Encoded words, one per `chunk` characters, folded over lines."""
    label = label or cs
    words = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk].encode(CODEC[cs])
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (label, base64.b64encode(piece).decode()))
        else:
            words.append(quoprimime.header_encode(piece, label))
    return '\n '.join(words)

# ---------------------------------------------------------------- senders
SES_IPS = ['54.240.8.35', '54.240.8.91', '54.240.11.102', '54.240.27.17',
           '54.240.48.96', '54.240.9.44', '54.240.13.79']

def ses_id(t):
    return '0100%012x-%s-%s-%s-%s-%s-000000' % (int(t.timestamp() * 1000) + R.randint(0, 900),
        rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def sender_aws(t, dom='amazon.com'):
    sid = ses_id(t)
    ip = R.choice(SES_IPS)
    host = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])
    return dict(kind='ses', ip=ip, helo=host, mailfrom='%s@amazonses.com' % sid,
                msgid='<%s@email.amazonses.com>' % sid, dkim=[(dom, 'rjqv2sh43xl5vlulwchi76i4pngb4h6d'),
                ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], from_dom=dom, t=t)

def sender_generic(t, dom, ip, helo, mailfrom, msgid, dkim=None):
    return dict(kind='generic', ip=ip, helo=helo, mailfrom=mailfrom, msgid=msgid,
                dkim=dkim if dkim is not None else [(dom, 's1')], from_dom=dom, t=t)

def sender_credly(t, rcpt, dom='credly.com'):
    ip = '149.72.%d.%d' % (R.randint(100, 250), R.randint(2, 250))
    return sender_generic(t, dom, ip, 'o%d.ptr%d.%s' % (R.randint(1, 9), R.randint(1000, 9999), 'em.' + dom),
                          'bounces+%d-%s-%s@em.%s' % (R.randint(1000000, 9999999), rhex(4), rcpt.replace('@', '='), dom),
                          '<%s.%s@ismtpd-%s.sendgrid.net>' % (rb64(15).replace('/', 'x').replace('+', 'y'), rhex(4), rhex(6)),
                          dkim=[(dom, 's1'), ('sendgrid.info', 'smtpapi')])

def dkim_headers(snd):
    out = []
    for d, s in snd['dkim']:
        out.append(('DKIM-Signature',
            'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
            '\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date%s;\n\tbh=%s;\n\tb=%s\n\t%s'
            % (s, d, int(snd['t'].timestamp()), ':Feedback-ID' if d == 'amazonses.com' else '',
               rb64(32), rb64(96)[:76], rb64(96)[:96])))
    return out

def verdict(snd, dkim='pass', spf='pass', dmarc='pass', hfrom=None):
    return dict(dkim=dkim, spf=spf, dmarc=dmarc, hfrom=hfrom or snd['from_dom'])

# ---------------------------------------------------------------- receivers
def tstr(t):
    return fmt(t)

def trace_gmail(user, snd, v, t):
    t0 = t + dt.timedelta(seconds=R.randint(1, 4))
    s, d = snd, v
    dk = ''.join('\n       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
        d['dkim'], dom, sel, rb64(6)[:8]) for dom, sel in s['dkim'])
    if not s['dkim']:
        dk = ''
    spf_txt = {'pass': 'designates %s as permitted sender' % s['ip'],
               'fail': 'does not designate %s as permitted sender' % s['ip'],
               'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (s['mailfrom'], s['ip']),
               'neutral': '%s is neither permitted nor denied by best guess record for domain of %s' % (s['ip'], s['mailfrom'])}[d['spf']]
    pol = {'amazon.com': 'QUARANTINE', 'credly.com': 'QUARANTINE', 'github.com': 'REJECT',
           'pearson.com': 'REJECT', 'signin.aws': 'REJECT'}.get(d['hfrom'], 'NONE')
    ar = 'mx.google.com;%s\n       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        dk, d['spf'], s['mailfrom'], spf_txt, s['mailfrom'], d['dmarc'], pol, pol,
        'NONE' if d['dmarc'] == 'pass' else ('QUARANTINE' if pol != 'NONE' else 'NONE'), d['hfrom'])
    if d['spf'] == 'softfail':
        ar = ar.replace('(google.com: domain of %s domain of' % s['mailfrom'], '(google.com: domain of')
    return [
        ('Delivered-To', user),
        ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(3), R.choice('abcdefghijklmnopqrstuvwxyz') + 'sp' + str(R.randint(100, 999)) + 'csp', tstr(t0))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:86]),
        ('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(12), rhex(8), R.randint(1, 99), R.randint(1760000000000, 1769999999999) // 1000000, tstr(t0))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s' % (
            int(t0.timestamp()), rb64(60), rb64(60))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
            rb64(32), rb64(32), rb64(60))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % s['mailfrom']),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            s['helo'], s['helo'], s['ip'], rhex(13), rhex(10), R.randint(1000000, 9999999), R.randint(1, 999), t.strftime('%Y.%m.%d.%H.%M.%S'), user, tstr(t))),
        ('Received-SPF', '%s (google.com: domain of %s %s) client-ip=%s;' % (d['spf'], s['mailfrom'], spf_txt, s['ip'])),
        ('Authentication-Results', ar),
    ]

def trace_o365(user, snd, v, t, tenant='namprd02'):
    s, d = snd, v
    t0 = t + dt.timedelta(seconds=R.randint(1, 3))
    p1 = 'SA1PR%02dMB%d' % (R.randint(10, 19), R.randint(1000, 9999))
    p2 = 'BN9PR%02dCA%04d' % (R.randint(1, 9), R.randint(1, 999))
    p3 = 'BN2PEPF0000%s' % rhex(4).upper()
    dk = 'dkim=%s (signature was verified)\n header.d=%s;' % (d['dkim'], s['dkim'][0][0]) if s['dkim'] and d['dkim'] == 'pass' else \
         ('dkim=fail (body hash did not verify)\n header.d=%s;' % s['dkim'][0][0] if s['dkim'] else 'dkim=none (message not signed)\n header.d=none;')
    act = 'none' if d['dmarc'] == 'pass' else ('quarantine' if d['hfrom'] in ('amazon.com',) else 'none')
    comp = 'compauth=pass reason=100' if d['dmarc'] == 'pass' else 'compauth=fail reason=000'
    spf_dom = s['mailfrom'].split('@')[-1]
    ar = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s dmarc=%s action=%s header.from=%s;%s' % (
        d['spf'], s['ip'], spf_dom, dk, d['dmarc'], act, d['hfrom'], comp)
    ar = ar.replace('; dmarc=', ';dmarc=')
    return [
        ('Received', 'from %s.%s.prod.outlook.com (2603:10b6:806:%s::%s) by\n %s.%s.prod.outlook.com with HTTPS; %s' % (
            p1, tenant, rhex(3), rhex(2), 'PH0PR%02dMB%d' % (R.randint(10, 19), R.randint(1000, 9999)), tenant, tstr(t0))),
        ('Received', 'from %s.%s.prod.outlook.com (2603:10b6:408:%s::%s)\n by %s.%s.prod.outlook.com (2603:10b6:806:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            p2, tenant, rhex(3), rhex(2), p1, tenant, rhex(3), rhex(2), R.randint(8000, 9400), R.randint(10, 40), tstr(t0))),
        ('Received', 'from %s.%s.prod.outlook.com\n (2603:10b6:408:%s:cafe::%s) by %s.outlook.office365.com\n (2603:10b6:408:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            p3, tenant, rhex(3), rhex(2), p2, rhex(3), rhex(2), R.randint(8000, 9400), R.randint(10, 40), tstr(t))),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s%s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            d['spf'].capitalize(), spf_dom, ' designates' if d['spf'] == 'pass' else ' does not designate',
            s['ip'], s['ip'], s['helo'])),
        ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
            s['helo'], s['ip'], p3, R.randint(2, 250), R.randint(8000, 9400), R.randint(10, 40), tstr(t))),
    ]

def trace_jp(user, snd, v, t, prov):
    s, d = snd, v
    t0 = t + dt.timedelta(seconds=R.randint(1, 5))
    tj = t0.astimezone(JST)
    dkd = s['dkim'][0][0] if s['dkim'] else 'none'
    if prov == 'yahoo':
        mta = 'mta%d.mail.kks.yahoo.co.jp' % R.randint(5001, 5040)
        ar = '%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n\tdmarc=%s header.from=%s' % (
            mta, d['spf'], s['mailfrom'].split('@')[-1], d['dkim'], dkd, d['dmarc'], d['hfrom'])
        return [
            ('Received', 'from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s' % (
                s['helo'], s['helo'], s['ip'], mta, rhex(10).upper(), user, tstr(tj))),
            ('Authentication-Results', ar),
            ('Received-SPF', '%s (%s: domain of %s designates %s as permitted sender)' % (d['spf'], mta, s['mailfrom'], s['ip'])),
        ]
    if prov == 'nifty':
        ar = 'mx.nifty.com;\n spf=%s smtp.mailfrom=%s;\n dkim=%s header.d=%s header.s=%s;\n dmarc=%s (p=quarantine dis=none) header.from=%s' % (
            d['spf'], s['mailfrom'], d['dkim'], dkd, s['dkim'][0][1] if s['dkim'] else 'none', d['dmarc'], d['hfrom'])
        return [
            ('Received', 'from mfsmtp%02d.nifty.com (mfsmtp%02d.nifty.com [10.126.38.%d])\n\tby mfmail%02d.nifty.com with ESMTP id <%s@mfmail.nifty.com>\n\tfor <%s>; %s' % (
                R.randint(1, 30), R.randint(1, 30), R.randint(2, 250), R.randint(1, 30), rhex(16), user, tstr(tj))),
            ('Authentication-Results', ar),
            ('Received', 'from %s ([%s])\n\tby mx%02d.nifty.com with ESMTP; %s' % (s['helo'], s['ip'], R.randint(1, 20), tstr(tj))),
        ]
    if prov == 'biglobe':
        ar = 'biglobe.ne.jp; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s; dmarc=%s header.from=%s' % (
            d['spf'], s['mailfrom'].split('@')[-1], d['dkim'], dkd, d['dmarc'], d['hfrom'])
        return [
            ('Received', 'from mail-in%02d.biglobe.ne.jp (mail-in%02d.biglobe.ne.jp [133.205.%d.%d])\n\tby mbox%02d.biglobe.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
                R.randint(1, 9), R.randint(1, 9), R.randint(1, 250), R.randint(1, 250), R.randint(1, 30), rhex(10).upper(), user, tstr(tj))),
            ('Authentication-Results', ar),
            ('Received', 'from %s (%s [%s])\n\tby mail-in%02d.biglobe.ne.jp (Postfix) with ESMTPS id %s; %s' % (
                s['helo'], s['helo'], s['ip'], R.randint(1, 9), rhex(10).upper(), tstr(tj))),
        ]
    raise ValueError(prov)

def trace_fastmail(user, snd, v, t):
    s, d = snd, v
    t0 = t + dt.timedelta(seconds=R.randint(1, 3))
    dk = ''.join('\n    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s;' % (
        d['dkim'], dom, dom, rb64(6)[:8], sel) for dom, sel in s['dkim'])
    ar = 'mx%d.messagingengine.com;%s\n    dmarc=%s policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n    iprev=pass smtp.remote-ip=%s (%s);\n    spf=%s smtp.mailfrom=%s smtp.helo=%s' % (
        R.randint(1, 9), dk, d['dmarc'], d['hfrom'], s['ip'], s['helo'], d['spf'], s['mailfrom'], s['helo'])
    return [
        ('Return-Path', '<%s>' % s['mailfrom']),
        ('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.nyi.internal (Cyrus %s) with LMTPA;\n\t %s' % (
            R.randint(1, 9), R.randint(1, 9), R.randint(40, 50), R.randint(10, 60), '3.13.0-alpha0-' + rhex(6), tstr(t0))),
        ('X-Cyrus-Session-Id', 'sloti%d-%d-%d-2-%d' % (R.randint(10, 60), int(t.timestamp()), R.randint(100000, 999999), R.randint(10**18, 10**19))),
        ('X-Sieve', 'CMU Sieve 3.0'),
        ('X-Spam-known-sender', 'no'),
        ('Received-SPF', '%s\n    (%s: Sender is authorized to use \'%s\' in \'mfrom\' identity (mechanism \'include:%s\' matched))\n    receiver=mx%d.messagingengine.com;\n    identity=mailfrom;\n    envelope-from="%s";\n    helo=%s;\n    client-ip=%s' % (
            d['spf'], s['mailfrom'].split('@')[-1], s['mailfrom'], 'amazonses.com' if 'amazonses' in s['mailfrom'] else 'sendgrid.net', R.randint(1, 9), s['mailfrom'], s['helo'], s['ip'])),
        ('Authentication-Results', ar),
        ('Received', 'from %s (%s [%s])\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (
            s['helo'], s['helo'], s['ip'], R.randint(1, 9), user, tstr(t))),
    ]

def trace_corp(user, snd, t, dom='hartwell-logistics.com'):
    """On-premise relay that records no authentication verdict."""
    s = snd
    t0 = t + dt.timedelta(seconds=R.randint(2, 9))
    return [
        ('Received', 'from mailhub01.%s (10.40.2.11) by exch-mbx03.%s\n (10.40.2.23) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; %s' % (dom, dom, tstr(t0))),
        ('Received', 'from gw-in02.%s (gw-in02.%s [203.0.113.%d])\n\tby mailhub01.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            dom, dom, R.randint(2, 250), dom, rhex(11).upper(), user, tstr(t0))),
        ('Received', 'from %s (%s [%s])\n\tby gw-in02.%s (8.17.1/8.17.1) with ESMTPS id %s\n\tfor <%s>; %s' % (
            s['helo'], s['helo'], s['ip'], dom, rb64(9)[:12], user, tstr(t))),
        ('X-Virus-Scanned', 'amavisd-new at %s' % dom),
    ]

# ---------------------------------------------------------------- assembly
def build(body, trace, snd, frm, to, subj, date, extra=None, ses=None, reply=None, xheaders=None, msgid=None):
    hdrs = list(trace)
    if snd is not None:
        hdrs += dkim_headers(snd)
    hdrs += [('From', frm), ('To', to), ('Subject', subj), ('Date', fmt(date)),
             ('Message-ID', msgid or snd['msgid'])]
    if reply:
        hdrs += [('In-Reply-To', reply[0]), ('References', reply[1] if len(reply) > 1 else reply[0])]
    if extra:
        hdrs += extra
    if snd is not None and snd['kind'] == 'ses':
        hdrs += [('X-SES-Outgoing', '%s-%s' % (date.strftime('%Y.%m.%d'), snd['ip'])),
                 ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:43])]
    if xheaders:
        hdrs += xheaders
    content = [(k, v) for k, v in body._headers if k.lower() in ('content-type', 'content-transfer-encoding')]
    body._headers = hdrs + [('MIME-Version', '1.0')] + content
    b = io.BytesIO()
    BytesGenerator(b, policy=POL, mangle_from_=False).flatten(body)
    return b.getvalue()

MAILS = []
def mail(slug, kind, lang, case, accts, sv):
    def deco(fn):
        MAILS.append(dict(slug=slug, kind=kind, lang=lang, case=case, accts=accts, sv=sv, fn=fn))
        return fn
    return deco

AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
LEGAL = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
         'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
         'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')

# =====================================================================
# Thread A: Kenji Watanabe, Gmail, Japanese form case
# =====================================================================
KENJI = 'kenji.wtnb.0412@gmail.com'
KENJI_TO = '%s <%s>' % (ew('渡辺 健二', 'utf-8'), KENJI)
A_OPEN = T(2025, 5, 27, 14, 41, 7)
CA = cid15(A_OPEN)
A_K, A_M = 'AWS03817264', 'AWS05529103'
A_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

@mail('watanabe-gmail-iso2022', 'case_created', 'ja', CA, [A_K], True)
def a1():
    t = A_OPEN + dt.timedelta(seconds=6)
    snd = sender_aws(t)
    body = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お客様のリクエストは、ケース番号 {CA} として記録されました。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変更せずに、このメールにそのまま
ご返信ください。同じ内容で新しいお問い合わせを送信されますと、対応に
お時間をいただく場合がございます。

--- ご送信内容 ---
問い合わせの種類: Certification
詳細: Account Merge
AWS 受験者 ID: {A_K}
連絡先メールアドレス: {KENJI}
------------------

Amazon Web Services
"""
    subj = ew('お問い合わせを受け付けました ', 'iso-2022-jp', chunk=9, label='ISO-2022-JP') + '\n [CASE %s] %s' % (CA, A_SUBJ)
    return build(part(body, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
                 trace_gmail(KENJI, snd, verdict(snd), t), snd, AWS_FORM, KENJI_TO, subj, t)

@mail('watanabe-gmail-mt-questions', 'support_reply', 'ja', CA, [A_K], True)
def a2():
    t = T(2025, 5, 28, 6, 12, 44)
    snd = sender_aws(t)
    body = f"""お客様へ

こんにちは、私どもにお問い合わせをありがとうございました。私はあなたのアカウントの統合をお手伝いすることを喜んでいます。

統合を進行するために、以下の情報を私に提供してくださいますようにお願いします：

・両方のアカウントでログインに使われるメールアドレス
・各アカウントの通知メールアドレス（もし異なるならば）
・どちらのアカウントを残したいですか（保持されるアカウント）
・統合を望む理由

受験者ID {A_K} のアカウントは私は見つけることができましたが、もう一方のアカウントは、お客様が提供された情報では見つけることができませんでした。古い会社のメールアドレスなどを使った可能性はありますか？

あなたのお返事をお待ちしています。素晴らしい一日をお過ごしください！

よろしくお願いします、
Rahul
アマゾン ウェブ サービス

We value your feedback. Please share your experience by rating this correspondence using the link below.
"""
    subj = 'RE:[CASE %s] %s' % (CA, A_SUBJ)
    return build(part(body, cte='b64'), trace_gmail(KENJI, snd, verdict(snd), t), snd, AWS_FORM, KENJI, subj, t)

@mail('watanabe-gmail-plan-quoted', 'merge_confirmation_requested', 'ja', CA, [A_K, A_M], True)
def a3():
    t = T(2025, 5, 29, 3, 30, 18)
    snd = sender_aws(t)
    body = f"""渡辺様

ご返信ありがとうございます。頂いた情報をもとに、以下の２つのアカウントを確認いたしました。

　残すアカウント（統合先）　: {A_K}（{KENJI}）
　統合されるアカウント　　　: {A_M}（k.watanabe@hoshino-sys.co.jp）

統合後は、{A_M} に記録されている認定資格、受験履歴および特典は、すべて {A_K} にまとめられます。
なお、一度統合を実施いたしますと、元に戻すことはできませんのでご注意ください。

上記の内容で問題がなければ、このメールに「上記内容で統合をお願いします」とご返信ください。
ご返信を確認でき次第、作業を開始いたします。

よろしくお願いいたします。
Aiko
Amazon Web Services

2025年5月28日(水) 23:02 渡辺 健二 <{KENJI}>:
> Rahul 様
>
> ご連絡ありがとうございます。
> もう一方のアカウントは前職のアドレス k.watanabe@hoshino-sys.co.jp で作成したものです。
> 受験者IDは {A_M} だったと思います（古い受験確認メールに記載がありました）。
> 残したいのは {A_K} の方です。転職したため、個人アドレスに一本化したいです。
>
> 渡辺
"""
    subj = 'RE:[CASE %s] %s' % (CA, A_SUBJ)
    kmid = '<CAJ%s+%s@mail.gmail.com>' % (rb64(12).replace('/', '_'), rb64(18).replace('/', '-'))
    return build(part(body, cte='qp'), trace_gmail(KENJI, snd, verdict(snd), t), snd, AWS_FORM, KENJI, subj, t,
                 reply=(kmid, kmid))

@mail('watanabe-gmail-ack-proceed', 'support_reply', 'ja', CA, [A_K, A_M], True)
def a4():
    t = T(2025, 5, 29, 5, 47, 2)
    snd = sender_aws(t)
    body = f"""渡辺様

ご確認いただき、ありがとうございます。確認いたしました。

これより {A_M} を {A_K} へ統合する作業を担当チームにて進めてまいります。
通常、数営業日ほどお時間をいただいております。作業が終わりましたら、本ケースにてご連絡いたしますので、いましばらくお待ちくださいませ。

Aiko / Amazon Web Services

2025年5月29日(木) 8:02 渡辺 健二 <{KENJI}>:
> 上記内容で統合をお願いします。
>
> 2025年5月29日(木) 12:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 渡辺様
> > ご返信ありがとうございます。頂いた情報をもとに、以下の２つのアカウントを確認いたしました。
> > （中略）
"""
    subj = 'RE:[CASE %s] %s' % (CA, A_SUBJ)
    return build(part(body, cte='b64'), trace_gmail(KENJI, snd, verdict(snd), t), snd, AWS_FORM, KENJI, subj, t)

@mail('watanabe-gmail-nested-history', 'merge_completed', 'ja', CA, [A_K], True)
def a5():
    t = T(2025, 5, 30, 11, 20, 51)
    snd = sender_aws(t)
    body = f"""渡辺様

大変お待たせいたしました。
アカウントの統合が完了しましたことをご報告いたします。

今後は {A_K} にてサインインしてください。旧アカウントはご利用いただけなくなっております。
認定資格の一覧および特典（試験の 50% 割引バウチャーなど）が表示されていることをご確認ください。
Credly のバッジにつきましては、数日中に別途 Credly より通知が届く場合がございます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

Aiko
Amazon Web Services

2025年5月29日(木) 14:47 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 渡辺様
>
> ご確認いただき、ありがとうございます。確認いたしました。
>
> 2025年5月29日(木) 8:02 渡辺 健二 <{KENJI}>:
> > 上記内容で統合をお願いします。
> >
> > > 　残すアカウント（統合先）　: {A_K}
> > > 　統合されるアカウント　　　: {A_M}
> > > 一度統合を実施いたしますと、元に戻すことはできませんのでご注意ください。
"""
    subj = ew('RE:[CASE %s] 統合完了のお知らせ' % CA, 'iso-2022-jp', chunk=12, label='ISO-2022-JP')
    return build(part(body, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
                 trace_gmail(KENJI, snd, verdict(snd), t), snd, AWS_FORM, KENJI_TO, subj, t)

@mail('watanabe-gmail-enquete', 'survey', 'ja', CA, [], True)
def a6():
    t = T(2025, 5, 30, 11, 21, 40)
    snd = sender_aws(t)
    txt = f"""このメールは送信専用です。

渡辺 健二 様

ケース {CA} は解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートにご協力をお願いいたします（所要時間 1 分）。
https://amazonwebservices.qualtrics.com/jfe/form/SV_3Ppk0aZ8tRxLjqe?lang=JA&case={CA}&lang=ja

問題が解決していない場合は、このメールにご返信いただくと、ケースが再オープンされます。

Amazon Web Services トレーニングと認定
"""
    html = f"""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>渡辺 健二 様</p>
<p>ケース <b>{CA}</b> は解決済みとしてクローズされました。</p>
<p>今回のサポートについて、アンケートにご協力をお願いいたします。</p>
<table><tr><td>対応に満足しましたか？</td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3Ppk0aZ8tRxLjqe?lang=JA&case={CA}&r=5">とても満足</a> |
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3Ppk0aZ8tRxLjqe?lang=JA&case={CA}&r=3">普通</a> |
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3Ppk0aZ8tRxLjqe?lang=JA&case={CA}&r=1">不満</a></td></tr></table>
<p style="color:#777;font-size:11px">{LEGAL}</p></body></html>"""
    subj = ew('アンケートご協力のお願い（ケース %s）' % CA, 'utf-8', chunk=10)
    return build(alt(part(txt, cte='b64'), part(html, 'html', cte='qp')),
                 trace_gmail(KENJI, snd, verdict(snd), t), snd, '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', KENJI, subj, t)

@mail('watanabe-gmail-credly-ja', 'credly_badge_issued', 'ja', None, [], True)
def a7():
    t = T(2025, 5, 31, 2, 15, 9)
    snd = sender_credly(t, KENJI)
    txt = """渡辺 健二 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

  AWS Certified Solutions Architect - Associate

バッジを受け取って、プロフィールで公開しましょう。
バッジを受け取る: https://www.credly.com/earner/earned/badge/%s

このメールは Credly から送信されています。
Credly, 228 Park Ave S, Suite 31616, New York, NY 10003
配信停止: https://www.credly.com/notification_preferences
""" % ('%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
    html = txt.replace('\n', '<br>\n')
    html = '<html><body><div style="max-width:600px">%s<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 18px">バッジを受け取る</a></p></div></body></html>' % html
    subj = ew('新しいバッジが発行されました: AWS Certified Solutions Architect - Associate', 'utf-8', chunk=16)
    return build(alt(part(txt, cte='b64'), part(html, 'html', cte='b64')),
                 trace_gmail(KENJI, snd, verdict(snd), t), snd,
                 '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', KENJI, subj, t)

# =====================================================================
# Thread B: Priya Raman, Outlook.com, English form case, machine-translated agent
# =====================================================================
PRIYA = 'priya.raman88@outlook.com'
B_OPEN = T(2025, 10, 14, 9, 3, 55)
CB = cid15(B_OPEN)
B_K, B_M = 'AWS01947735', 'AWS02218860'

@mail('raman-outlook-template-holes', 'case_created', 'en', CB, [], True)
def b1():
    t = B_OPEN + dt.timedelta(seconds=9)
    snd = sender_aws(t)
    body = f"""Hello {{{{Contact.FirstName}}}},

Thank you for contacting AWS Training and Certification. This is an automated message to let you know we have received your request and it has been logged in our system.

Case Reference: {CB}
Category: [CATEGORY_NAME]
Submitted on: {{{{Case.CreatedDate}}}}

A member of our team will review your request and respond within [SLA_HOURS] hours. In most cases you will hear from us within 24 hours.

To add more information, simply reply to this email. Please keep the case reference in the subject line. Opening a new request for the same issue may delay our response.

Regards,
AWS Training and Certification
{{{{Footer.Legal}}}}
"""
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CB
    return build(part(body, cte='qp'), trace_o365(PRIYA, snd, verdict(snd), t), snd, AWS_FORM, PRIYA, subj, t)

@mail('raman-outlook-blessed-day', 'merge_confirmation_requested', 'en', CB, [B_K, B_M], True)
def b2():
    t = T(2025, 10, 16, 10, 41, 3)
    snd = sender_aws(t)
    body = f"""Dear Sir/Madam Priya,

Greeting of the day from AWS Training and Certification!!

We have been received your request about merging of your two certification account. After we have checked in our system, the following account are finded as belonging to you:

Account 1 (it will be remaining) : {B_K} - {PRIYA}
Account 2 (it will be merged inside Account 1 and will disappear) : aws-02218860 - priya.r@infosoft-solutions.in

Kindly to be informed that after merging is done it is not possible to make them separate again in any case. All the certifications and exam history of Account 2 will be transfer into Account 1 and Account 2 login will not work anymore.

So we are requesting you to revert back to us by replying this email and confirm that above details are correct and you are agree for proceeding. Without your confirm we can not do the needful.

Thanking you and have a blessed day.

Warm Regards,
Srinivas K.
AWS Training & Certification Customer Service
"""
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CB
    return build(part(body, cs='windows-1252', cte='qp'), trace_o365(PRIYA, snd, verdict(snd), t), snd, AWS_FORM, PRIYA, subj, t)

@mail('raman-outlook-sent-block', 'support_reply', 'en', CB, [], True)
def b3():
    t = T(2025, 10, 17, 4, 22, 37)
    snd = sender_aws(t)
    body = f"""Dear Priya,

Thank you for your kind confirmation. Now I have raised the request to our internal concern team for proceeding the merging. It generally take 3-5 working days, some time less. I will update you in this same thread itself, no need of doing any followup.

Warm Regards,
Srinivas K.
AWS Training & Certification Customer Service

________________________________
From: Priya Raman <{PRIYA}>
Sent: Thursday, October 16, 2025 7:40 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance

Hi Srinivas,

The details are correct. Please proceed with the merge.

Thanks,
Priya

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, October 16, 2025 4:11 PM
To: {PRIYA}
Subject: RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance

Dear Sir/Madam Priya,

Greeting of the day from AWS Training and Certification!!

Account 1 (it will be remaining) : {B_K} - {PRIYA}
Account 2 (it will be merged inside Account 1 and will disappear) : aws-02218860 - priya.r@infosoft-solutions.in

Kindly to be informed that after merging is done it is not possible to make them separate again in any case.
"""
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CB
    return build(part(body, cte='qp'), trace_o365(PRIYA, snd, verdict(snd), t), snd, AWS_FORM, PRIYA, subj, t)

@mail('raman-outlook-resolved-summary', 'merge_completed', 'en', CB, [B_K, B_M], True)
def b4():
    t = T(2025, 10, 20, 12, 5, 14)
    snd = sender_aws(t)
    txt = f"""Dear Priya,

Your case {CB} has been Resolved.

Resolution summary:
The merging of aws02218860 into {B_K} is successfully done from our end. Now you can login with {PRIYA} only and you will see all certifications under one account. Old login is deactivated.

Was your issue resolved?
YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_0uVbq7kzqT9Wb1c?case={CB}&resolved=yes
NO:  https://amazonwebservices.qualtrics.com/jfe/form/SV_0uVbq7kzqT9Wb1c?case={CB}&resolved=no

Kindly rate our service, your feedback is very much valuable for us.

Warm Regards,
Srinivas K.
AWS Training & Certification Customer Service
"""
    html = f"""<html><body style="font-family:Arial">
<p>Dear Priya,</p>
<p>Your case <b>{CB}</b> has been <b>Resolved</b>.</p>
<p><u>Resolution summary:</u><br>The merging of aws02218860 into {B_K} is successfully done from our end. Now you can login with {PRIYA} only and you will see all certifications under one account. Old login is deactivated.</p>
<p>Was your issue resolved?
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_0uVbq7kzqT9Wb1c?case={CB}&resolved=yes" style="padding:6px 14px;background:#1d8102;color:#fff">YES</a>
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_0uVbq7kzqT9Wb1c?case={CB}&resolved=no" style="padding:6px 14px;background:#d13212;color:#fff">NO</a></p>
<p>Kindly rate our service, your feedback is very much valuable for us.</p>
<p>Warm Regards,<br>Srinivas K.<br>AWS Training &amp; Certification Customer Service</p>
</body></html>"""
    subj = '[CASE %s] Your case has been resolved' % CB
    return build(alt(part(txt, cte='qp'), part(html, 'html', cte='qp')), trace_o365(PRIYA, snd, verdict(snd), t), snd, AWS_FORM, PRIYA, subj, t)

@mail('raman-outlook-stars', 'survey', 'en', CB, [], True)
def b5():
    t = T(2025, 10, 20, 12, 6, 2)
    snd = sender_aws(t)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>How did we do?</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h2 style="font-weight:normal">How did we do?</h2>
<p>Hi Priya,</p>
<p>We recently worked with you on case {CB}. We&#8217;d love to know how it went &#8212; it takes less than a minute.</p>
<p style="font-size:28px;letter-spacing:8px">
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_6yJ8nKx2mHq0Bz0?c={CB}&s=1" style="text-decoration:none">&#9734;</a>
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_6yJ8nKx2mHq0Bz0?c={CB}&s=2" style="text-decoration:none">&#9734;</a>
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_6yJ8nKx2mHq0Bz0?c={CB}&s=3" style="text-decoration:none">&#9734;</a>
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_6yJ8nKx2mHq0Bz0?c={CB}&s=4" style="text-decoration:none">&#9734;</a>
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_6yJ8nKx2mHq0Bz0?c={CB}&s=5" style="text-decoration:none">&#9734;</a></p>
<p style="color:#545b64;font-size:12px">1 = very dissatisfied, 5 = very satisfied</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#879596">{LEGAL}</td></tr>
</table></td></tr></table></body></html>"""
    subj = 'How did we do? Case %s' % CB
    return build(part(html, 'html', cte='b64'), trace_o365(PRIYA, snd, verdict(snd), t), snd,
                 '"AWS Training and Certification" <aws-tc-feedback@amazon.com>', PRIYA, subj, t)

@mail('raman-outlook-badge-html', 'credly_badge_issued', 'en', None, [], True)
def b6():
    t = T(2025, 10, 21, 15, 48, 30)
    snd = sender_credly(t, PRIYA)
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="AWS Certified Cloud Practitioner">
<h1 style="font-size:22px">Priya, your badge is waiting.</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p>
<p>Accept it to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}" style="display:inline-block;background:#0f6fff;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Issued to {PRIYA}</p>
<hr><p style="font-size:11px;color:#999">Credly &middot; Pearson &middot; 228 Park Ave S, Suite 31616, New York, NY 10003<br>
<a href="https://www.credly.com/notification_preferences">Email preferences</a></p>
</div></body></html>"""
    return build(part(html, 'html', cte='b64'), trace_o365(PRIYA, snd, verdict(snd), t), snd,
                 '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', PRIYA,
                 'Priya, you have a new badge from Amazon Web Services Training and Certification', t)

# =====================================================================
# Thread C: Marcus Feldmann, Office 365 tenant, console support case
# =====================================================================
MARCUS = 'marcus.feldmann@nordwerk-it.de'
C_OPEN = T(2026, 1, 19, 8, 15, 30)
CC = cid15(C_OPEN)
C_K, C_M = 'AWS04410297', 'AWS00938412'
C_SUBJ = 'Merge two AWS Certification accounts'
def c_link(c=None):
    return 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % (c or CC)

@mail('feldmann-o365-console-open', 'case_created', 'en', CC, [], True)
def c1():
    t = C_OPEN + dt.timedelta(seconds=4)
    snd = sender_aws(t)
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {CC} to address your issue.

The details of your case are as follows:

Case ID: {CC}
Subject: {C_SUBJ}
Severity: General guidance
Correspondence: Hi, I have two certification accounts (one from my old employer) and would like them combined into one. Details below.

We will respond to this case as soon as possible. You can view your case or add correspondence by signing in to the AWS Support Center:
{c_link()}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond, use the link above.

Sincerely,
Amazon Web Services

{LEGAL}
"""
    html = '<html><body><pre style="font-family:Arial;white-space:pre-wrap">%s</pre></body></html>' % txt.replace('&', '&amp;')
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % CC
    return build(alt(part(txt, cte='qp'), part(html, 'html', cte='qp')), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'),
                 snd, AWS_CONSOLE, MARCUS, subj, t)

@mail('feldmann-o365-correspondence', 'support_reply', 'en', CC, [], True)
def c2():
    t = T(2026, 1, 20, 13, 2, 26)
    snd = sender_aws(t)
    txt = f"""Dear AWS Customer,

New correspondence has been added to your support case {CC}.

Subject: {C_SUBJ}

To view the correspondence and respond, sign in to the AWS Support Center:
{c_link()}

Please do not reply to this e-mail. This mailbox is not monitored.

Sincerely,
Amazon Web Services
"""
    subj = '[Case %s] New correspondence added' % CC
    return build(part(txt, cs='us-ascii', cte='7bit'), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'),
                 snd, AWS_CONSOLE, MARCUS, subj, t)

@mail('feldmann-o365-bullets-which', 'support_reply', 'en', CC, [C_K, C_M], True)
def c3():
    t = T(2026, 1, 20, 13, 2, 31)
    snd = sender_aws(t)
    txt = f"""Hello,

- found 2 cert accounts on our side:
    - AWS04410297 (marcus.feldmann@nordwerk-it.de)
    - AWS 00938412 (m.feldmann@gmx.de)
- which one do you want to keep?
- pls also tell notification e-mail for the one that stays
- answer via Support Center (link below), this mailbox takes no replies

thx
Jonas
Amazon Web Services

===================================================
To see the case details or respond, sign in: {c_link()}
Was this response helpful? Rate it in the Support Center.
===================================================
"""
    subj = 'RE:[CASE %s] %s' % (CC, C_SUBJ)
    return build(part(txt, cte='qp'), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'), snd, AWS_CONSOLE, MARCUS, subj, t)

@mail('feldmann-o365-nudge', 'support_reply', 'en', CC, [], True)
def c4():
    t = T(2026, 1, 24, 9, 30, 0)
    snd = sender_aws(t)
    txt = f"""Hello again,

We have not heard from you since our last message on case {CC}. Do you still need assistance with this request?

If we do not get a reply within 5 calendar days, the case will close automatically. You can always reopen it from the Support Center.

Best regards,
Jonas
Amazon Web Services

To see the case details or respond, sign in: {c_link()}
"""
    subj = 'RE:[CASE %s] %s' % (CC, C_SUBJ)
    return build(part(txt, cte='7bit', cs='us-ascii'), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'), snd, AWS_CONSOLE, MARCUS, subj, t)

@mail('feldmann-o365-table-only', 'merge_confirmation_requested', 'en', CC, [C_K, C_M], True)
def c5():
    t = T(2026, 1, 26, 15, 44, 12)
    snd = sender_aws(t)
    html = f"""<html><body>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:13px">
<tr style="background:#eaeded"><th>Account</th><th>E-mail</th><th>After the operation</th></tr>
<tr><td>AWS04410297</td><td>marcus.feldmann@nordwerk-it.de</td><td>STAYS (primary)</td></tr>
<tr><td>aws00938412</td><td>m.feldmann@gmx.de</td><td>goes into AWS04410297, then closed</td></tr>
<tr><td colspan="2">Can this be reversed?</td><td>No</td></tr>
<tr><td colspan="2">What we need from you</td><td>Reply &quot;I confirm&quot; in the Support Center before we start</td></tr>
<tr><td colspan="2">Case</td><td><a href="{c_link()}">{CC}</a></td></tr>
</table>
</body></html>"""
    subj = 'RE:[CASE %s] %s' % (CC, C_SUBJ)
    return build(part(html, 'html', cte='qp'), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'), snd, AWS_CONSOLE, MARCUS, subj, t)

@mail('feldmann-o365-two-lines', 'merge_completed', 'en', CC, [C_K, C_M], True)
def c6():
    t = T(2026, 1, 28, 7, 58, 3)
    snd = sender_aws(t)
    txt = f"""Done. AWS00938412 is folded into AWS04410297 now, sign in with that one from here on.

J.

To see the case details or respond, sign in: {c_link()}
"""
    subj = 'RE:[CASE %s] %s' % (CC, C_SUBJ)
    return build(part(txt, cs='us-ascii', cte='7bit'), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'), snd, AWS_CONSOLE, MARCUS, subj, t)

@mail('feldmann-o365-resolved', 'survey', 'en', CC, [], True)
def c7():
    t = T(2026, 1, 28, 8, 1, 45)
    snd = sender_aws(t)
    txt = f"""Dear AWS Customer,

Your support case {CC} ("{C_SUBJ}") has been resolved.

If you need further help on this issue, you can reopen the case within 14 days from the Support Center:
{c_link()}

How was your experience? Please take a moment to rate your interaction with AWS Support:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CC}&rate=true

Sincerely,
Amazon Web Services
"""
    subj = 'Amazon Web Services: Your support case %s has been resolved' % CC
    return build(part(txt, cte='qp'), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'), snd, AWS_CONSOLE, MARCUS, subj, t)

C_BILL_OPEN = T(2026, 2, 3, 10, 12, 40)
CC_BILL = cid15(C_BILL_OPEN)
@mail('feldmann-o365-vat', 'unrelated', 'en', CC_BILL, [], True)
def c8():
    t = T(2026, 2, 4, 8, 20, 11)
    snd = sender_aws(t)
    txt = f"""Hello Marcus,

Thank you for your patience. I have updated the tax registration number on account 4418-2290-3371 to DE318844720 and requested a re-issue of invoice EUINDE26-0113884 for January 2026. The corrected invoice will appear in the Billing console within 24-48 hours.

Please note that invoices for previous months are not changed automatically; if you need those corrected as well, let me know the invoice numbers.

Best regards,
Hannah K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

To see the case details or respond, sign in: {c_link(CC_BILL)}
"""
    subj = 'RE:[CASE %s] VAT number missing on January invoice' % CC_BILL
    return build(part(txt, cte='qp'), trace_o365(MARCUS, snd, verdict(snd), t, 'eurprd07'), snd, AWS_CONSOLE, MARCUS, subj, t)

@mail('feldmann-o365-colleague', 'unrelated', 'en', None, ['AWS05512093'], False)
def c9():
    t = T(2026, 1, 21, 10, 5, 50, CET)
    snd = sender_generic(t, 'nordwerk-it.de', '10.20.4.18', 'FR2P281MB1422.DEUP281.PROD.OUTLOOK.COM', 'stefan.krueger@nordwerk-it.de',
                         '<FR2P281MB1422%s@FR2P281MB1422.DEUP281.PROD.OUTLOOK.COM>' % rhex(16).upper(), dkim=[])
    txt = """Hi Marcus,

saw your message in the cloud channel. Mine went through last month: I had aws05512093 from the old job and a new one here. Opened the form thing, they wanted the login mails of both and then asked me to confirm. Whole thing took ~3 days. Badges on Credly came a day later.

Tip: check the 50% voucher afterwards, mine was gone at first and I had to ask again.

Cheers
Stefan

--
Stefan Krüger | Cloud Platform Team
Nordwerk IT GmbH | Hafenstraße 12 | 20457 Hamburg
"""
    tr = [
        ('Received', 'from FR2P281MB1422.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:5a::9) by\n FR3P281MB2210.DEUP281.PROD.OUTLOOK.COM with HTTPS; %s' % fmt(t)),
        ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=nordwerk-it.de;'),
        ('Received', 'from FR2P281MB1422.DEUP281.PROD.OUTLOOK.COM\n ([fe80::3c1a:77ff:fe20:9b41]) by FR2P281MB1422.DEUP281.PROD.OUTLOOK.COM\n ([fe80::3c1a:77ff:fe20:9b41%%4]) with mapi id 15.20.8356.020; %s' % fmt(t)),
    ]
    ex = [('Thread-Topic', 'AWS cert account merge'), ('Thread-Index', 'AdtrF' + rb64(20)),
          ('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'en-US'),
          ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    return build(alt(part(txt, cte='qp'), part('<html><body><div style="font-family:Aptos,Calibri">%s</div></body></html>' % txt.replace('\n', '<br>\n'), 'html', cte='qp')),
                 tr, None, '%s <stefan.krueger@nordwerk-it.de>' % ew('Stefan Krüger', 'iso-8859-1', enc='Q', chunk=40), 'Marcus Feldmann <%s>' % MARCUS,
                 'AW: AWS cert account merge', t, extra=ex, msgid=snd['msgid'],
                 reply=('<FR3P281MB2210%s@FR3P281MB2210.DEUP281.PROD.OUTLOOK.COM>' % rhex(16).upper(),))

# =====================================================================
# Thread D: Tomas Herrera, Gmail, 11-digit form case, agent with typos
# =====================================================================
TOMAS = 'tomas.herrera.dev@gmail.com'
CD = '13057726418'
CD_DUP = '13057791102'
D_K, D_M1, D_M2 = 'AWS06627158', 'AWS07713049', 'AWS03305922'
D_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CD

@mail('herrera-gmail-logged', 'case_created', 'en', CD, [], True)
def d1():
    t = T(2025, 8, 11, 17, 22, 49)
    snd = sender_aws(t)
    txt = f"""Hi Tomás,

Thanks for getting in touch with AWS Training and Certification.

We've logged your enquiry under reference {CD}. Someone from the team will pick it up shortly -- usually within one business day.

Anything to add? Just hit reply and keep the reference in the subject.

AWS Training and Certification
(automated message)
"""
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CD
    return build(part(txt, cte='qp', fmt_flowed=True), trace_gmail(TOMAS, snd, verdict(snd), t), snd, AWS_FORM,
                 '%s <%s>' % (ew('Tomás Herrera', 'utf-8', enc='Q', chunk=40), TOMAS), subj, t)

@mail('herrera-gmail-typos-three', 'support_reply', 'en', CD, [D_K, D_M1, D_M2], True)
def d2():
    t = T(2025, 8, 12, 15, 40, 2)
    snd = sender_aws(t)
    txt = f"""Hi Thomas,

thnaks for reching out to us. I ckecked and found 3 acounts which looks like belonging to you, under simlar names:

aws06627158
AWS-07713049
AWS 03305922

can you confirm wich ones are realy yours and wich one you want to keep as the main one? Also pls send the email adress you use to login for each of them, if you remeber. We can not go ahaed with out this informations.

Regds,
Kev
Amazon Web Servcies
"""
    return build(part(txt, cte='7bit', cs='us-ascii'), trace_gmail(TOMAS, snd, verdict(snd), t), snd, AWS_FORM, TOMAS, D_SUBJ, t)

@mail('herrera-gmail-second-ticket', 'support_reply', 'en', CD, [], True)
def d3():
    t = T(2025, 8, 13, 9, 2, 17)
    snd = sender_aws(t)
    txt = f"""Hi Tomas,

I notcied you have submited the same request again under reference {CD_DUP}. To avoid confusion I have closed that one, we will continue only here in {CD}. Please do not open new request for this, it makes the proccess slower because each one goes back to the end of the queue.

Still waiting your answer on my previous mail (which accounts + login emails).

Regds,
Kev
"""
    return build(part(txt, cte='qp'), trace_gmail(TOMAS, snd, verdict(snd), t), snd, AWS_FORM, TOMAS, D_SUBJ, t)

@mail('herrera-gmail-placeholders', 'merge_confirmation_requested', 'en', CD, [D_K, D_M1, D_M2], True)
def d4():
    t = T(2025, 8, 14, 11, 15, 33)
    snd = sender_aws(t)
    txt = f"""Dear Tomás Herrera,

[GREETING_LINE]

As per you request we will merge the following acounts:

    Primary (will be kept):  AWS06627158
    Secondary:               AWS07713049 , aws03305922

Please note: This action is irreversable. Once merged the secondary acounts can not be restored or split again and the login of them will stop working.

[CLOSING_PARAGRAPH]

Please reply "confirm" to this email so we can procced.

Regds,
Kev
Amazon Web Services

On Wed, Aug 13, 2025 at 9:47 PM Tomás Herrera <{TOMAS}> wrote:
> Hi Kev,
>
> Sorry for the delay (and for the duplicate ticket, the form didn't show any confirmation).
> All three are mine:
> - AWS06627158 - {TOMAS} - this is the one I want to keep
> - AWS07713049 - therrera@uni-valencia.example.es (university)
> - AWS03305922 - tomas@herrera-consulting.example (old freelance domain)
>
> Thanks,
> Tomás
"""
    return build(part(txt, cte='b64'), trace_gmail(TOMAS, snd, verdict(snd), t), snd, AWS_FORM, TOMAS, D_SUBJ, t)

@mail('herrera-gmail-checkmarks', 'merge_completed', 'en', CD, [D_K, D_M1, D_M2], True)
def d5():
    t = T(2025, 8, 18, 8, 3, 59)
    snd = sender_aws(t)
    txt = f"""Tomas -

✔ AWS07713049 -> moved into AWS06627158
✔ AWS03305922 -> moved into AWS06627158
✔ the 2 old logins are retired
✔ all 4 certifications show under AWS06627158 in CertMetrics
✔ 50% voucher carried over
• Credly: badges come in a separate mail from Credly, give it 24-48h

Kev
"""
    html = '<html><body><div style="font-family:Calibri">' + txt.replace('\n', '<br>\n').replace('->', '&rarr;') + '</div></body></html>'
    return build(alt(part(txt, cte='qp'), part(html, 'html', cte='qp')), trace_gmail(TOMAS, snd, verdict(snd), t), snd, AWS_FORM, TOMAS, D_SUBJ, t)

@mail('herrera-gmail-yes-no', 'survey', 'en', CD, [], True)
def d6():
    t = T(2025, 8, 18, 8, 4, 40)
    snd = sender_aws(t)
    txt = f"""Case {CD}

Was your issue resolved?

YES  https://amazonwebservices.qualtrics.com/jfe/form/SV_0uVbq7kzqT9Wb1c?case={CD}&r=y
NO   https://amazonwebservices.qualtrics.com/jfe/form/SV_0uVbq7kzqT9Wb1c?case={CD}&r=n
"""
    return build(part(txt, cs='us-ascii', cte='7bit'), trace_gmail(TOMAS, snd, verdict(snd), t), snd,
                 AWS_FORM, TOMAS, 'Your case %s has been closed' % CD, t)

@mail('herrera-gmail-credly-moved', 'credly_badge_issued', 'en', None, [], True)
def d7():
    t = T(2025, 8, 19, 16, 30, 21)
    snd = sender_credly(t, TOMAS)
    txt = """Hi Tomás,

Following a recent consolidation of your certification records, 4 badges issued by Amazon Web Services Training and Certification have been transferred to this Credly account:

  * AWS Certified Cloud Practitioner
  * AWS Certified Developer - Associate
  * AWS Certified Solutions Architect - Associate
  * AWS Certified DevOps Engineer - Professional

Accept your badges to make them visible on your profile:
https://www.credly.com/earner/earned

Questions? Visit https://support.credly.com

The Credly Team
"""
    html = '<html><body style="font-family:Helvetica">' + txt.replace('\n', '<br>\n') + '<p><a href="https://www.credly.com/earner/earned" style="background:#0f6fff;color:#fff;padding:10px 20px">Accept your badges</a></p></body></html>'
    return build(alt(part(txt, cte='qp'), part(html, 'html', cte='qp')), trace_gmail(TOMAS, snd, verdict(snd), t), snd,
                 '"Credly" <admin@credly.com>', TOMAS, 'Your badges from Amazon Web Services Training and Certification are ready', t)

# =====================================================================
# Thread E: Yuki Sato, Yahoo! JAPAN, Japanese console case
# =====================================================================
YUKI = 'yuki_sato_1987@yahoo.co.jp'
E_OPEN = T(2025, 12, 3, 1, 12, 40)
CE = cid15(E_OPEN)
E_K, E_M = 'AWS02875516', 'AWS05100648'
E_SUBJ = '認定アカウントの統合について'
AWS_JA = '%s <no-reply-aws@amazon.com>' % ew('アマゾン ウェブ サービス', 'utf-8', chunk=20)
def e_link(c=None):
    return 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % (c or CE)

@mail('sato-yahoo-sjis-open', 'case_created', 'ja', CE, [], True)
def e1():
    t = E_OPEN + dt.timedelta(seconds=5)
    snd = sender_aws(t)
    txt = f"""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {CE} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {CE}
件名: {E_SUBJ}
重要度: 一般的なガイダンス
やり取り: 以前の会社で作成した認定アカウントと、個人で作成したアカウントを一つにまとめたいです。

できるだけ早く対応させていただきます。ケースの確認や返信は、サポートセンターにサインインして行ってください。
{e_link()}

このメールアドレスは送信専用のため、ご返信いただけません。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
    subj = ew('Amazon Web Services: 新しいサポートケースを開きました: %s' % CE, 'shift_jis', chunk=18, label='Shift_JIS')
    return build(part(txt, cs='shift_jis', cte='b64', label='Shift_JIS'), trace_jp(YUKI, snd, verdict(snd), t, 'yahoo'), snd, AWS_JA, YUKI, subj, t)

@mail('sato-yahoo-mt-plan', 'merge_confirmation_requested', 'ja', CE, [E_K, E_M], True)
def e2():
    t = T(2025, 12, 4, 7, 30, 51)
    snd = sender_aws(t)
    txt = f"""佐藤 由紀 様 へ

こんにちは。あなたの連絡のためにありがとう。

私たちはあなたのアカウントを合併することを計画しています。詳細は以下のとおりです：

- 保たれるアカウント: {E_K}
- 合併されるアカウント: aws05100648 （このアカウントは {E_K} の中に入ります）

合併は逆にすることができません。この操作の後で、あなたは古いアカウントに戻ることはできません。あなたの証明書と試験の歴史は保たれるアカウントに移動されます。

あなたがこれに同意するならば、サポートセンターで「はい、私は確認します」と返事をしてください。あなたの確認なしで私たちは進行しません。

敬具
ミゲル
アマゾン ウェブ サービス

ケースの詳細を表示するか、返信するには、サインインしてください: {e_link()}
"""
    subj = ew('RE:[CASE %s] %s' % (CE, E_SUBJ), 'utf-8', chunk=15)
    return build(part(txt, cte='8bit'), trace_jp(YUKI, snd, verdict(snd), t, 'yahoo'), snd, AWS_JA, YUKI, subj, t)

@mail('sato-yahoo-after-done', 'support_reply', 'ja', CE, [E_K], True)
def e3():
    t = T(2025, 12, 5, 2, 10, 9)
    snd = sender_aws(t)
    txt = f"""佐藤 様

ご確認いただきありがとうございます。統合の手続きを社内の担当チームに依頼いたしました。

統合が完了次第、改めてこちらのケースでご連絡いたします。完了後は {E_K} でサインインしていただくことになります。それまでは、どちらのアカウントでも試験の予約などは行わないようお願いいたします。

ミゲル
アマゾン ウェブ サービス

----- Original Message -----
From: 佐藤 由紀
Date: 2025/12/04 18:02
Subject: Re: [CASE {CE}] {E_SUBJ}

はい、私は確認します。
{E_M} を {E_K} にまとめてください。よろしくお願いいたします。

ケースの詳細を表示するか、返信するには、サインインしてください: {e_link()}
"""
    subj = ew('RE:[CASE %s] %s' % (CE, E_SUBJ), 'iso-2022-jp', chunk=14, label='ISO-2022-JP')
    return build(part(txt, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), trace_jp(YUKI, snd, verdict(snd), t, 'yahoo'), snd, AWS_JA, YUKI, subj, t)

@mail('sato-yahoo-parts-differ', 'merge_completed', 'ja', CE, [E_K, E_M], True)
def e4():
    t = T(2025, 12, 8, 6, 55, 17)
    snd = sender_aws(t)
    txt = f"""ケース {CE} が更新されました。
詳細はサポートセンターでご確認ください。
{e_link()}
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>佐藤 様</p>
<p>お待たせいたしました。旧アカウント（AWS05100648）に登録されていた認定資格、受験履歴および特典を、<b>AWS02875516</b> へ移行いたしました。</p>
<p>旧アカウントは今後ご利用いただけません。サインインの際は AWS02875516 に登録のメールアドレスをご利用ください。</p>
<p>Credly のバッジが反映されていない場合は、本ケースにてお知らせください。</p>
<p>ミゲル<br>アマゾン ウェブ サービス</p>
<p style="font-size:11px;color:#888"><a href="{e_link()}">ケースの詳細を表示</a></p>
</body></html>"""
    subj = ew('RE:[CASE %s] %s' % (CE, E_SUBJ), 'utf-8', chunk=15)
    return build(alt(part(txt, cte='b64'), part(html, 'html', cte='b64')), trace_jp(YUKI, snd, verdict(snd), t, 'yahoo'), snd, AWS_JA, YUKI, subj, t)

@mail('sato-yahoo-rating', 'survey', 'ja', CE, [], True)
def e5():
    t = T(2025, 12, 8, 6, 57, 2)
    snd = sender_aws(t)
    txt = f"""ケース {CE} はクローズされました。

今回の対応はいかがでしたか？ 5 段階でご評価ください。
{e_link()}&rate=true

引き続きお困りの場合は、14 日以内であればケースを再オープンできます。

アマゾン ウェブ サービス
"""
    subj = ew('Amazon Web Services: サポートケース %s はクローズされました' % CE, 'iso-2022-jp', chunk=12, label='iso-2022-jp')
    return build(part(txt, cs='iso-2022-jp', cte='7bit', label='iso-2022-jp'), trace_jp(YUKI, snd, verdict(snd), t, 'yahoo'), snd, AWS_JA, YUKI, subj, t)

E_EC2_OPEN = T(2026, 1, 15, 4, 2, 19)
CE_EC2 = cid15(E_EC2_OPEN)
@mail('sato-yahoo-quota', 'unrelated', 'ja', CE_EC2, [], True)
def e6():
    t = T(2026, 1, 15, 9, 40, 33)
    snd = sender_aws(t)
    txt = f"""佐藤 様

AWS サポートにお問い合わせいただきありがとうございます。

東京リージョン (ap-northeast-1) における Running On-Demand G and VT instances の vCPU 上限緩和リクエストについて、ご希望の 64 vCPU への引き上げが承認されました。反映までに最大 30 分ほどかかる場合がございます。

Service Quotas コンソールから現在の値をご確認いただけます。

ほかにご質問がございましたら、お気軽にお知らせください。

よろしくお願いいたします。
鈴木
アマゾン ウェブ サービス

ケースの詳細を表示するか、返信するには、サインインしてください: {e_link(CE_EC2)}
"""
    subj = ew('RE:[CASE %s] Limit Increase: EC2 Instances' % CE_EC2, 'utf-8', chunk=20)
    return build(part(txt, cte='qp'), trace_jp(YUKI, snd, verdict(snd), t, 'yahoo'), snd, AWS_JA, YUKI, subj, t)

# =====================================================================
# Thread F: Anna Kowalczyk, Fastmail, 10-digit case
# =====================================================================
ANNA = 'anna.kowalczyk@fastmail.com'
CF = '8245519073'
F_K, F_M = 'AWS01288534', 'AWS04963307'
F_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CF

@mail('kowalczyk-fastmail-what-next', 'support_reply', 'en', CF, [F_K, F_M], True)
def f0():
    t = T(2025, 4, 9, 13, 27, 5)
    snd = sender_aws(t)
    txt = f"""Hi Anna, thanks!! got your confirmation.

so what happens now: our back office team does the technical part. Once the merge is complete we will write you here in this case, and at that point everything from AWS04963307 will be showing under AWS01288534. Your Credly badges normally follow a day or two after that, if they do not just tell us and we will ask Credly.

nothing for you to do meanwhile :) please dont book exams on the old account in the mean time.

cheers, Beatriz
"""
    return build(part(txt, cte='qp'), trace_fastmail(ANNA, snd, verdict(snd), t), snd, AWS_FORM, ANNA, F_SUBJ, t)

@mail('kowalczyk-fastmail-lives-under', 'merge_completed', 'en', CF, [F_K], True)
def f1():
    t = T(2025, 4, 11, 7, 49, 36)
    snd = sender_aws(t)
    txt = f"""Hi Anna,

Good news: everything from your second profile now lives under {F_K}. The other login will stop working within 24h, if it has not already. Certifications, exam history and the 50% voucher were all carried across, please double check in your CertMetrics account and let me know if something is missing.

Kind regards,
Beatriz
Amazon Web Services

On Wed, Apr 9, 2025 at 3:12 PM Anna Kowalczyk <{ANNA}> wrote:
> Hi Beatriz,
>
> Yes, that's correct, please go ahead and merge.
>
> Anna
>
> On Tue, Apr 8, 2025 at 6:55 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Anna,
> >
> > We located the two certification accounts below:
> >
> >   Keep:  {F_K} ({ANNA})
> >   Merge: {F_M} (a.kowalczyk@polsoft.example.pl)
> >
> > Please be aware the merge is permanent and cannot be reversed. Reply to this e-mail
> > to confirm that you want us to proceed.
> >
> > Kind regards,
> > Beatriz
> > Amazon Web Services
"""
    return build(part(txt, cte='qp'), trace_fastmail(ANNA, snd, verdict(snd), t), snd, AWS_FORM, ANNA, F_SUBJ, t)

@mail('kowalczyk-fastmail-badge', 'credly_badge_issued', 'en', None, [], True)
def f2():
    t = T(2025, 4, 12, 18, 2, 44)
    snd = sender_credly(t, ANNA)
    txt = """Anna Kowalczyk, you earned a badge!

Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Data Engineer - Associate

Accept your badge
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Claim your badge to let your network know about your achievement.

Credly
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = '<html><body>' + txt.replace('\n', '<br>\n') + '</body></html>'
    return build(alt(part(txt, cte='7bit', cs='us-ascii'), part(html, 'html', cte='7bit', cs='us-ascii')),
                 trace_fastmail(ANNA, snd, verdict(snd), t), snd,
                 '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', ANNA,
                 'Congratulations, you earned a badge from Amazon Web Services Training and Certification', t)

@mail('kowalczyk-fastmail-expiring', 'unrelated', 'en', None, [], True)
def f3():
    t = T(2026, 3, 2, 14, 0, 5)
    snd = sender_credly(t, ANNA)
    txt = """Hi Anna,

Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services Training and Certification will expire on April 1, 2026.

To keep your credential active, check the issuer's recertification requirements:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned

Credly
"""
    return build(part(txt, cte='qp'), trace_fastmail(ANNA, snd, verdict(snd), t), snd,
                 '"Credly" <admin@credly.com>', ANNA, 'Your AWS Certified Cloud Practitioner badge expires in 30 days', t)

@mail('kowalczyk-fastmail-credly-code', 'unrelated', 'en', None, [], True)
def f4():
    t = T(2025, 4, 13, 9, 11, 57)
    snd = sender_credly(t, ANNA)
    code = '%06d' % R.randint(0, 999999)
    txt = f"""Hi Anna,

We received a request to merge another Credly account into your account ({ANNA}).

Your verification code is: {code}

Enter this code on the merge page, or click below to complete the process:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={rhex(32)}

This code expires in 30 minutes. If you did not request this, you can ignore this e-mail.

The Credly Team
"""
    return build(part(txt, cte='qp'), trace_fastmail(ANNA, snd, verdict(snd), t), snd,
                 '"Credly" <no-reply@credly.com>', ANNA, 'Your Credly account merge verification code', t)

# =====================================================================
# Thread G: Hiroshi Tanaka, @nifty, mixed Japanese/English form case
# =====================================================================
HIRO = 'h-tanaka@nifty.com'
G_OPEN = T(2026, 3, 10, 0, 20, 11)
CG = cid15(G_OPEN)
G_K, G_M = 'AWS07031189', 'AWS03390475'
G_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CG

@mail('tanaka-nifty-bilingual-ack', 'case_created', 'ja', CG, [], True)
def g1():
    t = G_OPEN + dt.timedelta(seconds=7)
    snd = sender_aws(t)
    txt = f"""※English follows Japanese.

田中 浩 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
受付番号: {CG}

内容を確認し、担当者より 24 時間以内を目安にご連絡いたします。
本メールに返信することで、情報を追加いただけます（件名の受付番号は変更しないでください）。

-------------------------------------------------------

Dear Hiroshi Tanaka,

We received your inquiry to AWS Training and Certification.
Reference number: {CG}

An agent will contact you, in principle within 24 hours.

Amazon Web Services
"""
    subj = ew('[CASE %s] お問い合わせ受付のお知らせ / We received your request' % CG, 'iso-2022-jp', chunk=16, label='ISO-2022-JP')
    return build(part(txt, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), trace_jp(HIRO, snd, verdict(snd), t, 'nifty'), snd, AWS_FORM, HIRO, subj, t)

@mail('tanaka-nifty-still-there', 'support_reply', 'ja', CG, [], True)
def g2():
    t = T(2026, 3, 16, 2, 8, 45)
    snd = sender_aws(t)
    txt = f"""田中様

いつもお世話になっております。AWS トレーニングと認定サポートのダニエルです。

3月11日にお送りしたメールにつきまして、その後いかがでしょうか。
統合を進めるには、もう一方のアカウントでご利用のメールアドレスをお知らせいただく必要がございます。

まだサポートが必要な場合は、このメールにご返信ください。
7 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

ダニエル
Amazon Web Services
"""
    return build(part(txt, cs='shift_jis', cte='b64', label='Shift_JIS'), trace_jp(HIRO, snd, verdict(snd), t, 'nifty'), snd, AWS_FORM, HIRO,
                 ew(G_SUBJ, 'utf-8', enc='Q', chunk=40), t)

@mail('tanaka-nifty-keep-merge-ok', 'merge_confirmation_requested', 'en', CG, [G_K, G_M], True)
def g3():
    t = T(2026, 3, 18, 5, 33, 0)
    snd = sender_aws(t)
    txt = f"""田中様

お世話になっております。

Thank you for the information. Please kindly check below merge plan before we do it. 下記をご確認ください。

  KEEP  -> AWS07031189 (h-tanaka@nifty.com)
  MERGE -> AWS03390475 (tanaka.hiroshi@kansai-denki.example.co.jp)  *this one will disappear*

After merge, the certifications of AWS03390475 go to AWS07031189.
※The merge is permanent and can not be undone. 元に戻せません。

If OK, please reply "OK" to this mail. We start after your reply.

Thanks,
Daniel
Amazon Web Services
"""
    return build(part(txt, cte='qp'), trace_jp(HIRO, snd, verdict(snd), t, 'nifty'), snd, AWS_FORM, HIRO, G_SUBJ, t)

@mail('tanaka-nifty-long-report', 'merge_completed', 'ja', CG, [G_K, G_M], True)
def g4():
    t = T(2026, 3, 23, 8, 12, 30)
    snd = sender_aws(t)
    txt = f"""田中 浩 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定サポート担当のダニエルでございます。

このたびは、認定アカウントの統合に関するお問い合わせをいただき、誠にありがとうございました。
また、統合内容のご確認にご協力いただきましたこと、重ねて御礼申し上げます。
お客様には、ご返信をお待ちいただく期間が長くなってしまい、大変ご不便をおかけいたしましたことを、心よりお詫び申し上げます。

さて、ご依頼いただいておりました件につきまして、本日、担当チームによる統合作業が完了いたしましたので、ご報告申し上げます。

【作業内容】
・統合元アカウント: AWS03390475
・統合先アカウント: AWS07031189
・統合元アカウントに登録されていた認定資格、受験履歴、特典（受験料割引バウチャーを含む）は、すべて統合先アカウントへ反映されております。
・統合元アカウントは無効化されており、今後サインインすることはできません。

【お客様にご確認いただきたい事項】
・AWS07031189 にサインインし、認定資格の一覧に過去に取得された資格がすべて表示されていること
・特典ページにて、割引バウチャーがご利用可能な状態であること
・Credly のバッジについては、Credly 側での反映に数日かかる場合がございます。一週間程度経ってもバッジが移行されていない場合は、お手数ですが本ケースにご返信いただくか、新たにお問い合わせください。

【今後のサインインについて】
今後は、統合先アカウントに登録されているメールアドレス（h-tanaka@nifty.com）でサインインしてください。
旧勤務先のメールアドレスではサインインできませんのでご注意ください。

なお、本件につきましては以上をもちましてクローズとさせていただきます。
後ほど、今回の対応に関するアンケートのご案内をお送りいたしますので、お時間がございましたらご協力いただけますと幸いです。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

ダニエル
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
    subj = ew('RE:[CASE %s] 【完了】アカウント統合のご報告' % CG, 'iso-2022-jp', chunk=13, label='ISO-2022-JP')
    return build(part(txt, cs='iso-2022-jp', cte='b64', label='ISO-2022-JP'), trace_jp(HIRO, snd, verdict(snd), t, 'nifty'), snd, AWS_FORM, HIRO, subj, t)

# =====================================================================
# Thread H: Aya Yamamoto, BIGLOBE, Japanese form case
# =====================================================================
AYA = 'aya.yamamoto@biglobe.ne.jp'
H_OPEN = T(2025, 7, 8, 23, 5, 2)
CH = cid15(H_OPEN)
H_K, H_M = 'AWS05874402', 'AWS06209931'
H_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CH

@mail('yamamoto-biglobe-html-ack', 'case_created', 'ja', CH, [], True)
def h0():
    t = H_OPEN + dt.timedelta(seconds=3)
    snd = sender_aws(t)
    html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Yu Gothic',sans-serif;font-size:14px">
<p>ご依頼を記録しました。ケース番号：<b>{CH}</b></p>
<p>担当より追ってご連絡します。</p>
<p style="color:#999;font-size:11px">Amazon Web Services / AWS Training and Certification</p>
</div></body></html>"""
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CH
    return build(part(html, 'html', cte='qp'), trace_jp(AYA, snd, verdict(snd), t, 'biglobe'), snd, AWS_FORM, AYA, subj, t)

@mail('yamamoto-biglobe-unmarked-history', 'merge_confirmation_requested', 'ja', CH, [H_K, H_M], True)
def h1():
    t = T(2025, 7, 10, 4, 18, 40)
    snd = sender_aws(t)
    txt = f"""山本 彩 様

AWSトレーニングと認定サポートです。ご連絡ありがとうございます。

頂いた情報で、以下のとおりの統合を予定しております。

　■ 存続するアカウント：aws 05874402
　■ 吸収されるアカウント：aws 06209931

吸収されるアカウントの資格情報は、存続するアカウントへ引き継がれます。
この処理は取り消すことができません。恐れ入りますが、実施前に、上記の内容でよいか本メールへのご返信にてお知らせください。

サポート担当　ケン

2025年7月9日(水) 21:40 山本 彩 <{AYA}>:
ご担当者様

お世話になっております。山本です。
先日の問い合わせの件、補足いたします。

受験者IDは次の２つです。
・{H_K}（個人のメールアドレスで登録、こちらを残したいです）
・{H_M}（派遣先のメールアドレスで登録、今はログインできません）

昨年、派遣先でアソシエイトを受験した際に新しくアカウントを作ってしまいました。
お手数ですが、よろしくお願いいたします。

山本 彩

2025年7月9日(水) 8:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
ご依頼を記録しました。ケース番号：{CH}
担当より追ってご連絡します。
"""
    return build(part(txt, cte='b64'), trace_jp(AYA, snd, verdict(snd), t, 'biglobe'), snd, AWS_FORM, AYA, H_SUBJ, t)

@mail('yamamoto-biglobe-sig-first', 'merge_completed', 'ja', CH, [], True)
def h2():
    t = T(2025, 7, 14, 6, 1, 12)
    snd = sender_aws(t)
    txt = f"""山本様

お待たせしました。ご依頼のアカウント統合は完了しています。存続するアカウントでサインインし、資格の一覧をご確認ください。

--
サポート担当　ケン
Amazon Web Services | AWS Training and Certification
--

2025年7月11日(金) 9:14 山本 彩 <{AYA}>:
> ケン様
>
> 内容に間違いありません。統合をお願いいたします。
>
> 2025年7月10日(木) 13:18 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山本 彩 様
> >
> > 　■ 存続するアカウント：aws 05874402
> > 　■ 吸収されるアカウント：aws 06209931
> >
> > この処理は取り消すことができません。
"""
    return build(part(txt, cte='qp'), trace_jp(AYA, snd, verdict(snd), t, 'biglobe'), snd, AWS_FORM, AYA, H_SUBJ, t)

@mail('yamamoto-biglobe-sjis-survey', 'survey', 'ja', CH, [], True)
def h3():
    t = T(2025, 7, 14, 6, 3, 30)
    snd = sender_aws(t)
    txt = f"""山本 彩 様

お問い合わせ（ケース番号 {CH}）は完了としてクローズいたしました。

サービス向上のため、対応品質に関するアンケートへのご協力をお願いいたします。

 Ｑ．問題は解決しましたか？　はい ／ いいえ
 Ｑ．担当者の対応を 1～5 で評価してください

回答はこちら：https://amazonwebservices.qualtrics.com/jfe/form/SV_3Ppk0aZ8tRxLjqe?lang=JA&case={CH}

AWS トレーニングと認定
"""
    subj = ew('お問い合わせ対応に関するアンケートのお願い', 'shift_jis', chunk=10, label='Shift_JIS')
    return build(part(txt, cs='shift_jis', cte='b64', label='Shift_JIS'), trace_jp(AYA, snd, verdict(snd), t, 'biglobe'), snd,
                 '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', AYA, subj, t)

@mail('yamamoto-biglobe-pearson', 'unrelated', 'ja', None, [H_K], False)
def h4():
    t = T(2025, 9, 1, 3, 44, 21)
    snd = sender_generic(t, 'pearson.com', '168.245.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'o%d.email.pearson.com' % R.randint(1, 9),
                         'bounce-%d@email.pearson.com' % R.randint(10**6, 10**7), '<%s@pvue-notify.pearson.com>' % rhex(24), dkim=[('pearson.com', 'pv1')])
    txt = f"""山本 彩 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時: 2025年9月20日(土) 10:00 JST
会場: オンライン監視（OnVUE）
受験者 ID: {H_K}
登録番号: 4{R.randint(10**8, 10**9 - 1)}

試験開始の 30 分前からチェックインが可能です。
本人確認書類をご用意ください。

Pearson VUE
"""
    subj = ew('Pearson VUE 試験予約確認', 'iso-2022-jp', chunk=10, label='ISO-2022-JP')
    return build(part(txt, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), trace_jp(AYA, snd, verdict(snd), t, 'biglobe'), snd,
                 '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', AYA, subj, t)

# =====================================================================
# Chen Wei: corporate relay without any authentication verdict
# =====================================================================
CHEN = 'chen.wei@hartwell-logistics.com'
I_OPEN = T(2025, 11, 24, 2, 48, 19)
CI = cid15(I_OPEN)
I_K, I_M = 'AWS06340178', 'AWS02096615'
I_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CI

@mail('chen-relay-essay', 'merge_confirmation_requested', 'en', CI, [I_K, I_M], None)
def i1():
    t = T(2025, 11, 26, 19, 5, 48)
    snd = sender_aws(t)
    txt = f"""Good day Mr. Wei Chen,

I hope this message finds you well and that your week is going smoothly. My name is Oluwaseun and I am a member of the AWS Training and Certification Customer Support team. I will be the person handling your request from this point forward, and I would like to thank you once again for your patience while we reviewed the details you provided in your original submission.

Before we go any further, allow me to explain a little about how account consolidation works on our side, since in our experience many candidates find it helpful to understand the process before agreeing to it. Each time a candidate registers with a new e-mail address, our certification system creates a separate candidate record, each with its own candidate ID. Exam results, certifications, digital badges, recertification history and benefits (for example the 50% discount voucher that is granted after passing an exam) are stored against the specific record where they were earned. When two records are consolidated, the history of the secondary record is transferred to the primary record, and the secondary record is deactivated permanently.

Having reviewed both records carefully, and having compared the name, date of birth and exam history on each, I am satisfied that they belong to the same person. The plan is therefore as follows:

The record that will remain active (primary): {I_K}, registered with {CHEN}

The record whose history will be transferred and which will then be deactivated (secondary): {I_M}, registered with cwei.personal@example-mail.cn

Please read the following very carefully, as it is important. Once consolidation has been carried out, it cannot be reversed under any circumstances. We will not be able to split the records again, restore the secondary record, or move individual certifications back. Any scheduled exam appointments on the secondary record should be completed or cancelled before consolidation takes place; from what I can see, there are currently no appointments scheduled on either record, but I would kindly ask you to double check this on your side as well.

In addition, please be aware that your Credly badges are managed by Credly, a separate platform. In most cases the badges follow automatically within a few days, but in some cases an additional request to Credly is required. We will be happy to help with that afterwards if needed.

In order for us to go ahead, we require your explicit written confirmation. Could you therefore please reply to this e-mail stating that you agree with the plan described above, specifically that {I_K} is the record you wish to keep and that {I_M} may be consolidated into it. Without this confirmation we are unfortunately not in a position to proceed, and the case will remain on hold.

I remain at your disposal for any questions you may have. Thank you so much for your understanding and cooperation, and I wish you a wonderful rest of the week and a pleasant weekend ahead when it comes.

Yours faithfully and with every good wish,
Oluwaseun A.
Customer Support Associate
AWS Training and Certification
Amazon Web Services
"""
    return build(part(txt, cte='b64'), trace_corp(CHEN, snd, t), snd, AWS_FORM, CHEN, I_SUBJ, t)

@mail('chen-relay-mislabelled', 'merge_completed', 'en', CI, [I_K], None)
def i2():
    t = T(2025, 12, 1, 16, 22, 7)
    snd = sender_aws(t)
    txt = f"""Good day Mr. Wei Chen,

Further to your confirmation of 27 November, I\u2019m pleased to let you know that the consolidation has now been carried out \u2013 the history of your secondary record now sits under {I_K}, and the secondary record has been retired.

You\u2019ll find all four certifications listed when you sign in with {CHEN}. Your Credly badges should follow \u201cwithin a few days\u201d; if they don\u2019t, simply reply here.

Yours faithfully,
Oluwaseun A.
AWS Training and Certification
"""
    return build(part(txt, cs='windows-1252', cte='qp', label='utf-8'), trace_corp(CHEN, snd, t), snd, AWS_FORM, CHEN, I_SUBJ, t)

@mail('chen-relay-acclaim', 'credly_badge_issued', 'en', None, [], None)
def i3():
    t = T(2025, 12, 2, 21, 9, 55)
    snd = sender_credly(t, CHEN, dom='youracclaim.com')
    txt = """Wei Chen,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified SysOps Administrator - Associate

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s

Acclaim by Credly
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return build(part(txt, cte='qp'), trace_corp(CHEN, snd, t), snd,
                 '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', CHEN,
                 'Wei Chen, you have been awarded a badge: AWS Certified SysOps Administrator - Associate', t)

@mail('chen-relay-certmetrics', 'unrelated', 'en', None, [I_K], None)
def i4():
    t = T(2025, 12, 10, 15, 0, 2)
    snd = sender_generic(t, 'certmetrics.com', '198.2.%d.%d' % (R.randint(128, 191), R.randint(2, 250)), 'mail%d.certmetrics.com' % R.randint(1, 9),
                         'bounce-%s@certmetrics.com' % rhex(10), '<%s@certmetrics.com>' % rhex(30), dkim=[('certmetrics.com', 'k1')])
    html = f"""<html><body style="font-family:Arial">
<p>Hello Wei,</p>
<p><b>AWS Certification wants to hear from you.</b></p>
<p>You recently earned an AWS Certification. Tell us about your experience preparing for and taking the exam &mdash; the survey takes about 10 minutes and helps us improve the program.</p>
<p><a href="https://www.certmetrics.com/amazon/survey.aspx?cid={I_K}&amp;s={rhex(12)}">Take the survey</a></p>
<p>Candidate ID: {I_K}</p>
<p style="font-size:11px;color:#888">AWS Certification &middot; Please do not reply to this message.</p>
</body></html>"""
    return build(part(html, 'html', cte='qp'), trace_corp(CHEN, snd, t), snd,
                 '"AWS Certification" <do-not-reply@certmetrics.com>', CHEN, 'AWS Certification wants to hear from you', t)

# =====================================================================
# Olivia Brandt, Office 365, machine-translated completion under an Outlook block
# =====================================================================
OLIVIA = 'olivia.brandt@meridian-consult.com'
J_OPEN = T(2026, 2, 17, 10, 2, 51)
CJ = cid15(J_OPEN)
J_K, J_M = 'AWS03961240', 'AWS07458803'

@mail('brandt-o365-realized', 'merge_completed', 'en', CJ, [J_K, J_M], True)
def j1():
    t = T(2026, 2, 20, 14, 37, 9)
    snd = sender_aws(t)
    txt = f"""Hello Olivia Brandt,

We inform you that the fusion of your accounts has been realized with success. The certifications of the account AWS07458803 were migrated to the account AWS03961240, which is now your only account. The ancient account is not more active.

If you find some inconvenient, you can answer this message.

Cordially,
Mateo
Service to the Client - AWS Training and Certification

From: Olivia Brandt <{OLIVIA}>
Sent: Thursday, February 19, 2026 9:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE {CJ}] [AWS Training and Certification Form Submission] - account-assistance

Hi Mateo, yes I confirm. Go ahead.
Olivia

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, February 18, 2026 5:40 PM
To: {OLIVIA}
Subject: RE:[CASE {CJ}] [AWS Training and Certification Form Submission] - account-assistance

Hello Olivia Brandt,

Before proceeding, we need that you confirm the fusion of the following accounts:
Account that stays: {J_K}
Account that will be fused: {J_M}
Attention: the fusion is definitive, it cannot be reverted.

Cordially,
Mateo
"""
    html = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + txt.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div></body></html>'
    subj = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CJ
    omid = '<DB9PR04MB%d%s@DB9PR04MB%d.eurprd04.prod.outlook.com>' % (R.randint(1000, 9999), rhex(16).upper(), R.randint(1000, 9999))
    return build(alt(part(txt, cte='qp'), part(html, 'html', cte='qp')), trace_o365(OLIVIA, snd, verdict(snd), t, 'eurprd04'), snd, AWS_FORM, OLIVIA, subj, t,
                 reply=(omid, omid))

# =====================================================================
# Look-alikes and phishing
# =====================================================================
@mail('lookalike-domain-merge-link', 'merge_confirmation_requested', 'en', '176017934441907', ['AWS04182276', 'AWS06650031'], False)
def k1():
    t = T(2025, 10, 11, 11, 23, 40)
    dom = 'aws-trainingcertification-support.com'
    snd = sender_generic(t, dom, '45.141.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mail.' + dom,
                         'bounce@' + dom, '<%s@mail.%s>' % (rhex(24), dom), dkim=[(dom, 'default')])
    txt = """Dear Candidate,

Our records show two AWS Certification accounts associated with your identity:

    Primary account:   AWS04182276
    Duplicate account: AWS06650031

To protect your certifications, these accounts must be merged. As the merge is irreversible, we need you to confirm the details before we continue.

Please confirm within 48 hours by signing in with your AWS Certification credentials:
https://aws-trainingcertification-support.com/merge/confirm?case=176017934441907

If we do not receive your confirmation, both accounts may be suspended and your certifications revoked.

AWS Training and Certification Support
Case 176017934441907
"""
    html = '<html><body style="font-family:Arial">' + txt.replace('\n', '<br>\n').replace(
        'https://aws-trainingcertification-support.com/merge/confirm?case=176017934441907',
        '<a href="https://aws-trainingcertification-support.com/merge/confirm?case=176017934441907">Confirm merge on aws.amazon.com</a>') + '</body></html>'
    return build(alt(part(txt, cte='7bit', cs='us-ascii'), part(html, 'html', cte='qp')), trace_gmail(TOMAS, snd, verdict(snd), t), snd,
                 '"AWS Training and Certification" <support@%s>' % dom, TOMAS,
                 'Action required: confirm your AWS Certification account merge [CASE 176017934441907]', t)

OKAFOR = 'j.okafor@brightline-analytics.com'
@mail('okafor-o365-spoofed-form', 'merge_confirmation_requested', 'en', '177511240813265', ['AWS02267419', 'AWS05903385'], False)
def k2():
    t = T(2026, 4, 2, 7, 14, 3)
    snd = sender_generic(t, 'amazon.com', '185.220.%d.%d' % (R.randint(100, 103), R.randint(2, 250)), 'vps-%s.hostingspace.example' % rhex(6),
                         'aws-cs-trainingcertification-form@amazon.com', '<%s@amazon.com>' % rhex(26), dkim=[])
    txt = """Dear Customer,

Thank you for contacting AWS Training and Certification.

We have identified the following accounts for merge:

  - Account to keep: AWS02267419
  - Account to merge: AWS05903385

Please note the merge cannot be undone. To confirm, open the secure form below and sign in with your AWS Builder ID and password so we can verify your identity:

https://aws-certification-merge.support-portal.help/confirm/177511240813265

Best regards,
Amazon Web Services
"""
    tr = trace_o365(OKAFOR, snd, verdict(snd, dkim='none', spf='fail', dmarc='fail'), t, 'namprd11')
    tr += [('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
           ('Received', 'from ip-10-0-3-17.ec2.internal (ip-10-0-3-17.ec2.internal [10.0.3.17])\n\tby mx.amazon.com with ESMTP id %s; %s' % (rhex(10), fmt(t - dt.timedelta(seconds=40))))]
    return build(part(txt, cte='qp'), tr, snd, AWS_FORM, OKAFOR,
                 'RE:[CASE 177511240813265] [AWS Training and Certification Form Submission] - account-assistance', t,
                 xheaders=[('X-MS-Exchange-Organization-SCL', '5'), ('X-Forefront-Antispam-Report', 'CIP:%s;CTRY:DE;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:%s;PTR:InfoDomainNonexistent;CAT:SPOOF;SFS:;DIR:INB;' % (snd['ip'], snd['helo']))])

@mail('watanabe-gmail-badge-lookalike', 'credly_badge_issued', 'en', None, [], False)
def k3():
    t = T(2025, 6, 10, 22, 41, 17)
    dom = 'credly-notify.net'
    snd = sender_generic(t, dom, '91.215.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'smtp.' + dom,
                         'return@' + dom, '<%s@%s>' % (rhex(20), dom), dkim=[(dom, 'mail')])
    html = """<html><body style="font-family:Helvetica">
<h2>You've earned a new badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Security - Specialty</b>.</p>
<p>Your badge is ready. Accept it within 7 days or it will be withdrawn.</p>
<p><a href="https://credly-notify.net/accept?u=kenji.wtnb.0412&amp;t=8f1c2e">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly Inc.</p>
</body></html>"""
    return build(part(html, 'html', cte='b64'), trace_gmail(KENJI, snd, verdict(snd), t), snd,
                 '"Credly" <badges@%s>' % dom, KENJI, "You've earned a new badge from Amazon Web Services", t)

@mail('herrera-gmail-pr-merged', 'unrelated', 'en', None, [], False)
def k4():
    t = T(2025, 8, 15, 19, 55, 31)
    snd = sender_generic(t, 'github.com', '192.30.252.%d' % R.randint(192, 210), 'out-%d.smtp.github.com' % R.randint(20, 28),
                         'noreply@github.com', '<herrera-labs/certtrack/pull/214/issue_event/%d@github.com>' % R.randint(10**10, 10**11),
                         dkim=[('github.com', 'pf2023')])
    txt = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/herrera-labs/certtrack/pull/214#event-%d
You are receiving this because you authored the thread.
""" % R.randint(10**10, 10**11)
    html = '<p>Merged <a href="https://github.com/herrera-labs/certtrack/pull/214">#214</a> into main.</p><p style="font-size:small">&mdash;<br>Reply to this email directly, <a href="https://github.com/herrera-labs/certtrack/pull/214">view it on GitHub</a>.</p>'
    return build(alt(part(txt, cte='7bit', cs='us-ascii'), part(html, 'html', cte='7bit', cs='us-ascii')),
                 trace_gmail(TOMAS, snd, verdict(snd), t), snd, 'Mateus Lima <notifications@github.com>', 'herrera-labs/certtrack <certtrack@noreply.github.com>',
                 'Re: [herrera-labs/certtrack] Merge duplicate candidate profiles into primary account (PR #214)', t,
                 reply=('<herrera-labs/certtrack/pull/214@github.com>',),
                 xheaders=[('List-ID', 'herrera-labs/certtrack <certtrack.herrera-labs.github.com>'),
                           ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'mlima-dev')])

SARAH = 'sarah.mitchell.shop@gmail.com'
@mail('mitchell-gmail-seller-merge', 'unrelated', 'en', '6102937745', [], True)
def k5():
    t = T(2025, 9, 22, 16, 8, 44)
    snd = sender_aws(t)
    txt = """Hello,

Thank you for contacting Amazon Seller Support.

I understand you would like to merge your two seller accounts (Mitchell Home Goods and MHG Outlet) into a single account. I'm sorry, but we are unable to combine seller accounts, transfer listings or feedback between them. If you no longer need the second account, you can request its closure from Settings > Account Info > Close Account after any open orders have been fulfilled.

Was this email helpful?
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=6102937745

Thank you for selling with Amazon,
Priyanka
Amazon.com
"""
    return build(part(txt, cte='qp'), trace_gmail(SARAH, snd, verdict(snd), t), snd,
                 '"Amazon Seller Central" <seller-notification@amazon.com>', SARAH,
                 'RE:[CASE 6102937745] Request to merge seller accounts', t)

@mail('raman-outlook-benefit-scare', 'unrelated', 'en', None, [], False)
def k6():
    t = T(2025, 11, 3, 5, 41, 56)
    dom = 'aws-certification-benefits.com'
    snd = sender_generic(t, dom, '103.75.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mx1.' + dom,
                         'notice@' + dom, '<%s@%s>' % (rhex(18), dom), dkim=[])
    txt = """Dear Certified Professional,

Your AWS Certification benefits (exam discount, digital badge, lounge access) are scheduled to be SUSPENDED because we could not verify your billing profile.

Verify your profile within 24 hours to avoid losing your benefits:
https://aws-certification-benefits.com/verify

AWS Certification Benefits Team
"""
    return build(part(txt, cte='7bit', cs='us-ascii'), trace_o365(PRIYA, snd, verdict(snd, dkim='none', spf='softfail', dmarc='none'), t), snd,
                 '"AWS Certification" <notice@%s>' % dom, PRIYA, 'URGENT: your certification benefits will be suspended', t)

# =====================================================================
def main():
    order = list(range(len(MAILS)))
    random.Random(4848).shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = '%03d-%s.eml' % (n, m['slug'])
        data = m['fn']()
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = {'kind': m['kind'], 'case_id': m['case'], 'account_ids': sorted(set(m['accts'])),
                        'sender_verified': m['sv'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, indent=2, ensure_ascii=False)
    print(len(labels), 'mails written')

if __name__ == '__main__':
    main()
