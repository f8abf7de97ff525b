#!/usr/bin/env python3
"""Generator for blind set 239: hard boundaries (done vs planned, asked vs told).

Writes NNN-*.eml and labels.json into the folder holding this script.
"""
import base64
import html as htmlmod
import io
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(239)
LABELS = {}
UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7), 'PDT')
PST = timezone(timedelta(hours=-8), 'PST')
EDT = timezone(timedelta(hours=-4), 'EDT')
BST = timezone(timedelta(hours=1), 'BST')
CEST = timezone(timedelta(hours=2), 'CEST')
IST = timezone(timedelta(hours=5, minutes=30), 'IST')
EST = timezone(timedelta(hours=-5), 'EST')

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'


# ---------------------------------------------------------------- helpers
def rb64(n):
    # n multiple of 3 -> no padding; callers add '=' where a value ends
    return base64.b64encode(R.randbytes(n)).decode('ascii')


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rsel():
    return ''.join(R.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(32))


def ts(dt):
    return int(dt.timestamp())


def case15(dt, tail):
    """15-digit display id: Unix time the case opened + 5 digits."""
    return f'{ts(dt)}{tail:05d}'


def d(dt, tz=None):
    """RFC 5322 date, optionally shown in another zone."""
    if tz is not None:
        dt = dt.astimezone(tz)
    return format_datetime(dt)


def dz(dt, tz):
    """Date with the (ZONE) comment that MTAs add."""
    x = dt.astimezone(tz)
    return format_datetime(x) + f' ({tz.tzname(None)})'


def ses(dt, region='us-east-1'):
    ms = int(dt.timestamp() * 1000)
    core = '0100' + format(ms, '012x') + '-' + str(uuid.UUID(int=R.getrandbits(128))) + '-000000'
    if region == 'us-east-1':
        return f'<{core}@email.amazonses.com>', f'{core}@amazonses.com'
    return f'<{core}@{region}.amazonses.com>', f'{core}@{region}.amazonses.com'


def enc(s, charset='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name, maxlinelen=76).encode()


def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()<>@"'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return Header(name, charset, header_name='From').encode() + f' <{email}>'


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None):
    """A leaf text part. `codec` lets the bytes differ from the label."""
    data = text.encode(codec or charset)
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    p.set_param('charset', charset)
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
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary or ('----=_Part_' + rhex(8) + '_' + str(R.randint(10**8, 10**9))))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, subtype='mixed'):
    m = MIMEMultipart(subtype, boundary='=_' + rhex(24))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def q(text, prefix='> '):
    out = []
    for line in text.split('\n'):
        if line == '':
            out.append(prefix.rstrip())
        elif line.startswith('>'):
            out.append(prefix + line)
        else:
            out.append(prefix + line)
    return '\n'.join(out)


def gm_attr(dt, tz, name, email):
    x = dt.astimezone(tz)
    h = x.strftime('%I').lstrip('0')
    return f"On {x.strftime('%a, %b')} {x.day}, {x.year} at {h}:{x.strftime('%M %p')} {name} <{email}> wrote:"


WD_JA = '月火水木金土日'


def ja_attr(dt, name, email):
    x = dt.astimezone(JST)
    return f'{x.year}年{x.month}月{x.day}日({WD_JA[x.weekday()]}) {x.hour}:{x.minute:02d} {name} <{email}>:'


def ol_block(frm, dt, tz, to, subject, sent='Sent'):
    x = dt.astimezone(tz)
    h = x.strftime('%I').lstrip('0')
    when = f"{x.strftime('%A, %B')} {x.day}, {x.year} {h}:{x.strftime('%M %p')}"
    return f'From: {frm}\n{sent}: {when}\nTo: {to}\nSubject: {subject}'


def to_html(text, quoted=None, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    def para(t):
        blocks = []
        for b in t.strip('\n').split('\n\n'):
            blocks.append('<p>' + '<br>\n'.join(htmlmod.escape(x) for x in b.split('\n')) + '</p>')
        return '\n'.join(blocks)
    body = f'<div style="{style}">\n' + para(text) + '\n</div>'
    if quoted:
        body += ('\n<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                 + para(quoted) + '\n</blockquote></div>')
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body>\n{body}\n</body></html>\n')


# ----------------------------------------------------- authentication / trace
def ar_gmail(dkims, spf, dmarc, from_dom, policy='QUARANTINE', mailfrom='', ip=''):
    lines = ['mx.google.com;']
    for dom, sel, res in dkims:
        lines.append(f'       dkim={res} header.i=@{dom} header.s={sel} header.b={rb64(6)[:8]};')
    if spf == 'pass':
        lines.append(f'       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};')
    elif spf == 'softfail':
        lines.append(f'       spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};')
    else:
        lines.append(f'       spf={spf} (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom}) smtp.mailfrom={mailfrom};')
    lines.append(f'       dmarc={dmarc} (p={policy} sp={policy} dis={"NONE" if dmarc == "pass" else policy}) header.from={from_dom}')
    return '\n'.join(lines)


def tr_gmail(rcpt, dt, host, ip, mailfrom, ar, arc=True):
    t1 = dt + timedelta(seconds=R.randint(1, 3))
    t2 = t1 + timedelta(seconds=1)
    h = [('Delivered-To', rcpt),
         ('Received', f'by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(2)}csp{R.randint(100000, 9999999)}{rhex(3)};\n        {dz(t2, PDT)}'),
         ('X-Google-Smtp-Source', rb64(66)[:88]),
         ('X-Received', f'by 2002:a05:620a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}.{R.randint(1, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {d(t2, PDT)}')]
    if arc:
        h += [('ARC-Seal', f'i=1; a=rsa-sha256; t={ts(t1)}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(60)}\n         {rb64(60)}\n         {rb64(40)}'),
              ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:content-transfer-encoding:mime-version\n         :subject:to:from:dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={rb64(60)}\n         {rb64(58)}'),
              ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', f'<{mailfrom}>'),
          ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(8)}si{R.randint(1000000, 9999999)}{rhex(2)}.{R.randint(100, 999)}.{t1.astimezone(UTC).strftime("%Y.%m.%d.%H.%M.%S")}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d(t1, PDT)}'),
          ('Received-SPF', f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};'),
          ('Authentication-Results', ar)]
    return h


def ar_o365(ip, spf_dom, spf, dkim, dkim_dom, dmarc, from_dom, action='none', compauth='pass reason=100'):
    return (f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={spf_dom}; dkim={dkim} (signature was verified)\n'
            f' header.d={dkim_dom};dmarc={dmarc} action={action}\n header.from={from_dom};compauth={compauth}')


def tr_o365(rcpt, dt, host, ip, spf_dom, ar, tz=EDT, prefix='BN8PR'):
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    srv1 = f'{prefix}{R.randint(10, 19)}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 19)}.prod.outlook.com'
    srv2 = f'BN{R.randint(1, 9)}PEPF0000{rhex(4).upper()}.namprd{R.randint(10, 19)}.prod.outlook.com'
    srv3 = f'BN{R.randint(1, 9)}NAM{R.randint(10, 12)}FT{R.randint(10, 99)}.mail.protection.outlook.com'
    return [('Received', f'from {srv2} ({"2603:10b6:" + rhex(3) + "::" + rhex(2)}) by\n {srv1} ({"2603:10b6:" + rhex(3) + ":" + rhex(3) + "::" + rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)}; {d(t1 + timedelta(seconds=1), tz)}'),
            ('Received', f'from {srv3}\n ({"2603:10b6:" + rhex(3) + ":cafe::" + rhex(2)}) by {srv2}\n ({"2603:10b6:" + rhex(3) + "::" + rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)} via Frontend\n Transport; {d(t1, tz)}'),
            ('Authentication-Results', ar),
            ('Received-SPF', f'Pass (protection.outlook.com: domain of {spf_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C'),
            ('Received', f'from {host} ({ip}) by\n {srv3} ({"10.167." + str(R.randint(1, 250)) + "." + str(R.randint(1, 250))}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)} via Frontend Transport; {d(t1, tz)}')]


def tr_yahoo(rcpt, dt, host, ip, mailfrom, from_dom, dkims, dmarc, policy='QUARANTINE', spf='pass'):
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    atlas = f'atlas{R.randint(100, 299)}.free.mail.ne1.yahoo.com'
    ar = f'{atlas};\n'
    for dom, sel in dkims:
        ar += f' dkim={"pass" if dmarc == "pass" else "fail"} header.i=@{dom} header.s={sel};\n'
    ar += f' spf={spf} smtp.mailfrom={mailfrom.split("@")[1]};\n dmarc={dmarc}(p={policy}) header.from={from_dom};'
    return [('Received', f'from 10.197.{R.randint(1, 250)}.{R.randint(1, 250)}\n by {atlas} pass Server; {d(t1 + timedelta(seconds=1), UTC)}'),
            ('Return-Path', f'<{mailfrom}>'),
            ('Received', f'from {host} (EHLO {host})({ip})\n by {rhex(4)}.mail.ne1.yahoo.com with SMTPs; {d(t1, UTC)}'),
            ('X-Originating-Ip', f'[{ip}]'),
            ('Received-SPF', f'{spf} (domain of {mailfrom.split("@")[1]} designates {ip} as permitted sender)'),
            ('Authentication-Results', ar)]


def ar_jp(authserv, mailfrom, dkims, dmarc, from_dom, spf='pass'):
    s = f'{authserv};\n\tspf={spf} smtp.mailfrom={mailfrom}'
    for dom, sel, res in dkims:
        s += f';\n\tdkim={res} header.d={dom} header.s={sel}'
    s += f';\n\tdmarc={dmarc} header.from={from_dom}'
    return s


def tr_jp(rcpt, dt, host, ip, mailfrom, ar, mta):
    t1 = dt + timedelta(seconds=R.randint(1, 5))
    h = [('Return-Path', f'<{mailfrom}>'),
         ('Delivered-To', rcpt),
         ('Received', f'from {mta} (localhost [127.0.0.1])\n\tby {mta.replace("mta", "mbox", 1)} with LMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {d(t1 + timedelta(seconds=1), JST)}')]
    if ar:
        h.append(('Authentication-Results', ar))
    h.append(('Received', f'from {host} ({host} [{ip}])\n\tby {mta} (Postfix) with ESMTPS id {rhex(11).upper()}\n\tfor <{rcpt}>; {d(t1, JST)}'))
    return h


def dkim_amz(dt, dom='amazon.com', h='From:Reply-To:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Date', sel=None, ses_sel='224i4yxa5dv7c2xz3womw6peuasteono'):
    t = ts(dt)
    out = [('DKIM-Signature', f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel or "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"}; d={dom}; t={t};\n\th={h};\n\tbh={rb64(32)};\n\tb={rb64(63)}\n\t{rb64(63)}\n\t{rb64(42)}=')]
    if ses_sel:
        out.append(('DKIM-Signature', f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={ses_sel}; d=amazonses.com; t={t};\n\th={h}:Feedback-ID;\n\tbh={rb64(32)};\n\tb={rb64(63)}\n\t{rb64(63)}\n\t{rb64(42)}='))
    return out


def dkim_generic(dt, dom, sel, algo='rsa-sha256', c='relaxed/relaxed'):
    return [('DKIM-Signature', f'v=1; a={algo}; c={c}; d={dom};\n\th=content-transfer-encoding:content-type:from:mime-version:subject:\n\tto:cc:date:message-id; s={sel}; t={ts(dt)}; x={ts(dt) + 604800};\n\tbh={rb64(32)};\n\tb={rb64(63)}\n\t {rb64(63)}\n\t {rb64(42)}=')]


SES_HOSTS = ['a8-{}.smtp-out.amazonses.com', 'a9-{}.smtp-out.amazonses.com', 'a48-{}.smtp-out.amazonses.com']
SES_IPS = {'a8': '54.240.8.{}', 'a9': '54.240.9.{}', 'a48': '54.240.48.{}'}


def ses_host():
    k = R.choice(['a8', 'a9', 'a48'])
    n = R.randint(10, 120)
    return f'{k}-{n}.smtp-out.amazonses.com', SES_IPS[k].format(n)


def aws_trace(box, rcpt, dt, mailfrom, verdict='pass'):
    """Trace + AR for a genuine SES mail from amazon.com in the given mailbox type."""
    host, ip = ses_host()
    if box == 'gmail':
        ar = ar_gmail([('amazon.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', 'pass'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')],
                      'pass', verdict, 'amazon.com', mailfrom=mailfrom, ip=ip)
        return tr_gmail(rcpt, dt, host, ip, mailfrom, ar)
    if box == 'o365':
        return tr_o365(rcpt, dt, host, ip, 'amazonses.com', ar_o365(ip, 'amazonses.com', 'pass', 'pass', 'amazon.com', verdict, 'amazon.com'))
    if box.startswith('jp:'):
        _, authserv, mta = box.split(':')
        ar = ar_jp(authserv, mailfrom, [('amazon.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', 'pass'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')], verdict, 'amazon.com')
        return tr_jp(rcpt, dt, host, ip, mailfrom, ar, mta)
    if box == 'yahoo':
        return tr_yahoo(rcpt, dt, host, ip, mailfrom, 'amazon.com', [('amazon.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw')], verdict)
    if box.startswith('noar:'):
        mta = box.split(':')[1]
        return tr_jp(rcpt, dt, host, ip, mailfrom, None, mta)
    raise ValueError(box)


def aws_headers(dt, frm, to, subject, msgid, charset='utf-8', reply_to=None, extra=()):
    h = [('From', frm)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('To', to), ('Subject', enc(subject, charset)), ('Message-ID', msgid), ('Date', d(dt)),
          ('Feedback-ID', f'::1.us-east-1.{rb64(30)[:43]}=:AmazonSES'),
          ('X-SES-Outgoing', f'{dt.strftime("%Y.%m.%d")}-{SES_IPS[R.choice(["a8", "a9"])].format(R.randint(10, 120))}')]
    h += list(extra)
    return h


def emit(fname, label, trace, headers, body, crlf=False):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(body)
    head = ''.join(f'{n}: {v}\n' for n, v in list(trace) + list(headers))
    raw = head.encode('ascii') + b'MIME-Version: 1.0\n' + buf.getvalue()
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    kind, case_id, ids, ver, lang = label
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                     'sender_verified': ver, 'language': lang}


def aws_mail(fname, label, box, rcpt, dt, subject, body, frm=None, charset='utf-8', crlf=False, region='us-east-1', extra=()):
    msgid, mailfrom = ses(dt, region)
    trace = aws_trace(box, rcpt, dt, mailfrom, 'pass')
    hdrs = dkim_amz(dt) + aws_headers(dt, frm or addr('Amazon Web Services', FORM), rcpt, subject, msgid, charset, extra=extra)
    emit(fname, label, trace, hdrs, body, crlf)


AWS_FOOTER = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n'
              'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')
AWS_FOOTER_JA = ('アマゾン ウェブ サービス ジャパン合同会社\n'
                 '〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア')


# =================================================================== MAILS
# ---- Scenario A: Daniel Kowalski, Gmail, form desk, 15-digit case ----------
A_USER = ('Daniel Kowalski', 'daniel.kowalski84@gmail.com')
A_T0 = datetime(2025, 5, 26, 14, 7, 31, tzinfo=UTC)
A_CASE = case15(A_T0, 4217)
A_OLD, A_NEW = 'AWS04418273', 'AWS10937754'
A_SUBJ = f'[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

t = A_T0 + timedelta(seconds=9)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your inquiry and that a case has been created for it.

Case ID: {A_CASE}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID provided: {A_NEW}

A member of our team will review your request and respond, in most cases within 24 hours. If we need any further information to complete your request, we will reach out to you at this e-mail address.

To add information to this case, reply to this e-mail and keep the case ID in the subject line. Please do not submit another form for the same request, as duplicate cases can delay our response.

Sincerely,
AWS Training and Certification Support

{AWS_FOOTER}
"""
aws_mail('001-form-ack-received-request.eml', ('case_created', A_CASE, [A_NEW], True, 'en'), 'gmail', A_USER[1], t,
         A_SUBJ, alt(part(txt), part(to_html(txt), 'html')))

t2 = A_T0 + timedelta(hours=19, minutes=4, seconds=12)
orig_A = f"""Name: Daniel Kowalski
Email: {A_USER[1]}
AWS candidate ID: {A_NEW}
Inquiry type: Certification
Detail: Account Merge
Description: Hello, I have two certification accounts. The old one was created with my previous employer's e-mail (daniel.k@brightwell-it.com) and has my Cloud Practitioner. The newer one ({A_NEW}) has my Solutions Architect Associate. I think the old ID is {A_OLD}. Please combine them into the newer one. Thanks!"""
txt = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I was able to locate both of the Certification accounts you mentioned. Before I submit the merge request, please review the details below:

Account to be merged (will be closed): {A_OLD} - daniel.k@brightwell-it.com
Account that will remain (primary): {A_NEW} - {A_USER[1]}

After the merge, all certifications, exam history and benefits from {A_OLD} will be available under {A_NEW}, and you will sign in with {A_USER[1]} only. Please be aware that this action is permanent and cannot be reversed.

If the above is correct, simply reply to this e-mail with your confirmation and I will take it from there. Once the merge is complete you will also receive a short survey about this case.

Best regards,
Kavya S.
AWS Training and Certification
"""
quoted = '-------- Original Inquiry --------\n' + orig_A
aws_mail('002-form-agent-asks-confirm-before-merge.eml', ('merge_confirmation_requested', A_CASE, [A_OLD, A_NEW], True, 'en'), 'gmail', A_USER[1], t2,
         'RE:' + A_SUBJ, alt(part(txt + '\n' + quoted + '\n'), part(to_html(txt, quoted), 'html')))
A_REQ_TXT, A_REQ_T = txt, t2

t_user = A_T0 + timedelta(hours=21, minutes=40)
user_reply = f"""Hi Kavya,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

{gm_attr(A_REQ_T, CEST, 'Amazon Web Services', FORM)}
{q(A_REQ_TXT.strip())}"""
t3 = A_T0 + timedelta(days=1, hours=23, minutes=15)
txt = f"""Hello Daniel,

Thank you for confirming the details so quickly. I have now passed your request to our back-office team, who will merge {A_OLD} into {A_NEW}. This normally takes between one and three business days.

I will write to you again on this case when the merge is finished. Until then, please do not schedule any new exams under {A_OLD}.

Best regards,
Kavya S.
AWS Training and Certification
"""
quoted = gm_attr(t_user, CEST, 'Daniel Kowalski', A_USER[1]) + '\n' + q(user_reply)
aws_mail('003-form-thanks-for-confirming-passed-on.eml', ('support_reply', A_CASE, [A_OLD, A_NEW], True, 'en'), 'gmail', A_USER[1], t3,
         'RE:' + A_SUBJ, alt(part(txt + '\n' + quoted + '\n'), part(to_html(txt, quoted), 'html')))

t4 = A_T0 + timedelta(days=3, hours=2, minutes=51)
txt = f"""Hello Daniel,

Good news: the merge you confirmed has gone through. {A_OLD} has been merged into {A_NEW}, and the old account has been deactivated.

You can sign in to your Certification Account with {A_USER[1]} to see all of your certifications in one place. Your Credly badges will be transferred to the Credly profile linked to the surviving account; this can take up to 72 hours, and Credly will e-mail you when the badges are available.

If anything looks wrong, just reply to this e-mail within 7 days and I will look into it.

Best regards,
Kavya S.
AWS Training and Certification
"""
aws_mail('004-form-merge-gone-through.eml', ('merge_completed', A_CASE, [A_OLD, A_NEW], True, 'en'), 'gmail', A_USER[1], t4,
         'RE:' + A_SUBJ, alt(part(txt), part(to_html(txt), 'html')))

t5 = t4 + timedelta(minutes=3, seconds=40)
htm = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:18px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="AWS" /></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>{A_CASE}</b> has been marked as <b>resolved</b> and is now closed.</p>
<p>We would appreciate a minute of your time to tell us about your experience.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="background:#ec7211;border-radius:2px;padding:8px 22px"><a href="https://survey.aws-support.amazon.com/s/csat?c={A_CASE}&amp;r=yes&amp;t={rhex(24)}" style="color:#fff;text-decoration:none">YES</a></td>
<td width="12"></td>
<td style="background:#545b64;border-radius:2px;padding:8px 22px"><a href="https://survey.aws-support.amazon.com/s/csat?c={A_CASE}&amp;r=no&amp;t={rhex(24)}" style="color:#fff;text-decoration:none">NO</a></td>
</tr></table>
<p>If you need further help with this request, you can reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you for choosing AWS Training and Certification.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">{htmlmod.escape(AWS_FOOTER).replace(chr(10), '<br />')}</td></tr>
</table></td></tr></table></body></html>
"""
aws_mail('005-form-case-resolved-yes-no.eml', ('survey', A_CASE, [], True, 'en'), 'gmail', A_USER[1], t5,
         f'Your AWS Training and Certification case {A_CASE} has been resolved', part(htm, 'html'))

# ---- Credly helper ---------------------------------------------------------
def credly_mail(fname, label, box, rcpt, dt, subject, plain, htm, issuer='Amazon Web Services Training and Certification',
                domain='credly.com', sender='admin', cte='quoted-printable', htmlonly=False, via='Credly'):
    ip = f'167.89.{R.randint(100, 125)}.{R.randint(2, 250)}'
    host = f'o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.{"em." + domain}'
    mailfrom = f'bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace("@", "=")}@em.{domain}'
    if box == 'gmail':
        ar = ar_gmail([(domain, 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')], 'pass', 'pass', domain, policy='REJECT', mailfrom=mailfrom, ip=ip)
        trace = tr_gmail(rcpt, dt, host, ip, mailfrom, ar)
    elif box == 'o365':
        trace = tr_o365(rcpt, dt, host, ip, f'em.{domain}', ar_o365(ip, f'em.{domain}', 'pass', 'pass', domain, 'pass', domain))
    elif box.startswith('jp:'):
        _, authserv, mta = box.split(':')
        trace = tr_jp(rcpt, dt, host, ip, mailfrom, ar_jp(authserv, mailfrom, [(domain, 's1', 'pass')], 'pass', domain), mta)
    else:
        raise ValueError(box)
    hdrs = dkim_generic(dt, domain, 's1') + [
        ('From', addr(f'{issuer} via {via}' if via else issuer, f'{sender}@{domain}')),
        ('Reply-To', f'support@{domain}'),
        ('To', rcpt), ('Subject', enc(subject)),
        ('Message-ID', f'<{rhex(12)}_{R.randint(10, 99)}{rhex(6)}@{"credly-mailer-" + rhex(4)}.mail>'),
        ('Date', d(dt, UTC)), ('X-SG-EID', rb64(60)), ('X-Entity-ID', rb64(18))]
    body = part(htm, 'html', cte=cte) if htmlonly else alt(part(plain, cte=cte), part(htm, 'html', cte=cte))
    emit(fname, label, trace, hdrs, body)


def credly_html(title, lines, button=None, url='https://www.credly.com/earner/earned', footer_extra=''):
    ps = '\n'.join(f'<p style="margin:0 0 16px 0">{x}</p>' for x in lines)
    btn = (f'<table cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#ff6b00;border-radius:4px;padding:12px 28px">'
           f'<a href="{url}" style="color:#ffffff;font-weight:bold;text-decoration:none">{button}</a></td></tr></table>') if button else ''
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{htmlmod.escape(title)}</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#212121">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo-email.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:15px;line-height:22px">
<h1 style="font-size:22px;margin:0 0 16px 0">{htmlmod.escape(title)}</h1>
{ps}
{btn}
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#757575;border-top:1px solid #eee">{footer_extra}You are receiving this e-mail because you have an account on Credly. <a href="https://www.credly.com/notification_settings">Manage notification settings</a><br>Credly, Inc. &middot; 111 West 33rd Street, Suite 1300, New York, NY 10120</td></tr>
</table></td></tr></table></body></html>
"""


t6 = A_T0 + timedelta(days=4, hours=5, minutes=20)
plain = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

Accept your badge to share it on LinkedIn, add it to your e-mail signature and let employers verify your achievement.

Accept your badge: https://www.credly.com/badges/5d1e7c2a-9b4f-4e0d-8a3b-7f2c6e1d0a94/accept

Questions? Visit https://support.credly.com

Credly, Inc. - 111 West 33rd Street, Suite 1300, New York, NY 10120
"""
htm = credly_html('You earned a new badge!', ['Congratulations, Daniel!',
                   'Amazon Web Services Training and Certification has issued you a badge:',
                   '<b>AWS Certified Cloud Practitioner</b>',
                   'Accept your badge to share it on LinkedIn, add it to your e-mail signature and let employers verify your achievement.'],
                  'Accept your badge', 'https://www.credly.com/badges/5d1e7c2a-9b4f-4e0d-8a3b-7f2c6e1d0a94/accept')
credly_mail('006-credly-accept-cloud-practitioner.eml', ('credly_badge_issued', None, [], True, 'en'), 'gmail', A_USER[1], t6,
            'Daniel, you earned a badge from Amazon Web Services Training and Certification', plain, htm)

# ---- Scenario B: 佐藤 健太, nifty, form desk, Japanese ------------------------
B_USER = ('佐藤 健太', 'kenta-sato@nifty.com')
B_BOX = 'jp:mx.nifty.com:mta-r03.nifty.com'
B_T0 = datetime(2025, 6, 9, 1, 22, 10, tzinfo=UTC)
B_CASE = case15(B_T0, 7730)
B_KEEP, B_GONE = 'AWS02284519', 'AWS09911306'
B_SUBJ = f'[CASE {B_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

t = B_T0 + timedelta(seconds=14)
txt = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

　ケース ID　　　: {B_CASE}
　お問い合わせ種別: 認定 (Certification)
　詳細　　　　　　: アカウントの統合 (Account Merge)

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせをいただきますと、対応が遅れる場合がございますので、
あらかじめご了承ください。

※本メールは受付完了をお知らせする自動送信メールです。

AWS トレーニングと認定 サポート

{AWS_FOOTER_JA}
"""
aws_mail('007-ja-form-ack-uketsuke.eml', ('case_created', B_CASE, [], True, 'ja'), B_BOX, B_USER[1], t,
         f'[CASE {B_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定',
         part(txt, charset='iso-2022-jp', cte='7bit'), charset='iso-2022-jp')

t = B_T0 + timedelta(hours=26, minutes=31)
orig_B = f"""お名前: 佐藤 健太
メールアドレス: {B_USER[1]}
AWS 候補者 ID: {B_KEEP}
お問い合わせ内容:
認定アカウントが2つあることに気づきました。会社のメールアドレスで作ったものと、個人のメールアドレスで作ったものです。
1つにまとめていただくことは可能でしょうか。もう一方の候補者IDは手元に控えがありません。"""
txt = f"""佐藤 健太 様

AWS トレーニングと認定サポートの田中でございます。
この度はお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼につきまして、お手続きを進めるにあたり、
恐れ入りますが以下の点をご教示いただけますでしょうか。

① 統合後に残すアカウント（存続させるアカウント）はどちらをご希望でしょうか。
② それぞれのアカウントにサインインする際のメールアドレス
③ 認定に関する通知を受け取るメールアドレス（サインイン用と異なる場合）

現時点では、お客様の候補者 ID として {B_KEEP} を確認しておりますが、
もう一方のアカウントは特定できておりません。
お分かりになる範囲で構いませんので、併せてお知らせいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

田中 美穂
AWS トレーニングと認定 サポート

-----Original Message-----
{orig_B}
"""
# label says Shift_JIS, bytes are cp932 (circled digits are cp932-only)
aws_mail('008-ja-form-which-account-to-keep.eml', ('support_reply', B_CASE, [B_KEEP], True, 'ja'), B_BOX, B_USER[1], t,
         'RE: ' + B_SUBJ, part(txt, charset='shift_jis', cte='base64', codec='cp932'))
B_ASK_TXT, B_ASK_T = txt.split('-----Original Message-----')[0].strip(), t

t_u = B_T0 + timedelta(hours=47, minutes=3)
user_B1 = f"""田中様

ご連絡ありがとうございます。佐藤です。

1. 残したいのは {B_KEEP} の方です（個人アドレスの方）。
2. サインイン用メールアドレス
　{B_KEEP}: {B_USER[1]}
　もう一方: k.sato@minato-densetsu.co.jp
3. 通知先も同じで大丈夫です。

会社アドレスの方でログインして確認したところ、候補者IDは {B_GONE} でした。
よろしくお願いいたします。"""
t = B_T0 + timedelta(hours=50, minutes=12)
txt = f"""佐藤 健太 様

ご返信いただき、誠にありがとうございます。田中でございます。

いただいた情報をもとに、以下の内容でアカウントを統合させていただく予定です。

　統合元（統合後に削除されるアカウント）: {B_GONE}
　　サインイン用メールアドレス: k.sato@minato-densetsu.co.jp
　統合先（存続するアカウント）　　　　　: {B_KEEP}
　　サインイン用メールアドレス: {B_USER[1]}

統合後は、統合元アカウントの認定資格および受験履歴がすべて統合先アカウントに移行されます。
なお、統合は一度実施いたしますと元に戻すことができませんので、ご注意ください。

上記の内容でお間違いがないか、本メールへのご返信にてお知らせいただけますでしょうか。
ご確認のご連絡をいただき次第、統合の手続きを開始いたします。

田中 美穂
AWS トレーニングと認定 サポート

{ja_attr(t_u, '佐藤健太', B_USER[1])}
{q(user_B1)}
"""
aws_mail('009-ja-form-kakunin-onegai-before-merge.eml', ('merge_confirmation_requested', B_CASE, [B_GONE, B_KEEP], True, 'ja'), B_BOX, B_USER[1], t,
         'RE: ' + B_SUBJ, part(txt, charset='iso-2022-jp', cte='base64'), charset='iso-2022-jp')
B_CONF_TXT, B_CONF_T = txt.split(ja_attr(t_u, '佐藤健太', B_USER[1]))[0].strip(), t

t_u2 = B_T0 + timedelta(hours=51, minutes=40)
user_B2 = f"""田中様

内容に間違いありません。統合をお願いいたします。

佐藤

{ja_attr(B_CONF_T, 'Amazon Web Services', FORM)}
{q(B_CONF_TXT)}"""
t = B_T0 + timedelta(hours=55, minutes=2)
txt = f"""佐藤 健太 様

ご確認いただき、誠にありがとうございます。田中でございます。

ただいま、{B_GONE} から {B_KEEP} への統合手続きを開始いたしました。
完了までに 2〜3 営業日ほどお時間を頂戴しております。
統合が完了いたしましたら、本ケースにて改めてご連絡いたしますので、
今しばらくお待ちいただけますようお願い申し上げます。

なお、手続き中は統合元アカウントでの試験のご予約はお控えください。

田中 美穂
AWS トレーニングと認定 サポート
"""
quoted = ja_attr(t_u2, '佐藤健太', B_USER[1]) + '\n' + q(user_B2)
aws_mail('010-ja-form-tetsuzuki-kaishi-not-yet-done.eml', ('support_reply', B_CASE, [B_GONE, B_KEEP], True, 'ja'), B_BOX, B_USER[1], t,
         'RE: ' + B_SUBJ, alt(part(txt + '\n' + quoted + '\n'), part(to_html(txt, quoted, 'font-family:"Meiryo","Hiragino Sans",sans-serif;font-size:14px'), 'html')))

t = B_T0 + timedelta(days=4, hours=3, minutes=18)
txt = f"""佐藤 健太 様

大変お待たせいたしました。田中でございます。

ご依頼いただいておりました {B_GONE} の {B_KEEP} への統合作業が完了いたしましたので、ご報告申し上げます。
今後は {B_USER[1]} にて認定アカウントへサインインいただけます。
統合元アカウントで取得された認定資格も、統合先アカウントの「認定」ページに表示されております。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。
数日経過しても反映されない場合は、本メールへご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

田中 美穂
AWS トレーニングと認定 サポート
"""
aws_mail('011-ja-form-tougou-kanryou.eml', ('merge_completed', B_CASE, [B_GONE, B_KEEP], True, 'ja'), B_BOX, B_USER[1], t,
         'RE: ' + B_SUBJ, part(txt, charset='iso-2022-jp', cte='7bit'), charset='iso-2022-jp')

t = B_T0 + timedelta(days=4, hours=3, minutes=22)
txt = f"""佐藤 健太 様

ケース {B_CASE} は解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートにご協力いただけますでしょうか。
お客様からのご意見は、サービス向上のために活用させていただきます。

問題は解決しましたか？
　はい: https://survey.aws-support.amazon.com/s/csat?c={B_CASE}&r=yes&lang=ja
　いいえ: https://survey.aws-support.amazon.com/s/csat?c={B_CASE}&r=no&lang=ja

追加のご質問がある場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定 サポート
"""
htm = to_html(txt, style='font-family:"Meiryo","Hiragino Sans",sans-serif;font-size:14px')
aws_mail('012-ja-form-closed-anketo.eml', ('survey', B_CASE, [], True, 'ja'), B_BOX, B_USER[1], t,
         f'ケース {B_CASE} はクローズされました - アンケートのお願い', alt(part(txt, cte='base64'), part(htm, 'html', cte='base64')))

# ---- Scenario C: Priya Raman, Office 365, console case, 11 digits (2022) ----
C_USER = ('Priya Raman', 'priya.raman@northwind-analytics.com')
C_T0 = datetime(2022, 3, 8, 15, 42, 9, tzinfo=UTC)
C_CASE = '10318846751'
C_A, C_B, C_KEEP = 'AWS00731158', 'AWS07789012', 'AWS05560021'
C_SUBJ = 'Merge three AWS Certification accounts'
CONSOLE_FOOT = f"""To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================

Learn to work with the AWS Support Center (https://aws.amazon.com/premiumsupport/knowledge-center/)

{AWS_FOOTER}"""

t = C_T0 + timedelta(seconds=6)
txt = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C_CASE} to address your issue.

The details of your case are as follows:

Case ID: {C_CASE}
Subject: {C_SUBJ}
Severity: General guidance
Correspondence: Hi, over the years I ended up with three AWS Certification accounts: {C_A} (old personal e-mail), {C_B} (university e-mail) and {C_KEEP} (work e-mail). I would like everything under {C_KEEP}. Can you help?

We will respond to your case as soon as possible. You can view the case and add correspondence in the Support Center:

{CONSOLE_FOOT}
"""
aws_mail('013-console-opened-new-case-three-accounts.eml', ('case_created', C_CASE, [C_A, C_B, C_KEEP], True, 'en'), 'o365', C_USER[1], t,
         f'Amazon Web Services: You have opened a new Support case: {C_CASE}', alt(part(txt, charset='us-ascii', cte='7bit'), part(to_html(txt), 'html')),
         frm=addr('Amazon Web Services', NOREPLY))

t = C_T0 + timedelta(hours=20, minutes=11)
txt = f"""Hello,

We've updated your support case {C_CASE}: "{C_SUBJ}".

Sign in to the AWS Support Center to view the latest correspondence and reply:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

We don't include the content of the correspondence in this e-mail. This e-mail address cannot accept replies.

Sincerely,
Amazon Web Services
"""
aws_mail('014-console-new-correspondence-notice.eml', ('support_reply', C_CASE, [], True, 'en'), 'o365', C_USER[1], t,
         f'[Case {C_CASE}] New correspondence added', part(txt, charset='us-ascii', cte='7bit'), frm=addr('Amazon Web Services', NOREPLY))

t = C_T0 + timedelta(hours=20, minutes=10)
txt = f"""Hello Priya,

Thank you for your patience, and for listing all three IDs - that made the search easy.

I found the following Certification accounts under your name:

 - {C_A}: priya.raman.92@yahoo.com - AWS Certified Cloud Practitioner (2019)
 - {C_B}: p.raman@student.univ-leicester.ac.uk - no active certification
 - {C_KEEP}: {C_USER[1]} - AWS Certified Developer - Associate (2021)

Based on your note, my understanding is that {C_KEEP} should be kept as your primary account, and that {C_A} and {C_B} should both be merged into it and then closed.

Before I hand this to the certification team, could you please reply to this case in the Support Center and confirm that this is correct? Please keep in mind that a merge cannot be undone once it has been carried out.

Best regards,

Marcus T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

{CONSOLE_FOOT}
"""
aws_mail('015-console-agent-lists-three-asks-ok.eml', ('merge_confirmation_requested', C_CASE, [C_A, C_B, C_KEEP], True, 'en'), 'o365', C_USER[1], t,
         f'RE:[CASE {C_CASE}] {C_SUBJ}', alt(part(txt), part(to_html(txt), 'html')), frm=addr('Amazon Web Services', NOREPLY))
C_ASK_TXT, C_ASK_T = txt, t

def console_foot(case, lang='en'):
    return CONSOLE_FOOT.replace(C_CASE, case).replace('language=en', f'language={lang}')


t = C_T0 + timedelta(days=1, hours=22, minutes=37)
txt = f"""Hello Priya,

Thank you for confirming, and for clarifying that the university account can go as well.

I have now raised the request with our certification operations team to merge {C_A} and {C_B} into {C_KEEP}. These requests are usually processed within 3-5 business days. I will update this case as soon as the team lets me know the work has been carried out.

There is nothing further you need to do in the meantime. Your Developer - Associate certification and its benefits remain available on {C_KEEP} throughout.

Best regards,

Marcus T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

{console_foot(C_CASE)}
"""
aws_mail('016-console-raised-with-ops-team-pending.eml', ('support_reply', C_CASE, [C_A, C_B, C_KEEP], True, 'en'), 'o365', C_USER[1], t,
         f'RE:[CASE {C_CASE}] {C_SUBJ}', alt(part(txt), part(to_html(txt), 'html')), frm=addr('Amazon Web Services', NOREPLY))

t = C_T0 + timedelta(days=6, hours=1, minutes=5)
txt = f"""Hello Priya,

I have just heard back from the certification operations team: your request has been processed.

{C_A} and {C_B} have been retired, and the certification and exam history that was held on them now appears under {C_KEEP}. When you sign in with {C_USER[1]} you should see both your Cloud Practitioner (2019) and your Developer - Associate (2021).

Digital badges are handled by Credly and may take up to a few days to appear on the Credly profile connected to {C_KEEP}.

I will keep this case open for a few more days in case anything looks incorrect; after that it will be resolved automatically.

Best regards,

Marcus T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

{console_foot(C_CASE)}
"""
aws_mail('017-console-ops-team-processed-retired.eml', ('merge_completed', C_CASE, [C_A, C_B, C_KEEP], True, 'en'), 'o365', C_USER[1], t,
         f'RE:[CASE {C_CASE}] {C_SUBJ}', alt(part(txt, cte='base64'), part(to_html(txt), 'html', cte='base64')),
         frm=addr('Amazon Web Services', NOREPLY), crlf=True)

t = C_T0 + timedelta(days=10, hours=1, minutes=6)
txt = f"""Hello,

We haven't heard from you in a while, so your support case {C_CASE} "{C_SUBJ}" has been resolved.

If you still need help with this issue, you can reopen the case from the Support Center within the next 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

How did we do? Tell us about your experience with this case (it takes less than a minute):
https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&rating=

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
aws_mail('018-console-resolved-inactivity-how-did-we-do.eml', ('survey', C_CASE, [], True, 'en'), 'o365', C_USER[1], t,
         f'Amazon Web Services: Your support case {C_CASE} has been resolved', alt(part(txt, charset='us-ascii', cte='7bit'), part(to_html(txt), 'html')),
         frm=addr('Amazon Web Services', NOREPLY))

# ---- Scenario E: Marco Bianchi, Gmail, form desk, non-native agent ----------
E_USER = ('Marco Bianchi', 'marco.bianchi.dev@gmail.com')
E_T0 = datetime(2025, 9, 15, 7, 55, 48, tzinfo=UTC)
E_CASE = case15(E_T0, 1093)
E_OLD, E_KEEP = 'AWS03357190', 'AWS08812446'
E_SUBJ = f'[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

t = E_T0 + timedelta(seconds=21)
htm = f"""<html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e;background:#ffffff">
<div style="max-width:600px;margin:0 auto">
<div style="background:#232f3e;color:#ffffff;padding:14px 20px;font-size:18px">AWS Training and Certification</div>
<div style="padding:20px">
<p>Hi Marco,</p>
<p>Thanks for getting in touch with AWS Training and Certification! We&#8217;ve got your request.</p>
<p style="font-size:16px">Your case number is <b>{E_CASE}</b></p>
<p><b>What happens next</b></p>
<ol>
<li>A support specialist reviews your request, usually within one business day.</li>
<li>If you asked us to merge accounts, we will send you the details of the accounts involved and ask you to confirm them before anything is changed.</li>
<li>We will let you know by e-mail when your request has been completed.</li>
</ol>
<p>You don&#8217;t need to do anything else right now. If you want to add details, reply to this e-mail and keep the case number in the subject.</p>
<p>Thank you,<br>AWS Training and Certification Support</p>
</div>
<div style="padding:12px 20px;font-size:11px;color:#687078;border-top:1px solid #eaeded">{htmlmod.escape(AWS_FOOTER).replace(chr(10), '<br>')}</div>
</div></body></html>
"""
aws_mail('019-form-ack-what-happens-next.eml', ('case_created', E_CASE, [], True, 'en'), 'gmail', E_USER[1], t,
         f'We received your request [CASE {E_CASE}]', part(htm, 'html', cte='base64'))

t_e_user = E_T0 + timedelta(seconds=0)
orig_E = f"""Name: Marco Bianchi
Email: {E_USER[1]}
AWS candidate ID: {E_KEEP}
Inquiry type: AWS Training and Certification
Detail: Account Merge
Description: I have 2 certification accounts, one from university time (I think AWS03357190, email m.bianchi@studenti.polimi.it which I cannot access anymore) and the actual one. I'd like to have all in one please."""
t = E_T0 + timedelta(days=1, hours=4, minutes=2)
txt = f"""Hello Marco,

Greetings from AWS Training and Certification!

Thank you for contacting us. Kindly note that we have not merged your accounts yet. As per our process, before merging we need to know which account you are wanting to keep as your primary one, because the other one will be deactivated.

Kindly share us below details:
1) Login email address of both the accounts
2) Which account you would like to keep (the account {E_KEEP} you have provided, or the other one)

Once we receive the above details, we will proceed further on your request.

Thanks & Regards,
Rahul M.
AWS Training & Certification Support
"""
quoted = '-----Original Message-----\n' + orig_E
# label says iso-8859-1 but the agent tool wrote UTF-8 (curly quotes in the template)
txt_sent = txt.replace("Kindly note", "Kindly note \u2013 and sorry for the wait \u2013").replace("we\u2019", "we'")
aws_mail('020-form-not-merged-yet-which-to-keep.eml', ('support_reply', E_CASE, [E_KEEP], True, 'en'), 'gmail', E_USER[1], t,
         'RE: ' + E_SUBJ, part(txt_sent + '\n' + quoted + '\n', charset='iso-8859-1', cte='quoted-printable', codec='utf-8'))

t_e2 = E_T0 + timedelta(days=1, hours=9, minutes=30)
user_E = f"""Hi Rahul,

thanks. Login of the old one was m.bianchi@studenti.polimi.it, the new one is {E_USER[1]}. I want to keep the new one ({E_KEEP}).

Ciao,
Marco"""
t = E_T0 + timedelta(days=2, hours=3, minutes=44)
txt = f"""Hello Marco,

Thanks for the informations. I have checked and below are the accounts details:

Primary account (will remain): AWS 08812446 - {E_USER[1]}
Secondary account (will be merge and deactivated): AWS-03357190 - m.bianchi@studenti.polimi.it

Kindly confirm us by replying this email that you want we proceed with the merge as above. Please be aware that once merge is done it can not be revert back.

Thanks & Regards,
Rahul M.
AWS Training & Certification Support
"""
quoted = gm_attr(t_e2, CEST, 'Marco Bianchi', E_USER[1]) + '\n' + q(user_E)
aws_mail('021-form-nonnative-kindly-confirm-us.eml', ('merge_confirmation_requested', E_CASE, [E_OLD, E_KEEP], True, 'en'), 'gmail', E_USER[1], t,
         'RE: ' + E_SUBJ, part(txt + '\n' + quoted + '\n', charset='us-ascii', cte='7bit'))
E_CONF_TXT, E_CONF_T = txt, t

t_e3 = E_T0 + timedelta(days=5, hours=6, minutes=10)
user_E2 = f"""Hi, yes correct, please go ahead.
Marco

{gm_attr(E_CONF_T, CEST, 'Amazon Web Services', FORM)}
{q(E_CONF_TXT.strip())}"""
t = E_T0 + timedelta(days=6, hours=2, minutes=15)
txt = f"""Hello Marco,

Thank you for your confirmation.

This is to inform you that your both certification accounts are now combined successfully. Going forward kindly use AWS08812446 only for login and for scheduling exams. The other profile aws03357190 is deactivated and all your exam records and certificates are moved into the primary.

Your Credly badges will be shifted automatically in 2-3 working days, you will get separate email from Credly.

Thanks & Regards,
Rahul M.
AWS Training & Certification Support
"""
quoted = gm_attr(t_e3, CEST, 'Marco Bianchi', E_USER[1]) + '\n' + q(user_E2)
aws_mail('022-form-nonnative-now-combined.eml', ('merge_completed', E_CASE, [E_OLD, E_KEEP], True, 'en'), 'gmail', E_USER[1], t,
         'RE: ' + E_SUBJ, alt(part(txt + '\n' + quoted + '\n', cte='base64'), part(to_html(txt, quoted), 'html', cte='base64')))

t = E_T0 + timedelta(days=8, hours=11, minutes=47)
plain = """Hi Marco,

Amazon Web Services Training and Certification has issued badges to this Credly account.

Because the AWS Certification account connected to your e-mail address was updated, the following badges are now available to you:

 * AWS Certified Cloud Practitioner
 * AWS Certified Developer - Associate

Accept them to make them visible on your profile:
https://www.credly.com/earner/earned

The Credly Team
"""
htm = credly_html('New badges are waiting for you', ['Hi Marco,',
                   'Amazon Web Services Training and Certification has issued badges to this Credly account.',
                   'Because the AWS Certification account connected to your e-mail address was updated, the following badges are now available to you:',
                   '&bull; AWS Certified Cloud Practitioner<br>&bull; AWS Certified Developer &ndash; Associate',
                   'Accept them to make them visible on your profile.'], 'Accept badges')
credly_mail('023-credly-badges-available-after-account-update.eml', ('credly_badge_issued', None, [], True, 'en'), 'gmail', E_USER[1], t,
            'You have 2 new badges from Amazon Web Services Training and Certification', plain, htm)

t = E_T0 + timedelta(days=4, hours=4, minutes=1)
txt = """Hello Marco,

Greetings from AWS Training and Certification!

This is a gentle reminder that we have not yet received your response to our last email on this case. Kindly reply to the same so that we can proceed further with your request.

Please note that if we do not hear from you within 3 business days, this case will be closed automatically. You can still reply after that and the case will reopen.

Thanks & Regards,
Rahul M.
AWS Training & Certification Support
"""
aws_mail('024-form-gentle-reminder-no-response.eml', ('support_reply', E_CASE, [], True, 'en'), 'gmail', E_USER[1], t,
         'RE: ' + E_SUBJ, alt(part(txt, charset='us-ascii', cte='7bit'), part(to_html(txt), 'html')))

# ---- Scenario G: Liam O'Connor, Google Workspace, console, 15 digits (2024) --
G_USER = ("Liam O'Connor", 'liam@oconnor-consulting.ie')
G_T0 = datetime(2024, 11, 4, 10, 3, 27, tzinfo=UTC)
G_CASE = case15(G_T0, 88412)
G_KEEP, G_OLD = 'AWS06120385', 'AWS01948862'
G_SUBJ = 'Merge my two certification accounts'


def console_mail(fname, label, box, rcpt, dt, subject, txt, case, cte='quoted-printable', html=True, crlf=False, lang='en'):
    foot = CONSOLE_FOOT_JA.format(case=case) if lang == 'ja' else console_foot(case, lang)
    body = txt + '\n' + foot + '\n'
    b = alt(part(body, cte=cte), part(to_html(body), 'html', cte=cte)) if html else part(body, cte=cte)
    aws_mail(fname, label, box, rcpt, dt, subject, b, frm=addr('Amazon Web Services', NOREPLY), crlf=crlf)


t = G_T0 + timedelta(hours=23, minutes=40)
txt = f"""Hello Liam,

Thank you for contacting AWS Support about your certification accounts.

I've located both accounts, {G_KEEP} and {G_OLD}. Unfortunately I'm not able to merge them at this stage: the candidate name on {G_OLD} is "William Connor", while {G_KEEP} is registered to "Liam O'Connor". To protect your certification record, both accounts have to carry the same legal name before they can be combined.

Could you please:
1. Sign in to {G_OLD} and request a name change to match your government-issued ID (Profile > Edit name), and
2. Reply here once the change has been approved?

As soon as the names match, I will send you a summary of the accounts for a final confirmation before anything is changed.

Best regards,
Nadia K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
console_mail('025-console-cannot-merge-names-differ.eml', ('support_reply', G_CASE, [G_KEEP, G_OLD], True, 'en'), 'gmail', G_USER[1], t,
             f'RE:[CASE {G_CASE}] {G_SUBJ}', txt, G_CASE)

t = G_T0 + timedelta(days=3, hours=5, minutes=12)
txt = f"""Hello Liam,

A quick status update on your case.

Following your confirmation yesterday, the merge of {G_OLD} into {G_KEEP} was submitted to our certification operations team and is currently in progress. It is taking slightly longer than usual because of the recent name change on the old account, and I expect it to be finished by Friday, November 8.

There is no action needed from you right now. I'll write again as soon as it's done.

Best regards,
Nadia K.
Amazon Web Services
"""
console_mail('026-console-status-update-in-progress.eml', ('support_reply', G_CASE, [G_KEEP, G_OLD], True, 'en'), 'gmail', G_USER[1], t,
             f'RE:[CASE {G_CASE}] {G_SUBJ}', txt, G_CASE, cte='base64', html=False)

t = G_T0 + timedelta(days=4, hours=7, minutes=55)
txt = f"""Hello Liam,

Your accounts have now been merged. Everything that was on {G_OLD} (your SysOps Administrator - Associate and its exam history) is now under {G_KEEP}, and {G_OLD} can no longer be used to sign in.

On your other question, about the 50% discount voucher: could you let me know which exam you are planning to take next? Vouchers are tied to specific exam levels, so with that information I can check that the voucher you earned on the old account is usable from {G_KEEP}.

Best regards,
Nadia K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
console_mail('027-console-merged-plus-voucher-question.eml', ('merge_completed', G_CASE, [G_KEEP, G_OLD], True, 'en'), 'gmail', G_USER[1], t,
             f'RE:[CASE {G_CASE}] {G_SUBJ}', txt, G_CASE)

t = G_T0 + timedelta(days=7, hours=8, minutes=2)
htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Your support case <b>{G_CASE}</b> &ldquo;{G_SUBJ}&rdquo; has been resolved.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse;font-size:13px">
<tr><td style="background:#f2f3f3"><b>Case ID</b></td><td>{G_CASE}</td></tr>
<tr><td style="background:#f2f3f3"><b>Status</b></td><td>Resolved</td></tr>
<tr><td style="background:#f2f3f3"><b>Resolution summary</b></td><td>The requested certification account merge was completed on November 8, 2024.</td></tr>
</table>
<p>If your issue isn&rsquo;t resolved, you can reopen this case within 14 days from the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&amp;language=en">Support Center</a>.</p>
<p><b>How would you rate your support experience?</b></p>
<p style="font-size:22px">
<a href="https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&amp;rating=1" style="text-decoration:none">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&amp;rating=2" style="text-decoration:none">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&amp;rating=3" style="text-decoration:none">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&amp;rating=4" style="text-decoration:none">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&amp;rating=5" style="text-decoration:none">&#9733;</a>
</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mail.<br>{htmlmod.escape(AWS_FOOTER).replace(chr(10), '<br>')}</p>
</body></html>
"""
aws_mail('028-console-resolved-summary-merge-was-completed.eml', ('survey', G_CASE, [], True, 'en'), 'gmail', G_USER[1], t,
         f'Amazon Web Services: Your support case {G_CASE} has been resolved', part(htm, 'html'), frm=addr('Amazon Web Services', NOREPLY))

# ---- Scenario H: Sofia Lindqvist, Gmail, form desk, 15 digits (2025) --------
H_USER = ('Sofia Lindqvist', 'sofia.lindqvist@gmail.com')
H_T0 = datetime(2025, 2, 17, 18, 20, 5, tzinfo=UTC)
H_CASE = case15(H_T0, 30261)
H_OLD, H_KEEP = 'AWS05073318', 'AWS09264471'
H_SUBJ = f'[CASE {H_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
CET = timezone(timedelta(hours=1), 'CET')

t = H_T0 + timedelta(days=1, hours=15, minutes=3)
txt = f"""Hi Sofia,

Thanks for writing in, and for including both candidate IDs.

Can you confirm you'd like {H_KEEP} (sofia.lindqvist@gmail.com) to be the account that stays, with {H_OLD} (sofia.lindqvist@kth.se) retired after its certification history has been moved across?

Just a quick "yes" in reply to this e-mail is enough. Nothing will be changed on either account until we hear back from you, and once it's done it can't be reversed, so please double-check the IDs.

Kind regards,
Jonas
AWS Training and Certification Customer Support
"""
orig_H = f"""> Name: Sofia Lindqvist
> Email: {H_USER[1]}
> AWS candidate ID: {H_KEEP}
> Description: Please merge my old account {H_OLD} (KTH e-mail) into {H_KEEP}."""
aws_mail('029-form-can-you-confirm-which-stays.eml', ('merge_confirmation_requested', H_CASE, [H_OLD, H_KEEP], True, 'en'), 'gmail', H_USER[1], t,
         'RE: ' + H_SUBJ, alt(part(txt + '\n' + orig_H + '\n'), part(to_html(txt, orig_H.replace('> ', '')), 'html')))
H_CONF_TXT, H_CONF_T = txt, t

t_h = H_T0 + timedelta(days=1, hours=17, minutes=20)
user_H = f"""Yes!

/Sofia

{gm_attr(H_CONF_T, CET, 'Amazon Web Services', FORM)}
{q(H_CONF_TXT.strip())}"""
t = H_T0 + timedelta(days=2, hours=1, minutes=9)
txt = f"""Hi Sofia,

Thank you for confirming, we will now proceed.

The merge of {H_OLD} into {H_KEEP} is scheduled to run in tonight's batch. You'll hear from us on this case tomorrow once it has been completed, and you can then sign in with {H_USER[1]} to check that everything is there.

Kind regards,
Jonas
AWS Training and Certification Customer Support
"""
quoted = gm_attr(t_h, CET, 'Sofia Lindqvist', H_USER[1]) + '\n' + q(user_H)
aws_mail('030-form-thanks-will-now-proceed-tonight.eml', ('support_reply', H_CASE, [H_OLD, H_KEEP], True, 'en'), 'gmail', H_USER[1], t,
         'RE: ' + H_SUBJ, alt(part(txt + '\n' + quoted + '\n'), part(to_html(txt, quoted), 'html')))
H_PROC_TXT, H_PROC_T = txt, t

t = H_T0 + timedelta(days=2, hours=19, minutes=30)
txt = f"""Hi Sofia,

Done! Last night's batch went through and {H_OLD} is now part of {H_KEEP}. Your Solutions Architect - Professional and Security - Specialty both show under {H_KEEP}, together with your exam history and the unused 50% voucher.

As there's nothing else open on this request I'll resolve the case now. You may get a short survey from us afterwards; we'd be grateful if you filled it in.

Kind regards,
Jonas
AWS Training and Certification Customer Support
"""
quoted = '-----Original Message-----\n' + ol_block('Amazon Web Services <' + FORM + '>', H_PROC_T, CET, H_USER[1], 'RE: ' + H_SUBJ) + '\n\n' + H_PROC_TXT
aws_mail('031-form-done-batch-went-through-resolving.eml', ('merge_completed', H_CASE, [H_OLD, H_KEEP], True, 'en'), 'gmail', H_USER[1], t,
         'RE: ' + H_SUBJ, alt(part(txt + '\n' + quoted + '\n'), part(to_html(txt, quoted), 'html')))

# ---- Scenario F: 山田 美咲, Gmail, console case in Japanese, 15 digits ------
F_USER = ('山田 美咲', 'misaki.yamada.0312@gmail.com')
F_T0 = datetime(2025, 7, 22, 0, 48, 51, tzinfo=UTC)
F_CASE = case15(F_T0, 20577)
F_OLD, F_KEEP = 'AWS07403825', 'AWS02950617'
F_SUBJ = '認定アカウントの統合について'
CONSOLE_FOOT_JA = f"""本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={{case}}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねますので、上記のリンクをご利用ください。

{AWS_FOOTER_JA}"""

t = F_T0 + timedelta(seconds=5)
txt = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {F_CASE} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {F_CASE}
件名: {F_SUBJ}
重要度: 一般的なガイダンス
やり取り: 以前の勤務先で作成した認定アカウントと、個人で作成した認定アカウントがあります。1つにまとめることは可能でしょうか。

できるだけ早く回答いたします。サポートセンターでケースの確認ややり取りの追加ができます。

{CONSOLE_FOOT_JA.format(case=F_CASE)}
"""
aws_mail('032-ja-console-case-open-shimashita.eml', ('case_created', F_CASE, [], True, 'ja'), 'gmail', F_USER[1], t,
         f'Amazon Web Services: 新しいサポートケースをオープンしました: {F_CASE}', alt(part(txt, cte='base64'), part(to_html(txt), 'html', cte='base64')),
         frm=addr('Amazon Web Services', NOREPLY))

t = F_T0 + timedelta(hours=28, minutes=14)
txt = f"""山田 美咲 様

AWS サポートの小林と申します。お問い合わせいただき、誠にありがとうございます。

お客様のお名前で登録されている認定アカウントを確認いたしましたところ、以下の 2 つが見つかりました。

　・{F_OLD}（サインイン用メールアドレス: m.yamada@example-shoji.co.jp）
　・{F_KEEP}（サインイン用メールアドレス: {F_USER[1]}）

現在もご利用中の個人アドレスのアカウントを残し、{F_OLD} を {F_KEEP} に統合する形でよろしいでしょうか。
統合後、{F_OLD} は無効となり、元に戻すことはできません。

差し支えなければ、サポートセンターから本ケースに「この内容で統合をお願いします」とご返信いただけますでしょうか。
ご返信を確認いたしましたら、統合の手配をいたします。

小林 拓也
Amazon Web Services
"""
console_mail('033-ja-console-kono-naiyou-de-yoroshii-ka.eml', ('merge_confirmation_requested', F_CASE, [F_OLD, F_KEEP], True, 'ja'), 'gmail', F_USER[1], t,
             f'RE:[CASE {F_CASE}] {F_SUBJ}', txt, F_CASE, cte='base64', lang='ja')

t = F_T0 + timedelta(days=2, hours=6, minutes=40)
txt = f"""山田 美咲 様

AWS サポートの小林でございます。
統合を進めてよいとのご返信をいただき、ありがとうございます。

現在、担当部署にて {F_OLD} から {F_KEEP} への統合作業を行っております。
作業が完了いたしましたら、Credly のデジタルバッジも {F_KEEP} 側のプロフィールへ移行される予定です。

完了次第、本ケースにてご連絡いたしますので、恐れ入りますが今しばらくお待ちくださいませ。

小林 拓也
Amazon Web Services
"""
console_mail('034-ja-console-sagyou-chuu.eml', ('support_reply', F_CASE, [F_OLD, F_KEEP], True, 'ja'), 'gmail', F_USER[1], t,
             f'RE:[CASE {F_CASE}] {F_SUBJ}', txt, F_CASE, lang='ja')

t = F_T0 + timedelta(days=4, hours=2, minutes=3)
txt = f"""山田 美咲 様

AWS サポートの小林でございます。
大変お待たせいたしました。

ご依頼いただいていたアカウントの統合は、本日付で完了しております。
{F_OLD} で取得された認定資格および受験履歴は、すべて {F_KEEP} に移行済みです。

念のため、{F_USER[1]} でサインインいただき、認定資格の一覧に漏れがないかご確認いただけますでしょうか。
万一表示されていないものがございましたら、本ケースにてお知らせください。

小林 拓也
Amazon Web Services
"""
console_mail('035-ja-console-honjitsu-kanryou-kakunin-onegai.eml', ('merge_completed', F_CASE, [F_OLD, F_KEEP], True, 'ja'), 'gmail', F_USER[1], t,
             f'RE:[CASE {F_CASE}] {F_SUBJ}', txt, F_CASE, cte='base64', lang='ja')

t = F_T0 + timedelta(days=9, hours=0, minutes=30)
plain = """Hi Misaki,

Just a reminder: Amazon Web Services Training and Certification issued you a badge that you haven't accepted yet.

AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/0b7f3e91-42c6-4a8d-9e15-c3d27a6b8f40/accept

Once accepted, you can share it and let others verify it.

Credly, Inc.
"""
htm = credly_html("Your badge is waiting", ['Hi Misaki,',
                   "Just a reminder: Amazon Web Services Training and Certification issued you a badge that you haven't accepted yet.",
                   '<b>AWS Certified Solutions Architect &ndash; Associate</b>',
                   'Once accepted, you can share it and let others verify it.'], 'Accept your badge',
                  'https://www.credly.com/badges/0b7f3e91-42c6-4a8d-9e15-c3d27a6b8f40/accept')
credly_mail('036-credly-reminder-badge-waiting-accept.eml', ('credly_badge_issued', None, [], True, 'en'), 'gmail', F_USER[1], t,
            'Reminder: accept your AWS Certified Solutions Architect - Associate badge', plain, htm)

t = F_T0 + timedelta(days=5, hours=2, minutes=0)
txt = f"""山田 美咲 様

先日は AWS サポートをご利用いただき、誠にありがとうございました。

ケース {F_CASE}「{F_SUBJ}」について、担当者の対応はいかがでしたでしょうか。
今後のサービス向上のため、以下のリンクから 5 段階で評価をお願いいたします（所要時間は 1 分程度です）。

https://console.aws.amazon.com/support/feedback?displayId={F_CASE}&language=ja

ご協力のほど、よろしくお願いいたします。

Amazon Web Services
"""
aws_mail('037-ja-console-hyouka-no-onegai.eml', ('survey', F_CASE, [], True, 'ja'), 'gmail', F_USER[1], t,
         f'【AWS サポート】ケース {F_CASE} 対応評価のお願い', part(txt, charset='iso-2022-jp', cte='7bit'),
         frm=addr('Amazon Web Services', NOREPLY), charset='iso-2022-jp')

# ---- Scenario I: 高橋 直樹, company mail server that adds no AR header -------
I_USER = ('高橋 直樹', 'n-takahashi@tkb-system.co.jp')
I_T0 = datetime(2025, 4, 14, 2, 10, 44, tzinfo=UTC)
I_CASE = case15(I_T0, 9815)
I_ID = 'AWS04471296'
t = I_T0 + timedelta(hours=22, minutes=5)
txt = f"""高橋 直樹 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
サポート担当の中村でございます。

アカウント統合のご依頼、承りました。
統合作業に先立ちまして、ご本人様確認のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

・統合元となるアカウントのサインイン用メールアドレス
・統合先（残す方）となるアカウントのサインイン用メールアドレス
・統合をご希望される理由（例：転職によりメールアドレスが変わった 等）

お知らせいただいた候補者 ID {I_ID} のほかに、同じお名前で登録されたアカウントが 2 件見つかっております。
どのアカウントを統合の対象とされるかも、併せてご教示ください。

なお、統合完了後は統合元アカウントへサインインできなくなりますので、あらかじめご了承ください。

中村 恵
AWS トレーニングと認定 サポート
"""
aws_mail('038-ja-form-honnin-kakunin-mail-address.eml', ('support_reply', I_CASE, [I_ID], None, 'ja'), 'noar:mail.tkb-system.co.jp', I_USER[1], t,
         f'RE:[CASE {I_CASE}] [AWS Training and Certification Form Submission] - account-assistance', part(txt, cte='8bit'))

# ---- Scenario D: Tom Becker, Outlook.com, console, 10-digit case (2020) -----
D_USER = ('Tom Becker', 'tom.becker1987@outlook.com')
D_T0 = datetime(2020, 6, 23, 12, 5, 40, tzinfo=UTC)
D_CASE = '7093355821'
D_OLD, D_KEEP = 'AWS00218834', 'AWS01566402'
D_SUBJ = 'Two certification accounts - please consolidate'

t = D_T0 + timedelta(seconds=4)
txt = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {D_CASE} to address your issue.

The details of your case are as follows:

Case ID: {D_CASE}
Subject: {D_SUBJ}
Severity: Low
Correspondence: My certification account from my old job and my new one need to be consolidated. The new one is {D_KEEP}.

We will respond as soon as possible. You can view the case and add correspondence in the Support Center.

{console_foot(D_CASE)}
"""
aws_mail('039-console-2020-opened-case-consolidate.eml', ('case_created', D_CASE, [D_KEEP], True, 'en'), 'o365', D_USER[1], t,
         f'Amazon Web Services: You have opened a new Support case: {D_CASE}', part(txt, charset='us-ascii', cte='7bit'),
         frm=addr('Amazon Web Services', NOREPLY))

t = D_T0 + timedelta(days=5, hours=3, minutes=26)
txt = f"""Hello Tom,

I'm happy to let you know that your request has been actioned. Your former account {D_OLD} has been consolidated into {D_KEEP}; the AWS Certified Solutions Architect - Associate you earned in 2018 is now listed on {D_KEEP}, and {D_OLD} has been closed.

Could you sign in and check that the certification and your exam history look right to you? If anything is missing, just add a note to this case.

Best regards,

Andrea P.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
console_mail('040-console-2020-request-actioned-consolidated.eml', ('merge_completed', D_CASE, [D_OLD, D_KEEP], True, 'en'), 'o365', D_USER[1], t,
             f'RE:[CASE {D_CASE}] {D_SUBJ}', txt, D_CASE, html=False, crlf=True)

t = D_T0 + timedelta(days=6, hours=9, minutes=12)
plain = """Tom, congratulations!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.youracclaim.com/badges/9a2c51d4-7e0b-4f63-b8a1-2d6e0c94f7b5/accept

Acclaim, powered by Credly
"""
htm = credly_html('Congratulations, Tom!', ['Amazon Web Services Training and Certification has issued you a badge:',
                   '<b>AWS Certified Solutions Architect &ndash; Associate</b>',
                   'Accept your badge to claim it and share it with your network.'], 'Accept Badge',
                  'https://www.youracclaim.com/badges/9a2c51d4-7e0b-4f63-b8a1-2d6e0c94f7b5/accept').replace('credly.com/notification', 'youracclaim.com/notification')
credly_mail('041-acclaim-2020-badge-issued.eml', ('credly_badge_issued', None, [], True, 'en'), 'o365', D_USER[1], t,
            'Amazon Web Services Training and Certification sent you a badge', plain, htm, domain='youracclaim.com', via='Acclaim')

# ---- Scenario J: Kwame Mensah, Yahoo, duplicate cases ---------------------
J_USER = ('Kwame Mensah', 'kwame.mensah@yahoo.com')
J_T0 = datetime(2025, 10, 6, 16, 30, 12, tzinfo=UTC)
J_CASE = case15(J_T0, 51138)
J_T2 = datetime(2025, 10, 7, 21, 2, 40, tzinfo=UTC)
J_CASE2 = case15(J_T2, 60417)
J_OLD, J_KEEP = 'AWS08077152', 'AWS03690248'

t = J_T2 + timedelta(seconds=11)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your inquiry and created case {J_CASE2}.

Inquiry type: Certification
Inquiry detail: Account Merge

A member of our team will respond, in most cases within 24 hours. To add information, reply to this e-mail and keep the case ID in the subject line. Please do not submit another form for the same request, as duplicate cases can delay our response.

Sincerely,
AWS Training and Certification Support
"""
aws_mail('042-form-ack-second-case-opened.eml', ('case_created', J_CASE2, [], True, 'en'), 'yahoo', J_USER[1], t,
         f'[CASE {J_CASE2}] [AWS Training and Certification Form Submission] - account-assistance', alt(part(txt), part(to_html(txt), 'html')))

t = J_T2 + timedelta(hours=14, minutes=20)
txt = f"""Hello Kwame,

Thank you for your patience.

I noticed that you submitted a second request (case {J_CASE2}) for the same account merge. To keep everything in one place, I have merged that case into this one and closed it, so please continue the conversation here on case {J_CASE}.

I'm now reviewing the two Certification accounts you mentioned and will send you the merge details for your confirmation shortly. Nothing has been changed on your accounts yet.

Best regards,
Samira B.
AWS Training and Certification
"""
aws_mail('043-form-duplicate-case-merged-into-this.eml', ('support_reply', J_CASE, [], True, 'en'), 'yahoo', J_USER[1], t,
         f'RE:[CASE {J_CASE}] [AWS Training and Certification Form Submission] - account-assistance', alt(part(txt), part(to_html(txt), 'html')))

t = J_T2 + timedelta(days=2, hours=1, minutes=45)
txt = f"""Hello Kwame,

Thanks for confirming that {J_OLD} should be merged into {J_KEEP}.

Before I submit it, one more thing: could you confirm which e-mail address you'd like to use for notifications and sign-in on {J_KEEP} going forward? At the moment it is set to kmensah@accra-techhub.com, which you mentioned you will lose access to at the end of the month. If you'd like it changed to {J_USER[1]}, I can do that as part of the same request.

Best regards,
Samira B.
AWS Training and Certification
"""
t_uj = J_T2 + timedelta(days=1, hours=20)
user_J = f"""Hi Samira, yes that's right, {J_OLD} into {J_KEEP}. Thank you.
Kwame"""
quoted = ol_block(f'Kwame Mensah <{J_USER[1]}>', t_uj, UTC, f'Amazon Web Services <{FORM}>', f'Re: RE:[CASE {J_CASE}] [AWS Training and Certification Form Submission] - account-assistance') + '\n\n' + user_J
aws_mail('044-form-confirm-notification-address-other-question.eml', ('support_reply', J_CASE, [J_OLD, J_KEEP], True, 'en'), 'yahoo', J_USER[1], t,
         f'RE:[CASE {J_CASE}] [AWS Training and Certification Form Submission] - account-assistance', alt(part(txt + '\n' + quoted + '\n'), part(to_html(txt, quoted), 'html')))

# =================================================== look-alikes: unrelated
def generic_mail(fname, label, box, rcpt, dt, frm, subject, body, dom, sel, mailfrom, host, ip, extra=(), msgid=None,
                 dmarc='pass', dkim='pass', spf='pass', charset='utf-8', policy='REJECT', forged=None, dkim_hdrs=True):
    if box == 'gmail':
        ar = ar_gmail([(dom, sel, dkim)] if dkim != 'none' else [], spf, dmarc, dom if '@' not in frm else frm.split('@')[1].rstrip('>'),
                      policy=policy, mailfrom=mailfrom, ip=ip)
        trace = tr_gmail(rcpt, dt, host, ip, mailfrom, ar)
    elif box == 'o365':
        fdom = frm.split('@')[1].rstrip('>')
        trace = tr_o365(rcpt, dt, host, ip, mailfrom.split('@')[1], ar_o365(ip, mailfrom.split('@')[1], spf, dkim, dom, dmarc, fdom,
                        action='none' if dmarc == 'pass' else 'quarantine', compauth='pass reason=100' if dmarc == 'pass' else 'fail reason=000'))
    elif box.startswith('jp:'):
        _, authserv, mta = box.split(':')
        fdom = frm.split('@')[1].rstrip('>')
        trace = tr_jp(rcpt, dt, host, ip, mailfrom, ar_jp(authserv, mailfrom, [(dom, sel, dkim)] if dkim != 'none' else [], dmarc, fdom, spf=spf), mta)
    elif box.startswith('noar:'):
        trace = tr_jp(rcpt, dt, host, ip, mailfrom, None, box.split(':')[1])
    else:
        raise ValueError(box)
    hdrs = []
    if forged:
        hdrs.append(('Authentication-Results', forged))
    if dkim_hdrs and dkim != 'none':
        hdrs += dkim_generic(dt, dom, sel)
    hdrs += [('From', frm), ('To', rcpt), ('Subject', enc(subject, charset)), ('Date', d(dt)),
             ('Message-ID', msgid or f'<{rhex(16)}.{R.randint(1000, 9999)}@{dom}>')] + list(extra)
    emit(fname, label, trace, hdrs, body)


# 045 Seller Central case about merging listings (amazon.com, genuine, unrelated)
t = datetime(2025, 6, 3, 17, 44, 2, tzinfo=UTC)
SC_CASE = '9137206614'
txt = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the detail pages for ASIN B0CK7Q2M4T and ASIN B0CK7RZ9W1 as you requested. The listing offers that were on B0CK7RZ9W1 are now shown under B0CK7Q2M4T. It can take up to 48 hours for the change to be visible on the website.

If you have any further questions, please reply to this case from Seller Central.

Was this information helpful? Let us know by selecting Yes or No in Seller Central > Case Log.

Thank you,
Rebecca
Amazon Selling Partner Support
"""
msgid, mailfrom = ses(t)
trace = aws_trace('gmail', A_USER[1], t, mailfrom)
hdrs = dkim_amz(t) + aws_headers(t, addr('Amazon Seller Central', 'seller-notification@amazon.com'), A_USER[1],
                                 f'RE:[CASE {SC_CASE}] Merge duplicate ASIN detail pages', msgid)
emit('045-seller-central-case-merged-asin-pages.eml', ('unrelated', SC_CASE, [], True, 'en'), trace, hdrs,
     alt(part(txt), part(to_html(txt), 'html')))

# 046 AWS billing case opened, Japanese console template (unrelated)
t = datetime(2025, 8, 19, 5, 12, 33, tzinfo=UTC)
BILL_CASE = case15(t, 33871)
txt = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {BILL_CASE} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {BILL_CASE}
件名: 7 月分の請求額について
重要度: 一般的なガイダンス
やり取り: 7 月の請求に、利用した覚えのない NAT ゲートウェイの料金が含まれています。内訳を確認したいです。

できるだけ早く回答いたします。サポートセンターでケースの確認ややり取りの追加ができます。

{CONSOLE_FOOT_JA.format(case=BILL_CASE)}
"""
aws_mail('046-ja-console-billing-case-opened.eml', ('unrelated', BILL_CASE, [], True, 'ja'), 'gmail', F_USER[1], t + timedelta(seconds=4),
         f'Amazon Web Services: 新しいサポートケースをオープンしました: {BILL_CASE}', alt(part(txt, cte='base64'), part(to_html(txt), 'html', cte='base64')),
         frm=addr('Amazon Web Services', NOREPLY))

# 047 service quota increase completed (unrelated, looks like a completion)
t = datetime(2024, 12, 2, 9, 31, 7, tzinfo=UTC)
Q_CASE = case15(t - timedelta(hours=6, minutes=12), 41902)
txt = f"""Hello,

We're happy to let you know that your request has been completed: the service quota increase you requested has been approved and processed.

Region: EU (Ireland)
Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 256 vCPUs

It can sometimes take up to 30 minutes for the change to take effect. We'll now resolve this case.

Best regards,
Amazon Web Services

{console_foot(Q_CASE)}
"""
aws_mail('047-console-quota-increase-request-completed.eml', ('unrelated', Q_CASE, [], True, 'en'), 'gmail', G_USER[1], t,
         f'RE:[CASE {Q_CASE}] Limit Increase: EC2 Instances', alt(part(txt), part(to_html(txt), 'html')), frm=addr('Amazon Web Services', NOREPLY))

# 048 CertMetrics "wants to hear from you" (authentic, not AWS/Credly)
t = datetime(2025, 6, 2, 15, 0, 12, tzinfo=UTC)
txt = f"""Dear Daniel Kowalski,

AWS Certification wants to hear from you!

You recently had a change made to your AWS Certification Account (Candidate ID: {A_NEW}). We are always looking for ways to improve the experience of our candidates, and we'd love to know how we did.

The survey takes about 5 minutes: https://www.certmetrics.com/amazon/candidate/survey.aspx?s={rhex(12)}

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this e-mail.
"""
generic_mail('048-certmetrics-wants-to-hear-from-you.eml', ('unrelated', None, [A_NEW], False, 'en'), 'gmail', A_USER[1], t,
             'AWS Certification <do-not-reply@certmetrics.com>', 'AWS Certification wants to hear from you',
             alt(part(txt, charset='us-ascii', cte='7bit'), part(to_html(txt), 'html')), 'certmetrics.com', 'k1',
             f'bounce-{rhex(10)}@mail.certmetrics.com', 'mail-out3.certmetrics.com', '52.4.118.27', policy='NONE')

# 049 Pearson VUE appointment, Japanese (authentic, not AWS/Credly)
t = datetime(2025, 6, 20, 4, 33, 51, tzinfo=UTC)
txt = f"""佐藤 健太 様

Pearson VUE にて以下の試験のご予約が完了しました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
受験日時: 2025年7月12日(土) 10:00 JST
受験方法: テストセンター（東京都千代田区 ○○テストセンター）
登録 ID: 471293865
候補者 ID: {B_KEEP}

当日は、有効な身分証明書を 2 点お持ちのうえ、試験開始の 30 分前までにお越しください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
"""
generic_mail('049-ja-pearson-vue-yoyaku-kakunin.eml', ('unrelated', None, [B_KEEP], False, 'ja'), B_BOX, B_USER[1], t,
             addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com', 'iso-2022-jp'), 'Pearson VUE 試験予約の確認',
             part(txt, charset='iso-2022-jp', cte='7bit'), 'pearson.com', 'selector1', f'bounce@mail.pearson.com',
             'mx0b-00204d01.pphosted.com', '148.163.150.12', charset='iso-2022-jp')

# 050 GitHub pull request merged (unrelated)
t = datetime(2025, 5, 29, 8, 14, 3, tzinfo=UTC)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightwell-it/account-service/pull/412#event-17823459012
You are receiving this because you authored the thread.

Message ID: <brightwell-it/account-service/pull/412/issue_event/17823459012@github.com>
"""
htm = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/brightwell-it/account-service/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightwell-it/account-service/pull/412#event-17823459012">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
generic_mail('050-github-pr-merged-into-main.eml', ('unrelated', None, [], False, 'en'), 'gmail', A_USER[1], t,
             '"Tomasz Nowak" <notifications@github.com>', 'Re: [brightwell-it/account-service] Merge duplicate user accounts on sign-up (PR #412)',
             alt(part(txt, cte='7bit', charset='UTF-8'), part(htm, 'html', cte='7bit', charset='UTF-8')), 'github.com', 'pf2023',
             'noreply@github.com', 'out-21.smtp.github.com', '192.30.252.204', msgid='<brightwell-it/account-service/pull/412/issue_event/17823459012@github.com>',
             extra=[('Reply-To', 'brightwell-it/account-service <reply+AAQ3X7@reply.github.com>'), ('List-ID', 'brightwell-it/account-service <account-service.brightwell-it.github.com>'),
                    ('X-GitHub-Reason', 'author')])

# 051 Credly badge expiry reminder (unrelated, genuine Credly)
t = datetime(2024, 1, 15, 14, 0, 0, tzinfo=UTC)
plain = """Hi Priya,

Your AWS Certified Developer - Associate badge, issued by Amazon Web Services Training and Certification, expires on April 14, 2024.

To keep your badge active, complete the recertification requirements set by the issuer before the expiration date.

View badge: https://www.credly.com/badges/3f0d8a21-6c7e-4b59-a1d3-92e4f0b8c615

The Credly Team
"""
htm = credly_html('Your badge expires soon', ['Hi Priya,',
                   'Your <b>AWS Certified Developer &ndash; Associate</b> badge, issued by Amazon Web Services Training and Certification, expires on <b>April 14, 2024</b>.',
                   'To keep your badge active, complete the recertification requirements set by the issuer before the expiration date.'], 'View badge',
                  'https://www.credly.com/badges/3f0d8a21-6c7e-4b59-a1d3-92e4f0b8c615')
credly_mail('051-credly-badge-expires-soon.eml', ('unrelated', None, [], True, 'en'), 'o365', C_USER[1], t,
            'Your AWS Certified Developer - Associate badge expires in 90 days', plain, htm, issuer='Credly', via=None, sender='noreply')

# 052 Credly self-service account merge code (unrelated, genuine Credly)
t = datetime(2025, 9, 25, 19, 41, 29, tzinfo=UTC)
plain = """Hi Marco,

We received a request to merge another Credly account into this one.

Your verification code is: 483 921

Enter this code on the merge screen, or select "Complete Account Merge" below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=""" + rhex(32) + """

If you didn't request this, you can ignore this e-mail; no accounts will be merged.

The Credly Team
"""
htm = credly_html('Confirm your account merge', ['Hi Marco,', 'We received a request to merge another Credly account into this one.',
                   'Your verification code is: <b style="font-size:20px;letter-spacing:3px">483 921</b>',
                   'Enter this code on the merge screen, or select &ldquo;Complete Account Merge&rdquo; below. The code expires in 30 minutes.',
                   "If you didn't request this, you can ignore this e-mail; no accounts will be merged."], 'Complete Account Merge',
                  'https://www.credly.com/users/account_merges/confirm')
credly_mail('052-credly-self-service-merge-code.eml', ('unrelated', None, [], True, 'en'), 'gmail', E_USER[1], t,
            'Your Credly account merge code', plain, htm, issuer='Credly', via=None, sender='noreply')

# 053 phishing about billing, not about the merge (unrelated, look-alike domain)
t = datetime(2025, 7, 3, 2, 17, 45, tzinfo=UTC)
htm = """<html><body style="font-family:Arial;font-size:14px">
<img src="https://aws-accounts-verify.com/img/aws_logo.png" width="90"><br><br>
<p>Dear AWS Customer,</p>
<p>We were unable to process the payment for your AWS account. As a result, your account and all running resources <b>have been suspended</b>.</p>
<p>To restore access, update your billing information within 24 hours:</p>
<p><a href="https://aws-accounts-verify.com/billing/restore?id=882190" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;font-weight:bold">Update payment method</a></p>
<p>If no action is taken, your account data will be permanently deleted.</p>
<p>Regards,<br>AWS Billing Team</p>
</body></html>
"""
generic_mail('053-phish-billing-suspended-not-merge.eml', ('unrelated', None, [], False, 'en'), 'gmail', H_USER[1], t,
             '"AWS Billing" <billing@aws-accounts-verify.com>', 'Action Required: Your AWS account has been suspended',
             part(htm, 'html', cte='base64'), 'aws-accounts-verify.com', 'default', 'bounce@aws-accounts-verify.com',
             'mail.aws-accounts-verify.com', '185.212.47.90', policy='NONE')

# 054 AWS T&C newsletter mentioning merges (genuine amazon.com, but no AR in this mailbox)
t = datetime(2025, 5, 6, 16, 0, 3, tzinfo=UTC)
txt = """AWS Training and Certification - May 2025 update

New in May

* AWS Certified AI Practitioner: now available in Japanese, Korean and Simplified Chinese.
* Certification account tips: do you have more than one AWS Certification account? Once your accounts are merged, all your certifications, benefits and badges live in one place. Learn how to request a merge: https://aws.amazon.com/certification/faqs/
* Exam prep: new Official Practice Question Sets on AWS Skill Builder.

Upcoming virtual events
- Exam Readiness: AWS Certified Solutions Architect - Associate (May 20)
- Cloud Quest: Generative AI (May 27)

You are receiving this e-mail because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
msgid, mailfrom = ses(t)
host, ip = ses_host()
trace = tr_jp(I_USER[1], t, host, ip, mailfrom, None, 'mail.tkb-system.co.jp')
hdrs = dkim_amz(t) + aws_headers(t, addr('AWS Training and Certification', 'aws-training-and-certification@amazon.com'), I_USER[1],
                                 'Your May update from AWS Training and Certification', msgid,
                                 extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')])
emit('054-aws-tc-newsletter-merge-tip-no-ar.eml', ('unrelated', None, [], None, 'en'), trace, hdrs,
     alt(part(txt, charset='us-ascii', cte='7bit'), part(to_html(txt), 'html')))

# 055 colleague asks whether the merge is done (internal, authentic non-AWS sender)
t = datetime(2022, 3, 11, 14, 22, 50, tzinfo=UTC)
txt = f"""Hi Priya,

Quick one - did AWS ever finish merging your certification accounts? Once it's done, could you send me the validation number for your Developer - Associate under the new ID ({C_KEEP})? The partner portal still shows the old one and we need the updated record before the tier review on the 25th.

No rush, whenever you get the confirmation from them.

Thanks,
Sarah

Sarah Whitfield | Partner Programs Manager
Northwind Analytics Ltd.
"""
fr = 'Sarah Whitfield <sarah.whitfield@northwind-analytics.com>'
trace = [('Received', f'from MW4PR15MB{R.randint(1000, 9999)}.namprd15.prod.outlook.com ({"2603:10b6:303:" + rhex(3) + "::" + rhex(2)}) by\n BN8PR15MB{R.randint(1000, 9999)}.namprd15.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.5038.25; {d(t + timedelta(seconds=1), EST)}'),
         ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=northwind-analytics.com;'),
         ('Received', f'from MW4PR15MB{R.randint(1000, 9999)}.namprd15.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by MW4PR15MB{R.randint(1000, 9999)}.namprd15.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%5]) with mapi id 15.20.5038.025; {d(t, EST)}')]
hdrs = [('From', fr), ('To', addr(*C_USER)), ('Subject', 'AWS cert accounts / partner portal'), ('Date', d(t, EST)),
        ('Message-ID', f'<MW4PR15MB{R.randint(1000, 9999)}{rhex(10).upper()}@MW4PR15MB{R.randint(1000, 9999)}.namprd15.prod.outlook.com>'),
        ('Thread-Topic', 'AWS cert accounts / partner portal'), ('Thread-Index', rb64(21)), ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', 'MW4PR15MB1234.namprd15.prod.outlook.com')]
emit('055-colleague-asks-if-merge-finished.eml', ('unrelated', None, [C_KEEP], False, 'en'), trace, hdrs,
     alt(part(txt, charset='us-ascii', cte='quoted-printable'), part(to_html(txt, style='font-family:Calibri,sans-serif;font-size:11pt'), 'html')), crlf=True)

# 056 GitLab merge request merged, Japanese UI (unrelated)
t = datetime(2025, 6, 12, 6, 8, 19, tzinfo=UTC)
txt = """マージリクエスト !17 がマージされました

プロジェクト: tkb-system / cert-tracker
マージリクエスト: 認定アカウント統合後の候補者 ID 表示を修正 (!17)
マージしたユーザー: 高橋 直樹 (@n-takahashi)
ブランチ: fix/candidate-id → main

—
このメールは GitLab から送信されています。通知設定の変更: https://gitlab.com/-/profile/notifications
"""
generic_mail('056-ja-gitlab-merge-request-merged.eml', ('unrelated', None, [], None, 'ja'), 'noar:mail.tkb-system.co.jp', I_USER[1], t,
             addr('高橋 直樹', 'gitlab@mg.gitlab.com'), 'Re: cert-tracker | 認定アカウント統合後の候補者 ID 表示を修正 (!17)',
             alt(part(txt, cte='base64'), part(to_html(txt), 'html', cte='base64')), 'mg.gitlab.com', 'mailo',
             f'bounce+{rhex(6)}.{rhex(8)}-n-takahashi=tkb-system.co.jp@mg.gitlab.com', 'mail-{}.mg.gitlab.com'.format(R.randint(10, 99)), '192.237.158.143',
             extra=[('X-GitLab-Project', 'cert-tracker'), ('X-GitLab-MergeRequest-IID', '17'), ('X-GitLab-NotificationReason', 'mentioned')])

# 057 phishing: merge confirmation request from a look-alike domain
t = datetime(2025, 5, 28, 6, 51, 2, tzinfo=UTC)
PH_CASE = '174839942208815'
txt = f"""Dear Daniel Kowalski,

Your request to merge AWS Certification accounts has been received (Case {PH_CASE}).

We will merge {A_OLD} into {A_NEW} as soon as you confirm the request. For your security, confirmation must be completed by signing in through our secure verification portal within 24 hours:

https://aws-certification-merge.com/verify?case={PH_CASE}

If the request is not confirmed in time, both accounts will be locked and your certifications may be revoked.

Regards,
AWS Training and Certification
Account Security Team
"""
generic_mail('057-phish-lookalike-confirm-merge-portal.eml', ('merge_confirmation_requested', PH_CASE, [A_OLD, A_NEW], False, 'en'), 'gmail', A_USER[1], t,
             '"AWS Training and Certification" <support@aws-certification-merge.com>', f'Action needed: confirm your certification account merge [Case {PH_CASE}]',
             alt(part(txt), part(to_html(txt), 'html')), 'aws-certification-merge.com', 'mail', 'support@aws-certification-merge.com',
             'vps-4410.hostinger-mail.example.net', '91.108.112.54', policy='NONE')

# 058 phishing in Japanese: spoofed amazon.com From, provider says dmarc=fail; forged pass lower down
t = datetime(2025, 6, 13, 23, 40, 9, tzinfo=UTC)
txt = f"""佐藤 健太 様

AWS トレーニングと認定サポートです。
お客様の認定アカウントの統合が完了しました。

統合後のアカウント: {B_KEEP}

統合後のアカウント情報を有効化するため、24 時間以内に以下のリンクからサインインし、お支払い情報を再登録してください。
https://aws-certification-jp.com/signin?ref={B_KEEP}

期限内にお手続きいただけない場合、認定資格が失効する場合があります。

AWS トレーニングと認定 サポート
"""
forged = ('amazon.com;\n\tdkim=pass header.d=amazon.com header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')
generic_mail('058-ja-phish-spoofed-amazon-merge-done-dmarc-fail.eml', ('merge_completed', None, [B_KEEP], False, 'ja'), B_BOX, B_USER[1], t,
             addr('Amazon Web Services', NOREPLY), '【重要】認定アカウント統合完了のお知らせ',
             part(txt, charset='iso-2022-jp', cte='7bit'), 'amazon.com', 'x', 'info@mx-relay-88.ru', 'mx-relay-88.ru', '45.146.164.77',
             dmarc='fail', dkim='none', spf='fail', charset='iso-2022-jp', forged=forged,
             msgid=f'<{rhex(20)}@email.amazonses.com>')

# 059 rating request (survey) for case H, separate from the completion
t = H_T0 + timedelta(days=3, hours=2, minutes=0)
txt = f"""Hi Sofia,

Thank you for contacting AWS Training and Certification Customer Support about case {H_CASE}.

How satisfied were you with the support you received?

  1 - Very dissatisfied: https://survey.aws-support.amazon.com/s/csat?c={H_CASE}&score=1
  2 - Dissatisfied:      https://survey.aws-support.amazon.com/s/csat?c={H_CASE}&score=2
  3 - Neutral:           https://survey.aws-support.amazon.com/s/csat?c={H_CASE}&score=3
  4 - Satisfied:         https://survey.aws-support.amazon.com/s/csat?c={H_CASE}&score=4
  5 - Very satisfied:    https://survey.aws-support.amazon.com/s/csat?c={H_CASE}&score=5

Your feedback goes directly to the team and helps us improve. This survey will close in 7 days.

AWS Training and Certification Customer Support
"""
aws_mail('059-form-how-satisfied-rate-1-to-5.eml', ('survey', H_CASE, [], True, 'en'), 'gmail', H_USER[1], t,
         f'How did we do? Your feedback on case {H_CASE}', alt(part(txt, charset='us-ascii', cte='7bit'), part(to_html(txt), 'html')))

# 060 phishing Credly look-alike about badges moved after the merge
t = datetime(2025, 10, 2, 10, 5, 44, tzinfo=UTC)
plain = """Hi Marco,

Following the merge of your AWS Certification accounts, your badges have been moved to this Credly account and are ready to accept:

 * AWS Certified Cloud Practitioner
 * AWS Certified Developer - Associate

To accept them, sign in with your AWS Certification password within 48 hours:
https://credly-badge-center.com/accept?u=marco.bianchi.dev

Credly
"""
htm = credly_html('Your badges were moved', ['Hi Marco,',
                   'Following the merge of your AWS Certification accounts, your badges have been moved to this Credly account and are ready to accept:',
                   '&bull; AWS Certified Cloud Practitioner<br>&bull; AWS Certified Developer &ndash; Associate',
                   'To accept them, sign in with your AWS Certification password within 48 hours.'], 'Accept badges',
                  'https://credly-badge-center.com/accept?u=marco.bianchi.dev')
generic_mail('060-phish-credly-lookalike-badges-moved.eml', ('credly_badge_issued', None, [], False, 'en'), 'gmail', E_USER[1], t,
             '"Credly" <badges@credly-badge-center.com>', 'Your badges are ready after your account merge',
             alt(part(plain), part(htm, 'html')), 'credly-badge-center.com', 'k1', 'badges@credly-badge-center.com',
             'smtp.credly-badge-center.com', '194.87.31.18', policy='NONE')

# @@END_OF_MAILS@@


def check():
    import email
    import re
    from email import policy as _p
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        m = email.message_from_bytes(raw, policy=_p.default)
        texts = [str(m.get('Subject', ''))]
        for p in m.walk():
            if p.get_content_maintype() == 'text':
                b = p.get_payload(decode=True)
                cs = p.get_content_charset() or 'us-ascii'
                try:
                    texts.append(b.decode(cs))
                except (UnicodeDecodeError, LookupError):
                    texts.append(b.decode('cp932' if 'jis' in cs else 'utf-8', 'replace'))
        alltext = '\n'.join(texts)
        norm = re.sub(r'(?i)aws[\s\-_]?(\d{8})', lambda x: 'AWS' + x.group(1), alltext)
        lab = LABELS.get(f)
        if lab is None:
            print('NO LABEL', f); bad += 1; continue
        for a in lab['account_ids']:
            if a not in norm:
                print('MISSING ID', f, a); bad += 1
        if lab['case_id'] and lab['case_id'] not in alltext:
            print('MISSING CASE', f, lab['case_id']); bad += 1
        if m.defects:
            print('DEFECTS', f, m.defects)
    for f in LABELS:
        if f not in files:
            print('LABEL WITHOUT FILE', f); bad += 1
    from collections import Counter
    print(len(files), 'files;', dict(Counter(v['kind'] for v in LABELS.values())), 'problems:', bad)


with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
check()
