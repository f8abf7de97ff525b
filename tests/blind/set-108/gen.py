#!/usr/bin/env python3
"""Generate blind test set 108: AWS Certification account-merge mail (late-stage emphasis)."""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(108)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CEST = dt.timezone(dt.timedelta(hours=2))
BST = dt.timezone(dt.timedelta(hours=1))


# ---------------------------------------------------------------- helpers
def d(y, mo, da, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


def fmt(t):
    return format_datetime(t)


def case15(t, tail):
    return '%d%05d' % (int(t.timestamp()), tail)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def fold_b64(s, first=60, width=70, indent='\t'):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)


def ses_msgid(t):
    ms = int(t.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def enc_words(s, charset='utf-8', maxlen=74):
    """RFC 2047 encode (B), folded over lines."""
    return Header(s, charset, header_name='Subject').encode(maxlinelen=maxlen, linesep='\n')


def addr(name, email_addr, charset='utf-8'):
    if name is None:
        return email_addr
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email_addr)
        return '%s <%s>' % (name, email_addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email_addr)


def leaf(text, subtype='plain', charset='utf-8', cte='qp', label=None, codec=None):
    codec = codec or charset
    data = text.encode(codec)
    m = Message()
    if cte == 'base64':
        payload, h = base64.encodebytes(data).decode('ascii'), 'base64'
    elif cte == 'qp':
        payload, h = quopri.encodestring(data).decode('ascii'), 'quoted-printable'
    elif cte == '7bit':
        payload, h = data.decode('ascii'), '7bit'
    elif cte == '8bit':
        payload, h = data.decode('ascii', 'surrogateescape'), '8bit'
    else:
        raise ValueError(cte)
    if not payload.endswith('\n'):
        payload += '\n'
    lab = label or charset
    m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, lab) if R.random() < .5 else \
        'text/%s; charset=%s' % (subtype, lab)
    m['Content-Transfer-Encoding'] = h
    m.set_payload(payload)
    return m


def alt(*parts, subtype='alternative'):
    m = MIMEMultipart(subtype)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    m.set_boundary('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    return m


def html(body_html, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n' % (title, body_html))


def paras(text):
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>' + block.replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


# --------------------------------------------------------------- transport
SEL = {}


def dkim(dom, sel, t, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (sel, dom, int(t.timestamp()), hdrs, rb64(32),
               fold_b64(rb64(192), 56, 70, '\t')))


def ar_value(style, a):
    """a: dict(dkim=[(dom,res)], spf=res, mailfrom=..., ip=..., dmarc=res or None, hfrom=..., p=...)."""
    dk = a.get('dkim', [])
    spf = a.get('spf', 'pass')
    mf = a['mailfrom']
    ip = a.get('ip', '54.240.48.93')
    dm = a.get('dmarc')
    hf = a['hfrom']
    p = a.get('p', 'QUARANTINE')
    if style == 'gmail':
        lines = ['mx.google.com;']
        for dom, res in dk:
            lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, dom, SEL.get(dom, 'selector1'), rb64(6)[:8]))
        mdom = mf.split('@')[-1]
        if spf == 'pass':
            lines.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s%s'
                         % (mf, ip, mf, ';' if dm else ''))
        else:
            lines.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s%s'
                         % (spf, mf, ip, mf, ';' if dm else ''))
        if dm:
            lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dm, p, p, 'NONE' if dm == 'pass' else p, hf))
        return '\n       '.join(lines)
    if style == 'o365':
        dkp = dk[0] if dk else (hf, 'none')
        dres = '(signature was verified)' if dkp[1] == 'pass' else ('(signature did not verify)' if dkp[1] == 'fail' else '(message not signed)')
        dmres = 'action=none' if (dm == 'pass' or p.upper() == 'NONE') else ('action=oreject' if p.upper() == 'REJECT' else 'action=quarantine')
        comp = 'pass reason=100' if dm == 'pass' else 'fail reason=000'
        return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s %s\n header.d=%s;dmarc=%s %s\n header.from=%s;compauth=%s'
                % (spf, ip, mf.split('@')[-1], dkp[1], dres, dkp[0], dm, dmres, hf, comp))
    if style == 'fastmail':
        s = ['%s;' % a.get('host', 'mx4.messagingengine.com'), 'arc=none (no signatures found);']
        for dom, res in dk:
            s.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;'
                     % (res, dom, dom, rb64(6)[:8], SEL.get(dom, 'selector1')))
        s.append('dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;'
                 % (dm, p.lower(), p.lower(), hf))
        s.append('spf=%s smtp.mailfrom=%s smtp.helo=%s' % (spf, mf, a.get('helo', 'a48-93.smtp-out.amazonses.com')))
        return '\n    '.join(s)
    # Japanese providers / generic: "host; spf=..; dkim=..; dmarc=.."
    host = a.get('host', style)
    s = ['%s;' % host, 'spf=%s smtp.mailfrom=%s;' % (spf, mf)]
    for dom, res in dk:
        s.append('dkim=%s header.d=%s header.i=@%s;' % (res, dom, dom))
    if dm:
        s.append('dmarc=%s header.from=%s' % (dm, hf))
    else:
        s[-1] = s[-1].rstrip(';')
    return '\n\t'.join(s)


def transport(provider, rcpt, t, sender_host, ip, mailfrom, ar=None, dkims=(), extra_top=(), forged_ar=None):
    """Return list of (name, value) headers preceding the message's own headers."""
    for dom, sel in dkims:
        SEL[dom] = sel
    h = []
    t_rx = t + dt.timedelta(seconds=R.randint(1, 9))
    if provider == 'gmail':
        tl = t_rx.astimezone(PDT if 3 <= t_rx.month <= 10 else PST)
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
                  % (rhex(4), rhex(3), rhex(3), rhex(3), rhex(4), R.choice('abcdefgh') + str(R.randint(10, 99)),
                     R.randint(100000, 9999999), R.choice(['mdb', 'lqb', 'qvb', 'wrb']), fmt(tl) + ' (%s)' % tl.strftime('%Z').replace('UTC-07:00', 'PDT').replace('UTC-08:00', 'PST'))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:88]))
        h.append(('X-Received', 'by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s-%sa.%d.%d;\n        %s'
                  % (rhex(3), rhex(3), rhex(3), rhex(3), rhex(4), rhex(12), rhex(8), R.randint(10, 99), R.randint(10**11, 10**12), fmt(tl) + ' (%s)' % ('PDT' if tl.utcoffset().total_seconds() == -25200 else 'PST'))))
        if ar is not None:
            h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                      % (int(t_rx.timestamp()), fold_b64(rb64(150), 52, 68, '        '))))
            h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
                      % (rb64(32), rb64(32), fold_b64(rb64(150), 52, 68, '        '))))
            h.append(('ARC-Authentication-Results', 'i=1; ' + ar_value('gmail', ar)))
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (sender_host, sender_host, ip, rhex(12), rhex(8), R.randint(10, 99), R.randint(1, 9), R.randint(10**8, 10**9), rcpt,
                     fmt(tl) + ' (%s)' % ('PDT' if tl.utcoffset().total_seconds() == -25200 else 'PST'))))
        if ar is not None:
            h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                      % (ar.get('spf', 'pass'), mailfrom, 'designates' if ar.get('spf', 'pass') == 'pass' else 'does not designate', ip, ip)))
            h.append(('Authentication-Results', ar_value('gmail', ar)))
    elif provider == 'o365':
        tl = t_rx
        h.append(('Received', 'from %s (2603:10a6:20b:%s::%s) by\n %s with HTTPS; %s'
                  % (R.choice(['AM9PR04MB8421.eurprd04.prod.outlook.com', 'DB9PR02MB7321.eurprd02.prod.outlook.com', 'VI1PR08MB5325.eurprd08.prod.outlook.com']),
                     rhex(3), rhex(2), R.choice(['PAXPR04MB9023.eurprd04.prod.outlook.com', 'AS8PR07MB7973.eurprd07.prod.outlook.com']), fmt(tl))))
        h.append(('Received', 'from %s (2603:10a6:20b:%s::%s)\n by %s (2603:10a6:20b:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (R.choice(['AM0PR10CA0074.EURPRD10.PROD.OUTLOOK.COM', 'DU2PR04CA0212.eurprd04.prod.outlook.com']), rhex(3), rhex(2),
                     R.choice(['AM9PR04MB8421.eurprd04.prod.outlook.com', 'DB9PR02MB7321.eurprd02.prod.outlook.com']), rhex(3), rhex(2),
                     R.randint(8000, 9200), R.randint(10, 40), fmt(tl))))
        h.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                  % (R.choice(['AMS0EPF000001AE.eurprd05.prod.outlook.com', 'AM2PEPF0001C710.eurprd05.prod.outlook.com']), '2603:10a6:208:3::' + rhex(2),
                     R.choice(['AM0PR10CA0074.EURPRD10.PROD.OUTLOOK.COM', 'DU2PR04CA0212.eurprd04.prod.outlook.com']), '2603:10a6:208:55::' + rhex(2),
                     R.randint(8000, 9200), R.randint(10, 40), fmt(tl))))
        if ar is not None:
            h.append(('Authentication-Results', ar_value('o365', ar)))
            h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
                      % ('Pass' if ar.get('spf', 'pass') == 'pass' else 'Fail', mailfrom.split('@')[-1],
                         'designates' if ar.get('spf', 'pass') == 'pass' else 'does not designate', ip, ip, sender_host)))
        h.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s'
                  % (sender_host, ip, R.choice(['AMS0EPF000001AE.mail.protection.outlook.com', 'AM2PEPF0001C710.mail.protection.outlook.com']), '10.167.16.' + str(R.randint(10, 250)),
                     R.randint(8000, 9200), R.randint(10, 40), fmt(tl))))
    elif provider == 'fastmail':
        tl = t_rx
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s'
                  % (R.randint(1, 9), R.randint(1, 9), R.randint(10, 99), R.randint(10, 60), rhex(7), tl.strftime('%a, %d %b %Y %H:%M:%S %z'))))
        h.append(('X-Cyrus-Session-Id', 'sloti%d-%d-%d-2-%d' % (R.randint(10, 60), R.randint(10**9, 10**10), R.randint(1000000, 9999999), R.randint(10**18, 10**19))))
        h.append(('X-Sieve', 'CMU Sieve 3.0'))
        h.append(('X-Spam-known-sender', 'no'))
        h.append(('X-Spam-score', '0.0'))
        h.append(('Received', 'from mx4 ([10.202.2.203])\n  by compute%d.internal (LMTPProxy); %s'
                  % (R.randint(1, 9), tl.strftime('%a, %d %b %Y %H:%M:%S %z'))))
        if ar is not None:
            a2 = dict(ar)
            a2['helo'] = sender_host
            h.append(('Authentication-Results', ar_value('fastmail', a2)))
        h.append(('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s'
                  % (sender_host, sender_host, ip, rcpt, tl.strftime('%a, %d %b %Y %H:%M:%S %z'))))
    else:
        # Japanese ISP / generic MTA; provider = authserv-id host name
        tl = t_rx.astimezone(JST)
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Delivered-To', rcpt))
        if ar is not None:
            h.append(('Authentication-Results', ar_value(provider, dict(ar, host=provider))))
        h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (sender_host, sender_host, ip, provider if '.' in provider else 'mx.' + provider, rhex(10).upper(), rcpt,
                     tl.strftime('%a, %d %b %Y %H:%M:%S %z (JST)'))))
    for k, v in extra_top:
        h.insert(0, (k, v))
    for dom, sel in dkims:
        h.append(('DKIM-Signature', dkim(dom, sel, t)))
    if forged_ar:
        h.append(('Authentication-Results', forged_ar))
    return h


AMZ_SES = dict(host='a48-93.smtp-out.amazonses.com', ip='54.240.48.93')
SES_HOSTS = [('a48-93.smtp-out.amazonses.com', '54.240.48.93'), ('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
             ('a27-12.smtp-out.us-west-2.amazonses.com', '54.240.27.12'), ('a11-84.smtp-out.amazonses.com', '54.240.11.84')]


LAST_SES = ['']


def aws_transport(provider, rcpt, t, from_dom='amazon.com', verdict='pass', no_ar=False, forged_ar=None):
    host, ip = R.choice(SES_HOSTS)
    mailfrom = ses_msgid(t)[1:-1]
    LAST_SES[0] = '<%s>' % mailfrom
    if verdict == 'pass':
        ar = dict(dkim=[(from_dom, 'pass'), ('amazonses.com', 'pass')], spf='pass', mailfrom=mailfrom, ip=ip, dmarc='pass', hfrom=from_dom)
    else:
        ar = dict(dkim=[(from_dom, 'fail'), ('amazonses.com', 'pass')], spf='pass', mailfrom=mailfrom, ip=ip, dmarc='fail', hfrom=from_dom)
    return transport(provider, rcpt, t, host, ip, mailfrom, None if no_ar else ar,
                     dkims=[(from_dom, R.choice(['rjt5qxrpvzjqz6fkmnv4ajk6wqfqmjgl', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', '224i4yxa5dv7c2xz3womw6peuasteono'])),
                            ('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw')],
                     forged_ar=forged_ar)


def credly_transport(provider, rcpt, t, verdict='pass', from_dom='credly.com', no_ar=False):
    host = 'o%d.ptr%d.email.%s' % (R.randint(1, 9), R.randint(1000, 9999), from_dom)
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mailfrom = 'bounces+%d-%s-%s=%s@em%d.%s' % (R.randint(10**6, 10**7), rhex(4), rcpt.split('@')[0], rcpt.split('@')[1], R.randint(1000, 9999), from_dom)
    ar = dict(dkim=[(from_dom, verdict), ('sendgrid.info', 'pass')], spf='pass', mailfrom=mailfrom, ip=ip,
              dmarc=verdict, hfrom=from_dom, p='NONE' if from_dom == 'credly.com' else 'NONE', sel='s1')
    return transport(provider, rcpt, t, host, ip, mailfrom, None if no_ar else ar,
                     dkims=[(from_dom, 's1'), ('sendgrid.info', 'smtpapi')])


def generic_transport(provider, rcpt, t, from_dom, host, ip, mailfrom, dmarc='pass', dkim_res='pass', spf='pass', p='REJECT', no_ar=False, sel='selector1', forged_ar=None, sign=True):
    ar = dict(dkim=[(from_dom, dkim_res)], spf=spf, mailfrom=mailfrom, ip=ip, dmarc=dmarc, hfrom=from_dom, p=p, sel=sel)
    return transport(provider, rcpt, t, host, ip, mailfrom, None if no_ar else ar, dkims=[(from_dom, sel)] if sign else [], forged_ar=forged_ar)


# ------------------------------------------------------------------ output
def finalize(fname, body, hdrs, label):
    content = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in hdrs:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in content:
        body[k] = v
    pol = policy.compat32.clone(max_line_length=None)
    with open(os.path.join(OUT, fname), 'wb') as f:
        BytesGenerator(f, mangle_from_=False, policy=pol).flatten(body)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[fname] = {k: lab[k] for k in ('kind', 'case_id', 'account_ids', 'sender_verified', 'language')}


def L(kind, case_id, accounts, verified, lang):
    return dict(kind=kind, case_id=case_id, account_ids=list(accounts), sender_verified=verified, language=lang)


FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'
CREDLY = 'admin@credly.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def std_headers(frm, to, subj, t, msgid, extra=()):
    h = [('From', frm), ('To', to), ('Subject', subj), ('Date', fmt(t)), ('Message-ID', msgid)]
    h.extend(extra)
    return h


def aws_extra(t):
    return [('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % rb64(33)[:44]),
            ('X-SES-Outgoing', t.strftime('%Y.%m.%d-') + R.choice(['54.240.48.93', '54.240.8.30', '54.240.11.84']))]


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn

# ==================================================================== MAILS
# ---- Thread A: Daniel Kowalski, Gmail, form case, keep AWS04417829 / retire AWS07735102
UA = ('Daniel Kowalski', 'dkowalski.dev@gmail.com')
TA0 = d(2025, 5, 27, 14, 22, 7)
CA = case15(TA0, 4213)
A_KEEP, A_OLD = 'AWS04417829', 'AWS07735102'
A_SUBJ = 'RE:[CASE %s] %s' % (CA, FORM_SUBJ)


@mail
def m001():
    t = TA0 + dt.timedelta(seconds=41)
    body = """Hello Daniel,

This is an automated note to let you know that your message reached the AWS
Training and Certification Customer Service team and has been logged under
reference %s.

Here is a summary of what you sent us:

  Inquiry type:     Certification
  Detail:           Account Merge
  AWS candidate ID: %s
  Contact e-mail:   dkowalski.dev@gmail.com

One of our specialists will review it and get back to you, in most cases
within 24 hours. If you need to add anything, simply reply to this e-mail and
keep the reference in the subject line so it is attached to the same request.
Please avoid submitting the form again for the same question, as a duplicate
request can slow things down.

Kind regards,
AWS Training and Certification Customer Service

This message was sent from an address that is monitored only for replies
related to the reference above.
""" % (CA, A_KEEP)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('gmail', UA[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), addr(*UA), 'We have received your request [CASE %s] %s' % (CA, FORM_SUBJ), t, LAST_SES[0], aws_extra(t))
    finalize('001-form-request-logged.eml', msg, hdr, L('case_created', CA, [A_KEEP], True, 'en'))


A2_T = d(2025, 5, 28, 8, 2, 44)
A2_BODY = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

While looking into your request I found two certification profiles that
belong to you:

  \u2022 %s \u2013 daniel.kowalski@northwind-labs.io (this one will be kept)
  \u2022 %s \u2013 dkowalski.dev@gmail.com (its records would be folded into the one above)

Before I hand this to the team that performs the change, please be aware that
combining profiles is permanent. After it is done, %s can no
longer be used to sign in and we are not able to split the records again.

Could you reply to this e-mail and let me know whether the above is right,
including which profile you want to keep? As soon as I hear back from you I
will get the request moving. Please reply on this same thread rather than
opening a new one.

Best regards,

Anjali R.
AWS Training and Certification Customer Service
""" % (A_KEEP, A_OLD, A_OLD)


@mail
def m002():
    t = A2_T
    msg = leaf(A2_BODY, cte='qp')
    hdr = aws_transport('gmail', UA[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), addr(*UA), A_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('002-two-profiles-please-reply.eml', msg, hdr, L('merge_confirmation_requested', CA, [A_KEEP, A_OLD], True, 'en'))


@mail
def m003():
    t = d(2025, 5, 28, 16, 37, 12)
    quoted = '\n'.join('> ' + l if l else '>' for l in A2_BODY.rstrip('\n').split('\n'))
    body = """Hello Daniel,

Thanks for getting back to me so quickly with the go-ahead.

I have passed your request on to the team that handles profile
consolidation. They usually need three to five business days. You will hear
from me again when they are finished, and at that point I will also explain
what to expect regarding your digital badges.

There is nothing else you need to do in the meantime.

Best regards,

Anjali R.
AWS Training and Certification Customer Service

-------- Original message --------
From: Daniel Kowalski <dkowalski.dev@gmail.com>
Sent: 28/05/2025 10:41
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

The details are correct. Please proceed with the merge, keep the northwind one.

Thanks,
Daniel

On Wed, 28 May 2025 at 09:02, Amazon Web Services <%s> wrote:
%s
""" % (A_SUBJ, FORM, quoted)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('gmail', UA[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), addr(*UA), A_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('003-go-ahead-received.eml', msg, hdr, L('support_reply', CA, [], True, 'en'))


@mail
def m004():
    t = d(2025, 5, 30, 11, 5, 58)
    body = """Hello Daniel,

I'm writing with an update on reference %s.

The back-end team has finished: the exam history, both active certifications
and the unused 50%% exam benefit that sat on %s are now held on
%s, and the former profile has been retired. From now on please sign in
to your certification account with daniel.kowalski@northwind-labs.io only.

About your digital badges: Credly handles these separately. They will be
re-issued to the e-mail address on your remaining profile, which can take up
to five business days, and Credly will e-mail you for each badge so you can
accept it. If nothing has arrived after a week, just reply here.

If you have a minute, we would be grateful if you rated this reply:
https://aws.amazon.com/training/support/feedback?caseId=%s&r=5

Best regards,

Anjali R.
AWS Training and Certification Customer Service
""" % (CA, A_OLD, A_KEEP, CA)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('gmail', UA[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), addr(*UA), A_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('004-profile-records-now-on-one.eml', msg, hdr, L('merge_completed', CA, [A_KEEP, A_OLD], True, 'en'))


@mail
def m005():
    t = d(2025, 6, 6, 11, 6, 30)
    h = paras("""Hello Daniel,

Your AWS Training and Certification case <b>%s</b> has been marked as closed.

We'd love to hear how it went. Your answers go straight to the team that
handled your request and take less than a minute.""" % CA)
    h += """
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:18px 0"><tr>
<td style="padding-right:12px">Was your issue resolved?</td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;a=yes" style="background:#ff9900;color:#16191f;padding:8px 18px;text-decoration:none;border-radius:3px">YES</a></td>
<td style="padding-left:8px"><a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;a=no" style="background:#eaeded;color:#16191f;padding:8px 18px;text-decoration:none;border-radius:3px">NO</a></td>
</tr></table>
<p>If you need more help with this topic, reply to the last e-mail you received from us within 14 days and the case will be reopened.</p>
<p style="color:#687078;font-size:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>""" % (CA, CA)
    msg = leaf(html(h, 'How did we do?'), 'html', cte='qp')
    hdr = aws_transport('gmail', UA[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), addr(*UA), 'How did we do? Feedback on case %s' % CA, t, LAST_SES[0], aws_extra(t))
    finalize('005-how-did-we-do.eml', msg, hdr, L('survey', CA, [], True, 'en'))


@mail
def m006():
    t = d(2025, 6, 2, 19, 44, 3)
    txt = """Daniel, a badge is waiting for you

AWS Training and Certification has moved your AWS Certified Solutions
Architect - Associate badge to this account following an update to your
certification profile. Your earned date and validation details are unchanged.

Accept your badge:
https://www.credly.com/earner/earned/badge/3f9c1e52-8a4b-4d0e-9a7f-6b21c0de5a18

Once accepted, you can share it on LinkedIn, add it to your e-mail signature
or download it as a PDF.

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016
Unsubscribe from badge notifications: https://www.credly.com/notification_settings
"""
    hh = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="AWS Certified Solutions Architect - Associate" width="110"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Daniel, a badge is waiting for you</h1>
<p>AWS Training and Certification has moved your <strong>AWS Certified Solutions Architect &ndash; Associate</strong> badge to this account following an update to your certification profile. Your earned date and validation details are unchanged.</p>
<p style="text-align:center;margin:28px 0"><a href="https://www.credly.com/earner/earned/badge/3f9c1e52-8a4b-4d0e-9a7f-6b21c0de5a18" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p>Once accepted, you can share it on LinkedIn, add it to your e-mail signature or download it as a PDF.</p></td></tr>
<tr><td style="padding:24px;color:#777;font-size:11px">Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016<br><a href="https://www.credly.com/notification_settings">Unsubscribe from badge notifications</a></td></tr></table>"""
    msg = alt(leaf(txt, cte='qp'), leaf(html(hh), 'html', cte='base64'))
    hdr = credly_transport('gmail', UA[1], t)
    hdr += std_headers(addr('AWS Training and Certification via Credly', CREDLY), UA[1],
                       'Daniel, a badge is waiting for you', t,
                       '<68%s.%s@credly-mailer-%d.mail>' % (rhex(10), rhex(6), R.randint(1, 9)))
    finalize('006-credly-badge-waiting.eml', msg, hdr, L('credly_badge_issued', None, [], True, 'en'))


# ---- Thread B: Priya Raman, Office 365, console case; keep AWS02298476, retire AWS09910357 + AWS05561230
UB = ('Priya Raman', 'priya.raman@helixgrid.co.uk')
TB0 = d(2025, 9, 15, 9, 12, 40)
CB = case15(TB0, 817)
B_KEEP, B_OLD1, B_OLD2 = 'AWS02298476', 'AWS09910357', 'AWS05561230'
B_TOPIC = 'Merge my three AWS Certification accounts'
B_SUBJ = 'RE:[CASE %s] %s' % (CB, B_TOPIC)
B_LINK = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CB


def aws_footer_console(case):
    return """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

To see the status of your case or add correspondence, sign in to the AWS
Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mail. Please use the link above if you need to contact us again
about this same issue.

Amazon Web Services, Inc. and its affiliates. All rights reserved. This
e-mail and any files transmitted with it are confidential.
""" % case


@mail
def m007():
    t = TB0 + dt.timedelta(seconds=12)
    body = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, after changing employers twice I ended up with three
separate certification accounts, each registered with a different e-mail
address. I would like them combined into one so my certifications are all
in one place. Thank you!

To see the status of your case or add correspondence, visit:
%s

We will get back to you as soon as possible.

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CB, CB, B_TOPIC, B_LINK)
    msg = leaf(body, cte='7bit', charset='us-ascii')
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], 'Amazon Web Services: You have opened a new Support case: %s' % CB,
                       t, LAST_SES[0], aws_extra(t))
    finalize('007-console-new-support-case.eml', msg, hdr, L('case_created', CB, [], True, 'en'))


@mail
def m008():
    t = d(2025, 9, 16, 7, 48, 2)
    body = """Hello,

There is new correspondence on your AWS Support case %s.

Subject: %s

To view and respond to the correspondence, sign in to the AWS Support Center:
%s

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CB, B_TOPIC, B_LINK)
    msg = leaf(body, cte='7bit', charset='us-ascii')
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], '[Case %s] New correspondence added' % CB, t, LAST_SES[0], aws_extra(t))
    finalize('008-new-correspondence-notice.eml', msg, hdr, L('support_reply', CB, [], True, 'en'))


@mail
def m009():
    t = d(2025, 9, 16, 7, 47, 31)
    body = """Hello Priya,

Thank you for contacting AWS Training and Certification Support.

I looked up your name and found these certification accounts:

- %s
- %s
- %s

So that I can set this up correctly, could you tell me:

1. which of the three you would like to remain as your primary account, and
2. the e-mail address you use to sign in to each of them?

If any of these accounts is not yours, please say so; we will only combine
accounts that we can verify belong to the same person.

Best regards,
Tomasz W.
Amazon Web Services
""" % (B_KEEP, B_OLD1, B_OLD2) + aws_footer_console(CB)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], B_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('009-which-account-stays.eml', msg, hdr, L('support_reply', CB, [B_KEEP, B_OLD1, B_OLD2], True, 'en'))


@mail
def m010():
    t = d(2025, 9, 17, 12, 20, 15)
    body = """Hello Priya,

Thanks for the details. Here is what I have prepared:

  Primary account (stays):   AWS 02298476  (priya.raman@helixgrid.co.uk)
  Moves into the primary:    AWS 09910357  (p.raman@oldcorp-systems.com)
  Moves into the primary:    aws-05561230  (priya.r.dev@gmail.com)

Once the secondary accounts are folded in they are closed for good; we are not
able to separate them again afterwards. Please look the list over and add a
reply to the case in the Support Center letting me know everything is right,
and I'll submit it straight away.

Best regards,
Tomasz W.
Amazon Web Services

---
On 16 Sep 2025 13:18 UTC, you wrote:
Hi Tomasz, I'd like to keep the one on my current work address. The other two
were signed into with p.raman@oldcorp-systems.com and priya.r.dev@gmail.com.
Thanks, Priya
""" + aws_footer_console(CB)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], B_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('010-please-check-list-before-we-submit.eml', msg, hdr,
             L('merge_confirmation_requested', CB, [B_KEEP, B_OLD1, B_OLD2], True, 'en'))


@mail
def m011():
    t = d(2025, 9, 19, 15, 3, 52)
    txt = """Hello Priya,

Good news: AWS 09910357 and AWS 05561230 no longer exist as separate
accounts. Their certifications, exam history and benefits were carried over to
%s, which is now your only certification account.

As your request has been taken care of, I am marking this case as resolved.
Should anything look wrong, reply to the case within 14 days and it will be
reopened automatically.

Best regards,
Tomasz W.
Amazon Web Services
""" % B_KEEP
    hh = paras("""Hello Priya,

Good news: <b>AWS 09910357</b> and <b>AWS 05561230</b> no longer exist as separate
accounts. Their certifications, exam history and benefits were carried over to
<b>%s</b>, which is now your only certification account.

As your request has been taken care of, I am marking this case as resolved.
Should anything look wrong, reply to the case within 14 days and it will be
reopened automatically.

Best regards,<br>Tomasz W.<br>Amazon Web Services""" % B_KEEP)
    hh += """
<hr>
<p><b>Was this response helpful?</b></p>
<p><a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=yes">Yes</a> &nbsp;|&nbsp;
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=no">No</a></p>
<p>Rate your experience with this agent:
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=1">&#9733;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=2">&#9733;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=3">&#9733;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=4">&#9733;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=5">&#9733;</a></p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mail.</p>""" % ((CB,) * 7)
    msg = alt(leaf(txt, cte='qp'), leaf(html(hh), 'html', cte='qp'))
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], B_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('011-accounts-carried-over-case-resolved.eml', msg, hdr,
             L('merge_completed', CB, [B_KEEP, B_OLD1, B_OLD2], True, 'en'))


@mail
def m012():
    t = d(2025, 9, 24, 10, 31, 9)
    body = """Hello Priya,

Thank you for letting us know that your Credly badges did not follow your
certifications to %s. I have reopened this case so we can see it through.

Badges live on Credly's platform, so I have written to Credly's support team
on your behalf, giving them the e-mail address on your primary account and the
two addresses the old accounts used. I have asked them to move the badges
issued under those addresses to priya.raman@helixgrid.co.uk.

Credly usually answers us within three to five business days. I will add an
update to this case as soon as I hear from them; you do not need to contact
Credly separately.

Best regards,
Tomasz W.
Amazon Web Services
""" % B_KEEP + aws_footer_console(CB)
    msg = leaf(body, cte='base64')
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], B_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('012-case-reopened-contacted-credly.eml', msg, hdr, L('support_reply', CB, [B_KEEP], True, 'en'))


@mail
def m013():
    t = d(2025, 9, 29, 14, 2, 47)
    body = """Hello Priya,

A quick update: Credly has acknowledged our request and told me they expect to
re-home the four badges within the next two business days. Once that is done
you will receive an e-mail from Credly for each badge, and you will need to
accept them in your Credly wallet before they show publicly.

I will keep the case open until you have let me know they arrived. If they
don't show up by the end of the week, just reply here.

Best regards,
Tomasz W.
Amazon Web Services
""" + aws_footer_console(CB)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], B_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('013-credly-acknowledged-badges-pending.eml', msg, hdr, L('support_reply', CB, [], True, 'en'))


@mail
def m014():
    t = d(2025, 10, 1, 3, 17, 26)
    txt = """Priya, AWS Training and Certification issued you a new badge.

AWS Certified Developer - Associate

This badge has been transferred from another Credly account that belonged to
you. Accept it to add it to your profile and share your achievement.

Accept badge: https://www.credly.com/earner/earned/badge/a1d07f3e-5c2b-4b8e-8e0d-9f41c7b62e05

You will also be able to download a certificate and verify the badge with
its unique URL.

Credly | 2 Park Avenue, Suite 1601, New York, NY 10016
Manage e-mail preferences: https://www.credly.com/notification_settings
"""
    hh = """<div style="max-width:600px;margin:auto">
<p style="font-size:18px"><b>Priya, AWS Training and Certification issued you a new badge.</b></p>
<img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="160" alt="AWS Certified Developer - Associate">
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p>This badge has been transferred from another Credly account that belonged to you. Accept it to add it to your profile and share your achievement.</p>
<p><a href="https://www.credly.com/earner/earned/badge/a1d07f3e-5c2b-4b8e-8e0d-9f41c7b62e05" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly | 2 Park Avenue, Suite 1601, New York, NY 10016 &middot; <a href="https://www.credly.com/notification_settings">Manage e-mail preferences</a></p></div>"""
    msg = alt(leaf(txt, cte='7bit', charset='us-ascii'), leaf(html(hh), 'html', cte='qp'))
    hdr = credly_transport('o365', UB[1], t)
    hdr += std_headers(addr('AWS Training and Certification via Credly', CREDLY), UB[1],
                       'AWS Training and Certification issued you a new badge', t,
                       '<%s.%s@ismtpd-%d>' % (rb64(16).replace('/', '_').replace('+', '-')[:22], R.randint(1, 9), R.randint(10, 99)))
    finalize('014-credly-new-badge-transferred.eml', msg, hdr, L('credly_badge_issued', None, [], True, 'en'))


@mail
def m015():
    t = d(2025, 10, 2, 9, 40, 11)
    body = """Hello Priya,

Thank you for your patience, and for spotting that one certification was still
missing after the badges arrived.

When the three accounts were combined, your AWS Certified Developer -
Associate record on AWS05561230 was skipped because its exam was registered
under a slightly different spelling of your surname. Our team has corrected
the spelling and moved that record as well, so it now appears on
%s with its original validation number and expiry date. You
should see it on your certification dashboard now.

With that, everything from the two former accounts is in one place. I'll set
the case to resolved; if you notice anything else, reply within 14 days.

Best regards,
Tomasz W.
Amazon Web Services
""" % B_KEEP + aws_footer_console(CB)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('o365', UB[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UB[1], B_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('015-missing-record-moved-after-fix.eml', msg, hdr, L('merge_completed', CB, [B_KEEP, B_OLD2], True, 'en'))


# ---- Thread C: 佐藤 健太, nifty, form case (Japanese); keep AWS06120487, retire AWS03389514
UC = ('佐藤 健太', 'kenta.sato@nifty.com')
TC0 = d(2025, 6, 9, 23, 51, 18)
CC = case15(TC0, 2671)
C_KEEP, C_OLD = 'AWS06120487', 'AWS03389514'
C_SUBJ = 'RE:[CASE %s] %s' % (CC, FORM_SUBJ)
NIFTY = 'mx.nifty.com'


@mail
def m016():
    t = TC0 + dt.timedelta(seconds=29)
    body = """佐藤 健太 様

本メールはシステムより自動でお送りしています。

AWS トレーニングと認定 カスタマーサービスへのお問い合わせを受領し、
受付番号 %s として登録いたしました。

　お問い合わせの種類：認定
　詳細　　　　　　　：アカウントの統合
　AWS 受験者 ID　　 ：%s

内容を確認のうえ、通常 24 時間以内に担当者よりご連絡いたします。
追加の情報がある場合は、件名の受付番号を変えずに本メールへご返信ください。
同じ内容で再度フォームを送信されますと、対応が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサービス
""" % (CC, C_KEEP)
    msg = leaf(body, charset='iso-2022-jp', cte='7bit')
    hdr = aws_transport(NIFTY, UC[1], t)
    subj = enc_words('【受付完了】お問い合わせを承りました [CASE %s] AWS トレーニングと認定' % CC, 'iso-2022-jp', 60)
    hdr += std_headers(addr(AWSNAME, FORM), addr(*UC, charset='iso-2022-jp'), subj, t, LAST_SES[0], aws_extra(t))
    finalize('016-uketsuke-kanryo.eml', msg, hdr, L('case_created', CC, [C_KEEP], True, 'ja'))


C17_BODY = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の中村でございます。

お客様のお名前で、以下 2 つの認定アカウントを確認いたしました。

　・存続するアカウント：%s（kenta.sato@nifty.com）
　・統合元のアカウント：%s（k.sato@tsubasa-soft.co.jp）

手続き後は、%s の受験履歴および認定資格はすべて %s に移され、
%s ではサインインできなくなります。この操作は後から取り消すことができません。

上記の内容でお間違いなければ、本メールにそのままご返信いただけますでしょうか。
ご返信を確認でき次第、手続きを開始いたします。

何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス
""" % (C_KEEP, C_OLD, C_OLD, C_KEEP, C_OLD)


@mail
def m017():
    t = d(2025, 6, 10, 23, 2, 10)
    msg = leaf(C17_BODY, charset='shift_jis', codec='cp932', cte='base64')
    hdr = aws_transport(NIFTY, UC[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UC[1], C_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('017-togo-naiyo-gokakunin.eml', msg, hdr, L('merge_confirmation_requested', CC, [C_KEEP, C_OLD], True, 'ja'))


@mail
def m018():
    t = d(2025, 6, 11, 5, 48, 33)
    q2 = '\n'.join('>> ' + l if l else '>>' for l in C17_BODY.rstrip('\n').split('\n'))
    body = """佐藤 健太 様

ご返信いただきありがとうございます。承知いたしました。

担当部署へ手配いたしましたので、作業が終わりましたら改めてご連絡いたします。
通常 3〜5 営業日ほどお時間をいただいております。
それまでの間、お客様に行っていただく操作はございません。

引き続きよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス

2025年6月11日(水) 9:14 佐藤 健太 <kenta.sato@nifty.com>:
> 中村様
>
> ご連絡ありがとうございます。内容に相違ありません。
> 統合をお願いいたします。
>
> 佐藤
>
> 2025年6月11日(水) 8:02 Amazon Web Services <%s>:
%s
""" % (FORM, q2)
    msg = leaf(body, cte='qp')
    hdr = aws_transport(NIFTY, UC[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UC[1], C_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('018-tehai-itashimashita.eml', msg, hdr, L('support_reply', CC, [], True, 'ja'))


@mail
def m019():
    t = d(2025, 6, 13, 8, 15, 40)
    body = """佐藤 健太 様

大変お待たせいたしました。

%s に登録されていた認定資格 2 件、受験履歴および未使用の
再受験特典を %s へ移行いたしました。旧アカウントは無効化済みです。
今後は kenta.sato@nifty.com でサインインしてご利用ください。

Credly のデジタルバッジにつきましては、Credly 社から別途メールが届きます。

本件の対応品質向上のため、以下のアンケートにご協力いただけますと幸いです。
https://aws.amazon.com/training/support/feedback?caseId=%s&lang=ja

中村
AWS トレーニングと認定 カスタマーサービス
""" % (C_OLD, C_KEEP, CC)
    msg = leaf(body, charset='iso-2022-jp', cte='7bit')
    hdr = aws_transport(NIFTY, UC[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UC[1], C_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('019-ikou-itashimashita.eml', msg, hdr, L('merge_completed', CC, [C_KEEP, C_OLD], True, 'ja'))


@mail
def m020():
    t = d(2025, 6, 20, 8, 16, 2)
    txt = """佐藤 健太 様

お問い合わせ（ケース %s）への対応を終了させていただきました。

今後のサービス向上のため、1 分ほどで終わる簡単なアンケートへの
ご回答をお願いいたします。

問題は解決しましたか？
　はい：https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&a=yes&l=ja
　いいえ：https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&a=no&l=ja

引き続きサポートが必要な場合は、14 日以内に最後のメールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % (CC, CC, CC)
    hh = paras("""佐藤 健太 様

お問い合わせ（ケース <b>%s</b>）への対応を終了させていただきました。

今後のサービス向上のため、1 分ほどで終わる簡単なアンケートへのご回答をお願いいたします。""" % CC)
    hh += """
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;a=yes&amp;l=ja" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">はい</a>
&nbsp;<a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;a=no&amp;l=ja" style="background:#d5dbdb;color:#000;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p>引き続きサポートが必要な場合は、14 日以内に最後のメールへご返信ください。</p>
<p style="font-size:11px;color:#687078">AWS トレーニングと認定 カスタマーサービス</p>""" % (CC, CC)
    msg = alt(leaf(txt, cte='base64'), leaf(html(hh, 'アンケート'), 'html', cte='base64'))
    hdr = aws_transport(NIFTY, UC[1], t)
    subj = enc_words('【AWS トレーニングと認定】サポートに関するアンケートのお願い（ケース %s）' % CC, 'utf-8', 70)
    hdr += std_headers(addr(AWSNAME, FORM), UC[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('020-ankeeto-no-onegai.eml', msg, hdr, L('survey', CC, [], True, 'ja'))


# ---- Thread D: 山本 由美, outlook.jp, console cases (Japanese); first case closes unanswered, second succeeds
UD = ('山本 由美', 'yumi.yamamoto@outlook.jp')
TD1 = d(2025, 11, 4, 1, 5, 33)
CD1 = case15(TD1, 50342)
TD2 = d(2025, 11, 20, 0, 44, 9)
CD2 = case15(TD2, 11907)
D_KEEP, D_OLD = 'AWS08876012', 'AWS01954433'
D_TOPIC = '認定アカウントの統合について'
D_LINK1 = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CD1
D_LINK2 = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CD2


def ja_footer(link):
    return """
このやり取りについて評価をお寄せください。AWS サポートセンターで、各対応の右上の
星を選択して評価いただけます。

ケースの状況確認や返信は、AWS サポートセンターからお願いいたします:
%s

※本メールは送信専用アドレスから送信されています。ご返信いただいても対応できません。
""" % link


@mail
def m021():
    t = TD1 + dt.timedelta(seconds=15)
    body = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
内容: 認定試験のアカウントが 2 つあるので、1 つにまとめたいです。よろしくお願いします。

ケースの状況を確認したり、やり取りを追加したりするには、次のリンクにアクセスしてください:
%s

できるだけ早くご連絡いたします。

よろしくお願いいたします。
Amazon Web Services

※本メールは送信専用アドレスから送信されています。
""" % (CD1, CD1, D_TOPIC, D_LINK1)
    msg = leaf(body, cte='base64')
    hdr = aws_transport('o365', UD[1], t)
    subj = enc_words('Amazon Web Services: 新しいサポートケースが作成されました: %s' % CD1, 'utf-8', 64)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('021-shinki-case-sakusei.eml', msg, hdr, L('case_created', CD1, [], True, 'ja'))


@mail
def m022():
    t = d(2025, 11, 5, 2, 30, 18)
    body = """山本 由美 様

AWS トレーニングと認定サポートの小林です。お問い合わせありがとうございます。

ご登録のメールアドレスから、受験者 ID %s は確認できましたが、
もう一方のアカウントを特定できませんでした。お手数ですが、以下をお知らせください。

①もう一方のアカウントのサインイン用メールアドレス
②（わかれば）もう一方のアカウントの受験者 ID
③どちらのアカウントを残すご希望か

情報がそろいましたら、統合の内容をご案内いたします。

小林
Amazon Web Services
""" % D_KEEP + ja_footer(D_LINK1)
    msg = leaf(body, charset='shift_jis', codec='cp932', cte='8bit')
    hdr = aws_transport('o365', UD[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], 'RE:[CASE %s] %s' % (CD1, enc_words(D_TOPIC, 'utf-8')), t, LAST_SES[0], aws_extra(t))
    finalize('022-tsuika-joho-no-onegai.eml', msg, hdr, L('support_reply', CD1, [D_KEEP], True, 'ja'))


@mail
def m023():
    t = d(2025, 11, 10, 3, 0, 41)
    body = """山本 由美 様

小林です。先日お願いした情報について、まだご返信を確認できておりませんでしたので、
念のためご連絡いたしました。

引き続きアカウントの統合をご希望の場合は、サポートセンターからご返信ください。
5 営業日以内にご返信がない場合、本ケースは自動的に解決済みとなりますので
ご了承ください。

小林
Amazon Web Services
""" + ja_footer(D_LINK1)
    msg = leaf(body, charset='utf-8', label='iso-8859-1', cte='8bit')
    hdr = aws_transport('o365', UD[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], 'RE:[CASE %s] %s' % (CD1, enc_words(D_TOPIC, 'utf-8')), t, LAST_SES[0], aws_extra(t))
    finalize('023-sonogo-ikaga-deshouka.eml', msg, hdr, L('support_reply', CD1, [], True, 'ja'))


@mail
def m024():
    t = d(2025, 11, 17, 3, 1, 7)
    body = """山本 由美 様

ケース %s について、一定期間ご返信がなかったため、解決済みとさせていただきました。

引き続きサポートが必要な場合は、14 日以内であればサポートセンターから
ケースを再オープンいただけます。

今回のサポートはいかがでしたか？以下のリンクから評価をお寄せください。
　満足：https://support.console.aws.amazon.com/support/feedback?displayId=%s&csat=5
　不満：https://support.console.aws.amazon.com/support/feedback?displayId=%s&csat=1

Amazon Web Services
""" % (CD1, CD1, CD1)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('o365', UD[1], t)
    subj = enc_words('Amazon Web Services: ケース %s は解決済みになりました' % CD1, 'utf-8', 60)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('024-henshin-nashi-kaiketsuzumi.eml', msg, hdr, L('survey', CD1, [], True, 'ja'))


@mail
def m025():
    t = TD2 + dt.timedelta(seconds=9)
    body = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウント統合（再依頼）
重要度: 一般的なガイダンス
内容: 前回のケース %s は返信が遅れてクローズされてしまったため、改めてお願いします。
残したいアカウントは %s（yumi.yamamoto@outlook.jp）、もう一つは %s（y-yamamoto@kirameki-design.jp）です。

ケースの状況を確認したり、やり取りを追加したりするには、次のリンクにアクセスしてください:
%s

よろしくお願いいたします。
Amazon Web Services

※本メールは送信専用アドレスから送信されています。
""" % (CD2, CD2, CD1, D_KEEP, D_OLD, D_LINK2)
    msg = leaf(body, cte='base64')
    hdr = aws_transport('o365', UD[1], t)
    subj = enc_words('Amazon Web Services: 新しいサポートケースが作成されました: %s' % CD2, 'utf-8', 64)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('025-sai-irai-case-sakusei.eml', msg, hdr, L('case_created', CD2, [D_KEEP, D_OLD], True, 'ja'))


D26_BODY = """山本 由美 様

小林です。改めてのご連絡ありがとうございます。前回はご不便をおかけしました。

以下の内容で手続きを進めてよろしいか、ご確認をお願いいたします。

　残すアカウント　：AWS-08876012（yumi.yamamoto@outlook.jp）
　まとめるアカウント：AWS-01954433（y-yamamoto@kirameki-design.jp）

手続きが終わると AWS-01954433 は閉鎖され、元に戻すことはできません。
問題なければ、サポートセンターから「この内容で進めてください」とご返信ください。

小林
Amazon Web Services
"""


@mail
def m026():
    t = d(2025, 11, 21, 0, 30, 2)
    msg = leaf(D26_BODY + ja_footer(D_LINK2), cte='qp')
    hdr = aws_transport('o365', UD[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], 'RE:[CASE %s] %s' % (CD2, enc_words('認定アカウント統合（再依頼）', 'utf-8')), t, LAST_SES[0], aws_extra(t))
    finalize('026-kono-naiyo-de-yoroshii-ka.eml', msg, hdr, L('merge_confirmation_requested', CD2, [D_KEEP, D_OLD], True, 'ja'))


@mail
def m027():
    t = d(2025, 11, 25, 6, 12, 55)
    body = """山本 由美 様

小林です。お待たせいたしました。

旧アカウントに登録されていた認定資格と受験履歴を、aws08876012 へ移し終えました。
認定ダッシュボードに反映されていることをご確認ください。
旧アカウントへのサインインはできなくなっております。

ご不明な点がございましたら、本ケースにご返信ください。

小林
Amazon Web Services

------ 以前のやり取り ------
2025/11/21 9:30 (JST) Amazon Web Services:
""" + D26_BODY + """
2025/11/21 18:02 (JST) お客様:
確認しました。この内容で進めてください。山本
""" + ja_footer(D_LINK2)
    msg = leaf(body, cte='base64')
    hdr = aws_transport('o365', UD[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], 'RE:[CASE %s] %s' % (CD2, enc_words('認定アカウント統合（再依頼）', 'utf-8')), t, LAST_SES[0], aws_extra(t))
    finalize('027-utsushi-oemashita.eml', msg, hdr, L('merge_completed', CD2, [D_KEEP], True, 'ja'))


# ---- Thread E: Marcus Webb, Fastmail, form case; keep AWS05077318, retire AWS09263041
UE = ('Marcus Webb', 'marcus.webb@fastmail.com')
TE0 = d(2026, 1, 12, 17, 3, 55)
CE = case15(TE0, 391)
CE_DUP = case15(d(2026, 1, 14, 8, 40, 2), 75120)
E_KEEP, E_OLD = 'AWS05077318', 'AWS09263041'
E_SUBJ = 'RE:[CASE %s] %s' % (CE, FORM_SUBJ)


@mail
def m029():
    t = d(2026, 1, 15, 10, 22, 4)
    body = """Hi Marcus,

I can see you submitted the form a second time yesterday (reference %s).
I have closed that one so the two requests don't cross over, and we'll carry
on here instead.

Your request to bring %s and %s together was approved on
our side on Tuesday and is now with the back-end team that makes the change.
They are working through a backlog this week, so it is taking a little longer
than usual. I am keeping an eye on it and will write to you as soon as there
is news. No further action is needed from you.

To avoid delays, please keep replying on this thread rather than sending the
form again.

Kind regards,

Lucas M.
AWS Training and Certification Customer Service
""" % (CE_DUP, E_KEEP, E_OLD)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('fastmail', UE[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UE[1], E_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('029-still-with-backend-team.eml', msg, hdr, L('support_reply', CE, [E_KEEP, E_OLD], True, 'en'))


E31_TEXT = """Hi Marcus,

Thanks for bearing with us. From today, everything you earned under
%s (three certifications, your exam history and the unused exam
benefit) is listed under %s. The older candidate ID has been
deactivated, so please make any future exam bookings through your remaining
login, marcus.webb@fastmail.com.

Your Credly badges will be re-issued to the same address over the next few
days.

Kind regards,

Lucas M.
AWS Training and Certification Customer Service
""" % (E_OLD, E_KEEP)


@mail
def m031():
    t = d(2026, 1, 19, 16, 55, 30)
    hh = paras(E31_TEXT.replace(E_OLD, '<b>%s</b>' % E_OLD).replace(E_KEEP, '<b>%s</b>' % E_KEEP))
    hh += """
<table style="margin-top:20px;border-top:1px solid #d5dbdb;padding-top:10px"><tr><td>
<p style="font-size:13px">How would you rate this response?</p>
<p><a href="https://aws.amazon.com/training/support/feedback?caseId=%s&amp;score=1">1</a> &middot;
<a href="https://aws.amazon.com/training/support/feedback?caseId=%s&amp;score=2">2</a> &middot;
<a href="https://aws.amazon.com/training/support/feedback?caseId=%s&amp;score=3">3</a> &middot;
<a href="https://aws.amazon.com/training/support/feedback?caseId=%s&amp;score=4">4</a> &middot;
<a href="https://aws.amazon.com/training/support/feedback?caseId=%s&amp;score=5">5</a></p>
</td></tr></table>""" % ((CE,) * 5)
    msg = leaf(html(hh), 'html', cte='base64')
    hdr = aws_transport('fastmail', UE[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UE[1], E_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('031-everything-now-listed-under-one-id.eml', msg, hdr, L('merge_completed', CE, [E_KEEP, E_OLD], True, 'en'))


@mail
def m030():
    t = d(2026, 1, 26, 17, 0, 12)
    body = """Hello Marcus,

We believe the issue you raised in case %s has now been resolved, so
we have closed it.

If anything still isn't right, just reply to this e-mail within 14 days and
the case will be reopened with the same agent.

Tell us about your experience - it takes 30 seconds:
https://survey.aws-training-feedback.amazon.com/s/ce?c=%s

Thank you for being an AWS Training and Certification customer.

AWS Training and Certification Customer Service
""" % (CE, CE)
    msg = leaf(body, cte='7bit', charset='us-ascii')
    hdr = aws_transport('fastmail', UE[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UE[1], 'Your AWS Training and Certification case %s has been resolved' % CE,
                       t, LAST_SES[0], aws_extra(t))
    finalize('030-case-resolved-tell-us.eml', msg, hdr, L('survey', CE, [], True, 'en'))


@mail
def m032():
    t = d(2026, 1, 20, 8, 14, 37, tz=PST)
    mid = '<%s-%s@app.fastmail.com>' % (rhex(8), rhex(4))
    q = E31_TEXT
    body = """Jenna,

Good news for the partner tier paperwork: AWS finally consolidated my two
certification accounts. The old AWS09263041 one is gone; please use
AWS05077318 in the partner portal from now on. Their note is below.

Marcus

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Mon, 19 Jan 2026 at 16:55
Subject: %s
To: <marcus.webb@fastmail.com>


%s""" % (FORM, E_SUBJ, q)
    msg = leaf(body, cte='qp')
    ar = dict(dkim=[('fastmail.com', 'pass'), ('messagingengine.com', 'pass')], spf='pass',
              mailfrom='marcus.webb@fastmail.com', ip='103.168.172.%d' % R.randint(140, 160), dmarc='pass', hfrom='fastmail.com', p='NONE')
    hdr = transport('gmail', 'jortiz@brightlane.io', t.astimezone(UTC), 'fout-a%d-smtp.messagingengine.com' % R.randint(1, 8),
                    ar['ip'], ar['mailfrom'], ar, dkims=[('fastmail.com', 'fm3'), ('messagingengine.com', 'fm3')])
    hdr += [('From', addr(*UE)), ('To', 'Jenna Ortiz <jortiz@brightlane.io>'),
            ('Subject', 'Fwd: ' + E_SUBJ), ('Date', fmt(t)), ('Message-ID', mid),
            ('X-Mailer', 'MessagingEngine.com Webmail Interface'), ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0')]
    finalize('032-fwd-to-manager.eml', msg, hdr, L('unrelated', CE, [E_KEEP, E_OLD], False, 'en'))


# ---- Thread F: 田中 翔, Yahoo! JAPAN mail, console case 11 digits; keep AWS07420965, retire AWS02856139
UF = ('田中 翔', 'sho.tanaka_88@yahoo.co.jp')
YJ = 'mta5005.mail.kks.yahoo.co.jp'
CF = '12093385716'
F_KEEP, F_OLD = 'AWS07420965', 'AWS02856139'
F_TOPIC = 'AWS認定アカウントの統合'
F_LINK = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CF


def f_subj():
    return 'RE:[CASE %s] ' % CF + enc_words(F_TOPIC, 'iso-2022-jp', 40)


@mail
def m028():
    t = d(2025, 8, 21, 23, 48, 12)
    CF = '175581490204417'
    body = """田中 翔 様

AWS 認定サポートセンターです。

お客様よりご依頼いただいた認定アカウントの統合について、最終確認が完了しておりません。
下記の内容で統合処理を実行いたします。

　統合先アカウント：%s
　統合元アカウント：%s
　ケース番号　　　：%s

統合は取り消しできないため、48 時間以内に以下のページでサインインし、
本人確認のうえ「統合を承認する」を押してください。
期限を過ぎた場合、ご依頼は自動的に取り消され、両アカウントの認定資格が一時停止されます。

▼ 統合内容の確認はこちら
https://aws-certification-center.jp/merge/confirm?case=%s&token=9f2c1ab7e04d

AWS 認定サポートセンター
""" % (F_KEEP, F_OLD, CF, CF)
    hh = paras(body.replace('https://aws-certification-center.jp/merge/confirm?case=%s&token=9f2c1ab7e04d' % CF,
                            '<a href="https://aws-certification-center.jp/merge/confirm?case=%s&amp;token=9f2c1ab7e04d">https://aws.amazon.com/certification/merge/confirm</a>' % CF))
    msg = alt(leaf(body, charset='iso-2022-jp', cte='7bit'), leaf(html(hh), 'html', cte='base64'))
    hdr = generic_transport(YJ, UF[1], t, 'aws-certification-center.jp', 'mail.aws-certification-center.jp', '45.131.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                            'bounce@aws-certification-center.jp', dmarc='pass', p='NONE', sel='default')
    subj = enc_words('【重要】アカウント統合の最終確認のお願い（ケース %s）' % CF, 'iso-2022-jp', 60)
    hdr += std_headers(addr('AWS 認定サポート', 'support@aws-certification-center.jp'), UF[1], subj, t,
                       '<%s.%s@aws-certification-center.jp>' % (rhex(16), rhex(6)))
    finalize('028-saishu-kakunin-no-onegai.eml', msg, hdr, L('merge_confirmation_requested', CF, [F_KEEP, F_OLD], False, 'ja'))


@mail
def m057():
    t = d(2025, 8, 19, 4, 11, 50)
    body = """田中 翔 様

AWS トレーニングと認定サポートの佐々木です。お問い合わせありがとうございます。

%s と %s では、ご登録の氏名の表記が異なっておりました
（「田中 翔」と「TANAKA SHO」）。
同一のお客様であることを確認する必要があるため、お手数ですが以下をお送りいただけますでしょうか。

　1. それぞれのアカウントのサインイン用メールアドレス
　2. 氏名の表記を揃える場合、どちらの表記をご希望か
　3. 統合を希望される理由（転職によるメールアドレス変更など）

ご返信はサポートセンターから、本ケースに追記する形でお願いいたします。

佐々木
Amazon Web Services
""" % (F_KEEP, F_OLD) + ja_footer(F_LINK)
    msg = leaf(body, charset='iso-2022-jp', cte='7bit')
    hdr = aws_transport(YJ, UF[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UF[1], f_subj(), t, LAST_SES[0], aws_extra(t))
    finalize('057-shimei-hyoki-kakunin.eml', msg, hdr, L('support_reply', CF, [F_KEEP, F_OLD], True, 'ja'))


@mail
def m033():
    t = d(2025, 8, 27, 6, 40, 3)
    body = """田中 翔 様

佐々木です。ご依頼いただいていたアカウントの一本化作業が終わりました。

これまで %s に紐づいていた認定資格と受験履歴は、すべて
%s でご確認いただけます。氏名の表記は「田中 翔」に揃えております。

これをもちまして、本ケースはクローズとさせていただきます。
お手数ですが、今回の対応についてアンケートにご回答いただけますと幸いです。
https://support.console.aws.amazon.com/support/feedback?displayId=%s&language=ja

佐々木
Amazon Web Services
""" % (F_OLD, F_KEEP, CF) + ja_footer(F_LINK)
    msg = leaf(body, cte='base64')
    hdr = aws_transport(YJ, UF[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UF[1], f_subj(), t, LAST_SES[0], aws_extra(t))
    finalize('033-ippon-ka-sagyo-owari-close.eml', msg, hdr, L('merge_completed', CF, [F_KEEP, F_OLD], True, 'ja'))


@mail
def m054():
    t = d(2025, 8, 27, 6, 41, 20)
    hh = """<div style="max-width:620px">
<p>田中 翔 様</p>
<p>AWS サポートをご利用いただきありがとうございました。ケース <b>%s</b>（%s）はクローズされました。</p>
<p>サービス改善のため、今回のサポート体験についてお聞かせください。</p>
<p style="margin:20px 0"><b>今回のお問い合わせは解決しましたか？</b><br>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes&amp;language=ja">はい</a> ／
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no&amp;language=ja">いいえ</a></p>
<p>ケースを再度開く必要がある場合は、14 日以内に AWS サポートセンターから再オープンできます。</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210<br>本メールは送信専用です。</p>
</div>""" % (CF, F_TOPIC, CF, CF)
    msg = leaf(html(hh, 'アンケート'), 'html', charset='iso-2022-jp', cte='7bit')
    hdr = aws_transport(YJ, UF[1], t)
    subj = enc_words('AWS サポートの対応はいかがでしたか？（ケース %s）' % CF, 'utf-8', 56)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UF[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('054-taiou-wa-ikaga-deshitaka.eml', msg, hdr, L('survey', CF, [], True, 'ja'))


@mail
def m034():
    t = d(2025, 9, 1, 22, 5, 44)
    txt = """田中 翔さん、新しいバッジが届いています

AWS Training and Certification から、次のバッジがこのアカウントに発行されました。

　AWS Certified Cloud Practitioner

これは認定アカウントの統合に伴い、以前のメールアドレス宛てに発行されていたバッジを
移したものです。取得日や有効期限は変わりません。

バッジを受け取る：
https://www.credly.com/earner/earned/badge/7c2d9e40-31fa-4b67-9e58-0a3f81d6c2b4

受け取ったバッジは LinkedIn などで共有できます。

Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016
配信設定の変更：https://www.credly.com/notification_settings
"""
    hh = """<div style="max-width:600px;margin:auto;font-family:'Hiragino Sans',Meiryo,sans-serif">
<h2>田中 翔さん、新しいバッジが届いています</h2>
<p>AWS Training and Certification から、次のバッジがこのアカウントに発行されました。</p>
<p><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="110" alt=""><br><b>AWS Certified Cloud Practitioner</b></p>
<p>これは認定アカウントの統合に伴い、以前のメールアドレス宛てに発行されていたバッジを移したものです。取得日や有効期限は変わりません。</p>
<p><a href="https://www.credly.com/earner/earned/badge/7c2d9e40-31fa-4b67-9e58-0a3f81d6c2b4" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016</p></div>"""
    msg = alt(leaf(txt, cte='base64'), leaf(html(hh), 'html', cte='base64'))
    hdr = credly_transport(YJ, UF[1], t)
    subj = enc_words('田中 翔さん、新しいバッジが届いています', 'utf-8', 60)
    hdr += std_headers(addr('AWS Training and Certification via Credly', CREDLY), UF[1], subj, t,
                       '<%s.%s@ismtpd-%d>' % (rb64(16).replace('/', '_').replace('+', '-')[:22], R.randint(1, 9), R.randint(10, 99)))
    finalize('034-credly-badge-todoite-imasu.eml', msg, hdr, L('credly_badge_issued', None, [], True, 'ja'))


@mail
def m036():
    t = d(2025, 9, 4, 2, 25, 9)
    body = """田中 翔 様

佐々木です。ご連絡ありがとうございます。ケースを再オープンいたしました。

Cloud Practitioner 以外のバッジ（Solutions Architect - Associate、
Developer - Associate）が Credly の新しいアカウントに表示されていない件、
Credly のサポートチームに、旧メールアドレス宛てのバッジを移すよう依頼いたしました。
先方から回答がありましたら、こちらのケースでお知らせいたします。

お客様から Credly へ別途お問い合わせいただく必要はございません。

佐々木
Amazon Web Services

> 統合ありがとうございました。ただ、Credly に届いたのは Cloud Practitioner の
> バッジだけで、ほかの 2 つが旧アカウントに残ったままです。
> 確認していただけますか。　田中
""" + ja_footer(F_LINK)
    msg = leaf(body, cte='qp')
    hdr = aws_transport(YJ, UF[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UF[1], f_subj(), t, LAST_SES[0], aws_extra(t))
    finalize('036-credly-ni-irai-shimashita.eml', msg, hdr, L('support_reply', CF, [], True, 'ja'))


@mail
def m037():
    t = d(2025, 9, 8, 5, 3, 31)
    body = """田中 翔 様

佐々木です。お待たせいたしました。

Credly からの回答を受けて改めて確認したところ、統合処理の一部が反映されていなかった
ことがわかりました。再度処理を行い、%s に残っていた
Solutions Architect - Associate と Developer - Associate の 2 件の認定資格を
%s へ移しました。ご不便をおかけし申し訳ございません。

この 2 件のバッジは、48 時間以内に Credly から新しいアカウント宛てに発行されます。
届かない場合は本ケースにご返信ください。

佐々木
Amazon Web Services
""" % (F_OLD, F_KEEP) + ja_footer(F_LINK)
    msg = leaf(body, charset='shift_jis', codec='cp932', cte='qp')
    hdr = aws_transport(YJ, UF[1], t)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UF[1], f_subj(), t, LAST_SES[0], aws_extra(t))
    finalize('037-saishori-2ken-utsushimashita.eml', msg, hdr, L('merge_completed', CF, [F_KEEP, F_OLD], True, 'ja'))


# ---- Thread G: 鈴木 彩, Gmail, form case (Japanese); keep AWS03345671, retire AWS06698210
UG = ('鈴木 彩', 'aya.suzuki.0312@gmail.com')
TG0 = d(2026, 2, 3, 4, 20, 11)
CG = case15(TG0, 7760)
G_KEEP, G_OLD = 'AWS03345671', 'AWS06698210'
G_SUBJ = 'RE:[CASE %s] %s' % (CG, FORM_SUBJ)


@mail
def m038():
    t = TG0 + dt.timedelta(seconds=36)
    txt = """鈴木 彩 様

お問い合わせを受け付けました。
受付番号：%s

担当者より順次ご連絡いたします。今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサービス
""" % CG
    hh = """<p>鈴木 彩 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。以下の内容で受け付けました。</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td style="background:#f2f3f3">受付番号</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">お問い合わせの種類</td><td>認定 &gt; アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">AWS 受験者 ID</td><td>%s</td></tr>
</table>
<p>内容を確認のうえ、通常 24 時間以内（土日祝を除く）に担当者よりご連絡いたします。ご返信の際は件名を変更しないでください。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>""" % (CG, G_KEEP)
    msg = alt(leaf(txt, charset='iso-2022-jp', cte='7bit'), leaf(html(hh), 'html', cte='qp'))
    hdr = aws_transport('gmail', UG[1], t)
    subj = enc_words('お問い合わせを受け付けました [CASE %s]' % CG, 'utf-8', 50)
    hdr += std_headers(addr(AWSNAME, FORM), UG[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('038-otoiawase-uketsuke.eml', msg, hdr, L('case_created', CG, [G_KEEP], True, 'ja'))


G_REQ = """鈴木 彩 様

お問い合わせありがとうございます。担当の井上です。

以下の 2 アカウントを 1 つにまとめる手続きとなります。

　残るアカウント：%s（aya.suzuki.0312@gmail.com）
　まとめられるアカウント：%s（suzuki.aya@hoshizora-univ.ac.jp）

処理後は元に戻せませんので、内容をご確認のうえ本メールへご返信ください。

井上
AWS トレーニングと認定 カスタマーサービス
""" % (G_KEEP, G_OLD)


@mail
def m039():
    t = d(2026, 2, 5, 1, 10, 48)
    q2 = '\n'.join('> > ' + l if l else '> >' for l in G_REQ.rstrip('\n').split('\n'))
    body = """鈴木 彩 様

井上です。ご承認いただきありがとうございます。

担当チームにて作業を開始いたしました。%s への統合が終わりましたら、
Credly のデジタルバッジも新しいメールアドレス宛てに順次発行し直されます。
作業完了後に改めてご連絡いたしますので、今しばらくお待ちください。

井上
AWS トレーニングと認定 カスタマーサービス

2026年2月4日(水) 21:37 鈴木 彩 <aya.suzuki.0312@gmail.com>:
> 井上様
>
> ご連絡ありがとうございます。記載の内容で問題ありません。
> よろしくお願いいたします。
>
> 鈴木
>
> 2026年2月4日(水) 10:05 Amazon Web Services <%s>:
%s
""" % (G_KEEP, FORM, q2)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('gmail', UG[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UG[1], G_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('039-sagyo-kaishi-kanryogo-renraku.eml', msg, hdr, L('support_reply', CG, [G_KEEP], True, 'ja'))


@mail
def m040():
    t = d(2026, 2, 6, 7, 58, 0)
    body = """鈴木 彩 様

お待たせいたしました。ご依頼の件、対応が完了いたしました。

今後は %s のみをご利用ください。
旧アカウント %s は無効化されており、サインインできません。

井上
AWS トレーニングと認定 カスタマーサービス
""" % (G_KEEP, G_OLD)
    msg = leaf(body, charset='shift_jis', codec='cp932', cte='qp')
    hdr = aws_transport('gmail', UG[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UG[1], G_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('040-taiou-kanryo.eml', msg, hdr, L('merge_completed', CG, [G_KEEP, G_OLD], True, 'ja'))


@mail
def m041():
    t = d(2026, 2, 13, 8, 0, 27)
    hh = """<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="90" alt="AWS">
<h2 style="font-size:20px">カスタマーサービスの評価にご協力ください</h2>
<p>鈴木 彩 様</p>
<p>先日はお問い合わせいただき、ありがとうございました。ケース %s はクローズされました。</p>
<p>担当者の対応はいかがでしたか？ 5 段階でお選びください。</p>
<p style="font-size:22px">
<a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;r=1&amp;l=ja" style="text-decoration:none">1</a>&nbsp;
<a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;r=2&amp;l=ja" style="text-decoration:none">2</a>&nbsp;
<a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;r=3&amp;l=ja" style="text-decoration:none">3</a>&nbsp;
<a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;r=4&amp;l=ja" style="text-decoration:none">4</a>&nbsp;
<a href="https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&amp;r=5&amp;l=ja" style="text-decoration:none">5</a></p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスからお送りしています。</p>
</td></tr></table>""" % ((CG,) * 6)
    msg = leaf(html(hh, 'アンケート'), 'html', cte='qp')
    hdr = aws_transport('gmail', UG[1], t)
    subj = enc_words('カスタマーサービスの評価にご協力ください', 'iso-2022-jp', 50)
    hdr += std_headers(addr(AWSNAME, FORM), UG[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('041-hyoka-ni-gokyoryoku.eml', msg, hdr, L('survey', CG, [], True, 'ja'))


@mail
def m042():
    t = d(2026, 2, 9, 13, 31, 5)
    badges = ['AWS Certified Cloud Practitioner', 'AWS Certified AI Practitioner', 'AWS Certified Solutions Architect - Associate']
    txt = """Aya, you have 3 badges ready to accept

Following an update to your record with AWS Training and Certification, the
badges below have been moved to this account:

%s

Accept your badges: https://www.credly.com/earner/earned?filter=pending

Accepted badges can be shared on LinkedIn, embedded in a website, or added to
your e-mail signature.

Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016
""" % '\n'.join('  * ' + b for b in badges)
    hh = """<div style="max-width:600px;margin:auto"><h2>Aya, you have 3 badges ready to accept</h2>
<p>Following an update to your record with AWS Training and Certification, the badges below have been moved to this account:</p>
<ul>%s</ul>
<p><a href="https://www.credly.com/earner/earned?filter=pending" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016</p></div>""" % ''.join('<li>%s</li>' % b for b in badges)
    msg = alt(leaf(txt, cte='qp'), leaf(html(hh), 'html', cte='qp'))
    hdr = credly_transport('gmail', UG[1], t)
    hdr += std_headers(addr('Credly', CREDLY), UG[1], 'Aya, you have 3 badges ready to accept', t,
                       '<%s.%s@ismtpd-%d>' % (rb64(16).replace('/', '_').replace('+', '-')[:22], R.randint(1, 9), R.randint(10, 99)))
    finalize('042-credly-three-badges-ready.eml', msg, hdr, L('credly_badge_issued', None, [], True, 'en'))


# ---- Thread H: Sofia Martins, Office 365, form case with 11-digit id; timed out, reopened, completed
UH = ('Sofia Martins', 's.martins@quayside-analytics.com')
CH = '11903472258'
H_KEEP, H_OLD = 'AWS01288604', 'AWS06631597'
H_SUBJ = 'RE:[CASE %s] %s' % (CH, FORM_SUBJ)
H_REQ = """Hello Sofia,

Thank you for contacting AWS Training and Certification.

I found two profiles that appear to be yours:

    %s - s.martins@quayside-analytics.com (to be kept)
    %s - sofia.martins.pt@gmail.com (to be combined into the one above)

Please note that this cannot be undone, and the second profile will stop
working once the change is made. Kindly reply to confirm the above is
correct and I will arrange it.

Kind regards,
Hannah K.
AWS Training and Certification Customer Service
""" % (H_KEEP, H_OLD)


@mail
def m055():
    t = d(2025, 7, 8, 13, 12, 40)
    body = """Hello Sofia,

I am following up on my e-mail of 1 July about your certification profiles.

Do you still need our help with this request? If so, simply reply to this
e-mail and I will pick it up from where we left off. If we don't hear from
you within three business days, the case will be closed automatically; you
can always write back later to reopen it.

Kind regards,
Hannah K.
AWS Training and Certification Customer Service
"""
    msg = leaf(body, cte='7bit', charset='us-ascii')
    hdr = aws_transport('o365', UH[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UH[1], H_SUBJ, t, LAST_SES[0], aws_extra(t))
    finalize('055-do-you-still-need-help.eml', msg, hdr, L('support_reply', CH, [], True, 'en'))


@mail
def m060():
    t = d(2025, 7, 11, 13, 15, 2)
    body = """Hello Sofia,

As we have not heard back from you, case %s has been resolved
automatically.

If you still need help, reply to this e-mail within 14 days and the case
will be reopened.

How was your experience with AWS Training and Certification Customer
Service? Let us know in a one-question survey:
https://survey.aws-training-feedback.amazon.com/s/ce?c=%s&src=autoresolve

AWS Training and Certification Customer Service
""" % (CH, CH)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('o365', UH[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), UH[1], 'Case %s resolved - we haven\'t heard from you' % CH, t, LAST_SES[0], aws_extra(t))
    finalize('060-resolved-no-response.eml', msg, hdr, L('survey', CH, [], True, 'en'))


@mail
def m056():
    t = d(2025, 7, 23, 9, 47, 26)
    user_mid = '<AM9PR04MB8421%s@AM9PR04MB8421.eurprd04.prod.outlook.com>' % rhex(12).upper()
    req_quoted = H_REQ
    body = """Hello Sofia,

Welcome back, and no problem at all about the delay. I reopened your request
with the reply below and our team finished the work this morning:
aws01288604 now holds all of your certifications, including the Security -
Specialty you earned under the other ID, and the second profile has been
switched off. You can sign in with s.martins@quayside-analytics.com as usual.

Your Credly badges will be moved over by Credly separately within a few days.

Kind regards,
Hannah K.
AWS Training and Certification Customer Service

________________________________
From: Sofia Martins <s.martins@quayside-analytics.com>
Sent: Monday, July 21, 2025 9:12 AM
To: Amazon Web Services <%s>
Subject: RE: %s

Hi Hannah,

Sorry, I was on leave and the case timed out. Yes, please go ahead and keep
AWS01288604 and fold AWS06631597 into it.

Best,
Sofia

Sofia Martins | Data Engineer | Quayside Analytics Ltd

________________________________
From: Amazon Web Services <%s>
Sent: Tuesday, July 1, 2025 3:40 PM
To: Sofia Martins <s.martins@quayside-analytics.com>
Subject: %s

%s""" % (FORM, H_SUBJ, FORM, H_SUBJ, req_quoted)
    msg = leaf(body, cte='qp')
    hdr = aws_transport('o365', UH[1], t)
    hdr += std_headers(addr(AWSNAME, FORM), addr(*UH), H_SUBJ, t, LAST_SES[0],
                       [('In-Reply-To', user_mid), ('References', user_mid)] + aws_extra(t))
    finalize('056-reopened-and-finished.eml', msg, hdr, L('merge_completed', CH, [H_KEEP], True, 'en'))


@mail
def m058():
    t = d(2025, 7, 28, 16, 2, 19)
    hh = """<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<img src="https://www.credly.com/assets/credly_logo.png" width="90" alt="Credly">
<h2>Sofia, your badges have been transferred</h2>
<p>AWS Training and Certification has transferred the following badges to the account registered to <b>s.martins@quayside-analytics.com</b>:</p>
<ul><li>AWS Certified Security &ndash; Specialty</li><li>AWS Certified Data Engineer &ndash; Associate</li></ul>
<p>They are waiting in your wallet. Accept them to make them visible on your public profile.</p>
<p><a href="https://www.credly.com/earner/earned?filter=pending" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">View and accept</a></p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because a badge was issued to you on Credly. Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016</p></div>"""
    msg = leaf(html(hh, 'Credly'), 'html', cte='base64')
    hdr = credly_transport('o365', UH[1], t)
    hdr += std_headers(addr('AWS Training and Certification via Credly', CREDLY), UH[1], 'Sofia, your badges have been transferred', t,
                       '<%s.%s@ismtpd-%d>' % (rb64(16).replace('/', '_').replace('+', '-')[:22], R.randint(1, 9), R.randint(10, 99)))
    finalize('058-credly-badges-transferred.eml', msg, hdr, L('credly_badge_issued', None, [], True, 'en'))


# ---- Look-alikes, other senders, phishing


def credly_mid():
    return '<%s.%s@ismtpd-%d>' % (rb64(16).replace('/', '_').replace('+', '-')[:22], R.randint(1, 9), R.randint(10, 99))


@mail
def m035():
    t = d(2026, 3, 2, 15, 0, 41)
    txt = """Daniel, your badge expires in 60 days

Your AWS Certified Developer - Associate badge, issued by AWS Training and
Certification, will expire on May 1, 2026.

To keep your badge active, complete the recertification requirements set by
the issuer before that date. Once AWS Training and Certification confirms your
recertification, a renewed badge will appear in your Credly wallet.

See recertification options:
https://www.credly.com/badges/5b7e0f21-93c4-4a8d-b1e2-7d60c9a4f318/recertify

Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016
Manage e-mail preferences: https://www.credly.com/notification_settings
"""
    hh = paras(txt.replace('https://www.credly.com/badges/5b7e0f21-93c4-4a8d-b1e2-7d60c9a4f318/recertify',
                           '<a href="https://www.credly.com/badges/5b7e0f21-93c4-4a8d-b1e2-7d60c9a4f318/recertify">View options</a>'))
    msg = alt(leaf(txt, cte='qp'), leaf(html(hh), 'html', cte='qp'))
    hdr = credly_transport('gmail', UA[1], t)
    hdr += std_headers(addr('Credly', CREDLY), UA[1], 'Daniel, your badge expires in 60 days', t, credly_mid())
    finalize('035-credly-badge-expires-soon.eml', msg, hdr, L('unrelated', None, [], True, 'en'))


@mail
def m043():
    t = d(2026, 1, 24, 19, 12, 8)
    txt = """Complete your account merge

Someone (hopefully you) asked to merge the Credly account registered to
marcus.webb@fastmail.com into the account you are signed in to.

Your verification code is:

    418207

Enter the code on the merge page, or select Complete Account Merge below.
The code expires in 30 minutes. After the merge, badges and e-mail
addresses from both accounts will be combined.

Complete Account Merge:
https://www.credly.com/users/account_merges/confirm?token=c7a04f9e2b18d36e

If you didn't request this, you can ignore this e-mail.

Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016
"""
    msg = leaf(txt, cte='7bit', charset='us-ascii')
    hdr = credly_transport('fastmail', UE[1], t)
    hdr += std_headers(addr('Credly', CREDLY), UE[1], 'Your Credly account merge verification code', t, credly_mid())
    finalize('043-credly-own-merge-code.eml', msg, hdr, L('unrelated', None, [], True, 'en'))


@mail
def m044():
    t = d(2025, 10, 14, 16, 30, 0)
    txt = """AWS Certification wants to hear from you

Dear Priya Raman,

Candidate ID: %s

You recently interacted with AWS Certification. We'd like to learn about your
experience so we can keep improving the program. The survey takes about five
minutes and your responses are confidential.

Take the survey:
https://www.certmetrics.com/amazon/survey/default.aspx?sid=8c41f2e07b&cid=%s

Thank you,
AWS Certification

Please do not reply to this e-mail. This mailbox is not monitored.
""" % (B_KEEP, B_KEEP)
    hh = paras(txt.replace('https://www.certmetrics.com/amazon/survey/default.aspx?sid=8c41f2e07b&cid=%s' % B_KEEP,
                           '<a href="https://www.certmetrics.com/amazon/survey/default.aspx?sid=8c41f2e07b&amp;cid=%s">Begin survey</a>' % B_KEEP))
    msg = alt(leaf(txt, cte='qp'), leaf(html(hh), 'html', cte='base64'))
    hdr = generic_transport('o365', UB[1], t, 'certmetrics.com', 'mail%d.certmetrics.com' % R.randint(1, 4), '168.245.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                            'bounces@certmetrics.com', p='QUARANTINE', sel='s1')
    hdr += std_headers(addr('AWS Certification', 'do-not-reply@certmetrics.com'), UB[1], 'AWS Certification wants to hear from you', t,
                       '<%s@certmetrics.com>' % rhex(24))
    finalize('044-certmetrics-wants-to-hear.eml', msg, hdr, L('unrelated', None, [B_KEEP], False, 'en'))


@mail
def m045():
    t = d(2025, 6, 4, 12, 47, 33)
    thread = '<northwind-labs/cert-tracker/pull/412@github.com>'
    txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-labs/cert-tracker/pull/412#event-17983624015
You are receiving this because you authored the thread.

Message ID: <northwind-labs/cert-tracker/pull/412/issue_event/17983624015@github.com>
"""
    hh = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/northwind-labs/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-labs/cert-tracker/pull/412#event-17983624015">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
    msg = alt(leaf(txt, cte='7bit', charset='UTF-8'), leaf(html(hh), 'html', cte='7bit', charset='UTF-8'))
    hdr = generic_transport('gmail', UA[1], t, 'github.com', 'out-%d.smtp.github.com' % R.randint(20, 30), '192.30.252.%d' % R.randint(190, 210),
                            'noreply@github.com', p='REJECT', sel='pf2023')
    hdr += [('From', 'Kasia Nowak <notifications@github.com>'), ('Reply-To', 'northwind-labs/cert-tracker <reply+AB3F%s@reply.github.com>' % rhex(40).upper()),
            ('To', 'northwind-labs/cert-tracker <cert-tracker@noreply.github.com>'), ('Cc', 'Daniel Kowalski <dkowalski.dev@gmail.com>, Author <author@noreply.github.com>'),
            ('Subject', 'Re: [northwind-labs/cert-tracker] Handle merged AWS Certification accounts in the dashboard (PR #412)'),
            ('Date', fmt(t)), ('Message-ID', '<northwind-labs/cert-tracker/pull/412/issue_event/17983624015@github.com>'),
            ('In-Reply-To', thread), ('References', thread), ('List-ID', 'northwind-labs/cert-tracker <cert-tracker.northwind-labs.github.com>'),
            ('X-GitHub-Reason', 'author')]
    finalize('045-github-pr-merged.eml', msg, hdr, L('unrelated', None, [], False, 'en'))


@mail
def m046():
    t0 = d(2025, 12, 8, 5, 40, 19)
    cid = case15(t0, 20458)
    t = d(2025, 12, 10, 2, 3, 44)
    body = """山本 由美 様

AWS 請求サポートの石井です。

ご依頼いただいた請求書の宛名変更について、12 月分以降の請求書に
「株式会社きらめきデザイン」が記載されるよう設定を変更いたしました。
これにてご依頼の対応が完了しましたので、本ケース %s は解決済みとさせていただきます。

今回の対応はいかがでしたか？ サポートセンターで評価をお寄せください。

石井
Amazon Web Services
""" % cid + """
ケースの状況確認や返信は、AWS サポートセンターからお願いいたします:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※本メールは送信専用アドレスから送信されています。
""" % cid
    msg = leaf(body, cte='base64')
    hdr = aws_transport('o365', UD[1], t)
    subj = 'RE:[CASE %s] ' % cid + enc_words('請求書の宛名変更について', 'utf-8', 50)
    hdr += std_headers(addr(AWSNAME, NOREPLY), UD[1], subj, t, LAST_SES[0], aws_extra(t))
    finalize('046-seikyusho-atena-kaiketsu.eml', msg, hdr, L('unrelated', cid, [], True, 'ja'))


@mail
def m047():
    t = d(2025, 10, 3, 18, 26, 51)
    cid = '6127734590'
    body = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed ASIN B0CX7H2Q9L and reinstated the listing. It may take up to
24 hours for the change to appear in Manage Inventory.

As the issue has been resolved, this case is now closed. If you still need
help, you can reopen it from Case Log within 7 days.

How would you rate my response?
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s&rating=true

We value your feedback.

Thank you,
Ravindra
Amazon Selling Partner Support
""" % cid
    msg = leaf(body, cte='qp')
    hdr = aws_transport('gmail', UA[1], t)
    hdr += std_headers(addr('Amazon Seller Central', 'seller-notification@amazon.com'), UA[1],
                       'RE:[CASE %s] Listing suppressed - request to reinstate' % cid, t, LAST_SES[0], aws_extra(t))
    finalize('047-seller-central-case-closed.eml', msg, hdr, L('unrelated', cid, [], True, 'en'))


@mail
def m048():
    t = d(2025, 11, 18, 14, 22, 5, tz=JST)
    prev = '<TYCPR01MB%s@TYCPR01MB8451.jpnprd01.prod.kirameki-design.jp>' % rhex(10).upper()
    body = """山本さん

おつかれさまです。高橋です。

AWS 認定のアカウントの件、まとめる手続きは終わりましたか？
パートナー申請のフォームに受験者 ID を 1 つだけ書く欄があるので、
どちらを残すことになったか決まったら教えてください。

急ぎではないですが、今月中に申請を出したいです。

高橋

> 高橋さん
> 認定のアカウントが 2 つに分かれていたので、AWS に問い合わせ中です。
> 山本
"""
    msg = leaf(body, charset='iso-2022-jp', cte='7bit')
    hdr = [('Received', 'from TYCPR01MB8451.jpnprd01.prod.kirameki-design.jp ([10.20.4.17]) by\n TYCPR01MB9012.jpnprd01.prod.kirameki-design.jp ([10.20.4.22]) with mapi id\n 15.1.2507.39; %s' % t.strftime('%a, %d %b %Y %H:%M:%S %z')),
           ('Received', 'from TYCPR01MB9012.jpnprd01.prod.kirameki-design.jp (10.20.4.22) by\n TYCPR01MB8451.jpnprd01.prod.kirameki-design.jp (10.20.4.17) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; %s' % (t + dt.timedelta(seconds=1)).strftime('%a, %d %b %Y %H:%M:%S %z'))]
    hdr += [('From', addr('高橋 誠', 'm.takahashi@kirameki-design.jp', 'iso-2022-jp')),
            ('To', addr('山本 由美', 'y-yamamoto@kirameki-design.jp', 'iso-2022-jp')),
            ('Subject', enc_words('Re: パートナー申請に使う認定 ID', 'iso-2022-jp', 60)),
            ('Date', fmt(t)), ('Message-ID', '<TYCPR01MB9012%s@TYCPR01MB9012.jpnprd01.prod.kirameki-design.jp>' % rhex(10).upper()),
            ('In-Reply-To', prev), ('References', prev), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('Content-Language', 'ja-JP')]
    finalize('048-douryo-togo-owatta.eml', msg, hdr, L('unrelated', None, [], None, 'ja'))


@mail
def m049():
    t = d(2025, 7, 2, 3, 14, 52)
    body = """佐藤 健太 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

　試験プログラム：AWS Certification
　試験名　　　　：AWS Certified Solutions Architect - Professional (SAP-C02)
　受験者 ID　　 ：%s
　登録番号　　　：498771205
　日時　　　　　：2025年7月26日（土）13:30 JST
　会場　　　　　：オンライン監督試験（OnVUE）

試験開始 30 分前からチェックインできます。システムテストを事前に実施してください。
予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

ピアソン VUE カスタマーサービス
""" % C_KEEP
    msg = leaf(body, cte='qp')
    hdr = generic_transport(NIFTY, UC[1], t, 'pearson.com', 'mx0b-0030%d.pphosted.com' % R.randint(1000, 9999), '148.163.%d.%d' % (R.randint(130, 160), R.randint(1, 250)),
                            'bounce-pvue@pearson.com', p='REJECT', sel='pps-2024')
    subj = enc_words('ピアソン VUE 試験予約の確認 - AWS Certification', 'utf-8', 60)
    hdr += std_headers(addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), UC[1], subj, t,
                       '<%s.JavaMail.pvue@vueprd-app%02d>' % (R.randint(10**9, 10**10), R.randint(1, 20)))
    finalize('049-pearson-vue-yoyaku-kakunin.eml', msg, hdr, L('unrelated', None, [C_KEEP], False, 'ja'))


@mail
def m050():
    t = d(2026, 2, 18, 1, 0, 0)
    hh = """<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="AWS"></td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:22px">AWS トレーニングと認定 ニュースレター 2026年2月号</h1>
<h3>新しい認定試験のご案内</h3>
<p>生成 AI 関連の新しいアソシエイトレベル認定のベータ試験を開始しました。日本語での受験にも対応しています。</p>
<h3>AWS Skill Builder 年間サブスクリプションが期間限定で 20% オフ</h3>
<p>3 月 31 日までのお申し込みが対象です。</p>
<h3>認定アカウントの管理について</h3>
<p>受験者情報（氏名、メールアドレス）の変更は、AWS 認定アカウントの「プロフィール」から行えます。ご不明な点はサポートまでお問い合わせください。</p>
<p><a href="https://aws.amazon.com/jp/training/?trk=nl-202602">詳しくはこちら</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">このメールは AWS トレーニングと認定からの情報提供を希望されたお客様にお送りしています。
<a href="https://pages.awscloud.com/communication-preferences.html">配信停止</a><br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr></table>"""
    msg = leaf(html(hh, 'ニュースレター'), 'html', cte='base64')
    hdr = aws_transport('gmail', UG[1], t)
    subj = enc_words('【AWS トレーニングと認定】2月のニュースレター：新しい認定試験のご案内', 'utf-8', 62)
    hdr += std_headers(addr('AWS トレーニングと認定', 'aws-training-jp@amazon.com'), UG[1], subj, t, LAST_SES[0],
                       [('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'),
                        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')] + aws_extra(t))
    finalize('050-newsletter-2gatsu.eml', msg, hdr, L('unrelated', None, [], True, 'ja'))


@mail
def m051():
    t = d(2025, 10, 6, 11, 42, 17)
    body = """田中 翔 様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の受験者 ID %s に不審なアクセスが確認されたため、
保有されている認定資格を一時的に停止いたしました。

24 時間以内に以下のページでサインインし、ご本人確認を完了してください。
確認が取れない場合、認定資格は取り消され、再受験が必要となります。

https://amazon-aws-certification.com/jp/verify?id=%s

AWS 認定事務局
""" % (F_KEEP, F_KEEP)
    msg = leaf(body, charset='utf-8', cte='base64')
    hdr = generic_transport(YJ, UF[1], t, 'amazon-aws-certification.com', 'vm%d.hostingstack.net' % R.randint(100, 999), '185.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                            'info@amazon-aws-certification.com', dmarc='fail', dkim_res='none', spf='softfail', p='NONE', sign=False)
    subj = enc_words('【AWS】認定資格が一時停止されました（ご本人確認のお願い）', 'utf-8', 60)
    hdr += std_headers(addr('AWS 認定', 'no-reply@amazon-aws-certification.com'), UF[1], subj, t,
                       '<%s@amazon-aws-certification.com>' % rhex(20))
    finalize('051-nisemono-ninteiteishi.eml', msg, hdr, L('unrelated', None, [F_KEEP], False, 'ja'))


@mail
def m052():
    t = d(2025, 8, 4, 14, 9, 55)
    txt = """Sofia, your badge has been issued

AWS Training and Certification has issued you the badge
AWS Certified Security - Specialty.

Because your certification accounts were recently combined, you must claim
the badge within 72 hours or it will be revoked. Sign in with your Microsoft
365 account to claim it:

https://credly-badges.net/claim/aws/sec-specialty?u=s.martins%40quayside-analytics.com

Credly Team
"""
    hh = paras(txt.replace('https://credly-badges.net/claim/aws/sec-specialty?u=s.martins%40quayside-analytics.com',
                           '<a href="https://credly-badges.net/claim/aws/sec-specialty?u=s.martins%40quayside-analytics.com" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Claim badge</a>'))
    msg = alt(leaf(txt, cte='qp'), leaf(html(hh), 'html', cte='qp'))
    hdr = generic_transport('o365', UH[1], t, 'credly-badges.net', 'mail.credly-badges.net', '91.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                            'notify@credly-badges.net', dmarc='fail', dkim_res='none', spf='pass', p='NONE', sign=False)
    hdr += std_headers(addr('AWS Training and Certification via Credly', 'admin@credly-badges.net'), UH[1], 'Sofia, your badge has been issued', t,
                       '<%s@credly-badges.net>' % rhex(18))
    finalize('052-lookalike-credly-badge.eml', msg, hdr, L('credly_badge_issued', None, [], False, 'en'))


@mail
def m053():
    t = d(2026, 3, 9, 0, 27, 40)
    ui = ('伊藤 真理', 'mari-ito@kbe.biglobe.ne.jp')
    cid = case15(d(2026, 3, 4, 7, 2, 11), 33804)
    forged = 'amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'
    body = """伊藤 真理 様

AWS トレーニングと認定です。

ケース %s でご依頼いただいた認定アカウントの統合が完了いたしました。
統合後のアカウント：%s

統合後のアカウント情報に誤りがないか確認するため、72 時間以内に以下のリンクから
サインインしてください。サインインが確認できない場合、統合後のアカウントは
ロックされます。

https://aws-training-verify.com/signin?ref=%s

AWS トレーニングと認定 カスタマーサービス
""" % (cid, 'AWS04381926', cid)
    msg = leaf(body, charset='iso-2022-jp', cte='7bit')
    hdr = generic_transport('biglobe.ne.jp', ui[1], t, 'amazon.com', 'vps%d.contabo-host.net' % R.randint(1000, 9999),
                            '161.97.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'root@vps.contabo-host.net',
                            dmarc='fail', dkim_res='none', spf='none', p='QUARANTINE', sign=False, forged_ar=forged)
    subj = enc_words('RE:[CASE %s] アカウント統合完了のお知らせ' % cid, 'iso-2022-jp', 56)
    hdr += std_headers(addr(AWSNAME, FORM), ui[1], subj, t, '<%s@vps.contabo-host.net>' % rhex(20))
    finalize('053-togo-kanryo-spoofed.eml', msg, hdr, L('merge_completed', cid, ['AWS04381926'], False, 'ja'))


@mail
def m059():
    t = d(2026, 1, 7, 0, 5, 12)
    txt = """佐藤 健太さん

AWS Training and Certification から発行された次のバッジの有効期限が切れました。

　AWS Certified Cloud Practitioner（有効期限：2026年1月6日）

バッジは Credly のプロフィールに「期限切れ」として表示されます。
再認定を完了すると、新しいバッジが発行されます。

再認定の方法を見る：
https://www.credly.com/badges/e41b9d27-6c0a-4f3e-8b55-1d2a7f9c0e63/recertify

Credly, Inc. | 2 Park Avenue, Suite 1601, New York, NY 10016
"""
    msg = leaf(txt, cte='base64')
    hdr = credly_transport(NIFTY, UC[1], t)
    subj = enc_words('バッジの有効期限が切れました：AWS Certified Cloud Practitioner', 'utf-8', 60)
    hdr += std_headers(addr('Credly', CREDLY), UC[1], subj, t, credly_mid())
    finalize('059-credly-kigengire.eml', msg, hdr, L('unrelated', None, [], True, 'ja'))


# ===================================================================== RUN
if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(LABELS), 'mails')
