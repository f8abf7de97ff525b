#!/usr/bin/env python3
"""Generator for blind set 287: end-of-case mails of an AWS Certification account merge.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64, datetime, io, json, os, quopri, random, re, uuid
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.generator import BytesGenerator
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(287)
LABELS = {}
NOTES = {}
for _f in os.listdir(OUT):
    if _f.endswith('.eml'):
        os.remove(os.path.join(OUT, _f))

# ---------------------------------------------------------------- small helpers
def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=datetime.timezone.utc)

def tz(h, m=0):
    return datetime.timezone(datetime.timedelta(hours=h, minutes=m))

def rdate(d, h=0, m=0, name=None):
    s = format_datetime(d.astimezone(tz(h, m)))
    return s + (f' ({name})' if name else '')

def sec(d, n):
    return d + datetime.timedelta(seconds=n)

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
def rb64(n):
    return ''.join(random.choice(ALNUM + '+/') for _ in range(n))
def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))
def ralnum(n, chars=ALNUM):
    return ''.join(random.choice(chars) for _ in range(n))
def uid():
    return str(uuid.UUID(int=random.getrandbits(128)))
def fold_b(prefix_len, s, width=72, indent='         '):
    """fold a long base64 token over lines the way signers do"""
    out, first = [], width - prefix_len
    out.append(s[:first]); s = s[first:]
    while s:
        out.append(indent + s[:width - len(indent)]); s = s[width - len(indent):]
    return '\n'.join(out)

def case15(opened, suffix):
    """15-digit case id: unix time of opening + 5 digits"""
    return f'{int(opened.timestamp())}{suffix:05d}'

def ses_id(d, region=None):
    ms = int(d.timestamp() * 1000)
    if region:
        return f'<0101{ms:012x}-{uid()}-000000@{region}.amazonses.com>'
    return f'<0100{ms:012x}-{uid()}-000000@email.amazonses.com>'

def enc_h(s, charset='utf-8', name='Subject'):
    """RFC 2047 encode (and fold) a header value"""
    return Header(s, charset, header_name=name).encode(maxlinelen=76).replace('\n', '\n')

def addr(name, a, charset=None):
    if name is None:
        return a
    if charset:
        return f'{Header(name, charset).encode()} <{a}>'
    if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
        return f'"{name}" <{a}>'
    return f'{name} <{a}>'

# ---------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None, extra=None):
    """text part. label = charset written in the header (may lie), codec = how bytes are really made."""
    data = text.encode(codec or charset)
    m = Message()
    ct = f'text/{subtype}; charset="{label or charset}"' if random.random() < 0.6 else f'text/{subtype}; charset={label or charset}'
    if extra:
        ct += '; ' + extra
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m

def alt(*parts, boundary=None, subtype='alternative'):
    m = MIMEMultipart(subtype)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m

def b_gmail():
    return '000000000000' + rhex(16)
def b_ses():
    return f'----=_Part_{random.randint(100000, 9999999)}_{random.randint(100000000, 2099999999)}.{random.randint(1700000000000, 1760000000000)}'
def b_outlook():
    return '_000_' + ralnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + 'namp_'
def b_sg():
    return rhex(64)

def html_wrap(inner, title='', style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title}</title></head>\n<body style="margin:0;padding:0;background:#f2f3f3">\n'
            f'<div style="{style};max-width:640px;margin:0 auto;background:#ffffff;padding:24px">\n{inner}\n</div>\n</body></html>\n')

def txt2html(t):
    t = t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = t.split('\n\n')
    return '\n'.join('<p>' + p.replace('\n', '<br>\n') + '</p>' for p in paras)

# ---------------------------------------------------------------- trace headers
def dkim(d, domain, s, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    b = rb64(342) + '=='
    bh = rb64(43) + '='
    v = (f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={domain}; t={t};\n'
         f'\th={h};\n\tbh={bh};\n\tb={fold_b(3, b, 72, chr(9))}')
    return ('DKIM-Signature', v)

SES_SEL = {'amazon.com': 'rjcvmqxj3kh6q7hsmccpwcvjnpolsxtx', 'amazonses.com': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw',
           'us-west-2': 'hsbnp7p3ensaochzwyq5wwmceodymuwv'}

def ses_dkim(d, from_dom='amazon.com'):
    t = int(d.timestamp())
    return [dkim(d, from_dom, SES_SEL.get(from_dom, ralnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')), t),
            dkim(d, 'amazonses.com', SES_SEL['amazonses.com'], t,
                 h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]

def gtime(d, h=-7, name='PDT'):
    return rdate(d, h, name=name)

def gmail_trace(to, d, mailfrom, host, ip, ar, gh=-7, gname='PDT'):
    """Gmail delivery trace; ar = body of Authentication-Results after 'mx.google.com;'"""
    r1 = sec(d, random.randint(1, 4))
    hs = [('Delivered-To', to),
          ('Received', f'by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(10, "abcdefghijklmnopqrstuvwxyz0123456789")};\n        {gtime(r1, gh, gname)}'),
          ('X-Google-Smtp-Source', 'AGHT+' + rb64(80)),
          ('X-Received', f'by 2002:a17:{rhex(3)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(12, "abcdefghijklmnopqrstuvwxyz0123456789")}-{rhex(6)}.{random.randint(10,99)}.{random.randint(1000000000000,1799999999999)};\n        {gtime(r1, gh, gname)}'),
          ('ARC-Seal', f'i=1; a=rsa-sha256; t={int(r1.timestamp())}; cv=none;\n        d=google.com; s={"arc-20240605" if d.year >= 2024 else "arc-20160816"};\n        b={rb64(60)}\n         {rb64(70)}=='),
          ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={"arc-20240605" if d.year >= 2024 else "arc-20160816"};\n        h=feedback-id:date:message-id:mime-version:subject:to:from:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(70)}\n         {rb64(60)}=='),
          ('ARC-Authentication-Results', f'i=1; mx.google.com;\n{ar}'),
          ('Return-Path', f'<{mailfrom}>'),
          ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {ralnum(10, "abcdefghijklmnopqrstuvwxyz0123456789")}-{rhex(8)}si{random.randint(100000,999999)}{ralnum(3,"abcdefghijklmnopqrstuvwxyz")}.{random.randint(10,999)}.{r1.strftime("%Y.%m.%d.%H.%M.%S")}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gtime(r1, gh, gname)}'),
          ('Received-SPF', f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};'),
          ('Authentication-Results', f'mx.google.com;\n{ar}')]
    return hs

def ses_mailfrom(d, region=None):
    ms = int(d.timestamp() * 1000)
    if region:
        return f'0101{ms:012x}-{uid()}-000000@{region}.amazonses.com'
    return f'0100{ms:012x}-{uid()}-000000@amazonses.com'

def ses_host(region=None):
    if region:
        return f'a27-{random.randint(10,200)}.smtp-out.{region}.amazonses.com', f'54.240.27.{random.randint(10,200)}'
    n = random.randint(1, 60)
    return f'a8-{n}.smtp-out.amazonses.com', f'54.240.8.{n}'

def gmail_ar_ses(mailfrom, ip, from_dom='amazon.com', dkim_ok=True, dmarc='pass'):
    lines = []
    if dkim_ok:
        lines.append(f'       dkim=pass header.i=@{from_dom} header.s={SES_SEL.get(from_dom,"x")} header.b={rb64(8)};')
    else:
        lines.append(f'       dkim=fail header.i=@{from_dom} header.s={SES_SEL.get(from_dom,"x")} header.b={rb64(8)};')
    lines.append(f'       dkim=pass header.i=@amazonses.com header.s={SES_SEL["amazonses.com"]} header.b={rb64(8)};')
    lines.append(f'       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};')
    lines.append(f'       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis={"NONE" if dmarc=="pass" else "QUARANTINE"}) header.from={from_dom}')
    return '\n'.join(lines)

def outlook_trace(to, d, mailfrom, host, ip, ar, org='brightfield-analytics.de'):
    r = sec(d, random.randint(1, 5))
    srv = f'{random.choice(["AM","FR","DB","VI"])}{random.randint(0,9)}PR{random.randint(10,99)}MB{random.randint(1000,9999)}'
    hs = [('Received', f'from {srv}.eurprd0{random.randint(1,9)}.prod.outlook.com (2603:10a6:20b:{rhex(3)}::{rhex(2)})\n by {srv[:3]}PR{random.randint(10,99)}MB{random.randint(1000,9999)}.eurprd0{random.randint(1,9)}.prod.outlook.com with\n HTTPS; {rdate(r)}'),
          ('Received', f'from {random.choice(["AS9","DU2","PA7"])}P{random.randint(100,299)}CA00{random.randint(10,99)}.EURP{random.randint(100,299)}.PROD.OUTLOOK.COM\n (2603:10a6:20b:{rhex(3)}::{rhex(2)}) by {srv}.eurprd0{random.randint(1,9)}.prod.outlook.com\n (2603:10a6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{random.randint(8000,9300)}.{random.randint(10,40)}; {rdate(r)}'),
          ('Authentication-Results', ar),
          ('Received-SPF', f'Pass ({"protection.outlook.com"}: domain of {mailfrom.split("@")[1]}\n designates {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={host}; pr=C'),
          ('Received', f'from {host} ({ip}) by\n AM3PEPF0000A79{random.randint(0,9)}.mail.protection.outlook.com (10.167.16.{random.randint(10,200)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{random.randint(8000,9300)}.{random.randint(10,40)} via Frontend\n Transport; {rdate(r)}'),
          ]
    return hs

def outlook_ar(mailfrom_dom, ip, from_dom, dkim='pass', dmarc='pass', compauth='pass reason=100', extra_dkim_ses=True):
    s = f'spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim={dkim} (signature was verified)\n header.d={from_dom};'
    if extra_dkim_ses:
        s += f'dkim=pass (signature was verified)\n header.d=amazonses.com;'
    s += f'dmarc={dmarc} action={"none" if dmarc=="pass" else "quarantine"}\n header.from={from_dom};compauth={compauth}'
    return s

def ms_tail(d):
    return [('X-MS-Exchange-Organization-ExpirationStartTime', f'{d.strftime("%d %b %Y %H:%M:%S.")}{random.randint(1000,9999)}\n (UTC)'),
            ('X-MS-Exchange-Organization-Network-Message-Id', uid()),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-Exchange-Organization-AuthSource', f'AM3PEPF0000A79{random.randint(0,9)}.eurprd04.prod.outlook.com'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]

# ---------------------------------------------------------------- writer
AWS_ID = re.compile(r'\bAWS[\s\-_]?(\d{8})\b', re.I)

def ids_in(text):
    return sorted({'AWS' + m for m in AWS_ID.findall(text)})

COUNTER = [0]
def write(slug, hdrs, body, kind, case_id, accts, verified, lang, new_text=None, crlf=False, note=None):
    COUNTER[0] += 1
    fn = f'{COUNTER[0]:03d}-{slug}.eml'
    head = ''.join(f'{k}: {v}\n' for k, v in hdrs)
    head.encode('ascii')  # raw headers must be ASCII (encoded words)
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(body)
    raw = head.encode('ascii') + fp.getvalue()
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    accts = sorted(set(accts))
    if new_text is not None:
        got = ids_in(new_text)
        assert got == accts, (fn, got, accts)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(raw)
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': accts,
                  'sender_verified': verified, 'language': lang}
    if note:
        NOTES[fn] = note
    return fn

def std_headers(frm, to, subject, date_s, msgid, extra=()):
    hs = [('From', frm), ('To', to), ('Subject', subject), ('Date', date_s), ('Message-ID', msgid)]
    hs += list(extra)
    hs.append(('MIME-Version', '1.0'))
    return hs

AWS_FROM_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_FROM_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY_FROM = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>'

def aws_via_gmail(to, d, frm, subject, date_s=None, msgid=None, from_dom='amazon.com', dkim_ok=True, dmarc='pass',
                  region=None, gh=-7, gname='PDT', extra=()):
    mf = ses_mailfrom(d, region)
    host, ip = ses_host(region)
    ar = gmail_ar_ses(mf, ip, from_dom, dkim_ok, dmarc)
    hs = gmail_trace(to, d, mf, host, ip, ar, gh, gname)
    hs += ses_dkim(d, from_dom)
    hs += std_headers(frm, to, subject, date_s or rdate(d), msgid or ses_id(d, region), extra)
    hs += [('Feedback-ID', f'::1.{region or "us-east-1"}.{rb64(43)}=:AmazonSES'),
           ('X-SES-Outgoing', d.strftime('%Y.%m.%d-') + ip)]
    return hs

def aws_via_outlook(to, d, frm, subject, from_dom='amazon.com', dkim='pass', dmarc='pass', compauth='pass reason=100', extra=(), region=None):
    mf = ses_mailfrom(d, region)
    host, ip = ses_host(region)
    ar = outlook_ar(mf.split('@')[1], ip, from_dom, dkim, dmarc, compauth)
    hs = outlook_trace(to, d, mf, host, ip, ar)
    hs += ses_dkim(d, from_dom)
    hs += std_headers(frm, to, subject, rdate(d), ses_id(d, region), extra)
    hs += [('Feedback-ID', f'::1.{region or "us-east-1"}.{rb64(43)}=:AmazonSES'),
           ('Return-Path', mf)]
    hs += ms_tail(d)
    return hs

def jp_trace(to, d, mailfrom, host, ip, ar_host, ar_body, mx):
    r = sec(d, random.randint(1, 6))
    return [('Return-Path', f'<{mailfrom}>'),
            ('Received', f'from {mx} by {ar_host.split(";")[0].strip()}\n\tid {rhex(16)}; {rdate(r, 9)}'),
            ('Authentication-Results', f'{ar_host};\n\t{ar_body}'),
            ('Received', f'from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {ralnum(12, "ABCDEF0123456789")}\n\tfor <{to}>; {rdate(r, 9)}')]

def aws_via_jp(to, d, frm, subject, ar_host, mx, from_dom='amazon.com', dkim_ok=True, dmarc='pass', style='std', extra=()):
    mf = ses_mailfrom(d)
    host, ip = ses_host()
    if style == 'yahoo':
        body = (f'from={from_dom}; domainkeys=neutral (no sig); dkim={"pass (ok)" if dkim_ok else "fail (bad sig)"} header.i=@{from_dom}')
    else:
        body = (f'spf=pass smtp.mailfrom={mf.split("@")[1]};\n\tdkim={"pass" if dkim_ok else "fail"} header.d={from_dom} header.s={SES_SEL.get(from_dom,"x")};\n\t'
                f'dkim=pass header.d=amazonses.com;\n\tdmarc={dmarc} header.from={from_dom}')
    hs = jp_trace(to, d, mf, host, ip, ar_host, body, mx)
    hs += ses_dkim(d, from_dom)
    hs += std_headers(frm, to, subject, rdate(d), ses_id(d), extra)
    hs += [('Feedback-ID', f'::1.us-east-1.{rb64(43)}=:AmazonSES'), ('X-SES-Outgoing', d.strftime('%Y.%m.%d-54.240.8.') + str(random.randint(1, 60)))]
    return hs

def credly_via_gmail(to, d, frm, subject, dkim_ok=True, dmarc='pass', dom='credly.com', gh=-7, gname='PDT'):
    mf = f'bounces+{random.randint(1000000,9999999)}-{rhex(4)}-{to.replace("@","=")}@em{random.randint(1000,9999)}.{dom}'
    ip = f'149.72.{random.randint(1,250)}.{random.randint(1,250)}'
    host = f'o{random.randint(1,9)}.ptr{random.randint(1000,9999)}.em.{dom}'
    ar = (f'       dkim={"pass" if dkim_ok else "fail"} header.i=@{dom} header.s=s1 header.b={rb64(8)};\n'
          f'       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={rb64(8)};\n'
          f'       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom="{mf}";\n'
          f'       dmarc={dmarc} (p=NONE sp=NONE dis=NONE) header.from={dom}')
    hs = gmail_trace(to, d, mf, host, ip, ar, gh, gname)
    t = int(d.timestamp())
    hs.append(dkim(d, dom, 's1', t, h='content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:\n\treply-to:to:cc:content-type:from:subject:to', c='relaxed/relaxed'))
    hs.append(dkim(d, 'sendgrid.info', 'smtpapi', t, h='content-type:from:mime-version:subject:list-unsubscribe:\n\tlist-unsubscribe-post:reply-to:to:cc:content-type:from:subject:to:feedback-id', c='relaxed/relaxed'))
    hs += std_headers(frm, to, subject, rdate(d), f'<{ralnum(22)}@geopod-ismtpd-{random.randint(1,40)}>',
                      [('Reply-To', 'support@credly.com'),
                       ('List-Unsubscribe', f'<https://www.credly.com/notifications/unsubscribe?token={rhex(40)}>'),
                       ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                       ('X-SG-EID', rb64(60)), ('X-Entity-ID', 'u001.' + rb64(20) + '==')])
    return hs

AWS_SIG_FORM = """Best regards,
{agent}
AWS Training and Certification Customer Support
Amazon Web Services

"""
FORM_FOOTER = """--------------------------------------------------------------------------------
To add information to this case, reply to this e-mail and keep the case number in the subject line.
Please do not open a new case for the same request.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

def gmail_quote_block(intro, text):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    return f'{intro}\n\n{q}\n'

# ==== MAILS

# ---------------------------------------------------------------- story 1: Priya Raman, form case (en)
P_TO = 'priya.raman84@gmail.com'
P_OPEN = dt('2025-05-26 09:14:07')
C1 = case15(P_OPEN, 391)
P_SUBJ = f'[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance'

# 001 case_created: form desk acknowledgement, echoes the submitted form
d = sec(P_OPEN, 24)
new = f"""Hello Priya,

Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we have received your request and created case {C1}.

A member of our team will review your request and respond as soon as possible, generally within 24 hours. You do not need to submit another request for the same issue; if you want to add details, simply reply to this message and keep the case number in the subject line.

Summary of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS04417823
Description: I have two certification accounts, one from my old job and one personal. Please merge them, I want to keep the one with priya.raman@northwind-labs.com.

Thank you,
AWS Training and Certification
"""
html = html_wrap(f'''<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="90"><br><br>
<p>Hello Priya,</p>
<p>Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we have received your request and created case <b>{C1}</b>.</p>
<p>A member of our team will review your request and respond as soon as possible, generally within 24 hours. You do not need to submit another request for the same issue; if you want to add details, simply reply to this message and keep the case number in the subject line.</p>
<table style="border-collapse:collapse;font-size:13px" cellpadding="6">
<tr><td colspan="2" style="background:#232f3e;color:#fff"><b>Summary of your submission</b></td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Detail</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID</td><td>AWS04417823</td></tr>
<tr><td>Description</td><td>I have two certification accounts, one from my old job and one personal. Please merge them, I want to keep the one with priya.raman@northwind-labs.com.</td></tr>
</table>
<p>Thank you,<br>AWS Training and Certification</p>''', 'AWS Training and Certification')
body = alt(part(new, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_gmail(P_TO, d, AWS_FROM_FORM, P_SUBJ)
write('form-ack-case-received', hs, body, 'case_created', C1, ['AWS04417823'], True, 'en', new)

# 002 merge_confirmation_requested
d = dt('2025-05-27 15:41:52')
new = f"""Hello Priya,

Thank you for contacting AWS Training and Certification, my name is Farah and I will be helping you with your request.

I located both certification profiles linked to you. Before we make any change, please review the details below carefully:

  Profile to be retired:  AWS04417823 (priya.raman84@gmail.com)
  Profile that will remain: AWS11902356 (priya.raman@northwind-labs.com)

All certifications, exam history and benefits currently on AWS04417823 will be moved to AWS11902356, and you will use priya.raman@northwind-labs.com to sign in from then on. Please be aware that this action is permanent and we are not able to split the profiles again afterwards.

If everything above is correct, please reply to this e-mail stating that you agree, and we will take it from there. If you would prefer the other profile to be kept, just let me know.

"""
quoted_user = f"""Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS04417823
Description: I have two certification accounts, one from my old job and one personal. Please merge them, I want to keep the one with priya.raman@northwind-labs.com."""
text = new + AWS_SIG_FORM.format(agent='Farah M.') + '-----Original Message-----\n' + quoted_user + '\n\n' + FORM_FOOTER
html = html_wrap(txt2html(new + AWS_SIG_FORM.format(agent='Farah M.')) +
                 '<hr><div style="color:#555">-----Original Message-----<br>' + txt2html(quoted_user) + '</div>' +
                 '<p style="font-size:11px;color:#687078">' + FORM_FOOTER.replace('\n', '<br>') + '</p>')
body = alt(part(text, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_gmail(P_TO, d, AWS_FROM_FORM, 'RE:' + P_SUBJ)
write('confirm-which-profile-remains', hs, body, 'merge_confirmation_requested', C1, ['AWS04417823', 'AWS11902356'], True, 'en', new)

# 003 support_reply: thanks for confirming, we will now proceed (quoted history, Gmail style nested)
d = dt('2025-05-28 08:02:40')
new = f"""Hi Priya,

Thank you for confirming. I have forwarded your request to our certification operations team and we will now proceed with combining the two profiles.

Once the work is finished you will receive a separate notification from us, and your badges should be re-issued by Credly shortly afterwards. There is nothing else you need to do in the meantime - please don't sign in to the retiring profile while the change is in progress.

Best regards,
Farah M.
AWS Training and Certification Customer Support
"""
q1 = """The details are correct. Please proceed with the merge.

Thanks,
Priya"""
q2 = """Hello Priya,

  Profile to be retired:  AWS04417823 (priya.raman84@gmail.com)
  Profile that will remain: AWS11902356 (priya.raman@northwind-labs.com)

If everything above is correct, please reply to this e-mail stating that you agree."""
quoted = ('On Tue, May 27, 2025 at 11:58 PM Priya Raman <priya.raman84@gmail.com> wrote:\n' +
          '\n'.join('> ' + l if l else '>' for l in q1.split('\n')) + '\n>\n' +
          '> On Tue, May 27, 2025 at 8:41 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n' +
          '\n'.join('> > ' + l if l else '> >' for l in q2.split('\n')))
text = new + '\n' + quoted + '\n\n' + FORM_FOOTER
body = part(text, cte='quoted-printable')
hs = aws_via_gmail(P_TO, d, AWS_FROM_FORM, 'RE:' + P_SUBJ)
write('thanks-for-confirming-proceeding', hs, body, 'support_reply', C1, [], True, 'en', new)

# 004 merge_completed
d = dt('2025-05-29 10:17:05')
new = f"""Hello Priya,

Good news! The two certification profiles have now been combined. Everything that was held under AWS04417823 - certifications, exam history and your 50% exam voucher - now sits under AWS11902356.

From today please sign in with priya.raman@northwind-labs.com. The old profile can no longer be accessed.

Your Credly badges will be re-issued to the e-mail address of the remaining profile; please allow up to 48 hours for the e-mails from Credly to arrive and accept the badges when they do.

"""
text = new + AWS_SIG_FORM.format(agent='Farah M.') + FORM_FOOTER
html = html_wrap(txt2html(new + AWS_SIG_FORM.format(agent='Farah M.')) + '<p style="font-size:11px;color:#687078">' + FORM_FOOTER.replace('\n', '<br>') + '</p>')
body = alt(part(text, cte='quoted-printable'), part(html, 'html', cte='base64'), boundary=b_ses())
hs = aws_via_gmail(P_TO, d, AWS_FROM_FORM, 'RE:' + P_SUBJ)
write('profiles-combined-good-news', hs, body, 'merge_completed', C1, ['AWS04417823', 'AWS11902356'], True, 'en', new)

# 005 survey: automatic closure notice, HTML only
d = dt('2025-05-29 10:17:49')
inner = f'''<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:14px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training and Certification</span></td></tr></table>
<p>Hello,</p>
<p>Your case <b>{C1}</b> has been marked as resolved. If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened automatically.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://survey.training.aws/r/{rhex(24)}?case={C1}&amp;a=yes" style="background:#ec7211;color:#fff;padding:8px 26px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://survey.training.aws/r/{rhex(24)}?case={C1}&amp;a=no" style="background:#545b64;color:#fff;padding:8px 26px;text-decoration:none;border-radius:2px">NO</a></p>
<p>How would you rate the support you received?<br>
<a href="https://survey.training.aws/r/{rhex(24)}?case={C1}&amp;r=1">1</a> &middot; <a href="https://survey.training.aws/r/{rhex(24)}?case={C1}&amp;r=2">2</a> &middot; <a href="https://survey.training.aws/r/{rhex(24)}?case={C1}&amp;r=3">3</a> &middot; <a href="https://survey.training.aws/r/{rhex(24)}?case={C1}&amp;r=4">4</a> &middot; <a href="https://survey.training.aws/r/{rhex(24)}?case={C1}&amp;r=5">5</a></p>
<p>Your feedback goes directly to the team and helps us improve.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent to {P_TO}.</p>'''
body = part(html_wrap(inner, 'Case resolved'), 'html', cte='quoted-printable')
hs = aws_via_gmail(P_TO, d, AWS_FROM_FORM, f'[CASE {C1}] Your case has been resolved - tell us how we did')
write('case-resolved-yes-no-rating', hs, body, 'survey', C1, [], True, 'en', '')

# 006 credly_badge_issued
d = dt('2025-05-30 02:33:18')
badge = 'AWS Certified Solutions Architect – Associate'
new = f"""Hi Priya,

Amazon Web Services Training and Certification has issued you a badge: {badge}.

Accept your badge to start sharing your achievement with your network.

Accept your badge: https://www.credly.com/badges/{uid()}?source=email-badge-issued

This badge was issued to priya.raman@northwind-labs.com. Not you? Let us know: https://www.credly.com/support

Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
Unsubscribe: https://www.credly.com/notifications/unsubscribe
"""
inner = f'''<div style="text-align:center"><img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="badge"></div>
<h2 style="text-align:center;font-weight:normal">Hi Priya, you've earned a badge!</h2>
<p style="text-align:center">Amazon Web Services Training and Certification has issued you a badge:<br><b>{badge}</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/{uid()}?source=email-badge-issued" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#777;text-align:center">This badge was issued to priya.raman@northwind-labs.com. Not you? <a href="https://www.credly.com/support">Let us know</a>.<br>Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006</p>'''
body = alt(part(new, cte='quoted-printable'), part(html_wrap(inner, 'Credly'), 'html', cte='quoted-printable'), boundary=b_sg())
hs = credly_via_gmail('priya.raman@northwind-labs.com', d, CREDLY_FROM, f'Priya, you earned a badge from Amazon Web Services Training and Certification')
# the work address forwards to the personal gmail
hs[0] = ('Delivered-To', P_TO)
write('credly-saa-badge-issued', hs, body, 'credly_badge_issued', None, [], True, 'en', new)


# ---------------------------------------------------------------- story 2: 渡辺 健二, console case in Japanese
K_TO = 'kenji.watanabe@nifty.com'
K_OPEN = dt('2025-06-10 09:20:33')
C2 = case15(K_OPEN, 518)
K_SUBJ = '認定アカウントの統合について'
CONSOLE_JA_FOOTER = f"""このメールに直接ご返信いただくことはできません。ケースへのご返信やケースの詳細の確認は、サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=ja

本ケースでのサポート対応について、ぜひご意見をお聞かせください。サポートセンターでケースを開き、対応ごとに評価を選択いただけます。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

# 007 merge_completed (ja, ISO-2022-JP, nifty)
d = dt('2025-06-12 02:48:10')
new = f"""渡辺 健二 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

先日ご依頼いただきました認定アカウントの統合につきまして、本日作業が完了いたしましたのでご報告申し上げます。

　統合元（閉鎖済み）: AWS07733190
　統合先（存続）　　: AWS02286451

旧アカウントに登録されていた認定資格、受験履歴および特典は、すべて存続アカウントへ移行済みでございます。今後は kenji.watanabe@nifty.com にて AWS Certification アカウントへサインインしていただけますようお願いいたします。

なお、Credly のデジタルバッジにつきましては、存続アカウントのメールアドレス宛てに数日以内に再発行のご案内が届く予定でございます。

ご不明な点がございましたら、サポートセンターより本ケースにご返信ください。
何卒よろしくお願い申し上げます。

山本
Amazon Web Services
"""
text = new + '\n' + CONSOLE_JA_FOOTER
body = part(text, charset='iso-2022-jp', cte='7bit')
hs = aws_via_jp(K_TO, d, addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp'),
                enc_h(f'RE:[CASE {C2}] {K_SUBJ}', 'iso-2022-jp'), 'mx.nifty.com', 'mta-vip.nifty.com')
write('ja-togo-kanryo-console', hs, body, 'merge_completed', C2, ['AWS02286451', 'AWS07733190'], True, 'ja', new)

# 008 survey (ja): automatic resolution notice with rating links, UTF-8 base64
d = dt('2025-06-19 03:00:27')
new = f"""Amazon Web Services をご利用いただきありがとうございます。

以下のサポートケースは、解決済みとしてクローズされました。

ケース ID: {C2}
件名: {K_SUBJ}
ステータス: 解決済み

今回のサポートはいかがでしたか？ 1 分ほどで終わるアンケートにご協力ください。
満足 https://console.aws.amazon.com/support/feedback?displayId={C2}&rating=positive
不満 https://console.aws.amazon.com/support/feedback?displayId={C2}&rating=negative

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。

よろしくお願いいたします。
Amazon Web Services
"""
inner = f'''<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>以下のサポートケースは、解決済みとしてクローズされました。</p>
<table cellpadding="4" style="font-size:13px"><tr><td>ケース ID</td><td><b>{C2}</b></td></tr><tr><td>件名</td><td>{K_SUBJ}</td></tr><tr><td>ステータス</td><td>解決済み</td></tr></table>
<p><b>今回のサポートはいかがでしたか？</b> 1 分ほどで終わるアンケートにご協力ください。</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;rating=positive">&#x1F44D; 満足</a> &nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;rating=negative">&#x1F44E; 不満</a></p>
<p>問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。</p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>'''
body = alt(part(new, cte='base64'), part(html_wrap(inner, 'AWS Support'), 'html', cte='base64'), boundary=b_ses())
hs = aws_via_jp(K_TO, d, AWS_FROM_CONSOLE, enc_h(f'Amazon Web Services: サポートケース {C2} は解決済みです', 'utf-8'), 'mx.nifty.com', 'mta-vip.nifty.com')
write('ja-case-resolved-anketo', hs, body, 'survey', C2, [], True, 'ja', new)

# 009 unrelated: Credly's own self-service account merge code
d = dt('2025-05-31 18:22:40')
new = """Hi Priya,

We received a request to merge the Credly account registered to priya.raman84@gmail.com into your Credly account priya.raman@northwind-labs.com.

Your verification code is: 582 914

Or select the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=""" + rhex(48) + """

This code expires in 30 minutes. Once the accounts are merged, badges, followers and settings from the other account will appear in this one.

If you didn't ask to merge accounts, you can safely ignore this e-mail.

The Credly Team
"""
body = alt(part(new, cte='7bit'),
           part(html_wrap(txt2html(new).replace('582 914', '<span style="font-size:26px;letter-spacing:4px"><b>582 914</b></span>'), 'Credly'), 'html', cte='quoted-printable'),
           boundary=b_sg())
hs = credly_via_gmail('priya.raman@northwind-labs.com', d, 'Credly <admin@credly.com>', 'Confirm your Credly account merge')
hs[0] = ('Delivered-To', P_TO)
write('credly-selfservice-merge-code', hs, body, 'unrelated', None, [], True, 'en', new)

# 010 credly_badge_issued: badges re-issued after the merge (Kenji, Credly mail into nifty)
def credly_via_jp(to, d, frm, subject, ar_host, mx, dkim_ok=True, dmarc='pass', dom='credly.com'):
    mf = f'bounces+{random.randint(1000000,9999999)}-{rhex(4)}-{to.replace("@","=")}@em{random.randint(1000,9999)}.{dom}'
    ip = f'149.72.{random.randint(1,250)}.{random.randint(1,250)}'
    host = f'o{random.randint(1,9)}.ptr{random.randint(1000,9999)}.em.{dom}'
    body = (f'spf=pass smtp.mailfrom={mf.split("@")[1]};\n\tdkim={"pass" if dkim_ok else "fail"} header.d={dom} header.s=s1;\n\t'
            f'dkim=pass header.d=sendgrid.info;\n\tdmarc={dmarc} header.from={dom}')
    hs = jp_trace(to, d, mf, host, ip, ar_host, body, mx)
    t = int(d.timestamp())
    hs.append(dkim(d, dom, 's1', t, h='content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to', c='relaxed/relaxed'))
    hs += std_headers(frm, to, subject, rdate(d), f'<{ralnum(22)}@geopod-ismtpd-{random.randint(1,40)}>',
                      [('Reply-To', 'support@credly.com'), ('X-SG-EID', rb64(60))])
    return hs

d = dt('2025-06-13 11:05:52')
acc_url = f'https://www.credly.com/earner/earned?source=email-transfer&t={rhex(20)}'
new = f"""Hi Kenji,

Your badges have moved with you.

Following an account update by Amazon Web Services Training and Certification, the following badges have been issued to kenji.watanabe@nifty.com:

  - AWS Certified Cloud Practitioner
  - AWS Certified Developer – Associate

Accept your badges to keep them on your Credly profile and share them again.

Accept badges: {acc_url}

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
"""
u = acc_url.replace('&', '&amp;')
inner = txt2html(new).replace(f'Accept badges: {u}', f'<a style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px" href="{u}">Accept badges</a>')
body = alt(part(new, cte='quoted-printable'), part(html_wrap(inner, 'Credly'), 'html', cte='quoted-printable'), boundary=b_sg())
hs = credly_via_jp(K_TO, d, CREDLY_FROM, 'Kenji, 2 badges are waiting for you', 'mx.nifty.com', 'mta-vip.nifty.com')
write('credly-two-badges-moved', hs, body, 'credly_badge_issued', None, [], True, 'en', new)

# 011 unrelated: closure survey of a DIFFERENT AWS case (billing) of Priya
B_OPEN = dt('2025-06-02 13:05:11')
CB = case15(B_OPEN, 77)
d = dt('2025-06-04 21:40:09')
new = f"""Hello,

We wanted to let you know that the following case has been resolved:

Case ID: {CB}
Subject: Unexpected NAT Gateway charges on May invoice
Severity: General question
Service: Billing

Please let us know how we did. Was this response helpful?
https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en&feedback=true

If your issue has not been resolved, you can reopen the case within 14 days from the Support Center.

Thank you for using Amazon Web Services.

Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Replies to this e-mail are not monitored.
"""
body = alt(part(new, cte='7bit', charset='us-ascii'), part(html_wrap(txt2html(new), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_gmail(P_TO, d, AWS_FROM_CONSOLE, f'Amazon Web Services: Your Support case {CB} has been resolved')
write('other-case-billing-resolved', hs, body, 'unrelated', CB, [], True, 'en', new,
      note='closure/survey of a different (billing) AWS case: unrelated; case_id set to that case id')

# ---------------------------------------------------------------- story 5: Daniel Okafor, 2019 form case, 10-digit id
D_TO = 'daniel@okafor-consulting.com'
C5 = '6348201957'
d = dt('2019-11-14 06:52:31')
new = f"""Dear Daniel,

Greetings from AWS Training and Certification!!

This is with reference to your case ID {C5} regarding the merging of the certification account.

As per your confirmation we have merged your both certification account successfully. Now all the certifications are reflecting under the account AWS03157748 and the account AWS00982614 is deactivated and will not be accessible further.

Kindly login to the AWS Certification account with the email id daniel@okafor-consulting.com and check at your end. In case of any discrepancy please revert back to us on the same email, we will be glad to assist you.

We appreciate your patience and understanding in this matter.

Have a great day ahead!!

Thanks and Regards,
Ravi Shankar
AWS Training and Certification
"""
quoted = """-----Original Message-----
From: Daniel Okafor <daniel@okafor-consulting.com>
Sent: 13 Nov 2019 20:11:46
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE 6348201957] [AWS Training and Certification Form Submission] - account-assistance

Yes, that is correct. Please go ahead and merge AWS00982614 into AWS03157748.

Daniel"""
text = new + '\n' + quoted + '\n'
body = part(text, charset='iso-8859-1', cte='quoted-printable')
hs = aws_via_gmail(D_TO, d, AWS_FROM_FORM, f'RE: [CASE {C5}] [AWS Training and Certification Form Submission] - account-assistance', gh=-8, gname='PST')
write('nonnative-merged-both-accounts', hs, body, 'merge_completed', C5, ['AWS00982614', 'AWS03157748'], True, 'en', new)

# ---------------------------------------------------------------- story 3: Marco Bianchi, console case (11-digit), outlook.com
M_TO = 'marco.bianchi@outlook.com'
C3 = '12207741865'
M_SUBJ = 'Two certification accounts - please consolidate'
def console_footer_en(cid):
    return f"""To see all correspondence for this case, or to reply, please go to Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

====================================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
====================================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# 013 merge_completed: console agent reply, HTML only, avoids the word "merge"
d = dt('2023-03-10 16:25:44')
new = f"""Hello Marco,

Thank you for your patience while our back-office team worked on this.

I am happy to let you know that your exam records have been brought together: the certification history that was stored under AWS-05561209 has been transferred to AWS 09914378, which is now your only active candidate profile. The profile aws05561209 has been closed and you will not be able to sign in to it any more.

Please sign in with marco.bianchi@outlook.com and check that all four certifications show under "Certifications" and that your exam benefits are there. If anything looks off, just reply in the Support Center and I will take another look.

Kind regards,
Nikolai S.
Amazon Web Services
"""
inner = (f'<p style="font-size:12px;color:#687078">Case ID {C3} &middot; {M_SUBJ}</p>' + txt2html(new) +
         '<hr>' + txt2html(console_footer_en(C3)).replace(f'https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;language=en',
         f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;language=en</a>'))
body = part(html_wrap(inner, 'Amazon Web Services'), 'html', cte='quoted-printable')
hs = aws_via_outlook(M_TO, d, AWS_FROM_CONSOLE, f'RE:[CASE {C3}] {M_SUBJ}')
write('console-records-brought-together', hs, body, 'merge_completed', C3, ['AWS05561209', 'AWS09914378'], True, 'en', new, crlf=True)

# 014 survey: automatic resolution because the customer did not answer
d = dt('2023-03-17 16:30:02')
new = f"""Hello,

We haven't heard back from you regarding case {C3}. Because we have not received a response to our last correspondence, we have resolved your case. If you still need help with this issue, you can reopen the case within the next 14 days by replying in the Support Center.

Case ID: {C3}
Subject: {M_SUBJ}
Severity: Low

How did we do? Please take a moment to rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en&rate=true

Thank you for contacting Amazon Web Services.
"""
text = new + '\n' + console_footer_en(C3).split('\n\n', 2)[2]
body = alt(part(text, cte='7bit', charset='us-ascii'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(M_TO, d, AWS_FROM_CONSOLE, f'Amazon Web Services: Your case {C3} has been resolved')
write('auto-resolved-no-response', hs, body, 'survey', C3, [], True, 'en', new, crlf=True)

# 015 support_reply: automatic "case reopened" notice after Marco replied in Support Center
d = dt('2023-03-21 07:12:19')
new = f"""Hello,

Your support case {C3} has been reopened because a new correspondence was added to it. An AWS Support representative will review the case and reply.

Case ID: {C3}
Subject: {M_SUBJ}
Status: Reopened

"""
text = new + '\n' + console_footer_en(C3)
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(M_TO, d, AWS_FROM_CONSOLE, f'Amazon Web Services: Support case {C3} has been reopened')
write('case-reopened-notice', hs, body, 'support_reply', C3, [], True, 'en', new, crlf=True,
      note='automatic "case reopened" notice: not a new case -> support_reply')

# 016 merge_confirmation_requested: non-native agent, third account
d = dt('2023-03-22 04:55:36')
new = f"""Hello Marco,

Thanks for getting back, no problem at all to reopen the case.

I could find the third profile you mention. Kindly find below the details and confirm us if it is correct before we go ahead:

Source account (will be closed) : AWS03370215 - m.bianchi@studenti.polimi.it
Destination account (will stay) : AWS09914378 - marco.bianchi@outlook.com

Please be informed once the accounts are consolidated it is not possible to revert the action. Please reply with "I confirm" so we can submit the request to the concerned team.

Best regards,
Nikolai S.
Amazon Web Services
"""
text = new + '\n' + console_footer_en(C3)
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='base64'), boundary=b_ses())
hs = aws_via_outlook(M_TO, d, AWS_FROM_CONSOLE, f'RE:[CASE {C3}] {M_SUBJ}')
write('reopened-confirm-third-profile', hs, body, 'merge_confirmation_requested', C3, ['AWS03370215', 'AWS09914378'], True, 'en', new, crlf=True)

# 017 merge_completed: second completion, non-native, short
d = dt('2023-03-23 18:03:11')
new = f"""Hello Marco,

Request is completed from our side. The account AWS03370215 is now merged in to AWS09914378, you can see the Cloud Practitioner from 2017 in your certification list.

Sorry for the trouble caused and have a nice day.

Best regards,
Nikolai S.
Amazon Web Services
"""
text = new + '\n' + console_footer_en(C3)
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(M_TO, d, AWS_FROM_CONSOLE, f'RE:[CASE {C3}] {M_SUBJ}')
write('second-merge-request-completed', hs, body, 'merge_completed', C3, ['AWS03370215', 'AWS09914378'], True, 'en', new, crlf=True)

# 018 credly_badge_issued look-alike phishing ABOUT the merge (authenticates for its own look-alike domain)
d = dt('2023-03-24 22:47:09')
PH = 'credly-badgetransfer.com'
new = f"""Hello Marco,

Following the recent consolidation of your AWS Certification accounts, 4 badges have been transferred to your profile and are waiting for your acceptance:

 * AWS Certified Cloud Practitioner
 * AWS Certified Solutions Architect - Associate
 * AWS Certified SysOps Administrator - Associate
 * AWS Certified Developer - Associate

IMPORTANT: transferred badges that are not accepted within 48 hours are revoked and must be re-earned.

Accept my badges: https://www.{PH}/accept?u=marco.bianchi%40outlook.com&ref=aws-merge

Thank you,
Credly Badge Services
"""
inner = txt2html(new).replace(f'Accept my badges: https://www.{PH}/accept?u=marco.bianchi%40outlook.com&amp;ref=aws-merge',
        f'<a href="https://www.{PH}/accept?u=marco.bianchi%40outlook.com&amp;ref=aws-merge" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">ACCEPT MY BADGES</a>')
body = alt(part(new, cte='7bit', charset='us-ascii'), part(html_wrap(inner, 'Credly'), 'html', cte='quoted-printable'), boundary=b_outlook())
ip = '185.231.72.14'
ar = (f'spf=pass (sender IP is {ip})\n smtp.mailfrom={PH}; dkim=pass (signature was verified)\n header.d={PH};dmarc=pass action=none\n header.from={PH};compauth=pass reason=100')
hs = outlook_trace(M_TO, d, f'bounce@{PH}', f'mail.{PH}', ip, ar)
hs.append(dkim(d, PH, 'default', int(d.timestamp()), h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/relaxed'))
hs += std_headers(f'"Credly" <badges@{PH}>', M_TO, 'Action required: accept your transferred AWS badges', rdate(d, 3), f'<{rhex(24)}@{PH}>')
hs += ms_tail(d)
write('lookalike-credly-transferred-badges', hs, body, 'credly_badge_issued', None, [], False, 'en', new, crlf=True,
      note='Credly look-alike that talks about badges moved after the merge: kept content kind credly_badge_issued, sender_verified false')

# 019 unrelated: spoofed Credly account-suspension phish, Gmail says dmarc=fail
d = dt('2025-06-21 05:09:33')
new = """Dear user,

We detected unusual sign-in activity on your Credly account. To avoid suspension of your digital credentials, please verify your identity within 24 hours.

Verify now: http://credly.account-verify-login.top/session?id=8f2b1c

If you do not verify, your badges will be hidden from public view.

Credly Trust & Safety
"""
body = part(html_wrap(txt2html(new).replace('http://credly.account-verify-login.top/session?id=8f2b1c', '<a href="http://credly.account-verify-login.top/session?id=8f2b1c">https://www.credly.com/verify</a>'), 'Credly'), 'html', cte='base64')
ip = '45.153.34.201'
mf = 'info@mx-relay-443.biz'
ar = (f'       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};\n'
      f'       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=credly.com')
hs = gmail_trace(P_TO, d, mf, 'mx-relay-443.biz', ip, ar)
hs += std_headers('"Credly" <admin@credly.com>', P_TO, 'Security alert: verify your Credly account', rdate(d, 1), f'<{rhex(20)}@mx-relay-443.biz>')
write('spoofed-credly-suspension-phish', hs, body, 'unrelated', None, [], False, 'en', new,
      note='spoofed Credly sender, not about the merge: unrelated, sender_verified false')

# 020 unrelated: Amazon Seller Central case, same RE:[CASE ...] subject style
d = dt('2025-07-02 14:28:50')
SC = '6120457783'
new = f"""Hello,

Thank you for contacting Amazon Seller Support.

I have reviewed the listing you mentioned (ASIN B0CXK4T7QZ). The suppressed status was caused by a missing "item_type_keyword" attribute. I have added the attribute for you and the listing should become active within 24 hours.

If you have any further questions, please reply to this message.

Was this e-mail helpful? https://sellercentral.amazon.com/cu/case-lobby?caseID={SC}&feedback=1

Thank you for selling with Amazon,
Shreya
Amazon Seller Support
"""
body = alt(part(new, cte='7bit', charset='us-ascii'), part(html_wrap(txt2html(new), 'Seller Central'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_gmail(D_TO, d, '"Amazon Seller Central" <seller-notification@amazon.com>', f'RE:[CASE {SC}] Listing suppressed - ASIN B0CXK4T7QZ')
write('seller-central-case-reply', hs, body, 'unrelated', SC, [], True, 'en', new,
      note='Seller Central (genuine amazon.com, DMARC pass): unrelated, sender_verified true (amazon.com family); case_id = its own case id')

# ---------------------------------------------------------------- story 4: 佐藤 貴子, form case, yahoo.co.jp (Shift_JIS / ISO-2022-JP)
S_TO = 'takako.sato@yahoo.co.jp'
S_OPEN = dt('2025-09-16 00:41:12')
C4 = case15(S_OPEN, 2204)
S_SUBJ = f'[CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance'
YJ = 'mta5{:03d}.mail.kks.yahoo.co.jp'.format(random.randint(0, 999))
SIG_KOBAYASHI = """小林
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""

# 021 merge_confirmation_requested (ja, keigo)
d = dt('2025-09-17 01:26:40')
new = f"""佐藤 貴子 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
カスタマーサポートの小林と申します。

お問い合わせいただきましたアカウント統合の件につきまして、お客様の認定アカウントを確認いたしましたところ、以下の 2 件が見つかりました。

　・AWS06608842（t.sato.work@example-corp.co.jp）… 統合後に閉鎖されます
　・AWS12279035（takako.sato@yahoo.co.jp）… 統合後も存続します

統合を実施いたしますと、AWS06608842 の認定資格・受験履歴・特典はすべて AWS12279035 へ移行され、元に戻すことはできかねます。

上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてご確認いただけますでしょうか。存続させるアカウントを逆にご希望の場合も、その旨お知らせくださいませ。

何卒よろしくお願い申し上げます。

"""
text = new + SIG_KOBAYASHI + '\n' + FORM_FOOTER
body = part(text, charset='iso-2022-jp', cte='7bit')
hs = aws_via_jp(S_TO, d, AWS_FROM_FORM, 'RE:' + S_SUBJ, YJ, 'mx.mail.yahoo.co.jp', style='yahoo')
write('ja-kakunin-onegai-keigo', hs, body, 'merge_confirmation_requested', C4, ['AWS06608842', 'AWS12279035'], True, 'ja', new)

# 022 support_reply (ja): thanks for confirming, will proceed; Shift_JIS 8bit; quoted Japanese history
d = dt('2025-09-17 05:11:03')
new = f"""佐藤 貴子 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
早速ご確認のご連絡をいただき、誠にありがとうございます。

いただいた内容をもとに、担当部署にてお手続きを進めてまいります。作業が完了いたしましたら、本メールスレッドにて改めてご案内いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は旧アカウントへのサインインをお控えいただけますと幸いです。

"""
quoted = """2025年9月17日(水) 13:58 佐藤貴子 <takako.sato@yahoo.co.jp>:
> 小林様
>
> ご連絡ありがとうございます。
> 内容に相違ございません。AWS06608842 を AWS12279035 に統合してください。
>
> 佐藤
>
> > 2025年9月17日(水) 10:26 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてご確認いただけますでしょうか。"""
text = new + SIG_KOBAYASHI + '\n' + quoted + '\n'
body = part(text, charset='shift_jis', cte='8bit')
hs = aws_via_jp(S_TO, d, AWS_FROM_FORM, 'RE:' + S_SUBJ, YJ, 'mx.mail.yahoo.co.jp', style='yahoo')
write('ja-kakunin-arigatou-susumemasu', hs, body, 'support_reply', C4, [], True, 'ja', new)

# 023 merge_completed (ja): label shift_jis but cp932 characters (①, ～); avoids the word 統合
d = dt('2025-09-18 08:40:55')
new = f"""佐藤 貴子 様

大変お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの小林でございます。

ご依頼の件につきまして、以下のとおり対応が完了いたしました。

①旧アカウント AWS06608842 に登録されていた認定資格（AWS Certified Cloud Practitioner ほか 2 件）を、AWS12279035 へ移行いたしました。
②旧アカウント AWS06608842 は無効化されております。

今後は takako.sato@yahoo.co.jp でサインインのうえ、認定資格および特典（50% 割引バウチャー等）が表示されていることをご確認ください。Credly バッジの再発行には 1～2 営業日ほどかかる場合がございます。

引き続きよろしくお願い申し上げます。

"""
text = new + SIG_KOBAYASHI
body = part(text, charset='shift_jis', cte='base64', codec='cp932')
hs = aws_via_jp(S_TO, d, AWS_FROM_FORM, 'RE:' + S_SUBJ, YJ, 'mx.mail.yahoo.co.jp', style='yahoo')
write('ja-iko-kanryo-sjis-cp932', hs, body, 'merge_completed', C4, ['AWS06608842', 'AWS12279035'], True, 'ja', new,
      note='charset label shift_jis but bytes are cp932 (contains circled digits and wave dash)')

# 024 survey (ja): agent-written closure, ISO-2022-JP
d = dt('2025-09-25 02:03:47')
new = f"""佐藤 貴子 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。

先日ご案内いたしました件につきまして、その後ご不明な点はございませんでしょうか。

特にご連絡をいただいておりませんので、誠に勝手ながら本ケースはこれにてクローズとさせていただきます。再度ご不明な点がございましたら、本メールにご返信いただければケースを再開いたします。

また、このあと今回の対応に関するアンケートのご案内をお送りいたします。お手数ではございますが、ご協力いただけますと幸いです。

"""
text = new + SIG_KOBAYASHI + '\n' + FORM_FOOTER
body = part(text, charset='iso-2022-jp', cte='7bit')
hs = aws_via_jp(S_TO, d, AWS_FROM_FORM, 'RE:' + S_SUBJ, YJ, 'mx.mail.yahoo.co.jp', style='yahoo')
write('ja-agent-closes-case', hs, body, 'survey', C4, [], True, 'ja', new,
      note='closure written by the agent (no new merge statement) -> survey')

# 025 credly_badge_issued: reminder that the badge is still waiting to be accepted (Yahoo! JAPAN AR style)
d = dt('2025-09-23 14:20:18')
mf = f'bounces+{random.randint(1000000,9999999)}-{rhex(4)}-takako.sato=yahoo.co.jp@em8812.credly.com'
ip = '149.72.154.231'
hs = [('Return-Path', f'<{mf}>'),
      ('Received', f'from o3.ptr6120.em.credly.com ({ip})\n  by {YJ} with SMTP; {rdate(sec(d, 3), 9)}'),
      ('Authentication-Results', f'{YJ}  from=credly.com; domainkeys=neutral (no sig);\n  dkim=pass (ok) header.i=@credly.com; from=em8812.credly.com; spf=pass smtp.mailfrom=em8812.credly.com'),
      dkim(d, 'credly.com', 's1', int(d.timestamp()), h='content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to', c='relaxed/relaxed')]
hs += std_headers(CREDLY_FROM, S_TO, 'Reminder: Takako, your badge is waiting for you', rdate(d), f'<{ralnum(22)}@geopod-ismtpd-7>',
                  [('Reply-To', 'support@credly.com')])
url = f'https://www.credly.com/badges/{uid()}?source=email-reminder'
new = f"""Hi Takako,

Don't forget - Amazon Web Services Training and Certification issued you a badge and it's still waiting for you.

AWS Certified AI Practitioner

Accept your badge to add it to your profile and share it with your network: {url}

Badges you have not accepted are not visible to anyone else.

Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
"""
inner = txt2html(new).replace(f': {url}', f': <br><a href="{url}" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept badge</a>')
body = alt(part(new, cte='quoted-printable'), part(html_wrap(inner, 'Credly'), 'html', cte='quoted-printable'), boundary=b_sg())
write('credly-reminder-accept-yahoojp', hs, body, 'credly_badge_issued', None, [], True, 'en', new,
      note='"badge still waiting" reminder counts as ready to accept -> credly_badge_issued; Yahoo! JAPAN AR has dkim=pass header.i=@credly.com (aligned), no dmarc token')

# ---------------------------------------------------------------- story 6: Lena Hoffmann, form case, Microsoft 365
L_TO = 'lena.hoffmann@brightfield-analytics.de'
L_OPEN = dt('2025-08-04 07:55:21')
C6 = case15(L_OPEN, 46150)
L_SUBJ = f'[CASE {C6}] [AWS Training and Certification Form Submission] - account-assistance'

# 026 support_reply: "not completed yet" status update; quotes Lena's Outlook mail
d = dt('2025-08-12 13:37:29')
new = f"""Hi Lena,

Thank you for following up, and I'm sorry for the wait.

I checked with our operations team: the merge has not been completed yet. Your request is in their queue and they expect to process it by the end of this week. As soon as it is done I'll let you know on this thread, so there is no need to open another case.

Thank you for your patience.

Best regards,
Jonas P.
AWS Training and Certification Customer Support
"""
quoted = f"""________________________________
From: Lena Hoffmann <lena.hoffmann@brightfield-analytics.de>
Sent: Tuesday, August 12, 2025 10:03 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {C6}] [AWS Training and Certification Form Submission] - account-assistance

Hello,

it has been a week since I confirmed the merge of AWS10045873 into AWS08836120. Is there any update? I need the certificate for a customer tender.

Kind regards
Lena Hoffmann
Senior Data Engineer | Brightfield Analytics GmbH"""
text = new + '\n' + quoted + '\n\n' + FORM_FOOTER
html = html_wrap(txt2html(new) + '<div style="border-top:1px solid #b5c4df;padding-top:6px;color:#222">' + txt2html(quoted) + '</div>')
body = alt(part(text, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(L_TO, d, AWS_FROM_FORM, 'RE:' + L_SUBJ)
write('not-completed-yet-status', hs, body, 'support_reply', C6, [], True, 'en', new,
      note='status update that explicitly says the merge is NOT completed yet -> support_reply')

# 027 merge_completed + closure + survey invitation in the same agent mail
d = dt('2025-08-14 09:02:14')
new = f"""Hi Lena,

I'm pleased to confirm that your certification accounts have been merged. AWS10045873 no longer exists as a separate account and all of its certifications are now listed under AWS08836120 (lena.hoffmann@brightfield-analytics.de). You can download your certificates from the Certification Account portal straight away.

As your request is now complete, I will be closing this case. You may receive a short survey about your experience - we would really appreciate your feedback.

Best regards,
Jonas P.
AWS Training and Certification Customer Support
"""
text = new + '\n' + FORM_FOOTER
html = html_wrap(txt2html(new) + '<p style="font-size:11px;color:#687078">' + FORM_FOOTER.replace('\n', '<br>') + '</p>')
body = alt(part(text, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(L_TO, d, AWS_FROM_FORM, 'RE:' + L_SUBJ)
write('merged-and-closing-case', hs, body, 'merge_completed', C6, ['AWS08836120', 'AWS10045873'], True, 'en', new,
      note='one agent mail says the merge is done AND closes the case with a survey mention: chose merge_completed (the news of this mail)')

# 028 credly_badge_issued: genuine Credly, but the company gateway rewrote links -> dkim/dmarc fail at Microsoft 365
d = dt('2025-08-15 16:44:02')
def urld(u):
    return 'https://urldefense.com/v3/__' + u + '__;!!' + rb64(20) + '$'
url = f'https://www.credly.com/badges/{uid()}?source=email-badge-issued'
new = f"""Hi Lena,

Amazon Web Services Training and Certification issued you a new badge.

AWS Certified Data Engineer – Associate
Issued to: lena.hoffmann@brightfield-analytics.de

Accept your badge: {urld(url)}

Why accept? Your badge is a verified, portable record of your skills that you can share on LinkedIn and in your e-mail signature.

Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
"""
body = alt(part(new, cte='quoted-printable'), part(html_wrap(txt2html(new), 'Credly'), 'html', cte='quoted-printable'), boundary=b_sg())
ip = '149.72.120.17'
mf = f'bounces+3355120-{rhex(4)}-lena.hoffmann=brightfield-analytics.de@em3311.credly.com'
ar = (f'spf=pass (sender IP is 185.183.29.41)\n smtp.mailfrom=em3311.credly.com; dkim=fail (body hash did not verify)\n header.d=credly.com;dmarc=fail action=none\n header.from=credly.com;compauth=softpass reason=201')
hs = outlook_trace(L_TO, d, mf, 'mx0b-00183d01.pphosted.com', '185.183.29.41', ar)
hs.append(('X-Proofpoint-GUID', ralnum(32)))
hs.append(dkim(d, 'credly.com', 's1', int(d.timestamp()), h='content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to', c='relaxed/relaxed'))
hs += std_headers(CREDLY_FROM, L_TO, 'Lena, you earned a badge from Amazon Web Services Training and Certification', rdate(d), f'<{ralnum(22)}@geopod-ismtpd-12>', [('Reply-To', 'support@credly.com')])
hs += ms_tail(d)
write('credly-badge-dkim-broken-by-gateway', hs, body, 'credly_badge_issued', None, [], False, 'en', new,
      note='genuine-looking Credly badge mail whose topmost AR shows dkim=fail/dmarc=fail (link rewriting gateway): sender_verified false')

# ---------------------------------------------------------------- story 7: 中村 彩, console case in Japanese, gmail
A_TO = 'aya.nakamura.cloud@gmail.com'
A_OPEN = dt('2025-10-06 01:12:45')
C7 = case15(A_OPEN, 9073)
A_SUBJ = '重複している認定アカウントの一本化のお願い'
def console_ja_footer(cid):
    return CONSOLE_JA_FOOTER.replace(C2, cid)

# 029 merge_completed (ja, UTF-8 QP, text + HTML)
d = dt('2025-10-08 06:31:09')
new = f"""中村 彩 様

お問い合わせいただきありがとうございます。AWS サポートの佐々木でございます。

ご依頼いただいておりました 2 つの認定アカウント（AWS07721954、AWS13308467）につきまして、AWS13308467 への一本化が完了いたしました。

AWS07721954 で取得された認定資格は、現在 AWS13308467 の認定資格一覧に表示されております。お手数ですが、サインインのうえ内容に相違がないかご確認くださいませ。

引き続きどうぞよろしくお願いいたします。

佐々木
Amazon Web Services
"""
text = new + '\n' + console_ja_footer(C7)
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text), 'Amazon Web Services'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_gmail(A_TO, d, AWS_FROM_CONSOLE, enc_h(f'RE:[CASE {C7}] {A_SUBJ}', 'utf-8'), gh=9, gname=None)
write('ja-ipponka-kanryo', hs, body, 'merge_completed', C7, ['AWS07721954', 'AWS13308467'], True, 'ja', new)

# 030 support_reply (ja): agent reopened the case because Credly badges did not move
d = dt('2025-10-14 04:18:50')
new = f"""中村 彩 様

AWS サポートの佐々木でございます。
ご連絡いただきありがとうございます。本ケースを再開いたしました。

Credly のバッジが存続アカウントへ移行されていない件、ご不便をおかけし大変申し訳ございません。旧アカウント AWS07721954 に紐づく Credly アカウントのバッジにつきまして、現在 Credly との連携を担当するチームへ調査を依頼しております。

進捗がございましたら、本ケースにてご連絡いたします。今しばらくお待ちくださいますようお願い申し上げます。

佐々木
Amazon Web Services
"""
text = new + '\n' + console_ja_footer(C7)
body = alt(part(text, cte='base64'), part(html_wrap(txt2html(text), 'Amazon Web Services'), 'html', cte='base64'), boundary=b_ses())
hs = aws_via_gmail(A_TO, d, AWS_FROM_CONSOLE, enc_h(f'RE:[CASE {C7}] {A_SUBJ}', 'utf-8'), gh=9, gname=None)
write('ja-reopened-credly-investigating', hs, body, 'support_reply', C7, ['AWS07721954'], True, 'ja', new)

# 031 credly_badge_issued: HTML-only Credly mail after the fix
d = dt('2025-10-16 22:09:41')
url = f'https://www.credly.com/badges/{uid()}/accept?source=email-badge-issued'
inner = f'''<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0"><img src="https://www.credly.com/assets/credly-logo.png" width="96" alt="Credly"></td></tr></table>
<h1 style="font-size:22px;text-align:center;font-weight:600">Aya, you've been issued a new badge!</h1>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/{uid()}/image.png" width="150" alt="AWS Certified Machine Learning Engineer - Associate"></p>
<p style="text-align:center;font-size:16px"><b>AWS Certified Machine Learning Engineer – Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p style="text-align:center"><a href="{url}" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none;font-weight:600">Accept Badge</a></p>
<p style="font-size:12px;color:#6b6b6b;text-align:center">You are receiving this e-mail because a badge was issued to aya.nakamura.cloud@gmail.com.<br><a href="https://www.credly.com/notifications/unsubscribe">Manage e-mail preferences</a> &middot; Credly, Inc., 1 Liberty Plaza, New York, NY 10006</p>'''
body = part(html_wrap(inner, 'Credly', 'font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333'), 'html', cte='quoted-printable')
hs = credly_via_gmail(A_TO, d, CREDLY_FROM, "You've been issued a new badge from Amazon Web Services Training and Certification", gh=9, gname=None)
write('credly-html-only-mle-badge', hs, body, 'credly_badge_issued', None, [], True, 'en', '')

# 032 support_reply (ja): follow-up question about the 50% voucher, not about the merge itself
d = dt('2025-10-17 03:45:30')
new = f"""中村 彩 様

AWS サポートの佐々木でございます。

Credly のバッジが再発行されたとのこと、ご確認いただきありがとうございます。

別途ご質問いただきました 50% 割引特典の件でございますが、特典は認定資格に紐づいて付与されるため、統合後のアカウントの「特典」タブにて引き続きご利用いただけます。もし「特典」タブに表示されない場合は、表示されている画面のスクリーンショットを本ケースに添付いただけますでしょうか。

よろしくお願いいたします。

佐々木
Amazon Web Services
"""
text = new + '\n' + console_ja_footer(C7)
body = alt(part(text, charset='iso-2022-jp', cte='7bit'), part(html_wrap(txt2html(text), 'Amazon Web Services').replace('charset=utf-8', 'charset=iso-2022-jp'), 'html', charset='iso-2022-jp', cte='7bit'), boundary=b_ses())
hs = aws_via_gmail(A_TO, d, AWS_FROM_CONSOLE, enc_h(f'RE:[CASE {C7}] {A_SUBJ}', 'iso-2022-jp'), gh=9, gname=None)
write('ja-voucher-question-after-merge', hs, body, 'support_reply', C7, [], True, 'ja', new)

# ---------------------------------------------------------------- story 8: Tomás Alvarez, console case 2022 (11-digit), self-hosted mail without AR
T_TO = 'tomas@alvarez.family'
C8 = '10927734561'
T_SUBJ = 'Merge my two certification accounts'
def selfhosted_trace(d, region=None):
    mf = ses_mailfrom(d, region)
    host, ip = ses_host(region)
    r = sec(d, random.randint(1, 3))
    return [('Return-Path', f'<{mf}>'),
            ('X-Original-To', T_TO), ('Delivered-To', T_TO),
            ('Received', f'from {host} ({host} [{ip}])\n\tby mail.alvarez.family (Postfix) with ESMTPS id 4L{ralnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}\n\tfor <{T_TO}>; {rdate(r, -5)}')]

# 033 case_created: console "You have opened a new Support case"
T_OPEN = dt('2022-09-12 14:03:37')
d = sec(T_OPEN, 11)
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C8} to address your issue.

Case ID: {C8}
Subject: {T_SUBJ}
Severity: Low
Correspondence: Hi, I passed SAA in 2019 with a work e-mail and DVA this year with my personal one, so I now have two candidate accounts (AWS04490017 and AWS06632108). Please combine them into one, keeping AWS06632108.

We will reply to you in the Support Center. You can check the status of your case at:
https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=en

Thank you for contacting Amazon Web Services.
"""
text = new + '\n' + console_footer_en(C8).split('\n\n', 2)[2]
body = alt(part(text, cte='7bit', charset='us-ascii'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = selfhosted_trace(d) + ses_dkim(d) + std_headers(AWS_FROM_CONSOLE, T_TO, f'Amazon Web Services: You have opened a new Support case: {C8}', rdate(d), ses_id(d))
write('console-new-case-opened', hs, body, 'case_created', C8, ['AWS04490017', 'AWS06632108'], None, 'en', new)

# 034 support_reply: chaser, no accounts named
d = dt('2022-09-16 11:20:05')
new = f"""Hello Tomas,

I'm following up on my previous message in this case. We still need your confirmation before we can go ahead with the request; please review the account details I sent on September 13 and reply in the Support Center to let us know whether they are correct.

If we don't hear from you within the next 3 days, this case will be closed automatically, but you can reopen it at any time within 14 days.

Best regards,
Heather W.
Amazon Web Services
"""
text = new + '\n' + console_footer_en(C8)
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = selfhosted_trace(d) + ses_dkim(d) + std_headers(AWS_FROM_CONSOLE, T_TO, f'RE:[CASE {C8}] {T_SUBJ}', rdate(d), ses_id(d))
write('chaser-still-need-confirmation', hs, body, 'support_reply', C8, [], None, 'en', new,
      note='chaser that asks for the pending confirmation but names no accounts -> support_reply (not merge_confirmation_requested)')

# 035 merge_completed: no Authentication-Results at all
d = dt('2022-09-21 19:48:13')
new = f"""Hello Tomas,

Thank you for confirming the details. The consolidation is now complete: AWS04490017 has been merged into AWS06632108, and both your Solutions Architect - Associate and Developer - Associate certifications are listed there.

Going forward, please use tomas@alvarez.family to sign in to your AWS Certification Account. Your previous login will no longer work.

Best regards,
Heather W.
Amazon Web Services
"""
text = new + '\n' + console_footer_en(C8)
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = selfhosted_trace(d) + ses_dkim(d) + std_headers(AWS_FROM_CONSOLE, T_TO, f'RE:[CASE {C8}] {T_SUBJ}', rdate(d), ses_id(d))
write('consolidation-complete-no-ar', hs, body, 'merge_completed', C8, ['AWS04490017', 'AWS06632108'], None, 'en', new)

# 036 survey: non-native agent closes the case and asks for a rating
d = dt('2022-09-24 05:02:44')
new = f"""Hello Tomas,

Hope you are doing well.

As the request is resolved and we have not received any further query from your end, I am going ahead and closing this case. Your feedback is very important for us, kindly take out a moment to rate my response by clicking on the stars in the Support Center.

Have a nice weekend!

Best regards,
Heather W.
Amazon Web Services
"""
text = new + '\n' + console_footer_en(C8)
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = selfhosted_trace(d) + ses_dkim(d) + std_headers(AWS_FROM_CONSOLE, T_TO, f'RE:[CASE {C8}] {T_SUBJ}', rdate(d), ses_id(d))
write('agent-closing-rate-my-response', hs, body, 'survey', C8, [], None, 'en', new,
      note='agent-written closure with rating request -> survey')

# 037 case_created (ja): console acknowledgement for Aya's case
d = sec(A_OPEN, 9)
new = f"""Amazon Web Services へお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {C7} をオープンしました。

ケース ID: {C7}
件名: {A_SUBJ}
重要度: 低

担当者からの回答はサポートセンターにてお知らせいたします。ケースの状況は以下からご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={C7}&language=ja

Amazon Web Services をご利用いただきありがとうございます。
"""
text = new + '\n' + console_ja_footer(C7).split('\n\n', 2)[2]
body = alt(part(text, cte='base64'), part(html_wrap(txt2html(text), 'AWS Support'), 'html', cte='base64'), boundary=b_ses())
hs = aws_via_gmail(A_TO, d, AWS_FROM_CONSOLE, enc_h(f'Amazon Web Services: 新しいサポートケースがオープンされました: {C7}', 'utf-8'), gh=9, gname=None)
write('ja-console-case-opened', hs, body, 'case_created', C7, [], True, 'ja', new)

# ---------------------------------------------------------------- story 9: Zoë Laurent, form case 2025-11, gmail
Z_TO = 'zoe.laurent.cloud@gmail.com'
Z_OPEN = dt('2025-11-03 08:26:51')
C9 = case15(Z_OPEN, 61)
Z_SUBJ = f'[CASE {C9}] [AWS Training and Certification Form Submission] - account-assistance'

# 038 case_created: form ack, charset label iso-8859-1 but bytes are UTF-8 (8bit)
d = sec(Z_OPEN, 31)
new = f"""Hello Zoë,

Thank you for reaching out to AWS Training and Certification – we’ve received your request.

Case number: {C9}
Inquiry: Certification › Account Merge
AWS candidate ID provided: aws 09120348

Our team usually responds within 24 hours. To help us resolve your request faster, please reply to this e-mail with the e-mail address used on each of your certification accounts.

Please don’t submit a new request for the same question – it may delay our answer.

AWS Training and Certification
"""
body = part(new + '\n' + FORM_FOOTER, charset='utf-8', label='iso-8859-1', cte='8bit')
hs = aws_via_gmail(Z_TO, d, AWS_FROM_FORM, Z_SUBJ, gh=-8, gname='PST')
write('form-ack-wrong-charset-label', hs, body, 'case_created', C9, ['AWS09120348'], True, 'en', new,
      note='declared iso-8859-1, bytes are UTF-8 (mojibake for é/’); id written "aws 09120348"')

# 039 merge_completed spoof: From says amazon.com, topmost AR shows dmarc=fail; forged AR lower down says pass
d = dt('2025-11-05 23:14:08')
new = f"""Hello Zoë,

Your certification accounts AWS09120348 and AWS11873302 have been successfully merged.

To keep your certifications active after the merge you must re-validate your candidate profile within 24 hours. Unvalidated profiles are suspended and the certifications must be re-taken.

Validate profile: https://aws-certification-portal.support-verify.net/validate?case={C9}

Best regards,
AWS Training and Certification Customer Support
"""
ip = '193.142.146.77'
mf = 'noreply@mail-notify-svc.com'
ar = (f'       spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf};\n'
      f'       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com')
hs = gmail_trace(Z_TO, d, mf, 'vps-77.mail-notify-svc.com', ip, ar, -8, 'PST')
hs.append(('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass; dmarc=pass header.from=amazon.com'))
hs += std_headers(AWS_FROM_FORM, Z_TO, 'RE:' + Z_SUBJ, rdate(d), f'<0100019a5{rhex(7)}-{uid()}-000000@email.amazonses.com>')
body = alt(part(new, cte='quoted-printable'), part(html_wrap(txt2html(new)), 'html', cte='quoted-printable'), boundary=b_ses())
write('spoof-merge-done-revalidate', hs, body, 'merge_completed', C9, ['AWS09120348', 'AWS11873302'], False, 'en', new,
      note='phishing about the merge: content kind merge_completed, sender_verified false (top AR dmarc=fail; a forged lower AR claims pass)')

# 040 merge_confirmation_requested look-alike domain
d = dt('2025-11-04 16:02:51')
LA = 'aws-certification-helpdesk.com'
new = f"""Dear Candidate,

We received a request to merge the following AWS Certification accounts:

   Merging account:   AWS 09120348
   Surviving account: AWS 11873302

To confirm this merge, sign in with your AWS Certification credentials on the secure page below. If you do not confirm within 48 hours, the request will be cancelled and both accounts may be locked for security reasons.

Confirm merge: https://{LA}/merge/confirm?ref={C9}

AWS Training & Certification Support Team
"""
ip = '104.168.53.90'
ar = (f'       dkim=pass header.i=@{LA} header.s=default header.b={rb64(8)};\n'
      f'       spf=pass (google.com: domain of support@{LA} designates {ip} as permitted sender) smtp.mailfrom=support@{LA};\n'
      f'       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={LA}')
hs = gmail_trace(Z_TO, d, f'support@{LA}', f'mail.{LA}', ip, ar, -8, 'PST')
hs.append(dkim(d, LA, 'default', int(d.timestamp()), c='relaxed/relaxed'))
hs += std_headers(f'"AWS Certification" <support@{LA}>', Z_TO, f'Action Required: confirm your AWS Certification account merge [CASE {C9}]', rdate(d, -5), f'<{rhex(32)}@{LA}>')
body = part(html_wrap(txt2html(new).replace(f'Confirm merge: https://{LA}/merge/confirm?ref={C9}', f'<a href="https://{LA}/merge/confirm?ref={C9}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm merge</a>')), 'html', cte='base64')
write('lookalike-confirm-merge-signin', hs, body, 'merge_confirmation_requested', C9, ['AWS09120348', 'AWS11873302'], False, 'en', new,
      note='look-alike domain asking to confirm the merge (it even quotes the real case id): merge_confirmation_requested, sender_verified false')

# 041 merge_completed: genuine, non-native (French) agent, "fusion", ids written with hyphen/space
d = dt('2025-11-06 10:41:27')
new = f"""Hello Zoë,

Thank you for your patience.

We have finalised the fusion of your two profiles: AWS-09120348 is now closed and its three certifications are attached to AWS 11873302, which stays your active profile. You can login with zoe.laurent.cloud@gmail.com as before.

Your badges on Credly will be issued again on the e-mail of the active profile in the next days, please accept them when you receive the e-mail.

"""
quoted = f"""On Wed, Nov 5, 2025 at 9:12 AM Zoë Laurent <zoe.laurent.cloud@gmail.com> wrote:
> Hi, yes this is correct, you can merge AWS09120348 into AWS11873302.
> Thanks a lot!
> Zoë"""
text = new + AWS_SIG_FORM.format(agent='Camille D.') + quoted + '\n\n' + FORM_FOOTER
html = html_wrap(txt2html(new + AWS_SIG_FORM.format(agent='Camille D.')) + '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + txt2html(quoted) + '</blockquote>')
body = alt(part(text, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_gmail(Z_TO, d, AWS_FROM_FORM, 'RE:' + Z_SUBJ, gh=-8, gname='PST')
write('nonnative-fusion-finalised', hs, body, 'merge_completed', C9, ['AWS09120348', 'AWS11873302'], True, 'en', new)

# 042 survey: separate survey invitation a few days later
d = dt('2025-11-09 17:00:12')
inner = f'''<p style="font-size:18px"><b>How was your experience with AWS Training and Certification Support?</b></p>
<p>Hi Zoë,</p>
<p>You recently contacted us about case {C9}. We'd like to hear how it went. The survey takes about two minutes.</p>
<p>How likely are you to recommend AWS Training and Certification Support to a colleague?</p>
<table cellspacing="3"><tr>''' + ''.join(f'<td><a href="https://survey.training.aws/s/{rhex(16)}?case={C9}&amp;nps={i}" style="display:block;width:26px;text-align:center;border:1px solid #879596;padding:6px 0;text-decoration:none;color:#16191f">{i}</a></td>' for i in range(11)) + '''</tr></table>
<p style="font-size:12px;color:#687078">0 = not at all likely, 10 = extremely likely</p>
<p style="font-size:11px;color:#687078">You received this one-time survey because you contacted AWS Training and Certification. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>'''
body = part(html_wrap(inner, 'Survey'), 'html', cte='quoted-printable')
hs = aws_via_gmail(Z_TO, d, '"AWS Training and Certification" <aws-tc-survey@amazon.com>', 'Zoë, how did we do?', gh=-8, gname='PST')
hs = [(k, enc_h('Zoë, how did we do?', 'utf-8')) if k == 'Subject' else (k, v) for k, v in hs]
write('nps-survey-invite', hs, body, 'survey', C9, [], True, 'en', '')

# 043 unrelated: CertMetrics mail (mentions a candidate id in its own text)
d = dt('2025-06-05 15:30:00')
new = """Hello Priya Raman,

AWS Certification wants to hear from you!

As a valued AWS Certified individual (AWS Certification Account AWS11902356), you are invited to take part in a short survey about your certification experience. Your answers help us improve our exams and benefits.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?t=""" + rhex(24) + """

This survey closes on June 30, 2025.

Thank you,
AWS Training and Certification

Please do not reply to this e-mail; this mailbox is not monitored.
"""
ip = '52.71.104.29'
ar = (f'       dkim=pass header.i=@certmetrics.com header.s=s1 header.b={rb64(8)};\n'
      f'       spf=pass (google.com: domain of bounce@certmetrics.com designates {ip} as permitted sender) smtp.mailfrom=bounce@certmetrics.com;\n'
      f'       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com')
hs = gmail_trace(P_TO, d, 'bounce@certmetrics.com', 'mta-104-29.certmetrics.com', ip, ar)
hs.append(dkim(d, 'certmetrics.com', 's1', int(d.timestamp()), c='relaxed/relaxed'))
hs += std_headers('AWS Certification <do-not-reply@certmetrics.com>', P_TO, 'AWS Certification wants to hear from you', rdate(d), f'<{uid()}@certmetrics.com>')
body = alt(part(new, cte='7bit', charset='us-ascii'), part(html_wrap(txt2html(new)), 'html', cte='quoted-printable'))
write('certmetrics-wants-to-hear', hs, body, 'unrelated', None, ['AWS11902356'], False, 'en', new,
      note='CertMetrics (authentic but not AWS/Credly) -> sender_verified false; contains a candidate id in its own text')

# 044 unrelated (ja): Pearson VUE appointment confirmation, mentions the candidate id
d = dt('2025-10-02 06:12:44')
new = """佐藤 貴子 様

Pearson VUE をご利用いただきありがとうございます。以下の試験のご予約が確定しましたのでお知らせいたします。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
受験日時: 2025年10月25日（土）13:30 JST
受験会場: オンライン監視試験（OnVUE）
受験者 ID: AWS12279035
登録 ID: 482017735

試験開始 30 分前からチェックインが可能です。システムテストを事前に実施してください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS Certification アカウントから行ってください。

Pearson VUE
"""
ip = '159.182.12.67'
ar = (f'spf=pass smtp.mailfrom=pearson.com;\n\tdkim=pass header.d=pearson.com header.s=selector1;\n\tdmarc=pass header.from=pearson.com')
hs = jp_trace(S_TO, d, 'bounce@pearson.com', 'mailout3.pearson.com', ip, YJ, ar, 'mx.mail.yahoo.co.jp')
hs.append(dkim(d, 'pearson.com', 'selector1', int(d.timestamp()), c='relaxed/relaxed'))
hs += std_headers('Pearson VUE <pearsonvueconfirmation@pearson.com>', S_TO, enc_h('Pearson VUE 試験予約確認 - AWS Certification', 'utf-8'), rdate(d, -5), f'<{uid()}@pearson.com>')
body = alt(part(new, cte='base64'), part(html_wrap(txt2html(new)), 'html', cte='base64'), boundary=b_outlook())
write('ja-pearson-vue-yoyaku', hs, body, 'unrelated', None, ['AWS12279035'], False, 'ja', new)

# 045 unrelated: GitHub "merged" notification
d = dt('2025-07-08 12:51:03')
new = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-labs/cert-tracker/pull/42#event-18344720561
You are receiving this because you authored the thread.

Message ID: <northwind-labs/cert-tracker/pull/42/issue_event/18344720561@github.com>
"""
inner = '<p><b>Merged</b> <a href="https://github.com/northwind-labs/cert-tracker/pull/42">#42</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind-labs/cert-tracker/pull/42#event-18344720561">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>'
body = alt(part(new, cte='7bit', charset='UTF-8'), part(inner, 'html', cte='7bit', charset='UTF-8'), boundary=f'--==_mimepart_{rhex(13)}_{random.randint(10,99)}')
ip = '192.30.252.205'
ar = (f'       dkim=pass header.i=@github.com header.s=pf2023 header.b={rb64(8)};\n'
      f'       spf=pass (google.com: domain of noreply@github.com designates {ip} as permitted sender) smtp.mailfrom=noreply@github.com;\n'
      f'       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com')
hs = gmail_trace(P_TO, d, 'noreply@github.com', 'out-22.smtp.github.com', ip, ar)
hs.append(dkim(d, 'github.com', 'pf2023', int(d.timestamp()), c='relaxed/relaxed'))
hs += std_headers('Sam Ortega <notifications@github.com>', 'northwind-labs/cert-tracker <cert-tracker@noreply.github.com>',
                  'Re: [northwind-labs/cert-tracker] Merge duplicate certification records before export (PR #42)', rdate(d),
                  '<northwind-labs/cert-tracker/pull/42/issue_event/18344720561@github.com>',
                  [('Reply-To', 'northwind-labs/cert-tracker <reply+ABCD2Q7KX3@reply.github.com>'), ('Cc', 'Priya Raman <priya.raman84@gmail.com>, Author <author@noreply.github.com>'),
                   ('In-Reply-To', '<northwind-labs/cert-tracker/pull/42@github.com>'), ('References', '<northwind-labs/cert-tracker/pull/42@github.com>'),
                   ('List-ID', 'northwind-labs/cert-tracker <cert-tracker.northwind-labs.github.com>'), ('X-GitHub-Reason', 'author')])
write('github-pr-merged', hs, body, 'unrelated', None, [], False, 'en', new)

# 046 unrelated (ja): another AWS support case of Kenji (service quota), completed
Q_OPEN = dt('2025-06-20 04:02:18')
CQ = case15(Q_OPEN, 31377)
d = dt('2025-06-20 09:47:55')
new = f"""渡辺 様

Amazon Web Services をご利用いただきありがとうございます。

東京リージョン (ap-northeast-1) における「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の vCPU 上限緩和リクエストにつきまして、ご希望の 256 への引き上げが完了いたしました。新しい上限値は Service Quotas コンソールにてご確認いただけます。

反映まで最大 30 分ほどかかる場合がございます。

本件は以上をもちまして解決済みとさせていただきます。

よろしくお願いいたします。

Amazon Web Services
"""
text = new + '\n' + CONSOLE_JA_FOOTER.replace(C2, CQ)
body = part(text, charset='iso-2022-jp', cte='7bit')
hs = aws_via_jp(K_TO, d, AWS_FROM_CONSOLE, enc_h(f'RE:[CASE {CQ}] サービスクォータ引き上げリクエスト: EC2 オンデマンドインスタンス', 'iso-2022-jp'), 'mx.nifty.com', 'mta-vip.nifty.com')
write('ja-other-case-quota-increase-done', hs, body, 'unrelated', CQ, [], True, 'ja', new,
      note='another AWS support case (quota increase) that is "completed/resolved": unrelated; case_id = its own case id')

# 047 unrelated: Credly badge expiry reminder
d = dt('2025-08-28 15:03:19')
new = """Hi Priya,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on November 26, 2025.

Once a badge expires it will still be visible on your profile, marked as expired. To keep your credential current, check the issuer's requirements for recertification:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/""" + uid() + """

Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
"""
body = alt(part(new, cte='quoted-printable'), part(html_wrap(txt2html(new), 'Credly'), 'html', cte='quoted-printable'), boundary=b_sg())
hs = credly_via_gmail('priya.raman@northwind-labs.com', d, 'Credly <admin@credly.com>', 'Your AWS Certified Cloud Practitioner badge expires in 90 days')
hs[0] = ('Delivered-To', P_TO)
write('credly-badge-expiry-reminder', hs, body, 'unrelated', None, [], True, 'en', new)

# 048 unrelated: AWS Training and Certification newsletter (genuine amazon.com)
d = dt('2025-09-10 16:00:41')
inner = '''<table width="100%"><tr><td style="background:#232f3e;padding:18px"><span style="color:#fff;font-size:20px">AWS Training and Certification</span><br><span style="color:#ff9900">September update</span></td></tr></table>
<h2>New: AWS Certified Generative AI Developer - Professional (beta)</h2>
<p>Validate your ability to build production-grade generative AI applications. Register for the beta exam by October 31 and save 50%.</p>
<p><a href="https://aws.amazon.com/certification/?trk=em_sep25_news">Explore certifications</a></p>
<h3>Free digital training this month</h3>
<ul><li>AWS Skill Builder: Generative AI Learning Plan</li><li>Exam Prep Standard Course: AWS Certified AI Practitioner</li></ul>
<p style="font-size:11px;color:#687078">You are receiving this because you are AWS Certified. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>'''
body = part(html_wrap(inner, 'AWS T&C'), 'html', cte='quoted-printable')
hs = aws_via_gmail(A_TO, d, '"AWS Training and Certification" <aws-training-certification@amazon.com>', 'New beta exam + free AI training this month', gh=9, gname=None,
                   extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')])
write('aws-tc-newsletter', hs, body, 'unrelated', None, [], True, 'en', '')

# 049 unrelated: GitLab merge request merged (Microsoft 365 recipient)
d = dt('2025-08-13 08:15:37')
new = """Lena Hoffmann merged merge request !17 at Brightfield Analytics / data-platform

Project: data-platform
Branch: feature/merge-accounts-dedupe -> main
Title: Merge duplicate customer accounts during nightly sync

--
Reply to this email directly or view it on GitLab: https://gitlab.com/brightfield/data-platform/-/merge_requests/17
You're receiving this email because of your account on gitlab.com.
"""
ip = '192.237.158.143'
ar = (f'spf=pass (sender IP is {ip})\n smtp.mailfrom=mg.gitlab.com; dkim=pass (signature was verified)\n header.d=gitlab.com;dmarc=pass action=none\n header.from=gitlab.com;compauth=pass reason=100')
hs = outlook_trace(L_TO, d, 'bounce@mg.gitlab.com', 'mail-158-143.mg.gitlab.com', ip, ar)
hs.append(dkim(d, 'gitlab.com', 'mailo', int(d.timestamp()), c='relaxed/relaxed'))
hs += std_headers('Lena Hoffmann (@lhoffmann) <gitlab@mg.gitlab.com>', L_TO, 'Re: data-platform | Merge duplicate customer accounts during nightly sync (!17)', rdate(d),
                  f'<merge_request_318804211@gitlab.com>', [('X-GitLab-Project', 'data-platform'), ('X-GitLab-NotificationReason', 'own_activity')])
hs += ms_tail(d)
body = alt(part(new, cte='quoted-printable'), part(html_wrap(txt2html(new)), 'html', cte='quoted-printable'))
write('gitlab-mr-merged', hs, body, 'unrelated', None, [], False, 'en', new)

# 050 credly_badge_issued: old Acclaim sender (2019), genuine
d = dt('2019-11-16 03:27:50')
url = f'https://www.youracclaim.com/badges/{uid()}/accept?source=email'
new = f"""Daniel, you've been issued a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge: {url}

Your badge has been sent to daniel@okafor-consulting.com.

Acclaim | Credly, Inc. 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
"""
body = alt(part(new, cte='7bit', charset='us-ascii'), part(html_wrap(txt2html(new).replace(f'Accept your badge: {url}', f'<a href="{url}">Accept your badge</a>'), 'Acclaim'), 'html', cte='quoted-printable'), boundary=b_sg())
hs = credly_via_gmail(D_TO, d, 'Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>', "Daniel, you've been issued a badge", dom='youracclaim.com', gh=-8, gname='PST')
hs = [(k, v.replace('@credly.com', '@youracclaim.com').replace('www.credly.com', 'www.youracclaim.com')) for k, v in hs]
write('acclaim-badge-issued-2019', hs, body, 'credly_badge_issued', None, [], True, 'en', new)

# 051 credly_badge_issued: badges re-issued after the merge (2022), no AR (self-hosted mailbox)
d = dt('2022-09-23 09:14:02')
new = """Hi Tomas,

Good news - your badges have been transferred!

Amazon Web Services Training and Certification has re-issued 2 badges to tomas@alvarez.family after an update to your certification account:

  AWS Certified Solutions Architect - Associate
  AWS Certified Developer - Associate

Accept your badges to make them public again: https://www.credly.com/earner/earned

The Credly Team
Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
"""
body = alt(part(new, cte='quoted-printable'), part(html_wrap(txt2html(new), 'Credly'), 'html', cte='quoted-printable'), boundary=b_sg())
mf = f'bounces+2883411-9f1c-tomas=alvarez.family@em4401.credly.com'
hs = [('Return-Path', f'<{mf}>'), ('X-Original-To', T_TO), ('Delivered-To', T_TO),
      ('Received', f'from o7.ptr2207.em.credly.com (o7.ptr2207.em.credly.com [149.72.33.108])\n\tby mail.alvarez.family (Postfix) with ESMTPS id 4MZ{ralnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}\n\tfor <{T_TO}>; {rdate(sec(d, 2), -5)}'),
      dkim(d, 'credly.com', 's1', int(d.timestamp()), c='relaxed/relaxed')]
hs += std_headers(CREDLY_FROM, T_TO, 'Your badges have been transferred', rdate(d), f'<{ralnum(22)}@geopod-ismtpd-3-2>', [('Reply-To', 'support@credly.com')])
write('credly-badges-transferred-no-ar', hs, body, 'credly_badge_issued', None, [], None, 'en', new)

# 052 credly_badge_issued: Marco, after second merge, Outlook AR pass
d = dt('2023-03-25 13:40:26')
url = f'https://www.credly.com/badges/{uid()}?source=email-badge-issued'
new = f"""Marco, Amazon Web Services Training and Certification just sent you a badge.

AWS Certified Cloud Practitioner

Claim it now so it shows on your Credly profile: {url}

Sent to marco.bianchi@outlook.com

Credly, Inc. | 1 Liberty Plaza, 165 Broadway, 23rd Floor, New York, NY 10006
"""
body = alt(part(new, cte='quoted-printable'), part(html_wrap(txt2html(new).replace(f': {url}', f': <a href="{url}">Accept badge</a>'), 'Credly'), 'html', cte='quoted-printable'), boundary=b_sg())
ip = '149.72.61.200'
mf = f'bounces+2201337-aa01-marco.bianchi=outlook.com@em6027.credly.com'
ar = (f'spf=pass (sender IP is {ip})\n smtp.mailfrom=em6027.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none\n header.from=credly.com;compauth=pass reason=100')
hs = outlook_trace(M_TO, d, mf, 'o2.ptr6027.em.credly.com', ip, ar)
hs.append(dkim(d, 'credly.com', 's1', int(d.timestamp()), c='relaxed/relaxed'))
hs += std_headers(CREDLY_FROM, M_TO, 'Marco, claim your AWS Certified Cloud Practitioner badge', rdate(d), f'<{ralnum(22)}@geopod-ismtpd-5>', [('Reply-To', 'support@credly.com')])
hs += ms_tail(d)
write('credly-claim-ccp-outlook', hs, body, 'credly_badge_issued', None, [], True, 'en', new, crlf=True)

# 053 survey (ja): automatic closure of Aya's reopened case, HTML only in ISO-2022-JP
d = dt('2025-10-24 01:00:06')
inner = f'''<p>中村 彩 様</p>
<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>再開されていた以下のケースは、最後のご連絡から一定期間が経過したため、解決済みとしてクローズいたしました。</p>
<table cellpadding="4" border="0"><tr><td>ケース ID</td><td>{C7}</td></tr><tr><td>件名</td><td>{A_SUBJ}</td></tr></table>
<p><b>今回の対応はお役に立ちましたか？</b><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C7}&amp;rating=yes">はい</a> ／ <a href="https://console.aws.amazon.com/support/feedback?displayId={C7}&amp;rating=no">いいえ</a></p>
<p>サポート担当者の対応を 5 段階で評価していただけますと幸いです。<br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C7}&amp;stars=5">★★★★★</a></p>
<p>まだ問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。</p>
<p>Amazon Web Services</p>'''
h = html_wrap(inner, 'AWS Support').replace('charset=utf-8', 'charset=iso-2022-jp')
body = part(h, 'html', charset='iso-2022-jp', cte='7bit')
hs = aws_via_gmail(A_TO, d, AWS_FROM_CONSOLE, enc_h(f'Amazon Web Services: ケース {C7} はクローズされました - ご意見をお聞かせください', 'iso-2022-jp'), gh=9, gname=None)
write('ja-reopened-case-closed-again-rating', hs, body, 'survey', C7, [], True, 'ja', '')

# 054 survey: reminder to answer the satisfaction survey (Microsoft 365)
d = dt('2025-08-19 14:00:33')
new = f"""Hi Lena,

A few days ago we asked for your feedback about your recent support case with AWS Training and Certification (case {C6}). If you have a moment, we would still love to hear from you.

Did we resolve your issue?  Yes: https://survey.training.aws/r/{rhex(20)}?a=1   No: https://survey.training.aws/r/{rhex(20)}?a=0

It takes less than a minute. This is the only reminder we will send.

Thank you,
AWS Training and Certification
"""
body = alt(part(new, cte='quoted-printable'), part(html_wrap(txt2html(new), 'Survey'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(L_TO, d, '"AWS Training and Certification" <aws-tc-survey@amazon.com>', f'Reminder: tell us about case {C6}')
write('survey-reminder-m365', hs, body, 'survey', C6, [], True, 'en', new)

# 055 survey: 2019 automatic resolution + rating, older template
d = dt('2019-11-21 07:00:15')
new = f"""Dear Customer,

Your case {C5} has been resolved. We hope we have answered your question to your satisfaction.

If you feel your issue has not been resolved, please reply to this e-mail within 7 days and your case will be reopened.

Please rate our service:
Excellent  https://aws-tc.force.com/survey?c={C5}&r=5
Good       https://aws-tc.force.com/survey?c={C5}&r=4
Average    https://aws-tc.force.com/survey?c={C5}&r=3
Poor       https://aws-tc.force.com/survey?c={C5}&r=1

Regards,
AWS Training and Certification
"""
body = part(new, cte='7bit', charset='us-ascii')
hs = aws_via_gmail(D_TO, d, AWS_FROM_FORM, f'[CASE {C5}] Case Closed - Please rate our service', gh=-8, gname='PST')
write('2019-case-closed-rate-service', hs, body, 'survey', C5, [], True, 'en', new)

# 056 support_reply: console "new correspondence added" notice (between confirmation and completion)
d = dt('2023-03-23 09:26:40')
new = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {C3}
Subject: {M_SUBJ}

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en

Thank you for using Amazon Web Services.
"""
body = alt(part(new, cte='7bit', charset='us-ascii'), part(html_wrap(txt2html(new), 'AWS Support'), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(M_TO, d, AWS_FROM_CONSOLE, f'[Case {C3}] New correspondence added')
write('console-new-correspondence-notice', hs, body, 'support_reply', C3, [], True, 'en', new, crlf=True)

# 057 support_reply (ja): Credly is separate, Shift_JIS quoted-printable, quoted history below
d = dt('2025-06-16 07:22:18')
new = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご連絡いただきありがとうございます。

Credly のバッジの件につきまして、2 件のバッジが存続アカウントのメールアドレス宛てに再発行されていることを確認いたしました。Credly 上で旧メールアドレスのアカウントも残っている場合は、Credly 側の機能でアカウントをまとめていただく必要がございます。お手数ですが、Credly のヘルプセンター（https://support.credly.com）よりお手続きくださいますようお願いいたします。

そのほかご不明な点がございましたら、お気軽にお知らせください。

山本
Amazon Web Services
"""
quoted = """-----Original Message-----
From: 渡辺健二 <kenji.watanabe@nifty.com>
Sent: 2025/06/14 (土) 22:10
Subject: Re: 認定アカウントの統合について

山本様

統合ありがとうございました。Credly に旧アドレスのアカウントも残っていますが、
こちらは AWS07733190 側のものです。どうすればよいでしょうか。

渡辺"""
text = new + '\n' + quoted + '\n\n' + CONSOLE_JA_FOOTER
body = alt(part(text, charset='shift_jis', cte='quoted-printable'), part(html_wrap(txt2html(text)).replace('charset=utf-8', 'charset=shift_jis'), 'html', charset='shift_jis', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_jp(K_TO, d, AWS_FROM_CONSOLE, enc_h(f'RE:[CASE {C2}] {K_SUBJ}', 'shift_jis'), 'mx.nifty.com', 'mta-vip.nifty.com')
write('ja-credly-separate-helpcenter', hs, body, 'support_reply', C2, [], True, 'ja', new)

# 058 support_reply: agent asks which account to keep (names both, but no merge direction yet)
d = dt('2025-11-04 11:08:19')
new = f"""Hello Zoë,

Thank you for sending the e-mail addresses.

I found two certification accounts that belong to you: AWS09120348 (z.laurent@etu.univ-lyon.fr) and AWS11873302 (zoe.laurent.cloud@gmail.com). Before I prepare the request, could you please tell me which of the two you would like to keep as your main account? The other one will be closed after the merge.

"""
quoted = """On Mon, Nov 3, 2025 at 10:51 AM Zoë Laurent <zoe.laurent.cloud@gmail.com> wrote:
> Hello, my addresses are z.laurent@etu.univ-lyon.fr (old, university) and
> zoe.laurent.cloud@gmail.com. Thanks!"""
text = new + AWS_SIG_FORM.format(agent='Camille D.') + quoted + '\n\n' + FORM_FOOTER
body = alt(part(text, cte='quoted-printable'), part(html_wrap(txt2html(text)), 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_gmail(Z_TO, d, AWS_FROM_FORM, 'RE:' + Z_SUBJ, gh=-8, gname='PST')
write('which-account-to-keep', hs, body, 'support_reply', C9, ['AWS09120348', 'AWS11873302'], True, 'en', new,
      note='names both accounts but asks which to keep (no direction to confirm yet) -> support_reply')

# 059 merge_completed (ja) that also closes the case; OCN
Y_TO = 'sho-yamada@ocn.ne.jp'
Y_OPEN = dt('2025-07-22 23:48:05')
C10 = case15(Y_OPEN, 15)
d = dt('2025-07-25 03:15:42')
new = f"""山田 翔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中でございます。

大変お待たせいたしました。AWS-10562287 と AWS05139940 の統合作業が完了しましたことをお知らせいたします。今後は AWS05139940 のみをご利用いただけます。

なお、ご依頼いただいた内容はすべて対応済みとなりましたので、本ケースはこれにてクローズさせていただきます。後日アンケートのご案内が届きましたら、ご協力いただけますと幸いです。

今後とも AWS 認定をよろしくお願いいたします。

田中
AWS トレーニングと認定 カスタマーサポート
"""
text = new + '\n' + FORM_FOOTER
body = alt(part(text, charset='iso-2022-jp', cte='7bit'), part(html_wrap(txt2html(text)), 'html', cte='base64'), boundary=b_ses())
hs = aws_via_jp(Y_TO, d, AWS_FROM_FORM, f'RE:[CASE {C10}] [AWS Training and Certification Form Submission] - account-assistance', 'ocn.ne.jp', 'mgw-in02.ocn.ad.jp')
write('ja-togo-kanryo-and-close', hs, body, 'merge_completed', C10, ['AWS05139940', 'AWS10562287'], True, 'ja', new,
      note='Japanese completion that also closes the case: merge_completed (news of the mail)')

# 060 merge_completed: "actioned", no ids in new text; Outlook quoted history carries the ids
AK_TO = 'ahmed.khan.dev@hotmail.com'
C11 = '11468203377'
d = dt('2021-06-30 12:44:58')
new = """Hi Ahmed,

Thank you for your confirmation. This has now been actioned and your certification history is available under one single account. Please allow a few hours for the change to show on the Certification Account dashboard.

Best regards,
Grace O.
AWS Training and Certification Customer Support

"""
quoted = f"""From: Ahmed Khan <ahmed.khan.dev@hotmail.com>
Sent: Tuesday, June 29, 2021 7:18 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {C11}] [AWS Training and Certification Form Submission] - account-assistance

Yes I confirm, go ahead.

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 29, 2021 11:02 AM
To: ahmed.khan.dev@hotmail.com
Subject: RE:[CASE {C11}] [AWS Training and Certification Form Submission] - account-assistance

Hi Ahmed,

Please confirm that you would like AWS02930418 to be merged into AWS07415526. AWS07415526 will be the account you keep. This cannot be undone."""
text = new + quoted + '\n\n' + FORM_FOOTER
html = html_wrap(txt2html(new) + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' + txt2html(quoted))
body = alt(part(text, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary=b_ses())
hs = aws_via_outlook(AK_TO, d, AWS_FROM_FORM, f'RE:[CASE {C11}] [AWS Training and Certification Form Submission] - account-assistance')
write('actioned-single-account-quoted-ids', hs, body, 'merge_completed', C11, [], True, 'en', new,
      note='completion phrased as "actioned ... one single account"; account ids only in quoted Outlook history -> account_ids []')

# ==== FINISH
def decoded_text(msg):
    """subject + all text parts, decoded with their declared charset (lenient)"""
    from email.header import decode_header, make_header
    out = []
    try:
        out.append(str(make_header(decode_header(msg.get('Subject', '')))))
    except Exception:
        out.append(msg.get('Subject', ''))
    for p in msg.walk():
        if p.get_content_maintype() != 'text':
            continue
        data = p.get_payload(decode=True) or b''
        cs_ = p.get_content_charset() or 'us-ascii'
        if cs_.lower().replace('-', '_') in ('shift_jis', 'sjis', 'x_sjis'):
            cs_ = 'cp932'
        try:
            t = data.decode(cs_)
        except (UnicodeDecodeError, LookupError):
            t = data.decode('utf-8', 'replace')
        if p.get_content_subtype() == 'html':
            t = re.sub(r'<[^>]+>', ' ', t)
            import html as _h
            t = _h.unescape(t)
        out.append(t)
    return '\n'.join(out)

def check():
    import email as _e
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    assert set(files) == set(LABELS), set(files) ^ set(LABELS)
    kinds = {'case_created', 'merge_confirmation_requested', 'merge_completed', 'survey', 'credly_badge_issued', 'support_reply', 'unrelated'}
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        m = _e.message_from_bytes(raw)
        lab = LABELS[f]
        assert lab['kind'] in kinds, f
        assert lab['language'] in ('en', 'ja'), f
        t = decoded_text(m)
        found = set(ids_in(t))
        for a in lab['account_ids']:
            assert a in found, (f, a)
        if lab['case_id']:
            assert lab['case_id'].isdigit() and len(lab['case_id']) in (10, 11, 15), f
            assert lab['case_id'] in re.sub(r'[\s-]', '', t) or lab['case_id'] in t, (f, lab['case_id'])
            if len(lab['case_id']) == 15:
                from email.utils import parsedate_to_datetime
                sent = parsedate_to_datetime(m['Date']).timestamp()
                assert int(lab['case_id'][:10]) <= sent, (f, 'case opened after mail date')
        has_ar = m.get_all('Authentication-Results') is not None
        assert (lab['sender_verified'] is None) == (not has_ar), (f, 'AR/null mismatch')
    print('check ok:', len(files), 'files')

def finish():
    check()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails written')

finish()
