#!/usr/bin/env python3
"""Generator for blind set 208: paraphrased English mails about an AWS
Certification account merge, plus look-alikes.  Run: python3 make_set.py"""
import base64
import glob
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import string
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(208)
UTC = timezone.utc

MAILS = []      # (fname, raw bytes, label, new_text)
LABELS = {}


# ----------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return ''.join(rnd.choice(string.ascii_letters + string.digits + '+/') for _ in range(n))


def ralnum(n, chars=string.ascii_lowercase + string.digits):
    return ''.join(rnd.choice(chars) for _ in range(n))


def dt(s, tz=0):
    """'2025-03-11 08:14:07' in UTC -> aware datetime shown in offset tz (hours)."""
    d = datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)
    return d.astimezone(timezone(timedelta(hours=tz)))


def rfc(d):
    return format_datetime(d)


def pacific(d):
    # good-enough DST rule for Received lines
    pdt = 3 < d.month < 11 or (d.month == 3 and d.day >= 10) or (d.month == 11 and d.day < 3)
    off = -7 if pdt else -8
    return format_datetime(d.astimezone(timezone(timedelta(hours=off)))) + (' (PDT)' if pdt else ' (PST)')


def ses_msgid(d):
    ms = int(d.timestamp() * 1000) - rnd.randint(200, 4000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_envfrom(msgid):
    return msgid.strip('<>').split('@')[0] + '@amazonses.com'


def enc_subject(s, charset='utf-8'):
    return Header(s, charset, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def addr(name, a, charset='utf-8'):
    return formataddr((name, a), charset=charset)


# ---------------------------------------------------------- body building
def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None,
              quote_label=True, extra_ct=''):
    codec = {'shift_jis': 'shift_jis', 'iso-2022-jp': 'iso2022_jp'}.get(charset.lower(), charset)
    data = text.replace('\n', '\r\n').encode(codec)
    p = Message()
    lab = label or charset
    p['Content-Type'] = 'text/%s; charset=%s%s' % (subtype, '"%s"' % lab if quote_label else lab, extra_ct)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'quoted-printable':
        payload = quopri.encodestring(text.encode(codec)).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    else:  # 7bit
        payload = data.decode('ascii').replace('\r\n', '\n')
    p.set_payload(payload)
    return p


def multipart(subtype, parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (rnd.randint(100000, 999999), rnd.randint(10**8, 10**9),
                                              rnd.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def text_to_html(text, font='Arial, Helvetica, sans-serif'):
    """Plain text -> simple HTML; lines starting with '>' become blockquotes."""
    out = []
    lines = text.split('\n')
    i = 0

    def esc(s):
        s = htmlmod.escape(s)
        return re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', s)

    para = []

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(esc(x) for x in para) + '</p>')
            para.clear()
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            flush()
            block = []
            while i < len(lines) and lines[i].startswith('>'):
                block.append(lines[i][1:].lstrip(' ') if lines[i].startswith('> ') else lines[i][1:])
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + text_to_html('\n'.join(block), font=None) + '</blockquote>')
            continue
        if ln.strip() == '':
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    inner = '\n'.join(out)
    if font is None:
        return inner
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>' % (font, inner))


def aws_html(inner_html, footer_html=''):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width"><title>Amazon Web Services</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3">'
            '<tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:\'Amazon Ember\',Arial,sans-serif;font-size:14px;color:#16191f">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/'
            'aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png"'
            ' alt="AWS" width="80"></td></tr>\n'
            '<tr><td style="padding:24px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">%s'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark'
            ' of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.,'
            ' 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            '</table></td></tr></table></body></html>' % (inner_html, footer_html))


def alt(text, html_text=None, cte='quoted-printable', hcte=None, charset='utf-8', label=None):
    if html_text is None:
        html_text = text_to_html(text)
    return multipart('alternative', [text_part(text, 'plain', charset, cte, label),
                                     text_part(html_text, 'html', charset, hcte or cte, label)])


# -------------------------------------------------------- authentication
def dkim_sig(d, s, dtm, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/simple'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=='
            % (c, s, d, int(dtm.timestamp()), headers, rb64(43), rb64(70), rb64(100)))


def ar_gmail(v):
    parts = []
    for res, dom, sel in v.get('dkim', []):
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, rb64(8)))
    if not v.get('dkim'):
        pass
    sres, env, ip = v['spf']
    if sres == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (env, ip, env))
    elif sres == 'softfail':
        parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted'
                     ' sender) smtp.mailfrom=%s' % (env, ip, env))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (sres, env, ip, env))
    if 'dmarc' in v:
        res, dom, pol = v['dmarc']
        dis = 'NONE' if res == 'pass' else pol
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, pol, pol, dis, dom))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def ar_outlook(v):
    sres, env, ip = v['spf']
    envdom = env.split('@')[-1]
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (sres, ip, envdom)
    dk = v.get('dkim', [])
    if dk:
        res, dom, sel = dk[0]
        s += 'dkim=%s (signature was verified)\n header.d=%s;' % (res, dom) if res == 'pass' else \
            'dkim=%s (body hash did not verify)\n header.d=%s;' % (res, dom)
    else:
        s += 'dkim=none (message not signed)\n header.d=none;'
    res, dom, pol = v['dmarc']
    if res == 'pass':
        s += 'dmarc=pass action=none header.from=%s;compauth=pass reason=100' % dom
    else:
        s += 'dmarc=fail action=%s\n header.from=%s;compauth=fail reason=000' % (
            'quarantine' if pol.upper() == 'QUARANTINE' else 'none', dom)
    return s


def ar_generic(authserv, v, style='plain'):
    parts = []
    sres, env, ip = v['spf']
    for res, dom, sel in v.get('dkim', []):
        if style == 'fastmail':
            parts.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256'
                         ' header.s=%s x-bits=2048' % (res, dom, dom, rb64(8), sel))
        else:
            parts.append('dkim=%s header.i=@%s header.s=%s' % (res, dom, sel))
    if 'dmarc' in v:
        res, dom, pol = v['dmarc']
        if style == 'fastmail':
            parts.append('dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none'
                         ' policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p'
                         ' header.from=%s' % (res, pol.lower(), pol.lower(), dom))
        elif style == 'yahoo':
            parts.append('dmarc=%s(p=%s) header.from=%s' % (res, pol.upper(), dom))
        else:
            parts.append('dmarc=%s header.from=%s' % (res, dom))
    parts.append('spf=%s smtp.mailfrom=%s' % (sres, env) + (' smtp.helo=%s' % v['helo'] if 'helo' in v else ''))
    return authserv + ';\n\t' + ';\n\t'.join(parts) + (';' if style == 'yahoo' else '')


# ----------------------------------------------------------- providers
def trace_gmail(to, v, d, helo, ar_override=None):
    env, ip = v['spf'][1], v['spf'][2]
    gid = rb64(2).replace('/', 'x').replace('+', 'k')
    ar = ar_override if ar_override is not None else ar_gmail(v)
    h = [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7300:%s:b0:%s:%s with SMTP id %s;\n        %s'
         % (rhex(4), rhex(3), rhex(3), ralnum(10), pacific(d + timedelta(seconds=2)))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(62)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s'
         % (rhex(4), rhex(3), rhex(3), ralnum(20), rnd.randint(1, 9), 1700000000000 + rnd.randint(0, 10**11),
            pacific(d + timedelta(seconds=1)))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=='
         % (int(d.timestamp()), rb64(70), rb64(60))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        '
         'h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature;\n        bh=%s=;\n'
         '        fh=%s=;\n        b=%s==' % (rb64(43), rb64(43), rb64(86))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % env),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n'
         '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (helo, helo, ip, ralnum(20), rnd.randint(10, 99), rnd.randint(10**6, 10**7), to, pacific(d))),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % (v['spf'][0], env, 'designates' if v['spf'][0] == 'pass' else 'does not designate', ip, ip)),
        ('Authentication-Results', ar),
    ]
    return h


def trace_outlook(to, v, d, helo, ar_override=None):
    env, ip = v['spf'][1], v['spf'][2]
    region = rnd.choice(['NAM12', 'NAM11', 'EUR03', 'EUR05', 'NAM04'])
    reg = region.lower()[:3] + 'prd' + region[3:]
    srv = lambda: '%s%s%sMB%04d.%s.prod.outlook.com' % (rnd.choice(['SA', 'DM', 'BN', 'AM', 'DB', 'PH']), rnd.randint(0, 9),
                                                   rnd.choice(['P', 'PR']), rnd.randint(1000, 9999), reg)
    s1, s2 = srv(), srv()
    ar = ar_override if ar_override is not None else ar_outlook(v)
    return [
        ('Received', 'from %s (2603:10b6:%s:%s::%s) by\n %s with HTTPS; %s'
         % (s1, rhex(3), rhex(3), rhex(2), s2, rfc(d + timedelta(seconds=3)))),
        ('Received', 'from %s (2603:10b6:%s:%s::%s)\n by %s (2603:10b6:%s:%s::%s) with Microsoft SMTP Server\n'
         ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % ('CH2PEPF0000%04X.%s.prod.outlook.com' % (rnd.randint(0, 65535), reg), rhex(3), rhex(3), rhex(3),
            s1, rhex(3), rhex(3), rhex(2), rnd.randint(8000, 9300), rnd.randint(10, 40), rfc(d + timedelta(seconds=2)))),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com;'
         ' client-ip=%s; helo=%s; pr=C' % (v['spf'][0].capitalize(), env.split('@')[-1],
                                          'designates' if v['spf'][0] == 'pass' else 'does not designate', ip, ip, helo)),
        ('Received', 'from %s (%s) by\n CH2PEPF0000%04X.mail.protection.outlook.com (10.167.%d.%d) with Microsoft\n'
         ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s'
         % (helo, ip, rnd.randint(0, 65535), rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(8000, 9300),
            rnd.randint(10, 40), rfc(d + timedelta(seconds=1)))),
        ('X-MS-Exchange-Organization-ExpirationStartTime', d.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % rnd.randint(0, 9999)),
        ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ('X-MS-Exchange-Organization-SCL', '1'),
    ]


def trace_generic(to, v, d, helo, authserv, style, mx, ar_override=None, received_tz=0):
    env, ip = v['spf'][1], v['spf'][2]
    ar = ar_override if ar_override is not None else ar_generic(authserv, v, style)
    dd = d.astimezone(timezone(timedelta(hours=received_tz)))
    h = []
    if style == 'fastmail':
        h.append(('Received', 'from mailfrontend.nyi.internal (mailfrontend.nyi.internal [10.202.2.163])\n\t by %s'
                  ' (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s' % (mx.replace('mx', 'sloti', 1), rhex(10), rfc(dd))))
        h.append(('X-Cyrus-Session-Id', 'sloti%d-%d-%d' % (rnd.randint(10, 60), int(d.timestamp()), rnd.randint(1000, 99999))))
        h.append(('X-Sieve', 'CMU Sieve 3.0'))
        h.append(('X-Spam-known-sender', 'no'))
        h.append(('X-Spam-score', '0.0'))
    h += [
        ('Return-Path', '<%s>' % env),
        ('Received', 'from %s (%s [%s])\n\tby %s (%s) with ESMTPS id %s\n\tfor <%s>; %s'
         % (helo, helo, ip, mx, {'yahoo': 'VZM Hermes SMTP Server', 'fastmail': 'Postfix',
                                  'nifty': 'nifty-mta', 'biglobe': 'Postfix'}.get(style, 'Postfix'),
            ralnum(12, string.ascii_uppercase + string.digits), to, rfc(dd))),
        ('Authentication-Results', ar),
    ]
    if style == 'fastmail':
        h.insert(5, ('X-ME-VCGP', '0'))
    return h


def trace_none(to, v, d, helo, mx='exch-mbx02.corp.local', received_tz=0):
    dd = d.astimezone(timezone(timedelta(hours=received_tz)))
    ip = v['spf'][2] if v else '54.240.8.30'
    return [
        ('Received', 'from EXCH-EDGE01.corp.local (10.20.4.11) by %s (10.20.4.32) with Microsoft SMTP\n'
         ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39;\n %s'
         % (mx, rfc(dd + timedelta(seconds=4)))),
        ('Received', 'from %s (%s) by EXCH-EDGE01.corp.local (10.20.4.11) with Microsoft SMTP Server\n'
         ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s'
         % (helo, ip, rfc(dd + timedelta(seconds=2)))),
    ]


PROVIDERS = {
    'gmail': trace_gmail,
    'outlook': trace_outlook,
    'nifty': lambda to, v, d, helo, ar_override=None: trace_generic(to, v, d, helo, 'mx.nifty.com', 'nifty',
                                                                    'mx.nifty.com', ar_override, 9),
    'biglobe': lambda to, v, d, helo, ar_override=None: trace_generic(to, v, d, helo, 'mx.biglobe.ne.jp', 'biglobe',
                                                                      'mtaif%02d.biglobe.ne.jp' % rnd.randint(1, 20),
                                                                      ar_override, 9),
    'yahoo': lambda to, v, d, helo, ar_override=None: trace_generic(
        to, v, d, helo, 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com', 'yahoo',
        'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com', ar_override, 0),
    'fastmail': lambda to, v, d, helo, ar_override=None: trace_generic(to, v, d, helo, 'mx6.messagingengine.com',
                                                                       'fastmail', 'mx6.messagingengine.com',
                                                                       ar_override, -4),
    'none': lambda to, v, d, helo, ar_override=None: trace_none(to, v, d, helo),
}


# ------------------------------------------------------------- senders
def ses_ip():
    a = rnd.choice([8, 9, 11, 13, 14])
    b = rnd.randint(10, 250)
    return '54.240.%d.%d' % (a, b), 'a%d-%d.smtp-out.amazonses.com' % (a, b)


AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')
CREDLY = 'admin@credly.com'


def aws_verdict(msgid, ok=True):
    ip, helo = ses_ip()
    env = ses_envfrom(msgid)
    if ok:
        v = {'dkim': [('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)],
             'spf': ('pass', env, ip), 'dmarc': ('pass', 'amazon.com', 'QUARANTINE'), 'helo': helo}
    return v, helo


def credly_verdict():
    ip = '167.89.%d.%d' % (rnd.randint(1, 120), rnd.randint(1, 250))
    helo = 'o%d.email.credly.com' % rnd.randint(1, 9)
    env = 'bounces+%d-%s-%s=%s@email.credly.com' % (rnd.randint(10**6, 10**7), rhex(4), 'x', 'user')
    return {'dkim': [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
            'spf': ('pass', env, ip), 'dmarc': ('pass', 'credly.com', 'REJECT'), 'helo': helo}, helo


# ------------------------------------------------------------ assembling
def build(*, kind, case_id, sv, lang='en', slug, frm, to, subject, date, body, new, provider, verdict=None,
          helo=None, msgid=None, dkim=None, extra=(), reply_to=None, cc=None, ar_override=None,
          top_extra=(), subject_raw=None, account_ids=None, mid=()):
    """frm/to: header strings. body: Message. new: plain text of the NEW part (for id labels)."""
    hdrs = []
    hdrs += list(top_extra)
    if provider:
        to_addr = re.findall(r'[\w.+-]+@[\w.-]+', to)[-1]
        hdrs += PROVIDERS[provider](to_addr, verdict, date, helo, ar_override=ar_override)
    hdrs += list(mid)
    for d_, s_ in (dkim or []):
        hdrs.append(('DKIM-Signature', dkim_sig(d_, s_, date)))
    hdrs += [('Date', rfc(date)), ('From', frm)]
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Message-ID', msgid or '<%s.%s@%s>' % (rhex(16), rhex(8), 'mail.example.net')))
    hdrs.append(('Subject', subject_raw if subject_raw is not None else
                 (subject if all(ord(c) < 128 for c in subject) else enc_subject(subject))))
    hdrs.append(('MIME-Version', '1.0'))
    hdrs += list(extra)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(body, linesep='\n')
    head = ''.join('%s: %s\n' % (k, v) for k, v in hdrs)
    raw = head.encode('ascii') + buf.getvalue()
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, slug)
    if account_ids is None:
        account_ids = sorted({'AWS' + m for m in re.findall(r'(?i)\baws[\s_-]?(\d{8})\b', new)})
    MAILS.append((fname, raw, new))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': account_ids,
                     'sender_verified': sv, 'language': lang}
    return fname


def aws_mail(*, kind, case_id, slug, frm=FORM, to, subject, date, body, new, provider='gmail', lang='en',
             extra=(), **kw):
    msgid = ses_msgid(date)
    v, helo = aws_verdict(msgid)
    ex = [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'x')),
          ('X-SES-Outgoing', date.strftime('%Y.%m.%d') + '-' + v['spf'][2])] + list(extra)
    return build(kind=kind, case_id=case_id, sv=kw.pop('sv', True if provider != 'none' else None), lang=lang,
                 slug=slug, frm=addr(*frm), to=to, subject=subject, date=date, body=body, new=new,
                 provider=provider, verdict=v, helo=helo, msgid=msgid,
                 dkim=[('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)], extra=ex, **kw)


def credly_mail(*, kind, slug, frm_name, to, subject, date, body, new, provider='gmail', frm_addr=CREDLY,
                case_id=None, **kw):
    v, helo = credly_verdict()
    dom = frm_addr.split('@')[1]
    if dom != 'credly.com':
        v['dkim'][0] = ('pass', dom, 's1')
        v['dmarc'] = ('pass', dom, 'NONE')
    msgid = '<%s_%s@%s>' % (rhex(24), rhex(8), 'mail.' + dom if dom != 'credly.com' else 'email.credly.com')
    return build(kind=kind, case_id=case_id, sv=kw.pop('sv', True if provider != 'none' else None), slug=slug,
                 frm=addr(frm_name, frm_addr), to=to, subject=subject, date=date, body=body, new=new,
                 provider=provider, verdict=v, helo=helo, msgid=msgid,
                 dkim=[(dom, 's1'), ('sendgrid.info', 'smtpapi')],
                 extra=[('X-SG-EID', rb64(60)), ('X-Entity-ID', rb64(22) + '==')], **kw)


# =================================================================== MAILS
# ---------------------------------------------------------------- quoting
def q(text, prefix='> '):
    return '\n'.join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.split('\n'))


SIG_FORM = ('\n\n--\nAWS Training and Certification Customer Support\nAmazon Web Services\n'
            'https://aws.amazon.com/training/  |  https://aws.amazon.com/certification/')

# ================= Story A: Priya Raman, form desk, Gmail, case 174168084700562
PRIYA = 'Priya Raman <priya.raman84@gmail.com>'
CA = '174168084700562'
SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA

a1_new = """Hello Priya,

Your note to AWS Training and Certification has landed with us and has been
given the reference number 174168084700562. Please keep that number handy:
if you write to us again about the same thing, put it in the subject line so
everything stays together.

Someone from our team normally picks these up within one business day, so
there is nothing more you need to send for now.

Here is a copy of what you submitted:

  Inquiry type:      Certification
  Detail:            Account Merge
  AWS candidate ID:  AWS09136650
  Description:       I have two certification profiles, one from my old
                     employer (aws 04417825, priya.raman@northwind-analytics.com).
                     Please put everything on my personal one.

Kind regards,
AWS Training and Certification

You can reply to this message; your reply will be added to the same request."""
a1_html = aws_html(
    '<p>Hello Priya,</p><p>Your note to AWS Training and Certification has landed with us and has been given the '
    'reference number <b>174168084700562</b>. Please keep that number handy: if you write to us again about the same '
    'thing, put it in the subject line so everything stays together.</p><p>Someone from our team normally picks these '
    'up within one business day, so there is nothing more you need to send for now.</p>'
    '<p><b>Here is a copy of what you submitted:</b></p><table cellpadding="4" style="font-size:13px">'
    '<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Detail</td><td>Account Merge</td></tr>'
    '<tr><td>AWS candidate ID</td><td>AWS09136650</td></tr><tr><td>Description</td><td>I have two certification '
    'profiles, one from my old employer (aws 04417825, priya.raman@northwind-analytics.com). Please put everything on '
    'my personal one.</td></tr></table><p>Kind regards,<br>AWS Training and Certification</p>'
    '<p style="font-size:12px;color:#687078">You can reply to this message; your reply will be added to the same '
    'request.</p>')
aws_mail(kind='case_created', case_id=CA, slug='form-desk-ack-reference-number', to=PRIYA,
         subject='[CASE %s] Your AWS Training and Certification inquiry' % CA,
         date=dt('2025-03-11 08:14:09'), body=alt(a1_new, a1_html), new=a1_new)

a2_new = """Hi Priya,

Thanks for writing in. I can see both of the profiles you mentioned. Before
anything can happen on our side I need two things from you:

1. Which of the two should stay active going forward - AWS09136650 or
   AWS04417825? The other one would be retired.
2. The e-mail address you use to sign in to each of them. The addresses we
   have on file don't quite match what you sent, so I want to be sure we are
   looking at the right records.

Just reply to this e-mail with those details.

Best regards,
Ravi S.""" + SIG_FORM
aws_mail(kind='support_reply', case_id=CA, slug='agent-asks-which-profile-stays-and-logins', to=PRIYA,
         subject=SUBJ_A, date=dt('2025-03-12 14:37:22'), body=alt(a2_new, cte='base64'), new=a2_new)

a2_plain_for_quote = a2_new.split('\n\n--\n')[0]
a3_new = """Hello Priya,

Thank you for the details. This is what I have lined up, pending your
go-ahead:

  - Profile to be retired:  AWS04417825  (priya.raman@northwind-analytics.com)
  - Profile that stays:     AWS09136650  (priya.raman84@gmail.com)

Every certification, exam record and benefit on the first profile will be
carried over to the second, and the first one will then be closed. Please
be aware this is a one-way street: once done, we are not able to split the
profiles apart again.

If the above is right, a short reply saying so is all I need, and I'll pass
it on straight away. If anything looks off, tell me what to change.

Best regards,
Ravi S.""" + SIG_FORM
a3_quote = """---------- Original Message ----------
From: Priya Raman <priya.raman84@gmail.com>
Sent: 3/12/2025 6:58 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 174168084700562] [AWS Training and Certification Form Submission] - account-assistance

Hi Ravi,

I'd like to keep AWS09136650 (personal gmail, priya.raman84@gmail.com).
The old one is AWS04417825, I used to log in with
priya.raman@northwind-analytics.com but I don't have access to that inbox
any more.

Thanks,
Priya

On Wed, 12 Mar 2025 at 14:37, Amazon Web Services <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(a2_plain_for_quote)
a3_text = a3_new + '\n\n' + a3_quote
aws_mail(kind='merge_confirmation_requested', case_id=CA, slug='agent-lays-out-retire-and-keep-asks-go-ahead',
         to=PRIYA, subject=SUBJ_A, date=dt('2025-03-13 09:05:40'), body=alt(a3_text), new=a3_new)

a4_new = """Hi Priya,

Got it, thanks. I've handed this over to the team that does the back-end
work. Nothing else needed from you at the moment - you'll hear from us as
soon as it's through.

Ravi"""
a4_quote = """From: Priya Raman <priya.raman84@gmail.com>
Sent: Thursday, March 13, 2025 4:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 174168084700562] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Priya

On Thu, 13 Mar 2025 at 09:05, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(a3_new.split('\n\n--\n')[0]) + '\n>\n' + q(q(a3_quote.split('\n\n', 1)[1].split('\n\nOn Wed')[0]))
aws_mail(kind='support_reply', case_id=CA, slug='agent-noted-ok-handed-to-backend-team', to=PRIYA,
         subject=SUBJ_A, date=dt('2025-03-13 17:20:51'), body=alt(a4_new + '\n\n' + a4_quote), new=a4_new)

a5_new = """Hi Priya,

Great news - and thank you so much for bearing with us! Your certification
history now lives in one place. Everything that used to sit under
AWS04417825 has been moved across to AWS09136650, and the old profile has
been switched off, so from now on you only ever need to sign in with
priya.raman84@gmail.com.

When you have a minute, it's worth a quick look at:
  * the Certifications tab - all of your earned certifications should be
    listed there;
  * Benefits - any unused discount voucher should now show under the same
    profile;
  * Credly - your badges can take up to three business days to follow.

Wishing you the very best for your next exam!

Warm regards,
Ravi S.""" + SIG_FORM
aws_mail(kind='merge_completed', case_id=CA, slug='effusive-history-now-in-one-place', to=PRIYA,
         subject=SUBJ_A, date=dt('2025-03-14 11:02:17'), body=alt(a5_new), new=a5_new)

a6_html = aws_html(
    '<p style="font-size:18px"><b>How did we do?</b></p>'
    '<p>Hi Priya,</p><p>We\'ve wrapped up your request (case 174168084700562) and marked it resolved on our side.'
    ' Would you spare a minute to tell us how Ravi did?</p>'
    '<table role="presentation" cellpadding="0" cellspacing="6"><tr>' +
    ''.join('<td><a href="https://survey.aws-training.amazon.com/r?c=174168084700562&amp;s=%d&amp;t=%s" '
            'style="display:inline-block;width:36px;height:36px;line-height:36px;text-align:center;'
            'background:#ec7211;color:#fff;text-decoration:none;border-radius:18px">%d</a></td>' % (i, rhex(24), i)
            for i in range(1, 6)) +
    '</tr></table><p style="font-size:12px">1 = not at all satisfied, 5 = extremely satisfied</p>'
    '<p>Still stuck? Simply reply to this e-mail within 14 days and the same request will be picked up again.</p>'
    '<p>Thank you,<br>AWS Training and Certification</p>')
a6_new = ('How did we do? Hi Priya, We\'ve wrapped up your request (case 174168084700562) and marked it resolved '
          'on our side. Would you spare a minute to tell us how Ravi did?')
aws_mail(kind='survey', case_id=CA, slug='html-only-wrapped-up-rate-ravi', to=PRIYA,
         subject='Tell us about your recent support experience [CASE 174168084700562]',
         date=dt('2025-03-14 11:05:30'), body=text_part(a6_html, 'html', cte='quoted-printable'), new=a6_new)

a7_text = """Hi Priya,

Amazon Web Services Training and Certification has recognized you with a
credential: AWS Certified Data Engineer - Associate.

Claim it here and add it to your LinkedIn profile, e-mail signature or resume:
https://www.credly.com/badges/3f6a91c2-8d4e-4b71-a0c5-9e12d7b4f8a0?source=email_notify

Once claimed, anyone you share the link with can verify your achievement
in one click.

Happy sharing,
The Credly Team

Credly, 13355 Noel Rd, Suite 1100, Dallas, TX 75240
Unsubscribe from these notifications: https://www.credly.com/notifications/unsubscribe?token=%s""" % rhex(32)
a7_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;margin:0">'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">'
           '<tr><td style="padding:24px"><img src="https://images.credly.com/size/340x340/images/'
           '0f8e2a3b-9d54-4d5e-8a26-3f2cb7a1e4d9/image.png" width="120" alt="badge"></td></tr>'
           '<tr><td style="padding:0 24px"><h2>Hi Priya,</h2><p>Amazon Web Services Training and Certification '
           'has recognized you with a credential: <b>AWS Certified Data Engineer - Associate</b>.</p>'
           '<p><a href="https://www.credly.com/badges/3f6a91c2-8d4e-4b71-a0c5-9e12d7b4f8a0?source=email_notify" '
           'style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">'
           'Claim badge</a></p><p>Once claimed, anyone you share the link with can verify your achievement in '
           'one click.</p><p>Happy sharing,<br>The Credly Team</p></td></tr>'
           '<tr><td style="padding:24px;font-size:11px;color:#888">Credly, 13355 Noel Rd, Suite 1100, Dallas, TX '
           '75240</td></tr></table></td></tr></table></body></html>')
credly_mail(kind='credly_badge_issued', slug='credly-credential-waiting-emoji-subject',
            frm_name='Amazon Web Services Training and Certification via Credly', to=PRIYA,
            subject='\U0001F389 Priya, a new credential from Amazon Web Services Training and Certification is waiting',
            date=dt('2025-03-15 02:18:44'), body=alt(a7_text, a7_html, cte='base64'), new=a7_text)


# ================= Story B: Daniel Okafor, console support, Outlook.com, case 172710736100417
DANIEL = 'd.okafor@outlook.com'
CB = '172710736100417'
SUBJ_B = 'RE:[CASE %s] Combine my certification profiles (3 candidate IDs)' % CB
CONSOLE_FOOT = """
===================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
====================================""" % CB

b1_new = """Hello,

Your request has reached AWS Support and is now tracked under the number
below. An engineer will answer you in the Support Center, and we will send
you a short e-mail whenever there is news.

Case ID: 172710736100417
Subject: Combine my certification profiles (3 candidate IDs)
Severity: General guidance
Correspondence: I hold three AWS Certification profiles because of job
changes: AWS11208374, AWS20657719 and AWS31174402. I would like them to
become a single profile and keep AWS31174402, which uses this e-mail.

To view or add to this request, go to:
https://console.aws.amazon.com/support/home#/case/?displayId=172710736100417&language=en

Replies to this e-mail address are not read.

Sincerely,
Amazon Web Services"""
aws_mail(kind='case_created', case_id=CB, slug='console-request-tracked-under-number', frm=CONSOLE, to=DANIEL,
         provider='outlook', subject='Amazon Web Services: Support request %s registered' % CB,
         date=dt('2024-09-23 16:02:44'), body=text_part(b1_new, cte='quoted-printable'), new=b1_new)

b2_new = """Hello,

There is fresh activity on one of your AWS Support cases.

Case ID: 172710736100417
Subject: Combine my certification profiles (3 candidate IDs)

Sign in to read the latest message and to respond:
https://console.aws.amazon.com/support/home#/case/?displayId=172710736100417&language=en

This address cannot receive replies, so please answer from the Support
Center.

Sincerely,
Amazon Web Services"""
b2_html = aws_html('<p>Hello,</p><p>There is fresh activity on one of your AWS Support cases.</p>'
                   '<p><b>Case ID:</b> 172710736100417<br><b>Subject:</b> Combine my certification profiles '
                   '(3 candidate IDs)</p><p><a href="https://console.aws.amazon.com/support/home#/case/?displayId='
                   '172710736100417&amp;language=en" style="background:#ec7211;color:#fff;padding:8px 16px;'
                   'text-decoration:none">Open the case</a></p><p>This address cannot receive replies, so please '
                   'answer from the Support Center.</p><p>Sincerely,<br>Amazon Web Services</p>')
aws_mail(kind='support_reply', case_id=CB, slug='console-fresh-activity-on-case-notice', frm=CONSOLE, to=DANIEL,
         provider='outlook', subject='[Case %s] Something new was posted to your case' % CB,
         date=dt('2024-09-24 10:11:02'), body=alt(b2_new, b2_html), new=b2_new)

b3_new = """Dear Daniel,

Greetings from AWS Training and Certification!

Thank you for your patience while I was reviewing the request. I have
verified the three profiles, and kindly find below how they will be
combined:

Profiles to be absorbed:
  - AWS-11208374  (daniel.okafor@contoso-energy.com)
  - AWS-20657719  (d.okafor@outlook.com, created 2019)
Profile to be retained:
  - AWS-31174402  (d.okafor@outlook.com)

Please note that post this activity the absorbed profiles will be
deactivated permanently and the same cannot be reversed. Exam history,
certifications and benefits will be carried to the retained profile.

Request you to kindly revert on this case with your approval so that we
may initiate the process at the earliest. Do respond through the Support
Center as this mailbox is not monitored.

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the
stars in top right corner of each correspondence within the AWS Support
Center.

Best regards,
Lakshmi P.
Amazon Web Services"""
aws_mail(kind='merge_confirmation_requested', case_id=CB, slug='formal-kindly-revert-with-approval-three-ids',
         frm=CONSOLE, to=DANIEL, provider='outlook', subject=SUBJ_B, date=dt('2024-09-24 10:10:48'),
         body=alt(b3_new + '\n' + CONSOLE_FOOT), new=b3_new)

b4_new = """Dear Daniel,

Thanks for the approval shared on the case.

I am happy to inform that AWS-11208374 and AWS-20657719 are now part of
AWS-31174402. All four of your certifications and your full exam history
are visible under AWS-31174402 from today, and the two older profiles can
no longer be signed in to.

One clarification is required from your end. The 50% exam discount that
was sitting on AWS-20657719 had already lapsed on 14 September 2024, so it
could not be carried over. Do you wish us to check with the benefits team
whether a fresh one can be issued? Kindly let us know on the case.

Best regards,
Lakshmi P.
Amazon Web Services"""
aws_mail(kind='merge_completed', case_id=CB, slug='non-native-now-part-of-plus-voucher-question', frm=CONSOLE,
         to=DANIEL, provider='outlook', subject=SUBJ_B, date=dt('2024-09-26 05:47:31'),
         body=alt(b4_new + '\n' + CONSOLE_FOOT, cte='base64'), new=b4_new)

b5_new = """Hello,

We haven't heard from you for a few days, so support case 172710736100417
("Combine my certification profiles (3 candidate IDs)") has now been
closed.

Still need a hand? You can reopen it from the Support Center within 14
days and pick up where you left off:
https://console.aws.amazon.com/support/home#/case/?displayId=172710736100417&language=en

How was your experience with AWS Support? Tell us in about 30 seconds:
https://aws.amazon.com/support/feedback/?caseId=172710736100417&src=email

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210"""
aws_mail(kind='survey', case_id=CB, slug='console-closed-after-silence-30-second-feedback', frm=CONSOLE,
         to=DANIEL, provider='outlook', subject='Amazon Web Services: Support case %s is now closed' % CB,
         date=dt('2024-09-30 06:00:12'), body=text_part(b5_new, cte='7bit', charset='us-ascii'), new=b5_new)

b6_new = """Dear Daniel,

Thank you for reaching back to us.

I checked with the Credly operations team. The badges you earned on the
older profiles are still linked to your previous Credly account
(daniel.okafor@contoso-energy.com), which is why they are not showing on
the Credly account for d.okafor@outlook.com.

I have raised a request for them to be moved across. This usually takes
3-5 business days, and Credly will write to you directly as soon as they
appear. In the meantime please do not create another Credly account, as
that would slow things down.

Best regards,
Lakshmi P.
Amazon Web Services"""
aws_mail(kind='support_reply', case_id=CB, slug='agent-raised-credly-transfer-request', frm=CONSOLE, to=DANIEL,
         provider='outlook', subject=SUBJ_B, date=dt('2024-10-03 08:32:19'),
         body=alt(b6_new + '\n' + CONSOLE_FOOT), new=b6_new)

b7_text = """Hi Daniel,

Good news: at the request of Amazon Web Services Training and Certification,
3 badges have been added to the Credly account for d.okafor@outlook.com.

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate
  - AWS Certified SysOps Administrator - Associate

Each one is pending your acceptance. Review and accept them here:
https://www.credly.com/earner/earned?source=email_badge_transfer

After you accept, you decide who can see them and where they are shared.

The Credly Team
Credly, 13355 Noel Rd, Suite 1100, Dallas, TX 75240"""
credly_mail(kind='credly_badge_issued', slug='credly-three-badges-added-pending-acceptance',
            frm_name='Amazon Web Services Training and Certification via Credly', to='Daniel Okafor <%s>' % DANIEL,
            provider='outlook', subject='3 badges are waiting on your Credly account',
            date=dt('2024-10-07 15:26:05'), body=alt(b7_text), new=b7_text)


# ================= Story C: Kenji Watanabe, nifty, Japanese agent, 11-digit case 10473925861 (2022)
KENJI = 'kwatanabe.dev@nifty.com'
CC_ = '10473925861'
SUBJ_C = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CC_

c1_html = aws_html('<p>Thank you. We have your request.</p>'
                   '<p style="font-size:20px"><b>Reference: 10473925861</b></p>'
                   '<p>A specialist will reply within 24 hours. Please do not submit the form again for the same '
                   'question; just reply to this message if you want to add something.</p>'
                   '<p>AWS Training and Certification</p>')
c1_new = ('Thank you. We have your request. Reference: 10473925861. A specialist will reply within 24 hours. '
          'Please do not submit the form again for the same question; just reply to this message if you want '
          'to add something.')
aws_mail(kind='case_created', case_id=CC_, slug='html-only-curt-we-have-your-request', to=KENJI, provider='nifty',
         subject='[CASE %s] Request logged - AWS Training and Certification' % CC_,
         date=dt('2022-06-14 12:03:20'), body=text_part(c1_html, 'html', cte='base64'), new=c1_new)

c2_new = """Dear Mr. Watanabe,

Thank you very much for contacting AWS Training and Certification, and we
sincerely apologize for keeping you waiting.

We have checked the information you kindly provided. We would like to
integrate your certification records as follows:

  Integration source (will be closed):      AWS05582931
  Integration destination (will remain):    AWS07720146

Please kindly understand that after the integration it will not be
possible to restore the source account.

Could you please reply to this e-mail and let us know whether the above is
acceptable? Upon receiving your reply, we will start the procedure.

We appreciate your understanding and cooperation.

Best regards,

Yuki Tanaka
AWS Training and Certification Support
アマゾン ウェブ サービス ジャパン合同会社"""
c2_quote = """
-----Original Message-----
From: 渡辺 健二 <kwatanabe.dev@nifty.com>
Sent: Tuesday, June 14, 2022 9:31 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE 10473925861] Request logged - AWS Training and Certification

Hello,

Additional information: my old account AWS05582931 was registered with
k.watanabe@hoshino-sys.co.jp (I left that company). I want to keep
AWS07720146.

Kenji Watanabe

2022年6月14日(火) 21:03 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> Thank you. We have your request.
> Reference: 10473925861
> A specialist will reply within 24 hours."""
aws_mail(kind='merge_confirmation_requested', case_id=CC_, slug='japanese-agent-integrate-source-destination',
         to=KENJI, provider='nifty', subject=SUBJ_C, date=dt('2022-06-15 02:40:11'),
         body=text_part(c2_new + '\n' + c2_quote, charset='iso-2022-jp', cte='7bit'), new=c2_new)

c3_new = """Dear Mr. Watanabe,

Thank you for your reply, and for your patience.

We are pleased to let you know that the integration of your certification
records has been finished. The exam history and certifications that were
under AWS05582931 can now be found under AWS07720146.

Please sign in to your certification account with kwatanabe.dev@nifty.com
and check that everything is displayed correctly. If you notice anything
unusual, please feel free to reply to this e-mail.

Best regards,

Yuki Tanaka
AWS Training and Certification Support"""
c3_quote = """
> The information is correct. Please go ahead.
>
> 2022年6月15日(水) 11:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > Dear Mr. Watanabe,
> >
> > Integration source (will be closed):      AWS05582931
> > Integration destination (will remain):    AWS07720146"""
aws_mail(kind='merge_completed', case_id=CC_, slug='japanese-agent-integration-finished-sjis-label', to=KENJI,
         provider='nifty', subject=SUBJ_C, date=dt('2022-06-16 06:15:38'),
         body=text_part(c3_new + '\n' + c3_quote, charset='shift_jis', cte='base64'), new=c3_new)

c4_new = """渡辺 健二 様

いつもお世話になっております。
AWS トレーニングと認定 サポートの田中でございます。

Credly のバッジが統合後のアカウントに表示されない件につきまして、
ご連絡いただきありがとうございます。

確認いたしましたところ、旧アカウント（AWS05582931）に紐づいていた
バッジは、まだ以前の Credly アカウントに残っている状態でございました。

現在、Credly 側の担当チームへ移行を依頼しております。
移行が終わりましたら Credly から直接メールが届きますので、
今しばらくお待ちいただけますと幸いです。

ご不便をおかけし申し訳ございませんが、何卒よろしくお願い申し上げます。

田中 由紀
AWS トレーニングと認定 サポート
アマゾン ウェブ サービス ジャパン合同会社"""
c4_quote = """
2022年6月18日(土) 10:22 渡辺 健二 <kwatanabe.dev@nifty.com>:
> 田中様
>
> 統合ありがとうございました。認定資格は表示されましたが、
> Credly のバッジが新しいアカウントに出てきません。確認をお願いできますか。
>
> 渡辺
>
> 2022年6月16日(木) 15:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > Dear Mr. Watanabe,
> > We are pleased to let you know that the integration of your certification
> > records has been finished."""
aws_mail(kind='support_reply', case_id=CC_, slug='japanese-keigo-credly-transfer-requested', to=KENJI,
         provider='nifty', lang='ja', subject='RE:[CASE %s] Credly バッジが表示されない件' % CC_,
         date=dt('2022-06-20 01:05:57'),
         body=text_part(c4_new + '\n' + c4_quote, charset='iso-2022-jp', cte='7bit'), new=c4_new,
         subject_raw=enc_subject('RE:[CASE %s] Credly バッジが表示されない件' % CC_, 'iso-2022-jp'))

c5_new = """Case 10473925861 has been marked resolved and closed.

Reply within 7 days if you still need assistance.
Feedback (1 minute): https://amazonwebservices.qualtrics.com/jfe/form/SV_3xK9aTcTrain?case=10473925861

AWS Training and Certification"""
aws_mail(kind='survey', case_id=CC_, slug='curt-marked-resolved-and-closed-feedback-link', to=KENJI,
         provider='nifty', subject='[CASE %s] Closed' % CC_, date=dt('2022-06-27 00:00:41'),
         body=text_part(c5_new, charset='us-ascii', cte='7bit'), new=c5_new)


# ================= Story D: Marta Kowalska, Yahoo, 10-digit console case 7219034455 (2020)
MARTA = 'Marta Kowalska <marta.kowalska@yahoo.com>'
CD = '7219034455'
SUBJ_D = 'RE:[CASE %s] Merge two certification accounts' % CD
FOOT_D = CONSOLE_FOOT.replace(CB, CD)

d1_new = """Hello,

Logged: case 7219034455.
Subject: Merge two certification accounts
Severity: Low

An associate will follow up in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=7219034455&language=en

Do not reply to this message.

Amazon Web Services"""
aws_mail(kind='case_created', case_id=CD, slug='curt-logged-case-2020-yahoo', frm=CONSOLE, to=MARTA,
         provider='yahoo', subject='Amazon Web Services: Support case %s' % CD, date=dt('2020-08-04 09:17:36'),
         body=text_part(d1_new, charset='us-ascii', cte='7bit'), new=d1_new)

d2_new = """Hi Marta,

Keep AWS01937755, retire AWS00872214 - correct? Answer yes or no on the
case. It can't be undone afterwards.

Tom
Amazon Web Services"""
aws_mail(kind='merge_confirmation_requested', case_id=CD, slug='curt-keep-retire-yes-or-no', frm=CONSOLE,
         to=MARTA, provider='yahoo', subject=SUBJ_D, date=dt('2020-08-05 14:02:55'),
         body=alt(d2_new + '\n' + FOOT_D), new=d2_new)

d3_new = """Hello Marta,

All set: AWS00872214 has been folded into AWS01937755. Your certifications,
transcript and benefits now sit behind a single sign-in
(marta.kowalska@yahoo.com), and the other profile is gone.

As nothing else is outstanding, we are resolving case 7219034455 today. If
you spot a problem, you can reopen it within 14 days from the Support
Center.

Was this response helpful?
  Yes: https://console.aws.amazon.com/support/feedback?displayId=7219034455&helpful=yes
  No:  https://console.aws.amazon.com/support/feedback?displayId=7219034455&helpful=no

Tom
Amazon Web Services"""
aws_mail(kind='merge_completed', case_id=CD, slug='closure-that-also-says-folded-in', frm=CONSOLE, to=MARTA,
         provider='yahoo', subject='Amazon Web Services: Support case %s resolved' % CD,
         date=dt('2020-08-06 10:41:09'), body=alt(d3_new + '\n' + FOOT_D, cte='base64'), new=d3_new)

d4_text = """Marta, Amazon Web Services Training and Certification thinks you deserve this:

AWS Certified Developer – Associate

Claim your badge to let employers, peers and recruiters see what you've achieved:
https://www.youracclaim.com/earner/earned/badge/6a1d0f2e-77b3-4c58-9b0e-2f4d8e61c3aa

Acclaim is the platform Amazon Web Services Training and Certification uses to share verified credentials.

Acclaim | 13355 Noel Rd, Suite 1100, Dallas, TX 75240"""
credly_mail(kind='credly_badge_issued', slug='acclaim-2020-thinks-you-deserve-this', frm_addr='admin@youracclaim.com',
            frm_name='Amazon Web Services Training and Certification via Acclaim', to=MARTA, provider='yahoo',
            subject='Marta, your AWS Certified Developer – Associate badge from Amazon Web Services Training and Certification',
            date=dt('2020-08-10 18:55:20'), body=alt(d4_text, cte='quoted-printable'), new=d4_text)

# ================= Story E: Luis Ferreira, Microsoft 365, case 174887191200938
LUIS = 'Luis Ferreira <luis@ferreira-consulting.pt>'
CE = '174887191200938'
SUBJ_E = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CE

e1_new = """Hi Luis,

Thanks for getting in touch. This note is just to let you know that your
message is safely with us, under reference 174887191200938.

While you wait: requests about combining certification profiles go a lot
faster when we have the sign-in e-mail address of every profile involved.
If you didn't put them in the form, reply to this e-mail with them now and
they will be added to your request automatically.

You should hear from a member of the team within 24 hours.

AWS Training and Certification"""
aws_mail(kind='case_created', case_id=CE, slug='ack-plus-while-you-wait-send-logins', to=LUIS,
         provider='outlook', subject='[CASE %s] Thanks for contacting AWS Training and Certification' % CE,
         date=dt('2025-06-02 13:45:14'), body=alt(e1_new, aws_html(text_to_html(e1_new, None))), new=e1_new)

e2_prev = """Hello Luis,

Thanks for your request. To go ahead I need the e-mail address you sign in
with on each of the two profiles you listed. Could you send them over?

Kind regards,
Jonas K."""
e2_new = """Hello Luis,

Following up on my message of 3 June. I still need the e-mail address you
sign in with on each of the two profiles (AWS12873409 and AWS13002558) -
without those I can't verify that both belong to you.

If we don't hear from you by 12 June, the request will be closed
automatically. You can of course get in touch again at any time.

Kind regards,
Jonas K.
AWS Training and Certification Support"""
e2_text = e2_new + '\n\nOn 03/06/2025 10:14, Amazon Web Services wrote:\n' + q(e2_prev)
aws_mail(kind='support_reply', case_id=CE, slug='chaser-still-need-sign-in-addresses', to=LUIS,
         provider='outlook', subject=SUBJ_E, date=dt('2025-06-05 09:30:27'), body=alt(e2_text), new=e2_new)

e3_new = """Hi Luis!!

Thank you SO much for sending those over - that's exactly what I needed. 😊

Here's the plan, so you can double-check me:

 ➜ AWS12873409 (luis.ferreira@oldbank-it.pt) gets folded into
 ➜ AWS13002558 (luis@ferreira-consulting.pt), the one you'll keep using.

Everything from the first one (certifications, exam history, that shiny
voucher) moves over to the second, and the first is closed for good.
There's no way back, so please do look carefully!

If it all looks right, just hit reply and give me a thumbs-up, and I'll get
the wheels turning straight away.

Have a fantastic weekend!
Jonas"""
e3_quote = """-----Original Message-----
From: Luis Ferreira <luis@ferreira-consulting.pt>
Sent: Thursday, June 5, 2025 21:12
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE 174887191200938] [AWS Training and Certification Form Submission] - account-assistance

Hi Jonas, sorry for the delay.
AWS12873409 -> luis.ferreira@oldbank-it.pt
AWS13002558 -> luis@ferreira-consulting.pt (keep this one please)
Luis"""
aws_mail(kind='merge_confirmation_requested', case_id=CE, slug='effusive-plan-thumbs-up-emoji', to=LUIS,
         provider='outlook', subject=SUBJ_E, date=dt('2025-06-06 11:20:03'),
         body=alt(e3_new + '\n\n' + e3_quote), new=e3_new)

e4_new = """Hi Luis,

Your thumbs-up came through, thank you - the request is now queued with our
back-end team.

On your question: yes, the 50% voucher from AWS12873409 travels with
everything else. As soon as the two profiles are one, it will show under
Benefits on AWS13002558 with the same expiry date (31 August 2025). No need
to use it before then.

Jonas"""
e4_quote = """________________________________
From: Luis Ferreira <luis@ferreira-consulting.pt>
Sent: Friday, June 6, 2025 6:48 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE 174887191200938] [AWS Training and Certification Form Submission] - account-assistance

👍 All correct, go ahead. Quick question: will my 50% voucher carry over?

Luis Ferreira
Ferreira Consulting | Cloud & Data
+351 912 345 678"""
aws_mail(kind='support_reply', case_id=CE, slug='approval-noted-voucher-question-answered', to=LUIS,
         provider='outlook', subject=SUBJ_E, date=dt('2025-06-09 07:58:44'),
         body=alt(e4_new + '\n\n' + e4_quote, cte='base64'), new=e4_new)

e5_new = """Luis,

Done — AWS12873409 is closed and everything’s on AWS13002558 now. Sign in
with luis@ferreira-consulting.pt from here on.

Jonas"""
e5_text = e5_new + '\n\n' + e4_quote.replace('________________________________\n', '-----Original Message-----\n')
aws_mail(kind='merge_completed', case_id=CE, slug='curt-done-wrong-charset-label', to=LUIS, provider='outlook',
         subject=SUBJ_E, date=dt('2025-06-10 08:05:19'),
         body=text_part(e5_text, charset='utf-8', label='iso-8859-1', cte='quoted-printable'), new=e5_new)

e6_new = """Hello Luis,

Thank you for choosing AWS Training and Certification! We'd absolutely love
to hear how things went with request 174887191200938.

On a scale from 1 (poor) to 5 (excellent), how would you rate the help you
received from Jonas?

  1  https://feedback.training.aws/r/174887191200938?score=1
  2  https://feedback.training.aws/r/174887191200938?score=2
  3  https://feedback.training.aws/r/174887191200938?score=3
  4  https://feedback.training.aws/r/174887191200938?score=4
  5  https://feedback.training.aws/r/174887191200938?score=5

Every single answer is read by our team and genuinely helps us get better.
Thank you for being part of the AWS community!

With gratitude,
The AWS Training and Certification team"""
aws_mail(kind='survey', case_id=CE, slug='effusive-rate-one-to-five', to=LUIS, provider='outlook',
         subject='Luis, how did we do? (request %s)' % CE, date=dt('2025-06-10 08:07:02'),
         body=alt(e6_new, aws_html(text_to_html(e6_new, None))), new=e6_new)


# ================= Story F: Sophie Laurent, Fastmail, case 175982231500271
SOPHIE = 'Sophie Laurent <sophie.laurent@fastmail.com>'
CF = '175982231500271'
SUBJ_F = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CF

f1_new = """Bonjour / Hello Sophie,

This is an automatic note to say your form reached AWS Training and
Certification.

  Your reference:   175982231500271
  Topic:            Certification / Account Merge
  Submitted:        7 October 2025, 07:31 UTC

A person (not a bot!) will read it and write back, usually within one
business day. If you think of anything to add, reply to this message and
keep the reference in the subject.

Please don't fill in the form a second time for the same thing - a second
request only ends up at the back of the queue.

AWS Training and Certification"""
aws_mail(kind='case_created', case_id=CF, slug='automatic-note-form-reached-us-fastmail', to=SOPHIE,
         provider='fastmail', subject='Your reference %s - AWS Training and Certification' % CF,
         date=dt('2025-10-07 07:31:58'), body=alt(f1_new, aws_html(text_to_html(f1_new, None))), new=f1_new)

f2_new = """Sophie,

Keep AWS16640093, retire AWS02215876. Right?

Two things I need back from you:
1. a "yes" (or a correction) to the line above - once we act on it, it
   can't be reversed;
2. one sentence on why you ended up with two profiles, for our records.

Thanks,
Mateo
AWS T&C Support"""
aws_mail(kind='merge_confirmation_requested', case_id=CF, slug='curt-keep-retire-right-plus-reason', to=SOPHIE,
         provider='fastmail', subject=SUBJ_F, date=dt('2025-10-08 12:14:36'), body=alt(f2_new, cte='base64'),
         new=f2_new)

f3_new = """Hi Sophie,

Thanks for the quick answer and the explanation, both noted.

Before we can start there is one snag: the profile you're retiring,
AWS02215876, has an exam appointment booked for 21 October (AWS Certified
Machine Learning Engineer - Associate, online proctored). We can't touch a
profile while an appointment is pending, because the result would have
nowhere to land.

So, which do you prefer?
  a) keep the appointment, and we pick this up again after your result
     comes in; or
  b) cancel or reschedule it through Pearson VUE first, and we carry on
     right away.

Let me know and I'll take it from there.

Mateo"""
f3_quote = """On Wed, Oct 8, 2025, at 14:52, Sophie Laurent wrote:
> Yes, that's right. I created the second one by mistake when I booked my
> exam with my work address.
>
> Sophie
>
> On Wed, Oct 8, 2025, at 14:14, Amazon Web Services wrote:
> > Sophie,
> >
> > Keep AWS16640093, retire AWS02215876. Right?"""
aws_mail(kind='support_reply', case_id=CF, slug='pending-exam-blocks-asks-keep-or-reschedule', to=SOPHIE,
         provider='fastmail', subject=SUBJ_F, date=dt('2025-10-09 08:47:10'),
         body=alt(f3_new + '\n\n' + f3_quote), new=f3_new)

f4_new = """Hi Sophie,

First of all - congratulations on passing on the 21st, that's wonderful
news! 🎉

Now that the result is safely recorded, your request is back in the hands
of our back-end team, right at the top of their list. I'm so sorry this one
has had to wait; you've been incredibly patient.

Realistically you can expect to hear from me within two business days. If
anything comes up in the meantime, I'll let you know straight away.

All the best,
Mateo"""
aws_mail(kind='support_reply', case_id=CF, slug='effusive-status-back-with-backend-team', to=SOPHIE,
         provider='fastmail', subject=SUBJ_F, date=dt('2025-10-22 10:03:25'), body=alt(f4_new), new=f4_new)

f5_new = """Hi Sophie,

It's finished, and it went perfectly! 🙌

Everything that lived on AWS02215876 - including your brand-new Machine
Learning Engineer certification from the 21st - has been moved over to
AWS16640093, and AWS02215876 no longer exists. From today there is exactly
one profile to sign in to: sophie.laurent@fastmail.com.

Your Credly badges should follow in the next few days; if they haven't
shown up by next Friday, just reply here and I'll chase it for you.

It's been a real pleasure helping you with this. Best of luck with whatever
you're studying for next!

Warmly,
Mateo
AWS Training and Certification Support"""
aws_mail(kind='merge_completed', case_id=CF, slug='effusive-finished-went-perfectly', to=SOPHIE,
         provider='fastmail', subject=SUBJ_F, date=dt('2025-10-24 13:31:40'), body=alt(f5_new, cte='base64'),
         new=f5_new)

f6_html = aws_html(
    '<p>Hi Sophie,</p><p>Your request <b>175982231500271</b> has been closed on our side.</p>'
    '<p style="font-size:16px"><b>Did we sort you out?</b></p>'
    '<p><a href="https://feedback.training.aws/q?ref=175982231500271&amp;a=yes" style="background:#1d8102;color:#fff;'
    'padding:8px 22px;text-decoration:none;border-radius:3px">Yes</a>&nbsp;&nbsp;'
    '<a href="https://feedback.training.aws/q?ref=175982231500271&amp;a=no" style="background:#d13212;color:#fff;'
    'padding:8px 22px;text-decoration:none;border-radius:3px">No</a></p>'
    '<p>One click is enough. If you pick \u201cNo\u201d, we\u2019ll ask one follow-up question so we can put it right.'
    '</p><p>AWS Training and Certification</p>')
f6_new = 'Hi Sophie, Your request 175982231500271 has been closed on our side. Did we sort you out? Yes No'
aws_mail(kind='survey', case_id=CF, slug='html-only-did-we-sort-you-out', to=SOPHIE, provider='fastmail',
         subject='One click: did we sort you out?', date=dt('2025-10-24 13:35:02'),
         body=text_part(f6_html, 'html', cte='quoted-printable'), new=f6_new)

# ================= Story G: Ahmed Siddiqui, Gmail, case 173740092300115 + duplicate 173796053000684
AHMED = 'ahmed.siddiqui@gmail.com'
CG1 = '173740092300115'
CG2 = '173796053000684'

g1_new = """Hello,

Thank you - we have your message, reference 173796053000684.

If you have already written to us about this same matter, please reply on
that earlier thread rather than opening another one: parallel requests
are usually merged into the oldest and can slow things down.

Someone will reply within one business day.

AWS Training and Certification"""
aws_mail(kind='case_created', case_id=CG2, slug='second-request-ack-reply-on-earlier-thread', to=AHMED,
         subject='[CASE %s] We have your message' % CG2, date=dt('2025-01-27 06:48:53'),
         body=alt(g1_new, cte='quoted-printable'), new=g1_new)

g2_new = """Dear Ahmed,

I am truly sorry - your original request (173740092300115) from 20 January
slipped through the cracks during a very busy week, and I completely
understand why you wrote in again. That must have been frustrating.

I've attached your new request 173796053000684 to this one and closed the
duplicate, so everything is in a single place now. I'm personally looking
after it, and I'm reviewing the two profiles you listed today. You'll hear
from me with the next step very shortly.

Thank you for your patience,
Farah N.
AWS Training and Certification Support"""
aws_mail(kind='support_reply', case_id=CG1, slug='apology-duplicate-folded-in-personally-on-it', to=AHMED,
         subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CG1,
         date=dt('2025-01-27 15:10:31'), body=alt(g2_new), new=g2_new)

g3_new = """Hello Ahmed,

Request 173796053000684 has been closed because it repeats your earlier
request 173740092300115, which remains open and in progress.

We'd value two minutes of your time: how would you rate the way this was
handled?
https://amazonwebservices.qualtrics.com/jfe/form/SV_6rT2tcSurvey?ref=173796053000684

AWS Training and Certification"""
aws_mail(kind='survey', case_id=CG2, slug='duplicate-closed-how-would-you-rate', to=AHMED,
         subject='[CASE %s] Closed - how did we handle it?' % CG2, date=dt('2025-01-27 15:14:02'),
         body=alt(g3_new, cte='base64'), new=g3_new)

g4_prev = """Dear Ahmed,

Thank you for bearing with me. I've reviewed both profiles:

  AWS08814467 - ahmed.s@veltrix-solutions.com - would be retired
  AWS18830521 - ahmed.siddiqui@gmail.com    - would remain

All certifications and the exam history would end up on AWS18830521.
Please note that this cannot be reversed. Could you reply to let me know
this is what you want?

Farah N."""
g4_new = """Dear Ahmed,

Just a gentle nudge on my message of 28 January (below). I still need a
yes from you before moving AWS08814467 into AWS18830521 - nothing will
happen until I hear back.

If there's no answer within 5 business days, I'll close the request, and
you're welcome to come back to us whenever suits you.

Kind regards,
Farah N.
AWS Training and Certification Support"""
g4_text = g4_new + ('\n\nOn Tue, Jan 28, 2025 at 9:02 AM Amazon Web Services <'
                    'aws-cs-trainingcertification-form@amazon.com> wrote:\n') + q(g4_prev)
aws_mail(kind='merge_confirmation_requested', case_id=CG1, slug='gentle-nudge-still-need-yes-before-moving',
         to=AHMED, subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CG1,
         date=dt('2025-02-03 10:22:18'), body=alt(g4_text), new=g4_new)


# ================= Story H: Chloe Bennett, university Exchange without Authentication-Results, case 173322033300759
CHLOE = '"Bennett, Chloe" <chloe.bennett@staff.brightwater.ac.uk>'
CH = '173322033300759'
SUBJ_H = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CH

h1_new = """Dear Chloe,

What a lovely, thorough message - thank you! It made my job so much easier.

I've found both of your profiles, and I'm ready to bring them together the
moment you say the word:

  • AWS 21907735 — your former student profile (c.bennett2019@brightwater.ac.uk):
    this one will be retired
  • AWS 19265048 — your staff profile (chloe.bennett@staff.brightwater.ac.uk):
    this one carries on

Your three certifications and the exam history from the student profile
will move across. Once that's done the student profile can't be revived,
so please do take a moment to check the two IDs above.

And while I have you: which address would you like us to use for
notifications from now on - your staff e-mail, or the personal one you
mentioned (chloe.bennett@protonmail.com)?

Reply with a yes (plus your choice of address) and I'll take care of the
rest.

With very best wishes,
Amara
AWS Training and Certification Support"""
aws_mail(kind='merge_confirmation_requested', case_id=CH, slug='effusive-say-the-word-plus-notification-address',
         to=CHLOE, provider='none', subject=SUBJ_H, date=dt('2024-12-04 09:12:40'), body=alt(h1_new), new=h1_new)

h2_new = """Dear Chloe,

Your request has been actioned successfully. Profile AWS 21907735 is now
consolidated into AWS 19265048 and the student profile has been
deactivated. Notifications will go to chloe.bennett@protonmail.com going
forward, as requested.

Kindly allow 24-48 hours for the changes to reflect on Credly.

Regards,
Amara
AWS Training and Certification Support"""
h2_quote = """From: Bennett, Chloe <chloe.bennett@staff.brightwater.ac.uk>
Sent: 04 December 2024 16:20
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE 173322033300759] [AWS Training and Certification Form Submission] - account-assistance

Hi Amara,

Yes, both IDs are right - please go ahead. Notifications to the protonmail
address please.

Many thanks,
Chloe

Dr Chloe Bennett | Lecturer in Data Science
School of Computing, Brightwater University

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 04 December 2024 09:12
To: Bennett, Chloe <chloe.bennett@staff.brightwater.ac.uk>
Subject: RE:[CASE 173322033300759] [AWS Training and Certification Form Submission] - account-assistance

Dear Chloe,

What a lovely, thorough message - thank you! It made my job so much easier.
I've found both of your profiles, and I'm ready to bring them together the
moment you say the word:
  • AWS 21907735 — your former student profile: this one will be retired
  • AWS 19265048 — your staff profile: this one carries on"""
aws_mail(kind='merge_completed', case_id=CH, slug='no-auth-results-actioned-consolidated-outlook-quote',
         to=CHLOE, provider='none', subject=SUBJ_H, date=dt('2024-12-06 14:55:07'),
         body=alt(h2_new + '\n\n' + h2_quote), new=h2_new)

h3_text = """Hi Chloe,

As part of an account update requested by Amazon Web Services Training and
Certification, these badges now belong to your Credly account
(chloe.bennett@protonmail.com):

  • AWS Certified Cloud Practitioner
  • AWS Certified Solutions Architect – Associate
  • AWS Certified Machine Learning – Specialty

They're ready for you - accept them to make them visible on your profile:
https://www.credly.com/earner/earned?source=email_transfer_notify

Questions? https://support.credly.com

Credly
13355 Noel Rd, Suite 1100, Dallas, TX 75240"""
credly_mail(kind='credly_badge_issued', slug='no-auth-results-badges-now-belong-to-you',
            frm_name='Credly', to='Chloe Bennett <chloe.bennett@protonmail.com>', provider='none',
            subject='Your AWS badges have a new home', date=dt('2024-12-09 17:40:12'),
            body=alt(h3_text, cte='base64'), new=h3_text)

# ================= Story I: Rohan Mehta, Google Workspace, 11-digit case 11802264519 (2023)
ROHAN = 'Rohan Mehta <rohan.mehta@quantaleap.io>'
CI = '11802264519'
SUBJ_I = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CI

i1_new = """Hello Rohan,

Greetings of the day!

As per the request, I have gone through the details. To process further,
kindly help us with below information:

1) Reason for having two profiles
2) Notification e-mail address registered on each of the profile,
   AWS22450913 and aws06671308
3) Which profile you prefer to retain

Awaiting for your response.

Regards,
Sandeep
AWS Training & Certification"""
aws_mail(kind='support_reply', case_id=CI, slug='greetings-of-the-day-kindly-help-with-info', to=ROHAN,
         subject=SUBJ_I, date=dt('2023-04-11 05:32:50'), body=alt(i1_new, cte='base64'), new=i1_new)

i2_new = """Hello Rohan,

This is to update that profile AWS22450913 has been successfully mapped
to AWS06671308 and deactivated. All certification records are now
available under AWS06671308.

Request you to login once and confirm whether all 5 certifications are
reflecting properly, so that we can close the case from our end.

Regards,
Sandeep
AWS Training & Certification"""
i2_quote = """-----Original Message-----
From: Rohan Mehta <rohan.mehta@quantaleap.io>
Sent: 12 April 2023 19:40
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 11802264519] [AWS Training and Certification Form Submission] - account-assistance

1) Old employer profile, then I created one with my new company mail.
2) AWS22450913 - rohan.mehta@finvolt.in, AWS06671308 - rohan.mehta@quantaleap.io
3) Retain AWS06671308. Confirming that AWS22450913 can be merged into it.

Rohan"""
aws_mail(kind='merge_completed', case_id=CI, slug='mapped-and-deactivated-asks-to-verify-five-certs', to=ROHAN,
         subject=SUBJ_I, date=dt('2023-04-14 09:03:27'),
         body=text_part(i2_new + '\n\n' + i2_quote, cte='base64'), new=i2_new)

i3_text = """Rohan, add AWS Certified Security – Specialty to your profile

Amazon Web Services Training and Certification has issued you a new badge.
It's ready whenever you are - accept it, then share it on LinkedIn or add
it to your e-mail signature.

Accept badge: https://www.credly.com/badges/c81b4e70-2f3a-4d9b-8e65-0b7a19d2e4f3/accept

Why accept? Accepted badges can be verified by anyone, anytime.

Credly, 13355 Noel Rd, Suite 1100, Dallas, TX 75240"""
credly_mail(kind='credly_badge_issued', slug='credly-security-specialty-ready-whenever-you-are',
            frm_name='Amazon Web Services Training and Certification via Credly', to=ROHAN,
            subject='Rohan, add AWS Certified Security – Specialty to your profile',
            date=dt('2023-04-16 11:20:48'), body=alt(i3_text), new=i3_text)

# ================= Phishing about the merge (content kind kept, sender_verified false)
p1_ip = '104.168.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
p1_v = {'dkim': [('pass', 'awstraining-certification.com', 'default')],
        'spf': ('pass', 'bounce@awstraining-certification.com', p1_ip),
        'dmarc': ('pass', 'awstraining-certification.com', 'NONE')}
p1_new = """Dear Certified Professional,

We received a request to combine the AWS Certification accounts AWS 30418862
and AWS 27759014 (Case #174050300600212).

To approve the request and keep your certification history, verify your
identity within 24 hours:

    https://awstraining-certification.com/verify?case=174050300600212

If we do not hear from you, the request will be processed automatically
and the secondary account, including all certifications, may be lost.

AWS Training & Certification Team
(c) 2025 Amazon Web Services"""
build(kind='merge_confirmation_requested', case_id='174050300600212', sv=False,
      slug='phish-lookalike-domain-approve-within-24h',
      frm=addr('AWS Training & Certification', 'support@awstraining-certification.com'),
      to='jmorales.dev@gmail.com', subject='Action needed: approve your AWS Certification account combination',
      date=dt('2025-02-25 17:40:02'), body=alt(p1_new, cte='quoted-printable'), new=p1_new, provider='gmail',
      verdict=p1_v, helo='mail.awstraining-certification.com',
      msgid='<%s@awstraining-certification.com>' % rhex(20),
      dkim=[('awstraining-certification.com', 'default')])

p2_ip = '185.234.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
p2_v = {'spf': ('pass', 'ntf@mailer-ntf.xyz', p2_ip), 'dmarc': ('fail', 'amazon.com', 'QUARANTINE')}
p2_new = """Dear candidate,

We are ready to consolidate AWS41290337 into AWS40018826 as per your
request. As this action is permanent, we need you to confirm that these
details are correct.

Confirm by signing in with your AWS Certification credentials:
http://aws-certmetrics-verify.com/login?ref=176034411900522

Unconfirmed requests are cancelled after 48 hours.

Best regards,
AWS Training and Certification"""
build(kind='merge_confirmation_requested', case_id='176034411900522', sv=False,
      slug='phish-spoofed-amazon-dmarc-fail-forged-lower-ar', frm=addr(*FORM), to='s.novak@outlook.com',
      subject='RE:[CASE 176034411900522] Account Merge - confirmation required', date=dt('2025-10-13 08:30:44'),
      body=alt(p2_new, cte='base64'), new=p2_new, provider='outlook', verdict=p2_v, helo='vps-21877.mailer-ntf.xyz',
      msgid='<%s.%s@amazon.com>' % (rhex(12), rhex(6)),
      mid=[('Received', 'from smtp-out.amazon.com (smtp-out.amazon.com [54.240.8.1])\n\tby mx.amazon.com'
            ' (Postfix) with ESMTPS id 4B2F1C0A12\n\tfor <s.novak@outlook.com>; Mon, 13 Oct 2025 08:30:40 +0000'),
           ('Authentication-Results', 'mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass'
            ' smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')])

p3_ip = '45.95.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
p3_v = {'spf': ('pass', 'no-reply@amazon-training-cert.net', p3_ip)}
p3_new = """Hello,

Good news: your certification profiles AWS-52208147 and AWS-52208931 have
been combined into one.

To carry over your 50% exam voucher you must re-validate your payment
method within 48 hours. Unvalidated vouchers are cancelled.

    Re-validate now: https://amazon-training-cert.net/benefits/revalidate

Thank you,
Amazon Web Services Training and Certification"""
build(kind='merge_completed', case_id=None, sv=False, slug='phish-combined-revalidate-payment-for-voucher',
      frm=addr('Amazon Web Services', 'no-reply@amazon-training-cert.net'), to='priya.raman84@gmail.com',
      subject='Your certification profiles are now one - action needed for your voucher',
      date=dt('2025-04-02 22:17:09'), body=alt(p3_new, aws_html(text_to_html(p3_new, None))), new=p3_new,
      provider='gmail', verdict=p3_v, helo='srv1.amazon-training-cert.net',
      msgid='<%s@amazon-training-cert.net>' % rhex(24))

p4_ip = '193.42.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
p4_v = {'dkim': [('pass', 'credly-badgetransfer.com', 'k1')], 'spf': ('pass', 'mail@credly-badgetransfer.com', p4_ip),
        'dmarc': ('pass', 'credly-badgetransfer.com', 'NONE')}
p4_new = """Hi,

Following your AWS Certification account merge, 4 badges have been moved
and are ready to accept.

To accept them, sign in with the Amazon account linked to your
certification profile:

    ACCEPT MY BADGES -> https://credly-badgetransfer.com/accept?u=8f2c91

Badges not accepted within 7 days are returned to the issuer.

Credly Badge Services"""
build(kind='credly_badge_issued', case_id=None, sv=False, slug='phish-credly-lookalike-badges-moved-after-merge',
      frm=addr('Credly Badges', 'notify@credly-badgetransfer.com'), to=MARTA,
      subject='4 badges moved after your account merge - accept now', date=dt('2024-11-18 06:02:33'),
      body=alt(p4_new), new=p4_new, provider='yahoo', verdict=p4_v, helo='mx.credly-badgetransfer.com',
      msgid='<%s@credly-badgetransfer.com>' % rhex(20), dkim=[('credly-badgetransfer.com', 'k1')])


# ================= Unrelated look-alikes
def ext_verdict(dom, env, ip, dkim_sel='s1', dmarc='pass', pol='REJECT', dkim=True):
    v = {'spf': ('pass', env, ip), 'dmarc': (dmarc, dom, pol)}
    if dkim:
        v['dkim'] = [('pass', dom, dkim_sel)]
    return v


# U1: phishing that is NOT about the merge
u1_ip = '91.215.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
u1_new = """Dear AWS Customer,

We were unable to process the payment for your latest invoice. Your
account and all running resources will be suspended within 24 hours
unless your billing information is updated.

    Update payment method: https://aws-account-alerts.com/billing/update

Thank you for using Amazon Web Services.

Amazon Web Services Billing"""
build(kind='unrelated', case_id=None, sv=False, slug='phish-not-merge-account-suspension-billing',
      frm=addr('AWS Billing', 'billing@aws-account-alerts.com'), to=AHMED,
      subject='Urgent: your AWS account will be suspended', date=dt('2025-03-03 04:11:50'),
      body=alt(u1_new, aws_html(text_to_html(u1_new, None))), new=u1_new, provider='gmail',
      verdict=ext_verdict('aws-account-alerts.com', 'billing@aws-account-alerts.com', u1_ip, 'mail', 'pass', 'NONE'),
      helo='mail.aws-account-alerts.com', msgid='<%s@aws-account-alerts.com>' % rhex(22),
      dkim=[('aws-account-alerts.com', 'mail')])

# U2: Seller Central case, same RE:[CASE ...] style, "merge" of listings
u2_new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I'm happy to let you know that the two product detail pages you reported
(ASIN B0C7KJ2M4Q and ASIN B0C7KL9R1T) have now been combined into a single
listing under ASIN B0C7KJ2M4Q. The offers and reviews of the retired page
have been moved across. Changes may take up to 48 hours to appear on the
Amazon.com website.

Was this e-mail helpful? Let us know:
https://sellercentral.amazon.com/cu/feedback?caseID=5884881212

We hope this helps. Thank you for selling on Amazon.

Regards,
Hemant R.
Amazon Selling Partner Support"""
aws_mail(kind='unrelated', case_id='5884881212', slug='seller-central-listings-combined-same-case-style',
         frm=('Amazon Selling Partner Support', 'seller-support-noreply@amazon.com'), to=DANIEL, provider='outlook',
         subject='RE:[CASE 5884881212] Duplicate detail pages for the same product', date=dt('2025-01-14 19:20:33'),
         body=alt(u2_new), new=u2_new)

# U3: AWS console case opened - service quota
u3_new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case
174762436400046 to address your issue.

The details of your case are as follows:

Case ID: 174762436400046
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: All G and VT instances
Limit name: Running On-Demand G and VT instances
New limit value: 64
Use case description: Training runs for a recommendation model.

We will get back to you as soon as possible, please note that our
response time is based on the case severity.

You can view your case using the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174762436400046&language=en

Please note: this e-mail was sent from an address that cannot accept
incoming e-mail.

Best regards,
Amazon Web Services"""
aws_mail(kind='unrelated', case_id='174762436400046', slug='other-aws-case-opened-ec2-quota', frm=CONSOLE,
         to=ROHAN, subject='Amazon Web Services: You have opened a new Support case: 174762436400046',
         date=dt('2025-05-19 03:12:47'), body=text_part(u3_new, charset='us-ascii', cte='7bit'), new=u3_new)

# U4: AWS billing case reply - "consolidated billing", asks which account should be payer
u4_new = """Hello Sophie,

Thank you for your patience while I looked into the duplicate charge.

The two invoices come from two separate AWS accounts (1148-2290-7731 and
6620-0193-4458) that each pay for their own usage. The simplest way to
avoid this in future is consolidated billing: create an organization in
AWS Organizations and invite the second account into it.

Before I send you the step-by-step guide, could you confirm which of the
two accounts should become the management (payer) account? Please note
that this choice is hard to change later.

I've also submitted a refund request for the overlapping Support plan fee
(USD 29.00); you'll get a separate notice once it's processed.

Best regards,
Oksana V.
Amazon Web Services"""
aws_mail(kind='unrelated', case_id='175520760900391', slug='billing-case-consolidated-billing-which-payer',
         frm=CONSOLE, to=SOPHIE, provider='fastmail',
         subject='RE:[CASE 175520760900391] Charged twice for the same month', date=dt('2025-08-15 16:44:09'),
         body=alt(u4_new + '\n' + CONSOLE_FOOT.replace(CB, '175520760900391')), new=u4_new)

# U5: billing case closure + feedback
u5_new = """Hello,

We're closing support case 175520760900391 ("Charged twice for the same
month") because the refund was issued and we haven't heard back since.

If the issue comes back, you can reopen the case within 14 days from the
Support Center.

How did we do? Rate this case:
https://aws.amazon.com/support/feedback/?caseId=175520760900391

Sincerely,
Amazon Web Services"""
aws_mail(kind='unrelated', case_id='175520760900391', slug='billing-case-closed-rate-this-case', frm=CONSOLE,
         to=SOPHIE, provider='fastmail', subject='Amazon Web Services: Support case 175520760900391 has been closed',
         date=dt('2025-08-25 06:00:31'), body=text_part(u5_new, cte='quoted-printable'), new=u5_new)

# U6: CertMetrics survey mail with a candidate id
u6_ip = '208.75.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
u6_new = """AWS Certification wants to hear from you

Hello Luis,

Thank you for taking an AWS Certification exam recently. We'd like to
know how the experience went, from scheduling to receiving your result.

The survey takes about 5 minutes:
https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Your candidate ID for reference: AWS13002558

Thank you,
AWS Certification

Please do not reply to this e-mail; this mailbox is not monitored.""" % rhex(16)
build(kind='unrelated', case_id=None, sv=False, slug='certmetrics-wants-to-hear-from-you-with-candidate-id',
      frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=LUIS,
      subject='AWS Certification wants to hear from you', date=dt('2025-07-02 15:05:11'),
      body=alt(u6_new), new=u6_new, provider='outlook',
      verdict=ext_verdict('certmetrics.com', 'do-not-reply@certmetrics.com', u6_ip, 'k1', 'pass', 'NONE'),
      helo='mail.certmetrics.com', msgid='<%s@certmetrics.com>' % rhex(20), dkim=[('certmetrics.com', 'k1')])

# U7: Pearson VUE appointment confirmation, Japanese, Shift_JIS
u7_ip = '159.182.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
u7_new = """渡辺 健二 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名：AWS Certified Solutions Architect - Professional (SAP-C02)
試験日時：2022年5月28日（土） 10:00 JST
会場：オンライン試験（OnVUE）
登録番号：428117653
受験者 ID：AWS07720146

試験開始 30 分前からチェックインが可能です。
本人確認書類（有効期限内のもの）をご用意ください。

予約の変更・キャンセルは、試験開始の 24 時間前までにお手続きください。

Pearson VUE カスタマーサービス"""
build(kind='unrelated', case_id=None, sv=False, lang='ja', slug='pearson-vue-booking-confirmation-shift-jis',
      frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=KENJI,
      subject='Pearson VUE 試験予約の確認', subject_raw=enc_subject('Pearson VUE 試験予約の確認', 'iso-2022-jp'),
      date=dt('2022-05-09 04:26:17'), body=text_part(u7_new, charset='shift_jis', cte='base64'), new=u7_new,
      provider='nifty', verdict=ext_verdict('pearson.com', 'bounce@pearson.com', u7_ip, 'pvue', 'pass', 'REJECT'),
      helo='smtp2.pearson.com', msgid='<%s@pearson.com>' % rhex(20), dkim=[('pearson.com', 'pvue')])

# U8: GitHub merged notification
u8_ip = '192.30.252.%d' % rnd.randint(190, 210)
u8_new = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/contoso-energy/infra-modules/pull/412#event-14583920117
You are receiving this because you were mentioned.

Message ID: <contoso-energy/infra-modules/pull/412/issue_event/14583920117@github.com>"""
build(kind='unrelated', case_id=None, sv=False, slug='github-pr-merged-into-main',
      frm=addr('Kateryna Bilyk', 'notifications@github.com'), to=DANIEL,
      cc='Daniel Okafor <d.okafor@outlook.com>, Mention <mention@noreply.github.com>',
      subject='Re: [contoso-energy/infra-modules] Merge certification-account module outputs (PR #412)',
      date=dt('2024-09-25 13:09:58'), body=alt(u8_new), new=u8_new, provider='outlook',
      verdict=ext_verdict('github.com', 'noreply@github.com', u8_ip, 'pf2023', 'pass', 'REJECT'),
      helo='out-%d.smtp.github.com' % rnd.randint(18, 30),
      msgid='<contoso-energy/infra-modules/pull/412/issue_event/14583920117@github.com>',
      dkim=[('github.com', 'pf2023')],
      extra=[('List-ID', 'contoso-energy/infra-modules <infra-modules.contoso-energy.github.com>'),
             ('X-GitHub-Reason', 'mention')])

# U9: Credly self-service account merge code
u9_new = """Hi Rohan,

Someone (hopefully you) asked to combine another Credly account into this
one. Enter this code to continue:

    482913

Or finish in one click: Complete Account Merge
https://www.credly.com/users/account_merges/confirm?token=%s

The code expires in 30 minutes. If you didn't ask for this, you can
ignore this e-mail - nothing will change.

The Credly Team""" % rhex(32)
credly_mail(kind='unrelated', slug='credly-self-service-combine-code', frm_name='Credly', to=ROHAN,
            subject='Your Credly verification code: 482913', date=dt('2023-04-15 20:03:41'), body=alt(u9_new),
            new=u9_new)

# U10: Credly badge expiry reminder
u10_new = """Hi Sophie,

Heads up: your AWS Certified Cloud Practitioner badge, issued by Amazon Web
Services Training and Certification, expires on 14 February 2026.

To keep it active, renew the certification before that date. Once renewed,
the issuer will update your badge automatically.

View badge: https://www.credly.com/badges/0be3d1a9-6c2f-4e58-b7a1-93e6f4c2d8b0

The Credly Team"""
credly_mail(kind='unrelated', slug='credly-badge-expires-in-90-days', frm_name='Credly', to=SOPHIE,
            provider='fastmail', subject='Your badge expires in 90 days', date=dt('2025-11-16 12:00:07'),
            body=alt(u10_new, cte='base64'), new=u10_new)

# U11: AWS Training and Certification newsletter (amazon.com, genuine)
u11_new = """AWS Training and Certification | November update

Bring your learning together
Your AWS Skill Builder progress, digital badges and certification history
can now be viewed side by side from one dashboard. Sign in once and see
everything in one place.
https://skillbuilder.aws/dashboard?trk=email_nov

New this month
 - AWS Certified Generative AI Developer - Professional (beta) opens for
   registration
 - 30 new hands-on labs in AWS SimuLearn
 - Exam prep plans refreshed for Solutions Architect - Associate

You are receiving this e-mail because you subscribed to AWS Training and
Certification updates.
Unsubscribe: https://pages.awscloud.com/unsubscribe?e=%s""" % rhex(20)
aws_mail(kind='unrelated', case_id=None, slug='aws-training-newsletter-one-dashboard',
         frm=('AWS Training and Certification', 'aws-training-and-certification@amazon.com'), to=PRIYA,
         subject='Your November update: see everything in one place', date=dt('2025-11-05 17:00:12'),
         body=alt(u11_new, aws_html(text_to_html(u11_new, None)), cte='base64'), new=u11_new,
         extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % rhex(20)),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])


# @@END_OF_MAILS@@


# ================================================================== checks
KINDS = {'case_created', 'merge_confirmation_requested', 'merge_completed', 'survey', 'credly_badge_issued',
         'support_reply', 'unrelated'}


def decoded_text(m):
    import email.header as eh
    out = [str(eh.make_header(eh.decode_header(m.get('Subject', ''))))]
    for part in m.walk():
        if part.get_content_maintype() != 'text':
            continue
        raw = part.get_payload(decode=True)
        cs = part.get_content_charset() or 'us-ascii'
        t = raw.decode({'shift_jis': 'cp932'}.get(cs, cs))
        if part.get_content_subtype() == 'html':
            t = htmlmod.unescape(re.sub(r'<[^>]+>', ' ', t))
        out.append(t)
    return '\n'.join(out)


def expected_sv(m):
    ars = m.get_all('Authentication-Results') or []
    if not ars:
        return None
    top = ars[0]
    fromdom = re.findall(r'@([\w.-]+)', m['From'])[-1].lower()
    fam = fromdom in ('amazon.com', 'credly.com', 'youracclaim.com') or fromdom.endswith('.amazon.com')
    dm = re.search(r'dmarc=(\w+)', top)
    ok = bool(dm and dm.group(1) == 'pass')
    return bool(fam and ok)


def check():
    import email
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    labels = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
    assert set(files) == set(labels), set(files) ^ set(labels)
    problems = 0
    for f in files:
        lab = labels[f]
        m = email.message_from_bytes(open(os.path.join(OUT, f), 'rb').read())
        txt = decoded_text(m)
        norm = {'AWS' + x for x in re.findall(r'(?i)\baws[\s_-]?(\d{8})\b', txt)}
        msgs = []
        if lab['kind'] not in KINDS:
            msgs.append('bad kind')
        for a in lab['account_ids']:
            if a not in norm:
                msgs.append('account id %s not in text' % a)
        if lab['account_ids'] != sorted(set(lab['account_ids'])):
            msgs.append('ids not sorted/unique')
        if lab['case_id']:
            if lab['case_id'] not in re.sub(r'(?<=\d)[ -](?=\d)', '', txt):
                msgs.append('case id not in text')
            if len(lab['case_id']) == 15:
                from email.utils import parsedate_to_datetime
                t0 = int(lab['case_id'][:10])
                sent = parsedate_to_datetime(m['Date']).timestamp()
                if not (0 <= sent - t0 < 90 * 86400):
                    msgs.append('15-digit case id time %d vs Date %d' % (t0, sent))
        if expected_sv(m) != lab['sender_verified']:
            msgs.append('sender_verified %r, header says %r' % (lab['sender_verified'], expected_sv(m)))
        if msgs:
            problems += 1
            print(f, '; '.join(msgs))
    from collections import Counter
    print('checked', len(files), 'files,', problems, 'with problems')
    print(dict(Counter(v['kind'] for v in labels.values())))


# ================================================================== output
def main():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    for fname, raw, _ in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
    print('wrote', len(MAILS), 'mails')
    check()


if __name__ == '__main__':
    main()
