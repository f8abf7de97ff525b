#!/usr/bin/env python3
"""Generator for blind set 68: HTML/template-heavy AWS Certification account-merge mail.

Run: python3 make_set.py   (writes NNN-slug.eml files and labels.json next to this script)
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(6868)
UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
ET = ZoneInfo('America/New_York')


# ----------------------------------------------------------------- basics
def T(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(t):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(t.timestamp()), R.randint(0, 99999))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_id(t):
    ms = int(t.timestamp() * 1000) + R.randint(0, 999)
    return '0100%012x-%s-000000' % (ms, ruuid())


def date_hdr(t, tz=UTC, comment=False):
    lt = t.astimezone(tz)
    s = format_datetime(lt)
    if comment:
        s += ' (%s)' % lt.tzname()
    return s


def fold_b(s, width=70, indent='\t '):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


def enc_subject(s, cs='utf-8', maxlen=72):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=maxlen, header_name='Subject').encode()


def enc_name(name, addr, cs='utf-8'):
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, addr) if re.search(r'[,.()&]', name) else '%s <%s>' % (name, addr)
    return '%s <%s>' % (Header(name, cs).encode(), addr)


def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', codec=None, extra=None):
    """text/* leaf with explicit charset label and transfer encoding.
    codec may differ from the label (deliberately wrong charset label)."""
    b = text.encode(codec or cs)
    p = MIMENonMultipart('text', sub, charset=cs)
    del p['MIME-Version']
    if cte == 'quoted-printable':
        payload = quopri.encodestring(b).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(b).decode('ascii')
    elif cte == '7bit':
        payload = b.decode('ascii')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    for k, v in (extra or []):
        p[k] = v
    return p


def alt(parts, boundary):
    m = MIMEMultipart('alternative', boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def b_javamail(t):
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(10000000, 999999999), int(t.timestamp() * 1000))


def b_gmail():
    return '000000000000' + rhex(16)


def b_outlook():
    return '_000_' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(26)) + 'namprd%02d' % R.randint(1, 22) + 'prod_'


def b_generic():
    return '=_' + rhex(32)


# ------------------------------------------------------------ senders
def sender(kind, **kw):
    base = dict(dmarc='pass', spf='pass', dkim='pass', policy='quarantine')
    if kind == 'aws':
        ip = kw.pop('ip', R.choice(['54.240.8.31', '54.240.8.88', '54.240.48.96', '54.240.9.42', '54.240.11.117']))
        a, b2, c, d = ip.split('.')
        base.update(from_domain='amazon.com', mf_domain='amazonses.com', ip=ip,
                    host='a%s-%s.smtp-out.amazonses.com' % (c, d),
                    dkims=[('amazon.com', 'rjpvtbngzlwyvkaxtwy2vgs6thkfmwbn'),
                           ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
    elif kind == 'credly':
        base.update(from_domain='credly.com', mf_domain='em.credly.com', ip='149.72.%d.%d' % (R.randint(100, 250), R.randint(2, 250)),
                    host='o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)),
                    dkims=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], policy='reject')
    elif kind == 'acclaim':
        base.update(from_domain='youracclaim.com', mf_domain='em.youracclaim.com', ip='167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250)),
                    host='o%d.ptr%d.youracclaim.com' % (R.randint(1, 9), R.randint(1000, 9999)),
                    dkims=[('youracclaim.com', 's1'), ('sendgrid.info', 'smtpapi')], policy='none')
    elif kind == 'amazon':  # amazon.com own outbound (Seller Central)
        base.update(from_domain='amazon.com', mf_domain='amazon.com', ip='207.171.184.29',
                    host='smtp-fw-9102.amazon.com', dkims=[('amazon.com', 'amazon201209')])
    elif kind == 'gmail':
        base.update(from_domain='gmail.com', mf_domain='gmail.com', ip='209.85.220.%d' % R.randint(41, 73),
                    host='mail-sor-f%d.google.com' % R.randint(41, 73), dkims=[('gmail.com', '20230601')], policy='none')
    else:
        base.update(kind=kind)
    base.update(kw)
    base['kind'] = kind
    return base


def mf_addr(sp, mid):
    if sp['mf_domain'] == 'amazonses.com':
        return '%s@amazonses.com' % mid
    if 'mf' in sp:
        return sp['mf']
    return 'bounces+%d-%s@%s' % (R.randint(1000000, 9999999), rhex(4), sp['mf_domain'])


def dkim_sig(d, s, t, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (c, s, d, int(t.timestamp()), hdrs, rb64(32), fold_b(rb64(128))))


# ------------------------------------------------ receiving-side traces
def ar_parts(sp, mf):
    """Return verdict pieces for the receiving provider."""
    dk = sp['dkims'][0][0] if sp.get('dkims') else None
    return dict(dkim=sp['dkim'], spf=sp['spf'], dmarc=sp['dmarc'], dkd=dk, mf=mf,
                mfd=mf.split('@')[-1], hfrom=sp['from_domain'], ip=sp['ip'], policy=sp['policy'])


def trace_gmail(rcpt, sp, t, mf):
    v = ar_parts(sp, mf)
    rt = t + timedelta(seconds=R.randint(1, 4))
    smtp_id = rb64(12).replace('+', 'a').replace('/', 'b').replace('=', '')[:16]
    dk = ''
    if v['dkd'] and v['dkim'] != 'none':
        dk = '       dkim=%s header.i=@%s header.s=%s header.b=%s;\n' % (
            v['dkim'], v['dkd'], sp['dkims'][0][1], rb64(6)[:8])
        if len(sp['dkims']) > 1:
            dk += '       dkim=pass header.i=@%s header.s=%s header.b=%s;\n' % (sp['dkims'][1][0], sp['dkims'][1][1], rb64(6)[:8])
    spfword = {'pass': 'designates %s as permitted sender' % v['ip'],
               'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (v['mf'], v['ip']),
               'fail': 'domain of %s does not designate %s as permitted sender' % (v['mf'], v['ip'])}[v['spf']]
    if v['spf'] == 'pass':
        spfword = 'domain of %s %s' % (v['mf'], spfword)
    pol = v['policy'].upper()
    dm = '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        v['dmarc'], pol, pol, 'NONE' if v['dmarc'] == 'pass' else (pol if pol != 'NONE' else 'NONE'), v['hfrom'])
    if v['dmarc'] == 'none':
        dm = '       dmarc=none header.from=%s' % v['hfrom']
    ar = 'mx.google.com;\n%s       spf=%s (google.com: %s) smtp.mailfrom=%s;\n%s' % (dk, v['spf'], spfword, v['mf'], dm)
    return [
        ('Delivered-To', rcpt),
        ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(3), rhex(4), rhex(8) + 'csp' + str(R.randint(100000, 999999)),
            date_hdr(rt + timedelta(seconds=1), PT))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:78]),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(12), R.randint(1, 9), int(rt.timestamp()) % 10000000000,
            date_hdr(rt + timedelta(seconds=1), PT))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(rt.timestamp()), fold_b(rb64(96), 64, '         '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % v['mf']),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n        for <%s>\n'
                     '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            sp['host'], sp['host'], v['ip'], smtp_id, R.randint(1, 9), R.randint(2025, 2026), rhex(4), rcpt,
            date_hdr(rt, PT, comment=True))),
        ('Received-SPF', '%s (google.com: %s) client-ip=%s;' % (v['spf'], spfword, v['ip'])),
        ('Authentication-Results', ar),
    ]


def trace_o365(rcpt, sp, t, mf, tenant='namprd12'):
    v = ar_parts(sp, mf)
    rt = t + timedelta(seconds=R.randint(1, 5))
    p = tenant.upper()
    if v['dkim'] == 'none' or not v['dkd']:
        dk = 'dkim=none (message not signed) header.d=none'
    elif v['dkim'] == 'pass':
        dk = 'dkim=pass (signature was verified) header.d=%s' % v['dkd']
    else:
        dk = 'dkim=fail (body hash did not verify) header.d=%s' % v['dkd']
    act = {'pass': 'action=none', 'fail': 'action=quarantine', 'none': 'action=none', 'bestguesspass': 'action=none'}[v['dmarc']]
    comp = {'pass': 'compauth=pass reason=100', 'fail': 'compauth=fail reason=000',
            'none': 'compauth=fail reason=001', 'bestguesspass': 'compauth=pass reason=109'}[v['dmarc']]
    spfw = {'pass': 'sender IP is %s' % v['ip'], 'softfail': 'sender IP is %s' % v['ip'], 'fail': 'sender IP is %s' % v['ip']}[v['spf']]
    ar = 'spf=%s (%s)\n smtp.mailfrom=%s; %s;dmarc=%s %s\n header.from=%s;%s' % (
        v['spf'], spfw, v['mfd'], dk, v['dmarc'], act, v['hfrom'], comp)
    mbx = '%s%02dMB%d' % (R.choice(['BN8PR', 'SA1PR', 'CH3PR', 'DM6PR', 'MN2PR']), R.randint(10, 19), R.randint(1000, 9999))
    fe = '%s.%s.prod.protection.outlook.com' % (R.choice(['BN2PEPF000044A', 'SN1PEPF0002636', 'CO1PEPF000075F']) + str(R.randint(1, 9)),
                                               'eop-nam%02d' % R.randint(1, 12))
    return [
        ('Received', 'from %s.%s.prod.outlook.com (2603:10b6:%s::%s) by\n %s.%s.prod.outlook.com with HTTPS; %s' % (
            mbx, tenant, rhex(3), rhex(2), mbx, tenant, date_hdr(rt + timedelta(seconds=2)))),
        ('Received', 'from %s (2603:10b6:%s:%s::%s) by %s.%s.prod.outlook.com\n (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n'
                     ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            'BN9PR03CA0%03d.namprd03.prod.outlook.com' % R.randint(100, 999), rhex(3), rhex(3), rhex(2), mbx, tenant,
            rhex(3), rhex(2), R.randint(8000, 9300), R.randint(10, 40), date_hdr(rt + timedelta(seconds=1)))),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
            v['spf'].capitalize(), v['mfd'], 'designates' if v['spf'] == 'pass' else 'does not designate', v['ip'], v['ip'], sp['host'])),
        ('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            sp['host'], v['ip'], fe, R.randint(2, 250), R.randint(8000, 9300), R.randint(10, 40), date_hdr(rt))),
        ('X-MS-Exchange-Organization-AuthSource', fe),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-SCL', '1' if v['dmarc'] == 'pass' else '5'),
    ]


def trace_simple(provider, rcpt, sp, t, mf, tz=JST, style='jp'):
    """Japanese ISPs (nifty, biglobe, ocn), Fastmail, iCloud, Proton, Yahoo."""
    v = ar_parts(sp, mf)
    rt = t + timedelta(seconds=R.randint(1, 6))
    dkd = v['dkd'] or 'none'
    if style == 'jp':
        ar = [('Authentication-Results', '%s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n\tdmarc=%s header.from=%s' % (
            provider, v['spf'], v['mf'], v['dkim'], dkd, v['dmarc'], v['hfrom']))]
        rec = [('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s' % (
            sp['host'], sp['host'], v['ip'], 'mx%d.%s' % (R.randint(1, 4), provider), rhex(8).upper(), rcpt, date_hdr(rt, JST)))]
        top = [('Received', 'from mx%d.%s ([10.2.%d.%d]) by mbox%02d.%s\n\twith LMTP id %s; %s' % (
            R.randint(1, 4), provider, R.randint(1, 200), R.randint(1, 200), R.randint(1, 40), provider, rb64(9),
            date_hdr(rt + timedelta(seconds=1), JST)))]
        return top + ar + rec
    if style == 'fastmail':
        dkline = ('dkim=%s (1024-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024' % (
            v['dkim'], dkd, dkd, rb64(6)[:8], sp['dkims'][0][1])) if sp.get('dkims') and v['dkim'] != 'none' else 'dkim=none (no signatures found)'
        ar = [('Authentication-Results', 'mx%d.messagingengine.com;\n    %s;\n'
                                         '    dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=%s policy.evaluated-disposition=%s (p=%s,d=%s,d.eval=%s) policy.policy-from=p header.from=%s;\n'
                                         '    iprev=pass smtp.remote-ip=%s (%s);\n    spf=%s smtp.mailfrom=%s smtp.helo=%s' % (
            R.randint(1, 8), dkline,
            v['dmarc'], v['policy'], 'none' if v['dmarc'] == 'pass' else v['policy'], 'none' if v['dmarc'] == 'pass' else v['policy'],
            v['policy'], 'none' if v['dmarc'] == 'pass' else v['policy'], 'none' if v['dmarc'] == 'pass' else v['policy'], v['hfrom'],
            v['ip'], sp['host'], v['spf'], v['mf'], sp['host']))]
        top = [('Received', 'from mailfrontend%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s' % (
            R.randint(1, 2), R.randint(160, 170), R.randint(1, 8), date_hdr(rt + timedelta(seconds=1), ET)))]
        rec = [('Received', 'from %s (%s [%s])\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (
            sp['host'], sp['host'], v['ip'], R.randint(1, 8), rcpt, date_hdr(rt, ET)))]
        return top + [('X-Spam-score', '0.0' if v['dmarc'] == 'pass' else '4.1')] + ar + rec
    if style == 'icloud':
        ar = [('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % (v['dmarc'], v['hfrom'])),
              ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s' % (
                  v['dkim'], dkd, dkd, rb64(6)[:8])),
              ('Authentication-Results', 'spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
                  v['spf'], v['mf'], v['ip'], v['mf']))]
        top = [('Received', 'from %s (%s [%s])\n\tby p%02d-mx.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            sp['host'], sp['host'], v['ip'], R.randint(1, 60), rhex(10).upper(), rcpt, date_hdr(rt, UTC, True)))]
        return [('Return-Path', '<%s>' % v['mf'])] + top + [('X-ICL-Score', '3.%s' % rhex(8))] + ar
    if style == 'proton':
        ar = [('Authentication-Results', 'mail.protonmail.ch; dmarc=%s (p=%s dis=none)\n header.from=%s' % (v['dmarc'], v['policy'], v['hfrom'])),
              ('Authentication-Results', 'mail.protonmail.ch; spf=%s smtp.mailfrom=%s' % (v['spf'], v['mfd'])),
              ('Authentication-Results', 'mail.protonmail.ch; dkim=%s (1024-bit key)\n header.d=%s header.i=@%s header.b="%s"' % (
                  v['dkim'], dkd, dkd, rb64(6)[:8]))]
        top = [('Return-Path', '<%s>' % v['mf']),
               ('X-Original-To', rcpt),
               ('Delivered-To', rcpt),
               ('Received', 'from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)\n'
                            ' server-digest SHA256) (No client certificate requested) by mailin%03d.protonmail.ch (Postfix) with ESMTPS id\n 4%s for <%s>; %s' % (
                   sp['host'], sp['host'], v['ip'], R.randint(1, 60), rhex(12).upper(), rcpt, date_hdr(rt, UTC, True)))]
        return top + ar
    if style == 'yahoo':
        ar = [('Authentication-Results', 'atlas-production.v2.mail-ne1.yahoo.com;\n dkim=%s header.i=@%s header.s=%s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;' % (
            v['dkim'], dkd, sp['dkims'][0][1], v['spf'], v['mfd'], v['dmarc'], v['policy'].upper(), v['hfrom']))]
        top = [('Return-Path', '<%s>' % v['mf']),
               ('Received', 'from 10.217.%d.%d\n by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s' % (
                   R.randint(1, 250), R.randint(1, 250), R.randint(100, 400), date_hdr(rt + timedelta(seconds=1)))),
               ('X-Originating-Ip', '[%s]' % v['ip']),
               ('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (v['spf'], v['mfd'], v['ip']))]
        return top + ar + [('X-Apparently-To', '%s; %s' % (rcpt, date_hdr(rt)))]
    raise ValueError(style)


def trace_noauth(rcpt, sp, t, mf, relay='mail.hokuriku-net.example'):
    rt = t + timedelta(seconds=R.randint(2, 20))
    return [
        ('Return-Path', '<%s>' % mf),
        ('Received', 'from %s (%s [%s])\n\tby %s (8.15.2/8.15.2) with ESMTP id 5%s\n\tfor <%s>; %s' % (
            sp['host'], sp['host'], sp['ip'], relay, rhex(9).upper(), rcpt, date_hdr(rt, JST))),
    ]


def aws_sender_headers(sp, t, mid, region='us-east-1'):
    h = []
    for d, s in sp['dkims']:
        h.append(('DKIM-Signature', dkim_sig(d, s, t)))
    h.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(30)[:43])))
    h.append(('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), sp['ip'])))
    return h


def build(body, top, core, extra_after=None):
    """Assemble final bytes: trace headers, sender headers, then MIME headers."""
    if body.get('MIME-Version'):
        del body['MIME-Version']
    mime_hdrs = list(body._headers)
    body._headers = list(top) + list(core) + [('MIME-Version', '1.0')] + mime_hdrs + list(extra_after or [])
    return body.as_bytes()


# ----------------------------------------------------------- templates
AWS_LOGO = 'https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png'

FOOT_EN = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
           'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.<br><br>'
           '<a href="https://aws.amazon.com/privacy/" style="color:#0073bb">Privacy</a> | '
           '<a href="https://aws.amazon.com/terms/" style="color:#0073bb">Site Terms</a> | '
           '<a href="https://aws.amazon.com/contact-us/" style="color:#0073bb">Contact Us</a><br>'
           '&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.')

FOOT_EN_TXT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n'
               'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.')

FOOT_JA = ('Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。'
           '本メッセージは Amazon Web Services, Inc.（410 Terry Avenue North, Seattle, WA 98109-5210, USA）が作成・配信しています。<br>'
           'アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア<br><br>'
           '<a href="https://aws.amazon.com/jp/privacy/" style="color:#0073bb">プライバシー規約</a> | '
           '<a href="https://aws.amazon.com/jp/terms/" style="color:#0073bb">サイト規約</a><br>'
           '&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.')

FOOT_JA_TXT = ('Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。\n'
               'アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア')


def html_page(inner, title='Amazon Web Services', charset='utf-8', lang='en', banner='console', footer=None, preheader=''):
    foot = footer if footer is not None else (FOOT_JA if lang == 'ja' else FOOT_EN)
    if banner == 'console':
        ban = ('<tr><td style="background:#232f3e;padding:14px 24px"><img src="%s" alt="Amazon Web Services" width="120" height="44" style="display:block;border:0"></td></tr>\n'
               '<tr><td style="background:#ff9900;height:4px;font-size:0;line-height:0">&nbsp;</td></tr>' % AWS_LOGO)
    elif banner == 'form':
        ban = ('<tr><td style="background:#161e2d;padding:18px 24px;color:#ffffff;font-size:18px;font-weight:bold">'
               '<img src="https://d1.awsstatic.com/training-and-certification/tc-logo-white.png" alt="" width="28" height="28" style="vertical-align:middle;border:0">&nbsp; '
               'AWS Training &amp; Certification</td></tr>\n'
               '<tr><td style="background:linear-gradient(90deg,#7b3fe4,#ff5c5c);background-color:#7b3fe4;height:3px;font-size:0;line-height:0">&nbsp;</td></tr>')
    else:
        ban = banner
    pre = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%s</div>' % preheader) if preheader else ''
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<title>%s</title>\n'
            '<style type="text/css">body{margin:0;padding:0}table td{border-collapse:collapse}a{color:#0073bb}'
            '@media only screen and (max-width:620px){.wrap{width:100%% !important}}</style>\n</head>\n'
            '<body style="margin:0;padding:0;background-color:#f2f3f3">%s\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center" style="padding:20px 0">\n'
            '<table role="presentation" class="wrap" width="620" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:\'Amazon Ember\',\'Helvetica Neue\',Roboto,Arial,%ssans-serif;font-size:14px;line-height:1.55;color:#16191f">\n'
            '%s\n<tr><td style="padding:26px 28px 10px 28px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:18px 28px;background:#fafafa;border-top:1px solid #eaeded;color:#687078;font-size:11px;line-height:1.5">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n') % (
        lang, charset, title, pre, "'Hiragino Kaku Gothic ProN',Meiryo," if lang == 'ja' else '', ban, inner, foot)


def kv_table(rows, head=None):
    out = ['<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border:1px solid #d5dbdb;margin:14px 0;font-size:13px">']
    if head:
        out.append('<tr>' + ''.join('<th align="left" style="background:#232f3e;color:#fff;padding:7px 10px">%s</th>' % h for h in head) + '</tr>')
    for i, r in enumerate(rows):
        bg = '#f7f8f8' if i % 2 == 0 else '#ffffff'
        cells = ''.join('<td style="padding:7px 10px;border-top:1px solid #eaeded;%s">%s</td>' % (
            'font-weight:bold;width:32%;' if (j == 0 and not head) else '', c) for j, c in enumerate(r))
        out.append('<tr style="background:%s">%s</tr>' % (bg, cells))
    out.append('</table>')
    return '\n'.join(out)


def button(label, href, color='#ec7211'):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0"><tr>'
            '<td bgcolor="%s" style="border-radius:3px"><a href="%s" target="_blank" style="display:inline-block;padding:11px 22px;'
            'font-weight:bold;color:#ffffff;text-decoration:none;font-size:14px">%s</a></td></tr></table>' % (color, href, label))


def rating_block(cid, lang='en', form=False):
    base = ('https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;rating=' % cid) if form else \
        ('https://console.aws.amazon.com/support/feedback?displayId=%s&amp;language=%s&amp;rating=' % (cid, lang))
    stars = ''.join('<a href="%s%d" style="text-decoration:none;font-size:22px;color:#ff9900">&#9733;</a>' % (base, i) for i in range(1, 6))
    if lang == 'ja':
        q = 'この回答はお役に立ちましたか？ 星をクリックして評価してください（1〜5）。'
        small = 'この評価は担当者の個々の回答に対するものです。ケースはまだ継続しています。'
    else:
        q = 'Was this response helpful? Click a star to rate this correspondence.'
        small = 'This rating applies to this reply only; it does not close your case.'
    return ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin:22px 0 6px;border:1px dashed #d5dbdb">'
            '<tr><td style="padding:12px 14px;font-size:13px;color:#545b64">%s<br>%s<br><span style="font-size:11px;color:#879596">%s</span></td></tr></table>' % (q, stars, small))


def support_link(cid, lang='en'):
    return 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=%s' % (cid, lang)


def gmail_quote(attr, inner):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (attr, inner))


def outlook_divider(frm, sent, to, subj, inner, ja=False):
    if ja:
        lab = ('差出人', '送信日時', '宛先', '件名')
    else:
        lab = ('From', 'Sent', 'To', 'Subject')
    return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            '<b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</font><div>&nbsp;</div></div>\n<div>%s</div>' % (
                lab[0], frm, lab[1], sent, lab[2], to, lab[3], subj, inner))


def credly_page(inner, preheader=''):
    ban = ('<tr><td style="padding:22px 28px;border-bottom:1px solid #e5e5e5"><img src="https://images.credly.com/images/credly-logo-orange.png" alt="Credly" width="92" height="28" style="display:block;border:0"></td></tr>')
    foot = ('You received this email because a badge issuer added you as an earner on Credly. '
            '<a href="https://www.credly.com/earner/settings/notifications" style="color:#ff6b00">Manage email preferences</a><br>'
            'Credly, Inc. &middot; 100 Pine Street, Suite 1250 &middot; San Francisco, CA 94111<br>'
            '<a href="https://info.credly.com/privacy-policy" style="color:#ff6b00">Privacy Policy</a> &middot; '
            '<a href="https://info.credly.com/terms" style="color:#ff6b00">Terms of Use</a>')
    return html_page(inner, title='Credly', banner=ban, footer=foot, preheader=preheader)


import html as html_mod

# ------------------------------------------------------------- people
U = {
    'emily': dict(name='Emily Carter', addr='emily.carter.dev@gmail.com', prov=('gmail',)),
    'misaki': dict(name='佐藤 美咲', addr='misaki.sato@nifty.com', prov=('jp', 'nifty.com')),
    'daniel': dict(name='Daniel Okafor', addr='d.okafor@brightlinehealth.com', prov=('o365', 'namprd19')),
    'koji': dict(name='田中 浩二', addr='koji.tanaka.1987@gmail.com', prov=('gmail',)),
    'priya': dict(name='Priya Raman', addr='priya.raman@outlook.com', prov=('o365', 'namprd04')),
    'aya': dict(name='山本 彩', addr='aya-yamamoto@biglobe.ne.jp', prov=('jp', 'biglobe.ne.jp')),
    'marco': dict(name='Marco Rossi', addr='marco.rossi@fastmail.com', prov=('fastmail',)),
    'tomas': dict(name='Tomás Herrera', addr='tomas.herrera@icloud.com', prov=('icloud',)),
    'aisha': dict(name='Aisha Bello', addr='aisha.bello@proton.me', prov=('proton',)),
    'ravi': dict(name='Ravi Menon', addr='ravi.menon@yahoo.com', prov=('yahoo',)),
    'ken': dict(name='中村 健', addr='ken.nakamura@kirameki-design.jp', prov=('noauth', 'mail.kirameki-design.jp')),
}

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

MAILS = []


def add(slug, t, data, kind, lang, case_id, ids, verified):
    MAILS.append(dict(slug=slug, t=t, data=data, label=dict(
        kind=kind, case_id=case_id, account_ids=sorted(set(ids)), sender_verified=verified, language=lang)))


def traces(user, sp, t, mf):
    prov = user['prov']
    rcpt = user['addr']
    if prov[0] == 'gmail':
        return trace_gmail(rcpt, sp, t, mf)
    if prov[0] == 'o365':
        return trace_o365(rcpt, sp, t, mf, prov[1])
    if prov[0] == 'jp':
        return trace_simple(prov[1], rcpt, sp, t, mf, style='jp')
    if prov[0] == 'noauth':
        return trace_noauth(rcpt, sp, t, mf, prov[1])
    return trace_simple(None, rcpt, sp, t, mf, style=prov[0])


def to_hdr(user, cs='utf-8'):
    return enc_name(user['name'], user['addr'], cs)


def aws_msg(user, t, subject, body, frm=FORM_FROM, subj_cs='utf-8', in_reply_to=None, sp=None,
            region='us-east-1', to_plain=False):
    sp = sp or sender('aws')
    sid = ses_id(t)
    mf = '%s@amazonses.com' % sid
    top = traces(user, sp, t, mf)
    core = aws_sender_headers(sp, t, sid, region)[:-2]
    core += [('Date', date_hdr(t)), ('From', frm),
             ('To', user['addr'] if to_plain else to_hdr(user)),
             ('Message-ID', '<%s@email.amazonses.com>' % sid)]
    if in_reply_to:
        core += [('In-Reply-To', in_reply_to), ('References', in_reply_to)]
    core += [('Subject', enc_subject(subject, subj_cs))]
    after = aws_sender_headers(sp, t, sid, region)[-2:]
    return build(body, top, core, after)


def other_msg(user, t, frm, subject, body, sp, msgid, extra_core=None, subj_cs='utf-8', mf=None, sender_hdrs=None,
              extra_after=None, top_override=None):
    mf = mf or mf_addr(sp, msgid)
    top = top_override if top_override is not None else traces(user, sp, t, mf)
    core = list(sender_hdrs or [])
    core += [('Date', date_hdr(t, sp.get('tz', UTC))), ('From', frm), ('To', to_hdr(user)),
             ('Message-ID', msgid), ('Subject', enc_subject(subject, subj_cs))]
    core += list(extra_core or [])
    return build(body, top, core, extra_after)


def strip_tags(h):
    h = re.sub(r'(?is)<(style|title)[^>]*>.*?</\1>', '', h)
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?i)</t[dh]>', '\t', h)
    h = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', h)
    h = re.sub(r'<[^>]+>', '', h)
    h = html_mod.unescape(h.replace('&#9733;', '*')).replace('\xa0', ' ').replace('\u202f', ' ')
    h = re.sub(r'[ \t]+\n', '\n', h)
    return re.sub(r'\n{3,}', '\n\n', h).strip() + '\n'


def P(*paras):
    return '\n'.join('<p style="margin:0 0 12px 0">%s</p>' % p for p in paras)


# =========================================================== Emily (form desk, Gmail)
def emily():
    u = U['emily']
    t0 = T('2025-03-11 14:22:05')
    cid = case15(t0)
    keep, old = 'AWS04417823', 'AWS09285516'

    # --- acknowledgement (case_created)
    t = t0 + timedelta(seconds=3)
    desc = ('I have two certification accounts. The old one from my previous employer (aws-09285516, '
            'login e.carter@haverfordsystems.com) holds my Cloud Practitioner and Solutions Architect Associate. '
            'Please combine it into my personal account so everything is in one place.')
    rows = [('Inquiry type', 'Certification'), ('Inquiry detail', 'Account Merge'), ('Name', 'Emily Carter'),
            ('Email', u['addr']), ('AWS candidate ID', keep), ('Description', desc)]
    inner = (P('Hello Emily,',
               'Thank you for reaching out to AWS Training and Certification. This is an automated note to let you know that '
               'your request has been logged with our team under reference <b>%s</b>.' % cid,
               'A member of our support team will review it and get back to you, usually within 24 hours on business days. '
               'To add information, simply reply to this email and keep the reference number in the subject line. '
               'Please do not submit the form again for the same request; duplicate submissions slow down our response.')
             + '<p style="margin:16px 0 4px 0;font-weight:bold">What you sent us</p>' + kv_table(rows)
             + P('Sincerely,<br>AWS Training and Certification'))
    html = html_page(inner, banner='form', preheader='We have logged your request %s' % cid)
    plain = ('Hello Emily,\n\nThank you for reaching out to AWS Training and Certification. This is an automated note to let you\n'
             'know that your request has been logged with our team under reference %s.\n\n'
             'A member of our support team will review it and get back to you, usually within 24 hours on business\n'
             'days. To add information, reply to this email and keep the reference number in the subject line.\n'
             'Please do not submit the form again for the same request.\n\nWhat you sent us\n'
             '  Inquiry type: Certification\n  Inquiry detail: Account Merge\n  AWS candidate ID: %s\n  Description: %s\n\n'
             'Sincerely,\nAWS Training and Certification\n\n%s\n' % (cid, keep, desc, FOOT_EN_TXT))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, '[CASE %s] AWS Training and Certification - we received your request' % cid, body)
    add('form-desk-carter-a', t, data, 'case_created', 'en', cid, [keep, old], True)

    # --- confirmation request
    t = T('2025-03-12 16:40:12')
    subj = 'RE:[CASE %s] %s' % (cid, FORM_SUBJ)
    tbl = kv_table([('Primary &mdash; will remain', keep, u['addr'], 'AWS Certified Developer &ndash; Associate'),
                    ('Secondary &mdash; to be merged', 'AWS 09285516', 'e.carter@haverfordsystems.com',
                     'AWS Certified Cloud Practitioner<br>AWS Certified Solutions Architect &ndash; Associate')],
                   head=('Role', 'Candidate ID', 'Login e-mail', 'Credentials on record'))
    inner = (P('Hello Emily,',
               'Thank you for contacting AWS Training and Certification. My name is Rahul and I will be helping you with this request.',
               'I have looked up both profiles. Here is what I found:')
             + tbl
             + P('Once we go ahead, all exam history, certifications and benefits held on the secondary profile will be transferred to the primary one, '
                 'and the secondary profile will be deactivated. <b>Please be aware that this action is permanent and cannot be reversed.</b>',
                 'Before we move forward, please reply to this email to confirm that the details above are correct. '
                 'If you would rather keep the other profile as your primary, just tell us in your reply.',
                 'Best regards,<br>Rahul K.<br>AWS Training and Certification Support')
             + rating_block(cid, form=True))
    html = html_page(inner, banner='form')
    plain = ('Hello Emily,\n\nThank you for contacting AWS Training and Certification. My name is Rahul and I will be helping you\n'
             'with this request.\n\nI have looked up both profiles:\n\n'
             '  Primary (will remain):     %s  %s  AWS Certified Developer - Associate\n'
             '  Secondary (to be merged):  AWS 09285516  e.carter@haverfordsystems.com  Cloud Practitioner, Solutions Architect - Associate\n\n'
             'Once we go ahead, all exam history, certifications and benefits held on the secondary profile will be\n'
             'transferred to the primary one, and the secondary profile will be deactivated. Please be aware that this\n'
             'action is permanent and cannot be reversed.\n\n'
             'Before we move forward, please reply to this email to confirm that the details above are correct.\n'
             'If you would rather keep the other profile as your primary, just tell us in your reply.\n\n'
             'Best regards,\nRahul K.\nAWS Training and Certification Support\n\n%s\n' % (keep, u['addr'], FOOT_EN_TXT))
    mc1_plain = plain
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-carter-b', t, data, 'merge_confirmation_requested', 'en', cid, [keep, old], True)

    # --- "thank you for confirming, we will now proceed" with Gmail-style nested quote
    t = T('2025-03-13 09:12:44')
    user_mid = '<CAH%s+%s@mail.gmail.com>' % (rb64(12).replace('/', 'x').replace('+', 'y')[:14], rb64(9).replace('/', 'q').replace('+', 'z')[:10])
    inner_mc1 = ('<p>Hello Emily,</p><p>I have looked up both profiles. Primary (will remain): %s. Secondary (to be merged): AWS 09285516 '
                 '(e.carter@haverfordsystems.com).</p><p>Once we go ahead ... <b>this action is permanent and cannot be reversed.</b> '
                 'Please reply to this email to confirm that the details above are correct.</p><p>Best regards,<br>Rahul K.</p>' % keep)
    user_reply = ('<div dir="ltr">Hi Rahul,<div><br></div><div>The details are correct. Please proceed with the merge and keep %s.</div>'
                  '<div><br></div><div>Thanks,</div><div>Emily</div></div><br>' % keep
                  + gmail_quote('On Wed, Mar 12, 2025 at 12:40&#8239;PM Amazon Web Services &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">'
                                'aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:', inner_mc1))
    inner = (P('Hello Emily,',
               'Thank you for confirming. I have now handed your request to our back-office team, who will carry it out. '
               'This normally takes two to three business days, and we will write to you here as soon as it is finished.',
               'There is nothing else you need to do for now. We recommend not scheduling an exam on either profile until you hear from us.',
               'Best regards,<br>Rahul K.<br>AWS Training and Certification Support')
             + rating_block(cid, form=True)
             + gmail_quote('On Wed, Mar 12, 2025 at 3:05&#8239;PM Emily Carter &lt;<a href="mailto:%s">%s</a>&gt; wrote:' % (u['addr'], u['addr']), user_reply))
    html = html_page(inner, banner='form')
    q2 = '\n'.join('> > ' + l if l else '> >' for l in mc1_plain.split('\n')[:14])
    plain = ('Hello Emily,\n\nThank you for confirming. I have now handed your request to our back-office team, who will carry it out.\n'
             'This normally takes two to three business days, and we will write to you here as soon as it is finished.\n\n'
             'There is nothing else you need to do for now. We recommend not scheduling an exam on either profile until\n'
             'you hear from us.\n\nBest regards,\nRahul K.\nAWS Training and Certification Support\n\n'
             'On Wed, Mar 12, 2025 at 3:05 PM Emily Carter <%s> wrote:\n> Hi Rahul,\n>\n'
             '> The details are correct. Please proceed with the merge and keep %s.\n>\n> Thanks,\n> Emily\n>\n'
             '> On Wed, Mar 12, 2025 at 12:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n%s\n'
             % (u['addr'], keep, q2))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, in_reply_to=user_mid)
    add('form-desk-carter-c', t, data, 'support_reply', 'en', cid, [], True)

    # --- completion + closure + rating (merge_completed)
    t = T('2025-03-14 21:30:02')
    inner = (P('Hello Emily,',
               'Good news: everything from your former profile has been brought across. Your certifications, exam history and any '
               'remaining benefits now sit under candidate ID <b>%s</b>, and the profile <b>%s</b> has been retired, so it can no '
               'longer be used to sign in.' % (keep, old),
               'Your Credly badges will be re-issued to %s; please allow up to 72 hours for them to arrive.' % u['addr'],
               'As your request is complete, we are now closing this case.',
               'Best regards,<br>Rahul K.<br>AWS Training and Certification Support')
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin:20px 0;background:#f1faff;border:1px solid #0073bb">'
               '<tr><td style="padding:14px 16px"><b>Was your issue resolved?</b><br>'
               '<a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=yes" style="display:inline-block;margin:8px 8px 0 0;padding:7px 20px;background:#1d8102;color:#fff;text-decoration:none;border-radius:3px">YES</a>'
               '<a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=no" style="display:inline-block;margin:8px 0 0 0;padding:7px 20px;background:#d13212;color:#fff;text-decoration:none;border-radius:3px">NO</a>'
               '</td></tr></table>' % (cid, cid))
    html = html_page(inner, banner='form')
    plain = ('Hello Emily,\n\nGood news: everything from your former profile has been brought across. Your certifications, exam\n'
             'history and any remaining benefits now sit under candidate ID %s, and the profile %s has been retired,\n'
             'so it can no longer be used to sign in.\n\nYour Credly badges will be re-issued to %s; please allow up to 72 hours.\n\n'
             'As your request is complete, we are now closing this case.\n\nBest regards,\nRahul K.\nAWS Training and Certification Support\n\n'
             'Was your issue resolved?\n  YES: https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&resolved=yes\n'
             '  NO:  https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&resolved=no\n' % (keep, old, u['addr'], cid, cid))
    md1_plain = plain
    md1_html_inner = inner
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-carter-d', t, data, 'merge_completed', 'en', cid, [keep, old], True)

    # --- separate satisfaction survey (survey)
    t = T('2025-03-14 21:31:40')
    scale = ''.join('<td align="center" style="padding:4px"><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_%s?case=%s&amp;csat=%d" '
                    'style="display:block;width:44px;padding:10px 0;border:1px solid #879596;border-radius:4px;color:#16191f;text-decoration:none;font-weight:bold">%d</a></td>'
                    % ('4Ua8pTbQ2xZcF1o', cid, i, i) for i in range(1, 6))
    inner = (P('Hello Emily,',
               'Your recent request to AWS Training and Certification (reference %s) has been marked as resolved.' % cid,
               '<b>How did we do?</b> On a scale from 1 (very dissatisfied) to 5 (very satisfied), how would you rate the support you received?')
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>%s</tr></table>' % scale
             + P('The survey takes less than two minutes. Your answers go directly to the team that handled your request.',
                 'If something is still not right, reply to this message within 14 days and your request will be reopened.'))
    html = html_page(inner, banner='form', preheader='Tell us about your experience')
    plain = 'How did we do? Rate your experience with AWS Training and Certification: https://amazonwebservices.qualtrics.com/jfe/form/SV_4Ua8pTbQ2xZcF1o?case=%s\n' % cid
    body = alt([tpart(plain, cte='7bit', cs='us-ascii'), tpart(html, 'html', cte='base64')], b_javamail(t))
    data = aws_msg(u, t, 'How did we do? Your AWS Training and Certification request %s' % cid, body,
                   frm='"AWS Training and Certification" <aws-tc-feedback@amazon.com>')
    add('feedback-carter', t, data, 'survey', 'en', cid, [], True)

    # --- Credly badge re-issued after the merge (credly_badge_issued)
    t = T('2025-03-15 03:10:55')
    bid = ruuid()
    inner = ('<h1 style="font-size:22px;margin:0 0 14px 0;color:#1a1a1a">Emily, your badge is ready</h1>'
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>'
               '<td width="130" valign="top"><img src="https://images.credly.com/size/260x260/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" height="120" alt="AWS Certified Solutions Architect - Associate"></td>'
               '<td valign="top" style="padding-left:14px"><p style="margin:0 0 6px 0;font-size:16px;font-weight:bold">AWS Certified Solutions Architect &ndash; Associate</p>'
               '<p style="margin:0;color:#545b64">Issued by Amazon Web Services Training and Certification</p></td></tr></table>'
             + P('Amazon Web Services Training and Certification has issued this badge to you at %s. '
                 'It replaces the copy previously held under another email address, following an update to your certification record.' % u['addr'],
                 'Accept it to add it to your Credly profile and start sharing it.')
             + button('Accept your badge', 'https://www.credly.com/badges/%s/accept?email_token=%s' % (bid, rhex(24)), '#ff6b00')
             + P('<span style="color:#879596;font-size:12px">Not you? You can ignore this message; the badge will stay pending.</span>'))
    html = credly_page(inner, preheader='Accept your AWS Certified Solutions Architect - Associate badge')
    plain = 'Accept your badge: https://www.credly.com/badges/%s/accept\n' % bid
    body = alt([tpart(plain, cte='7bit', cs='us-ascii'), tpart(html, 'html')], b_generic())
    sp = sender('credly')
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 40))
    data = other_msg(u, t, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                     'Emily, accept your AWS Certified Solutions Architect – Associate badge', body, sp, mid,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'from:subject:to:content-type')),
                                  ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', t, 'from:subject:to:content-type'))])
    add('credly-carter-a', t, data, 'credly_badge_issued', 'en', None, [], True)

    # --- user forwards the completion to her manager (unrelated)
    t = T('2025-03-17 10:02:19', ET).astimezone(UTC)
    mgr = dict(name='Jordan Meyer', addr='jordan.meyer@lumenpath.io', prov=('gmail',))
    fwd_hdr = ('---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> '
               '<span dir="auto">&lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt;</span><br>'
               'Date: Fri, Mar 14, 2025 at 5:30&#8239;PM<br>Subject: %s<br>To: &lt;<a href="mailto:%s">%s</a>&gt;<br>' % (subj, u['addr'], u['addr']))
    html = ('<div dir="ltr">Hi Jordan,<div><br></div><div>FYI the cert account merge is finally done. Everything is now under %s, so please use that '
            'ID when you update my entry in the partner portal (the old one will stop working).</div><div><br></div><div>Thanks!</div><div>Emily</div>'
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div></div>\n' % (keep, fwd_hdr, md1_html_inner))
    plain = ('Hi Jordan,\n\nFYI the cert account merge is finally done. Everything is now under %s, so please use that ID when\n'
             'you update my entry in the partner portal (the old one will stop working).\n\nThanks!\nEmily\n\n'
             '---------- Forwarded message ---------\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
             'Date: Fri, Mar 14, 2025 at 5:30 PM\nSubject: %s\nTo: <%s>\n\n\n%s' % (keep, subj, u['addr'], md1_plain))
    body = alt([tpart(plain), tpart(html, 'html')], b_gmail())
    sp = sender('gmail', tz=ET)
    mid = '<CAJ%s@mail.gmail.com>' % rb64(30).replace('/', 'k').replace('+', 'P').rstrip('=')
    fr = dict(mgr)
    data = other_msg(fr, t, 'Emily Carter <%s>' % u['addr'], 'Fwd: ' + subj, body, sp, mid, mf=u['addr'],
                     sender_hdrs=[('DKIM-Signature', dkim_sig('gmail.com', '20230601', t, 'to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to', 'relaxed/relaxed')),
                                  ('X-Gm-Message-State', 'AOJu0Y' + rb64(40)[:50]),
                                  ('X-Gm-Gg', 'ASbGnc' + rb64(60)[:70])])
    add('carter-to-jordan', t, data, 'unrelated', 'en', cid, [keep], False)

    # --- Credly expiry reminder a year later (unrelated)
    t = T('2026-02-10 15:00:12')
    inner = ('<h1 style="font-size:21px;margin:0 0 14px 0">Your badge expires in 30 days</h1>'
             + P('Hi Emily,', 'Your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and Certification, '
                 'will expire on March 12, 2026. After that date it will show as expired on your Credly profile.',
                 'To keep it current, check the recertification options offered by the issuer.')
             + button('View badge', 'https://www.credly.com/badges/%s' % ruuid(), '#ff6b00')
             + P('<span style="font-size:12px;color:#879596">You are receiving this reminder because expiration notifications are turned on.</span>'))
    html = credly_page(inner, preheader='Keep your credential current')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_generic())
    sp = sender('credly')
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 40))
    data = other_msg(u, t, 'Credly <admin@credly.com>', 'Reminder: your AWS Certified Cloud Practitioner badge expires soon', body, sp, mid,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'from:subject:to:content-type'))])
    add('credly-carter-b', t, data, 'unrelated', 'en', None, [], True)


emily()


# =========================================================== 佐藤 美咲 (console, nifty, Japanese)
def misaki():
    u = U['misaki']
    t0 = T('2025-06-03 01:15:42')
    cid = case15(t0)
    keep, old = 'AWS07731942', 'AWS02268305'
    csubj = '認定アカウントの統合依頼'
    link = support_link(cid, 'ja')

    # --- console: new case opened (case_created), HTML only, base64
    t = t0 + timedelta(seconds=2)
    inner = (P('佐藤 美咲 様',
               'Amazon Web Services にお問い合わせいただき、ありがとうございます。',
               'お客様のお問い合わせに対応するため、ケース %s を作成しました。内容を確認のうえ、担当者よりご連絡いたします。' % cid)
             + kv_table([('ケース ID', cid), ('件名', csubj), ('重要度', '一般的なガイダンス'),
                         ('サービス', 'トレーニングと認定'), ('カテゴリ', 'アカウントの統合')])
             + button('サポートセンターでケースを表示', link)
             + P('<span style="font-size:12px;color:#545b64">このメールアドレスは送信専用のため、返信いただいてもお受けできません。'
                 'ケースに情報を追加する場合は、サポートセンターからご対応ください。</span>'))
    html = html_page(inner, lang='ja', title='AWS サポート')
    body = tpart(html, 'html', cte='base64')
    data = aws_msg(u, t, 'Amazon Web Services: 新しいサポートケースを開きました: %s' % cid, body, frm=CONSOLE_FROM)
    add('console-sato-a', t, data, 'case_created', 'ja', cid, [], True)

    # --- confirmation request: ISO-2022-JP plain + UTF-8 HTML (QP)
    t = T('2025-06-04 03:20:18')
    subj = 'RE:[CASE %s] %s' % (cid, csubj)
    plain = ('佐藤 様\n\nAWS トレーニングと認定サポートの中村でございます。\n'
             'お問い合わせいただいた認定アカウントについて確認いたしました。以下の内容で統合を行います。\n\n'
             '　存続するアカウント：%s（%s）\n　統合されるアカウント：%s（m-sato@kanade-sys.co.jp）\n\n'
             '統合後、%s に登録されている認定資格、受験履歴、特典はすべて %s に移り、%s は無効になります。\n'
             'なお、統合処理は一度実行すると元に戻すことができません。\n\n'
             '上記の内容でよろしければ、サポートセンターから本ケースに「上記の内容で統合をお願いします」とご返信ください。\n'
             '内容に誤りがある場合や、残すアカウントを変更したい場合も、あわせてお知らせください。\n\n'
             'よろしくお願いいたします。\n\n中村\nAmazon Web Services\n\n'
             'ケースへの返信、または本回答の評価はサポートセンターから行えます:\n'
             'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n'
             % (keep, u['addr'], old, old, keep, old, cid))
    inner = (P('佐藤 様', 'AWS トレーニングと認定サポートの中村でございます。',
               'お問い合わせいただいた認定アカウントについて確認いたしました。以下の内容で統合を行います。')
             + kv_table([('存続するアカウント', '%s<br><span style="color:#687078">%s</span>' % (keep, u['addr'])),
                         ('統合されるアカウント', '%s<br><span style="color:#687078">m-sato@kanade-sys.co.jp</span>' % old)])
             + P('統合後、%s に登録されている認定資格、受験履歴、特典はすべて %s に移り、%s は無効になります。' % (old, keep, old),
                 '<span style="color:#d13212;font-weight:bold">なお、統合処理は一度実行すると元に戻すことができません。</span>',
                 '上記の内容でよろしければ、サポートセンターから本ケースに「上記の内容で統合をお願いします」とご返信ください。'
                 '内容に誤りがある場合や、残すアカウントを変更したい場合も、あわせてお知らせください。',
                 'よろしくお願いいたします。', '中村<br>Amazon Web Services')
             + button('サポートセンターで返信する', link)
             + rating_block(cid, 'ja'))
    html = html_page(inner, lang='ja', title='AWS サポート')
    body = alt([tpart(plain, cs='iso-2022-jp', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM, subj_cs='iso-2022-jp')
    add('console-sato-b', t, data, 'merge_confirmation_requested', 'ja', cid, [keep, old], True)

    # --- working on it (support_reply), HTML only QP
    t = T('2025-06-05 06:00:33')
    inner = (P('佐藤 様', 'ご確認のご返信をいただき、ありがとうございます。',
               '現在、担当チームにて作業を進めております。完了までに数営業日を要する場合がございますので、恐れ入りますが今しばらくお待ちください。'
               '作業が終わり次第、本ケースにてご連絡いたします。',
               'それまでの間、どちらのアカウントでも新たな試験予約はお控えいただきますようお願いいたします。',
               '中村<br>Amazon Web Services')
             + button('サポートセンターでケースを表示', link)
             + rating_block(cid, 'ja'))
    html = html_page(inner, lang='ja', title='AWS サポート')
    body = tpart(html, 'html')
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-sato-c', t, data, 'support_reply', 'ja', cid, [], True)

    # --- completion: ISO-2022-JP plain + ISO-2022-JP HTML
    t = T('2025-06-06 08:45:09')
    plain = ('佐藤 様\n\nお待たせいたしました。認定アカウントの統合が完了しましたのでお知らせいたします。\n\n'
             '今後は %s にサインインして、認定資格と受験履歴をご確認ください。\n'
             '旧アカウント（%s）ではサインインできなくなっております。\n'
             'Credly のデジタルバッジは、数日以内に %s 宛てに改めて発行されます。\n\n'
             '中村\nAmazon Web Services\n' % (keep, old, u['addr']))
    inner = (P('佐藤 様', 'お待たせいたしました。<b>認定アカウントの統合が完了しました</b>のでお知らせいたします。',
               '今後は %s にサインインして、認定資格と受験履歴をご確認ください。旧アカウント（%s）ではサインインできなくなっております。' % (keep, old),
               'Credly のデジタルバッジは、数日以内に %s 宛てに改めて発行されます。' % u['addr'],
               '中村<br>Amazon Web Services')
             + button('サポートセンターでケースを表示', link)
             + rating_block(cid, 'ja'))
    html = html_page(inner, lang='ja', title='AWS サポート', charset='iso-2022-jp',
                     footer='アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア')
    body = alt([tpart(plain, cs='iso-2022-jp', cte='7bit'), tpart(html, 'html', cs='iso-2022-jp', cte='7bit')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM, subj_cs='iso-2022-jp')
    add('console-sato-d', t, data, 'merge_completed', 'ja', cid, [keep, old], True)

    # --- survey (HTML only, base64)
    t = T('2025-06-06 08:46:02')
    opts = ['非常に満足', '満足', 'どちらでもない', '不満', '非常に不満']
    btns = ''.join('<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;language=ja&amp;csat=%d" '
                   'style="display:inline-block;margin:4px 6px 4px 0;padding:8px 12px;border:1px solid #879596;border-radius:3px;color:#16191f;text-decoration:none;font-size:13px">%s</a>'
                   % (cid, 5 - i, o) for i, o in enumerate(opts))
    inner = (P('佐藤 美咲 様', '先日は AWS サポートにお問い合わせいただき、ありがとうございました。',
               'サービス向上のため、ケース %s の対応について簡単なアンケートにご協力ください。所要時間は 1 分ほどです。' % cid,
               '<b>今回のサポートの対応にどの程度満足されましたか？</b>')
             + '<div style="margin:6px 0 16px 0">%s</div>' % btns
             + P('<b>問題は解決しましたか？</b>')
             + '<div style="margin:6px 0 16px 0"><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes" style="padding:7px 18px;background:#1d8102;color:#fff;text-decoration:none;border-radius:3px">はい</a>&nbsp;&nbsp;'
               '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no" style="padding:7px 18px;background:#545b64;color:#fff;text-decoration:none;border-radius:3px">いいえ</a></div>' % (cid, cid)
             + P('<span style="font-size:12px;color:#687078">ご回答いただいた内容は、サポート品質の改善のみに使用いたします。</span>'))
    html = html_page(inner, lang='ja', title='AWS サポート アンケート')
    body = tpart(html, 'html', cte='base64')
    data = aws_msg(u, t, 'Amazon Web Services サポート: ケース %s に関するアンケートのお願い' % cid, body, frm=CONSOLE_FROM)
    add('console-sato-e', t, data, 'survey', 'ja', cid, [], True)

    # --- unrelated: EC2 quota case opened later (console ack, Japanese)
    t1 = T('2025-08-19 04:52:37')
    cid2 = case15(t1)
    t = t1 + timedelta(seconds=2)
    inner = (P('佐藤 美咲 様', 'Amazon Web Services にお問い合わせいただき、ありがとうございます。',
               'お客様のお問い合わせに対応するため、ケース %s を作成しました。' % cid2)
             + kv_table([('ケース ID', cid2), ('件名', 'サービスクォータの引き上げ: EC2 オンデマンドインスタンス（東京リージョン）'),
                         ('重要度', '通常'), ('サービス', 'Service Quotas'), ('カテゴリ', 'EC2 インスタンス')])
             + button('サポートセンターでケースを表示', support_link(cid2, 'ja'))
             + P('<span style="font-size:12px;color:#545b64">このメールアドレスは送信専用のため、返信いただいてもお受けできません。</span>'))
    html = html_page(inner, lang='ja', title='AWS サポート')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html', cte='base64')], b_javamail(t))
    data = aws_msg(u, t, 'Amazon Web Services: 新しいサポートケースを開きました: %s' % cid2, body, frm=CONSOLE_FROM, region='ap-northeast-1')
    add('console-sato-quota', t, data, 'unrelated', 'ja', cid2, [], True)


misaki()


# =========================================================== 中村 健 (form desk, small mail server, no Authentication-Results)
def ken():
    u = U['ken']
    cid = '8143025967'
    keep = 'AWS01836652'

    # --- acknowledgement: ISO-2022-JP plain + UTF-8 HTML, subject split across encoded words
    t = T('2025-04-14 02:31:18')
    plain = ('中村 健 様\n\nAWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n'
             '本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。\n\n'
             '受付番号：%s\n\n'
             '担当者が内容を確認し、原則として 24 時間以内にご連絡いたします。\n'
             '追加の情報がございましたら、件名の受付番号を変更せずに本メールへご返信ください。\n'
             '同じ内容で新たにお問い合わせいただくと、回答が遅れる場合がございますのでご注意ください。\n\n'
             '【お問い合わせ内容】\n　お問い合わせの種類：認定\n　詳細：アカウントの統合\n　AWS 候補者 ID：%s\n'
             '　内容：転職前の会社のメールアドレスで作成したアカウントがあり、認定資格が 2 つに分かれています。1 つにまとめたいです。\n\n'
             'AWS トレーニングと認定\n' % (cid, keep))
    inner = (P('中村 健 様', 'AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。<br>'
               '本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。')
             + '<div style="margin:14px 0;padding:14px;background:#f1faff;border-left:4px solid #0073bb;font-size:16px">受付番号：<b>%s</b></div>' % cid
             + P('担当者が内容を確認し、原則として 24 時間以内にご連絡いたします。追加の情報がございましたら、件名の受付番号を変更せずに本メールへご返信ください。',
                 '同じ内容で新たにお問い合わせいただくと、回答が遅れる場合がございますのでご注意ください。')
             + kv_table([('お問い合わせの種類', '認定'), ('詳細', 'アカウントの統合'), ('AWS 候補者 ID', keep),
                         ('内容', '転職前の会社のメールアドレスで作成したアカウントがあり、認定資格が 2 つに分かれています。1 つにまとめたいです。')])
             + P('AWS トレーニングと認定'))
    html = html_page(inner, lang='ja', banner='form', title='お問い合わせ受付')
    body = alt([tpart(plain, cs='iso-2022-jp', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, '[CASE %s] 【AWS トレーニングと認定】お問い合わせを受け付けました（自動送信メール）' % cid, body,
                   subj_cs='iso-2022-jp')
    add('form-desk-nakamura', t, data, 'case_created', 'ja', cid, [keep], None)

    # --- Credly badge (Japanese), no Authentication-Results
    t = T('2025-04-22 11:04:50')
    bid = ruuid()
    inner = ('<h1 style="font-size:20px;margin:0 0 14px 0;color:#1a1a1a">中村 健さん、新しいバッジが届いています</h1>'
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>'
               '<td width="130" valign="top"><img src="https://images.credly.com/size/260x260/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" height="120" alt="AWS Certified Solutions Architect - Professional"></td>'
               '<td valign="top" style="padding-left:14px"><p style="margin:0 0 6px 0;font-size:16px;font-weight:bold">AWS Certified Solutions Architect &ndash; Professional</p>'
               '<p style="margin:0;color:#545b64">発行者: Amazon Web Services Training and Certification</p></td></tr></table>'
             + P('Amazon Web Services Training and Certification から、あなた宛てにバッジが発行されました。',
                 'バッジを受け取ると Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。')
             + button('バッジを受け取る', 'https://www.credly.com/badges/%s/accept?locale=ja' % bid, '#ff6b00'))
    html = credly_page(inner, preheader='バッジを受け取ってください')
    body = alt([tpart(strip_tags(inner), cte='base64'), tpart(html, 'html', cte='base64')], b_generic())
    sp = sender('credly')
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 40))
    mf = mf_addr(sp, mid)
    data = other_msg(u, t, enc_name('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
                     '中村 健さん、Amazon Web Services Training and Certification からバッジが発行されました', body, sp, mid, mf=mf,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'from:subject:to:content-type'))])
    add('credly-nakamura', t, data, 'credly_badge_issued', 'ja', None, [], None)


ken()


# =========================================================== Daniel Okafor (console, 11-digit, Office 365)
def daniel():
    u = U['daniel']
    t0 = T('2025-02-04 15:08:33')
    cid = '13902715864'
    keep, o1, o2 = 'AWS05519087', 'AWS08840362', 'AWS03307719'
    csubj = 'Combine three certification profiles into one'
    link = support_link(cid)

    # --- console: you have opened a new case (HTML only, QP)
    t = t0 + timedelta(seconds=4)
    inner = (P('Hello,', 'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.' % cid)
             + kv_table([('Case ID', cid), ('Subject', csubj), ('Severity', 'General guidance'),
                         ('Correspondence', 'I passed exams under three different candidate profiles (two of them created at previous jobs). '
                                            'I would like them consolidated into the profile tied to this email address. Thanks, Daniel')])
             + P('We will respond to you through the Support Center. The time to respond depends on the severity you selected and on your support plan.')
             + button('View case in the Support Center', link)
             + P('<span style="font-size:12px;color:#545b64">You cannot reply to this email because it was sent from an address that does not accept incoming mail. '
                 'To add correspondence to the case, sign in to the Support Center.</span>'))
    html = html_page(inner)
    body = tpart(html, 'html')
    data = aws_msg(u, t, 'Amazon Web Services: You have opened a new Support case: %s' % cid, body, frm=CONSOLE_FROM)
    add('console-okafor-a', t, data, 'case_created', 'en', cid, [], True)

    subj = 'RE:[CASE %s] %s' % (cid, csubj)
    # --- confirmation request (ids written in odd forms), plain full + HTML richer
    t = T('2025-02-05 18:22:07')
    lst = [('aws05519087', u['addr'], '2024', 'AWS Certified Security &ndash; Specialty'),
           ('aws-08840362', 'dokafor@meridian-analytics.net', '2021', 'AWS Certified SysOps Administrator &ndash; Associate'),
           ('AWS 03307719', 'daniel.okafor@outlook.com', '2019', 'AWS Certified Cloud Practitioner (expired)')]
    inner = (P('Hello Daniel,', 'Thanks for your patience while I reviewed your certification records. I located the following three candidate profiles:')
             + kv_table(lst, head=('Candidate ID', 'Login e-mail', 'Created', 'Credential(s)'))
             + P('As you requested, <b>aws05519087</b> would be the surviving profile and the other two would be folded into it. '
                 'Please note that once this is carried out it is permanent: the two secondary profiles are closed and cannot be restored or split out again.',
                 'Could you confirm in the Support Center that this is what you want, i.e. &ldquo;keep aws05519087, merge aws-08840362 and AWS 03307719 into it&rdquo;? '
                 'As soon as I have your go-ahead I will pass it to the team that performs the operation.',
                 'Best regards,<br>Lena M.<br>Amazon Web Services')
             + P('We value your feedback. Please share your experience by rating this correspondence using the link below.')
             + rating_block(cid)
             + button('Reply in the Support Center', link))
    html = html_page(inner)
    plain = ('Hello Daniel,\n\nThanks for your patience while I reviewed your certification records. I located the following three\ncandidate profiles:\n\n'
             '  - aws05519087   %s  (created 2024)  AWS Certified Security - Specialty\n'
             '  - aws-08840362  dokafor@meridian-analytics.net  (created 2021)  AWS Certified SysOps Administrator - Associate\n'
             '  - AWS 03307719  daniel.okafor@outlook.com  (created 2019)  AWS Certified Cloud Practitioner (expired)\n\n'
             'As you requested, aws05519087 would be the surviving profile and the other two would be folded into it.\n'
             'Please note that once this is carried out it is permanent: the two secondary profiles are closed and cannot\n'
             'be restored or split out again.\n\n'
             'Could you confirm in the Support Center that this is what you want, i.e. "keep aws05519087, merge aws-08840362\n'
             'and AWS 03307719 into it"? As soon as I have your go-ahead I will pass it to the team that performs the operation.\n\n'
             'Best regards,\nLena M.\nAmazon Web Services\n\n'
             'We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link\n'
             'at the end of this correspondence.\n\n'
             'To see the file or image attachments and to respond to this case, please visit the Support Center:\n'
             'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n%s\n' % (u['addr'], cid, FOOT_EN_TXT))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-okafor-b', t, data, 'merge_confirmation_requested', 'en', cid, [keep, o1, o2], True)

    # --- conditional "once the merge is complete we will ..." (support_reply)
    t = T('2025-02-07 11:40:52')
    inner = (P('Hello Daniel,',
               'Thank you for confirming. Your request is now queued with our certification operations team.',
               'Once the merge is complete, we will update this case, and the consolidated record for %s will list all of your certifications. '
               'Credly badges are re-issued after that step, which can take a few additional days. No action is needed from you at this point.' % keep,
               'Best regards,<br>Lena M.<br>Amazon Web Services')
             + rating_block(cid) + button('View case', link))
    html = html_page(inner)
    plain = strip_tags(inner)
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-okafor-c', t, data, 'support_reply', 'en', cid, [keep], True)

    # --- completion: plain part lags behind the HTML (plain still carries the queued text)
    t = T('2025-02-10 20:05:15')
    inner = (P('Hello Daniel,',
               'Your three profiles are now one. All certifications and exam history from aws-08840362 and %s have been moved to <b>%s</b>, '
               'and the two former profiles are closed.' % (o2, keep),
               'Please sign in to your certification account with %s to check that everything is listed as expected. '
               'Your digital badges will be re-sent by Credly over the next few days.' % u['addr'],
               'Best regards,<br>Lena M.<br>Amazon Web Services')
             + rating_block(cid) + button('View case', link))
    html = html_page(inner)
    plain = ('Hello Daniel,\n\nYour request is now queued with our certification operations team.\n\n'
             'Best regards,\nLena M.\nAmazon Web Services\n\n'
             'To see the file or image attachments and to respond to this case, please visit the Support Center:\n'
             'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n' % cid)
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-okafor-d', t, data, 'merge_completed', 'en', cid, [keep, o1, o2], True)

    # --- closure notice (survey)
    t = T('2025-02-10 20:06:30')
    inner = (P('Hello,', 'Your support case %s, &ldquo;%s&rdquo;, has been resolved.' % (cid, csubj),
               'If you have additional questions about this case, you can reopen it from the Support Center within 14 days. '
               'After that, please open a new case.')
             + kv_table([('Case ID', cid), ('Subject', csubj), ('Status', 'Resolved')])
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin:18px 0;border:1px solid #d5dbdb"><tr><td style="padding:14px">'
               '<b>Tell us about your experience.</b> Was your issue resolved?<br>'
               '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes" style="display:inline-block;margin-top:8px;padding:7px 22px;background:#ec7211;color:#fff;text-decoration:none">Yes</a> '
               '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no" style="display:inline-block;margin-top:8px;padding:7px 22px;background:#545b64;color:#fff;text-decoration:none">No</a>'
               '</td></tr></table>' % (cid, cid))
    html = html_page(inner)
    plain = ('Hello,\n\nYour support case %s, "%s", has been resolved.\n\nIf you have additional questions about this case, you can reopen it\n'
             'from the Support Center within 14 days.\n\nWas your issue resolved?\nYes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n'
             'No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n' % (cid, csubj, cid, cid))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, 'Amazon Web Services: Support case %s has been resolved' % cid, body, frm=CONSOLE_FROM)
    add('console-okafor-e', t, data, 'survey', 'en', cid, [], True)

    # --- badge from the older Acclaim domain
    t = T('2025-02-12 09:17:44')
    bid = ruuid()
    inner = ('<h1 style="font-size:22px;margin:0 0 14px 0">Congratulations, Daniel!</h1>'
             + P('Amazon Web Services Training and Certification has issued you the <b>AWS Certified SysOps Administrator &ndash; Associate</b> badge. '
                 'It is now waiting for you to claim it.')
             + button('Accept badge', 'https://www.youracclaim.com/badges/%s/accept' % bid, '#0c7bb3')
             + P('Once accepted, you can share your badge on LinkedIn, embed it in your email signature, and download a certificate.'))
    html = html_page(inner, title='Acclaim', banner='<tr><td style="padding:20px 28px;border-bottom:1px solid #e5e5e5;font-size:22px;font-weight:bold;color:#0c7bb3">Acclaim</td></tr>',
                     footer='Acclaim is operated by Credly, Inc. You are receiving this message because an organization issued you a badge.')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_generic())
    sp = sender('acclaim')
    mid = '<%s@ismtpd0%03d.sendgrid.net>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 200))
    data = other_msg(u, t, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                     'Daniel, you earned a badge from Amazon Web Services Training and Certification', body, sp, mid,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('youracclaim.com', 's1', t, 'from:subject:to:content-type'))])
    add('acclaim-okafor', t, data, 'credly_badge_issued', 'en', None, [], True)

    # --- GitHub "merged" notification (unrelated)
    t = T('2025-04-22 17:33:09')
    pr = 482
    inner_gh = ('<p><a href="https://github.com/jwalsh-bl" class="user-mention">@jwalsh-bl</a> merged commit '
                '<a href="https://github.com/brightline-health/cert-tracker/commit/%s"><tt>%s</tt></a> into <tt>main</tt>.</p>\n'
                '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
                '<a href="https://github.com/brightline-health/cert-tracker/pull/%d#event-%d">view it on GitHub</a>, or '
                '<a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />You are receiving this because you authored the thread.'
                '<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" /></p>' % (
                    rhex(40), rhex(7), pr, R.randint(10 ** 10, 10 ** 11), rb64(30), rb64(30)))
    plain = ('Merged #%d into main.\n\n-- \nReply to this email directly, view it on GitHub:\nhttps://github.com/brightline-health/cert-tracker/pull/%d#event-%d\n'
             'You are receiving this because you authored the thread.\n\nMessage ID: <brightline-health/cert-tracker/pull/%d/issue_event/%d@github.com>\n'
             % (pr, pr, R.randint(10 ** 10, 10 ** 11), pr, R.randint(10 ** 10, 10 ** 11)))
    body = alt([tpart(plain, cs='UTF-8', cte='7bit'), tpart(inner_gh, 'html', cs='UTF-8', cte='7bit')], '--==_mimepart_' + rhex(13) + '_' + str(R.randint(10, 99)))
    sp = sender('github', from_domain='github.com', mf_domain='github.com', ip='192.30.252.%d' % R.randint(192, 210),
                host='out-%d.smtp.github.com' % R.randint(18, 28), dkims=[('github.com', 'pf2023')], policy='reject')
    mid = '<brightline-health/cert-tracker/pull/%d/issue_event/%d@github.com>' % (pr, R.randint(10 ** 10, 10 ** 11))
    data = other_msg(u, t, 'Jamie Walsh <notifications@github.com>', 'Re: [brightline-health/cert-tracker] Merge candidate accounts in sync job (PR #%d)' % pr,
                     body, sp, mid, mf='noreply@github.com',
                     extra_core=[('Reply-To', 'brightline-health/cert-tracker <reply+%s@reply.github.com>' % rhex(40).upper()),
                                 ('In-Reply-To', '<brightline-health/cert-tracker/pull/%d@github.com>' % pr),
                                 ('References', '<brightline-health/cert-tracker/pull/%d@github.com>' % pr),
                                 ('List-ID', 'brightline-health/cert-tracker <cert-tracker.brightline-health.github.com>'),
                                 ('X-GitHub-Reason', 'author')],
                     sender_hdrs=[('DKIM-Signature', dkim_sig('github.com', 'pf2023', t, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', 'relaxed/relaxed'))])
    add('github-okafor', t, data, 'unrelated', 'en', None, [], False)

    # --- CertMetrics "wants to hear from you" (unrelated, authentic but not AWS)
    t = T('2025-05-06 13:20:41')
    inner = (P('Dear Daniel Okafor,',
               'AWS Certification wants to hear from you! As a recently certified individual (Candidate ID: %s), you are invited to take part in a short survey '
               'about your certification journey. Your feedback helps us improve exams and benefits for the whole community.' % keep,
               'The survey will take about 10 minutes and closes on May 30, 2025.')
             + button('Take the survey', 'https://www.certmetrics.com/amazon/candidate/survey.aspx?id=%s' % rhex(20), '#232f3e')
             + P('Thank you,<br>AWS Certification'))
    html = html_page(inner, footer='This email was sent by the AWS Certification program via CertMetrics. Please do not reply to this message.')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_generic())
    sp = sender('certmetrics', from_domain='certmetrics.com', mf_domain='certmetrics.com', ip='148.163.%d.%d' % (R.randint(128, 150), R.randint(2, 250)),
                host='mx0b-00%d.pphosted.com' % R.randint(100000, 999999), dkims=[('certmetrics.com', 'selector1')], policy='none')
    mid = '<%s@certmetrics.com>' % ruuid()
    data = other_msg(u, t, 'AWS Certification <do-not-reply@certmetrics.com>', 'AWS Certification wants to hear from you', body, sp, mid,
                     mf='do-not-reply@certmetrics.com',
                     sender_hdrs=[('DKIM-Signature', dkim_sig('certmetrics.com', 'selector1', t))])
    add('certmetrics-okafor', t, data, 'unrelated', 'en', None, [keep], False)


daniel()


# =========================================================== 田中 浩二 (form desk, Gmail, Japanese)
def koji():
    u = U['koji']
    t0 = T('2025-09-17 12:03:11')
    cid = case15(t0)
    keep, old = 'AWS06672190', 'AWS01985534'
    subj = 'RE:[CASE %s] %s' % (cid, FORM_SUBJ)

    # --- acknowledgement: Shift_JIS stub plain + UTF-8 HTML
    t = t0 + timedelta(seconds=5)
    stub = ('このメールは HTML 形式で送信されています。HTML メールを表示できる環境でご覧ください。\n'
            '受付番号: %s\nAWS トレーニングと認定\n' % cid)
    inner = (P('田中 浩二 様', 'AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。',
               'お問い合わせを受け付けました。受付番号は <b>%s</b> です。担当者より通常 24 時間以内にご連絡いたします。' % cid,
               'このメールに返信することで、お問い合わせに情報を追加できます。件名は変更しないでください。')
             + kv_table([('お問い合わせの種類', 'AWS Training and Certification'), ('詳細', 'Account Merge'),
                         ('AWS 候補者 ID', keep), ('ご連絡先メールアドレス', u['addr']),
                         ('お問い合わせ内容', '以前の勤務先で受験したときのアカウントが別にあります。認定を今のアカウントにまとめてください。')])
             + P('AWS トレーニングと認定 サポートチーム'))
    html = html_page(inner, lang='ja', banner='form', title='お問い合わせを受け付けました')
    body = alt([tpart(stub, cs='shift_jis', cte='base64'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, '[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % cid, body)
    add('form-desk-tanaka-a', t, data, 'case_created', 'ja', cid, [keep], True)

    # --- confirmation request: HTML only, form submission quoted underneath
    t = T('2025-09-18 02:41:37')
    mc_inner = (P('田中 様', 'AWS トレーニングと認定サポートの佐々木です。お問い合わせいただきありがとうございます。',
                  'ご提供いただいた情報をもとに確認したところ、以下の 2 つの認定アカウントが見つかりました。')
                + kv_table([('aws 06672190', '%s（現在お使いのアカウント）' % u['addr']),
                            ('AWS01985534', 'k.tanaka@mitsuba-tech.co.jp（以前の勤務先）')], head=('候補者 ID', 'ログインメールアドレス'))
                + P('aws 06672190 を残し、AWS01985534 の認定資格と受験履歴をそちらへ統合する予定です。'
                    '統合が完了すると AWS01985534 は利用できなくなり、<b>この操作は取り消すことができません</b>。',
                    '恐れ入りますが、上記の内容で進めてよいか、本メールへのご返信にてご確認いただけますでしょうか。'
                    'ご確認をいただいてから手続きを開始いたします。',
                    'よろしくお願いいたします。<br>佐々木<br>AWS トレーニングと認定サポート'))
    inner = (mc_inner + rating_block(cid, 'ja', form=True)
             + '<div style="margin-top:22px;color:#687078;font-size:12px">---- お問い合わせ内容 ----</div>'
             + '<blockquote style="margin:6px 0 0 0;padding-left:10px;border-left:3px solid #d5dbdb;color:#545b64;font-size:12px">'
               'お問い合わせの種類: AWS Training and Certification<br>詳細: Account Merge<br>AWS 候補者 ID: %s<br>'
               'お問い合わせ内容: 以前の勤務先で受験したときのアカウントが別にあります。認定を今のアカウントにまとめてください。</blockquote>' % keep)
    html = html_page(inner, lang='ja', banner='form')
    body = tpart(html, 'html')
    data = aws_msg(u, t, subj, body)
    add('form-desk-tanaka-b', t, data, 'merge_confirmation_requested', 'ja', cid, [keep, old], True)

    # --- user forwards it to a colleague (unrelated), Gmail Japanese UI
    t = T('2025-09-18 10:07:52', JST).astimezone(UTC)
    col = dict(name='鈴木 大輔', addr='d.suzuki@mitsuba-tech.co.jp', prov=('o365', 'apcprd06'))
    fwd = ('---------- Forwarded message ---------<br>差出人: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> '
           '<span dir="auto">&lt;aws-cs-trainingcertification-form@amazon.com&gt;</span><br>Date: 2025年9月18日(木) 11:41<br>'
           'Subject: %s<br>To: &lt;%s&gt;<br>' % (subj, u['addr']))
    html = ('<div dir="ltr"><div>鈴木さん</div><div><br></div><div>お疲れさまです。田中です。</div>'
            '<div>認定アカウントの統合の件、AWS から確認依頼が届きました。</div>'
            '<div>会社のパートナー登録で使っているのは旧アカウントの AWS01985534 の方なのですが、AWS06672190 を残す形で問題ないでしょうか。</div>'
            '<div>統合後は取り消せないそうなので、念のため確認させてください。</div><div><br></div><div>田中</div>'
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div></div>\n' % (fwd, mc_inner))
    plain = ('鈴木さん\n\nお疲れさまです。田中です。\n認定アカウントの統合の件、AWS から確認依頼が届きました。\n'
             '会社のパートナー登録で使っているのは旧アカウントの AWS01985534 の方なのですが、AWS06672190 を残す形で問題ないでしょうか。\n'
             '統合後は取り消せないそうなので、念のため確認させてください。\n\n田中\n\n'
             '---------- Forwarded message ---------\n差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
             'Date: 2025年9月18日(木) 11:41\nSubject: %s\nTo: <%s>\n\n\n' % (subj, u['addr']) + strip_tags(mc_inner))
    body = alt([tpart(plain, cte='base64'), tpart(html, 'html', cte='base64')], b_gmail())
    sp = sender('gmail', tz=JST)
    mid = '<CAB%s@mail.gmail.com>' % rb64(30).replace('/', 'k').replace('+', 'P').rstrip('=')
    data = other_msg(col, t, enc_name(u['name'], u['addr']), 'Fwd: ' + subj, body, sp, mid, mf=u['addr'],
                     sender_hdrs=[('DKIM-Signature', dkim_sig('gmail.com', '20230601', t, 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', 'relaxed/relaxed'))])
    add('tanaka-to-suzuki', t, data, 'unrelated', 'ja', cid, [keep, old], False)

    # --- "thanks for confirming, proceeding" with unmarked history below (support_reply)
    t = T('2025-09-19 05:10:26')
    user_mid = '<CAB%s@mail.gmail.com>' % rb64(30).replace('/', 'q').replace('+', 'Z').rstrip('=')
    hist = ('2025年9月18日(木) 21:36 田中 浩二 <%s>:\n'
            '佐々木様\n\nご連絡ありがとうございます。上記の内容で問題ありません。\n%s を残して、%s を統合してください。\nよろしくお願いいたします。\n\n田中\n' % (u['addr'], keep, old))
    new = ('田中 様\n\nご確認いただき、ありがとうございます。\nこれより統合の手続きを進めてまいります。作業には通常 2〜3 営業日ほどかかります。\n'
           '完了しましたら改めてご連絡いたしますので、今しばらくお待ちください。\n\n佐々木\nAWS トレーニングと認定サポート\n')
    plain = new + '\n' + hist
    inner = (P('田中 様', 'ご確認いただき、ありがとうございます。',
               'これより統合の手続きを進めてまいります。作業には通常 2〜3 営業日ほどかかります。完了しましたら改めてご連絡いたしますので、今しばらくお待ちください。',
               '佐々木<br>AWS トレーニングと認定サポート')
             + rating_block(cid, 'ja', form=True)
             + '<div style="margin-top:24px;font-size:13px;color:#16191f">' + hist.replace('\n', '<br>\n').replace('<%s>' % u['addr'], '&lt;%s&gt;' % u['addr']) + '</div>')
    html = html_page(inner, lang='ja', banner='form')
    body = alt([tpart(plain, cs='iso-2022-jp', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, in_reply_to=user_mid)
    add('form-desk-tanaka-c', t, data, 'support_reply', 'ja', cid, [], True)

    # --- completion: Shift_JIS HTML only (移行いたしました)
    t = T('2025-09-22 07:55:48')
    inner = (P('田中 様', 'いつもお世話になっております。AWS トレーニングと認定サポートの佐々木です。',
               'ご依頼いただいておりました件につきまして、%s に登録されていた認定資格および受験履歴を %s へ移行いたしました。' % (old, keep),
               'これに伴い、%s はご利用いただけなくなりました。今後は %s でサインインしていただき、認定の一覧をご確認ください。' % (old, keep),
               'Credly のバッジにつきましては、数日以内に %s 宛てに改めて送付されます。' % u['addr'],
               '佐々木<br>AWS トレーニングと認定サポート')
             + rating_block(cid, 'ja', form=True))
    html = html_page(inner, lang='ja', banner='form', charset='Shift_JIS',
                     footer='アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア')
    body = tpart(html, 'html', cs='shift_jis', cte='quoted-printable')
    data = aws_msg(u, t, subj, body)
    add('form-desk-tanaka-d', t, data, 'merge_completed', 'ja', cid, [keep, old], True)

    # --- closure notice: ISO-2022-JP plain + UTF-8 HTML base64 (survey)
    t = T('2025-09-22 07:56:30')
    plain = ('田中 浩二 様\n\nお問い合わせいただいたケース（受付番号 %s）はクローズされました。\n'
             '追加のご質問がある場合は、14 日以内であればこのメールに返信することでケースを再開できます。\n\n'
             '対応品質の向上のため、アンケートへのご協力をお願いいたします。\n問題は解決しましたか？\n'
             '　はい: https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&resolved=yes\n'
             '　いいえ: https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&resolved=no\n\nAWS トレーニングと認定\n' % (cid, cid, cid))
    inner = (P('田中 浩二 様', 'お問い合わせいただいたケース（受付番号 %s）はクローズされました。' % cid,
               '追加のご質問がある場合は、14 日以内であればこのメールに返信することでケースを再開できます。',
               '対応品質の向上のため、アンケートへのご協力をお願いいたします。')
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin:14px 0;border:1px solid #d5dbdb"><tr><td style="padding:14px">'
               '<b>問題は解決しましたか？</b><br>'
               '<a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=yes" style="display:inline-block;margin-top:8px;padding:7px 24px;background:#1d8102;color:#fff;text-decoration:none">はい</a> '
               '<a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=no" style="display:inline-block;margin-top:8px;padding:7px 24px;background:#545b64;color:#fff;text-decoration:none">いいえ</a>'
               '</td></tr></table>' % (cid, cid)
             + P('AWS トレーニングと認定'))
    html = html_page(inner, lang='ja', banner='form')
    body = alt([tpart(plain, cs='iso-2022-jp', cte='7bit'), tpart(html, 'html', cte='base64')], b_javamail(t))
    data = aws_msg(u, t, '[CASE %s] ケースはクローズされました - AWS トレーニングと認定' % cid, body, subj_cs='iso-2022-jp')
    add('form-desk-tanaka-e', t, data, 'survey', 'ja', cid, [], True)

    # --- Credly (Japanese)
    t = T('2025-09-23 01:12:09')
    bid = ruuid()
    inner = ('<h1 style="font-size:20px;margin:0 0 14px 0;color:#1a1a1a">田中 浩二さん、バッジを受け取りましょう</h1>'
             + P('Amazon Web Services Training and Certification から <b>AWS Certified Data Engineer &ndash; Associate</b> のバッジが発行されました。',
                 'このバッジは、認定アカウントの更新に伴い、現在のメールアドレス宛てに改めて発行されたものです。')
             + button('バッジを受け取る', 'https://www.credly.com/badges/%s/accept?locale=ja' % bid, '#ff6b00')
             + P('<span style="font-size:12px;color:#879596">お心当たりがない場合は、このメールを無視してください。</span>'))
    html = credly_page(inner, preheader='新しいバッジが発行されました')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_generic())
    sp = sender('credly')
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 40))
    data = other_msg(u, t, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                     '田中 浩二さん、AWS Certified Data Engineer – Associate のバッジが届いています', body, sp, mid,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'from:subject:to:content-type'))])
    add('credly-tanaka', t, data, 'credly_badge_issued', 'ja', None, [], True)


koji()


# =========================================================== Priya Raman (form desk, Outlook.com)
def priya():
    u = U['priya']
    t0 = T('2026-01-08 17:45:30')
    cid = case15(t0)
    a_new, a_old = 'AWS02750648', 'AWS09913374'
    subj = 'RE:[CASE %s] %s' % (cid, FORM_SUBJ)

    # --- acknowledgement; plain part is shorter than the HTML (no submission table)
    t = t0 + timedelta(seconds=6)
    inner = ('<h2 style="font-size:19px;margin:0 0 12px 0">We&rsquo;ve got your message</h2>'
             + P('Hi Priya,',
                 'Thanks for getting in touch with AWS Training and Certification. Your request has been logged and is now in our queue '
                 'with reference number <b>%s</b>.' % cid,
                 'An agent will pick it up shortly; most requests receive a first answer within one business day. '
                 'If you need to add anything, reply to this message and leave the reference number in the subject.')
             + kv_table([('Reference', cid), ('Topic', 'Certification &rsaquo; Account Merge'),
                         ('Candidate ID provided', 'aws 02750648'), ('Submitted', 'January 8, 2026, 17:45 UTC')])
             + P('Kind regards,<br>AWS Training and Certification'))
    html = html_page(inner, banner='form')
    plain = ('Hi Priya,\n\nThanks for getting in touch with AWS Training and Certification. Your request has been logged and is now\n'
             'in our queue with reference number %s.\n\nKind regards,\nAWS Training and Certification\n' % cid)
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, 'AWS Training and Certification: we\'ve got your message [CASE %s]' % cid, body)
    add('form-desk-raman-a', t, data, 'case_created', 'en', cid, [a_new], True)

    # --- which account should be kept? (support_reply)
    t = T('2026-01-09 21:02:14')
    inner = (P('Hello Priya,', 'Thank you for writing in. Searching with the details you supplied, I found two candidate records:')
             + kv_table([(a_new, u['addr'], 'August 2023', '1'), (a_old, 'p.raman@quillstone-consulting.com', 'February 2021', '3')],
                        head=('Candidate ID', 'Login e-mail', 'Created', 'Active certifications'))
             + P('Before I can prepare anything, could you tell me which of the two you would like to keep as your primary record going forward, '
                 'and which email address should receive notifications and Credly badges from now on?',
                 'Kind regards,<br>Marisol T.<br>AWS Training and Certification Support')
             + rating_block(cid, form=True))
    html = html_page(inner, banner='form')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-raman-b', t, data, 'support_reply', 'en', cid, [a_new, a_old], True)

    # --- confirmation request: stub plain, HTML carries everything
    t = T('2026-01-12 15:33:50')
    mc_inner = (P('Hello Priya,', 'Thank you for letting us know. Based on your reply, this is what we are going to do:')
                + kv_table([('Record that stays', '%s &mdash; login will be changed to %s' % (a_old, u['addr'])),
                            ('Record that will be folded in', '%s &mdash; %s' % (a_new, u['addr']))])
                + P('Everything on %s (exam history, the certification and any unused benefits) will be attached to %s, '
                    'and %s will then be closed. <b>This cannot be undone once processed.</b>' % (a_new, a_old, a_new),
                    'If this matches what you want, please reply &ldquo;I confirm&rdquo; to this email. We will not start until we hear from you.',
                    'Kind regards,<br>Marisol T.<br>AWS Training and Certification Support'))
    inner = mc_inner + rating_block(cid, form=True)
    html = html_page(inner, banner='form')
    stub = 'This message contains formatted content. Please view it in an HTML-capable email client.\n'
    body = alt([tpart(stub, cs='us-ascii', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-raman-c', t, data, 'merge_confirmation_requested', 'en', cid, [a_new, a_old], True)

    # --- look-alike phishing of a confirmation request (content kind kept, not verified)
    t = T('2026-01-13 06:18:27')
    fake = '176828114300417'
    inner = ('<div style="background:#d13212;color:#fff;padding:10px 14px;font-weight:bold;margin-bottom:14px">ACTION REQUIRED WITHIN 24 HOURS</div>'
             + P('Dear Candidate,',
                 'We received a request to merge your AWS Certification accounts (candidate ID AWS0275****). '
                 'Before we proceed, you must confirm the merge. A merge cannot be reversed, and unconfirmed requests are cancelled automatically, '
                 'which may cause your certifications to be permanently removed.',
                 'Please confirm the accounts to be merged by signing in below:')
             + button('Confirm account merge', 'https://aws-certification-support.com/merge/confirm?case=%s&amp;u=%s' % (fake, rhex(16)), '#ec7211')
             + P('Case reference: %s' % fake, 'Regards,<br>AWS Training &amp; Certification Team'))
    html = html_page(inner, banner='form')
    sp = sender('phish', from_domain='amazon-certification-support.com', mf_domain='amazon-certification-support.com',
                ip='45.132.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='mail.amazon-certification-support.com',
                dkims=[], dkim='none', dmarc='none', spf='pass', policy='none')
    mid = '<%s@amazon-certification-support.com>' % rhex(24)
    data = other_msg(u, t, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon-certification-support.com>',
                     'ACTION REQUIRED: RE:[CASE %s] Confirm your certification account merge' % fake,
                     tpart(html, 'html', cte='base64'), sp, mid, mf='bounce@amazon-certification-support.com',
                     extra_core=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])
    add('form-desk-raman-x', t, data, 'merge_confirmation_requested', 'en', fake, [], False)

    # --- completion with the confirmation request quoted under an Outlook divider
    t = T('2026-01-14 18:10:27')
    new_inner = (P('Hi Priya,',
                   'The transfer has been carried out. Your exam results, certifications and benefits are now all held under <b>%s</b>, '
                   'which now uses %s as its login. The other record can no longer be used.' % (a_old, u['addr']),
                   'Kind regards,<br>Marisol T.<br>AWS Training and Certification Support'))
    quoted = outlook_divider('Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;',
                             'Monday, January 12, 2026 3:33 PM', 'Priya Raman &lt;%s&gt;' % u['addr'], subj, mc_inner)
    html = html_page(new_inner + rating_block(cid, form=True) + quoted, banner='form')
    plain = ('Hi Priya,\n\nThe transfer has been carried out. Your exam results, certifications and benefits are now all held under\n'
             '%s, which now uses %s as its login. The other record can no longer be used.\n\n'
             'Kind regards,\nMarisol T.\nAWS Training and Certification Support\n\n'
             '-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
             'Sent: Monday, January 12, 2026 3:33 PM\nTo: Priya Raman <%s>\nSubject: %s\n\n' % (a_old, u['addr'], u['addr'], subj)
             + strip_tags(mc_inner))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-raman-d', t, data, 'merge_completed', 'en', cid, [a_old], True)

    # --- HTML-only closure with YES/NO (survey)
    t = T('2026-01-14 18:11:05')
    inner = ('<h2 style="font-size:19px;margin:0 0 12px 0">Was your issue resolved?</h2>'
             + P('Hi Priya,', 'Your request %s with AWS Training and Certification is now closed. '
                 'We would appreciate one click to tell us whether we solved your problem.' % cid)
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:10px 0 18px 0"><tr>'
               '<td style="padding-right:10px"><a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=yes" style="display:inline-block;width:110px;text-align:center;padding:12px 0;background:#1d8102;color:#fff;font-weight:bold;text-decoration:none;border-radius:4px">YES</a></td>'
               '<td><a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=no" style="display:inline-block;width:110px;text-align:center;padding:12px 0;background:#d13212;color:#fff;font-weight:bold;text-decoration:none;border-radius:4px">NO</a></td>'
               '</tr></table>' % (cid, cid)
             + P('After answering you can also rate the agent who helped you. If you still need help, reply to this email within 14 days to reopen the request.'))
    html = html_page(inner, banner='form')
    body = tpart(html, 'html')
    data = aws_msg(u, t, 'Case %s: Was your issue resolved?' % cid, body)
    add('form-desk-raman-e', t, data, 'survey', 'en', cid, [], True)

    # --- Credly badge issued
    t = T('2026-01-15 04:40:31')
    bid = ruuid()
    inner = ('<h1 style="font-size:22px;margin:0 0 14px 0;color:#1a1a1a">You&rsquo;ve earned a badge!</h1>'
             + P('Hi Priya,', 'Amazon Web Services Training and Certification sent you the <b>AWS Certified Machine Learning Engineer &ndash; Associate</b> badge.')
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin:10px 0;background:#fff7f0;border:1px solid #ffd5b5">'
               '<tr><td style="padding:14px;font-size:13px">Issued to: %s<br>Issue date: January 14, 2026<br>Expires: January 14, 2029</td></tr></table>' % u['addr']
             + button('Accept your badge', 'https://www.credly.com/badges/%s/accept' % bid, '#ff6b00')
             + P('Accepting lets you share your achievement and gives employers a way to verify it.'))
    html = credly_page(inner, preheader='Accept your badge from Amazon Web Services Training and Certification')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_generic())
    sp = sender('credly')
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 40))
    data = other_msg(u, t, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                     "Priya, you've earned a badge from Amazon Web Services Training and Certification", body, sp, mid,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'from:subject:to:content-type'))])
    add('credly-raman-a', t, data, 'credly_badge_issued', 'en', None, [], True)

    # --- Credly's own account merge code (unrelated)
    t = T('2026-01-16 19:55:02')
    inner = ('<h2 style="font-size:19px;margin:0 0 12px 0">Confirm your account merge</h2>'
             + P('Hi Priya,', 'Someone (hopefully you) asked to merge the Credly account registered to p.raman@quillstone-consulting.com into this one. '
                 'Enter the code below on the merge page to continue.')
             + '<div style="font-size:30px;letter-spacing:8px;font-weight:bold;padding:14px 0">582913</div>'
             + button('Complete Account Merge', 'https://www.credly.com/users/account_merge/confirm?token=%s' % rhex(32), '#ff6b00')
             + P('This code expires in 30 minutes. If you did not request this, you can safely ignore this email.'))
    html = credly_page(inner)
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_generic())
    sp = sender('credly')
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 40))
    data = other_msg(u, t, 'Credly <admin@credly.com>', 'Your Credly account merge verification code', body, sp, mid,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'from:subject:to:content-type'))])
    add('credly-raman-b', t, data, 'unrelated', 'en', None, [], True)


priya()


# =========================================================== 山本 彩 (form desk, BIGLOBE, Japanese)
def aya():
    u = U['aya']
    t0 = T('2025-05-25 23:40:18')
    cid = case15(t0)
    keep, old, typo = 'AWS04069921', 'AWS07154483', 'AWS07154438'
    subj = 'RE:[CASE %s] %s' % (cid, FORM_SUBJ)

    # --- asks for more information: ISO-2022-JP plain + UTF-8 HTML
    t = T('2025-05-26 09:15:02')
    sr_txt = ('山本 様\n\nAWS トレーニングと認定サポートの高橋です。お問い合わせいただきありがとうございます。\n\n'
              'ご記載の %s のほかに、統合の対象となるアカウントを特定することができませんでした。\n'
              'お手数ですが、以下の情報をお知らせいただけますでしょうか。\n\n'
              '・統合したいもう一方のアカウントの候補者 ID（わかる場合）\n'
              '・各アカウントのログイン用メールアドレスと通知先メールアドレス\n'
              '・統合後に残したいアカウント\n・統合を希望される理由\n\n'
              '本メールにそのままご返信ください。新しいお問い合わせを作成されますと対応が遅れる場合がございます。\n\n'
              '高橋\nAWS トレーニングと認定サポート\n' % keep)
    inner = (P('山本 様', 'AWS トレーニングと認定サポートの高橋です。お問い合わせいただきありがとうございます。',
               'ご記載の %s のほかに、統合の対象となるアカウントを特定することができませんでした。お手数ですが、以下の情報をお知らせいただけますでしょうか。' % keep)
             + '<ul style="margin:0 0 12px 18px;padding:0"><li>統合したいもう一方のアカウントの候補者 ID（わかる場合）</li>'
               '<li>各アカウントのログイン用メールアドレスと通知先メールアドレス</li><li>統合後に残したいアカウント</li><li>統合を希望される理由</li></ul>'
             + P('本メールにそのままご返信ください。新しいお問い合わせを作成されますと対応が遅れる場合がございます。', '高橋<br>AWS トレーニングと認定サポート')
             + rating_block(cid, 'ja', form=True))
    html = html_page(inner, lang='ja', banner='form')
    body = alt([tpart(sr_txt, cs='iso-2022-jp', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-yamamoto-a', t, data, 'support_reply', 'ja', cid, [keep], True)

    # --- re-confirmation request quoting the user's reply (with a typo id) in a blockquote
    t = T('2025-05-29 04:12:40')
    user_mid = '<%s.%s@biglobe.ne.jp>' % (t.strftime('%Y%m%d'), rhex(12))
    user_txt = ('高橋様<br><br>ご連絡ありがとうございます。<br>もう一方のアカウントは %s だと思います。<br>'
                'ログインは aya.y@shirakawa-kogyo.co.jp（前の勤務先）、通知先も同じです。<br>'
                '現在の %s（aya-yamamoto@biglobe.ne.jp）を残したいです。<br>転職したため、資格をひとつにまとめたいというのが理由です。<br><br>山本' % (typo, keep))
    inner = (P('山本 様', 'ご返信いただき、ありがとうございます。',
               'ご記載いただいた候補者 ID は 1 桁違っていたようですが、メールアドレスから該当するアカウントを特定できました。以下の内容で統合を行います。')
             + kv_table([('残すアカウント', '%s（aya-yamamoto@biglobe.ne.jp）' % keep),
                         ('統合されるアカウント', '%s（aya.y@shirakawa-kogyo.co.jp）' % old)])
             + P('統合すると元に戻すことはできません。統合後は %s でサインインできなくなります。' % old,
                 'この内容でよろしければ、本メールにご返信のうえ、統合を進めてよい旨をお知らせください。',
                 '高橋<br>AWS トレーニングと認定サポート')
             + rating_block(cid, 'ja', form=True)
             + '<div style="margin-top:20px;font-size:13px">2025年5月28日(水) 8:02 山本 彩 &lt;%s&gt;:<br>' % u['addr']
             + '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s<br><br>' % user_txt
             + '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             + sr_txt.replace('\n', '<br>') + '</blockquote></blockquote></div>')
    html = html_page(inner, lang='ja', banner='form')
    plain = strip_tags(inner.split('<div style="margin-top:20px')[0]) + '\n2025年5月28日(水) 8:02 山本 彩 <%s>:\n' % u['addr'] \
        + '\n'.join('> ' + l for l in strip_tags(user_txt).split('\n')) + '\n' + '\n'.join('> > ' + l for l in sr_txt.split('\n'))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, in_reply_to=user_mid)
    add('form-desk-yamamoto-b', t, data, 'merge_confirmation_requested', 'ja', cid, [keep, old], True)

    # --- completion + closure + survey (HTML only), long Japanese subject split over encoded words
    t = T('2025-06-02 06:30:11')
    inner = (P('山本 様', '大変お待たせいたしました。',
               'ご依頼の統合処理が完了いたしました。%s に登録されていた認定資格と受験履歴は、すべて %s に引き継がれております。' % (old, keep),
               '本件はこれにてクローズとさせていただきます。サービス向上のため、よろしければ下記のアンケートにご協力ください。',
               '高橋<br>AWS トレーニングと認定サポート')
             + '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin:14px 0;background:#f1faff;border:1px solid #0073bb"><tr><td style="padding:14px">'
               '<b>問題は解決しましたか？</b>&nbsp; '
               '<a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=yes">はい</a> / '
               '<a href="https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&amp;resolved=no">いいえ</a></td></tr></table>' % (cid, cid))
    html = html_page(inner, lang='ja', banner='form')
    body = tpart(html, 'html', cte='base64')
    data = aws_msg(u, t, 'RE:[CASE %s] 【完了のお知らせ】認定アカウント統合のご依頼について（AWS トレーニングと認定）' % cid, body,
                   subj_cs='iso-2022-jp')
    add('form-desk-yamamoto-c', t, data, 'merge_completed', 'ja', cid, [keep, old], True)

    # --- Pearson VUE appointment confirmation (unrelated)
    t = T('2025-07-10 05:44:20')
    inner = (P('山本 彩 様', 'このたびは Pearson VUE にて試験をご予約いただき、ありがとうございます。ご予約内容は以下のとおりです。')
             + kv_table([('試験', 'AWS Certified Solutions Architect - Professional (SAP-C02) 日本語'), ('日時', '2025年7月26日(土) 10:00'),
                         ('会場', 'オンライン試験（OnVUE）'), ('受験者 ID', keep), ('登録 ID', '4%08d' % R.randint(0, 99999999))])
             + P('試験開始 30 分前からチェックインが可能です。本人確認書類をご用意ください。',
                 '予約の変更・キャンセルは試験開始の 24 時間前までに行ってください。')
             + button('予約を確認する', 'https://home.pearsonvue.com/aws', '#007fa3'))
    html = html_page(inner, lang='ja', title='Pearson VUE',
                     banner='<tr><td style="padding:18px 28px;background:#007fa3;color:#fff;font-size:20px;font-weight:bold">Pearson | VUE</td></tr>',
                     footer='Pearson VUE &middot; このメールは送信専用です。ご返信いただいても対応できませんのでご了承ください。')
    body = alt([tpart(strip_tags(inner), cs='iso-2022-jp', cte='7bit'), tpart(html, 'html')], b_generic())
    sp = sender('pearson', from_domain='pearson.com', mf_domain='pearson.com', ip='159.182.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
                host='mx-out%d.pearson.com' % R.randint(1, 6), dkims=[('pearson.com', 'pvue2023')], policy='reject')
    mid = '<%s@pearsonvue.com>' % rhex(28)
    data = other_msg(u, t, 'Pearson VUE <pearsonvueconfirmation@pearson.com>', 'Pearson VUE 試験予約確認', body, sp, mid,
                     mf='pearsonvueconfirmation@pearson.com', subj_cs='iso-2022-jp',
                     sender_hdrs=[('DKIM-Signature', dkim_sig('pearson.com', 'pvue2023', t))])
    add('pearson-yamamoto', t, data, 'unrelated', 'ja', None, [keep], False)

    # --- Japanese phishing about exam vouchers (unrelated, not about the merge)
    t = T('2025-08-05 22:13:51')
    inner = ('<div style="background:#232f3e;color:#fff;padding:10px 14px;font-weight:bold">AWS 認定 - 重要なお知らせ</div>'
             + P('お客様各位', 'お客様の AWS 認定特典である 50% 割引受験バウチャーの有効期限が 48 時間以内に切れます。',
                 '引き続きご利用いただくには、下記のリンクからアカウント情報とお支払い方法の確認を行ってください。確認が行われない場合、特典は失効します。')
             + button('今すぐ確認する', 'http://aws-certification-jp.com/benefit/verify?id=%s' % rhex(12))
             + P('AWS 認定プログラム事務局'))
    html = html_page(inner, lang='ja')
    sp = sender('phish', from_domain='aws-certification-jp.com', mf_domain='mail-srv%d.xyz' % R.randint(10, 99),
                ip='103.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(2, 250)), host='vps%d.cheap-host.example' % R.randint(100, 999),
                dkims=[('aws-certification-jp.com', 'default')], dkim='fail', dmarc='fail', spf='softfail', policy='none')
    mid = '<%s@aws-certification-jp.com>' % rhex(20)
    data = other_msg(u, t, enc_name('AWS 認定', 'no-reply@aws-certification-jp.com'),
                     '【AWS認定】受験バウチャーの有効期限が近づいています（要確認）', tpart(html, 'html', cte='base64'), sp, mid,
                     mf='root@' + sp['mf_domain'])
    add('aws-cert-yamamoto', t, data, 'unrelated', 'ja', None, [], False)


aya()


# =========================================================== Marco Rossi (console, Fastmail)
def marco():
    u = U['marco']
    t0 = T('2025-11-20 09:30:00')
    cid = case15(t0)
    keep, old = 'AWS08122057', 'AWS05603318'
    csubj = 'Certification account merge request'
    link = support_link(cid)
    subj = 'RE:[CASE %s] %s' % (cid, csubj)

    # --- console ack; plain lags (no severity/service rows)
    t = t0 + timedelta(seconds=3)
    inner = (P('Hello,', 'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.' % cid)
             + kv_table([('Case ID', cid), ('Subject', csubj), ('Severity', 'General guidance'), ('Service', 'Training and Certification'),
                         ('Category', 'Certification account')])
             + button('View case', link)
             + P('<span style="font-size:12px;color:#545b64">This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</span>'))
    html = html_page(inner)
    plain = ('Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
             'Case ID: %s\nSubject: %s\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n' % (cid, cid, csubj, cid))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, 'Amazon Web Services: You have opened a new Support case: %s' % cid, body, frm=CONSOLE_FROM)
    add('console-rossi-a', t, data, 'case_created', 'en', cid, [], True)

    # --- look-alike "we registered your merge request" (phishing ack)
    t = T('2025-11-20 14:05:37')
    fake = '176364872200951'
    inner = (P('Hello,', 'We have registered your certification account merge request under case <b>%s</b>.' % fake,
               'To avoid delays, our security policy requires you to verify ownership of both candidate accounts before an agent is assigned. '
               'Verification takes less than a minute.')
             + button('Verify ownership', 'https://aws-certification-desk.com/verify?case=%s' % fake)
             + P('If verification is not completed within 48 hours, the request will be discarded.', 'AWS Certification Support'))
    html = html_page(inner)
    sp = sender('phish', from_domain='aws-certification-desk.com', mf_domain='aws-certification-desk.com',
                ip='91.215.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='smtp.aws-certification-desk.com',
                dkims=[('aws-certification-desk.com', 'mail')], dkim='pass', dmarc='pass', spf='pass', policy='none')
    mid = '<%s@aws-certification-desk.com>' % ruuid()
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_generic())
    data = other_msg(u, t, '"AWS Certification Support" <cases@aws-certification-desk.com>',
                     'Case %s: account merge request received - verification needed' % fake, body, sp, mid,
                     mf='cases@aws-certification-desk.com',
                     sender_hdrs=[('DKIM-Signature', dkim_sig('aws-certification-desk.com', 'mail', t))])
    add('cert-support-rossi', t, data, 'case_created', 'en', fake, [], False)

    # --- real confirmation request, stub plain
    t = T('2025-11-21 16:20:44')
    inner = (P('Hi Marco,', 'Thanks for reaching out. I have reviewed both certification profiles associated with you:')
             + kv_table([('Surviving profile', '%s (marco.rossi@fastmail.com)' % keep),
                         ('Profile to be merged into it', '%s (m.rossi@studio-vela.it)' % old)])
             + P('Merging moves all certifications, exam history and benefits from %s to %s and permanently closes %s. '
                 'We are not able to undo a merge or separate the records afterwards.' % (old, keep, old),
                 'Please reply through the Support Center with &ldquo;Confirmed&rdquo; if the above is correct, or tell me which profile you would prefer to keep.',
                 'Best regards,<br>Kwame A.<br>Amazon Web Services')
             + rating_block(cid) + button('Reply in the Support Center', link))
    html = html_page(inner)
    stub = ('To view this correspondence, please use an HTML-capable email client or visit the Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n' % cid)
    body = alt([tpart(stub, cs='us-ascii', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-rossi-b', t, data, 'merge_confirmation_requested', 'en', cid, [keep, old], True)

    # --- spoofed amazon.com confirmation request: top AR fails, forged lower AR says pass
    t = T('2025-11-22 07:48:01')
    fake2 = '176379001900342'
    inner = (P('Hello,', 'Your certification profiles aws-08122057 and aws-05603318 are scheduled to be merged.',
               'Because a merge is irreversible, we need you to confirm your identity and the accounts involved. '
               'Please sign in with your AWS Certification credentials using the button below.')
             + button('Confirm merge', 'https://certification-aws.support-portal.top/confirm?c=%s' % fake2)
             + P('Best regards,<br>Amazon Web Services'))
    html = html_page(inner)
    sp = sender('spoof', from_domain='amazon.com', mf_domain='mailer.support-portal.top', ip='185.244.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
                host='srv%d.support-portal.top' % R.randint(10, 99), dkims=[], dkim='none', dmarc='fail', spf='pass', policy='quarantine')
    mid = '<%s@email.amazonses.com>' % ses_id(t)
    forged = [('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n'
                                         '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')]
    data = other_msg(u, t, CONSOLE_FROM, 'RE:[CASE %s] Action needed: confirm your certification account merge' % fake2,
                     tpart(html, 'html'), sp, mid, mf='info@mailer.support-portal.top', sender_hdrs=forged)
    add('console-rossi-x', t, data, 'merge_confirmation_requested', 'en', fake2, [keep, old], False)

    # --- new correspondence notice, no agent text (support_reply)
    t = T('2025-11-24 10:02:37')
    inner = (P('Hello,', 'New correspondence has been added to your support case %s, &ldquo;%s&rdquo;.' % (cid, csubj),
               'To read it and respond, sign in to the AWS Support Center.')
             + button('View correspondence', link)
             + P('<span style="font-size:12px;color:#545b64">This email was sent from a notification-only address that cannot accept incoming email.</span>'))
    html = html_page(inner)
    plain = ('Hello,\n\nNew correspondence has been added to your support case %s, "%s".\n\nTo read it and respond, sign in to the AWS Support Center:\n'
             'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n' % (cid, csubj, cid))
    body = alt([tpart(plain, cs='us-ascii', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, '[Case %s] New correspondence added' % cid, body, frm=CONSOLE_FROM)
    add('console-rossi-c', t, data, 'support_reply', 'en', cid, [], True)

    # --- completion in HTML labelled iso-8859-1 although the bytes are UTF-8
    t = T('2025-11-26 13:14:59')
    inner = (P('Hi Marco,',
               'Quick update on your request — your two candidate records have been combined. %s is now your one and only certification account, '
               'and it lists everything that used to sit under aws 05603318.' % keep,
               'You’ll receive Credly’s “accept your badge” e-mails for the transferred credentials within a few days.',
               'Best regards,<br>Kwame A.<br>Amazon Web Services')
             + rating_block(cid) + button('View case', link))
    html = html_page(inner, charset='iso-8859-1')
    body = tpart(html, 'html', cs='iso-8859-1', codec='utf-8')
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-rossi-d', t, data, 'merge_completed', 'en', cid, [keep, old], True)

    # --- several badges waiting (Credly)
    t = T('2025-11-27 02:31:16')
    badges = [('AWS Certified Cloud Practitioner', 'b1'), ('AWS Certified Solutions Architect &ndash; Associate', 'b2'),
              ('AWS Certified Developer &ndash; Associate', 'b3')]
    rows = ''.join('<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>%s</b><br><span style="color:#687078;font-size:12px">Amazon Web Services Training and Certification</span></td>'
                   '<td align="right" style="border-bottom:1px solid #eee"><a href="https://www.credly.com/badges/%s/accept" style="color:#ff6b00;font-weight:bold">Accept</a></td></tr>'
                   % (b, ruuid()) for b, _ in badges)
    inner = ('<h1 style="font-size:22px;margin:0 0 14px 0">3 badges are waiting for you, Marco</h1>'
             + P('Amazon Web Services Training and Certification has issued the following badges to marco.rossi@fastmail.com. '
                 'They were moved here from another email address after an update to your certification record.')
             + '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">%s</table>' % rows
             + button('Accept all badges', 'https://www.credly.com/earner/earned/pending', '#ff6b00'))
    html = credly_page(inner, preheader='Accept your badges')
    plain = 'You have 3 pending badges from Amazon Web Services Training and Certification.\nhttps://www.credly.com/earner/earned/pending\n'
    body = alt([tpart(plain, cs='us-ascii', cte='7bit'), tpart(html, 'html')], b_generic())
    sp = sender('credly')
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'A').replace('+', 'B').rstrip('='), R.randint(1, 40))
    data = other_msg(u, t, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                     'Marco, 3 badges from Amazon Web Services Training and Certification are ready to accept', body, sp, mid,
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'from:subject:to:content-type'))])
    add('credly-rossi', t, data, 'credly_badge_issued', 'en', None, [], True)

    # --- unrelated: billing case agent reply
    t1 = T('2025-12-02 08:41:19')
    bcid = case15(t1)
    t = T('2025-12-03 12:26:40')
    inner = (P('Hello Marco,',
               'Thank you for contacting AWS Billing and Cost Management about the charges on your November invoice.',
               'The amount of USD 61.84 relates to two NAT gateways in eu-south-1 that remained provisioned after your test environment was deleted. '
               'I have verified that they were deleted on November 29, so no further charges will accrue.',
               'As a one-time courtesy I have submitted a credit request for this amount; it should appear on your account within 3-5 business days.',
               'Best regards,<br>Sofia R.<br>Amazon Web Services')
             + rating_block(bcid) + button('View case', support_link(bcid)))
    html = html_page(inner)
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, 'RE:[CASE %s] Unexpected charges on November invoice' % bcid, body, frm=CONSOLE_FROM)
    add('console-rossi-billing', t, data, 'unrelated', 'en', bcid, [], True)


marco()


# =========================================================== Tomás Herrera (console, iCloud)
def tomas():
    u = U['tomas']
    t0 = T('2025-10-06 20:11:47')
    cid = case15(t0)
    keep, old = 'AWS03398120', 'AWS06214475'
    csubj = 'Merge duplicate AWS Certification accounts'
    link = support_link(cid)
    subj = 'RE:[CASE %s] %s' % (cid, csubj)

    # --- completion with nested quoted history (confirmation request quoted under the user's confirmation)
    t = T('2025-10-09 22:40:03')
    req = (P('Hello Tomás,', 'I found two profiles: %s (tomas.herrera@icloud.com) and %s (therrera@norteanalytics.mx). '
             'We would keep %s and merge %s into it. This cannot be reversed. Please confirm in the Support Center.' % (keep, old, keep, old),
             'Best regards,<br>Priyanka S.<br>Amazon Web Services'))
    conf = ('<div>Yes, please go ahead. Keep %s and merge %s into it.</div><div><br></div><div>Tomás</div>' % (keep, old))
    inner = (P('Hello Tomás,',
               'The merge you approved has now been applied. Going forward, please sign in with your surviving account, <b>%s</b>; '
               'your certification history, including the Developer &ndash; Associate earned under the other profile, is listed there.' % keep,
               'Let me know through the Support Center if anything looks out of place.',
               'Best regards,<br>Priyanka S.<br>Amazon Web Services')
             + rating_block(cid)
             + '<div style="margin-top:20px;color:#545b64;font-size:12px">-----Previous correspondence-----</div>'
             + '<blockquote style="margin:6px 0 0 0;padding-left:12px;border-left:2px solid #aab7b8"><div style="font-size:12px;color:#687078">Customer, 2025-10-08 14:02 UTC</div>' + conf
             + '<blockquote style="margin:8px 0 0 0;padding-left:12px;border-left:2px solid #aab7b8"><div style="font-size:12px;color:#687078">Amazon Web Services, 2025-10-07 19:55 UTC</div>' + req
             + '</blockquote></blockquote>')
    html = html_page(inner)
    plain = strip_tags(inner)
    body = alt([tpart(plain, cte='base64'), tpart(html, 'html', cte='base64')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-herrera-a', t, data, 'merge_completed', 'en', cid, [keep], True)

    # --- follow-up about Credly badges not moved yet (support_reply)
    t = T('2025-10-13 17:03:21')
    inner = (P('Hello Tomás,',
               'Thank you for letting us know that your badges have not yet appeared on the Credly profile linked to %s.' % keep,
               'I have raised a request with our Credly team to transfer them. Please allow 5-7 business days; I will update this case as soon as I hear back. '
               'You do not need to open a separate case for this.',
               'Best regards,<br>Priyanka S.<br>Amazon Web Services')
             + rating_block(cid) + button('View case', link))
    html = html_page(inner)
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body, frm=CONSOLE_FROM)
    add('console-herrera-b', t, data, 'support_reply', 'en', cid, [keep], True)


tomas()


# =========================================================== Aisha Bello (form desk, Proton)
def aisha():
    u = U['aisha']
    tdup = T('2026-01-30 18:02:33')
    dup = case15(tdup)
    t0 = T('2026-02-02 10:26:51')
    cid = case15(t0)
    keep, old = 'AWS07764301', 'AWS02019846'
    subj = 'RE:[CASE %s] %s' % (cid, FORM_SUBJ)

    # --- duplicate case folded in (support_reply; the word "merged" is about cases, not accounts)
    t = T('2026-02-03 14:55:09')
    inner = (P('Hello Aisha,',
               'Thank you for contacting AWS Training and Certification. I noticed that the same request was submitted twice (references %s and %s). '
               'To keep everything in one place, I have merged %s into this case and closed it, so please reply only on this thread.' % (dup, cid, dup),
               'I am now reviewing your request regarding %s and %s and will come back to you with the next steps shortly.' % (keep, old),
               'Kind regards,<br>Daniela V.<br>AWS Training and Certification Support')
             + rating_block(cid, form=True))
    html = html_page(inner, banner='form')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-bello-a', t, data, 'support_reply', 'en', cid, [keep, old], True)

    # --- completion without any id (stub plain)
    t = T('2026-02-06 19:12:48')
    inner = (P('Hello Aisha,',
               'Good news &mdash; the two records you asked about are now one. Your exam history, certifications and benefits sit under the account '
               'you chose to keep, and the other sign-in has been switched off.',
               'If you spot anything missing, just reply to this email.',
               'Kind regards,<br>Daniela V.<br>AWS Training and Certification Support')
             + rating_block(cid, form=True))
    html = html_page(inner, banner='form')
    stub = 'View this message in an HTML-capable client.\n'
    body = alt([tpart(stub, cs='us-ascii', cte='7bit'), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, subj, body)
    add('form-desk-bello-b', t, data, 'merge_completed', 'en', cid, [], True)

    # --- look-alike Credly badge mail
    t = T('2026-02-08 11:47:05')
    inner = ('<h1 style="font-size:22px;margin:0 0 14px 0">Your AWS badge was transferred</h1>'
             + P('Hi Aisha,', 'Following your certification account update, your <b>AWS Certified Solutions Architect &ndash; Professional</b> badge has been '
                 'issued to this address. Accept it within 48 hours or it will be revoked.')
             + button('Accept your badge', 'https://credly-badges.net/accept?b=%s' % rhex(20), '#ff6b00'))
    html = credly_page(inner)
    sp = sender('phish', from_domain='credly-badges.net', mf_domain='credly-badges.net', ip='194.26.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
                host='mta.credly-badges.net', dkims=[('credly-badges.net', 'k1')], dkim='pass', dmarc='pass', spf='pass', policy='none')
    mid = '<%s@credly-badges.net>' % rhex(24)
    data = other_msg(u, t, '"Credly Badges" <notify@credly-badges.net>', 'Your AWS badge was transferred - accept within 48 hours',
                     tpart(html, 'html'), sp, mid, mf='notify@credly-badges.net',
                     sender_hdrs=[('DKIM-Signature', dkim_sig('credly-badges.net', 'k1', t))])
    add('credly-bello', t, data, 'credly_badge_issued', 'en', None, [], False)


aisha()


# =========================================================== Ravi Menon (console, Yahoo)
def ravi():
    u = U['ravi']
    t0 = T('2025-07-14 03:05:10')
    cid = case15(t0)
    a1, a2 = 'AWS06390017', 'AWS01472259'
    csubj = 'Merge my two AWS certification IDs'
    link = support_link(cid)

    # --- "do you still need help?" with the earlier question quoted
    t = T('2025-07-21 16:44:09')
    earlier = P('Hello Ravi,', 'I can see two profiles, %s and %s. Which one would you like to keep? Please also share the login email of each.' % (a1, a2),
                'Regards,<br>Tariq H.<br>Amazon Web Services')
    inner = (P('Hello Ravi,',
               'I am following up on my previous message below. We have not heard back from you yet &mdash; do you still need help with this request? '
               'If so, please reply in the Support Center with the information requested.',
               'If we do not hear from you, this case will be closed automatically in a few days.',
               'Regards,<br>Tariq H.<br>Amazon Web Services')
             + rating_block(cid) + button('Reply in the Support Center', link)
             + '<blockquote style="margin:18px 0 0 0;padding-left:12px;border-left:3px solid #d5dbdb;color:#545b64">'
               '<div style="font-size:12px">On Tue Jul 15 2025 10:11:52 GMT+0000, Amazon Web Services wrote:</div>' + earlier + '</blockquote>')
    html = html_page(inner)
    plain = strip_tags(inner.split('<blockquote')[0]) + '\nOn Tue Jul 15 2025 10:11:52 GMT+0000, Amazon Web Services wrote:\n' + \
        '\n'.join('> ' + l for l in strip_tags(earlier).split('\n'))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, 'RE:[CASE %s] %s' % (cid, csubj), body, frm=CONSOLE_FROM)
    add('console-menon-a', t, data, 'support_reply', 'en', cid, [], True)

    # --- automatic closure for inactivity (survey)
    t = T('2025-07-28 16:45:12')
    inner = (P('Hello,', 'We have not heard from you for a while, so your support case %s, &ldquo;%s&rdquo;, has been closed.' % (cid, csubj),
               'If you still need help, you can reopen the case from the Support Center within 14 days.')
             + kv_table([('Case ID', cid), ('Status', 'Closed (no response from customer)')])
             + P('<b>How would you rate your support experience?</b>')
             + ''.join('<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=%d" style="text-decoration:none;font-size:24px;color:#ff9900">&#9733;</a>' % (cid, i) for i in range(1, 6))
             + button('Reopen case', link, '#545b64'))
    html = html_page(inner)
    plain = ('Hello,\n\nWe have not heard from you for a while, so your support case %s, "%s", has been closed.\n'
             'If you still need help, you can reopen the case from the Support Center within 14 days.\n\n'
             'How would you rate your support experience? https://console.aws.amazon.com/support/feedback?displayId=%s\n' % (cid, csubj, cid))
    body = alt([tpart(plain), tpart(html, 'html')], b_javamail(t))
    data = aws_msg(u, t, 'Amazon Web Services: Support case %s has been closed' % cid, body, frm=CONSOLE_FROM)
    add('console-menon-b', t, data, 'survey', 'en', cid, [], True)

    # --- Seller Central case about merging seller accounts (unrelated)
    t = T('2025-08-12 20:19:33')
    scid = '5884937716'
    inner = (P('Hello,', 'Thank you for contacting Amazon Seller Support.',
               'We have reviewed your request to merge your two seller accounts (Menon Home Goods and RM Kitchen Essentials) under a single legal entity. '
               'To proceed, please upload a business registration document that lists both store names, via the case log in Seller Central.',
               'We value your feedback. Please rate my response using the link below.',
               'Thank you for selling with Amazon,<br>Latha P.<br>Amazon.com')
             + button('Go to case log', 'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s' % scid, '#232f3e'))
    html = html_page(inner, title='Amazon Seller Central',
                     banner='<tr><td style="padding:16px 28px;background:#232f3e;color:#fff;font-size:18px;font-weight:bold">amazon seller central</td></tr>',
                     footer='This email was sent by Amazon.com Services LLC, 410 Terry Avenue North, Seattle, WA 98109. Replies to this message are not monitored.')
    body = alt([tpart(strip_tags(inner)), tpart(html, 'html')], b_javamail(t))
    sp = sender('amazon')
    mid = '<%s.%s@amazon.com>' % (rhex(12), R.randint(10 ** 8, 10 ** 9))
    data = other_msg(u, t, '"Amazon Seller Central" <seller-notification@amazon.com>', 'RE:[CASE %s] Request to merge seller accounts' % scid,
                     body, sp, mid, mf='%s@bounces.amazon.com' % rhex(16),
                     sender_hdrs=[('DKIM-Signature', dkim_sig('amazon.com', 'amazon201209', t))])
    add('seller-central-menon', t, data, 'unrelated', 'en', scid, [], True)


ravi()


# ================================================================ write out
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for i, m in enumerate(sorted(MAILS, key=lambda m: m['t']), 1):
        name = '%03d-%s.eml' % (i, m['slug'])
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['data'])
        labels[name] = m['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote %d mails to %s' % (len(labels), OUT))


if __name__ == '__main__':
    main()
