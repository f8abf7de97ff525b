#!/usr/bin/env python3
"""Generator for blind set 293 (Japanese emphasis): realistic .eml files + labels.json.

Run:  python3 make_set.py          (writes *.eml and labels.json, then self-checks)
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import uuid
from email import message_from_bytes
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header, decode_header
from email.message import Message
from email.policy import compat32
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(293)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

MAILS = []  # (fname, bytes, label)

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rnd_b64(n):
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(n))).decode()


def rnd_hex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def rfc_date(d):
    """RFC 5322 date, e.g. 'Tue, 16 Jul 2019 10:02:11 +0900'."""
    return d.strftime('%a, %d %b %Y %H:%M:%S %z')


def gdate(d):
    """Gmail-style date in Received lines with (PDT)/(PST) comment."""
    loc = d.astimezone(PDT if 3 <= d.month <= 10 else PST)
    return loc.strftime('%a, %d %b %Y %H:%M:%S %z') + (' (PDT)' if 3 <= d.month <= 10 else ' (PST)')


def ts(d):
    return int(d.timestamp())


def case15(opened, suffix):
    """15-digit case id: unix time of opening + 5 digits."""
    return '%d%05d' % (ts(opened), suffix)


def ses_msgid(d, region='us-east-1'):
    ms = int(d.timestamp() * 1000)
    u = str(uuid.UUID(int=random.getrandbits(128)))
    if region == 'us-east-1':
        return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, u)
    return '<0101%012x-%s-000000@%s.amazonses.com>' % (ms, u, region)


def ses_return_path(msgid):
    local = msgid.strip('<>').split('@')[0]
    return '<%s@amazonses.com>' % local


def enc_subject(text, charset='utf-8', enc='B'):
    """Encoded-word subject, folded over lines like real MUAs do."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = Charset(charset)
    if charset.lower() == 'utf-8':
        cs.header_encoding = QP if enc == 'Q' else BASE64
    h = Header(text, cs, header_name='Subject')
    return h.encode(maxlinelen=76)


def enc_name(name, addr, charset='utf-8', enc='B'):
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return '%s <%s>' % (name, addr)
    return '%s <%s>' % (enc_subject(name, charset, enc), addr)


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------

CODEC = {'shift_jis': 'cp932', 'windows-31j': 'cp932', 'iso-2022-jp': 'iso2022_jp',
         'utf-8': 'utf-8', 'euc-jp': 'euc_jp', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1'}


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', declared=None,
         codec=None, format_flowed=False):
    """A text/* leaf. `declared` lets the label differ from the real encoding."""
    raw = text.replace('\n', '\r\n').encode(codec or CODEC[charset.lower()])
    m = Message()
    label = declared or charset
    ct = 'text/%s; charset="%s"' % (subtype, label)
    if format_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii').replace('\r\n', '\n')
        payload = payload.replace('=0D\n', '\n').replace('\r', '')
    elif cte == '7bit':
        payload = raw.decode('ascii').replace('\r\n', '\n')
    else:  # 8bit
        payload = raw.replace(b'\r\n', b'\n').decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def multi(subtype, *parts, boundary=None):
    m = Message()
    b = boundary or ('=_%s' % rnd_hex(24) if random.random() < 0.5 else '----=_Part_%d_%d.%d' % (
        random.randint(100000, 999999), random.randint(100000000, 999999999), random.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def html_wrap(body_html, title='', lang='ja', charset='utf-8', meta_charset=None):
    mc = meta_charset or charset
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<title>%s</title>\n</head>\n<body style="font-family:Arial,\'Meiryo\',sans-serif;font-size:14px;color:#16191f;">\n%s\n</body>\n</html>\n'
            % (lang, mc, title, body_html))


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text_to_html(t):
    """Plain text -> simple HTML paragraphs; '>' quoted lines become blockquotes."""
    out = []
    for para in t.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % text_to_html(inner))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    return '\n'.join(out)


# --------------------------------------------------------------------------
# trace headers per mailbox provider
# --------------------------------------------------------------------------

def ar_value(style, host, dkim, spf, dmarc, header_from, mailfrom, ip, dkim_sel='', policy='QUARANTINE'):
    """dkim: list of (domain, result). spf/dmarc: result strings."""
    if style == 'gmail':
        lines = ['mx.google.com;']
        for d, r in dkim:
            lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (r, d, dkim_sel or rnd_hex(8), rnd_b64(6)[:8]))
        if spf == 'pass':
            lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
        elif spf == 'softfail':
            lines.append('       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
        else:
            lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, mailfrom, ip, mailfrom))
        pol = '(p=%s sp=%s dis=%s)' % (policy, policy, 'NONE' if dmarc == 'pass' else ('QUARANTINE' if policy != 'NONE' else 'NONE'))
        lines.append('       dmarc=%s %s header.from=%s' % (dmarc, pol, header_from))
        return '\n'.join(lines)
    if style == 'outlook':
        d0 = dkim[0] if dkim else (header_from, 'none')
        dk = 'dkim=%s (%s) header.d=%s' % (d0[1], 'signature was verified' if d0[1] == 'pass' else 'signature did not verify', d0[0]) \
            if dkim else 'dkim=none (message not signed) header.d=none'
        comp = 'compauth=pass reason=100' if dmarc == 'pass' else 'compauth=fail reason=000'
        act = 'action=none' if dmarc == 'pass' else 'action=quarantine'
        return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s %s\n header.from=%s;%s'
                % (spf, ip, mailfrom, dk, dmarc, act, header_from, comp))
    if style == 'yahoojp':
        # Yahoo! JAPAN style: two spaces after authserv-id, from=/domain= pairs
        d0 = dkim[0] if dkim else (header_from, 'none')
        return ('%s  from=%s; domain=%s; spf=%s; dkim=%s%s; dmarc=%s'
                % (host, header_from, mailfrom, spf, d0[1], ' (ok)' if d0[1] == 'pass' else '', dmarc))
    # generic RFC 8601 style (nifty, biglobe, docomo, corporate)
    parts = ['%s;' % host, ' spf=%s smtp.mailfrom=%s;' % (spf, mailfrom)]
    for d, r in dkim:
        parts.append(' dkim=%s header.d=%s header.s=%s;' % (r, d, dkim_sel or rnd_hex(8)))
    if not dkim:
        parts.append(' dkim=none;')
    parts.append(' dmarc=%s header.from=%s' % (dmarc, header_from))
    return '\n'.join(parts)


SES_IPS_E = ['54.240.8.%d' % i for i in (21, 30, 36, 52, 73, 84, 93)]
SES_IPS_W = ['54.240.27.%d' % i for i in (12, 27, 45, 53, 60)]


def ses_hop(region):
    if region == 'us-east-1':
        ip = random.choice(SES_IPS_E)
        return 'a8-%s.smtp-out.amazonses.com' % ip.split('.')[-1], ip
    ip = random.choice(SES_IPS_W)
    return 'a27-%s.smtp-out.us-west-2.amazonses.com' % ip.split('.')[-1], ip


def trace(provider, rcpt, d, src_host, src_ip, return_path, ar=None, extra_ar_below=None):
    """Return list of (name, value) trace headers in top-down order.
    `ar` is the Authentication-Results value (None: no AR header at all).
    `extra_ar_below` a forged/older AR placed lower (untrusted)."""
    h = []
    rd = d + dt.timedelta(seconds=random.randint(1, 9))
    if provider == 'gmail':
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s'
                  % (random.randint(0x6000, 0x7fff), random.randint(0x100, 0xfff), random.randint(0x100, 0xfff),
                     random.randint(0x100, 0xfff), random.randint(0x100, 0xfff), rnd_hex(8) + 'csp' + str(random.randint(1000000, 9999999)), gdate(rd + dt.timedelta(seconds=1)))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rnd_b64(60).replace('=', '')[:76]))
        h.append(('X-Received', 'by 2002:a17:90a:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s'
                  % (random.randint(0x100, 0xfff), random.randint(0x100, 0xfff), random.randint(0x100, 0xfff), random.randint(0x100, 0xfff),
                     rnd_hex(16), random.randint(1, 30), random.randint(10**12, 10**13), gdate(rd))))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (ts(rd), rnd_b64(90))))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
                  % (rnd_b64(32), rnd_b64(30), rnd_b64(90))))
        if ar is not None:
            h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
        h.append(('Return-Path', return_path))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (src_host, src_host, src_ip, 'd75a77b69052e-' + rnd_hex(12) + 'si' + str(random.randint(1000000, 9999999)) + 'cf', random.randint(1, 999), d.astimezone(PDT if 3 <= d.month <= 10 else PST).strftime('%Y.%m.%d.%H.%M.%S'), rcpt, gdate(d))))
        h.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                  % (return_path.strip('<>').split('@')[1], src_ip, src_ip)))
        if ar is not None:
            h.append(('Authentication-Results', ar))
    elif provider == 'outlook':
        h.append(('Received', 'from OS3P286MB%04d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%x::%x) by\n TYCP286MB%04d.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s'
                  % (random.randint(1000, 3999), random.randint(0x10, 0xff), random.randint(1, 0xff), random.randint(1000, 3999), rfc_date(rd.astimezone(UTC)).replace('+0000', '+0000'))))
        h.append(('Received', 'from TY2PEPF0000%04d.apcprd03.prod.outlook.com (2603:1096:404:%x::%x) by\n OS3P286MB%04d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%x::%x) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (random.randint(1000, 9999), random.randint(0x10, 0xff), random.randint(1, 0xff), random.randint(1000, 3999), random.randint(0x10, 0xff), random.randint(1, 0xff), random.randint(7000, 8999), random.randint(10, 40), rfc_date(rd.astimezone(UTC)))))
        if ar is not None:
            h.append(('Authentication-Results', ar))
        h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (return_path.strip('<>').split('@')[1], src_ip, src_ip, src_host)))
        h.append(('Received', 'from %s (%s) by\n TY2PEPF0000%04d.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
                  % (src_host, src_ip, random.randint(1000, 9999), random.randint(0, 255), random.randint(0, 255), random.randint(7000, 8999), random.randint(10, 40), rfc_date(d.astimezone(UTC)))))
    elif provider == 'yahoojp':
        host = 'mta%d.mail.%s.yahoo.co.jp' % (random.randint(1000, 5999), random.choice(['kks', 'ssk', 'bbb']))
        h.append(('Return-Path', return_path))
        if ar is not None:
            h.append(('Authentication-Results', ar.replace('{HOST}', host)))
        h.append(('Received', 'from %s (%s)\n  by %s with SMTP; %s' % (src_host, src_ip, host, rfc_date(d.astimezone(JST)))))
        h.append(('X-YMailISG', rnd_b64(120).replace('+', '.').replace('/', '_')[:150]))
        h.append(('X-YMail-JAS', rnd_b64(60).replace('+', '.').replace('/', '_')[:80] + '--'))
        h.append(('X-Apparently-To', '%s; %s' % (rcpt, rfc_date(rd.astimezone(JST)))))
    elif provider in ('nifty', 'biglobe', 'docomo', 'corp'):
        host = {'nifty': 'mx-ne%02d.nifty.com' % random.randint(1, 9),
                'biglobe': 'mx%02d.mail.biglobe.ne.jp' % random.randint(1, 9),
                'docomo': 'mfsmax.docomo.ne.jp',
                'corp': 'mx%d.mail.example-corp.co.jp' % random.randint(1, 3)}[provider]
        h.append(('Return-Path', return_path))
        h.append(('X-Original-To', rcpt))
        h.append(('Delivered-To', rcpt))
        if ar is not None:
            h.append(('Authentication-Results', ar.replace('{HOST}', host)))
        mta = {'nifty': 'ESMTP id %s', 'biglobe': 'ESMTPS id %s', 'docomo': 'ESMTP id <%s>', 'corp': 'ESMTPS id %s'}[provider]
        h.append(('Received', ('from %s (%s [%s])\n\tby %s (Postfix) with ' + mta + '\n\tfor <%s>; %s')
                  % (src_host, src_host, src_ip, host, rnd_hex(11).upper(), rcpt, rfc_date(d.astimezone(JST)))))
    if extra_ar_below:
        h.append(('Authentication-Results', extra_ar_below))
    return h


def ses_headers(d, from_domain='amazon.com', region='us-east-1'):
    """DKIM signatures SES puts on amazon.com mail (d=amazon.com + d=amazonses.com)."""
    t = ts(d)
    h = [('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s;\n\tb=%s'
          % (random.choice(['bbiuqpixfgjqdvzdqwnl7lkq3bvkyjcm', 'ukr3vuyoxtv3sg7zhcsfmsyk4zqbtemw', '3r5ydlcd7lj7sxijq4pjoutirrpvzn2d']), from_domain, t, rnd_b64(32), rnd_b64(180))),
         ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=amazonses.com; t=%d;\n\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID;\n\tbh=%s;\n\tb=%s'
          % (random.choice(['6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug']), t, rnd_b64(32), rnd_b64(180)))]
    return h


def ses_tail(d, region='us-east-1'):
    ip = random.choice(SES_IPS_E if region == 'us-east-1' else SES_IPS_W)
    return [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rnd_b64(33).replace('=', '')[:43])),
            ('X-SES-Outgoing', '%s-%s' % (d.astimezone(UTC).strftime('%Y.%m.%d'), ip))]


# --------------------------------------------------------------------------
# assembling a message
# --------------------------------------------------------------------------

ID_RE = re.compile(r'aws[\s\-_]?(\d{8})(?!\d)', re.I)


def norm_ids(text):
    t = unicodedata.normalize('NFKC', text)
    return sorted({'AWS' + m for m in ID_RE.findall(t)})


def emit(fname, kind, case_id, verified, lang, new_text, trace_hdrs, sig_hdrs, std_hdrs, body, tail_hdrs=(),
         account_ids=None):
    """new_text: the NEW (unquoted) text of this mail, used for account_ids."""
    msg = body
    items = list(msg._headers)
    msg._headers = []
    for k, v in list(trace_hdrs) + list(sig_hdrs) + list(std_hdrs) + list(tail_hdrs):
        msg._headers.append((k, v))
    if not any(k.lower() == 'mime-version' for k, _ in msg._headers):
        msg._headers.append(('MIME-Version', '1.0'))
    msg._headers.extend(items)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32).flatten(msg)
    raw = buf.getvalue().replace(b'\r\n', b'\n')
    ids = norm_ids(new_text) if account_ids is None else account_ids
    label = {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': verified, 'language': lang}
    MAILS.append((fname, raw, label))


def std(frm, to, subject, d, msgid, extra=()):
    h = [('Date', rfc_date(d)), ('From', frm), ('To', to), ('Message-ID', msgid), ('Subject', subject)]
    h.extend(extra)
    return h


# ==========================================================================
# MAILS
# ==========================================================================


STYLE = {'gmail': 'gmail', 'outlook': 'outlook', 'yahoojp': 'yahoojp'}


def deliver(fname, kind, case_id, verified, lang, d, provider, rcpt, frm, subject, body, new_text,
            src, return_path, dkim, spf, dmarc, header_from, sig_hdrs, msgid, date_tz=UTC,
            extra_std=(), tail=(), no_ar=False, forged_below=None, policy='QUARANTINE', account_ids=None,
            ar_text=None):
    host, ip = src
    mailfrom = return_path.strip('<>').split('@')[-1]
    ar = None
    if not no_ar:
        ar = ar_text or ar_value(STYLE.get(provider, 'generic'), '{HOST}', dkim, spf, dmarc, header_from, mailfrom, ip,
                                 policy=policy)
    tr = trace(provider, rcpt, d, host, ip, return_path, ar=ar, extra_ar_below=forged_below)
    hdrs = std(frm, rcpt if '<' not in str(extra_std) else rcpt, subject, d.astimezone(date_tz), msgid, extra_std)
    emit(fname, kind, case_id, verified, lang, new_text, tr, sig_hdrs, hdrs, body, tail, account_ids=account_ids)


def aws(fname, kind, case_id, lang, d, provider, rcpt, frm, subject, body, new_text, region='us-east-1',
        to_hdr=None, extra_std=(), account_ids=None, no_ar=False):
    """Genuine AWS mail sent through Amazon SES, DKIM d=amazon.com, DMARC pass."""
    msgid = ses_msgid(d, region)
    host, ip = ses_hop(region)
    rp = '<%s>' % msgid.strip('<>').replace('email.amazonses.com', 'amazonses.com')
    dkim = [('amazon.com', 'pass'), ('amazonses.com', 'pass')]
    to = to_hdr or rcpt
    tr_ar = ar_value(STYLE.get(provider, 'generic'), '{HOST}', dkim, 'pass', 'pass', 'amazon.com',
                     rp.strip('<>').split('@')[1], ip)
    tr = trace(provider, rcpt, d, host, ip, rp, ar=None if no_ar else tr_ar)
    hdrs = std(frm, to, subject, d.astimezone(UTC), msgid, extra_std)
    emit(fname, kind, case_id, None if no_ar else True, lang, new_text, tr, ses_headers(d), hdrs, body, ses_tail(d, region),
         account_ids=account_ids)


FORM_FROM = 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'



# ---------------- Story A: 2019, Yahoo! JAPAN, form desk, keigo, 10-digit case ----------------
A_CASE = '6240517391'
A_RCPT = 'yamada_taro1987@yahoo.co.jp'
A_TO = enc_name('山田 太郎', A_RCPT, 'iso-2022-jp')
A_SUBJ_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
A_SIG = '''佐藤 真理子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services'''

a_form = '''お問い合わせの種類: Certification
詳細: Account Merge
AWS 認定候補者 ID: AWS10458832
お名前: 山田 太郎
メールアドレス: yamada_taro1987@yahoo.co.jp
内容: 以前勤務先のメールアドレスで受験したアカウントと、個人のメールアドレスで作ったアカウントの二つがあります。一つにまとめていただけますでしょうか。'''

# 001 auto acknowledgement (ISO-2022-JP, plain only)
d = dt.datetime(2019, 7, 16, 10, 41, 37, tzinfo=JST)
new = '''山田 太郎 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせフォームの送信を受け付けたことをお知らせする自動送信メールです。

ケース ID: %s
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 認定候補者 ID: AWS10458832

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせをいただきますと、かえってご回答までにお時間を頂戴する場合がございます。
追加の情報がございましたら、件名を変更せずに本メールへご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
https://aws.amazon.com/jp/training/''' % A_CASE
body = part(new, charset='iso-2022-jp', cte='7bit')
aws('001-yahoo-aws-form-2019.eml', 'case_created', A_CASE, 'ja', d, 'yahoojp', A_RCPT, FORM_FROM,
    enc_subject('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % A_CASE, 'iso-2022-jp'),
    body, new, to_hdr=A_TO)

# 002 agent asks for details
d = dt.datetime(2019, 7, 17, 15, 12, 4, tzinfo=JST)
new = '''山田 太郎 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お知らせいただきました認定候補者 ID AWS10458832 のアカウントを確認いたしました。
統合のお手続きを進めるにあたり、恐れ入りますが、以下の情報をご提供いただけますでしょうか。

1. もう一方のアカウントの認定候補者 ID（お分かりになる場合）
2. 各アカウントのログインに使用されているメールアドレス
3. 統合後に残すアカウント（今後どちらのアカウントをご利用になるか）

上記をご確認のうえ、本メールにご返信くださいますようお願い申し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

''' + A_SIG
quoted = '''

-----Original Message-----
From: 山田 太郎 <yamada_taro1987@yahoo.co.jp>
Sent: Tuesday, July 16, 2019 1:41 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

''' + a_form
full = new + quoted
body = multi('alternative', part(full, charset='iso-2022-jp', cte='7bit'),
             part(html_wrap(text_to_html(new) + '<hr>' + text_to_html(quoted.strip()), charset='iso-2022-jp'),
                  'html', charset='iso-2022-jp', cte='7bit'))
aws('002-yahoo-RE-case-%s.eml' % A_CASE, 'support_reply', A_CASE, 'ja', d, 'yahoojp', A_RCPT, FORM_FROM,
    A_SUBJ_RE, body, new, to_hdr=A_TO)

# 003 confirmation request
d = dt.datetime(2019, 7, 19, 9, 3, 51, tzinfo=JST)
new = '''山田 太郎 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
ご返信いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の 2 つのアカウントが存在しておりました。

　統合元（統合後にご利用いただけなくなるアカウント）: AWS10458832（t.yamada@old-company.co.jp）
　統合先（今後ご利用いただくアカウント）　　　　　　: AWS20931177（yamada_taro1987@yahoo.co.jp）

統合後は、AWS10458832 で取得された認定資格および受験履歴はすべて AWS20931177 に移行されます。
なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
ご確認のほど、よろしくお願い申し上げます。

''' + A_SIG
quoted = '''

-----Original Message-----
From: 山田 太郎 <yamada_taro1987@yahoo.co.jp>
Sent: Thursday, July 18, 2019 12:20 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 6240517391] [AWS Training and Certification Form Submission] - account-assistance

佐藤様

ご連絡ありがとうございます。
1. もう一方の ID は AWS20931177 です。
2. AWS10458832 は t.yamada@old-company.co.jp 、AWS20931177 は yamada_taro1987@yahoo.co.jp です。
3. 個人のメールアドレスの方（AWS20931177）を残したいです。

よろしくお願いします。
山田'''
full = new + quoted
body = multi('alternative', part(full, charset='iso-2022-jp', cte='7bit'),
             part(html_wrap(text_to_html(new) + '<hr>' + text_to_html(quoted.strip()), charset='iso-2022-jp'),
                  'html', charset='iso-2022-jp', cte='7bit'))
aws('003-yahoo-RE-case-%s-b.eml' % A_CASE, 'merge_confirmation_requested', A_CASE, 'ja', d, 'yahoojp', A_RCPT,
    FORM_FROM, A_SUBJ_RE, body, new, to_hdr=A_TO)

# 004 thanks for confirming, will proceed
d = dt.datetime(2019, 7, 20, 11, 47, 9, tzinfo=JST)
new = '''山田 太郎 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご承諾のご連絡をいただき、誠にありがとうございます。
いただいた内容にて、担当部署へ作業を依頼いたしました。
作業が終わり次第、あらためて本ケースにてご連絡を差し上げます。
通常、数営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいますようお願い申し上げます。

''' + A_SIG
quoted = '''

-----Original Message-----
From: 山田 太郎 <yamada_taro1987@yahoo.co.jp>
Sent: Friday, July 19, 2019 8:55 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 6240517391] [AWS Training and Certification Form Submission] - account-assistance

佐藤様

内容に相違ありません。統合をお願いいたします。

山田

> 統合元（統合後にご利用いただけなくなるアカウント）: AWS10458832（t.yamada@old-company.co.jp）
> 統合先（今後ご利用いただくアカウント）　　　　　　: AWS20931177（yamada_taro1987@yahoo.co.jp）
>
> 上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。'''
body = part(new + quoted, charset='iso-2022-jp', cte='7bit')
aws('004-yahoo-RE-case-%s-c.eml' % A_CASE, 'support_reply', A_CASE, 'ja', d, 'yahoojp', A_RCPT,
    FORM_FROM, A_SUBJ_RE, body, new, to_hdr=A_TO)

# 005 merge completed (UTF-8 base64, alternative)
d = dt.datetime(2019, 7, 23, 16, 30, 12, tzinfo=JST)
new = '''山田 太郎 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は認定候補者 ID AWS20931177（yamada_taro1987@yahoo.co.jp）にてサインインいただけますようお願いいたします。
AWS 認定アカウントにサインインのうえ、これまでに取得された認定がすべて表示されていることをご確認ください。
Acclaim のデジタルバッジにつきましては、反映まで数日かかる場合がございます。

ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

''' + A_SIG
quoted = '''

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Saturday, July 20, 2019 2:47 AM
Subject: RE:[CASE 6240517391] [AWS Training and Certification Form Submission] - account-assistance

ご承諾のご連絡をいただき、誠にありがとうございます。
いただいた内容にて、担当部署へ作業を依頼いたしました。'''
body = multi('alternative', part(new + quoted, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new) + '<hr>' + text_to_html(quoted.strip())), 'html', charset='utf-8', cte='base64'))
aws('005-yahoo-RE-case-%s-d.eml' % A_CASE, 'merge_completed', A_CASE, 'ja', d, 'yahoojp', A_RCPT,
    FORM_FROM, A_SUBJ_RE, body, new, to_hdr=A_TO)

# 006 closure + survey, HTML only
d = dt.datetime(2019, 7, 26, 17, 0, 3, tzinfo=JST)
new = '''山田 太郎 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
お問い合わせ（ケース ID: %s）は解決済みとしてクローズされました。

今後のサービス向上のため、今回の対応についての簡単なアンケートにご協力をお願いいたします。
問題は解決しましたか？
はい / いいえ

担当者の対応を 5 段階で評価してください: 1 2 3 4 5

本ケースについて追加のご質問がある場合は、本メールに 14 日以内にご返信いただくとケースが再開されます。

AWS トレーニングと認定 カスタマーサポート''' % A_CASE
html = '''<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:12px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:20px">
<p>山田 太郎 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
お問い合わせ（ケース ID: %s）は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、今回の対応についての簡単なアンケートにご協力をお願いいたします。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://survey.aws-training.amazon.com/s/ja?c=%s&amp;r=1" style="background:#ff9900;color:#000;padding:6px 18px;text-decoration:none">はい</a>&nbsp;&nbsp;
<a href="https://survey.aws-training.amazon.com/s/ja?c=%s&amp;r=0" style="background:#eaeded;color:#000;padding:6px 18px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください:
<a href="https://survey.aws-training.amazon.com/s/ja?c=%s&amp;csat=1">1</a> <a href="https://survey.aws-training.amazon.com/s/ja?c=%s&amp;csat=2">2</a>
<a href="https://survey.aws-training.amazon.com/s/ja?c=%s&amp;csat=3">3</a> <a href="https://survey.aws-training.amazon.com/s/ja?c=%s&amp;csat=4">4</a>
<a href="https://survey.aws-training.amazon.com/s/ja?c=%s&amp;csat=5">5</a></p>
<p style="font-size:12px;color:#687078">本ケースについて追加のご質問がある場合は、本メールに 14 日以内にご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
<hr>
<div style="font-size:12px;color:#687078">
-----Original Message-----<br>
Subject: RE:[CASE 6240517391] [AWS Training and Certification Form Submission] - account-assistance<br><br>
大変お待たせいたしました。<br>
ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。<br>
今後は認定候補者 ID AWS20931177 にてサインインいただけますようお願いいたします。
</div>
</td></tr></table>''' % ((A_CASE,) * 8)
body = part(html_wrap(html, title='AWS トレーニングと認定'), 'html', charset='utf-8', cte='quoted-printable')
aws('006-yahoo-case-%s-notice.eml' % A_CASE, 'survey', A_CASE, 'ja', d, 'yahoojp', A_RCPT,
    '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
    enc_subject('[CASE %s] お問い合わせはクローズされました - ご意見をお聞かせください' % A_CASE, 'utf-8', 'B'),
    body, new, to_hdr=A_TO)

# 007 Acclaim badge (2019) -- genuine
d = dt.datetime(2019, 7, 25, 4, 18, 40, tzinfo=JST)
new = '''Congratulations, Taro Yamada!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, and let employers verify it.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s

This badge was issued to yamada_taro1987@yahoo.co.jp. If this isn't your current email address, you can add it to your Acclaim account after you accept.

Questions? Visit our support site: https://support.youracclaim.com
Acclaim | Credly, Inc. | 22 Cortlandt Street, 26th floor, New York, NY 10007''' % str(uuid.UUID(int=random.getrandbits(128)))
html = '''<table width="100%%" bgcolor="#f5f5f5"><tr><td align="center">
<table width="560" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="120"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:normal">Congratulations, Taro Yamada!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><img src="https://images.youracclaim.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt=""><br><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/x" style="background:#2d7ff9;color:#fff;padding:10px 22px;border-radius:3px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">This badge was issued to yamada_taro1987@yahoo.co.jp. If this isn't your current email address, you can add it to your Acclaim account after you accept.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Acclaim | Credly, Inc. | 22 Cortlandt Street, 26th floor, New York, NY 10007</td></tr>
</table></td></tr></table>'''
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'),
             part(html_wrap(html, title='Acclaim', lang='en'), 'html', charset='utf-8', cte='quoted-printable'))
msgid = '<%s@geopod-ismtpd-%d>' % (rnd_b64(16).replace('/', '_').replace('+', '-').rstrip('='), random.randint(1, 20))
deliver('007-yahoo-acclaim-2019.eml', 'credly_badge_issued', None, True, 'en', d, 'yahoojp', A_RCPT,
        '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
        'Amazon Web Services Training and Certification has issued you a badge', body, new,
        ('o4.email.youracclaim.com', '167.89.100.%d' % random.randint(2, 250)),
        '<bounces+4451239-c2a1-yamada_taro1987=yahoo.co.jp@email.youracclaim.com>',
        [('youracclaim.com', 'pass')], 'pass', 'pass', 'youracclaim.com',
        [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=youracclaim.com;\n\th=from:subject:mime-version:to:content-type:content-transfer-encoding;\n\ts=s1; bh=%s;\n\tb=%s' % (rnd_b64(32), rnd_b64(120)))],
        msgid, extra_std=[('X-SG-EID', rnd_b64(60))])


# ---------------- Story B: 2020, nifty, console case in Japanese, 10-digit ----------------
B_CASE = '7013388421'
B_RCPT = 'kenji.suzuki@nifty.com'
B_SUBJ = '認定アカウントの統合について'
B_FOOT = '''このやり取りについてのご意見をお聞かせください。AWS サポートセンターで、このやり取りやその他のやり取りを評価していただけます。やり取りの右上にある星を選択して評価してください。

AWS サポートのナレッジセンター (https://aws.amazon.com/jp/premiumsupport/knowledge-center/) もご活用ください。

* このメールは送信専用のアドレスから送信されています。
本ケースにご返信いただく場合は、このメールに返信せず、以下のリンクからお願いいたします。
https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=ja''' % B_CASE


def console_ja_html(text):
    return html_wrap('<div style="max-width:640px">%s</div>' % text_to_html(text), title='Amazon Web Services')


# 008 console case opened (Japanese template)
d = dt.datetime(2020, 3, 4, 21, 15, 48, tzinfo=JST)
new = '''Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース %s をオープンしました。

ケースの詳細:

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
ケースの作成者: kenji.suzuki@nifty.com
作成日時: 2020-03-04 12:15:46 (UTC)

ケースの確認または更新は、AWS サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

* このメールは送信専用のアドレスから送信されています。ご返信いただいても対応できませんのでご了承ください。

よろしくお願いいたします。
Amazon Web Services''' % (B_CASE, B_CASE, B_SUBJ, B_CASE)
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(console_ja_html(new), 'html', charset='utf-8', cte='quoted-printable'))
aws('008-nifty-console-%s.eml' % B_CASE, 'case_created', B_CASE, 'ja', d, 'nifty', B_RCPT, CONSOLE_FROM,
    enc_subject('Amazon Web Services: 新しいサポートケースをオープンしました: %s' % B_CASE, 'utf-8', 'B'),
    body, new)

# 009 "new correspondence" notification only
d = dt.datetime(2020, 3, 5, 14, 2, 10, tzinfo=JST)
new = '''お客様

AWS サポートより、ケース %s に新しい通信が追加されました。
内容を確認するには、AWS サポートセンターにサインインしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

* このメールは送信専用のアドレスから送信されています。ご返信いただいても対応できませんのでご了承ください。

Amazon Web Services''' % (B_CASE, B_CASE)
body = part(new, charset='utf-8', cte='base64')
aws('009-nifty-case-%s-notice.eml' % B_CASE, 'support_reply', B_CASE, 'ja', d, 'nifty', B_RCPT, CONSOLE_FROM,
    enc_subject('[ケース %s] 新しい通信が追加されました' % B_CASE, 'utf-8', 'Q'), body, new)

# 010 agent asks for info + a side question about exam booking
d = dt.datetime(2020, 3, 5, 14, 2, 31, tzinfo=JST)
new = '''鈴木 様

AWS サポートの中村です。お問い合わせいただきありがとうございます。

AWS 認定のアカウントは、AWS アカウント（12 桁のアカウント ID、今回お問い合わせいただいた 4417-2093-8856 など）とは別の仕組みで管理されています。
認定アカウントの統合を進めるため、お手数ですが、以下をお知らせください。

・統合したい各認定アカウントの候補者 ID（AWS から始まる番号）
・各アカウントに登録されているメールアドレス
・統合後に残したいアカウント

また、現在ご予約中の認定試験はございますか。統合作業中は試験予約の変更ができない場合がありますので、予約がある場合は日時もあわせてお知らせください。

よろしくお願いいたします。

中村
Amazon Web Services

''' + B_FOOT
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(console_ja_html(new), 'html', charset='utf-8', cte='quoted-printable'))
aws('010-nifty-RE-case-%s.eml' % B_CASE, 'support_reply', B_CASE, 'ja', d, 'nifty', B_RCPT, CONSOLE_FROM,
    enc_subject('RE:[CASE %s] %s' % (B_CASE, B_SUBJ), 'utf-8', 'B'), body, new)

# 011 confirmation request, ids written with hyphen
d = dt.datetime(2020, 3, 7, 10, 26, 55, tzinfo=JST)
new = '''鈴木 様

AWS サポートの中村です。ご返信ありがとうございます。

いただいた情報をもとに確認したところ、以下の 2 つの認定アカウントが見つかりました。

　統合元: AWS-03318842（k-suzuki@example-sier.co.jp）
　統合先: AWS-05529917（kenji.suzuki@nifty.com）

統合元のアカウントの認定履歴・試験履歴はすべて統合先のアカウントに移され、統合元のアカウントは使用できなくなります。
一度統合すると元に戻すことはできません。

この内容で統合してよろしいでしょうか。問題がなければ、サポートセンターから本ケースに「上記内容で統合を希望します」とご返信ください。
ご返信を確認した後、作業を開始します。

よろしくお願いいたします。

中村
Amazon Web Services

''' + B_FOOT
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(console_ja_html(new), 'html', charset='utf-8', cte='quoted-printable'))
aws('011-nifty-RE-case-%s-b.eml' % B_CASE, 'merge_confirmation_requested', B_CASE, 'ja', d, 'nifty', B_RCPT,
    CONSOLE_FROM, enc_subject('RE:[CASE %s] %s' % (B_CASE, B_SUBJ), 'utf-8', 'B'), body, new)

# 012 chaser without restating the accounts
d = dt.datetime(2020, 3, 11, 18, 40, 2, tzinfo=JST)
new = '''鈴木 様

AWS サポートの中村です。

3 月 7 日にお送りしたご案内について、その後いかがでしょうか。
ご確認いただけましたら、サポートセンターから本ケースにご返信ください。

なお、このまま 5 日間ご返信がない場合、本ケースは自動的に解決済みとなります。解決済みになった後でも、ケースを再度開いてご返信いただくことは可能です。

よろしくお願いいたします。

中村
Amazon Web Services

''' + B_FOOT
body = part(new, charset='utf-8', cte='quoted-printable')
aws('012-nifty-RE-case-%s-c.eml' % B_CASE, 'support_reply', B_CASE, 'ja', d, 'nifty', B_RCPT, CONSOLE_FROM,
    enc_subject('RE:[CASE %s] %s' % (B_CASE, B_SUBJ), 'utf-8', 'B'), body, new)

# 013 completion which also resolves the case
d = dt.datetime(2020, 3, 14, 11, 5, 44, tzinfo=JST)
new = '''鈴木 様

AWS サポートの中村です。ご返信ありがとうございました。

お待たせしました。ご依頼の 2 つの認定アカウントは 1 つにまとめ終わりました。
今後は候補者 ID AWS05529917（kenji.suzuki@nifty.com）で認定アカウントにサインインしてください。以前 AWS03318842 で取得された認定も、こちらのアカウントに表示されています。

ご依頼の対応はこれで完了となりますので、本ケースは解決済みとさせていただきます。
追加のご質問がありましたら、サポートセンターから本ケースを再度開いてください。

よろしくお願いいたします。

中村
Amazon Web Services

''' + B_FOOT
body = multi('alternative', part(new, charset='utf-8', cte='base64'),
             part(console_ja_html(new), 'html', charset='utf-8', cte='base64'))
aws('013-nifty-RE-case-%s-d.eml' % B_CASE, 'merge_completed', B_CASE, 'ja', d, 'nifty', B_RCPT, CONSOLE_FROM,
    enc_subject('RE:[CASE %s] %s' % (B_CASE, B_SUBJ), 'utf-8', 'B'), body, new)

# 014 console "case resolved" + rating request
d = dt.datetime(2020, 3, 14, 11, 6, 20, tzinfo=JST)
new = '''お客様

AWS サポートケース %s（件名: %s）は解決済みになりました。

今回のサポートはお役に立ちましたか？ 以下のリンクから、ご意見をお聞かせください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&feedback=true

問題が解決していない場合は、サポートセンターからケースを再度開くことができます。

* このメールは送信専用のアドレスから送信されています。

Amazon Web Services''' % (B_CASE, B_SUBJ, B_CASE)
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(console_ja_html(new), 'html', charset='utf-8', cte='quoted-printable'))
aws('014-nifty-case-%s-resolved.eml' % B_CASE, 'survey', B_CASE, 'ja', d, 'nifty', B_RCPT, CONSOLE_FROM,
    enc_subject('Amazon Web Services: ケース %s は解決済みになりました' % B_CASE, 'utf-8', 'B'), body, new)

# 015 duplicate form case opened by the same user: agent points to the existing case
B_DUP = '7019925310'
d = dt.datetime(2020, 3, 11, 9, 58, 17, tzinfo=JST)
new = '''鈴木 健二 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。
お問い合わせいただき、誠にありがとうございます。

お問い合わせの内容を確認いたしましたところ、同じご依頼について、既にケース %s にて弊社担当者よりご案内を差し上げております。
恐れ入りますが、今後のやり取りはケース %s にてお願いできますでしょうか。
同じ内容のケースが複数ございますとご対応が遅れる原因となりますため、本ケース（%s）はクローズさせていただきます。

なお、ケース %s では担当者よりお客様のご確認をお待ちしている状況でございますので、サポートセンターよりご返信くださいますようお願い申し上げます。

岡田
AWS トレーニングと認定 カスタマーサポート''' % (B_CASE, B_CASE, B_DUP, B_CASE)
quoted = '''

-----Original Message-----
From: 鈴木 健二 <kenji.suzuki@nifty.com>
Sent: Tuesday, March 10, 2020 11:31 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry Type: Certification
Detail: Account Merge
AWS Candidate ID: AWS05529917
Comments: 先週サポートセンターでケースを作りましたが、まだ統合されていません。AWS03318842 を AWS05529917 にまとめてください。'''
body = part(new + quoted, charset='utf-8', cte='quoted-printable')
aws('015-nifty-RE-case-%s.eml' % B_DUP, 'support_reply', B_DUP, 'ja', d, 'nifty', B_RCPT, FORM_FROM,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B_DUP, body, new)


# ---------------- Story C: 2020, biglobe, form desk, machine-translated Japanese ----------------
C_CASE = '7219046655'
C_RCPT = 'm-ohashi@kca.biglobe.ne.jp'
C_TO = enc_name('大橋 美咲', C_RCPT, 'iso-2022-jp')
C_SUBJ_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE

# 016 English auto-acknowledgement
d = dt.datetime(2020, 9, 8, 13, 22, 9, tzinfo=JST)
new = '''Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request.

Case ID: %s
Inquiry type: Certification
Detail: Account Merge
AWS Candidate ID: aws11872204

A member of our support team will review your request and respond within 24 hours. To help us serve you faster, please do not submit another request for the same issue. If you need to add information, simply reply to this email and keep the case ID in the subject line.

Sincerely,
AWS Training and Certification Customer Support''' % C_CASE
html = '''<table width="600" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0"><b>Case ID:</b></td><td>%s</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Inquiry type:</b></td><td>Certification</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Detail:</b></td><td>Account Merge</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>AWS Candidate ID:</b></td><td>aws11872204</td></tr>
</table>
<p>A member of our support team will review your request and respond within 24 hours. To help us serve you faster, please do not submit another request for the same issue. If you need to add information, simply reply to this email and keep the case ID in the subject line.</p>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>
</td></tr></table>''' % C_CASE
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'),
             part(html_wrap(html, lang='en'), 'html', charset='utf-8', cte='quoted-printable'))
aws('016-biglobe-aws-form-2020.eml', 'case_created', C_CASE, 'en', d, 'biglobe', C_RCPT, FORM_FROM,
    '[CASE %s] We received your request - AWS Training and Certification' % C_CASE, body, new, to_hdr=C_TO)

# 017 machine-translated confirmation request
d = dt.datetime(2020, 9, 9, 17, 48, 30, tzinfo=JST)
new = '''こんにちは大橋様、

AWSトレーニングと認定にご連絡いただきありがとうございます。私の名前はRaviで、今日はあなたを助けます。

私はあなたの名前で2つの認定アカウントを見つけました：
- AWS11872204（misaki.ohashi@work-example.jp）
- AWS16630981（m-ohashi@kca.biglobe.ne.jp）

あなたの要求に従って、アカウントAWS11872204はアカウントAWS16630981にマージされます。AWS16630981は残るアカウントになります。マージが実行された後、それは元に戻すことはできませんのでご注意ください。

上記の詳細が正しいかどうかを確認するために、この電子メールに返信してください。あなたの確認を受け取った後、私たちはマージを進めます。

よろしく、
Ravi K.
AWSトレーニングと認定カスタマーサポート'''
quoted = '''

---- 元のメッセージ ----
差出人: m-ohashi@kca.biglobe.ne.jp
送信日時: 2020/09/08 13:22
件名: [AWS Training and Certification Form Submission] - account-assistance

会社のメールで作った認定アカウント（aws11872204）と、個人のメールで作ったアカウントがあります。個人の方に一つにまとめてほしいです。個人の方のIDはAWS16630981です。'''
body = multi('alternative', part(new + quoted, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new) + '<br><hr>' + text_to_html(quoted.strip())), 'html', charset='utf-8', cte='base64'))
aws('017-biglobe-RE-case-%s.eml' % C_CASE, 'merge_confirmation_requested', C_CASE, 'ja', d, 'biglobe', C_RCPT,
    FORM_FROM, C_SUBJ_RE, body, new, to_hdr=C_TO)

# 018 MT "thank you for confirming, we proceed" -- charset label wrong (says iso-2022-jp, bytes are UTF-8)
d = dt.datetime(2020, 9, 10, 19, 2, 14, tzinfo=JST)
new = '''こんにちは大橋様、

確認していただきありがとうございます。私たちは今、あなたのアカウントのマージを進めます。
それが完了したら、私たちはあなたにこのケースで知らせます。通常、これは3〜5営業日かかります。

その間、あなたは追加のアクションを取る必要はありません。

よろしく、
Ravi K.
AWSトレーニングと認定カスタマーサポート'''
quoted = '''

2020/09/10 10:03、大橋 美咲 <m-ohashi@kca.biglobe.ne.jp> のメッセージ:

> Ravi様
>
> 内容に間違いありません。統合をお願いします。
>
> 大橋
>
>> 上記の詳細が正しいかどうかを確認するために、この電子メールに返信してください。
>> - AWS11872204（misaki.ohashi@work-example.jp）
>> - AWS16630981（m-ohashi@kca.biglobe.ne.jp）'''
body = part(new + quoted, charset='utf-8', cte='8bit', declared='iso-2022-jp')
aws('018-biglobe-RE-case-%s-b.eml' % C_CASE, 'support_reply', C_CASE, 'ja', d, 'biglobe', C_RCPT,
    FORM_FROM, C_SUBJ_RE, body, new, to_hdr=C_TO)

# 019 MT completion
d = dt.datetime(2020, 9, 14, 8, 31, 57, tzinfo=JST)
new = '''こんにちは大橋様、

良いニュースです！あなたのAWS認定アカウントは正常にマージされました。
今、あなたはAWS16630981（m-ohashi@kca.biglobe.ne.jp）を使ってログインすることができ、あなたのすべての認定はこのアカウントの下に表示されます。

Acclaimのバッジは数日以内にあなたのメールに送信されます。もしそれらが届かない場合、このメールに返信してください。

私たちはあなたの忍耐に感謝します。

よろしく、
Ravi K.
AWSトレーニングと認定カスタマーサポート'''
quoted = '''

---- 元のメッセージ ----
差出人: aws-cs-trainingcertification-form@amazon.com
送信日時: 2020/09/10 19:02
件名: RE:[CASE 7219046655] [AWS Training and Certification Form Submission] - account-assistance

確認していただきありがとうございます。私たちは今、あなたのアカウントのマージを進めます。'''
body = multi('alternative', part(new + quoted, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new) + '<br><hr>' + text_to_html(quoted.strip())), 'html', charset='utf-8', cte='quoted-printable'))
aws('019-biglobe-RE-case-%s-c.eml' % C_CASE, 'merge_completed', C_CASE, 'ja', d, 'biglobe', C_RCPT,
    FORM_FROM, C_SUBJ_RE, body, new, to_hdr=C_TO)

# 020 Acclaim badge after the merge, HTML only
d = dt.datetime(2020, 9, 16, 2, 9, 11, tzinfo=JST)
html = '''<table width="100%%" bgcolor="#f2f2f2" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 30px"><img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="110"></td></tr>
<tr><td style="padding:0 30px">
<h2 style="font-weight:normal;font-size:22px">Misaki, you've been issued a badge!</h2>
<p>Amazon Web Services Training and Certification issued you the following badges. They were re-issued to this email address following the consolidation of your AWS Certification accounts.</p>
<table><tr>
<td align="center" style="padding:10px"><img src="https://images.youracclaim.com/size/120x120/images/aws-cloud-practitioner.png" width="110" alt=""><br><b>AWS Certified Cloud Practitioner</b></td>
<td align="center" style="padding:10px"><img src="https://images.youracclaim.com/size/120x120/images/aws-developer-associate.png" width="110" alt=""><br><b>AWS Certified Developer &ndash; Associate</b></td>
</tr></table>
<p style="text-align:center"><a href="https://www.youracclaim.com/earner/earned" style="display:inline-block;background:#2d7ff9;color:#ffffff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#777">Accepting lets you share your badges on LinkedIn, Twitter and Facebook and verify them for employers.</p>
</td></tr>
<tr><td style="padding:24px 30px;font-size:11px;color:#999">You received this email because a badge was issued to m-ohashi@kca.biglobe.ne.jp.<br>Acclaim by Credly &middot; 22 Cortlandt St, Floor 26, New York, NY 10007 &middot; <a href="https://www.youracclaim.com/settings/notifications">Notification settings</a></td></tr>
</table></td></tr></table>'''
new = 'Misaki, you\'ve been issued a badge! Amazon Web Services Training and Certification issued you the following badges.'
body = part(html_wrap(html, title='Acclaim', lang='en'), 'html', charset='utf-8', cte='quoted-printable')
msgid = '<%s@ismtpd0%d.sendgrid.net>' % (rnd_b64(16).replace('/', '_').replace('+', '-').rstrip('='), random.randint(10, 99))
deliver('020-biglobe-acclaim-2020.eml', 'credly_badge_issued', None, True, 'en', d, 'biglobe', C_RCPT,
        '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
        "Misaki, you've been issued 2 badges by Amazon Web Services Training and Certification", body, new,
        ('o3.email.youracclaim.com', '167.89.101.%d' % random.randint(2, 250)),
        '<bounces+4451239-77fe-m-ohashi=kca.biglobe.ne.jp@email.youracclaim.com>',
        [('youracclaim.com', 'pass')], 'pass', 'pass', 'youracclaim.com',
        [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=youracclaim.com;\n\th=from:subject:mime-version:to:content-type:content-transfer-encoding;\n\ts=s1; bh=%s;\n\tb=%s' % (rnd_b64(32), rnd_b64(120)))],
        msgid)


# ---------------- Story D: 2022, docomo (no Authentication-Results), form desk keigo, 11-digit ----------------
D_CASE = '10283746591'
D_RCPT = 'hana-ito.0312@docomo.ne.jp'
D_TO = enc_name('伊藤 花', D_RCPT, 'utf-8')
D_SUBJ_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE
D_SIG = '''――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
担当：小川
――――――――――――――――――'''

# 021 Japanese auto-ack
d = dt.datetime(2022, 6, 13, 12, 48, 2, tzinfo=JST)
new = '''伊藤 花 様

この度は AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

ケース番号：%s
お問い合わせ種別：認定／アカウントの統合
候補者 ID：AWS08820456

内容を確認のうえ、担当者より通常 24 時間以内（土日祝日を除く）にご連絡いたします。
恐れ入りますが、今しばらくお待ちくださいませ。

※本メールはお問い合わせ受付時に自動で送信しております。
※追加情報がある場合は、件名のケース番号を残したまま本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート''' % D_CASE
body = part(new, charset='utf-8', cte='base64')
aws('021-docomo-aws-form-2022.eml', 'case_created', D_CASE, 'ja', d, 'docomo', D_RCPT, FORM_FROM,
    enc_subject('【AWS トレーニングと認定】お問い合わせを承りました（ケース番号：%s）' % D_CASE, 'utf-8', 'B'),
    body, new, to_hdr=D_TO, no_ar=True)

# 022 agent asks for notification addresses / reason
d = dt.datetime(2022, 6, 14, 10, 15, 39, tzinfo=JST)
new = '''伊藤 花 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小川と申します。

認定アカウント統合のご依頼につきまして、お問い合わせいただいた候補者 ID（AWS08820456）以外に、統合対象となるアカウントを特定するため、以下の点をお教えいただけますでしょうか。

　(1) もう一方のアカウントのログイン用メールアドレス、および通知先メールアドレス
　(2) 差し支えなければ、アカウントが複数作成された経緯
　(3) 統合後に存続させたいアカウント

ご返信の際は、恐れ入りますが本メールへそのままご返信くださいますようお願い申し上げます。
なお、同じ内容で新たにお問い合わせを作成されますと、確認に時間を要する場合がございますので、ご遠慮いただけますと幸いです。

何卒よろしくお願い申し上げます。

''' + D_SIG
quoted = '''

> お問い合わせ種別：認定／アカウントの統合
> 候補者 ID：AWS08820456
> 内容：転職前の会社で受験したときのアカウントと、今のアカウントを1つにしてほしいです。'''
body = part(new + quoted, charset='utf-8', cte='quoted-printable')
aws('022-docomo-RE-case-%s.eml' % D_CASE, 'support_reply', D_CASE, 'ja', d, 'docomo', D_RCPT, FORM_FROM,
    D_SUBJ_RE, body, new, to_hdr=D_TO, no_ar=True)

# 023 confirmation request (one id typed in full-width characters)
d = dt.datetime(2022, 6, 16, 9, 40, 21, tzinfo=JST)
new = '''伊藤 花 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小川でございます。

ご回答いただき、ありがとうございました。
お知らせいただいた内容をもとに確認いたしましたところ、下記のとおり統合を行う予定でございます。

　■ 存続するアカウント：AWS 07741203（hana-ito.0312@docomo.ne.jp）
　■ 統合されるアカウント：ＡＷＳ０８８２０４５６（h.ito@prev-company.co.jp）

統合されるアカウントの認定資格、試験履歴、特典はすべて存続するアカウントへ引き継がれ、統合されるアカウントは閉鎖されます。
統合後に元の状態へ戻すことはできかねますので、ご注意くださいませ。

お手数ではございますが、上記の内容にお間違いがないか今一度ご確認いただき、統合を進めてよろしいか本メールにてご返信いただけますでしょうか。
ご返信を確認いたしましたら、作業を開始させていただきます。

何卒よろしくお願い申し上げます。

''' + D_SIG
quoted = '''

-----Original Message-----
From: 伊藤 花 <hana-ito.0312@docomo.ne.jp>
Sent: Wednesday, June 15, 2022 9:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 10283746591] [AWS Training and Certification Form Submission] - account-assistance

小川様
(1) h.ito@prev-company.co.jp です。通知先も同じだと思います。
(2) 転職したため、新しいアカウントを作ってしまいました。
(3) 今使っている docomo のアドレスの方を残したいです。
伊藤'''
body = multi('alternative', part(new + quoted, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new) + '<hr>' + text_to_html(quoted.strip())), 'html', charset='utf-8', cte='quoted-printable'))
aws('023-docomo-RE-case-%s-b.eml' % D_CASE, 'merge_confirmation_requested', D_CASE, 'ja', d, 'docomo', D_RCPT,
    FORM_FROM, D_SUBJ_RE, body, new, to_hdr=D_TO, no_ar=True)

# 024 completion with benefits and Credly note
d = dt.datetime(2022, 6, 18, 14, 3, 8, tzinfo=JST)
new = '''伊藤 花 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小川でございます。

大変お待たせいたしました。
ご依頼いただきました認定アカウントの統合作業は、本日すべて完了いたしました。

今後は候補者 ID AWS07741203 のアカウントをご利用くださいませ。
お手数ですが、AWS 認定アカウントにサインインのうえ、以下の点をご確認いただけますと幸いです。

　・お持ちの認定資格がすべて表示されていること
　・次回の試験に利用できる 50% 割引の特典が引き継がれていること

また、Credly のデジタルバッジにつきましては、反映までに数日ほどかかる場合がございます。一週間ほど経っても届かない場合は、本メールにてお知らせくださいませ。

このたびはご不便をおかけいたしましたことをお詫び申し上げます。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

''' + D_SIG
body = multi('alternative', part(new, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='base64'))
aws('024-docomo-RE-case-%s-c.eml' % D_CASE, 'merge_completed', D_CASE, 'ja', d, 'docomo', D_RCPT,
    FORM_FROM, D_SUBJ_RE, body, new, to_hdr=D_TO, no_ar=True)

# 025 English closure / survey template on the same case
d = dt.datetime(2022, 6, 21, 14, 5, 0, tzinfo=JST)
new = '''Hello,

Your case %s has been closed. We hope we were able to resolve your issue.

How would you rate the support you received?
Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied

It only takes a minute and helps us improve our service.
https://survey.aws-training.amazon.com/feedback?caseId=%s&locale=en_US

If your issue is not resolved, reply to this email within 14 days to reopen the case.

Thank you,
AWS Training and Certification Customer Support''' % (D_CASE, D_CASE)
html = '''<table width="600" style="font-family:Arial,sans-serif;font-size:14px;color:#16191f"><tr><td>
<p>Hello,</p>
<p>Your case <b>%s</b> has been closed. We hope we were able to resolve your issue.</p>
<p><b>How would you rate the support you received?</b></p>
<p><a href="https://survey.aws-training.amazon.com/feedback?caseId=%s&amp;r=5">Very satisfied</a> |
<a href="https://survey.aws-training.amazon.com/feedback?caseId=%s&amp;r=4">Satisfied</a> |
<a href="https://survey.aws-training.amazon.com/feedback?caseId=%s&amp;r=3">Neutral</a> |
<a href="https://survey.aws-training.amazon.com/feedback?caseId=%s&amp;r=2">Dissatisfied</a> |
<a href="https://survey.aws-training.amazon.com/feedback?caseId=%s&amp;r=1">Very dissatisfied</a></p>
<p>It only takes a minute and helps us improve our service.</p>
<p style="color:#687078;font-size:12px">If your issue is not resolved, reply to this email within 14 days to reopen the case.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr></table>''' % ((D_CASE,) * 6)
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'),
             part(html_wrap(html, lang='en'), 'html', charset='utf-8', cte='quoted-printable'))
aws('025-docomo-case-%s-feedback.eml' % D_CASE, 'survey', D_CASE, 'en', d, 'docomo', D_RCPT,
    '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
    '[CASE %s] Your case has been closed - tell us how we did' % D_CASE, body, new, to_hdr=D_TO, no_ar=True)

# 026 Credly follow-up after the user reported missing badges
d = dt.datetime(2022, 6, 28, 11, 22, 45, tzinfo=JST)
new = '''伊藤 花 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小川でございます。

Credly のバッジが新しいアカウントに表示されていないとのこと、ご不便をおかけしており申し訳ございません。
認定アカウントの統合は完了しておりますが、Credly 側のアカウントは別途統合が必要となるため、先ほど Credly の担当チームへ移行を依頼いたしました。

反映までに 3〜5 営業日ほどお時間をいただく見込みでございます。
バッジが移行されましたら、Credly（admin@credly.com）よりメールが届きますので、今しばらくお待ちくださいますようお願い申し上げます。

何卒よろしくお願い申し上げます。

''' + D_SIG
quoted = '''

-----Original Message-----
From: 伊藤 花 <hana-ito.0312@docomo.ne.jp>
Sent: Monday, June 27, 2022 8:14 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 10283746591] [AWS Training and Certification Form Submission] - account-assistance

小川様
統合ありがとうございました。認定は AWS07741203 の方に表示されましたが、Credly のバッジが古いアカウントのままです。確認をお願いできますか。
伊藤'''
body = part(new + quoted, charset='utf-8', cte='quoted-printable')
aws('026-docomo-RE-case-%s-d.eml' % D_CASE, 'support_reply', D_CASE, 'ja', d, 'docomo', D_RCPT,
    FORM_FROM, D_SUBJ_RE, body, new, to_hdr=D_TO, no_ar=True)

# 027 Credly badge (moved after merge), docomo => no AR => null
d = dt.datetime(2022, 7, 2, 3, 41, 19, tzinfo=JST)
new = '''Hana, your badge is ready to accept

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge and share it with your network.
Accept Badge: https://www.credly.com/earner/earned/badge/%s

Credly, Inc. | 22 Cortlandt Street, Floor 26, New York, NY 10007
Unsubscribe from these emails: https://www.credly.com/earner/settings/notifications''' % str(uuid.UUID(int=random.getrandbits(128)))
html = '''<table width="100%%" bgcolor="#f6f6f6"><tr><td align="center">
<table width="560" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
<tr><td style="padding:26px"><img src="https://www.credly.com/assets/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 26px"><h1 style="font-size:22px;font-weight:600">Hana, your badge is ready to accept</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt=""><br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/x" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none;font-weight:bold">Accept Badge</a></p>
</td></tr>
<tr><td style="padding:26px;font-size:11px;color:#8c8c8c">Credly, Inc. | 22 Cortlandt Street, Floor 26, New York, NY 10007<br><a href="https://www.credly.com/earner/settings/notifications">Unsubscribe from these emails</a></td></tr>
</table></td></tr></table>'''
body = multi('alternative', part(new, charset='utf-8', cte='7bit'),
             part(html_wrap(html, title='Credly', lang='en'), 'html', charset='utf-8', cte='quoted-printable'))
msgid = '<%s@geopod-ismtpd-%d>' % (rnd_b64(16).replace('/', '_').replace('+', '-').rstrip('='), random.randint(1, 40))
deliver('027-docomo-credly-2022.eml', 'credly_badge_issued', None, None, 'en', d, 'docomo', D_RCPT,
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
        'Amazon Web Services Training and Certification has issued you a badge', body, new,
        ('o1.email.credly.com', '149.72.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<bounces+8120433-0c9a-hana-ito.0312=docomo.ne.jp@email.credly.com>',
        [('credly.com', 'pass')], 'pass', 'pass', 'credly.com',
        [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com;\n\th=from:subject:mime-version:to:content-type:content-transfer-encoding;\n\ts=s1; bh=%s;\n\tb=%s' % (rnd_b64(32), rnd_b64(120)))],
        msgid, no_ar=True)


# ---------------- Story E: 2025, Gmail, form desk, Japanese agent, 15-digit ----------------
E_OPEN = dt.datetime(2025, 5, 27, 22, 14, 5, tzinfo=JST)
E_CASE = case15(E_OPEN, 371)
E_RCPT = 's.tanaka.dev@gmail.com'
E_TO = enc_name('田中 翔', E_RCPT, 'utf-8')
E_SUBJ_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE
E_SIG = '''よろしくお願いいたします。

石井 恵美
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services Japan'''

# 028 auto acknowledgement (Japanese, alternative)
d = E_OPEN + dt.timedelta(seconds=14)
new = '''田中 翔 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
お問い合わせを受け付けました。ケース ID は %s です。

担当者が内容を確認し、原則として 24 時間以内にご連絡いたします。
このケースについてのやり取りは、本メールへの返信で行うことができます。同じ内容で新しいお問い合わせを送信しないようお願いいたします。

お問い合わせ内容
----------------------------------------
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 認定候補者 ID: AWS02233456
----------------------------------------

AWS トレーニングと認定 カスタマーサポート''' % E_CASE
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='quoted-printable'))
aws('028-gmail-aws-form-2025.eml', 'case_created', E_CASE, 'ja', d, 'gmail', E_RCPT, FORM_FROM,
    enc_subject('[CASE %s] お問い合わせを受け付けました' % E_CASE, 'utf-8', 'Q'), body, new, to_hdr=E_TO)

# 029 confirmation request, three accounts into one
d = dt.datetime(2025, 5, 28, 16, 45, 31, tzinfo=JST)
E_CONF = '''田中 翔 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの石井でございます。

この度は認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。
確認いたしましたところ、田中様のお名前で以下の 3 つのアカウントが登録されておりました。

【統合されるアカウント】
・AWS00812345（shou.tanaka@univ-example.ac.jp）
・aws01198760（tanaka.s@corp-example.co.jp）

【統合後に残るアカウント】
・AWS02233456（s.tanaka.dev@gmail.com）

統合を実施しますと、上記 2 つのアカウントで取得された認定資格、試験履歴および特典はすべて AWS02233456 に移行され、統合されたアカウントにはサインインできなくなります。
また、統合後に元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信のうえ、統合の実施についてご承認いただけますでしょうか。
ご確認のほど、よろしくお願い申し上げます。

''' + E_SIG
quoted = '''

---------- Original Message ----------
AWS 認定候補者 ID: AWS02233456
内容: 大学、前職、現職でそれぞれ認定アカウントを作ってしまいました。Gmail のアカウントに統合をお願いします。'''
body = multi('alternative', part(E_CONF + quoted, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(E_CONF) + '<hr>' + text_to_html(quoted.strip())), 'html', charset='utf-8', cte='quoted-printable'))
aws('029-gmail-RE-case-%s.eml' % E_CASE[:10], 'merge_confirmation_requested', E_CASE, 'ja', d, 'gmail', E_RCPT,
    FORM_FROM, E_SUBJ_RE, body, E_CONF, to_hdr=E_TO)

# 030 thanks for confirming, will proceed (nested Gmail quotes)
d = dt.datetime(2025, 5, 29, 13, 20, 7, tzinfo=JST)
new = '''田中 翔 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの石井でございます。

ご確認のご返信をいただき、ありがとうございます。
ご承認いただいた内容で、これより統合作業を進めさせていただきます。
作業が完了いたしましたら、改めて本ケースにてご連絡差し上げます。

''' + E_SIG
conf_q = '\n'.join(('> > ' + l) if l else '> >' for l in E_CONF.split('\n')[:20])
quoted = '''

2025年5月29日(木) 7:58 田中 翔 <s.tanaka.dev@gmail.com>:
> 石井様
>
> ご連絡ありがとうございます。
> The details are correct. Please proceed with the merge.
> 内容に間違いありませんので、統合をお願いいたします。
>
> 田中
>
> 2025年5月28日(水) 16:45 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
''' + conf_q
body = multi('alternative', part(new + quoted, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new) + '<div class="gmail_quote">' + text_to_html(quoted.strip()) + '</div>'), 'html', charset='utf-8', cte='quoted-printable'))
aws('030-gmail-RE-case-%s-b.eml' % E_CASE[:10], 'support_reply', E_CASE, 'ja', d, 'gmail', E_RCPT, FORM_FROM,
    E_SUBJ_RE, body, new, to_hdr=E_TO)

# 031 completion with rating footer
d = dt.datetime(2025, 5, 30, 18, 5, 52, tzinfo=JST)
new = '''田中 翔 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの石井でございます。

お待たせいたしました。ご依頼の認定アカウントの統合が完了いたしました。
今後は AWS02233456（s.tanaka.dev@gmail.com）にてサインインしていただけます。

サインイン後、これまでに取得された認定資格がすべて表示されていること、また特典（次回試験の 50% 割引など）が反映されていることをご確認ください。
Credly のバッジは、数日以内に s.tanaka.dev@gmail.com 宛てに通知が届く予定です。

''' + E_SIG + '''

――
今回の対応はいかがでしたか？ 以下のリンクから評価をお願いいたします。
https://survey.aws-training.amazon.com/csat?c=%s&lang=ja''' % E_CASE
body = multi('alternative', part(new, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='base64'))
aws('031-gmail-RE-case-%s-c.eml' % E_CASE[:10], 'merge_completed', E_CASE, 'ja', d, 'gmail', E_RCPT, FORM_FROM,
    'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE, body, new, to_hdr=E_TO)

# 032 closure survey, HTML only
d = dt.datetime(2025, 5, 30, 18, 6, 40, tzinfo=JST)
html = '''<table width="100%%" cellpadding="0" cellspacing="0" bgcolor="#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" width="70" alt="AWS"></td></tr>
<tr><td style="padding:24px;font-family:'Amazon Ember',Meiryo,Arial,sans-serif;font-size:14px;line-height:1.6">
<p>田中 翔 様</p>
<p>ケース %s はクローズされました。</p>
<p>AWS トレーニングと認定のサポートをご利用いただき、ありがとうございます。サービス向上のため、アンケートへのご協力をお願いいたします。</p>
<p style="font-size:16px"><b>Was your issue resolved? / 問題は解決しましたか？</b></p>
<p><a href="https://survey.aws-training.amazon.com/r?c=%s&amp;a=yes" style="display:inline-block;border:1px solid #ff9900;background:#ff9900;color:#16191f;padding:8px 28px;text-decoration:none;font-weight:bold">YES / はい</a>
&nbsp;<a href="https://survey.aws-training.amazon.com/r?c=%s&amp;a=no" style="display:inline-block;border:1px solid #879596;color:#16191f;padding:8px 28px;text-decoration:none;font-weight:bold">NO / いいえ</a></p>
<p>担当者の対応を評価してください:<br>
<a href="https://survey.aws-training.amazon.com/r?c=%s&amp;s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:12px;color:#687078">このケースについてさらにサポートが必要な場合は、新しいお問い合わせを作成する前に、本メールにご返信ください。</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;font-family:Arial,sans-serif">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>''' % ((E_CASE,) * 4)
new = 'ケース %s はクローズされました。' % E_CASE
body = part(html_wrap(html, title='AWS Training and Certification'), 'html', charset='utf-8', cte='quoted-printable')
aws('032-gmail-case-%s-closed.eml' % E_CASE[:10], 'survey', E_CASE, 'ja', d, 'gmail', E_RCPT,
    '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
    enc_subject('ケース %s はクローズされました - ご意見をお聞かせください' % E_CASE, 'utf-8', 'B'), body, new, to_hdr=E_TO)

# 033 Credly, two badges moved after the merge, HTML only
d = dt.datetime(2025, 6, 2, 1, 12, 36, tzinfo=JST)
html = '''<table role="presentation" width="100%%" bgcolor="#f4f4f4" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#2b2b2b">
<tr><td style="padding:28px"><img src="https://www.credly.com/assets/logos/credly-logo-orange.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 28px">
<h1 style="font-size:24px;font-weight:600;margin:0 0 12px">Sho, you have 2 new badges</h1>
<p>Amazon Web Services Training and Certification has issued you the badges below. Claim them to show off your skills and let others verify your achievement.</p>
<table role="presentation" width="100%%"><tr>
<td align="center" width="50%%" style="padding:12px"><img src="https://images.credly.com/size/160x160/images/aws-certified-solutions-architect-professional.png" width="110" alt=""><br><b>AWS Certified Solutions Architect &ndash; Professional</b></td>
<td align="center" width="50%%" style="padding:12px"><img src="https://images.credly.com/size/160x160/images/aws-certified-security-specialty.png" width="110" alt=""><br><b>AWS Certified Security &ndash; Specialty</b></td>
</tr></table>
<p style="text-align:center;margin:24px 0"><a href="https://www.credly.com/earner/earned?utm_source=email&amp;utm_campaign=badge_issued" style="background:#ff6b00;color:#ffffff;padding:14px 34px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badges</a></p>
</td></tr>
<tr><td style="padding:20px 28px;font-size:11px;color:#8c8c8c;border-top:1px solid #eee">This email was sent to s.tanaka.dev@gmail.com.<br>Credly, Inc. | 22 Cortlandt Street, Floor 26, New York, NY 10007 | <a href="https://www.credly.com/earner/settings/notifications" style="color:#8c8c8c">Manage notifications</a></td></tr>
</table></td></tr></table>'''
new = 'Sho, you have 2 new badges. Amazon Web Services Training and Certification has issued you the badges below.'
body = part(html_wrap(html, title='Credly', lang='en'), 'html', charset='utf-8', cte='quoted-printable')
msgid = '<%s@geopod-ismtpd-%d>' % (rnd_b64(16).replace('/', '_').replace('+', '-').rstrip('='), random.randint(1, 40))
deliver('033-gmail-credly-2025.eml', 'credly_badge_issued', None, True, 'en', d, 'gmail', E_RCPT,
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
        'Sho, you have 2 new badges from Amazon Web Services Training and Certification', body, new,
        ('o1.email.credly.com', '149.72.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<bounces+8120433-5b1e-s.tanaka.dev=gmail.com@email.credly.com>',
        [('credly.com', 'pass'), ('sendgrid.info', 'pass')], 'pass', 'pass', 'credly.com',
        [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com;\n\th=content-type:from:mime-version:subject:to:cc:content-type:from:\n\tsubject:to;\n\ts=s1; bh=%s;\n\tb=%s' % (rnd_b64(32), rnd_b64(120))),
         ('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info;\n\th=content-type:from:mime-version:subject:to:cc:content-type:from:\n\tsubject:to:feedback-id;\n\ts=smtpapi; bh=%s;\n\tb=%s' % (rnd_b64(32), rnd_b64(120)))],
        msgid)


# ---------------- Story F: 2024, Outlook.jp, console case, non-native English agent, 15-digit ----------------
F_OPEN = dt.datetime(2024, 11, 18, 9, 32, 10, tzinfo=JST)
F_CASE = case15(F_OPEN, 814)
F_RCPT = 'makoto.kobayashi@outlook.jp'
F_SUBJ = 'Request to merge two AWS Certification accounts'
F_FOOT = '''We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

===================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
===================================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210''' % F_CASE


def en_console(text):
    return multi('alternative', part(text, charset='utf-8', cte='quoted-printable'),
                 part(html_wrap(text_to_html(text), lang='en'), 'html', charset='utf-8', cte='quoted-printable'))


# 034 case opened
d = F_OPEN + dt.timedelta(seconds=9)
new = '''Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts (AWS04417730 and AWS09926615) because I changed my e-mail address. I would like to keep AWS09926615 and merge the old one into it. Thank you.

Kind regards,
Makoto Kobayashi

You can view and update the case from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Best regards,
Amazon Web Services''' % (F_CASE, F_CASE, F_SUBJ, F_CASE)
aws('034-outlook-console-%s.eml' % F_CASE[:10], 'case_created', F_CASE, 'en', d, 'outlook', F_RCPT, CONSOLE_FROM,
    'Amazon Web Services: You have opened a new Support case: %s' % F_CASE, en_console(new), new)

# 035 non-native agent asks for login e-mails
d = dt.datetime(2024, 11, 19, 15, 47, 3, tzinfo=JST)
new = '''Hello Makoto,

Greetings from AWS Training and Certification team!

I understand that you want to merge your two certification account. I will be glad to assist you on this.

With your registered email I could able to locate only the profile AWS09926615. To proceed further, kindly please share us the login email address of the both account and also the notification email address, so that we can able to locate the correct profiles. Also please confirm which account you would like to keep it as primary one.

Awaiting for your response.

Priya S.
Amazon Web Services

''' + F_FOOT
aws('035-outlook-RE-case-%s.eml' % F_CASE[:10], 'support_reply', F_CASE, 'en', d, 'outlook', F_RCPT, CONSOLE_FROM,
    'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), en_console(new), new)

# 036 confirmation request with "consolidate"
d = dt.datetime(2024, 11, 20, 17, 2, 45, tzinfo=JST)
new = '''Hello Makoto,

Thank you for sharing the details.

As per the information provided by you, we are going to consolidate below certification profiles:

Profile to be consolidated: AWS 04417730 (m-kobayashi@oldmail.example.jp)
Profile which will remain active: AWS 09926615 (makoto.kobayashi@outlook.jp)

Please be informed that once consolidated, the action cannot be reverted and the profile AWS 04417730 will be deactivated. All the certifications, exam history and benefits will be moved to AWS 09926615.

Kindly review the above and reply to this case from the Support Center with "I confirm" so that we can go ahead.

Priya S.
Amazon Web Services

''' + F_FOOT
aws('036-outlook-RE-case-%s-b.eml' % F_CASE[:10], 'merge_confirmation_requested', F_CASE, 'en', d, 'outlook',
    F_RCPT, CONSOLE_FROM, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), en_console(new), new)

# 037 thanks, forwarded to internal team
d = dt.datetime(2024, 11, 21, 11, 19, 30, tzinfo=JST)
new = '''Hello Makoto,

Thank you for your confirmation.

I have forwarded your request to our internal team for processing. Once it is completed I will update you on this case. Usually it take 2-3 business days, we appreciate your patience meanwhile.

Priya S.
Amazon Web Services

''' + F_FOOT
aws('037-outlook-RE-case-%s-c.eml' % F_CASE[:10], 'support_reply', F_CASE, 'en', d, 'outlook', F_RCPT,
    CONSOLE_FROM, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), en_console(new), new)

# 038 completion without the word "merge"
d = dt.datetime(2024, 11, 22, 20, 8, 14, tzinfo=JST)
new = '''Hello Makoto,

Happy to inform you that both of your certification profiles are now combined into single profile AWS 09926615.

All your certifications and exam history are now available under this profile, and the 50% exam voucher benefit is also carried forward. You can sign in with makoto.kobayashi@outlook.jp from now.

Please allow few days for your Credly badges to be reflected.

Priya S.
Amazon Web Services

''' + F_FOOT
aws('038-outlook-RE-case-%s-d.eml' % F_CASE[:10], 'merge_completed', F_CASE, 'en', d, 'outlook', F_RCPT,
    CONSOLE_FROM, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), en_console(new), new)

# 039 console resolved + survey
d = dt.datetime(2024, 11, 25, 20, 9, 2, tzinfo=JST)
new = '''Dear Customer,

Your AWS Support case %s ("%s") has been resolved.

We would like to hear about your experience. Was this case resolved to your satisfaction?

Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
No: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If you need more help with this issue, you can reopen the case from the AWS Support Center within 14 days.

Best regards,
Amazon Web Services''' % (F_CASE, F_SUBJ, F_CASE, F_CASE)
aws('039-outlook-case-%s-resolved.eml' % F_CASE[:10], 'survey', F_CASE, 'en', d, 'outlook', F_RCPT,
    CONSOLE_FROM, 'Amazon Web Services: Case %s has been resolved' % F_CASE, en_console(new), new)

# ---------------- Story G: 2023, Yahoo! JAPAN, console Japanese plain style, 11-digit ----------------
G_CASE = '12045678913'
G_RCPT = 'ryo_sasaki_0707@yahoo.co.jp'
G_SUBJ = 'AWS認定のアカウントが2つあるので1つにしたい'

# 040 console case opened (different wording)
d = dt.datetime(2023, 2, 9, 20, 3, 44, tzinfo=JST)
new = '''Amazon Web Services をご利用いただきありがとうございます。

お問い合わせを受け付け、ケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
サービス: Training and Certification

担当者からの回答は AWS サポートセンターでご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用です。このメールに返信されても、回答することができません。

Amazon Web Services''' % (G_CASE, G_CASE, G_SUBJ, G_CASE)
body = part(new, charset='utf-8', cte='base64')
aws('040-yahoo-console-%s.eml' % G_CASE, 'case_created', G_CASE, 'ja', d, 'yahoojp', G_RCPT, CONSOLE_FROM,
    enc_subject('Amazon Web Services: ケース %s を作成しました' % G_CASE, 'utf-8', 'B'), body, new)

# 041 plain polite confirmation request, plus a side question
d = dt.datetime(2023, 2, 10, 13, 55, 2, tzinfo=JST)
new = '''佐々木様

AWS サポートの森です。

認定アカウントを確認しました。次の内容で 1 つにまとめます。

  まとめられる側: aws13579246（ryo.sasaki@campus.example.ac.jp）
  残る側: aws24681357（ryo_sasaki_0707@yahoo.co.jp）

まとめた後に元に戻すことはできません。
この内容で進めてよいか、サポートセンターから返信をお願いします。OK の返信をいただいてから作業します。

あと、2 月中に試験の予約が入っているようでしたら、日付を教えてください。作業の前後で予約の表示が変わることがあるためです。

森
Amazon Web Services

このやり取りはいかがでしたか？ サポートセンターでこの回答を評価できます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja''' % G_CASE
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='quoted-printable'))
aws('041-yahoo-RE-case-%s.eml' % G_CASE, 'merge_confirmation_requested', G_CASE, 'ja', d, 'yahoojp', G_RCPT,
    CONSOLE_FROM, enc_subject('RE:[CASE %s] %s' % (G_CASE, G_SUBJ), 'utf-8', 'B'), body, new)

# 042 plain completion
d = dt.datetime(2023, 2, 13, 10, 12, 26, tzinfo=JST)
new = '''佐々木様

AWS サポートの森です。

お待たせしました。アカウントの統合作業が終わりました。
これからは aws24681357 のアカウント（ryo_sasaki_0707@yahoo.co.jp）でサインインしてください。以前のアカウントで取った認定もこちらに表示されます。

試験の予約（2/25）はそのまま残っています。
Credly のバッジは数日以内に届く予定です。

ほかに何かあれば、このケースに返信してください。

森
Amazon Web Services

このやり取りはいかがでしたか？ サポートセンターでこの回答を評価できます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja''' % G_CASE
body = part(new, charset='utf-8', cte='quoted-printable')
aws('042-yahoo-RE-case-%s-b.eml' % G_CASE, 'merge_completed', G_CASE, 'ja', d, 'yahoojp', G_RCPT,
    CONSOLE_FROM, enc_subject('RE:[CASE %s] %s' % (G_CASE, G_SUBJ), 'utf-8', 'B'), body, new)

# ---------------- Story H: 2021, biglobe, form desk, asks which to keep, 11-digit ----------------
H_CASE = '84510293847'
H_RCPT = 'yumi-t@mbe.biglobe.ne.jp'
H_TO = enc_name('高橋 由美', H_RCPT, 'iso-2022-jp')
H_SUBJ_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE
H_SIG = '''木村 拓也
AWS トレーニングと認定 カスタマーサポート'''

# 043 which account to keep?
d = dt.datetime(2021, 8, 3, 16, 20, 11, tzinfo=JST)
new = '''高橋 由美 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。
お問い合わせいただき、ありがとうございます。

お客様の情報で検索いたしましたところ、以下の 2 つの認定アカウントが見つかりました。

　AWS05050312（yumi.takahashi@old-isp.example.ne.jp）　認定: Cloud Practitioner
　AWS06161423（yumi-t@mbe.biglobe.ne.jp）　認定: SysOps Administrator – Associate

統合後に残すアカウントは、どちらをご希望でしょうか。
お手数ですが、ご希望のアカウントを本メールへのご返信にてお知らせくださいませ。
残すアカウントが確定いたしましたら、改めて統合内容のご確認をお願いさせていただきます。

''' + H_SIG
quoted = '''

-----Original Message-----
From: yumi-t@mbe.biglobe.ne.jp
Sent: Monday, August 2, 2021 11:48 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry Type: Certification
Detail: Account Merge
AWS Candidate ID: AWS06161423
Comments: 認定アカウントが2つあるようです。統合してください。'''
body = part(new + quoted, charset='utf-8', cte='base64')
aws('043-biglobe-RE-case-%s.eml' % H_CASE, 'support_reply', H_CASE, 'ja', d, 'biglobe', H_RCPT, FORM_FROM,
    H_SUBJ_RE, body, new, to_hdr=H_TO)

# 044 confirmation request after the choice; Outlook-style Japanese quote header
d = dt.datetime(2021, 8, 5, 11, 2, 50, tzinfo=JST)
new = '''高橋 由美 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。
ご返信いただき、ありがとうございます。

ご希望に沿って、以下の内容にて統合を行わせていただきます。

　統合元：AWS05050312（yumi.takahashi@old-isp.example.ne.jp）
　統合先：AWS06161423（yumi-t@mbe.biglobe.ne.jp）※統合後も残るアカウント

統合元のアカウントで取得された認定（Cloud Practitioner）は統合先へ移行されます。統合は取り消しができませんので、ご注意ください。

上記内容で問題がないか、本メールへのご返信にてご確認をお願いいたします。ご確認をいただき次第、作業を開始いたします。

''' + H_SIG
quoted = '''

差出人: 高橋 由美 <yumi-t@mbe.biglobe.ne.jp>
送信日時: 2021年8月4日 10:12
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE: RE:[CASE 84510293847] [AWS Training and Certification Form Submission] - account-assistance

木村様

ご連絡ありがとうございます。
AWS06161423（biglobe の方）を残してください。

高橋'''
body = multi('alternative', part(new + quoted, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">' + text_to_html(quoted.strip()) + '</div>'), 'html', charset='utf-8', cte='base64'))
aws('044-biglobe-RE-case-%s-b.eml' % H_CASE, 'merge_confirmation_requested', H_CASE, 'ja', d, 'biglobe', H_RCPT,
    FORM_FROM, H_SUBJ_RE, body, new, to_hdr=H_TO)


# ---------------- Look-alikes and phishing ----------------

def gen_msgid(domain):
    return '<%s.%s@%s>' % (rnd_hex(16), rnd_hex(8), domain)


# 045 look-alike domain asks to "confirm the merge" (authentic for its own domain => false)
d = dt.datetime(2020, 10, 6, 19, 33, 2, tzinfo=JST)
P_RCPT = 's.tanaka.dev@gmail.com'
html = '''<div style="max-width:600px;margin:0 auto;font-family:Meiryo,Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="background:#232f3e;padding:12px"><img src="https://aws-certificate-jp.com/img/aws_logo.png" width="70" alt="aws"></div>
<p>お客様各位</p>
<p>いつもAWS認定プログラムをご利用いただき、誠にありがとうございます。</p>
<p>お客様から、AWS認定アカウントの統合依頼（ケース番号：7120093381）を受け付けました。統合の内容は下記の通りです。</p>
<table style="border:1px solid #ccc;border-collapse:collapse">
<tr><td style="padding:6px;border:1px solid #ccc">統合元アカウント</td><td style="padding:6px;border:1px solid #ccc">AWS31415926</td></tr>
<tr><td style="padding:6px;border:1px solid #ccc">統合先アカウント</td><td style="padding:6px;border:1px solid #ccc">AWS27182818</td></tr>
</table>
<p>本人確認のため、24時間以内に下記のボタンからサインインし、統合を承認してください。<br>
期限内に承認が確認できない場合、安全のため両方のアカウントの認定資格が一時的に無効となります。</p>
<p><a href="https://aws-certificate-jp.com/signin/verify?case=7120093381&amp;u=c3RhbmFrYQ" style="background:#ff9900;color:#000;padding:10px 30px;text-decoration:none;font-weight:bold">統合を承認する</a></p>
<p style="font-size:12px;color:#666">※本メールは送信専用です。<br>Amazon Web Services 認定サポートセンター</p>
</div>'''
new = '''お客様から、AWS認定アカウントの統合依頼（ケース番号：7120093381）を受け付けました。統合元アカウント AWS31415926 統合先アカウント AWS27182818 本人確認のため、24時間以内に下記のボタンからサインインし、統合を承認してください。'''
body = part(html_wrap(html, title='AWS'), 'html', charset='utf-8', cte='base64')
deliver('045-gmail-aws-cert-notice-2020.eml', 'merge_confirmation_requested', '7120093381', False, 'ja', d, 'gmail',
        P_RCPT, enc_name('AWS認定サポート', 'no-reply@aws-certificate-jp.com', 'utf-8', 'B'),
        enc_subject('【重要】AWS認定アカウント統合のご確認（ケース番号：7120093381）', 'utf-8', 'B'), body, new,
        ('mail.aws-certificate-jp.com', '45.77.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<no-reply@aws-certificate-jp.com>', [('aws-certificate-jp.com', 'pass')], 'pass', 'pass',
        'aws-certificate-jp.com',
        [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=aws-certificate-jp.com; s=default;\n\tt=%d; bh=%s;\n\th=Date:From:To:Subject:From;\n\tb=%s' % (ts(d), rnd_b64(32), rnd_b64(120)))],
        gen_msgid('aws-certificate-jp.com'), date_tz=JST, policy='NONE',
        extra_std=[('X-Mailer', 'PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)')])

# 046 spoofed amazon.com "merge completed" -- top AR dmarc=fail, forged AR further down claims pass
d = dt.datetime(2024, 9, 3, 2, 44, 19, tzinfo=JST)
new = '''AWS 認定をご利用のお客様

お客様の AWS 認定アカウントの統合が完了いたしました。

統合後のアカウント：AWS 52048817

統合に伴い、認定特典（次回試験 50% 割引）の再有効化が必要となります。
48 時間以内に下記 URL よりサインインし、お支払い情報をご確認ください。
確認が取れない場合、特典および認定資格は失効となりますのでご注意下さい。

https://aws-training-certification.support-jp.cc/benefit/activate?id=52048817

Amazon Web Services 認定事務局
© 2024, Amazon Web Services, Inc. or its affiliates. All rights reserved.'''
body = multi('alternative', part(new, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new).replace('https://aws-training-certification.support-jp.cc/benefit/activate?id=52048817',
                                                       '<a href="https://aws-training-certification.support-jp.cc/benefit/activate?id=52048817">https://aws.amazon.com/jp/certification/benefits/</a>')),
                  'html', charset='utf-8', cte='base64'))
forged = 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
deliver('046-nifty-aws-cert-benefit-2024.eml', 'merge_completed', None, False, 'ja', d, 'nifty', 'kenji.suzuki@nifty.com',
        enc_name('Amazon Web Services', 'aws-certification@amazon.com'),
        enc_subject('【Amazon Web Services】AWS認定アカウント統合完了のお知らせ', 'utf-8', 'B'), body, new,
        ('vps-8c21d.secure-mailer.top', '193.149.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<bounce@secure-mailer.top>', [], 'pass', 'fail', 'amazon.com', [],
        gen_msgid('secure-mailer.top'), date_tz=JST, forged_below=forged)

# 047 Amazon.co.jp look-alike phishing, not about the merge
d = dt.datetime(2023, 3, 14, 6, 12, 55, tzinfo=JST)
new = '''Amazon お客様

いつもAmazonをご利用いただきありがとうございます。

お客様のプライム会員資格の更新に使用されたお支払い方法に問題が発生したため、会員資格の更新ができませんでした。
24時間以内にお支払い情報を更新いただけない場合、アカウントの利用を一時的に制限させていただきます。

お支払い情報を更新する: https://amazon-co-jp.account-security.top/ap/signin

Amazon.co.jp カスタマーサービス'''
body = multi('alternative', part(new, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='base64'))
deliver('047-yahoo-amazon-prime-2023.eml', 'unrelated', None, False, 'ja', d, 'yahoojp', G_RCPT,
        enc_name('Amazon.co.jp', 'info@amazon-co-jp.account-security.top'),
        enc_subject('Amazonプライム会員資格の更新ができませんでした', 'utf-8', 'B'), body, new,
        ('smtp.account-security.top', '103.215.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<info@amazon-co-jp.account-security.top>', [], 'pass', 'none', 'amazon-co-jp.account-security.top', [],
        gen_msgid('account-security.top'), date_tz=JST)

# 048 Credly look-alike about badges moved after the merge
d = dt.datetime(2021, 8, 20, 22, 5, 40, tzinfo=JST)
new = '''高橋 由美 様

AWS 認定アカウントの統合に伴い、お客様のデジタルバッジを新しいアカウントへ移行いたしました。
以下のボタンからサインインして、バッジを受け取ってください。

・AWS Certified Cloud Practitioner
・AWS Certified SysOps Administrator – Associate

バッジを受け取る: https://credly-badge.net/accept?token=9f2c41aa

7 日以内に受け取りがない場合、バッジは失効します。

Credly サポートチーム'''
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='quoted-printable'))
deliver('048-biglobe-credly-notice-2021.eml', 'credly_badge_issued', None, False, 'ja', d, 'biglobe', H_RCPT,
        'Credly <notification@credly-badge.net>',
        enc_subject('【Credly】バッジの移行が完了しました - 受け取り手続きのお願い', 'utf-8', 'B'), body, new,
        ('mx.credly-badge.net', '156.225.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<notification@credly-badge.net>', [], 'pass', 'none', 'credly-badge.net', [],
        gen_msgid('credly-badge.net'), date_tz=JST)

# 049 Amazon Seller Central (JP) case with the same RE:[CASE ...] style, about merging seller accounts
d = dt.datetime(2023, 10, 11, 15, 30, 5, tzinfo=JST)
new = '''田中 翔 様

Amazon出品サービスをご利用いただき、ありがとうございます。
Amazonセラーサポートの山本でございます。

お問い合わせいただいた出品用アカウントの統合につきまして、ご案内いたします。
複数の出品用アカウントを 1 つにまとめることはできかねますが、不要になったアカウントについては閉鎖の手続きを承ることが可能です。

閉鎖をご希望の場合は、対象となるアカウントの出品者 ID（例: A1B2C3D4E5F6G7）をお知らせくださいますようお願いいたします。

今後ともAmazon.co.jpをよろしくお願いいたします。

Amazonセラーサポート
山本

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
ケースに返信するには、セラーセントラルのケースログをご利用ください。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=5884881212

この回答はお役に立ちましたか？
はい: https://sellercentral.amazon.co.jp/cu/feedback?caseID=5884881212&r=yes
いいえ: https://sellercentral.amazon.co.jp/cu/feedback?caseID=5884881212&r=no'''
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='quoted-printable'))
msgid = ses_msgid(d, 'us-west-2')
deliver('049-gmail-sellercentral-2023.eml', 'unrelated', '5884881212', True, 'ja', d, 'gmail', P_RCPT,
        enc_name('Amazon セラーサポート', 'seller-notification@amazon.co.jp', 'utf-8', 'B'),
        enc_subject('RE:[CASE 5884881212] 出品用アカウントの統合について', 'utf-8', 'B'), body, new,
        ses_hop('us-west-2'), '<%s@us-west-2.amazonses.com>' % msgid.strip('<>').split('@')[0],
        [('amazon.co.jp', 'pass'), ('amazonses.com', 'pass')], 'pass', 'pass', 'amazon.co.jp',
        ses_headers(d, 'amazon.co.jp'), msgid, tail=ses_tail(d, 'us-west-2'))

# 050 other AWS support case of the same user: billing (15-digit)
X_OPEN = dt.datetime(2025, 4, 3, 10, 2, 48, tzinfo=JST)
X_CASE = case15(X_OPEN, 522)
d = dt.datetime(2025, 4, 4, 9, 41, 15, tzinfo=JST)
new = '''田中 様

AWS サポートの請求担当、長谷川です。お問い合わせいただきありがとうございます。

AWS アカウント 3921 8804 5517 について、2025 年 3 月分のご請求に含まれる Amazon EC2 の料金を確認しました。
テスト用に起動されたインスタンスの停止漏れによるものと確認できましたので、今回に限り、対象金額 USD 48.62 を返金するクレジットを適用しました。反映まで 3〜5 営業日ほどかかります。

今後の予期しない料金を防ぐため、AWS Budgets でのアラート設定をおすすめします。
https://docs.aws.amazon.com/ja_jp/cost-management/latest/userguide/budgets-managing-costs.html

よろしくお願いいたします。

長谷川
Amazon Web Services

このやり取りについてのご意見をお聞かせください。AWS サポートセンターで評価していただけます。

* このメールは送信専用のアドレスから送信されています。
https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=ja''' % X_CASE
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='quoted-printable'))
aws('050-gmail-RE-case-%s.eml' % X_CASE[:10], 'unrelated', X_CASE, 'ja', d, 'gmail', P_RCPT, CONSOLE_FROM,
    enc_subject('RE:[CASE %s] 3月分の請求金額について' % X_CASE, 'utf-8', 'B'), body, new)

# 051 closure + rating of that billing case
d = dt.datetime(2025, 4, 11, 9, 45, 3, tzinfo=JST)
new = '''お客様

AWS サポートケース %s（件名: 3月分の請求金額について）は解決済みになりました。

今回のサポートはお役に立ちましたか？ 以下のリンクから、ご意見をお聞かせください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&feedback=true

問題が解決していない場合は、サポートセンターからケースを再度開くことができます。

* このメールは送信専用のアドレスから送信されています。

Amazon Web Services''' % (X_CASE, X_CASE)
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='quoted-printable'))
aws('051-gmail-case-%s-resolved.eml' % X_CASE[:10], 'unrelated', X_CASE, 'ja', d, 'gmail', P_RCPT, CONSOLE_FROM,
    enc_subject('Amazon Web Services: ケース %s は解決済みになりました' % X_CASE, 'utf-8', 'B'), body, new)


# ---------------- Other unrelated mail ----------------

def simple_sig(domain, sel='s1'):
    return [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; h=from:to:subject:date:message-id:mime-version;\n\tbh=%s;\n\tb=%s'
             % (domain, sel, random.randint(10**9, 2 * 10**9), rnd_b64(32), rnd_b64(120)))]


# 052 CertMetrics "wants to hear from you" (a survey, but not about the case)
d = dt.datetime(2020, 4, 2, 7, 15, 30, tzinfo=JST)
new = '''Dear Kenji Suzuki,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified professional. We are conducting a short survey to better understand how AWS Certification has impacted your career, and we would appreciate 10 minutes of your time.

Take the survey: https://www.certmetrics.com/amazon/survey/?sid=4f1c9a20&lang=en

Your responses are confidential and will be used to improve the AWS Certification program.

Thank you,
AWS Training and Certification

This email was sent to kenji.suzuki@nifty.com by CertMetrics on behalf of AWS Certification. Please do not reply to this email.'''
body = multi('alternative', part(new, charset='us-ascii', cte='7bit'),
             part(html_wrap(text_to_html(new), lang='en'), 'html', charset='utf-8', cte='quoted-printable'))
deliver('052-nifty-certmetrics-2020.eml', 'unrelated', None, False, 'en', d, 'nifty', B_RCPT,
        'AWS Certification <do-not-reply@certmetrics.com>', 'AWS Certification wants to hear from you', body, new,
        ('mail12.certmetrics.com', '209.43.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<bounce-ac123@certmetrics.com>', [('certmetrics.com', 'pass')], 'pass', 'pass', 'certmetrics.com',
        simple_sig('certmetrics.com', 'cm1'), gen_msgid('certmetrics.com'), date_tz=dt.timezone(dt.timedelta(hours=-6)))

# 053 CertMetrics recertification congratulations (candidate ID in the text)
d = dt.datetime(2023, 5, 18, 23, 2, 11, tzinfo=JST)
new = '''Hello Ryo Sasaki,

Congratulations on recertifying your AWS Certified Developer - Associate!

Candidate ID: AWS24681357
Certification: AWS Certified Developer - Associate
Validation Number: Q7W2ZJ1KB1E4Q5SV
Expiration Date: May 18, 2026

You can access your digital certificate and benefits by signing in to your AWS Certification Account.
https://www.aws.training/Certification

Your Credly badge will be issued separately.

Regards,
AWS Training and Certification'''
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new), lang='en'), 'html', charset='utf-8', cte='quoted-printable'))
deliver('053-yahoo-certmetrics-2023.eml', 'unrelated', None, False, 'en', d, 'yahoojp', G_RCPT,
        'AWS Certification <do-not-reply@certmetrics.com>',
        'Congratulations on recertifying your AWS Certified Developer - Associate', body, new,
        ('mail12.certmetrics.com', '209.43.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<bounce-ac123@certmetrics.com>', [('certmetrics.com', 'pass')], 'pass', 'pass', 'certmetrics.com',
        simple_sig('certmetrics.com', 'cm1'), gen_msgid('certmetrics.com'), date_tz=dt.timezone(dt.timedelta(hours=-5)))

# 054 Pearson VUE appointment (Japanese), charset label Windows-31J, CP932-only characters
d = dt.datetime(2019, 6, 20, 21, 7, 3, tzinfo=JST)
new = '''山田 太郎 様

この度はピアソンVUEにて試験のご予約をいただき、誠にありがとうございます。
以下の内容でご予約を承りました。

━━━━━━━━━━━━━━━━━━━━
■ 試験名：AWS Certified Solutions Architect - Associate (SAA-C01)
■ 受験日時：2019年7月6日（土） 10：00～
■ 試験会場：㈱テストセンター新宿西口校（東京都新宿区西新宿１－２－３）
■ 登録ID：342918870
■ 候補者ID：AWS20931177
━━━━━━━━━━━━━━━━━━━━

【当日のご注意】
① 試験開始の15分前までに会場へお越しください。
② 有効な身分証明書を2点ご持参ください。
③ 予約の変更・キャンセルは、試験日の24時間前までにお手続きください。

ピアソンVUE カスタマーサービス
https://home.pearsonvue.com/aws'''
body = part(new, charset='shift_jis', cte='base64', declared='Windows-31J', codec='cp932')
deliver('054-yahoo-pearsonvue-2019.eml', 'unrelated', None, False, 'ja', d, 'yahoojp', A_RCPT,
        enc_name('ピアソンVUE', 'pearsonvueconfirmation@pearson.com', 'iso-2022-jp'),
        enc_subject('【ピアソンVUE】試験予約の確認 - AWS Certified Solutions Architect - Associate', 'iso-2022-jp'),
        body, new, ('mx0b-00280c01.pphosted.com', '148.163.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<pearsonvueconfirmation@pearson.com>', [('pearson.com', 'pass')], 'pass', 'pass', 'pearson.com',
        simple_sig('pearson.com', 'selector1'), gen_msgid('pearson.com'), date_tz=JST)

# 055 Credly's own self-service account merge code
d = dt.datetime(2025, 6, 3, 23, 40, 2, tzinfo=JST)
new = '''Hi Sho,

We received a request to merge the Credly account registered to tanaka.s@corp-example.co.jp into your Credly account (s.tanaka.dev@gmail.com).

To continue, enter this verification code on the merge page:

    739204

Or click the button below.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

This code expires in 30 minutes. If you did not request this, you can ignore this email and no changes will be made.

The Credly Team''' % rnd_hex(32)
body = multi('alternative', part(new, charset='utf-8', cte='7bit'),
             part(html_wrap(text_to_html(new).replace('Complete Account Merge: ', '<a style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none" href="https://www.credly.com/users/merge/confirm">Complete Account Merge</a><br>'), lang='en'),
                  'html', charset='utf-8', cte='quoted-printable'))
deliver('055-gmail-credly-2025-b.eml', 'unrelated', None, True, 'en', d, 'gmail', P_RCPT,
        'Credly <admin@credly.com>', 'Your Credly account merge verification code', body, new,
        ('o1.email.credly.com', '149.72.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<bounces+8120433-91d0-s.tanaka.dev=gmail.com@email.credly.com>', [('credly.com', 'pass')], 'pass', 'pass',
        'credly.com', simple_sig('credly.com'), '<%s@geopod-ismtpd-%d>' % (rnd_hex(22), random.randint(1, 40)))

# 056 Credly badge expiry reminder
d = dt.datetime(2024, 12, 10, 4, 0, 17, tzinfo=JST)
new = '''Makoto, your badge is expiring soon

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification will expire on January 9, 2025.

To keep your badge active, complete the recertification requirements before the expiration date.
Learn how to recertify: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned

Credly, Inc. | 22 Cortlandt Street, Floor 26, New York, NY 10007'''
html = '''<table width="560" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
<tr><td style="padding:24px"><img src="https://www.credly.com/assets/logos/credly-logo-orange.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Makoto, your badge is expiring soon</h1>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification will expire on <b>January 9, 2025</b>.</p>
<p>To keep your badge active, complete the recertification requirements before the expiration date.</p>
<p><a href="https://aws.amazon.com/certification/recertification/" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none">Learn how to recertify</a></p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#8c8c8c">Credly, Inc. | 22 Cortlandt Street, Floor 26, New York, NY 10007</td></tr></table>'''
body = multi('alternative', part(new, charset='utf-8', cte='7bit'),
             part(html_wrap(html, lang='en'), 'html', charset='utf-8', cte='quoted-printable'))
deliver('056-outlook-credly-2024.eml', 'unrelated', None, True, 'en', d, 'outlook', F_RCPT,
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
        'Your AWS Certified Cloud Practitioner badge is expiring soon', body, new,
        ('o1.email.credly.com', '149.72.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<bounces+8120433-3ab2-makoto.kobayashi=outlook.jp@email.credly.com>', [('credly.com', 'pass')], 'pass',
        'pass', 'credly.com', simple_sig('credly.com'), '<%s@geopod-ismtpd-%d>' % (rnd_hex(22), random.randint(1, 40)))

# 057 AWS Japan newsletter (genuine amazon.com)
d = dt.datetime(2025, 5, 20, 11, 0, 4, tzinfo=JST)
new = '''田中 翔 様

AWS Summit Japan 2025 は 6 月 25 日（水）・26 日（木）に幕張メッセで開催されます。

AWS 認定をお持ちの方は、会場内の「AWS 認定者ラウンジ」をご利用いただけます。
ラウンジでは限定ノベルティの配布や、認定者同士の交流イベントを予定しています。
ご利用の際は、AWS 認定アカウントのデジタル認定証をご提示ください。

▼ 今すぐ登録（無料）
https://aws.amazon.com/jp/summits/japan/?trk=em_jp_2025_05

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア

このメールの配信停止をご希望の場合は、こちらから手続きしてください:
https://pages.awscloud.com/communication-preferences.html'''
body = multi('alternative', part(new, charset='utf-8', cte='quoted-printable'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='quoted-printable'))
aws('057-gmail-aws-summit-2025.eml', 'unrelated', None, 'ja', d, 'gmail', P_RCPT,
    enc_name('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com', 'utf-8', 'B'),
    enc_subject('【AWS Summit Japan 2025】ご登録受付中 – 認定者ラウンジのご案内', 'utf-8', 'B'), body, new,
    extra_std=[('List-Unsubscribe', '<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>'),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

# 058 GitHub "merged" notification
d = dt.datetime(2025, 6, 5, 18, 22, 9, tzinfo=JST)
new = '''@s-tanaka-dev LGTM です。main にマージしました。

Merged #42 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/s-tanaka-dev/cert-tools/pull/42#event-17283946512
You are receiving this because you authored the thread.'''
html = '''<p><a href="https://github.com/s-tanaka-dev" class="user-mention">@s-tanaka-dev</a> LGTM です。main にマージしました。</p>
<p>Merged <a href="https://github.com/s-tanaka-dev/cert-tools/pull/42" class="issue-link">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/s-tanaka-dev/cert-tools/pull/42#event-17283946512">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>'''
body = multi('alternative', part(new, charset='UTF-8', cte='7bit' if False else 'quoted-printable'),
             part(html_wrap(html, lang='en'), 'html', charset='UTF-8', cte='quoted-printable'))
deliver('058-gmail-github-2025.eml', 'unrelated', None, False, 'ja', d, 'gmail', P_RCPT,
        'Kenta Mori <notifications@github.com>',
        enc_subject('Re: [s-tanaka-dev/cert-tools] 認定アカウント統合スクリプトの修正 (PR #42)', 'utf-8', 'Q'), body, new,
        ('out-21.smtp.github.com', '192.30.252.%d' % random.randint(190, 210)),
        '<noreply@github.com>', [('github.com', 'pass')], 'pass', 'pass', 'github.com',
        simple_sig('github.com', 'pf2023'), '<s-tanaka-dev/cert-tools/pull/42/issue_event/17283946512@github.com>',
        extra_std=[('Reply-To', 's-tanaka-dev/cert-tools <reply+AB3X7Q@reply.github.com>'),
                   ('In-Reply-To', '<s-tanaka-dev/cert-tools/pull/42@github.com>'),
                   ('References', '<s-tanaka-dev/cert-tools/pull/42@github.com>'),
                   ('List-ID', 's-tanaka-dev/cert-tools <cert-tools.s-tanaka-dev.github.com>'),
                   ('X-GitHub-Reason', 'author')])

# 059 AWS Builder ID verification code -- corporate mailbox, no Authentication-Results
d = dt.datetime(2024, 11, 17, 22, 48, 31, tzinfo=JST)
new = '''AWS Builder ID のメールアドレスの確認

AWS Builder ID にご登録いただきありがとうございます。以下の確認コードを入力して、メールアドレスを確認してください。

確認コード: 418207

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services'''
body = multi('alternative', part(new, charset='utf-8', cte='base64'),
             part(html_wrap(text_to_html(new)), 'html', charset='utf-8', cte='base64'))
msgid = ses_msgid(d)
deliver('059-corp-builder-id-2024.eml', 'unrelated', None, None, 'ja', d, 'corp', 'm.kobayashi@example-corp.co.jp',
        'Amazon Web Services <no-reply@signin.aws>',
        enc_subject('AWS Builder ID のメールアドレスを確認してください', 'utf-8', 'B'), body, new, ses_hop('us-east-1'),
        ses_return_path(msgid), [('signin.aws', 'pass')], 'pass', 'pass', 'signin.aws', ses_headers(d, 'signin.aws'),
        msgid, no_ar=True, tail=ses_tail(d))

# 060 docomo d-account "integration completed" notice -- Shift_JIS label, CP932 chars, no AR
d = dt.datetime(2022, 7, 8, 10, 30, 0, tzinfo=JST)
new = '''伊藤 花 様

いつもドコモをご利用いただき、ありがとうございます。

お客さまのdアカウントの統合手続きが完了しましたのでお知らせいたします。

━━━━━━━━━━━━━━━━━━━━━━
■統合後のdアカウントID：hana_ito0312
■統合日時：2022年7月8日 10：28
■統合されたdポイント：1,284ポイント
━━━━━━━━━━━━━━━━━━━━━━

※統合前のdアカウントIDではログインできなくなります。
※本手続きにお心当たりのない場合は、お手数ですがdアカウント窓口（ 0120－xxx－xxx ）までご連絡ください。

㈱NTTドコモ
※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。'''
body = part(new, charset='shift_jis', cte='base64', codec='cp932')
deliver('060-docomo-daccount-2022.eml', 'unrelated', None, None, 'ja', d, 'docomo', D_RCPT,
        enc_name('dアカウント', 'daccount-info@docomo.ne.jp', 'iso-2022-jp'),
        enc_subject('【dアカウント】アカウント統合完了のお知らせ', 'iso-2022-jp'), body, new,
        ('mss02.docomo.ne.jp', '203.138.%d.%d' % (random.randint(1, 250), random.randint(1, 250))),
        '<daccount-info@docomo.ne.jp>', [('docomo.ne.jp', 'pass')], 'pass', 'pass', 'docomo.ne.jp',
        simple_sig('docomo.ne.jp', 'dcm2022'), gen_msgid('docomo.ne.jp'), date_tz=JST, no_ar=True)

# === END MAILS ===

# --------------------------------------------------------------------------
# write + self-check
# --------------------------------------------------------------------------

def decode_part_text(p):
    raw = p.get_payload(decode=True) or b''
    cs = (p.get_content_charset() or 'us-ascii').lower()
    cs = {'windows-31j': 'cp932', 'shift_jis': 'cp932', 'x-sjis': 'cp932', 'sjis': 'cp932'}.get(cs, cs)
    for c in (cs, 'utf-8', 'cp932', 'iso2022_jp'):
        try:
            return raw.decode(c)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode('utf-8', 'replace')


def decoded_text(m):
    out = []
    for k in ('Subject', 'From', 'To'):
        v = m.get(k, '')
        s = ''
        for b, c in decode_header(v):
            s += b.decode(c or 'ascii', 'replace') if isinstance(b, bytes) else b
        out.append(s)
    for p in m.walk():
        if p.get_content_maintype() == 'text':
            out.append(decode_part_text(p))
    return unicodedata.normalize('NFKC', '\n'.join(out))


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    names = set()
    for fname, raw, label in MAILS:
        assert fname not in names, fname
        names.add(fname)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    # self-check
    bad = 0
    kinds = {}
    for fname in sorted(labels):
        lab = labels[fname]
        kinds[lab['kind']] = kinds.get(lab['kind'], 0) + 1
        with open(os.path.join(OUT, fname), 'rb') as fh:
            m = message_from_bytes(fh.read())
        assert m['Date'] and m['From'] and m['Subject'], fname
        txt = decoded_text(m)
        flat = re.sub(r'[\s\-_]', '', txt).upper()
        if lab['case_id'] and lab['case_id'] not in txt:
            print('MISSING case id', fname, lab['case_id']); bad += 1
        for a in lab['account_ids']:
            if a not in flat:
                print('MISSING account id', fname, a); bad += 1
        if m.is_multipart():
            for p in m.walk():
                if p.get_content_maintype() == 'text':
                    p.get_payload(decode=True)
    print('files:', len(labels), 'problems:', bad)
    print(json.dumps(kinds, indent=0, sort_keys=True))
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
