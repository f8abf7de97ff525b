#!/usr/bin/env python3
"""Generator for blind set 256: eight whole merge cases plus look-alikes."""
import base64, hashlib, json, os, quopri, random, re, html
from datetime import datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime
from email.generator import BytesGenerator
import io

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(256)
random.seed(256)  # MIME boundaries
LABELS = {}
UTC = timezone.utc
def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))
PST, PDT, EST, EDT = tz(-8), tz(-7), tz(-5), tz(-4)
CET, CEST, JST, IST, BST = tz(1), tz(2), tz(9), tz(5, 30), tz(1)
SGT = tz(8)

def us_dst(dt):
    y = dt.year
    mar = datetime(y, 3, 8, 10, tzinfo=UTC); mar += timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime(y, 11, 1, 9, tzinfo=UTC); nov += timedelta(days=(6 - nov.weekday()) % 7)
    return mar <= dt.astimezone(UTC) < nov
def eu_dst(dt):
    y = dt.year
    mar = datetime(y, 3, 31, 1, tzinfo=UTC); mar -= timedelta(days=(mar.weekday() + 1) % 7)
    oct_ = datetime(y, 10, 31, 1, tzinfo=UTC); oct_ -= timedelta(days=(oct_.weekday() + 1) % 7)
    return mar <= dt.astimezone(UTC) < oct_
def pacific(dt):
    return dt.astimezone(tz(-7) if us_dst(dt) else tz(-8))
def eastern(dt):
    return dt.astimezone(tz(-4) if us_dst(dt) else tz(-5))
def central_eu(dt):
    return dt.astimezone(tz(2) if eu_dst(dt) else tz(1))

def hx(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))
def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()
def alnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))

def case15(dt, tail=None):
    ts = int(dt.timestamp())
    return f"{ts}{tail if tail else rnd.randint(10000, 99999)}"

def ses_id(dt, region='0100'):
    ms = int(dt.timestamp() * 1000)
    return f"<{region}{ms:012x}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@email.amazonses.com>"

def fmt(dt, zone=False):
    s = format_datetime(dt)
    s = re.sub(r', 0(\d) ', r', \1 ', s)
    if zone:
        off = dt.utcoffset()
        names = {-8: 'PST', -7: 'PDT', -5: 'EST', -4: 'EDT', 0: 'UTC'}
        n = names.get(int(off.total_seconds() // 3600))
        if n:
            s += f' ({n})'
    return s

def fold_dkim(d, s, hdrs, dt, algo='rsa-sha256', extra=''):
    t = int(dt.timestamp())
    b = b64r(128)
    bparts = [b[i:i+70] for i in range(0, len(b), 70)]
    bh = base64.b64encode(hashlib.sha256(bytes(rnd.getrandbits(8) for _ in range(16))).digest()).decode()
    v = (f"v=1; a={algo}; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={t};{extra}\n"
         f"\th={hdrs};\n\tbh={bh};\n\tb=" + "\n\t".join(bparts))
    return v

def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', declared=None, codec=None, extra_params=None):
    part = MIMENonMultipart('text', subtype)
    part.set_param('charset', declared or charset)
    if extra_params:
        for k, v in extra_params:
            part.set_param(k, v)
    raw = text.replace('\n', '\r\n').encode(codec or charset, errors='strict')
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:  # 7bit / 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    payload = payload.replace('\r\n', '\n')
    part['Content-Transfer-Encoding'] = cte
    part.set_payload(payload)
    del part['MIME-Version']
    return part

def alt(text, htm, charset='utf-8', cte_t='quoted-printable', cte_h='quoted-printable', boundary=None, **kw):
    m = MIMEMultipart('alternative', boundary=boundary)
    m.attach(text_part(text, 'plain', charset, cte_t, **kw))
    m.attach(text_part(htm, 'html', charset, cte_h, **kw))
    return m

def esc(s):
    return html.escape(s, quote=False)

def t2h(text, font="Arial, sans-serif"):
    """Plain text -> simple HTML; lines starting with '>' become nested blockquotes."""
    out = []
    level = 0
    for line in text.split('\n'):
        m = re.match(r'^((?:> ?)*)(.*)$', line)
        q = m.group(1).replace(' ', '').count('>')
        body = m.group(2)
        while level < q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            level += 1
        while level > q:
            out.append('</blockquote>')
            level -= 1
        out.append((esc(body) if body.strip() else '&nbsp;') + '<br>')
    while level > 0:
        out.append('</blockquote>'); level -= 1
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + '\n'.join(out) + '\n</div></body></html>')

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split('\n'))

def enc_subj(s, charset='utf-8'):
    return Header(s, charset, header_name='Subject').encode()

def enc_name(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>'
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"

def finalize(msg, headers):
    mime = [(k, v) for k, v in msg.items()]
    for k in {k for k, _ in mime}:
        del msg[k]
    for k, v in headers:
        msg[k] = v
    if not any(k.lower() == 'mime-version' for k, _ in headers + mime):
        msg['MIME-Version'] = '1.0'
    for k, v in mime:
        msg[k] = v
    return msg

def write(name, msg, label):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    data = buf.getvalue().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    LABELS[name] = label

def L(kind, case_id, ids, verified, lang='en'):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}

# ---------------------------------------------------------------- transport headers
SES_IPS = ['54.240.8.%d', '54.240.9.%d', '54.240.48.%d', '54.240.11.%d', '54.240.27.%d']
def ses_host():
    ip = rnd.choice(SES_IPS) % rnd.randint(10, 250)
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    return host, ip

def aws_dkim(dt, from_dom='amazon.com'):
    h1 = "Content-Type:MIME-Version:From:To:Subject:Message-ID:Date"
    s1 = alnum(32, 'abcdefghijklmnopqrstuvwxyz234567')
    s2 = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug' if rnd.random() < .5 else '224i4yxa5dv7c2xz3womw6peuasteono'
    h2 = "Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID"
    return [('DKIM-Signature', fold_dkim(from_dom, s1, h1, dt)),
            ('DKIM-Signature', fold_dkim('amazonses.com', s2, h2, dt))]

def gmail_in(rcpt, dt, mailfrom, from_dom, dkim_doms, sel, host, ip, dmarc='pass', policy='QUARANTINE', spf='pass', arc=True):
    """Headers a Gmail mailbox shows for an incoming message (top first)."""
    loc = pacific(dt)
    gid = alnum(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    dk = ';\n       '.join(f"dkim={r} header.i=@{d} header.s={s} header.b={alnum(8,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}" for d, s, r in dkim_doms)
    ar = (f"mx.google.com;\n       {dk};\n       spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
          f"       dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc=='pass' else policy}) header.from={from_dom}")
    hs = [('Delivered-To', rcpt),
          ('Received', f"by 2002:a05:6{hx(3)}:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6)}csp{rnd.randint(100000,999999)}{alnum(3)};\n        {fmt(loc + timedelta(seconds=2), True)}"),
          ('X-Google-Smtp-Source', f"AGHT+I{alnum(60,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}"),
          ('X-Received', f"by 2002:a05:620a:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20)}.{rnd.randint(10,99)}.{rnd.randint(1000,9999)}{alnum(5)};\n        {fmt(loc + timedelta(seconds=2), True)}")]
    if arc:
        hs += [('ARC-Seal', f"i=1; a=rsa-sha256; t={int(dt.timestamp())}; cv=none;\n        d=google.com; s={'arc-20240605' if dt.year >= 2024 else 'arc-20160816'};\n        b={b64r(60)}\n         {b64r(60)}"),
               ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={'arc-20240605' if dt.year >= 2024 else 'arc-20160816'};\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b={b64r(60)}"),
               ('ARC-Authentication-Results', f"i=1; {ar}")]
    hs += [('Return-Path', f"<{mailfrom}>"),
           ('Received', f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(14)}{rnd.randint(10,99)}{alnum(4)}.{rnd.randint(100,999)}.{dt.year}.{rnd.randint(10,99)}.{rnd.randint(10,99)}.{rnd.randint(1000,9999)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fmt(loc + timedelta(seconds=1), True)}"),
           ('Received-SPF', f"{spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"),
           ('Authentication-Results', ar)]
    return hs

def outlook_in(rcpt, dt, mailfrom, from_dom, dkim_doms, host, ip, dmarc='pass', spf='pass', tenant_host='AM0PR08MB5412.eurprd08.prod.outlook.com'):
    dk = ''.join(f"dkim={r} (signature was verified)\n header.d={d};" if r == 'pass' else f"dkim={r} (body hash did not verify)\n header.d={d};" for d, s, r in dkim_doms)
    action = 'none' if dmarc == 'pass' else 'quarantine'
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    ar = f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom.split('@')[1]}; {dk}dmarc={dmarc} action={action}\n header.from={from_dom};compauth={comp}"
    edge = f"AM4PEPF{rnd.randint(10000,99999)}.eurprd04.prod.outlook.com"
    u = dt.astimezone(UTC)
    return [('Received', f"from {tenant_host.split('.')[0]}.eurprd08.prod.outlook.com (2603:10a6:208:{hx(3)}::{hx(2)})\n by {tenant_host} with HTTPS; {fmt(u + timedelta(seconds=3))}"),
            ('Received', f"from {edge} (2603:10a6:20b:{hx(3)}::{hx(2)}) by\n {tenant_host} (2603:10a6:208:{hx(3)}::{hx(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(7000,8999)}.{rnd.randint(10,40)}; {fmt(u + timedelta(seconds=3))}"),
            ('Authentication-Results', ar),
            ('Received-SPF', f"Pass ({edge.split('.')[0]}.eurprd04.prod.outlook.com: domain of\n {mailfrom.split('@')[1]} designates {ip} as permitted sender)\n receiver={edge}; client-ip={ip}; helo={host}; pr=C"),
            ('Received', f"from {host} ({ip}) by\n {edge} (10.167.16.{rnd.randint(2,250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(7000,8999)}.{rnd.randint(10,40)} via Frontend Transport; {fmt(u + timedelta(seconds=2))}")]

def simple_in(rcpt, dt, authserv, mailfrom, from_dom, dkim_doms, host, ip, mx, dmarc='pass', spf='pass', loc_tz=JST):
    loc = dt.astimezone(loc_tz)
    dk = ' '.join(f"dkim={r} header.i=@{d} header.s={s};" for d, s, r in dkim_doms)
    ar = f"{authserv};\n\tspf={spf} smtp.mailfrom={mailfrom};\n\t{dk}\n\tdmarc={dmarc} header.from={from_dom}"
    return [('Return-Path', f"<{mailfrom}>"),
            ('Delivered-To', rcpt),
            ('Received', f"from {mx} ([127.0.0.1])\n\tby mbox{rnd.randint(1,40):02d}.{authserv} with LMTP id {alnum(12)}\n\tfor <{rcpt}>; {fmt(loc + timedelta(seconds=3))}"),
            ('Authentication-Results', ar),
            ('Received', f"from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {alnum(10,'0123456789ABCDEF')}\n\tfor <{rcpt}>; {fmt(loc + timedelta(seconds=2))}")]

AWS_FOOT = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

def inbound_headers(inbound, to, dt, mailfrom, from_dom, dkim_doms, host, ip, **kw):
    if inbound == 'gmail':
        return gmail_in(to, dt, mailfrom, from_dom, dkim_doms, dkim_doms[0][1] if dkim_doms else '', host, ip, **kw)
    if inbound == 'outlook':
        return outlook_in(to, dt, mailfrom, from_dom, dkim_doms, host, ip, **kw)
    if inbound == 'yahoo':
        dk = ''.join(f"\n dkim={r} header.i=@{d} header.s={s_};" for d, s_, r in dkim_doms)
        dm = kw.get('dmarc', 'pass')
        ar = f"atlas{rnd.randint(100,400)}.free.mail.bf1.yahoo.com;{dk}\n spf={kw.get('spf','pass')} smtp.mailfrom={mailfrom.split('@')[1]};\n dmarc={dm}(p=QUARANTINE) header.from={from_dom};"
        return [('X-Apparently-To', f"{to}; {dt.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}"),
                ('Return-Path', f"<{mailfrom}>"),
                ('Received-SPF', f"pass (domain of {mailfrom.split('@')[1]} designates {ip} as permitted sender)"),
                ('X-YMailISG', alnum(60, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._')),
                ('X-Originating-IP', f"[{ip}]"),
                ('Authentication-Results', ar),
                ('Received', f"from {ip} (EHLO {host}) ({ip})\n  by 10.{rnd.randint(190,220)}.{rnd.randint(1,250)}.{rnd.randint(1,250)} with SMTPs; {dt.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}")]
    if inbound == 'proton':
        loc = central_eu(dt)
        dkim_lines = [('Authentication-Results', f"mail.protonmail.ch; dkim={r} (2048-bit key)\n header.d={d} header.i=@{d} header.b=\"{alnum(8,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\"") for d, s_, r in dkim_doms]
        return ([('Return-Path', f"<{mailfrom}>"), ('X-Original-To', to), ('Delivered-To', to),
                 ('Authentication-Results', f"mail.protonmail.ch; dmarc={kw.get('dmarc','pass')} (p=quarantine dis={'none' if kw.get('dmarc','pass')=='pass' else 'quarantine'})\n header.from={from_dom}"),
                 ('Authentication-Results', f"mail.protonmail.ch; spf={kw.get('spf','pass')} smtp.mailfrom={mailfrom.split('@')[1]}"),
                 ('Authentication-Results', f"mail.protonmail.ch; arc=none smtp.remote-ip={ip}")] + dkim_lines +
                [('Received', f"from {host} ({host} [{ip}]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature\n RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested)\n by mailin{rnd.randint(10,60)}.protonmail.ch (Postfix) with ESMTPS id 4Y{alnum(10,'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\n for <{to}>; {fmt(dt.astimezone(UTC) + timedelta(seconds=2))}"),
                 ('X-Pm-Spam-Score', '0'), ('X-Pm-Origin', 'external')])
    if inbound == 'none':
        return [('Return-Path', f"<{mailfrom}>"),
                ('Received', f"from {host} ({host} [{ip}])\n\tby {kw.get('mx','mail.example.net')} (8.15.2/8.15.2) with ESMTPS id {alnum(14)}\n\tfor <{to}>; {fmt(dt.astimezone(kw.get('loc_tz', UTC)) + timedelta(seconds=2))}")]
    kw = dict(kw)
    authserv = kw.pop('authserv'); mx = kw.pop('mx')
    return simple_in(to, dt, authserv, mailfrom, from_dom, dkim_doms, host, ip, mx, **kw)

def aws_mail(body_msg, dt, to, subject, frm_addr=FORM, frm_name='Amazon Web Services', inbound='gmail', inbound_kw=None, extra=None, dkim_result='pass'):
    """Wrap a MIME body as an AWS (SES) mail with the given inbound provider headers."""
    mailfrom = f"{ses_id(dt)[1:].split('@')[0]}@email.amazonses.com"
    host, ip = ses_host()
    s1 = alnum(32, 'abcdefghijklmnopqrstuvwxyz234567')
    dkim_doms = [('amazon.com', s1, dkim_result), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'pass')]
    top = inbound_headers(inbound, to, dt, mailfrom, 'amazon.com', dkim_doms, host, ip, **(inbound_kw or {}))
    hdrs = top + aws_dkim(dt) + [
        ('Date', fmt(dt)),
        ('From', f'"{frm_name}" <{frm_addr}>' if frm_name else frm_addr),
        ('To', to),
        ('Message-ID', ses_id(dt)),
        ('Subject', subject),
    ] + (extra or []) + [
        ('Feedback-ID', f"::1.us-east-1.{alnum(43,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}=:AmazonSES"),
        ('X-SES-Outgoing', dt.astimezone(UTC).strftime('%Y.%m.%d') + f"-{ip}"),
    ]
    return finalize(body_msg, hdrs)

def vendor_mail(body_msg, dt, to, frm, subject, mailfrom, from_dom, sigs, host, ip, msgid, inbound='gmail', inbound_kw=None, extra=None, results=None):
    """Generic third-party sender. sigs: list of (d, s); results: list of dkim verdicts."""
    results = results or ['pass'] * len(sigs)
    dkim_doms = [(d, s, r) for (d, s), r in zip(sigs, results)]
    top = inbound_headers(inbound, to, dt, mailfrom, from_dom, dkim_doms, host, ip, **(inbound_kw or {}))
    dk = [('DKIM-Signature', fold_dkim(d, s, "from:subject:to:mime-version:content-type:date:message-id", dt)) for d, s in sigs]
    hdrs = top + dk + [('Date', fmt(dt)), ('From', frm), ('To', to), ('Subject', subject), ('Message-ID', msgid)] + (extra or [])
    return finalize(body_msg, hdrs)

def credly_mail(body_msg, dt, to, subject, inbound='gmail', inbound_kw=None, name='Amazon Web Services Training and Certification via Credly', addr='admin@credly.com'):
    dom = addr.split('@')[1]
    mailfrom = f"bounces+{rnd.randint(1000000,9999999)}-{hx(4)}-{to.replace('@','=')}@em{rnd.randint(1000,9999)}.{dom}"
    ip = f"149.72.{rnd.randint(1,250)}.{rnd.randint(1,250)}"
    host = f"o{rnd.randint(1,30)}.ptr{rnd.randint(1000,9999)}.{dom}"
    msgid = f"<{alnum(22,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@geopod-ismtpd-{rnd.randint(1,40)}>"
    return vendor_mail(body_msg, dt, to, f'"{name}" <{addr}>', subject, mailfrom, dom,
                       [(dom, 's1'), ('sendgrid.info', 'smtpapi')], host, ip, msgid, inbound, inbound_kw,
                       extra=[('X-SG-EID', b64r(48)), ('X-Entity-ID', b64r(16))])

def gmail_sent(body_msg, dt, frm, to, subject, in_reply_to=None, labels='Sent'):
    hdrs = [('X-Gmail-Labels', labels), ('MIME-Version', '1.0'), ('Date', fmt(dt)),
            ('References', in_reply_to), ('In-Reply-To', in_reply_to),
            ('Message-ID', f"<CA{alnum(6,'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{alnum(38,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+')}@mail.gmail.com>"),
            ('Subject', subject), ('From', frm), ('To', to)]
    hdrs = [(k, v) for k, v in hdrs if v]
    del body_msg['MIME-Version']
    return finalize(body_msg, hdrs)

CASES = []
def case(f):
    CASES.append(f)
    return f

def sig_form(name, team='AWS Training and Certification Customer Support'):
    return f"Best regards,\n\n{name}\n{team}\n"

# ---------------------------------------------------------------- Case A: Daniel Okafor, form desk, 15-digit, asked which to keep
@case
def case_a():
    to = 'daniel.okafor.dev@gmail.com'
    me = 'Daniel Okafor <daniel.okafor.dev@gmail.com>'
    opened = datetime(2025, 3, 4, 9, 12, 33, tzinfo=UTC)
    cid = case15(opened, '00712')
    old, keep = 'AWS04418263', 'AWS11930572'
    subj = f"[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"
    re_subj = f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"

    # 001 acknowledgement
    t = f"""Hello,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that we have received your request. Your case number is {cid}. A member of our support team will review the details you submitted and get back to you, usually within 24 hours.

To help us resolve your request quickly, please do not submit a new form for the same issue. If you need to add information, simply reply to this email and keep the case number in the subject line.

Summary of your submission
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: {keep}
Description: I have two certification accounts, one created with my former employer's email ({old}) and my personal one. I would like to have everything in one account.

Sincerely,
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = alt(t, t2h(t))
    d1 = opened + timedelta(seconds=9)
    write('001-daniel-form-ack.eml', aws_mail(m, d1, to, subj), L('case_created', cid, [old, keep], True))

    # 002 agent asks which account to keep
    d2 = datetime(2025, 3, 5, 12, 2, 17, tzinfo=UTC)
    t2 = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Support.

I understand that you would like to combine your two AWS Certification accounts. I have located the following profiles:

AWS 04418263 - registered with dokafor@contoso-corp.com
AWS 11930572 - registered with daniel.okafor.dev@gmail.com

Before I can submit the request, could you please let me know which of the two accounts you would like to keep as your primary account? All certification history, exam appointments and benefits will be moved to the account you keep, and the other one will be deactivated. Please also confirm that you still have access to the email address of the account you choose.

We look forward to your reply.

{sig_form('Priya S.')}
{AWS_FOOT}"""
    m = alt(t2, t2h(t2), cte_t='quoted-printable', cte_h='base64')
    msg2 = aws_mail(m, d2, to, re_subj)
    mid2 = msg2['Message-ID']
    write('002-daniel-agent-asks-which-to-keep.eml', msg2, L('support_reply', cid, [old, keep], True))

    # 003 Daniel's reply (Sent, Gmail)
    d3 = datetime(2025, 3, 5, 8, 40, 51, tzinfo=EST)
    body3 = f"""Hi Priya,

Thanks for the quick reply. Please keep aws11930572 (my personal Gmail) as the primary. The Contoso address will stop working when I leave the company next month, so I'd rather not keep that one.

And yes, I can log in with the Gmail address without any problems.

Thanks,
Daniel

On Wed, Mar 5, 2025 at 7:02 AM Amazon Web Services <{FORM}> wrote:

{quote(t2.split(AWS_FOOT)[0].rstrip())}
"""
    m = alt(body3, t2h(body3), cte_t='quoted-printable', cte_h='quoted-printable', boundary='000000000000' + hx(16))
    write('003-daniel-sent-keep-personal.eml',
          gmail_sent(m, d3, me, f'Amazon Web Services <{FORM}>', f"Re: {re_subj}", mid2),
          L('unrelated', cid, [keep], None))

    # 004 confirmation request
    d4 = datetime(2025, 3, 6, 10, 15, 4, tzinfo=UTC)
    t4 = f"""Hello Daniel,

Thank you for getting back to us.

Please review the details of the account merge below:

Account to be merged (will be closed): {old}
Surviving account (will remain active): {keep}

Please note that once the merge has been processed it cannot be reversed. All certifications, transcripts and benefits from {old} will be transferred to {keep}, and you will sign in with daniel.okafor.dev@gmail.com going forward.

Kindly reply to this email confirming that the above information is correct, and we will proceed with your request. Once the merge is complete we will send you a confirmation.

{sig_form('Marco')}
--- Original correspondence ---
From: daniel.okafor.dev@gmail.com
Sent: 3/5/2025 1:40 PM
Subject: Re: {re_subj}

Hi Priya,

Thanks for the quick reply. Please keep aws11930572 (my personal Gmail) as the primary. The Contoso address will stop working when I leave the company next month, so I'd rather not keep that one.

{AWS_FOOT}"""
    m = alt(t4, t2h(t4))
    msg4 = aws_mail(m, d4, to, re_subj)
    mid4 = msg4['Message-ID']
    write('004-daniel-confirm-request.eml', msg4, L('merge_confirmation_requested', cid, [old, keep], True))

    # 005 Daniel confirms (Sent)
    d5 = datetime(2025, 3, 6, 7, 31, 12, tzinfo=EST)
    body5 = f"""Hello Marco,

The details are correct. Please proceed with the merge.

Best,
Daniel Okafor

On Thu, Mar 6, 2025 at 5:15 AM Amazon Web Services <{FORM}> wrote:

{quote(t4.split('--- Original correspondence ---')[0].rstrip())}
"""
    m = alt(body5, t2h(body5), boundary='000000000000' + hx(16))
    write('005-daniel-sent-confirm.eml',
          gmail_sent(m, d5, me, f'Amazon Web Services <{FORM}>', f"Re: {re_subj}", mid4),
          L('unrelated', cid, [], None))

    # 006 thanks for confirming, will proceed
    d6 = datetime(2025, 3, 7, 9, 48, 30, tzinfo=UTC)
    t6 = f"""Hello Daniel,

Thank you for confirming.

I have forwarded your request to our internal team, who will now proceed with combining the two accounts. This usually takes 3-5 business days. You do not need to do anything else for now; we will update you on this case as soon as the process has finished.

Please do not sit any exam or schedule a new appointment in the meantime, as this could delay the process.

{sig_form('Marco')}
{AWS_FOOT}"""
    m = alt(t6, t2h(t6))
    write('006-daniel-agent-will-proceed.eml', aws_mail(m, d6, to, re_subj), L('support_reply', cid, [], True))

    # 007 merge done
    d7 = datetime(2025, 3, 10, 16, 3, 55, tzinfo=UTC)
    t7 = f"""Hello Daniel,

Good news: the consolidation of your AWS Certification accounts has been completed.

{keep} is now your active account and it holds the full certification history that was previously under {old}. Please sign in at https://www.aws.training/Certification using daniel.okafor.dev@gmail.com and review your certifications and benefits. The account {old} has been deactivated and can no longer be used.

Your digital badges will be updated in Credly automatically; please allow up to 5 business days for the badges to appear.

If anything looks wrong, just reply to this email.

{sig_form('Marco')}
{AWS_FOOT}"""
    m = alt(t7, t2h(t7), cte_t='base64', cte_h='base64')
    write('007-daniel-merge-done.eml', aws_mail(m, d7, to, re_subj), L('merge_completed', cid, [old, keep], True))

    # 008 survey (HTML only)
    d8 = datetime(2025, 3, 10, 16, 20, 2, tzinfo=UTC)
    h8 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>{cid}</b> has been resolved and is now closed.</p>
<p>We would love to hear about your experience. Was your issue resolved?</p>
<p><a href="https://survey.aws.training/s/tc?case={cid}&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none">YES</a>
&nbsp; <a href="https://survey.aws.training/s/tc?case={cid}&amp;r=no" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none">NO</a></p>
<p>The survey takes less than a minute. Your feedback helps us improve the service we provide to AWS Training and Certification learners.</p>
<p>If you still need help with this request, reply to this message within 14 days and your case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">{AWS_FOOT}</td></tr>
</table></td></tr></table></body></html>"""
    m = text_part(h8, 'html', 'utf-8', 'quoted-printable')
    write('008-daniel-closure-survey.eml',
          aws_mail(m, d8, to, f"Your AWS Training and Certification case {cid} has been closed - tell us how we did"),
          L('survey', cid, [], True))

    # 009 Credly badge
    d9 = datetime(2025, 3, 12, 14, 41, 9, tzinfo=UTC)
    t9 = """Daniel, Amazon Web Services Training and Certification has issued you a new badge!

AWS Certified Solutions Architect - Associate

Earners of this certification have a comprehensive understanding of AWS services and technologies.

Accept your badge: https://www.credly.com/earner/earned/badge/7d0e3f52-81b4-4c6e-a9d1-6f0b2c44e913

Once you accept, you can share your badge on LinkedIn, add it to your email signature and more.

Why did I get this email? Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Credly, 2 Park Avenue, Suite 1007, New York, NY 10016
Unsubscribe: https://www.credly.com/notifications/unsubscribe"""
    h9 = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="600" style="background:#fff"><tr><td style="padding:30px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="badge">
<h2 style="color:#333">Daniel, Amazon Web Services Training and Certification has issued you a new badge!</h2>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>Earners of this certification have a comprehensive understanding of AWS services and technologies.</p>
<p><a href="https://www.credly.com/earner/earned/badge/7d0e3f52-81b4-4c6e-a9d1-6f0b2c44e913" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Why did I get this email? Amazon Web Services Training and Certification uses Credly to issue digital credentials.<br>Credly, 2 Park Avenue, Suite 1007, New York, NY 10016 &middot; <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    m = alt(t9, h9)
    write('009-daniel-credly-badge.eml',
          credly_mail(m, d9, to, "Daniel, you've been issued a new badge by Amazon Web Services Training and Certification"),
          L('credly_badge_issued', None, [], True))

    # 010 unrelated: a billing case from the AWS console for the same user
    d10 = datetime(2025, 3, 8, 18, 27, 40, tzinfo=UTC)
    bid = case15(d10 - timedelta(seconds=6), '00231')
    h10 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {bid} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p>Case ID: {bid}<br>Subject: Unexpected NAT Gateway charges on February invoice<br>Severity: General guidance<br>
Correspondence: Hi, my February bill shows $41.27 for NAT Gateway hours in eu-west-1 but I deleted the VPC on Feb 3. Can you check whether these charges are correct and whether a refund is possible?</p>
<p>We will respond to the case as soon as possible. You can view the case and add correspondence at
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={bid}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={bid}&amp;language=en</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">This email was sent from an email address that can't receive emails. Please don't reply to this message.<br>
{AWS_FOOT}</p>
</body></html>"""
    m = text_part(h10, 'html', 'utf-8', 'quoted-printable')
    write('010-daniel-billing-case-opened.eml',
          aws_mail(m, d10, to, f"Amazon Web Services: You have opened a new Support case: {bid}", frm_addr=NOREPLY),
          L('unrelated', bid, [], True))

# ---------------------------------------------------------------- Case B: Marta Kowalczyk, form desk 11-digit, a week of silence and her chaser
def outlook_sent(body_msg, dt, frm, to, subject, topic, lang='en-US', host='AM0PR08MB5412.eurprd08.prod.outlook.com'):
    idx = base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()
    hdrs = [('From', frm), ('To', to), ('Subject', subject), ('Thread-Topic', topic), ('Thread-Index', idx),
            ('Date', fmt(dt)), ('Message-ID', f"<{host.split('.')[0]}{alnum(8,'0123456789ABCDEF')}{alnum(6,'0123456789ABCDEF')}@{host}>"),
            ('Accept-Language', lang if lang == 'en-US' else f"{lang}, en-US"), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
            ('X-MS-TNEF-Correlator', ''), ('msip_labels', '')]
    del body_msg['MIME-Version']
    if body_msg.is_multipart():
        body_msg.set_boundary(f"_000_{host.split('.')[0]}{alnum(16,'0123456789ABCDEF')}{host.split('.')[1]}_")
    return finalize(body_msg, hdrs + [('MIME-Version', '1.0')])

def outlook_html(text, font='Aptos, Calibri, sans-serif'):
    paras = ''.join(f'<div style="font-family:{font};font-size:12pt;color:rgb(0,0,0)">{esc(l) if l.strip() else "<br>"}</div>\n' for l in text.split('\n'))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{paras}</body>\n</html>\n')

@case
def case_b():
    to = 'marta.kowalczyk@outlook.com'
    me = 'Marta Kowalczyk <marta.kowalczyk@outlook.com>'
    cid = '12894473061'
    keep, old = 'AWS07712345', 'AWS20558190'
    subj = f"[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"
    re_subj = f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"
    olk = dict(tenant_host='DB9PR02MB7273.eurprd02.prod.outlook.com')

    # 011 ack
    d1 = datetime(2023, 9, 11, 7, 44, 19, tzinfo=UTC)
    t1 = f"""Dear Customer,

We have received your message and created case {cid} for it.

Our team aims to respond within 1 business day. Response times may be longer during periods of high demand.

Please keep the case number in the subject line if you write to us about this request. There is no need to submit another form.

Kind regards,
AWS Training and Certification

{AWS_FOOT}"""
    m = alt(t1, t2h(t1))
    write('011-marta-form-ack.eml', aws_mail(m, d1, to, subj, inbound='outlook', inbound_kw=olk), L('case_created', cid, [], True))

    # 012 her chaser after eight days (Sent, Outlook)
    d2 = datetime(2023, 9, 19, 9, 12, 40, tzinfo=CEST)
    t2 = f"""Hello,

I submitted a request on 11 September to merge my two certification accounts (AWS-07712345 and AWS-20558190) and I haven't heard anything since. Could you please let me know the status? I have an exam planned in October and I would like to have everything on one account before that.

Best regards,
Marta Kowalczyk

________________________________
From: Amazon Web Services <{FORM}>
Sent: Monday, September 11, 2023 9:44 AM
To: marta.kowalczyk@outlook.com <marta.kowalczyk@outlook.com>
Subject: {subj}

{t1.split(AWS_FOOT)[0].rstrip()}
"""
    m = alt(t2, outlook_html(t2))
    write('012-marta-sent-chaser-after-a-week.eml',
          outlook_sent(m, d2, me, f'Amazon Web Services <{FORM}>', f"RE: {subj}", subj.replace('[', '').replace(']', '')[:60]),
          L('unrelated', cid, [keep, old], None))

    # 013 agent apologises, asks for e-mails
    d3 = datetime(2023, 9, 20, 14, 30, 2, tzinfo=UTC)
    t3 = f"""Hello Marta,

Thank you for your patience, and please accept our apologies for the delay in getting back to you - we have been receiving a higher volume of enquiries than usual.

I'm happy to help with your request. So that I can locate both profiles correctly, could you please send me:

1. The email address used to sign in to each of the two accounts
2. Which of the two accounts you would like to keep

Once I have this I will prepare the next step for you.

Kind regards,

Hannah
AWS Training and Certification Customer Support

---------- Previous correspondence ----------
On 19/09/2023 07:12, marta.kowalczyk@outlook.com wrote:
Hello,
I submitted a request on 11 September to merge my two certification accounts (AWS-07712345 and AWS-20558190) and I haven't heard anything since. Could you please let me know the status?

{AWS_FOOT}"""
    m = alt(t3, t2h(t3), cte_t='quoted-printable', cte_h='quoted-printable')
    write('013-marta-agent-apology-asks-emails.eml', aws_mail(m, d3, to, re_subj, inbound='outlook', inbound_kw=olk),
          L('support_reply', cid, [], True))

    # 014 her answer (Sent, Outlook)
    d4 = datetime(2023, 9, 20, 18, 5, 27, tzinfo=CEST)
    t4 = f"""Hi Hannah,

Thank you. Here are the details:

AWS07712345 - marta.kowalczyk@outlook.com  -> please keep this one
AWS20558190 - m.kowalczyk@northwind-logistics.pl (my old work account, I can still log in for now)

Regards,
Marta

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, September 20, 2023 4:30 PM
To: marta.kowalczyk@outlook.com <marta.kowalczyk@outlook.com>
Subject: {re_subj}

{t3.split('---------- Previous')[0].rstrip()}
"""
    m = alt(t4, outlook_html(t4))
    write('014-marta-sent-emails-and-choice.eml',
          outlook_sent(m, d4, me, f'Amazon Web Services <{FORM}>', f"RE: {re_subj}", subj.replace('[', '').replace(']', '')[:60]),
          L('unrelated', cid, [keep, old], None))

    # 015 confirmation request
    d5 = datetime(2023, 9, 21, 11, 52, 48, tzinfo=UTC)
    t5 = f"""Hello Marta,

Thanks for the information.

Before I submit this, please confirm that you want us to merge AWS-20558190 (m.kowalczyk@northwind-logistics.pl) into AWS-07712345 (marta.kowalczyk@outlook.com).

After the merge:
- AWS-07712345 will be the surviving account, and your exam history, certifications and any unused benefits will be available there.
- AWS-20558190 will be closed and you will no longer be able to sign in with it.
- This action is irreversible.

Please reply "Yes, I confirm" to this email and I will pass it to the team for processing.

Kind regards,

Hannah
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = alt(t5, t2h(t5), cte_t='base64', cte_h='base64')
    write('015-marta-confirm-request.eml', aws_mail(m, d5, to, re_subj, inbound='outlook', inbound_kw=olk),
          L('merge_confirmation_requested', cid, [keep, old], True))

    # 016 merge done + case resolved, in one mail
    d6 = datetime(2023, 9, 25, 8, 17, 33, tzinfo=UTC)
    t6 = f"""Hello Marta,

Thank you for confirming. Your accounts have now been merged, and all of your certification records sit under AWS07712345. You can sign in with marta.kowalczyk@outlook.com as usual; the old work login will no longer work.

As your request is complete, I will now resolve this case. If you are happy with the help you received, we would appreciate it if you could take a moment to rate this correspondence:

Was your question answered?  Yes: https://survey.aws.training/s/tc?case={cid}&r=yes   No: https://survey.aws.training/s/tc?case={cid}&r=no

Good luck with your exam in October!

Kind regards,

Hannah
AWS Training and Certification Customer Support

-----Original Message-----
From: marta.kowalczyk@outlook.com
Sent: 21/09/2023 19:40
Subject: RE: {re_subj}

Yes, I confirm.

{AWS_FOOT}"""
    m = alt(t6, t2h(t6))
    write('016-marta-merged-and-case-resolved.eml', aws_mail(m, d6, to, re_subj, inbound='outlook', inbound_kw=olk),
          L('merge_completed', cid, [keep], True))

    # 017 unrelated: Pearson VUE appointment confirmation
    d7 = datetime(2023, 10, 2, 17, 6, 12, tzinfo=UTC)
    t7 = f"""Dear Marta Kowalczyk,

Thank you for scheduling your exam with Pearson VUE. Please review the details of your appointment below.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: English
Date: Friday, October 20, 2023
Time: 10:00 AM Central European Summer Time
Location: OnVUE online proctored
Candidate ID: AWS07712345
Registration ID: 482991037

Before exam day, run the system test on the computer you will use and make sure you have a valid government-issued ID.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE

This is an automated message. Please do not reply.
Pearson VUE | 5601 Green Valley Drive | Bloomington, MN 55437 USA"""
    h7 = t2h(t7, font='Verdana, sans-serif')
    m = alt(t7, h7, cte_t='7bit', cte_h='quoted-printable', charset='us-ascii')
    ip = f"159.182.{rnd.randint(1,250)}.{rnd.randint(1,250)}"
    write('017-marta-pearson-vue-appointment.eml',
          vendor_mail(m, d7, to, 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', 'Pearson VUE Confirmation of Appointment',
                      'bounce@pearson.com', 'pearson.com', [('pearson.com', 'selector1')], 'smtp-out2.pearson.com', ip,
                      f"<{rnd.randint(10**9,10**10)}.{rnd.randint(1000,9999)}.JavaMail.vue@pvwprdapp{rnd.randint(10,99)}>",
                      inbound='outlook', inbound_kw=olk),
          L('unrelated', None, [keep], False))

# ---------------------------------------------------------------- Case C: Tanaka Kenichi, Japanese form case, 15-digit, nifty mailbox
NIFTY = dict(authserv='nifty.com', mx='mx.nifty.com')

def iphone_sent(body_msg, dt, frm, to, subject, in_reply_to=None, xmailer='iPhone Mail (22E252)'):
    hdrs = [('Content-Type', None), ('From', frm), ('Mime-Version', '1.0 (1.0)'), ('Date', fmt(dt)),
            ('Subject', subject), ('Message-Id', f"<{alnum(8,'0123456789ABCDEF')}-{alnum(4,'0123456789ABCDEF')}-{alnum(4,'0123456789ABCDEF')}-{alnum(4,'0123456789ABCDEF')}-{alnum(12,'0123456789ABCDEF')}@nifty.com>"),
            ('References', in_reply_to), ('In-Reply-To', in_reply_to), ('To', to), ('X-Mailer', xmailer)]
    hdrs = [(k, v) for k, v in hdrs if v]
    del body_msg['MIME-Version']
    return finalize(body_msg, hdrs)

@case
def case_c():
    to = 'k-tanaka@nifty.com'
    me_name = '田中 健一'
    opened = datetime(2025, 5, 26, 23, 47, 5, tzinfo=UTC)
    cid = case15(opened, '04417')
    keep, old = 'AWS31007428', 'AWS09865201'
    base_subj = f"[CASE {cid}] [AWS トレーニングと認定 フォーム送信] - account-assistance"
    subj = enc_subj(base_subj)
    re_subj_txt = f"RE:[CASE {cid}] [AWS トレーニングと認定 フォーム送信] - account-assistance"
    re_subj = enc_subj(re_subj_txt)
    sig = "佐藤\nAWS トレーニングと認定 カスタマーサポート\n"

    # 018 ack (Japanese)
    t1 = f"""お客様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース番号: {cid}

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせを作成されますと、対応が遅れる場合がございます。追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート

{AWS_FOOT}"""
    m = alt(t1, t2h(t1, font="'Meiryo', sans-serif"), cte_t='base64', cte_h='base64')
    write('018-tanaka-form-ack-ja.eml', aws_mail(m, opened + timedelta(seconds=11), to, subj, inbound='jp', inbound_kw=NIFTY),
          L('case_created', cid, [], True, 'ja'))

    # 019 agent asks for sign-in addresses (keigo)
    d2 = datetime(2025, 5, 27, 23, 2, 14, tzinfo=UTC)   # 2025-05-28 (Wed) 08:02 JST
    t2 = f"""田中 健一 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
お手続きを進めるにあたり、恐れ入りますが、以下の情報をご提供いただけますでしょうか。

1. 各アカウント（AWS31007428 および AWS09865201）にサインインされる際のメールアドレス
2. 統合後に残すアカウント（存続アカウント）のご希望

なお、統合のお手続きは一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

{sig}
{AWS_FOOT}"""
    m = alt(t2, t2h(t2, font="'Meiryo', sans-serif"), cte_t='base64', cte_h='quoted-printable')
    msg2 = aws_mail(m, d2, to, re_subj, inbound='jp', inbound_kw=NIFTY)
    mid2 = msg2['Message-ID']
    write('019-tanaka-agent-asks-login-emails-ja.eml', msg2, L('support_reply', cid, [keep, old], True, 'ja'))

    # 020 his reply, sent from Gmail web as the nifty address
    d3 = datetime(2025, 5, 28, 12, 35, 40, tzinfo=JST)
    t3 = f"""佐藤様

ご連絡ありがとうございます。田中です。

1. AWS31007428：k-tanaka@nifty.com
   AWS09865201：kenichi.tanaka@fabrikam.co.jp（前職の会社のアドレスです）
2. AWS31007428 の方を残していただけますでしょうか。

前職のアドレスは今月末で使えなくなるため、早めに対応いただけると助かります。
よろしくお願いいたします。

田中 健一

2025年5月28日(水) 8:02 Amazon Web Services <{FORM}>:

{quote(t2.split(AWS_FOOT)[0].rstrip())}
"""
    m = alt(t3, t2h(t3), cte_t='base64', cte_h='base64', boundary='000000000000' + hx(16))
    write('020-tanaka-sent-login-emails-ja.eml',
          gmail_sent(m, d3, enc_name(me_name, to), f'Amazon Web Services <{FORM}>', enc_subj('Re: ' + re_subj_txt), mid2),
          L('unrelated', cid, [keep, old], None, 'ja'))

    # 021 confirmation request (Japanese)
    d4 = datetime(2025, 5, 30, 0, 15, 3, tzinfo=UTC)   # 09:15 JST
    t4 = f"""田中 健一 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
ご回答いただき、ありがとうございます。

いただいた情報をもとに、以下の内容でアカウントの統合を行う予定でございます。お手数ですが、内容をご確認いただけますでしょうか。

・統合元（閉鎖されるアカウント）：AWS 09865201（kenichi.tanaka@fabrikam.co.jp）
・統合先（存続するアカウント）：AWS 31007428（k-tanaka@nifty.com）

統合後は、統合元で取得された認定資格および特典がすべて統合先へ移行され、統合元のアカウントはご利用いただけなくなります。また、統合後に元の状態へ戻すことはできません。

上記の内容で問題がなければ、本メールへのご返信にて、ご承諾の旨をお知らせくださいますようお願い申し上げます。ご承諾をいただき次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

{sig}
-------- 元のメッセージ --------
差出人: 田中 健一 <k-tanaka@nifty.com>
送信日時: 2025/05/28 12:35
件名: Re: {re_subj_txt}

1. AWS31007428：k-tanaka@nifty.com
   AWS09865201：kenichi.tanaka@fabrikam.co.jp（前職の会社のアドレスです）
2. AWS31007428 の方を残していただけますでしょうか。

{AWS_FOOT}"""
    m = alt(t4, t2h(t4, font="'Meiryo', sans-serif"), cte_t='base64', cte_h='base64')
    msg4 = aws_mail(m, d4, to, re_subj, inbound='jp', inbound_kw=NIFTY)
    mid4 = msg4['Message-ID']
    write('021-tanaka-confirm-request-ja.eml', msg4, L('merge_confirmation_requested', cid, [keep, old], True, 'ja'))

    # 022 his confirmation from iPhone, ISO-2022-JP
    d5 = datetime(2025, 5, 30, 12, 48, 26, tzinfo=JST)
    t5 = f"""佐藤様

お世話になっております。田中です。
ご記載の内容で相違ございません。
統合の手続きを進めていただきますよう、お願いいたします。

田中

iPhoneから送信

2025/05/30 9:15、Amazon Web Services <{FORM}>のメール:

{quote(t4.split('-------- 元のメッセージ')[0].rstrip())}
"""
    m = text_part(t5, 'plain', 'iso-2022-jp', '7bit')
    write('022-tanaka-sent-confirm-iphone-ja.eml',
          iphone_sent(m, d5, enc_name(me_name, to, 'iso-2022-jp'), f'Amazon Web Services <{FORM}>', enc_subj('Re: ' + re_subj_txt, 'iso-2022-jp'), mid4),
          L('unrelated', cid, [], None, 'ja'))

    # 023 done (Japanese, paraphrased: 一本化)
    d6 = datetime(2025, 6, 2, 5, 20, 41, tzinfo=UTC)
    t6 = f"""田中 健一 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご依頼いただいておりました 2 つの認定アカウントの一本化につきまして、本日お手続きが完了いたしましたのでご報告申し上げます。
今後は AWS31007428（k-tanaka@nifty.com）にてサインインしてください。これまでに取得された認定資格の履歴は、すべてこちらのアカウントに反映されております。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。あらかじめご了承ください。

ご不明な点がございましたら、本メールにご返信ください。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

{sig}
{AWS_FOOT}"""
    m = alt(t6, t2h(t6, font="'Meiryo', sans-serif"), cte_t='base64', cte_h='quoted-printable')
    write('023-tanaka-merge-done-ja.eml', aws_mail(m, d6, to, re_subj, inbound='jp', inbound_kw=NIFTY),
          L('merge_completed', cid, [keep], True, 'ja'))

    # 024 Credly badge
    d7 = datetime(2025, 6, 4, 2, 9, 50, tzinfo=UTC)
    t7 = """Kenichi, your badge from Amazon Web Services Training and Certification is ready to accept.

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification

Accept badge: https://www.credly.com/earner/earned/badge/c2a81f40-5e6b-4d07-9c3e-2be8d0a9f617

Your badge is waiting for you. Accept it to share your achievement with your network.

Credly, 2 Park Avenue, Suite 1007, New York, NY 10016
Manage your email preferences: https://www.credly.com/earner/settings/notifications"""
    m = alt(t7, t2h(t7, font='Helvetica, Arial, sans-serif'))
    write('024-tanaka-credly-badge.eml',
          credly_mail(m, d7, to, "Your badge from Amazon Web Services Training and Certification is ready to accept", inbound='jp', inbound_kw=NIFTY),
          L('credly_badge_issued', None, [], True))

# ---------------------------------------------------------------- Case D: Sophie Laurent, duplicate case, Proton mailbox
def proton_sent(body_msg, dt, frm, to, subject, in_reply_to=None):
    hdrs = [('Date', fmt(dt)), ('To', to), ('From', frm), ('Subject', subject),
            ('Message-ID', f"<{alnum(40,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}=@proton.me>"),
            ('In-Reply-To', in_reply_to), ('References', in_reply_to),
            ('Feedback-ID', f"{alnum(20,'0123456789abcdefghijklmnopqrstuvwxyz_')}:Proton"),
            ('X-Pm-Message-ID', f"{alnum(20,'0123456789abcdef')}"), ('X-Pm-Origin', 'internal'),
            ('X-Pm-Content-Encryption', 'end-to-end')]
    hdrs = [(k, v) for k, v in hdrs if v]
    del body_msg['MIME-Version']
    return finalize(body_msg, hdrs + [('MIME-Version', '1.0')])

@case
def case_d():
    to = 'sophie.laurent@proton.me'
    me = 'Sophie Laurent <sophie.laurent@proton.me>'
    o1 = datetime(2025, 1, 13, 16, 5, 10, tzinfo=UTC)
    o2 = datetime(2025, 1, 15, 19, 41, 52, tzinfo=UTC)
    c1, c2 = case15(o1, '01928'), case15(o2, '07754')
    keep, old = 'AWS46120987', 'AWS38804415'
    fs = lambda c: f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
    rs = lambda c: f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
    PR = {}

    def ack_html(c, when):
        return f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:620px">
<p>Hello,</p>
<p>Thanks for contacting AWS Training and Certification. We&rsquo;ve received your request and opened case <strong>{c}</strong>.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><td style="padding:2px 12px 2px 0;color:#545b64">Case ID</td><td>{c}</td></tr>
<tr><td style="padding:2px 12px 2px 0;color:#545b64">Category</td><td>Certification &ndash; Account Merge</td></tr>
<tr><td style="padding:2px 12px 2px 0;color:#545b64">Received</td><td>{when}</td></tr>
</table>
<p>A member of our team will get back to you within 24 hours. Please avoid submitting the same request more than once, as duplicate requests can slow down our response.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#879596">{AWS_FOOT}</p>
</div></body></html>"""

    # 025 ack case 1 (HTML only)
    m = text_part(ack_html(c1, 'January 13, 2025 4:05 PM UTC'), 'html', 'utf-8', 'quoted-printable')
    write('025-sophie-form-ack-first-case.eml', aws_mail(m, o1 + timedelta(seconds=8), to, fs(c1), inbound='proton'),
          L('case_created', c1, [], True))

    # 026 ack case 2 (she filed again two days later)
    m = text_part(ack_html(c2, 'January 15, 2025 7:41 PM UTC'), 'html', 'utf-8', 'base64')
    write('026-sophie-form-ack-second-case.eml', aws_mail(m, o2 + timedelta(seconds=7), to, fs(c2), inbound='proton'),
          L('case_created', c2, [], True))

    # 027 agent on case 2: duplicate, continuing on case 1 (text part mislabelled iso-8859-1, bytes are UTF-8)
    d3 = datetime(2025, 1, 16, 10, 22, 37, tzinfo=UTC)
    t3 = f"""Hello Sophie,

Thank you for reaching out to AWS Training and Certification.

I can see that you’ve submitted this same request earlier under case {c1}, which is already with our team. To avoid any duplication and to make sure you get one consistent answer, I’ll close this case and we’ll continue to assist you on case {c1}. You don’t need to do anything - a colleague will reply to you there shortly.

In the future, if you want to add information to an open request, please simply reply to the email of that case instead of submitting a new form.

Thank you for your understanding.

Best regards,
Rafael
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = MIMEMultipart('alternative')
    m.attach(text_part(t3, 'plain', 'utf-8', '8bit', declared='iso-8859-1'))
    m.attach(text_part(t2h(t3), 'html', 'utf-8', 'quoted-printable'))
    write('027-sophie-agent-duplicate-case-notice.eml', aws_mail(m, d3, to, rs(c2), inbound='proton'),
          L('support_reply', c2, [], True))

    # 028 closure survey for the duplicate case
    d4 = datetime(2025, 1, 16, 10, 40, 5, tzinfo=UTC)
    t4 = f"""Hello,

Case {c2} has been closed.

How satisfied were you with the support you received on this case? Please take 1 minute to tell us:
https://survey.aws.training/s/tc?case={c2}

Your answers help us improve AWS Training and Certification support.

This message was sent from a notification-only address. Please do not reply.

{AWS_FOOT}"""
    m = alt(t4, t2h(t4))
    write('028-sophie-duplicate-case-closed-survey.eml',
          aws_mail(m, d4, to, f"How did we do? Your case {c2} is now closed", inbound='proton'),
          L('survey', c2, [], True))

    # 029 confirmation request on case 1 (non-native English agent)
    d5 = datetime(2025, 1, 16, 13, 8, 19, tzinfo=UTC)
    t5 = f"""Dear Sophie,

Greetings from AWS Training and Certification!

Apologies for the delay in response. As per your request, we have checked and found below two certification profiles under your name:

1) aws38804415 - sophie.laurent@etu.univ-lyon2.fr
2) aws46120987 - sophie.laurent@proton.me

Kindly confirm the below details so that we can go ahead for merging:

Source account (will be deactivated) : aws38804415
Destination account (will be retained) : aws46120987

Please be informed that once accounts are merged, the action cannot be revert back. All the certifications and exam history of source account will be available in destination account.

Kindly revert on this email with your confirmation.

Thanks & Regards,
Ankit
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = alt(t5, t2h(t5))
    msg5 = aws_mail(m, d5, to, rs(c1), inbound='proton')
    mid5 = msg5['Message-ID']
    write('029-sophie-confirm-request.eml', msg5, L('merge_confirmation_requested', c1, [keep, old], True))

    # 030 her confirmation (Sent, Proton)
    d6 = datetime(2025, 1, 16, 15, 12, 44, tzinfo=CET)
    t6 = f"""Hello Ankit,

Yes, I confirm: please merge AWS38804415 into AWS46120987. The proton.me one is the account I want to keep.

And sorry about the second form, I had not seen your first email (it was in my spam folder).

Merci beaucoup,
Sophie

Sent with Proton Mail secure email.

On Thursday, January 16th, 2025 at 2:08 PM, Amazon Web Services <{FORM}> wrote:

{quote(t5.split(AWS_FOOT)[0].rstrip())}
"""
    h6 = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">'
          + '<br>'.join(esc(l) for l in t6.split('\n\nOn Thursday')[0].split('\n'))
          + '</div><br><div class="protonmail_quote">On Thursday, January 16th, 2025 at 2:08 PM, Amazon Web Services &lt;'
          + FORM + '&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">'
          + '<br>'.join(esc(l) for l in t5.split(AWS_FOOT)[0].rstrip().split('\n')) + '</blockquote></div>')
    m = alt(t6, h6, cte_t='quoted-printable', cte_h='base64')
    write('030-sophie-sent-confirm-proton.eml', proton_sent(m, d6, me, f'Amazon Web Services <{FORM}>', f"Re: {rs(c1)}", mid5),
          L('unrelated', c1, [keep, old], None))

    # 031 merge done + an unrelated question
    d7 = datetime(2025, 1, 20, 9, 55, 1, tzinfo=UTC)
    t7 = f"""Dear Sophie,

Thank you for your patience.

This is to inform you that your request has been processed successfully. Both of your profiles are now combined into AWS46120987 and you can login with sophie.laurent@proton.me to see all your certifications. The old profile is no more accessible.

Also, in your first message you had mentioned that your 50% discount voucher was not visible. Could you please check now in the Benefits section and let us know if you still cannot see it?

Thanks & Regards,
Ankit
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = alt(t7, t2h(t7), cte_t='quoted-printable', cte_h='quoted-printable')
    write('031-sophie-merge-done-voucher-question.eml', aws_mail(m, d7, to, rs(c1), inbound='proton'),
          L('merge_completed', c1, [keep], True))

    # 032 Credly: badges moved after the merge
    d8 = datetime(2025, 1, 22, 21, 14, 36, tzinfo=UTC)
    t8 = """Hi Sophie,

Amazon Web Services Training and Certification has issued you 2 badges:

- AWS Certified Cloud Practitioner
- AWS Certified AI Practitioner

These badges were previously issued to another email address and have been re-issued to this account following an update by the issuer.

Accept your badges: https://www.credly.com/earner/earned

Credly, 2 Park Avenue, Suite 1007, New York, NY 10016"""
    m = alt(t8, t2h(t8, font='Helvetica, Arial, sans-serif'), cte_t='7bit', cte_h='quoted-printable', charset='us-ascii')
    write('032-sophie-credly-two-badges.eml',
          credly_mail(m, d8, to, "Sophie, you have 2 new badges from Amazon Web Services Training and Certification", inbound='proton'),
          L('credly_badge_issued', None, [], True))

# ---------------------------------------------------------------- Case E: Rahul Menon, direction reversed, agent chases after a week, Yahoo
def yahoo_sent(body_msg, dt, frm, to, subject, in_reply_to=None):
    ms = int(dt.timestamp() * 1000)
    if body_msg.is_multipart():
        body_msg.set_boundary(f"----=_Part_{rnd.randint(1000000,9999999)}_{rnd.randint(100000000,999999999)}.{ms}")
    hdrs = [('Date', dt.astimezone(UTC).strftime('%a, %-d %b %Y %H:%M:%S +0000 (UTC)')), ('From', frm), ('Reply-To', frm), ('To', to),
            ('Message-ID', f"<{rnd.randint(100000000,2000000000)}.{rnd.randint(100000,9999999)}.{ms}@mail.yahoo.com>"),
            ('In-Reply-To', in_reply_to), ('References', in_reply_to), ('Subject', subject)]
    hdrs = [(k, v) for k, v in hdrs if v]
    del body_msg['MIME-Version']
    return finalize(body_msg, hdrs + [('MIME-Version', '1.0')] + [('X-Mailer', 'WebService/1.1.22806 YMailNorrin')])

def yahoo_quote_hdr(dt, who):
    loc = dt.astimezone(IST)
    return f"On {loc.strftime('%A, %-d %B, %Y at %I:%M:%S %p').replace('AM','am').replace('PM','pm')} IST, {who} wrote:"

@case
def case_e():
    to = 'rahul.menon87@yahoo.com'
    me = 'Rahul Menon <rahul.menon87@yahoo.com>'
    opened = datetime(2024, 11, 4, 4, 30, 11, tzinfo=UTC)
    cid = case15(opened, '00389')
    older, newer = 'AWS52203318', 'AWS68841270'
    subj = f"[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"
    re_subj = f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"
    who = f"Amazon Web Services <{FORM}>"

    # 033 ack with submission summary
    t1 = f"""Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged as case {cid}.

What happens next: an agent will review your request and respond by email, normally within 24 hours. You can reply to this email if you need to add details. Please don't open a second case for the same question.

Your request
------------
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS68841270
Message: Hi, I have two certification accounts. The old one is linked to my previous company email which I cannot access anymore. I want all my certifications in the account with my personal email.

AWS Training and Certification

{AWS_FOOT}"""
    m = alt(t1, t2h(t1))
    write('033-rahul-form-ack.eml', aws_mail(m, opened + timedelta(seconds=10), to, subj, inbound='yahoo'),
          L('case_created', cid, [newer], True))

    # 034 confirmation request in the wrong direction
    d2 = datetime(2024, 11, 5, 9, 40, 13, tzinfo=UTC)
    t2 = f"""Hello Rahul,

Thank you for reaching out to AWS Training and Certification.

I found two certification accounts that belong to you. As AWS52203318 holds your oldest certification history, we would merge the newer account into it:

- AWS68841270 (rahul.menon87@yahoo.com) will be merged and closed
- AWS52203318 (rahul.m@tailspin-tech.in) will remain as your account

Please note that a merge is permanent and cannot be reversed afterwards.

If the above is correct, please reply to this email to confirm, and we will submit the merge request.

Regards,
Deepa
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = alt(t2, t2h(t2), cte_t='base64', cte_h='base64')
    msg2 = aws_mail(m, d2, to, re_subj, inbound='yahoo')
    write('034-rahul-confirm-request-wrong-way.eml', msg2, L('merge_confirmation_requested', cid, [older, newer], True))

    # 035 he asks to reverse it (Sent, Yahoo; plain part keeps quote unprefixed)
    d3 = datetime(2024, 11, 5, 14, 45, 17, tzinfo=UTC)
    new3 = """Hi Deepa,

Sorry, it should be the other way round. Please keep AWS68841270 (my Yahoo address) and merge AWS52203318 into it. I no longer have access to the tailspin-tech.in mailbox since I left that company, so if that account survives I won't be able to log in.

Thanks,
Rahul"""
    t3 = f"""{new3}


{yahoo_quote_hdr(d2, who)}


{t2.split(AWS_FOOT)[0].rstrip()}
"""
    h3 = (f'<html><head></head><body><div class="ydp{hx(8)}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
          + ''.join(f'<div>{esc(l) if l.strip() else "<br>"}</div>' for l in new3.split('\n'))
          + f'</div><div id="yahoo_quoted_{rnd.randint(1000000000,9999999999)}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(yahoo_quote_hdr(d2, who))}</div><div><br></div><div><br></div>'
          + '<blockquote>' + '<br>'.join(esc(l) for l in t2.split(AWS_FOOT)[0].rstrip().split('\n')) + '</blockquote></div></div></body></html>')
    m = alt(t3, h3, cte_t='quoted-printable', cte_h='quoted-printable')
    write('035-rahul-sent-other-way-round.eml', yahoo_sent(m, d3, me, who, f"Re: {re_subj}", msg2['Message-ID']),
          L('unrelated', cid, [older, newer], None))

    # 036 corrected confirmation request
    d4 = datetime(2024, 11, 6, 10, 2, 56, tzinfo=UTC)
    t4 = f"""Hello Rahul,

Thank you for letting us know, and apologies for the confusion. I have updated the request as follows:

Account that will be merged and closed: AWS 52203318 (rahul.m@tailspin-tech.in)
Account that will remain: AWS 68841270 (rahul.menon87@yahoo.com)

All certifications, including the ones earned with the old account, will appear under AWS 68841270 after the merge. As mentioned before, this cannot be undone.

Could you please reply to confirm that these details are correct? We will only proceed after receiving your confirmation.

Regards,
Deepa
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = alt(t4, t2h(t4))
    msg4 = aws_mail(m, d4, to, re_subj, inbound='yahoo')
    write('036-rahul-confirm-request-corrected.eml', msg4, L('merge_confirmation_requested', cid, [older, newer], True))

    # 037 a week later, the agent chases
    d5 = datetime(2024, 11, 13, 11, 30, 40, tzinfo=UTC)
    t5 = f"""Hello Rahul,

I hope you are doing well.

I am following up on my previous email, as we have not yet received your reply. Your request is on hold until we hear back from you.

If we do not receive a response within the next 3 business days, this case will be closed automatically. You can still reopen it at any time by replying to this email.

Regards,
Deepa
AWS Training and Certification Customer Support

> On 11/6/2024 10:02 AM, Amazon Web Services wrote:
> Account that will be merged and closed: AWS 52203318 (rahul.m@tailspin-tech.in)
> Account that will remain: AWS 68841270 (rahul.menon87@yahoo.com)
> Could you please reply to confirm that these details are correct?

{AWS_FOOT}"""
    m = alt(t5, t2h(t5), cte_t='quoted-printable', cte_h='base64')
    msg5 = aws_mail(m, d5, to, re_subj, inbound='yahoo')
    write('037-rahul-agent-chaser-no-reply.eml', msg5, L('support_reply', cid, [], True))

    # 038 he finally confirms (Sent, Yahoo)
    d6 = datetime(2024, 11, 13, 13, 32, 5, tzinfo=UTC)
    new6 = """Hi Deepa,

Really sorry for the late reply, I was travelling and missed your email.

Yes, the details are correct: aws52203318 into aws68841270. Please go ahead.

Thanks a lot,
Rahul"""
    t6 = f"""{new6}


{yahoo_quote_hdr(d5, who)}


{t5.split(AWS_FOOT)[0].rstrip()}
"""
    h6 = (f'<html><head></head><body><div class="ydp{hx(8)}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
          + ''.join(f'<div>{esc(l) if l.strip() else "<br>"}</div>' for l in new6.split('\n'))
          + f'</div><div class="yahoo_quoted"><div>{esc(yahoo_quote_hdr(d5, who))}</div><blockquote>'
          + '<br>'.join(esc(l) for l in t5.split(AWS_FOOT)[0].rstrip().split('\n')) + '</blockquote></div></body></html>')
    m = alt(t6, h6)
    write('038-rahul-sent-late-confirmation.eml', yahoo_sent(m, d6, me, who, f"Re: {re_subj}", msg5['Message-ID']),
          L('unrelated', cid, [older, newer], None))

    # 039 completed
    d7 = datetime(2024, 11, 15, 6, 48, 22, tzinfo=UTC)
    t7 = f"""Hello Rahul,

Thank you for your confirmation.

I'm happy to inform you that your certification accounts have been merged successfully. Please use AWS68841270 with rahul.menon87@yahoo.com from now on; all of your certifications are now listed there.

We recommend checking your certifications and benefits in the AWS Certification account. Badges on Credly may take a few days to update.

Regards,
Deepa
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = alt(t7, t2h(t7))
    write('039-rahul-merge-completed.eml', aws_mail(m, d7, to, re_subj, inbound='yahoo'),
          L('merge_completed', cid, [newer], True))

# ---------------------------------------------------------------- Case F: Lukas Becker, console case, badges never came
CONSOLE_RATE = ("We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
                "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.")

@case
def case_f():
    to = 'lukas.becker@becker-it.de'
    olk = dict(tenant_host='FR2P281MB0183.DEUP281.PROD.OUTLOOK.COM')
    opened = datetime(2025, 7, 8, 7, 55, 31, tzinfo=UTC)
    cid = case15(opened, '60214')
    keep, old = 'AWS73390215', 'AWS15527748'
    csubj = 'Merge two AWS Certification accounts'
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en"

    # 040 console: case opened
    t1 = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: {csubj}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts, AWS73390215 (lukas.becker@becker-it.de) and AWS15527748 (lukas.becker@gmx.de). I would like them merged into AWS73390215 so that all my certifications are in one place. Thank you, Lukas Becker

We will respond to the case as soon as possible. You can view and update the case in the AWS Support Center:
{link}

Sincerely,
Amazon Web Services

This email was sent from an email address that can't receive emails. Please don't reply to this message.

{AWS_FOOT}"""
    m = alt(t1, t2h(t1, font='Amazon Ember, Arial, sans-serif'))
    write('040-lukas-console-case-opened.eml',
          aws_mail(m, opened + timedelta(seconds=6), to, f"Amazon Web Services: You have opened a new Support case: {cid}", frm_addr=NOREPLY, inbound='outlook', inbound_kw=olk),
          L('case_created', cid, [keep, old], True))

    # 041 console: new correspondence notice
    d2 = datetime(2025, 7, 9, 13, 10, 4, tzinfo=UTC)
    t2 = f"""Hello,

We've added correspondence to your support case {cid} regarding "{csubj}".

To view the correspondence and reply, sign in to the AWS Support Center:
{link}

Sincerely,
Amazon Web Services

This email was sent from an email address that can't receive emails. Please don't reply to this message.

{AWS_FOOT}"""
    m = alt(t2, t2h(t2, font='Amazon Ember, Arial, sans-serif'))
    write('041-lukas-console-new-correspondence.eml',
          aws_mail(m, d2, to, f"[Case {cid}] New correspondence added", frm_addr=NOREPLY, inbound='outlook', inbound_kw=olk),
          L('support_reply', cid, [], True))

    # 042 console: agent reply asking for confirmation (text/plain only)
    d3 = d2 + timedelta(seconds=3)
    t3 = f"""Hello Lukas,

Thank you for contacting AWS Support. My name is Tomasz and I'll be assisting you with your request.

I've reviewed both profiles, and this is what will happen:

    aws15527748 (lukas.becker@gmx.de)       -> will be merged and then closed
    aws73390215 (lukas.becker@becker-it.de) -> will stay as your certification account

Everything linked to the GMX profile (certifications, exam history, benefits) will be moved. This can't be reversed once it's done.

Before I hand this over to the certification team, please reply to this case in the Support Center and confirm the above is correct.

Best regards,
Tomasz K.
Amazon Web Services

{CONSOLE_RATE}

If you have any questions about this case, please use the link below to reply; this email address can't receive emails.
{link}

{AWS_FOOT}"""
    m = text_part(t3, 'plain', 'utf-8', 'quoted-printable')
    write('042-lukas-console-confirm-request.eml',
          aws_mail(m, d3, to, f"RE:[CASE {cid}] {csubj}", frm_addr=NOREPLY, inbound='outlook', inbound_kw=olk),
          L('merge_confirmation_requested', cid, [keep, old], True))

    # 043 console: done
    d4 = datetime(2025, 7, 11, 8, 36, 50, tzinfo=UTC)
    t4 = f"""Hello Lukas,

Thanks for confirming in the Support Center.

The certification team has finished the request: your profiles have been combined and AWS73390215 is now the only active account. You can sign in with lukas.becker@becker-it.de and you should see all of your certifications there.

Best regards,
Tomasz K.
Amazon Web Services

{CONSOLE_RATE}

If you have any questions about this case, please use the link below to reply; this email address can't receive emails.
{link}

{AWS_FOOT}"""
    m = alt(t4, t2h(t4, font='Amazon Ember, Arial, sans-serif'), cte_t='base64', cte_h='base64')
    write('043-lukas-console-merge-finished.eml',
          aws_mail(m, d4, to, f"RE:[CASE {cid}] {csubj}", frm_addr=NOREPLY, inbound='outlook', inbound_kw=olk),
          L('merge_completed', cid, [keep], True))

    # 044 console: case resolved, rate
    d5 = datetime(2025, 7, 14, 8, 40, 12, tzinfo=UTC)
    h5 = f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We haven't heard from you, so we've marked your support case <b>{cid}</b> ("{csubj}") as resolved.</p>
<p>If you still need help, you can reopen the case within 14 days from the AWS Support Center: <a href="{link.replace('&', '&amp;')}">{cid}</a>.</p>
<p><b>How did we do?</b> Please rate your experience with this case:</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;rating=1">&#9733;</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">This email was sent from an email address that can't receive emails. Please don't reply to this message.<br>{AWS_FOOT}</p>
</body></html>"""
    m = text_part(h5, 'html', 'utf-8', 'quoted-printable')
    write('044-lukas-console-case-resolved-rate.eml',
          aws_mail(m, d5, to, f"Amazon Web Services: Your Support case {cid} has been resolved", frm_addr=NOREPLY, inbound='outlook', inbound_kw=olk),
          L('survey', cid, [], True))

    # 045 after he reopened: badges never moved
    d6 = datetime(2025, 7, 22, 12, 4, 27, tzinfo=UTC)
    t6 = f"""Hello Lukas,

Thanks for reopening the case and for the screenshots.

You're right - the merge itself only covers your AWS Certification account. Your digital badges are still attached to the Credly profile that uses lukas.becker@gmx.de, which is why they did not show up on your new profile.

I've asked our Credly team to move the badges over to the Credly profile registered with lukas.becker@becker-it.de. Once they've done that, you'll receive an email from Credly for each badge asking you to accept it. This usually takes 5-7 business days.

Could you also confirm that you have already created a Credly profile with lukas.becker@becker-it.de? If not, the badges will wait for you once you sign up with that address.

Best regards,
Tomasz K.
Amazon Web Services

{CONSOLE_RATE}

If you have any questions about this case, please use the link below to reply; this email address can't receive emails.
{link}

{AWS_FOOT}"""
    m = alt(t6, t2h(t6, font='Amazon Ember, Arial, sans-serif'))
    write('045-lukas-console-badges-escalated.eml',
          aws_mail(m, d6, to, f"RE:[CASE {cid}] {csubj}", frm_addr=NOREPLY, inbound='outlook', inbound_kw=olk),
          L('support_reply', cid, [], True))

    # 046 Credly's own self-service merge code (he tried it himself meanwhile)
    d7 = datetime(2025, 7, 24, 18, 2, 45, tzinfo=UTC)
    t7 = """Hi Lukas,

We received a request to merge another Credly account into your account.

Your verification code is: 583107

Enter this code on the account merge page, or click the button below to complete the merge. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=6f2b8c1d0e

If you did not request this, you can safely ignore this email.

The Credly Team
Credly, 2 Park Avenue, Suite 1007, New York, NY 10016"""
    m = alt(t7, t2h(t7, font='Helvetica, Arial, sans-serif'))
    write('046-lukas-credly-self-merge-code.eml',
          credly_mail(m, d7, to, 'Complete your Credly account merge', inbound='outlook', inbound_kw=olk, name='Credly', addr='admin@credly.com'),
          L('unrelated', None, [], True))

    # 047/048 Credly badges, re-issued after the merge
    for n, (badge, uid, dd) in enumerate([('AWS Certified Security - Specialty', '1b6e0f9a-2d34-4c58-8e71-93a0c5d4b2e8', datetime(2025, 7, 29, 15, 20, 8, tzinfo=UTC)),
                                          ('AWS Certified Solutions Architect - Professional', '8a9d3c27-4f10-4be6-a5d2-0c71e6f83b94', datetime(2025, 7, 29, 15, 20, 41, tzinfo=UTC))]):
        t = f"""Lukas, Amazon Web Services Training and Certification sent you a badge

{badge}

This badge was issued to you on Credly. Accept it to add it to your profile and share it with your network.

Accept Badge: https://www.credly.com/earner/earned/badge/{uid}

Credly, 2 Park Avenue, Suite 1007, New York, NY 10016
You are receiving this email because a badge was issued to lukas.becker@becker-it.de."""
        h = f"""<html><body style="font-family:Helvetica,Arial,sans-serif"><center>
<p style="font-size:20px">Lukas, Amazon Web Services Training and Certification sent you a badge</p>
<p style="font-size:18px"><b>{esc(badge)}</b></p>
<p>This badge was issued to you on Credly. Accept it to add it to your profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{uid}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#999">Credly, 2 Park Avenue, Suite 1007, New York, NY 10016<br>You are receiving this email because a badge was issued to lukas.becker@becker-it.de.</p>
</center></body></html>"""
        m = alt(t, h)
        slug = 'security-specialty' if n == 0 else 'sa-professional'
        write(f'{47+n:03d}-lukas-credly-badge-{slug}.eml',
              credly_mail(m, dd, to, "Amazon Web Services Training and Certification sent you a badge", inbound='outlook', inbound_kw=olk),
              L('credly_badge_issued', None, [], True))

# ---------------------------------------------------------------- Case G: Chen Wei, console 11-digit (2023), non-native agent, phishing in between
@case
def case_g():
    to = 'chen.wei.cloud@gmail.com'
    cid = '12036617891'
    keep, old = 'AWS26690314', 'AWS81172056'
    csubj = 'Need merge certification account'
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en"

    # 049 console: case opened (HTML only)
    d1 = datetime(2023, 2, 13, 2, 14, 38, tzinfo=UTC)
    h1 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p>Case ID: {cid}<br>
Subject: {csubj}<br>
Severity: Low<br>
Correspondence: Hi, I have 2 certification account because I used company email before. Now I changed job and want to merge them into one account with my gmail. Please help. Thanks, Wei</p>
<p>We will respond to the case as soon as possible. You can view and update the case at
<a href="{link.replace('&', '&amp;')}">{link.replace('&', '&amp;')}</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">This email was sent from an email address that can't receive emails. Please don't reply to this message.<br>{AWS_FOOT}</p>
</body></html>"""
    m = text_part(h1, 'html', 'utf-8', 'base64')
    write('049-chen-console-case-opened.eml',
          aws_mail(m, d1, to, f"Amazon Web Services: You have opened a new Support case: {cid}", frm_addr=NOREPLY),
          L('case_created', cid, [], True))

    # 050 agent asks for details (not yet a confirmation)
    d2 = datetime(2023, 2, 14, 9, 51, 7, tzinfo=UTC)
    t2 = f"""Hello Wei,

Greetings of the day!

I understood that you are looking to merge your AWS Certification accounts. To proceed further, we require below information from your end:

1. Candidate ID of both the accounts (format AWS followed by 8 digits)
2. Email address registered in both the accounts
3. Reason for the merge request

Please update the case with requested information from the Support Center so that we can check further.

Regards,
Mohammed R.
Amazon Web Services

{CONSOLE_RATE}

If you have any questions about this case, please use the link below to reply; this email address can't receive emails.
{link}

{AWS_FOOT}"""
    m = text_part(t2, 'plain', 'utf-8', 'quoted-printable')
    write('050-chen-console-agent-asks-details.eml',
          aws_mail(m, d2, to, f"RE:[CASE {cid}] {csubj}", frm_addr=NOREPLY),
          L('support_reply', cid, [], True))

    # 051 phishing about the merge, look-alike domain (its own DMARC passes; lower header forged)
    d3 = datetime(2023, 2, 16, 23, 3, 55, tzinfo=UTC)
    t3 = """Dear Customer,

We have received a request to merge the following AWS Certification accounts:

  - chen.wei.cloud@gmail.com
  - wei.chen@tailwind-systems.cn

For your security, the merge must be confirmed by the account owner. Please confirm the merge within 24 hours using the secure link below. If the merge is not confirmed, both certification accounts will be suspended and your certifications may be revoked.

CONFIRM MERGE: https://aws-certification-support.com/merge/confirm?ref=c7Q2xW9

Thank you,
AWS Training & Certification Account Team

Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109"""
    h3 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="background:#232f3e;padding:10px"><span style="color:#ff9900;font-weight:bold;font-size:20px">aws</span></div>
{''.join(f'<p>{esc(p).replace(chr(10), "<br>")}</p>' for p in t3.split(chr(10)*2) if 'CONFIRM MERGE' not in p)}
<p><a href="https://aws-certification-support.com/merge/confirm?ref=c7Q2xW9" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
</body></html>"""
    m = alt(t3, h3)
    ip = f"185.{rnd.randint(100,250)}.{rnd.randint(1,250)}.{rnd.randint(1,250)}"
    write('051-chen-phishing-confirm-merge-lookalike.eml',
          vendor_mail(m, d3, to, '"AWS Training & Certification" <verify@aws-certification-support.com>',
                      'Action required: confirm your AWS Certification account merge', 'bounce@aws-certification-support.com',
                      'aws-certification-support.com', [('aws-certification-support.com', 'default')],
                      'mail.aws-certification-support.com', ip, f"<{hx(24)}@aws-certification-support.com>",
                      extra=[('Authentication-Results', 'amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
                             ('X-Mailer', 'PHPMailer 6.6.0 (https://github.com/PHPMailer/PHPMailer)')],
                      inbound_kw=dict(policy='NONE')),
          L('merge_confirmation_requested', None, [], False))

    # 052 real confirmation request
    d4 = datetime(2023, 2, 17, 10, 26, 44, tzinfo=UTC)
    t4 = f"""Hello Wei,

Thank you for sharing the details.

As requested, we will merge the account AWS81172056 (wei.chen@tailwind-systems.cn) into AWS26690314 (chen.wei.cloud@gmail.com). Kindly note that post merge, AWS81172056 will not be accessible anymore and the same is irreversible.

Please confirm us by replying on the case through Support Center, so that we can initiate the merge process.

Regards,
Mohammed R.
Amazon Web Services

{CONSOLE_RATE}

If you have any questions about this case, please use the link below to reply; this email address can't receive emails.
{link}

{AWS_FOOT}"""
    m = alt(t4, t2h(t4))
    write('052-chen-console-confirm-request.eml',
          aws_mail(m, d4, to, f"RE:[CASE {cid}] {csubj}", frm_addr=NOREPLY),
          L('merge_confirmation_requested', cid, [keep, old], True))

    # 053 completed
    d5 = datetime(2023, 2, 21, 6, 12, 19, tzinfo=UTC)
    t5 = f"""Hello Wei,

Thank you for your confirmation.

We are glad to inform you that your request has been completed and now all of your certifications are showing under AWS26690314. Please login with chen.wei.cloud@gmail.com to verify the same.

Also, please be careful with any email asking you to confirm a merge through an outside link. AWS will only communicate with you regarding this request through this case.

Regards,
Mohammed R.
Amazon Web Services

{CONSOLE_RATE}

If you have any questions about this case, please use the link below to reply; this email address can't receive emails.
{link}

{AWS_FOOT}"""
    m = alt(t5, t2h(t5), cte_t='base64', cte_h='quoted-printable')
    write('053-chen-console-merge-completed.eml',
          aws_mail(m, d5, to, f"RE:[CASE {cid}] {csubj}", frm_addr=NOREPLY),
          L('merge_completed', cid, [keep], True))

# ---------------------------------------------------------------- Case H: Emily Watson, 2020, 10-digit form case, own mail server (no Authentication-Results)
@case
def case_h():
    to = 'emily@watson-family.me.uk'
    cid = '7092551836'
    keep, old = 'AWS02288164', 'AWS00951276'
    re_subj = f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"
    kw = dict(mx='mail.watson-family.me.uk', loc_tz=BST)

    # 054 confirmation request (paraphrased: consolidate)
    d1 = datetime(2020, 6, 9, 15, 33, 12, tzinfo=UTC)
    t1 = f"""Hi Emily,

Thanks for getting in touch with AWS Training and Certification.

We can consolidate your two certification profiles into one. Based on what you told us, this is how it would look:

  Profile being retired: AWS00951276 (emily.watson@adatum-uk.com)
  Profile you will keep: AWS02288164 (emily@watson-family.me.uk)

Your exam history and active certifications from the retired profile would be copied across to the one you keep. Please be aware that we are not able to separate the profiles again afterwards.

Could you reply and let us know that you are happy for us to go ahead on this basis?

Kind regards,
Oliver
AWS Training and Certification Customer Support

{AWS_FOOT}"""
    m = text_part(t1, 'plain', 'us-ascii', '7bit')
    write('054-emily-2020-consolidation-check.eml', aws_mail(m, d1, to, re_subj, inbound='none', inbound_kw=kw),
          L('merge_confirmation_requested', cid, [keep, old], None))

    # 055 done (paraphrased), Outlook-style quote of her reply below
    d2 = datetime(2020, 6, 12, 10, 7, 45, tzinfo=UTC)
    t2 = f"""Hi Emily,

All sorted: your two profiles are now a single record under AWS02288164. When you sign in with emily@watson-family.me.uk you will see the certifications that used to sit on the other profile.

Your Acclaim badges will follow in the next few days.

Kind regards,
Oliver
AWS Training and Certification Customer Support

From: emily@watson-family.me.uk
Sent: Tuesday, June 9, 2020 6:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {re_subj}

Hi Oliver,
Yes, that's right - please go ahead and combine them, keeping AWS02288164.
Thanks!
Emily

{AWS_FOOT}"""
    m = text_part(t2, 'plain', 'us-ascii', '7bit')
    write('055-emily-2020-profiles-combined.eml', aws_mail(m, d2, to, re_subj, inbound='none', inbound_kw=kw),
          L('merge_completed', cid, [keep], None))

    # 056 Acclaim (pre-Credly) badge
    d3 = datetime(2020, 6, 15, 19, 44, 2, tzinfo=UTC)
    t3 = """Emily, you earned a badge from Amazon Web Services Training and Certification!

AWS Certified SysOps Administrator - Associate

Accept your badge to start sharing it on social networks, in your email signature and on your resume.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/04e9c1b7-3a86-4c2e-b0f5-7d18a62e9c31

Acclaim by Credly, 2 Park Avenue, Suite 1007, New York, NY 10016"""
    m = alt(t3, t2h(t3, font='Helvetica, Arial, sans-serif'), cte_t='quoted-printable', cte_h='quoted-printable')
    ip = f"167.89.{rnd.randint(1,120)}.{rnd.randint(1,250)}"
    write('056-emily-2020-acclaim-badge.eml',
          vendor_mail(m, d3, to, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                      'Emily, you earned a badge from Amazon Web Services Training and Certification!',
                      f"bounces+{rnd.randint(1000000,9999999)}@em.youracclaim.com", 'youracclaim.com',
                      [('youracclaim.com', 's1')], f"o{rnd.randint(1,9)}.em.youracclaim.com", ip,
                      f"<{alnum(22)}@ismtpd0{rnd.randint(10,40)}p1mdw1.sendgrid.net>", inbound='none', inbound_kw=kw),
          L('credly_badge_issued', None, [], None))

# ---------------------------------------------------------------- Look-alikes in the same mailboxes
@case
def noise():
    # 057 Seller Central case with the same RE:[CASE ...] style (Daniel also sells on Amazon)
    to = 'daniel.okafor.dev@gmail.com'
    d = datetime(2025, 3, 18, 20, 41, 7, tzinfo=UTC)
    t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the listing for ASIN B0CX7KQ2LM (USB-C travel charger, 65W). The listing was suppressed because the main image does not meet our image requirements: the product must fill at least 85% of the image on a pure white background.

Please upload a compliant main image in Seller Central under Catalog > Edit listing > Images. The listing will become active again within 24 hours after a valid image is processed.

Did I solve your problem?
If yes, please click here: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&yes
If no, please click here: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&no

We hope you found this information helpful.

Thank you for your understanding,
Gerald K.
Amazon Selling Partner Support
https://sellercentral.amazon.com"""
    m = alt(t, t2h(t))
    write('057-daniel-seller-central-case.eml',
          aws_mail(m, d, to, 'RE:[CASE 5884881212] Listing suppressed - main image requirements',
                   frm_addr='seller-notification@amazon.com', frm_name='Amazon Selling Partner Support'),
          L('unrelated', '5884881212', [], True))

    # 058 CertMetrics survey in Japanese, labelled Shift_JIS but using Windows-31J characters
    to = 'k-tanaka@nifty.com'
    d = datetime(2025, 6, 10, 1, 30, 0, tzinfo=UTC)
    t = """田中 健一 様

AWS 認定プログラムをご利用いただき、ありがとうございます。

AWS 認定では、受験者の皆様の声をもとにプログラムの改善に取り組んでおります。
つきましては、以下のアンケートへのご協力をお願いいたします（所要時間：約５分）。

　① 試験の予約から受験までの体験について
　② 認定アカウントの使いやすさについて
　③ 特典（次回試験の 50% 割引バウチャーなど）について

アンケートに回答する：https://www.certmetrics.com/amazon/survey.aspx?id=7f3c0a9e

回答期限：2025年6月30日

※本メールは送信専用のアドレスから配信されています。ご返信いただいてもお答えできません。

AWS Training and Certification"""
    m = text_part(t, 'plain', 'shift_jis', 'base64', codec='cp932')
    ip = f"52.{rnd.randint(0,120)}.{rnd.randint(1,250)}.{rnd.randint(1,250)}"
    write('058-tanaka-certmetrics-survey-ja.eml',
          vendor_mail(m, d, to, 'AWS Certification <do-not-reply@certmetrics.com>',
                      Header('AWS 認定からのお願い：アンケートにご協力ください', 'iso-2022-jp', header_name='Subject').encode(),
                      f"bounce-{rnd.randint(100000,999999)}@mail.certmetrics.com", 'certmetrics.com',
                      [('certmetrics.com', 'selector1')], 'mail.certmetrics.com', ip,
                      f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@certmetrics.com>", inbound='jp', inbound_kw=NIFTY),
          L('unrelated', None, [], False, 'ja'))

    # 059 AWS Builder ID code (own mail server, no Authentication-Results)
    to = 'emily@watson-family.me.uk'
    d = datetime(2024, 4, 2, 8, 11, 26, tzinfo=UTC)
    t = """Verify your AWS Builder ID email address

Thank you for creating an AWS Builder ID. Use the following code to verify your email address:

Verification code: 618204

This code expires 30 minutes after it was sent.

If you did not create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
    m = alt(t, t2h(t))
    write('059-emily-builder-id-code.eml',
          aws_mail(m, d, to, 'Verify your AWS Builder ID email address', frm_addr='no-reply@signin.aws', frm_name='AWS Builder ID',
                   inbound='none', inbound_kw=dict(mx='mail.watson-family.me.uk', loc_tz=BST)),
          L('unrelated', None, [], None))

    # 060 Credly badge expiry reminder (Rahul, Yahoo)
    to = 'rahul.menon87@yahoo.com'
    d = datetime(2025, 1, 6, 14, 5, 33, tzinfo=UTC)
    t = """Hi Rahul,

Your badge AWS Certified Cloud Practitioner issued by Amazon Web Services Training and Certification will expire on April 6, 2025.

To keep your credential active, check the issuer's recertification requirements before the expiration date.

View badge: https://www.credly.com/badges/3e6f0c2a-9d1b-4a77-8c52-b1e04f7a2d65

Credly, 2 Park Avenue, Suite 1007, New York, NY 10016
Manage your email preferences: https://www.credly.com/earner/settings/notifications"""
    m = alt(t, t2h(t, font='Helvetica, Arial, sans-serif'))
    write('060-rahul-credly-badge-expiring.eml',
          credly_mail(m, d, to, 'Your AWS Certified Cloud Practitioner badge expires in 90 days', inbound='yahoo'),
          L('unrelated', None, [], True))

# ==== MAIN ====
if __name__ == '__main__':
    for f in CASES:
        f()
    with open(os.path.join(OUT, 'labels.json'), 'w') as fh:
        json.dump(dict(sorted(LABELS.items())), fh, indent=2, ensure_ascii=False)
    print(len(LABELS), 'mails written')
