#!/usr/bin/env python3
"""Generate blind test set 45: AWS Certification account-merge mail (completions,
closures and what sits next to them). Writes NNN-slug.eml + labels.json next to
this script."""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(4545)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PT = ZoneInfo('America/Los_Angeles')
CEST = dt.timezone(dt.timedelta(hours=2))


def T(s, tz=UTC):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def later(t, **kw):
    return t + dt.timedelta(**kw)


def caseid(t, tail):
    return str(int(t.timestamp())) + tail


def rfc(t, tz=None):
    if tz is not None:
        t = t.astimezone(tz)
    return format_datetime(t)


def rfc_pt(t):
    s = format_datetime(t.astimezone(PT))
    return s + (' (PDT)' if t.astimezone(PT).dst() else ' (PST)')


def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))


def uuid():
    return '%s-%s-%s-%s-%s' % (hexr(8), hexr(4), '4' + hexr(3), rnd.choice('89ab') + hexr(3), hexr(12))


def ses_id(t):
    ms = int(t.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, uuid())


def fold_b(s, width=72, indent='\t'):
    """fold a long base64 blob for DKIM b= / ARC b="""
    parts = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(parts)


# ---------------------------------------------------------------- MIME parts

def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         declared=None, codec=None, fmt_flowed=False):
    """A single text part. codec = python codec used for the bytes (may differ
    from the declared charset to model mislabelled mail)."""
    raw = text.encode(codec or charset)
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
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, declared or charset)
    if fmt_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m


def alt(*parts):
    m = MIMEMultipart('alternative', boundary='--=_Part_%d_%d.%d' % (
        rnd.randint(100000, 999999), rnd.randint(10000000, 99999999), rnd.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    del m['MIME-Version']
    return m


def to_html(text, extra_bottom=''):
    paras = text.strip('\n').split('\n\n')
    body = ''.join('<p>%s</p>\n' % '<br>\n'.join(html.escape(l) for l in p.split('\n')) for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            + body + extra_bottom + '</body></html>\n')


def render(headers, body):
    """headers: list of (name, value) in order (values already folded/encoded)."""
    head = ''.join('%s: %s\n' % (k, v) for k, v in headers)
    head += 'MIME-Version: 1.0\n'
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=compat32.clone(linesep='\n')).flatten(body, unixfrom=False)
    return head.encode('ascii') + bio.getvalue()


def subj(s, charset='utf-8', prefix=None):
    """Subject: ascii as-is, otherwise RFC 2047 encoded words (folded)."""
    if prefix is None and all(ord(c) < 128 for c in s):
        return s
    h = Header(header_name='Subject', maxlinelen=76)
    if prefix:
        h.append(prefix, 'us-ascii')
    h.append(s, charset)
    return h.encode(linesep='\n', maxlinelen=76)


def addr(name, a, charset='utf-8'):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return formataddr((name, a), charset=charset)


# -------------------------------------------------------- transport headers

SES_IPS = ['54.240.8.30', '54.240.8.84', '54.240.9.12', '54.240.9.101', '54.240.48.92', '54.240.13.55']


def ses_host(ip):
    a = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (a[2], a[3])


def results_gmail(dkims, spf, mailfrom, ip, dmarc, from_dom, policy='QUARANTINE'):
    lines = []
    for d, s, res in dkims:
        lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, s, alnum(8)))
    if spf == 'pass':
        lines.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (mailfrom, ip, mailfrom))
    elif spf == 'softfail':
        lines.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (mailfrom, ip, mailfrom))
    else:
        lines.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (spf, mailfrom, ip, mailfrom))
    dis = 'NONE' if dmarc == 'pass' else policy
    lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, policy, policy, dis, from_dom))
    return lines


def trace(provider, t, to, src_host, src_ip, mailfrom, from_dom, dkims,
          spf='pass', dmarc='pass', policy='QUARANTINE'):
    """Headers added by the receiving side, top first."""
    H = []
    if provider == 'gmail':
        res = results_gmail(dkims, spf, mailfrom, src_ip, dmarc, from_dom, policy)
        r1 = later(t, seconds=2)
        H.append(('Delivered-To', to))
        H.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                  % (hexr(4), hexr(3), hexr(3), hexr(4), hexr(4), alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789') + 'csp' + str(rnd.randint(100000, 999999)), rfc_pt(r1))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + alnum(60)))
        H.append(('X-Received', 'by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                  % (hexr(3), hexr(4), hexr(3), hexr(4), hexr(4), alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'), rfc_pt(r1))))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                  % (int(t.timestamp()), fold_b(b64r(96), 64, '         '))))
        H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                  '        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n'
                  '        bh=%s;\n        fh=%s;\n        b=%s' % (b64r(32), b64r(32), fold_b(b64r(96), 64, '         '))))
        H.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + ';\n       '.join(res)))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
                  '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (src_host, src_host, src_ip, '%s-%ssi%d%s.%d.%s' % (hexr(13), hexr(10), rnd.randint(10**6, 10**7), alnum(2, 'abcdefghijklmnopqrstuvwxyz'), rnd.randint(10, 999), r1.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S')), to, rfc_pt(r1))))
        if spf == 'pass':
            H.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                      % (mailfrom, src_ip, src_ip)))
        else:
            H.append(('Received-SPF', '%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;'
                      % (spf, mailfrom, src_ip, src_ip)))
        H.append(('Authentication-Results', 'mx.google.com;\n       ' + ';\n       '.join(res)))
    elif provider == 'outlook':
        r1 = later(t, seconds=3)
        md = mailfrom.split('@')[1]
        dk = [d for d, s, res in dkims if res == 'pass']
        if dmarc == 'pass':
            ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
                  ' header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100'
                  % (spf, src_ip, md, dk[0], from_dom))
        else:
            ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n'
                  ' header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000'
                  % (spf, src_ip, md, from_dom))
        node = rnd.choice(['DM6PR', 'PH0PR', 'SA1PR', 'BY5PR', 'AM9PR']) + '%02d' % rnd.randint(1, 19) + 'MB' + str(rnd.randint(1000, 9999))
        fe = rnd.choice(['BN1PEPF', 'DS2PEPF', 'SN1PEPF', 'CH1PEPF']) + '0000%s' % hexr(4).upper()
        H.append(('Received', 'from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s)\n by %s.namprd%02d.prod.outlook.com with HTTPS; %s'
                  % (node, rnd.randint(1, 20), hexr(3), hexr(2), node, rnd.randint(1, 20), rfc(r1))))
        H.append(('Received', 'from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by\n %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) with Microsoft SMTP Server\n'
                  ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (fe, rnd.randint(1, 20), hexr(3), hexr(2), node, rnd.randint(1, 20), hexr(3), hexr(2), rnd.randint(8000, 9500), rnd.randint(10, 40), rfc(r1))))
        H.append(('Authentication-Results', ar))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                  % ('Pass' if spf == 'pass' else 'Fail', md, src_ip, src_ip, src_host)))
        H.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP Server\n'
                  ' (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                  % (src_host, src_ip, fe, rnd.randint(10, 250), rnd.randint(8000, 9500), rnd.randint(10, 40), rfc(r1))))
        H.append(('Return-Path', mailfrom))
    elif provider in ('nifty', 'ocn', 'biglobe', 'sonet'):
        r1 = later(t, seconds=4)
        authserv = {'nifty': 'nifty.com', 'ocn': 'ocn.ne.jp', 'biglobe': 'biglobe.ne.jp', 'sonet': 'so-net.ne.jp'}[provider]
        mx = {'nifty': 'mta-snd-e0%d.mail.nifty.com' % rnd.randint(1, 9),
              'ocn': 'mfgw%d.ocn.ad.jp' % rnd.randint(10, 40),
              'biglobe': 'mailgw%02d.biglobe.ne.jp' % rnd.randint(1, 30),
              'sonet': 'mx%d.so-net.ne.jp' % rnd.randint(1, 9)}[provider]
        dk = ' '.join('dkim=%s header.d=%s;' % (res, d) for d, s, res in dkims) or 'dkim=none;'
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s'
                  % (src_host, src_host, src_ip, mx, alnum(14), to, rfc(r1, JST))))
        H.append(('Authentication-Results', '%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s\n\tdmarc=%s header.from=%s'
                  % (authserv, spf, mailfrom, dk.replace('; ', ';\n\t'), dmarc, from_dom)))
    elif provider == 'fastmail':
        r1 = later(t, seconds=2)
        dk = ';\n    '.join('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048'
                           % (res, d, d, alnum(8), s) for d, s, res in dkims)
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by mailmx.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s'
                  % (rnd.randint(1, 9), rnd.randint(1, 9), rnd.randint(40, 60), hexr(7), rfc(r1, ZoneInfo('America/New_York')))))
        H.append(('X-Cyrus-Session-Id', 'sloti%dd1t%02d-%d-%d-1-%d' % (rnd.randint(10, 60), rnd.randint(1, 40), rnd.randint(10**6, 10**7), rnd.randint(1000, 9999), rnd.randint(10**17, 10**18))))
        H.append(('Received', 'from mx6 ([10.202.2.205])\n  by compute%d.internal (LMTPProxy); %s' % (rnd.randint(1, 9), rfc(r1, ZoneInfo('America/New_York')))))
        H.append(('Authentication-Results', 'mx6.messagingengine.com;\n    %s;\n    dmarc=%s policy.published-domain-policy=quarantine\n'
                  '      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n'
                  '      header.from=%s;\n    spf=%s smtp.mailfrom=%s smtp.helo=%s'
                  % (dk, dmarc, from_dom, spf, mailfrom, src_host)))
        H.append(('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
                  '\t(No client certificate requested)\n\tby mx6.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s'
                  % (src_host, src_host, src_ip, to, rfc(r1, ZoneInfo('America/New_York')))))
    elif provider == 'yahoo':
        r1 = later(t, seconds=2)
        dk = ';\n '.join('dkim=%s header.i=@%s header.s=%s' % (res, d, s) for d, s, res in dkims)
        H.append(('Received', 'from 10.197.%d.%d\n by atlas%d.free.mail.gq1.yahoo.com with HTTP; %s'
                  % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(100, 400), rfc(r1))))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (EHLO %s)\n by %d.mail.gq1.yahoo.com with SMTP; %s'
                  % (src_ip, src_host, rnd.randint(100, 400), rfc(r1))))
        H.append(('Authentication-Results', 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;\n %s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;'
                  % (dk, spf, mailfrom.split('@')[1], dmarc, policy, from_dom)))
    elif provider == 'none':
        # corporate relay that adds no Authentication-Results
        r1 = later(t, seconds=5)
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from mgw02.hoshizora-sys.co.jp (mgw02.hoshizora-sys.co.jp [10.20.1.12])\n\tby mbx01.hoshizora-sys.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                  % (alnum(10, 'ABCDEF0123456789'), to, rfc(r1, JST))))
        H.append(('Received', 'from %s (%s [%s])\n\tby mgw02.hoshizora-sys.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (src_host, src_host, src_ip, alnum(10, 'ABCDEF0123456789'), to, rfc(r1, JST))))
    else:
        raise ValueError(provider)
    return H


def dkim_sig(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (s, d, int(t.timestamp()), h, b64r(32), fold_b(b64r(192))))


AWS_FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')
CREDLY = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')


def aws_mail(t, to, subject, body, provider, frm=AWS_FORM, to_name=None,
             dmarc='pass', extra=(), in_reply_to=None, from_charset='utf-8'):
    sid = ses_id(t)
    ip = rnd.choice(SES_IPS)
    mailfrom = sid + '@email.amazonses.com'
    dkims = [('amazon.com', 'rte02', 'pass'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')]
    H = trace(provider, t, to, ses_host(ip), ip, mailfrom, 'amazon.com', dkims, dmarc=dmarc)
    H.append(dkim_sig('amazon.com', 'rte02', t))
    H.append(dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t,
                      'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))
    H.append(('Date', rfc(t, UTC)))
    H.append(('From', addr(frm[0], frm[1], from_charset)))
    H.append(('To', addr(to_name, to) if to_name else to))
    H.append(('Message-ID', '<%s@email.amazonses.com>' % sid))
    H.append(('Subject', subject))
    if in_reply_to:
        H.append(('In-Reply-To', in_reply_to))
        H.append(('References', in_reply_to))
    H.extend(extra)
    H.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30).rstrip('=')))
    H.append(('X-SES-Outgoing', '%s-%s' % (t.astimezone(UTC).strftime('%Y.%m.%d'), ip)))
    return render(H, body)


def credly_mail(t, to, subject, body, provider, to_name=None):
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    host = 'o%d.email.credly.com' % rnd.randint(1, 30)
    mailfrom = 'bounces+%d-%s-%s=%s@em.credly.com' % (rnd.randint(1000000, 9999999), hexr(4), to.split('@')[0].replace('.', '.'), to.split('@')[1])
    dkims = [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')]
    H = trace(provider, t, to, host, ip, mailfrom, 'credly.com', dkims, policy='REJECT')
    H.append(dkim_sig('credly.com', 's1', t, 'content-type:from:mime-version:subject:reply-to:list-unsubscribe:to:cc:content-type:from:subject:to'))
    H.append(('Date', rfc(t, UTC)))
    H.append(('From', addr(*CREDLY)))
    H.append(('Reply-To', 'support@credly.com'))
    H.append(('To', addr(to_name, to) if to_name else to))
    H.append(('Message-ID', '<%s@geopod-ismtpd-%d>' % (alnum(22), rnd.randint(1, 40))))
    H.append(('Subject', subject))
    H.append(('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?token=%s>' % alnum(32)))
    H.append(('X-SG-EID', alnum(60) + '=='))
    return render(H, body)


def other_mail(t, frm, to, subject, body, provider, src_host, src_ip, mailfrom, from_dom, dkims,
               dmarc='pass', spf='pass', policy='NONE', msgid=None, extra=(), to_name=None,
               date_tz=None, from_charset='utf-8'):
    H = trace(provider, t, to, src_host, src_ip, mailfrom, from_dom, dkims, spf=spf, dmarc=dmarc, policy=policy)
    for d, s, res in dkims:
        if res != 'none':
            H.append(dkim_sig(d, s, t))
    H.append(('Date', rfc(t, date_tz)))
    H.append(('From', addr(frm[0], frm[1], from_charset)))
    H.append(('To', addr(to_name, to) if to_name else to))
    H.append(('Message-ID', msgid or '<%s@%s>' % (uuid(), from_dom)))
    H.append(('Subject', subject))
    H.extend(extra)
    return render(H, body)


def form_subj(cid):
    return 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid


def support_url(cid, lang='en'):
    return 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s' % (cid, lang)


def survey_url(cid, extra=''):
    return 'https://pulse.aws/survey/%s?caseId=%s%s' % (alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), cid, extra)


CONSOLE_FOOTER_EN = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
===================================================================
To see the case, go to {url}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOTER_JA = """
このやり取りについて評価をお寄せください。AWS サポートセンターの各メッセージ右上の星を選択して評価いただけます。

===================================================================
ケースを表示するには、次のリンクにアクセスしてください: {url}

※このメールは送信専用アドレスから送信されています。同じ件についてのお問い合わせは、上記リンクからお願いいたします。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

MAILS = []


def mail(slug, kind, lang, case_id, ids, verified):
    def deco(fn):
        MAILS.append(dict(slug=slug, kind=kind, lang=lang, case_id=case_id,
                          ids=sorted(set(ids)), verified=verified, fn=fn))
        return fn
    return deco


# ================================================================ personas / cases
TANAKA = 'tanaka.kenji.dev@gmail.com'
MARIA = 'maria.alvarez@outlook.com'
SATO = 'yuki-sato@nifty.com'
PRIYA = 'priya.raman@northwind-analytics.com'
KOBA = 'haruto.kbys@gmail.com'
TOMASZ = 'tomasz.nowak.pl@gmail.com'
YAMA = 'm.yamamoto@ocn.ne.jp'
DANIEL = 'd.okafor@fastmail.com'
NAKA = 'sho.nakamura@biglobe.ne.jp'
AISHA = 'aisha.khan.cloud@gmail.com'
ITO = 'd-ito@so-net.ne.jp'
WATA = 'aoi.watanabe@outlook.jp'
TAKA = 'makoto.takahashi@hoshizora-sys.co.jp'
LUCAS = 'lucas.ferreira.dev@gmail.com'
BEN = 'ben.carter82@yahoo.com'

O1 = T('2025-05-27 08:02:41', JST); C1 = caseid(O1, '00427')
O2 = T('2025-08-11 14:20:09'); C2 = caseid(O2, '01163')
O3 = T('2025-10-02 10:15:30', JST); C3 = caseid(O3, '00952')
O4 = T('2026-01-14 16:47:12'); C4 = caseid(O4, '00318')
O5 = T('2026-02-20 21:33:05', JST); C5 = caseid(O5, '01779')
C6 = '12894416305'
O7 = T('2025-12-03 09:05:48', JST); C7 = caseid(O7, '00061')
O7b = T('2025-12-22 10:11:02', JST); C7b = caseid(O7b, '00745')
O8 = T('2025-07-07 18:52:27'); C8 = caseid(O8, '00884')
O9 = T('2025-09-16 13:40:19', JST); C9 = caseid(O9, '01205')
O10 = T('2026-03-09 11:02:55'); C10 = caseid(O10, '00590')
O11 = T('2026-04-06 09:30:14', JST); C11 = caseid(O11, '00233')
O12 = T('2025-06-18 20:12:44', JST); C12 = caseid(O12, '01417')
O13 = T('2025-11-10 14:26:37', JST); C13 = caseid(O13, '00876')
O15 = T('2025-10-20 16:03:51'); C15 = caseid(O15, '00412')
O16 = T('2026-01-27 08:44:20'); C16 = caseid(O16, '01038')
OB = T('2025-11-04 11:52:09', JST); CB = caseid(OB, '00067')      # Sato billing case
OQ = T('2026-02-03 15:10:45', JST); CQ = caseid(OQ, '00529')      # Takahashi quota case
FAKE = '176150230900417'
SELLER = '6120934471'


# ================================================================ Tanaka (ja, gmail, form)
@mail('aws-form-receipt', 'case_created', 'ja', C1, ['AWS04417823'], True)
def _():
    t = later(O1, seconds=38)
    body = leaf(f"""田中 健司 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

以下の内容でお問い合わせを受け付けました。

ケース番号: {C1}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 受験者 ID: AWS04417823

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
なお、同じご依頼で複数のケースを作成されますと、対応が遅れる場合がございます。
追加の情報がございましたら、本メールにそのままご返信ください。

Amazon Web Services
トレーニングと認定 カスタマーサポート
""", charset='iso-2022-jp', cte='7bit')
    return aws_mail(t, TANAKA, subj('お問い合わせを受け付けました - AWS Training and Certification', 'iso-2022-jp', prefix=f'[CASE {C1}] '),
                    body, 'gmail', to_name='田中 健司')


@mail('aws-form-reply', 'merge_confirmation_requested', 'ja', C1, ['AWS04417823', 'AWS09921356'], True)
def _():
    t = T('2025-05-27 18:40:12', JST)
    body = leaf("""田中 健司 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサポートの鈴木と申します。

お客様のご依頼内容を確認いたしました。以下のとおりアカウントを統合する準備が整っております。

　統合先（今後ご利用いただくアカウント）: AWS04417823
　　登録メールアドレス: tanaka.kenji.dev@gmail.com
　統合元（統合後に無効となるアカウント）: AWS09921356
　　登録メールアドレス: k-tanaka@minato-denshi.co.jp

統合後は、統合元アカウントで取得された認定資格、受験履歴および特典が、すべて統合先アカウントに引き継がれます。
なお、統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信いただき、統合の実施をご承認ください。
ご承認をいただくまで、作業は行いません。

何卒よろしくお願いいたします。

鈴木
Amazon Web Services
トレーニングと認定 カスタマーサポート
""", charset='iso-2022-jp', cte='7bit')
    return aws_mail(t, TANAKA, form_subj(C1), body, 'gmail')


@mail('aws-form-reply', 'support_reply', 'ja', C1, ['AWS04417823'], True)
def _():
    t = T('2025-05-28 10:25:33', JST)
    body = leaf("""田中 健司 様

AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

統合内容をご確認いただき、誠にありがとうございます。
いただいたご承認に基づき、AWS04417823 を存続アカウントとして手続きを開始いたしました。

処理には通常 1〜3 営業日ほどお時間をいただいております。
手続きが終わりましたら、改めて本ケースにてご連絡いたします。
それまでの間、同じ内容で新しいケースを作成されませんようお願いいたします。

よろしくお願いいたします。

鈴木
Amazon Web Services
トレーニングと認定 カスタマーサポート

2025年5月28日(水) 8:02 田中 健司 <tanaka.kenji.dev@gmail.com>:
> 鈴木様
>
> ご連絡ありがとうございます。
> 記載の内容で問題ありません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 田中
>
> 2025年5月27日(火) 18:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 田中 健司 様
> >
> > お客様のご依頼内容を確認いたしました。以下のとおりアカウントを統合する準備が整っております。
> >
> > 　統合先（今後ご利用いただくアカウント）: AWS04417823
> > 　統合元（統合後に無効となるアカウント）: AWS09921356
> >
> > なお、統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。
> > 上記の内容でよろしければ、本メールにご返信いただき、統合の実施をご承認ください。
""", charset='utf-8', cte='quoted-printable')
    return aws_mail(t, TANAKA, form_subj(C1), body, 'gmail',
                    in_reply_to='<CAH7kT2pQx9vN0bW1r8mZ3eLdYg5oJ6sUa4fK2cVt@mail.gmail.com>')


@mail('aws-form-reply', 'merge_completed', 'ja', C1, ['AWS04417823', 'AWS09921356'], True)
def _():
    t = T('2025-05-29 16:05:51', JST)
    text = """田中 健司 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木です。

大変お待たせいたしました。
AWS09921356 に登録されていた認定資格、受験履歴および特典は、すべて AWS04417823 へ移行いたしました。
今後は AWS04417823 にサインインしてご利用ください。旧アカウントは無効となっており、サインインできません。

Credly のデジタルバッジについては、数日以内に Credly から別途メールでご案内が届きます。
万一 1 週間以上経ってもバッジが届かない場合は、本メールにご返信ください。

本件はこれにてクローズとさせていただきます。
今回の対応についてアンケートにご協力いただけますと幸いです。

鈴木
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    body = leaf(text, charset='shift_jis', cte='base64')
    return aws_mail(t, TANAKA, form_subj(C1), body, 'gmail')


@mail('credly-mail', 'credly_badge_issued', 'ja', None, [], True)
def _():
    t = T('2025-05-31 02:14:09')
    u = uuid()
    text = f"""田中 健司 さん

Amazon Web Services Training and Certification から、あなたの Credly アカウントにバッジが発行されました。

AWS Certified Solutions Architect - Associate
発行元: Amazon Web Services Training and Certification

このバッジは、AWS 認定アカウントの統合に伴い、以前のアカウントから移されたものです。
バッジを受け取ると、プロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る:
https://www.credly.com/badges/{u}/accept

Credly は Pearson 傘下の企業です。
このメールの配信停止: https://www.credly.com/notifications/unsubscribe
"""
    htmlp = to_html(text.replace(f'https://www.credly.com/badges/{u}/accept', '[バッジを受け取る]'),
                    f'<p><a href="https://www.credly.com/badges/{u}/accept" style="background:#2a7ab0;color:#fff;padding:10px 18px;text-decoration:none">バッジを受け取る</a></p>\n')
    body = alt(leaf(text, cte='base64'), leaf(htmlp, 'html', cte='base64'))
    return credly_mail(t, TANAKA, subj('Amazon Web Services Training and Certification からバッジが届いています'), body, 'gmail', to_name='田中 健司')


# ================================================================ Maria (en, outlook.com, form)
B1_TEXT = """Hello Maria,

Thank you for contacting AWS Training and Certification. My name is Jonas and I'll be assisting you with your request.

I reviewed the information you provided and located three candidate accounts associated with you:

  - AWS01385520 (maria.alvarez@outlook.com) - primary
  - AWS07734219 (m.alvarez@contoso-consulting.com)
  - AWS02290047 (maria.alvarez.1987@yahoo.com)

As requested, AWS01385520 will be retained as the primary account. The other two accounts will be merged into it, and all certifications, exam history and benefits will be moved to the primary account.

Please be aware that a merge is permanent: once it has been processed it cannot be undone, and you will no longer be able to sign in with the secondary accounts.

To proceed, please reply to this email confirming that the details above are correct. We will not take any action until we receive your confirmation.

Best regards,
Jonas
Amazon Web Services
"""


@mail('aws-form-reply', 'merge_confirmation_requested', 'en', C2, ['AWS01385520', 'AWS07734219', 'AWS02290047'], True)
def _():
    t = T('2025-08-12 08:15:27')
    return aws_mail(t, MARIA, form_subj(C2), leaf(B1_TEXT, cte='quoted-printable'), 'outlook')


@mail('aws-form-reply', 'support_reply', 'en', C2, [], True)
def _():
    t = T('2025-08-12 17:02:44')
    quoted = '\n'.join(B1_TEXT.strip('\n').split('\n'))
    text = f"""Hi Maria,

Thank you for confirming. I've now submitted the request to the team that processes these changes. Typical turnaround is 1-3 business days; I'll write back on this case as soon as it has been actioned.

In the meantime, there's no need to open another case for this request.

Best regards,
Jonas
Amazon Web Services

________________________________
From: Maria Alvarez <maria.alvarez@outlook.com>
Sent: Tuesday, August 12, 2025 10:41 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {C2}] [AWS Training and Certification Form Submission] - account-assistance

Hi Jonas,

The details are correct. Please proceed with the merge.

Thanks,
Maria

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, August 12, 2025 10:15 AM
To: maria.alvarez@outlook.com
Subject: RE:[CASE {C2}] [AWS Training and Certification Form Submission] - account-assistance

{quoted}
"""
    return aws_mail(t, MARIA, form_subj(C2), leaf(text, cte='quoted-printable'), 'outlook',
                    in_reply_to='<AM9PR02MB7751C3E0B1F8A2D64E19C0B9D02BA@AM9PR02MB7751.eurprd02.prod.outlook.com>')


@mail('aws-form-reply', 'merge_completed', 'en', C2, ['AWS01385520', 'AWS07734219', 'AWS02290047'], True)
def _():
    t = T('2025-08-14 11:30:05')
    text = """Hello Maria,

Good news: your request has been processed.

All three of your candidate profiles now live under AWS01385520. The certifications, exam history and the 50% exam discount benefit previously held on AWS07734219 and AWS02290047 are listed on that account, and those two IDs have been retired - they can no longer be used to sign in.

Your Credly badges will be reissued to the e-mail address on AWS01385520 over the next few days. Please accept them when they arrive.

If anything looks wrong, simply reply to this email within the next 14 days and we'll take another look.

Best regards,
Jonas
Amazon Web Services
"""
    body = alt(leaf(text, cte='quoted-printable'), leaf(to_html(text), 'html', cte='quoted-printable'))
    return aws_mail(t, MARIA, form_subj(C2), body, 'outlook')


@mail('aws-case-mail', 'survey', 'en', C2, [], True)
def _():
    t = T('2025-08-14 11:31:40')
    yes, no = survey_url(C2, '&resolved=yes'), survey_url(C2, '&resolved=no')
    text = f"""Hello,

Your AWS Training and Certification case {C2} has been marked as resolved and is now closed.

Was your issue resolved?
  YES: {yes}
  NO:  {no}

How would you rate the support you received from Jonas? (1 = poor, 5 = excellent)
  {survey_url(C2, '&agent=1')}

Your feedback helps us improve. The survey takes less than two minutes.

Amazon Web Services Training and Certification
"""
    stars = ''.join(f'<a href="{survey_url(C2, "&rating=%d" % i)}" style="font-size:22px;text-decoration:none">&#9733;</a>' for i in range(1, 6))
    h = f"""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:14px"><b>AWS Training and Certification</b></td></tr>
<tr><td style="padding:18px">
<p>Hello,</p>
<p>Your case <b>{C2}</b> has been marked as resolved and is now closed.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="{yes}" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="{no}" style="background:#d5dbdb;color:#000;padding:8px 20px;text-decoration:none">NO</a></p>
<p>Rate your support experience:<br>{stars}</p>
<p style="color:#687078;font-size:12px">Your feedback helps us improve. This survey takes less than two minutes.</p>
</td></tr></table></body></html>
"""
    body = alt(leaf(text, cte='7bit', charset='us-ascii'), leaf(h, 'html', cte='quoted-printable'))
    return aws_mail(t, MARIA, f'Your case {C2} has been closed - tell us how we did', body, 'outlook')


@mail('credly-mail', 'credly_badge_issued', 'en', None, [], True)
def _():
    t = T('2025-08-17 06:48:22')
    u = uuid()
    text = f"""Maria, you've been issued a new badge

Amazon Web Services Training and Certification sent you a badge:

AWS Certified Solutions Architect – Associate

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/badges/{u}/accept

Questions? Visit our support center: https://support.credly.com

Credly | 13241 Woodland Park Road, Herndon, VA 20171
Unsubscribe: https://www.credly.com/notifications/unsubscribe
"""
    h = f"""<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/{uuid()}/image.png" alt="AWS Certified Solutions Architect - Associate" width="110"></td></tr>
<tr><td style="padding:0 24px"><h2>Maria, you've been issued a new badge</h2>
<p>Amazon Web Services Training and Certification sent you a badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/{u}/accept" style="background:#3c79c0;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
</td></tr>
<tr><td style="padding:24px;color:#888;font-size:11px">Credly | 13241 Woodland Park Road, Herndon, VA 20171 &middot; <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""
    body = alt(leaf(text, cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable'))
    return credly_mail(t, MARIA, "Maria, you've been issued a new badge", body, 'outlook', to_name='Maria Alvarez')


@mail('credly-mail', 'unrelated', 'en', None, [], True)
def _():
    t = T('2025-08-20 19:05:13')
    code = '%06d' % rnd.randint(0, 999999)
    text = f"""Hi Maria,

We received a request to merge another Credly account into yours.

Your verification code is: {code}

Enter this code on the merge screen, or click the button below to complete your account merge. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/account/merge/confirm?token={alnum(40)}

If you did not request this, you can safely ignore this email - no changes will be made.

The Credly Team
"""
    body = alt(leaf(text, cte='quoted-printable'),
               leaf(to_html(text), 'html', cte='quoted-printable'))
    return credly_mail(t, MARIA, 'Your Credly account merge verification code', body, 'outlook', to_name='Maria Alvarez')


# ================================================================ Sato (ja, nifty, console)
@mail('aws-console-case', 'case_created', 'ja', C3, ['AWS05518842', 'AWS03061577'], True)
def _():
    t = later(O3, seconds=21)
    text = f"""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {C3} を作成しました。

ケース ID: {C3}
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス
お問い合わせ内容:
AWS認定の受験者IDが2つ（AWS05518842 と AWS03061577）あります。以前の勤務先のメールアドレスで作ったものが残ってしまったようです。AWS05518842 のほうに統一したいです。よろしくお願いします。

このケースへの返信やケースの詳細の確認は、AWS サポートセンターから行えます:
{support_url(C3, 'ja')}

よろしくお願いいたします。
アマゾン ウェブ サービス

※このメールは送信専用アドレスから送信されています。このメールに返信しないでください。
"""
    return aws_mail(t, SATO, subj(f'Amazon Web Services: 新しいサポートケースを作成しました: {C3}'),
                    leaf(text, cte='base64'), 'nifty', frm=AWS_CONSOLE)


@mail('aws-console-case', 'support_reply', 'ja', C3, ['AWS05518842', 'AWS03061577'], True)
def _():
    t = T('2025-10-03 11:20:45', JST)
    text = """佐藤 由紀 様

AWS サポートにお問い合わせいただき、ありがとうございます。
トレーニングと認定担当の山田です。

お知らせいただいた受験者 ID（AWS 05518842 / AWS 03061577）について確認いたしました。
統合の手続きを進めるにあたり、お手数ですが以下の情報をご提供ください。

1. それぞれのアカウントにサインインする際のメールアドレス
2. それぞれのアカウントに登録されている通知用メールアドレス
3. 統合後に残すアカウント（お問い合わせ文面では AWS 05518842 とのことですが、念のためご確認ください）
4. アカウントが2つになった経緯（差し支えない範囲で）

ご返信は、サポートセンターの本ケースからお願いいたします。このメールへの返信はお受けできません。

よろしくお願いいたします。

山田
Amazon Web Services
""" + CONSOLE_FOOTER_JA.format(url=support_url(C3, 'ja'))
    return aws_mail(t, SATO, subj('認定アカウントが2つあるので1つにまとめたい', prefix=f'RE:[CASE {C3}] '),
                    leaf(text, cte='quoted-printable'), 'nifty', frm=AWS_CONSOLE)


@mail('aws-console-case', 'merge_completed', 'ja', C3, ['AWS05518842', 'AWS03061577'], True)
def _():
    t = T('2025-10-07 15:02:18', JST)
    text = """佐藤 由紀 様

お世話になっております。AWS サポートの山田です。

ご提供いただいた情報をもとに対応を進め、本日作業が終了しました。結果は以下のとおりです。

① ご利用いただくアカウント: AWS05518842
② 無効化したアカウント: AWS03061577
③ 引き継いだ内容: AWS Certified Cloud Practitioner、AWS Certified Developer - Associate、受験履歴、次回受験の 50% 割引特典

AWS03061577 でのサインインは今後できませんのでご注意ください。
認定資格の一覧は、AWS05518842 でサインインした認定アカウントのページからご確認いただけます。

ほかにご不明な点がございましたら、サポートセンターの本ケースからお知らせください。

山田
Amazon Web Services
""" + CONSOLE_FOOTER_JA.format(url=support_url(C3, 'ja'))
    # bytes are cp932 (NEC circled digits) but the part is labelled Shift_JIS
    body = leaf(text, charset='Shift_JIS', codec='cp932', cte='base64')
    return aws_mail(t, SATO, subj('認定アカウントが2つあるので1つにまとめたい', 'iso-2022-jp', prefix=f'RE:[CASE {C3}] '),
                    body, 'nifty', frm=AWS_CONSOLE)


@mail('aws-case-mail', 'survey', 'ja', C3, [], True)
def _():
    t = T('2025-10-14 09:00:31', JST)
    links = ''.join(f'<a href="{survey_url(C3, "&score=%d" % i)}" style="display:inline-block;width:36px;text-align:center;border:1px solid #aab7b8;margin:2px;text-decoration:none">{i}</a>' for i in range(1, 6))
    h = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS サポート</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>佐藤 由紀 様</p>
<p>先日は AWS サポートをご利用いただき、ありがとうございました。<br>
ケース {C3}「認定アカウントが2つあるので1つにまとめたい」は、解決済みとしてクローズされました。</p>
<p>今回のサポート対応について、簡単なアンケートへのご協力をお願いいたします。所要時間は 2 分ほどです。</p>
<p><b>問題は解決しましたか？</b><br>
<a href="{survey_url(C3, '&resolved=yes')}">はい</a> ｜ <a href="{survey_url(C3, '&resolved=no')}">いいえ</a></p>
<p><b>担当者の対応を 5 段階で評価してください（5 = 非常に満足）</b><br>{links}</p>
<p style="font-size:12px;color:#687078">ケースを再度開く必要がある場合は、クローズから 14 日以内であればサポートセンターから再オープンできます。<br>
このメールは送信専用アドレスから送信されています。</p>
</body></html>
"""
    return aws_mail(t, SATO, subj(f'[ケース {C3}] サポートのご対応についてアンケートのお願い'),
                    leaf(h, 'html', cte='base64'), 'nifty', frm=AWS_CONSOLE)


@mail('aws-support-mail', 'survey', 'ja', None, [], False)
def _():
    t = T('2025-10-16 12:41:09', JST)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="max-width:560px;margin:auto;font-family:sans-serif">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold">aws</span> <span style="color:#fff">サポート</span></div>
<p>いつも AWS をご利用いただき、ありがとうございます。</p>
<p>先日お問い合わせいただいたサポートケースについて、満足度アンケートを実施しております。<br>
ご回答いただいたお客様全員に、<b>Amazon ギフトカード 2,000円分</b>をプレゼントいたします。</p>
<p>※ ご本人確認のため、回答の前に AWS アカウントへのサインインが必要です。</p>
<p style="text-align:center"><a href="https://aws-support-jp.net/survey/login?id=8f31c0a2" style="background:#ff9900;color:#000;padding:10px 30px;text-decoration:none">▶ アンケートに回答する</a></p>
<p>回答期限: 2025年10月20日 23:59</p>
<p style="font-size:11px;color:#888">Amazon Web Services サポートチーム</p>
</div></body></html>
"""
    return other_mail(t, ('AWS サポート', 'survey@aws-support-jp.net'), SATO,
                      subj('【AWSサポート】アンケートご協力のお願い（Amazonギフトカード2,000円分進呈）'),
                      leaf(h, 'html', cte='base64'), 'nifty', 'mail.aws-support-jp.net', '45.153.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                      'bounce@aws-support-jp.net', 'aws-support-jp.net', [], dmarc='none', spf='pass', date_tz=JST)


@mail('aws-console-case', 'unrelated', 'ja', CB, [], True)
def _():
    t = T('2025-11-06 17:12:50', JST)
    text = f"""佐藤 由紀 様

AWS サポートにお問い合わせいただき、ありがとうございます。請求担当の高木です。

10 月分の請求で Amazon EC2 の料金が二重に計上されていた件について、調査の結果、重複していた 1,284.50 USD の返金処理が完了しました。
返金はご登録のクレジットカードに対して行われ、カード会社によっては反映まで 5〜10 営業日ほどかかる場合がございます。

本件はこれで解決とさせていただき、ケースをクローズいたします。
今回の対応について、よろしければアンケートにご協力ください:
{survey_url(CB)}

高木
Amazon Web Services
""" + CONSOLE_FOOTER_JA.format(url=support_url(CB, 'ja'))
    return aws_mail(t, SATO, subj('10月分の請求額について（EC2 の二重請求）', prefix=f'RE:[CASE {CB}] '),
                    leaf(text, cte='base64'), 'nifty', frm=AWS_CONSOLE)


# ================================================================ Priya (en, O365, console)
@mail('aws-console-case', 'case_created', 'en', C4, ['AWS06620193', 'AWS03318745'], True)
def _():
    t = later(O4, seconds=17)
    text = f"""Thank you for contacting Amazon Web Services. We have opened case {C4} to address your issue.

Case ID: {C4}
Subject: Two certification accounts - need them combined
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts: AWS06620193 (current, work email) and aws-03318745 (old one from university). Could you combine them and keep AWS06620193? Thanks, Priya

You can view the case and reply to it in the AWS Support Center:
{support_url(C4)}

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    return aws_mail(t, PRIYA, f'Amazon Web Services: You have opened a new Support case: {C4}',
                    leaf(text, cte='quoted-printable'), 'outlook', frm=AWS_CONSOLE)


@mail('aws-console-notice', 'support_reply', 'en', C4, [], True)
def _():
    t = T('2026-01-15 09:10:02')
    text = f"""Hello,

We've added a new correspondence to your AWS Support case {C4}.

To view the correspondence and reply, please sign in to the AWS Support Center:
{support_url(C4)}

This is an automated notification. Please do not reply to this e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    return aws_mail(t, PRIYA, f'[Case {C4}] New correspondence added', leaf(text, 'plain', 'us-ascii', '7bit'),
                    'outlook', frm=AWS_CONSOLE)


@mail('aws-console-case', 'merge_completed', 'en', C4, ['AWS06620193', 'AWS03318745'], True)
def _():
    t = T('2026-01-16 13:45:39')
    text = """Hello Priya,

Done - AWS03318745 has been folded into AWS06620193. Your exam history and active certification now show on AWS06620193; the old ID is deactivated.

Best regards,
Rahul P.
Amazon Web Services
"""
    h = to_html(text, f"""<hr>
<p style="font-size:12px;color:#555">We value your feedback. Please share your experience by rating this correspondence:
<a href="{support_url(C4)}&rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:12px;color:#555">To see the case, go to <a href="{support_url(C4)}">{support_url(C4)}</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
""")
    body = alt(leaf(text, 'plain', 'us-ascii', '7bit'), leaf(h, 'html', cte='quoted-printable'))
    return aws_mail(t, PRIYA, f'RE:[CASE {C4}] Two certification accounts - need them combined', body, 'outlook', frm=AWS_CONSOLE)


@mail('aws-console-case', 'support_reply', 'en', C4, ['AWS06620193'], True)
def _():
    t = T('2026-01-21 10:05:12')
    text = """Hello Priya,

Thank you for reopening this case and for the screenshots.

You're right that the 50% exam discount from your Developer - Associate renewal isn't showing on AWS06620193 yet. Benefits are synced by a separate system and occasionally don't carry over with the rest of the record. I've raised this with the benefits team and asked them to re-sync your account.

I'll update this case within 2-3 business days. You don't need to do anything in the meantime.

Rahul P.
""" + CONSOLE_FOOTER_EN.format(url=support_url(C4))
    return aws_mail(t, PRIYA, f'RE:[CASE {C4}] Two certification accounts - need them combined',
                    leaf(text, cte='quoted-printable'), 'outlook', frm=AWS_CONSOLE)


@mail('credly-mail', 'credly_badge_issued', 'en', None, [], True)
def _():
    t = T('2026-01-23 15:30:00')
    u = uuid()
    text = f"""Hi Priya,

Just a reminder - Amazon Web Services Training and Certification issued you a badge on January 17, 2026, and it's still waiting for you.

AWS Certified Developer – Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/badges/{u}/accept

Once accepted, you can share your badge on LinkedIn, add it to your email signature, and let employers verify it in one click.

The Credly Team
Unsubscribe: https://www.credly.com/notifications/unsubscribe
"""
    h = to_html(text.replace(f'Accept your badge: https://www.credly.com/badges/{u}/accept', ''),
                f'<p><a href="https://www.credly.com/badges/{u}/accept" style="background:#3c79c0;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>\n')
    body = alt(leaf(text, cte='quoted-printable'), leaf(h, 'html', cte='base64'))
    return credly_mail(t, PRIYA, subj('Reminder: your AWS Certified Developer – Associate badge is waiting'), body, 'outlook', to_name='Priya Raman')


@mail('aws-console-notice', 'survey', 'en', C4, [], True)
def _():
    t = T('2026-02-05 04:00:11')
    text = f"""Hello,

We haven't received a response to our last correspondence on case {C4}, so the case has been closed automatically.

If you still need help with this issue, you can reopen the case from the AWS Support Center within the next 14 days:
{support_url(C4)}

Tell us about your experience. How satisfied were you with the support you received?
{survey_url(C4)}

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    return aws_mail(t, PRIYA, f'Amazon Web Services: Your Support case {C4} has been closed',
                    leaf(text, cte='quoted-printable'), 'outlook', frm=AWS_CONSOLE)


# ================================================================ Kobayashi (ja, gmail, form)
@mail('aws-form-reply', 'support_reply', 'ja', C5, ['AWS08812270', 'AWS01127764'], True)
def _():
    t = T('2026-02-21 14:00:26', JST)
    text = """小林 陽翔 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。担当の中川です。

お調べしたところ、小林様のお名前で登録された認定アカウントが以下の 2 つ見つかりました。

・aws08812270（登録メール: haruto.kbys@gmail.com）
・aws01127764（登録メール: h.kobayashi@st.nagare-u.ac.jp）

統合後にどちらのアカウントを残すか、お知らせいただけますでしょうか。
残さない方のアカウントには、統合後はサインインできなくなります。あわせて、現在それぞれのアカウントにサインインできるかどうかも教えていただけますと助かります。

本メールにそのままご返信ください。

中川
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    return aws_mail(t, KOBA, form_subj(C5), leaf(text, cte='base64'), 'gmail')


@mail('aws-form-reply', 'support_reply', 'ja', C5, ['AWS08812270'], True)
def _():
    t = T('2026-02-24 11:45:03', JST)
    text = """小林 陽翔 様

ご返信ありがとうございます。AWS08812270 を残すかたちで承りました。

統合作業は 3 月 2 日（月）に実施する予定です。
作業中の数時間は、両方のアカウントにサインインできない場合がございます。試験の予約などは、その前後で行っていただくようお願いいたします。

作業が終わりましたら、あらためてご連絡いたします。

中川
Amazon Web Services
トレーニングと認定 カスタマーサポート

2026年2月23日(月) 22:17 小林 陽翔 <haruto.kbys@gmail.com>:
> 中川さん
>
> 返信ありがとうございます！
> 残すのは AWS08812270 のほうでお願いします。もう一方（AWS01127764）は大学のアドレスで、卒業したのでもう使ってないです。
> 統合したら元に戻せないのも了解です。
> 両方ともサインインはできます。
>
> 小林
"""
    return aws_mail(t, KOBA, form_subj(C5), leaf(text, cte='quoted-printable'), 'gmail',
                    in_reply_to='<CAJp3mX8vYq0TnR2aW6kLs9EdC1uFh4oGz7bNe5iKw@mail.gmail.com>')


@mail('aws-form-reply', 'merge_completed', 'ja', C5, ['AWS08812270', 'AWS01127764'], True)
def _():
    t = T('2026-03-02 17:20:48', JST)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr" style="font-family:Meiryo,sans-serif;font-size:14px">
<div>小林さん</div><div><br></div>
<div>こんにちは、中川です。</div><div><br></div>
<div>お待たせしました！本日の作業は無事に終わり、今後は <b>AWS08812270</b> ひとつでご利用いただけます。</div>
<div>もう一方の ID（AWS01127764）は使えなくなっていますので、ブックマークなどがあれば更新してください。学生時代に取得された Cloud Practitioner も、ちゃんと AWS08812270 側に表示されています。</div><div><br></div>
<div>Credly のバッジは数日中に届く予定です。届いたら「バッジを受け取る」から承認してくださいね。</div><div><br></div>
<div>ほかに何かあれば、このメールに返信してください。</div><div><br></div>
<div>中川<br>Amazon Web Services<br>トレーニングと認定 カスタマーサポート</div>
</div></body></html>
"""
    return aws_mail(t, KOBA, form_subj(C5), leaf(h, 'html', cte='quoted-printable'), 'gmail')


@mail('friend-mail', 'unrelated', 'ja', None, [], False)
def _():
    t = T('2026-03-04 12:34:56', JST)
    text = """小林くん

おつかれ〜
こないだ言ってたAWS認定のアカウントまとめるやつ、もう終わった？
おれも大学のときのアカウントと今のアカウントで2つになってて、サポートに問い合わせようか迷ってる。
フォームのどこから出せばいいかとか、どれくらいで終わったか教えてくれると助かる！

あと来週の勉強会、SAAの模試やるからよろしく〜

森
"""
    body = alt(leaf(text, cte='base64'), leaf('<div dir="ltr">' + html.escape(text).replace('\n', '<br>') + '</div>\n', 'html', cte='base64'))
    return other_mail(t, ('森 亮太', 'ryota.mori.0411@gmail.com'), KOBA, subj('AWSのアカウントのやつ'), body, 'gmail',
                      'mail-sor-f41.google.com', '209.85.220.41', 'ryota.mori.0411@gmail.com', 'gmail.com',
                      [('gmail.com', '20230601', 'pass')], policy='NONE',
                      msgid='<CAKw8%s@mail.gmail.com>' % alnum(40), date_tz=JST)


@mail('certmetrics-mail', 'unrelated', 'ja', None, ['AWS08812270'], False)
def _():
    t = T('2026-03-20 07:15:40')
    text = """小林 陽翔 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。

認定資格: AWS Certified Solutions Architect - Associate
受験者 ID: AWS08812270
有効期限: 2029年3月19日

認定アカウントにサインインすると、デジタル証明書のダウンロードや、次回受験に使える 50% 割引特典の確認ができます。
https://www.aws.training/Certification

デジタルバッジは、Credly から別途メールでお届けします。

AWS 認定チーム
このメールは送信専用アドレスから送信されています。
"""
    return other_mail(t, ('AWS Certification', 'do-not-reply@certmetrics.com'), KOBA,
                      subj('AWS 認定: 再認定おめでとうございます'), leaf(text, cte='base64'), 'gmail',
                      'mail.certmetrics.com', '162.211.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                      'bounce@mail.certmetrics.com', 'certmetrics.com', [('certmetrics.com', 'cm1', 'pass')], policy='NONE')


# ================================================================ Tomasz (en, gmail, old 11-digit case)
@mail('aws-console-case', 'support_reply', 'en', C6, ['AWS09140026'], True)
def _():
    t = T('2025-11-18 09:12:37')
    text = f"""Hello Tomasz,

Your case has been reopened.

I can see the request from 2023 on this case. The three badges you mention were issued to your old profile (AWS09140026) and are still attached to the Credly account for your old e-mail address, which is handled separately.

I've passed the badge issue to the Credly team. No action is needed from you for now; I'll update this case when I hear back.

Regards,
Marta
""" + CONSOLE_FOOTER_EN.format(url=support_url(C6))
    return aws_mail(t, TOMASZ, f'RE:[CASE {C6}] Merge certification accounts', leaf(text, cte='quoted-printable'),
                    'gmail', frm=AWS_CONSOLE)


@mail('credly-mail', 'credly_badge_issued', 'en', None, [], True)
def _():
    t = T('2025-11-24 14:58:02')
    text = """Hi Tomasz,

At the request of Amazon Web Services Training and Certification, the following badges have been transferred to this Credly account:

  - AWS Certified SysOps Administrator - Associate
  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate

They already appear on your profile and keep their original issue dates, so there's nothing you need to accept again.

View your badges: https://www.credly.com/users/tomasz-nowak.8f3a21/badges

The Credly Team
"""
    body = alt(leaf(text, cte='7bit', charset='us-ascii'), leaf(to_html(text), 'html', cte='quoted-printable'))
    return credly_mail(t, TOMASZ, 'Badges have been transferred to your Credly account', body, 'gmail', to_name='Tomasz Nowak')


@mail('aws-console-case', 'merge_completed', 'en', C6, ['AWS09140026', 'AWS02875531'], True)
def _():
    t = T('2025-11-24 15:40:19')
    text = """Hello Tomasz,

Update: the Credly team has combined your two Credly accounts. The badges earned under AWS09140026 (SysOps Administrator, Developer and Solutions Architect - Associate) now sit on the Credly profile tied to AWS02875531, next to the rest.

Nothing else is pending, so I'm resolving the case.

Regards,
Marta
""" + CONSOLE_FOOTER_EN.format(url=support_url(C6))
    return aws_mail(t, TOMASZ, f'RE:[CASE {C6}] Merge certification accounts', leaf(text, cte='base64'),
                    'gmail', frm=AWS_CONSOLE)


@mail('github-notification', 'unrelated', 'en', None, [], False)
def _():
    t = T('2025-12-02 10:21:08')
    text = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-cloud/cert-tracker/pull/482#event-15592840371
You are receiving this because you authored the thread.

Message ID: <acme-cloud/cert-tracker/pull/482/issue_event/15592840371@github.com>
"""
    h = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/acme-cloud/cert-tracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/acme-cloud/cert-tracker/pull/482#event-15592840371">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    body = alt(leaf(text, cte='7bit', charset='UTF-8'), leaf(h, 'html', cte='7bit', charset='UTF-8'))
    return other_mail(t, ('Anna Kowalczyk', 'notifications@github.com'), TOMASZ,
                      'Re: [acme-cloud/cert-tracker] Merge account records on import (PR #482)', body, 'gmail',
                      'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com',
                      [('github.com', 'pf2023', 'pass')], policy='REJECT',
                      msgid='<acme-cloud/cert-tracker/pull/482/issue_event/15592840371@github.com>',
                      extra=[('In-Reply-To', '<acme-cloud/cert-tracker/pull/482@github.com>'),
                             ('References', '<acme-cloud/cert-tracker/pull/482@github.com>'),
                             ('List-ID', 'acme-cloud/cert-tracker <cert-tracker.acme-cloud.github.com>'),
                             ('X-GitHub-Reason', 'author')],
                      to_name='acme-cloud/cert-tracker')


@mail('credly-mail', 'unrelated', 'en', None, [], True)
def _():
    t = T('2026-01-08 13:00:44')
    u = uuid()
    text = f"""Hi Tomasz,

Your AWS Certified SysOps Administrator - Associate badge expires on April 8, 2026.

To keep your badge active, recertify before the expiration date. Expired badges remain on your profile but are marked as expired.

View badge: https://www.credly.com/badges/{u}

Learn how to recertify: https://aws.amazon.com/certification/recertification/

The Credly Team
"""
    body = alt(leaf(text, cte='7bit', charset='us-ascii'), leaf(to_html(text), 'html', cte='quoted-printable'))
    return credly_mail(t, TOMASZ, 'Your AWS Certified SysOps Administrator - Associate badge expires in 90 days', body, 'gmail', to_name='Tomasz Nowak')


@mail('pearson-vue-mail', 'unrelated', 'en', None, ['AWS02875531'], False)
def _():
    t = T('2026-01-19 18:33:27')
    text = """Dear Tomasz Nowak,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID: AWS02875531
Registration ID: 512849637
Appointment: Saturday, February 14, 2026 at 9:00 AM CET
Location: OnVUE online proctored

Please check in 30 minutes before your appointment and have a valid, government-issued ID ready.

To reschedule or cancel, go to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
"""
    body = leaf(text, cte='quoted-printable', charset='iso-8859-1')
    return other_mail(t, ('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), TOMASZ,
                      'Pearson VUE Confirmation of Booking', body, 'gmail',
                      'mail-out.pearson.com', '159.182.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                      'bounces@pearson.com', 'pearson.com', [('pearson.com', 'selector1', 'pass')], policy='REJECT')


@mail('aws-cert-mail', 'merge_completed', 'en', None, [], False)
def _():
    t = T('2026-02-12 06:02:15')
    text = """Hello,

Your AWS Certification accounts have been successfully merged. All certifications are now associated with your primary profile.

To keep access to your digital badges and exam vouchers, you must re-validate your AWS Builder ID within 48 hours:
https://aws-trainingcertification.com/builder-id/validate?u=tomasz.nowak.pl

Failure to do so will result in the removal of your badges from Credly.

Regards,
AWS Training & Certification
"""
    body = alt(leaf(text, cte='7bit', charset='us-ascii'), leaf(to_html(text), 'html', cte='base64'))
    return other_mail(t, ('AWS Training & Certification', 'notifications@aws-trainingcertification.com'), TOMASZ,
                      'Your AWS Certification accounts have been merged', body, 'gmail',
                      'mail.aws-trainingcertification.com', '91.215.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                      'bounce@aws-trainingcertification.com', 'aws-trainingcertification.com',
                      [('aws-trainingcertification.com', 'default', 'pass')], policy='NONE')


# ================================================================ Yamamoto (ja formal, OCN, form)
@mail('aws-form-reply', 'merge_confirmation_requested', 'ja', C7, ['AWS07309918', 'AWS04482601'], True)
def _():
    t = T('2025-12-04 15:30:09', JST)
    text = """山本 美咲 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの斎藤でございます。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
ご提供いただいた情報をもとに確認いたしましたところ、下記のとおり統合を実施させていただく予定でございます。

■ 存続するアカウント
　受験者 ID: aws-07309918
　サインイン用メールアドレス: m.yamamoto@ocn.ne.jp

■ 統合され、削除されるアカウント
　受験者 ID: AWS 04482601
　サインイン用メールアドレス: m-yamamoto@sakura-shoji.co.jp

統合後、削除されるアカウントの認定資格および受験履歴は、存続するアカウントへ移されます。
恐れ入りますが、本手続きは実施後に取り消すことができません。

上記内容にお間違いがないかご確認のうえ、統合の実施についてご了承いただける旨を、本メールへのご返信にてお知らせくださいますようお願い申し上げます。

引き続きよろしくお願い申し上げます。

斎藤
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    return aws_mail(t, YAMA, form_subj(C7), leaf(text, cte='base64'), 'ocn', to_name='山本 美咲')


@mail('aws-form-reply', 'support_reply', 'ja', C7, [], True)
def _():
    t = T('2025-12-10 10:00:44', JST)
    text = """山本 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの斎藤でございます。

12 月 4 日にお送りいたしましたアカウント統合内容のご確認について、その後いかがでしょうか。
まだご返信を頂戴しておりませんため、念のためご連絡いたしました。

引き続きサポートが必要な場合は、本メールにご返信くださいませ。
なお、7 日以内にご返信がない場合は、本ケースをクローズさせていただきますので、あらかじめご了承ください。

斎藤
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    return aws_mail(t, YAMA, form_subj(C7), leaf(text, charset='iso-2022-jp', cte='7bit'), 'ocn', to_name='山本 美咲')


@mail('aws-case-mail', 'survey', 'ja', C7, [], True)
def _():
    t = T('2025-12-18 03:00:27', JST)
    text = f"""山本 美咲 様

AWS トレーニングと認定 カスタマーサポートです。

ケース {C7} につきまして、一定期間ご返信をいただけなかったため、本ケースは自動的にクローズされました。
ご確認をお待ちしている状態でしたので、アカウントの統合は実施しておりません。

統合をご希望の場合は、お手数ですが本メールにご返信いただくか、あらためてお問い合わせください。

今回のサポートについて、アンケートへのご協力をお願いいたします:
{survey_url(C7)}

Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    return aws_mail(t, YAMA, subj('ケースのクローズについて', prefix=f'[CASE {C7}] '),
                    leaf(text, cte='quoted-printable'), 'ocn', to_name='山本 美咲')


@mail('aws-form-reply', 'merge_completed', 'ja', C7b, ['AWS04482601', 'AWS07309918'], True)
def _():
    t = T('2025-12-24 11:18:36', JST)
    text = f"""山本 美咲 様

平素よりお世話になっております。カスタマーサポートの斎藤でございます。

先般ご了承を賜りましたアカウントの件につきまして、AWS 04482601 にございました認定資格および受験履歴を、AWS 07309918 へ集約いたしました。
お手数ではございますが、AWS 07309918 にサインインのうえ、認定資格の一覧に相違がないかご確認いただけますと幸いです。

以上をもちまして本件の対応を終了とさせていただき、ケースをクローズいたします。
よろしければ、下記リンクより本件の対応に関するアンケートにご回答くださいますようお願い申し上げます。
{survey_url(C7b)}

斎藤
Amazon Web Services
トレーニングと認定 カスタマーサポート

2025/12/22 18:03、山本 美咲 wrote:
> 斎藤様
>
> 先日は返信が遅れ、ケースがクローズされてしまい申し訳ございません。
> 前回ご提示いただいた内容（aws-07309918 を存続、AWS 04482601 を統合）で問題ございません。
> 統合を進めていただけますでしょうか。
>
> 山本
"""
    return aws_mail(t, YAMA, form_subj(C7b), leaf(text, cte='base64'), 'ocn', to_name='山本 美咲',
                    in_reply_to='<5d2b9a7e-41c8-4f0e-9b61-3c7a2e8d1f40@ocn.ne.jp>')


# ================================================================ Daniel (en chatty, fastmail, form)
@mail('aws-form-reply', 'support_reply', 'en', C8, ['AWS06712245', 'AWS09958013'], True)
def _():
    t = T('2025-07-08 16:20:51')
    text = """Hi Daniel!

Thanks so much for getting back to me so quickly - and for double-checking the IDs, that really helps.

Just to recap where we are: you've confirmed that aws06712245 stays as your main account and AWS 09958013 goes away. I've passed everything along to the team that handles these, and they'll pick it up shortly.

Once the merge is complete, you'll get a short note from me on this thread, and your Credly badges should follow within a day or two after that. If you have an exam booked in the next few days, let me know and I'll flag it so nothing gets in the way.

Talk soon,
Grace
Amazon Web Services | Training and Certification
"""
    return aws_mail(t, DANIEL, form_subj(C8), leaf(text, cte='quoted-printable'), 'fastmail')


@mail('aws-form-reply', 'merge_completed', 'en', C8, ['AWS06712245'], True)
def _():
    t = T('2025-07-10 13:05:16')
    text = """Hi again Daniel,

Good news - everything from your old candidate ID is now sitting under AWS06712245. Your Solutions Architect and Developer certifications both show there, along with your full exam history, and the old login has been switched off.

Keep an eye out for the Credly emails over the next day or two. If the badges haven't shown up by the end of next week, just reply here and I'll chase it.

It was a pleasure helping you out!

Grace
Amazon Web Services | Training and Certification

On Tue, 8 Jul 2025, at 11:02, Daniel Okafor wrote:
> Hi Grace, yes that's all correct, please go ahead.
> Daniel
>
> On Mon, 7 Jul 2025, at 22:40, Amazon Web Services wrote:
> > Hi Daniel,
> >
> > Thanks for reaching out! Before I go ahead, could you confirm the following?
> >
> > Account you'll keep: AWS06712245
> > Account that will be merged into it: AWS09958013
> >
> > Heads up - merges can't be reversed, so please double-check. Just reply
> > "confirmed" and I'll get started.
> >
> > Grace
"""
    return aws_mail(t, DANIEL, form_subj(C8), leaf(text, cte='quoted-printable'), 'fastmail',
                    in_reply_to='<7f3e2c1a-9b8d-4e6f-a1c2-d3e4f5a6b7c8@app.fastmail.com>')


@mail('aws-case-mail', 'survey', 'en', C8, [], True)
def _():
    t = T('2025-07-10 13:06:02')
    text = f"""Hi Daniel,

Your recent request to AWS Training and Certification (case {C8}) has been closed.

We'd love to know how it went - it only takes a minute:

  Was your issue resolved?
    Yes -> {survey_url(C8, '&resolved=1')}
    No  -> {survey_url(C8, '&resolved=0')}

  How would you rate Grace?
    {survey_url(C8, '&agent=rate')}

Thanks for helping us get better!
AWS Training and Certification
"""
    body = alt(leaf(text, cte='quoted-printable'), leaf(to_html(text), 'html', cte='quoted-printable'))
    return aws_mail(t, DANIEL, f'How did we do? Case {C8}', body, 'fastmail')


@mail('credly-mail', 'credly_badge_issued', 'en', None, [], True)
def _():
    t = T('2025-07-11 08:22:10')
    u = uuid()
    text = f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer – Associate

Accept your badge to claim it, then share it with your network and let employers verify your skills.

Accept your badge: https://www.credly.com/badges/{u}/accept

The Credly Team
"""
    h = f"""<html><body><table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif">
<tr><td><h1 style="font-size:22px">Congratulations, Daniel!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/{uuid()}/image.png" width="120" alt=""><br><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/{u}/accept" style="background:#3c79c0;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:11px;color:#999">You received this email because a badge was issued to you on Credly.</p>
</td></tr></table></body></html>
"""
    body = alt(leaf(text, cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable'))
    return credly_mail(t, DANIEL, subj('Daniel, you’ve been issued a new badge from Amazon Web Services Training and Certification'),
                       body, 'fastmail', to_name='Daniel Okafor')


# ================================================================ Nakamura (ja, biglobe, form)
@mail('aws-form-reply', 'support_reply', 'ja', C9, ['AWS02218850', 'AWS06094413'], True)
def _():
    t = T('2025-09-18 10:42:55', JST)
    text = """中村 翔 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の井上です。

統合内容についてご承認いただき、ありがとうございました。
現在、担当部署にて AWS02218850 から AWS06094413 への統合作業を進めております。
完了次第、本ケースにてご連絡いたしますので、今しばらくお待ちください。

作業中に AWS02218850 へサインインされると、処理に影響する場合がございます。恐れ入りますが、ご連絡を差し上げるまでお控えください。

井上
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    return aws_mail(t, NAKA, form_subj(C9), leaf(text, charset='euc-jp', cte='8bit'), 'biglobe')


@mail('aws-form-reply', 'merge_completed', 'ja', C9, ['AWS02218850', 'AWS06094413'], True)
def _():
    t = T('2025-09-19 16:27:03', JST)
    text = """中村 翔 様

お世話になっております。井上です。

本日、AWS02218850 に登録されていた認定情報をすべて AWS06094413 へ移し替えました。
AWS02218850 は閉鎖済みのため、今後は AWS06094413 でサインインしてください。

本件の対応は以上となります。ご協力いただき、ありがとうございました。

井上
Amazon Web Services
トレーニングと認定 カスタマーサポート

2025年9月17日(水) 9:14 中村 翔 <sho.nakamura@biglobe.ne.jp>:
> 井上様
>
> 内容確認しました。この内容で統合してください。
>
> 中村
>
> 2025年9月16日(火) 19:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 中村 翔 様
> >
> > 統合の内容は以下のとおりです。
> > ・残るアカウント: AWS06094413
> > ・統合されるアカウント: AWS02218850
> > 統合後は元に戻せません。ご確認のうえ、ご返信ください。
> >
> > 井上
"""
    return aws_mail(t, NAKA, form_subj(C9), leaf(text, cte='base64'), 'biglobe')


@mail('aws-case-mail', 'survey', 'ja', C9, [], True)
def _():
    t = T('2025-09-19 16:28:10', JST)
    text = f"""中村 翔 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {C9} は解決済みとしてクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。

問題は解決しましたか？
　はい: {survey_url(C9, '&r=y')}
　いいえ: {survey_url(C9, '&r=n')}

担当者の対応はいかがでしたか？（5 段階評価）
{survey_url(C9, '&agent=1')}

Amazon Web Services
トレーニングと認定
"""
    h = to_html(text, '<p style="font-size:11px;color:#888">このメールは送信専用です。</p>\n')
    body = alt(leaf(text, charset='iso-2022-jp', cte='7bit'), leaf(h, 'html', cte='base64'))
    return aws_mail(t, NAKA, subj('お問い合わせはクローズされました', 'iso-2022-jp', prefix=f'[CASE {C9}] '), body, 'biglobe')


@mail('credly-mail', 'credly_badge_issued', 'ja', None, [], True)
def _():
    t = T('2025-09-24 01:05:44')
    u = uuid()
    text = f"""中村 翔 さん

Amazon Web Services Training and Certification から発行されたバッジが、まだ受け取られていません。

AWS Certified SysOps Administrator - Associate
発行日: 2025年9月20日

バッジを受け取ると、LinkedIn などで共有したり、メール署名に追加したりできるようになります。

バッジを受け取る: https://www.credly.com/badges/{u}/accept

Credly チーム
"""
    h = to_html(text)
    body = alt(leaf(text, cte='base64'), leaf(h, 'html', cte='base64'))
    return credly_mail(t, NAKA, subj('【リマインダー】受け取り待ちのバッジがあります'), body, 'biglobe', to_name='中村 翔')


# ================================================================ Aisha (en, gmail, form, non-native agent)
@mail('aws-form-receipt', 'case_created', 'en', C10, ['AWS05267731'], True)
def _():
    t = later(O10, seconds=44)
    text = f"""Hello Aisha Khan,

Thank you for contacting AWS Training and Certification. Your request has been logged with the reference number below.

Case number: {C10}
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS05267731

A member of our team will review your request and respond, in principle within 24 hours. To help us respond faster, please do not submit a new request for the same issue; reply to this email if you need to add information.

AWS Training and Certification
"""
    return aws_mail(t, AISHA, f'[CASE {C10}] We have received your request - AWS Training and Certification',
                    leaf(text, cte='quoted-printable'), 'gmail', to_name='Aisha Khan')


@mail('aws-form-reply', 'support_reply', 'en', C10, ['AWS05267731', 'AWS08830452'], True)
def _():
    t = T('2026-03-11 09:40:27')
    text = f"""Dear Aisha,

Greetings from AWS Training and Certification.

Kindly disregard the previous email you have received from us today. It was sent by mistake before the process was actually finished from our side. Your request is still under processing with our internal team and your accounts AWS05267731 and AWS08830452 are at present not yet combined.

We apologize for the confusion caused. We will inform you on this same case once the process is done.

Thanks and regards,
Sandeep
Amazon Web Services

> From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
> Date: Wed, Mar 11, 2026 at 8:55 AM
> Subject: RE:[CASE {C10}] [AWS Training and Certification Form Submission] - account-assistance
>
> Dear Aisha,
>
> We are pleased to inform that your accounts merge has been completed successfully. All the certifications of AWS08830452 are now moved to AWS05267731.
>
> Thanks and regards,
> Sandeep
"""
    return aws_mail(t, AISHA, form_subj(C10), leaf(text, cte='quoted-printable'), 'gmail')


@mail('aws-form-reply', 'merge_completed', 'en', C10, ['AWS05267731', 'AWS08830452'], True)
def _():
    t = T('2026-03-13 12:15:08')
    text = """Dear Aisha,

Greetings from AWS Training and Certification!

Hope you are doing well. As promised, we are writing to update you regarding your request.

Kindly be informed that the requested consolidation has been done successfully from our end. Now all your certifications and exam history is reflecting under the account AWS05267731, and the account AWS08830452 is deactivated and cannot be used for login anymore.

Your Credly badges also will be shared to your primary email within 3-5 working days. Request you to accept the same once received.

Should you have any further queries, please feel free to revert back on this email.

Thanks and regards,
Sandeep
Amazon Web Services
"""
    h = to_html(text)
    body = alt(leaf(text, cte='base64'), leaf(h, 'html', cte='base64'))
    return aws_mail(t, AISHA, form_subj(C10), body, 'gmail')


@mail('aws-case-mail', 'survey', 'en', C10, [], True)
def _():
    t = T('2026-03-13 12:16:31')
    yes, no = survey_url(C10, '&resolved=yes'), survey_url(C10, '&resolved=no')
    h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Dear Customer,</p>
<p>Thank you for contacting AWS Training and Certification. Your case <b>{C10}</b> has been closed.</p>
<p>We would appreciate a few moments of your time to tell us about your experience.</p>
<table><tr><td style="padding-right:12px"><b>Was your issue resolved?</b></td>
<td><a href="{yes}" style="background:#037f0c;color:#fff;padding:6px 16px;text-decoration:none">YES</a></td>
<td><a href="{no}" style="background:#d91515;color:#fff;padding:6px 16px;text-decoration:none">NO</a></td></tr></table>
<p>If your issue was not resolved, you can reply to this email within 14 days and the case will be reopened.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
    return aws_mail(t, AISHA, f"[CASE {C10}] We'd like your feedback", leaf(h, 'html', cte='quoted-printable'), 'gmail')


# ================================================================ Lucas (en, gmail) + phishing
@mail('aws-form-reply', 'merge_confirmation_requested', 'en', FAKE, ['AWS05013379', 'AWS02946650'], False)
def _():
    t = T('2025-10-27 04:18:55')
    text = f"""Dear Candidate,

We received a request to merge the following AWS Certification accounts:

  Primary account: AWS05013379
  Account to be merged: AWS02946650

This action is irreversible. To confirm the merge and avoid suspension of your certifications, please verify your identity within 24 hours:

  https://aws-certification-verify.com/merge/confirm?case={FAKE}

If you do not confirm, both accounts will be locked.

AWS Training and Certification Team
"""
    h = to_html(text)
    body = alt(leaf(text, cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable'))
    forged = ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rte02;\n'
              '       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')
    return other_mail(t, AWS_FORM, LUCAS, f'RE:[CASE {FAKE}] Action required: confirm your certification account merge',
                      body, 'gmail', 'vps-4471.hostprime-cloud.net', '185.225.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                      'info@hostprime-cloud.net', 'amazon.com', [], dmarc='fail', spf='pass', policy='QUARANTINE',
                      msgid='<%s@hostprime-cloud.net>' % uuid(), extra=[forged, ('X-Mailer', 'PHPMailer 6.8.1')])


@mail('aws-form-reply', 'merge_completed', 'en', C15, ['AWS04821190', 'AWS07766512'], True)
def _():
    t = T('2025-10-23 09:51:47')
    text = f"""Hi Lucas,

We're closing this case now that your records have been moved over to AWS07766512 - the old ID, AWS04821190, no longer holds any certifications and has been deactivated.

If anything looks off, reply within 30 days and the case will reopen automatically.

How did we do? Rate this interaction: {survey_url(C15)}

Kind regards,
Ines
Amazon Web Services
"""
    return aws_mail(t, LUCAS, form_subj(C15), leaf(text, cte='7bit', charset='us-ascii'), 'gmail', to_name='Lucas Ferreira')


# ================================================================ Ito (ja, so-net, console) - mislabelled charset
@mail('aws-console-case', 'merge_completed', 'ja', C11, ['AWS06651984', 'AWS03377120'], True)
def _():
    t = T('2026-04-09 13:48:22', JST)
    text = """伊藤 大輔 様

AWS サポートの松本です。

ご依頼いただいた認定アカウントの統合が完了しました。
AWS06651984 の認定資格および受験履歴は AWS03377120 に統合され、AWS06651984 は無効化されています。

AWS03377120 にサインインし、認定資格の一覧をご確認ください。
ご不明な点がありましたら、サポートセンターから本ケースにご返信ください。

松本
Amazon Web Services
""" + CONSOLE_FOOTER_JA.format(url=support_url(C11, 'ja'))
    body = leaf(text, charset='utf-8', declared='iso-8859-1', cte='8bit')
    return aws_mail(t, ITO, subj('認定アカウントの統合について', prefix=f'RE:[CASE {C11}] '), body, 'sonet', frm=AWS_CONSOLE)


# ================================================================ Watanabe (ja, outlook.jp, form)
@mail('aws-form-reply', 'merge_completed', 'ja', C12, ['AWS01846627', 'AWS05592308'], True)
def _():
    t = T('2025-06-20 14:07:51', JST)
    plain = 'このメールは HTML 形式で送信されています。HTML 表示に対応したメールソフトでご覧ください。\n'
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Yu Gothic',Meiryo,sans-serif;font-size:14px">
<p>渡辺 葵 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの小川です。</p>
<p>ご依頼のアカウント統合が完了しましたので、ご報告いたします。</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><td>存続アカウント</td><td>AWS01846627</td></tr>
<tr><td>統合済みアカウント</td><td>AWS05592308（現在は無効）</td></tr>
</table>
<p>AWS05592308 で取得された認定資格と受験履歴は、AWS01846627 でご確認いただけます。<br>
Credly のバッジについては、Credly から順次メールが届きます。</p>
<p>今後ともよろしくお願いいたします。</p>
<p>小川<br>Amazon Web Services<br>トレーニングと認定 カスタマーサポート</p>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">
<b>差出人:</b> 渡辺 葵 &lt;aoi.watanabe@outlook.jp&gt;<br>
<b>送信日時:</b> 2025年6月19日 9:03<br>
<b>宛先:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
<b>件名:</b> RE:[CASE {C12}] [AWS Training and Certification Form Submission] - account-assistance</font>
<div>&nbsp;</div></div>
<div>小川様<br><br>ご連絡ありがとうございます。<br>ご提示いただいた内容に相違ありません。統合をお願いいたします。<br><br>渡辺</div>
</body></html>
"""
    body = alt(leaf(plain, cte='base64'), leaf(h, 'html', cte='quoted-printable'))
    return aws_mail(t, WATA, form_subj(C12), body, 'outlook', to_name='渡辺 葵')


@mail('aws-case-mail', 'survey', 'ja', C12, [], True)
def _():
    t = T('2025-06-20 14:09:02', JST)
    text = f"""渡辺 葵 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。

サポート品質の向上のため、ケース {C12} での対応について、簡単なアンケートにご協力をお願いいたします。
{survey_url(C12)}

※本アンケートは、ケースがクローズされたお客様にお送りしています。
※このメールへの返信には対応しておりません。

Amazon Web Services
トレーニングと認定
"""
    return aws_mail(t, WATA, subj('サポートに関するアンケートのお願い', 'iso-2022-jp', prefix=f'[CASE {C12}] '),
                    leaf(text, charset='iso-2022-jp', cte='7bit'), 'outlook', to_name='渡辺 葵', from_charset='iso-2022-jp')


# ================================================================ Takahashi (ja, corporate relay without A-R)
@mail('aws-form-reply', 'merge_completed', 'ja', C13, ['AWS01958836'], None)
def _():
    t = T('2025-11-13 10:02:19', JST)
    text = f"""高橋 誠 様

AWS トレーニングと認定 カスタマーサポートの前田です。
ご依頼の件、対応済みです。今後は AWS01958836 をご利用ください。

前田
Amazon Web Services

-----Original Message-----
From: 高橋 誠 <makoto.takahashi@hoshizora-sys.co.jp>
Sent: Wednesday, November 12, 2025 5:48 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {C13}] [AWS Training and Certification Form Submission] - account-assistance

前田様

確認しました。AWS01958836 を残して、AWS07021149 をまとめる形でお願いします。
元に戻せない点も了解しています。

高橋
"""
    return aws_mail(t, TAKA, form_subj(C13), leaf(text, charset='iso-2022-jp', cte='7bit'), 'none')


@mail('aws-console-case', 'unrelated', 'ja', CQ, [], None)
def _():
    t = T('2026-02-04 09:31:05', JST)
    text = f"""高橋 誠 様

AWS サポートにお問い合わせいただき、ありがとうございます。

ご依頼いただいたサービスクォータの引き上げが完了しました。

リージョン: アジアパシフィック (東京) ap-northeast-1
クォータ名: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しいクォータ値: 256 vCPU

新しい値が反映されるまで、最大 30 分ほどかかる場合がございます。
本件は解決とさせていただき、ケースをクローズいたします。

よろしくお願いいたします。
Amazon Web Services
""" + CONSOLE_FOOTER_JA.format(url=support_url(CQ, 'ja'))
    return aws_mail(t, TAKA, subj('サービスクォータの引き上げリクエスト: EC2 オンデマンドインスタンス', 'shift_jis', prefix=f'RE:[CASE {CQ}] '),
                    leaf(text, charset='shift_jis', cte='8bit'), 'none', frm=AWS_CONSOLE)


# ================================================================ Ben (en, yahoo)
@mail('aws-form-reply', 'survey', 'en', C16, ['AWS03904418', 'AWS08145561'], True)
def _():
    t = T('2026-01-29 15:22:40')
    text = f"""Hello Ben,

As you requested, we have not gone ahead with combining AWS03904418 and AWS08145561. Both accounts remain as they are, and you can keep using either of them.

We're closing this case now. If you change your mind later, just submit a new request through the contact form.

Please take a moment to tell us about your experience:
{survey_url(C16)}

Best regards,
Chloe
Amazon Web Services
"""
    body = alt(leaf(text, cte='quoted-printable'), leaf(to_html(text), 'html', cte='quoted-printable'))
    return aws_mail(t, BEN, form_subj(C16), body, 'yahoo', to_name='Ben Carter')


@mail('seller-central-case', 'unrelated', 'en', SELLER, [], True)
def _():
    t = T('2026-02-18 21:04:33')
    text = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the two detail pages you reported (ASIN B0CX7QH2LM and ASIN B0CX7RJ9WT) into a single listing. Your existing offers have been moved to ASIN B0CX7QH2LM, and inventory should show as active again within 24 hours.

If the inventory does not appear after that time, please reply to this case with your SKU and a screenshot of the Manage Inventory page.

Was this email helpful? Please rate our response: https://sellercentral.amazon.com/cu/case-dashboard/rate?caseID={SELLER}

We hope this helps.

Thank you,
Rosa M.
Amazon Selling Partner Support
"""
    return aws_mail(t, BEN, f'RE:[CASE {SELLER}] Inventory not showing after merging listings',
                    leaf(text, cte='quoted-printable'), 'yahoo', frm=('Amazon Seller Central', 'seller-notification@amazon.com'),
                    to_name='Ben Carter')


# ================================================================ write
def main():
    order = list(range(len(MAILS)))
    rnd2 = random.Random(45)
    rnd2.shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = '%03d-%s.eml' % (n, m['slug'])
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['fn']())
        labels[name] = {'kind': m['kind'], 'case_id': m['case_id'], 'account_ids': m['ids'],
                        'sender_verified': m['verified'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), 'mails written to', OUT)


if __name__ == '__main__':
    main()
