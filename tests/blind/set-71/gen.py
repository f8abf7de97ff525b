"""Helpers for make_set.py: header traces, encoded words, MIME parts."""
import base64, quopri, random, uuid
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from email import policy as _policy

R = random.Random(7171)
UTC = timezone.utc
PT = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')
ET = ZoneInfo('America/New_York')
LON = ZoneInfo('Europe/London')

CODECS = {'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def T(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def case15(open_s):
    return f"{int(T(open_s).timestamp())}{R.randint(0, 99999):05d}"


def rfc(dt, tz=None, comment=False):
    d = dt.astimezone(tz) if tz else dt
    s = format_datetime(d)
    if comment:
        s += f" ({d.tzname()})"
    return s


def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def rhex(n):
    return R.randbytes(n).hex()


def wrap(s, first=0, width=70, indent='\t '):
    out, line = [], s
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(chunks)


def ses_id(dt):
    ms = int(dt.timestamp() * 1000)
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000"


SES_POOL = [('a8-52.smtp-out.amazonses.com', '54.240.8.52'),
            ('a8-31.smtp-out.amazonses.com', '54.240.8.31'),
            ('a9-114.smtp-out.amazonses.com', '54.240.9.114'),
            ('a27-18.smtp-out.us-west-2.amazonses.com', '54.240.27.18'),
            ('a48-93.smtp-out.amazonses.com', '54.240.48.93'),
            ('a11-66.smtp-out.amazonses.com', '54.240.11.66')]


def ses_host():
    return R.choice(SES_POOL)


def dkim_sig(d, s, dt, h):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(dt.timestamp())};\n"
            f"\th={h};\n\tbh={rb64(32)};\n\tb={wrap(rb64(256), width=68, indent=chr(9))}")


AMZ_H = "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID"


def amazon_dkim(dt):
    return [('DKIM-Signature', dkim_sig('amazon.com', 'rjs3ohvm6zlfgmqfrgxvxbgtbtlqtmsd', dt,
                                        'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID')),
            ('DKIM-Signature', dkim_sig('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', dt, AMZ_H))]


def ses_extra(dt, ip):
    return [('Feedback-ID', f"::1.us-east-1.{rb64(30)[:40]}=:AmazonSES"),
            ('X-SES-Outgoing', f"{dt.strftime('%Y.%m.%d')}-{ip}")]


# ---------------------------------------------------------------- receivers
def _gid():
    return f"{rhex(4)}{R.randint(100000, 999999)}si{R.randint(1000000, 9999999)}"


def gmail(to, dt, src_host, src_ip, mailfrom, ar, spf='pass', arc=True):
    """Headers added by Gmail (top part). ar: body of AR after authserv-id."""
    d1 = dt + timedelta(seconds=R.randint(1, 3))
    d2 = d1 + timedelta(seconds=1)
    local = lambda d: rfc(d, PT, True)
    h = [('Delivered-To', to),
         ('Received', f"by 2002:a05:{rhex(2)}:{rhex(2)}:b0:{rhex(2)}:{rhex(2)} with SMTP id {R.choice('abcdefghijklmn')}{R.randint(10,99)}csp{R.randint(100000,9999999)}{R.choice('abcde')}{R.choice('abcdefgh')}{R.choice('abcdefgh')};\n        {local(d2)}"),
         ('X-Google-Smtp-Source', 'AGHT+I' + rb64(66)[:86]),
         ('X-Received', f"by 2002:a05:{rhex(2)}:{rhex(2)}:b0:{rhex(2)}:{rhex(2)} with SMTP id {R.choice('abcdef')}{rhex(8)}.{R.randint(10,99)}.{R.randint(1000,9999)}.{R.randint(1000000000000,9999999999999)};\n        {local(d1)}")]
    if arc:
        h += [('ARC-Seal', f"i=1; a=rsa-sha256; t={int(d1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={wrap(rb64(258), width=62, indent='        ')}"),
              ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={wrap(rb64(258), width=62, indent='        ')}"),
              ('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + ar)]
    spf_word = {'pass': 'designates', 'fail': 'does not designate', 'softfail': 'does not designate', 'neutral': 'is neither permitted nor denied by best guess record for'}[spf]
    h += [('Return-Path', f"<{mailfrom}>"),
          ('Received', f"from {src_host} ({src_host}. [{src_ip}])\n        by mx.google.com with ESMTPS id {_gid()}.{R.randint(100,999)}.{dt.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {local(dt)}"),
          ('Received-SPF', f"{spf} (google.com: domain of {mailfrom} {spf_word} {src_ip} as permitted sender) client-ip={src_ip};"),
          ('Authentication-Results', 'mx.google.com;\n       ' + ar)]
    return h


def gm_ar_amazon(mailfrom, ip, from_dom='amazon.com'):
    return (f"dkim=pass header.i=@{from_dom} header.s=rjs3ohvm6zlfgmqfrgxvxbgtbtlqtmsd header.b={rb64(6)[:8]};\n"
            f"       dkim=pass header.i=@amazonses.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b={rb64(6)[:8]};\n"
            f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={from_dom}")


def o365(to, dt, src_host, src_ip, ar, spf_line, tenant='namprd05'):
    d1 = dt + timedelta(seconds=R.randint(1, 2))
    d2 = d1 + timedelta(seconds=1)
    edge = f"{R.choice(['CO1PEPF', 'SN1PEPF', 'BN2PEPF', 'DS3PEPF'])}0000{R.randint(1000,9999)}{R.choice('ABCDEF')}.namprd{R.randint(2,5):02d}.prod.outlook.com"
    mb = f"{R.choice(['PH0PR', 'SA1PR', 'BY5PR', 'MW4PR'])}{R.randint(10,19)}MB{R.randint(1000,9999)}.{tenant}.prod.outlook.com"
    fe = f"{R.choice(['BN9PR', 'DM6PR', 'CH2PR'])}03CA{R.randint(1000,9999)}.{tenant}.prod.outlook.com"
    f = lambda d: d.strftime('%a, %d %b %Y %H:%M:%S +0000')
    ipv6 = lambda: f"2603:10b6:{R.randint(100,999)}:{R.randint(10,999):x}::{R.randint(1,20):x}"
    return [('Received', f"from {mb.split('.')[0]}.{tenant}.prod.outlook.com ({ipv6()}) by\n {mb} with HTTPS; {f(d2)}"),
            ('Received', f"from {fe} ({ipv6()}) by {mb}\n ({ipv6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {f(d1)}"),
            ('Received', f"from {edge}\n ({ipv6()}) by {fe}\n ({ipv6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend Transport; {f(d1)}"),
            ('Authentication-Results', ar),
            ('Received-SPF', spf_line),
            ('Received', f"from {src_host} ({src_ip}) by\n {edge} ({ipv6()}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}\n via Frontend Transport; {f(dt)}")]


def o365_ar_amazon(ip, from_dom='amazon.com'):
    return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
            f" header.d={from_dom};dmarc=pass action=none header.from={from_dom};compauth=pass\n reason=100")


def o365_spf_amazon(ip, host):
    return (f"Pass (protection.outlook.com: domain of amazonses.com\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n"
            f" client-ip={ip}; helo={host}; pr=C")


def o365_tail(dt):
    return [('X-MS-Exchange-Organization-ExpirationStartTime', dt.strftime('%d %b %Y %H:%M:%S.') + f"{R.randint(1000000,9999999)} (UTC)"),
            ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))),
            ('X-MS-Exchange-Organization-AuthSource', f"{R.choice(['CO1PEPF', 'SN1PEPF'])}0000{R.randint(1000,9999)}C.namprd04.prod.outlook.com"),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1')]


def jp(provider, to, dt, src_host, src_ip, mailfrom, ar, mta='(Postfix) with ESMTPS'):
    return [('Return-Path', f"<{mailfrom}>"),
            ('Received', f"from {src_host} ({src_host} [{src_ip}])\n\tby {provider} {mta} id {rb64(12)[:12].replace('/', 'x').replace('+', 'q')}\n\tfor <{to}>; {rfc(dt, JST)}"),
            ('Authentication-Results', f"{provider};\n\t{ar}")]


def jp_ar_amazon(mailfrom):
    return (f"spf=pass smtp.mailfrom={mailfrom};\n\tdkim=pass header.d=amazon.com header.s=rjs3ohvm6zlfgmqfrgxvxbgtbtlqtmsd;\n"
            f"\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com")


# ---------------------------------------------------------------- encoded words
def _b_word(s, label, codec):
    return f"=?{label}?B?{base64.b64encode(s.encode(codec)).decode()}?="


def _q_word(s, label, codec):
    out = []
    for b in s.encode(codec):
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif 33 <= b <= 126 and c not in '=?_':
            out.append(c)
        else:
            out.append('=%02X' % b)
    return f"=?{label}?Q?{''.join(out)}?="


def ew(s, label='UTF-8', enc='B', first_room=60):
    """Encode s as encoded words, split over folded lines."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = CODECS[label.lower()]
    f = _b_word if enc == 'B' else _q_word
    words, cur = [], ''
    for ch in s:
        t = cur + ch
        lim = first_room if not words else 74
        if cur and len(f(t, label, codec)) > lim:
            words.append(f(cur, label, codec))
            cur = ch
        else:
            cur = t
    words.append(f(cur, label, codec))
    return '\n '.join(words)


def ew_tail(prefix, s, label='UTF-8', enc='B'):
    """ASCII prefix kept literal, non-ASCII tail encoded."""
    return prefix + ew(s, label, enc, first_room=74 - len(prefix) - 10)


def addr(name, email, label='UTF-8', enc='B'):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()[]:;@"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, label, enc)} <{email}>"


# ---------------------------------------------------------------- MIME
def part(text, subtype='plain', charset='utf-8', cte='base64', label=None, crlf=False):
    codec = CODECS[charset.lower()]
    if crlf:
        text = text.replace('\n', '\r\n')
    raw = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None, subtype='alternative'):
    m = MIMEMultipart(subtype)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary or ('----=_Part_' + str(R.randint(1000000, 9999999)) + '_' + str(R.randint(100000000, 999999999)) + '.' + str(R.randint(1735700000000, 1779999999999))))
    return m


def gmail_boundary():
    return '000000000000' + rhex(7)[:14]


def render(headers, body):
    pol = _policy.compat32.clone(linesep='\n', max_line_length=78)
    b = body.as_bytes(policy=pol)
    top = ''.join(f"{k}: {v}\n" for k, v in headers)
    top += 'MIME-Version: 1.0\n'
    return top.encode('ascii') + b

# ============================================================== builders
import json, os, re
from datetime import timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'

JP_PROV = {'biglobe': 'mx.biglobe.ne.jp', 'ocn': 'mfilter-ocn.ocn.ad.jp', 'sonet': 'mx.so-net.ne.jp',
           'yahoo': 'mta5010.mail.kks.yahoo.co.jp', 'nifty': 'mx.nifty.com'}


def recv_amazon(recv, to, dt, host, ip, mf):
    rdt = dt + timedelta(seconds=R.randint(1, 4))
    if recv == 'gmail':
        return gmail(to, rdt, host, ip, mf, gm_ar_amazon(mf, ip))
    if recv == 'o365':
        return o365(to, rdt, host, ip, o365_ar_amazon(ip), o365_spf_amazon(ip, host))
    if recv in JP_PROV:
        return jp(JP_PROV[recv], to, rdt, host, ip, mf, jp_ar_amazon(mf))
    raise ValueError(recv)


def aws_mail(recv, to, dt, subject, body, frm=FORM, name=AWSNAME, to_hdr=None, extra=()):
    host, ip = ses_host()
    sid = ses_id(dt)
    mf = f"{sid}@amazonses.com"
    h = recv_amazon(recv, to, dt, host, ip, mf)
    h += amazon_dkim(dt)
    h += [('Date', rfc(dt)), ('From', addr(name, frm)), ('To', to_hdr or to), ('Subject', subject),
          ('Message-ID', f"<{sid}@email.amazonses.com>")]
    h += list(extra)
    h += ses_extra(dt, ip)
    if recv == 'o365':
        h += o365_tail(dt)
    return h, sid


def add(key, slug, kind, lang, case_id, ids, sv, headers, body):
    MAILS.append(dict(key=key, slug=slug, kind=kind, lang=lang, case_id=case_id,
                      ids=sorted(set(ids)), sv=sv, headers=headers, body=body))


def html_wrap(inner, lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            f'<body style="margin:0;padding:0;background-color:#f2f3f3;">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f;">\n'
            f'<tr><td style="padding:24px 32px;">\n{inner}\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n')


CONSOLE_FOOT_EN = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center."""

# ============================================================== threads / ids
C_PRIYA = case15('2025-05-27 13:41:07')
C_KENJI = case15('2025-09-08 23:55:12')
C_EMILY = case15('2025-11-03 16:22:51')
C_SATO = case15('2026-01-19 02:14:33')
C_DANIEL = case15('2025-07-14 20:05:48')
C_YAMA = case15('2025-10-06 01:12:09')
C_MARCUS = case15('2026-02-09 17:30:26')
C_NAKA = case15('2025-12-01 00:40:55')
C_NAKA_DUP = case15('2025-12-03 01:10:02')
C_TAKA = '12508834971'
C_HANNAH = case15('2025-08-15 09:03:40')
C_RAJ = case15('2026-04-07 12:48:19')
C_OLIVER = '11904576228'
C_FAKE1 = case15('2026-03-02 22:17:31')
C_FAKE2 = case15('2026-03-03 19:40:12')
C_BILL = case15('2025-10-17 05:31:44')
C_EC2 = case15('2025-11-11 21:02:37')
C_SELLER = '5891730465'

FORM_SUBJ = lambda c, pre='RE:': f"{pre}[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"

PRIYA = 'priya.raman.dev@gmail.com'
KENJI = 'kenji.watanabe.cloud@gmail.com'
EMILY = 'emily.carter@northwind-analytics.com'
SATO = 'm-sato0412@kfa.biglobe.ne.jp'
DANIEL = 'daniel.moreau84@outlook.com'
YAMA = 'yamamoto.takuya@kowa-sys.co.jp'
MARCUS = 'marcus.lee.aws@gmail.com'
NAKA = 'r.nakamura1987@jcom.ocn.ne.jp'
TAKA = 'yumi-takahashi@ab.so-net.ne.jp'
ITO = 'shota_ito_0923@yahoo.co.jp'
HANNAH = 'hannah.schmidt.cloud@gmail.com'
SOFIA = 'sofia.rossi.dev@gmail.com'
RAJ = 'raj.patel@meridianhealth.org'
OLIVER = 'oliver.grant@carrow-systems.com'

# ============================================================== 1. Emily console ack (ids in echoed description)
dt = T('2025-11-03 16:22:58')
txt = f"""Dear Emily Carter,

Thank you for contacting Amazon Web Services. We have opened case {C_EMILY} to address your issue.

The details of your case are as follows:

Case ID: {C_EMILY}
Subject: Merge duplicate certification accounts
Severity: General guidance
Correspondence: Hi, I seem to have more than one certification profile. I took Cloud Practitioner back when I was at Bluefin with my work address and that created AWS 87120349. My current profile is AWS20576634 and that's the one I'd like to keep. Can you confirm whether the older one can be merged into the current one? I also found aws-55102873 when I tried signing in with my personal Gmail, not sure if that is a third one or something else.

Thanks,
Emily

You will receive an email when there is an update to your case. To see all your support cases, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_EMILY}&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
html = html_wrap(f"""<p>Dear Emily Carter,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {C_EMILY} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p><b>Case ID:</b> {C_EMILY}<br><b>Subject:</b> Merge duplicate certification accounts<br><b>Severity:</b> General guidance<br>
<b>Correspondence:</b> Hi, I seem to have more than one certification profile. I took Cloud Practitioner back when I was at Bluefin with my work address and that created AWS 87120349. My current profile is AWS20576634 and that&#39;s the one I&#39;d like to keep. Can you confirm whether the older one can be merged into the current one? I also found aws-55102873 when I tried signing in with my personal Gmail, not sure if that is a third one or something else.<br><br>Thanks,<br>Emily</p>
<p>You will receive an email when there is an update to your case. To see all your support cases, visit the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_EMILY}&amp;language=en">AWS Support Center</a>.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078;">This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.</p>""")
h, _ = aws_mail('o365', EMILY, dt, f"Amazon Web Services: You have opened a new Support case: {C_EMILY}",
                None, frm=NOREPLY)
add('e_ack', 'aws-support-new-case', 'case_created', 'en', C_EMILY,
    ['AWS87120349', 'AWS20576634', 'AWS55102873'], True, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 2. Kenji form ack, ISO-2022-JP
dt = T('2025-09-08 23:55:40')
txt = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お客様のお問い合わせは、ケース番号 {C_KENJI} として登録されました。
担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。

同じ内容のお問い合わせを再度送信されますと、対応にお時間をいただく場合がございます。
追加の情報がございましたら、このメールにそのままご返信ください。
(件名のケース番号は変更しないようお願いいたします)

※本メールはお問い合わせの受付確認として自動送信されています。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
h, _ = aws_mail('gmail', KENJI, dt,
                ew_tail(f"[CASE {C_KENJI}] ", "お問い合わせを受け付けました - AWS トレーニングと認定", 'ISO-2022-JP'),
                None, to_hdr=addr('渡辺 健二', KENJI, 'ISO-2022-JP'))
add('k_ack', 'case-uketsuke', 'case_created', 'ja', C_KENJI, [], True, h,
    part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'))

# ============================================================== 3. Emily survey, HTML only, resolved
dt = T('2025-11-07 10:03:12')
html = html_wrap(f"""<p style="font-size:18px;font-weight:bold;">How did we do?</p>
<p>Hello Emily,</p>
<p>Your support case <b>{C_EMILY}</b> &ndash; &ldquo;Merge duplicate certification accounts&rdquo; &ndash; has been marked as resolved.
If you still need help with this issue, you can reopen the case from the Support Center within 14 days.</p>
<p>We&rsquo;d appreciate a minute of your time to tell us about your experience with AWS Support.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding:8px 14px;background:#ff9900;border-radius:2px;"><a href="https://console.aws.amazon.com/support/feedback?displayId={C_EMILY}&amp;rating=5" style="color:#16191f;text-decoration:none;">Very satisfied</a></td>
<td style="width:8px;"></td>
<td style="padding:8px 14px;border:1px solid #aab7b8;"><a href="https://console.aws.amazon.com/support/feedback?displayId={C_EMILY}&amp;rating=3" style="color:#16191f;text-decoration:none;">Neutral</a></td>
<td style="width:8px;"></td>
<td style="padding:8px 14px;border:1px solid #aab7b8;"><a href="https://console.aws.amazon.com/support/feedback?displayId={C_EMILY}&amp;rating=1" style="color:#16191f;text-decoration:none;">Very dissatisfied</a></td>
</tr></table>
<p>Thank you for using Amazon Web Services.</p>
<p style="font-size:11px;color:#687078;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>""")
h, _ = aws_mail('o365', EMILY, dt, f"Amazon Web Services: Your Support case {C_EMILY} has been resolved", None, frm=NOREPLY)
add('e_survey', 'support-case-resolved', 'survey', 'en', C_EMILY, [], True, h,
    part(html, 'html', 'utf-8', 'base64'))

# ============================================================== 4. Kenji confirmation request, ISO-2022-JP
dt = T('2025-09-10 01:30:22')
txt = f"""渡辺 健二 様

AWS トレーニングと認定カスタマーサポートの小林でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お客様のお名前で、以下 2 件の認定アカウントを確認いたしました。

  ・存続するアカウント: AWS 11820465 (kenji.watanabe.cloud@gmail.com)
  ・統合元のアカウント: AWS 30277918 (k-watanabe@tsubasa-soft.co.jp)

統合を行いますと、AWS 30277918 に登録されている受験履歴、認定資格および特典は
すべて AWS 11820465 に移され、AWS 30277918 はご利用いただけなくなります。
なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
ご返信をいただき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

小林
Amazon Web Services
AWS トレーニングと認定

--- お問い合わせ内容 ---
お問い合わせの種類: AWS Training and Certification
カテゴリ: Certification
詳細: Account Merge
AWS 受験者 ID: AWS11820465
内容: 転職前の会社のメールアドレスで作成したアカウント(AWS30277918)と、現在使っている個人のアカウントを一つにまとめたいです。よろしくお願いします。
"""
h, _ = aws_mail('gmail', KENJI, dt, FORM_SUBJ(C_KENJI), None)
add('k_confirm', 're-case-account-assistance', 'merge_confirmation_requested', 'ja', C_KENJI,
    ['AWS11820465', 'AWS30277918'], True, h, part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'))

# ============================================================== 5. Priya "thank you for confirming, will proceed"
dt = T('2025-05-29 09:17:44')
txt = f"""Hello Priya,

Thank you for confirming the details.

I have now passed your request to our back-end team, who will move the certification records from AWS09931150 into AWS04418273. This usually takes 2-3 business days. You will receive a separate email from us as soon as the merge has been completed, and from that point AWS09931150 will no longer be accessible.

In the meantime, please do not schedule or sit an exam on either account.

Best regards,
Ana G.
Amazon Web Services
Training and Certification

---------- Original Message ----------
From: Priya Raman <{PRIYA}>
Sent: 5/28/2025 4:10 PM
To: {FORM}
Subject: Re: {FORM_SUBJ(C_PRIYA)}

> Hi Ana,
>
> Yes, the details are correct. Please proceed with the merge.
>
> Thanks,
> Priya
>
> On Wed, May 28, 2025 at 8:02 AM Amazon Web Services <{FORM}> wrote:
> > Hello Priya,
> >
> > Thank you for contacting AWS Training and Certification.
> >
> > I've reviewed your request and found the two accounts below:
> >
> > Primary (will be kept): AWS04418273 – {PRIYA}
> > Secondary (will be merged): AWS09931150 – praman@ostrava-analytics.com
> >
> > Once you confirm, the merge will be completed within 2-3 business days.
> > Please be aware that merging accounts is permanent and cannot be
> > reversed. Kindly reply to this email confirming that the above is
> > correct so we can proceed.
"""
h, _ = aws_mail('gmail', PRIYA, dt, FORM_SUBJ(C_PRIYA), None)
add('p_proceed', 're-case-form-submission', 'support_reply', 'en', C_PRIYA,
    ['AWS04418273', 'AWS09931150'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 6. Kenji merge completed, base64, nested quotes
dt = T('2025-09-12 05:05:09')
txt = f"""渡辺 健二 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの小林です。

ご依頼いただいておりましたアカウントの統合が完了しましたので、ご報告いたします。
AWS 30277918 の受験履歴および認定資格は、すべて AWS 11820465 に反映されております。
今後は AWS 11820465 で認定アカウントにサインインしてください。

Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。

本件はこれにて完了とさせていただきます。サポート品質向上のため、よろしければ
後ほどお送りするアンケートへのご協力をお願いいたします。

小林
Amazon Web Services
AWS トレーニングと認定

--- 元のメッセージ ---
差出人: 渡辺 健二 <{KENJI}>
送信日時: 2025/09/10 19:12
件名: Re: {FORM_SUBJ(C_KENJI)}

小林様

ご連絡ありがとうございます。
記載いただいた内容で問題ありません。統合をお願いいたします。

2025年9月10日(水) 10:30 Amazon Web Services <{FORM}>:
> 渡辺 健二 様
>
> お客様のお名前で、以下 2 件の認定アカウントを確認いたしました。
>
>   ・存続するアカウント: AWS 11820465 (kenji.watanabe.cloud@gmail.com)
>   ・統合元のアカウント: AWS 30277918 (k-watanabe@tsubasa-soft.co.jp)
>
> 統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。
> 上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
"""
h, _ = aws_mail('gmail', KENJI, dt, FORM_SUBJ(C_KENJI), None)
add('k_done', 're-case-account-assistance', 'merge_completed', 'ja', C_KENJI,
    ['AWS11820465', 'AWS30277918'], True, h, part(txt, 'plain', 'utf-8', 'base64', crlf=True))

# ============================================================== 7. Credly badge transferred (Priya)
dt = T('2025-05-31 02:13:27')
badge = str(uuid.UUID(int=R.getrandbits(128)))
txt = f"""Amazon Web Services Training and Certification

Hi Priya,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect – Associate

Because your AWS Certification account was updated, this badge has been moved to the Credly account registered to {PRIYA}. Your previous badge link will stop working.

Accept your badge:
https://www.credly.com/badges/{badge}/accept?utm_source=badge_issued&utm_medium=email

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or download a copy.

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;margin:0;">
<div style="max-width:560px;margin:0 auto;background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333;">
<div style="padding:20px;text-align:center;"><img src="https://images.credly.com/size/110x110/images/aws-tc-logo.png" alt="Amazon Web Services Training and Certification" width="110"></div>
<div style="padding:0 32px 24px;">
<p style="font-size:20px;">Hi Priya,</p>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p style="font-size:18px;font-weight:bold;">AWS Certified Solutions Architect &ndash; Associate</p>
<p>Because your AWS Certification account was updated, this badge has been moved to the Credly account registered to {PRIYA}. Your previous badge link will stop working.</p>
<p style="text-align:center;"><a href="https://www.credly.com/badges/{badge}/accept?utm_source=badge_issued&amp;utm_medium=email" style="display:inline-block;background:#0b5cff;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;">Accept your badge</a></p>
<p>Once accepted, you can share your badge on LinkedIn, add it to your email signature, or download a copy.</p>
</div>
<div style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee;">Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006<br>
<a href="https://www.credly.com/earner/settings/notifications">Unsubscribe from badge notifications</a></div>
</div></body></html>
"""


def credly_hdrs(recv, to, dt, subject, name='Amazon Web Services Training and Certification via Credly',
                frm='admin@credly.com', dom='credly.com', to_hdr=None):
    ip = R.choice(['149.72.184.31', '167.89.95.14', '149.72.120.130'])
    host = f"o{R.randint(1,20)}.sg.{dom}" if dom == 'credly.com' else f"o{R.randint(1,9)}.email.{dom}"
    mf = f"bounces+{R.randint(1000000,9999999)}-{rhex(2)}-{to.replace('@', '=')}@sg.{dom}"
    rdt = dt + timedelta(seconds=R.randint(1, 5))
    if recv == 'gmail':
        ar = (f"dkim=pass header.i=@{dom} header.s=s1 header.b={rb64(6)[:8]};\n"
              f"       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={rb64(6)[:8]};\n"
              f"       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom=\"{mf}\";\n"
              f"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}")
        h = gmail(to, rdt, host, ip, mf, ar)
    elif recv == 'o365':
        ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=sg.{dom}; dkim=pass (signature was verified)\n"
              f" header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass\n reason=100")
        h = o365(to, rdt, host, ip, ar, f"Pass (protection.outlook.com: domain of sg.{dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C")
    elif recv in JP_PROV:
        h = jp(JP_PROV[recv], to, rdt, host, ip, mf,
               f"spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.d={dom};\n\tdmarc=pass header.from={dom}")
    elif recv == 'none':
        h = [('Return-Path', f"<{mf}>"),
             ('Received', f"from mx-in-02.meridianhealth.org (10.40.2.17) by EXCH-MBX03.meridianhealth.org\n (10.40.3.23) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; {rfc(rdt + timedelta(seconds=2), ET)}"),
             ('Received', f"from {host} ([{ip}])\n by mx-in-02.meridianhealth.org with ESMTP id {rhex(6).upper()}\n for <{to}>; {rfc(rdt, ET)}")]
    h += [('DKIM-Signature', dkim_sig(dom, 's1', dt, 'from:subject:mime-version:to:content-type:cc:content-type:from:subject:to')),
          ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', dt, 'from:subject:mime-version:to:content-type:cc:content-type:from:subject:to:feedback-id')),
          ('Date', rfc(dt)), ('From', addr(name, frm)), ('To', to_hdr or to), ('Subject', subject),
          ('Message-ID', f"<{rb64(16)[:22].replace('/', '_').replace('+', '-')}@geopod-ismtpd-{R.randint(1,40)}>"),
          ('X-SG-EID', rb64(90)[:120]), ('X-Entity-ID', rb64(18)[:24])]
    if recv == 'o365':
        h += o365_tail(dt)
    return h


h = credly_hdrs('gmail', PRIYA, dt, ew("Priya, your AWS Certified Solutions Architect – Associate badge is ready", 'UTF-8', 'Q', first_room=66))
add('p_credly', 'credly-badge', 'credly_badge_issued', 'en', None, [], True, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 8. Kenji forwards completion to colleague (unrelated)
dt = T('2025-09-13 03:02:51')
fwd_body = f"""渡辺 健二 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの小林です。

ご依頼いただいておりましたアカウントの統合が完了しましたので、ご報告いたします。
AWS 30277918 の受験履歴および認定資格は、すべて AWS 11820465 に反映されております。
今後は AWS 11820465 で認定アカウントにサインインしてください。
"""
txt = f"""藤田さん

お疲れさまです。渡辺です。
以前ご相談していた認定アカウントの件、AWS 側で統合が終わったと連絡がありました。
パートナー向けの認定者リストは、今後 AWS11820465 の方で照会してください(旧 ID はもう使えないそうです)。
お手数ですが、リストの更新をお願いできますでしょうか。

渡辺

---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: 2025年9月12日(金) 14:05
Subject: {FORM_SUBJ(C_KENJI)}
To: <{KENJI}>


{fwd_body}"""
html = '<div dir="ltr">' + txt.split('---------- Forwarded message ---------')[0].replace('\n', '<br>') + \
    '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> <span dir="auto">&lt;' + FORM + \
    f'&gt;</span><br>Date: 2025年9月12日(金) 14:05<br>Subject: {FORM_SUBJ(C_KENJI)}<br>To: &lt;{KENJI}&gt;<br></div><br><br>' + fwd_body.replace('\n', '<br>') + '</div></div>\n'
to = 'eri.fujita@mirai-cloud.co.jp'
mid = f"<CAF{rb64(30)[:40].replace('/', '_').replace('+', '-')}@mail.gmail.com>"
ip = '209.85.220.41'
ar = (f"dkim=pass header.i=@gmail.com header.s=20230601 header.b={rb64(6)[:8]};\n"
      f"       spf=pass (google.com: domain of {KENJI} designates {ip} as permitted sender) smtp.mailfrom={KENJI};\n"
      f"       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com;\n"
      f"       dara=pass header.i=@mirai-cloud.co.jp")
h = gmail(to, dt + timedelta(seconds=1), 'mail-sor-f41.google.com', ip, KENJI, ar)
h += [('DKIM-Signature', dkim_sig('gmail.com', '20230601', dt, 'mime-version:references:in-reply-to:from:date:message-id:subject:to')),
      ('X-Gm-Message-State', 'AOJu0Y' + rb64(60)[:74]),
      ('References', f"<{ses_id(T('2025-09-12 05:05:09'))}@email.amazonses.com>"),
      ('In-Reply-To', f"<{ses_id(T('2025-09-12 05:05:09'))}@email.amazonses.com>"),
      ('From', addr('渡辺 健二', KENJI)), ('Date', rfc(dt, JST)), ('Message-ID', mid),
      ('Subject', 'Fwd: ' + FORM_SUBJ(C_KENJI)), ('To', addr('藤田 絵里', to))]
body = alt(part(txt, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64'), boundary=gmail_boundary())
add('k_fwd', 'fwd-case-mail', 'unrelated', 'ja', C_KENJI, ['AWS11820465'], False, h, body)

# ============================================================== 9. Phishing confirmation request, look-alike domain (Sofia)
dt = T('2026-03-04 14:21:09')
ph = 'aws-certification-services.com'
link = f"https://verify.{ph}/merge/confirm?case={C_FAKE2}&token={rhex(16)}"
txt = f"""AWS Training and Certification

Hello,

We received a request to merge the certification account AWS 61839204 into AWS 27730115 (case {C_FAKE2}).

To protect your certifications, this merge must be confirmed by the account owner. Please sign in and confirm the merge within 48 hours:

{link}

If the request is not confirmed, both certification accounts may be temporarily suspended and scheduled exams cancelled. Please note that once confirmed, the merge cannot be reversed.

Regards,
AWS Training and Certification Support
"""
html = html_wrap(f"""<p style="font-size:18px;font-weight:bold;color:#232f3e;">AWS Training and Certification</p>
<p>Hello,</p>
<p>We received a request to merge the certification account <b>AWS 61839204</b> into <b>AWS 27730115</b> (case {C_FAKE2}).</p>
<p>To protect your certifications, this merge must be confirmed by the account owner. Please sign in and confirm the merge within <b>48 hours</b>.</p>
<p><a href="{link}" style="display:inline-block;background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold;">Confirm account merge</a></p>
<p>If the request is not confirmed, both certification accounts may be temporarily suspended and scheduled exams cancelled. Please note that once confirmed, the merge cannot be reversed.</p>
<p>Regards,<br>AWS Training and Certification Support</p>""")
ip = '45.137.21.88'
mf = f"bounce-{rhex(4)}@mail.{ph}"
ar = (f"dkim=pass header.i=@{ph} header.s=default header.b={rb64(6)[:8]};\n"
      f"       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};\n"
      f"       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={ph}")
h = gmail(SOFIA, dt + timedelta(seconds=2), f"mail.{ph}", ip, mf, ar)
h += [('DKIM-Signature', dkim_sig(ph, 'default', dt, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')),
      ('Date', rfc(dt)), ('From', addr('AWS Training & Certification', f"support@{ph}")), ('To', SOFIA),
      ('Subject', f"RE:[CASE {C_FAKE2}] Action required: confirm your certification account merge"),
      ('Message-ID', f"<{rhex(12)}@{ph}>"), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
add('s_phish_confirm', 'action-required-merge', 'merge_confirmation_requested', 'en', C_FAKE2,
    ['AWS61839204', 'AWS27730115'], False, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 10. Yamamoto survey, QP
dt = T('2025-10-10 02:21:40')
txt = f"""山本 拓也 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {C_YAMA} は解決済みとしてクローズされました。

今回のサポートについて、ご意見をお聞かせください。所要時間は 1 分ほどです。

問題は解決しましたか?
  はい: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3KxT8rB1nQ0zYbA?case={C_YAMA}&r=1
  いいえ: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3KxT8rB1nQ0zYbA?case={C_YAMA}&r=0

いただいたご意見は、今後のサービス向上のために活用させていただきます。

※本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんので、あらかじめご了承ください。

Amazon Web Services
"""
h, _ = aws_mail('o365', YAMA, dt, ew(f"ケース {C_YAMA} はクローズされました - アンケートご協力のお願い"), None, frm=NOREPLY)
add('y_survey', 'case-closed-enquete', 'survey', 'ja', C_YAMA, [], True, h,
    part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 11. Emily completed, no "merge"/"complete" words, lower gateway AR
dt = T('2025-11-07 10:02:31')
txt = f"""Hello Emily,

Thanks for your patience while our team worked on this.

Your certification history from AWS87120349 and AWS55102873 now lives under AWS20576634, including your Cloud Practitioner and Developer – Associate certifications and the unused 50% exam benefit. The two older profiles have been retired, so signing in with those e-mail addresses will no longer show any certifications.

Please allow up to 48 hours for the Certification Account dashboard to reflect this, and for Credly to reissue your badges to the e-mail address on AWS20576634.

If anything looks off, you can reply to this case using the Support Center link below.

{CONSOLE_FOOT_EN}

Best regards,
Marco T.
Amazon Web Services

To see the details of this case, or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C_EMILY}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
h, _ = aws_mail('o365', EMILY, dt, f"RE:[CASE {C_EMILY}] Merge duplicate certification accounts", None, frm=NOREPLY)
# insert an older, lower AR from the company's inbound gateway (below the Microsoft one)
gw = ('Authentication-Results', 'mailgw01.northwind-analytics.com;\n spf=softfail smtp.mailfrom=amazonses.com;\n dkim=none (message not signed) header.d=none;\n dmarc=fail header.from=amazon.com')
idx = max(i for i, (k, _v) in enumerate(h) if k == 'Received')
h.insert(idx + 1, gw)
add('e_done', 're-case-merge-duplicate', 'merge_completed', 'en', C_EMILY,
    ['AWS87120349', 'AWS55102873', 'AWS20576634'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 12. Sato: more info needed, Shift_JIS 8bit
dt = T('2026-01-20 06:40:18')
txt = f"""佐藤 美咲 様

Amazon Web Services へお問い合わせいただきありがとうございます。
トレーニングと認定担当の森でございます。

認定アカウントの統合のご依頼につきまして、お客様のアカウントを特定するため、
恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 各認定アカウントへのサインインにご使用のメールアドレス
2. 各アカウントで通知先として登録されているメールアドレス(サインイン用と異なる場合)
3. 統合後に残したいアカウント
4. 受験時に登録された氏名(ローマ字表記)

なお、ケースに記載いただいた ID「AWS0726491」は 7 桁となっており、弊社のシステムでは該当するアカウントが見つかりませんでした。
認定アカウントのプロフィール画面に表示される「AWS」から始まる ID をご確認ください。

サポートセンターの本ケースよりご返信をお待ちしております。

よろしくお願いいたします。
森
Amazon Web Services

このケースの詳細を確認する、または返信するには、次のリンクにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={C_SATO}&language=ja

*このメールは送信専用のアドレスから送信されています。ご返信の際は上記のリンクをご利用ください。
"""
h, _ = aws_mail('biglobe', SATO, dt, ew_tail(f"RE:[CASE {C_SATO}] ", "認定アカウントの統合について", 'Shift_JIS'), None, frm=NOREPLY)
add('s_info', 're-case-ninteiaccount', 'support_reply', 'ja', C_SATO, [], True, h,
    part(txt, 'plain', 'shift_jis', '8bit', label='Shift_JIS'))

# ============================================================== 13. GitHub merged PR notification
dt = T('2026-02-20 18:44:05')
txt = """Merged #214 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/harborline/cert-sync/pull/214#event-16583920114
You are receiving this because you were mentioned.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/harborline/cert-sync/pull/214">#214</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/harborline/cert-sync/pull/214#event-16583920114">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3XQ7K2">unsubscribe</a>.<br />You are receiving this because you were mentioned.</p>
"""
ip = '192.30.252.201'
mf = 'noreply@github.com'
ar = (f"dkim=pass header.i=@github.com header.s=pf2023 header.b={rb64(6)[:8]};\n"
      f"       spf=pass (google.com: domain of noreply@github.com designates {ip} as permitted sender) smtp.mailfrom=noreply@github.com;\n"
      f"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com")
h = gmail(MARCUS, dt + timedelta(seconds=2), 'out-18.smtp.github.com', ip, mf, ar)
h += [('DKIM-Signature', dkim_sig('github.com', 'pf2023', dt, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From')),
      ('Date', rfc(dt, PT)), ('From', '"Jordan Kim" <notifications@github.com>'),
      ('Reply-To', 'harborline/cert-sync <reply+AB3XQ7K2LQ4@reply.github.com>'),
      ('To', 'harborline/cert-sync <cert-sync@noreply.github.com>'),
      ('Cc', 'Marcus Lee <marcus.lee.aws@gmail.com>, Mention <mention@noreply.github.com>'),
      ('Message-ID', '<harborline/cert-sync/pull/214/issue_event/16583920114@github.com>'),
      ('In-Reply-To', '<harborline/cert-sync/pull/214@github.com>'),
      ('References', '<harborline/cert-sync/pull/214@github.com>'),
      ('Subject', 'Re: [harborline/cert-sync] Handle AWS certification account merge events (PR #214)'),
      ('List-ID', 'harborline/cert-sync <cert-sync.harborline.github.com>'),
      ('X-GitHub-Reason', 'mention'), ('X-GitHub-Sender', 'jkim-hl')]
add('m_github', 'github-pr-214', 'unrelated', 'en', None, [], False, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable'),
        boundary=f"--==_mimepart_{rhex(6)}_{R.randint(100,999)}_{R.randint(100000,999999)}"))

# ============================================================== 14. Sato console ack (ja), base64, split subject
dt = T('2026-01-19 02:14:41')
txt = f"""佐藤 美咲 様

Amazon Web Services にお問い合わせいただきありがとうございます。
お客様のお問い合わせに対応するため、ケース {C_SATO} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C_SATO}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
内容: 認定試験を 2 回受験したのですが、アカウントが 2 つに分かれてしまったようです。1 つにまとめていただくことは可能でしょうか。

ケースが更新されると、メールでお知らせします。すべてのサポートケースを確認するには、サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={C_SATO}&language=ja

よろしくお願いいたします。
Amazon Web Services

このメッセージは、Amazon Web Services, Inc. および関連会社 (410 Terry Ave. North, Seattle, WA 98109-5210) によって作成および配信されました。
"""
h, _ = aws_mail('biglobe', SATO, dt, ew(f"Amazon Web Services: 新しいサポートケースを作成しました: {C_SATO}", first_room=66), None, frm=NOREPLY)
add('s_ack', 'aws-support-new-case-ja', 'case_created', 'ja', C_SATO, [], True, h, part(txt, 'plain', 'utf-8', 'base64'))

# ============================================================== 15. Emily: which account to keep (three accounts)
dt = T('2025-11-04 14:10:06')
txt = f"""Hello Emily,

Thank you for reaching out to AWS Training and Certification.

I was able to locate three certification accounts under your name:

- AWS20576634 – {EMILY} – no active certifications, 1 exam registration (cancelled)
- AWS87120349 – ecarter@bluefinlogistics.com – AWS Certified Cloud Practitioner
- AWS55102873 – emily.j.carter@gmail.com – AWS Certified Developer – Associate

Before I can raise a merge request, I need to know which of these should remain as your primary account. The primary account's sign-in e-mail is the one you will use going forward, and the others would be folded into it.

Could you let me know which account you would like to keep, and whether all three should be combined or only two of them? Please also confirm that you still have access to the mailbox of the account you want to keep.

{CONSOLE_FOOT_EN}

Best regards,
Marco T.
Amazon Web Services

To see the details of this case, or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C_EMILY}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
h, _ = aws_mail('o365', EMILY, dt, f"RE:[CASE {C_EMILY}] Merge duplicate certification accounts", None, frm=NOREPLY)
add('e_which', 're-case-merge-duplicate', 'support_reply', 'en', C_EMILY,
    ['AWS20576634', 'AWS87120349', 'AWS55102873'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 16. Nakamura confirmation reminder, text ISO-2022-JP + html
dt = T('2025-12-12 02:48:17')
txt = f"""中村 亮 様

お世話になっております。AWS トレーニングと認定の石井です。

12月5日にお送りしたメールについて、まだご返信を確認できておりませんでしたので、再度ご連絡いたしました。

本人確認書類をご提出いただき、ありがとうございました。登録氏名の相違について確認が取れましたので、
以下の内容でアカウントの統合を行う準備が整っております。

  残るアカウント: AWS 40918826
  統合されるアカウント: AWS 40977153

統合の処理は取り消すことができません。上記の内容で相違ないか、本メールにご返信のうえお知らせください。
12月19日までにご返信をいただけない場合、本ケースは自動的にクローズされますのでご注意ください。

よろしくお願いいたします。

石井
Amazon Web Services
AWS トレーニングと認定
"""
html = html_wrap(f"""<p>中村 亮 様</p>
<p>お世話になっております。AWS トレーニングと認定の石井です。</p>
<p>12月5日にお送りしたメールについて、まだご返信を確認できておりませんでしたので、再度ご連絡いたしました。</p>
<p>本人確認書類をご提出いただき、ありがとうございました。登録氏名の相違について確認が取れましたので、以下の内容でアカウントの統合を行う準備が整っております。</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb;">
<tr><td style="border:1px solid #d5dbdb;">残るアカウント</td><td style="border:1px solid #d5dbdb;">AWS 40918826</td></tr>
<tr><td style="border:1px solid #d5dbdb;">統合されるアカウント</td><td style="border:1px solid #d5dbdb;">AWS 40977153</td></tr>
</table>
<p>統合の処理は取り消すことができません。上記の内容で相違ないか、本メールにご返信のうえお知らせください。<br>
12月19日までにご返信をいただけない場合、本ケースは自動的にクローズされますのでご注意ください。</p>
<p>よろしくお願いいたします。</p>
<p>石井<br>Amazon Web Services<br>AWS トレーニングと認定</p>""", 'ja')
h, _ = aws_mail('ocn', NAKA, dt, FORM_SUBJ(C_NAKA, 'RE: '), None)
add('n_remind', 're-case-form-submission-ja', 'merge_confirmation_requested', 'ja', C_NAKA,
    ['AWS40918826', 'AWS40977153'], True, h,
    alt(part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 17. Hannah closure that also states merge done
dt = T('2025-08-19 16:31:55')
txt = f"""Hello Hannah,

We're writing to let you know that your case {C_HANNAH}, "Account Merge - two certification profiles", has been resolved and closed.

Summary from your support agent:
"Your two certification profiles have now been merged. AWS 73309158 is your single active account and holds both of your certifications; the profile AWS 73361420 has been deactivated. Please allow up to 24 hours for the change to appear on your dashboard."

If your issue has not been resolved, you can reopen this case within 14 days by replying through the Support Center.

How did we do?
Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId={C_HANNAH}&resolved=yes
NO:  https://console.aws.amazon.com/support/feedback?displayId={C_HANNAH}&resolved=no

Sincerely,
Amazon Web Services
"""
html = html_wrap(f"""<p>Hello Hannah,</p>
<p>We&#39;re writing to let you know that your case {C_HANNAH}, &quot;Account Merge - two certification profiles&quot;, has been resolved and closed.</p>
<p><b>Summary from your support agent:</b></p>
<blockquote style="border-left:3px solid #d5dbdb;margin:0;padding-left:12px;color:#414d5c;">Your two certification profiles have now been merged. AWS 73309158 is your single active account and holds both of your certifications; the profile AWS 73361420 has been deactivated. Please allow up to 24 hours for the change to appear on your dashboard.</blockquote>
<p>If your issue has not been resolved, you can reopen this case within 14 days by replying through the Support Center.</p>
<p style="font-size:16px;font-weight:bold;">How did we do?</p>
<p>Was your issue resolved?&nbsp;&nbsp;<a href="https://console.aws.amazon.com/support/feedback?displayId={C_HANNAH}&amp;resolved=yes">YES</a>&nbsp;|&nbsp;<a href="https://console.aws.amazon.com/support/feedback?displayId={C_HANNAH}&amp;resolved=no">NO</a></p>
<p>Sincerely,<br>Amazon Web Services</p>""")
h, _ = aws_mail('gmail', HANNAH, dt, f"Amazon Web Services: Your Support case {C_HANNAH} has been resolved", None, frm=NOREPLY)
add('h_closed_done', 'support-case-resolved', 'merge_completed', 'en', C_HANNAH,
    ['AWS73309158', 'AWS73361420'], True, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 18. Credly badge ja (Kenji)
dt = T('2025-09-12 18:40:33')
badge = str(uuid.UUID(int=R.getrandbits(128)))
txt = f"""渡辺 健二 さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。

  AWS Certified Developer – Associate

このバッジは、AWS 認定アカウントの更新に伴い、{KENJI} に登録されている Credly アカウントへ発行されたものです。
下のリンクからバッジを受け取り、プロフィールに追加しましょう。

バッジを受け取る:
https://www.credly.com/badges/{badge}/accept?locale=ja

受け取ったバッジは、LinkedIn やメールの署名などで共有できます。

Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006
通知設定の変更: https://www.credly.com/earner/settings/notifications
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;margin:0;">
<div style="max-width:560px;margin:0 auto;background:#fff;font-family:'Hiragino Sans',Meiryo,Arial,sans-serif;color:#333;">
<div style="padding:20px;text-align:center;"><img src="https://images.credly.com/size/110x110/images/aws-tc-logo.png" alt="Amazon Web Services Training and Certification" width="110"></div>
<div style="padding:0 32px 24px;">
<p style="font-size:18px;">渡辺 健二 さん</p>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<p style="font-size:17px;font-weight:bold;">AWS Certified Developer &ndash; Associate</p>
<p>このバッジは、AWS 認定アカウントの更新に伴い、{KENJI} に登録されている Credly アカウントへ発行されたものです。</p>
<p style="text-align:center;"><a href="https://www.credly.com/badges/{badge}/accept?locale=ja" style="display:inline-block;background:#0b5cff;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;">バッジを受け取る</a></p>
<p>受け取ったバッジは、LinkedIn やメールの署名などで共有できます。</p>
</div>
<div style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee;">Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006<br><a href="https://www.credly.com/earner/settings/notifications">通知設定の変更</a></div>
</div></body></html>
"""
h = credly_hdrs('gmail', KENJI, dt, ew("Amazon Web Services Training and Certification からバッジが発行されました", first_room=66))
add('k_credly', 'credly-badge-ja', 'credly_badge_issued', 'ja', None, [], True, h,
    alt(part(txt, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64')))

# ============================================================== 19. Credly's own account merge code (Daniel) -> unrelated
dt = T('2025-08-03 11:26:40')
txt = """Hi Daniel,

We received a request to merge the Credly account registered to daniel.moreau@lumenworks.io into your account daniel.moreau84@outlook.com.

To verify that you own daniel.moreau@lumenworks.io, enter this code on the merge page:

    482913

Or select Complete Account Merge:
https://www.credly.com/users/account_merge/confirm?token=6f0c1e9a2b7d4c3f

This code expires in 30 minutes. Once the merge is complete, all badges from daniel.moreau@lumenworks.io will appear on your daniel.moreau84@outlook.com profile, and the merged account will be closed.

If you did not request this, you can safely ignore this email.

The Credly Team
"""
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;">
<div style="max-width:520px;margin:0 auto;padding:24px;">
<img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="96">
<p>Hi Daniel,</p>
<p>We received a request to merge the Credly account registered to <b>daniel.moreau@lumenworks.io</b> into your account <b>daniel.moreau84@outlook.com</b>.</p>
<p>To verify that you own daniel.moreau@lumenworks.io, enter this code on the merge page:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold;">482913</p>
<p><a href="https://www.credly.com/users/account_merge/confirm?token=6f0c1e9a2b7d4c3f" style="background:#0b5cff;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px;">Complete Account Merge</a></p>
<p>This code expires in 30 minutes. Once the merge is complete, all badges from daniel.moreau@lumenworks.io will appear on your daniel.moreau84@outlook.com profile, and the merged account will be closed.</p>
<p style="color:#888;font-size:12px;">If you did not request this, you can safely ignore this email.</p>
<p>The Credly Team</p></div></body></html>
"""
h = credly_hdrs('o365', DANIEL, dt, 'Your Credly account merge verification code', name='Credly')
add('d_credly_code', 'credly-account-code', 'unrelated', 'en', None, [], True, h,
    alt(part(txt, 'plain', 'us-ascii', '7bit'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 20. Credly expiry reminder ja (Nakamura) -> unrelated
dt = T('2025-12-15 09:02:11')
txt = """中村 亮 さん

お持ちのバッジ「AWS Certified Solutions Architect – Associate」は、2026年2月14日に有効期限が切れます。

有効期限が切れると、バッジはプロフィール上で「期限切れ」と表示されます。
引き続き認定を維持するには、有効期限までに再認定の要件を満たしてください。
再認定が完了すると、新しいバッジが発行されます。

再認定について詳しく見る:
https://aws.amazon.com/jp/certification/recertification/

バッジを見る:
https://www.credly.com/earner/earned

Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006
"""
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;color:#333;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
<p>中村 亮 さん</p>
<p>お持ちのバッジ「<b>AWS Certified Solutions Architect &ndash; Associate</b>」は、<b>2026年2月14日</b>に有効期限が切れます。</p>
<p>有効期限が切れると、バッジはプロフィール上で「期限切れ」と表示されます。引き続き認定を維持するには、有効期限までに再認定の要件を満たしてください。再認定が完了すると、新しいバッジが発行されます。</p>
<p><a href="https://aws.amazon.com/jp/certification/recertification/">再認定について詳しく見る</a></p>
<p><a href="https://www.credly.com/earner/earned" style="background:#0b5cff;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px;">バッジを見る</a></p>
<p style="font-size:11px;color:#888;">Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006</p></div></body></html>
"""
h = credly_hdrs('ocn', NAKA, dt, ew("バッジの有効期限が近づいています: AWS Certified Solutions Architect – Associate", first_room=66), name='Credly')
add('n_credly_expiry', 'credly-expiry-ja', 'unrelated', 'ja', None, [], True, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 21. Priya survey with completion quoted below
dt = T('2025-05-30 11:46:52')
txt = f"""Hi Priya,

Your recent case with AWS Training and Certification (case {C_PRIYA}) has been closed. We'd love to hear how it went - the survey takes less than a minute.

How satisfied were you with the support you received?
https://amazonmr.au1.qualtrics.com/jfe/form/SV_9Yt2KmQx4bLr1Gm?case={C_PRIYA}

Thank you for helping us improve.

AWS Training and Certification

For your reference, the last message on your case is included below.

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Friday, May 30, 2025 11:45 AM
To: {PRIYA}
Subject: {FORM_SUBJ(C_PRIYA)}

Hi Priya,

I'm pleased to let you know that your request has been processed. AWS04418273 is now your only active certification account: your Solutions Architect - Associate and Cloud Practitioner certifications, your exam history and your 50% exam benefit all show there now. The old profile (AWS09931150) has been retired.
"""
h, _ = aws_mail('gmail', PRIYA, dt, f"How did we do? Your AWS Training and Certification case {C_PRIYA}", None)
add('p_survey', 'how-did-we-do', 'survey', 'en', C_PRIYA, [], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 22. Yamamoto working on it, conditional "統合が完了しましたら"
dt = T('2025-10-08 07:45:03')
txt = f"""山本 拓也 様

お世話になっております。AWS トレーニングと認定の佐々木です。

統合内容についてご確認いただき、ありがとうございます。
現在、担当部署にて AWS 58203371 から AWS 58214490 への統合作業を進めております。

通常 2〜3 営業日ほどで処理が終わります。統合が完了しましたら、改めて本ケースにてご連絡いたしますので、
今しばらくお待ちくださいませ。

なお、作業中は両方のアカウントで試験のご予約やプロフィールの変更を行わないようお願いいたします。

佐々木
Amazon Web Services
AWS トレーニングと認定
"""
h, _ = aws_mail('o365', YAMA, dt, FORM_SUBJ(C_YAMA), None)
add('y_working', 're-case-account-assistance-ja', 'support_reply', 'ja', C_YAMA,
    ['AWS58203371', 'AWS58214490'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 23. Emily confirmation request without "confirm"/"merge", lower-case ids
dt = T('2025-11-05 18:33:47')
txt = f"""Hello Emily,

Thanks for getting back to me so quickly.

Here is what will happen if we go ahead:

  Account that stays:      aws20576634 ({EMILY})
  Accounts folded into it: aws-87120349, aws-55102873

All exam history, certifications and benefits from the last two will be carried over to aws20576634, and those two profiles will be switched off permanently. There is no way to split them apart again afterwards.

If that matches what you want, just respond on this case with "Yes, go ahead" from the Support Center and I'll hand it over to the team that processes these. If anything should be different (for example you would rather keep your Gmail sign-in), let me know before then.

{CONSOLE_FOOT_EN}

Best regards,
Marco T.
Amazon Web Services

To see the details of this case, or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C_EMILY}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
h, _ = aws_mail('o365', EMILY, dt, f"RE:[CASE {C_EMILY}] Merge duplicate certification accounts", None, frm=NOREPLY)
add('e_confirm', 're-case-merge-duplicate', 'merge_confirmation_requested', 'en', C_EMILY,
    ['AWS20576634', 'AWS87120349', 'AWS55102873'], True, h, part(txt, 'plain', 'us-ascii', '7bit'))

# ============================================================== 24. Yamamoto completed "移行いたしました", Shift_JIS base64
dt = T('2025-10-10 02:20:15')
txt = f"""山本 拓也 様

いつもお世話になっております。AWS トレーニングと認定の佐々木です。

お待たせいたしました。
AWS 58203371 に登録されていた認定資格(AWS Certified Solutions Architect - Professional ほか 2 件)および受験履歴を、
AWS 58214490 へ移行いたしました。
AWS 58203371 は無効化されておりますので、今後は AWS 58214490 にサインインしてご利用ください。

認定アカウントの画面へ反映されるまで、最大 24 時間ほどかかる場合がございます。

ほかにご不明な点がございましたら、本メールにご返信ください。

佐々木
Amazon Web Services
AWS トレーニングと認定
"""
h, _ = aws_mail('o365', YAMA, dt, FORM_SUBJ(C_YAMA), None)
add('y_done', 're-case-account-assistance-ja', 'merge_completed', 'ja', C_YAMA,
    ['AWS58203371', 'AWS58214490'], True, h, part(txt, 'plain', 'shift_jis', 'base64', label='Shift_JIS', crlf=True))

# ============================================================== 25. Raj form ack, HTML only, no Authentication-Results
dt = T('2026-04-07 12:48:33')
html = html_wrap(f"""<p>Hello Raj,</p>
<p>Your request has been logged with reference number <b>{C_RAJ}</b>.</p>
<p>Our Training and Certification team aims to respond within 24 hours. There is no need to submit the form again for the same issue &ndash; if you have anything to add, simply reply to this email and keep the reference number in the subject line.</p>
<table cellpadding="4" style="font-size:13px;color:#414d5c;">
<tr><td>Inquiry type:</td><td>AWS Training and Certification</td></tr>
<tr><td>Category:</td><td>Certification</td></tr>
<tr><td>Detail:</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID:</td><td>AWS66140728</td></tr>
<tr><td>Preferred language:</td><td>English</td></tr>
</table>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078;">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This email was sent to {RAJ}.</p>""")
host, ip = ses_host()
sid = ses_id(dt)
h = [('Received', f"from EXCH-MBX03.meridianhealth.org (10.40.3.23) by EXCH-MBX01.meridianhealth.org\n (10.40.3.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\n Transport; {rfc(dt + timedelta(seconds=6), ET)}"),
     ('Received', f"from mx-in-02.meridianhealth.org (10.40.2.17) by EXCH-MBX03.meridianhealth.org\n (10.40.3.23) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; {rfc(dt + timedelta(seconds=5), ET)}"),
     ('Received', f"from {host} ([{ip}])\n by mx-in-02.meridianhealth.org with ESMTP id {rhex(6).upper()}\n for <{RAJ}>; {rfc(dt + timedelta(seconds=3), ET)}"),
     ('Return-Path', f"<{sid}@amazonses.com>")] + amazon_dkim(dt) + [
     ('Date', rfc(dt)), ('From', addr(AWSNAME, FORM)), ('To', RAJ),
     ('Subject', f"[CASE {C_RAJ}] We have received your request - AWS Training and Certification"),
     ('Message-ID', f"<{sid}@email.amazonses.com>")] + ses_extra(dt, ip) + [
     ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'), ('X-MS-Exchange-Organization-SCL', '0')]
add('r_ack', 'request-received', 'case_created', 'en', C_RAJ, ['AWS66140728'], None, h,
    part(html, 'html', 'utf-8', 'quoted-printable'))

# ============================================================== 26. Yamamoto billing case (consolidated billing) -> unrelated
dt = T('2025-10-20 06:12:40')
txt = f"""山本 拓也 様

Amazon Web Services にお問い合わせいただきありがとうございます。請求担当の松本です。

AWS Organizations の一括請求(コンソリデーティッドビリング)への移行についてご案内いたします。

管理アカウントから、メンバーアカウント 4411-2093-8817 を組織に招待してください。メンバーアカウント側で招待を承諾いただくと、
翌日以降の利用料金は管理アカウントの請求にまとめられます。承諾前の期間の料金は、引き続きメンバーアカウント側で請求されます。

なお、リザーブドインスタンスおよび Savings Plans の割引は、組織内のアカウント間で共有されます。

手順の詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ほかにご質問がございましたら、サポートセンターより本ケースにご返信ください。

よろしくお願いいたします。
松本
Amazon Web Services

このケースの詳細を確認する、または返信するには、次のリンクにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={C_BILL}&language=ja
"""
h, _ = aws_mail('o365', YAMA, dt, ew_tail(f"RE:[CASE {C_BILL}] ", "請求をまとめたい(一括請求への移行)"), None, frm=NOREPLY)
add('y_billing', 're-case-billing-ja', 'unrelated', 'ja', C_BILL, [], True, h, part(txt, 'plain', 'utf-8', 'base64'))

# ============================================================== 27. Daniel follow-up: still need help?
dt = T('2025-07-21 15:04:29')
txt = f"""Hello Daniel,

I'm following up on case {C_DANIEL} regarding your certification account merge request.

So far we have located AWS93025517 ({DANIEL}). On July 15 we asked for the sign-in e-mail address of your second certification account so that we can find it, but we have not received a reply yet.

Could you let us know whether you still need assistance with this request? If so, please reply to this e-mail with the address you used when you sat your Security - Specialty exam.

If we don't hear from you within 5 business days, this case will be closed automatically. You can still reply later and we will reopen it for you.

Best regards,
Siobhan
AWS Training & Certification
"""
h, _ = aws_mail('o365', DANIEL, dt, FORM_SUBJ(C_DANIEL), None)
add('d_followup', 're-case-form-submission', 'support_reply', 'en', C_DANIEL, ['AWS93025517'], True, h,
    part(txt, 'plain', 'us-ascii', '7bit'))

# ============================================================== 28. Sato confirmation, HTML only table
dt = T('2026-01-22 03:05:50')
html = html_wrap(f"""<p>佐藤 美咲 様</p>
<p>お世話になっております。トレーニングと認定担当の森でございます。<br>情報をお送りいただき、ありがとうございました。</p>
<p>いただいた内容をもとに、以下のアカウントを確認いたしました。</p>
<table cellpadding="8" style="border-collapse:collapse;font-size:14px;">
<tr style="background:#f2f3f3;"><th style="border:1px solid #d5dbdb;text-align:left;">区分</th><th style="border:1px solid #d5dbdb;text-align:left;">AWS 受験者 ID</th><th style="border:1px solid #d5dbdb;text-align:left;">サインイン用メールアドレス</th></tr>
<tr><td style="border:1px solid #d5dbdb;">残るアカウント</td><td style="border:1px solid #d5dbdb;">AWS 26607341</td><td style="border:1px solid #d5dbdb;">{SATO}</td></tr>
<tr><td style="border:1px solid #d5dbdb;">統合されるアカウント</td><td style="border:1px solid #d5dbdb;">AWS 26698852</td><td style="border:1px solid #d5dbdb;">m.sato@hikari-med.jp</td></tr>
</table>
<p>統合を実施すると、AWS 26698852 の認定資格と受験履歴は AWS 26607341 に移り、AWS 26698852 はご利用いただけなくなります。<b>統合後にもとの状態に戻すことはできません。</b></p>
<p>この内容で統合を進めてよろしいでしょうか。サポートセンターから本ケースにご返信いただけますと幸いです。</p>
<p>よろしくお願いいたします。<br>森<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078;">このケースの詳細を確認する、または返信するには、次のリンクにアクセスしてください:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_SATO}&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId={C_SATO}&amp;language=ja</a></p>
<p style="font-size:12px;color:#687078;">*このメールは送信専用のアドレスから送信されています。ご返信の際は上記のリンクをご利用ください。</p>""", 'ja')
h, _ = aws_mail('biglobe', SATO, dt, ew_tail(f"RE:[CASE {C_SATO}] ", "認定アカウントの統合について"), None, frm=NOREPLY)
add('s_confirm', 're-case-ninteiaccount', 'merge_confirmation_requested', 'ja', C_SATO,
    ['AWS26607341', 'AWS26698852'], True, h, part(html, 'html', 'utf-8', 'base64'))

# ============================================================== 29. Daniel completed, wrong charset label, Outlook-quoted confirm below
dt = T('2025-07-25 17:52:08')
txt = f"""Hi Daniel,

All done – your two certification profiles are now one. AWS93025517 is the account you’ll keep using; everything that was on AWS93088264 (your Security – Specialty certification and exam history) has been moved across, and that older profile is closed.

Please give it up to 24 hours to show on your dashboard.

Cheers,
Siobhán
AWS Training & Certification

________________________________
From: Daniel Moreau <{DANIEL}>
Sent: Thursday, July 24, 2025 9:37 PM
To: Amazon Web Services <{FORM}>
Subject: Re: {FORM_SUBJ(C_DANIEL)}

Confirmed – please go ahead.

Daniel

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, July 23, 2025 10:14 AM
To: {DANIEL}
Subject: {FORM_SUBJ(C_DANIEL)}

Hello Daniel,

Thank you for sending the details. Please confirm that you would like us to merge AWS 93088264 into AWS 93025517. AWS 93025517 will be kept and AWS 93088264 will be deactivated. This cannot be reversed.

Please reply to this e-mail to confirm.

Best regards,
Siobhán
"""
h, _ = aws_mail('o365', DANIEL, dt, FORM_SUBJ(C_DANIEL), None)
add('d_done', 're-case-form-submission', 'merge_completed', 'en', C_DANIEL,
    ['AWS93025517', 'AWS93088264'], True, h,
    part(txt, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1'))

# ============================================================== 30. Nakamura auto-closed (survey)
dt = T('2025-12-19 03:00:41')
txt = f"""中村 亮 様

AWS トレーニングと認定です。

ケース {C_NAKA} につきまして、12月12日にご連絡して以降ご返信をいただけなかったため、本ケースをクローズいたしました。

引き続きご依頼の手続きをご希望の場合は、本メールにご返信いただければケースを再開いたします。

今回の対応について、以下のアンケートにご協力いただけますと幸いです。

問題は解決しましたか?
  はい   https://amazonmr.au1.qualtrics.com/jfe/form/SV_3KxT8rB1nQ0zYbA?case={C_NAKA}&r=1
  いいえ https://amazonmr.au1.qualtrics.com/jfe/form/SV_3KxT8rB1nQ0zYbA?case={C_NAKA}&r=0

Amazon Web Services
AWS トレーニングと認定
"""
h, _ = aws_mail('ocn', NAKA, dt, FORM_SUBJ(C_NAKA, 'RE: '), None)
add('n_autoclose', 're-case-form-submission-ja', 'survey', 'ja', C_NAKA, [], True, h,
    part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'))

# ============================================================== 31. Credly via youracclaim (Daniel)
dt = T('2025-08-06 13:15:22')
badge = str(uuid.UUID(int=R.getrandbits(128)))
txt = f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Security – Specialty

Claim your badge to make it part of your profile and share it with your network:
https://www.youracclaim.com/badges/{badge}/accept

Issued to: {DANIEL}

Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006
"""
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;background:#f5f5f5;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;">
<p style="font-size:22px;">Congratulations, Daniel!</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-weight:bold;font-size:17px;">AWS Certified Security &ndash; Specialty</p>
<p><a href="https://www.youracclaim.com/badges/{badge}/accept" style="background:#0b5cff;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px;">Accept badge</a></p>
<p style="font-size:12px;color:#777;">Issued to: {DANIEL}</p>
<p style="font-size:11px;color:#999;">Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006</p>
</div></body></html>
"""
h = credly_hdrs('o365', DANIEL, dt, 'Amazon Web Services Training and Certification has issued you a badge',
                frm='admin@youracclaim.com', dom='youracclaim.com')
add('d_credly', 'acclaim-badge', 'credly_badge_issued', 'en', None, [], True, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 32. Nakamura duplicate case notice (support_reply)
dt = T('2025-12-03 05:02:36')
txt = f"""中村 亮 様

お世話になっております。AWS トレーニングと認定の石井です。

12月3日に同じ内容でケース {C_NAKA_DUP} をご作成いただいておりますが、本ケース {C_NAKA} と同一のご依頼のため、
今後は本ケースにて対応させていただきます。ケース {C_NAKA_DUP} は重複としてクローズいたしますので、ご了承ください。

同じご依頼で新しいケースを作成されますと、かえって対応が遅れる場合がございます。
追加のご連絡は、本メールへのご返信にてお願いいたします。

現在、ご申告いただいた 2 つのアカウント(AWS-40918826、AWS-40977153)の登録情報を確認しております。
確認が終わり次第、改めてご連絡いたします。

石井
Amazon Web Services
AWS トレーニングと認定
"""
h, _ = aws_mail('ocn', NAKA, dt, FORM_SUBJ(C_NAKA, 'RE: '), None)
add('n_dup', 're-case-form-submission-ja', 'support_reply', 'ja', C_NAKA,
    ['AWS40918826', 'AWS40977153'], True, h, part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'))

# ============================================================== 33. Marcus's own reply (CC to work) -> unrelated
dt = T('2026-02-10 21:15:37')
sid_035 = ses_id(T('2026-02-10 19:02:14'))
txt = f"""Hi,

The details are correct. Please proceed with merging AWS 35512086 into AWS 35590247 - 35590247 should be the one that stays.

Thanks,
Marcus

On Tue, Feb 10, 2026 at 11:02 AM Amazon Web Services <{FORM}> wrote:

> Hello Marcus,
>
> Thank you for contacting AWS Training and Certification.
>
> Please view this message in an HTML-capable e-mail client to see the full
> details of your case.
>
"""
html = f"""<div dir="ltr">Hi,<div><br></div><div>The details are correct. Please proceed with merging AWS 35512086 into AWS 35590247 - 35590247 should be the one that stays.</div><div><br></div><div>Thanks,</div><div>Marcus</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, Feb 10, 2026 at 11:02 AM Amazon Web Services &lt;<a href="mailto:{FORM}">{FORM}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Marcus,<br><br>Thank you for contacting AWS Training and Certification.<br><br>Please view this message in an HTML-capable e-mail client to see the full details of your case.<br></blockquote></div>
"""
ip = '209.85.128.53'
ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\n"
      f" header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass\n reason=100")
h = o365('marcus.lee@harborline.io', dt + timedelta(seconds=2), 'mail-wm1-f53.google.com', ip, ar,
         f"Pass (protection.outlook.com: domain of gmail.com designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo=mail-wm1-f53.google.com; pr=C")
h += [('DKIM-Signature', dkim_sig('gmail.com', '20230601', dt, 'cc:to:subject:message-id:date:from:in-reply-to:references:mime-version')),
      ('X-Gm-Message-State', 'AOJu0Y' + rb64(60)[:74]),
      ('From', 'Marcus Lee <marcus.lee.aws@gmail.com>'), ('Date', rfc(dt, PT)),
      ('Message-ID', f"<CAK{rb64(30)[:40].replace('/', '_').replace('+', '-')}@mail.gmail.com>"),
      ('In-Reply-To', f"<{sid_035}@email.amazonses.com>"), ('References', f"<{sid_035}@email.amazonses.com>"),
      ('Subject', 'Re: ' + FORM_SUBJ(C_MARCUS)),
      ('To', f"Amazon Web Services <{FORM}>"), ('Cc', 'Marcus Lee <marcus.lee@harborline.io>')] + o365_tail(dt)
add('m_own_reply', 're-re-case-account-assistance', 'unrelated', 'en', C_MARCUS,
    ['AWS35512086', 'AWS35590247'], False, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable'), boundary=gmail_boundary()))

# ============================================================== 34. Sato completed, console, with rating footer
dt = T('2026-01-23 08:30:27')
txt = f"""佐藤 美咲 様

お待たせいたしました。トレーニングと認定担当の森でございます。

ご確認いただいた内容のとおり、AWS 26698852 を AWS 26607341 に統合する作業が本日完了いたしました。
受験履歴と認定資格は、すべて AWS 26607341 でご確認いただけます。

Credly のバッジについては、統合後のアカウントに登録されているメールアドレス宛てに、Credly から順次ご案内が届く予定です。
1 週間ほど経ってもメールが届かない場合は、本ケースにてお知らせください。

お客様のご意見をお聞かせください。サポートセンターの本ケースの画面で、各回答の右上にある星を選択して評価いただけます。

よろしくお願いいたします。
森
Amazon Web Services

このケースの詳細を確認する、または返信するには、次のリンクにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={C_SATO}&language=ja

*このメールは送信専用のアドレスから送信されています。ご返信の際は上記のリンクをご利用ください。
"""
h, _ = aws_mail('biglobe', SATO, dt, ew_tail(f"RE:[CASE {C_SATO}] ", "認定アカウントの統合について"), None, frm=NOREPLY)
add('s_done', 're-case-ninteiaccount', 'merge_completed', 'ja', C_SATO,
    ['AWS26607341', 'AWS26698852'], True, h, part(txt, 'plain', 'utf-8', 'base64'))

# ============================================================== 35. Marcus confirmation request, text part generic, html carries request
dt = T('2026-02-10 19:02:14')
txt = f"""Hello Marcus,

Thank you for contacting AWS Training and Certification.

Please view this message in an HTML-capable e-mail client to see the full details of your case.

Case: {C_MARCUS}

AWS Training and Certification
"""
html = html_wrap(f"""<p>Hello Marcus,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>Based on the information you provided, we found the following certification accounts:</p>
<table cellpadding="6" style="border-collapse:collapse;">
<tr><td style="border:1px solid #d5dbdb;"><b>Account to keep</b></td><td style="border:1px solid #d5dbdb;">AWS 35590247</td><td style="border:1px solid #d5dbdb;">{MARCUS}</td></tr>
<tr><td style="border:1px solid #d5dbdb;"><b>Account to be merged</b></td><td style="border:1px solid #d5dbdb;">AWS 35512086</td><td style="border:1px solid #d5dbdb;">mlee@quayside-dev.com</td></tr>
</table>
<p>After the merge, all certifications, exam history and exam benefits from AWS 35512086 will be available on AWS 35590247, and AWS 35512086 will be deactivated. <b>A merge is permanent and cannot be reversed.</b></p>
<p>Please reply to this email to confirm that these details are correct and that you would like us to proceed.</p>
<p>Best regards,<br>Kavya R.<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078;">Case: {C_MARCUS}</p>""")
h, _ = aws_mail('gmail', MARCUS, dt, FORM_SUBJ(C_MARCUS), None)
# make the Message-ID match the one Marcus replied to
h = [(k, f"<{sid_035}@email.amazonses.com>") if k == 'Message-ID' else (k, v) for k, v in h]
add('m_confirm', 're-case-account-assistance', 'merge_confirmation_requested', 'en', C_MARCUS,
    ['AWS35590247', 'AWS35512086'], True, h,
    alt(part(txt, 'plain', 'us-ascii', '7bit'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 36. Colleague mail to Yamamoto, internal, no AR
dt = T('2025-10-10 05:03:12')
txt = """山本さん

岡田です。統合の件、無事に終わったとのことでよかったです。
実は私も前の会社のアドレスで受験した分が別アカウント(AWS 58391107)になっていて、
同じように申請しようと思っています。
問い合わせフォームでどの項目を選んだか、教えてもらえますか?

よろしくお願いします。

> 岡田さん
>
> 山本です。先日申請した認定アカウントの統合ですが、本日 AWS から完了の連絡がありました。
> 新しいほうの AWS58214490 に一本化されています。
> 旧アカウント(AWS58203371)の資格もちゃんと移っていました。
"""
h = [('Received', f"from KWS-EX02.kowa-sys.local (10.8.1.12) by KWS-EX01.kowa-sys.local\n (10.8.1.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10 via Mailbox\n Transport; {rfc(dt + timedelta(seconds=1), JST)}"),
     ('Received', f"from KWS-EX02.kowa-sys.local (10.8.1.12) by KWS-EX02.kowa-sys.local\n (10.8.1.12) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; {rfc(dt, JST)}"),
     ('From', addr('岡田 真一', 'okada.shinichi@kowa-sys.co.jp', 'ISO-2022-JP')),
     ('To', addr('山本 拓也', YAMA, 'ISO-2022-JP')),
     ('Subject', ew('Re: AWS認定アカウントの統合', 'ISO-2022-JP')),
     ('Thread-Topic', ew('AWS認定アカウントの統合', 'ISO-2022-JP')),
     ('Thread-Index', 'AQHcOaB' + rb64(30)[:34]),
     ('Date', rfc(dt, JST)),
     ('Message-ID', f"<{rhex(16).upper()}@KWS-EX02.kowa-sys.local>"),
     ('References', f"<{rhex(16).upper()}@KWS-EX01.kowa-sys.local>"),
     ('In-Reply-To', f"<{rhex(16).upper()}@KWS-EX01.kowa-sys.local>"),
     ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
     ('X-MS-Exchange-Organization-AuthSource', 'KWS-EX02.kowa-sys.local'),
     ('X-MS-Exchange-Organization-AuthAs', 'Internal')]
add('y_colleague', 're-nintei-tougou', 'unrelated', 'ja', None, ['AWS58391107'], None, h,
    part(txt, 'plain', 'iso-2022-jp', '7bit', label='iso-2022-jp'))

# ============================================================== 37. Daniel: Credly badges not moved yet (support_reply)
dt = T('2025-08-01 16:40:19')
txt = f"""Hello Daniel,

Thank you for letting us know that your Security – Specialty badge is still showing on your old Credly profile.

Badges are not always moved automatically when certification accounts are combined. I have asked our Credly team to transfer the badges linked to AWS93088264 to the Credly profile associated with AWS93025517 ({DANIEL}). Once the transfer has gone through, Credly will send you an e-mail inviting you to accept the badge.

This normally takes 3–5 business days. There is no need to open a new case; if the e-mail has not arrived by August 11, simply reply here.

Best regards,
Siobhán
AWS Training & Certification
"""
h, _ = aws_mail('o365', DANIEL, dt, FORM_SUBJ(C_DANIEL), None)
add('d_credly_pending', 're-case-form-submission', 'support_reply', 'en', C_DANIEL,
    ['AWS93088264', 'AWS93025517'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 38. Yamamoto form ack, Shift_JIS 8bit
dt = T('2025-10-06 01:12:30')
txt = f"""山本 拓也 様

この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

以下の内容でお問い合わせを承りました。担当者より順次ご連絡いたしますので、今しばらくお待ちください。

受付番号: {C_YAMA}
お問い合わせの種類: AWS トレーニングと認定
カテゴリ: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS58214490

※同一のお問い合わせを複数回送信いただく必要はございません。
※このメールにご返信いただくと、上記のお問い合わせへの追加情報として記録されます。

Amazon Web Services
AWS トレーニングと認定
"""
h, _ = aws_mail('o365', YAMA, dt, ew_tail(f"[CASE {C_YAMA}] ", "お問い合わせありがとうございます - AWS トレーニングと認定", 'ISO-2022-JP'), None)
add('y_ack', 'case-uketsuke-form', 'case_created', 'ja', C_YAMA, ['AWS58214490'], True, h,
    part(txt, 'plain', 'shift_jis', '8bit', label='Shift_JIS'))

# ============================================================== 39. Spoofed console ack with dmarc=fail on top, forged pass lower (Sofia)
dt = T('2026-03-02 22:17:48')
ip = '193.42.33.170'
mf = f"info@{'kzmailer.online'}"
ar = (f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};\n"
      f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")
link = f"http://console-aws-support.kzmailer.online/support/home?displayId={C_FAKE1}"
txt = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C_FAKE1} to address your issue.

Case ID: {C_FAKE1}
Subject: Certification account merge request
Severity: General guidance
Candidate ID: AWS 51760092

If you did not submit this request, sign in to cancel it within 24 hours:
{link}

Sincerely,
Amazon Web Services
"""
html = html_wrap(f"""<p>Dear Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {C_FAKE1} to address your issue.</p>
<p><b>Case ID:</b> {C_FAKE1}<br><b>Subject:</b> Certification account merge request<br><b>Severity:</b> General guidance<br><b>Candidate ID:</b> AWS 51760092</p>
<p>If you did not submit this request, <a href="{link}">sign in to cancel it</a> within 24 hours.</p>
<p>Sincerely,<br>Amazon Web Services</p>""")
h = gmail(SOFIA, dt + timedelta(seconds=3), 'vps-33170.kzmailer.online', ip, mf, ar, arc=False)
h += [('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com'),
      ('Date', rfc(dt)), ('From', addr(AWSNAME, NOREPLY)), ('To', SOFIA),
      ('Subject', f"Amazon Web Services: You have opened a new Support case: {C_FAKE1}"),
      ('Message-ID', f"<{ses_id(dt)}@email.amazonses.com>"), ('X-Mailer', 'Microsoft Outlook 16.0')]
add('s_phish_ack', 'aws-support-new-case', 'case_created', 'en', C_FAKE1, ['AWS51760092'], False, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 40. Credly badges transferred ja (Takahashi)
dt = T('2025-06-20 04:11:58')
b1, b2 = str(uuid.UUID(int=R.getrandbits(128))), str(uuid.UUID(int=R.getrandbits(128)))
txt = f"""高橋 由美 さん

AWS 認定アカウントの統合に伴い、以下のバッジがお客様の Credly アカウントに移行されました。

  ・AWS Certified Cloud Practitioner
  ・AWS Certified AI Practitioner

バッジを受け取って、プロフィールに表示しましょう。
https://www.credly.com/badges/{b1}/accept?locale=ja
https://www.credly.com/badges/{b2}/accept?locale=ja

以前のアカウントで公開していたバッジの URL は無効になります。LinkedIn などで共有している場合は、新しい URL に更新してください。

Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;margin:0;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;font-family:'Hiragino Sans',Meiryo,sans-serif;color:#333;">
<p>高橋 由美 さん</p>
<p>AWS 認定アカウントの統合に伴い、以下のバッジがお客様の Credly アカウントに移行されました。</p>
<ul><li>AWS Certified Cloud Practitioner &nbsp;<a href="https://www.credly.com/badges/{b1}/accept?locale=ja">受け取る</a></li>
<li>AWS Certified AI Practitioner &nbsp;<a href="https://www.credly.com/badges/{b2}/accept?locale=ja">受け取る</a></li></ul>
<p>以前のアカウントで公開していたバッジの URL は無効になります。LinkedIn などで共有している場合は、新しい URL に更新してください。</p>
<p style="font-size:11px;color:#999;">Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006</p></div></body></html>
"""
h = credly_hdrs('sonet', TAKA, dt, ew("高橋さん、2 件のバッジがアカウントに移行されました", first_room=66))
add('t_credly', 'credly-badge-ikou', 'credly_badge_issued', 'ja', None, [], True, h,
    alt(part(txt, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64')))

# ============================================================== 41. CertMetrics "wants to hear from you" (Marcus) -> unrelated
dt = T('2026-03-01 15:30:00')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<img src="https://www.certmetrics.com/amazon/images/aws-certified-logo.png" alt="AWS Certified" width="120">
<p>Dear Marcus Lee,</p>
<p>Thank you for being an AWS Certified individual. AWS Certification wants to hear from you!</p>
<p>Please take about 10 minutes to tell us about your recent certification experience, from preparing for the exam to using your certification at work. Your feedback helps us improve the program.</p>
<p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_eCertExp2026?cid=AWS35590247">Take the survey</a></p>
<p>Candidate ID: AWS35590247</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777;">Please do not reply to this message. This mailbox is not monitored. For questions, visit the AWS Certification Account at https://www.aws.training/certification.</p>
</td></tr></table></body></html>
"""
ip = '198.21.6.112'
mf = 'bounce@certmetrics.com'
ar = (f"dkim=pass header.i=@certmetrics.com header.s=s2 header.b={rb64(6)[:8]};\n"
      f"       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};\n"
      f"       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com")
h = gmail(MARCUS, dt + timedelta(seconds=2), 'o6.mail.certmetrics.com', ip, mf, ar)
h += [('DKIM-Signature', dkim_sig('certmetrics.com', 's2', dt, 'from:subject:mime-version:to:content-type')),
      ('Date', rfc(dt)), ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', MARCUS),
      ('Subject', 'AWS Certification wants to hear from you'),
      ('Message-ID', f"<{rb64(16)[:22].replace('/', '_').replace('+', '-')}@geopod-ismtpd-{R.randint(1,30)}>")]
add('m_certmetrics', 'certification-wants-to-hear', 'unrelated', 'en', None, ['AWS35590247'], False, h,
    part(html, 'html', 'utf-8', 'quoted-printable'))

# ============================================================== 42. Yamamoto confirmation + Credly question, ISO-2022-JP
dt = T('2025-10-07 04:00:52')
txt = f"""山本 拓也 様

お世話になっております。AWS トレーニングと認定の佐々木と申します。

ご依頼の件について確認いたしましたところ、お客様には以下の 2 つの認定アカウントがございました。

 (1) AWS58214490 … {YAMA}(現在ご利用中)
 (2) AWS58203371 … t.yamamoto@plusone-net.jp

(2) を (1) に統合し、(1) を残す形でよろしいでしょうか。
統合を実施すると、(2) の認定資格と受験履歴は (1) に移り、(2) は削除されます。
一度実施した統合は取り消すことができませんので、ご注意ください。

あわせて、Credly のバッジについても (1) のメールアドレスに集約をご希望かどうか、お知らせください。

内容をご確認のうえ、本メールにご返信いただけましたら作業を開始いたします。

佐々木
Amazon Web Services
AWS トレーニングと認定
"""
h, _ = aws_mail('o365', YAMA, dt, FORM_SUBJ(C_YAMA), None)
add('y_confirm', 're-case-account-assistance-ja', 'merge_confirmation_requested', 'ja', C_YAMA,
    ['AWS58214490', 'AWS58203371'], True, h, part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'))

# ============================================================== 43. Phishing "merge completed, verify" (Emily), compauth fail
dt = T('2025-11-10 08:14:30')
ph = 'aws-certmetrics-portal.net'
ip = '185.244.150.19'
html = html_wrap(f"""<p style="font-size:18px;font-weight:bold;">AWS Certification</p>
<p>Hello,</p>
<p>Your certification accounts <b>AWS87120349</b> and <b>AWS20576634</b> were successfully merged on November 9, 2025. All certifications now appear on a single profile.</p>
<p>To keep access to your certifications and your 50% exam voucher, you must re-verify your sign-in details within 24 hours.</p>
<p><a href="https://login.{ph}/verify?u={rhex(10)}" style="display:inline-block;background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold;">Verify now</a></p>
<p>If you do not verify, your merged profile will be locked for security reasons.</p>
<p>AWS Training and Certification</p>""")
ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={ph}; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={ph};compauth=fail\n reason=001")
h = o365(EMILY, dt + timedelta(seconds=2), f"mx1.{ph}", ip, ar,
         f"Pass (protection.outlook.com: domain of {ph} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo=mx1.{ph}; pr=C")
h += [('Date', rfc(dt)), ('From', addr('AWS Certification', f"certification@{ph}")), ('To', EMILY),
      ('Subject', ew("Your AWS Certification accounts have been merged – verify your details", 'UTF-8', 'Q', 66)),
      ('Message-ID', f"<{rhex(10)}.{R.randint(1000,9999)}@{ph}>")] + o365_tail(dt)
add('e_phish_done', 'accounts-merged-verify', 'merge_completed', 'en', None, ['AWS87120349', 'AWS20576634'], False, h,
    part(html, 'html', 'utf-8', 'base64'))

# ============================================================== 44. Sato survey ja, multipart
dt = T('2026-01-23 08:31:40')
txt = f"""佐藤 美咲 様

Amazon Web Services サポートをご利用いただき、ありがとうございました。
ケース {C_SATO}「認定アカウントの統合について」は解決済みとしてマークされました。

今回のサポートについて、ご意見をお聞かせください。

問題は解決しましたか?
はい: https://console.aws.amazon.com/support/feedback?displayId={C_SATO}&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?displayId={C_SATO}&resolved=no&language=ja

引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。

Amazon Web Services
"""
html = html_wrap(f"""<p>佐藤 美咲 様</p>
<p>Amazon Web Services サポートをご利用いただき、ありがとうございました。<br>ケース {C_SATO}「認定アカウントの統合について」は解決済みとしてマークされました。</p>
<p>今回のサポートについて、ご意見をお聞かせください。</p>
<p style="font-weight:bold;">問題は解決しましたか?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={C_SATO}&amp;resolved=yes&amp;language=ja" style="background:#ff9900;color:#16191f;padding:8px 20px;text-decoration:none;">はい</a>&nbsp;&nbsp;<a href="https://console.aws.amazon.com/support/feedback?displayId={C_SATO}&amp;resolved=no&amp;language=ja" style="border:1px solid #aab7b8;color:#16191f;padding:8px 20px;text-decoration:none;">いいえ</a></p>
<p>引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。</p>
<p>Amazon Web Services</p>""", 'ja')
h, _ = aws_mail('biglobe', SATO, dt, ew(f"Amazon Web Services: サポートケース {C_SATO} に関するアンケート", first_room=66), None, frm=NOREPLY)
add('s_survey', 'support-case-enquete', 'survey', 'ja', C_SATO, [], True, h,
    alt(part(txt, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64')))

# ============================================================== 45. Emily EC2 limit increase case -> unrelated
dt = T('2025-11-12 19:26:03')
txt = f"""Hello,

Thank you for your patience while we processed your request.

I'm happy to let you know that your request to raise the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances limit to 256 vCPUs in the EU (Ireland) region has been approved and completed. The new limit is now in effect for your account.

It can take up to 30 minutes for the new value to appear in the Service Quotas console.

{CONSOLE_FOOT_EN}

Best regards,
Jonas W.
Amazon Web Services

To see the details of this case, or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C_EC2}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
h, _ = aws_mail('o365', EMILY, dt, f"RE:[CASE {C_EC2}] Limit Increase: EC2 Instances", None, frm=NOREPLY)
add('e_ec2', 're-case-limit-increase', 'unrelated', 'en', C_EC2, [], True, h, part(txt, 'plain', 'us-ascii', '7bit'))

# ============================================================== 46. Kenji "thank you for confirming, starting", ISO-2022-JP
dt = T('2025-09-11 00:20:45')
txt = f"""渡辺 健二 様

ご確認いただき、ありがとうございます。
それでは、AWS 30277918 を AWS 11820465 へ統合する手続きを開始いたします。

処理には通常 1〜3 営業日ほどかかります。作業が終わりましたら、改めて本ケースにてご連絡いたします。
その間、AWS 30277918 での試験のご予約は行わないようお願いいたします。

小林
Amazon Web Services
AWS トレーニングと認定

2025年9月10日(水) 19:12 渡辺 健二 <{KENJI}>:
> 小林様
>
> ご連絡ありがとうございます。
> 記載いただいた内容で問題ありません。統合をお願いいたします。
>
> 2025年9月10日(水) 10:30 Amazon Web Services <{FORM}>:
> > 渡辺 健二 様
> >
> > お客様のお名前で、以下 2 件の認定アカウントを確認いたしました。
> >
> >   ・存続するアカウント: AWS 11820465 (kenji.watanabe.cloud@gmail.com)
> >   ・統合元のアカウント: AWS 30277918 (k-watanabe@tsubasa-soft.co.jp)
> >
> > 上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
"""
h, _ = aws_mail('gmail', KENJI, dt, FORM_SUBJ(C_KENJI), None)
add('k_proceed', 're-case-account-assistance', 'support_reply', 'ja', C_KENJI,
    ['AWS30277918', 'AWS11820465'], True, h, part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'))

# ============================================================== 47. Priya confirmation with conditional completion wording
dt = T('2025-05-28 15:02:37')
txt = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

I've reviewed your request and found the two accounts below:

Primary (will be kept): AWS04418273 – {PRIYA}
Secondary (will be merged): AWS09931150 – praman@ostrava-analytics.com

Once you confirm, the merge will be completed within 2-3 business days. After completion, all certifications, exam history and benefits from the secondary account will appear on the primary account, and the secondary account will be deactivated.

Please be aware that merging accounts is permanent and cannot be reversed. Kindly reply to this email confirming that the above is correct so we can proceed.

Best regards,
Ana G.
Amazon Web Services
Training and Certification
"""
h, _ = aws_mail('gmail', PRIYA, dt, FORM_SUBJ(C_PRIYA), None)
add('p_confirm', 're-case-form-submission', 'merge_confirmation_requested', 'en', C_PRIYA,
    ['AWS04418273', 'AWS09931150'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 48. Takahashi completed, history pasted with no quote markers
dt = T('2025-06-19 07:26:14')
txt = f"""高橋 由美 様

AWS トレーニングと認定の渡部です。

認定アカウントの統合処理が終わりました。今後は aws10293847 をご利用ください。
aws10266510 に紐づいていた認定資格と受験履歴は、すべて移っております。

渡部
Amazon Web Services

-----
差出人: 高橋 由美 <{TAKA}>
送信日時: 2025/06/18 9:41
件名: Re: RE:[CASE {C_TAKA}] 認定アカウント統合のご依頼について

渡部様

承知しました。お手数ですが、統合をお願いします。

高橋

-----
差出人: Amazon Web Services
送信日時: 2025/06/17 16:03
件名: RE:[CASE {C_TAKA}] 認定アカウント統合のご依頼について

高橋 由美 様

この内容で統合してよろしいでしょうか。ご返信にてご確認ください。
残すアカウント: aws10293847
統合するアカウント: aws10266510
統合後は元に戻すことができません。
"""
h, _ = aws_mail('sonet', TAKA, dt, ew_tail(f"RE:[CASE {C_TAKA}] ", "認定アカウント統合のご依頼について"), None)
add('t_done', 're-case-tougou-irai', 'merge_completed', 'ja', C_TAKA,
    ['AWS10293847', 'AWS10266510'], True, h, part(txt, 'plain', 'utf-8', '8bit'))

# ============================================================== 49. Marcus closure "we hope we were able to help" (survey)
dt = T('2026-02-13 10:44:18')
txt = f"""Hi Marcus,

Your case {C_MARCUS} (account-assistance - Account Merge) has been closed.

We hope we were able to help with your account merge request. Would you take a moment to tell us about your experience?

Was your issue resolved?
Yes: https://amazonmr.au1.qualtrics.com/jfe/form/SV_9Yt2KmQx4bLr1Gm?case={C_MARCUS}&r=yes
No:  https://amazonmr.au1.qualtrics.com/jfe/form/SV_9Yt2KmQx4bLr1Gm?case={C_MARCUS}&r=no

If you need more help with this request, reply to this e-mail within 14 days and your case will be reopened.

AWS Training and Certification
"""
html = html_wrap(f"""<p>Hi Marcus,</p>
<p>Your case {C_MARCUS} (account-assistance - Account Merge) has been closed.</p>
<p>We hope we were able to help with your account merge request. Would you take a moment to tell us about your experience?</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_9Yt2KmQx4bLr1Gm?case={C_MARCUS}&amp;r=yes">Yes</a> &nbsp;|&nbsp; <a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_9Yt2KmQx4bLr1Gm?case={C_MARCUS}&amp;r=no">No</a></p>
<p>If you need more help with this request, reply to this e-mail within 14 days and your case will be reopened.</p>
<p>AWS Training and Certification</p>""")
h, _ = aws_mail('gmail', MARCUS, dt, FORM_SUBJ(C_MARCUS), None)
add('m_survey', 're-case-account-assistance', 'survey', 'en', C_MARCUS, [], True, h,
    alt(part(txt, 'plain', 'us-ascii', '7bit'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 50. Pearson VUE ja (Sato) -> unrelated
dt = T('2026-02-02 11:20:09')
txt = """佐藤 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験: SAA-C03: AWS Certified Solutions Architect - Associate
受験者 ID: AWS26607341
日時: 2026年2月21日(土) 10:00
会場: 東京 大手町テストセンター
    東京都千代田区大手町 1-7-2 東京サンケイビル 9F
言語: 日本語

当日は開始時刻の 30 分前までにご来場ください。
有効な本人確認書類(氏名は予約時の登録内容と一致している必要があります)を 2 点お持ちください。

予約の変更・キャンセルは、試験開始の 24 時間前まで AWS 認定アカウントから行えます。

Pearson VUE
"""
html = html_wrap("""<p>佐藤 美咲 様</p>
<p>Pearson VUE をご利用いただき、ありがとうございます。以下の内容で試験のご予約を承りました。</p>
<table cellpadding="4"><tr><td>試験</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>受験者 ID</td><td>AWS26607341</td></tr><tr><td>日時</td><td>2026年2月21日(土) 10:00</td></tr>
<tr><td>会場</td><td>東京 大手町テストセンター<br>東京都千代田区大手町 1-7-2 東京サンケイビル 9F</td></tr><tr><td>言語</td><td>日本語</td></tr></table>
<p>当日は開始時刻の 30 分前までにご来場ください。有効な本人確認書類(氏名は予約時の登録内容と一致している必要があります)を 2 点お持ちください。</p>
<p>予約の変更・キャンセルは、試験開始の 24 時間前まで AWS 認定アカウントから行えます。</p>
<p>Pearson VUE</p>""", 'ja')
ip = '159.182.12.87'
mf = 'bounce-pv@pearson.com'
h = jp(JP_PROV['biglobe'], SATO, dt + timedelta(seconds=3), 'mx-out7.pearson.com', ip, mf,
       "spf=pass smtp.mailfrom=bounce-pv@pearson.com;\n\tdkim=pass header.d=pearson.com;\n\tdmarc=pass header.from=pearson.com")
h += [('DKIM-Signature', dkim_sig('pearson.com', 'pvue1', dt, 'from:to:subject:date:message-id:mime-version')),
      ('Date', rfc(dt)), ('From', '"Pearson VUE" <pearsonvuedonotreply@pearson.com>'), ('To', SATO),
      ('Subject', ew('Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Associate', 'ISO-2022-JP', first_room=66)),
      ('Message-ID', f"<{R.randint(100000000,999999999)}.{R.randint(1000,9999)}.{int(dt.timestamp())}@pvmail.pearson.com>")]
add('s_pearson', 'pearson-vue-yoyaku', 'unrelated', 'ja', None, ['AWS26607341'], False, h,
    alt(part(txt, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP'), part(html, 'html', 'utf-8', 'base64')))

# ============================================================== 51. Emily "New correspondence added" notice (support_reply)
dt = T('2025-11-04 14:10:09')
txt = f"""Dear Customer,

A new correspondence has been added to your case {C_EMILY}.

Case subject: Merge duplicate certification accounts

To view the correspondence and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_EMILY}&language=en

Please do not reply to this e-mail. This address cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
h, _ = aws_mail('o365', EMILY, dt, f"[Case {C_EMILY}] New correspondence added", None, frm=NOREPLY)
add('e_corr', 'case-new-correspondence', 'support_reply', 'en', C_EMILY, [], True, h, part(txt, 'plain', 'us-ascii', '7bit'))

# ============================================================== 52. Ito completed, body labelled iso-8859-1 but UTF-8
C_ITO = case15('2026-03-16 23:05:27')
dt = T('2026-03-19 01:44:50')
txt = f"""伊藤 翔太 様

AWS トレーニングと認定カスタマーサポートです。
いつもご利用いただき、ありがとうございます。

ご依頼いただいておりましたアカウント統合の手続きが、すべて完了いたしました。

  統合後のアカウント: AWS 82004617
  無効化されたアカウント: AWS 82071395

AWS 82071395 でお持ちだった認定資格、受験履歴および試験割引の特典は、AWS 82004617 に引き継がれております。
認定アカウントの画面にサインインのうえ、内容をご確認ください。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定
"""
h, _ = aws_mail('yahoo', ITO, dt, FORM_SUBJ(C_ITO), None)
add('i_done', 're-case-account-assistance', 'merge_completed', 'ja', C_ITO,
    ['AWS82004617', 'AWS82071395'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1'))

# ============================================================== 53. Credly badge, no AR (Raj)
dt = T('2026-04-10 20:31:44')
badge = str(uuid.UUID(int=R.getrandbits(128)))
txt = f"""Raj, your badge is waiting

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Data Engineer – Associate.

Accept your badge to add it to your Credly profile and share your achievement:
https://www.credly.com/badges/{badge}/accept

This badge was issued to {RAJ}.

Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006
"""
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;background:#f5f5f5;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;">
<p style="font-size:22px;">Raj, your badge is waiting</p>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Data Engineer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/{badge}/accept" style="background:#0b5cff;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px;">Accept your badge</a></p>
<p style="font-size:12px;color:#777;">This badge was issued to {RAJ}.</p>
<p style="font-size:11px;color:#999;">Credly, Inc. | 1 Liberty Plaza, 35th Floor | New York, NY 10006</p></div></body></html>
"""
h = credly_hdrs('none', RAJ, dt, 'Raj, your badge from Amazon Web Services Training and Certification is waiting')
add('r_credly', 'credly-badge-waiting', 'credly_badge_issued', 'en', None, [], None, h,
    alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 54. Nakamura: names differ, send ID (support_reply)
dt = T('2025-12-04 06:15:33')
txt = f"""中村 亮 様

お世話になっております。AWS トレーニングと認定の石井です。

ご申告いただいた 2 つのアカウントを確認いたしましたところ、AWS40977153 の登録氏名が「NAKAMURA MAKOTO」、
AWS40918826 の登録氏名が「NAKAMURA RYO」となっており、一致しておりませんでした。

恐れ入りますが、同一のお客様であることを確認させていただくため、以下のいずれかを本メールへのご返信にてお送りください。

・氏名が確認できる公的身分証明書の画像(住所などは隠していただいて構いません)
・各アカウントで受験された試験の名称と受験日

確認が取れ次第、統合の手続きについてご案内いたします。

石井
Amazon Web Services
AWS トレーニングと認定
"""
h, _ = aws_mail('ocn', NAKA, dt, FORM_SUBJ(C_NAKA, 'RE: '), None)
add('n_names', 're-case-form-submission-ja', 'support_reply', 'ja', C_NAKA,
    ['AWS40977153', 'AWS40918826'], True, h, part(txt, 'plain', 'utf-8', 'base64', crlf=True))

# ============================================================== 55. Seller Central merge listings (Hannah) -> unrelated
dt = T('2025-08-21 12:09:51')
txt = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have completed the merge of your listings for ASINs B0C7XK2L9M and B0C7XJ4P1Q into the parent ASIN B0C7XH8R3T. The two child listings have been merged successfully into one variation family, and your offers are now displayed on a single detail page.

Please allow up to 48 hours for the change to be reflected on the Amazon website.

We'd appreciate your feedback. Please let us know if this resolved your issue by clicking one of the links below:
Yes: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={C_SELLER}&resolved=1
No:  https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={C_SELLER}&resolved=0

Thank you for selling on Amazon,
Rahul S.
Amazon.com
"""
host, ip = 'a13-88.smtp-out.amazonses.com', '54.240.13.88'
sid = ses_id(dt)
mf = f"{sid}@amazonses.com"
h = gmail(HANNAH, dt + timedelta(seconds=2), host, ip, mf, gm_ar_amazon(mf, ip))
h += amazon_dkim(dt) + [('Date', rfc(dt)), ('From', '"Amazon Selling Partner Support" <seller-support@amazon.com>'),
                        ('To', HANNAH), ('Subject', f"RE:[CASE {C_SELLER}] Merge duplicate listings into one variation family"),
                        ('Message-ID', f"<{sid}@email.amazonses.com>")] + ses_extra(dt, ip)
add('h_seller', 're-case-listings', 'unrelated', 'en', C_SELLER, [], True, h, part(txt, 'plain', 'us-ascii', '7bit'))

# ============================================================== 56. Takahashi confirmation, lowercase ids, base64, split subject
dt = T('2025-06-17 07:03:29')
txt = f"""高橋 由美 様

AWS トレーニングと認定の渡部です。ご返信ありがとうございます。

お知らせいただいたメールアドレスで検索し、次の 2 つのアカウントを確認しました。

残すアカウント: aws10293847({TAKA})
統合するアカウント: aws10266510(y.takahashi@seiryo-pharma.co.jp)

統合後は aws10266510 のサインイン情報は使用できなくなり、元に戻すこともできません。
この内容で統合してよろしいでしょうか。ご返信にてご確認ください。

渡部
Amazon Web Services

-----Original Message-----
From: 高橋 由美 <{TAKA}>
Sent: Monday, June 16, 2025 8:12 PM
To: {FORM}
Subject: Re: [CASE {C_TAKA}] 認定アカウント統合のご依頼について

以前の会社で使っていたメールアドレスは y.takahashi@seiryo-pharma.co.jp です。
よろしくお願いします。
"""
h, _ = aws_mail('sonet', TAKA, dt, ew_tail(f"RE:[CASE {C_TAKA}] ", "認定アカウント統合のご依頼について"), None)
add('t_confirm', 're-case-tougou-irai', 'merge_confirmation_requested', 'ja', C_TAKA,
    ['AWS10293847', 'AWS10266510'], True, h, part(txt, 'plain', 'utf-8', 'base64'))

# ============================================================== 57. Priya completed, "can't be undone" reminder, nested quotes
dt = T('2025-05-30 11:45:08')
txt = f"""Hi Priya,

I'm pleased to let you know that your request has been processed. AWS04418273 is now your only active certification account: your Solutions Architect – Associate and Cloud Practitioner certifications, your exam history and your 50% exam benefit all show there now. The old profile (AWS09931150) has been retired.

As mentioned earlier, this change can't be undone, so please sign in with {PRIYA} from now on.

Your Credly badges will be re-issued to the same address; you should see an e-mail from Credly within a few days.

Best regards,
Ana G.
Amazon Web Services
Training and Certification

---------- Original Message ----------
From: Amazon Web Services <{FORM}>
Sent: 5/29/2025 9:17 AM
To: {PRIYA}
Subject: {FORM_SUBJ(C_PRIYA)}

> Hello Priya,
>
> Thank you for confirming the details.
>
> I have now passed your request to our back-end team, who will move the
> certification records from AWS09931150 into AWS04418273. You will receive a
> separate email from us as soon as the merge has been completed.
>
> > Yes, the details are correct. Please proceed with the merge.
> >
> > > Please be aware that merging accounts is permanent and cannot be
> > > reversed. Kindly reply to this email confirming that the above is
> > > correct so we can proceed.
"""
h, _ = aws_mail('gmail', PRIYA, dt, FORM_SUBJ(C_PRIYA), None)
add('p_done', 're-case-form-submission', 'merge_completed', 'en', C_PRIYA,
    ['AWS04418273', 'AWS09931150'], True, h, part(txt, 'plain', 'utf-8', 'quoted-printable'))

# ============================================================== 58. Phishing Credly look-alike ja (Ito)
dt = T('2026-03-21 09:40:12')
ph = 'credly-notify.jp'
ip = '103.152.79.44'
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;color:#333;">
<div style="max-width:560px;margin:0 auto;padding:24px;border:1px solid #eee;">
<p><img src="http://{ph}/img/credly.png" alt="Credly" width="90"></p>
<p>伊藤 翔太 様</p>
<p>AWS 認定アカウントの統合に伴い、Amazon Web Services Training and Certification からバッジが再発行されました。</p>
<p style="font-weight:bold;">AWS Certified Solutions Architect &ndash; Associate</p>
<p>バッジを受け取るには、24 時間以内に Credly にログインしてください。期限を過ぎるとバッジは失効します。</p>
<p><a href="http://{ph}/badge/accept?id={rhex(12)}" style="background:#0b5cff;color:#fff;padding:10px 24px;text-decoration:none;">バッジを受け取る</a></p>
<p style="font-size:11px;color:#999;">Credly, Inc.</p></div></body></html>
"""
mf = f"noreply@{ph}"
h = jp(JP_PROV['yahoo'], ITO, dt + timedelta(seconds=2), f"smtp.{ph}", ip, mf,
       f"spf=pass smtp.mailfrom={mf};\n\tdkim=none;\n\tdmarc=none header.from={ph}")
h += [('Date', rfc(dt, JST)), ('From', addr('Credly', f"badges@{ph}")), ('To', ITO),
      ('Subject', ew('【Credly】バッジの受け取り手続きのお願い', first_room=66)),
      ('Message-ID', f"<{rhex(8)}.{rhex(4)}@{ph}>"), ('X-Mailer', 'Foxmail 7.2.25')]
add('i_phish_credly', 'credly-uketori', 'credly_badge_issued', 'ja', None, [], False, h,
    part(html, 'html', 'utf-8', 'base64'))

# ============================================================== 59. Oliver survey, case subject contains the ids
dt = T('2025-07-02 14:18:25')
txt = f"""Hello,

Your AWS Support case {C_OLIVER} has been closed.

Case subject: Merge certification accounts AWS 70345518 and AWS 70387206

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId={C_OLIVER}&resolved=yes
NO:  https://console.aws.amazon.com/support/feedback?displayId={C_OLIVER}&resolved=no

Your feedback helps us improve AWS Support. If you still need help, you can reopen the case from the Support Center within 14 days.

Sincerely,
Amazon Web Services
"""
html = html_wrap(f"""<p>Hello,</p>
<p>Your AWS Support case {C_OLIVER} has been closed.</p>
<p><b>Case subject:</b> Merge certification accounts AWS 70345518 and AWS 70387206</p>
<p><b>Was your issue resolved?</b><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C_OLIVER}&amp;resolved=yes">YES</a> &nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId={C_OLIVER}&amp;resolved=no">NO</a></p>
<p>Your feedback helps us improve AWS Support. If you still need help, you can reopen the case from the Support Center within 14 days.</p>
<p>Sincerely,<br>Amazon Web Services</p>""")
h, _ = aws_mail('o365', OLIVER, dt, f"Amazon Web Services: Your feedback on case {C_OLIVER}", None, frm=NOREPLY)
add('o_survey', 'support-case-feedback', 'survey', 'en', C_OLIVER, ['AWS70345518', 'AWS70387206'], True, h,
    alt(part(txt, 'plain', 'us-ascii', '7bit'), part(html, 'html', 'utf-8', 'quoted-printable')))

# ============================================================== 60. AWS Builder ID verification code ja (Kenji) -> unrelated
dt = T('2025-09-14 02:33:07')
txt = """AWS Builder ID

メールアドレスの確認

AWS Builder ID へのサインインを続けるには、次の確認コードを入力してください。

確認コード: 604219

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。
"""
html = html_wrap("""<p style="font-size:18px;font-weight:bold;">AWS Builder ID</p>
<p style="font-size:16px;">メールアドレスの確認</p>
<p>AWS Builder ID へのサインインを続けるには、次の確認コードを入力してください。</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:4px;">604219</p>
<p>このコードの有効期限は 10 分です。</p>
<p style="color:#687078;">このリクエストに心当たりがない場合は、このメールを無視してください。</p>
<p style="font-size:11px;color:#687078;">Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。</p>""", 'ja')
host, ip = ses_host()
sid = ses_id(dt)
mf = f"{sid}@us-east-1.amazonses.com"
ar = (f"dkim=pass header.i=@signin.aws header.s=dc4zs2c7dgs3xuifbwxvbntzsx3yyjq3 header.b={rb64(6)[:8]};\n"
      f"       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={rb64(6)[:8]};\n"
      f"       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};\n"
      f"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws")
h = gmail(KENJI, dt + timedelta(seconds=2), host, ip, mf, ar)
h += [('DKIM-Signature', dkim_sig('signin.aws', 'dc4zs2c7dgs3xuifbwxvbntzsx3yyjq3', dt, 'Subject:From:To:Date:MIME-Version:Content-Type:Message-ID')),
      ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', dt, AMZ_H)),
      ('Date', rfc(dt)), ('From', 'AWS <no-reply@signin.aws>'), ('To', KENJI),
      ('Subject', ew('AWS Builder ID の確認コード', first_room=66)),
      ('Message-ID', f"<{sid}@email.amazonses.com>")] + ses_extra(dt, ip)
add('k_builder', 'builder-id-code', 'unrelated', 'ja', None, [], True, h,
    alt(part(txt, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64')))


# ============================================================== write
def main():
    assert len(MAILS) == 60, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(7100).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = f"{n:03d}-{m['slug']}.eml"
        data = render(m['headers'], m['body'])
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        labels[name] = {'kind': m['kind'], 'case_id': m['case_id'], 'account_ids': m['ids'],
                        'sender_verified': m['sv'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), 'files written')


if __name__ == '__main__':
    main()
