#!/usr/bin/env python3
"""Generator for blind set 101: corporate-mailbox flavoured mails about AWS
Certification account merges.  Run: python3 make_set.py"""
import base64, quopri, json, os, io, re, random, hashlib, uuid, glob
import datetime as _dt
import email.utils
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.generator import BytesGenerator
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(101)
MAILS = []          # (slug, bytes, label)

# ----------------------------------------------------------------- helpers
UTC = _dt.timezone.utc
def T(s):
    """'2025-06-10 14:03:21' (UTC) -> aware datetime"""
    return _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)

def rfc(d, tz=0, paren=None):
    z = _dt.timezone(_dt.timedelta(hours=tz))
    s = email.utils.format_datetime(d.astimezone(z))
    if paren:
        s += f' ({paren})'
    return s

def plus(d, **kw):
    return d + _dt.timedelta(**kw)

def case15(d, tail):
    return f'{int(d.timestamp())}{tail:05d}'

def hexs(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))

def b64r(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(a) for _ in range(n))

def alnum(n, up=False):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if up else 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(RNG.choice(a) for _ in range(n))

def uid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))

def ses_mid(d):
    ms = int(d.timestamp() * 1000) + RNG.randint(0, 900)
    return f'<0100{ms:012x}-{uid()}-000000@email.amazonses.com>'

def ew(s, charset='utf-8', enc='B', chunk=12, sep='\n '):
    """encoded-words, split over folded lines"""
    out = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk]
        raw = piece.encode(charset)
        if enc == 'B':
            out.append(f'=?{charset.upper()}?B?{base64.b64encode(raw).decode()}?=')
        else:
            q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        ('_' if b == 32 else f'={b:02X}') for b in raw)
            out.append(f'=?{charset.upper()}?Q?{q}?=')
    return sep.join(out)

def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()<>@:;"]', name):
            return f'"{name}" <{a}>'
        return f'{name} <{a}>'
    return f'{ew(name, charset, chunk=20, sep=" ")} <{a}>'

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, fmt_flowed=False):
    m = Message()
    data = text.encode(charset) if isinstance(text, str) else text
    ct = f'text/{subtype}; charset="{label or charset}"'
    if fmt_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:  # 8bit
        payload = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n').decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m

def alt(*parts, kind='alternative'):
    m = MIMEMultipart(kind, boundary=f'_000_{alnum(24, True)}_' if RNG.random() < .5 else f'0000000000{hexs(18)}')
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def calendar_part(ics, method='REQUEST'):
    m = Message()
    m['Content-Type'] = f'text/calendar; charset="utf-8"; method={method}'
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(ics.encode('utf-8')).decode('ascii'))
    return m

def attachment(data, ctype, name):
    maintype, sub = ctype.split('/')
    m = MIMEBase(maintype, sub, name=name)
    del m['MIME-Version']
    m['Content-Disposition'] = f'attachment; filename="{name}"'
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)
def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

def add(slug, headers, body, kind, case_id, new_text, verified, lang, ids=None):
    """headers: list of (name, value); value may contain '\n ' folds.
    new_text: the non-quoted text of the mail; account ids are derived from it
    unless ids is given explicitly (then both must agree)."""
    auto = ids_in(new_text)
    if ids is not None:
        assert sorted(ids) == auto, (slug, ids, auto)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                   policy=policy.compat32.clone(linesep='\r\n')).flatten(body)
    hdr = ''.join(f'{k}: {v}\n' for k, v in headers) + 'MIME-Version: 1.0\n'
    hdr = hdr.replace('\r\n', '\n').replace('\n', '\r\n')
    data = hdr.encode('ascii') + buf.getvalue()
    if case_id is not None:
        assert case_id.isdigit() and len(case_id) in (10, 11, 15), case_id
    MAILS.append((slug, data, {'kind': kind, 'case_id': case_id, 'account_ids': auto,
                               'sender_verified': verified, 'language': lang}))

# ------------------------------------------------------- transport headers
def dkim(d, dom, sel, ts, heads='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('DKIM-Signature', f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={dom}; t={int(ts.timestamp())};\n'
            f'\th={heads};\n\tbh={b64r(43)}=;\n\tb={b64r(76)}\n\t{b64r(76)}\n\t{b64r(52)}=')

def aws_dkim(d):
    return [dkim(d, 'amazon.com', 'rjzi6rxnz7yk3bknsmqdt3bs3aqfgm6a', d),
            dkim(d, 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', d,
                 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]

SES_HOSTS = [('a8-21.smtp-out.amazonses.com', '54.240.8.21', 'amazonses.com'),
             ('a27-45.smtp-out.us-west-2.amazonses.com', '54.240.27.45', 'us-west-2.amazonses.com'),
             ('a48-92.smtp-out.amazonses.com', '54.240.48.92', 'amazonses.com'),
             ('a11-77.smtp-out.amazonses.com', '54.240.11.77', 'amazonses.com')]

def o365(d, rcpt, src_host, src_ip, mailfrom, from_dom, dkim_d=None, spf='pass', dkim_r='pass',
         dmarc='pass', action='none', compauth='pass reason=100', extra_ar=None, region='namprd12', scl=1,
         cc='US', lang='en', ar_ip=None, upstream=None):
    """Exchange Online receiving headers (topmost first)."""
    if region.startswith('jpn'):
        mbx = f'{RNG.choice(["TYCPR01MB", "OSZPR01MB", "TYWPR01MB"])}{RNG.randint(1000, 9999)}.jpnprd01.prod.outlook.com'
        mbx2 = f'{RNG.choice(["TYCPR01MB", "OSZPR01MB", "TYWPR01MB"])}{RNG.randint(1000, 9999)}.jpnprd01.prod.outlook.com'
        ca = f'{RNG.choice(["OS3P286CA", "TYCP286CA", "TYAPR01CA"])}{RNG.randint(1, 399):04d}.JPNP286.PROD.OUTLOOK.COM'
        fe = f'{RNG.choice(["TY2PEPF0000", "OS1PEPF0000", "TYZPEPF0000"])}{alnum(4, True)}.apcprd03.prod.outlook.com'
    elif region.startswith('eur'):
        mbx = f'{RNG.choice(["AS8PR04MB", "DU0PR04MB", "PAXPR04MB"])}{RNG.randint(1000, 9999)}.eurprd04.prod.outlook.com'
        mbx2 = f'{RNG.choice(["AS8PR04MB", "DU0PR04MB", "PAXPR04MB"])}{RNG.randint(1000, 9999)}.eurprd04.prod.outlook.com'
        ca = f'{RNG.choice(["FR0P281CA", "DB8PR06CA", "AM0PR02CA"])}{RNG.randint(1, 399):04d}.DEUP281.PROD.OUTLOOK.COM'
        fe = f'{RNG.choice(["AMS0EPF0000", "DU2PEPF0000", "DB1PEPF0000"])}{alnum(4, True)}.eurprd03.prod.outlook.com'
    else:
        mbx = f'{RNG.choice(["SA1PR12MB", "MW4PR12MB", "DM6PR12MB", "CH3PR12MB"])}{RNG.randint(1000, 9999)}.namprd12.prod.outlook.com'
        mbx2 = f'{RNG.choice(["SA1PR12MB", "MW4PR12MB", "DM6PR12MB", "CH3PR12MB"])}{RNG.randint(1000, 9999)}.namprd12.prod.outlook.com'
        ca = f'{RNG.choice(["BN9PR03CA", "MN2PR03CA", "BY5PR03CA"])}{RNG.randint(1, 999):04d}.namprd03.prod.outlook.com'
        fe = f'{RNG.choice(["BN1PEPF0000", "SN1PEPF0002", "DS3PEPF0000"])}{alnum(4, True)}.namprd04.prod.outlook.com'
    ipv6 = f'2603:10b6:{RNG.randint(300, 999)}:{hexs(2)}::{RNG.randint(1, 20)}'
    t0 = plus(d, seconds=RNG.randint(1, 4))
    t1 = plus(t0, seconds=1)
    dkim_d = dkim_d or from_dom
    ar_ip = ar_ip or src_ip
    spfnote = f'(sender IP is {ar_ip})' if spf != 'none' else ''
    ar = (f'spf={spf} {spfnote} smtp.mailfrom={mailfrom}; dkim={dkim_r} '
          f'({"signature was verified" if dkim_r == "pass" else "message not signed" if dkim_r == "none" else "body hash did not verify"})\n'
          f' header.d={dkim_d};dmarc={dmarc} action={action} header.from={from_dom};compauth={compauth}')
    ar = ar.replace('  ', ' ')
    spfv = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'SoftFail', 'none': 'None'}[spf]
    h = [('Received', f'from {mbx} ({ipv6}) by\n {mbx2} with HTTPS; {rfc(t1)}'),
         ('Received', f'from {ca} (2603:10b6:408:{hexs(2)}::{RNG.randint(1, 9)}) by\n {mbx} ({ipv6}) with\n'
                      f' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8700, 9200)}.{RNG.randint(10, 40)}; {rfc(t1)}'),
         ('Received', f'from {fe}\n (2603:10b6:408:{hexs(3)}:cafe::{hexs(2)}) by {ca}\n (2603:10b6:408:{hexs(2)}::{RNG.randint(1, 9)}) with Microsoft SMTP Server (version=TLS1_3,\n'
                      f' cipher=TLS_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8700, 9200)}.{RNG.randint(10, 40)} via Frontend Transport; {rfc(t0)}'),
         ('Authentication-Results', ar)]
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    h += [('Received-SPF', f'{spfv} (protection.outlook.com: domain of {mailfrom} '
                           f'{"designates" if spf == "pass" else "does not designate"}\n {ar_ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ar_ip}; helo={src_host}; pr=C'),
          ('Received', f'from {src_host} ({src_ip}) by\n {fe.split(".")[0]}.mail.protection.outlook.com (10.167.{RNG.randint(240, 250)}.{RNG.randint(2, 250)}) with Microsoft SMTP\n'
                       f' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8700, 9200)}.{RNG.randint(10, 40)}\n via Frontend Transport; {rfc(d)}')]
    if upstream:
        h += upstream
    tail = [('X-MS-Exchange-Organization-ExpirationStartTime', f'{d.strftime("%d %b %Y %H:%M:%S.%f")[:-3]}0 (UTC)'),
            ('X-MS-Exchange-Organization-Network-Message-Id', uid()),
            ('X-MS-Exchange-Organization-AuthSource', fe.replace('.prod.outlook.com', '.PROD.OUTLOOK.COM')),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', str(scl)),
            ('X-MS-Office365-Filtering-Correlation-Id', uid()),
            ('X-Forefront-Antispam-Report', f'CIP:{src_ip};CTRY:{cc};LANG:{lang};SCL:{scl};SRV:;IPV:NLI;SFV:{"NSPM" if scl < 5 else "SPM"};H:{src_host};PTR:{src_host};\n CAT:{"NONE" if scl < 5 else "PHISH"};SFS:(13230040)(1032899013)(4022899009)(8096899003);DIR:INB;'),
            ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', f'{d.strftime("%d %b %Y %H:%M:%S.%f")[:-3]}0 (UTC)'),
            ('X-MS-Exchange-CrossTenant-Id', uid()),
            ('X-MS-Exchange-Transport-EndToEndLatency', f'00:00:0{RNG.randint(1, 9)}.{RNG.randint(1000000, 9999999)}')]
    return h, tail

SELECTORS = {'amazon.com': 'rjzi6rxnz7yk3bknsmqdt3bs3aqfgm6a', 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono',
             'credly.com': 's1', 'sendgrid.info': 'smtpapi', 'github.com': 'pf2023'}

def gws(d, rcpt, src_host, src_ip, mailfrom, from_dom, dkim_doms=('amazon.com', 'amazonses.com'),
        spf='pass', dmarc='pass', p='QUARANTINE', gateway=None, tz=-7, tzn='PDT', extra_ar=None):
    """Google Workspace receiving headers (optionally behind a Proofpoint gateway)."""
    t = plus(d, seconds=RNG.randint(1, 3))
    dk = ';\n       '.join(f'dkim=pass header.i=@{x} header.s={SELECTORS.get(x, "default")} header.b={b64r(8)}' for x in dkim_doms)
    hop_host, hop_ip = (gateway or (src_host, src_ip))
    ar = (f'mx.google.com;\n       {dk};\n'
          f'       spf={spf} (google.com: domain of {mailfrom} {"designates" if spf == "pass" else "does not designate"} {src_ip} as permitted sender) smtp.mailfrom={mailfrom};\n'
          f'       dmarc={dmarc} (p={p} sp={p} dis={"NONE" if dmarc == "pass" else "QUARANTINE"}) header.from={from_dom}')
    h = [('Delivered-To', rcpt),
         ('Received', f'by 2002:a05:7010:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {alnum(6)}csp{RNG.randint(100000, 9999999)}{alnum(3)};\n        {rfc(plus(t, seconds=1), tz, tzn)}'),
         ('X-Google-Smtp-Source', f'AGHT+I{b64r(62)}'),
         ('X-Received', f'by 2002:a05:6214:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {alnum(10)}-{alnum(6)}.{RNG.randint(10, 99)}.{RNG.randint(1000000000000, 9999999999999)};\n        {rfc(plus(t, seconds=1), tz, tzn)}'),
         ('ARC-Seal', f'i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64r(70)}\n         {b64r(70)}=='),
         ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={b64r(43)}=;\n        fh={b64r(43)}=;\n        b={b64r(70)}\n         {b64r(40)}=='),
         ('ARC-Authentication-Results', 'i=1; ' + ar),
         ('Return-Path', f'<{mailfrom}>'),
         ('Received', f'from {hop_host} ({hop_host}. [{hop_ip}])\n        by mx.google.com with ESMTPS id {hexs(13)}-{hexs(7)}si{RNG.randint(1000000, 9999999)}{alnum(3)}.{RNG.randint(100, 999)}.{t.strftime("%Y.%m.%d.%H.%M.%S")}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(t, tz, tzn)}'),
         ('Received-SPF', f'{spf} (google.com: domain of {mailfrom} {"designates" if spf == "pass" else "does not designate"} {src_ip} as permitted sender) client-ip={src_ip};'),
         ('Authentication-Results', ar)]
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    if gateway:
        h += [('Received', f'from pps.filterd (m0{RNG.randint(100000, 999999)}.ppops.net [127.0.0.1])\n\tby {hop_host} (8.18.1.2/8.18.1.2) with ESMTP id {RNG.randint(10**11, 10**12 - 1)}{alnum(4)}\n\tfor <{rcpt}>; {rfc(d, tz, tzn)}'),
              ('Received', f'from {src_host} ({src_host} [{src_ip}])\n\tby {hop_host} (PPS) with ESMTPS id {alnum(10)}-1\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128 verify=NOT)\n\tfor <{rcpt}>; {rfc(d, tz, tzn)}')]
    else:
        pass
    return h

def jpgw(d, rcpt, gw, mbx, src_host, src_ip, mailfrom, from_dom, dkim_d=None, spf='pass', dkim_r='pass', dmarc='pass', extra_ar=None):
    """Japanese on-premise / hosted gateway in front of a corporate mail server."""
    t = plus(d, seconds=RNG.randint(2, 8))
    dkim_d = dkim_d or from_dom
    ar = (f'{gw};\n\tspf={spf} smtp.mailfrom={mailfrom};\n\tdkim={dkim_r} header.d={dkim_d} header.s={SELECTORS.get(dkim_d, "default")} header.b={b64r(8)};\n'
          f'\tdmarc={dmarc} (p=quarantine dis={"none" if dmarc == "pass" else "quarantine"}) header.from={from_dom}')
    h = [('Return-Path', f'<{mailfrom}>'),
         ('Delivered-To', rcpt),
         ('Received', f'from {gw} ({gw.split(".")[0]} [10.{RNG.randint(1, 40)}.{RNG.randint(1, 250)}.{RNG.randint(2, 250)}])\n\tby {mbx} (Postfix) with ESMTP id {alnum(11, True)}\n\tfor <{rcpt}>; {rfc(t, 9)}'),
         ('Authentication-Results', ar)]
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    h += [('Received', f'from {src_host} ({src_host} [{src_ip}])\n\tby {gw} with ESMTPS id {alnum(14, True)}\n\tfor <{rcpt}>; {rfc(d, 9)}'),
          ('X-TM-AS-GCONF', '00'),
          ('X-TMASE-Version', f'IMSVA-9.1.0.{RNG.randint(2000, 2200)}-9.0.0.1002-{RNG.randint(28000000, 29000000)}'),
          ('X-TMASE-Result', f'10--{RNG.randint(1, 20)}.{RNG.randint(100, 999)}-5.0-31-10'),
          ('X-TM-AS-User-Approved-Sender', 'No')]
    return h

# ----------------------------------------------------------- text snippets
AWS_FOOTER_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
                 "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")
AWS_FOOTER_JA = ("アマゾン ウェブ サービス ジャパン合同会社\n〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア\n"
                 "本メールは送信専用アドレスから送信されています。")
CAUTION_EN = ("CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
              "unless you recognize the sender and know the content is safe.")
CAUTION_HTML = ('<table style="border-collapse:collapse;width:100%"><tr><td style="background-color:#FFEB9C;border:1px solid #9C6500;'
                'padding:4pt;font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#000000"><b>CAUTION:</b> This email originated from '
                'outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.'
                '</td></tr></table><br>')
PP_TEXT = ("This Message Is From an External Sender\nThis message came from outside your organization.\n"
           "    ZjQcmQRYFpfptBannerEnd\n")
PP_HTML = ('<!-- BaNnErBlUrFlE-HeAdEr-start --><div style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;color:#ffffff;'
           'line-height:1px;height:0px;max-height:0px;opacity:0;overflow:hidden">ZjQcmQRYFpfptBannerStart</div>'
           '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#D0D8DC"><tr><td style="padding:10px 16px">'
           '<div style="font-family:Arial,sans-serif;font-size:14px;font-weight:bold;color:#000000">This Message Is From an External Sender</div>'
           '<div style="font-family:Arial,sans-serif;font-size:12px;color:#000000">This message came from outside your organization.</div>'
           '</td></tr></table><div style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;line-height:1px;height:0px;'
           'max-height:0px;opacity:0;overflow:hidden">ZjQcmQRYFpfptBannerEnd</div><!-- BaNnErBlUrFlE-HeAdEr-end -->')
JP_BANNER_1 = "【注意】このメールは社外から送信されています。差出人のアドレスやリンク先、添付ファイルに十分ご注意ください。"
JP_BANNER_2 = "[外部メール] 本メールは組織外から届きました。心当たりのないリンクは開かないでください。\n-----------------------------------------------------------------"

def safelink(url, user, region='nam12'):
    from urllib.parse import quote
    data = (f'05%7C02%7C{quote(user, safe="")}%7C{hexs(32)}%7C{hexs(32)}%7C0%7C0%7C6388{RNG.randint(10**14, 10**15 - 1)}'
            f'%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D%7C0%7C%7C%7C')
    return (f'https://{region}.safelinks.protection.outlook.com/?url={quote(url, safe="")}&data={data}'
            f'&sdata={quote(b64r(43) + "=", safe="")}&reserved=0')

def urldefense(url):
    u = url.replace('#', '*')
    return f'https://urldefense.com/v3/__{u}__;{"Iw" if "#" in url else ""}!!{alnum(10)}!{b64r(60).replace("/", "_").replace("+", "-")}$'

def mimecast(url):
    dom = url.split('/')[2]
    return f'https://protect-eu.mimecast.com/s/{b64r(15).replace("/", "").replace("+", "")}?domain={dom}'

def console_url(case_id, lang='en'):
    return f'https://support.console.aws.amazon.com/support/home#/case/?displayId={case_id}&language={lang}'

def html_doc(inner, head_style=True):
    st = ('<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>' if head_style else '')
    return (f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n{st}\n</head>\n'
            f'<body dir="ltr">\n{inner}\n</body>\n</html>\n')

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def paras(text):
    """plain paragraphs -> simple HTML"""
    out = []
    for p in text.strip('\n').split('\n\n'):
        out.append('<p>' + esc(p).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

def qmark(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

def gmail_attr_en(d, tz, name, a):
    z = _dt.timezone(_dt.timedelta(hours=tz))
    x = d.astimezone(z)
    return f'On {x.strftime("%a, %b")} {x.day}, {x.year} at {x.strftime("%I").lstrip("0")}:{x.strftime("%M %p")} {name} <{a}> wrote:'

def gmail_attr_ja(d, name, a):
    z = _dt.timezone(_dt.timedelta(hours=9))
    x = d.astimezone(z)
    wd = '月火水木金土日'[x.weekday()]
    return f'{x.year}年{x.month}月{x.day}日({wd}) {x.hour}:{x.minute:02d} {name} <{a}>:'

def outlook_block_en(frm, d, tz, to, subj, cc=None):
    z = _dt.timezone(_dt.timedelta(hours=tz))
    x = d.astimezone(z)
    sent = f'{x.strftime("%A, %B")} {x.day}, {x.year} {x.strftime("%I").lstrip("0")}:{x.strftime("%M %p")}'
    lines = [f'From: {frm}', f'Sent: {sent}', f'To: {to}']
    if cc:
        lines.append(f'Cc: {cc}')
    lines.append(f'Subject: {subj}')
    return '\n'.join(lines)

def outlook_block_ja(frm, d, to, subj, cc=None):
    z = _dt.timezone(_dt.timedelta(hours=9))
    x = d.astimezone(z)
    lines = [f'差出人: {frm}', f'送信日時: {x.year}年{x.month}月{x.day}日 {x.hour}:{x.minute:02d}', f'宛先: {to}']
    if cc:
        lines.append(f'CC: {cc}')
    lines.append(f'件名: {subj}')
    return '\n'.join(lines)

def outlook_html_quote(block, body_html, bordered=True):
    hb = esc(block)
    for k in ('From:', 'Sent:', 'To:', 'Cc:', 'Subject:', '差出人:', '送信日時:', '宛先:', 'CC:', '件名:'):
        hb = hb.replace(k, f'<b>{k}</b>', 1)
    hb = hb.replace('\n', '<br>\n')
    if bordered:
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{hb}</span></p>\n</div>\n'
                f'<div>{body_html}</div>')
    return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hb}</font>\n<div>&nbsp;</div>\n</div>\n'
            f'<div>{body_html}</div>')

def gmail_html_quote(attr, body_html):
    return (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'{body_html}</blockquote></div>')

def finish():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    order = list(range(len(MAILS)))
    random.Random(1010).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        slug, data, lab = MAILS[i]
        fn = f'{n:03d}-{slug}.eml'
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        labels[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
    print(f'{len(MAILS)} mails written')

# ================================================================== MAILS
def o365_internal(d, tz_region='namprd12'):
    if tz_region.startswith('jpn'):
        a = f'TYCPR01MB{RNG.randint(1000, 9999)}.jpnprd01.prod.outlook.com'
        b = f'OSZPR01MB{RNG.randint(1000, 9999)}.jpnprd01.prod.outlook.com'
    elif tz_region.startswith('eur'):
        a = f'AS8PR04MB{RNG.randint(1000, 9999)}.eurprd04.prod.outlook.com'
        b = f'DU0PR04MB{RNG.randint(1000, 9999)}.eurprd04.prod.outlook.com'
    else:
        a = f'SA1PR12MB{RNG.randint(1000, 9999)}.namprd12.prod.outlook.com'
        b = f'MW4PR12MB{RNG.randint(1000, 9999)}.namprd12.prod.outlook.com'
    return [('Received', f'from {a} (2603:10b6:a03:{hexs(3)}::{RNG.randint(1, 20)}) by\n {b} with HTTPS; {rfc(plus(d, seconds=1))}'),
            ('Received', f'from {b} ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}]) by\n {b} ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}%{RNG.randint(3, 9)}]) with mapi id\n 15.20.{RNG.randint(8700, 9200)}.{RNG.randint(10, 40)}; {rfc(d)}')]

INTERNAL_TAIL = [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                 ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
                 ('X-MS-Exchange-Organization-AuthMechanism', '04'),
                 ('X-MS-Exchange-Organization-SCL', '-1')]

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

def aws_in_o365(d, rcpt, ses=0, region='namprd12', lang='en'):
    host, ip, mf = SES_HOSTS[ses]
    return o365(d, rcpt, host, ip, mf, 'amazon.com', region=region, lang=lang)

# ------------------------------------------------ thread R: Meridian Freight (M365, Safe Links)
R_USER = 'rachel.ortiz@meridianfreight.com'
R_NAME = 'Rachel Ortiz'
R_OPEN = T('2025-06-10 14:03:21')
R_CASE = case15(R_OPEN, 712)
R_SUBJ = f'[CASE {R_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
R_DISCL = ("Rachel Ortiz | Senior Cloud Engineer\nMeridian Freight Logistics | 2200 Commerce St, Dallas, TX 75201\n"
           "o: +1 214 555 0147\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
           "intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure "
           "or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and "
           "destroy all copies of the original message.")

def r_mail1():
    d = plus(R_OPEN, seconds=41)
    h, tail = aws_in_o365(d, R_USER, 1)
    new = f"""Hello Rachel,

Thank you for reaching out to AWS Training and Certification. This automated note is to let you know that we have your request and it has been logged under case number {R_CASE}.

Someone from our Training and Certification support team will look at your submission and get back to you, normally within 24 hours. Please do not submit the form again for the same matter; if you need to add something, just reply to this email and it will be attached to the existing case.

A copy of what you sent us:

Inquiry type: AWS Certification
Details: Account Merge
AWS candidate ID: AWS05518243
First name: Rachel
Last name: Ortiz
Description: I ended up with two certification profiles. The one I use today is AWS05518243 (rachel.ortiz@meridianfreight.com). An older one, aws-02276190, was created with my personal Gmail back in 2021 when I took Cloud Practitioner. Could the two be combined, keeping the work one? Thanks!

Regards,
AWS Training and Certification
https://aws.amazon.com/training/
"""
    text = CAUTION_EN + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n"
    html = html_doc(CAUTION_HTML + paras(new).replace('https://aws.amazon.com/training/',
                    f'<a href="{safelink("https://aws.amazon.com/training/", R_USER)}" originalsrc="https://aws.amazon.com/training/">https://aws.amazon.com/training/</a>')
                    + f'<p style="font-size:9pt;color:#777777">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('To', R_USER),
        ('Subject', f'[EXTERNAL] {R_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d)),
        ('Feedback-ID', '::1.us-west-2.YQkxLm9kPP3cPlrW0iTdTWP2J2b1oj2yA1RBZB+eRGI=:AmazonSES'),
        ('X-SES-Outgoing', f'{d.strftime("%Y.%m.%d")}-54.240.27.45')] + tail
    add('meridian-form-receipt', hdrs, body, 'case_created', R_CASE, new, True, 'en')

R_CONFIRM = None
def r_mail2():
    global R_CONFIRM
    d = T('2025-06-11 16:40:05')
    R_CONFIRM = d
    h, tail = aws_in_o365(d, R_USER, 1)
    new = f"""Hi Rachel,

Thanks for your patience while we looked into this. I was able to locate both certification profiles associated with you:

  * AWS05518243 - rachel.ortiz@meridianfreight.com -> this profile stays active and becomes your only login
  * AWS02276190 - r.ortiz.84@gmail.com -> its exam history and credentials would be moved onto the profile above, after which it is deactivated

Before I hand this over, please be aware that the operation is permanent. Once it has been carried out we are not able to split the records again, and you will only be able to sign in at https://www.aws.training/Certification with the remaining profile.

Could you reply to this email letting me know that the above is accurate? As soon as we have your go-ahead we will take it from there.

Kind regards,

Joaquin M.
AWS Training and Certification Support
"""
    text = CAUTION_EN + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n"
    u = 'https://www.aws.training/Certification'
    html_new = paras(new).replace(u, f'<a href="{safelink(u, R_USER)}" originalsrc="{u}" shash="{b64r(40)}">{u}</a>')
    html = html_doc(CAUTION_HTML + html_new + f'<p style="font-size:9pt;color:#777777">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', R_USER),
        ('Subject', f'[EXTERNAL] RE:{R_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d)),
        ('Feedback-ID', '::1.us-west-2.YQkxLm9kPP3cPlrW0iTdTWP2J2b1oj2yA1RBZB+eRGI=:AmazonSES')] + tail
    add('meridian-agent-1', hdrs, body, 'merge_confirmation_requested', R_CASE, new, True, 'en')
    return new

def r_mail3(conf_text):
    d = T('2025-06-12 09:12:44')
    user_d = T('2025-06-11 19:05:12')
    h, tail = aws_in_o365(d, R_USER, 1)
    new = """Hello Rachel,

Thank you for getting back to us so quickly. I have passed your approval on to our certification operations team, who will now action the request. You will hear from us again by email when it has gone through - this is usually within one to three business days.

There is nothing further you need to do in the meantime.

Best regards,

Joaquin M.
AWS Training and Certification Support
"""
    user = f"""Hi Joaquin,

The details are correct. Please proceed with the merge.

Thanks,
Rachel

{R_DISCL}"""
    q1 = outlook_block_en(f'Rachel Ortiz <{R_USER}>', user_d, -5, f'Amazon Web Services <{FORM}>', f'RE: [EXTERNAL] RE:{R_SUBJ}')
    q2 = outlook_block_en(f'Amazon Web Services <{FORM}>', R_CONFIRM, -5, f'Rachel Ortiz <{R_USER}>', f'[EXTERNAL] RE:{R_SUBJ}')
    text = (CAUTION_EN + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n\n________________________________\n" + q1 + "\n\n" + user +
            "\n\n________________________________\n" + q2 + "\n\n" + CAUTION_EN + "\n\n" + conf_text)
    html = html_doc(CAUTION_HTML + paras(new) + f'<p style="font-size:9pt;color:#777777">{esc(AWS_FOOTER_EN)}</p>'
                    + outlook_html_quote(q1, paras(user) + outlook_html_quote(q2, CAUTION_HTML + paras(conf_text))))
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', R_USER),
        ('Subject', f'[EXTERNAL] RE:{R_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('meridian-agent-2', hdrs, body, 'support_reply', R_CASE, new, True, 'en', ids=[])

R_DONE_TEXT = None
def r_mail4():
    global R_DONE_TEXT
    d = T('2025-06-13 02:55:10')
    h, tail = aws_in_o365(d, R_USER, 0)
    new = """Hello Rachel,

Good news: your certification records have been consolidated. Everything that was previously held under aws-02276190 now sits under AWS 05518243, and the older profile has been retired, so please use rachel.ortiz@meridianfreight.com to sign in from now on. It can take a couple of hours, and a sign-out/sign-in, before the full transcript shows up.

Your digital badges are handled by Credly, so any badge notifications will come from them separately.

Best regards,

Joaquin M.
AWS Training and Certification Support
"""
    R_DONE_TEXT = new
    html = html_doc(CAUTION_HTML + '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">' + paras(new) + '</div>'
                    + f'<p style="font-size:9pt;color:#777777">{esc(AWS_FOOTER_EN)}</p>')
    body = part(html, 'html', cte='base64')
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', R_USER),
        ('Subject', f'[EXTERNAL] RE:{R_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('meridian-agent-3', hdrs, body, 'merge_completed', R_CASE, new, True, 'en')
    return d

def r_mail5():
    d = T('2025-06-13 02:57:31')
    h, tail = aws_in_o365(d, R_USER, 0)
    yes = f'https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={R_CASE}&a=1'
    no = f'https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={R_CASE}&a=0'
    new = f"""Hello,

Your case {R_CASE} with AWS Training and Certification has been marked as resolved.

We would love to know how we did. Was your issue resolved?

YES: {yes}
NO: {no}

The short questionnaire takes less than two minutes, and every response is read by the team that looks after Training and Certification support.

If you need further help with this matter, simply reply to this email within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification
"""
    text = CAUTION_EN + "\n\n" + new.replace(yes, safelink(yes, R_USER)).replace(no, safelink(no, R_USER)) + "\n" + AWS_FOOTER_EN + "\n"
    html_new = (f'<p>Hello,</p><p>Your case {R_CASE} with AWS Training and Certification has been marked as resolved.</p>'
                '<p>We would love to know how we did. <b>Was your issue resolved?</b></p>'
                f'<table><tr><td style="background:#232F3E;padding:8px 22px"><a style="color:#ffffff" href="{safelink(yes, R_USER)}" originalsrc="{yes}">YES</a></td>'
                f'<td width="12"></td><td style="background:#232F3E;padding:8px 22px"><a style="color:#ffffff" href="{safelink(no, R_USER)}" originalsrc="{no}">NO</a></td></tr></table>'
                '<p>The short questionnaire takes less than two minutes, and every response is read by the team that looks after Training and Certification support.</p>'
                '<p>If you need further help with this matter, simply reply to this email within 14 days and the case will be reopened.</p>'
                '<p>Thank you,<br>AWS Training and Certification</p>')
    html = html_doc(CAUTION_HTML + html_new + f'<p style="font-size:9pt;color:#777777">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('To', R_USER),
        ('Subject', f'[EXTERNAL] How did we do? {R_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('meridian-feedback', hdrs, body, 'survey', R_CASE, new, True, 'en')

def credly_hdrs_o365(d, rcpt, region='namprd12'):
    ip = f'167.89.{RNG.randint(100, 120)}.{RNG.randint(2, 250)}'
    host = f'o{RNG.randint(1, 9)}.ptr{RNG.randint(1000, 9999)}.credly.com'
    h, tail = o365(d, rcpt, host, ip, 'em4821.credly.com', 'credly.com', region=region)
    return h, tail, [dkim(d, 'credly.com', 's1', d, 'cc:content-type:from:mime-version:subject:to'),
                     dkim(d, 'sendgrid.info', 'smtpapi', d, 'cc:content-type:from:mime-version:subject:to')]

def credly_html(inner, user=None, wrap=None):
    w = wrap or (lambda u: u)
    return html_doc('<table width="100%" bgcolor="#f5f5f5"><tr><td align="center"><table width="600" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333333">'
                    f'<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>'
                    f'<tr><td style="padding:0 24px 24px 24px;font-size:15px;line-height:22px">{inner}</td></tr>'
                    '<tr><td style="padding:16px 24px;font-size:11px;color:#888888;border-top:1px solid #eeeeee">'
                    f'Credly, Inc. &middot; 100 Pine Street, Suite 1250, San Francisco, CA 94111<br>'
                    f'<a href="{w("https://www.credly.com/earner/settings/notifications")}">Notification settings</a> &middot; '
                    f'<a href="{w("https://www.credly.com/privacy")}">Privacy Policy</a></td></tr></table></td></tr></table>', head_style=False)

def r_mail6():
    d = T('2025-06-14 11:20:52')
    h, tail, dk = credly_hdrs_o365(d, R_USER)
    bid = uid()
    url = f'https://www.credly.com/badges/{bid}/accept?utm_source=badge_issued&utm_medium=email'
    new = f"""Rachel, you've been recognized!

AWS Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to display it on LinkedIn, in your email signature or on your personal website, and to let employers verify your skills.

Accept your badge: {url}

Issued to: {R_USER}
"""
    text = CAUTION_EN + "\n\n" + new.replace(url, safelink(url, R_USER)) + "\nCredly, Inc. - 100 Pine Street, Suite 1250, San Francisco, CA 94111\n"
    inner = ('<p style="font-size:22px;font-weight:bold">Rachel, you\'ve been recognized!</p>'
             '<p>AWS Training and Certification has issued you a new badge:</p>'
             f'<p><img src="https://images.credly.com/size/340x340/images/{uid()}/image.png" width="120" alt=""><br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>'
             '<p>Accept your badge to display it on LinkedIn, in your email signature or on your personal website, and to let employers verify your skills.</p>'
             f'<p><a href="{safelink(url, R_USER)}" originalsrc="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>'
             f'<p style="font-size:12px;color:#888888">Issued to: {R_USER}</p>')
    html = credly_html(inner, wrap=lambda u: safelink(u, R_USER)).replace('<body dir="ltr">', '<body dir="ltr">' + CAUTION_HTML)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + dk + [
        ('From', '"AWS Training and Certification via Credly" <admin@credly.com>'), ('Reply-To', 'no-reply@credly.com'),
        ('To', R_USER), ('Subject', "[EXTERNAL] Rachel, AWS Training and Certification sent you a badge"),
        ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')] + tail
    add('meridian-credly', hdrs, body, 'credly_badge_issued', None, new, True, 'en', ids=[])

def r_mail7(done_d):
    d = T('2025-06-16 13:20:07')
    note = f"""Greg,

Closing the loop on the cert profile clean-up you asked about in our 1:1 - AWS sorted it out last week. All my certs now live under AWS05518243, so that's the number to put on the training-budget reimbursement form.

Rachel
"""
    q = outlook_block_en(f'Amazon Web Services <{FORM}>', done_d, -5, f'Rachel Ortiz <{R_USER}>', f'[EXTERNAL] RE:{R_SUBJ}')
    text = note + "\n" + R_DISCL + "\n\n________________________________\n" + q + "\n\n" + CAUTION_EN + "\n\n" + R_DONE_TEXT
    html = html_doc('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">' + paras(note) + '</div>'
                    + '<div style="font-size:9pt;color:#595959">' + paras(R_DISCL) + '</div>'
                    + outlook_html_quote(q, CAUTION_HTML + paras(R_DONE_TEXT), bordered=False))
    body = alt(part(text), part(html, 'html'))
    hdrs = o365_internal(d) + [
        ('From', f'Rachel Ortiz <{R_USER}>'), ('To', 'Greg Whitman <greg.whitman@meridianfreight.com>'),
        ('Subject', f'FW: [EXTERNAL] RE:{R_SUBJ}'), ('Thread-Topic', f'[EXTERNAL] RE:{R_SUBJ}'),
        ('Thread-Index', f'AQH{b64r(30)}=='), ('Date', rfc(d)),
        ('Message-ID', f'<SA1PR12MB{RNG.randint(1000, 9999)}{alnum(6, True)}{RNG.randint(1000, 9999)}@SA1PR12MB{RNG.randint(1000, 9999)}.namprd12.prod.outlook.com>'),
        ('Accept-Language', 'en-US'), ('Content-Language', 'en-US')] + INTERNAL_TAIL
    add('meridian-fw-manager', hdrs, body, 'unrelated', R_CASE, note, None, 'en', ids=['AWS05518243'])

r_mail1(); _c = r_mail2(); r_mail3(_c); _dd = r_mail4(); r_mail5(); r_mail6(); r_mail7(_dd)

# ------------------------------------------------ thread P: Calder & Finch (Google Workspace + Proofpoint)
P_USER = 'priya.natarajan@calderfinch.com'
P_GW = ('mx0b-00364e01.pphosted.com', '148.163.139.77')
P_OPEN = T('2025-09-03 18:22:10')
P_CASE = case15(P_OPEN, 118)
P_SUBJ = 'Duplicate certification profiles - please consolidate'

def aws_in_gws(d, rcpt, ses=0, gateway=None, tz=-7, tzn='PDT', **kw):
    host, ip, mf = SES_HOSTS[ses]
    envelope = f'0100{int(d.timestamp() * 1000):012x}-{uid()}-000000@{mf}'
    return gws(d, rcpt, host, ip, envelope, 'amazon.com', gateway=gateway, tz=tz, tzn=tzn, **kw)

PP_HDRS = lambda: [('X-Proofpoint-GUID', alnum(32)), ('X-Proofpoint-ORIG-GUID', alnum(32)),
                   ('X-Proofpoint-Virus-Version', 'vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1121,Hydra:6.1.9,FMLib:17.12.80.40\n definitions=2025-09-03_05,2025-09-03_01,2025-09-03_01'),
                   ('X-Proofpoint-Spam-Details', 'rule=outbound_notspam policy=outbound score=0 mlxscore=0 bulkscore=0 spamscore=0\n phishscore=0 suspectscore=0 mlxlogscore=999 adultscore=0 classifier=spam adjust=0 reason=mlx\n scancount=1 engine=8.19.0-2507300000 definitions=main-2509030142')]

def pp_wrap_html(inner):
    return html_doc(PP_HTML + inner, head_style=False)

def p_mail8():
    d = plus(P_OPEN, seconds=6)
    h = aws_in_gws(d, P_USER, 2, P_GW)
    url = console_url(P_CASE)
    new = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {P_CASE} to address your issue.

The details of your case are as follows:

Case ID: {P_CASE}
Subject: {P_SUBJ}
Severity: General guidance
Correspondence: Hello - over the years I have ended up with three AWS Certification candidate accounts: aws03391057 (from my university days), aws07724418 (the one I use now) and aws00958362 (created by mistake when I booked an exam with my second work alias). I'd like them to be one account, please.

You can view your case or add correspondence at any time by visiting the AWS Support Center:
{url}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Sincerely,
Amazon Web Services
"""
    text = PP_TEXT + "\n" + new.replace(url, urldefense(url)) + "\n" + AWS_FOOTER_EN + "\n"
    html = pp_wrap_html(paras(new).replace(esc(url), f'<a href="{urldefense(url)}">{esc(url)}</a>') +
                        f'<p style="font-size:10px;color:#666">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text, cte='7bit' if False else 'quoted-printable'), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', P_USER),
        ('Subject', f'[External] Amazon Web Services: You have opened a new Support case: {P_CASE}'),
        ('Date', rfc(d)), ('Message-ID', ses_mid(d)),
        ('Feedback-ID', '::1.us-east-1.Pvtx0cFUkqmgp4dY21z4LYy4HGeWZa2xptYkHpCzPfg=:AmazonSES')] + PP_HDRS()
    add('calderfinch-console-1', hdrs, body, 'case_created', P_CASE, new, True, 'en')

def p_mail9():
    d = T('2025-09-04 21:10:33')
    h = aws_in_gws(d, P_USER, 2, P_GW)
    url = console_url(P_CASE)
    new = f"""Hello Priya,

Thanks for reaching out to AWS Training and Certification. I can see the three candidate records you listed (AWS 03391057, AWS 07724418 and AWS 00958362).

So that I can route this correctly, could you please let me have the following:

1. Which of the three you would like to keep using going forward. The other two would no longer be available afterwards.
2. The email address registered on each of them, if you still have it (login and notification address, where they differ).
3. A short confirmation that all three belong to you and that you are the person who sat the exams.

Please add your answer to the case through the Support Center link below rather than replying to this email, as replies to this address are not received.

{url}

Best regards,

Siddharth R.
Amazon Web Services
"""
    text = PP_TEXT + "\n" + new.replace(url, urldefense(url)) + "\nWe value your feedback. Please rate my response using the link below.\n" + \
        urldefense(f'https://support.console.aws.amazon.com/support/feedback?displayId={P_CASE}') + "\n\n" + AWS_FOOTER_EN + "\n"
    html = pp_wrap_html(paras(new).replace(esc(url), f'<a href="{urldefense(url)}">Support Center</a>')
                        + f'<p>We value your feedback. Please rate my response using the link below.<br><a href="{urldefense("https://support.console.aws.amazon.com/support/feedback?displayId=" + P_CASE)}">Rate this response</a></p>'
                        + f'<p style="font-size:10px;color:#666">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', P_USER),
        ('Subject', f'[External] RE:[CASE {P_CASE}] {P_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + PP_HDRS()
    add('calderfinch-console-2', hdrs, body, 'support_reply', P_CASE, new, True, 'en')

def p_mail10():
    d = T('2025-09-06 15:02:48')
    h = aws_in_gws(d, P_USER, 3, P_GW)
    url = f'https://console.aws.amazon.com/support/home?#/case/?displayId={P_CASE}%26language=en'
    new = f"""Hello,

A new correspondence has been added to your AWS Support case {P_CASE}.

To view the correspondence and respond, sign in to the AWS Support Center:
{url}

This is an automatically generated message. Replies to this address are not monitored.

Amazon Web Services
"""
    text = PP_TEXT + "\n" + new.replace(url, urldefense(url)) + "\n" + AWS_FOOTER_EN + "\n"
    body = part(text, cte='7bit')
    hdrs = h + aws_dkim(d) + [
        ('From', f'Amazon Web Services <{NOREPLY}>'), ('To', P_USER),
        ('Subject', f'[External] [Case {P_CASE}] New correspondence added'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + PP_HDRS()
    add('calderfinch-notice', hdrs, body, 'support_reply', P_CASE, new, True, 'en')

def p_mail11():
    d = T('2025-09-08 17:45:19')
    h = aws_in_gws(d, P_USER, 2, P_GW)
    url = console_url(P_CASE)
    new = f"""Hello Priya,

Thank you for sending the details. Based on your answer, this is what our team would do:

Profile that remains:   AWS07724418  (priya.natarajan@calderfinch.com)
Folded into it:         AWS03391057  (pnatarajan@alumni.ucsd.edu)
                        AWS00958362  (priya.n@calderfinch.com)

All exam results, certifications and benefits from the last two would be attached to AWS07724418, and those two IDs would then be closed permanently. Please note that we have no way to reverse this once it has been done.

If this matches what you want, please say so in a reply on the case in the Support Center ({url}). We will not start until we have your agreement in writing.

Best regards,

Siddharth R.
Amazon Web Services
"""
    text = PP_TEXT + "\n" + new.replace(url, urldefense(url)) + "\n" + AWS_FOOTER_EN + "\n"
    rows = ''.join(f'<tr><td style="padding:2px 12px 2px 0">{a}</td><td style="padding:2px 12px"><b>{b}</b></td><td>{c}</td></tr>' for a, b, c in
                   [('Profile that remains', 'AWS07724418', 'priya.natarajan@calderfinch.com'),
                    ('Folded into it', 'AWS03391057', 'pnatarajan@alumni.ucsd.edu'), ('', 'AWS00958362', 'priya.n@calderfinch.com')])
    html_new = ('<p>Hello Priya,</p><p>Thank you for sending the details. Based on your answer, this is what our team would do:</p>'
                f'<table style="font-family:monospace;font-size:13px">{rows}</table>'
                '<p>All exam results, certifications and benefits from the last two would be attached to AWS07724418, and those two IDs would then be closed permanently. '
                '<b>Please note that we have no way to reverse this once it has been done.</b></p>'
                f'<p>If this matches what you want, please say so in a reply on the case in the <a href="{urldefense(url)}">Support Center</a>. '
                'We will not start until we have your agreement in writing.</p><p>Best regards,<br><br>Siddharth R.<br>Amazon Web Services</p>')
    html = pp_wrap_html(html_new + f'<p style="font-size:10px;color:#666">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', P_USER),
        ('Subject', f'[External] RE:[CASE {P_CASE}] {P_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + PP_HDRS()
    add('calderfinch-console-3', hdrs, body, 'merge_confirmation_requested', P_CASE, new, True, 'en')

def p_mail12():
    d = T('2025-09-10 01:12:57')
    h = aws_in_gws(d, P_USER, 0, P_GW)
    rate = f'https://support.console.aws.amazon.com/support/feedback?displayId={P_CASE}&rating=true'
    new = f"""Hello Priya,

I'm pleased to let you know that the work on your profiles is finished: everything now lives under AWS07724418. Your exam history, active certifications and the 50% exam discount benefit are attached to that ID, and the other two candidate IDs can no longer be used to sign in.

Since your request has been fulfilled, I'm going to resolve this case. If something doesn't look right, you can reopen it from the Support Center within 14 days.

If my help was useful, I'd appreciate it if you could rate this correspondence:
{rate}

Best regards,

Siddharth R.
Amazon Web Services
"""
    text = PP_TEXT + "\n" + new.replace(rate, urldefense(rate)) + "\n" + AWS_FOOTER_EN + "\n"
    html = pp_wrap_html(paras(new).replace(esc(rate), f'<a href="{urldefense(rate)}">Rate this correspondence</a>') +
                        f'<p style="font-size:10px;color:#666">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', P_USER),
        ('Subject', f'[External] RE:[CASE {P_CASE}] {P_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + PP_HDRS()
    add('calderfinch-console-4', hdrs, body, 'merge_completed', P_CASE, new, True, 'en')

def credly_in_gws(d, rcpt, gateway=None, tz=-7, tzn='PDT'):
    ip = f'167.89.{RNG.randint(100, 120)}.{RNG.randint(2, 250)}'
    host = f'o{RNG.randint(1, 9)}.ptr{RNG.randint(1000, 9999)}.credly.com'
    envelope = f'bounces+{RNG.randint(1000000, 9999999)}-{hexs(4)}-{rcpt.replace("@", "=")}@em4821.credly.com'
    h = gws(d, rcpt, host, ip, envelope, 'credly.com', dkim_doms=('credly.com', 'sendgrid.info'), gateway=gateway, tz=tz, tzn=tzn)
    return h + [dkim(d, 'credly.com', 's1', d, 'cc:content-type:from:mime-version:subject:to'),
                dkim(d, 'sendgrid.info', 'smtpapi', d, 'cc:content-type:from:mime-version:subject:to')]

def p_mail13():
    d = T('2025-09-11 16:30:02')
    h = credly_in_gws(d, P_USER, P_GW)
    url = 'https://www.credly.com/earner/earned'
    badges = ['AWS Certified Cloud Practitioner', 'AWS Certified Developer - Associate', 'AWS Certified Solutions Architect - Professional']
    new = f"""Hi Priya,

At the request of AWS Training and Certification, the following badges that were issued to priya.n@calderfinch.com have been moved to your Credly account ({P_USER}):

""" + '\n'.join(f'  - {b}' for b in badges) + f"""

They are waiting for you now. Review and accept them so they appear on your public profile:
{url}

The Credly Team
"""
    text = PP_TEXT + "\n" + new.replace(url, urldefense(url)) + "\nCredly, Inc. - 100 Pine Street, Suite 1250, San Francisco, CA 94111\n"
    inner = ('<p>Hi Priya,</p><p>At the request of AWS Training and Certification, the following badges that were issued to priya.n@calderfinch.com '
             f'have been moved to your Credly account ({P_USER}):</p><ul>' + ''.join(f'<li>{b}</li>' for b in badges) + '</ul>'
             '<p>They are waiting for you now. Review and accept them so they appear on your public profile.</p>'
             f'<p><a href="{urldefense(url)}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Review my badges</a></p><p>The Credly Team</p>')
    html = credly_html(inner, wrap=urldefense).replace('<body dir="ltr">', '<body dir="ltr">' + PP_HTML)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + [('From', 'Credly <admin@credly.com>'), ('To', P_USER),
                ('Subject', '[External] Your badges have been moved to your Credly account'),
                ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')] + PP_HDRS()
    add('calderfinch-credly-1', hdrs, body, 'credly_badge_issued', None, new, True, 'en')

def p_mail14():
    d = T('2025-11-20 14:05:40')
    h = credly_in_gws(d, P_USER, P_GW, tz=-8, tzn='PST')
    url = 'https://aws.amazon.com/certification/recertification/'
    new = f"""Hi Priya,

Your AWS Certified Developer - Associate badge, issued by AWS Training and Certification, will expire on February 18, 2026.

To keep it active, you'll need to meet the issuer's recertification requirements before that date. Details are available here:
{url}

Once you have recertified, the issuer will send you an updated badge. Expired badges remain visible on your profile but are marked as expired.

The Credly Team
"""
    text = PP_TEXT + "\n" + new.replace(url, urldefense(url)) + "\nYou are receiving this email because you have a Credly account.\n"
    inner = paras(new).replace(esc(url), f'<a href="{urldefense(url)}">Recertification requirements</a>')
    html = credly_html(inner, wrap=urldefense).replace('<body dir="ltr">', '<body dir="ltr">' + PP_HTML)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + [('From', 'Credly <admin@credly.com>'), ('To', P_USER),
                ('Subject', '[External] Reminder: your AWS Certified Developer - Associate badge expires in 90 days'),
                ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')] + PP_HDRS()
    add('calderfinch-credly-2', hdrs, body, 'unrelated', None, new, True, 'en')

p_mail8(); p_mail9(); p_mail10(); p_mail11(); p_mail12(); p_mail13(); p_mail14()

# ------------------------------------------------ thread K: ホシノシステムズ (M365 Japan, [外部] tag)
K_USER = 'watanabe.kenji@hoshino-sys.co.jp'
K_OPEN = T('2025-05-27 23:02:13')
K_CASE = case15(K_OPEN, 4)
K_SUBJ = f'[CASE {K_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
K_SIG = ("--\n渡辺 健二 (Kenji Watanabe)\n株式会社ホシノシステムズ クラウド基盤部\nTEL: 03-5555-0192\n"
         "本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡のうえ、本メールを削除してください。")
K_CONF_D = T('2025-05-28 23:40:26')

def k_subject(s, tag='[外部] '):
    return ew(tag + s, 'utf-8', chunk=18)

def aws_in_o365_jp(d, rcpt, ses=0):
    host, ip, mf = SES_HOSTS[ses]
    return o365(d, rcpt, host, ip, mf, 'amazon.com', region='jpnprd01', lang='ja', cc='US')

JP_BANNER_HTML = ('<div style="border:2px solid #C00000;background:#FFF2F2;padding:6px;font-size:10pt;color:#C00000;font-family:Meiryo,sans-serif">'
                  + JP_BANNER_1 + '</div><br>')

def k_mail15():
    d = plus(K_OPEN, seconds=33)
    h, tail = aws_in_o365_jp(d, K_USER, 1)
    new = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お送りいただいた内容を受け付け、ケース番号 {K_CASE} として登録いたしました。

担当者が内容を確認のうえ、通常24時間以内にご連絡いたします。同じ内容で新たにお問い合わせを作成されますと対応が遅れる場合がございますので、追加の情報がある場合は本メールにそのままご返信ください。

■ 受付内容
お問い合わせの種類: AWS 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS06120934
内容: 以前の勤務先のメールアドレスで作成した認定アカウント（AWS 01187745）があり、現在のアカウントと一つにまとめたいと考えています。

AWS トレーニングと認定
"""
    text = JP_BANNER_1 + "\n\n" + new + "\n" + AWS_FOOTER_JA + "\n"
    body = part(text, charset='iso-2022-jp', cte='7bit')
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('To', K_USER),
        ('Subject', k_subject(K_SUBJ)), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('hoshino-uketsuke', hdrs, body, 'case_created', K_CASE, new, True, 'ja')

def k_conf_text():
    return f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの山口です。
お問い合わせいただいた認定アカウントの件について、確認いたしました。

以下の内容で手続きを進めてよろしいでしょうか。

  存続するアカウント: AWS06120934（{K_USER}）
  統合されるアカウント: AWS01187745（kenji.watanabe@tsubasa-net.co.jp）

統合されるアカウントの受験履歴と認定資格は存続するアカウントへ移され、元のアカウントはご利用いただけなくなります。一度実行すると元に戻すことはできませんので、あらかじめご了承ください。

上記でお間違いがなければ、その旨を本メールへのご返信にてお知らせください。ご返信を確認し次第、手続きを開始いたします。

よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""

def k_mail16():
    d = K_CONF_D
    h, tail = aws_in_o365_jp(d, K_USER, 1)
    new = k_conf_text()
    text = JP_BANNER_1 + "\n\n" + new + "\n" + AWS_FOOTER_JA + "\n"
    html = html_doc(JP_BANNER_HTML + '<div style="font-family:Meiryo,\'Hiragino Sans\',sans-serif;font-size:14px">' + paras(new) + '</div>'
                    + f'<p style="font-size:11px;color:#777">{esc(AWS_FOOTER_JA).replace(chr(10), "<br>")}</p>')
    body = alt(part(text, cte='base64'), part(html, 'html', cte='base64'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', K_USER),
        ('Subject', k_subject('RE:' + K_SUBJ)), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('hoshino-kakunin', hdrs, body, 'merge_confirmation_requested', K_CASE, new, True, 'ja')

def k_mail17():
    d = T('2025-05-29 05:15:40')
    user_d = T('2025-05-29 00:21:09')
    h, tail = aws_in_o365_jp(d, K_USER, 3)
    new = """渡辺様

ご確認いただき、ありがとうございます。
いただいたご回答をもとに、これより担当チームにて作業を進めてまいります。処理が終わりましたら、改めてメールにてご連絡いたしますので、今しばらくお待ちくださいませ。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    user = f"""山口様

お世話になっております。ホシノシステムズの渡辺です。
ご提示いただいた内容で問題ございません。手続きを進めていただけますでしょうか。

よろしくお願いいたします。

{K_SIG}"""
    q1 = outlook_block_ja(f'渡辺 健二 <{K_USER}>', user_d, f'Amazon Web Services <{FORM}>', 'RE: [外部] RE:' + K_SUBJ)
    q2 = outlook_block_ja(f'Amazon Web Services <{FORM}>', K_CONF_D, f'渡辺 健二 <{K_USER}>', '[外部] RE:' + K_SUBJ)
    conf = k_conf_text()
    text = (JP_BANNER_1 + "\n\n" + new + "\n" + AWS_FOOTER_JA + "\n\n________________________________\n" + q1 + "\n\n" + user +
            "\n\n________________________________\n" + q2 + "\n\n" + JP_BANNER_1 + "\n\n" + conf)
    html = html_doc(JP_BANNER_HTML + paras(new) + f'<p style="font-size:11px;color:#777">{esc(AWS_FOOTER_JA).replace(chr(10), "<br>")}</p>'
                    + outlook_html_quote(q1, paras(user) + outlook_html_quote(q2, JP_BANNER_HTML + paras(conf))))
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', K_USER),
        ('Subject', k_subject('RE:' + K_SUBJ)), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('hoshino-henshin-2', hdrs, body, 'support_reply', K_CASE, new, True, 'ja', ids=[])

def k_mail18():
    d = T('2025-05-30 09:30:02')
    h, tail = aws_in_o365_jp(d, K_USER, 0)
    new = f"""渡辺様

大変お待たせいたしました。
旧アカウントに登録されていた受験履歴および認定資格を、AWS06120934 へ移行いたしました。旧アカウントは無効化されておりますので、今後は {K_USER} でサインインしてください。CertMetrics の画面に反映されるまで数時間ほどかかる場合がございます。

Credly のデジタルバッジにつきましては、Credly から別途メールでご案内が届きます。

何かご不明な点がございましたら、本メールにご返信ください。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    attr = gmail_attr_ja(K_CONF_D, 'Amazon Web Services', FORM)
    conf = k_conf_text()
    text = JP_BANNER_1 + "\n\n" + new + "\n" + attr + "\n\n" + qmark(conf) + "\n"
    html = html_doc(JP_BANNER_HTML + paras(new) + gmail_html_quote(attr, paras(conf)))
    body = alt(part(text, cte='base64'), part(html, 'html', cte='base64'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', K_USER),
        ('Subject', k_subject('RE:' + K_SUBJ)), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('hoshino-henshin-3', hdrs, body, 'merge_completed', K_CASE, new, True, 'ja', ids=['AWS06120934'])

def k_mail19():
    d = T('2025-05-30 09:32:47')
    h, tail = aws_in_o365_jp(d, K_USER, 0)
    yes = f'https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={K_CASE}&lang=ja&a=1'
    no = f'https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={K_CASE}&lang=ja&a=0'
    new = f"""渡辺 健二 様

このたびは AWS トレーニングと認定サポートをご利用いただき、誠にありがとうございました。
ケース {K_CASE} はクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間: 約2分）。

お問い合わせの問題は解決しましたか?
はい: {yes}
いいえ: {no}

本件について引き続きサポートが必要な場合は、14日以内に本メールへご返信いただくことでケースを再開できます。

AWS トレーニングと認定
"""
    text = JP_BANNER_1 + "\n\n" + new.replace(yes, safelink(yes, K_USER, 'apc01')).replace(no, safelink(no, K_USER, 'apc01')) + "\n" + AWS_FOOTER_JA + "\n"
    html_new = paras(new).replace(esc(yes), f'<a href="{safelink(yes, K_USER, "apc01")}" originalsrc="{yes}">はい</a>').replace(
        esc(no), f'<a href="{safelink(no, K_USER, "apc01")}" originalsrc="{no}">いいえ</a>')
    html = html_doc(JP_BANNER_HTML + html_new + f'<p style="font-size:11px;color:#777">{esc(AWS_FOOTER_JA).replace(chr(10), "<br>")}</p>')
    body = alt(part(text, charset='iso-2022-jp', cte='7bit'), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('To', K_USER),
        ('Subject', k_subject(f'アンケートのお願い: ケース {K_CASE}')), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('hoshino-anketo', hdrs, body, 'survey', K_CASE, new, True, 'ja')

def k_mail20():
    d = T('2025-06-02 01:48:13')
    earlier = T('2025-05-28 03:10:55')
    new = """渡辺さん

お疲れさまです。田村です。

先日相談してくれた AWS 認定アカウントの件、その後どうなりましたか？
来月の資格手当の申請で認定番号が必要になるので、まとまった後の ID がわかったら共有してください。
急ぎではないので、月末までで大丈夫です。

よろしくお願いします。

田村
"""
    old = f"""田村さん

お疲れさまです。渡辺です。
昨日 AWS のサポートに統合の依頼を出しました。ケース番号は {K_CASE} です。
残すのは今の会社アドレスの AWS06120934 のほうで、前職の AWS01187745 をそこにまとめてもらう予定です。

{K_SIG}"""
    q = outlook_block_ja(f'渡辺 健二 <{K_USER}>', earlier, f'田村 浩 <tamura.hiroshi@hoshino-sys.co.jp>', 'AWS認定アカウントの件')
    text = new + "\n________________________________\n" + q + "\n\n" + old + "\n"
    body = part(text, charset='shift_jis', cte='base64')
    hdrs = o365_internal(d, 'jpnprd01') + [
        ('From', addr('田村 浩', 'tamura.hiroshi@hoshino-sys.co.jp', 'iso-2022-jp')), ('To', addr('渡辺 健二', K_USER, 'iso-2022-jp')),
        ('Subject', ew('RE: AWS認定アカウントの件', 'iso-2022-jp', chunk=8)), ('Thread-Topic', ew('AWS認定アカウントの件', 'iso-2022-jp', chunk=8)),
        ('Thread-Index', f'AQH{b64r(30)}=='), ('Date', rfc(d, 9)),
        ('Message-ID', f'<TYCPR01MB{RNG.randint(1000, 9999)}{alnum(6, True)}{RNG.randint(1000, 9999)}@TYCPR01MB{RNG.randint(1000, 9999)}.jpnprd01.prod.outlook.com>'),
        ('In-Reply-To', f'<TYCPR01MB{RNG.randint(1000, 9999)}{alnum(6, True)}@TYCPR01MB{RNG.randint(1000, 9999)}.jpnprd01.prod.outlook.com>'),
        ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP')] + INTERNAL_TAIL
    hdrs[-1:-1] = []
    add('hoshino-shanai', hdrs, body, 'unrelated', K_CASE, new, None, 'ja', ids=[])

k_mail15(); k_mail16(); k_mail17(); k_mail18(); k_mail19(); k_mail20()

# ------------------------------------------------ thread M: 東邦データ工業 (on-prem Japanese gateway, 【社外】 tag)
M_USER = 'sato.misaki@tohodata.co.jp'
M_GW, M_MBX = 'mgw02.tohodata.co.jp', 'mbox01.tohodata.co.jp'
M_OPEN = T('2026-01-14 01:15:40')
M_CASE = case15(M_OPEN, 301)
M_SUBJ = '認定アカウントの統合について'
M_BANNER = JP_BANNER_2

def aws_in_jpgw(d, rcpt, gw, mbx, ses=0, **kw):
    host, ip, mf = SES_HOSTS[ses]
    envelope = f'0100{int(d.timestamp() * 1000):012x}-{uid()}-000000@{mf}'
    return jpgw(d, rcpt, gw, mbx, host, ip, envelope, 'amazon.com', **kw)

def m_mail21():
    d = plus(M_OPEN, seconds=5)
    h = aws_in_jpgw(d, M_USER, M_GW, M_MBX, 2)
    url = console_url(M_CASE, 'ja')
    new = f"""AWS をご利用いただき、ありがとうございます。

お問い合わせいただいた内容について、ケース {M_CASE} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {M_CASE}
件名: {M_SUBJ}
重要度: 一般的な質問
内容: 認定のアカウントが2つあります（AWS04471208 と aws-08832516）。一つにまとめていただけますでしょうか。

ケースの確認や返信の追加は、AWS サポートセンターからいつでも行えます:
{url}

このメールアドレスは送信専用のため、返信を受け付けておりません。ケースを更新するには、上記のリンクをご利用ください。

Amazon Web Services
"""
    text = M_BANNER + "\n" + new + "\n" + AWS_FOOTER_JA + "\n"
    body = part(text)
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', M_USER),
        ('Subject', ew(f'【社外】Amazon Web Services: 新しいサポートケースを作成しました: {M_CASE}', 'utf-8', chunk=15)),
        ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('tohodata-case-open', hdrs, body, 'case_created', M_CASE, new, True, 'ja')

def m_mail22():
    d = T('2026-01-15 06:20:11')
    h = aws_in_jpgw(d, M_USER, M_GW, M_MBX, 2)
    url = console_url(M_CASE, 'ja')
    new = f"""佐藤様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定サポートの木村と申します。

お知らせいただいた AWS04471208、AWS08832516 の2件について確認を進めております。手続きを承るにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. それぞれのアカウントにサインインする際のメールアドレス
2. 通知の受信先として登録されているメールアドレス（サインイン用と異なる場合）
3. 今後お使いになるアカウントがどちらか
4. アカウントが2つになった経緯（おわかりになる範囲で結構です）

お手数ですが、サポートセンターの本ケースにてご返信ください。
{url}

木村
Amazon Web Services
"""
    html = html_doc('<div style="border:1px solid #999;background:#f0f0f0;padding:4px;font-size:12px">' + esc(M_BANNER).replace('\n', '<br>') + '</div>'
                    + paras(new).replace(esc(url), f'<a href="{esc(url)}">サポートセンターでケースを表示</a>')
                    + f'<p style="font-size:11px;color:#777">{esc(AWS_FOOTER_JA).replace(chr(10), "<br>")}</p>')
    body = part(html, 'html', cte='base64')
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', M_USER),
        ('Subject', ew(f'【社外】RE:[CASE {M_CASE}] {M_SUBJ}', 'utf-8', chunk=16)),
        ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('tohodata-kimura-1', hdrs, body, 'support_reply', M_CASE, new, True, 'ja')

def m_mail23():
    d = T('2026-01-16 08:05:37')
    h = aws_in_jpgw(d, M_USER, M_GW, M_MBX, 1)
    new = f"""佐藤様

ご回答いただき、ありがとうございます。いただいた情報をもとに、以下のとおり準備が整いました。

・残るアカウント: AWS04471208（{M_USER}）
・統合元のアカウント: AWS08832516（m.sato0412@docomo.ne.jp）

統合元のアカウントにある認定資格、受験履歴、特典は、すべて残るアカウントに引き継がれます。なお、この操作は後から取り消すことができません。

内容をご確認のうえ、問題がなければサポートセンターの本ケースに「同意します」とご返信ください。ご同意をいただくまで、作業は行いません。

木村
Amazon Web Services
"""
    text = M_BANNER + "\n" + new + "\n" + AWS_FOOTER_JA + "\n"
    body = part(text, charset='iso-2022-jp', cte='7bit')
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', M_USER),
        ('Subject', ew(f'【社外】RE:[CASE {M_CASE}] {M_SUBJ}', 'iso-2022-jp', chunk=14)),
        ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('tohodata-kimura-2', hdrs, body, 'merge_confirmation_requested', M_CASE, new, True, 'ja')

def m_mail24():
    d = T('2026-01-19 02:40:09')
    h = aws_in_jpgw(d, M_USER, M_GW, M_MBX, 0)
    rate = f'https://support.console.aws.amazon.com/support/feedback?displayId={M_CASE}&language=ja'
    new = f"""佐藤様

お待たせいたしました。作業が完了しましたのでご報告いたします。
AWS08832516 の記録はすべて AWS04471208 に移されており、今後は AWS04471208 のみでサインインいただけます。特典（次回受験の50%割引）も引き継がれていることを確認しております。

ご依頼の内容は以上となりますので、本ケースはクローズさせていただきます。

よろしければ、今回の対応についてご評価をお願いいたします。
{rate}

木村
Amazon Web Services
"""
    text = M_BANNER + "\nこのメールは HTML 形式で送信されています。HTML 表示に対応したメールソフトでご覧ください。\n"
    html = html_doc('<div style="border:1px solid #999;background:#f0f0f0;padding:4px;font-size:12px">' + esc(M_BANNER).replace('\n', '<br>') + '</div>'
                    + paras(new).replace(esc(rate), f'<a href="{esc(rate)}">対応を評価する</a>')
                    + f'<p style="font-size:11px;color:#777">{esc(AWS_FOOTER_JA).replace(chr(10), "<br>")}</p>')
    body = alt(part(text), part(html, 'html', cte='base64'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', M_USER),
        ('Subject', ew(f'【社外】RE:[CASE {M_CASE}] {M_SUBJ}', 'utf-8', chunk=16)),
        ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('tohodata-kimura-3', hdrs, body, 'merge_completed', M_CASE, new, True, 'ja')

def m_mail25():
    d = T('2026-01-20 03:10:44')
    ip = f'167.89.{RNG.randint(100, 120)}.{RNG.randint(2, 250)}'
    host = f'o{RNG.randint(1, 9)}.ptr{RNG.randint(1000, 9999)}.credly.com'
    h = jpgw(d, M_USER, M_GW, M_MBX, host, ip, 'bounces+5512873-a1c0-sato.misaki=tohodata.co.jp@em4821.credly.com', 'credly.com')
    h += [dkim(d, 'credly.com', 's1', d, 'cc:content-type:from:mime-version:subject:to')]
    url = f'https://www.credly.com/badges/{uid()}/accept?locale=ja'
    new = f"""佐藤 美咲 さん

おめでとうございます。AWS Training and Certification から新しいバッジが発行されました。

AWS Certified Data Engineer - Associate

バッジを受け取ると、LinkedIn やメールの署名などで、習得したスキルを紹介できます。

バッジを受け取る: {url}

Credly チーム
"""
    text = M_BANNER + "\n" + new + "\nCredly, Inc. · 100 Pine Street, Suite 1250, San Francisco, CA 94111\n"
    inner = ('<p>佐藤 美咲 さん</p><p style="font-size:20px;font-weight:bold">おめでとうございます。</p>'
             '<p>AWS Training and Certification から新しいバッジが発行されました。</p>'
             f'<p><img src="https://images.credly.com/size/340x340/images/{uid()}/image.png" width="120" alt=""><br><b>AWS Certified Data Engineer &ndash; Associate</b></p>'
             '<p>バッジを受け取ると、LinkedIn やメールの署名などで、習得したスキルを紹介できます。</p>'
             f'<p><a href="{esc(url)}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></p><p>Credly チーム</p>')
    html = credly_html(inner).replace('<body dir="ltr">', '<body dir="ltr"><div style="border:1px solid #999;background:#f0f0f0;padding:4px;font-size:12px">'
                                      + esc(M_BANNER).replace('\n', '<br>') + '</div>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + [('From', '"AWS Training and Certification via Credly" <admin@credly.com>'), ('To', M_USER),
                ('Subject', ew('【社外】AWS Training and Certification からバッジが発行されました', 'utf-8', chunk=20)),
                ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')]
    add('tohodata-credly', hdrs, body, 'credly_badge_issued', None, new, True, 'ja')

def m_mail26():
    d = T('2026-01-16 23:00:03')
    rows = [('2026/01/16 09:12', 'support@aws-certify-jp.com', '【重要】AWS認定アカウントの統合確認 - 本日中にご対応ください', 'フィッシングの疑い'),
            ('2026/01/16 13:47', 'info@seminar-cloudnext.jp', '【無料】生成AI活用セミナーのご案内', 'スパム'),
            ('2026/01/16 21:05', 'noreply@delivery-tracking.example.net', 'お荷物のお届けについて', '添付ファイル検疫')]
    new = ("佐藤 美咲 様\n\n以下のメールは、当社のメールセキュリティゲートウェイにより隔離されました。\n"
           "心当たりのあるメールのみ、隔離管理画面から解除申請を行ってください。\n\n"
           + '\n'.join(f'受信日時: {a}\n送信者: {b}\n件名: {c}\n判定: {e}\n' for a, b, c, e in rows) +
           "\n隔離メールは14日後に自動的に削除されます。\n解除申請: https://mgw02.tohodata.co.jp/quarantine/user\n\n"
           "情報システム部 セキュリティ運用グループ\n（本メールは自動送信です。返信しないでください）\n")
    body = part(new, charset='iso-2022-jp', cte='7bit')
    hdrs = [('Return-Path', '<mail-security@tohodata.co.jp>'),
            ('Received', f'from mgw02.tohodata.co.jp (mgw02 [10.12.1.22])\n\tby {M_MBX} (Postfix) with ESMTP id {alnum(11, True)}\n\tfor <{M_USER}>; {rfc(d, 9)}'),
            ('From', addr('メールセキュリティ', 'mail-security@tohodata.co.jp', 'iso-2022-jp')), ('To', M_USER),
            ('Subject', ew('【隔離通知】隔離されたメールが3件あります', 'iso-2022-jp', chunk=10)),
            ('Date', rfc(d, 9)), ('Message-ID', f'<{alnum(16)}.{RNG.randint(10**9, 10**10)}@mgw02.tohodata.co.jp>'),
            ('X-Mailer', 'MailGates Digest 5.2')]
    add('tohodata-digest', hdrs, body, 'unrelated', None, new, None, 'ja')

m_mail21(); m_mail22(); m_mail23(); m_mail24(); m_mail25(); m_mail26()

# ------------------------------------------------ thread T: Nordwind Energie (M365 EU behind Mimecast)
T_USER = 'tom.becker@nordwind-energie.de'
T_CASE = '13052287614'
T_SUBJ = f'[CASE {T_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
T_BANNER = ("[EXTERN] CAUTION: This email originated from outside of Nordwind Energie. Do not click links or open attachments "
            "unless you recognise the sender and know the content is safe.")
T_BANNER_HTML = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#fde9d9;border-left:6px solid #e36c09">'
                 '<tr><td style="padding:6px 10px;font-family:Segoe UI,Arial,sans-serif;font-size:12px;color:#3b3b3b">'
                 f'{esc(T_BANNER)}</td></tr></table><br>')
T_SIG = ("Tom Becker\nCloud Platform Lead\n\nNordwind Energie GmbH\nAm Sandtorkai 48, 20457 Hamburg\nwww.nordwind-energie.de\n\n"
         "Nordwind Energie GmbH | Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg, HRB 158842 | "
         "Geschaeftsfuehrung: Dr. Katrin Albers, Jens Mahler\n"
         "This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received "
         "this e-mail in error) please notify the sender immediately and destroy this e-mail.")

def aws_via_mimecast(d, rcpt, ses=0):
    host, ip, mf = SES_HOSTS[ses]
    mc_host = f'eu-smtp-delivery-{RNG.choice([151, 197, 1])}.mimecast.com'
    mc_ip = f'185.58.{RNG.choice([85, 86])}.{RNG.randint(100, 200)}'
    up = [('Received', f'from {host} ({host} [{ip}]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.3,\n'
                       f' cipher=TLS_AES_256_GCM_SHA384) id eu-mta-{RNG.randint(1, 60)}-{alnum(22)}-1; {rfc(plus(d, seconds=-2))}'),
          ('X-Mimecast-MFC-PROC-ID', f'{alnum(22)}_{RNG.randint(10, 99)}'),
          ('X-Mimecast-Spam-Score', '1'),
          ('X-Mimecast-Originator', 'amazon.com')]
    return o365(d, rcpt, mc_host, mc_ip, mf, 'amazon.com', region='eurprd04', cc='GB', ar_ip=ip, upstream=up)

def t_form(d):
    return f"""Hello Tom,

We've received your message and a support case has been created for it (case ID {T_CASE}). One of our Training and Certification specialists will be in touch, in most cases within one business day.

To help us resolve this quickly, please keep all communication about this request on this case by replying to this email rather than submitting a new form.

What you submitted:
- Category: AWS Certification / Account Merge
- Candidate ID: AWS09263301
- Message: There are two candidate IDs in my name. The second one is AWS-02049187, which I created with my private address when booking an exam through Pearson VUE in 2023. I would like to keep AWS09263301 and have everything from the other one moved there.

AWS Training and Certification
"""

def t_mail27():
    d = T('2025-03-18 08:14:02')
    h, tail = aws_via_mimecast(d, T_USER, 1)
    new = t_form(d)
    text = T_BANNER + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n"
    body = part(text, cte='base64')
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('To', T_USER),
        ('Subject', f'[EXTERN] {T_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('nordwind-ack', hdrs, body, 'case_created', T_CASE, new, True, 'en')

def t_mail28():
    d = T('2025-03-20 10:30:55')
    h, tail = aws_via_mimecast(d, T_USER, 1)
    new = f"""Hi Tom,

Just a quick update on your request. I have passed it on to our certification records team, who handle this type of request. They are dealing with a higher volume than usual at the moment, so it may be three to five business days before we come back to you with the next step.

There is no need to open another case - we will update you here.

Kind regards,

Anneke V.
AWS Training and Certification
"""
    text = T_BANNER + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n"
    html = html_doc(T_BANNER_HTML + paras(new) + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', T_USER),
        ('Subject', f'[EXTERN] RE:{T_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('nordwind-update', hdrs, body, 'support_reply', T_CASE, new, True, 'en')

def t_mail29():
    d = T('2025-03-24 14:55:21')
    ud = T('2025-03-21 07:48:30')
    h, tail = aws_via_mimecast(d, T_USER, 3)
    intro = """Hi Tom,

Thanks for your questions. Please find my answers inline below in blue.

Kind regards,
Anneke V.
AWS Training and Certification
"""
    qa = [("1) Will the 50% discount from my SAA exam (taken on AWS-02049187) still be usable after the merge?",
           "Yes. Once the merge is complete, any unused benefits will be listed under AWS09263301 in the Benefits section of your certification account."),
          ("2) Which ID should I put on my next exam booking (Security Specialty in May)?",
           "Please keep using AWS09263301. The other ID will stop working as soon as the merge has gone through."),
          ("3) Will my Credly badges move automatically?",
           "Not on their own. When the merge is finished we will ask Credly to transfer them, and you will receive an email from Credly at that point.")]
    user_pre = "Hello Anneke,\n\nthanks for the update. While we wait, a few questions:\n"
    user_post = "\nThanks in advance!\n\nBest regards\nTom\n\n" + T_SIG
    q = outlook_block_en(f'Tom Becker <{T_USER}>', ud, 1, f'Amazon Web Services <{FORM}>', f'AW: [EXTERN] RE:{T_SUBJ}')
    new_text = intro + '\n'.join(a for _, a in qa)
    text = (T_BANNER + "\n\n" + intro + "\n" + AWS_FOOTER_EN + "\n\n________________________________\n" + q + "\n\n" + user_pre + "\n" +
            '\n'.join(f'{qq}\n[AWS] {a}\n' for qq, a in qa) + user_post + "\n")
    qa_html = ''.join(f'<p class="MsoNormal">{esc(qq)}</p><p class="MsoNormal" style="margin-left:18pt"><span style="color:#0070C0"><b>{esc(a)}</b></span></p><p class="MsoNormal">&nbsp;</p>' for qq, a in qa)
    user_html = paras(user_pre) + qa_html + paras(user_post)
    html = html_doc(T_BANNER_HTML + paras(intro).replace('in blue', '<span style="color:#0070C0">in blue</span>')
                    + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>' + outlook_html_quote(q, user_html))
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', T_USER),
        ('Subject', f'[EXTERN] RE:{T_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('nordwind-inline', hdrs, body, 'support_reply', T_CASE, new_text, True, 'en', ids=['AWS09263301'])

T_CONF_D = T('2025-03-26 09:05:48')
def t_conf_text():
    return """Hello Tom,

Our records team has prepared your request. Please look over the following carefully:

Profile that will remain: AWS09263301 (tom.becker@nordwind-energie.de)
Profile that will be absorbed: AWS02049187 (tbecker.privat@gmx.de)

After the absorbed profile's exams, certifications and benefits have been moved across, it will be closed for good. We are not able to roll this back afterwards.

If this is what you want, simply reply to this email with your approval and we will schedule it.

Kind regards,

Anneke V.
AWS Training and Certification
"""

def t_mail30():
    d = T_CONF_D
    h, tail = aws_via_mimecast(d, T_USER, 1)
    new = t_conf_text()
    u = 'https://www.aws.training/Certification'
    text = T_BANNER + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n"
    html = html_doc(T_BANNER_HTML + '<div style="font-family:Arial,sans-serif;font-size:10pt">' + paras(new) + '</div>'
                    + f'<p style="font-size:9pt;color:#777">Manage your certifications at <a href="{mimecast(u)}">{u}</a><br>{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', T_USER),
        ('Subject', f'[EXTERN] RE:{T_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('nordwind-records', hdrs, body, 'merge_confirmation_requested', T_CASE, new, True, 'en')

def t_mail31():
    d = T('2025-03-27 16:40:13')
    ud = T('2025-03-26 10:02:44')
    h, tail = aws_via_mimecast(d, T_USER, 0)
    new = """Hi Tom,

Your two certification profiles are now one. AWS02049187 has been closed, and its exam history now appears on AWS09263301 together with the unused 50% benefit. Please allow up to 24 hours for everything to display correctly.

We have also asked Credly to move the badges over; expect a separate email from them.

Kind regards,

Anneke V.
AWS Training and Certification
"""
    user = "Hello Anneke,\n\nyes, that is correct - please go ahead.\n\nBest regards\nTom\n\n" + T_SIG
    q1 = outlook_block_en(f'Tom Becker <{T_USER}>', ud, 1, f'Amazon Web Services <{FORM}>', f'AW: [EXTERN] RE:{T_SUBJ}')
    q2 = outlook_block_en(f'Amazon Web Services <{FORM}>', T_CONF_D, 1, f'Tom Becker <{T_USER}>', f'[EXTERN] RE:{T_SUBJ}')
    html = html_doc(T_BANNER_HTML + '<div style="font-family:Arial,sans-serif;font-size:10pt">' + paras(new) + '</div>'
                    + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>'
                    + outlook_html_quote(q1, paras(user) + outlook_html_quote(q2, T_BANNER_HTML + paras(t_conf_text()))))
    body = part(html, 'html', cte='quoted-printable')
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', T_USER),
        ('Subject', f'[EXTERN] RE:{T_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('nordwind-records-2', hdrs, body, 'merge_completed', T_CASE, new, True, 'en')

def t_mail32():
    d = T('2025-03-27 16:42:30')
    h, tail = aws_via_mimecast(d, T_USER, 0)
    y = f'https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={T_CASE}&a=1'
    n = f'https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={T_CASE}&a=0'
    new = f"""Hello,

Case {T_CASE} has been closed.

We're always looking to get better. Tell us about your experience in a two-question survey - it only takes a moment.

Did we solve your problem?
  Yes  {y}
  No   {n}

Thank you for choosing AWS Training and Certification.
"""
    text = T_BANNER + "\n\n" + new.replace(y, mimecast(y)).replace(n, mimecast(n)) + "\n" + AWS_FOOTER_EN + "\n"
    html = html_doc(T_BANNER_HTML + f'<p>Hello,</p><p>Case {T_CASE} has been closed.</p>'
                    "<p>We're always looking to get better. Tell us about your experience in a two-question survey - it only takes a moment.</p>"
                    f'<p><b>Did we solve your problem?</b></p><p><a href="{mimecast(y)}">Yes</a> &nbsp;|&nbsp; <a href="{mimecast(n)}">No</a></p>'
                    '<p>Thank you for choosing AWS Training and Certification.</p>' + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{FORM}>'), ('To', T_USER),
        ('Subject', f'[EXTERN] Your AWS Training and Certification case {T_CASE} has been closed'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('nordwind-closed', hdrs, body, 'survey', T_CASE, new, True, 'en')

def t_mail33():
    d = T('2025-03-28 09:12:40')
    start, end = T('2025-04-02 12:00:00'), T('2025-04-02 12:30:00')
    org = 'jana.hoffmann@nordwind-energie.de'
    join = f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64r(40).replace("/", "A").replace("+", "B")}%40thread.v2/0?context=%7b%22Tid%22%3a%22{uid()}%22%7d'
    new = f"""Hi all,

quick 30 minutes to finalise the certification headcount for the AWS Partner renewal. Please have your current certification ID ready.
Tom - yours is AWS09263301 now that the merge is done, right? I'll put that in the sheet.

Agenda:
- Certification list per person (sheet in the Partner channel)
- Expiring certs in 2025
- Budget for Q2 exams

Jana
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <{join}>
Meeting ID: 312 884 550 912
Passcode: hY7qT2
________________________________________________________________________________
"""
    ics = (f"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
           f"BEGIN:VEVENT\r\nORGANIZER;CN=Jana Hoffmann:mailto:{org}\r\n"
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Becker:mailto:{T_USER}\r\n"
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Vogt:mailto:lena.vogt@nordwind-energie.de\r\n"
           f"DESCRIPTION;LANGUAGE=en-US:quick 30 minutes to finalise the certification headcount for the AWS Partner renewal.\r\n"
           f"UID:040000008200E00074C5B7101A82E008000000{hexs(40).upper()}\r\n"
           f"SUMMARY;LANGUAGE=en-US:AWS Partner renewal - certification headcount\r\n"
           f"DTSTART;TZID=W. Europe Standard Time:20250402T140000\r\nDTEND;TZID=W. Europe Standard Time:20250402T143000\r\n"
           f"CLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:{d.strftime('%Y%m%dT%H%M%SZ')}\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n"
           f"LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\r\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nX-MICROSOFT-ONLINEMEETINGINFORMATION:1\r\n"
           f"BEGIN:VALARM\r\nDESCRIPTION:REMINDER\r\nTRIGGER;RELATED=START:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    html = html_doc(paras(new.split('____')[0]) + '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
                    '________________________________________________________________________________</span></div>'
                    f'<div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></div>'
                    f'<div><a href="{join}" style="font-size:20px;font-weight:600;color:#5B5FC7">Join the meeting now</a></div>'
                    '<div style="margin-top:8px">Meeting ID: 312 884 550 912<br>Passcode: hY7qT2</div>')
    body = alt(part(new), part(html, 'html'), calendar_part(ics))
    hdrs = o365_internal(d, 'eurprd04') + [
        ('From', f'Jana Hoffmann <{org}>'), ('To', f'Tom Becker <{T_USER}>, Lena Vogt <lena.vogt@nordwind-energie.de>'),
        ('Subject', 'AWS Partner renewal - certification headcount'), ('Thread-Topic', 'AWS Partner renewal - certification headcount'),
        ('Thread-Index', f'AdW{b64r(26)}=='), ('Date', rfc(d, 1)),
        ('Message-ID', f'<AS8PR04MB{RNG.randint(1000, 9999)}{alnum(6, True)}{RNG.randint(1000, 9999)}@AS8PR04MB{RNG.randint(1000, 9999)}.eurprd04.prod.outlook.com>'),
        ('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'en-US'),
        ('X-MS-Exchange-Organization-MessageDirectionality', 'Originating'),
        ('X-MS-Exchange-Calendar-Series-Instance-Id', f'BAAAAIIA4AB0xbcQGoLgCAAAAA{b64r(30)}'),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-SCL', '-1')]
    add('nordwind-teams-invite', hdrs, body, 'unrelated', None, new, None, 'en')

t_mail27(); t_mail28(); t_mail29(); t_mail30(); t_mail31(); t_mail32(); t_mail33()

# ------------------------------------------------ thread N: Minato FinTech (Google Workspace, [外部] subject + compliance footer)
N_USER = 'nakamura.sho@minato-fintech.co.jp'
N_OPEN = T('2025-11-05 02:30:18')
N_CASE = case15(N_OPEN, 2417)
N_SUBJ = '認定アカウントが重複しています'
N_FOOTER = ("\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n※このメールは社外から送信されました。心当たりのないリンクや添付ファイルは開かず、"
            "不審な場合は情報システム部（内線 2200）までご連絡ください。\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n")
N_FOOTER_HTML = ('<br><div style="border-top:2px solid #1F4E79;margin-top:12px;padding-top:6px;font-size:11px;color:#1F4E79">'
                 '※このメールは社外から送信されました。心当たりのないリンクや添付ファイルは開かず、不審な場合は情報システム部（内線 2200）までご連絡ください。</div>')

def n_subject(s):
    return ew('[外部] ' + s, 'utf-8', chunk=16)

def n_mail34():
    d = plus(N_OPEN, seconds=4)
    h = aws_in_gws(d, N_USER, 3, tz=9, tzn=None)
    url = console_url(N_CASE, 'ja')
    new = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせの内容について、ケース {N_CASE} を作成しました。

ケース ID: {N_CASE}
件名: {N_SUBJ}
重大度: 一般的なガイダンス

ケースの状況確認や追加の連絡は、AWS サポートセンターから行えます。
{url}

このメールへのご返信はお受けできません。ケースを更新する場合は、上記リンクからお手続きください。

アマゾン ウェブ サービス
"""
    text = new + N_FOOTER
    html = html_doc(paras(new).replace(esc(url), f'<a href="{esc(url)}">{esc(url)}</a>') + N_FOOTER_HTML)
    body = alt(part(text, cte='base64'), part(html, 'html', cte='base64'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', N_USER),
        ('Subject', n_subject(f'Amazon Web Services: You have opened a new Support case: {N_CASE}')),
        ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('minato-case', hdrs, body, 'case_created', N_CASE, new, True, 'ja')

def n_mail35():
    d = T('2025-11-12 04:00:51')
    h = aws_in_gws(d, N_USER, 2, tz=9, tzn=None)
    url = console_url(N_CASE, 'ja')
    new = f"""中村様

AWS トレーニングと認定サポートの伊藤です。
11月6日にお送りしたご案内について、その後いかがでしょうか。

手続きを進めるにあたり、aws07150062 と aws03308851 のうち、今後お使いになる受験者 ID をお知らせいただく必要がございます。

引き続きサポートが必要な場合は、サポートセンターから本ケースにご返信ください。
{url}

なお、7日以内にご返信が確認できない場合、本ケースは自動的にクローズされます。クローズ後も同じケースから再開いただけます。

伊藤
アマゾン ウェブ サービス
"""
    text = new + N_FOOTER
    body = part(text, cte='quoted-printable')
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', N_USER),
        ('Subject', n_subject(f'RE:[CASE {N_CASE}] {N_SUBJ}')), ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('minato-ito-2', hdrs, body, 'support_reply', N_CASE, new, True, 'ja')

def n_mail36():
    d = T('2025-11-14 07:22:16')
    h = aws_in_gws(d, N_USER, 0, tz=9, tzn=None)
    url = console_url(N_CASE, 'ja')
    new = f"""Hello Sho,

My apologies for writing in English - I'm covering this case for my colleague.

Your certification profiles have now been unified under AWS07150062. The profile AWS03308851 is no longer active; its exam records and certifications were transferred before it was switched off. Please sign in with nakamura.sho@minato-fintech.co.jp from now on.

If anything looks wrong, just reply to the case in the Support Center:
{url}

Best regards,

Daniel K.
Amazon Web Services
"""
    text = new + N_FOOTER
    html = html_doc(paras(new).replace(esc(url), f'<a href="{esc(url)}">Support Center</a>') + N_FOOTER_HTML)
    body = alt(part(text, cte='7bit' if all(ord(c) < 128 for c in text) else 'quoted-printable'), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', N_USER),
        ('Subject', n_subject(f'RE:[CASE {N_CASE}] {N_SUBJ}')), ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('minato-daniel', hdrs, body, 'merge_completed', N_CASE, new, True, 'en')

def n_mail37():
    d = T('2025-11-14 07:25:40')
    h = aws_in_gws(d, N_USER, 0, tz=9, tzn=None)
    stars = [(i, f'https://survey.support.aws.amazon.com/feedback?displayId={N_CASE}&score={i}&lang=ja') for i in range(1, 6)]
    new = f"""中村 翔 様

ケース {N_CASE}（{N_SUBJ}）は解決済みとなりました。

今回の AWS サポートの対応はいかがでしたか？ 1 から 5 の星で評価してください。
""" + '\n'.join(f'{"★" * i}{"☆" * (5 - i)}  {u}' for i, u in stars) + """

いただいたご意見は、サポート品質の向上のために活用させていただきます。

アマゾン ウェブ サービス
"""
    text = new + N_FOOTER
    html = html_doc(f'<p>中村 翔 様</p><p>ケース {N_CASE}（{N_SUBJ}）は解決済みとなりました。</p><p>今回の AWS サポートの対応はいかがでしたか？ 1 から 5 の星で評価してください。</p><p>'
                    + ' '.join(f'<a href="{esc(u)}" style="font-size:22px;color:#FF9900;text-decoration:none">{"★" * i}</a>' for i, u in stars)
                    + '</p><p>いただいたご意見は、サポート品質の向上のために活用させていただきます。</p><p>アマゾン ウェブ サービス</p>' + N_FOOTER_HTML)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [
        ('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', N_USER),
        ('Subject', n_subject('AWS サポートのご利用に関するアンケート')), ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('minato-survey', hdrs, body, 'survey', N_CASE, new, True, 'ja')

def n_mail38():
    d = T('2025-11-09 10:41:02')
    dom = 'aws-certification-jp.com'
    ip = '45.142.122.37'
    h = gws(d, N_USER, f'mail.{dom}', ip, f'bounce@{dom}', dom, dkim_doms=(dom,), tz=9, tzn=None, p='NONE')
    link = f'https://{dom}/account/merge/confirm?uid={alnum(20)}'
    new = f"""中村 翔 様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の認定アカウントの統合について、最終確認のお願いです。
ご依頼いただいた内容に基づき、以下のとおり統合の準備が完了しています。

　統合先: 現在ご利用中のアカウント（{N_USER}）
　統合元: 以前ご利用のアカウント

統合を実行すると元に戻すことはできません。内容にお間違いがなければ、48時間以内に下記のページで確認手続きを行ってください。期限内に確認いただけない場合、保有資格が一時的に無効となる場合があります。

▼ 統合内容を確認する
{link}

AWS トレーニングと認定 サポートチーム
"""
    text = new + N_FOOTER
    html = html_doc(paras(new).replace(esc(link), f'<a href="{esc(link)}" style="background:#FF9900;color:#000;padding:10px 20px;text-decoration:none">確認手続きへ進む</a>') + N_FOOTER_HTML)
    body = alt(part(text, cte='base64'), part(html, 'html', cte='base64'))
    hdrs = h + [dkim(d, dom, 'default', d, 'from:to:subject:date:message-id'),
                ('From', addr('AWS トレーニングと認定', f'support@{dom}')), ('To', N_USER),
                ('Subject', n_subject('【要対応】認定アカウント統合の最終確認')), ('Date', rfc(d, 9)),
                ('Message-ID', f'<{alnum(20)}@{dom}>'), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    add('minato-kakunin', hdrs, body, 'merge_confirmation_requested', None, new, False, 'ja')

n_mail34(); n_mail35(); n_mail36(); n_mail37(); n_mail38()

# ------------------------------------------------ thread A: Brightwave Health (M365, first-contact tip, Safe Links)
A_USER = 'alex.kim@brightwavehealth.org'
A_OPEN = T('2025-10-21 15:48:09')
A_CASE = case15(A_OPEN, 5)
A_CSUBJ = 'Merge duplicate certification accounts AWS 01673349 and AWS 05902287'
FIRST_CONTACT = ('<table border="0" cellspacing="0" cellpadding="0" align="left" width="100%" style="width:100%"><tr>'
                 '<td style="background:#A6A6A6;padding:7.5pt 2pt 7.5pt 2pt"></td><td width="100%" style="width:100.0%;background:#EAEAEA;padding:7.5pt 5.25pt 7.5pt 11.25pt">'
                 '<div><p class="MsoNormal" style="mso-line-height-rule:exactly;line-height:12.0pt"><span style="font-size:9.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#212121">'
                 'You don\'t often get email from {sender}. <a href="https://aka.ms/LearnAboutSenderIdentification">Learn why this is important</a></span></p></div></td></tr></table>')
A_CAUTION = ('<div style="background-color:#FFF4CE;border:1px solid #C19C00;padding:6px;font-family:Segoe UI,Arial;font-size:9pt">'
             '<b>[EXTERNAL EMAIL]</b> Brightwave Health IT Security: This message came from an external sender. Never enter your Brightwave '
             'credentials on a page reached from an email link. Report suspicious messages with the Report button.</div><br>')
A_CAUTION_TXT = ("[EXTERNAL EMAIL] Brightwave Health IT Security: This message came from an external sender. Never enter your Brightwave "
                 "credentials on a page reached from an email link. Report suspicious messages with the Report button.")
A_CONF_D = T('2025-10-22 18:03:27')
A_DONE_D = T('2025-10-25 13:30:05')

def a_conf_text():
    return """Hello Alex,

Thank you for your patience. Here is a summary of what will happen if we proceed:

- Surviving account: AWS01673349 (alex.kim@brightwavehealth.org)
- Account to be merged and then deactivated: AWS05902287 (alexkim.dev@outlook.com)

Please keep in mind that merging certification accounts is irreversible; we cannot separate the records again once the process has run.

Kindly confirm on the case in the Support Center that you would like us to proceed with the merge as described above.

Best regards,

Mariela G.
Amazon Web Services
"""

def a_done_text():
    return """Hello Alex,

The work on your request has now been carried out: both profiles are combined, and you should see all four certifications when you sign in with your Brightwave address. The secondary login no longer works.

Best regards,

Mariela G.
Amazon Web Services
"""

def a_hdrs(d, subj, ses=0, frm=None):
    h, tail = aws_in_o365(d, A_USER, ses)
    return h + aws_dkim(d) + [('From', frm or f'"Amazon Web Services" <{NOREPLY}>'), ('To', A_USER),
                              ('Subject', subj), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail

def a_mail39():
    d = plus(A_OPEN, seconds=3)
    url = console_url(A_CASE)
    new = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {A_CASE} to address your issue.

The details of your case are as follows:

Case ID: {A_CASE}
Subject: {A_CSUBJ}
Severity: General guidance

You can view your case or add correspondence at any time by visiting the AWS Support Center:
{url}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Sincerely,
Amazon Web Services
"""
    html = html_doc(FIRST_CONTACT.format(sender=NOREPLY) + '<br><br>' + A_CAUTION
                    + paras(new).replace(esc(url), f'<a href="{safelink(url, A_USER)}" originalsrc="{esc(url)}">{esc(url)}</a>')
                    + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>')
    body = part(html, 'html', cte='base64')
    add('brightwave-1', a_hdrs(d, f'[EXTERNAL] Amazon Web Services: You have opened a new Support case: {A_CASE}', 3),
        body, 'case_created', A_CASE, new, True, 'en', ids=['AWS01673349', 'AWS05902287'])

def a_mail41():
    d = A_CONF_D
    url = console_url(A_CASE)
    new = a_conf_text()
    orig = f"""Hi, I have two AWS Certification accounts: AWS 01673349 (work email, the one I want to keep) and AWS 05902287 (an old personal email). Could you combine them? Thanks, Alex"""
    text = (A_CAUTION_TXT + "\n\n" + new + "\nTo respond, visit the Support Center: " + safelink(url, A_USER) + "\n\n" + AWS_FOOTER_EN +
            "\n\n----- Previous correspondence -----\n" + f"Alex Kim, {rfc(A_OPEN)}\n\n" + orig + "\n")
    html = html_doc(A_CAUTION + paras(new) + f'<p>To respond, visit the <a href="{safelink(url, A_USER)}" originalsrc="{esc(url)}">Support Center</a>.</p>'
                    + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p><hr><p><b>Previous correspondence</b></p>'
                    + f'<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:10px;color:#555">Alex Kim, {rfc(A_OPEN)}<br><br>{esc(orig)}</blockquote>')
    body = alt(part(text), part(html, 'html'))
    add('brightwave-2', a_hdrs(d, f'[EXTERNAL] RE:[CASE {A_CASE}] {A_CSUBJ}', 1), body,
        'merge_confirmation_requested', A_CASE, new, True, 'en', ids=['AWS01673349', 'AWS05902287'])

def a_mail55():
    d = T('2025-10-23 20:15:44')
    ud = T('2025-10-23 14:02:10')
    new = """Hello Alex,

Thank you for confirming. I have submitted the request to our Certification Operations team.

Once the merge is complete, we will update you on this case and contact Credly so that your digital badges follow. This usually takes up to two business days; you don't need to do anything else in the meantime.

Best regards,

Mariela G.
Amazon Web Services
"""
    user = "Yes - the details are right. Please go ahead. Thank you!\n\nAlex Kim | Cloud Infrastructure | Brightwave Health"
    attr1 = gmail_attr_en(ud, -4, 'Alex Kim', A_USER)
    attr2 = gmail_attr_en(A_CONF_D, -4, 'Amazon Web Services', NOREPLY)
    text = (A_CAUTION_TXT + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n\n" + attr1 + "\n" + qmark(user) + "\n>\n> " + attr2 + "\n" +
            qmark(qmark(a_conf_text())) + "\n")
    html = html_doc(A_CAUTION + paras(new) + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>'
                    + gmail_html_quote(attr1, paras(user) + gmail_html_quote(attr2, paras(a_conf_text()))))
    body = alt(part(text), part(html, 'html'))
    add('brightwave-3', a_hdrs(d, f'[EXTERNAL] RE:[CASE {A_CASE}] {A_CSUBJ}', 1), body,
        'support_reply', A_CASE, new, True, 'en', ids=[])

def a_mail44():
    d = A_DONE_D
    new = a_done_text()
    text = (A_CAUTION_TXT + "\n\n" + new + "\n" + AWS_FOOTER_EN + "\n\n-------- Previous correspondence --------\n"
            + f"Amazon Web Services, {rfc(A_CONF_D)}\n\n" + a_conf_text())
    html = html_doc(A_CAUTION + paras(new) + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>'
                    + outlook_html_quote(outlook_block_en(f'Amazon Web Services <{NOREPLY}>', A_CONF_D, -4, f'Alex Kim <{A_USER}>',
                                                          f'[EXTERNAL] RE:[CASE {A_CASE}] {A_CSUBJ}'), paras(a_conf_text())))
    body = alt(part(text), part(html, 'html'))
    add('brightwave-4', a_hdrs(d, f'[EXTERNAL] RE:[CASE {A_CASE}] {A_CSUBJ}', 0), body,
        'merge_completed', A_CASE, new, True, 'en', ids=[])

def a_mail50():
    d = T('2025-10-25 13:34:51')
    links = {k: f'https://support.console.aws.amazon.com/support/feedback?displayId={A_CASE}&v={k}' for k in ('sat', 'neutral', 'unsat')}
    new = f"""Hi Alex,

Case {A_CASE} was recently resolved. How satisfied were you with the support you received?

Satisfied: {links['sat']}
Neutral: {links['neutral']}
Dissatisfied: {links['unsat']}

Your answer goes straight to the team and helps us improve.

Amazon Web Services Support
"""
    html_new = (f'<p>Hi Alex,</p><p>Case {A_CASE} was recently resolved. How satisfied were you with the support you received?</p><p>'
                + ' &nbsp; '.join(f'<a href="{safelink(u, A_USER)}" originalsrc="{esc(u)}">{lab}</a>' for lab, u in
                                  zip(('Satisfied', 'Neutral', 'Dissatisfied'), links.values()))
                + '</p><p>Your answer goes straight to the team and helps us improve.</p><p>Amazon Web Services Support</p>')
    html = html_doc(A_CAUTION + html_new + '<p style="color:#555"><b>Last correspondence on this case</b></p>'
                    + f'<blockquote style="border-left:3px solid #FF9900;margin:0 0 0 4px;padding-left:10px;color:#444">{paras(a_done_text())}</blockquote>'
                    + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>')
    body = part(html, 'html', cte='quoted-printable')
    add('brightwave-5', a_hdrs(d, f'[EXTERNAL] Tell us about your experience with case {A_CASE}', 0), body,
        'survey', A_CASE, new, True, 'en', ids=[])

def a_mail51():
    d = T('2025-10-27 19:02:33')
    h, tail, dk = credly_hdrs_o365(d, A_USER)
    url = f'https://www.credly.com/badges/{uid()}/accept'
    new = f"""Alex, your badge is ready to claim.

AWS Training and Certification wants to recognize you with the AWS Certified Machine Learning Engineer - Associate badge.

Accept your badge: {url}

Questions? Visit https://support.credly.com
"""
    inner = ('<p style="font-size:20px;font-weight:bold">Alex, your badge is ready to claim.</p>'
             '<p>AWS Training and Certification wants to recognize you with the <b>AWS Certified Machine Learning Engineer &ndash; Associate</b> badge.</p>'
             f'<p><a href="{safelink(url, A_USER)}" originalsrc="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>'
             f'<p style="font-size:12px">Questions? Visit <a href="{safelink("https://support.credly.com", A_USER)}">support.credly.com</a></p>')
    html = credly_html(inner, wrap=lambda u: safelink(u, A_USER)).replace('<body dir="ltr">', '<body dir="ltr">' + A_CAUTION)
    body = part(html, 'html', cte='base64')
    hdrs = h + dk + [('From', '"AWS Training and Certification via Credly" <admin@credly.com>'), ('To', A_USER),
                     ('Subject', '[EXTERNAL] Alex, claim your AWS Certified Machine Learning Engineer - Associate badge'),
                     ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')] + tail
    add('brightwave-credly', hdrs, body, 'credly_badge_issued', None, new, True, 'en')

a_mail39(); a_mail41(); a_mail55(); a_mail44(); a_mail50(); a_mail51()

# ------------------------------------------------ thread D: Halvorsen Capital (Google Workspace behind Cisco Secure Email)
D_USER = 'dana.whitfield@halvorsencap.com'
D_GW = ('esa2.halvorsencap.iphmx.com', '68.232.141.82')
D_OPEN = T('2026-02-09 16:20:44')
D_CASE = case15(D_OPEN, 92)
D_SUBJ = f'[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
D_TXT_BANNER = "[EXT] External email - use caution with links and attachments. Links have been rewritten by Secure Email.\n"
D_HTML_BANNER = ('<div style="background:#E7F1FB;border:1px solid #6A9FD4;padding:5px 8px;font:12px Arial,sans-serif;color:#1B3A57">'
                 '<b>[EXT]</b> External email &ndash; use caution with links and attachments. Links have been rewritten by Secure Email.</div><br>')

def cisco(url):
    from urllib.parse import quote
    return f'https://secure-web.cisco.com/1{b64r(120).replace("/", "_").replace("+", "-")}/{quote(url, safe="")}'

def cisco_hdrs():
    return [('X-IronPort-RemoteIP', '54.240.27.45'), ('X-IronPort-MID', str(RNG.randint(10**7, 10**8))),
            ('X-IronPort-Reputation', '4.1'), ('X-IronPort-Listener', 'IncomingMail'),
            ('X-IronPort-SenderGroup', 'ACCEPTLIST'), ('X-IronPort-MailFlowPolicy', '$ACCEPTED'),
            ('X-IronPort-Anti-Spam-Filtered', 'true')]

D_CONF_D = T('2026-02-10 22:07:15')
def d_conf_text():
    return """Hi Dana,

Thanks for the extra detail. Here is the change I've prepared for you:

    aws04418806  ->  aws06637712

In plain words: the profile ending in 8806 (your old Fidelis Partners address) will be folded into the one ending in 7712 (your Halvorsen address), which is the only one that will remain. Exam history, certifications and any unused exam benefit move across.

This is a one-way change; the folded profile cannot be brought back afterwards.

Could you reply to this email to confirm that this is what you want? Nothing will happen until I hear back from you.

Thanks,
Omar T.
AWS Training and Certification Customer Support
"""

def d_mail43():
    d = D_CONF_D
    ud = T('2026-02-10 15:31:02')
    h = aws_in_gws(d, D_USER, 1, D_GW, tz=-5, tzn='EST')
    user = """Hi Omar,

The old one was created with dana.whitfield@fidelispartners.com (I left that firm in 2023, so I can't receive mail there any more). The one I use now is registered to this address. I'd like to keep the current one.

Thanks,
Dana

Dana Whitfield | VP, Infrastructure Engineering | Halvorsen Capital
This message is intended only for the named recipient and may contain confidential or privileged information. Halvorsen Capital LLC does not accept orders or instructions by e-mail."""
    attr = gmail_attr_en(ud, -5, 'Dana Whitfield', D_USER)
    new = d_conf_text()
    text = D_TXT_BANNER + "\n" + new + "\n" + attr + "\n" + qmark(user) + "\n"
    html = html_doc(D_HTML_BANNER + paras(new).replace('aws04418806  -&gt;  aws06637712', '<b>aws04418806 &rarr; aws06637712</b>')
                    + gmail_html_quote(attr, paras(user)), head_style=False)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', D_USER),
                              ('Subject', f'[EXT] RE:{D_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + cisco_hdrs()
    add('halvorsen-omar-2', hdrs, body, 'merge_confirmation_requested', D_CASE, new, True, 'en', ids=['AWS04418806', 'AWS06637712'])

def d_mail45():
    d = T('2026-02-12 11:48:36')
    h = aws_in_gws(d, D_USER, 0, D_GW, tz=-5, tzn='EST')
    u = 'https://www.aws.training/Certification'
    new = f"""Hi Dana,

All set on our side. Your old profile (aws-04418806) has been retired, and the complete exam history, your two active certifications and the unused exam benefit now show under AWS06637712.

You can check everything by signing in at {u} with {D_USER}. If a certification is missing after 24 hours, reply here and I'll take a look.

Thanks,
Omar T.
AWS Training and Certification Customer Support
"""
    html = html_doc(D_HTML_BANNER + '<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">'
                    + paras(new).replace(u, f'<a href="{cisco(u)}">{u}</a>') + '</div>'
                    + f'<p style="font-size:10px;color:#687078">{esc(AWS_FOOTER_EN)}</p>', head_style=False)
    body = part(html, 'html', cte='base64')
    hdrs = h + aws_dkim(d) + [('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', D_USER),
                              ('Subject', f'[EXT] RE:{D_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + cisco_hdrs()
    add('halvorsen-omar-3', hdrs, body, 'merge_completed', D_CASE, new, True, 'en', ids=['AWS04418806', 'AWS06637712'])

def d_mail48():
    d = T('2026-02-12 11:51:02')
    h = aws_in_gws(d, D_USER, 0, D_GW, tz=-5, tzn='EST')
    s = f'https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={D_CASE}'
    text_new = f"""Your case {D_CASE} is now closed.

Please tell us how we did: {s}

AWS Training and Certification
"""
    html_new = (f'<h2 style="font:20px Arial">How would you rate your recent support experience?</h2>'
                f'<p>Case {D_CASE} &middot; account-assistance</p>'
                '<p>Was your issue resolved?</p><p>'
                + ' '.join(f'<a href="{cisco(s + "&r=" + str(i))}" style="display:inline-block;width:34px;height:34px;line-height:34px;text-align:center;border:1px solid #FF9900;color:#000;text-decoration:none">{i}</a>' for i in range(1, 6))
                + '</p><p style="font-size:12px;color:#687078">1 = very dissatisfied, 5 = very satisfied</p><p>AWS Training and Certification</p>')
    text = D_TXT_BANNER + "\n" + text_new.replace(s, cisco(s))
    html = html_doc(D_HTML_BANNER + html_new + f'<p style="font-size:10px;color:#687078">{esc(AWS_FOOTER_EN)}</p>', head_style=False)
    body = alt(part(text, cte='7bit'), part(html, 'html'))
    hdrs = h + aws_dkim(d) + [('From', f'"AWS Training and Certification" <{FORM}>'), ('To', D_USER),
                              ('Subject', f'[EXT] We\'d like your feedback - case {D_CASE}'), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + cisco_hdrs()
    add('halvorsen-feedback', hdrs, body, 'survey', D_CASE, text_new, True, 'en')

def d_mail54():
    d = T('2026-02-13 09:15:27')
    h = credly_in_gws(d, D_USER, D_GW, tz=-5, tzn='EST')
    url = f'https://www.credly.com/badges/{uid()}/accept'
    new = f"""Congratulations, Dana!

You've earned a badge from AWS Training and Certification:
AWS Certified Security - Specialty

Accept your badge: {url}

Share it on LinkedIn and let your network know what you've achieved.
"""
    inner = ('<p style="font-size:22px;font-weight:bold">Congratulations, Dana!</p><p>You\'ve earned a badge from AWS Training and Certification:</p>'
             f'<p><img src="https://images.credly.com/size/340x340/images/{uid()}/image.png" width="110" alt=""><br><b>AWS Certified Security &ndash; Specialty</b></p>'
             f'<p><a href="{cisco(url)}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>'
             "<p>Share it on LinkedIn and let your network know what you've achieved.</p>")
    html = credly_html(inner, wrap=cisco).replace('<body dir="ltr">', '<body dir="ltr">' + D_HTML_BANNER)
    body = alt(part(D_TXT_BANNER + "\n" + new.replace(url, cisco(url))), part(html, 'html'))
    hdrs = h + [('From', '"AWS Training and Certification via Credly" <admin@credly.com>'), ('To', D_USER),
                ('Subject', "[EXT] Congratulations, you've earned a badge from AWS Training and Certification"),
                ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')] + cisco_hdrs()
    add('halvorsen-credly', hdrs, body, 'credly_badge_issued', None, new, True, 'en')

def d_mail57():
    d = T('2026-02-11 14:26:09')
    ip = '192.30.252.207'
    envelope = f'noreply@github.com'
    h = gws(d, D_USER, 'out-24.smtp.github.com', ip, envelope, 'github.com', dkim_doms=('github.com',), gateway=D_GW, tz=-5, tzn='EST', p='REJECT')
    new = """Merged #482 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/halvorsen-capital/platform-accounts/pull/482#event-16250931577
You are receiving this because you were mentioned.
"""
    text = D_TXT_BANNER + "\n" + new.replace('https://github.com/halvorsen-capital/platform-accounts/pull/482#event-16250931577',
                                             cisco('https://github.com/halvorsen-capital/platform-accounts/pull/482#event-16250931577'))
    html = html_doc(D_HTML_BANNER + '<p></p><p>Merged <a class="issue-link js-issue-link" href="' + cisco('https://github.com/halvorsen-capital/platform-accounts/pull/482')
                    + '">#482</a> into main.</p><p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="'
                    + cisco('https://github.com/halvorsen-capital/platform-accounts/pull/482#event-16250931577') + '">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>', head_style=False)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + [dkim(d, 'github.com', 'pf2023', d, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From'),
                ('From', 'Priyanka Shah <notifications@github.com>'), ('Reply-To', 'halvorsen-capital/platform-accounts <reply+ABCD2KX7QZ3VRT5NDBLK3WF7WQ2NPEVBNHHKZ6WSLY@reply.github.com>'),
                ('To', 'halvorsen-capital/platform-accounts <platform-accounts@noreply.github.com>'), ('Cc', f'Dana Whitfield <{D_USER}>, Mention <mention@noreply.github.com>'),
                ('Subject', '[EXT] Re: [halvorsen-capital/platform-accounts] Merge duplicate AWS accounts into the prod OU (PR #482)'),
                ('Date', rfc(d, -8)), ('Message-ID', '<halvorsen-capital/platform-accounts/pull/482/issue_event/16250931577@github.com>'),
                ('In-Reply-To', '<halvorsen-capital/platform-accounts/pull/482@github.com>'),
                ('References', '<halvorsen-capital/platform-accounts/pull/482@github.com>'),
                ('List-ID', 'halvorsen-capital/platform-accounts <platform-accounts.halvorsen-capital.github.com>'),
                ('X-GitHub-Reason', 'mention'), ('X-GitHub-Sender', 'pshah-hc'), ('X-GitHub-Recipient', 'dwhitfield-hc')] + cisco_hdrs()
    add('halvorsen-github', hdrs, body, 'unrelated', None, new, False, 'en')

# ------------------------------------------------ Fjordline Consulting (M365 EU): auto-closure, mislabelled charset
def i_mail49():
    d = T('2026-03-16 06:00:41')
    opened = T('2026-02-24 09:12:05')
    case = case15(opened, 3380)
    user = 'ingrid.solberg@fjordline.no'
    h, tail = o365(d, user, *SES_HOSTS[2][:2], SES_HOSTS[2][2], 'amazon.com', region='eurprd04', cc='US')
    new = f"""Hello Ingrid,

We haven\u2019t heard back from you regarding case {case}, so we\u2019ve gone ahead and closed it.

If you still need help, you can reopen the case within 14 days by replying to this email \u2013 there\u2019s no need to submit a new request.

Before you go: would you spend 30 seconds telling us how we did?
Rate your experience: https://aws-tc-survey.amazon.com/s/{alnum(10)}?case={case}

Thank you,
AWS Training and Certification
"""
    banner = "EXTERNAL SENDER \u2013 Do not click links or open attachments unless you trust the sender.\n\n"
    body = part(banner + new + "\n" + AWS_FOOTER_EN + "\n", charset='utf-8', label='us-ascii', cte='quoted-printable')
    hdrs = h + aws_dkim(d) + [('From', f'"Amazon Web Services" <{FORM}>'), ('To', user),
                              ('Subject', f'[EXTERNAL] RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance'),
                              ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('fjordline-closed', hdrs, body, 'survey', case, new, True, 'en')

d_mail43(); d_mail45(); d_mail48(); d_mail54(); d_mail57(); i_mail49()

# ------------------------------------------------ thread S: さくら精機 (Japanese corporate gateway, 【社外メール】)
S_USER = 'kobayashi.makoto@sakura-seiki.co.jp'
S_GW, S_MBX = 'mx1.sakura-seiki.co.jp', 'mail.sakura-seiki.co.jp'
S_OPEN = T('2025-08-04 06:40:10')
S_CASE = case15(S_OPEN, 77)
S_SUBJ = f'[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
S_BANNER = "【社外メール】このメールは社外から届きました。送信者とリンク先をよく確認してください。"
S_CONF_D = T('2025-08-05 02:12:30')
S_USER_D = T('2025-08-05 09:20:47')

def s_conf_text():
    return f"""小林 誠 様

AWS トレーニングと認定 カスタマーサポートの中島です。
ご依頼の件、以下の内容で承ってよろしいでしょうか。

  残すアカウント　: AWS05130498（{S_USER}）
  統合するアカウント: AWS07781236（m.kobayashi@sakura-seiki.jp）

統合後、AWS07781236 ではサインインできなくなります。また、一度実施した統合は取り消すことができません。
問題がなければ、本メールへご返信ください。

中島
AWS トレーニングと認定 カスタマーサポート
"""

S_REPLY_TEXT = """小林様

ご確認のご連絡をありがとうございます。承知いたしました。
統合の処理を担当部署へ依頼いたしました。通常、2営業日ほどで完了いたします。

統合が完了しましたら本ケースにてお知らせするとともに、Credly のデジタルバッジの移行についても、あわせてご案内いたします。それまでの間、特にお手続きいただくことはございません。

中島
AWS トレーニングと認定 カスタマーサポート
"""

def s_mail56():
    d = T('2025-08-05 23:55:03')
    h = aws_in_jpgw(d, S_USER, S_GW, S_MBX, 1)
    user = """中島様

お世話になっております。さくら精機の小林です。
ご提示の内容で相違ございません。よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
株式会社さくら精機 生産技術部 情報システム課
小林 誠
〒399-0704 長野県塩尻市広丘郷原 1-2-3
━━━━━━━━━━━━━━━━━━━━"""
    attr_u = gmail_attr_ja(S_USER_D, '小林 誠', S_USER)
    attr_c = gmail_attr_ja(S_CONF_D, 'Amazon Web Services', FORM)
    new = S_REPLY_TEXT
    text = (S_BANNER + "\n\n" + new + "\n" + attr_u + "\n" + qmark(user) + "\n>\n> " + attr_c + "\n>\n" + qmark(qmark(s_conf_text())) + "\n")
    body = part(text, cte='quoted-printable')
    hdrs = h + aws_dkim(d) + [('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', S_USER),
                              ('Subject', ew('【社外メール】RE:' + S_SUBJ, 'utf-8', chunk=20)), ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('sakura-nakajima-2', hdrs, body, 'support_reply', S_CASE, new, True, 'ja', ids=[])

def s_mail46():
    d = T('2025-08-07 04:10:28')
    h = aws_in_jpgw(d, S_USER, S_GW, S_MBX, 0)
    new = """小林様

お待たせいたしました。ご依頼いただいた件の処理が終わりました。
AWS07781236 にあった認定資格（AWS Certified SysOps Administrator - Associate ほか）と受験履歴は、すべて AWS05130498 に移しております。今後は AWS05130498 のみをご利用ください。

Credly のバッジにつきましても移行を依頼済みです。数日以内に Credly からメールが届きますので、ご確認ください。

中島
AWS トレーニングと認定 カスタマーサポート
"""
    text = (S_BANNER + "\n\n" + new + "\n-----Original Message-----\nFrom: Amazon Web Services <" + FORM + ">\n"
            + f"Sent: {rfc(T('2025-08-05 23:55:03'), 9)}\nSubject: RE:{S_SUBJ}\n\n" + S_REPLY_TEXT + "\n" + AWS_FOOTER_JA + "\n")
    body = part(text, charset='iso-2022-jp', cte='7bit')
    hdrs = h + aws_dkim(d) + [('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', S_USER),
                              ('Subject', ew('【社外メール】RE:' + S_SUBJ, 'iso-2022-jp', chunk=14)), ('Date', rfc(d)), ('Message-ID', ses_mid(d))]
    add('sakura-nakajima-3', hdrs, body, 'merge_completed', S_CASE, new, True, 'ja')

# ------------------------------------------------ 北辰物流 (M365 Japan): completion, wrong charset label, unmarked history
def y_mail47():
    opened = T('2026-04-02 00:41:19')
    case = case15(opened, 6612)
    d = T('2026-04-06 05:03:44')
    user_addr = 'takahashi.yumi@hokushin-logi.co.jp'
    ud = T('2026-04-03 01:15:09')
    h, tail = aws_in_o365_jp(d, user_addr, 2)
    new = f"""高橋 由美 様

いつもお世話になっております。AWS トレーニングと認定サポートでございます。

お申し出のありました認定アカウントの件につきまして、aws-03914470 の記録を AWS08120563 へまとめる作業が完了いたしました。
今後は AWS08120563 にて、認定資格の確認や試験のご予約をお願いいたします。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定サポート
"""
    old = f"""送信者: 高橋 由美 <{user_addr}>
送信日時: {ud.astimezone(_dt.timezone(_dt.timedelta(hours=9))).strftime('%Y/%m/%d %H:%M')}
件名: RE: [CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

お世話になっております。北辰物流の高橋です。
ご連絡いただいた2つのアカウントの統合で問題ありません。残すのは AWS08120563 のほうでお願いします。

北辰物流株式会社 情報システム部 高橋 由美
このメールは機密情報を含む場合があります。宛先に誤りがある場合はお手数ですが削除のうえご連絡ください。
"""
    text = "[外部] " + JP_BANNER_1 + "\n\n" + new + "\n" + old
    body = part(text, charset='utf-8', label='iso-2022-jp', cte='8bit')
    hdrs = h + aws_dkim(d) + [('From', f'"Amazon Web Services" <{FORM}>'), ('Reply-To', FORM), ('To', user_addr),
                              ('Subject', ew(f'[外部] RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance', 'utf-8', chunk=22)),
                              ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('hokushin-kanryo', hdrs, body, 'merge_completed', case, new, True, 'ja', ids=['AWS03914470', 'AWS08120563'])

# ------------------------------------------------ Nordwind: Credly transfer
def t_mail52():
    d = T('2025-03-31 13:44:19')
    host = f'o{RNG.randint(1, 9)}.ptr{RNG.randint(1000, 9999)}.credly.com'
    ip = f'167.89.{RNG.randint(100, 120)}.{RNG.randint(2, 250)}'
    mc_host = 'eu-smtp-delivery-151.mimecast.com'
    up = [('Received', f'from {host} ({host} [{ip}]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.3,\n'
                       f' cipher=TLS_AES_256_GCM_SHA384) id eu-mta-{RNG.randint(1, 60)}-{alnum(22)}-1; {rfc(plus(d, seconds=-2))}'),
          ('X-Mimecast-Spam-Score', '0'), ('X-Mimecast-Originator', 'credly.com')]
    h, tail = o365(d, T_USER, mc_host, '185.58.86.151', 'em4821.credly.com', 'credly.com', region='eurprd04', ar_ip=ip, upstream=up)
    url = 'https://www.credly.com/earner/earned'
    new = f"""Good news, Tom!

Following your certification account merge, AWS Training and Certification has transferred 2 badges from tbecker.privat@gmx.de to this Credly account:

  AWS Certified Solutions Architect - Associate
  AWS Certified Cloud Practitioner

Accept the transferred badges to add them to your profile:
{url}

The Credly Team
"""
    text = T_BANNER + "\n\n" + new.replace(url, mimecast(url))
    inner = paras(new).replace(esc(url), f'<a href="{mimecast(url)}" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept badges</a>')
    html = credly_html(inner, wrap=mimecast).replace('<body dir="ltr">', '<body dir="ltr">' + T_BANNER_HTML)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + [dkim(d, 'credly.com', 's1', d, 'cc:content-type:from:mime-version:subject:to'),
                ('From', 'Credly <admin@credly.com>'), ('To', T_USER),
                ('Subject', '[EXTERN] Badges transferred to your Credly account'),
                ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')] + tail
    add('nordwind-credly', hdrs, body, 'credly_badge_issued', None, new, True, 'en')

# ------------------------------------------------ Oakridge Outdoor (M365): spoofed merge confirmation
O_USER = 'marcus.lee@oakridgeoutdoor.com'
def o_mail42():
    d = T('2025-12-02 14:37:50')
    fake_open = T('2025-12-01 21:05:33')
    fake_case = case15(fake_open, 41)
    ip = '185.225.73.19'
    forged = ('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com')
    h, tail = o365(d, O_USER, 'vps-73-19.hostbrite.net', ip, 'amazon.com', 'amazon.com', dkim_d='none', spf='fail', dkim_r='none',
                   dmarc='fail', action='quarantine', compauth='fail reason=000', scl=5)
    link = 'https://aws-certification-merge.support-portal.cc/confirm?ref=' + alnum(24)
    new = f"""Hello,

Your request to merge certification accounts (case {fake_case}) is ready for the final step.

We located two certification profiles registered to you:

  AWS-04120977 (primary, will be kept)
  AWS-06603318 (will be merged into the primary profile)

Because this operation cannot be reversed, you must confirm it by signing in with your AWS Certification credentials within 24 hours: {link}

If no confirmation is received, the request will be cancelled and your certifications on both profiles may be suspended.

Kind regards,
AWS Training and Certification
"""
    html = html_doc(CAUTION_HTML + paras(new).replace(esc(link), f'<a href="{safelink(link, O_USER)}" originalsrc="{esc(link)}">Confirm merge</a>'))
    body = alt(part(CAUTION_EN + "\n\n" + new.replace(link, safelink(link, O_USER))), part(html, 'html'))
    hdrs = h + [forged, ('From', f'"Amazon Web Services" <{FORM}>'), ('To', O_USER),
                ('Subject', f'[EXTERNAL] RE:[CASE {fake_case}] Action required: confirm your certification account merge'),
                ('Date', rfc(d)), ('Message-ID', f'<{alnum(12)}.{alnum(8)}@vps-73-19.hostbrite.net>'), ('X-Mailer', 'Microsoft Outlook 16.0')] + tail
    add('oakridge-merge-notice', hdrs, body, 'merge_confirmation_requested', fake_case, new, False, 'en', ids=['AWS04120977', 'AWS06603318'])

s_mail56(); s_mail46(); y_mail47(); t_mail52(); o_mail42()

# ------------------------------------------------ look-alikes and other AWS / Credly traffic
def r_mail53():
    d = T('2025-07-02 17:21:40')
    dom = 'credly-badges.net'
    h, tail = o365(d, R_USER, f'mta1.{dom}', '91.215.85.140', dom, dom, scl=1)
    link = f'https://{dom}/accept?badge={uid()}&email=rachel.ortiz%40meridianfreight.com'
    new = f"""Hi Rachel,

AWS Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Professional.

Your badge is ready. Sign in to accept it and share it with your network - unaccepted badges are removed after 7 days.

Accept badge: {link}

Credly
"""
    html = html_doc(CAUTION_HTML + '<div style="font-family:Helvetica,Arial;font-size:15px">' + paras(new).replace(
        esc(link), f'<a href="{safelink(link, R_USER)}" originalsrc="{esc(link)}" style="background:#ff6b00;color:#fff;padding:10px 24px">Accept badge</a>') + '</div>')
    body = part(html, 'html', cte='quoted-printable')
    hdrs = h + [dkim(d, dom, 'mail', d, 'from:to:subject:date:message-id'),
                ('From', f'"Credly" <notifications@{dom}>'), ('To', R_USER),
                ('Subject', '[EXTERNAL] Your new badge is ready to accept'),
                ('Date', rfc(d)), ('Message-ID', f'<{uid()}@{dom}>')] + tail
    add('meridian-badge-notice', hdrs, body, 'credly_badge_issued', None, new, False, 'en')

def t_mail58():
    d = T('2025-04-01 08:03:11')
    host = f'o{RNG.randint(1, 9)}.ptr{RNG.randint(1000, 9999)}.credly.com'
    ip = f'167.89.{RNG.randint(100, 120)}.{RNG.randint(2, 250)}'
    up = [('Received', f'from {host} ({host} [{ip}]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.3,\n'
                       f' cipher=TLS_AES_256_GCM_SHA384) id eu-mta-{RNG.randint(1, 60)}-{alnum(22)}-1; {rfc(plus(d, seconds=-2))}'),
          ('X-Mimecast-Spam-Score', '0'), ('X-Mimecast-Originator', 'credly.com')]
    h, tail = o365(d, T_USER, 'eu-smtp-delivery-197.mimecast.com', '185.58.85.197', 'em4821.credly.com', 'credly.com',
                   region='eurprd04', ar_ip=ip, upstream=up)
    url = f'https://www.credly.com/users/account-merge/confirm?token={alnum(32)}'
    new = f"""Hi Tom,

We received a request to merge the Credly account registered to tbecker.privat@gmx.de into your account.

Your verification code is: 731904

Enter the code on the merge screen, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: {url}

If you did not request this, you can ignore this email and nothing will change.

The Credly Team
"""
    text = T_BANNER + "\n\n" + new.replace(url, mimecast(url))
    html = credly_html(paras(new).replace(esc(url), f'<a href="{mimecast(url)}" style="background:#ff6b00;color:#fff;padding:10px 24px">Complete Account Merge</a>')
                       .replace('731904', '<span style="font-size:26px;letter-spacing:4px;font-weight:bold">731904</span>'), wrap=mimecast
                       ).replace('<body dir="ltr">', '<body dir="ltr">' + T_BANNER_HTML)
    body = alt(part(text), part(html, 'html'))
    hdrs = h + [dkim(d, 'credly.com', 's1', d, 'cc:content-type:from:mime-version:subject:to'),
                ('From', 'Credly <admin@credly.com>'), ('To', T_USER), ('Subject', '[EXTERN] Your Credly account merge verification code'),
                ('Date', rfc(d)), ('Message-ID', f'<{hexs(24)}_{RNG.randint(10**6, 10**7)}@{alnum(12)}.mail>')] + tail
    add('nordwind-credly-code', hdrs, body, 'unrelated', None, new, True, 'en')

def k_mail59():
    opened = T('2025-07-03 02:14:55')
    case = case15(opened, 860)
    d = T('2025-07-08 06:31:17')
    h, tail = aws_in_o365_jp(d, K_USER, 3)
    url = console_url(case, 'ja')
    new = f"""渡辺様

AWS 請求サポートの佐々木です。お問い合わせいただいた件について、ご連絡いたします。

請求書に記載される宛名と住所の変更が完了しました。2025年7月分の請求書から、新しい宛名（株式会社ホシノシステムズ クラウド基盤部）で発行されます。なお、過去に発行済みの請求書は変更されませんので、ご了承ください。

そのほかご不明な点がございましたら、サポートセンターから本ケースにご返信ください。
{url}

佐々木
アマゾン ウェブ サービス 請求サポート
"""
    text = JP_BANNER_1 + "\n\n" + new.replace(url, safelink(url, K_USER, 'apc01')) + "\n" + AWS_FOOTER_JA + "\n"
    html = html_doc(JP_BANNER_HTML + paras(new).replace(esc(url), f'<a href="{safelink(url, K_USER, "apc01")}" originalsrc="{esc(url)}">サポートセンター</a>'))
    body = alt(part(text, cte='base64'), part(html, 'html', cte='base64'))
    hdrs = h + aws_dkim(d) + [('From', f'"Amazon Web Services" <{NOREPLY}>'), ('To', K_USER),
                              ('Subject', k_subject(f'RE:[CASE {case}] 請求書の宛名と住所の変更について')), ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('hoshino-seikyu', hdrs, body, 'unrelated', case, new, True, 'ja')

def a_mail40():
    opened = T('2025-11-03 19:22:48')
    case = case15(opened, 11)
    d = T('2025-11-04 02:10:36')
    url = console_url(case)
    new = f"""Hello,

Thank you for your patience. Your request to raise the quota for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in US East (N. Virginia) has been approved, and the new value of 512 vCPUs has been applied to account 4821-9930-1175.

It can take up to 30 minutes for the new quota to be reflected in the Service Quotas console.

If you have further questions about this request, please reply to the case in the Support Center:
{url}

We value your feedback. Please share your experience by rating this correspondence.

Best regards,
Harjit S.
Amazon Web Services
"""
    html = html_doc(FIRST_CONTACT.format(sender=NOREPLY) + '<br><br>' + A_CAUTION
                    + paras(new).replace(esc(url), f'<a href="{safelink(url, A_USER)}" originalsrc="{esc(url)}">{esc(url)}</a>')
                    + f'<p style="font-size:9pt;color:#777">{esc(AWS_FOOTER_EN)}</p>')
    body = alt(part(A_CAUTION_TXT + "\n\n" + new.replace(url, safelink(url, A_USER)) + "\n" + AWS_FOOTER_EN + "\n"), part(html, 'html'))
    add('brightwave-quota', a_hdrs(d, f'[EXTERNAL] RE:[CASE {case}] Limit Increase: EC2 Instances', 2), body,
        'unrelated', case, new, True, 'en')

def o_mail60():
    d = T('2026-01-27 20:48:02')
    case = '6034417790'
    h, tail = o365(d, O_USER, 'a15-64.smtp-out.amazonses.com', '54.240.15.64', 'amazonses.com', 'amazon.com')
    new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported for the same product (ASIN B0C7K2L9QX and ASIN B0C7K3M1TR). The pages have now been merged, and all offers are listed under ASIN B0C7K2L9QX. It may take up to 48 hours for the change to be visible on the storefront.

Please do not create a new listing for this product, as it could be split again.

Was this answer helpful? Let us know in Seller Central: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={case}

Thank you,
Ritika
Amazon Selling Partner Support
"""
    html = html_doc(CAUTION_HTML + paras(new).replace(f'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={case}',
                    f'<a href="{safelink("https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=" + case, O_USER)}">Seller Central</a>'))
    body = alt(part(CAUTION_EN + "\n\n" + new), part(html, 'html'))
    hdrs = h + [dkim(d, 'amazon.com', 'rjzi6rxnz7yk3bknsmqdt3bs3aqfgm6a', d),
                ('From', '"Amazon Seller Central" <seller-notification@amazon.com>'), ('To', O_USER),
                ('Subject', f'[EXTERNAL] RE:[CASE {case}] Duplicate detail pages - please merge'),
                ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + tail
    add('oakridge-seller', hdrs, body, 'unrelated', case, new, True, 'en')

r_mail53(); t_mail58(); k_mail59(); a_mail40(); o_mail60()
finish()
