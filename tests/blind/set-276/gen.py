#!/usr/bin/env python3
"""Generator for blind set 276: AWS Certification account-merge mailbox (paraphrase, English).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json in this folder.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import random
import re
from email import charset as cs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(27636)
LABELS = {}
COUNTER = [0]

# --------------------------------------------------------------------------- utils

def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def at(ts, hours=0, tzh=0, tzm=0):
    """datetime for unix ts + hours offset, shown in zone tzh."""
    return dt.datetime.fromtimestamp(ts + int(hours * 3600), tz(tzh, tzm))


def ut(d):
    return int(d.timestamp())


def rfc(d, label=None):
    s = d.strftime('%a, %d %b %Y %H:%M:%S %z')
    if label:
        s += ' (%s)' % label
    return s


def rfc_nopad(d, label=None):
    # Amazon SES style: "Tue, 27 May 2025 22:14:07 +0000"
    return rfc(d, label)


def rand_hex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rand_b64(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def rand_lc(n):
    return ''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000' % (
        ms, rand_hex(8), rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(12))


def fold_b(b, first=3, width=70):
    """split a long base64 signature over continuation lines"""
    out = []
    line = b[:width - first * 10]
    rest = b[len(line):]
    out.append(line)
    while rest:
        out.append(rest[:width])
        rest = rest[width:]
    return '\n\t '.join(out)


def dkim(d_domain, d, selector=None, headers='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
         c='relaxed/simple', q=True):
    sel = selector or rand_lc(32)
    bh = rand_b64(32)
    b = rand_b64(256)
    qq = ' q=dns/txt;' if q else ''
    return ('v=1; a=rsa-sha256;%s c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (qq, c, sel, d_domain, ut(d), headers, bh, fold_b(b)))


def enc_hdr(s, charset='utf-8', name='Subject'):
    """RFC 2047 encode (folded) if non-ascii, else return as-is"""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name, maxlinelen=76).encode(linesep='\n')


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if re.search(r'[,.;:()@<>\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)


# --------------------------------------------------------------------------- bodies

def text(body, subtype='plain', charset='utf-8', cte='qp', label_charset=None):
    """Make a text part.  cte in qp|b64|7bit|8bit.  label_charset overrides the
    charset parameter after encoding (to simulate a wrong label)."""
    if charset.lower().replace('-', '_') in ('shift_jis', 'cp932', 'sjis'):
        raw = body.encode('cp932')
        part = MIMENonMultipart('text', subtype, charset='Shift_JIS')
        if cte == 'b64':
            part.set_payload(base64.encodebytes(raw).decode('ascii'))
            part['Content-Transfer-Encoding'] = 'base64'
        else:
            part.set_payload(raw.decode('ascii', 'surrogateescape'))
            part['Content-Transfer-Encoding'] = '8bit'
    else:
        c = cs.Charset(charset)
        if cte == 'qp':
            c.body_encoding = cs.QP
        elif cte == 'b64':
            c.body_encoding = cs.BASE64
        else:
            c.body_encoding = None
        c.output_charset = charset if charset.lower() != 'iso-2022-jp' else 'iso-2022-jp'
        c.output_codec = charset
        part = MIMEText(body, subtype, c)
        if cte in ('7bit', '8bit'):
            del part['Content-Transfer-Encoding']
            part['Content-Transfer-Encoding'] = cte
    if label_charset:
        part.set_param('charset', label_charset)
    return part


def javamail_boundary():
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(10000000, 2099999999),
                                    R.randint(1600000000000, 1769999999999))


def alt(*parts):
    m = MIMEMultipart('alternative', boundary=javamail_boundary())
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart('mixed')
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart('related')
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def html_paras(t, quote=None, style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    """very simple text->html conversion for mail clients' html alternative"""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="%s">' % style]
    for para in t.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in para.split('\n')) + '</p>')
    out.append('</div>')
    if quote:
        out.append(quote)
    out.append('</body></html>')
    return '\n'.join(out)


def bq(t):
    body = '<br>\n'.join(html.escape(l) for l in t.strip('\n').split('\n'))
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + body + '</blockquote>')


def quote_lines(t, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in t.strip('\n').split('\n'))


# --------------------------------------------------------------------------- transport traces

AMZ_SEL = {}


def amz_sel(domain):
    if domain not in AMZ_SEL:
        AMZ_SEL[domain] = rand_lc(32)
    return AMZ_SEL[domain]


SES_SEL = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'
SES_IPS = ['54.240.8.31', '54.240.8.84', '54.240.13.57', '54.240.27.19', '54.240.48.102',
           '54.240.10.45', '54.240.9.96', '54.240.3.12']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def gmail_trace(rcpt, d, env_from, ip, host, ar, tzh=-7, tzlabel='PDT', extra_ar_lines=None):
    """Headers Gmail prepends. ar = authentication-results body (after 'mx.google.com;')."""
    dl = d + dt.timedelta(seconds=R.randint(1, 4))
    loc, tzlabel = pacific(dl)
    smtp_id = rand_lc(2) + rand_hex(2) + '-' + rand_lc(10)
    h = []
    h.append(('Delivered-To', rcpt))
    h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
              % (rand_hex(4), rand_hex(3), rand_hex(3), rand_hex(4), rand_hex(4), rand_lc(12),
                 rfc(loc, tzlabel))))
    h.append(('X-Google-Smtp-Source', rand_b64(48).rstrip('=')))
    h.append(('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s'
              % (rand_hex(4), rand_hex(3), rand_hex(4), rand_lc(12), R.randint(10, 99),
                 ut(dl), rfc(loc, tzlabel))))
    h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
              % (ut(dl), fold_b(rand_b64(180)).replace('\n\t ', '\n         '))))
    h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
              % (rand_b64(32), rand_b64(32), fold_b(rand_b64(180)).replace('\n\t ', '\n         '))))
    h.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + ar))
    h.append(('Return-Path', '<%s>' % env_from))
    h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
              % (host, host, ip, smtp_id, R.randint(1000000, 9999999), R.randint(10, 99),
                 datetime_key(d), rcpt, rfc(loc, tzlabel))))
    h.append(('Received-SPF', spf_line_google(env_from, ip, ar)))
    h.append(('Authentication-Results', 'mx.google.com;\n' + ar))
    if extra_ar_lines:
        h.extend(extra_ar_lines)
    return h


def pacific(d):
    """Google's Received lines are in US Pacific time."""
    u = d.astimezone(tz(0)).replace(tzinfo=None)
    y = u.year
    # DST: second Sunday of March 10:00 UTC .. first Sunday of November 09:00 UTC
    m = dt.datetime(y, 3, 8)
    start = m + dt.timedelta(days=(6 - m.weekday()) % 7, hours=10)
    n = dt.datetime(y, 11, 1)
    end = n + dt.timedelta(days=(6 - n.weekday()) % 7, hours=9)
    if start <= u < end:
        return d.astimezone(tz(-7)), 'PDT'
    return d.astimezone(tz(-8)), 'PST'


def datetime_key(d):
    return d.strftime('%Y.%m.%d')


def spf_line_google(env_from, ip, ar):
    dom = env_from.split('@')[-1]
    m = re.search(r'^\s*spf=(\w+)', ar, re.M)
    ar = 'spf=' + (m.group(1) if m else 'none')
    if 'spf=pass' in ar:
        return ('pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                % (env_from, ip, ip))
    if 'spf=softfail' in ar:
        return ('softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;'
                % (env_from, ip, ip))
    if 'spf=none' in ar:
        return 'none (google.com: %s does not designate permitted sender hosts) client-ip=%s;' % (dom, ip)
    return ('fail (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;'
            % (env_from, ip, ip))


def google_ar(env_from, ip, dkims, spf='pass', dmarc='pass', from_dom='amazon.com', policy='QUARANTINE'):
    """dkims: list of (result, domain, selector)"""
    lines = []
    for res, dom, sel in dkims:
        extra = ''
        if res == 'fail':
            extra = ' (body hash did not verify)'
        lines.append('       dkim=%s%s header.i=@%s header.s=%s header.b=%s;' % (res, extra, dom, sel, rand_b64(6)[:8]))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s%s'
                     % (env_from, ip, env_from, ';' if dmarc else ''))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s%s'
                     % (spf, env_from, ip, env_from, ';' if dmarc else ''))
    if dmarc:
        lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                     % (dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, from_dom))
    return '\n'.join(lines)


def outlook_trace(rcpt, d, env_from_dom, ip, host, ar, spf='Pass'):
    dl = d + dt.timedelta(seconds=R.randint(1, 5))
    p1 = R.choice(['DM6PR', 'SA1PR', 'PH0PR', 'BY5PR', 'CH3PR', 'MW4PR'])
    p2 = R.choice(['AMS0', 'AM1P', 'DB5P', 'LO2P', 'PA4P'])
    srv = lambda pre: '%s%02dMB%04d.namprd%02d.prod.outlook.com' % (pre, R.randint(10, 19), R.randint(1000, 9999), R.randint(1, 20))
    a, b, c = srv(p1), srv('BN' + str(R.randint(1, 9)) + 'PEPF'), srv('MN2PR')
    h = []
    h.append(('Received', 'from %s (%s) by\n %s with HTTPS; %s'
              % (a, '2603:10b6:%s:%s::%s' % (rand_hex(3), rand_hex(3), rand_hex(2)), c,
                 dl.astimezone(tz(0)).strftime('%a, %d %b %Y %H:%M:%S +0000'))))
    h.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
              % (b, '2603:10b6:%s::%s' % (rand_hex(3), rand_hex(2)), a, '2603:10b6:%s:%s::%s' % (rand_hex(3), rand_hex(3), rand_hex(2)),
                 R.randint(8000, 9300), R.randint(10, 40), dl.astimezone(tz(0)).strftime('%a, %d %b %Y %H:%M:%S +0000'))))
    h.append(('Authentication-Results', ar))
    h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
              % (spf, env_from_dom, ip, ip, host) if spf == 'Pass' else
              '%s (protection.outlook.com: domain of %s does not designate\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;'
              % (spf, env_from_dom, ip, ip, host)))
    h.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
              % (host, ip, b, '10.167.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                 R.randint(8000, 9300), R.randint(10, 40), d.astimezone(tz(0)).strftime('%a, %d %b %Y %H:%M:%S +0000'))))
    return h


def outlook_ar(mailfrom_dom, ip, dkim_res, dkim_dom, dmarc, from_dom, compauth='pass reason=100', action='none'):
    dk = {'pass': 'pass (signature was verified)', 'fail': 'fail (body hash did not verify)',
          'none': 'none (message not signed)'}[dkim_res]
    d_part = ' header.d=%s' % dkim_dom if dkim_res != 'none' else ' header.d=none'
    spfres = 'pass (sender IP is %s)' % ip if dmarc != 'fail' else 'fail (sender IP is %s)' % ip
    return ('spf=%s\n smtp.mailfrom=%s; dkim=%s\n%s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
            % (spfres, mailfrom_dom, dk, d_part, dmarc, action, from_dom, compauth))


def plain_trace(rcpt_host, d, src_host, src_ip, hops=2):
    """A site MTA that adds no Authentication-Results at all."""
    h = []
    t = d
    for i in range(hops):
        t = t + dt.timedelta(seconds=R.randint(0, 3))
    h.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%%RCPT%%>; %s'
              % (rcpt_host, rand_hex(10).upper(), rfc(t.astimezone(tz(1))))))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s;\n\t%s'
              % (src_host, src_host, src_ip, rcpt_host, rand_hex(10).upper(), rfc(d.astimezone(tz(1))))))
    return h


# --------------------------------------------------------------------------- writer

def write(short, label, trace, hdrs, body, rcpt=None):
    COUNTER[0] += 1
    fname = '%03d-%s.eml' % (COUNTER[0], short)
    lines = []
    for n, v in trace + hdrs:
        if rcpt:
            v = v.replace('%RCPT%', rcpt)
        lines.append('%s: %s' % (n, v))
    head = ('\n'.join(lines) + '\n').encode('ascii')
    if 'MIME-Version' not in [n for n, _ in hdrs]:
        pass
    b = body.as_bytes(policy=compat32)
    data = head + b
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    kind, case_id, ids, sv, lang = label
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                     'sender_verified': sv, 'language': lang}
    return fname


# common AWS headers --------------------------------------------------------

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')


def aws_headers(d, frm, to, subject, extra=None, reply_to=None, ip=None):
    env = ses_id(d) + '@amazonses.com'
    h = [('DKIM-Signature', dkim('amazon.com', d, amz_sel('amazon.com'))),
         ('DKIM-Signature', dkim('amazonses.com', d, SES_SEL,
                                 headers='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))]
    h += [('Date', rfc(d.astimezone(tz(0)))),
          ('From', '"%s" <%s>' % frm),
          ('To', to)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Message-ID', '<%s@email.amazonses.com>' % env.split('@')[0]),
          ('Subject', enc_hdr(subject))]
    if extra:
        h += extra
    h += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rand_b64(30)[:43]),
          ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), ip or R.choice(SES_IPS)))]
    return env, h


def aws_gmail(rcpt, d, frm, to, subject, tzh=-7, tzlabel='PDT', dmarc='pass', amz_dkim='pass', extra=None):
    ip = R.choice(SES_IPS)
    env, h = aws_headers(d, frm, to, subject, extra, ip=ip)
    ar = google_ar(env, ip, [(amz_dkim, 'amazon.com', amz_sel('amazon.com')), ('pass', 'amazonses.com', SES_SEL)],
                   spf='pass', dmarc=dmarc)
    return gmail_trace(rcpt, d, env, ip, ses_host(ip), ar, tzh, tzlabel) + h


def aws_outlook(rcpt, d, frm, to, subject, extra=None, dmarc='pass', dkim_res='pass'):
    ip = R.choice(SES_IPS)
    env, h = aws_headers(d, frm, to, subject, extra, ip=ip)
    ar = outlook_ar('amazonses.com', ip, dkim_res, 'amazon.com', dmarc, 'amazon.com')
    return outlook_trace(rcpt, d, 'amazonses.com', ip, ses_host(ip), ar) + h


def sig_form(name):
    return '%s\nAmazon Web Services\nAWS Training and Certification' % name


# =========================================================================== MAILS

def L(kind, case_id, ids, sv, lang='en'):
    return (kind, case_id, ids, sv, lang)


def other_headers(d, frm, to, subject, msgid_dom, extra=None, dkim_dom=None, dkim_sel=None, date_tz=0):
    h = []
    if dkim_dom:
        h.append(('DKIM-Signature', dkim(dkim_dom, d, dkim_sel or rand_lc(8),
                                         headers='from:to:subject:date:message-id:mime-version:content-type',
                                         c='relaxed/relaxed', q=False)))
    h += [('Date', rfc(d.astimezone(tz(date_tz)))),
          ('From', frm),
          ('To', to),
          ('Message-ID', '<%s@%s>' % (rand_lc(20), msgid_dom)),
          ('Subject', enc_hdr(subject))]
    if extra:
        h += extra
    return h


def other_gmail(rcpt, d, frm, to, subject, env_from, ip, host, dkim_dom, from_dom, dkim_res='pass', spf='pass',
                dmarc='pass', policy='REJECT', msgid_dom=None, extra=None, tzh=-7, tzlabel='PDT', date_tz=0,
                extra_ar_lines=None, dkim_sel=None):
    sel = dkim_sel or rand_lc(6)
    dk = [(dkim_res, dkim_dom, sel)] if dkim_dom else []
    ar = google_ar(env_from, ip, dk, spf=spf, dmarc=dmarc, from_dom=from_dom, policy=policy)
    h = other_headers(d, frm, to, subject, msgid_dom or from_dom, extra, dkim_dom, sel, date_tz)
    return gmail_trace(rcpt, d, env_from, ip, host, ar, tzh, tzlabel, extra_ar_lines) + h


CREDLY = 'admin@credly.com'


def credly_gmail(rcpt, d, issuer, subject, to, tzh=-7, tzlabel='PDT', dkim_res='pass', dmarc='pass', spf='pass',
                 env_from=None, ip='149.72.123.45'):
    frm = addr('%s via Credly' % issuer, CREDLY)
    env = env_from or 'bounces+2231978-%s-%s@em.credly.com' % (rand_hex(4), rcpt.replace('@', '='))
    extra = [('X-SG-EID', rand_b64(60)), ('X-Entity-ID', rand_b64(16))]
    return other_gmail(rcpt, d, frm, to, subject, env, ip, 'o%d.em.credly.com' % R.randint(1, 9), 'credly.com',
                       'credly.com', dkim_res, spf, dmarc, 'REJECT', 'credly.com', None, tzh, tzlabel, 0,
                       dkim_sel='s1')


AWS_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n'
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n'
            'Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')

# --------------------------------------------------------------------------- thread A: Priya, Gmail, form desk, 15-digit
PRIYA = 'priya.raman.dev@gmail.com'
A_TS = 1748384045
A = '%d00731' % A_TS
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A

d = at(A_TS, 0.0012)
body = """Hello,

Thanks for writing to AWS Training and Certification. This is an automated note
to let you know your message reached us safely and is now sitting in our queue
under reference %s.

Someone from the team will look at it and get back to you, usually within one
business day. There is no need to send your question again - if you think of
something to add, simply reply to this email and keep the reference number in
the subject line so it lands in the same place.

For your records, here is a copy of what you sent us:

  Inquiry type:      Certification
  Inquiry detail:    Account Merge
  AWS candidate ID:  AWS40218837
  Email address:     %s
  Message:           Hi, I seem to have two certification profiles, one of
                     them from my previous job. Can they be combined? Thanks, Priya

Kind regards,
AWS Training and Certification

%s
""" % (A, PRIYA, AWS_FOOT)
write('form-desk-auto-reply-reference-number',
      L('case_created', A, ['AWS40218837'], True),
      aws_gmail(PRIYA, d, FORM, PRIYA,
                '[CASE %s] We have your message - AWS Training and Certification' % A),
      [], text(body, cte='qp'))

# 002 support_reply: which one to keep + login emails (chatty)
d = at(A_TS, 19.3)
new = """Hi Priya,

Thanks for reaching out, and sorry you've ended up with two profiles - it
happens more often than you'd think, usually after a job change!

I found AWS40218837 (the one you gave us) and a second one, AWS-71936054, that
looks like it's also yours. Before I can do anything with them I need a couple
of quick things from you:

1. Which of the two would you like to hang on to going forward? The other one
   gets retired.
2. The email address you use to sign in to each of them. If you're not sure
   about the older one, the address your exam confirmations went to is fine.

Just hit reply with those and I'll take it from there.

Cheers,
Megan
Amazon Web Services"""
hist = """

-----Original Message-----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS40218837
Message: Hi, I seem to have two certification profiles, one of them from my
previous job. Can they be combined? Thanks, Priya
"""
write('agent-asks-which-profile-to-keep-chatty',
      L('support_reply', A, ['AWS40218837', 'AWS71936054'], True),
      aws_gmail(PRIYA, d, FORM, PRIYA, A_SUBJ),
      [], alt(text(new + hist, cte='qp'), text(html_paras(new, bq(hist.strip())), 'html', cte='qp')))

# 003 merge_confirmation_requested (no "merge"/"confirm" words)
d = at(A_TS, 36.7)
new = """Hi Priya,

Thanks for the quick reply - that's everything I needed.

Here is what will happen once you give me the nod:

  * AWS71936054 (p.raman@northwind-analytics.com): everything on this profile -
    exam history, your Cloud Practitioner and Developer - Associate
    certifications, and the unused 50% exam discount - moves across, and the
    profile itself is then shut down.
  * AWS40218837 (priya.raman.dev@gmail.com): stays, and becomes your one and
    only profile.

One thing to be aware of: this only goes one way. Once it's done we can't pull
the two apart again.

If that all looks right, reply with something like "yes, go ahead" and I'll
put it through. If anything is off, tell me and I'll adjust.

Cheers,
Megan
Amazon Web Services"""
hist = """On Wed, May 28, 2025 at 9:41 AM Priya Raman <priya.raman.dev@gmail.com> wrote:
> Hi Megan,
>
> Thanks! I'd like to keep AWS40218837, that's my personal Gmail.
> The old one signs in with p.raman@northwind-analytics.com - I can still
> receive mail there for a few more weeks.
>
> Priya
>
> On Wed, May 28, 2025 at 1:33 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hi Priya,
> >
> > Thanks for reaching out, and sorry you've ended up with two profiles - it
> > happens more often than you'd think, usually after a job change!
> >
> > I found AWS40218837 (the one you gave us) and a second one, AWS-71936054,
> > that looks like it's also yours.
"""
write('agent-lays-out-which-profile-stays-asks-for-go-ahead',
      L('merge_confirmation_requested', A, ['AWS40218837', 'AWS71936054'], True),
      aws_gmail(PRIYA, d, FORM, PRIYA, A_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 004 merge_completed (chatty, base64)
d = at(A_TS, 61.2)
new = """Hi Priya,

Good news - it's all gone through.

AWS71936054 has been retired, and everything that used to live on it now sits
on AWS40218837. Next time you sign in at aws.training with
priya.raman.dev@gmail.com you should see all of your certifications in one
place, along with the exam discount.

Your Credly badges get re-sent to the address on the remaining profile, which
can take a day or two to show up. If anything looks missing after 48 hours,
just reply here and I'll chase it.

Cheers,
Megan
Amazon Web Services"""
hist = """On Fri, May 30, 2025 at 7:12 AM Priya Raman <priya.raman.dev@gmail.com> wrote:
> Yes, go ahead. Thanks Megan!
"""
write('agent-says-old-profile-retired-all-on-one',
      L('merge_completed', A, ['AWS40218837', 'AWS71936054'], True),
      aws_gmail(PRIYA, d, FORM, PRIYA, A_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='b64'), text(html_paras(new, bq(hist)), 'html', cte='b64')))

# 005 survey: html-only rating request
d = at(A_TS, 62.0)
h5 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#232f3e">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p style="font-size:18px;font-weight:bold">A minute of your time?</p>
<p>Hello,</p>
<p>We recently worked with you on the request below and would love to know
whether we got it right for you.</p>
<table cellpadding="4" style="font-size:13px;border:1px solid #d5dbdb">
<tr><td><b>Reference</b></td><td>%s</td></tr>
<tr><td><b>Topic</b></td><td>[AWS Training and Certification Form Submission] - account-assistance</td></tr>
<tr><td><b>Status</b></td><td>Resolved</td></tr>
</table>
<p style="margin-top:20px"><b>Did we take care of what you needed?</b></p>
<p>
<a href="https://aws-tc-feedback.amazon.com/r?c=%s&amp;a=1" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:2px">Yes</a>
&nbsp;&nbsp;
<a href="https://aws-tc-feedback.amazon.com/r?c=%s&amp;a=0" style="background:#eaeded;color:#000;padding:10px 22px;text-decoration:none;border-radius:2px">No</a>
</p>
<p style="font-size:12px;color:#545b64">Your answer goes straight to the people who handled your
request. If you still need help with this, reply to this email within 14 days and
the same team will pick it back up.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>
</table></td></tr></table>
</body></html>
""" % (A, A, A, AWS_FOOT.replace('\n', ' '))
write('html-only-did-we-get-it-right',
      L('survey', A, [], True),
      aws_gmail(PRIYA, d, FORM, PRIYA, 'Tell us how we did - reference %s' % A),
      [], text(h5, 'html', cte='qp'))

# 006 credly: badge issued after the merge
d = at(A_TS, 83.5)
ptxt = """Priya, you have a new credential from Amazon Web Services Training and Certification

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification

It's yours to keep: claim it, then add it to your LinkedIn profile, your email
signature or your resume so people can verify it with one click.

Claim it here:
https://www.credly.com/earner/earned/badge/4f1c2a9e-7d3b-4e61-9a0c-5b8e2d7f1a36

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Penn Plaza, Suite 1300, New York, NY 10119
You are receiving this email because Amazon Web Services Training and
Certification uses Credly to issue digital credentials.
Unsubscribe: https://www.credly.com/notification_settings
"""
phtml = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" style="background:#fff;padding:24px">
<tr><td align="center"><img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="140" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td align="center"><h2 style="margin:8px 0">Priya, you have a new credential</h2>
<p>Amazon Web Services Training and Certification has recognized you with<br><b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/4f1c2a9e-7d3b-4e61-9a0c-5b8e2d7f1a36" style="background:#3d7ab8;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Claim your badge</a></p>
<p style="font-size:12px;color:#777">Add it to LinkedIn, your email signature or resume.</p></td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:20px">Credly, Inc. | 1 Penn Plaza, Suite 1300, New York, NY 10119<br>
<a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></body></html>"""
write('credly-new-credential-from-aws-tc',
      L('credly_badge_issued', None, [], True),
      credly_gmail(PRIYA, d, 'Amazon Web Services Training and Certification',
                   'Priya, Amazon Web Services Training and Certification sent you a new credential', PRIYA),
      [], alt(text(ptxt, cte='qp'), text(phtml, 'html', cte='qp')))

# --------------------------------------------------------------------------- thread B: Daniel, Outlook, console, 15-digit
DAN = 'daniel.okafor@outlook.com'
B_TS = 1761032410
B = '%d01958' % B_TS
B_TITLE = 'Two certification accounts - please combine'
B_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % B
RATE_FOOT = """
---
Was this response helpful? Let us know by rating it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.""" % B

# 007 case_created, console, paraphrased
d = at(B_TS, 0.001)
t7 = """Hello,

Thank you for getting in touch with Amazon Web Services. Your request has been
logged and is now with our Support team; you will hear from an engineer as soon
as one is available.

Case ID:   %s
Subject:   %s
Severity:  General guidance
Description:
I passed SAA-C03 under my work email and later took the Security Specialty
with my personal one. Could the two certification accounts be joined?

Please do not reply to this email - replies to this address are not read. To add
information or check on progress, visit the Support Center:
%s

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
""" % (B, B_TITLE, B_LINK)
h7 = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Thank you for getting in touch with Amazon Web Services. Your request has been logged and is now with our Support team; you will hear from an engineer as soon as one is available.</p>
<table style="border-collapse:collapse;font-size:14px">
<tr><td style="padding:2px 12px 2px 0"><b>Case ID:</b></td><td>%s</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Subject:</b></td><td>%s</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Severity:</b></td><td>General guidance</td></tr>
</table>
<p><b>Description:</b><br>I passed SAA-C03 under my work email and later took the Security Specialty with my personal one. Could the two certification accounts be joined?</p>
<p>Please do not reply to this email - replies to this address are not read. To add information or check on progress, visit the <a href="%s">Support Center</a>.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</body></html>""" % (B, B_TITLE, B_LINK.replace('&', '&amp;'))
write('console-request-logged-not-read-mailbox',
      L('case_created', B, [], True),
      aws_outlook(DAN, d, CONSOLE, DAN, 'AWS Support: we have logged your request %s' % B),
      [], alt(text(t7, cte='qp'), text(h7, 'html', cte='qp')))

# 008 support_reply: console "there is an update" notice, paraphrased
d = at(B_TS, 26.4)
t8 = """Hello,

A member of the AWS Support team has added a note to your case:

  %s - %s

To read it and respond, sign in to the Support Center:
%s

This mailbox isn't monitored, so please don't reply to this email.

Thanks,
Amazon Web Services
""" % (B, B_TITLE, B_LINK)
write('console-note-added-sign-in-to-read',
      L('support_reply', B, [], True),
      aws_outlook(DAN, d, CONSOLE, DAN, '[Case %s] There is an update on your support request' % B),
      [], text(t8, cte='7bit', charset='us-ascii'))

# 009 merge_confirmation_requested, non-native voice, console reply
d = at(B_TS, 26.41)
t9 = """Dear Daniel,

Greetings from AWS Training and Certification!

As per your request, kindly find below the details of the candidate accounts
which will be combined:

Primary account (will remain active):
  Candidate ID : AWS55120943
  Email        : daniel.okafor@outlook.com

Secondary account (will be deactivated):
  Candidate ID : aws08817362
  Email        : dokafor@brightwater-eng.co.uk

Please note that once this activity is actioned, the same cannot be reverted.
All certifications, exam history and benefits of the secondary account will be
moved to the primary account.

Kindly revert back on this case with your approval for the above so that we can
proceed further.

Best regards,
Ravi K.
Amazon Web Services
""" + RATE_FOOT
write('console-reply-kindly-revert-with-approval',
      L('merge_confirmation_requested', B, ['AWS55120943', 'AWS08817362'], True),
      aws_outlook(DAN, d, CONSOLE, DAN, 'RE:[CASE %s] %s' % (B, B_TITLE)),
      [], alt(text(t9, cte='qp'), text(html_paras(t9), 'html', cte='qp')))

# 010 merge_completed, curt
d = at(B_TS, 51.9)
t10 = """Daniel,

Done. AWS08817362 is folded into AWS55120943 as of this morning. Sign in with
daniel.okafor@outlook.com from now on; nothing else needed on your side.

Imran
Amazon Web Services
""" + RATE_FOOT
write('console-reply-curt-done-folded-in',
      L('merge_completed', B, ['AWS55120943', 'AWS08817362'], True),
      aws_outlook(DAN, d, CONSOLE, DAN, 'RE:[CASE %s] %s' % (B, B_TITLE)),
      [], alt(text(t10, cte='qp'), text(html_paras(t10), 'html', cte='qp')))

# 011 survey: wrapped up + rate 1..5
d = at(B_TS, 51.9 + 24 * 7)
t11 = """Hello,

As we haven't heard anything further from you, we have wrapped up your request:

  Case ID: %s
  Subject: %s

If something still isn't right, you can reopen it from the Support Center within
14 days: %s

How would you rate your experience with AWS Support on this request?
  1 (poor)  https://support-feedback.aws.amazon.com/r/%s/1
  2         https://support-feedback.aws.amazon.com/r/%s/2
  3         https://support-feedback.aws.amazon.com/r/%s/3
  4         https://support-feedback.aws.amazon.com/r/%s/4
  5 (great) https://support-feedback.aws.amazon.com/r/%s/5

Sincerely,
Amazon Web Services
""" % ((B, B_TITLE, B_LINK) + (B,) * 5)
write('console-wrapped-up-rate-one-to-five',
      L('survey', B, [], True),
      aws_outlook(DAN, d, CONSOLE, DAN, 'Your AWS Support request %s has been wrapped up' % B),
      [], alt(text(t11, cte='qp'), text(html_paras(t11), 'html', cte='qp')))

# --------------------------------------------------------------------------- thread C: Marta, Workspace on Gmail, 11-digit (2022), three profiles
MARTA = 'marta.kowalczyk@finmetrics.pl'
C = '10198734561'
C_T0 = 1646900000  # 2022-03-10 08:13 UTC
C_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C

# 012 case_created, html-only, base64
d = at(C_T0, 0.002)
h12 = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body>
<div style="font-family: Verdana, Arial, sans-serif; font-size: 13px;">
<p>Dear Customer,</p>
<p>This automated message is to let you know that your enquiry to AWS Training and Certification
has reached us and has been registered under the following reference:</p>
<p style="font-size:16px"><b>%s</b></p>
<p>Our support team aims to respond within 24 hours on business days. To avoid delays, please do
not submit a further request about the same matter; if you wish to add details, reply to this
message and keep the reference in the subject line.</p>
<p>In the meantime you may find an answer in our
<a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a>.</p>
<p>Regards,<br>AWS Training and Certification</p>
<hr>
<p style="font-size:10px;color:#777777">%s</p>
</div>
</body>
</html>""" % (C, AWS_FOOT.replace('\n', ' '))
write('html-only-enquiry-registered-2022',
      L('case_created', C, [], True),
      aws_gmail(MARTA, d, FORM, MARTA, 'Your enquiry has been registered [CASE %s]' % C, tzh=1, tzlabel=None),
      [], text(h12, 'html', cte='b64'))

# 013 support_reply: formal, asks for notification emails, which to retain, reason
d = at(C_T0, 22.5)
new = """Dear Marta,

Thank you for contacting AWS Training and Certification.

I have reviewed our records and located the following candidate profiles
associated with your name:

  - AWS62750481
  - AWS19384620
  - AWS 88302176

In order to process your request, we would be grateful if you could provide:

  a) the notification e-mail address registered on each of the above profiles;
  b) the profile you would like to retain as your primary record;
  c) a brief explanation of how the additional profiles came to be created.

We look forward to hearing from you.

Kind regards,
Hannah
AWS Training and Certification"""
hist = """

-----Original Message-----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS62750481
Message: Dear Sir or Madam, it seems I have more than one certification account.
I would like to have all my certifications in a single account. Best regards,
Marta Kowalczyk
"""
write('formal-agent-requests-notification-emails-three-profiles',
      L('support_reply', C, ['AWS62750481', 'AWS19384620', 'AWS88302176'], True),
      aws_gmail(MARTA, d, FORM, MARTA, C_SUBJ, tzh=1, tzlabel=None),
      [], alt(text(new + hist, cte='qp'), text(html_paras(new, bq(hist.strip())), 'html', cte='qp')))

# 014 merge_confirmation_requested: formal, three profiles, Outlook-style history
d = at(C_T0, 96.2)
new = """Dear Marta,

Thank you for the information provided.

Before we proceed, we require your explicit written approval for the following
consolidation:

  Retained profile:   AWS62750481  (marta.kowalczyk@finmetrics.pl)
  To be absorbed:     AWS19384620  (m.kowalczyk@gmail.com)
                      AWS88302176  (marta.k@uni.wroc.pl)

Once this has been carried out, the two absorbed profiles will be permanently
deactivated, and all associated certifications, exam records and benefits will
be attributed to AWS62750481. Please be advised that the action is irreversible.

Kindly reply to this message stating that you approve the above.

Kind regards,
Hannah
AWS Training and Certification"""
hist = """________________________________
From: Marta Kowalczyk <marta.kowalczyk@finmetrics.pl>
Sent: Friday, March 11, 2022 9:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 10198734561] [AWS Training and Certification Form Submission] - account-assistance

Hello Hannah,

a) AWS62750481 - marta.kowalczyk@finmetrics.pl
   AWS19384620 - m.kowalczyk@gmail.com
   AWS88302176 - marta.k@uni.wroc.pl
b) Please keep AWS62750481 (company address).
c) The second one I created by mistake when booking an exam from home, the
   third one is from my university times.

Best regards,
Marta
"""
write('formal-written-approval-needed-three-into-one',
      L('merge_confirmation_requested', C, ['AWS19384620', 'AWS62750481', 'AWS88302176'], True),
      aws_gmail(MARTA, d, FORM, MARTA, C_SUBJ, tzh=1, tzlabel=None),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 015 support_reply: chaser (no ids in new text; ids only in history)
d = at(C_T0, 96.2 + 24 * 4)
new = """Dear Marta,

We are following up on our message of 14 March regarding your candidate
profiles. We have not yet received your approval and are therefore unable to
move forward with your request.

If you would still like us to go ahead, please reply to this e-mail at your
earliest convenience. If we do not hear from you within five business days,
this case will be closed; you can reopen it at any time by replying.

Kind regards,
Hannah
AWS Training and Certification"""
hist = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 14 March 2022 09:25
To: marta.kowalczyk@finmetrics.pl
Subject: RE:[CASE 10198734561] [AWS Training and Certification Form Submission] - account-assistance

Dear Marta,

Before we proceed, we require your explicit written approval for the following
consolidation:

  Retained profile:   AWS62750481  (marta.kowalczyk@finmetrics.pl)
  To be absorbed:     AWS19384620  (m.kowalczyk@gmail.com)
                      AWS88302176  (marta.k@uni.wroc.pl)
"""
write('chaser-still-awaiting-your-approval',
      L('support_reply', C, [], True),
      aws_gmail(MARTA, d, FORM, MARTA, C_SUBJ, tzh=1, tzlabel=None),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 016 merge_completed, formal, but DKIM broken by corporate gateway banner -> dmarc=fail on top
d = at(C_T0, 96.2 + 24 * 7.3)
ip = '54.240.48.102'
env, h = aws_headers(d, FORM, MARTA, C_SUBJ, ip=ip)
gw_ip = '195.164.21.7'
gw_host = 'mx1.finmetrics.pl'
ar_top = google_ar(env, gw_ip, [('fail', 'amazon.com', amz_sel('amazon.com')), ('fail', 'amazonses.com', SES_SEL)],
                   spf='softfail', dmarc='fail')
tr = gmail_trace(MARTA, d + dt.timedelta(seconds=6), env, gw_ip, gw_host, ar_top, 1, None)
tr += [('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4KJ9Qm2x7Hz1rXk\n\tfor <%s>; %s'
        % (ses_host(ip), ses_host(ip), ip, gw_host, MARTA, rfc(d.astimezone(tz(1))))),
       ('Authentication-Results', '%s;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com;\n\tdmarc=pass header.from=amazon.com' % gw_host)]
new = """[EXTERNAL] This e-mail originated outside FinMetrics. Do not click links or open
attachments unless you recognise the sender.

Dear Marta,

Further to your approval of 21 March, we are pleased to inform you that your
certification records have now been consolidated. AWS62750481 is the single
active profile and holds all certifications previously recorded under
AWS19384620 and AWS88302176; the latter two have been deactivated.

Please allow up to 48 hours for your digital badges to be re-issued to
marta.kowalczyk@finmetrics.pl.

Kind regards,
Hannah
AWS Training and Certification"""
write('formal-records-consolidated-gateway-broke-dkim',
      L('merge_completed', C, ['AWS19384620', 'AWS62750481', 'AWS88302176'], False),
      tr + h, [], alt(text(new, cte='qp'), text(html_paras(new), 'html', cte='qp')))

# --------------------------------------------------------------------------- thread D: Tom, Hotmail/Outlook, 10-digit (2019)
TOM = 'tom.becker84@hotmail.com'
D = '6284019375'
D_T0 = 1565600000  # 2019-08-12 08:53 UTC
D_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D

# 017 merge_confirmation_requested, apologetic
d = at(D_T0, 8 * 24 + 3.1)
new = """Hello Tom,

First of all, my apologies for the long wait - we've had far more requests than
usual over the past week and I'm only now getting to yours.

I've located both of your profiles:

  AWS00912345 - tom.becker84@hotmail.com
  AWS00456789 - t.becker@uni-mannheim.de

My suggestion would be to keep the Hotmail one, since you can still get into
that mailbox, and move everything from the university profile into it. After
that the university profile would no longer exist.

Could you let me know whether that's how you'd like it done? I do need to hear
it from you in writing first, because once I've actioned it there is no way to
separate them again.

Sorry again for the delay, and thank you for your patience.

Best regards,
Sofia
Amazon Web Services
AWS Training and Certification"""
hist = """-----Original Message-----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS00912345
Message: Hello, I have an old account from university (AWS00456789) and a new one.
Please put them together. Tom
"""
write('apologetic-late-reply-suggests-keeping-hotmail-profile',
      L('merge_confirmation_requested', D, ['AWS00456789', 'AWS00912345'], True),
      aws_outlook(TOM, d, FORM, TOM, D_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 018 merge_completed, non-native, charset labelled us-ascii but body is utf-8 (8bit)
d = at(D_T0, 8 * 24 + 3.1 + 30.4)
new = """Dear Tom,

Greetings of the day!

This is to update you that the request of combining both the candidate accounts
has been successfully actioned from our end. All your certifications are now
available under the account AWS00912345 and the account “AWS00456789” is
deactivated.

Going forward, kindly use tom.becker84@hotmail.com for login into the
certification portal. It may take 24–48 hours for all records to reflect.

Thanks & Regards,
Anand
Amazon Web Services
AWS Training and Certification"""
hist = """From: Tom Becker <tom.becker84@hotmail.com>
Sent: Wednesday, August 21, 2019 10:17 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 6284019375] [AWS Training and Certification Form Submission] - account-assistance

Hi Sofia, yes that's fine, keep the Hotmail one. Thanks, Tom
"""
write('non-native-request-of-combining-actioned-wrong-charset',
      L('merge_completed', D, ['AWS00456789', 'AWS00912345'], True),
      aws_outlook(TOM, d, FORM, TOM, D_SUBJ),
      [], text(new + '\n\n' + hist, cte='8bit', label_charset='us-ascii'))

# 019 survey: closure that mentions the (earlier announced) combination as the reason
d = at(D_T0, 8 * 24 + 3.1 + 30.4 + 49)
new = """Hello Tom,

As your two profiles were brought together earlier this week and I haven't
heard of any problems since, I'm going to close this case now.

We'd really value your opinion on how this was handled. Would you take a
moment to tell us?

  Was your issue resolved?
  Yes: https://aws-tc-feedback.amazon.com/s?case=6284019375&r=yes
  No:  https://aws-tc-feedback.amazon.com/s?case=6284019375&r=no

Best regards,
Sofia
Amazon Web Services"""
write('closing-now-was-your-issue-resolved-yes-no',
      L('survey', D, [], True),
      aws_outlook(TOM, d, FORM, TOM, D_SUBJ),
      [], alt(text(new, cte='qp'), text(html_paras(new), 'html', cte='qp')))

# 020 credly (older Acclaim sender), badges moved after the merge; Outlook
d = at(D_T0, 8 * 24 + 3.1 + 30.4 + 70)
ip = '167.89.101.%d' % R.randint(2, 250)
env = 'bounces+1185203-%s-tom.becker84=hotmail.com@em.youracclaim.com' % rand_hex(4)
ar = outlook_ar('em.youracclaim.com', ip, 'pass', 'youracclaim.com', 'pass', 'youracclaim.com')
tr = outlook_trace(TOM, d, 'em.youracclaim.com', ip, 'o%d.em.youracclaim.com' % R.randint(1, 9), ar)
hh = other_headers(d, addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
                   TOM, 'Your credentials from Amazon Web Services Training and Certification have moved',
                   'youracclaim.com', dkim_dom='youracclaim.com', dkim_sel='s1')
t20 = """Hi Tom,

Amazon Web Services Training and Certification has updated your records, and
the following credentials now belong to this account (tom.becker84@hotmail.com):

  * AWS Certified Solutions Architect - Associate
  * AWS Certified SysOps Administrator - Associate

They're ready for you - accept them to start sharing:
https://www.youracclaim.com/earner/earned

Acclaim is a service of Credly, Inc.
Manage notifications: https://www.youracclaim.com/notification_settings
"""
write('acclaim-credentials-moved-to-this-account-2019',
      L('credly_badge_issued', None, [], True),
      tr + hh, [], alt(text(t20, cte='7bit', charset='us-ascii'), text(html_paras(t20), 'html', cte='qp')))

# --------------------------------------------------------------------------- Japanese provider trace
def jp_trace(rcpt, d, env_from, ip, host, mta, authserv, dkim_dom='amazon.com', dkim_res='pass', dmarc='pass',
             from_dom='amazon.com', spf='pass'):
    dl = (d + dt.timedelta(seconds=R.randint(1, 6))).astimezone(tz(9))
    h = [('Return-Path', '<%s>' % env_from),
         ('Received', 'from %s by %s with ESMTP\n          id <%s@%s>\n          for <%s>; %s'
          % (mta.replace('mta', 'mbox'), mta, rand_hex(16), mta, rcpt, rfc(dl))),
         ('Authentication-Results', '%s; spf=%s smtp.mailfrom=%s;\n dkim=%s header.i=@%s;\n dmarc=%s header.from=%s'
          % (authserv, spf, env_from.split('@')[-1], dkim_res, dkim_dom, dmarc, from_dom)),
         ('Received', 'from %s ([%s])\n          by %s with ESMTP\n          id <%s@%s>\n          for <%s>; %s'
          % (host, ip, mta.replace('mta', 'mx'), rand_hex(16), mta.replace('mta', 'mx'), rcpt, rfc(dl)))]
    return h


def aws_jp(rcpt, d, frm, to, subject_hdr, mta, authserv):
    ip = R.choice(SES_IPS)
    env, h = aws_headers(d, frm, to, 'x', ip=ip)
    h = [(n, subject_hdr if n == 'Subject' else v) for n, v in h]
    return jp_trace(rcpt, d, env, ip, ses_host(ip), mta, authserv) + h


# --------------------------------------------------------------------------- thread E: Misaki Sato, nifty, Japanese, 15-digit
MISAKI = 'misaki.sato@nifty.com'
E_TS = 1749519022  # 2025-06-10 10:30 JST
E = '%d03377' % E_TS

# 021 case_created (ja), ISO-2022-JP, 7bit
d = at(E_TS, 0.0015)
t21 = """お客様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

受付番号: %s

担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。
追加の情報がございましたら、件名の受付番号を変更せずに本メールへご返信ください。
なお、同じ内容で重複してお問い合わせいただきますと、回答が遅れる場合がございます。

AWS トレーニングと認定
""" % E
subj = Header('[CASE %s] お問い合わせを承りました - AWS トレーニングと認定' % E, 'iso-2022-jp',
              header_name='Subject', maxlinelen=76).encode(linesep='\n')
write('ja-auto-reply-uketsuke-bangou',
      L('case_created', E, [], True, 'ja'),
      aws_jp(MISAKI, d, FORM, MISAKI, subj, 'mta-snd-w02.mail.nifty.com', 'mx.nifty.com'),
      [], text(t21, charset='iso-2022-jp', cte='7bit'))

# 022 merge_confirmation_requested (ja), Shift_JIS (cp932 characters), base64
d = at(E_TS, 47.2)
t22 = """佐藤 美咲 様

いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。

ご返信いただき、誠にありがとうございます。
いただいた情報をもとに、以下のとおり作業を進める予定でございます。

① 今後もご利用いただくアカウント: AWS27364519（misaki.sato@nifty.com）
② 統合後に無効となるアカウント: AWS91827364（m.sato@kyoto-sys.co.jp）

②に登録されている認定資格、受験履歴、特典はすべて①へ移行され、
②はご利用いただけなくなります。
なお、本作業は一度実施いたしますと元に戻すことができませんので、
あらかじめご了承くださいませ。

上記の内容で差し支えなければ、その旨を本メールにご返信いただけますでしょうか。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
Amazon Web Services
AWS トレーニングと認定

2025年6月11日(水) 8:02 佐藤 美咲 <misaki.sato@nifty.com>:
> 山本様
>
> ご連絡ありがとうございます。
> 残したいのは個人のアドレスで登録している AWS27364519 です。
> もう一つは前職の会社アドレス（m.sato@kyoto-sys.co.jp）で作成したもので、
> 受験番号は AWS91827364 です。
>
> よろしくお願いいたします。
> 佐藤
"""
subj = Header('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E,
              'us-ascii').encode()
write('ja-keigo-sonzoku-account-henshin-onegai-sjis',
      L('merge_confirmation_requested', E, ['AWS27364519', 'AWS91827364'], True, 'ja'),
      aws_jp(MISAKI, d, FORM, MISAKI, subj, 'mta-snd-w02.mail.nifty.com', 'mx.nifty.com'),
      [], text(t22, charset='shift_jis', cte='b64'))

# 023 merge_completed (ja), UTF-8 base64, multipart
d = at(E_TS, 47.2 + 26.5)
t23 = """佐藤 美咲 様

お待たせいたしました。AWS トレーニングと認定サポートの山本でございます。

ご依頼いただいておりましたアカウントの件につきまして、本日作業を実施いたしました。
今後は AWS27364519 にて、すべての認定資格と受験履歴をご確認いただけます。
AWS91827364 は無効となっておりますので、サインインには misaki.sato@nifty.com をご利用ください。

Credly のデジタルバッジにつきましては、反映まで最大48時間ほどかかる場合がございます。

このたびはご協力いただき、誠にありがとうございました。

山本
Amazon Web Services
AWS トレーニングと認定
"""
subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E
write('ja-sagyou-jisshi-itashimashita-utf8',
      L('merge_completed', E, ['AWS27364519', 'AWS91827364'], True, 'ja'),
      aws_jp(MISAKI, d, FORM, MISAKI, subj, 'mta-snd-w02.mail.nifty.com', 'mx.nifty.com'),
      [], alt(text(t23, cte='b64'), text(html_paras(t23), 'html', cte='b64')))

# --------------------------------------------------------------------------- thread F/G: Luis, Gmail, form desk; first case unanswered, duplicate opened
LUIS = 'luis.ferreira.pt@gmail.com'
F_TS = 1757401230  # 2025-09-09 07:00 UTC
F = '%d00562' % F_TS
G_TS = 1758006789  # 2025-09-16 07:13 UTC
G = '%d00119' % G_TS
F_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F

# 024 case_created, chatty auto-ack
d = at(F_TS, 0.0011)
t = """Hi there,

Thanks for your note! We've popped it into our queue as case %s, and a real
person will be along shortly - usually inside a day.

A couple of tips while you wait:
  - Got more to tell us? Reply to this email and keep the case number in the
    subject so it stays in the same thread.
  - Please don't send the same request again through the form; a second
    request starts again at the back of the queue.

Talk soon,
AWS Training and Certification
""" % F
write('chatty-auto-ack-popped-into-queue',
      L('case_created', F, [], True),
      aws_gmail(LUIS, d, FORM, LUIS, 'Got it! Case %s - AWS Training and Certification' % F),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 025 case_created for the duplicate request a week later; iso-8859-1, formal
d = at(G_TS, 0.0013)
t = """Dear Luís Ferreira,

We acknowledge receipt of your request submitted via the AWS Training and
Certification contact form. It has been assigned the reference number below.

    Reference: %s
    Submitted: 16 September 2025, 07:13 UTC
    Topic:     Certification / Account Merge

A member of our team will review your submission and respond to this address.
Please quote the reference number in any further correspondence.

Yours sincerely,
AWS Training and Certification
""" % G
write('formal-acknowledge-receipt-second-submission-latin1',
      L('case_created', G, [], True),
      aws_gmail(LUIS, d, FORM, LUIS, 'Reference %s: your request to AWS Training and Certification' % G),
      [], text(t, charset='iso-8859-1', cte='qp'))

# 026 support_reply: apologises for missed first request, folds duplicate into the first one, asks for details
d = at(G_TS, 5.6)
new = """Hi Luís,

I'm sorry your first request went unanswered - it looks like it slipped
through during a very busy week on our side.

I can see you've now also raised %s for the same thing. To keep everything in
one place I've closed that one, and we'll carry on here under %s. There's no
need to open anything further; just reply to this email.

To get started, could you tell me:
  - the sign-in email address of each of your certification profiles, and
  - which profile you'd like to end up with?

Thanks,
Jonas
Amazon Web Services""" % (G, F)
write('agent-sorry-first-request-missed-closing-duplicate',
      L('support_reply', F, [], True),
      aws_gmail(LUIS, d, FORM, LUIS, F_SUBJ),
      [], alt(text(new, cte='qp'), text(html_paras(new), 'html', cte='qp')))

# 027 merge_confirmation_requested, curt
d = at(G_TS, 29.2)
new = """Luís,

Keep:         AWS83920147 (luis.ferreira.pt@gmail.com)
Fold in+close: AWS47102938 (lferreira@tecnico.ulisboa.pt)

Irreversible. Reply "agreed" and I'll put it through.

Jonas
Amazon Web Services"""
hist = """On Wed, 17 Sept 2025 at 08:40, Luís Ferreira <luis.ferreira.pt@gmail.com> wrote:
> Hi Jonas, no problem. Gmail one is AWS83920147, the university one is
> AWS47102938 (lferreira@tecnico.ulisboa.pt). I want to keep the Gmail one.
> Obrigado,
> Luís
"""
write('curt-keep-fold-in-reply-agreed',
      L('merge_confirmation_requested', F, ['AWS47102938', 'AWS83920147'], True),
      aws_gmail(LUIS, d, FORM, LUIS, F_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 028 support_reply: thanks, proceeding now (ids only in quoted history)
d = at(G_TS, 33.0)
new = """Hello Luís,

Thank you for getting back to me. I've now handed your request to the team
that looks after candidate records, and they'll start on it today.

When they've finished I'll write to you again - you don't need to do anything
in the meantime.

Kind regards,
Jonas
Amazon Web Services"""
hist = """On Wed, 17 Sept 2025 at 16:02, Luís Ferreira <luis.ferreira.pt@gmail.com> wrote:
> Agreed. Please go ahead.
>
> On Wed, 17 Sept 2025 at 13:25, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
> > Luís,
> >
> > Keep:         AWS83920147 (luis.ferreira.pt@gmail.com)
> > Fold in+close: AWS47102938 (lferreira@tecnico.ulisboa.pt)
> >
> > Irreversible. Reply "agreed" and I'll put it through.
"""
write('thanks-handed-to-records-team-will-write-again',
      L('support_reply', F, [], True),
      aws_gmail(LUIS, d, FORM, LUIS, F_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 029 support_reply: status update with a question about an exam booking (not the merge itself)
d = at(G_TS, 56.5)
new = """Hi Luís,

A quick update. The records team spotted that AWS47102938 still has an exam
booked with Pearson VUE for 14 October (AWS Certified Security - Specialty).
They can't move that profile's history while a booking is open on it.

So there are two ways forward:
  1. wait until after your exam on the 14th, and they'll pick it up then; or
  2. cancel or reschedule the booking now under AWS83920147 and we carry on
     straight away.

Which would you prefer?

Thanks,
Jonas
Amazon Web Services"""
write('status-update-open-exam-booking-which-option',
      L('support_reply', F, ['AWS47102938', 'AWS83920147'], True),
      aws_gmail(LUIS, d, FORM, LUIS, F_SUBJ),
      [], alt(text(new, cte='qp'), text(html_paras(new), 'html', cte='qp')))

# 030 merge_completed, announced together with closing the case
d = at(G_TS, 24 * 6 + 3.3)
new = """Hi Luís,

Thanks for rescheduling - that let the team get on with it, and as of this
morning your two profiles are one: everything from AWS47102938, including
the rebooked Security Specialty appointment, now sits under AWS83920147.

As there's nothing else outstanding, I'll close this case now. You may get a
short questionnaire about how we did.

All the best,
Jonas
Amazon Web Services"""
hist = """On Fri, 19 Sept 2025 at 09:15, Luís Ferreira <luis.ferreira.pt@gmail.com> wrote:
> I moved the exam to 28 October under the Gmail account, so you can go ahead.
"""
write('profiles-are-one-and-closing-case-now',
      L('merge_completed', F, ['AWS47102938', 'AWS83920147'], True),
      aws_gmail(LUIS, d, FORM, LUIS, F_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 031 survey: two-minute questionnaire
d = at(G_TS, 24 * 6 + 3.6)
t = """Two minutes of your time?

Hi Luís,

You recently contacted AWS Training and Certification (case %s). We'd like
to know how it went.

  Did we fully sort out your request?   Yes / No
  https://pulse.aws/survey/TC%s

  How likely are you to recommend AWS Training and Certification support
  to a colleague? (0-10)

Thank you - every answer is read by the team.

AWS Training and Certification
To stop receiving feedback requests, visit https://pulse.aws/optout
""" % (F, F[-6:])
write('two-minutes-did-we-fully-sort-it-out',
      L('survey', F, [], True),
      aws_gmail(LUIS, d, ('AWS Training and Certification', 'no-reply-aws@amazon.com'), LUIS,
                'Luís, how did we do with case %s?' % F),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 032 credly: badges moved after the merge
d = at(G_TS, 24 * 7 + 10.2)
t = """Hi Luís,

Amazon Web Services Training and Certification has moved the following
credentials to your Credly account (luis.ferreira.pt@gmail.com):

  AWS Certified Cloud Practitioner
  AWS Certified Solutions Architect - Associate

They've kept their original issue dates. Head to your wallet to accept them and
choose who can see them:
https://www.credly.com/earner/earned

Credly, Inc. | 1 Penn Plaza, Suite 1300, New York, NY 10119
Manage your notification settings: https://www.credly.com/notification_settings
"""
write('credly-credentials-moved-to-your-wallet',
      L('credly_badge_issued', None, [], True),
      credly_gmail(LUIS, d, 'Amazon Web Services Training and Certification',
                   'Two credentials have been moved to your Credly account', LUIS),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# --------------------------------------------------------------------------- Yahoo trace
def yahoo_trace(rcpt, d, env_from, ip, host, dkims, spf='pass', dmarc='pass', from_dom='amazon.com', policy='QUARANTINE'):
    dl = (d + dt.timedelta(seconds=R.randint(1, 4))).astimezone(tz(0))
    atlas = 'atlas%d.free.mail.bf1.yahoo.com' % R.randint(100, 330)
    ar = ['%s;' % atlas]
    for res, dom, sel in dkims:
        ar.append(' dkim=%s header.i=@%s header.s=%s;' % (res, dom, sel))
    ar.append(' spf=%s smtp.mailfrom=%s;' % (spf, env_from.split('@')[-1]))
    ar.append(' dmarc=%s(p=%s) header.from=%s;' % (dmarc, policy, from_dom))
    return [('Return-Path', '<%s>' % env_from),
            ('Received', 'from 10.197.%d.%d\n by %s with HTTP; %s'
             % (R.randint(1, 250), R.randint(1, 250), atlas, rfc(dl))),
            ('X-Originating-Ip', '[%s]' % ip),
            ('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (spf, env_from.split('@')[-1], ip)),
            ('Authentication-Results', '\n'.join(ar)),
            ('X-Apparently-To', '%s; %s' % (rcpt, rfc(dl))),
            ('Received', 'from %s (EHLO %s) (%s)\n  by 10.197.%d.%d with SMTPs\n  (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256);\n  %s'
             % (host, host, ip, R.randint(1, 250), R.randint(1, 250), rfc(dl)))]


def aws_yahoo(rcpt, d, frm, to, subject):
    ip = R.choice(SES_IPS)
    env, h = aws_headers(d, frm, to, subject, ip=ip)
    return yahoo_trace(rcpt, d, env, ip, ses_host(ip),
                       [('pass', 'amazon.com', amz_sel('amazon.com')), ('pass', 'amazonses.com', SES_SEL)]) + h


# --------------------------------------------------------------------------- thread H: Aisha, Yahoo, console, 11-digit (2023)
AISHA = 'aisha.bello_ng@yahoo.com'
H = '12840375519'
H_T0 = 1684230000  # 2023-05-16 09:40 UTC
H_TITLE = 'Merge my two certification accounts'
H_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % H
H_FOOT = """
---
Was this response helpful? Rate it in the Support Center:
%s

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.""" % H_LINK

# 033 support_reply: apologetic, still in progress ("once they've finished ...")
d = at(H_T0, 24 * 6 + 2.2)
t = """Hello Aisha,

I'm so sorry this is taking longer than any of us would like, and I understand
how frustrating it is to keep waiting.

Please be assured your request hasn't been forgotten. The team that joins
candidate records is still working through AWS64019283 and AWS52918374; they
need a little more time because one of the profiles has an exam result that is
still being scored, and they want that to land in the right place.

Once they've finished, I'll update this case straight away, so there's no need
to chase us. Again, my apologies for the wait.

Best regards,
Chinedu
Amazon Web Services
""" + H_FOOT
write('apologetic-still-being-worked-on-exam-being-scored',
      L('support_reply', H, ['AWS52918374', 'AWS64019283'], True),
      aws_yahoo(AISHA, d, CONSOLE, AISHA, 'RE:[CASE %s] %s' % (H, H_TITLE)),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 034 merge_completed: html-only console mail carrying the correspondence
d = at(H_T0, 24 * 8 + 5.0)
h = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f;background:#ffffff">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p style="color:#545b64;font-size:12px">Case ID %s &middot; %s</p>
<p>Hi Aisha,</p>
<p>I'm happy to report that you now have a single certification profile. AWS52918374 has been retired and its
exam history and certifications are attached to AWS64019283. The exam result that was still being scored
will post there as well once it's released.</p>
<p>You can sign in with aisha.bello_ng@yahoo.com as usual. Thank you for bearing with us.</p>
<p>Best regards,<br>Chinedu<br>Amazon Web Services</p>
<hr style="border:none;border-top:1px solid #eaeded">
<p style="font-size:12px">Was this response helpful?
<a href="%s&amp;rate=yes">Yes</a> | <a href="%s&amp;rate=no">No</a></p>
<p style="font-size:11px;color:#687078">Please do not reply to this email. To respond, sign in to the
<a href="%s">Support Center</a>.</p>
</td></tr></table></body></html>""" % (H, html.escape(H_TITLE), H_LINK, H_LINK, H_LINK)
write('html-only-single-profile-now-older-retired',
      L('merge_completed', H, ['AWS52918374', 'AWS64019283'], True),
      aws_yahoo(AISHA, d, CONSOLE, AISHA, 'RE:[CASE %s] %s' % (H, H_TITLE)),
      [], text(h, 'html', cte='qp'))

# 035 credly: still waiting to be accepted (not expiry), to Yahoo
d = at(H_T0, 24 * 11 + 14.0)
env = 'bounces+2231978-%s-aisha.bello_ng=yahoo.com@em.credly.com' % rand_hex(4)
ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
tr = yahoo_trace(AISHA, d, env, ip, 'o3.em.credly.com', [('pass', 'credly.com', 's1')], from_dom='credly.com',
                 policy='REJECT')
hh = other_headers(d, addr('Amazon Web Services Training and Certification via Credly', CREDLY), AISHA,
                   "Aisha, your AWS Certified Developer - Associate credential hasn't been claimed yet",
                   'credly.com', dkim_dom='credly.com', dkim_sel='s1')
t = """Hi Aisha,

Amazon Web Services Training and Certification issued you a credential a few
days ago, and it's still waiting for you:

  AWS Certified Developer - Associate

Claim it to make it visible on your profile and share it with your network:
https://www.credly.com/earner/earned/badge/9a3d51c0-2e7f-4b88-8f16-71c4e0d2b5aa

Credly, Inc. | 1 Penn Plaza, Suite 1300, New York, NY 10119
Manage your notification settings: https://www.credly.com/notification_settings
"""
write('credly-credential-still-waiting-to-be-claimed',
      L('credly_badge_issued', None, [], True),
      tr + hh, [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# --------------------------------------------------------------------------- thread J: Chen Wei, Microsoft 365 tenant, form desk, 15-digit
CHEN = 'chen.wei@tanjong-digital.com.sg'
J_TS = 1731400000  # 2024-11-12 08:26 UTC
J = '%d02746' % J_TS
J_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % J

# 036 merge_confirmation_requested, chatty, Outlook quote block
d = at(J_TS, 24 * 1 + 6.1)
new = """Hey Chen,

Thanks for sending those over - super helpful.

So here's the plan: we take everything sitting on AWS77004321 (the one on your
old chen.wei@meridian-soft.com address) and shift it onto AWS77001234, which
becomes the only one you'll use from here on. AWS77004321 then gets switched
off for good.

Quick heads-up: there's no rewind button on this, so have a look and make sure
the right one is the keeper. If it all looks good, drop me a line saying so
and I'll kick it off.

Cheers,
Sam
Amazon Web Services"""
hist = """________________________________
From: Chen Wei <chen.wei@tanjong-digital.com.sg>
Sent: Wednesday, 13 November 2024 10:05 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Sam,

Current: AWS77001234 / chen.wei@tanjong-digital.com.sg
Old:     AWS77004321 / chen.wei@meridian-soft.com (no longer have access)

Regards,
Chen Wei
Senior Cloud Engineer | Tanjong Digital Pte Ltd
""" % J
write('chatty-heres-the-plan-no-rewind-button',
      L('merge_confirmation_requested', J, ['AWS77001234', 'AWS77004321'], True),
      aws_outlook(CHEN, d, FORM, CHEN, J_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 037 merge_completed, apologetic
d = at(J_TS, 24 * 6 + 1.4)
new = """Hi Chen,

Apologies for the radio silence over the last few days - we had a backlog and
I should have kept you posted.

The good news is that your records are now unified: AWS77001234 holds all of
your certifications and exam history, and AWS77004321 has been switched off.
Sorry again that it took longer than I said it would.

Cheers,
Sam
Amazon Web Services"""
hist = """________________________________
From: Chen Wei <chen.wei@tanjong-digital.com.sg>
Sent: Thursday, 14 November 2024 9:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Looks good, please go ahead.
""" % J
write('apologetic-radio-silence-records-now-unified',
      L('merge_completed', J, ['AWS77001234', 'AWS77004321'], True),
      aws_outlook(CHEN, d, FORM, CHEN, J_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='b64'), text(html_paras(new, bq(hist)), 'html', cte='b64')))

# 038 support_reply: after the fact, asks about something other than the merge (Credly profile)
d = at(J_TS, 24 * 6 + 2.0)
new = """Hi Chen,

One more thing I noticed while tidying up: the badges from AWS77004321 were
issued to a separate Credly account under chen.wei@meridian-soft.com, which
you said you can no longer access.

Would you like us to ask Credly to bring those badges across to
chen.wei@tanjong-digital.com.sg as well? A simple yes or no is fine.

Cheers,
Sam
Amazon Web Services"""
write('one-more-thing-move-old-credly-badges-too',
      L('support_reply', J, ['AWS77004321'], True),
      aws_outlook(CHEN, d, FORM, CHEN, J_SUBJ),
      [], alt(text(new, cte='qp'), text(html_paras(new), 'html', cte='qp')))

# --------------------------------------------------------------------------- thread K: Rachel, Gmail, form desk, 11-digit (2021)
RACHEL = 'rachel.oneill.cloud@gmail.com'
K = '11302948576'
K_T0 = 1625000000  # 2021-06-29 20:53 UTC
K_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K

# 039 support_reply, curt: which one stays
d = at(K_T0, 13.2)
new = """Hi Rachel,

Found two: AWS21436587 and aws87654312. Which one stays?

Thanks,
Dev
AWS Training and Certification"""
write('curt-found-two-which-one-stays',
      L('support_reply', K, ['AWS21436587', 'AWS87654312'], True),
      aws_gmail(RACHEL, d, FORM, RACHEL, K_SUBJ),
      [], text(new, cte='7bit', charset='us-ascii'))

# 040 merge_confirmation_requested; ids only appear in the quoted reply
d = at(K_T0, 40.5)
new = """Hi Rachel,

Thanks for that. Just so we're on the same page before I press anything: the
2019 profile gets rolled into the newer one you named below, and the 2019 one
disappears afterwards. There's no undoing it.

Happy for me to go ahead?

Dev
AWS Training and Certification"""
hist = """On Thu, 1 Jul 2021 at 09:12, Rachel O'Neill <rachel.oneill.cloud@gmail.com> wrote:

> Keep AWS87654312 please, that's the one on my current email.
> AWS21436587 is the old one from 2019.
>
> Rachel
>
> On Wed, 30 Jun 2021 at 11:05, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
>> Hi Rachel,
>>
>> Found two: AWS21436587 and aws87654312. Which one stays?
"""
write('same-page-before-i-press-anything-ids-only-quoted',
      L('merge_confirmation_requested', K, [], True),
      aws_gmail(RACHEL, d, FORM, RACHEL, K_SUBJ),
      [], alt(text(new + '\n\n' + hist, cte='qp'), text(html_paras(new, bq(hist)), 'html', cte='qp')))

# 041 survey: closed + rate this response
d = at(K_T0, 24 * 5 + 9.0)
t = """Hello Rachel,

We've closed case %s. If you need anything else, you're welcome to contact
us again through the Training and Certification contact form.

How did Dev do? Rate the help you received:

  Excellent  https://aws-tc-feedback.amazon.com/rate?case=%s&v=4
  Good       https://aws-tc-feedback.amazon.com/rate?case=%s&v=3
  Fair       https://aws-tc-feedback.amazon.com/rate?case=%s&v=2
  Poor       https://aws-tc-feedback.amazon.com/rate?case=%s&v=1

AWS Training and Certification
""" % ((K,) * 5)
write('closed-how-did-dev-do-rate-help',
      L('survey', K, [], True),
      aws_gmail(RACHEL, d, FORM, RACHEL, 'Case %s closed - how did we do?' % K),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# =========================================================================== look-alikes / phishing about the merge

# 042 case_created phish: look-alike domain that authenticates itself (dmarc=pass for its own domain)
d = dt.datetime(2025, 6, 3, 14, 22, 51, tzinfo=tz(0))
dom = 'aws-certification-center.com'
env = 'bounce-%s@mail.%s' % (rand_hex(8), dom)
t = """Dear Candidate,

We have received your request to combine your AWS Certification accounts.
Your request reference is AWS-MRG-20931.

To prevent your request from being cancelled, our security policy requires
you to verify your identity within 24 hours of this message:

    https://verify.aws-certification-center.com/merge/AWS-MRG-20931

Requests that are not verified in time are closed automatically and any
certifications linked to the accounts may be suspended pending review.

Thank you,
AWS Certification Account Services
"""
write('lookalike-domain-merge-request-received-verify-identity',
      L('case_created', None, [], False),
      other_gmail(PRIYA, d, addr('AWS Certification', 'support@' + dom), PRIYA,
                  'Your account merge request has been received - verification required',
                  env, '185.225.17.%d' % R.randint(2, 250), 'mail.' + dom, dom, dom, policy='NONE'),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 043 merge_confirmation_requested phish: spoofed amazon.com, dmarc=fail on top; forged "pass" header lower down
d = dt.datetime(2025, 10, 23, 3, 41, 9, tzinfo=tz(0))
env = 'info@mx7.cheap-bulk-relay.ru'
ip = '91.243.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
ar = google_ar(env, ip, [], spf='fail', dmarc='fail', from_dom='amazon.com', policy='QUARANTINE')
forged = [('Authentication-Results', 'amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com')]
tr = gmail_trace('daniel.okafor.uk@gmail.com', d, env, ip, 'mx7.cheap-bulk-relay.ru', ar, extra_ar_lines=forged)
hh = [('Date', rfc(d)), ('From', '"Amazon Web Services" <no-reply-aws@amazon.com>'),
      ('To', 'daniel.okafor.uk@gmail.com'),
      ('Message-ID', '<%s@amazon.com>' % rand_hex(24)),
      ('Subject', enc_hdr('⚠ Action needed: approve the joining of your AWS Certification profiles')),
      ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
t = """Dear Customer,

We are about to join your AWS Certification profiles into one. Before we do,
we need you to approve it.

If you do not approve within 48 hours, both profiles will be locked and your
certifications will be marked as invalid.

Approve now: http://aws-cert-profiles.help/approve?u=daniel.okafor.uk%40gmail.com

Amazon Web Services Certification Team
"""
write('spoofed-amazon-approve-joining-profiles-dmarc-fail',
      L('merge_confirmation_requested', None, [], False),
      tr + hh, [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 044 merge_completed phish: amaz0n look-alike, Outlook, no DMARC record
d = dt.datetime(2024, 11, 20, 22, 5, 33, tzinfo=tz(0))
dom = 'amaz0n-training.com'
ip = '45.134.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
ar = outlook_ar(dom, ip, 'none', dom, 'none', dom, compauth='fail reason=001')
tr = outlook_trace(CHEN, d, dom, ip, 'srv1.' + dom, ar)
hh = other_headers(d, addr('AWS Training & Certification', 'notice@' + dom), CHEN,
                   'Your certification accounts were consolidated', dom)
t = """Hello,

This is a notice that your AWS Certification accounts were consolidated into
one account today. All exam history has been moved.

If you did NOT request this change, cancel it within 12 hours to keep your
certifications, otherwise this cannot be reversed:

https://amaz0n-training.com/cert/cancel?ref=CX-55821

AWS Training & Certification
"""
write('amaz0n-lookalike-accounts-consolidated-cancel-link',
      L('merge_completed', None, [], False),
      tr + hh, [], text(t, cte='7bit', charset='us-ascii'))

# 045 support_reply phish: asks for passwords to "finish combining" - Outlook, dmarc none
d = dt.datetime(2023, 5, 19, 16, 12, 2, tzinfo=tz(0))
dom = 'aws-training-help.net'
ip = '103.151.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
env = 'support@' + dom
ar = google_ar(env, ip, [('pass', dom, 'default')], spf='pass', dmarc='none', from_dom=dom, policy='NONE')
ar = ar.replace('dmarc=none (p=NONE sp=NONE dis=NONE)', 'dmarc=none (p=NONE sp=NONE dis=NONE)')
tr = gmail_trace('aisha.bello.dev@gmail.com', d, env, ip, 'mail.' + dom, ar)
hh = other_headers(d, addr('AWS Support Team', 'support@' + dom), 'aisha.bello.dev@gmail.com',
                   'RE: your certification accounts request', dom, dkim_dom=dom, dkim_sel='default')
t = """Hi Aisha,

We're nearly there with combining your two certification profiles. To finish
on our side we need the following from you as a reply to this email:

  - the password of each of the two accounts
  - a photo of a government ID (front and back)

As soon as we get these we'll complete your request the same day.

Regards,
Mark Stevens
AWS Support Team
"""
write('lookalike-support-wants-passwords-to-finish',
      L('support_reply', None, [], False),
      tr + hh, [], text(t, cte='qp'))

# 046 survey phish: "rate your merge support" for a reward
d = dt.datetime(2025, 9, 24, 9, 30, 0, tzinfo=tz(0))
dom = 'aws-feedback-rewards.com'
env = 'mailer@em.' + dom
h46 = """<html><body style="font-family:Arial">
<h2 style="color:#ff9900">Tell us about your account merge support</h2>
<p>Hi,</p>
<p>You recently contacted AWS about combining your certification accounts. Rate the support you
received and get a <b>$50 AWS promotional credit</b> as a thank-you.</p>
<p><a href="https://aws-feedback-rewards.com/r?id=8812" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Rate my experience</a></p>
<p style="font-size:11px;color:#888">Offer valid for 24 hours. A card is required to verify your identity.</p>
</body></html>"""
write('lookalike-rate-merge-support-get-50-credit',
      L('survey', None, [], False),
      other_gmail(LUIS, d, addr('AWS Customer Feedback', 'feedback@' + dom), LUIS,
                  'Rate your recent account merge support - $50 credit inside', env,
                  '194.87.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'em.' + dom, dom, dom, policy='NONE'),
      [], text(h46, 'html', cte='qp'))

# 047 credly phish: look-alike credly domain, mentions the merge
d = dt.datetime(2025, 6, 14, 6, 2, 40, tzinfo=tz(0))
dom = 'credly-badges.net'
env = 'notify@' + dom
t = """Hi,

Following your AWS Certification account merge, 3 badges are ready to be
accepted on your new Credly profile:

  - AWS Certified Cloud Practitioner
  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate

Accept them within 72 hours or they will be returned to the issuer:
https://credly-badges.net/accept?token=f1c2d3

The Credly Team
"""
write('lookalike-credly-badges-ready-after-merge-72h',
      L('credly_badge_issued', None, [], False),
      other_gmail(PRIYA, d, addr('Credly', 'notifications@' + dom), PRIYA,
                  'Your badges have been transferred - accept them now', env,
                  '45.95.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mail.' + dom, dom, dom, policy='NONE'),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 048 unrelated phish: account "suspended", not about the merge
d = dt.datetime(2025, 7, 2, 11, 48, 19, tzinfo=tz(0))
dom = 'secure-amazonaws.co'
ip = '5.188.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
env = 'billing@' + dom
ar = outlook_ar(dom, ip, 'none', dom, 'fail', 'amazon.com', compauth='fail reason=000', action='quarantine')
ar = ar.replace('header.from=amazon.com', 'header.from=amazon.com')
tr = outlook_trace(DAN, d, dom, ip, 'mta.' + dom, ar, spf='Fail')
hh = other_headers(d, '"AWS Billing" <aws-billing@amazon.com>', DAN,
                   'Your AWS account has been suspended - update payment information', dom)
t = """Dear AWS customer,

We were unable to charge your payment method for your most recent invoice and
your AWS account has been suspended. To restore access, update your payment
details within 24 hours:

https://secure-amazonaws.co/billing/restore

AWS Billing
"""
write('spoofed-billing-account-suspended-not-about-merge',
      L('unrelated', None, [], False),
      tr + hh, [], text(t, cte='7bit', charset='us-ascii'))

# 049 credly genuine but forwarded: ARC-sealed forward, top AR shows dkim fail / dmarc fail
d = dt.datetime(2021, 7, 8, 15, 20, 7, tzinfo=tz(0))
old = 'r.oneill@tcd.ie'
env = 'bounces+2231978-%s-r.oneill=tcd.ie@em.credly.com' % rand_hex(4)
fwd_ip = '134.226.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
ar = google_ar(env, fwd_ip, [('fail', 'credly.com', 's1')], spf='softfail', dmarc='fail', from_dom='credly.com',
               policy='REJECT')
ar = ar.replace('dmarc=fail', 'arc=pass (i=1 spf=pass spfdomain=em.credly.com dkim=pass dkdomain=credly.com dmarc=pass fromdomain=credly.com);\n       dmarc=fail')
tr = gmail_trace(RACHEL, d + dt.timedelta(seconds=9), env, fwd_ip, 'mail-relay.tcd.ie', ar)
tr += [('Received', 'from o4.em.credly.com (o4.em.credly.com [149.72.%d.%d])\n\tby mail-relay.tcd.ie (Postfix) with ESMTPS id 4GLQ2b1n7Kz9sRt\n\tfor <%s>; %s'
        % (R.randint(1, 250), R.randint(1, 250), old, rfc(d.astimezone(tz(1)))))]
hh = other_headers(d, addr('Amazon Web Services Training and Certification via Credly', CREDLY), old,
                   'Rachel, you have been recognized by Amazon Web Services Training and Certification',
                   'credly.com', dkim_dom='credly.com', dkim_sel='s1')
t = """Rachel, Amazon Web Services Training and Certification has recognized you
with a new credential:

  AWS Certified Solutions Architect - Professional

Accept it and start sharing: https://www.credly.com/earner/earned/badge/0d5e7b1a-6c2f-4f3e-b8a1-2c9e4d7f6a10

Credly, Inc. | 1 Penn Plaza, Suite 1300, New York, NY 10119

--
Forwarded by the TCD alumni mail service. Manage forwarding at https://alumni.tcd.ie/mail
"""
write('credly-recognized-forwarded-by-alumni-relay-dmarc-fail',
      L('credly_badge_issued', None, [], False),
      tr + hh, [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# =========================================================================== unrelated mail that looks similar

# 050 Seller Central case: "merged" detail pages, resolved + rate
d = dt.datetime(2025, 8, 19, 13, 7, 44, tzinfo=tz(0))
t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have merged the two detail pages you reported. ASIN B0C7XK2LMN is now the
only active listing for "Ferreira Cork Coasters (Set of 6)", and offers from
B0C7XJ9QWE have been moved onto it. Please allow up to 24 hours for search
results to update.

Your case will now be resolved. If this did not help, reply within 7 days to
reopen it.

Was this answer helpful? Rate it here:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&rate=1

We value your business.

Thank you,
Sneha P.
Amazon.com
https://sellercentral.amazon.com
"""
write('seller-central-case-detail-pages-merged',
      L('unrelated', '5884881212', [], True),
      aws_gmail(LUIS, d, ('Amazon Seller Support', 'seller-notification@amazon.com'), LUIS,
                'RE:[CASE 5884881212] Duplicate listings for the same product'),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 051 AWS Support billing case opened (template words, but a billing case)
BB_TS = 1759300000
BB = '%d07413' % BB_TS
d = at(BB_TS, 0.001)
t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Charged twice on the September invoice
Severity: General guidance
Correspondence: My card was charged twice for invoice 2318849902 (account
4471-0938-2215). Please refund the duplicate.

To contact us again about this issue, please reply through the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming
e-mail.

Amazon Web Services
""" % (BB, BB, BB)
write('billing-case-opened-charged-twice',
      L('unrelated', BB, [], True),
      aws_outlook(DAN, d, CONSOLE, DAN, 'Amazon Web Services: You have opened a new Support case: %s' % BB),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 052 service quota increase done
d = dt.datetime(2023, 7, 11, 18, 30, 2, tzinfo=tz(0))
QQ = '12987650341'
t = """Hello,

We've completed your request: the On-Demand Standard instances limit for
account 8830-1172-4469 in eu-west-1 has been raised to 64 vCPUs. It may take
up to 30 minutes for the new value to appear in the Service Quotas console.

As there is nothing further needed, we will resolve this case.

Best regards,
Amazon Web Services
"""
write('quota-increase-completed-ec2-vcpus',
      L('unrelated', QQ, [], True),
      aws_yahoo(AISHA, d, CONSOLE, AISHA, 'RE:[CASE %s] Limit Increase: EC2 Instances' % QQ),
      [], text(t, cte='qp'))

# 053 billing case closure + rating (survey look-alike for another case)
d = at(BB_TS, 24 * 3 + 4.5)
t = """Hello,

We're glad we could help. The duplicate charge on invoice 2318849902 has been
refunded and case %s is now resolved.

Could you spare a moment to rate your experience?
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&feedback=1

Sincerely,
Amazon Web Services
""" % (BB, BB)
write('billing-case-resolved-rate-experience',
      L('unrelated', BB, [], True),
      aws_outlook(DAN, d, CONSOLE, DAN, 'Your AWS Support case %s has been resolved' % BB),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 054 CertMetrics: "AWS Certification wants to hear from you"
d = dt.datetime(2025, 4, 30, 16, 0, 12, tzinfo=tz(0))
dom = 'certmetrics.com'
t = """Hello Priya,

AWS Certification wants to hear from you!

Thank you for recently taking the AWS Certified Developer - Associate exam.
We'd like to learn about your experience preparing for and taking the exam.
The survey takes about 10 minutes:

https://www.certmetrics.com/amazon/survey/launch.aspx?s=DVA-C02&t=8f3c1e0b

Thank you,
AWS Training and Certification

Please do not reply to this message; this mailbox is not monitored.
"""
write('certmetrics-aws-certification-wants-to-hear-from-you',
      L('unrelated', None, [], False),
      other_gmail(PRIYA, d, addr('AWS Certification', 'do-not-reply@' + dom), PRIYA,
                  'AWS Certification wants to hear from you', 'bounce@mail.' + dom,
                  '208.76.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mail.' + dom, dom, dom,
                  policy='NONE'),
      [], text(t, cte='qp'))

# 055 Credly's own account-merge code
d = dt.datetime(2025, 9, 25, 19, 44, 3, tzinfo=tz(0))
t = """Hi Luís,

Someone (hopefully you) asked to combine another Credly account with this one.
To finish, enter this code on the page where you started:

    482913

Or follow this link: https://www.credly.com/users/account_merge/complete?token=6a1f09c2e4

The code expires in 30 minutes. If you didn't ask for this, you can ignore this
email - nothing will change.

Credly, Inc. | 1 Penn Plaza, Suite 1300, New York, NY 10119
"""
write('credly-own-account-combine-code',
      L('unrelated', None, [], True),
      other_gmail(LUIS, d, addr('Credly', CREDLY), LUIS, 'Your Credly verification code',
                  'bounces+2231978-%s-luis.ferreira.pt=gmail.com@em.credly.com' % rand_hex(4),
                  '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'o2.em.credly.com', 'credly.com',
                  'credly.com', dkim_sel='s1'),
      [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 056 Credly expiry reminder
d = dt.datetime(2022, 5, 2, 14, 10, 55, tzinfo=tz(0))
ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
env = 'bounces+2231978-%s-tom.becker84=hotmail.com@em.credly.com' % rand_hex(4)
ar = outlook_ar('em.credly.com', ip, 'pass', 'credly.com', 'pass', 'credly.com')
tr = outlook_trace(TOM, d, 'em.credly.com', ip, 'o1.em.credly.com', ar)
hh = other_headers(d, addr('Credly', CREDLY), TOM,
                   'Heads up: your AWS Certified SysOps Administrator - Associate badge expires in 90 days',
                   'credly.com', dkim_dom='credly.com', dkim_sel='s1')
t = """Hi Tom,

Your AWS Certified SysOps Administrator - Associate badge from Amazon Web
Services Training and Certification expires on 31 July 2022.

To keep it active, renew your certification before that date. Learn how:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/7b0e3f4c-1d2a-4c59-a8e6-3f9b2c1d0e7a

Credly, Inc. | 1 Penn Plaza, Suite 1300, New York, NY 10119
"""
write('credly-badge-expires-in-90-days',
      L('unrelated', None, [], True),
      tr + hh, [], alt(text(t, cte='qp'), text(html_paras(t), 'html', cte='qp')))

# 057 GitHub pull request merged
d = dt.datetime(2024, 11, 19, 2, 33, 18, tzinfo=tz(0))
ip = '192.30.252.%d' % R.randint(190, 210)
ar = outlook_ar('github.com', ip, 'pass', 'github.com', 'pass', 'github.com')
tr = outlook_trace(CHEN, d, 'github.com', ip, 'out-%d.smtp.github.com' % R.randint(20, 30), ar)
hh = other_headers(d, '"Wei Ling Tan" <notifications@github.com>', '"tanjong-digital/infra-modules" <infra-modules@noreply.github.com>',
                   'Re: [tanjong-digital/infra-modules] Merge account-baseline module into main (PR #412)',
                   'github.com', dkim_dom='github.com', dkim_sel='pf2023',
                   extra=[('Reply-To', 'tanjong-digital/infra-modules <reply+AB3XQ7K2M4@reply.github.com>'),
                          ('List-ID', 'tanjong-digital/infra-modules <infra-modules.tanjong-digital.github.com>'),
                          ('X-GitHub-Reason', 'review_requested')])
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tanjong-digital/infra-modules/pull/412#event-15223908812
You are receiving this because your review was requested.
"""
write('github-pr-merged-into-main',
      L('unrelated', None, [], False),
      tr + hh, [], alt(text(t, cte='7bit', charset='us-ascii'), text(html_paras(t), 'html', cte='qp')))

# 058 Pearson VUE appointment (carries an AWS candidate id)
d = dt.datetime(2025, 9, 19, 8, 58, 31, tzinfo=tz(0))
dom = 'pearson.com'
t = """Dear Luís Ferreira,

Thank you for scheduling your exam with Pearson VUE. Please keep this email
for your records.

Exam:           AWS Certified Security - Specialty (SCS-C02)
Candidate ID:   AWS83920147
Registration:   488201733
Date and time:  Tuesday, 28 October 2025, 10:00 WET
Location:       Pearson Professional Centers - Lisbon, Av. da Liberdade 110

Please arrive 15 minutes early and bring a valid government-issued ID.

To reschedule or cancel, sign in at https://home.pearsonvue.com/aws at least
24 hours before your appointment.

Pearson VUE
"""
write('pearson-vue-appointment-rebooked-security-specialty',
      L('unrelated', None, ['AWS83920147'], False),
      other_gmail(LUIS, d, addr('Pearson VUE', 'PearsonVUEConfirmation@' + dom), LUIS,
                  'Confirmation of your exam appointment - AWS Certified Security - Specialty',
                  'bounce@email.' + dom, '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                  'mx.email.' + dom, dom, dom, policy='NONE'),
      [], text(t, charset='iso-8859-1', cte='qp'))

# 059 AWS Builder ID verification code, delivered to a self-hosted mailbox that adds no Authentication-Results
d = dt.datetime(2025, 5, 26, 18, 3, 12, tzinfo=tz(0))
tr = plain_trace('mail.raman.family', d, 'e226-55.smtp-out.us-east-1.amazonses.com', '54.240.55.226')
hh = [('DKIM-Signature', dkim('signin.aws', d, rand_lc(32))),
      ('Date', rfc(d)), ('From', '"AWS Builder ID" <no-reply@signin.aws>'), ('To', 'priya@raman.family'),
      ('Message-ID', '<%s@email.amazonses.com>' % ses_id(d)),
      ('Subject', 'Verify your AWS Builder ID email address')]
t = """Hello,

To finish creating your AWS Builder ID, enter the following verification code:

    718204

This code expires in 10 minutes. If you did not try to create an AWS Builder
ID, you can ignore this message.

Amazon Web Services
"""
write('builder-id-verification-code-no-auth-results',
      L('unrelated', None, [], None),
      tr, hh, text(t, cte='qp'), rcpt='priya@raman.family')

# 060 AWS Training and Certification newsletter
d = dt.datetime(2022, 4, 6, 15, 0, 3, tzinfo=tz(0))
h = """<html><body style="font-family:Arial,sans-serif;background:#fafafa">
<table width="600" align="center" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:18px;color:#ffffff;font-size:20px">AWS Training and Certification News &middot; April 2022</td></tr>
<tr><td style="padding:20px;font-size:14px;color:#232f3e">
<h3>All your learning in one place</h3>
<p>AWS Skill Builder now brings digital courses, learning plans and exam prep together under a single
sign-in. <a href="https://explore.skillbuilder.aws/">Explore Skill Builder</a></p>
<h3>New exam: AWS Certified Data Analytics - Specialty (DAS-C01) updates</h3>
<p>Read what changes in the exam guide and how to prepare.</p>
<h3>Save 50%% on your next exam</h3>
<p>Already certified? Find your benefit in the Benefits section of your certification account.</p>
<p style="font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification
news. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. %s</p>
</td></tr></table></body></html>""" % AWS_FOOT.replace('\n', ' ')
write('tc-newsletter-april-all-learning-in-one-place',
      L('unrelated', None, [], True),
      aws_gmail(MARTA, d, ('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'), MARTA,
                'AWS Training and Certification News - April 2022'),
      [], text(h, 'html', cte='qp'))

if __name__ == '__main__':
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(LABELS))
