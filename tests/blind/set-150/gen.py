#!/usr/bin/env python3
"""Generator for blind set 150: AWS Certification account-merge mailbox (JA/EN/mixed emphasis).

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
import unicodedata
from datetime import datetime, timedelta, timezone

from email import charset as ecs
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(150150)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), 'PDT')
PST = timezone(timedelta(hours=-8), 'PST')
EDT = timezone(timedelta(hours=-4))
IST = timezone(timedelta(hours=5, minutes=30))
CET = timezone(timedelta(hours=1))

MAILS = []     # (filename, bytes)
LABELS = {}

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def d(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(al) for _ in range(n))


def ralnum(n, al='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(al) for _ in range(n))


def ses_id(when, region='0100', dom='email.amazonses.com'):
    ms = int(when.timestamp() * 1000) - R.randint(200, 4000)
    return '<%s%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        region, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def ses_bounce(msgid):
    return msgid.strip('<>').split('@')[0] + '@amazonses.com'


def fold_b64(prefix, s, width=72, indent='         '):
    """Fold a long base64 value over lines like real DKIM/ARC headers."""
    out, line = [], prefix
    for ch in s:
        if len(line) >= width:
            out.append(line)
            line = indent
        line += ch
    out.append(line)
    return '\n'.join(out)


def fmt_date(dt_):
    return format_datetime(dt_)


def rfc_date_tzname(dt_, name):
    return format_datetime(dt_) + ' (%s)' % name


def norm_ids(text):
    t = unicodedata.normalize('NFKC', text)
    ids = set()
    for m in re.finditer(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', t, re.I):
        ids.add('AWS' + m.group(1))
    return sorted(ids)


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------
CODECS = {
    'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
    'euc-jp': 'euc_jp', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
    'windows-1252': 'cp1252', 'windows-31j': 'cp932',
}


def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', label_cs=None,
          codec=None, extra_params=None, crlf=True):
    """A text/* leaf with exactly the charset / transfer encoding asked for.
    label_cs lets the Content-Type claim a different charset than the bytes use."""
    codec = codec or CODECS.get(cs.lower(), cs)
    raw = text.encode(codec)
    params = {'charset': label_cs or cs}
    if extra_params:
        params.update(extra_params)
    p = MIMENonMultipart('text', sub, **params)
    if cte == 'base64':
        src = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n') if crlf else raw
        payload = base64.encodebytes(src).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    del p['MIME-Version']
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(plain, html):
    m = MIMEMultipart('alternative', boundary=boundary())
    del m['MIME-Version']
    m.attach(plain)
    m.attach(html)
    return m


def mixed(*parts):
    m = MIMEMultipart('mixed', boundary=boundary())
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart('related', boundary=boundary())
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


_BSTYLE = [
    lambda: '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)),
    lambda: '000000000000%s' % rhex(16),
    lambda: '_000_%s_' % ralnum(40),
    lambda: '--==_mimepart_%s_%d' % (rhex(13), R.randint(10000, 99999)),
    lambda: '----=_NextPart_000_%s_%s.%s' % (rhex(4).upper(), rhex(8).upper(), rhex(8).upper()),
]
_bstyle_idx = [0]


def boundary(style=None):
    if style is None:
        style = _bstyle_idx[0]
    return _BSTYLE[style % len(_BSTYLE)]()


def set_bstyle(i):
    _bstyle_idx[0] = i


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_paras(text):
    """Plain text -> simple HTML paragraphs (blank-line separated)."""
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def html_quote(text):
    """Quoted history as a blockquote."""
    lines = [l[2:] if l.startswith('> ') else (l[1:] if l.startswith('>') else l) for l in text.split('\n')]
    return '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + \
        '<br>\n'.join(esc(l) for l in lines) + '</blockquote>'


def aws_html(body_html, lang='en', title='Amazon Web Services'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;padding:12px 20px">'
            '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>'
            '<tr><td style="padding:20px">\n%s\n</td></tr></table>\n</body></html>\n') % (lang, esc(title), body_html)


# --------------------------------------------------------------------------
# transport / authentication header blocks (raw text, prepended)
# --------------------------------------------------------------------------
SES_HOSTS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
             ('a9-112.smtp-out.amazonses.com', '54.240.9.112'),
             ('a48-93.smtp-out.amazonses.com', '54.240.48.93'),
             ('a27-55.smtp-out.us-west-2.amazonses.com', '54.240.27.55'),
             ('e226-61.smtp-out.us-east-2.amazonses.com', '23.251.226.61'),
             ('e234-17.smtp-out.ap-northeast-1.amazonses.com', '23.251.234.17')]


def dkim(domain, sel, when, hdrs='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID', c='relaxed/simple'):
    t = int(when.timestamp())
    v = 'v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n' % (
        c, sel, domain, t, hdrs, rb64(43))
    v += fold_b64('\tb=', rb64(342) + '=', indent='\t')
    return ('DKIM-Signature', v)


def aws_dkims(when, ses=True, dom='amazon.com'):
    out = [dkim(dom, R.choice(['rjs3s6lqpkd5pgidbpaiftnsnxzmbdxi', 'szqgv2pq3fw2j2nuwmjb5gunjsefs4xh', 'tjprhwqz3mx3vhbczppgjepuggaxuvy3']), when)]
    if ses:
        out.append(dkim('amazonses.com', R.choice(['224i4yxa5dv7c2xz3womw6peuasteono', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw']), when,
                        hdrs='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID'))
    return out


def gmail_block(rcpt, when, host, ip, mailfrom, ar, arc_ar=None, spf='pass'):
    """Headers Gmail puts on top. ar = text after 'mx.google.com;' (already indented)."""
    t_in = when + timedelta(seconds=R.randint(1, 6))
    pdt = t_in.astimezone(PDT if 3 <= t_in.month <= 10 else PST)
    tz = 'PDT' if 3 <= t_in.month <= 10 else 'PST'
    dstr = rfc_date_tzname(pdt, tz)
    H = []
    H.append(('Delivered-To', rcpt))
    H.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
        rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(9, 'abcdefghijklmnopqrstuvwxyz0123456789'), dstr)))
    H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(80)))
    H.append(('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
        rhex(4), rhex(3), rhex(5), rhex(16), rhex(8), R.randint(1, 30), R.randint(10**11, 10**12), dstr)))
    ts = int(t_in.timestamp())
    H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n%s' % (
        ts, fold_b64('        b=', rb64(342) + '==', indent='         '))))
    H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
              '        h=feedback-id:mime-version:date:message-id:subject:to:from\n'
              '         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n%s' % (
                  rb64(43), rb64(43), fold_b64('        b=', rb64(342) + '==', indent='         '))))
    H.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + (arc_ar or ar)))
    H.append(('Return-Path', '<%s>' % mailfrom))
    H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.%s\n'
              '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                  host, host, ip, rhex(16), rhex(8), R.randint(1000000, 9999999), R.randint(1, 30),
                  pdt.strftime('%Y.%m.%d.%H.%M.%S'), rcpt, dstr)))
    mf_dom = mailfrom.split('@')[1]
    if spf == 'pass':
        H.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)))
    else:
        H.append(('Received-SPF', '%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (spf, mailfrom, ip, ip)))
    H.append(('Authentication-Results', 'mx.google.com;\n' + ar))
    return H


def g_ar(mailfrom, ip, dkims, dmarc, from_dom, spf='pass'):
    """Build the Gmail AR body. dkims: list of (result, header.i domain)."""
    lines = []
    for res, dom in dkims:
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, dom, ralnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789'), rb64(8)))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, mailfrom, ip, mailfrom))
    lines.append('       dmarc=%s header.from=%s' % (dmarc, from_dom))
    return '\n'.join(lines)


def outlook_block(rcpt, when, host, ip, mailfrom, ar, org_dom=None, spf_word='Pass', jp=True):
    """Exchange Online (no authserv-id in Authentication-Results)."""
    t_in = when + timedelta(seconds=R.randint(1, 6))
    dstr = format_datetime(t_in.astimezone(UTC)).replace('-0000', '+0000')
    if jp:
        srv = lambda: '%s%02dMB%d.%s' % (R.choice(['TYCP', 'OS3P', 'TY3P', 'OSZP']), R.randint(1, 99), R.randint(1000, 9999),
                                         'jpnprd01.prod.outlook.com')
    else:
        srv = lambda: '%s%02dMB%d.%s' % (R.choice(['SN7P', 'BY5P', 'CH3P', 'DM6P']), R.randint(1, 99), R.randint(1000, 9999),
                                         'namprd%02d.prod.outlook.com' % R.randint(2, 20))
    s1, s2, s3 = srv(), srv(), srv()
    H = []
    H.append(('Received', 'from %s (2603:1096:400:%s::%d) by\n %s with HTTPS; %s' % (s1, rhex(3), R.randint(5, 20), s2, dstr)))
    H.append(('Received', 'from %s (2603:1096:405:%s::%d)\n by %s (2603:1096:400:%s::%d) with Microsoft SMTP Server\n'
              ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                  s3, rhex(3), R.randint(5, 20), s1, rhex(3), R.randint(5, 20), R.randint(8000, 9200), R.randint(10, 40), dstr)))
    H.append(('Authentication-Results', ar))
    H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n'
              ' client-ip=%s; helo=%s; pr=C' % (spf_word, mailfrom.split('@')[1], ip, ip, host)))
    H.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n'
              ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
                  host, ip, 'OS1PEPF0000%s' % rhex(4).upper(), R.randint(1, 250), R.randint(1, 250),
                  R.randint(8000, 9200), R.randint(10, 40), dstr)))
    return H


def ol_ar(ip, mailfrom_dom, dkim_res, dkim_dom, dmarc, from_dom, compauth='pass reason=100', spf='pass'):
    dk = 'dkim=%s (signature was verified)\n header.d=%s' % (dkim_res, dkim_dom) if dkim_res == 'pass' else \
        'dkim=%s (signature did not verify)\n header.d=%s' % (dkim_res, dkim_dom) if dkim_dom else 'dkim=none (message not signed)\n header.d=none'
    return 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
        spf, ip, mailfrom_dom, dk, dmarc, 'none' if dmarc == 'pass' else 'quarantine', from_dom, compauth)


def jp_block(rcpt, when, host, ip, mailfrom, authserv, ar_body, mta_name, add_ar=True):
    """Japanese ISP inbound (docomo / au / nifty / biglobe style)."""
    t_in = when + timedelta(seconds=R.randint(1, 9))
    dstr = format_datetime(t_in.astimezone(JST)) + ' (JST)'
    H = []
    H.append(('Return-Path', '<%s>' % mailfrom))
    H.append(('Received', 'from %s by %s\n\t with LMTP id %s; %s' % (mta_name, authserv, ralnum(10), dstr)))
    if add_ar:
        H.append(('Authentication-Results', '%s;\n%s' % (authserv, ar_body)))
    H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        host, host, ip, mta_name, ralnum(11, '0123456789ABCDEF'), rcpt, dstr)))
    return H


def jp_ar(mailfrom, dkim_res, dkim_dom, dmarc, from_dom, spf='pass'):
    parts = ['\tspf=%s smtp.mailfrom=%s' % (spf, mailfrom)]
    if dkim_res:
        parts.append('\tdkim=%s header.d=%s' % (dkim_res, dkim_dom))
    if dmarc:
        parts.append('\tdmarc=%s header.from=%s' % (dmarc, from_dom))
    return ';\n'.join(parts)


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------

def ew_manual(text, cs='Shift_JIS', codec='cp932', maxbytes=36):
    """Hand-made B encoded words (Python maps shift_jis headers to ISO-2022-JP, real MUAs do not)."""
    words, cur = [], b''
    for ch in text:
        b = ch.encode(codec)
        if len(cur) + len(b) > maxbytes:
            words.append(cur)
            cur = b''
        cur += b
    if cur:
        words.append(cur)
    return '\n '.join('=?%s?B?%s?=' % (cs, base64.b64encode(w).decode('ascii')) for w in words)


def hdr(text, cs='utf-8', enc='B'):
    """Encoded-word header (folded by the generator)."""
    if cs.lower() == 'shift_jis':
        return ew_manual(text)
    c = ecs.Charset(cs)
    if enc == 'Q':
        c.header_encoding = ecs.QP
    elif enc == 'B':
        c.header_encoding = ecs.BASE64
    return Header(text, c, header_name='Subject')


def hdr_mixed(prefix, text, cs='utf-8', enc='B'):
    """ASCII prefix left readable, Japanese tail as encoded words (what most MUAs do)."""
    c = ecs.Charset(cs)
    c.header_encoding = ecs.QP if enc == 'Q' else ecs.BASE64
    h = Header(prefix, 'us-ascii', header_name='Subject')
    h.append(text, c)
    return h


def addr(name, a, cs='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def raw8(s):
    """A header value carried as raw 8-bit UTF-8 (RFC 6532 style)."""
    return s.encode('utf-8').decode('ascii', 'surrogateescape')


def emit(fn, label, trace, headers, body, new_text=None, ids=None, nl='\r\n'):
    """trace: list of (name, raw value with \n folds); headers: list of (name, value);
    body: MIME object; new_text: text of the NEW top part (for account ids)."""
    if ids is None:
        ids = norm_ids(new_text or '')
    msg = body
    mime_h = msg._headers[:]
    msg._headers = []
    for k, v in headers:
        msg[k] = v
    if 'MIME-Version' not in [k for k, _ in headers]:
        msg['MIME-Version'] = '1.0'
    msg._headers.extend(mime_h)
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=78,
                   policy=compat32.clone(linesep=nl)).flatten(msg)
    head = ''.join('%s: %s\n' % (k, v) for k, v in trace).replace('\n', nl).encode('utf-8')
    body_b = fp.getvalue()
    for hn in (b'Message-ID', b'Feedback-ID', b'References', b'In-Reply-To', b'X-SES-Outgoing', b'List-Unsubscribe'):
        body_b = body_b.replace(hn + b': ' + nl.encode() + b' ', hn + b': ', 1)
    data = head + body_b
    lab = dict(label)
    lab['account_ids'] = ids
    full = '%03d-%s.eml' % (len(MAILS) + 1, fn)
    MAILS.append((full, data))
    LABELS[full] = {k: lab[k] for k in ('kind', 'case_id', 'account_ids', 'sender_verified', 'language')}
    return full


def L(kind, case_id, sv, lang):
    return {'kind': kind, 'case_id': case_id, 'sender_verified': sv, 'language': lang}


# common AWS mail header list
def aws_headers(frm, to, subj, when, msgid, extra=()):
    h = [('From', frm), ('To', to), ('Subject', subj), ('Date', fmt_date(when)), ('Message-ID', msgid)]
    h.extend(extra)
    return h


FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def feedback_id(when):
    return ('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % rb64(43))


# === MAILS START ===

# ---------------------------------------------------------------- trace helpers
def tr_aws_gmail(rcpt, when, msgid, dmarc='pass (p=QUARANTINE sp=QUARANTINE dis=NONE)', hosts=SES_HOSTS[:4]):
    host, ip = R.choice(hosts)
    mf = ses_bounce(msgid)
    ar = g_ar(mf, ip, [('pass', 'amazon.com'), ('pass', 'amazonses.com')], dmarc, 'amazon.com')
    return gmail_block(rcpt, when, host, ip, mf, ar) + aws_dkims(when)


def tr_credly_gmail(rcpt, when, dom='credly.com'):
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    host = 'o%d.ptr%d.%s' % (R.randint(1, 9), R.randint(1000, 9999), 'email.' + dom)
    mf = 'bounces+%d-%s-%s@em%d.%s' % (R.randint(1000000, 9999999), rhex(4), rcpt.replace('@', '='), R.randint(1000, 9999), dom)
    ar = g_ar(mf, ip, [('pass', dom), ('pass', 'sendgrid.info')], 'pass (p=REJECT sp=REJECT dis=NONE)', dom)
    return gmail_block(rcpt, when, host, ip, mf, ar) + [
        dkim(dom, 's1', when, hdrs='content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to', c='relaxed/relaxed'),
        dkim('sendgrid.info', 'smtpapi', when, hdrs='content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to', c='relaxed/relaxed')]


# ============================================================ story A: 田中 由紀 (Gmail) — form case, formal keigo
A_TO = 'yuki.tanaka.0312@gmail.com'
A_CASE = '174830484510273'
A_SUBJ_TAIL = '[AWS Training and Certification Form Submission] - 認定アカウントをひとつにしたい'
A_OLD, A_NEW = 'AWS04718265', 'AWS10583927'

# 001 — automatic acknowledgement, bilingual (JA first)
t = d('2025-05-27 09:14:31')
mid = ses_id(t)
new = f"""田中 由紀 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

  ケース ID : {A_CASE}
  お問い合わせの種類 : Certification / Account Merge
  受付日時 : 2025/05/27 09:14 (JST)

原則として 24 時間以内に担当者よりご連絡いたします。内容によってはお時間を頂戴する場合がございます。
同じご用件で新たにお問い合わせを作成されますと、ご返信が遅れる原因となります。追加の情報がございましたら、本メールにそのままご返信ください。

※本メールはシステムより自動で送信されています。

------------------------------------------------------------
Dear customer,

Thank you for contacting AWS Training and Certification. We have received your request (Case ID {A_CASE}). A member of our team will get back to you, in principle within 24 hours.
Please do not open a new case for the same request. To add information, simply reply to this email.

Amazon Web Services
"""
html = aws_html(html_paras(new), 'ja', 'お問い合わせ受付')
set_bstyle(0)
emit('ack-form-bilingual-ja', L('case_created', A_CASE, True, 'ja'),
     tr_aws_gmail(A_TO, t, mid),
     aws_headers(FORM_FROM, A_TO, hdr(f'[CASE {A_CASE}] お問い合わせを受け付けました / We received your inquiry', 'utf-8', 'B'),
                 t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new, cte='base64'), tpart(html, 'html', cte='base64')), new)

# 002 — agent asks for the other id / login mails / which to keep (very formal keigo)
t = d('2025-05-27 23:41:09')
mid = ses_id(t)
new = f"""田中 由紀 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

このたびは、認定アカウントに関するお問い合わせをいただき、ありがとうございます。

ご記載いただいた候補者 ID（{A_OLD}）のアカウントは拝見いたしました。恐れ入りますが、お手続きを進めるにあたり、下記についてお知らせいただけますでしょうか。

1. もう一方のアカウントの候補者 ID（「AWS」から始まる番号）
2. それぞれのアカウントへのサインインにお使いのメールアドレス
3. 今後もご利用を続けられるアカウントはどちらか

お手数をおかけし誠に恐縮ではございますが、本メールへご返信いただけますと幸いに存じます。
何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
quoted = f"""
---------- お問い合わせ内容 ----------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: {A_OLD}
Name: 田中 由紀
Email: {A_TO}
Description:
以前の勤務先のメールアドレスで作成した認定アカウントと、個人のメールアドレスのアカウントが二つに分かれてしまっています。一つにまとめていただけないでしょうか。
"""
set_bstyle(1)
emit('ask-other-id-keigo-ja', L('support_reply', A_CASE, True, 'ja'),
     tr_aws_gmail(A_TO, t, mid),
     aws_headers(FORM_FROM, A_TO, hdr(f'RE:[CASE {A_CASE}] {A_SUBJ_TAIL}', 'utf-8', 'B'), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, cte='quoted-printable'), new)

# 003 — confirmation request, formal keigo, ISO-2022-JP, quoted Gmail reply with nested quote
t = d('2025-05-28 15:10:47')
mid = ses_id(t)
new = f"""田中 由紀 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
早速ご返信を賜り、誠にありがとうございます。

お知らせいただいた内容をもとに、下記のとおりアカウントをひとつにまとめさせていただく予定でございます。

　■ 引き続きご利用いただくアカウント
　　候補者 ID：{A_NEW}
　　サインイン用メールアドレス：{A_TO}

　■ 上記へ移行のうえ、閉鎖となるアカウント
　　候補者 ID：{A_OLD}
　　サインイン用メールアドレス：y-tanaka@hoshizora-soft.co.jp

移行元のアカウントに記録されている認定資格、受験履歴および特典は、すべて {A_NEW} へ移されます。
なお、本作業は一度実施いたしますと元に戻すことができかねますので、あらかじめご了承くださいませ。

上記の内容にお間違いがございませんようでしたら、その旨を本メールへのご返信にてお知らせいただけますでしょうか。ご返信を頂戴し次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
quoted = f"""
2025年5月28日(水) 8:02 田中由紀 <{A_TO}>:
> 山口様
>
> ご連絡ありがとうございます。
> 1. もう一つのアカウントは {A_NEW} です。
> 2. {A_OLD} は旧勤務先のアドレス（y-tanaka@hoshizora-soft.co.jp）、
>    {A_NEW} は {A_TO} でログインしています。
> 3. 個人アドレスの方（{A_NEW}）を残したいです。
>
> よろしくお願いいたします。
> 田中
>
> 2025年5月27日(火) 23:41 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
>
> > 田中 由紀 様
> >
> > 平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
> > AWS トレーニングと認定 カスタマーサポートの山口でございます。
> > （以下略）
"""
set_bstyle(2)
emit('confirm-request-keigo-iso2022jp', L('merge_confirmation_requested', A_CASE, True, 'ja'),
     tr_aws_gmail(A_TO, t, mid),
     aws_headers(FORM_FROM, A_TO, hdr(f'RE:[CASE {A_CASE}] {A_SUBJ_TAIL}', 'iso-2022-jp', 'B'), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, cs='iso-2022-jp', cte='7bit'), new)

# 004 — "thank you, we will now proceed" (keigo), base64 alternative
t = d('2025-05-29 10:05:12')
mid = ses_id(t)
new = f"""田中 由紀 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご返信をいただき、誠にありがとうございます。
ご承諾の旨、確かに承りました。これより担当部署にて作業を進めてまいります。

作業が済みましたら、改めて本ケースにてご連絡申し上げます。通常、数営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は一時的に両方のアカウントへサインインいただけない場合がございます。試験のご予約などは、恐れ入りますが作業終了後にお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
quoted = f"""
2025年5月28日(水) 19:45 田中由紀 <{A_TO}>:
> 山口様
>
> 内容に間違いありません。そのまま進めてください。
> The details are correct. Please proceed with the merge.
>
> 田中
>
> 2025年5月28日(水) 15:10 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 　■ 引き続きご利用いただくアカウント
> > 　　候補者 ID：{A_NEW}
> > 　■ 上記へ移行のうえ、閉鎖となるアカウント
> > 　　候補者 ID：{A_OLD}
"""
html = aws_html(html_paras(new) + '\n' + html_quote(quoted.strip('\n')), 'ja')
set_bstyle(3)
emit('proceeding-after-ok-keigo-ja', L('support_reply', A_CASE, True, 'ja'),
     tr_aws_gmail(A_TO, t, mid),
     aws_headers(FORM_FROM, A_TO, hdr(f'RE:[CASE {A_CASE}] {A_SUBJ_TAIL}', 'utf-8', 'B'), t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new + quoted, cte='base64'), tpart(html, 'html', cte='base64')), new)

# 005 — done (keigo, avoids 完了)
t = d('2025-05-30 16:22:40')
mid = ses_id(t)
new = f"""田中 由紀 様

大変お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご依頼いただいておりました作業が終わりましたので、ご報告申し上げます。
旧アカウント（{A_OLD}）に記録されていた認定資格および受験履歴は、すべて {A_NEW} へ移し終えております。今後は、個人のメールアドレス（{A_TO}）にて AWS 認定アカウントへサインインいただけます。

お手数ではございますが、サインイン後に下記の点をご覧いただけますと幸いです。
・認定資格の一覧に、これまで取得された資格がすべて表示されていること
・50% 割引バウチャーなどの特典が引き継がれていること

Credly のデジタルバッジにつきましては、数日以内に新しいアカウント宛てに改めて発行される見込みでございます。
ご不明な点がございましたら、本メールへご返信くださいませ。

この度はご協力を賜り、誠にありがとうございました。

山口
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
html = aws_html(html_paras(new), 'ja')
set_bstyle(4)
emit('done-keigo-ja-qp', L('merge_completed', A_CASE, True, 'ja'),
     tr_aws_gmail(A_TO, t, mid),
     aws_headers(FORM_FROM, A_TO, hdr(f'RE:[CASE {A_CASE}] {A_SUBJ_TAIL}', 'utf-8', 'Q'), t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new), tpart(html, 'html')), new)

# 006 — closure + rating, HTML-only, JA
t = d('2025-05-30 16:23:05')
mid = ses_id(t)
new = f"""お客様

AWS サポートをご利用いただき、ありがとうございます。

ケース ID {A_CASE} のお問い合わせはクローズされました。

今回の対応はいかがでしたでしょうか。サービス向上のため、1 分ほどで終わる簡単な評価にご協力いただけますと幸いです。

お問い合わせの内容は解決しましたか?
"""
body = html_paras(new) + f"""
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#ec7211;padding:8px 18px;border-radius:2px"><a style="color:#fff;text-decoration:none" href="https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&amp;resolved=yes&amp;language=ja">はい</a></td>
<td style="background:#545b64;padding:8px 18px;border-radius:2px"><a style="color:#fff;text-decoration:none" href="https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&amp;resolved=no&amp;language=ja">いいえ</a></td>
</tr></table>
<p>担当者の対応を 5 段階で評価する:
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&amp;rating=1">★</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&amp;rating=2">★★</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&amp;rating=3">★★★</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&amp;rating=4">★★★★</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&amp;rating=5">★★★★★</a></p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。</p>
"""
set_bstyle(0)
emit('closed-rate-us-html-only-ja', L('survey', A_CASE, True, 'ja'),
     tr_aws_gmail(A_TO, t, mid),
     aws_headers(NOREPLY, A_TO, hdr(f'ケース {A_CASE} はクローズされました。ご意見をお聞かせください', 'utf-8', 'B'), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(aws_html(body, 'ja'), 'html', cte='base64'), new)

# 007 — Credly badge (after the merge), EN, multipart
t = d('2025-05-31 02:11:58')
badge_id = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
new = f"""Yuki, congratulations!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect – Associate

Accept your badge to share your achievement and let employers see your verified skills.

Accept your badge: https://www.credly.com/badges/{badge_id}/accept

Once accepted, your badge will appear on your Credly profile and can be shared on LinkedIn, Twitter, Facebook and in your email signature.

Need help? Visit https://support.credly.com

Credly, Inc. | 5 Penn Plaza, 23rd Floor | New York, NY 10001
You are receiving this email because an organization issued you a badge through Credly.
Unsubscribe: https://www.credly.com/notifications/unsubscribe?token={rhex(32)}
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Yuki, congratulations!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/{rhex(8)}-{rhex(4)}/image.png" width="170" alt=""><br>
<strong>AWS Certified Solutions Architect &ndash; Associate</strong></p>
<p><a href="https://www.credly.com/badges/{badge_id}/accept" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Once accepted, your badge will appear on your Credly profile and can be shared on LinkedIn, Twitter, Facebook and in your email signature.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. | 5 Penn Plaza, 23rd Floor | New York, NY 10001<br>
You are receiving this email because an organization issued you a badge through Credly.
<a href="https://www.credly.com/notifications/unsubscribe?token={rhex(32)}">Unsubscribe</a></td></tr></table></body></html>
"""
set_bstyle(3)
emit('credly-badge-issued-saa', L('credly_badge_issued', None, True, 'en'),
     tr_credly_gmail(A_TO, t),
     [('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'), ('To', A_TO),
      ('Subject', 'Amazon Web Services Training and Certification has issued you a badge'), ('Date', fmt_date(t.astimezone(UTC))),
      ('Message-ID', '<%s@credly.com>' % ralnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789')),
      ('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?token=%s>' % rhex(32))],
     alt(tpart(new, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable')), new)


def tr_aws_outlook(rcpt, when, msgid, jp=True, dmarc='pass', dkim_res='pass', hosts=SES_HOSTS[:4]):
    host, ip = R.choice(hosts)
    mf = ses_bounce(msgid)
    ar = ol_ar(ip, 'amazonses.com', dkim_res, 'amazon.com', dmarc, 'amazon.com',
               compauth='pass reason=100' if dmarc == 'pass' else 'fail reason=000')
    return outlook_block(rcpt, when, host, ip, mf, ar, jp=jp) + [('Return-Path', '<%s>' % mf)] + aws_dkims(when)


def tr_aws_jp(rcpt, when, msgid, authserv, mta, dkim_res='pass', dmarc='pass', hosts=SES_HOSTS[3:]):
    host, ip = R.choice(hosts)
    mf = ses_bounce(msgid)
    ar = jp_ar(mf, dkim_res, 'amazon.com', dmarc, 'amazon.com')
    return jp_block(rcpt, when, host, ip, mf, authserv, ar, mta) + aws_dkims(when)


# ============================================================ story B: 佐藤 健二 (docomo) — console case, 11 digits, plain polite
B_TO = 'k-sato.0815@docomo.ne.jp'
B_CASE = '12894403611'
B_OLD, B_NEW = 'AWS21094418', 'AWS30772150'
B_SUBJ = '認定アカウントの統合について'
DOCOMO = ('mfsmax.docomo.ne.jp', 'mfsmx14.docomo.ne.jp')

# 008 — console "case opened", JA template
t = d('2023-07-18 10:02:37')
mid = ses_id(t)
new = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のご質問にお答えするため、ケース {B_CASE} を作成いたしました。

ケース ID: {B_CASE}
件名: {B_SUBJ}
重要度: 一般的なガイダンス

ケースの詳細の表示や返信の追加は、AWS サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

このメールアドレスでは返信を受け付けておりません。ケースへのご返信は、上記のサポートセンターからお願いいたします。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
html = aws_html(html_paras(new).replace(f'https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&amp;language=ja',
                f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&amp;language=ja">サポートセンターでケースを表示</a>'), 'ja')
set_bstyle(0)
emit('console-case-opened-ja-docomo', L('case_created', B_CASE, True, 'ja'),
     tr_aws_jp(B_TO, t, mid, *DOCOMO),
     aws_headers(NOREPLY, B_TO, hdr_mixed('Amazon Web Services: ', f'新しいサポートケースを作成しました: {B_CASE}'), t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new, cte='base64'), tpart(html, 'html', cte='base64')), new)

# 009 — console "new correspondence" notice, JA
t = d('2023-07-19 11:48:02')
mid = ses_id(t)
new = f"""お客様

ケース {B_CASE}「{B_SUBJ}」に、AWS サポートから新しい返信が追加されました。

内容をご覧になるには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

※本メールは送信専用です。ご返信いただいても対応いたしかねます。

アマゾン ウェブ サービス
"""
set_bstyle(1)
emit('console-new-reply-notice-ja', L('support_reply', B_CASE, True, 'ja'),
     tr_aws_jp(B_TO, t, mid, *DOCOMO),
     aws_headers(NOREPLY, B_TO, hdr_mixed(f'[Case {B_CASE}] ', '新しい返信が追加されました'), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new, cte='quoted-printable'), new)

# 010 — agent asks for login addresses / which to keep, plain polite; ids written oddly
t = d('2023-07-19 11:47:40')
mid = ses_id(t)
new = f"""佐藤 健二 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの木村です。

ケースに書いていただいた 2 つの候補者 ID（AWS 21094418 と aws30772150）について調べました。作業を進めるために、次の情報を教えていただけますか。

・それぞれのアカウントにサインインするときのメールアドレス
・今後どちらのアカウントを使い続けたいか
・アカウントが 2 つになった経緯（わかる範囲で構いません）

サポートセンターのケース画面からご返信をお願いします。このメールに直接返信されてもこちらには届きませんので、ご注意ください。

木村
Amazon Web Services
"""
quoted = f"""
---------- 2023/07/18 10:02 (JST) お客様より ----------
認定試験を受けたときに、会社のアドレスで別のアカウントを作ってしまったようです。
AWS21094418（古い方）と AWS30772150 を一つにしてほしいです。
よろしくお願いします。
"""
set_bstyle(2)
emit('ask-login-emails-plain-polite-ja', L('support_reply', B_CASE, True, 'ja'),
     tr_aws_jp(B_TO, t, mid, *DOCOMO),
     aws_headers(NOREPLY, B_TO, hdr_mixed(f'RE:[CASE {B_CASE}] ', B_SUBJ), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, cte='base64'), new)

# 011 — confirmation request, plain polite, console (reply via Support Center)
t = d('2023-07-20 14:15:09')
mid = ses_id(t)
new = f"""佐藤 健二 様

AWS トレーニングと認定サポートの木村です。情報をお送りいただき、ありがとうございました。

いただいた内容をもとに、次のとおり作業を行う予定です。

  残すアカウント　　　　: AWS-30772150（{B_TO}）
  取り込まれるアカウント: AWS-21094418（kenji.sato@tsubame-denki.co.jp）

AWS-21094418 の認定や受験の記録は AWS-30772150 に移り、AWS-21094418 は使えなくなります。一度行うと元に戻すことはできませんので、この内容で問題がないか、もう一度お確かめください。

よろしければ、サポートセンターのケース画面から「この内容で進めてください」などとご返信ください。ご返信をいただいてから作業に入ります。

木村
Amazon Web Services
"""
quoted = f"""
---------- 2023/07/19 21:30 (JST) お客様より ----------
木村様
会社用: kenji.sato@tsubame-denki.co.jp
個人用: {B_TO}
今後は個人用（AWS30772150）を使いたいです。
"""
set_bstyle(3)
emit('confirm-request-plain-polite-ja', L('merge_confirmation_requested', B_CASE, True, 'ja'),
     tr_aws_jp(B_TO, t, mid, *DOCOMO),
     aws_headers(NOREPLY, B_TO, hdr_mixed(f'RE:[CASE {B_CASE}] ', B_SUBJ), t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new + quoted, cte='quoted-printable'),
         tpart(aws_html(html_paras(new) + html_quote(quoted.strip('\n')), 'ja'), 'html', cte='quoted-printable')), new)

# 012 — done + closing the case in the same mail (boundary: labelled merge_completed)
t = d('2023-07-21 17:40:55')
mid = ses_id(t)
new = f"""佐藤 健二 様

木村です。お待たせしました。

AWS-21094418 の認定資格と受験記録を AWS-30772150 へ移す作業が終わりました。次回からは {B_TO} でサインインしてください。AWS-21094418 ではサインインできなくなっています。

ほかにご質問がなければ、このケースはこれで解決済みとさせていただきます。今回の対応について、サポートセンターのケース画面から評価をいただけると助かります。

木村
Amazon Web Services
"""
set_bstyle(4)
emit('done-and-closing-ja', L('merge_completed', B_CASE, True, 'ja'),
     tr_aws_jp(B_TO, t, mid, *DOCOMO),
     aws_headers(NOREPLY, B_TO, hdr_mixed(f'RE:[CASE {B_CASE}] ', B_SUBJ), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new, cte='base64'), new)


# ============================================================ story C: John Miller (outlook.com) — form case, native EN
C_TO = 'john.miller.dev@outlook.com'
C_CASE = '174167881204518'
C_KEEP, C_GO = 'AWS55120987', 'AWS55309114'
C_SUBJ = f'[AWS Training and Certification Form Submission] - account-assistance'

# 013 — acknowledgement, paraphrased
t = d('2025-03-11 07:40:29', UTC)
mid = ses_id(t)
new = f"""Hello,

Thanks for getting in touch with AWS Training and Certification. This note is to let you know that your request has reached us and has been assigned case number {C_CASE}.

What happens next
One of our specialists will review your request and reply to this address, usually within one business day. If you need to add details, reply to this message and keep the case number in the subject line.

Please don't submit another form for the same request - duplicate cases slow things down for everyone.

Sincerely,
AWS Training and Certification
"""
set_bstyle(0)
emit('ack-paraphrased-en-outlook', L('case_created', C_CASE, True, 'en'),
     tr_aws_outlook(C_TO, t, mid, jp=False),
     aws_headers(FORM_FROM, C_TO, f"[CASE {C_CASE}] We've received your request - AWS Training and Certification", t, mid, [feedback_id(t)]),
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)

# 014 — confirmation request, native paraphrase
t = d('2025-03-12 15:21:44', UTC)
mid = ses_id(t)
new = f"""Hi John,

Thanks for your patience while I looked into this. I found both certification profiles you mentioned, and I can combine them for you.

Here's what I'm planning to do:

  - Keep: {C_KEEP} (john.miller.dev@outlook.com) - this stays your active profile
  - Fold in and retire: {C_GO} (jmiller@contoso-labs.com)

All exam history, active certifications and benefits from {C_GO} will be carried over to {C_KEEP}, and {C_GO} will then be deactivated. Just so you're aware, this can't be reversed once it's done.

Before I go ahead, could you reply and let me know this is what you want? A simple "yes, go ahead" is all I need.

Kind regards,
Megan R.
AWS Training and Certification

We value your feedback. Please share your experience by rating this correspondence using the links at the end of this email.
"""
quoted = f"""
-----Original Message-----
From: John Miller <{C_TO}>
Sent: 3/11/2025 7:40 AM
Subject: {C_SUBJ}

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {C_KEEP}
Description: I have two certification accounts - one from my old job (jmiller@contoso-labs.com, ID {C_GO}) and my personal one. Can these be combined into my personal account? Thanks, John
"""
set_bstyle(1)
emit('confirm-request-native-en', L('merge_confirmation_requested', C_CASE, True, 'en'),
     tr_aws_outlook(C_TO, t, mid, jp=False),
     aws_headers(FORM_FROM, C_TO, f'RE:[CASE {C_CASE}] {C_SUBJ}', t, mid, [feedback_id(t)]),
     alt(tpart(new + quoted, 'plain', 'utf-8', 'quoted-printable'),
         tpart(aws_html(html_paras(new) + '<hr>' + html_paras(quoted)), 'html', cte='quoted-printable')), new)

# 015 — chaser (no account restated)
t = d('2025-03-14 13:02:10', UTC)
mid = ses_id(t)
new = f"""Hello John,

I wanted to check in on the note I sent on March 12. I still need a reply from you before I can make any changes to your certification profiles.

If you've already replied, please disregard this message. Otherwise, please respond to this email when you have a moment. If I don't hear back within 5 business days, this case will be closed automatically - but you can reopen it simply by replying.

Kind regards,
Megan R.
AWS Training and Certification
"""
quoted = f"""
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 3:21 PM
To: {C_TO}
Subject: RE:[CASE {C_CASE}] {C_SUBJ}

Hi John,

Here's what I'm planning to do:
  - Keep: {C_KEEP} (john.miller.dev@outlook.com) - this stays your active profile
  - Fold in and retire: {C_GO} (jmiller@contoso-labs.com)
[...]
"""
set_bstyle(2)
emit('chaser-awaiting-reply-en', L('support_reply', C_CASE, True, 'en'),
     tr_aws_outlook(C_TO, t, mid, jp=False),
     aws_headers(FORM_FROM, C_TO, f'RE:[CASE {C_CASE}] {C_SUBJ}', t, mid, [feedback_id(t)]),
     tpart(new + quoted, 'plain', 'utf-8', 'quoted-printable'), new)

# 016 — done, native paraphrase ("now one")
t = d('2025-03-15 18:44:03', UTC)
mid = ses_id(t)
new = f"""Hi John,

Good news: your two profiles are now one. Everything that used to sit under {C_GO} - your Developer – Associate and Cloud Practitioner certifications, your exam history and the 50% discount benefit - now lives under {C_KEEP}.

You can keep signing in with {C_TO} as usual; the old sign-in (jmiller@contoso-labs.com) no longer works. Your Credly badges should follow within 2–3 business days.

If anything looks off, just reply here and I'll take another look.

Kind regards,
Megan R.
AWS Training and Certification
"""
quoted = f"""
________________________________
From: John Miller <{C_TO}>
Sent: Friday, March 14, 2025 11:47 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {C_CASE}] {C_SUBJ}

Sorry for the delay - yes, go ahead and combine them into {C_KEEP}.

John
"""
set_bstyle(3)
emit('done-profiles-now-one-en', L('merge_completed', C_CASE, True, 'en'),
     tr_aws_outlook(C_TO, t, mid, jp=False),
     aws_headers(FORM_FROM, C_TO, f'RE:[CASE {C_CASE}] {C_SUBJ}', t, mid, [feedback_id(t)]),
     alt(tpart(new + quoted, cte='base64'), tpart(aws_html(html_paras(new) + html_quote(quoted.strip('\n'))), 'html', cte='base64')), new)

# 017 — survey, EN
t = d('2025-03-15 18:45:31', UTC)
mid = ses_id(t)
new = f"""Hello,

Your case {C_CASE} has been resolved and closed. We'd love to hear how we did.

Was your issue resolved?
Yes: https://aws.amazon.com/support/feedback/?caseId={C_CASE}&resolved=Y
No:  https://aws.amazon.com/support/feedback/?caseId={C_CASE}&resolved=N

How would you rate the support you received from Megan R.? It takes less than a minute:
https://aws.amazon.com/support/feedback/?caseId={C_CASE}&rate=1

Thank you for choosing AWS.

This message was sent from a notification-only address that cannot accept incoming email.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
set_bstyle(4)
emit('resolved-how-did-we-do-en', L('survey', C_CASE, True, 'en'),
     tr_aws_outlook(C_TO, t, mid, jp=False),
     aws_headers(NOREPLY, C_TO, f'How did we do? Your AWS case {C_CASE} has been closed', t, mid, [feedback_id(t)]),
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)


def tr_credly_jp(rcpt, when, authserv, mta, dom='credly.com'):
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    host = 'o%d.ptr%d.email.%s' % (R.randint(1, 9), R.randint(1000, 9999), dom)
    mf = 'bounces+%d-%s-%s@em%d.%s' % (R.randint(1000000, 9999999), rhex(4), rcpt.replace('@', '='), R.randint(1000, 9999), dom)
    ar = jp_ar(mf, 'pass', dom, 'pass', dom)
    return jp_block(rcpt, when, host, ip, mf, authserv, ar, mta) + [
        dkim(dom, 's1', when, hdrs='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', c='relaxed/relaxed')]


# ============================================================ story D: Priya Raman (Gmail) — 10-digit form case 2020, non-native EN agent
D_TO = 'priya.raman87@gmail.com'
D_CASE = '7319054822'
D_KEEP, D_GO = 'AWS01249903', 'AWS00831456'
D_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# 018 — confirmation request, non-native; UTF-8 bytes mislabelled ISO-8859-1
t = d('2020-08-11 10:35:12', UTC)
mid = ses_id(t)
new = f"""Dear Priya,

Greetings from AWS Training and Certification!

As per your request, we have checked both the accounts and kindly confirm us that below accounts are to be merge:

Primary account (will be retained) : {D_KEEP} – {D_TO}
Secondary account (will be merged into primary) : {D_GO} – priya.r@infotrend-solutions.in

Please be note that once merging is done it is not possible to revert back, and the secondary account will be deactivate. All your certifications and exam history will be shown under the primary account only.

Request you to reply to this email with your consent so that we can proceed further. We won’t be able to process without your written confirmation.

Looking forward for your response.

Thanks & Regards,
Suresh K
AWS Training & Certification Support
"""
quoted = f"""

---------- Original Message ----------
Inquiry type: AWS Training and Certification
Detail: Account Merge
Candidate ID: {D_GO}
Message: Hi, I have 2 accounts, one with my previous company mail. I want all certifications in my gmail account. Please help.
"""
set_bstyle(0)
emit('confirm-request-nonnative-en-wrong-charset', L('merge_confirmation_requested', D_CASE, True, 'en'),
     tr_aws_gmail(D_TO, t, mid),
     aws_headers(FORM_FROM, D_TO, f'RE:[CASE {D_CASE}] {D_SUBJ}', t, mid),
     tpart(new + quoted, 'plain', 'utf-8', '8bit', label_cs='iso-8859-1'), new)

# 019 — "working on it, will update once merging is completed" (boundary -> support_reply)
t = d('2020-08-12 06:02:48', UTC)
mid = ses_id(t)
new = """Dear Priya,

Thanks for the revert and your consent.

We have forwarded your request to our concern team and they are working on the same. Once the merging is completed we will update you through this case only. Usually it takes 2-3 working days.

Request you to not raise any new case for this same issue as it may delay the process.

Thanks & Regards,
Suresh K
AWS Training & Certification Support
"""
quoted = f"""
On Tue, Aug 11, 2020 at 9:12 PM Priya Raman <{D_TO}> wrote:
> Hi Suresh,
>
> Yes, the details are correct. Please proceed with the merge.
>
> Regards,
> Priya
>
> On Tue, Aug 11, 2020 at 4:05 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
>> Dear Priya,
>>
>> Primary account (will be retained) : {D_KEEP} – {D_TO}
>> Secondary account (will be merged into primary) : {D_GO} –
>> priya.r@infotrend-solutions.in
>>
"""
set_bstyle(1)
emit('working-on-it-nonnative-en', L('support_reply', D_CASE, True, 'en'),
     tr_aws_gmail(D_TO, t, mid),
     aws_headers(FORM_FROM, D_TO, f'RE:[CASE {D_CASE}] {D_SUBJ}', t, mid),
     tpart(new + quoted, cte='quoted-printable'), new)

# 020 — done, non-native
t = d('2020-08-14 09:27:31', UTC)
mid = ses_id(t)
new = f"""Dear Priya,

We are glad to inform you that both of your certification accounts has been merged successfully. Now all your certifications are reflecting under candidate ID {D_KEEP} and you can login using {D_TO}.

Kindly note that the Acclaim badges will be issued freshly to your primary email within 48 hours. Incase you are not receiving the same, please let us know by replying on this case.

Have a nice day ahead!

Thanks & Regards,
Suresh K
AWS Training & Certification Support
"""
set_bstyle(2)
emit('merged-successfully-nonnative-en', L('merge_completed', D_CASE, True, 'en'),
     tr_aws_gmail(D_TO, t, mid),
     aws_headers(FORM_FROM, D_TO, f'RE:[CASE {D_CASE}] {D_SUBJ}', t, mid),
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)

# 021 — Acclaim (older Credly) badge issued after the merge
t = d('2020-08-15 03:12:09', UTC)
bid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
new = f"""Priya, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Cloud Practitioner

Accept your badge and share it with your network to show off your achievement.

Accept Badge: https://www.youracclaim.com/badges/{bid}?source=email_accept
"""
html = f"""<html><body style="font-family:Arial,sans-serif;background:#eeeeee">
<div style="max-width:580px;margin:0 auto;background:#ffffff;padding:30px">
<img src="https://acclaim-production-app.s3.amazonaws.com/images/acclaim-logo.png" alt="Acclaim" width="110">
<h2>Priya, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p style="text-align:center"><img src="https://images.youracclaim.com/size/220x220/images/{rhex(8)}-{rhex(4)}/AWS-CloudPractitioner.png" width="140"><br><b>AWS Certified Cloud Practitioner</b></p>
<p style="text-align:center"><a href="https://www.youracclaim.com/badges/{bid}?source=email_accept" style="background:#2a7ab0;color:#fff;padding:12px 30px;text-decoration:none">Accept Badge</a></p>
<p>Accept your badge and share it with your network to show off your achievement.</p>
<p style="font-size:11px;color:#999">Acclaim is a Credly, Inc. service. 5 Penn Plaza, 23rd Floor, New York, NY 10001<br>
<a href="https://www.youracclaim.com/earner/notifications/unsubscribe?token={rhex(24)}">Manage email preferences</a></p>
</div></body></html>
"""
set_bstyle(3)
emit('acclaim-badge-earned-after-merge', L('credly_badge_issued', None, True, 'en'),
     tr_credly_gmail(D_TO, t, dom='youracclaim.com'),
     [('From', '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'), ('To', D_TO),
      ('Subject', "Priya, you've earned a badge from Amazon Web Services Training and Certification"),
      ('Date', fmt_date(t)), ('Message-ID', '<5f37%s.%s@youracclaim.com>' % (rhex(20), rhex(8)))],
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(html, 'html', 'us-ascii', '7bit')), new)


# ============================================================ story E: 鈴木 愛子 (au) — form case, mixed JA/EN agent
E_TO = 'aiko.suzuki-0721@au.com'
E_CASE = '173201794418306'
E_KEEP, E_GO = 'AWS62017734', 'AWS62150088'
E_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
AU = ('dmx.au.com', 'mx-r04.au.com')

# 022 — acknowledgement, EN template, to an au address
t = d('2024-11-19 21:06:02')
mid = ses_id(t)
new = f"""Dear Customer,

We have received your inquiry and a case has been opened for you.

Case ID: {E_CASE}
Submitted: 11/19/2024 12:05 PM UTC
Category: AWS Certification - Account Merge

An AWS Training and Certification representative will respond within 24 hours. If you have additional information about this request, please reply to this email rather than submitting the form again.

Thank you,
AWS Training and Certification Customer Support
"""
set_bstyle(4)
emit('ack-case-opened-en-au', L('case_created', E_CASE, True, 'en'),
     tr_aws_jp(E_TO, t, mid, *AU),
     aws_headers(FORM_FROM, E_TO, f'[CASE {E_CASE}] {E_SUBJ}', t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)

# 023 — which account to keep? JA paragraph then the same in EN
t = d('2024-11-20 18:31:40')
mid = ses_id(t)
new = f"""鈴木 愛子 様 / Dear Aiko Suzuki,

AWS トレーニングと認定のサポートチームです。お問い合わせいただき、ありがとうございます。
お伝えいただいた 2 つのアカウント（{E_KEEP}、{E_GO}）のうち、今後どちらをお使いになりたいか、お知らせいただけますでしょうか。あわせて、それぞれのサインイン用メールアドレスもお教えください。

Thank you for contacting AWS Training and Certification. Of the two accounts you mentioned, could you let us know which one you would like to keep going forward, along with the sign-in email address for each?

よろしくお願いいたします。
Best regards,
Hannah
AWS Training and Certification
"""
quoted = f"""
> Inquiry type: Certification
> Detail: Account Merge
> AWS candidate ID: {E_KEEP}
> 大学時代に作ったアカウント（{E_GO}）と今のアカウントをまとめたいです。
"""
set_bstyle(0)
emit('which-to-keep-bilingual-ja-en', L('support_reply', E_CASE, True, 'ja'),
     tr_aws_jp(E_TO, t, mid, *AU),
     aws_headers(FORM_FROM, E_TO, f'RE:[CASE {E_CASE}] {E_SUBJ}', t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new + quoted, cte='base64'), tpart(aws_html(html_paras(new) + html_quote(quoted.strip('\n')), 'ja'), 'html', cte='base64')), new)

# 024 — confirmation request, mostly EN with JA lines, quoting an au-mail reply
t = d('2024-11-21 10:12:25')
mid = ses_id(t)
new = f"""鈴木様

Thank you for your reply. Please review the following before we proceed:

  Source account (will be closed): {E_GO} / aiko.s@sakura-edu.ac.jp
  Destination account (will remain): {E_KEEP} / {E_TO}

All certifications, exam history and benefits will be moved to the destination account. This action cannot be undone.
この操作は取り消すことができません。

If everything above is correct, please reply "Yes" to this email.
問題がなければ、このメールに「はい」とご返信ください。

Best regards,
Hannah
AWS Training and Certification
"""
quoted = f"""
----- Original Message -----
From: 鈴木愛子 <{E_TO}>
To: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>
Date: 2024/11/20 水 22:14
Subject: Re: RE:[CASE {E_CASE}] {E_SUBJ}

残したいのは {E_KEEP} です。
{E_KEEP}: {E_TO}
{E_GO}: aiko.s@sakura-edu.ac.jp（大学のアドレスです）
"""
set_bstyle(1)
emit('review-before-we-proceed-mixed-en', L('merge_confirmation_requested', E_CASE, True, 'en'),
     tr_aws_jp(E_TO, t, mid, *AU),
     aws_headers(FORM_FROM, E_TO, f'RE:[CASE {E_CASE}] {E_SUBJ}', t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, cte='quoted-printable'), new)

# 025 — done, JA with a line of EN, ISO-2022-JP
t = d('2024-11-22 15:48:19')
mid = ses_id(t)
new = f"""鈴木 愛子 様

お待たせいたしました。{E_GO} に登録されていた認定資格と受験履歴を、{E_KEEP} へ移す作業を終えました。今後は {E_TO} でサインインしてください。
Credly のバッジも、順次こちらのアカウント宛てに届く予定です。

Your accounts have been consolidated. Please sign in with {E_TO} from now on.

ほかにお困りのことがあれば、このメールにご返信ください。

Best regards,
Hannah
AWS Training and Certification
"""
quoted = f"""
----- Original Message -----
From: 鈴木愛子 <{E_TO}>
Date: 2024/11/21 木 12:40
Subject: Re: RE:[CASE {E_CASE}] {E_SUBJ}

はい、お願いします。
"""
set_bstyle(2)
emit('done-ja-with-en-line-iso2022jp', L('merge_completed', E_CASE, True, 'ja'),
     tr_aws_jp(E_TO, t, mid, *AU),
     aws_headers(FORM_FROM, E_TO, f'RE:[CASE {E_CASE}] {E_SUBJ}', t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, 'plain', 'iso-2022-jp', '7bit'), new)

# 026 — survey, EN, different template
t = d('2024-11-22 15:49:02')
mid = ses_id(t)
new = f"""Hello,

Your case {E_CASE} is now closed.

Did we solve your problem? Tell us with one click:
  [ Yes, it's solved ]  https://support.aws.amazon.com/feedback/{E_CASE}?answer=yes
  [ No, not yet ]       https://support.aws.amazon.com/feedback/{E_CASE}?answer=no

Your feedback goes directly to the team that handled your request and helps us improve.

If you need more help with the same issue, reply within 7 days and your case will be reopened.

AWS Training and Certification
"""
set_bstyle(3)
emit('case-closed-did-we-solve-en', L('survey', E_CASE, True, 'en'),
     tr_aws_jp(E_TO, t, mid, *AU),
     aws_headers(NOREPLY, E_TO, f'We would appreciate your feedback on case {E_CASE}', t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new, 'plain', 'us-ascii', '7bit'), new)

# 027 — Credly badge issued after the merge, HTML-only, to au
t = d('2024-11-24 08:20:44')
bid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
body = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Credly</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" align="center" width="600" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#333">
<tr><td style="padding:28px 32px"><img src="https://images.credly.com/email/credly-logo-orange.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 32px">
<h1 style="font-size:24px;margin:0 0 16px">Aiko, your new badge is ready</h1>
<p>Amazon Web Services Training and Certification sent you a badge. Accept it to add it to your profile.</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/{rhex(8)}-{rhex(4)}/image.png" width="180" alt="AWS Certified AI Practitioner"><br>
<strong>AWS Certified AI Practitioner</strong><br><span style="color:#777">Issued by Amazon Web Services Training and Certification</span></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/{bid}/accept" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:14px 32px;border-radius:4px;text-decoration:none;font-weight:bold">Accept Badge</a></p>
</td></tr>
<tr><td style="padding:32px;font-size:11px;color:#999">You received this email because Amazon Web Services Training and Certification issued you a badge on Credly.<br>
Credly, Inc., 5 Penn Plaza, 23rd Floor, New York, NY 10001 &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></td></tr>
</table></body></html>
"""
set_bstyle(4)
emit('credly-badge-ready-html-only-au', L('credly_badge_issued', None, True, 'en'),
     tr_credly_jp(E_TO, t, *AU),
     [('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'), ('To', E_TO),
      ('Subject', 'Aiko, your new badge from Amazon Web Services Training and Certification is ready'),
      ('Date', fmt_date(t.astimezone(UTC))), ('Message-ID', '<%s@credly.com>' % ralnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789'))],
     tpart(body, 'html', cte='quoted-printable'), 'Aiko, your new badge is ready')


# ============================================================ story F: 山本 浩 (nifty) — 11-digit form case 2022, terse template, Shift_JIS
F_TO = 'hiroshi.yamamoto@nifty.com'
F_CASE = '10873350216'
F_KEEP, F_GO = 'AWS33840271', 'AWS34017762'
NIFTY = ('mx.nifty.com', 'mfilter08.nifty.com')

# 028 — terse automatic reply, Shift_JIS, fullwidth case-number label
t = d('2022-02-08 13:27:51')
mid = ses_id(t)
new = f"""※本メールは自動送信です。

山本 浩 様

お問い合わせを受け付けました。
担当者より順次ご連絡いたします。

━━━━━━━━━━━━━━━━━━━━
ケース番号：{F_CASE}
受付日時　：2022/02/08 13:27
区分　　　：認定 / アカウント
━━━━━━━━━━━━━━━━━━━━

本メールへの返信で情報を追加いただけます。
同一内容での再送信はご遠慮ください。

AWS トレーニングと認定
"""
set_bstyle(0)
emit('auto-reply-terse-sjis-nifty', L('case_created', F_CASE, True, 'ja'),
     tr_aws_jp(F_TO, t, mid, *NIFTY),
     aws_headers(FORM_FROM, F_TO, hdr(f'【自動返信】お問い合わせを受け付けました（ケース番号：{F_CASE}）', 'shift_jis', 'B'),
                 t.astimezone(UTC), mid),
     tpart(new, 'plain', 'shift_jis', 'base64', label_cs='Shift_JIS'), new)

# 029 — terse confirmation request, Shift_JIS base64
t = d('2022-02-09 16:03:12')
mid = ses_id(t)
F_SUBJ = 'RE:[CASE %s] アカウント一本化のご依頼' % F_CASE
new = f"""山本 浩 様

お問い合わせの件、下記の内容で処理を行います。

■対象アカウント
　存続：{F_KEEP}（{F_TO}）
　廃止：{F_GO}（h-yamamoto@kumo-tech.jp）

■ご注意
　・廃止側の認定資格、受験履歴、特典は存続側へ移行されます。
　・処理後の取り消しはできません。

上記で差し支えなければ、本メールへの返信にてその旨お知らせください。
ご返信をいただくまで、処理は保留とさせていただきます。

AWS トレーニングと認定 サポート
担当：松本
"""
quoted = f"""
-----Original Message-----
From: 山本 浩 <{F_TO}>
Sent: Tuesday, February 08, 2022 1:27 PM
Subject: [AWS Training and Certification Form Submission] - account-assistance

候補者ID {F_KEEP} と {F_GO} を一本化してください。{F_KEEP} を残したいです。
"""
set_bstyle(1)
emit('terse-confirm-request-sjis', L('merge_confirmation_requested', F_CASE, True, 'ja'),
     tr_aws_jp(F_TO, t, mid, *NIFTY),
     aws_headers(FORM_FROM, F_TO, hdr(F_SUBJ, 'shift_jis', 'B'), t.astimezone(UTC), mid),
     tpart(new + quoted, 'plain', 'shift_jis', 'base64', label_cs='Shift_JIS'), new)

# 030 — terse "processing finished", Shift_JIS label but cp932-only characters (① ～), 8bit
t = d('2022-02-11 11:15:40')
mid = ses_id(t)
new = f"""山本 浩 様

ご依頼の処理が終了しましたのでお知らせします。

■処理結果
　存続アカウント：{F_KEEP}
　廃止アカウント：{F_GO}（サインイン不可となりました）

■今後について
　① 存続アカウントへサインインし、資格一覧をご覧ください。
　② Credly バッジは 2～3 営業日以内に再発行されます。

AWS トレーニングと認定 サポート
担当：松本
"""
quoted = f"""
-----Original Message-----
From: 山本 浩 <{F_TO}>
Sent: Wednesday, February 09, 2022 9:48 PM
Subject: Re: {F_SUBJ}

問題ありません。進めてください。
"""
set_bstyle(2)
emit('terse-processing-finished-sjis-8bit', L('merge_completed', F_CASE, True, 'ja'),
     tr_aws_jp(F_TO, t, mid, *NIFTY),
     aws_headers(FORM_FROM, F_TO, hdr(F_SUBJ, 'shift_jis', 'B'), t.astimezone(UTC), mid),
     tpart(new + quoted, 'plain', 'shift_jis', '8bit', label_cs='Shift_JIS'), new)

# 031 — terse closure + rating
t = d('2022-02-11 11:16:02')
mid = ses_id(t)
new = f"""山本 浩 様

ケース番号 {F_CASE} はクローズしました。

サービス向上のため、対応の評価にご協力ください（所要時間：約1分）。
　解決した　　　→ https://support.aws.amazon.com/feedback/{F_CASE}?r=1&lang=ja
　解決していない → https://support.aws.amazon.com/feedback/{F_CASE}?r=0&lang=ja

※本メールは送信専用です。
AWS トレーニングと認定
"""
set_bstyle(3)
emit('terse-closed-please-rate-ja', L('survey', F_CASE, True, 'ja'),
     tr_aws_jp(F_TO, t, mid, *NIFTY),
     aws_headers(NOREPLY, F_TO, hdr(f'【ケース番号：{F_CASE}】クローズのお知らせ', 'iso-2022-jp', 'B'), t.astimezone(UTC), mid),
     tpart(new, 'plain', 'iso-2022-jp', '7bit'), new)


# ============================================================ story G: 小林 誠 (corporate Exchange Online, Outlook JA) — 15-digit form case
G_TO = 'm.kobayashi@minato-systems.co.jp'
G_CASE = '175746363107724'
G_KEEP, G_GO = 'AWS78122045', 'AWS78390516'
G_SUBJ_JA = '認定アカウントの統合依頼'
G_SIG = """--
株式会社みなとシステムズ
クラウド推進部　小林 誠
TEL: 03-5412-7789"""

# 032 — acknowledgement, JA, HTML-only, different template from 001
t = d('2025-09-10 09:20:58')
mid = ses_id(t)
new = f"""小林 誠 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お送りいただいた内容は、ケース番号 {G_CASE} として承りました。

担当者が内容を拝見のうえ、原則 24 時間以内に本メールアドレス宛てにご連絡いたします。
恐れ入りますが、今しばらくお待ちくださいませ。

追加でお伝えいただきたい事項がございましたら、件名を変えずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート"""
set_bstyle(4)
emit('ack-ja-html-only-exchange', L('case_created', G_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(FORM_FROM, G_TO, hdr_mixed(f'[CASE {G_CASE}] ', 'お問い合わせありがとうございます'), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(aws_html(html_paras(new), 'ja'), 'html', cte='base64'), new)

# 033 — question about something other than the merge (exam booking), keigo
t = d('2025-09-11 10:42:17')
mid = ses_id(t)
new = f"""小林 誠 様

AWS トレーニングと認定サポートの高橋でございます。
お問い合わせいただき、誠にありがとうございます。

お手続きに入る前に、一点お伺いしたいことがございます。
ご記載のアカウントのうち、{G_GO} にて 9 月 24 日に試験のご予約（Pearson VUE）が入っているようでございます。作業中はご予約の変更ができなくなるため、試験を受けられた後にお手続きを進める形でもよろしいでしょうか。

ご都合をお聞かせいただけますと幸いです。

高橋
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
quoted = f"""
---------- お問い合わせ内容 ----------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {G_KEEP}
Description: 会社のアドレス（{G_KEEP}）と個人の Gmail（{G_GO}）で AWS 認定のアカウントが 2 つあります。会社の方に統合してください。
"""
set_bstyle(0)
emit('question-exam-booking-first-ja', L('support_reply', G_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(FORM_FROM, G_TO, hdr_mixed(f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - ', G_SUBJ_JA),
                 t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new + quoted, cte='base64'), tpart(aws_html(html_paras(new) + '<hr>' + html_paras(quoted), 'ja'), 'html', cte='base64')), new)

# 034 — confirmation request, keigo, one id typed full-width, quoting Outlook-JA header block
t = d('2025-09-25 11:05:33')
mid = ses_id(t)
new = f"""小林 誠 様

AWS トレーニングと認定サポートの高橋でございます。
ご返信いただき、ありがとうございます。試験を無事に終えられたとのこと、お疲れさまでございました。

それでは、下記の内容にてお手続きを進めさせていただきたく存じます。

【存続するアカウント】　{G_KEEP}（{G_TO}）
【移行後に閉鎖するアカウント】　ＡＷＳ７８３９０５１６（makoto.k1983@gmail.com）

閉鎖するアカウントの認定資格および受験履歴（9 月 24 日に受験された試験の結果を含みます）は、存続するアカウントへ引き継がれます。お手続き後に元の状態へ戻すことはできかねます。

上記の内容でお間違いないようでしたら、本メールにご返信のうえ、ご承認の旨をお知らせくださいますようお願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
quoted = f"""
差出人: 小林 誠 <{G_TO}>
送信日時: 2025年9月24日 18:05
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - {G_SUBJ_JA}

高橋様

お世話になっております。小林です。
本日、試験を受けてまいりましたので、手続きを進めていただいて問題ございません。
残すのは会社アドレスの {G_KEEP} でお願いいたします。

よろしくお願いいたします。
{G_SIG}
"""
set_bstyle(1)
emit('confirm-request-fullwidth-id-outlook-ja', L('merge_confirmation_requested', G_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(FORM_FROM, G_TO, hdr_mixed(f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - ', G_SUBJ_JA),
                 t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, cte='quoted-printable'), new)

# 035 — status update after approval, ISO-2022-JP, quoting Outlook-JA block
t = d('2025-09-26 09:31:48')
mid = ses_id(t)
new = """小林 誠 様

高橋でございます。ご承認いただき、ありがとうございました。

現在、担当部署にてお手続きを進めております。通常 2、3 営業日ほどで終わる見込みでございますので、今しばらくお待ちくださいませ。終わり次第、改めてご案内申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
quoted = f"""
差出人: 小林 誠 <{G_TO}>
送信日時: 2025年9月25日 13:22
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - {G_SUBJ_JA}

高橋様

内容に相違ございません。{G_KEEP} を残す形で進めてください。
The details are correct. Please proceed.

{G_SIG}

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年9月25日 11:05
宛先: 小林 誠 <{G_TO}>
件名: RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - {G_SUBJ_JA}

【存続するアカウント】　{G_KEEP}（{G_TO}）
【移行後に閉鎖するアカウント】　{G_GO}（makoto.k1983@gmail.com）
"""
set_bstyle(2)
emit('in-progress-after-approval-iso2022jp', L('support_reply', G_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(FORM_FROM, G_TO, hdr(f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - {G_SUBJ_JA}', 'iso-2022-jp', 'B'),
                 t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, 'plain', 'iso-2022-jp', '7bit'), new)

# 036 — done, keigo; only the surviving id in the new text
t = d('2025-09-29 16:12:05')
mid = ses_id(t)
new = f"""小林 誠 様

大変お待たせいたしました。高橋でございます。

お預かりしておりました件につきまして、本日お手続きを終えました。これまで 2 つに分かれていた認定資格と受験履歴は、すべて {G_KEEP} にてご覧いただけるようになっております。

今後は {G_TO} にてサインインくださいませ。個人のメールアドレスでのサインインはできなくなっておりますので、ご注意ください。

高橋
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
quoted = f"""
差出人: 小林 誠 <{G_TO}>
送信日時: 2025年9月25日 13:22
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - {G_SUBJ_JA}

内容に相違ございません。{G_KEEP} を残す形で進めてください。
（閉鎖側: {G_GO}）
"""
set_bstyle(3)
emit('done-keigo-outlook-quote', L('merge_completed', G_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(FORM_FROM, G_TO, hdr_mixed(f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - ', G_SUBJ_JA, enc='Q'),
                 t.astimezone(UTC), mid, [feedback_id(t)]),
     alt(tpart(new + quoted, cte='base64'), tpart(aws_html(html_paras(new) + html_quote(quoted.strip('\n')), 'ja'), 'html', cte='base64')), new)

# 037 — satisfaction request, JA, HTML-only, avoids アンケート
t = d('2025-09-29 16:13:40')
mid = ses_id(t)
new = f"""小林 誠 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {G_CASE} は解決済みとしてクローズいたしました。

担当者の対応について、率直なご意見をお寄せください。いただいた評価は、今後のサポート品質の向上に役立てさせていただきます。"""
body = html_paras(new) + '\n<p><b>▼ 満足度を選択してください（クリックのみで送信されます）</b></p>\n<p>' + ' | '.join(
    f'<a href="https://support.aws.amazon.com/feedback/{G_CASE}?csat={i}&amp;lang=ja">{w}</a>'
    for i, w in enumerate(['とても不満', '不満', 'どちらでもない', '満足', 'とても満足'], 1)) + '</p>\n' + \
    '<p style="font-size:11px;color:#777">※本メールは送信専用アドレスよりお送りしています。</p>'
set_bstyle(4)
emit('satisfaction-request-ja-html-only', L('survey', G_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(NOREPLY, G_TO, hdr('お問い合わせ対応についてご意見をお聞かせください', 'utf-8', 'B'), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(aws_html(body, 'ja'), 'html', cte='quoted-printable'), new)


# ============================================================ story H: Wang Lei (Gmail) — console case, 15 digits, EN paraphrase
H_TO = 'wang.lei.cloud@gmail.com'
H_CASE = '173682737009126'
H_KEEP, H_GO = 'AWS90127745', 'AWS90011234'
H_SUBJ = 'Combine two certification accounts'
CONSOLE_FOOT = f"""We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. and its affiliates. All rights reserved. This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message."""

# 038 — console case opened (seen template)
t = d('2025-01-14 04:03:05', UTC)
mid = ses_id(t)
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {H_CASE} to address your issue.

The details of your case are as follows:

Case ID: {H_CASE}
Subject: {H_SUBJ}
Severity: General guidance
Correspondence: Hi, I ended up with two AWS Certification accounts after changing jobs. I'd like to keep one and bring the other one's certifications into it.

You can view your case or add correspondence by visiting the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=en

Sincerely,
Amazon Web Services

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
"""
set_bstyle(0)
emit('console-new-support-case-en', L('case_created', H_CASE, True, 'en'),
     tr_aws_gmail(H_TO, t, mid),
     aws_headers(NOREPLY, H_TO, f'Amazon Web Services: You have opened a new Support case: {H_CASE}', t, mid, [feedback_id(t)]),
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)

# 039 — confirmation request without the word "merge"
t = d('2025-01-15 09:44:21', UTC)
mid = ses_id(t)
new = f"""Hello Wang,

Thank you for your patience.

I've reviewed both certification profiles on file and we're ready to fold {H_GO} into {H_KEEP}. Once this is done, {H_KEEP} will hold all of your certifications, exam history and benefits, and you will no longer be able to sign in to {H_GO}. Please be aware this cannot be reversed.

If that matches what you had in mind, please reply "yes, proceed" through the Support Center using the link below and I'll take it from there. If you'd rather keep the other profile, just tell me and I'll swap them around.

To reply, visit: https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=en

Best regards,
Daniel O.
Amazon Web Services

{CONSOLE_FOOT}
"""
set_bstyle(1)
emit('ready-to-fold-reply-yes-proceed-en', L('merge_confirmation_requested', H_CASE, True, 'en'),
     tr_aws_gmail(H_TO, t, mid),
     aws_headers(NOREPLY, H_TO, f'RE:[CASE {H_CASE}] {H_SUBJ}', t, mid, [feedback_id(t)]),
     alt(tpart(new, cte='quoted-printable'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)

# 040 — "thank you for confirming, we will now proceed"
t = d('2025-01-16 02:10:07', UTC)
mid = ses_id(t)
new = f"""Hello Wang,

Thank you for confirming. I've passed the request to our certification operations team and we will now proceed with combining the two profiles. I'll update this case as soon as the work is finished - typically within 2 business days.

No further action is needed from you in the meantime.

Best regards,
Daniel O.
Amazon Web Services

{CONSOLE_FOOT}
"""
set_bstyle(2)
emit('thanks-for-confirming-will-proceed-en', L('support_reply', H_CASE, True, 'en'),
     tr_aws_gmail(H_TO, t, mid),
     aws_headers(NOREPLY, H_TO, f'RE: [CASE {H_CASE}] {H_SUBJ}', t, mid, [feedback_id(t)]),
     tpart(new, 'plain', 'us-ascii', '7bit'), new)

# 041 — resolved / rate us, no statement about the merge
t = d('2025-01-18 06:30:44', UTC)
mid = ses_id(t)
new = f"""Hello,

We're writing to let you know that case {H_CASE} has been resolved. If you have any further questions about this case, you can reopen it from the Support Center within 14 days.

Please take a moment to tell us about your experience - it only takes a minute and helps us improve.

Rate this case: https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=en&feedback=true

Sincerely,
Amazon Web Services
"""
set_bstyle(3)
emit('case-resolved-tell-us-en', L('survey', H_CASE, True, 'en'),
     tr_aws_gmail(H_TO, t, mid),
     aws_headers(NOREPLY, H_TO, f'Amazon Web Services: Case {H_CASE} has been resolved', t, mid, [feedback_id(t)]),
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(aws_html(html_paras(new)), 'html', cte='7bit', cs='us-ascii')), new)

# 042 — Credly: badge moved to this account after the merge
t = d('2025-01-19 14:02:31', UTC)
bid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
new = f"""Hi Wang,

Good news - Amazon Web Services Training and Certification has moved your badge to this Credly account:

AWS Certified Data Engineer – Associate

Because the badge was re-issued, you'll need to accept it once more before it shows on your public profile.

Accept badge: https://www.credly.com/badges/{bid}/accept

Questions? https://support.credly.com/hc/en-us

Credly, Inc. · 5 Penn Plaza, 23rd Floor · New York, NY 10001
"""
html = '<html><body style="font-family:Arial,sans-serif">' + html_paras(new).replace(
    f'https://www.credly.com/badges/{bid}/accept', f'<a href="https://www.credly.com/badges/{bid}/accept">Accept badge</a>') + '</body></html>'
set_bstyle(4)
emit('credly-badge-moved-to-this-account', L('credly_badge_issued', None, True, 'en'),
     tr_credly_gmail(H_TO, t),
     [('From', '"Credly" <admin@credly.com>'), ('To', H_TO),
      ('Subject', 'Your AWS Certified Data Engineer – Associate badge is on its way'.replace('–', '-')),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@credly.com>' % ralnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789'))],
     alt(tpart(new, cte='base64'), tpart(html, 'html', cte='base64')), new)


# ============================================================ story I: 中村 さくら (corporate on-prem, 2019) — no Authentication-Results at all
I_TO = 's.nakamura@hokuto-eng.co.jp'
I_CASE = '6218805413'
I_KEEP, I_GO = 'AWS05512870', 'AWS05498831'


def tr_onprem_noar(rcpt, when, msgid):
    host, ip = R.choice(SES_HOSTS[:3])
    mf = ses_bounce(msgid)
    t_in = when + timedelta(seconds=R.randint(2, 20))
    ds = format_datetime(t_in.astimezone(JST))
    return [('Return-Path', '<%s>' % mf),
            ('X-Original-To', rcpt), ('Delivered-To', rcpt),
            ('Received', 'from localhost (localhost [127.0.0.1])\n\tby mail.hokuto-eng.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (ralnum(10, '0123456789ABCDEF'), rcpt, ds)),
            ('X-Virus-Scanned', 'amavisd-new at hokuto-eng.co.jp'),
            ('Received', 'from mail.hokuto-eng.co.jp ([127.0.0.1])\n\tby localhost (mail.hokuto-eng.co.jp [127.0.0.1]) (amavisd-new, port 10024)\n\twith ESMTP id %s for <%s>;\n\t%s' % (ralnum(12), rcpt, ds)),
            ('Received', 'from %s (%s [%s])\n\tby mail.hokuto-eng.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, ralnum(10, '0123456789ABCDEF'), rcpt, ds)),
            ] + aws_dkims(when)


# 043 — confirmation request 2019, formal, "集約", ids with a space, ISO-2022-JP
t = d('2019-10-02 15:40:09')
mid = ses_id(t)
new = f"""中村 さくら 様

いつも AWS 認定プログラムをご利用いただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサービスの森田と申します。

お申し出いただきました 2 件の認定アカウントにつきまして、以下の内容で 1 件に集約する準備が整いました。

・集約先（継続してご利用）：AWS 05512870
・集約元（閉鎖予定）　　　：AWS 05498831

集約後は、集約元のアカウントに紐づく認定資格、試験履歴、特典がすべて集約先へ移り、集約元のアカウントはご利用いただけなくなります。また、一度実施した処理を取り消すことはできません。

つきましては、上記内容にご同意いただけるかどうか、本メールへのご返信にてお知らせくださいませ。ご同意をいただけましたら、速やかに処理に入らせていただきます。

森田
AWS トレーニングと認定 カスタマーサービス
"""
set_bstyle(0)
emit('consent-request-2019-no-auth-results', L('merge_confirmation_requested', I_CASE, None, 'ja'),
     tr_onprem_noar(I_TO, t, mid),
     aws_headers(FORM_FROM, I_TO, hdr_mixed(f'RE:[CASE {I_CASE}] ', '認定アカウントが重複している件', 'iso-2022-jp'), t.astimezone(UTC), mid),
     tpart(new, 'plain', 'iso-2022-jp', '7bit'), new)

# 044 — done 2019, no AR, HTML + plain UTF-8
t = d('2019-10-04 10:21:55')
mid = ses_id(t)
new = f"""中村 さくら 様

森田でございます。

先日ご同意をいただきました件、本日処理が済みましたのでご連絡いたします。
以後は集約先の {I_KEEP} のみご利用いただけます。試験の予約やスコアレポートの閲覧も、すべてこちらのアカウントから行えます。

引き続き AWS 認定プログラムをよろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサービス
"""
quoted = f"""
-----Original Message-----
From: 中村 さくら <{I_TO}>
Sent: Thursday, October 3, 2019 9:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {I_CASE}] 認定アカウントが重複している件

森田様

同意いたします。{I_GO} を {I_KEEP} へ集約してください。

中村
"""
set_bstyle(1)
emit('processed-2019-no-auth-results', L('merge_completed', I_CASE, None, 'ja'),
     tr_onprem_noar(I_TO, t, mid),
     aws_headers(FORM_FROM, I_TO, hdr_mixed(f'RE:[CASE {I_CASE}] ', '認定アカウントが重複している件', 'utf-8'), t.astimezone(UTC), mid),
     alt(tpart(new + quoted, cte='base64'), tpart(aws_html(html_paras(new) + '<hr>' + html_paras(quoted), 'ja'), 'html', cte='base64')), new)


# ============================================================ misc support replies
# 045 — duplicate case closed, continue in the original one (other case id in the body)
K_TO = 'lucas.ferreira.dev@gmail.com'
K_CASE = '175003626011482'
K_DUP = '175008780031904'
t = d('2025-06-17 13:25:50', UTC)
mid = ses_id(t)
new = f"""Hello Lucas,

I noticed that you submitted the form again yesterday, which created a second case ({K_DUP}) for the same account request. To avoid any confusion I've closed that duplicate, and I'll keep working with you here in case {K_CASE}.

Your request is still in our queue and I'll be in touch as soon as I have an update. I'm sorry for the wait — we're handling a higher volume of requests than usual.

For future reference, replying to this email adds your message to the existing case, so there's no need to open a new one.

Best regards,
Aisha M.
AWS Training and Certification
"""
quoted = f"""
On Mon, Jun 16, 2025 at 3:11 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Thank you for contacting AWS Training and Certification. We have received your request (Case ID {K_CASE}).
"""
set_bstyle(2)
emit('duplicate-case-closed-continue-here-en', L('support_reply', K_CASE, True, 'en'),
     tr_aws_gmail(K_TO, t, mid),
     aws_headers(FORM_FROM, K_TO, f'RE:[CASE {K_CASE}] [AWS Training and Certification Form Submission] - account-assistance', t, mid, [feedback_id(t)]),
     alt(tpart(new + quoted, cte='quoted-printable'), tpart(aws_html(html_paras(new) + html_quote(quoted.strip('\n'))), 'html', cte='quoted-printable')), new)

# 046 — badges stayed on the old Credly account; agent has asked the team (support_reply, about Credly)
t = d('2025-10-06 14:08:12')
mid = ses_id(t)
new = f"""小林 誠 様

高橋でございます。ご連絡いただき、ありがとうございます。

Credly のデジタルバッジが、以前の個人アドレス側の Credly アカウントに残ったままになっているとのこと、ご不便をおかけし申し訳ございません。
バッジの移行には Credly 側での作業が必要となるため、担当部署へ依頼いたしました。移行が済みましたら、Credly より {G_TO} 宛てに通知が届く見込みでございます。

1 週間ほど経っても届かない場合は、お手数ですが本メールにてお知らせくださいませ。

高橋
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
quoted = f"""
差出人: 小林 誠 <{G_TO}>
送信日時: 2025年10月3日 17:48
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - {G_SUBJ_JA}

高橋様

先日はありがとうございました。認定資格は {G_KEEP} に表示されるようになりましたが、
Credly のバッジが個人アドレス（makoto.k1983@gmail.com）の方に残ったままです。
こちらも移していただくことは可能でしょうか。

{G_SIG}
"""
set_bstyle(3)
emit('credly-badges-left-behind-requested-ja', L('support_reply', G_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(FORM_FROM, G_TO, hdr_mixed(f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - ', G_SUBJ_JA),
                 t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new + quoted, cte='base64'), new)


def tr_gmail_any(rcpt, when, host, ip, mailfrom, from_dom, dkims, dmarc, spf='pass', sigs=()):
    ar = g_ar(mailfrom, ip, dkims, dmarc, from_dom, spf=spf)
    return gmail_block(rcpt, when, host, ip, mailfrom, ar, spf=spf) + [dkim(dm, sel, when, c='relaxed/relaxed') for dm, sel in sigs]


def tr_jp_any(rcpt, when, host, ip, mailfrom, authserv, mta, ar_body, sigs=()):
    return jp_block(rcpt, when, host, ip, mailfrom, authserv, ar_body, mta) + [dkim(dm, sel, when, c='relaxed/relaxed') for dm, sel in sigs]


# ============================================================ phishing / look-alikes
# 047 — look-alike domain asks to "confirm the merge" (content kind kept, sender_verified false)
t = d('2025-06-02 22:41:17')
P1_CASE = '174887100293317'
new = f"""Dear Certified Professional,

We have received a request to merge your AWS Certification account AWS10583927 with another candidate profile.

Case ID: {P1_CASE}
Requested action: Account merge (primary account will be retained)

To approve this request, please verify your identity and confirm the merge within 24 hours by signing in below. If we do not receive your confirmation, the request will be cancelled and your certification benefits may be suspended.

Confirm merge now: https://aws-certificatlon.com/merge/confirm?ref={rhex(24)}

Thank you,
AWS Certification Support Team
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
"""
html = '<html><body style="font-family:Arial">' + html_paras(new).replace(
    'Confirm merge now: https://aws-certificatlon.com/merge/confirm?ref=', '<a style="background:#ff9900;color:#000;padding:10px 20px" href="https://aws-certificatlon.com/merge/confirm?ref=">Confirm merge now</a> ') + '</body></html>'
ip = '45.148.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
set_bstyle(0)
emit('phish-lookalike-confirm-merge-en', L('merge_confirmation_requested', P1_CASE, False, 'en'),
     tr_gmail_any(A_TO, t, 'mail.aws-certificatlon.com', ip, 'bounce@aws-certificatlon.com', 'aws-certificatlon.com',
                  [('pass', 'aws-certificatlon.com')], 'pass (p=NONE sp=NONE dis=NONE)', sigs=[('aws-certificatlon.com', 'default')]),
     [('From', '"AWS Certification Support" <support@aws-certificatlon.com>'), ('To', A_TO),
      ('Subject', f'Action required: confirm your certification account merge [Case {P1_CASE}]'),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@aws-certificatlon.com>' % rhex(20)), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(html, 'html', 'us-ascii', 'quoted-printable')), new)

# 048 — spoofed amazon.com "merge is done, update payment" (dmarc=fail on top; forged pass lower down)
t = d('2025-02-20 19:05:44')
P2_CASE = '10931782256'
new = f"""お客様

アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お客様のご依頼（ケース番号：{P2_CASE}）による AWS 認定アカウントの一本化が済みました。
旧アカウントの特典（50% 割引バウチャー等）を新しいアカウントへ引き継ぐには、72 時間以内に下記のページからお支払い情報を更新してください。期限を過ぎますと特典は失効いたします。

▼ 特典の引き継ぎはこちら
https://aws-training-jp.support-portal.top/benefit/transfer?id={rhex(16)}

アマゾン ウェブ サービス ジャパン
"""
ip = '103.151.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
forged_ar = ('Authentication-Results', 'amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')
trace = tr_jp_any(F_TO, t, 'vps-21877.support-portal.top', ip, 'no-reply-aws@amazon.com', *NIFTY,
                  jp_ar('no-reply-aws@amazon.com', 'none', None, 'fail', 'amazon.com', spf='fail'))
trace = [(k, v.replace('\tdkim=none header.d=None', '\tdkim=none')) for k, v in trace]
trace.append(forged_ar)
set_bstyle(1)
emit('phish-spoofed-merge-done-dmarc-fail-ja', L('merge_completed', P2_CASE, False, 'ja'),
     trace,
     [('From', addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com')), ('To', F_TO),
      ('Subject', hdr('【重要】認定アカウントの一本化が済みました - 特典の引き継ぎのお願い', 'utf-8', 'B')),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@support-portal.top>' % rhex(24))],
     tpart(new, cte='base64'), new)

# 049 — Credly look-alike domain "badge issued"
t = d('2025-02-03 17:22:09', UTC)
new = f"""Hi Wang,

You've been issued a new badge by Amazon Web Services Training and Certification:

AWS Certified Solutions Architect – Professional

Claim your badge within 7 days to keep it on your profile:
https://credly-badges.net/claim/{rhex(32)}

The Credly Team
"""
ip = '193.42.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
set_bstyle(2)
emit('phish-credly-lookalike-badge', L('credly_badge_issued', None, False, 'en'),
     tr_gmail_any(H_TO, t, 'mx1.credly-badges.net', ip, 'info@credly-badges.net', 'credly-badges.net',
                  [('pass', 'credly-badges.net')], 'pass (p=NONE sp=NONE dis=NONE)', sigs=[('credly-badges.net', 'mail')]),
     [('From', '"Credly" <notifications@credly-badges.net>'), ('To', H_TO),
      ('Subject', "You've been issued a new badge: AWS Certified Solutions Architect - Professional"),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@credly-badges.net>' % rhex(20))],
     alt(tpart(new, cte='quoted-printable'), tpart('<html><body>' + html_paras(new) + '</body></html>', 'html', cte='quoted-printable')), new)

# 050 — phishing not about the merge (billing scare), docomo, dmarc none -> unrelated
t = d('2024-04-11 07:55:31')
new = """【AWS】お支払い情報に問題が発生しました

お客様の AWS アカウントに登録されているクレジットカードでの請求が承認されませんでした。
24 時間以内にお支払い情報を更新いただけない場合、アカウントは一時停止されます。

お支払い情報の更新: http://aws-amazon-jp.com/billing/update

Amazon Web Services Japan
"""
ip = '91.92.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
set_bstyle(3)
emit('phish-billing-scare-not-merge-ja', L('unrelated', None, False, 'ja'),
     tr_jp_any(B_TO, t, 'mail.aws-amazon-jp.com', ip, 'billing@aws-amazon-jp.com', *DOCOMO,
               jp_ar('billing@aws-amazon-jp.com', 'none', None, 'none', 'aws-amazon-jp.com', spf='softfail').replace('\tdkim=none header.d=None', '\tdkim=none')),
     [('From', addr('AWS Billing', 'billing@aws-amazon-jp.com')), ('To', B_TO),
      ('Subject', hdr('【重要】AWS アカウントのお支払い情報を更新してください', 'iso-2022-jp', 'B')),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@aws-amazon-jp.com>' % rhex(16))],
     tpart(new, 'plain', 'shift_jis', 'quoted-printable', label_cs='Shift_JIS'), new)


# ============================================================ unrelated look-alikes
# 051 — Amazon Seller Central case (same RE:[CASE n] style, even about "統合" of seller accounts)
t = d('2025-04-08 14:31:09')
SC_CASE = '5884881212'
new = f"""田中 由紀 様

Amazon 出品サービスをご利用いただき、ありがとうございます。セラーサポートの佐々木です。

お問い合わせいただいた、重複して作成された出品用アカウントの統合についてご案内いたします。
現在、以下の 2 つの出品用アカウントがお客様の情報で登録されております。

  出品者 ID: A2F8KQ3ZL7XW1M（ストア名: ほしぞら雑貨店）
  出品者 ID: A1T6YDR0P93VNC（ストア名: Hoshizora Goods）

Amazon の規約上、お一人様が保有できる出品用アカウントは原則として 1 つのみです。継続してご利用になるアカウントをセラーセントラルのケースログからお知らせください。もう一方のアカウントは、在庫と出品情報を移していただいた後に閉鎖の手続きをご案内いたします。

ご不明な点がございましたら、本ケースへご返信ください。

Amazon.co.jp セラーサポート
佐々木
"""
ip = '52.95.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
mf = '%s@bounce.amazon.co.jp' % ralnum(20)
set_bstyle(4)
emit('seller-central-case-account-unify-ja', L('unrelated', SC_CASE, True, 'ja'),
     tr_gmail_any(A_TO, t, 'smtp-fw-%d.amazon.co.jp' % R.randint(1000, 9999), ip, mf, 'amazon.co.jp',
                  [('pass', 'amazon.co.jp')], 'pass (p=QUARANTINE sp=QUARANTINE dis=NONE)', sigs=[('amazon.co.jp', 'sc-jp')]),
     [('From', addr('Amazon セラーサポート', 'seller-support-jp@amazon.co.jp')), ('To', A_TO),
      ('Subject', hdr_mixed(f'RE:[CASE {SC_CASE}] ', '出品用アカウントの統合について', 'iso-2022-jp')),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@sellercentral.amazon.co.jp>' % rhex(24))],
     tpart(new, 'plain', 'iso-2022-jp', '7bit'), new)

# 052 — another AWS support case of the same user: billing, "consolidated" linked accounts
t = d('2025-06-20 11:02:40', UTC)
BILL_CASE = '175032000072215'
mid = ses_id(t)
new = f"""Hello Lucas,

Thank you for your patience while I reviewed your billing inquiry.

I've confirmed that the duplicate charge on your May invoice came from the two AWS accounts (1234-5678-9012 and 2109-8765-4321) each being billed separately before they were added to your organization. Both accounts are now linked under consolidated billing, so from the June invoice onward you will receive a single bill for both.

I've also submitted a credit of USD 18.40 for the duplicated Support charge; it should appear on your account within 3-5 business days.

Is there anything else I can help you with on this case?

Best regards,
Tomasz W.
Amazon Web Services

{CONSOLE_FOOT}
"""
set_bstyle(0)
emit('other-aws-case-billing-consolidated-en', L('unrelated', BILL_CASE, True, 'en'),
     tr_aws_gmail(K_TO, t, mid),
     aws_headers(NOREPLY, K_TO, f'RE:[CASE {BILL_CASE}] Duplicate charge on May invoice', t, mid, [feedback_id(t)]),
     alt(tpart(new, cte='quoted-printable'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)

# 053 — another AWS case opened (service quota), JA console template
t = d('2025-10-01 10:00:21')
Q_CASE = '175928040044610'
mid = ses_id(t)
new = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のご質問にお答えするため、ケース {Q_CASE} を作成いたしました。

ケース ID: {Q_CASE}
件名: Limit Increase: EC2 Instances (ap-northeast-1)
重要度: 一般的なガイダンス

ケースの詳細の表示や返信の追加は、AWS サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={Q_CASE}&language=ja

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
set_bstyle(1)
emit('other-aws-case-quota-opened-ja', L('unrelated', Q_CASE, True, 'ja'),
     tr_aws_outlook(G_TO, t, mid),
     aws_headers(NOREPLY, G_TO, hdr_mixed('Amazon Web Services: ', f'新しいサポートケースを作成しました: {Q_CASE}'), t.astimezone(UTC), mid, [feedback_id(t)]),
     tpart(new, cte='base64'), new)

# 054 — CertMetrics "wants to hear from you" (a survey, but not a case survey)
t = d('2025-02-10 16:00:03', UTC)
new = """AWS Certification wants to hear from you

Hello Wang,

Thank you for being an AWS Certified professional. We'd like to learn about your experience with AWS Certification and how it has helped your career.

This short survey takes about 10 minutes. Your responses are confidential and will be used to improve the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?t=""" + rhex(32) + """

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.
"""
ip = '198.2.%d.%d' % (R.randint(128, 191), R.randint(1, 250))
set_bstyle(2)
emit('certmetrics-wants-to-hear-from-you', L('unrelated', None, False, 'en'),
     tr_gmail_any(H_TO, t, 'mail%d.certmetrics.com' % R.randint(10, 99), ip, 'bounce-%s@certmetrics.com' % rhex(10), 'certmetrics.com',
                  [('pass', 'certmetrics.com')], 'pass (p=REJECT sp=REJECT dis=NONE)', sigs=[('certmetrics.com', 'k1')]),
     [('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', H_TO),
      ('Subject', 'AWS Certification wants to hear from you'),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@certmetrics.com>' % rhex(20))],
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart('<html><body>' + html_paras(new) + '</body></html>', 'html', 'us-ascii', '7bit')), new)

# 055 — Pearson VUE appointment (JA), carries a candidate id (unrelated, id still labelled)
t = d('2025-09-05 21:14:48')
new = f"""小林 誠 様

Pearson VUE にて、以下の試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2025年9月24日（水）13:30 JST
会場: オンライン試験（OnVUE）
受験者 ID: AWS78390516
登録 ID: 512874093

当日は試験開始 30 分前からチェックインいただけます。身分証明書（有効期限内のもの）をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE カスタマーサービス
"""
ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
set_bstyle(3)
emit('pearson-vue-appointment-ja', L('unrelated', None, False, 'ja'),
     tr_gmail_any('makoto.k1983@gmail.com', t, 'mailout%d.pearson.com' % R.randint(1, 9), ip, 'pearsonvueconfirmation@pearson.com', 'pearson.com',
                  [('pass', 'pearson.com')], 'pass (p=REJECT sp=REJECT dis=NONE)', sigs=[('pearson.com', 'pvue2023')]),
     [('From', '"Pearson VUE" <pearsonvueconfirmation@pearson.com>'), ('To', 'makoto.k1983@gmail.com'),
      ('Subject', hdr('Pearson VUE 試験予約のお知らせ - AWS Certified Solutions Architect - Professional', 'utf-8', 'Q')),
      ('Date', fmt_date(t)), ('Message-ID', '<%s.JavaMail.pvue@pearson.com>' % R.randint(10**9, 10**10))],
     alt(tpart(new, cte='quoted-printable'), tpart('<html><body>' + html_paras(new) + '</body></html>', 'html', cte='quoted-printable')), new)

# 056 — AWS Builder ID verification code
t = d('2025-05-27 09:02:11')
mid = ses_id(t)
code = '%06d' % R.randint(0, 999999)
new = f"""Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: {code}

This code expires 10 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
host, ip = SES_HOSTS[1]
mf = ses_bounce(mid)
set_bstyle(4)
emit('builder-id-verification-code', L('unrelated', None, True, 'en'),
     tr_gmail_any(A_TO, t, host, ip, mf, 'signin.aws', [('pass', 'signin.aws'), ('pass', 'amazonses.com')],
                  'pass (p=REJECT sp=REJECT dis=NONE)', sigs=[('signin.aws', 'xhcqtvkryvdsl3nmlrw3dw7fqgdrbhs3'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')]),
     aws_headers('"AWS Builder ID" <no-reply@signin.aws>', A_TO, 'Verify your AWS Builder ID email address', t.astimezone(UTC), mid),
     alt(tpart(new, 'plain', 'us-ascii', '7bit'), tpart(aws_html(html_paras(new)), 'html', cte='quoted-printable')), new)

# 057 — GitHub "merged" notification
t = d('2025-03-13 02:18:40', UTC)
new = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-soft/cert-tracker/pull/482#event-16734098812
You are receiving this because you were mentioned.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hoshizora-soft/cert-tracker/pull/482">#482</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-soft/cert-tracker/pull/482#event-16734098812">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
ip = '192.30.252.%d' % R.randint(190, 210)
set_bstyle(1)
emit('github-pr-merged-account-records', L('unrelated', None, False, 'en'),
     tr_gmail_any(C_TO.replace('outlook.com', 'gmail.com'), t, 'out-%d.smtp.github.com' % R.randint(10, 30), ip,
                  'noreply@github.com', 'github.com', [('pass', 'github.com')], 'pass (p=REJECT sp=REJECT dis=NONE)', sigs=[('github.com', 'pf2023')]),
     [('From', '"Kenta Ito" <notifications@github.com>'), ('Reply-To', 'hoshizora-soft/cert-tracker <reply+%s@reply.github.com>' % ralnum(60)),
      ('To', 'hoshizora-soft/cert-tracker <cert-tracker@noreply.github.com>'),
      ('Cc', 'Mention <mention@noreply.github.com>'),
      ('Subject', 'Re: [hoshizora-soft/cert-tracker] Merge duplicate certification account records (PR #482)'),
      ('Date', fmt_date(t)), ('Message-ID', '<hoshizora-soft/cert-tracker/pull/482/issue_event/16734098812@github.com>'),
      ('In-Reply-To', '<hoshizora-soft/cert-tracker/pull/482@github.com>'),
      ('References', '<hoshizora-soft/cert-tracker/pull/482@github.com>'),
      ('List-ID', 'hoshizora-soft/cert-tracker <cert-tracker.hoshizora-soft.github.com>'),
      ('X-GitHub-Reason', 'mention')],
     alt(tpart(new, 'plain', 'utf-8', '7bit' if False else 'quoted-printable'), tpart(html, 'html', 'utf-8', '7bit')), new)

# 058 — GitLab merge request merged (JA UI)
t = d('2024-12-04 18:40:02')
new = """マージリクエスト !37 がマージされました。

プロジェクト: kumo-tech / cert-portal
タイトル: 認定アカウント統合処理のリトライ対応
ブランチ: feature/account-merge-retry → main
マージした人: 山本 浩

https://gitlab.com/kumo-tech/cert-portal/-/merge_requests/37

このメールは、あなたがこのマージリクエストのレビュアーに指定されているため送信されました。
通知設定の変更: https://gitlab.com/-/profile/notifications
"""
ip = '35.185.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
set_bstyle(2)
emit('gitlab-merge-request-merged-ja', L('unrelated', None, False, 'ja'),
     tr_jp_any(F_TO, t, 'mail-%s.gitlab.com' % rhex(4), ip, 'bounces+%s@mg.gitlab.com' % rhex(10), *NIFTY,
               jp_ar('bounces@mg.gitlab.com', 'pass', 'gitlab.com', 'pass', 'gitlab.com'), sigs=[('gitlab.com', 'mailo')]),
     [('From', addr('山本 浩 (@h.yamamoto)', 'gitlab@mg.gitlab.com')), ('Reply-To', 'GitLab <noreply@gitlab.com>'), ('To', F_TO),
      ('Subject', hdr('kumo-tech/cert-portal | 認定アカウント統合処理のリトライ対応 (!37)', 'utf-8', 'B')),
      ('Date', fmt_date(t)), ('Message-ID', '<merge_request_%d@gitlab.com>' % R.randint(10**8, 10**9)),
      ('X-GitLab-Project', 'cert-portal'), ('X-GitLab-MergeRequest-IID', '37'), ('X-GitLab-NotificationReason', 'review_requested')],
     alt(tpart(new, cte='base64'), tpart('<html><body>' + html_paras(new) + '</body></html>', 'html', cte='base64')), new)

# 059 — Credly's own self-service account merge code (not the AWS merge)
t = d('2025-01-20 05:12:48', UTC)
code = '%06d' % R.randint(0, 999999)
new = f"""Hi Wang,

We received a request to merge another Credly account into this one. To continue, enter the verification code below on the account merge page.

Your code: {code}

Or continue here: Complete Account Merge
https://www.credly.com/users/account_merge/confirm?token={rhex(40)}

This code expires in 30 minutes. If you didn't request an account merge, you can ignore this email — no changes will be made.

The Credly Team
"""
set_bstyle(3)
emit('credly-self-service-merge-code', L('unrelated', None, True, 'en'),
     tr_credly_gmail(H_TO, t),
     [('From', '"Credly" <admin@credly.com>'), ('To', H_TO),
      ('Subject', 'Your Credly account merge verification code'),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@credly.com>' % ralnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789'))],
     alt(tpart(new, cte='quoted-printable'), tpart('<html><body>' + html_paras(new) + '</body></html>', 'html', cte='quoted-printable')), new)

# 060 — Credly badge expiry reminder
t = d('2023-07-12 14:30:00', UTC)
new = f"""Hi Priya,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on August 11, 2023.

To keep your credential active, visit the issuer's recertification page:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}

Credly, Inc. · 5 Penn Plaza, 23rd Floor · New York, NY 10001
"""
set_bstyle(4)
emit('credly-badge-expires-soon', L('unrelated', None, True, 'en'),
     tr_credly_gmail(D_TO, t),
     [('From', '"Credly" <admin@credly.com>'), ('To', D_TO),
      ('Subject', 'Your AWS Certified Cloud Practitioner badge expires in 30 days'),
      ('Date', fmt_date(t)), ('Message-ID', '<%s@credly.com>' % ralnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789'))],
     alt(tpart(new, cte='quoted-printable'), tpart('<html><body>' + html_paras(new) + '</body></html>', 'html', cte='quoted-printable')), new)


# === MAILS END ===


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn, data in MAILS:
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(MAILS), 'mails')


if __name__ == '__main__':
    write_all()
