#!/usr/bin/env python3
"""Generate blind set 178: a busy developer's inbox over six weeks (Apr-May 2025)."""
import base64, quopri, json, os, random, datetime, uuid, io
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.generator import BytesGenerator
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(178)
LABELS = {}
JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))

# ---- people / ids -------------------------------------------------------
GMAIL = 'takumi.mori.dev@gmail.com'
WORK = 't.mori@hoshizora-tech.co.jp'
NIFTY = 'mori-takumi@nifty.com'
SELF = 'takumi@mori.dev'
CASE_A = '174459262107731'   # form case, opened 2025-04-14 01:03:41Z
CASE_D = '174489770201958'   # duplicate form case, 2025-04-17 13:48:22Z
CASE_C = '174667037704412'   # console case (ja), 2025-05-08 02:12:57Z
CASE_Q = '174418081200267'   # quota case, 2025-04-09 06:40:12Z
CASE_J = '174702786803150'   # billing case (ja), 2025-05-12 05:31:08Z

# ---- random helpers -------------------------------------------------------
def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def ralnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))

def foldtok(s, first=40, width=70, indent='\t '):
    """fold a long token (b= values) into continuation lines"""
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)

def dt(s, tz=UTC):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)

def hdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)

def gdate(d):
    """Gmail-style Received date in Pacific time"""
    return format_datetime(d.astimezone(PDT)) + ' (PDT)'

def ses_id(d, region=None):
    ms = int(d.timestamp() * 1000) - R.randint(300, 2500)
    base = '01%s' % ('000' + format(ms, 'x'))
    mid = '%s-%s-000000' % (base, uuid.UUID(int=R.getrandbits(128)))
    return mid

def enc_subject(s, charset='utf-8', width=76):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, maxlinelen=width, header_name='Subject').encode(linesep='\n')

def enc_name(name, addr, charset='utf-8'):
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ',.:;()') else '%s <%s>' % (name, addr)
    return '%s <%s>' % (Header(name, charset).encode(), addr)

# ---- MIME parts -----------------------------------------------------------
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    label = label or charset
    codec = codec or charset
    raw = text.encode(codec)
    p = MIMENonMultipart('text', subtype, charset=label)
    del p['MIME-Version']
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p

def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10000000, 99999999), R.randint(10**12, 10**13))))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def mixed(*parts, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary or ('=_mixed_%s' % rhex(24)))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def related(*parts):
    m = MIMEMultipart('related', boundary='rel_%s' % rhex(20))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def attachment(data, maintype, subtype, filename, cid=None):
    p = MIMENonMultipart(maintype, subtype, name=filename)
    del p['MIME-Version']
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    if cid:
        p['Content-ID'] = '<%s>' % cid
        p['Content-Disposition'] = 'inline; filename="%s"' % filename
    else:
        p['Content-Disposition'] = 'attachment; filename="%s"' % filename
    return p

def html_wrap(inner, title='', style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3"><table width="100%%" cellpadding="0" cellspacing="0" border="0" style="%s">'
            '<tr><td align="center"><table width="600" cellpadding="16" cellspacing="0" border="0" style="background:#ffffff">\n<tr><td>\n%s\n</td></tr></table></td></tr></table></body></html>\n') % (title, style, inner)

def p2html(text):
    """plain paragraphs -> simple html"""
    import html as _h
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % _h.escape(p).replace('\n', '<br />\n') for p in paras)

# ---- trace header builders -----------------------------------------------
def dkim(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    return foldtok('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s' % (
        c, s, d, int(t.timestamp()), h, rb64(32), rb64(256)), first=10**6)

def dkim_hdr(d, s, t, **kw):
    v = 'v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s' % (
        kw.get('c', 'relaxed/simple'), s, d, int(t.timestamp()),
        kw.get('h', 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'), rb64(32),
        foldtok(rb64(256), first=50, width=70, indent='\t '))
    return ('DKIM-Signature', v)

AMZ_SEL = 'rjgqbfpb7fwuvfmlifyyyq6uz5jlrs5j'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL2 = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'

def ses_ip():
    return R.choice(['54.240.8.%d', '54.240.9.%d', '54.240.27.%d', '54.240.48.%d', '23.251.226.%d']) % R.randint(2, 250)

def gmail_trace(to, env_from, helo, ip, t, ar_body, extra_mid=None):
    """Headers added by Gmail, topmost first. ar_body: text after 'mx.google.com;'"""
    r1 = t + datetime.timedelta(seconds=R.randint(1, 3))
    ar = 'mx.google.com;\n       ' + ar_body
    h = [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), ralnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789'), gdate(r1))),
        ('X-Google-Smtp-Source', 'AGHT+I' + ralnum(80)),
        ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
            rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), ralnum(18, 'abcdefghijklmnopqrstuvwxyz0123456789'), rhex(16), R.randint(10, 99), R.randint(1700000000000, 1760000000000) % 10**13, gdate(r1))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(t.timestamp()), foldtok(rb64(256), first=60, width=70, indent='         '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
            rb64(32), rb64(32), foldtok(rb64(256), first=60, width=70, indent='         '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % env_from),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, rhex(16), ralnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'), R.randint(10, 99), R.randint(1000, 9999), R.randint(10, 99), R.randint(10, 99), to, gdate(t))),
        ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (env_from, ip, ip)),
        ('Authentication-Results', ar),
    ]
    return h

def gmail_ar_aws(env_from, ip, from_dom='amazon.com'):
    return ('dkim=pass header.i=@%s header.s=%s header.b=%s;\n'
            '       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n'
            '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s') % (
        from_dom, AMZ_SEL, ralnum(8), SES_SEL, ralnum(8), env_from, ip, env_from, from_dom)

def outlook_trace(to, env_from_dom, helo, ip, t, ar, internal=False, spf='Pass'):
    """Exchange Online (hoshizora-tech.co.jp tenant), topmost first."""
    mbx = 'TYCPR01MB%d.jpnprd01.prod.outlook.com' % R.randint(1000, 9999)
    mbx2 = 'OS3PR01MB%d.jpnprd01.prod.outlook.com' % R.randint(1000, 9999)
    fe = 'TYZPR0%dCA00%d.apcprd0%d.prod.outlook.com' % (R.randint(1, 6), R.randint(10, 99), R.randint(1, 6))
    edge = 'OSA%sEPF0000%s.jpnprd01.prod.outlook.com' % (R.choice(['PE', 'PF']), rhex(4).upper())
    t1 = t + datetime.timedelta(seconds=R.randint(2, 6))
    t0 = t + datetime.timedelta(seconds=1)
    v6 = lambda: '2603:1096:%s:%s::%d' % (rhex(3), rhex(3), R.randint(1, 30))
    h = [
        ('Received', 'from %s (%s) by\n %s with HTTPS; %s' % (mbx, v6(), mbx2, hdate(t1, UTC))),
        ('Received', 'from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s' % (
            fe, v6(), mbx, v6(), R.randint(10, 40), hdate(t1, UTC))),
        ('Received', 'from %s\n (%s) by %s (%s) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8722.%d via Frontend Transport; %s' % (
            edge, v6(), fe, v6(), R.randint(10, 40), hdate(t0, UTC))),
    ]
    if not internal:
        h += [
            ('Authentication-Results', ar),
            ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (spf, env_from_dom, ip, ip, helo)),
            ('Received', 'from %s (%s) by\n %s (10.167.240.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend Transport; %s' % (
                helo, ip, edge, R.randint(2, 60), R.randint(10, 40), hdate(t, UTC))),
        ]
    return h

def outlook_tail(internal=False, scl=1):
    h = [('X-MS-Exchange-Organization-ExpirationStartTime', ''),
         ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))),
         ('X-MS-Exchange-Organization-AuthSource', 'OSA%sEPF0000%s.jpnprd01.prod.outlook.com' % (R.choice(['PE', 'PF']), rhex(4).upper())),
         ('X-MS-Exchange-Organization-AuthAs', 'Internal' if internal else 'Anonymous'),
         ('X-MS-Has-Attach', ''),
         ('X-MS-Exchange-Organization-SCL', str(-1 if internal else scl)),
         ('X-MS-Exchange-Transport-EndToEndLatency', '00:00:0%d.%07d' % (R.randint(1, 9), R.randint(0, 9999999)))]
    return [x for x in h if x[1] != '']

def outlook_ar_aws(ip, dom='amazon.com'):
    return ('spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n header.d=%s;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100') % (ip, dom, dom)

def ses_block(frm_dom, t, mid):
    """DKIM signatures for SES-sent mail (domain + amazonses.com) and Feedback-ID"""
    return [dkim_hdr(frm_dom, AMZ_SEL, t), dkim_hdr('amazonses.com', SES_SEL, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]

# ---- write -----------------------------------------------------------------
def emit(fname, body, top, main, label, tail=()):
    """top: trace headers (list, topmost first); main: From/To/... headers; tail: extra after MIME headers"""
    existing = list(body.items())
    for k in set(body.keys()):
        del body[k]
    for k, v in list(top) + list(main):
        body[k] = v
    if 'MIME-Version' not in body:
        body['MIME-Version'] = '1.0'
    for k, v in existing:
        if k != 'MIME-Version':
            body[k] = v
    for k, v in tail:
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32.clone(linesep='\r\n')).flatten(body)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(buf.getvalue())
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[fname] = {'kind': lab['kind'], 'case_id': lab.get('case_id'), 'account_ids': lab['account_ids'],
                     'sender_verified': lab.get('sender_verified'), 'language': lab.get('language', 'en')}

def L(kind, case_id=None, ids=(), sv=True, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': list(ids), 'sender_verified': sv, 'language': lang}

MAILS = []
def mail(fn):
    MAILS.append(fn)
    return fn

# ---- generic auth helpers --------------------------------------------------
def gmail_ar(dk_dom, sel, env_from, ip, from_dom, dmarc='pass', p='REJECT', dkim_res='pass', spf='pass', extra_dkim=None):
    s = 'dkim=%s header.i=@%s header.s=%s header.b=%s;\n' % (dkim_res, dk_dom, sel, ralnum(8))
    if extra_dkim:
        s += '       dkim=pass header.i=@%s header.s=%s header.b=%s;\n' % (extra_dkim[0], extra_dkim[1], ralnum(8))
    if spf == 'pass':
        s += '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n' % (env_from, ip, env_from)
    else:
        s += '       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n' % (spf, env_from, ip, env_from)
    s += '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, p, p, 'NONE' if dmarc == 'pass' else ('QUARANTINE' if p == 'QUARANTINE' else 'REJECT' if p == 'REJECT' else 'NONE'), from_dom)
    return s

def nifty_trace(to, env_from, helo, ip, t, ar):
    tj = t.astimezone(JST)
    return [
        ('Return-Path', '<%s>' % env_from),
        ('Delivered-To', to),
        ('Received', 'from mx%d.nifty.com (mx%d.nifty.com [106.153.227.%d])\n\tby mbox%d.nifty.com with LMTP id %s\n\tfor <%s>; %s' % (
            R.randint(1, 8), R.randint(1, 8), R.randint(10, 90), R.randint(10, 99), ralnum(22), to, hdate(tj + datetime.timedelta(seconds=2)))),
        ('Authentication-Results', 'nifty.com; ' + ar),
        ('Received', 'from %s (%s [%s])\n\tby mx%d.nifty.com with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, R.randint(1, 8), ralnum(16), to, hdate(tj + datetime.timedelta(seconds=1)))),
    ]

def plain_footer_console(case):
    return ('We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n'
            'Best regards,\n%s\nAmazon Web Services\n\n'
            '======================================================\n\n'
            'To see all the correspondence on this case, or to contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=' + case + '&language=en\n\n'
            '(Sign in is required to access your case.)\n\n'
            'Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
            'To contact us again about the same issue, please use the link above.\n\n'
            '======================================================\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n')

# ===========================================================================
@mail
def m001():
    t = dt('2025-04-07 02:14:09')
    ip = '192.30.252.%d' % R.randint(200, 210)
    env = 'noreply@github.com'
    top = gmail_trace(GMAIL, env, 'out-%d.smtp.github.com' % R.randint(20, 28), ip, t,
                      gmail_ar('github.com', 'pf2023', env, ip, 'github.com'))
    top.append(dkim_hdr('github.com', 'pf2023', t, c='relaxed/relaxed', h='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-Unsubscribe:From'))
    main = [('Date', hdate(t - datetime.timedelta(seconds=2), UTC).replace('+0000', '-0700') if False else 'Sun, 06 Apr 2025 19:14:07 -0700'),
            ('From', 'Yuki Hamada <notifications@github.com>'),
            ('Reply-To', 'hoshizora-tech/billing-api <reply+AAQ3K2F7ZK6W%s@reply.github.com>' % ralnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
            ('To', 'hoshizora-tech/billing-api <billing-api@noreply.github.com>'),
            ('Cc', 'Takumi Mori <%s>, Author <author@noreply.github.com>' % GMAIL),
            ('Message-ID', '<hoshizora-tech/billing-api/pull/412/issue_event/17381920544@github.com>'),
            ('In-Reply-To', '<hoshizora-tech/billing-api/pull/412@github.com>'),
            ('References', '<hoshizora-tech/billing-api/pull/412@github.com>'),
            ('Subject', 'Re: [hoshizora-tech/billing-api] Merge duplicate customer accounts on\n import (PR #412)'),
            ('List-ID', 'hoshizora-tech/billing-api <billing-api.hoshizora-tech.github.com>'),
            ('List-Archive', 'https://github.com/hoshizora-tech/billing-api'),
            ('List-Unsubscribe', '<mailto:unsub+AAQ3K2F7ZK6W@reply.github.com>,\n <https://github.com/notifications/unsubscribe/AAQ3K2F7ZK6W>'),
            ('X-GitHub-Sender', 'yhamada-hz'),
            ('X-GitHub-Recipient', 'tmori-dev'),
            ('X-GitHub-Reason', 'author'),
            ('X-GitHub-Notify-Platform', 'newsies'),
            ('Precedence', 'list'),
            ('X-Auto-Response-Suppress', 'All')]
    txt = ('Merged #412 into main.\n\n'
           '\u2014\nReply to this email directly, view it on GitHub:\n'
           'https://github.com/hoshizora-tech/billing-api/pull/412#event-17381920544\n'
           'You are receiving this because you authored the thread.\n\n'
           'Message ID: <hoshizora-tech/billing-api/pull/412/issue_event/17381920544@github.com>\n')
    html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hoshizora-tech/billing-api/pull/412">#412</a> into main.</p>\n\n'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
            '<a href="https://github.com/hoshizora-tech/billing-api/pull/412#event-17381920544">view it on GitHub</a>, or '
            '<a href="https://github.com/notifications/unsubscribe-auth/AAQ3K2F7ZK6W">unsubscribe</a>.<br />You are receiving this because you authored the thread.'
            '<img src="https://github.com/notifications/beacon/AAQ3K2F7ZK6W.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">'
            'Message ID: <span>&lt;hoshizora-tech/billing-api/pull/412/issue_event/17381920544@github.com&gt;</span></span></p>\n')
    body = alt(part(txt, cte='7bit' if False else 'quoted-printable'), part(html, 'html', cte='quoted-printable'),
               boundary='--==_mimepart_67f3372f5a1b2_%d' % R.randint(100000, 999999))
    emit('001-github-pr-merged.eml', body, top, main, L('unrelated', sv=False))

@mail
def m002():
    t = dt('2025-04-07 09:30:15')
    ip = '52.69.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'bounce-%s@mail.connpass.com' % rhex(12)
    top = nifty_trace(NIFTY, env, 'mail.connpass.com', ip, t,
                      'spf=pass smtp.mailfrom=mail.connpass.com;\n\tdkim=pass header.d=connpass.com header.s=s1 header.b=%s;\n\tdmarc=pass header.from=connpass.com' % ralnum(8))
    top.append(dkim_hdr('connpass.com', 's1', t, c='relaxed/relaxed'))
    main = [('From', 'connpass <no-reply@connpass.com>'),
            ('To', NIFTY),
            ('Subject', enc_subject('【connpass】JAWS-UG東京 ランチタイムLT会 #58 が公開されました')),
            ('Date', hdate(t, JST)),
            ('Message-ID', '<%s.%d@connpass.com>' % (rhex(32), R.randint(10**9, 10**10))),
            ('List-Unsubscribe', '<https://connpass.com/settings/>')]
    txt = ('森 拓海 さん\n\n'
           'あなたがメンバーになっているグループ「JAWS-UG 東京支部」で新しいイベントが公開されました。\n\n'
           '■ JAWS-UG東京 ランチタイムLT会 #58\n'
           '開催日時：2025/04/23（水） 12:00〜13:00\n'
           '会場：オンライン（YouTube Live）\n'
           '参加枠：LT枠 5人 / 一般枠 300人\n\n'
           'テーマは「AWS認定、取ってから何が変わった？」です。\n'
           '認定資格の更新（再認定）やアカウント管理のハマりどころなど、5分LTを募集しています。\n\n'
           'イベントの詳細・参加登録はこちら\n'
           'https://jawsug.connpass.com/event/351207/\n\n'
           '--\n'
           'このメールは connpass に登録されたメールアドレス宛に送信されています。\n'
           'メール配信の停止は https://connpass.com/settings/ から行えます。\n'
           'connpass 運営事務局（株式会社ビープラウド）\n')
    body = part(txt, cte='base64')
    emit('002-connpass-jawsug-lt.eml', body, top, main, L('unrelated', sv=False, lang='ja'))

@mail
def m003():
    t = dt('2025-04-08 00:12:33')
    ip = ses_ip()
    mid = ses_id(t)
    env = '%s@us-east-1.amazonses.com' % mid.split('@')[0]
    top = outlook_trace(WORK, 'us-east-1.amazonses.com', 'a48-%d.smtp-out.amazonses.com' % R.randint(10, 200), ip, t,
                        'spf=pass (sender IP is %s)\n smtp.mailfrom=us-east-1.amazonses.com; dkim=pass (signature was verified)\n header.d=amazonaws.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n header.from=budgets.amazonaws.com;compauth=pass reason=100' % ip)
    top += [dkim_hdr('amazonaws.com', 'wq3zhsqe7yeghopnshbgpdvtvcgqkv6n', t), dkim_hdr('amazonses.com', SES_SEL, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]
    main = [('From', 'AWS Budgets <no-reply@budgets.amazonaws.com>'),
            ('To', WORK),
            ('Subject', 'AWS Budgets: dev-sandbox-monthly has exceeded your alert threshold'),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s@email.amazonses.com>' % mid),
            ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % ralnum(43)),
            ('X-SES-Outgoing', '2025.04.08-%s' % ip)]
    txt = ('AWS Budget Notification April 08, 2025\n'
           'AWS Account 482016735190\n\n'
           'Dear AWS Customer,\n\n'
           'You requested that we alert you when the ACTUAL Cost associated with your dev-sandbox-monthly budget is greater than $400.00 for the current month. '
           'The ACTUAL Cost associated with this budget is $412.87. You can find additional details below and by accessing the AWS Budgets dashboard [1].\n\n'
           'Budget Name: dev-sandbox-monthly\n'
           'Budget Type: Cost\n'
           'Budgeted Amount: $500.00\n'
           'Alert Type: ACTUAL\n'
           'Alert Threshold: > $400.00\n'
           'ACTUAL Amount: $412.87\n\n'
           '[1] https://console.aws.amazon.com/billing/home#/budgets\n')
    html = html_wrap(p2html(txt).replace('[1] https://console.aws.amazon.com/billing/home#/budgets', '<a href="https://console.aws.amazon.com/billing/home#/budgets">Go to the AWS Budgets dashboard</a>'), 'AWS Budgets')
    body = alt(part(txt, charset='UTF-8', cte='7bit'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('003-aws-budgets-alert.eml', body, top, main, L('unrelated', sv=True), tail=outlook_tail())

@mail
def m004():
    t = dt('2025-04-09 06:40:19')
    ip = ses_ip()
    mid = ses_id(t)
    env = '%s@amazonses.com' % mid
    top = outlook_trace(WORK, 'amazonses.com', 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 90), ip, t, outlook_ar_aws(ip))
    top += ses_block('amazon.com', t, mid)
    main = [('From', '"Amazon Web Services" <no-reply-aws@amazon.com>'),
            ('To', WORK),
            ('Subject', 'Amazon Web Services: You have opened a new Support case: ' + CASE_Q),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s@email.amazonses.com>' % mid),
            ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % ralnum(43)),
            ('X-SES-Outgoing', '2025.04.09-%s' % ip)]
    txt = ('Dear Takumi Mori,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Limit Increase: EC2 Instances\n'
           'Severity: General guidance\n'
           'Correspondence: Service: EC2 Instances\n'
           'Region: Asia Pacific (Tokyo)\n'
           'Primary Instance Type: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances\n'
           'Limit name: Instance Limit\n'
           'New limit value: 256\n'
           '------------\n'
           'Use case description: Load test for the spring release of our billing API. We need to run up to 60 c7i.4xlarge instances for about two weeks.\n\n'
           'We will respond to your case as soon as possible. To see all the correspondence on this case, or to contact us again about this issue, please return to the AWS Support Center using the following URL:\n\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
           '(Sign in is required to access your case.)\n\n'
           'Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
           'To contact us again about the same issue, please use the link above.\n\n'
           'Best regards,\n\nAmazon Web Services\n\n'
           'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n') % (CASE_Q, CASE_Q, CASE_Q)
    body = part(txt, charset='UTF-8', cte='quoted-printable')
    emit('004-quota-case-opened.eml', body, top, main, L('unrelated', CASE_Q, sv=True), tail=outlook_tail())

@mail
def m005():
    t = dt('2025-04-09 11:52:40')
    ip = '185.214.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'bounce@mail.aws-accounts-verify.com'
    top = gmail_trace(GMAIL, env, 'mail.aws-accounts-verify.com', ip, t,
                      gmail_ar('aws-accounts-verify.com', 'default', env, ip, 'aws-accounts-verify.com', p='NONE'))
    top.append(dkim_hdr('aws-accounts-verify.com', 'default', t, c='relaxed/relaxed'))
    main = [('From', '"AWS Support Team" <support@aws-accounts-verify.com>'),
            ('To', GMAIL),
            ('Subject', '[Action Required] Your AWS account will be suspended within 24 hours'),
            ('Date', 'Wed, 9 Apr 2025 14:52:38 +0300'),
            ('Message-ID', '<%s@aws-accounts-verify.com>' % rhex(24)),
            ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    inner = ('<div style="font-family:Arial;font-size:14px"><img src="https://aws-accounts-verify.com/img/aws-logo.png" width="120" alt="aws"><br><br>'
             '<b>Dear Customer,</b><br><br>'
             'We were unable to validate the payment information associated with your Amazon Web Services account. '
             'Your account and all running resources <b>will be suspended within 24 hours</b> unless you verify your billing details.<br><br>'
             'Support Case Number: 5519027733<br><br>'
             '<a href="https://aws-accounts-verify.com/console/billing/verify?ref=ZW1haWw9dGFrdW1p" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;font-weight:bold">Verify Billing Information</a><br><br>'
             'If you have allready updated your information please ignore this message.<br><br>'
             'Sincerely,<br>Amazon Web Services Support Team<br><br>'
             '<span style="font-size:10px;color:#888">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</span></div>')
    body = part('<html><body>' + inner + '</body></html>\n', 'html', charset='utf-8', cte='base64')
    emit('005-phish-aws-suspension.eml', body, top, main, L('unrelated', '5519027733', sv=False))

@mail
def m006():
    t = dt('2025-04-10 03:22:51')
    ip = ses_ip()
    mid = ses_id(t)
    top = outlook_trace(WORK, 'amazonses.com', 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 90), ip, t, outlook_ar_aws(ip))
    top += ses_block('amazon.com', t, mid)
    main = [('From', '"Amazon Web Services" <no-reply-aws@amazon.com>'),
            ('To', WORK),
            ('Subject', 'RE:[CASE %s] Limit Increase: EC2 Instances' % CASE_Q),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s@email.amazonses.com>' % mid),
            ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % ralnum(43)),
            ('X-SES-Outgoing', '2025.04.10-%s' % ip)]
    txt = ('Hello,\n\n'
           'Thank you for submitting your limit increase request for Running On-Demand Standard instances in the Asia Pacific (Tokyo) region.\n\n'
           'I have reviewed your account and before I forward the request to the EC2 service team, could you please help me with the below:\n\n'
           '1. Do you need the increased value (256 vCPU) in ap-northeast-1 only, or should the same value also be applied to ap-northeast-3 (Osaka)?\n'
           '2. Is this a temporary increase for the load test, or do you expect to keep this capacity in production after the release?\n\n'
           'As soon as I hear back from you I will take it forward. Please reply via the Support Center link below, as this mailbox is not monitored.\n\n'
           + plain_footer_console(CASE_Q).replace('%s\nAmazon', 'Rahul S.\nAmazon'))
    html = html_wrap(p2html(txt), 'AWS Support')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('006-quota-case-reply.eml', body, top, main, L('unrelated', CASE_Q, sv=True), tail=outlook_tail())

@mail
def m007():
    t = dt('2025-04-11 16:05:02')
    ip = '167.89.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    top = outlook_trace(WORK, 'em.certmetrics.com', 'o%d.ptr%d.em.certmetrics.com' % (R.randint(1, 9), R.randint(1000, 9999)), ip, t,
                        'spf=pass (sender IP is %s)\n smtp.mailfrom=em.certmetrics.com; dkim=pass (signature was verified)\n header.d=certmetrics.com;dmarc=pass action=none\n header.from=certmetrics.com;compauth=pass reason=100' % ip)
    top.append(dkim_hdr('certmetrics.com', 's1', t, c='relaxed/relaxed', h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to'))
    main = [('From', '"AWS Certification" <do-not-reply@certmetrics.com>'),
            ('To', 'Takumi Mori <%s>' % WORK),
            ('Subject', 'AWS Certification wants to hear from you'),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s@geopod-ismtpd-%d>' % (ralnum(22), R.randint(1, 40))),
            ('X-SG-EID', ralnum(60)),
            ('X-Entity-ID', ralnum(22))]
    inner = ('<p>Hello Takumi Mori,</p>'
             '<p>Thank you for being part of the AWS Certification community. We are always looking for ways to improve the certification experience, '
             'and we would like to hear about yours.</p>'
             '<p>The survey takes about 10 minutes. Your responses are confidential and will only be used to improve AWS Certification programs.</p>'
             '<p style="text-align:center"><a href="https://www.certmetrics.com/amazon/survey.aspx?sid=%s" style="background:#ec7211;color:#fff;padding:12px 22px;text-decoration:none;border-radius:2px">Take the survey</a></p>'
             '<p>For your reference, this invitation was sent to the account with AWS Certification Candidate ID <b>AWS11873205</b>.</p>'
             '<p>Thank you,<br />AWS Training and Certification</p>'
             '<hr /><p style="font-size:11px;color:#687078">This message was sent from an unmonitored e-mail address. Please do not reply to this message. '
             'For questions, visit <a href="https://aws.amazon.com/certification/contact-us/">aws.amazon.com/certification/contact-us</a>.<br />'
             'Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109</p>') % rhex(32)
    body = part(html_wrap(inner, 'AWS Certification'), 'html', charset='utf-8', cte='quoted-printable')
    emit('007-certmetrics-survey-invite.eml', body, top, main, L('unrelated', None, ['AWS11873205'], sv=False), tail=outlook_tail())

@mail
def m008():
    t = dt('2025-04-12 13:00:44')
    ip = '198.2.%d.%d' % (R.randint(128, 191), R.randint(1, 254))
    env = 'bounce-mc.us21_%d.%d-%s@mail%d.suw%d.mcdlv.net' % (R.randint(10**7, 10**8), R.randint(10**6, 10**7), GMAIL.replace('@', '='), R.randint(10, 99), R.randint(10, 99))
    top = gmail_trace(GMAIL, env, 'mail%d.suw%d.mcdlv.net' % (R.randint(10, 99), R.randint(10, 99)), ip, t,
                      gmail_ar('serverlessdispatch.io', 'k2', env, ip, 'serverlessdispatch.io', p='NONE', extra_dkim=('mailchimpapp.net', 'k3')))
    top += [dkim_hdr('serverlessdispatch.io', 'k2', t, c='relaxed/relaxed', h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version'),
            dkim_hdr('mailchimpapp.net', 'k3', t, c='relaxed/relaxed', h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version')]
    main = [('Subject', 'Serverless Dispatch #212: Lambda cold starts, merge queues, and a certification tip'),
            ('From', 'Serverless Dispatch <hello@serverlessdispatch.io>'),
            ('Reply-To', 'Serverless Dispatch <hello@serverlessdispatch.io>'),
            ('To', '<%s>' % GMAIL),
            ('Date', 'Sat, 12 Apr 2025 13:00:42 +0000'),
            ('Message-ID', '<%s.%s@mail%d.suw%d.mcdlv.net>' % (rhex(20), rhex(10), R.randint(10, 99), R.randint(10, 99))),
            ('List-ID', '%s mailchimp list <%s.%d.list-id.mcsv.net>' % (rhex(25), rhex(25), R.randint(100000, 999999))),
            ('List-Unsubscribe', '<https://serverlessdispatch.us21.list-manage.com/unsubscribe?u=%s&id=%s>' % (rhex(25), rhex(10))),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
            ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % rhex(20)),
            ('X-Campaign', 'mailchimp%s.%s' % (rhex(25), rhex(10))),
            ('Precedence', 'bulk')]
    txt = ('** Serverless Dispatch #212\n'
           '------------------------------------------------------------\n\n'
           'Hi friends,\n\n'
           'Short one this week, I was on a plane for most of it.\n\n'
           '** Lambda cold starts, measured again\n'
           'Someone finally re-ran the famous cold start benchmark with SnapStart for Python. Spoiler: it helps a lot if you import pandas at module level (please don\'t).\n'
           'https://serverlessdispatch.io/r/212-1\n\n'
           '** GitHub merge queues in a monorepo\n'
           'A good write-up on how a team of 40 merged 300 PRs a week without breaking main.\n'
           'https://serverlessdispatch.io/r/212-2\n\n'
           '** Reader tip: two AWS Certification accounts?\n'
           'Several of you wrote in that you ended up with a second certification account after changing jobs. '
           'Support can combine them; the reader who sent this said it took about a week and a couple of e-mails back and forth. '
           'Make a note of both candidate IDs before you open the case.\n\n'
           '** Job board\n'
           '- Platform engineer (remote, EU time zones)\n'
           '- Senior backend engineer, Go + DynamoDB (Tokyo or remote)\n\n'
           'See you next week,\nMarta\n\n'
           '============================================================\n'
           'You are receiving this because you subscribed at serverlessdispatch.io.\n'
           'Unsubscribe: https://serverlessdispatch.us21.list-manage.com/unsubscribe\n'
           'Serverless Dispatch, Calle de Alcala 123, Madrid 28009, Spain\n')
    html = html_wrap(p2html(txt).replace('** ', ''), 'Serverless Dispatch #212', style='font-family:Georgia,serif;font-size:16px;color:#222')
    body = alt(part(txt, charset='utf-8', cte='quoted-printable'), part(html, 'html', charset='utf-8', cte='quoted-printable'),
               boundary='_----------=_MCPart_%d' % R.randint(10**8, 10**9))
    emit('008-newsletter-serverless-dispatch.eml', body, top, main, L('unrelated', sv=False))

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'

def aws_gmail(t, to=GMAIL):
    ip = ses_ip()
    mid = ses_id(t)
    env = '%s@amazonses.com' % mid
    top = gmail_trace(to, env, 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 90), ip, t, gmail_ar_aws(env, ip))
    top += ses_block('amazon.com', t, mid)
    return top, mid, ip

def aws_outlook(t, to=WORK):
    ip = ses_ip()
    mid = ses_id(t)
    top = outlook_trace(to, 'amazonses.com', 'a27-%d.smtp-out.us-west-2.amazonses.com' % R.randint(10, 200), ip, t, outlook_ar_aws(ip))
    top += ses_block('amazon.com', t, mid)
    return top, mid, ip

def ses_main(frm, to, subject, t, mid, ip):
    return [('From', frm), ('To', to), ('Subject', subject), ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s@email.amazonses.com>' % mid),
            ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % ralnum(43)),
            ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), ip))]

FORM_SUBMISSION_A = ('Inquiry type: AWS Training and Certification\n'
                     'Inquiry detail: Account Merge\n'
                     'Name: Takumi Mori\n'
                     'AWS candidate ID: AWS20958814\n'
                     'Description: Hello, I have three AWS Certification accounts because I registered with different e-mail addresses over the years '
                     '(an old private address, my work address and my current private address). I would like to merge them into one account. The other candidate IDs are AWS04417382 and AWS11873205. '
                     'I would prefer to keep AWS20958814.\n')

@mail
def m009():
    t = dt('2025-04-14 01:03:44')
    top, mid, ip = aws_gmail(t)
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
    main = ses_main(FORM_FROM, GMAIL, subj, t, mid, ip)
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification Customer Support. This is an automated message to let you know that we have received your request. '
           'Your case number is %s.\n\n'
           'A member of our team will review your inquiry and get back to you, generally within 24 hours. '
           'If you need to add information, simply reply to this e-mail and keep the case number in the subject line. '
           'Please do not submit a new form for the same request, as duplicate cases can delay our response.\n\n'
           'Here is a copy of your submission:\n\n%s\n'
           'In the meantime, you may find answers to common questions in the AWS Certification FAQs: https://aws.amazon.com/certification/faqs/\n\n'
           'Regards,\n'
           'AWS Training and Certification Customer Support\n'
           'Amazon Web Services\n\n'
           'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n') % (CASE_A, FORM_SUBMISSION_A)
    html = html_wrap(p2html(txt), 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('009-form-case-acknowledgement.eml', body, top, main,
         L('case_created', CASE_A, ['AWS20958814', 'AWS04417382', 'AWS11873205'], sv=True))

@mail
def m010():
    t = dt('2025-04-14 01:31:17')
    ip = ses_ip()
    mid = ses_id(t)
    env = '%s@us-east-1.amazonses.com' % mid
    top = gmail_trace(GMAIL, env, 'a48-%d.smtp-out.amazonses.com' % R.randint(10, 200), ip, t,
                      gmail_ar('signin.aws', 'ydhtsaobyzgcfmjwuthzqqtgfkzhbx2q', env, ip, 'signin.aws', p='QUARANTINE', extra_dkim=('amazonses.com', SES_SEL)))
    top += [dkim_hdr('signin.aws', 'ydhtsaobyzgcfmjwuthzqqtgfkzhbx2q', t), dkim_hdr('amazonses.com', SES_SEL, t)]
    main = ses_main('AWS <no-reply@signin.aws>', GMAIL, 'Verify your AWS Builder ID email address', t, mid, ip)
    code = '739164'
    txt = ('AWS Builder ID\n\n'
           'Verify your AWS Builder ID email address\n\n'
           'Thank you for creating an AWS Builder ID. To finish, enter this verification code in the browser window where you started creating your AWS Builder ID.\n\n'
           'Verification code: %s\n\n'
           'This code expires 30 minutes after it was sent.\n\n'
           'If you did not try to create an AWS Builder ID, you can safely ignore this e-mail.\n\n'
           'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n') % code
    inner = ('<h2 style="font-weight:normal">Verify your AWS Builder ID email address</h2>'
             '<p>Thank you for creating an AWS Builder ID. To finish, enter this verification code in the browser window where you started creating your AWS Builder ID.</p>'
             '<p style="font-size:12px;color:#545b64">Verification code</p><p style="font-size:32px;font-weight:bold;letter-spacing:4px">%s</p>'
             '<p>This code expires 30 minutes after it was sent.</p><p>If you did not try to create an AWS Builder ID, you can safely ignore this e-mail.</p>') % code
    body = alt(part(txt, charset='UTF-8', cte='7bit'), part(html_wrap(inner, 'AWS Builder ID'), 'html', charset='UTF-8', cte='quoted-printable'))
    emit('010-builder-id-verification-code.eml', body, top, main, L('unrelated', sv=True))

@mail
def m011():
    t = dt('2025-04-15 05:47:12')
    top, mid, ip = aws_gmail(t)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
    main = ses_main(FORM_FROM, GMAIL, subj, t, mid, ip)
    txt = ('Hello Takumi,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'Thank you for reaching out to us. I understand that you would like to have your certification accounts combined into one single account, '
           'and I will be glad to assist you on this.\n\n'
           'In order to proceed further, kindly help us with the below details:\n\n'
           '1. The login e-mail address and the notification e-mail address for each of the candidate IDs mentioned in your request (AWS-04417382, AWS-11873205 and AWS-20958814).\n'
           '2. Please confirm which of the above accounts you wish to keep as your primary account. Kindly note that the other account(s) will be deactivated after the process.\n'
           '3. If the name registered on the accounts is different (for example, romanized differently), please let us know the name as it should appear on your certificates.\n\n'
           'Once we receive the above information, we will review the accounts and get back to you with the next steps.\n\n'
           'Please reply to this e-mail directly and do not create a new case for the same request, as it may cause delay in resolution.\n\n'
           'Have a great day ahead!\n\n'
           'Regards,\n'
           'Priya K.\n'
           'AWS Training and Certification Customer Support\n'
           'Amazon Web Services\n\n'
           '---------- Original Message ----------\n'
           'From: Takumi Mori <%s>\n'
           'Sent: 4/14/2025 1:03 AM\n'
           'Subject: [AWS Training and Certification Form Submission] - account-assistance\n\n'
           '%s') % (GMAIL, FORM_SUBMISSION_A)
    html_txt = txt.split('---------- Original Message')[0]
    html = html_wrap(p2html(html_txt) + '<div style="border-top:1px solid #ccc;color:#555">' + p2html('---------- Original Message ----------\n' + txt.split('---------- Original Message ----------\n')[1]) + '</div>', 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='base64'))
    emit('011-agent-asks-login-emails.eml', body, top, main,
         L('support_reply', CASE_A, ['AWS04417382', 'AWS11873205', 'AWS20958814'], sv=True))

@mail
def m012():
    t = dt('2025-04-15 08:19:55')
    ip = '192.237.%d.%d' % (R.randint(158, 159), R.randint(1, 254))
    top = outlook_trace(WORK, 'mg.gitlab.com', 'mail-%d.mg.gitlab.com' % R.randint(100, 250), ip, t,
                        'spf=pass (sender IP is %s)\n smtp.mailfrom=mg.gitlab.com; dkim=pass (signature was verified)\n header.d=gitlab.com;dmarc=pass action=none header.from=gitlab.com;compauth=pass\n reason=100' % ip)
    top.append(dkim_hdr('gitlab.com', 'mailo', t, c='relaxed/relaxed', h='Content-Transfer-Encoding:Content-Type:MIME-Version:List-Unsubscribe:Subject:Subject:References:In-Reply-To:Reply-To:Message-ID:To:From:Date:Sender:Sender'))
    main = [('Date', 'Tue, 15 Apr 2025 08:19:52 +0000'),
            ('From', 'Daichi Ono <gitlab@mg.gitlab.com>'),
            ('Reply-To', 'GitLab <reply+%s@mg.gitlab.com>' % rhex(32)),
            ('To', 'Takumi Mori <%s>' % WORK),
            ('Message-ID', '<merge_request_289177734@gitlab.com>' if False else '<%s_%d@gitlab.com>' % (rhex(10), R.randint(10**8, 10**9))),
            ('In-Reply-To', '<merge_request_289177734@gitlab.com>'),
            ('References', '<reply-%s@gitlab.com> <merge_request_289177734@gitlab.com>' % rhex(32)),
            ('Subject', 'Re: infra | chore(terraform): consolidate IAM roles for CI runners (!87)'),
            ('X-GitLab-Project', 'infra'),
            ('X-GitLab-Project-Path', 'hoshizora-tech/platform/infra'),
            ('X-GitLab-MergeRequest-ID', '289177734'),
            ('X-GitLab-MergeRequest-IID', '87'),
            ('X-GitLab-NotificationReason', 'assigned'),
            ('List-Id', 'hoshizora-tech/platform/infra | <%d.infra.hoshizora-tech.gitlab.com>' % R.randint(10**7, 10**8)),
            ('List-Unsubscribe', '<https://gitlab.com/-/sent_notifications/%s/unsubscribe>' % rhex(32)),
            ('X-Auto-Response-Suppress', 'All')]
    txt = ('Merge request !87 was merged\n'
           'Merge request URL: https://gitlab.com/hoshizora-tech/platform/infra/-/merge_requests/87\n'
           'Project:Branches: hoshizora-tech/platform/infra:tmori/ci-iam to hoshizora-tech/platform/infra:main\n'
           'Author: Takumi Mori\n'
           'Assignee: Takumi Mori\n'
           'Reviewer: Daichi Ono\n\n'
           '-- \n'
           'Reply to this email directly or view it on GitLab: https://gitlab.com/hoshizora-tech/platform/infra/-/merge_requests/87\n'
           'You\'re receiving this email because of your account on gitlab.com. Unsubscribe from this thread: https://gitlab.com/-/sent_notifications/%s/unsubscribe | Manage all notifications: https://gitlab.com/-/profile/notifications | Help: https://gitlab.com/help\n') % rhex(32)
    html = ('<!DOCTYPE html><html lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><title>GitLab</title></head><body>'
            '<div class="content"><p>Merge request <a href="https://gitlab.com/hoshizora-tech/platform/infra/-/merge_requests/87">!87</a> was merged</p>'
            '<p>Project:Branches: hoshizora-tech/platform/infra:tmori/ci-iam to hoshizora-tech/platform/infra:main</p>'
            '<div>Author: Takumi Mori</div><div>Assignee: Takumi Mori</div><div>Reviewer: Daichi Ono</div></div>'
            '<div class="footer" style="margin-top:10px;"><p>&mdash;<br>Reply to this email directly or <a href="https://gitlab.com/hoshizora-tech/platform/infra/-/merge_requests/87">view it on GitLab</a>.<br>'
            'You\'re receiving this email because of your account on gitlab.com.</p></div></body></html>\n')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'),
               boundary='--==_mimepart_%s_%d' % (rhex(13), R.randint(100000, 999999)))
    emit('012-gitlab-mr-merged.eml', body, top, main, L('unrelated', sv=False), tail=outlook_tail())

def credly_gmail(t, to=GMAIL):
    ip = '149.72.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'bounces+%d-%s-%s@em.credly.com' % (R.randint(10**6, 10**7), rhex(4), to.replace('@', '='))
    top = gmail_trace(to, env, 'o%d.ptr%d.em.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)), ip, t,
                      gmail_ar('credly.com', 's1', env, ip, 'credly.com', p='QUARANTINE', extra_dkim=('sendgrid.info', 'smtpapi')))
    top += [dkim_hdr('credly.com', 's1', t, c='relaxed/relaxed', h='content-type:from:mime-version:subject:reply-to:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to'),
            dkim_hdr('sendgrid.info', 'smtpapi', t, c='relaxed/relaxed', h='content-type:from:mime-version:subject:reply-to:list-unsubscribe:list-unsubscribe-post:to:cc')]
    return top

def credly_main(issuer, to, subject, t):
    return [('Date', hdate(t, UTC)),
            ('From', '%s via Credly <admin@credly.com>' % issuer),
            ('Reply-To', 'Credly Support <support@credly.com>'),
            ('To', to),
            ('Message-ID', '<%s@%s.mail>' % (rhex(40)[:24] + '_' + rhex(8), ralnum(10).lower())),
            ('Subject', subject),
            ('List-Unsubscribe', '<https://www.credly.com/notification_preferences/unsubscribe?token=%s>' % ralnum(40)),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
            ('X-SG-EID', ralnum(64)),
            ('X-Entity-ID', ralnum(22))]

def credly_html(headline, para, button, url, badge_img, issuer, extra=''):
    inner = ('<table width="100%%"><tr><td align="center"><img src="https://images.credly.com/images/%s/image.png" width="160" height="160" alt="%s" /></td></tr></table>'
             '<h1 style="font-size:22px;font-weight:600;text-align:center">%s</h1>'
             '<p style="text-align:center">%s</p>'
             '<p style="text-align:center"><a href="%s" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>%s'
             '<hr style="border:none;border-top:1px solid #e1e1e1" />'
             '<p style="font-size:11px;color:#6e6e6e;text-align:center">This message was sent by Credly on behalf of %s. '
             'Credly, a Pearson company, 100 S. Crockett St., Suite 300, Denver, CO 80202<br />'
             '<a href="https://www.credly.com/notification_preferences">Manage e-mail preferences</a> | <a href="https://www.credly.com/privacy">Privacy Policy</a></p>') % (
        badge_img, headline, headline, para, url, button, extra, issuer)
    return html_wrap(inner, 'Credly', style='font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333')

@mail
def m013():
    t = dt('2025-04-16 14:02:11')
    top = credly_gmail(t)
    main = credly_main('HashiCorp', GMAIL, 'Your HashiCorp Certified: Terraform Associate (003) badge expires in 30 days', t)
    txt = ('Hi Takumi,\n\n'
           'Your HashiCorp Certified: Terraform Associate (003) badge, issued by HashiCorp, will expire on May 16, 2025.\n\n'
           'After the expiration date, your badge will still be visible on your profile but will be marked as expired. '
           'To keep your credential current, visit HashiCorp to learn about recertification options.\n\n'
           'View badge: https://www.credly.com/badges/%s\n\n'
           'Credly, a Pearson company | 100 S. Crockett St., Suite 300, Denver, CO 80202\n'
           'Manage e-mail preferences: https://www.credly.com/notification_preferences\n') % str(uuid.UUID(int=R.getrandbits(128)))
    html = credly_html('Your badge expires soon', 'Your <b>HashiCorp Certified: Terraform Associate (003)</b> badge, issued by HashiCorp, will expire on May 16, 2025. Visit HashiCorp to learn about recertification options.',
                       'View Badge', 'https://www.credly.com/badges/' + str(uuid.UUID(int=R.getrandbits(128))), str(uuid.UUID(int=R.getrandbits(128))), 'HashiCorp')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('013-credly-expiry-reminder-hashicorp.eml', body, top, main, L('unrelated', sv=True))

@mail
def m014():
    t = dt('2025-04-16 09:41:27')
    top = outlook_trace(WORK, None, None, None, t, None, internal=True)
    main = [('From', enc_name('小野 大地', 'd.ono@hoshizora-tech.co.jp', 'iso-2022-jp')),
            ('To', enc_name('森 拓海', WORK, 'iso-2022-jp')),
            ('Subject', enc_subject('RE: 負荷試験環境のEC2上限緩和について', 'iso-2022-jp')),
            ('Thread-Topic', enc_subject('負荷試験環境のEC2上限緩和について', 'iso-2022-jp')),
            ('Thread-Index', 'AQHbrp' + ralnum(30) + '=='),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (R.randint(1000, 9999), ralnum(20).upper(), R.randint(1000, 9999))),
            ('References', '<TYCPR01MB5521A8C0B9D41E0F7A3B2C19D2B52@TYCPR01MB5521.jpnprd01.prod.outlook.com>'),
            ('In-Reply-To', '<TYCPR01MB5521A8C0B9D41E0F7A3B2C19D2B52@TYCPR01MB5521.jpnprd01.prod.outlook.com>'),
            ('Accept-Language', 'ja-JP, en-US'),
            ('Content-Language', 'ja-JP'),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Organization-AuthMechanism', '04'),
            ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB5521.jpnprd01.prod.outlook.com'),
            ('X-MS-Has-Attach', ''),
            ('X-MS-TNEF-Correlator', '')]
    txt = ('森さん\n\n'
           'お疲れさまです。小野です。\n\n'
           '上限緩和のケース、サポートから「大阪リージョンにも必要か」と聞かれている件、\n'
           '大阪は今回不要です。東京のみ 256 vCPU で回答してしまって大丈夫です。\n'
           '一時的な増枠か？という質問には「リリース後も当面維持」で。\n\n'
           'ところで、前に言っていたAWS認定のアカウントをまとめる件はどうなりました？\n'
           'うちの部署の資格一覧を更新したいので、終わったら新しい認定IDを教えてください。\n\n'
           '小野\n\n'
           '________________________________\n'
           '差出人: 森 拓海 <%s>\n'
           '送信日時: 2025年4月15日 18:02\n'
           '宛先: 小野 大地 <d.ono@hoshizora-tech.co.jp>\n'
           '件名: 負荷試験環境のEC2上限緩和について\n\n'
           '小野さん\n\n'
           'お疲れさまです。森です。\n'
           'EC2の上限緩和をサポートケースで申請したところ、以下2点を確認されました。\n'
           '1. 大阪リージョンにも同じ値が必要か\n'
           '2. 一時的な増枠か、本番でも維持するか\n'
           'どう回答するのがよいでしょうか。\n\n'
           '森\n') % WORK
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    emit('014-colleague-internal-ja.eml', body, top, main, L('unrelated', sv=None, lang='ja'))

def selfhost_trace(to, env_from, helo, ip, t):
    tj = t.astimezone(JST)
    return [('Return-Path', '<%s>' % env_from),
            ('X-Original-To', to),
            ('Delivered-To', to),
            ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.mori.dev (Postfix) with ESMTPS id 4Zd%s\n\tfor <%s>; %s (JST)' % (
                helo, helo, ip, ralnum(9), to, hdate(tj + datetime.timedelta(seconds=2))))]

FORM_SUBMISSION_D = ('Inquiry type: AWS Training and Certification\n'
                     'Inquiry detail: Account Merge\n'
                     'Name: Takumi Mori\n'
                     'AWS candidate ID: aws04417382\n'
                     'Description: I already sent a request on April 14 to merge my certification accounts but I have not received any answer yet. '
                     'Please merge aws04417382 and aws11873205 into aws20958814. Thank you.\n')

@mail
def m015():
    t = dt('2025-04-17 13:48:25')
    ip = ses_ip()
    mid = ses_id(t)
    top = selfhost_trace(SELF, mid + '@amazonses.com', 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 90), ip, t)
    top += ses_block('amazon.com', t, mid)
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_D
    main = ses_main(FORM_FROM, SELF, subj, t, mid, ip)
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification Customer Support. This is an automated message to let you know that we have received your request. '
           'Your case number is %s.\n\n'
           'A member of our team will review your inquiry and get back to you, generally within 24 hours. '
           'If you need to add information, simply reply to this e-mail and keep the case number in the subject line. '
           'Please do not submit a new form for the same request, as duplicate cases can delay our response.\n\n'
           'Here is a copy of your submission:\n\n%s\n'
           'Regards,\n'
           'AWS Training and Certification Customer Support\n'
           'Amazon Web Services\n') % (CASE_D, FORM_SUBMISSION_D)
    html = html_wrap(p2html(txt), 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='base64'), part(html, 'html', charset='UTF-8', cte='base64'))
    emit('015-duplicate-form-case-ack-noauth.eml', body, top, main,
         L('case_created', CASE_D, ['AWS04417382', 'AWS11873205', 'AWS20958814'], sv=None))

@mail
def m016():
    t = dt('2025-04-17 16:00:08')
    top, mid, ip = aws_gmail(t)
    main = ses_main('"AWS re:Invent" <aws-reinvent@amazon.com>', GMAIL, 'Registration is now open for AWS re:Invent 2025', t, mid, ip)
    main.append(('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>' % ralnum(60)))
    txt = ('AWS re:Invent 2025 | December 1-5, 2025 | Las Vegas, NV\n\n'
           'Hi Takumi,\n\n'
           'Registration for AWS re:Invent 2025 is now open. Join builders from around the world for five days of keynotes, innovation talks, '
           'hands-on workshops, builder sessions and chalk talks.\n\n'
           'Register by June 30 to save $300 with the early pricing.\n'
           'Register now: https://reinvent.awsevents.com/register/\n\n'
           'AWS Certified? Visit the AWS Certification Lounge to recharge, pick up exclusive swag, and connect with other AWS Certified builders. '
           'You can also take a certification exam onsite at a 50% discount.\n\n'
           'See you in Las Vegas,\nThe AWS re:Invent team\n\n'
           'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. '
           'To unsubscribe from AWS event e-mails, visit https://pages.awscloud.com/communication-preferences\n')
    html = html_wrap('<img src="https://reinvent.awsevents.com/content/dam/reinvent/2025/header.png" width="568" alt="AWS re:Invent 2025" />' + p2html(txt), 'AWS re:Invent 2025')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('016-reinvent-registration-open.eml', body, top, main, L('unrelated', sv=True))

def quote_lines(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'

A11_TEXT = ('Hello Takumi,\n\n'
            'Greetings from AWS Training and Certification!\n\n'
            'Thank you for reaching out to us. I understand that you would like to have your certification accounts combined into one single account, '
            'and I will be glad to assist you on this.\n\n'
            'In order to proceed further, kindly help us with the below details:\n\n'
            '1. The login e-mail address and the notification e-mail address for each of the candidate IDs mentioned in your request (AWS-04417382, AWS-11873205 and AWS-20958814).\n'
            '2. Please confirm which of the above accounts you wish to keep as your primary account. Kindly note that the other account(s) will be deactivated after the process.\n'
            '3. If the name registered on the accounts is different, please let us know the name as it should appear on your certificates.\n\n'
            'Regards,\nPriya K.\nAWS Training and Certification Customer Support\nAmazon Web Services\n')

A17_NEW = ('Hello Takumi,\n\n'
       'I hope this e-mail finds you well.\n\n'
       'I am following up on my previous message, as we have not received a response from you yet. '
       'To move forward with your request we still need the information listed below (login and notification e-mail addresses, and the account you would like to keep).\n\n'
       'If we do not hear back from you within 3 business days, this case will be closed automatically. '
       'You can reopen it at any time by simply replying to this e-mail.\n\n'
       'Regards,\n'
       'Priya K.\n'
       'AWS Training and Certification Customer Support\n'
       'Amazon Web Services\n\n')
A17_OLD = ('From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
       'Sent: Tuesday, April 15, 2025 5:47 AM\n'
       'To: %s\n'
       'Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n' % (GMAIL, CASE_A)) + A11_TEXT

@mail
def m017():
    t = dt('2025-04-18 04:12:40')
    top, mid, ip = aws_gmail(t)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
    main = ses_main(FORM_FROM, GMAIL, subj, t, mid, ip)
    new, old = A17_NEW, A17_OLD
    txt = new + '________________________________\n' + old
    html = html_wrap(p2html(new) + '<hr />' + '<div style="color:#555">' + p2html(old) + '</div>', 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('017-agent-chaser-no-response.eml', body, top, main, L('support_reply', CASE_A, [], sv=True))

@mail
def m018():
    t = dt('2025-04-18 04:31:02')
    ip = ses_ip()
    mid = ses_id(t)
    top = selfhost_trace(SELF, mid + '@amazonses.com', 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 90), ip, t)
    top += ses_block('amazon.com', t, mid)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_D
    main = ses_main(FORM_FROM, SELF, subj, t, mid, ip)
    txt = ('Hello Takumi,\n\n'
           'Thank you for contacting AWS Training and Certification.\n\n'
           'I see that the same request is already being handled under case %s, which you opened on April 14. '
           'My colleague replied on that case on April 15 and sent a reminder today to %s, asking for a few details that we need before we can continue. '
           'It is possible that the message went to your spam or promotions folder.\n\n'
           'To avoid duplicate handling, we will resolve this case (%s) and continue working with you on the original one. '
           'Kindly reply to the e-mail you received for case %s with the requested information.\n\n'
           'We apologize for any inconvenience and thank you for your understanding.\n\n'
           'Best regards,\n'
           'Marco D.\n'
           'AWS Training and Certification Customer Support\n') % (CASE_A, GMAIL, CASE_D, CASE_A)
    body = part(txt, charset='UTF-8', cte='quoted-printable')
    emit('018-duplicate-case-redirect-noauth.eml', body, top, main, L('support_reply', CASE_D, [], sv=None))

@mail
def m019():
    t = dt('2025-04-18 04:33:51')
    ip = ses_ip()
    mid = ses_id(t)
    top = selfhost_trace(SELF, mid + '@amazonses.com', 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 90), ip, t)
    top += ses_block('amazon.com', t, mid)
    subj = '[CASE %s] Your case has been resolved' % CASE_D
    main = ses_main(FORM_FROM, SELF, subj, t, mid, ip)
    inner = ('<p>Hello,</p>'
             '<p>Your case <b>%s</b> has been marked as resolved.</p>'
             '<p>If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>'
             '<table cellpadding="8" style="border:1px solid #d5dbdb;width:100%%"><tr><td>'
             '<p style="font-weight:bold">Was your issue resolved?</p>'
             '<p><a href="https://survey.aws-tc-support.amazon.com/s/%s?case=%s&amp;r=1" style="background:#0073bb;color:#fff;padding:8px 18px;text-decoration:none">YES</a>&nbsp;&nbsp;'
             '<a href="https://survey.aws-tc-support.amazon.com/s/%s?case=%s&amp;r=0" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none">NO</a></p>'
             '<p>How would you rate the support you received? Your feedback helps us improve.</p>'
             '</td></tr></table>'
             '<p>Thank you,<br />AWS Training and Certification Customer Support</p>'
             '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>') % (CASE_D, rhex(16), CASE_D, rhex(16), CASE_D)
    body = part(html_wrap(inner, 'Case resolved'), 'html', charset='UTF-8', cte='quoted-printable')
    emit('019-duplicate-case-closed-survey-noauth.eml', body, top, main, L('survey', CASE_D, [], sv=None))

@mail
def m020():
    t = dt('2025-04-18 19:26:33')
    top, mid, ip = aws_gmail(t)
    main = ses_main('"Amazon Services" <seller-notification@amazon.com>', GMAIL, 'RE:[CASE 5884881212] Merge duplicate detail pages - ASIN B0CQ7R1XZD', t, mid, ip)
    txt = ('Hello,\n\n'
           'Thank you for contacting Amazon Selling Partner Support.\n\n'
           'I understand that you would like to merge two product detail pages (ASIN B0CQ7R1XZD and B0CQ7T88LM) that describe the same "Cloud Architect" sticker pack. '
           'I have forwarded your request to our catalog team, who will review whether the pages can be merged. '
           'Please allow 2 business days for them to complete the review. No further action is required from you at this time.\n\n'
           'If you have any other questions, please reply to this e-mail or contact us through Seller Central.\n\n'
           'We hope you found this answer helpful. Please help us improve Seller Central by rating this answer:\n'
           'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&rating=yes\n'
           'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&rating=no\n\n'
           'Thank you for selling on Amazon,\n'
           'Tomasz\n'
           'Amazon.com\n'
           'https://sellercentral.amazon.com\n')
    body = part(txt, charset='UTF-8', cte='quoted-printable')
    emit('020-seller-central-case-reply.eml', body, top, main, L('unrelated', '5884881212', [], sv=True))

@mail
def m021():
    t = dt('2025-04-19 02:44:09')
    ip = '45.89.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'noreply@aws-certification-support.com'
    top = gmail_trace(GMAIL, env, 'mx1.aws-certification-support.com', ip, t,
                      gmail_ar('aws-certification-support.com', 'mail', env, ip, 'aws-certification-support.com', p='NONE'))
    top.append(dkim_hdr('aws-certification-support.com', 'mail', t, c='relaxed/relaxed'))
    main = [('From', '"AWS Training and Certification" <noreply@aws-certification-support.com>'),
            ('To', GMAIL),
            ('Subject', 'Action required: confirm your AWS Certification account merge'),
            ('Date', 'Sat, 19 Apr 2025 02:44:05 +0000'),
            ('Message-ID', '<%s@aws-certification-support.com>' % ralnum(20)),
            ('X-Priority', '1 (Highest)')]
    txt = ('Dear Candidate,\n\n'
           'We have received a request to merge your AWS Certification accounts. Before we merge them, we need you to confirm the details below:\n\n'
           '   Account to be merged: AWS10293847\n'
           '   Account that will remain: AWS55820193\n\n'
           'After merging, the account AWS10293847 will be permanently closed and all certifications will be transferred. '
           'If you do not confirm within 48 hours, your request will be cancelled and your certification history may be lost.\n\n'
           'Confirm merge: https://aws-certification-support.com/merge/confirm?token=%s\n\n'
           'You will need to sign in with your CertMetrics username and password to confirm.\n\n'
           'Thank you,\n'
           'AWS Training and Certification Customer Support Team\n') % ralnum(32)
    html = ('<html><body style="font-family:Arial"><p><img src="https://aws-certification-support.com/logo.png" alt="AWS Training and Certification"></p>'
            + p2html(txt).replace('Confirm merge: https://aws-certification-support.com/merge/confirm?token=', '<a href="https://aws-certification-support.com/merge/confirm?token=">CONFIRM MERGE</a> ') + '</body></html>')
    body = alt(part(txt, charset='utf-8', cte='base64'), part(html, 'html', charset='utf-8', cte='base64'))
    emit('021-phish-merge-confirm-lookalike.eml', body, top, main,
         L('merge_confirmation_requested', None, ['AWS10293847', 'AWS55820193'], sv=False))

A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
USER_REPLY_418 = ('Hello Priya,\n\n'
                  'Sorry for the late reply, your e-mail went to my Promotions tab.\n\n'
                  '1.\n'
                  '- AWS04417382: login mori-takumi@nifty.com / notification mori-takumi@nifty.com\n'
                  '- AWS11873205: login t.mori@hoshizora-tech.co.jp / notification t.mori@hoshizora-tech.co.jp\n'
                  '- AWS20958814: login takumi.mori.dev@gmail.com / notification takumi.mori.dev@gmail.com\n'
                  '2. I want to keep AWS20958814.\n'
                  '3. The name is Takumi Mori on all of them.\n\n'
                  'I also opened another case by mistake yesterday, sorry about that.\n\n'
                  'Best regards,\nTakumi Mori\n')

@mail
def m022():
    t = dt('2025-04-21 06:18:33')
    top, mid, ip = aws_gmail(t)
    main = ses_main(FORM_FROM, GMAIL, A_SUBJ, t, mid, ip)
    new = ('Hello Takumi,\n\n'
           'Thank you for your reply and for sharing the details, no worries about the other case, it has already been closed.\n\n'
           'I have verified the information provided and forwarded your request to our internal Certification team for review, '
           'noting that you wish to keep AWS20958814 as your primary account. '
           'The team will check the exam history on each account; this can take 3-5 business days. '
           'We will update you on this case as soon as we hear back from them.\n\n'
           'Thank you for your patience.\n\n'
           'Regards,\n'
           'Aditya R.\n'
           'AWS Training and Certification Customer Support\n'
           'Amazon Web Services\n\n')
    hist = ('On Fri, Apr 18, 2025 at 11:20\u202fPM Takumi Mori <%s> wrote:\n' % GMAIL
            + quote_lines(USER_REPLY_418 + '\nOn Fri, Apr 18, 2025 at 1:12\u202fPM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
                          + quote_lines(A17_NEW + '________________________________\n' + A17_OLD)))
    txt = new + hist
    html = html_wrap(p2html(new) + '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + p2html(hist) + '</blockquote>', 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('022-agent-forwarded-to-cert-team.eml', body, top, main, L('support_reply', CASE_A, ['AWS20958814'], sv=True))

@mail
def m023():
    t = dt('2025-04-21 01:00:12')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('【AWS Summit Japan 2025】6月25日（水）・26日（木）幕張メッセで開催 ― 参加登録受付中')
    main = ses_main(enc_name('アマゾン ウェブ サービス ジャパン', 'aws-japan-marketing@amazon.com'), WORK, subj, t, mid, ip)
    main.append(('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>' % ralnum(60)))
    txt = ('森 拓海 様\n\n'
           'いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。\n\n'
           '日本最大の“AWS を学ぶイベント”「AWS Summit Japan 2025」を、2025年6月25日（水）・26日（木）の2日間、幕張メッセにて開催いたします。\n'
           '基調講演、150 を超えるセッション、AWS Expo、そして AWS 認定資格をお持ちの方向けの「AWS Certification Lounge」もご用意しております。\n\n'
           '▼ 参加登録（無料）はこちら\n'
           'https://aws.amazon.com/jp/summits/japan/\n\n'
           '※ 認定ラウンジへのご入場には、AWS 認定のデジタルバッジ（Credly）のご提示が必要です。\n\n'
           '皆様のご来場を心よりお待ちしております。\n\n'
           'アマゾン ウェブ サービス ジャパン合同会社\n'
           '〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア\n'
           '配信停止をご希望の場合は https://pages.awscloud.com/communication-preferences からお手続きください。\n')
    html = html_wrap('<img src="https://aws.amazon.com/jp/summits/japan/images/summit-2025-banner.png" width="568" alt="AWS Summit Japan 2025" />' + p2html(txt), 'AWS Summit Japan 2025',
                     style='font-family:Meiryo,Hiragino Sans,sans-serif;font-size:14px;color:#232f3e')
    body = alt(part(txt, charset='utf-8', cte='quoted-printable'), part(html, 'html', charset='utf-8', cte='quoted-printable'))
    emit('023-aws-summit-japan-invite.eml', body, top, main, L('unrelated', sv=True, lang='ja'), tail=outlook_tail())

@mail
def m024():
    t = dt('2025-04-22 00:30:05')
    ip = '54.64.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'bounce+%s@mail.qiita.com' % rhex(16)
    top = nifty_trace(NIFTY, env, 'mail.qiita.com', ip, t,
                      'spf=pass smtp.mailfrom=mail.qiita.com;\n\tdkim=pass header.d=qiita.com header.s=qiita header.b=%s;\n\tdmarc=pass header.from=qiita.com' % ralnum(8))
    top.append(dkim_hdr('qiita.com', 'qiita', t, c='relaxed/relaxed'))
    main = [('From', 'Qiita <noreply@qiita.com>'),
            ('To', NIFTY),
            ('Subject', enc_subject('Qiita 週間トレンド記事 - AWS / Terraform / 生成AI ほか', 'utf-8')),
            ('Date', hdate(t, JST)),
            ('Message-ID', '<%s@mail.qiita.com>' % str(uuid.UUID(int=R.getrandbits(128)))),
            ('List-Unsubscribe', '<https://qiita.com/settings/notifications>')]
    txt = ('今週のトレンド記事をお届けします。\n\n'
           '1. AWS認定のアカウントが3つあったので統合してもらった話（@sakura_infra）\n'
           '   https://qiita.com/sakura_infra/items/%s\n'
           '   転職のたびに別メールで受験していたら、認定アカウントが3つに。サポートへの問い合わせから統合完了まで約10日。\n\n'
           '2. Terraform 1.11 の ephemeral resources を本番で使ってみた（@tf_ninja）\n'
           '   https://qiita.com/tf_ninja/items/%s\n\n'
           '3. git merge と git rebase、結局どっちを使う？チームの運用ルールまとめ（@yamada_dev）\n'
           '   https://qiita.com/yamada_dev/items/%s\n\n'
           '4. Bedrock + Lambda で社内問い合わせボットを作った（@cloud_hiro）\n'
           '   https://qiita.com/cloud_hiro/items/%s\n\n'
           '--\n'
           'このメールは Qiita に登録されたメールアドレス宛に送信しています。\n'
           '配信設定の変更: https://qiita.com/settings/notifications\n'
           'Qiita株式会社\n') % (rhex(20), rhex(20), rhex(20), rhex(20))
    body = part(txt, charset='utf-8', cte='quoted-printable')
    emit('024-qiita-weekly-trend.eml', body, top, main, L('unrelated', sv=False, lang='ja'))

A25_TEXT = ('Hello Takumi,\n\n'
            'Thank you for your patience while our Certification team reviewed your accounts.\n\n'
            'Before we consolidate them, please review the details below carefully:\n\n'
            'Account(s) that will be combined and then deactivated:\n'
            '  - AWS04417382 (login: mori-takumi@nifty.com)\n'
            '  - AWS11873205 (login: t.mori@hoshizora-tech.co.jp)\n\n'
            'Account that will be retained (all certifications, exam history and benefits will be moved here):\n'
            '  - AWS20958814 (login: takumi.mori.dev@gmail.com)\n\n'
            'Please be aware that this action is permanent and cannot be reversed once it is completed. '
            'After the process you will only be able to sign in with the retained account.\n\n'
            'Kindly reply to this e-mail confirming that the above details are correct and that you would like us to go ahead. '
            'No changes will be made to your accounts until we receive your confirmation.\n\n'
            'Regards,\n'
            'Aditya R.\n'
            'AWS Training and Certification Customer Support\n'
            'Amazon Web Services\n')

@mail
def m025():
    t = dt('2025-04-23 04:02:51')
    top, mid, ip = aws_gmail(t)
    main = ses_main(FORM_FROM, GMAIL, A_SUBJ, t, mid, ip)
    html = html_wrap(p2html(A25_TEXT), 'AWS Training and Certification')
    body = alt(part(A25_TEXT, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('025-agent-asks-confirm-consolidation.eml', body, top, main,
         L('merge_confirmation_requested', CASE_A, ['AWS04417382', 'AWS11873205', 'AWS20958814'], sv=True))

@mail
def m026():
    t = dt('2025-04-23 09:07:40')
    ip = '192.30.252.%d' % R.randint(200, 210)
    env = 'noreply@github.com'
    top = gmail_trace(GMAIL, env, 'out-%d.smtp.github.com' % R.randint(20, 28), ip, t,
                      gmail_ar('github.com', 'pf2023', env, ip, 'github.com'))
    top.append(dkim_hdr('github.com', 'pf2023', t, c='relaxed/relaxed', h='Date:From:Reply-To:To:Cc:Subject:List-Unsubscribe:From'))
    main = [('Date', 'Wed, 23 Apr 2025 02:07:38 -0700'),
            ('From', '"dependabot[bot]" <notifications@github.com>'),
            ('Reply-To', 'hoshizora-tech/billing-api <reply+AAQ3K2%s@reply.github.com>' % ralnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
            ('To', 'hoshizora-tech/billing-api <billing-api@noreply.github.com>'),
            ('Cc', 'Subscribed <subscribed@noreply.github.com>'),
            ('Message-ID', '<hoshizora-tech/billing-api/pull/431@github.com>'),
            ('Subject', '[hoshizora-tech/billing-api] Bump jinja2 from 3.1.4 to 3.1.6 in /api (PR #431)'),
            ('List-ID', 'hoshizora-tech/billing-api <billing-api.hoshizora-tech.github.com>'),
            ('List-Unsubscribe', '<https://github.com/notifications/unsubscribe/AAQ3K2F7ZK6W>'),
            ('X-GitHub-Sender', 'dependabot[bot]'),
            ('X-GitHub-Reason', 'subscribed'),
            ('Precedence', 'list')]
    txt = ('Bumps [jinja2](https://github.com/pallets/jinja) from 3.1.4 to 3.1.6.\n'
           '<details>\n<summary>Release notes</summary>\n'
           '<p><em>Sourced from <a href="https://github.com/pallets/jinja/releases">jinja2\'s releases</a>.</em></p>\n'
           '<blockquote>\n<h2>3.1.6</h2>\n<p>This is the Jinja 3.1.6 security release, which fixes security issues but does not otherwise change behavior and should not result in breaking changes compared to the latest feature release.</p>\n</blockquote>\n</details>\n\n'
           '[![Dependabot compatibility score](https://dependabot-badges.githubapp.com/badges/compatibility_score?dependency-name=jinja2&package-manager=pip&previous-version=3.1.4&new-version=3.1.6)](https://docs.github.com/en/github/managing-security-vulnerabilities/about-dependabot-security-updates#about-compatibility-scores)\n\n'
           'Dependabot will resolve any conflicts with this PR as long as you don\'t alter it yourself. You can also trigger a rebase manually by commenting `@dependabot rebase`.\n\n'
           'You can view, comment on, or merge this pull request online at:\n\n'
           '  https://github.com/hoshizora-tech/billing-api/pull/431\n\n'
           '-- Commit Summary --\n\n  * Bump jinja2 from 3.1.4 to 3.1.6 in /api\n\n'
           '-- File Changes --\n\n    M api/requirements.txt (2)\n\n'
           '-- Patch Links --\n\nhttps://github.com/hoshizora-tech/billing-api/pull/431.patch\nhttps://github.com/hoshizora-tech/billing-api/pull/431.diff\n\n'
           '-- \nReply to this email directly or view it on GitHub:\nhttps://github.com/hoshizora-tech/billing-api/pull/431\n'
           'You are receiving this because you are subscribed to this thread.\n\n'
           'Message ID: <hoshizora-tech/billing-api/pull/431@github.com>\n')
    html = ('<p>Bumps <a href="https://github.com/pallets/jinja">jinja2</a> from 3.1.4 to 3.1.6.</p>\n'
            '<p>Dependabot will resolve any conflicts with this PR as long as you don\'t alter it yourself.</p>\n'
            '<hr>\n<h4>You can view, comment on, or merge this pull request online at:</h4>\n'
            '<p>&nbsp;&nbsp;<a href="https://github.com/hoshizora-tech/billing-api/pull/431">https://github.com/hoshizora-tech/billing-api/pull/431</a></p>\n'
            '<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-tech/billing-api/pull/431">view it on GitHub</a>.<br />You are receiving this because you are subscribed to this thread.</p>\n')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'),
               boundary='--==_mimepart_6808ad1a%s_%d' % (rhex(5), R.randint(100000, 999999)))
    emit('026-dependabot-bump-pr.eml', body, top, main, L('unrelated', sv=False))

@mail
def m027():
    t = dt('2025-04-24 02:36:10')
    top, mid, ip = aws_gmail(t)
    main = ses_main(FORM_FROM, GMAIL, A_SUBJ, t, mid, ip)
    new = ('Hello Takumi,\n\n'
           'Thank you for confirming.\n\n'
           'I have passed your confirmation on to the Certification team, and we will now proceed with combining aws04417382 and aws11873205 into aws20958814. '
           'This usually takes 2-3 business days.\n\n'
           'Once the merge is complete we will let you know by e-mail on this case. In the meantime, please avoid scheduling an exam on any of the three accounts.\n\n'
           'Regards,\n'
           'Aditya R.\n'
           'AWS Training and Certification Customer Support\n\n')
    user = ('Hello Aditya,\n\n'
            'The details are correct. Please proceed with the merge.\n\n'
            'Best regards,\nTakumi\n\n'
            'On Wed, Apr 23, 2025 at 1:02\u202fPM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
            + quote_lines(A25_TEXT))
    hist = 'On Wed, Apr 23, 2025 at 9:15\u202fPM Takumi Mori <%s> wrote:\n' % GMAIL + quote_lines(user)
    txt = new + hist
    html = html_wrap(p2html(new) + '<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + p2html(hist) + '</blockquote></div>', 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('027-agent-thanks-will-proceed.eml', body, top, main,
         L('support_reply', CASE_A, ['AWS04417382', 'AWS11873205', 'AWS20958814'], sv=True))

@mail
def m028():
    t = dt('2025-04-25 07:51:29')
    ip = '91.215.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'no-reply-aws@amazon.com'
    helo = 'vps-%d.hostsrv-eu.net' % R.randint(1000, 9999)
    top = gmail_trace(GMAIL, env, helo, ip, t,
                      gmail_ar('amazon.com', AMZ_SEL, env, ip, 'amazon.com', dmarc='fail', p='QUARANTINE', dkim_res='fail', spf='softfail'))
    # the Received-SPF added by gmail must say softfail
    top = [(k, ('softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;' % (env, ip, ip)) if k == 'Received-SPF' else v) for k, v in top]
    top += [('Authentication-Results', 'amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com'),
            ('Received', 'from email.amazonses.com (email-smtp.us-east-1.amazonaws.com [54.240.8.11])\n\tby smtp-out.amazon.com with ESMTP id %s; Fri, 25 Apr 2025 07:51:20 +0000' % ralnum(12)),
            dkim_hdr('amazon.com', AMZ_SEL, t)]
    fake_case = '174551873300219'
    main = [('From', '"Amazon Web Services" <no-reply-aws@amazon.com>'),
            ('To', GMAIL),
            ('Subject', 'RE:[CASE %s] Your AWS Certification accounts have been merged' % fake_case),
            ('Date', 'Fri, 25 Apr 2025 07:51:22 +0000'),
            ('Message-ID', '<0100019666%s-%s-000000@email.amazonses.com>' % (rhex(6), str(uuid.UUID(int=R.getrandbits(128))))),
            ('X-Mailer', 'Microsoft Outlook 16.0')]
    txt = ('Hello,\n\n'
           'We are pleased to inform you that the merge of your AWS Certification accounts (case %s) has been completed successfully. '
           'Your certifications and exam history are now available in your primary account.\n\n'
           'To finalize the transfer of your digital badges and your 50%% exam discount voucher, you must verify your identity within 24 hours. '
           'Unverified accounts will be suspended for security reasons.\n\n'
           'Verify now: http://aws-certmetrics-verification.com/signin?case=%s\n\n'
           'Thank you for choosing Amazon Web Services.\n\n'
           'Best regards,\n'
           'AWS Training and Certification\n') % (fake_case, fake_case)
    html = ('<html><body style="font-family:Arial;font-size:14px">' + p2html(txt).replace(
        'Verify now: http://aws-certmetrics-verification.com/signin?case=' + fake_case,
        '<a href="http://aws-certmetrics-verification.com/signin?case=%s" style="background:#ff9900;color:#111;padding:10px 16px;text-decoration:none">Verify now</a>' % fake_case)
        + '</body></html>')
    body = alt(part(txt, charset='windows-1252', cte='quoted-printable'), part(html, 'html', charset='windows-1252', cte='quoted-printable'))
    emit('028-phish-merge-completed-dmarc-fail.eml', body, top, main, L('merge_completed', fake_case, [], sv=False))

@mail
def m029():
    t = dt('2025-04-25 10:14:02')
    ip = '209.85.220.%d' % R.randint(41, 73)
    env = 'team@serverlessdays.tokyo'
    top = gmail_trace(GMAIL, env, 'mail-sor-f%d.google.com' % R.randint(41, 73), ip, t,
                      gmail_ar('serverlessdays.tokyo', 'google', env, ip, 'serverlessdays.tokyo', p='NONE'))
    top.append(dkim_hdr('serverlessdays.tokyo', 'google', t, c='relaxed/relaxed', h='to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to'))
    main = [('MIME-Version', '1.0'),
            ('From', 'Hana Kobayashi <team@serverlessdays.tokyo>'),
            ('Date', 'Fri, 25 Apr 2025 19:13:58 +0900'),
            ('Message-ID', '<CAJ%s@mail.gmail.com>' % ralnum(40)),
            ('Subject', 'Invitation to speak at ServerlessDays Tokyo 2025 (Sept 12)'),
            ('To', GMAIL)]
    txt = ('Hi Takumi,\n\n'
           'I hope you are doing well! I\'m Hana from the ServerlessDays Tokyo organizing team.\n\n'
           'We really enjoyed your JAWS-UG talk on DynamoDB single-table design last year, and we\'d love to invite you to give a 25-minute talk '
           'at ServerlessDays Tokyo 2025 on Friday, September 12, at Shibuya Stream Hall. Talks can be in Japanese or English.\n\n'
           'If you\'re interested, could you reply by May 16 with a tentative title? We cover travel within Japan and of course you get a speaker ticket + the speaker dinner.\n\n'
           'Looking forward to hearing from you!\n\n'
           'Best,\nHana Kobayashi\nServerlessDays Tokyo 2025 | https://serverlessdays.tokyo\n')
    html = '<div dir="ltr">' + p2html(txt).replace('<p>', '<div>').replace('</p>', '</div><div><br></div>') + '</div>\n'
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'),
               boundary='000000000000%s' % rhex(16))
    emit('029-conference-speaker-invite.eml', body, top, main, L('unrelated', sv=False))

@mail
def m030():
    t = dt('2025-04-28 07:40:15')
    top, mid, ip = aws_gmail(t)
    main = ses_main(FORM_FROM, GMAIL, A_SUBJ, t, mid, ip)
    txt = ('Hello Takumi,\n\n'
           'Good news! Our Certification team has completed the merge of your AWS Certification accounts.\n\n'
           'Your active account is now AWS 20958814 (takumi.mori.dev@gmail.com). All certifications, exam history and benefits from AWS 04417382 and AWS 11873205 '
           'have been moved to this account, and those two accounts have been deactivated.\n\n'
           'Next steps:\n'
           '- Sign in to your AWS Certification Account and check that all your certifications are listed under "Certifications".\n'
           '- Your digital badges will be transferred to the Credly account linked to your active account. Credly will send you an e-mail for each badge; please accept them.\n'
           '- Unused exam benefits, such as 50% discount vouchers, can be found under "Benefits".\n\n'
           'If anything looks wrong or is missing, simply reply to this e-mail.\n\n'
           'Regards,\n'
           'Aditya R.\n'
           'AWS Training and Certification Customer Support\n'
           'Amazon Web Services\n')
    html = html_wrap(p2html(txt), 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='base64'), part(html, 'html', charset='UTF-8', cte='base64'))
    emit('030-merge-completed.eml', body, top, main,
         L('merge_completed', CASE_A, ['AWS04417382', 'AWS11873205', 'AWS20958814'], sv=True))

@mail
def m031():
    t = dt('2025-04-28 07:58:47')
    top, mid, ip = aws_gmail(t)
    main = ses_main(FORM_FROM, GMAIL, '[CASE %s] Case closed - tell us about your experience' % CASE_A, t, mid, ip)
    stars = ''.join('<a href="https://survey.aws-tc-support.amazon.com/s/%s?case=%s&amp;score=%d" style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a>' % (rhex(16), CASE_A, i) for i in range(1, 6))
    inner = ('<p>Hello Takumi,</p>'
             '<p>We have closed your case <b>%s</b>. We hope we were able to help.</p>'
             '<p>Would you take a minute to tell us about your experience? Your feedback goes directly to the team and helps us improve.</p>'
             '<p><b>Was your issue resolved?</b><br />'
             '<a href="https://survey.aws-tc-support.amazon.com/s/%s?case=%s&amp;resolved=yes">Yes</a> &nbsp;|&nbsp; '
             '<a href="https://survey.aws-tc-support.amazon.com/s/%s?case=%s&amp;resolved=no">No</a></p>'
             '<p><b>How would you rate the agent who handled your case?</b><br />%s</p>'
             '<p>If your issue is not resolved, reply to this e-mail within 14 days to reopen the case.</p>'
             '<p>Thank you,<br />AWS Training and Certification Customer Support</p>'
             '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.<br />'
             'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>') % (CASE_A, rhex(16), CASE_A, rhex(16), CASE_A, stars)
    body = part(html_wrap(inner, 'Tell us about your experience'), 'html', charset='UTF-8', cte='quoted-printable')
    emit('031-case-closed-rating-request.eml', body, top, main, L('survey', CASE_A, [], sv=True))

@mail
def m032():
    t = dt('2025-04-29 02:15:30')
    top = credly_gmail(t)
    subj = enc_subject('AWS Training and Certification sent you a badge: AWS Certified Solutions Architect \u2013 Professional')
    main = credly_main('AWS Training and Certification', GMAIL, subj, t)
    url = 'https://www.credly.com/earner/earned/badge/' + str(uuid.UUID(int=R.getrandbits(128)))
    txt = ('Hi Takumi,\n\n'
           'AWS Training and Certification has issued you a new badge: AWS Certified Solutions Architect \u2013 Professional.\n\n'
           'This badge was issued to your account following an update to your AWS Certification records. '
           'Accept your badge to add it to your Credly profile and share it with your network.\n\n'
           'Accept your badge: %s\n\n'
           'Credly, a Pearson company | 100 S. Crockett St., Suite 300, Denver, CO 80202\n') % url
    html = credly_html('You have a new badge!', 'AWS Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge. '
                       'This badge was issued to your account following an update to your AWS Certification records.',
                       'Accept your badge', url, str(uuid.UUID(int=R.getrandbits(128))), 'AWS Training and Certification')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('032-credly-badge-sap-issued.eml', body, top, main, L('credly_badge_issued', sv=True))

@mail
def m033():
    t = dt('2025-04-29 02:16:04')
    top = credly_gmail(t)
    main = credly_main('AWS Training and Certification', GMAIL, 'Congratulations, Takumi! Claim your AWS Certified Developer - Associate badge', t)
    url = 'https://www.credly.com/earner/earned/badge/' + str(uuid.UUID(int=R.getrandbits(128)))
    html = credly_html('Congratulations, Takumi!', 'You\'ve earned the <b>AWS Certified Developer - Associate</b> badge from AWS Training and Certification. '
                       'It has been moved to this Credly account because your AWS Certification accounts were combined.<br />'
                       'Validation Number: 7QK2M4B1HJ9E4TRL',
                       'Accept your badge', url, str(uuid.UUID(int=R.getrandbits(128))), 'AWS Training and Certification',
                       extra='<p style="text-align:center;font-size:13px">Once accepted, you can share your badge on LinkedIn, add it to your e-mail signature, or embed it on your website.</p>')
    body = part(html, 'html', cte='quoted-printable')
    emit('033-credly-badge-dva-moved.eml', body, top, main, L('credly_badge_issued', sv=True))

@mail
def m034():
    t = dt('2025-04-30 12:48:19')
    top = credly_gmail(t)
    main = credly_main('Credly', GMAIL, 'Complete your Credly account merge', t)
    main[1] = ('From', 'Credly <admin@credly.com>')
    code = '604 218'
    txt = ('Hi Takumi,\n\n'
           'We received a request to merge the Credly account registered to t.mori@hoshizora-tech.co.jp into your Credly account.\n\n'
           'Your verification code is: %s\n\n'
           'Enter this code on the account merge page, or click the link below to complete the merge. The code expires in 24 hours.\n\n'
           'Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n'
           'Once the accounts are merged, all badges from both accounts will appear on a single profile, and you will no longer be able to sign in to the merged account.\n\n'
           'If you did not request this, please ignore this e-mail or contact support@credly.com.\n\n'
           'The Credly Team\n') % (code, ralnum(40))
    html = credly_html('Complete your account merge', 'We received a request to merge the Credly account registered to t.mori@hoshizora-tech.co.jp into your account.<br />'
                       'Your verification code is <b style="font-size:20px;letter-spacing:2px">%s</b>' % code,
                       'Complete Account Merge', 'https://www.credly.com/users/merge/confirm?token=' + ralnum(40), str(uuid.UUID(int=R.getrandbits(128))), 'Credly')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('034-credly-selfservice-merge-code.eml', body, top, main, L('unrelated', sv=True))

@mail
def m035():
    t = dt('2025-05-01 01:20:44')
    ip = '157.7.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    top = outlook_trace(WORK, 'cloudskill-kensyu.jp', 'smtp%d.cloudskill-kensyu.jp' % R.randint(1, 4), ip, t,
                        'spf=pass (sender IP is %s)\n smtp.mailfrom=cloudskill-kensyu.jp; dkim=pass (signature was verified)\n header.d=cloudskill-kensyu.jp;dmarc=pass action=none\n header.from=cloudskill-kensyu.jp;compauth=pass reason=100' % ip)
    top.append(dkim_hdr('cloudskill-kensyu.jp', 'default', t, c='relaxed/relaxed'))
    main = [('From', enc_name('クラウドスキル研修センター', 'info@cloudskill-kensyu.jp', 'shift_jis')),
            ('To', enc_name('森 拓海', WORK, 'shift_jis')),
            ('Subject', enc_subject('【ご案内】AWS認定 試験バウチャー（法人ご購入分）の発行について', 'shift_jis')),
            ('Date', hdate(t, JST)),
            ('Message-ID', '<%s.%d@cloudskill-kensyu.jp>' % (rhex(16), R.randint(10**5, 10**6))),
            ('X-Mailer', 'Benchmark Email Sender')]
    txt = ('株式会社ほしぞらテック\n森 拓海 様\n\n'
           'いつも大変お世話になっております。\n'
           'クラウドスキル研修センター 受講サポート担当でございます。\n\n'
           '貴社にてご購入いただきました AWS 認定試験バウチャーを発行いたしましたので、ご案内申し上げます。\n\n'
           '━━━━━━━━━━━━━━━━━━━━\n'
           '①対象試験：AWS Certified DevOps Engineer - Professional\n'
           '②バウチャーコード：CSK-7K2Q-9M3D-XP41\n'
           '③有効期限：2025年9月30日（火）\n'
           '━━━━━━━━━━━━━━━━━━━━\n\n'
           '※ 試験のご予約時、AWS Certification アカウントの支払い画面にてバウチャーコードをご入力ください。\n'
           '※ 認定アカウントを複数お持ちの場合は、受験履歴を残したいアカウントでご予約いただくことをお勧めいたします。\n\n'
           'ご不明な点がございましたら、本メールへご返信ください。\n'
           '今後ともよろしくお願い申し上げます。\n\n'
           '────────────────────\n'
           '㈱クラウドスキル研修センター 受講サポート\n'
           'TEL：03-5555-0142（平日 9:30〜17:30）\n'
           'https://www.cloudskill-kensyu.jp/\n'
           '────────────────────\n')
    # body uses cp932-only characters (circled digits, ㈱) but is labelled Shift_JIS, as many Japanese mailers do
    body = part(txt, charset='shift_jis', codec='cp932', cte='base64')
    emit('035-exam-voucher-training-company-sjis.eml', body, top, main, L('unrelated', sv=False, lang='ja'), tail=outlook_tail())

def fake_pdf(title):
    body = ('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
            '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n'
            '4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 770 Td (' + title + ') Tj ET\nendstream endobj\n'
            'trailer << /Root 1 0 R >>\n%%EOF\n')
    return body.encode('latin-1')

@mail
def m036():
    t = dt('2025-05-02 10:32:07')
    top, mid, ip = aws_outlook(t)
    main = ses_main('"Amazon Web Services" <aws-billing@amazon.com>', WORK,
                    'Amazon Web Services Billing Statement Available [Account: 482016735190]', t, mid, ip)
    txt = ('Greetings from Amazon Web Services,\n\n'
           'This e-mail confirms that your latest billing statement, for the account ending in 5190, is available on the AWS web site. '
           'Your account will be charged the following:\n\n'
           'Total: USD 1,284.66\n\n'
           'Invoice Number: 2193847561\n'
           'Billing Period: April 1 - April 30, 2025\n\n'
           'You can see a complete break down of all charges on the Billing & Cost Management page located here:\n'
           'https://console.aws.amazon.com/billing/home#/bills?year=2025&month=4\n\n'
           'Thank you for using Amazon Web Services.\n\n'
           'Sincerely,\nAmazon Web Services\n\n'
           'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
    body = mixed(part(txt, charset='UTF-8', cte='quoted-printable'),
                 attachment(fake_pdf('Invoice 2193847561'), 'application', 'pdf', 'Invoice_2193847561.pdf'))
    emit('036-aws-billing-statement.eml', body, top, main, L('unrelated', sv=True), tail=outlook_tail())

@mail
def m037():
    t = dt('2025-05-02 03:05:51')
    top, mid, ip = aws_gmail(t)
    main = ses_main(FORM_FROM, GMAIL, A_SUBJ, t, mid, ip)
    new = ('Hello Takumi,\n\n'
           'Thank you for getting back to us, and I am sorry for the trouble.\n\n'
           'I understand that the AWS Certified Solutions Architect - Associate badge, which was earned on your former account AWS04417382, '
           'has not appeared on the Credly profile linked to AWS20958814. Badges are moved by a separate process, and occasionally one of them does not go through.\n\n'
           'I have raised a request with our Credly team to transfer the missing badge. This can take up to 5 business days. '
           'You will receive an e-mail from Credly when the badge is ready for you to accept; there is nothing else you need to do for now.\n\n'
           'Best regards,\n'
           'Sofia M.\n'
           'AWS Training and Certification Customer Support\n\n')
    user = ('Hi,\n\n'
            'Thank you for merging my accounts. I got two Credly e-mails (SAP and DVA) and accepted them, '
            'but my Solutions Architect Associate badge is still on my old Credly profile (mori-takumi@nifty.com). '
            'The certification itself shows on the certification site. Could you please check?\n\n'
            'Regards,\nTakumi Mori\n')
    hist = 'On Thu, May 1, 2025 at 10:03\u202fPM Takumi Mori <%s> wrote:\n' % GMAIL + quote_lines(user)
    txt = new + hist
    html = html_wrap(p2html(new) + '<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + p2html(hist) + '</blockquote></div>', 'AWS Training and Certification')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('037-agent-badge-transfer-requested.eml', body, top, main, L('support_reply', CASE_A, ['AWS04417382', 'AWS20958814'], sv=True))

@mail
def m038():
    t = dt('2025-05-03 17:22:40')
    ip = '149.72.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    top = outlook_trace(WORK, 'dtdg.co', 'o%d.ptr%d.dtdg.co' % (R.randint(1, 9), R.randint(1000, 9999)), ip, t,
                        'spf=pass (sender IP is %s)\n smtp.mailfrom=dtdg.co; dkim=pass (signature was verified)\n header.d=dtdg.co;dmarc=pass action=none header.from=dtdg.co;compauth=pass\n reason=100' % ip)
    top.append(dkim_hdr('dtdg.co', 's1', t, c='relaxed/relaxed'))
    main = [('From', 'Datadog Alerting <alert@dtdg.co>'),
            ('To', WORK),
            ('Subject', '[Triggered on {env:prod}] [P2] billing-api p99 latency above 800ms'),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s@geopod-ismtpd-%d>' % (ralnum(22), R.randint(1, 40)))]
    txt = ('[P2] billing-api p99 latency above 800ms\n\n'
           'p99 latency on service:billing-api env:prod has been above 800 ms for the last 10 minutes.\n\n'
           '@slack-hz-alerts-prod @oncall-backend\n\n'
           'Metric value: 1142.3 ms\n'
           'Monitor: https://app.datadoghq.com/monitors/118273645\n'
           'Event: https://app.datadoghq.com/event/event?id=7812398123981239\n\n'
           'The monitor was last triggered at Sat May 03 2025 17:22:31 UTC.\n\n'
           '- - -\n'
           '[Monitor Status] \u00b7 [Edit Monitor] \u00b7 [Related Logs]\n')
    html = html_wrap(p2html(txt), 'Datadog')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('038-datadog-latency-alert.eml', body, top, main, L('unrelated', sv=False), tail=outlook_tail())

@mail
def m039():
    t = dt('2025-05-06 04:41:12')
    ip = '159.182.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'bounce@pearsonvue.com'
    top = gmail_trace(GMAIL, env, 'smtp%d.pearsonvue.com' % R.randint(1, 9), ip, t,
                      gmail_ar('pearson.com', 'selector1', env, ip, 'pearson.com', p='REJECT'))
    top.append(dkim_hdr('pearson.com', 'selector1', t, c='relaxed/relaxed'))
    main = [('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'),
            ('To', GMAIL),
            ('Subject', 'Pearson VUE Confirmation of Booking'),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s.JavaMail.vue@pvprdapp%d>' % (R.randint(10**8, 10**9), R.randint(10, 40)))]
    inner = ('<p>Dear Takumi Mori,</p>'
             '<p>Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your booking.</p>'
             '<table cellpadding="4" style="border-collapse:collapse">'
             '<tr><td><b>Exam:</b></td><td>DOP-C02: AWS Certified DevOps Engineer - Professional</td></tr>'
             '<tr><td><b>Language:</b></td><td>Japanese</td></tr>'
             '<tr><td><b>Date and time:</b></td><td>Saturday, June 7, 2025 at 10:00 AM Japan Standard Time</td></tr>'
             '<tr><td><b>Delivery:</b></td><td>Online (OnVUE)</td></tr>'
             '<tr><td><b>Registration ID:</b></td><td>512873094</td></tr>'
             '<tr><td><b>Candidate ID:</b></td><td>AWS20958814</td></tr>'
             '<tr><td><b>Price:</b></td><td>JPY 15,000 (50% discount voucher applied)</td></tr></table>'
             '<p>Please run the system test on the computer you will use for your exam before exam day. You can check in up to 30 minutes before your appointment.</p>'
             '<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.</p>'
             '<p>Sincerely,<br />Pearson VUE</p>'
             '<p style="font-size:11px;color:#777">This e-mail was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply.</p>')
    body = part(html_wrap(inner, 'Pearson VUE'), 'html', charset='us-ascii', cte='7bit')
    emit('039-pearson-vue-booking.eml', body, top, main, L('unrelated', None, ['AWS20958814'], sv=False))

@mail
def m040():
    t = dt('2025-05-07 08:09:55')
    top = credly_gmail(t)
    main = credly_main('AWS Training and Certification', GMAIL, 'Your badge is ready to accept: AWS Certified Solutions Architect - Associate', t)
    url = 'https://www.credly.com/earner/earned/badge/' + str(uuid.UUID(int=R.getrandbits(128)))
    txt = ('Hi Takumi,\n\n'
           'Good news! AWS Training and Certification has issued the AWS Certified Solutions Architect - Associate badge to you.\n\n'
           'Accept your badge: %s\n\n'
           'After you accept, you can share your achievement on LinkedIn and other networks, and add it to your e-mail signature.\n\n'
           'Credly, a Pearson company | 100 S. Crockett St., Suite 300, Denver, CO 80202\n') % url
    html = credly_html('Your badge is ready', 'AWS Training and Certification has issued the <b>AWS Certified Solutions Architect - Associate</b> badge to you.',
                       'Accept your badge', url, str(uuid.UUID(int=R.getrandbits(128))), 'AWS Training and Certification')
    body = alt(part(txt, cte='base64'), part(html, 'html', cte='base64'))
    emit('040-credly-badge-saa-ready.eml', body, top, main, L('credly_badge_issued', sv=True))

@mail
def m041():
    t = dt('2025-05-07 21:14:36')
    ip = '103.77.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'info@credly-badge-center.com'
    top = gmail_trace(GMAIL, env, 'server.credly-badge-center.com', ip, t,
                      'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=credly.com' % (env, ip, env))
    main = [('From', '"Credly" <admin@credly.com>'),
            ('Reply-To', 'support@credly-badge-center.com'),
            ('To', GMAIL),
            ('Subject', 'Your Credly account will be deactivated - action needed'),
            ('Date', 'Thu, 8 May 2025 05:14:31 +0800'),
            ('Message-ID', '<%s@server.credly-badge-center.com>' % rhex(20))]
    txt = ('Dear user,\n\n'
           'We detected that your Credly account has not been verified under our new security policy. '
           'Accounts that are not verified by May 10, 2025 will be deactivated and all badges will be permanently removed.\n\n'
           'Verify your account: https://credly-badge-center.com/verify?u=%s\n\n'
           'Credly Support Team\n') % ralnum(16)
    body = part(txt, charset='utf-8', cte='7bit')
    emit('041-phish-credly-deactivation.eml', body, top, main, L('unrelated', sv=False))

@mail
def m042():
    t = dt('2025-05-08 02:13:03')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('Amazon Web Services: サポートケース %s がオープンされました' % CASE_C)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    txt = ('森 拓海 様\n\n'
           'アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s をオープンいたしました。\n\n'
           'ケースの詳細は以下のとおりです。\n\n'
           'ケース ID: %s\n'
           '件名: AWS認定アカウントの統合のお願い\n'
           '重要度: 一般的なご質問\n'
           '内容:\n'
           'お世話になっております。\n'
           '先日、別のケース（174459262107731）で認定アカウントを統合していただきましたが、'
           '2018年にテストセンターで受験した際の古いアカウント（AWS00736129、前職のメールアドレスで登録）が残っていることに気づきました。\n'
           'こちらも現在のアカウント AWS20958814 に統合していただけますでしょうか。\n'
           'よろしくお願いいたします。\n'
           '------------\n\n'
           'できる限り迅速に対応いたします。このケースのすべてのやり取りを確認する場合や、この問題について再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。\n\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
           '（ケースにアクセスするにはサインインが必要です。）\n\n'
           '※ このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねますので、ご了承ください。\n\n'
           'よろしくお願いいたします。\n\n'
           'アマゾン ウェブ サービス\n\n'
           'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。\n') % (CASE_C, CASE_C, CASE_C)
    body = part(txt, charset='UTF-8', cte='base64')
    emit('042-console-case-opened-ja.eml', body, top, main,
         L('case_created', CASE_C, ['AWS00736129', 'AWS20958814'], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m043():
    t = dt('2025-05-08 06:47:30')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('[Case %s] 新しい通信が追加されました' % CASE_C)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    txt = ('森 拓海 様\n\n'
           'サポートケース %s に新しい通信が追加されました。\n\n'
           '内容を確認してご返信いただくには、AWS サポートセンターにサインインしてください。\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
           'ケース ID: %s\n'
           '件名: AWS認定アカウントの統合のお願い\n\n'
           '※ このメールは送信専用アドレスから送信されています。\n\n'
           'アマゾン ウェブ サービス\n') % (CASE_C, CASE_C, CASE_C)
    html = html_wrap(p2html(txt), 'AWS Support', style='font-family:Meiryo,sans-serif;font-size:14px;color:#16191f')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('043-console-new-correspondence-ja.eml', body, top, main, L('support_reply', CASE_C, [], sv=True, lang='ja'), tail=outlook_tail())

def ja_console_footer(case):
    return ('本メールの内容についてご不明な点がございましたら、AWS サポートセンターの該当ケースよりお問い合わせください。\n\n'
            '======================================================\n\n'
            'このケースのすべてのやり取りを確認する場合や、このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
            '（ケースにアクセスするにはサインインが必要です。）\n\n'
            '※ このメールは送信専用アドレスから送信されています。本メールにご返信いただいても対応いたしかねます。\n\n'
            '======================================================\n\n'
            'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n') % case

C44_TEXT = ('森 拓海 様\n\n'
            'AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n'
            'この度はお問い合わせいただき、誠にありがとうございます。\n\n'
            'AWS 認定アカウントの統合のご依頼につきまして、担当部署にて両アカウントを確認いたしました。\n'
            '統合作業を実施する前に、以下の内容に相違がないかご確認をお願いいたします。\n\n'
            '■ 統合元（統合後に無効化されるアカウント）\n'
            '　AWS 認定 ID：AWS00736129\n'
            '　ご登録メールアドレス：takumi.mori@sakura-sier.co.jp\n\n'
            '■ 統合先（引き続きご利用いただくアカウント）\n'
            '　AWS 認定 ID：AWS20958814\n'
            '　ご登録メールアドレス：takumi.mori.dev@gmail.com\n\n'
            '統合元アカウントの認定資格（AWS Certified Cloud Practitioner、2018年取得、現在は失効）および受験履歴は、すべて統合先アカウントへ移行されます。\n'
            'なお、統合処理は一度実行いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。\n\n'
            '上記の内容でお間違いがなければ、サポートセンターの本ケースより、その旨ご返信くださいますようお願い申し上げます。\n'
            'ご返信を確認いたしましたのち、手続きを進めさせていただきます。\n\n'
            '何卒よろしくお願い申し上げます。\n\n'
            '佐藤 美咲\n'
            'アマゾン ウェブ サービス ジャパン合同会社\n'
            'AWS トレーニングと認定 カスタマーサポート\n\n')

@mail
def m044():
    t = dt('2025-05-08 06:47:24')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('RE:[CASE %s] AWS認定アカウントの統合のお願い' % CASE_C)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    txt = C44_TEXT + ja_console_footer(CASE_C)
    html = html_wrap(p2html(txt), 'AWS Support', style='font-family:Meiryo,sans-serif;font-size:14px;color:#16191f')
    body = alt(part(txt, charset='UTF-8', cte='base64'), part(html, 'html', charset='UTF-8', cte='base64'))
    emit('044-console-confirm-request-ja.eml', body, top, main,
         L('merge_confirmation_requested', CASE_C, ['AWS00736129', 'AWS20958814'], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m045():
    t = dt('2025-05-09 01:52:18')
    ip = '210.188.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    top = outlook_trace(WORK, 'minato-sys.co.jp', 'mail.minato-sys.co.jp', ip, t,
                        'spf=pass (sender IP is %s)\n smtp.mailfrom=minato-sys.co.jp; dkim=none (message not signed)\n header.d=none;dmarc=pass action=none header.from=minato-sys.co.jp;compauth=pass\n reason=100' % ip)
    main = [('From', enc_name('田中 誠', 'm.tanaka@minato-sys.co.jp', 'iso-2022-jp')),
            ('To', enc_name('森 拓海', WORK, 'iso-2022-jp')),
            ('Cc', 'dev-team@minato-sys.co.jp'),
            ('Subject', enc_subject('RE: 【ご確認】API仕様書 v2.3 のレビュー依頼', 'shift_jis')),
            ('Date', 'Fri, 9 May 2025 10:52:14 +0900'),
            ('Message-ID', '<000001dbc07a$%s$%s@minato-sys.co.jp>' % (rhex(8), rhex(8))),
            ('In-Reply-To', '<TYCPR01MB7713%s@TYCPR01MB7713.jpnprd01.prod.outlook.com>' % ralnum(12).upper()),
            ('X-Mailer', 'Microsoft Outlook 16.0'),
            ('Thread-Index', 'AQH' + ralnum(40)),
            ('Content-Language', 'ja')]
    txt = ('森様\n\n'
           'いつもお世話になっております。ミナトシステムズの田中です。\n\n'
           'API仕様書 v2.3 のレビュー、ありがとうございました。\n'
           'ご指摘いただいた「顧客アカウント統合（マージ）API」の件、以下のとおり修正いたしました。\n\n'
           '・統合元アカウントIDと統合先アカウントIDを必須パラメータに変更（source_account_id / target_account_id）\n'
           '・統合後は統合元アカウントを論理削除とし、元に戻せない旨を仕様書に明記\n'
           '・実行前の確認用に dry_run パラメータを追加\n\n'
           '修正版（v2.4）を共有フォルダに格納しましたので、お手すきの際にご確認をお願いいたします。\n\n'
           '--\n'
           '株式会社ミナトシステムズ\n'
           '開発部 田中 誠\n'
           'TEL: 045-555-0198\n\n'
           '-----Original Message-----\n'
           'From: 森 拓海 <t.mori@hoshizora-tech.co.jp>\n'
           'Sent: Thursday, May 8, 2025 7:15 PM\n'
           'To: 田中 誠 <m.tanaka@minato-sys.co.jp>\n'
           'Subject: RE: 【ご確認】API仕様書 v2.3 のレビュー依頼\n\n'
           '田中様\n\n'
           'お世話になっております。ほしぞらテックの森です。\n'
           'レビューしました。アカウント統合APIについて2点コメントです。\n'
           '1. 統合元・統合先のどちらが残るのか、パラメータ名から分かりにくいです。\n'
           '2. 統合は取り消せない操作なので、実行前の確認ステップがあるとよいと思います。\n\n'
           'よろしくお願いいたします。\n'
           '森\n')
    body = part(txt, charset='shift_jis', codec='cp932', cte='8bit')
    emit('045-partner-mail-sjis-original-message.eml', body, top, main, L('unrelated', sv=False, lang='ja'), tail=outlook_tail())

@mail
def m046():
    t = dt('2025-05-09 00:31:45')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('RE:[CASE %s] AWS認定アカウントの統合のお願い' % CASE_C, 'iso-2022-jp')
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    new = ('森 拓海 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n\n'
           'ご確認いただき、誠にありがとうございます。\n'
           'いただきましたご返信をもとに、担当部署にて AWS00736129 から AWS20958814 への統合手続きを開始いたしました。\n'
           '通常、2〜3 営業日ほどで完了いたします。完了いたしましたら、本ケースにて改めてご連絡申し上げます。\n\n'
           'なお、手続き中は統合元アカウントへのサインインができなくなる場合がございます。何卒ご了承くださいませ。\n\n'
           '引き続きよろしくお願い申し上げます。\n\n'
           '佐藤 美咲\n'
           'アマゾン ウェブ サービス ジャパン合同会社\n\n')
    user = ('佐藤様\n\n'
            'ご確認ありがとうございます。\n'
            '記載の内容で相違ございません。統合を進めてください。\n\n'
            '森\n\n'
            '2025年5月8日(木) 15:47 Amazon Web Services <no-reply-aws@amazon.com>:\n'
            + quote_lines(C44_TEXT))
    hist = '2025年5月8日(木) 17:40 森 拓海 <%s>:\n' % WORK + quote_lines(user)
    txt = new + hist + '\n' + ja_console_footer(CASE_C)
    body = part(txt, charset='iso-2022-jp', cte='7bit')
    emit('046-console-thanks-proceeding-ja.eml', body, top, main,
         L('support_reply', CASE_C, ['AWS00736129', 'AWS20958814'], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m047():
    t = dt('2025-05-12 05:31:14')
    top, mid, ip = aws_outlook(t)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK,
                    'Amazon Web Services: You have opened a new Support case: ' + CASE_J, t, mid, ip)
    txt = ('森 拓海 様\n\n'
           'アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s をオープンいたしました。\n\n'
           'ケースの詳細は以下のとおりです。\n\n'
           'ケース ID: %s\n'
           '件名: 請求書の宛名変更と一括請求（Organizations）へのアカウント統合について\n'
           '重要度: 一般的なご質問\n'
           '内容:\n'
           '子会社で利用している AWS アカウント（210987654321）を、弊社の AWS Organizations に統合し、請求を一本化したいと考えています。\n'
           '1. 統合前に発生した料金の請求先はどうなりますか。\n'
           '2. 請求書の宛名を「株式会社ほしぞらテック」に変更する方法を教えてください。\n'
           '------------\n\n'
           'できる限り迅速に対応いたします。以下の URL から AWS サポートセンターにアクセスしてください。\n\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
           '（ケースにアクセスするにはサインインが必要です。）\n\n'
           '※ このメールは送信専用アドレスから送信されています。\n\n'
           'アマゾン ウェブ サービス\n') % (CASE_J, CASE_J, CASE_J)
    body = part(txt, charset='UTF-8', cte='quoted-printable')
    emit('047-billing-case-opened-ja.eml', body, top, main, L('unrelated', CASE_J, [], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m048():
    t = dt('2025-05-12 08:20:03')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('RE:[CASE %s] AWS認定アカウントの統合のお願い' % CASE_C)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    txt = ('森 拓海 様\n\n'
           'いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n\n'
           'たいへんお待たせいたしました。\n'
           'AWS00736129 の AWS20958814 への統合が完了いたしましたので、ご報告申し上げます。\n'
           '統合元アカウントで取得された認定資格および受験履歴は、AWS20958814 にてご確認いただけます。\n\n'
           '本件につきましては以上で対応完了となりますので、本ケースはクローズさせていただきます。\n'
           '後ほどアンケートのご案内をお送りいたしますので、ご協力いただけますと幸いです。\n\n'
           'このたびはお問い合わせいただき、誠にありがとうございました。\n\n'
           '佐藤 美咲\n'
           'アマゾン ウェブ サービス ジャパン合同会社\n\n') + ja_console_footer(CASE_C)
    html = html_wrap(p2html(txt), 'AWS Support', style='font-family:Meiryo,sans-serif;font-size:14px;color:#16191f')
    body = alt(part(txt, charset='UTF-8', cte='quoted-printable'), part(html, 'html', charset='UTF-8', cte='quoted-printable'))
    emit('048-console-merge-done-and-closing-ja.eml', body, top, main,
         L('merge_completed', CASE_C, ['AWS00736129', 'AWS20958814'], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m049():
    t = dt('2025-05-13 02:09:37')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('RE:[CASE %s] 請求書の宛名変更と一括請求（Organizations）へのアカウント統合について' % CASE_J)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    txt = ('森 様\n\n'
           'AWS 請求サポートの高橋と申します。お問い合わせいただき、ありがとうございます。\n\n'
           'ご質問につきまして、以下のとおり回答いたします。\n\n'
           '1. 統合前に発生した料金について\n'
           'メンバーアカウントが組織に参加する前に発生した料金は、従来どおり当該アカウント（210987654321）に請求されます。'
           '組織への参加後に発生した料金から、管理アカウントへ一括して請求されます。\n\n'
           '2. 請求書の宛名の変更について\n'
           '管理アカウントにサインインのうえ、[請求とコスト管理] > [支払い設定] から請求先の名称を変更いただけます。'
           '変更は次回以降に発行される請求書に反映されます。\n\n'
           'アカウントを組織に招待する手順は、以下のドキュメントをご参照ください。\n'
           'https://docs.aws.amazon.com/ja_jp/organizations/latest/userguide/orgs_manage_accounts_invite.html\n\n'
           'ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\n'
           '高橋 健\n'
           'アマゾン ウェブ サービス\n\n') + ja_console_footer(CASE_J)
    body = part(txt, charset='UTF-8', cte='base64')
    emit('049-billing-case-reply-ja.eml', body, top, main, L('unrelated', CASE_J, [], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m050():
    t = dt('2025-05-13 08:21:40')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('[Case %s] ケースがクローズされました – ご意見をお聞かせください' % CASE_C)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    link = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CASE_C
    inner = ('<p>森 拓海 様</p>'
             '<p>サポートケース <b>%s</b>（AWS認定アカウントの統合のお願い）は解決済みとしてクローズされました。</p>'
             '<p>今回のサポートについて、簡単なアンケートにご協力ください。いただいたご意見は、サービス向上のために活用させていただきます。</p>'
             '<p><b>問題は解決しましたか？</b><br />'
             '<a href="https://survey.aws.amazon.com/s/%s?displayId=%s&amp;a=yes">はい</a>　／　'
             '<a href="https://survey.aws.amazon.com/s/%s?displayId=%s&amp;a=no">いいえ</a></p>'
             '<p><b>担当者の対応を 5 段階で評価してください。</b><br />%s</p>'
             '<p>引き続きサポートが必要な場合は、<a href="%s">AWS サポートセンター</a>から本ケースを再開できます。</p>'
             '<p>アマゾン ウェブ サービス</p>'
             '<p style="font-size:11px;color:#687078">※ このメールは送信専用アドレスから送信されています。</p>') % (
        CASE_C, rhex(16), CASE_C, rhex(16), CASE_C,
        ' '.join('<a href="https://survey.aws.amazon.com/s/%s?displayId=%s&amp;score=%d">%d</a>' % (rhex(16), CASE_C, i, i) for i in range(1, 6)), link)
    body = part(html_wrap(inner, 'AWS Support', style='font-family:Meiryo,sans-serif;font-size:14px;color:#16191f'), 'html', charset='UTF-8', cte='base64')
    emit('050-console-case-closed-survey-ja.eml', body, top, main, L('survey', CASE_C, [], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m051():
    t = dt('2025-05-14 15:03:29')
    top, mid, ip = aws_gmail(t)
    main = ses_main('"AWS Training and Certification" <aws-certification-noreply@amazon.com>', GMAIL,
                    'Takumi, your 50% exam discount is waiting', t, mid, ip)
    main.append(('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>' % ralnum(60)))
    txt = ('Hi Takumi,\n\n'
           'As an AWS Certified individual, you receive a 50% discount on your next AWS Certification exam. '
           'You can find the discount under "Benefits" in your AWS Certification Account and apply it when you schedule your exam.\n\n'
           'Not sure which exam to take next? Popular next steps after Solutions Architect - Professional are:\n'
           '- AWS Certified DevOps Engineer - Professional\n'
           '- AWS Certified Security - Specialty\n\n'
           'Prepare with free exam prep courses and official practice question sets on AWS Skill Builder: https://skillbuilder.aws/exam-prep\n\n'
           'Good luck,\nAWS Training and Certification\n\n'
           'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. Manage your preferences: https://pages.awscloud.com/communication-preferences\n')
    html = html_wrap(p2html(txt), 'AWS Training and Certification')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('051-aws-exam-discount-benefit.eml', body, top, main, L('unrelated', sv=True))

@mail
def m052():
    t = dt('2025-05-14 06:40:12')
    ip = '192.30.252.%d' % R.randint(200, 210)
    env = 'noreply@github.com'
    top = gmail_trace(GMAIL, env, 'out-%d.smtp.github.com' % R.randint(20, 28), ip, t,
                      gmail_ar('github.com', 'pf2023', env, ip, 'github.com'))
    top.append(dkim_hdr('github.com', 'pf2023', t, c='relaxed/relaxed', h='Date:From:Reply-To:To:Cc:Subject:List-Unsubscribe:From'))
    main = [('Date', 'Tue, 13 May 2025 23:40:10 -0700'),
            ('From', 'Takumi Mori <notifications@github.com>'),
            ('To', 'hoshizora-tech/billing-api <billing-api@noreply.github.com>'),
            ('Cc', 'Ci activity <ci_activity@noreply.github.com>'),
            ('Message-ID', '<hoshizora-tech/billing-api/check-suites/CS_kwDOLx%s@github.com>' % ralnum(14)),
            ('Subject', '[hoshizora-tech/billing-api] Run failed: CI - main (e41c9a7)'),
            ('List-ID', 'hoshizora-tech/billing-api <billing-api.hoshizora-tech.github.com>'),
            ('X-GitHub-Reason', 'ci_activity'),
            ('Precedence', 'list')]
    txt = ('[hoshizora-tech/billing-api] CI workflow run\n\n'
           'CI: All jobs have failed\n'
           'View workflow run: https://github.com/hoshizora-tech/billing-api/actions/runs/14991287734\n\n'
           '   test (3.12): Failed in 2 minutes and 41 seconds  (annotations: 1)\n'
           '   lint: Succeeded in 38 seconds\n\n'
           'Triggered by push to main (e41c9a7) by tmori-dev: "Merge pull request #436 from hoshizora-tech/fix/invoice-rounding"\n\n'
           '-- \nYou are receiving this because this workflow ran on your branch.\n'
           'Manage your GitHub Actions notifications here: https://github.com/settings/notifications\n')
    html = ('<p><b>[hoshizora-tech/billing-api] CI workflow run</b></p><p>CI: All jobs have failed</p>'
            '<p><a href="https://github.com/hoshizora-tech/billing-api/actions/runs/14991287734">View workflow run</a></p>'
            '<table><tr><td>&#10060; test (3.12)</td><td>Failed in 2 minutes and 41 seconds</td></tr><tr><td>&#9989; lint</td><td>Succeeded in 38 seconds</td></tr></table>'
            '<p style="font-size:small;color:#666">You are receiving this because this workflow ran on your branch.</p>\n')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('052-github-actions-run-failed.eml', body, top, main, L('unrelated', sv=False))

@mail
def m053():
    t = dt('2025-05-15 11:27:50')
    ip = '194.87.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'aws-cs-trainingcertification-form@amazon.com'
    top = nifty_trace(NIFTY, env, 'mail.rnv-hosting.ru', ip, t,
                      'spf=fail smtp.mailfrom=amazon.com;\n\tdkim=none (no signature);\n\tdmarc=fail (p=quarantine) header.from=amazon.com')
    main = [('From', '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'),
            ('Reply-To', 'aws-tc-support@outlook-mailcenter.com'),
            ('To', NIFTY),
            ('Subject', 'RE:[CASE 11735180201] [AWS Training and Certification Form Submission] -\n account-assistance'),
            ('Date', 'Thu, 15 May 2025 14:27:44 +0300'),
            ('Message-ID', '<%s@mail.rnv-hosting.ru>' % rhex(20)),
            ('X-Mailer', 'The Bat! (v9.4.5) Professional')]
    txt = ('Hello,\n\n'
           'We are contacting you regarding your recent request to merge your AWS Certification accounts.\n\n'
           'Please confirm the following:\n'
           '   Source account (will be closed): AWS-04417382\n'
           '   Destination account: AWS-88310275\n\n'
           'This action cannot be undone. To confirm, reply to this e-mail with the password and the date of birth registered on your AWS Certification account within 24 hours. '
           'If we do not receive your confirmation, the request will be cancelled.\n\n'
           '\u304a\u5ba2\u69d8\u306e\u30a2\u30ab\u30a6\u30f3\u30c8\u3092\u4fdd\u8b77\u3059\u308b\u305f\u3081\u3001\u3054\u5354\u529b\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002\n\n'
           'AWS Training and Certification Customer Support\n')
    body = part(txt, charset='utf-8', cte='base64')
    emit('053-phish-merge-confirm-spoofed-nifty.eml', body, top, main,
         L('merge_confirmation_requested', '11735180201', ['AWS04417382', 'AWS88310275'], sv=False))

@mail
def m054():
    t = dt('2025-05-15 17:45:03')
    top = credly_gmail(t)
    main = credly_main('HashiCorp', GMAIL, 'HashiCorp issued you a new badge: HashiCorp Certified: Terraform Associate (004)', t)
    url = 'https://www.credly.com/earner/earned/badge/' + str(uuid.UUID(int=R.getrandbits(128)))
    txt = ('Hi Takumi,\n\n'
           'Congratulations! HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (004).\n\n'
           'Accept your badge: %s\n\n'
           'Credly, a Pearson company | 100 S. Crockett St., Suite 300, Denver, CO 80202\n') % url
    html = credly_html('You earned a new badge!', 'HashiCorp has issued you the <b>HashiCorp Certified: Terraform Associate (004)</b> badge.',
                       'Accept your badge', url, str(uuid.UUID(int=R.getrandbits(128))), 'HashiCorp')
    body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
    emit('054-credly-badge-hashicorp-issued.eml', body, top, main, L('credly_badge_issued', sv=True))

@mail
def m055():
    t = dt('2025-05-16 03:12:26')
    top, mid, ip = aws_gmail(t)
    main = ses_main(FORM_FROM, GMAIL, A_SUBJ, t, mid, ip)
    new = ('Hello Takumi,\n\n'
           'Thank you for your follow-up question.\n\n'
           'I checked your account AWS20958814. The 50% exam discount benefit that you earned with your recertification on your former account aws-11873205 '
           'was carried over and is the one you used when you booked your DevOps Engineer - Professional exam on May 6.\n\n'
           'The second discount you mentioned, from your former account aws-04417382, had already expired on March 31, 2025, before the accounts were combined. '
           'Expired benefits cannot be reinstated, I am sorry about that.\n\n'
           'Is there anything else I can help you with regarding your certification account?\n\n'
           'Best regards,\n'
           'Sofia M.\n'
           'AWS Training and Certification Customer Support\n\n')
    user = ('-----Original Message-----\n'
            'From: Takumi Mori <%s>\n'
            'Sent: Thursday, May 15, 2025 12:31 PM\n'
            'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
            'Subject: Re: %s\n\n'
            'Hello Sofia,\n\n'
            'The SAA badge arrived, thank you! One more question: I had an unused 50%% discount on each of my two old accounts, '
            'but after the merge I only see one. Was the other one lost?\n\n'
            'Regards,\nTakumi\n') % (GMAIL, A_SUBJ)
    txt = new + user
    body = part(txt, charset='UTF-8', cte='quoted-printable')
    emit('055-agent-answers-voucher-question.eml', body, top, main,
         L('support_reply', CASE_A, ['AWS04417382', 'AWS11873205', 'AWS20958814'], sv=True))

@mail
def m056():
    t = dt('2025-05-16 06:02:44')
    ip = '167.89.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'bounces+%d-%s@bounce.medium.com' % (R.randint(10**6, 10**7), rhex(4))
    top = gmail_trace(GMAIL, env, 'o%d.ptr%d.bounce.medium.com' % (R.randint(1, 9), R.randint(1000, 9999)), ip, t,
                      gmail_ar('medium.com', 'm1', env, ip, 'medium.com', p='REJECT'))
    top.append(dkim_hdr('medium.com', 'm1', t, c='relaxed/relaxed'))
    main = [('From', 'Medium Daily Digest <noreply@medium.com>'),
            ('To', GMAIL),
            ('Subject', 'How I merged 3 AWS accounts into one Organization | Kenta S. in AWS in Plain English'),
            ('Date', hdate(t, UTC)),
            ('Message-ID', '<%s@medium.com>' % str(uuid.UUID(int=R.getrandbits(128))))]
    txt = ('Stories for Takumi Mori\n'
           '@tmori_dev \u00b7 Become a member\n\n'
           'Today\u2019s highlights\n\n'
           'How I merged 3 AWS accounts into one Organization\n'
           'Consolidated billing, SCPs and the one thing I wish I had known before clicking \u201cAccept invitation\u201d\n'
           'Kenta S. in AWS in Plain English \u00b7 7 min read\n\n'
           'Stop writing \u201cgit merge --no-ff\u201d by hand\n'
           'A tiny alias that saved my team hours\n'
           'Lena Hoffmann \u00b7 4 min read\n\n'
           'From your following\n\n'
           'I passed 12 AWS certifications. Here is what actually helped.\n'
           'Ravi Menon \u00b7 11 min read\n\n'
           'Sent by Medium \u00b7 Medium, 548 Market St, PMB 45141, San Francisco, CA 94104\n'
           'Unsubscribe from the Daily Digest: https://medium.com/me/settings/notifications\n')
    # mislabelled: the bytes are UTF-8 but the part says iso-8859-1
    body = part(txt, charset='iso-8859-1', codec='utf-8', cte='quoted-printable')
    emit('056-medium-digest-wrong-charset.eml', body, top, main, L('unrelated', sv=False))

@mail
def m057():
    t = dt('2025-05-17 01:36:15')
    ip = '5.181.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    env = 'case-update@aws-amazon-supportcenter.net'
    top = gmail_trace(GMAIL, env, 'smtp.aws-amazon-supportcenter.net', ip, t,
                      'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s\n' % (env, ip, env)
                      + '       dmarc=none (p=NONE sp=NONE dis=NONE) header.from=aws-amazon-supportcenter.net'.replace('\n', ''))
    top = [(k, v.replace(' smtp.mailfrom=%s\n' % env, ' smtp.mailfrom=%s;\n' % env)) for k, v in top]
    fake = '174743942100391'
    main = [('From', '"Amazon Web Services" <case-update@aws-amazon-supportcenter.net>'),
            ('To', GMAIL),
            ('Subject', '[Case %s] Unusual sign-in activity detected on your AWS account' % fake),
            ('Date', 'Sat, 17 May 2025 01:36:11 +0000'),
            ('Message-ID', '<%s@aws-amazon-supportcenter.net>' % rhex(24))]
    txt = ('Dear AWS Customer,\n\n'
           'Our security systems detected an unusual sign-in to your AWS root user from an unrecognized device (IP 203.0.113.54, Sao Paulo, Brazil).\n\n'
           'A support case (%s) was opened automatically on your behalf. To secure your account, please review the activity and reset your credentials:\n\n'
           'https://aws-amazon-supportcenter.net/support/home?displayId=%s\n\n'
           'If no action is taken within 12 hours, your account will be restricted to protect your resources.\n\n'
           'Best regards,\nAWS Trust & Safety\nAmazon Web Services\n') % (fake, fake)
    html = '<html><body style="font-family:Arial;font-size:14px">' + p2html(txt) + '</body></html>'
    body = alt(part(txt, charset='utf-8', cte='quoted-printable'), part(html, 'html', charset='utf-8', cte='quoted-printable'))
    emit('057-phish-aws-support-signin.eml', body, top, main, L('unrelated', fake, [], sv=False))

@mail
def m058():
    t = dt('2025-05-18 02:10:21')
    top, mid, ip = aws_outlook(t)
    subj = enc_subject('[Case %s] ケースがクローズされました – ご意見をお聞かせください' % CASE_J)
    main = ses_main('"Amazon Web Services" <no-reply-aws@amazon.com>', WORK, subj, t, mid, ip)
    link = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CASE_J
    inner = ('<p>森 拓海 様</p>'
             '<p>サポートケース <b>%s</b>（請求書の宛名変更と一括請求（Organizations）へのアカウント統合について）は、5 日間お客様からのご返信がなかったため、解決済みとしてクローズされました。</p>'
             '<p>今回のサポートについて、簡単なアンケートにご協力ください。</p>'
             '<p><b>問題は解決しましたか？</b><br />'
             '<a href="https://survey.aws.amazon.com/s/%s?displayId=%s&amp;a=yes">はい</a>　／　'
             '<a href="https://survey.aws.amazon.com/s/%s?displayId=%s&amp;a=no">いいえ</a></p>'
             '<p>引き続きサポートが必要な場合は、<a href="%s">AWS サポートセンター</a>から本ケースを再開できます。</p>'
             '<p>アマゾン ウェブ サービス</p>') % (CASE_J, rhex(16), CASE_J, rhex(16), CASE_J, link)
    body = part(html_wrap(inner, 'AWS Support', style='font-family:Meiryo,sans-serif;font-size:14px;color:#16191f'), 'html', charset='UTF-8', cte='quoted-printable')
    emit('058-billing-case-closed-survey-ja.eml', body, top, main, L('unrelated', CASE_J, [], sv=True, lang='ja'), tail=outlook_tail())

@mail
def m059():
    t = dt('2025-05-18 15:30:00')
    top = credly_gmail(t)
    main = credly_main('Credly', GMAIL, 'Your skills snapshot: the most in-demand cloud credentials of 2025', t)
    main[1] = ('From', 'Credly <admin@credly.com>')
    inner = ('<h1 style="font-size:22px">Your skills snapshot</h1>'
             '<p>Hi Takumi, here is what is trending among earners with skills similar to yours.</p>'
             '<ol><li><b>Cloud architecture</b> &mdash; demand up 18% year over year</li>'
             '<li><b>Infrastructure as code</b> &mdash; Terraform and CloudFormation skills in 1 of 4 DevOps postings</li>'
             '<li><b>Generative AI</b> &mdash; the fastest-growing skill category on Credly</li></ol>'
             '<p>Keep your profile up to date so employers can find you: <a href="https://www.credly.com/users/takumi-mori">View your profile</a></p>'
             '<p style="font-size:11px;color:#6e6e6e">Credly, a Pearson company, 100 S. Crockett St., Suite 300, Denver, CO 80202. '
             '<a href="https://www.credly.com/notification_preferences">Unsubscribe</a></p>')
    body = part(html_wrap(inner, 'Credly', style='font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333'), 'html', cte='base64')
    emit('059-credly-newsletter-skills.eml', body, top, main, L('unrelated', sv=True))

@mail
def m060():
    t = dt('2025-05-19 11:04:37')
    ip = '209.85.220.%d' % R.randint(41, 73)
    env = '3%s@calendar-server.bounces.google.com' % ralnum(30)
    top = gmail_trace(GMAIL, env, 'mail-sor-f%d.google.com' % R.randint(41, 73), ip, t,
                      gmail_ar('google.com', '20230601', env, ip, 'gmail.com', p='NONE', extra_dkim=('gmail.com', '20230601')))
    top += [dkim_hdr('google.com', '20230601', t, c='relaxed/relaxed'), dkim_hdr('gmail.com', '20230601', t, c='relaxed/relaxed')]
    subj = enc_subject('招待: AWS認定 もくもく勉強会 #3 - 2025年5月28日(水) 19:00～20:30 (JST) (%s)' % GMAIL)
    main = [('Reply-To', 'hiro.kimura.aws@gmail.com'),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', '<calendar-%s@google.com>' % str(uuid.UUID(int=R.getrandbits(128)))),
            ('Date', 'Mon, 19 May 2025 11:04:35 +0000'),
            ('Subject', subj),
            ('From', enc_name('木村 浩', 'hiro.kimura.aws@gmail.com')),
            ('To', GMAIL)]
    txt = ('木村 浩 さんから、次の予定への招待が届きました。\n\n'
           'AWS認定 もくもく勉強会 #3\n'
           '2025年5月28日(水) 19:00～20:30 日本標準時 - 東京\n\n'
           '場所: 渋谷 貸し会議室 5F（オンライン参加可）\n\n'
           '参加者\n'
           '・木村 浩 - 主催者\n'
           '・%s\n\n'
           '次回は DevOps Engineer Professional の問題演習です。\n'
           '認定アカウントをまとめた人は、新しい認定IDで受験予約できるか事前に確認しておいてください。\n\n'
           '返信 (%s): はい / 未定 / いいえ\n\n'
           'Google カレンダーからの招待状\n'
           'このメールは、予定の招待状が %s 宛てに送信されたため届きました。\n') % (GMAIL, GMAIL, GMAIL)
    html = '<div dir="ltr">' + p2html(txt) + '</div>'
    ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n'
           'BEGIN:VEVENT\r\nDTSTART:20250528T100000Z\r\nDTEND:20250528T113000Z\r\nDTSTAMP:20250519T110435Z\r\n'
           'ORGANIZER;CN=木村 浩:mailto:hiro.kimura.aws@gmail.com\r\n'
           'UID:%s@google.com\r\n'
           'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s\r\n'
           'SUMMARY:AWS認定 もくもく勉強会 #3\r\nLOCATION:渋谷 貸し会議室 5F（オンライン参加可）\r\n'
           'SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') % (ralnum(26).lower(), GMAIL, GMAIL)
    cal = part(ics, 'calendar', cte='base64')
    cal.set_param('method', 'REQUEST')
    att = attachment(ics.encode('utf-8'), 'application', 'ics', 'invite.ics')
    body = mixed(alt(part(txt, cte='base64'), part(html, 'html', cte='quoted-printable'), cal, boundary='000000000000%s' % rhex(16)), att,
                 boundary='000000000000%s' % rhex(16))
    emit('060-calendar-invite-study-group-ja.eml', body, top, main, L('unrelated', sv=False, lang='ja'))

if __name__ == '__main__':
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(LABELS))
