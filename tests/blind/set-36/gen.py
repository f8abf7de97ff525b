#!/usr/bin/env python3
"""Generate blind test set 36: AWS Certification account-merge mail (.eml) + labels.json."""
import base64, quopri, random, uuid, json, os, re, html, unicodedata
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3636)
UTC = timezone.utc
PT = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')
CET = ZoneInfo('Europe/Madrid')
BER = ZoneInfo('Europe/Berlin')

# ---------------------------------------------------------------- basics
def T(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)

def cid15(s, suf):
    return str(int(T(s).timestamp())) + suf

def rfc(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def ralnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))

def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()

def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def later(dt, **kw):
    return dt + timedelta(**kw)

# ---------------------------------------------------------------- encoded words
PYCODEC = {'utf-8': 'utf-8', 'UTF-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'ISO-2022-JP': 'iso2022_jp',
           'shift_jis': 'cp932', 'Shift_JIS': 'cp932', 'euc-jp': 'euc_jp', 'EUC-JP': 'euc_jp'}

def _encw(s, cs, q=False):
    b = s.encode(PYCODEC[cs])
    if q:
        out = ''
        for byte in b:
            c = chr(byte)
            if c == ' ':
                out += '_'
            elif c.isalnum() and byte < 128:
                out += c
            else:
                out += '=%02X' % byte
        return f'=?{cs}?Q?{out}?='
    return f'=?{cs}?B?{base64.b64encode(b).decode()}?='

def ew(text, cs='UTF-8', q=False, limit=70):
    """Split text into encoded words each <= limit chars, joined by folding whitespace."""
    words, cur = [], ''
    for ch in text:
        trial = cur + ch
        if cur and len(_encw(trial, cs, q)) > limit:
            words.append(_encw(cur, cs, q))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_encw(cur, cs, q))
    return '\n '.join(words)

def addr(name, email, cs='UTF-8'):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if any(c in name for c in ',.()&') else f'{name} <{email}>'
    return f'{_encw(name, cs)} <{email}>'

# ---------------------------------------------------------------- body parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    codec = codec or PYCODEC.get(charset, charset)
    data = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
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
    if not payload.endswith('\n'):
        payload += '\n'
    del p['MIME-Version']
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p

def alt(plain, htmlp, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(1735689600000, 1772000000000))))
    m.attach(plain)
    m.attach(htmlp)
    return m

def gboundary():
    return '000000000000' + rhex(16)

# ---------------------------------------------------------------- senders
def ses(dt, region='us-east-1'):
    ms = int(dt.timestamp() * 1000) - R.randint(200, 4000)
    sid = f'0100{ms:012x}-{ruuid()}-000000' if region == 'us-east-1' else f'0101{ms:012x}-{ruuid()}-000000'
    n = R.randint(2, 250)
    if region == 'us-east-1':
        host, ip, mfd = f'a8-{n}.smtp-out.amazonses.com', f'54.240.8.{n}', 'amazonses.com'
    else:
        host, ip, mfd = f'a27-{n}.smtp-out.us-west-2.amazonses.com', f'54.240.27.{n}', 'us-west-2.amazonses.com'
    return dict(host=host, ip=ip, rp=f'{sid}@{mfd}', mfd=mfd,
                msgid=f'<{sid}@email.amazonses.com>',
                dkim=[('amazon.com', 'rjs4vmd5xavjflbtqdoed3l6hsz3bjp7'),
                      ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono' if region == 'us-east-1' else 'hsbnp7p3ensaochzwyq5wwmceodymuwv')],
                extra=[('Feedback-ID', f'::1.{region}.{rb64(33)[:44]}=:AmazonSES'),
                       ('X-SES-Outgoing', f'{dt:%Y.%m.%d}-{ip}')])

def sendgrid(dt, domain, sel='s1', rpdom=None):
    ip = f'167.89.{R.randint(1, 120)}.{R.randint(2, 250)}'
    host = f'o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.{rpdom or "em." + domain}'
    rp = f'bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{ralnum(6).lower()}@{rpdom or "em." + domain}'
    return dict(host=host, ip=ip, rp=rp, mfd=rpdom or 'em.' + domain,
                msgid=f'<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>',
                dkim=[(domain, sel), ('sendgrid.info', 'smtpapi')], extra=[('X-SG-EID', rb64(60))])

def generic(host, ip, rp, mfd, msgid, dkim):
    return dict(host=host, ip=ip, rp=rp, mfd=mfd, msgid=msgid, dkim=dkim, extra=[])

def dkim_sig(d, s, dt, h='Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'):
    b = rb64(256)
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(dt.timestamp())};\n'
            f'\th={h};\n\tbh={rb64(32)};\n\tb=' + '\n\t'.join(lines))

# ---------------------------------------------------------------- Authentication-Results
def ar_value(style, src, fromdom, spf='pass', dkim='pass', dmarc='pass', policy='QUARANTINE', authserv=None):
    dd, ds = src['dkim'][0] if src['dkim'] else (None, None)
    if style == 'gmail':
        items = []
        if dkim == 'pass':
            for d, s in src['dkim']:
                items.append(f'dkim=pass header.i=@{d} header.s={s} header.b={ralnum(8)}')
        elif dkim == 'none':
            pass
        else:
            items.append(f'dkim={dkim} header.i=@{dd} header.s={ds} header.b={ralnum(8)}')
        verb = {'pass': 'designates', 'softfail': 'does not designate', 'fail': 'does not designate', 'neutral': 'is neither permitted nor denied by'}[spf]
        if spf == 'pass':
            items.append(f'spf=pass (google.com: domain of {src["rp"]} designates {src["ip"]} as permitted sender) smtp.mailfrom={src["rp"]}')
        else:
            items.append(f'spf={spf} (google.com: domain of {src["rp"]} {verb} {src["ip"]} as permitted sender) smtp.mailfrom={src["rp"]}')
        dis = 'NONE' if dmarc == 'pass' else policy
        if dmarc == 'none':
            items.append(f'dmarc=none (p=NONE sp=NONE dis=NONE) header.from={fromdom}')
        else:
            items.append(f'dmarc={dmarc} (p={policy} sp={policy} dis={dis}) header.from={fromdom}')
        return 'mx.google.com;\n       ' + ';\n       '.join(items)
    if style == 'ms':
        spft = f'spf={spf} (sender IP is {src["ip"]})\n smtp.mailfrom={src["mfd"]};'
        if dkim == 'pass':
            dk = f' dkim=pass (signature was verified)\n header.d={dd};'
        elif dkim == 'none':
            dk = ' dkim=none (message not signed)\n header.d=none;'
        else:
            dk = f' dkim=fail (body hash did not verify)\n header.d={dd};'
        if dmarc == 'pass':
            dm = f'dmarc=pass action=none\n header.from={fromdom};compauth=pass reason=100'
        elif dmarc == 'none':
            dm = f'dmarc=none action=none\n header.from={fromdom};compauth=fail reason=001'
        else:
            dm = f'dmarc=fail action=quarantine\n header.from={fromdom};compauth=fail reason=000'
        return spft + dk + dm
    if style == 'jp':
        items = [f'spf={spf} smtp.mailfrom={src["rp"]}']
        if dkim == 'pass':
            items.append(f'dkim=pass header.d={dd} header.s={ds} header.b={ralnum(8)}')
        else:
            items.append(f'dkim={dkim}' + (f' header.d={dd}' if dd else ''))
        if dmarc == 'pass':
            items.append(f'dmarc=pass (p={policy.lower()} dis=none) header.from={fromdom}')
        else:
            items.append(f'dmarc={dmarc} (p={policy.lower()} dis={"none" if dmarc == "none" else policy.lower()}) header.from={fromdom}')
        return f'{authserv};\n\t' + ';\n\t'.join(items)
    raise ValueError(style)

# ---------------------------------------------------------------- provider traces
def pt_date(dt):
    d = dt.astimezone(PT)
    return format_datetime(d) + (' (PDT)' if d.dst() else ' (PST)')

def trace_gmail(to, dt, src, arv, arc=True):
    rdt = later(dt, seconds=R.randint(1, 6))
    h = [('Delivered-To', to),
         ('Received', f'by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(8)} with SMTP id {ralnum(2).lower()}{R.randint(10,99)}csp{R.randint(100000,9999999)}{ralnum(3).lower()};\n        {pt_date(rdt)}'),
         ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:74]),
         ('X-Received', f'by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(8)} with SMTP id {ralnum(20).lower()}.{R.randint(10,400)}.{dt:%Y%m%d%H%M%S}{R.randint(100,999)};\n        {pt_date(rdt)}')]
    if arc:
        h += [('ARC-Seal', f'i=1; a=rsa-sha256; t={int(rdt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(60)}'),
              ('ARC-Authentication-Results', 'i=1; ' + arv)]
    h += [('Return-Path', f'<{src["rp"]}>'),
          ('Received', f'from {src["host"]} ({src["host"]}. [{src["ip"]}])\n        by mx.google.com with ESMTPS id {rhex(8)}{ralnum(20).lower()}.{R.randint(10,400)}.{dt:%Y.%m.%d}.{dt:%H.%M.%S}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pt_date(rdt)}'),
          ('Received-SPF', f'pass (google.com: domain of {src["rp"]} designates {src["ip"]} as permitted sender) client-ip={src["ip"]};'),
          ('Authentication-Results', arv)]
    return h

def _ms_host(region='namprd'):
    return f'{ralnum(2,"ABCDEFGHJKLMNPQRSTUVWXYZ")}{R.randint(0,9)}PR{R.randint(10,19)}MB{R.randint(1000,9999)}.{region}{R.randint(1,22):02d}.prod.outlook.com'

def _v6():
    return f'2603:10b6:{rhex(3)}:{rhex(3)}::{R.randint(1,20)}'

def trace_ms(to, dt, src, arv, region='namprd'):
    mbx, mbx2 = _ms_host(region), _ms_host(region)
    edge = f'{ralnum(2,"ABCDEFGHJKLMNPQRSTUVWXYZ")}{R.randint(1,9)}PEPF{R.randint(10000,99999):08d}.{region}{R.randint(1,9):02d}.prod.outlook.com'
    eop = edge.replace('.prod.outlook.com', '').split('.')[0] + '.mail.protection.outlook.com'
    d = lambda s: rfc(later(dt, seconds=s))
    return [('Received', f'from {mbx} ({_v6()})\n by {mbx2} with HTTPS; {d(4)}'),
            ('Received', f'from {edge.split(".")[0][:4]}CA{R.randint(1000,9999)}.{region}{R.randint(1,9):02d}.prod.outlook.com\n ({_v6()}) by {mbx} ({_v6()}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {d(3)}'),
            ('Received', f'from {edge}\n ({_v6()}) by {edge[:4]}CA{R.randint(1000,9999)}.outlook.office365.com\n ({_v6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend Transport; {d(3)}'),
            ('Authentication-Results', arv),
            ('Received-SPF', f'Pass (protection.outlook.com: domain of {src["mfd"]}\n designates {src["ip"]} as permitted sender) receiver=protection.outlook.com;\n client-ip={src["ip"]}; helo={src["host"]}; pr=C' if 'spf=pass' in arv else
                             f'SoftFail (protection.outlook.com: domain of transitioning\n {src["mfd"]} discourages use of {src["ip"]} as permitted sender)'),
            ('Received', f'from {src["host"]} ({src["ip"]}) by\n {eop} (10.167.{R.randint(200,250)}.{R.randint(2,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend Transport; {d(2)}')]

def ms_tail(dt):
    return [('Return-Path', '<' + ralnum(12).lower() + '>'), ] if False else [
        ('X-MS-Exchange-Organization-ExpirationStartTime', f'{dt:%d %b %Y %H:%M:%S}.{R.randint(1000,9999)}\n (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', ruuid()),
        ('X-MS-Exchange-Organization-AuthSource', _ms_host()),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', '')]

def trace_jp(to, dt, src, arv, rcv_host, mbox_host, tzname='JST'):
    d = lambda s: format_datetime(later(dt, seconds=s).astimezone(JST)) + ' (JST)'
    return [('Return-Path', f'<{src["rp"]}>'),
            ('Delivered-To', to),
            ('Received', f'from {rcv_host} ([10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(2,250)}])\n\tby {mbox_host} with ESMTP id {ralnum(12)}\n\tfor <{to}>; {d(3)}'),
            ('Authentication-Results', arv),
            ('Received', f'from {src["host"]} ({src["host"]} [{src["ip"]}])\n\tby {rcv_host} (Postfix) with ESMTPS id 4{ralnum(10, "BCDFGHJKLMNPQRSTVWXYZ0123456789")}\n\tfor <{to}>; {d(2)}')]

def trace_corp(to, dt, src):
    d = lambda s: format_datetime(later(dt, seconds=s).astimezone(JST))
    return [('Return-Path', f'<{src["rp"]}>'),
            ('X-Original-To', to),
            ('Delivered-To', to),
            ('Received', f'from mx01.kk-hoshino.co.jp (mx01.kk-hoshino.co.jp [203.0.113.25])\n\tby mail.kk-hoshino.co.jp (Postfix) with ESMTP id {ralnum(10, "0123456789ABCDEF")}\n\tfor <{to}>; {d(3)} (JST)'),
            ('X-Virus-Scanned', 'amavisd-new at kk-hoshino.co.jp'),
            ('Received', f'from {src["host"]} ({src["host"]} [{src["ip"]}])\n\tby mx01.kk-hoshino.co.jp (Postfix) with ESMTPS id {ralnum(10, "0123456789ABCDEF")}\n\tfor <{to}>; {d(2)} (JST)')]

# ---------------------------------------------------------------- assembly
MAILS = []

def assemble(trace, src, dt, frm, to_hdr, subject, root, *, date_tz=UTC, msgid=None, irt=None, refs=None,
             extra_orig=(), tail=(), dkim=True, order='ses'):
    hs = list(trace)
    if dkim:
        for d, s in src['dkim']:
            hs.append(('DKIM-Signature', dkim_sig(d, s, dt)))
    hs += list(extra_orig)
    core = [('Date', rfc(dt, date_tz)), ('From', frm), ('To', to_hdr), ('Message-ID', msgid or src['msgid'])]
    if irt:
        core.append(('In-Reply-To', irt))
    if refs:
        core.append(('References', refs))
    core += [('Subject', subject), ('MIME-Version', '1.0')]
    hs += core
    hs += [x for x in src.get('extra', [])]
    hs += list(tail)
    del root['MIME-Version']
    b = root.as_bytes()
    rhead, body = b.split(b'\n\n', 1)
    out = ''.join(f'{k}: {v}\n' for k, v in hs).encode('ascii') + rhead + b'\n\n' + body
    return out

def add(slug, kind, case_id, accts, sv, lang, raw, new):
    got = ids_in(' '.join(new))
    assert got == sorted(accts), (slug, got, accts)
    MAILS.append(dict(slug=slug, raw=raw, label=dict(kind=kind, case_id=case_id, account_ids=sorted(accts),
                                                   sender_verified=sv, language=lang)))

IDRE = re.compile(r'(?i)(?<![a-z0-9])aws[ \-]?(\d{8})(?!\d)')

def ids_in(text):
    t = re.sub(r'<[^>]+>', ' ', text)
    t = unicodedata.normalize('NFKC', html.unescape(t))
    return sorted(set('AWS' + m for m in IDRE.findall(t)))

def strip_html(h):
    return html.unescape(re.sub(r'<[^>]+>', ' ', h))

def gmail_on(dt, tz, name, email):
    d = dt.astimezone(tz)
    return f"On {d:%a}, {d:%b} {d.day}, {d:%Y} at {d.strftime('%I').lstrip('0')}:{d:%M} {d:%p} {name} <{email}> wrote:"

WD = '月火水木金土日'
def gmail_on_ja(dt, name, email):
    d = dt.astimezone(JST)
    return f'{d.year}年{d.month}月{d.day}日({WD[d.weekday()]}) {d.hour}:{d:%M} {name} <{email}>:'

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

def html_wrap(inner, title='Amazon Web Services'):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0"/><title>{title}</title></head>\n'
            '<body style="margin:0;padding:0;background-color:#f2f3f3;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3;"><tr><td align="center" style="padding:24px 8px;">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border:1px solid #d5dbdb;">\n'
            '<tr><td style="background-color:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" style="display:block;border:0;"/></td></tr>\n'
            f'<tr><td style="padding:24px;line-height:1.5;">\n{inner}\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')

def button(label, url, color='#ec7211'):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0;"><tr>'
            f'<td style="border-radius:2px;background-color:{color};"><a href="{url}" target="_blank" '
            f'style="display:inline-block;padding:10px 22px;font-size:14px;font-weight:bold;color:#ffffff;text-decoration:none;">{label}</a></td></tr></table>')

def credly_html(inner, preheader=''):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>Credly</title><style>@media only screen and (max-width:600px){.container{width:100% !important}}</style></head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f6;">\n'
            f'<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>\n'
            '<table class="container" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:\'Helvetica Neue\',Helvetica,Arial,sans-serif;color:#2a2a2a;">\n'
            '<tr><td style="padding:28px 32px 8px 32px;"><img src="https://images.credly.com/images/credly-logo-orange.png" width="96" alt="Credly"></td></tr>\n'
            f'<tr><td style="padding:8px 32px 24px 32px;font-size:15px;line-height:22px;">\n{inner}\n</td></tr>\n'
            '<tr><td style="padding:18px 32px;background:#f4f4f6;font-size:11px;color:#767676;line-height:16px;">'
            'Credly, Inc., a Pearson company &middot; 111 W. 33rd St., 14th Floor, New York, NY 10120<br>'
            '<a href="https://www.credly.com/notifications" style="color:#767676;">Notification settings</a> &middot; '
            '<a href="https://www.credly.com/privacy" style="color:#767676;">Privacy Policy</a></td></tr>\n'
            '</table>\n</body></html>\n')

def credly_button(label, url):
    return (f'<table cellpadding="0" cellspacing="0" style="margin:22px 0;"><tr><td bgcolor="#ff6b00" style="border-radius:24px;">'
            f'<a href="{url}" style="display:inline-block;padding:12px 30px;font-size:15px;font-weight:700;color:#ffffff;text-decoration:none;border-radius:24px;">{label}</a>'
            '</td></tr></table>')

def badge_block(name, img, issuer='Amazon Web Services Training and Certification'):
    return (f'<table cellpadding="0" cellspacing="0" style="margin:12px 0;"><tr><td width="110" valign="top"><img src="{img}" width="96" height="96" alt="{html.escape(name)}"></td>'
            f'<td valign="middle" style="padding-left:12px;"><strong style="font-size:16px;">{html.escape(name)}</strong><br>'
            f'<span style="color:#767676;font-size:13px;">Issued by {issuer}</span></td></tr></table>')

def stars_html(base):
    return ''.join(f'<a href="{base}&amp;rating={i}" style="text-decoration:none;font-size:26px;color:#ff9900;">&#9733;</a>' for i in range(1, 6))

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# =====================================================================================
# User K: Kenji Watanabe, Gmail, English, form-desk case (15 digits)
# =====================================================================================
K_MAIL = 'kenji.watanabe.dev@gmail.com'
K_TO = 'Kenji Watanabe <kenji.watanabe.dev@gmail.com>'
KC = cid15('2025-03-11 09:14:27', '00372')
K_KEEP, K_OLD = 'AWS04418273', 'AWS09127745'
K_SUBJ = f'[AWS Training and Certification Form Submission] - account-assistance'

def gm(dt, src, fromdom='amazon.com', **kw):
    return trace_gmail(K_MAIL, dt, src, ar_value('gmail', src, fromdom, **kw))

# K1: form acknowledgement, plain part only says "view in HTML"
dt = later(T('2025-03-11 09:14:27'), seconds=31); src = ses(dt)
plain = (f'Thank you for contacting AWS Training and Certification.\n\n'
         f'This message contains formatted content. If it does not display correctly, please view it in an HTML-capable email client.\n\n'
         f'Reference: {KC}\n')
inner = (f'<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0;">Your request has been logged</p>'
         f'<p>Hello Kenji,</p><p>Thanks for getting in touch with AWS Training and Certification. A member of our team will review your submission and reply to this address, in most cases within 24 hours.</p>'
         f'<table cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;width:100%;font-size:13px;">'
         f'<tr><td style="background:#fafafa;border:1px solid #eaeded;width:40%;"><b>Reference number</b></td><td style="border:1px solid #eaeded;">{KC}</td></tr>'
         f'<tr><td style="background:#fafafa;border:1px solid #eaeded;"><b>Inquiry type</b></td><td style="border:1px solid #eaeded;">Certification</td></tr>'
         f'<tr><td style="background:#fafafa;border:1px solid #eaeded;"><b>Detail</b></td><td style="border:1px solid #eaeded;">Account Merge</td></tr>'
         f'<tr><td style="background:#fafafa;border:1px solid #eaeded;"><b>AWS candidate ID</b></td><td style="border:1px solid #eaeded;">AWS 04418273</td></tr>'
         f'<tr><td style="background:#fafafa;border:1px solid #eaeded;"><b>Submitted</b></td><td style="border:1px solid #eaeded;">March 11, 2025 09:14 UTC</td></tr></table>'
         f'<p>To help us serve you quickly, please don\'t submit another form for the same question &mdash; simply reply to this email if you need to add details.</p>'
         + button('Browse Certification FAQs', 'https://aws.amazon.com/certification/faqs/') +
         '<p>Kind regards,<br>AWS Training and Certification</p>')
root = alt(part(plain, cte='7bit', charset='UTF-8'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(gm(dt, src), src, dt, FORM, K_MAIL, f'[CASE {KC}] {K_SUBJ}', root)
add('gmail-form-received', 'case_created', KC, [K_KEEP], True, 'en', raw, [plain, inner])

# K2: agent asks for info
dt = T('2025-03-12 06:31:12'); src = ses(dt)
body = f"""Hello Kenji,

Thank you for reaching out to AWS Training and Certification.

I understand you would like the certification history on your two candidate profiles brought together into one. I was able to locate the profile aws04418273, which is registered to kenji.watanabe.dev@gmail.com. Unfortunately I could not find a second profile using the details in your form.

So that I can pass this to the right team, please reply with the following:

1. The login email address of the other profile (and its candidate ID, if you still have it)
2. The notification email address shown on that profile, if it is different
3. Which of the two profiles you would like to keep using going forward

Once I have this information I will review both records and get back to you.

You can reply directly to this email; please keep the case number in the subject line.

Best regards,

Rahul S.
Amazon Web Services
Training and Certification Customer Support
"""
root = part(body, cte='quoted-printable', charset='UTF-8')
raw = assemble(gm(dt, src), src, dt, FORM, K_MAIL, f'RE:[CASE {KC}] {K_SUBJ}', root)
add('gmail-form-agent-followup-questions', 'support_reply', KC, [K_KEEP], True, 'en', raw, [body])

# K3: confirmation request, HTML table; plain part short and different
dt = T('2025-03-13 05:48:40'); src = ses(dt)
plain = f"""Hello Kenji,

Thank you for the additional details. We have prepared your request; the profile summary is shown in the HTML version of this message.

Please reply to this email to let us know whether we may go ahead.

Best regards,
Rahul S.
Amazon Web Services
"""
inner = f"""<p>Hello Kenji,</p>
<p>Thank you for sending the additional details. Based on the information provided, our certification team is ready to consolidate your two candidate profiles as shown below:</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;width:100%;">
<tr style="background:#232f3e;color:#ffffff;"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Email on profile</th></tr>
<tr><td>Remains active (primary)</td><td><b>AWS04418273</b></td><td>kenji.watanabe.dev@gmail.com</td></tr>
<tr><td>Folded into primary, then closed</td><td><b>AWS09127745</b></td><td>k.watanabe@nexora-systems.co.jp</td></tr>
</table>
<p>All certifications, exam history, badges and benefits on the second profile will be moved to the primary one.</p>
<p style="background:#fff4e5;border-left:4px solid #ff9900;padding:10px 12px;"><b>Important:</b> this operation is permanent. After it has been carried out, the second profile cannot be restored or separated again.</p>
<p>If everything above is correct, please reply to this email and state that you approve. We will not make any change until we receive your reply.</p>
<p>Best regards,<br>Rahul S.<br>Amazon Web Services<br>Training and Certification Customer Support</p>"""
root = alt(part(plain, charset='UTF-8', cte='7bit'), part(html_wrap(inner), 'html', 'UTF-8', 'base64'))
raw = assemble(gm(dt, src), src, dt, FORM, K_MAIL, f'RE:[CASE {KC}] {K_SUBJ}', root)
add('gmail-form-profile-summary', 'merge_confirmation_requested', KC, [K_KEEP, K_OLD], True, 'en', raw, [plain, inner])
K3_DT = dt

# K4: "thank you for confirming, we will now proceed" with nested gmail quotes
dt = T('2025-03-14 02:10:05'); src = ses(dt)
user_dt = T('2025-03-13 14:02:00')
new = """Hello Kenji,

Thank you for confirming the details. I have now handed your request to our certification operations team, who will carry out the change. This usually takes between one and three business days; I will update you on this case as soon as they let me know it has been actioned.

In the meantime, please do not schedule any new exams on either profile.

Best regards,

Rahul S.
Amazon Web Services
"""
q = f"""{gmail_on(user_dt, JST, 'Kenji Watanabe', K_MAIL)}
> Hi Rahul,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Kenji
>
> {gmail_on(K3_DT, JST, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')}
> > Hello Kenji,
> >
> > Thank you for the additional details. Our certification team is ready to
> > consolidate your two candidate profiles:
> >
> > Remains active (primary):          AWS04418273  kenji.watanabe.dev@gmail.com
> > Folded into primary, then closed:  AWS09127745  k.watanabe@nexora-systems.co.jp
> >
> > Important: this operation is permanent.
> > If everything above is correct, please reply to this email.
"""
body = new + '\n' + q
root = part(body, cte='quoted-printable', charset='UTF-8')
raw = assemble(gm(dt, src), src, dt, FORM, K_MAIL, f'RE:[CASE {KC}] {K_SUBJ}', root)
add('gmail-form-handed-over', 'support_reply', KC, [], True, 'en', raw, [new])

# K5: completion, HTML only with <br> layout and YES/NO buttons
dt = T('2025-03-15 17:22:31'); src = ses(dt)
inner = f"""Hello Kenji,<br><br>
Good news: the certification history that was held under AWS09127745 now lives under AWS04418273.<br>
Your transcript, active certifications, Credly badges and exam benefits (including any unused 50% discount voucher) are now attached to the remaining profile, and the older profile has been deactivated.<br><br>
Please sign in to <a href="https://www.aws.training/Certification">aws.training</a> with kenji.watanabe.dev@gmail.com to review your records. Badge updates on Credly can take up to 48 hours to appear.<br><br>
Best regards,<br>Rahul S.<br>Amazon Web Services<br><br>
<hr style="border:0;border-top:1px solid #eaeded;">
<span style="font-size:13px;color:#545b64;">Was your issue resolved?</span><br>
<a href="https://aws.amazon.com/survey/tc-case?caseId={KC}&amp;resolved=yes" style="display:inline-block;margin:8px 8px 0 0;padding:8px 26px;background:#1d8102;color:#fff;text-decoration:none;border-radius:2px;font-weight:bold;">YES</a>
<a href="https://aws.amazon.com/survey/tc-case?caseId={KC}&amp;resolved=no" style="display:inline-block;margin:8px 0 0 0;padding:8px 26px;background:#d13212;color:#fff;text-decoration:none;border-radius:2px;font-weight:bold;">NO</a><br>"""
root = part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable')
raw = assemble(gm(dt, src), src, dt, FORM, K_MAIL, f'RE:[CASE {KC}] {K_SUBJ}', root)
add('gmail-form-records-moved', 'merge_completed', KC, [K_KEEP, K_OLD], True, 'en', raw, [inner])

# K6: survey, case id in body only
dt = T('2025-03-15 17:24:02'); src = ses(dt)
plain = f"""How did we do?

Hello,

Your recent AWS Training and Certification support case has been closed.

Case ID: {KC}

We would appreciate a minute of your time to tell us about your experience. Your feedback helps us improve the support we provide.

Take the survey: https://aws.amazon.com/survey/tc-case?caseId={KC}

If you still need help with this request, reply to this email within 14 days and your case will be reopened.

Thank you,
AWS Training and Certification
"""
inner = f"""<p style="font-size:20px;font-weight:bold;margin:0 0 8px 0;">How did we do?</p>
<p>Your recent AWS Training and Certification support case has been closed.</p>
<p style="color:#545b64;">Case ID: {KC}</p>
<p>How satisfied are you with the support you received?</p>
<p>{stars_html(f'https://aws.amazon.com/survey/tc-case?caseId={KC}')}</p>
<p style="font-size:12px;color:#687078;">If you still need help with this request, reply to this email within 14 days and your case will be reopened.</p>"""
root = alt(part(plain, charset='UTF-8', cte='7bit'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(gm(dt, src), src, dt, FORM, K_MAIL, 'Tell us about your recent AWS Training and Certification support experience', root)
add('gmail-tc-feedback', 'survey', KC, [], True, 'en', raw, [plain, inner])

# K7: Credly badge transferred after merge (HTML with minimal plain)
dt = T('2025-03-17 03:05:44'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:20px;font-weight:700;margin:0 0 12px 0;">Kenji, a badge has been added to your account</p>
<p>Following an update to your AWS Certification profile, the badge below has been transferred to the Credly account that uses <b>kenji.watanabe.dev@gmail.com</b>. Your verification history and issue date are unchanged.</p>
{badge_block('AWS Certified Developer – Associate', 'https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png')}
{credly_button('View your badge', 'https://www.credly.com/earner/earned/badge/' + ruuid())}
<p style="font-size:13px;color:#767676;">Share it on LinkedIn, add it to your email signature, or embed it in your résumé.</p>"""
plain = """Kenji, a badge has been added to your account

AWS Certified Developer – Associate
Issued by Amazon Web Services Training and Certification

View your badge: https://www.credly.com/earner/earned
"""
root = alt(part(plain, charset='utf-8', cte='quoted-printable'), part(credly_html(inner, 'A badge was transferred to your Credly account'), 'html', 'utf-8', 'quoted-printable'))
raw = assemble(gm(dt, src, fromdom='credly.com'), src, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', K_MAIL,
               'Your AWS Certified Developer – Associate badge has moved'.replace('–', '-'), root)
add('credly-badge-added-kenji', 'credly_badge_issued', None, [], True, 'en', raw, [inner, plain])

# K8: phishing, look-alike domain, dmarc passes for its own domain
dt = T('2025-04-02 11:47:09')
src = generic('mail.aws-certification-support.com', '45.131.66.204', 'bounce@aws-certification-support.com', 'aws-certification-support.com',
              f'<{rhex(24)}@aws-certification-support.com>', [('aws-certification-support.com', 'default')])
inner = f"""<p>Dear Candidate,</p>
<p>Our systems detected <b>duplicate AWS Certification accounts</b> registered to your email address. To protect your credentials, the duplicate records must be merged into your main account <b>AWS04418273</b>.</p>
<p>Please confirm the merge within <b>24 hours</b>. Unconfirmed duplicates are suspended and their certifications may be revoked.</p>
{button('Confirm account merge', 'https://aws-certification-support.com/merge/confirm?u=' + rhex(16))}
<p>This action cannot be undone after confirmation.</p>
<p>Regards,<br>AWS Training &amp; Certification Support Team</p>"""
root = part(html_wrap(inner), 'html', 'UTF-8', 'base64')
raw = assemble(gm(dt, src, fromdom='aws-certification-support.com', policy='NONE'), src, dt,
               '"AWS Training & Certification" <cases@aws-certification-support.com>', K_MAIL,
               'Action required: confirm merge of your certification accounts', root)
add('gmail-cert-duplicate-notice', 'merge_confirmation_requested', None, [K_KEEP], False, 'en', raw, [inner])

# K9: unrelated billing case survey (console, 11 digits)
KB = '12739504816'
dt = T('2025-01-28 22:05:51'); src = ses(dt)
plain = f"""Hello,

Your AWS Support case {KB} ("Unexpected NAT Gateway data processing charges on January invoice") has been resolved.

How did we do? Please take a moment to rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={KB}&language=en&feedback=true

If you need further help with this issue, you can reopen the case from the Support Center within 14 days.

Sincerely,
Amazon Web Services
"""
inner = f"""<p>Hello,</p><p>Your AWS Support case <b>{KB}</b> (&ldquo;Unexpected NAT Gateway data processing charges on January invoice&rdquo;) has been resolved.</p>
<p><b>How did we do?</b></p><p>{stars_html(f'https://console.aws.amazon.com/support/home#/case/?displayId={KB}&amp;feedback=true')}</p>
<p style="font-size:12px;">If you need further help with this issue, you can reopen the case from the Support Center within 14 days.</p>"""
root = alt(part(plain, charset='UTF-8', cte='7bit'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(gm(dt, src), src, dt, CONSOLE, K_MAIL, f'Your AWS Support case {KB} has been resolved', root)
add('console-billing-resolved', 'unrelated', KB, [], True, 'en', raw, [plain, inner])

# K10: CertMetrics survey with candidate id (unrelated)
dt = T('2025-02-19 15:30:12')
src = sendgrid(dt, 'certmetrics.com')
inner = f"""<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:620px;">
<p><img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certification" width="160"></p>
<p>Hello Kenji Watanabe,</p>
<p>AWS Certification wants to hear from you! You recently earned an AWS Certification, and we would like to learn about your preparation experience.</p>
<p>The survey takes about 5 minutes. Your responses are confidential and are used only to improve our certification programs.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?id={rhex(32)}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;font-weight:bold;">Start the survey</a></p>
<p style="font-size:12px;color:#666;">Candidate ID: AWS04418273<br>This email was sent to kenji.watanabe.dev@gmail.com. Please do not reply to this message.</p>
</div>"""
plain = f"""Hello Kenji Watanabe,

AWS Certification wants to hear from you! You recently earned an AWS Certification, and we would like to learn about your preparation experience.

Start the survey: https://www.certmetrics.com/amazon/survey/

Candidate ID: AWS04418273
"""
root = alt(part(plain, charset='utf-8', cte='7bit'), part(inner, 'html', 'utf-8', 'quoted-printable'))
raw = assemble(gm(dt, src, fromdom='certmetrics.com'), src, dt, '"AWS Certification" <do-not-reply@certmetrics.com>', K_MAIL,
               'AWS Certification wants to hear from you', root)
add('certmetrics-hear-from-you', 'unrelated', None, [K_KEEP], False, 'en', raw, [inner, plain])

# K11: GitHub merged notification
dt = T('2025-03-20 08:12:37')
src = generic('out-24.smtp.github.com', '192.30.252.207', f'noreply@github.com', 'github.com',
              f'<nexora/cert-tracker/pull/482/issue_event/{R.randint(10**10, 10**11)}@github.com>', [('github.com', 'pf2023')])
plain = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nexora/cert-tracker/pull/482#event-16814472203
You are receiving this because you authored the thread.

Message ID: <nexora/cert-tracker/pull/482/issue_event/16814472203@github.com>
"""
inner = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/nexora/cert-tracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/nexora/cert-tracker/pull/482#event-16814472203">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AAB">unsubscribe</a>.<br />You are receiving this because you authored the thread.</p>"""
root = alt(part(plain, charset='UTF-8', cte='7bit'), part(inner, 'html', 'UTF-8', '7bit'))
raw = assemble(gm(dt, src, fromdom='github.com', policy='REJECT'), src, dt, '"Mika Ishida" <notifications@github.com>',
               '"nexora/cert-tracker" <cert-tracker@noreply.github.com>', 'Re: [nexora/cert-tracker] Merge duplicate account records on import (PR #482)', root,
               irt='<nexora/cert-tracker/pull/482@github.com>', refs='<nexora/cert-tracker/pull/482@github.com>',
               extra_orig=[('Reply-To', 'nexora/cert-tracker <reply+AAB5TQ@reply.github.com>'), ('List-ID', 'nexora/cert-tracker <cert-tracker.nexora.github.com>'),
                           ('X-GitHub-Reason', 'author')])
add('github-pr-482', 'unrelated', None, [], False, 'en', raw, [plain, inner])

# =====================================================================================
# User P: Priya Raman, Office 365, English, console case (15 digits)
# =====================================================================================
P_MAIL = 'priya.raman@kestrelbio.com'
P_TO = 'priya.raman@kestrelbio.com'
PC = cid15('2025-06-17 14:02:51', '00918')
P_KEEP, P_OLD = 'AWS11875302', 'AWS07734190'
P_CSUBJ = 'Merge two AWS Certification accounts (aws-07734190 -> aws-11875302)'
CONSOLE_FOOT = ("To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en\n\n"
                "(If you are connecting by federation, log in before following the link.)\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
                "To respond to this case, please follow the link above to respond from your AWS Support Center.\n")
RATE_FOOT = ("We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
             "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n")

def o365(dt, src, fromdom='amazon.com', to=P_MAIL, **kw):
    return trace_ms(to, dt, src, ar_value('ms', src, fromdom, **kw))

# P1: console case opened
dt = later(T('2025-06-17 14:02:51'), seconds=4); src = ses(dt)
corr = 'I have two certification accounts: aws-07734190 (old one, on my personal gmail) and aws-11875302 (current, work email). Please merge them and keep aws-11875302.'
plain = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {PC} to address your issue.

The details of your case are as follows:

Case ID: {PC}
Subject: {P_CSUBJ}
Severity: General guidance
Correspondence: {corr}

""" + CONSOLE_FOOT.format(c=PC) + "\nSincerely,\nAmazon Web Services\n"
inner = f"""<p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case {PC} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p><b>Case ID:</b> {PC}<br><b>Subject:</b> {html.escape(P_CSUBJ)}<br><b>Severity:</b> General guidance<br><b>Correspondence:</b> {html.escape(corr)}</p>
<p>To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={PC}&amp;language=en">AWS Support Center</a>.</p>
<p style="font-size:12px;color:#687078;">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p>Sincerely,<br>Amazon Web Services</p>"""
root = alt(part(plain, charset='UTF-8', cte='quoted-printable'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(o365(dt, src), src, dt, CONSOLE, P_TO, f'Amazon Web Services: You have opened a new Support case: {PC}', root, tail=ms_tail(dt))
add('o365-console-opened', 'case_created', PC, [P_KEEP, P_OLD], True, 'en', raw, [plain, inner])

# P2: new correspondence notice (no content)
dt = T('2025-06-18 16:40:12'); src = ses(dt)
plain = f"""Hello,

New correspondence has been added to your AWS Support case {PC}.

To view it and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={PC}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
root = part(plain, charset='UTF-8', cte='7bit')
raw = assemble(o365(dt, src), src, dt, CONSOLE, P_TO, f'[Case {PC}] New correspondence added', root, tail=ms_tail(dt))
add('o365-console-notice', 'support_reply', PC, [], True, 'en', raw, [plain])

# P3: confirmation request (console reply)
dt = T('2025-06-18 16:40:15'); src = ses(dt)
new = f"""Hello Priya,

Thank you for your patience while I reviewed both of your candidate profiles. Here is what I found and what we propose:

  - AWS11875302 (priya.raman@kestrelbio.com) - stays as your primary profile
  - AWS07734190 (priya.r.dev@gmail.com) - its certifications and exam history will be absorbed into the primary profile, after which it will be deactivated

Please be aware that once the two profiles have been combined, the secondary profile cannot be restored, and we are not able to split the records again.

If the above is accurate, please reply to this case from the Support Center and confirm that we may go ahead. If you would prefer to keep AWS07734190 instead, let us know in your reply.

""" + RATE_FOOT + f"""
Best regards,
Oluwaseun A.
Amazon Web Services
===================================================

""" + CONSOLE_FOOT.format(c=PC)
root = part(new, charset='UTF-8', cte='quoted-printable')
raw = assemble(o365(dt, src), src, dt, CONSOLE, P_TO, f'RE:[CASE {PC}] {P_CSUBJ}', root, tail=ms_tail(dt))
add('o365-console-agent-proposal', 'merge_confirmation_requested', PC, [P_KEEP, P_OLD], True, 'en', raw, [new])

# P4: completion, plain and HTML differ (HTML carries rating widget)
dt = T('2025-06-20 09:15:27'); src = ses(dt)
plain = f"""Hello Priya,

I'm happy to let you know the work is finished. Your exam history, certifications and benefits that were previously held under AWS07734190 have been moved to AWS11875302. The secondary profile can no longer be used to sign in.

Please allow up to 48 hours for your Credly badges to show under the email address of your primary profile.

""" + RATE_FOOT + """
Best regards,
Oluwaseun A.
Amazon Web Services
===================================================

""" + CONSOLE_FOOT.format(c=PC)
inner = f"""<p>Hello Priya,</p>
<p>The work on your request is finished: everything that used to be on AWS07734190 &mdash; exam history, certifications, benefits &mdash; now appears under AWS11875302, and the secondary profile has been switched off.</p>
<p>Credly badges can take up to 48 hours to show under the email address of your primary profile.</p>
<p>Best regards,<br>Oluwaseun A.<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#545b64;">How would you rate this reply?</p><p>{stars_html(f'https://console.aws.amazon.com/support/home#/case/?displayId={PC}&amp;rate=1')}</p>
<p style="font-size:12px;color:#687078;">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>"""
root = alt(part(plain, charset='UTF-8', cte='quoted-printable'), part(html_wrap(inner), 'html', 'UTF-8', 'base64'))
raw = assemble(o365(dt, src), src, dt, CONSOLE, P_TO, f'RE:[CASE {PC}] {P_CSUBJ}', root, tail=ms_tail(dt))
add('o365-console-agent-done', 'merge_completed', PC, [P_KEEP, P_OLD], True, 'en', raw, [plain, inner])

# P5: auto-resolve / survey
dt = T('2025-06-27 09:16:02'); src = ses(dt)
plain = f"""Hello,

We haven't heard from you for a few days, so we've marked your AWS Support case {PC} as resolved.

If your issue persists, you can reopen the case from the AWS Support Center within the next 14 days.

How did we do? Let us know by answering two short questions:
https://console.aws.amazon.com/support/home#/case/?displayId={PC}&language=en&survey=csat

Sincerely,
Amazon Web Services
"""
inner = f"""<p>Hello,</p><p>We haven't heard from you for a few days, so we've marked your AWS Support case <b>{PC}</b> as resolved.</p>
<p>If your issue persists, you can reopen the case from the AWS Support Center within the next 14 days.</p>
<p style="font-size:16px;font-weight:bold;">How did we do?</p>
{button('Answer two questions', f'https://console.aws.amazon.com/support/home#/case/?displayId={PC}&amp;survey=csat', '#0073bb')}"""
root = alt(part(plain, charset='UTF-8', cte='7bit'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(o365(dt, src), src, dt, CONSOLE, P_TO, f'Your AWS Support case {PC} has been resolved', root, tail=ms_tail(dt))
add('o365-console-resolved', 'survey', PC, [], True, 'en', raw, [plain, inner])

# P6: unrelated EC2 quota case opened (same template as P1)
PQ = cid15('2025-08-04 16:20:11', '00534')
dt = later(T('2025-08-04 16:20:11'), seconds=3); src = ses(dt)
corr = 'We need 64 vCPUs for G instances in eu-west-1 for a model-training workload starting next week. Current quota is 8.'
plain = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {PQ} to address your issue.

The details of your case are as follows:

Case ID: {PQ}
Subject: Service Quota Increase: EC2 Running On-Demand G and VT instances (eu-west-1)
Severity: Normal
Correspondence: {corr}

""" + CONSOLE_FOOT.format(c=PQ) + "\nSincerely,\nAmazon Web Services\n"
root = part(plain, charset='UTF-8', cte='quoted-printable')
raw = assemble(o365(dt, src), src, dt, CONSOLE, P_TO, f'Amazon Web Services: You have opened a new Support case: {PQ}', root, tail=ms_tail(dt))
add('o365-console-quota-opened', 'unrelated', PQ, [], True, 'en', raw, [plain])

# P7: Credly, two badges ready to accept
dt = T('2025-06-21 13:02:19'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:20px;font-weight:700;margin:0 0 10px 0;">Priya, you have 2 badges waiting</p>
<p>Amazon Web Services Training and Certification has issued the following badges to <b>priya.raman@kestrelbio.com</b>. Accept them to start sharing your achievements.</p>
{badge_block('AWS Certified Solutions Architect – Associate', 'https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png')}
{badge_block('AWS Certified Cloud Practitioner', 'https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png')}
{credly_button('Accept your badges', 'https://www.credly.com/earner/earned/pending')}
<p style="font-size:13px;color:#767676;">Badges that are not accepted remain pending in your Credly wallet.</p>"""
plain = 'Priya, you have 2 badges waiting. View this email in a browser that supports HTML: https://www.credly.com/earner/earned/pending\n'
root = alt(part(plain, charset='utf-8', cte='7bit'), part(credly_html(inner, 'Accept your AWS badges'), 'html', 'utf-8', 'quoted-printable'))
raw = assemble(o365(dt, src, fromdom='credly.com'), src, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', P_TO,
               'Priya, you have 2 badges waiting for you', root, tail=ms_tail(dt))
add('credly-two-pending-priya', 'credly_badge_issued', None, [], True, 'en', raw, [inner, plain])

# P8: phishing "merge completed" from look-alike domain
dt = T('2025-07-01 06:58:40')
src = generic('mta2.aws-training-certification.net', '91.215.85.113', 'postmaster@aws-training-certification.net', 'aws-training-certification.net',
              f'<{rhex(20)}.{R.randint(1000,9999)}@aws-training-certification.net>', [('aws-training-certification.net', 'mail')])
inner = f"""<p>Hello,</p>
<p>Your AWS Certification accounts have been successfully merged. All certifications have been transferred to candidate ID <b>AWS11875302</b>.</p>
<p>To keep your certifications active after the merge, you must sign in and re-verify your identity within <b>72 hours</b>. Accounts that are not verified will be locked.</p>
{button('Verify my certifications', 'https://aws-training-certification.net/verify?token=' + rhex(24))}
<p>Thank you,<br>AWS Training and Certification</p>"""
root = part(html_wrap(inner), 'html', 'UTF-8', 'base64')
raw = assemble(o365(dt, src, fromdom='aws-training-certification.net'), src, dt,
               '"AWS Training and Certification" <no-reply@aws-training-certification.net>', P_TO,
               'Your certification accounts have been merged - verification needed', root, tail=ms_tail(dt))
add('o365-cert-accounts-verification', 'merge_completed', None, [P_KEEP], False, 'en', raw, [inner])

# P9: phishing, not about the merge (voucher)
dt = T('2025-07-09 17:31:05')
src = generic('s14.hostwind-mailer.com', '142.11.206.57', 'news@aws-cert-rewards.com', 'aws-cert-rewards.com',
              f'<{rhex(16)}@aws-cert-rewards.com>', [])
inner = """<p>Dear AWS Certified professional,</p>
<p>Your <b>50% exam discount voucher</b> expires in <b>48 hours</b>. Claim it now before it is removed from your benefits page.</p>"""+ button('Claim voucher', 'http://aws-cert-rewards.com/claim') + """
<p>AWS Certification Benefits Team</p>"""
root = part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable')
raw = assemble(o365(dt, src, fromdom='aws-cert-rewards.com', dkim='none', dmarc='none', spf='softfail'), src, dt,
               '"AWS Certification Benefits" <benefits@aws-cert-rewards.com>', P_TO,
               'Your 50% exam voucher expires in 48 hours', root, tail=ms_tail(dt), dkim=False)
add('voucher-expiring-notice', 'unrelated', None, [], False, 'en', raw, [inner])

# =====================================================================================
# User S: Sato Misaki, @nifty, Japanese, form case (10 digits)
# =====================================================================================
S_MAIL = 'misaki.sato@nifty.com'
SC = '7283041956'
S_KEEP, S_OLD = 'AWS02956618', 'AWS10483327'

def nifty(dt, src, fromdom='amazon.com', **kw):
    return trace_jp(S_MAIL, dt, src, ar_value('jp', src, fromdom, authserv='mx.nifty.com', **kw),
                    f'mta-rcv-b{R.randint(1,9):02d}.mail.nifty.com', f'mbox-b{R.randint(10,40)}.mail.nifty.com')

S_TO_J = addr('佐藤 美咲', S_MAIL, 'ISO-2022-JP')

# S1: bilingual acknowledgement in ISO-2022-JP
dt = T('2025-05-26 01:12:36'); src = ses(dt)
body = f"""佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。担当者より、原則として 24 時間以内に本メールアドレス宛てにご連絡いたします。

ケース ID: {SC}
お問い合わせの種類: 認定
詳細: アカウントの統合
受験者 ID: AWS02956618

同じ内容で新たにお問い合わせをいただきますと、ご回答までにお時間をいただく場合がございます。追加の情報がある場合は、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート

----------------------------------------------------------------
Dear Misaki Sato,

Thank you for contacting AWS Training and Certification. Your inquiry has been received and a member of our team will respond, usually within 24 hours.

Case ID: {SC}
Inquiry type: Certification / Account Merge
Candidate ID: AWS02956618
----------------------------------------------------------------
"""
root = part(body, charset='ISO-2022-JP', cte='7bit')
subj = f'[CASE {SC}] ' + ew('お問い合わせを受け付けました / We have received your inquiry', 'ISO-2022-JP')
raw = assemble(nifty(dt, src), src, dt, FORM, S_TO_J, subj, root)
add('nifty-form-uketsuke', 'case_created', SC, [S_KEEP], True, 'ja', raw, [body])

# S2: agent asks for information, ISO-2022-JP, full-width id
dt = T('2025-05-27 02:30:18'); src = ses(dt)
body = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林です。

アカウントの統合についてお問い合わせいただき、ありがとうございます。
お知らせいただいた受験者 ID（ＡＷＳ０２９５６６１８）のほかに、以前ご利用になっていたアカウントを特定するため、以下の情報をご返信いただけますでしょうか。

・もう一方のアカウントのログイン用メールアドレス
・各アカウントに登録されている通知先メールアドレス
・今後ご利用を継続されるアカウント（どちらを残すか）
・統合を希望される理由（例：勤務先の変更に伴い新しいアカウントを作成した 等）

いただいた情報をもとに確認のうえ、改めてご案内いたします。

何卒よろしくお願いいたします。

小林
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
root = part(body, charset='ISO-2022-JP', cte='7bit')
raw = assemble(nifty(dt, src), src, dt, FORM, S_TO_J, f'RE:[CASE {SC}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('nifty-form-kakunin-jouhou', 'support_reply', SC, [S_KEEP], True, 'ja', raw, [body])

# S3: confirmation request, UTF-8 alt (plain base64, html QP)
dt = T('2025-05-27 07:55:03'); src = ses(dt)
plain = """佐藤 美咲 様

ご返信ありがとうございます。いただいた情報をもとに、以下のとおり作業を予定しております。

  存続するアカウント : AWS02956618（misaki.sato@nifty.com）
  統合元のアカウント : ＡＷＳ１０４８３３２７（m.sato@tohoku-sangyo.jp）※統合後に閉鎖されます

統合元アカウントの認定資格、受験履歴、特典は、存続するアカウントへ引き継がれます。
なお、本作業は一度実施すると取り消すことができません。

上記の内容でお間違いがなければ、本メールにご返信いただき、作業実施のご承認をお願いいたします。ご承認をいただくまで作業は行いません。

小林
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
inner = """<p>佐藤 美咲 様</p>
<p>ご返信ありがとうございます。いただいた情報をもとに、以下のとおり作業を予定しております。</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">
<tr style="background:#f2f3f3;"><th align="left">区分</th><th align="left">受験者 ID</th><th align="left">メールアドレス</th></tr>
<tr><td>存続するアカウント</td><td>AWS02956618</td><td>misaki.sato@nifty.com</td></tr>
<tr><td>統合元のアカウント（統合後に閉鎖）</td><td>ＡＷＳ１０４８３３２７</td><td>m.sato@tohoku-sangyo.jp</td></tr>
</table>
<p>統合元アカウントの認定資格、受験履歴、特典は、存続するアカウントへ引き継がれます。<br>
<b style="color:#d13212;">本作業は一度実施すると取り消すことができません。</b></p>
<p>上記の内容でお間違いがなければ、本メールにご返信いただき、作業実施のご承認をお願いいたします。ご承認をいただくまで作業は行いません。</p>
<p>小林<br>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>"""
root = alt(part(plain, charset='UTF-8', cte='base64'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(nifty(dt, src), src, dt, FORM, S_TO_J, f'RE:[CASE {SC}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('nifty-form-sagyou-yotei', 'merge_confirmation_requested', SC, [S_KEEP, S_OLD], True, 'ja', raw, [plain, inner])
S3_DT = dt

# S4: "we will now proceed" with Japanese gmail-style quote
dt = T('2025-05-28 04:20:44'); src = ses(dt)
new = """佐藤 美咲 様

ご確認いただき、ありがとうございます。
ご承認を受けて、これより担当チームにて作業を開始いたします。
完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちください。

小林
Amazon Web Services
"""
q = gmail_on_ja(T('2025-05-27 23:02:00'), '佐藤 美咲', S_MAIL) + '\n' + quote("""小林様

ご連絡ありがとうございます。内容に相違ありません。統合を進めてください。

佐藤

""" + quote("""存続するアカウント : AWS02956618（misaki.sato@nifty.com）
統合元のアカウント : AWS10483327（m.sato@tohoku-sangyo.jp）
本作業は一度実施すると取り消すことができません。""")) + '\n'
body = new + '\n' + q
root = part(body, charset='UTF-8', cte='quoted-printable', label='iso-8859-1')  # wrong label: bytes are UTF-8
raw = assemble(nifty(dt, src), src, dt, FORM, S_TO_J, f'RE:[CASE {SC}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('nifty-form-sagyou-kaishi', 'support_reply', SC, [], True, 'ja', raw, [new])

# S5: completion, EUC-JP 8bit
dt = T('2025-05-30 06:00:09'); src = ses(dt)
body = """佐藤 美咲 様

お待たせいたしました。ご依頼いただいた作業が完了いたしましたので、ご報告いたします。

AWS10483327 に登録されていた認定資格、受験履歴および特典は、すべて AWS02956618 へ移行いたしました。
旧アカウント（AWS10483327）は閉鎖済みのため、今後はサインインいただけません。

Credly のデジタルバッジが新しいアカウントのメールアドレスに反映されるまで、数日かかる場合がございます。
一週間を過ぎても反映されない場合は、本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

小林
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
root = part(body, charset='EUC-JP', cte='8bit')
raw = assemble(nifty(dt, src), src, dt, FORM, S_TO_J, f'RE:[CASE {SC}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('nifty-form-ikou-houkoku', 'merge_completed', SC, [S_KEEP, S_OLD], True, 'ja', raw, [body])

# S6: survey, HTML only
dt = T('2025-05-30 06:01:30'); src = ses(dt)
inner = f"""<p>佐藤 美咲 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース {SC} はクローズされました。今後のサービス向上のため、今回の対応について簡単なアンケートにご協力をお願いいたします（所要時間：約 1 分）。</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding:4px;"><a href="https://aws.amazon.com/survey/tc-case?caseId={SC}&amp;lang=ja&amp;csat=5" style="display:inline-block;padding:9px 16px;background:#1d8102;color:#fff;text-decoration:none;border-radius:2px;">満足</a></td>
<td style="padding:4px;"><a href="https://aws.amazon.com/survey/tc-case?caseId={SC}&amp;lang=ja&amp;csat=3" style="display:inline-block;padding:9px 16px;background:#879596;color:#fff;text-decoration:none;border-radius:2px;">どちらでもない</a></td>
<td style="padding:4px;"><a href="https://aws.amazon.com/survey/tc-case?caseId={SC}&amp;lang=ja&amp;csat=1" style="display:inline-block;padding:9px 16px;background:#d13212;color:#fff;text-decoration:none;border-radius:2px;">不満</a></td>
</tr></table>
<p style="font-size:12px;color:#687078;">引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定</p>"""
root = part(html_wrap(inner, 'アンケート'), 'html', 'UTF-8', 'quoted-printable')
subj = ew('【AWS トレーニングと認定】サポート対応に関するアンケートご協力のお願い', 'UTF-8')
raw = assemble(nifty(dt, src), src, dt, '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', S_TO_J, subj, root)
add('nifty-anketo', 'survey', SC, [], True, 'ja', raw, [inner])

# S7: Credly ready to accept (English); plain part only points to HTML
dt = T('2025-06-02 00:44:51'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:20px;font-weight:700;margin:0 0 10px 0;">Misaki, your badge is ready</p>
<p>Amazon Web Services Training and Certification issued you a badge. Accept it to add it to your Credly profile and share it with your network.</p>
{badge_block('AWS Certified Cloud Practitioner', 'https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png')}
{credly_button('Accept badge', 'https://www.credly.com/badges/' + ruuid() + '/accept')}
<p style="font-size:13px;color:#767676;">This badge was sent to misaki.sato@nifty.com.</p>"""
plain = 'To view this email, please use an email client that supports HTML.\n\nhttps://www.credly.com/earner/earned\n'
root = alt(part(plain, charset='utf-8', cte='7bit'), part(credly_html(inner, 'Accept your badge from AWS'), 'html', 'utf-8', 'base64'))
raw = assemble(nifty(dt, src, fromdom='credly.com'), src, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
               S_MAIL, 'Misaki, accept your AWS Certified Cloud Practitioner badge', root)
add('credly-ready-misaki', 'credly_badge_issued', None, [], True, 'en', raw, [inner, plain])

# S8: Pearson VUE confirmation, labelled Shift_JIS but containing CP932-only characters
dt = T('2025-04-15 10:21:33')
src = generic('mailout3.pearsonvue.com', '159.182.112.41', 'noreply@pearson.com', 'pearson.com',
              f'<{R.randint(10**9,10**10)}.{R.randint(1000,9999)}.JavaMail.vue@pvuaws{R.randint(10,60)}>', [('pearson.com', 'pvue2021')])
body = """佐藤 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。

試験名：AWS Certified Solutions Architect - Associate (SAA-C03)
受験者 ID：AWS02956618
予約番号：482913306
日時：2025年4月26日（土）10:00
会場：オンライン試験（OnVUE）

■受験前のご準備
①事前にシステムテストを実施してください。
②有効期限内の顔写真付き本人確認書類をご用意ください。
③試験開始 30 分前からチェックインが可能です。

予約の変更・キャンセルは、試験開始の 24 時間前までにお手続きください。

Pearson VUE
"""
root = part(body, charset='Shift_JIS', cte='base64', codec='cp932')
subj = ew('Pearson VUE 試験予約の確認', 'ISO-2022-JP')
raw = assemble(nifty(dt, src, fromdom='pearson.com', policy='REJECT'), src, dt, '"Pearson VUE" <noreply@pearson.com>', S_MAIL, subj, root, date_tz=JST)
add('pearsonvue-yoyaku', 'unrelated', None, [S_KEEP], False, 'ja', raw, [body])

# =====================================================================================
# User T: Tomas Alvarez, Outlook.com, English, form case (11 digits), three profiles
# =====================================================================================
T_MAIL = 't.alvarez@outlook.com'
T_TO = '=?UTF-8?Q?Tom=C3=A1s_Alvarez?= <t.alvarez@outlook.com>'
TC = '13950276418'
T_A, T_B, T_C = 'AWS06610589', 'AWS03382947', 'AWS08804512'
T_SUBJ = f'RE:[CASE {TC}] [AWS Training and Certification Form Submission] - account-assistance'

def olk(dt, src, fromdom='amazon.com', **kw):
    return trace_ms(T_MAIL, dt, src, ar_value('ms', src, fromdom, **kw), region='eurprd')

# T1: acknowledgement, plain only, "CASE#"
dt = T('2025-03-31 20:10:41'); src = ses(dt)
body = f"""Hello Tomás,

Your inquiry has been logged under reference CASE#{TC}.

A member of the AWS Training and Certification team will get back to you, usually within one business day. There is no need to submit the form again; if you have something to add, simply reply to this message.

Summary of your submission
  Category: Certification - Account Merge
  Candidate ID provided: aws 06610589
  Description: "I ended up with three certification profiles (university, previous employer, personal). I would like everything under one profile."

Kind regards,
AWS Training and Certification
"""
root = part(body, charset='UTF-8', cte='quoted-printable', label='iso-8859-1')  # wrong label: bytes are UTF-8
raw = assemble(olk(dt, src), src, dt, FORM, T_TO, f'Your AWS Training and Certification inquiry has been logged - CASE#{TC}', root, tail=ms_tail(dt))
add('outlook-form-logged', 'case_created', TC, [T_A], True, 'en', raw, [body])

# T-ask: agent asks for missing information; one id is incomplete (7 digits)
dt = T('2025-04-03 15:22:08'); src = ses(dt)
body = """Hello Tomás,

Thank you for contacting AWS Training and Certification.

In your form you mentioned three candidate profiles. I can see AWS06610589 (t.alvarez@outlook.com) and aws03382947, but the third ID you listed, AWS0880451, appears to be missing a digit and I cannot match it to a profile.

To move forward, could you please reply with:
- the login e-mail address used for each of the other profiles
- the complete candidate ID of the third profile, if you have it
- the reason you would like the profiles combined

Best regards,

Hyun-woo K.
Amazon Web Services
Training and Certification Customer Support
"""
root = part(body, charset='UTF-8', cte='quoted-printable')
raw = assemble(olk(dt, src), src, dt, FORM, T_TO, T_SUBJ, root, tail=ms_tail(dt))
add('outlook-form-missing-digit', 'support_reply', TC, [T_A, T_B], True, 'en', raw, [body])

# T2: follow-up, do you still need help
dt = T('2025-04-07 14:00:52'); src = ses(dt)
plain = """Hello Tomás,

I'm following up on my message of April 3, in which I asked for the login e-mail addresses of your other candidate profiles. We haven't received a reply yet.

Do you still need help with this request? If we don't hear back from you within 5 business days, this case will be closed automatically. You can reply to this e-mail at any time to reopen it.

Best regards,
Hyun-woo K.
Amazon Web Services
"""
inner = """<p>Hello Tom&aacute;s,</p>
<p>Just checking in on my message of April&nbsp;3 &mdash; we still need the login e-mail addresses of your other candidate profiles before we can continue.</p>
<p><b>Do you still need help with this request?</b> If we don't hear back from you within 5 business days, this case will be closed automatically. Replying to this e-mail reopens it at any time.</p>
<p>Best regards,<br>Hyun-woo K.<br>Amazon Web Services</p>"""
root = alt(part(plain, charset='UTF-8', cte='quoted-printable'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(olk(dt, src), src, dt, FORM, T_TO, T_SUBJ, root, tail=ms_tail(dt))
add('outlook-form-still-need-help', 'support_reply', TC, [], True, 'en', raw, [plain, inner])

# T3: confirmation request, history appended with no quote markers
dt = T('2025-04-08 16:45:19'); src = ses(dt)
new = """Hello Tomás,

Thank you for the information. Based on the addresses you provided, this is what we intend to do:

Keep:     AWS 06610589  (t.alvarez@outlook.com)
Fold in:  AWS 03382947  (tomas.alvarez.dev@gmail.com)
Fold in:  AWS 08804512  (tomas.alvarez@correo.ugr.es)

The certifications, exam history and any remaining benefits of the two folded-in profiles will appear under the kept profile, and those two profiles will then be closed. Please be aware that this can't be reversed.

Please reply with "confirmed" if this is correct, or tell us what should change.

Best regards,
Hyun-woo K.
Amazon Web Services
"""
hist = f"""
From: Tomás Alvarez <t.alvarez@outlook.com>
Sent: Monday, April 7, 2025 9:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: {T_SUBJ}

Hi Hyun-woo,

Sorry for the late reply, I was travelling. The other two profiles use tomas.alvarez@correo.ugr.es (university; the full ID is AWS08804512, I mistyped it in the form) and tomas.alvarez.dev@gmail.com (AWS03382947). I want to keep the one on t.alvarez@outlook.com. Reason: I changed jobs twice and created a new profile each time by mistake.

Thanks,
Tomás
"""
body = new + hist
root = part(body, charset='UTF-8', cte='quoted-printable')
raw = assemble(olk(dt, src), src, dt, FORM, T_TO, T_SUBJ, root, tail=ms_tail(dt))
add('outlook-form-intend-to-do', 'merge_confirmation_requested', TC, [T_A, T_B, T_C], True, 'en', raw, [new])
T3_DT = dt

# T4: completion, with the confirmation request quoted below (Outlook blocks)
dt = T('2025-04-10 11:30:02'); src = ses(dt)
new = """Hello Tomás,

All done. Your certification records have been brought together under AWS06610589, and the two other profiles have been retired; they can no longer be used to sign in or to schedule exams.

Please sign in with t.alvarez@outlook.com to check that your certifications and benefits show as expected. Credly badges may take a day or two to follow.

Best regards,
Hyun-woo K.
Amazon Web Services
"""
q = f"""________________________________
From: Tomás Alvarez <t.alvarez@outlook.com>
Sent: Tuesday, April 8, 2025 7:03 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: {T_SUBJ}

Confirmed, please go ahead.

Tomás

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, April 8, 2025 6:45 PM
To: Tomás Alvarez <t.alvarez@outlook.com>
Subject: {T_SUBJ}

Hello Tomás,

Thank you for the information. Based on the addresses you provided, this is what we intend to do:

Keep:     AWS 06610589  (t.alvarez@outlook.com)
Fold in:  AWS 03382947  (tomas.alvarez.dev@gmail.com)
Fold in:  AWS 08804512  (tomas.alvarez@correo.ugr.es)

Please be aware that this can't be reversed.
Please reply with "confirmed" if this is correct, or tell us what should change.
"""
plain = new + '\n' + q
inner_new = new.replace('\n\n', '</p><p>').replace('\n', '<br>')
inner = (f'<div dir="ltr"><p>{inner_new}</p></div><div id="appendonsend"></div>'
         '<hr style="display:inline-block;width:98%" tabindex="-1">'
         f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Tom&aacute;s Alvarez &lt;t.alvarez@outlook.com&gt;<br><b>Sent:</b> Tuesday, April 8, 2025 7:03 PM<br><b>To:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Subject:</b> {T_SUBJ}</font><div>&nbsp;</div></div>'
         '<div><p>Confirmed, please go ahead.</p><p>Tom&aacute;s</p></div>'
         '<hr style="display:inline-block;width:98%" tabindex="-1">'
         '<div dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> Tuesday, April 8, 2025 6:45 PM</font></div>'
         '<div><p>Keep: AWS 06610589 (t.alvarez@outlook.com)<br>Fold in: AWS 03382947 (tomas.alvarez.dev@gmail.com)<br>Fold in: AWS 08804512 (tomas.alvarez@correo.ugr.es)</p>'
         '<p>Please be aware that this can\'t be reversed. Please reply with "confirmed" if this is correct.</p></div>')
root = alt(part(plain, charset='UTF-8', cte='quoted-printable'), part('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial;font-size:14px;">' + inner + '</body></html>', 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(olk(dt, src), src, dt, FORM, T_TO, T_SUBJ, root, tail=ms_tail(dt))
add('outlook-form-all-done', 'merge_completed', TC, [T_A], True, 'en', raw, [new, inner_new])

# T5: closure survey YES/NO
dt = T('2025-04-10 11:31:40'); src = ses(dt)
plain = f"""Hello Tomás,

Your case {TC} has been closed.

Was your issue resolved?
YES: https://aws.amazon.com/survey/tc-case?caseId={TC}&resolved=yes
NO:  https://aws.amazon.com/survey/tc-case?caseId={TC}&resolved=no

You can also rate the support you received from Hyun-woo K.

AWS Training and Certification
"""
inner = f"""<p>Hello Tom&aacute;s,</p><p>Your case <b>{TC}</b> has been closed.</p>
<p style="font-size:16px;font-weight:bold;">Was your issue resolved?</p>
<table role="presentation"><tr><td>{button('YES', f'https://aws.amazon.com/survey/tc-case?caseId={TC}&amp;resolved=yes', '#1d8102')}</td><td>{button('NO', f'https://aws.amazon.com/survey/tc-case?caseId={TC}&amp;resolved=no', '#d13212')}</td></tr></table>
<p>Rate the support you received from Hyun-woo K.: {stars_html(f'https://aws.amazon.com/survey/tc-agent?caseId={TC}')}</p>"""
root = alt(part(plain, charset='UTF-8', cte='quoted-printable'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(olk(dt, src), src, dt, FORM, T_TO, f'Was your issue resolved? [CASE {TC}]', root, tail=ms_tail(dt))
add('outlook-form-closed-yesno', 'survey', TC, [], True, 'en', raw, [plain, inner])

# T6: Credly badge issued
dt = T('2025-04-12 07:14:26'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:22px;font-weight:700;margin:0 0 10px 0;">Congratulations, Tom&aacute;s!</p>
<p>Amazon Web Services Training and Certification has issued you a new badge. Claim it now and let your professional network know about your achievement.</p>
{badge_block('AWS Certified Data Engineer – Associate', 'https://images.credly.com/size/340x340/images/6a254dc2-2b43-4c6b-bbf5-d4a8bf6b8c9e/image.png')}
{credly_button('Accept your badge', 'https://www.credly.com/badges/' + ruuid() + '/accept')}"""
plain = """Congratulations, Tomás!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Data Engineer – Associate

Accept your badge: https://www.credly.com/earner/earned
"""
root = alt(part(plain, charset='utf-8', cte='quoted-printable'), part(credly_html(inner, 'You earned a badge'), 'html', 'utf-8', 'quoted-printable'))
raw = assemble(olk(dt, src, fromdom='credly.com'), src, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', T_TO,
               ew("Congratulations, Tomás! You've earned a badge from Amazon Web Services Training and Certification", 'UTF-8', q=True), root, tail=ms_tail(dt))
add('credly-earned-tomas', 'credly_badge_issued', None, [], True, 'en', raw, [inner, plain])

# T7: Seller Central case with "merged" (unrelated)
SELL = '6120447839'
dt = T('2025-05-06 18:42:57'); src = ses(dt)
body = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the duplicate detail pages B0CX4T7Q2M and B0CX4V9K1P as you requested. The remaining ASIN is B0CX4T7Q2M; the offers from the retired page have been moved to it. It can take up to 48 hours for the change to appear on the website.

Were we able to resolve your issue? Please use the links below to tell us.
If yes, click here: https://sellercentral.amazon.com/cu/case-satisfaction?caseId={SELL}&r=yes
If no, click here: https://sellercentral.amazon.com/cu/case-satisfaction?caseId={SELL}&r=no

To reply to this case, please use the following link:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SELL}

Thank you,
Anjali R.
Amazon.com
"""
root = part(body, charset='UTF-8', cte='7bit')
raw = assemble(olk(dt, src), src, dt, '"Amazon Selling Partner Support" <seller-notification@amazon.com>', T_MAIL,
               f'RE:[CASE {SELL}] Request to merge duplicate ASIN listings', root, tail=ms_tail(dt))
add('sellercentral-asin-case', 'unrelated', SELL, [], True, 'en', raw, [body])

# T8: phishing, From amazon.com but topmost AR says dmarc=fail; forged AR lower down
FAKE = '17452210930'
dt = T('2025-04-22 05:13:48')
src = generic('vps-7c31a2.contaboserver.net', '185.217.125.88', 'info@mail-notify-ops.com', 'mail-notify-ops.com',
              f'<{rhex(32)}@mail-notify-ops.com>', [])
body = f"""Hello,

As part of your AWS Training and Certification case {FAKE}, we are ready to merge your certification profiles. Before we make this permanent change we need you to confirm the accounts involved.

Please sign in through the secure link below and confirm which profile should be kept. The merge cannot be undone once completed. If we do not receive your confirmation within 48 hours, the request will be cancelled and your certification records may be suspended.

Confirm merge: https://aws-certification.support-case-portal.com/confirm?case={FAKE}

Best regards,
Amazon Web Services
"""
root = part(body, charset='UTF-8', cte='quoted-printable')
raw = assemble(olk(dt, src, spf='pass', dkim='none', dmarc='fail'), src, dt, FORM, T_MAIL,
               f'RE:[CASE {FAKE}] Action required: confirm your account merge', root, tail=ms_tail(dt), dkim=False,
               extra_orig=[('Authentication-Results', 'amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
                           ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])
add('outlook-form-action-required', 'merge_confirmation_requested', FAKE, [], False, 'en', raw, [body])

# =====================================================================================
# User Y: Yamamoto Daisuke, OCN, console case in Japanese (15 digits)
# =====================================================================================
Y_MAIL = 'yamamoto.daisuke@ocn.ne.jp'
YC = cid15('2025-10-02 00:41:09', '00127')
Y_KEEP, Y_OLD = 'AWS05539021', 'AWS12047786'
Y_TO = addr('山本 大輔', Y_MAIL, 'ISO-2022-JP')
Y_CS = '認定アカウントの統合について'
CONSOLE_FOOT_JA = ("このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。\n\n"
                   "https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja\n\n"
                   "※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。\n")

def ocn(dt, src, fromdom='amazon.com', **kw):
    return trace_jp(Y_MAIL, dt, src, ar_value('jp', src, fromdom, authserv='mx.ocn.ne.jp', **kw),
                    f'mfilter-rcv{R.randint(1,9):02d}.ocn.ad.jp', f'mbox-ms{R.randint(10,40)}.ocn.ad.jp')

# Y1: console case opened, Japanese, subject split encoded words
dt = later(T('2025-10-02 00:41:09'), seconds=6); src = ses(dt)
corr = '認定アカウントが2つあります。aws05539021 を残して、aws12047786 を統合していただけますか。'
plain = f"""こんにちは。

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {YC} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {YC}
件名: {Y_CS}
重要度: 一般的なガイダンス
内容: {corr}

""" + CONSOLE_FOOT_JA.format(c=YC) + "\nよろしくお願いいたします。\nAmazon Web Services\n"
inner = f"""<p>こんにちは。</p><p>Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {YC} を作成しました。</p>
<table cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #eaeded;">
<tr><td style="background:#fafafa;"><b>ケース ID</b></td><td>{YC}</td></tr>
<tr><td style="background:#fafafa;"><b>件名</b></td><td>{Y_CS}</td></tr>
<tr><td style="background:#fafafa;"><b>重要度</b></td><td>一般的なガイダンス</td></tr>
<tr><td style="background:#fafafa;"><b>内容</b></td><td>{corr}</td></tr></table>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={YC}&amp;language=ja">AWS サポートセンターでケースを表示</a></p>
<p style="font-size:12px;color:#687078;">※このメールは送信専用アドレスから送信されています。</p>"""
root = alt(part(plain, charset='UTF-8', cte='base64'), part(html_wrap(inner), 'html', 'UTF-8', 'base64'))
raw = assemble(ocn(dt, src), src, dt, CONSOLE, Y_TO, ew(f'Amazon Web Services: 新しいサポートケースを作成しました: {YC}', 'UTF-8'), root)
add('ocn-console-sakusei', 'case_created', YC, [Y_KEEP, Y_OLD], True, 'ja', raw, [plain, inner])

# Y2: Japanese agent answers in English, customer's Japanese message below without quote markers
dt = T('2025-10-02 23:58:33'); src = ses(dt)
new = """Hello Yamamoto-san,

Thank you for contacting AWS Training and Certification. I apologise for answering in English: our Japanese-language team is at reduced capacity this week and I did not want to keep you waiting. Please feel free to keep writing in Japanese.

Before we can bring your two profiles together, we need a little more information:
1. The login e-mail address of each profile
2. The notification e-mail address registered on each profile, if different
3. Whether any exam is currently scheduled on the profile you would like to retire

Once we have these details we will send you a summary to approve.

""" + RATE_FOOT + """
Best regards,
Haruka T.
Amazon Web Services
===================================================

""" + CONSOLE_FOOT.format(c=YC)
hist = f"""
---- お客様からのメッセージ ----
2025/10/02 09:41 JST
{corr}
山本
"""
body = new + hist
root = part(body, charset='UTF-8', cte='quoted-printable')
raw = assemble(ocn(dt, src), src, dt, CONSOLE, Y_TO, f'RE:[CASE {YC}] ' + ew(Y_CS, 'UTF-8'), root)
add('ocn-console-english-reply', 'support_reply', YC, [], True, 'en', raw, [new])

# Y3: bilingual confirmation request
dt = T('2025-10-06 01:20:47'); src = ses(dt)
plain = """山本 大輔 様

お待たせいたしました。ご提供いただいた情報をもとに、以下の内容で処理を行う予定です。

・残すアカウント：aws-05539021（yamamoto.daisuke@ocn.ne.jp）
・統合されるアカウント：AWS-12047786（d.yamamoto@fujimoto-denki.co.jp）

処理後、AWS-12047786 の認定資格および受験履歴は aws-05539021 に移り、AWS-12047786 はご利用いただけなくなります。この処理は元に戻すことができません。
内容に問題がなければ、AWS サポートセンターから本ケースにご返信いただき、ご承認ください。

----
Dear Yamamoto-san,

We plan to process your request as follows:
- Profile to keep: aws-05539021
- Profile to be merged and closed: AWS-12047786
This cannot be undone. If the above is correct, please reply to this case in the Support Center to approve.

Haruka T.
Amazon Web Services
"""
inner = """<p>山本 大輔 様</p><p>お待たせいたしました。ご提供いただいた情報をもとに、以下の内容で処理を行う予定です。</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">
<tr><td>残すアカウント / Keep</td><td>aws-05539021</td><td>yamamoto.daisuke@ocn.ne.jp</td></tr>
<tr><td>統合されるアカウント / Merged and closed</td><td>AWS-12047786</td><td>d.yamamoto@fujimoto-denki.co.jp</td></tr></table>
<p>この処理は元に戻すことができません。内容に問題がなければ、AWS サポートセンターから本ケースにご返信いただき、ご承認ください。</p>
<p style="color:#545b64;">This cannot be undone. If the above is correct, please reply to this case in the Support Center to approve.</p>
<p>Haruka T.<br>Amazon Web Services</p>"""
root = alt(part(plain, charset='UTF-8', cte='quoted-printable'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(ocn(dt, src), src, dt, CONSOLE, Y_TO, f'RE:[CASE {YC}] ' + ew(Y_CS, 'UTF-8'), root)
add('ocn-console-shounin-irai', 'merge_confirmation_requested', YC, [Y_KEEP, Y_OLD], True, 'ja', raw, [plain, inner])

# Y4: completion, ISO-2022-JP
dt = T('2025-10-08 05:10:15'); src = ses(dt)
body = f"""山本 大輔 様

ご依頼いただいた認定アカウントの一本化作業が完了いたしました。
今後は AWS05539021 でサインインしてください。AWS12047786 は無効化されており、同アカウントで取得された認定資格はすべて AWS05539021 に表示されます。

今回の対応について、AWS サポートセンターで評価をお寄せいただけますと幸いです。

Haruka T.
Amazon Web Services
===================================================

""" + CONSOLE_FOOT_JA.format(c=YC)
root = part(body, charset='ISO-2022-JP', cte='7bit')
raw = assemble(ocn(dt, src), src, dt, CONSOLE, Y_TO, f'RE:[CASE {YC}] ' + ew(Y_CS, 'ISO-2022-JP'), root)
add('ocn-console-ipponka', 'merge_completed', YC, [Y_KEEP, Y_OLD], True, 'ja', raw, [body])

# Y5: bilingual survey, HTML only
dt = T('2025-10-08 05:11:02'); src = ses(dt)
inner = f"""<p>ケース {YC} はクローズされました。<br><span style="color:#545b64;">Case {YC} has been closed.</span></p>
<p style="font-size:16px;font-weight:bold;">今回の対応はいかがでしたか？ / How did we do?</p>
<p>{stars_html(f'https://console.aws.amazon.com/support/home#/case/?displayId={YC}&amp;language=ja&amp;survey=csat')}</p>
<p>1（不満）〜 5（満足）でご評価ください。 / Rate us from 1 (poor) to 5 (excellent).</p>
<p style="font-size:12px;color:#687078;">問題が解決していない場合は、14 日以内であれば AWS サポートセンターからケースを再開できます。<br>If your issue is not resolved, you can reopen the case within 14 days.</p>"""
root = part(html_wrap(inner), 'html', 'UTF-8', 'base64')
raw = assemble(ocn(dt, src), src, dt, CONSOLE, Y_TO, ew('[AWS サポート] ご意見をお聞かせください / How did we do?', 'UTF-8'), root)
add('ocn-console-goiken', 'survey', YC, [], True, 'ja', raw, [inner])

# Y6: Credly issued, plain says view HTML
dt = T('2025-10-09 02:37:19'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:20px;font-weight:700;margin:0 0 10px 0;">Daisuke, you earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the badge below.</p>
{badge_block('AWS Certified Machine Learning Engineer – Associate', 'https://images.credly.com/size/340x340/images/1a634b4e-3d6b-4a74-b118-c0dcb429e8d2/image.png')}
{credly_button('Accept your badge', 'https://www.credly.com/badges/' + ruuid() + '/accept')}"""
plain = 'View this email in your browser: https://www.credly.com/earner/earned\n'
root = alt(part(plain, charset='utf-8', cte='7bit'), part(credly_html(inner, 'You earned a badge'), 'html', 'utf-8', 'quoted-printable'))
raw = assemble(ocn(dt, src, fromdom='credly.com'), src, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', Y_MAIL,
               'Daisuke, you earned a badge from Amazon Web Services Training and Certification', root)
add('credly-earned-daisuke', 'credly_badge_issued', None, [], True, 'en', raw, [inner, plain])

# Y7: fake Credly badge mail (look-alike domain)
dt = T('2025-10-20 12:09:51')
src = generic('smtp.credly-badges.info', '193.42.33.170', 'notify@credly-badges.info', 'credly-badges.info', f'<{rhex(20)}@credly-badges.info>', [])
inner = f"""<p style="font-size:20px;font-weight:700;">You've been issued a new badge</p>
<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Security – Specialty</b> badge. To claim it, sign in with your AWS Certification account credentials.</p>
{credly_button('Claim badge', 'https://credly-badges.info/claim?id=' + rhex(12))}"""
root = part(credly_html(inner, 'Claim your badge'), 'html', 'utf-8', 'base64')
raw = assemble(ocn(dt, src, fromdom='credly-badges.info', dkim='none', dmarc='none', policy='NONE'), src, dt, '"Credly" <notifications@credly-badges.info>', Y_MAIL,
               "You've been issued a new badge", root, dkim=False)
add('ocn-badge-claim', 'credly_badge_issued', None, [], False, 'en', raw, [inner])

# =====================================================================================
# User L: Lena Fischer, Gmail, English, two form cases (second after no answer)
# =====================================================================================
L_MAIL = 'lena.fischer.mail@gmail.com'
L_TO = 'Lena Fischer <lena.fischer.mail@gmail.com>'
LC1 = cid15('2026-01-12 19:27:40', '00455')
LC2 = cid15('2026-01-20 08:05:13', '00691')
L_KEEP, L_OLD = 'AWS13390456', 'AWS00871234'

def lg(dt, src, fromdom='amazon.com', **kw):
    return trace_gmail(L_MAIL, dt, src, ar_value('gmail', src, fromdom, **kw))

# L1: acknowledgement of the first case
dt = T('2026-01-12 19:28:02'); src = ses(dt)
plain = f"""Your request has been logged.

Reference: CASE#{LC1}

We'll get back to you at this address, normally within 24 hours. For the best experience, view this message in a mail client that displays HTML.
"""
inner = f"""<p style="font-size:18px;font-weight:bold;">Your request has been logged</p>
<p>Hi Lena,<br>thanks for writing to AWS Training and Certification. Here is a copy of what you sent us:</p>
<table cellpadding="0" cellspacing="0" style="font-size:13px;line-height:20px;">
<tr><td style="color:#687078;padding-right:16px;">Reference</td><td>CASE#{LC1}</td></tr>
<tr><td style="color:#687078;padding-right:16px;">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td style="color:#687078;padding-right:16px;">Candidate ID</td><td>aws13390456</td></tr>
<tr><td style="color:#687078;padding-right:16px;">Notification email</td><td>&mdash;</td></tr>
</table>
<p>We'll get back to you at this address, normally within 24 hours. Please don't open a second request for the same issue.</p>"""
root = alt(part(plain, charset='UTF-8', cte='7bit'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(lg(dt, src), src, dt, FORM, L_MAIL, f'[CASE {LC1}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('gmail-lena-logged', 'case_created', LC1, [L_KEEP], True, 'en', raw, [plain, inner])

# L2: acknowledgement of the second case, plain base64, mentions the first case too
dt = T('2026-01-20 08:05:40'); src = ses(dt)
body = f"""Hello Lena,

Thank you for contacting AWS Training and Certification. We have opened case {LC2} for your request and will reply to this email address, in principle within 24 hours.

Your message:
"Second attempt - I opened case {LC1} on 12 January and never heard back. Please merge AWS-00871234 (old university account, lena.fischer@tu-berlin.de) into AWS-13390456 (lena.fischer.mail@gmail.com)."

Kind regards,
AWS Training and Certification
"""
root = part(body, charset='UTF-8', cte='base64')
raw = assemble(lg(dt, src), src, dt, FORM, L_TO, f'[CASE {LC2}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('gmail-lena-second-request', 'case_created', LC2, [L_KEEP, L_OLD], True, 'en', raw, [body])

# L-confirm: confirmation request
dt = T('2026-01-21 10:12:26'); src = ses(dt)
body = f"""Hi Lena,

Apologies for the wait, and thank you for your patience. Your earlier case {LC1} has been closed as a duplicate so that everything is handled here.

We found both profiles:
 * aws-13390456 - lena.fischer.mail@gmail.com - this one will be kept
 * aws-00871234 - lena.fischer@tu-berlin.de - this one will be merged into the one above and then closed

After the merge you will sign in only with lena.fischer.mail@gmail.com. A merge is final; we cannot separate the profiles afterwards.

Could you reply to confirm that we should go ahead as described?

Kind regards,

Matteo P.
Amazon Web Services
Training and Certification
"""
root = part(body, charset='UTF-8', cte='base64')
raw = assemble(lg(dt, src), src, dt, FORM, L_TO, f'RE:[CASE {LC2}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('gmail-lena-please-confirm', 'merge_confirmation_requested', LC2, [L_KEEP, L_OLD], True, 'en', raw, [body])
LCF_DT = dt

# L3: "thanks for confirming; once the merge is complete we will..."
dt = T('2026-01-21 20:40:55'); src = ses(dt)
new = """Hi Lena,

Thanks for confirming. I've submitted the request to our certification team, who will merge AWS00871234 into AWS13390456 within the next two business days.

Once the merge is complete, we'll send you a confirmation on this case, and your Credly badges will be moved to lena.fischer.mail@gmail.com shortly afterwards. There is nothing else you need to do in the meantime.

Kind regards,

Matteo P.
Amazon Web Services
"""
q = gmail_on(T('2026-01-21 19:15:00'), BER, 'Lena Fischer', L_MAIL) + '\n' + quote(
    "Yes, that's correct, please go ahead.\n\nLena\n\n" + gmail_on(LCF_DT, BER, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' +
    quote(" * aws-13390456 - lena.fischer.mail@gmail.com - this one will be kept\n * aws-00871234 - lena.fischer@tu-berlin.de - this one will be merged into the one above and then closed\n\nCould you reply to confirm that we should go ahead as described?")) + '\n'
body = new + '\n' + q
root = part(body, charset='UTF-8', cte='quoted-printable')
raw = assemble(lg(dt, src), src, dt, FORM, L_TO, f'RE:[CASE {LC2}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('gmail-lena-submitted-to-team', 'support_reply', LC2, [L_KEEP, L_OLD], True, 'en', raw, [new])

# L4: closure that also states the merge is done
dt = T('2026-01-23 14:03:37'); src = ses(dt)
plain = f"""Hi Lena,

We've closed case {LC2} because the requested work is complete: today the profile AWS00871234 was folded into AWS13390456, and all of your certifications now appear under your lena.fischer.mail@gmail.com sign-in.

Was your issue resolved?
YES: https://aws.amazon.com/survey/tc-case?caseId={LC2}&resolved=yes
NO:  https://aws.amazon.com/survey/tc-case?caseId={LC2}&resolved=no

Kind regards,
AWS Training and Certification
"""
inner = f"""<p>Hi Lena,</p><p>We've closed case <b>{LC2}</b> because the requested work is complete: today the profile AWS00871234 was folded into AWS13390456, and all of your certifications now appear under your lena.fischer.mail@gmail.com sign-in.</p>
<p style="font-weight:bold;">Was your issue resolved?</p>
<table role="presentation"><tr><td>{button('YES', f'https://aws.amazon.com/survey/tc-case?caseId={LC2}&amp;resolved=yes', '#1d8102')}</td><td>{button('NO', f'https://aws.amazon.com/survey/tc-case?caseId={LC2}&amp;resolved=no', '#d13212')}</td></tr></table>"""
root = alt(part(plain, charset='UTF-8', cte='quoted-printable'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(lg(dt, src), src, dt, FORM, L_TO, f'Your case {LC2} has been closed', root)
add('gmail-lena-case-closed-done', 'merge_completed', LC2, [L_KEEP, L_OLD], True, 'en', raw, [plain, inner])

# L5: survey for the duplicate first case
dt = T('2026-01-21 10:13:51'); src = ses(dt)
plain = f"""How did we do?

Your case {LC1} has been closed. Please tell us about your experience - it takes less than a minute.

https://aws.amazon.com/survey/tc-case?caseId={LC1}

AWS Training and Certification
"""
inner = f"""<p style="font-size:20px;font-weight:bold;">How did we do?</p><p>Your case {LC1} has been closed. Please tell us about your experience &ndash; it takes less than a minute.</p>
{button('Give feedback', f'https://aws.amazon.com/survey/tc-case?caseId={LC1}')}"""
root = alt(part(plain, charset='UTF-8', cte='7bit'), part(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable'))
raw = assemble(lg(dt, src), src, dt, FORM, L_MAIL, f'How did we do? [CASE {LC1}]', root)
add('gmail-lena-feedback-first-case', 'survey', LC1, [], True, 'en', raw, [plain, inner])

# L6: Credly badges reissued after the merge, HTML only
dt = T('2026-01-24 09:51:12'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:20px;font-weight:700;margin:0 0 10px 0;">Your AWS badges are now in one place</p>
<p>Hi Lena, the following badges, previously issued to lena.fischer@tu-berlin.de, have been reissued by Amazon Web Services Training and Certification to this account (<b>lena.fischer.mail@gmail.com</b>). Their original issue dates are kept.</p>
{badge_block('AWS Certified Cloud Practitioner', 'https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png')}
{badge_block('AWS Certified SysOps Administrator – Associate', 'https://images.credly.com/size/340x340/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png')}
{credly_button('View my badges', 'https://www.credly.com/users/lena-fischer.' + rhex(6) + '/badges')}"""
root = part(credly_html(inner, '2 badges reissued to your account'), 'html', 'utf-8', 'quoted-printable')
raw = assemble(lg(dt, src, fromdom='credly.com'), src, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', L_MAIL,
               '2 badges have been reissued to your Credly account', root)
add('credly-reissued-lena', 'credly_badge_issued', None, [], True, 'en', raw, [inner])

# L7: Credly expiry reminder
dt = T('2026-02-10 15:00:08'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:20px;font-weight:700;">Your badge expires in 90 days</p>
<p>Hi Lena, your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification will expire on May 11, 2026.</p>
<p>Recertify before that date to keep your badge active on your Credly profile.</p>
{credly_button('Learn how to recertify', 'https://aws.amazon.com/certification/recertification/')}"""
root = alt(part('Your AWS Certified Cloud Practitioner badge expires on May 11, 2026. Recertify to keep it active.\n', charset='utf-8', cte='7bit'),
           part(credly_html(inner, 'Badge expiration reminder'), 'html', 'utf-8', 'quoted-printable'))
raw = assemble(lg(dt, src, fromdom='credly.com'), src, dt, '"Credly" <admin@credly.com>', L_MAIL, 'Reminder: your AWS Certified Cloud Practitioner badge expires soon', root)
add('credly-expiry-lena', 'unrelated', None, [], True, 'en', raw, [inner])

# L8: Credly's own account-merge verification code
dt = T('2026-01-25 18:22:40'); src = sendgrid(dt, 'credly.com')
inner = """<p style="font-size:20px;font-weight:700;">Confirm your account merge</p>
<p>We received a request to merge the Credly account <b>lena.fischer@tu-berlin.de</b> into your account.</p>
<p>Your verification code is:</p>
<p style="font-size:30px;letter-spacing:6px;font-weight:700;">482913</p>
<p>The code expires in 30 minutes.</p>""" + credly_button('Complete Account Merge', 'https://www.credly.com/account/merge/confirm?token=' + rhex(40)) + """
<p style="font-size:13px;color:#767676;">If you didn't request this, you can ignore this email.</p>"""
root = alt(part('Your Credly account merge verification code is 482913. It expires in 30 minutes.\n', charset='utf-8', cte='7bit'),
           part(credly_html(inner, 'Your verification code'), 'html', 'utf-8', 'quoted-printable'))
raw = assemble(lg(dt, src, fromdom='credly.com'), src, dt, '"Credly" <admin@credly.com>', L_MAIL, 'Your Credly account merge verification code', root)
add('credly-own-merge-code', 'unrelated', None, [], True, 'en', raw, [inner])

# =====================================================================================
# User N: Nakamura Kenta, corporate Postfix (no Authentication-Results), Japanese, form case (11 digits)
# =====================================================================================
N_MAIL = 'nakamura.kenta@kk-hoshino.co.jp'
NC = '12580943367'
N_KEEP, N_OLD = 'AWS08127390', 'AWS11402658'
N_TO = addr('中村 健太', N_MAIL, 'ISO-2022-JP')

# N1: acknowledgement, HTML only, EUC-JP
dt = T('2025-11-18 02:00:40'); src = ses(dt)
inner = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"></head>
<body style="font-family:'MS PGothic',sans-serif;font-size:14px;">
中村 健太 様<br><br>
AWS トレーニングと認定へのお問い合わせを承りました。<br>
担当者が内容を確認のうえ、原則 24 時間以内にご連絡いたします。<br><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr><td bgcolor="#eeeeee">ケース ID</td><td>{NC}</td></tr>
<tr><td bgcolor="#eeeeee">お問い合わせの種類</td><td>認定 ／ アカウントの統合</td></tr>
<tr><td bgcolor="#eeeeee">受験者 ID</td><td>ＡＷＳ０８１２７３９０</td></tr>
</table><br>
同一のご依頼で新しいお問い合わせを作成されないようお願いいたします。<br><br>
AWS トレーニングと認定 カスタマーサポート
</body></html>
"""
root = part(inner, 'html', 'EUC-JP', 'base64')
raw = assemble(trace_corp(N_MAIL, dt, src), src, dt, FORM, N_TO, f'[CASE {NC}] ' + ew('お問い合わせを承りました', 'EUC-JP'), root)
add('corp-form-uketamawari', 'case_created', NC, [N_KEEP], None, 'ja', raw, [inner])

# N2: we are working on it, ISO-2022-JP
dt = T('2025-11-20 03:15:22'); src = ses(dt)
body = """中村 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。

ご連絡が遅くなり申し訳ございません。
現在、認定チームにて両アカウントの登録情報を確認しております。確認が取れ次第、具体的な作業内容をご案内いたしますので、もうしばらくお待ちください。

なお、確認中に新しい試験のご予約をされますと、処理に影響する場合がございます。

佐々木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
root = part(body, charset='ISO-2022-JP', cte='7bit')
raw = assemble(trace_corp(N_MAIL, dt, src), src, dt, FORM, N_TO, f'RE:[CASE {NC}] [AWS Training and Certification Form Submission] - account-assistance', root)
add('corp-form-kakuninchuu', 'support_reply', NC, [], None, 'ja', raw, [body])

# N3: confirmation request, labelled Shift_JIS with CP932-only characters; case id only in subject
dt = T('2025-11-21 06:30:05'); src = ses(dt)
body = """中村 健太 様

お待たせいたしました。確認が完了しましたので、以下の内容で統合処理を実施してよろしいか、ご確認をお願いいたします。

①存続するアカウント：AWS08127390（nakamura.kenta@kk-hoshino.co.jp）
②統合後に閉鎖されるアカウント：aws11402658（kenta.nakamura.0721@gmail.com）

②の認定資格・受験履歴・特典はすべて①に引き継がれます。
処理後は元に戻すことができませんので、十分ご確認ください。
問題がなければ、「上記内容で進めてください」とご返信ください。

佐々木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
root = part(body, charset='Shift_JIS', cte='base64', codec='cp932')
raw = assemble(trace_corp(N_MAIL, dt, src), src, dt, FORM, N_TO, f'RE:[CASE {NC}] ' + ew('アカウント統合内容のご確認', 'ISO-2022-JP'), root)
add('corp-form-naiyou-kakunin', 'merge_confirmation_requested', NC, [N_KEEP, N_OLD], None, 'ja', raw, [body])

# N4: completion, HTML only, case id only in body
dt = T('2025-11-25 08:00:51'); src = ses(dt)
inner = f"""<p>中村 健太 様</p>
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
ご承認いただいた内容にて処理を行い、旧アカウントの認定資格・受験履歴・特典を新アカウントへ移行いたしました。</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">
<tr style="background:#f2f3f3;"><th>ケース ID</th><td>{NC}</td></tr>
<tr><th style="background:#f2f3f3;">移行元（閉鎖済み）</th><td>aws11402658</td></tr>
<tr><th style="background:#f2f3f3;">移行先</th><td>AWS08127390</td></tr>
<tr><th style="background:#f2f3f3;">状態</th><td style="color:#1d8102;font-weight:bold;">完了</td></tr>
</table>
<p>今後は nakamura.kenta@kk-hoshino.co.jp でサインインしてください。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p>"""
root = part(html_wrap(inner, 'お知らせ'), 'html', 'UTF-8', 'quoted-printable')
raw = assemble(trace_corp(N_MAIL, dt, src), src, dt, FORM, N_TO, ew('【AWS トレーニングと認定】アカウント統合のお知らせ', 'UTF-8'), root)
add('corp-form-oshirase', 'merge_completed', NC, [N_KEEP, N_OLD], None, 'ja', raw, [inner])

# N5: Credly ready to accept (via corporate relay, no AR)
dt = T('2025-11-26 01:19:30'); src = sendgrid(dt, 'credly.com')
inner = f"""<p style="font-size:20px;font-weight:700;margin:0 0 10px 0;">Kenta, your badge is ready to accept</p>
<p>Following the update of your AWS Certification profile, Amazon Web Services Training and Certification has issued a badge to <b>nakamura.kenta@kk-hoshino.co.jp</b>.</p>
{badge_block('AWS Certified Solutions Architect – Professional', 'https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png')}
{credly_button('Accept badge', 'https://www.credly.com/badges/' + ruuid() + '/accept')}"""
plain = 'Kenta, your badge is ready to accept. Open this email in an HTML viewer or visit https://www.credly.com/earner/earned\n'
root = alt(part(plain, charset='utf-8', cte='7bit'), part(credly_html(inner, 'Accept your badge'), 'html', 'utf-8', 'base64'))
raw = assemble(trace_corp(N_MAIL, dt, src), src, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', N_MAIL,
               'Kenta, your AWS Certified Solutions Architect - Professional badge is ready', root)
add('credly-ready-kenta', 'credly_badge_issued', None, [], None, 'en', raw, [inner, plain])

# Colleague mail (internal, no AR)
dt = T('2025-11-18 05:40:13')
src = dict(host=None, ip=None, rp=f'm.takahashi@kk-hoshino.co.jp', mfd='kk-hoshino.co.jp',
           msgid=f'<{ruuid()}@kk-hoshino.co.jp>', dkim=[], extra=[])
body = """中村さん

お疲れさまです。高橋です。

私も去年同じ状況になって、サポートに統合してもらいました。
問い合わせフォームから申請して、確認のメールに返信したら 2 日くらいで完了しましたよ。
ちなみに私の受験者 ID は AWS09931427 で、Credly のバッジは別途サポートに頼んで移してもらいました。

確認メールには「元に戻せない」と書いてあるので、残す方の ID はよく確かめてから返信したほうがいいです。

高橋

2025/11/18 13:52, 中村 健太 wrote:
> 高橋さん
>
> お疲れさまです。中村です。
> AWS 認定のアカウントが2つ（AWS08127390 と AWS11402658）あるので統合したいのですが、
> 高橋さんは以前どうやって申請しましたか？
"""
new = body.split('2025/11/18 13:52')[0]
root = part(body, charset='ISO-2022-JP', cte='7bit')
d = lambda s: format_datetime(later(dt, seconds=s).astimezone(JST))
trace = [('Return-Path', '<m.takahashi@kk-hoshino.co.jp>'), ('X-Original-To', N_MAIL), ('Delivered-To', N_MAIL),
         ('Received', f'from [10.20.3.44] (unknown [10.20.3.44])\n\tby mail.kk-hoshino.co.jp (Postfix) with ESMTPSA id {ralnum(10, "0123456789ABCDEF")}\n\tfor <{N_MAIL}>; {d(1)} (JST)')]
prev_id = f'<{ruuid()}@kk-hoshino.co.jp>'
raw = assemble(trace, src, dt, addr('高橋 誠', 'm.takahashi@kk-hoshino.co.jp', 'ISO-2022-JP'), N_TO,
               'Re: ' + ew('AWS認定のアカウント統合について', 'ISO-2022-JP'), root, date_tz=JST, irt=prev_id, refs=prev_id,
               extra_orig=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ja')])
add('colleague-takahashi', 'unrelated', None, ['AWS09931427'], None, 'ja', raw, [new])

# =====================================================================================
# User A: Arjun Mehta, Office 365, completion with nested quotes
# =====================================================================================
A_MAIL = 'arjun.mehta@fintrail.io'
AC = cid15('2025-08-26 11:03:20', '00240')
dt = T('2025-08-28 19:44:09'); src = ses(dt)
new = """Hi Arjun,

The merge you approved has been carried out. Going forward, please use candidate ID AWS 10293847 for everything, including exam scheduling and benefits; the other profile no longer exists.

If anything looks off in your transcript, just reply here within the next 14 days.

Best regards,
Priyanka D.
Amazon Web Services
"""
q = gmail_on(T('2025-08-27 10:48:00'), ZoneInfo('Asia/Kolkata'), 'Arjun Mehta', A_MAIL) + '\n' + quote(
    'Hi Priyanka, yes - confirmed. Please go ahead.\n\nArjun\n\n' +
    gmail_on(T('2025-08-27 03:32:00'), ZoneInfo('Asia/Kolkata'), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' +
    quote('Hello Arjun,\n\nWe will keep AWS10293847 and merge AWS06651120 into it. This cannot be undone.\nPlease reply to confirm.')) + '\n'
body = new + '\n' + q
root = part(body, charset='UTF-8', cte='quoted-printable')
raw = assemble(o365(dt, src, to=A_MAIL), src, dt, FORM, A_MAIL, f'RE:[CASE {AC}] [AWS Training and Certification Form Submission] - account-assistance', root, tail=ms_tail(dt))
add('o365-form-carried-out', 'merge_completed', AC, ['AWS10293847'], True, 'en', raw, [new])

# =====================================================================================
# write out
# =====================================================================================
if __name__ == '__main__':
    assert len(MAILS) == 60, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(36036).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = f'{n:03d}-{m["slug"]}.eml'
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['raw'])
        labels[name] = m['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
    print('wrote', len(labels))
