#!/usr/bin/env python3
"""Generator for blind set 196: AWS Certification account-merge mailbox (paraphrase, English)."""
import os, re, json, random, string, base64, quopri, html as H, datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(196025)
POL = compat32.clone(max_line_length=0)


# ---------------------------------------------------------------- basics
def T(y, mo, d, h, mi, s=0, tz=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def cid15(t, sfx):
    return '%d%05d' % (int(t.timestamp()), sfx)


def later(t, **kw):
    return t + dt.timedelta(**kw)


def intz(t, h):
    return t.astimezone(dt.timezone(dt.timedelta(hours=h)))


def rb64(n):
    return ''.join(R.choice(string.ascii_letters + string.digits + '+/') for _ in range(n))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, up=False):
    al = (string.ascii_uppercase if up else string.ascii_letters) + string.digits
    return ''.join(R.choice(al) for _ in range(n))


def fdate(t):
    return format_datetime(t)


def enc_hdr(s, charset='utf-8'):
    """RFC 2047 encode + fold (encoded words over several lines)."""
    return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset=None):
    if charset:
        return '%s <%s>' % (enc_hdr(name, charset), email)
    if name is None:
        return email
    if re.search(r'[,.()@:;"]', name) or True:
        return '"%s" <%s>' % (name, email) if re.search(r'[,.()@:;]', name) or name.startswith('Amazon') or 'via' in name else '%s <%s>' % (name, email)


def uuid():
    return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_mid(t, region='0100'):
    ms = int(t.timestamp() * 1000)
    return '%s%012x-%s-000000' % (region, ms, uuid())


# ---------------------------------------------------------------- senders (infra)
AMZ_SEL = 'rf3kfrqfu3bgaovnbkjdufx3vvztjdah'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def dkim_sig(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=' % (
        s, d, int(t.timestamp()), h, rb64(43), rb64(70), rb64(100)))


def infra_ses(t, region='0100'):
    mid = ses_mid(t, region)
    n = R.randint(10, 250)
    return dict(host='a8-%d.smtp-out.amazonses.com' % n, ip='54.240.8.%d' % n,
                mailfrom='%s@email.amazonses.com' % mid, mfdom='email.amazonses.com',
                msgid='<%s@email.amazonses.com>' % mid,
                dkim=[('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)],
                extra=[('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
                       ('X-SES-Outgoing', '%s-54.240.8.%d' % (t.strftime('%Y.%m.%d'), n))])


def infra_credly(t, to, dom='credly.com'):
    n = R.randint(1, 9)
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
    loc = to.replace('@', '=')
    return dict(host='o%d.email.%s' % (n, dom), ip=ip,
                mailfrom='bounces+%d-%s-%s@email.%s' % (R.randint(1000000, 9999999), rhex(4), loc, dom),
                mfdom='email.%s' % dom,
                msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), R.randint(1, 40)),
                dkim=[(dom, 's1'), ('sendgrid.info', 'smtpapi')], extra=[('X-SG-EID', rb64(60) + '==')])


def infra_custom(host, ip, mailfrom, msgid, dkim=(), extra=()):
    return dict(host=host, ip=ip, mailfrom=mailfrom, mfdom=mailfrom.split('@')[1], msgid=msgid,
                dkim=list(dkim), extra=list(extra))


# ---------------------------------------------------------------- authentication-results styles
def v_pass(fromdom='amazon.com', dk=None):
    return dict(dkim=[(dk or fromdom, 'pass')], spf='pass', dmarc='pass', fromdom=fromdom)


def ar_gmail(inf, v):
    parts = []
    for d, r in v['dkim']:
        sel = dict(inf['dkim']).get(d, 'selector1')
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, sel, ralnum(8)))
    if v['spf'] == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
            inf['mailfrom'], inf['ip'], inf['mailfrom']))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (
            v['spf'], inf['mailfrom'], inf['ip'], inf['mailfrom']))
    if v.get('dmarc'):
        pol = v.get('pol', 'QUARANTINE')
        dis = 'NONE' if v['dmarc'] == 'pass' else pol
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (v['dmarc'], pol, pol, dis, v['fromdom']))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def ar_outlook(inf, v):
    spf = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (v['spf'], inf['ip'], inf['mfdom'])
    if v['dkim']:
        d, r = v['dkim'][0]
        dk = ' dkim=%s (signature was verified)\n header.d=%s;' % (r, d) if r == 'pass' else ' dkim=%s (signature did not verify)\n header.d=%s;' % (r, d)
    else:
        dk = ' dkim=none (message not signed)\n header.d=none;'
    if v['dmarc'] == 'pass':
        dm = 'dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % v['fromdom']
    else:
        dm = 'dmarc=%s action=quarantine\n header.from=%s;compauth=fail reason=000' % (v['dmarc'], v['fromdom'])
    return spf + dk + dm


def ar_generic(inf, v, authserv, style='plain'):
    parts = []
    for d, r in v['dkim']:
        if style == 'fastmail':
            parts.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048' % (
                r, d, d, ralnum(8), dict(inf['dkim']).get(d, 's1')))
        elif style == 'proton':
            parts.append('dkim=%s (Good 2048 bit rsa-sha256 signature) header.d=%s header.a=rsa-sha256' % (r, d))
        else:
            parts.append('dkim=%s header.i=@%s header.s=%s' % (r, d, dict(inf['dkim']).get(d, 's1')))
    if style == 'fastmail':
        if v.get('dmarc'):
            parts.append('dmarc=%s policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=%s' % (v['dmarc'], v['fromdom']))
        parts.append('spf=%s smtp.mailfrom=%s smtp.helo=%s' % (v['spf'], inf['mailfrom'], inf['host']))
    elif style == 'yahoo':
        parts.append('spf=%s smtp.mailfrom=%s' % (v['spf'], inf['mfdom'].replace('email.', '')))
        if v.get('dmarc'):
            parts.append('dmarc=%s(p=QUARANTINE) header.from=%s' % (v['dmarc'], v['fromdom']))
    else:
        parts.append('spf=%s smtp.mailfrom=%s' % (v['spf'], inf['mailfrom']))
        if v.get('dmarc'):
            parts.append('dmarc=%s header.from=%s' % (v['dmarc'], v['fromdom']))
    sep = ';\n\t' if style != 'yahoo' else ';\n '
    return authserv + sep + sep.join(parts) + (';' if style == 'yahoo' else '')


# ---------------------------------------------------------------- receiving providers (top headers)
def top_headers(prov, to, t, inf, v, extra_ar=None):
    """Return list of (name, value) placed above the sender's own headers."""
    h = []
    rt = later(t, seconds=R.randint(1, 9))
    if prov in ('gmail', 'workspace'):
        g = intz(rt, -7 if 3 <= rt.month <= 10 else -8)
        gd = fdate(g) + (' (PDT)' if 3 <= rt.month <= 10 else ' (PST)')
        ar = ar_gmail(inf, v)
        h += [('Delivered-To', to),
              ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                  rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(14).lower(), gd)),
              ('X-Google-Smtp-Source', 'AGHT+I' + rb64(80)),
              ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                  rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(14).lower(), gd)),
              ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(rt.timestamp()), rb64(70))),
              ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s' % (rb64(43), rb64(43), rb64(70))),
              ('ARC-Authentication-Results', 'i=1; ' + ar),
              ('Return-Path', '<%s>' % inf['mailfrom']),
              ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                  inf['host'], inf['host'], inf['ip'], ralnum(28).lower(), R.randint(1, 999), rhex(2), rhex(2), to, gd)),
              ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                  v['spf'], inf['mailfrom'], 'designates' if v['spf'] == 'pass' else 'does not designate', inf['ip'], inf['ip'])),
              ('Authentication-Results', ar)]
    elif prov == 'outlook':
        o = fdate(rt)
        a, b, c = ('DM6PR%02dMB%d' % (R.randint(1, 20), R.randint(1000, 9999)),
                   'BN9PR%02dCA%04d' % (R.randint(1, 20), R.randint(1, 9999)),
                   'BN2PEPF%08d' % R.randint(1, 99999))
        h += [('Received', 'from %s.namprd%02d.prod.outlook.com (2603:10b6:5:%s::%d) by\n SA1PR%02dMB%d.namprd%02d.prod.outlook.com with HTTPS; %s' % (
                  a, R.randint(1, 20), rhex(3), R.randint(1, 99), R.randint(1, 20), R.randint(1000, 9999), R.randint(1, 20), o)),
              ('Received', 'from %s.namprd03.prod.outlook.com (2603:10b6:408:%s::%d)\n by %s.namprd%02d.prod.outlook.com (2603:10b6:5:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s' % (
                  b, rhex(3), R.randint(1, 99), a, R.randint(1, 20), rhex(3), R.randint(1, 99), R.randint(8000, 9300), R.randint(10, 40), o)),
              ('Authentication-Results', ar_outlook(inf, v)),
              ('Received-SPF', '%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
                  'Pass' if v['spf'] == 'pass' else v['spf'].capitalize(), inf['mfdom'],
                  'designates' if v['spf'] == 'pass' else 'does not designate', inf['ip'], inf['ip'], inf['host'])),
              ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
                  inf['host'], inf['ip'], c, R.randint(2, 250), R.randint(8000, 9300), R.randint(10, 40), o)),
              ('X-MS-Exchange-Organization-ExpirationStartTime', '%s' % rt.strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'),
              ('X-MS-Exchange-Organization-Network-Message-Id', uuid()),
              ('X-MS-Exchange-Organization-SCL', '1')]
    elif prov == 'icloud':
        h += [('Return-Path', '<%s>' % inf['mailfrom']),
              ('Received', 'from %s (%s [%s])\n\tby p00-icloudmta-asmtp-us-west-2a-60-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                  inf['host'], inf['host'], inf['ip'], R.randint(1, 9), ralnum(14, True), to, fdate(rt)))]
        if v.get('dmarc'):
            h.append(('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % (v['dmarc'], v['fromdom'])))
        for d, r in v['dkim']:
            h.append(('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s' % (r, d, d, ralnum(8))))
        h += [('Authentication-Results', 'spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
                  v['spf'], inf['mailfrom'], inf['ip'], inf['mailfrom'])),
              ('Received-SPF', '%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (
                  v['spf'], inf['mailfrom'], inf['ip'], inf['ip'], inf['host'], inf['mailfrom']))]
    elif prov == 'none':
        # corporate relay / export without any Authentication-Results
        h += [('Received', 'from exch-hub02.corp.local (10.20.4.12) by exch-mbx01.corp.local (10.20.4.31)\n with Microsoft SMTP Server id 15.1.2507.39; %s' % fdate(rt)),
              ('Received', 'from mailgw01.corp.local (mailgw01.corp.local [10.20.1.5])\n\tby exch-hub02.corp.local with ESMTP id %s\n\tfor <%s>; %s' % (ralnum(10, True), to, fdate(rt))),
              ('Received', 'from %s (%s [%s])\n\tby mailgw01.corp.local (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                  inf['host'], inf['host'], inf['ip'], ralnum(10, True), to, fdate(later(rt, seconds=-1))))]
    else:
        styles = {'fastmail': ('mx%d.messagingengine.com' % R.randint(1, 8), 'fastmail', 'compute%d.internal' % R.randint(1, 9)),
                  'yahoo': ('atlas%d.free.mail.bf1.yahoo.com' % R.randint(100, 330), 'yahoo', 'mta%d.mail.bf1.yahoo.com' % R.randint(1000, 9999)),
                  'proton': ('mail.protonmail.ch', 'proton', 'mailin%03d.protonmail.ch' % R.randint(1, 40)),
                  'nifty': ('mx.nifty.com', 'plain', 'mta-snd%02d.nifty.com' % R.randint(1, 20)),
                  'sonet': ('mfilter.so-net.ne.jp', 'plain', 'mx%02d.so-net.ne.jp' % R.randint(1, 12)),
                  'biglobe': ('biglobe.ne.jp', 'plain', 'mxin%02d.biglobe.ne.jp' % R.randint(1, 12))}
        authserv, st, mx = styles[prov]
        tz = 9 if prov in ('nifty', 'sonet', 'biglobe') else 0
        h += [('Return-Path', '<%s>' % inf['mailfrom']),
              ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                  inf['host'], inf['host'], inf['ip'], mx, ralnum(11, True), to, fdate(intz(rt, tz))))]
        if prov == 'proton':
            # Proton writes several headers; the dmarc verdict comes first (topmost)
            h += [('Authentication-Results', 'mail.protonmail.ch; dmarc=%s (p=quarantine dis=none)\n header.from=%s' % (v['dmarc'], v['fromdom'])),
                  ('Authentication-Results', 'mail.protonmail.ch; spf=%s smtp.mailfrom=%s' % (v['spf'], inf['mfdom'])),
                  ('Authentication-Results', 'mail.protonmail.ch; arc=none smtp.remote-ip=%s' % inf['ip']),
                  ('Authentication-Results', 'mail.protonmail.ch;\n\t' + ';\n\t'.join(
                      'dkim=%s (Good 2048 bit rsa-sha256 signature) header.d=%s header.a=rsa-sha256' % (r, d) for d, r in v['dkim']))]
        else:
            h.append(('Authentication-Results', ar_generic(inf, v, authserv, st)))
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    return h


# ---------------------------------------------------------------- quoting styles
def q_prefix(text, p='> '):
    return '\n'.join((p + l) if l.strip() else p.rstrip() for l in text.split('\n'))


def q_gmail(when, who, text):
    return 'On %s %s wrote:\n%s' % (when, who, q_prefix(text))


def q_outlook(frm, sent, to, subj, text, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s' % (subj, text)


def q_outlook_plain(frm, sent, to, subj, text):
    return 'From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (frm, sent, to, subj, text)


def q_original(frm, sent, to, subj, text):
    return '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (frm, sent, to, subj, text)


def q_ja(when, who, text):
    return '%s %s:\n%s' % (when, who, q_prefix(text))


# ---------------------------------------------------------------- HTML rendering
def text_to_html(new, quoted='', qstyle='blockquote', font='Arial,Helvetica,sans-serif'):
    def paras(t):
        out = []
        for block in re.split(r'\n\s*\n', t.strip('\n')):
            lines = [H.escape(l) for l in block.split('\n')]
            lines = [re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', l) for l in lines]
            out.append('<p>%s</p>' % '<br>\n'.join(lines))
        return '\n'.join(out)
    body = '<div style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</div>' % (font, paras(new))
    if quoted:
        # strip "> " prefixes for html, nest as blockquote
        qt = re.sub(r'(?m)^> ?', '', quoted) if qstyle == 'blockquote' else quoted
        if qstyle == 'blockquote':
            first, _, rest = qt.partition('\n')
            body += '\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>' % (
                H.escape(first), paras(rest))
        else:
            body += '\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">\n%s\n</div>' % paras(qt)
    return '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n%s\n</body>\n</html>\n' % body


# ---------------------------------------------------------------- MIME parts
def tpart(text, subtype='plain', charset='utf-8', cte='qp', label=None, codec=None):
    b = text.encode(codec or charset)
    if cte == 'qp':
        payload = quopri.encodestring(b).decode('ascii')
        cten = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(b).decode('ascii')
        cten = 'base64'
    else:
        payload = b.decode('ascii', 'surrogateescape')
        cten = cte
    p = MIMENonMultipart('text', subtype, charset=label or charset)
    del p['MIME-Version']
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cten
    if subtype == 'plain' and R.random() < 0.25:
        p.set_param('format', 'flowed')
    return p


# ---------------------------------------------------------------- mail registry
MAILS = []


def M(**kw):
    MAILS.append(kw)


def build(m):
    new = m.get('new', '')
    quoted = m.get('quoted', '')
    text = new.rstrip('\n') + '\n' + (('\n' + quoted.rstrip('\n') + '\n') if quoted else '')
    charset = m.get('charset', 'utf-8')
    cte = m.get('cte', 'qp')
    mode = m.get('mode', 'alt')  # alt | plain | html
    html = m.get('html')
    if mode != 'plain' and html is None:
        html = text_to_html(new, quoted, m.get('qstyle', 'blockquote'))
    if mode == 'plain':
        body = tpart(text, 'plain', charset, cte, m.get('label'), m.get('codec'))
    elif mode == 'html':
        body = tpart(html, 'html', m.get('hcharset', charset), m.get('hcte', cte), m.get('label'), m.get('codec'))
    else:
        body = MIMEMultipart('alternative', boundary=m.get('boundary', '----=_Part_%d_%d.%d' % (
            R.randint(100000, 999999), R.randint(100000000, 999999999), int(m['date'].timestamp() * 1000))))
        body.attach(tpart(text, 'plain', charset, cte, m.get('label'), m.get('codec')))
        body.attach(tpart(html, 'html', m.get('hcharset', charset), m.get('hcte', cte), m.get('label'), m.get('codec')))
    if m.get('wrap_mixed'):
        outer = MIMEMultipart('mixed')
        del outer['MIME-Version']
        outer.attach(body)
        body = outer
    if 'MIME-Version' in body:
        del body['MIME-Version']
    content = body.items()
    for k, _ in content:
        del body[k]
    inf = m['inf']
    to_email = re.search(r'<([^>]+)>', m['to']).group(1) if '<' in m['to'] else m['to']
    hdrs = []
    if m.get('prov') is not None:
        hdrs += top_headers(m['prov'], to_email, m['date'], inf, m.get('v'), m.get('extra_ar'))
    hdrs += m.get('pre_sender', [])
    for d, s in inf['dkim']:
        if d in m.get('no_dkim', ()):
            continue
        hdrs.append(('DKIM-Signature', dkim_sig(d, s, m['date'])))
    subj = m['subject']
    if m.get('subj_enc'):
        subj = enc_hdr(subj, m['subj_enc'])
    hdrs += [('From', m['frm']), ('To', m['to'])]
    if m.get('cc'):
        hdrs.append(('Cc', m['cc']))
    hdrs += [('Subject', subj), ('Date', fdate(m['date'])), ('Message-ID', m.get('msgid', inf['msgid']))]
    if m.get('reply_to'):
        hdrs.append(('Reply-To', m['reply_to']))
    hdrs += m.get('hdrs', [])
    hdrs.append(('MIME-Version', '1.0'))
    for k, val in hdrs:
        body[k] = val
    for k, val in content:
        body[k] = val
    hdrs2 = inf.get('extra', [])
    for k, val in hdrs2:
        body[k] = val
    return body.as_bytes(policy=POL)


# ================================================================ threads
# T1 Daniel Okafor (form desk, gmail)
T1_OPEN = T(2025, 3, 11, 9, 14, 27); T1 = cid15(T1_OPEN, 412)
T1_TO = 'Daniel Okafor <d.okafor.dev@gmail.com>'
# T2 Mei-Ling Harper (console case, outlook.com)
T2_OPEN = T(2025, 4, 2, 22, 41, 9); T2 = cid15(T2_OPEN, 718)
T2_TO = 'meiling.harper@outlook.com'
# T3 Takeshi Inoue (form desk, Japanese, nifty)
T3_OPEN = T(2025, 5, 27, 23, 2, 44); T3 = cid15(T3_OPEN, 205)
T3_TO_ADDR = 'inoue.takeshi@nifty.com'
# T4 Rafael Duarte (console, 2022, 11 digits, fastmail)
T4 = '10498276531'; T4_OPEN = T(2022, 8, 17, 14, 3, 51)
T4_TO = 'Rafael Duarte <rduarte@fastmail.com>'
# T5 Aisha Bello (form desk, 2020, 10 digits, yahoo)
T5 = '7294410583'; T5_OPEN = T(2020, 7, 14, 18, 22, 5)
T5_TO = 'Aisha Bello <aisha.bello@yahoo.com>'
# T6 Gareth Lloyd (form desk, Google Workspace) three accounts
T6_OPEN = T(2025, 6, 9, 13, 55, 2); T6 = cid15(T6_OPEN, 91)
T6_TO = 'Gareth Lloyd <gareth@lloyd-consulting.co.uk>'
# T7 Hannah Whitcombe (form desk, proton)
T7_OPEN = T(2025, 7, 1, 16, 20, 40); T7 = cid15(T7_OPEN, 330)
T7_TO = 'hannah.whitcombe@proton.me'
# T8 Sven Aalto (form desk, 2023, 11 digits, Microsoft 365)
T8 = '13284410972'; T8_OPEN = T(2023, 3, 3, 7, 48, 19)
T8_TO = 'Sven Aalto <sven.aalto@nordvik.fi>'

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'
CONSOLE_FOOT = ('We value your feedback. Please share your experience by rating this correspondence using the AWS '
                'Support Center link at the end of this correspondence. Each correspondence can also be rated by '
                'selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n'
                'Best regards,\n%s\nAmazon Web Services\n\n'
                '======================================================================\n'
                'To see all of your support cases, please sign in to the AWS Support Center:\n'
                'https://console.aws.amazon.com/support/home#/\n\n'
                'To view this case and rate the correspondence, please visit:\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark '
                'of Amazon.com, Inc. or its affiliates.\n\n'
                'This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above '
                'if you need to contact us again about this same issue.')

# ================================================================ mails
# --- 001-010 -------------------------------------------------------------
d = later(T1_OPEN, seconds=4)
M(n=1, slug='form-request-logged-echo', kind='case_created', case=T1, ids=['AWS04418823', 'AWS11902754'], ver=True, lang='en',
  frm=FORM, to=T1_TO, date=d, inf=infra_ses(d), prov='gmail', v=v_pass(),
  subject='We have your request [CASE %s] - AWS Training and Certification' % T1,
  new='''Hello,

Thanks for reaching out to AWS Training and Certification. This note is just to let
you know your request reached us and now sits in our queue under reference %s.

What you sent us
----------------
Inquiry type:        Certification
Inquiry detail:      Account Merge
AWS candidate ID:    AWS04418823
Description:         I have two certification accounts, one created with my old
                     employer's address. I would like everything to end up under
                     AWS11902754, which uses my personal Gmail.

Someone from the team normally writes back within one business day. There is no
need to fill in the form again: if you want to add anything, reply to this message
and leave the reference in the subject line as it is.

AWS Training and Certification

This message was generated automatically. Amazon Web Services, Inc., 410 Terry
Avenue North, Seattle, WA 98109-5210.
''' % T1)

d = later(T2_OPEN, seconds=6)
M(n=2, slug='console-new-case-join-profiles', kind='case_created', case=T2, ids=['AWS30118455', 'AWS30992210'], ver=True, lang='en',
  frm=CONSOLE, to=T2_TO, date=d, inf=infra_ses(d), prov='outlook', v=v_pass(), mode='plain', cte='7bit',
  subject='Amazon Web Services: You have opened a new Support case: %s' % T2,
  new='''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Two certification logins - want them joined
Severity: General guidance
Correspondence: Hi, I sat my Cloud Practitioner years ago under a different e-mail (candidate aws30118455) and my Solutions Architect Associate under aws30992210. Is it possible to put them together so I only have one transcript? Thanks, Mei-Ling

We will respond to your case as soon as possible. You can view this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming email. To update your case, please use the link above.
''' % (T2, T2, T2))

T9_OPEN = T(2025, 8, 19, 4, 12, 55); T9 = cid15(T9_OPEN, 27)
d = later(T9_OPEN, seconds=3)
M(n=3, slug='tiny-html-ack-no-auth', kind='case_created', case=T9, ids=[], ver=None, lang='en',
  frm=FORM, to='Priyanka Nair <p.nair@kestrel-analytics.com>', date=d, inf=infra_ses(d), prov='none', mode='html', cte='qp',
  subject='Request received - #%s' % T9,
  new='', html='''<html><body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#232f3e">
<tr><td style="padding:24px 28px">
<p>Hi there &mdash; we&rsquo;ve got it. Your request is logged as <b>#%s</b>; a real person will pick it up within about a day.</p>
<p style="color:#687078;font-size:12px">Nothing else is needed from you right now. AWS Training and Certification</p>
</td></tr></table></td></tr></table>
</body></html>
''' % T9)

d = later(T3_OPEN, seconds=5)
M(n=4, slug='ja-uketsuke-iso2022', kind='case_created', case=T3, ids=['AWS22760019'], ver=True, lang='ja',
  frm=FORM, to='%s <%s>' % (enc_hdr('井上 岳', 'iso-2022-jp'), T3_TO_ADDR), date=d, inf=infra_ses(d), prov='nifty', v=v_pass(),
  subject='[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % T3, subj_enc='iso-2022-jp',
  mode='plain', charset='iso-2022-jp', cte='7bit',
  new='''井上 岳 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

　ケース ID：%s
　お問い合わせの種類：認定 / アカウントの統合
　AWS 受験者 ID：AWS22760019

担当者より、通常 24 時間以内にご連絡いたします。
同じ内容で改めてお問い合わせいただく必要はございません。補足事項がございましたら、
件名のケース ID を変更せずに本メールへご返信ください。

※本メールはシステムより自動送信されております。

AWS トレーニングと認定
''' % T3)

d = later(T4_OPEN, seconds=7)
M(n=5, slug='console-case-2022-b64', kind='case_created', case=T4, ids=['AWS07734410', 'AWS09120087'], ver=True, lang='en',
  frm=CONSOLE, to=T4_TO, date=d, inf=infra_ses(d), prov='fastmail', v=v_pass(), mode='plain', cte='b64',
  subject='Amazon Web Services: You have opened a new Support case: %s' % T4,
  new='''Hello,

We've received your request and created case %s for it. A member of our team will look at it shortly.

Case ID: %s
Subject: Merge two certification accounts
Severity: General guidance
Service: Account - Certification
Description: Please merge AWS07734410 into AWS09120087. Same person, two e-mails.

You don't need to do anything right now. When there is an update we'll send you an e-mail, and you can always check progress in the Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId=%s%%26language=en

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming email.
''' % (T4, T4, T4))

P1_OPEN = T(2025, 9, 22, 11, 40, 3); P1 = cid15(P1_OPEN, 5521)
d = later(P1_OPEN, minutes=2)
M(n=6, slug='lookalike-domain-ticket-opened', kind='case_created', case=P1, ids=[], ver=False, lang='en',
  frm='"AWS Certification Support" <cases@aws-certification-helpdesk.com>', to='m.osei.cloud@gmail.com', date=d,
  inf=infra_custom('mail.aws-certification-helpdesk.com', '45.137.21.84', 'bounce@aws-certification-helpdesk.com',
                   '<%s@aws-certification-helpdesk.com>' % rhex(20), dkim=[('aws-certification-helpdesk.com', 'default')]),
  prov='gmail', v=v_pass('aws-certification-helpdesk.com'),
  subject='Your account merge ticket #%s has been opened' % P1,
  new='''Dear Candidate,

A ticket has been opened for your AWS Certification account merge request.

Ticket number: %s
Status: Pending identity verification

To prevent the loss of your certifications during the merge, both candidate profiles
must be verified within 24 hours. Please sign in with your AWS Certification
credentials using the secure link below:

https://aws-certification-helpdesk.com/verify?ticket=%s

If verification is not completed in time, the ticket will be cancelled and your
certification records may be locked.

AWS Certification Support Team
''' % (P1, P1))

T10_OPEN = T(2025, 9, 3, 18, 7, 31); T10 = cid15(T10_OPEN, 644)
d = later(T10_OPEN, seconds=9)
M(n=7, slug='icloud-ack-reply-on-earlier-thread', kind='case_created', case=T10, ids=['AWS77120346'], ver=True, lang='en',
  frm=FORM, to='Lena Fischer <lena.fischer@icloud.com>', date=d, inf=infra_ses(d), prov='icloud', v=v_pass(), cte='qp',
  subject='[CASE %s] Thanks, Lena - your message is with us' % T10,
  new='''Hello Lena,

This is an automatic note to say your message made it to us. Your reference is
%s.

Somebody from our certification team should write back within a working day,
sometimes sooner.

One tip: if you have already written to us about the same thing, it is quicker to
carry on in that earlier thread than to keep this one open. Two requests about the
same accounts tend to slow each other down.

Candidate ID you gave us: AWS-77120346

AWS Training and Certification
''' % T10)

d = T(2025, 3, 12, 6, 48, 12)
M(n=8, slug='priya-activity-cannot-be-reversed', kind='merge_confirmation_requested', case=T1, ids=['AWS04418823', 'AWS11902754'], ver=True, lang='en',
  frm=FORM, to=T1_TO, date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T1,
  new='''Dear Daniel,

Greetings from AWS Training and Certification!

Thank you for your patience. As per your request, I have gone through both the
profiles registered under your name and found the following:

  Profile 1 - AWS 04418823 - registered with daniel.okafor@brightwell-systems.com
  Profile 2 - AWS 11902754 - registered with d.okafor.dev@gmail.com

Post the activity, AWS 04418823 will be closed and all its exam history,
certifications and benefits will be moved to AWS 11902754, which will remain as
your active profile going forward. Kindly note that once done, this activity
cannot be reversed.

Request you to kindly revert on this email stating that the above details are
correct, so that we can take this forward at the earliest.

Warm regards,
Priya S.
AWS Training and Certification
''')

d = T(2025, 4, 4, 8, 30, 44)
M(n=9, slug='marek-terse-reply-ok', kind='merge_confirmation_requested', case=T2, ids=['AWS30118455', 'AWS30992210'], ver=True, lang='en',
  frm=CONSOLE, to=T2_TO, date=d, inf=infra_ses(d), prov='outlook', v=v_pass(), mode='plain', cte='7bit',
  subject='RE:[CASE %s] Two certification logins - want them joined' % T2,
  new='''Hello,

aws30118455 (goes away) -> aws30992210 (stays, login meiling.harper@outlook.com). Not reversible. Write OK in Support Center and I do it.

Marek

''' + CONSOLE_FOOT % ('Marek', T2))

d = T(2025, 6, 10, 9, 40, 18)
M(n=10, slug='siobhan-long-three-profiles-nod', kind='merge_confirmation_requested', case=T6,
  ids=['AWS41120983', 'AWS41776502', 'AWS43005518'], ver=True, lang='en',
  frm=FORM, to=T6_TO, date=d, inf=infra_ses(d), prov='workspace', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T6,
  new='''Hi Gareth,

Siobhan here from the AWS Training and Certification team - thanks a million for
all the detail in your form, it made my job a lot easier this morning.

So I've had a good dig through our records, and I can see three separate
certification profiles that all look like they belong to you:

  1) AWS41120983 - opened in 2019 with gareth.lloyd@harcourt-group.com (your old
     employer, I'm guessing). This one holds your Cloud Practitioner from 2019.
  2) AWS41776502 - opened in 2021 with glloyd.cloud@gmail.com. This one has the
     Solutions Architect - Associate and the SysOps Administrator - Associate.
  3) AWS43005518 - opened last year with gareth@lloyd-consulting.co.uk. This one
     has the Solutions Architect - Professional you passed in April, plus an
     unused 50%% discount from that exam.

What I'm proposing is to bring the first two in under number 3, so AWS43005518 is
the one you'd keep using, signing in with gareth@lloyd-consulting.co.uk.
Everything that sits on 1 and 2 - exam history, certifications, score reports,
any remaining benefits - gets carried across, and then profiles 1 and 2 are
switched off for good.

A few things worth knowing before you say yes:

  * This really is a one-way street. Once the three are rolled into one, we
    can't split them apart again, so please take a moment to check the numbers
    above against what you have.
  * If you have an exam booked on either of the older profiles, tell me now -
    it's much easier to move a booking before we do this than after.
  * Your Credly badges live on a separate system. Usually they follow along on
    their own within a few days, but sometimes they need a nudge; I'll keep an
    eye on it.
  * Your transcript will show the original exam dates, not today's date, so
    nothing about your expiry dates changes.

If all of that looks right to you, just hit reply and tell me so (a one-liner is
grand), and I'll get it moving. If you'd rather keep a different profile as the
main one - say the Gmail one - tell me that instead and I'll redo the plan.

Talk soon,
Siobhan
AWS Training and Certification
'''.replace('%%', '%'))

# --- 011-020 -------------------------------------------------------------
T11_OPEN = T(2025, 8, 5, 10, 31, 18); T11 = cid15(T11_OPEN, 1509)
d = T(2025, 8, 6, 13, 2, 50)
M(n=11, slug='daniela-two-things-accounts-and-name', kind='merge_confirmation_requested', case=T11,
  ids=['AWS67530092', 'AWS68201144'], ver=True, lang='en',
  frm=FORM, to='Kwame Mensah <kwame.mensah@outlook.com>', date=d, inf=infra_ses(d), prov='outlook', v=v_pass(), cte='qp',
  subject='RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T11,
  new='''Hello Kwame,

Thank you for your patience while I looked into this. There are two points in this message, so I have numbered them.

1. Your accounts

I found these two profiles under your name:

- AWS 68201144 (kwame.mensah@outlook.com) - this will be the surviving account
- AWS 67530092 (k.mensah@unilag-alumni.edu.ng) - this will be absorbed into the one above and then closed

Please reply to let me know that this is correct and that you would like us to go ahead. It can't be reversed afterwards, so please check the numbers carefully.

2. Something separate

This is not related to the accounts above: the name on your profile is spelled "Kwame Mensa" (without the h). The name on your profile must match your ID exactly on exam day. Would you like me to correct it to "Kwame Mensah"? A yes or no is enough, and it does not change anything about point 1.

Kind regards,
Daniela R.
AWS Training and Certification
''')

d = T(2025, 5, 30, 1, 15, 27)
M(n=12, slug='ja-sjis-tougou-kakunin', kind='merge_confirmation_requested', case=T3,
  ids=['AWS20581346', 'AWS22760019'], ver=True, lang='ja',
  frm=FORM, to='%s <%s>' % (enc_hdr('井上 岳', 'iso-2022-jp'), T3_TO_ADDR), date=d, inf=infra_ses(d), prov='nifty', v=v_pass(),
  subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - アカウント統合のご確認' % T3, subj_enc='utf-8',
  mode='plain', charset='shift_jis', cte='b64',
  new='''井上 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
担当の山本でございます。

ご登録のメールアドレスをお知らせいただき、ありがとうございました。
確認いたしましたところ、下記 2 件のアカウントがお客様のものであることを確認できました。

　■ 統合元（統合後に削除されます）
　　AWS 受験者 ID：AWS22760019
　　メールアドレス：t-inoue@kanto-denki.co.jp

　■ 統合先（引き続きご利用いただくアカウント）
　　AWS 受験者 ID：AWS20581346
　　メールアドレス：inoue.takeshi@nifty.com

統合先のアカウントに、統合元の受験履歴・認定資格・特典をすべて移行いたします。
なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにその旨をご返信くださいますようお願い申し上げます。
ご返信をいただき次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定
山本 美咲
''')

P2_OPEN = T(2025, 10, 2, 3, 18, 40); P2 = cid15(P2_OPEN, 2290)
d = later(P2_OPEN, hours=20)
M(n=13, slug='spoofed-from-dmarc-fail-confirm-link', kind='merge_confirmation_requested', case=P2,
  ids=['AWS13370815', 'AWS15524409'], ver=False, lang='en',
  frm=CONSOLE, to='farah.quraishi@gmail.com', date=d,
  inf=infra_custom('vps-4417.hostbrr-srv.net', '193.42.33.171', 'noreply@mailer.hostbrr-srv.net',
                   '<%s.%s@hostbrr-srv.net>' % (rhex(16), rhex(6))),
  prov='gmail', v=dict(dkim=[], spf='softfail', dmarc='fail', fromdom='amazon.com'), mode='html', cte='b64',
  subject='Action required: confirm merge of AWS-13370815 and AWS-15524409 [Case %s]' % P2,
  new='', html='''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://i.ibb.co/7Xq2F1k/aws-logo.png" alt="aws" width="80"><br><br>
<p>Dear Certification Holder,</p>
<p>We have received a request to merge the following AWS Certification accounts (case %s):</p>
<ul><li>AWS-13370815 (will be closed)</li><li>AWS-15524409 (will be kept)</li></ul>
<p>Before the merge can be processed, you must confirm ownership of both accounts. Unconfirmed requests are rejected after 12 hours and
may result in the suspension of your certifications.</p>
<p style="text-align:center"><a href="https://aws-certmerge-portal.help/confirm?c=%s" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:3px">CONFIRM MERGE</a></p>
<p>Thank you,<br>AWS Training &amp; Certification</p>
</body></html>''' % (P2, P2))

T12_OPEN = T(2025, 11, 4, 15, 9, 33); T12 = cid15(T12_OPEN, 887)
d = T(2025, 11, 5, 19, 44, 2)
M(n=14, slug='forged-lower-ar-reply-confirm', kind='merge_confirmation_requested', case=T12,
  ids=['AWS50011782', 'AWS51940026'], ver=False, lang='en',
  frm=FORM, to='Oskar Lindqvist <oskar.lindqvist@outlook.com>', date=d,
  inf=infra_custom('mail.srv-relay-77.com', '185.234.72.19', 'support@amazon.com', '<%s@amazon.com>' % uuid()),
  prov='outlook', v=dict(dkim=[], spf='fail', dmarc='fail', fromdom='amazon.com'),
  pre_sender=[('Authentication-Results', 'mx.amazon.com; dkim=pass header.d=amazon.com header.s=%s;\n spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com' % AMZ_SEL),
              ('Received', 'from smtp-out.amazon.com (smtp-out.amazon.com [54.240.8.40]) by mx.amazon.com; %s' % fdate(d))],
  mode='plain', cte='qp',
  subject=FORM_SUBJ % T12,
  new='''Hello Oskar,

I have reviewed your certification profiles and I'm ready to combine them as follows:

  Remaining profile: AWS51940026
  Profile to be retired: AWS50011782

To make sure the request really comes from you, please confirm by signing in on the page below with the e-mail and password of BOTH profiles. Once this is done, the change is applied automatically and cannot be undone.

https://aws-training-certification.account-verify.co/merge/%s

If you don't confirm within 24 hours, the request will expire and you will have to submit a new one.

Best regards,
Jonas
AWS Training and Certification
''' % T12)

d = T(2020, 7, 15, 16, 5, 41, -7)
M(n=15, slug='oluwafemi-2020-retain-retire-original-message', kind='merge_confirmation_requested', case=T5,
  ids=['AWS00655321', 'AWS00781234'], ver=True, lang='en',
  frm=FORM, to=T5_TO, date=d, inf=infra_ses(d), prov='yahoo', v=v_pass(), mode='plain', cte='qp',
  subject=FORM_SUBJ % T5,
  new='''Hello Aisha,

Good day and thank you for writing in.

I have looked into the three candidate numbers you gave. Only two of them are yours. The third one belongs to a different candidate with a similar name, so we will not touch it.

Our plan is to retain AWS00781234 as your main record, and to retire AWS00655321 after moving across your exam history and your certification. Kindly be informed that this cannot be undone once it is done.

Are you okay with us going ahead on this basis? A simple reply to this email will do.

Best regards,
Oluwafemi A.
AWS Training and Certification
''',
  quoted=q_original('Aisha Bello <aisha.bello@yahoo.com>', 'Tuesday, July 14, 2020 11:22 AM',
                    'aws-cs-trainingcertification-form@amazon.com', '[AWS Training and Certification Form Submission] - account-assistance',
                    '''Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS00781234

I think I have ended up with three accounts: AWS00781234, AWS00655321 and AWS00999111. My Developer Associate is on the second one. Please put everything on AWS00781234.

Thanks,
Aisha'''))

T13_OPEN = T(2025, 10, 14, 7, 45, 12); T13 = cid15(T13_OPEN, 3021)
d = T(2025, 10, 15, 9, 3, 26)
M(n=16, slug='lucia-emptied-into-write-yes', kind='merge_confirmation_requested', case=T13,
  ids=['AWS79901385', 'AWS80014472'], ver=True, lang='en',
  frm=FORM, to='Tomasz Wrona <tomasz.wrona@gmail.com>', date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T13,
  new='''Hi Tomasz,

Perfect, thanks for telling me which one you prefer. So the plan stays like this: the older profile AWS79901385 will be emptied into AWS80014472, and AWS80014472 is the one that stays with you, with the login tomasz.wrona@gmail.com.

Before I send it to the team I need only that you write me back "yes, go ahead" (or tell me if something is wrong). After we do it there is no way back, so better to check two times.

Saludos,
Lucia
AWS Training and Certification
''',
  quoted=q_gmail('Tue, Oct 14, 2025 at 6:02 PM', 'Tomasz Wrona <tomasz.wrona@gmail.com>', '''Hi,
I'd like to keep the newer one please (AWS80014472), it has my current email.
Tomasz

''' + q_gmail('Tue, Oct 14, 2025 at 3:37 PM', 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', '''Hello Tomasz,

I found two profiles, AWS80014472 and AWS79901385. Which one would you like to keep?

Lucia''')))

d = T(2025, 3, 13, 2, 5, 9)
M(n=17, slug='jo-two-line-all-done', kind='merge_completed', case=T1, ids=['AWS04418823', 'AWS11902754'], ver=True, lang='en',
  frm=FORM, to=T1_TO, date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), cte='7bit',
  subject=FORM_SUBJ % T1,
  new='''Hi Daniel - all done: everything from AWS04418823 now lives under AWS11902754, so please sign in with d.okafor.dev@gmail.com from now on.

Jo, AWS T&C
''')

d = T(2025, 4, 5, 10, 12, 37)
M(n=18, slug='tomas-finished-old-record-closed', kind='merge_completed', case=T2, ids=['AWS30118455', 'AWS30992210'], ver=True, lang='en',
  frm=CONSOLE, to=T2_TO, date=d, inf=infra_ses(d), prov='outlook', v=v_pass(), cte='qp',
  subject='RE:[CASE %s] Two certification logins - want them joined' % T2,
  new='''Hola Mei-Ling,

Thank you for your OK in the Support Center. I have now finished the work: the old record aws30118455 is closed, and your two exams (Cloud Practitioner and Solutions Architect Associate) appear together under AWS30992210. The 50% voucher you got from the Associate exam is also there, unused.

If the transcript still looks like before, please sign out and sign in again, sometimes the page keeps the old data for some minutes.

''' + CONSOLE_FOOT % ('Tomás', T2))

d = T(2025, 6, 12, 15, 31, 8)
M(n=19, slug='siobhan-finished-and-closing-rate-me', kind='merge_completed', case=T6,
  ids=['AWS41120983', 'AWS41776502', 'AWS43005518'], ver=True, lang='en',
  frm=FORM, to=T6_TO, date=d, inf=infra_ses(d), prov='workspace', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T6,
  new='''Hi Gareth,

Good news - that's everything finished. AWS41120983 and AWS41776502 have been rolled into AWS43005518, and when I checked just now all five certifications were showing on it, along with the 50%% discount from your Professional exam.

As there's nothing left for us to do here, I'm going to close this case off. If you have a minute, there's a short rating link below - it goes straight to my team lead, so a kind word would be much appreciated! And if anything looks wrong when you sign in, reply here within the next couple of weeks and it'll pop straight back open to me.

All the best,
Siobhan
AWS Training and Certification

How did we do? Rate this response:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTzq8JxYv2cL7f?caseid=%s
''' % T6)

d = T(2025, 7, 11, 20, 47, 3)
M(n=20, slug='bartholomew-very-long-everything-moved', kind='merge_completed', case=T7,
  ids=['AWS52219907', 'AWS58830041'], ver=True, lang='en',
  frm=FORM, to=T7_TO, date=d, inf=infra_ses(d), prov='proton', v=v_pass(), cte='qp',
  subject='RE:[CASE %s] [AWS Training and Certification Form Submission] – account-assistance – follow-up on your two profiles' % T7,
  subj_enc='utf-8',
  new='''Dear Ms Whitcombe,

I hope this message finds you well, and thank you once again for your patience over the past ten days; I appreciate that waiting for your exam result to post before we could act on your request will not have been the most convenient arrangement, and I am grateful that you were so understanding about it.

I am writing to let you know that the work you asked us for has now been carried out in full. To summarise what was done, in the interests of complete transparency:

(a) The certification profile AWS58830041, which was registered with your former university address (h.whitcombe@student.bristol-uni.example.ac.uk), no longer exists as a separate record. Its complete exam history - the AWS Certified Cloud Practitioner (2021), the AWS Certified Developer - Associate (2023) and the AWS Certified AI Practitioner exam you sat on 8 July - has been transferred onto your remaining profile.

(b) Your remaining profile is AWS52219907, registered with hannah.whitcombe@proton.me. This is the only profile you should use from now on, both for signing in to AWS Certification and for scheduling any future exams with Pearson VUE.

(c) The 50% discount benefit you earned by passing the Developer - Associate exam has been carried over and remains valid until its original expiry date. The practice exam benefit, which you had already used, is shown as used.

(d) Your certification expiry dates have not changed. Each certification keeps the date on which it was originally earned.

There are a small number of things I would recommend you check over the next few days, purely as a precaution:

1. Sign in at https://www.aws.training/Certification using hannah.whitcombe@proton.me and open "Certifications" and "Exam History". You should see three items in each.
2. Open "Benefits" and make sure the discount is listed.
3. Your digital badges are held by Credly, which is a separate company. They normally follow automatically within 48 to 72 hours. If they have not appeared on your Credly profile by the end of next week, please let me know and I shall raise it with our Credly contacts.
4. If you had added the old profile to any employer or partner program (for example, an AWS Partner Network account), you may need to update it there with the new candidate ID, as we cannot change third-party records.

Should anything appear amiss, you need only reply to this message and it will come straight back to me. Otherwise there is nothing further that you need to do.

It has been a pleasure to assist you, and I wish you every success with your studies.

Yours sincerely,

Bartholomew Ashdown
Senior Customer Service Associate
AWS Training and Certification

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. This message may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.
''')
# --- 021-032 -------------------------------------------------------------
d = T(2025, 5, 31, 2, 40, 55)
M(n=21, slug='ja-kanryo-iso2022-quoted', kind='merge_completed', case=T3, ids=['AWS20581346'], ver=True, lang='ja',
  frm=FORM, to='%s <%s>' % (enc_hdr('井上 岳', 'iso-2022-jp'), T3_TO_ADDR), date=d, inf=infra_ses(d), prov='nifty', v=v_pass(),
  subject='RE:[CASE %s] アカウント統合のご確認' % T3, subj_enc='iso-2022-jp',
  mode='plain', charset='iso-2022-jp', cte='7bit',
  new='''井上 様

お世話になっております。AWS トレーニングと認定の山本でございます。

ご返信いただき、誠にありがとうございました。
ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は AWS20581346（inoue.takeshi@nifty.com）にてサインインいただけますと幸いです。
認定資格および受験履歴は、すべて上記アカウントにてご確認いただけます。

Credly のデジタルバッジは、反映までに数日かかる場合がございます。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

山本 美咲
AWS トレーニングと認定
''',
  quoted=q_ja('2025年5月30日(金) 19:22 井上 岳', '<inoue.takeshi@nifty.com>', '''山本様

ご連絡ありがとうございます。
内容に間違いございません。AWS22760019 を AWS20581346 に統合してください。
よろしくお願いいたします。

井上'''))

T14_OPEN = T(2025, 9, 1, 2, 26, 48); T14 = cid15(T14_OPEN, 4410)
d = T(2025, 9, 3, 5, 58, 21)
M(n=22, slug='arjun-single-profile-now-plus-credly-question', kind='merge_completed', case=T14,
  ids=['AWS90331257', 'AWS90417780'], ver=True, lang='en',
  frm=FORM, to='Yuki Tanaka <yuki.tanaka@so-net.ne.jp>', date=d, inf=infra_ses(d), prov='sonet', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T14,
  new='''Hello Tanaka-san,

Thanks for waiting. Your two certification profiles are now a single one: AWS 90331257 is gone and its history sits under AWS 90417780. You can sign in as usual with yuki.tanaka@so-net.ne.jp.

One more question, separate from the above: on Credly I can also see two accounts with your name. Would you like us to ask Credly to combine those as well, so all your badges are in one place? If yes, please tell me which e-mail address your main Credly account uses.

Best regards,
Arjun
AWS Training and Certification
''')

T15_OPEN = T(2025, 9, 8, 12, 0, 15); T15 = cid15(T15_OPEN, 71)
d = T(2025, 9, 10, 8, 16, 40)
M(n=23, slug='nadia-all-set-wrong-charset-label', kind='merge_completed', case=T15,
  ids=['AWS33419028', 'AWS35002961'], ver=True, lang='en',
  frm=FORM, to='Ben Carter <ben.carter@fastmail.com>', date=d, inf=infra_ses(d), prov='fastmail', v=v_pass(),
  mode='plain', cte='qp', label='iso-8859-1',
  subject=FORM_SUBJ % T15,
  new='''Hi Ben — you’re all set.

Your older candidate record (AWS-33419028) has been folded into AWS-35002961, which is the one you’ll use from here on. Exam history and the Developer – Associate cert came across fine.

Badges on Credly can lag a day or two behind; if they haven’t shown up by Friday, give me a shout.

— Nadia
AWS Training & Certification
''',
  quoted='''On Tue, 9 Sep 2025, at 14:02, Ben Carter wrote:
> Yes, that’s right. Keep AWS-35002961 and go ahead.
>
> Ben
>
> On Tue, 9 Sep 2025, at 09:40, Amazon Web Services wrote:
>> Hi Ben,
>> Just to check before I do anything: AWS-33419028 would be merged into
>> AWS-35002961 and then closed. This can’t be reversed. Is that what you want?
>> Nadia''')

d = T(2023, 3, 9, 11, 24, 36)
M(n=24, slug='helena-2023-sorted-outlook-history', kind='merge_completed', case=T8, ids=['AWS60088215', 'AWS61003327'], ver=True, lang='en',
  frm=FORM, to=T8_TO, date=d, inf=infra_ses(d), prov='outlook', v=v_pass(), cte='qp', qstyle='outlook',
  subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T8,
  new='''Hello Sven,

That's sorted now. The old login (sven.aalto@vaisala-partner.fi) no longer exists, and anything that was on AWS61003327 is now part of AWS60088215.

Regards,
Helena K.
AWS Training and Certification
''',
  quoted=q_outlook('Sven Aalto <sven.aalto@nordvik.fi>', 'Tuesday, March 7, 2023 9:12 AM',
                   'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                   'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T8,
                   '''Hi Helena,

Yes, please proceed. Keep AWS60088215.

Br,
Sven Aalto
Cloud Architect | Nordvik Oy
+358 40 712 3390

''' + q_outlook_plain('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 'Monday, March 6, 2023 4:51 PM',
                      'Sven Aalto <sven.aalto@nordvik.fi>',
                      'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T8,
                      '''Hello Sven,

We will merge AWS61003327 into AWS60088215. AWS60088215 will be the surviving account. This cannot be reversed. Please confirm that we may proceed.

Regards,
Helena K.''')))

P3 = cid15(T(2025, 8, 27, 9, 12, 0), 9031)
d = T(2025, 8, 28, 14, 2, 11)
M(n=25, slug='lookalike-certificatlon-merged-claim-voucher', kind='merge_completed', case=P3, ids=['AWS26640118'], ver=False, lang='en',
  frm='"AWS Certification" <notice@aws-certificatlon.com>', to='jmarsh.cloud@gmail.com', date=d,
  inf=infra_custom('smtp.aws-certificatlon.com', '91.215.85.40', 'bounces@aws-certificatlon.com',
                   '<%s@aws-certificatlon.com>' % rhex(24), dkim=[('aws-certificatlon.com', 'mail')]),
  prov='gmail', v=v_pass('aws-certificatlon.com'), mode='html', cte='qp',
  subject='Your certification accounts have been merged (Case %s)' % P3,
  new='', html='''<html><body style="font-family:Segoe UI,Arial;font-size:14px;color:#222">
<div style="background:#232f3e;padding:12px"><span style="color:#fff;font-weight:bold">aws</span> <span style="color:#ff9900">training &amp; certification</span></div>
<p>Hello,</p>
<p>Good news! Your certification accounts were successfully merged under candidate ID <b>AWS 26640118</b> (case %s).</p>
<p>To keep your <b>50%% exam voucher</b> active on the merged account, you must re-validate your payment method within 72 hours.
Vouchers that are not re-validated are cancelled automatically.</p>
<p><a href="https://aws-certificatlon.com/benefits/revalidate?id=AWS26640118">Re-validate my voucher</a></p>
<p>AWS Training &amp; Certification<br><small>Please do not reply to this email.</small></p>
</body></html>''' % P3)

d = T(2025, 3, 13, 2, 6, 30)
M(n=26, slug='resolved-did-we-get-it-right-html', kind='survey', case=T1, ids=[], ver=True, lang='en',
  frm=FORM, to=T1_TO, date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), mode='html', cte='qp',
  subject='Your case %s has been resolved' % T1,
  new='', html='''<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#eaeded">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p style="font-size:18px;margin:0 0 12px">Hello Daniel,</p>
<p>We hope we were able to help. Your case <b>%s</b> has been set to <b>Resolved</b>.</p>
<p>Did we get it right?</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding:0 8px 0 0"><a href="https://support.aws.training/feedback?case=%s&amp;r=1" style="background:#ec7211;color:#fff;padding:10px 26px;text-decoration:none;border-radius:2px">YES</a></td>
<td><a href="https://support.aws.training/feedback?case=%s&amp;r=0" style="background:#545b64;color:#fff;padding:10px 26px;text-decoration:none;border-radius:2px">NO</a></td>
</tr></table>
<p style="font-size:13px;color:#545b64;margin-top:20px">Your answer goes straight to the team that handled your request and takes a few seconds.
If you need more help with the same request, reply to this message within 14 days.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#879596">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210 &middot; This message was produced and distributed by Amazon Web Services, Inc.</td></tr>
</table></td></tr></table></body></html>''' % (T1, T1, T1))

d = T(2025, 4, 5, 10, 40, 2)
M(n=27, slug='stars-two-clicks-short', kind='survey', case=T2, ids=[], ver=True, lang='en',
  frm=CONSOLE, to=T2_TO, date=d, inf=infra_ses(d), prov='outlook', v=v_pass(), cte='qp',
  subject='★ How did we do on case %s?' % T2, subj_enc='utf-8',
  new='''Case %s is closed. Two clicks: how would you rate the help you got?

★ https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1
★★★★★ https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
''' % (T2, T2, T2))

d = T(2020, 7, 20, 9, 30, 12, -7)
M(n=28, slug='2020-resolved-reopen-within-14-days', kind='survey', case=T5, ids=[], ver=True, lang='en',
  frm=FORM, to=T5_TO, date=d, inf=infra_ses(d), prov='yahoo', v=v_pass(), cte='qp',
  subject='Case %s: resolved' % T5,
  new='''Hello Aisha,

We're letting you know that case %s has now been resolved and closed.

If something still isn't right, reply to this message within 14 days and the case will reopen with the same agent.

Tell us about your experience - it takes under a minute:
https://amazonwebservices.qualtrics.com/jfe/form/SV_0ABCdefGhIjKlmN?case=%s

Thank you for being an AWS Certified professional.

AWS Training and Certification
''' % (T5, T5))

d = T(2025, 5, 31, 2, 41, 30)
M(n=29, slug='ja-anketo-b64-html', kind='survey', case=T3, ids=[], ver=True, lang='ja',
  frm=FORM, to='%s <%s>' % (enc_hdr('井上 岳', 'iso-2022-jp'), T3_TO_ADDR), date=d, inf=infra_ses(d), prov='nifty', v=v_pass(),
  subject='【AWS トレーニングと認定】お問い合わせ（ケース %s）に関するアンケートのお願い' % T3, subj_enc='utf-8', cte='b64',
  new='''井上 岳 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございました。
ケース %s はクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです（所要時間：約 1 分）。

　問題は解決しましたか？
　　はい： https://support.aws.training/feedback?case=%s&r=1&lang=ja
　　いいえ： https://support.aws.training/feedback?case=%s&r=0&lang=ja

※本メールは送信専用のアドレスからお送りしております。

AWS トレーニングと認定
''' % (T3, T3, T3))

T16_OPEN = T(2025, 5, 6, 19, 33, 5); T16 = cid15(T16_OPEN, 1188)
d = T(2025, 5, 13, 16, 10, 29)
M(n=30, slug='wen-closing-out-rate-me-quoted-done', kind='survey', case=T16, ids=[], ver=True, lang='en',
  frm=FORM, to='Carlos Mendes <carlos.mendes@gmail.com>', date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), cte='qp', qstyle='outlook',
  subject=FORM_SUBJ % T16,
  new='''Hi Carlos,

Since there's been no word from you for a few days, I take it everything is showing properly on your side. I'm marking this one as closed now.

If you have thirty seconds, I'd be grateful if you could tell us how we did:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTzq8JxYv2cL7f?caseid=%s

Thanks,
Wen
AWS Training and Certification
''' % T16,
  quoted=q_original('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 'Thursday, May 8, 2025 10:02 AM',
                    'Carlos Mendes <carlos.mendes@gmail.com>', FORM_SUBJ % T16,
                    '''Hi Carlos,

The merge of AWS12009834 into AWS12876651 is complete. Please sign in with carlos.mendes@gmail.com and check that both certifications are listed. Let me know if anything is missing.

Thanks,
Wen'''))

d = T(2025, 6, 12, 15, 33, 40)
M(n=31, slug='auto-closure-reopen-hint-yes-no', kind='survey', case=T6, ids=[], ver=True, lang='en',
  frm=FORM, to=T6_TO, date=d, inf=infra_ses(d), prov='workspace', v=v_pass(), cte='b64',
  subject='[CASE %s] Closed - tell us how it went' % T6,
  new='''Hello Gareth,

Case %s has been closed by our team.

Was your issue resolved?
YES: https://support.aws.training/feedback?case=%s&resolved=yes
NO:  https://support.aws.training/feedback?case=%s&resolved=no

If you still need the Credly part looked at, or anything else about this request, reply to this e-mail within 14 days and the case reopens automatically. For a new, unrelated question, please use the contact form instead.

AWS Training and Certification
This is an automated message.
''' % (T6, T6, T6))

d = T(2025, 7, 14, 17, 5, 0)
M(n=32, slug='qualtrics-third-party-experience-survey', kind='survey', case=T7, ids=[], ver=False, lang='en',
  frm='"AWS Training and Certification" <noreply@qemailserver.com>', to=T7_TO, date=d,
  inf=infra_custom('smtp-out-%d.qemailserver.com' % R.randint(10, 90), '162.247.216.%d' % R.randint(2, 250),
                   'bounce-%s@bounce.qemailserver.com' % rhex(12), '<%s@qemailserver.com>' % uuid(),
                   dkim=[('qemailserver.com', 'q1')]),
  prov='proton', v=v_pass('qemailserver.com'), mode='html', cte='qp',
  reply_to='noreply@qemailserver.com',
  subject='A few questions about your recent contact with AWS Training and Certification',
  new='', html='''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification about your certification account (case %s).
We'd like to hear about that experience. The questionnaire has 4 questions and takes about 2 minutes.</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9yU2xQfTRC1ddcx?Q_DL=%s_%s">Begin</a></p>
<p>Your responses are confidential and are used only to improve our support.</p>
<p style="font-size:11px;color:#888">Follow the link to opt out of future emails: <a href="https://amazonwebservices.qualtrics.com/CP/Register.php?OptOut=true">Click here to unsubscribe</a></p>
</body></html>''' % (T7, rhex(10), T7))
# --- 033-049 -------------------------------------------------------------
CREDLY = '"AWS Training and Certification via Credly" <admin@credly.com>'


def credly_html(greet, lead, items, button, url, tail):
    lis = ''.join('<tr><td style="padding:8px 0"><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="56" alt=""></td>'
                  '<td style="padding:8px 12px;font-size:15px">%s</td></tr>' % (uuid(), H.escape(i)) for i in items)
    return '''<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="580" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:20px 28px;border-bottom:1px solid #eee"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:24px 28px">
<p style="font-size:20px;margin:0 0 14px">%s</p>
<p>%s</p>
<table role="presentation">%s</table>
<p style="margin:22px 0"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>
<p style="font-size:13px;color:#666">%s</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#999">Credly, Inc. &middot; 13 E 37th Street, 8th Floor, New York, NY 10016<br>
You are receiving this e-mail because an organization issued you a credential on Credly. <a href="https://www.credly.com/notifications/unsubscribe?t=%s">Manage e-mail preferences</a></td></tr>
</table></td></tr></table></body></html>''' % (greet, lead, lis, url, button, tail, rhex(32))


d = T(2025, 3, 14, 16, 2, 44)
u = 'https://www.credly.com/earner/earned/badge/%s?record=%s' % (uuid(), rhex(32))
M(n=33, slug='credly-sa-associate-accept', kind='credly_badge_issued', case=None, ids=[], ver=True, lang='en',
  frm=CREDLY, to=T1_TO, date=d, inf=infra_credly(d, 'd.okafor.dev@gmail.com'), prov='gmail', v=v_pass('credly.com'), cte='qp',
  subject='AWS Training and Certification sent you a badge',
  new='''Hi Daniel,

AWS Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge: %s

Once accepted, you can add it to your LinkedIn profile, e-mail signature or resume, and let employers verify it with one click.

Credly, Inc. - 13 E 37th Street, 8th Floor, New York, NY 10016
''' % u,
  html=credly_html('Hi Daniel,', 'AWS Training and Certification has issued you the following badge:',
                   ['AWS Certified Solutions Architect – Associate'], 'Accept your badge', u,
                   'Once accepted, you can add it to your LinkedIn profile, e-mail signature or resume, and let employers verify it with one click.'))

d = T(2025, 6, 13, 21, 48, 10)
u = 'https://www.credly.com/earner/earned?ref=%s' % rhex(32)
M(n=34, slug='credly-five-badges-moved-to-this-account', kind='credly_badge_issued', case=None, ids=[], ver=True, lang='en',
  frm=CREDLY, to=T6_TO, date=d, inf=infra_credly(d, 'gareth@lloyd-consulting.co.uk'), prov='workspace', v=v_pass('credly.com'), cte='b64',
  subject='5 badges from AWS Training and Certification are now in your Credly account',
  new='''Hello Gareth,

Following an update to your certification profile, AWS Training and Certification has placed 5 badges in the Credly account registered to gareth@lloyd-consulting.co.uk:

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate
- AWS Certified SysOps Administrator - Associate
- AWS Certified Solutions Architect - Professional
- AWS Certified Cloud Practitioner (recertification)

Badges that you had already accepted on another account need to be accepted once more here. Review them: %s

The Credly Team
''' % u,
  html=credly_html('Hello Gareth,', 'Following an update to your certification profile, AWS Training and Certification has placed 5 badges in the Credly account registered to gareth@lloyd-consulting.co.uk. Badges you had already accepted on another account need to be accepted once more here.',
                   ['AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect – Associate', 'AWS Certified SysOps Administrator – Associate',
                    'AWS Certified Solutions Architect – Professional', 'AWS Certified Cloud Practitioner (recertification)'], 'Review badges', u, 'The Credly Team'))

d = T(2020, 7, 21, 13, 20, 51)
u = 'https://www.youracclaim.com/earner/earned/badge/%s' % uuid()
M(n=35, slug='acclaim-2020-new-badge-name-on-it', kind='credly_badge_issued', case=None, ids=[], ver=True, lang='en',
  frm='"AWS Training and Certification via Acclaim" <admin@youracclaim.com>', to=T5_TO, date=d,
  inf=infra_credly(d, 'aisha.bello@yahoo.com', 'youracclaim.com'), prov='yahoo', v=v_pass('youracclaim.com'), mode='html', cte='qp',
  subject="Aisha, there's a new badge with your name on it",
  new='', html=credly_html('Aisha, congratulations!', 'AWS Training and Certification has recognised your achievement with a digital badge. Accept it to start sharing it.',
                           ['AWS Certified Developer – Associate'], 'Accept badge', u,
                           'Acclaim is a Credly product. Questions? Visit support.youracclaim.com').replace('Credly, Inc. &middot; 13 E 37th Street, 8th Floor', 'Credly, Inc. &middot; 99 Wall Street'))

d = T(2025, 10, 9, 0, 30, 5)
u = 'https://www.credly.com/earner/earned/badge/%s' % uuid()
M(n=36, slug='credly-badge-still-waiting-biglobe', kind='credly_badge_issued', case=None, ids=[], ver=True, lang='en',
  frm=CREDLY, to='h.kimura@biglobe.ne.jp', date=d, inf=infra_credly(d, 'h.kimura@biglobe.ne.jp'), prov='biglobe', v=v_pass('credly.com'), cte='qp',
  subject='Your badge is still waiting for you',
  new='''Hi Haruto,

A quick reminder: AWS Training and Certification issued you the AWS Certified Cloud Practitioner badge on October 2, and it hasn't been accepted yet.

Accept it here: %s

Accepted badges can be shared on LinkedIn and verified by anyone you choose.

Credly
''' % u,
  html=credly_html('Hi Haruto,', 'A quick reminder: AWS Training and Certification issued you this badge on October 2, and it hasn’t been accepted yet.',
                   ['AWS Certified Cloud Practitioner'], 'Accept badge', u, 'Accepted badges can be shared on LinkedIn and verified by anyone you choose.'))

d = T(2025, 9, 12, 7, 55, 31)
u = 'https://www.credly.com/earner/earned?claim=%s' % rhex(32)
M(n=37, slug='credly-two-waiting-tiny', kind='credly_badge_issued', case=None, ids=[], ver=True, lang='en',
  frm=CREDLY, to='Lena Fischer <lena.fischer@icloud.com>', date=d, inf=infra_credly(d, 'lena.fischer@icloud.com'), prov='icloud', v=v_pass('credly.com'), cte='qp',
  subject='Lena, 2 badges are ready to claim',
  new='''AWS Certified Data Engineer - Associate, AWS Certified Cloud Practitioner: both are ready for you. Claim them: %s
''' % u,
  html=credly_html('Lena,', 'Two badges from AWS Training and Certification are ready for you.',
                   ['AWS Certified Data Engineer – Associate', 'AWS Certified Cloud Practitioner'], 'Claim them', u, ''))

d = T(2025, 6, 20, 10, 11, 9)
M(n=38, slug='lookalike-credly-transfer-accept-48h', kind='credly_badge_issued', case=None, ids=['AWS71002384'], ver=False, lang='en',
  frm='"Credly Badges" <badges@credly-transfers.net>', to='nikhil.rao.aws@gmail.com', date=d,
  inf=infra_custom('mta1.credly-transfers.net', '194.26.29.%d' % R.randint(2, 250), 'return@credly-transfers.net',
                   '<%s@credly-transfers.net>' % rhex(20), dkim=[('credly-transfers.net', 'x')]),
  prov='gmail', v=v_pass('credly-transfers.net'), mode='html', cte='b64',
  subject='Your transferred AWS badges must be accepted within 48 hours',
  new='', html='''<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p><b>Credly</b></p>
<p>Hello,</p>
<p>After the merge of your AWS Certification accounts, 4 badges were transferred to candidate AWS71002384.</p>
<p>Transferred badges must be accepted within <b>48 hours</b>, otherwise they are revoked and cannot be re-issued.</p>
<p><a href="https://credly-transfers.net/accept?u=AWS71002384&amp;t=%s" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept 4 badges</a></p>
<p>Credly Support</p></body></html>''' % rhex(16))

d = T(2025, 4, 3, 15, 10, 22)
M(n=39, slug='chen-which-one-stays', kind='support_reply', case=T2, ids=['AWS30118455', 'AWS30992210'], ver=True, lang='en',
  frm=CONSOLE, to=T2_TO, date=d, inf=infra_ses(d), prov='outlook', v=v_pass(), cte='qp',
  subject='RE:[CASE %s] Two certification logins - want them joined' % T2,
  new='''Hello Mei-Ling,

Thank you for contact us. I can see both candidate record, aws30118455 and aws30992210, they have same name and same birth date.

Before we can do anything, please let me know which one you like to be the main one that stay active, and which e-mail you want to use for sign in after. The other one will be deactivated.

Please reply in the Support Center, because this e-mail can not receive reply.

''' + CONSOLE_FOOT % ('Chen W.', T2))

d = T(2022, 8, 18, 17, 22, 47)
M(n=40, slug='greg-2022-need-signin-emails', kind='support_reply', case=T4, ids=['AWS07734410', 'AWS09120087'], ver=True, lang='en',
  frm=CONSOLE, to=T4_TO, date=d, inf=infra_ses(d), prov='fastmail', v=v_pass(), mode='plain', cte='7bit',
  subject='RE:[CASE %s] Merge two certification accounts' % T4,
  new='''Hey Rafael,

Happy to help get these sorted. Quick thing first - I need the e-mail address you sign in with for each of the two candidate IDs you listed (AWS07734410 and AWS09120087). One of them shows a slightly different spelling of your last name (Duarte vs. Duart), so I want to be sure I'm looking at the right person before going any further.

Just drop both addresses in a reply through the Support Center link below.

''' + CONSOLE_FOOT % ('Greg', T4))

d = T(2025, 6, 11, 8, 12, 56)
M(n=41, slug='siobhan-passed-to-backend-once-one', kind='support_reply', case=T6, ids=[], ver=True, lang='en',
  frm=FORM, to=T6_TO, date=d, inf=infra_ses(d), prov='workspace', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T6,
  new='''Brilliant, thanks Gareth.

I've passed it over to the folks who do the actual work on the back end. These usually take a day or two. Once the three are one, I'll drop you a line here - and when you do sign in afterwards, sign out fully first, as the old session can hang on to the old view.

Siobhan
''',
  quoted=q_gmail('Tue, 10 Jun 2025 at 11:03', 'Gareth Lloyd <gareth@lloyd-consulting.co.uk>', '''Hi Siobhan,

That all looks right - go for it. Keep AWS43005518.

Cheers,
Gareth'''))

d = T(2025, 3, 12, 14, 20, 3)
M(n=42, slug='priya-thanks-for-revert-nested-quote', kind='support_reply', case=T1, ids=[], ver=True, lang='en',
  frm=FORM, to=T1_TO, date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T1,
  new='''Dear Daniel,

Thank you for the prompt revert. I have raised the request with our back-end team and you will receive an update on this same thread once the activity is completed from our end.

Warm regards,
Priya S.
AWS Training and Certification
''',
  quoted=q_gmail('Wed, Mar 12, 2025 at 11:02 AM', 'Daniel Okafor <d.okafor.dev@gmail.com>', '''Hi Priya,

Yes, that's all correct, please go ahead.

Daniel

''' + q_gmail('Wed, Mar 12, 2025 at 6:48 AM', 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', '''Dear Daniel,

Post the activity, AWS 04418823 will be closed and all its exam history, certifications and benefits will be moved to AWS 11902754. Kindly note that once done, this activity cannot be reversed.

Request you to kindly revert on this email stating that the above details are correct.

Priya S.''')))

T17_OPEN = T(2025, 10, 13, 5, 51, 40); T17 = cid15(T17_OPEN, 650)
d = T(2025, 10, 20, 6, 30, 11)
M(n=43, slug='omar-chaser-still-need-your-answer', kind='support_reply', case=T17, ids=[], ver=True, lang='en',
  frm=FORM, to='Ravi Menon <ravi.menon83@gmail.com>', date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), cte='qp',
  subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance - reminder' % T17,
  new='''Hello Ravi,

Just following up on my message from last Tuesday - I still need your answer to it before anything can happen on our side.

If I don't hear back by Friday 24 October, the case will close on its own. You can reopen it at any time simply by replying to this e-mail.

Thanks,
Omar
AWS Training and Certification
''')

T18_OPEN = T(2025, 11, 18, 20, 4, 37); T18 = cid15(T18_OPEN, 12)
d = T(2025, 11, 19, 13, 58, 44)
M(n=44, slug='console-new-correspondence-notice', kind='support_reply', case=T18, ids=[], ver=True, lang='en',
  frm=CONSOLE, to='ana.costa.dev@gmail.com', date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), mode='html', cte='qp',
  subject='[Case %s] New correspondence added' % T18,
  new='', html='''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>There is new correspondence on your AWS Support case.</p>
<table style="font-size:14px"><tr><td style="padding-right:12px">Case ID:</td><td>%s</td></tr>
<tr><td style="padding-right:12px">Subject:</td><td>Please combine my two certification profiles</td></tr></table>
<p>To read it and respond, sign in to the AWS Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This email was sent from an email address that cannot accept incoming email.</p>
</body></html>''' % (T18, T18, T18))

d = T(2025, 5, 28, 6, 31, 17)
M(n=45, slug='ja-touroku-mail-onegai-quoted', kind='support_reply', case=T3, ids=['AWS20581346', 'AWS22760019'], ver=True, lang='ja',
  frm=FORM, to='%s <%s>' % (enc_hdr('井上 岳', 'iso-2022-jp'), T3_TO_ADDR), date=d, inf=infra_ses(d), prov='nifty', v=v_pass(),
  subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T3, cte='qp',
  new='''井上 岳 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の山本と申します。

アカウントの統合をご希望とのこと、承知いたしました。
恐れ入りますが、手続きを進めるにあたり、以下の 2 点をお知らせいただけますでしょうか。

　1. AWS22760019 にご登録のメールアドレス
　2. 統合後も引き続きご利用になるアカウントが AWS20581346 でお間違いないか

AWS22760019 につきましては、お客様のお名前で登録されていることは確認できましたが、
ご登録のメールアドレスが現在お使いのものと異なるため、ご本人様確認としてお伺いしております。

お手数をおかけいたしますが、本メールにご返信くださいますようお願い申し上げます。

山本 美咲
AWS トレーニングと認定
''',
  quoted=q_ja('2025年5月28日(水) 8:02 井上 岳', '<inoue.takeshi@nifty.com>', '''お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS22760019

以前の勤務先のメールアドレスで作成したアカウントと、現在のアカウント（AWS20581346）を
一つにまとめたいです。以前のメールアドレスはもう使えません。'''))

d = T(2025, 7, 2, 10, 15, 38)
M(n=46, slug='bartholomew-long-hold-exam-booked', kind='support_reply', case=T7, ids=['AWS52219907', 'AWS58830041'], ver=True, lang='en',
  frm=FORM, to=T7_TO, date=d, inf=infra_ses(d), prov='proton', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T7,
  new='''Dear Ms Whitcombe,

Thank you very much for contacting AWS Training and Certification, and for setting out your request so clearly. I have now had the opportunity to review both of the certification profiles you mentioned, and I should like to explain where things stand, as there is one matter that affects the timing.

Both profiles - AWS58830041 (registered with your former university address) and AWS52219907 (registered with hannah.whitcombe@proton.me) - are indeed yours, and I can see no obstacle in principle to bringing them together under AWS52219907, as you have asked.

However, I notice that there is an exam appointment currently booked on AWS58830041: the AWS Certified AI Practitioner exam, scheduled with Pearson VUE for 8 July at 14:00 (online proctored). While an appointment is open on a profile, our systems do not allow that profile to be retired, and if we were to cancel the appointment in order to proceed, you would lose the booking and possibly the fee.

I would therefore suggest the following:

1. Please sit the exam as planned on 8 July, signing in with the details for AWS58830041 as you normally would.
2. Results are usually posted to the profile within five working days of the exam.
3. As soon as the result appears, I shall pick your request up again and carry out the work, so that the new result travels across together with the rest of your history. You do not need to contact us again or open a new case; this one will remain open in the meantime, and I have set myself a reminder.

Alternatively, if you would prefer us to act now, you could reschedule the exam yourself to a date at least two weeks away, and let me know once you have done so; I would then be able to proceed straight away and the booking would be moved onto AWS52219907. Please do not cancel the appointment, as a cancellation within 24 hours of the exam forfeits the fee.

I realise this adds a short delay, and I apologise for that. Please do let me know which of the two options you prefer; if I do not hear from you, I shall assume the first.

With kind regards,

Bartholomew Ashdown
Senior Customer Service Associate
AWS Training and Certification
''')

T19_OPEN = T(2025, 8, 25, 9, 2, 13); T19 = cid15(T19_OPEN, 377)
d = T(2025, 8, 26, 12, 47, 30)
M(n=47, slug='renee-voucher-question-ascii-label-8bit', kind='support_reply', case=T19, ids=[], ver=True, lang='en',
  frm=FORM, to='Olamide Adeyemi <olamide.adeyemi@gmail.com>', date=d, inf=infra_ses(d), prov='gmail', v=v_pass(),
  mode='plain', cte='8bit', label='us-ascii',
  subject=FORM_SUBJ % T19,
  new='''Hi Olamide,

While your account request is with our back-end team, I wanted to pick up the other thing you mentioned in your form: the exam voucher you got at the AWS Skills Centre event in Lagos.

Could you send me the voucher code (it starts with “AWSV-”) and the e-mail address it was sent to? I’ll check whether it’s still valid and which exams it covers.

Thanks,
Renée
AWS Training and Certification
''')

d = T(2025, 9, 10, 11, 6, 2)
M(n=48, slug='matthias-asked-credly-to-move-badges', kind='support_reply', case=T10, ids=['AWS77120346'], ver=True, lang='en',
  frm=FORM, to='Lena Fischer <lena.fischer@icloud.com>', date=d, inf=infra_ses(d), prov='icloud', v=v_pass(), cte='qp',
  subject=FORM_SUBJ % T10,
  new='''Hi Lena,

Following up on the badges: they are still sitting on your old Credly account (lena.f@hs-muenchen.example.de), which is why your profile looked empty.

I've asked our contacts at Credly to move them across to lena.fischer@icloud.com, linked to candidate ID AWS77120346. You'll get an e-mail from Credly when that happens. There's nothing you need to do in the meantime.

Regards,
Matthias
AWS Training and Certification
''')

d = T(2022, 8, 19, 15, 40, 9)
M(n=49, slug='greg-2022-handed-to-backend-short', kind='support_reply', case=T4, ids=[], ver=True, lang='en',
  frm=CONSOLE, to=T4_TO, date=d, inf=infra_ses(d), prov='fastmail', v=v_pass(), mode='plain', cte='7bit',
  subject='RE:[CASE %s] Merge two certification accounts' % T4,
  new='''Got both addresses, thanks. Handed to our back-end folks - I'll update you here when I hear back.

''' + CONSOLE_FOOT % ('Greg', T4))
# --- 050-060 unrelated ---------------------------------------------------
d = T(2025, 5, 20, 23, 14, 50)
M(n=50, slug='seller-central-detail-pages-merged', kind='unrelated', case='5884881212', ids=[], ver=True, lang='en',
  frm='"Amazon Selling Partner Support" <seller-support@amazon.com>', to='Kestrel Home Goods <ops@kestrelhomegoods.com>', date=d,
  inf=infra_ses(d), prov='workspace', v=v_pass(), cte='qp',
  subject='RE:[CASE 5884881212] Duplicate detail pages for ASIN B0C7XK2M9Q',
  new='''Hello from Amazon Selling Partner Support,

Thank you for your patience while we looked into the duplicate listings you reported.

We have merged the two detail pages into ASIN B0C7XK2M9Q. The second page (ASIN B0C7XJ8T4L) has been retired and now redirects to the surviving page; your offer and its reviews have been carried over. Please allow up to 48 hours for the change to show in Seller Central and on the storefront.

Was this response helpful? Let us know:
https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=5884881212&r=yes
https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=5884881212&r=no

We hope to see you again soon.

Thank you,
Thandiwe M.
Amazon.com
''')

BILL_OPEN = T(2025, 6, 30, 8, 21, 56); BILL = cid15(BILL_OPEN, 419)
d = later(BILL_OPEN, seconds=5)
M(n=51, slug='console-billing-case-opened-lookalike', kind='unrelated', case=BILL, ids=[], ver=True, lang='en',
  frm=CONSOLE, to='Hannah Whitcombe <hannah.whitcombe@proton.me>', date=d, inf=infra_ses(d), prov='proton', v=v_pass(), mode='plain', cte='qp',
  subject='Amazon Web Services: You have opened a new Support case: %s' % BILL,
  new='''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Charged twice for June - invoice 2084411937
Severity: General guidance
Correspondence: Hello, my card was charged twice for the June bill of account 4417-2209-8831. Could you refund the duplicate charge?

We will respond to your case as soon as possible. You can view this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming email. To update your case, please use the link above.
''' % (BILL, BILL, BILL))

Q_OPEN = T(2025, 10, 27, 16, 48, 2); Q = cid15(Q_OPEN, 2203)
d = T(2025, 10, 28, 9, 15, 44)
M(n=52, slug='quota-increase-approved-lookalike', kind='unrelated', case=Q, ids=[], ver=True, lang='en',
  frm=CONSOLE, to='Daniel Okafor <d.okafor.dev@gmail.com>', date=d, inf=infra_ses(d), prov='gmail', v=v_pass(), cte='qp',
  subject='RE:[CASE %s] Limit Increase: EC2 Instances' % Q,
  new='''Hello,

Thank you for your patience. I'm happy to let you know that your request has been approved and the change has been applied.

Region: Europe (Frankfurt)
Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New value: 256 vCPUs

It can take up to 30 minutes for the new value to show in the Service Quotas console. If you need anything else on this case, reply through the Support Center.

''' + CONSOLE_FOOT % ('Ingrid', Q))

d = T(2025, 7, 18, 14, 0, 3)
M(n=53, slug='certmetrics-wants-to-hear-from-you', kind='unrelated', case=None, ids=['AWS52219907'], ver=False, lang='en',
  frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=T7_TO, date=d,
  inf=infra_custom('mail%d.certmetrics.com' % R.randint(1, 4), '198.2.180.%d' % R.randint(2, 250), 'bounce@mail.certmetrics.com',
                   '<%s@certmetrics.com>' % uuid(), dkim=[('certmetrics.com', 'k1')]),
  prov='proton', v=v_pass('certmetrics.com'), mode='html', cte='qp',
  subject='AWS Certification wants to hear from you',
  new='', html='''<html><body style="font-family:Arial;font-size:14px;color:#232f3e">
<p>Hello Hannah,</p>
<p>You recently passed an AWS Certification exam. Congratulations! We would like to learn about your experience preparing for and taking the exam.</p>
<p>Please take our 5-minute survey. Your feedback helps us improve the program for every candidate.</p>
<p><a href="https://www.certmetrics.com/amazon/survey.aspx?t=%s">Take the survey</a></p>
<p style="font-size:12px;color:#687078">Candidate ID: AWS52219907<br>AWS Certification &middot; Please do not reply to this message.</p>
</body></html>''' % rhex(32))

d = T(2025, 6, 20, 15, 31, 7)
M(n=54, slug='pearson-vue-appointment-confirmation', kind='unrelated', case=None, ids=['AWS58830041'], ver=False, lang='en',
  frm='"Pearson VUE" <PearsonVUEConfirmation@pearson.com>', to=T7_TO, date=d,
  inf=infra_custom('mx0b-001%d.pphosted.com' % R.randint(10, 99), '148.163.156.%d' % R.randint(2, 250), 'PearsonVUEConfirmation@pearson.com',
                   '<%s@pearson.com>' % ralnum(20), dkim=[('pearson.com', 'selector1')]),
  prov='proton', v=v_pass('pearson.com'), cte='qp',
  subject='Confirmation of your AWS Certified AI Practitioner exam appointment',
  new='''Dear Hannah Whitcombe,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: AIF-C01: AWS Certified AI Practitioner
Date and time: Tuesday, July 8, 2025 at 2:00 PM British Summer Time
Delivery: Online (OnVUE)
Registration ID: 512938470
Candidate ID: AWS58830041

Before exam day, run the system test from the same computer and network you will use. You may check in 30 minutes before the appointment.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
''')

d = T(2025, 8, 2, 9, 44, 18)
M(n=55, slug='builder-id-verification-code', kind='unrelated', case=None, ids=[], ver=None, lang='en',
  frm='"AWS Builder ID" <no-reply@signin.aws>', to='Priyanka Nair <p.nair@kestrel-analytics.com>', date=d,
  inf=infra_custom('a48-%d.smtp-out.amazonses.com' % R.randint(10, 200), '54.240.48.%d' % R.randint(2, 250),
                   '%s@us-west-2.amazonses.com' % ses_mid(d, '0101'), '<%s@us-west-2.amazonses.com>' % ses_mid(d, '0101'),
                   dkim=[('signin.aws', 'kv3q2tedpmcijzdpy6d6xbnudo6yx6un'), ('amazonses.com', 'gdwg2y3kokkkj5a55z2ilkup5wp5hhxx')]),
  prov='none', mode='html', cte='qp',
  subject='Verify your AWS Builder ID email address',
  new='', html='''<html><body style="font-family:Amazon Ember,Arial;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>To finish creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;letter-spacing:4px;font-weight:bold">618204</p>
<p>This code expires 10 minutes after it was sent.</p>
<p>If you did not try to create an AWS Builder ID, you can ignore this e-mail.</p>
<p>Amazon Web Services</p></body></html>''')

d = T(2025, 4, 8, 17, 3, 52)
M(n=56, slug='github-pr-merged-into-main', kind='unrelated', case=None, ids=[], ver=False, lang='en',
  frm='Jordan Pike <notifications@github.com>', to='brightwell/infra-live <infra-live@noreply.github.com>', date=d,
  cc='Daniel Okafor <d.okafor.dev@gmail.com>, Review requested <review_requested@noreply.github.com>',
  inf=infra_custom('out-%d.smtp.github.com' % R.randint(20, 28), '192.30.252.%d' % R.randint(200, 215),
                   'noreply@github.com', '<brightwell/infra-live/pull/482/issue_event/%d@github.com>' % R.randint(10**10, 10**11),
                   dkim=[('github.com', 'pf2023')]),
  prov='gmail', v=dict(dkim=[('github.com', 'pass')], spf='pass', dmarc='pass', fromdom='github.com', pol='REJECT'), cte='qp',
  hdrs=[('In-Reply-To', '<brightwell/infra-live/pull/482@github.com>'), ('References', '<brightwell/infra-live/pull/482@github.com>'),
        ('List-ID', 'brightwell/infra-live <infra-live.brightwell.github.com>'), ('X-GitHub-Reason', 'review_requested')],
  subject='Re: [brightwell/infra-live] Merge the two account baselines into one module (PR #482)',
  new='''Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightwell/infra-live/pull/482#event-%d
You are receiving this because your review was requested.
''' % R.randint(10**10, 10**11))

d = T(2025, 9, 16, 16, 0, 0)
M(n=57, slug='aws-tc-newsletter-two-accounts-tip', kind='unrelated', case=None, ids=[], ver=True, lang='en',
  frm='"AWS Training and Certification" <aws-training-and-certification@amazon.com>', to='meiling.harper@outlook.com', date=d,
  inf=infra_ses(d), prov='outlook', v=v_pass(), cte='qp',
  hdrs=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % rhex(24)), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
  subject='September in AWS Training & Certification: new exams, free labs, and a tidy-up tip',
  new='''AWS TRAINING AND CERTIFICATION - SEPTEMBER

1) New: AWS Certified Generative AI Developer - Professional (beta)
Registration is open. Beta candidates get a 50% discount on the exam fee.

2) Free hands-on labs in AWS Skill Builder
Twelve new labs on serverless data pipelines, each under an hour.

3) Tidy-up tip: one person, one certification account
Passed exams under an old work e-mail? Duplicate certification accounts can be combined by our support team - use the contact form and choose "Account Merge". Have your candidate IDs ready.

4) Webinar: Planning your certification path - 24 September, 9:00 AM PT

You received this e-mail because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/unsubscribe
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
''')

d = T(2025, 9, 5, 6, 17, 40)
M(n=58, slug='credly-self-service-merge-code', kind='unrelated', case=None, ids=[], ver=True, lang='en',
  frm='"Credly" <admin@credly.com>', to='Lena Fischer <lena.fischer@icloud.com>', date=d,
  inf=infra_credly(d, 'lena.fischer@icloud.com'), prov='icloud', v=v_pass('credly.com'), cte='qp',
  subject='Your Credly account merge code',
  new='''Hi Lena,

Someone (hopefully you) asked to merge the Credly account lena.f@hs-muenchen.example.de into this one.

Your code: 739201

Enter it on the merge page, or select Complete Account Merge:
https://www.credly.com/account/merge/confirm?token=%s

The code expires in 30 minutes. If you didn't ask for this, you can ignore this message.

The Credly Team
''' % rhex(32))

d = T(2025, 11, 1, 13, 0, 26)
M(n=59, slug='credly-badge-expires-30-days', kind='unrelated', case=None, ids=[], ver=True, lang='en',
  frm=CREDLY, to=T1_TO, date=d, inf=infra_credly(d, 'd.okafor.dev@gmail.com'), prov='gmail', v=v_pass('credly.com'), mode='html', cte='qp',
  subject='Your AWS Certified Cloud Practitioner badge expires in 30 days',
  new='', html=credly_html('Hi Daniel,', 'Heads up: this badge from AWS Training and Certification expires on December 1, 2025. Recertify before then to keep it active.',
                           ['AWS Certified Cloud Practitioner'], 'View recertification options', 'https://aws.amazon.com/certification/recertification/',
                           'Once a badge expires it stays on your profile, marked as expired.'))

d = T(2025, 10, 6, 3, 12, 44)
M(n=60, slug='spoofed-billing-suspension-dmarc-fail', kind='unrelated', case=None, ids=[], ver=False, lang='en',
  frm='"Amazon Web Services" <aws-billing@amazon.com>', to='Aisha Bello <aisha.bello@yahoo.com>', date=d,
  inf=infra_custom('host-77-91-68-12.static.dc-net.ro', '77.91.68.12', 'info@dc-net.ro', '<%s@dc-net.ro>' % rhex(18)),
  prov='yahoo', v=dict(dkim=[], spf='none', dmarc='fail', fromdom='amazon.com'), mode='html', cte='b64',
  subject='Action required: your AWS account will be suspended',
  new='', html='''<html><body style="font-family:Arial;font-size:14px">
<p>Dear Customer,</p>
<p>We were unable to process the payment for your AWS account. To avoid suspension of your services and your AWS Certification benefits, update your billing information within 24 hours.</p>
<p><a href="https://aws-billing-update.support-portal.cc/login">Update billing information</a></p>
<p>Amazon Web Services Billing</p></body></html>''')
# === END MAILS ===


# ================================================================ write
def main():
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    seen = set()
    for m in MAILS:
        assert m['n'] not in seen, m['n']
        seen.add(m['n'])
        fn = '%03d-%s.eml' % (m['n'], m['slug'])
        data = build(m)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        # self-check: labelled ids == ids written in the NEW part (+subject)
        newtxt = (m.get('new') or re.sub(r'<[^>]+>', ' ', H.unescape(m.get('html') or ''))) + ' ' + m['subject']
        found = sorted(set('AWS' + x for x in re.findall(r'(?i)\baws[ -]?(\d{8})\b', newtxt)))
        if found != sorted(set(m['ids'])):
            print('IDS MISMATCH', fn, found, m['ids'])
        labels[fn] = {'kind': m['kind'], 'case_id': m['case'], 'account_ids': sorted(set(m['ids'])),
                      'sender_verified': m['ver'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(labels))


if __name__ == '__main__':
    main()
