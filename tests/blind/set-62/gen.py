#!/usr/bin/env python3
"""Generate blind set 62: realistic .eml files about AWS Certification account merges."""
import base64, quopri, random, io, json, os, struct, zlib, string
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(6262)
UTC = timezone.utc
LA = ZoneInfo('America/Los_Angeles')
TKY = ZoneInfo('Asia/Tokyo')
CHI = ZoneInfo('America/Chicago')
NYC = ZoneInfo('America/New_York')
WAW = ZoneInfo('Europe/Warsaw')
LON = ZoneInfo('Europe/London')

LABELS = {}

# ---------------------------------------------------------------- basics
def T(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)

def rfc(dt, tz=UTC, paren=False, pad=True):
    d = dt.astimezone(tz)
    day = ('%02d' % d.day) if pad else str(d.day)
    s = f"{d:%a}, {day} {d:%b %Y %H:%M:%S %z}"
    if paren:
        s += ' (%s)' % d.tzname()
    return s

def case_id(dt, suffix):
    return f"{int(dt.timestamp())}{suffix:05d}"

def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def an(n):
    return ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(n))

def b64r(n):
    return ''.join(R.choice(string.ascii_letters + string.digits + '+/') for _ in range(n))

def wrap_b64(n, indent='\t ', width=70):
    s = b64r(n)
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))

def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000) - R.randint(200, 1500)
    return f"<0100{ms:012x}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@email.amazonses.com>"

def ses_bounce(msgid):
    return msgid.strip('<>').split('@')[0] + '@amazonses.com'

def ses_host():
    a, b = R.choice([(8, R.randint(1, 250)), (9, R.randint(1, 250)), (48, R.randint(1, 250))])
    return f"a{a}-{b}.smtp-out.amazonses.com", f"54.240.{a}.{b}"

# ---------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None, flowed=False):
    data = text.encode(codec or charset)
    m = Message()
    ct = f'text/{subtype}'
    if label is not False:
        ct += f'; charset="{label or charset}"'
    if flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
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
    m.set_payload(payload)
    return m

def png(w, h, rgb):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

def img_part(data, cid, name):
    m = Message()
    m['Content-Type'] = f'image/png; name="{name}"'
    m['Content-Description'] = name
    m['Content-Disposition'] = f'inline; filename="{name}"; size={len(data)}'
    m['Content-ID'] = f'<{cid}>'
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m

def multi(subtype, parts, boundary):
    mm = MIMEMultipart(subtype)
    del mm['MIME-Version']
    mm.set_boundary(boundary)
    for p in parts:
        mm.attach(p)
    return mm

def bnd(style, dt=None):
    if style == 'ses':
        ms = int(dt.timestamp() * 1000) - R.randint(300, 2000) if dt else R.randint(1748000000000, 1775000000000)
        return f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{ms}"
    if style == 'gmail':
        return '000000000000' + hx(16)
    if style == 'outlook':
        return f"_000_{an(28).upper()}namprd{R.randint(10, 20)}prod_"
    if style == 'apple':
        return f"Apple-Mail={R.randint(10**7, 10**8):X}-{hx(4).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(12).upper()}"
    if style == 'tb':
        return '------------' + an(24)
    if style == 'credly':
        return '--==_mimepart_' + hx(13) + '_' + str(R.randint(10, 99)) + hx(10)
    return '----=_NextPart_000_' + hx(4).upper() + '_01DB' + hx(4).upper() + '.' + hx(8).upper()

def enc_subj(s, charset='utf-8', maxlen=76):
    """Encoded-word subject, folded over several lines."""
    return Header(s, charset, maxlinelen=maxlen, header_name='Subject').encode(linesep='\n')

def enc_subj_q(s, maxlen=76):
    from email.charset import Charset, QP
    cs = Charset('utf-8'); cs.header_encoding = QP
    return Header(s, cs, maxlinelen=maxlen, header_name='Subject').encode(linesep='\n')

def enc_name(name, addr, charset='utf-8'):
    return Header(name, charset).encode() + f' <{addr}>'

# ---------------------------------------------------------------- trace headers
POLICY = {'amazon.com': 'QUARANTINE', 'credly.com': 'REJECT', 'signin.aws': 'REJECT',
          'pearson.com': 'REJECT', 'github.com': 'REJECT', 'certmetrics.com': 'NONE'}

def trace(provider, dt, rcpt, from_domain, dkim_ds, mailfrom, host, ip,
          dmarc='pass', spf='pass', dkim='pass', sels=None):
    """Headers added by the receiving side, topmost first."""
    sels = sels or {d: an(32) if d != 'amazonses.com' else '224i4yxa5dv7c2xz3womw6peuasteono' for d in dkim_ds}
    mf_dom = mailfrom.split('@')[-1]
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    t2 = t1 + timedelta(seconds=R.randint(0, 2))
    H = []
    if provider == 'gmail':
        pol = POLICY.get(from_domain, 'NONE')
        lines = [f"dkim={dkim} header.i=@{d} header.s={sels[d]} header.b={b64r(8)};" for d in dkim_ds]
        lines.append(f"spf={spf} (google.com: domain of {mailfrom} "
                     + ("designates" if spf == 'pass' else "does not designate") + f" {ip} as permitted sender) smtp.mailfrom={mailfrom}" + (';' if dmarc else ''))
        if dmarc:
            dis = 'NONE' if dmarc == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else ('REJECT' if pol == 'REJECT' else 'NONE'))
            lines.append(f"dmarc={dmarc} (p={pol} sp={pol} dis={dis}) header.from={from_domain}")
        ar = '\n       '.join(lines)
        gd = lambda t: rfc(t, LA, paren=True, pad=False)
        H += [('Delivered-To', rcpt),
              ('Received', f"by 2002:a05:{hx(4)}:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {an(6)}csp{R.randint(1000000, 9999999)};\n        {gd(t2)}"),
              ('X-Google-Smtp-Source', 'AGHT+I' + b64r(78)),
              ('X-Received', f"by 2002:a05:{hx(4)}:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {an(14)}.{R.randint(10, 99)}.{R.randint(10**12, 10**13 - 1)};\n        {gd(t2)}"),
              ('ARC-Seal', f"i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={wrap_b64(342, '        ', 64)}"),
              ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(43)}=;\n        fh={b64r(43)}=;\n        b={wrap_b64(342, '        ', 64)}"),
              ('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + ar),
              ('Return-Path', f"<{mailfrom}>"),
              ('Received', f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {hx(13)}-{hx(10)}.{R.randint(100, 999)}.{t1.astimezone(LA):%Y.%m.%d.%H.%M.%S}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gd(t1)}"),
              ('Received-SPF', f"{spf} (google.com: domain of {mailfrom} " + ("designates" if spf == 'pass' else "does not designate") + f" {ip} as permitted sender) client-ip={ip};"),
              ('Authentication-Results', 'mx.google.com;\n       ' + ar)]
    elif provider in ('o365', 'outlookcom'):
        if provider == 'o365':
            a, b, c = f"SA1PR{R.randint(10, 19)}MB{R.randint(1000, 9999)}", f"BN9PR{R.randint(10, 19)}CA{R.randint(1000, 9999)}", f"BN2PEPF0000{hx(4).upper()}"
            dom, fe = 'namprd17.prod.outlook.com', 'mail.protection.outlook.com'
        else:
            a, b, c = f"AM9P{R.randint(100, 199)}MB{R.randint(1000, 9999)}", f"DU2PR{R.randint(10, 19)}CA{R.randint(1000, 9999)}", f"DB1PEPF0000{hx(4).upper()}"
            dom, fe = 'EURP195.PROD.OUTLOOK.COM', 'mail.protection.outlook.com'
        ms = lambda t: rfc(t, UTC)
        dk = ''.join(f"dkim={dkim} (signature was verified)\n header.d={d};" if dkim == 'pass' else f"dkim={dkim} (body hash did not verify)\n header.d={d};" for d in dkim_ds) if dkim_ds else "dkim=none (message not signed)\n header.d=none;"
        if dmarc == 'pass':
            dm = f"dmarc=pass action=none\n header.from={from_domain};compauth=pass reason=100"
        elif dmarc == 'none':
            dm = f"dmarc=none action=none\n header.from={from_domain};compauth=fail reason=001"
        else:
            dm = f"dmarc=fail action=quarantine\n header.from={from_domain};compauth=fail reason=000"
        H += [('Received', f"from {a}.{dom} (2603:10b6:806:{hx(3)}::{R.randint(5, 20)}) by\n {a.replace('SA1', 'PH0')}.{dom} with HTTPS; {ms(t2)}"),
              ('Received', f"from {b}.{dom} (2603:10b6:408:{hx(3)}::{R.randint(5, 40)})\n by {a}.{dom} (2603:10b6:806:{hx(3)}::9) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {ms(t2)}"),
              ('Received', f"from {c}.{dom}\n (2603:10b6:408:138:cafe::{hx(2)}) by {b}.outlook.office365.com\n (2603:10b6:408:{hx(3)}::28) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend Transport; {ms(t1)}"),
              ('Authentication-Results', f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; {dk}{dm}"),
              ('Received-SPF', (f"Pass (protection.outlook.com: domain of {mf_dom}\n designates {ip} as permitted sender)" if spf == 'pass' else
                                f"SoftFail (protection.outlook.com: domain of transitioning\n {mf_dom} discourages use of {ip} as permitted sender)") + f"\n receiver=protection.outlook.com; client-ip={ip}; helo={host}; pr=C"),
              ('Received', f"from {host} ({ip}) by\n {c}.{fe} (10.167.{R.randint(200, 250)}.{R.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via\n Frontend Transport; {ms(t1)}")]
    elif provider == 'icloud':
        H += [('Received', f"from p00-icloudmta-asmtp-us-west-1a-{R.randint(10, 99)}-percent-{R.randint(0, 9)} (p00-icloudmta-asmtp-us-west-1a-{R.randint(10, 99)}-percent-{R.randint(0, 9)}.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com [17.57.{R.randint(150, 160)}.{R.randint(2, 250)}])\n\t by p{R.randint(100, 199)}-mailgateway-smtp-{hx(10)}-{an(5)} (mailgateway 2{R.randint(400, 520)}B{R.randint(10, 99)})\n\t with SMTP id {hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}\n\t for <{rcpt}>; {rfc(t2, UTC)}"),
              ('Authentication-Results', f"dmarc.icloud.com; dmarc={dmarc} header.from={from_domain}"),
              ('Authentication-Results', f"dkim-verifier.icloud.com;\n\tdkim={dkim} (2048-bit key) header.d={dkim_ds[0]} header.i=@{dkim_ds[0]} header.b={b64r(8)}"),
              ('Authentication-Results', f"spf.icloud.com; spf={spf} (spf.icloud.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}"),
              ('Received-SPF', f"{spf} (spf.icloud.com: domain of {mailfrom} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={host}; envelope-from={mailfrom}"),
              ('Received', f"from {host} (mx.icloud.com [{ip}])\n\tby p{R.randint(100, 199)}-mailgateway-smtp-{hx(10)}-{an(5)} (mailgateway 2{R.randint(400, 520)}B{R.randint(10, 99)})\n\twith ESMTPS id {hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}\n\tfor <{rcpt}>\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256); {rfc(t1, UTC)}")]
    elif provider in ('nifty', 'corpjp', 'docomo'):
        srv = {'nifty': ('mx.nifty.com', f"mfilter-s-{R.randint(0, 3)}.nifty.com", f"mx-s-{R.randint(0, 3)}.nifty.com"),
               'corpjp': ('mx01.kaiho-systems.co.jp', 'mx01.kaiho-systems.co.jp', 'mbox02.kaiho-systems.co.jp'),
               'docomo': ('mfsmax.docomo.ne.jp', 'mfsmax.docomo.ne.jp', 'md-mgw.docomo.ne.jp')}[provider]
        authserv, filt, mbox = srv
        dk = ' '.join(f"dkim={dkim} header.i=@{d};" for d in dkim_ds) if dkim_ds else 'dkim=none;'
        dm = f"dmarc={dmarc} header.from={from_domain}" if provider != 'corpjp' else f"dmarc={dmarc} (p={POLICY.get(from_domain, 'none').lower()} dis=none) header.from={from_domain}"
        H += [('Return-Path', f"<{mailfrom}>"),
              ('Received', f"from {filt} ([{'10.58.' if provider != 'docomo' else '172.20.'}{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby {mbox} with ESMTP id <{hx(16).upper()}@{mbox}>;\n\t{rfc(t2, TKY)}"),
              ('Authentication-Results', f"{authserv}; spf={spf} smtp.mailfrom={mailfrom};\n\t{dk} {dm}"),
              ('Received', f"from {host} ({host} [{ip}])\n\tby {filt} with ESMTPS id {hx(10).upper()}\n\tfor <{rcpt}>; {rfc(t1, TKY)}")]
    elif provider == 'noar':
        H += [('Return-Path', f"<{mailfrom}>"),
              ('Received', f"from mx-s-{R.randint(0, 3)}.nifty.com (mx-s-{R.randint(0, 3)}.nifty.com [202.248.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby pop.nifty.com (Postfix) with ESMTP id {hx(10).upper()}\n\tfor <{rcpt}>; {rfc(t2, TKY)}"),
              ('Received', f"from {host} ({host} [{ip}])\n\tby mx-s-{R.randint(0, 3)}.nifty.com with ESMTPS id {hx(10).upper()}\n\tfor <{rcpt}>; {rfc(t1, TKY)}")]
    else:
        raise ValueError(provider)
    return H

def dkim_sig(d, dt, sel=None, hdrs='Reply-To:From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID'):
    sel = sel or (an(32) if d != 'amazonses.com' else '224i4yxa5dv7c2xz3womw6peuasteono')
    return ('DKIM-Signature', f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={d}; t={int(dt.timestamp())};\n\th={hdrs};\n\tbh={b64r(43)}=;\n\tb={wrap_b64(342)}")

LAST_IP = ['54.240.8.31']
def aws_trace(provider, dt, rcpt, msgid, dmarc='pass'):
    host, ip = ses_host()
    LAST_IP[0] = ip
    tr = trace(provider, dt, rcpt, 'amazon.com', ['amazon.com', 'amazonses.com'], ses_bounce(msgid), host, ip, dmarc=dmarc)
    return tr + [dkim_sig('amazon.com', dt), dkim_sig('amazonses.com', dt)]

def ses_tail(dt, ip=None):
    ip = ip or LAST_IP[0]
    return [('Feedback-ID', f"::1.us-east-1.{b64r(43)}=:AmazonSES"),
            ('X-SES-Outgoing', f"{dt:%Y.%m.%d}-{ip}")]

# ---------------------------------------------------------------- finalize
def finalize(name, body, headers, label, tail=()):
    content = [(k, v) for k, v in body.items() if k.lower() != 'mime-version']
    for k in list(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        body['MIME-Version'] = '1.0'
    for k, v in content:
        body[k] = v
    for k, v in tail:
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(buf.getvalue())
    ids = sorted(set(label.get('account_ids', [])))
    LABELS[name] = {'kind': label['kind'], 'case_id': label.get('case_id'), 'account_ids': ids,
                    'sender_verified': label['sender_verified'], 'language': label['language']}

def html_doc(inner, style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n</head>\n'
            f'<body style="{style}">\n{inner}\n</body>\n</html>\n')

def p_html(text):
    """plain paragraphs -> html paragraphs"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

def q(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.split('\n'))

AWS_LEGAL_EN = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

Confidentiality notice: this message and any attachments may contain information that is confidential. If you received it in error, please delete it and notify the sender."""

AWS_LEGAL_JA = """アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア

本メールは送信専用アドレスから配信されている場合があります。
Amazon Web Services、AWS は Amazon.com, Inc. またはその関連会社の商標です。"""

# ================================================================ constants
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FROM_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = 'no-reply-aws@amazon.com'
FROM_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = 'RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance'

def form_footer_en(cid):
    return f"""
Please keep the case number [CASE {cid}] in the subject line of any reply so that your message reaches the right team. Opening a new request for the same issue may delay our response.

------------------------------------------------------------
How did we do? Rate this reply:
https://aws.amazon.com/training/support/feedback/?caseNumber={cid}&rating=5  (Excellent)
https://aws.amazon.com/training/support/feedback/?caseNumber={cid}&rating=3  (Average)
https://aws.amazon.com/training/support/feedback/?caseNumber={cid}&rating=1  (Poor)
------------------------------------------------------------

{AWS_LEGAL_EN}
"""

# ================================================================ Thread A: Daniel (EN, form desk, Office 365)
DAN = 'd.ortiz@halvorsen-eng.com'
DAN_FROM = 'Daniel Ortiz <d.ortiz@halvorsen-eng.com>'
A_OPEN = T('2025-06-03 14:12:07')
A = case_id(A_OPEN, 31588)
A_KEEP, A_OLD = 'AWS02871465', 'AWS04419023'
A_SUBJ = FORM_SUBJ.format(cid=A)

def aws_mail(name, provider, dt, rcpt, to_hdr, subject, body, label, frm=FROM_FORM, extra=(), dmarc='pass'):
    mid = ses_msgid(dt)
    hdrs = aws_trace(provider, dt, rcpt, mid, dmarc=dmarc)
    hdrs += [('Date', rfc(dt)), ('From', frm), ('Reply-To', frm if frm != FROM_CONSOLE else frm), ('To', to_hdr),
             ('Message-ID', mid), ('Subject', subject)]
    hdrs += list(extra)
    finalize(name, body, hdrs, label, tail=ses_tail(dt))
    return mid

# 001 case_created -----------------------------------------------------------
d = A_OPEN + timedelta(seconds=3)
txt = f"""Hello Daniel,

Thanks for getting in touch with AWS Training and Certification.

This is an automated note to let you know that your inquiry reached us and has been logged under reference {A}. One of our specialists will look into it and write back to this address, normally within one business day.

If you need to add anything, just reply to this email and keep the reference in the subject line. There is no need to fill in the form again; a second request for the same issue only slows things down.

A copy of what you sent us:

  Inquiry type:       Certification
  Inquiry detail:     Account Merge
  Name:               Daniel Ortiz
  Email:              {DAN}
  AWS candidate ID:   {A_KEEP}
  Description:        I have two certification profiles. My older one ({A_OLD}) was created with my personal Gmail when I took the Cloud Practitioner exam in 2021. I would like everything to be under {A_KEEP}.

Kind regards,
AWS Training and Certification

{AWS_LEGAL_EN}
"""
html = html_doc(f"""<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px"><tr><td style="background:#232f3e;padding:14px 20px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello Daniel,</p>
<p>Thanks for getting in touch with AWS Training and Certification.</p>
<p>This is an automated note to let you know that your inquiry reached us and has been logged under reference <b>{A}</b>. One of our specialists will look into it and write back to this address, normally within one business day.</p>
<p>If you need to add anything, just reply to this email and keep the reference in the subject line. There is no need to fill in the form again; a second request for the same issue only slows things down.</p>
<hr style="border:0;border-top:1px solid #d5dbdb">
<p style="color:#545b64">A copy of what you sent us</p>
<table style="font-size:13px;color:#545b64">
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Inquiry detail</td><td>Account Merge</td></tr>
<tr><td>Name</td><td>Daniel Ortiz</td></tr>
<tr><td>Email</td><td>{DAN}</td></tr>
<tr><td>AWS candidate ID</td><td>{A_KEEP}</td></tr>
<tr><td valign="top">Description</td><td>I have two certification profiles. My older one ({A_OLD}) was created with my personal Gmail when I took the Cloud Practitioner exam in 2021. I would like everything to be under {A_KEEP}.</td></tr>
</table>
<p>Kind regards,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#879596;padding:20px">{p_html(AWS_LEGAL_EN)}</td></tr></table>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('001-tc-inquiry-logged.eml', 'o365', d, DAN, DAN_FROM,
         f'[CASE {A}] We have your request - AWS Training and Certification', body,
         dict(kind='case_created', case_id=A, account_ids=[A_KEEP, A_OLD], sender_verified=True, language='en'))
A_ACK_DATE = d

# 002 support_reply: asks which to keep ---------------------------------------
d = T('2025-06-04 16:40:51')
a002 = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support. My name is Marisol and I will be assisting you with your request.

I was able to locate the two candidate profiles you mentioned, {A_KEEP} and {A_OLD}. Before I can pass this on to the team that combines profiles, I need you to confirm a few details:

1. Which of the two candidate IDs would you like to keep as your primary profile?
2. The email address you use to sign in to each profile.
3. The email address that should receive notifications after the change.

Please reply directly to this email with the above information. Your case will remain open in the meantime.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
orig002 = f"""--------------- Original Message ---------------
From: Daniel Ortiz [{DAN}]
Sent: 6/3/2025 2:12 PM
To: {FORM}
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {A_KEEP}
Description: I have two certification profiles. My older one ({A_OLD}) was created with my personal Gmail when I took the Cloud Practitioner exam in 2021. I would like everything to be under {A_KEEP}.
"""
txt = a002 + form_footer_en(A) + '\n' + orig002
body = part(txt, cte='quoted-printable')
A002_MID = aws_mail('002-which-profile-to-keep.eml', 'o365', d, DAN, DAN_FROM, A_SUBJ, body,
         dict(kind='support_reply', case_id=A, account_ids=[A_KEEP, A_OLD], sender_verified=True, language='en'))
A002_DATE = d

# 003 unrelated: Daniel's own reply with inline answers (Sent Items, no AR) ----
d = T('2025-06-04 19:05:33')
sent003 = rfc(A002_DATE, CHI)
plain003 = f"""Hi Marisol,

Thanks for the quick reply. In short: please keep {A_KEEP} and fold {A_OLD} into it. I've also answered each question inline below (my answers start with >>).

Daniel

--
Daniel Ortiz | Senior Cloud Engineer
Halvorsen Engineering Group
+1 312 555 0148 | halvorsen-eng.com

CONFIDENTIALITY: This e-mail and any attachments are intended solely for the addressee and may contain confidential or privileged information. If you are not the intended recipient, please notify the sender and delete this message. Halvorsen Engineering Group does not accept liability for any errors or omissions in the content of this message.

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, June 4, 2025 11:40 AM
To: Daniel Ortiz <{DAN}>
Subject: {A_SUBJ}

Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support. My name is Marisol and I will be assisting you with your request.

I was able to locate the two candidate profiles you mentioned, {A_KEEP} and {A_OLD}. Before I can pass this on to the team that combines profiles, I need you to confirm a few details:

1. Which of the two candidate IDs would you like to keep as your primary profile?
>> Keep {A_KEEP} (the work one).

2. The email address you use to sign in to each profile.
>> {A_KEEP}: {DAN}
>> {A_OLD}: danortiz.dev@gmail.com

3. The email address that should receive notifications after the change.
>> {DAN} please.

Please reply directly to this email with the above information. Your case will remain open in the meantime.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
blue = 'style="color:#0070C0"'
html003 = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply;font-family:"Aptos",sans-serif;color:windowtext;}}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi Marisol,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks for the quick reply. In short: please keep {A_KEEP} and fold {A_OLD} into it. I&#8217;ve also answered each question inline below <span {blue}>in blue</span>.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Daniel</p>
<p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0"><tr><td><img width="64" height="64" src="cid:image001.png@01DBD56A.3C2F1E20" alt="Halvorsen"></td>
<td><p class="MsoNormal"><b>Daniel Ortiz</b> | Senior Cloud Engineer<br>Halvorsen Engineering Group<br>+1 312 555 0148 | <a href="https://halvorsen-eng.com">halvorsen-eng.com</a></p></td></tr></table>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">CONFIDENTIALITY: This e-mail and any attachments are intended solely for the addressee and may contain confidential or privileged information. If you are not the intended recipient, please notify the sender and delete this message. Halvorsen Engineering Group does not accept liability for any errors or omissions in the content of this message.</span></p>
<p class="MsoNormal">&nbsp;</p>
<div id="mail-editor-reference-message-container">
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> Wednesday, June 4, 2025 11:40 AM<br><b>To:</b> Daniel Ortiz &lt;{DAN}&gt;<br><b>Subject:</b> {A_SUBJ}</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hello Daniel,<br><br>Thank you for contacting AWS Training and Certification Customer Support. My name is Marisol and I will be assisting you with your request.<br><br>I was able to locate the two candidate profiles you mentioned, {A_KEEP} and {A_OLD}. Before I can pass this on to the team that combines profiles, I need you to confirm a few details:<br><br>
1. Which of the two candidate IDs would you like to keep as your primary profile?<br>
<span {blue}>Keep {A_KEEP} (the work one).</span><br><br>
2. The email address you use to sign in to each profile.<br>
<span {blue}>{A_KEEP}: {DAN}<br>{A_OLD}: danortiz.dev@gmail.com</span><br><br>
3. The email address that should receive notifications after the change.<br>
<span {blue}>{DAN} please.</span><br><br>
Please reply directly to this email with the above information. Your case will remain open in the meantime.<br><br>Best regards,<br>Marisol G.<br>AWS Training and Certification Customer Support</p>
</div>
</div>
</body>
</html>
"""
logo = png(64, 64, (0, 82, 147))
body = multi('related', [multi('alternative', [part(plain003, cte='quoted-printable'), part(html003, 'html', cte='quoted-printable')], bnd('outlook')),
                         img_part(logo, 'image001.png@01DBD56A.3C2F1E20', 'image001.png')], bnd('outlook'))
body.set_param('type', 'multipart/alternative')
hdrs = [('From', DAN_FROM), ('To', f'Amazon Web Services <{FORM}>'), ('Subject', 'RE: ' + A_SUBJ),
        ('Thread-Topic', A_SUBJ), ('Thread-Index', 'AQHb1W' + b64r(26) + '=='), ('Date', rfc(d, CHI)),
        ('Message-ID', f'<SA1PR17MB{R.randint(1000, 9999)}{an(12).upper()}@SA1PR17MB{R.randint(1000, 9999)}.namprd17.prod.outlook.com>'),
        ('In-Reply-To', A002_MID),
        ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', '')]
hdrs.append(('References', hdrs[7][1]))
finalize('003-re-inline-answers-sent.eml', body, hdrs,
         dict(kind='unrelated', case_id=A, account_ids=[A_KEEP, A_OLD], sender_verified=None, language='en'))
A003_DATE = d

# 004 merge_confirmation_requested ------------------------------------------
d = T('2025-06-05 17:22:10')
a004 = f"""Hello Daniel,

Thank you for the details. Before I submit anything, I would like you to check the summary below carefully.

  Profile that will remain (primary):  {A_KEEP}  - sign-in {DAN}
  Profile that will be folded into it: {A_OLD}  - sign-in danortiz.dev@gmail.com

When this is carried out, the certifications, exam history and any unused benefits on {A_OLD} will be moved to {A_KEEP}, and {A_OLD} will stop working as a login. Please be aware that this cannot be undone once it has been processed, so we need your explicit agreement first.

If everything above is correct, please reply to this email confirming that you would like us to go ahead. If anything needs to change, let me know instead and I will update the request.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
orig004 = f"""--------------- Original Message ---------------
From: Daniel Ortiz [{DAN}]
Sent: 6/4/2025 7:05 PM
To: {FORM}
Subject: RE: {A_SUBJ}

Hi Marisol,

Thanks for the quick reply. I've answered inline below (my answers start with >>).

Daniel

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, June 4, 2025 11:40 AM
To: Daniel Ortiz <{DAN}>
Subject: {A_SUBJ}

1. Which of the two candidate IDs would you like to keep as your primary profile?
>> Keep {A_KEEP} (the work one).

2. The email address you use to sign in to each profile.
>> {A_KEEP}: {DAN}
>> {A_OLD}: danortiz.dev@gmail.com

3. The email address that should receive notifications after the change.
>> {DAN} please.
"""
txt = a004 + form_footer_en(A) + '\n' + orig004
html = html_doc(f"""<div style="max-width:680px">
<p>Hello Daniel,</p>
<p>Thank you for the details. Before I submit anything, I would like you to check the summary below carefully.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb;font-size:14px">
<tr style="background:#f2f3f3"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Sign-in</th></tr>
<tr><td>Remains (primary)</td><td><b>{A_KEEP}</b></td><td>{DAN}</td></tr>
<tr><td>Folded into the primary</td><td><b>{A_OLD}</b></td><td>danortiz.dev@gmail.com</td></tr>
</table>
<p>When this is carried out, the certifications, exam history and any unused benefits on {A_OLD} will be moved to {A_KEEP}, and {A_OLD} will stop working as a login. <b>Please be aware that this cannot be undone once it has been processed</b>, so we need your explicit agreement first.</p>
<p>If everything above is correct, please reply to this email confirming that you would like us to go ahead. If anything needs to change, let me know instead and I will update the request.</p>
<p>Best regards,<br>Marisol G.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:12px;color:#545b64">Please keep the case number [CASE {A}] in the subject line of any reply.</p>
<hr style="border:0;border-top:2px solid #ff9900;margin:24px 0">
<div style="color:#545b64;font-size:13px">
<b>From:</b> Daniel Ortiz [{DAN}]<br><b>Sent:</b> 6/4/2025 7:05 PM<br><b>To:</b> {FORM}<br><b>Subject:</b> RE: {A_SUBJ}<br><br>
<blockquote style="margin:0 0 0 8px;border-left:3px solid #aab7b8;padding-left:10px">
Hi Marisol,<br><br>Thanks for the quick reply. I&#8217;ve answered inline below in blue.<br><br>Daniel<br><br>
1. Which of the two candidate IDs would you like to keep as your primary profile?<br><span style="color:#0070C0">Keep {A_KEEP} (the work one).</span><br>
2. The email address you use to sign in to each profile.<br><span style="color:#0070C0">{A_KEEP}: {DAN}<br>{A_OLD}: danortiz.dev@gmail.com</span><br>
3. The email address that should receive notifications after the change.<br><span style="color:#0070C0">{DAN} please.</span>
</blockquote></div>
<p style="font-size:11px;color:#879596">{AWS_LEGAL_EN.replace(chr(10), '<br>')}</p>
</div>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('004-please-review-before-we-combine.eml', 'o365', d, DAN, DAN_FROM, A_SUBJ, body,
         dict(kind='merge_confirmation_requested', case_id=A, account_ids=[A_KEEP, A_OLD], sender_verified=True, language='en'))
A004_DATE = d
A004_TEXT = a004

# 005 support_reply: thanks for confirming, we will now proceed -------------
d = T('2025-06-06 09:03:47')
a005 = """Hello Daniel,

Thank you for confirming. I have now handed the request over to the team responsible for profile consolidation and we will proceed from here.

These requests usually take one to three business days. You will hear from us again as soon as it has been processed; there is nothing further you need to do in the meantime. We recommend that you do not schedule or sit an exam until you receive that update.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
orig005 = f"""--------------- Original Message ---------------
From: Daniel Ortiz [{DAN}]
Sent: 6/5/2025 1:02 PM
To: {FORM}
Subject: RE: {A_SUBJ}

Confirmed - the details are correct. Please proceed with the merge.

Thanks,
Daniel

--------------- Original Message ---------------
From: Amazon Web Services [{FORM}]
Sent: 6/5/2025 12:22 PM
To: {DAN}
Subject: {A_SUBJ}

{a004}"""
txt = a005 + form_footer_en(A) + '\n' + orig005
body = part(txt, cte='quoted-printable')
aws_mail('005-handed-over-to-team.eml', 'o365', d, DAN, DAN_FROM, A_SUBJ, body,
         dict(kind='support_reply', case_id=A, account_ids=[], sender_verified=True, language='en'))

# 006 merge_completed ----------------------------------------------------------
d = T('2025-06-07 02:48:19')
a006 = f"""Hello Daniel,

Good news: your two candidate profiles are now one. Everything that was recorded under {A_OLD} - including your AWS Certified Cloud Practitioner and the related exam history - now sits under {A_KEEP}. The former profile has been retired and can no longer be used to sign in.

A few things worth checking over the next couple of days:
- Sign in to your certification account with {DAN} and confirm all certifications appear under "Certifications".
- Any exam discount benefit you earned should now be listed under "Benefits".
- Digital badges may take up to 48 hours to appear on the Credly account tied to {DAN}.

If something looks off, reply to this email and we'll take another look.

Best regards,
Priyanka S.
AWS Training and Certification Customer Support
"""
txt = a006 + form_footer_en(A)
html = html_doc(f"""<div style="max-width:660px">{p_html(a006.split('A few things')[0])}
<p>A few things worth checking over the next couple of days:</p>
<ul><li>Sign in to your certification account with {DAN} and confirm all certifications appear under &#8220;Certifications&#8221;.</li>
<li>Any exam discount benefit you earned should now be listed under &#8220;Benefits&#8221;.</li>
<li>Digital badges may take up to 48 hours to appear on the Credly account tied to {DAN}.</li></ul>
<p>If something looks off, reply to this email and we&#8217;ll take another look.</p>
<p>Best regards,<br>Priyanka S.<br>AWS Training and Certification Customer Support</p>
<table style="margin-top:24px;border-top:1px solid #d5dbdb;width:100%"><tr><td style="padding-top:12px;font-size:13px">How would you rate this reply?&nbsp;
<a href="https://aws.amazon.com/training/support/feedback/?caseNumber={A}&amp;rating=5" style="background:#ff9900;color:#000;padding:4px 10px;text-decoration:none">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://aws.amazon.com/training/support/feedback/?caseNumber={A}&amp;rating=1" style="color:#545b64">&#9733;</a></td></tr></table>
<p style="font-size:11px;color:#879596">{AWS_LEGAL_EN.replace(chr(10), '<br>')}</p></div>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('006-profiles-are-now-one.eml', 'o365', d, DAN, DAN_FROM, A_SUBJ, body,
         dict(kind='merge_completed', case_id=A, account_ids=[A_KEEP, A_OLD], sender_verified=True, language='en'))
A006_DATE = d
A006_TEXT = a006

# 007 survey ---------------------------------------------------------------------
d = T('2025-06-07 02:49:40')
txt = f"""Hello Daniel,

Your AWS Training and Certification case {A} has been marked as resolved.

Was your issue resolved?
  YES: https://aws.amazon.com/training/support/survey/?caseNumber={A}&resolved=yes
  NO:  https://aws.amazon.com/training/support/survey/?caseNumber={A}&resolved=no

It takes less than a minute, and every response is read by the team that supports you. If you still need help with this topic, simply reply to this email within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification Customer Support

You are receiving this email because you recently contacted AWS Training and Certification Customer Support. This is a one-time survey related to your case; it does not subscribe you to marketing email.

{AWS_LEGAL_EN}

Privacy: https://aws.amazon.com/privacy/
"""
html = html_doc(f"""<div style="max-width:600px;margin:auto;border:1px solid #eaeded">
<div style="background:#232f3e;color:#fff;padding:16px;font-size:18px">How did we do?</div>
<div style="padding:20px">
<p>Hello Daniel,</p>
<p>Your AWS Training and Certification case <b>{A}</b> has been marked as resolved.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://aws.amazon.com/training/support/survey/?caseNumber={A}&amp;resolved=yes" style="display:inline-block;background:#1d8102;color:#fff;padding:10px 28px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://aws.amazon.com/training/support/survey/?caseNumber={A}&amp;resolved=no" style="display:inline-block;background:#d13212;color:#fff;padding:10px 28px;text-decoration:none;border-radius:2px">NO</a></p>
<p>It takes less than a minute, and every response is read by the team that supports you. If you still need help with this topic, simply reply to this email within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</div>
<div style="background:#f2f3f3;padding:16px;font-size:11px;color:#687078">You are receiving this email because you recently contacted AWS Training and Certification Customer Support. This is a one-time survey related to your case; it does not subscribe you to marketing email.<br><br>{AWS_LEGAL_EN.replace(chr(10), '<br>')}<br><br><a href="https://aws.amazon.com/privacy/">Privacy</a></div></div>""")
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('007-how-did-we-do.eml', 'o365', d, DAN, DAN_FROM, f'Case {A}: tell us about your experience', body,
         dict(kind='survey', case_id=A, account_ids=[], sender_verified=True, language='en'))

# 008 credly badge ---------------------------------------------------------------
def credly_mail(name, provider, dt, rcpt, to_hdr, subject, body, label, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                from_domain='credly.com', dkim_d='credly.com', dmarc='pass', mailfrom=None, host=None, ip=None):
    mid = f"<{hx(24)}_{R.randint(10**9, 10**10 - 1)}@{'credly.com' if from_domain == 'credly.com' else from_domain}>"
    if from_domain == 'credly.com':
        mid = f"<6{hx(7)}{hx(16)}.{R.randint(100000, 999999)}@mail.credly.com>"
    mailfrom = mailfrom or f"bounces+{R.randint(1000000, 9999999)}-{hx(4)}-{rcpt.replace('@', '=')}@em{R.randint(1000, 9999)}.credly.com"
    host = host or f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.credly.com"
    ip = ip or f"149.72.{R.randint(1, 250)}.{R.randint(1, 250)}"
    hdrs = trace(provider, dt, rcpt, from_domain, [dkim_d], mailfrom, host, ip, dmarc=dmarc)
    hdrs += [dkim_sig(dkim_d, dt, hdrs='from:subject:mime-version:content-type:to:cc:content-type:from:subject:to'),
             ('Date', rfc(dt)), ('From', frm), ('To', to_hdr), ('Message-ID', mid), ('Subject', subject),
             ('X-Entity-Ref-ID', hx(32))]
    finalize(name, body, hdrs, label)

def credly_html(title, lead, badge, btn='Accept your badge', extra='', url=None, img='https://images.credly.com/size/340x340/images/' + 'x' * 8 + '/image.png'):
    url = url or f"https://www.credly.com/earner/earned/badge/{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"
    img = f"https://images.credly.com/size/340x340/images/{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}/image.png"
    return html_doc(f"""<table role="presentation" width="100%" style="background:#f5f5f5"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;margin:24px 0">
<tr><td style="padding:24px;border-bottom:1px solid #e6e6e6"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td align="center" style="padding:32px 40px 8px 40px;font-size:24px;font-weight:bold">{title}</td></tr>
<tr><td align="center" style="padding:8px 40px;font-size:15px;color:#444">{lead}</td></tr>
<tr><td align="center" style="padding:16px"><img src="{img}" width="170" height="170" alt="{badge}"><br><b>{badge}</b><br><span style="color:#777">Issued by Amazon Web Services Training and Certification</span></td></tr>
<tr><td align="center" style="padding:16px 40px 32px 40px"><a href="{url}" style="background:#ff6b00;color:#ffffff;font-weight:bold;padding:14px 36px;border-radius:4px;text-decoration:none">{btn}</a></td></tr>
{extra}
<tr><td style="padding:24px 40px;font-size:11px;color:#999;border-top:1px solid #e6e6e6">You're receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials. <a href="https://www.credly.com/notification_preferences">Manage email preferences</a> &middot; <a href="https://www.credly.com/privacy">Privacy Policy</a><br>Credly, Inc. &middot; 7 World Trade Center, 250 Greenwich St, New York, NY 10007</td></tr>
</table></td></tr></table>""", style='margin:0;font-family:Helvetica,Arial,sans-serif'), url

d = T('2025-06-07 21:15:02')
badge = 'AWS Certified Cloud Practitioner'
html, url = credly_html('Congratulations, Daniel!', 'Amazon Web Services Training and Certification has issued you a new badge. Accept it to share your achievement with your network and potential employers.', badge)
txt = f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge: {badge}.

Accept your badge:
{url}

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on a personal website.

--
You're receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Manage email preferences: https://www.credly.com/notification_preferences
Credly, Inc. - 7 World Trade Center, 250 Greenwich St, New York, NY 10007
"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('credly'))
credly_mail('008-credly-new-badge-ccp.eml', 'o365', d, DAN, DAN, f'Daniel, you have a new badge from Amazon Web Services Training and Certification', body,
            dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True, language='en'))

# 009 unrelated: manager's reply containing Daniel's forward (O365 internal) ----
d = T('2025-06-09 13:31:12')
dan_fw_date = T('2025-06-07 14:02:55')
plain = f"""Thanks Daniel - good to see this finally sorted. Can you update the certification in Workday so the partner tier count picks it up before the Q3 review? No need to send me the Credly link.

Ruth

Ruth Okafor
Director, Cloud Practice | Halvorsen Engineering Group

________________________________
From: Daniel Ortiz <{DAN}>
Sent: Saturday, June 7, 2025 9:02 AM
To: Ruth Okafor <r.okafor@halvorsen-eng.com>
Subject: FW: {A_SUBJ}

FYI - AWS finished the profile merge, so my CCP from 2021 now shows on the same candidate profile as the SA Associate. Badge should follow on Credly.

Daniel

________________________________
From: Amazon Web Services <{FORM}>
Sent: Friday, June 6, 2025 9:48 PM
To: Daniel Ortiz <{DAN}>
Subject: {A_SUBJ}

{A006_TEXT}"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Thanks Daniel &#8211; good to see this finally sorted. Can you update the certification in Workday so the partner tier count picks it up before the Q3 review? No need to send me the Credly link.</div>
<div class="elementToProof" style="font-size: 12pt;"><br>Ruth</div>
<div id="Signature"><p style="font-size:10pt;color:#555">Ruth Okafor<br>Director, Cloud Practice | Halvorsen Engineering Group</p></div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Daniel Ortiz &lt;{DAN}&gt;<br><b>Sent:</b> Saturday, June 7, 2025 9:02 AM<br><b>To:</b> Ruth Okafor &lt;r.okafor@halvorsen-eng.com&gt;<br><b>Subject:</b> FW: {A_SUBJ}</font><div>&nbsp;</div></div>
<div>FYI &#8211; AWS finished the profile merge, so my CCP from 2021 now shows on the same candidate profile as the SA Associate. Badge should follow on Credly.<br><br>Daniel<br><br>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> Friday, June 6, 2025 9:48 PM<br><b>To:</b> Daniel Ortiz &lt;{DAN}&gt;<br><b>Subject:</b> {A_SUBJ}</font><div>&nbsp;</div></div>
<div>{p_html(A006_TEXT)}</div></div>
</body></html>
"""
body = multi('alternative', [part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('outlook'))
host = f"SA1PR17MB{R.randint(1000, 9999)}.namprd17.prod.outlook.com"
hdrs = [('Received', f"from SA1PR17MB{R.randint(1000, 9999)}.namprd17.prod.outlook.com (2603:10b6:806:{hx(3)}::9) by\n PH0PR17MB{R.randint(1000, 9999)}.namprd17.prod.outlook.com with HTTPS; {rfc(d + timedelta(seconds=1))}"),
        ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=halvorsen-eng.com;'),
        ('Received', f"from {host} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n {host} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id\n 15.20.8813.018; {rfc(d)}"),
        ('From', 'Ruth Okafor <r.okafor@halvorsen-eng.com>'), ('To', DAN_FROM), ('Subject', 'RE: FW: ' + A_SUBJ),
        ('Thread-Topic', A_SUBJ), ('Thread-Index', 'AQHb1W' + b64r(40) + '=='), ('Date', rfc(d, CHI)),
        ('Message-ID', f'<SA1PR17MB{R.randint(1000, 9999)}{an(12).upper()}@SA1PR17MB{R.randint(1000, 9999)}.namprd17.prod.outlook.com>'),
        ('References', f'<SA1PR17MB{R.randint(1000, 9999)}{an(12).upper()}@SA1PR17MB{R.randint(1000, 9999)}.namprd17.prod.outlook.com>'),
        ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', host)]
hdrs.insert(10, ('In-Reply-To', hdrs[9][1]))
finalize('009-re-fw-manager-reply.eml', body, hdrs,
         dict(kind='unrelated', case_id=A, account_ids=[], sender_verified=False, language='en'))

# ================================================================ Thread B: Haruka (JA, form desk, Gmail)
HAR = 'haruka.tanaka.cert@gmail.com'
HAR_FROM = enc_name('田中 遥', HAR)
B_OPEN = T('2025-05-27 23:02:40')
B = case_id(B_OPEN, 10744)
B_KEEP, B_OLD = 'AWS01562398', 'AWS03387410'
B_SUBJ = FORM_SUBJ.format(cid=B)

JA_FOOTER_FORM = f"""
ご返信の際は件名の [CASE {B}] を変更しないでください。件名が変わると担当者へのお届けが遅れる場合があります。
同じ内容で新たにお問い合わせいただくと、対応が重複し回答が遅れることがあります。

{AWS_LEGAL_JA}
"""

# 010 case_created JA ------------------------------------------------------------
d = B_OPEN + timedelta(seconds=4)
txt = f"""田中 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。
お問い合わせは受付番号 {B} として登録されました。
担当者が内容を確認のうえ、原則として 24 時間以内にこのメールアドレス宛てにご連絡いたします（土日祝日を除く）。

補足情報がございましたら、件名を変えずに本メールへご返信ください。
同じ内容でフォームから再度お問い合わせいただく必要はございません。

■ 受付内容
お問い合わせの種類：認定 (Certification)
詳細：アカウントの統合 (Account Merge)
お名前：田中 遥
メールアドレス：{HAR}
AWS 受験者 ID：{B_KEEP}
お問い合わせ内容：
転職に伴いメールアドレスが変わった際に、誤って新しい認定アカウント（{B_OLD}）を作ってしまいました。
以前のアカウント {B_KEEP} に一本化したいです。

AWS トレーニングと認定 カスタマーサポート

{AWS_LEGAL_JA}
"""
body = part(txt, cte='base64')
aws_mail('010-uketsuke-jidou-soushin.eml', 'gmail', d, HAR, HAR_FROM,
         enc_subj(f'[CASE {B}] お問い合わせを受け付けました（AWS トレーニングと認定）'), body,
         dict(kind='case_created', case_id=B, account_ids=[B_KEEP, B_OLD], sender_verified=True, language='ja'))

# 011 support_reply JA: asks which to keep -----------------------------------------
d = T('2025-05-28 07:15:22')
a011 = f"""田中 遥 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、ありがとうございます。

お名前で検索したところ、次の 2 つの受験者アカウントが見つかりました。

・{B_KEEP}
・{B_OLD}

お手続きを進めるにあたり、以下の点をお知らせいただけますでしょうか。

1. 今後お使いになるアカウント（残すアカウント）はどちらか
2. それぞれのアカウントにサインインする際のメールアドレス
3. 2 つのアカウントをひとつにされたい理由

いただいた情報を確認したうえで、次のご案内を差し上げます。
お手数をおかけしますが、本メールへのご返信にてお知らせください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
txt = a011 + JA_FOOTER_FORM
body = part(txt, cte='quoted-printable')
B011_MID = aws_mail('011-kakunin-onegai-sasaki.eml', 'gmail', d, HAR, HAR_FROM, B_SUBJ, body,
                    dict(kind='support_reply', case_id=B, account_ids=[B_KEEP, B_OLD], sender_verified=True, language='ja'))
B011_TEXT = a011

# 012 merge_confirmation_requested JA, ISO-2022-JP, nested Gmail-style quotes -----
d = T('2025-05-29 02:30:05')
har_reply = f"""佐々木様

ご連絡ありがとうございます。田中です。

1. 残したいのは {B_KEEP} です。
2. {B_KEEP}：{HAR}
   {B_OLD}：h.tanaka@kitamura-shoji.co.jp（前職のアドレスで、現在は受信できません）
3. 転職でメールアドレスが変わった際に、以前のアカウントがあることを忘れて新しく作成してしまいました。

よろしくお願いいたします。
田中

2025年5月28日(水) 16:15 Amazon Web Services <{FORM}>:
{q(B011_TEXT.strip())}
"""
a012 = f"""田中 遥 様

ご返信ありがとうございます。佐々木でございます。

いただいた内容をもとに、次のとおり手続きを行う予定です。
実施前に、内容に誤りがないか改めてご確認ください。

　残すアカウント　：{B_KEEP}（サインイン：{HAR}）
　統合するアカウント：{B_OLD}（サインイン：h.tanaka@kitamura-shoji.co.jp）

手続き後は、{B_OLD} に記録されている認定資格、受験履歴、特典がすべて {B_KEEP} に移り、{B_OLD} ではサインインできなくなります。
なお、一度実施すると元の状態に戻すことはできません。

上記の内容でよろしければ、このメールにご返信のうえ、手続きを進めてよい旨をお知らせください。
変更がある場合も、ご返信にてお知らせください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
txt = a012 + JA_FOOTER_FORM + f"""
2025年5月28日(水) 21:40 田中 遥 <{HAR}>:
{q(har_reply.strip())}
"""
body = part(txt, cte='7bit', charset='iso-2022-jp', label='ISO-2022-JP')
B012_MID = aws_mail('012-naiyou-go-kakunin-kudasai.eml', 'gmail', d, HAR, HAR_FROM, B_SUBJ, body,
                    dict(kind='merge_confirmation_requested', case_id=B, account_ids=[B_KEEP, B_OLD], sender_verified=True, language='ja'))
B012_TEXT = a012

# 013 merge_completed JA, confirmation quoted under Outlook-JP header block ---------
d = T('2025-05-30 05:10:48')
a013 = f"""田中 遥 様

お待たせいたしました。佐々木でございます。

ご依頼いただいたお手続きが完了いたしました。
今後は {B_KEEP} にて、認定資格の確認、試験のご予約、特典のご利用が可能です。
以前のアカウントで取得された認定資格も {B_KEEP} に表示されていることを、念のためご確認ください。

Credly のデジタルバッジは、反映までに数日かかる場合がございます。
1 週間ほど経ってもバッジが表示されない場合は、本メールにご返信ください。

このたびはご協力いただき、ありがとうございました。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
quoted013 = f"""差出人: 田中 遥 <{HAR}>
送信日時: 2025年5月29日 木曜日 19:58
宛先: Amazon Web Services <{FORM}>
件名: Re: {B_SUBJ}

佐々木様

確認しました。内容に間違いありません。
The details are correct. Please proceed with the merge.

田中

差出人: Amazon Web Services <{FORM}>
送信日時: 2025年5月29日 木曜日 11:30
宛先: 田中 遥 <{HAR}>
件名: {B_SUBJ}

{B012_TEXT}"""
txt = a013 + JA_FOOTER_FORM + '\n\n' + quoted013
html = html_doc(f"""<div>{p_html(a013)}</div>
<div style="font-size:12px;color:#687078">ご返信の際は件名の [CASE {B}] を変更しないでください。</div>
<div style="font-size:12px;color:#687078;margin-top:8px">本対応の満足度をお聞かせください：<a href="https://aws.amazon.com/training/support/feedback/?caseNumber={B}&amp;rating=5">満足</a> | <a href="https://aws.amazon.com/training/support/feedback/?caseNumber={B}&amp;rating=3">普通</a> | <a href="https://aws.amazon.com/training/support/feedback/?caseNumber={B}&amp;rating=1">不満</a></div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0;margin-top:16px">
<p style="font-size:13px"><b>差出人:</b> 田中 遥 &lt;{HAR}&gt;<br><b>送信日時:</b> 2025年5月29日 木曜日 19:58<br><b>宛先:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>件名:</b> Re: {B_SUBJ}</p></div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>佐々木様</p><p>確認しました。内容に間違いありません。<br>The details are correct. Please proceed with the merge.</p><p>田中</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding-top:3pt"><p style="font-size:13px"><b>差出人:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>送信日時:</b> 2025年5月29日 木曜日 11:30<br><b>宛先:</b> 田中 遥 &lt;{HAR}&gt;<br><b>件名:</b> {B_SUBJ}</p></div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{p_html(B012_TEXT)}</blockquote>
</blockquote>
<div style="font-size:11px;color:#879596">{AWS_LEGAL_JA.replace(chr(10), '<br>')}</div>""", style='font-family:"Hiragino Sans","Meiryo",sans-serif;font-size:14px')
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='base64')], bnd('ses', d))
aws_mail('013-otetsuzuki-kanryou.eml', 'gmail', d, HAR, HAR_FROM, B_SUBJ, body,
         dict(kind='merge_completed', case_id=B, account_ids=[B_KEEP], sender_verified=True, language='ja'))

# 014 survey JA -------------------------------------------------------------------
d = T('2025-05-30 05:12:31')
txt = f"""田中 遥 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ（受付番号：{B}）はクローズされました。

今回のお問い合わせは解決しましたか？
　はい　　：https://aws.amazon.com/training/support/survey/?caseNumber={B}&resolved=yes&lang=ja
　いいえ　：https://aws.amazon.com/training/support/survey/?caseNumber={B}&resolved=no&lang=ja

サービス向上のため、1 分ほどで終わる簡単なアンケートへのご協力をお願いいたします。
いただいたご意見は、担当チームが一件ずつ確認しています。

引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと、お問い合わせが再開されます。

AWS トレーニングと認定 カスタマーサポート

このメールは、AWS トレーニングと認定 カスタマーサポートにお問い合わせいただいたお客様にお送りしています。
本アンケートはお問い合わせに関する 1 回限りのものであり、マーケティングメールの配信登録ではありません。

{AWS_LEGAL_JA}
"""
body = part(txt, cte='base64')
aws_mail('014-anketo-no-onegai.eml', 'gmail', d, HAR, HAR_FROM,
         enc_subj(f'お問い合わせ {B} に関するアンケートのお願い'), body,
         dict(kind='survey', case_id=B, account_ids=[], sender_verified=True, language='ja'))

# 015 credly EN (Haruka) -----------------------------------------------------------
d = T('2025-05-31 10:41:17')
badge = 'AWS Certified Developer - Associate'
html, url = credly_html('Your badge is waiting', 'Haruka, Amazon Web Services Training and Certification has issued you a badge. Claim it to start sharing your verified achievement.', badge)
txt = f"""Your badge is waiting

Haruka, Amazon Web Services Training and Certification has issued you a badge: {badge}

Accept your badge: {url}

Questions? Visit https://support.credly.com

You're receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable')], bnd('credly'))
credly_mail('015-credly-badge-waiting.eml', 'gmail', d, HAR, HAR, 'Haruka, claim your AWS Certified Developer - Associate badge', body,
            dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True, language='en'))

# ================================================================ Thread C: Kenji (JA, form desk, nifty, Becky!)
KEN = 'k-morimoto@nifty.com'
KEN_FROM = enc_name('森本 健二', KEN)
C_OPEN = T('2025-09-08 01:47:55')
C = case_id(C_OPEN, 72913)
C_KEEP, C_OLD1, C_OLD2 = 'AWS04417729', 'AWS00938154', 'AWS05120376'
C_SUBJ = FORM_SUBJ.format(cid=C)
JA_FOOTER_C = JA_FOOTER_FORM.replace(B, C)

# 016 case_created JA ------------------------------------------------------------
d = C_OPEN + timedelta(seconds=2)
txt = f"""森本 健二 様

このメールは送信専用ではありません。ご返信いただくと、お問い合わせの記録に追加されます。

AWS トレーニングと認定のお問い合わせフォームからのご連絡を承りました。
お問い合わせ番号：{C}

担当者からのご連絡まで、通常 1 営業日ほどお時間をいただいております。
お問い合わせが集中している場合は、さらにお時間をいただくことがございます。あらかじめご了承ください。

【ご入力内容】
お問い合わせの種類　：AWS Training and Certification
詳細　　　　　　　　：Account Merge
AWS 受験者 ID　　　 ：{C_KEEP}
内容　　　　　　　　：
会社の SSO 経由でサインインした際に別の受験者アカウント（{C_OLD2}）が作成されてしまいました。
{C_KEEP} にまとめていただけますか。

--
AWS トレーニングと認定
https://aws.amazon.com/jp/training/

{AWS_LEGAL_JA}
"""
body = part(txt, cte='quoted-printable')
aws_mail('016-otoiawase-uketamawarimashita.eml', 'nifty', d, KEN, KEN_FROM,
         enc_subj_q(f'AWS トレーニングと認定：お問い合わせを承りました [CASE {C}]'), body,
         dict(kind='case_created', case_id=C, account_ids=[C_KEEP, C_OLD2], sender_verified=True, language='ja'))

# 017 support_reply JA: asks for more info (8 days later) -------------------------
d = T('2025-09-16 05:12:40')
a017 = f"""森本 健二 様

AWS トレーニングと認定 カスタマーサポートの高橋です。
お問い合わせが立て込んでおり、ご連絡が遅くなりましたことをお詫び申し上げます。

お知らせいただいた AWS 04417729 と AWS 05120376 のほかに、同じお名前と生年月日で登録された AWS 00938154 というアカウントも見つかりました。

つきましては、次の 2 点をご確認ください。

(1) AWS 00938154 も今回の対象に含めてよろしいでしょうか。
(2) 各アカウントに登録されている通知先メールアドレスをお知らせください。

ご返信をいただき次第、手続きのご案内をいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
txt = a017 + JA_FOOTER_C
body = part(txt, cte='base64')
C017_MID = aws_mail('017-tsuika-kakunin-takahashi.eml', 'nifty', d, KEN, KEN_FROM, C_SUBJ, body,
                    dict(kind='support_reply', case_id=C, account_ids=[C_KEEP, C_OLD1, C_OLD2], sender_verified=True, language='ja'))
C017_TEXT = a017

# 018 unrelated: Kenji's own reply (Becky!, ISO-2022-JP, inline answers, no AR) ----
d = T('2025-09-16 13:48:09')
k018 = f"""高橋様

お世話になっております。森本です。
ご確認ありがとうございます。以下、インラインで回答します。

On Tue, 16 Sep 2025 05:12:40 +0000
"Amazon Web Services" <{FORM}> wrote:

> (1) AWS 00938154 も今回の対象に含めてよろしいでしょうか。

はい、含めてください。大学院の時に受けた試験のアカウントだと思います。
最終的に 3 つとも {C_KEEP} にまとめたいです。

> (2) 各アカウントに登録されている通知先メールアドレスをお知らせください。

{C_KEEP}：{KEN}
{C_OLD2}：kenji.morimoto@tsubasa-denki.co.jp（会社のアドレス）
{C_OLD1}：不明です（大学のアドレスだったと思いますが、既に使えません）

以上、よろしくお願いいたします。

--
森本 健二
k-morimoto@nifty.com
"""
body = part(k018, cte='7bit', charset='iso-2022-jp', label='ISO-2022-JP')
hdrs = [('Date', rfc(d, TKY)), ('From', enc_name('森本 健二', KEN, 'iso-2022-jp')), ('To', f'"Amazon Web Services" <{FORM}>'),
        ('Subject', 'Re: ' + C_SUBJ), ('Message-Id', f'<20250916224809.{hx(4).upper()}.{hx(8).upper()}@nifty.com>'),
        ('In-Reply-To', C017_MID), ('References', C017_MID), ('X-Mailer', 'Becky! ver. 2.81.07 [ja]')]
finalize('018-re-inline-kaitou-becky.eml', body, hdrs,
         dict(kind='unrelated', case_id=C, account_ids=[C_KEEP, C_OLD1, C_OLD2], sender_verified=None, language='ja'))
C018_TEXT = k018

# 019 support_reply JA: still working on it, no Authentication-Results -------------
d = T('2025-09-18 08:20:31')
a019 = f"""森本 健二 様

高橋です。ご回答いただきありがとうございました。

3 件のアカウントについて、現在社内で確認を進めております。
{C_OLD1} はご登録時のお名前の表記（ローマ字）が他の 2 件と異なるため、担当部署にて追加の確認を行っております。

恐れ入りますが、もうしばらくお待ちいただけますでしょうか。
進捗がございましたら、こちらからご連絡いたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
txt = a019 + JA_FOOTER_C + f"""
-----Original Message-----
From: 森本 健二 <{KEN}>
Sent: 2025/09/16 22:48
To: {FORM}
Subject: Re: {C_SUBJ}

{q(k018.strip())}
"""
body = part(txt, cte='quoted-printable')
mid = ses_msgid(d)
host, ip = ses_host()
hdrs = trace('noar', d, KEN, 'amazon.com', [], ses_bounce(mid), host, ip)
hdrs += [dkim_sig('amazon.com', d), dkim_sig('amazonses.com', d),
         ('Date', rfc(d)), ('From', FROM_FORM), ('Reply-To', FROM_FORM), ('To', KEN_FROM), ('Message-ID', mid), ('Subject', C_SUBJ)]
finalize('019-kakunin-chuu-omachi-kudasai.eml', body, hdrs,
         dict(kind='support_reply', case_id=C, account_ids=[C_OLD1], sender_verified=None, language='ja'), tail=ses_tail(d, ip))

# 020 merge_confirmation_requested JA, Shift_JIS label with CP932 characters ---------
d = T('2025-09-22 06:33:12')
a020 = f"""森本 健二 様

お待たせいたしました。高橋です。
確認が取れましたので、以下の内容でアカウントの統合をお受けいたします。

　① 残すアカウント　　　：{C_KEEP}（{KEN}）
　② 統合されるアカウント：{C_OLD2}（kenji.morimoto@tsubasa-denki.co.jp）
　③ 統合されるアカウント：{C_OLD1}（登録メールアドレス不明）

②③ の認定資格・受験履歴・特典は ① に引き継がれ、②③ は今後ご利用いただけなくなります。
統合は取り消しができない操作のため、実施前にお客様のご同意をいただいております。

上記でよろしければ、本メールに「上記内容で統合を進めてください」とご返信ください。
内容に相違がある場合は、その旨をお知らせください。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
txt = a020 + JA_FOOTER_C + f"""
-----Original Message-----
From: 森本 健二 <{KEN}>
Sent: 2025/09/16 22:48
To: {FORM}
Subject: Re: {C_SUBJ}

{k018}"""
body = part(txt, cte='base64', codec='cp932', label='Shift_JIS')
C020_MID = aws_mail('020-tougou-naiyou-no-go-kakunin.eml', 'nifty', d, KEN, KEN_FROM, C_SUBJ, body,
                    dict(kind='merge_confirmation_requested', case_id=C, account_ids=[C_KEEP, C_OLD1, C_OLD2], sender_verified=True, language='ja'))
C020_TEXT = a020

# 021 support_reply JA: thanks, will now proceed; completion mail will follow --------
d = T('2025-09-23 01:10:26')
a021 = """森本 健二 様

高橋です。ご確認いただき、ありがとうございます。

これより手続きを開始いたします。
作業が終わりましたら、あらためて本メールアドレス宛てにご連絡いたします。
それまでの間は、試験のご予約やアカウント情報の変更はお控えいただきますようお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
txt = a021 + JA_FOOTER_C + f"""
On 2025/09/22 19:02, 森本 健二 wrote:
> 高橋様
>
> 上記内容で統合を進めてください。
> よろしくお願いいたします。
>
> 森本
>
> On 2025/09/22 15:33, Amazon Web Services wrote:
{q(q(C020_TEXT.strip()))}
"""
body = part(txt, cte='base64')
aws_mail('021-tetsuzuki-kaishi-shimasu.eml', 'nifty', d, KEN, KEN_FROM, C_SUBJ, body,
         dict(kind='support_reply', case_id=C, account_ids=[], sender_verified=True, language='ja'))

# 022 merge_completed JA, HTML only ----------------------------------------------------
d = T('2025-09-24 09:42:57')
html = html_doc(f"""<div style="max-width:640px">
<p>森本 健二 様</p>
<p>高橋です。大変お待たせいたしました。</p>
<p>ご依頼の 3 件の受験者アカウントを <b>{C_KEEP}</b> に集約いたしました。<br>
{C_OLD2} および {C_OLD1} に記録されていた認定資格と受験履歴は、すべて {C_KEEP} でご確認いただけます。<br>
{C_OLD2} と {C_OLD1} は無効化済みのため、今後はサインインできません。</p>
<p>Credly のデジタルバッジは、{KEN} 宛てに数日以内に改めて発行されます。</p>
<p>ご不明な点がございましたら、本メールにご返信ください。</p>
<p>高橋<br>AWS トレーニングと認定 カスタマーサポート</p>
<hr style="border:0;border-top:1px solid #d5dbdb;margin:24px 0">
<table style="font-size:13px"><tr><td>今回の対応はいかがでしたか？</td>
<td><a href="https://aws.amazon.com/training/support/feedback/?caseNumber={C}&amp;rating=5&amp;lang=ja">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td>
<td><a href="https://aws.amazon.com/training/support/feedback/?caseNumber={C}&amp;rating=3&amp;lang=ja">&#9733;&#9733;&#9733;</a></td>
<td><a href="https://aws.amazon.com/training/support/feedback/?caseNumber={C}&amp;rating=1&amp;lang=ja">&#9733;</a></td></tr></table>
<p style="font-size:12px;color:#687078">ご返信の際は件名の [CASE {C}] を変更しないでください。</p>
<p style="font-size:11px;color:#879596">{AWS_LEGAL_JA.replace(chr(10), '<br>')}</p>
</div>""", style='font-family:Meiryo,"Hiragino Kaku Gothic ProN",sans-serif;font-size:14px')
body = part(html, 'html', cte='base64')
aws_mail('022-shuuyaku-shimashita-html.eml', 'nifty', d, KEN, KEN_FROM, C_SUBJ, body,
         dict(kind='merge_completed', case_id=C, account_ids=[C_KEEP, C_OLD1, C_OLD2], sender_verified=True, language='ja'))

# 023 survey JA ----------------------------------------------------------------------
d = T('2025-09-24 09:44:03')
txt = f"""森本 健二 様

お問い合わせ（お問い合わせ番号：{C}）を解決済みとしてクローズいたしました。

サポート品質向上のため、アンケートにご協力ください（所要時間 1 分）。
https://aws.amazon.com/training/support/survey/?caseNumber={C}&lang=ja

　Q1. 今回のお問い合わせは解決しましたか？
　Q2. 担当者の対応に満足しましたか？（5 段階）
　Q3. その他ご意見・ご要望

解決していない場合は、本メールにご返信いただくとお問い合わせを再開できます。

AWS トレーニングと認定 カスタマーサポート

{AWS_LEGAL_JA}
"""
body = part(txt, cte='quoted-printable')
aws_mail('023-kaiketsu-zumi-close.eml', 'nifty', d, KEN, KEN_FROM,
         enc_subj(f'[CASE {C}] お問い合わせをクローズしました｜アンケートのお願い'), body,
         dict(kind='survey', case_id=C, account_ids=[], sender_verified=True, language='ja'))

# ================================================================ Thread D: Priya (EN, form desk, iCloud, Apple Mail)
PRI = 'priya.raman@icloud.com'
PRI_FROM = 'Priya Raman <priya.raman@icloud.com>'
D_OPEN = T('2025-11-17 16:20:31')
D = case_id(D_OPEN, 50227)
D_KEEP, D_OLD = 'AWS03715842', 'AWS01109467'
D_SUBJ = FORM_SUBJ.format(cid=D)

# 024 case_created EN -------------------------------------------------------------
d = D_OPEN + timedelta(seconds=5)
txt = f"""Dear Priya Raman,

Your request has been logged.

Reference: {D}
Topic: Certification / Account Merge
Submitted: {D_OPEN:%d %B %Y %H:%M} UTC

Our Training and Certification support team aims to respond within 24 hours. You will receive our reply at {PRI}. If you have more information to share, reply to this message and keep the reference in the subject; please do not submit the form again for the same request.

While you wait, you may find these articles helpful:
  - Managing your AWS Certification account: https://aws.amazon.com/certification/faqs/
  - Updating your Credly badge email: https://support.credly.com/

Regards,
AWS Training and Certification

{AWS_LEGAL_EN}
"""
body = part(txt, cte='base64')
aws_mail('024-request-has-been-logged.eml', 'icloud', d, PRI, PRI_FROM,
         f'AWS Training and Certification - request {D} logged', body,
         dict(kind='case_created', case_id=D, account_ids=[], sender_verified=True, language='en'))

# 025 merge_confirmation_requested EN, HTML only, lower-case ids ------------------------
d = T('2025-11-18 19:02:44')
a025_html = f"""<div style="max-width:640px">
<p>Hi Priya,</p>
<p>Thanks for reaching out. I&#8217;m Jonah from AWS Training and Certification Support, and I&#8217;ll be handling your request.</p>
<p>Going by the details in your submission, here is what we would do:</p>
<ul>
<li>Candidate ID to keep: <b>aws03715842</b> (sign-in: {PRI})</li>
<li>Candidate ID to be combined into it: <b>aws-01109467</b> (sign-in: priya.r@lumenhealth.org)</li>
</ul>
<p>Your two certifications and your exam history would then all be found under aws03715842, and aws-01109467 would be closed.</p>
<p style="background:#fff7e6;border-left:4px solid #ff9900;padding:8px 12px"><b>Before we start:</b> this can&#8217;t be reversed afterwards. Please reply &#8220;I confirm&#8221; (or tell us what to change) so we can move forward.</p>
<p>Thanks,<br>Jonah R.<br>AWS Training and Certification Support</p>
<hr style="border:0;border-top:1px dashed #aab7b8">
<p style="font-size:12px;color:#545b64"><b>Your original request</b></p>
<blockquote style="font-size:12px;color:#545b64;margin:0;padding-left:10px;border-left:3px solid #d5dbdb">
Inquiry type: Certification<br>Inquiry detail: Account Merge<br>AWS candidate ID: AWS03715842<br>
Description: I changed jobs and still have an old certification account with my work email. Please combine them into my personal one.
</blockquote>
<p style="font-size:11px;color:#879596">Please keep [CASE {D}] in the subject line when you reply.<br>{AWS_LEGAL_EN.replace(chr(10), '<br>')}</p>
</div>"""
body = part(html_doc(a025_html), 'html', cte='quoted-printable')
D025_MID = aws_mail('025-before-we-start-html-only.eml', 'icloud', d, PRI, PRI_FROM, D_SUBJ, body,
                    dict(kind='merge_confirmation_requested', case_id=D, account_ids=[D_KEEP, D_OLD], sender_verified=True, language='en'))
D025_PLAIN = f"""Hi Priya,

Thanks for reaching out. I'm Jonah from AWS Training and Certification Support, and I'll be handling your request.

Going by the details in your submission, here is what we would do:

- Candidate ID to keep: aws03715842 (sign-in: {PRI})
- Candidate ID to be combined into it: aws-01109467 (sign-in: priya.r@lumenhealth.org)

Your two certifications and your exam history would then all be found under aws03715842, and aws-01109467 would be closed.

Before we start: this can't be reversed afterwards. Please reply "I confirm" (or tell us what to change) so we can move forward.

Thanks,
Jonah R.
AWS Training and Certification Support"""

# 026 unrelated: Priya's own reply from iPhone (Apple Mail), no AR ----------------------
d = T('2025-11-19 16:14:09')
plain = f"""I confirm, please go ahead. Thank you!

Priya

Sent from my iPhone

> On Nov 18, 2025, at 11:02 AM, Amazon Web Services <{FORM}> wrote:
>
{q(D025_PLAIN)}
"""
html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">I confirm, please go ahead. Thank you!</div><div dir="ltr"><br></div><div dir="ltr">Priya</div><div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">On Nov 18, 2025, at 11:02&#8239;AM, Amazon Web Services &lt;{FORM}&gt; wrote:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{a025_html}</div></blockquote></div></body></html>
"""
body = multi('alternative', [part(plain, cte='quoted-printable', flowed=False), part(html, 'html', cte='quoted-printable')], bnd('apple'))
hdrs = [('Content-Transfer-Encoding', '7bit'), ('From', PRI_FROM), ('Mime-Version', '1.0 (1.0)'), ('Date', rfc(d, LA)),
        ('Subject', 'Re: ' + D_SUBJ), ('Message-Id', f'<{hx(8).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(12).upper()}@icloud.com>'),
        ('References', D025_MID), ('In-Reply-To', D025_MID), ('To', f'Amazon Web Services <{FORM}>'), ('X-Mailer', 'iPhone Mail (22B91)')]
finalize('026-re-i-confirm-iphone.eml', body, hdrs,
         dict(kind='unrelated', case_id=D, account_ids=[], sender_verified=None, language='en'))

# 027 support_reply EN: submitted; once the merge is complete we will ... -----------------
d = T('2025-11-20 10:31:58')
a027 = f"""Hi Priya,

Thank you for your confirmation.

Your request has been submitted to our back-end team and is being worked on. Once the merge is complete, I will contact Credly so that your badges are moved to the email address on file for {D_KEEP}, and I will send you a final confirmation. You don't need to do anything until then.

Thanks,
Jonah R.
AWS Training and Certification Support
"""
txt = a027 + form_footer_en(D) + f"""
On Wed, Nov 19, 2025 at 8:14 AM Priya Raman <{PRI}> wrote:
> I confirm, please go ahead. Thank you!
>
> Priya
>
> Sent from my iPhone
>
> > On Nov 18, 2025, at 11:02 AM, Amazon Web Services <{FORM}> wrote:
> >
{q(q(D025_PLAIN))}
"""
body = part(txt, cte='quoted-printable')
aws_mail('027-submitted-once-complete.eml', 'icloud', d, PRI, PRI_FROM, D_SUBJ, body,
         dict(kind='support_reply', case_id=D, account_ids=[D_KEEP], sender_verified=True, language='en'))

# 028 merge_completed EN (closure that also says it is done), confirm request quoted below --
d = T('2025-11-21 22:05:14')
a028 = f"""Hi Priya,

I'm happy to report that your request has been fulfilled. The exam history and both certifications from aws01109467 are now listed under {D_KEEP}, and the duplicate profile has been deactivated. I've also asked Credly to move your badges; you should get an email from them shortly.

Since everything has been taken care of, I'm marking this case as resolved. If anything doesn't look right, reply within 14 days and the case will reopen automatically.

We'd appreciate it if you could take a moment to rate your experience - the link is at the bottom of this email.

Thanks,
Jonah R.
AWS Training and Certification Support
"""
quoted = f"""From: Priya Raman <{PRI}>
Sent: Wednesday, November 19, 2025 4:14 PM
To: Amazon Web Services <{FORM}>
Subject: Re: {D_SUBJ}

I confirm, please go ahead. Thank you!

From: Amazon Web Services <{FORM}>
Sent: Tuesday, November 18, 2025 7:02 PM
To: Priya Raman <{PRI}>
Subject: {D_SUBJ}

{D025_PLAIN}
"""
txt = a028 + '\n' + '_' * 40 + '\n' + quoted + form_footer_en(D)
html = html_doc(f"""<div style="max-width:640px">{p_html(a028)}
<div style="border-top:1px solid #e1e1e1;padding-top:4px;margin-top:16px;font-size:13px"><b>From:</b> Priya Raman &lt;{PRI}&gt;<br><b>Sent:</b> Wednesday, November 19, 2025 4:14 PM<br><b>To:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Subject:</b> Re: {D_SUBJ}</div>
<blockquote style="margin:8px 0 0 6px;border-left:2px solid #ccc;padding-left:8px">I confirm, please go ahead. Thank you!
<div style="border-top:1px solid #e1e1e1;padding-top:4px;margin-top:12px;font-size:13px"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> Tuesday, November 18, 2025 7:02 PM</div>
{a025_html}</blockquote>
<table style="margin-top:24px;border:1px solid #d5dbdb;width:100%"><tr><td style="padding:12px;font-size:13px"><b>Rate your experience</b><br>
<a href="https://aws.amazon.com/training/support/feedback/?caseNumber={D}&amp;rating=5">Excellent</a> &middot; <a href="https://aws.amazon.com/training/support/feedback/?caseNumber={D}&amp;rating=4">Good</a> &middot; <a href="https://aws.amazon.com/training/support/feedback/?caseNumber={D}&amp;rating=3">Fair</a> &middot; <a href="https://aws.amazon.com/training/support/feedback/?caseNumber={D}&amp;rating=1">Poor</a></td></tr></table>
<p style="font-size:11px;color:#879596">{AWS_LEGAL_EN.replace(chr(10), '<br>')}</p></div>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('028-fulfilled-and-resolved.eml', 'icloud', d, PRI, PRI_FROM, D_SUBJ, body,
         dict(kind='merge_completed', case_id=D, account_ids=[D_KEEP, D_OLD], sender_verified=True, language='en'))

# 029 credly: badges transferred after merge -------------------------------------------------
d = T('2025-11-23 14:27:40')
extra = """<tr><td style="padding:0 40px 24px 40px;font-size:14px;color:#444">Also transferred: <b>AWS Certified AI Practitioner</b>. Both badges now live in your Credly wallet under this email address. The copies on your previous email address have been withdrawn.</td></tr>"""
html, url = credly_html('Your badges have moved', 'Following an update to your AWS Certification profile, Amazon Web Services Training and Certification has reissued your badges to this email address. Accept them to keep sharing your achievements.', 'AWS Certified Solutions Architect - Associate', btn='Accept your badges', extra=extra)
txt = f"""Your badges have moved

Following an update to your AWS Certification profile, Amazon Web Services Training and Certification has reissued your badges to this email address:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified AI Practitioner

The copies on your previous email address have been withdrawn.

Accept your badges: {url}

Credly, Inc. | 7 World Trade Center, 250 Greenwich St, New York, NY 10007
Manage email preferences: https://www.credly.com/notification_preferences
"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='base64')], bnd('credly'))
credly_mail('029-credly-badges-have-moved.eml', 'icloud', d, PRI, f'Priya Raman <{PRI}>', 'Action needed: accept your reissued AWS badges', body,
            dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True, language='en'), frm='"Credly" <admin@credly.com>')

# 030 unrelated: Credly's own account-merge verification code ---------------------------------
d = T('2025-11-25 03:12:55')
code = '482913'
txt = f"""Hi Priya,

We received a request to merge another Credly account into your Credly account ({PRI}).

Your verification code is: {code}

Enter this code on the account merge page, or click the link below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={hx(40)}

This code expires in 30 minutes. If you did not request this, you can ignore this email; no changes will be made to your account.

The Credly Team
"""
html = html_doc(f"""<table width="600" align="center" style="border:1px solid #eee"><tr><td style="padding:32px">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<h2>Confirm your account merge</h2>
<p>Hi Priya,</p><p>We received a request to merge another Credly account into your Credly account ({PRI}).</p>
<p style="font-size:32px;letter-spacing:6px;font-weight:bold;text-align:center">{code}</p>
<p style="text-align:center"><a href="https://www.credly.com/users/merge/confirm?token={hx(40)}" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777">This code expires in 30 minutes. If you did not request this, you can ignore this email; no changes will be made to your account.</p>
</td></tr></table>""")
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable')], bnd('credly'))
credly_mail('030-credly-merge-verification-code.eml', 'icloud', d, PRI, PRI, f'Your Credly account merge code: {code}', body,
            dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=True, language='en'), frm='"Credly" <admin@credly.com>')

# ================================================================ Thread E: Yuki (JA, console case, corporate JP mail)
YUK = 'yuki.sato@kaiho-systems.co.jp'
YUK_FROM = enc_name('佐藤 由紀', YUK)
E_OPEN = T('2026-01-19 02:05:12')
E = case_id(E_OPEN, 40391)
E_KEEP, E_OLD = 'AWS02260918', 'AWS04873301'
E_CASE_SUBJ = '認定アカウントの統合について'

def console_footer_ja(cid):
    return f"""
本件についてのご意見をお聞かせください。このメッセージの末尾にある AWS サポートセンターのリンクから、今回の対応を評価していただけます。

本件について再度ご連絡いただく場合は、下記の AWS サポートセンターのリンクからご返信ください。
ご注意: このメールは、返信を受け付けていないアドレスから送信されています。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

{AWS_LEGAL_JA}
"""

# 031 case_created JA, console ------------------------------------------------------
d = E_OPEN + timedelta(seconds=6)
txt = f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {E} をオープンしました。

ケース ID: {E}
件名: {E_CASE_SUBJ}
重要度: 一般的なガイダンス
ケースの説明:
AWS 認定のアカウントが 2 つあります（{E_KEEP} と {E_OLD}）。
{E_KEEP} に統合していただくことは可能でしょうか。
旧アカウントは前の部署で共有メールアドレスを使って作成したものです。

ケースの詳細の確認や返信は、AWS サポートセンターから行えます。
https://console.aws.amazon.com/support/home#/case/?displayId={E}&language=ja

ご注意: このメールは、返信を受け付けていないアドレスから送信されています。

{AWS_LEGAL_JA}
"""
body = part(txt, cte='base64')
aws_mail('031-atarashii-support-case.eml', 'corpjp', d, YUK, YUK,
         enc_subj(f'アマゾン ウェブ サービス: 新しいサポートケースがオープンされました: {E}', maxlen=58), body,
         dict(kind='case_created', case_id=E, account_ids=[E_KEEP, E_OLD], sender_verified=True, language='ja'), frm=FROM_CONSOLE)

# 032 support_reply JA, console: which one to keep (lower-case ids) -----------------------
d = T('2026-01-19 09:40:18')
a032 = f"""こんにちは。

AWS トレーニングと認定サポートの山田です。
認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

ご記載の aws02260918 と aws04873301 はいずれも有効なアカウントとして確認できました。
お手続きの前に、以下をお知らせください。

- 今後お使いになるアカウントは aws02260918 と aws04873301 のどちらでしょうか。
- 残さない方のアカウントに登録されているメールアドレスは、現在も受信可能でしょうか。

サポートセンターのケースからご返信いただけますと幸いです。

よろしくお願いいたします。

山田
Amazon Web Services
"""
txt = a032 + console_footer_ja(E)
body = part(txt, cte='quoted-printable')
aws_mail('032-dochira-wo-nokoshimasuka.eml', 'corpjp', d, YUK, YUK,
         enc_subj(f'RE:[CASE {E}] {E_CASE_SUBJ}'), body,
         dict(kind='support_reply', case_id=E, account_ids=[E_KEEP, E_OLD], sender_verified=True, language='ja'), frm=FROM_CONSOLE)
E032_TEXT = txt
E032_DATE = d

# 033 unrelated: Yuki forwards the question to a colleague (Thunderbird, ISO-2022-JP) ------
d = T('2026-01-19 10:12:44')
txt = f"""伊藤さん

お疲れさまです。佐藤です。

AWS 認定のアカウント統合の件で、AWS サポートから aws02260918 と AWS04873301 の
どちらを残すか聞かれています。
会社の資格管理表にはどちらの ID で登録していましたっけ？
分かれば明日の午前中までに教えてください。

よろしくお願いします。


-------- 転送メッセージ --------
件名: \tRE:[CASE {E}] {E_CASE_SUBJ}
日付: \t{rfc(E032_DATE)}
差出人: \tAmazon Web Services <{CONSOLE}>
宛先: \t{YUK}



{E032_TEXT.replace('〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア', '東京都品川区上大崎3-1-1 目黒セントラルスクエア')}

-- 
佐藤 由紀　Yuki Sato
株式会社カイホウシステムズ　クラウド基盤部
TEL: 03-5555-0172

このメールには機密情報が含まれている場合があります。
誤って受信された場合は、送信者にご連絡のうえ、本メールを削除してください。
"""
body = part(txt, cte='7bit', charset='iso-2022-jp', label='ISO-2022-JP', flowed=False)
mid = f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@kaiho-systems.co.jp>"
hdrs = trace('corpjp', d, 'ito.masaki@kaiho-systems.co.jp', 'kaiho-systems.co.jp', ['kaiho-systems.co.jp'], YUK,
             'smtp-out01.kaiho-systems.co.jp', '203.0.113.25')
hdrs += [dkim_sig('kaiho-systems.co.jp', d, sel='kaiho2024', hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'),
         ('Message-ID', mid), ('Date', rfc(d, TKY)), ('MIME-Version', '1.0'),
         ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ja'),
         ('To', enc_name('伊藤 雅樹', 'ito.masaki@kaiho-systems.co.jp', 'iso-2022-jp')),
         ('From', enc_name('佐藤 由紀', YUK, 'iso-2022-jp')),
         ('Subject', enc_subj(f'Fwd: RE:[CASE {E}] {E_CASE_SUBJ}', 'iso-2022-jp'))]
finalize('033-fwd-douryou-e-kakunin.eml', body, hdrs,
         dict(kind='unrelated', case_id=E, account_ids=[E_KEEP, E_OLD], sender_verified=False, language='ja'))

# 034 merge_confirmation_requested JA, console, plain and HTML differ ----------------------
d = T('2026-01-20 03:18:37')
a034 = f"""こんにちは。

山田です。ご回答いただきありがとうございます。
以下の内容で手続きを進める前に、最終のご確認をお願いいたします。

　存続アカウント　: {E_KEEP}
　統合対象アカウント: {E_OLD}

{E_OLD} の認定資格と受験履歴は {E_KEEP} に移され、{E_OLD} ではサインインできなくなります。
この操作は実施後に取り消すことができません。

問題がなければ、サポートセンターのケースから「統合に同意します」とご返信ください。

よろしくお願いいたします。

山田
Amazon Web Services
"""
txt = a034 + console_footer_ja(E)
html = html_doc(f"""<p>こんにちは。</p>
<p>山田です。ご回答いただきありがとうございます。<br>以下の内容で手続きを進める前に、最終のご確認をお願いいたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><th style="background:#f2f3f3">存続アカウント</th><td>{E_KEEP}</td><td>{YUK}</td></tr>
<tr><th style="background:#f2f3f3">統合対象アカウント</th><td>{E_OLD}</td><td>cloud-team@kaiho-systems.co.jp（共有アドレス）</td></tr>
</table>
<div style="margin:16px 0;padding:10px;border:1px solid #d13212;color:#d13212">ご注意: この操作は実施後に取り消すことができません。{E_OLD} ではサインインできなくなります。</div>
<p>問題がなければ、サポートセンターのケースから「統合に同意します」とご返信ください。</p>
<p>よろしくお願いいたします。</p>
<p>山田<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#687078">今回の対応を評価する: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={E}&amp;language=ja">AWS サポートセンター</a><br>このメールは、返信を受け付けていないアドレスから送信されています。</p>
<p style="font-size:11px;color:#879596">{AWS_LEGAL_JA.replace(chr(10), '<br>')}</p>""", style='font-family:Meiryo,sans-serif')
body = multi('alternative', [part(txt, cte='base64'), part(html, 'html', cte='base64')], bnd('ses', d))
aws_mail('034-saishuu-kakunin.eml', 'corpjp', d, YUK, YUK,
         enc_subj(f'RE:[CASE {E}] {E_CASE_SUBJ}'), body,
         dict(kind='merge_confirmation_requested', case_id=E, account_ids=[E_KEEP, E_OLD], sender_verified=True, language='ja'), frm=FROM_CONSOLE)

# 035 merge_completed JA, ISO-2022-JP, plain and HTML differ ---------------------------------
d = T('2026-01-21 07:55:03')
plain = f"""こんにちは。

山田です。
{E_OLD} に登録されていた認定資格と受験履歴を {E_KEEP} へ移行いたしました。
旧アカウントはクローズ済みです。

山田
Amazon Web Services
""" + console_footer_ja(E)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"></head>
<body style="font-family:Meiryo,sans-serif">
<p>こんにちは。</p>
<p>山田です。お待たせいたしました。</p>
<p>{E_OLD} に登録されていた認定資格と受験履歴を <b>{E_KEEP}</b> へ移行いたしました。旧アカウントはクローズ済みです。</p>
<p>あわせて、以下をご確認ください。</p>
<ul><li>{E_KEEP} でサインインし、認定資格の一覧に全ての資格が表示されていること</li>
<li>試験の割引などの特典が引き継がれていること</li>
<li>Credly のバッジ（数日以内に {YUK} 宛てに届きます）</li></ul>
<p>山田<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">今回の対応を評価する: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={E}&amp;language=ja">AWS サポートセンター</a></p>
</body></html>
"""
body = multi('alternative', [part(plain, cte='7bit', charset='iso-2022-jp', label='ISO-2022-JP'),
                             part(html, 'html', cte='7bit', charset='iso-2022-jp', label='ISO-2022-JP')], bnd('ses', d))
aws_mail('035-ikou-itashimashita-jis.eml', 'corpjp', d, YUK, YUK,
         enc_subj(f'RE:[CASE {E}] {E_CASE_SUBJ}', 'iso-2022-jp'), body,
         dict(kind='merge_completed', case_id=E, account_ids=[E_KEEP, E_OLD], sender_verified=True, language='ja'), frm=FROM_CONSOLE)

# 036 survey JA, HTML only -------------------------------------------------------------
d = T('2026-01-21 08:01:49')
html = html_doc(f"""<table width="600" align="center" style="border:1px solid #eaeded"><tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS サポート</td></tr>
<tr><td style="padding:24px">
<p>いつも AWS をご利用いただき、ありがとうございます。</p>
<p>ケース {E}「{E_CASE_SUBJ}」は解決済みとなりました。</p>
<p>今回のサポートのご利用体験について、簡単なアンケートにご協力ください。</p>
<p style="text-align:center;font-size:15px">担当者の対応を 5 段階で評価してください</p>
<p style="text-align:center">
<a href="https://console.aws.amazon.com/support/feedback?displayId={E}&amp;score=1">1</a> &nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={E}&amp;score=2">2</a> &nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={E}&amp;score=3">3</a> &nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={E}&amp;score=4">4</a> &nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={E}&amp;score=5">5</a></p>
<p>ケースを再度オープンする必要がある場合は、<a href="https://console.aws.amazon.com/support/home#/case/?displayId={E}&amp;language=ja">AWS サポートセンター</a>から返信してください。</p>
</td></tr>
<tr><td style="background:#f2f3f3;padding:16px;font-size:11px;color:#687078">このメールは、AWS サポートにお問い合わせいただいたお客様にお送りしています。<br>{AWS_LEGAL_JA.replace(chr(10), '<br>')}</td></tr></table>""")
body = part(html, 'html', cte='quoted-printable')
aws_mail('036-go-riyou-taiken-anketo.eml', 'corpjp', d, YUK, YUK,
         enc_subj(f'[Case {E}] サポートのご利用体験についてお聞かせください'), body,
         dict(kind='survey', case_id=E, account_ids=[], sender_verified=True, language='ja'), frm=FROM_CONSOLE)

# 037 credly badge, Japanese-localised -----------------------------------------------------
d = T('2026-01-22 23:30:12')
html, url = credly_html('佐藤 由紀 さん、おめでとうございます', 'Amazon Web Services Training and Certification からバッジが発行されました。アカウント情報の更新に伴い、以前のメールアドレス宛てのバッジをこちらに発行し直しています。', 'AWS Certified SysOps Administrator - Associate', btn='バッジを受け取る')
txt = f"""佐藤 由紀 さん、おめでとうございます

Amazon Web Services Training and Certification からバッジが発行されました。
バッジ: AWS Certified SysOps Administrator - Associate

アカウント情報の更新に伴い、以前のメールアドレス宛てのバッジをこちらに発行し直しています。

バッジを受け取る:
{url}

このメールは、Amazon Web Services Training and Certification が Credly を利用してデジタル認定証を発行しているためお送りしています。
"""
body = multi('alternative', [part(txt, cte='base64'), part(html, 'html', cte='base64')], bnd('credly'))
credly_mail('037-credly-badge-hakkou.eml', 'corpjp', d, YUK, YUK,
            enc_subj('バッジが発行されました: AWS Certified SysOps Administrator - Associate'), body,
            dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True, language='ja'))

# ================================================================ Thread F: Megan (EN, form desk, Outlook.com)
MEG = 'megan.fisher@outlook.com'
MEG_FROM = 'Megan Fisher <megan.fisher@outlook.com>'
F_OPEN = T('2025-08-11 13:58:02')
F = case_id(F_OPEN, 83150)
F2_OPEN = T('2025-08-26 15:10:44')
F2 = case_id(F2_OPEN, 29477)
F_KEEP, F_OLD = 'AWS03954127', 'AWS00481276'
F_SUBJ = FORM_SUBJ.format(cid=F)
F2_SUBJ = FORM_SUBJ.format(cid=F2)

# 038 case_created EN ----------------------------------------------------------------
d = F_OPEN + timedelta(seconds=2)
txt = f"""Hi Megan,

We've got it! Your message to AWS Training and Certification is now in our queue as case {F}.

What happens next
  1. A support specialist reviews your request.
  2. You'll receive a reply by email, usually within 24 hours.
  3. If we need anything else, we'll ask in that reply.

Want to add details? Reply to this email - your message will be attached to case {F} automatically. Submitting another form for the same issue creates a duplicate and may slow things down.

AWS Training and Certification
https://aws.amazon.com/training/

{AWS_LEGAL_EN}
"""
html = html_doc(f"""<div style="max-width:600px"><p>Hi Megan,</p><p><b>We&#8217;ve got it!</b> Your message to AWS Training and Certification is now in our queue as case <b>{F}</b>.</p>
<h3 style="font-size:15px">What happens next</h3><ol><li>A support specialist reviews your request.</li><li>You&#8217;ll receive a reply by email, usually within 24 hours.</li><li>If we need anything else, we&#8217;ll ask in that reply.</li></ol>
<p>Want to add details? Reply to this email &#8211; your message will be attached to case {F} automatically.</p>
<p>AWS Training and Certification</p><p style="font-size:11px;color:#879596">{AWS_LEGAL_EN.replace(chr(10), '<br>')}</p></div>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('038-we-have-got-it.eml', 'outlookcom', d, MEG, MEG_FROM, f"[CASE {F}] We've received your message", body,
         dict(kind='case_created', case_id=F, account_ids=[], sender_verified=True, language='en'))

# 039 merge_confirmation_requested EN, ids with dashes -----------------------------------
d = T('2025-08-12 18:02:27')
a039 = f"""Hello Megan,

Thank you for contacting AWS Training and Certification.

I reviewed both records and they can be brought together. To make sure we get this right, please confirm the following:

  * Remaining account: AWS-03954127 ({MEG})
  * Account to be absorbed: AWS-00481276 (m.fisher@brightpathlearning.com)

Once processed, the absorbed account's certifications, transcripts and benefits will belong to AWS-03954127 and the absorbed account will be deactivated. This is a one-way operation; it cannot be rolled back.

Reply "Yes, proceed" if you agree, and I'll take it from there.

Kind regards,
Tobias M.
AWS Training and Certification Customer Support
"""
orig = f"""--------------- Original Message ---------------
From: Megan Fisher [{MEG}]
Sent: 8/11/2025 1:58 PM
To: {FORM}
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS03954127
Description: My employer registered me for an exam under my work email years ago (AWS00481276). I'd like my Cloud Practitioner from that account moved to my personal one.
"""
txt = a039 + form_footer_en(F) + '\n' + orig
body = part(txt, cte='quoted-printable')
aws_mail('039-yes-proceed-if-you-agree.eml', 'outlookcom', d, MEG, MEG_FROM, F_SUBJ, body,
         dict(kind='merge_confirmation_requested', case_id=F, account_ids=[F_KEEP, F_OLD], sender_verified=True, language='en'))
F039_TEXT = a039

# 040 support_reply EN: follow-up, do you still need help (ids only in quoted part) ----------
d = T('2025-08-15 17:30:06')
a040 = """Hello Megan,

I'm following up on my message below, as we haven't received your reply yet. Are you still looking for help with this request?

If we don't hear back from you within 5 business days, this case will be closed automatically. You can always reopen it by replying to this email.

Kind regards,
Tobias M.
AWS Training and Certification Customer Support
"""
txt = a040 + f"""
________________________________
From: Amazon Web Services <{FORM}>
Sent: Tuesday, August 12, 2025 6:02 PM
To: Megan Fisher <{MEG}>
Subject: {F_SUBJ}

{F039_TEXT}""" + form_footer_en(F)
html = html_doc(f"""{p_html(a040)}
<div id="appendonsend"></div><hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> Tuesday, August 12, 2025 6:02 PM<br><b>To:</b> Megan Fisher &lt;{MEG}&gt;<br><b>Subject:</b> {F_SUBJ}</font></div>
<div style="color:#444">{p_html(F039_TEXT)}</div>
<p style="font-size:11px;color:#879596">Please keep [CASE {F}] in the subject line of any reply.</p>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('040-following-up-still-need-help.eml', 'outlookcom', d, MEG, MEG_FROM, F_SUBJ, body,
         dict(kind='support_reply', case_id=F, account_ids=[], sender_verified=True, language='en'))

# 041 survey EN: closed for inactivity ----------------------------------------------------
d = T('2025-08-22 18:00:51')
txt = f"""Hello Megan,

We haven't heard back from you, so case {F} has now been closed. If you still need assistance, just reply to this email within 30 days and we'll pick it up again.

Before you go - how was your experience with AWS Training and Certification Customer Support?

  Very satisfied    https://aws.amazon.com/training/support/survey/?caseNumber={F}&csat=5
  Satisfied         https://aws.amazon.com/training/support/survey/?caseNumber={F}&csat=4
  Neutral           https://aws.amazon.com/training/support/survey/?caseNumber={F}&csat=3
  Dissatisfied      https://aws.amazon.com/training/support/survey/?caseNumber={F}&csat=2
  Very dissatisfied https://aws.amazon.com/training/support/survey/?caseNumber={F}&csat=1

Thank you,
AWS Training and Certification Customer Support

{AWS_LEGAL_EN}
"""
body = part(txt, cte='7bit', charset='us-ascii')
aws_mail('041-closed-no-response.eml', 'outlookcom', d, MEG, MEG_FROM, f'Your case {F} has been closed', body,
         dict(kind='survey', case_id=F, account_ids=[], sender_verified=True, language='en'))

# 042 merge_completed EN (second case), base64 UTF-8 labelled windows-1252 --------------------
d = T('2025-08-28 12:44:19')
txt = f"""Hi Megan,

Thanks for getting back in touch, and sorry that your earlier case ({F}) was closed before you had a chance to respond.

As you asked in your new request, we’ve gone ahead: the certification records held under AWS00481276 — including your AWS Certified Cloud Practitioner — have been migrated to AWS03954127, and the old login has been switched off. You’ll find everything on the “Certifications” page when you sign in with {MEG}.

Your Credly badge will be re-issued to the same address within a couple of days.

Kind regards,
Aisha K.
AWS Training and Certification Customer Support
""" + form_footer_en(F2)
body = part(txt, cte='base64', label='windows-1252')
aws_mail('042-records-migrated-second-case.eml', 'outlookcom', d, MEG, MEG_FROM, F2_SUBJ, body,
         dict(kind='merge_completed', case_id=F2, account_ids=[F_KEEP, F_OLD], sender_verified=True, language='en'))

# ================================================================ Thread G: Tomasz (EN, form desk, Gmail)
TOM = 'tomasz.wojcik.dev@gmail.com'
TOM_FROM = '=?UTF-8?Q?Tomasz_W=C3=B3jcik?= <tomasz.wojcik.dev@gmail.com>'
G_OPEN = T('2025-10-02 08:33:19')
G = case_id(G_OPEN, 66120)
G_KEEP, G_OLD = 'AWS01847733', 'AWS05092214'
G_SUBJ = FORM_SUBJ.format(cid=G)

# 043 support_reply EN: still with internal team; nested Gmail quotes under SF header ----------
d = T('2025-10-07 11:20:40')
a043 = """Hi Tomasz,

Thanks for checking in, and apologies for the wait.

Your request is still with our internal team. Requests like yours sometimes take a little longer when the two profiles were registered under slightly different names, as the team has to verify that they belong to the same person. There is nothing you need to do right now; I'll update you as soon as I hear back from them.

Best regards,
Kenta O.
AWS Training and Certification Customer Support
"""
prev_agent = f"""Hi Tomasz,

Thank you for confirming the details. I have forwarded your request to the appropriate team so that {G_OLD} can be combined into {G_KEEP}. I'll let you know when I have an update.

Best regards,
Kenta O.
AWS Training and Certification Customer Support"""
tom_mail = f"""Hi Kenta,

Any news on this? I have an exam booked for the 20th and would like to sit it on the right profile.

Thanks,
Tomasz

On Fri, Oct 3, 2025 at 6:40 PM Amazon Web Services <{FORM}> wrote:
{q(prev_agent)}
>
> On Fri, 3 Oct 2025 at 09:02, Tomasz Wójcik <{TOM}> wrote:
> > Yes, that's correct. Please proceed with the merge.
> >
> > Tomasz"""
txt = a043 + form_footer_en(G) + f"""
--------------- Original Message ---------------
From: Tomasz Wójcik [{TOM}]
Sent: 10/6/2025 9:12 AM
To: {FORM}
Subject: Re: {G_SUBJ}

{tom_mail}
"""
body = part(txt, cte='quoted-printable')
aws_mail('043-still-with-internal-team.eml', 'gmail', d, TOM, TOM_FROM, G_SUBJ, body,
         dict(kind='support_reply', case_id=G, account_ids=[], sender_verified=True, language='en'))

# 044 merge_completed EN: records moved, old profile retired; HTML quotes history, plain does not --
d = T('2025-10-09 06:02:11')
a044 = f"""Hi Tomasz,

Update on your request: we've moved every record from {G_OLD} onto {G_KEEP}, and {G_OLD} has been retired. Your exam appointment on October 20 now sits under {G_KEEP} as well, so no rebooking is needed.

If your Credly badges don't show up under your Gmail address within 2 days, let me know.

Best regards,
Kenta O.
AWS Training and Certification Customer Support
"""
txt = a044 + form_footer_en(G)
html = html_doc(f"""<div dir="ltr">{p_html(a044)}</div>
<p style="font-size:12px;color:#545b64">Please keep [CASE {G}] in the subject line of any reply.</p>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Oct 7, 2025 at 1:20 PM Amazon Web Services &lt;<a href="mailto:{FORM}">{FORM}</a>&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{p_html(a043)}
<div class="gmail_quote"><div class="gmail_attr">On Mon, Oct 6, 2025 at 9:12 AM Tomasz W&oacute;jcik wrote:</div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Kenta,<br><br>Any news on this? I have an exam booked for the 20th and would like to sit it on the right profile.<br><br>Thanks,<br>Tomasz
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{p_html(prev_agent)}</blockquote></blockquote></div></blockquote></div>
<p style="font-size:11px;color:#879596">{AWS_LEGAL_EN.replace(chr(10), '<br>')}</p>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('ses', d))
aws_mail('044-records-moved-old-retired.eml', 'gmail', d, TOM, TOM_FROM, G_SUBJ, body,
         dict(kind='merge_completed', case_id=G, account_ids=[G_KEEP, G_OLD], sender_verified=True, language='en'))

# ================================================================ Nakamura (JA, console, docomo)
NAK = 'shota.nakamura.0412@docomo.ne.jp'
H_OPEN = T('2026-02-24 05:41:03')
H = case_id(H_OPEN, 18804)

# 045 survey JA -----------------------------------------------------------------------------
d = T('2026-02-27 02:15:36')
txt = f"""いつも AWS をご利用いただき、ありがとうございます。

ケース {H}（件名: 認定アカウントの統合依頼）はクローズされました。

AWS サポートの品質向上のため、ご意見をお聞かせください。
以下のリンクから、今回のサポートのご利用体験を評価していただけます（所要時間 約 1 分）。

https://console.aws.amazon.com/support/feedback?displayId={H}&language=ja

ケースを再度オープンする場合は、AWS サポートセンターから返信してください。
https://console.aws.amazon.com/support/home#/case/?displayId={H}&language=ja

ご注意: このメールは、返信を受け付けていないアドレスから送信されています。

{AWS_LEGAL_JA}
"""
body = part(txt, cte='quoted-printable')
aws_mail('045-goiken-wo-okikase-kudasai.eml', 'docomo', d, NAK, NAK,
         enc_subj(f'[Case {H}] ご意見をお聞かせください'), body,
         dict(kind='survey', case_id=H, account_ids=[], sender_verified=True, language='ja'), frm=FROM_CONSOLE)

# 046 credly EN (Tomasz) ----------------------------------------------------------------------
d = T('2025-10-10 17:03:29')
html, url = credly_html("You've earned a badge!", 'Tomasz, Amazon Web Services Training and Certification has awarded you a badge. It is now connected to this email address.', 'AWS Certified Security - Specialty')
txt = f"""You've earned a badge!

Tomasz, Amazon Web Services Training and Certification has awarded you the AWS Certified Security - Specialty badge.

Accept your badge: {url}

Why accept? Accepting lets you share your badge on LinkedIn and with employers, and verify it at any time.

You're receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Manage email preferences: https://www.credly.com/notification_preferences
"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], bnd('credly'))
credly_mail('046-credly-earned-security-specialty.eml', 'gmail', d, TOM, TOM, "Tomasz, you've earned a badge from Amazon Web Services Training and Certification", body,
            dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True, language='en'))

# ================================================================ Phishing
def generic_mail(name, provider, dt, rcpt, from_hdr, from_domain, dkim_ds, mailfrom, host, ip, subject, body, label,
                 to_hdr=None, mid=None, dmarc='pass', spf='pass', dkim='pass', extra=(), pre=(), mid_hdrs=()):
    hdrs = list(pre) + trace(provider, dt, rcpt, from_domain, dkim_ds, mailfrom, host, ip, dmarc=dmarc, spf=spf, dkim=dkim)
    hdrs += list(mid_hdrs)
    hdrs += [dkim_sig(dd, dt, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type') for dd in dkim_ds]
    hdrs += [('Date', rfc(dt)), ('From', from_hdr), ('To', to_hdr or rcpt),
             ('Message-ID', mid or f"<{hx(20)}@{from_domain}>"), ('Subject', subject)]
    hdrs += list(extra)
    finalize(name, body, hdrs, label)

# 047 merge_confirmation_requested EN, look-alike domain (dmarc passes for the look-alike) -------
d = T('2025-12-03 15:47:02')
P47 = '12873390551'
txt = f"""Dear Candidate,

Our records show two AWS Certification profiles registered to you:

  Primary profile:   AWS01190254
  Secondary profile: AWS04562013

As part of our 2025 profile clean-up, the secondary profile will be merged into your primary profile. Because this action is irreversible, we need you to confirm the merge within 24 hours by signing in through the secure link below:

  https://aws-certification-services.com/merge/confirm?case={P47}

If we do not receive your confirmation, both profiles may be suspended and your certifications hidden from verification until the issue is resolved.

Regards,
AWS Training & Certification - Case Resolution Team
"""
html = html_doc(f"""<div style="max-width:600px;border:1px solid #ddd;padding:24px">
<img src="https://aws-certification-services.com/static/aws-logo.png" width="80" alt="aws">
<p>Dear Candidate,</p><p>Our records show two AWS Certification profiles registered to you:</p>
<p style="background:#f6f6f6;padding:10px">Primary profile: <b>AWS01190254</b><br>Secondary profile: <b>AWS04562013</b></p>
<p>As part of our 2025 profile clean-up, the secondary profile will be merged into your primary profile. Because this action is irreversible, we need you to <b>confirm the merge within 24 hours</b>.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/merge/confirm?case={P47}" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
<p style="color:#b00">If we do not receive your confirmation, both profiles may be suspended.</p>
<p>Regards,<br>AWS Training &amp; Certification &#8211; Case Resolution Team</p></div>""")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='base64')], bnd('other'))
generic_mail('047-action-required-confirm-merge.eml', 'gmail', d, TOM, '"AWS Training & Certification" <case-update@aws-certification-services.com>',
             'aws-certification-services.com', ['aws-certification-services.com'], 'bounce@mail.aws-certification-services.com',
             'mail.aws-certification-services.com', '193.142.58.77',
             f'RE:[CASE {P47}] Action required: confirm your certification account merge', body,
             dict(kind='merge_confirmation_requested', case_id=P47, account_ids=['AWS01190254', 'AWS04562013'], sender_verified=False, language='en'),
             to_hdr=TOM, extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

# 048 merge_completed JA, spoofed amazon.com From with dmarc=fail -----------------------------
d = T('2025-11-05 03:20:44')
P48 = case_id(T('2025-11-04 22:31:09'), 55102)
txt = f"""お客様各位

AWS トレーニングと認定 カスタマーサポートです。
ケース {P48} にてご依頼いただいた認定アカウントの統合が完了しました。

　統合後のアカウント：AWS02719564

統合後の特典（次回試験 50% 割引バウチャー）を有効化するため、48 時間以内に下記よりサインインし、
お支払い情報の再確認を行ってください。期限を過ぎると特典は失効します。

https://aws-training-jp.support-verify.top/signin?ref={P48}

AWS トレーニングと認定 カスタマーサポート
"""
body = part(txt, cte='base64')
generic_mail('048-tougou-kanryou-tokuten.eml', 'gmail', d, HAR, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             'amazon.com', [], 'info@mx3.kirin-hosting.xyz', 'mx3.kirin-hosting.xyz', '185.244.31.18',
             enc_subj(f'RE:[CASE {P48}] 【重要】アカウント統合完了のお知らせ'), body,
             dict(kind='merge_completed', case_id=P48, account_ids=['AWS02719564'], sender_verified=False, language='ja'),
             to_hdr=HAR, mid=f"<{hx(16)}@mx3.kirin-hosting.xyz>", dmarc='fail', spf='softfail')

# 049 credly_badge_issued EN, look-alike Credly domain ------------------------------------------
d = T('2025-09-30 20:12:33')
html = html_doc(f"""<table width="600" align="center"><tr><td style="padding:24px;text-align:center">
<img src="https://credly-badges.net/img/logo.png" width="90" alt="Credly">
<h2>You've been issued a badge</h2>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://credly-badges.net/accept?u={hx(24)}" style="background:#ff6b00;color:#fff;padding:14px 36px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Sign in with your email password to accept. Unclaimed badges are removed after 72 hours.</p>
</td></tr></table>""")
body = part(html, 'html', cte='quoted-printable')
generic_mail('049-credly-lookalike-badge.eml', 'outlookcom', d, MEG, '"Credly" <notifications@credly-badges.net>',
             'credly-badges.net', ['credly-badges.net'], 'notify@credly-badges.net', 'smtp.credly-badges.net', '91.215.85.140',
             "You've been issued a badge by Amazon Web Services Training and Certification", body,
             dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=False, language='en'),
             to_hdr=MEG, dmarc='none')

# 050 merge_confirmation_requested JA, topmost AR fails, forged lower AR claims pass --------------
d = T('2025-10-14 00:51:10')
P50 = case_id(T('2025-10-13 23:02:47'), 90611)
txt = f"""森本 健二 様

AWS トレーニングと認定 カスタマーサポートです。

ご登録の認定アカウント AWS04417729 と AWS05388120 について、重複が確認されました。
アカウントを統合する前に、ご本人様の同意が必要です。統合は取り消しができません。

下記のリンクから、24 時間以内に統合への同意手続きを行ってください。
https://aws-certification.account-merge-jp.com/consent?case={P50}

ケース ID：{P50}

AWS トレーニングと認定 カスタマーサポート
"""
body = part(txt, cte='quoted-printable')
forged = [('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com'),
          ('Received', f"from localhost (unknown [45.88.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby mail.account-merge-jp.com (Postfix) with ESMTPA id {hx(10).upper()}\n\tfor <{KEN}>; {rfc(d - timedelta(seconds=3), TKY)}")]
generic_mail('050-tougou-doui-tetsuzuki.eml', 'nifty', d, KEN, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             'amazon.com', [], 'postmaster@account-merge-jp.com', 'mail.account-merge-jp.com', '45.88.97.212',
             enc_subj(f'[CASE {P50}] アカウント統合の同意手続きのお願い'), body,
             dict(kind='merge_confirmation_requested', case_id=P50, account_ids=['AWS04417729', 'AWS05388120'], sender_verified=False, language='ja'),
             to_hdr=KEN_FROM, dmarc='fail', spf='fail', mid_hdrs=forged)

# ================================================================ Unrelated
# 051 Seller Central case about merging selling accounts (10-digit case) --------------------------
d = T('2025-07-08 21:14:50')
SC = '7316452209'
txt = f"""Hello,

Thank you for contacting Amazon Seller Support.

We have reviewed your request to merge the selling accounts associated with merchant tokens A2KX9QW1R7B3TU and A1PZ4M6N0HDC8E. Before we can link these accounts under a single Unified Account, please confirm the following from the primary account:

1. Log in to Seller Central with the primary account.
2. Go to Settings > Account Info > Merchant Token and verify the token shown above.
3. Reply to this case from Seller Central and confirm that you are authorized to make changes to both accounts.

Please note that once accounts are linked, inventory and listings must be managed from the primary account.

We hope this helps. Were we able to answer your question? Please let us know by clicking one of the buttons in Seller Central.

Thank you for selling with Amazon,
Ravindra
Amazon Services

To respond to this e-mail, click here: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SC}
"""
body = part(txt, cte='7bit', charset='us-ascii')
mid = ses_msgid(d)
host, ip = ses_host()
generic_mail('051-seller-central-merge-selling-accounts.eml', 'gmail', d, TOM, '"Amazon Services" <seller-support@amazon.com>',
             'amazon.com', ['amazon.com', 'amazonses.com'], ses_bounce(mid), host, ip,
             f'RE:[CASE {SC}] Merge request for selling accounts', body,
             dict(kind='unrelated', case_id=SC, account_ids=[], sender_verified=True, language='en'), to_hdr=TOM, mid=mid)

# 052 EC2 quota console case (JA) --------------------------------------------------------------
d = T('2025-07-14 06:22:09')
Q52 = case_id(T('2025-07-13 08:40:16'), 34075)
txt = f"""こんにちは。

AWS サポートの石川です。
ap-northeast-1 リージョンにおける「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の上限緩和リクエストについてご連絡いたします。

ご希望の 256 vCPU への引き上げが承認され、現在反映済みです。
Service Quotas コンソールにて新しい値をご確認いただけます。

他にご不明点がございましたら、お気軽にお知らせください。

よろしくお願いいたします。

石川
Amazon Web Services
""" + console_footer_ja(Q52)
body = part(txt, cte='quoted-printable')
aws_mail('052-ec2-jougen-kanwa.eml', 'corpjp', d, YUK, YUK,
         enc_subj(f'RE:[CASE {Q52}] EC2 オンデマンドインスタンスの上限緩和リクエスト'), body,
         dict(kind='unrelated', case_id=Q52, account_ids=[], sender_verified=True, language='ja'), frm=FROM_CONSOLE)

# 053 billing case opened (JA) ------------------------------------------------------------------
d = T('2026-03-02 11:06:51')
Q53 = case_id(d - timedelta(seconds=5), 61428)
txt = f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {Q53} をオープンしました。

ケース ID: {Q53}
件名: 2月分の請求が二重に計上されている
重要度: 一般的なガイダンス
ケースの説明:
2026年2月分の請求書で、同じ Savings Plans の料金が 2 回計上されているように見えます。
ご確認をお願いします。

ケースの詳細の確認や返信は、AWS サポートセンターから行えます。
https://console.aws.amazon.com/support/home#/case/?displayId={Q53}&language=ja

ご注意: このメールは、返信を受け付けていないアドレスから送信されています。

{AWS_LEGAL_JA}
"""
body = part(txt, cte='base64')
aws_mail('053-seikyuu-case-open.eml', 'docomo', d, NAK, NAK,
         enc_subj(f'アマゾン ウェブ サービス: 新しいサポートケースがオープンされました: {Q53}'), body,
         dict(kind='unrelated', case_id=Q53, account_ids=[], sender_verified=True, language='ja'), frm=FROM_CONSOLE)

# 054 CertMetrics: AWS Certification wants to hear from you ---------------------------------------
d = T('2025-06-20 15:30:00')
txt = f"""Hello Daniel Ortiz,

AWS Certification wants to hear from you!

Candidate ID: {A_KEEP}

You recently earned or renewed an AWS Certification. Please take 5 minutes to tell us about your exam preparation and testing experience. Your feedback helps us improve AWS Certification for everyone.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?id={hx(16)}

Thank you,
AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.
"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'),
                             part(html_doc(p_html(txt)), 'html', cte='quoted-printable')], bnd('other'))
generic_mail('054-certmetrics-wants-to-hear.eml', 'o365', d, DAN, '"AWS Certification" <do-not-reply@certmetrics.com>',
             'certmetrics.com', ['certmetrics.com'], f'bounces@mail.certmetrics.com', 'mail.certmetrics.com', '52.160.68.33',
             'AWS Certification wants to hear from you', body,
             dict(kind='unrelated', case_id=None, account_ids=[A_KEEP], sender_verified=False, language='en'), to_hdr=DAN_FROM)

# 055 Pearson VUE appointment confirmation (JA, HTML only) -----------------------------------------
d = T('2025-06-25 04:18:37')
html = html_doc(f"""<table width="620" align="center"><tr><td style="padding:20px">
<img src="https://home.pearsonvue.com/images/pvue-logo.png" width="140" alt="Pearson VUE">
<p>田中 遥 様</p>
<p>AWS Certification 試験のご予約が完了しました。以下の内容をご確認ください。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>試験</td><td>SAA-C03: AWS Certified Solutions Architect - Associate（日本語）</td></tr>
<tr><td>日時</td><td>2025年7月12日(土) 10:00 JST</td></tr>
<tr><td>会場</td><td>OnVUE オンライン監督試験</td></tr>
<tr><td>受験者 ID</td><td>{B_KEEP}</td></tr>
<tr><td>登録 ID</td><td>{R.randint(400000000, 499999999)}</td></tr>
</table>
<p>試験開始 30 分前からチェックインが可能です。事前にシステムテストを実施してください。</p>
<p>予約の変更・キャンセルは、試験開始の 24 時間前まで AWS Certification アカウントから行えます。</p>
<p style="font-size:11px;color:#777">Pearson VUE | 本メールは送信専用です。</p>
</td></tr></table>""")
body = part(html, 'html', cte='quoted-printable')
generic_mail('055-pearson-vue-yoyaku-kakunin.eml', 'gmail', d, HAR, '"Pearson VUE" <pearsonvueconfirmation@pearson.com>',
             'pearson.com', ['pearson.com'], 'bounce-pvue@pearson.com', 'mail-out3.pearson.com', '159.182.1.71',
             enc_subj('Pearson VUE 試験予約の確認 - AWS Certification'), body,
             dict(kind='unrelated', case_id=None, account_ids=[B_KEEP], sender_verified=False, language='ja'), to_hdr=HAR_FROM)

# 056 GitHub "merged" notification --------------------------------------------------------------------
d = T('2025-06-11 19:44:05')
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/halvorsen-eng/platform-iam/pull/412#event-18120441977
You are receiving this because you were mentioned.

Message ID: <halvorsen-eng/platform-iam/pull/412/issue_event/18120441977@github.com>
"""
html = '<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/halvorsen-eng/platform-iam/pull/412">#412</a> into main.</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/halvorsen-eng/platform-iam/pull/412#event-18120441977">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>\n'
body = multi('alternative', [part(txt, cte='7bit'), part(html, 'html', cte='7bit')], '--==_mimepart_' + hx(13) + '_' + str(R.randint(10, 99)) + hx(5))
generic_mail('056-github-merged-pr-412.eml', 'o365', d, DAN, 'Lena Brandt <notifications@github.com>',
             'github.com', ['github.com'], 'noreply@github.com', 'out-21.smtp.github.com', '192.30.252.204',
             'Re: [halvorsen-eng/platform-iam] Merge certification-accounts module into main (PR #412)', body,
             dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=False, language='en'),
             to_hdr='halvorsen-eng/platform-iam <platform-iam@noreply.github.com>', mid='<halvorsen-eng/platform-iam/pull/412/issue_event/18120441977@github.com>',
             extra=[('Cc', 'Daniel Ortiz <d.ortiz@halvorsen-eng.com>, Mention <mention@noreply.github.com>'),
                    ('In-Reply-To', '<halvorsen-eng/platform-iam/pull/412@github.com>'), ('References', '<halvorsen-eng/platform-iam/pull/412@github.com>'),
                    ('List-ID', 'halvorsen-eng/platform-iam <platform-iam.halvorsen-eng.github.com>'), ('X-GitHub-Reason', 'mention')])

# 057 Credly badge-expiry reminder --------------------------------------------------------------------
d = T('2025-09-02 13:05:41')
html, url = credly_html('Your badge expires soon', 'Megan, your AWS Certified Cloud Practitioner badge expires in 60 days. Recertify to keep your credential current.', 'AWS Certified Cloud Practitioner', btn='Learn how to recertify', url='https://aws.amazon.com/certification/recertification/')
txt = """Your badge expires soon

Megan, your AWS Certified Cloud Practitioner badge expires in 60 days. Recertify to keep your credential current.

Learn how to recertify: https://aws.amazon.com/certification/recertification/

Manage email preferences: https://www.credly.com/notification_preferences
"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable')], bnd('credly'))
credly_mail('057-credly-badge-expires-soon.eml', 'outlookcom', d, MEG, MEG, 'Reminder: your AWS Certified Cloud Practitioner badge expires in 60 days', body,
            dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=True, language='en'), frm='"Credly" <admin@credly.com>')

# 058 AWS Training and Certification newsletter (JA) ---------------------------------------------------
d = T('2025-12-10 01:00:12')
html = html_doc(f"""<table width="640" align="center" style="font-family:Meiryo,sans-serif"><tr><td style="background:#232f3e;color:#fff;padding:18px;font-size:20px">AWS トレーニングと認定 ニュースレター 2025年12月号</td></tr>
<tr><td style="padding:20px">
<h3>新しい認定試験のご案内</h3><p>AWS Certified Generative AI Developer - Professional（ベータ）の受付を開始しました。</p>
<h3>AWS Skill Builder 年末キャンペーン</h3><p>個人サブスクリプションが 12 月末まで 30% オフ。</p>
<h3>よくあるご質問</h3><p><b>Q. 認定アカウントが 2 つあるのですが？</b><br>A. トレーニングと認定のお問い合わせフォームから、アカウントの統合をご依頼いただけます。詳しくは FAQ をご覧ください。</p>
<p><a href="https://aws.amazon.com/jp/certification/">AWS 認定の詳細を見る</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#879596;padding:20px">本メールは AWS からのお知らせの配信を希望されたお客様にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>{AWS_LEGAL_JA.replace(chr(10), '<br>')}</td></tr></table>""")
txt = """AWS トレーニングと認定 ニュースレター 2025年12月号

■ 新しい認定試験のご案内
AWS Certified Generative AI Developer - Professional（ベータ）の受付を開始しました。

■ AWS Skill Builder 年末キャンペーン
個人サブスクリプションが 12 月末まで 30% オフ。

■ よくあるご質問
Q. 認定アカウントが 2 つあるのですが？
A. トレーニングと認定のお問い合わせフォームから、アカウントの統合をご依頼いただけます。

配信停止: https://pages.awscloud.com/communication-preferences
"""
body = multi('alternative', [part(txt, cte='base64'), part(html, 'html', cte='base64')], bnd('ses', d))
mid = ses_msgid(d)
host, ip = ses_host()
generic_mail('058-newsletter-2025-12.eml', 'gmail', d, HAR, enc_name('AWS トレーニングと認定', 'aws-training-jp@amazon.com'),
             'amazon.com', ['amazon.com', 'amazonses.com'], ses_bounce(mid), host, ip,
             enc_subj('【AWS トレーニングと認定】12月のニュースレター: 新しい認定試験と年末キャンペーン'), body,
             dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=True, language='ja'), to_hdr=HAR, mid=mid,
             extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

# 059 colleague's reply to Yuki's forward (Outlook JP, Shift_JIS) --------------------------------------
d = T('2026-01-20 00:37:15')
txt = f"""佐藤さん

お疲れさまです。伊藤です。

資格管理表を確認しました。{E_KEEP} の方で登録されています。
残すのはそちらで問題ないと思います。

ちなみに私もアカウントが 2 つあるので、終わったら手順を教えてください。

伊藤

-----Original Message-----
差出人: 佐藤 由紀 <{YUK}>
送信日時: 2026年1月19日 19:12
宛先: 伊藤 雅樹 <ito.masaki@kaiho-systems.co.jp>
件名: Fwd: RE:[CASE {E}] {E_CASE_SUBJ}

伊藤さん

お疲れさまです。佐藤です。

AWS 認定のアカウント統合の件で、AWS サポートから aws02260918 と AWS04873301 の
どちらを残すか聞かれています。
会社の資格管理表にはどちらの ID で登録していましたっけ？
"""
body = part(txt, cte='base64', charset='shift_jis', label='shift_jis')
generic_mail('059-douryou-kara-no-henshin.eml', 'corpjp', d, YUK, enc_name('伊藤 雅樹', 'ito.masaki@kaiho-systems.co.jp', 'iso-2022-jp'),
             'kaiho-systems.co.jp', ['kaiho-systems.co.jp'], 'ito.masaki@kaiho-systems.co.jp', 'smtp-out01.kaiho-systems.co.jp', '203.0.113.25',
             enc_subj(f'RE: Fwd: RE:[CASE {E}] {E_CASE_SUBJ}', 'iso-2022-jp'), body,
             dict(kind='unrelated', case_id=E, account_ids=[E_KEEP], sender_verified=False, language='ja'), to_hdr=YUK_FROM,
             mid=f"<TYCPR01MB{R.randint(1000, 9999)}{an(12).upper()}@TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com>",
             extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdtqW' + b64r(20) + '=='), ('Content-Language', 'ja')])

# 060 AWS Builder ID verification code (JA) -----------------------------------------------------------
d = T('2025-10-01 12:09:30')
code = '583014'
txt = f"""AWS Builder ID の確認

AWS Builder ID のメールアドレスを確認するため、次の確認コードを入力してください。

確認コード: {code}

このコードの有効期限は 10 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
body = multi('alternative', [part(txt, cte='base64'), part(html_doc(p_html(txt).replace(code, f'<span style="font-size:28px;font-weight:bold">{code}</span>')), 'html', cte='base64')], bnd('ses', d))
mid = ses_msgid(d)
host, ip = ses_host()
generic_mail('060-builder-id-kakunin-code.eml', 'nifty', d, KEN, '"AWS Builder ID" <no-reply@signin.aws>',
             'signin.aws', ['signin.aws', 'amazonses.com'], ses_bounce(mid), host, ip,
             enc_subj('AWS Builder ID の確認コード'), body,
             dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=True, language='ja'), to_hdr=KEN, mid=mid)

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
print(len(LABELS), 'mails written')
