#!/usr/bin/env python3
"""Generator for blind set 266: non-native / machine-translated English mails
around an AWS Certification account merge, plus look-alikes.

Run: python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime
import json
import os
import quopri
import random
import re
import sys
import unicodedata
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(266266)
LABELS = {}
COUNTER = [0]
UTC = datetime.timezone.utc


# ---------------------------------------------------------------- helpers
def T(s):
    """'YYYY-MM-DD HH:MM:SS' (UTC) -> unix time"""
    return int(datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
               .replace(tzinfo=UTC).timestamp())


def rdate(t, off=0, paren=None):
    tz = datetime.timezone(datetime.timedelta(hours=off))
    s = format_datetime(datetime.datetime.fromtimestamp(t, tz))
    return s + (' (%s)' % paren if paren else '')


def pacific(t):
    m = datetime.datetime.fromtimestamp(t, UTC).month
    return rdate(t, -7, 'PDT') if 3 < m < 11 else rdate(t, -8, 'PST')


def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(alphabet) for _ in range(n))


def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def uuidish():
    return '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), '4' + hexs(3), rnd.choice('89ab') + hexs(3), hexs(12))


def ses_id(t, region=''):
    ms = t * 1000 + rnd.randint(0, 999)
    dom = 'email.amazonses.com' if not region else '%s.amazonses.com' % region
    return '0100%012x-%s-000000@%s' % (ms, uuidish(), dom)


def ses_ip():
    return rnd.choice(['54.240.8.%d', '54.240.48.%d', '54.240.9.%d', '54.240.27.%d']) % rnd.randint(10, 250)


def ses_host(ip):
    a = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (a[2], a[3])


def fold_b(s, first=6, width=70):
    out, line = [], ''
    for i in range(0, len(s), width):
        out.append(s[i:i + width])
    return '\n\t '.join(out)


def dkim(d, sel, t, h='Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s' %
            (sel, d, t, h, b64r(32), fold_b(b64r(256))))


AMZ_SEL = 'rjzgf6uxlkiyhdlrwqrttubqpfzl6mef'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def aws_dkims(t, from_d='amazon.com'):
    return [dkim(from_d, AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t)]


def hdr(name, value, cs='utf-8', mixed=False):
    """One header line; encoded-word (folded) if not ASCII.
    mixed=True keeps a leading ASCII run unencoded."""
    try:
        value.encode('ascii')
        return '%s: %s' % (name, value)
    except UnicodeEncodeError:
        if mixed:
            m = re.match(r'^([\x20-\x7e]*\s)', value)
            if m:
                h = Header(m.group(1).rstrip(), 'us-ascii', header_name=name)
                h.append(value[len(m.group(1)):], cs)
                return '%s: %s' % (name, h.encode(maxlinelen=76))
        return '%s: %s' % (name, Header(value, cs, header_name=name).encode(maxlinelen=76))


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


# ---------------------------------------------------------------- trace headers
def ar_google(from_dom, mailfrom, ip, dkims=(('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)),
              dkim_res='pass', spf='pass', dmarc='pass', p='QUARANTINE'):
    lines = ['Authentication-Results: mx.google.com;']
    for d, s in dkims:
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (dkim_res, d, s, alnum(8)))
    mdom = mailfrom.split('@')[-1]
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, mailfrom, ip, mailfrom))
    lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        dmarc, p, p, 'NONE' if dmarc == 'pass' else p, from_dom))
    return '\n'.join(lines)


def trace_gmail(rcpt, t, ip, host, mailfrom, ar, arc=True):
    h = []
    h.append('Delivered-To: %s' % rcpt)
    h.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
        hexs(4), hexs(3), hexs(3), hexs(4), hexs(3), alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), pacific(t + 2)))
    h.append('X-Google-Smtp-Source: %s' % fold_b(b64r(60)))
    h.append('X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
        hexs(4), hexs(3), hexs(3), hexs(4), hexs(3), alnum(18, 'abcdefghijklmnopqrstuvwxyz0123456789'),
        rnd.randint(1000, 9999), t, pacific(t + 2)))
    if arc:
        h.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (t + 1, fold_b(b64r(120))))
        h.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (b64r(32), b64r(32), fold_b(b64r(120))))
        h.append('ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ar.split('\n', 1)[1].strip())
    h.append('Return-Path: <%s>' % mailfrom)
    h.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
        host, host, ip, alnum(20, 'abcdef0123456789'), rnd.randint(1, 999),
        datetime.datetime.fromtimestamp(t, UTC).strftime('%Y.%m.%d.%H.%M.%S'), rcpt, pacific(t + 1)))
    h.append('Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip))
    h.append(ar)
    return h


def ar_outlook(ip, mfdom, hdr_d, from_dom, dkim_res='pass', dmarc='pass', spf='pass',
               action='none', compauth='pass reason=100'):
    return ('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
        spf, ip, mfdom, dkim_res, hdr_d, dmarc, action, from_dom, compauth))


def trace_outlook(t, ip, host, ar, mfdom):
    def srv():
        return '%s%sPR%02dMB%04d.%sprd%02d.prod.outlook.com' % (
            rnd.choice(['DM', 'SA', 'BN', 'CH', 'PH', 'MW', 'TY', 'OS']), rnd.randint(1, 9),
            rnd.randint(1, 19), rnd.randint(1000, 9999), rnd.choice(['nam', 'apc', 'eur']), rnd.randint(10, 12))
    a, b, c = srv(), srv(), srv()
    d = rdate(t + 2)
    return [
        'Received: from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s' % (a, hexs(3), hexs(2), b, d),
        'Received: from %s (2603:10b6:%s::%s)\n by %s (2603:10b6:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            c, hexs(3), hexs(2), a, hexs(3), hexs(2), rnd.randint(5000, 8999), rnd.randint(10, 40), d),
        ar,
        ('Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C' % (mfdom, ip, ip, host))
        if 'spf=pass' in ar else
        ('Received-SPF: Fail (protection.outlook.com: domain of %s does not\n designate %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s;' % (mfdom, ip, ip, host)),
        'Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d via Frontend Transport; %s' % (
            host, ip, rnd.choice(['BN8NAM12FT061', 'DS1PEPF00017091', 'SN1PEPF0002636A', 'CO1PEPF000044F6']),
            rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(5000, 8999), rnd.randint(10, 40), rdate(t + 1)),
        'X-MS-Exchange-Organization-ExpirationStartTime: %s' % datetime.datetime.fromtimestamp(t + 1, UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + '0 (UTC)',
        'X-MS-Exchange-Organization-Network-Message-Id: %s' % uuidish(),
        'X-MS-Exchange-Organization-SCL: 1',
    ]


def trace_jp(authserv, rcpt, t, ip, host, mailfrom, ar_tail, mx_host, tz=9):
    """Japanese provider: one Received from the sender, AR with authserv-id."""
    return [
        'Return-Path: <%s>' % mailfrom,
        'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
            host, host, ip, mx_host, alnum(11, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'), rcpt, rdate(t + 3, tz, 'JST')),
        'Authentication-Results: %s;\n\t%s' % (authserv, ar_tail),
    ]


def ses_std(t, ip):
    return ['Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
            'X-SES-Outgoing: %s-%s' % (datetime.datetime.fromtimestamp(t, UTC).strftime('%Y.%m.%d'), ip)]


# ---------------------------------------------------------------- bodies
def part(text, sub='plain', cs='utf-8', cte='qp', codec=None):
    codec = codec or cs
    p = MIMENonMultipart('text', sub, charset=cs)
    if cte == 'b64':
        raw = text.replace('\r\n', '\n').replace('\n', '\r\n').encode(codec)
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte == 'qp':
        p.set_payload(quopri.encodestring(text.encode(codec)).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == '7bit':
        p.set_payload(text.encode(codec).decode('ascii'))
        p['Content-Transfer-Encoding'] = '7bit'
    elif cte == '8bit':
        p.set_payload(text.encode(codec).decode('ascii', 'surrogateescape'))
        p['Content-Transfer-Encoding'] = '8bit'
    else:
        raise ValueError(cte)
    return p


def alt(*parts):
    m = MIMEMultipart('alternative')
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_paras(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in para.split('\n')))
    return '\n'.join(out)


def aws_html(text, title='Amazon Web Services', footer=None, lang='en'):
    foot = footer or ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;padding:12px">'
            '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>\n'
            '<tr><td style="padding:20px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:12px;font-size:11px;color:#687078">%s</td></tr></table>\n</body></html>\n') % (
        lang, esc(title), html_paras(text), esc(foot))


# ---------------------------------------------------------------- writer
def emit(slug, trace, headers, body, kind, case_id, ids, verified, lang, crlf=False):
    COUNTER[0] += 1
    fname = '%03d-%s.eml' % (COUNTER[0], slug)
    raw_body = body.as_bytes()
    head = '\n'.join(trace + headers) + '\n'
    data = head.encode('ascii') + raw_body
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = {
        'kind': kind,
        'case_id': case_id,
        'account_ids': sorted(set(ids)),
        'sender_verified': verified,
        'language': lang,
    }
    return fname


def std_headers(frm, to, subject, t, msgid, off=0, cs='utf-8', extra=(), frm_cs=None, mixed=False):
    h = []
    h.append(hdr('Subject', subject, cs, mixed))
    h.append('From: %s' % (frm if isinstance(frm, str) else addr(frm[0], frm[1], frm_cs or cs)))
    h.append('To: %s' % (to if isinstance(to, str) else addr(to[0], to[1], cs)))
    h.append('Date: %s' % rdate(t, off))
    h.append('Message-ID: <%s>' % msgid)
    h.extend(extra)
    return h


AWS_FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = ('Amazon Web Services', 'no-reply-aws@amazon.com')
CREDLY = 'admin@credly.com'


def aws_mail(slug, t, rcpt, frm, subject, body, label, provider='gmail', off=0, cs='utf-8',
             from_dom='amazon.com', extra=(), crlf=False, frm_cs=None, mixed=False):
    """Genuine SES-sent AWS mail delivered to provider; label=(kind, case, ids, verified, lang)."""
    ip = ses_ip()
    host = ses_host(ip)
    mid = ses_id(t)
    mailfrom = mid.replace('-000000@', '-000000@') if False else mid
    trace = deliver(provider, rcpt[1], t, ip, host, mid, from_dom)
    heads = aws_dkims(t, from_dom) + std_headers(frm, rcpt, subject, t, mid, off, cs, frm_cs=frm_cs, mixed=mixed) + list(extra) + ses_std(t, ip)
    return emit(slug, trace, heads, body, *label, crlf=crlf)


def deliver(provider, rcpt, t, ip, host, mailfrom, from_dom, dmarc='pass', dkim_res='pass',
            dkim_doms=None):
    dkim_doms = dkim_doms or ((from_dom, AMZ_SEL if from_dom == 'amazon.com' else 's1'), ('amazonses.com', SES_SEL))
    if provider == 'gmail':
        return trace_gmail(rcpt, t, ip, host, mailfrom,
                           ar_google(from_dom, mailfrom, ip, dkims=dkim_doms, dkim_res=dkim_res, dmarc=dmarc))
    if provider == 'outlook':
        mfdom = mailfrom.split('@')[1]
        return trace_outlook(t, ip, host, ar_outlook(ip, mfdom, dkim_doms[0][0], from_dom, dkim_res=dkim_res, dmarc=dmarc), mfdom)
    if provider == 'nifty':
        return trace_jp('nifty.com', rcpt, t, ip, host, mailfrom,
                        'spf=pass smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s' % (
                            mailfrom.split('@')[1], dkim_res, dkim_doms[0][0], dkim_doms[0][1], dmarc, from_dom),
                        'mta-rcv-e0%d.mail.nifty.com' % rnd.randint(1, 9))
    if provider == 'yahoojp':
        return trace_jp('yahoo.co.jp', rcpt, t, ip, host, mailfrom,
                        'spf=pass smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s' % (
                            mailfrom.split('@')[1], dkim_res, dkim_doms[0][0], dmarc, from_dom),
                        'mtaig-aaa0%d.mail.kks.yahoo.co.jp' % rnd.randint(1, 9))
    if provider == 'ocn':
        # records SPF and DKIM only (no DMARC verdict)
        return trace_jp('mfilter-s1%d-e.ocn.ad.jp' % rnd.randint(0, 9), rcpt, t, ip, host, mailfrom,
                        'spf=pass smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.i=@%s' % (
                            mailfrom.split('@')[1], dkim_res, dkim_doms[0][0], dkim_doms[0][0]),
                        'mfsmax%d.ocn.ad.jp' % rnd.randint(1, 9))
    if provider == 'plain':
        # corporate relay that adds no Authentication-Results at all
        return ['Return-Path: <%s>' % mailfrom,
                'Received: from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                    host, host, ip, rcpt.split('@')[1], alnum(10, 'ABCDEF0123456789'), rcpt, rdate(t + 4, 1))]
    raise ValueError(provider)


# ================================================================ MAILS


def main():
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith('.eml'):
            os.remove(os.path.join(OUT, fn))
    for f in PARTS:
        f()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote %d mails' % len(LABELS))


PARTS = []


# ==== PARTS ====
# ---------------------------------------------------------------- generic non-SES sender
def other_mail(slug, t, rcpt, frm, subject, body, label, provider='gmail', from_dom=None,
               mailfrom=None, ip=None, host=None, dkim_doms=None, dmarc='pass', dkim_res='pass',
               msgid=None, off=0, cs='utf-8', extra=(), lower_trace=(), crlf=False, sign=True):
    from_dom = from_dom or frm[1].split('@')[1]
    mailfrom = mailfrom or 'bounce@%s' % from_dom
    ip = ip or '198.%d.%d.%d' % (rnd.randint(2, 250), rnd.randint(2, 250), rnd.randint(2, 250))
    host = host or 'mail%d.%s' % (rnd.randint(1, 9), mailfrom.split('@')[1])
    dkim_doms = dkim_doms or ((from_dom, 's1'),)
    msgid = msgid or '%s@%s' % (alnum(24), from_dom)
    trace = deliver(provider, rcpt[1] if not isinstance(rcpt, str) else rcpt, t, ip, host, mailfrom, from_dom,
                    dmarc=dmarc, dkim_res=dkim_res, dkim_doms=dkim_doms)
    sigs = [dkim(d, s, t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type') for d, s in dkim_doms] if sign else []
    heads = list(lower_trace) + sigs + std_headers(frm, rcpt, subject, t, msgid, off, cs) + list(extra)
    return emit(slug, trace, heads, body, *label, crlf=crlf)


def credly_mail(slug, t, rcpt, subject, body, label, provider='gmail', issuer='Amazon Web Services Training and Certification',
                from_addr='admin@credly.com', off=0):
    dom = from_addr.split('@')[1]
    sg = 'em%d.%s' % (rnd.randint(1000, 9999), dom)
    local = rcpt[1].replace('@', '=')
    mailfrom = 'bounces+%d-%s-%s@%s' % (rnd.randint(1000000, 39999999), hexs(4), local, sg)
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    host = 'o%d.ptr%d.%s' % (rnd.randint(1, 9), rnd.randint(1000, 9999), dom)
    return other_mail(slug, t, rcpt, ('%s via Credly' % issuer if issuer else 'Credly', from_addr), subject, body, label,
                      provider=provider, from_dom=dom, mailfrom=mailfrom, ip=ip, host=host,
                      dkim_doms=((dom, 's1'), ('sendgrid.info', 'smtpapi')),
                      msgid='%s@geopod-ismtpd-%d' % (alnum(22), rnd.randint(1, 40)), off=off,
                      extra=['X-SG-EID: %s' % fold_b(b64r(90)), 'X-Entity-ID: %s' % alnum(22)])


def credly_html(greeting, lines, button='Accept your badge', url='https://www.credly.com/earner/earned/badge/', badge=''):
    bid = uuidish()
    body = ''.join('<p style="margin:0 0 12px 0">%s</p>\n' % l for l in lines)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>\n'
            '<body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">\n'
            '<table align="center" width="600" style="background:#ffffff"><tr><td style="padding:24px">\n'
            '<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90">\n'
            '<h2 style="color:#2d2d2d">%s</h2>\n%s'
            '<p><img src="https://images.credly.com/size/340x340/images/%s/image.png" alt="%s" width="170"></p>\n'
            '<table><tr><td style="background:#ff6b00;border-radius:4px;padding:12px 24px">'
            '<a href="%s%s" style="color:#fff;text-decoration:none;font-weight:bold">%s</a></td></tr></table>\n'
            '<p style="font-size:11px;color:#888">Credly, Inc. | 1 Penn Plaza, Suite 2201, New York, NY 10119<br>'
            '<a href="https://www.credly.com/notification_settings">Manage notification settings</a></p>\n'
            '</td></tr></table></body></html>\n') % (greeting, body, uuidish(), esc(badge), url, bid, button), bid


# ---------------------------------------------------------------- U1: Kenji Tanaka (JA, form case, 15 digits)
U1 = ('田中 健二', 'kenji.tanaka.dev@gmail.com')
T1 = T('2025-05-27 23:02:11')
C1 = '%d%05d' % (T1, 417)


def part_u1():
    # 1 case created (ja)
    txt = """田中 健二 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: %s
お問い合わせの種類: Certification（認定）
詳細: Account Merge（アカウントの統合）
AWS 認定 ID: AWS04417829

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容で新しいお問い合わせを作成されますと、確認にお時間をいただく場合がございますので、
恐れ入りますが本ケースへの返信にてご連絡くださいますようお願いいたします。

※本メールは送信専用ではございません。本メールにご返信いただくと、ケースに追記されます。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
""" % C1
    body = alt(part(txt, cs='iso-2022-jp', cte='7bit'),
               part(aws_html(txt, 'お問い合わせ受付', lang='ja'), 'html', 'utf-8', 'qp'))
    aws_mail('ack-form-ja', T1 + 41, U1, AWS_FORM,
             '[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % C1, body,
             ('case_created', C1, ['AWS04417829'], True, 'ja'), cs='iso-2022-jp')

    # 2 merge confirmation requested (ja, keigo) with quoted form text
    t2 = T('2025-05-29 01:40:27')
    txt = """田中 健二 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

この度はアカウント統合のご依頼をいただき、ありがとうございます。
お客様のお名前で登録されている認定アカウントを確認いたしましたところ、以下の 2 件が存在しておりました。

　・AWS04417829（ログイン用メールアドレス: k.tanaka@hoshizora-sys.co.jp）
　・AWS11938406（ログイン用メールアドレス: kenji.tanaka.dev@gmail.com）

ご依頼の内容に基づき、AWS04417829 の認定履歴を AWS11938406 に統合し、
AWS11938406 を存続アカウントとさせていただく予定でございます。
統合後は AWS04417829 へのログインはできなくなります。

なお、統合処理は一度実施いたしますと元に戻すことができません。
上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施をご承諾いただけますでしょうか。
お手数をおかけいたしますが、ご確認のほど何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

---------- 元のメッセージ ----------
お問い合わせの種類: Certification
詳細: Account Merge
AWS 認定 ID: AWS04417829
内容:
転職前に会社のメールアドレスで作成した認定アカウント（AWS04417829）と、
現在使っている個人のアカウントを一つにまとめたいです。よろしくお願いします。
"""
    body = part(txt, cs='iso-2022-jp', cte='7bit')
    aws_mail('merge-confirm-ja-keigo', t2, U1, AWS_FORM,
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1, body,
             ('merge_confirmation_requested', C1, ['AWS04417829', 'AWS11938406'], True, 'ja'))

    # 3 support reply (ja): thanks for confirming, we will proceed; ids only in quoted history
    t3 = T('2025-05-29 06:02:50')
    txt = """田中 健二 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
ご返信いただき、誠にありがとうございます。

統合の実施についてご承諾いただいたことを確認いたしました。
これより担当部署にて作業を進めてまいります。作業が完了いたしましたら、改めて本ケースにてご連絡申し上げます。
今しばらくお待ちくださいますようお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート

2025年5月29日(木) 12:15 田中健二 <kenji.tanaka.dev@gmail.com>:
> Dear Sato-san,
>
> Thank you for your reply. The details are correct. Please proceed with the merge.
>
> Best regards,
> Kenji Tanaka
>
> 2025年5月29日(木) 10:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 田中 健二 様
> >
> > お客様のお名前で登録されている認定アカウントを確認いたしましたところ、以下の 2 件が存在しておりました。
> > 　・AWS04417829（ログイン用メールアドレス: k.tanaka@hoshizora-sys.co.jp）
> > 　・AWS11938406（ログイン用メールアドレス: kenji.tanaka.dev@gmail.com）
> > 上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施をご承諾いただけますでしょうか。
"""
    body = part(txt, cs='utf-8', cte='b64')
    aws_mail('reply-ja-proceeding', t3, U1, AWS_FORM,
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1, body,
             ('support_reply', C1, [], True, 'ja'))

    # 4 merge completed (ja), labelled shift_jis but uses cp932-only chars; full-width id
    t4 = T('2025-05-30 08:20:03')
    txt = """田中 健二 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

　① 存続アカウント：AWS11938406
　② 統合元アカウント：ＡＷＳ０４４１７８２９（本日付で無効となりました）

お手数ではございますが、以下の点をご確認いただけますと幸いです。
　・AWS11938406 にログインし、これまでに取得された認定がすべて表示されていること
　・再認定用 50% 割引バウチャーなどの特典が引き継がれていること
　・Credly のバッジは、反映までに数日ほどかかる場合がございます

ご不明な点がございましたら、本メールにご返信くださいませ。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    body = part(txt, cs='shift_jis', cte='b64', codec='cp932')
    aws_mail('merge-done-ja-sjis', t4, U1, AWS_FORM,
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1, body,
             ('merge_completed', C1, ['AWS04417829', 'AWS11938406'], True, 'ja'))

    # 5 survey (ja), HTML only
    t5 = t4 + 3600 * 26
    html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="font-family:'Hiragino Sans',Meiryo,sans-serif;color:#16191f">
<table width="600" align="center"><tr><td style="padding:16px;background:#232f3e;color:#fff;font-size:18px">Amazon Web Services</td></tr>
<tr><td style="padding:20px">
<p>田中 健二 様</p>
<p>ケース ID %s はクローズされました。</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。サービス向上のため、今回の対応についてご意見をお聞かせください。アンケートは 1 分ほどで終わります。</p>
<p style="font-weight:bold">問題は解決しましたか？</p>
<table><tr>
<td style="background:#ff9900;padding:10px 28px"><a style="color:#fff;text-decoration:none" href="https://survey.aws-cs.amazon.com/s/r?c=%s&amp;a=yes&amp;l=ja">はい</a></td>
<td style="width:12px"></td>
<td style="background:#545b64;padding:10px 28px"><a style="color:#fff;text-decoration:none" href="https://survey.aws-cs.amazon.com/s/r?c=%s&amp;a=no&amp;l=ja">いいえ</a></td>
</tr></table>
<p>担当者の対応を 5 段階で評価していただくこともできます。</p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
""" % (C1, C1, C1)
    body = part(html, 'html', 'utf-8', 'b64')
    aws_mail('survey-ja-html', t5, U1, AWS_NOREPLY,
             'AWS サポート: ケース %s に関するアンケートのお願い' % C1, body,
             ('survey', C1, [], True, 'ja'))

    # 6 Credly badge issued after merge (en)
    t6 = t4 + 3600 * 50
    html, bid = credly_html('Congratulations, Kenji!', [
        'Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.',
        'This badge was issued to your current Credly account following an update of your certification records.',
        'Accept your badge to share it on LinkedIn, add it to your e-mail signature and let employers verify your achievement.'],
        badge='AWS Certified Solutions Architect - Associate')
    txt = ("Congratulations, Kenji!\n\nAmazon Web Services Training and Certification has issued you a badge:\n"
           "AWS Certified Solutions Architect – Associate\n\nThis badge was issued to your current Credly account "
           "following an update of your certification records.\n\nAccept your badge:\nhttps://www.credly.com/earner/earned/badge/%s\n\n"
           "Credly, Inc. | 1 Penn Plaza, Suite 2201, New York, NY 10119\n" % bid)
    body = alt(part(txt), part(html, 'html'))
    credly_mail('credly-badge-issued-kenji', t6, ('Kenji Tanaka', U1[1]),
                'Kenji, you have been issued a new badge: AWS Certified Solutions Architect – Associate', body,
                ('credly_badge_issued', None, [], True, 'en'))


PARTS.append(part_u1)


# ---------------------------------------------------------------- U2: Priya (console case, 11 digits, Indian English)
U2 = ('Priya Raghunathan', 'priya.r@outlook.com')
C2 = '11902446573'
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def console_reply(agent_text, case):
    return agent_text.rstrip('\n') + '\n' + (CONSOLE_FOOT % case)


def part_u2():
    t0 = T('2022-11-14 04:51:36')
    subj = 'Merge my 2 certification account'
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Dear Team,

I am having two AWS certification account, one is created with my old company mail id (AWS07731265) and other one with my personal mail (AWS09915502). Kindly merge both in to personal one.

Regards
Priya

We will respond to you as soon as possible. To see all your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Amazon Web Services
""" % (C2, C2, subj, C2)
    aws_mail('console-case-opened-priya', t0 + 5, U2, AWS_NOREPLY,
             'Amazon Web Services: You have opened a new Support case: %s' % C2,
             alt(part(txt, cte='qp'), part(aws_html(txt), 'html', cte='qp')),
             ('case_created', C2, ['AWS07731265', 'AWS09915502'], True, 'en'), provider='outlook')

    # 8 asks for details (support_reply)
    t = T('2022-11-15 05:31:07')
    txt = console_reply("""Hello Priya,

Greetings from AWS Training and Certification !!

Thank you for reaching out to us regarding merging of your certification accounts. I understand that you are having two accounts and you are wanting all of your certifications under single account, I will be glad to assist you with the same.

Upon checking from our end, I could see the candidate id AWS09915502 is registered with your personal mail id. However I am not able to locate the second account with the id which is mentioned by you in our records. Request you to kindly share the below details so that we can proceed further:

1. Registered email id of the old account (the email id which you were using at the time of login)
2. Full name as per the old account
3. Which account you are wanting to retain as primary one

Once we will receive the details, we will do the needful at the earliest.

Awaiting for your revert.

Regards,
Suresh K.
""", C2)
    aws_mail('priya-asks-login-mail', t, U2, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C2, subj),
             part(txt, cs='us-ascii', cte='7bit'),
             ('support_reply', C2, ['AWS09915502'], True, 'en'), provider='outlook')

    # 9 new correspondence notice
    t = T('2022-11-16 09:02:44')
    txt = """Dear AWS customer,

There is a new correspondence on your support case %s.

Subject: %s

Hello Priya, thank you for sharing the details. I have checked and found the old account, I will be getting back to you shortly after verifying the same with internal team. - Suresh K.

To view the full correspondence or to reply, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % (C2, subj, C2)
    aws_mail('priya-new-correspondence', t, U2, AWS_NOREPLY, '[Case %s] New correspondence added' % C2,
             part(txt, cte='qp'), ('support_reply', C2, [], True, 'en'), provider='outlook')

    # 10 confirmation requested
    t = T('2022-11-16 13:47:20')
    txt = console_reply("""Hello Priya,

Thank you for your patience and sorry for the delay in getting back.

As per our verification we have located both of your accounts, please find details as below:

Account 1 (to be merged)   : AWS07731265 - priya.raghunathan@techvantage-sol.in
Account 2 (primary, will remain) : AWS 09915502 - priya.r@outlook.com

Post merging, all the certification history, digital badges and benefits of the Account 1 will get moved under Account 2 and Account 1 will be deactivated permanently. Please note that the merge once done can not be reverted back.

Request you to kindly confirm that above details are correct and you are ok to go ahead for the merge, by replying to this case from the Support Center. Post your confirmation only we will be initiating the merge.

Regards,
Suresh K.
""", C2)
    aws_mail('priya-merge-confirm-request', t, U2, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C2, subj),
             alt(part(txt, cte='qp'), part(aws_html(txt), 'html', cte='qp')),
             ('merge_confirmation_requested', C2, ['AWS07731265', 'AWS09915502'], True, 'en'), provider='outlook', crlf=True)

    # 11 thanks for confirming, we will proceed
    t = T('2022-11-17 04:12:55')
    txt = console_reply("""Hello Priya,

Thank you for the confirmation.

I have raised the merge request to our concerned team. Generally it takes around 3-5 business days for getting it completed. Once the merge is completed we will be updating you on this case itself, you need not to raise any new case for the same.

Meanwhile request you to please not schedule any exam from the old account.

Regards,
Suresh K.
""", C2)
    aws_mail('priya-thanks-will-proceed', t, U2, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C2, subj),
             part(txt, cte='qp'), ('support_reply', C2, [], True, 'en'), provider='outlook')

    # 12 completed + resolving the case (boundary -> merge_completed)
    t = T('2022-11-19 06:40:18')
    txt = console_reply("""Hello Priya,

Greetings of the day!

We are glad to inform you that your accounts got merged successfully. Now onwards you can login with AWS09915502 and all of your certifications are showing under it. The old account aws07731265 is deactivated now.

Digital badges may take 24-48 hours for reflecting in Credly.

Since your query is resolved, I am going ahead and resolving this case from my end. If you are satisfied with the support, kindly rate the correspondence.

Have a nice day ahead!

Regards,
Suresh K.
""", C2)
    aws_mail('priya-merged-and-resolving', t, U2, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C2, subj),
             part(txt, cte='qp'), ('merge_completed', C2, ['AWS07731265', 'AWS09915502'], True, 'en'), provider='outlook')

    # 13 survey (resolved notice)
    t2 = t + 3600 * 24 * 2 + 311
    txt = """Hello,

We're writing to let you know that your support case %s ("%s") has been resolved.

If you still need help with this issue, you can reopen the case within 14 days from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How would you rate your overall support experience? Tell us in a short survey (2 minutes):
https://amazonwebservices.qualtrics.com/jfe/form/SV_%s?caseId=%s

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (C2, subj, C2, alnum(15), C2)
    aws_mail('priya-case-resolved-survey', t2, U2, AWS_NOREPLY,
             'Amazon Web Services: Your Support case %s has been resolved' % C2,
             alt(part(txt), part(aws_html(txt), 'html')), ('survey', C2, [], True, 'en'), provider='outlook')

    # 14 credly badges ready to accept after merge
    t3 = t + 3600 * 30
    html, bid = credly_html('Priya, your badges are ready', [
        'Your certification records with Amazon Web Services Training and Certification were updated, and the following badges have been issued to this Credly account:',
        '&bull; AWS Certified Cloud Practitioner<br>&bull; AWS Certified Developer &ndash; Associate',
        'Accept your badges to manage, share and verify your competencies.'],
        button='Accept your badges', badge='AWS Certified Developer - Associate')
    credly_mail('credly-badges-ready-priya', t3, U2,
                'Priya, 2 badges from Amazon Web Services Training and Certification are ready to accept',
                part(html, 'html', cte='qp'), ('credly_badge_issued', None, [], True, 'en'), provider='outlook')


PARTS.append(part_u2)

# ---------------------------------------------------------------- U3: Andrea Rossi, agent Lucia (Spanish calques)
U3 = ('Andrea Rossi', 'andrea.rossi88@gmail.com')
T3 = T('2024-11-18 14:37:05')
C3 = '%d%05d' % (T3, 2291)
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'


def part_u3():
    t = T('2024-11-18 20:55:41')
    txt = """Hello Andrea,

Thank you for contact with AWS Training and Certification. My name is Lucía and I will be attending your case.

Revising your petition, we have realized that in our system exist two accounts with your name:

- AWS02283914, created in 2019 with the e-mail andrea.rossi@studenti.unimi.it
- AWS10374658, created in 2023 with the e-mail andrea.rossi88@gmail.com

Before to continue, we need that you indicate us which of the two accounts you desire to conserve as the principal one. Once the merge is complete, the other account will stay deactivated and you will not can access to it anymore, for this reason is important to choose well.

Remain attentive to your answer.

Kind regards,

Lucía F.
AWS Training and Certification Customer Service
Amazon Web Services
"""
    aws_mail('lucia-which-account-to-keep', t, U3, AWS_FORM, FORM_SUBJ % C3,
             part(txt, cs='iso-8859-1', cte='qp'),
             ('support_reply', C3, ['AWS02283914', 'AWS10374658'], True, 'en'), off=0)

    t = T('2024-11-19 16:03:12')
    txt = """Hello again Andrea,

Perfect, thank you for the information. Then we will proceed of the next manner:

The account AWS-02283914 will be fusioned inside the account AWS10374658, which will stay as the principal account. All your certifications, the history of exams and the benefits will pass to AWS10374658.

Before to realize the change, please confirm us that you are agree, responding to this e-mail. I remember you that this process is irreversible, once it is done it cannot be returned back.

Greetings,

Lucía F.
AWS Training and Certification Customer Service
Amazon Web Services

On Tue, Nov 19, 2024 at 10:12 AM Andrea Rossi <andrea.rossi88@gmail.com> wrote:
> Hi Lucia,
>
> I would like to keep AWS10374658 (the gmail one). The university address is not active anymore.
>
> Thanks
> Andrea
>
> On Mon, Nov 18, 2024 at 9:55 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>
>> Hello Andrea,
>>
>> Revising your petition, we have realized that in our system exist two accounts with your name:
>> - AWS02283914, created in 2019 with the e-mail andrea.rossi@studenti.unimi.it
>> - AWS10374658, created in 2023 with the e-mail andrea.rossi88@gmail.com
>>
"""
    html = '<div dir="ltr">' + html_paras(txt.split('On Tue, Nov 19')[0]) + \
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Nov 19, 2024 at 10:12 AM Andrea Rossi &lt;<a href="mailto:andrea.rossi88@gmail.com">andrea.rossi88@gmail.com</a>&gt; wrote:<br></div>' \
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' \
        'Hi Lucia,<br><br>I would like to keep AWS10374658 (the gmail one). The university address is not active anymore.<br><br>Thanks<br>Andrea<br><br>' \
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Andrea,<br>' \
        'Revising your petition, we have realized that in our system exist two accounts with your name:<br>- AWS02283914, created in 2019 with the e-mail andrea.rossi@studenti.unimi.it<br>- AWS10374658, created in 2023 with the e-mail andrea.rossi88@gmail.com</blockquote></blockquote></div></div>\n'
    aws_mail('lucia-confirm-fusion', t, U3, AWS_FORM, FORM_SUBJ % C3,
             alt(part(txt, cs='iso-8859-1', cte='qp'), part(html, 'html', cte='qp')),
             ('merge_confirmation_requested', C3, ['AWS02283914', 'AWS10374658'], True, 'en'))

    t = T('2024-11-21 11:26:50')
    txt = """Hello Andrea,

I inform you that the unification of your two accounts was realized with success. From today all your certifications are found in the account AWS10374658, and the account AWS02283914 stays closed.

I recommend you to enter in the account and verify that all is correct. The badges of Credly can delay some days in appearing.

If you have any other doubt, do not hesitate in contacting us.

Kind regards,

Lucía F.
AWS Training and Certification Customer Service
Amazon Web Services
"""
    aws_mail('lucia-unification-realized', t, U3, AWS_FORM, FORM_SUBJ % C3,
             part(txt, cs='iso-8859-1', cte='b64'),
             ('merge_completed', C3, ['AWS02283914', 'AWS10374658'], True, 'en'))

    t = t + 3600 * 49
    txt = """Your case has been closed

Hello,

Case %s has been closed. We hope that we were able to help you with your request to AWS Training and Certification.

Was your issue resolved?

YES: https://aws-tc-feedback.amazon.com/r?case=%s&resolved=1
NO:  https://aws-tc-feedback.amazon.com/r?case=%s&resolved=0

Please take a moment to rate your experience with our agent. Your feedback helps us improve.

If you need further assistance with this issue, reply to this e-mail within 7 days and the case will be reopened.

AWS Training and Certification Customer Service
""" % (C3, C3, C3)
    html = aws_html(txt, 'Your case has been closed')
    aws_mail('tc-case-closed-survey', t, U3, AWS_FORM, 'Your AWS Training and Certification case %s has been closed' % C3,
             alt(part(txt), part(html, 'html')), ('survey', C3, [], True, 'en'))


PARTS.append(part_u3)


# ---------------------------------------------------------------- U4: Takeshi Mori, agent Yamamoto (machine-translated JA->EN)
U4 = ('Takeshi Mori', 't-mori@nifty.com')
T4 = T('2025-02-10 05:12:44')
C4 = '%d%05d' % (T4, 86)


def part_u4():
    txt = """Thank you for contacting AWS Training and Certification.

We have received your message. A Customer Service Associate will review your request and respond within 1 business day.

Case ID: %s
Inquiry type: AWS Training and Certification
Detail: Account Merge

To add information to this case, simply reply to this e-mail and keep the case ID in the subject line. Please do not open another case about the same issue, as it may delay our response.

AWS Training and Certification Customer Service
""" % C4
    aws_mail('form-ack-html-only', T4 + 38, U4, AWS_FORM,
             '[CASE %s] We received your request - AWS Training and Certification' % C4,
             part(aws_html(txt, 'We received your request'), 'html', cte='b64'),
             ('case_created', C4, [], True, 'en'), provider='nifty')

    t = T('2025-02-13 02:30:19')
    txt = """Mr. Mori

Thank you for your always using of AWS Training and Certification.
I am Yamamoto of AWS Training and Certification customer support.

We apologize very much that it took time to answer.
About the inquiry of account integration, currently we are confirming the account information with the department in charge.
Because three accounts are becoming the object this time, a little more time is necessary for the confirmation.
We are sorry to trouble you, but please wait for a while more.

Yamamoto
AWS Training and Certification customer support
Amazon Web Services
"""
    aws_mail('yamamoto-please-wait', t, U4, AWS_FORM, FORM_SUBJ % C4, part(txt, cs='us-ascii', cte='7bit'),
             ('support_reply', C4, [], True, 'en'), provider='nifty')

    t = T('2025-02-14 07:55:02')
    txt = """Mr. Mori

Thank you for your always using.
This is Yamamoto of AWS Training and Certification customer support.

It was waited for a long time. As a result of the confirmation, it was confirmed that the following three accounts exist in the name of customer.

 1. AWS05520193 (takeshi.mori@minato-densan.co.jp)
 2. aws08812047 (t-mori@nifty.com)
 3. AWS12009384 (takeshi.mori.cloud@gmail.com)

According to your hope, we will integrate 1. and 2. into 3., and the account of 3. AWS12009384 will be left as the account which continues.
Please note that after integrating it cannot return to the original state, and the accounts of 1. and 2. become unable to use.

If there is no problem in the above contents, we are sorry to trouble you, but please reply to this mail with the purpose of consent.
Thank you for your consideration.

Yamamoto
AWS Training and Certification customer support

2025/02/11 14:20 に 森 岳 さんは書きました:
> Dear Support team,
>
> Thank you for reply. I want to keep the gmail one, AWS12009384.
> Old company address account is AWS05520193 and also there is one more with this nifty address.
>
> Best regards,
> Takeshi Mori
>
> > Mr. Mori
> >
> > Thank you for your inquiry. In order to confirm, please teach us the login e-mail address of each account.
> >
"""
    aws_mail('yamamoto-integrate-three-confirm', t, U4, AWS_FORM, FORM_SUBJ % C4, part(txt, cs='utf-8', cte='qp'),
             ('merge_confirmation_requested', C4, ['AWS05520193', 'AWS08812047', 'AWS12009384'], True, 'en'), provider='nifty')

    t = T('2025-02-17 04:08:37')
    txt = """Mr. Mori

Thank you for your always using.
This is Yamamoto of AWS Training and Certification customer support.

We received the reply of consent, thank you very much.
We inform that the integration work of accounts was completed today.

　Account to continue : AWS12009384
　Integrated accounts : AWS05520193, AWS08812047 （these accounts became unusable）

Please log in with AWS12009384 and confirm that all of certifications are displayed.
Regarding the badge of Credly, the reflection may take 2～3 days.

If there is unclear point, please reply to this mail.
We look forward to your continued patronage.

Yamamoto
AWS Training and Certification customer support
"""
    # wrong charset label: says us-ascii, body is UTF-8 8bit
    aws_mail('yamamoto-integration-completed', t, U4, AWS_FORM, FORM_SUBJ % C4,
             part(txt, cs='us-ascii', cte='8bit', codec='utf-8'),
             ('merge_completed', C4, ['AWS05520193', 'AWS08812047', 'AWS12009384'], True, 'en'), provider='nifty')

    t2 = t + 3600 * 72 + 95
    txt = """Dear customer

This case (Case ID: %s) was closed because it was solved.
Thank you for using AWS Training and Certification customer support.

To improve the quality of our service, please cooperate with the questionnaire.
It takes about 1 minute.

Was your problem solved?
  Yes -> https://aws-tc-feedback.amazon.com/r?case=%s&resolved=1&lang=en
  No  -> https://aws-tc-feedback.amazon.com/r?case=%s&resolved=0&lang=en

Also please evaluate the correspondence of person in charge with 5 stars.

AWS Training and Certification customer support
""" % (C4, C4, C4)
    aws_mail('mt-closed-questionnaire', t2, U4, AWS_FORM,
             'Your case %s was closed - please cooperate with questionnaire' % C4,
             alt(part(txt), part(aws_html(txt, 'Questionnaire'), 'html')),
             ('survey', C4, [], True, 'en'), provider='nifty')

    t3 = t + 3600 * 40
    html, bid = credly_html('Takeshi, a badge was transferred to you', [
        'Amazon Web Services Training and Certification has transferred the badge <b>AWS Certified SysOps Administrator &ndash; Associate</b> to your Credly account.',
        'Badges that were held on a previous record are now available here. Accept the badge to make it visible on your public profile.'],
        badge='AWS Certified SysOps Administrator - Associate')
    credly_mail('credly-badge-transferred-takeshi', t3, U4,
                'Takeshi, your AWS Certified SysOps Administrator – Associate badge is ready',
                part(html, 'html', cte='b64'), ('credly_badge_issued', None, [], True, 'en'), provider='nifty')


PARTS.append(part_u4)

# ---------------------------------------------------------------- U5: Lukas Becker, agent Jonas (German calques), 10-digit case, 2020
U5 = ('Lukas Becker', 'lukas.becker@kraemer-it.de')
C5 = '6482915037'
SUBJ5 = 'RE:[CASE %s] AWS Certification - account merge request' % C5


def part_u5():
    t = T('2020-01-14 09:17:45')
    txt = """Hello Lukas,

thank you for your message.

I have looked into it and I have found two accounts which are on your name:

  AWS01188423 - lukas.becker@stud.hs-example.de (created 2017)
  AWS03305971 - lukas.becker@kraemer-it.de (created 2019)

We would merge the account AWS01188423 into the account AWS03305971, so that at the end only AWS03305971 is existing and all your certifications are there. Please be aware that this step can not be made undone afterwards.

Could you please be so kind and confirm us that this is correct? Then I will initiate it immediately.

Many greetings
Jonas
AWS Training & Certification Customer Support
"""
    aws_mail('jonas-please-confirm-merge', t, U5, AWS_FORM, SUBJ5, part(txt, cte='qp'),
             ('merge_confirmation_requested', C5, ['AWS01188423', 'AWS03305971'], None, 'en'), provider='plain')

    t = T('2020-01-20 10:02:11')
    txt = """Hello Lukas,

I write you because until now I did not receive your answer to my e-mail from 14.01. Without your OK I can unfortunately not continue with your request.

If I do not hear from you in the next 3 working days, the case will be closed automatically. You can of course open it again by answering to this e-mail.

Many greetings
Jonas
AWS Training & Certification Customer Support
"""
    aws_mail('jonas-chaser-no-answer', t, U5, AWS_FORM, SUBJ5, part(txt, cs='us-ascii', cte='7bit'),
             ('support_reply', C5, [], None, 'en'), provider='plain')

    t = T('2020-01-22 15:44:30')
    txt = """Hello Lukas,

no problem, thank you for coming back to me.

The accounts are now consolidated. You find all your certifications and the exam history under AWS03305971. The other account you can not use anymore for login.

If something is missing, just write me back.

Many greetings
Jonas
AWS Training & Certification Customer Support

-----Original Message-----
From: Lukas Becker <lukas.becker@kraemer-it.de>
Sent: Tuesday, January 21, 2020 8:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 6482915037] AWS Certification - account merge request

Hi Jonas,

sorry for the late reply, I was on vacation. Yes, this is correct, please merge AWS01188423 into AWS03305971.

Best regards
Lukas

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, January 14, 2020 10:17 AM
Subject: RE:[CASE 6482915037] AWS Certification - account merge request

> We would merge the account AWS01188423 into the account AWS03305971, so that at the end only AWS03305971 is existing
"""
    aws_mail('jonas-accounts-consolidated', t, U5, AWS_FORM, SUBJ5, part(txt, cs='windows-1252', cte='qp'),
             ('merge_completed', C5, ['AWS03305971'], None, 'en'), provider='plain')

    t2 = t + 3600 * 53
    bid = uuidish()
    html = ('<html><body style="font-family:Arial,sans-serif">'
            '<p><img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="110"></p>'
            '<h2>Lukas, you\'ve earned a badge!</h2>'
            '<p>Amazon Web Services Training and Certification has issued you the following badge:</p>'
            '<p><b>AWS Certified Solutions Architect - Associate</b></p>'
            '<p>Claim your badge to show your achievement across the web and give employers an easy way to verify it.</p>'
            '<p><a href="https://www.youracclaim.com/earner/earned/badge/%s" style="background:#007a99;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>'
            '<p style="font-size:11px;color:#777">Acclaim is operated by Credly, Inc. 1 Penn Plaza, New York, NY 10119</p>'
            '</body></html>\n') % bid
    txt = ("Lukas, you've earned a badge!\n\nAmazon Web Services Training and Certification has issued you the following badge:\n"
           "AWS Certified Solutions Architect - Associate\n\nAccept your badge: https://www.youracclaim.com/earner/earned/badge/%s\n" % bid)
    other_mail('acclaim-badge-2020', t2, U5,
               ('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
               "Lukas, you've earned a badge from Amazon Web Services Training and Certification",
               alt(part(txt), part(html, 'html')), ('credly_badge_issued', None, [], None, 'en'),
               provider='plain', mailfrom='bounces+2201933-8c1d-lukas.becker=kraemer-it.de@em2281.youracclaim.com',
               host='o3.ptr4410.youracclaim.com', ip='167.89.41.%d' % rnd.randint(2, 250),
               dkim_doms=(('youracclaim.com', 's1'),), msgid='%s@ismtpd0004p1las1.sendgrid.net' % alnum(22))


PARTS.append(part_u5)


# ---------------------------------------------------------------- U6: Minh Nguyen, agent Rafael (Portuguese calques)
U6 = ('Nguyen Van Minh', 'minh.nguyen.vn@gmail.com')
T6 = T('2024-08-05 09:21:33')
C6 = '%d%05d' % (T6, 31977)


def part_u6():
    txt = """Hello,

Thank you for reaching out to AWS Training and Certification Customer Service. This is an automated message to let you know that we received your inquiry and created case %s.

An associate will get back to you within 24 hours. If you need to add information, please reply to this e-mail without changing the subject.

Please note: opening additional cases for the same request may delay our response.

Regards,
AWS Training and Certification Customer Service
""" % C6
    aws_mail('form-ack-minh', T6 + 52, U6, AWS_FORM,
             'Thank you for contacting AWS Training and Certification [CASE %s]' % C6,
             alt(part(txt, cte='qp'), part(aws_html(txt), 'html', cte='qp')),
             ('case_created', C6, [], True, 'en'))

    t = T('2024-08-06 12:48:09')
    txt = """Good morning Minh, how are you? I hope you are well!

My name is Rafael and I am the responsible for your case.

I verified here in our system and really you have two accounts:

* AWS06650318 - minh.nguyen@fpt-example.com.vn
* AWS09187720 - minh.nguyen.vn@gmail.com

As you asked, the account AWS09187720 will continue active and the AWS06650318 will be incorporated to it, with all the certifications and the benefits.

Please, could you confirm me that is this that you desire? After the merge is not possible to undo, so I prefer to be sure before.

I stay waiting your return!

Att,
Rafael Souza
AWS Training and Certification Customer Service
"""
    aws_mail('rafael-confirm-me', t, U6, AWS_FORM, FORM_SUBJ % C6, part(txt, cte='b64'),
             ('merge_confirmation_requested', C6, ['AWS06650318', 'AWS09187720'], True, 'en'))

    t = T('2024-08-07 13:05:27')
    txt = """Minh, thanks for the confirmation!

I already sent your solicitation to the responsible team and now the merge is in progress. It can take until 3 business days. As soon as I have news I return to you here in this same e-mail.

Any doubt I stay at disposal.

Att,
Rafael Souza
AWS Training and Certification Customer Service

On Wed, Aug 7, 2024 at 8:31 AM Nguyen Van Minh <minh.nguyen.vn@gmail.com> wrote:
> Hi Rafael,
> Yes, I confirm. Please merge AWS06650318 into AWS09187720.
> Thank you very much!
> Minh
"""
    aws_mail('rafael-in-progress', t, U6, AWS_FORM, FORM_SUBJ % C6, part(txt, cte='qp'),
             ('support_reply', C6, [], True, 'en'))

    t = T('2024-08-09 18:22:40')
    txt = """Minh, good news!

The merge of your accounts was finalized with success. Now all your certifications are in the account AWS09187720 and the old one was deactivated. Please, enter in the account and verify if is everything ok. The Credly badges can take some days to appear.

As your solicitation was attended, I will be closing this case now. If you can, please evaluate my attendance in the survey that you will receive, it is very important for me.

Big hug and success!

Att,
Rafael Souza
AWS Training and Certification Customer Service
"""
    aws_mail('rafael-finalized-and-closing', t, U6, AWS_FORM, FORM_SUBJ % C6,
             alt(part(txt, cte='qp'), part(aws_html(txt), 'html', cte='qp')),
             ('merge_completed', C6, ['AWS09187720'], True, 'en'))


PARTS.append(part_u6)

# ---------------------------------------------------------------- U7: Aiko Suzuki (JA console case, 11 digits, Yahoo! JAPAN)
U7 = ('鈴木 愛子', 'aiko.suzuki@yahoo.co.jp')
C7 = '12583990471'
SUBJ7 = '認定アカウントの統合について'
CONSOLE_FOOT_JA = """
ご意見をお聞かせください。AWS サポートセンターで、このやり取りを評価していただけます（右上の星を選択してください）。

よろしくお願いいたします。
Amazon Web Services

======================================================
このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお受けできませんのでご了承ください。
"""


def part_u7():
    t0 = T('2023-07-03 01:14:52')
    txt = """こんにちは。

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
お問い合わせ内容:
認定アカウントが 2 つあります。1 つは AWS07002516 で、もう 1 つは結婚前の旧姓で登録したものです（ID は分かりません）。
1 つにまとめていただけますでしょうか。

すべてのケースを表示するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services をご利用いただきありがとうございます。
""" % (C7, C7, SUBJ7, C7)
    aws_mail('console-case-opened-ja', t0 + 4, U7, AWS_NOREPLY,
             'Amazon Web Services: 新しいサポートケースがオープンされました: %s' % C7,
             part(txt, cs='shift_jis', cte='b64'),
             ('case_created', C7, ['AWS07002516'], True, 'ja'), provider='yahoojp', cs='iso-2022-jp')

    t = T('2023-07-04 03:40:10')
    txt = """鈴木 愛子 様

AWS サポートの高橋でございます。お問い合わせいただき、誠にありがとうございます。

認定アカウントの統合につきまして、ご依頼を承りました。
ご申告いただいた AWS07002516 のほかに、旧姓でご登録されたアカウントをお調べいたしますため、
恐れ入りますが以下の情報をお知らせいただけますでしょうか。

　1. 旧姓でご登録されたアカウントのログイン用メールアドレス
　2. ご登録時の氏名（ローマ字表記）
　3. 統合後に残したいアカウント（存続アカウント）

統合が完了いたしますと元に戻すことはできかねますので、存続アカウントのご選択にはご注意くださいませ。
ご返信は、サポートセンターのケース画面よりお願いいたします。

高橋
""" + CONSOLE_FOOT_JA % C7
    aws_mail('takahashi-asks-old-name', t, U7, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C7, SUBJ7),
             part(txt, cs='iso-2022-jp', cte='7bit'),
             ('support_reply', C7, ['AWS07002516'], True, 'ja'), provider='yahoojp', cs='iso-2022-jp', mixed=True)

    t = T('2023-07-05 06:12:33')
    txt = """鈴木 愛子 様

AWS サポートの高橋でございます。
ご回答いただき、誠にありがとうございます。

お知らせいただいた情報をもとに確認いたしましたところ、旧姓（Aiko Kobayashi）でご登録のアカウント AWS10840937 を確認できました。
つきましては、以下のとおり統合を実施させていただきたく存じます。

　統合元（削除されるアカウント）：AWS10840937（aiko.kobayashi.0815@gmail.com）
　統合先（存続アカウント）　　　：AWS07002516（aiko.suzuki@yahoo.co.jp）

統合後は、AWS10840937 で取得された認定およびバッジはすべて AWS07002516 に移行され、AWS10840937 は利用できなくなります。
また、統合処理は取り消すことができません。

上記の内容でよろしければ、サポートセンターより「統合に同意します」とご返信いただけますでしょうか。
ご確認をいただけ次第、手続きを進めさせていただきます。

高橋
""" + CONSOLE_FOOT_JA % C7
    aws_mail('takahashi-confirm-merge-ja', t, U7, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C7, SUBJ7),
             alt(part(txt, cte='qp'), part(aws_html(txt, SUBJ7, lang='ja'), 'html', cte='b64')),
             ('merge_confirmation_requested', C7, ['AWS07002516', 'AWS10840937'], True, 'ja'), provider='yahoojp', cs='utf-8')


PARTS.append(part_u7)


# ---------------------------------------------------------------- U8: Omar Haddad, agent Dmitry (Russian calques), console 15 digits
U8 = ('Omar Haddad', 'omar.haddad@outlook.com')
T8 = T('2025-09-15 17:48:09')
C8 = '%d%05d' % (T8, 4410)
C8dup = '%d%05d' % (T8 + 86400 * 2 + 3121, 1187)
SUBJ8 = 'Certification accounts merge'


def part_u8():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Support case opened</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table width="640" align="center" style="background:#fff;border-top:4px solid #ff9900">
<tr><td style="padding:24px 32px">
<h1 style="font-size:20px;color:#16191f">You have opened a new Support case</h1>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your issue.</p>
<table style="border-collapse:collapse;font-size:14px">
<tr><td style="padding:4px 16px 4px 0;color:#545b64">Case ID</td><td>%s</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#545b64">Subject</td><td>%s</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#545b64">Severity</td><td>General guidance</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#545b64">Service</td><td>Training and Certification</td></tr>
</table>
<p>We will respond by e-mail and in the Support Center. <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View case</a></p>
<p style="font-size:12px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mail. Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
</td></tr></table></body></html>
""" % (C8, C8, SUBJ8, C8)
    aws_mail('console-case-opened-html', T8 + 6, U8, AWS_NOREPLY,
             'Amazon Web Services: You have opened a new Support case: %s' % C8,
             part(html, 'html', cte='b64'), ('case_created', C8, [], True, 'en'), provider='outlook')

    t = T('2025-09-16 21:03:56')
    txt = console_reply("""Hello, Omar!

Thank you for the patience. I have checked your request and found two certification accounts on your name.

Please, confirm the following:

- account AWS08034471 (o.haddad@gulfnet-eng.com) will be merged to account AWS11402395 (omar.haddad@outlook.com);
- account AWS11402395 will remain as main account, all certificates and exam history will be moved there;
- after merge the account AWS08034471 will be closed and it is impossible to restore it.

If all is correct, please, write in the Support Center "I confirm the merge". Without this confirmation we cannot start.

With best regards,
Dmitry
Amazon Web Services
""", C8)
    aws_mail('dmitry-please-confirm', t, U8, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C8, SUBJ8),
             part(txt, cte='qp'),
             ('merge_confirmation_requested', C8, ['AWS08034471', 'AWS11402395'], True, 'en'), provider='outlook', crlf=True)

    t = T('2025-09-17 20:47:31')
    txt = console_reply("""Hello, Omar!

I see that you have created one more case %s with the same question. Please, do not create new case for the same request, it only makes the answer longer. The second case I closed as duplicate, we continue work here in this case.

About your question in new case: yes, the exam which you have scheduled on 2 October stays valid, merge does not touch it.

I still wait your confirmation from my previous message.

With best regards,
Dmitry
Amazon Web Services
""" % C8dup, C8)
    aws_mail('dmitry-duplicate-case', t, U8, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C8, SUBJ8),
             part(txt, cte='qp'), ('support_reply', C8, [], True, 'en'), provider='outlook')

    t = T('2025-09-19 16:20:14')
    txt = console_reply("""Hello, Omar!

Merge is done. Now all your certificates are on account AWS11402395, the old account is closed. Please, check that everything is on its place.

One question: do you want that we also transfer the Credly badges from your old Credly profile? They are not moved automatically. For this, please, write me the e-mail of old Credly account.

With best regards,
Dmitry
Amazon Web Services
""", C8)
    aws_mail('dmitry-merge-done-credly-question', t, U8, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C8, SUBJ8),
             alt(part(txt, cte='qp'), part(aws_html(txt), 'html', cte='qp')),
             ('merge_completed', C8, ['AWS11402395'], True, 'en'), provider='outlook')

    t = T('2025-09-23 09:31:02')
    html, bid = credly_html('Omar, your badge is waiting for you', [
        'Amazon Web Services Training and Certification issued you the <b>AWS Certified Data Engineer &ndash; Associate</b> badge.',
        'You have not accepted it yet. Accept the badge to add it to your profile and share it with your network.'],
        badge='AWS Certified Data Engineer - Associate')
    txt = ("Omar, your badge is waiting for you\n\nAmazon Web Services Training and Certification issued you the "
           "AWS Certified Data Engineer – Associate badge. You have not accepted it yet.\n\n"
           "Accept your badge: https://www.credly.com/earner/earned/badge/%s\n" % bid)
    credly_mail('credly-badge-waiting-omar', t, U8, 'Reminder: accept your AWS Certified Data Engineer – Associate badge',
                alt(part(txt), part(html, 'html')), ('credly_badge_issued', None, [], True, 'en'), provider='outlook')


PARTS.append(part_u8)

# ---------------------------------------------------------------- U9: Chen Wei, agent Li Na (Chinese calques)
U9 = ('Chen Wei', 'chen.wei.sh@gmail.com')
T9 = T('2025-03-03 02:15:50')
C9 = '%d%05d' % (T9, 70125)


def part_u9():
    t = T('2025-03-04 06:40:22')
    txt = """Dear Chen Wei,

Thanks for your contact us. About your request, we already check the system, you have 2 accounts under your name:

Account A: AWS03771904, email chenwei@sh-datatech.cn
Account B: AWS12276651, email chen.wei.sh@gmail.com

According your request, we will merge Account A to Account B, Account B keep. After merge Account A can not login any more and can not recover, so please confirm again the information is correct. You only need reply this email and write "confirm".

Once the merge is complete, we will send email notify you, and your certification will show in Account B.

Thanks for your understanding and support!

Best Regards,
Li Na
AWS Training and Certification Customer Service

________________________________
From: Chen Wei <chen.wei.sh@gmail.com>
Sent: Monday, March 3, 2025 10:15 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: [AWS Training and Certification Form Submission] - account-assistance

AWS candidate ID: AWS12276651
Inquiry: I have another account AWS03771904 from my previous job. Please merge to AWS12276651. Thank you.
"""
    aws_mail('lina-please-confirm-again', t, U9, AWS_FORM, FORM_SUBJ % C9,
             alt(part(txt, cte='qp'), part(aws_html(txt), 'html', cte='qp')),
             ('merge_confirmation_requested', C9, ['AWS03771904', 'AWS12276651'], True, 'en'))

    t = T('2025-03-05 03:02:48')
    txt = """Dear Chen Wei,

Thanks for your confirm. We have submit your request to backend team, it need 3-5 working days to process, please kindly wait patiently. If any update we will inform you at first time.

Best Regards,
Li Na
AWS Training and Certification Customer Service

On Tue, Mar 4, 2025 at 9:12 PM Chen Wei <chen.wei.sh@gmail.com> wrote:
> confirm. Thank you Li Na.
>
> On Tue, Mar 4, 2025 at 2:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Account A: AWS03771904, email chenwei@sh-datatech.cn
> > Account B: AWS12276651, email chen.wei.sh@gmail.com
> > According your request, we will merge Account A to Account B, Account B keep.
"""
    aws_mail('lina-submitted-backend', t, U9, AWS_FORM, FORM_SUBJ % C9, part(txt, cte='b64'),
             ('support_reply', C9, [], True, 'en'))

    t = T('2025-03-10 11:15:03')
    html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:600px;margin:auto">
<div style="background:#232f3e;color:#ffffff;padding:14px;font-size:16px">AWS Training and Certification</div>
<div style="padding:18px">
<p>Hello Chen Wei,</p>
<p>Your case <b>%s</b> has been resolved and is now closed. We would love to hear about your experience.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://aws-tc-feedback.amazon.com/r?case=%s&amp;resolved=1" style="background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://aws-tc-feedback.amazon.com/r?case=%s&amp;resolved=0" style="background:#d13212;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the agent who helped you?<br>
<a href="https://aws-tc-feedback.amazon.com/r?case=%s&amp;rating=1">1</a> &middot; <a href="https://aws-tc-feedback.amazon.com/r?case=%s&amp;rating=2">2</a> &middot;
<a href="https://aws-tc-feedback.amazon.com/r?case=%s&amp;rating=3">3</a> &middot; <a href="https://aws-tc-feedback.amazon.com/r?case=%s&amp;rating=4">4</a> &middot;
<a href="https://aws-tc-feedback.amazon.com/r?case=%s&amp;rating=5">5</a></p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div></div></body></html>
""" % ((C9,) * 8)
    aws_mail('tc-survey-yes-no-html', t, U9, AWS_FORM, 'How did we do? Case %s' % C9,
             part(html, 'html', cte='qp'), ('survey', C9, [], True, 'en'))


PARTS.append(part_u9)


# ---------------------------------------------------------------- U10: Fatma Yilmaz, agent Ji-hoon (Korean calques), console 11 digits
U10 = ('Fatma Yılmaz', 'fatma.yilmaz.tr@gmail.com')
C10 = '10734458219'
SUBJ10 = 'Request to merge certification profiles'


def part_u10():
    t = T('2022-06-08 07:14:38')
    txt = console_reply("""Hello Fatma,

This is Ji-hoon from AWS Support, thank you for waiting.

We checked your two accounts AWS04491073 and AWS06632840. But name on two accounts is different each other (Fatma Yilmaz / Fatma Yilmaz Demir), so we cannot process merging directly now. For merging, name of both accounts should be same.

Could you please let us know below?
- What is the reason of merging (for example name change after marriage, company e-mail changed, etc.)
- Which name is correct name now, as written on your ID card

After you answer, we will check again and guide you next step.

Thank you for your understanding.

Best regards,
Ji-hoon P.
""", C10)
    aws_mail('jihoon-name-mismatch', t, U10, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C10, SUBJ10),
             part(txt, cte='qp'), ('support_reply', C10, ['AWS04491073', 'AWS06632840'], True, 'en'))

    t = T('2022-06-13 02:51:09')
    txt = console_reply("""Hello Fatma,

Thank you for your answer and sending the information.

Your merging request was processed completely. From now you can use only AWS06632840 account, and all certification history of AWS04491073 was moved into it. Name of account is changed to "Fatma Yilmaz Demir" as you requested.

If you find any problem, please reply in Support Center.

Best regards,
Ji-hoon P.
""", C10)
    aws_mail('jihoon-processed-completely', t, U10, AWS_NOREPLY, 'RE:[CASE %s] %s' % (C10, SUBJ10),
             alt(part(txt, cte='qp'), part(aws_html(txt), 'html', cte='qp')),
             ('merge_completed', C10, ['AWS04491073', 'AWS06632840'], True, 'en'))


PARTS.append(part_u10)


# ---------------------------------------------------------------- U11: Sophie Martin, agent Julien (French calques)
U11 = ('Sophie Martin', 'sophie.martin.cloud@gmail.com')
T11 = T('2024-04-22 08:03:17')
C11 = '%d%05d' % (T11, 55102)


def part_u11():
    t = T('2024-04-23 13:27:40')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Sophie,</p>
<p>I come back to you concerning your demand of fusion of your certification accounts.</p>
<p>After verification, I can confirm you that the two accounts below are well registered at your name:</p>
<ul>
<li><b>AWS05298816</b> &ndash; sophie.martin@lyon-numerique.fr</li>
<li><b>AWS07761129</b> &ndash; sophie.martin.cloud@gmail.com</li>
</ul>
<p>The account AWS05298816 will be fusioned in the account AWS07761129, which will be conserved. All your certifications and your exam history will be transferred on it.</p>
<p>I precise that this operation is definitive: it will not be possible to come back in arrière after.</p>
<p>Can you confirm me your accord by responding to this mail? At reception of your confirmation, I will launch the procedure.</p>
<p>Cordially,</p>
<p>Julien M.<br>AWS Training and Certification Customer Service<br>Amazon Web Services</p>
</div></body></html>
"""
    aws_mail('julien-fusion-accord-html', t, U11, AWS_FORM, FORM_SUBJ % C11,
             part(html, 'html', cte='qp'),
             ('merge_confirmation_requested', C11, ['AWS05298816', 'AWS07761129'], True, 'en'))

    t = T('2024-04-29 09:12:06')
    txt = """Hello Sophie,

Concerning your question on the voucher of 50%: I have verified, and it is well present on the account AWS07761129. You can see it in the section "Benefits" of your certification account. It is valid until 30 September 2024.

For the badges Credly, I see that your old badges are still on a second Credly profile with the address sophie.martin@lyon-numerique.fr. Do you desire that I demand also the regrouping of the two Credly profiles? In this case, please indicate me the e-mail address of the Credly profile to conserve.

I remain at your entire disposition.

Cordially,
Julien M.
AWS Training and Certification Customer Service

Le lun. 29 avr. 2024 à 09:40, Sophie Martin <sophie.martin.cloud@gmail.com> a écrit :
> Hello Julien,
> Thank you, I can see my certifications now. But I do not see the 50% voucher that I had on the old account AWS05298816. Can you check please?
> Sophie
"""
    aws_mail('julien-voucher-question', t, U11, AWS_FORM, FORM_SUBJ % C11, part(txt, cte='qp'),
             ('support_reply', C11, ['AWS07761129'], True, 'en'))


PARTS.append(part_u11)


# ---------------------------------------------------------------- Filipino agent: closure for inactivity (survey), 11 digits
U12 = ('Joseph Mensah', 'jmensah.cloud@gmail.com')
C12 = '11387702954'


def part_u12():
    t = T('2021-10-27 03:33:51')
    txt = console_reply("""Good day Joseph!

Hope you are doing great and keeping safe.

This is in regards with your request to merge your certification accounts. We have reached out to you last October 19 and October 22 but we haven't heard back from you yet, hence we will be closing this case for now.

Should you still need our help, just reopen the case from the Support Center and we will be more than happy to assist you. Kindly also take a moment to answer the short survey that you will be receiving, this will help us serve you better.

Keep safe and God bless!

Mark Anthony D.
Amazon Web Services
""", C12)
    aws_mail('filipino-closing-no-response', t, U12, AWS_NOREPLY, 'RE:[CASE %s] Merge certification accounts' % C12,
             part(txt, cte='qp'), ('survey', C12, [], True, 'en'))


PARTS.append(part_u12)

# ---------------------------------------------------------------- phishing / look-alikes about the merge
def part_phish():
    # 49 look-alike domain asks to confirm merge (dmarc passes for the look-alike itself)
    t = T('2024-08-06 22:19:04')
    dom = 'aws-certification-merge.com'
    fake_case = '%d%05d' % (T('2024-08-06 21:45:44'), 512)
    txt = """Dear Candidate,

We have received a request to merge your AWS Certification accounts AWS06650318 and AWS09187720 under case %s.

To finish the merge your confirmation is require within 24 hours. If you not confirm on time, the both accounts will be suspend and all your certifications will be lost permanently.

Please confirm the merge by sign in with your AWS Certification credentials:

CONFIRM MERGE: https://%s/confirm?case=%s&token=%s

Thank you for your cooperation.

AWS Training & Certification Team
Amazon Web Services
""" % (fake_case, dom, fake_case, alnum(32, 'abcdef0123456789'))
    html = aws_html(txt.replace('CONFIRM MERGE: ', 'CONFIRM MERGE → '), 'Confirm merge')
    other_mail('lookalike-confirm-merge-phish', t, U6, ('AWS Certification Support', 'no-reply@%s' % dom),
               '[CASE %s] Action required: confirm your certification account merge' % fake_case,
               alt(part(txt), part(html, 'html')),
               ('merge_confirmation_requested', fake_case, ['AWS06650318', 'AWS09187720'], False, 'en'),
               provider='gmail', from_dom=dom, mailfrom='bounce@mail.%s' % dom, host='mail.%s' % dom,
               ip='185.213.%d.%d' % (rnd.randint(2, 250), rnd.randint(2, 250)), dkim_doms=((dom, 'k1'),))

    # 50 spoofed From: amazon.com; topmost (Outlook) verdict dmarc=fail; forged pass header lower down
    t = T('2025-09-20 03:12:47')
    ip = '45.137.%d.%d' % (rnd.randint(2, 250), rnd.randint(2, 250))
    host = 'vps%d.hostcloud-ua.net' % rnd.randint(100, 999)
    ar = ('Authentication-Results: spf=fail (sender IP is %s)\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n'
          ' header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000' % ip)
    trace = trace_outlook(t, ip, host, ar, 'amazon.com')
    forged = ['Authentication-Results: mx.amazon.com;\n\tdkim=pass header.d=amazon.com header.s=amazon201209;\n\tspf=pass smtp.mailfrom=no-reply-aws@amazon.com;\n\tdmarc=pass header.from=amazon.com',
              'Received: from smtp-out.amazon.com (smtp-out.amazon.com [72.21.196.60])\n\tby %s with ESMTP; %s' % (host, rdate(t - 40))]
    fake_case = '%d%05d' % (T('2025-09-19 22:01:09'), 312)
    txt = """Hello Omar,

Your accounts merge is completed successfully. The old account AWS08034471 was closed and certificates moved to AWS11402395.

IMPORTANT: to activate the certifications on the new account you must verify your identity in 48 hours, otherwise certifications will be revoked by system.

Verify now: https://aws-certmetrics-verify.co/signin?ref=%s

Best regards,
Amazon Web Services Support
Case ID: %s
""" % (alnum(12), fake_case)
    heads = forged + std_headers(AWS_NOREPLY, U8, 'RE:[CASE %s] Certification accounts merge - completed' % fake_case, t,
                                 '%s@hostcloud-ua.net' % alnum(20))
    emit('spoofed-merge-done-dmarc-fail', trace, heads, part(txt, cs='utf-8', cte='b64'),
         'merge_completed', fake_case, ['AWS08034471', 'AWS11402395'], False, 'en')

    # 51 Credly look-alike
    t = T('2025-06-02 14:55:30')
    dom = 'credly-notifications.net'
    bid = uuidish()
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif"><p><img src="https://%s/img/logo.png" alt="Credly"></p>'
            '<h2>Congratulation Kenji!</h2><p>Amazon Web Services Training and Certification has issued you a new badge after your account was updated: '
            '<b>AWS Certified Solutions Architect - Professional</b>.</p><p>Please accept your badge in 3 days, after this the badge will be deleted.</p>'
            '<p><a href="https://%s/badge/accept/%s" style="background:#ff6b00;color:#fff;padding:12px 24px">Accept your badge</a></p>'
            '<p style="font-size:11px">Credly Inc.</p></body></html>\n') % (dom, dom, bid)
    other_mail('lookalike-credly-badge', t, ('Kenji Tanaka', U1[1]), ('Credly', 'badges@%s' % dom),
               'Kenji, you have a new badge to accept', part(html, 'html', cte='qp'),
               ('credly_badge_issued', None, [], False, 'en'),
               provider='gmail', from_dom=dom, mailfrom='noreply@%s' % dom, host='smtp.%s' % dom,
               dkim_doms=((dom, 'default'),))


PARTS.append(part_phish)


# ---------------------------------------------------------------- unrelated
def part_unrelated():
    # 52 another AWS console case (billing), case created
    tb = T('2025-01-20 08:41:19')
    cb = '%d%05d' % (tb, 23009)
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected EC2 charges in January invoice
Severity: General guidance
Correspondence: Hi, my January bill shows 212 USD for EC2 in ap-south-1 but I stopped all instances in December. Please check.

We will respond to you as soon as possible. To see all your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Amazon Web Services
""" % (cb, cb, cb)
    aws_mail('billing-case-opened', tb + 5, U2, AWS_NOREPLY,
             'Amazon Web Services: You have opened a new Support case: %s' % cb, part(txt, cte='qp'),
             ('unrelated', cb, [], True, 'en'), provider='outlook')

    # 53 quota increase reply, machine-translated from Japanese
    tq = T('2025-03-18 01:07:55')
    cq = '%d%05d' % (tq, 611)
    txt = console_reply("""Mr. Mori

Thank you for your always using of Amazon Web Services.
This is Kobayashi of AWS Support.

About the limit increase of Running On-Demand Standard instances in the Tokyo region (ap-northeast-1), we inform that the request was approved, and the new value became 256 vCPU.
It may take about 30 minutes until the new value is reflected to the console.

We apologize to take time for the answer.
If there is unclear point, please contact us from the Support Center.

Kobayashi
""", cq)
    aws_mail('quota-increase-approved-mt', tq + 3600 * 20, U4, AWS_NOREPLY,
             'RE:[CASE %s] Limit Increase: EC2 Instances' % cq, part(txt, cte='qp'),
             ('unrelated', cq, [], True, 'en'), provider='nifty')

    # 54 Seller Central case about merging listings
    ts = T('2024-12-02 16:20:44')
    txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understood that you would like to merge the two duplicate detail pages of your product "Ceramic Espresso Cup Set (6 pcs)". I have checked the ASINs B0CX7Q2LMN and B0CX7R9TPA and I am glad to inform that the merge of the listings has been done, now the offers are shown under B0CX7Q2LMN. The change may take till 48 hours for being visible on the website.

Did I resolve your issue? If yes, please click the "Yes" button below. If no, please click "No" and reply with details.

Thanks for selling on Amazon.

Regards,
Giuseppe
Amazon Selling Partner Support
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=5884881212
"""
    aws_mail('seller-central-listing-merge', ts, U3, ('Amazon Selling Partner Support', 'sellersupport-noreply@amazon.com'),
             'RE:[CASE 5884881212] Merge duplicate detail pages', alt(part(txt), part(aws_html(txt, 'Seller Support', footer='Amazon Services Europe S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg'), 'html')),
             ('unrelated', '5884881212', [], True, 'en'))

    # 55 CertMetrics recertification congratulations (authentic, but not AWS/Credly)
    tc = T('2025-03-20 17:02:11')
    txt = """Dear Chen Wei,

Congratulations! You have successfully recertified your AWS Certified Solutions Architect - Associate certification.

Candidate ID: AWS12276651
Certification: AWS Certified Solutions Architect - Associate
Validation Number: 7KQ3M9XW2B1T8HZD
Expiration Date: March 19, 2028

You can download your certificate and share your achievement from your AWS Certification Account:
https://www.certmetrics.com/amazon/candidate/default.aspx

You also have a 50% discount voucher available for your next AWS Certification exam in the Benefits section.

Thank you,
AWS Training and Certification

This is an automated message. Please do not reply to this e-mail.
"""
    other_mail('certmetrics-recertified', tc, U9, ('AWS Certification', 'do-not-reply@certmetrics.com'),
               'Congratulations on your AWS Certification recertification', alt(part(txt), part(aws_html(txt, 'AWS Certification', footer='CertMetrics is a service of Pearson VUE.'), 'html')),
               ('unrelated', None, ['AWS12276651'], False, 'en'), provider='gmail', from_dom='certmetrics.com',
               mailfrom='bounce@mail.certmetrics.com', host='mail.certmetrics.com', dkim_doms=(('certmetrics.com', 'selector1'),))

    # 56 Pearson VUE appointment confirmation (ja)
    tp = T('2025-06-10 04:30:00')
    txt = """田中 健二 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約が確定しましたのでお知らせいたします。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
受験日時: 2025年7月5日（土） 10:00 JST
受験方法: OnVUE（オンライン監視試験）
受験者 ID: AWS11938406
登録 ID: 458922731

試験開始 30 分前からチェックインが可能です。有効な本人確認書類（パスポート、運転免許証など）をご用意ください。
予約の変更・キャンセルは、受験日の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE
"""
    other_mail('pearson-vue-appointment-ja', tp, U1, ('Pearson VUE', 'pearsonvueconfirmation@pearson.com'),
               'Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional',
               part(txt, cs='iso-2022-jp', cte='7bit'), ('unrelated', None, ['AWS11938406'], False, 'ja'),
               provider='gmail', from_dom='pearson.com', mailfrom='bounces@mail.pearson.com', host='mx1.pearson.com',
               dkim_doms=(('pearson.com', 'pvue'),), cs='iso-2022-jp')

    # 57 Credly self-service account merge code (not the AWS merge)
    tm = T('2025-09-24 10:18:51')
    code = '%06d' % rnd.randint(100000, 999999)
    html, _ = credly_html('Confirm your account merge', [
        'You requested to merge another Credly account (o.haddad@gulfnet-eng.com) into this account.',
        'Your verification code is: <b style="font-size:20px;letter-spacing:3px">%s</b>' % code,
        'Enter this code on the merge page, or click the button below. The code expires in 30 minutes. If you did not request this, you can ignore this e-mail.'],
        button='Complete Account Merge', url='https://www.credly.com/account-merge/confirm?t=')
    credly_mail('credly-self-merge-code', tm, U8, 'Your Credly account merge verification code',
                part(html, 'html', cte='qp'), ('unrelated', None, [], True, 'en'), provider='outlook', issuer=None)

    # 58 Credly expiry reminder
    te = T('2025-10-01 12:00:07')
    html, _ = credly_html('Your badge is about to expire', [
        'Your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and Certification, will expire on October 31, 2025.',
        'To keep your badge active, recertify before the expiration date. Learn more about recertification on the AWS Certification website.'],
        button='View badge', url='https://www.credly.com/badges/')
    credly_mail('credly-badge-expiring', te, U9, 'Reminder: your AWS Certified Cloud Practitioner badge expires in 30 days',
                part(html, 'html', cte='b64'), ('unrelated', None, [], True, 'en'))

    # 59 GitHub merged notification
    tg = T('2025-05-14 07:44:02')
    txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-sys/cert-tracker/pull/42#event-%d
You are receiving this because you authored the thread.

Message ID: <hoshizora-sys/cert-tracker/pull/42/issue_event/%d@github.com>
""" % (rnd.randint(10**9, 10**10), rnd.randint(10**9, 10**10))
    desc = """@kenji-tanaka-dev merged commit %s into main

Merge account records: de-duplicate candidate rows (fixture id aws12345678 now maps to one person).
""" % hexs(7)
    html = ('<p><a href="https://github.com/kenji-tanaka-dev">@kenji-tanaka-dev</a> merged commit <a href="#">%s</a> into <code>main</code>.</p>'
            '<p>Merge account records: de-duplicate candidate rows (fixture id aws12345678 now maps to one person).</p>'
            '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-sys/cert-tracker/pull/42">view it on GitHub</a>.</p>\n') % hexs(7)
    other_mail('github-pr-merged', tg, U1, ('Kenji Tanaka', 'notifications@github.com'),
               'Re: [hoshizora-sys/cert-tracker] Merge account records (PR #42)', alt(part(desc + '\n' + txt), part(html, 'html')),
               ('unrelated', None, ['AWS12345678'], False, 'en'), provider='gmail', from_dom='github.com',
               mailfrom='noreply@github.com', host='out-%d.smtp.github.com' % rnd.randint(10, 30),
               ip='192.30.252.%d' % rnd.randint(190, 210), dkim_doms=(('github.com', 'pf2023'),),
               extra=['In-Reply-To: <hoshizora-sys/cert-tracker/pull/42@github.com>',
                      'References: <hoshizora-sys/cert-tracker/pull/42@github.com>',
                      'List-ID: hoshizora-sys/cert-tracker <cert-tracker.hoshizora-sys.github.com>',
                      'X-GitHub-Reason: author'])

    # 60 phishing, not about the merge (voucher "fee"), look-alike domain
    tf = T('2025-02-03 05:05:05')
    dom = 'aws-training-certlfication.com'
    txt = """Dear AWS Certified,

Your 50%% exam voucher for AWS Certification is going to expire at 05 February 2025. For keep the voucher active a small verification fee of 1.00 USD is necessary.

Please update your payment information here: https://%s/benefits/voucher?uid=%s

If the payment is not received, the voucher and the certification benefits will be cancel.

Regards,
AWS Training and Certification Benefits Team
""" % (dom, alnum(10))
    ip = '91.92.%d.%d' % (rnd.randint(2, 250), rnd.randint(2, 250))
    ar = ar_outlook(ip, dom, dom, dom, dmarc='none', action='none', compauth='softpass reason=201')
    trace = trace_outlook(tf, ip, 'mail.%s' % dom, ar, dom)
    heads = [dkim(dom, 'mail', tf, h='From:To:Subject:Date')] + std_headers(('AWS Training & Certification', 'benefits@%s' % dom), U2,
                                                                          'Your AWS Certification voucher will expire - action needed', tf,
                                                                          '%s@%s' % (alnum(18), dom))
    emit('phish-voucher-fee', trace, heads, alt(part(txt, cs='iso-8859-1', cte='qp'), part(html_paras(txt), 'html', cs='iso-8859-1', cte='qp')),
         'unrelated', None, [], False, 'en', crlf=True)


PARTS.append(part_unrelated)


# ==== RUN ====
if __name__ == '__main__':
    main()
