#!/usr/bin/env python3
"""Generator for blind set 247: end of the AWS Certification account-merge case
(completions, closures/surveys, reopened cases, Credly mails and look-alikes).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy as _policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(247)
MAILS = []          # (fname, bytes, label)
ID_RE = re.compile(r'(?i)\baws[ \-]?(\d{8})\b')


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def T(s, off=0.0):
    """'YYYY-mm-dd HH:MM:SS' in a zone of `off` hours -> aware datetime"""
    tz = timezone(timedelta(hours=off))
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(open_dt, tail):
    return '%d%05d' % (int(open_dt.timestamp()), tail)


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(alpha) for _ in range(n))


def ralnum(n, lower=True):
    alpha = 'abcdefghijklmnopqrstuvwxyz0123456789' if lower else \
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
    return ''.join(RNG.choice(alpha) for _ in range(n))


def rfc(dt):
    return format_datetime(dt)


def gdate(dt):
    """Gmail style trace date: 'Wed, 28 May 2025 01:05:12 -0700 (PDT)'"""
    pdt = dt.astimezone(timezone(timedelta(hours=-7)))
    return pdt.strftime('%a, %d %b %Y %H:%M:%S -0700 (PDT)').replace(' 0', '  ', 0)


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000) - RNG.randint(300, 4000)
    uid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return '0100%012x-%s-000000' % (ms, uid)


def fold_b(prefix, n=150):
    """fake signature b= value folded like real headers"""
    s = rb64(n)
    return '\n\t '.join([s[i:i + 70] for i in range(0, len(s), 70)])


# --------------------------------------------------------------------------
# Authentication results and trace headers
# --------------------------------------------------------------------------
SES_IPS = ['54.240.8.30', '54.240.8.84', '54.240.48.93', '54.240.13.12',
           '54.240.11.46', '54.240.9.112', '54.240.27.17']


def dkim_sig(domain, selector, dt, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s=;\n'
            '\tb=%s' % (selector, domain, int(dt.timestamp()) - 2, hdrs, rb64(43),
                        fold_b('', 340)))


def auth_string(style, auth):
    """auth: dict(dkim=[(domain, result, selector)], spf=(result, mailfrom, ip),
    dmarc=(result, policy, fromdom) or None, authserv=...)"""
    if style == 'gmail':
        parts = []
        for d, r, s in auth.get('dkim', []):
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, s, rb64(8)))
        sr, mf, ip = auth['spf']
        if sr == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif sr == 'softfail':
            parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (sr, mf, ip, mf))
        if auth.get('dmarc'):
            r, p, fd = auth['dmarc']
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                r, p, p, 'NONE' if r == 'pass' else ('QUARANTINE' if p == 'QUARANTINE' else 'NONE'), fd))
        return 'mx.google.com;\n       ' + ';\n       '.join(parts)
    if style == 'outlook':
        sr, mf, ip = auth['spf']
        dom = mf.split('@')[-1]
        s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (
            sr, ip, dom) if sr != 'none' else 'spf=none (sender IP is %s)\n smtp.mailfrom=%s; ' % (ip, dom)
        dk = auth.get('dkim', [])
        if dk:
            d, r, _ = dk[0]
            s += 'dkim=%s (%s)\n header.d=%s;' % (r, 'signature was verified' if r == 'pass' else 'signature did not verify', d)
        else:
            s += 'dkim=none (message not signed)\n header.d=none;'
        if auth.get('dmarc'):
            r, p, fd = auth['dmarc']
            act = 'none' if r == 'pass' else ('quarantine' if p == 'QUARANTINE' else 'none')
            s += 'dmarc=%s action=%s header.from=%s;compauth=%s reason=%s' % (
                r, act, fd, 'pass' if r == 'pass' else 'fail', '100' if r == 'pass' else '000')
        return s
    if style == 'yahoo':
        parts = []
        for d, r, s in auth.get('dkim', []):
            parts.append('dkim=%s header.i=@%s header.s=%s' % (r, d, s))
        sr, mf, ip = auth['spf']
        parts.append('spf=%s smtp.mailfrom=%s' % (sr, mf.split('@')[-1]))
        if auth.get('dmarc'):
            r, p, fd = auth['dmarc']
            parts.append('dmarc=%s(p=%s) header.from=%s' % (r, p, fd))
        return 'atlas-production.v2.mail.yahoo.com;\n ' + ';\n '.join(parts) + ';'
    # Japanese providers and generic (authserv-id given)
    sid = auth.get('authserv', 'mx.example.jp')
    parts = []
    sr, mf, ip = auth['spf']
    parts.append('spf=%s smtp.mailfrom=%s' % (sr, mf))
    for d, r, s in auth.get('dkim', []):
        parts.append('dkim=%s header.d=%s header.s=%s' % (r, d, s))
    if auth.get('dmarc'):
        r, p, fd = auth['dmarc']
        parts.append('dmarc=%s header.from=%s' % (r, fd))
    return sid + ';\n\t' + ';\n\t'.join(parts)


def trace(style, to, dt, mailfrom, ip, helo, auth=None, extra_top=None, extra_bottom=None):
    """Return header lines (list of str, already folded) that a receiving
    system prepends.  style in gmail/outlook/yahoo/jp/noauth"""
    dt_recv = dt + timedelta(seconds=RNG.randint(1, 9))
    L = []
    if extra_top:
        L += extra_top
    if style == 'gmail':
        L.append('Delivered-To: %s' % to)
        L.append('Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(3), ralnum(5), gdate(dt_recv)))
        L.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(60))
        L.append('X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(3), rhex(16), rhex(8), RNG.randint(10, 99), ralnum(5), gdate(dt_recv)))
        if auth is not None:
            L.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
                int(dt_recv.timestamp()), rb64(70)))
            L.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                     '        h=feedback-id:mime-version:subject:message-id:to:from:date:dkim-signature;\n'
                     '        bh=%s=;\n        fh=%s=;\n        b=%s' % (rb64(43), rb64(43), rb64(70)))
            L.append('ARC-Authentication-Results: i=1; ' + auth_string('gmail', auth))
        L.append('Return-Path: <%s>' % mailfrom)
        L.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n'
                 '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                     helo, helo, ip, rhex(16), rhex(8), RNG.randint(10, 99), ralnum(5), to, gdate(dt_recv)))
        if auth is not None:
            sr = auth['spf'][0]
            if sr == 'pass':
                L.append('Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip))
            else:
                L.append('Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (sr, mailfrom, ip, ip))
            L.append('Authentication-Results: ' + auth_string('gmail', auth))
    elif style == 'outlook':
        host = RNG.choice(['PH7PR11MB', 'SA1PR12MB', 'BL3PR19MB', 'DM6PR04MB', 'CH3PR15MB'])
        n = RNG.randint(1000, 9999)
        L.append('Received: from %s%d.namprd%02d.prod.outlook.com (2603:10b6:a03:%s::%d)\n by %s%d.namprd%02d.prod.outlook.com with HTTPS; %s' % (
            host, n, RNG.randint(1, 20), rhex(3), RNG.randint(10, 99), host, n + 7, RNG.randint(1, 20),
            dt_recv.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')))
        L.append('Received: from MW4PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:303:8b::%d)\n by %s%d.namprd%02d.prod.outlook.com (2603:10b6:a03:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.%d; %s' % (
            RNG.randint(1, 9999), RNG.randint(1, 60), host, n, RNG.randint(1, 20), rhex(3), RNG.randint(10, 99),
            RNG.randint(10, 40), dt_recv.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')))
        if auth is not None:
            L.append('Authentication-Results: ' + auth_string('outlook', auth))
            sr = auth['spf'][0]
            dom = auth['spf'][1].split('@')[-1]
            L.append('Received-SPF: %s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                'Pass' if sr == 'pass' else 'Fail', dom, 'designates' if sr == 'pass' else 'does not designate',
                ip, ip, helo))
        L.append('Received: from %s (%s) by\n MW2NAM04FT0%02d.mail.protection.outlook.com (10.13.31.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via\n Frontend Transport; %s' % (
            helo, ip, RNG.randint(10, 99), RNG.randint(2, 250), RNG.randint(10, 40),
            dt_recv.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')))
    elif style == 'yahoo':
        L.append('Received: from %d.bizmail.mail.gq1.yahoo.com by sonic%d.mail.gq1.yahoo.com with HTTP; %s' % (
            RNG.randint(10, 99), RNG.randint(300, 330), dt_recv.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')))
        if auth is not None:
            L.append('Authentication-Results: ' + auth_string('yahoo', auth))
        L.append('Received: from %s (EHLO %s) (%s)\n  by %d.mta%d.mail.gq1.yahoo.com with ESMTPS; %s' % (
            helo, helo, ip, RNG.randint(300, 330), RNG.randint(1, 9),
            dt_recv.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')))
        L.append('X-Originating-IP: [%s]' % ip)
        L.append('Return-Path: <%s>' % mailfrom)
    elif style == 'jp':
        mx = auth['authserv'] if auth else 'mx.nifty.com'
        jst = dt_recv.astimezone(timezone(timedelta(hours=9)))
        L.append('Return-Path: <%s>' % mailfrom)
        if auth is not None:
            L.append('Authentication-Results: ' + auth_string('jp', auth))
        L.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
            helo, helo, ip, mx, ralnum(11, lower=False), to, jst.strftime('%a, %d %b %Y %H:%M:%S +0900 (JST)')))
        L.append('X-Spam-Checker-Version: %s-filter 1.3.%d' % (mx.split('.')[1], RNG.randint(1, 9)))
    elif style == 'noauth':
        L.append('Return-Path: <%s>' % mailfrom)
        L.append('Received: from %s ([%s])\n\tby mail.%s with ESMTP id %s\n\tfor <%s>; %s' % (
            helo, ip, to.split('@')[1], ralnum(14), to, rfc(dt_recv)))
    if extra_bottom:
        L += extra_bottom
    return L


# canned auth verdicts -----------------------------------------------------
def aws_auth(mailfrom, ip, authserv=None, dmarc=True):
    a = {'dkim': [('amazon.com', 'pass', rhex(32)[:32]),
                  ('amazonses.com', 'pass', '224i4yxa5dv7c2xz3womw6peuasteono')],
         'spf': ('pass', mailfrom, ip),
         'dmarc': ('pass', 'QUARANTINE', 'amazon.com') if dmarc else None}
    if authserv:
        a['authserv'] = authserv
    return a


def credly_auth(mailfrom, ip, authserv=None, dom='credly.com'):
    a = {'dkim': [(dom, 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')],
         'spf': ('pass', mailfrom, ip),
         'dmarc': ('pass', 'QUARANTINE', dom)}
    if authserv:
        a['authserv'] = authserv
    return a


# --------------------------------------------------------------------------
# MIME body parts
# --------------------------------------------------------------------------
def text(body, subtype='plain', charset='utf-8', cte='qp', label=None, fmt_flowed=False):
    """Single text part.  charset: python codec used to encode; label: the
    charset name written in the header (defaults to charset).  cte: 7bit, 8bit,
    qp, b64."""
    m = Message()
    lab = label or charset
    ct = 'text/%s; charset="%s"' % (subtype, lab)
    if fmt_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    if charset.lower() in ('cp932',):
        raw = body.encode('cp932')
    else:
        raw = body.encode(charset)
    raw = raw.replace(b'\r\n', b'\n')
    if cte == 'qp':
        enc = quopri.encodestring(raw).decode('ascii')
        m['Content-Transfer-Encoding'] = 'quoted-printable'
        m.set_payload(enc)
    elif cte == 'b64':
        b = base64.b64encode(raw).decode('ascii')
        enc = '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\n'
        m['Content-Transfer-Encoding'] = 'base64'
        m.set_payload(enc)
    elif cte == '7bit':
        raw.decode('ascii')  # must be 7bit clean (iso-2022-jp is)
        m['Content-Transfer-Encoding'] = '7bit'
        m.set_payload(raw.decode('ascii'))
    elif cte == '8bit':
        m['Content-Transfer-Encoding'] = '8bit'
        m.set_payload(raw.decode('ascii', 'surrogateescape'))
    else:
        raise ValueError(cte)
    return m


def alt(*parts):
    m = MIMEMultipart('alternative')
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart('mixed')
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart('related')
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def png_part(name, cid):
    m = Message()
    m['Content-Type'] = 'image/png; name="%s"' % name
    m['Content-Transfer-Encoding'] = 'base64'
    m['Content-ID'] = '<%s>' % cid
    m['Content-Disposition'] = 'inline; filename="%s"' % name
    png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
    m.set_payload(base64.b64encode(png).decode() + '\n')
    return m


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_paras(t):
    """plain text -> simple html paragraphs (keeps line breaks)"""
    out = []
    for block in t.strip('\n').split('\n\n'):
        out.append('<p>' + esc(block).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def aws_html(new, quoted_html='', lang='en', footer=None):
    """Rendering used by the AWS Support mailer (simple, table based)."""
    foot = footer or ''
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Amazon Web Services</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center">\n'
            '<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '<tr><td style="background:#232f3e;padding:14px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="80"></td></tr>\n'
            '<tr><td style="padding:24px;">\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (lang, html_paras(new), quoted_html, foot)


# --------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------
def prefix(t, p='> '):
    return '\n'.join((p + l) if l.strip() else p.rstrip() for l in t.strip('\n').split('\n'))


def q_gmail(when, who, t):
    return '\nOn %s %s wrote:\n\n%s\n' % (when, who, prefix(t))


def q_jp(when, who, t):
    return '\n%s %s:\n\n%s\n' % (when, who, prefix(t))


def q_outlook(frm, sent, to, subj, t, cc=None):
    h = '\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        h += 'Cc: %s\n' % cc
    return h + 'Subject: %s\n\n%s\n' % (subj, t.strip('\n'))


def q_original(frm, sent, to, subj, t):
    return ('\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n'
            % (frm, sent, to, subj, t.strip('\n')))


def html_quote_gmail(when, who, t):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On %s %s wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
            % (esc(when), esc(who), html_paras(t)))


def html_quote_block(head, t):
    return ('<div style="border-top:1px solid #e1e1e1;padding-top:8px;margin-top:16px;color:#555;">'
            '<p>%s</p><blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px;">%s</blockquote></div>'
            % (esc(head).replace('\n', '<br>'), html_paras(t)))


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
def enc_subject(s, charset=None, q=False):
    if charset is None:
        try:
            s.encode('ascii')
            return s
        except UnicodeEncodeError:
            charset = 'utf-8'
    if charset == 'utf-8':
        c = Charset('utf-8')
        c.header_encoding = QP if q else BASE64
        return Header(s, c, maxlinelen=76, header_name='Subject')
    return Header(s, charset, maxlinelen=76, header_name='Subject')


def addr(name, a, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def boundary(style):
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (RNG.randint(100000, 9999999), RNG.randint(100000000, 2099999999),
                                        RNG.randint(1700000000000, 1760000000000))
    if style == 'sg':
        return rhex(60)
    if style == 'gmail':
        return '000000000000' + rhex(16)
    if style == 'outlook':
        return '_000_%s%s_' % (ralnum(24, lower=False), 'namp')
    if style == 'jp':
        return '--%s' % ralnum(20)
    return '=_%s' % rhex(24)


def build(body, frm, to, subject, dt, msgid, extra=None, subject_charset=None, subject_q=False,
          trace_lines=None, dkim=None, tail_headers=None, crlf=False, date_str=None, bstyle='java'):
    """body: a Message (part or multipart).  Returns bytes."""
    for part in body.walk():
        if part.is_multipart():
            part.set_boundary(boundary(bstyle))
    hdrs = []
    if dkim:
        hdrs += dkim
    top = Message()
    # copy the content headers of body after our own headers
    content_hdrs = list(body._headers)
    body._headers = []
    for k, v in [('From', frm), ('To', to), ('Subject', enc_subject(subject, subject_charset, subject_q)),
                 ('Date', date_str or rfc(dt)), ('Message-ID', msgid)]:
        body[k] = v
    for k, v in (extra or []):
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in content_hdrs:
        body._headers.append((k, v))
    for k, v in (tail_headers or []):
        body[k] = v
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=_policy.compat32)
    g.flatten(body)
    data = buf.getvalue()
    # compat32 puts long unbreakable values on their own continuation line;
    # real mailers keep Message-ID / Feedback-ID on the header line.
    data = re.sub(rb'(?m)^(Message-ID|Feedback-ID|In-Reply-To|References): ?\n[ \t]+', rb'\1: ', data)
    pre = '\n'.join((trace_lines or []) + hdrs)
    if pre:
        data = pre.encode('ascii') + b'\n' + data
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def ids_in(t):
    return sorted({'AWS' + m for m in ID_RE.findall(t)})


def add(fname, data, kind, case_id, new_text, sender_verified, language, account_ids=None):
    ids = ids_in(new_text) if account_ids is None else sorted(set(account_ids))
    label = {'kind': kind, 'case_id': case_id, 'account_ids': ids,
             'sender_verified': sender_verified, 'language': language}
    MAILS.append((fname, data, label))


# --------------------------------------------------------------------------
# personas, cases
# --------------------------------------------------------------------------
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def ses_mail(dt):
    """(message-id, return-path, ip, helo) for an SES sent mail"""
    mid = ses_msgid(dt)
    ip = RNG.choice(SES_IPS)
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])
    return '<%s@email.amazonses.com>' % mid, '%s@amazonses.com' % mid, ip, helo


def aws_dkim(dt):
    return [dkim_sig('amazon.com', rhex(32), dt),
            dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', dt,
                     'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]


def ses_tail(dt, ip):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
            ('X-SES-Outgoing', '%s-%s' % (dt.astimezone(timezone.utc).strftime('%Y.%m.%d'), ip))]


def aws_send(body, to, subject, dt, style, authserv=None, frm=None, subject_charset=None,
             subject_q=False, extra=None, crlf=False, dmarc=True, auth_override=None, style_noauth=False):
    """Genuine AWS mail through SES, delivered with the given receiving style."""
    mid, rp, ip, helo = ses_mail(dt)
    if style_noauth:
        tl = trace('noauth', to, dt, rp, ip, helo)
    else:
        au = auth_override or aws_auth(rp, ip, authserv, dmarc)
        tl = trace(style, to, dt, rp, ip, helo, au)
    return build(body, frm or addr(AWSNAME, FORM), to, subject, dt, mid, extra=extra,
                 subject_charset=subject_charset, subject_q=subject_q, trace_lines=tl,
                 dkim=aws_dkim(dt), tail_headers=ses_tail(dt, ip), crlf=crlf, bstyle='java')


def credly_send(body, to, subject, dt, style, authserv=None, frm=None, old=False, extra=None,
                noauth=False, subject_charset=None):
    dom = 'youracclaim.com' if old else 'credly.com'
    uid = RNG.randint(10000000, 39999999)
    rp = 'bounces+%d-%s-%s=%s@em%d.%s' % (uid, rhex(4), to.split('@')[0], to.split('@')[1],
                                           RNG.choice([2271, 6614, 8823]), dom)
    ip = '149.72.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254))
    helo = 'o%d.ptr%d.%s' % (RNG.randint(1, 9), RNG.randint(1000, 9999), dom)
    mid = '<%s@%s>' % (rb64(22).replace('/', '_').replace('+', '-') + '.' + ralnum(6), 'geopod-ismtpd-%d' % RNG.randint(1, 40))
    if noauth:
        tl = trace('noauth', to, dt, rp, ip, helo)
    else:
        tl = trace(style, to, dt, rp, ip, helo, credly_auth(rp, ip, authserv, dom))
    dk = [dkim_sig(dom, 's1', dt, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to'),
          dkim_sig('sendgrid.info', 'smtpapi', dt, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to')]
    return build(body, frm or addr('Credly', 'admin@%s' % dom), to, subject, dt, mid, extra=extra,
                 trace_lines=tl, dkim=dk, subject_charset=subject_charset, bstyle='sg')


# ==========================================================================
# MAILS
# ==========================================================================

# ---------------------------------------------------------------- thread A
# 山田 太郎, form case opened 2025-05-26 09:14:33 JST (Japanese)
A_OPEN = T('2025-05-26 09:14:33', 9)
A_CASE = case15(A_OPEN, 412)
A_TO = 'yamada.taro.dev@gmail.com'
A_USER = '山田太郎 <%s>' % A_TO
A_KEEP, A_SRC = 'AWS10482751', 'AWS23917604'

A_CONFIRM_USER = '''お世話になっております。山田です。

ご連絡ありがとうございます。
記載いただいた内容で問題ございません。
存続アカウント: %s
統合元アカウント: %s

お手数ですが、統合作業を進めていただけますと幸いです。
The details are correct. Please proceed with the merge.

山田 太郎''' % (A_KEEP, A_SRC)

A_AGENT_ASK = '''山田 太郎 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の2つのアカウントを統合いたします。

・存続するアカウント：%s (yamada.taro.dev@gmail.com)
・統合されるアカウント：%s (t.yamada@old-company.co.jp)

統合後は元に戻すことができませんので、内容をご確認のうえ、本メールへの返信にてご承認ください。

鈴木
AWS トレーニングと認定 カスタマーサポート''' % (A_KEEP, A_SRC)


def m_a1():
    dt = T('2025-05-28 10:12:40', 9)
    new = '''山田 太郎 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

統合内容についてご確認いただき、誠にありがとうございます。
ご承認を頂戴しましたので、これより担当部署にて統合作業を開始いたします。
作業の完了までには通常1～3営業日ほどお時間を頂戴しております。
完了いたしましたら、改めて本ケースにてご連絡差し上げます。

恐れ入りますが、作業中はいずれのアカウントにおいても試験のご予約や
プロフィールの変更をお控えくださいますようお願い申し上げます。

引き続きよろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサポート
'''
    quoted = q_jp('2025年5月28日(水) 8:02 山田太郎', '<%s>' % A_TO,
                  A_CONFIRM_USER + '\n\n' + q_jp('2025年5月27日(火) 17:45 Amazon Web Services', '<%s>' % FORM, A_AGENT_ASK))
    body = text(new.replace('～', '〜') + quoted, charset='iso-2022-jp', cte='7bit')
    subj = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)
    data = aws_send(body, A_TO, subj, dt, 'gmail')
    add('ja-thanks-for-confirming-will-proceed', data, 'support_reply', A_CASE, new, True, 'ja')


def m_a2():
    dt = T('2025-05-29 14:40:03', 9)
    new = '''山田 太郎 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしました。
aws-10482751 に、aws-23917604 の認定資格および受験履歴をすべて移行しております。
今後は存続アカウント（yamada.taro.dev@gmail.com）にてサインインしてください。

統合後にご確認いただきたい点：
1. AWS Certification アカウントの「認定資格」ページにすべての認定が表示されていること
2. 次回受験用の 50% 割引特典が引き継がれていること
3. Credly のデジタルバッジ（移行後、数日以内に Credly から通知メールが届きます）

ご不明な点がございましたら、本メールにご返信ください。

鈴木
AWS トレーニングと認定 カスタマーサポート
'''
    plain = text(new, charset='iso-2022-jp', cte='7bit')
    html = text(aws_html(new, lang='ja', footer='Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。'),
                subtype='html', charset='utf-8', cte='qp')
    subj = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)
    data = aws_send(alt(plain, html), A_TO, subj, dt, 'gmail')
    add('ja-merge-finished-with-checklist', data, 'merge_completed', A_CASE, new, True, 'ja')


def m_a3():
    dt = T('2025-05-29 14:41:19', 9)
    new = '''山田 太郎 様

AWS トレーニングと認定をご利用いただきありがとうございます。
お問い合わせいただいたケース（ケース番号: %s）は解決済みとしてクローズされました。

今回のサポートについて、ご意見をお聞かせください。
ご質問は解決しましたか？

　はい： https://support.aws.amazon.com/survey?caseId=%s&resolved=yes&lang=ja
　いいえ： https://support.aws.amazon.com/survey?caseId=%s&resolved=no&lang=ja

アンケートは1分ほどで終わります。いただいたご意見は今後のサービス改善に活用させていただきます。

※本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
''' % (A_CASE, A_CASE, A_CASE)
    plain = text(new, charset='utf-8', cte='b64')
    html = text(aws_html(new, lang='ja'), subtype='html', charset='utf-8', cte='b64')
    subj = '【AWS トレーニングと認定】お問い合わせ（ケース %s）に関するアンケートご協力のお願い' % A_CASE
    data = aws_send(alt(plain, html), A_TO, subj, dt, 'gmail', frm=addr('アマゾン ウェブ サービス', NOREPLY))
    add('ja-case-closed-survey', data, 'survey', A_CASE, new, True, 'ja')


def m_a4():
    dt = T('2025-05-31 02:13:50', 0)
    badge = 'AWS Certified Solutions Architect – Associate'
    new = '''Hi Taro,

Amazon Web Services Training and Certification has issued you a new badge:
%s

Accept your badge to share it on LinkedIn, add it to your email signature
and let employers verify your skills.

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

This badge was issued to yamada.taro.dev@gmail.com. If this email address is
not associated with your Credly account yet, you can add it after signing in.

Badge validation number: %s

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Unsubscribe from badge notifications: https://www.credly.com/notifications/unsubscribe
''' % (badge, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), ralnum(16, lower=False))
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">'
            '<table width="600" align="center"><tr><td><img src="https://images.credly.com/logo.png" alt="Credly" width="100"></td></tr>'
            '<tr><td><h2>Congratulations, Taro!</h2>' + html_paras(new) +
            '<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>'
            '</td></tr></table></body></html>')
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, A_TO, 'Taro, you\'ve earned a badge from Amazon Web Services Training and Certification',
                       dt, 'gmail', frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    add('credly-accept-your-badge', data, 'credly_badge_issued', None, new, True, 'en')


# ---------------------------------------------------------------- thread B
# Priya Raman, console case opened 2025-03-10 14:02:11 +0530, three accounts
B_OPEN = T('2025-03-10 14:02:11', 5.5)
B_CASE = case15(B_OPEN, 927)
B_TO = 'priya.raman@outlook.com'
B_KEEP, B_S1, B_S2 = 'AWS31845520', 'AWS60217943', 'AWS77410286'
B_SUBJ = 'Merge of three AWS Certification accounts'
CONSOLE_FOOT = '''To see the full case history and reply, please sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this email. Replies to this address are not monitored.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210'''


def m_b1():
    dt = T('2025-03-12 09:48:27', 0)
    new = '''Hello Priya,

Thank you for your patience while we looked into this.

I was able to complete part of your request today. Your account AWS60217943 has been merged into AWS31845520: all certifications, exam history and benefits from AWS60217943 now appear under AWS31845520, which is the account you will sign in with from now on.

Unfortunately I could not do the same for AWS77410286. That account has an exam appointment on 21 March 2025 (Pearson VUE), and we are not able to merge an account while an appointment is open on it. Once you have taken the exam and the result has been posted (usually within 5 business days), simply reply to this case from the Support Center and we will merge it as well. Alternatively you can cancel the appointment and let us know.

Please let me know if you have any questions in the meantime.

Best regards,

Nikhil S.
Amazon Web Services
'''
    quoted = '''
---- Previous correspondence ----
On 2025-03-11 07:15:02 UTC, priya.raman@outlook.com wrote:
Hi, yes, the three account numbers are right: %s, %s and %s. Keep %s please. I understand it cannot be reversed. Please go ahead.
''' % (B_S1, B_S2, B_KEEP, B_KEEP)
    foot = CONSOLE_FOOT % B_CASE
    plain = text(new + '\n' + foot + '\n' + quoted, cte='qp')
    html = text(aws_html(new, html_quote_block('Previous correspondence - 2025-03-11 07:15:02 UTC, priya.raman@outlook.com wrote:',
                                               quoted.split('wrote:\n', 1)[1]), footer=esc(foot).replace('\n', '<br>')),
                'html', cte='qp')
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ)
    data = aws_send(alt(plain, html), B_TO, subj, dt, 'outlook', frm=addr(AWSNAME, NOREPLY))
    add('partial-merge-one-account-left', data, 'merge_completed', B_CASE, new, True, 'en')


def m_b2():
    dt = T('2025-03-15 10:02:55', 0)
    new = '''Hello,

We hope we were able to answer your questions. Because we haven't heard back from you, we have resolved your case.

Case ID: %s
Subject: %s
Severity: General guidance

If you still need help with this issue, you can reopen the case within 14 days by replying to it in the Support Center.

Was your issue resolved?
YES: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
''' % (B_CASE, B_SUBJ, B_CASE, B_CASE)
    plain = text(new + '\n' + CONSOLE_FOOT % B_CASE, cte='qp')
    html = text(aws_html(new, footer=esc(CONSOLE_FOOT % B_CASE).replace('\n', '<br>')), 'html', cte='qp')
    subj = 'Amazon Web Services: Your Support case %s has been resolved' % B_CASE
    data = aws_send(alt(plain, html), B_TO, subj, dt, 'outlook', frm=addr(AWSNAME, NOREPLY))
    add('resolved-auto-close-yes-no', data, 'survey', B_CASE, new, True, 'en')


def m_b3():
    dt = T('2025-03-25 16:20:41', 0)
    new = '''Hello,

Case %s has been reopened because new correspondence was added to it on 25 March 2025.

Case ID: %s
Subject: %s
Status: Reopened

An agent will review your update and respond as soon as possible. You can view the case and add further details in the Support Center.
''' % (B_CASE, B_CASE, B_SUBJ)
    plain = text(new + '\n' + CONSOLE_FOOT % B_CASE, cte='7bit', charset='us-ascii')
    html = text(aws_html(new, footer=esc(CONSOLE_FOOT % B_CASE).replace('\n', '<br>')), 'html', charset='us-ascii', cte='7bit')
    subj = 'Amazon Web Services: Your Support case %s has been reopened' % B_CASE
    data = aws_send(alt(plain, html), B_TO, subj, dt, 'outlook', frm=addr(AWSNAME, NOREPLY))
    add('case-reopened-notice', data, 'support_reply', B_CASE, new, True, 'en')


def m_b4():
    dt = T('2025-03-26 11:04:09', 0)
    new = '''Hello Priya,

Thanks for getting back to us, and congratulations on passing the exam!

The appointment on the remaining account is now closed, so we can go ahead with the last step. Before I submit it, please check the details below and reply to confirm:

  Account to be merged (will be closed): AWS 77410286
  Account that remains (sign-in account): AWS 31845520

All certifications, exam history, and benefits of AWS 77410286 will move to AWS 31845520. Please note this action is permanent and cannot be reversed once completed.

As soon as you confirm in the Support Center, I'll take care of it.

Best regards,

Nikhil S.
Amazon Web Services
'''
    quoted = '''
---- Previous correspondence ----
On 2025-03-25 16:19:58 UTC, priya.raman@outlook.com wrote:
Hi Nikhil, I took the exam on 21st and passed, the result is showing now on AWS77410286. Can you merge this one too? Thanks, Priya
'''
    plain = text(new + '\n' + CONSOLE_FOOT % B_CASE + '\n' + quoted, cte='qp')
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ)
    data = aws_send(plain, B_TO, subj, dt, 'outlook', frm=addr(AWSNAME, NOREPLY))
    add('reopened-confirm-third-account', data, 'merge_confirmation_requested', B_CASE, new, True, 'en')


def m_b5():
    dt = T('2025-03-27 08:31:12', 0)
    new = '''Hi Priya,

Done - aws77410286 is now part of AWS31845520. You should see all three sets of certifications on that one account; it may take up to an hour for the transcript to refresh.

Is there anything else I can help you with on this case?

Best regards,
Nikhil S.
Amazon Web Services
'''
    quoted = '''
---- Previous correspondence ----
On 2025-03-26 18:40:33 UTC, priya.raman@outlook.com wrote:
Confirmed. Please merge AWS77410286 into AWS31845520.

On 2025-03-26 11:04:09 UTC, Amazon Web Services wrote:
Account to be merged (will be closed): AWS 77410286
Account that remains (sign-in account): AWS 31845520
'''
    plain = text(new + '\n' + CONSOLE_FOOT % B_CASE + '\n' + quoted, cte='qp')
    html = text(aws_html(new, html_quote_block('Previous correspondence', quoted.split('----\n', 2)[-1]),
                         footer=esc(CONSOLE_FOOT % B_CASE).replace('\n', '<br>')), 'html', cte='qp')
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ)
    data = aws_send(alt(plain, html), B_TO, subj, dt, 'outlook', frm=addr(AWSNAME, NOREPLY))
    add('short-done-third-account-with-question', data, 'merge_completed', B_CASE, new, True, 'en')


def m_b6():
    dt = T('2025-03-28 21:07:30', 0)
    new = '''Hi Priya,

You've got 2 new badges from Amazon Web Services Training and Certification!

  - AWS Certified Developer – Associate
  - AWS Certified Cloud Practitioner

These badges were moved to your Credly account after your AWS Certification accounts were combined. Claim them to show them on your profile.

View and accept your badges: https://www.credly.com/users/priya-raman.%s/badges?pending=true

Questions? Visit https://support.credly.com

You are receiving this email because a badge was issued to priya.raman@outlook.com.
Credly, Inc., 1 World Trade Center, Suite 8500, New York, NY 10007
''' % ralnum(6)
    html = ('<html><body><div style="max-width:600px;margin:auto;font-family:Helvetica,Arial,sans-serif">'
            + html_paras(new) + '</div></body></html>')
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, B_TO, "You've got 2 new badges waiting for you", dt, 'outlook',
                       frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    add('credly-two-badges-moved', data, 'credly_badge_issued', None, new, True, 'en')


for _f in (m_a1, m_a2, m_a3, m_a4, m_b1, m_b2, m_b3, m_b4, m_b5, m_b6):
    _f()

# ---------------------------------------------------------------- thread C
# Marco Bianchi, form case (11 digits, 2022)
C_CASE = '10284755301'
C_TO = 'marco.bianchi82@gmail.com'
C_SRC, C_KEEP = 'AWS04519833', 'AWS09927145'
C_SUBJ = 'RE:[CASE %s] %s' % (C_CASE, FORM_SUBJ)
C_AGENT_ASK = '''Hello Marco,

Thank you for contacting AWS Training and Certification.

We can merge your two AWS Certification accounts. Please review:

Account to be merged: %s (marco.bianchi@studenti.unimi.it)
Account to keep: %s (marco.bianchi82@gmail.com)

After the merge, %s will be deactivated and everything will be available under %s. A merge is permanent and cannot be undone. Please reply to this email to confirm that you want us to go ahead.

Kind regards,
Ana
AWS Training and Certification''' % (C_SRC, C_KEEP, C_SRC, C_KEEP)
C_USER_OK = '''Hi Ana,

Yes that's correct, please proceed with the merge of %s into %s.

Thanks a lot,
Marco''' % (C_SRC, C_KEEP)


def m_c1():
    dt = T('2022-09-14 16:22:09', 0)
    new = '''Hello Marco,

Thank you for your quick confirmation.

I have passed your request on to the team that performs account merges. Once the merge is complete, you will receive a confirmation from us on this case, and AWS-04519833 will no longer be available for sign-in. This normally takes between one and three business days.

There is nothing else you need to do at this point. Please do not schedule an exam on either account until you hear back from us.

Kind regards,
Ana
AWS Training and Certification
'''
    quoted = q_gmail('Wed, Sep 14, 2022 at 3:58 PM', 'Marco Bianchi <%s>' % C_TO,
                     C_USER_OK + '\n' + q_gmail('Wed, Sep 14, 2022 at 11:02 AM', 'Amazon Web Services <%s>' % FORM, C_AGENT_ASK))
    body = text(new + quoted, charset='us-ascii', cte='7bit')
    data = aws_send(body, C_TO, C_SUBJ, dt, 'gmail')
    add('once-merge-complete-we-will-confirm', data, 'support_reply', C_CASE, new, True, 'en')


def m_c2():
    dt = T('2022-09-15 09:03:51', 0)
    new = '''Hi Marco,

Your accounts are now merged. You can sign in with marco.bianchi82@gmail.com as usual.

Thanks,
Ana
AWS Training and Certification
'''
    quoted = q_gmail('Wed, Sep 14, 2022 at 3:58 PM', 'Marco Bianchi <%s>' % C_TO, C_USER_OK)
    plain = text(new + quoted, charset='utf-8', cte='qp')
    html = text(aws_html(new, html_quote_gmail('Wed, Sep 14, 2022 at 3:58 PM', 'Marco Bianchi <%s>' % C_TO, C_USER_OK)),
                'html', cte='qp')
    data = aws_send(alt(plain, html), C_TO, C_SUBJ, dt, 'gmail')
    add('very-short-accounts-now-merged', data, 'merge_completed', C_CASE, new, True, 'en')


def m_c3():
    dt = T('2022-09-15 09:04:40', 0)
    new = '''Your case %s has been closed

Hello Marco,

We have closed your case "AWS Training and Certification Form Submission - account-assistance". We would love to hear about your experience.

How satisfied were you with the support you received?

1 - Very dissatisfied
2 - Dissatisfied
3 - Neutral
4 - Satisfied
5 - Very satisfied

Select a rating: https://pages.awscloud.com/csat.html?case=%s&channel=tc-form

This short survey takes less than a minute. Your responses are confidential and help us improve AWS Training and Certification support.

AWS Training and Certification
Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109
''' % (C_CASE, C_CASE)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif">'
            '<div style="max-width:600px;margin:0 auto"><h1 style="font-size:20px">Your case %s has been closed</h1>' % C_CASE +
            html_paras(new.split('\n', 2)[2]).replace(
                '1 - Very dissatisfied', ' '.join('<a href="https://pages.awscloud.com/csat.html?case=%s&amp;score=%d" style="display:inline-block;width:36px;height:36px;line-height:36px;border:1px solid #879596;text-align:center">%d</a>' % (C_CASE, i, i) for i in range(1, 6)) + '<br>1 - Very dissatisfied') +
            '</div></body></html>')
    body = text(html, 'html', cte='b64')
    data = aws_send(body, C_TO, 'Tell us about your recent AWS Training and Certification support experience', dt, 'gmail',
                    frm=addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'))
    add('html-only-csat-1-to-5', data, 'survey', C_CASE, new, True, 'en')


# ---------------------------------------------------------------- thread E
# Emily Carter, 2019, 10-digit case, Yahoo
E_CASE = '6301958274'
E_TO = 'emily.carter77@yahoo.com'
E_SRC, E_KEEP = 'AWS00781234', 'AWS01392857'


def m_e1():
    dt = T('2019-07-23 13:37:05', -7)
    new = '''Dear Emily,

Greetings from AWS Training and Certification!

This is to let you know that your two AWS Certification accounts have been consolidated into one, as requested. The certification history previously held under AWS00781234 is now shown under your primary account AWS01392857, and you should use the primary account (emily.carter77@yahoo.com) for all future sign-ins, exam registrations and benefits.

Your digital badges will be reissued through Acclaim within the next few days. If you do not see them after one week, please let us know by replying to this email.

As your request has been completed, we will now close this case. Thank you for being an AWS Certified individual.

Warm regards,

Deepa
AWS Training and Certification Support
'''
    quoted = q_original('Emily Carter <%s>' % E_TO, 'Monday, July 22, 2019 6:41 PM',
                        'aws-cs-trainingcertification-form@amazon.com',
                        'Re: [CASE %s] Duplicate certification accounts' % E_CASE,
                        'Hi Deepa, confirmed - please combine AWS00781234 into AWS01392857. Thank you!\nEmily\n\nSent from Yahoo Mail on Android')
    body = text(new + quoted, cte='qp')
    data = aws_send(body, E_TO, 'RE: [CASE %s] Duplicate certification accounts' % E_CASE, dt, 'yahoo')
    add('2019-consolidated-and-closing', data, 'merge_completed', E_CASE, new, True, 'en')


def m_e2():
    dt = T('2019-07-25 22:10:44', 0)
    vn = ralnum(16, lower=False)
    new = '''Emily, your AWS Certified SysOps Administrator - Associate badge is ready!

Amazon Web Services Training and Certification has issued you a badge through Acclaim. Accept your badge to start sharing your achievement.

Accept Badge: https://www.youracclaim.com/badges/%s-%s-%s-%s-%s/accept

Badge ID: %s

Acclaim is a Pearson service. You have received this email because you earned a credential issued through Acclaim.
''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), vn)
    html = '<html><body><center><img src="https://www.youracclaim.com/images/logo.png" alt="Acclaim"></center>' + html_paras(new) + '</body></html>'
    body = alt(text(new, charset='us-ascii', cte='7bit'), text(html, 'html', charset='us-ascii', cte='7bit'))
    data = credly_send(body, E_TO, 'Your badge from Amazon Web Services Training and Certification is ready', dt, 'yahoo', old=True,
                       frm=addr('Acclaim', 'admin@youracclaim.com'))
    add('acclaim-2019-badge-ready', data, 'credly_badge_issued', None, new, True, 'en')


def m_e3():
    dt = T('2019-07-24 08:00:12', -7)
    new = '''Dear AWS Customer,

Thank you for contacting AWS Training and Certification. Your case %s ("Duplicate certification accounts") has been marked as resolved.

Please take a moment to tell us how we did. Did we resolve your issue?

Yes  https://aws-tc.qualtrics.com/jfe/form/SV_9LkpQ3?case=%s&r=1
No   https://aws-tc.qualtrics.com/jfe/form/SV_9LkpQ3?case=%s&r=0

If your issue was not resolved, simply reply to this email within 7 days and your case will be reopened.

Sincerely,
AWS Training and Certification
''' % (E_CASE, E_CASE, E_CASE)
    body = text(new, charset='us-ascii', cte='7bit')
    data = aws_send(body, E_TO, 'Your case %s has been resolved - how did we do?' % E_CASE, dt, 'yahoo')
    add('2019-resolved-how-did-we-do', data, 'survey', E_CASE, new, True, 'en')


# ---------------------------------------------------------------- thread D
# 佐藤 健二, console case opened 2024-11-18 10:22:05 JST
D_OPEN = T('2024-11-18 10:22:05', 9)
D_CASE = case15(D_OPEN, 288)
D_TO = 'kenji-sato@nifty.com'
D_KEEP, D_SRC = 'AWS55120398', 'AWS55190021'
D_SUBJ = '認定アカウントの統合について'
D_NEW_OPEN = T('2024-12-02 09:05:12', 9)
D_CASE2 = case15(D_NEW_OPEN, 1045)
CONSOLE_FOOT_JA = '''ケースの詳細の確認や返信は、AWS サポートセンターから行ってください：
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用です。このメールに返信されても回答できません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。'''


def nifty_auth(rp, ip):
    return aws_auth(rp, ip, 'mx.nifty.com')


def m_d1():
    dt = T('2024-11-20 15:31:48', 9)
    new = '''佐藤 健二 様

AWS サポートの高橋です。
お問い合わせいただいた認定アカウントの件についてご連絡いたします。

ご承認いただいた内容のとおり、%s を %s に統合する作業が本日完了いたしました。
今後は %s（kenji-sato@nifty.com）でサインインしていただくと、これまでに取得されたすべての認定資格をご確認いただけます。

本件は以上で完了となりますので、本ケースはクローズさせていただきます。
サポートの対応はいかがでしたでしょうか。お手数ですが、下記のリンクより評価をお寄せいただけますと幸いです。

　本対応を評価する： https://support.console.aws.amazon.com/support/rate?displayId=%s&language=ja

今後とも AWS をよろしくお願いいたします。

高橋 雅人
Amazon Web Services
''' % (D_SRC, D_KEEP, D_KEEP, D_CASE)
    body = text(new + '\n' + CONSOLE_FOOT_JA % D_CASE, charset='iso-2022-jp', cte='7bit')
    data = aws_send(body, D_TO, 'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), dt, 'jp', subject_charset='iso-2022-jp',
                    frm=addr(AWSNAME, NOREPLY), auth_override=None, authserv='mx.nifty.com')
    add('ja-completed-and-closing-with-rating', data, 'merge_completed', D_CASE, new, True, 'ja')


def m_d2():
    dt = T('2024-11-20 15:32:30', 9)
    new = '''お客様

AWS サポートをご利用いただきありがとうございます。
下記のケースは解決済みとなりました。

ケース ID：%s
件名：%s
重要度：一般的なガイダンス

お客様の問題は解決しましたか？
　はい → https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ → https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。

アマゾン ウェブ サービス
''' % (D_CASE, D_SUBJ, D_CASE, D_CASE)
    plain = text(new + '\n' + CONSOLE_FOOT_JA % D_CASE, charset='iso-2022-jp', cte='7bit')
    html = text(aws_html(new, lang='ja', footer=esc(CONSOLE_FOOT_JA % D_CASE).replace('\n', '<br>')), 'html', cte='b64')
    data = aws_send(alt(plain, html), D_TO, 'アマゾン ウェブ サービス: サポートケース %s は解決されました' % D_CASE, dt, 'jp',
                    subject_charset='iso-2022-jp', frm=addr('アマゾン ウェブ サービス', NOREPLY, 'iso-2022-jp'),
                    authserv='mx.nifty.com')
    add('ja-console-resolved-yes-no', data, 'survey', D_CASE, new, True, 'ja')


def m_d3():
    dt = T('2024-12-02 09:05:40', 9)
    new = '''AWS サポートにお問い合わせいただきありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケース ID：%s
件名：Credly バッジが統合後のアカウントに移行されていない
重要度：一般的なガイダンス

担当者が内容を確認し、できるだけ早くご連絡いたします。ケースの詳細はサポートセンターでいつでもご確認いただけます。

よろしくお願いいたします。
アマゾン ウェブ サービス
''' % (D_CASE2, D_CASE2)
    plain = text(new + '\n' + CONSOLE_FOOT_JA % D_CASE2, charset='utf-8', cte='b64')
    html = text(aws_html(new, lang='ja', footer=esc(CONSOLE_FOOT_JA % D_CASE2).replace('\n', '<br>')), 'html', cte='b64')
    data = aws_send(alt(plain, html), D_TO, 'アマゾン ウェブ サービス: 新しいサポートケースを開始しました: %s' % D_CASE2, dt, 'jp',
                    frm=addr('アマゾン ウェブ サービス', NOREPLY), authserv='mx.nifty.com')
    add('ja-new-case-opened-for-credly', data, 'case_created', D_CASE2, new, True, 'ja')


def m_d4():
    dt = T('2024-12-03 11:47:02', 9)
    new = '''佐藤 健二 様

AWS サポートの木村でございます。
Credly のデジタルバッジについてお問い合わせいただき、ありがとうございます。

前回のケース（%s）にて %s への統合は完了しておりますが、
ご指摘のとおり、Credly 側では旧アカウントに紐づくバッジがまだ移行されていないことを確認いたしました。

現在、Credly の担当チームにバッジの移行を依頼しております。
移行には通常 3〜5 営業日ほどかかります。移行が完了すると、Credly から kenji-sato@nifty.com 宛てに
バッジ受け取りのご案内メールが届きますので、今しばらくお待ちいただけますでしょうか。

進捗がございましたら、本ケースにてご連絡いたします。

木村
Amazon Web Services
''' % (D_CASE, D_KEEP)
    body = text(new + '\n' + CONSOLE_FOOT_JA % D_CASE2, charset='iso-2022-jp', cte='7bit')
    data = aws_send(body, D_TO, 'RE:[CASE %s] Credly バッジが統合後のアカウントに移行されていない' % D_CASE2, dt, 'jp',
                    subject_charset='iso-2022-jp', frm=addr(AWSNAME, NOREPLY), authserv='mx.nifty.com')
    add('ja-credly-transfer-requested-wait', data, 'support_reply', D_CASE2, new, True, 'ja')


for _f in (m_c1, m_c2, m_c3, m_e1, m_e2, m_e3, m_d1, m_d2, m_d3, m_d4):
    _f()

# ---------------------------------------------------------------- thread F
# Chen Wei, corporate Microsoft 365 mailbox, form case opened 2025-08-04 09:40:18 -0400
F_OPEN = T('2025-08-04 09:40:18', -4)
F_CASE = case15(F_OPEN, 563)
F_TO = 'chen.wei@northwind-logistics.com'
F_KEEP, F_SRC = 'AWS88213064', 'AWS40671529'
F_SUBJ = 'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ)
F_OPEN2 = T('2025-08-19 11:05:47', -4)
F_CASE2 = case15(F_OPEN2, 214)
F_SIG = '''Chen Wei | Senior Cloud Engineer
Northwind Logistics, Inc.
M: +1 (617) 555-0142

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee(s).'''


def m_f1():
    dt = T('2025-08-06 13:12:30', -4)
    new = '''Hello Chen,

Thank you for confirming the details, and for your patience while our back-office team worked on your request.

I am happy to let you know that your certification accounts have been successfully merged. Here is a summary of what was done:

  * Source account: AWS40671529 (chen.wei@outlook.com) - now deactivated
  * Surviving account: AWS88213064 (chen.wei@northwind-logistics.com)
  * Certifications moved: AWS Certified Solutions Architect - Professional, AWS Certified Security - Specialty, AWS Certified Cloud Practitioner
  * Exam history and score reports: moved
  * Benefits: your unused 50% exam discount voucher now appears under Benefits on the surviving account

Your Credly badges are handled separately by Credly. In most cases they are moved within 48 hours and you will receive an email from Credly asking you to accept them. If the badges are still on your old Credly profile after a week, just reply to this email and we will ask Credly to move them.

Please sign in at https://www.aws.training/Certification with chen.wei@northwind-logistics.com and check that everything looks right. I will keep this case open for a few more days in case you have any questions; after that it will be closed automatically.

Thank you for choosing AWS Training and Certification.

Best regards,

Olusegun A.
AWS Training and Certification Customer Support
'''
    quoted = q_outlook('Chen Wei <%s>' % F_TO, 'Tuesday, August 5, 2025 8:47 AM',
                       'Amazon Web Services <%s>' % FORM, F_SUBJ,
                       'Hi Olusegun,\n\nThe details are correct. Please proceed with the merge of AWS40671529 into AWS88213064.\n\nThanks,\n' + F_SIG)
    plain = text(new + quoted, cte='qp')
    html = text(aws_html(new, html_quote_block('From: Chen Wei <%s>\nSent: Tuesday, August 5, 2025 8:47 AM\nSubject: %s' % (F_TO, F_SUBJ),
                                               quoted.split('\n\n', 1)[1])), 'html', cte='qp')
    data = aws_send(alt(plain, html), F_TO, F_SUBJ, dt, 'outlook')
    add('long-completion-summary-credly-separate', data, 'merge_completed', F_CASE, new, True, 'en')


def m_f2():
    dt = T('2025-08-12 06:00:41', 0)
    new = '''Hi Chen,

A few days ago your AWS Training and Certification case was closed:

  Case %s - account-assistance

We still haven't received your feedback. It only takes a minute, and it tells us what we got right and what we can improve.

  Was your issue resolved?   [ Yes ]   [ No ]
  https://aws-tc-survey.amazon.com/r/%s?case=%s

Thank you,
AWS Training and Certification

You received this message because you contacted AWS Training and Certification Support. To stop receiving survey invitations, go to https://aws-tc-survey.amazon.com/optout
''' % (F_CASE, ralnum(10), F_CASE)
    html = text(aws_html(new), 'html', cte='qp')
    data = aws_send(alt(text(new, cte='qp'), html), F_TO, "Reminder: we'd still like to hear about your support experience", dt,
                    'outlook', frm=addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'))
    add('survey-reminder-after-closure', data, 'survey', F_CASE, new, True, 'en')


def m_f3():
    dt = T('2025-08-15 10:26:05', -4)
    new = '''Hello Chen,

Thank you for getting back to us. Your case has been reopened.

I checked and can confirm that the certifications themselves are all on AWS88213064. The badges on Credly, however, are still attached to the Credly profile that was created for your old address, which is why you do not see them.

To ask Credly to move them, I need two small pieces of information:

  1. The e-mail address you use to sign in to Credly today.
  2. Whether you would like us to close the old Credly profile afterwards, or keep it.

Please reply to this e-mail with those details and I will raise the request with Credly right away.

Best regards,

Olusegun A.
AWS Training and Certification Customer Support
'''
    user = '''Hi,

The merge itself looks fine, thank you. However none of my Credly badges show up on my Credly account - they still seem to be on the old one. Can you help?

Regards,
''' + F_SIG
    quoted = q_original('Chen Wei <%s>' % F_TO, 'Thursday, August 14, 2025 5:02 PM', 'Amazon Web Services <%s>' % FORM, F_SUBJ, user)
    data = aws_send(text(new + quoted, cte='qp'), F_TO, F_SUBJ, dt, 'outlook')
    add('reopened-asks-credly-login-email', data, 'support_reply', F_CASE, new, True, 'en')


def m_f4():
    dt = T('2025-08-18 19:44:10', 0)
    new = '''Hi Chen,

Good news: the badges from your other Credly account have been transferred.

3 badges are now waiting in your Credly account (chen.wei@northwind-logistics.com):

  AWS Certified Solutions Architect - Professional
  AWS Certified Security - Specialty
  AWS Certified Cloud Practitioner

Issued by: Amazon Web Services Training and Certification

Accept your badges so they appear on your public profile:
https://www.credly.com/earner/earned?status=pending

If you did not request this transfer, please contact support@credly.com.

Credly | Pearson
'''
    html = ('<!doctype html><html><body style="background:#f5f5f5"><table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px">' + html_paras(new) + '</td></tr></table></body></html>')
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, F_TO, 'Your badges have been transferred to your account', dt, 'outlook')
    add('credly-badges-transferred-accept', data, 'credly_badge_issued', None, new, True, 'en')


def m_f5():
    dt = T('2025-08-19 11:06:02', -4)
    new = '''Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automatic confirmation that we have received your request. A case has been created for you:

Case number: %s
Inquiry type: Certification
Inquiry detail: Benefits and vouchers

A member of our team will respond to you at this email address, usually within 24 hours. To add information to your request, simply reply to this email and keep the case number in the subject line. Please do not submit another form for the same request, as that may delay our response.

Sincerely,
AWS Training and Certification Customer Support
''' % F_CASE2
    html = text(aws_html(new), 'html', cte='qp')
    data = aws_send(alt(text(new, cte='qp'), html), F_TO,
                    '[CASE %s] [AWS Training and Certification Form Submission] - benefits' % F_CASE2, dt, 'outlook')
    add('form-auto-ack-voucher-question', data, 'case_created', F_CASE2, new, True, 'en')


def m_f6():
    dt = T('2025-08-20 09:15:37', -4)
    new = '''Hello Chen,

Thank you for reaching out about your exam discount.

I looked into this: the 50% discount voucher that came from your Security - Specialty certification is active on your account AWS88213064. It is not shown on the Benefits page as a voucher code; instead it is applied automatically at checkout when you schedule your next exam while signed in with that account. The discount is valid until 14 March 2026.

If the discount is not applied when you reach the payment step, please take a screenshot and reply to this email before completing the purchase, and we will look into it.

Best regards,

Mariana
AWS Training and Certification Customer Support
'''
    user = '''Hello,

After my two accounts were merged last week (case %s) I can no longer find the 50%% exam voucher in the Benefits section. Where did it go?

Thanks,
%s''' % (F_CASE, F_SIG)
    quoted = q_outlook('Chen Wei <%s>' % F_TO, 'Tuesday, August 19, 2025 11:05 AM', 'aws-cs-trainingcertification-form@amazon.com',
                       '[AWS Training and Certification Form Submission] - benefits', user)
    data = aws_send(text(new + quoted, cte='qp'), F_TO,
                    'RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits' % F_CASE2, dt, 'outlook')
    add('voucher-question-after-merge', data, 'support_reply', F_CASE2, new, True, 'en')


for _f in (m_f1, m_f2, m_f3, m_f4, m_f5, m_f6):
    _f()

# ---------------------------------------------------------------- thread G
# 中村 愛子, BIGLOBE, form case opened 2025-01-20 16:48:02 JST, Shift_JIS replies
G_OPEN = T('2025-01-20 16:48:02', 9)
G_CASE = case15(G_OPEN, 77)
G_TO = 'aiko.nakamura@biglobe.ne.jp'
G_KEEP, G_SRC = 'AWS62039184', 'AWS62039991'
G_SUBJ = 'RE:[CASE %s] %s' % (G_CASE, FORM_SUBJ)
G_AUTH = 'mx.biglobe.ne.jp'


def m_g1():
    dt = T('2025-01-21 10:30:15', 9)
    new = '''中村 愛子 様

この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の伊藤でございます。

アカウント統合のご依頼につきまして、以下の内容で承りました。
作業に着手する前に、内容に誤りがないかご確認いただけますでしょうか。

■ 統合先（今後ご利用いただくアカウント）
　%s　aiko.nakamura@biglobe.ne.jp
■ 統合元（統合後に無効化されるアカウント）
　%s　a-nakamura@tokai-sys.co.jp

なお、統合は一度実行すると取り消すことができません。
上記の内容でよろしければ、本メールにご返信のうえ、その旨をお知らせくださいませ。
ご返信を確認次第、統合作業を進めさせていただきます。

何卒よろしくお願い申し上げます。

伊藤
AWS トレーニングと認定 カスタマーサポート
''' % (G_KEEP, G_SRC)
    body = text(new, charset='cp932', label='Shift_JIS', cte='8bit')
    data = aws_send(body, G_TO, G_SUBJ, dt, 'jp', authserv=G_AUTH)
    add('ja-sjis-please-confirm-merge', data, 'merge_confirmation_requested', G_CASE, new, True, 'ja')


def m_g2():
    dt = T('2025-01-23 11:05:44', 9)
    new = '''中村 愛子 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの伊藤でございます。

ご承認のご返信をいただき、ありがとうございました。
ご依頼いただいておりましたアカウントの統合が完了いたしましたので、ご報告申し上げます。

AWS62039991 に登録されていた認定資格（AWS Certified Developer - Associate ほか）および
受験履歴は、すべて AWS62039184 に反映されております。
今後は aiko.nakamura@biglobe.ne.jp にてサインインしてください。

なお、Credly のアカウントを2つお持ちの場合は、Credly 側の統合もあわせて承ることが可能です。
ご希望の際は、Credly にご登録のメールアドレスを添えて本メールにご返信くださいませ。

引き続きよろしくお願い申し上げます。

伊藤
AWS トレーニングと認定 カスタマーサポート
'''
    user = '''伊藤様

お世話になっております。中村です。
ご連絡いただいた内容（%s を %s に統合）で相違ございません。
統合作業を進めていただけますようお願いいたします。

中村 愛子''' % (G_SRC, G_KEEP)
    quoted = ('\n-----Original Message-----\n差出人: 中村 愛子 <%s>\n送信日時: 2025年1月21日 火曜日 22:14\n'
              '宛先: Amazon Web Services <%s>\n件名: RE: %s\n\n%s\n' % (G_TO, FORM, G_SUBJ, user))
    body = text(new + quoted, charset='cp932', label='Shift_JIS', cte='b64')
    data = aws_send(body, G_TO, G_SUBJ, dt, 'jp', authserv=G_AUTH)
    add('ja-sjis-completed-offers-credly-merge', data, 'merge_completed', G_CASE, new, True, 'ja')


def m_g3():
    dt = T('2025-01-24 18:20:09', 9)
    new = '''中村 愛子 さん、おめでとうございます！

Amazon Web Services Training and Certification から新しいバッジが発行されました。

　AWS Certified Developer - Associate

バッジを受け取ると、LinkedIn やメールの署名で共有したり、雇用主がスキルを確認できるようになります。

バッジを受け取る： https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

このバッジは aiko.nakamura@biglobe.ne.jp 宛てに発行されました。

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
配信停止： https://www.credly.com/notifications/unsubscribe
''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = ('<html lang="ja"><body><div style="max-width:600px;margin:auto;font-family:\'Hiragino Sans\',Meiryo,sans-serif">'
            + html_paras(new).replace('バッジを受け取る：', '<a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 20px">バッジを受け取る</a><br>') +
            '</div></body></html>')
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, G_TO, 'バッジが発行されました：AWS Certified Developer - Associate', dt, 'jp',
                       authserv=G_AUTH, frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    add('credly-ja-badge-issued', data, 'credly_badge_issued', None, new, True, 'ja')


def m_g4():
    dt = T('2025-01-23 11:06:30', 9)
    new = '''お問い合わせ対応に関するアンケートのお願い

中村 愛子 様

先日は AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございました。
ケース番号 %s の対応は完了し、クローズいたしました。

今回の担当者の対応について、5段階で評価をお願いいたします。

★★★★★ とても満足
★★★★ 満足
★★★ どちらともいえない
★★ 不満
★ とても不満

評価する： https://aws-tc-survey.amazon.com/r/%s?case=%s&lang=ja

ご回答は1分程度で完了します。

AWS トレーニングと認定
''' % (G_CASE, ralnum(10), G_CASE)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:Meiryo,sans-serif"><table width="600" align="center"><tr><td>' + html_paras(new) + '</td></tr></table></body></html>')
    body = text(html, 'html', cte='qp')
    data = aws_send(body, G_TO, '【AWS トレーニングと認定】サポートに関するアンケートのお願い（ケース %s）' % G_CASE, dt, 'jp',
                    authserv=G_AUTH, frm=addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), subject_q=True)
    add('ja-html-only-five-star-survey', data, 'survey', G_CASE, new, True, 'ja')


# ---------------------------------------------------------------- thread H
# Lukas Becker, form case opened 2024-06-03 08:31:56 +0200, non-native agent
H_OPEN = T('2024-06-03 08:31:56', 2)
H_CASE = case15(H_OPEN, 731)
H_TO = 'lukas.becker.dev@gmail.com'
H_KEEP, H_SRC = 'AWS30028817', 'AWS71150486'
H_SUBJ = 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ)
H_ASK = '''Hello Lukas,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. As per your request, we will merge below accounts:

Primary account (to be retained) : %s - lukas.becker.dev@gmail.com
Secondary account (to be merged) : %s - l.becker@tu-dortmund.de

Kindly note that once the accounts are merged, the process cannot be reverted back. Request you to please confirm the above details by replying on this email so we can proceed further.

Looking forward for your response.

Regards,
Rahul K
AWS Training and Certification''' % (H_KEEP, H_SRC)


def m_h1():
    dt = T('2024-06-04 07:55:21', 2)
    data = aws_send(text(H_ASK + '\n', charset='us-ascii', cte='7bit'), H_TO, H_SUBJ, dt, 'gmail')
    add('nonnative-kindly-confirm-details', data, 'merge_confirmation_requested', H_CASE, H_ASK, True, 'en')


def m_h2():
    dt = T('2024-06-07 08:12:03', 2)
    new = '''Hello Lukas,

Hope you are doing well.

This is a gentle reminder regarding our previous email. We have not received your confirmation yet for the accounts merge. Request you to kindly reply to this email within 3 business days, else the case will be auto-resolved due to no response.

If you have already replied, please ignore this email.

Regards,
Rahul K
AWS Training and Certification
'''
    quoted = q_original('Amazon Web Services', 'Tuesday, June 4, 2024 7:55 AM', H_TO, H_SUBJ, H_ASK)
    data = aws_send(text(new + quoted, cte='qp'), H_TO, H_SUBJ, dt, 'gmail')
    add('nonnative-gentle-reminder-chaser', data, 'support_reply', H_CASE, new, True, 'en')


def m_h3():
    dt = T('2024-06-11 10:40:37', 2)
    new = '''Hello Lukas,

Thanks for your confirmation.

I am glad to inform you that merging of your both accounts is done successfully. Now all your certifications is showing under AWS30028817, please login with lukas.becker.dev@gmail.com going forward.

Also, do you want that we merge your Credly profiles also? If yes, kindly share the email IDs which are used on Credly and we will raise the request to Credly team.

Kindly revert back if you need any further assistance.

Regards,
Rahul K
AWS Training and Certification
'''
    user = 'Hi Rahul,\n\nsorry for the late reply, I was travelling. Yes, the details are correct, please go ahead.\n\nBest\nLukas'
    quoted = q_gmail('Fri, Jun 7, 2024 at 9:30 PM', 'Lukas Becker <%s>' % H_TO,
                     user + '\n' + q_gmail('Fri, 7 Jun 2024 at 08:12', 'Amazon Web Services <%s>' % FORM,
                                           'Hello Lukas,\n\nThis is a gentle reminder regarding our previous email.\n\n' + H_ASK))
    plain = text(new + quoted, cte='qp')
    html = text(aws_html(new, html_quote_gmail('Fri, Jun 7, 2024 at 9:30 PM', 'Lukas Becker <%s>' % H_TO, user)), 'html', cte='qp')
    data = aws_send(alt(plain, html), H_TO, H_SUBJ, dt, 'gmail')
    add('nonnative-merging-done-credly-question', data, 'merge_completed', H_CASE, new, True, 'en')


for _f in (m_g1, m_g2, m_g3, m_g4, m_h1, m_h2, m_h3):
    _f()

# ---------------------------------------------------------------- thread I
# Sofia Alvarez, hotmail, form case 11 digits (2023)
I_CASE = '13492087615'
I_TO = 'sofia_alvarez@hotmail.com'
I_KEEP, I_SRC = 'AWS20561473', 'AWS93306152'


def m_i1():
    dt = T('2023-10-19 17:51:26', -7)
    new = '''Account merge request - Completed

Dear Sofia,

We're writing to confirm that the account consolidation you asked for is finished. The certifications and exam records that were held on AWS-93306152 are now part of AWS-20561473.

What this means for you:
- Sign in with sofia_alvarez@hotmail.com from now on; the other login no longer works.
- Your certification transcript and digital badges will reflect the combined history within 24 hours.
- Any exam you book from today should be booked from AWS-20561473.

Case reference: %s

Sincerely,
Tomasz W.
AWS Training and Certification
''' % I_CASE
    user = ('Hello,\nI confirm, please merge AWS93306152 into AWS20561473. I understand it is permanent.\n'
            'Gracias,\nSofia Alvarez')
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:14px}</style></head><body>'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">'
            '<b>Account merge request &ndash; Completed</b></td></tr><tr><td style="padding:20px">'
            + html_paras(new.split('\n', 2)[2]) +
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            '<b>From:</b> Sofia Alvarez &lt;%s&gt;<br><b>Sent:</b> Wednesday, October 18, 2023 9:12 PM<br>'
            '<b>To:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Subject:</b> RE:[CASE %s] %s</font><div>&nbsp;</div></div>'
            '<div>%s</div>' % (I_TO, I_CASE, esc(FORM_SUBJ), html_paras(user)) +
            '</td></tr></table></body></html>')
    data = aws_send(text(html, 'html', cte='b64'), I_TO, 'RE:[CASE %s] %s' % (I_CASE, FORM_SUBJ), dt, 'outlook', crlf=True)
    add('html-only-completed-banner', data, 'merge_completed', I_CASE, new, True, 'en')


def m_i2():
    dt = T('2023-10-19 17:52:03', -7)
    new = '''Hello Sofia,

Thank you for contacting AWS Training and Certification. Your case %s is now closed.

How did we do?
Excellent: https://aws-tc.qualtrics.com/jfe/form/SV_3xQv?c=%s&s=4
Good: https://aws-tc.qualtrics.com/jfe/form/SV_3xQv?c=%s&s=3
Fair: https://aws-tc.qualtrics.com/jfe/form/SV_3xQv?c=%s&s=2
Poor: https://aws-tc.qualtrics.com/jfe/form/SV_3xQv?c=%s&s=1

Need more help? Reply to this email within 7 days and we'll pick your case back up.

AWS Training and Certification
''' % ((I_CASE,) * 5)
    html = text(aws_html(new), 'html', cte='qp')
    data = aws_send(alt(text(new, cte='qp'), html), I_TO, 'Case %s closed - How did we do?' % I_CASE, dt, 'outlook')
    add('closed-how-did-we-do-four-ratings', data, 'survey', I_CASE, new, True, 'en')


# ---------------------------------------------------------------- thread K
# Arjun Mehta, console case opened 2025-06-16 19:22:08 +0530
K_OPEN = T('2025-06-16 19:22:08', 5.5)
K_CASE = case15(K_OPEN, 3310)
K_TO = 'arjun.mehta.cloud@gmail.com'
K_KEEP, K_SRC = 'AWS47720915', 'AWS81093346'
K_SUBJ = 'Merge duplicate certification accounts'


def m_k1():
    dt = T('2025-06-19 10:05:51', 0)
    new = '''Hello,

New correspondence has been added to your AWS Support case.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence:

Hi Arjun,

Good news - we have finished merging AWS81093346 into AWS47720915. Everything from the older account (two certifications and your exam history) is now under AWS47720915, and you can keep signing in with arjun.mehta.cloud@gmail.com.

If anything looks off on your transcript, reply here and we'll take a look.

Best regards,
Fernando G.
Amazon Web Services

To respond to this correspondence or to view your case, sign in to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
''' % (K_CASE, K_SUBJ, K_CASE)
    foot = 'Please do not reply to this email. Replies to this address are not monitored.\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc.'
    html = text(aws_html(new, footer=esc(foot)), 'html', cte='qp')
    data = aws_send(alt(text(new + '\n' + foot, cte='qp'), html), K_TO, '[Case %s] New correspondence added' % K_CASE, dt,
                    'gmail', frm=addr(AWSNAME, NOREPLY))
    add('new-correspondence-notice-merge-finished', data, 'merge_completed', K_CASE, new, True, 'en')


def m_k2():
    dt = T('2025-06-20 16:30:12', 0)
    new = '''How likely are you to recommend AWS Support to a friend or colleague?

Your recent case
Case ID: %s
Subject: %s
Status: Resolved

0 = Not at all likely, 10 = Extremely likely

[0] [1] [2] [3] [4] [5] [6] [7] [8] [9] [10]
https://support.console.aws.amazon.com/support/nps?displayId=%s

Your answer is anonymous and takes about 30 seconds.

Amazon Web Services
''' % (K_CASE, K_SUBJ, K_CASE)
    html = text(aws_html(new).replace('[0] [1] [2] [3] [4] [5] [6] [7] [8] [9] [10]',
                                      ' '.join('<a href="https://support.console.aws.amazon.com/support/nps?displayId=%s&amp;s=%d">%d</a>' % (K_CASE, i, i) for i in range(11))),
                'html', cte='b64')
    data = aws_send(alt(text(new, cte='qp'), html), K_TO, 'How did AWS Support do? Tell us in 30 seconds', dt, 'gmail',
                    frm=addr('AWS Support Feedback', 'aws-support-feedback@amazon.com'))
    add('nps-0-to-10-after-resolved', data, 'survey', K_CASE, new, True, 'en')


def m_k3():
    dt = T('2025-06-17 08:44:20', 0)
    new = '''Hello,

New correspondence has been added to your AWS Support case.

Case ID: %s
Subject: %s

To protect your privacy, the content of this correspondence is not included in this email. To view it and respond, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.
''' % (K_CASE, K_SUBJ, K_CASE)
    data = aws_send(text(new, charset='us-ascii', cte='7bit'), K_TO, '[Case %s] New correspondence added' % K_CASE, dt,
                    'gmail', frm=addr(AWSNAME, NOREPLY))
    add('new-correspondence-notice-no-content', data, 'support_reply', K_CASE, new, True, 'en')


def m_k4():
    dt = T('2025-06-16 13:52:31', 0)
    new = '''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I have two AWS Certification accounts, aws47720915 (current) and aws81093346 (old, from my previous employer). Please merge the old one into the current one.

You can view the case and add correspondence in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services
''' % (K_CASE, K_CASE, K_SUBJ, K_CASE)
    foot = 'This email was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. Please do not reply to this email.'
    html = text(aws_html(new, footer=esc(foot)), 'html', cte='qp')
    data = aws_send(alt(text(new + '\n' + foot, cte='qp'), html), K_TO,
                    'Amazon Web Services: You have opened a new Support case: %s' % K_CASE, dt, 'gmail', frm=addr(AWSNAME, NOREPLY))
    add('console-case-opened-echoes-request', data, 'case_created', K_CASE, new, True, 'en')


# ---------------------------------------------------------------- thread J
# 伊藤 美咲, So-net, console case opened 2025-10-02 13:10:44 JST
J_OPEN = T('2025-10-02 13:10:44', 9)
J_CASE = case15(J_OPEN, 508)
J_TO = 'misaki.ito@so-net.ne.jp'
J_KEEP, J_SRC = 'AWS39001762', 'AWS39114408'


def m_j1():
    dt = T('2025-10-06 17:02:19', 9)
    new = '''伊藤 美咲 様

AWS サポートの山本と申します。
いつも AWS をご利用いただき、誠にありがとうございます。

お待たせいたしました。AWS39114408 と AWS39001762 の統合処理が完了しましたので、お知らせいたします。
統合後のアカウントは AWS39001762 です。旧アカウントでの認定資格・受験履歴は、すべてこちらでご確認いただけます。

なお、Credly のデジタルバッジは Credly 社側で処理されるため、反映まで数日かかる場合がございます。
1 週間経ってもバッジが移行されない場合は、本ケースからお知らせください。

何かご不明な点がございましたら、お気軽にお問い合わせください。

山本 拓也
Amazon Web Services
'''
    foot = CONSOLE_FOOT_JA % J_CASE
    plain = text(new + '\n' + foot, cte='b64')
    html = text(aws_html(new, lang='ja', footer=esc(foot).replace('\n', '<br>')), 'html', cte='b64')
    data = aws_send(alt(plain, html), J_TO, 'RE:[CASE %s] 認定アカウントが2つあるので1つにまとめたい' % J_CASE, dt, 'jp',
                    authserv='mx.so-net.ne.jp', frm=addr(AWSNAME, NOREPLY))
    add('ja-console-merge-processing-finished', data, 'merge_completed', J_CASE, new, True, 'ja')


def m_j2():
    dt = T('2025-10-09 03:15:40', 0)
    new = '''Hi Misaki,

You have 1 pending badge from Amazon Web Services Training and Certification that hasn't been accepted yet:

  AWS Certified Data Engineer - Associate

Issued badges that aren't accepted are not visible on your public profile. It only takes a moment:

Accept badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Need help? https://support.credly.com

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = '<html><body style="font-family:Helvetica,Arial,sans-serif">' + html_paras(new) + '</body></html>'
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, J_TO, "🎉 Don't forget to accept your badge from Amazon Web Services Training and Certification", dt, 'jp',
                       authserv='mx.so-net.ne.jp', frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    add('credly-pending-badge-reminder', data, 'credly_badge_issued', None, new, True, 'en')


for _f in (m_i1, m_i2, m_k1, m_k2, m_k3, m_k4, m_j1, m_j2):
    _f()

# ---------------------------------------------------------------- thread L
# Fatima El Amrani, Gmail, form case opened 2025-04-14 10:03:27 +0100
L_OPEN = T('2025-04-14 10:03:27', 1)
L_CASE = case15(L_OPEN, 1902)
L_TO = 'fatima.elamrani@gmail.com'
L_KEEP, L_SRC = 'AWS65402217', 'AWS12876530'
L_SUBJ = 'RE:[CASE %s] %s' % (L_CASE, FORM_SUBJ)
L_OPEN2 = T('2025-05-20 08:14:55', 1)
L_CASE2 = case15(L_OPEN2, 466)


def m_l1():
    dt = T('2025-04-16 15:27:18', 1)
    new = '''Hi Fatima,

I wanted to give you a quick update on your request, as I know it has been a couple of days.

Your request is still being processed. While preparing it, our back-office team noticed that both accounts show an attempt at the same exam (CLF-C02), so the records need a manual review before they can be combined. This is routine and does not need anything from you.

We expect to finish by Friday, 18 April. I will write to you on this case as soon as it is done.

Thanks for bearing with us.

Kind regards,
José
AWS Training and Certification
'''
    quoted = q_gmail('Tue, 15 Apr 2025 at 09:20', 'Fatima El Amrani <%s>' % L_TO,
                     'Hello,\n\nYes I confirm: merge AWS12876530 into AWS65402217.\n\nFatima')
    data = aws_send(text(new + quoted, cte='qp'), L_TO, L_SUBJ, dt, 'gmail')
    add('status-update-manual-review', data, 'support_reply', L_CASE, new, True, 'en')


def m_l2():
    dt = T('2025-04-18 11:02:50', 1)
    new = '''Hi Fatima,

I’m happy to confirm that the merge you approved has now been carried out: AWS12876530 → AWS65402217.

Your certifications, exam history and the 50%% discount benefit are all on AWS65402217 now. The old sign-in (fatima.elamrani@uni-rabat.ma) has been deactivated.

Since everything is done, I’ve marked this case as resolved. If you’d like, you can tell us how we did using the “Rate this reply” link below – it only takes a minute.

Rate this reply: https://aws-tc-survey.amazon.com/r/%s?case=%s

Kind regards,
José Suárez
AWS Training and Certification
''' % (ralnum(10), L_CASE)
    # the mailer labels the body Latin-1 although it is UTF-8
    body = text(new, charset='utf-8', label='iso-8859-1', cte='8bit')
    data = aws_send(body, L_TO, L_SUBJ, dt, 'gmail')
    add('completed-and-resolved-wrong-charset', data, 'merge_completed', L_CASE, new, True, 'en')


def m_l3():
    dt = T('2025-05-20 08:15:20', 1)
    new = '''Hello,

Thank you for your email.

Your message was sent in reply to case %s, which has already been closed, so we have created a new case for you. Our team will review the new case and respond within 24 hours.

New case number: %s

Please include this number in the subject line of any further replies. You do not need to resend your message.

Sincerely,
AWS Training and Certification Customer Support
''' % (L_CASE, L_CASE2)
    html = text(aws_html(new), 'html', cte='qp')
    data = aws_send(alt(text(new, cte='qp'), html), L_TO, '[CASE %s] We have received your request' % L_CASE2, dt, 'gmail')
    add('reply-to-closed-case-new-case-created', data, 'case_created', L_CASE2, new, True, 'en')


def m_l4():
    """spoofed Credly badge mail about the merge; topmost AR fails, lower AR forged"""
    dt = T('2025-04-21 06:48:12', 0)
    new = '''Hi Fatima,

Following your recent AWS Certification account merge, your badges have been moved to your Credly profile and are ready to claim:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate

To keep them, sign in and accept your badges within 48 hours. Badges that are not accepted will be returned to the issuer.

ACCEPT MY BADGES: https://credly.com.badge-claim.top/accept?u=fatima.elamrani%%40gmail.com&ref=%s

Thank you,
The Credly Team
''' % ralnum(12)
    html = ('<html><body><div style="font-family:Arial"><img src="https://credly.com.badge-claim.top/img/logo.png"><br>'
            + html_paras(new).replace('ACCEPT MY BADGES: ', '<a href="https://credly.com.badge-claim.top/accept">ACCEPT MY BADGES</a> ') +
            '</div></body></html>')
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    ip = '185.225.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254))
    helo = 'vps-%s.hosted-cloud.eu' % rhex(6)
    mailfrom = 'www-data@%s' % helo
    au = {'dkim': [], 'spf': ('softfail', mailfrom, ip), 'dmarc': ('fail', 'QUARANTINE', 'credly.com')}
    forged = ['Authentication-Results: mx.credly.com;\n\tdkim=pass header.d=credly.com header.s=s1;\n\tspf=pass smtp.mailfrom=credly.com;\n\tdmarc=pass header.from=credly.com']
    tl = trace('gmail', L_TO, dt, mailfrom, ip, helo, au)
    tl = [l.replace('dkim=none', '') for l in tl]
    tl.insert(0, 'X-Gmail-Labels: Spam')
    data = build(body, addr('Credly', 'admin@credly.com'), L_TO, 'Your AWS badges were transferred - action required', dt,
                 '<%s@%s>' % (rhex(24), helo), trace_lines=tl, dkim=forged, bstyle='other')
    add('spoofed-credly-transfer-dmarc-fail', data, 'credly_badge_issued', None, new, False, 'en')


# ---------------------------------------------------------------- thread M (2020, no auth results)
M_CASE = '7012384561'
M_TO = 'oliver.grant@btinternet.com'


def m_m1():
    dt = T('2020-05-11 09:30:02', 1)
    new = '''Dear Oliver,

On 4 May we asked you to confirm that your AWS Certification account AWS04400318 should be merged into AWS04400712. As we have not received a reply, we are closing case %s.

Closing the case does not change anything on your accounts. If you still want the accounts merged, simply reply to this email and your case will be reopened.

We would appreciate it if you could take a moment to rate the support you received:
https://aws-tc.qualtrics.com/jfe/form/SV_0Ud?case=%s

Best regards,
AWS Training and Certification
''' % (M_CASE, M_CASE)
    body = text(new, charset='us-ascii', cte='7bit')
    data = aws_send(body, M_TO, 'RE: [CASE %s] Merge certification accounts' % M_CASE, dt, None, style_noauth=True)
    add('2020-closed-no-confirmation-rate-us', data, 'survey', M_CASE, new, None, 'en')


# ---------------------------------------------------------------- thread N (2021, Japanese, very short)
N_CASE = '12208845193'
N_TO = 'sho.kobayashi.0807@gmail.com'


def m_n1():
    dt = T('2021-08-26 10:18:40', 9)
    new = '''小林様

お世話になっております。
アカウントの統合が完了しました。AWS27766051 でサインインのうえ、認定資格が表示されていることをご確認ください。

よろしくお願いいたします。
AWS トレーニングと認定 サポート　佐々木
'''
    user = '''佐々木様

ご連絡ありがとうございます。
AWS27790314 を AWS27766051 に統合する内容で問題ありません。よろしくお願いいたします。

小林 翔'''
    agent = '''小林様

以下の内容で統合を行います。よろしければご返信ください。
統合元: AWS27790314
統合先: AWS27766051

佐々木'''
    quoted = q_jp('2021年8月25日(水) 21:40 小林翔', '<%s>' % N_TO,
                  user + '\n\n' + q_jp('2021年8月25日(水) 11:02 Amazon Web Services', '<%s>' % FORM, agent))
    body = text(new + quoted, cte='qp')
    data = aws_send(body, N_TO, 'RE:[CASE %s] %s' % (N_CASE, FORM_SUBJ), dt, 'gmail')
    add('ja-2021-one-line-done', data, 'merge_completed', N_CASE, new, True, 'ja')


# ---------------------------------------------------------------- look-alikes about the merge
def m_p1():
    """phishing confirmation request, look-alike domain with its own passing auth"""
    dt = T('2025-08-08 14:22:05', 0)
    new = '''Dear AWS Certified Professional,

We received a request to merge the following AWS Certification accounts:

  Account 1: AWS88213064
  Account 2: AWS88213990

To protect your certifications, you must confirm this merge within 24 hours. If the merge is not confirmed, both accounts will be suspended and your active certifications may be revoked.

CONFIRM ACCOUNT MERGE: https://aws-certification-merge.com/confirm?id=%s

Reference: #TC-88213

AWS Training & Certification Account Services
''' % ralnum(20)
    html = ('<html><body style="font-family:Arial"><div style="background:#232f3e;padding:10px"><img src="https://aws-certification-merge.com/aws.png"></div>'
            + html_paras(new) + '</body></html>')
    body = alt(text(new, cte='qp'), text(html, 'html', cte='b64'))
    ip = '45.88.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254))
    helo = 'mail.aws-certification-merge.com'
    mailfrom = 'bounce@aws-certification-merge.com'
    au = {'dkim': [('aws-certification-merge.com', 'pass', 'default')], 'spf': ('pass', mailfrom, ip),
          'dmarc': ('pass', 'NONE', 'aws-certification-merge.com')}
    tl = trace('outlook', F_TO, dt, mailfrom, ip, helo, au)
    data = build(body, addr('AWS Certification', 'support@aws-certification-merge.com'), F_TO,
                 'Action required: confirm your AWS Certification account merge', dt, '<%s@aws-certification-merge.com>' % rhex(20),
                 trace_lines=tl, dkim=[dkim_sig('aws-certification-merge.com', 'default', dt)], bstyle='other')
    add('phish-lookalike-confirm-merge', data, 'merge_confirmation_requested', None, new, False, 'en')


def m_p2():
    """look-alike Credly domain about badges after the merge"""
    dt = T('2025-06-21 12:05:44', 0)
    new = '''Hi Arjun,

Your AWS Certification accounts were recently merged. As a result, 2 badges issued by Amazon Web Services Training and Certification are waiting to be accepted on your Credly profile.

Accept your badges before 30 June 2025. After this date, unclaimed badges will be archived.

Accept badges: https://credly-badges.net/earner/accept?token=%s

Credly Support Team
''' % ralnum(24)
    html = '<html><body>' + html_paras(new) + '</body></html>'
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    ip = '104.168.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254))
    helo = 'mta1.credly-badges.net'
    mailfrom = 'notify@credly-badges.net'
    au = {'dkim': [('credly-badges.net', 'pass', 'mail')], 'spf': ('pass', mailfrom, ip),
          'dmarc': ('pass', 'NONE', 'credly-badges.net')}
    tl = trace('gmail', K_TO, dt, mailfrom, ip, helo, au)
    data = build(body, addr('Credly', 'notify@credly-badges.net'), K_TO, 'You have 2 badges waiting after your account merge', dt,
                 '<%s@credly-badges.net>' % rhex(20), trace_lines=tl, dkim=[dkim_sig('credly-badges.net', 'mail', dt)], bstyle='other')
    add('credly-lookalike-domain-after-merge', data, 'credly_badge_issued', None, new, False, 'en')


def m_p3():
    """genuine Credly badge mail in a corporate archive without Authentication-Results"""
    dt = T('2025-02-11 16:40:09', 0)
    to = 's.okafor@contoso-energy.com'
    new = '''Hi Samuel,

Congratulations! Amazon Web Services Training and Certification has issued you a badge:

AWS Certified AI Practitioner

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Share it on LinkedIn and let everyone know about your achievement.

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = '<html><body>' + html_paras(new) + '</body></html>'
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, to, 'Samuel, you earned a new badge!', dt, None, noauth=True,
                       frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    add('credly-badge-issued-no-auth-headers', data, 'credly_badge_issued', None, new, None, 'en')


for _f in (m_l1, m_l2, m_l3, m_l4, m_m1, m_n1, m_p1, m_p2, m_p3):
    _f()

# ---------------------------------------------------------------- unrelated mail
def m_u1():
    """Credly's own self-service account merge code"""
    dt = T('2025-10-14 01:22:37', 0)
    code = '%06d' % RNG.randint(0, 999999)
    new = '''Hi Misaki,

We received a request to merge the Credly account registered to misaki.ito@so-net.ne.jp into your Credly account.

Your verification code is: %s

Enter this code on the merge page, or click the button below to finish:

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

After the merge, all badges from both Credly accounts will appear on one profile, and the other Credly account will be closed. This code expires in 30 minutes.

If you did not request this, you can ignore this email - no changes will be made.

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
''' % (code, ralnum(32))
    html = '<html><body style="font-family:Helvetica,Arial">' + html_paras(new) + '</body></html>'
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, J_TO, 'Credly account merge verification code', dt, 'jp', authserv='mx.so-net.ne.jp')
    add('credly-self-service-merge-code', data, 'unrelated', None, new, True, 'en')


def m_u2():
    """Credly expiry reminder"""
    dt = T('2026-03-05 14:10:00', 0)
    new = '''Hi Lukas,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, will expire on 4 June 2026.

To keep your credential current, check the recertification options offered by the issuer. Once you recertify, a new badge will be issued to you automatically.

View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Manage notification settings: https://www.credly.com/notifications
''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = '<html><body>' + html_paras(new) + '</body></html>'
    body = alt(text(new, cte='qp'), text(html, 'html', cte='qp'))
    data = credly_send(body, H_TO, 'Your badge expires in 90 days', dt, 'gmail',
                       frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    add('credly-badge-expires-90-days', data, 'unrelated', None, new, True, 'en')


def m_u3():
    """CertMetrics survey invitation"""
    dt = T('2024-06-25 15:03:11', 0)
    new = '''AWS Certification wants to hear from you

Dear Lukas Becker,

Thank you for being part of the AWS Certification community. We are conducting a short survey about your certification experience, and we would value your input.

Candidate ID: AWS30028817

The survey takes about 10 minutes. Your responses are confidential and will be used only in aggregate.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=%s

Thank you,
AWS Certification

This message was sent from an unmonitored mailbox. Please do not reply.
''' % ralnum(12)
    html = '<html><body style="font-family:Verdana;font-size:12px">' + html_paras(new) + '</body></html>'
    body = alt(text(new, charset='us-ascii', cte='7bit'), text(html, 'html', charset='us-ascii', cte='7bit'))
    ip = '13.66.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254))
    helo = 'mail.certmetrics.com'
    mailfrom = 'do-not-reply@certmetrics.com'
    au = {'dkim': [('certmetrics.com', 'pass', 'selector1')], 'spf': ('pass', mailfrom, ip),
          'dmarc': ('pass', 'NONE', 'certmetrics.com')}
    tl = trace('gmail', H_TO, dt, mailfrom, ip, helo, au)
    data = build(body, addr('AWS Certification', 'do-not-reply@certmetrics.com'), H_TO, 'AWS Certification wants to hear from you', dt,
                 '<%s@certmetrics.com>' % rhex(24), trace_lines=tl, dkim=[dkim_sig('certmetrics.com', 'selector1', dt)], bstyle='other')
    add('certmetrics-survey-invitation', data, 'unrelated', None, new, False, 'en')


def m_u4():
    """other AWS support case (billing, Japanese) resolved + survey"""
    op = T('2025-10-20 09:41:06', 9)
    case = case15(op, 2217)
    dt = T('2025-10-22 18:05:33', 9)
    new = '''お客様

AWS サポートをご利用いただきありがとうございます。
下記のケースは解決済みとなりました。

ケース ID：%s
件名：NAT ゲートウェイの想定外の請求について
重要度：一般的なガイダンス

お客様の問題は解決しましたか？
　はい → https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ → https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

アマゾン ウェブ サービス
''' % (case, case, case)
    plain = text(new + '\n' + CONSOLE_FOOT_JA % case, cte='b64')
    html = text(aws_html(new, lang='ja', footer=esc(CONSOLE_FOOT_JA % case).replace('\n', '<br>')), 'html', cte='b64')
    data = aws_send(alt(plain, html), J_TO, 'アマゾン ウェブ サービス: サポートケース %s は解決されました' % case, dt, 'jp',
                    authserv='mx.so-net.ne.jp', frm=addr('アマゾン ウェブ サービス', NOREPLY))
    add('ja-billing-case-resolved-survey', data, 'unrelated', case, new, True, 'ja')


def m_u5():
    """Amazon Seller Central (Japan) case, same RE:[CASE n] style"""
    dt = T('2025-06-03 12:31:09', 9)
    case = '5884881212'
    new = '''Amazon.co.jp出品者様

Amazon出品サービスをご利用いただきありがとうございます。
出品者サポートの田中でございます。

お問い合わせいただいた出品アカウントの統合に関する件につきまして、ご案内いたします。
同一の事業者様が複数の出品アカウントをお持ちの場合、原則として1つのアカウントをご利用いただく必要がございます。
不要となったアカウントの閉鎖手続きは、セラーセントラルの「設定」>「出品用アカウント情報」から行うことができます。

本件について解決しましたら、本メール下部のリンクよりご評価いただけますと幸いです。

ご質問の答えは見つかりましたか？
はい / いいえ

Amazon.co.jp 出品者サポート
'''
    body = text(new, charset='cp932', label='Shift_JIS', cte='8bit')
    mid, rp, ip, helo = ses_mail(dt)
    rp = rp.replace('amazonses.com', 'amazon.co.jp')
    helo = 'smtp-out-%s.amazon.co.jp' % rhex(4)
    ip = '52.95.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254))
    au = {'dkim': [('amazon.co.jp', 'pass', 'rte02')], 'spf': ('pass', rp, ip), 'dmarc': ('pass', 'QUARANTINE', 'amazon.co.jp')}
    tl = trace('gmail', A_TO, dt, rp, ip, helo, au)
    data = build(body, addr('Amazon セラーセントラル', 'seller-answers@amazon.co.jp', 'iso-2022-jp'), A_TO,
                 'RE:[CASE %s] 出品アカウントの統合について' % case, dt, '<%s@email.amazonses.com>' % ses_msgid(dt),
                 subject_charset='iso-2022-jp', trace_lines=tl, dkim=[dkim_sig('amazon.co.jp', 'rte02', dt)])
    add('ja-seller-central-account-case', data, 'unrelated', case, new, True, 'ja')


def m_u6():
    """GitHub pull request merged notification"""
    dt = T('2025-08-07 15:40:22', 0)
    new = '''Merged #214 into main.

chen-wei-nw merged commit 4f1c2e9 into main

Merge duplicate account handling in cert-tracker (#214)

* completes the merge of the two account tables
* drops the legacy accounts_v1 view

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-logistics/cert-tracker/pull/214#event-%d
You are receiving this because you authored the thread.
''' % RNG.randint(10**10, 10**11)
    html = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/northwind-logistics/cert-tracker/pull/214">#214</a> into main.</p>'
            + html_paras(new.split('\n\n', 1)[1]))
    body = alt(text(new, cte='7bit', charset='UTF-8'), text(html, 'html', charset='UTF-8', cte='7bit'))
    ip = '192.30.252.%d' % RNG.randint(190, 210)
    helo = 'out-%d.smtp.github.com' % RNG.randint(20, 30)
    mailfrom = 'noreply@github.com'
    au = {'dkim': [('github.com', 'pass', 'pf2023')], 'spf': ('pass', mailfrom, ip), 'dmarc': ('pass', 'REJECT', 'github.com')}
    tl = trace('outlook', F_TO, dt, mailfrom, ip, helo, au)
    data = build(body, addr('Chen Wei', 'notifications@github.com'), 'northwind-logistics/cert-tracker <cert-tracker@noreply.github.com>',
                 'Re: [northwind-logistics/cert-tracker] Merge duplicate account handling (PR #214)', dt,
                 '<northwind-logistics/cert-tracker/pull/214/issue_event/%d@github.com>' % RNG.randint(10**10, 10**11),
                 extra=[('Cc', 'Chen Wei <%s>, Author <author@noreply.github.com>' % F_TO),
                        ('In-Reply-To', '<northwind-logistics/cert-tracker/pull/214@github.com>'),
                        ('References', '<northwind-logistics/cert-tracker/pull/214@github.com>'),
                        ('List-ID', 'northwind-logistics/cert-tracker <cert-tracker.northwind-logistics.github.com>'),
                        ('X-GitHub-Reason', 'author')],
                 trace_lines=tl, dkim=[dkim_sig('github.com', 'pf2023', dt)], bstyle='other')
    add('github-pr-merged-notification', data, 'unrelated', None, new, False, 'en')


def m_u7():
    """AWS service quota case, request completed"""
    op = T('2025-04-02 08:12:40', 5.5)
    case = case15(op, 5521)
    dt = T('2025-04-03 06:47:19', 0)
    new = '''Hello,

We're pleased to let you know that your request has been completed.

Your Service Quotas increase for "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in the Asia Pacific (Mumbai) region has been approved and is now 256 vCPUs. It can take up to 30 minutes for the new value to appear in the console.

Case ID: %s
Subject: Limit Increase: EC2 Instances

If you have any further questions, you can reply to this case in the Support Center. Otherwise, no further action is needed and the case will be resolved.

Best regards,
Amazon Web Services
''' % case
    plain = text(new + '\n' + CONSOLE_FOOT % case, cte='qp')
    html = text(aws_html(new, footer=esc(CONSOLE_FOOT % case).replace('\n', '<br>')), 'html', cte='qp')
    data = aws_send(alt(plain, html), B_TO, 'RE:[CASE %s] Limit Increase: EC2 Instances' % case, dt, 'outlook',
                    frm=addr(AWSNAME, NOREPLY))
    add('quota-increase-request-completed', data, 'unrelated', case, new, True, 'en')


def m_u8():
    """Pearson VUE appointment confirmation"""
    dt = T('2025-03-04 11:18:52', 0)
    new = '''Dear Priya Raman,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Friday, 21 March 2025, 10:00 AM India Standard Time
Delivery: Online (OnVUE)
Candidate ID: AWS77410286
Registration ID: 4%s

Before your exam, run the system test on the computer you will use:
https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
''' % ''.join(RNG.choice('0123456789') for _ in range(8))
    html = '<html><body style="font-family:Arial">' + html_paras(new) + '</body></html>'
    body = alt(text(new, charset='us-ascii', cte='7bit'), text(html, 'html', charset='us-ascii', cte='7bit'))
    ip = '159.182.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254))
    helo = 'mx-out.pearson.com'
    mailfrom = 'pearsonvuecustomerservice@pearson.com'
    au = {'dkim': [('pearson.com', 'pass', 'pvue')], 'spf': ('pass', mailfrom, ip), 'dmarc': ('pass', 'REJECT', 'pearson.com')}
    tl = trace('outlook', B_TO, dt, mailfrom, ip, helo, au)
    data = build(body, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), B_TO,
                 'Pearson VUE Confirmation of Appointment', dt, '<%s@pearson.com>' % rhex(22),
                 trace_lines=tl, dkim=[dkim_sig('pearson.com', 'pvue', dt)], bstyle='other', crlf=True)
    add('pearson-vue-appointment-confirmation', data, 'unrelated', None, new, False, 'en')


def m_u9():
    """Japanese phishing not about the merge (account restriction)"""
    dt = T('2025-06-09 03:12:44', 9)
    new = '''【重要】AWS認定アカウントの利用制限のお知らせ

山田 太郎 様

いつもAWS認定をご利用いただきありがとうございます。
お客様のアカウントにおいて、第三者による不正なログインの可能性が検出されたため、現在アカウントの一部機能を制限しております。

以下のリンクより24時間以内にご本人確認を完了してください。期限内に確認が完了しない場合、取得済みの認定資格が無効となる場合がございます。

▼本人確認はこちら
https://aws-certification.verify-jp.com/login?id=%s

※本メールは送信専用です。

Amazon Web Services トレーニングと認定
''' % ralnum(16)
    body = text(new, charset='cp932', label='Shift_JIS', cte='b64')
    ip = '103.%d.%d.%d' % (RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254))
    helo = 'mail%d.verify-jp.com' % RNG.randint(1, 9)
    mailfrom = 'info@verify-jp.com'
    au = {'dkim': [], 'spf': ('fail', mailfrom, ip), 'dmarc': ('fail', 'QUARANTINE', 'amazon.com')}
    tl = trace('gmail', A_TO, dt, mailfrom, ip, helo, au)
    tl.insert(0, 'X-Gmail-Labels: Spam')
    data = build(body, addr('AWS トレーニングと認定', 'no-reply@amazon.com', 'iso-2022-jp'), A_TO,
                 '【重要】AWS認定アカウントの利用制限のお知らせ', dt, '<%s@verify-jp.com>' % rhex(20),
                 subject_charset='utf-8', trace_lines=tl, bstyle='other')
    add('ja-phish-account-restricted-not-merge', data, 'unrelated', None, new, False, 'ja')


def m_u10():
    """AWS Training and Certification newsletter (genuine)"""
    dt = T('2025-09-16 16:00:05', 0)
    new = '''AWS Training and Certification | September 2025

Hi Marco,

New this month:

* AWS Certified Generative AI Developer - Professional (beta) registration is now open.
* Free digital course: "Migrating and consolidating accounts with AWS Organizations".
* AWS Skill Builder: 12 new hands-on labs on containers.

Already certified? Remember that your certification benefits, including the 50% exam discount, are available in your AWS Certification account under Benefits.

Explore AWS Skill Builder: https://skillbuilder.aws/

You are receiving this email because you subscribed to AWS Training and Certification communications.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
'''
    html = text(aws_html(new), 'html', cte='qp')
    body = related(alt(text(new, cte='qp'), html), png_part('spacer.png', 'spacer@aws'))
    data = aws_send(body, C_TO, 'Your September update from AWS Training and Certification', dt, 'gmail',
                    frm=addr('AWS Training and Certification', 'aws-training-and-certification@amazon.com'),
                    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'),
                           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
    add('tc-monthly-newsletter', data, 'unrelated', None, new, True, 'en')


for _f in (m_u1, m_u2, m_u3, m_u4, m_u5, m_u6, m_u7, m_u8, m_u9, m_u10):
    _f()

# === END MAILS ===


def decoded_text(msg):
    from email.header import decode_header, make_header
    out = [str(make_header(decode_header(msg.get('Subject', ''))))]
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        raw = part.get_payload(decode=True) or b''
        cs = part.get_content_charset() or 'us-ascii'
        try:
            t = raw.decode(cs, 'replace')
        except LookupError:
            t = raw.decode('utf-8', 'replace')
        if part.get_content_subtype() == 'html':
            t = re.sub(r'<[^>]+>', ' ', t)
            import html as _h
            t = _h.unescape(t)
        out.append(t)
    return '\n'.join(out)


def main():
    import email
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    names = set()
    for i, (fname, data, label) in enumerate(MAILS, 1):
        name = '%03d-%s.eml' % (i, fname)
        assert name not in names
        names.add(name)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    # sanity checks
    bad = 0
    for name, label in labels.items():
        with open(os.path.join(OUT, name), 'rb') as fh:
            msg = email.message_from_bytes(fh.read())
        t = decoded_text(msg)
        norm = {'AWS' + m for m in ID_RE.findall(t)}
        for a in label['account_ids']:
            if a not in norm:
                print('MISSING id', name, a); bad += 1
        if label['case_id'] and label['case_id'] not in t:
            print('MISSING case', name, label['case_id']); bad += 1
        if label['sender_verified'] is None and msg.get('Authentication-Results'):
            print('AR present but null', name); bad += 1
        if label['sender_verified'] is not None and not msg.get('Authentication-Results'):
            print('no AR but not null', name); bad += 1
    from collections import Counter
    print(len(labels), 'mails;', dict(Counter(l['kind'] for l in labels.values())),
          dict(Counter(l['language'] for l in labels.values())), 'problems:', bad)


if __name__ == '__main__':
    main()
