#!/usr/bin/env python3
"""Generate blind set 135: acknowledgements, surveys, Credly mail and look-alikes.

Run:  python3 make_set.py      (rewrites *.eml and labels.json in this folder)
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import uuid
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.generator import BytesGenerator
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(135135)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7), 'PDT')
PST = dt.timezone(dt.timedelta(hours=-8), 'PST')
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))

MAILS = []  # (slug, msg, label, linesep)


# ----------------------------------------------------------------- helpers
def T(s, tz=UTC):
    """'2025-05-27 23:01:47' in tz -> aware datetime"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def case15(opened, tail):
    return '%d%05d' % (int(opened.timestamp()), tail)


def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def ses_mid(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = 'email.amazonses.com' if not region else region + '.amazonses.com'
    return '0100%012x-%s-000000' % (ms, ruuid()), host


def wrap(s, width=72, indent='\t '):
    parts = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(parts)


def ew(text, charset='UTF-8', enc='B', chunk=None, codec=None):
    """encoded-word(s); chunk = characters per word -> split over folded lines"""
    codec = codec or charset.lower()
    pieces = [text] if not chunk else [text[i:i + chunk] for i in range(0, len(text), chunk)]
    out = []
    for p in pieces:
        b = p.encode(codec)
        if enc.upper() == 'B':
            v = base64.b64encode(b).decode()
        else:
            v = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ('_' if c == 32 else '=%02X' % c) for c in b)
        out.append('=?%s?%s?%s?=' % (charset, enc.upper(), v))
    return '\n '.join(out)


def addr(name, email, charset=None, codec=None):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset or 'UTF-8', codec=codec), email)


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    """text part, encoded by hand so that labels/encodings are exactly as wanted."""
    label = label if label is not None else charset
    codec = {'shift_jis': 'cp932', 'iso-2022-jp': 'iso-2022-jp'}.get(charset.lower(), charset)
    data = text.encode(codec)
    m = MIMENonMultipart('text', subtype)
    del m['MIME-Version']
    if label:
        m.set_param('charset', label)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
        if not payload.endswith('\n'):
            payload += '\n'
    else:
        raise ValueError(cte)
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m


def alt(*parts, sub='alternative'):
    m = MIMEMultipart(sub, boundary='----=_Part_%d_%d.%d' % (RNG.randint(100000, 999999),
                                                             RNG.randint(10**8, 10**9),
                                                             RNG.randint(10**12, 10**13)))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


# ----------------------------------------------------------- senders
def s_aws(local='aws-cs-trainingcertification-form', region=None):
    return dict(kind='ses', from_domain='amazon.com', local=local, region=region,
                dkim=[('amazon.com', RNG.choice(['rjt5ucrzkyxu3ed6zxiyhyrmv2okndo5',
                                                 'szqgv33erturdv5cvz4vtb5qcbgrgfrf',
                                                 'dbjmnmskmfxc3yntwevnvz2tzvfbktcj'])),
                            ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])


def s_credly():
    return dict(kind='sendgrid', from_domain='credly.com', bounce_domain='em.credly.com',
                ip='149.72.%d.%d' % (RNG.randint(120, 250), RNG.randint(2, 250)),
                helo='o%d.ptr%d.credly.com' % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                dkim=[('credly.com', 's1')])


def s_plain(domain, ip, helo, dkim_d=None, mailfrom=None, selector='selector1'):
    return dict(kind='plain', from_domain=domain, ip=ip, helo=helo,
                mailfrom=mailfrom, dkim=[(dkim_d or domain, selector)])


def dkim_header(d, s, t, hlist='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('DKIM-Signature',
            'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (s, d, int(t.timestamp()), hlist, rb64(32), wrap(rb64(256), 70, '\t ')))


def trace(provider, to, d, snd, mid_local=None, dmarc='pass', spf='pass', dkim='pass',
          forged_lower_ar=None, hops=None):
    """Receiving-side headers (top to bottom) plus the sender's DKIM signatures.
    provider: gmail | o365 | outlookcom | biglobe | ocn | fastmail | none"""
    h = []
    arrive = d + dt.timedelta(seconds=RNG.randint(1, 9))
    # sender-side envelope data
    if snd['kind'] == 'ses':
        host = 'email.amazonses.com' if not snd.get('region') else snd['region'] + '.amazonses.com'
        mailfrom = '%s@%s' % (mid_local, host)
        oct3 = RNG.choice([8, 48, 27, 36])
        ip = '54.240.%d.%d' % (oct3, RNG.randint(10, 99))
        helo = 'a%d-%s.smtp-out.amazonses.com' % (oct3, ip.split('.')[-1])
        if snd.get('region'):
            ip = '23.251.%d.%d' % (RNG.randint(224, 239), RNG.randint(2, 250))
            helo = 'a%s-%s.smtp-out.%s.amazonses.com' % (ip.split('.')[2], ip.split('.')[3], snd['region'])
        spf_domain = host
    elif snd['kind'] == 'sendgrid':
        mailfrom = 'bounces+%d-%s-%s@%s' % (RNG.randint(1000000, 9999999), rhex(4),
                                            to.replace('@', '='), snd['bounce_domain'])
        ip, helo = snd['ip'], snd['helo']
        spf_domain = snd['bounce_domain']
    else:
        mailfrom = snd.get('mailfrom') or 'bounce@' + snd['from_domain']
        ip, helo = snd['ip'], snd['helo']
        spf_domain = mailfrom.split('@')[1]
    fd = snd['from_domain']
    dk0 = snd['dkim'][0] if snd['dkim'] else ('none', 'none')
    fmt_pdt = lambda x: format_datetime(x.astimezone(PDT if x.month in range(3, 11) else PST))
    if provider == 'gmail':
        h.append(('Delivered-To', to))
        h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rhex(3) + 'csp' + str(RNG.randint(100000, 999999)),
            fmt_pdt(arrive + dt.timedelta(seconds=1)))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:86]))
        ar_lines = []
        for (dd, ss) in snd['dkim']:
            ar_lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dd, ss, rb64(6)[:8]))
        ar_lines.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
            spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom))
        pol = {'amazon.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'credly.com': 'p=REJECT sp=REJECT dis=NONE'}.get(
            fd, 'p=NONE sp=NONE dis=NONE')
        if dmarc == 'fail':
            pol = pol.replace('dis=NONE', 'dis=QUARANTINE')
        ar_lines.append('dmarc=%s (%s) header.from=%s' % (dmarc, pol, fd))
        ar = 'mx.google.com;\n       ' + ';\n       '.join(ar_lines)
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                  % (int(arrive.timestamp()), wrap(rb64(120), 70, '         '))))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
                  % (rb64(32), rb64(32), wrap(rb64(120), 70, '         '))))
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (helo, helo, ip, rhex(16), RNG.randint(1000, 9999), arrive.month, arrive.day,
                     arrive.hour, arrive.minute, arrive.second, to, fmt_pdt(arrive))))
        h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                  % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)))
        h.append(('Authentication-Results', ar))
    elif provider in ('o365', 'outlookcom'):
        to_dom = to.split('@')[1]
        pfx = RNG.choice(['TY3PR01MB', 'OS0PR01MB', 'DM6PR11MB', 'AM9PR07MB', 'SA1PR12MB', 'TYCPR01MB'])
        srv = '%s%04d.%s.prod.outlook.com' % (pfx, RNG.randint(1000, 9999), pfx[:2].lower() + 'rp' + pfx[2:4].lower())
        fe = '%s.mail.protection.outlook.com' % RNG.choice(['TYZAPC01FT045', 'SN1PEPF0002636B', 'AMS0EPF000001AE', 'OSA0EPF000000C8'])
        fmt = lambda x: format_datetime(x.astimezone(UTC)).replace('-0000', '+0000')
        h.append(('Received', 'from %s (2603:1096:%s::%s) by\n %s with HTTPS; %s' % (
            srv, rhex(3), rhex(2), srv.replace(srv[9:13], '%04d' % RNG.randint(1000, 9999)), fmt(arrive + dt.timedelta(seconds=2)))))
        h.append(('Received', 'from %s (2603:1096:%s::%s)\n by %s (2603:1096:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            fe.split('.')[0].lower() + '.apcprd01.prod.exchangelabs.com', rhex(3), rhex(2), srv, rhex(3), rhex(2),
            RNG.randint(8000, 9300), RNG.randint(10, 40), fmt(arrive + dt.timedelta(seconds=1)))))
        spf_word = 'pass' if spf == 'pass' else spf
        comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
        act = 'none' if dmarc == 'pass' else 'quarantine'
        dk = 'pass (signature was verified)' if dkim == 'pass' else 'none (message not signed)'
        h.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
                  % (spf_word, ip, spf_domain, dk, dk0[0] if dkim == 'pass' else 'none', dmarc, act, fd, comp)))
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                  % ('Pass' if spf == 'pass' else 'Fail', spf_domain,
                     'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)))
        h.append(('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                  % (helo, ip, fe, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 9300),
                     RNG.randint(10, 40), fmt(arrive))))
        h.append(('Return-Path', mailfrom))
    elif provider in ('biglobe', 'ocn'):
        ahost = {'biglobe': 'mx.biglobe.ne.jp', 'ocn': 'mfilter-s%d.ocn.ad.jp' % RNG.randint(1, 9)}[provider]
        inner = {'biglobe': 'mtai%02d.biglobe.ne.jp' % RNG.randint(1, 30), 'ocn': 'md%02d.ocn.ad.jp' % RNG.randint(1, 40)}[provider]
        fj = lambda x: format_datetime(x.astimezone(JST))
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
                  % (helo, helo, ip, inner, rhex(10).upper(), to, fj(arrive))))
        dk_part = '; '.join('dkim=%s header.d=%s header.s=%s' % (dkim, dd, ss) for dd, ss in snd['dkim'])
        h.append(('Authentication-Results', '%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s'
                  % (ahost, spf, mailfrom, dk_part.replace('; ', ';\n\t'), dmarc, fd)))
    elif provider == 'fastmail':
        n = RNG.randint(1, 6)
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from mx%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s'
                  % (n, RNG.randint(200, 220), RNG.randint(1, 8), format_datetime(arrive.astimezone(EST if arrive.month in (1, 2, 3, 11, 12) else EDT)))))
        h.append(('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s'
                  % (helo, helo, ip, n, to, format_datetime(arrive.astimezone(EST if arrive.month in (1, 2, 3, 11, 12) else EDT)))))
        dk_part = ';\n '.join('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s\n header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048'
                              % (dkim, dd, dd, rb64(6)[:8], ss) for dd, ss in snd['dkim'])
        h.append(('Authentication-Results', 'mx%d.messagingengine.com;\n %s;\n dmarc=%s policy.published-domain-policy=%s\n policy.applied-disposition=%s policy.evaluated-disposition=%s\n (p=%s,d=%s,d.eval=%s,arc_policy=none) header.from=%s;\n spf=%s smtp.mailfrom=%s smtp.helo=%s'
                  % (n, dk_part, dmarc, 'quarantine' if fd == 'amazon.com' else 'reject' if fd == 'credly.com' else 'none',
                     'none' if dmarc == 'pass' else 'quarantine', 'none' if dmarc == 'pass' else 'quarantine',
                     'quarantine' if fd == 'amazon.com' else 'none', 'none' if dmarc == 'pass' else 'quarantine',
                     'none', fd, spf, mailfrom, helo)))
        h.append(('X-ME-Proxy-Cause', 'gggruggvucftvghtrhhoucdtuddrgeef%s' % rhex(30)))
    elif provider == 'none':
        pass
    else:
        raise ValueError(provider)
    if forged_lower_ar:
        h.append(('Authentication-Results', forged_lower_ar))
    for dd, ss in snd['dkim']:
        if dkim == 'pass' or dd != fd:
            h.append(dkim_header(dd, ss, d))
    return h


def build(body, headers, trace_headers=(), extra=()):
    """Assemble a message: trace headers first, then the message headers, then MIME headers."""
    mime_h = list(body._headers)
    body._headers = []
    for k, v in trace_headers:
        body._headers.append((k, v))
    for k, v in headers:
        body._headers.append((k, v))
    for k, v in extra:
        body._headers.append((k, v))
    body._headers.append(('MIME-Version', '1.0'))
    for k, v in mime_h:
        body._headers.append((k, v))
    return body


def add(slug, msg, kind, case_id, ids, sv, lang, linesep='\n'):
    MAILS.append((slug, msg, dict(kind=kind, case_id=case_id,
                                  account_ids=sorted(set(ids)), sender_verified=sv,
                                  language=lang), linesep))


def std(frm, to, subj, d, mid, extra=(), reply_to=None, cc=None):
    h = [('From', frm)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', subj))
    h.append(('Date', format_datetime(d) if not isinstance(d, str) else d))
    h.append(('Message-ID', mid))
    h.extend(extra)
    return h


def aws_mail(body, to, subj, d, provider, frm=None, local='aws-cs-trainingcertification-form',
             region=None, extra=(), dmarc='pass', reply_to=None, ses_hdrs=True):
    """Genuine AWS mail via SES."""
    snd = s_aws(local, region)
    mloc, host = ses_mid(d, region)
    frm = frm or '"Amazon Web Services" <%s@amazon.com>' % local
    tr = trace(provider, to, d, snd, mid_local=mloc, dmarc=dmarc)
    x = list(extra)
    if ses_hdrs:
        x += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:43]),
              ('X-SES-Outgoing', d.strftime('%Y.%m.%d-') + tr_ip(tr))]
    h = std(frm, to, subj, d, '<%s@%s>' % (mloc, host), reply_to=reply_to)
    return build(body, h, tr, x)


def tr_ip(tr):
    for k, v in tr:
        if 'sender IP is' in v:
            return v.split('sender IP is ')[1].split(')')[0]
        if k == 'Received-SPF' and 'client-ip=' in v:
            return v.split('client-ip=')[1].split(';')[0]
        if k == 'Received' and '[' in v and 'amazonses' in v:
            return v.split('[')[1].split(']')[0]
    return '54.240.8.%d' % RNG.randint(10, 99)


def credly_mail(body, to, subj, d, provider, name='Amazon Web Services Training and Certification via Credly',
                frm_addr='admin@credly.com', extra=()):
    snd = s_credly()
    if frm_addr.endswith('youracclaim.com'):
        snd['from_domain'] = 'youracclaim.com'
        snd['bounce_domain'] = 'em.youracclaim.com'
        snd['dkim'] = [('youracclaim.com', 's1')]
    tr = trace(provider, to, d, snd)
    mid = '<%s%s.%d@%s>' % (rhex(12), rhex(10), RNG.randint(100, 999), 'credly.com')
    x = [('X-SG-EID', rb64(60)), ('X-Entity-ID', rb64(16)[:22])] + list(extra)
    h = std(addr(name, frm_addr), to, subj, d, mid)
    return build(body, h, tr, x)


# ================================================================= users
A = dict(name='佐藤 遥', email='haruka.sato.0412@gmail.com', prov='gmail',
         keep='AWS48201937', old='AWS73015562')
B = dict(name='Daniel Okafor', email='daniel.okafor@northwindlabs.io', prov='o365',
         keep='AWS20586471', old='AWS91347208')
C = dict(name='田中 健一', email='k-tanaka@kfa.biglobe.ne.jp', prov='biglobe',
         keep='AWS63829105', old='AWS05271846')
D = dict(name='Priya Raman', email='priya.raman88@outlook.com', prov='outlookcom',
         keep='AWS37760412', old='AWS58104293', old2='AWS12098735')
E = dict(name='Marco Bianchi', email='marco.bianchi.dev@gmail.com', prov='gmail',
         keep='AWS84412609', old='AWS29930571')
F = dict(name='鈴木 美咲', email='misaki.suzuki@kitaboshi-sys.co.jp', prov='o365',
         keep='AWS70651388', old='AWS16927450')
G = dict(name='小林 悠斗', email='yuto-kobayashi@ceres.ocn.ne.jp', prov='ocn',
         keep='AWS52239074', old='AWS88016342')
H = dict(name='Sophie Laurent', email='sophie.laurent@fastmail.com', prov='fastmail',
         keep='AWS41187650', old='AWS66502913')
I = dict(name='中村 大輔', email='d.nakamura.cloud@gmail.com', prov='gmail',
         keep='AWS30964427', old='AWS75318806')

# case openings (UTC)
A_OPEN = T('2025-05-27 23:01:47'); A_CASE = case15(A_OPEN, 572)
B_OPEN = T('2025-09-15 14:22:08'); B_CASE = case15(B_OPEN, 118)
C_OPEN = T('2025-11-04 01:37:52'); C_CASE = case15(C_OPEN, 3041)
D_OPEN = T('2026-01-12 16:48:30'); D_CASE = case15(D_OPEN, 906)
D_OPEN2 = T('2026-01-14 09:02:11'); D_CASE2 = case15(D_OPEN2, 227)
E_OPEN = T('2025-07-08 09:14:05'); E_CASE = case15(E_OPEN, 64)
F_OPEN = T('2026-02-17 00:55:41'); F_CASE = case15(F_OPEN, 1789)
G_OPEN = T('2025-10-21 03:12:19'); G_CASE = case15(G_OPEN, 455)
H_OPEN = T('2025-08-19 18:40:02'); H_CASE = case15(H_OPEN, 20)
I_OPEN = T('2026-03-03 05:20:10'); I_CASE = case15(I_OPEN, 3310)

# ================================================================= MAILS
# ---------------------------------------------------------------- case_created
# 1 ja, form desk ack, A; text and HTML differ (table only in HTML)
d = A_OPEN + dt.timedelta(seconds=41)
txt = """佐藤 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けました。お問い合わせ番号は %s です。

担当者が内容を確認し、原則として 24 時間以内にこのメールアドレス宛にご連絡いたします。
追加の情報がある場合は、件名を変更せずにこのメールへご返信ください。
同じ内容で新しいお問い合わせを送信されますと、対応が遅れることがございます。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
""" % A_CASE
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>佐藤 遥 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>
以下の内容でお問い合わせを受け付けました（お問い合わせ番号: <b>%s</b>）。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">お問い合わせの種類</th><td>認定</td></tr>
<tr><th align="left">詳細</th><td>アカウントの統合</td></tr>
<tr><th align="left">AWS 受験者 ID</th><td>%s</td></tr>
<tr><th align="left">氏名</th><td>佐藤 遥</td></tr>
<tr><th align="left">メールアドレス</th><td>haruka.sato.0412@gmail.com</td></tr>
<tr><th align="left">内容</th><td>前職の会社アドレスで作成した認定アカウント（%s）があり、現在のアカウントと二重になっています。<br>
取得済みの SAA と DVA を現在のアカウントにまとめていただけますでしょうか。</td></tr>
</table>
<p>担当者が内容を確認し、原則として 24 時間以内にご連絡いたします。<br>
追加情報は件名を変えずにこのメールへの返信でお送りください。</p>
<p>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>""" % (A_CASE, A['keep'].lower(), A['old'])
body = alt(leaf(txt, cte='base64'), leaf(html, 'html', cte='base64'))
subj = ew('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % A_CASE, chunk=18)
m = aws_mail(body, A['email'], subj, d, 'gmail')
add('aws-tc-form-ack', m, 'case_created', A_CASE, [A['keep'], A['old']], True, 'ja')

# 2 en, console ack, B, quoted-printable
d = B_OPEN + dt.timedelta(seconds=19)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Combine two Training and Certification profiles into one
Severity: General guidance
Correspondence: I have two certification profiles. AWS20586471 was created with my old employer's email and AWS91347208 is the one I use now with my personal address. I would like everything on AWS91347208 if possible. Both are in my name (Daniel Okafor).

We will respond to your case as soon as possible. To see the status or add correspondence, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (B_CASE, B_CASE, B_CASE)
body = leaf(txt, cte='quoted-printable')
m = aws_mail(body, B['email'], 'Amazon Web Services: You have opened a new Support case: %s' % B_CASE,
             d, 'o365', local='no-reply-aws')
add('aws-support-case-notice', m, 'case_created', B_CASE, [B['keep'], B['old']], True, 'en')

# 3 ja, form desk ack, C; charset label wrong (says iso-8859-1, bytes are UTF-8)
d = C_OPEN + dt.timedelta(seconds=63)
txt = """田中 健一 様

このたびは AWS トレーニングと認定へご連絡いただきありがとうございます。
ご依頼を受付番号 %s として登録いたしました。

■ご入力いただいた内容
お問い合わせの種類 : AWS トレーニングと認定
詳細             : Account Merge
AWS 受験者 ID    : AWS%s
その他のアカウント : AWS%s
ご相談内容       : 試験予約のときに別のメールアドレスで新しいアカウントを作ってしまいました。
                   認定資格が 2 つのアカウントに分かれているので 1 つにしたいです。

内容を確認のうえ、担当者より通常 1 営業日以内にご連絡差し上げます。
ご返信の際は件名の受付番号を消さずにお送りください。

AWS トレーニングと認定 サポートチーム
""" % (C_CASE, C['keep'][3:], C['old'][3:])
body = leaf(txt, cte='base64', charset='utf-8', label='iso-8859-1')
subj = ew('[CASE %s] [AWS Training and Certification Form Submission] 受付のお知らせ' % C_CASE, chunk=30)
m = aws_mail(body, C['email'], subj, d, 'biglobe')
add('tc-form-receipt', m, 'case_created', C_CASE, [C['keep'], C['old']], True, 'ja')

# 4 en, form desk ack, D; HTML only, submission in a table
d = D_OPEN + dt.timedelta(seconds=37)
html = """<!DOCTYPE html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<div style="max-width:640px">
<img src="https://d1.awsstatic.com/training-and-certification/tc-logo.png" alt="AWS Training and Certification" width="180">
<p>Hi Priya,</p>
<p>Thanks for getting in touch with AWS Training and Certification. This note confirms we have your submission; it is now in our queue as case <strong>%s</strong>.</p>
<p>Here is a copy of what you sent:</p>
<table style="border-collapse:collapse;width:100%%" cellpadding="8">
<tr style="background:#f2f3f3"><td><b>Inquiry type</b></td><td>AWS Training and Certification</td></tr>
<tr><td><b>Inquiry detail</b></td><td>Account Merge</td></tr>
<tr style="background:#f2f3f3"><td><b>AWS candidate ID</b></td><td>%s</td></tr>
<tr><td><b>Name</b></td><td>Priya Raman</td></tr>
<tr style="background:#f2f3f3"><td><b>Email</b></td><td>priya.raman88@outlook.com</td></tr>
<tr><td><b>Description</b></td><td>I ended up with three certification logins over the years: the one above, plus aws-58104293 (university address) and AWS 12098735 (Pearson account from 2021). Please fold the other two into %s so my Cloud Practitioner and SAA history sit together.</td></tr>
</table>
<p>An agent normally picks up new cases within 24 hours. If you need to add anything, just reply to this email and keep the case number in the subject line. Opening a second case for the same request can slow things down.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</div></body></html>""" % (D_CASE, D['keep'], D['keep'])
body = leaf(html, 'html', cte='quoted-printable')
m = aws_mail(body, D['email'], '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE,
             d, 'outlookcom')
add('tc-form-submission', m, 'case_created', D_CASE, [D['keep'], D['old'], D['old2']], True, 'en')

# 5 en, D opened a second case; ack of the NEW case, mentions the first one
d = D_OPEN2 + dt.timedelta(seconds=52)
txt = """Hi Priya,

We've got your message. It has been filed under case number %s and one of our Training and Certification specialists will look at it, usually within a day.

Your submission:
  Inquiry detail: Account Merge
  AWS candidate ID: %s
  Description: Following up on my request from Monday (%s). I have not had a reply yet and I have an exam booked on the 30th. Could someone check whether the merge is in progress?

Tip: replying to this email adds your note to the case above. There's no need to submit the form again.

AWS Training and Certification Customer Support
""" % (D_CASE2, D['keep'], D_CASE)
body = leaf(txt, cte='base64')
m = aws_mail(body, D['email'], '[CASE %s] We have received your request - AWS Training and Certification' % D_CASE2,
             d, 'outlookcom')
add('tc-form-submission-2', m, 'case_created', D_CASE2, [D['keep']], True, 'en')

# 6 en, console ack, E; HTML only
d = E_OPEN + dt.timedelta(seconds=24)
html = """<html><body>
<table width="600" style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<tr><td style="background:#232f3e;padding:12px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" height="28" alt="aws"></td></tr>
<tr><td style="padding:16px">
<p>Greetings from Amazon Web Services,</p>
<p>We have opened case %s to address your issue. Here's a summary:</p>
<p><b>Case ID:</b> %s<br>
<b>Subject:</b> T&amp;C account consolidation &ndash; two candidate IDs<br>
<b>Severity:</b> Low<br>
<b>Correspondence:</b> Hi, my certifications are split between AWS84412609 and aws29930571. I submitted the web form a week ago but never received anything back. Please consolidate into AWS84412609.</p>
<p>You can view or update this case at any time in the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>. Replies sent to this address are not monitored.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</td></tr></table></body></html>""" % (E_CASE, E_CASE, E_CASE)
body = leaf(html, 'html', cte='quoted-printable')
m = aws_mail(body, E['email'], 'Amazon Web Services: You have opened a new Support case: %s' % E_CASE,
             d, 'gmail', local='no-reply-aws')
add('aws-support-new-case', m, 'case_created', E_CASE, [E['keep'], E['old']], True, 'en')

# 7 en, short "logged" ack, H, base64
d = H_OPEN + dt.timedelta(seconds=33)
txt = """Hello Sophie,

This is an automated note to let you know that your message to AWS Training and Certification has been logged. Your reference is %s.

Someone from the team normally gets back to you within one business day. If you think of anything else we should know (for example the sign-in email on each of your certification profiles), reply to this message and keep the reference in the subject.

Thanks for your patience,
AWS Training and Certification
""" % H_CASE
body = leaf(txt, cte='base64')
m = aws_mail(body, H['email'], 'Your request has been logged [CASE %s]' % H_CASE, d, 'fastmail')
add('aws-tc-reference', m, 'case_created', H_CASE, [], True, 'en')

# 8 ja, console ack in Japanese, F (Office 365)
d = F_OPEN + dt.timedelta(seconds=28)
txt = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス
内容: 会社のメールアドレス（misaki.suzuki@kitaboshi-sys.co.jp）で登録した AWS70651388 と、個人アドレスで登録した AWS16927450 の2つの認定アカウントがあります。AWS70651388 を残して統合をお願いします。

ケースの状況確認や追加情報の送信は、AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用です。ご返信いただいてもお答えできません。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (F_CASE, F_CASE, F_CASE)
body = leaf(txt, cte='base64')
subj = ew('Amazon Web Services: 新しいサポートケースを作成しました: %s' % F_CASE, chunk=22)
m = aws_mail(body, F['email'], subj, d, 'o365', local='no-reply-aws')
add('aws-support-case-ja', m, 'case_created', F_CASE, [F['keep'], F['old']], True, 'ja')

# 9 ja, form ack with an ASCII table, ISO-2022-JP, G (OCN)
d = G_OPEN + dt.timedelta(seconds=45)
txt = """小林 悠斗 様

AWS トレーニングと認定 カスタマーサポートです。
下記のとおり、お問い合わせを承りました。

+--------------------+------------------------------------------+
| 受付番号           | %s                          |
| お問い合わせ種別   | 認定 / アカウントの統合                  |
| AWS 受験者 ID      | AWS%s                              |
| 統合対象のID       | AWS-%s                             |
| ご連絡先           | yuto-kobayashi@ceres.ocn.ne.jp           |
+--------------------+------------------------------------------+

ご依頼内容:
  転職にともないメールアドレスが変わり、新しいアカウントで SOA を受験しました。
  古いアカウントの CLF と SAA を新しい方へ移したいです。

担当者より順次ご連絡いたします。お返事まで今しばらくお待ちください。
なお、本メールへの返信は受付番号の付いたまま送信してください。

--
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
""" % (G_CASE, G['keep'][3:], G['old'][3:])
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
subj = ew('お問い合わせ受付のお知らせ [CASE %s]' % G_CASE, charset='ISO-2022-JP', codec='iso-2022-jp', chunk=12)
m = aws_mail(body, G['email'], subj, d, 'ocn')
add('tc-uketsuke', m, 'case_created', G_CASE, [G['keep'], G['old']], True, 'ja')

# 10 ja, look-alike acknowledgement (phishing), G
d = T('2025-10-22 06:41:09')
ph_case = '176111046800187'
html = """<html><body style="font-family:sans-serif">
<p>AWS認定をご利用のお客様</p>
<p>お問い合わせありがとうございます。アカウント統合のご依頼をケース番号 <b>%s</b> として受け付けました。</p>
<p>担当者が対応を開始するには、お客様ご本人のサインインが必要です。48時間以内に下記のボタンからサインインし、受付内容をご確認ください。期限を過ぎると受付は自動的に取り消されます。</p>
<p><a href="https://aws-certification-support.jp-case.info/signin?c=%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">受付内容を確認する</a></p>
<p>AWS Training &amp; Certification サポート窓口</p>
</body></html>""" % (ph_case, ph_case)
body = leaf(html, 'html', cte='base64')
snd = s_plain('aws-certification-support.jp', '45.128.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              'mail.aws-certification-support.jp', mailfrom='info@aws-certification-support.jp', selector='default')
tr = trace('ocn', G['email'], d, snd, dmarc='none')
subj = ew('【AWS】お問い合わせを受け付けました（ケース番号 %s）' % ph_case, chunk=16)
h = std(addr('AWS Training & Certification', 'support@aws-certification-support.jp'), G['email'], subj, d,
        '<%s@aws-certification-support.jp>' % ruuid())
m = build(body, h, tr, [('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])
add('aws-uketsuke-notice', m, 'case_created', ph_case, [], False, 'ja')

# 11 ja, console ack, I (Gmail), Q-encoded subject split over lines
d = I_OPEN + dt.timedelta(seconds=17)
txt = """アマゾン ウェブ サービスをご利用いただきありがとうございます。

お客様のケース %s を受け付けました。サポート担当者が確認し、順次ご連絡いたします。

ケース ID: %s
件名: 認定アカウント統合のお願い（旧アカウント aws75318806）
重要度: 一般的な質問

ケースへの返信や状況の確認は AWS サポートセンターをご利用ください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

本メールは送信専用アドレスから配信しています。

アマゾン ウェブ サービス
""" % (I_CASE, I_CASE, I_CASE)
body = leaf(txt, cte='quoted-printable')
subj = 'Amazon Web Services: ' + ew('新しいサポートケースを受け付けました: ', enc='Q', chunk=8) + '\n ' + I_CASE
m = aws_mail(body, I['email'], subj, d, 'gmail', local='no-reply-aws')
add('aws-new-case-i', m, 'case_created', I_CASE, [I['old']], True, 'ja')

# 12 en, E's earlier form submission ack, exported without trace headers (no Authentication-Results)
E_OPEN0 = T('2025-06-30 10:03:27'); E_CASE0 = case15(E_OPEN0, 7712)
d = E_OPEN0 + dt.timedelta(seconds=58)
txt = """Dear Marco,

Thank you for reaching out to AWS Training and Certification Customer Support.

Your inquiry is registered as case %s. A support representative will review the details you provided and follow up, typically within 24 hours.

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS84412609

Please reply to this message if you have further information to share. Including the case number helps us find your request quickly.

Best regards,
AWS Training and Certification Customer Support
""" % E_CASE0
body = leaf(txt, cte='7bit', charset='us-ascii')
mloc, host = ses_mid(d)
h = std('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', E['email'],
        '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE0, d,
        '<%s@%s>' % (mloc, host))
m = build(body, h, [], [('X-Mozilla-Status', '0001'), ('X-Mozilla-Status2', '00000000')])
add('tc-form-export', m, 'case_created', E_CASE0, [E['keep']], None, 'en')

# ---------------------------------------------------------------- support_reply
# 13 en, desk auto-acknowledgement of the user's reply, D
d = T('2026-01-15 19:26:44')
txt = """Hi Priya,

We've received your reply and attached it to your existing case %s. No new case has been created, and your place in the queue is unchanged.

What you sent:
  "The details are correct. Please proceed with the merge. Thank you!"

The specialist handling your case will review your message and get back to you by email.

AWS Training and Certification Customer Support
""" % D_CASE
body = leaf(txt, cte='quoted-printable')
m = aws_mail(body, D['email'], 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE,
             d, 'outlookcom')
add('tc-reply-received', m, 'support_reply', D_CASE, [], True, 'en')

# 14 ja, desk auto-acknowledgement of the user's reply, A
d = T('2025-05-29 01:18:05')
txt = """佐藤 遥 様

ご返信ありがとうございます。
いただいたメッセージは、お問い合わせ番号 %s に追加されました。
新しいお問い合わせとしては登録されておりませんので、重ねてのご連絡は不要です。

担当者が内容を確認し、このメールアドレス宛にご連絡いたします。

AWS トレーニングと認定 カスタマーサポート
""" % A_CASE
html = "<html><body><p>佐藤 遥 様</p><p>ご返信ありがとうございます。<br>いただいたメッセージは、お問い合わせ番号 <b>%s</b> に追加されました。新しいお問い合わせとしては登録されておりません。</p><p>担当者が内容を確認し、ご連絡いたします。</p><p>AWS トレーニングと認定 カスタマーサポート</p></body></html>" % A_CASE
body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
subj = 'RE:[CASE %s] ' % A_CASE + ew('ご返信を受け付けました', chunk=7)
m = aws_mail(body, A['email'], subj, d, 'gmail')
add('tc-henshin-uketsuke', m, 'support_reply', A_CASE, [], True, 'ja')

# 15 en, console "new correspondence" notice, B
d = T('2025-09-16 17:03:51')
txt = """Hello,

We've updated your support case. To see the new correspondence, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: Combine two Training and Certification profiles into one

If you have any questions, respond through the Support Center. This email address can't receive replies.

Amazon Web Services
""" % (B_CASE, B_CASE)
body = leaf(txt, cte='7bit', charset='us-ascii')
m = aws_mail(body, B['email'], '[Case %s] New correspondence added' % B_CASE, d, 'o365', local='no-reply-aws')
add('aws-case-update', m, 'support_reply', B_CASE, [], True, 'en')

# 16 en, "thank you for confirming, we will now proceed", Outlook-style quote below, D
d = T('2026-01-16 14:07:20')
txt = """Hello Priya,

Thank you for confirming. I have passed the request to our certification records team and they will now combine AWS58104293 and AWS12098735 into AWS37760412. This normally takes one to two business days. I'll write again as soon as they've finished, and at that point you'll be able to sign in with priya.raman88@outlook.com and see everything in one place.

Please don't sit your exam on the 30th with either of the older logins in the meantime.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support

________________________________
From: Priya Raman <priya.raman88@outlook.com>
Sent: Thursday, January 15, 2026 11:26 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge. Thank you!

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, January 15, 2026 8:52 AM
To: priya.raman88@outlook.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Priya,

Before we go ahead, please confirm the following:

Account to keep: AWS37760412 (priya.raman88@outlook.com)
Accounts to be merged into it: AWS58104293, AWS12098735

Once merged, the two older accounts are closed and this cannot be reversed. Reply "confirmed" if this is correct.

Tomasz W.
AWS Training and Certification Customer Support
""" % (D_CASE, D_CASE)
body = leaf(txt, cte='quoted-printable')
m = aws_mail(body, D['email'], 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE,
             d, 'outlookcom')
add('tc-case-reply-d', m, 'support_reply', D_CASE, [D['keep'], D['old'], D['old2']], True, 'en')

# 17 ja, conditional "once complete we will ...", console reply, F
d = T('2026-02-18 05:44:12')
txt = """鈴木様

AWS サポートの森です。ご確認のご返信をいただき、ありがとうございます。

ご指定のとおり、AWS70651388 を残すアカウントとして、AWS16927450 の認定履歴を統合する手続きを認定チームに依頼いたしました。
作業が終わりましたら、本ケースにて改めてお知らせいたします。通常 1～3 営業日ほどお時間をいただいております。

統合が完了した後、Credly のデジタルバッジについても残る側のアカウントへ移し替えが行われます。バッジの通知メールが届くまでには、完了からさらに数日かかる場合がございます。

引き続きよろしくお願いいたします。

森 Amazon Web Services

==============================
ご意見をお聞かせください。このやり取りの評価は、下記リンクから AWS サポートセンターにサインインのうえお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
==============================
""" % F_CASE
body = leaf(txt, cte='base64')
subj = 'RE:[CASE %s] ' % F_CASE + ew('認定アカウントが2つあるので1つにまとめたい', chunk=12)
m = aws_mail(body, F['email'], subj, d, 'o365', local='no-reply-aws')
add('aws-case-reply-f', m, 'support_reply', F_CASE, [F['keep'], F['old']], True, 'ja')

# 18 ja, follow-up "do you still need help?", G
d = T('2025-10-24 08:30:55')
txt = """小林 悠斗 様

AWS トレーニングと認定 カスタマーサポートの青木です。

10月21日にお送りした、残すアカウントの確認についてのメールはお手元に届いておりますでしょうか。
引き続きサポートが必要でしたら、以下の2点をこのメールへのご返信でお知らせください。

 1. 今後ご利用になるアカウント（AWS52239074 / AWS88016342 のどちらか）
 2. 残すアカウントでサインインに使うメールアドレス

7 日間ご返信がない場合は、解決済みとして本件をいったんクローズいたします。クローズ後も、このメールに返信いただければ再開できます。

青木
AWS トレーニングと認定 カスタマーサポート
"""
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
subj = 'RE:[CASE %s] ' % G_CASE + ew('お問い合わせの件（ご確認のお願い）', charset='ISO-2022-JP', codec='iso-2022-jp')
m = aws_mail(body, G['email'], subj, d, 'ocn')
add('tc-followup-g', m, 'support_reply', G_CASE, [G['keep'], G['old']], True, 'ja')

# ---------------------------------------------------------------- merge_confirmation_requested
# 19 en, spoofed amazon.com From, dmarc=fail at Gmail; a forged "pass" header lower down. E
d = T('2025-07-09 03:48:26')
ph_case2 = '175202890400612'
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Candidate,</p>
<p>We are ready to consolidate your AWS Certification accounts. Before we finalise, please verify the following details:</p>
<ul><li>Primary account (retained): <b>AWS84412609</b></li>
<li>Secondary account (to be merged and closed): <b>AWS29930571</b></li></ul>
<p>Because this change is permanent, you must confirm it by signing in with your AWS Certification credentials within <b>24 hours</b>. Unconfirmed requests are cancelled and your certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certmerge-verify.com/confirm?case=%s&amp;u=marco.bianchi.dev" style="background:#ec7211;color:#fff;padding:12px 24px;text-decoration:none;border-radius:3px">Confirm account merge</a></p>
<p>Case: %s</p>
<p>Regards,<br>AWS Training and Certification</p>
</body></html>""" % (ph_case2, ph_case2)
body = leaf(html, 'html', cte='quoted-printable')
snd = dict(kind='plain', from_domain='amazon.com', ip='185.234.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
           helo='vps-%s.hosted-by-servinga.com' % rhex(6), mailfrom='www-data@vps-%s.hosted-by-servinga.com' % rhex(6), dkim=[])
forged = 'mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com'
tr = trace('gmail', E['email'], d, snd, dmarc='fail', spf='softfail', dkim='none', forged_lower_ar=forged)
tr = [(k, v.replace('dkim=none', 'dkim=none') ) for k, v in tr]
h = std('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', E['email'],
        'Action required: confirm merge of your AWS Certification accounts [CASE %s]' % ph_case2, d,
        '<%s.%s@vps-host.local>' % (rhex(14), rhex(6)))
m = build(body, h, tr)
add('aws-cert-action-required', m, 'merge_confirmation_requested', ph_case2, [E['keep'], E['old']], False, 'en')

# 20 ja, confirmation request from the form desk, C; ids written with a space
d = T('2025-11-05 06:12:40')
txt = """田中 健一 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
アカウントの統合についてお問い合わせいただき、ありがとうございます。

お調べしたところ、以下の2つのアカウントが確認できました。作業の前に内容のご確認をお願いいたします。

  残すアカウント : AWS 63829105（k-tanaka@kfa.biglobe.ne.jp）
  統合元アカウント : AWS 05271846（tanaka.kenichi@example-old.co.jp）

統合元アカウントの認定資格・試験履歴は、残すアカウントへすべて移されます。統合元アカウントは閉鎖され、統合後に元の状態へ戻すことはできません。

上記で問題がなければ、このメールに「上記の内容で問題ありません」とご返信ください。ご返信を確認し次第、手続きを進めます。
残すアカウントを逆にしたい場合も、その旨お知らせください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
body = leaf(txt, cte='base64')
subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE
m = aws_mail(body, C['email'], subj, d, 'biglobe')
add('tc-kakunin-c', m, 'merge_confirmation_requested', C_CASE, [C['keep'], C['old']], True, 'ja')

# 21 en, confirmation request with lower-case / dashed ids, H (Fastmail); her submission quoted
d = T('2025-08-20 15:31:07')
txt = """Hi Sophie,

Thanks for your patience. I located two certification profiles under your name:

  - aws41187650 - sophie.laurent@fastmail.com (the one you sign in with today)
  - AWS-66502913 - s.laurent@brightwave-consulting.fr (created in 2022)

My plan is to keep aws41187650 and bring the exam history and the Developer - Associate certification from AWS-66502913 across to it. After that the 2022 profile will no longer be usable, and I'm not able to undo this step once it has run.

Could you reply to this email to let me know the above is right before I go ahead? If you would rather keep the 2022 profile instead, just say so.

Kind regards,
Aisha K.
AWS Training and Certification Customer Support

-----Original Message-----
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS41187650
Description: I have an older profile from my previous job. Please merge it into my current one.
"""
body = leaf(txt, cte='quoted-printable', charset='us-ascii')
m = aws_mail(body, H['email'], 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE,
             d, 'fastmail')
add('tc-case-reply-h', m, 'merge_confirmation_requested', H_CASE, [H['keep'], H['old']], True, 'en')

# ---------------------------------------------------------------- merge_completed
# 22 en, console reply: done + resolved + rating, B
d = T('2025-09-17 21:15:33')
txt = """Hello Daniel,

I'm happy to let you know that your two Training and Certification profiles are now one. Everything that was on AWS20586471 - your Solutions Architect - Associate, the exam history and the benefits - has been moved to AWS91347208, and AWS20586471 has been deactivated. From now on, please sign in with the email address linked to AWS91347208.

Your Credly badges should follow within a few days. If they haven't shown up on your Credly profile after a week, reply here and we'll chase it.

As the request is complete, I'll set this case to resolved.

Best regards,
Lena M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and its affiliates are not responsible for any action taken based on this information.

To see the full text of this case or to rate this correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % B_CASE
body = leaf(txt, cte='quoted-printable')
m = aws_mail(body, B['email'], 'RE:[CASE %s] Combine two Training and Certification profiles into one' % B_CASE,
             d, 'o365', local='no-reply-aws')
add('aws-case-reply-b', m, 'merge_completed', B_CASE, [B['keep'], B['old']], True, 'en')

# 23 ja, completion in ISO-2022-JP, C
d = T('2025-11-07 02:05:18')
txt = """田中 健一 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。

ご確認いただいた内容に基づき、AWS 05271846 に登録されていた認定資格および試験履歴を
AWS 63829105 へ移行いたしました。AWS 05271846 は閉鎖済みのため、今後は
k-tanaka@kfa.biglobe.ne.jp でサインインのうえ、AWS 63829105 をご利用ください。

認定特典（次回試験の 50%% 割引など）も同じアカウントでご確認いただけます。
Credly のバッジは数日以内に届く予定です。

以上で本件はクローズとさせていただきます。ご不明な点があれば、このメールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
txt = txt.replace('%%', '%')
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
subj = 'RE:[CASE %s] ' % C_CASE + ew('アカウント統合の件', charset='ISO-2022-JP', codec='iso-2022-jp')
m = aws_mail(body, C['email'], subj, d, 'biglobe')
add('tc-kanryou-c', m, 'merge_completed', C_CASE, [C['keep'], C['old']], True, 'ja')

# 24 en, completion with a nested Outlook thread under it, D
d = T('2026-01-17 10:42:09')
txt = """Hello Priya,

Good news: the consolidation you approved is finished. Your Cloud Practitioner and Solutions Architect - Associate records now sit under AWS37760412, and the two older profiles have been retired, so they will no longer accept a sign-in. Your exam booked for January 30 is unaffected.

Please sign in at https://www.aws.training/Certification and check that both certifications appear under your profile. Credly usually reissues the badges within 2-3 business days.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, January 16, 2026 9:07 AM
To: priya.raman88@outlook.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Priya,

Thank you for confirming. I have passed the request to our certification records team and they will now combine AWS58104293 and AWS12098735 into AWS37760412.

________________________________
From: Priya Raman <priya.raman88@outlook.com>
Sent: Thursday, January 15, 2026 11:26 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge. Thank you!

> Account to keep: AWS37760412 (priya.raman88@outlook.com)
> Accounts to be merged into it: AWS58104293, AWS12098735
> Once merged, the two older accounts are closed and this cannot be reversed. Reply "confirmed" if this is correct.
""" % (D_CASE, D_CASE)
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><p>' + \
       txt.split('________________________________')[0].strip().replace('\n\n', '</p><p>').replace('\n', '<br>') + \
       '</p></div><hr><div style="color:#555">' + '________________________________'.join(
           txt.split('________________________________')[1:]).replace('\n', '<br>') + '</div></body></html>'
body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
m = aws_mail(body, D['email'], 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE,
             d, 'outlookcom')
add('tc-case-reply-d2', m, 'merge_completed', D_CASE, [D['keep']], True, 'en')

# 25 ja, console: 統合が完了しました + survey footer, F
d = T('2026-02-19 07:20:46')
txt = """鈴木様

AWS サポートの森です。お待たせいたしました。

AWS16927450 の認定履歴を AWS70651388 に統合する作業が完了しました。AWS16927450 は無効となりましたので、今後は AWS70651388（misaki.suzuki@kitaboshi-sys.co.jp）でサインインしてください。

Credly のバッジにつきましては、数日以内に Credly から通知メールが届く見込みです。

本件はこれで解決済みとさせていただきます。よろしければ、下記のアンケートにご協力ください。

森 Amazon Web Services

==============================
今回の対応はいかがでしたか？
AWS サポートセンターにサインインし、このやり取りを星の数で評価してください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
==============================
""" % F_CASE
body = leaf(txt, cte='quoted-printable')
subj = 'RE:[CASE %s] ' % F_CASE + ew('認定アカウントが2つあるので1つにまとめたい', chunk=10)
m = aws_mail(body, F['email'], subj, d, 'o365', local='no-reply-aws')
add('aws-case-reply-f2', m, 'merge_completed', F_CASE, [F['keep'], F['old']], True, 'ja')

# 26 ja, completion on top of a Gmail-style Japanese thread with nested quotes, A
d = T('2025-05-30 04:33:27')
txt = """佐藤 遥 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本です。

ご返信いただいた内容のとおり、旧アカウントの SAA・DVA の認定と試験履歴をすべて AWS48201937 へ移し、旧アカウントは閉鎖いたしました。
お手数ですが、認定アカウントにサインインし、2つの認定が表示されていることをご確認ください。

このたびはお問い合わせいただき、ありがとうございました。

山本
AWS トレーニングと認定 カスタマーサポート

2025年5月29日(木) 10:17 佐藤 遥 <haruka.sato.0412@gmail.com>:
> 山本様
>
> ご連絡ありがとうございます。内容に間違いありません。統合を進めてください。
>
> 2025年5月28日(水) 17:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 遥 様
> >
> > 以下のとおり統合してよろしいか、ご確認ください。
> >   残すアカウント: AWS48201937
> >   統合されるアカウント: AWS73015562
> > 統合は取り消しができません。問題なければご返信ください。
"""
body = leaf(txt, cte='base64')
subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
m = aws_mail(body, A['email'], subj, d, 'gmail')
add('tc-case-reply-a', m, 'merge_completed', A_CASE, [A['keep']], True, 'ja')

# ---------------------------------------------------------------- survey
# 27 ja, star rating three days after closure, A
d = T('2025-06-02 00:10:02')
stars = ''.join('<td align="center" style="padding:4px"><a href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=%d" style="font-size:26px;color:#ff9900;text-decoration:none">%s</a><br><span style="font-size:11px">%d</span></td>'
                % (A_CASE, i, '★' * i, i) for i in range(1, 6))
html = """<html><body style="font-family:sans-serif;font-size:14px">
<p>佐藤 遥 様</p>
<p>先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。<br>
お問い合わせ番号 %s について、担当者の対応はいかがでしたか。</p>
<p>該当する星をクリックしてください（1: 不満 ～ 5: 満足）。回答は 1 クリックで完了します。</p>
<table><tr>%s</tr></table>
<p style="font-size:12px;color:#666">このメールは、対応が終了したお問い合わせについてお送りしています。ご回答いただいた内容は、サービス改善のためにのみ使用いたします。</p>
</body></html>""" % (A_CASE, stars)
txt = """佐藤 遥 様

先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ番号 %s についての対応を 1～5 で評価してください。

https://survey.aws-tc-support.amazon.com/r?c=%s

AWS トレーニングと認定
""" % (A_CASE, A_CASE)
body = alt(leaf(txt, cte='base64'), leaf(html, 'html', cte='base64'))
subj = ew('【ご意見をお聞かせください】AWS トレーニングと認定サポートの対応について', chunk=14)
m = aws_mail(body, A['email'], subj, d, 'gmail', frm='"AWS Training and Certification" <aws-tc-feedback@amazon.com>',
             local='aws-tc-feedback')
add('tc-feedback-a', m, 'survey', A_CASE, [], True, 'ja')

# 28 en, NPS line six days after the case was resolved, B
d = T('2025-09-23 16:02:11')
nps = ' '.join('<a href="https://aws-support-feedback.amazon.com/nps?d=%s&amp;v=%d" style="display:inline-block;width:28px;padding:6px 0;border:1px solid #aab7b8;text-align:center;color:#0073bb;text-decoration:none">%d</a>'
               % (B_CASE, i, i) for i in range(11))
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Your support case <b>%s</b> (&ldquo;Combine two Training and Certification profiles into one&rdquo;) was resolved on September 17, 2025.</p>
<p><b>How likely are you to recommend AWS Support to a friend or colleague?</b></p>
<p>%s</p>
<p style="font-size:12px;color:#545b64">0 = not at all likely &nbsp;&nbsp; 10 = extremely likely</p>
<p>Thank you,<br>AWS Support</p>
<p style="font-size:11px;color:#879596">You are receiving this one-time message because you recently had a case with AWS Support. <a href="https://aws-support-feedback.amazon.com/optout">Unsubscribe from AWS Support surveys</a>.</p>
</body></html>""" % (B_CASE, nps)
txt = """Hello,

Your support case %s ("Combine two Training and Certification profiles into one") was resolved on September 17, 2025.

How likely are you to recommend AWS Support to a friend or colleague? (0 = not at all likely, 10 = extremely likely)
https://aws-support-feedback.amazon.com/nps?d=%s

Thank you,
AWS Support
""" % (B_CASE, B_CASE)
body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
m = aws_mail(body, B['email'], 'One question about your recent AWS Support case', d, 'o365',
             frm='"AWS Support" <aws-support-feedback@amazon.com>', local='aws-support-feedback')
add('aws-support-question', m, 'survey', B_CASE, [], True, 'en')

# 29 ja, closure notice only (no statement about the merge), C
d = T('2025-11-07 02:06:01')
txt = """田中 健一 様

お問い合わせ番号 %s はクローズされました。
AWS トレーニングと認定をご利用いただき、ありがとうございました。

問題は解決しましたか？
  はい   → https://aws-tc-support.amazon.com/feedback?case=%s&resolved=1
  いいえ → https://aws-tc-support.amazon.com/feedback?case=%s&resolved=0

追加のご質問がある場合は、このメールに返信すると同じお問い合わせとして再開されます。

AWS トレーニングと認定 カスタマーサポート
""" % (C_CASE, C_CASE, C_CASE)
body = leaf(txt, cte='quoted-printable')
subj = ew('お問い合わせ %s クローズのお知らせ' % C_CASE, chunk=15)
m = aws_mail(body, C['email'], subj, d, 'biglobe')
add('tc-close-c', m, 'survey', C_CASE, [], True, 'ja')

# 30 en, single click YES / NO, D
d = T('2026-01-17 10:44:51')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;border:1px solid #eaeded">
<h2 style="font-weight:normal;margin-top:0">Was your issue resolved?</h2>
<p>Case %s has been closed. One click tells us whether we got it right.</p>
<p><a href="https://aws-tc-support.amazon.com/csat?c=%s&amp;a=yes" style="background:#1d8102;color:#fff;padding:10px 30px;text-decoration:none;margin-right:12px">YES</a>
<a href="https://aws-tc-support.amazon.com/csat?c=%s&amp;a=no" style="background:#d13212;color:#fff;padding:10px 32px;text-decoration:none">NO</a></p>
<p style="font-size:12px;color:#687078">AWS Training and Certification Customer Support</p>
</td></tr></table></body></html>""" % (D_CASE, D_CASE, D_CASE)
body = leaf(html, 'html', cte='quoted-printable')
m = aws_mail(body, D['email'], 'How did we do? [CASE %s]' % D_CASE, d, 'outlookcom')
add('tc-how-did-we-do', m, 'survey', D_CASE, [], True, 'en')

# 31 en, E's first (form) case closed as duplicate; stars; HTML only
d = T('2025-07-10 12:30:40')
stars = ' '.join('<a href="https://aws-tc-support.amazon.com/rate?c=%s&amp;r=%d" style="font-size:24px;color:#ff9900;text-decoration:none">&#9733;</a>'
                 % (E_CASE0, i) for i in range(1, 6))
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Marco,</p>
<p>We've closed case %s. The same request is being handled in case %s, so there is nothing further you need to do here.</p>
<p>How would you rate the support you received on this case?</p>
<p>%s</p>
<p>Tap a star &ndash; one tap is all it takes.</p>
<p>AWS Training and Certification Customer Support</p>
</body></html>""" % (E_CASE0, E_CASE, stars)
body = leaf(html, 'html', cte='base64')
m = aws_mail(body, E['email'], 'Case %s closed - rate your experience' % E_CASE0, d, 'gmail')
add('tc-closed-rate', m, 'survey', E_CASE0, [], True, 'en')

# 32 en, resolved notice + survey, with the earlier completion quoted below, E
d = T('2025-07-11 09:05:12')
txt = """Hello,

Your case %s has been marked as resolved. We'd love to hear how it went - it takes less than a minute:

https://console.aws.amazon.com/support/feedback?displayId=%s

If something still isn't right, you can reopen the case from the Support Center within 14 days.

Amazon Web Services

-------- Last correspondence on this case --------
> Hello Marco,
>
> The merge is done. AWS29930571 has been merged into AWS84412609 and your
> Developer - Associate and Solutions Architect - Associate certifications are
> now both listed on AWS84412609. The older account has been closed.
>
> Kind regards,
> Rafael
> Amazon Web Services
""" % (E_CASE, E_CASE)
body = leaf(txt, cte='quoted-printable')
m = aws_mail(body, E['email'], '[Case %s] Case resolved - tell us how we did' % E_CASE, d, 'gmail', local='no-reply-aws')
add('aws-case-resolved-e', m, 'survey', E_CASE, [], True, 'en')

# 33 ja, NPS line, base64, five days after closure, F
d = T('2026-02-24 01:00:37')
txt = """鈴木 美咲 様

先日は AWS サポートをご利用いただき、誠にありがとうございました（ケース ID: %s、2026年2月19日 解決）。

AWS サポートを同僚やご友人に薦める可能性は、0～10 のうちどのくらいですか？

  0  1  2  3  4  5  6  7  8  9  10
  https://aws-support-feedback.amazon.com/nps?d=%s&lang=ja

（0 = まったく薦めない / 10 = 強く薦める）

ご回答は 1 問のみ、所要時間は 1 分ほどです。

アマゾン ウェブ サービス サポート

※このアンケートはケースが解決した数日後にお送りしています。配信停止: https://aws-support-feedback.amazon.com/optout
""" % (F_CASE, F_CASE)
body = leaf(txt, cte='base64')
subj = ew('AWS サポートに関する 1 問だけのアンケート', chunk=11)
m = aws_mail(body, F['email'], subj, d, 'o365', frm='"AWS Support" <aws-support-feedback@amazon.com>',
             local='aws-support-feedback')
add('aws-support-nps-ja', m, 'survey', F_CASE, [], True, 'ja')

# 34 ja, survey reminder a week after closure, G (ISO-2022-JP)
d = T('2025-11-03 00:45:29')
txt = """小林 悠斗 様

先日お送りしたアンケートへのご協力のお願いを、再度お送りいたします。
すでにご回答いただいた場合は、本メールは破棄してください。

対象のお問い合わせ: %s（10月27日 クローズ）

 ・今回の回答に満足しましたか？（5段階）
 ・問題は解決しましたか？（はい／いいえ）

回答はこちら: https://aws-tc-support.amazon.com/feedback?case=%s&lang=ja

AWS トレーニングと認定 カスタマーサポート
""" % (G_CASE, G_CASE)
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
subj = ew('【再送】アンケートご協力のお願い', charset='ISO-2022-JP', codec='iso-2022-jp')
m = aws_mail(body, G['email'], subj, d, 'ocn', frm='"AWS Training and Certification" <aws-tc-feedback@amazon.com>',
             local='aws-tc-feedback')
add('tc-feedback-g', m, 'survey', G_CASE, [], True, 'ja')

# 35 en, resolved for inactivity + rating, H
d = T('2025-08-30 15:40:18')
txt = """Hi Sophie,

We haven't heard back from you since our last message, so we've marked case %s as resolved. If you still need help, simply reply to this email within the next 14 days and the case will reopen with the same agent.

Could you tell us how we did? Pick one:

  Very satisfied      https://aws-tc-support.amazon.com/csat?c=%s&v=5
  Satisfied           https://aws-tc-support.amazon.com/csat?c=%s&v=4
  Neutral             https://aws-tc-support.amazon.com/csat?c=%s&v=3
  Dissatisfied        https://aws-tc-support.amazon.com/csat?c=%s&v=2
  Very dissatisfied   https://aws-tc-support.amazon.com/csat?c=%s&v=1

AWS Training and Certification Customer Support
""" % ((H_CASE,) * 6)
body = leaf(txt, cte='7bit', charset='us-ascii')
m = aws_mail(body, H['email'], 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE,
             d, 'fastmail')
add('tc-case-reply-h2', m, 'survey', H_CASE, [], True, 'en')

# 36 en, look-alike "feedback" mail with a reward (not AWS), B
d = T('2025-09-25 13:17:44')
html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Daniel,</p>
<p>Thank you for contacting AWS Support recently. Please take our 30-second satisfaction survey about your closed case &mdash; as a thank-you, every completed response receives a <b>$50 AWS Promotional Credit</b>.</p>
<p><a href="https://aws-feedback-rewards.com/s/8f31c?e=daniel.okafor%40northwindlabs.io" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Start survey</a></p>
<p>The offer expires in 48 hours.</p>
<p>AWS Customer Experience Team</p>
</body></html>"""
body = leaf(html, 'html', cte='base64')
snd = s_plain('aws-feedback-rewards.com', '91.92.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              'smtp.aws-feedback-rewards.com', mailfrom='bounce@aws-feedback-rewards.com', selector='mail')
tr = trace('o365', B['email'], d, snd, dmarc='pass')
h = std('AWS Customer Experience <survey@aws-feedback-rewards.com>', B['email'],
        'Your feedback on your recent AWS Support case', d, '<%s@aws-feedback-rewards.com>' % ruuid())
m = build(body, h, tr)
add('aws-feedback-reward', m, 'survey', None, [], False, 'en')

# 37 ja, console resolved notice with a one-click yes/no, I
d = T('2026-03-06 08:22:15')
txt = """アマゾン ウェブ サービスをご利用いただきありがとうございます。

ケース %s は解決済みになりました。

お問い合わせの問題は解決しましたか？ 該当するほうをクリックしてください。
  はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

ケースを再開する場合は、サポートセンターから返信してください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

アマゾン ウェブ サービス
""" % ((I_CASE,) * 4)
body = leaf(txt, cte='base64')
subj = ew('[Case %s] ケースは解決済みになりました' % I_CASE, chunk=20)
m = aws_mail(body, I['email'], subj, d, 'gmail', local='no-reply-aws')
add('aws-case-resolved-i', m, 'survey', I_CASE, [], True, 'ja')

# ---------------------------------------------------------------- credly_badge_issued
def credly_html(inner, lang='en'):
    foot = ('You are receiving this email because you earned a badge on Credly. '
            '<a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a><br>'
            'Credly by Pearson &middot; New York, NY') if lang == 'en' else \
           ('このメールは、Credly でバッジを獲得された方にお送りしています。'
            '<a href="https://www.credly.com/earner/settings/notifications">メール設定の変更</a><br>Credly by Pearson')
    return ('<html><body style="margin:0;background:#f5f5f5"><table width="100%%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">'
            '<tr><td style="padding:20px"><img src="https://images.credly.com/email/credly-logo.png" width="90" alt="Credly"></td></tr>'
            '<tr><td style="padding:0 32px 24px">%s</td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee">%s</td></tr>'
            '</table></td></tr></table></body></html>') % (inner, foot)


def badge_btn(label, url):
    return ('<p style="text-align:center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;'
            'border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>') % (url, label)


def badge_url():
    return 'https://www.credly.com/earner/earned/badge/%s' % ruuid()


# 38 en, classic "accept your badge", E
d = T('2025-07-12 14:51:09')
u = badge_url()
inner = """<h1 style="font-size:22px;font-weight:normal">Congratulations, Marco!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge.</p>
<p style="text-align:center"><img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="160" alt="badge"><br>
<b>AWS Certified Developer &ndash; Associate</b></p>
<p>Accept the badge to add it to your Credly profile and share it with your network.</p>""" + badge_btn('Accept your badge', u)
txt = """Congratulations, Marco!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept your badge: %s

Credly by Pearson
""" % u
body = alt(leaf(txt, cte='quoted-printable'), leaf(credly_html(inner), 'html', cte='quoted-printable'))
m = credly_mail(body, E['email'], 'Marco, accept your AWS Certified Developer - Associate badge', d, 'gmail')
add('credly-badge-e', m, 'credly_badge_issued', None, [], True, 'en')

# 39 en, badge re-issued after the merge, D
d = T('2026-01-19 18:20:44')
u = badge_url()
inner = """<h1 style="font-size:22px;font-weight:normal">Your badge has been re-issued</h1>
<p>Hi Priya,</p>
<p>Amazon Web Services Training and Certification re-issued the following badge to you:</p>
<p><b>AWS Certified Cloud Practitioner</b><br>Issued: March 4, 2023 &middot; Expires: March 4, 2026</p>
<p>The earlier copy of this badge, held under a different email address, has been replaced by this one. Accept it to keep it visible on your profile.</p>""" + badge_btn('Accept badge', u)
txt = """Hi Priya,

Amazon Web Services Training and Certification re-issued the following badge to you:
AWS Certified Cloud Practitioner (issued March 4, 2023, expires March 4, 2026)

The earlier copy of this badge, held under a different email address, has been replaced by this one.

Accept badge: %s
""" % u
body = alt(leaf(txt, cte='quoted-printable'), leaf(credly_html(inner), 'html', cte='quoted-printable'))
m = credly_mail(body, D['email'], 'Your AWS Certified Cloud Practitioner badge was re-issued', d, 'outlookcom')
add('credly-reissue-d', m, 'credly_badge_issued', None, [], True, 'en')

# 40 en, two badges at once, D
d = T('2026-01-19 18:21:02')
u1, u2 = badge_url(), badge_url()
inner = """<h1 style="font-size:22px;font-weight:normal">You have 2 new badges</h1>
<p>Amazon Web Services Training and Certification just issued you these badges:</p>
<ul><li><b>AWS Certified Solutions Architect &ndash; Associate</b> &mdash; <a href="%s">Accept</a></li>
<li><b>AWS Knowledge: Cloud Essentials</b> &mdash; <a href="%s">Accept</a></li></ul>
<p>They'll appear on your public profile once accepted.</p>""" % (u1, u2) + badge_btn('View my badges', 'https://www.credly.com/earner/earned')
body = leaf(credly_html(inner), 'html', cte='base64')
m = credly_mail(body, D['email'], 'Priya, 2 badges are ready for you to accept', d, 'outlookcom')
add('credly-two-d', m, 'credly_badge_issued', None, [], True, 'en')

# 41 en, "now on your profile" (auto-accept), B; HTML only
d = T('2025-09-20 11:09:57')
u = badge_url()
inner = """<p>Hi Daniel,</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b> from Amazon Web Services Training and Certification is now on your Credly profile.</p>
<p>Because you have automatic acceptance turned on, there's nothing else to do. It was added after your AWS Certification records were combined.</p>
<p><a href="%s">See your badge</a> &middot; <a href="https://www.linkedin.com/sharing/share-offsite/?url=%s">Share on LinkedIn</a></p>""" % (u, u)
body = leaf(credly_html(inner), 'html', cte='quoted-printable')
m = credly_mail(body, B['email'], 'New on your profile: AWS Certified Solutions Architect - Associate', d, 'o365')
add('credly-profile-b', m, 'credly_badge_issued', None, [], True, 'en')

# 42 en, older Acclaim sender, H (new certification, not the merge)
d = T('2025-09-05 22:14:30')
u = 'https://www.youracclaim.com/badges/%s/accept' % ruuid()
txt = """Sophie,

You've earned a badge from Amazon Web Services Training and Certification!

  AWS Certified Solutions Architect - Associate

Claim it here: %s

Once claimed, you can share the badge on LinkedIn, add it to your email signature or embed it on a website.

The Credly team
""" % u
body = leaf(txt, cte='7bit', charset='us-ascii')
m = credly_mail(body, H['email'], "You've earned a badge from Amazon Web Services Training and Certification", d, 'fastmail',
                name='Amazon Web Services Training and Certification', frm_addr='admin@youracclaim.com')
add('acclaim-badge-h', m, 'credly_badge_issued', None, [], True, 'en')

# 43 ja, look-alike Credly mail (not Credly), C
d = T('2025-11-08 11:52:03')
html = """<html><body style="font-family:sans-serif">
<p>田中様</p>
<p>アカウント統合に伴い、AWS 認定のデジタルバッジが再発行されました。</p>
<p>バッジを受け取るには、72時間以内に下のボタンから Credly にサインインしてください。期限を過ぎるとバッジは無効になります。</p>
<p><a href="https://credly-badge-center.net/accept?id=7Q2K9X" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a></p>
<p>Credly サポート</p></body></html>"""
body = leaf(html, 'html', cte='base64')
snd = s_plain('credly-badge-center.net', '103.214.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              'mx1.credly-badge-center.net', mailfrom='noreply@credly-badge-center.net', selector='k1')
tr = trace('biglobe', C['email'], d, snd, dmarc='none', dkim='pass')
subj = ew('【Credly】バッジ再発行のお知らせ', chunk=9)
h = std(addr('Credly', 'noreply@credly-badge-center.net'), C['email'], subj, d, '<%s@credly-badge-center.net>' % rhex(24))
m = build(body, h, tr)
add('credly-saihakkou', m, 'credly_badge_issued', None, [], False, 'ja')

# 44 ja, badges moved after the merge, A
d = T('2025-06-01 00:12:40')
u = 'https://www.credly.com/users/haruka-sato.%s/badges' % rhex(6)
txt = """遥さん

Amazon Web Services Training and Certification が発行した次のバッジが、あなたの Credly アカウントへ移されました。

  ・AWS Certified Solutions Architect – Associate
  ・AWS Certified Developer – Associate

これまで別のメールアドレスで保持していたバッジです。内容を確認して、プロフィールで公開してください。

バッジを確認する: %s

Credly
""" % u
inner = """<p>遥さん</p><p>Amazon Web Services Training and Certification が発行した次のバッジが、あなたの Credly アカウントへ移されました。</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p>これまで別のメールアドレスで保持していたバッジです。</p>""" + badge_btn('バッジを確認する', u)
body = alt(leaf(txt, cte='base64'), leaf(credly_html(inner, 'ja'), 'html', cte='base64'))
subj = ew('バッジがあなたのアカウントに移動しました', chunk=10)
m = credly_mail(body, A['email'], subj, d, 'gmail')
add('credly-idou-a', m, 'credly_badge_issued', None, [], True, 'ja')

# 45 ja, "accept your badge" in Japanese, HTML only, C
d = T('2025-11-09 03:30:15')
u = badge_url()
inner = """<h1 style="font-size:20px;font-weight:normal">おめでとうございます、健一さん</h1>
<p>Amazon Web Services Training and Certification からバッジが発行されました。</p>
<p style="text-align:center"><b>AWS Certified SysOps Administrator &ndash; Associate</b></p>
<p>バッジを承認すると、プロフィールに表示され、LinkedIn などで共有できるようになります。</p>""" + badge_btn('バッジを承認する', u)
body = leaf(credly_html(inner, 'ja'), 'html', cte='quoted-printable')
subj = ew('健一さん、バッジを承認してください', chunk=8)
m = credly_mail(body, C['email'], subj, d, 'biglobe')
add('credly-shounin-c', m, 'credly_badge_issued', None, [], True, 'ja')

# 46 ja, new badge issued, F (Office 365)
d = T('2026-02-21 09:03:50')
u = badge_url()
txt = """美咲さん

新しいバッジが届きました。

発行元: Amazon Web Services Training and Certification
バッジ: AWS Certified Data Engineer – Associate
発行日: 2024年9月12日

次のリンクからバッジを受け取ってください。
%s

Credly
""" % u
inner = """<p>美咲さん</p><p>新しいバッジが届きました。</p>
<table cellpadding="4"><tr><td>発行元</td><td>Amazon Web Services Training and Certification</td></tr>
<tr><td>バッジ</td><td><b>AWS Certified Data Engineer &ndash; Associate</b></td></tr><tr><td>発行日</td><td>2024年9月12日</td></tr></table>""" + badge_btn('バッジを受け取る', u)
body = alt(leaf(txt, cte='quoted-printable'), leaf(credly_html(inner, 'ja'), 'html', cte='quoted-printable'))
subj = ew('Amazon Web Services Training and Certification からバッジが発行されました', chunk=25)
m = credly_mail(body, F['email'], subj, d, 'o365')
add('credly-hakkou-f', m, 'credly_badge_issued', None, [], True, 'ja')

# 47 ja, re-issued, base64, G (OCN)
d = T('2025-10-29 05:47:21')
u = badge_url()
txt = """悠斗さん

Amazon Web Services Training and Certification から、次のバッジが再発行されました。

  AWS Certified Solutions Architect – Associate

以前お使いのメールアドレス宛てに発行されていたバッジを、現在のアカウントにあらためて発行したものです。
下のリンクから承認すると、プロフィールに表示されます。

%s

Credly
""" % u
body = leaf(txt, cte='base64')
subj = ew('悠斗さん、バッジが再発行されました', chunk=9)
m = credly_mail(body, G['email'], subj, d, 'ocn')
add('credly-saihakkou-g', m, 'credly_badge_issued', None, [], True, 'ja')

# ---------------------------------------------------------------- unrelated
# 48 en, resolved + rating on a different case of B (EC2 limit increase)
B_OPEN_EC2 = T('2025-09-08 08:11:30'); B_CASE_EC2 = case15(B_OPEN_EC2, 41)
d = T('2025-09-10 19:37:02')
txt = """Hello,

Your case %s has been resolved.

Case ID: %s
Subject: Limit Increase: EC2 Instances (us-east-1, On-Demand Standard)
Severity: Normal

We approved the increase of your Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota to 512 vCPUs in US East (N. Virginia). It can take up to 30 minutes for the new value to show in the Service Quotas console.

How did we do? Please rate this correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services
""" % (B_CASE_EC2, B_CASE_EC2, B_CASE_EC2)
body = leaf(txt, cte='quoted-printable')
m = aws_mail(body, B['email'], '[Case %s] Case resolved - Limit Increase: EC2 Instances' % B_CASE_EC2, d, 'o365',
             local='no-reply-aws')
add('aws-case-ec2-b', m, 'unrelated', B_CASE_EC2, [], True, 'en')

# 49 ja, new console case about billing, I
I_OPEN_BILL = T('2026-03-10 02:44:51'); I_CASE_BILL = case15(I_OPEN_BILL, 1206)
d = I_OPEN_BILL + dt.timedelta(seconds=22)
txt = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケース ID: %s
件名: 2月分の請求額について（請求書 EUINJP26-1830472）
重要度: 一般的なガイダンス
サービス: 請求

担当者からの回答はサポートセンターでご確認いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは返信を受け付けておりません。

アマゾン ウェブ サービス
""" % (I_CASE_BILL, I_CASE_BILL, I_CASE_BILL)
body = leaf(txt, cte='base64')
subj = 'Amazon Web Services: ' + ew('新しいサポートケースを作成しました: %s' % I_CASE_BILL, chunk=14)
m = aws_mail(body, I['email'], subj, d, 'gmail', local='no-reply-aws')
add('aws-new-case-billing', m, 'unrelated', I_CASE_BILL, [], True, 'ja')

# 50 en, Credly badge expiry reminder, D
d = T('2026-02-02 15:00:08')
inner = """<p>Hi Priya,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services Training and Certification expires on <b>March 4, 2026</b>.</p>
<p>To keep it active, complete the recertification requirements set by the issuer before that date. Expired badges stay on your profile but are marked as expired.</p>
<p><a href="https://aws.amazon.com/certification/recertification/">Learn about recertification</a></p>"""
body = leaf(credly_html(inner), 'html', cte='quoted-printable')
m = credly_mail(body, D['email'], 'Your AWS Certified Cloud Practitioner badge expires in 30 days', d, 'outlookcom',
                name='Credly', frm_addr='admin@credly.com')
add('credly-expiry-d', m, 'unrelated', None, [], True, 'en')

# 51 en, Credly's own account-merge verification code, D
d = T('2026-01-21 08:31:49')
txt = """Hi Priya,

Someone (hopefully you) asked to merge the Credly account registered to p.raman@alumni.uwaterloo.ca into your account priya.raman88@outlook.com.

Your verification code is: 604918

Enter this code on Credly, then select "Complete Account Merge". The code expires in 30 minutes. If you didn't request this, you can ignore this email.

The Credly team
"""
body = alt(leaf(txt, cte='7bit', charset='us-ascii'),
           leaf(credly_html('<p>Hi Priya,</p><p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px"><b>604918</b></p><p>Enter it on Credly, then select <b>Complete Account Merge</b>. The code expires in 30 minutes.</p>'),
                'html', cte='quoted-printable'))
m = credly_mail(body, D['email'], 'Your Credly account merge code', d, 'outlookcom', name='Credly', frm_addr='no-reply@credly.com')
add('credly-merge-code', m, 'unrelated', None, [], True, 'en')

# 52 en, GitHub "merged" notification, E
d = T('2025-07-14 10:26:31')
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/marcob-dev/aws-cert-tracker/pull/42#event-18533790214
You are receiving this because you authored the thread.

Message ID: <marcob-dev/aws-cert-tracker/pull/42/issue_event/18533790214@github.com>
"""
html = """<p>Merged <a href="https://github.com/marcob-dev/aws-cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/marcob-dev/aws-cert-tracker/pull/42#event-18533790214">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
body = alt(leaf(txt, cte='7bit', charset='UTF-8'), leaf(html, 'html', cte='7bit', charset='UTF-8'))
snd = s_plain('github.com', '192.30.252.%d' % RNG.randint(192, 215), 'out-%d.smtp.github.com' % RNG.randint(20, 28),
              mailfrom='noreply@github.com', selector='pf2023')
tr = trace('gmail', E['email'], d, snd)
h = std('"Jonas Keller" <notifications@github.com>', '"marcob-dev/aws-cert-tracker" <aws-cert-tracker@noreply.github.com>',
        'Re: [marcob-dev/aws-cert-tracker] Merge duplicate account records before export (PR #42)', d,
        '<marcob-dev/aws-cert-tracker/pull/42/issue_event/18533790214@github.com>',
        extra=[('In-Reply-To', '<marcob-dev/aws-cert-tracker/pull/42@github.com>'),
               ('References', '<marcob-dev/aws-cert-tracker/pull/42@github.com>'),
               ('List-ID', 'marcob-dev/aws-cert-tracker <aws-cert-tracker.marcob-dev.github.com>'),
               ('X-GitHub-Reason', 'author')], reply_to='marcob-dev/aws-cert-tracker <reply+ABCD3F@reply.github.com>',
        cc='Marco Bianchi <marco.bianchi.dev@gmail.com>, State change <state_change@noreply.github.com>')
m = build(body, h, tr)
add('github-pr-42', m, 'unrelated', None, [], False, 'en')

# 53 en, AWS Builder ID verification code, E
d = T('2025-07-12 14:40:12')
txt = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To finish signing up, enter the following verification code:

Verification code: 739215

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
body = leaf(txt, cte='quoted-printable')
snd = s_aws('no-reply')
snd['from_domain'] = 'signin.aws'
snd['dkim'] = [('signin.aws', 'nhcobmjlybqlx4oq4nj2ytoahgyqj4dx'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')]
mloc, host = ses_mid(d)
tr = trace('gmail', E['email'], d, snd, mid_local=mloc)
h = std('AWS <no-reply@signin.aws>', E['email'], 'Verify your AWS Builder ID email address', d, '<%s@%s>' % (mloc, host))
m = build(body, h, tr)
add('builder-id-code', m, 'unrelated', None, [], True, 'en')

# 54 ja, CertMetrics feedback request, A
d = T('2025-06-05 03:01:10')
txt = """佐藤 遥 様

AWS 認定プログラムをご利用いただきありがとうございます。
より良い認定体験をお届けするため、5 分ほどのアンケートへのご協力をお願いいたします。

アンケートに回答する: https://www.certmetrics.com/amazon/survey.aspx?id=%s

AWS 受験者 ID: AWS48201937

AWS トレーニングと認定
※このメールは送信専用です。
""" % rhex(16)
body = leaf(txt, cte='base64')
snd = s_plain('certmetrics.com', '198.2.%d.%d' % (RNG.randint(128, 191), RNG.randint(2, 250)),
              'mail%d.certmetrics.com' % RNG.randint(1, 4), mailfrom='bounce@mail.certmetrics.com', selector='cm1')
tr = trace('gmail', A['email'], d, snd)
subj = ew('AWS 認定からのお願い：ご意見をお聞かせください', chunk=12)
h = std('AWS Certification <do-not-reply@certmetrics.com>', A['email'], subj, d, '<%s@certmetrics.com>' % ruuid())
m = build(body, h, tr)
add('certmetrics-survey-a', m, 'unrelated', None, [A['keep']], False, 'ja')

# 55 ja, Credly "share your badge" reminder, G
d = T('2025-11-12 01:15:33')
inner = """<p>悠斗さん</p>
<p>先日承認した <b>AWS Certified Solutions Architect &ndash; Associate</b> を、まだどこにも共有していないようです。</p>
<p>LinkedIn のプロフィールに追加すると、採用担当者の目に留まりやすくなります。</p>""" + badge_btn('LinkedIn で共有する', 'https://www.credly.com/earner/share?network=linkedin')
body = leaf(credly_html(inner, 'ja'), 'html', cte='base64')
subj = ew('バッジを共有して実績をアピールしましょう', chunk=10)
m = credly_mail(body, G['email'], subj, d, 'ocn', name='Credly', frm_addr='admin@credly.com')
add('credly-share-g', m, 'unrelated', None, [], True, 'ja')

# 56 ja, A forwards the Credly mail to a colleague (received at the colleague's Workspace)
d = T('2025-06-03 00:48:22')
colleague = 'r.kimura@hoshizora-lab.jp'
txt = """木村さん

お疲れさまです。佐藤です。
先週お話しした認定アカウントの件、AWS に統合してもらったあと Credly からこのメールが届きました。
旧アカウント（aws 73015562）に付いていたバッジも移っていたので、木村さんも同じ手順で大丈夫だと思います。

---------- Forwarded message ---------
差出人: Amazon Web Services Training and Certification via Credly <admin@credly.com>
Date: 2025年6月1日(日) 9:12
Subject: バッジがあなたのアカウントに移動しました
To: <haruka.sato.0412@gmail.com>


遥さん

Amazon Web Services Training and Certification が発行した次のバッジが、あなたの Credly アカウントへ移されました。

  ・AWS Certified Solutions Architect – Associate
  ・AWS Certified Developer – Associate

Credly
"""
body = leaf(txt, cte='base64')
snd = s_plain('gmail.com', '209.85.220.%d' % RNG.randint(41, 73), 'mail-sor-f41.google.com',
              mailfrom='haruka.sato.0412@gmail.com', selector='20230601')
tr = trace('gmail', colleague, d, snd)
tr = [(k, v.replace('p=NONE sp=NONE dis=NONE', 'p=NONE sp=QUARANTINE dis=NONE')) for k, v in tr]
h = std(addr('佐藤 遥', 'haruka.sato.0412@gmail.com'), colleague,
        'Fwd: ' + ew('バッジがあなたのアカウントに移動しました', chunk=10), d,
        '<CAG%s@mail.gmail.com>' % rb64(30).replace('/', 'x').replace('+', 'y'),
        extra=[('In-Reply-To', '<%s%s.%d@credly.com>' % (rhex(12), rhex(10), 311))])
m = build(body, h, tr)
add('fwd-credly-a', m, 'unrelated', None, [A['old']], False, 'ja')

# 57 ja, Pearson VUE appointment confirmation, ISO-2022-JP, C
d = T('2025-11-10 06:20:44')
txt = """田中 健一 様

ピアソンVUEをご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験名      : AWS Certified Solutions Architect - Professional (SAP-C02)
言語        : 日本語
受験日時    : 2025年12月6日(土) 13:30
テストセンター: 東京都千代田区 ○○テストセンター
受験者 ID   : AWS63829105
登録 ID     : 493827561

当日は本人確認書類を2点お持ちのうえ、開始時刻の30分前までにお越しください。
予約の変更・キャンセルは受験日の24時間前まで可能です。

ピアソンVUE カスタマーサービス
"""
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
snd = s_plain('pearson.com', '159.182.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              'mx-out.pearson.com', mailfrom='pvue-noreply@pearson.com', selector='pearson2')
tr = trace('biglobe', C['email'], d, snd)
subj = ew('ピアソンVUE 試験予約確認', charset='ISO-2022-JP', codec='iso-2022-jp')
h = std('Pearson VUE <pearsonvuecustomerservice@pearson.com>', C['email'], subj, d, '<%s.JavaMail.pvue@pvue-mail01>' % RNG.randint(10**9, 10**10))
m = build(body, h, tr)
add('pearsonvue-yoyaku', m, 'unrelated', None, [C['keep']], False, 'ja')

# 58 ja, colleague asks about the survey; internal mail with no Authentication-Results, F
d = T('2026-02-24 13:05:19', JST)
txt = """鈴木さん

お疲れさまです。高橋です。
AWS サポートから「1 問だけのアンケート」というメールが来ていたのですが、鈴木さんの認定アカウントの件で
私も CC に入っていたので届いたのかもしれません。回答は鈴木さんにお任せしてもいいですか？

あと、統合が終わったら社内の資格管理表の ID も更新したいので、残った方の ID を教えてください。

高橋
"""
body = leaf(txt, cte='base64')
h = std(addr('高橋 誠', 'makoto.takahashi@kitaboshi-sys.co.jp'), addr('鈴木 美咲', F['email']),
        ew('Re: AWSのアンケートについて', chunk=10), d,
        '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (RNG.randint(1000, 9999), rhex(8).upper(), RNG.randint(1000, 9999)),
        extra=[('In-Reply-To', '<OS3PR01MB6401%s@OS3PR01MB6401.jpnprd01.prod.outlook.com>' % rhex(8).upper()),
               ('References', '<OS3PR01MB6401%s@OS3PR01MB6401.jpnprd01.prod.outlook.com>' % rhex(8).upper()),
               ('Thread-Topic', ew('AWSのアンケートについて')), ('Thread-Index', 'AQHbh' + rb64(30)),
               ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
               ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB8123.jpnprd01.prod.outlook.com')])
tr = [('Received', 'from TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:17a::9) by\n OS3PR01MB6401.jpnprd01.prod.outlook.com with HTTPS; Tue, 24 Feb 2026 04:05:20 +0000')]
m = build(body, h, tr)
add('naibu-takahashi', m, 'unrelated', None, [], None, 'ja')

# 59 ja, Credly weekly digest (views), F
d = T('2026-03-02 00:00:41')
inner = """<p>美咲さん、今週のバッジの活動をお知らせします。</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>プロフィールの閲覧数</td><td><b>14</b></td></tr>
<tr><td>バッジの閲覧数</td><td><b>9</b></td></tr>
<tr><td>LinkedIn からのクリック</td><td><b>3</b></td></tr></table>
<p>最も閲覧されたバッジ: AWS Certified Data Engineer &ndash; Associate</p>
<p>新しいスキルに挑戦してみませんか？ おすすめの認定を見る &rarr; <a href="https://www.credly.com/skills">Credly Skills</a></p>"""
body = leaf(credly_html(inner, 'ja'), 'html', cte='quoted-printable')
subj = ew('今週のバッジ活動レポート', chunk=8)
m = credly_mail(body, F['email'], subj, d, 'o365', name='Credly', frm_addr='admin@credly.com')
add('credly-weekly-f', m, 'unrelated', None, [], True, 'ja')

# 60 ja, Amazon Seller Central (JP) case acknowledgement, G
d = T('2025-10-28 09:14:27')
sc_case = '18460317525'
txt = """Amazon セラーセントラルをご利用いただきありがとうございます。

お問い合わせを受け付けました。ケース ID: %s

内容: 出品者アカウントの統合について（重複アカウントの確認）

担当者が確認のうえ、24 時間以内にセラーセントラルのケースログにてご回答いたします。
ケースの状況は「ケースログを管理」からご確認いただけます。

Amazon セラーサポート
""" % sc_case
body = leaf(txt, cte='quoted-printable')
snd = dict(kind='ses', from_domain='amazon.co.jp', local='seller-notification', region=None,
           dkim=[('amazon.co.jp', 'qgjwamiwwixmvw4tbrdskwrxeuaf53ta'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
mloc, host = ses_mid(d)
tr = trace('ocn', G['email'], d, snd, mid_local=mloc)
h = std('Amazon.co.jp <seller-notification@amazon.co.jp>', G['email'],
        'RE:[CASE %s] ' % sc_case + ew('出品者アカウントの統合について', chunk=9), d, '<%s@%s>' % (mloc, host))
m = build(body, h, tr)
add('seller-central-case', m, 'unrelated', sc_case, [], False, 'ja')

# === END MAILS ===


def sender_tag(msg):
    frm = msg['From'].split('<')[-1].rstrip('>').lower()
    dom = frm.split('@')[1]
    if dom in ('amazon.com',):
        return 'aws-' + ('support' if frm.startswith('no-reply-aws') else 'tc')
    if dom in ('credly.com', 'youracclaim.com'):
        return 'credly'
    tags = {'signin.aws': 'aws-signin', 'amazon.co.jp': 'amazon-jp', 'gmail.com': 'gmail',
            'kitaboshi-sys.co.jp': 'kitaboshi', 'certmetrics.com': 'certmetrics', 'pearson.com': 'pearsonvue',
            'github.com': 'github'}
    return tags.get(dom, dom.split('.')[0])


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.json':
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(7135).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        slug, msg, lab, linesep = MAILS[idx]
        # file names carry only the sender, never a hint of the label
        name = '%03d-%s.eml' % (n, sender_tag(msg))
        if any('outlook.com' in str(v) for k, v in msg._headers if k == 'Received'):
            linesep = '\r\n'
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                       policy=compat32.clone(linesep=linesep)).flatten(msg)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(buf.getvalue())
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(labels), 'mails')


if __name__ == '__main__':
    write_all()
