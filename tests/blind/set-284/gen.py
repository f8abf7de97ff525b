#!/usr/bin/env python3
"""Generate blind test set 284: AWS Certification account-merge mailbox."""
import base64, json, os, quopri, random, re, hashlib, uuid, html as H
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime
from email import policy as P

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(28437)
UTC = timezone.utc
MAILS = []
LABELS = {}

# ---------------------------------------------------------------- helpers
def ts(unix, tz=0):
    return datetime.fromtimestamp(unix, timezone(timedelta(hours=tz)))

def dt(s, tz=0):
    """'2025-05-19 11:10:22' in tz hours offset"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone(timedelta(hours=tz)))

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))

def ses_id(d):
    ms = int(d.timestamp() * 1000) + R.randint(0, 900)
    return '0100%012x-%s-000000' % (ms, str(uuid.UUID(int=R.getrandbits(128))))

def rfc(d):
    return format_datetime(d)

ID_RE = re.compile(r'(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)', re.I)

def find_ids(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

# ---------------------------------------------------------------- senders
SES_RELAYS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
              ('a48-110.smtp-out.amazonses.com', '54.240.48.110'),
              ('a11-12.smtp-out.amazonses.com', '54.240.11.12'),
              ('a27-54.smtp-out.us-west-2.amazonses.com', '54.240.27.54'),
              ('a9-88.smtp-out.amazonses.com', '54.240.9.88')]

def auth_for(kind, from_dom, d, **kw):
    """Return a dict describing the sending path + authentication verdicts."""
    if kind == 'ses':
        host, ip = R.choice(SES_RELAYS)
        sid = ses_id(d)
        return dict(host=host, ip=ip, mailfrom=sid + '@amazonses.com', sesid=sid,
                    spf='pass', dkim=[(from_dom, 'pass', kw.get('sel', R.choice(['4nl2yilkaqh5dhqsgxhlbxvjzlo45wcb', 'ztm4ag3ewkq5rdauzyirmifjkcvbzjwh', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz']))),
                                             ('amazonses.com', 'pass', '224i4yxa5dv7c2xz3womw6peuasteono')],
                    dmarc=kw.get('dmarc', 'pass'), policy='QUARANTINE', from_dom=from_dom)
    if kind == 'credly':
        ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
        return dict(host='o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)), ip=ip,
                    mailfrom='bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), kw['rcpt'].split('@')[0], kw['rcpt'].split('@')[1]),
                    spf='pass', dkim=[(from_dom, 'pass', 's1'), ('sendgrid.net', 'pass', 'smtpapi')],
                    dmarc=kw.get('dmarc', 'pass'), policy=kw.get('policy', 'REJECT'), from_dom=from_dom)
    if kind == 'other':   # authentic, own domain, passes
        return dict(host=kw['host'], ip=kw['ip'], mailfrom=kw.get('mailfrom', 'bounce@' + from_dom),
                    spf=kw.get('spf', 'pass'), dkim=[(kw.get('dkim_d', from_dom), kw.get('dkim', 'pass'), kw.get('sel', 'k1'))],
                    dmarc=kw.get('dmarc', 'pass'), policy=kw.get('policy', 'NONE'), from_dom=from_dom)
    if kind == 'spoof':   # claims a domain it cannot sign for
        return dict(host=kw['host'], ip=kw['ip'], mailfrom=kw['mailfrom'],
                    spf=kw.get('spf', 'softfail'), dkim=kw.get('dkims', []),
                    dmarc='fail', policy=kw.get('policy', 'QUARANTINE'), from_dom=from_dom)
    raise ValueError(kind)

def ar_text(provider, a, rcpt):
    """Authentication-Results value in the style of a receiving provider."""
    dk = [x for x in a['dkim'] if x[1] != 'none']
    mf = a['mailfrom']
    mfd = mf.split('@')[1]
    if provider == 'gmail':
        parts = []
        for d_, res, sel in dk:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d_, sel, rb64(8)))
        if not dk:
            pass
        if a['spf'] == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, a['ip'], mf))
        elif a['spf'] == 'softfail':
            parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, a['ip'], mf))
        elif a['spf'] == 'neutral':
            parts.append('spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s' % (a['ip'], mf, mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (a['spf'], mf, a['ip'], mf))
        if a['dmarc'] == 'pass':
            parts.append('dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (a['policy'], a['policy'], a['from_dom']))
        elif a['dmarc'] == 'fail':
            parts.append('dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (a['policy'], a['policy'], 'QUARANTINE' if a['policy'] != 'NONE' else 'NONE', a['from_dom']))
        else:
            parts.append('dmarc=%s header.from=%s' % (a['dmarc'], a['from_dom']))
        return 'mx.google.com;\r\n       ' + ';\r\n       '.join(parts)
    if provider == 'outlook':
        dk_s = ';'.join('dkim=%s (%s) header.d=%s' % (res, 'signature was verified' if res == 'pass' else 'signature did not verify', d_) for d_, res, sel in dk[:1] if res != 'none') or 'dkim=none (message not signed) header.d=none'
        spf = 'spf=%s (sender IP is %s) smtp.mailfrom=%s' % (a['spf'], a['ip'], mfd)
        dm = 'dmarc=%s action=%s header.from=%s' % (a['dmarc'], 'none' if a['dmarc'] == 'pass' else ('quarantine' if a['policy'] != 'NONE' else 'none'), a['from_dom'])
        comp = 'compauth=pass reason=100' if a['dmarc'] == 'pass' else 'compauth=fail reason=000'
        return '%s;\r\n %s;%s;%s' % (spf, dk_s, dm, comp)
    if provider == 'yahoo':
        parts = ['atlas-production.v2-mail-prod1-gq1.omega.yahoo.com']
        for d_, res, sel in dk[:2]:
            parts.append('dkim=%s header.i=@%s header.s=%s' % (res, d_, sel))
        parts.append('spf=%s smtp.mailfrom=%s' % (a['spf'], mfd))
        parts.append('dmarc=%s(p=%s) header.from=%s' % (a['dmarc'], a['policy'], a['from_dom']))
        return ';\r\n '.join(parts) + ';'
    if provider in ('biglobe', 'nifty', 'ocn', 'sakura'):
        host = {'biglobe': 'mx.biglobe.ne.jp', 'nifty': 'mta-snd-e07.mail.nifty.com',
                'ocn': 'mfgw512.ocn.ad.jp', 'sakura': 'www3102.sakura.ne.jp'}[provider]
        parts = [host, 'spf=%s smtp.mailfrom=%s' % (a['spf'], mf)]
        for d_, res, sel in dk[:1]:
            parts.append('dkim=%s header.d=%s header.s=%s' % (res, d_, sel))
        parts.append('dmarc=%s header.from=%s' % (a['dmarc'], a['from_dom']))
        return ';\r\n\t'.join(parts)
    if provider == 'fastmail':
        parts = ['mx4.messagingengine.com']
        for d_, res, sel in dk:
            parts.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048' % (res, d_, d_, rb64(8), sel))
        parts.append('dmarc=%s policy.published-domain-policy=%s header.from=%s' % (a['dmarc'], a['policy'].lower(), a['from_dom']))
        parts.append('spf=%s smtp.mailfrom=%s smtp.helo=%s' % (a['spf'], mf, a['host']))
        return ';\r\n    '.join(parts)
    if provider == 'proton':
        parts = ['mail.protonmail.ch']
        for d_, res, sel in dk:
            parts.append('dkim=%s (2048-bit key) header.d=%s header.i=@%s header.b="%s"' % (res, d_, d_, rb64(8)))
        parts.append('dmarc=%s (p=%s dis=none) header.from=%s' % (a['dmarc'], a['policy'].lower(), a['from_dom']))
        parts.append('spf=%s smtp.mailfrom=%s' % (a['spf'], mf))
        return ';\r\n '.join(parts)
    raise ValueError(provider)

def dkim_sig(d_, sel, d, hdrs='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    t = int(d.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s=;\r\n\tb=%s\r\n\t %s' %
            (sel, d_, t, hdrs, rb64(43), rb64(70), rb64(100)))

def trace_headers(provider, a, rcpt, d, extra_ar=None, no_ar=False):
    """Headers added in transit, topmost first. extra_ar: forged/lower A-R values."""
    h = []
    d_in = d + timedelta(seconds=R.randint(1, 4))
    if provider == 'gmail':
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\r\n        %s' % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(6).lower(), rfc(d_in.astimezone(timezone(timedelta(hours=-7)))))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
        h.append(('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\r\n        %s' % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(22).lower(), R.randint(1, 30), R.randint(1000000000000, 9999999999999), rfc(d_in.astimezone(timezone(timedelta(hours=-7)))))))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s' % (int(d_in.timestamp()), rb64(70))))
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar_text('gmail', a, rcpt)))
        h.append(('Return-Path', '<%s>' % a['mailfrom']))
        h.append(('Received', 'from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s.%d.%d\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s' % (a['host'], a['host'], a['ip'], rb64(20).lower(), R.randint(1, 20), R.randint(1000000, 9999999), rcpt, rfc(d_in.astimezone(timezone(timedelta(hours=-7)))))))
        h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (a['spf'], a['mailfrom'], 'designates' if a['spf'] == 'pass' else 'does not designate', a['ip'], a['ip'])))
        if not no_ar:
            h.append(('Authentication-Results', ar_text('gmail', a, rcpt)))
    elif provider == 'outlook':
        srv = R.choice(['DM6PR02MB', 'SA1PR11MB', 'PH0PR19MB', 'AM9PR04MB', 'DB9PR07MB'])
        h.append(('Received', 'from %s%d.namprd%02d.prod.outlook.com (2603:10b6:5:%s::%s)\r\n by %s%d.namprd%02d.prod.outlook.com with HTTPS; %s' % (srv, R.randint(1000, 9999), R.randint(1, 20), rhex(3), rhex(2), srv, R.randint(1000, 9999), R.randint(1, 20), rfc(d_in))))
        h.append(('Received', 'from BN%dCA00%02d.namprd%02d.prod.outlook.com (2603:10b6:408:%s::%s)\r\n by %s%d.namprd%02d.prod.outlook.com (2603:10b6:5:%s::%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (R.randint(1, 9), R.randint(1, 99), R.randint(1, 20), rhex(3), rhex(2), srv, R.randint(1000, 9999), R.randint(1, 20), rhex(3), rhex(2), R.randint(7000, 9300), R.randint(10, 40), rfc(d_in))))
        if not no_ar:
            h.append(('Authentication-Results', ar_text('outlook', a, rcpt)))
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\r\n %s %s as permitted sender) receiver=protection.outlook.com;\r\n client-ip=%s; helo=%s; pr=C' % (a['spf'].capitalize(), a['mailfrom'].split('@')[1], 'designates' if a['spf'] == 'pass' else 'does not designate', a['ip'], a['ip'], a['host'])))
        h.append(('Received', 'from %s (%s) by\r\n BN%dPEPF0000%s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\r\n Transport; %s' % (a['host'], a['ip'], R.randint(1, 3), rhex(4).upper(), R.randint(2, 250), R.randint(7000, 9300), R.randint(10, 40), rfc(d_in))))
        h.append(('X-MS-Exchange-Organization-AuthSource', 'BN%dPEPF0000%s.namprd%02d.prod.outlook.com' % (R.randint(1, 3), rhex(4).upper(), R.randint(1, 20))))
        h.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        h.append(('Return-Path', a['mailfrom']))
    elif provider == 'yahoo':
        h.append(('Return-Path', '<%s>' % a['mailfrom']))
        h.append(('Received', 'from 10.217.151.%d\r\n by atlas321.free.mail.gq1.yahoo.com with HTTP; %s' % (R.randint(2, 250), rfc(d_in))))
        if not no_ar:
            h.append(('Authentication-Results', ar_text('yahoo', a, rcpt)))
        h.append(('X-Originating-Ip', '[%s]' % a['ip']))
        h.append(('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (a['spf'], a['mailfrom'].split('@')[1], a['ip'])))
        h.append(('X-Apparently-To', '%s; %s' % (rcpt, rfc(d_in))))
        h.append(('Received', 'from %s (EHLO %s)(%s)\r\n by 10.217.151.%d with SMTPs; %s' % (a['host'], a['host'], a['ip'], R.randint(2, 250), rfc(d_in))))
    elif provider in ('biglobe', 'nifty', 'ocn', 'sakura'):
        h.append(('Return-Path', '<%s>' % a['mailfrom']))
        h.append(('Delivered-To', rcpt))
        if not no_ar:
            h.append(('Authentication-Results', ar_text(provider, a, rcpt)))
        host = {'biglobe': 'mbox-k.biglobe.ne.jp', 'nifty': 'mta-snd-e07.mail.nifty.com', 'ocn': 'mfgw512.ocn.ad.jp', 'sakura': 'www3102.sakura.ne.jp'}[provider]
        h.append(('Received', 'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id 4W%s\r\n\tfor <%s>; %s' % (a['host'], a['host'], a['ip'], host, rb64(8).replace('/', 'x').replace('+', 'y'), rcpt, rfc(d_in.astimezone(timezone(timedelta(hours=9)))))))
    elif provider == 'fastmail':
        h.append(('Return-Path', '<%s>' % a['mailfrom']))
        h.append(('Received', 'from mailmx.nyi.internal (localhost [127.0.0.1])\r\n\t by mailmx.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\r\n\t %s' % (rhex(7), rfc(d_in.astimezone(timezone(timedelta(hours=-5)))))))
        h.append(('X-Cyrus-Session-Id', 'sloti42n1-%d-%d' % (int(d_in.timestamp()), R.randint(1000000, 9999999))))
        if not no_ar:
            h.append(('Authentication-Results', ar_text('fastmail', a, rcpt)))
        h.append(('Received', 'from %s (%s [%s])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\r\n\tfor <%s>; %s' % (a['host'], a['host'], a['ip'], rcpt, rfc(d_in.astimezone(timezone(timedelta(hours=-5)))))))
    elif provider == 'proton':
        h.append(('Return-Path', '<%s>' % a['mailfrom']))
        h.append(('X-Original-To', rcpt))
        h.append(('Delivered-To', rcpt))
        if not no_ar:
            h.append(('Authentication-Results', ar_text('proton', a, rcpt)))
        h.append(('Received', 'from %s (%s [%s]) (using TLSv1.3 with cipher\r\n TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature\r\n RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested) by\r\n mailin043.protonmail.ch (Postfix) with ESMTPS id 4c%s for <%s>; %s' % (a['host'], a['host'], a['ip'], rb64(10).replace('/', 'q').replace('+', 'z'), rcpt, rfc(d_in))))
        h.append(('X-Pm-Spam-Action', 'inbox'))
    elif provider == 'onprem':   # corporate Exchange on-prem / relay without any A-R
        h.append(('Received', 'from EXCH02.corp.%s (10.20.4.12) by EXCH01.corp.%s\r\n (10.20.4.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; %s' % (rcpt.split('@')[1], rcpt.split('@')[1], rfc(d_in))))
        h.append(('Received', 'from mailgw.%s (203.0.113.25) by EXCH02.corp.%s\r\n (10.20.4.12) with Microsoft SMTP Server id 15.2.1544.11 via Frontend\r\n Transport; %s' % (rcpt.split('@')[1], rcpt.split('@')[1], rfc(d_in))))
        h.append(('Received', 'from %s ([%s]) by mailgw.%s with ESMTP id %s\r\n for <%s>; %s' % (a['host'], a['ip'], rcpt.split('@')[1], rhex(10).upper(), rcpt, rfc(d_in))))
        h.append(('Return-Path', a['mailfrom']))
    else:
        raise ValueError(provider)
    if extra_ar:
        # forged / lower A-R lines appear below the provider's own (sender inserted)
        for v in extra_ar:
            h.append(('Authentication-Results', v))
    return h

# ---------------------------------------------------------------- MIME parts
def enc_part(text, subtype='plain', charset='utf-8', cte='qp', label=None):
    codec = {'shift_jis': 'cp932', 'iso-2022-jp': 'iso2022_jp'}.get(charset.lower(), charset)
    data = text.replace('\n', '\r\n').encode(codec) if cte in ('qp', 'b64') else text.encode(codec)
    p = MIMENonMultipart('text', subtype, charset=label or charset)
    if cte == 'qp':
        payload = quopri.encodestring(data).decode('ascii').replace('\r\n', '\n').replace('=0D\n', '\n')
        p.set_payload(payload)
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        p.set_payload(base64.encodebytes(data).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte == '7bit':
        p.set_payload(data.decode('ascii'))
        p['Content-Transfer-Encoding'] = '7bit'
    else:
        raise ValueError(cte)
    return p

def auto_html(plain_new, quoted='', style='simple', quote_style='blockquote'):
    def paras(t):
        out = []
        for block in t.strip('\n').split('\n\n'):
            out.append('<p>' + H.escape(block).replace('\n', '<br>\n') + '</p>')
        return '\n'.join(out)
    q = ''
    if quoted:
        q = ('\n<div class="quote" style="border-left:1px solid #ccc;padding-left:8px;color:#555">\n'
             + '<br>\n'.join(H.escape(l) for l in quoted.strip('\n').split('\n')) + '\n</div>')
    if style == 'simple':
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + paras(plain_new) + q + '\n</body></html>\n')
    if style == 'aws':
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Amazon Web Services</title></head>\n'
                '<body style="margin:0;padding:0;background:#f2f3f3">\n<table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
                '<tr><td align="center"><table width="640" style="background:#ffffff;font-family:\'Amazon Ember\',Arial,sans-serif;font-size:14px;color:#16191f">\n'
                '<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="28"></td></tr>\n'
                '<tr><td style="padding:24px">\n' + paras(plain_new) + q + '\n</td></tr>\n'
                '<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
                '</table></td></tr></table>\n</body></html>\n')
    raise ValueError(style)

# ---------------------------------------------------------------- build one mail
def sv_rule(from_addr, a, no_ar):
    if a is None or no_ar:
        return None
    fd = from_addr.split('@')[1].lower()
    trusted = fd == 'amazon.com' or fd.endswith('.amazon.com') or fd in ('credly.com', 'youracclaim.com')
    if not trusted:
        return False
    if a['dmarc'] == 'pass':
        return True
    return any(res == 'pass' and (d_ == fd or fd.endswith('.' + d_)) for d_, res, sel in a['dkim'])

def mail(fn, kind, *, case_id, lang, from_name, from_addr, to, subject, date, provider, a,
         new, quoted='', body='alt', html=None, charset='utf-8', cte='qp', html_cte=None,
         html_style='simple', subj_charset=None, label_charset=None, extra=(), ids=None,
         sv='?', extra_ar=None, no_ar=False, to_name=None, sig_dkim=True, reply_to=None,
         cc=None, msgid=None):
    plain = new.rstrip('\n') + '\n'
    if quoted:
        plain += '\n' + quoted.rstrip('\n') + '\n'
    if html is None and body in ('alt', 'html'):
        html = auto_html(new, quoted, html_style)
    if body == 'plain':
        msg = enc_part(plain, 'plain', charset, cte, label_charset)
    elif body == 'html':
        msg = enc_part(html, 'html', charset, html_cte or cte, label_charset)
    elif body == 'alt':
        msg = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(100000000, 999999999), int(date.timestamp() * 1000)))
        for sub in (enc_part(plain, 'plain', charset, cte, label_charset),
                    enc_part(html, 'html', charset, html_cte or cte, label_charset)):
            del sub['MIME-Version']
            msg.attach(sub)
    else:
        raise ValueError(body)
    mime_hdrs = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    rcpt = to
    hdrs = []
    if a is not None:
        hdrs += trace_headers(provider, a, rcpt, date, extra_ar, no_ar)
        if sig_dkim:
            for d_, res, sel in a['dkim']:
                if res == 'none':
                    continue
                hdrs.append(('DKIM-Signature', dkim_sig(d_, sel, date)))
    for k, v in hdrs:
        msg[k] = v
    if msgid is None:
        if a is not None and 'sesid' in a:
            msgid = '<%s@email.amazonses.com>' % a['sesid']
        else:
            msgid = '<%s.%d@%s>' % (rhex(16), int(date.timestamp()), from_addr.split('@')[1])
    msg['Date'] = rfc(date)
    fn_ = Header(from_name, 'utf-8').encode() if any(ord(c) > 127 for c in from_name) else ('"%s"' % from_name if from_name else '')
    msg['From'] = ('%s <%s>' % (fn_, from_addr)) if from_name else from_addr
    if reply_to:
        msg['Reply-To'] = reply_to
    if to_name:
        tn = Header(to_name, 'utf-8').encode() if any(ord(c) > 127 for c in to_name) else to_name
        msg['To'] = '%s <%s>' % (tn, to)
    else:
        msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Message-ID'] = msgid
    if subj_charset:
        msg['Subject'] = Header(subject, subj_charset, maxlinelen=76, header_name='Subject').encode(linesep='\n')
    else:
        msg['Subject'] = subject
    msg['MIME-Version'] = '1.0'
    for k, v in mime_hdrs:
        if k != 'MIME-Version':
            msg[k] = v
    for k, v in extra:
        msg[k] = v
    raw = msg.as_bytes(policy=P.compat32.clone(linesep='\n', max_line_length=0))
    raw = raw.replace(b'\r\n', b'\n')
    for line in raw.split(b'\n\n', 1)[0].split(b'\n'):
        if len(line) > 998:
            raise SystemExit(fn + ': header line too long')
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(raw)
    computed = find_ids(subject + '\n' + new)
    if ids is not None and sorted(ids) != computed:
        raise SystemExit('%s: ids mismatch %s vs computed %s' % (fn, ids, computed))
    svc = sv_rule(from_addr, a, no_ar)
    if sv == '?' or sv != svc:
        raise SystemExit('%s: sender_verified %s vs rule %s' % (fn, sv, svc))
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': computed,
                  'sender_verified': svc, 'language': lang}
    MAILS.append(fn)

# ---------------------------------------------------------------- common text
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSN = 'Amazon Web Services'

def console_footer(case, agent):
    return ("We value your feedback. Please share your experience by rating this and other correspondences "
            "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
            "corner of the correspondence.\n\nBest regards,\n%s\nAmazon Web Services\n\n"
            "===============================================================\n\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.\n\n"
            "===============================================================\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, "
            "Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % (agent, case))

def qt(text, depth=1):
    pre = '> ' * depth
    return '\n'.join((pre.rstrip() if not l.strip() else pre + l) for l in text.rstrip('\n').split('\n'))

def gmail_attr(d, name, addr):
    return 'On %s at %s %s <%s> wrote:' % (d.strftime('%a, %b %-d, %Y'), d.strftime('%-I:%M'), d.strftime('%p'), name, addr) \
        if False else 'On %s, %s %s <%s> wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M'), d.strftime('%p'), name, addr)

def outlook_block(d, frm, to, subj, sent_fmt='%A, %B %-d, %Y %-I:%M %p'):
    return ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n' %
            (frm, d.strftime(sent_fmt), to, subj))

# ================================================================ scenario A
# form desk, 15-digit case, Gmail. 2019 profile AWS04418273 -> newer AWS19930551
A_OPEN = 1747653022
A_CASE = '%d00871' % A_OPEN
A_TO = 'priya.raman.dev@gmail.com'
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
A_FORM = ("Inquiry type: AWS Training and Certification\nDetail: Account Merge\nAWS candidate ID: AWS19930551\n"
          "Description: Hi, I have two certification profiles. One is from 2019 when I was at university (signed up with\n"
          "my student email), the other I made in 2024 with my gmail. I want everything in one place please.")

mail('001-thanks-we-have-your-message.eml', 'case_created', case_id=A_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=A_TO, to_name='Priya Raman',
     subject='[CASE %s] Thanks - your note reached us' % A_CASE, date=ts(A_OPEN + 41),
     provider='gmail', a=auth_for('ses', 'amazon.com', ts(A_OPEN + 41)), sv=True,
     ids=['AWS19930551'], html_style='aws',
     new="""Hi Priya,

Thanks a bunch for writing in! Just a quick note so you know your message made it to us safe and sound - nothing got lost along the way.

Your reference number is %s. If you want to add anything, hit reply and leave that number in the subject line so it lands in the right place.

A real person on the Training and Certification team will read through what you sent and get back to you, normally within a day. Please don't fill in the form again for the same thing - a second request only pushes you further back in the line.

Here's what you told us:

%s

Talk soon,
The AWS Training and Certification team
""" % (A_CASE, A_FORM))

A_R1 = ts(A_OPEN + 26 * 3600 + 1312)
A_R1_NEW = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I had a look and I can see two certification profiles under your name: one registered in March 2019 with your university address (AWS04418273) and one created in 2024 with your Gmail address (AWS19930551).

Before anything can happen on our side I need to know which of the two you would like to carry on using. Whichever one you pick will end up holding the exam history of both; the other one will be closed and can no longer be signed into.

Could you let me know your preference by replying to this e-mail?

Kind regards,
Joanna M.
AWS Training and Certification Customer Support
"""
mail('002-which-profile-to-keep.eml', 'support_reply', case_id=A_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=A_TO, subject=A_SUBJ, date=A_R1,
     provider='gmail', a=auth_for('ses', 'amazon.com', A_R1), sv=True,
     ids=['AWS04418273', 'AWS19930551'], body='alt', cte='qp',
     new=A_R1_NEW,
     quoted="-----Original Message-----\nFrom: priya.raman.dev@gmail.com\nSent: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n\n%s" % (ts(A_OPEN).strftime('%m/%d/%Y %H:%M UTC'), A_FORM))

A_U1 = ts(A_OPEN + 26 * 3600 + 1312 + 5400, -7)
A_U1_TXT = "The newer one please (the gmail one). Thanks!\n\nPriya"
A_R2 = ts(A_OPEN + 2 * 86400 + 3600 * 3 + 77)
A_R2_NEW = """Hi Priya,

Thanks for letting me know. Here's what will happen - please read it carefully before you answer:

  * The 2019 profile (the one on your university address) will be folded into the newer profile.
  * The newer profile, AWS19930551, is the one that stays, and you'll keep signing in with your Gmail address.
  * Your 2019 exam history and any certifications still in date will show up on the newer profile afterwards.

Please be aware that this can't be rolled back once it's been carried out.

If that all looks right to you, a short reply along the lines of "yes, go ahead" is all I need and I'll get it moving. If anything is off, tell me what to change.

Kind regards,
Joanna M.
AWS Training and Certification Customer Support
"""
mail('003-plan-for-the-two-profiles.eml', 'merge_confirmation_requested', case_id=A_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=A_TO, subject=A_SUBJ, date=A_R2,
     provider='gmail', a=auth_for('ses', 'amazon.com', A_R2), sv=True,
     ids=['AWS19930551'],
     new=A_R2_NEW,
     quoted=A_U1_TXT + "\n\n" + gmail_attr(A_R1.astimezone(timezone(timedelta(hours=-7))), AWSN, FORM) + "\n" + qt(A_R1_NEW))

A_U2 = ts(A_OPEN + 2 * 86400 + 3600 * 9, -7)
A_U2_TXT = "Yes, go ahead. The details are correct.\n\nThanks,\nPriya"
A_R3 = ts(A_OPEN + 3 * 86400 + 3600 * 10 + 512)
A_R3_NEW = """Hello Priya,

Good news to start your day: as of this morning there is just one certification profile in your name, AWS19930551. The 2019 profile is no longer active, and everything that was on it - your Cloud Practitioner from 2019 and the exam history - now sits on the newer profile.

You may have to sign out of CertMetrics and back in before you see it. Your Credly badges can take a few more days to catch up.

Kind regards,
Joanna M.
AWS Training and Certification Customer Support
"""
mail('004-one-profile-now.eml', 'merge_completed', case_id=A_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=A_TO, subject=A_SUBJ, date=A_R3,
     provider='gmail', a=auth_for('ses', 'amazon.com', A_R3), sv=True,
     ids=['AWS19930551'], cte='b64',
     new=A_R3_NEW,
     quoted=A_U2_TXT + "\n\n" + gmail_attr(A_R2.astimezone(timezone(timedelta(hours=-7))), AWSN, FORM) + "\n" + qt(A_R2_NEW) + "\n>\n" + qt(A_U1_TXT + "\n\n" + gmail_attr(A_R1.astimezone(timezone(timedelta(hours=-7))), AWSN, FORM) + "\n" + qt(A_R1_NEW), 1))

A_S = A_R3 + timedelta(minutes=64)
A_S_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your feedback</title></head>
<body style="margin:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;border-top:4px solid #ff9900">
<tr><td style="padding:28px 32px;font-size:15px;color:#232f3e">
<p>Hi Priya,</p>
<p>We've marked request <b>%s</b> as resolved on our side.</p>
<p>Could you spare two minutes and tell us how it went? Your answers go straight to the team lead, not to a robot.</p>
<p style="font-weight:bold">Did we sort out what you got in touch about?</p>
<p><a href="https://survey.aws-training.amazon.com/r/%s?q1=yes" style="background:#0972d3;color:#fff;padding:8px 22px;text-decoration:none;border-radius:16px">Yes</a>&nbsp;&nbsp;
<a href="https://survey.aws-training.amazon.com/r/%s?q1=no" style="background:#fff;color:#0972d3;border:1px solid #0972d3;padding:8px 22px;text-decoration:none;border-radius:16px">No</a></p>
<p style="font-weight:bold">How would you score the help you got from Joanna?</p>
<p>%s</p>
<p style="font-size:12px;color:#687078">If you still need something, just reply to this e-mail within 14 days and the request will be picked up again.</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#687078;background:#fafafa">AWS Training and Certification &middot; Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 &middot; <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></td></tr></table></body></html>
""" % (A_CASE, A_CASE, A_CASE, ' '.join('<a href="https://survey.aws-training.amazon.com/r/%s?q2=%d" style="padding:6px 11px;border:1px solid #aab7b8;text-decoration:none;color:#16191f">%d</a>' % (A_CASE, i, i) for i in range(1, 6)))
mail('005-two-minutes-of-your-time.eml', 'survey', case_id=A_CASE, lang='en',
     from_name='AWS Training and Certification', from_addr=FORM, to=A_TO, to_name='Priya Raman',
     subject='How did we do with request %s?' % A_CASE, date=A_S,
     provider='gmail', a=auth_for('ses', 'amazon.com', A_S), sv=True, ids=[],
     body='html', html=A_S_HTML, cte='qp',
     new="We've marked request %s as resolved. Did we sort out what you got in touch about? Yes / No. How would you score the help you got from Joanna? 1-5" % A_CASE)

# ================================================================ scenario B
# console case, 11-digit, Outlook.com. AWS22817364 + AWS30047719 -> AWS27790412
B_CASE = '13418827051'
B_TO = 'm.bellini@outlook.com'
B_SUBJ = 'RE:[CASE %s] Two (actually three) certification logins - please combine' % B_CASE
B1 = dt('2023-09-13 15:02:47')
mail('006-need-login-addresses.eml', 'support_reply', case_id=B_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=B_TO, subject=B_SUBJ, date=B1,
     provider='outlook', a=auth_for('ses', 'amazon.com', B1), sv=True,
     ids=['AWS22817364', 'AWS27790412', 'AWS30047719'], cte='qp',
     new="""Hello Marco,

Thank you for contacting AWS Support. I'm sorry you ended up with more than one certification profile - it happens more often than you'd think.

To line things up correctly I need a little more from you. For each of the candidate IDs below, please tell me the e-mail address you sign in with and, if different, the address notifications are sent to:

  - AWS22817364
  - AWS30047719
  - AWS27790412

It would also help to know which of them you want to keep using from now on.

You can add this to the case through the Support Center link below.

""" + console_footer(B_CASE, 'Siddharth'))

B2 = dt('2023-09-14 09:41:10')
mail('007-plan-three-into-one.eml', 'merge_confirmation_requested', case_id=B_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=B_TO, subject=B_SUBJ, date=B2,
     provider='outlook', a=auth_for('ses', 'amazon.com', B2), sv=True,
     ids=['AWS22817364', 'AWS27790412', 'AWS30047719'], cte='b64',
     new="""Hello Marco,

Thanks for the details. Based on what you sent, this is the plan:

  AWS22817364 (created 2020, marco.bellini@oldco-engineering.it)
  AWS30047719 (created 2022 at the test centre, m.bellini@outlook.com)
      --> both absorbed into -->
  AWS27790412 (your main profile, marco.bellini@gmail.com)

After this is done, the two absorbed profiles disappear for good and we are not able to bring them back, so please take a moment to check the list above.

If everything is right, please give us your go-ahead by replying on the case in the Support Center. We will not start until we hear from you.

""" + console_footer(B_CASE, 'Siddharth'))

B3 = dt('2023-09-15 18:20:03')
mail('008-voucher-question.eml', 'support_reply', case_id=B_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=B_TO, subject=B_SUBJ, date=B3,
     provider='outlook', a=auth_for('ses', 'amazon.com', B3), sv=True,
     ids=['AWS27790412', 'AWS30047719'],
     new="""Hello Marco,

About your question on the half-price exam voucher you earned with the Solutions Architect Associate in 2022: the voucher is attached to the profile where that exam was taken, which is AWS30047719. Once the profiles have been brought together it will appear under Benefits on AWS27790412 - there is nothing you need to do.

On the other point, I still need your go-ahead on the plan I sent yesterday before anything can start. Please reply on the case when you have a moment.

""" + console_footer(B_CASE, 'Lukas'))

B4 = dt('2023-09-19 11:05:55')
mail('009-status-single-profile.eml', 'merge_completed', case_id=B_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=B_TO, subject=B_SUBJ, date=B4,
     provider='outlook', a=auth_for('ses', 'amazon.com', B4), sv=True,
     ids=['AWS22817364', 'AWS27790412', 'AWS30047719'],
     new="""Hello Marco,

Quick update on where things stand: AWS27790412 is now the only active certification profile in your name. AWS22817364 and AWS30047719 have been deactivated, and their exam records, certifications and the exam voucher are all showing on AWS27790412.

Sign in with marco.bellini@gmail.com from now on. The old logins won't let you in anymore.

""" + console_footer(B_CASE, 'Siddharth'))

B5 = dt('2023-09-22 11:06:31')
mail('010-case-closed-after-work.eml', 'survey', case_id=B_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=B_TO,
     subject='AWS Support: case %s is now closed' % B_CASE, date=B5,
     provider='outlook', a=auth_for('ses', 'amazon.com', B5), sv=True, ids=[],
     html_style='aws',
     new="""Hello,

We're closing case %s, because the work you asked for was carried out on 19 September (see our earlier message on the case).

If something isn't right, you can reopen the case from the Support Center within the next 14 days.

Was your issue sorted out?
  Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

And if you have a minute, tell us how Siddharth and Lukas did - you can give each reply between one and five stars in the Support Center.

Thank you for using AWS Support.
Amazon Web Services

Case details:
Case ID: %s
Subject: Two (actually three) certification logins - please combine
Severity: General guidance
""" % (B_CASE, B_CASE, B_CASE, B_CASE))

# ================================================================ scenario C
# form desk, 10-digit case (2019), Fastmail, non-native agent. AWS00982134 -> AWS01555872
C_CASE = '6893021457'
C_TO = 'wen.li@fastmail.com'
C_OPEN = dt('2019-11-04 07:52:18')
C_SUBJ = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE
C_FORM = ("Inquiry Type: Certification\nDetail: Account Merge\nAWS Candidate ID: AWS00982134\n"
          "Message: I had a certification account from my previous employer (wen.li@contoso-systems.cn). Now I\n"
          "registered again with my personal mail and passed SAA. Please put them together.")
C1 = C_OPEN + timedelta(seconds=37)
mail('011-ref-received.eml', 'case_created', case_id=C_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=C_TO, subject='Case %s received' % C_CASE, date=C1,
     provider='fastmail', a=auth_for('ses', 'amazon.com', C1), sv=True, ids=['AWS00982134'],
     body='plain', charset='us-ascii', cte='7bit',
     new="""Ref: %s
Logged: 04-Nov-2019 07:52 UTC
Topic: Certification / account
Candidate ID given: AWS00982134

Noted. An agent will reply within 1 business day.
Reply to this e-mail to add information. Do not submit a new request for the same issue.

AWS Training and Certification
""" % C_CASE)

C2 = dt('2019-11-05 04:17:40')
C2_NEW = """Dear Wen Li,

Greetings from AWS Training and Certification!

As per your request, kindly find below the details of the accounts which will be consolidated:

Source account (will be deactivated)  : AWS 00982134 - wen.li@contoso-systems.cn
Destination account (will remain)     : AWS 01555872 - wen.li@fastmail.com

Please note that after the process is done it is not possible to revert it back. All the certifications and exam history of the source account will be moved to the destination account.

Request you to kindly revert to us with your acknowledgement on the above details so that we can go ahead with the process.

Thanks & Regards,
Venkatesh
AWS Training and Certification Support
"""
mail('012-kindly-acknowledge-details.eml', 'merge_confirmation_requested', case_id=C_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=C_TO, subject=C_SUBJ, date=C2,
     provider='fastmail', a=auth_for('ses', 'amazon.com', C2), sv=True,
     ids=['AWS00982134', 'AWS01555872'], cte='qp',
     new=C2_NEW,
     quoted="-----Original Message-----\nFrom: wen.li@fastmail.com\nSent: Monday, November 4, 2019 7:52 AM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n\n" + C_FORM)

C_U1 = dt('2019-11-05 10:02:11', 8)
C_U1_TXT = "Hello Venkatesh,\n\nYes, these are correct. Please go ahead.\n\nBest,\nWen"
C3 = dt('2019-11-05 11:30:02')
mail('013-forwarded-to-team.eml', 'support_reply', case_id=C_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=C_TO, subject=C_SUBJ, date=C3,
     provider='fastmail', a=auth_for('ses', 'amazon.com', C3), sv=True, ids=[],
     body='plain', charset='utf-8', cte='qp',
     new="""Dear Wen Li,

Thank you for the acknowledgement.

We have forwarded your request to our concerned team and they are working on the same. Normally it takes 3 to 5 business days. We will update you as soon as we are getting the update from the team.

Appreciate your patience and understanding.

Thanks & Regards,
Venkatesh
AWS Training and Certification Support
""",
     quoted=C_U1_TXT + "\n\nOn Tue, 5 Nov 2019, at 12:17, Amazon Web Services wrote:\n" + qt(C2_NEW))

C4 = dt('2019-11-08 06:44:19')
mail('014-source-account-not-existing.eml', 'merge_completed', case_id=C_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=C_TO, subject=C_SUBJ, date=C4,
     provider='fastmail', a=auth_for('ses', 'amazon.com', C4), sv=True,
     ids=['AWS00982134', 'AWS01555872'], cte='qp',
     new="""Dear Wen Li,

This is to inform you that the source account AWS 00982134 is not existing anymore and all the certifications are now reflecting under the account AWS 01555872. You may login with wen.li@fastmail.com to check the same.

Kindly note that the Acclaim badges will be reissued to the email of the destination account within 48 hours.

Thanks & Regards,
Venkatesh
AWS Training and Certification Support
""")

C5 = dt('2019-11-11 06:45:02')
mail('015-closed-tell-us.eml', 'survey', case_id=C_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=C_TO, subject='Your case %s - closed' % C_CASE, date=C5,
     provider='fastmail', a=auth_for('ses', 'amazon.com', C5), sv=True, ids=[],
     body='plain', charset='us-ascii', cte='7bit',
     new="""Case %s has been closed.

How was your experience? 3 questions, under a minute:
https://aws-tc-feedback.amazon.com/s/?case=%s&lang=en

This message was sent from an unmonitored mailbox.
AWS Training and Certification
""" % (C_CASE, C_CASE))

C6 = dt('2019-11-09 13:20:45')
C6_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="background-color:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px;text-align:center"><img src="https://acclaim-production-app.s3.amazonaws.com/images/6b7d1a2e-ef0e-4ef6-9a8d-0d9be4d5e0b1/AWS-Developer-Associate.png" width="120" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:22px;color:#333;text-align:center">Wen, your achievement is ready to show off</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;color:#555;line-height:22px">Amazon Web Services Training and Certification has recognized you with the <b>AWS Certified Developer &ndash; Associate</b> badge. Accept it to add it to your Acclaim profile and share it on LinkedIn, Twitter and in your e-mail signature.</td></tr>
<tr><td style="padding:16px;text-align:center"><a href="https://www.youracclaim.com/earner/earned/badge/3f0c9a1e-52d4-4b0e-8f7a-1c2d3e4f5a6b?accept=true" style="background:#2b6ca3;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Accept your badge</a></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:12px;color:#888">Questions? Visit <a href="https://support.youracclaim.com">support.youracclaim.com</a>.<br>Acclaim, 1717 Pennsylvania Ave NW, Washington, DC 20006</td></tr>
</table></body></html>
"""
mail('016-acclaim-developer-badge.eml', 'credly_badge_issued', case_id=None, lang='en',
     from_name='Amazon Web Services Training and Certification via Acclaim', from_addr='admin@youracclaim.com',
     to=C_TO, subject='Wen, claim your AWS Certified Developer - Associate badge', date=C6,
     provider='fastmail', a=auth_for('credly', 'youracclaim.com', C6, rcpt=C_TO, policy='NONE'), sv=True, ids=[],
     html=C6_HTML, cte='qp',
     new="""Wen, your achievement is ready to show off

Amazon Web Services Training and Certification has recognized you with the AWS Certified Developer - Associate badge. Accept it to add it to your Acclaim profile and share it on LinkedIn, Twitter and in your e-mail signature.

Accept your badge:
https://www.youracclaim.com/earner/earned/badge/3f0c9a1e-52d4-4b0e-8f7a-1c2d3e4f5a6b?accept=true

Questions? Visit support.youracclaim.com.
Acclaim, 1717 Pennsylvania Ave NW, Washington, DC 20006
""")

# ================================================================ scenario D
# Japanese form case, 15-digit, Biglobe. AWS07731942 -> AWS11260385
D_OPEN = 1750137845
D_CASE = '%d00342' % D_OPEN
D_TO = 'kenta.sato@kfd.biglobe.ne.jp'
D_NAME = '佐藤 健太'
D1 = ts(D_OPEN + 52, 9)
D1_NEW = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

ケース番号：%s
お問い合わせの種類：認定／アカウントの統合
AWS 認定受験者 ID：AWS07731942

担当者が内容を拝見のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせをいただきますと、対応が遅れる場合がございますので、あらかじめご了承ください。

※本メールはシステムより自動送信しています。

アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
""" % D_CASE
mail('017-uketsuke-jidou.eml', 'case_created', case_id=D_CASE, lang='ja',
     from_name='アマゾン ウェブ サービス', from_addr=FORM, to=D_TO, to_name=D_NAME,
     subject='【AWS トレーニングと認定】お問い合わせを承りました [CASE %s]' % D_CASE, subj_charset='iso-2022-jp',
     date=D1, provider='biglobe', a=auth_for('ses', 'amazon.com', D1), sv=True, ids=['AWS07731942'],
     body='plain', charset='iso-2022-jp', cte='7bit', new=D1_NEW)

D_U1 = ts(D_OPEN + 3600 * 5, 9)
D_U1_TXT = """お世話になります。佐藤です。

補足です。古いアカウントは前の会社のメールアドレス（k.sato@minato-soft.co.jp）で作りましたが、
そのアドレスはもう使えません。新しい方は AWS11260385 です。
よろしくお願いします。"""
D2 = ts(D_OPEN + 86400 + 3600 * 2 + 330, 9)
mail('018-english-reply-notification-address.eml', 'support_reply', case_id=D_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=D_TO,
     subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE,
     date=D2, provider='biglobe', a=auth_for('ses', 'amazon.com', D2), sv=True, ids=['AWS07731942'],
     cte='qp',
     new="""Hello Sato-san,

My apologies for answering in English - our Japanese-speaking colleagues are out today and I did not want to keep you waiting.

Thank you for the extra information about your former company address. One thing is still missing before we can prepare anything: could you tell me the e-mail address where you currently receive notifications for AWS07731942? Our records show a different address from the one you sign in with, and we need both to match the account correctly.

You are welcome to reply in Japanese.

Best regards,
Daniel
AWS Training and Certification Customer Support
""",
     quoted=outlook_block(D_U1, '佐藤 健太 <%s>' % D_TO, FORM, 'Re: 【AWS トレーニングと認定】お問い合わせを承りました [CASE %s]' % D_CASE,
                          '%Y/%m/%d %H:%M') + "\n" + D_U1_TXT + "\n\n%s %s <%s>:\n%s" % ('2025年6月17日(火) 14:24', 'アマゾン ウェブ サービス', FORM, qt(D1_NEW)))

D3 = ts(D_OPEN + 2 * 86400 + 3600 * 1 + 1201, 9)
D3_NEW = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。
通知先メールアドレスのご連絡、誠にありがとうございました。

お申し出いただいた件につきまして、お客様名義の認定アカウントを以下のとおり一つにまとめる準備が整いました。

　・2021年に作成された旧アカウント（AWS07731942、以前の勤務先のメールアドレスでご登録）
　　→ 作業後は無効となり、ログインできなくなります。
　・現在お使いのアカウント（AWS11260385）
　　→ こちらを引き続きご利用いただけます。旧アカウントの受験履歴・認定はすべてこちらへ移ります。

なお、一度実施いたしますと元に戻すことはできかねますので、あらかじめご了承ください。

上記の内容で差し支えないか、本メールにご返信のうえお知らせいただけますでしょうか。
ご返答をいただき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

山本
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
mail('019-hitotsu-ni-matomeru-junbi.eml', 'merge_confirmation_requested', case_id=D_CASE, lang='ja',
     from_name=AWSN, from_addr=FORM, to=D_TO,
     subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE,
     date=D3, provider='biglobe', a=auth_for('ses', 'amazon.com', D3), sv=True,
     ids=['AWS07731942', 'AWS11260385'], body='plain', charset='shift_jis', cte='b64', new=D3_NEW)

D_U2 = ts(D_OPEN + 2 * 86400 + 3600 * 4, 9)
D_U2_TXT = "山本様\n\nお世話になっております。佐藤です。\n内容に間違いありません。よろしくお願いいたします。\n\n佐藤 健太"
D4 = ts(D_OPEN + 4 * 86400 + 3600 * 3 + 45, 9)
D4_NEW = """佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

ご依頼いただいておりました作業が終わりましたので、ご連絡いたします。
現在、お客様の認定情報・受験履歴はすべて AWS11260385 にまとまっており、旧アカウント（AWS07731942）は無効となっております。

今後は AWS11260385 のメールアドレスでサインインしてください。
Credly のバッジにつきましては、反映までに数日かかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

山本
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
mail('020-sagyou-owarimashita.eml', 'merge_completed', case_id=D_CASE, lang='ja',
     from_name=AWSN, from_addr=FORM, to=D_TO,
     subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE,
     date=D4, provider='biglobe', a=auth_for('ses', 'amazon.com', D4), sv=True,
     ids=['AWS07731942', 'AWS11260385'], body='alt', charset='utf-8', cte='b64',
     new=D4_NEW,
     quoted="2025年6月19日(木) 18:24 %s <%s>:\n" % (D_NAME, D_TO)
            + qt(D_U2_TXT + "\n\n2025年6月19日(木) 15:44 Amazon Web Services <%s>:\n" % FORM + qt(D3_NEW)))

D5 = D4 + timedelta(hours=1, minutes=2)
D5_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS トレーニングと認定</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff">
<tr><td style="background:#232f3e;padding:14px 24px;color:#fff;font-size:16px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.8;color:#16191f">
<p>佐藤 健太 様</p>
<p>このたびはお問い合わせいただき、誠にありがとうございました。<br>
ケース番号 %s につきましては、対応を終了とさせていただきました。</p>
<p>今後のサービス向上のため、今回の担当者の対応についてご意見をお聞かせいただけますと幸いです（所要時間：約 1 分）。</p>
<p><b>お問い合わせの内容は解決しましたか？</b></p>
<p><a href="https://survey.aws-training.amazon.com/r/%s?lang=ja&amp;q1=yes">はい</a>　／　<a href="https://survey.aws-training.amazon.com/r/%s?lang=ja&amp;q1=no">いいえ</a></p>
<p><b>担当者の対応を 5 段階で評価してください。</b><br>
<a href="https://survey.aws-training.amazon.com/r/%s?lang=ja&amp;q2=1">1</a> <a href="https://survey.aws-training.amazon.com/r/%s?lang=ja&amp;q2=2">2</a> <a href="https://survey.aws-training.amazon.com/r/%s?lang=ja&amp;q2=3">3</a> <a href="https://survey.aws-training.amazon.com/r/%s?lang=ja&amp;q2=4">4</a> <a href="https://survey.aws-training.amazon.com/r/%s?lang=ja&amp;q2=5">5</a></p>
<p style="font-size:12px;color:#687078">※本メールは送信専用アドレスから配信しています。</p>
</td></tr></table></td></tr></table></body></html>
""" % ((D_CASE,) * 8)
mail('021-goiken-onegai.eml', 'survey', case_id=D_CASE, lang='ja',
     from_name='AWS トレーニングと認定', from_addr=FORM, to=D_TO, to_name=D_NAME,
     subject='今回のお問い合わせ対応についてご意見をお聞かせください（ケース番号 %s）' % D_CASE, subj_charset='utf-8',
     date=D5, provider='biglobe', a=auth_for('ses', 'amazon.com', D5), sv=True, ids=[],
     body='html', html=D5_HTML, cte='qp',
     new='ケース番号 %s につきましては、対応を終了とさせていただきました。' % D_CASE)

# ================================================================ scenario E
# console case, 15-digit, Proton. old work profile AWS15590048 -> personal AWS26671103
E_OPEN = 1761210953
E_CASE = '%d00518' % E_OPEN
E_TO = 'tomasz.wrobel@proton.me'
E_CSUBJ = 'Old cert account from previous job + new one'
E_SUBJ = 'RE:[CASE %s] %s' % (E_CASE, E_CSUBJ)
E1 = ts(E_OPEN + 9)
mail('022-logged-terse.eml', 'case_created', case_id=E_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=E_TO, subject='[Case %s] Logged: %s' % (E_CASE, E_CSUBJ), date=E1,
     provider='proton', a=auth_for('ses', 'amazon.com', E1), sv=True, ids=[], body='alt', cte='qp', html_style='aws',
     new="""Case %s is logged.

Subject: %s
Severity: General guidance
Service: Training and Certification

We'll answer in the Support Center. This address does not take replies.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services
""" % (E_CASE, E_CSUBJ, E_CASE))

E2 = ts(E_OPEN + 86400 + 3600 * 5 + 1800)
mail('023-proposal-described-profiles.eml', 'merge_confirmation_requested', case_id=E_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=E_TO, subject=E_SUBJ, date=E2,
     provider='proton', a=auth_for('ses', 'amazon.com', E2), sv=True, ids=[], cte='qp',
     new="""Hello Tomasz,

Thank you for your patience while I looked into this.

I found both certification profiles you described. Here is what I'm proposing:

The profile you set up through your previous employer's training portal (the one on your old work address) would be retired, and its exam history would be carried over to the profile you created this year with your personal address. The personal one would stay as your only profile and keep your current sign-in.

Please note that we cannot split them apart again afterwards.

Are you happy for us to go ahead on that basis? Let us know by replying to this case through the Support Center.

""" + console_footer(E_CASE, 'Aoife'))

E3 = ts(E_OPEN + 2 * 86400 + 3600 * 2 + 333)
mail('024-handed-over-will-update.eml', 'support_reply', case_id=E_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=E_TO, subject=E_SUBJ, date=E3,
     provider='proton', a=auth_for('ses', 'amazon.com', E3), sv=True, ids=[], cte='b64',
     new="""Hello Tomasz,

Appreciate the quick go-ahead. I've handed this to the team that carries out these changes. It usually takes one to three business days; once it's been carried out I'll update this case so you know.

In the meantime please don't book an exam on either profile, as an open booking can hold things up.

""" + console_footer(E_CASE, 'Aoife'))

E4 = ts(E_OPEN + 4 * 86400 + 3600 * 7 + 51)
mail('025-new-reply-on-case.eml', 'support_reply', case_id=E_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=E_TO, subject='[Case %s] New correspondence added' % E_CASE, date=E4,
     provider='proton', a=auth_for('ses', 'amazon.com', E4), sv=True, ids=[], body='alt', cte='qp', html_style='aws',
     new="""Hello,

There is a new reply on your support case. To read it and respond, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: %s

Please do not reply to this e-mail; this address cannot accept incoming mail.

Amazon Web Services
""" % (E_CASE, E_CASE, E_CSUBJ))

E5 = E4 - timedelta(seconds=40)
mail('026-all-set-single-profile.eml', 'merge_completed', case_id=E_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=E_TO, subject=E_SUBJ, date=E5,
     provider='proton', a=auth_for('ses', 'amazon.com', E5), sv=True, ids=['AWS26671103'], cte='qp',
     new="""Hi Tomasz,

All set - there's a single profile now, AWS26671103, and it carries the exam history from your old work profile. Signing in with the old work address won't get you anywhere any more.

""" + console_footer(E_CASE, 'Aoife'))

# ================================================================ scenario F
# form desk, 15-digit, Yahoo, chatty agent. aws09911452 -> AWS-31200876
F_OPEN = 1733821517
F_CASE = '%d00226' % F_OPEN
F_TO = 'aisha.bello@yahoo.com'
F_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F_CASE
F1 = ts(F_OPEN + 63)
F1_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>We're on it</title></head>
<body style="margin:0;padding:0;background:#eef1f4">
<div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#232f3e">
<div style="background:#232f3e;padding:16px 24px"><span style="color:#ff9900;font-weight:bold;font-size:18px">AWS Training &amp; Certification</span></div>
<div style="padding:24px;font-size:15px;line-height:1.55">
<p>Hello Aisha! &#128075;</p>
<p>Thanks for getting in touch. This is just an automatic note to say your request has landed and is sitting in our queue under reference <strong>%s</strong>.</p>
<p>A member of the team usually picks things up within a day or so &mdash; sometimes quicker, occasionally (sorry!) a little slower when we're busy. You don't need to do anything in the meantime, and there's no need to send the form again.</p>
<p>Here's a copy of what you sent us:</p>
<table style="border-collapse:collapse;font-size:14px;background:#f7f8f9" cellpadding="6">
<tr><td style="color:#687078">Category</td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td style="color:#687078">Candidate ID</td><td>AWS-09911452</td></tr>
<tr><td style="color:#687078">Message</td><td>I created a second account by mistake when I booked my SAA exam. Would like one account only.</td></tr>
</table>
<p>Speak soon,<br>The AWS Training &amp; Certification Support crew</p>
</div>
<div style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #e9ebed">Want to add something? Reply to this e-mail and keep the reference in the subject line.<br>Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</div>
</div></body></html>
""" % F_CASE
mail('027-on-it-chatty-html.eml', 'case_created', case_id=F_CASE, lang='en',
     from_name='AWS Training & Certification', from_addr=FORM, to=F_TO, to_name='Aisha Bello',
     subject="We're on it! Your request #%s" % F_CASE, date=F1,
     provider='yahoo', a=auth_for('ses', 'amazon.com', F1), sv=True, ids=['AWS09911452'],
     body='html', html=F1_HTML, cte='b64', new='Candidate ID AWS-09911452 reference %s' % F_CASE)

F2 = ts(F_OPEN + 2 * 86400 + 3600 * 6 + 12)
F2_NEW = """Hi Aisha,

Thanks for your patience! I've dug into this and I'm ready to go - I just need a quick thumbs-up from you first, because this one's a one-way street.

What I'd do:
  - aws09911452 (the profile you set up in 2020 with aisha.bello@lagosfintech.ng) gets rolled into...
  - AWS-31200876 (your current profile on this Yahoo address), which is the one you keep.

Your Developer Associate from 2020 and everything else on the older profile would then show up on the current one.

Sound right? Just hit reply and say so, and I'll take it from there.

Cheers,
Marisol
AWS Training & Certification Customer Support
"""
mail('028-quick-thumbs-up-needed.eml', 'merge_confirmation_requested', case_id=F_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=F_TO, subject=F_SUBJ, date=F2,
     provider='yahoo', a=auth_for('ses', 'amazon.com', F2), sv=True,
     ids=['AWS09911452', 'AWS31200876'], cte='qp', new=F2_NEW)

F3 = ts(F_OPEN + 6 * 86400 + 3600 * 3 + 901)
mail('029-following-up-no-reply-yet.eml', 'support_reply', case_id=F_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=F_TO, subject=F_SUBJ, date=F3,
     provider='yahoo', a=auth_for('ses', 'amazon.com', F3), sv=True, ids=[], cte='qp',
     new="""Hello Aisha,

I'm following up on my message from 12 December, as I haven't seen an answer yet. I can't move forward until I hear back from you on the details below.

If there's no reply within 5 business days the request will be closed automatically - you can always write back to open it again.

Cheers,
Marisol
AWS Training & Certification Customer Support
""",
     quoted=outlook_block(F2, 'Amazon Web Services <%s>' % FORM, F_TO, F_SUBJ) + "\n" + F2_NEW)

F_U1 = ts(F_OPEN + 6 * 86400 + 3600 * 8, 1)
F_U1_TXT = "So sorry, it went to my spam folder! Yes that's correct, please go ahead.\nAisha"
F4 = ts(F_OPEN + 8 * 86400 + 3600 * 1 + 7)
mail('030-folded-in-plus-voucher-question.eml', 'merge_completed', case_id=F_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=F_TO, subject=F_SUBJ, date=F4,
     provider='yahoo', a=auth_for('ses', 'amazon.com', F4), sv=True, ids=['AWS31200876'], cte='qp',
     new="""Hi Aisha,

Thanks for getting back to me - no worries about the spam folder, it happens!

Your older profile has now been folded into AWS31200876. That's your one and only profile from here on, and the 2020 Developer Associate is sitting on it along with everything else.

One thing I wanted to ask while I have you: the 50% voucher from your Developer exam ran out in 2023, so there was nothing to carry over. Would you like me to check whether you qualify for a new one based on your recent SAA pass?

Cheers,
Marisol
AWS Training & Certification Customer Support
""",
     quoted=F_U1_TXT + "\n\n" + "On %s, Amazon Web Services <%s> wrote:\n" % (
         F3.astimezone(timezone(timedelta(hours=1))).strftime('%A, %B %-d, %Y at %I:%M:%S %p GMT+1'), FORM)
         + qt("Hello Aisha,\n\nI'm following up on my message from 12 December, as I haven't seen an answer yet. I can't move forward until I hear back from you on the details below.\n\n" + F2_NEW))

F5 = F4 + timedelta(days=3, minutes=5)
mail('031-did-we-get-it-right.eml', 'survey', case_id=F_CASE, lang='en',
     from_name='AWS Training & Certification', from_addr=FORM, to=F_TO,
     subject='Request %s: did we get it right?' % F_CASE, date=F5,
     provider='yahoo', a=auth_for('ses', 'amazon.com', F5), sv=True, ids=[], cte='qp', html_style='aws',
     new="""Hi Aisha,

We haven't heard anything more from you, so we've wrapped up request %s.

Did we get it right? One click is enough:

  Yes, all sorted:   https://survey.aws-training.amazon.com/r/%s?q1=yes
  No, not really:    https://survey.aws-training.amazon.com/r/%s?q1=no

And if you'd like to tell us how Marisol did, there's a short 1-to-5 scale on the next page.

Thanks,
AWS Training & Certification
""" % (F_CASE, F_CASE, F_CASE))

# ================================================================ scenario G
# console cases, 11-digit, corporate M365 (some via on-prem relay without A-R)
G_CASE1 = '11906643521'
G_CASE2 = '11907088204'
G_TO = 'olivia.hart@northwind-logistics.com'
G_CSUBJ = 'Duplicate certification profiles (work + personal)'
G1 = dt('2022-06-15 08:12:40')
mail('032-dup-case-got-it.eml', 'case_created', case_id=G_CASE2, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=G_TO, to_name='Olivia Hart',
     subject="AWS Support - we've received your case %s" % G_CASE2, date=G1,
     provider='outlook', a=auth_for('ses', 'amazon.com', G1), sv=True,
     ids=['AWS05123398', 'AWS28864410'], cte='qp', html_style='aws',
     new="""Hi there,

Thanks for reaching out! Your case is in and has been given the number %s. One of our support engineers will reply in the Support Center, and we'll drop you an e-mail when they do.

Your case at a glance
Case ID: %s
Subject: %s
Severity: General guidance
Description: I have two certification profiles, AWS05123398 (work) and AWS28864410 (personal). I'd like them
combined. I might have sent this before, not sure it went through.

To view or add to the case: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This mailbox doesn't take replies - please use the link above.

Amazon Web Services
""" % (G_CASE2, G_CASE2, G_CSUBJ, G_CASE2))

G2 = dt('2022-06-15 14:51:09')
mail('033-duplicate-and-why-question.eml', 'support_reply', case_id=G_CASE1, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=G_TO, subject='RE:[CASE %s] %s' % (G_CASE1, G_CSUBJ), date=G2,
     provider='onprem', a=auth_for('ses', 'amazon.com', G2), sv=None, no_ar=True, ids=['AWS05123398'], cte='qp',
     new="""Hello Olivia,

I noticed you also opened case %s yesterday for the same request. To keep everything in one place I'll close that one and we'll carry on here - please don't open further cases for this, as each new one starts at the back of the queue.

One question before I go further: AWS05123398 was set up through Northwind Logistics' Skill Builder team subscription. Could you tell me why you'd like your profiles brought together, and whether your employer knows? If the work profile is managed by your company, we may need their administrator's agreement first.

""" % G_CASE2 + console_footer(G_CASE1, 'Emeka'))

G_U1 = dt('2022-06-16 09:03:00', 1)
G3 = dt('2022-06-17 10:22:31')
G_U1_TXT = """Hi Emeka,

My manager is fine with it, I'm leaving Northwind at the end of the month and want to keep my certs. Keep the one ending 4410 I think, or whichever is easier.

Thanks,
Olivia"""
mail('034-same-page-before-we-book-it.eml', 'merge_confirmation_requested', case_id=G_CASE1, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=G_TO, subject='RE:[CASE %s] %s' % (G_CASE1, G_CSUBJ), date=G3,
     provider='outlook', a=auth_for('ses', 'amazon.com', G3), sv=True,
     ids=['AWS05123398', 'AWS28864410'], cte='qp',
     new="""Hello Olivia,

Thanks, and good luck with the move. Since your note said "I think", I'd rather spell it out so we're on the same page:

  Kept:   AWS28864410 - your personal profile from 2021 (the one ending 4410)
  Closed: AWS05123398 - the work profile from 2022; its exam records and certifications move across to the personal one

Nothing can be split out again afterwards, and the work profile will no longer be reachable through Northwind's subscription.

Please reply on the case with a clear yes (or tell me what to change) and I'll book it in.

""" + console_footer(G_CASE1, 'Emeka'),
     quoted="-----Original Message-----\n" + outlook_block(G_U1, 'Olivia Hart <%s>' % G_TO, 'AWS Support', 'RE:[CASE %s] %s' % (G_CASE1, G_CSUBJ)).replace('________________________________\n', '') + "\n" + G_U1_TXT)

G4 = dt('2022-06-21 16:40:12')
mail('035-four-certs-on-personal.eml', 'merge_completed', case_id=G_CASE1, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=G_TO, subject='RE:[CASE %s] %s' % (G_CASE1, G_CSUBJ), date=G4,
     provider='onprem', a=auth_for('ses', 'amazon.com', G4), sv=None, no_ar=True, ids=['AWS28864410'], cte='b64',
     new="""Hello Olivia,

As of today all four of your certifications sit on AWS28864410, together with the exam history from the work profile. The work profile itself no longer exists, so you can stop worrying about losing access when your Northwind e-mail goes away.

""" + console_footer(G_CASE1, 'Emeka'))

# ================================================================ scenario H
# user whose first request was never answered; new request a week later
H_OPEN1 = 1744209330
H_CASE1 = '%d00117' % H_OPEN1
H_OPEN2 = 1744815210
H_CASE2 = '%d00954' % H_OPEN2
H_TO = 'dokafor@gmail.com'
H1 = ts(H_OPEN2 + 33)
mail('036-hey-daniel-in-the-queue.eml', 'case_created', case_id=H_CASE2, lang='en',
     from_name=AWSN, from_addr=FORM, to=H_TO, to_name='Daniel Okafor',
     subject='Hey Daniel - got it (ref %s)' % H_CASE2, date=H1,
     provider='gmail', a=auth_for('ses', 'amazon.com', H1), sv=True,
     ids=['AWS20418866', 'AWS33901275'], cte='b64',
     new="""Hey Daniel,

Thanks for writing in - this is an automatic message to let you know we've got your request and it's now in the queue with reference %s.

We aim to reply within 24 hours. When we do, it'll come from this address, so it's worth checking your spam folder now and then and adding us to your contacts.

For your records, this is what you sent:

  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  Description: I sent a request last week (%s) but never heard anything back. I need my two
  certification accounts combined: AWS 20418866 (old) and AWS 33901275 (current).

Cheers,
AWS Training and Certification Customer Support
""" % (H_CASE2, H_CASE1))

# ================================================================ Credly
A_B = A_R3 + timedelta(days=2, hours=3, minutes=17)
A_B_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;color:#2d2d2d">
<tr><td style="padding:20px 32px;border-bottom:1px solid #eee"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" height="26"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;text-align:center"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="140" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:8px 32px;text-align:center;font-size:22px">Priya, your Cloud Practitioner badge is waiting</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:1.6">Amazon Web Services Training and Certification has sent the <b>AWS Certified Cloud Practitioner</b> badge to this e-mail address, so it's now linked to the certification profile you use today. Accept it to put it on your Credly profile and share it.</td></tr>
<tr><td style="padding:20px;text-align:center"><a href="https://www.credly.com/earner/earned/badge/2b9e77c1-0f3a-4d55-9d1e-6a0c4b8e31f2?accept=true&amp;utm_source=badge_issued" style="background:#ff6b00;color:#fff;padding:13px 30px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:12px;color:#777">Badge ID 2b9e77c10f3a4d559d1e6a0c4b8e31f2 &middot; Need help? <a href="https://support.credly.com">support.credly.com</a><br>Credly, Inc. &middot; 1717 Pennsylvania Ave NW, Suite 1025, Washington, DC 20006</td></tr>
</table></td></tr></table></body></html>
"""
mail('037-credly-cloud-practitioner-waiting.eml', 'credly_badge_issued', case_id=None, lang='en',
     from_name='Amazon Web Services Training and Certification via Credly', from_addr='admin@credly.com', to=A_TO,
     subject='Priya, your Cloud Practitioner badge is waiting', date=A_B,
     provider='gmail', a=auth_for('credly', 'credly.com', A_B, rcpt=A_TO), sv=True, ids=[],
     html=A_B_HTML, cte='qp',
     new="""Priya, your Cloud Practitioner badge is waiting

Amazon Web Services Training and Certification has sent the AWS Certified Cloud Practitioner badge to this e-mail address, so it's now linked to the certification profile you use today. Accept it to put it on your Credly profile and share it.

Accept your badge: https://www.credly.com/earner/earned/badge/2b9e77c1-0f3a-4d55-9d1e-6a0c4b8e31f2?accept=true&utm_source=badge_issued

Badge ID 2b9e77c10f3a4d559d1e6a0c4b8e31f2
Need help? https://support.credly.com
Credly, Inc. - 1717 Pennsylvania Ave NW, Suite 1025, Washington, DC 20006
""")

B_B = dt('2023-09-20 22:14:08')
mail('038-credly-badges-now-at-this-address.eml', 'credly_badge_issued', case_id=None, lang='en',
     from_name='Credly', from_addr='admin@credly.com', to=B_TO,
     subject='Marco, 2 badges from Amazon Web Services Training and Certification', date=B_B,
     provider='outlook', a=auth_for('credly', 'credly.com', B_B, rcpt=B_TO), sv=True, ids=[], cte='qp',
     new="""Hi Marco,

Following a change to your AWS Certification profile, the badges below now belong to this e-mail address. Accept them to display them on your Credly profile:

  * AWS Certified Solutions Architect - Associate
    https://www.credly.com/earner/earned/badge/71c0a2f4-9de3-4b1b-8a51-3c0b5f9e7d10?accept=true
  * AWS Certified Cloud Practitioner
    https://www.credly.com/earner/earned/badge/e5d4c3b2-a190-4f8e-9d7c-6b5a4f3e2d1c?accept=true

Once accepted, your badges can be shared on LinkedIn or added to your e-mail signature in a couple of clicks.

The Credly Team
Credly, Inc. | 1717 Pennsylvania Ave NW, Suite 1025, Washington, DC 20006
You are receiving this e-mail because an organization issued you a badge. Manage notifications: https://www.credly.com/notifications
""")

E_B = ts(E_OPEN + 6 * 86400 + 3600 * 2 + 200)
mail('039-credly-pro-badge-ready.eml', 'credly_badge_issued', case_id=None, lang='en',
     from_name='Amazon Web Services Training and Certification via Credly', from_addr='admin@credly.com', to=E_TO,
     subject='Ready when you are: AWS Certified Solutions Architect – Professional', subj_charset='utf-8', date=E_B,
     provider='proton', a=auth_for('credly', 'credly.com', E_B, rcpt=E_TO), sv=True, ids=[], cte='b64',
     new="""Tomasz,

Your AWS Certified Solutions Architect – Professional badge has been issued to you and is ready to be claimed.

Claim it here: https://www.credly.com/earner/earned/badge/0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5?accept=true

Verification code on your certificate: 7QK2MZ9RXH4PLT3W (this is not your AWS candidate ID).

Credly, Inc. | 1717 Pennsylvania Ave NW, Suite 1025, Washington, DC 20006
""")

D_B = D4 + timedelta(days=2, hours=5)
mail('040-credly-badge-wrong-charset.eml', 'credly_badge_issued', case_id=None, lang='en',
     from_name='Amazon Web Services Training and Certification via Credly', from_addr='admin@credly.com', to=D_TO,
     subject='Kenta, you have earned a badge', date=D_B,
     provider='biglobe', a=auth_for('credly', 'credly.com', D_B, rcpt=D_TO), sv=True, ids=[],
     body='plain', charset='utf-8', label_charset='us-ascii', cte='qp',
     new="""Kenta,

Amazon Web Services Training and Certification has issued you the AWS Certified Data Engineer – Associate badge.

It's ready for you – accept it to add it to your profile:
https://www.credly.com/earner/earned/badge/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d?accept=true

Badges issued to your previous e-mail address have been moved here as well.

– The Credly Team
""")

PH_B = dt('2025-06-02 03:11:27')
mail('041-credly-lookalike-merged-badges.eml', 'credly_badge_issued', case_id=None, lang='en',
     from_name='Credly Badges', from_addr='notify@credly-badgecenter.com', to=A_TO,
     subject='Your badges from the merged AWS account are ready', date=PH_B,
     provider='gmail', a=auth_for('other', 'credly-badgecenter.com', PH_B, host='mail.credly-badgecenter.com', ip='185.222.58.141', mailfrom='bounce@credly-badgecenter.com'),
     sv=False, ids=['AWS04418273'], cte='qp',
     new="""Hello,

After your AWS Certification accounts were combined, 3 badges from account AWS04418273 were issued to you again and are ready to accept.

To accept them, sign in with your AWS Skill Builder e-mail and password on the secure badge portal:
https://credly-badgecenter.com/accept?session=4fd1c0a9e7

Badges not accepted within 72 hours will be permanently revoked.

Credly Badge Center
""")

# ================================================================ A: follow-up on Credly
A_R4 = A_R3 + timedelta(days=1, hours=20, minutes=3)
A_U3_TXT = """Hi Joanna,

Thanks a lot! I can see everything on the new profile now. One thing though, my Credly still only shows the badge on my old university email. Is there something I need to do?

Priya"""
mail('042-asked-credly-to-move-badges.eml', 'support_reply', case_id=A_CASE, lang='en',
     from_name=AWSN, from_addr=FORM, to=A_TO, subject=A_SUBJ, date=A_R4,
     provider='gmail', a=auth_for('ses', 'amazon.com', A_R4), sv=True, ids=['AWS19930551'], cte='qp',
     new="""Hello Priya,

Glad to hear the profile looks right. The Credly side is handled separately: I've asked our Credly contacts to reissue your badge to the e-mail address on AWS19930551. Give it two or three business days; you'll get an e-mail from Credly asking you to accept it.

If nothing has arrived by the end of next week, just reply here and I'll chase it.

Kind regards,
Joanna M.
AWS Training and Certification Customer Support
""",
     quoted=gmail_attr(A_R3.astimezone(timezone(timedelta(hours=-7))) + timedelta(hours=30), 'Priya Raman', A_TO).replace(' wrote:', ' wrote:')
            + "\n" + qt(A_U3_TXT))

# ================================================================ merge-related look-alikes / phishing
P1_OPEN = 1749802211
P1_CASE = '%d00631' % P1_OPEN
P1 = ts(P1_OPEN + 600)
mail('043-ticket-received-verify-id.eml', 'case_created', case_id=P1_CASE, lang='en',
     from_name='AWS Certification', from_addr='support@aws-certification-desk.com', to=H_TO,
     subject='Your account merge request has been received - Ticket %s' % P1_CASE, date=P1,
     provider='gmail', a=auth_for('other', 'aws-certification-desk.com', P1, host='smtp.aws-certification-desk.com', ip='91.215.85.34', mailfrom='support@aws-certification-desk.com'),
     sv=False, ids=[], cte='qp', html_style='aws',
     new="""Dear Candidate,

We've logged your request to combine your AWS Certification accounts under ticket %s.

Before an agent can pick it up, your candidate identity must be verified. Please sign in within 24 hours at the link below using the e-mail address and password of BOTH accounts:

https://aws-certification-desk.com/verify?ticket=%s

Requests that are not verified are cancelled automatically.

AWS Training and Certification
""" % (P1_CASE, P1_CASE))

P2 = dt('2025-03-04 12:40:19')
mail('044-approve-consolidation-48h.eml', 'merge_confirmation_requested', case_id='174108713400218', lang='en',
     from_name='Amazon Web Services', from_addr='certification@amazon-webservices-support.com', to=B_TO,
     subject='Action required: approve consolidation of your certification accounts [CASE 174108713400218]', date=P2,
     provider='outlook', a=auth_for('other', 'amazon-webservices-support.com', P2, host='vps-2231.hostkey-cloud.net', ip='194.87.31.202', mailfrom='certification@amazon-webservices-support.com', dkim='none', dmarc='none'),
     sv=False, ids=['AWS01122334', 'AWS05566778'], cte='b64',
     new="""Hello,

We found two certification accounts registered to you:

  AWS01122334 - will be closed
  AWS05566778 - will be kept

Please approve this consolidation within 48 hours. If we do not receive your approval, both accounts will be suspended and your certifications will no longer be verifiable.

Approve now: https://amazon-webservices-support.com/cert/approve?c=174108713400218

Thank you,
AWS Training and Certification
""")

P3 = ts(E_OPEN + 3 * 86400 + 3600 * 11)
mail('045-spoofed-please-verify-before-we-start.eml', 'merge_confirmation_requested', case_id=E_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=E_TO, subject=E_SUBJ, date=P3,
     provider='gmail', a=auth_for('spoof', 'amazon.com', P3, host='mail.kvt-hosting.ru', ip='45.142.212.61', mailfrom='noreply@kvt-hosting.ru', spf='pass', policy='QUARANTINE'),
     sv=False, ids=['AWS15590048', 'AWS26671103'], cte='qp',
     extra_ar=['amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'],
     new="""Hello Tomasz,

Before our team starts, we need you to verify the two profiles one last time:

  Source: AWS15590048
  Target: AWS26671103

For security reasons the verification must be done on our secure form, not in the Support Center. Please enter the sign-in details of both profiles here:
https://aws-support-verify.info/case/%s

Unverified requests are cancelled after 24 hours.

Best regards,
Aoife
Amazon Web Services
""" % E_CASE)

P4 = dt('2024-08-27 07:55:03')
mail('046-accounts-consolidated-claim-benefits.eml', 'merge_completed', case_id=None, lang='en',
     from_name='AWS Training & Certification', from_addr='no-reply@certification-amazon.co', to=F_TO,
     subject='Your certification accounts have been successfully consolidated', date=P4,
     provider='yahoo', a=auth_for('other', 'certification-amazon.co', P4, host='mta3.certification-amazon.co', ip='103.145.13.90', mailfrom='bounce@certification-amazon.co', dmarc='pass', policy='NONE'),
     sv=False, ids=['AWS31200876'], cte='qp', html_style='aws',
     new="""Dear Customer,

Your certification accounts now form a single profile, AWS31200876.

Some benefits (exam vouchers, practice exam credits) could not be carried over automatically. To restore them, confirm your payment details within 5 days:

https://certification-amazon.co/benefits/restore?id=AWS31200876

AWS Training & Certification
""")

P5 = dt('2025-06-01 18:02:44')
mail('047-rate-merge-support-gift-card.eml', 'survey', case_id=A_CASE, lang='en',
     from_name='AWS Customer Feedback', from_addr='feedback@amazon-feedback-rewards.com', to=A_TO,
     subject='Rate your experience with case %s and get a $50 gift card' % A_CASE, date=P5,
     provider='gmail', a=auth_for('spoof', 'amazon-feedback-rewards.com', P5, host='srv1.amazon-feedback-rewards.com', ip='176.113.115.7', mailfrom='feedback@amazon-feedback-rewards.com', spf='pass', policy='NONE'),
     sv=False, ids=[], cte='qp', html_style='simple',
     new="""Hi Priya,

Your account merge request (case %s) was closed recently. Tell us how we did in 3 quick questions and receive a $50 Amazon gift card as a thank-you.

  How satisfied were you with the support you received?  1  2  3  4  5

Start here: https://amazon-feedback-rewards.com/s/%s

A small processing fee of $1.95 applies to gift card delivery.

AWS Customer Feedback Team
""" % (A_CASE, A_CASE))

P6 = dt('2024-12-11 13:27:50')
mail('048-need-passwords-to-process.eml', 'support_reply', case_id=F_CASE, lang='en',
     from_name='Amazon Web Services', from_addr='aws-cs-trainingcertification-form@amazon-certs.help', to=F_TO,
     reply_to='aws.cert.team@gmail.com',
     subject=F_SUBJ, date=P6,
     provider='yahoo', a=auth_for('other', 'amazon-certs.help', P6, host='mail.amazon-certs.help', ip='5.181.156.20', mailfrom='mailer@amazon-certs.help', dmarc='pass', policy='NONE'),
     sv=False, ids=['AWS09911452'], body='plain', cte='qp',
     new="""Hello Aisha,

Thank you for contacting AWS Training and Certification.

To process your request we need to sign in to both accounts on your behalf. Please reply with the following for AWS09911452 and for your other account:

  - login e-mail
  - password
  - the 6-digit code you receive by SMS when we log in

Your request will be on hold until we receive this information.

Regards,
AWS Training and Certification Customer Support
""")

# ================================================================ unrelated
U1 = dt('2025-02-18 16:31:07')
mail('049-seller-support-detail-pages.eml', 'unrelated', case_id='5884881212', lang='en',
     from_name='Amazon Seller Support', from_addr='seller-notification@amazon.com', to=H_TO,
     subject='RE:[CASE 5884881212] Two detail pages for the same product', date=U1,
     provider='gmail', a=auth_for('ses', 'amazon.com', U1), sv=True, ids=[], cte='qp',
     new="""Hello,

Thank you for your patience. I'm Rohan from Selling Partner Support.

The duplicate detail pages you reported have now been merged: ASIN B0C7Q9X2LM remains live and B0C7QA1ZK4 has been retired. Your offer and inventory moved over to the remaining page, so no action is needed from you. Please allow up to 24 hours for search results to update.

Did we resolve your issue? Let us know by clicking Yes or No in Seller Central:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

We look forward to seeing your business grow with Amazon.

Regards,
Rohan S.
Amazon.com
""")

U2_OPEN = 1762417301
U2_CASE = '%d00777' % U2_OPEN
U2 = ts(U2_OPEN + 14)
mail('050-billing-case-opened.eml', 'unrelated', case_id=U2_CASE, lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=E_TO,
     subject='Amazon Web Services: You have opened a new Support case: %s' % U2_CASE, date=U2,
     provider='proton', a=auth_for('ses', 'amazon.com', U2), sv=True, ids=[], cte='qp', html_style='aws',
     new="""Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Unexpected EC2 charges on October invoice
Severity: General guidance
Service: Billing
Category: Charge inquiry

You can view and respond to your case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
""" % (U2_CASE, U2_CASE, U2_CASE))

U3 = dt('2023-08-08 21:12:44')
mail('051-quota-increase-done.eml', 'unrelated', case_id='13355080941', lang='en',
     from_name=AWSN, from_addr=NOREPLY, to=B_TO, subject='RE:[CASE 13355080941] Limit Increase: EC2 Instances', date=U3,
     provider='outlook', a=auth_for('ses', 'amazon.com', U3), sv=True, ids=[], cte='qp',
     new="""Hello,

We have approved and processed your request. The new quota of 256 vCPUs for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in eu-south-1 is now in effect.

It can sometimes take up to 30 minutes for this to propagate and become available for use. You can review your quotas any time in the Service Quotas console.

""" + console_footer('13355080941', 'Giulia'))

U4 = dt('2025-06-03 15:00:12')
mail('052-certmetrics-wants-to-hear.eml', 'unrelated', case_id=None, lang='en',
     from_name='AWS Certification', from_addr='do-not-reply@certmetrics.com', to=A_TO,
     subject='AWS Certification wants to hear from you', date=U4,
     provider='gmail', a=auth_for('other', 'certmetrics.com', U4, host='mail-out2.certmetrics.com', ip='52.0.40.118', mailfrom='bounce@mail.certmetrics.com', dkim_d='certmetrics.com', policy='NONE'),
     sv=False, ids=['AWS19930551'], cte='qp',
     new="""Hello Priya Raman,

AWS Certification wants to hear from you! We are always looking for ways to improve the certification experience, and your feedback is an important part of that.

Please take about 10 minutes to answer a few questions about your experience preparing for and taking your AWS Certification exam.

Candidate ID: AWS19930551
Survey link: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=7d1f6a0b3c2e4d5f8a9b0c1d2e3f4a5b

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not reply.
""")

U5 = dt('2025-12-02 10:45:38')
mail('053-certmetrics-recertified.eml', 'unrelated', case_id=None, lang='en',
     from_name='AWS Certification', from_addr='do-not-reply@certmetrics.com', to=E_TO,
     subject='Congratulations on recertifying!', date=U5,
     provider='proton', a=auth_for('other', 'certmetrics.com', U5, host='mail-out1.certmetrics.com', ip='52.0.40.117', mailfrom='bounce@mail.certmetrics.com', policy='NONE'),
     sv=False, ids=['AWS26671103'], cte='b64', html_style='simple',
     new="""Dear Tomasz Wróbel,

Congratulations! You have successfully recertified as an AWS Certified Solutions Architect - Associate. Your certification is now valid for another three years.

Candidate ID: aws26671103
Validation Number: 9XKWQ2L1MJ4E1PS3
Expiration Date: Nov 28, 2028

You can validate this certification at https://aws.amazon.com/verification.

Your digital badge from Credly will follow in a separate e-mail.

AWS Training and Certification
""")

U6 = dt('2024-02-07 19:33:05')
mail('054-pearson-vue-appointment.eml', 'unrelated', case_id=None, lang='en',
     from_name='Pearson VUE', from_addr='pearsonvuecustomerservice@pearson.com', to=B_TO,
     subject='Confirmation of your AWS Certification exam appointment', date=U6,
     provider='outlook', a=auth_for('other', 'pearson.com', U6, host='mx0b-00148801.pphosted.com', ip='148.163.159.73', mailfrom='bounces@pearson.com', policy='REJECT'),
     sv=False, ids=['AWS27790412'], cte='qp', html_style='simple',
     new="""Dear Marco Bellini,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Thursday, March 14, 2024
Time: 10:00 AM CET
Delivery: OnVUE online proctored
Registration ID: 482113907
AWS Candidate ID: AWS 27790412

Please check in 30 minutes before your appointment. To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
""")

U7 = dt('2022-07-04 08:15:41')
mail('055-builder-id-code.eml', 'unrelated', case_id=None, lang='en',
     from_name='AWS Builder ID', from_addr='no-reply@signin.aws', to=G_TO,
     subject='Verify your AWS Builder ID email address', date=U7,
     provider='onprem', a=auth_for('other', 'signin.aws', U7, host='e226-11.smtp-out.us-east-1.amazonses.com', ip='23.251.226.11', mailfrom='0100018a@us-east-1.amazonses.com', dkim_d='signin.aws'),
     sv=None, no_ar=True, ids=[], cte='qp', html_style='aws',
     new="""Verify your AWS Builder ID email address

Hello,

To finish setting up your AWS Builder ID, enter this verification code:

  Verification code: 482913

This code expires 30 minutes after it was sent. If you did not try to create an AWS Builder ID, you can ignore this e-mail.

Amazon Web Services
""")

U8 = dt('2025-04-22 13:08:19')
mail('056-github-pr-merged.eml', 'unrelated', case_id=None, lang='en',
     from_name='Daniel Okafor', from_addr='notifications@github.com', to=H_TO,
     reply_to='okafor-labs/cert-tracker <reply+AAKX3MZQ7PBX2RJ5@reply.github.com>',
     subject='Re: [okafor-labs/cert-tracker] Merge duplicate candidate records into one profile (PR #57)', date=U8,
     provider='gmail', a=auth_for('other', 'github.com', U8, host='out-21.smtp.github.com', ip='192.30.252.204', mailfrom='noreply@github.com', sel='pf2023', policy='REJECT'),
     sv=False, ids=[], cte='qp',
     msgid='<okafor-labs/cert-tracker/pull/57/issue_event/17394021866@github.com>',
     extra=[('In-Reply-To', '<okafor-labs/cert-tracker/pull/57@github.com>'),
            ('References', '<okafor-labs/cert-tracker/pull/57@github.com>'),
            ('List-ID', 'okafor-labs/cert-tracker <cert-tracker.okafor-labs.github.com>'),
            ('X-GitHub-Reason', 'author')],
     new="""Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okafor-labs/cert-tracker/pull/57#event-17394021866
You are receiving this because you authored the thread.
""")

U9 = A_R3 + timedelta(days=1, hours=2)
mail('057-credly-own-account-merge-code.eml', 'unrelated', case_id=None, lang='en',
     from_name='Credly', from_addr='admin@credly.com', to=A_TO,
     subject='Confirm your account merge', date=U9,
     provider='gmail', a=auth_for('credly', 'credly.com', U9, rcpt=A_TO), sv=True, ids=[], cte='qp',
     new="""Hi Priya,

We received a request to merge the Credly account registered to p.raman@student.univ-example.edu into this account.

Your code is: 624118

Or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=c1a2b3d4e5f60718293a4b5c6d7e8f90

If you didn't ask for this, you can ignore this e-mail - nothing will change.

The Credly Team
""")

U10 = dt('2022-08-09 14:02:33')
mail('058-credly-badge-expiring.eml', 'unrelated', case_id=None, lang='en',
     from_name='Credly', from_addr='admin@credly.com', to=C_TO,
     subject='Your AWS Certified Developer – Associate badge expires in 90 days', subj_charset='utf-8', date=U10,
     provider='fastmail', a=auth_for('credly', 'credly.com', U10, rcpt=C_TO), sv=True, ids=[], cte='qp',
     new="""Hi Wen,

Heads up: your AWS Certified Developer – Associate badge will expire on November 7, 2022.

To keep it active, Amazon Web Services Training and Certification asks that you complete the requirements for recertification before that date. Once expired, the badge will still be visible on your profile, marked as expired.

View your badge: https://www.credly.com/badges/3f0c9a1e-52d4-4b0e-8f7a-1c2d3e4f5a6b

The Credly Team
""")

U11 = dt('2025-06-24 17:00:05')
mail('059-training-newsletter.eml', 'unrelated', case_id=None, lang='en',
     from_name='AWS Training and Certification', from_addr='aws-marketing-email-replies@amazon.com', to=H_TO,
     subject='New this month: hands-on labs, exam prep plans and more', date=U11,
     provider='gmail', a=auth_for('ses', 'amazon.com', U11), sv=True, ids=[], cte='qp', html_style='aws',
     extra=[('List-Unsubscribe', '<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok=MTEyLVRaTS03NjYAAAGa>'),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
     new="""Hi Daniel,

Here's what's new in AWS Training and Certification this month.

* Exam prep plans - a four-step plan for each certification, now free on AWS Skill Builder.
* 40 new hands-on labs covering generative AI, serverless and networking.
* AWS Certified AI Practitioner: more than 100,000 people have now earned it.

Explore AWS Skill Builder: https://skillbuilder.aws

You are receiving this e-mail because you subscribed to AWS Training and Certification news.
Unsubscribe: https://pages.awscloud.com/UnsubscribePage.html
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

U12 = dt('2025-07-09 05:51:28')
mail('060-account-suspended-payment.eml', 'unrelated', case_id=None, lang='en',
     from_name='AWS Billing', from_addr='billing@aws-account-alerts.com', to=A_TO,
     subject='Your AWS account has been suspended - update your payment method', date=U12,
     provider='gmail', a=auth_for('spoof', 'aws-account-alerts.com', U12, host='vm-412.cheapvps.biz', ip='89.248.165.94', mailfrom='billing@aws-account-alerts.com', spf='neutral', policy='NONE'),
     sv=False, ids=[], cte='b64', html_style='aws',
     new="""Dear AWS Customer,

We were unable to process the payment for your latest invoice. As a result, your AWS account and all running resources have been suspended.

To restore access, update your payment method within 24 hours:
https://aws-account-alerts.com/billing/restore

If no action is taken, your account and data will be permanently deleted.

AWS Billing Team
""")

# ---- FINISH
def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote %d mails' % len(MAILS))

finish()
