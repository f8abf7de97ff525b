#!/usr/bin/env python3
"""Generator for blind set 236: eight whole merge cases (form desk EN/JA,
console EN/JA, two of each) plus look-alikes.  Run: python3 make_set.py"""
import base64, quopri, json, os, random, hashlib, uuid, glob
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email import policy as _policy
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(236)
UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
CET = ZoneInfo('Europe/Berlin')
ET = ZoneInfo('America/New_York')

LABELS = {}
COUNTER = [0]

# ---------------------------------------------------------------- helpers

def b64(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()

def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))

def fold_b64(s, first=70, width=76, indent='\t '):
    out, line = [], s[:first]
    s = s[first:]
    out.append(line)
    while s:
        out.append(indent + s[:width - len(indent)])
        s = s[width - len(indent):]
    return '\n'.join(out)

def ew(s, cs='utf-8', enc='B', first_room=60):
    """RFC 2047 encoded words, folded.  ASCII-only text is returned as is."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    codec = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932'}[cs.lower()]
    label = cs.upper() if rng.random() < 0.6 else cs.lower()
    words, cur = [], ''

    def enc_chunk(c):
        raw = c.encode(codec)
        if enc == 'B':
            return f'=?{label}?B?{base64.b64encode(raw).decode()}?='
        q = ''
        for byte in raw:
            ch = chr(byte)
            if ch.isalnum() and byte < 128:
                q += ch
            elif ch == ' ':
                q += '_'
            else:
                q += '=%02X' % byte
        return f'=?{label}?Q?{q}?='
    room = first_room
    for ch in s:
        if len(enc_chunk(cur + ch)) > room and cur:
            words.append(enc_chunk(cur))
            cur = ch
            room = 74
        else:
            cur += ch
    if cur:
        words.append(enc_chunk(cur))
    return '\n '.join(words)

def addr(name, a, cs='utf-8', enc='B'):
    if not name:
        return a
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()"'):
            return f'"{name}" <{a}>'
        return f'"{name}" <{a}>' if rng.random() < 0.5 else f'{name} <{a}>'
    except UnicodeEncodeError:
        return f'{ew(name, cs, enc, first_room=70)} <{a}>'

def leaf(text, sub='plain', cs='utf-8', cte='qp', declared=None, codec=None, quote_cs=True):
    codec = codec or {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
                      'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}[cs.lower()]
    raw = text.encode(codec)
    m = Message()
    d = declared or cs
    m['Content-Type'] = f'text/{sub}; charset="{d}"' if quote_cs else f'text/{sub}; charset={d}'
    if cte == 'b64':
        m['Content-Transfer-Encoding'] = 'base64'
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'qp':
        m['Content-Transfer-Encoding'] = 'quoted-printable'
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == '7bit':
        m['Content-Transfer-Encoding'] = '7bit'
        m.set_payload(raw.decode('ascii'))
    elif cte == '8bit':
        m['Content-Transfer-Encoding'] = '8bit'
        m.set_payload(raw.decode('ascii', 'surrogateescape'))
    return m

def alt(*parts, boundary=None):
    mp = MIMEMultipart('alternative', boundary=boundary or ('----=_Part_%d_%d.%d' % (
        rng.randint(100000, 999999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))))
    del mp['MIME-Version']
    for p in parts:
        mp.attach(p)
    return mp

def html_wrap(body_html, title='', lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><title>{title}</title></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            f'{body_html}\n</body></html>\n')

def t2h(text):
    """plain text -> simple html paragraphs (keeps '>' quoting as blockquote-ish)."""
    import html as _h
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>' + _h.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)

def ses_msgid(dt, region='email.amazonses.com'):
    ms = int(dt.timestamp() * 1000)
    return f'<0100{ms:012x}-{uuid.UUID(int=rng.getrandbits(128))}-000000@{region}>'

def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000)
    return f'0100{ms:012x}-{uuid.UUID(int=rng.getrandbits(128))}-000000@amazonses.com'

def rfc(dt):
    return format_datetime(dt)

def dkim(d, s, dt, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/simple'):
    t = int(dt.timestamp())
    hdr = f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={t};\n\th={h};\n\tbh={b64(32)};\n\tb='
    return 'DKIM-Signature: ' + hdr + fold_b64(b64(256), first=60)

SES_IPS = ['54.240.8.33', '54.240.8.84', '54.240.9.41', '54.240.48.92', '54.240.11.7', '54.240.13.2',
           '23.251.224.12', '54.240.27.59']

def ses_host(ip):
    a = ip.split('.')
    return f'a{a[2]}-{a[3]}.smtp-out.amazonses.com'

# ----- provider trace blocks (returned as list of raw header lines, top first)

def trace_gmail(rcpt, dt, ip, host, mailfrom, dkims, dmarc, from_dom, spf='pass', helo=None):
    t = dt + timedelta(seconds=rng.randint(1, 4))
    lt = t.astimezone(PT)
    gid = f'{hexs(13)}-{hexs(11)}si{rng.randint(1000000,9999999)}{rng.choice(["qt","cf","ej","rn"])}.{rng.randint(10,999)}.{lt:%Y.%m.%d.%H.%M.%S}'
    dk = ';\n       '.join(f'dkim={r} header.i=@{d} header.s={s} header.b={b64(6)[:8]}' for d, s, r in dkims)
    dm = f'dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis={"NONE" if dmarc == "pass" else "QUARANTINE"}) header.from={from_dom}'
    spf_txt = (f'spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}'
               if spf == 'pass' else
               f'spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    ar = f'mx.google.com;\n       {dk};\n       {spf_txt};\n       {dm}'
    return [
        f'Delivered-To: {rcpt}',
        f'Received: by 2002:a05:{hexs(4)}:{hexs(3)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(2)}csp{rng.randint(100000,9999999)};\n        {rfc(lt)}',
        f'X-Google-Smtp-Source: AGHT+I{b64(60)[:70]}',
        f'X-Received: by 2002:a05:{hexs(4)}:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(10)}.{rng.randint(10,99)}.{rng.randint(1000000000000,9999999999999)};\n        {rfc(lt)}',
        f'ARC-Seal: i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(b64(180), first=60, indent="         ")}',
        f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64(32)};\n        fh=/{b64(30)[:40]}=;\n        b={fold_b64(b64(180), first=60, indent="         ")}',
        f'ARC-Authentication-Results: i=1; {ar}',
        f'Return-Path: <{mailfrom}>',
        f'Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {gid}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(lt)}',
        f'Received-SPF: {spf} (google.com: domain of {mailfrom} {"designates" if spf=="pass" else "does not designate"} {ip} as permitted sender) client-ip={ip};',
        f'Authentication-Results: {ar}',
    ]

def trace_outlook(rcpt, dt, ip, host, mailfrom, dkims, dmarc, from_dom, spf='pass', helo=None):
    t = dt + timedelta(seconds=rng.randint(1, 5))
    mfd = mailfrom.split('@')[1]
    d0 = dkims[0]
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    srv = f'{rng.choice(["BN8NAM12","CH3PEPF","SA2PEPF","DM6NAM10"])}FT{rng.randint(10,99)}.mail.protection.outlook.com'
    return [
        f'Received: from {rng.choice(["MN2PR","SJ0PR","BY5PR","PH7PR"])}{rng.randint(10,19)}MB{rng.randint(1000,9999)}.namprd{rng.randint(10,20)}.prod.outlook.com\n (2603:10b6:{hexs(3)}:{hexs(2)}::{rng.randint(10,99)}) by {rng.choice(["LV3PR","IA1PR"])}{rng.randint(10,19)}MB{rng.randint(1000,9999)}.namprd{rng.randint(10,20)}.prod.outlook.com with\n HTTPS; {rfc(t + timedelta(seconds=2))}',
        f'Received: from {srv}\n (2603:10b6:{hexs(3)}:{hexs(3)}:cafe::{hexs(2)}) by {rng.choice(["MN2PR","SJ0PR"])}{rng.randint(10,19)}CA{rng.randint(1000,9999)}.outlook.office365.com\n (2603:10b6:{hexs(3)}:{hexs(2)}::{rng.randint(10,99)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)}; {rfc(t + timedelta(seconds=1))}',
        f'Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfd}; dkim={d0[2]} (signature was verified)\n header.d={d0[0]};dmarc={dmarc} action={"none" if dmarc=="pass" else "quarantine"}\n header.from={from_dom};compauth={comp}',
        f'Received-SPF: {"Pass" if spf=="pass" else "Fail"} ({"protection.outlook.com: domain of " + mfd + " designates " + ip + " as permitted sender" if spf=="pass" else "protection.outlook.com: domain of " + mfd + " does not designate " + ip + " as permitted sender"})\n receiver=protection.outlook.com; client-ip={ip}; helo={host}; pr=C',
        f'Received: from {host} ({ip}) by\n {srv} (10.167.{rng.randint(1,250)}.{rng.randint(1,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)} via Frontend\n Transport; {rfc(t)}',
        f'X-MS-Exchange-Organization-ExpirationStartTime: {t.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3]}\n (UTC)',
        f'X-MS-Exchange-Organization-Network-Message-Id:\n {uuid.UUID(int=rng.getrandbits(128))}',
        f'X-MS-Exchange-Organization-SCL: 1',
    ]

def trace_generic(authserv, rcpt, dt, ip, host, mailfrom, dkims, dmarc, from_dom, spf='pass',
                  mx=None, tz=JST, style='plain'):
    t = (dt + timedelta(seconds=rng.randint(1, 6))).astimezone(tz)
    mx = mx or f'mx.{authserv}'
    dk = ';\n\t'.join(f'dkim={r} header.d={d} header.s={s} header.b={b64(6)[:8]}' for d, s, r in dkims)
    if style == 'fastmail':
        dk = ';\n    '.join(f'dkim={r} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={b64(6)[:8]} header.a=rsa-sha256 header.s={s} x-bits=2048' for d, s, r in dkims)
        ar = (f'{authserv};\n    {dk};\n    dmarc={dmarc} policy.published-domain-policy=quarantine\n'
              f'      policy.applied-disposition={"none" if dmarc=="pass" else "quarantine"} policy.evaluated-disposition={"none" if dmarc=="pass" else "quarantine"}\n'
              f'      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from={from_dom};\n'
              f'    iprev=pass smtp.remote-ip={ip} ({host});\n    spf={spf} smtp.mailfrom={mailfrom}\n      smtp.helo={host}')
    else:
        ar = f'{authserv};\n\tspf={spf} smtp.mailfrom={mailfrom};\n\t{dk};\n\tdmarc={dmarc} header.from={from_dom}'
    return [
        f'Return-Path: <{mailfrom}>',
        f'Delivered-To: {rcpt}',
        f'Received: from {host} ({host} [{ip}])\n\tby {mx} with ESMTPS id {hexs(12).upper()}\n\tfor <{rcpt}>; {rfc(t)}',
        f'Authentication-Results: {ar}',
    ]

PROVIDERS = {
    'gmail': trace_gmail,
    'outlook': trace_outlook,
    'yahoojp': lambda *a, **k: trace_generic('mx.yahoo.co.jp', *a, mx=f'mta{rng.randint(100,599)}.mail.kks.yahoo.co.jp', **k),
    'nifty': lambda *a, **k: trace_generic('nifty.com', *a, mx=f'mxg{rng.randint(10,40)}.nifty.com', **k),
    'sakura': lambda *a, **k: trace_generic(f'www{rng.randint(1000,4999)}.sakura.ne.jp', *a, mx=f'www{rng.randint(1000,4999)}.sakura.ne.jp', **k),
    'gmx': lambda *a, **k: trace_generic('gmx.net', *a, mx=f'mx-ha.gmx.net', tz=CET, **k),
    'fastmail': lambda *a, **k: trace_generic(f'mx{rng.randint(1,6)}.messagingengine.com', *a,
                                              mx=f'mx{rng.randint(1,6)}.messagingengine.com', tz=ET, style='fastmail', **k),
}

def aws_incoming(provider, rcpt, dt, from_hdr, subject, body, extra_top=None, from_dom='amazon.com',
                 dmarc='pass', dkim_res='pass', reply_to=None, to_hdr=None, msgid=None, xhdrs=None):
    ip = rng.choice(SES_IPS)
    host = ses_host(ip)
    mf = ses_mailfrom(dt)
    dkims = [(from_dom, rng.choice(['rte02', 'vcxslmtdmc4xfmsivgnzs2z7ov4iicpn', 'rte02']), dkim_res),
             ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', dkim_res)]
    tr = PROVIDERS[provider](rcpt, dt, ip, host, mf, dkims, dmarc, from_dom)
    hdrs = list(extra_top or []) + tr + [
        dkim(from_dom, dkims[0][1], dt),
        dkim('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', dt, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID'),
        f'Date: {rfc(dt.astimezone(UTC))}',
        f'From: {from_hdr}',
    ]
    if reply_to:
        hdrs.append(f'Reply-To: {reply_to}')
    hdrs += [f'To: {to_hdr or rcpt}', f'Message-ID: {msgid or ses_msgid(dt)}', f'Subject: {subject}']
    hdrs += list(xhdrs or [])
    hdrs += ['MIME-Version: 1.0', f'Feedback-ID: ::1.us-east-1.{b64(33)[:43].replace("/","x")}=:AmazonSES',
             f'X-SES-Outgoing: {dt.astimezone(UTC).strftime("%Y.%m.%d")}-{ip}']
    return hdrs, body

def emit(slug, hdrs, body, label):
    COUNTER[0] += 1
    fname = f'{COUNTER[0]:03d}-{slug}.eml'
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep='\n', max_line_length=998))
    g.flatten(body)
    data = '\n'.join(hdrs).encode('ascii') + b'\n' + buf.getvalue()
    if not data.endswith(b'\n'):
        data += b'\n'
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[fname] = {'kind': lab['kind'], 'case_id': lab.get('case_id'), 'account_ids': lab['account_ids'],
                     'sender_verified': lab.get('sender_verified'), 'language': lab.get('language', 'en')}
    return fname

def L(kind, case_id=None, ids=(), sv=True, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': list(ids), 'sender_verified': sv, 'language': lang}

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))

def at(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

def gmail_sent(frm, to, dt, subject, body, msgid=None, extra=None, inreply=None):
    """A message as it sits in Gmail's Sent folder (no Authentication-Results)."""
    mid = msgid or f'<CA{b64(30)[:40].replace("/","_").replace("+","-")}@mail.gmail.com>'
    hdrs = ['MIME-Version: 1.0', f'Date: {rfc(dt)}']
    if inreply:
        hdrs += [f'References: {inreply}', f'In-Reply-To: {inreply}']
    hdrs += [f'Message-ID: {mid}', f'Subject: {subject}', f'From: {frm}', f'To: {to}']
    hdrs += list(extra or [])
    return hdrs, body

# ================================================================= CASES
CASES = []

def case(fn):
    CASES.append(fn)
    return fn

# (cases appended below)

def incoming(provider, rcpt, dt, from_hdr, subject, body, from_dom, mailfrom, ip, host, dkims, dmarc,
             msgid, xhdrs=None, to_hdr=None, spf='pass', extra_top=None, reply_to=None, date_tz=UTC,
             post_trace=None):
    tr = PROVIDERS[provider](rcpt, dt, ip, host, mailfrom, [(d, s, r) for d, s, r in dkims], dmarc, from_dom, spf=spf)
    hdrs = list(extra_top or []) + tr + list(post_trace or [])
    for d, s, r in dkims:
        hdrs.append(dkim(d, s, dt))
    hdrs += [f'Date: {rfc(dt.astimezone(date_tz))}', f'From: {from_hdr}']
    if reply_to:
        hdrs.append(f'Reply-To: {reply_to}')
    hdrs += [f'To: {to_hdr or rcpt}', f'Message-ID: {msgid}', f'Subject: {subject}', 'MIME-Version: 1.0']
    hdrs += list(xhdrs or [])
    return hdrs, body

def credly_incoming(provider, rcpt, dt, from_name, subject, body, to_hdr=None):
    ip = f'149.72.{rng.randint(1,250)}.{rng.randint(1,250)}'
    host = f'o{rng.randint(1,9)}.ptr{rng.randint(1000,9999)}.email.credly.com'
    mf = f'bounces+{rng.randint(1000000,9999999)}-{hexs(4)}-{rcpt.replace("@","=")}@em{rng.randint(1000,9999)}.credly.com'
    mid = f'<{b64(16)[:22].replace("/","_").replace("+","-")}@geopod-ismtpd-{rng.randint(1,40)}>'
    return incoming(provider, rcpt, dt, addr(from_name, 'admin@credly.com'), subject, body, 'credly.com', mf, ip,
                    host, [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')], 'pass', mid,
                    xhdrs=[f'X-SG-EID: {b64(60)[:76]}', f'X-Entity-ID: {b64(18)[:24]}'], to_hdr=to_hdr)

def gmail_reply_body(new_text, attribution, quoted_text, html_new=None):
    import html as _h
    plain = new_text.rstrip('\n') + '\n\n' + attribution + '\n\n' + quote(quoted_text) + '\n'
    hq = _h.escape(quoted_text.strip('\n')).replace('\n', '<br>\n')
    hn = html_new or ('<div dir="ltr">' + _h.escape(new_text.strip('\n')).replace('\n\n', '</div><div dir="ltr"><br></div><div dir="ltr">').replace('\n', '<br>') + '</div>')
    html = (f'{hn}<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'{_h.escape(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{hq}</blockquote></div>\n')
    return plain, html

def outlook_block(frm, sent, to, subject, cc=None):
    s = f'From: {frm}\nSent: {sent}\nTo: {to}\n'
    if cc:
        s += f'Cc: {cc}\n'
    return s + f'Subject: {subject}'

# ---------------------------------------------------------------- Case A
# Daniel Okafor, Gmail, form desk English, May 2025, 15-digit case id
A_CASE = '174705221340718'
A_SUBJ = f'[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
A_ME = 'daniel.okafor.dev@gmail.com'
A_FROM = addr('Amazon Web Services', FORM)

A2_TEXT = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I have located the account associated with candidate ID AWS11930562. To locate your second account I will need a little more information from you:

1. The email address you used to sign in to the other account (your former work email, if that is what you used)
2. The candidate ID of that account, if you can find it on an exam confirmation or score report
3. Which of the two accounts you would like to keep as your primary account going forward

Please note that the account that is kept will be the one you sign in with after the merge, and all certification history will be moved to it.

Once I have these details I will be happy to continue with your request.

Kind regards,
Mariana S.
AWS Training and Certification Customer Support

To contact us again about this case, please reply to this email and keep the case ID in the subject line.
"""

A4_TEXT = """Hello Daniel,

Thank you for the information. I was able to locate both of your accounts:

Account to be retained: AWS04418327 (daniel.okafor@brightlane-tech.com)
Account to be merged and closed: AWS11930562 (daniel.okafor.dev@gmail.com)

After the merge, all certifications, exam history and benefits from AWS11930562 will be moved into AWS04418327, and the login and notification email of the retained account will be changed to daniel.okafor.dev@gmail.com as you requested.

Please be aware that an account merge is permanent and cannot be reversed. Before I submit the request, please reply to this email to confirm that the details above are correct.

Kind regards,
Mariana S.
AWS Training and Certification Customer Support

To contact us again about this case, please reply to this email and keep the case ID in the subject line.
"""

A5_TEXT = """Hi Mariana,

The details are correct. Please proceed with the merge.

Thank you!
Daniel
"""

@case
def case_a():
    d1 = at(2025, 5, 12, 12, 16, 58)
    t1 = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support. This message confirms that we have received your inquiry and a case has been created for it.

Case ID: {A_CASE}
Inquiry type: Certification
Inquiry detail: Account Merge

A member of our team will review your request and respond, in most cases within 24 hours. You do not need to submit the form again; duplicate requests can delay our response. If you have additional information, reply to this email and keep the case ID in the subject line.

Summary of your submission
--------------------------
Name: Daniel Okafor
Email: {A_ME}
AWS candidate ID: AWS11930562
Description: Hi, I have two certification accounts. One was created with my work email at my previous employer (I passed Solutions Architect Associate with it in 2021), the other is this gmail one where I passed Developer Associate last month. I don't remember the candidate ID of the old one. Could you merge them, ideally into the older account?

Regards,
AWS Training and Certification
https://aws.amazon.com/training/
"""
    body = alt(leaf(t1, cte='qp'), leaf(html_wrap(t2h(t1), 'AWS Training and Certification'), 'html', cte='qp'))
    h, b = aws_incoming('gmail', A_ME, d1, A_FROM, A_SUBJ, body)
    emit('form-ack-merge-request', h, b, L('case_created', A_CASE, ['AWS11930562']))

    d2 = at(2025, 5, 13, 16, 40, 12)
    body = alt(leaf(A2_TEXT, cte='qp'), leaf(html_wrap(t2h(A2_TEXT)), 'html', cte='qp'))
    h, b = aws_incoming('gmail', A_ME, d2, A_FROM, 'RE:' + A_SUBJ, body)
    emit('agent-asks-login-email', h, b, L('support_reply', A_CASE, ['AWS11930562']))

    d3 = at(2025, 5, 13, 19, 2, 11, ET)
    new = """Hi Mariana,

Thanks for the quick reply. Details below:

1. Old account login: daniel.okafor@brightlane-tech.com (I no longer have access to that mailbox, I left Brightlane in 2023)
2. Candidate ID: AWS04418327 - found it on my SAA score report from 2021
3. I'd like to keep AWS04418327 since it has the older certs, but please send everything to my gmail from now on.

Thanks,
Daniel
"""
    attr = f'On Tue, May 13, 2025 at 12:40\u202fPM Amazon Web Services <{FORM}> wrote:'
    p, hh = gmail_reply_body(new, attr, A2_TEXT)
    body = alt(leaf(p, cs='utf-8', cte='qp', quote_cs=False), leaf(hh, 'html', cte='qp', quote_cs=False),
               boundary='000000000000' + hexs(16))
    h, b = gmail_sent(addr('Daniel Okafor', A_ME), FORM, d3, 'Re: RE:' + A_SUBJ, body)
    emit('sent-reply-with-old-id', h, b, L('unrelated', A_CASE, ['AWS04418327'], sv=None))

    d4 = at(2025, 5, 14, 14, 22, 40)
    body = alt(leaf(A4_TEXT, cte='b64'), leaf(html_wrap(t2h(A4_TEXT)), 'html', cte='b64'))
    h, b = aws_incoming('gmail', A_ME, d4, A_FROM, 'RE:' + A_SUBJ, body)
    emit('agent-confirm-merge-direction', h, b, L('merge_confirmation_requested', A_CASE, ['AWS04418327', 'AWS11930562']))

    d5 = at(2025, 5, 14, 11, 3, 52, ET)
    attr = f'On Wed, May 14, 2025 at 10:22\u202fAM Amazon Web Services <{FORM}> wrote:'
    p, hh = gmail_reply_body(A5_TEXT, attr, A4_TEXT)
    body = alt(leaf(p, cte='qp', quote_cs=False), leaf(hh, 'html', cte='qp', quote_cs=False),
               boundary='000000000000' + hexs(16))
    h, b = gmail_sent(addr('Daniel Okafor', A_ME), FORM, d5, 'Re: RE:' + A_SUBJ, body)
    emit('sent-details-correct-proceed', h, b, L('unrelated', A_CASE, [], sv=None))

    d6 = at(2025, 5, 14, 19, 50, 3)
    t6 = f"""Hello Daniel,

Thank you for confirming. I have now submitted your request to the team that handles certification account changes.

Once the merge is complete we will send you a separate email, which usually happens within 1-3 business days. There is nothing more you need to do in the meantime; please do not open a new case for this request, as it will only be added to the same queue.

Best regards,
Tomasz
AWS Training and Certification Customer Support

---- Original Message ----
From: Daniel Okafor <{A_ME}>
Sent: 5/14/2025 3:03 PM
Subject: Re: RE:{A_SUBJ}

{A5_TEXT.strip()}
"""
    body = alt(leaf(t6, cte='qp'), leaf(html_wrap(t2h(t6)), 'html', cte='qp'))
    h, b = aws_incoming('gmail', A_ME, d6, A_FROM, 'RE:' + A_SUBJ, body)
    emit('agent-thanks-will-proceed', h, b, L('support_reply', A_CASE, []))

    d7 = at(2025, 5, 16, 9, 12, 27)
    t7 = """Hello Daniel,

Good news - your AWS Certification accounts have been combined. The certifications and exam history previously held under AWS11930562 now appear under AWS04418327, and you can sign in to AWS Certification with daniel.okafor.dev@gmail.com from now on. The account AWS11930562 has been deactivated.

A few things to check over the next couple of days:
- Your certifications are listed on the Certifications page of your account.
- Any unused exam benefit, such as the 50% discount voucher, appears under Benefits.
- Your digital badges are visible on Credly. Badges can take up to 48 hours to be re-issued to your email.

If anything looks wrong, simply reply to this email.

Kind regards,
Mariana S.
AWS Training and Certification Customer Support
"""
    body = alt(leaf(t7, cte='qp'), leaf(html_wrap(t2h(t7)), 'html', cte='qp'))
    h, b = aws_incoming('gmail', A_ME, d7, A_FROM, 'RE:' + A_SUBJ, body)
    emit('merge-done-accounts-combined', h, b, L('merge_completed', A_CASE, ['AWS04418327', 'AWS11930562']))

    d8 = at(2025, 5, 16, 9, 14, 2)
    h8 = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;"><tr><td>
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80">
<h2 style="font-size:20px;">Your case has been closed</h2>
<p>Hello Daniel,</p>
<p>Case <b>{A_CASE}</b> (account-assistance) has been marked as resolved and closed. We'd love to hear about your experience.</p>
<p style="font-weight:bold;">Was your issue resolved?</p>
<p><a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none;">YES</a>&nbsp;&nbsp;
<a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;r=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none;">NO</a></p>
<p>How would you rate the support you received from Mariana S.?</p>
<p><a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;rate=1">1</a> &middot; <a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;rate=2">2</a> &middot; <a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;rate=3">3</a> &middot; <a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;rate=4">4</a> &middot; <a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;rate=5">5</a></p>
<p style="font-size:12px;color:#687078;">If you need further help with this issue, reply to this email within 14 days and your case will be reopened.</p>
<p style="font-size:11px;color:#687078;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</td></tr></table></td></tr></table>"""
    body = leaf(html_wrap(h8, 'Your case has been closed'), 'html', cte='qp')
    h, b = aws_incoming('gmail', A_ME, d8, A_FROM, f'Your case {A_CASE} has been closed - tell us how we did', body)
    emit('case-closed-rate-agent', h, b, L('survey', A_CASE, []))

    d9 = at(2025, 5, 17, 3, 41, 9)
    bid = uuid.UUID(int=rng.getrandbits(128))
    t9 = f"""Congratulations, Daniel!

AWS Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

This badge was re-issued to this email address after your AWS Certification accounts were combined. Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/badges/{bid}/accept?source=email

Questions? Visit https://support.credly.com

Credly, Inc. | 50 Milk Street, Boston, MA 02109
You are receiving this email because an organization issued you a badge through Credly.
"""
    h9 = f"""<table width="100%" style="background:#f5f5f5;"><tr><td align="center"><table width="560" style="background:#fff;padding:32px;">
<tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt=""></td></tr>
<tr><td><h1 style="font-size:24px;">Congratulations, Daniel!</h1>
<p>AWS Training and Certification has issued you a badge: <strong>AWS Certified Solutions Architect &ndash; Associate</strong>.</p>
<p>This badge was re-issued to this email address after your AWS Certification accounts were combined. Accept your badge to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept?source=email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;">Accept your badge</a></p>
<p style="font-size:12px;color:#777;">Credly, Inc. | 50 Milk Street, Boston, MA 02109<br>You are receiving this email because an organization issued you a badge through Credly.</p>
</td></tr></table></td></tr></table>"""
    body = alt(leaf(t9, cte='qp'), leaf(html_wrap(h9), 'html', cte='qp'))
    h, b = credly_incoming('gmail', A_ME, d9, 'AWS Training and Certification via Credly',
                           'Daniel, your AWS Certified Solutions Architect - Associate badge is ready', body)
    emit('credly-saa-badge-reissued', h, b, L('credly_badge_issued', None, []))

# ---------------------------------------------------------------- Case B
# 佐藤 美咲, nifty, form desk Japanese, Nov 2024
B_CASE = '173148901266391'
B_ME = 'm-sato@nifty.com'
B_SUBJ = f'[CASE {B_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

B2_TEXT = """佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の小林と申します。

お送りいただいた情報をもとに確認いたしましたところ、以下の 2 つの認定アカウントが見つかりました。

・統合元(統合後に無効となるアカウント): AWS20988145
　登録メールアドレス: misaki.takahashi.0312@gmail.com / 登録氏名: 高橋 美咲
・統合先(今後ご利用いただくアカウント): AWS20573391
　登録メールアドレス: m-sato@nifty.com / 登録氏名: 佐藤 美咲

統合後は、AWS20988145 に記録されている認定資格、受験履歴および特典がすべて AWS20573391 に移行されます。
なお、アカウントの統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
ご確認のほど、何卒よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート
"""

@case
def case_b():
    d1 = at(2024, 11, 13, 9, 10, 17)
    t1 = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: {B_CASE}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じ内容でフォームを再度送信していただく必要はございません。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

■ 送信内容
氏名: 佐藤 美咲
メールアドレス: {B_ME}
AWS 受験者 ID: AWS20573391
お問い合わせ内容:
結婚により姓が変わり、旧姓(高橋)で作成した認定アカウントと現在のアカウントの 2 つがあります。
旧アカウントの登録メールアドレスは misaki.takahashi.0312@gmail.com です。
現在のアカウントに 1 つにまとめていただけますでしょうか。

AWS トレーニングと認定
https://aws.amazon.com/jp/training/
"""
    body = leaf(t1, cs='iso-2022-jp', cte='7bit', quote_cs=False)
    subj = ew(f'お問い合わせを受け付けました [CASE {B_CASE}]', 'iso-2022-jp', 'B')
    h, b = aws_incoming('nifty', B_ME, d1, A_FROM, subj, body)
    emit('form-ack-ja-kyusei-account', h, b, L('case_created', B_CASE, ['AWS20573391'], lang='ja'))

    d2 = at(2024, 11, 14, 1, 22, 5)
    body = alt(leaf(B2_TEXT, cte='b64'), leaf(html_wrap(t2h(B2_TEXT), '', 'ja'), 'html', cte='b64'))
    h, b = aws_incoming('nifty', B_ME, d2, A_FROM, 'RE:' + B_SUBJ, body)
    emit('agent-ja-togo-kakunin', h, b, L('merge_confirmation_requested', B_CASE, ['AWS20573391', 'AWS20988145'], lang='ja'))

    d3 = at(2024, 11, 14, 12, 48, 30, JST)
    t3 = ("小林様\n\nご確認いただきありがとうございます。\n記載の内容で相違ございません。統合の実施をお願いいたします。\n\n"
          "佐藤 美咲\n\niPhoneから送信\n\n"
          f"2024/11/14 10:22、Amazon Web Services <{FORM}>のメール:\n\n" + quote(B2_TEXT) + "\n")
    body = leaf(t3, cs='iso-2022-jp', cte='7bit')
    h = ['Content-Type: text/plain; charset=iso-2022-jp', 'Content-Transfer-Encoding: 7bit',
         f'From: {addr("佐藤 美咲", B_ME, "iso-2022-jp")}', 'Mime-Version: 1.0 (1.0)',
         f'Date: {rfc(d3)}', f'Subject: Re: RE:{B_SUBJ}',
         'Message-Id: <' + str(uuid.UUID(int=rng.getrandbits(128))).upper() + '@nifty.com>',
         f'To: Amazon Web Services <{FORM}>', 'X-Mailer: iPhone Mail (22A3354)']
    # body headers are in h already: emit only the payload
    body = Message(); body.set_payload(t3.encode('iso2022_jp').decode('ascii'))
    emit('sent-ja-iphone-shodaku', h, body, L('unrelated', B_CASE, [], sv=None, lang='ja'))

    d4 = at(2024, 11, 15, 6, 5, 44)
    t4 = f"""佐藤 美咲 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。

ご承諾いただきありがとうございました。
お待たせいたしましたが、認定アカウントの統合作業が完了いたしましたのでご連絡申し上げます。
旧アカウント AWS20988145 の認定資格および受験履歴は、AWS20573391 に移行済みです。
今後は {B_ME} にてサインインしてください。

Credly のデジタルバッジは、反映まで最大 48 時間ほどかかる場合がございます。
また、未使用の受験特典(50% 割引バウチャー等)がある場合は、「特典」のページにてご確認いただけます。

ご不明な点がございましたら、本メールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート

---
今回の対応についてのアンケートにご協力ください。
https://survey.aws-tc.amazon.com/s?c={B_CASE}&lang=ja
"""
    body = alt(leaf(t4, cte='qp'), leaf(html_wrap(t2h(t4), '', 'ja'), 'html', cte='qp'))
    h, b = aws_incoming('nifty', B_ME, d4, A_FROM, 'RE:' + B_SUBJ, body)
    emit('agent-ja-togo-kanryo', h, b, L('merge_completed', B_CASE, ['AWS20573391', 'AWS20988145'], lang='ja'))

    d5 = at(2024, 11, 15, 6, 7, 1)
    h5 = f"""<div style="max-width:600px;margin:0 auto;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;">
<p style="font-size:18px;font-weight:bold;">ケースがクローズされました</p>
<p>佐藤 美咲 様</p>
<p>ケース {B_CASE}(account-assistance)は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>
<p><b>問題は解決しましたか?</b></p>
<p><a href="https://survey.aws-tc.amazon.com/s?c={B_CASE}&amp;r=yes&amp;lang=ja">はい</a> ／ <a href="https://survey.aws-tc.amazon.com/s?c={B_CASE}&amp;r=no&amp;lang=ja">いいえ</a></p>
<p>担当者(小林)の対応を 5 段階で評価してください。<br>
<a href="https://survey.aws-tc.amazon.com/s?c={B_CASE}&amp;rate=5&amp;lang=ja">★★★★★</a> <a href="https://survey.aws-tc.amazon.com/s?c={B_CASE}&amp;rate=4&amp;lang=ja">★★★★</a> <a href="https://survey.aws-tc.amazon.com/s?c={B_CASE}&amp;rate=3&amp;lang=ja">★★★</a> <a href="https://survey.aws-tc.amazon.com/s?c={B_CASE}&amp;rate=2&amp;lang=ja">★★</a> <a href="https://survey.aws-tc.amazon.com/s?c={B_CASE}&amp;rate=1&amp;lang=ja">★</a></p>
<p style="font-size:11px;color:#777;">本メールは送信専用です。14 日以内に本ケースについて追加のご連絡をいただいた場合、ケースは再度オープンされます。<br>
アマゾン ウェブ サービス ジャパン合同会社</p></div>"""
    body = leaf(html_wrap(h5, 'アンケート', 'ja'), 'html', cte='b64')
    subj = ew(f'ケース {B_CASE} はクローズされました - アンケートのお願い', 'utf-8', 'Q')
    h, b = aws_incoming('nifty', B_ME, d5, addr('Amazon Web Services', NOREPLY), subj, body)
    emit('ja-case-closed-enquete', h, b, L('survey', B_CASE, [], lang='ja'))

    d6 = at(2024, 11, 16, 23, 30, 12)
    u1, u2 = uuid.UUID(int=rng.getrandbits(128)), uuid.UUID(int=rng.getrandbits(128))
    t6 = f"""Hi Misaki,

AWS Training and Certification has issued you 2 new badges. Your AWS Certification accounts were recently merged, so the badges earned on your previous account have been issued to this email address.

- AWS Certified Cloud Practitioner
  Accept: https://www.credly.com/badges/{u1}/accept
- AWS Certified Developer - Associate
  Accept: https://www.credly.com/badges/{u2}/accept

Once accepted, you can share your badges on LinkedIn and other networks.

Credly, Inc. | 50 Milk Street, Boston, MA 02109
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
    h6 = f"""<table width="100%"><tr><td align="center"><table width="560">
<tr><td><p style="font-size:20px;">Hi Misaki,</p>
<p>AWS Training and Certification has issued you <b>2 new badges</b>. Your AWS Certification accounts were recently merged, so the badges earned on your previous account have been issued to this email address.</p>
<table><tr><td><img src="https://images.credly.com/size/80x80/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="80"></td><td>AWS Certified Cloud Practitioner<br><a href="https://www.credly.com/badges/{u1}/accept">Accept badge</a></td></tr>
<tr><td><img src="https://images.credly.com/size/80x80/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="80"></td><td>AWS Certified Developer &ndash; Associate<br><a href="https://www.credly.com/badges/{u2}/accept">Accept badge</a></td></tr></table>
<p style="font-size:12px;color:#888;">Credly, Inc. | 50 Milk Street, Boston, MA 02109<br><a href="https://www.credly.com/notifications">Unsubscribe from badge notifications</a></p>
</td></tr></table></td></tr></table>"""
    body = alt(leaf(t6, cte='qp'), leaf(html_wrap(h6), 'html', cte='qp'))
    h, b = credly_incoming('nifty', B_ME, d6, 'Credly', 'You have 2 new badges from AWS Training and Certification', body)
    emit('credly-two-badges-after-merge', h, b, L('credly_badge_issued', None, []))

# ---------------------------------------------------------------- console helpers
def console_link(cid, lang='en'):
    return f'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}'

CONSOLE_FOOT_EN = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
{agent}
Amazon Web Services

======================================================
To see the case or reply, please use the link below:
{link}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ---------------------------------------------------------------- Case C
# Priya Raman, outlook.com, console English, March 2025, three accounts
C_CASE = '174162140008127'
C_ME = 'priya.raman@outlook.com'
C_TOPIC = 'Merge duplicate AWS Certification accounts'
C_FROM = addr('Amazon Web Services', NOREPLY)

@case
def case_c():
    link = console_link(C_CASE)
    d1 = at(2025, 3, 10, 15, 43, 24)
    t1 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C_CASE} to address your issue.

The details of your case are as follows:

Case ID: {C_CASE}
Subject: {C_TOPIC}
Severity: General guidance
Correspondence: Hello, I have ended up with two AWS Certification accounts (candidate IDs AWS35120874 and AWS35290416) because I booked one of my exams through my employer's training portal. Please merge them, I would like to keep AWS35120874 which is on my personal email.

Thanks, Priya

We will respond to your case within the time frame for the severity that you selected. You can view the status of your case and add correspondence in the AWS Support Center:
{link}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
    body = alt(leaf(t1, cte='qp', quote_cs=False), leaf(html_wrap(t2h(t1)), 'html', cte='qp', quote_cs=False))
    h, b = aws_incoming('outlook', C_ME, d1, C_FROM, f'Amazon Web Services: You have opened a new Support case: {C_CASE}', body)
    emit('console-case-opened-merge', h, b, L('case_created', C_CASE, ['AWS35120874', 'AWS35290416']))

    d2 = at(2025, 3, 11, 7, 18, 51)
    t2 = """Hello Priya,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding the merging of your certification accounts. I have reviewed the two candidate IDs shared by you.

While checking our records, I found that there is one more account which is also having your name and date of birth: AWS36004752, registered with the email priya.r@contoso-analytics.com. This account has one exam attempt (AWS Certified AI Practitioner, Dec 2024).

Kindly help me with below details so I can proceed further:
1. Does the account AWS36004752 also belongs to you and should be included in the merge?
2. Please confirm which account you want to keep as primary. As per your message it is the personal email one, but kindly reconfirm once.

You may reply from the Support Center link given below.

""" + CONSOLE_FOOT_EN.format(agent='Arjun K.', link=link)
    body = alt(leaf(t2, cte='qp'), leaf(html_wrap(t2h(t2)), 'html', cte='qp'))
    h, b = aws_incoming('outlook', C_ME, d2, C_FROM, f'RE:[CASE {C_CASE}] {C_TOPIC}', body)
    emit('console-agent-found-third-account', h, b, L('support_reply', C_CASE, ['AWS36004752']))

    d3 = at(2025, 3, 12, 5, 2, 33)
    t3 = f"""Hello,

There is new correspondence on your AWS Support case {C_CASE}.

Subject: {C_TOPIC}

To view the update and respond, sign in to the AWS Support Center:
{link}

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    body = leaf(t3, cs='us-ascii', cte='7bit')
    h, b = aws_incoming('outlook', C_ME, d3, C_FROM, f'[Case {C_CASE}] New correspondence added', body)
    emit('console-new-correspondence-notice', h, b, L('support_reply', C_CASE, []))

    d4 = at(2025, 3, 12, 5, 2, 10)
    t4 = """Hello Priya,

Thank you for confirming that the third account is also yours. Please find below the merge details as per your update:

Primary account (will remain active): AWS35120874 - priya.raman@outlook.com
Account to be merged into primary: AWS35290416
Account to be merged into primary: AWS36004752

All the certifications, exam history and benefits of AWS35290416 and AWS36004752 will be moved to AWS35120874 and both these accounts will be deactivated. Please note that once merged, the accounts can not be separated again.

Kindly reply to this case in the Support Center with your confirmation that the above information is correct, so that I can submit the request to our internal team.

""" + CONSOLE_FOOT_EN.format(agent='Arjun K.', link=link)
    body = alt(leaf(t4, cte='b64'), leaf(html_wrap(t2h(t4)), 'html', cte='b64'))
    h, b = aws_incoming('outlook', C_ME, d4, C_FROM, f'RE:[CASE {C_CASE}] {C_TOPIC}', body)
    emit('console-agent-three-into-one-confirm', h, b, L('merge_confirmation_requested', C_CASE, ['AWS35120874', 'AWS35290416', 'AWS36004752']))

    q_case = '174171155304410'
    d5 = at(2025, 3, 11, 16, 45, 57)
    t5 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {q_case} to address your issue.

The details of your case are as follows:

Case ID: {q_case}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: US East (N. Virginia)
Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 64
------------
Use case description: Load testing for a customer demo next week.

We will respond to your case within the time frame for the severity that you selected. You can view the status of your case and add correspondence in the AWS Support Center:
{console_link(q_case)}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
    body = alt(leaf(t5, cte='qp', quote_cs=False), leaf(html_wrap(t2h(t5)), 'html', cte='qp', quote_cs=False))
    h, b = aws_incoming('outlook', C_ME, d5, C_FROM, f'Amazon Web Services: You have opened a new Support case: {q_case}', body)
    emit('other-console-case-ec2-limit', h, b, L('unrelated', q_case, []))

    d6 = at(2025, 3, 14, 10, 27, 45)
    t6 = """Hello Priya,

Hope you are doing well.

I am glad to inform you that the merging of your AWS Certification accounts has been completed successfully by our internal team. Now all your certifications and exam history are showing under the candidate ID AWS35120874, and the accounts AWS35290416 and AWS36004752 are deactivated.

Kindly sign in to your AWS Certification account with priya.raman@outlook.com and verify that everything is showing correctly. Your Credly badges will be transferred within 2-3 working days.

As the request is completed, I will be marking this case as resolved. If you need any further assistance, please feel free to reopen the case.

""" + CONSOLE_FOOT_EN.format(agent='Arjun K.', link=link)
    body = alt(leaf(t6, cte='qp'), leaf(html_wrap(t2h(t6)), 'html', cte='qp'))
    h, b = aws_incoming('outlook', C_ME, d6, C_FROM, f'RE:[CASE {C_CASE}] {C_TOPIC}', body)
    emit('console-agent-merge-completed', h, b, L('merge_completed', C_CASE, ['AWS35120874', 'AWS35290416', 'AWS36004752']))

    d7 = at(2025, 3, 14, 10, 29, 2)
    h7 = f"""<div style="max-width:640px;margin:auto;">
<img src="https://a0.awsstatic.com/libra-css/images/logos/aws_smile-header-desktop-en-white_59x35.png" alt="AWS" style="background:#232f3e;padding:10px;">
<h2>Your AWS Support case has been resolved</h2>
<p>Hello,</p>
<p>We've marked case <strong>{C_CASE}</strong> ("{C_TOPIC}") as resolved. If your issue isn't fully resolved, you can reopen the case from the Support Center within 14 days:<br>
<a href="{link}">{link}</a></p>
<hr>
<p><strong>How did we do?</strong> Your feedback helps us improve AWS Support.</p>
<p>Was your issue resolved?&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;resolved=yes">Yes</a> &nbsp;|&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;resolved=no">No</a></p>
<p>Rate your overall experience: <a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;rating=5">Excellent</a> &middot; <a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;rating=3">Average</a> &middot; <a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;rating=1">Poor</a></p>
<p style="font-size:11px;color:#545b64;">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210<br>
This e-mail was sent from an address that cannot accept incoming e-mail.</p></div>"""
    body = leaf(html_wrap(h7, 'Case resolved'), 'html', cte='qp')
    h, b = aws_incoming('outlook', C_ME, d7, C_FROM, f'Your AWS Support case {C_CASE} has been resolved', body)
    emit('console-case-resolved-feedback', h, b, L('survey', C_CASE, []))

CONSOLE_FOOT_JA = """お客様からのフィードバックをお待ちしております。本メール末尾の AWS サポートセンターのリンクから、今回の回答を評価していただけますと幸いです。AWS サポートセンターでは、各回答の右上にある星を選択して評価することもできます。

よろしくお願いいたします。
{agent}
Amazon Web Services

======================================================
ケースの確認やご返信には、以下のリンクをご利用ください:
{link}

*このメールは送信専用アドレスから送信されているため、ご返信いただくことはできません。同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

# ---------------------------------------------------------------- Case D
# 田中 健一, company domain on sakura, console Japanese, July 2025
D_CASE = '175254530031562'
D_ME = 'k.tanaka@tanaka-sekkei.co.jp'
D_TOPIC = '認定アカウントの統合について'

@case
def case_d():
    link = console_link(D_CASE, 'ja')
    sub_re = ew(f'RE:[CASE {D_CASE}] {D_TOPIC}', 'utf-8', 'B')
    d1 = at(2025, 7, 15, 2, 8, 26)
    t1 = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {D_CASE} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {D_CASE}
件名: {D_TOPIC}
重要度: 一般的なガイダンス
お問い合わせ内容: 認定アカウントが2つあるので統合をお願いします。会社のメールアドレスで作成したアカウント(受験者ID AWS51730026)を残したいです。もう一方は個人のGmailで登録したもので、受験者IDは分かりません。

選択された重要度に応じた時間内にご回答いたします。ケースのステータスの確認や返信の追加は、AWS サポートセンターから行うことができます:
{link}

Amazon Web Services をご利用いただきありがとうございます。

Amazon Web Services

*このメールは送信専用アドレスから送信されているため、ご返信いただくことはできません。同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。
"""
    body = alt(leaf(t1, cte='b64'), leaf(html_wrap(t2h(t1), '', 'ja'), 'html', cte='b64'))
    subj = ew(f'Amazon Web Services: 新しいサポートケースをオープンしました: {D_CASE}', 'utf-8', 'B')
    h, b = aws_incoming('sakura', D_ME, d1, C_FROM, subj, body)
    emit('console-ja-case-opened', h, b, L('case_created', D_CASE, ['AWS51730026'], lang='ja'))

    d2 = at(2025, 7, 16, 0, 51, 9)
    t2 = """田中 健一 様

お世話になっております。AWS トレーニングと認定 サポート担当の中村でございます。
認定アカウントの統合につきまして、お問い合わせいただきありがとうございます。

ご登録の氏名と生年月日をもとに確認いたしましたところ、以下の 2 つのアカウントが見つかりました。

残すアカウント: AWS51730026(k.tanaka@tanaka-sekkei.co.jp)
統合後に閉鎖されるアカウント: AWS49811203(kenichi.tanaka.1985@gmail.com)

上記の内容で統合を進めてよろしいでしょうか。
統合の処理は一度実施すると取り消すことができません。お手数ではございますが、内容をご確認のうえ、サポートセンターより本ケースにご返信いただけますと幸いです。

""" + CONSOLE_FOOT_JA.format(agent='中村', link=link)
    body = alt(leaf(t2, cte='b64'), leaf(html_wrap(t2h(t2), '', 'ja'), 'html', cte='b64'))
    h, b = aws_incoming('sakura', D_ME, d2, C_FROM, sub_re, body)
    emit('console-ja-agent-togo-naiyo-kakunin', h, b, L('merge_confirmation_requested', D_CASE, ['AWS49811203', 'AWS51730026'], lang='ja'))

    d3 = at(2025, 7, 19, 1, 3, 40)
    t3 = """田中 健一 様

お世話になっております。AWS サポートの中村でございます。

先日ご案内いたしました認定アカウントの統合内容につきまして、その後いかがでしょうか。
ご確認いただけましたら、お手数ですがサポートセンターより本ケースへのご返信をお願いいたします。

なお、7 日間ご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、ケースを再オープンしていただくことで引き続き対応いたしますので、ご安心ください。

""" + CONSOLE_FOOT_JA.format(agent='中村', link=link)
    body = alt(leaf(t3, cte='qp'), leaf(html_wrap(t2h(t3), '', 'ja'), 'html', cte='qp'))
    h, b = aws_incoming('sakura', D_ME, d3, C_FROM, sub_re, body)
    emit('console-ja-agent-reminder', h, b, L('support_reply', D_CASE, [], lang='ja'))

    d4 = at(2025, 7, 22, 4, 30, 55)
    t4 = """田中 健一 様

お世話になっております。中村でございます。
ご返信およびご承諾いただき、誠にありがとうございます。

いただいた内容をもとに、担当部署へ統合の処理を依頼いたしました。
処理が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

""" + CONSOLE_FOOT_JA.format(agent='中村', link=link)
    body = alt(leaf(t4, cte='b64'), leaf(html_wrap(t2h(t4), '', 'ja'), 'html', cte='b64'))
    h, b = aws_incoming('sakura', D_ME, d4, C_FROM, sub_re, body)
    emit('console-ja-agent-irai-shimashita', h, b, L('support_reply', D_CASE, [], lang='ja'))

    d5 = at(2025, 7, 24, 2, 12, 18)
    t5 = """田中 健一 様

お世話になっております。AWS サポートの中村でございます。
大変お待たせいたしました。

ご依頼いただいておりました認定アカウントの一本化の処理が、本日完了いたしました。
AWS49811203 に登録されていた認定資格および受験履歴は、すべて AWS51730026 に移行されております。
今後は k.tanaka@tanaka-sekkei.co.jp でサインインしていただき、認定資格や特典が正しく表示されているかご確認ください。
Credly のバッジにつきましては、反映までに数日かかる場合がございます。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、ケースを再オープンしてお知らせください。

""" + CONSOLE_FOOT_JA.format(agent='中村', link=link)
    body = alt(leaf(t5, cte='b64'), leaf(html_wrap(t2h(t5), '', 'ja'), 'html', cte='b64'))
    h, b = aws_incoming('sakura', D_ME, d5, C_FROM, sub_re, body)
    emit('console-ja-ipponka-kanryo', h, b, L('merge_completed', D_CASE, ['AWS49811203', 'AWS51730026'], lang='ja'))

    d6 = at(2025, 7, 31, 2, 15, 0)
    t6 = f"""お客様

AWS サポートケース {D_CASE}「{D_TOPIC}」は、7 日間お客様からのご返信がなかったため、解決済みとしてクローズされました。
問題が解決していない場合は、AWS サポートセンターからケースを再オープンしてください:
{link}

AWS サポートの品質向上のため、アンケートへのご協力をお願いいたします(所要時間 約 1 分)。
問題は解決しましたか? はい: https://console.aws.amazon.com/support/feedback?displayId={D_CASE}&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?displayId={D_CASE}&resolved=no&language=ja

Amazon Web Services

*このメールは送信専用アドレスから送信されています。
"""
    body = alt(leaf(t6, cte='qp'), leaf(html_wrap(t2h(t6), '', 'ja'), 'html', cte='qp'))
    subj = ew(f'AWS サポートケース {D_CASE} はクローズされました', 'utf-8', 'B')
    h, b = aws_incoming('sakura', D_ME, d6, C_FROM, subj, body)
    emit('console-ja-case-closed-survey', h, b, L('survey', D_CASE, [], lang='ja'))

# ---------------------------------------------------------------- Case E
# Marco Bianchi, GMX, form desk English, Feb 2023, 11-digit ids, first case never answered
E_CASE1 = '11938465720'
E_CASE = '11986207431'
E_ME = 'marco.bianchi@gmx.de'
def e_subj(c):
    return f'[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance'

E3_TEXT = """Hello Marco,

Thank you for your patience and apologies for the delay.

I checked your previous request, case 11938465720. It seems the notification email was not captured on that form so our answer could not be delivered to you. I have closed that case as duplicate and we will continue here. For the future please avoid to open multiple cases for the same request, because this can delay the resolution.

I can see the account AWS07741380 in our system. For the second account AWS02268915 the name is registered as "M. Bianchi" and the email is different, so I need to verify the ownership first. Could you please provide:

- the email address registered in each of the two accounts
- the reason for the merge

Once I have this information I will check further.

Best Regards,
Ana Lucia R.
AWS Training and Certification Support
"""

E5_TEXT = """Hello Marco,

Thank you for the details, I was able to verify both accounts.

Please confirm that you want the account AWS07741380 (marco.bianchi@gmx.de) to be merged to the account AWS02268915 (m.bianchi@vettore-it.eu). The account AWS02268915 will be kept and the other will be deactivated. Your login email will be updated to marco.bianchi@gmx.de.

Kindly note that the merge is irreversible. Please reply to this email with your confirmation to proceed.

Best Regards,
Ana Lucia R.
AWS Training and Certification Support
"""

@case
def case_e():
    tmpl = """Thank you for submitting your request to AWS Training and Certification.

Your case number is {c}. Please keep this number for your reference.

Our team reviews requests in the order they are received and will get back to you as soon as possible, usually within 24 hours. If you need to add information to this request, reply to this email without changing the subject line.

---------- Request details ----------
First name: Marco
Last name: Bianchi
Email: {em}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS07741380
Message:
{msg}
-------------------------------------

AWS Training and Certification
"""
    d1 = at(2023, 2, 6, 8, 31, 4)
    t1 = tmpl.format(c=E_CASE1, em='', msg="I have 2 certification accounts, the old one is from my previous job (AWS02268915). Please merge them and keep the old one because it has my Professional certification.")
    body = leaf(t1, cte='b64')
    h, b = aws_incoming('gmx', E_ME, d1, A_FROM, e_subj(E_CASE1), body)
    emit('form-ack-first-case', h, b, L('case_created', E_CASE1, ['AWS02268915', 'AWS07741380']))

    d2 = at(2023, 2, 13, 9, 2, 47)
    t2 = tmpl.format(c=E_CASE, em=E_ME, msg=f"Second try - I sent this request last week (case {E_CASE1}) but never received any answer. I have two accounts: AWS07741380 (current) and AWS02268915 (old job). Please merge, keep AWS02268915.")
    body = leaf(t2, cte='b64')
    h, b = aws_incoming('gmx', E_ME, d2, A_FROM, e_subj(E_CASE), body)
    emit('form-ack-second-case', h, b, L('case_created', E_CASE, ['AWS02268915', 'AWS07741380']))

    d3 = at(2023, 2, 14, 9, 12, 33)
    body = alt(leaf(E3_TEXT, cte='qp'), leaf(html_wrap(t2h(E3_TEXT)), 'html', cte='qp'))
    h, b = aws_incoming('gmx', E_ME, d3, A_FROM, 'RE:' + e_subj(E_CASE), body)
    emit('agent-duplicate-case-need-emails', h, b, L('support_reply', E_CASE, ['AWS02268915', 'AWS07741380']))

    d4 = at(2023, 2, 14, 21, 40, 5, CET)
    t4 = f"""Hello Ana Lucia,

thanks for your answer, no problem.

The emails are:
aws07741380 -> marco.bianchi@gmx.de (private)
AWS-02268915 -> m.bianchi@vettore-it.eu (my old employer, Vettore IT, the mailbox still exists but I can not read it anymore)

Reason: I changed company in 2022 and created a new account because I could not log in with the old one. I would like to have all certifications in one place for my CV.

Best regards / Viele Grüße
Marco Bianchi

On 14.02.23 10:12, Amazon Web Services wrote:
""" + quote(E3_TEXT) + "\n"
    body = leaf(t4, cte='8bit')
    body.replace_header('Content-Type', 'text/plain; charset=UTF-8; format=flowed')
    h = [f'Message-ID: <{uuid.UUID(int=rng.getrandbits(128))}@gmx.de>', f'Date: {rfc(d4)}', 'MIME-Version: 1.0',
         'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101\n Thunderbird/102.7.2',
         'Subject: Re: RE:' + e_subj(E_CASE), 'Content-Language: en-US',
         f'To: Amazon Web Services <{FORM}>', f'From: Marco Bianchi <{E_ME}>']
    emit('sent-thunderbird-emails-and-reason', h, body, L('unrelated', E_CASE, ['AWS02268915', 'AWS07741380'], sv=None))

    d5 = at(2023, 2, 15, 7, 55, 20)
    body = alt(leaf(E5_TEXT, cte='qp'), leaf(html_wrap(t2h(E5_TEXT)), 'html', cte='qp'))
    h, b = aws_incoming('gmx', E_ME, d5, A_FROM, 'RE:' + e_subj(E_CASE), body)
    emit('agent-please-confirm-merge-to', h, b, L('merge_confirmation_requested', E_CASE, ['AWS02268915', 'AWS07741380']))

    d6 = at(2023, 2, 15, 9, 30, 41, CET)
    t6 = """Hello,

yes, this is correct, please go ahead.

One question: on AWS07741380 I have an unused 50% exam voucher from my last exam. Will it be moved as well, or should I use it before?

Thank you
Marco


Gesendet: Mittwoch, 15. Februar 2023 um 08:55 Uhr
Von: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>
An: marco.bianchi@gmx.de
Betreff: RE:""" + e_subj(E_CASE) + "\n" + E5_TEXT
    import html as _h
    h6 = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hello,</div><div>&nbsp;</div>'
          '<div>yes, this is correct, please go ahead.</div><div>&nbsp;</div><div>One question: on AWS07741380 I have an unused 50% exam voucher from my last exam. Will it be moved as well, or should I use it before?</div>'
          '<div>&nbsp;</div><div>Thank you</div><div>Marco</div><div>&nbsp;</div><div>&nbsp;</div>'
          '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">'
          '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Mittwoch, 15. Februar 2023 um 08:55 Uhr<br/><b>Von:</b>&nbsp;&quot;Amazon Web Services&quot; &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br/>'
          '<b>An:</b>&nbsp;marco.bianchi@gmx.de<br/><b>Betreff:</b>&nbsp;RE:' + _h.escape(e_subj(E_CASE)) + '</div><div name="quoted-content">'
          + _h.escape(E5_TEXT).replace('\n', '<br/>\n') + '</div></div></div></body></html>\n')
    body = alt(leaf(t6, cte='qp', quote_cs=False), leaf(h6, 'html', cte='qp', quote_cs=False), boundary='abmob-' + str(uuid.UUID(int=rng.getrandbits(128))))
    h = [f'Message-ID: <trinity-{uuid.UUID(int=rng.getrandbits(128))}-{int(d6.timestamp()*1000)}@3c-app-gmx-bs{rng.randint(10,70)}>',
         f'From: "Marco Bianchi" <{E_ME}>', f'To: "Amazon Web Services" <{FORM}>',
         'Subject: Aw: RE:' + e_subj(E_CASE), 'MIME-Version: 1.0', f'Date: {rfc(d6)}', 'Importance: normal', 'Sensitivity: Normal',
         f'X-Priority: 3', f'X-UI-Message-Type: mail', f'X-Provags-ID: V03:K1:{b64(40)[:52]}']
    emit('sent-gmx-yes-plus-voucher-question', h, body, L('unrelated', E_CASE, ['AWS07741380'], sv=None))

    d7 = at(2023, 2, 15, 15, 20, 2)
    t7 = """Hello Marco,

Thanks for confirming. About your question: yes, unused exam benefits like the 50% voucher are moved together with the certifications to the account that is kept, so you don't need to use it before. After the merge it will be visible in the Benefits section of the kept account.

I have forwarded the merge to our back-office team for processing. It may take up to 3 business days, and I will update you on this case when it is done.

Best Regards,
Ana Lucia R.
AWS Training and Certification Support

-----Original Message-----
From: Marco Bianchi <marco.bianchi@gmx.de>
Sent: 15/02/2023 08:30
Subject: Aw: RE:""" + e_subj(E_CASE) + """

yes, this is correct, please go ahead.

One question: on AWS07741380 I have an unused 50% exam voucher from my last exam. Will it be moved as well, or should I use it before?
"""
    body = alt(leaf(t7, cte='qp'), leaf(html_wrap(t2h(t7)), 'html', cte='qp'))
    h, b = aws_incoming('gmx', E_ME, d7, A_FROM, 'RE:' + e_subj(E_CASE), body)
    emit('agent-voucher-answer-forwarded', h, b, L('support_reply', E_CASE, []))

    d8 = at(2023, 2, 17, 11, 4, 36)
    t8 = """Hello Marco,

I'm happy to share that your request is completed: the account AWS07741380 has been merged into AWS02268915. All your certifications, including the Professional one, are now under AWS02268915, and you can sign in with marco.bianchi@gmx.de. Your 50% voucher is also available there.

As everything is done, I'm closing this case now. You will receive a short survey, we would appreciate if you take a minute to answer it.

Best Regards,
Ana Lucia R.
AWS Training and Certification Support
"""
    body = alt(leaf(t8, cte='qp'), leaf(html_wrap(t2h(t8)), 'html', cte='qp'))
    h, b = aws_incoming('gmx', E_ME, d8, A_FROM, 'RE:' + e_subj(E_CASE), body)
    emit('agent-merged-and-closing', h, b, L('merge_completed', E_CASE, ['AWS02268915', 'AWS07741380']))

    d9 = at(2023, 2, 18, 14, 22, 9)
    bid = uuid.UUID(int=rng.getrandbits(128))
    t9 = f"""Marco, you've earned a badge!

AWS Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional

Claim your badge and start sharing it: https://www.credly.com/badges/{bid}/accept

This email was sent to {E_ME}.
Credly, Inc., 50 Milk Street, Boston, MA 02109
"""
    h9 = f"""<center><table width="560"><tr><td style="text-align:center;">
<img src="https://images.credly.com/size/120x120/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="120" alt="AWS Certified Solutions Architect - Professional">
<h1 style="font-size:22px;">Marco, you've earned a badge!</h1>
<p>AWS Training and Certification has issued you a new badge:<br><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="display:inline-block;background:#0070a8;color:#fff;padding:12px 24px;text-decoration:none;">Accept your badge</a></p>
<p style="font-size:11px;color:#999;">This email was sent to {E_ME}.<br>Credly, Inc., 50 Milk Street, Boston, MA 02109</p></td></tr></table></center>"""
    body = alt(leaf(t9, cte='7bit', cs='us-ascii'), leaf(html_wrap(h9), 'html', cte='qp'))
    h, b = credly_incoming('gmx', E_ME, d9, 'AWS Training and Certification via Credly',
                           "Marco, you've earned the AWS Certified Solutions Architect - Professional badge", body)
    emit('credly-sap-badge-after-merge', h, b, L('credly_badge_issued', None, []))

# ---------------------------------------------------------------- Case F
# 山本 翔太, Yahoo! JAPAN, form desk Japanese, Sept 2020, 10-digit id, Outlook (CP932 labelled Shift_JIS)
F_CASE = '7412358021'
F_ME = 'shota.y@yahoo.co.jp'
F_SUBJ = f'[CASE {F_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

F2_TEXT = """山本 翔太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
担当の吉田でございます。

アカウントの統合について承りました。
恐れ入りますが、対象のアカウントを特定するため、以下の情報をお知らせいただけますでしょうか。

1. それぞれのアカウントにサインインする際に使用しているメールアドレス
2. それぞれのアカウントの AWS 受験者 ID(お分かりになる場合)
3. 統合後に残すアカウント(今後ご利用になるアカウント)

お手数をおかけいたしますが、本メールへのご返信にてお知らせください。
よろしくお願いいたします。

吉田
AWS トレーニングと認定 カスタマーサポート
"""

@case
def case_f():
    d1 = at(2020, 9, 14, 5, 47, 12)
    t1 = f"""山本 翔太 様

この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付けましたので、お知らせいたします。

お問い合わせ番号(ケース ID): {F_CASE}

内容を確認のうえ、担当者より順次ご連絡いたします。通常 24 時間以内にご返信しておりますが、
お問い合わせが集中している場合はお時間をいただくことがございます。
同じ内容のお問い合わせを重複してお送りいただくと回答が遅れる場合がございますので、ご了承ください。

-----
お問い合わせ内容:
AWS認定のアカウントが２つあります。以前の会社で作ったものと、個人で作ったものです。
１つにまとめることはできますか。
-----

AWS トレーニングと認定
"""
    body = alt(leaf(t1, cte='qp'), leaf(html_wrap(t2h(t1), '', 'ja'), 'html', cte='qp'))
    subj = ew(f'[CASE {F_CASE}] お問い合わせありがとうございます', 'utf-8', 'B')
    h, b = aws_incoming('yahoojp', F_ME, d1, A_FROM, subj, body)
    emit('form-ack-ja-2020', h, b, L('case_created', F_CASE, [], lang='ja'))

    d2 = at(2020, 9, 15, 2, 2, 31)
    body = alt(leaf(F2_TEXT, cte='b64'), leaf(html_wrap(t2h(F2_TEXT), '', 'ja'), 'html', cte='b64'))
    f2_mid = ses_msgid(d2)
    h, b = aws_incoming('yahoojp', F_ME, d2, A_FROM, 'RE:' + F_SUBJ, body, msgid=f2_mid)
    emit('agent-ja-ask-signin-mail', h, b, L('support_reply', F_CASE, [], lang='ja'))

    d3 = at(2020, 9, 15, 22, 16, 4, JST)
    t3 = """吉田様

お世話になっております。山本です。
ご連絡ありがとうございます。ご質問の件、以下のとおりです。

① 前職のアカウント：shota.yamamoto@kitaboshi-sys.co.jp　受験者ID：AWS 00871542
② 個人のアカウント：shota.y@yahoo.co.jp　受験者ID：aws01265593
③ 残したいアカウント：①（ソリューションアーキテクトの認定が入っている方）

ただ、①のメールアドレスは退職したため今は受信できません。
統合後はサインインのメールアドレスを shota.y@yahoo.co.jp に変更していただけると助かります。

以上、よろしくお願いいたします。

山本 翔太

-----Original Message-----
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> 
送信日時: 2020年9月15日 11:02
宛先: shota.y@yahoo.co.jp
件名: RE:""" + F_SUBJ + "\n\n" + F2_TEXT
    body = leaf(t3, cs='shift_jis', codec='cp932', cte='b64')
    h = [f'From: =?shift_jis?B?{base64.b64encode("山本 翔太".encode("cp932")).decode()}?= <{F_ME}>',
         f'To: "Amazon Web Services" <{FORM}>', f'References: {f2_mid}', f'In-Reply-To: {f2_mid}',
         'Subject: RE: RE:' + F_SUBJ, f'Date: {rfc(d3)}',
         f'Message-ID: <000001d68b6a${hexs(8)}${hexs(8)}@yahoo.co.jp>',
         'MIME-Version: 1.0', 'X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + b64(24)[:30],
         'Content-Language: ja']
    emit('sent-outlook-ja-sjis-ids', h, body, L('unrelated', F_CASE, ['AWS00871542', 'AWS01265593'], sv=None, lang='ja'))

    d4 = at(2020, 9, 17, 1, 40, 50)
    t4 = """山本 翔太 様

お世話になっております。AWS トレーニングと認定の吉田でございます。
ご回答いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下のとおり統合の手続きが可能でございます。

■ 統合後も残るアカウント
　AWS 受験者 ID: AWS00871542
　サインイン用メールアドレス: shota.yamamoto@kitaboshi-sys.co.jp → shota.y@yahoo.co.jp に変更
■ 統合されるアカウント(統合後は利用できなくなります)
　AWS 受験者 ID: AWS01265593

アカウントの統合は取り消しができない手続きとなります。
上記の内容にてお手続きを進めてよろしいか、本メールへのご返信にてご確認をお願いできますでしょうか。

吉田
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(leaf(t4, cte='qp'), leaf(html_wrap(t2h(t4), '', 'ja'), 'html', cte='qp'))
    h, b = aws_incoming('yahoojp', F_ME, d4, A_FROM, 'RE:' + F_SUBJ, body)
    emit('agent-ja-nokoru-account-kakunin', h, b, L('merge_confirmation_requested', F_CASE, ['AWS00871542', 'AWS01265593'], lang='ja'))

    d5 = at(2020, 9, 21, 6, 58, 3)
    t5 = f"""山本 翔太 様

お世話になっております。吉田でございます。
お手続きのご承諾をいただき、ありがとうございました。

お待たせいたしました。2 つの認定アカウントを 1 つにまとめる作業が完了いたしました。
AWS01265593 の認定資格・受験履歴は AWS00871542 に移行され、サインイン用のメールアドレスも {F_ME} に変更済みです。
お手数ですが、認定アカウントにサインインのうえ、内容に相違がないかご確認ください。

本件はこちらでクローズとさせていただきます。
後ほど、今回の対応に関するアンケートのご案内をお送りいたしますので、ご協力いただけますと幸いです。

吉田
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(leaf(t5, cte='qp'), leaf(html_wrap(t2h(t5), '', 'ja'), 'html', cte='qp'))
    h, b = aws_incoming('yahoojp', F_ME, d5, A_FROM, 'RE:' + F_SUBJ, body)
    emit('agent-ja-matome-kanryo-close', h, b, L('merge_completed', F_CASE, ['AWS00871542', 'AWS01265593'], lang='ja'))

# ---------------------------------------------------------------- Case G
# Emily Carter, Fastmail, console English, Aug 2024, with a spoofed "verify merge" phish
G_CASE = '172346580022913'
G_ME = 'ecarter@fastmail.com'
G_TOPIC = 'Combine two AWS Certification profiles'

@case
def case_g():
    link = console_link(G_CASE)
    d1 = at(2024, 8, 12, 12, 30, 6)
    t1 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {G_CASE} to address your issue.

The details of your case are as follows:

Case ID: {G_CASE}
Subject: {G_TOPIC}
Severity: General guidance
Correspondence: Hi there - I somehow have two AWS Certification profiles: AWS62900417 (ecarter@fastmail.com) and AWS63381095 (emily.carter@northwind-health.org). I'd like everything combined under AWS62900417. I have an exam booked on Aug 20 under the second one, in case that matters.

We will respond to your case within the time frame for the severity that you selected. You can view the status of your case and add correspondence in the AWS Support Center:
{link}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
    body = alt(leaf(t1, cte='qp'), leaf(html_wrap(t2h(t1)), 'html', cte='qp'))
    h, b = aws_incoming('fastmail', G_ME, d1, C_FROM, f'Amazon Web Services: You have opened a new Support case: {G_CASE}', body)
    emit('console-opened-combine-profiles', h, b, L('case_created', G_CASE, ['AWS62900417', 'AWS63381095']))

    d2 = at(2024, 8, 13, 18, 5, 41)
    t2 = """Hi Emily,

Thanks for getting in touch, and for including both candidate IDs - that makes things a lot easier.

I've passed your request to our Certification operations team, who verify ownership of both profiles before anything is combined. That review usually takes 2-3 business days, and I'll update this case as soon as I hear back from them.

One thing to flag in the meantime, separate from the profiles themselves: your exam on August 20 is booked under AWS63381095. Do you want to keep that appointment as it is? If so, we'll hold off on finalizing anything until your result has been posted, so that the result lands on the right record and nothing gets lost in transit. Just let me know in the Support Center which you prefer.

""" + CONSOLE_FOOT_EN.format(agent='Sam W.', link=link)
    body = alt(leaf(t2, cte='qp'), leaf(html_wrap(t2h(t2)), 'html', cte='qp'))
    h, b = aws_incoming('fastmail', G_ME, d2, C_FROM, f'RE:[CASE {G_CASE}] {G_TOPIC}', body)
    emit('console-agent-status-and-exam-question', h, b, L('support_reply', G_CASE, ['AWS63381095']))

    d3 = at(2024, 8, 22, 16, 48, 19)
    t3 = """Hi Emily,

Congratulations on passing the Data Engineer - Associate exam! Your result has now been posted, and our operations team has verified both profiles, so we're ready to go ahead.

Before I submit anything, please double-check the following:

  Keep (active):   AWS62900417 - ecarter@fastmail.com
  Fold into it:    AWS63381095 - emily.carter@northwind-health.org

Everything on AWS63381095, including the new Data Engineer certification, will move to AWS62900417, and AWS63381095 will then be retired. This can't be undone afterwards.

If that's all correct, just reply "confirm" on the case in the Support Center and I'll take it from there.

""" + CONSOLE_FOOT_EN.format(agent='Sam W.', link=link)
    body = alt(leaf(t3, cte='qp'), leaf(html_wrap(t2h(t3)), 'html', cte='qp'))
    h, b = aws_incoming('fastmail', G_ME, d3, C_FROM, f'RE:[CASE {G_CASE}] {G_TOPIC}', body)
    emit('console-agent-keep-fold-double-check', h, b, L('merge_confirmation_requested', G_CASE, ['AWS62900417', 'AWS63381095']))

    # spoofed phish: From amazon.com, provider verdict dmarc=fail; lower forged Authentication-Results says pass
    d4 = at(2024, 8, 22, 21, 13, 55)
    t4 = f"""Dear Customer,

Your request to merge AWS Certification accounts (case {G_CASE}) is on hold.

To protect your certifications, we must verify that you are the owner of account AWS62900417 before the merge can be completed. Please confirm the merge within 24 hours by signing in with your AWS Certification credentials:

Confirm merge: https://aws-certification.merge-verify-portal.com/confirm?case={G_CASE}

If you do not confirm, the merge request will be cancelled and your certification records may be suspended.

Sincerely,
Amazon Web Services Support Team
"""
    h4 = f"""<div style="font-family:Arial;font-size:14px;"><img src="https://merge-verify-portal.com/img/aws.png" width="90"><p>Dear Customer,</p>
<p>Your request to merge AWS Certification accounts (case {G_CASE}) is <b>on hold</b>.</p>
<p>To protect your certifications, we must verify that you are the owner of account AWS62900417 before the merge can be completed. Please confirm the merge within 24 hours by signing in with your AWS Certification credentials:</p>
<p><a href="https://aws-certification.merge-verify-portal.com/confirm?case={G_CASE}" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none;">Confirm merge</a></p>
<p>If you do not confirm, the merge request will be cancelled and your certification records may be suspended.</p>
<p>Sincerely,<br>Amazon Web Services Support Team</p></div>"""
    body = alt(leaf(t4, cte='qp'), leaf(html_wrap(h4), 'html', cte='qp'))
    ip = '185.234.72.19'
    forged = ['Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com',
              f'Received: from mail.merge-verify-portal.com (unknown [{ip}])\n\tby smtp.amazon.com (Postfix) with ESMTPSA id 4WqK2t1Hnwz9sQ\n\tfor <{G_ME}>; {rfc(d4 - timedelta(seconds=40))}']
    h, b = incoming('fastmail', G_ME, d4, addr('Amazon Web Services', 'no-reply-aws@amazon.com'),
                    f'[Case {G_CASE}] Action required: confirm your certification account merge', body,
                    'amazon.com', 'bounce@mailer.merge-verify-portal.com', ip, 'vps-7f3a1c.hosted-by-kvmcloud.net',
                    [('merge-verify-portal.com', 'default', 'pass')], 'fail',
                    f'<{hexs(20)}@merge-verify-portal.com>', spf='fail', post_trace=forged,
                    xhdrs=['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'])
    emit('spoofed-confirm-merge-dmarc-fail', h, b, L('merge_confirmation_requested', G_CASE, ['AWS62900417'], sv=False))

    d5 = at(2024, 8, 26, 14, 2, 37)
    t5 = """Hi Emily,

All set! The two profiles are now one: your earlier certifications and the new Data Engineer - Associate certification all sit under AWS62900417, and AWS63381095 has been retired. Sign in with ecarter@fastmail.com as usual.

Your Credly badges should follow within a couple of days. If they haven't arrived by the end of the week, reply on this case and I'll chase it.

Also - just so you know, we never ask you to confirm anything through a link outside the AWS Support Center. If you receive a message like that, please don't click it.

""" + CONSOLE_FOOT_EN.format(agent='Sam W.', link=link)
    body = alt(leaf(t5, cte='b64'), leaf(html_wrap(t2h(t5)), 'html', cte='b64'))
    h, b = aws_incoming('fastmail', G_ME, d5, C_FROM, f'RE:[CASE {G_CASE}] {G_TOPIC}', body)
    emit('console-agent-all-set-one-profile', h, b, L('merge_completed', G_CASE, ['AWS62900417', 'AWS63381095']))

    d6 = at(2024, 9, 2, 14, 5, 0)
    t6 = f"""Hello,

Your AWS Support case {G_CASE} ("{G_TOPIC}") has been resolved.

Resolution summary: AWS Certification profiles AWS63381095 and AWS62900417 were combined; AWS62900417 is the active profile.

If you still need help, you can reopen this case within 14 days from the Support Center:
{link}

How did we do?
Please take a minute to tell us about your experience: https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    body = alt(leaf(t6, cte='qp'), leaf(html_wrap(t2h(t6)), 'html', cte='qp'))
    h, b = aws_incoming('fastmail', G_ME, d6, C_FROM, f'Your AWS Support case {G_CASE} has been resolved', body)
    emit('console-resolved-summary-how-did-we-do', h, b, L('survey', G_CASE, ['AWS62900417', 'AWS63381095']))

# ---------------------------------------------------------------- Case H
# 鈴木 由美, Gmail, console Japanese, Oct 2025; plus her Gmail reply to her manager
H_CASE = '175928580047305'
H_ME = 'yumi.suzuki.0721@gmail.com'
H_TOPIC = 'AWS認定アカウントの統合のお願い'

@case
def case_h():
    link = console_link(H_CASE, 'ja')
    sub_re = ew(f'RE:[CASE {H_CASE}] {H_TOPIC}', 'utf-8', 'B')
    d1 = at(2025, 10, 1, 2, 30, 5)
    t1 = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {H_CASE} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {H_CASE}
件名: {H_TOPIC}
重要度: 一般的なガイダンス
お問い合わせ内容: お世話になっております。AWS認定のアカウントが AWS70031468(個人メール)と AWS70419927(会社メール)の2つに分かれてしまっています。1つに統合していただくことは可能でしょうか。

選択された重要度に応じた時間内にご回答いたします。ケースのステータスの確認や返信の追加は、AWS サポートセンターから行うことができます:
{link}

Amazon Web Services をご利用いただきありがとうございます。

Amazon Web Services

*このメールは送信専用アドレスから送信されているため、ご返信いただくことはできません。同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。
"""
    h1 = html_wrap(t2h(t1), '', 'ja')
    body = alt(leaf(t1, cte='qp'), leaf(h1, 'html', cte='qp'))
    subj = ew(f'Amazon Web Services: 新しいサポートケースをオープンしました: {H_CASE}', 'utf-8', 'Q')
    h, b = aws_incoming('gmail', H_ME, d1, C_FROM, subj, body)
    emit('console-ja-opened-gmail', h, b, L('case_created', H_CASE, ['AWS70031468', 'AWS70419927'], lang='ja'))

    d2 = at(2025, 10, 2, 4, 11, 27)
    t2 = """鈴木 由美 様

お世話になっております。AWS トレーニングと認定 サポートの森と申します。
このたびはお問い合わせいただき、ありがとうございます。

AWS70031468 と AWS70419927 の 2 つのアカウントについて、統合は可能でございます。
手続きを進めるにあたり、以下の 2 点についてご教示いただけますでしょうか。

1. 統合後に残すアカウントはどちらになさいますか。
　(残したアカウントのメールアドレスで今後サインインしていただくことになります)

2. 統合とは別件となりますが、AWS70419927 では氏名がローマ字(Yumi Suzuki)、AWS70031468 では漢字(鈴木 由美)で登録されております。
　認定証に表示される氏名はローマ字表記となりますため、残すアカウントの氏名をローマ字に変更してもよろしいでしょうか。

お手数をおかけいたしますが、サポートセンターよりご返信くださいますようお願いいたします。

""" + CONSOLE_FOOT_JA.format(agent='森', link=link)
    body = alt(leaf(t2, cte='b64'), leaf(html_wrap(t2h(t2), '', 'ja'), 'html', cte='b64'))
    h, b = aws_incoming('gmail', H_ME, d2, C_FROM, sub_re, body)
    emit('console-ja-which-to-keep-and-name', h, b, L('support_reply', H_CASE, ['AWS70031468', 'AWS70419927'], lang='ja'))

    d3 = at(2025, 10, 3, 1, 47, 2)
    t3 = """鈴木 由美 様

お世話になっております。AWS サポートの森でございます。
ご回答いただきありがとうございます。氏名の表記はローマ字(Yumi Suzuki)に変更いたします。

いただいた内容をもとに、統合の内容を以下のとおり整理いたしました。

　統合先(継続して使用): AWS70031468 / yumi.suzuki.0721@gmail.com
　統合元(統合後は閉鎖): AWS70419927 / y-suzuki@hinode-dx.co.jp

AWS70419927 の認定資格・受験履歴・特典は、すべて AWS70031468 へ移行されます。
統合は取り消しができませんので、上記の内容でよろしければ、サポートセンターより本ケースに「同意します」とご返信ください。
ご返信を確認次第、担当部署へ依頼いたします。

""" + CONSOLE_FOOT_JA.format(agent='森', link=link)
    body = alt(leaf(t3, cte='b64'), leaf(html_wrap(t2h(t3), '', 'ja'), 'html', cte='b64'))
    h, b = aws_incoming('gmail', H_ME, d3, C_FROM, sub_re, body)
    emit('console-ja-doui-onegai', h, b, L('merge_confirmation_requested', H_CASE, ['AWS70031468', 'AWS70419927'], lang='ja'))

    d4 = at(2025, 10, 6, 0, 20, 44)
    t4 = """鈴木 由美 様

お世話になっております。AWS サポートの森でございます。
お待たせいたしました。

2 つの認定アカウントを 1 つに集約する作業が完了いたしました。
旧アカウント AWS70419927 の認定資格(AWS Certified Solutions Architect - Associate)および受験履歴は、AWS70031468 に反映されております。
また、氏名の表記も Yumi Suzuki に更新いたしました。

Credly のデジタルバッジの移行には、数日ほどお時間をいただく場合がございます。
ほかにご不明な点がございましたら、お気軽にお問い合わせください。

""" + CONSOLE_FOOT_JA.format(agent='森', link=link)
    body = alt(leaf(t4, cte='qp'), leaf(html_wrap(t2h(t4), '', 'ja'), 'html', cte='qp'))
    h, b = aws_incoming('gmail', H_ME, d4, C_FROM, sub_re, body)
    emit('console-ja-shuyaku-kanryo', h, b, L('merge_completed', H_CASE, ['AWS70031468', 'AWS70419927'], lang='ja'))

    d5 = at(2025, 10, 6, 0, 22, 9)
    h5 = f"""<div style="max-width:640px;margin:auto;font-family:Meiryo,'Hiragino Sans',sans-serif;">
<h2 style="font-size:18px;">AWS サポートケースが解決済みになりました</h2>
<p>お客様</p>
<p>ケース <b>{H_CASE}</b>(「{H_TOPIC}」)は解決済みとしてマークされました。問題が解決していない場合は、14 日以内であれば AWS サポートセンターからケースを再オープンできます。<br>
<a href="{link}">{link}</a></p>
<hr>
<p><b>今回のサポートはいかがでしたか?</b></p>
<p>問題は解決しましたか? <a href="https://console.aws.amazon.com/support/feedback?displayId={H_CASE}&amp;resolved=yes&amp;language=ja">はい</a> | <a href="https://console.aws.amazon.com/support/feedback?displayId={H_CASE}&amp;resolved=no&amp;language=ja">いいえ</a></p>
<p>総合的な満足度: <a href="https://console.aws.amazon.com/support/feedback?displayId={H_CASE}&amp;rating=5&amp;language=ja">非常に満足</a> ・ <a href="https://console.aws.amazon.com/support/feedback?displayId={H_CASE}&amp;rating=3&amp;language=ja">普通</a> ・ <a href="https://console.aws.amazon.com/support/feedback?displayId={H_CASE}&amp;rating=1&amp;language=ja">不満</a></p>
<p style="font-size:11px;color:#545b64;">このメールは送信専用アドレスから送信されています。<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p></div>"""
    body = leaf(html_wrap(h5, 'ケース解決', 'ja'), 'html', cte='b64')
    subj = ew(f'AWS サポートケース {H_CASE} が解決済みになりました', 'utf-8', 'B')
    h, b = aws_incoming('gmail', H_ME, d5, C_FROM, subj, body)
    emit('console-ja-resolved-manzokudo', h, b, L('survey', H_CASE, [], lang='ja'))

    d6 = at(2025, 10, 6, 10, 5, 33, JST)
    new = """高木さん

お疲れさまです。鈴木です。
認定アカウントの件、今朝 AWS から作業完了の連絡がありました。
今後は AWS70031468 の方で認定を管理します(旧 AWS70419927 の SAA もこちらに移っています)。
Credly のバッジは数日中に移るそうなので、届いたら社内の資格一覧を更新しておきます。

鈴木
"""
    boss = """鈴木さん

先週話していた AWS 認定のアカウント統合の件、その後どうなりましたか?
社内の資格一覧を今月中に更新したいので、終わったら教えてください。

高木

2025年10月1日(水) 11:42 鈴木 由美 <yumi.suzuki.0721@gmail.com>:

> 高木さん
>
> 会社アドレスで登録した認定アカウントと個人のアカウントが分かれていたので、
> いま AWS のサポートに統合を依頼しています。終わったらご連絡します。
>
> 鈴木
"""
    attr = '2025年10月6日(月) 9:15 高木 誠 <makoto.takagi@hinode-dx.co.jp>:'
    p, hh = gmail_reply_body(new, attr, boss)
    body = alt(leaf(p, cte='b64', declared='UTF-8'), leaf(hh, 'html', cte='b64', declared='UTF-8'),
               boundary='000000000000' + hexs(16))
    subj = ew('Re: AWS認定アカウント統合の件', 'utf-8', 'B')
    h, b = gmail_sent(addr('鈴木 由美', H_ME), addr('高木 誠', 'makoto.takagi@hinode-dx.co.jp'), d6, subj, body,
                      inreply=f'<CAF{b64(28)[:36].replace("/","x")}@mail.gmail.com>')
    emit('sent-ja-gmail-to-manager-nested', h, b, L('unrelated', None, ['AWS70031468', 'AWS70419927'], sv=None, lang='ja'))

# ---------------------------------------------------------------- look-alikes / unrelated
@case
def x_seller_central():
    d = at(2025, 3, 18, 22, 40, 12)
    sc = '5884881212'
    t = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your listing for ASIN B0C7XK2M4P. The listing was suppressed because the main image does not meet our image requirements (the background is not pure white). Please upload a compliant main image through Manage Inventory > Edit > Images. The listing should become active again within 24 hours after the new image is processed.

I have also merged the duplicate detail page you reported into ASIN B0C7XK2M4P, so buyers will now see one detail page.

We hope this resolves your issue. If so, please let us know by clicking "Yes" below; otherwise reply to this case and we will follow up.

Was this email helpful? Yes: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc}&vote=yes  No: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc}&vote=no

Thank you for selling on Amazon,
Kavya V.
Amazon Selling Partner Support

________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Monday, March 17, 2025 9:12 PM
To: Amazon Selling Partner Support
Subject: Listing suppressed - ASIN B0C7XK2M4P

Hi, my listing for the bamboo cutting board set (B0C7XK2M4P) shows "Search suppressed" since Friday. There is also a second detail page for the same product created by another seller. Can you fix both?

Thanks,
Priya
"""
    body = alt(leaf(t, cte='qp'), leaf(html_wrap(t2h(t)), 'html', cte='qp'))
    h, b = aws_incoming('outlook', C_ME, d, addr('Amazon Selling Partner Support', 'seller-support-noreply@amazon.com'),
                        f'RE:[CASE {sc}] Listing suppressed - ASIN B0C7XK2M4P', body)
    emit('seller-central-case-listing-merged', h, b, L('unrelated', sc, []))

@case
def x_certmetrics():
    d = at(2024, 12, 2, 17, 4, 51)
    t = """Dear Misaki Sato,

AWS Certification wants to hear from you!

You recently completed an AWS Certification exam. Please take 5 minutes to tell us about your experience, from registration to receiving your result. Your feedback helps us improve the AWS Certification program.

Candidate ID: AWS20573391

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?token=6f1c0e2ab9d84a4c

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.
"""
    body = alt(leaf(t, cte='qp'), leaf(html_wrap(t2h(t)), 'html', cte='qp'))
    ip = f'52.5.{rng.randint(1,250)}.{rng.randint(1,250)}'
    h, b = incoming('nifty', B_ME, d, addr('AWS Certification', 'do-not-reply@certmetrics.com'),
                    'AWS Certification wants to hear from you', body, 'certmetrics.com', 'bounce@certmetrics.com', ip,
                    f'mail{rng.randint(1,9)}.certmetrics.com', [('certmetrics.com', 'selector1', 'pass')], 'pass',
                    f'<{uuid.UUID(int=rng.getrandbits(128))}@certmetrics.com>')
    emit('certmetrics-wants-to-hear', h, b, L('unrelated', None, ['AWS20573391'], sv=False))

@case
def x_builder_id():
    d = at(2025, 7, 20, 6, 31, 2)
    t = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 482913

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    h0 = """<table width="100%" style="background:#f2f3f3;"><tr><td align="center"><table width="600" style="background:#fff;padding:30px;">
<tr><td><h1 style="font-size:22px;">Verify your AWS Builder ID email address</h1>
<p>Hello,</p><p>To finish creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:30px;font-weight:bold;letter-spacing:4px;">482913</p>
<p>This code expires 30 minutes after it was sent.</p>
<p>If you did not try to create an AWS Builder ID, you can ignore this email.</p>
<p style="font-size:11px;color:#687078;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></td></tr></table>"""
    body = alt(leaf(t, cte='qp'), leaf(html_wrap(h0), 'html', cte='qp'))
    h, b = aws_incoming('sakura', D_ME, d, addr('AWS', 'no-reply@signin.aws'), 'Verify your AWS Builder ID email address',
                        body, from_dom='signin.aws')
    emit('builder-id-verification-code', h, b, L('unrelated', None, [], sv=True))

@case
def x_github():
    d = at(2024, 8, 23, 15, 27, 8)
    t = """Merged #142 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-health/cert-tracker/pull/142#event-13987712044
You are receiving this because you authored the thread.

Message ID: <northwind-health/cert-tracker/pull/142/issue_event/13987712044@github.com>
"""
    h0 = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-health/cert-tracker/pull/142">#142</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-health/cert-tracker/pull/142#event-13987712044">view it on GitHub</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/AB3X7Q.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none;">Message ID: <span>&lt;northwind-health/cert-tracker/pull/142/issue_event/13987712044@github.com&gt;</span></span></p>"""
    body = alt(leaf(t, cte='7bit', cs='utf-8', quote_cs=False), leaf(h0, 'html', cte='7bit', quote_cs=False),
               boundary='--==_mimepart_' + hexs(13) + '_' + str(rng.randint(10, 99)) + '_' + str(rng.randint(100000, 999999)))
    ip = f'192.30.252.{rng.randint(190,210)}'
    h, b = incoming('fastmail', G_ME, d, addr('Priyanka Das', 'notifications@github.com'),
                    'Re: [northwind-health/cert-tracker] Merge AWS cert account ids into one column (PR #142)', body,
                    'github.com', f'noreply@github.com', ip, f'out-{rng.randint(20,28)}.smtp.github.com',
                    [('github.com', 'pf2023', 'pass')], 'pass',
                    '<northwind-health/cert-tracker/pull/142/issue_event/13987712044@github.com>',
                    reply_to='northwind-health/cert-tracker <reply+ABX7Q2FGH3KLMNOPQRSTUVWXYZ@reply.github.com>',
                    xhdrs=['In-Reply-To: <northwind-health/cert-tracker/pull/142@github.com>',
                           'References: <northwind-health/cert-tracker/pull/142@github.com>',
                           'List-ID: northwind-health/cert-tracker <cert-tracker.northwind-health.github.com>',
                           'X-GitHub-Reason: author', 'X-GitHub-Sender: priyanka-das'],
                    to_hdr='northwind-health/cert-tracker <cert-tracker@noreply.github.com>')
    emit('github-pr-merged', h, b, L('unrelated', None, [], sv=False))

@case
def x_credly_selfmerge():
    d = at(2025, 5, 18, 8, 2, 44)
    t = """Hi Daniel,

We received a request to merge another Credly account into your account (daniel.okafor.dev@gmail.com).

Your verification code is: 619204

Enter this code on the Account Merge page, then select "Complete Account Merge". Badges, connections and settings from the other account will be moved to this one. The code expires in 15 minutes.

If you did not request this, you can safely ignore this email - no changes will be made.

Credly, Inc. | 50 Milk Street, Boston, MA 02109
"""
    h0 = """<table width="560" align="center"><tr><td>
<p>Hi Daniel,</p>
<p>We received a request to merge another Credly account into your account (daniel.okafor.dev@gmail.com).</p>
<p>Your verification code is:</p><p style="font-size:28px;font-weight:bold;">619204</p>
<p>Enter this code on the Account Merge page, then select <b>Complete Account Merge</b>. Badges, connections and settings from the other account will be moved to this one. The code expires in 15 minutes.</p>
<p><a href="https://www.credly.com/users/account_merge" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none;">Complete Account Merge</a></p>
<p style="font-size:12px;color:#888;">If you did not request this, you can safely ignore this email - no changes will be made.<br>Credly, Inc. | 50 Milk Street, Boston, MA 02109</p>
</td></tr></table>"""
    body = alt(leaf(t, cte='qp'), leaf(html_wrap(h0), 'html', cte='qp'))
    h, b = credly_incoming('gmail', A_ME, d, 'Credly', 'Your Credly account merge verification code', body)
    emit('credly-self-service-merge-code', h, b, L('unrelated', None, [], sv=True))

@case
def x_credly_expiry():
    d = at(2025, 6, 3, 13, 10, 25)
    t = """Hi Emily,

Your AWS Certified Cloud Practitioner badge, issued by AWS Training and Certification, will expire on September 1, 2025.

To keep your badge current, complete the recertification requirements before it expires. Visit the issuer's site for details: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/7c2e4b1a-9d0f-4e38-8a61-2b9f3c5d7e10

Credly, Inc. | 50 Milk Street, Boston, MA 02109
Manage email preferences: https://www.credly.com/notifications
"""
    body = alt(leaf(t, cte='qp'), leaf(html_wrap(t2h(t)), 'html', cte='qp'))
    h, b = credly_incoming('fastmail', G_ME, d, 'Credly', 'Your AWS Certified Cloud Practitioner badge expires soon', body)
    emit('credly-badge-expiry-reminder', h, b, L('unrelated', None, [], sv=True))

# ================================================================= MAIN
def main():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    order = ['case_a', 'x_credly_selfmerge', 'case_b', 'x_certmetrics', 'case_c', 'x_seller_central', 'case_d',
             'x_builder_id', 'case_e', 'case_f', 'case_g', 'x_github', 'x_credly_expiry', 'case_h']
    byname = {fn.__name__: fn for fn in CASES}
    assert sorted(order) == sorted(byname)
    for name in order:
        byname[name]()
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails')

def check():
    import email, html as _h
    from email import policy as P
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    assert set(files) == set(LABELS), 'label/file mismatch'
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        m = email.message_from_bytes(raw)
        texts = []
        for k in ('Subject', 'From'):
            texts.append(str(email.header.make_header(email.header.decode_header(m.get(k, '')))))
        for part in m.walk():
            if part.get_content_maintype() == 'text':
                pl = part.get_payload(decode=True)
                cs = part.get_content_charset() or 'ascii'
                try:
                    texts.append(pl.decode(cs))
                except (UnicodeDecodeError, LookupError):
                    texts.append(pl.decode('utf-8', 'replace'))
        full = _h.unescape('\n'.join(texts))
        norm = re.sub(r'[^A-Z0-9]', '', full.upper())
        lab = LABELS[f]
        for a in lab['account_ids']:
            if not re.fullmatch(r'AWS\d{8}', a) or a not in norm:
                print('MISSING id', f, a); bad += 1
        if lab['case_id'] and lab['case_id'] not in full:
            print('MISSING case', f, lab['case_id']); bad += 1
        if lab['kind'] not in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                               'credly_badge_issued', 'support_reply', 'unrelated'):
            print('BAD kind', f); bad += 1
        if lab['language'] not in ('en', 'ja'):
            print('BAD lang', f); bad += 1
    from collections import Counter
    print(Counter(l['kind'] for l in LABELS.values()))
    print('problems:', bad)

if __name__ == '__main__':
    import re
    main()
    check()
