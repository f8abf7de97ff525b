#!/usr/bin/env python3
"""Generator for blind set 211: completions, closures, surveys, Credly (EN/JA).

Writes NNN-slug.eml files and labels.json next to this script.
"""
import base64, quopri, json, os, re, random, html, unicodedata, glob
import datetime as dt
from io import BytesIO
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.header import Header
import email.charset as ecs
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(211)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
CEST = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
BST = dt.timezone(dt.timedelta(hours=1))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def fold_b64(s, first=0, width=70, ind='\t '):
    out, line = [], ''
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line); line = ''
    if line:
        out.append(line)
    return ('\n' + ind).join(out)


def T(s, tz=UTC):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rfc(d):
    return format_datetime(d)


def case15(opened, tail):
    """15-digit display id: unix time of opening + 5 digits."""
    s = str(int(opened.timestamp())) + tail
    assert len(s) == 15, s
    return s


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


# ---------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='qp', label=None, codec=None,
         extra_ct=''):
    codec = codec or charset
    raw = text.encode(codec)
    p = Message()
    lab = label or charset
    p['Content-Type'] = f'text/{subtype}; charset="{lab}"{extra_ct}'
    if cte == 'qp':
        enc = quopri.encodestring(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        enc = base64.encodebytes(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte == '7bit':
        enc = raw.decode('ascii')
        p['Content-Transfer-Encoding'] = '7bit'
    elif cte == '8bit':
        enc = raw.decode('ascii', 'surrogateescape')
        p['Content-Transfer-Encoding'] = '8bit'
    else:
        raise ValueError(cte)
    p.set_payload(enc)
    return p


def multi(sub, parts, boundary):
    m = MIMEMultipart(sub, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def b_gmail():
    return '000000000000' + rhex(16)


def b_ses():
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(10000000, 99999999),
                                    R.randint(1740000000000, 1760000000000))


def b_outlook():
    return '_000_%s%s_' % (ralnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'namprd04prodoutlo')


def b_rails():
    return '--==_mimepart_%s_%s' % (rhex(13), rhex(10))


def hdr_enc(s, charset='utf-8', enc='b', name='Subject'):
    cs = ecs.Charset(charset)
    if enc == 'q':
        cs.header_encoding = ecs.QP
    elif enc == 'b':
        cs.header_encoding = ecs.BASE64
    h = Header(s, cs, header_name=name)
    return h.encode(maxlinelen=76, linesep='\n')


def addr(name, email_, charset='utf-8', enc='b'):
    if name is None:
        return email_
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{email_}>'
        return f'{name} <{email_}>'
    except UnicodeEncodeError:
        return hdr_enc(name, charset, enc, name='From') + f' <{email_}>'


# ------------------------------------------------------------- HTML helpers
def htmlify(text):
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in p.split('\n')) + '</p>')
    return '\n'.join(out)


def aws_html(inner, footer=''):
    return f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:640px;">
<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="Amazon Web Services"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#16191f;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">{footer}
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
'''


def quote_gt(text, depth=1):
    out = []
    for l in text.split('\n'):
        out.append(('>' * depth + (' ' + l if l else '')) if True else l)
    return '\n'.join(out)


# ------------------------------------------------------- sender profiles
AWS_SEL = 'szqgv33erturdv5cvz4vtb5qcv6xpgrk'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_ip():
    return R.choice(['54.240.8.33', '54.240.8.84', '54.240.9.41', '54.240.27.17',
                     '54.240.48.95', '54.240.11.210', '54.240.13.7'])


def dkim_sig(d, sel, t, h):
    return (f'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            f'\ts={sel}; d={d}; t={t};\n'
            f'\th={h};\n'
            f'\tbh={rb64(32)};\n'
            f'\tb={fold_b64(rb64(192), width=68)}')


class Sender:
    """Holds the sending side: envelope, IP, DKIM, author verdicts."""

    def __init__(self, kind, from_name, from_addr, date, charset='utf-8', enc='b'):
        self.kind = kind
        self.from_hdr = addr(from_name, from_addr, charset, enc)
        self.from_addr = from_addr
        self.from_dom = from_addr.split('@')[1]
        self.date = date
        if kind == 'aws':
            self.ip = ses_ip()
            self.helo = 'a%s.smtp-out.amazonses.com' % self.ip.split('.', 2)[2].replace('.', '-')
            mid = ses_msgid(date)
            self.mailfrom = mid[1:-1].replace('@email.amazonses.com', '@amazonses.com')
            self.msgid = mid
            self.dkim = [('pass', self.from_dom, AWS_SEL), ('pass', 'amazonses.com', SES_SEL)]
            self.spf = 'pass'
            self.spf_dom = 'amazonses.com'
            self.dmarc = ('pass', 'QUARANTINE')
        elif kind == 'credly':
            self.ip = R.choice(['167.89.101.4', '149.72.142.88', '167.89.75.33', '149.72.201.19'])
            self.helo = 'o%d.ptr%d.email.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
            self.mailfrom = 'bounces+%d-%s-{rcpt}@email.credly.com' % (R.randint(1000000, 9999999), rhex(4))
            self.msgid = '<%s_%s%s@%s.mail>' % (rhex(12), rhex(5), rhex(9), 'credly-mailer-' + rhex(10) + '-' + ralnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
            self.dkim = [('pass', self.from_dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')]
            self.spf = 'pass'
            self.spf_dom = 'email.credly.com'
            self.dmarc = ('pass', 'REJECT')
        else:
            # generic: set attributes after construction
            self.ip = '0.0.0.0'
            self.helo = 'localhost'
            self.mailfrom = from_addr
            self.msgid = '<%s@%s>' % (rhex(24), self.from_dom)
            self.dkim = []
            self.spf = 'none'
            self.spf_dom = self.from_dom
            self.dmarc = ('none', 'NONE')
        self.sender_headers = []   # DKIM sigs etc, placed above From

    def mf(self, rcpt):
        return self.mailfrom.replace('{rcpt}', rcpt.replace('@', '='))


# ------------------------------------------------------- receiving sides
def _dkim_clauses(s, style):
    out = []
    for res, d, sel in s.dkim:
        if style == 'gmail':
            out.append(f'dkim={res} header.i=@{d} header.s={sel} header.b={ralnum(8)}')
        elif style == 'outlook':
            out.append(f'dkim={res} (signature was verified) header.d={d}' if res == 'pass'
                       else f'dkim={res} (body hash did not verify) header.d={d}')
        else:
            out.append(f'dkim={res} header.d={d} header.s={sel} header.b={ralnum(8)}')
    if not s.dkim:
        out.append('dkim=none' if style != 'outlook' else 'dkim=none (message not signed) header.d=none')
    return out


def ar_gmail(s, rcpt):
    cl = _dkim_clauses(s, 'gmail')
    mf = s.mf(rcpt)
    if s.spf == 'pass':
        cl.append(f'spf=pass (google.com: domain of {mf} designates {s.ip} as permitted sender) smtp.mailfrom={mf}')
    elif s.spf == 'softfail':
        cl.append(f'spf=softfail (google.com: domain of transitioning {mf} does not designate {s.ip} as permitted sender) smtp.mailfrom={mf}')
    else:
        cl.append(f'spf={s.spf} (google.com: {s.ip} is neither permitted nor denied by best guess record for domain of {mf}) smtp.mailfrom={mf}')
    res, pol = s.dmarc
    if res == 'none':
        pass
    else:
        cl.append(f'dmarc={res} (p={pol} sp={pol} dis={"QUARANTINE" if res=="fail" and pol=="QUARANTINE" else "NONE"}) header.from={s.from_dom}')
    return ';\n       '.join(cl)


def gmail_env(s, rcpt, delay=4, arc=True, extra_top=None, arc_sel='arc-20240605'):
    d = s.date + dt.timedelta(seconds=delay)
    mf = s.mf(rcpt)
    ar = ar_gmail(s, rcpt)
    h = [f'Delivered-To: {rcpt}',
         f'Received: by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {ralnum(2,"abcdefghijklmnopqrstuvwxyz")}{R.randint(10,99)}csp{R.randint(100000,9999999)};\n        {rfc(d.astimezone(PDT))}',
         f'X-Google-Smtp-Source: AGHT+I{ralnum(70)}',
         f'X-Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {rhex(12)}{ralnum(2,"abcdefghijklmnopqrstuvwxyz")}.{R.randint(10,99)}.{R.randint(1000000000000,9999999999999)};\n        {rfc(d.astimezone(PDT))}']
    if extra_top:
        h = extra_top + h
    if arc:
        h += [f'ARC-Seal: i=1; a=rsa-sha256; t={int(d.timestamp())}; cv=none;\n        d=google.com; s={arc_sel};\n        b={fold_b64(rb64(256), width=64, ind="         ")}',
              f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_sel};\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold_b64(rb64(256), width=64, ind="         ")};\n        dara=google.com',
              f'ARC-Authentication-Results: i=1; mx.google.com;\n       {ar}']
    h += [f'Return-Path: <{mf}>',
          f'Received: from {s.helo} ({s.helo}. [{s.ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(12)}si{R.randint(1000000,9999999)}.{R.randint(10,999)}.{d.astimezone(PDT).strftime("%Y.%m.%d.%H.%M.%S")}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(d.astimezone(PDT))}']
    if s.spf == 'pass':
        h.append(f'Received-SPF: pass (google.com: domain of {mf} designates {s.ip} as permitted sender) client-ip={s.ip};')
    else:
        h.append(f'Received-SPF: {s.spf} (google.com: domain of {mf} does not designate {s.ip} as permitted sender) client-ip={s.ip};')
    h.append(f'Authentication-Results: mx.google.com;\n       {ar}')
    return h


def outlook_env(s, rcpt, delay=3, tenant='namprd04'):
    d = s.date + dt.timedelta(seconds=delay)
    mf = s.mf(rcpt)
    srv1 = f'SN7PR04MB{R.randint(1000,9999)}.{tenant}.prod.outlook.com'
    srv2 = f'BN9PR03CA{R.randint(1000,9999)}.{tenant}.prod.outlook.com'
    srv3 = f'BN2PEPF0000{R.randint(1000,9999)}.{tenant}.prod.outlook.com'
    cl = [f'spf={s.spf} (sender IP is {s.ip})\n smtp.mailfrom={mf.split("@")[1]}']
    cl += _dkim_clauses(s, 'outlook')
    res, pol = s.dmarc
    act = 'none' if res == 'pass' else ('quarantine' if pol == 'QUARANTINE' else 'none')
    dm = f'dmarc={res} action={act}\n header.from={s.from_dom}'
    cp = 'compauth=pass reason=100' if res == 'pass' else 'compauth=fail reason=000'
    ar = '; '.join(cl[:1]) + '; ' + ';'.join(cl[1:]) + ';' + dm + ';' + cp
    h = [f'Received: from {srv1} (2603:10b6:806:{rhex(3)}::{R.randint(1,20)}) by\n LV3PR04MB{R.randint(1000,9999)}.{tenant}.prod.outlook.com with HTTPS; {rfc(d+dt.timedelta(seconds=2))}',
         f'Received: from {srv2} (2603:10b6:408:{rhex(2)}::{R.randint(10,40)}) by\n {srv1} (2603:10b6:806:{rhex(3)}::{R.randint(1,20)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.{R.randint(10,40)}; {rfc(d+dt.timedelta(seconds=1))}',
         f'Received: from {srv3}\n (2603:10b6:408:{rhex(2)}:cafe::{rhex(2)}) by {srv2}\n (2603:10b6:408:{rhex(2)}::{R.randint(10,40)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.{R.randint(10,40)} via Frontend Transport; {rfc(d)}',
         f'Authentication-Results: {ar}',
         (f'Received-SPF: {s.spf.capitalize()} (protection.outlook.com: domain of {mf.split("@")[1]}\n designates {s.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={s.ip}; helo={s.helo}; pr=C' if s.spf == 'pass' else
          f'Received-SPF: {s.spf.capitalize()} (protection.outlook.com: domain of {mf.split("@")[1]} does not\n designate {s.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={s.ip}; helo={s.helo};'),
         f'Received: from {s.helo} ({s.ip}) by\n {srv3.replace(".prod.outlook.com", ".mail.protection.outlook.com")} (10.167.{R.randint(200,250)}.{R.randint(2,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(2,9)}\n via Frontend Transport; {rfc(d-dt.timedelta(seconds=1))}']
    return h


def outlook_trailer():
    return [f'Return-Path: <bounce@placeholder>'][:0] + [
        'X-MS-Exchange-Organization-ExpirationStartTime: ' + ralnum(1, '0'),
        'X-MS-Exchange-Organization-Network-Message-Id:\n %s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)),
        'X-EOPAttributedMessage: 0',
        'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
        'X-MS-PublicTrafficType: Email',
        'X-MS-Exchange-Organization-AuthSource:\n BN2PEPF0000%d.namprd04.prod.outlook.com' % R.randint(1000, 9999),
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
        'X-MS-Office365-Filtering-Correlation-Id: %s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)),
        'X-Microsoft-Antispam: BCL:0;ARA:13230040|2066899003|8096899003;',
        'X-MS-Exchange-Organization-SCL: 1',
    ]


def jp_env(s, rcpt, provider='biglobe', delay=5):
    d = (s.date + dt.timedelta(seconds=delay)).astimezone(JST)
    mf = s.mf(rcpt)
    cl = [f'spf={s.spf} smtp.mailfrom={mf}']
    for res, dd, sel in s.dkim:
        cl.append(f'dkim={res} header.d={dd} header.s={sel}')
    if not s.dkim:
        cl.append('dkim=none')
    cl.append(f'dmarc={s.dmarc[0]} header.from={s.from_dom}')
    if provider == 'biglobe':
        authserv = 'mail.biglobe.ne.jp'
        rcv_in = f'Received: from mfilter{R.randint(1,9)}.biglobe.ne.jp (mfilter{R.randint(1,9)}.biglobe.ne.jp [133.205.{R.randint(10,99)}.{R.randint(2,250)}])\n\tby mbox{R.randint(10,40)}.biglobe.ne.jp (Postfix) with ESMTP id {rhex(11).upper()}\n\tfor <{rcpt}>; {rfc(d)}'
        rcv_edge = f'Received: from {s.helo} ({s.helo} [{s.ip}])\n\tby mfilter{R.randint(1,9)}.biglobe.ne.jp (Postfix) with ESMTPS id {rhex(11).upper()}\n\tfor <{rcpt}>; {rfc(d - dt.timedelta(seconds=1))}'
    elif provider == 'nifty':
        authserv = 'nifty.com'
        rcv_in = f'Received: from mta-snd{R.randint(10,99)}.nifty.com by mbox{R.randint(100,999)}.nifty.com\n\t with ESMTP id <{rhex(16)}@mbox.nifty.com> for <{rcpt}>;\n\t {rfc(d)}'
        rcv_edge = f'Received: from {s.helo} ([{s.ip}]) by mta-mx{R.randint(10,99)}.nifty.com\n\t with ESMTP id <{rhex(16)}@mta-mx.nifty.com> for <{rcpt}>;\n\t {rfc(d - dt.timedelta(seconds=1))}'
    else:  # ocn
        authserv = 'mfgw.ocn.ad.jp'
        rcv_in = f'Received: from mfgw{R.randint(10,40)}.ocn.ad.jp (mfgw.ocn.ad.jp [153.149.{R.randint(200,240)}.{R.randint(2,250)}])\n\tby mbox-{R.randint(10,99)}.ocn.ad.jp (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {rfc(d)}'
        rcv_edge = f'Received: from {s.helo} ({s.helo} [{s.ip}])\n\tby mfgw{R.randint(10,40)}.ocn.ad.jp (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {rfc(d - dt.timedelta(seconds=1))}'
    ar = f'Authentication-Results: {authserv};\n\t' + ';\n\t'.join(cl)
    return [f'Return-Path: <{mf}>', f'Delivered-To: {rcpt}', rcv_in, ar, rcv_edge]


def corp_env(s, rcpt, relay='mail-gw01.example-corp.co.uk', spf_line=True, delay=6):
    """Corporate relay that adds no Authentication-Results."""
    d = s.date + dt.timedelta(seconds=delay)
    h = [f'Return-Path: <{s.mf(rcpt)}>',
         f'Received: from {relay.replace("gw01", "store02")} ({relay.replace("gw01", "store02")} [10.20.{R.randint(1,9)}.{R.randint(2,250)}])\n\tby mbx-int.{relay.split(".",1)[1]} with LMTP id {ralnum(22)}\n\tfor <{rcpt}>; {rfc(d)}',
         f'Received: from {s.helo} ({s.helo} [{s.ip}])\n\tby {relay} (Postfix) with ESMTPS id 4Z{ralnum(10,"BCDFGHJKLMNPQRSTVWXYZ0123456789")}\n\tfor <{rcpt}>; {rfc(d - dt.timedelta(seconds=2))}']
    if spf_line:
        h.insert(1, f'Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip={s.ip}; helo={s.helo}; envelope-from={s.mf(rcpt)}; receiver=<UNKNOWN>')
    h.insert(1, 'X-Virus-Scanned: amavisd-new at ' + relay.split('.', 1)[1])
    return h


# ------------------------------------------------------------ assembling
def assemble(env_hdrs, sender, to, subject_hdr, body, extra=(), date_hdr=None, after=(),
             mime_version='1.0', crlf=False):
    s = sender
    h = list(env_hdrs) + list(s.sender_headers)
    h += [f'From: {s.from_hdr}', f'To: {to}', f'Subject: {subject_hdr}']
    h += [f'Date: {date_hdr or rfc(s.date)}', f'Message-ID: {s.msgid}']
    h += list(extra)
    h.append(f'MIME-Version: {mime_version}')
    head = ''.join(x + '\n' for x in h)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    mime = buf.getvalue()
    # add trailer headers after content headers (inside header block)
    if after:
        i = mime.index(b'\n\n')
        mime = mime[:i + 1] + ''.join(x + '\n' for x in after).encode() + mime[i + 1:]
    raw = head.encode('ascii') + mime
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def aws_sender(kind_addr, date, name='Amazon Web Services', charset='utf-8', enc='b'):
    s = Sender('aws', name, kind_addr, date, charset, enc)
    t = int(date.timestamp())
    s.sender_headers = [
        dkim_sig('amazon.com', AWS_SEL, t, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'),
        dkim_sig('amazonses.com', SES_SEL, t, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'),
    ]
    return s


def aws_after(s):
    return [f'Feedback-ID: ::1.us-east-1.{ralnum(43)}=:AmazonSES',
            f'X-SES-Outgoing: {s.date.strftime("%Y.%m.%d")}-{s.ip}']


def credly_sender(date, name='Amazon Web Services Training and Certification via Credly',
                  addr_='admin@credly.com'):
    s = Sender('credly', name, addr_, date)
    t = int(date.timestamp())
    s.sender_headers = [
        f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={addr_.split("@")[1]};\n\th=content-type:from:mime-version:subject:list-unsubscribe:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to;\n\ts=s1; bh={rb64(32)};\n\tb={fold_b64(rb64(192), width=68)}',
        f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info;\n\th=content-type:from:mime-version:subject:list-unsubscribe:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to;\n\ts=smtpapi; bh={rb64(32)};\n\tb={fold_b64(rb64(192), width=68)}',
    ]
    return s


def credly_after():
    return [f'X-Feedback-ID: {R.randint(10000000,99999999)}:SG',
            f'X-SG-EID: \n =?us-ascii?Q?{ralnum(60)}?=\n =?us-ascii?Q?{ralnum(60)}?=',
            f'X-SG-ID: \n =?us-ascii?Q?{ralnum(60)}?=',
            'List-Unsubscribe: <https://www.credly.com/notifications/unsubscribe?token=%s>' % rhex(40)]


# -------------------------------------------------------- registry
MAILS = []


def add(slug, label, raw, new_text):
    MAILS.append((slug, label, raw, new_text))


def L(kind, case, ids, ver, lang):
    return {'kind': kind, 'case_id': case, 'account_ids': sorted(set(ids)),
            'sender_verified': ver, 'language': lang}


# ====================================================================== MAILS
BATCHES = []

# (batches are appended below)

def credly_html(headline, paras, badges, button, url, foot_extra=''):
    items = ''.join(f"""<tr><td align="center" style="padding:8px 0;"><img src="{b[1]}" width="120" height="120" alt="{html.escape(b[0])}" style="display:block;"><div style="font-size:13px;color:#333;padding-top:6px;">{html.escape(b[0])}</div></td></tr>""" for b in badges)
    ps = ''.join(f'<p style="margin:0 0 14px 0;">{p}</p>' for p in paras)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>Credly</title></head>
<body style="margin:0;padding:0;background-color:#f1f1f1;">
<table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2a2a2a;">
<tr><td style="padding:24px 32px;border-bottom:3px solid #ff6b00;"><img src="https://images.credly.com/images/app/credly-logo-email.png" width="96" alt="Credly" /></td></tr>
<tr><td style="padding:28px 32px 8px 32px;"><h1 style="font-size:22px;margin:0 0 18px 0;">{headline}</h1>{ps}</td></tr>
{items}
<tr><td align="center" style="padding:18px 32px 30px 32px;"><a href="{url}" style="background:#ff6b00;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:4px;font-weight:bold;display:inline-block;">{button}</a></td></tr>
<tr><td style="padding:18px 32px;font-size:11px;color:#8a8a8a;background:#fafafa;">{foot_extra}You received this email because you are a registered Credly user. <a href="https://www.credly.com/notifications/unsubscribe?token={rhex(32)}" style="color:#8a8a8a;">Manage notification settings</a><br />Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750</td></tr>
</table></body></html>
"""


CONSOLE_RATE = ("We value your feedback. Please share your experience by rating this correspondence "
                "using the AWS Support Center link at the end of this correspondence. Each correspondence "
                "can also be rated by selecting the stars in top right corner of each correspondence within "
                "the AWS Support Center.")


def console_footer(case, lang='en'):
    return (f"""
======================================================================
To see all the correspondence, sign in to AWS Support Center using the following link:
https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language={lang}
======================================================================

Learn to use the AWS Support Center: https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To update the case, please use the link above instead of replying to this e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""")


# ---------------------------------------------------------------- batch 1
# Case A: Daniel Okafor, form desk, 15-digit case, Gmail.
A_OPEN = T('2025-05-12 09:14:37')
A_CASE = case15(A_OPEN, '81224')
A_KEEP, A_OLD = 'AWS10483321', 'AWS27719054'
A_TO = 'Daniel Okafor <d.okafor.cloud@gmail.com>'
A_RCPT = 'd.okafor.cloud@gmail.com'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
A_SUBJ = f'RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

A_CONFIRM_TXT = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support, and for your patience while I reviewed your request.

I located the following certification accounts registered to you:

  1. {A_KEEP} - d.okafor.cloud@gmail.com (personal) - 2 active certifications
  2. {A_OLD} - d.okafor@northgate-logistics.co.uk (former employer) - 1 active certification

As requested, {A_KEEP} will be kept as your primary account, and the exam history of {A_OLD} will be moved into it. After the merge, {A_OLD} will be deactivated and you will sign in with the e-mail address of the primary account only.

Please be aware that an account merge is permanent and cannot be reversed.

To go ahead, please reply to this e-mail confirming that the above details are correct. We will not make any changes until we hear back from you.

Best regards,
Farah K.
AWS Training and Certification Customer Support
"""

A_USER_CONFIRM = """The details are correct. Please proceed with the merge.

Thanks,
Daniel"""


def batch1():
    # 1 ack ---------------------------------------------------------------
    d = A_OPEN + dt.timedelta(seconds=15)
    s = aws_sender(FORM, d)
    new = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification. This message confirms that we received your request and that a support case has been created for you.

Case ID: {A_CASE}
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID provided: {A_KEEP}

A member of our team will review your request and respond, usually within 24 hours. If you need to add information, you can reply to this e-mail and it will be attached to the case. Please do not open a separate case for the same request, as this may delay our response.

Sincerely,
AWS Training and Certification Customer Support
"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO,
                   f'[CASE {A_CASE}] AWS Training and Certification Form Submission - Received',
                   body, after=aws_after(s))
    add('form-ack-account-merge', L('case_created', A_CASE, [A_KEEP], True, 'en'), raw, new)

    # 2 confirmation request ---------------------------------------------
    d = T('2025-05-13 14:31:09')
    s = aws_sender(FORM, d)
    new = A_CONFIRM_TXT
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO, A_SUBJ, body, after=aws_after(s))
    add('confirm-request-two-ids', L('merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'en'), raw, new)

    # 3 thanks for confirming, will proceed ------------------------------
    d = T('2025-05-14 08:05:41')
    s = aws_sender(FORM, d)
    new = f"""Hello Daniel,

Thank you for confirming. I have passed your request to our certification operations team, who will now carry out the merge of your two accounts.

Once the merge is complete we will send you a confirmation by e-mail; this normally takes 1-3 business days. In the meantime, please avoid scheduling any new exams under the older account ({A_OLD}).

Best regards,
Farah K.
AWS Training and Certification Customer Support
"""
    quoted = f"""
On Tue, 13 May 2025 at 16:02, Daniel Okafor <d.okafor.cloud@gmail.com> wrote:
{quote_gt(A_USER_CONFIRM)}
>
> On Tue, 13 May 2025 at 15:31, Amazon Web Services <{FORM}> wrote:
{quote_gt(A_CONFIRM_TXT.strip(), 2)}
"""
    body = part(new + quoted, cte='qp')
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO, A_SUBJ, body, after=aws_after(s))
    add('thanks-confirming-will-proceed', L('support_reply', A_CASE, [A_OLD], True, 'en'), raw, new)

    # 4 completion without done-words -------------------------------------
    d = T('2025-05-15 02:47:19')
    s = aws_sender(FORM, d)
    new = f"""Hello Daniel,

This is a follow-up on case {A_CASE}.

Good news: your certification history now lives in a single profile. When you sign in to aws.training with d.okafor.cloud@gmail.com, your AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate and AWS Certified Cloud Practitioner are all listed under candidate ID {A_KEEP}.

The former ID {A_OLD} has been retired and can no longer be used to sign in. Your exam benefits, including the 50% discount voucher from your most recent certification, have been carried over to the profile above.

Please allow 3-5 business days for your digital badges to show up on Credly under the same e-mail address.

If anything looks wrong, simply reply to this message and we will take another look.

Kind regards,
Joseph M.
AWS Training and Certification Customer Support
"""
    quoted = f"""
-------- Original message --------
From: Daniel Okafor <d.okafor.cloud@gmail.com>
Date: 13/05/2025 16:02 (GMT+01:00)
To: Amazon Web Services <{FORM}>
Subject: Re: {A_SUBJ}

{A_USER_CONFIRM}
"""
    body = multi('alternative', [part(new + quoted, cte='b64'),
                                 part(aws_html(htmlify(new) + '<hr>' + htmlify(quoted)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO, A_SUBJ, body, after=aws_after(s))
    add('history-now-single-profile', L('merge_completed', A_CASE, [A_KEEP, A_OLD], True, 'en'), raw, new)

    # 5 closure + survey (HTML only) -------------------------------------
    d = T('2025-05-15 02:49:03')
    s = aws_sender(FORM, d)
    inner = f"""<p>Hello,</p>
<p>Your case <b>{A_CASE}</b> with AWS Training and Certification Customer Support has been marked as <b>resolved</b>.</p>
<p>If your question has not been fully answered, reply to this e-mail within 14 days and your case will be reopened automatically.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;border:1px solid #d5dbdb;"><tr><td style="padding:14px 18px;">
<p style="margin:0 0 10px 0;font-weight:bold;">Was your issue resolved?</p>
<a href="https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={A_CASE}&amp;q1=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none;border-radius:2px;">YES</a>&nbsp;&nbsp;
<a href="https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={A_CASE}&amp;q1=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none;border-radius:2px;">NO</a>
<p style="margin:14px 0 6px 0;">How would you rate the agent who helped you?</p>
""" + ''.join(f'<a href="https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={A_CASE}&amp;q2={k}" style="padding:4px 9px;border:1px solid #aab7b8;color:#16191f;text-decoration:none;">{k}</a> ' for k in range(1, 6)) + """
<p style="margin:6px 0 0 0;font-size:11px;color:#687078;">1 = Very dissatisfied, 5 = Very satisfied</p>
</td></tr></table>
<p>Thank you for choosing AWS Training and Certification.</p>"""
    h = aws_html(inner)
    body = part(h, 'html', cte='qp')
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO,
                   f'Your case {A_CASE} has been resolved - tell us how we did', body, after=aws_after(s))
    add('resolved-yes-no-rating', L('survey', A_CASE, [], True, 'en'), raw, h)

    # 6 reopen notice ------------------------------------------------------
    d = T('2025-05-20 19:22:10')
    s = aws_sender('no-reply-aws@amazon.com', d)
    new = f"""Hello,

We received your reply to case {A_CASE}, which had already been resolved. The case has been reopened and returned to the queue, and a member of the AWS Training and Certification team will get back to you.

You don't need to open a new case. Any further replies to the original thread will be added to this one.

Your message:
---
Hi, all three certs now show on the right profile, thanks. But the Credly badges that were issued to my old work address are still sitting on that Credly account, not the new one. Can you help?
---

AWS Training and Certification Customer Support
"""
    body = part(new, cte='7bit', charset='us-ascii')
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO, f'[CASE {A_CASE}] Your case has been reopened', body, after=aws_after(s))
    add('case-reopened-notice', L('support_reply', A_CASE, [], True, 'en'), raw, new)

    # 7 agent on Credly badges --------------------------------------------
    d = T('2025-05-21 10:40:55')
    s = aws_sender(FORM, d)
    new = f"""Hi Daniel,

Thanks for getting back to us, and sorry for the extra step.

I can see that the badges you earned while using your former employer's address were issued to a separate Credly profile. Credly profiles are not linked to candidate IDs, so those badges do not follow automatically. I have raised a request with our Credly administration team to reissue them to d.okafor.cloud@gmail.com.

You should receive an e-mail from Credly for each badge within 2-3 business days. Please accept them from that e-mail. I will keep this case open until you let me know that they have arrived.

Best regards,
Liam O.
AWS Training and Certification Customer Support
"""
    quoted = f"""
-----Original Message-----
From: Daniel Okafor <d.okafor.cloud@gmail.com>
Sent: Tuesday, May 20, 2025 8:21 PM
To: Amazon Web Services <{FORM}>
Subject: Re: {A_SUBJ}

Hi, all three certs now show on the right profile, thanks. But the Credly badges that were issued to my old work address are still sitting on that Credly account, not the new one. Can you help?

Daniel
"""
    body = multi('alternative', [part(new + quoted, cte='qp'),
                                 part(aws_html(htmlify(new) + '<div style="border-left:2px solid #ccc;padding-left:8px;color:#555;">' + htmlify(quoted) + '</div>'), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO, A_SUBJ, body, after=aws_after(s))
    add('credly-reissue-requested', L('support_reply', A_CASE, [], True, 'en'), raw, new)

    # 8 Credly badge moved ---------------------------------------------------
    d = T('2025-05-23 16:05:12')
    s = credly_sender(d)
    burl = f'https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}?utm_source=email&utm_medium=badge_issued'
    new = f"""Daniel, Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Developer - Associate

This badge was previously held on another Credly account and has been reissued to this e-mail address by the issuer. Accept your badge to add it to your profile and share it with your network.

Accept your badge: {burl}

Badge validation number: 8HGQ2PX1LMNB4W7R

Questions? Visit https://support.credly.com

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
    h = credly_html('Daniel, you have a new badge!',
                    ['Amazon Web Services Training and Certification has issued you a badge.',
                     'This badge was previously held on another Credly account and has been reissued to this e-mail address by the issuer. Accept your badge to add it to your profile and share it with your network.'],
                    [('AWS Certified Developer – Associate', 'https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png')],
                    'Accept your badge', burl.replace('&', '&amp;'))
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO, 'Amazon Web Services Training and Certification issued you a new badge',
                   body, after=credly_after())
    add('credly-badge-reissued', L('credly_badge_issued', None, [], True, 'en'), raw, new)

    # 9 closure of reopened case -------------------------------------------
    d = T('2025-05-26 09:00:31')
    s = aws_sender(FORM, d)
    new = f"""Hello Daniel,

We haven't heard from you since our last message, so we're assuming the badges reached your Credly profile and we have closed case {A_CASE} again.

If that's not the case, just reply to this e-mail and the case will reopen.

We'd appreciate two minutes of your time to tell us about your experience:
https://survey.aws-tc.amazon.com/r/{rhex(20)}?case={A_CASE}

Thank you,
AWS Training and Certification Customer Support
"""
    quoted = f"""
-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Wednesday, May 21, 2025 10:40 AM
Subject: {A_SUBJ}

Hi Daniel,

Thanks for getting back to us, and sorry for the extra step.
[...]
"""
    body = part(new + quoted, cte='qp')
    raw = assemble(gmail_env(s, A_RCPT), s, A_TO, A_SUBJ, body, after=aws_after(s))
    add('reopened-case-closed-again', L('survey', A_CASE, [], True, 'en'), raw, new)


BATCHES.append(batch1)

# ---------------------------------------------------------------- batch 2
# Case B: 渡辺 健二, Japanese, form desk, 15-digit case, biglobe.
B_OPEN = T('2025-05-27 23:02:11')          # 2025-05-28 08:02 JST
B_CASE = case15(B_OPEN, '40317')
B_KEEP, B_OLD1, B_OLD2 = 'AWS30561187', 'AWS41250963', 'AWS58820734'
B_RCPT = 'kenji-watanabe@kfa.biglobe.ne.jp'
B_TO = hdr_enc('渡辺 健二', 'iso-2022-jp', name='To') + f' <{B_RCPT}>'
B_SUBJ = f'RE:[CASE {B_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

B_CONFIRM = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
お問い合わせいただきました認定アカウントの統合の件につきまして、ご連絡いたします。

お客様のお名前で、以下の 3 つの認定アカウントが登録されていることを確認いたしました。

・{B_KEEP}（kenji-watanabe@kfa.biglobe.ne.jp）
・{B_OLD1}（k.watanabe@tsubasa-sys.co.jp）
・{B_OLD2}（kenji.w.aws@gmail.com）

ご希望に従い、{B_KEEP} を存続アカウントとし、残りの 2 アカウントの受験履歴および認定資格をこちらへ統合いたします。統合後、{B_OLD1} と {B_OLD2} はご利用いただけなくなります。

なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信のうえ、統合を進めてよい旨をお知らせくださいますようお願い申し上げます。ご確認をいただけるまで、統合作業は行いません。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""

B_USER = """The details are correct. Please proceed with the merge.
内容に相違ございません。統合を進めていただけますと幸いです。

渡辺"""


def batch2():
    # 10 ack (ISO-2022-JP) -------------------------------------------------
    d = B_OPEN + dt.timedelta(seconds=21)
    s = aws_sender(FORM, d)
    new = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: {B_CASE}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者より、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、このメールにご返信ください。ケースに自動で追加されます。
同じ内容で新しいケースを作成されますと、対応が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
"""
    body = part(new, charset='iso-2022-jp', cte='7bit')
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO,
                   hdr_enc(f'[CASE {B_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定', 'iso-2022-jp'),
                   body, after=aws_after(s))
    add('ja-form-ack-jis', L('case_created', B_CASE, [], True, 'ja'), raw, new)

    # 11 confirmation request (UTF-8 base64, text+html) ---------------------
    d = T('2025-05-28 07:41:52')
    s = aws_sender(FORM, d)
    new = B_CONFIRM
    body = multi('alternative', [part(new, cte='b64'), part(aws_html(htmlify(new)), 'html', cte='b64')], b_ses())
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO, B_SUBJ, body, after=aws_after(s))
    add('ja-confirm-three-ids', L('merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD1, B_OLD2], True, 'ja'), raw, new)

    # 12 thanks, proceeding (ISO-2022-JP) -----------------------------------
    d = T('2025-05-29 01:26:40')
    s = aws_sender(FORM, d)
    new = """渡辺 健二 様

佐藤でございます。
ご確認いただき、誠にありがとうございます。

いただいたご返信をもちまして、これより担当部署にて作業を進めてまいります。
作業が終わりましたら、あらためて本ケースにてご連絡いたします。通常 1〜3 営業日ほどお時間を頂戴しております。

引き続きよろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = f"""
2025年5月29日(木) 9:15 渡辺 健二 <{B_RCPT}>:
{quote_gt(B_USER)}
>
> 2025年5月28日(水) 16:41 Amazon Web Services <{FORM}>:
{quote_gt(B_CONFIRM.strip(), 2)}
"""
    body = part(new + quoted, charset='iso-2022-jp', cte='7bit')
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO, B_SUBJ, body, after=aws_after(s))
    add('ja-thanks-will-proceed', L('support_reply', B_CASE, [], True, 'ja'), raw, new)

    # 13 question about exam appointment (support_reply) ---------------------
    d = T('2025-05-29 08:03:15')
    s = aws_sender(FORM, d)
    new = f"""渡辺 健二 様

佐藤でございます。
お問い合わせいただいた試験のご予約について、ご回答いたします。

ＡＷＳ４１２５０９６３ 側で 6 月 14 日に AWS Certified Security - Specialty のご予約があることを確認いたしました。作業の都合上、このご予約は一度キャンセルいただくか、日程を変更していただく必要がございます。

恐れ入りますが、ピアソン VUE でのご予約のキャンセルまたは日程変更がお済みになりましたら、その旨を本メールにてお知らせいただけますでしょうか。ご連絡をいただき次第、作業を再開いたします。

よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = f"""
-----Original Message-----
From: 渡辺 健二 <{B_RCPT}>
Sent: Thursday, May 29, 2025 4:48 PM
To: Amazon Web Services <{FORM}>
Subject: Re: {B_SUBJ}

佐藤様

お世話になっております。渡辺です。
1 点確認させてください。旧アカウントで来月の試験を予約済みなのですが、このままで問題ないでしょうか。

渡辺
"""
    body = multi('alternative', [part(new + quoted, cte='qp'), part(aws_html(htmlify(new) + '<hr>' + htmlify(quoted)), 'html', cte='qp')], b_ses())
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO, B_SUBJ, body, after=aws_after(s))
    add('ja-exam-booking-question', L('support_reply', B_CASE, [B_OLD1], True, 'ja'), raw, new)

    # 14 completion without done-words (ISO-2022-JP, Japanese From name) ------
    d = T('2025-05-30 06:12:48')
    s = aws_sender(FORM, d, name='AWS トレーニングと認定', charset='iso-2022-jp')
    new = f"""渡辺 健二 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
佐藤でございます。

大変お待たせいたしました。
本日より、{B_KEEP} にサインインしていただきますと、これまで 3 つのアカウントに分かれていた認定資格と受験履歴をすべてまとめてご覧いただけます。

{B_OLD1} および {B_OLD2} は閉鎖いたしましたので、今後はサインインにご利用いただけません。
また、認定特典（次回受験 50% 割引バウチャー等）も {B_KEEP} に引き継がれております。

Credly のデジタルバッジにつきましては、反映までに数営業日かかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = f"""
2025年5月29日(木) 21:30 渡辺 健二 <{B_RCPT}>:
> 佐藤様
>
> ピアソン VUE の予約はキャンセルいたしました。
> よろしくお願いいたします。
"""
    body = part(new + quoted, charset='iso-2022-jp', cte='7bit')
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO, B_SUBJ, body, after=aws_after(s))
    add('ja-one-signin-everything-visible', L('merge_completed', B_CASE, [B_KEEP, B_OLD1, B_OLD2], True, 'ja'), raw, new)

    # 15 closure + survey with previous correspondence below (UTF-8) ---------
    d = T('2025-05-30 06:15:02')
    s = aws_sender('no-reply-aws@amazon.com', d, name='アマゾン ウェブ サービス')
    new = f"""渡辺 健二 様

ケース {B_CASE} をクローズいたしました。
このたびは AWS トレーニングと認定をご利用いただき、誠にありがとうございました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします（所要時間 1 分程度）。

問題は解決しましたか？
　はい: https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={B_CASE}&lang=ja&q1=yes
　いいえ: https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={B_CASE}&lang=ja&q1=no

クローズ後 14 日以内に本メールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定 カスタマーサポート
"""
    quoted = f"""
---------- これまでのやり取り ----------
送信者: AWS トレーニングと認定 <{FORM}>
日時: 2025年5月30日 15:12

本日より、{B_KEEP} にサインインしていただきますと、これまで 3 つのアカウントに分かれていた認定資格と受験履歴をすべてまとめてご覧いただけます。
{B_OLD1} および {B_OLD2} は閉鎖いたしました。
"""
    hq = htmlify(new) + '<blockquote style="border-left:2px solid #ccc;margin:0;padding-left:10px;color:#666;">' + htmlify(quoted) + '</blockquote>'
    body = multi('alternative', [part(new + quoted, cte='b64'), part(aws_html(hq), 'html', cte='b64')], b_ses())
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO,
                   hdr_enc(f'ケース {B_CASE} はクローズされました：アンケートのお願い', 'utf-8', 'b'),
                   body, after=aws_after(s))
    add('ja-case-closed-survey-history-below', L('survey', B_CASE, [], True, 'ja'), raw, new)

    # 16 survey reminder, labelled Shift_JIS but cp932 chars ------------------
    d = T('2025-06-02 00:30:00')
    s = aws_sender('no-reply-aws@amazon.com', d)
    new = f"""渡辺 健二 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
ケース番号 {B_CASE} の対応につきまして、アンケートへのご回答をまだいただいておりません。
お手数ですが、以下の２つの質問にお答えいただけますと幸いです。

　① 問題は解決しましたか？
　② 担当者の対応にどの程度満足されましたか？（５段階）

▼アンケートはこちら
https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={B_CASE}&lang=ja

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
※アンケートの回答期限は2025年6月9日です。

――――――――――――――――――――
AWS トレーニングと認定
――――――――――――――――――――
"""
    body = part(new, charset='shift_jis', codec='cp932', cte='b64', label='Shift_JIS')
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO,
                   hdr_enc('【リマインダー】アンケートご協力のお願い（ケース ' + B_CASE + '）', 'shift_jis', 'b'),
                   body, after=aws_after(s))
    add('ja-survey-reminder-sjis', L('survey', B_CASE, [], True, 'ja'), raw, new)

    # 17 Credly, localized Japanese -----------------------------------------
    d = T('2025-06-03 02:18:44')
    s = credly_sender(d)
    burl = f'https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}?locale=ja'
    new = f"""健二さん、Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified Security – Specialty

バッジを受け取ると、プロフィールに追加して LinkedIn などで共有できるようになります。

バッジを受け取る: {burl}

このメールは Credly に登録されているメールアドレス宛に送信されています。
Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
    h = credly_html('健二さん、新しいバッジが発行されました',
                    ['Amazon Web Services Training and Certification からバッジが発行されました。',
                     'バッジを受け取ると、プロフィールに追加して LinkedIn などで共有できるようになります。'],
                    [('AWS Certified Security – Specialty', 'https://images.credly.com/size/340x340/images/53acdae5-d69f-4dda-b650-d02ed7a50dd7/image.png')],
                    'バッジを受け取る', burl)
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(jp_env(s, B_RCPT, 'biglobe'), s, B_TO,
                   hdr_enc('Amazon Web Services Training and Certification からバッジが発行されました', 'utf-8', 'q'),
                   body, after=credly_after())
    add('ja-credly-badge-issued', L('credly_badge_issued', None, [], True, 'ja'), raw, new)


BATCHES.append(batch2)

# ---------------------------------------------------------------- batch 3
# Case C: Priya Raman, console case, three accounts, Outlook.com
C_OPEN = T('2025-06-10 04:55:20')
C_CASE = case15(C_OPEN, '06273')
C_KEEP, C_OLD1, C_OLD2 = 'AWS55206614', 'AWS62038871', 'AWS70914452'
C_RCPT = 'priya.raman@outlook.com'
C_TO = 'Priya Raman <priya.raman@outlook.com>'
C_CSUBJ = 'Merge three Certification accounts into one'
NOREPLY = 'no-reply-aws@amazon.com'


def batch3():
    # 18 console case opened ------------------------------------------------
    d = C_OPEN + dt.timedelta(seconds=12)
    s = aws_sender(NOREPLY, d)
    new = f"""Thank you for contacting Amazon Web Services. We have opened case {C_CASE} to address your issue.

The details of your case are as follows:

Case ID: {C_CASE}
Subject: {C_CSUBJ}
Severity: General guidance
Correspondence: Hello, over the years I ended up with three AWS Certification accounts (one from university, one from my first employer and my current one). I would like all certifications to be under my current account. Please advise.

Thank you for choosing Amazon Web Services.

{console_footer(C_CASE)}"""
    body = part(new, cte='qp')
    raw = assemble(outlook_env(s, C_RCPT), s, C_TO,
                   f'Amazon Web Services: You have opened a new Support case: {C_CASE}', body,
                   after=aws_after(s) + outlook_trailer())
    add('console-new-case-opened', L('case_created', C_CASE, [], True, 'en'), raw, new)

    # 19 new correspondence notice ---------------------------------------
    d = T('2025-06-11 06:20:44')
    s = aws_sender(NOREPLY, d)
    new = f"""Hello,

We've updated your support case {C_CASE}. A new correspondence has been added by an AWS Support agent.

To view the update and reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

Subject: {C_CSUBJ}

Sincerely,
Amazon Web Services

This is an automated message. Please do not reply to this e-mail.
"""
    body = multi('alternative', [part(new, cte='7bit', charset='us-ascii'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(outlook_env(s, C_RCPT), s, C_TO, f'[Case {C_CASE}] New correspondence added', body,
                   after=aws_after(s) + outlook_trailer())
    add('new-correspondence-added', L('support_reply', C_CASE, [], True, 'en'), raw, new)

    # 20 chaser: which account to keep (non-native) ------------------------
    d = T('2025-06-14 05:02:33')
    s = aws_sender(NOREPLY, d)
    new = f"""Hello Priya,

Greetings from AWS Training and Certification team!

We are following up on this case since we have not get any response for our previous query. For proceeding further with your request, kindly let us know which one from below candidate IDs you wish to retain as the primary one:

- {C_KEEP}
- {C_OLD1}
- {C_OLD2}

Also please share the e-mail address you are using currently to login for the account which you will retain. Once we receive this details, we shall process the request further.

If we do not receive response within 7 days, case will be moved to resolved state automatically.

{CONSOLE_RATE}

Best regards,
Ravi S.
Amazon Web Services
{console_footer(C_CASE)}"""
    body = part(new, cte='qp')
    raw = assemble(outlook_env(s, C_RCPT), s, C_TO, f'RE:[CASE {C_CASE}] {C_CSUBJ}', body,
                   after=aws_after(s) + outlook_trailer())
    add('chaser-which-id-to-retain', L('support_reply', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en'), raw, new)

    # 21 completion: three folded into one ---------------------------------
    d = T('2025-06-17 11:48:05')
    s = aws_sender(NOREPLY, d)
    new = f"""Hello Priya,

Thank you for your patience while our certification team worked on this.

The university and first-employer profiles (AWS-62038871 and aws 70914452) have now been folded into your current profile, AWS 55206614. Everything - four certifications, your exam history and your recertification dates - now sits under that single candidate ID, and you sign in with priya.raman@outlook.com. The two older profiles are no longer accessible.

Your Credly badges should follow in the coming days; you will receive an e-mail from Credly for each of them.

{CONSOLE_RATE}

Best regards,
Mei L.
Amazon Web Services
{console_footer(C_CASE)}"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='b64')], b_ses())
    raw = assemble(outlook_env(s, C_RCPT), s, C_TO, f'RE:[CASE {C_CASE}] {C_CSUBJ}', body,
                   after=aws_after(s) + outlook_trailer())
    add('three-profiles-folded-into-one', L('merge_completed', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en'), raw, new)

    # 22 Credly: multiple badges waiting ------------------------------------
    d = T('2025-06-19 14:33:10')
    s = credly_sender(d)
    burl = 'https://www.credly.com/earner/earned?utm_campaign=pending_badges&utm_source=email'
    badges = [('AWS Certified Solutions Architect – Professional', 'https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png'),
              ('AWS Certified DevOps Engineer – Professional', 'https://images.credly.com/size/340x340/images/bd31ef42-d460-493e-8503-39592aaf0458/image.png'),
              ('AWS Certified Data Engineer – Associate', 'https://images.credly.com/size/340x340/images/5f9d9b9b-d0a8-4c6e-9d2d-7e0e07f2b1c7/image.png')]
    new = f"""Priya, you have 3 new badges from Amazon Web Services Training and Certification

The following badges have been issued to priya.raman@outlook.com and are ready for you to accept:

- AWS Certified Solutions Architect – Professional
- AWS Certified DevOps Engineer – Professional
- AWS Certified Data Engineer – Associate

Accept your badges: {burl}

Once accepted, your badges can be shared on LinkedIn, added to your e-mail signature, and verified by employers.
"""
    h = credly_html('Priya, you have 3 new badges!',
                    ['The following badges from Amazon Web Services Training and Certification have been issued to priya.raman@outlook.com and are ready for you to accept.'],
                    badges, 'Accept your badges', burl.replace('&', '&amp;'))
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(outlook_env(s, C_RCPT), s, C_TO, 'You have 3 new badges waiting for you on Credly',
                   body, after=credly_after() + outlook_trailer())
    add('credly-three-badges-ready', L('credly_badge_issued', None, [], True, 'en'), raw, new)

    # 23 console closure / rate -------------------------------------------
    d = T('2025-06-20 12:00:17')
    s = aws_sender(NOREPLY, d)
    new = f"""Hello,

We've resolved your support case {C_CASE}: "{C_CSUBJ}".

If you need further assistance with this issue, you can reopen the case within 14 days from the AWS Support Center. After that, please open a new case and reference case ID {C_CASE}.

How did we do? Your feedback helps us improve:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en&rate=true

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(outlook_env(s, C_RCPT), s, C_TO,
                   f'Amazon Web Services: Your Support case {C_CASE} has been resolved', body,
                   after=aws_after(s) + outlook_trailer())
    add('console-case-resolved-how-did-we-do', L('survey', C_CASE, [], True, 'en'), raw, new)

    # 24 Credly expiry reminder (unrelated) ----------------------------------
    d = T('2025-08-02 15:10:09')
    s = credly_sender(d, name='Credly')
    rurl = 'https://aws.amazon.com/certification/recertification/'
    new = f"""Hi Priya,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on October 1, 2025.

Once a badge expires it will still be visible on your profile, but it will be marked as expired. To keep your credential current, review the issuer's recertification requirements:
{rurl}

View your badge: https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}

The Credly Team
"""
    h = credly_html('Your badge expires in 60 days',
                    ['Hi Priya,', 'Your badge <b>AWS Certified Cloud Practitioner</b>, issued by Amazon Web Services Training and Certification, will expire on <b>October 1, 2025</b>.',
                     'Once a badge expires it will still be visible on your profile, but it will be marked as expired. To keep your credential current, review the issuer\'s recertification requirements.'],
                    [('AWS Certified Cloud Practitioner', 'https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png')],
                    'View recertification options', rurl)
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(outlook_env(s, C_RCPT), s, C_TO, 'Your AWS Certified Cloud Practitioner badge expires in 60 days',
                   body, after=credly_after() + outlook_trailer())
    add('credly-badge-expiry-reminder', L('unrelated', None, [], True, 'en'), raw, new)


BATCHES.append(batch3)

# ---------------------------------------------------------------- batch 4
def other_sender(name, addr_, date, ip, helo, mailfrom=None, dkim=None, spf='pass',
                 dmarc=('pass', 'NONE'), msgid=None, charset='utf-8', sel='default', sign=True):
    s = Sender('other', name, addr_, date, charset)
    s.ip, s.helo = ip, helo
    s.mailfrom = mailfrom or addr_
    s.msgid = msgid or '<%s.%s@%s>' % (rhex(16), R.randint(1000, 9999), helo)
    dom = addr_.split('@')[1]
    s.dkim = [('pass', dom, sel)] if dkim is None else dkim
    s.spf, s.dmarc = spf, dmarc
    if sign:
        s.sender_headers = [dkim_sig(d_, sl, int(date.timestamp()), 'from:to:subject:date:message-id:mime-version:content-type')
                            for (_r, d_, sl) in s.dkim]
    return s


def batch4():
    # 25 console closure that carries the completion ------------------------
    L_OPEN = T('2025-07-14 08:20:51')
    L_CASE = case15(L_OPEN, '55802')
    keep, old = 'AWS84410276', 'AWS19037752'
    rc = 'tomasz.nowak.it@gmail.com'
    d = T('2025-07-16 13:05:40')
    s = aws_sender(NOREPLY, d)
    new = f"""Hello,

We've resolved your support case {L_CASE}: "Certification account merge".

Resolution summary from your support engineer:
Your two certification accounts have been combined. {keep} is now the only active candidate ID and lists all of your certifications; {old} has been closed and can no longer be used to sign in.

If you need further assistance with this issue, you can reopen the case within 14 days from the AWS Support Center.

How did we do? Rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={L_CASE}&language=en&rate=true

Sincerely,
Amazon Web Services
"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc), s, f'Tomasz Nowak <{rc}>',
                   f'Amazon Web Services: Your Support case {L_CASE} has been resolved', body,
                   after=aws_after(s))
    add('resolved-notice-with-merge-summary', L('merge_completed', L_CASE, [keep, old], True, 'en'), raw, new)

    # 26 JA completion + closure, Shift_JIS, nifty -------------------------
    E_OPEN = T('2025-07-08 01:10:42')
    E_CASE = case15(E_OPEN, '71936')
    keep, old = 'AWS73318026', 'AWS29964410'
    rc = 'aya.yamamoto@nifty.com'
    d = T('2025-07-10 02:31:18')
    s = aws_sender(FORM, d)
    new = f"""山本 彩 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの田中でございます。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしました。
今後は {keep} にてサインインいただき、認定資格の一覧をご確認ください。
統合元の {old} はご利用いただけなくなっております。

本件につきましては、これをもちましてケースをクローズさせていただきます。
よろしければ、今回の対応についてアンケートにご協力ください。
https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={E_CASE}&lang=ja

このたびはお問い合わせいただき、誠にありがとうございました。

田中
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = f"""
________________________________
差出人: 山本 彩 <{rc}>
送信日時: 2025年7月9日 10:22
宛先: Amazon Web Services <{FORM}>
件名: RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance

田中様

ご連絡ありがとうございます。
記載の内容で問題ございません。統合を進めてください。

山本
"""
    body = part(new + quoted, charset='shift_jis', cte='b64', label='Shift_JIS')
    raw = assemble(jp_env(s, rc, 'nifty'), s, hdr_enc('山本 彩', 'iso-2022-jp', name='To') + f' <{rc}>',
                   f'RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('ja-completed-and-closed-sjis', L('merge_completed', E_CASE, [keep, old], True, 'ja'), raw, new)

    # 27 non-native completion ------------------------------------------------
    G_OPEN = T('2025-08-04 03:47:09')
    G_CASE = case15(G_OPEN, '30458')
    keep, old = 'AWS46671209', 'AWS90218853'
    rc = 'lan.nguyen.dev@gmail.com'
    d = T('2025-08-06 09:13:27')
    s = aws_sender(FORM, d)
    new = f"""Dear Lan,

Hope you are doing well.

This is to inform you that your request for merging the certification accounts is processed successfully from our end. Now all of your exam history and certifications are reflecting under the candidate ID {keep} and the other candidate ID {old} is deactivated. Kindly login with your registered email {rc} to verify the same.

Please note that it may take 24-48 hours for the changes to be reflected in Credly.

Request you to kindly let us know if any further assistance required, we will be happy to help.

Thanks & Regards,
Pooja R.
AWS Training & Certification Support
"""
    quoted = f"""
On Tue, Aug 5, 2025 at 8:40 AM Nguyen Thi Lan <{rc}> wrote:
> Hi, yes that is correct, please merge {old} into {keep}.
> Thank you!
"""
    body = multi('alternative', [part(new + quoted, cte='qp'), part(aws_html(htmlify(new) + '<br><div class="gmail_quote">' + htmlify(quoted) + '</div>'), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc), s, f'Nguyen Thi Lan <{rc}>',
                   f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('processed-successfully-non-native', L('merge_completed', G_CASE, [keep, old], True, 'en'), raw, new)

    # 28 reopened case: missing record moved -----------------------------------
    K_OPEN = T('2025-07-02 07:31:00')
    K_CASE = case15(K_OPEN, '12690')
    keep, old = 'AWS71205539', 'AWS33860147'
    rc = 'sophie.laurent.cloud@gmail.com'
    d = T('2025-07-22 15:27:49')
    s = aws_sender(FORM, d)
    new = f"""Bonjour Sophie,

Thank you for reopening the case and for the screenshot.

You were right: when your profiles were combined last week, the SysOps Administrator - Associate record from AWS-33860147 stayed behind, because it had been earned under a different spelling of your surname. I have corrected the name on that record and moved it across. If you sign in now, you should see it next to your other three certifications under AWS-71205539, and the old candidate ID no longer holds anything.

Sorry for the inconvenience this caused.

Kind regards,
Hannah W.
AWS Training and Certification Customer Support
"""
    quoted = f"""
Le lun. 21 juil. 2025 à 09:14, Sophie Laurent <{rc}> a écrit :
> Hello,
>
> I'm reopening this case: after the merge I can only see three of my four
> certifications. The SysOps Administrator - Associate (taken in 2023 under
> my maiden name Laurent-Petit) is missing. Screenshot attached.
>
> Thanks,
> Sophie
>
> Le ven. 11 juil. 2025 à 17:02, Amazon Web Services <{FORM}> a écrit :
> > Hello Sophie,
> >
> > Your certification accounts have been merged. {keep} is your primary
> > candidate ID.
"""
    body = part(new + quoted, cte='8bit')
    raw = assemble(gmail_env(s, rc), s, f'Sophie Laurent <{rc}>',
                   f'RE:[CASE {K_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('reopened-missing-cert-moved-across', L('merge_completed', K_CASE, [keep, old], True, 'en'), raw, new)

    # 29 2022 case, 11-digit, Outlook, "has now gone through" -------------------
    D_CASE = '10874562913'
    keep, old = 'AWS63390417', 'AWS08815530'
    rc = 'marco.bianchi84@hotmail.it'
    d = T('2022-09-08 16:42:11')
    s = aws_sender(FORM, d)
    new = f"""Hi Marco,

Thank you for your patience.

The consolidation you confirmed on 5 September has now gone through – your exam history from {old} sits under {keep} together with everything else, and the old candidate ID can no longer be used to sign in. There’s nothing else needed from your side.

Best regards,
Ayesha N.
AWS Training and Certification Customer Support
"""
    quoted = f"""
From: Marco Bianchi <{rc}>
Sent: Monday, September 5, 2022 6:12 PM
To: Amazon Web Services <{FORM}>
Subject: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Hello,
The details are correct, please go ahead.
Marco

From: Amazon Web Services <{FORM}>
Sent: Monday, September 5, 2022 11:03 AM
To: Marco Bianchi <{rc}>
Subject: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Dear Marco,
Please confirm us that account {old} has to be merge in to {keep}, which will remain as primary...
"""
    body = multi('alternative', [part(new + quoted, cte='qp', label='iso-8859-1'), part(aws_html(htmlify(new) + '<hr>' + htmlify(quoted)), 'html', cte='qp')], b_ses())
    raw = assemble(outlook_env(s, rc, tenant='eurprd09'), s, f'Marco Bianchi <{rc}>',
                   f'RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s) + outlook_trailer())
    add('2022-consolidation-gone-through', L('merge_completed', D_CASE, [keep, old], True, 'en'), raw, new)

    # 30 phishing "completed" from look-alike domain ---------------------------
    N_CASE = case15(T('2025-09-29 10:11:32'), '44219')
    rc = 'r.oyelaran@gmail.com'
    d = T('2025-10-01 05:44:03')
    s = other_sender('AWS Training and Certification', 'notifications@aws-certification-services.com', d,
                     '185.224.138.71', 'mail.aws-certification-services.com',
                     mailfrom='bounce@aws-certification-services.com',
                     dkim=[('pass', 'aws-certification-services.com', 'mail')], dmarc=('pass', 'NONE'))
    new = f"""Dear Candidate,

Your AWS Certification account merge request (Case {N_CASE}) has been successfully completed. Your certifications are now consolidated under AWS 52710384.

IMPORTANT: To keep your exam benefits and digital badges, you must re-validate the merged account within 48 hours:
https://aws-certification-services.com/validate?id=AWS52710384&case={N_CASE}

Accounts that are not validated will be suspended and the certifications revoked.

Regards,
AWS Training and Certification
"""
    h = '<html><body style="font-family:Arial"><img src="https://aws-certification-services.com/img/aws.png" width="90"><br>' + htmlify(new).replace(
        'https://aws-certification-services.com/validate?id=AWS52710384&amp;case=' + N_CASE,
        f'<a href="https://aws-certification-services.com/validate?id=AWS52710384&amp;case={N_CASE}">Validate my account</a>') + '</body></html>'
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], '=_%s' % rhex(24))
    raw = assemble(gmail_env(s, rc), s, f'<{rc}>', f'[Case {N_CASE}] Account merge completed - action required',
                   body, extra=['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'])
    add('phish-merge-completed-lookalike', L('merge_completed', N_CASE, ['AWS52710384'], False, 'en'), raw, new)

    # 31 HTML-only completion, corporate relay, no AR ---------------------------
    M_OPEN = T('2025-08-19 13:02:45')
    M_CASE = case15(M_OPEN, '90117')
    keep, old = 'AWS64025518', 'AWS11847093'
    rc = 'james.whitfield@halden-partners.co.uk'
    d = T('2025-08-21 10:18:36')
    s = aws_sender(FORM, d)
    inner = f"""<p>Hello James,</p>
<p>Following your confirmation, your certification records are now held under one candidate ID: <b>{keep}</b>.</p>
<p>Your previous ID, <b>{old}</b>, has been deactivated and its exam history transferred. From now on, please sign in with <a href="mailto:{rc}">{rc}</a>.</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Advanced Networking &ndash; Specialty</li><li>AWS Certified Cloud Practitioner</li></ul>
<p>You can download updated certificates from the <a href="https://www.aws.training/Certification">Certification Account</a> page.</p>
<p>Kind regards,<br>Niamh C.<br>AWS Training and Certification Customer Support</p>
<p style="color:#687078;font-size:12px;">Case ID: {M_CASE}</p>"""
    h = aws_html(inner)
    body = part(h, 'html', cte='qp')
    raw = assemble(corp_env(s, rc, relay='mail-gw01.halden-partners.co.uk'), s, f'"Whitfield, James" <{rc}>',
                   f'RE:[CASE {M_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s), crlf=True)
    add('html-only-records-under-one-id-no-ar', L('merge_completed', M_CASE, [keep, old], None, 'en'), raw, h)

    # 32 JA HTML-only completion (no done-words), OCN --------------------------
    F_OPEN = T('2025-09-16 00:48:13')
    F_CASE = case15(F_OPEN, '27714')
    rc = 'd-hayashi@dune.ocn.ne.jp'
    d = T('2025-09-18 05:20:09')
    s = aws_sender(FORM, d)
    inner = f"""<p>林 大輔 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの中村でございます。<br>
お待たせしております件につき、ご報告いたします。</p>
<p>今後は <b>AWS 25590731</b> のみでサインインしていただけます。<br>
これまで AWS 80642219 に登録されていた認定資格（AWS Certified Machine Learning - Specialty）および受験履歴は、<b>AWS 25590731</b> の認定一覧に表示されるようになっております。</p>
<p>また、AWS 80642219 でのサインインはできなくなっておりますので、ご注意ください。</p>
<p>ご不明な点がございましたら、お気軽に本メールへご返信ください。</p>
<p>中村<br>AWS トレーニングと認定 カスタマーサポート</p>"""
    h = aws_html(inner)
    body = part(h, 'html', cte='qp')
    raw = assemble(jp_env(s, rc, 'ocn'), s, hdr_enc('林 大輔', 'iso-2022-jp', name='To') + f' <{rc}>',
                   f'RE:[CASE {F_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('ja-html-only-sign-in-with-one-id', L('merge_completed', F_CASE, ['AWS25590731', 'AWS80642219'], True, 'ja'), raw, h)

    # 33 completion plus a question about something else ------------------------
    O_OPEN = T('2025-10-06 18:25:57')
    O_CASE = case15(O_OPEN, '63205')
    keep, old = 'AWS39027764', 'AWS57718230'
    rc = 'alejandro.ruiz.m@gmail.com'
    d = T('2025-10-08 14:02:50')
    s = aws_sender(FORM, d)
    new = f"""Hi Alejandro,

Your two candidate IDs are now one: from today, {keep} holds both your Cloud Practitioner and your Machine Learning Engineer - Associate certifications, and {old} is closed.

Separately, in your first message you asked whether you can take the Solutions Architect - Associate exam in Spanish. Could you let me know in which country you plan to test? Language availability depends on the test centre and delivery method, and I'd like to send you the right information.

Best,
Carlos P.
AWS Training and Certification Customer Support
"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc), s, f'Alejandro Ruiz <{rc}>',
                   f'RE:[CASE {O_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('ids-now-one-plus-exam-language-question', L('merge_completed', O_CASE, [keep, old], True, 'en'), raw, new)

    # 34 2019, 10-digit case, explicit wording --------------------------------
    H_CASE = '6293847151'
    keep, old = 'AWS00725519', 'AWS01388420'
    rc = 'hannah.schmidt.ffm@gmail.com'
    d = T('2019-10-22 12:37:04')
    s = aws_sender('aws-certification-support@amazon.com', d, name='AWS Training and Certification')
    new = f"""Dear Hannah,

Thank you for contacting AWS Training and Certification.

We have merged your certification accounts as requested. Your certification history, including AWS Certified Solutions Architect - Associate (Validation Number 7QK2XWPB1M4EQ3LS), is now associated with candidate ID {keep}. Candidate ID {old} has been deactivated.

Please log in to your AWS Certification Account at https://www.aws.training/Certification using your primary e-mail address to review your records.

Regards,
AWS Certification Team
"""
    body = part(new, cte='7bit', charset='us-ascii')
    raw = assemble(gmail_env(s, rc, arc_sel='arc-20160816'), s, f'Hannah Schmidt <{rc}>',
                   f'RE: [CASE {H_CASE}] Certification account merge request', body, after=aws_after(s))
    add('2019-accounts-merged-10-digit', L('merge_completed', H_CASE, [keep, old], True, 'en'), raw, new)


BATCHES.append(batch4)

# ---------------------------------------------------------------- batch 5
def batch5():
    # 35 survey phish spoofing amazon.com, dmarc=fail ------------------------
    P_CASE = case15(T('2025-08-25 16:40:02'), '07781')
    rc = 'bogdan.ionescu.ro@gmail.com'
    d = T('2025-09-02 07:15:48')
    s = other_sender('Amazon Web Services', 'no-reply-aws@amazon.com', d, '91.215.85.140',
                     'vps-2291.hosted-eu.net', mailfrom='info@vps-2291.hosted-eu.net',
                     dkim=[], spf='softfail', dmarc=('fail', 'QUARANTINE'), sign=False,
                     msgid=f'<{rhex(20)}@vps-2291.hosted-eu.net>')
    new = f"""Hello,

Thank you for contacting AWS Support about the merge of your certification accounts (case {P_CASE}).

We would love to hear about your experience. Complete our 1-minute satisfaction survey and receive a US$100 AWS Promotional Credit as a thank-you:

https://aws-support-feedback.net/survey?case={P_CASE}

To receive your credit you will be asked to sign in with your AWS account.

Sincerely,
Amazon Web Services
"""
    h = '<html><body>' + htmlify(new) + '<p><a href="https://aws-support-feedback.net/survey?case=' + P_CASE + '" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Start the survey</a></p></body></html>'
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], 'b1_' + rhex(32))
    raw = assemble(gmail_env(s, rc), s, rc, f'How did we do? Your case {P_CASE} - claim your $100 credit', body,
                   extra=['X-Priority: 3', 'X-Mailer: Microsoft Outlook 16.0'])
    add('phish-survey-spoofed-dmarc-fail', L('survey', P_CASE, [], False, 'en'), raw, new)

    # 36 closed for inactivity, confirm request only in quoted part -------------
    I_CASE = P_CASE  # same user; the genuine case
    keep, old = 'AWS36620981', 'AWS94410072'
    d = T('2025-09-04 09:00:12')
    s = aws_sender(FORM, d)
    new = f"""Hello Bogdan,

We have not heard back from you for 7 days, so we have resolved case {I_CASE} and no changes have been made to your accounts.

If you still wish to go ahead, simply reply to this e-mail with your confirmation within 14 days and the case will be reopened where we left off.

We would appreciate your feedback on the support you received:
https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={I_CASE}

Regards,
AWS Training and Certification Customer Support
"""
    quoted = f"""
-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Wednesday, August 27, 2025 11:20 AM
To: bogdan.ionescu.ro@gmail.com
Subject: RE:[CASE {I_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Hello Bogdan,

We found two certification accounts in your name: {keep} and {old}. As requested, {old} will be merged into {keep}, which will remain your primary account. Please note this cannot be undone.

Please reply to confirm that you would like us to proceed.
"""
    body = part(new + quoted, cte='qp')
    raw = assemble(gmail_env(s, rc), s, f'Bogdan Ionescu <{rc}>',
                   f'RE:[CASE {I_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('closed-no-reply-confirm-in-quote', L('survey', I_CASE, [], True, 'en'), raw, new)

    # 37 closure: user decided to keep both accounts ---------------------------
    J_OPEN = T('2025-06-23 02:14:55')
    J_CASE = case15(J_OPEN, '58306')
    a1, a2 = 'AWS48803317', 'AWS65129904'
    rc = 'wen.zhao.sg@gmail.com'
    d = T('2025-06-25 03:30:21')
    s = aws_sender(FORM, d)
    new = f"""Hello Wen,

Thank you for letting us know that you would prefer to keep your employer-sponsored account separate for now.

As discussed, no changes have been made: {a1} and {a2} remain two independent certification accounts. We are closing this case. If you change your mind later, you are welcome to submit a new request through the contact form.

Please take a moment to rate your experience with us:
https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={J_CASE}

Warm regards,
Divya K.
AWS Training and Certification Customer Support
"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc), s, f'Wen Zhao <{rc}>',
                   f'RE:[CASE {J_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('closed-user-keeps-both-accounts', L('survey', J_CASE, [a1, a2], True, 'en'), raw, new)

    # 38 NPS-style HTML-only survey ------------------------------------------
    O_CASE = case15(T('2025-10-06 18:25:57'), '63205')
    rc = 'alejandro.ruiz.m@gmail.com'
    d = T('2025-10-13 16:00:00')
    s = aws_sender('aws-tc-survey@amazon.com', d, name='AWS Training and Certification')
    cells = ''.join(f'<td align="center" style="padding:2px;"><a href="https://survey.aws-tc.amazon.com/nps/{rhex(12)}?case={O_CASE}&amp;score={k}" style="display:block;width:30px;padding:6px 0;border:1px solid #aab7b8;color:#16191f;text-decoration:none;">{k}</a></td>' for k in range(0, 11))
    inner = f"""<p>Hi Alejandro,</p>
<p>You recently contacted AWS Training and Certification Customer Support (case {O_CASE}). We'd like to hear how it went.</p>
<p><b>How likely are you to recommend our support to a friend or colleague?</b></p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>{cells}</tr>
<tr><td colspan="5" style="font-size:11px;color:#687078;">Not at all likely</td><td></td><td colspan="5" align="right" style="font-size:11px;color:#687078;">Extremely likely</td></tr></table>
<p>The survey takes less than two minutes. Your answers are anonymous and are used only to improve our service.</p>
<p>Thank you,<br>AWS Training and Certification</p>"""
    h = aws_html(inner, footer=f'<a href="https://survey.aws-tc.amazon.com/optout/{rhex(20)}">Opt out of surveys</a><br>')
    body = part(h, 'html', cte='qp')
    raw = assemble(gmail_env(s, rc), s, f'Alejandro Ruiz <{rc}>',
                   'How likely are you to recommend AWS Training and Certification support?', body,
                   after=aws_after(s))
    add('nps-survey-html-only', L('survey', O_CASE, [], True, 'en'), raw, h)

    # 39 JA closure, ISO-2022-JP ---------------------------------------------
    F_CASE = case15(T('2025-09-16 00:48:13'), '27714')
    rc = 'd-hayashi@dune.ocn.ne.jp'
    d = T('2025-09-25 01:00:40')
    s = aws_sender(NOREPLY, d)
    new = f"""林 大輔 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございます。

最終のご連絡から 7 日間ご返信がございませんでしたので、ケース {F_CASE} を解決済みとさせていただきました。
引き続きサポートが必要な場合は、14 日以内にこのケースを再開していただけます。

よろしければ、今回の対応に関する満足度調査にご協力をお願いいたします。
https://survey.aws-tc.amazon.com/r/{rhex(16)}?case={F_CASE}&lang=ja

今後ともよろしくお願い申し上げます。

アマゾン ウェブ サービス
"""
    body = part(new, charset='iso-2022-jp', cte='7bit')
    raw = assemble(jp_env(s, rc, 'ocn'), s, hdr_enc('林 大輔', 'iso-2022-jp', name='To') + f' <{rc}>',
                   hdr_enc(f'アマゾン ウェブ サービス: ケース {F_CASE} は解決済みです', 'iso-2022-jp'),
                   body, after=aws_after(s))
    add('ja-resolved-satisfaction-survey-jis', L('survey', F_CASE, [], True, 'ja'), raw, new)

    # 40 2022 confirm request, non-native, Outlook ------------------------------
    D_CASE = '10874562913'
    keep, old = 'AWS63390417', 'AWS08815530'
    rc = 'marco.bianchi84@hotmail.it'
    d = T('2022-09-05 09:03:27')
    s = aws_sender(FORM, d)
    new = f"""Dear Marco,

Greetings of the day!

As per your request we have checked and found below two accounts registered with us:

Candidate ID: {keep} | Email: {rc} | Certifications: 2
Candidate ID: {old} | Email: m.bianchi@sistemi-nord.it | Certifications: 1

Please confirm us that account {old} has to be merge in to {keep}, which will remain as primary account. Kindly note that once merged, the action cannot be revert.

Awaiting for your confirmation to proceed further.

Regards,
Ayesha N.
AWS Training and Certification Customer Support
"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(outlook_env(s, rc, tenant='eurprd09'), s, f'Marco Bianchi <{rc}>',
                   f'RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s) + outlook_trailer())
    add('2022-confirm-merge-in-to-primary', L('merge_confirmation_requested', D_CASE, [keep, old], True, 'en'), raw, new)

    # 41 2022 Credly badge moved, Outlook --------------------------------------
    d = T('2022-09-12 20:11:05')
    s = credly_sender(d)
    burl = f'https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}'
    new = f"""Marco, Amazon Web Services Training and Certification has issued you a new badge: AWS Certified SysOps Administrator – Associate.

Claim it now to show it off on your Credly profile and on social networks.

Accept badge: {burl}
"""
    h = credly_html('Congratulations, Marco!', ['Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified SysOps Administrator – Associate</b>.', 'Claim it now to show it off on your Credly profile and on social networks.'],
                    [('AWS Certified SysOps Administrator – Associate', 'https://images.credly.com/size/340x340/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png')],
                    'Accept badge', burl)
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(outlook_env(s, rc, tenant='eurprd09'), s, f'Marco Bianchi <{rc}>',
                   'Congratulations, Marco! You have a new badge from Amazon Web Services Training and Certification',
                   body, after=credly_after() + outlook_trailer())
    add('2022-credly-new-badge-outlook', L('credly_badge_issued', None, [], True, 'en'), raw, new)

    # 42 voucher follow-up (support_reply, not about the merge) ------------------
    G_CASE = case15(T('2025-08-04 03:47:09'), '30458')
    rc = 'lan.nguyen.dev@gmail.com'
    d = T('2025-08-08 04:25:16')
    s = aws_sender(FORM, d)
    new = f"""Dear Lan,

Thank you for writing back.

Regarding your query on the 50% exam discount: the voucher is shown in the Benefits section when you sign in to AWS46671209. Kindly note that the voucher is single-use and valid until the expiry date of the certification it was earned with. If it is not visible there, please share a screenshot of the Benefits page and we will check further.

Thanks & Regards,
Pooja R.
AWS Training & Certification Support
"""
    quoted = f"""
On Thu, Aug 7, 2025 at 7:02 PM Nguyen Thi Lan <{rc}> wrote:
> Thank you! Everything looks fine now. One more question: where can I find
> the 50% voucher from my old account?
>
> On Wed, Aug 6, 2025 at 4:13 PM Amazon Web Services <{FORM}> wrote:
> > Dear Lan,
> > This is to inform you that your request for merging the certification
> > accounts is processed successfully from our end. Now all of your exam
> > history and certifications are reflecting under the candidate ID
> > AWS46671209 and the other candidate ID AWS90218853 is deactivated.
"""
    body = part(new + quoted, cte='qp')
    raw = assemble(gmail_env(s, rc), s, f'Nguyen Thi Lan <{rc}>',
                   f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                   body, after=aws_after(s))
    add('voucher-question-answer', L('support_reply', G_CASE, ['AWS46671209'], True, 'en'), raw, new)


BATCHES.append(batch5)

# ---------------------------------------------------------------- batch 6
def batch6():
    # 43 Acclaim (older Credly domain), 2019 -------------------------------------
    rc = 'hannah.schmidt.ffm@gmail.com'
    d = T('2019-10-28 18:02:33')
    s = credly_sender(d, name='Amazon Web Services Training and Certification via Acclaim',
                      addr_='admin@youracclaim.com')
    s.mailfrom = 'bounces+%d-%s-{rcpt}@email.youracclaim.com' % (R.randint(1000000, 9999999), rhex(4))
    s.helo = 'o%d.email.youracclaim.com' % R.randint(1, 9)
    burl = f'https://www.youracclaim.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}'
    new = f"""Hannah, you earned a badge!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to showcase your achievement on your Acclaim profile, LinkedIn and in your e-mail signature.

Accept your badge: {burl}

Acclaim is a product of Credly, Inc.
"""
    h = credly_html('Hannah, you earned a badge!', ['Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect - Associate</b>.',
                                                    'Accept your badge to showcase your achievement on your Acclaim profile, LinkedIn and in your e-mail signature.'],
                    [('AWS Certified Solutions Architect - Associate', 'https://images.youracclaim.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png')],
                    'Accept your badge', burl).replace('credly-logo-email.png', 'acclaim-logo-email.png').replace('alt="Credly"', 'alt="Acclaim"')
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(gmail_env(s, rc, arc_sel='arc-20160816'), s, f'Hannah Schmidt <{rc}>',
                   'Hannah, you earned a badge from Amazon Web Services Training and Certification',
                   body, after=credly_after())
    add('2019-acclaim-badge-earned', L('credly_badge_issued', None, [], True, 'en'), raw, new)

    # 44 Credly look-alike domain about merged badges -------------------------
    rc = 'tomasz.nowak.it@gmail.com'
    d = T('2025-07-18 06:51:20')
    s = other_sender('Credly Badges', 'badges@credly-notify.com', d, '45.88.97.203', 'smtp.credly-notify.com',
                     mailfrom='return@credly-notify.com', dkim=[('pass', 'credly-notify.com', 'k1')],
                     dmarc=('pass', 'NONE'))
    new = """Hello,

Following the merge of your AWS Certification accounts (AWS84410276), 4 badges are ready to be transferred to your Credly profile.

Badges not accepted within 72 hours will be permanently removed.

Accept your transferred badges:
https://credly-notify.com/badges/accept?ref=AWS84410276

Credly Support Team
"""
    h = credly_html('4 badges are ready for you', ['Following the merge of your AWS Certification accounts (AWS84410276), 4 badges are ready to be transferred to your Credly profile.',
                                                   '<b>Badges not accepted within 72 hours will be permanently removed.</b>'],
                    [], 'Accept your transferred badges', 'https://credly-notify.com/badges/accept?ref=AWS84410276')
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(gmail_env(s, rc), s, rc, 'Action required: accept your transferred AWS badges', body)
    add('phish-credly-lookalike-transfer', L('credly_badge_issued', None, ['AWS84410276'], False, 'en'), raw, new)

    # 45 Credly spoof, dmarc=fail, Outlook junk ----------------------------------
    rc = 'priya.raman@outlook.com'
    d = T('2025-06-21 22:14:09')
    s = other_sender('Amazon Web Services Training and Certification via Credly', 'admin@credly.com', d,
                     '103.149.28.14', 'mx1.tbd-hosting.xyz', mailfrom='noreply@mx1.tbd-hosting.xyz',
                     dkim=[('fail', 'credly.com', 's1')], spf='fail', dmarc=('fail', 'REJECT'), sign=True,
                     msgid=f'<{rhex(10)}.{rhex(10)}@mx1.tbd-hosting.xyz>')
    new = """Priya, your badges from your merged AWS Certification account have been issued.

Because your candidate IDs were combined, your badges must be claimed again within 5 days:

- AWS Certified Solutions Architect – Professional
- AWS Certified DevOps Engineer – Professional

Claim badges: https://credly.com.badge-claim.xyz/accept?u=priya.raman

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
    h = credly_html('Priya, your badges have been issued', ['Because your candidate IDs were combined, your badges must be claimed again within 5 days.'],
                    [('AWS Certified Solutions Architect – Professional', 'https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png'),
                     ('AWS Certified DevOps Engineer – Professional', 'https://images.credly.com/size/340x340/images/bd31ef42-d460-493e-8503-39592aaf0458/image.png')],
                    'Claim badges', 'https://credly.com.badge-claim.xyz/accept?u=priya.raman')
    body = multi('alternative', [part(new, cte='b64'), part(h, 'html', cte='b64')], b_rails())
    env = outlook_env(s, rc)
    env = [x.replace('action=none', 'action=oreject').replace('action=quarantine', 'action=oreject') for x in env]
    raw = assemble(env, s, f'Priya Raman <{rc}>', hdr_enc('Your badges from Amazon Web Services Training and Certification were issued – claim them now', 'utf-8', 'q'),
                   body, after=outlook_trailer() + ['X-MS-Exchange-Organization-SCL: 5'])
    add('phish-credly-spoof-dmarc-fail', L('credly_badge_issued', None, [], False, 'en'), raw, new)

    # 46 Credly reminder to accept --------------------------------------------------
    rc = 'tomasz.nowak.it@gmail.com'
    d = T('2025-07-25 15:00:48')
    s = credly_sender(d)
    burl = f'https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}?utm_campaign=badge_reminder'
    new = f"""Tomasz, don't forget to accept your badge

Your AWS Certified Solutions Architect – Associate badge from Amazon Web Services Training and Certification is still waiting for you. Accept it to display it on your profile and let others verify your skills.

Accept your badge: {burl}
"""
    h = credly_html("Tomasz, don't forget to accept your badge", ['Your <b>AWS Certified Solutions Architect – Associate</b> badge from Amazon Web Services Training and Certification is still waiting for you. Accept it to display it on your profile and let others verify your skills.'],
                    [('AWS Certified Solutions Architect – Associate', 'https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png')],
                    'Accept your badge', burl)
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(gmail_env(s, rc), s, f'Tomasz Nowak <{rc}>', "Reminder: your badge is waiting for you",
                   body, after=credly_after())
    add('credly-accept-reminder', L('credly_badge_issued', None, [], True, 'en'), raw, new)

    # 47 Credly through corporate relay, no AR ------------------------------------
    rc = 'james.whitfield@halden-partners.co.uk'
    d = T('2025-08-25 08:41:30')
    s = credly_sender(d)
    burl = 'https://www.credly.com/earner/earned?utm_campaign=pending_badges'
    new = f"""James, Amazon Web Services Training and Certification issued you 2 badges

- AWS Certified Advanced Networking – Specialty
- AWS Certified Cloud Practitioner

These badges were moved to this e-mail address at the request of the issuer. Accept them to add them to your profile.

Accept your badges: {burl}
"""
    h = credly_html('James, you have 2 new badges', ['These badges were moved to this e-mail address at the request of the issuer. Accept them to add them to your profile.'],
                    [('AWS Certified Advanced Networking – Specialty', 'https://images.credly.com/size/340x340/images/4d08274f-64c1-495e-986b-3143f51b1371/image.png'),
                     ('AWS Certified Cloud Practitioner', 'https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png')],
                    'Accept your badges', burl)
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(corp_env(s, rc, relay='mail-gw01.halden-partners.co.uk', spf_line=False), s, f'"Whitfield, James" <{rc}>',
                   'James, Amazon Web Services Training and Certification issued you 2 badges', body, after=credly_after())
    add('credly-two-badges-moved-no-ar', L('credly_badge_issued', None, [], None, 'en'), raw, new)

    # 48 2019 acknowledgement, 10-digit ------------------------------------------
    H_CASE = '6293847151'
    rc = 'hannah.schmidt.ffm@gmail.com'
    d = T('2019-10-18 07:55:12')
    s = aws_sender('aws-certification-support@amazon.com', d, name='AWS Training and Certification')
    new = f"""Dear Hannah Schmidt,

Thank you for contacting AWS Training and Certification. Your inquiry has been received and assigned case number {H_CASE}.

Our team aims to respond to all inquiries within 1 business day. Please keep this case number for your reference and include it in the subject line of any further correspondence.

Regards,
AWS Certification Team

This is an automated message. Please do not reply to this e-mail.
"""
    body = multi('alternative', [part(new, cte='7bit', charset='us-ascii'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc, arc_sel='arc-20160816'), s, f'Hannah Schmidt <{rc}>',
                   f'[CASE {H_CASE}] We have received your inquiry', body, after=aws_after(s))
    add('2019-inquiry-received-10-digit', L('case_created', H_CASE, [], True, 'en'), raw, new)

    # 49 phishing confirm-request: spoofed From, forged lower AR ----------------------
    Q_CASE = case15(T('2025-10-14 05:29:13'), '80345')
    rc = 'sven.lindqvist@gmail.com'
    d = T('2025-10-15 23:48:57')
    s = other_sender('Amazon Web Services', FORM, d, '194.87.31.116', 'mail.tc-verify-portal.com',
                     mailfrom='postmaster@tc-verify-portal.com', dkim=[], spf='softfail',
                     dmarc=('fail', 'QUARANTINE'), sign=False, msgid=f'<{rhex(16)}@tc-verify-portal.com>')
    s.sender_headers = [f'Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com header.s={AWS_SEL};\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdmarc=pass header.from=amazon.com',
                        f'Received: from smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])\n\tby mail.tc-verify-portal.com with ESMTP id {rhex(10)}; {rfc(d - dt.timedelta(minutes=3))}']
    new = f"""Hello,

We are ready to merge your AWS Certification candidate IDs AWS 21876430 and AWS 68812095. AWS 21876430 will be kept as your primary account.

Before we proceed, please confirm the merge by verifying your identity on our secure portal within 24 hours:
https://tc-verify-portal.com/aws/confirm?case={Q_CASE}

If we do not receive your confirmation, the request will be cancelled and both accounts may be locked.

Best regards,
AWS Training and Certification Customer Support
"""
    body = multi('alternative', [part(new, cte='qp'), part('<html><body>' + htmlify(new) + '</body></html>', 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc), s, rc,
                   f'RE:[CASE {Q_CASE}] [AWS Training and Certification Form Submission] - account-assistance', body)
    add('phish-confirm-forged-lower-ar', L('merge_confirmation_requested', Q_CASE, ['AWS21876430', 'AWS68812095'], False, 'en'), raw, new)


BATCHES.append(batch6)

# ---------------------------------------------------------------- batch 7 (unrelated look-alikes)
def batch7():
    # 50 Credly self-service account merge code --------------------------------------
    rc = 'priya.raman@outlook.com'
    d = T('2025-06-22 09:12:40')
    s = credly_sender(d, name='Credly')
    code = '482913'
    new = f"""Hi Priya,

We received a request to merge the Credly account registered to priya.r@alumni.iitm.ac.in into your account priya.raman@outlook.com.

Your verification code is: {code}

Enter this code on the merge page, or click the link below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/{rhex(24)}/confirm

This code expires in 30 minutes. If you did not request this merge, you can ignore this e-mail and no changes will be made.

The Credly Team
"""
    h = credly_html('Confirm your account merge', ['We received a request to merge the Credly account registered to priya.r@alumni.iitm.ac.in into your account priya.raman@outlook.com.',
                                                   f'Your verification code is: <b style="font-size:20px;letter-spacing:3px;">{code}</b>',
                                                   'This code expires in 30 minutes. If you did not request this merge, you can ignore this e-mail and no changes will be made.'],
                    [], 'Complete Account Merge', f'https://www.credly.com/users/account_merges/{rhex(24)}/confirm')
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(outlook_env(s, rc), s, f'Priya Raman <{rc}>', 'Your Credly account merge verification code',
                   body, after=credly_after() + outlook_trailer())
    add('credly-self-service-merge-code', L('unrelated', None, [], True, 'en'), raw, new)

    # 51 Credly-styled phish, not about the merge --------------------------------------
    rc = 'd.okafor.cloud@gmail.com'
    d = T('2025-09-09 03:27:11')
    s = other_sender('Credly', 'security@credly-accounts.com', d, '179.43.150.88', 'mta1.credly-accounts.com',
                     mailfrom='bounce@credly-accounts.com', dkim=[('pass', 'credly-accounts.com', 'default')],
                     dmarc=('none', 'NONE'))
    new = """Dear Credly user,

Your Credly account has been inactive for 12 months and is scheduled for deactivation on September 12, 2025. All badges linked to the account will be permanently deleted.

To keep your account and badges, please verify your login details:
https://credly-accounts.com/verify-login

Thank you,
Credly Trust & Safety
"""
    body = multi('alternative', [part(new, cte='qp'), part('<html><body style="font-family:Arial">' + htmlify(new) + '</body></html>', 'html', cte='qp')], '=_' + rhex(20))
    raw = assemble(gmail_env(s, rc), s, rc, 'Final notice: your Credly account will be deactivated', body)
    add('phish-credly-deactivation-not-merge', L('unrelated', None, [], False, 'en'), raw, new)

    # 52 Credly monthly insights digest -------------------------------------------------
    d = T('2025-10-01 14:02:19')
    s = credly_sender(d, name='Credly')
    new = """Daniel, here's how your badges performed in September

Badge views: 27
Profile views: 9
Shares: 1

Your most viewed badge: AWS Certified Solutions Architect – Associate

Keep your profile up to date to get noticed by employers.
View your profile: https://www.credly.com/users/daniel-okafor

The Credly Team
"""
    h = credly_html("Daniel, here's your September summary", ['Badge views: <b>27</b><br />Profile views: <b>9</b><br />Shares: <b>1</b>',
                                                            'Your most viewed badge: AWS Certified Solutions Architect – Associate'],
                    [], 'View your profile', 'https://www.credly.com/users/daniel-okafor')
    body = multi('alternative', [part(new, cte='qp'), part(h, 'html', cte='qp')], b_rails())
    raw = assemble(gmail_env(s, rc), s, f'Daniel Okafor <{rc}>', 'Your badge insights for September', body,
                   after=credly_after())
    add('credly-monthly-insights', L('unrelated', None, [], True, 'en'), raw, new)

    # 53 billing case resolved (other AWS case) ----------------------------------------
    bc = case15(T('2025-07-21 19:04:33'), '19428')
    rc = 'tomasz.nowak.it@gmail.com'
    d = T('2025-07-23 08:15:27')
    s = aws_sender(NOREPLY, d)
    new = f"""Hello,

We've resolved your support case {bc}: "Refund request - unexpected EC2 charges in eu-central-1".

If you need further assistance with this issue, you can reopen the case within 14 days from the AWS Support Center.

How did we do? Rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={bc}&language=en&rate=true

Sincerely,
Amazon Web Services
"""
    body = multi('alternative', [part(new, cte='qp'), part(aws_html(htmlify(new)), 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc), s, f'Tomasz Nowak <{rc}>',
                   f'Amazon Web Services: Your Support case {bc} has been resolved', body, after=aws_after(s))
    add('billing-case-resolved-rate', L('unrelated', bc, [], True, 'en'), raw, new)

    # 54 Seller Central case -----------------------------------------------------------
    rc = 'alejandro.ruiz.m@gmail.com'
    d = T('2025-08-29 17:44:02')
    s = aws_sender('seller-answers@amazon.com', d, name='Amazon Selling Partner Support')
    new = """Hello,

This is Jorge from Amazon Selling Partner Support.

I have reviewed ASIN B0C7K2M9QX and the listing has been reinstated after the updated product images were accepted. It can take up to 24 hours for the change to appear on the detail page.

Were we able to solve your problem today? Please let us know by clicking Yes or No:
Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=5884881212&resolved=yes
No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=5884881212&resolved=no

Thank you for selling with Amazon.

Jorge
Amazon Selling Partner Support
"""
    body = multi('alternative', [part(new, cte='qp'), part('<html><body>' + htmlify(new) + '</body></html>', 'html', cte='qp')], b_ses())
    raw = assemble(gmail_env(s, rc), s, f'Alejandro Ruiz <{rc}>',
                   'RE:[CASE 5884881212] Listing suppressed - ASIN B0C7K2M9QX', body, after=aws_after(s))
    add('seller-central-case-reinstated', L('unrelated', '5884881212', [], True, 'en'), raw, new)

    # 55 CertMetrics recertification congratulations -------------------------------------
    rc = 'priya.raman@outlook.com'
    d = T('2025-07-03 11:30:52')
    s = other_sender('AWS Certification', 'do-not-reply@certmetrics.com', d, '168.245.12.84', 'o2.sg.certmetrics.com',
                     mailfrom='bounces+4123987-ab12-priya.raman=outlook.com@sg.certmetrics.com',
                     dkim=[('pass', 'certmetrics.com', 's1')], dmarc=('pass', 'NONE'))
    s.spf_dom = 'sg.certmetrics.com'
    new = f"""Dear Priya Raman,

Congratulations on recertifying as AWS Certified Solutions Architect – Associate!

Candidate ID: {C_KEEP}
Validation Number: 2XK9PLQ8B7M3TW1N
Certification Date: July 2, 2025
Expiration Date: July 2, 2028

You can download your certificate and view your benefits in your AWS Certification Account. Your digital badge will be issued through Credly within 3 business days.

Certificate ID: {rhex(32)}

Best regards,
AWS Training and Certification
"""
    body = multi('alternative', [part(new, cte='qp'), part('<html><body style="font-family:Arial">' + htmlify(new) + '</body></html>', 'html', cte='qp')], '----=_Part_' + rhex(16))
    raw = assemble(outlook_env(s, rc), s, f'Priya Raman <{rc}>', 'Congratulations on recertifying!', body,
                   after=outlook_trailer())
    add('certmetrics-recertification-congrats', L('unrelated', None, [C_KEEP], False, 'en'), raw, new)

    # 56 GitHub "merged" notification -------------------------------------------------
    rc = 'd.okafor.cloud@gmail.com'
    d = T('2025-05-16 10:12:44')
    s = other_sender('Ifeoma Eze', 'notifications@github.com', d, '192.30.252.206', 'out-23.smtp.github.com',
                     mailfrom='noreply@github.com', dkim=[('pass', 'github.com', 'pf2023')], dmarc=('pass', 'REJECT'),
                     msgid='<northgate/infra-terraform/pull/214/issue_event/17834411902@github.com>')
    new = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northgate/infra-terraform/pull/214#event-17834411902
You are receiving this because you authored the thread.
"""
    body = multi('alternative', [part(new, cte='7bit', charset='UTF-8'), part('<p>Merged <a href="https://github.com/northgate/infra-terraform/pull/214">#214</a> into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northgate/infra-terraform/pull/214#event-17834411902">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>', 'html', cte='7bit', charset='UTF-8')], '--==_mimepart_' + rhex(13) + '_' + rhex(6))
    raw = assemble(gmail_env(s, rc), s, 'northgate/infra-terraform <infra-terraform@noreply.github.com>',
                   'Re: [northgate/infra-terraform] Merge account-merge branch: consolidate IAM roles (PR #214)', body,
                   extra=['Reply-To: northgate/infra-terraform <reply+ABCD3XQ7Z2@reply.github.com>',
                          'In-Reply-To: <northgate/infra-terraform/pull/214@github.com>',
                          'References: <northgate/infra-terraform/pull/214@github.com>',
                          'List-ID: northgate/infra-terraform <infra-terraform.northgate.github.com>',
                          'X-GitHub-Reason: author'])
    add('github-pr-merged', L('unrelated', None, [], False, 'en'), raw, new)

    # 57 quota increase case completed -------------------------------------------------
    qc = case15(T('2025-09-30 21:16:08'), '52047')
    rc = 'alejandro.ruiz.m@gmail.com'
    d = T('2025-10-01 04:40:31')
    s = aws_sender(NOREPLY, d)
    new = f"""Hello,

Thank you for your patience. We're pleased to let you know that your request has been approved and the change is complete.

Region: US East (N. Virginia)
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota name: Running On-Demand G and VT instances
New quota value: 64 vCPUs

It can take up to 30 minutes for the new value to be reflected in the Service Quotas console.

{CONSOLE_RATE}

Best regards,
Krishna V.
Amazon Web Services
{console_footer(qc)}"""
    body = part(new, cte='qp')
    raw = assemble(gmail_env(s, rc), s, f'Alejandro Ruiz <{rc}>',
                   f'RE:[CASE {qc}] Limit Increase: EC2 Instances', body, after=aws_after(s))
    add('quota-increase-approved-complete', L('unrelated', qc, [], True, 'en'), raw, new)

    # 58 Japanese T&C newsletter ---------------------------------------------------------
    rc = B_RCPT
    d = T('2025-06-18 01:00:00')
    s = aws_sender('aws-marketing-email-replies@amazon.com', d, name='AWS トレーニングと認定')
    inner = """<h2 style="font-size:20px;">AWS トレーニングと認定 ニュースレター 2025 年 6 月号</h2>
<p><b>新しい認定試験: AWS Certified AI Practitioner の日本語版が受験可能になりました</b><br>
生成 AI の基礎知識を証明する新しい認定です。ピアソン VUE のテストセンターまたはオンラインで受験いただけます。</p>
<p><b>AWS Skill Builder の新機能</b><br>
学習履歴と修了証を 1 つのダッシュボードで確認できるようになりました。</p>
<p><b>認定者限定イベント</b><br>
AWS Summit Japan の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/training/">詳しくはこちら</a></p>"""
    h = aws_html(inner, footer='配信停止をご希望の場合は <a href="https://pages.awscloud.com/PreferenceCenter.html">こちら</a> から設定を変更してください。<br>')
    body = part(h, 'html', cte='b64')
    raw = assemble(jp_env(s, rc, 'biglobe'), s, B_TO,
                   hdr_enc('【AWS トレーニングと認定】6 月のニュースレター: 新しい認定試験とイベントのご案内', 'utf-8', 'b'),
                   body, after=aws_after(s) + ['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?mkt_tok=' + ralnum(40) + '>'])
    add('ja-tc-newsletter-html', L('unrelated', None, [], True, 'ja'), raw, h)

    # 59 CertMetrics survey look-alike ---------------------------------------------------
    rc = 'lan.nguyen.dev@gmail.com'
    d = T('2025-08-12 16:20:05')
    s = other_sender('AWS Certification', 'do-not-reply@certmetrics.com', d, '168.245.12.91', 'o3.sg.certmetrics.com',
                     mailfrom='bounces+4123987-cd34-lan.nguyen.dev=gmail.com@sg.certmetrics.com',
                     dkim=[('pass', 'certmetrics.com', 's1')], dmarc=('pass', 'NONE'))
    new = """Hello Nguyen Thi Lan,

AWS Certification wants to hear from you!

You recently took an AWS Certification exam. Please take 5 minutes to tell us about your exam experience, from scheduling to receiving your score report. Your feedback helps us improve the program.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=7c1e0b52a9d3

Thank you,
AWS Training and Certification
"""
    body = multi('alternative', [part(new, cte='qp'), part('<html><body style="font-family:Arial">' + htmlify(new) + '</body></html>', 'html', cte='qp')], '----=_Part_' + rhex(16))
    raw = assemble(gmail_env(s, rc), s, f'Nguyen Thi Lan <{rc}>', 'AWS Certification wants to hear from you', body)
    add('certmetrics-exam-experience-survey', L('unrelated', None, [], False, 'en'), raw, new)

    # 60 Pearson VUE cancellation (Japanese) ------------------------------------------------
    rc = 'k.watanabe@tsubasa-sys.co.jp'
    d = T('2025-05-29 12:29:47')
    s = other_sender('Pearson VUE', 'pearsonvuecustomerservice@pearson.com', d, '159.182.1.73', 'mx2.pearson.com',
                     mailfrom='pearsonvuecustomerservice@pearson.com', dkim=[('pass', 'pearson.com', 'selector1')],
                     dmarc=('pass', 'REJECT'), msgid=f'<{R.randint(100000000,999999999)}.{R.randint(1000,9999)}.{R.randint(10**12,10**13)}@pearsonvue.com>')
    new = f"""渡辺 健二 様

以下の試験予約のキャンセルを承りました。

試験: SCS-C02: AWS Certified Security - Specialty（日本語）
予約日時: 2025年6月14日 10:00 JST
テストセンター: 東京 新宿 ピアソン VUE 公認テストセンター
登録番号: 541337209
AWS Candidate ID: AWS41250963

キャンセル料は発生しておりません。あらためて受験をご希望の場合は、AWS 認定アカウントから再度ご予約ください。

Pearson VUE カスタマーサービス
"""
    body = part(new, charset='iso-2022-jp', cte='7bit')
    raw = assemble(gmail_env(s, rc), s, hdr_enc('渡辺 健二', 'iso-2022-jp', name='To') + f' <{rc}>',
                   hdr_enc('試験予約キャンセルの確認 - AWS Certified Security - Specialty', 'iso-2022-jp'), body)
    add('ja-pearson-vue-cancellation', L('unrelated', None, ['AWS41250963'], False, 'ja'), raw, new)


BATCHES.append(batch7)

# ---- next batch ----

# ==== MAIN ====
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])AWS[\s\-_]?(\d{8})(?!\d)')


def norm_text(t):
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    return html.unescape(t)


def ids_in(t):
    return sorted(set('AWS' + m for m in ID_RE.findall(norm_text(t))))


def decoded_text(msg):
    from email.header import decode_header, make_header
    out = []
    for k in ('Subject', 'From'):
        v = msg.get(k)
        if v:
            try:
                out.append(str(make_header(decode_header(v))))
            except Exception:
                out.append(v)
    for p in msg.walk():
        if p.get_content_maintype() != 'text':
            continue
        b = p.get_payload(decode=True) or b''
        cs = p.get_content_charset() or 'us-ascii'
        for c in (cs, 'cp932' if 'shift' in cs.lower() else 'utf-8'):
            try:
                out.append(b.decode(c)); break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            out.append(b.decode(cs if cs else 'utf-8', 'replace'))
    return norm_text('\n'.join(out))


def main():
    import email
    for b in BATCHES:
        b()
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    labels = {}
    problems = []
    for i, (slug, label, raw, new) in enumerate(MAILS, 1):
        fn = f'{i:03d}-{slug}.eml'
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(raw)
        labels[fn] = label
        msg = email.message_from_bytes(raw)
        if msg.defects:
            problems.append((fn, 'defects', msg.defects))
        txt = decoded_text(msg)
        auto = ids_in(new)
        if auto != label['account_ids']:
            problems.append((fn, 'ids new-text', auto, label['account_ids']))
        flat = re.sub(r'[\s\-_]', '', txt).upper()
        for a in label['account_ids']:
            if a not in flat:
                problems.append((fn, 'id not in decoded', a))
        if label['case_id'] and label['case_id'] not in re.sub(r'[\s\-]', '', txt):
            problems.append((fn, 'case not in decoded', label['case_id']))
        if label['kind'] not in ('case_created', 'merge_confirmation_requested', 'merge_completed',
                                 'survey', 'credly_badge_issued', 'support_reply', 'unrelated'):
            problems.append((fn, 'bad kind'))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    from collections import Counter
    print(len(MAILS), 'mails', dict(Counter(l['kind'] for l in labels.values())))
    for p in problems:
        print('PROBLEM', p)


if __name__ == '__main__':
    main()
