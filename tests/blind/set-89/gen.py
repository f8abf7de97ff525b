#!/usr/bin/env python3
"""Generator for blind set 89: late stages of AWS Certification account merges.

Run:  python3 make_set.py      -> writes NNN-slug.eml + labels.json into this folder.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
from email import policy as _policy
import io

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8989)

UTC = _dt.timezone.utc
JST = _dt.timezone(_dt.timedelta(hours=9))
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))
EST = _dt.timezone(_dt.timedelta(hours=-5))
EDT = _dt.timezone(_dt.timedelta(hours=-4))
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))
BST = _dt.timezone(_dt.timedelta(hours=1))

MAILS = []          # list of dicts (registered by mail())

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(text)})


def T(y, mo, d, h=0, mi=0, s=0, tz=UTC):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit case id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), rng.randint(0, 99999))


def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode('ascii')


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fold_b64(s, first=60, width=72, indent='\t '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)


def ses_id(dt):
    ms = int(dt.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, ruuid())


def dkim(domain, selector, dt, hdrs, canon='relaxed/simple'):
    bh = rb64(32)
    b = rb64(256)
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (canon, selector, domain, int(dt.timestamp()), hdrs, bh, fold_b64(b)))


def fmt_date(dt):
    return format_datetime(dt)


def rfc_date_comment(dt):
    s = format_datetime(dt)
    return s


# ----------------------------------------------------------------------------
# MIME body helpers
# ----------------------------------------------------------------------------
PYCODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis',
           'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
           'cp932': 'cp932', 'euc-jp': 'euc-jp'}


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', declared=None,
         encode_as=None, extra_ct=''):
    """A text/* part whose bytes are `text` encoded with encode_as (default: charset)
    and labelled `declared` (default: charset)."""
    codec = encode_as or PYCODEC.get(charset.lower(), charset)
    data = text.encode(codec)
    p = Message()
    label = declared or charset
    p['Content-Type'] = 'text/%s; charset="%s"%s' % (subtype, label, extra_ct)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alternative(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    for p in parts:
        m.attach(p)
    del m['MIME-Version']
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary)
    for p in parts:
        m.attach(p)
    del m['MIME-Version']
    return m


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name='Subject').encode()


def addr(name, email_addr, charset='utf-8'):
    if name is None:
        return email_addr
    try:
        name.encode('ascii')
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((name, email_addr), charset=charset)


# ----------------------------------------------------------------------------
# Transport / authentication header builders (top-most header first)
# ----------------------------------------------------------------------------
SES_IPS = ['54.240.8.%d' % i for i in (21, 31, 36, 58, 77)] + ['54.240.9.%d' % i for i in (4, 40, 118)] \
    + ['54.240.48.%d' % i for i in (92, 121)]


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


class Sender:
    """Where the mail came from: envelope sender, connecting host/IP, DKIM domains."""

    def __init__(self, kind, from_domain, env_from, ip, helo, dkim_domains, selectors=None):
        self.kind = kind
        self.from_domain = from_domain
        self.env_from = env_from
        self.ip = ip
        self.helo = helo
        self.dkim_domains = dkim_domains
        self.selectors = selectors or {}


def ses_sender(dt, from_domain='amazon.com'):
    ip = rng.choice(SES_IPS)
    sid = ses_id(dt)
    s = Sender('ses', from_domain, sid + '@amazonses.com', ip, ses_host(ip),
               [from_domain, 'amazonses.com'],
               {from_domain: rhex(32), 'amazonses.com': 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'})
    s.msgid = '<%s@email.amazonses.com>' % sid
    return s


def credly_sender(dt, domain='credly.com'):
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    n = rng.randint(10, 99)
    s = Sender('sendgrid', domain, 'bounces+%d-%s-%%s@em.%s' % (rng.randint(1000000, 9999999), rhex(4), domain),
               ip, 'o%d.em.%s' % (n, domain), [domain, 'sendgrid.info'], {domain: 's1', 'sendgrid.info': 'smtpapi'})
    s.msgid = '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', '_').replace('+', '-').rstrip('='), rng.randint(1, 40))
    return s


def generic_sender(from_domain, env_from, ip, helo, dkim_domain=None, selector='default'):
    s = Sender('generic', from_domain, env_from, ip, helo,
               [dkim_domain] if dkim_domain else [], {dkim_domain: selector} if dkim_domain else {})
    s.msgid = None
    return s


def dkim_headers(sender, dt, signed='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    out = []
    for d in sender.dkim_domains:
        out.append(('DKIM-Signature', dkim(d, sender.selectors.get(d, 'default'), dt, signed)))
    return out


def gmail_trace(to, sender, dt, spf='pass', dkim_res=None, dmarc='pass', header_from=None,
                policy='QUARANTINE', extra_ar_after=None):
    """Headers as Gmail stores them (top-most first). dkim_res: list of (result, domain)."""
    hf = header_from or sender.from_domain
    if dkim_res is None:
        dkim_res = [('pass', d) for d in sender.dkim_domains]
    rdt = dt + _dt.timedelta(seconds=rng.randint(1, 4))
    rdt_p = rdt.astimezone(PDT if 3 <= rdt.month <= 10 else PST)
    tzname = 'PDT' if 3 <= rdt.month <= 10 else 'PST'
    smtp_id = rhex(4) + '.' + str(rng.randint(100, 999))
    hid = 'a' + rhex(8) + rhex(8)
    h = []
    h.append(('Delivered-To', to))
    h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s (%s)'
              % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rhex(4) + 'csp' + str(rng.randint(100000, 999999)),
                 format_datetime(rdt_p), tzname)))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:80]))
    h.append(('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s (%s)'
              % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(12), rhex(12), rng.randint(1, 900), rng.randint(100000000000, 999999999999) % 10**13,
                 format_datetime(rdt_p), tzname)))
    ar_lines = []
    for res, d in dkim_res:
        ar_lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sender.selectors.get(d, 'default'), rb64(6)[:8]))
    if spf == 'pass':
        ar_lines.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                        % (sender.env_from, sender.ip, sender.env_from))
    elif spf == 'softfail':
        ar_lines.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                        % (sender.env_from, sender.ip, sender.env_from))
    elif spf == 'fail':
        ar_lines.append('spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                        % (sender.env_from, sender.ip, sender.env_from))
    else:
        ar_lines.append('spf=%s smtp.mailfrom=%s' % (spf, sender.env_from))
    if dmarc == 'pass':
        ar_lines.append('dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (policy, policy, hf))
    elif dmarc == 'fail':
        ar_lines.append('dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (policy, policy, policy if policy != 'NONE' else 'NONE', hf))
    else:
        ar_lines.append('dmarc=%s header.from=%s' % (dmarc, hf))
    ar = 'mx.google.com;\n       ' + ';\n       '.join(ar_lines)
    h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
              % (int(rdt.timestamp()), fold_b64(rb64(200), 60, 70, '        '))))
    h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
              % (rb64(32), rb64(32), fold_b64(rb64(200), 60, 70, '        '))))
    h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
    h.append(('Return-Path', '<%s>' % sender.env_from))
    h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (%s)'
              % (sender.helo, sender.helo, sender.ip, rhex(12), rhex(12), rng.randint(1, 900), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9), to,
                 format_datetime(rdt_p), tzname)))
    if spf == 'pass':
        h.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                  % (sender.env_from, sender.ip, sender.ip)))
    else:
        h.append(('Received-SPF', '%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;'
                  % (spf, sender.env_from, sender.ip, sender.ip)))
    h.append(('Authentication-Results', ar))
    if extra_ar_after:
        h.extend(extra_ar_after)
    return h


def o365_trace(to, sender, dt, spf='pass', dkim_res='pass', dmarc='pass', action='none', compauth='pass',
               reason='100', header_from=None, tenant_host='protection.outlook.com', consumer=False):
    """Outlook.com / Exchange Online style (AR without authserv-id)."""
    hf = header_from or sender.from_domain
    dkd = sender.dkim_domains[0] if sender.dkim_domains else hf
    rdt = (dt + _dt.timedelta(seconds=rng.randint(1, 5))).astimezone(UTC)
    fe = '%s%s.mail.protection.outlook.com' % (rng.choice(['AM4PEPF', 'DS2PEPF', 'SN1PEPF', 'CH1PEPF', 'BN2PEPF']), '0000' + rhex(4).upper())
    pod = rng.choice(['BY5PR', 'CY8PR', 'DM6PR', 'PH7PR', 'SJ0PR', 'MW4PR']) + '%02d' % rng.randint(1, 19) + 'MB' + str(rng.randint(1000, 9999))
    region = 'namprd%02d.prod.outlook.com' % rng.randint(1, 22)
    if consumer:
        pod = rng.choice(['DB9P', 'AS8P', 'PAXP', 'VI1P']) + '%03d' % rng.randint(100, 260) + 'MB' + str(rng.randint(1000, 9999))
        region = 'EURP%03d.PROD.OUTLOOK.COM' % rng.randint(190, 195)
    ver = '15.20.%d.%d' % (rng.randint(8500, 9400), rng.randint(10, 40))
    h = []
    h.append(('Received', 'from %s.%s (%s) by\n %s.%s with HTTPS; %s'
              % (pod, region, '::1', pod, region, format_datetime(rdt + _dt.timedelta(seconds=1)))))
    h.append(('Received', 'from %s (2603:10b6:%s::%s) by\n %s.%s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
              % (fe.split('.')[0] + '.' + region, rhex(3), rhex(2), pod, region, rhex(3), rhex(2), ver, format_datetime(rdt))))
    if spf == 'pass':
        spf_s = 'spf=pass (sender IP is %s)\n smtp.mailfrom=%s' % (sender.ip, sender.env_from.split('@')[-1])
    else:
        spf_s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (spf, sender.ip, sender.env_from.split('@')[-1])
    if dkim_res == 'pass':
        dk = 'dkim=pass (signature was verified)\n header.d=%s' % dkd
    elif dkim_res == 'none':
        dk = 'dkim=none (message not signed)\n header.d=none'
    else:
        dk = 'dkim=fail (body hash did not verify)\n header.d=%s' % dkd
    ar = '%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (spf_s, dk, dmarc, action, hf, compauth, reason)
    h.append(('Authentication-Results', ar))
    if spf == 'pass':
        h.append(('Received-SPF', 'Pass (%s: domain of %s designates\n %s as permitted sender) receiver=%s;\n client-ip=%s; helo=%s; pr=C'
                  % (tenant_host, sender.env_from.split('@')[-1], sender.ip, tenant_host, sender.ip, sender.helo)))
    else:
        h.append(('Received-SPF', '%s (%s: domain of %s does not\n designate %s as permitted sender) receiver=%s;\n client-ip=%s; helo=%s;'
                  % (spf.capitalize(), tenant_host, sender.env_from.split('@')[-1], sender.ip, tenant_host, sender.ip, sender.helo)))
    h.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s'
              % (sender.helo, sender.ip, fe, '10.167.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), ver, format_datetime(rdt - _dt.timedelta(seconds=1)))))
    h.append(('Return-Path', sender.env_from))
    return h


def jp_trace(to, sender, dt, mx, authserv, spf='pass', dkim_res='pass', dmarc='pass', header_from=None,
             tz=JST, style='nifty'):
    """Japanese ISP style."""
    hf = header_from or sender.from_domain
    dkd = sender.dkim_domains[0] if sender.dkim_domains else hf
    rdt = (dt + _dt.timedelta(seconds=rng.randint(1, 6))).astimezone(tz)
    qid = rhex(8).upper() + rhex(4).upper()
    h = []
    h.append(('Return-Path', '<%s>' % sender.env_from))
    h.append(('Delivered-To', to))
    h.append(('Received', 'from %s ([127.0.0.1])\n\tby %s with ESMTP id <%s@%s>\n\tfor <%s>; %s'
              % (mx, mx.replace('mx', 'mbox', 1) if mx.startswith('mx') else 'mbox.' + mx, qid.lower(), mx, to, format_datetime(rdt))))
    parts = []
    if style == 'yahoo':
        parts.append('spf=%s smtp.mailfrom=%s' % (spf, sender.env_from.split('@')[-1]))
        parts.append('dkim=%s header.d=%s' % (dkim_res, dkd))
        parts.append('dmarc=%s header.from=%s' % (dmarc, hf))
        ar = '%s;\n\t%s' % (authserv, ';\n\t'.join(parts))
    else:
        parts.append('spf=%s smtp.mailfrom=%s' % (spf, sender.env_from))
        parts.append('dkim=%s header.i=@%s' % (dkim_res, dkd))
        parts.append('dmarc=%s (p=%s) header.from=%s' % (dmarc, 'quarantine' if hf.endswith('amazon.com') else 'none', hf))
        ar = '%s; %s' % (authserv, ';\n\t'.join(parts))
    h.append(('Authentication-Results', ar))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
              % (sender.helo, sender.helo, sender.ip, mx, qid, to, format_datetime(rdt - _dt.timedelta(seconds=1)))))
    return h


def corp_trace_noar(to, sender, dt, gw='mgw01.tokai-denshi.co.jp', tz=JST):
    """Corporate on-prem gateway: only Received lines, no Authentication-Results."""
    rdt = (dt + _dt.timedelta(seconds=rng.randint(2, 20))).astimezone(tz)
    h = []
    h.append(('Return-Path', '<%s>' % sender.env_from))
    h.append(('Received', 'from mbx02.%s (10.20.3.12) by mbx01.%s (10.20.3.11)\n with Microsoft SMTP Server id 15.1.2507.39; %s'
              % (gw.split('.', 1)[1], gw.split('.', 1)[1], format_datetime(rdt))))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s'
              % (sender.helo, sender.helo, sender.ip, gw, rhex(6).upper() + rhex(8), to, format_datetime(rdt - _dt.timedelta(seconds=2)))))
    return h


# ----------------------------------------------------------------------------
# Message assembly
# ----------------------------------------------------------------------------

def mail(slug, kind, lang, case_id, ids, verified, *, frm, to, subject, date, body, trace,
         msgid, new_text, subject_charset='utf-8', cc=None, reply_to=None, in_reply_to=None,
         references=None, extra=None, crlf=False, x_mailer=None):
    """Register one mail. `trace` = header list (top-most first, incl. DKIM-Signature).
    `new_text` = the non-quoted text (used to verify the account-id label)."""
    got = ids_in(new_text)
    assert got == sorted(ids), (slug, got, ids)
    h = list(trace)
    h.append(('Subject', enc_subject(subject, subject_charset)))
    h.append(('From', frm))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    h.append(('Date', fmt_date(date)))
    h.append(('Message-ID', msgid))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if references:
        h.append(('References', references))
    if x_mailer:
        h.append(('X-Mailer', x_mailer))
    h.append(('MIME-Version', '1.0'))
    for k, v in (extra or []):
        h.append((k, v))
    body._headers = [(k, v) for k, v in h] + body._headers
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, case_id=case_id, ids=sorted(ids),
                      verified=verified, msg=body, crlf=crlf))


def serialise(msg, crlf=False):
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=_policy.compat32)
    g.flatten(msg)
    data = buf.getvalue()
    data = data.replace(b'\r\n', b'\n')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'
SES_HDRS = ('X-SES-Outgoing', None)


def ses_extra(dt, s=None):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:43]),
            ('X-SES-Outgoing', dt.astimezone(UTC).strftime('%Y.%m.%d-') + (s.ip if s else rng.choice(SES_IPS)))]


# ----------------------------------------------------------------------------
# Quoting helpers
# ----------------------------------------------------------------------------

def qmark(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))


def outlook_block(frm, sent, to, subject, text, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n\n%s' % (subject, text)
    return s


def gmail_hdr_en(dt, name, email_addr):
    # "On Tue, May 27, 2025 at 10:02 AM Name <addr> wrote:"
    h = dt.strftime('%I').lstrip('0')
    return 'On %s, %s %d, %d at %s:%s %s %s <%s> wrote:' % (
        dt.strftime('%a'), dt.strftime('%b'), dt.day, dt.year, h, dt.strftime('%M'), dt.strftime('%p'), name, email_addr)


WD_JA = '月火水木金土日'


def gmail_hdr_ja(dt, name, email_addr):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()], dt.hour, dt.minute, name, email_addr)


# ----------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------

def build():
    order = list(range(len(MAILS)))
    rng2 = random.Random(89)
    rng2.shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = '%03d-%s.eml' % (n, m['slug'])
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(serialise(m['msg'], m['crlf']))
        labels[name] = {'kind': m['kind'], 'case_id': m['case_id'], 'account_ids': m['ids'],
                        'sender_verified': m['verified'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote', len(labels))



# ============================================================================
# Case A - Emily Carter, outlook.com, English, form desk
# ============================================================================
EM = 'emily.carter@outlook.com'
EM_TO = addr('Emily Carter', EM)
A_OPEN = T(2025, 5, 26, 14, 37, 12)
CASE_A = case15(A_OPEN)

# 1: automatic acknowledgement (case_created)
d = A_OPEN + _dt.timedelta(seconds=4)
s = ses_sender(d)
txt = """Hello,

Thanks for reaching out to AWS Training and Certification.

This message is to let you know that your request has been logged with our
team under the reference number below. Someone from Customer Support will get
back to you, normally within one business day.

  Reference number:   %s
  Inquiry type:       Certification
  Inquiry detail:     Account Merge
  AWS candidate ID:   aws40318827

To help us help you faster, please don't submit the form again for this same
request - if you have anything to add, just reply to this e-mail and keep the
reference number in the subject line.

Kind regards,
AWS Training and Certification Customer Support

This e-mail was sent by Amazon Web Services, Inc., 410 Terry Avenue North,
Seattle, WA 98109-5210. Amazon Web Services, Inc. is a subsidiary of
Amazon.com, Inc.
""" % CASE_A
body = part(txt, cte='quoted-printable')
mail('form-ack-carter', 'case_created', 'en', CASE_A, ['AWS40318827'], True,
     frm=AWS_FORM, to=EM, subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A,
     date=d, body=body, msgid=s.msgid, new_text=txt,
     trace=o365_trace(EM, s, d, consumer=True) + dkim_headers(s, d), extra=ses_extra(d, s), crlf=True)

# Thread texts used in quotes
A_REQ_DT = T(2025, 5, 27, 10, 2, 40)
A_REQ = """Hi Emily,

Thanks for your patience. I found two certification profiles under your name:

- AWS40318827, signed in with emily.carter@outlook.com (Cloud Practitioner,
  Solutions Architect - Associate)
- AWS40318921, signed in with e.carter@northwind-lab.com (Developer -
  Associate, SysOps Administrator - Associate)

We would keep AWS40318827 and bring everything from AWS40318921 into it.
Please note this can't be undone. Reply to confirm and we'll get started.

Regards,
Priya S.
AWS Training and Certification"""
A_CONF_DT = T(2025, 5, 27, 22, 15, 3, BST)
A_CONF = """Hi Priya,

Yes, those details are correct. Please go ahead and merge AWS40318921 into
AWS40318827.

Thanks,
Emily"""

# 38: thank you for confirming, we will now proceed (support_reply)
d = T(2025, 5, 28, 9, 12, 55)
s = ses_sender(d)
new = """Hi Emily,

Thank you for confirming.

I've handed your request to our certification operations team, and they will
now go ahead with combining AWS 40318921 into AWS 40318827. This normally takes
one to three business days. I'll write to you again here as soon as it's
finished.

Until then, please don't book any new exams with the northwind-lab.com sign-in.

Regards,
Priya S.
AWS Training and Certification"""
quoted = outlook_block('Emily Carter <%s>' % EM, 'Tuesday, May 27, 2025 10:15 PM',
                       '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
                       FORM_SUBJ % CASE_A, A_CONF + '\n\n' +
                       outlook_block('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
                                     'Tuesday, May 27, 2025 11:02 AM', 'Emily Carter <%s>' % EM,
                                     FORM_SUBJ % CASE_A, A_REQ))
txt = new + '\n\n' + quoted + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-carter-0528', 'support_reply', 'en', CASE_A, ['AWS40318827', 'AWS40318921'], True,
     frm=AWS_FORM, to=EM, subject=FORM_SUBJ % CASE_A, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=o365_trace(EM, s, d, consumer=True) + dkim_headers(s, d), extra=ses_extra(d, s))

# 10: completed - what you will see / what no longer works (merge_completed)
d = T(2025, 5, 29, 17, 45, 21)
s = ses_sender(d)
new = """Hi Emily,

I've finished the work on your request, so here is how things stand from now on:

* Sign in to your AWS Certification Account with emily.carter@outlook.com.
  That profile (AWS40318827) now holds all four of your certifications and
  your complete exam history.
* The e.carter@northwind-lab.com sign-in won't work any more - that profile
  no longer exists as a separate record.
* Exam appointments you have already scheduled are not affected.

There's nothing else you need to do. Thanks for bearing with us while we
sorted this out.

Regards,
Priya S.
AWS Training and Certification"""
quoted = '-----Original Message-----\nFrom: %s\nSent: 27/05/2025 22:15\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: RE: %s\n\n%s' % (
    EM, FORM_SUBJ % CASE_A, A_CONF)
txt = new + '\n\n\n' + quoted + '\n'
body = part(txt, cte='base64')
mail('re-case-carter-0529', 'merge_completed', 'en', CASE_A, ['AWS40318827'], True,
     frm=AWS_FORM, to=EM, subject=FORM_SUBJ % CASE_A, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=o365_trace(EM, s, d, consumer=True) + dkim_headers(s, d), extra=ses_extra(d, s))

# 7: phishing look-alike asking to confirm (merge_confirmation_requested, not verified)
d = T(2025, 5, 27, 6, 30, 8)
ph_dom = 'aws-certification-services.com'
s = generic_sender(ph_dom, 'bounce@mail.' + ph_dom, '185.234.72.19', 'mail.' + ph_dom, ph_dom, 'k1')
fake_case = '174827155904318'
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:16px"><img src="https://%s/assets/aws-logo.png" alt="AWS Training and Certification" height="28"></td></tr>
<tr><td style="padding:24px">
<p>Dear Candidate,</p>
<p>Regarding your request (Case %s), our records show two certification accounts registered under your name:</p>
<ul><li><b>AWS40318827</b> &ndash; primary</li><li><b>AWS40318921</b> &ndash; to be consolidated</li></ul>
<p>Before we combine them we need you to confirm the details and verify your identity. Once combined the accounts <b>cannot be separated again</b>.</p>
<p><b>Please confirm within 24 hours.</b> If we do not receive your confirmation, both profiles will be temporarily suspended for security reasons.</p>
<p style="text-align:center;margin:28px 0"><a href="https://%s/verify?c=%s&amp;u=ZW1pbHkuY2FydGVy" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none;border-radius:4px">Confirm and continue</a></p>
<p>Thank you,<br>AWS Certification Support Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</td></tr>
</table></body></html>
""" % (ph_dom, fake_case, ph_dom, fake_case)
body = part(html, 'html', cte='quoted-printable')
mail('cert-support-notice', 'merge_confirmation_requested', 'en', fake_case, ['AWS40318827', 'AWS40318921'], False,
     frm='"AWS Certification Support" <support@%s>' % ph_dom, to=EM,
     subject='Action required: confirm your AWS Certification account consolidation (Case %s)' % fake_case,
     date=d, body=body, msgid='<%s.%s@mail.%s>' % (rhex(16), rhex(8), ph_dom), new_text=html,
     trace=o365_trace(EM, s, d, consumer=True, dmarc='pass', compauth='pass', reason='100') + dkim_headers(s, d),
     x_mailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')

# 32: Credly - badges transferred after the merge (credly_badge_issued)
d = T(2025, 6, 2, 13, 3, 47)
s = credly_sender(d)
s.env_from = s.env_from % 'emily.carter=outlook.com'
txt = """Hi Emily,

At the request of Amazon Web Services Training and Certification, the
following badges that were issued to e.carter@northwind-lab.com have been
transferred to this email address:

  - AWS Certified Developer - Associate
  - AWS Certified SysOps Administrator - Associate

They are now waiting in your Credly wallet alongside your other badges.
Review and accept them to make them visible on your profile:

  https://www.credly.com/earner/earned?utm_source=transfer_email

Why am I receiving this? The issuing organization updated the recipient of
these badges. If you don't recognize this activity, contact support@credly.com.

Credly, Inc. | 25 W 36th St, New York, NY 10018
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
html = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table role="presentation" width="100%%" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2f2f2f">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/email/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:22px">Your badges have a new home</h1>
<p>Hi Emily,</p>
<p>At the request of <strong>Amazon Web Services Training and Certification</strong>, 2 badges that were issued to e.carter@northwind-lab.com have been transferred to this email address:</p>
<p><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="72" alt="AWS Certified Developer - Associate"> &nbsp;
<img src="https://images.credly.com/size/110x110/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png" width="72" alt="AWS Certified SysOps Administrator - Associate"></p>
<p>Review and accept them to make them visible on your profile.</p>
<p><a href="https://www.credly.com/earner/earned?utm_source=transfer_email" style="background:#0a66c2;color:#fff;padding:12px 22px;border-radius:22px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#777">Why am I receiving this? The issuing organization updated the recipient of these badges. If you don't recognize this activity, contact support@credly.com.</p>
</td></tr></table></td></tr></table></body></html>
"""
body = alternative(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
mail('credly-carter-0602', 'credly_badge_issued', 'en', None, [], True,
     frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=EM,
     reply_to='support@credly.com',
     subject='Your badges from Amazon Web Services Training and Certification have been moved', date=d, body=body,
     msgid=s.msgid, new_text=txt + html,
     trace=o365_trace(EM, s, d, consumer=True) + dkim_headers(s, d))

# 52: Credly's own account merge verification code (unrelated)
d = T(2025, 6, 1, 20, 11, 30)
s = credly_sender(d)
s.env_from = s.env_from % 'emily.carter=outlook.com'
code = '%06d' % rng.randint(0, 999999)
txt = """Hi Emily Carter,

We received a request to merge another Credly account into the account that
uses this email address.

Your verification code is:

    %s

Enter this code on the merge screen, or use the link below, to finish
combining the accounts. The code expires in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/merge/confirm?token=%s

If you didn't request this, you can ignore this email - nothing will change.

The Credly Team
""" % (code, rhex(40))
body = part(txt, cte='7bit', charset='us-ascii')
mail('credly-code', 'unrelated', 'en', None, [], True,
     frm='"Credly" <admin@credly.com>', to=EM, subject='Your Credly account merge verification code', date=d,
     body=body, msgid=s.msgid, new_text=txt,
     trace=o365_trace(EM, s, d, consumer=True) + dkim_headers(s, d))


def gmail_user_sender(addr_, dt):
    s = generic_sender('gmail.com', addr_, '209.85.%d.%d' % (rng.randint(128, 222), rng.randint(1, 250)),
                       'mail-%s-f%d.google.com' % (rng.choice(['sor', 'ed1', 'pl1', 'yw1', 'lj1']), rng.randint(41, 199)),
                       'gmail.com', '20230601')
    s.msgid = '<CA%s%s@mail.gmail.com>' % (rng.choice(['+', 'L', 'J', 'K']), rb64(54).replace('/', '_').replace('=', '')[:60])
    return s


def console_footer_en(cid):
    return ("We value your feedback. Please share your experience by rating this and other correspondences in the "
            "AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of "
            "the correspondence.\n\nBest regards,\nAmazon Web Services\n\n"
            "=========================================================\n\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates." % cid)


def console_footer_ja(cid):
    return ("お客様からのフィードバックをお待ちしております。AWS サポートセンターで、このやり取りを評価してください。"
            "評価は、やり取りの右上にある星を選択して行えます。\n\n"
            "=========================================================\n\n"
            "このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja\n\n"
            "(フェデレーションで接続している場合は、リンクを開く前にサインインしてください。)\n\n"
            "※このメールは送信専用アドレスから送信されています。本メールへの返信はお受けできませんので、"
            "同じ件でご連絡いただく場合は上記リンクをご利用ください。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。" % cid)


# ============================================================================
# Case B - 渡辺 健二, gmail, Japanese, console case
# ============================================================================
KW = 'kenji.watanabe.dev@gmail.com'
B_OPEN = T(2025, 9, 8, 0, 52, 41)
CASE_B = case15(B_OPEN)
B_SUBJ = 'AWS認定アカウントの統合について'

# 2: console case opened (case_created)
d = B_OPEN + _dt.timedelta(seconds=6)
s = ses_sender(d)
txt = """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
内容:
AWS認定のアカウントが2つあることに気づきました（AWS 10592284 と AWS 27731950）。
前の会社のメールアドレスで作ったものと、個人のメールアドレスで作ったものです。
個人の方（AWS10592284）に一本化していただけますでしょうか。

担当者から連絡があるまでお待ちください。ケースの状況はサポートセンターで確認できます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

※このメールアドレスは送信専用です。ご返信いただいてもお受けできません。

よろしくお願いいたします。
Amazon Web Services
""" % (CASE_B, CASE_B, B_SUBJ, CASE_B)
body = part(txt, cte='base64')
mail('console-open-watanabe', 'case_created', 'ja', CASE_B, ['AWS10592284', 'AWS27731950'], True,
     frm=AWS_CONSOLE, to=KW, subject='Amazon Web Services: 新しいサポートケースがオープンされました: %s' % CASE_B,
     date=d, body=body, msgid=s.msgid, new_text=txt,
     trace=gmail_trace(KW, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 49: thanks for confirming, we now proceed (support_reply)
d = T(2025, 9, 9, 5, 30, 12)
s = ses_sender(d)
new = """渡辺 様

AWS サポートの鈴木です。
内容をご確認いただき、ありがとうございます。

ご承認いただいた内容に沿って、これより AWS27731950 を AWS10592284 へまとめる作業に着手いたします。作業には通常1～3営業日ほどかかります。作業が終わりましたら、本ケースにてあらためてご連絡いたします。

作業期間中は、どちらのアカウントでも新しい試験の予約をお控えいただきますようお願いいたします。

よろしくお願いいたします。

鈴木
Amazon Web Services"""
txt = new + '\n\n' + console_footer_ja(CASE_B) + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-watanabe-0909', 'support_reply', 'ja', CASE_B, ['AWS10592284', 'AWS27731950'], True,
     frm=AWS_CONSOLE, to=KW, subject='RE:[CASE %s] %s' % (CASE_B, B_SUBJ), date=d, body=body, msgid=s.msgid,
     new_text=new, trace=gmail_trace(KW, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 15: completed (merge_completed), base64
d = T(2025, 9, 10, 2, 20, 37)
s = ses_sender(d)
B_DONE = """渡辺 様

お待たせいたしました。AWS サポートの鈴木です。

AWS10592284 と AWS27731950 の統合が完了いたしました。
今後は AWS10592284（個人のメールアドレスでサインインするアカウント）をご利用ください。前の会社のメールアドレスで作成されたアカウントにあった認定資格と受験履歴は、すべてこちらに反映されております。

Credly のデジタルバッジは、数日以内に AWS10592284 のメールアドレス宛てに再発行される予定です。1週間ほど経っても届かない場合は、このケースにてお知らせください。

よろしくお願いいたします。

鈴木
Amazon Web Services"""
txt = B_DONE + '\n\n' + console_footer_ja(CASE_B) + '\n'
body = part(txt, cte='base64')
mail('re-case-watanabe-0910', 'merge_completed', 'ja', CASE_B, ['AWS10592284', 'AWS27731950'], True,
     frm=AWS_CONSOLE, to=KW, subject='RE:[CASE %s] %s' % (CASE_B, B_SUBJ), date=d, body=body, msgid=s.msgid,
     new_text=B_DONE, trace=gmail_trace(KW, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 26: survey that says アンケート, no merge statement (survey)
d = T(2025, 9, 10, 3, 5, 2)
s = ses_sender(d)
sv = 'SV_%s' % rb64(12).replace('/', 'x').replace('+', 'y').replace('=', '')[:15]
txt = """お客様

このたびは AWS サポートをご利用いただき、誠にありがとうございました。
お問い合わせいただいたケース %s「%s」は解決済みとなりました。

今後のサービス向上のため、サポートに関する簡単なアンケートにご協力ください。所要時間は1分ほどです。

アンケートに回答する:
https://amazonwebservices.qualtrics.com/jfe/form/%s?CaseId=%s&Lang=ja

ご回答いただいた内容は、サポート品質の改善以外の目的には使用いたしません。

※本メールは送信専用アドレスからお送りしています。
Amazon Web Services
""" % (CASE_B, B_SUBJ, sv, CASE_B)
html = """<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>このたびは AWS サポートをご利用いただき、誠にありがとうございました。<br>
お問い合わせいただいたケース %s「%s」は解決済みとなりました。</p>
<p>今後のサービス向上のため、サポートに関する簡単なアンケートにご協力ください。所要時間は1分ほどです。</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/%s?CaseId=%s&amp;Lang=ja" style="display:inline-block;background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px;color:#666">ご回答いただいた内容は、サポート品質の改善以外の目的には使用いたしません。<br>※本メールは送信専用アドレスからお送りしています。</p>
<p>Amazon Web Services</p>
</body></html>
""" % (CASE_B, B_SUBJ, sv, CASE_B)
body = alternative(part(txt, cte='base64'), part(html, 'html', cte='base64'))
mail('aws-support-watanabe-0910', 'survey', 'ja', CASE_B, [], True,
     frm='"AWS Support" <no-reply-aws@amazon.com>', to=KW,
     subject='AWS サポートに関するアンケートのお願い（ケース ID: %s）' % CASE_B, date=d, body=body, msgid=s.msgid,
     new_text=txt, trace=gmail_trace(KW, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 53: user forwards the completion mail to his work address (unrelated)
d = T(2025, 9, 10, 12, 5, 44, JST)
s = gmail_user_sender(KW, d)
WORK = 'kenji.watanabe@techno-sys.co.jp'
fwd_hdr = ('---------- Forwarded message ---------\n'
           '送信者: Amazon Web Services <no-reply-aws@amazon.com>\n'
           'Date: 2025年9月10日(水) 11:20\n'
           'Subject: RE:[CASE %s] %s\n'
           'To: <%s>\n' % (CASE_B, B_SUBJ, KW))
new = """会社のアドレスにも控えを送っておきます。
AWS認定のアカウント統合、完了の連絡が来ました。今後は AWS10592284 の方で管理します。
（社内の資格登録の番号もこちらに更新予定）"""
txt = new + '\n\n' + fwd_hdr + '\n\n' + B_DONE + '\n\n' + console_footer_ja(CASE_B) + '\n'
html = ('<div dir="ltr">' + new.replace('\n', '<br>') + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + fwd_hdr.replace('\n', '<br>').replace('<no-reply-aws@amazon.com>', '&lt;<a href="mailto:no-reply-aws@amazon.com">no-reply-aws@amazon.com</a>&gt;').replace('<%s>' % KW, '&lt;<a href="mailto:%s">%s</a>&gt;' % (KW, KW))
        + '</div><br><br>' + (B_DONE + '\n\n' + console_footer_ja(CASE_B)).replace('\n', '<br>') + '</div></div>\n')
body = alternative(part(txt, cte='base64'), part(html, 'html', cte='quoted-printable'),
                   boundary='000000000000' + rhex(16))
mail('fwd-watanabe', 'unrelated', 'ja', CASE_B, ['AWS10592284'], False,
     frm=addr('渡辺 健二', KW), to=WORK, subject='Fwd: RE:[CASE %s] %s' % (CASE_B, B_SUBJ), date=d, body=body,
     msgid=s.msgid, new_text=new,
     trace=o365_trace(WORK, s, d) + dkim_headers(s, d, 'mime-version:references:in-reply-to:from:date:message-id:subject:to'))

# 31: Credly badge issued after the merge (credly_badge_issued)
d = T(2025, 9, 12, 7, 41, 9)
s = credly_sender(d)
s.env_from = s.env_from % 'kenji.watanabe.dev=gmail.com'
badge_url = 'https://www.credly.com/badges/%s' % ruuid()
txt = """Kenji, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge: %s/accept

Once you accept it, you can share it on LinkedIn, add it to your email
signature or download a PDF certificate.
""" % badge_url
html = """<html><body style="background:#eef0f2;margin:0">
<div style="max-width:560px;margin:0 auto;background:#fff;font-family:Helvetica,Arial,sans-serif;color:#323232;padding:28px">
<img src="https://images.credly.com/email/credly-logo.png" width="90" alt="Credly">
<h2 style="margin-top:24px">Congratulations, Kenji!</h2>
<p><strong>Amazon Web Services Training and Certification</strong> has issued you a new badge.</p>
<table><tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt=""></td>
<td style="padding-left:16px"><strong>AWS Certified Solutions Architect &ndash; Associate</strong><br>
<span style="color:#777">Issued September 12, 2025 &middot; Expires September 12, 2028</span></td></tr></table>
<p>Badges earned before your certification accounts were combined may also appear in your wallet over the next few days.</p>
<p><a href="%s/accept" style="background:#0a66c2;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none;display:inline-block">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Share it on LinkedIn, add it to your email signature, or download a certificate. Questions? Visit support.credly.com.</p>
</div></body></html>
""" % badge_url
body = alternative(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable'))
mail('credly-watanabe-0912', 'credly_badge_issued', 'en', None, [], True,
     frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=KW,
     reply_to='support@credly.com',
     subject='Amazon Web Services Training and Certification issued you a new badge', date=d, body=body,
     msgid=s.msgid, new_text=txt + html, trace=gmail_trace(KW, s, d, policy='REJECT') + dkim_headers(s, d))


# ============================================================================
# Case C - Daniel Osei, Exchange Online tenant, English, form desk
# ============================================================================
DO = 'd.osei@contoso-analytics.com'
C_OPEN = T(2025, 11, 3, 16, 20, 5)
CASE_C = case15(C_OPEN)

# 5: confirmation request (merge_confirmation_requested)
C_REQ_DT = T(2025, 11, 4, 18, 2, 33)
d = C_REQ_DT
s = ses_sender(d)
C_REQ = """Hi Daniel,

Thanks for your patience. I located two certification profiles that belong to you:

  1. aws-58201937 - sign-in d.osei@contoso-analytics.com
     AWS Certified Solutions Architect - Associate (2023)
     AWS Certified Developer - Associate (2024)
  2. aws-90417726 - sign-in daniel.osei.gh@gmail.com
     AWS Certified Cloud Practitioner (2021)

As you asked, we'd keep #1 (aws-58201937) as your primary profile and fold #2
into it. Everything attached to #2 - exam history, certifications and any
benefits - would move across, and #2 would then be shut down.

Please be aware that this can't be reversed once we run it. Before we go
ahead, could you reply to this message and confirm that the above is correct?

Best regards,
Marcus
AWS Training and Certification"""
body = part(C_REQ + '\n', cte='quoted-printable')
mail('re-case-osei-1104', 'merge_confirmation_requested', 'en', CASE_C, ['AWS58201937', 'AWS90417726'], True,
     frm=AWS_FORM, to=DO, subject=FORM_SUBJ % CASE_C, date=d, body=body, msgid=s.msgid, new_text=C_REQ,
     trace=o365_trace(DO, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

C_CONF = """Hi Marcus,

Yes, that's correct - please go ahead. The gmail one can go.

Thanks,
Daniel

Daniel Osei | Senior Data Engineer
Contoso Analytics"""

# 41: a step done but not the whole (support_reply)
d = T(2025, 11, 6, 15, 40, 2)
s = ses_sender(d)
new = """Hi Daniel,

A quick update on where things are. The first part is finished: the exam
history from aws-90417726 (score reports and past appointments) is now
visible under aws-58201937.

The certifications themselves are moved in a separate step by our back-office
team, and that part is still in progress. I expect it to wrap up within one or
two business days, and I'll confirm here once it has. Until then you may see
your Cloud Practitioner listed on both profiles - that's expected.

Best regards,
Marcus
AWS Training and Certification"""
body = part(new + '\n', cte='quoted-printable')
mail('re-case-osei-1106', 'support_reply', 'en', CASE_C, ['AWS58201937', 'AWS90417726'], True,
     frm=AWS_FORM, to=DO, subject=FORM_SUBJ % CASE_C, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=o365_trace(DO, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 12: completed, with the confirmation request quoted below (merge_completed)
d = T(2025, 11, 7, 21, 15, 48)
s = ses_sender(d)
new = """Hi Daniel,

Following your go-ahead, the remaining records that sat under your Gmail
sign-in have now been transferred as well. aws-58201937 is your one and only
certification profile, with all three certifications on it; the other profile
has been deactivated.

If you use the AWS Certification benefits portal, please sign out and back in
so it picks up the change.

Best regards,
Marcus
AWS Training and Certification"""
quoted = outlook_block('Daniel Osei <%s>' % DO, 'Wednesday, November 5, 2025 9:14 AM',
                       'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                       'RE: ' + FORM_SUBJ % CASE_C,
                       C_CONF + '\n\n' + outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                                       'Tuesday, November 4, 2025 1:02 PM', 'Daniel Osei <%s>' % DO,
                                                       FORM_SUBJ % CASE_C, C_REQ))
txt = new + '\n\n' + quoted + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-osei-1107', 'merge_completed', 'en', CASE_C, ['AWS58201937'], True,
     frm=AWS_FORM, to=DO, subject=FORM_SUBJ % CASE_C, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=o365_trace(DO, s, d) + dkim_headers(s, d), extra=ses_extra(d, s), crlf=True)

# 36: Credly (older youracclaim.com sender) badge issued after the merge (credly_badge_issued)
d = T(2025, 11, 10, 14, 2, 11)
s = credly_sender(d, 'youracclaim.com')
s.env_from = s.env_from % 'd.osei=contoso-analytics.com'
txt = """Daniel, you've been awarded a badge from Amazon Web Services Training and Certification.

AWS Certified Cloud Practitioner

This badge was re-issued to d.osei@contoso-analytics.com following an update
to your certification record. Claim it to add it to your profile:

https://www.youracclaim.com/badges/%s/accept

Questions about this badge? Contact the issuer at
https://aws.amazon.com/certification/contact-us/

--
Credly | https://www.credly.com
""" % ruuid()
body = part(txt, cte='7bit', charset='us-ascii')
mail('acclaim-osei', 'credly_badge_issued', 'en', None, [], True,
     frm='"Amazon Web Services Training and Certification via Credly" <admin@youracclaim.com>', to=DO,
     subject="Daniel, you've been awarded a badge: AWS Certified Cloud Practitioner", date=d, body=body,
     msgid=s.msgid, new_text=txt, trace=o365_trace(DO, s, d) + dkim_headers(s, d))

# 56: another AWS support case (billing) resolved, with rating footer (unrelated)
C2_OPEN = T(2025, 12, 1, 13, 44, 20)
CASE_C2 = case15(C2_OPEN)
d = T(2025, 12, 2, 17, 26, 3)
s = ses_sender(d)
new = """Hello Daniel,

Thank you for your patience while I looked into the charges on your November
invoice.

After you moved the member account 4419-2087-3310 into your new organization,
the Savings Plan purchased in the old management account no longer applied to
it under consolidated billing for the last eleven days of the month. As a
one-time courtesy I have applied a credit of USD 43.18 to your account; it
will show on the December invoice.

Since this answers your question, I'll set this case to resolved. If anything
else comes up, you can reopen it from the Support Center within 14 days.

Best regards,

Ana L.
Amazon Web Services"""
txt = new + '\n\n' + console_footer_en(CASE_C2) + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-osei-billing', 'unrelated', 'en', CASE_C2, [], True,
     frm=AWS_CONSOLE, to=DO, subject='RE:[CASE %s] Unexpected charges after moving member account' % CASE_C2,
     date=d, body=body, msgid=s.msgid, new_text=new, trace=o365_trace(DO, s, d) + dkim_headers(s, d),
     extra=ses_extra(d, s))


# ============================================================================
# Case D - 佐藤 由紀, nifty, Japanese, form desk (ISO-2022-JP heavy)
# ============================================================================
YS = 'yuki-sato@nifty.com'
D_OPEN = T(2026, 1, 13, 1, 5, 33)
CASE_D = case15(D_OPEN)


def nifty(to, s, d, **kw):
    return jp_trace(to, s, d, 'mx.nifty.com', 'mx.nifty.com', **kw)


# 4: acknowledgement in Japanese, ISO-2022-JP (case_created)
d = D_OPEN + _dt.timedelta(seconds=5)
s = ses_sender(d)
txt = """佐藤 由紀 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でご依頼を承りました。担当者より原則24時間以内にご連絡いたします。

ケース番号: %s
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 候補者 ID: AWS73310942

同じ内容で新たにフォームを送信されますと、対応が遅れる場合がございます。
追加の情報がございましたら、件名のケース番号を変えずに本メールへそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_D
body = part(txt, charset='iso-2022-jp', cte='7bit')
mail('form-ack-sato', 'case_created', 'ja', CASE_D, ['AWS73310942'], True,
     frm=AWS_FORM, to=YS, subject='[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % CASE_D,
     subject_charset='iso-2022-jp', date=d, body=body, msgid=s.msgid, new_text=txt,
     trace=nifty(YS, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 45: progress only (support_reply)
d = T(2026, 1, 15, 6, 48, 19)
s = ses_sender(d)
new = """佐藤 様

いつもお世話になっております。AWS トレーニングと認定サポートの中村です。

ご依頼いただいております AWS73311870 から AWS73310942 へのアカウント統合につきまして、現在、担当部署にて作業を進めております。
作業が終わりましたら、あらためて本メールにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は CertMetrics 上の表示が一時的に変わる場合がございますが、問題はございません。

中村
AWS トレーニングと認定 カスタマーサポート"""
body = part(new + '\n', cte='quoted-printable')
mail('re-case-sato-0115', 'support_reply', 'ja', CASE_D, ['AWS73310942', 'AWS73311870'], True,
     frm=AWS_FORM, to=YS, subject=FORM_SUBJ % CASE_D, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=nifty(YS, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 16: completed, 移行いたしました, ISO-2022-JP (merge_completed)
D_DONE_DT = T(2026, 1, 16, 8, 2, 51)
d = D_DONE_DT
s = ses_sender(d)
D_DONE = """佐藤 様

AWS トレーニングと認定サポートの中村でございます。
大変お待たせいたしました。

旧アカウント AWS73311870 に登録されていた認定資格（AWS Certified Cloud Practitioner、AWS Certified Machine Learning Engineer - Associate）および受験履歴を、AWS73310942 へ移行いたしました。
旧アカウントは閉鎖済みのため、今後はご利用いただけません。サインインの際は yuki-sato@nifty.com をご利用ください。

ご不明な点がございましたら、本メールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート"""
body = part(D_DONE + '\n', charset='iso-2022-jp', cte='7bit')
mail('re-case-sato-0116', 'merge_completed', 'ja', CASE_D, ['AWS73310942', 'AWS73311870'], True,
     frm=AWS_FORM, to=YS, subject=FORM_SUBJ % CASE_D, date=d, body=body, msgid=s.msgid, new_text=D_DONE,
     trace=nifty(YS, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 28: bare closure notice, completion quoted underneath (survey)
d = T(2026, 1, 19, 0, 30, 4)
s = ses_sender(d)
new = """佐藤 様

ケース番号 %s につきまして、本日付でクローズさせていただきました。
同じ件で追加のご質問がございましたら、件名を変えずにこのメールへご返信いただければ、ケースが再開されます。

このたびはお問い合わせいただき、ありがとうございました。

AWS トレーニングと認定 カスタマーサポート""" % CASE_D
quoted = ('-------- 元のメッセージ --------\n差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
          '送信日時: 2026/01/16 17:02\n宛先: %s\n件名: %s\n\n' % (YS, FORM_SUBJ % CASE_D)) + qmark(D_DONE)
txt = new + '\n\n' + quoted + '\n'
body = part(txt, cte='base64')
mail('re-case-sato-0119', 'survey', 'ja', CASE_D, [], True,
     frm=AWS_FORM, to=YS, subject=FORM_SUBJ % CASE_D, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=nifty(YS, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 34: Credly in Japanese, badge re-issued after the merge (credly_badge_issued)
d = T(2026, 1, 17, 2, 14, 40)
s = credly_sender(d)
s.env_from = s.env_from % 'yuki-sato=nifty.com'
burl = 'https://www.credly.com/badges/%s' % ruuid()
txt = """佐藤 由紀 さん、おめでとうございます!

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Machine Learning Engineer - Associate

このバッジは、認定アカウントの情報更新に伴い、このメールアドレス宛てに発行されたものです。
以下のリンクからバッジを受け取り、プロフィールに表示しましょう。

バッジを受け取る: %s/accept

受け取ったバッジは LinkedIn での共有やメール署名への追加ができます。

Credly
""" % burl
html = """<html><body style="margin:0;background:#f2f2f2">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:28px;font-family:'Hiragino Sans',Meiryo,sans-serif;color:#333">
<img src="https://images.credly.com/email/credly-logo.png" width="90" alt="Credly">
<h2>佐藤 由紀 さん、おめでとうございます!</h2>
<p><b>Amazon Web Services Training and Certification</b> から新しいバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/110x110/images/6f7a5f2e-5d2c-4a64-9b76-26a4f9ec4c1e/image.png" width="96" alt=""><br>
<b>AWS Certified Machine Learning Engineer - Associate</b></p>
<p>このバッジは、認定アカウントの情報更新に伴い、このメールアドレス宛てに発行されたものです。</p>
<p><a href="%s/accept" style="background:#0a66c2;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#888">受け取ったバッジは LinkedIn での共有やメール署名への追加ができます。</p>
</div></body></html>
""" % burl
body = alternative(part(txt, cte='base64'), part(html, 'html', cte='base64'))
mail('credly-sato', 'credly_badge_issued', 'ja', None, [], True,
     frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=YS,
     subject='Amazon Web Services Training and Certification から新しいバッジが届きました', date=d, body=body,
     msgid=s.msgid, new_text=txt + html, trace=nifty(YS, s, d) + dkim_headers(s, d))


# ============================================================================
# Case E - Rahul Menon, gmail, English, form desk
# ============================================================================
RM = 'rahul.menon84@gmail.com'
E_OPEN = T(2025, 7, 14, 19, 48, 2)
CASE_E = case15(E_OPEN)

# 39: conditional "once the merge is complete we will..." (support_reply)
d = T(2025, 7, 16, 11, 3, 27)
s = ses_sender(d)
new = """Hello Rahul,

Thank you for the confirmation. Your request is now in the queue with the team
that handles profile consolidation; these are usually processed within three
business days.

Once the merge is complete, we'll contact Credly on your behalf so that the
badges issued to rahul.menon@infotech-sol.in are reissued to your Gmail
address, and I'll confirm the final state of AWS 72650183 here. There's nothing
you need to do in the meantime.

Warm regards,
Fatima R.
AWS Training and Certification"""
prev = """Hi Fatima,
Confirmed - please keep AWS 72650183 and merge the old one (72650917) into it.
Rahul"""
txt = new + '\n\n' + gmail_hdr_en(T(2025, 7, 15, 23, 51, 0, BST).astimezone(_dt.timezone(_dt.timedelta(hours=5, minutes=30))),
                                   'Rahul Menon', RM).replace(' wrote:', ' wrote:') + '\n' + qmark(prev) + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-menon-0716', 'support_reply', 'en', CASE_E, ['AWS72650183'], True,
     frm=AWS_FORM, to=RM, subject=FORM_SUBJ % CASE_E, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=gmail_trace(RM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 9: completed - the new shape of the accounts (merge_completed)
d = T(2025, 7, 17, 9, 26, 50)
s = ses_sender(d)
new = """Hello Rahul,

Good news: your certification records are consolidated. Here's how things look
from today:

  \u2022 Active profile: AWS 72650183 (rahul.menon84@gmail.com)
      - AWS Certified Cloud Practitioner
      - AWS Certified Solutions Architect \u2013 Associate
      - AWS Certified Data Engineer \u2013 Associate
  \u2022 AWS 72650917 has been retired and can no longer be signed into.

Your exam history and your 50% discount benefit followed the certifications
over to AWS 72650183. Badges on Credly may take a few business days to show up
under the address on your active profile.

If anything looks off, just reply here.

Warm regards,
Fatima R.
AWS Training and Certification"""
body = part(new + '\n', cte='quoted-printable')
mail('re-case-menon-0717', 'merge_completed', 'en', CASE_E, ['AWS72650183', 'AWS72650917'], True,
     frm=AWS_FORM, to=RM, subject=FORM_SUBJ % CASE_E, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=gmail_trace(RM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 23: rating request, no merge statement, never says 'survey' (survey)
d = T(2025, 7, 17, 10, 31, 5)
s = ses_sender(d)
base = 'https://pulse.aws/rate/%s?case=%s&score=' % (rhex(12), CASE_E)
txt = """Hello,

Your recent request to AWS Training and Certification (case %s) has been
marked as resolved. We'd love to know how it went for you - it takes less
than a minute.

How satisfied were you with the help you received?

  1 - Very dissatisfied   %s1
  2                       %s2
  3                       %s3
  4                       %s4
  5 - Very satisfied      %s5

Your answer goes straight to the team that handled your case.

This is an automated message. Please do not reply.
""" % (CASE_E, base, base, base, base, base)
html = """<html><body style="font-family:Arial,sans-serif;color:#16191f">
<p>Hello,</p>
<p>Your recent request to AWS Training and Certification (case %s) has been marked as resolved. We'd love to know how it went for you &ndash; it takes less than a minute.</p>
<p><b>How satisfied were you with the help you received?</b></p>
<table><tr>%s</tr><tr><td colspan="2" style="font-size:11px">Very dissatisfied</td><td></td><td colspan="2" style="font-size:11px;text-align:right">Very satisfied</td></tr></table>
<p style="font-size:12px;color:#687078">Your answer goes straight to the team that handled your case. This is an automated message. Please do not reply.</p>
</body></html>
""" % (CASE_E, ''.join('<td><a href="%s%d" style="display:inline-block;width:36px;height:36px;line-height:36px;text-align:center;border:1px solid #879596;border-radius:18px;text-decoration:none;color:#16191f">%d</a></td>' % (base, i, i) for i in range(1, 6)))
body = alternative(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable'))
mail('tc-feedback-menon', 'survey', 'en', CASE_E, [], True,
     frm='"AWS Training and Certification" <aws-training-feedback@amazon.com>', to=RM,
     subject='How did we do? Case %s' % CASE_E, date=d, body=body, msgid=s.msgid, new_text=txt,
     trace=gmail_trace(RM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 33: Credly reminder - badges ready to accept (credly_badge_issued)
d = T(2025, 7, 24, 15, 0, 12)
s = credly_sender(d)
s.env_from = s.env_from % 'rahul.menon84=gmail.com'
u1, u2 = ruuid(), ruuid()
txt = """Rahul, you have badges waiting

Amazon Web Services Training and Certification issued these badges to
rahul.menon84@gmail.com and they haven't been accepted yet:

 * AWS Certified Solutions Architect - Associate
   https://www.credly.com/badges/%s/accept
 * AWS Certified Data Engineer - Associate
   https://www.credly.com/badges/%s/accept

Accept them to show them on your Credly profile and share them.
""" % (u1, u2)
html = """<html><body style="background:#f4f4f4"><div style="max-width:560px;margin:auto;background:#fff;padding:30px;font-family:Helvetica,Arial,sans-serif">
<img src="https://images.credly.com/email/credly-logo.png" width="90" alt="Credly">
<h2>Rahul, you have badges waiting</h2>
<p>Amazon Web Services Training and Certification issued these badges to rahul.menon84@gmail.com and they haven&rsquo;t been accepted yet.</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br><a href="https://www.credly.com/badges/%s/accept">Accept badge</a></p>
<p><b>AWS Certified Data Engineer &ndash; Associate</b><br><a href="https://www.credly.com/badges/%s/accept">Accept badge</a></p>
<p style="font-size:12px;color:#888">You're receiving this reminder because you have pending badges. <a href="https://www.credly.com/notifications">Notification settings</a></p>
</div></body></html>
""" % (u1, u2)
body = alternative(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable'))
mail('credly-menon-0724', 'credly_badge_issued', 'en', None, [], True,
     frm='"Credly" <admin@credly.com>', to=RM, subject='Reminder: you have 2 badges to accept', date=d, body=body,
     msgid=s.msgid, new_text=txt + html, trace=gmail_trace(RM, s, d, policy='REJECT') + dkim_headers(s, d))

# 22: phishing "your accounts have been merged" - forged amazon.com, topmost AR fails (merge_completed)
d = T(2025, 7, 18, 4, 12, 39)
s = generic_sender('amazon.com', 'bounce-7731@srv1.notify-center.biz', '45.153.34.207', 'srv1.notify-center.biz')
s.selectors = {}
forged = [('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=amzn2025 header.b=Qk7xPz1a;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')]
forged.append(('Received', 'from WIN-8QJ2LM4K1TB ([10.12.0.44])\n\tby srv1.notify-center.biz (Postfix) with ESMTPA id 4bQx9K2mZrz1xq\n\tfor <%s>; %s' % (RM, format_datetime(d + _dt.timedelta(seconds=1)))))
trace = gmail_trace(RM, s, d, spf='pass', dkim_res=[], dmarc='fail') + forged
trace = [(k, v.replace('designates', 'designates') if k != 'Received-SPF' else v) for k, v in trace]
txt = """Hello,

Your AWS Certification accounts have been merged successfully. All of your
certifications now appear under AWS72650183 and the duplicate profile has been
removed.

Following a recent security update, badges transferred during a merge must be
re-validated. Please sign in within 48 hours to keep your digital badges and
exam benefits active:

http://aws-certmetrics-login.com/session/validate?id=72650183

AWS Training and Certification
"""
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your AWS Certification accounts have been <b>merged successfully</b>. All of your certifications now appear under <b>AWS72650183</b> and the duplicate profile has been removed.</p>
<p>Following a recent security update, badges transferred during a merge must be re-validated. Please sign in within <b>48 hours</b> to keep your digital badges and exam benefits active.</p>
<p><a href="http://aws-certmetrics-login.com/session/validate?id=72650183" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Validate my badges</a></p>
<p>AWS Training and Certification</p></body></html>
"""
body = alternative(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='7bit', charset='us-ascii'))
mail('aws-tc-notice-0718', 'merge_completed', 'en', None, ['AWS72650183'], False,
     frm='"AWS Training and Certification" <no-reply-aws@amazon.com>', to=RM,
     subject='Your AWS Certification accounts have been merged', date=d, body=body,
     msgid='<%s@srv1.notify-center.biz>' % ruuid(), new_text=txt + html, trace=trace,
     x_mailer='Microsoft Outlook 16.0')

# 55: GitHub "merged" notification (unrelated)
d = T(2025, 8, 21, 16, 47, 3)
s = generic_sender('github.com', 'noreply@github.com', '192.30.252.%d' % rng.randint(190, 210),
                   'out-%d.smtp.github.com' % rng.randint(20, 28), 'github.com', 'pf2023')
repo = 'rahulm/aws-cert-tracker'
txt = """Merged #48 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/%s/pull/48#event-%d
You are receiving this because you authored the thread.

Message ID: <%s/pull/48/issue_event/%d@github.com>
""" % (repo, rng.randint(10**10, 10**11), repo, rng.randint(10**10, 10**11))
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/%s/pull/48">#48</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/%s/pull/48#event-1">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
""" % (repo, repo)
body = alternative(part(txt, cte='7bit', charset='UTF-8'), part(html, 'html', cte='7bit', charset='UTF-8'),
                   boundary='--==_mimepart_%s_%d' % (rhex(13), rng.randint(1000, 9999)))
mail('github-pr48', 'unrelated', 'en', None, [], False,
     frm='"kavya-s" <notifications@github.com>', to='rahulm/aws-cert-tracker <aws-cert-tracker@noreply.github.com>',
     cc='Rahul Menon <%s>, Author <author@noreply.github.com>' % RM,
     reply_to='rahulm/aws-cert-tracker <reply+%s@reply.github.com>' % rhex(40).upper(),
     subject='Re: [rahulm/aws-cert-tracker] Merge duplicate candidate records into one profile (PR #48)', date=d,
     body=body, msgid='<rahulm/aws-cert-tracker/pull/48/issue_event/%d@github.com>' % rng.randint(10**10, 10**11),
     in_reply_to='<rahulm/aws-cert-tracker/pull/48@github.com>',
     references='<rahulm/aws-cert-tracker/pull/48@github.com>', new_text=txt,
     trace=gmail_trace(RM, s, d, policy='REJECT') + dkim_headers(s, d),
     extra=[('List-ID', 'rahulm/aws-cert-tracker <aws-cert-tracker.rahulm.github.com>'),
            ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'kavya-s')])

# 51: Credly expiry reminder (unrelated)
d = T(2026, 2, 9, 14, 20, 55)
s = credly_sender(d)
s.env_from = s.env_from % 'rahul.menon84=gmail.com'
txt = """Hi Rahul,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services
Training and Certification, expires on March 11, 2026.

To keep your credential active, review the issuer's recertification
requirements:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/%s

You can manage which emails you receive from Credly in your notification
settings.
""" % ruuid()
body = part(txt, cte='quoted-printable')
mail('credly-menon-0209', 'unrelated', 'en', None, [], True,
     frm='"Credly" <admin@credly.com>', to=RM, subject='Your AWS Certified Cloud Practitioner badge expires in 30 days',
     date=d, body=body, msgid=s.msgid, new_text=txt, trace=gmail_trace(RM, s, d, policy='REJECT') + dkim_headers(s, d))


# ============================================================================
# Case F - 森 遥, yahoo.co.jp, Japanese, console case
# ============================================================================
HM = 'haruka.mori@yahoo.co.jp'
F_OPEN = T(2025, 10, 20, 3, 11, 50)
CASE_F = case15(F_OPEN)
F_SUBJ = '認定アカウントが2つあるので1つにしたい'


def yahoo(to, s, d, **kw):
    host = 'mta%d.mail.kks.yahoo.co.jp' % rng.randint(5001, 5020)
    return jp_trace(to, s, d, host, host, style='yahoo', **kw)


# 48: asks which account to keep (support_reply)
d = T(2025, 10, 21, 7, 22, 8)
s = ses_sender(d)
new = """森 様

AWS サポートの佐々木です。お問い合わせいただきありがとうございます。

お客様のお名前で、次の2つの認定アカウントを確認いたしました。

  AWS47720815（サインイン: haruka.mori@yahoo.co.jp、取得済みの認定: 2件）
  AWS47720349（サインイン: h.mori@kitamura-seiki.co.jp、取得済みの認定: 1件）

統合後に残すアカウントはどちらをご希望でしょうか。あわせて、残すアカウントで今後お使いになる通知用メールアドレスもお知らせください。

サポートセンターから本ケースにご返信いただけますと幸いです。

佐々木
Amazon Web Services"""
txt = new + '\n\n' + console_footer_ja(CASE_F) + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-mori-1021', 'support_reply', 'ja', CASE_F, ['AWS47720349', 'AWS47720815'], True,
     frm=AWS_CONSOLE, to=HM, subject='RE:[CASE %s] %s' % (CASE_F, F_SUBJ), date=d, body=body, msgid=s.msgid,
     new_text=new, trace=yahoo(HM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 46: plan for tomorrow (support_reply)
d = T(2025, 10, 23, 8, 0, 41)
s = ses_sender(d)
new = """森 様

AWS サポートの佐々木です。
ご回答ありがとうございました。AWS47720815 を残す形で承りました。

統合の作業は、明日（10月24日）の午前中に実施する予定です。作業中の数時間は、CertMetrics へのサインインや試験のご予約ができない場合がございます。
作業が終わり次第、本ケースにてご報告いたします。

佐々木
Amazon Web Services"""
txt = new + '\n\n' + console_footer_ja(CASE_F) + '\n'
body = part(txt, cte='base64')
mail('re-case-mori-1023', 'support_reply', 'ja', CASE_F, ['AWS47720815'], True,
     frm=AWS_CONSOLE, to=HM, subject='RE:[CASE %s] %s' % (CASE_F, F_SUBJ), date=d, body=body, msgid=s.msgid,
     new_text=new, trace=yahoo(HM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 21: "new correspondence" notice that carries the completion text (merge_completed)
d = T(2025, 10, 24, 4, 30, 16)
s = ses_sender(d)
new = """AWS サポートケース %s に新しい返信が追加されました。

----------------------------------------
森 様

昨日お知らせしたとおり、本日午前に作業を実施し、問題なく終了いたしました。
これにより、お客様の認定資格はすべて AWS 47720815 に一本化されております。AWS 47720349 はすでに無効となっており、今後はサインインいただけません。

CertMetrics の画面に反映されるまで、最大で24時間ほどかかる場合がございます。

佐々木
Amazon Web Services
----------------------------------------""" % CASE_F
txt = new + '\n\n返信内容の確認およびご返信は、サポートセンターから行ってください:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja\n\n※このメールアドレスは送信専用です。\n' % CASE_F
body = part(txt, cte='quoted-printable')
mail('case-mori-1024', 'merge_completed', 'ja', CASE_F, ['AWS47720349', 'AWS47720815'], True,
     frm=AWS_CONSOLE, to=HM, subject='[Case %s] 新しい返信が追加されました' % CASE_F, date=d, body=body,
     msgid=s.msgid, new_text=new, trace=yahoo(HM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 27: rating request without the word アンケート (survey)
d = T(2025, 10, 27, 4, 31, 2)
s = ses_sender(d)
rb = 'https://console.aws.amazon.com/support/feedback?caseId=%s&lang=ja' % CASE_F
txt = """森 様

AWS サポートをご利用いただき、ありがとうございました。
ケース %s「%s」は解決済みとしてクローズされました。

今回のサポートはお役に立ちましたか?
  はい   %s&resolved=yes
  いいえ %s&resolved=no

担当者の対応について、5段階でご評価ください。
  %s&rating=1 (1: 不満) ... %s&rating=5 (5: 満足)

いただいたご意見は、今後のサポート改善に活用させていただきます。
Amazon Web Services
""" % (CASE_F, F_SUBJ, rb, rb, rb, rb)
html = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>森 様</p>
<p>AWS サポートをご利用いただき、ありがとうございました。<br>ケース %s「%s」は解決済みとしてクローズされました。</p>
<p><b>今回のサポートはお役に立ちましたか?</b></p>
<p><a href="%s&amp;resolved=yes" style="padding:8px 22px;background:#1d8102;color:#fff;text-decoration:none">はい</a>
&nbsp;<a href="%s&amp;resolved=no" style="padding:8px 22px;background:#d13212;color:#fff;text-decoration:none">いいえ</a></p>
<p><b>担当者の対応について、5段階でご評価ください。</b></p>
<p>%s</p>
<p style="font-size:12px;color:#687078">いただいたご意見は、今後のサポート改善に活用させていただきます。</p>
</body></html>
""" % (CASE_F, F_SUBJ, rb, rb, ' '.join('<a href="%s&amp;rating=%d" style="color:#ec7211;font-size:22px;text-decoration:none">&#9733;</a>' % (rb, i) for i in range(1, 6)))
body = alternative(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
mail('aws-support-mori-1027', 'survey', 'ja', CASE_F, [], True,
     frm=AWS_CONSOLE, to=HM, subject='ケース %s: ご意見をお聞かせください' % CASE_F, date=d, body=body,
     msgid=s.msgid, new_text=txt, trace=yahoo(HM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 60: look-alike phishing about billing (unrelated)
d = T(2025, 11, 12, 22, 48, 30)
ph2 = 'aws-jp-support.info'
s = generic_sender(ph2, 'info@' + ph2, '103.151.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), 'mail.' + ph2)
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'MS PGothic',sans-serif">
<div style="width:580px;margin:auto;border:1px solid #ccc;padding:20px">
<p style="font-size:18px;color:#232f3e"><b>Amazon Web Services</b></p>
<p>AWS をご利用のお客様</p>
<p>お客様のアカウントに登録されているお支払い方法で、直近のご請求（請求書番号 INV-JP-2025-118734）の決済が完了できませんでした。</p>
<p>24時間以内にお支払い情報をご確認いただけない場合、アカウントおよび関連サービス（EC2、S3、認定アカウントを含む）が一時停止されます。</p>
<p style="text-align:center"><a href="https://%s/ja/billing/verify?ref=%s" style="background:#ff9900;color:#000;padding:10px 26px;text-decoration:none">お支払い情報を確認する</a></p>
<p>今後ともアマゾン ウェブ サービスをよろしくお願いいたします。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</div></body></html>
""" % (ph2, rhex(20))
body = part(html, 'html', cte='base64')
mail('aws-billing-notice', 'unrelated', 'ja', None, [], False,
     frm=addr('Amazon Web Services', 'billing@' + ph2), to=HM,
     subject='【重要】お支払い方法の確認が必要です - Amazon Web Services', date=d, body=body,
     msgid='<%s@%s>' % (rhex(24), ph2), new_text=html,
     trace=yahoo(HM, s, d, dkim_res='none', dmarc='none', spf='pass'))


# ============================================================================
# Case G - 田中 翔太, corporate on-prem mail (no Authentication-Results), form desk
# ============================================================================
ST = 'shota.tanaka@tokai-denshi.co.jp'
G_OPEN = T(2025, 6, 16, 23, 40, 10)
CASE_G = case15(G_OPEN)

# 14: terse completion, 8bit utf-8 (merge_completed, no AR -> null)
d = T(2025, 6, 19, 5, 12, 3)
s = ses_sender(d)
new = """田中様

ご依頼の件、対応いたしました。
現在は AWS-66013592 のみが有効なアカウントとなっており、過去の試験結果と認定はすべてこちらでご確認いただけます。もう一方のアカウントは削除済みです。

佐々木
AWS トレーニングと認定"""
body = part(new + '\n', cte='8bit')
mail('re-case-tanaka-0619', 'merge_completed', 'ja', CASE_G, ['AWS66013592'], None,
     frm=AWS_FORM, to=ST, subject=FORM_SUBJ % CASE_G, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=corp_trace_noar(ST, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 30: rating request, ISO-2022-JP, split encoded subject, no AR (survey)
d = T(2025, 6, 19, 5, 40, 22)
s = ses_sender(d)
rl = 'https://tc-support-feedback.aws/r/%s?c=%s' % (rhex(10), CASE_G)
txt = """田中 様

このたびは AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
ケース番号 %s の担当者の対応はいかがでしたでしょうか。

下記のいずれかを選んで、今回の対応の評価をお寄せください。(1クリックで送信されます)

  とても満足     %s&v=5
  満足           %s&v=4
  どちらでもない %s&v=3
  不満           %s&v=2
  とても不満     %s&v=1

お寄せいただいたご意見は、今後の対応品質の向上に役立てさせていただきます。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_G, rl, rl, rl, rl, rl)
body = part(txt, charset='iso-2022-jp', cte='7bit')
mail('tc-feedback-tanaka', 'survey', 'ja', CASE_G, [], None,
     frm=AWS_FORM, to=ST,
     subject='【AWS トレーニングと認定】今回の対応についての評価のお願い（ケース番号: %s）' % CASE_G,
     subject_charset='iso-2022-jp', date=d, body=body, msgid=s.msgid, new_text=txt,
     trace=corp_trace_noar(ST, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 37: Credly badge, corporate mailbox without AR (credly_badge_issued, null)
d = T(2025, 6, 23, 1, 55, 40)
s = credly_sender(d)
s.env_from = s.env_from % 'shota.tanaka=tokai-denshi.co.jp'
bu = 'https://www.credly.com/badges/%s' % ruuid()
txt = """Shota, your badge is ready

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Developer - Associate".

Accept your badge: %s/accept

Once accepted, your badge can be shared on social networks and verified by
employers at any time.
""" % bu
html = """<html><body><table width="100%%" style="background:#f5f5f5"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Arial,sans-serif;padding:24px">
<tr><td><img src="https://images.credly.com/email/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td><h2>Shota, your badge is ready</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="%s/accept" style="background:#0a66c2;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Once accepted, your badge can be shared on social networks and verified by employers at any time.</p>
</td></tr></table></td></tr></table></body></html>
""" % bu
body = alternative(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
mail('credly-tanaka', 'credly_badge_issued', 'en', None, [], None,
     frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=ST,
     subject='Your AWS Certified Developer - Associate badge is ready', date=d, body=body, msgid=s.msgid,
     new_text=txt + html, trace=corp_trace_noar(ST, s, d) + dkim_headers(s, d))

# 54: colleague's reply quoting Tanaka's "it's done" (unrelated, internal, no AR)
d = T(2025, 6, 24, 10, 8, 55, JST)
SZ = 's.suzuki@tokai-denshi.co.jp'
new = """田中さん

お疲れさまです。鈴木です。
早速ありがとうございます！

どこのフォームから申し込みましたか？「お問い合わせ」から入ればいいのでしょうか。
私も前職のときのアカウント（aws30016625）が残っていて、今のものと一本化したいと思っています。
申込時に書いた内容を教えてもらえると助かります。

鈴木"""
quoted = """差出人: 田中 翔太 <shota.tanaka@tokai-denshi.co.jp>
送信日時: 2025年6月23日 18:02
宛先: 鈴木 真一 <s.suzuki@tokai-denshi.co.jp>
件名: RE: AWS認定の件

鈴木さん

サポートから連絡があり、私のほうは統合が完了しました（AWS66013592 に一本化）。
Credly のバッジも今朝届いています。申し込みは5分もかからなかったので、鈴木さんもぜひ。

田中"""
txt = new + '\n\n' + quoted + '\n'
html = '<html><body><div style="font-family:游ゴシック,sans-serif;font-size:11pt">' + new.replace('\n', '<br>\n') + \
    '</div><br><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">' + \
    quoted.replace('\n', '<br>\n').replace('<shota.tanaka@tokai-denshi.co.jp>', '&lt;shota.tanaka@tokai-denshi.co.jp&gt;').replace('<s.suzuki@tokai-denshi.co.jp>', '&lt;s.suzuki@tokai-denshi.co.jp&gt;') + '</div></body></html>\n'
body = alternative(part(txt, cte='base64'), part(html, 'html', cte='base64'))
tid = '<TY%sPR01MB%d%s@TY%sPR01MB%d.jpnprd01.prod.outlook.com>'
g_trace = [('Received', 'from mbx01.tokai-denshi.co.jp (10.20.3.11) by mbx02.tokai-denshi.co.jp (10.20.3.12)\n with Microsoft SMTP Server id 15.1.2507.39; %s' % format_datetime(d + _dt.timedelta(seconds=2)))]
prev_id = '<%s@mbx01.tokai-denshi.co.jp>' % rhex(32).upper()
mail('re-aws-nintei-suzuki', 'unrelated', 'ja', None, ['AWS30016625'], None,
     frm=addr('鈴木 真一', SZ), to=addr('田中 翔太', ST), subject='RE: AWS認定の件', date=d, body=body,
     msgid='<%s@mbx01.tokai-denshi.co.jp>' % rhex(32).upper(), in_reply_to=prev_id, references=prev_id,
     new_text=new, trace=g_trace, x_mailer='Microsoft Outlook 16.0',
     extra=[('Thread-Topic', 'AWS認定の件'), ('Thread-Index', 'AQHb' + rb64(30)[:36]), ('Content-Language', 'ja-JP')])


# ============================================================================
# Case H - Sofia Marchetti, gmail, English, console case (11-digit id)
# ============================================================================
SM = 'sofia.marchetti.it@gmail.com'
CASE_H = '12739485016'
CASE_H_DUP = '12739511284'
H_SUBJ = 'Two certification profiles - please combine'

# 3: console case opened (case_created)
d = T(2025, 8, 4, 7, 58, 14)
s = ses_sender(d)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I passed two AWS exams years apart and ended up with two
candidate IDs: aws-61820473 (current, sofia.marchetti.it@gmail.com) and
AWS 61820498 (university address, no longer active). Could you combine them
under the first one? Thank you!

We will contact you to follow up. You can view and reply to this case at any
time in the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services
""" % (CASE_H, CASE_H, H_SUBJ, CASE_H)
body = part(txt, cte='quoted-printable')
mail('console-open-marchetti', 'case_created', 'en', CASE_H, ['AWS61820473', 'AWS61820498'], True,
     frm=AWS_CONSOLE, to=SM, subject='Amazon Web Services: You have opened a new Support case: %s' % CASE_H,
     date=d, body=body, msgid=s.msgid, new_text=txt, trace=gmail_trace(SM, s, d) + dkim_headers(s, d),
     extra=ses_extra(d, s))

# 42: a done thing that is not the merge - duplicate case closed (support_reply)
d = T(2025, 8, 5, 13, 20, 48)
s = ses_sender(d)
new = """Hello Sofia,

Thank you for contacting AWS Support.

I noticed you also opened case %s for this same request. To keep
everything in one place I've closed that duplicate, and we'll continue here on
case %s.

Your request to combine aws-61820498 with aws-61820473 has been passed to our
certification operations team. I'll update you as soon as I hear back from
them.

Best regards,

Joel
Amazon Web Services""" % (CASE_H_DUP, CASE_H)
txt = new + '\n\n' + console_footer_en(CASE_H) + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-marchetti-0805', 'support_reply', 'en', CASE_H, ['AWS61820473', 'AWS61820498'], True,
     frm=AWS_CONSOLE, to=SM, subject='RE:[CASE %s] %s' % (CASE_H, H_SUBJ), date=d, body=body, msgid=s.msgid,
     new_text=new, trace=gmail_trace(SM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 13: "new correspondence" notice carrying the completion (merge_completed)
d = T(2025, 8, 7, 16, 3, 31)
s = ses_sender(d)
new = """Dear Amazon Web Services Customer,

A new correspondence has been added to your support case %s.

Correspondence:

Hello Sofia,

Your two candidate profiles are now a single profile. AWS61820473 is the one
that remains; it carries both of your certifications and all of your exam
attempts. The other ID, AWS61820498, has been closed, and old links or
bookmarks pointing to it will stop working.

Best regards,
Joel
Amazon Web Services""" % CASE_H
txt = new + """

To view or respond to this case, visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

This email address can't receive replies.
""" % CASE_H
body = part(txt, cte='7bit', charset='us-ascii')
mail('case-marchetti-0807', 'merge_completed', 'en', CASE_H, ['AWS61820473', 'AWS61820498'], True,
     frm=AWS_CONSOLE, to=SM, subject='[Case %s] New correspondence added' % CASE_H, date=d, body=body,
     msgid=s.msgid, new_text=new, trace=gmail_trace(SM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 29: resolved notice with a rating request, no merge statement (survey)
d = T(2025, 8, 8, 16, 10, 2)
s = ses_sender(d)
txt = """Hello,

We're marking case %s ("%s") as resolved because it
appears your question has been answered. If you need further help, you can
reopen the case from the Support Center within 14 days; after that, please
open a new case and mention this case ID.

Was this case handled to your satisfaction? You can tell us by rating the
correspondence in the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Thank you for using AWS Support.

Best regards,
Amazon Web Services
""" % (CASE_H, H_SUBJ, CASE_H)
body = part(txt, cte='7bit', charset='us-ascii')
mail('case-marchetti-0808', 'survey', 'en', CASE_H, [], True,
     frm=AWS_CONSOLE, to=SM, subject='Amazon Web Services: Support case %s has been resolved' % CASE_H, date=d,
     body=body, msgid=s.msgid, new_text=txt, trace=gmail_trace(SM, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 35: look-alike Credly phishing about moved badges (credly_badge_issued, not verified)
d = T(2025, 8, 9, 2, 41, 57)
ph3 = 'credly-notifications.net'
s = generic_sender(ph3, 'mailer@' + ph3, '91.215.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), 'smtp.' + ph3, ph3, 'mail')
txt = """Hi Sofia,

Following your AWS Certification account merge, 2 badges have been transferred
to your Credly wallet:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

Transferred badges must be claimed within 7 days, otherwise they return to the
issuer. Claim your badges here:

https://%s/claim?u=c29maWEubWFyY2hldHRp&ref=aws

Credly Support Team
""" % ph3
html = """<html><body style="font-family:Helvetica,Arial;background:#f4f4f4"><div style="background:#fff;max-width:540px;margin:auto;padding:24px">
<img src="https://%s/img/logo.png" width="90" alt="Credly">
<p>Hi Sofia,</p><p>Following your AWS Certification account merge, <b>2 badges</b> have been transferred to your Credly wallet:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p>Transferred badges must be claimed within <b>7 days</b>, otherwise they return to the issuer.</p>
<p><a href="https://%s/claim?u=c29maWEubWFyY2hldHRp&amp;ref=aws" style="background:#0a66c2;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none">Claim your badges</a></p>
<p>Credly Support Team</p></div></body></html>
""" % (ph3, ph3)
body = alternative(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable'))
mail('credly-marchetti', 'credly_badge_issued', 'en', None, [], False,
     frm='"Credly" <badges@%s>' % ph3, to=SM, subject='Sofia, your transferred badges are waiting', date=d,
     body=body, msgid='<%s@%s>' % (rhex(20), ph3), new_text=txt + html,
     trace=gmail_trace(SM, s, d, dmarc='pass', policy='NONE') + dkim_headers(s, d))


# ============================================================================
# Case I - 中村 芽衣, biglobe, Japanese, form desk (Shift_JIS)
# ============================================================================
MN = 'mei.nakamura@biglobe.ne.jp'
I_OPEN = T(2025, 12, 8, 6, 14, 27)
CASE_I = case15(I_OPEN)


def biglobe(to, s, d, **kw):
    return jp_trace(to, s, d, 'mx.biglobe.ne.jp', 'biglobe.ne.jp', **kw)


# 6: confirmation request, Shift_JIS (merge_confirmation_requested)
d = T(2025, 12, 9, 2, 35, 10)
s = ses_sender(d)
new = """中村 芽衣 様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。

お問い合わせいただいた件につき、お客様名義の認定アカウントを2件確認いたしました。

・存続するアカウント： AWS 33920174（ログイン：mei.nakamura@biglobe.ne.jp）
・統合元のアカウント： AWS 81047725（ログイン：m-nakamura@hoshino-kogyo.co.jp）

AWS 81047725 に紐づく受験履歴および認定資格を AWS 33920174 へまとめ、統合元のアカウントは無効化されます。
なお、本作業は実施後に元へ戻すことができません。

上記の内容でお間違いがなければ、本メールへのご返信にてご承認いただけますでしょうか。
ご返信を確認後、作業を開始いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート"""
body = part(new + '\n', charset='shift_jis', cte='base64')
mail('re-case-nakamura-1209', 'merge_confirmation_requested', 'ja', CASE_I, ['AWS33920174', 'AWS81047725'], True,
     frm=AWS_FORM, to=MN, subject=FORM_SUBJ % CASE_I, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=biglobe(MN, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 47: a done thing that is not the merge - notification e-mail changed (support_reply)
d = T(2025, 12, 10, 5, 2, 44)
s = ses_sender(d)
new = """中村 様

AWS トレーニングと認定サポートの山本でございます。

あわせてご依頼いただいておりました通知用メールアドレスの変更が完了いたしました。
AWS 33920174 の通知用メールアドレスを、m-nakamura@hoshino-kogyo.co.jp から mei.nakamura@biglobe.ne.jp に変更しております。今後、試験や認定に関するご案内はこちらのアドレスに届きます。

なお、アカウントの統合につきましては、引き続き担当部署にて対応中でございます。完了いたしましたら、改めてご連絡いたします。

山本
AWS トレーニングと認定 カスタマーサポート"""
body = part(new + '\n', cte='quoted-printable')
mail('re-case-nakamura-1210', 'support_reply', 'ja', CASE_I, ['AWS33920174'], True,
     frm=AWS_FORM, to=MN, subject=FORM_SUBJ % CASE_I, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=biglobe(MN, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 17: closure that also says the merge is done, with アンケート, Shift_JIS (merge_completed)
d = T(2025, 12, 12, 1, 48, 5)
s = ses_sender(d)
new = """中村 様

AWS トレーニングと認定サポートの山本でございます。

先日ご承認いただいた統合作業は完了しており、現在はすべての認定資格と受験履歴が AWS 33920174 に集約されております。
つきましては、本ケースはこれをもってクローズとさせていただきます。

サポート品質向上のため、下記アンケートへのご協力をお願いいたします（所要時間：約1分）。
https://amazonwebservices.qualtrics.com/jfe/form/SV_%s?case=%s

このたびはお問い合わせいただき、誠にありがとうございました。

山本
AWS トレーニングと認定 カスタマーサポート""" % (rhex(15), CASE_I)
body = part(new + '\n', charset='shift_jis', cte='quoted-printable')
mail('re-case-nakamura-1212', 'merge_completed', 'ja', CASE_I, ['AWS33920174'], True,
     frm=AWS_FORM, to=MN, subject=FORM_SUBJ % CASE_I, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=biglobe(MN, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 58: CertMetrics recertification congratulation (unrelated)
d = T(2026, 2, 3, 9, 15, 0)
s = generic_sender('certmetrics.com', 'bounce@certmetrics.com', '13.111.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)),
                   'mta%d.certmetrics.com' % rng.randint(1, 9), 'certmetrics.com', 'cm1')
txt = """中村 芽衣 様

AWS Certified Solutions Architect - Associate の再認定が完了しました。おめでとうございます。

  認定資格: AWS Certified Solutions Architect - Associate
  新しい有効期限: 2029年2月3日
  AWS 認定 ID: AWS33920174

AWS 認定アカウントにサインインすると、認定資格の詳細、デジタルバッジ、および認定特典をご確認いただけます。
https://www.aws.training/Certification

今後とも AWS 認定をよろしくお願いいたします。
AWS 認定チーム

このメールは送信専用アドレスから送信されています。
"""
body = part(txt, cte='base64')
mail('certmetrics-nakamura', 'unrelated', 'ja', None, ['AWS33920174'], False,
     frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=MN,
     subject='AWS 認定の再認定、おめでとうございます', date=d, body=body, msgid='<%s@certmetrics.com>' % ruuid(),
     new_text=txt, trace=biglobe(MN, s, d) + dkim_headers(s, d))


# ============================================================================
# Case J - Tom Becker, outlook.com, English, form desk
# ============================================================================
TB = 'tom.becker.dev@outlook.com'
J_OPEN = T(2026, 2, 2, 15, 9, 44)
CASE_J = case15(J_OPEN)

# 43: a done thing that is not the merge - voucher moved (support_reply)
d = T(2026, 2, 4, 10, 41, 29)
s = ses_sender(d)
new = """Hello Tom,

A quick note while your main request is being worked on. You mentioned you'd
like to use your 50% discount voucher for the DevOps Engineer - Professional
exam next week, so I've moved that benefit from AWS 19987261 to AWS 19920384.
It's now available where you'll schedule the exam - you'll find it under
Benefits in your AWS Certification Account.

Bringing the two profiles together is still with our back-office team; I'll
let you know here when that part is finished.

Best,
Kevin
AWS Training and Certification"""
body = part(new + '\n', cte='quoted-printable')
mail('re-case-becker-0204', 'support_reply', 'en', CASE_J, ['AWS19920384', 'AWS19987261'], True,
     frm=AWS_FORM, to=TB, subject=FORM_SUBJ % CASE_J, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=o365_trace(TB, s, d, consumer=True) + dkim_headers(s, d), extra=ses_extra(d, s))

# 40: delay, UTF-8 bytes labelled iso-8859-1 (support_reply)
d = T(2026, 2, 9, 17, 5, 13)
s = ses_sender(d)
new = """Hello Tom,

I\u2019m sorry for the wait. I checked with our back-office team this morning:
combining AWS 19987261 into AWS 19920384 is taking longer than the usual
2\u20133 business days because of a records-system migration on their side.
Their current estimate is the end of next week.

Your exam booking on February 12 isn\u2019t affected, and the voucher I moved
last week remains usable on AWS 19920384.

I\u2019ll keep this case open and update you as soon as I have news.

Best,
Kevin
AWS Training and Certification"""
body = part(new + '\n', charset='utf-8', declared='iso-8859-1', cte='quoted-printable')
mail('re-case-becker-0209', 'support_reply', 'en', CASE_J, ['AWS19920384', 'AWS19987261'], True,
     frm=AWS_FORM, to=TB, subject=FORM_SUBJ % CASE_J, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=o365_trace(TB, s, d, consumer=True) + dkim_headers(s, d), extra=ses_extra(d, s))

# 24: "Was your issue resolved?" HTML-only (survey)
d = T(2026, 2, 13, 19, 22, 7)
s = ses_sender(d)
fb = 'https://aws-tc-feedback.amazon.com/s/%s?case=%s' % (rhex(16), CASE_J)
html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:18px 24px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:28px 24px 8px 24px;font-size:15px">Hello Tom,</td></tr>
<tr><td style="padding:8px 24px;font-size:15px">Case %s has now been closed. We hope we were able to help.</td></tr>
<tr><td style="padding:20px 24px 6px 24px;font-size:17px;font-weight:bold">Was your issue resolved?</td></tr>
<tr><td style="padding:8px 24px 24px 24px">
<a href="%s&amp;a=yes" style="display:inline-block;min-width:90px;text-align:center;background:#ec7211;color:#ffffff;padding:10px 0;text-decoration:none;font-weight:bold">YES</a>
&nbsp;&nbsp;
<a href="%s&amp;a=no" style="display:inline-block;min-width:90px;text-align:center;background:#ffffff;color:#16191f;border:1px solid #879596;padding:9px 0;text-decoration:none;font-weight:bold">NO</a>
</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#545b64">Got a minute more? After you answer you can tell us what worked and what didn't &ndash; every response is read by the team.</td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. This message was sent from a notification-only address.</td></tr>
</table></td></tr></table></body></html>
""" % (CASE_J, fb, fb)
body = part(html, 'html', charset='UTF-8', cte='quoted-printable')
mail('tc-case-becker-0213', 'survey', 'en', CASE_J, [], True,
     frm=AWS_FORM, to=TB, subject='Case %s: Was your issue resolved?' % CASE_J, date=d, body=body, msgid=s.msgid,
     new_text=html, trace=o365_trace(TB, s, d, consumer=True) + dkim_headers(s, d), extra=ses_extra(d, s))

# 57: Seller Central case about merging seller accounts (unrelated)
d = T(2026, 3, 3, 20, 17, 40)
s = ses_sender(d)
SC_CASE = '5884917731'
new = """Hello,

Thank you for contacting Amazon Seller Support.

I've reviewed your request to merge your two Seller Central accounts
(store names "Becker Woodworks" and "BW Home Goods"). Combining two existing
seller accounts into one is not something we're able to do. If you'd like to
manage both stores from a single login, you can link them through the Global
Accounts settings in Seller Central:

Settings > Account Info > Global Accounts

Since this answers your question, I'm going to resolve this case. Did I solve
your problem?

Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&resolved=1
No:  https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&resolved=0

We hope to see you again soon.

Thank you,
Mahesh K.
Amazon Services""" % (SC_CASE, SC_CASE)
body = part(new + '\n', cte='quoted-printable')
mail('seller-case-becker', 'unrelated', 'en', SC_CASE, [], True,
     frm='"Amazon Seller Support" <seller-support@amazon.com>', to=TB,
     subject='RE:[CASE %s] Merge two seller accounts into one' % SC_CASE, date=d, body=body, msgid=s.msgid,
     new_text=new, trace=o365_trace(TB, s, d, consumer=True) + dkim_headers(s, d), extra=ses_extra(d, s))


# ============================================================================
# Case K - 小林 拓也, gmail, Japanese, form desk
# ============================================================================
TK = 'kobayashi.takuya.91@gmail.com'
K_OPEN = T(2025, 9, 22, 12, 30, 0)
CASE_K = case15(K_OPEN)
K_FORM = """お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 候補者 ID: AWS04418260
内容: 転職前の会社アドレスで登録したアカウントがもう1つあります（AWS55190372 だったと思います）。
現在使っている AWS04418260 にまとめてください。"""

# 8: confirmation request, with the user's form text quoted below (merge_confirmation_requested)
K_REQ_DT = T(2025, 9, 23, 9, 2, 18)
d = K_REQ_DT
s = ses_sender(d)
K_REQ = """小林 様

AWS トレーニングと認定サポートの中村です。お問い合わせありがとうございます。

フォームにご記入いただいた番号は一桁異なっておりましたが、お名前と登録メールアドレスから、次の2つのアカウントであることを確認いたしました。

  残すアカウント    : AWS 04418260（kobayashi.takuya.91@gmail.com）
  統合するアカウント: AWS 55190327（t.kobayashi@minato-soft.jp）

統合後は AWS 55190327 でのサインインはできなくなり、元に戻すこともできません。
内容に問題がなければ、「上記の内容で統合を希望します」とこのメールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート"""
txt = K_REQ + '\n\n----- お問い合わせ内容 -----\n' + qmark(K_FORM) + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-kobayashi-0923', 'merge_confirmation_requested', 'ja', CASE_K, ['AWS04418260', 'AWS55190327'], True,
     frm=AWS_FORM, to=TK, subject=FORM_SUBJ % CASE_K, date=d, body=body, msgid=s.msgid, new_text=K_REQ,
     trace=gmail_trace(TK, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 18: completion; user's reply appended without quote marks, which itself quotes the request with > (merge_completed)
d = T(2025, 9, 25, 6, 47, 2)
s = ses_sender(d)
new = """小林 様

ご返信ありがとうございました。AWS トレーニングと認定サポートの中村です。

ご承認いただいた内容に基づいて作業を行い、本日付でお客様の認定情報はすべて AWS04418260 にまとまりました。
CertMetrics にサインインいただくと、これまでの受験履歴と4つの認定資格が1つのアカウント上に表示されます。Credly のバッジも、数日以内に kobayashi.takuya.91@gmail.com 宛てに届く予定です。

今後ともよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート"""
user_reply = """承知しました。内容に相違ありません。
上記の内容で統合を希望します。よろしくお願いします。

小林"""
hist = ('---------- 元のメッセージ ----------\n差出人: 小林 拓也 <%s>\n送信日時: 2025年9月24日 10:41\n宛先: aws-cs-trainingcertification-form@amazon.com\n件名: Re: %s\n\n'
        % (TK, FORM_SUBJ % CASE_K)) + user_reply + '\n\n' + gmail_hdr_ja(K_REQ_DT.astimezone(JST), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' + \
    qmark(K_REQ + '\n\n----- お問い合わせ内容 -----\n' + qmark(K_FORM))
txt = new + '\n\n' + hist + '\n'
body = part(txt, cte='base64')
mail('re-case-kobayashi-0925', 'merge_completed', 'ja', CASE_K, ['AWS04418260'], True,
     frm=AWS_FORM, to=TK, subject=FORM_SUBJ % CASE_K, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=gmail_trace(TK, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 59: Pearson VUE appointment confirmation (unrelated)
d = T(2025, 10, 2, 3, 30, 44)
s = generic_sender('pearson.com', 'bounce-pv@pearson.com', '159.182.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)),
                   'mx%d.pearson.com' % rng.randint(1, 9), 'pearson.com', 'pv2024')
txt = """小林 拓也 様

Pearson VUE をご利用いただきありがとうございます。以下の試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時: 2025年10月18日(土) 13:30 JST
受験形式: テストセンター
会場: 東京都千代田区 ○○テストセンター
候補者 ID: AWS04418260
登録 ID: 4%08d

当日は、有効な身分証明書を2点お持ちのうえ、開始時刻の30分前までにお越しください。
予約の変更・キャンセルは、試験開始の24時間前までに AWS 認定アカウントから行ってください。

Pearson VUE
""" % rng.randint(0, 10**8 - 1)
body = part(txt, cte='quoted-printable')
mail('pearson-kobayashi', 'unrelated', 'ja', None, ['AWS04418260'], False,
     frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=TK,
     subject='ご予約確認: AWS Certified Solutions Architect - Professional', date=d, body=body,
     msgid='<%s@pearson.com>' % ruuid(), new_text=txt, trace=gmail_trace(TK, s, d, policy='REJECT') + dkim_headers(s, d))


# ============================================================================
# Case L - 石井 美穂, OCN, Japanese, form desk - HTML-only completion
# ============================================================================
MI = 'miho-ishii@ocn.ne.jp'
L_OPEN = T(2026, 3, 9, 2, 10, 0)
CASE_L = case15(L_OPEN)
d = T(2026, 3, 11, 7, 55, 38)
s = ses_sender(d)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;font-size:14px;line-height:1.6">
<p>石井 様</p>
<p>お世話になっております。AWS トレーニングと認定サポートの Aki です。</p>
<p>お客様の2つの認定アカウントは、ご指定どおり <b>AWS 29960418</b> の1つになりました。今後の状態は次のとおりです。</p>
<ul>
<li>旧メールアドレス（ishii.miho@kaiun-shoji.co.jp）でのサインインはできなくなっております。</li>
<li>50%割引バウチャーを含む認定特典も AWS 29960418 に引き継がれております。</li>
<li>Credly のバッジについては、別途 Credly 社へ移行を依頼済みです（反映まで数日かかる場合がございます）。</li>
</ul>
<p>引き続き AWS 認定をよろしくお願いいたします。</p>
<p>Aki<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
"""
body = part(html, 'html', cte='quoted-printable')
mail('re-case-ishii-0311', 'merge_completed', 'ja', CASE_L, ['AWS29960418'], True,
     frm=AWS_FORM, to=MI, subject=FORM_SUBJ % CASE_L, date=d, body=body, msgid=s.msgid, new_text=html,
     trace=jp_trace(MI, s, d, 'mx.ocn.ne.jp', 'ocn.ne.jp') + dkim_headers(s, d), extra=ses_extra(d, s))


# ============================================================================
# Case M - 岡田 健, so-net, Japanese, form desk
# ============================================================================
KO = 'ken-okada@so-net.ne.jp'
M_OPEN = T(2025, 4, 14, 23, 55, 2)
CASE_M = case15(M_OPEN)


def sonet(to, s, d, **kw):
    return jp_trace(to, s, d, 'mx.so-net.ne.jp', 'so-net.ne.jp', **kw)


# 50: delay, ISO-2022-JP (support_reply)
d = T(2025, 4, 22, 8, 31, 45)
s = ses_sender(d)
new = """岡田 様

AWS トレーニングと認定サポートの佐々木でございます。
ご不便をおかけしており、誠に申し訳ございません。

ご依頼いただいているアカウントの統合（AWS85530996 から AWS85530271 へ）につきまして、システム側の不具合により作業が予定より遅れております。
現在、担当部署にて復旧と並行して作業を進めており、来週中の完了を見込んでおります。

進捗がございましたら、本メールにてご連絡いたします。今しばらくお待ちくださいますようお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
body = part(new + '\n', charset='iso-2022-jp', cte='7bit')
mail('re-case-okada-0422', 'support_reply', 'ja', CASE_M, ['AWS85530271', 'AWS85530996'], True,
     frm=AWS_FORM, to=KO, subject=FORM_SUBJ % CASE_M, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=sonet(KO, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 20: completion with cp932-only characters labelled Shift_JIS (merge_completed)
d = T(2025, 4, 28, 6, 9, 12)
s = ses_sender(d)
new = """岡田 様

AWS トレーニングと認定サポートの佐々木でございます。
長らくお待たせいたしました。統合作業の結果をご報告いたします。

① 存続アカウント：AWS85530271（全認定・受験履歴を集約済み）
② 旧アカウント　：AWS85530996（無効化済み・以後サインイン不可）

作業はすべて終了しております。Credly のバッジは、存続アカウントのメールアドレス宛てに1～2日のうちに順次発行されます。

ご不明な点がございましたら、本メールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
body = part(new + '\n', charset='Shift_JIS', encode_as='cp932', cte='base64')
mail('re-case-okada-0428', 'merge_completed', 'ja', CASE_M, ['AWS85530271', 'AWS85530996'], True,
     frm=AWS_FORM, to=KO, subject=FORM_SUBJ % CASE_M, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=sonet(KO, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))


# ============================================================================
# Case N - Lena Hoffmann, gmail, English, console case (11-digit id)
# ============================================================================
LH = 'lena.hoffmann.berlin@gmail.com'
CASE_N = '11829304756'
N_SUBJ = 'Please combine my two certification accounts'

# 11: closure that also says the merge is done; text and HTML parts differ (merge_completed)
d = T(2025, 3, 18, 14, 51, 29)
s = ses_sender(d)
t_new = """Hello Lena,

We've combined your certification accounts: everything that was recorded
under aws50268890 now lives under aws50267813, and that is the account you'll
use from now on.

Since your request is complete, we're marking this case as resolved.

Best regards,

Ana L.
Amazon Web Services"""
txt = t_new + '\n\n' + console_footer_en(CASE_N) + '\n'
rate = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=' % CASE_N
h_new = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Lena,</p>
<p>Good news &ndash; the work is done. Your exam history, both certifications and your benefits, previously split between
<b>aws50268890</b> and <b>aws50267813</b>, are all on <b>aws50267813</b> now. Please use that account from here on; the other one has been closed.</p>
<p>Since your request is complete, we're marking this case as resolved.</p>
<p>Best regards,<br><br>Ana L.<br>Amazon Web Services</p>
<hr style="border:none;border-top:1px solid #d5dbdb">
<p style="font-size:13px"><b>How would you rate this reply?</b><br>
%s</p>
<p style="font-size:12px;color:#687078">To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>. This e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>
""" % (' '.join('<a href="%s%d" style="text-decoration:none;color:#ec7211;font-size:20px">&#9733;</a>' % (rate, i) for i in range(1, 6)), CASE_N)
body = alternative(part(txt, cte='quoted-printable'), part(h_new, 'html', cte='quoted-printable'))
mail('re-case-hoffmann', 'merge_completed', 'en', CASE_N, ['AWS50267813', 'AWS50268890'], True,
     frm=AWS_CONSOLE, to=LH, subject='RE:[CASE %s] %s' % (CASE_N, N_SUBJ), date=d, body=body, msgid=s.msgid,
     new_text=t_new + h_new, trace=gmail_trace(LH, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))


# ============================================================================
# Case O - 藤井 大輔, gmail, Japanese, form desk - no answer from the user
# ============================================================================
DF = 'daisuke.fujii.0715@gmail.com'
O_OPEN = T(2026, 4, 2, 0, 20, 0)
CASE_O = case15(O_OPEN)
O_REQ = """藤井 様

AWS トレーニングと認定サポートの中村です。

次の内容で統合を行ってよろしいでしょうか。
  残すアカウント: AWS 71150263
  統合するアカウント: AWS 71150847
統合後は元に戻せませんので、ご確認のうえご返信ください。

中村"""

# 44: follow-up asking whether help is still needed (support_reply)
d = T(2026, 4, 9, 1, 15, 33)
s = ses_sender(d)
new = """藤井 様

AWS トレーニングと認定サポートの中村です。

4月3日にお送りした統合内容のご確認について、その後いかがでしょうか。
まだお手伝いが必要でしたら、このメールにご返信ください。ご不明な点があれば、あわせてお知らせいただければ対応いたします。

3営業日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。クローズ後も、件名を変えずにご返信いただければ再開できます。

中村
AWS トレーニングと認定 カスタマーサポート"""
txt = new + '\n\n--- 2026/04/03 10:05 送信メッセージ ---\n' + O_REQ + '\n'
body = part(txt, cte='quoted-printable')
mail('re-case-fujii-0409', 'support_reply', 'ja', CASE_O, [], True,
     frm=AWS_FORM, to=DF, subject=FORM_SUBJ % CASE_O, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=gmail_trace(DF, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))

# 25: closure because the user never answered, no merge, no rating (survey)
d = T(2026, 4, 14, 2, 0, 9)
s = ses_sender(d)
new = """藤井 様

AWS トレーニングと認定サポートです。

ご返信を確認できなかったため、ケース番号 %s をクローズいたしました。
アカウントの統合を引き続きご希望の場合は、件名を変えずにこのメールへご返信いただければ、同じケースで対応を再開いたします。新しくフォームを送信していただく必要はございません。

AWS トレーニングと認定 カスタマーサポート""" % CASE_O
body = part(new + '\n', cte='base64')
mail('re-case-fujii-0414', 'survey', 'ja', CASE_O, [], True,
     frm=AWS_FORM, to=DF, subject=FORM_SUBJ % CASE_O, date=d, body=body, msgid=s.msgid, new_text=new,
     trace=gmail_trace(DF, s, d) + dkim_headers(s, d), extra=ses_extra(d, s))


if __name__ == '__main__':
    build()
