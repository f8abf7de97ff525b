#!/usr/bin/env python3
"""Generator for blind set 131: Japanese-heavy AWS Certification account-merge mail."""
import base64, quopri, json, os, hashlib, datetime as dt, re, glob, unicodedata
from email.message import EmailMessage, MIMEPart
from email import policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(max_line_length=None)  # we fold headers ourselves

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

# ---------------------------------------------------------------- determinism
def H(key):
    return hashlib.sha256(key.encode()).hexdigest()

def digits(key, n):
    h = int(H(key), 16)
    s = str(h)
    return s[:n]

def b64rand(key, nbytes):
    raw = b''
    i = 0
    while len(raw) < nbytes:
        raw += hashlib.sha256(f'{key}/{i}'.encode()).digest()
        i += 1
    return base64.b64encode(raw[:nbytes]).decode()

def T(s, tz=UTC):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)

def rfc(d, tz=UTC, suffix=''):
    return format_datetime(d.astimezone(tz)) + suffix

def cid15(opened, key):
    return f'{int(opened.timestamp())}{digits(key, 5)}'

WD_JA = '月火水木金土日'

def ja_date(d, tz=JST, wd=True, sec=False):
    d = d.astimezone(tz)
    s = f'{d.year}年{d.month}月{d.day}日'
    if wd:
        s += f'({WD_JA[d.weekday()]})'
    s += f' {d.hour}:{d.minute:02d}'
    if sec:
        s += f':{d.second:02d}'
    return s

# ---------------------------------------------------------------- encodings
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
         'euc-jp': 'euc_jp', 'us-ascii': 'ascii', 'windows-31j': 'cp932',
         'cp932': 'cp932', 'iso-8859-1': 'latin-1'}

def enc(s, cs):
    return s.encode(CODEC.get(cs.lower(), cs))

def _qword(b):
    out = ''
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            out += c
        elif c == ' ':
            out += '_'
        elif c in '!*+-/':
            out += c
        else:
            out += '=%02X' % x
    return out

def _word(s, cs, q, label):
    b = enc(s, cs)
    if q == 'B':
        return f'=?{label}?B?{base64.b64encode(b).decode()}?='
    return f'=?{label}?Q?{_qword(b)}?='

LABEL = {'iso-2022-jp': 'ISO-2022-JP', 'utf-8': 'UTF-8', 'shift_jis': 'Shift_JIS',
         'euc-jp': 'EUC-JP'}

def ew(s, cs='utf-8', q='B', label=None, width=62):
    """Split s into encoded words each at most `width` chars."""
    label = label or LABEL.get(cs, cs)
    words, cur = [], ''
    for ch in s:
        cand = cur + ch
        if cur and len(_word(cand, cs, q, label)) > width:
            words.append(_word(cur, cs, q, label))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(_word(cur, cs, q, label))
    return words

def fold_tokens(name, tokens, cont=' ', width=76):
    lines, cur = [], name + ':'
    for t in tokens:
        if len(cur) + 1 + len(t) > width and cur != name + ':':
            lines.append(cur)
            cur = cont + t
        else:
            cur += ' ' + t if not cur.endswith('\n') else t
    lines.append(cur)
    return '\n'.join(lines)[len(name) + 2:]

def htext(name, text, cs=None, q='B', whole=False, width=62):
    """Header value, ascii words folded, non-ascii part as encoded words."""
    if cs is None or all(ord(c) < 128 for c in text):
        return fold_tokens(name, text.split(' '))
    if whole:
        return fold_tokens(name, ew(text, cs, q, width=width))
    # ascii prefix kept readable
    m = re.match(r'^([\x00-\x7f]*\s)', text)
    pre = m.group(1) if m else ''
    # keep prefix only up to last space
    rest = text[len(pre):]
    toks = pre.split() if pre else []
    return fold_tokens(name, toks + ew(rest, cs, q, width=width))

def addr(display, email_, cs='utf-8', q='B'):
    if display is None:
        return email_
    if all(ord(c) < 128 for c in display):
        if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', display):
            return f'"{display}" <{email_}>'
        return f'{display} <{email_}>'
    return ' '.join(ew(display, cs, q)) + f' <{email_}>'

def fold_ws(name, value, cont='\n        ', width=76):
    """Fold a long structured header at whitespace."""
    toks = value.split(' ')
    lines, cur = [], name + ':'
    for t in toks:
        if len(cur) + 1 + len(t) > width and cur != name + ':':
            lines.append(cur)
            cur = cont.lstrip('\n') + t
        else:
            cur += ' ' + t
    lines.append(cur)
    return '\n'.join(lines)[len(name) + 2:]

# ---------------------------------------------------------------- body parts
def tpart(text, subtype='plain', cs='utf-8', cte='base64', label='auto', extra='',
          codec=None):
    """A text part. label=None -> no charset param; label='auto' -> canonical."""
    b = text.replace('\r\n', '\n').encode(CODEC.get((codec or cs).lower(), codec or cs))
    p = MIMEPart(policy=POL)
    if label == 'auto':
        label = LABEL.get(cs, cs)
    ct = f'text/{subtype}'
    if label:
        ct += f'; charset="{label}"' if R_quote(label) else f'; charset={label}'
    if extra:
        ct += '; ' + extra
    p.set_raw('Content-Type', ct)
    p.set_raw('Content-Transfer-Encoding', cte)
    if cte == 'base64':
        payload = base64.encodebytes(b).decode()
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(b).decode()
        if not payload.endswith('\n'):
            payload += '\n'
    elif cte == '7bit':
        payload = b.decode('ascii')
    elif cte == '8bit':
        payload = b.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p

_qtoggle = [0]
def R_quote(label):
    _qtoggle[0] += 1
    return _qtoggle[0] % 3 != 0

def multi(subtype, parts, key, preamble=None, bnd=None):
    m = MIMEPart(policy=POL)
    bnd = bnd or f'----=_Part_{digits(key + "b", 6)}_{digits(key + "c", 9)}.{digits(key + "d", 13)}'
    m.set_raw('Content-Type', f'multipart/{subtype}; \n\tboundary="{bnd}"')
    for p in parts:
        m.attach(p)
    if preamble:
        m.preamble = preamble
    return m

def html_wrap(inner, cs_label='UTF-8', lang='ja', style='aws'):
    if style == 'aws':
        return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=%s">\n<meta name="viewport" content="width=device-width">\n'
                '</head>\n<body style="font-family: \'Amazon Ember\', Meiryo, \'Hiragino Sans\', sans-serif; '
                'font-size:14px; color:#16191f;">\n%s\n</body>\n</html>\n') % (lang, cs_label, inner)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>\n' % (cs_label, inner)

def paras_html(text):
    """Plain text with blank-line paragraphs -> <p> with <br>."""
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>' + block.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                   .replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

# ---------------------------------------------------------------- trace headers
def ses_msgid(d, key, region='0100'):
    ms = int(d.timestamp() * 1000)
    h = H(key)
    return f'<{region}{ms:012x}-{h[:8]}-{h[8:12]}-4{h[13:16]}-{"89ab"[int(h[16],16)%4]}{h[17:20]}-{h[20:32]}-000000@email.amazonses.com>'

SES_IPS = ['54.240.8.12', '54.240.8.87', '54.240.9.44', '54.240.11.130', '54.240.27.18',
           '54.240.48.97', '54.240.2.41', '69.169.224.5']

def ses_host(ip):
    a, b, c, d = ip.split('.')
    if ip.startswith('54.240'):
        return f'a{c}-{d}.smtp-out.amazonses.com'
    if ip.startswith('23.251'):
        return f'e{c}-{d}.smtp-out.us-west-2.amazonses.com'
    return f'a{c}-{d}.smtp-out.amazonses.com'

SEL = {'amazon.com': '224i4yxa5dv7c2xz3womw6peuasteono', 'amazonses.com': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw',
       'credly.com': 's1', 'sendgrid.info': 'smtpapi', 'gmail.com': '20230601'}

def gdate(t):
    tz, nm = (PDT, 'PDT') if is_dst(t) else (PST, 'PST')
    return rfc(t, tz, f' ({nm})')

def is_dst(t):
    y = t.year
    # second Sunday March 10:00 UTC .. first Sunday November 09:00 UTC
    mar = dt.datetime(y, 3, 8, 10, tzinfo=UTC)
    mar += dt.timedelta(days=(6 - mar.weekday()) % 7)
    nov = dt.datetime(y, 11, 1, 9, tzinfo=UTC)
    nov += dt.timedelta(days=(6 - nov.weekday()) % 7)
    return mar <= t < nov

def dkim_sig(d, sel, when, key, hlist='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    b = b64rand(key + 'b' + d, 256)
    bh = b64rand(key + 'bh' + d, 32)
    val = (f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={sel}; d={d}; t={int(when.timestamp())};\n'
           f'\th={hlist};\n\tbh={bh};\n\tb=')
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    val += '\n\t '.join(chunks)
    return val

def sender_env(kind, when, key, from_dom=None):
    """Describe the sending side. kind: 'aws', 'aws-tokyo', 'credly', or dict."""
    if kind in ('aws', 'aws-tokyo'):
        ip = SES_IPS[int(H(key)[:4], 16) % len(SES_IPS)]
        region = '0100' if kind == 'aws' else '0106'
        mid = ses_msgid(when, key, region)
        local = mid[1:].split('@')[0]
        return dict(ip=ip, helo=ses_host(ip), mailfrom=f'{local}@amazonses.com',
                    mailfrom_dom='amazonses.com', from_dom=from_dom or 'amazon.com',
                    dkim=[(from_dom or 'amazon.com', 'pass'), ('amazonses.com', 'pass')],
                    msgid=mid, dmarc_p='QUARANTINE')
    if kind == 'credly':
        ip = '149.72.%d.%d' % (int(H(key)[:2], 16) % 200 + 20, int(H(key)[2:4], 16) % 250 + 2)
        return dict(ip=ip, helo=f'o{ip.split(".")[3]}.em.credly.com',
                    mailfrom=f'bounces+{digits(key, 7)}-{H(key)[:4]}@em.credly.com',
                    mailfrom_dom='em.credly.com', from_dom='credly.com',
                    dkim=[('credly.com', 'pass'), ('sendgrid.info', 'pass')],
                    msgid=f'<{b64rand(key, 16).replace("/", "_").replace("+", "-").rstrip("=")}@geopod-ismtpd-{int(H(key)[4:6],16)%30}>',
                    dmarc_p='REJECT')
    return kind

def ar_value(style, env, rcpt_dom=''):
    """Authentication-Results value in a receiver style."""
    dm = env.get('dmarc', 'pass')
    spf = env.get('spf', 'pass')
    fd = env['from_dom']
    mf = env['mailfrom']
    ip = env['ip']
    if style == 'gmail':
        parts = []
        for d_, r in env['dkim']:
            parts.append(f'dkim={r} header.i=@{d_} header.s={env.get("sel", {}).get(d_, SEL.get(d_, "s1"))} header.b={b64rand(d_+mf, 6)[:8]}')
        if spf == 'pass':
            parts.append(f'spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}')
        else:
            parts.append(f'spf={spf} (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}')
        p = env.get('dmarc_p', 'NONE')
        parts.append(f'dmarc={dm} (p={p} sp={p} dis={"NONE" if dm == "pass" else "QUARANTINE"}) header.from={fd}')
        return 'mx.google.com;\n       ' + ';\n       '.join(parts)
    if style == 'outlook':
        s = f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={env["mailfrom_dom"]}; '
        for d_, r in env['dkim']:
            ver = 'signature was verified' if r == 'pass' else 'signature did not verify'
            s += f'dkim={r} ({ver})\n header.d={d_};'
        if dm == 'pass':
            s += f'dmarc=pass action=none\n header.from={fd};compauth=pass reason=100'
        else:
            s += f'dmarc=fail action=quarantine\n header.from={fd};compauth=fail reason=000'
        return s
    if style == 'opendmarc':  # sakura / self-hosted postfix
        host = env.get('authserv', 'mx.example.jp')
        s = f'{host};\n\tdkim=' + ';\n\tdkim='.join(f'{r} (2048-bit key) header.d={d_} header.i=@{d_} header.b="{b64rand(d_+mf, 6)[:8]}"' for d_, r in env['dkim'])
        s += f';\n\tdmarc={dm} (p={env.get("dmarc_p","none").lower()} dis=none) header.from={fd};\n\tspf={spf} smtp.mailfrom={mf}'
        return s
    # generic Japanese ISP / corporate gateway style
    host = env.get('authserv', 'mx.example.jp')
    s = f'{host};\n\tspf={spf} smtp.mailfrom={mf};'
    for d_, r in env['dkim']:
        s += f'\n\tdkim={r} header.d={d_};'
    s += f'\n\tdmarc={dm} header.from={fd}'
    return s

def receive(style, rcpt, when, env, key, extra_top=None):
    """Headers added by the receiving side, topmost first."""
    hs = []
    ip = env['ip']
    helo = env['helo']
    t0 = when + dt.timedelta(seconds=1 + int(H(key)[:2], 16) % 9)
    if style == 'gmail':
        gid = H(key + 'g')
        hs.append(('Delivered-To', rcpt))
        hs.append(('Received', f'by 2002:a05:{gid[:4]}:{gid[4:8]}:b0:{gid[8:11]}:{gid[11:15]}:{gid[15:19]} with SMTP id {gid[19:25]}csp{int(gid[25:30],16)%900000+100000};\n        {gdate(t0)}'))
        hs.append(('X-Google-Smtp-Source', b64rand(key + 'xg', 60)[:72]))
        hs.append(('X-Received', f'by 2002:a17:90b:{gid[30:34]} with SMTP id {gid[34:40]}mr{int(gid[40:45],16)%90000000};\n        {gdate(t0)}'))
        hs.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={int(t0.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=' + '\n         '.join(b64rand(key + 'arc', 128)[i:i+68] for i in range(0, 172, 68))))
        hs.append(('ARC-Authentication-Results', 'i=1; ' + ar_value('gmail', env)))
        hs.append(('Return-Path', f'<{env["mailfrom"]}>'))
        hs.append(('Received', f'from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {gid[45:51]}a{int(gid[51:56],16)%1000000}.{int(gid[56:60],16)%1000}.{t0.year}.{int(gid[60:62],16)%100}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(t0)}'))
        spf = env.get('spf', 'pass')
        if spf == 'pass':
            hs.append(('Received-SPF', f'pass (google.com: domain of {env["mailfrom"]} designates {ip} as permitted sender) client-ip={ip};'))
        else:
            hs.append(('Received-SPF', f'{spf} (google.com: domain of {env["mailfrom"]} does not designate {ip} as permitted sender) client-ip={ip};'))
        hs.append(('Authentication-Results', ar_value('gmail', env)))
    elif style == 'outlook':
        o = H(key + 'o').upper()
        pod = env.get('pod', 'JPNP286')
        a = f'OS{o[0] if o[0].isdigit() else "3"}P286MB{int(o[1:5],16)%9000+1000}.{pod}.PROD.OUTLOOK.COM'
        b = f'TYWP286MB{int(o[5:9],16)%9000+1000}.{pod}.PROD.OUTLOOK.COM'
        fe = f'TY2PEPF0000{o[9:13]}.apcprd03.prod.outlook.com'
        hs.append(('Received', f'from {a} (2603:1096:604:{o[13:16].lower()}::{int(o[16],16)}) by\n {b} with HTTPS; {rfc(t0 + dt.timedelta(seconds=2))}'))
        hs.append(('Received', f'from {fe} (2603:1096:405:{o[17:19].lower()}::{int(o[19],16)+1}) by\n {a} (2603:1096:604:{o[13:16].lower()}::{int(o[16],16)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{8900+int(o[20:22],16)%99}.{int(o[22],16)+10}; {rfc(t0 + dt.timedelta(seconds=1))}'))
        hs.append(('Authentication-Results', ar_value('outlook', env)))
        if env.get('spf', 'pass') == 'pass':
            hs.append(('Received-SPF', f'Pass (protection.outlook.com: domain of {env["mailfrom_dom"]}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C'))
        else:
            hs.append(('Received-SPF', f'Fail (protection.outlook.com: domain of {env["mailfrom_dom"]} does\n not designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo};'))
        hs.append(('Received', f'from {helo} ({ip}) by\n {fe[:-len(".apcprd03.prod.outlook.com")]}.mail.protection.outlook.com (10.167.{int(o[23:25],16)}.{int(o[25:27],16)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8900+int(o[20:22],16)%99}.9 via Frontend Transport; {rfc(t0)}'))
    elif style in ('isp', 'opendmarc', 'corp'):
        mx = env.get('mxhost', 'mx.example.jp')
        hs.append(('Return-Path', f'<{env["mailfrom"]}>'))
        if 'inner' in env:
            hs.append(('Received', env['inner'].format(date=rfc(t0 + dt.timedelta(seconds=1), JST))))
        hs.append(('Authentication-Results', ar_value('opendmarc' if style == 'opendmarc' else 'isp', env)))
        hs.append(('Received', f'from {helo} ({helo} [{ip}])\n\tby {mx} ({env.get("mta", "Postfix")}) with ESMTPS id {H(key+"q")[:10].upper()}\n\tfor <{rcpt}>; {rfc(t0, JST)}'))
    elif style == 'none':
        pass
    if extra_top:
        hs = extra_top + hs
    return hs

# ---------------------------------------------------------------- assembling
MAILS = []     # (slug, label dict, bytes)

def build(top_headers, body):
    m = EmailMessage(policy=POL)
    for k, v in top_headers:
        m.set_raw(k, v)
    for k, v in body._headers:
        m.set_raw(k, v)
    m._payload = body._payload
    if body.preamble:
        m.preamble = body.preamble
    return m.as_bytes(policy=POL)

def mail(slug, kind, case_id, accts, sv, lang, top_headers, body):
    norm = sorted(set('AWS' + re.sub(r'\D', '', a) for a in accts))
    MAILS.append((slug, dict(kind=kind, case_id=case_id, account_ids=norm,
                             sender_verified=sv, language=lang), build(top_headers, body)))

def aws_mail(*, slug, kind, case_id, accts, lang, to, subject, date, key, body,
             style='gmail', from_=None, env_kind='aws', env_over=None, extra=None,
             sv=True, rcpt=None, sender_hdrs=None, reply_to=None, auth=True, extra_top=None, forged=None):
    """An AWS (or Credly) sent message as received by the user's provider."""
    env = sender_env(env_kind, date, key)
    env = dict(env)
    if env_over:
        env.update(env_over)
    if rcpt:
        rc = rcpt
    else:
        m_ = re.search(r'<([^>]+)>', to)
        rc = m_.group(1) if m_ else to
    hs = receive(style, rc, date, env, key, extra_top=extra_top) if auth else []
    if auth is False and extra_top:
        hs = list(extra_top)
    if forged:
        hs.extend(forged)
    sel = SEL
    for d_, r in env['dkim']:
        if d_ in sel or env.get('sign_all'):
            hl = 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date' if d_ != 'amazonses.com' else \
                'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'
            hs.append(('DKIM-Signature', dkim_sig(d_, env.get('sel', {}).get(d_, sel.get(d_, 's1')), date, key, hl)))
    hs.append(('From', from_ or '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'))
    if reply_to:
        hs.append(('Reply-To', reply_to))
    hs.append(('To', to))
    hs.append(('Subject', subject))
    hs.append(('MIME-Version', '1.0'))
    hs.append(('Message-ID', env['msgid']))
    hs.append(('Date', rfc(date, UTC)))
    if env_kind in ('aws', 'aws-tokyo'):
        reg = 'us-east-1' if env_kind == 'aws' else 'ap-northeast-1'
        hs.append(('Feedback-ID', f'::1.{reg}.{b64rand(key+"fb", 32)[:43]}=:AmazonSES'))
        hs.append(('X-SES-Outgoing', f'{date:%Y.%m.%d}-{env["ip"]}'))
    if sender_hdrs:
        hs.extend(sender_hdrs)
    mail(slug, kind, case_id, accts, sv, lang, hs, body)

# ================================================================ cases
# Case A: 鈴木 拓也, Gmail, form case
A_USER = ('鈴木 拓也', 'takuya.suzuki.dev@gmail.com')
A_OPEN = T('2025-06-10 23:41:07')
A_CASE = cid15(A_OPEN, 'caseA')
A_KEEP, A_OLD = 'AWS02841937', 'AWS05519204'

# Case B: 山本 彩, outlook.jp, console case (three accounts)
B_USER = ('山本 彩', 'aya.yamamoto@outlook.jp')
B_OPEN = T('2025-09-02 01:12:40')
B_CASE = cid15(B_OPEN, 'caseB')
B_KEEP, B_OLD1, B_OLD2 = 'AWS03377410', 'AWS07126658', 'AWS01984523'

# Case C: 中村 大輔, corporate mail, form case
C_USER = ('中村 大輔', 'd.nakamura@kirihara-soft.co.jp')
C_OPEN = T('2025-11-18 05:30:12')
C_CASE = cid15(C_OPEN, 'caseC')
C_KEEP, C_OLD = 'AWS04410982', 'AWS06653017'

# Case D / D2: 小林 由美, nifty; first case never answered, second case a week later
D_USER = ('小林 由美', 'yumi-kobayashi@nifty.com')
D_OPEN = T('2026-01-14 08:22:55')
D_CASE = cid15(D_OPEN, 'caseD')
D2_OPEN = T('2026-01-21 00:57:31')
D2_CASE = cid15(D2_OPEN, 'caseD2')
D_KEEP, D_OLD = 'AWS09023318', 'AWS00487265'

# Case E: English, Gmail
E_USER = ('Kenta Mori', 'kenta.mori.ops@gmail.com')
E_OPEN = T('2026-02-23 16:45:00')
E_CASE = cid15(E_OPEN, 'caseE')
E_KEEP, E_OLD = 'AWS08812046', 'AWS03390571'

# Case F: 松本 亮, biglobe, console case
F_USER = ('松本 亮', 'r.matsumoto@biglobe.ne.jp')
F_OPEN = T('2026-03-30 02:10:33')
F_CASE = cid15(F_OPEN, 'caseF')
F_KEEP, F_OLD = 'AWS05067329', 'AWS02218864'

# Case G: 井上 さくら, own domain on a rental server, 11-digit case id
G_USER = ('井上 さくら', 'sakura@inoue-design.jp')
G_CASE = '12873340561'
G_KEEP, G_OLD = 'AWS07440126', 'AWS03815907'

# Case J: 高橋 誠, Gmail, console case
J_USER = ('高橋 誠', 'm.takahashi.cloud@gmail.com')
J_OPEN = T('2025-07-08 03:05:19')
J_CASE = cid15(J_OPEN, 'caseJ')
J_KEEP, J_OLD = 'AWS06120473', 'AWS04095518'

# Case K: 伊藤 恵, outlook.com, form case
K_USER = ('伊藤 恵', 'megumi.ito88@outlook.com')
K_OPEN = T('2025-12-03 11:48:02')
K_CASE = cid15(K_OPEN, 'caseK')
K_KEEP, K_OLD = 'AWS07734102', 'AWS01056689'

# Case L: 加藤 翔, so-net
L_USER = ('加藤 翔', 'sho-kato@ab.so-net.ne.jp')
L_OPEN = T('2026-04-20 06:18:44')
L_CASE = cid15(L_OPEN, 'caseL')
L_KEEP, L_OLD = 'AWS01739952', 'AWS08260314'

# Case M: 林 直樹, corporate Exchange archive (no Authentication-Results)
M_USER = ('林 直樹', 'naoki.hayashi@fujimoto-kogyo.co.jp')
M_OPEN = T('2025-10-06 07:02:16')
M_CASE = cid15(M_OPEN, 'caseM')
M_KEEP, M_OLD = 'AWS05580731', 'AWS09914268'

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

def to_(u, cs='utf-8'):
    return addr(u[0], u[1], cs)

def gmail_env_over():
    return {}

def nifty_env():
    return dict(authserv='mfilter-in.nifty.com', mxhost='mta-in01.nifty.com', mta='nifty-smtpd')

def biglobe_env():
    return dict(authserv='biglobe.ne.jp', mxhost='mx-in.biglobe.ne.jp', mta='BIGLOBE')

def corpC_env():
    return dict(authserv='mx01.kirihara-soft.co.jp', mxhost='mx01.kirihara-soft.co.jp', mta='Postfix')

def sakura_env():
    return dict(authserv='www3210.sakura.ne.jp', mxhost='www3210.sakura.ne.jp', mta='8.15.2/8.15.2')

def sonet_env():
    return dict(authserv='so-net.ne.jp', mxhost='mx02.so-net.ne.jp', mta='So-net MTA')

def alt(text, html, key, cs='utf-8', cte='base64', hcte=None, label='auto'):
    return multi('alternative', [tpart(text, 'plain', cs, cte, label),
                                 tpart(html, 'html', cs, hcte or cte, label)], key)

def gmail_sender_env(user_addr, when, key):
    g = H(key + 'gs')
    ip = f'209.85.{int(g[:2],16)%60+160}.{int(g[2:4],16)%250+2}'
    return dict(ip=ip, helo=f'mail-{["pl1","pj1","oi1","qt1","yb1"][int(g[4],16)%5]}-f{int(g[5:7],16)%200+40}.google.com',
                mailfrom=user_addr, mailfrom_dom='gmail.com', from_dom='gmail.com',
                dkim=[('gmail.com', 'pass')], sel={'gmail.com': '20230601'}, dmarc_p='NONE',
                msgid=f'<CA+{b64rand(key, 30).replace("/", "x").replace("+", "Q")[:38]}@mail.gmail.com>')

# ================================================================ mails
# === BEGIN MAILS ===
# ---------------------------------------------------------------- Case A (Gmail, form)
def a_ack():
    d = A_OPEN + dt.timedelta(seconds=26)
    text = f"""{A_USER[0]} 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
このメールは、フォームからの送信を受け付けたことをお知らせする自動送信メールです。

下記の内容で承りました。担当者が確認のうえ、原則として 24 時間以内にご連絡を差し上げます。

  ケース ID        : {A_CASE}
  お問い合わせ種別 : 認定 (Certification)
  詳細             : アカウントの統合 (Account Merge)
  AWS 受験者 ID    : {A_KEEP} / {A_OLD}
  ご連絡先         : {A_USER[1]}

追加の情報がございましたら、件名を変更せずに本メールへご返信ください。ケースの履歴に記録されます。
同じご用件で新しいお問い合わせを作成されますと、回答までにお時間をいただく場合がございます。

今後ともよろしくお願い申し上げます。

Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    html = html_wrap(paras_html(text))
    aws_mail(slug='form-uketsuke-jidou', kind='case_created', case_id=A_CASE, accts=[A_KEEP, A_OLD],
             lang='ja', to=to_(A_USER), date=d, key='a_ack',
             subject=htext('Subject', f'[CASE {A_CASE}] お問い合わせを受け付けました (AWS Training and Certification)', 'utf-8'),
             body=alt(text, html, 'a_ack'), style='gmail')
a_ack()

def a_which():
    d = A_OPEN + dt.timedelta(hours=27, minutes=12)
    text = f"""{A_USER[0]} 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの西田でございます。
この度はお問い合わせいただき、ありがとうございます。

お知らせいただいた受験者 ID について、登録状況を確認いたしました。

・{A_KEEP}(ログイン用メールアドレス: {A_USER[1]})
・{A_OLD.lower()}(ログイン用メールアドレス: t.suzuki@*****.co.jp)

お手続きを進めるにあたり、恐れ入りますが次の 2 点をご教示いただけますでしょうか。

1. 今後もご利用になるアカウントはどちらでしょうか。
2. もう一方のアカウントの通知先メールアドレスは、現在も受信可能でしょうか。

もう一方のアカウントに記録されている認定資格および受験履歴は、ご指定のアカウントへ集約する形となります。
本メールへご返信いただければ、このケースの担当として引き続き対応いたします。

何卒よろしくお願いいたします。

西田
Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='re-case-uketamawari', kind='support_reply', case_id=A_CASE, accts=[A_KEEP, A_OLD],
             lang='ja', to=to_(A_USER), date=d, key='a_which', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {A_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'utf-8', 'quoted-printable'), style='gmail')
a_which()

def a_confirm():
    d = A_OPEN + dt.timedelta(days=1, hours=22, minutes=5)
    user_reply_at = A_OPEN + dt.timedelta(days=1, hours=9, minutes=40)
    text = f"""鈴木 様

ご返信いただき、ありがとうございます。西田でございます。

いただいた内容をもとに、以下のとおり準備が整いました。
作業の前に、内容に相違がないかご確認をお願い申し上げます。

■ 今後ご利用いただくアカウント
　{A_KEEP}
■ 上記へ取り込まれるアカウント(作業後はご利用いただけません)
　{A_OLD}

取り込まれる側のアカウントの認定資格、受験履歴、特典(受験料割引など)は、すべて今後ご利用いただくアカウントへ引き継がれます。
なお、本作業は実施後に取り消すことができません。

上記でよろしければ、本メールにご返信のうえ、その旨をお知らせください。
ご返信を確認でき次第、手続きを開始いたします。

西田
Amazon Web Services トレーニングと認定

--- 以前のやり取り ---
{ja_date(user_reply_at)} {A_USER[1]}
西田様

ご連絡ありがとうございます。
残したいのは {A_KEEP} のほうです。もう一方の会社のアドレスは退職済みのため受信できません。
よろしくお願いします。

鈴木

{ja_date(A_OPEN + dt.timedelta(hours=27, minutes=12))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

> {A_USER[0]} 様
>
> お世話になっております。
> AWS トレーニングと認定 カスタマーサポートの西田でございます。
>
> お知らせいただいた受験者 ID について、登録状況を確認いたしました。
>
> ・{A_KEEP}(ログイン用メールアドレス: {A_USER[1]})
> ・{A_OLD.lower()}(ログイン用メールアドレス: t.suzuki@*****.co.jp)
>
> 1. 今後もご利用になるアカウントはどちらでしょうか。
> 2. もう一方のアカウントの通知先メールアドレスは、現在も受信可能でしょうか。
"""
    aws_mail(slug='re-case-naiyou-kakunin', kind='merge_confirmation_requested', case_id=A_CASE,
             accts=[A_KEEP, A_OLD], lang='ja', to=to_(A_USER), date=d, key='a_confirm', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {A_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'utf-8', 'quoted-printable'), style='gmail')
a_confirm()

A_DONE = A_OPEN + dt.timedelta(days=3, hours=1, minutes=18)
A_CONFIRM_AT = A_OPEN + dt.timedelta(days=1, hours=22, minutes=5)
A_DONE_TEXT = f"""鈴木 様

いつもお世話になっております。西田でございます。

ご承認いただいた内容にて本日作業を実施し、{A_OLD} に記録されていた認定資格と受験履歴を {A_KEEP} へ移し終えました。
{A_OLD} はすでに閉鎖されており、今後は {A_KEEP} でサインインしていただけます。

お手数ですが、認定アカウントにサインインのうえ、以下をご確認いただけますと幸いです。
・保有されている認定がすべて表示されていること
・特典(次回受験 50% 割引など)が表示されていること

Credly のデジタルバッジは、数日以内に別途メールでご案内が届く予定です。

この度はご連絡いただき、ありがとうございました。

西田
Amazon Web Services トレーニングと認定
"""

def a_done():
    d = A_DONE
    quoted = '\n'.join(('> ' + l) if l else '>' for l in f"""■ 今後ご利用いただくアカウント
　{A_KEEP}
■ 上記へ取り込まれるアカウント(作業後はご利用いただけません)
　{A_OLD}

本作業は実施後に取り消すことができません。
上記でよろしければ、本メールにご返信のうえ、その旨をお知らせください。""".split('\n'))
    text = A_DONE_TEXT + f"""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {ja_date(A_CONFIRM_AT, wd=False)}
Subject: RE:[CASE {A_CASE}] {FORM_SUBJ}

{quoted}
"""
    html = html_wrap(paras_html(A_DONE_TEXT) + '\n<hr>\n<div style="color:#5f6b7a">' +
                     paras_html(text.split('-----Original Message-----')[1]) + '</div>')
    aws_mail(slug='re-case-sagyou-jisshi', kind='merge_completed', case_id=A_CASE, accts=[A_KEEP, A_OLD],
             lang='ja', to=to_(A_USER), date=d, key='a_done', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {A_CASE}] {FORM_SUBJ}'),
             body=alt(text, html, 'a_done'), style='gmail')
a_done()

def a_survey():
    d = A_DONE + dt.timedelta(minutes=14)
    text = f"""AWS トレーニングと認定をご利用いただき、ありがとうございます。

お問い合わせいただいたケース {A_CASE} は、担当者により解決済みとしてクローズされました。

今回のサポートはいかがでしたか。
今後のサービス向上のため、1 分ほどで終わるアンケートへのご協力をお願いいたします。

  問題は解決しましたか？
  はい : https://survey.aws-tc.amazon.com/r/{H('a_sv')[:20]}?c={A_CASE}&a=1
  いいえ: https://survey.aws-tc.amazon.com/r/{H('a_sv')[:20]}?c={A_CASE}&a=0

ケースを再度開く必要がある場合は、本メールにご返信ください。

Amazon Web Services
"""
    html = html_wrap(f"""<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<p>お問い合わせいただいたケース <b>{A_CASE}</b> は、担当者により解決済みとしてクローズされました。</p>
<p>今回のサポートはいかがでしたか。<br>今後のサービス向上のため、1 分ほどで終わるアンケートへのご協力をお願いいたします。</p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr><td colspan="2"><b>問題は解決しましたか？</b></td></tr>
<tr><td style="background:#ff9900;padding:8px 22px;border-radius:4px"><a href="https://survey.aws-tc.amazon.com/r/{H('a_sv')[:20]}?c={A_CASE}&amp;a=1" style="color:#000;text-decoration:none">はい</a></td>
<td style="background:#e9ebed;padding:8px 22px;border-radius:4px"><a href="https://survey.aws-tc.amazon.com/r/{H('a_sv')[:20]}?c={A_CASE}&amp;a=0" style="color:#000;text-decoration:none">いいえ</a></td></tr></table>
<p style="font-size:12px;color:#5f6b7a">ケースを再度開く必要がある場合は、本メールにご返信ください。</p>
<p>Amazon Web Services</p>""")
    aws_mail(slug='case-close-anketo', kind='survey', case_id=A_CASE, accts=[], lang='ja',
             to=to_(A_USER), date=d, key='a_survey', from_=FORM,
             subject=htext('Subject', f'[CASE {A_CASE}] サポートの対応はいかがでしたか？', 'utf-8', q='Q'),
             body=alt(text, html, 'a_survey', cte='quoted-printable'), style='gmail')
a_survey()

def a_credly():
    d = A_DONE + dt.timedelta(days=2, hours=5, minutes=3)
    badge = 'AWS Certified Solutions Architect – Associate'
    url = f'https://www.credly.com/badges/{H("a_cr")[:8]}-{H("a_cr")[8:12]}-{H("a_cr")[12:16]}-{H("a_cr")[16:20]}-{H("a_cr")[20:32]}'
    text = f"""{A_USER[0]}さん、おめでとうございます。

Amazon Web Services Training and Certification から、あなたに新しいバッジが発行されました。

{badge}

バッジを受け取ると、プロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る: {url}/accept

このバッジは、Amazon Web Services Training and Certification があなたの実績を検証したうえで発行したものです。

Credly チーム
このメールは {A_USER[1]} 宛に送信されました。配信設定の変更: https://www.credly.com/notifications
"""
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;margin:24px 0"><tr><td style="padding:32px">
<img src="https://images.credly.com/images/logo-credly.png" width="96" alt="Credly">
<h1 style="font-size:22px">{A_USER[0]}さん、おめでとうございます。</h1>
<p>Amazon Web Services Training and Certification から、あなたに新しいバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/340x340/images/{H('a_img')[:36]}/image.png" width="170" alt=""><br><b>{badge}</b></p>
<p>バッジを受け取ると、プロフィールに表示され、LinkedIn などで共有できるようになります。</p>
<p><a href="{url}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">バッジを受け取る</a></p>
<p style="font-size:12px;color:#777">このメールは {A_USER[1]} 宛に送信されました。<a href="https://www.credly.com/notifications">配信設定</a></p>
</td></tr></table></td></tr></table></body></html>
"""
    aws_mail(slug='credly-atarashii-badge', kind='credly_badge_issued', case_id=None, accts=[], lang='ja',
             to=A_USER[1], date=d, key='a_credly', env_kind='credly',
             from_=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
             subject=htext('Subject', f'{A_USER[0]}さん、Amazon Web Services Training and Certification からバッジが届いています', 'utf-8'),
             body=alt(text, html, 'a_credly'), style='gmail', sv=True,
             sender_hdrs=[('X-SG-EID', b64rand('a_credly_sg', 60)[:76]),
                          ('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?t=' + H('a_un')[:24] + '>')])
a_credly()

def a_forward():
    d = A_DONE + dt.timedelta(days=1, hours=2, minutes=41)
    boss = ('川村 秀樹', 'h-kawamura@nexlane.co.jp')
    fw_head = f"""---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: {ja_date(A_DONE)}
Subject: RE:[CASE {A_CASE}] {FORM_SUBJ}
To: <{A_USER[1]}>
"""
    new = f"""川村さん

お疲れさまです。鈴木です。
先日ご相談していた AWS 認定アカウントの件、サポートに対応してもらい一本化できました。
資格手当の登録は、今後 {A_KEEP} の方でお願いできますでしょうか。
念のためサポートからのメールを転送します。

よろしくお願いします。
鈴木
"""
    text = new + '\n' + fw_head + '\n\n' + A_DONE_TEXT
    html = (f'<div dir="ltr">' + paras_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + fw_head.replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</div><br><br>'
            + paras_html(A_DONE_TEXT) + '</div></div>\n')
    env = gmail_sender_env(A_USER[1], d, 'a_fwd')
    env.update(authserv='mx1.nexlane.co.jp', mxhost='mx1.nexlane.co.jp', mta='Postfix')
    hs = receive('corp', boss[1], d, env, 'a_fwd')
    hs.append(('DKIM-Signature', dkim_sig('gmail.com', '20230601', d, 'a_fwd',
               'mime-version:references:in-reply-to:from:date:message-id:subject:to:content-type', 'relaxed/relaxed')))
    hs += [('MIME-Version', '1.0'), ('From', addr(*A_USER)), ('Date', rfc(d, JST)),
           ('Message-ID', env['msgid']),
           ('Subject', htext('Subject', f'Fwd: RE:[CASE {A_CASE}] {FORM_SUBJ}')),
           ('To', addr(*boss))]
    body = multi('alternative', [tpart(text, 'plain', 'utf-8', 'base64'), tpart(html, 'html', 'utf-8', 'quoted-printable')],
                 'a_fwd', bnd='000000000000' + H('a_fwd_b')[:16])
    mail('fwd-kawamura-san', 'unrelated', A_CASE, [A_KEEP], False, 'ja', hs, body)
a_forward()

# ---------------------------------------------------------------- Case B (outlook.jp, console, 3 accounts)
B_SUBJ = '複数の認定アカウントを 1 つにまとめたい'
CONSOLE_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja'

def b_created():
    d = B_OPEN + dt.timedelta(seconds=41)
    text = f"""こんにちは

Amazon Web Services へお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {B_CASE} を作成しました。

ケース ID: {B_CASE}
件名: {B_SUBJ}
重要度: 一般的なガイダンス
サービス: 認定 (Certification)
カテゴリ: アカウント

このケースの状況確認や追加の情報のご送付は、AWS サポートセンターから行ってください。
{CONSOLE_LINK.format(c=B_CASE)}

※本メールは送信専用アドレスから配信しています。このメールに返信されても、ケースには反映されません。

よろしくお願いいたします。

Amazon Web Services
"""
    aws_mail(slug='support-case-sakusei', kind='case_created', case_id=B_CASE, accts=[], lang='ja',
             to=B_USER[1], date=d, key='b_created', from_=NOREPLY,
             subject=htext('Subject', f'Amazon Web Services: 新しいサポートケースを作成しました: {B_CASE}', 'iso-2022-jp'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='outlook')
b_created()

def b_notice():
    d = B_OPEN + dt.timedelta(hours=30, minutes=2)
    text = f"""こんにちは

ケース {B_CASE} に、AWS サポートから新しい返信が追加されました。

件名: {B_SUBJ}

返信内容を確認するには、AWS サポートセンターにサインインしてください。
{CONSOLE_LINK.format(c=B_CASE)}

Amazon Web Services
"""
    aws_mail(slug='case-atarashii-henshin', kind='support_reply', case_id=B_CASE, accts=[], lang='ja',
             to=B_USER[1], date=d, key='b_notice', from_=NOREPLY,
             subject=htext('Subject', f'[Case {B_CASE}] 新しい返信が追加されました', 'utf-8', whole=True),
             body=tpart(text, 'plain', 'utf-8', '8bit'), style='outlook')
b_notice()

B_CONFIRM_AT = B_OPEN + dt.timedelta(hours=30, minutes=1)

def b_confirm():
    d = B_CONFIRM_AT
    text = f"""山本 彩 様

平素より Amazon Web Services をご利用賜り、誠にありがとうございます。
AWS トレーニングと認定 サポート担当の小川と申します。

このたびは認定アカウントの集約に関するお問い合わせを賜り、厚く御礼申し上げます。
お寄せいただいた内容を拝見し、下記のとおり処理を承る準備が整いましたので、
ご確認を賜りたく存じます。

記

■ 存続アカウント(処理後もご利用いただくアカウント)
　・{B_KEEP}
■ 吸収されるアカウント(処理後は閉鎖となります)
　・{B_OLD1}
　・{B_OLD2}

以上

上記の処理を実施いたしますと、吸収されるアカウントに記録されている認定資格、
受験履歴および特典は存続アカウントへ移され、元の状態に戻すことはできかねます。
誠に恐れ入りますが、内容にお間違いがないかご確認のうえ、サポートセンターの
ケース画面より、相違ない旨をご返信くださいますようお願い申し上げます。

なお、ご返信を頂戴するまでの間、処理は保留とさせていただきます。

何卒よろしくお願い申し上げます。

小川
Amazon Web Services

このケースへのご返信、またはケースの詳細の確認は、以下のリンクから行えます。
{CONSOLE_LINK.format(c=B_CASE)}

今回のやり取りについてのご評価をお聞かせください。
https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&language=ja
"""
    aws_mail(slug='re-case-fukusuu-account', kind='merge_confirmation_requested', case_id=B_CASE,
             accts=[B_KEEP, B_OLD1, B_OLD2], lang='ja', to=B_USER[1], date=d, key='b_confirm', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {B_CASE}] {B_SUBJ}', 'iso-2022-jp'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='outlook')
b_confirm()

def b_proceed():
    d = B_OPEN + dt.timedelta(days=2, hours=3, minutes=47)
    inner = f"""<p>山本 様</p>
<p>いつも Amazon Web Services をご利用いただき、ありがとうございます。<br>
サポート担当の小川でございます。</p>
<p>早速のご確認、誠にありがとうございます。<br>
頂戴したご返信をもって、<b>{B_OLD1}</b> および <b>{B_OLD2}</b> を <b>{B_KEEP}</b> へ集約する件につき、ご承認をいただいたものとして承りました。</p>
<p>これより担当部署にて処理に着手いたします。処理が済みましたら、あらためて本ケースにてご報告申し上げます。
通常、1〜3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちいただけますと幸いです。</p>
<p>なお、処理中は認定アカウントへのサインインや試験のご予約が一時的にできない場合がございます。あらかじめご了承ください。</p>
<p>引き続きよろしくお願い申し上げます。</p>
<p>小川<br>Amazon Web Services</p>
<hr style="border:none;border-top:1px solid #d5dbdb">
<p style="font-size:12px;color:#687078">このケースへのご返信は <a href="{CONSOLE_LINK.format(c=B_CASE).replace('&', '&amp;')}">AWS サポートセンター</a> から行ってください。</p>"""
    aws_mail(slug='re-case-shounin-uketamawari', kind='support_reply', case_id=B_CASE,
             accts=[B_KEEP, B_OLD1, B_OLD2], lang='ja', to=B_USER[1], date=d, key='b_proceed', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {B_CASE}] {B_SUBJ}', 'utf-8'),
             body=tpart(html_wrap(inner), 'html', 'utf-8', 'base64'), style='outlook')
b_proceed()

B_DONE = B_OPEN + dt.timedelta(days=3, hours=6, minutes=20)

def b_done():
    d = B_DONE
    text = f"""山本 彩 様

いつもお世話になっております。Amazon Web Services サポートの小川でございます。

先日ご承認を賜りました件につきまして、本日処理を終えましたのでご報告申し上げます。

■ 処理結果
　・{B_OLD1} … 閉鎖済み(記録は {B_KEEP} へ移行)
　・{B_OLD2} … 閉鎖済み(記録は {B_KEEP} へ移行)
　・{B_KEEP} … ご利用継続

お手数ながら、{B_KEEP} にてサインインいただき、認定資格の一覧に漏れがないかご確認
くださいますようお願い申し上げます。万一不足がございましたら、本ケースへご返信ください。

本件はこれをもちましてクローズとさせていただきます。
よろしければ、今回の対応についてアンケートへのご協力をお願い申し上げます。
https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&language=ja

このたびはご利用いただき、誠にありがとうございました。

小川
Amazon Web Services
"""
    aws_mail(slug='re-case-shori-houkoku', kind='merge_completed', case_id=B_CASE,
             accts=[B_KEEP, B_OLD1, B_OLD2], lang='ja', to=B_USER[1], date=d, key='b_done', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {B_CASE}] {B_SUBJ}', 'iso-2022-jp', whole=True),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='outlook')
b_done()

def b_credly():
    d = B_DONE + dt.timedelta(days=1, hours=20, minutes=11)
    badges = ['AWS Certified Cloud Practitioner', 'AWS Certified Developer – Associate',
              'AWS Certified SysOps Administrator – Associate']
    url = 'https://www.credly.com/earner/earned?utm_source=badge_transfer&utm_medium=email'
    text = f"""{B_USER[0]}さん

Amazon Web Services Training and Certification から、あなたのメールアドレス宛てに
3 件のバッジが付け替えられました。

""" + '\n'.join('・' + b for b in badges) + f"""

これらのバッジは、認定アカウントの統合にともない、以前のアカウントからこのアカウントへ
移されたものです。各バッジを承認すると、プロフィールに公開されます。

バッジを確認して承認する: {url}

Credly by Pearson
"""
    html = html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p><img src="https://images.credly.com/images/credly-logo-email.png" alt="Credly" width="90"></p>
<p>{B_USER[0]}さん</p>
<p>Amazon Web Services Training and Certification から、あなたのメールアドレス宛てに<b>3 件のバッジ</b>が付け替えられました。</p>
<ul>""" + ''.join(f'<li>{b}</li>' for b in badges) + f"""</ul>
<p>これらのバッジは、認定アカウントの統合にともない、以前のアカウントからこのアカウントへ移されたものです。各バッジを承認すると、プロフィールに公開されます。</p>
<p><a href="{url}" style="display:inline-block;background:#ff5f00;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px">バッジを確認して承認する</a></p>
<p style="color:#888;font-size:11px">Credly by Pearson · 100 Park Avenue, New York, NY</p>
</td></tr></table>""", style='aws')
    aws_mail(slug='credly-badge-tsukekae', kind='credly_badge_issued', case_id=None, accts=[], lang='ja',
             to=B_USER[1], date=d, key='b_credly', env_kind='credly',
             from_=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
             subject=htext('Subject', '3 件のバッジがあなたのアカウントに追加されました', 'utf-8', q='Q'),
             body=alt(text, html, 'b_credly', cte='quoted-printable'), style='outlook')
b_credly()

# ---------------------------------------------------------------- Case C (corporate, form)
def corpC(key):
    e = corpC_env()
    e['inner'] = ('from mx01.kirihara-soft.co.jp (mx01.kirihara-soft.co.jp [10.20.1.11])\n'
                  f'\tby mbox02.kirihara-soft.co.jp (Postfix) with ESMTP id {H(key+"in")[:9].upper()}\n'
                  '\tfor <d.nakamura@kirihara-soft.co.jp>; {date}')
    return e

def c_created():
    d = C_OPEN + dt.timedelta(seconds=19)
    inner = f"""<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. We have received your request and a member of our team will respond within 24 hours.</p>
<p>{C_USER[0]} 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。<br>
ご依頼を受け付けました。担当者より 24 時間以内にご連絡いたします。</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><th align="left" style="background:#f2f3f3">Case ID / ケース ID</th><td>{C_CASE}</td></tr>
<tr><th align="left" style="background:#f2f3f3">Inquiry type / お問い合わせの種類</th><td>Certification</td></tr>
<tr><th align="left" style="background:#f2f3f3">Detail / 詳細</th><td>Account Merge</td></tr>
<tr><th align="left" style="background:#f2f3f3">AWS candidate ID / 受験者 ID</th><td>{C_KEEP}</td></tr>
</table>
<p>ご返信の際は件名を変更せずにお送りください。<br>Please do not change the subject line when replying.</p>
<p>Amazon Web Services<br>Training and Certification Customer Support</p>"""
    aws_mail(slug='form-request-logged', kind='case_created', case_id=C_CASE, accts=[C_KEEP], lang='ja',
             to=to_(C_USER), date=d, key='c_created', from_=FORM,
             subject=htext('Subject', f'[CASE {C_CASE}] {FORM_SUBJ}'),
             body=tpart(html_wrap(inner), 'html', 'utf-8', 'quoted-printable'),
             style='corp', env_over=corpC('c_created'))
c_created()

def c_confirm():
    d = C_OPEN + dt.timedelta(days=1, hours=2, minutes=33)
    inner = f"""<div style="font-family:'MS PGothic','Meiryo',sans-serif;font-size:10.5pt">
<p>桐原ソフトウェア株式会社<br>中村 大輔 様</p>
<p>お世話になっております。<br>AWS トレーニングと認定 カスタマーサポートの村上です。</p>
<p>お問い合わせいただいた件について、社内で調査した結果、同一のお客様名義で 2 つの認定アカウントが存在することを確認いたしました。<br>
ご本人様の意思を確認させていただくため、以下の内容をご確認ください。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#eaeded">残るアカウント</td><td>{C_KEEP}</td><td>{C_USER[1]}</td></tr>
<tr><td style="background:#eaeded">取り込まれて削除されるアカウント</td><td>aws-{C_OLD[3:]}</td><td>daisuke.nakamura.1987@yahoo.co.jp</td></tr>
</table>
<p>・削除されるアカウントの認定資格および試験結果は、残るアカウントへ引き継がれます。<br>
・この操作は一度行うと取り消すことができません。<br>
・作業中、認定アカウントへのサインインができなくなる時間帯がございます。</p>
<p>内容に問題がなければ、このメールに「上記の内容で進めてください」とご返信ください。<br>
ご返信をいただいた時点で作業を開始いたします。</p>
<p>よろしくお願いいたします。</p>
<p>村上<br>Amazon Web Services Training and Certification</p>
</div>"""
    aws_mail(slug='re-case-ishi-kakunin', kind='merge_confirmation_requested', case_id=C_CASE,
             accts=[C_KEEP, C_OLD], lang='ja', to=to_(C_USER), date=d, key='c_confirm', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {C_CASE}] {FORM_SUBJ}'),
             body=tpart(html_wrap(inner, 'Shift_JIS', style='plain'), 'html', 'shift_jis', 'quoted-printable'),
             style='corp', env_over=corpC('c_confirm'))
c_confirm()

def c_conditional():
    d = C_OPEN + dt.timedelta(days=2, hours=0, minutes=9)
    text = f"""中村 様

お世話になっております。村上です。
ご返信いただき、ありがとうございます。

ご指示いただいた内容で、担当チームへ作業を依頼いたしました。
作業が完了しましたら、本ケースにてあらためてご連絡いたします。

なお、作業完了後は aws-{C_OLD[3:]} ではサインインできなくなります。
旧アカウントで試験をご予約済みの場合は、完了のご連絡をお待ちいただいてから
{C_KEEP} 側で予約状況をご確認ください。

引き続きよろしくお願いいたします。

村上
Amazon Web Services Training and Certification
"""
    aws_mail(slug='re-case-irai-zumi', kind='support_reply', case_id=C_CASE, accts=[C_KEEP, C_OLD],
             lang='ja', to=to_(C_USER), date=d, key='c_cond', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {C_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='corp', env_over=corpC('c_cond'))
c_conditional()

C_DONE = C_OPEN + dt.timedelta(days=3, hours=4, minutes=51)

def c_done():
    d = C_DONE
    text = """このメールは HTML 形式で送信されています。
HTML 表示に対応したメールソフトでご覧ください。
"""
    inner = f"""<p>中村 様</p>
<p>お世話になっております。村上です。</p>
<p>お待たせいたしました。ご依頼の件、作業チームより対応済みとの報告を受けましたのでお知らせいたします。</p>
<ul>
<li>旧プロファイル <b>{C_OLD}</b> は廃止されました。</li>
<li>旧プロファイルに記録されていた認定資格および試験結果は、すべて <b>{C_KEEP}</b> へ移されています。</li>
</ul>
<p>今後は {C_KEEP} でサインインのうえ、認定資格の一覧をご確認ください。表示に不足がある場合は、本メールへご返信いただければ確認いたします。</p>
<p>ご協力ありがとうございました。</p>
<p>村上<br>Amazon Web Services Training and Certification</p>"""
    aws_mail(slug='re-case-taiou-zumi-html', kind='merge_completed', case_id=C_CASE, accts=[C_KEEP, C_OLD],
             lang='ja', to=to_(C_USER), date=d, key='c_done', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {C_CASE}] {FORM_SUBJ}'),
             body=alt(text, html_wrap(inner), 'c_done'), style='corp', env_over=corpC('c_done'))
c_done()

def c_survey():
    d = C_DONE + dt.timedelta(days=7, minutes=2)
    text = f"""中村 大輔 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース {C_CASE} は、最終のご連絡から 7 日間が経過したため、解決済みとしてクローズいたしました。

サービス品質向上のため、アンケートへのご協力をお願いしております。
所要時間は 2～3 分程度です。

  ▼アンケートに回答する
  https://amazonexteu.qualtrics.com/jfe/form/SV_{H('c_sv')[:15]}?caseId={C_CASE}&lang=ja

※クローズ後 14 日以内であれば、本メールへご返信いただくことでケースを再開できます。

Amazon Web Services
"""
    aws_mail(slug='case-close-shitsumon', kind='survey', case_id=C_CASE, accts=[], lang='ja',
             to=to_(C_USER), date=d, key='c_survey', from_=FORM,
             subject=htext('Subject', f'[CASE {C_CASE}] アンケートご協力のお願い', 'shift_jis', q='B', whole=True),
             body=tpart(text, 'plain', 'shift_jis', 'quoted-printable'), style='corp', env_over=corpC('c_survey'))
c_survey()

def c_credly():
    d = C_DONE + dt.timedelta(days=9, hours=3)
    user_at = C_DONE + dt.timedelta(days=8, hours=22)
    text = f"""中村 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの村上です。
再度のご連絡をいただき、ありがとうございます。

Credly のデジタルバッジにつきましては、認定アカウントとは別のシステムで管理されており、
Credly 側のアカウントについても別途まとめる手続きが必要となります。
本日、{C_KEEP} に紐づく Credly アカウントへバッジを移すよう、担当チームへ依頼いたしました。

反映までは通常 5〜7 営業日ほどかかります。反映され次第、Credly から通知が届く予定です。
それまでの間、お手元の旧バッジは削除せずにそのままにしておいてください。

よろしくお願いいたします。

村上
Amazon Web Services Training and Certification

----- {user_at.astimezone(JST):%Y/%m/%d %H:%M} 中村 大輔 様からのメッセージ -----
> 村上様
>
> 先日は対応いただきありがとうございました。
> 認定アカウントの方は問題なく {C_KEEP} にまとまっていたのですが、
> Credly のバッジは {C_OLD} 側(yahoo のアドレス)に残ったままのようです。
> こちらも移していただくことは可能でしょうか。
>
> 中村
"""
    aws_mail(slug='re-case-credly-irai', kind='support_reply', case_id=C_CASE, accts=[C_KEEP],
             lang='ja', to=to_(C_USER), date=d, key='c_credly', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {C_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'utf-8', 'quoted-printable'), style='corp', env_over=corpC('c_credly'))
c_credly()

# ---------------------------------------------------------------- Case D / D2 (nifty)
def fw(s):
    return unicodedata.normalize('NFKC', s).translate(str.maketrans(
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９'))

def d_created():
    d = D_OPEN + dt.timedelta(seconds=33)
    text = f"""小林 由美 様

この度は、AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けましたので、ご確認ください。

記

　ケース番号　　：{D_CASE}
　受付日時　　　：{D_OPEN.astimezone(JST):%Y/%m/%d %H:%M} (日本時間)
　お問い合わせ　：認定 ／ アカウントの統合
　受験者 ID　　 ：{D_KEEP}、{D_OLD}

以上

内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。
土日祝日を挟む場合は、ご回答までにお時間をいただくことがございます。

※本メールは自動送信されています。
※同一内容での重複したお問い合わせはお控えください。

Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='uketsuke-kakunin-sjis', kind='case_created', case_id=D_CASE, accts=[D_KEEP, D_OLD], lang='ja',
             to=to_(D_USER, 'shift_jis'), date=d, key='d_created', from_=FORM,
             subject=htext('Subject', f'【受付完了】お問い合わせを承りました [CASE {D_CASE}]', 'shift_jis', whole=True),
             body=tpart(text, 'plain', 'shift_jis', 'base64'), style='isp', env_over=nifty_env())
d_created()

def d2_created():
    d = D2_OPEN + dt.timedelta(seconds=48)
    text = f"""【自動返信】お問い合わせありがとうございます

小林 由美 様

AWS トレーニングと認定 カスタマーサポートです。
お問い合わせフォームからのご依頼を受け付けました。

ケース ID：{D2_CASE}

担当者が内容を確認し、順次ご連絡いたします。しばらくお待ちください。
ご回答は、フォームにご入力いただいた通知先メールアドレス宛てにお送りします。

このメールへのご返信で、追加の情報をお送りいただくことができます。

Amazon Web Services
"""
    aws_mail(slug='jidou-henshin-form', kind='case_created', case_id=D2_CASE, accts=[], lang='ja',
             to=D_USER[1], date=d, key='d2_created', from_=FORM,
             subject=htext('Subject', f'[CASE {D2_CASE}] 【自動返信】お問い合わせありがとうございます', 'iso-2022-jp'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='isp', env_over=nifty_env())
d2_created()

def d_dup():
    d = D2_OPEN + dt.timedelta(hours=20, minutes=15)
    text = f"""小林 由美 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの藤井でございます。

先日お寄せいただいたお問い合わせ(ケース {D_CASE})につきまして、ご回答が大変遅くなりましたこと、
深くお詫び申し上げます。担当者の割り当てに不備があり、ご連絡を差し上げられておりませんでした。

同じご依頼の内容で、新たにケース {D2_CASE} をお送りいただいていることを確認いたしました。
お手数をおかけしないよう、以後のご対応はケース {D2_CASE} にて一本化して進めさせていただきます。
本ケース {D_CASE} へのご返信は不要です。

引き続きどうぞよろしくお願い申し上げます。

藤井
Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='re-case-ikou-annai', kind='support_reply', case_id=D_CASE, accts=[], lang='ja',
             to=D_USER[1], date=d, key='d_dup', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {D_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'shift_jis', '8bit'), style='isp', env_over=nifty_env())
d_dup()

def d2_info():
    d = D2_OPEN + dt.timedelta(hours=20, minutes=31)
    text = f"""小林 由美 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの藤井でございます。
お問い合わせいただき、ありがとうございます。

ご依頼の件を進めるにあたり、ご本人様確認のため、以下の情報をお知らせいただけますでしょうか。

■ご確認事項
・各認定アカウントのサインインに使用しているメールアドレス
・各認定アカウントに登録されている通知先メールアドレス(サインイン用と異なる場合)
・今後ご利用を続けたいアカウント
・複数のアカウントをお持ちになった経緯(差し支えない範囲で構いません)

ご記載いただいた受験者 ID のうち、{D_OLD} については登録上のお名前がローマ字表記となっております。
お名前の表記も併せてお知らせいただけますと、確認がスムーズです。

お手数をおかけいたしますが、本メールへのご返信にてお知らせください。

藤井
Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='re-case-tsuika-jouhou', kind='support_reply', case_id=D2_CASE, accts=[D_OLD], lang='ja',
             to=D_USER[1], date=d, key='d2_info', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {D2_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='isp', env_over=nifty_env())
d2_info()

def d2_confirm():
    d = D2_OPEN + dt.timedelta(days=2, hours=1, minutes=4)
    text = f"""小林 様

お世話になっております。藤井でございます。
必要な情報をお送りいただき、ありがとうございました。

いただいた情報をもとに、以下の内容で作業を行う予定です。

　【継続して使用するアカウント】{fw(D_KEEP)}(ローマ字表記：Yumi Kobayashi)
　【継続アカウントに取り込むアカウント】{fw(D_OLD)}

作業を行いますと、{fw(D_OLD)} に登録されている認定、受験履歴、特典はすべて
{fw(D_KEEP)} に移り、{fw(D_OLD)} はご利用いただけなくなります。
また、作業後に元の状態へ戻すことはいたしかねます。

恐れ入りますが、上記の内容でよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
いただいたご返信をもって作業に着手いたします。

藤井
Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='re-case-sagyou-yotei', kind='merge_confirmation_requested', case_id=D2_CASE,
             accts=[D_KEEP, D_OLD], lang='ja', to=D_USER[1], date=d, key='d2_confirm', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {D2_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'shift_jis', 'base64'), style='isp', env_over=nifty_env())
d2_confirm()

D2_DONE = D2_OPEN + dt.timedelta(days=4, hours=7, minutes=12)
D2_DONE_TEXT = f"""小林 様

お世話になっております。藤井でございます。
ご依頼の件、対応が終了いたしましたのでご報告いたします。

■対応内容
・{D_OLD} → {D_KEEP} への認定記録の移行　済
・{D_OLD} のアカウント閉鎖　済
・特典(受験割引)の引き継ぎ　済

■お客様にご確認いただきたいこと
①{D_KEEP} へのサインイン可否
②認定資格一覧の表示内容

ご不明な点がございましたら、本メールへご返信ください。

藤井
Amazon Web Services トレーニングと認定
"""

def d2_done():
    aws_mail(slug='re-case-taiou-shuuryou', kind='merge_completed', case_id=D2_CASE,
             accts=[D_KEEP, D_OLD], lang='ja', to=D_USER[1], date=D2_DONE, key='d2_done', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {D2_CASE}] {FORM_SUBJ}'),
             body=tpart(D2_DONE_TEXT, 'plain', 'shift_jis', 'base64'), style='isp', env_over=nifty_env())
d2_done()

def d2_survey():
    d = D2_DONE + dt.timedelta(days=3, minutes=1)
    text = f"""小林 由美 様

AWS トレーニングと認定 カスタマーサポートです。

ケース {D2_CASE} はクローズされました。
担当者の対応について、ご意見をお聞かせください。

　問題は解決しましたか？
　　はい　　→ https://survey.aws-tc.amazon.com/s/{H('d2_sv')[:18]}?r=yes&lang=ja
　　いいえ　→ https://survey.aws-tc.amazon.com/s/{H('d2_sv')[:18]}?r=no&lang=ja

　担当者の対応を 5 段階で評価してください。
　　https://survey.aws-tc.amazon.com/s/{H('d2_sv')[:18]}/rate

ご回答いただいた内容は、サービス改善の目的にのみ使用いたします。

―――――――――――――――――――――
ケースの履歴(最新のやり取り)
―――――――――――――――――――――
{ja_date(D2_DONE, wd=False)} Amazon Web Services

""" + D2_DONE_TEXT
    aws_mail(slug='case-close-hyouka', kind='survey', case_id=D2_CASE, accts=[], lang='ja',
             to=D_USER[1], date=d, key='d2_survey', from_=FORM,
             subject=htext('Subject', f'[CASE {D2_CASE}] ケースがクローズされました', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', 'base64'), style='isp', env_over=nifty_env())
d2_survey()

def d_credly():
    d = D2_DONE + dt.timedelta(days=2, hours=9, minutes=26)
    url = f'https://www.credly.com/badges/{H("d_cr")[:8]}-{H("d_cr")[8:12]}-{H("d_cr")[12:16]}-{H("d_cr")[16:20]}-{H("d_cr")[20:32]}'
    text = f"""小林 由美 さん

AWS Certified Cloud Practitioner のバッジが、あなたのために用意されています。

このバッジは Amazon Web Services Training and Certification により発行されました。
下のリンクからバッジを受け取り、実績を共有しましょう。

  バッジを受け取る
  {url}

受け取りの期限はありませんが、早めのお手続きをおすすめします。

――
Credly
このメールに心当たりがない場合は、support@credly.com までお知らせください。
"""
    aws_mail(slug='credly-uketori-annai', kind='credly_badge_issued', case_id=None, accts=[], lang='ja',
             to=D_USER[1], date=d, key='d_credly', env_kind='credly',
             from_=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
             subject=htext('Subject', 'AWS Certified Cloud Practitioner のバッジを受け取ってください', 'iso-2022-jp'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='isp',
             env_over=dict(nifty_env()))
d_credly()

# ---------------------------------------------------------------- Case E (English, Gmail, console)
E_SUBJ = 'Two certification accounts - need them combined'
E_LINK = f'https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&language=en'

def e_created():
    d = E_OPEN + dt.timedelta(seconds=37)
    text = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {E_CASE} to address your issue.

The details of your case are as follows:

Case ID: {E_CASE}
Subject: {E_SUBJ}
Severity: General guidance
Correspondence: I passed the SAA exam under an old account (my previous employer's address)
and the DevOps Pro exam under my personal one. Can both be put under one candidate ID?

You can view and reply to this case in the Support Center:
{E_LINK}

Please do not reply to this email. This address cannot accept replies.

Best regards,
Amazon Web Services
"""
    aws_mail(slug='support-case-opened', kind='case_created', case_id=E_CASE, accts=[], lang='en',
             to=E_USER[1], date=d, key='e_created', from_=NOREPLY,
             subject=htext('Subject', f'Amazon Web Services: You have opened a new Support case: {E_CASE}'),
             body=tpart(text, 'plain', 'us-ascii', '7bit', label='us-ascii'), style='gmail')
e_created()

def e_confirm():
    d = E_OPEN + dt.timedelta(days=1, hours=14, minutes=22)
    text = f"""Hello Kenta,

Thank you for reaching out to AWS Training and Certification. My name is Priya and I will be
assisting you with this case.

I located both candidate records under your name. Before anything is changed, please review
the proposed consolidation below:

  - Account that will remain active: {E_KEEP} ({E_USER[1]})
  - Account that will be folded into it and closed: AWS {E_OLD[3:]} (kenta.mori@*****-tech.com)

All certifications, exam history and benefits on the closed account will be transferred to the
remaining account. Please be aware that this operation is permanent and cannot be reversed
afterwards.

If the above is accurate, kindly reply to this case from the Support Center stating that you
agree to proceed. No action will be taken until we receive your reply.

Best regards,
Priya S.
Amazon Web Services

To see the full case history or reply, please sign in to the Support Center:
{E_LINK}

Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/feedback?displayId={E_CASE}&language=en
"""
    aws_mail(slug='re-case-review-proposal', kind='merge_confirmation_requested', case_id=E_CASE,
             accts=[E_KEEP, E_OLD], lang='en', to=E_USER[1], date=d, key='e_confirm', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {E_CASE}] {E_SUBJ}'),
             body=tpart(text, 'plain', 'utf-8', 'quoted-printable'), style='gmail')
e_confirm()

def e_working():
    d = E_OPEN + dt.timedelta(days=2, hours=9, minutes=5)
    text = f"""Hello Kenta,

Thank you for the confirmation. I have passed your request to our certification operations
team, who handle this type of change.

They are currently working on it. These requests usually take one to three business days.
Once the records have been consolidated, you will receive a note from me in this case, and
you should be able to sign in with {E_KEEP} only.

There is nothing else you need to do at this time. Please avoid scheduling a new exam until
you hear back from us.

Best regards,
Priya S.
Amazon Web Services
"""
    aws_mail(slug='re-case-passed-to-ops', kind='support_reply', case_id=E_CASE, accts=[E_KEEP], lang='en',
             to=E_USER[1], date=d, key='e_working', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {E_CASE}] {E_SUBJ}'),
             body=tpart(text, 'plain', 'utf-8', '7bit'), style='gmail')
e_working()

E_DONE = E_OPEN + dt.timedelta(days=3, hours=20, minutes=40)

def e_done():
    text = f"""Hello Kenta,

Good news: our operations team has finished the work on your request.

Your exam history and certifications that were on {E_OLD} now appear under {E_KEEP},
and the old profile has been deactivated. Your 50% discount benefit has been carried over as well.

Please sign in to your certification account with {E_KEEP} and check that everything looks right.
If anything is missing, just reply here within the next 14 days.

Best regards,
Priya S.
Amazon Web Services
"""
    html = html_wrap(paras_html(text), lang='en')
    aws_mail(slug='re-case-good-news', kind='merge_completed', case_id=E_CASE, accts=[E_KEEP, E_OLD],
             lang='en', to=E_USER[1], date=E_DONE, key='e_done', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {E_CASE}] {E_SUBJ}'),
             body=alt(text, html, 'e_done', cte='quoted-printable'), style='gmail')
e_done()

def e_survey():
    d = E_DONE + dt.timedelta(days=1, hours=2)
    text = f"""Hello,

Your support case {E_CASE} has been resolved. We'd love to hear about your experience.

How did we do?
  Excellent   https://console.aws.amazon.com/support/feedback?displayId={E_CASE}&rating=5
  Good        https://console.aws.amazon.com/support/feedback?displayId={E_CASE}&rating=4
  Fair        https://console.aws.amazon.com/support/feedback?displayId={E_CASE}&rating=3
  Poor        https://console.aws.amazon.com/support/feedback?displayId={E_CASE}&rating=1

If your issue is not resolved, you can reopen the case from the Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    aws_mail(slug='how-did-we-do', kind='survey', case_id=E_CASE, accts=[], lang='en',
             to=E_USER[1], date=d, key='e_survey', from_=NOREPLY,
             subject=htext('Subject', f'How did we do? Case {E_CASE}'),
             body=tpart(text, 'plain', 'us-ascii', '7bit', label='us-ascii'), style='gmail')
e_survey()

def e_credly():
    d = E_DONE + dt.timedelta(days=2, hours=6, minutes=48)
    url = f'https://www.credly.com/badges/{H("e_cr")[:8]}-{H("e_cr")[8:12]}-{H("e_cr")[12:16]}-{H("e_cr")[16:20]}-{H("e_cr")[20:32]}'
    text = f"""Kenta, your badge is waiting

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: {url}?source=issued_badge_email

Credly, Inc.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif"><div style="max-width:600px;margin:auto">
<h2>Kenta, your badge is waiting</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><strong>AWS Certified Solutions Architect &ndash; Associate</strong></p>
<p>Accept your badge to add it to your Credly profile and share it with your network.</p>
<p><a href="{url}?source=issued_badge_email" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p></div></body></html>
"""
    aws_mail(slug='badge-waiting', kind='credly_badge_issued', case_id=None, accts=[], lang='en',
             to=E_USER[1], date=d, key='e_credly', env_kind='credly',
             from_=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
             subject=htext('Subject', 'Kenta, your badge from Amazon Web Services Training and Certification is waiting'),
             body=alt(text, html, 'e_credly', cte='quoted-printable'), style='gmail')
e_credly()

# ---------------------------------------------------------------- Case F (biglobe, console, MT / mixed)
F_SUBJ = 'Certification account merge request / 認定アカウントの統合依頼'
F_LINK = f'https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&language=ja'
F_CONFIRM_AT = F_OPEN + dt.timedelta(days=1, hours=5, minutes=17)

def f_confirm():
    text = f"""こんにちは 松本、

AWS トレーニングと認定にご連絡いただきありがとうございます。私はあなたのケースを支援することを嬉しく思います。

私たちはあなたの要求を確認しました。続行する前に、次のアカウントがマージされることを確認してください。

プライマリアカウント(保持されます): {F_KEEP}
セカンダリアカウント(プライマリにマージされます): {F_OLD}

マージが実行されると、セカンダリアカウントのすべての認定、試験履歴、および特典はプライマリアカウントに転送されます。このアクションは元に戻すことはできません。

上記の情報が正しい場合は、このケースに返信して、マージを続行することに同意することを確認してください。

よろしくお願いします、
Daniel R.
Amazon Web Services

----- Original (English) -----
Hello Matsumoto,

Thank you for contacting AWS Training and Certification. I am happy to assist you with your case.

We have reviewed your request. Before we proceed, please confirm that the following accounts are to be merged:

Primary account (will be retained): {F_KEEP}
Secondary account (will be merged into primary): {F_OLD}

Once the merge is performed, all certifications, exam history and benefits from the secondary account will be transferred to the primary account. This action cannot be undone.

If the information above is correct, please reply to this case to confirm that you agree to proceed with the merge.

Best regards,
Daniel R.
Amazon Web Services

このケースに返信するには、サポートセンターにサインインしてください:
{F_LINK}
"""
    aws_mail(slug='re-case-honyaku-kakunin', kind='merge_confirmation_requested', case_id=F_CASE,
             accts=[F_KEEP, F_OLD], lang='ja', to=F_USER[1], date=F_CONFIRM_AT, key='f_confirm', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {F_CASE}] {F_SUBJ}', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', 'base64'), style='isp', env_over=biglobe_env())
f_confirm()

def f_followup():
    d = F_CONFIRM_AT + dt.timedelta(days=4, hours=2)
    text = f"""松本 様

AWS サポートの Daniel です。

{ja_date(F_CONFIRM_AT, wd=False)} にお送りしたご連絡について、その後いかがでしょうか。
現在、お客様からのご返信をお待ちしている状態です。

引き続きサポートが必要な場合は、サポートセンターからこのケースへご返信ください。
ご不要となった場合は、このままケースをクローズさせていただきます。
7 日以内にご返信がない場合は、自動的にクローズとなりますのでご了承ください。

Hello Matsumoto,
We are following up on our previous message. If you still need assistance, please reply to this case.

Daniel R.
Amazon Web Services
{F_LINK}
"""
    aws_mail(slug='re-case-sonogo-ikaga', kind='support_reply', case_id=F_CASE, accts=[], lang='ja',
             to=F_USER[1], date=d, key='f_followup', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {F_CASE}] {F_SUBJ}', 'utf-8', q='Q'),
             body=tpart(text, 'plain', 'utf-8', 'quoted-printable'), style='isp', env_over=biglobe_env())
f_followup()

F_DONE = F_CONFIRM_AT + dt.timedelta(days=5, hours=22, minutes=3)

def f_done():
    text = f"""松本 様

ご返信ありがとうございました。
{F_OLD} の認定資格および受験履歴は、すべて {F_KEEP} 側に統合済みとなっております。
今後は {F_KEEP} のみをご利用ください。

Hello Matsumoto,

Thank you for confirming. Your records have been moved over to {F_KEEP} and the secondary
profile {F_OLD} is no longer active. Please allow up to 24 hours for the changes to show
in your Credly account.

If you need anything else, please reply to this case.

Best regards,
Daniel R.
Amazon Web Services
{F_LINK}
"""
    aws_mail(slug='re-case-records-moved', kind='merge_completed', case_id=F_CASE, accts=[F_KEEP, F_OLD],
             lang='ja', to=F_USER[1], date=F_DONE, key='f_done', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {F_CASE}] {F_SUBJ}', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', '8bit'), style='isp', env_over=biglobe_env())
f_done()

def f_survey():
    d = F_DONE + dt.timedelta(hours=1, minutes=30)
    inner = f"""<p>松本 様 / Hello,</p>
<p>お問い合わせいただいたケース {F_CASE} は解決済みとなりました。<br>
Your case {F_CASE} has been marked as resolved.</p>
<p>今回のご対応について、ぜひご評価ください。<br>Please take a moment to rate our response.</p>
<p>
<a href="https://console.aws.amazon.com/support/feedback?displayId={F_CASE}&amp;rating=5&amp;language=ja">★★★★★</a>&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={F_CASE}&amp;rating=4&amp;language=ja">★★★★☆</a>&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={F_CASE}&amp;rating=3&amp;language=ja">★★★☆☆</a>&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={F_CASE}&amp;rating=2&amp;language=ja">★★☆☆☆</a>&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={F_CASE}&amp;rating=1&amp;language=ja">★☆☆☆☆</a>
</p>
<p>問題が解決していない場合は、サポートセンターからケースを再開できます。<br>
If your issue persists, you can reopen the case from the Support Center.</p>
<p>Amazon Web Services</p>"""
    aws_mail(slug='case-kaiketsu-rate', kind='survey', case_id=F_CASE, accts=[], lang='ja',
             to=F_USER[1], date=d, key='f_survey', from_=NOREPLY,
             subject=htext('Subject', f'ケース {F_CASE} のご評価のお願い / Rate your support experience', 'utf-8'),
             body=tpart(html_wrap(inner), 'html', 'utf-8', 'base64'), style='isp', env_over=biglobe_env())
f_survey()

# ---------------------------------------------------------------- Case G (sakura, 11-digit case id)
G_SUBJ = '認定アカウントが2つあります'
G_T1 = T('2025-08-04 02:15:09')
G_USER_REPLY = T('2025-08-05 13:02:44')
G_CONFIRM2 = T('2025-08-06 00:48:30')
G_DONE = T('2025-08-08 05:06:12')

def g_env():
    e = sakura_env()
    return e

def g_confirm():
    text = f"""井上 さくら 様

お世話になっております。AWS トレーニングと認定サポートの岡田でございます。
ご返信いただき、誠にありがとうございます。

「どちらも使っている」とのことでございますが、恐れ入りながら、作業の性質上、
今後お使いいただくアカウントを 1 つに決めていただく必要がございます。
ご登録状況から、下記のとおり進めるのが適切かと存じますが、いかがでしょうか。

　・お使いいただくアカウント：{G_KEEP}(受験回数が多く、最新の認定を保有)
　・取り込んで閉じるアカウント：{G_OLD}

取り込んだ後は、{G_OLD} でのサインインはできなくなり、元に戻すこともできかねます。
この内容でよろしければ、その旨を一言ご返信くださいませ。別のご希望がございましたら、
遠慮なくお知らせください。

岡田
Amazon Web Services トレーニングと認定

{G_USER_REPLY.astimezone(JST):%Y/%m/%d %H:%M} に 井上 さくら さんは書きました:
> 岡田様
>
> ご連絡ありがとうございます。
> どちらも使っているので、どちらを残せばいいのかよくわかりません…。
> 資格が全部見られるようになれば、それで大丈夫です。
>
> 井上
>
> {G_T1.astimezone(JST):%Y/%m/%d %H:%M} に Amazon Web Services さんは書きました:
> > 井上 さくら 様
> >
> > お問い合わせの 2 つのアカウント({G_KEEP}、{G_OLD})のうち、
> > 今後お使いになるアカウントをお知らせいただけますでしょうか。
"""
    aws_mail(slug='re-case-saido-kakunin', kind='merge_confirmation_requested', case_id=G_CASE,
             accts=[G_KEEP, G_OLD], lang='ja', to=to_(G_USER, 'iso-2022-jp'), date=G_CONFIRM2, key='g_confirm',
             from_=NOREPLY, subject=htext('Subject', f'RE:[CASE {G_CASE}] {G_SUBJ}', 'iso-2022-jp'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='opendmarc', env_over=g_env())
g_confirm()

def g_progress():
    d = T('2025-08-07 01:30:55')
    text = f"""井上 様

お世話になっております。岡田でございます。
ご承認のご返信を頂戴いたしました。ありがとうございます。

ただいま担当部署にて、aws-{G_OLD[3:]} から aws{G_KEEP[3:]} への取り込み作業を進めております。
作業には 1〜2 営業日ほどかかる見込みでございます。

作業が済みましたら本ケースにてお知らせいたしますので、今しばらくお待ちくださいませ。
その間、新しい試験のご予約はお控えいただけますと幸いです。

岡田
Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='re-case-sagyou-chuu', kind='support_reply', case_id=G_CASE, accts=[G_KEEP, G_OLD],
             lang='ja', to=to_(G_USER, 'iso-2022-jp'), date=d, key='g_progress', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {G_CASE}] {G_SUBJ}', 'iso-2022-jp'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='opendmarc', env_over=g_env())
g_progress()

def g_done():
    text = f"""井上 さくら 様

いつもお世話になっております。岡田でございます。
お待たせいたしました。

{G_OLD} に登録されていた認定資格 3 件と受験履歴を、{G_KEEP} に移し終えました。
{G_OLD} のアカウントはこれをもって閉鎖となっております。

なお、Credly のデジタルバッジにつきましては、別の手続きにて移されます。
数日のうちに Credly から {G_USER[1]} 宛てにご案内が届きますので、届きましたら
バッジの受け取り手続きをお願いいたします。

この度はお手数をおかけいたしました。

岡田
Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='re-case-utsushi-owari', kind='merge_completed', case_id=G_CASE, accts=[G_KEEP, G_OLD],
             lang='ja', to=to_(G_USER, 'iso-2022-jp'), date=G_DONE, key='g_done', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {G_CASE}] {G_SUBJ}(ご依頼の件につきまして)', 'iso-2022-jp', width=40),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='opendmarc', env_over=g_env())
g_done()

# ---------------------------------------------------------------- Case J (Gmail, console, machine translation)
J_SUBJ = 'AWS認定のアカウントを一つにしたいです'
J_LINK = f'https://console.aws.amazon.com/support/home#/case/?displayId={J_CASE}&language=ja'

def j_created():
    d = J_OPEN + dt.timedelta(seconds=52)
    text = f"""こんにちは、

Amazon Web Services にお問い合わせいただきありがとうございます。あなたの問題に対処するために、私たちはケース {J_CASE} を開きました。

ケース ID: {J_CASE}
件名: {J_SUBJ}
重大度: 一般的なガイダンス

サポートセンターでケースを表示してください: {J_LINK}
"""
    inner = f"""<p>こんにちは、</p>
<p>Amazon Web Services にお問い合わせいただきありがとうございます。あなたの問題に対処するために、私たちはケース <b>{J_CASE}</b> を開きました。</p>
<p>あなたのケースの詳細は以下の通りです:</p>
<table cellpadding="4">
<tr><td>ケース ID:</td><td>{J_CASE}</td></tr>
<tr><td>件名:</td><td>{J_SUBJ}</td></tr>
<tr><td>重大度:</td><td>一般的なガイダンス</td></tr>
<tr><td>対応内容:</td><td>受験者IDが {J_KEEP} と {J_OLD} の2つあります。古いほう({J_OLD})の資格を新しいほうにまとめてほしいです。</td></tr>
</table>
<p>あなたは、サポートセンターでこのケースを表示し、返信することができます: <a href="{J_LINK.replace('&', '&amp;')}">サポートセンター</a></p>
<p>このメールアドレスは返信を受け付けることができません。このメールに返信しないでください。</p>
<p>よろしくお願いします、<br>Amazon Web Services</p>"""
    aws_mail(slug='anata-no-case-hirakimashita', kind='case_created', case_id=J_CASE, accts=[J_KEEP, J_OLD],
             lang='ja', to=J_USER[1], date=d, key='j_created', from_=NOREPLY,
             subject=htext('Subject', f'Amazon Web Services: あなたは新しいサポートケースを開きました: {J_CASE}', 'utf-8'),
             body=alt(text, html_wrap(inner), 'j_created', cte='base64'), style='gmail')
j_created()

J_DONE = J_OPEN + dt.timedelta(days=2, hours=8, minutes=14)

def j_done():
    text = f"""高橋 誠 様

AWS トレーニングと認定 サポートの三浦です。
ご確認のご返信をありがとうございました。

ご指定どおり、{J_OLD} で取得された認定資格を {J_KEEP} にまとめる処理を実施いたしました。
本日以降、{J_OLD} ではサインインいただけません。{J_KEEP} にて、認定資格の一覧と
受験特典の表示をご確認ください。

Credly のバッジは、{J_KEEP} に登録されたメールアドレス宛てに順次再発行されます。

ご不明点がありましたら、サポートセンターからこのケースにご返信ください。

三浦
Amazon Web Services

このケースの詳細を表示するには、こちらにアクセスしてください:
{J_LINK}
"""
    aws_mail(slug='re-case-matome-shori', kind='merge_completed', case_id=J_CASE, accts=[J_KEEP, J_OLD],
             lang='ja', to=J_USER[1], date=J_DONE, key='j_done', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {J_CASE}] {J_SUBJ}', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', 'quoted-printable'), style='gmail')
j_done()

def j_survey():
    d = J_DONE + dt.timedelta(days=1, hours=1, minutes=5)
    inner = f"""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'MS PGothic',sans-serif">
<tr><td style="background:#232f3e;padding:12px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" height="28" alt="AWS"></td></tr>
<tr><td style="padding:20px">
<p>お客様満足度調査のお願い</p>
<p>このたびは AWS サポートをご利用いただき、ありがとうございました。<br>
ケース番号 {J_CASE} に関するサポートについて、お客様のご意見をお聞かせください。</p>
<p>担当者の対応にどの程度満足されましたか。</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={J_CASE}&amp;csat=5">大変満足</a> ｜
<a href="https://console.aws.amazon.com/support/feedback?displayId={J_CASE}&amp;csat=4">満足</a> ｜
<a href="https://console.aws.amazon.com/support/feedback?displayId={J_CASE}&amp;csat=3">どちらともいえない</a> ｜
<a href="https://console.aws.amazon.com/support/feedback?displayId={J_CASE}&amp;csat=2">不満</a> ｜
<a href="https://console.aws.amazon.com/support/feedback?displayId={J_CASE}&amp;csat=1">大変不満</a></p>
<p style="font-size:11px;color:#666">本メールは送信専用です。ご返信いただいてもお答えできません。</p>
</td></tr></table>"""
    aws_mail(slug='manzokudo-chousa', kind='survey', case_id=J_CASE, accts=[], lang='ja',
             to=J_USER[1], date=d, key='j_survey', from_=NOREPLY,
             subject=htext('Subject', f'[Case {J_CASE}] お客様満足度調査のお願い', 'iso-2022-jp'),
             body=tpart(html_wrap(inner, 'ISO-2022-JP', style='plain'), 'html', 'iso-2022-jp', '7bit'),
             style='gmail')
j_survey()

def j_credly():
    d = J_DONE + dt.timedelta(days=1, hours=19, minutes=37)
    url = f'https://www.credly.com/badges/{H("j_cr")[:8]}-{H("j_cr")[8:12]}-{H("j_cr")[12:16]}-{H("j_cr")[16:20]}-{H("j_cr")[20:32]}'
    text = f"""バッジの受け取り準備ができました

高橋 誠さん

Amazon Web Services Training and Certification があなたに以下のバッジを発行しました。
AWS Certified Data Engineer – Associate

アカウントの変更にともない、このバッジは新しいメールアドレスで再発行されています。
以前のバッジの共有リンクは、新しいバッジのリンクに自動で切り替わります。

バッジを受け取る → {url}

Credly
"""
    inner = f"""<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<h2 style="font-weight:normal">バッジの受け取り準備ができました</h2>
<p>高橋 誠さん</p>
<p>Amazon Web Services Training and Certification があなたに以下のバッジを発行しました。</p>
<p style="font-size:16px"><b>AWS Certified Data Engineer – Associate</b></p>
<p>アカウントの変更にともない、このバッジは新しいメールアドレスで再発行されています。以前のバッジの共有リンクは、新しいバッジのリンクに自動で切り替わります。</p>
<p><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:11px 26px;text-decoration:none;border-radius:3px">バッジを受け取る</a></p>
<p style="color:#999;font-size:11px">Credly</p></div>"""
    aws_mail(slug='credly-saihakkou', kind='credly_badge_issued', case_id=None, accts=[], lang='ja',
             to=J_USER[1], date=d, key='j_credly', env_kind='credly',
             from_=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
             subject=htext('Subject', 'バッジを受け取る準備ができました: AWS Certified Data Engineer – Associate', 'utf-8'),
             body=alt(text, html_wrap(inner), 'j_credly', cte='base64'), style='gmail')
j_credly()

# ---------------------------------------------------------------- Case K (outlook.com, form)
def k_created():
    d = K_OPEN + dt.timedelta(seconds=29)
    text = f"""伊藤 恵 様

AWS トレーニングと認定 カスタマーサポートです。
お問い合わせいただいた内容は、ケース {K_CASE} として記録されました。

回答は担当者より順次お送りいたします(目安:24 時間以内)。
回答メールは、このメールと同じアドレスからお送りします。迷惑メールフォルダーもあわせてご確認ください。

ご依頼内容(抜粋)
------------------------------------------------------------
お問い合わせ種別:AWS Training and Certification
詳細:Account Merge
受験者 ID:{K_KEEP.lower()}
本文:以前の勤務先で作成したアカウント(aws {K_OLD[3:]})があり、一本化を希望します。
------------------------------------------------------------

Amazon Web Services
"""
    aws_mail(slug='case-kiroku-sareta', kind='case_created', case_id=K_CASE, accts=[K_KEEP, K_OLD], lang='ja',
             to=to_(K_USER), date=d, key='k_created', from_=FORM,
             subject=htext('Subject', f'[CASE {K_CASE}] {FORM_SUBJ}'),
             body=alt(text, html_wrap(paras_html(text)), 'k_created', cte='base64'), style='outlook',
             env_over=dict(pod='APCP153'))
k_created()

def k_autoclose():
    d = K_OPEN + dt.timedelta(days=9, hours=1, minutes=2)
    text = f"""伊藤 恵 様

AWS トレーニングと認定 カスタマーサポートです。

ケース {K_CASE} につきまして、担当者からのご連絡後、一定期間ご返信を確認できなかったため、
本ケースはクローズとなりました。

ご依頼の手続きを引き続きご希望の場合は、クローズ後 14 日以内にこのメールへご返信いただければ、
同じケースで対応を再開いたします。

よろしければ、今回のサポートに関するアンケートにもご協力ください。
https://amazonexteu.qualtrics.com/jfe/form/SV_{H('k_sv')[:15]}?caseId={K_CASE}&lang=ja

Amazon Web Services
"""
    aws_mail(slug='case-jidou-close', kind='survey', case_id=K_CASE, accts=[], lang='ja',
             to=to_(K_USER), date=d, key='k_autoclose', from_=FORM,
             subject=htext('Subject', f'[CASE {K_CASE}] ケースはクローズされました', 'iso-2022-jp', whole=True),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='outlook', env_over=dict(pod='APCP153'))
k_autoclose()

# ---------------------------------------------------------------- Case L (so-net, wrong charset label)
def l_done():
    d = L_OPEN + dt.timedelta(days=3, hours=2, minutes=55)
    text = f"""加藤 翔 様

お世話になっております。AWS トレーニングと認定 サポートの長谷川です。

先般ご承認いただいた受験者 ID の一本化について、処理が終わりましたのでお知らせします。

　旧 ID：{L_OLD}(廃止済み)
　新 ID：{L_KEEP}(認定資格 4 件・受験履歴を引き継ぎ済み)

今後の受験のご予約、認定の更新は {L_KEEP} にて行ってください。

長谷川
Amazon Web Services トレーニングと認定
"""
    aws_mail(slug='re-case-ichihonka', kind='merge_completed', case_id=L_CASE, accts=[L_KEEP, L_OLD],
             lang='ja', to=L_USER[1], date=d, key='l_done', from_=FORM,
             subject=htext('Subject', f'RE:[CASE {L_CASE}] {FORM_SUBJ}'),
             body=tpart(text, 'plain', 'shift_jis', '8bit', label='utf-8'), style='isp', env_over=sonet_env())
l_done()

# ---------------------------------------------------------------- Case M (corporate Exchange archive, no AR)
def m_done():
    d = M_OPEN + dt.timedelta(days=2, hours=23, minutes=10)
    confirm_at = M_OPEN + dt.timedelta(days=1, hours=3, minutes=12)
    reply_at = M_OPEN + dt.timedelta(days=2, hours=1, minutes=44)
    text = f"""林 直樹 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの石田です。

ご返信いただいた内容にもとづき作業を行い、本日、作業担当より終了の連絡を受けました。
{M_OLD} のプロファイルは削除され、同アカウントで取得された認定資格はすべて {M_KEEP} 側に表示されるようになっております。

お手数ですが、認定アカウントにて表示をご確認ください。

石田
Amazon Web Services Training and Certification

差出人: 林 直樹 <{M_USER[1]}>
送信日時: {M_OPEN.year}年{reply_at.astimezone(JST).month}月{reply_at.astimezone(JST).day}日 {reply_at.astimezone(JST):%H:%M}
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {M_CASE}] {FORM_SUBJ}

石田様

ご連絡ありがとうございます。
内容に相違ありません。お手数ですが、手続きを進めてください。

林

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: {M_OPEN.year}年{confirm_at.astimezone(JST).month}月{confirm_at.astimezone(JST).day}日 {confirm_at.astimezone(JST):%H:%M}
宛先: 林 直樹 <{M_USER[1]}>
件名: RE:[CASE {M_CASE}] {FORM_SUBJ}

林 直樹 様

以下の 2 つのアカウントを統合する準備ができました。実施前にご確認をお願いします。
・残すアカウント：{M_KEEP}
・統合元(削除)：{M_OLD}
統合は取り消しができません。よろしければ本メールにご返信ください。

石田
"""
    hs = [('Received', f'from TYAPR01MB5821.jpnprd01.prod.outlook.com (2603:1096:404:8011::9) by\n TYWPR01MB8772.jpnprd01.prod.outlook.com with HTTPS; {rfc(d + dt.timedelta(seconds=6))}'),
          ('Received', f'from fkmx02.fujimoto-kogyo.co.jp (172.16.4.22) by\n TYAPR01MB5821.jpnprd01.prod.outlook.com (2603:1096:404:8011::9) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.12; {rfc(d + dt.timedelta(seconds=5))}'),
          ('X-MS-Exchange-Organization-AuthSource', 'fkmx02.fujimoto-kogyo.co.jp'),
          ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
          ('X-Journal-Archive', 'fk-archive-03; folder=inbox/naoki.hayashi')]
    env = sender_env('aws', d, 'm_done')
    for dd in ('amazon.com', 'amazonses.com'):
        hs.append(('DKIM-Signature', dkim_sig(dd, SEL[dd], d, 'm_done')))
    hs += [('From', FORM), ('To', addr(*M_USER)),
           ('Subject', htext('Subject', f'RE:[CASE {M_CASE}] {FORM_SUBJ}')),
           ('MIME-Version', '1.0'), ('Message-ID', env['msgid']), ('Date', rfc(d)),
           ('Feedback-ID', f'::1.us-east-1.{b64rand("m_done_fb", 32)[:43]}=:AmazonSES')]
    mail('re-case-sakujo-hyouji', 'merge_completed', M_CASE, [M_KEEP, M_OLD], None, 'ja', hs,
         tpart(text, 'plain', 'utf-8', 'base64'))
m_done()

# ---------------------------------------------------------------- phishing (content kind kept, unverified)
def other_env(ip, helo, mailfrom, from_dom, dkim, msgid, dmarc='pass', dmarc_p='NONE', spf='pass', sel=None):
    return dict(ip=ip, helo=helo, mailfrom=mailfrom, mailfrom_dom=mailfrom.split('@')[1], from_dom=from_dom,
                dkim=dkim, msgid=msgid, dmarc=dmarc, dmarc_p=dmarc_p, spf=spf, sign_all=True,
                sel=sel or {d_: 'default' for d_, _ in dkim})

def ph_lookalike():
    d = T('2025-10-21 22:14:09')
    fake_case = '176108441230517'
    look = 'amazon-aws-support.com'
    env = other_env('185.231.118.42', f'mail.{look}', f'bounce-7781@mail.{look}', look,
                    [(look, 'pass')], f'<{H("ph1")[:24]}@mail.{look}>', dmarc='pass', dmarc_p='NONE')
    inner = f"""<div style="font-family:Meiryo,sans-serif;font-size:14px">
<p><img src="https://{look}/img/aws_logo.png" alt="aws" width="80"></p>
<p>お客様各位</p>
<p>AWS トレーニングと認定 カスタマーサポートでございます。</p>
<p>お客様のメールアドレスに紐づく認定アカウントが複数検出されました。ケース {fake_case} にて、以下のアカウントの統合手続きを準備しております。</p>
<p>■ 統合後に残るアカウント：AWS06038815<br>■ 統合されるアカウント：AWS02947716</p>
<p>統合は取り消しできない操作のため、ご本人様による承認が必要です。下記のボタンよりサインインし、統合内容を承認してください。</p>
<p><a href="https://{look}/tc/merge/confirm?id={H('ph1')[:16]}" style="background:#ff9900;color:#000;padding:10px 28px;text-decoration:none;border-radius:2px">統合を承認する</a></p>
<p>48 時間以内にご承認いただけない場合、すべての認定資格が一時的に停止されますのでご注意ください。</p>
<p>Amazon Web Services トレーニングと認定</p></div>"""
    aws_mail(slug='tougou-shounin-onegai', kind='merge_confirmation_requested', case_id=fake_case,
             accts=['AWS06038815', 'AWS02947716'], lang='ja', to=A_USER[1], date=d, key='ph1',
             env_kind=env, from_=addr('AWS トレーニングと認定', f'aws-cs-trainingcertification-form@{look}'),
             subject=htext('Subject', f'【重要】認定アカウント統合のご確認 [CASE {fake_case}]', 'utf-8'),
             body=tpart(html_wrap(inner, style='plain'), 'html', 'utf-8', 'base64'), style='gmail', sv=False)
ph_lookalike()

def ph_spoof():
    d = T('2025-12-09 06:40:51')
    fake_case = '176525520018842'
    env = other_env('45.142.212.77', 'vps77.tc-verify.net', 'info@tc-verify.net', 'amazon.com',
                    [('tc-verify.net', 'pass')], f'<{H("ph2")[:20]}.{int(d.timestamp())}@tc-verify.net>',
                    dmarc='fail')
    forged = [('Authentication-Results', 'mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')]
    inner = f"""<p>伊藤 恵 様</p>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>ケース {fake_case} でご依頼のアカウント統合について、最終確認をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td>保持するアカウント</td><td>{K_KEEP}</td></tr>
<tr><td>統合元アカウント</td><td>{K_OLD}</td></tr></table>
<p>統合は一度実行すると元に戻せません。内容をご確認のうえ、下記ページにて AWS 認定アカウントのパスワードを入力し、確認を完了してください。</p>
<p><a href="http://tc-verify.net/aws/confirm.php?c={fake_case}">https://www.aws.training/merge/confirm?case={fake_case}</a></p>
<p>Amazon Web Services</p>"""
    aws_mail(slug='saishuu-kakunin-onegai', kind='merge_confirmation_requested', case_id=fake_case,
             accts=[K_KEEP, K_OLD], lang='ja', to=to_(K_USER, 'shift_jis'), date=d, key='ph2',
             env_kind=env, from_=NOREPLY, forged=forged,
             subject=htext('Subject', f'RE:[CASE {fake_case}] アカウント統合の最終確認', 'shift_jis'),
             body=tpart(html_wrap(inner, 'Shift_JIS', style='plain'), 'html', 'shift_jis', 'quoted-printable'),
             style='outlook', env_over=dict(pod='APCP153'), sv=False)
ph_spoof()

def ph_credly():
    d = T('2026-02-11 11:03:27')
    look = 'credly-badges.com'
    env = other_env('103.27.108.19', f'smtp.{look}', f'noreply@{look}', look, [(look, 'pass')],
                    f'<{H("ph3")[:28]}@{look}>', dmarc='pass')
    text = f"""松本 亮 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Security – Specialty

バッジを受け取るには、下記のリンクから Credly にサインインしてください。
https://www.{look}/accept?badge={H('ph3')[:12]}

7 日以内に受け取られなかったバッジは失効します。

Credly サポートチーム
"""
    aws_mail(slug='badge-hakkou-shimashita', kind='credly_badge_issued', case_id=None, accts=[], lang='ja',
             to=F_USER[1], date=d, key='ph3', env_kind=env, from_=addr('Credly', f'admin@{look}'),
             subject=htext('Subject', '新しいバッジが発行されました - 受け取りをお待ちしています', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', 'base64'), style='isp', env_over=biglobe_env(), sv=False)
ph_credly()

# ---------------------------------------------------------------- unrelated
def u_billing():
    opened = T('2026-02-02 04:11:38')
    case = cid15(opened, 'u_billing')
    d = opened + dt.timedelta(hours=19, minutes=6)
    text = f"""伊藤 恵 様

Amazon Web Services 請求サポートの佐野です。
お問い合わせいただき、ありがとうございます。

ご依頼の請求書の宛名(会社名)の変更について、確認いたしました。
AWS アカウント 4821 7730 9615 の請求書に記載される名称は、請求コンソールの
「お支払い設定」> 「請求書の送付先」から変更いただけます。

変更後に発行される請求書から新しい名称が反映されます。既に発行済みの請求書については、
再発行をご希望の場合、対象の請求書番号を本ケースにてお知らせください。

佐野
Amazon Web Services

このケースに返信するには、次のリンクをご利用ください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
"""
    aws_mail(slug='re-case-seikyusho-atena', kind='unrelated', case_id=case, accts=[], lang='ja',
             to=K_USER[1], date=d, key='u_billing', from_=NOREPLY,
             subject=htext('Subject', f'RE:[CASE {case}] 請求書の宛名変更について', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', 'quoted-printable'), style='outlook', env_over=dict(pod='APCP153'))
u_billing()

def u_seller():
    d = T('2025-11-27 02:33:10')
    case = '6120937745'
    text = f"""出品者様

Amazon セラーサポートです。
お問い合わせいただいた、出品用アカウントの統合について回答いたします。

同一の事業者様が複数の出品用アカウントをお持ちの場合、原則として 1 つのアカウントに
統合していただく必要があります。統合を行うアカウントのマーチャント ID と、
継続してご利用いただくアカウントのマーチャント ID を、本ケースへご返信ください。

なお、統合後は元のアカウントの販売履歴・評価を参照できなくなる場合があります。

ケース ID: {case}

Amazon.co.jp セラーサポート
"""
    aws_mail(slug='re-case-shuppin-account', kind='unrelated', case_id=case, accts=[], lang='ja',
             to=G_USER[1], date=d, key='u_seller',
             from_=addr('Amazon Seller Central', 'seller-notification@amazon.com'),
             subject=htext('Subject', f'RE:[CASE {case}] 出品用アカウントの統合について', 'iso-2022-jp'),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='opendmarc', env_over=g_env())
u_seller()

def u_certmetrics():
    d = T('2026-03-09 15:20:44')
    env = other_env('52.14.88.201', 'mta1.certmetrics.com', 'bounce@certmetrics.com', 'certmetrics.com',
                    [('certmetrics.com', 'pass')], f'<{H("u_cm")[:32]}@certmetrics.com>', dmarc='pass',
                    dmarc_p='REJECT', sel={'certmetrics.com': 'cm2024'})
    text = f"""鈴木 拓也 様

AWS 認定の再認定、おめでとうございます。

以下の認定の有効期限が更新されました。

　認定名　　　：AWS Certified Solutions Architect – Associate
　受験者 ID 　：{A_KEEP}
　新しい有効期限：2029 年 3 月 9 日

デジタルバッジは Credly から別途ご案内いたします。
認定アカウントにサインインすると、認定証(PDF)をダウンロードできます。

AWS トレーニングと認定
※このメールは送信専用アドレスから送信しています。
"""
    aws_mail(slug='saininntei-omedetou', kind='unrelated', case_id=None, accts=[A_KEEP], lang='ja',
             to=A_USER[1], date=d, key='u_cm', env_kind=env,
             from_=addr('AWS Certification', 'do-not-reply@certmetrics.com'),
             subject=htext('Subject', '再認定おめでとうございます - AWS 認定', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', 'base64'), style='gmail', sv=False)
u_certmetrics()

def u_pearson():
    d = T('2025-07-19 09:02:55')
    env = other_env('159.182.11.40', 'mailhub2.pearson.com', 'pvue-notify@pearson.com', 'pearson.com',
                    [('pearson.com', 'pass')], f'<{H("u_pv")[:18]}.JavaMail.pvue@pearsonvue.com>',
                    dmarc='pass', dmarc_p='REJECT', sel={'pearson.com': 'pvue1'})
    text = f"""高橋 誠 様

ピアソン VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約が確定しました。

試験名　　：AWS Certified Data Engineer - Associate (DEA-C01)
試験日時　：2025年8月2日(土) 10:00
受験方法　：OnVUE(オンライン監督試験)
言語　　　：日本語
登録番号　：{digits('u_pv_reg', 9)}
受験者 ID ：{J_KEEP}

試験開始の 30 分前からチェックインが可能です。
事前にシステムテストを実施してください: https://home.pearsonvue.com/aws/onvue

予約の変更・キャンセルは、試験開始の 24 時間前まで可能です。

ピアソン VUE
"""
    aws_mail(slug='shiken-yoyaku-kakutei', kind='unrelated', case_id=None, accts=[J_KEEP], lang='ja',
             to=J_USER[1], date=d, key='u_pv', env_kind=env,
             from_=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'),
             subject=htext('Subject', 'ピアソン VUE 試験予約確認 - AWS Certified Data Engineer', 'iso-2022-jp', whole=True),
             body=tpart(text, 'plain', 'iso-2022-jp', '7bit'), style='gmail', sv=False)
u_pearson()

def u_backlog():
    d = T('2025-11-26 08:47:31')
    env = other_env('52.69.41.130', 'mail-b3.backlog.jp', 'bounce@mail.backlog.jp', 'backlog.jp',
                    [('backlog.jp', 'pass')], f'<{H("u_bl")[:26]}@backlog.jp>', dmarc='pass',
                    sel={'backlog.jp': 'bl2023'})
    text = f"""山田 隼人 さんがプルリクエストをマージしました。

プロジェクト : 認証基盤 (KRS-AUTH)
リポジトリ   : account-service
プルリクエスト: #128 アカウント統合バッチの不具合修正
ブランチ     : feature/merge-fix → develop
ステータス   : マージ済み

コメント:
重複アカウントの統合処理で、統合元のロールが統合先に引き継がれない問題を修正しました。
統合元は論理削除のままとし、物理削除は別チケット (KRS-AUTH-412) で対応します。

https://kirihara.backlog.jp/git/KRS-AUTH/account-service/pullRequests/128

--
このメールは Backlog から自動送信されています。
通知設定: https://kirihara.backlog.jp/EditNotificationSetting.action
"""
    aws_mail(slug='pull-request-128-merge', kind='unrelated', case_id=None, accts=[], lang='ja',
             to=C_USER[1], date=d, key='u_bl', env_kind=env,
             from_=addr('山田 隼人 (Backlog)', 'no-reply@backlog.jp'),
             subject=htext('Subject', '[KRS-AUTH] プルリクエスト #128 がマージされました: アカウント統合バッチの不具合修正', 'utf-8'),
             body=tpart(text, 'plain', 'utf-8', '8bit'), style='corp', env_over=corpC('u_bl'), sv=False)
u_backlog()

def u_credly_expiry():
    d = T('2026-01-15 13:00:07')
    text = f"""{B_USER[0]}さん

あなたのバッジの有効期限が近づいています。

AWS Certified Cloud Practitioner
有効期限: 2026年3月15日

認定を更新すると、新しい有効期限のバッジが発行されます。
更新方法については、発行元の Amazon Web Services Training and Certification にご確認ください。

バッジを表示: https://www.credly.com/badges/{H('u_ce')[:8]}-{H('u_ce')[8:12]}-{H('u_ce')[12:16]}-{H('u_ce')[16:20]}-{H('u_ce')[20:32]}

Credly
"""
    aws_mail(slug='badge-yuukou-kigen', kind='unrelated', case_id=None, accts=[], lang='ja',
             to=B_USER[1], date=d, key='u_ce', env_kind='credly',
             from_=addr('Credly', 'admin@credly.com'),
             subject=htext('Subject', 'バッジの有効期限が近づいています: AWS Certified Cloud Practitioner', 'utf-8'),
             body=alt(text, html_wrap(paras_html(text)), 'u_ce', cte='quoted-printable'), style='outlook')
u_credly_expiry()

def u_credly_code():
    d = T('2025-06-20 04:18:52')
    code = digits('u_cc', 6)
    text = f"""Credly アカウントの統合

{A_USER[0]}さん

別の Credly アカウント(t.suzuki@*****.co.jp)を、このアカウントに統合するリクエストを受け付けました。
統合を続けるには、以下の確認コードを入力してください。

確認コード: {code}

コードの有効期限は 30 分です。
統合すると、もう一方のアカウントのバッジはすべてこのアカウントに表示されます。

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly
"""
    inner = f"""<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<h2>Credly アカウントの統合</h2>
<p>{A_USER[0]}さん</p>
<p>別の Credly アカウント(t.suzuki@*****.co.jp)を、このアカウントに統合するリクエストを受け付けました。統合を続けるには、以下の確認コードを入力してください。</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">{code}</p>
<p><a href="https://www.credly.com/users/merge/confirm" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">アカウントの統合を完了する</a></p>
<p>コードの有効期限は 30 分です。統合すると、もう一方のアカウントのバッジはすべてこのアカウントに表示されます。</p>
<p style="color:#888;font-size:12px">このリクエストに心当たりがない場合は、このメールを無視してください。</p></div>"""
    aws_mail(slug='credly-kakunin-code', kind='unrelated', case_id=None, accts=[], lang='ja',
             to=A_USER[1], date=d, key='u_cc', env_kind='credly', from_=addr('Credly', 'admin@credly.com'),
             subject=htext('Subject', f'Credly アカウント統合の確認コード: {code}', 'utf-8'),
             body=alt(text, html_wrap(inner), 'u_cc', cte='base64'), style='gmail')
u_credly_code()

def u_colleague():
    prev = C_DONE + dt.timedelta(days=2, hours=14, minutes=3)
    d = prev + dt.timedelta(hours=2, minutes=11)
    pj = prev.astimezone(JST)
    me = ('佐々木 恵子', 'k.sasaki@kirihara-soft.co.jp')
    text = f"""中村さん

総務の佐々木です。
ご連絡ありがとうございます。

資格手当の台帳、受験者 ID を {C_KEEP} に更新しておきました。
お手数ですが、認定証の PDF を改めてお送りいただけますか。
(前回いただいたものは旧 ID のものでしたので)

よろしくお願いします。

―――――――――――――――――
桐原ソフトウェア株式会社 総務部
佐々木 恵子
内線: 2107
―――――――――――――――――

差出人: 中村 大輔 <{C_USER[1]}>
送信日時: {pj.year}年{pj.month}月{pj.day}日 {'月火水木金土日'[pj.weekday()]}曜日 {pj:%H:%M}
宛先: 佐々木 恵子 <{me[1]}>
件名: AWS認定の受験者IDについて

佐々木さん

開発部の中村です。
AWS のサポートに依頼していた受験者 ID の一本化が終わりました。
今後は {C_KEEP} のみとなり、{C_OLD} は使えなくなっています。
台帳の更新をお願いできますでしょうか。

中村
"""
    mid = f'<TYCPR01MB{digits("u_col", 4)}{H("u_col")[:12].upper()}@TYCPR01MB{digits("u_col2", 4)}.jpnprd01.prod.outlook.com>'
    prev_mid = f'<TYCPR01MB{digits("u_colp", 4)}{H("u_colp")[:12].upper()}@TYCPR01MB{digits("u_colp2", 4)}.jpnprd01.prod.outlook.com>'
    hs = [('Received', f'from mbox02.kirihara-soft.co.jp (10.20.1.31) by mbox02.kirihara-soft.co.jp\n (10.20.1.31) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {rfc(d + dt.timedelta(seconds=2), JST)}'),
          ('Received', f'from KS-PC-0412 (10.20.8.57) by mbox02.kirihara-soft.co.jp (10.20.1.31)\n with Microsoft SMTP Server id 15.2.1544.14 via Frontend Transport; {rfc(d + dt.timedelta(seconds=1), JST)}'),
          ('From', addr(*me, cs='iso-2022-jp')), ('To', addr(*C_USER, cs='iso-2022-jp')),
          ('Subject', htext('Subject', 'RE: AWS認定の受験者IDについて', 'iso-2022-jp')),
          ('Thread-Topic', htext('Thread-Topic', 'AWS認定の受験者IDについて', 'iso-2022-jp')),
          ('Thread-Index', 'AQHbW' + b64rand('u_col_ti', 24)[:30]),
          ('Date', rfc(d, JST)), ('Message-ID', mid), ('In-Reply-To', prev_mid), ('References', prev_mid),
          ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'),
          ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
          ('X-Mailer', 'Microsoft Outlook 16.0'), ('MIME-Version', '1.0')]
    mail('re-jukensha-id', 'unrelated', None, [C_KEEP], None, 'ja', hs,
         tpart(text, 'plain', 'iso-2022-jp', '7bit'))
u_colleague()

def u_phish_billing():
    d = T('2026-04-02 20:55:18')
    look = 'aws-jp-account.com'
    env = other_env('91.215.85.203', f'mx.{look}', f'billing@{look}', look, [],
                    f'<{H("u_pb")[:30]}@{look}>', dmarc='none')
    inner = f"""<div style="font-family:'MS PGothic',sans-serif">
<p><b>Amazon Web Services</b></p>
<p>お客様の AWS アカウント(ID: 3390 5712 2046)で、お支払い方法の確認が取れませんでした。</p>
<p>・対象：登録済みクレジットカード<br>・状態：承認エラー<br>・期限：2026年4月5日</p>
<p>期限までに情報を更新いただけない場合、アカウントおよび関連するサービスが停止されます。</p>
<p><a href="https://{look}/billing/update?u={H('u_pb')[:10]}">お支払い情報を更新する</a></p>
<p>Amazon Web Services, Inc.</p></div>"""
    aws_mail(slug='oshiharai-jouhou-koushin', kind='unrelated', case_id=None, accts=[], lang='ja',
             to=F_USER[1], date=d, key='u_pb', env_kind=env,
             from_=addr('Amazon Web Services', f'billing@{look}'),
             subject=htext('Subject', '【AWS】お支払い方法の確認が必要です(アカウント停止のお知らせ)', 'shift_jis', whole=True),
             body=tpart(html_wrap(inner, 'Shift_JIS', style='plain'), 'html', 'shift_jis', 'base64'),
             style='isp', env_over=biglobe_env(), sv=False)
u_phish_billing()

# === END MAILS ===

def main():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    # deterministic interleaving of kinds
    order = sorted(range(len(MAILS)), key=lambda i: H('order131' + MAILS[i][0]))
    labels = {}
    seen = set()
    for n, i in enumerate(order, 1):
        slug, lab, data = MAILS[i]
        assert slug not in seen, slug
        seen.add(slug)
        name = f'{n:03d}-{slug}.eml'
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), 'mails written')

if __name__ == '__main__':
    main()
