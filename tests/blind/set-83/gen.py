#!/usr/bin/env python3
"""Generate blind set 83: realistic .eml files about AWS Certification account merges.

Emphasis: paraphrase (each kind said without the obvious keywords) and mail that
uses those keywords without being the kind they suggest.  ~half English, ~half Japanese.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import string
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email import policy as _policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(8383)
LABELS = {}

# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------

def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def alnum(n, chars=string.ascii_letters + string.digits):
    return ''.join(R.choice(chars) for _ in range(n))


def D(s):
    return dt.datetime.fromisoformat(s)


def fdate(d):
    return format_datetime(d)


def case15(open_iso):
    return str(int(D(open_iso).timestamp())) + '%05d' % R.randint(0, 99999)


def enc_subject(s, charset='utf-8', q=False):
    """Encoded-word subject, folded over lines by the Header class."""
    if all(ord(c) < 128 for c in s):
        return s
    cs = Charset(charset)
    if q:
        cs.header_encoding = QP
    return Header(s, cs, header_name='Subject').encode(linesep='\n', maxlinelen=76)


def enc_name(name, addr, charset='utf-8'):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()"'):
            return '"%s" <%s>' % (name, addr)
        return '%s <%s>' % (name, addr)
    return Header(name, charset).encode(linesep='\n') + ' <%s>' % addr


def fold_dkim(domain, selector, t, headers='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    b = b64r(256)
    lines = ['v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;',
             's=%s; d=%s; t=%d;' % (selector, domain, t),
             'h=%s;' % headers,
             'bh=%s;' % b64r(32)]
    blines = [b[i:i + 70] for i in range(0, len(b), 70)]
    lines.append('b=' + blines[0])
    lines.extend(blines[1:])
    return 'DKIM-Signature: ' + '\n\t'.join(lines)


# --------------------------------------------------------------------------------------
# body parts
# --------------------------------------------------------------------------------------

def T(text, subtype='plain', cs='utf-8', cte='quoted-printable', label=None):
    raw = text.encode(cs)
    p = MIMENonMultipart('text', subtype, charset=label or cs)
    del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def ALT(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary or ('----=_Part_%d_%d.%d' % (
        R.randint(100000, 9999999), R.randint(10000000, 999999999), R.randint(10**12, 10**13))))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def html_doc(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n</head>\n<body style="font-family:Arial,'
            'Helvetica,sans-serif;font-size:14px;color:#16191f;">\n%s\n</body>\n</html>\n') % (lang, inner)


def paras(text):
    """Turn plain paragraphs into simple HTML paragraphs."""
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>' + block.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                   .replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


# --------------------------------------------------------------------------------------
# senders (the sending infrastructure) and receiving providers
# --------------------------------------------------------------------------------------

def ses(date):
    ms = int(date.timestamp() * 1000) - R.randint(300, 4000)
    sesid = '0100%012x-%s-%s-%s-%s-%s-000000' % (ms, hx(8), hx(4), hx(4), hx(4), hx(12))
    ip = R.choice(['54.240.8.30', '54.240.48.93', '54.240.9.117', '54.240.27.54',
                   '54.240.13.78', '54.240.11.120', '54.240.4.21'])
    a, b = ip.split('.')[2:]
    host = 'a%s-%s.smtp-out.amazonses.com' % (a, b)
    return dict(host=host, ip=ip, mailfrom='%s@amazonses.com' % sesid, mf_domain='amazonses.com',
                dkim=[('amazon.com', 'rjt6o5kbwjvxmexm4vbi3cy7hapikmjr'),
                      ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                from_domain='amazon.com', policy='QUARANTINE',
                msgid='<%s@email.amazonses.com>' % sesid)


def sendgrid(date, domain, bounce_sub, rcpt, policy='REJECT'):
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
    local = rcpt.replace('@', '=')
    host = 'o%d.%s.%s' % (R.randint(1, 9), bounce_sub, domain)
    return dict(host=host, ip=ip,
                mailfrom='bounces+%d-%s-%s@%s.%s' % (R.randint(1000000, 9999999), hx(4), local, bounce_sub, domain),
                mf_domain='%s.%s' % (bounce_sub, domain),
                dkim=[(domain, 's1'), ('sendgrid.info', 'smtpapi')], from_domain=domain, policy=policy,
                msgid='<%s@geopod-ismtpd-%d>' % (alnum(22, string.ascii_letters + string.digits + '-_'), R.randint(1, 40)))


def generic(domain, host, ip, mailfrom, dkim_sel, policy='REJECT', msgid_dom=None):
    return dict(host=host, ip=ip, mailfrom=mailfrom, mf_domain=mailfrom.split('@')[1],
                dkim=[(domain, dkim_sel)] if dkim_sel else [], from_domain=domain, policy=policy,
                msgid='<%s.%s@%s>' % (hx(16), hx(8), msgid_dom or host))


def pacific(d):
    return d.astimezone(ZoneInfo('America/Los_Angeles'))


def ar_parts(sender, verdict):
    """verdict: dict(spf=, dkim=[(domain,res)], dmarc=, from_domain=, policy=)"""
    return verdict


def trace_headers(provider, s, rcpt, date, v):
    """Return list of header strings (top first) as the receiving provider would add."""
    t1 = date + dt.timedelta(seconds=R.randint(1, 6))
    t2 = t1 + dt.timedelta(seconds=R.randint(0, 2))
    fd = v['from_domain']
    H = []
    if provider == 'gmail':
        pt1, pt2 = pacific(t1), pacific(t2)
        dk = ';\n       '.join('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, alnum(8))
                               for (dom, sel), res in zip(s['dkim'], v['dkim']))
        spf_txt = {'pass': 'domain of %s designates %s as permitted sender' % (s['mailfrom'], s['ip']),
                   'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (s['mailfrom'], s['ip']),
                   'fail': 'domain of %s does not designate %s as permitted sender' % (s['mailfrom'], s['ip'])}[v['spf']]
        pol = v.get('policy', s['policy'])
        dmarc = 'dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            v['dmarc'], pol, pol, 'NONE' if v['dmarc'] == 'pass' or pol == 'NONE' else pol, fd)
        ar_body = 'mx.google.com;\n       %s%sspf=%s (google.com: %s) smtp.mailfrom=%s;\n       %s' % (
            dk, ';\n       ' if dk else '', v['spf'], spf_txt, s['mailfrom'], dmarc)
        H.append('Delivered-To: %s' % rcpt)
        H.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s' % (
            hx(4), hx(4), hx(3), hx(4), hx(4), alnum(3, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            R.randint(1000000, 9999999), format_datetime(pt2).replace('-0700', '-0700 (PDT)').replace('-0800', '-0800 (PST)')))
        H.append('X-Google-Smtp-Source: AGHT+I%s' % alnum(60))
        H.append('X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
            hx(4), hx(4), hx(3), hx(4), hx(4), alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            hx(8), R.randint(1, 99), R.randint(10**12, 10**13),
            format_datetime(pt2).replace('-0700', '-0700 (PDT)').replace('-0800', '-0800 (PST)')))
        H.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(t2.timestamp()), b64r(96)))
        H.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                 '        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n'
                 '        fh=%s;\n        b=%s' % (b64r(32), b64r(32), b64r(96)))
        H.append('ARC-Authentication-Results: i=1; ' + ar_body)
        H.append('Return-Path: <%s>' % s['mailfrom'])
        H.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n'
                 '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                     s['host'], s['host'], s['ip'], alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'), hx(8),
                     R.randint(1, 99), pt1.strftime('%Y.%m.%d.%H.%M.%S'), rcpt,
                     format_datetime(pt1).replace('-0700', '-0700 (PDT)').replace('-0800', '-0800 (PST)')))
        H.append('Received-SPF: %s (google.com: %s) client-ip=%s;' % (v['spf'], spf_txt, s['ip']))
        H.append('Authentication-Results: ' + ar_body)
    elif provider in ('outlook', 'o365'):
        u1, u2 = t1.astimezone(dt.timezone.utc), t2.astimezone(dt.timezone.utc)
        reg = 'eurprd08' if provider == 'o365' else 'namprd11'
        box = 'DB9PR08MB%d' % R.randint(1000, 9999) if provider == 'o365' else 'PH7PR11MB%d' % R.randint(1000, 9999)
        fe = 'AM%dPEPF0000%s' % (R.randint(1, 9), alnum(4, string.ascii_uppercase + string.digits))
        fd_dom = 'outlook.office365.com'
        d1 = format_datetime(u1).replace('-0000', '+0000')
        d2 = format_datetime(u2).replace('-0000', '+0000')
        ip6 = '2603:10a6:10' if provider == 'o365' else '2603:10b6:510'
        box2 = box[:-4] + str(R.randint(1000, 9999))
        fe_reg, fe_pre = ('eurprd04', 'DU2PR04CA') if provider == 'o365' else ('namprd03', 'BN9PR03CA')
        H.append('Received: from %s.%s.prod.outlook.com (%s:%s::%d) by\n %s.%s.prod.outlook.com with HTTPS; %s' % (
            box, reg, ip6, hx(3), R.randint(5, 30), box2, reg, d2))
        H.append(('Received: from ' + fe_pre + '%d.' + fe_reg + '.prod.outlook.com (' + ip6 + ':%s::%d)\n by %s.%s.prod.outlook.com (' + ip6 + ':%s::%d) with\n'
                 ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s') % (
                     R.randint(1000, 9999), hx(3), R.randint(5, 30), box, reg, hx(3), R.randint(5, 30),
                     R.randint(8000, 9400), R.randint(10, 40), d2))
        if v['dmarc'] == 'pass':
            comp = 'compauth=pass reason=100'
            act = 'none'
        elif v['dmarc'] == 'none':
            comp = 'compauth=softpass reason=201'
            act = 'none'
        else:
            comp = 'compauth=fail reason=000'
            act = 'quarantine'
        dkim_d = s['dkim'][0][0] if s['dkim'] else fd
        dk = 'dkim=%s (%s)\n header.d=%s' % (v['dkim'][0] if v['dkim'] else 'none',
                                            'signature was verified' if (v['dkim'] and v['dkim'][0] == 'pass') else 'message not signed' if not v['dkim'] else 'signature did not verify',
                                            dkim_d)
        H.append('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;%s' % (
            v['spf'], s['ip'], s['mf_domain'], dk, v['dmarc'], act, fd, comp))
        H.append('Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            v['spf'].capitalize(), s['mf_domain'], s['ip'], s['ip'], s['host']))
        H.append('Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s' % (
            s['host'], s['ip'], fe, R.randint(1, 254), R.randint(1, 254), R.randint(8000, 9400), R.randint(10, 40), d1))
    elif provider in ('biglobe', 'nifty', 'hoshino'):
        jst = ZoneInfo('Asia/Tokyo')
        j1, j2 = t1.astimezone(jst), t2.astimezone(jst)
        authserv = {'biglobe': 'mx.biglobe.ne.jp', 'nifty': 'nifty.com', 'hoshino': 'mgw01.hoshino-sys.co.jp'}[provider]
        inner = {'biglobe': 'mbox-b11.biglobe.ne.jp', 'nifty': 'mbox05.nifty.com', 'hoshino': 'mbox02.hoshino-sys.co.jp'}[provider]
        gw = {'biglobe': 'mfgw-b03.biglobe.ne.jp', 'nifty': 'mx07.nifty.com', 'hoshino': 'mgw01.hoshino-sys.co.jp'}[provider]
        dk = '; '.join('dkim=%s header.d=%s header.s=%s' % (res, dom, sel) for (dom, sel), res in zip(s['dkim'], v['dkim']))
        pol = v.get('policy', s['policy']).lower()
        H.append('Return-Path: <%s>' % s['mailfrom'])
        H.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            gw, gw, '133.205.%d.%d' % (R.randint(1, 250), R.randint(1, 250)) if provider != 'hoshino' else '153.142.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
            inner, hx(10).upper(), rcpt, format_datetime(j2)))
        H.append('Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s%sdmarc=%s (p=%s dis=none) header.from=%s' % (
            authserv, v['spf'], s['mailfrom'], dk, ';\n\t' if dk else '', v['dmarc'], pol, fd))
        H.append('Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)\n\tfor <%s>; %s' % (
            s['host'], s['host'], s['ip'], gw, alnum(12).upper(), rcpt, format_datetime(j1)))
    elif provider == 'fastmail':
        H.append('Return-Path: <%s>' % s['mailfrom'])
        H.append('Received: from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s' % (
            R.randint(10, 60), hx(7), format_datetime(t2.astimezone(ZoneInfo('America/New_York')))))
        H.append('X-Cyrus-Session-Id: sloti%d-%d-%d-2-%d' % (R.randint(10, 60), R.randint(1000000, 9999999), int(t2.timestamp()), R.randint(10**17, 10**18)))
        H.append('X-Sieve: CMU Sieve 3.0')
        H.append('X-Spam-known-sender: no')
        H.append('X-Spam-score: 0.0')
        dk = ';\n    '.join('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048' % (
            res, dom, dom, alnum(8), sel) for (dom, sel), res in zip(s['dkim'], v['dkim']))
        pol = v.get('policy', s['policy']).lower()
        H.append('Authentication-Results: mx%d.messagingengine.com;\n    %s;\n    dmarc=%s policy.published-domain-policy=%s\n      policy.published-subdomain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=%s,sp=%s,d=none,d.eval=none) policy.policy-from=p\n      header.from=%s;\n    iprev=pass smtp.remote-ip=%s (%s);\n    spf=%s smtp.mailfrom=%s\n      smtp.helo=%s' % (
            R.randint(1, 6), dk, v['dmarc'], pol, pol, pol, pol, fd, s['ip'], s['host'], v['spf'], s['mailfrom'], s['host']))
        H.append('Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (
            s['host'], s['host'], s['ip'], R.randint(1, 6), rcpt, format_datetime(t1.astimezone(ZoneInfo('America/New_York')))))
    elif provider == 'sonet':   # no Authentication-Results at all
        jst = ZoneInfo('Asia/Tokyo')
        H.append('Return-Path: <%s>' % s['mailfrom'])
        H.append('Received: from mfilter-b%02d.so-net.ne.jp (mfilter-b%02d.so-net.ne.jp [10.42.%d.%d])\n\tby mbox-b%02d.so-net.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            R.randint(1, 9), R.randint(1, 9), R.randint(1, 250), R.randint(1, 250), R.randint(1, 9), hx(9).upper(), rcpt, format_datetime(t2.astimezone(jst))))
        H.append('X-Virus-Scanned: amavisd-new at so-net.ne.jp')
        H.append('Received: from %s (%s [%s])\n\tby mx-b%02d.so-net.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            s['host'], s['host'], s['ip'], R.randint(1, 9), hx(9).upper(), rcpt, format_datetime(t1.astimezone(jst))))
    elif provider == 'harwell':  # small self-hosted Postfix, no Authentication-Results
        uk = ZoneInfo('Europe/London')
        H.append('Return-Path: <%s>' % s['mailfrom'])
        H.append('Delivered-To: %s' % rcpt)
        H.append('Received: from mail.harwell-consulting.co.uk\n\tby mail.harwell-consulting.co.uk with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s' % (
            alnum(22), s['mailfrom'], rcpt, format_datetime(t2.astimezone(uk))))
        H.append('Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail.harwell-consulting.co.uk (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            s['host'], s['host'], s['ip'], hx(10).upper(), rcpt, format_datetime(t1.astimezone(uk))))
    elif provider == 'internal':  # internal corporate mail, no Authentication-Results
        jst = ZoneInfo('Asia/Tokyo')
        H.append('Received: from mbox01.hoshino-sys.co.jp (mbox01.hoshino-sys.co.jp [10.20.1.11])\n\tby mbox02.hoshino-sys.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            hx(10).upper(), rcpt, format_datetime(t1.astimezone(jst))))
    else:
        raise ValueError(provider)
    return H


def dkim_headers(s, date):
    return [fold_dkim(dom, sel, int(date.timestamp())) for dom, sel in s['dkim']]


def make_eml(*, provider, s, rcpt, frm, to, subject, date, body, verdict=None, cc=None,
             reply_to=None, in_reply_to=None, references=None, msgid=None, extra=(), pre_extra=(),
             after_extra=(), crlf=False, forged=None, xmailer=None):
    if verdict is None:
        verdict = dict(spf='pass', dkim=['pass'] * len(s['dkim']), dmarc='pass', from_domain=s['from_domain'])
    verdict.setdefault('from_domain', s['from_domain'])
    H = list(pre_extra)
    H += trace_headers(provider, s, rcpt, date, verdict)
    if forged:
        H += forged
    H += dkim_headers(s, date)
    H.append('Date: %s' % fdate(date))
    H.append('From: %s' % frm)
    if reply_to:
        H.append('Reply-To: %s' % reply_to)
    H.append('To: %s' % to)
    if cc:
        H.append('Cc: %s' % cc)
    H.append('Message-ID: %s' % (msgid or s['msgid']))
    if in_reply_to:
        H.append('In-Reply-To: %s' % in_reply_to)
    if references:
        H.append('References: %s' % references)
    H.append('Subject: %s' % subject)
    H += list(extra)
    if xmailer:
        H.append('X-Mailer: %s' % xmailer)
    H.append('MIME-Version: 1.0')
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep='\n', max_line_length=0)).flatten(body)
    raw = ('\n'.join(H) + '\n').encode('ascii') + buf.getvalue()
    if after_extra:
        pass
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    return raw


def add(num, slug, kind, lang, case_id, ids, sv, raw):
    name = '%03d-%s.eml' % (num, slug)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(raw)
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                    'sender_verified': sv, 'language': lang}


def aws_from(addr='no-reply-aws@amazon.com', name='Amazon Web Services'):
    return '"%s" <%s>' % (name, addr)


FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

EN_CONSOLE_FOOTER = """
To see the full case history and reply, please sign in to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

JA_CONSOLE_FOOTER = """
ケースの履歴の確認およびご返信は、サポートセンターにサインインして行ってください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。

このやり取りについての評価をお寄せください。サポートセンターで、各やり取りの右上にある星を選択して評価いただけます。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は、Amazon.com, Inc. またはその関連会社の登録商標です。"""

# --------------------------------------------------------------------------------------
# people / cases
# --------------------------------------------------------------------------------------
KENJI = 'kenji.watanabe.dev@gmail.com'          # flow A, ja, console, gmail
SARAH = 'sarah.okafor@outlook.com'              # flow B, en, form, outlook.com
MISAKI = 'misaki-sato@kfd.biglobe.ne.jp'        # flow C, ja, form, biglobe
RAJ = 'raj.malhotra84@gmail.com'                # flow D, en, console, gmail
TANAKA = 'tanaka.kenichi@nifty.com'             # flow E, ja, form, nifty
EMILY = 'emily@chen.fm'                         # flow F, en, form, fastmail
MORI = 'y-mori@hoshino-sys.co.jp'               # flow G, ja, console, corporate gateway
MARCO = 'm.rossi@fabbri-ingegneria.it'          # flow H, en, form, O365
KATO = 'hkato@ca2.so-net.ne.jp'                 # flow I, ja, form, no A-R
TOM = 'tom@harwell-consulting.co.uk'            # flow J, en, form, self-hosted, no A-R
LIAM = 'liam.obrien.ie@gmail.com'               # flow K, en, form, gmail
ANA = 'anasouza.dev@gmail.com'                  # flow L, en, console, gmail

CA = case15('2025-05-27 22:41:09+09:00')
CB = case15('2025-09-15 09:12:44-04:00')
CC = case15('2025-11-04 10:20:31+09:00')
CD = '14062871935'
CE = case15('2026-01-19 09:05:12+09:00')
CF = case15('2025-07-08 16:33:02-07:00')
CG = case15('2026-02-24 14:11:50+09:00')
CH = case15('2025-12-02 08:47:19+01:00')
CI = case15('2025-08-18 19:55:03+09:00')
CJ = case15('2025-10-21 07:58:30+01:00')
CK = case15('2026-03-02 21:14:05+00:00')
CL = case15('2025-06-11 13:40:10+00:00')


# ======================================================================================
# CASE_CREATED
# ======================================================================================

def m001():
    d = D('2025-03-10 14:22:37+00:00'); s = ses(d)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CD} to address your issue.

The details of your case are as follows:

Case ID: {CD}
Subject: Certification - two candidate accounts for one person
Severity: General guidance
Correspondence: Hi, over the years I seem to have ended up with two certification profiles. One is AWS05599120 (my gmail), the other is AWS10083347 (old university address, which I can't access anymore). I would like to have a single profile going forward, preferably AWS05599120. Thanks, Raj
""" + EN_CONSOLE_FOOTER.format(cid=CD).split('\n\nWe value your feedback')[0] + """

Best regards,
Amazon Web Services
"""
    add(1, 'console-new-case-two-profiles', 'case_created', 'en', CD, ['AWS05599120', 'AWS10083347'], True,
        make_eml(provider='gmail', s=s, rcpt=RAJ, frm=aws_from(), to=RAJ,
                 subject=f'Amazon Web Services: You have opened a new Support case: {CD}', date=d,
                 body=T(txt, cte='quoted-printable')))


def m002():
    d = D('2025-09-15 09:13:05-04:00'); s = ses(d)
    txt = f"""Hi Sarah,

This note is just to let you know that your message reached the AWS Training and Certification team and is now waiting for a specialist. Your reference is {CB}.

Someone from the team will write back to this address, in most cases within one business day. If you think of something to add in the meantime (for example, another e-mail address you may have used when you sat an exam), simply reply to this message and it will be attached to the same request. Filling in the form a second time creates a separate request and tends to slow things down.

What you sent us
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS07731904
  Message: I seem to have two candidate profiles. The second one is aws02258816, which I created in 2021 with a work address I no longer use.

Kind regards,
AWS Training and Certification
"""
    html = html_doc(f"""<p>Hi Sarah,</p>
<p>This note is just to let you know that your message reached the AWS Training and Certification team and is now waiting for a specialist. Your reference is <b>{CB}</b>.</p>
<p>Someone from the team will write back to this address, in most cases within one business day. If you think of something to add in the meantime (for example, another e-mail address you may have used when you sat an exam), simply reply to this message and it will be attached to the same request. Filling in the form a second time creates a separate request and tends to slow things down.</p>
<table style="border-collapse:collapse;font-size:13px;" cellpadding="4">
<tr><td colspan="2"><b>What you sent us</b></td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Detail</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID</td><td>AWS07731904</td></tr>
<tr><td>Message</td><td>I seem to have two candidate profiles. The second one is aws02258816, which I created in 2021 with a work address I no longer use.</td></tr>
</table>
<p>Kind regards,<br>AWS Training and Certification</p>""")
    body = ALT(T(txt, cte='base64'), T(html, 'html', cte='base64'))
    add(2, 'form-desk-request-received', 'case_created', 'en', CB, ['AWS02258816', 'AWS07731904'], True,
        make_eml(provider='outlook', s=s, rcpt=SARAH, frm=aws_from(FORM), to=SARAH,
                 subject=f'[CASE {CB}] {FORM_SUBJ}', date=d, body=body))


def m003():
    d = D('2025-07-08 16:33:40-07:00'); s = ses(d)
    html = html_doc(f"""<div style="max-width:600px;margin:0 auto;">
<div style="background:#232f3e;padding:14px 20px;"><span style="color:#ffffff;font-size:18px;">AWS Training &amp; Certification</span></div>
<div style="padding:20px;">
<p>Hello Emily,</p>
<p>Thanks for reaching out. We've logged your request under reference <strong>{CF}</strong> and it's now in our queue.</p>
<p>A member of the Customer Service team will pick it up and get back to you at this e-mail address, usually within 24 hours. There's no need to send it again &mdash; if you'd like to add anything, just reply here.</p>
<p style="font-size:12px;color:#545b64;">Candidate ID you provided: AWS03345781<br>Topic: Account assistance</p>
<p>Thank you,<br>AWS Training &amp; Certification Customer Service</p>
</div>
<div style="font-size:11px;color:#879596;padding:10px 20px;">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</div>
</div>""")
    add(3, 'queued-reference-html-only', 'case_created', 'en', CF, ['AWS03345781'], True,
        make_eml(provider='fastmail', s=s, rcpt=EMILY, frm=aws_from(FORM), to=EMILY,
                 subject=f'We have your message [CASE {CF}]', date=d, body=T(html, 'html', cte='quoted-printable')))


def m004():
    d = D('2025-10-21 07:58:52+01:00'); s = ses(d)
    txt = f"""Dear Tom,

We have received your submission to AWS Training and Certification and opened case {CJ} for it.

What happens next:
1. A specialist reviews the candidate IDs you gave us (AWS11472039, AWS05820416).
2. Before any merge is carried out, they will write to you to confirm which profile should be kept.
3. Once the merge is complete, you will receive a separate notice.

Step 1 usually starts within 24 hours. Please do not submit another form for the same request; reply to this e-mail instead if you need to add something.

Regards,
AWS Training and Certification
"""
    add(4, 'acknowledgement-lists-next-steps', 'case_created', 'en', CJ, ['AWS05820416', 'AWS11472039'], None,
        make_eml(provider='harwell', s=s, rcpt=TOM, frm=aws_from(FORM), to=TOM,
                 subject=f'[CASE {CJ}] {FORM_SUBJ}', date=d, body=T(txt, cte='7bit', cs='us-ascii')))


def m005():
    d = D('2025-05-27 22:41:31+09:00'); s = ses(d)
    txt = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のご依頼をケース {CA} として登録いたしました。

ケースの詳細:

ケース ID: {CA}
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス
内容: AWS認定の受験者アカウントが2つあります（AWS04417285 と AWS11920376）。転職前の会社のメールアドレスで作った古い方を、今使っている方に寄せていただけますか。
""" + JA_CONSOLE_FOOTER.format(cid=CA).split('\nこのやり取りについて')[0] + """

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
    subj = enc_subject(f'Amazon Web Services: 新しいサポートケースを受け付けました: {CA}', 'iso-2022-jp')
    add(5, 'console-case-registered-ja', 'case_created', 'ja', CA, ['AWS04417285', 'AWS11920376'], True,
        make_eml(provider='gmail', s=s, rcpt=KENJI, frm=enc_name('アマゾン ウェブ サービス', NOREPLY, 'iso-2022-jp'),
                 to=KENJI, subject=subj, date=d, body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m006():
    d = D('2025-11-04 10:20:58+09:00'); s = ses(d)
    txt = f"""佐藤 美咲 様

AWS トレーニングと認定 にお問い合わせいただき、誠にありがとうございます。
下記の内容でお問い合わせを承りました。

受付番号　　　　: {CC}
お問い合わせ種別: 認定 / アカウントに関するご相談
受験者 ID　　　 : AWS13370942

担当者が内容を拝見し、原則として24時間以内に本アドレス宛てにご連絡いたします。
追加でお伝えいただきたいことがございましたら、本メールにそのままご返信ください。同じ内容でフォームを再度送信されますと別の受付となり、ご案内が遅れる場合がございます。

※本メールはお問い合わせの受付時に自動でお送りしています。

AWS トレーニングと認定 カスタマーサービス
"""
    subj = enc_subject(f'【受付完了】AWS トレーニングと認定へのお問い合わせ [CASE {CC}]', 'iso-2022-jp')
    add(6, 'uketsuke-kanryo-autoreply', 'case_created', 'ja', CC, ['AWS13370942'], True,
        make_eml(provider='biglobe', s=s, rcpt=MISAKI, frm=aws_from(FORM), to=MISAKI, subject=subj, date=d,
                 body=T(txt, cs='shift_jis', cte='base64')))


def m007():
    d = D('2026-01-19 09:05:40+09:00'); s = ses(d)
    txt = f"""田中 健一 様

このたびはご連絡いただき、ありがとうございます。
お寄せいただいたご依頼は、ケース番号 {CE} として記録いたしました。

内容を順番に拝見し、担当の者からご連絡を差し上げます。通常は翌営業日までにお返事しておりますが、混み合っている時期はお時間をいただくことがございます。
お手数ですが、同じご依頼で新たにお問い合わせを作成することはお控えください。補足がございましたら、このメールへのご返信でお知らせいただけます。

ご記入いただいた受験者 ID: AWS08871236, AWS12004519

AWS トレーニングと認定
"""
    html = html_doc(f"""<p>田中 健一 様</p>
<p>このたびはご連絡いただき、ありがとうございます。<br>お寄せいただいたご依頼は、ケース番号 <b>{CE}</b> として記録いたしました。</p>
<p>内容を順番に拝見し、担当の者からご連絡を差し上げます。通常は翌営業日までにお返事しておりますが、混み合っている時期はお時間をいただくことがございます。</p>
<p style="background:#f2f3f3;padding:8px;">お手数ですが、同じご依頼で新たにお問い合わせを作成することはお控えください。補足がございましたら、このメールへのご返信でお知らせいただけます。</p>
<p style="font-size:12px;">ご記入いただいた受験者 ID: AWS08871236, AWS12004519</p>
<p>AWS トレーニングと認定</p>""", 'ja')
    body = ALT(T(txt, cte='base64'), T(html, 'html', cte='base64'))
    subj = enc_subject(f'ご依頼を記録しました（ケース番号 {CE}）', 'utf-8')
    add(7, 'irai-kiroku-multipart', 'case_created', 'ja', CE, ['AWS08871236', 'AWS12004519'], True,
        make_eml(provider='nifty', s=s, rcpt=TANAKA, frm=aws_from(FORM), to=TANAKA, subject=subj, date=d, body=body))


def m008():
    d = D('2026-02-24 14:12:14+09:00'); s = ses(d)
    txt = f"""アマゾン ウェブ サービスへのお問い合わせありがとうございます。お客様の問題に対応するため、ケース {CG} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {CG}
件名: 認定アカウントの統合のお願い
重要度: 一般的なガイダンス
やり取り: お世話になります。AWS認定の受験者アカウントが AWS14456602 と AWS02977415 の2つに分かれてしまっています。AWS02977415 の方を AWS14456602 に統合していただけますでしょうか。統合完了後は AWS14456602 のみ使用する予定です。森
""" + JA_CONSOLE_FOOTER.format(cid=CG).split('\nこのやり取りについて')[0] + """

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
    subj = enc_subject(f'Amazon Web Services: サポートケースをオープンしました: {CG}', 'iso-2022-jp')
    add(8, 'case-opened-mentions-tougou-kanryo', 'case_created', 'ja', CG, ['AWS02977415', 'AWS14456602'], True,
        make_eml(provider='hoshino', s=s, rcpt=MORI, frm=aws_from(), to=MORI, subject=subj, date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


# ======================================================================================
# MERGE_CONFIRMATION_REQUESTED
# ======================================================================================

def m009():
    d = D('2025-09-16 11:03:19-07:00'); s = ses(d)
    txt = f"""Hello Sarah,

Thanks for your patience while I looked into this.

I located both profiles. Before I ask our back-office team to act, please look over the plan below and tell me it matches what you want:

  Profile that stays active: AWS07731904 - sarah.okafor@outlook.com
  Profile to be folded in and then closed: AWS02258816 - s.okafor@brightwave-media.com

After this is carried out, every exam result, certification and benefit held by the second profile will sit under the first one, and the second one will no longer be usable. We have no way of splitting them apart again afterwards, which is why I need your explicit go-ahead.

If the above is right, a one-line reply to this e-mail is enough. If anything looks off (for instance you would prefer to keep the other profile), let me know and I'll adjust the plan.

Best regards,
Daniel R.
Amazon Web Services - Training and Certification
"""
    add(9, 'plan-needs-your-go-ahead', 'merge_confirmation_requested', 'en', CB, ['AWS02258816', 'AWS07731904'], True,
        make_eml(provider='outlook', s=s, rcpt=SARAH, frm=aws_from(FORM), to=SARAH,
                 subject=f'RE:[CASE {CB}] {FORM_SUBJ}', date=d, body=T(txt, cte='quoted-printable'), crlf=True))


def m010():
    d = D('2025-03-11 16:48:02+00:00'); s = ses(d)
    txt = f"""Hi Raj,

My name is Priya and I'll be taking care of your request.

I checked our records and can see the two candidate profiles you mentioned:

- AWS 05599120, sign-in e-mail raj.malhotra84@gmail.com, 2 active certifications
- aws-10083347, sign-in e-mail r.malhotra@alumni.ucl.ac.uk, 1 expired certification

What I'd do is keep AWS 05599120 and move the history of aws-10083347 across to it, after which aws-10083347 is closed. Please be aware this cannot be rolled back.

Could you reply through the Support Center and tell me whether we may go ahead on that basis? I won't start anything until I hear back from you.

Best regards,
Priya S.
Amazon Web Services
""" + EN_CONSOLE_FOOTER.format(cid=CD)
    add(10, 'priya-may-we-go-ahead', 'merge_confirmation_requested', 'en', CD, ['AWS05599120', 'AWS10083347'], True,
        make_eml(provider='gmail', s=s, rcpt=RAJ, frm=aws_from(), to=RAJ,
                 subject=f'RE:[CASE {CD}] Certification - two candidate accounts for one person', date=d,
                 body=T(txt, cte='quoted-printable')))


def m011():
    d = D('2025-07-10 09:27:45-07:00'); s = ses(d)
    html = html_doc(f"""<p>Hi Emily,</p>
<p>Thank you for the extra detail about your university address &ndash; that was the missing piece. Here is what we have lined up:</p>
<table border="1" style="border-collapse:collapse;font-size:13px;" cellpadding="6">
<tr style="background:#eaeded;"><th>Role</th><th>Candidate ID</th><th>Sign-in e-mail</th></tr>
<tr><td>Survives &ndash; you keep using this one</td><td>AWS03345781</td><td>emily@chen.fm</td></tr>
<tr><td>Absorbed into the one above, then deactivated</td><td>AWS06612093</td><td>emily.chen@ucsd.edu</td></tr>
</table>
<p>This is a one-way operation: once the two are combined they can't be separated again.</p>
<p>Could you look this over and send us a quick reply saying it's correct? Nothing will be touched until we hear from you.</p>
<p>Regards,<br>Tomasz<br>AWS Training &amp; Certification Customer Service</p>""")
    add(11, 'table-survives-absorbed-reply-please', 'merge_confirmation_requested', 'en', CF, ['AWS03345781', 'AWS06612093'], True,
        make_eml(provider='fastmail', s=s, rcpt=EMILY, frm=aws_from(FORM), to=EMILY,
                 subject=f'RE:[CASE {CF}] {FORM_SUBJ}', date=d, body=T(html, 'html', cte='base64')))


def m012():
    d = D('2025-03-12 03:17:44+00:00')
    s = generic('aws-certification-desk.com', 'mail.aws-certification-desk.com', '185.234.72.19',
                'bounce@aws-certification-desk.com', 'default', policy='NONE')
    fake = case15('2025-03-11 21:08:03+00:00')
    txt = f"""Amazon Web Services - Certification Support

Dear Candidate,

Regarding case {fake}: we are ready to consolidate your AWS Certification profiles AWS05599120 and AWS10083347 into a single record.

Because this action is permanent, we must verify that you approve it. Please sign in and approve the consolidation within 48 hours:

https://aws-certification-desk.com/approve?case={fake}&token={alnum(24)}

If we do not receive your approval, both profiles may be suspended for security reasons and your certifications could become invalid.

Thank you,
AWS Certification Support Team
"""
    html = html_doc(f"""<p><b>Amazon Web Services &ndash; Certification Support</b></p>
<p>Dear Candidate,</p>
<p>Regarding case {fake}: we are ready to consolidate your AWS Certification profiles <b>AWS05599120</b> and <b>AWS10083347</b> into a single record.</p>
<p>Because this action is permanent, we must verify that you approve it. Please sign in and approve the consolidation within 48 hours:</p>
<p><a href="https://aws-certification-desk.com/approve?case={fake}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;">Approve consolidation</a></p>
<p>If we do not receive your approval, both profiles may be suspended for security reasons and your certifications could become invalid.</p>
<p>Thank you,<br>AWS Certification Support Team</p>""")
    body = ALT(T(txt, cte='7bit', cs='us-ascii'), T(html, 'html', cte='quoted-printable'))
    add(12, 'lookalike-approve-consolidation', 'merge_confirmation_requested', 'en', fake, ['AWS05599120', 'AWS10083347'], False,
        make_eml(provider='gmail', s=s, rcpt=RAJ, frm='"AWS Certification Support" <case-update@aws-certification-desk.com>',
                 to=RAJ, subject=f'Action needed: approve your profile consolidation (Case {fake})', date=d, body=body,
                 verdict=dict(spf='pass', dkim=['pass'], dmarc='pass', policy='NONE')))


def m013():
    d = D('2025-05-29 10:17:26+09:00'); s = ses(d)
    txt = f"""渡辺 健二 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサービスの山口でございます。

お知らせいただいた 2 つの受験者アカウントを確認いたしました。以下のとおり作業を行う予定です。

　・今後もご利用いただくアカウント: AWS04417285（kenji.watanabe.dev@gmail.com）
　・記録を移したうえで閉鎖するアカウント: AWS11920376（k.watanabe@tohoku-denki.co.jp）

作業後は、閉鎖するアカウントの受験履歴および認定資格が、上記の今後もご利用いただくアカウントに集約されます。なお、本作業は一度実施すると元の状態に戻すことができません。

内容にお間違いがなければ、その旨をサポートセンターからご返信ください。ご返信を確認するまで作業は保留いたします。

よろしくお願いいたします。
山口
アマゾン ウェブ サービス
""" + JA_CONSOLE_FOOTER.format(cid=CA)
    subj = enc_subject(f'RE:[CASE {CA}] 認定アカウントが2つあるので1つにまとめたい', 'iso-2022-jp')
    add(13, 'yamaguchi-sagyou-yotei-kakunin', 'merge_confirmation_requested', 'ja', CA, ['AWS04417285', 'AWS11920376'], True,
        make_eml(provider='gmail', s=s, rcpt=KENJI, frm=aws_from(), to=KENJI, subject=subj, date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m014():
    d = D('2025-11-05 16:40:12+09:00'); s = ses(d)
    txt = f"""佐藤様

お待たせいたしました。AWS トレーニングと認定の中村と申します。

お調べしたところ、佐藤様のお名前で登録された受験者アカウントが 3 件見つかりました。次のように一本化する方向で準備しております。

　残すアカウント　　: AWS13370942
　取り込むアカウント: AWS09184473、AWS00562718

取り込んだ 2 件は、作業後はログインできなくなります。また、いったん一本化すると分け直すことはできませんので、あらかじめご了承ください。

上記でよろしければ、本メールへのご返信で差し支えない旨をお知らせいただけますでしょうか。別のアカウントを残したいなどのご希望がございましたら、遠慮なくお申し付けください。

中村
AWS トレーニングと認定 カスタマーサービス

2025年11月4日(火) 12:31 佐藤 美咲 <misaki-sato@kfd.biglobe.ne.jp>:
> ご担当者様
>
> 補足です。以前の勤務先のアドレス（misaki.sato@kanda-print.co.jp）でも
> 受験したことがあり、そちらの受験者IDは AWS00562718 だったと思います。
> よろしくお願いいたします。
> 佐藤
"""
    add(14, 'nakamura-ippon-ka-shift-jis', 'merge_confirmation_requested', 'ja', CC,
        ['AWS00562718', 'AWS09184473', 'AWS13370942'], True,
        make_eml(provider='biglobe', s=s, rcpt=MISAKI, frm=aws_from(FORM), to=MISAKI,
                 subject=f'RE:[CASE {CC}] {FORM_SUBJ}', date=d, body=T(txt, cs='shift_jis', cte='base64')))


def m015():
    d = D('2026-01-20 15:22:08+09:00'); s = ses(d)
    txt = f"""田中様

ご連絡ありがとうございます。担当の佐々木です。

2つの受験者IDについて調査が終わりました。次の形で進めたいと考えておりますが、よろしいでしょうか。

  存続: AWS08871236
  吸収後に廃止: AWS12004519

実施後は、AWS12004519 の認定や試験の記録はすべて AWS08871236 側でご覧いただけるようになります。後から元に戻すことはできかねますので、念のためお伺いしております。

差し支えなければ、このメールに「この内容で進めてください」とご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
    html = html_doc(f"""<p>田中様</p>
<p>ご連絡ありがとうございます。担当の佐々木です。</p>
<p>2つの受験者IDについて調査が終わりました。次の形で進めたいと考えておりますが、よろしいでしょうか。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td>存続</td><td>AWS08871236</td></tr>
<tr><td>吸収後に廃止</td><td>AWS12004519</td></tr>
</table>
<p>実施後は、AWS12004519 の認定や試験の記録はすべて AWS08871236 側でご覧いただけるようになります。50% 割引の受験特典などもあわせて存続側へ引き継がれます。後から元に戻すことはできかねますので、念のためお伺いしております。</p>
<p>差し支えなければ、このメールに「この内容で進めてください」とご返信ください。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p>""", 'ja')
    body = ALT(T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable'))
    add(15, 'sasaki-sonzoku-kyuushu-alt', 'merge_confirmation_requested', 'ja', CE, ['AWS08871236', 'AWS12004519'], True,
        make_eml(provider='nifty', s=s, rcpt=TANAKA, frm=aws_from(FORM), to=TANAKA,
                 subject=f'RE:[CASE {CE}] {FORM_SUBJ}', date=d, body=body))


def m016():
    d = D('2026-02-25 02:44:19+09:00')
    fake = case15('2026-02-24 23:10:37+09:00')
    s = dict(host='vps-4471.hostkey-srv.net', ip='45.86.201.77', mailfrom='info@jp-mailer-service.net',
             mf_domain='jp-mailer-service.net', dkim=[], from_domain='amazon.com', policy='QUARANTINE',
             msgid='<%s@amazon.com>' % hx(24))
    forged = ['Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby smtp-out.amazon.com with ESMTP id %s;\n\t%s' % (hx(12), fdate(d)),
              'Authentication-Results: amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com']
    txt = f"""お客様

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。

ケース {fake} について、お客様の AWS 認定アカウントの統合準備が整いました。統合は取り消しができないため、ご本人確認として、以下のリンクから統合内容を承認してください。

https://aws-support-jp.com/case/approve?id={fake}&k={alnum(20)}

48時間以内に承認が確認できない場合、セキュリティ上の理由により、すべての受験者アカウントが一時停止されます。

アマゾン ウェブ サービス サポート
"""
    subj = enc_subject(f'【要対応】アカウント統合内容の承認のお願い（ケース {fake}）', 'utf-8')
    add(16, 'spoofed-approval-dmarc-fail', 'merge_confirmation_requested', 'ja', fake, [], False,
        make_eml(provider='hoshino', s=s, rcpt=MORI, frm=enc_name('アマゾン ウェブ サービス', NOREPLY), to=MORI,
                 subject=subj, date=d, body=T(txt, cte='base64'), forged=forged,
                 verdict=dict(spf='softfail', dkim=[], dmarc='fail')))


def m017():
    d = D('2025-08-20 11:06:51+09:00'); s = ses(d)
    txt = f"""加藤 博 様

AWS トレーニングと認定の件でご連絡いたします。担当の井上です。

ご申告いただいたアカウントを照合しました。以下の方針でいかがでしょうか。

■ お手元に残るID：aws07006481
■ 中身を移してから使えなくなるID：aws13582290

一度処理すると取り消しはききません。お手数ですが、この方針どおりで構わないかどうか、本メールへの返信でお知らせください。ご返答をいただき次第、手配いたします。

井上
AWS トレーニングと認定 カスタマーサービス
"""
    add(17, 'inoue-houshin-lowercase-ids', 'merge_confirmation_requested', 'ja', CI, ['AWS07006481', 'AWS13582290'], None,
        make_eml(provider='sonet', s=s, rcpt=KATO, frm=aws_from(FORM), to=KATO,
                 subject=f'RE:[CASE {CI}] {FORM_SUBJ}', date=d, body=T(txt, cte='base64')))


# ======================================================================================
# MERGE_COMPLETED
# ======================================================================================

def m018():
    d = D('2025-09-18 08:41:57-07:00'); s = ses(d)
    txt = f"""Hello Sarah,

Good news: the work on your profiles has gone through. Your exam history, both certifications and the benefits that were attached to your 2021 profile are now all listed under AWS07731904, and the older profile has been retired, so you won't be able to sign in to it any more.

Please allow up to 24 hours before checking your Certification Account, and let me know if anything looks missing. Badges on Credly are handled separately and usually follow within a few days.

Best regards,
Daniel R.
Amazon Web Services - Training and Certification

________________________________
From: Sarah Okafor <sarah.okafor@outlook.com>
Sent: Tuesday, September 16, 2025 3:22 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {CB}] {FORM_SUBJ}

Hi Daniel, yes that's all correct, please go ahead and keep AWS07731904.
Sarah

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 16, 2025 2:03 PM
To: sarah.okafor@outlook.com
Subject: RE:[CASE {CB}] {FORM_SUBJ}

Hello Sarah,

I located both profiles. Please confirm the merge below before I ask our back-office team to act:

  Profile that stays active: AWS07731904 - sarah.okafor@outlook.com
  Profile to be folded in and then closed: AWS02258816 - s.okafor@brightwave-media.com

The merge cannot be undone. A one-line reply to this e-mail is enough.

Best regards,
Daniel R.
"""
    add(18, 'gone-through-outlook-thread', 'merge_completed', 'en', CB, ['AWS07731904'], True,
        make_eml(provider='outlook', s=s, rcpt=SARAH, frm=aws_from(FORM), to=SARAH,
                 subject=f'RE:[CASE {CB}] {FORM_SUBJ}', date=d, body=T(txt, cte='quoted-printable'), crlf=True))


def m019():
    d = D('2025-03-13 10:05:40+00:00'); s = ses(d)
    txt = f"""Hi Raj,

Thanks for the quick go-ahead. Our records team has finished the work: AWS 05599120 now carries the full exam and certification history from both profiles, and the other profile can no longer be used to sign in.

As there's nothing further outstanding, I'm marking this case as resolved. If something looks wrong when you sign in, just reply through the Support Center within the next 14 days and the case will reopen.

Was your question answered?
Yes: https://support.console.aws.amazon.com/support/feedback?displayId={CD}&answer=yes
No: https://support.console.aws.amazon.com/support/feedback?displayId={CD}&answer=no

Best regards,
Priya S.
Amazon Web Services
""" + EN_CONSOLE_FOOTER.format(cid=CD)
    add(19, 'records-team-finished-case-resolved', 'merge_completed', 'en', CD, ['AWS05599120'], True,
        make_eml(provider='gmail', s=s, rcpt=RAJ, frm=aws_from(), to=RAJ,
                 subject=f'RE:[CASE {CD}] Certification - two candidate accounts for one person', date=d,
                 body=T(txt, cte='quoted-printable')))


def m020():
    d = D('2026-03-04 13:26:11+00:00'); s = ses(d)
    txt = f"""Hi Liam,

That's taken care of now. Everything that lived on your older candidate profile has been moved onto the one you asked us to keep, and the older one has been switched off. Your exam history and both certifications now show in one place.

One thing to note: the practice-exam voucher that was pending on the older profile came across too, and its expiry date hasn't changed.

Cheers,
Aoife
AWS Training and Certification Support

On Tue, Mar 3, 2026 at 2:41 PM Liam O'Brien <{LIAM}> wrote:
> Yes, that's right, please proceed with the merge.
> Liam
>
> On Tue, Mar 3, 2026 at 10:05 AM Amazon Web Services <{FORM}> wrote:
> > Hi Liam,
> >
> > We're about to combine your two candidate profiles:
> >   Keep: AWS10294476
> >   Merge into it and close: AWS08163359
> >
> > A merge is permanent. Please confirm the details are correct by replying to this e-mail.
> >
> > Aoife
"""
    add(20, 'taken-care-of-nested-quote', 'merge_completed', 'en', CK, [], True,
        make_eml(provider='gmail', s=s, rcpt=LIAM, frm=aws_from(FORM), to=LIAM,
                 subject=f'RE:[CASE {CK}] {FORM_SUBJ}', date=d, body=T(txt, cte='quoted-printable')))


def m021():
    d = D('2025-12-04 15:12:30+01:00'); s = ses(d)
    html = html_doc(f"""<p>Dear Marco,</p>
<p>I'm writing to let you know that your two candidate records (AWS09920514 and AWS01138867) have now been brought together.</p>
<p>From today AWS09920514 is the only one you'll need: it shows all three of your certifications and your full exam history. The other ID has been deactivated and will no longer accept sign-ins.</p>
<p>If your employer verifies certifications through a validation link, the old links will stop working; you can generate new ones from your Certification Account.</p>
<p>Kind regards,<br>Hannah<br>AWS Training and Certification</p>""")
    add(21, 'records-brought-together-html', 'merge_completed', 'en', CH, ['AWS01138867', 'AWS09920514'], True,
        make_eml(provider='o365', s=s, rcpt=MARCO, frm=aws_from(FORM), to='Marco Rossi <%s>' % MARCO,
                 subject=f'RE:[CASE {CH}] {FORM_SUBJ}', date=d, body=T(html, 'html', cte='quoted-printable'), crlf=True))


def m022():
    d = D('2025-10-23 17:02:14+01:00'); s = ses(d)
    txt = f"""Hi Tom,

We’ve now finished bringing your two certification accounts together. Your Solutions Architect – Professional and Security – Specialty certifications, along with your exam history, all live on aws-11472039.

The login for aws-05820416 has been closed off, so please use your harwell-consulting.co.uk address from now on. It can take a day for the “My certifications” page to catch up.

Regards,
Olusegun
AWS Training and Certification
"""
    add(22, 'finished-bringing-together-wrong-charset', 'merge_completed', 'en', CJ, ['AWS05820416', 'AWS11472039'], None,
        make_eml(provider='harwell', s=s, rcpt=TOM, frm=aws_from(FORM), to=TOM,
                 subject=f'RE:[CASE {CJ}] {FORM_SUBJ}', date=d, body=T(txt, cs='utf-8', label='iso-8859-1', cte='8bit')))


def m023():
    d = D('2025-05-30 16:48:03+09:00'); s = ses(d)
    txt = f"""渡辺 健二 様

お世話になっております。山口でございます。

ご返信いただいた内容に基づき作業を行い、AWS11920376 に登録されていた受験履歴と認定資格を AWS04417285 へ移行いたしました。旧アカウントはすでにご利用いただけない状態となっております。

反映までに最大で 1 日ほどかかる場合がございます。Credly のデジタルバッジにつきましては、別途 Credly よりメールが届きますので、そちらからお受け取りください。

よろしくお願いいたします。
山口
アマゾン ウェブ サービス

2025年5月29日(木) 12:02 渡辺 健二 <{KENJI}>:
> 山口様
> ご連絡ありがとうございます。内容に間違いありません。よろしくお願いします。
>
> 2025年5月29日(木) 10:17 Amazon Web Services <{NOREPLY}>:
> > 以下のとおり作業を行う予定です。
> > 　・今後もご利用いただくアカウント: AWS04417285
> > 　・記録を移したうえで閉鎖するアカウント: AWS11920376
> > 本作業は一度実施すると元の状態に戻すことができません。
> > 内容にお間違いがなければ、その旨をご返信ください。
"""
    subj = enc_subject(f'RE:[CASE {CA}] 認定アカウントが2つあるので1つにまとめたい', 'iso-2022-jp')
    add(23, 'iko-itashimashita-quoted-request', 'merge_completed', 'ja', CA, ['AWS04417285', 'AWS11920376'], True,
        make_eml(provider='gmail', s=s, rcpt=KENJI, frm=aws_from(), to=KENJI, subject=subj, date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m024():
    d = D('2025-11-07 11:15:48+09:00'); s = ses(d)
    txt = f"""佐藤様

中村でございます。ご返信ありがとうございました。

ご承諾いただいた内容で手続きを進め、本日すべての作業を終えました。
① AWS09184473 の受験履歴・認定 → AWS13370942 へ移し替え済み
② AWS00562718 の受験履歴・認定 → AWS13370942 へ移し替え済み
移し替え元の 2 件は閉鎖しております。

本件はこれにてクローズとさせていただきます。よろしければ、今回の対応についてアンケートへのご協力をお願いいたします（所要時間 約1分）。
https://pulse.aws/survey/{alnum(8, string.ascii_uppercase + string.digits)}?caseId={CC}

今後とも AWS 認定をよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス
"""
    add(24, 'utsushikae-zumi-close-cp932', 'merge_completed', 'ja', CC,
        ['AWS00562718', 'AWS09184473', 'AWS13370942'], True,
        make_eml(provider='biglobe', s=s, rcpt=MISAKI, frm=aws_from(FORM), to=MISAKI,
                 subject=f'RE:[CASE {CC}] {FORM_SUBJ}', date=d, body=T(txt, cs='cp932', label='shift_jis', cte='base64')))


def m025():
    d = D('2026-01-26 10:31:17+09:00'); s = ses(d)
    txt = f"""田中様

佐々木です。長らくお待たせいたしました。

お預かりしていた 2 つの受験者 ID の記録をひとつにまとめる作業が終わりました。今後は AWS08871236 でサインインしていただければ、これまでの認定と受験記録をすべてご確認いただけます。

もう一方の ID ではサインインできなくなっておりますので、ブックマーク等をお使いの場合は更新をお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
    html = html_doc(f"""<p>田中様</p>
<p>佐々木です。長らくお待たせいたしました。</p>
<p>お預かりしていた 2 つの受験者 ID の記録をひとつにまとめる作業が<b>終わりました</b>。今後は <b>AWS08871236</b> でサインインしていただければ、これまでの認定と受験記録をすべてご確認いただけます。</p>
<p>もう一方の ID ではサインインできなくなっておりますので、ブックマーク等をお使いの場合は更新をお願いいたします。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p>""", 'ja')
    body = ALT(T(txt, cte='base64'), T(html, 'html', cte='base64'))
    add(25, 'hitotsu-ni-matomeru-owarimashita', 'merge_completed', 'ja', CE, ['AWS08871236'], True,
        make_eml(provider='nifty', s=s, rcpt=TANAKA, frm=aws_from(FORM), to=TANAKA,
                 subject=f'RE:[CASE {CE}] {FORM_SUBJ}', date=d, body=body))


def m026():
    d = D('2026-02-27 17:20:05+09:00'); s = ses(d)
    txt = f"""森様

アマゾン ウェブ サービスの小林でございます。

先日ご了承いただいたとおり、AWS-14456602 へのお手続きが済みました。これまでの認定資格と受験履歴は、すべて AWS-14456602 でご確認いただけます。もう一方のアカウントは役目を終え、ご利用いただけない状態となっております。

何かお気づきの点がございましたら、サポートセンターよりお知らせください。

小林
アマゾン ウェブ サービス

差出人: 森 由紀 <{MORI}>
送信日時: 2026年2月26日 9:12
宛先: Amazon Web Services <{NOREPLY}>
件名: RE:[CASE {CG}] 認定アカウントの統合のお願い

小林様
ご確認ありがとうございます。記載の内容で問題ございません。よろしくお願いいたします。

差出人: Amazon Web Services <{NOREPLY}>
送信日時: 2026年2月25日 18:40
宛先: {MORI}
件名: RE:[CASE {CG}] 認定アカウントの統合のお願い

森様
以下の内容で統合を実施してよろしいか、ご確認をお願いいたします。
　統合先（残るアカウント）: AWS14456602
　統合元（閉鎖されるアカウント）: AWS02977415
統合は取り消しができません。
""" + JA_CONSOLE_FOOTER.format(cid=CG).split('\nこのやり取りについて')[0]
    subj = enc_subject(f'RE:[CASE {CG}] 認定アカウントの統合のお願い', 'utf-8', q=True)
    add(26, 'otetsuzuki-sumimashita-outlook-ja', 'merge_completed', 'ja', CG, ['AWS14456602'], True,
        make_eml(provider='hoshino', s=s, rcpt=MORI, frm=aws_from(), to=MORI, subject=subj, date=d,
                 body=T(txt, cte='quoted-printable')))


def m027():
    d = D('2025-08-22 14:09:33+09:00'); s = ses(d)
    txt = f"""加藤様

井上です。お待たせしました。

ご了承いただいた方針のとおり、aws13582290 にあった受験記録と認定を aws07006481 へ移し終えました。aws13582290 はもう使えなくなっていますので、今後は aws07006481 のほうでログインしてください。

特典（次回受験の割引など）も移っているはずですが、見当たらない場合はご一報ください。

井上
AWS トレーニングと認定 カスタマーサービス

> 井上様
> 承知しました。その方針で進めてください。
> 加藤
>
> > ■ お手元に残るID：aws07006481
> > ■ 中身を移してから使えなくなるID：aws13582290
> > 一度処理すると取り消しはききません。お手数ですが、この方針どおりで
> > 構わないかどうか、本メールへの返信でお知らせください。
"""
    subj = enc_subject(f'RE:[CASE {CI}] 【AWS トレーニングと認定】受験者アカウントについてのご連絡（加藤様）', 'iso-2022-jp')
    add(27, 'utsushi-oemashita-long-subject', 'merge_completed', 'ja', CI, ['AWS07006481', 'AWS13582290'], None,
        make_eml(provider='sonet', s=s, rcpt=KATO, frm=aws_from(FORM), to=KATO, subject=subj, date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


# ======================================================================================
# SURVEY
# ======================================================================================

def m028():
    d = D('2025-09-18 09:10:22-07:00'); s = ses(d)
    txt = f"""Hi Sarah,

Your recent request with AWS Training and Certification (reference {CB}) is now closed.

We'd appreciate hearing how your conversation with our team went. It takes about a minute:

  How likely are you to recommend AWS Training and Certification support to a colleague?
  0 1 2 3 4 5 6 7 8 9 10
  https://pulse.aws/survey/{alnum(8, string.ascii_uppercase + string.digits)}?ref={CB}

Your answers go straight to the people who train and coach our agents.

Thank you,
AWS Training and Certification
"""
    html = html_doc(f"""<p>Hi Sarah,</p>
<p>Your recent request with AWS Training and Certification (reference {CB}) is now closed.</p>
<p>We'd appreciate hearing how your conversation with our team went. It takes about a minute.</p>
<p><b>How likely are you to recommend AWS Training and Certification support to a colleague?</b></p>
<p>""" + ' '.join('<a href="https://pulse.aws/survey/x?ref=%s&amp;score=%d" style="display:inline-block;width:24px;border:1px solid #aab7b8;text-align:center;text-decoration:none;">%d</a>' % (CB, i, i) for i in range(11)) + """</p>
<p>Your answers go straight to the people who train and coach our agents.</p>
<p>Thank you,<br>AWS Training and Certification</p>""")
    body = ALT(T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable'))
    add(28, 'tell-us-how-it-went-nps', 'survey', 'en', CB, [], True,
        make_eml(provider='outlook', s=s, rcpt=SARAH, frm='"AWS Training and Certification" <%s>' % FORM, to=SARAH,
                 subject='Tell us about your recent experience with AWS Training and Certification', date=d, body=body, crlf=True))


def m029():
    d = D('2025-06-27 14:02:51+00:00'); s = ses(d)
    txt = f"""Hello,

We haven't heard back from you about case {CL} ("Please merge my two certification accounts AWS12650873 and AWS04039958") for 14 days, so the case has been closed automatically. No changes have been made to either certification account.

If you still need help, you can reopen the case from the Support Center within the next 14 days by adding a reply:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CL}&language=en

How would you rate the support you received on this case?
https://support.console.aws.amazon.com/support/home#/case/?displayId={CL}&rate=true

Best regards,
Amazon Web Services
"""
    add(29, 'closed-no-reply-no-changes', 'survey', 'en', CL, ['AWS04039958', 'AWS12650873'], True,
        make_eml(provider='gmail', s=s, rcpt=ANA, frm=aws_from(), to=ANA,
                 subject=f'Amazon Web Services Support: Case {CL} has been closed', date=d, body=T(txt, cte='7bit', cs='us-ascii')))


def m030():
    d = D('2025-07-18 12:40:09-07:00'); s = ses(d)
    html = html_doc(f"""<div style="max-width:560px;margin:0 auto;border:1px solid #d5dbdb;padding:24px;">
<p>Hi Emily,</p>
<p>Your conversation with us about reference <b>{CF}</b> is now marked as finished.</p>
<p style="font-size:16px;"><b>Did we get you what you needed?</b></p>
<p><a href="https://pulse.aws/r/{alnum(10)}?a=1" style="background:#1d8102;color:#fff;padding:8px 26px;text-decoration:none;border-radius:3px;">Yes</a>
&nbsp;&nbsp;<a href="https://pulse.aws/r/{alnum(10)}?a=0" style="background:#d13212;color:#fff;padding:8px 26px;text-decoration:none;border-radius:3px;">No</a></p>
<p>You can also tell us how Tomasz did:
<a href="https://pulse.aws/r/{alnum(10)}?agent=1">&#9733;</a><a href="https://pulse.aws/r/{alnum(10)}?agent=2">&#9733;</a><a href="https://pulse.aws/r/{alnum(10)}?agent=3">&#9733;</a><a href="https://pulse.aws/r/{alnum(10)}?agent=4">&#9733;</a><a href="https://pulse.aws/r/{alnum(10)}?agent=5">&#9733;</a></p>
<p style="font-size:12px;color:#687078;">Replying to this message will reopen the request.</p>
<p>AWS Training &amp; Certification Customer Service</p>
</div>""")
    add(30, 'did-we-get-you-what-you-needed', 'survey', 'en', CF, [], True,
        make_eml(provider='fastmail', s=s, rcpt=EMILY, frm=aws_from(FORM), to=EMILY,
                 subject=f'[CASE {CF}] Quick question about your recent request', date=d, body=T(html, 'html', cte='base64')))


def m031():
    d = D('2025-05-30 16:52:40+09:00'); s = ses(d)
    txt = f"""渡辺 健二 様

ケース {CA} でのやり取りは終了となりました。

今後のサービス向上のため、担当者の対応についてご意見をお寄せいただけますと幸いです。所要時間は 1 分ほどです。

　お問い合わせの目的は果たせましたか？
　　はい　: https://support.console.aws.amazon.com/support/feedback?displayId={CA}&r=1
　　いいえ: https://support.console.aws.amazon.com/support/feedback?displayId={CA}&r=0

いただいたご意見は、担当者の育成および手順の見直しに活用させていただきます。

アマゾン ウェブ サービス
"""
    subj = enc_subject(f'[Case {CA}] サポートのご利用についてご意見をお聞かせください', 'iso-2022-jp')
    add(31, 'goiken-okikase-kudasai', 'survey', 'ja', CA, [], True,
        make_eml(provider='gmail', s=s, rcpt=KENJI, frm=aws_from(), to=KENJI, subject=subj, date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m032():
    d = D('2025-11-07 11:17:02+09:00'); s = ses(d)
    txt = f"""佐藤 美咲 様

お問い合わせ（受付番号 {CC}／件名：受験者アカウントの統合について）は、担当者による対応を終了いたしました。

今回の対応について、5 段階でご評価いただけますでしょうか。

　とても満足 ★★★★★
　https://pulse.aws/survey/{alnum(8, string.ascii_uppercase + string.digits)}?s=5&c={CC}
　まったく満足していない ★
　https://pulse.aws/survey/{alnum(8, string.ascii_uppercase + string.digits)}?s=1&c={CC}

ご回答は任意です。本メールへのご返信はお受けしておりません。

AWS トレーニングと認定
"""
    add(32, 'taiou-shuuryou-hyouka-8bit', 'survey', 'ja', CC, [], True,
        make_eml(provider='biglobe', s=s, rcpt=MISAKI, frm=aws_from(FORM), to=MISAKI,
                 subject=enc_subject(f'対応終了のお知らせとご評価のお願い [CASE {CC}]', 'utf-8'), date=d,
                 body=T(txt, cte='8bit')))


def m033():
    d = D('2026-01-26 10:33:55+09:00'); s = ses(d)
    links = {i: 'https://pulse.aws/survey/%s?c=%s&s=%d' % (alnum(8, string.ascii_uppercase + string.digits), CE, i) for i in range(1, 6)}
    txt = f"""田中 健一 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました（ケース番号 {CE}）。

担当者の対応はいかがでしたでしょうか。以下のリンクから、あてはまるものを 1 つお選びください。

5（大変良い）: {links[5]}
4: {links[4]}
3: {links[3]}
2: {links[2]}
1（大変悪い）: {links[1]}

AWS トレーニングと認定
"""
    stars = ''.join('<a href="%s" style="font-size:26px;color:#ff9900;text-decoration:none;">&#9733;</a>' % links[i] for i in range(1, 6))
    html = html_doc(f"""<p>田中 健一 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>担当者の対応はいかがでしたでしょうか。星をクリックしてお知らせください。</p>
<p>{stars}</p>
<p style="font-size:12px;color:#687078;">自由記述欄もございます。いただいた内容は今後の改善に役立てます。</p>
<p>AWS トレーニングと認定</p>""", 'ja')
    body = ALT(T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable'))
    add(33, 'hinshitsu-koujou-onegai-stars', 'survey', 'ja', CE, [], True,
        make_eml(provider='nifty', s=s, rcpt=TANAKA, frm='"AWS Training and Certification" <%s>' % FORM, to=TANAKA,
                 subject=enc_subject('サポート品質向上のためのお願い', 'utf-8', q=True), date=d, body=body))


def m034():
    d = D('2025-08-22 14:10:41+09:00'); s = ses(d)
    txt = f"""加藤 博 様

いつも AWS 認定をご利用いただきありがとうございます。
受付番号 {CI} のお問い合わせにつきまして、本件のお取り扱いを終了いたしました。

追加のご質問がある場合は、本メールにご返信いただければ、引き続き同じ受付番号で対応いたします。

また、よろしければ今回のやり取りについての感想をお聞かせください。
https://pulse.aws/survey/{alnum(8, string.ascii_uppercase + string.digits)}?ref={CI}

AWS トレーニングと認定 カスタマーサービス
"""
    add(34, 'otoriatsukai-shuuryou-sjis', 'survey', 'ja', CI, [], None,
        make_eml(provider='sonet', s=s, rcpt=KATO, frm=aws_from(FORM), to=KATO,
                 subject=enc_subject(f'[CASE {CI}] お取り扱い終了のご連絡', 'shift_jis'), date=d,
                 body=T(txt, cs='shift_jis', cte='base64')))


# ======================================================================================
# CREDLY_BADGE_ISSUED
# ======================================================================================

def credly_footer_txt():
    return """
--
Credly, Inc. | 100 Pearl Street, Hartford, CT 06103
You received this e-mail because an organization issued a credential to you via Credly.
Notification settings: https://www.credly.com/notification-settings
"""


def m035():
    d = D('2025-09-20 14:03:11+00:00'); s = sendgrid(d, 'credly.com', 'em', SARAH)
    uuid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = f"""Sarah,

AWS Training and Certification has recognised your achievement with the following credential:

    AWS Certified Solutions Architect – Associate

Claim it to add it to your profile, then share it on LinkedIn, in your e-mail signature, or anywhere else you like.

Accept your badge: https://www.credly.com/earner/earned/badge/{uuid}
""" + credly_footer_txt()
    html = html_doc(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="20" style="border:1px solid #e5e5e5;">
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/{hx(8)}-{hx(4)}/image.png" width="140" alt="AWS Certified Solutions Architect – Associate"></td></tr>
<tr><td><p>Sarah,</p>
<p>AWS Training and Certification has recognised your achievement with the following credential:</p>
<p style="font-size:18px;"><b>AWS Certified Solutions Architect – Associate</b></p>
<p>Claim it to add it to your profile, then share it on LinkedIn, in your e-mail signature, or anywhere else you like.</p>
<p align="center"><a href="https://www.credly.com/earner/earned/badge/{uuid}" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px;">Accept your badge</a></p>
</td></tr></table></td></tr></table>""")
    body = ALT(T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable'))
    add(35, 'credly-credential-waiting', 'credly_badge_issued', 'en', None, [], True,
        make_eml(provider='outlook', s=s, rcpt=SARAH, frm='"AWS Training and Certification via Credly" <admin@credly.com>',
                 to=SARAH, subject='A credential from AWS Training and Certification is waiting for you', date=d, body=body))


def m036():
    d = D('2025-07-21 08:15:37-04:00'); s = sendgrid(d, 'credly.com', 'em', EMILY)
    txt = f"""Hi Emily,

The credentials below are now attached to this Credly account ({EMILY}):

  * AWS Certified Developer – Associate
  * AWS Certified Cloud Practitioner

They were previously issued to emily.chen@ucsd.edu. AWS Training and Certification has re-issued them here following an update to your certification records, so your public profile, share links and verification pages now point to this account.

View them on your profile: https://www.credly.com/users/emily-chen.{hx(6)}/badges

The Credly Team
""" + credly_footer_txt()
    html = html_doc(paras(txt.replace(credly_footer_txt(), '')) + '<p style="font-size:11px;color:#888;">' + credly_footer_txt().replace('\n', '<br>') + '</p>')
    body = ALT(T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable'))
    add(36, 'credly-credentials-new-home', 'credly_badge_issued', 'en', None, [], True,
        make_eml(provider='fastmail', s=s, rcpt=EMILY, frm='"AWS Training and Certification via Credly" <admin@credly.com>',
                 to=EMILY, subject='Your AWS credentials have a new home', date=d, body=body))


def m037():
    d = D('2026-03-05 19:44:02+00:00'); s = sendgrid(d, 'youracclaim.com', 'mail', LIAM)
    uuid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = f"""Liam,

Good news! AWS Training and Certification has sent you something:

    AWS Certified SysOps Administrator – Associate

It's sitting in your Acclaim account, ready whenever you are. Once you accept it, you can show it off on your profile and verify it for employers in one click.

https://www.youracclaim.com/earner/earned/badge/{uuid}

The Acclaim Team (Credly)
"""
    add(37, 'acclaim-sent-you-something', 'credly_badge_issued', 'en', None, [], True,
        make_eml(provider='gmail', s=s, rcpt=LIAM, frm='"AWS Training and Certification via Acclaim" <admin@youracclaim.com>',
                 to=LIAM, subject='Liam, AWS Training and Certification sent you something', date=d, body=T(txt, cte='quoted-printable')))


def m038():
    d = D('2025-05-31 09:20:18+09:00'); s = sendgrid(d, 'credly.com', 'em', KENJI)
    uuid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = f"""渡辺 健二 さん

AWS Training and Certification から、次のデジタル認定証が届いています。

　AWS Certified Solutions Architect – Associate

受け取ると、ご自身のプロフィールに表示され、LinkedIn やメール署名で共有できるようになります。

受け取る: https://www.credly.com/earner/earned/badge/{uuid}
""" + credly_footer_txt()
    html = html_doc(f"""<p>渡辺 健二 さん</p>
<p>AWS Training and Certification から、次のデジタル認定証が届いています。</p>
<p style="font-size:18px;"><b>AWS Certified Solutions Architect – Associate</b></p>
<p>受け取ると、ご自身のプロフィールに表示され、LinkedIn やメール署名で共有できるようになります。</p>
<p><a href="https://www.credly.com/earner/earned/badge/{uuid}" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;">受け取る</a></p>""", 'ja')
    body = ALT(T(txt, cte='base64'), T(html, 'html', cte='base64'))
    add(38, 'credly-nintei-shou-todoite-imasu', 'credly_badge_issued', 'ja', None, [], True,
        make_eml(provider='gmail', s=s, rcpt=KENJI, frm='"AWS Training and Certification via Credly" <admin@credly.com>',
                 to=KENJI, subject=enc_subject('AWS Training and Certification からデジタル認定証が届いています', 'utf-8'),
                 date=d, body=body))


def m039():
    d = D('2025-11-08 06:02:44+09:00'); s = sendgrid(d, 'credly.com', 'em', MISAKI)
    txt = f"""佐藤 美咲 さん

AWS Training and Certification での受験者記録の整理に伴い、以下のバッジをこのメールアドレスのアカウントでお受け取りいただけるようになりました。

　・AWS Certified Cloud Practitioner
　・AWS Certified AI Practitioner
　・AWS Certified Data Engineer – Associate

以前のメールアドレスで受け取っていたバッジは、順次こちらへ移されます。下のボタンから受け取りを完了してください。

https://www.credly.com/earner/earned/badge/{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}

Credly チーム
""" + credly_footer_txt()
    add(39, 'credly-badge-uketori-split-subject', 'credly_badge_issued', 'ja', None, [], True,
        make_eml(provider='biglobe', s=s, rcpt=MISAKI, frm='"AWS Training and Certification via Credly" <admin@credly.com>',
                 to=MISAKI, subject=enc_subject('佐藤 美咲 さん、AWS Training and Certification の 3 件のバッジをお受け取りいただけます', 'iso-2022-jp'),
                 date=d, body=T(txt, cte='quoted-printable')))


def m040():
    d = D('2025-03-14 22:31:09+00:00')
    s = generic('credly-mail.com', 'smtp.credly-mail.com', '91.215.85.142', 'noreply@credly-mail.com', None, policy='NONE')
    txt = f"""Raj,

Your new credential from AWS Training and Certification is ready:

    AWS Certified Solutions Architect - Professional

To claim it, sign in with your AWS Certification credentials below. Unclaimed credentials are removed after 72 hours.

Claim now: http://credly-mail.com/claim/{alnum(16)}

Credly
"""
    add(40, 'lookalike-claim-credential', 'credly_badge_issued', 'en', None, [], False,
        make_eml(provider='gmail', s=s, rcpt=RAJ, frm='"AWS Training and Certification via Credly" <admin@credly-mail.com>',
                 to=RAJ, subject='Raj, your AWS credential is ready - claim within 72 hours', date=d,
                 body=T(txt, cte='7bit', cs='us-ascii'), verdict=dict(spf='pass', dkim=[], dmarc='none', policy='NONE')))


# ======================================================================================
# SUPPORT_REPLY
# ======================================================================================

def m041():
    d = D('2025-12-03 10:14:26+01:00'); s = ses(d)
    txt = f"""Dear Marco,

Thank you for getting in touch, and sorry for the wait.

I found two candidate records under your name:

  AWS09920514 - m.rossi@fabbri-ingegneria.it
  AWS01138867 - marco.rossi82@libero.it

Could you tell me which of the two you'd like to carry forward? Whatever sits on the other one would be moved across to it. If it makes no difference to you, we usually suggest keeping the one tied to the address you check most often.

Kind regards,
Hannah
AWS Training and Certification
"""
    add(41, 'which-one-to-carry-forward', 'support_reply', 'en', CH, ['AWS01138867', 'AWS09920514'], True,
        make_eml(provider='o365', s=s, rcpt=MARCO, frm=aws_from(FORM), to='Marco Rossi <%s>' % MARCO,
                 subject=f'RE:[CASE {CH}] {FORM_SUBJ}', date=d, body=T(txt, cte='quoted-printable'), crlf=True))


def m042():
    d = D('2026-03-03 15:02:48+00:00'); s = ses(d)
    txt = f"""Hi Liam,

Thank you for confirming. I've passed your request to our records team, who will now carry out the merge of AWS08163359 into AWS10294476.

Once the merge is complete you'll receive a confirmation e-mail from me, and Credly will send a separate notice for each badge. This normally takes one to three business days, so there's nothing you need to do in the meantime.

Cheers,
Aoife
AWS Training and Certification Support
"""
    add(42, 'thanks-for-confirming-once-complete', 'support_reply', 'en', CK, ['AWS08163359', 'AWS10294476'], True,
        make_eml(provider='gmail', s=s, rcpt=LIAM, frm=aws_from(FORM), to=LIAM,
                 subject=f'RE:[CASE {CK}] {FORM_SUBJ}', date=d, body=T(txt, cte='quoted-printable')))


def m043():
    d = D('2025-07-15 10:02:31-07:00'); s = ses(d)
    html = html_doc(f"""<p>Hi Emily,</p>
<p>We wrote to you on July 10 about your two candidate profiles and haven't heard back yet.</p>
<p>Are you still looking for help with this? Whenever you're ready, just reply to this e-mail and we'll pick it up from where we left off.</p>
<p>If we don't hear from you within 7 days, we'll assume it's no longer needed and close the request.</p>
<p>Regards,<br>Tomasz<br>AWS Training &amp; Certification Customer Service</p>""")
    add(43, 'still-looking-for-help', 'support_reply', 'en', CF, [], True,
        make_eml(provider='fastmail', s=s, rcpt=EMILY, frm=aws_from(FORM), to=EMILY,
                 subject=f'RE:[CASE {CF}] {FORM_SUBJ}', date=d, body=T(html, 'html', cte='quoted-printable')))


def m044():
    d = D('2025-10-22 09:30:05+01:00'); s = ses(d)
    txt = f"""Hi Tom,

Thanks for getting in touch. To locate both records I need a little more from you:

1. Please confirm the e-mail address you use to sign in to AWS 11472039.
2. For aws05820416, the notification e-mail address shown on that profile, if you remember it.
3. Your full name exactly as it appears on the ID you bring to exams.

Once I have these I'll come back to you with the next steps.

Regards,
Olusegun
AWS Training and Certification
"""
    add(44, 'need-a-little-more-from-you', 'support_reply', 'en', CJ, ['AWS05820416', 'AWS11472039'], None,
        make_eml(provider='harwell', s=s, rcpt=TOM, frm=aws_from(FORM), to=TOM,
                 subject=f'RE:[CASE {CJ}] {FORM_SUBJ}', date=d, body=T(txt, cte='7bit', cs='us-ascii')))


def m045():
    d = D('2025-03-12 09:15:07+00:00'); s = ses(d)
    txt = f"""Hello,

A new correspondence has been added to your AWS Support case {CD}.

To view it and respond, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Best regards,
Amazon Web Services
"""
    add(45, 'new-correspondence-notice', 'support_reply', 'en', CD, [], True,
        make_eml(provider='gmail', s=s, rcpt=RAJ, frm=aws_from(), to=RAJ,
                 subject=f'[Case {CD}] New correspondence added', date=d, body=T(txt, cte='7bit', cs='us-ascii')))


def m046():
    d = D('2025-05-29 13:30:44+09:00'); s = ses(d)
    txt = f"""渡辺 健二 様

山口でございます。ご確認のご連絡をいただき、ありがとうございます。

いただいたご返信をもって、担当部署へ作業を依頼いたしました。完了しましたら、改めてこちらからご連絡いたします。通常 1〜3 営業日ほどお時間をいただいております。

それまでの間、どちらのアカウントも引き続きサインインいただけますが、新たな試験のご予約はお控えいただけますと幸いです。

よろしくお願いいたします。
山口
アマゾン ウェブ サービス
""" + JA_CONSOLE_FOOTER.format(cid=CA)
    add(46, 'tantou-busho-e-irai-kanryou-shidai', 'support_reply', 'ja', CA, [], True,
        make_eml(provider='gmail', s=s, rcpt=KENJI, frm=aws_from(), to=KENJI,
                 subject=enc_subject(f'RE:[CASE {CA}] 認定アカウントが2つあるので1つにまとめたい', 'utf-8'), date=d,
                 body=T(txt, cte='base64')))


def m047():
    d = D('2025-11-04 11:55:37+09:00'); s = ses(d)
    txt = f"""佐藤様

AWS トレーニングと認定の中村と申します。お問い合わせいただき、ありがとうございます。

ご本人様のアカウントを正しく特定するため、以下についてお知らせいただけますでしょうか。

1. 以前受験された際にお使いだったメールアドレス（分かる範囲で構いません）
2. 今後お使いになりたい受験者 ID（AWS13370942 でよろしいか）
3. 複数のアカウントをお持ちになった経緯（差し支えなければ）

本メールにご返信いただければ、こちらで確認を進めます。

中村
AWS トレーニングと認定 カスタマーサービス
"""
    add(47, 'nakamura-tokutei-no-tame-oshirase', 'support_reply', 'ja', CC, ['AWS13370942'], True,
        make_eml(provider='biglobe', s=s, rcpt=MISAKI, frm=aws_from(FORM), to=MISAKI,
                 subject=f'RE:[CASE {CC}] {FORM_SUBJ}', date=d, body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m048():
    d = D('2026-01-23 17:45:20+09:00'); s = ses(d)
    txt = f"""田中様

佐々木です。ご返信をいただいてからお時間が経ってしまい、申し訳ございません。

現在、担当部署にて作業を進めておりますが、通常より時間を要しております。進展がございましたら、改めてご連絡いたします。

同じ内容で新しいお問い合わせを作成されますと対応が重複してしまいますので、このままお待ちいただけますと幸いです。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
    add(48, 'sagyou-chuu-jikan-wo-youshite', 'support_reply', 'ja', CE, [], True,
        make_eml(provider='nifty', s=s, rcpt=TANAKA, frm=aws_from(FORM), to=TANAKA,
                 subject=f'RE:[CASE {CE}] {FORM_SUBJ}', date=d, body=T(txt, cte='quoted-printable')))


def m049():
    d = D('2026-02-26 10:05:52+09:00'); s = ses(d)
    txt = f"""森様

アマゾン ウェブ サービスの小林でございます。ご確認いただきありがとうございます。

いただいたご返信をもとに、担当チームへ統合作業を依頼いたしました。

統合が完了しましたら、改めてご連絡いたします。なお、Credly のデジタルバッジは、統合完了後に AWS14456602 に登録されているメールアドレス宛てに改めて発行されます。

小林
アマゾン ウェブ サービス
""" + JA_CONSOLE_FOOTER.format(cid=CG)
    add(49, 'tougou-kanryou-shimashitara', 'support_reply', 'ja', CG, ['AWS14456602'], True,
        make_eml(provider='hoshino', s=s, rcpt=MORI, frm=aws_from(), to=MORI,
                 subject=enc_subject(f'RE:[CASE {CG}] 認定アカウントの統合のお願い', 'iso-2022-jp'), date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m050():
    d = D('2025-08-19 10:12:09+09:00'); s = ses(d)
    dup = case15('2025-08-18 23:41:27+09:00')
    txt = f"""加藤様

AWS トレーニングと認定の井上です。

お問い合わせいただいた件について、同じ内容で 2 件のご依頼（{CI} と {dup}）を頂戴しておりました。対応を一本化するため、今後は本件 {CI} でご案内を続けさせていただき、もう一方はクローズいたしました。

現在、aws07006481 を含むアカウント情報を確認しております。今しばらくお待ちください。

井上
AWS トレーニングと認定 カスタマーサービス
"""
    add(50, 'duplicate-request-ippon-ka', 'support_reply', 'ja', CI, ['AWS07006481'], None,
        make_eml(provider='sonet', s=s, rcpt=KATO, frm=aws_from(FORM), to=KATO,
                 subject=f'RE:[CASE {CI}] {FORM_SUBJ}', date=d, body=T(txt, cte='base64')))


# ======================================================================================
# UNRELATED
# ======================================================================================

def m051():
    d = D('2025-04-02 17:26:54+00:00')
    s = generic('github.com', 'out-28.smtp.github.com', '192.30.252.211', 'noreply@github.com', 'pf2023', policy='REJECT')
    repo = 'northwind-analytics/etl-pipeline'
    mid = '<%s/pull/482/issue_event/%d@github.com>' % (repo, R.randint(10**10, 10**11))
    txt = f"""Merged #482 into main.

Commits:
  * Complete account merge step for CRM sync
  * Map duplicate certification accounts to a single customer key
  * Add tests for merge confirmation flag

--
Reply to this email directly, view it on GitHub:
https://github.com/{repo}/pull/482#event-{R.randint(10**10, 10**11)}
You are receiving this because you were mentioned.
"""
    html = html_doc(f"""<p>Merged <a href="https://github.com/{repo}/pull/482">#482</a> into main.</p>
<ul><li>Complete account merge step for CRM sync</li><li>Map duplicate certification accounts to a single customer key</li><li>Add tests for merge confirmation flag</li></ul>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/{repo}/pull/482">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""")
    body = ALT(T(txt, cte='7bit', cs='us-ascii'), T(html, 'html', cte='7bit', cs='us-ascii'),
               boundary='--==_mimepart_%s_%d' % (hx(13), R.randint(10000, 99999)))
    add(51, 'github-pr-merged', 'unrelated', 'en', None, [], False,
        make_eml(provider='gmail', s=s, rcpt=RAJ, frm='Kiran Patel <notifications@github.com>', to=f'{repo} <etl-pipeline@noreply.github.com>',
                 cc='Raj Malhotra <raj.malhotra84@gmail.com>, Mention <mention@noreply.github.com>',
                 reply_to=f'{repo} <reply+{hx(40).upper()}@reply.github.com>',
                 subject=f'Re: [{repo}] Merge duplicate certification accounts in CRM sync (PR #482)', date=d, body=body,
                 msgid=mid, in_reply_to=f'<{repo}/pull/482@github.com>', references=f'<{repo}/pull/482@github.com>',
                 extra=['List-ID: %s <etl-pipeline.northwind-analytics.github.com>' % repo,
                        'X-GitHub-Reason: mention', 'X-GitHub-Sender: kpatel-nw']))


def m052():
    d = D('2026-03-13 15:00:21+00:00'); s = sendgrid(d, 'credly.com', 'em', LIAM)
    txt = f"""Liam,

Your badge AWS Certified Cloud Practitioner, issued by AWS Training and Certification, will expire on April 12, 2026.

After that date it will still appear on your profile, but it will be marked as expired. To keep it current, follow the recertification steps from AWS Training and Certification.

View badge: https://www.credly.com/badges/{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}
""" + credly_footer_txt()
    add(52, 'credly-badge-expires-soon', 'unrelated', 'en', None, [], True,
        make_eml(provider='gmail', s=s, rcpt=LIAM, frm='"Credly" <admin@credly.com>', to=LIAM,
                 subject='Your AWS Certified Cloud Practitioner badge expires in 30 days', date=d, body=T(txt, cte='quoted-printable')))


def m053():
    d = D('2025-07-25 11:48:03-04:00'); s = sendgrid(d, 'credly.com', 'em', EMILY)
    txt = f"""Hi Emily,

Someone (hopefully you) asked to combine the Credly account registered to emily.chen@ucsd.edu with this one.

Your verification code is: 739201

Enter it on the Complete Account Merge page within 30 minutes. If you didn't ask for this, you can ignore this e-mail; nothing will change.

The Credly Team
""" + credly_footer_txt()
    add(53, 'credly-own-merge-code', 'unrelated', 'en', None, [], True,
        make_eml(provider='fastmail', s=s, rcpt=EMILY, frm='"Credly" <admin@credly.com>', to=EMILY,
                 subject='Your verification code to complete your account merge', date=d, body=T(txt, cte='quoted-printable')))


def m054():
    d = D('2025-12-09 13:37:12+01:00'); s = ses(d)
    txt = """Hello,

Thank you for your patience.

I have completed the merge of the duplicate detail pages you reported. ASIN B0C7K2M4QX has been merged into ASIN B0C7K2M9TR, and your offer now appears on the surviving page. The change can take up to 48 hours to show on the marketplace.

Please confirm that the listing looks correct on your side. If you need anything else, reply to this case from Seller Central.

Was this response helpful? Let us know:
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=7129034455&rate=1

Thank you for selling with Amazon,
Luca M.
Amazon Selling Partner Support
"""
    add(54, 'seller-central-asin-merge', 'unrelated', 'en', '7129034455', [], True,
        make_eml(provider='o365', s=s, rcpt=MARCO, frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>',
                 to=MARCO, subject='RE:[CASE 7129034455] Request to merge duplicate ASIN listings', date=d,
                 body=T(txt, cte='quoted-printable'), crlf=True))


def m055():
    d = D('2026-03-04 13:40:26+00:00')
    s = generic('gmail.com', 'mail-sor-f41.google.com', '209.85.220.41', LIAM, '20230601', policy='NONE')
    work = 'liam.obrien@corvid-data.ie'
    txt = f"""FYI for my records - AWS10294476 is the one to use from now on, AWS08163359 is gone.

---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: Wed, 4 Mar 2026 at 13:26
Subject: RE:[CASE {CK}] {FORM_SUBJ}
To: <{LIAM}>


Hi Liam,

That's taken care of now. Everything that lived on your older candidate profile has been moved onto the one you asked us to keep, and the older one has been switched off. Your exam history and both certifications now show in one place.

Cheers,
Aoife
AWS Training and Certification Support
"""
    html = '<div dir="ltr">FYI for my records - AWS10294476 is the one to use from now on, AWS08163359 is gone.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> <span dir="auto">&lt;%s&gt;</span><br>Date: Wed, 4 Mar 2026 at 13:26<br>Subject: RE:[CASE %s] %s<br>To: &lt;%s&gt;<br></div><br><br>Hi Liam,<br><br>That&#39;s taken care of now. Everything that lived on your older candidate profile has been moved onto the one you asked us to keep, and the older one has been switched off. Your exam history and both certifications now show in one place.<br><br>Cheers,<br>Aoife<br>AWS Training and Certification Support<br></div></div>\n' % (FORM, CK, FORM_SUBJ, LIAM)
    body = ALT(T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable'), boundary='0000000000%s' % hx(16))
    add(55, 'fwd-to-work-address', 'unrelated', 'en', CK, ['AWS08163359', 'AWS10294476'], False,
        make_eml(provider='gmail', s=s, rcpt=work, frm="Liam O'Brien <%s>" % LIAM, to=work,
                 subject=f'Fwd: RE:[CASE {CK}] {FORM_SUBJ}', date=d, body=body,
                 msgid='<CAH%s@mail.gmail.com>' % alnum(40, string.ascii_letters + string.digits + '+_=')))


def m056():
    d = D('2025-06-10 08:05:33+00:00'); s = sendgrid(d, 'certmetrics.com', 'em5537', KENJI, policy='NONE')
    txt = """渡辺 健二 様

先日は AWS Certified Solutions Architect - Associate をご受験いただき、ありがとうございました。

受験者 ID: AWS04417285

今後の試験および受験体験の改善のため、5 分ほどのアンケートにご協力ください。回答は匿名で集計されます。

アンケートに回答する: https://www.certmetrics.com/amazon/survey/%s

AWS 認定
このメールは送信専用アドレスから送信されています。
""" % alnum(12)
    add(56, 'certmetrics-jukengo-enquete', 'unrelated', 'ja', None, ['AWS04417285'], False,
        make_eml(provider='gmail', s=s, rcpt=KENJI, frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=KENJI,
                 subject=enc_subject('AWS 認定からのお願い: 受験後アンケートにご協力ください', 'utf-8'), date=d,
                 body=T(txt, cte='base64')))


def m057():
    d = D('2026-02-02 20:11:49+09:00')
    s = generic('pearson.com', 'mail-vue3.pearson.com', '159.182.1.48', 'bounce-vue@pearson.com', 'selector1', policy='REJECT')
    txt = """田中 健一 様

ピアソン VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験名　　: AWS Certified Developer - Associate (DVA-C02)
日時　　　: 2026年2月14日(土) 10:00
会場　　　: オンライン（OnVUE）
登録番号　: 482193077
受験者 ID : AWS08871236

試験開始の 30 分前からチェックインが可能です。予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

ピアソン VUE
"""
    add(57, 'pearson-vue-yoyaku-uketamawari', 'unrelated', 'ja', None, ['AWS08871236'], False,
        make_eml(provider='nifty', s=s, rcpt=TANAKA, frm='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', to=TANAKA,
                 subject=enc_subject('試験予約確認 - AWS Certified Developer - Associate', 'iso-2022-jp'), date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m058():
    d = D('2026-03-02 12:18:40+09:00')
    s = dict(host='mbox01.hoshino-sys.co.jp', ip='10.20.1.11', mailfrom='t-ishii@hoshino-sys.co.jp',
             mf_domain='hoshino-sys.co.jp', dkim=[], from_domain='hoshino-sys.co.jp', policy='NONE', msgid=None)
    txt = """森さん

お疲れさまです。石井です。

例の AWS 認定アカウントの統合、無事に完了したと聞きました。よかったです。
実は私も AWS08800312 と AWS 13911457 の 2 つがあって、同じように 1 つにまとめてもらいたいと思っています。

サポートへの問い合わせはどのフォームから出しましたか？ 統合が終わるまで何日くらいかかったかも教えてもらえると助かります。

石井
"""
    add(58, 'colleague-asks-how-long', 'unrelated', 'ja', None, ['AWS08800312', 'AWS13911457'], None,
        make_eml(provider='internal', s=s, rcpt=MORI, frm=enc_name('石井 拓也', 't-ishii@hoshino-sys.co.jp', 'iso-2022-jp'),
                 to=enc_name('森 由紀', MORI, 'iso-2022-jp'),
                 subject=enc_subject('AWS認定アカウントの件で相談', 'iso-2022-jp'), date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit'),
                 msgid='<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (R.randint(1000, 9999), hx(10).upper(), R.randint(1000, 9999)),
                 xmailer='Microsoft Outlook 16.0'))


def m059():
    op = '2026-03-09 10:02:44+09:00'
    cid = case15(op)
    d = D('2026-03-09 10:03:05+09:00'); s = ses(d)
    txt = f"""アマゾン ウェブ サービスへのお問い合わせありがとうございます。お客様の問題に対応するため、ケース {cid} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {cid}
件名: 2月分の請求額が想定より高い件
重要度: 一般的なガイダンス
やり取り: 2月分の請求で、NAT ゲートウェイの料金が前月の約3倍になっています。内訳の確認方法を教えてください。アカウント ID 4821 0937 5516
""" + JA_CONSOLE_FOOTER.format(cid=cid).split('\nこのやり取りについて')[0] + """

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
    add(59, 'billing-case-opened-ja', 'unrelated', 'ja', cid, [], True,
        make_eml(provider='hoshino', s=s, rcpt=MORI, frm=aws_from(), to=MORI,
                 subject=enc_subject(f'Amazon Web Services: サポートケースをオープンしました: {cid}', 'iso-2022-jp'), date=d,
                 body=T(txt, cs='iso-2022-jp', cte='7bit')))


def m060():
    d = D('2025-11-12 21:33:08+09:00')
    s = generic('aws-nintei-support.jp', 'mail.aws-nintei-support.jp', '103.152.17.205', 'info@aws-nintei-support.jp', 'mail', policy='NONE')
    txt = """AWS 認定 保有者様

いつも AWS 認定をご利用いただきありがとうございます。

お客様が保有する AWS 認定資格は 7 日後に失効します。資格を継続するには、以下のページで本人確認と更新手数料のお支払いを完了してください。

https://aws-nintei-support.jp/renew/login

期限までに手続きが完了しない場合、Credly のバッジも無効となります。

AWS 認定事務局
"""
    add(60, 'lookalike-renewal-fee-ja', 'unrelated', 'ja', None, [], False,
        make_eml(provider='biglobe', s=s, rcpt=MISAKI, frm=enc_name('AWS認定事務局', 'info@aws-nintei-support.jp'), to=MISAKI,
                 subject=enc_subject('【重要】AWS認定資格の有効期限に関するお知らせ', 'utf-8'), date=d,
                 body=T(txt, cte='base64')))


# ======================================================================================

def main():
    for fn in sorted(k for k in globals() if k.startswith('m0') and callable(globals()[k])):
        globals()[fn]()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails written')


if __name__ == '__main__':
    main()
