#!/usr/bin/env python3
"""Generate blind test set 102: mail around AWS Certification account-merge cases."""
import base64, quopri, random, json, os, io, uuid, hashlib
import datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.generator import BytesGenerator
from email import policy, message_from_bytes
from email.utils import format_datetime
import email.quoprimime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(102102)
MAILS = []

UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
EDT = dt.timezone(dt.timedelta(hours=-4))
EST = dt.timezone(dt.timedelta(hours=-5))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
BST = dt.timezone(dt.timedelta(hours=1))
GMT = dt.timezone(dt.timedelta(hours=0))
JST = dt.timezone(dt.timedelta(hours=9))
BRT = dt.timezone(dt.timedelta(hours=-3))


def D(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case_id(opened, suffix):
    return f"{int(opened.timestamp())}{suffix:05d}"


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(a) for _ in range(n))


def fdate(d):
    return format_datetime(d)


def gdate(d):
    """Date with a zone comment, as Google's Received lines write it."""
    off = d.utcoffset().total_seconds() / 3600
    z = {-7: 'PDT', -8: 'PST', 0: 'UTC', 9: 'JST', -4: 'EDT', -5: 'EST', 1: 'CET', 2: 'CEST', -3: '-03'}.get(int(off), 'UTC')
    return f"{fdate(d)} ({z})"


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return f"<0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@email.amazonses.com>"


def ses_return(d):
    ms = int(d.timestamp() * 1000)
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@amazonses.com"


def ses_ip():
    return f"54.240.{R.choice([8, 9, 10, 11, 48])}.{R.randint(10, 250)}"


# ---------------------------------------------------------------- encoded words
def ew(s, charset='utf-8', enc='B', chunk=None):
    """Encode a header text as encoded words, folded over several lines."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    if chunk is None:
        chunk = 12 if charset.lower() in ('iso-2022-jp', 'shift_jis') else 14
    words = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk]
        data = piece.encode(charset)
        if enc == 'B':
            words.append(f"=?{charset.upper() if charset.lower() == 'iso-2022-jp' else charset}?B?{base64.b64encode(data).decode()}?=")
        else:
            words.append(email.quoprimime.header_encode(data, charset))
    return '\n '.join(words)


def addr(name, email, charset='utf-8', enc='B'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{ew(name, charset, enc, chunk=20)} <{email}>'


# ---------------------------------------------------------------- MIME parts
def text(body, subtype='plain', charset='utf-8', cte='quoted-printable', declared=None, fmt_flowed=False):
    data = body.encode(charset)
    part = MIMENonMultipart('text', subtype, charset=declared or charset)
    if fmt_flowed:
        part.set_param('format', 'flowed')
    if cte == 'base64':
        part.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        part.set_payload(quopri.encodestring(data).decode('ascii'))
    else:
        part.set_payload(data.decode('ascii', 'surrogateescape'))
    part['Content-Transfer-Encoding'] = cte
    return part


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, subtype='mixed', boundary=None, **params):
    m = MIMEMultipart(subtype, boundary=boundary, **params)
    for p in parts:
        m.attach(p)
    return m


def strip_sub_mime_version(m, top=True):
    if not top and 'MIME-Version' in m:
        del m['MIME-Version']
    if m.is_multipart():
        for p in m.get_payload():
            if isinstance(p, MIMEMessage) or p.get_content_type() == 'message/rfc822':
                if 'MIME-Version' in p:
                    del p['MIME-Version']
                continue
            strip_sub_mime_version(p, top=False)



def dsn_part(blocks):
    from email.message import Message
    from email.mime.base import MIMEBase
    p = MIMEBase('message', 'delivery-status')
    msgs = []
    for b in blocks:
        m = Message()
        for k, v in b:
            m[k] = v
        msgs.append(m)
    p.set_payload(msgs)
    return p


def gen(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy.compat32).flatten(m)
    return buf.getvalue()


def fold_params(value, indent='        '):
    """Fold a ; separated header value onto several lines."""
    parts = [p.strip() for p in value.split(';')]
    return (';\n' + indent).join(parts)


def dkim(d, s, t, h, bh=None, b_len=344, c='relaxed/simple'):
    bh = bh or rb64(43) + '='
    b = rb64(b_len - 2) + '=='
    bl = '\n\t'.join(b[i:i + 70] for i in range(0, len(b), 70))
    return f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={t};\n\th={h};\n\tbh={bh};\n\tb={bl}"


SES_H = "Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"
AMZ_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_dkims(d, from_dom='amazon.com', sel=AMZ_SEL):
    t = int(d.timestamp())
    return [('DKIM-Signature', dkim(from_dom, sel, t, SES_H)),
            ('DKIM-Signature', dkim('amazonses.com', SES_SEL, t, SES_H))]


# ---------------------------------------------------------------- inbound hops
def gmail_in(to, d, ip, helo, mailfrom, ar, spf='pass', arc=True, received_from=None):
    """Headers Gmail adds on delivery. ar = list of result clauses (after 'mx.google.com;')."""
    loc = d.astimezone(PDT if d.month in range(4, 11) else PST)
    H = [('Delivered-To', to),
         ('Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(4)}csp{R.randint(100000, 9999999)}{R.choice(['mdb', 'ndc', 'lqf', 'vqb'])};\n        {gdate(loc)}"),
         ('X-Google-Smtp-Source', 'AGHT+I' + rb64(86)),
         ('X-Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(6)}mr{R.randint(1000000, 99999999)}{R.choice(['otd', 'qtp', 'wrk'])}.{R.randint(10, 99)}.{loc.strftime('%Y%m%d%H%M%S')}{R.randint(100, 999)};\n        {gdate(loc)}")]
    arline = 'mx.google.com;\n       ' + ';\n       '.join(ar)
    if arc:
        H += [('ARC-Seal', f"i=1; a=rsa-sha256; t={int(d.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(68)}\n         {rb64(68)}\n         {rb64(68)}=="),
              ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(68)}\n         {rb64(68)}=="),
              ('ARC-Authentication-Results', 'i=1; ' + arline)]
    H += [('Return-Path', f"<{mailfrom}>"),
          ('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(14)}-{rhex(10)}si{R.randint(1000000, 9999999)}.{R.randint(10, 400)}.{loc.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(loc)}"),
          ('Received-SPF', f"{spf} (google.com: domain of {mailfrom} {'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"),
          ('Authentication-Results', arline)]
    return H


def g_ses_ar(d, mailfrom, ip, from_dom='amazon.com', sel=AMZ_SEL):
    return [f"dkim=pass header.i=@{from_dom} header.s={sel} header.b={rb64(8)}",
            f"dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={rb64(8)}",
            f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}",
            f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={from_dom}"]


def o365_in(d, ip, helo, mailfrom_dom, ar, tenant_fqdn, frontend=None, spf='Pass'):
    """Headers Exchange Online adds. ar = full Authentication-Results value (no authserv-id)."""
    fe = frontend or f"{R.choice(['BN2PEPF', 'DS3PEPF', 'SN1PEPF', 'CH3PEPF', 'MW2PEPF'])}0000{R.randint(1000, 9999):X}.namprd{R.choice(['04', '05', '02', '21'])}.prod.outlook.com"
    mbx = f"{R.choice(['SA1PR12MB', 'PH0PR10MB', 'DM6PR11MB', 'BL1PR13MB', 'CY8PR19MB'])}{R.randint(1000, 9999)}.namprd{R.choice(['12', '10', '11'])}.prod.outlook.com"
    edge = f"{R.choice(['BN9PR03CA', 'MN2PR05CA', 'SJ0PR03CA', 'CH2PR14CA'])}{R.randint(1000, 9999):04d}.namprd{R.choice(['03', '05', '14'])}.prod.outlook.com"
    v6 = f"2603:10b6:{R.randint(100, 999)}:{rhex(3)}::{R.randint(1, 40)}"
    ts = lambda sec: fdate(d + dt.timedelta(seconds=sec))
    return [
        ('Received', f"from {mbx.split('.')[0]}.{mbx.split('.', 1)[1]} ({v6}) by\n {mbx.replace('SA1', 'MN0').replace('PH0', 'CO1')} with HTTPS; {ts(2)}"),
        ('Received', f"from {edge} ({v6}) by {mbx}\n ({v6}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(5, 30)}; {ts(1)}"),
        ('Received', f"from {fe.split('.')[0]}.{fe.split('.', 1)[1]}\n ({v6}) by {edge} ({v6}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(5, 30)} via Frontend Transport; {ts(1)}"),
        ('Authentication-Results', ar),
        ('Received-SPF', f"{spf} ({'protection.outlook.com: domain of ' + mailfrom_dom + ' designates ' + ip + ' as permitted sender' if spf == 'Pass' else 'protection.outlook.com: domain of ' + mailfrom_dom + ' does not designate ' + ip + ' as permitted sender'})\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"),
        ('Received', f"from {helo} ({ip}) by\n {fe.split('.')[0]}.mail.protection.outlook.com (10.{R.randint(100, 199)}.{R.randint(1, 254)}.{R.randint(1, 254)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(5, 30)} via Frontend Transport; {ts(0)}"),
    ]


def o365_ses_ar(ip, from_dom='amazon.com'):
    return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n header.d={from_dom};dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n header.from={from_dom};compauth=pass reason=100")


def o365_tail(tenant_dom, inbound=True):
    H = [('X-MS-Exchange-Organization-ExpirationStartTime', ''),
         ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))),
         ('X-MS-Exchange-Organization-AuthSource', f"{R.choice(['BN2PEPF', 'DS3PEPF'])}0000{R.randint(1000, 9999):X}.namprd04.prod.outlook.com"),
         ('X-MS-Exchange-Organization-AuthAs', 'Anonymous' if inbound else 'Internal'),
         ('X-MS-Exchange-Organization-SCL', '1'),
         ('X-MS-Exchange-Transport-EndToEndLatency', f"00:00:0{R.randint(1, 9)}.{R.randint(1000000, 9999999)}"),
         ('X-MS-Exchange-Processed-By-BccFoldering', '15.20.9298.006')]
    return [h for h in H if h[1]]


def jp_in(authserv, to, d, ip, helo, mailfrom, ar, mta):
    return [('Return-Path', f"<{mailfrom}>"),
            ('Delivered-To', to),
            ('Received', f"from {mta} (localhost [127.0.0.1])\n\tby {mta} (Postfix) with ESMTP id 4{ralnum(11)}\n\tfor <{to}>; {fdate(d.astimezone(JST) + dt.timedelta(seconds=2))}"),
            ('Authentication-Results', authserv + ';\n\t' + ';\n\t'.join(ar)),
            ('Received', f"from {helo} ({helo} [{ip}])\n\tby {mta} (Postfix) with ESMTPS id 4{ralnum(11)}\n\tfor <{to}>; {fdate(d.astimezone(JST) + dt.timedelta(seconds=1))}")]


# ---------------------------------------------------------------- assembling
def build(headers, body):
    """headers: list of (name, value) already folded; body: MIME object (top part)."""
    strip_sub_mime_version(body)
    raw = gen(body)
    hdr_end = raw.index(b'\n\n')
    mime_hdrs, rest = raw[:hdr_end], raw[hdr_end + 2:]
    # keep MIME-Version first among the MIME headers
    lines = []
    for name, value in headers:
        lines.append(f"{name}: {value}")
    top = '\n'.join(lines).encode('utf-8') + b'\n'
    out = top + mime_hdrs + b'\n\n' + rest
    out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out


def add(fname, headers, body, kind, case, accounts, verified, lang):
    data = build(headers, body)
    accs = sorted(set(accounts))
    MAILS.append((fname, data, {"kind": kind, "case_id": case, "account_ids": accs,
                                "sender_verified": verified, "language": lang}))


def refs(*ids):
    return '\n '.join(ids)


def gmail_msgid(user_dom='mail.gmail.com'):
    return f"<CA{ralnum(2)}{ralnum(40)}{R.choice(['=', '+', '_'])}{ralnum(10)}@{user_dom}>"


def outlook_msgid(host):
    return f"<{host.split('.')[0]}{rhex(8).upper()}{rhex(8).upper()}@{host}>"


FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def ses_out(d, to, subject, from_=None, msgid=None, extra=None):
    """The headers Amazon SES mail carries itself (after DKIM)."""
    H = []
    H += ses_dkims(d)
    H += [('From', from_ or f'"{AWS_NAME}" <{FORM}>'),
          ('To', to),
          ('Subject', subject),
          ('MIME-Version', None),
          ('Date', fdate(d)),
          ('Message-ID', msgid or ses_msgid(d)),
          ('Feedback-ID', f"::1.us-east-1.{ralnum(43)}=:AmazonSES"),
          ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + f"-{ses_ip()}")]
    if extra:
        H += extra
    return [h for h in H if h[1] is not None]


def write_all():
    labels = {}
    for fname, data, lab in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(data)
        labels[fname] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(MAILS), 'mails written')


# ============================================================================
# Thread A: Daniel Okafor (Gmail), form-desk case, two profiles
# ============================================================================
A_USER = 'dan.okafor.dev@gmail.com'
A_TO = addr('Daniel Okafor', A_USER)
A_OPEN = D(2025, 5, 27, 7, 30, 42)
A_CASE = case_id(A_OPEN, 517)
A_KEEP, A_OLD = 'AWS04417825', 'AWS09132266'
A_SUBJ = f"RE:[CASE {A_CASE}] {FORM_SUBJ}"
A_ID_002 = ses_msgid(D(2025, 5, 28, 15, 2, 11))


def ses_gmail(to_addr, d, subject, body, from_=None, extra=None, msgid=None):
    ip = ses_ip()
    mf = ses_return(d)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    H = gmail_in(to_addr, d + dt.timedelta(seconds=R.randint(1, 4)), ip, helo, mf, g_ses_ar(d, mf, ip))
    H += ses_out(d, addr(None, to_addr) if '<' not in to_addr else to_addr, subject, from_=from_, extra=extra, msgid=msgid)
    return H


def mail_001():
    d = A_OPEN + dt.timedelta(seconds=51)
    body = f"""Hello,

Thanks for getting in touch with AWS Training and Certification.

This automated note is to let you know that your enquiry has reached us and
has been given the reference number {A_CASE}. A member of our team will
get back to you, normally within 24 hours.

Please don't submit the form again for the same question. If you need to add
anything, reply to this message and keep the reference in the subject line so
it is attached to the existing record.

----- What you sent us -----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {A_KEEP}
Description: I have two certification profiles. The second one is
{A_OLD.lower()} and was created by my former employer's training portal.
I would like everything under the first one.
Notification e-mail: {A_USER}
-----------------------------

Kind regards,
AWS Training and Certification
"""
    H = ses_gmail(A_USER, d, f"[CASE {A_CASE}] {FORM_SUBJ}", body)
    m = text(body, cte='quoted-printable')
    add('001-form-enquiry-reference.eml', H, m, 'case_created', A_CASE, [A_KEEP, A_OLD], True, 'en')


def mail_002():
    d = D(2025, 5, 28, 15, 2, 11)
    body = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I looked up both of the candidate records you mentioned. Here is what I
intend to do, so you can check it before anything changes:

  Record that stays active:    {A_KEEP}  ({A_USER})
  Record that will be folded in: {A_OLD}  (d.okafor@brightmoor-labs.com)

Once this is carried out, the exam history and any certifications or unused
benefits on {A_OLD} will be listed under {A_KEEP}, and you will no
longer be able to sign in with {A_OLD}. We are not able to reverse this
afterwards, which is why I need your go-ahead first.

If the above is correct, please reply to this e-mail and tell me so. If you
would rather keep the other record, let me know that instead.

Best regards,

Lwazi M.
AWS Training and Certification Customer Support
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daniel,</p>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>I looked up both of the candidate records you mentioned. Here is what I intend to do, so you can check it before anything changes:</p>
<table border="0" cellpadding="4"><tr><td><b>Record that stays active:</b></td><td>{A_KEEP} ({A_USER})</td></tr>
<tr><td><b>Record that will be folded in:</b></td><td>{A_OLD} (d.okafor@brightmoor-labs.com)</td></tr></table>
<p>Once this is carried out, the exam history and any certifications or unused benefits on {A_OLD} will be listed under {A_KEEP}, and you will no longer be able to sign in with {A_OLD}. We are not able to reverse this afterwards, which is why I need your go-ahead first.</p>
<p>If the above is correct, please reply to this e-mail and tell me so. If you would rather keep the other record, let me know that instead.</p>
<p>Best regards,<br><br>Lwazi M.<br>AWS Training and Certification Customer Support</p>
</body></html>"""
    H = ses_gmail(A_USER, d, A_SUBJ, body, msgid=A_ID_002)
    m = alt(text(body), text(html, 'html'), boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{int(d.timestamp() * 1000)}")
    add('002-review-before-combining.eml', H, m, 'merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'en')


A_REPLY_ID = None


def mail_003():
    """The user's own sent reply (Gmail Sent folder copy)."""
    global A_REPLY_ID
    d = D(2025, 5, 28, 9, 47, 3, PDT)
    A_REPLY_ID = gmail_msgid()
    quoted = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I looked up both of the candidate records you mentioned. Here is what I
intend to do, so you can check it before anything changes:

  Record that stays active:    {A_KEEP}  ({A_USER})
  Record that will be folded in: {A_OLD}  (d.okafor@brightmoor-labs.com)

Once this is carried out, the exam history and any certifications or unused
benefits on {A_OLD} will be listed under {A_KEEP}, and you will no
longer be able to sign in with {A_OLD}. We are not able to reverse this
afterwards, which is why I need your go-ahead first.

If the above is correct, please reply to this e-mail and tell me so.

Best regards,

Lwazi M.
AWS Training and Certification Customer Support"""
    qbody = '\n'.join('> ' + l if l else '>' for l in quoted.split('\n'))
    body = f"""Hi Lwazi,

The details are correct. Please keep aws 04417825 and move the old one into it.
Thanks for the quick turnaround.

Daniel

On Wed, May 28, 2025 at 8:02 AM Amazon Web Services <{FORM}> wrote:

{qbody}
"""
    html = f"""<div dir="ltr">Hi Lwazi,<div><br></div><div>The details are correct. Please keep aws 04417825 and move the old one into it.</div><div>Thanks for the quick turnaround.</div><div><br></div><div>Daniel</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, May 28, 2025 at 8:02 AM Amazon Web Services &lt;<a href="mailto:{FORM}">{FORM}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted.replace(chr(10), '<br>')}</blockquote></div>
"""
    H = [('MIME-Version', None),
         ('Date', fdate(d)),
         ('References', A_ID_002),
         ('In-Reply-To', A_ID_002),
         ('Message-ID', A_REPLY_ID),
         ('Subject', A_SUBJ),
         ('From', addr('Daniel Okafor', A_USER)),
         ('To', f'Amazon Web Services <{FORM}>'),
         ('Content-Type', None)]
    H = [h for h in H if h[1] is not None]
    m = alt(text(body, cte='quoted-printable'), text(html, 'html', cte='quoted-printable'), boundary='000000000000' + rhex(16))
    add('003-sent-details-correct.eml', H, m, 'unrelated', A_CASE, [A_KEEP], None, 'en')



def mail_004():
    """Gmail bounce of a follow-up the user sent to a mistyped address."""
    d_sent = D(2025, 5, 28, 18, 21, 40, PDT)
    d = d_sent + dt.timedelta(seconds=3)
    orig_id = gmail_msgid()
    orig_body = f"""Hi Lwazi,

One more thing I forgot: the old record {A_OLD} has an unused 50% exam
voucher from my recertification last year. Will that show up under my main
profile once you're done?

Thanks,
Daniel

On Wed, May 28, 2025 at 8:02 AM Amazon Web Services <{FORM}> wrote:
> Hello Daniel,
>
> I looked up both of the candidate records you mentioned. [...]
"""
    orig_msg = MIMENonMultipart('text', 'plain', charset='UTF-8')
    orig_msg.set_payload(orig_body)
    oh = [('MIME-Version', '1.0'), ('Date', fdate(d_sent)), ('Message-ID', orig_id),
          ('Subject', A_SUBJ), ('From', addr('Daniel Okafor', A_USER)),
          ('To', 'aws-cs-trainingcertification-form@amazon.con')]
    del orig_msg['MIME-Version']
    ct = orig_msg['Content-Type']; del orig_msg['Content-Type']
    for k, v in oh:
        orig_msg[k] = v
    orig_msg['Content-Type'] = ct
    orig_msg['Content-Transfer-Encoding'] = '7bit'
    rcpt = 'aws-cs-trainingcertification-form@amazon.con'
    plain = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the domain amazon.con couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of amazon.con responded with code NXDOMAIN
Domain name not found: amazon.con
"""
    html = f"""<html>
<head>
<style>
* {{
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
Address not found
</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>{rcpt}</b></a> because the domain amazon.con couldn't be found. Check for typos or unnecessary spaces and try again.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
<a style="text-decoration:none" href="https://support.google.com/mail/answer/6596">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">
DNS Error: DNS type &#39;mx&#39; lookup of amazon.con responded with code NXDOMAIN
Domain name not found: amazon.con
</p>
</td>
</tr>
</tbody></table>
</body>
</html>
"""
    status = dsn_part([[('Reporting-MTA', 'dns; googlemail.com'),
                        ('Received-From-MTA', f'dns; {A_USER}'),
                        ('Arrival-Date', fdate(d_sent)),
                        ('X-Original-Message-ID', orig_id)],
                       [('Final-Recipient', f'rfc822; {rcpt}'),
                        ('Action', 'failed'),
                        ('Status', '5.1.2'),
                        ('Diagnostic-Code', "smtp; DNS type 'mx' lookup of amazon.con responded with code NXDOMAIN"),
                        ('Last-Attempt-Date', fdate(d))]])
    rfc = MIMEMessage(orig_msg)
    rep = mixed(alt(text(plain, cte='quoted-printable'), text(html, 'html', cte='quoted-printable'), boundary='000000000000' + rhex(16)),
                status, rfc, subtype='report', boundary='000000000000' + rhex(16), report_type='delivery-status')
    loc = d
    H = [('Delivered-To', A_USER),
         ('Received', f"by 2002:a05:7010:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(4)}csp{R.randint(100000, 9999999)}mdb;\n        {gdate(loc)}"),
         ('X-Received', f"by 2002:a05:6a20:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(6)}mr{R.randint(1000000, 99999999)}pzb.{R.randint(10, 99)}.{loc.strftime('%Y%m%d%H%M%S')}{R.randint(100, 999)};\n        {gdate(loc)}"),
         ('Return-Path', '<>'),
         ('Received', f"by 2002:a05:6a20:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(6)}mr{R.randint(1000000, 99999999)}pzb.{R.randint(10, 99)};\n        {gdate(loc)}"),
         ('Content-Type', None),
         ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
         ('To', A_USER),
         ('Auto-Submitted', 'auto-replied'),
         ('Subject', 'Delivery Status Notification (Failure)'),
         ('References', f"{orig_id}\n <{uuid.UUID(int=R.getrandbits(128))}@mx.google.com>"),
         ('In-Reply-To', orig_id),
         ('X-Failed-Recipients', rcpt),
         ('Message-ID', f"<{ralnum(24)}.{rhex(8)}.{R.randint(1000000, 9999999)}@mx.google.com>"),
         ('Date', fdate(d))]
    H = [h for h in H if h[1] is not None]
    add('004-delivery-status-failure.eml', H, rep, 'unrelated', A_CASE, [], None, 'en')


A_ID_005 = ses_msgid(D(2025, 5, 28, 20, 14, 36))


def mail_005():
    d = D(2025, 5, 28, 20, 14, 36)
    body = f"""Hello Daniel,

Thank you for confirming the details.

I have now handed your request to the team that combines certification
records. There is nothing further you need to do for the moment. I will write
to you again as soon as they have finished; this usually takes between one
and three business days.

Please keep replying on this same thread rather than opening a new request,
so that your history stays in one place.

Best regards,

Lwazi M.
AWS Training and Certification Customer Support
"""
    H = ses_gmail(A_USER, d, A_SUBJ, body, msgid=A_ID_005)
    add('005-handed-to-records-team.eml', H, text(body, cte='base64'), 'support_reply', A_CASE, [], True, 'en')


A_ID_006 = ses_msgid(D(2025, 5, 29, 11, 40, 5))


def mail_006():
    d = D(2025, 5, 29, 11, 40, 5)
    prev = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I looked up both of the candidate records you mentioned. Here is what I
intend to do, so you can check it before anything changes:

  Record that stays active:    {A_KEEP}  ({A_USER})
  Record that will be folded in: {A_OLD}  (d.okafor@brightmoor-labs.com)

Once this is carried out, the exam history and any certifications or unused
benefits on {A_OLD} will be listed under {A_KEEP}, and you will no
longer be able to sign in with {A_OLD}. We are not able to reverse this
afterwards, which is why I need your go-ahead first.

If the above is correct, please reply to this e-mail and tell me so."""
    top = f"""Hello Daniel,

Good news: our records team has finished. Your certifications, exam history
and the unused exam voucher now all sit under {A_KEEP}, and the older
record has been closed, so please sign in only with {A_USER} from now on.

It can take up to 48 hours for Credly to reflect the change. If your badges
have not appeared by then, reply here and we will look into it.

As the request has been fulfilled, I am marking this case as resolved."""
    plain = top + f"""

Best regards,

Lwazi M.
AWS Training and Certification Customer Support

-------- Previous message --------
{prev}
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
{''.join('<p>' + p.replace(chr(10), ' ') + '</p>' for p in top.split(chr(10) + chr(10)))}
<p>Best regards,<br><br>Lwazi M.<br>AWS Training and Certification Customer Support</p>
<hr>
<p style="font-size:13px;color:#444">How would you rate the support you received?<br>
<a href="https://pages.awscloud.com/tc-feedback.html?caseId={A_CASE}&amp;rating=5">Excellent</a> |
<a href="https://pages.awscloud.com/tc-feedback.html?caseId={A_CASE}&amp;rating=3">Average</a> |
<a href="https://pages.awscloud.com/tc-feedback.html?caseId={A_CASE}&amp;rating=1">Poor</a></p>
<div style="color:#777;font-size:12px;border-left:2px solid #ccc;padding-left:8px">-------- Previous message --------<br>{prev.replace(chr(10), '<br>')}</div>
</body></html>"""
    H = ses_gmail(A_USER, d, A_SUBJ, plain, msgid=A_ID_006)
    m = alt(text(plain), text(html, 'html'), boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{int(d.timestamp() * 1000)}")
    add('006-records-team-finished.eml', H, m, 'merge_completed', A_CASE, [A_KEEP], True, 'en')


def mail_007():
    """The user forwards the completion mail to his work address."""
    d = D(2025, 5, 29, 6, 12, 48, PDT)
    body = f"""Saving this for the training tracker. The surviving profile is AWS04417825,
the Brightmoor one no longer exists, so please update the HR record.

---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: Thu, May 29, 2025 at 4:40 AM
Subject: {A_SUBJ}
To: <{A_USER}>


Hello Daniel,

Good news: our records team has finished. Your certifications, exam history
and the unused exam voucher now all sit under {A_KEEP}, and the older
record has been closed, so please sign in only with {A_USER} from now on.

It can take up to 48 hours for Credly to reflect the change. If your badges
have not appeared by then, reply here and we will look into it.

As the request has been fulfilled, I am marking this case as resolved.

Best regards,

Lwazi M.
AWS Training and Certification Customer Support

-------- Previous message --------
Hello Daniel,

I looked up both of the candidate records you mentioned. Here is what I
intend to do, so you can check it before anything changes:

  Record that stays active:    {A_KEEP}  ({A_USER})
  Record that will be folded in: {A_OLD}  (d.okafor@brightmoor-labs.com)
"""
    to = 'daniel.okafor@brightmoor-labs.com'
    ip = f"209.85.{R.randint(128, 222)}.{R.randint(10, 250)}"
    helo = f"mail-{R.choice(['qt1', 'yb1', 'pl1', 'wm1'])}-f{R.randint(170, 200)}.google.com"
    ar = f"spf=pass (sender IP is {ip})\n smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\n header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass\n reason=100"
    H = o365_in(d, ip, helo, 'gmail.com', ar, 'brightmoor-labs.com')
    H += [('Received', f"by {helo} with SMTP id {rhex(16)}.{R.randint(1, 9)}\n        for <{to}>; {gdate(d)}"),
          ('DKIM-Signature', dkim('gmail.com', '20230601', int(d.timestamp()), 'mime-version:from:date:message-id:subject:to', c='relaxed/relaxed')),
          ('X-Gm-Message-State', 'AOJu0Y' + rb64(60)),
          ('MIME-Version', None),
          ('References', A_ID_006),
          ('In-Reply-To', A_ID_006),
          ('From', addr('Daniel Okafor', A_USER)),
          ('Date', fdate(d)),
          ('Message-ID', gmail_msgid()),
          ('Subject', f"Fwd: {A_SUBJ}"),
          ('To', f"Daniel Okafor <{to}>")]
    H = [h for h in H if h[1] is not None]
    H += o365_tail('brightmoor-labs.com')
    m = alt(text(body, cte='quoted-printable'), text('<div dir="ltr">' + body.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace(chr(10), '<br>') + '</div>', 'html', cte='quoted-printable'), boundary='000000000000' + rhex(16))
    add('007-fwd-to-work-address.eml', H, m, 'unrelated', A_CASE, [A_KEEP], False, 'en')


def credly_gmail(to, d, subject, html_body, plain=None, lang_hdr=None):
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(10, 250)}"
    helo = f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.mail.credly.com"
    mf = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{to.replace('@', '=')}@mail.credly.com"
    ar = [f"dkim=pass header.i=@credly.com header.s=s1 header.b={rb64(8)}",
          f"dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={rb64(8)}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom=\"{mf}\"",
          "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"]
    H = gmail_in(to, d + dt.timedelta(seconds=2), ip, helo, mf, ar)
    t = int(d.timestamp())
    H += [('DKIM-Signature', dkim('credly.com', 's1', t, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to', c='relaxed/relaxed', b_len=172)),
          ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', t, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to:feedback-id', c='relaxed/relaxed', b_len=172)),
          ('Received', f"by filterdrecv-{rhex(10)}-{ralnum(5).lower()} with SMTP id filterdrecv-{rhex(10)}-{ralnum(5).lower()}-1-{rhex(8).upper()}-{R.randint(10, 99)}\n        {fdate(d)}"),
          ('Date', fdate(d)),
          ('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
          ('Mime-Version', None),
          ('Message-ID', f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"),
          ('Subject', subject),
          ('To', to),
          ('X-SG-EID', rb64(90)),
          ('X-Entity-ID', rb64(22) + '=='),
          ('List-Unsubscribe', '<https://www.credly.com/notification_preferences>')]
    return [h for h in H if h[1] is not None]


def mail_008():
    d = D(2025, 5, 30, 2, 17, 44)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="background:#f4f5f7;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Hi Daniel,</h1>
<p>Good news! A badge from Amazon Web Services Training and Certification is waiting for you.</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>This badge was previously held on another Credly profile and has been re-issued to this account following an update to your AWS Certification records.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}" style="background:#0b66c3;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or embed it on your website.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">You are receiving this e-mail because a badge was issued to {A_USER}.<br>
Credly, 100 Pine Street, Suite 1250, San Francisco, CA 94111 &middot; <a href="https://www.credly.com/notification_preferences">Notification preferences</a></td></tr>
</table></td></tr></table></body></html>"""
    H = credly_gmail(A_USER, d, 'Amazon Web Services Training and Certification sent you a badge', html)
    add('008-badge-waiting-credly.eml', H, text(html, 'html', cte='quoted-printable'), 'credly_badge_issued', None, [], True, 'en')


# ============================================================================
# Thread B: 佐藤 美咲 (kaiyo-sys.co.jp, own Postfix gateway), Japanese form case
# ============================================================================
B_USER = 'misaki.sato@kaiyo-sys.co.jp'
B_BOSS = 'h.suzuki@kaiyo-sys.co.jp'
B_OPEN = D(2025, 9, 16, 1, 5, 12)
B_CASE = case_id(B_OPEN, 2093)
B_KEEP, B_OLD = 'AWS03381904', 'AWS07725510'
B_SUBJ = f"RE:[CASE {B_CASE}] {FORM_SUBJ}"
B_MTA = 'mx01.kaiyo-sys.co.jp'


def ses_jp(to, d, subject, from_=None, msgid=None, extra=None, authserv='mx01.kaiyo-sys.co.jp', mta=B_MTA, ar=None):
    ip = ses_ip()
    mf = ses_return(d)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    ar = ar or [f"spf=pass smtp.mailfrom={mf}",
                f"dkim=pass header.d=amazon.com header.s={AMZ_SEL} header.b={rb64(8)}",
                f"dkim=pass header.d=amazonses.com header.s={SES_SEL} header.b={rb64(8)}",
                "dmarc=pass (p=quarantine dis=none) header.from=amazon.com"]
    H = jp_in(authserv, to, d, ip, helo, mf, ar, mta)
    H += ses_out(d, to, subject, from_=from_, msgid=msgid, extra=extra)
    return H


def outlook_desktop_id(dom):
    return f"<000{R.randint(0, 1)}01dc{rhex(4)}${rhex(8)}${rhex(8)}$@{dom}>"


def mail_009():
    d = B_OPEN + dt.timedelta(seconds=38)
    body = f"""この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

本メールはシステムより自動でお送りしています。
お問い合わせ内容を受け付け、ケース番号 {B_CASE} を発行いたしました。
担当者より、通常 24 時間以内にご連絡いたします。

同じ内容でフォームを再送信されますと、ご回答が遅れる場合がございます。
追記事項がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

■ ご入力内容
お問い合わせの種類: 認定
お問い合わせの詳細: アカウントの統合
AWS 受験者 ID: {B_KEEP}
内容: 以前の勤務先で受験した際のアカウントが別に存在するようです。
      そちらの ID は手元に控えがありません。一つにまとめたいです。
通知先メールアドレス: {B_USER}

AWS トレーニングと認定
"""
    subj = ew(f"[CASE {B_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定", 'utf-8', 'B', chunk=16)
    H = ses_jp(B_USER, d, subj)
    add('009-ja-uketsuke-jidou.eml', H, text(body, cte='base64'), 'case_created', B_CASE, [B_KEEP], True, 'ja')


B_ID_010 = ses_msgid(D(2025, 9, 17, 2, 20, 9))


def mail_010():
    d = D(2025, 9, 17, 2, 20, 9)
    body = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
お問い合わせいただきありがとうございます。

ご連絡いただいた受験者 ID（{B_KEEP}）は確認できましたが、
もう一方のアカウントを特定することができませんでした。
お手数ですが、以下の点について本メールにご返信いただけますでしょうか。

1. もう一方のアカウントにご登録のメールアドレス（以前の勤務先のアドレス等）
2. 受験時の氏名のローマ字表記
3. 今後お使いになるのはどちらのアカウントか

いただいた情報をもとに確認を進めます。
何卒よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    H = ses_jp(B_USER, d, B_SUBJ, msgid=B_ID_010)
    add('010-ja-tsuika-jouhou-onegai.eml', H, text(body, cte='base64'), 'support_reply', B_CASE, [B_KEEP], True, 'ja')


B_ID_011 = outlook_desktop_id('kaiyo-sys.co.jp')


def mail_011():
    """The user's own sent reply (Outlook desktop, ISO-2022-JP)."""
    d = D(2025, 9, 17, 13, 48, 27, JST)
    body = f"""山口様

ご連絡ありがとうございます。海洋システムズの佐藤です。
ご質問の件、以下のとおりです。

1. 以前のアドレス: misaki.sato@tokai-denshi.example.jp
   （受験者IDは aws07725510 と思われます。昔の認定メールに記載がありました）
2. SATO MISAKI
3. 今後は AWS03381904 の方を使いたいと考えております。

お手数をおかけしますが、よろしくお願いいたします。

佐藤 美咲
株式会社海洋システムズ　インフラ推進部

________________________________
差出人: Amazon Web Services <{FORM}>
送信日時: 2025年9月17日 11:20
宛先: 佐藤 美咲 <{B_USER}>
件名: {B_SUBJ}

佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
お問い合わせいただきありがとうございます。

ご連絡いただいた受験者 ID（{B_KEEP}）は確認できましたが、
もう一方のアカウントを特定することができませんでした。
"""
    H = [('From', addr('佐藤 美咲', B_USER, 'iso-2022-jp')),
         ('To', f'"Amazon Web Services" <{FORM}>'),
         ('References', B_ID_010),
         ('In-Reply-To', B_ID_010),
         ('Subject', B_SUBJ),
         ('Date', fdate(d)),
         ('Message-ID', B_ID_011),
         ('MIME-Version', None),
         ('X-Mailer', 'Microsoft Outlook 16.0'),
         ('Thread-Index', 'AQH' + rb64(29) + '=='),
         ('Content-Language', 'ja')]
    H = [h for h in H if h[1] is not None]
    add('011-ja-sent-kotae.eml', H, text(body, charset='iso-2022-jp', cte='7bit'), 'unrelated', B_CASE, [B_KEEP, B_OLD], None, 'ja')


def mail_012():
    """The boss's out-of-office reply to the user's forward (internal, no auth results)."""
    d = D(2025, 9, 17, 14, 2, 51, JST)
    body = """佐藤さん

お疲れさまです。自動応答です。
9月17日（水）〜9月19日（金）は出張のため不在にしております。
メールは確認が遅れますので、お急ぎの場合は携帯までご連絡ください。

鈴木 秀樹
インフラ推進部 課長
"""
    subj = ew("自動応答:", 'iso-2022-jp') + '\n FW: ' + B_SUBJ
    H = [('Return-Path', f'<{B_BOSS}>'),
         ('Delivered-To', B_USER),
         ('Received', f"from mbox02.kaiyo-sys.co.jp (mbox02.kaiyo-sys.co.jp [10.20.1.12])\n\tby mbox01.kaiyo-sys.co.jp (Postfix) with ESMTP id 4{ralnum(11)}\n\tfor <{B_USER}>; {fdate(d + dt.timedelta(seconds=1))}"),
         ('From', addr('鈴木 秀樹', B_BOSS, 'iso-2022-jp')),
         ('To', addr('佐藤 美咲', B_USER, 'iso-2022-jp')),
         ('Subject', subj),
         ('Date', fdate(d)),
         ('Message-ID', outlook_desktop_id('kaiyo-sys.co.jp')),
         ('In-Reply-To', outlook_desktop_id('kaiyo-sys.co.jp')),
         ('Auto-Submitted', 'auto-replied'),
         ('X-Auto-Response-Suppress', 'All'),
         ('X-Mailer', 'Microsoft Outlook 16.0')]
    add('012-ja-jidou-outou-kachou.eml', H, text(body, charset='iso-2022-jp', cte='7bit'), 'unrelated', B_CASE, [], None, 'ja')


B_ID_013 = ses_msgid(D(2025, 9, 18, 5, 31, 40))


def mail_013():
    d = D(2025, 9, 18, 5, 31, 40)
    body = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
詳細をお知らせいただき、ありがとうございます。

お知らせいただいた情報から、以下 2 件の認定アカウントを確認いたしました。
作業に入る前に、内容に誤りがないかご確認をお願いいたします。

  今後ご利用いただくアカウント : AWS 03381904（{B_USER}）
  一本化により閉鎖されるアカウント : aws-07725510（misaki.sato@tokai-denshi.example.jp）

作業後は、閉鎖されるアカウントの受験履歴・認定・特典がすべて
ご利用いただくアカウント側に集約されます。
なお、この作業は一度行うと取り消すことができません。

上記で問題なければ、その旨を本メールへのご返信にてお知らせください。
ご返信を確認次第、手続きを進めさせていただきます。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    html = '<html><body style="font-family:\'Meiryo\',sans-serif;font-size:14px">' + ''.join(f'<p>{p.replace(chr(10), "<br>")}</p>' for p in body.strip().split('\n\n')) + '</body></html>'
    H = ses_jp(B_USER, d, B_SUBJ, msgid=B_ID_013)
    m = alt(text(body, cte='base64'), text(html, 'html', cte='base64'), boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{int(d.timestamp() * 1000)}")
    add('013-ja-naiyou-kakunin-irai.eml', H, m, 'merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD], True, 'ja')


def mail_014():
    """Microsoft Teams missed-activity e-mail quoting a chat about the case."""
    d = D(2025, 9, 18, 7, 10, 3)
    html = f"""<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI','Meiryo',sans-serif;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:20px">
<tr><td style="font-size:20px;color:#464775">佐藤 美咲 さんから新しいメッセージがあります</td></tr>
<tr><td style="padding-top:16px;font-size:12px;color:#616161">チャット: 佐藤 美咲, 鈴木 秀樹</td></tr>
<tr><td style="padding:12px;border-left:3px solid #6264a7">
<b>佐藤 美咲</b> <span style="color:#888">14:38</span><br>
AWSのサポートから、アカウントをまとめる前の最終確認が来ました（ケース {B_CASE}）。<br>
残すのは会社アドレスの AWS03381904 で、前職の方は閉鎖されるそうです。取り消し不可とのことなので、念のため確認させてください。このまま「問題ありません」と返信して大丈夫でしょうか？</td></tr>
<tr><td style="padding:12px;border-left:3px solid #6264a7">
<b>佐藤 美咲</b> <span style="color:#888">14:39</span><br>
前職側の合格履歴も全部こちらに移るそうです。</td></tr>
<tr><td style="padding-top:20px"><a href="https://teams.microsoft.com/l/chat/19:{rhex(32)}@unq.gbl.spaces/conversations" style="background:#6264a7;color:#fff;padding:10px 18px;text-decoration:none">Teams で返信する</a></td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#888">この通知は、Microsoft Teams で未読のメッセージがあるため送信されました。通知の設定は Teams の [設定] から変更できます。<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>"""
    ip = f"40.107.{R.randint(1, 250)}.{R.randint(1, 250)}"
    helo = f"{R.choice(['JPN01', 'TYVP286'])}-{R.choice(['TYC', 'OS0'])}-obe.outbound.protection.outlook.com"
    mf = 'noreply@email.teams.microsoft.com'
    ar = [f"spf=pass smtp.mailfrom={mf}",
          f"dkim=pass header.d=email.teams.microsoft.com header.s=selector1 header.b={rb64(8)}",
          "dmarc=pass (p=reject dis=none) header.from=email.teams.microsoft.com"]
    H = jp_in('mx01.kaiyo-sys.co.jp', B_USER, d, ip, helo, mf, ar, B_MTA)
    H += [('DKIM-Signature', dkim('email.teams.microsoft.com', 'selector1', int(d.timestamp()), 'From:Date:Subject:Message-ID:Content-Type:MIME-Version', c='relaxed/relaxed')),
          ('From', 'Microsoft Teams <noreply@email.teams.microsoft.com>'),
          ('To', addr('佐藤 美咲', B_USER)),
          ('Subject', ew('Teams に未読のメッセージがあります', 'utf-8', 'B')),
          ('Date', fdate(d)),
          ('Message-ID', f"<{uuid.UUID(int=R.getrandbits(128))}@az.japaneast.microsoft.com>"),
          ('X-MS-Exchange-Organization-SCL', '-1')]
    add('014-ja-teams-midoku.eml', H, text(html, 'html', cte='base64'), 'unrelated', B_CASE, [B_KEEP], False, 'ja')


def mail_015():
    """Automatic out-of-office reply of the AWS agent on the case."""
    d = D(2025, 9, 19, 9, 15, 22)
    body = f"""※本メールは自動送信されています。

お問い合わせいただきありがとうございます。
本ケースの担当者（山口）は、9月22日（月）から9月23日（火・祝）まで不在にしております。

ケース {B_CASE} は引き続き有効で、担当者不在の間は同じチームの別の担当者が
内容を確認いたします。新しいお問い合わせ（ケース）を作成していただく必要はございません。

AWS トレーニングと認定 カスタマーサポート
"""
    subj = ew('自動応答:', 'utf-8') + '\n ' + B_SUBJ
    H = ses_jp(B_USER, d, subj, extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    add('015-ja-tantousha-fuzai.eml', H, text(body, cte='quoted-printable'), 'support_reply', B_CASE, [], True, 'ja')


def mail_016():
    d = D(2025, 9, 24, 0, 44, 18)
    body = f"""佐藤 美咲 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご依頼いただいておりました件、AWS07725510 に記録されていた認定および
受験履歴を、すべて AWS03381904 へ移行いたしました。
AWS07725510 は閉鎖済みのため、今後はサインインにご利用いただけません。

CertMetrics 上の表示、および Credly のバッジへの反映には最大で 48 時間ほど
かかる場合がございます。それ以降も反映されていない場合は、本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    H = ses_jp(B_USER, d, B_SUBJ)
    add('016-ja-ikou-itashimashita.eml', H, text(body, charset='iso-2022-jp', cte='7bit'), 'merge_completed', B_CASE, [B_KEEP, B_OLD], True, 'ja')


def mail_017():
    d = D(2025, 9, 24, 0, 46, 2)
    html = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:sans-serif;font-size:14px;color:#232f3e">
<p>佐藤 美咲 様</p>
<p>AWS トレーニングと認定をご利用いただきありがとうございます。<br>
お問い合わせいただいたケース（ケース番号: {B_CASE}）はクローズされました。</p>
<p>今後のサービス向上のため、今回の対応について簡単なアンケートにご協力ください（所要時間 1 分程度）。</p>
<p><b>問題は解決しましたか？</b><br>
<a href="https://survey.awscloud.com/tc?case={B_CASE}&amp;a=yes">はい</a>　／　<a href="https://survey.awscloud.com/tc?case={B_CASE}&amp;a=no">いいえ</a></p>
<p>同じ件で引き続きお困りの場合は、本メールにご返信いただければケースを再開いたします。</p>
<p style="color:#888;font-size:12px">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>"""
    subj = ew(f'ケース {B_CASE} はクローズされました', 'utf-8', 'B', chunk=10)
    H = ses_jp(B_USER, d, subj, from_=f'"{AWS_NAME}" <{NOREPLY}>')
    add('017-ja-anketo.eml', H, text(html, 'html', cte='base64'), 'survey', B_CASE, [], True, 'ja')


def mail_018():
    """Read receipt from the boss for the forwarded completion mail."""
    d = D(2025, 9, 24, 10, 3, 41, JST)
    sent = D(2025, 9, 24, 9, 58, 10, JST)
    fw_subj = 'FW: ' + B_SUBJ
    txt = f"""メッセージ

  宛先: 鈴木 秀樹
  件名: {fw_subj}
  送信日時: 2025/09/24 9:58

は 2025/09/24 10:03 に開封されました。
"""
    from email.mime.base import MIMEBase
    from email.message import Message
    mdn = MIMEBase('message', 'disposition-notification')
    m1 = Message()
    m1['Reporting-UA'] = 'Microsoft Outlook 16.0'
    m1['Final-Recipient'] = f'rfc822;{B_BOSS}'
    m1['Original-Message-ID'] = outlook_desktop_id('kaiyo-sys.co.jp')
    m1['Disposition'] = 'manual-action/MDN-sent-manually; displayed'
    mdn.set_payload([m1])
    rep = mixed(text(txt, charset='iso-2022-jp', cte='7bit'), mdn, subtype='report', boundary=f"----=_NextPart_000_{rhex(4).upper()}_01DC{rhex(4).upper()}.{rhex(8).upper()}", report_type='disposition-notification')
    H = [('Return-Path', f'<{B_BOSS}>'),
         ('Delivered-To', B_USER),
         ('Received', f"from mbox02.kaiyo-sys.co.jp (mbox02.kaiyo-sys.co.jp [10.20.1.12])\n\tby mbox01.kaiyo-sys.co.jp (Postfix) with ESMTP id 4{ralnum(11)}\n\tfor <{B_USER}>; {fdate(d + dt.timedelta(seconds=1))}"),
         ('From', addr('鈴木 秀樹', B_BOSS, 'iso-2022-jp')),
         ('To', addr('佐藤 美咲', B_USER, 'iso-2022-jp')),
         ('Subject', ew('開封済み:', 'iso-2022-jp') + '\n ' + fw_subj),
         ('Date', fdate(d)),
         ('Message-ID', outlook_desktop_id('kaiyo-sys.co.jp')),
         ('X-Mailer', 'Microsoft Outlook 16.0'),
         ('Thread-Index', 'AQH' + rb64(29) + '==')]
    add('018-ja-kaifuu-tsuuchi.eml', H, rep, 'unrelated', B_CASE, [], None, 'ja')


# ============================================================================
# Thread C: Priya Raman (northwind-analytics.com on Microsoft 365), console case
# ============================================================================
C_USER = 'priya.raman@northwind-analytics.com'
C_MATE = 'marcus.feld@northwind-analytics.com'
C_OPEN = D(2025, 11, 4, 16, 22, 7)
C_CASE = case_id(C_OPEN, 11840)
C_KEEP, C_OLD1, C_OLD2 = 'AWS05560231', 'AWS01984477', 'AWS08832019'
C_TOPIC = 'Consolidate duplicate AWS Certification accounts'
C_SUBJ = f"RE:[CASE {C_CASE}] {C_TOPIC}"


def ses_o365(to, d, subject, from_=None, msgid=None, extra=None, tenant='northwind-analytics.com'):
    ip = ses_ip()
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    H = o365_in(d + dt.timedelta(seconds=2), ip, helo, 'amazonses.com', o365_ses_ar(ip), tenant)
    H += ses_out(d, to, subject, from_=from_ or f'"{AWS_NAME}" <{NOREPLY}>', msgid=msgid, extra=extra)
    H += o365_tail(tenant)
    return H


def o365_internal(d, tenant):
    mbx = f"{R.choice(['SA1PR12MB', 'PH0PR10MB', 'DM6PR11MB'])}{R.randint(1000, 9999)}.namprd{R.choice(['12', '10', '11'])}.prod.outlook.com"
    v6 = f"2603:10b6:{R.randint(100, 999)}:{rhex(3)}::{R.randint(1, 40)}"
    return [('Received', f"from {mbx} ({v6}) by {mbx.replace('SA1', 'MN0').replace('PH0', 'CO1').replace('DM6', 'BY5')}\n ({v6}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(5, 30)}; {fdate(d + dt.timedelta(seconds=1))}"),
            ('Received', f"from {mbx} ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by {mbx}\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%5]) with mapi id 15.20.{R.randint(8000, 9400)}.{R.randint(5, 30)}; {fdate(d)}"),
            ('Authentication-Results', f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={tenant};")]


def mail_019():
    d = C_OPEN + dt.timedelta(seconds=4)
    body = f"""Thank you for contacting Amazon Web Services. We have opened case {C_CASE} to address your issue.

The details of your case are as follows:

Case ID: {C_CASE}
Subject: {C_TOPIC}
Severity: General guidance
Correspondence: Hello, over the years I ended up with three AWS Certification
candidate accounts because of employer-sponsored exam vouchers:
AWS05560231 (my current one), AWS01984477 and aws08832019. Could these be
brought together so that all of my certifications show in one place?

Thanks, Priya Raman

To contact us again about this issue, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

If you are not signed in as the case creator, you may not be able to view the case.

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To contact us about this case, please use the Support Center link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    H = ses_o365(C_USER, d, f"Amazon Web Services: You have opened a new Support case: {C_CASE}")
    add('019-console-new-support-case.eml', H, text(body, cte='quoted-printable'), 'case_created', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en')


def mail_020():
    d = D(2025, 11, 5, 14, 9, 31)
    body = f"""Dear Amazon Web Services customer,

New correspondence has been added to your AWS Support case {C_CASE}.

To view the correspondence and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

Case subject: {C_TOPIC}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    H = ses_o365(C_USER, d, f"[Case {C_CASE}] New correspondence added")
    add('020-console-correspondence-notice.eml', H, text(body, cte='7bit'), 'support_reply', C_CASE, [], True, 'en')


C_021_TEXT = f"""Hello Priya,

Thank you for your patience while I looked into this.

I have found all three candidate records you listed:

- AWS05560231, created in 2023 with {C_USER}
- AWS01984477, created in 2019 with a personal Gmail address
- AWS08832019, created in 2021 with an address at a previous employer

Before I can prepare anything, I need to know which of these you would like
to remain as your primary record going forward. The other two would then be
attached to it. Please also confirm that you still have access to the e-mail
address on the primary record, as that is where all future notifications will
be sent.

You can reply through the Support Center using the link below.

Best regards,
Sofia R.
Amazon Web Services"""


def mail_021():
    d = D(2025, 11, 5, 14, 9, 28)
    body = C_021_TEXT + f"""

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Case link: https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    H = ses_o365(C_USER, d, C_SUBJ)
    add('021-console-which-record-primary.eml', H, text(body, cte='quoted-printable'), 'support_reply', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en')


def mail_022():
    """The user forwards the agent's question to a teammate (internal Outlook mail)."""
    d = D(2025, 11, 5, 15, 2, 44, EST)
    quoted = C_021_TEXT
    plain = f"""Hi Marcus,

AWS wants to know which of my certification IDs to keep. I'd go with AWS05560231
since that's the one tied to my work address and the Pro cert. Any reason not to
(e.g. for the partner program records)?

Thanks,
Priya

From: Amazon Web Services <{NOREPLY}>
Sent: Wednesday, November 5, 2025 9:09 AM
To: Priya Raman <{C_USER}>
Subject: {C_SUBJ}

{quoted}
"""
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Hi Marcus,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">AWS wants to know which of my certification IDs to keep. I&#8217;d go with AWS05560231 since that&#8217;s the one tied to my work address and the Pro cert. Any reason not to (e.g. for the partner program records)?</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,<br>Priya</p><p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;{NOREPLY}&gt; <br><b>Sent:</b> Wednesday, November 5, 2025 9:09 AM<br><b>To:</b> Priya Raman &lt;{C_USER}&gt;<br><b>Subject:</b> {C_SUBJ}</p></div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">{quoted.replace(chr(10), '<br>')}</p>
</div></body></html>"""
    H = o365_internal(d, 'northwind-analytics.com')
    H += [('From', f'Priya Raman <{C_USER}>'),
          ('To', f'Marcus Feld <{C_MATE}>'),
          ('Subject', f'FW: {C_SUBJ}'),
          ('Thread-Topic', f'{C_SUBJ}'),
          ('Thread-Index', 'AQH' + rb64(33) + '='),
          ('Date', fdate(d)),
          ('Message-ID', outlook_msgid('SA1PR12MB7301.namprd12.prod.outlook.com')),
          ('Accept-Language', 'en-US'),
          ('Content-Language', 'en-US'),
          ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', '')]
    H += o365_tail('northwind-analytics.com', inbound=False)
    m = alt(text(plain, cte='quoted-printable', charset='us-ascii'), text(html, 'html', cte='quoted-printable'), boundary=f"_000_SA1PR12MB7301{rhex(16).upper()}namp_")
    add('022-fw-which-id-to-keep.eml', H, m, 'unrelated', C_CASE, [C_KEEP], False, 'en')


def ics_escape(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\n'.join(out)


def mail_023():
    """Meeting invitation from a teammate mentioning the consolidation."""
    d = D(2025, 11, 5, 15, 40, 12, EST)
    start = D(2025, 11, 6, 10, 30, 0, EST)
    desc = f"""Priya - 15 min to settle which certification ID survives before we answer AWS on case {C_CASE}.

Options: AWS05560231 (work address, Pro cert) vs AWS08832019 (has the partner-program link).
Outcome: whoever owns it replies in the Support Center.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{ralnum(48)}%40thread.v2/0
Meeting ID: 284 117 903 552
Passcode: Xq7bT2"""
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Marcus Feld:mailto:{C_MATE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:{C_USER}
{ics_fold('DESCRIPTION;LANGUAGE=en-US:' + ics_escape(desc))}
UID:040000008200E00074C5B7101A82E008000000{rhex(32).upper()}
SUMMARY;LANGUAGE=en-US:AWS cert IDs - pick the one to keep
DTSTART;TZID=Eastern Standard Time:20251106T103000
DTEND;TZID=Eastern Standard Time:20251106T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    cal = text(ics, 'calendar', cte='base64')
    cal.set_param('method', 'REQUEST')
    html = '<html><body><div>' + desc.replace('&', '&amp;').replace('\n', '<br>') + '</div></body></html>'
    m = alt(text(desc, cte='quoted-printable'), text(html, 'html', cte='quoted-printable'), cal, boundary=f"_000_{rhex(40).upper()}namp_")
    H = o365_internal(d, 'northwind-analytics.com')
    H += [('From', f'Marcus Feld <{C_MATE}>'),
          ('To', f'Priya Raman <{C_USER}>'),
          ('Subject', 'AWS cert IDs - pick the one to keep'),
          ('Thread-Topic', 'AWS cert IDs - pick the one to keep'),
          ('Thread-Index', 'AdxO' + rb64(28)),
          ('Date', fdate(d)),
          ('Message-ID', outlook_msgid('BL1PR13MB5520.namprd13.prod.outlook.com')),
          ('Accept-Language', 'en-US'),
          ('Content-Language', 'en-US'),
          ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', ''),
          ('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + ralnum(40) + '=')]
    H += o365_tail('northwind-analytics.com', inbound=False)
    add('023-invite-pick-id.eml', H, m, 'unrelated', C_CASE, [C_KEEP, C_OLD2], False, 'en')


def mail_024():
    d = D(2025, 11, 7, 13, 51, 9)
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Priya,</p>
<p>Thank you for letting us know which record you would like to keep. Here is the plan; please read it carefully.</p>
<table style="border-collapse:collapse" cellpadding="6" border="1">
<tr style="background:#f2f3f3"><th align="left">Candidate ID</th><th align="left">After the change</th></tr>
<tr><td>{C_KEEP}</td><td>Remains active &ndash; your single record</td></tr>
<tr><td>{C_OLD1}</td><td>Contents attached to {C_KEEP}, then deactivated</td></tr>
<tr><td>{C_OLD2}</td><td>Contents attached to {C_KEEP}, then deactivated</td></tr>
</table>
<p>Certifications, exam history and outstanding benefits will all be carried over. Deactivated records cannot be restored, and we will not be able to separate the history again later.</p>
<p><b>Nothing has been changed yet.</b> If you agree with the above, please add a reply to this case in the Support Center saying so. If anything is wrong, tell us what should be different.</p>
<p>Best regards,<br>Sofia R.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.<br>
Case link: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&amp;language=en</a><br>
Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>"""
    H = ses_o365(C_USER, d, C_SUBJ)
    add('024-console-plan-needs-your-ok.eml', H, text(html, 'html', cte='quoted-printable'), 'merge_confirmation_requested', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en')


def mail_025():
    """Slack e-mail digest quoting the case."""
    d = D(2025, 11, 7, 17, 30, 2)
    plain = f"""You have new messages in Northwind Analytics

#cloud-certs
Marcus Feld  9:12 AM
@Priya AWS support is asking you to sign off on folding the 2019 and 2021 profiles into aws05560231 (case {C_CASE}). Looks right to me, go ahead.

Priya Raman  9:20 AM
:+1: will answer in the console after lunch. They say it can't be undone so I'm double-checking the partner portal first.

Open Slack: https://northwind-analytics.slack.com/archives/C07L2J9QK4M

You're receiving this email because you have notifications turned on for Northwind Analytics.
To change how often you get these emails, visit https://northwind-analytics.slack.com/account/notifications
Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105
"""
    html = f"""<html><body style="font-family:Lato,Helvetica,Arial,sans-serif;color:#1d1c1d">
<h2 style="font-size:20px">You have new messages in Northwind Analytics</h2>
<p style="color:#616061">#cloud-certs</p>
<p><b>Marcus Feld</b> <span style="color:#616061">9:12 AM</span><br>@Priya AWS support is asking you to sign off on folding the 2019 and 2021 profiles into aws05560231 (case {C_CASE}). Looks right to me, go ahead.</p>
<p><b>Priya Raman</b> <span style="color:#616061">9:20 AM</span><br>&#128077; will answer in the console after lunch. They say it can&#39;t be undone so I&#39;m double-checking the partner portal first.</p>
<p><a href="https://northwind-analytics.slack.com/archives/C07L2J9QK4M" style="background:#007a5a;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px">Open Slack</a></p>
<p style="font-size:12px;color:#868686">You&#39;re receiving this email because you have notifications turned on for Northwind Analytics.</p>
</body></html>"""
    ip = f"198.2.{R.randint(128, 191)}.{R.randint(1, 250)}"
    helo = f"mail{R.randint(10, 99)}.slack-mail.com"
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=slack.com; dkim=pass (signature was verified)\n header.d=slack.com;dmarc=pass action=none header.from=slack.com;compauth=pass\n reason=100")
    H = o365_in(d, ip, helo, 'slack.com', ar, 'northwind-analytics.com')
    H += [('DKIM-Signature', dkim('slack.com', 'google', int(d.timestamp()), 'from:to:subject:date:message-id:mime-version:content-type', c='relaxed/relaxed')),
          ('Date', fdate(d)),
          ('From', 'Slack <notification@slack.com>'),
          ('To', C_USER),
          ('Subject', '[Slack] Notifications from the Northwind Analytics workspace'),
          ('Message-ID', f"<{rhex(32)}@slack.com>"),
          ('List-Unsubscribe', '<https://northwind-analytics.slack.com/account/notifications>')]
    H += o365_tail('northwind-analytics.com')
    m = alt(text(plain, cte='quoted-printable'), text(html, 'html', cte='quoted-printable'))
    add('025-slack-digest-cloud-certs.eml', H, m, 'unrelated', C_CASE, [C_KEEP], False, 'en')


def mail_026():
    d = D(2025, 11, 10, 9, 3, 47)
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Priya,</p>
<p>Thank you for your reply in the Support Center.</p>
<p>The consolidation you approved has now been carried out. {C_OLD1} and {C_OLD2} have been retired, and every certification, exam result and benefit that was on them is now shown on <b>{C_KEEP}</b>. When you sign in to your AWS Certification Account you should see the full history in one place.</p>
<p>A few things worth checking over the next couple of days:</p>
<ul><li>your certifications list and expiry dates;</li>
<li>the 50% exam benefit under <i>Benefits</i>;</li>
<li>your Credly badges, which are updated separately and may take up to two business days.</li></ul>
<p>If something is missing, add a correspondence to this case and we will take a look.</p>
<p>Best regards,<br>Sofia R.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.<br>
Case link: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&amp;language=en</a><br>
Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>"""
    H = ses_o365(C_USER, d, C_SUBJ)
    add('026-console-retired-and-carried-over.eml', H, text(html, 'html', cte='base64'), 'merge_completed', C_CASE, [C_KEEP, C_OLD1, C_OLD2], True, 'en')


def mail_027():
    d = D(2025, 11, 13, 9, 5, 12)
    plain = f"""Hello,

We haven't heard from you in a few days, so we have marked AWS Support case {C_CASE} ("{C_TOPIC}") as resolved.

If you still need help with this issue, you can reopen the case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

How did we do? Tell us about your experience in a two-minute survey:
https://aws.amazon.com/support/feedback/?caseId={C_CASE}

Amazon Web Services
This e-mail was sent from an address that cannot accept incoming e-mail.
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello,</p><p>We haven't heard from you in a few days, so we have marked AWS Support case <b>{C_CASE}</b> (&ldquo;{C_TOPIC}&rdquo;) as resolved.</p>
<p>If you still need help with this issue, you can <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&amp;language=en">reopen the case</a> within 14 days.</p>
<p style="font-size:16px"><b>How did we do?</b></p>
<p>{''.join(f'<a href="https://aws.amazon.com/support/feedback/?caseId={C_CASE}&amp;score={i}" style="display:inline-block;width:32px;text-align:center;border:1px solid #879596;margin:2px;text-decoration:none;color:#16191f">{i}</a>' for i in range(1, 6))}</p>
<p style="font-size:12px;color:#545b64">1 = very dissatisfied, 5 = very satisfied</p>
<p style="font-size:12px;color:#545b64">Amazon Web Services<br>This e-mail was sent from an address that cannot accept incoming e-mail.</p></body></html>"""
    H = ses_o365(C_USER, d, f"[Case {C_CASE}] Your case has been resolved - how did we do?")
    m = alt(text(plain, cte='quoted-printable'), text(html, 'html', cte='quoted-printable'), boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{int(d.timestamp() * 1000)}")
    add('027-console-resolved-how-did-we-do.eml', H, m, 'survey', C_CASE, [], True, 'en')


def credly_o365(to, d, subject, tenant):
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(10, 250)}"
    helo = f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.mail.credly.com"
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=mail.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100")
    H = o365_in(d + dt.timedelta(seconds=2), ip, helo, 'mail.credly.com', ar, tenant)
    t = int(d.timestamp())
    H += [('DKIM-Signature', dkim('credly.com', 's1', t, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to', c='relaxed/relaxed', b_len=172)),
          ('Date', fdate(d)),
          ('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
          ('Message-ID', f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"),
          ('Subject', subject),
          ('To', to),
          ('X-SG-EID', rb64(90)),
          ('List-Unsubscribe', '<https://www.credly.com/notification_preferences>')]
    H += o365_tail(tenant)
    return H


def mail_028():
    d = D(2025, 11, 11, 22, 41, 19)
    plain = f"""Hi Priya,

Congratulations! Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Data Engineer - Associate

Claim it here so you can share it with your network:
https://www.credly.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}

Issued to: {C_USER}

--
Credly, a Pearson company
Manage notifications: https://www.credly.com/notification_preferences
"""
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;background:#f4f5f7">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="font-size:22px">Hi Priya,</h1>
<p>Congratulations! Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Data Engineer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}" style="background:#0b66c3;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#888">Issued to {C_USER}. Credly, a Pearson company.</p>
</td></tr></table></body></html>"""
    H = credly_o365(C_USER, d, 'Congratulations, Priya! You earned a new badge', 'northwind-analytics.com')
    add('028-credly-new-badge-priya.eml', H, alt(text(plain, cte='quoted-printable'), text(html, 'html', cte='quoted-printable')), 'credly_badge_issued', None, [], True, 'en')


def mail_029():
    d = D(2026, 1, 6, 15, 2, 40)
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td style="padding:24px">
<h1 style="font-size:22px">Your badge is expiring soon</h1>
<p>Hi Priya,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and Certification, expires on <b>March 2, 2026</b>.</p>
<p>To keep your badge current, visit the issuer's website to learn about recertification options.</p>
<p><a href="https://aws.amazon.com/certification/recertification/" style="background:#0b66c3;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Learn how to renew</a></p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because you have a badge on Credly. <a href="https://www.credly.com/notification_preferences">Notification preferences</a></p>
</td></tr></table></body></html>"""
    H = credly_o365(C_USER, d, 'Reminder: your AWS Certified Cloud Practitioner badge expires soon', 'northwind-analytics.com')
    for i, (k, v) in enumerate(H):
        if k == 'From':
            H[i] = ('From', 'Credly <admin@credly.com>')
    add('029-credly-expiry-reminder.eml', H, text(html, 'html', cte='quoted-printable'), 'unrelated', None, [], True, 'en')


# ============================================================================
# Thread D: 山本 健太 (Gmail), Japanese form case
# ============================================================================
D_USER = 'kenta.yamamoto.dev@gmail.com'
D_OPEN = D(2026, 1, 13, 3, 10, 55)
D_CASE = case_id(D_OPEN, 40)
D_KEEP, D_OLD = 'AWS02264718', 'AWS06610393'
D_SUBJ = f"RE:[CASE {D_CASE}] {FORM_SUBJ}"
D_ID_REQ = ses_msgid(D(2026, 1, 15, 0, 41, 9))
D_ID_FOLLOW = ses_msgid(D(2026, 1, 19, 1, 2, 33))
D_REQ_TEXT = f"""山本 健太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
お問い合わせいただいた件について、以下の内容で手続きを行う予定です。

  引き続きご利用いただく ID : {D_KEEP}
  もう一方の ID（手続き後に無効化） : {D_OLD}

手続き後は、{D_OLD} の認定・受験履歴・特典がすべて {D_KEEP} に
引き継がれます。一度実施すると元に戻すことはできませんので、
内容にお間違いがないか、本メールへのご返信にてご確認をお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート"""


def mail_030():
    d = D_OPEN + dt.timedelta(seconds=44)
    body = f"""山本 健太 様

AWS トレーニングと認定へのお問い合わせを承りました。
（このメールは送信専用システムから自動でお送りしています）

お問い合わせ番号: {D_CASE}

内容を確認のうえ、担当者よりご連絡いたします。通常、1 営業日以内にご返信しております。
お問い合わせ番号は、今後のやり取りで必要になりますので控えておいてください。
同じ内容で複数回お問い合わせいただく必要はございません。

--- フォーム送信内容 ---
種類: 認定 / アカウントの統合
AWS 受験者 ID: {D_KEEP}
統合したいもう一方の ID: AWS-06610393
理由: 学生時代に作成したアカウントと、現在のアカウントが分かれてしまっているため。
-----------------------

AWS トレーニングと認定
"""
    subj = ew(f"お問い合わせ番号 {D_CASE} を受け付けました", 'utf-8', 'B', chunk=12)
    H = ses_gmail(D_USER, d, subj, body)
    add('030-ja-uketsuke-bangou.eml', H, text(body, cte='base64'), 'case_created', D_CASE, [D_KEEP, D_OLD], True, 'ja')


def mail_031():
    """The user's own Gmail vacation responder answering the agent (Sent copy)."""
    d = D(2026, 1, 15, 9, 41, 30, JST)
    body = """【自動返信】

メールありがとうございます。
1月15日（木）〜1月18日（日）は帰省のため、メールの確認ができません。
1月19日（月）以降、順次ご返信いたします。

山本 健太
"""
    H = [('MIME-Version', None),
         ('Date', fdate(d)),
         ('References', D_ID_REQ),
         ('In-Reply-To', D_ID_REQ),
         ('Auto-Submitted', 'auto-replied'),
         ('Precedence', 'bulk'),
         ('Message-ID', gmail_msgid()),
         ('Subject', f"Re: {D_SUBJ}"),
         ('From', addr('山本 健太', D_USER)),
         ('To', f'Amazon Web Services <{FORM}>')]
    H = [h for h in H if h[1] is not None]
    add('031-ja-jidou-henshin-kisei.eml', H, text(body, charset='utf-8', cte='base64'), 'unrelated', D_CASE, [], None, 'ja')


def mail_032():
    d = D(2026, 1, 19, 1, 2, 33)
    body = f"""山本 健太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。

1月15日にお送りしたご確認のお願いについて、まだご返信をいただけていないようでしたので、
念のため再度ご連絡いたしました。

引き続きお手続きをご希望の場合は、本メールにご返信ください。
すでに解決済み、またはお手続きが不要になった場合も、その旨お知らせいただけますと幸いです。
7 日間ご返信がない場合は、本ケースをいったんクローズさせていただきます。

小林
AWS トレーニングと認定 カスタマーサポート

--- 以前のメッセージ ---
{D_REQ_TEXT}
"""
    H = ses_gmail(D_USER, d, D_SUBJ, body, msgid=D_ID_FOLLOW)
    add('032-ja-saido-kakunin.eml', H, text(body, cte='quoted-printable'), 'support_reply', D_CASE, [], True, 'ja')


def mail_033():
    """The user's sent reply with a Japanese Gmail quote header and nested quotes."""
    d = D(2026, 1, 19, 10, 26, 4, JST)
    inner = '\n'.join('> ' + l if l else '>' for l in D_REQ_TEXT.split('\n'))
    follow = f"""山本 健太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。

1月15日にお送りしたご確認のお願いについて、まだご返信をいただけていないようでしたので、
念のため再度ご連絡いたしました。

引き続きお手続きをご希望の場合は、本メールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート

--- 以前のメッセージ ---
{inner}"""
    quoted = '\n'.join('> ' + l if l else '>' for l in follow.split('\n'))
    body = f"""小林様

ご連絡が遅くなり申し訳ありません。休暇で不在にしておりました。
内容に相違ありません。AWS02264718 を残す形で進めていただけますでしょうか。
The details are correct. Please proceed with the merge.

よろしくお願いいたします。
山本 健太

2026年1月19日(月) 10:02 Amazon Web Services <{FORM}>:

{quoted}
"""
    H = [('MIME-Version', None),
         ('Date', fdate(d)),
         ('References', f"{D_ID_REQ}\n {D_ID_FOLLOW}"),
         ('In-Reply-To', D_ID_FOLLOW),
         ('Message-ID', gmail_msgid()),
         ('Subject', D_SUBJ),
         ('From', addr('山本 健太', D_USER)),
         ('To', f'Amazon Web Services <{FORM}>')]
    H = [h for h in H if h[1] is not None]
    add('033-ja-sent-soui-arimasen.eml', H, text(body, cte='base64'), 'unrelated', D_CASE, [D_KEEP], None, 'ja')


def mail_034():
    d = D(2026, 1, 19, 6, 15, 50)
    body = f"""山本 健太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご確認いただき、ありがとうございます。

ご了承いただきましたので、これより担当部署にて作業を開始いたします。
作業が終わりましたら、改めて本メールにてご連絡いたします。
通常 2〜3 営業日ほどお時間をいただいております。

なお、作業終了後は AWS06610393 ではサインインできなくなりますので、
それまでに必要な情報（受験予約など）がございましたらご確認ください。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    H = ses_gmail(D_USER, d, D_SUBJ, body)
    add('034-ja-sagyou-kaishi.eml', H, text(body, cte='quoted-printable'), 'support_reply', D_CASE, [D_OLD], True, 'ja')


D_ID_DONE = ses_msgid(D(2026, 1, 21, 8, 30, 2))


def mail_035():
    d = D(2026, 1, 21, 8, 30, 2)
    plain = f"""山本 健太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。

お待たせいたしました。2 つの ID の一本化作業が終了し、認定と受験履歴は
すべて AWS02264718 にまとまりました。今後は AWS02264718 のみをご利用ください。

ご依頼の手続きが終了いたしましたので、本ケースはこれにてクローズとさせていただきます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:14px">
<p>山本 健太 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの小林でございます。</p>
<p>お待たせいたしました。2 つの ID の一本化作業が終了し、認定と受験履歴はすべて AWS02264718 にまとまりました。今後は AWS02264718 のみをご利用ください。</p>
<p>ご依頼の手続きが終了いたしましたので、本ケースはこれにてクローズとさせていただきます。</p>
<p>小林<br>AWS トレーニングと認定 カスタマーサポート</p>
<hr><p style="font-size:13px">今回の対応はいかがでしたか？ 1 分程度のアンケートにご協力ください。<br>
<a href="https://pages.awscloud.com/tc-feedback.html?caseId={D_CASE}&amp;lang=ja">アンケートに回答する</a></p>
</body></html>"""
    H = ses_gmail(D_USER, d, D_SUBJ, plain, msgid=D_ID_DONE)
    m = alt(text(plain, cte='base64'), text(html, 'html', cte='base64'), boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{int(d.timestamp() * 1000)}")
    add('035-ja-ippon-ka-shuuryou-close.eml', H, m, 'merge_completed', D_CASE, [D_KEEP], True, 'ja')


def mail_036():
    d = D(2026, 1, 22, 4, 12, 9)
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="background:#f4f5f7;font-family:'Hiragino Sans','Meiryo',sans-serif;color:#333">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90">
<h1 style="font-size:20px">山本 健太 さん、バッジが届いています</h1>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<p style="font-size:17px"><b>AWS Certified Developer &ndash; Associate</b></p>
<p>認定情報の更新に伴い、このバッジはお使いの Credly アカウントに改めて発行されています。下のボタンから受け取り手続きを行ってください。</p>
<p><a href="https://www.credly.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}?locale=ja" style="background:#0b66c3;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">このメールは {D_USER} 宛てに送信されました。通知設定は <a href="https://www.credly.com/notification_preferences">こちら</a> から変更できます。</p>
</td></tr></table></body></html>"""
    subj = ew('Amazon Web Services Training and Certification からバッジが届いています', 'utf-8', 'B', chunk=18)
    H = credly_gmail(D_USER, d, subj, html)
    add('036-ja-credly-badge-todoiteimasu.eml', H, text(html, 'html', cte='base64'), 'credly_badge_issued', None, [], True, 'ja')


def mail_037():
    """The user forwards the completion mail to a co-worker (received on Google Workspace)."""
    d = D(2026, 1, 21, 18, 5, 40, JST)
    to = 'sho.ito@hoshizora-works.jp'
    plain = f"""伊藤さん

前に話していた AWS 認定のアカウントの件、やっと片付きました。
社内の資格一覧の ID、念のため更新しておいてもらえると助かります。

---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: 2026年1月21日(水) 17:30
Subject: {D_SUBJ}
To: <{D_USER}>


山本 健太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。

お待たせいたしました。2 つの ID の一本化作業が終了し、認定と受験履歴は
すべて AWS02264718 にまとまりました。今後は AWS02264718 のみをご利用ください。

ご依頼の手続きが終了いたしましたので、本ケースはこれにてクローズとさせていただきます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    ip = f"209.85.{R.randint(128, 222)}.{R.randint(10, 250)}"
    helo = f"mail-{R.choice(['pj1', 'pf1', 'oi1'])}-f{R.randint(170, 200)}.google.com"
    ar = [f"dkim=pass header.i=@gmail.com header.s=20230601 header.b={rb64(8)}",
          f"spf=pass (google.com: domain of {D_USER} designates {ip} as permitted sender) smtp.mailfrom={D_USER}",
          "dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com"]
    H = gmail_in(to, d + dt.timedelta(seconds=1), ip, helo, D_USER, ar, arc=False)
    H += [('DKIM-Signature', dkim('gmail.com', '20230601', int(d.timestamp()), 'to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to', c='relaxed/relaxed')),
          ('X-Gm-Message-State', 'AOJu0Y' + rb64(60)),
          ('MIME-Version', None),
          ('References', D_ID_DONE),
          ('In-Reply-To', D_ID_DONE),
          ('From', addr('山本 健太', D_USER)),
          ('Date', fdate(d)),
          ('Message-ID', gmail_msgid()),
          ('Subject', f"Fwd: {D_SUBJ}"),
          ('To', f"<{to}>")]
    H = [h for h in H if h[1] is not None]
    add('037-ja-fwd-douryou.eml', H, text(plain, cte='base64'), 'unrelated', D_CASE, [], False, 'ja')


def mail_038():
    """Credly's own self-service account merge code (not the AWS merge)."""
    d = D(2026, 1, 24, 11, 20, 33)
    plain = """Hi Kenta,

We received a request to merge another Credly account into the account registered to this e-mail address.

Your verification code is: 482 917

Enter this code on the Credly website to finish, or use the button below.
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=""" + ralnum(40) + """

The code expires in 30 minutes. If you did not request this, you can ignore this e-mail; no changes will be made.

Credly Support
"""
    H = credly_gmail(D_USER, d, 'Your Credly account merge verification code', plain)
    for i, (k, v) in enumerate(H):
        if k == 'From':
            H[i] = ('From', 'Credly <admin@credly.com>')
    add('038-credly-own-merge-code.eml', H, text(plain, cte='7bit'), 'unrelated', None, [], True, 'en')


# ============================================================================
# Thread E: case mail copied to a Google Workspace group (certs@lumenwave.io)
# ============================================================================
E_GROUP = 'certs@lumenwave.io'
E_TOM = 'tom.becker@lumenwave.io'
E_ANNA = 'anna.kowalczyk@lumenwave.io'
E_OPEN = D(2026, 2, 9, 14, 3, 26)
E_CASE = case_id(E_OPEN, 90314)
E_KEEP, E_OLD = 'AWS08150377', 'AWS02907741'
E_SUBJ = f"RE:[CASE {E_CASE}] {FORM_SUBJ}"
E_ID_REQ = ses_msgid(D(2026, 2, 10, 15, 14, 2))
E_ID_DONE = ses_msgid(D(2026, 2, 12, 9, 47, 55))
GROUP_ID = str(R.randint(100000000000, 999999999999))


def group_footer(msgid):
    mid = msgid.strip('<>').replace('@', '%40')
    return f"""
-- 
You received this message because you are subscribed to the Google Groups "Certs" group.
To unsubscribe from this group and stop receiving emails from it, send an email to certs+unsubscribe@lumenwave.io.
To view this discussion visit https://groups.google.com/a/lumenwave.io/d/msgid/certs/{mid}.
"""


def group_in(d, orig_from_dom, orig_ar, msgid, from_display, reply_to, subject, to=E_GROUP, extra_top=None, rewritten=True, date_sent=None):
    bnc = 'certs+bncBD' + ralnum(40) + '@lumenwave.io'
    ip = f"209.85.220.{R.randint(41, 99)}"
    helo = f"mail-sor-f{ip.split('.')[-1]}.google.com"
    arc1 = f"arc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain={orig_from_dom} dmarc=pass fromdomain={orig_from_dom})" if orig_from_dom == 'amazon.com' else f"arc=pass (i=1 spf=pass spfdomain={orig_from_dom} dkim=pass dkdomain={orig_from_dom} dmarc=pass fromdomain={orig_from_dom})"
    hfrom = 'lumenwave.io' if rewritten else orig_from_dom
    ar = [f"dkim=pass header.i=@lumenwave.io header.s=google header.b={rb64(8)}",
          arc1,
          f"spf=pass (google.com: domain of {bnc} designates {ip} as permitted sender) smtp.mailfrom={bnc}",
          f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={hfrom}"]
    H = gmail_in(E_ANNA, d + dt.timedelta(seconds=3), ip, helo, bnc, ar)
    for i, (k, v) in enumerate(H):
        if k == 'ARC-Seal':
            H[i] = (k, v.replace('i=1;', 'i=2;').replace('cv=none', 'cv=pass'))
        elif k == 'ARC-Message-Signature':
            H[i] = (k, v.replace('i=1;', 'i=2;'))
        elif k == 'ARC-Authentication-Results':
            H[i] = (k, v.replace('i=1;', 'i=2;'))
        elif k == 'Received' and 'mx.google.com with ESMTPS' in v:
            H[i] = (k, v.replace('with ESMTPS', 'with SMTPS').replace('(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128)', '(Google Transport Security)'))
    t = int(d.timestamp())
    H += [('DKIM-Signature', dkim('lumenwave.io', 'google', t, 'list-unsubscribe:list-subscribe:list-archive:list-help:list-post\n\t :list-id:mailing-list:precedence:x-original-authentication-results\n\t :x-original-sender:mime-version:subject:message-id:to:from:date\n\t :reply-to', c='relaxed/relaxed')),
          ('X-Google-DKIM-Signature', dkim('1e100.net', '20230601', t, 'list-unsubscribe:list-archive:list-help:list-post:x-spam-checked-in-group\n\t :list-id:mailing-list:precedence:x-original-authentication-results', c='relaxed/relaxed', b_len=172)),
          ('X-Gm-Message-State', 'AOJu0Y' + rb64(60)),
          ('X-Received', f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(6)}mr{R.randint(1000000, 99999999)}qvb.{R.randint(10, 99)};\n        {gdate(d)}"),
          ('X-BeenThere', E_GROUP),
          ('Received', f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(6)}ls{R.randint(1000000, 9999999)}-prod-gmr.-us;\n {gdate(d)}")]
    if extra_top:
        H += extra_top
    H += [('Date', fdate(date_sent or d)),
          ('From', from_display),
          ('To', to),
          ('Message-ID', msgid),
          ('Subject', subject),
          ('MIME-Version', None),
          ('Reply-To', reply_to),
          ('X-Original-Sender', reply_to.split('<')[-1].rstrip('>')),
          ('X-Original-Authentication-Results', 'mx.google.com;\n       ' + ';\n       '.join(orig_ar)),
          ('Precedence', 'list'),
          ('Mailing-list', f'list {E_GROUP}; contact certs+owners@lumenwave.io'),
          ('List-ID', '<certs.lumenwave.io>'),
          ('X-Spam-Checked-In-Group', E_GROUP),
          ('X-Google-Group-Id', GROUP_ID),
          ('List-Post', '<https://groups.google.com/a/lumenwave.io/group/certs/post>, <mailto:certs@lumenwave.io>'),
          ('List-Help', '<https://support.google.com/a/lumenwave.io/bin/topic.py?topic=25838>, <mailto:certs+help@lumenwave.io>'),
          ('List-Archive', '<https://groups.google.com/a/lumenwave.io/group/certs/>'),
          ('List-Unsubscribe', '<mailto:googlegroups-manage+' + GROUP_ID + '+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/lumenwave.io/group/certs/subscribe>')]
    return [h for h in H if h[1] is not None]


def ses_orig_ar(d):
    mf = ses_return(d)
    ip = ses_ip()
    return g_ses_ar(d, mf, ip)


AWS_VIA = "\"'Amazon Web Services' via Certs\" <certs@lumenwave.io>"
AWS_RT = f'Amazon Web Services <{FORM}>'


def mail_039():
    d = E_OPEN + dt.timedelta(seconds=47)
    msgid = ses_msgid(d)
    body = f"""Hello,

We have your message. Thank you for contacting AWS Training and Certification.

Reference: {E_CASE}

Our team works through requests in the order they arrive and aims to respond
within one business day. You don't need to send the form again; if you want to
add details, reply to this e-mail and leave the reference in the subject.

Summary of your request
  Category: Certification > Account Merge
  Candidate ID: {E_KEEP}
  Notification address: {E_GROUP}

AWS Training and Certification
""" + group_footer(msgid)
    H = group_in(d, 'amazon.com', ses_orig_ar(d), msgid, AWS_VIA, AWS_RT, f"[CASE {E_CASE}] {FORM_SUBJ}")
    add('039-group-copy-reference-issued.eml', H, text(body, cte='quoted-printable'), 'case_created', E_CASE, [E_KEEP], False, 'en')


E_REQ_TEXT = f"""Hello Tom,

Thanks for your patience. I've matched the details you sent to two candidate
records:

  * {E_KEEP} - tom.becker@lumenwave.io - the one you asked to keep
  * {E_OLD} - tbecker.cloud@outlook.com - to be combined into the first

After we go ahead, {E_OLD} stops working and everything on it (passed exams,
active certifications, benefits) shows under {E_KEEP}. This step is final and
can't be rolled back.

Could you reply and let me know whether this is what you want? I won't start
until I hear from you.

Kind regards,
Mateo G.
AWS Training and Certification Customer Support"""


def mail_040():
    d = D(2026, 2, 10, 15, 14, 2)
    body = E_REQ_TEXT + '\n' + group_footer(E_ID_REQ)
    H = group_in(d, 'amazon.com', ses_orig_ar(d), E_ID_REQ, AWS_VIA, AWS_RT, E_SUBJ)
    add('040-group-copy-final-step-ok.eml', H, text(body, cte='quoted-printable'), 'merge_confirmation_requested', E_CASE, [E_KEEP, E_OLD], False, 'en')


E_ID_TOM = gmail_msgid()


def mail_041():
    """Tom's reply to AWS, cc the group, as the group delivered it."""
    d = D(2026, 2, 10, 8, 31, 17, PST)
    q = '\n'.join('> ' + l if l else '>' for l in E_REQ_TEXT.split('\n'))
    body = f"""Hi Mateo,

Yes, that's right - please go ahead and roll aws02907741 into AWS08150377.

Thanks,
Tom

On Tue, Feb 10, 2026 at 7:14 AM 'Amazon Web Services' via Certs <{E_GROUP}> wrote:

{q}
""" + group_footer(E_ID_TOM)
    orig_ar = [f"dkim=pass header.i=@lumenwave.io header.s=google header.b={rb64(8)}",
               f"spf=pass (google.com: domain of {E_TOM} designates 209.85.220.41 as permitted sender) smtp.mailfrom={E_TOM}",
               "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=lumenwave.io"]
    H = group_in(d, 'lumenwave.io', orig_ar, E_ID_TOM, f'Tom Becker <{E_TOM}>', f'Tom Becker <{E_TOM}>', E_SUBJ,
                 to=f'Amazon Web Services <{FORM}>', rewritten=False,
                 extra_top=[('References', E_ID_REQ), ('In-Reply-To', E_ID_REQ)])
    H.insert([k for k, v in H].index('To') + 1, ('Cc', E_GROUP))
    add('041-group-tom-says-go-ahead.eml', H, text(body, cte='quoted-printable'), 'unrelated', E_CASE, [E_KEEP, E_OLD], False, 'en')


def mail_042():
    """A contractor's Outlook out-of-office answering the group post."""
    d = D(2026, 2, 10, 16, 32, 9)
    msgid = f"<{R.choice(['AM9PR08MB', 'DB9PR07MB'])}{R.randint(1000, 9999)}{rhex(12).upper()}@AM9PR08MB6210.eurprd08.prod.outlook.com>"
    body = """Thank you for your message. I am out of the office until Monday 16 February with limited access to e-mail.

For anything urgent regarding the Lumenwave engagement, please contact Anna Kowalczyk (anna.kowalczyk@lumenwave.io).

Best regards,
Jonas Weber
Weber Cloud Consulting GmbH
""" + group_footer(msgid)
    orig_ar = ["dkim=pass header.i=@weber-cloud.de header.s=selector1 header.b=" + rb64(8),
               "spf=pass (google.com: domain of jonas.weber@weber-cloud.de designates 40.107.22.91 as permitted sender) smtp.mailfrom=jonas.weber@weber-cloud.de",
               "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=weber-cloud.de"]
    H = group_in(d, 'weber-cloud.de', orig_ar, msgid, "\"'Jonas Weber' via Certs\" <certs@lumenwave.io>", 'Jonas Weber <jonas.weber@weber-cloud.de>',
                 f"Automatic reply: {E_SUBJ}",
                 extra_top=[('In-Reply-To', E_ID_TOM), ('References', E_ID_TOM), ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'jonas.weber@weber-cloud.de'), ('Thread-Topic', E_SUBJ)])
    add('042-group-contractor-out-of-office.eml', H, text(body, cte='quoted-printable', charset='us-ascii'), 'unrelated', E_CASE, [], False, 'en')


def mail_043():
    d = D(2026, 2, 12, 9, 47, 55)
    body = f"""Hello Tom,

Quick update to let you know this is now taken care of: the two records have
been brought together and you can carry on signing in with your work address.
Your exam history and certifications are all in one place now.

If the Credly badges from the old record haven't shown up in a couple of
days, just reply here.

Kind regards,
Mateo G.
AWS Training and Certification Customer Support

________________________________
From: Tom Becker
Sent: Tuesday, February 10, 2026 4:31 PM
Subject: {E_SUBJ}

Yes, that's right - please go ahead and roll aws02907741 into AWS08150377.

________________________________
From: Amazon Web Services
Sent: Tuesday, February 10, 2026 3:14 PM
Subject: {E_SUBJ}

{E_REQ_TEXT}
""" + group_footer(E_ID_DONE)
    html = '<html><body><div style="font-family:Arial,sans-serif;font-size:14px">' + body.split('________________________________')[0].replace('\n\n', '</p><p>').replace('\n', ' ') + '</div><div style="color:#555">' + '________________________________'.join(body.split('________________________________')[1:]).replace('\n', '<br>') + '</div></body></html>'
    H = group_in(d, 'amazon.com', ses_orig_ar(d), E_ID_DONE, AWS_VIA, AWS_RT, E_SUBJ)
    m = alt(text(body, cte='quoted-printable'), text(html, 'html', cte='quoted-printable'), boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{int(d.timestamp() * 1000)}")
    add('043-group-copy-taken-care-of.eml', H, m, 'merge_completed', E_CASE, [], False, 'en')


def mail_044():
    """Google Groups abridged digest quoting the case thread."""
    d = D(2026, 2, 13, 7, 12, 40)
    plain = f"""=============================================================================
Abridged summary of certs@lumenwave.io - 3 updates in 1 topic
=============================================================================

{E_SUBJ} - 3 Updates

=============================================================================
Topic: {E_SUBJ}
https://groups.google.com/a/lumenwave.io/g/certs/t/{ralnum(11)}?utm_source=digest&utm_medium=email
=============================================================================

Tom Becker <{E_TOM}>: Feb 10 08:31AM -0800

Hi Mateo, Yes, that's right - please go ahead and roll [...] into [...] Thanks, Tom On Tue, Feb 10, 2026 at 7:14 AM ...
more...

"'Jonas Weber' via Certs" <certs@lumenwave.io>: Feb 10 04:32PM

Thank you for your message. I am out of the office until Monday 16 February with limited access to e-mail. ...
more...

"'Amazon Web Services' via Certs" <certs@lumenwave.io>: Feb 12 09:47AM

Hello Tom, Quick update to let you know this is now taken care of: the two records have been brought together and you can carry on signing in with your work address. ...
more...

Back to top

--
You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.
To unsubscribe from this group and stop receiving emails from it send an email to certs+unsubscribe@lumenwave.io.
"""
    H = [('Delivered-To', E_ANNA)]
    ip = f"209.85.220.{R.randint(41, 99)}"
    bnc = '3' + ralnum(20) + '@lumenwave.io'
    ar = [f"dkim=pass header.i=@lumenwave.io header.s=google header.b={rb64(8)}",
          f"spf=pass (google.com: domain of {bnc} designates {ip} as permitted sender) smtp.mailfrom={bnc}",
          "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=lumenwave.io"]
    H = gmail_in(E_ANNA, d + dt.timedelta(seconds=1), ip, f"mail-sor-f{ip.split('.')[-1]}.google.com", bnc, ar, arc=False)
    H += [('DKIM-Signature', dkim('lumenwave.io', 'google', int(d.timestamp()), 'to:from:subject:message-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to', c='relaxed/relaxed')),
          ('MIME-Version', None),
          ('Message-ID', f"<{rhex(16)}@google.com>"),
          ('Date', fdate(d)),
          ('Subject', 'Abridged summary of certs@lumenwave.io - 3 updates in 1 topic'),
          ('From', 'certs@lumenwave.io'),
          ('To', 'Abridged recipients <certs@lumenwave.io>'),
          ('List-ID', '<certs.lumenwave.io>'),
          ('X-Google-Group-Id', GROUP_ID),
          ('Precedence', 'list')]
    H = [h for h in H if h[1] is not None]
    add('044-group-abridged-summary.eml', H, text(plain, cte='quoted-printable', fmt_flowed=False), 'unrelated', E_CASE, [], False, 'en')


# ============================================================================
# Thread F: Carlos Mendes (outlook.com consumer mailbox), form case
# ============================================================================
F_USER = 'carlos.mendes.br@outlook.com'
F_BOSS = 'rafael.oliveira@estaleiro-digital.com.br'
F_OPEN = D(2025, 7, 8, 19, 44, 10)
F_CASE = case_id(F_OPEN, 7731)
F_KEEP, F_OLD = 'AWS06348170', 'AWS03795521'
F_SUBJ = f"RE:[CASE {F_CASE}] {FORM_SUBJ}"
F_ID_ASK = ses_msgid(D(2025, 7, 9, 17, 2, 40))
F_ID_REQ = ses_msgid(D(2025, 7, 11, 12, 26, 15))
F_ASK_TEXT = f"""Hello Carlos,

Thank you for writing to AWS Training and Certification.

I can see the candidate record {F_KEEP} linked to {F_USER}, but I
couldn't find a second record using the details in your form. I also notice
a similar request from 2023 (case 11735180201) that was closed because we
didn't hear back.

So that I can locate the other record, please reply with:

1. the e-mail address you used to sign in to the other record;
2. the notification e-mail address on it, if different;
3. your name exactly as it appeared on that exam registration;
4. which of the two records you want to keep using.

Best regards,
Ana P.
AWS Training and Certification Customer Support"""


def ses_outlookcom(d, subject, body_msgid=None, from_=None, extra=None):
    return ses_o365(F_USER, d, subject, from_=from_ or f'"{AWS_NAME}" <{FORM}>', msgid=body_msgid, extra=extra, tenant='outlook.com')


def mail_045():
    d = D(2025, 7, 9, 17, 2, 40)
    H = ses_outlookcom(d, F_SUBJ, F_ID_ASK)
    add('045-need-other-login-address.eml', H, text(F_ASK_TEXT + '\n', cte='quoted-printable'), 'support_reply', F_CASE, [F_KEEP], True, 'en')


def mail_046():
    """An Outlook draft saved as .eml (never sent), nested quotes."""
    d = D(2025, 7, 10, 21, 14, 0, BRT)
    q1 = '\n'.join('> ' + l if l else '>' for l in F_ASK_TEXT.split('\n'))
    orig_form = f"""> > Inquiry detail: Account Merge
> > AWS candidate ID: {F_KEEP}
> > Description: I have an older certification account from my previous job,
> > I don't remember the ID. Please combine it with this one."""
    body = f"""Hi Ana,

Sorry for the delay. Answers below:

1. carlos.mendes@estaleiro-digital.com.br (my old work address, I can't log in to it anymore)
2. same
3. Carlos Eduardo Mendes
4. the current one, AWS06348170

I think the old ID is aws 03795521 - it's on an old score report I found.

[attach the score report PDF before sending!!]

Carlos

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Wednesday, July 9, 2025 2:02 PM
To: {F_USER}
Subject: {F_SUBJ}

{q1}
>
> -----Your original message-----
{orig_form}
"""
    H = [('X-Unsent', '1'),
         ('From', f'Carlos Mendes <{F_USER}>'),
         ('To', f'Amazon Web Services <{FORM}>'),
         ('Subject', F_SUBJ),
         ('Date', fdate(d)),
         ('Message-ID', outlook_msgid('CPWP152MB' + str(R.randint(1000, 9999)) + '.LAMP152.PROD.OUTLOOK.COM')),
         ('In-Reply-To', F_ID_ASK),
         ('References', F_ID_ASK),
         ('X-Mailer', 'Microsoft Outlook 16.0'),
         ('Thread-Index', 'AQH' + rb64(29) + '=='),
         ('Content-Language', 'en-us')]
    add('046-unsent-draft-answers.eml', H, text(body, charset='windows-1252', cte='quoted-printable'), 'unrelated', F_CASE, [F_KEEP, F_OLD], None, 'en')


def mail_047():
    """A return receipt (MDN) from the user's former manager."""
    d = D(2025, 7, 11, 9, 3, 12, BRT)
    fw = f"Fwd: {F_SUBJ}"
    txt = f"""This is a Return Receipt for the mail that you sent to {F_BOSS}.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    from email.mime.base import MIMEBase
    from email.message import Message
    orig_mid = outlook_msgid('CPWP152MB' + str(R.randint(1000, 9999)) + '.LAMP152.PROD.OUTLOOK.COM')
    mdn = MIMEBase('message', 'disposition-notification')
    m1 = Message()
    m1['Reporting-UA'] = 'estaleiro-digital.com.br; Thunderbird 128.12.0'
    m1['Final-Recipient'] = f'rfc822;{F_BOSS}'
    m1['Original-Message-ID'] = orig_mid
    m1['Disposition'] = 'manual-action/MDN-sent-manually; displayed'
    mdn.set_payload([m1])
    hdrs = MIMENonMultipart('text', 'rfc822-headers', name='MDNPart3.txt')
    hdrs.set_payload(f"""Message-ID: {orig_mid}
Date: Thu, 10 Jul 2025 22:40:51 -0300
From: Carlos Mendes <{F_USER}>
To: Rafael Oliveira <{F_BOSS}>
Subject: {fw}
""")
    hdrs['Content-Disposition'] = 'inline'
    rep = mixed(text(txt, charset='utf-8', cte='7bit'), mdn, hdrs, subtype='report', boundary=f"------------{ralnum(24)}", report_type='disposition-notification')
    ip = f"177.{R.randint(10, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
    helo = 'mail.estaleiro-digital.com.br'
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=estaleiro-digital.com.br; dkim=pass (signature was verified)\n header.d=estaleiro-digital.com.br;dmarc=pass action=none\n header.from=estaleiro-digital.com.br;compauth=pass reason=100")
    H = o365_in(d, ip, helo, 'estaleiro-digital.com.br', ar, 'outlook.com')
    H += [('DKIM-Signature', dkim('estaleiro-digital.com.br', 'default', int(d.timestamp()), 'Subject:To:From:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/relaxed', b_len=172)),
          ('Message-ID', f"<{uuid.UUID(int=R.getrandbits(128))}@estaleiro-digital.com.br>"),
          ('Date', fdate(d)),
          ('MIME-Version', None),
          ('User-Agent', 'Mozilla Thunderbird'),
          ('From', f'Rafael Oliveira <{F_BOSS}>'),
          ('To', f'Carlos Mendes <{F_USER}>'),
          ('Subject', f'Return Receipt (displayed) - {fw}')]
    H = [h for h in H if h[1] is not None]
    H += o365_tail('outlook.com')
    add('047-return-receipt-displayed.eml', H, rep, 'unrelated', F_CASE, [], False, 'en')


F_REQ_TEXT = f"""Hello Carlos,

Thanks for sending those details - the score report helped.

I found the older record and would like to confirm the change with you before
making it:

    Keep:            AWS-06348170  ({F_USER})
    Absorb and close: aws03795521  (carlos.mendes@estaleiro-digital.com.br)

Everything on the older record - passed exams, certifications and any
remaining benefits - will be transferred to the one you keep. Please be aware
that once this is done we have no way to split them again.

Reply "confirmed" (or correct anything above) and I'll put it through.

Best regards,
Ana P.
AWS Training and Certification Customer Support"""


def mail_048():
    d = D(2025, 7, 11, 12, 26, 15)
    body = F_REQ_TEXT + f"""

________________________________
From: Carlos Mendes <{F_USER}>
Sent: Friday, July 11, 2025 1:41 AM
To: Amazon Web Services <{FORM}>
Subject: {F_SUBJ}

Hi Ana,

Sorry for the delay. Answers below:
1. carlos.mendes@estaleiro-digital.com.br
2. same
3. Carlos Eduardo Mendes
4. the current one, AWS06348170
The old ID is aws 03795521 (score report attached).

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, July 9, 2025 5:02 PM
To: {F_USER}
Subject: {F_SUBJ}

{F_ASK_TEXT}
"""
    H = ses_outlookcom(d, F_SUBJ, F_ID_REQ)
    add('048-keep-absorb-close-table.eml', H, text(body, cte='quoted-printable'), 'merge_confirmation_requested', F_CASE, [F_KEEP, F_OLD], True, 'en')


def mail_049():
    """Outlook.com non-delivery report for the user's reply (too large)."""
    d = D(2025, 7, 11, 14, 2, 9, BRT)
    orig_mid = outlook_msgid('CPWP152MB' + str(R.randint(1000, 9999)) + '.LAMP152.PROD.OUTLOOK.COM')
    rcpt = FORM
    plain = f"""Delivery has failed to these recipients or groups:

{rcpt}
Your message couldn't be delivered because it's larger than the receiving mail system accepts. Try sending the message again without the attachments, or reduce the size of the attachments and send it again.

Diagnostic information for administrators:

Generating server: CPWP152MB{R.randint(1000, 9999)}.LAMP152.PROD.OUTLOOK.COM

{rcpt}
Remote server returned '552 5.3.4 Message size exceeds fixed maximum message size ->  552 Message size exceeds maximum permitted'

Original message headers:

Subject: {F_SUBJ}
Date: {fdate(D(2025, 7, 11, 14, 1, 33, BRT))}
Message-ID: {orig_mid}
"""
    html = '<html><body><p><b><font color="#000066" size="3" face="Arial">Your message to ' + rcpt + ' couldn\'t be delivered.</font></b></p><p>' + plain.replace('\n', '<br>') + '</p></body></html>'
    status = dsn_part([[('Reporting-MTA', f'dns;CPWP152MB{R.randint(1000, 9999)}.LAMP152.PROD.OUTLOOK.COM'),
                        ('Received-From-MTA', 'dns;CPWP152MB.LAMP152.PROD.OUTLOOK.COM'),
                        ('Arrival-Date', fdate(D(2025, 7, 11, 17, 1, 34)))],
                       [('Original-Recipient', f'rfc822;{rcpt}'),
                        ('Final-Recipient', f'rfc822;{rcpt}'),
                        ('Action', 'failed'),
                        ('Status', '5.3.4'),
                        ('Remote-MTA', 'dns;amazon-smtp.amazon.com'),
                        ('Diagnostic-Code', 'smtp;552 5.3.4 Message size exceeds fixed maximum message size')]])
    hdrs = MIMENonMultipart('text', 'rfc822-headers')
    hdrs.set_payload(f"""Received: from CPWP152MB.LAMP152.PROD.OUTLOOK.COM by CPWP152MB.LAMP152.PROD.OUTLOOK.COM; {fdate(D(2025, 7, 11, 17, 1, 34))}
From: Carlos Mendes <{F_USER}>
To: Amazon Web Services <{FORM}>
Subject: {F_SUBJ}
Date: {fdate(D(2025, 7, 11, 14, 1, 33, BRT))}
Message-ID: {orig_mid}
In-Reply-To: {F_ID_REQ}
Content-Type: multipart/mixed;
\tboundary="_004_{rhex(24).upper()}_"
MIME-Version: 1.0
""")
    rep = mixed(alt(text(plain, cte='quoted-printable', charset='us-ascii'), text(html, 'html', cte='quoted-printable', charset='us-ascii')),
                status, hdrs, subtype='report', boundary=f"_000_{rhex(20).upper()}_", report_type='delivery-status')
    H = [('Received', f"from CPWP152MB{R.randint(1000, 9999)}.LAMP152.PROD.OUTLOOK.COM (2603:10d6:103:{rhex(3)}::{R.randint(5, 30)}) by\n CPWP152MB{R.randint(1000, 9999)}.LAMP152.PROD.OUTLOOK.COM with HTTPS; {fdate(d)}"),
         ('From', 'Microsoft Outlook <postmaster@outlook.com>'),
         ('To', F_USER),
         ('Date', fdate(d)),
         ('Subject', f'Undeliverable: {F_SUBJ}'),
         ('Message-ID', f"<{uuid.UUID(int=R.getrandbits(128))}@CPWP152MB.LAMP152.PROD.OUTLOOK.COM>"),
         ('In-Reply-To', orig_mid),
         ('References', orig_mid),
         ('Auto-Submitted', 'auto-replied'),
         ('X-MS-Exchange-Message-Is-Ndr', ''),
         ('Content-Language', 'en-US')]
    add('049-undeliverable-too-large.eml', H, rep, 'unrelated', F_CASE, [], None, 'en')


def mail_050():
    d = D(2025, 7, 14, 11, 8, 51)
    body = f"""Hello Carlos,

Thank you for confirming. The consolidation is complete: you can keep signing in
with {F_USER}, and your exam history from the old employer account is
now part of your profile. The other record has been closed.

Please allow up to two business days for Credly to catch up. If the badges have
not moved by then, reply to this message and we'll raise it with the Credly team.

Best regards,
Ana P.
AWS Training and Certification Customer Support


Carlos Mendes wrote on Sat Jul 12 2025:
confirmed, thanks. Attaching the score report again as a smaller file.


{F_REQ_TEXT}
"""
    H = ses_outlookcom(d, F_SUBJ)
    add('050-consolidation-complete-old-closed.eml', H, text(body, cte='base64'), 'merge_completed', F_CASE, [], True, 'en')


def mail_060():
    d = D(2025, 7, 16, 11, 10, 2)
    plain = f"""Hello,

Your case {F_CASE} with AWS Training and Certification is now closed.

Was your issue resolved?
YES: https://pages.awscloud.com/tc-feedback.html?caseId={F_CASE}&resolved=yes
NO:  https://pages.awscloud.com/tc-feedback.html?caseId={F_CASE}&resolved=no

We'd also appreciate it if you would rate Ana P., who handled your request. It takes less than a minute.

Thank you for being an AWS Certified professional.
AWS Training and Certification
"""
    H = ses_outlookcom(d, f"Tell us about your recent experience - Case {F_CASE}")
    add('060-was-your-issue-resolved.eml', H, text(plain, cte='7bit', charset='us-ascii'), 'survey', F_CASE, [], True, 'en')


# ============================================================================
# Look-alikes and other traffic
# ============================================================================
def mail_051():
    """Seller Central case about merging two selling accounts (not certification)."""
    d = D(2025, 6, 3, 20, 41, 7)
    sc_case = '5912047738'
    body = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to merge the two selling accounts registered to
you (Merchant Token A2XQ7R4KJ9LM3B and A1VN8HT03ZP6QC). The request has been
processed and your listings, inventory and order history are now available
under a single account. You can sign in with your primary login as usual.

Please allow up to 48 hours for reports and payments dashboards to reflect
the change.

Were these answers helpful? Please click one of the links below to let us know.
Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={sc_case}&helpful=yes
No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={sc_case}&helpful=no

Thank you for selling with Amazon.

Best regards,
Kiran S.
Amazon Selling Partner Support
"""
    ip = ses_ip()
    mf = ses_return(d)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    H = gmail_in(A_USER, d + dt.timedelta(seconds=3), ip, helo, mf, g_ses_ar(d, mf, ip))
    H += ses_out(d, A_USER, f"RE:[CASE {sc_case}] Merge my two seller accounts", from_='Amazon Selling Partner Support <seller-notification@amazon.com>')
    add('051-seller-central-two-storefronts.eml', H, text(body, cte='quoted-printable'), 'unrelated', sc_case, [], True, 'en')


def mail_052():
    """Another AWS console case of a Japanese user (billing)."""
    opened = D(2025, 10, 2, 0, 51, 30)
    cid = case_id(opened, 31)
    d = opened + dt.timedelta(seconds=6)
    body = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お問い合わせの件について、ケース {cid} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {cid}
件名: 9月分の請求額が想定より高い件について
重要度: 一般的なガイダンス
内容: 9月分の請求に、利用していないリージョンの NAT ゲートウェイ料金が含まれています。
原因の確認と、可能であれば返金についてご相談させてください。
アカウント ID: 4417-2093-1188

このケースに関して再度お問い合わせいただくには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

このメールは送信専用アドレスから送信されています。このメールに返信することはできません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
    subj = 'Amazon Web Services: ' + ew(f'新しいサポートケースが作成されました: {cid}', 'utf-8', 'B', chunk=15)
    H = ses_jp(B_USER, d, subj, from_=f'"{AWS_NAME}" <{NOREPLY}>')
    add('052-ja-seikyuu-support-case.eml', H, text(body, cte='base64'), 'unrelated', cid, [], True, 'ja')


def mail_053():
    """GitHub pull-request merged notification about the cert roster."""
    d = D(2026, 2, 13, 10, 4, 55)
    pr_mid = f"<lumenwave/cert-roster/pull/57@github.com>"
    plain = f"""Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumenwave/cert-roster/pull/57#event-{R.randint(10**10, 10**11)}
You are receiving this because you were mentioned.

Message ID: <lumenwave/cert-roster/pull/57/issue_event/{R.randint(10**10, 10**11)}@github.com>

> Tom's duplicate certification account is gone on the AWS side, so the roster
> now lists aws-08150377 only and drops the old ID. Closes #55.
"""
    html = f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/lumenwave/cert-roster/pull/57">#57</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/lumenwave/cert-roster/pull/57#event-{R.randint(10**10, 10**11)}">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
    ip = f"192.30.252.{R.randint(190, 220)}"
    helo = f"out-{R.randint(10, 30)}.smtp.github.com"
    mf = f"noreply@github.com"
    ar = [f"dkim=pass header.i=@github.com header.s=pf2023 header.b={rb64(8)}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com"]
    H = gmail_in(E_TOM, d + dt.timedelta(seconds=2), ip, helo, mf, ar)
    H += [('DKIM-Signature', dkim('github.com', 'pf2023', int(d.timestamp()), 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:\n\t List-Archive:List-Post:List-Unsubscribe:From', c='relaxed/relaxed', b_len=172)),
          ('Date', fdate(d)),
          ('From', 'Anna Kowalczyk <notifications@github.com>'),
          ('Reply-To', 'lumenwave/cert-roster <reply+ABCD' + ralnum(40).upper() + '@reply.github.com>'),
          ('To', 'lumenwave/cert-roster <cert-roster@noreply.github.com>'),
          ('Cc', 'Tom Becker <tom.becker@lumenwave.io>, Mention <mention@noreply.github.com>'),
          ('Message-ID', f"<lumenwave/cert-roster/pull/57/issue_event/{R.randint(10**10, 10**11)}@github.com>"),
          ('In-Reply-To', pr_mid),
          ('References', pr_mid),
          ('Subject', 'Re: [lumenwave/cert-roster] Merge duplicate AWS cert IDs for tbecker (PR #57)'),
          ('MIME-Version', None),
          ('X-GitHub-Sender', 'akowalczyk-lw'),
          ('X-GitHub-Recipient', 'tbecker-lw'),
          ('X-GitHub-Reason', 'mention'),
          ('List-ID', 'lumenwave/cert-roster <cert-roster.lumenwave.github.com>'),
          ('List-Archive', 'https://github.com/lumenwave/cert-roster'),
          ('List-Unsubscribe', '<mailto:unsub+ABCD' + ralnum(30).upper() + '@reply.github.com>'),
          ('X-Auto-Response-Suppress', 'All'),
          ('X-GitHub-Recipient-Address', E_TOM)]
    H = [h for h in H if h[1] is not None]
    m = alt(text(plain, cte='7bit'), text(html, 'html', cte='7bit'), boundary=f"--==_mimepart_{rhex(13)}_{R.randint(10, 99)}")
    add('053-github-pr-merged-roster.eml', H, m, 'unrelated', None, [], False, 'en')


def mail_054():
    """Phishing: a merge confirmation from a look-alike domain."""
    d = D(2026, 2, 18, 6, 33, 12)
    fake_case = case_id(D(2026, 2, 17, 22, 10, 4), 55201)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold;font-size:18px">aws</span> <span style="color:#fff">Training and Certification</span></div>
<p>Dear Candidate,</p>
<p>We received a request (Case ID: {fake_case}) to combine the following AWS Certification accounts:</p>
<ul><li>Primary: <b>AWS08150377</b></li><li>Secondary: <b>AWS 04920016</b></li></ul>
<p>Because this operation is permanent, you must confirm it. Please verify your identity and confirm the consolidation within <b>24 hours</b>, otherwise the request will be cancelled and your active certifications may be placed on hold.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/verify?c={fake_case}&amp;u=anna.kowalczyk" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
<p>If you did not make this request, click the button above and select "Not me" to secure your account.</p>
<p>Regards,<br>AWS Training &amp; Certification Support Team</p>
<p style="font-size:11px;color:#888">&copy; 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>"""
    ip = f"185.{R.randint(100, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
    helo = 'mail.aws-certification-services.com'
    mf = 'bounce@aws-certification-services.com'
    ar = [f"dkim=pass header.i=@aws-certification-services.com header.s=mail header.b={rb64(8)}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-services.com"]
    H = gmail_in(E_ANNA, d + dt.timedelta(seconds=2), ip, helo, mf, ar)
    H += [('DKIM-Signature', dkim('aws-certification-services.com', 'mail', int(d.timestamp()), 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/relaxed', b_len=172)),
          ('From', '"AWS Training & Certification" <support@aws-certification-services.com>'),
          ('To', E_ANNA),
          ('Subject', f'Action required: confirm your AWS Certification account merge (Case {fake_case})'),
          ('Date', fdate(d)),
          ('Message-ID', f"<{rhex(24)}@aws-certification-services.com>"),
          ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
    add('054-lookalike-confirm-merge-24h.eml', H, text(html, 'html', cte='quoted-printable'), 'merge_confirmation_requested', fake_case, ['AWS04920016', 'AWS08150377'], False, 'en')


def mail_055():
    """Phishing in Japanese: spoofed amazon.com From, provider says dmarc=fail; a forged lower header says pass."""
    d = D(2025, 12, 9, 23, 17, 45)
    to = 'takuya.kimura@nifty.com'
    fake_case = case_id(D(2025, 12, 8, 4, 12, 30), 412)
    body = f"""木村 拓也 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様よりご依頼のありました認定アカウントの統合が完了いたしました。
（ケース番号: {fake_case}）

統合後のアカウント: AWS05918832

統合に伴い、セキュリティ上の理由からお客様情報の再確認が必要となっております。
72 時間以内に下記のページからサインインし、本人確認とお支払い情報の更新を完了してください。
期限内に確認が取れない場合、保有されている認定が一時的に無効となります。

https://aws-training-jp.support-verify.net/signin?ref={fake_case}

AWS トレーニングと認定 サポートチーム
"""
    ip = f"45.{R.randint(100, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
    helo = 'vps-42187.hostingcloud.example'
    H = [('Return-Path', '<no-reply-aws@amazon.com>'),
         ('Delivered-To', to),
         ('Received', f"from mx.nifty.com (localhost [127.0.0.1])\n\tby mbox.nifty.com with ESMTP id {ralnum(12)}\n\tfor <{to}>; {fdate(d.astimezone(JST) + dt.timedelta(seconds=2))}"),
         ('Authentication-Results', f"mx.nifty.com;\n\tspf=fail smtp.mailfrom=no-reply-aws@amazon.com;\n\tdkim=none;\n\tdmarc=fail (p=quarantine dis=quarantine) header.from=amazon.com"),
         ('Received', f"from {helo} ({helo} [{ip}])\n\tby mx.nifty.com with ESMTP id {ralnum(12)}\n\tfor <{to}>; {fdate(d.astimezone(JST) + dt.timedelta(seconds=1))}"),
         ('Authentication-Results', "mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com"),
         ('From', f'"Amazon Web Services" <{NOREPLY}>'),
         ('To', to),
         ('Subject', ew('【重要】AWS認定アカウント統合完了のお知らせ', 'utf-8', 'B', chunk=11)),
         ('Date', fdate(d)),
         ('Message-ID', f"<{rhex(20)}@{helo}>"),
         ('X-Mailer', 'Microsoft Outlook 16.0')]
    # declared as us-ascii although the body is raw UTF-8
    add('055-ja-tougou-kanryou-oshirase.eml', H, text(body, charset='utf-8', declared='us-ascii', cte='8bit'), 'merge_completed', fake_case, ['AWS05918832'], False, 'ja')


def mail_056():
    """CertMetrics survey invitation (not about the case)."""
    d = D(2025, 6, 12, 16, 0, 31)
    body = f"""Dear Daniel Okafor,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters to us. We would like to invite you to take part in a short survey about your certification experience, including exam preparation, scheduling and the benefits available in your AWS Certification Account.

Candidate ID: {A_KEEP}

Take the survey: https://www.certmetrics.com/amazon/survey/?key={ralnum(24)}

The survey will take approximately 10 minutes and will be open until June 30, 2025.

Thank you,
AWS Training and Certification

Please do not reply to this e-mail. This mailbox is not monitored.
"""
    ip = f"198.21.{R.randint(0, 15)}.{R.randint(1, 250)}"
    helo = f"o{R.randint(1, 30)}.sgmail.certmetrics.com"
    mf = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{A_USER.replace('@', '=')}@em.certmetrics.com"
    ar = [f"dkim=pass header.i=@certmetrics.com header.s=s1 header.b={rb64(8)}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom=\"{mf}\"",
          "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"]
    H = gmail_in(A_USER, d + dt.timedelta(seconds=2), ip, helo, mf, ar)
    H += [('DKIM-Signature', dkim('certmetrics.com', 's1', int(d.timestamp()), 'from:mime-version:subject:to:content-type', c='relaxed/relaxed', b_len=172)),
          ('Date', fdate(d)),
          ('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
          ('To', A_USER),
          ('Subject', 'AWS Certification wants to hear from you'),
          ('Message-ID', f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"),
          ('MIME-Version', None)]
    H = [h for h in H if h[1] is not None]
    add('056-certmetrics-wants-to-hear.eml', H, text(body, cte='quoted-printable'), 'unrelated', None, [A_KEEP], False, 'en')


def mail_057():
    """Pearson VUE appointment confirmation in Japanese, Shift_JIS."""
    d = D(2026, 2, 2, 5, 48, 20)
    body = f"""山本 健太 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験の予約が確定しました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2026年2月21日(土) 10:00 (日本時間)
受験方法: OnVUE オンライン試験
AWS 受験者 ID: {D_KEEP}
登録番号: 421798563

試験開始 30 分前からチェックインが可能です。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE カスタマーサービス
"""
    ip = f"159.182.{R.randint(1, 250)}.{R.randint(1, 250)}"
    helo = 'mailout.pearson.com'
    mf = 'pearsonvuecustomerservice@pearson.com'
    ar = [f"dkim=pass header.i=@pearson.com header.s=pearson2023 header.b={rb64(8)}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com"]
    H = gmail_in(D_USER, d + dt.timedelta(seconds=2), ip, helo, mf, ar)
    H += [('DKIM-Signature', dkim('pearson.com', 'pearson2023', int(d.timestamp()), 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/relaxed')),
          ('From', f'Pearson VUE <{mf}>'),
          ('To', D_USER),
          ('Subject', ew('【Pearson VUE】試験予約確認のお知らせ', 'shift_jis', 'B', chunk=10)),
          ('Date', fdate(d)),
          ('Message-ID', f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.vue@pvue-prod-mail01>"),
          ('MIME-Version', None)]
    H = [h for h in H if h[1] is not None]
    add('057-ja-pearson-vue-yoyaku.eml', H, text(body, charset='shift_jis', cte='base64'), 'unrelated', None, [D_KEEP], False, 'ja')


# ============================================================================
# Thread G: a shared mailbox at harborline.co.uk receives the case mail
# ============================================================================
G_BOX = 'cert-admin@harborline.co.uk'
G_OPEN = D(2025, 12, 2, 10, 15, 48)
G_CASE = case_id(G_OPEN, 6602)


def mail_058():
    d = D(2025, 12, 5, 16, 30, 20)
    plain = f"""Hello,

Your request with AWS Training and Certification (case {G_CASE}) has been closed.

Was your issue resolved?  Yes / No
Please tell us at https://pages.awscloud.com/tc-feedback.html?caseId={G_CASE}

AWS Training and Certification
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your request with AWS Training and Certification (case <b>{G_CASE}</b>) has been closed.</p>
<table cellpadding="8" style="border:1px solid #d5dbdb"><tr><td colspan="2"><b>Was your issue resolved?</b></td></tr>
<tr><td><a href="https://pages.awscloud.com/tc-feedback.html?caseId={G_CASE}&amp;r=1" style="color:#0073bb">Yes</a></td>
<td><a href="https://pages.awscloud.com/tc-feedback.html?caseId={G_CASE}&amp;r=0" style="color:#0073bb">No</a></td></tr></table>
<p><b>How would you rate the agent who helped you?</b><br>
{''.join(f'<a href="https://pages.awscloud.com/tc-feedback.html?caseId={G_CASE}&amp;stars={i}" style="text-decoration:none;font-size:20px;color:#ff9900">&#9733;</a>' for i in range(1, 6))}</p>
<p>Your answers help us improve. Thank you.</p>
<p>AWS Training and Certification</p></body></html>"""
    subj = ew(f'We\u2019d love your feedback \u2013 case {G_CASE}', 'utf-8', 'Q', chunk=40)
    H = ses_o365(G_BOX, d, subj, from_=f'"{AWS_NAME}" <{FORM}>', tenant='harborline.co.uk')
    H += [('X-MS-Exchange-Organization-Recipient-P2-Type', 'To'),
          ('X-MS-Exchange-Organization-MessageDirectionality', 'Incoming'),
          ('X-MS-Exchange-Organization-Shared-Mailbox', G_BOX)]
    m = alt(text(plain, cte='quoted-printable'), text(html, 'html', cte='quoted-printable'), boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{int(d.timestamp() * 1000)}")
    add('058-shared-mailbox-feedback-request.eml', H, m, 'survey', G_CASE, [], True, 'en')


# ============================================================================
# Thread H: a university mailbox auto-forwards to the user's Gmail
# ============================================================================
H_UNI = 'e.petrova@alumni.northbridge.edu'
H_GMAIL = 'elena.petrova.cloud@gmail.com'
H_OPEN = D(2026, 3, 2, 13, 40, 2)
H_CASE = case_id(H_OPEN, 8127)


def mail_059():
    d = D(2026, 3, 5, 10, 22, 37)
    body = f"""Hello Elena,

Thanks for waiting. We've finished bringing AWS 07781204 and aws 01150967
together. Please use AWS 07781204 from now on; the exam history from your student
record is now listed there as well, and aws 01150967 has been switched off.

You may need to sign out and back in to see the updated certification list.

Kind regards,
Hyun-woo C.
AWS Training and Certification Customer Support
"""
    ip = ses_ip()
    mf = f"e.petrova+caf_={H_GMAIL.replace('@', '=')}@alumni.northbridge.edu"
    fwd_ip = f"209.85.220.{R.randint(41, 99)}"
    ar = [f"dkim=pass header.i=@amazon.com header.s={AMZ_SEL} header.b={rb64(8)}",
          f"dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={rb64(8)}",
          f"arc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=amazon.com dkim=pass dkdomain=amazonses.com dmarc=pass fromdomain=amazon.com)",
          f"spf=pass (google.com: domain of {mf} designates {fwd_ip} as permitted sender) smtp.mailfrom=\"{mf}\"",
          "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"]
    H = gmail_in(H_GMAIL, d + dt.timedelta(seconds=4), fwd_ip, f"mail-sor-f{fwd_ip.split('.')[-1]}.google.com", mf, ar)
    for i, (k, v) in enumerate(H):
        if k in ('ARC-Seal', 'ARC-Message-Signature', 'ARC-Authentication-Results'):
            H[i] = (k, v.replace('i=1;', 'i=2;', 1).replace('cv=none', 'cv=pass'))
    H += [('X-Forwarded-To', H_GMAIL),
          ('X-Forwarded-For', f"{H_UNI} {H_GMAIL}"),
          ('Delivered-To', H_UNI),
          ('Received', f"by 2002:a05:6a10:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(4)}csp{R.randint(100000, 9999999)}pxb;\n        {gdate(d.astimezone(PST))}"),
          ('Received', f"from a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com (a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(14)}si{R.randint(1000000, 9999999)}.{R.randint(10, 400)}\n        for <{H_UNI}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(d.astimezone(PST))}")]
    H += ses_out(d, H_UNI, f"RE:[CASE {H_CASE}] {FORM_SUBJ}")
    add('059-autoforwarded-finished-bringing-together.eml', H, text(body, cte='quoted-printable'), 'merge_completed', H_CASE, ['AWS01150967', 'AWS07781204'], True, 'en')

if __name__ == '__main__':
    for name in sorted(k for k in list(globals()) if k.startswith('mail_')):
        globals()[name]()
    write_all()
