#!/usr/bin/env python3
"""Generator for blind set 112 (AWS Certification account merge mail, Japanese emphasis)."""
import base64, hashlib, io, json, os, quopri, re, unicodedata
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
POL = compat32.clone(linesep='\n', max_line_length=0)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

LABELS = {}


# ---------------------------------------------------------------- helpers
def h(seed, n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    out, i = '', 0
    while len(out) < n:
        d = hashlib.sha256(f'{seed}/{i}'.encode()).digest()
        out += ''.join(alphabet[b % len(alphabet)] for b in d)
        i += 1
    return out[:n]


B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
HEX = '0123456789abcdef'


def dt(y, mo, d, hh, mi, ss=0, tz=JST):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + d.strftime('%z')


def pdt(d):
    dst = 3 <= d.month <= 10 or (d.month == 11 and d.day < 2)
    off = timedelta(hours=-7 if dst else -8)
    return rfc(d.astimezone(timezone(off))) + (' (PDT)' if dst else ' (PST)')


def to_html(text, font='Meiryo, sans-serif', cs='utf-8'):
    import html as _h
    body = '<br>\n'.join(_h.escape(l) for l in text.split('\n'))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>\n'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def cid15(d, suffix):
    return f'{int(d.timestamp())}{suffix:05d}'


def ses_id(d, seed):
    ms = int(d.timestamp() * 1000)
    return (f'01000{ms:011x}-{h(seed, 8, HEX)}-{h(seed + "a", 4, HEX)}-{h(seed + "b", 4, HEX)}-'
            f'{h(seed + "c", 4, HEX)}-{h(seed + "d", 12, HEX)}-000000')


PY_CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
            'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'euc-jp': 'euc_jp'}


def ew(text, charset='utf-8', enc='B', chunk=None):
    """Encoded-word(s), folded over lines when long."""
    codec = PY_CODEC[charset.lower()]
    if chunk is None:
        chunk = 12 if charset.lower() != 'utf-8' else 14
    pieces = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    words = []
    for p in pieces:
        raw = p.encode(codec)
        if enc == 'B':
            words.append(f'=?{charset.upper()}?B?{base64.b64encode(raw).decode()}?=')
        else:
            q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        '_' if b == 32 else f'={b:02X}' for b in raw)
            words.append(f'=?{charset.upper()}?Q?{q}?=')
    return '\n '.join(words)


def addr(name, email_addr, charset='utf-8'):
    if not name:
        return email_addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{email_addr}>'
        return f'{name} <{email_addr}>'
    return f'{ew(name, charset, chunk=20)} <{email_addr}>'


def _wrap(s, n=76):
    return '\n'.join(s[i:i + n] for i in range(0, len(s), n))


def leaf(text, subtype='plain', charset='utf-8', cte='base64', label=None, codec=None, extra_ct=''):
    """A single text part. label = charset written in the header (may be wrong on purpose),
    codec = python codec actually used for the bytes."""
    codec = codec or PY_CODEC[charset.lower()]
    label = label or charset
    raw = text.encode(codec)
    m = Message()
    m['Content-Type'] = f'text/{subtype}; charset="{label}"' + extra_ct
    if cte == 'base64':
        payload = _wrap(base64.b64encode(raw).decode()) + '\n'
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    m._new_text = text
    return m


def alt(*parts, boundary, kind='alternative'):
    mp = MIMEMultipart(kind, boundary=boundary)
    del mp['MIME-Version']
    for p in parts:
        mp.attach(p)
    return mp


# ------------------------------------------------------------ senders / trace
SES_SEL = 'szqgv33erturdv5cvz4vtb3zw2lqzt6n'
SES2_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def dkim(domain, selector, d, seed, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
         c='relaxed/simple', extra=''):
    b = h(seed + domain, 342, B64)
    return (f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={selector}; d={domain}; t={int(d.timestamp())};\n'
            f'\th={hdrs};\n\tbh={h(seed + "bh" + domain, 43, B64)}=;{extra}\n\tb={b[:70]}\n\t{b[70:146]}\n\t{b[146:222]}\n\t{b[222:]}=')


class Sender:
    def __init__(self, host, ip, mailfrom, dkims, from_domain, helo=None, dmarc_policy='QUARANTINE'):
        self.host, self.ip, self.mailfrom, self.dkims = host, ip, mailfrom, dkims
        self.from_domain, self.helo, self.dmarc_policy = from_domain, helo or host, dmarc_policy


def ses_sender(sesid, ip_last=31, from_domain='amazon.com'):
    return Sender(f'a8-{ip_last}.smtp-out.amazonses.com', f'54.240.8.{ip_last}',
                  f'{sesid}@amazonses.com', [(from_domain, SES_SEL), ('amazonses.com', SES2_SEL)],
                  from_domain)


def credly_sender(seed, to):
    return Sender('o3.email.credly.com', '149.72.163.58',
                  f'bounces+28751604-{h(seed, 4, HEX)}-{to.replace("@", "=")}@em.credly.com',
                  [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], 'credly.com', dmarc_policy='REJECT')


def trace(provider, s, d, to, seed, dkim_res=None, spf='pass', dmarc='pass', hfrom=None,
          ar_override=None, forged_lower_ar=None, no_ar=False):
    """Return list of (name, value) trace headers, topmost first, for a message delivered by
    `provider` (gmail, m365, outlookcom, docomo, yahoojp, nifty, au, softbank, biglobe, none)."""
    hfrom = hfrom or s.from_domain
    dk = dkim_res or ['pass'] * len(s.dkims)
    hdr = []
    t_in = d + timedelta(seconds=2)
    if provider == 'gmail':
        hdr.append(('Delivered-To', to))
        hdr.append(('Received', f'by 2002:a05:7010:{h(seed, 4, HEX)}:b0:{h(seed + "r", 3, HEX)}:{h(seed + "q", 4, HEX)} with SMTP id {h(seed, 6)}csp{h(seed + "k", 6)};\n        {pdt(t_in)}'))
        hdr.append(('X-Google-Smtp-Source', f'AGHT+I{h(seed + "gs", 60, B64)}'))
        hdr.append(('X-Received', f'by 2002:a05:6214:{h(seed + "x", 4, HEX)}:b0:{h(seed + "xx", 3, HEX)}:{h(seed + "y", 4, HEX)} with SMTP id {h(seed + "z", 20)}.{h(seed + "w", 3, "0123456789")}.{int(t_in.timestamp())};\n        {pdt(t_in)}'))
        hdr.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={int(t_in.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={h(seed + "arc", 70, B64)}\n         {h(seed + "arc2", 60, B64)}=='))
        hdr.append(('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh={h(seed + "amsbh", 43, B64)}=;\n        fh={h(seed + "fh", 43, B64)}=;\n        b={h(seed + "ams", 70, B64)}\n         {h(seed + "ams2", 50, B64)}=='))
        if not no_ar:
            hdr.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + _gmail_ar_body(s, dk, spf, dmarc, hfrom, seed)))
        hdr.append(('Return-Path', f'<{s.mailfrom}>'))
        hdr.append(('Received', f'from {s.host} ({s.host}. [{s.ip}])\n        by mx.google.com with ESMTPS id {h(seed + "mx", 20)}.{h(seed + "mx2", 3, "0123456789")}.{d.year}.{h(seed, 2, "0123456789")}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pdt(d + timedelta(seconds=1))}'))
        hdr.append(('Received-SPF', f'{spf} (google.com: domain of {s.mailfrom} {"designates" if spf == "pass" else "does not designate"} {s.ip} as permitted sender) client-ip={s.ip};'))
        if ar_override is not None:
            hdr.append(('Authentication-Results', ar_override))
        elif not no_ar:
            hdr.append(('Authentication-Results', 'mx.google.com;\n' + _gmail_ar_body(s, dk, spf, dmarc, hfrom, seed)))
    elif provider in ('m365', 'outlookcom'):
        if provider == 'm365':
            core = ['TYWPR01MB', 'OS3PR01MB', 'TY3PR01MB', 'OSZPR01MB']
        else:
            core = ['PH7PR19MB', 'SA1PR19MB', 'DM6PR19MB', 'BN0PR19MB']
        n1 = core[int(h(seed, 1, '0123'))] + h(seed + 'n1', 4, '0123456789') + '.jpnprd01.prod.outlook.com'
        n2 = core[int(h(seed + 'z', 1, '0123'))] + h(seed + 'n2', 4, '0123456789') + '.jpnprd01.prod.outlook.com'
        if provider == 'outlookcom':
            n1, n2 = n1.replace('jpnprd01', 'namprd19'), n2.replace('jpnprd01', 'namprd19')
        fe = f'TY2PEPF0000{h(seed + "fe", 4, "0123456789")}.apcprd03.prod.outlook.com' if provider == 'm365' else f'SN1PEPF0002{h(seed + "fe", 4, "0123456789")}.namprd03.prod.outlook.com'
        hdr.append(('Received', f'from {n2} (2603:1096:604:{h(seed, 3, HEX)}::{h(seed + "v6", 2, HEX)})\n by {n1} with HTTPS; {rfc(t_in + timedelta(seconds=1), UTC)}'))
        hdr.append(('Received', f'from {fe} (2603:1096:101:{h(seed + "a", 3, HEX)}:cafe::{h(seed + "b", 2, HEX)}) by\n {n2} (2603:1096:604:{h(seed, 3, HEX)}::{h(seed + "v6", 2, HEX)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{h(seed + "ver", 4, "0123456789")}.{h(seed + "ver2", 2, "0123456789")}; {rfc(t_in, UTC)}'))
        if ar_override is not None:
            hdr.append(('Authentication-Results', ar_override))
        elif not no_ar:
            dkimtxt = 'pass (signature was verified)' if dk[0] == 'pass' else f'{dk[0]} (body hash did not verify)' if dk[0] == 'fail' else dk[0]
            act = 'none' if dmarc == 'pass' else ('quarantine' if s.dmarc_policy == 'QUARANTINE' else 'none')
            comp = 'pass\n reason=100' if dmarc == 'pass' else 'fail\n reason=000'
            hdr.append(('Authentication-Results', f'spf={spf} (sender IP is {s.ip})\n smtp.mailfrom={s.mailfrom.split("@")[1]}; dkim={dkimtxt}\n header.d={s.dkims[0][0] if s.dkims else "none"};dmarc={dmarc} action={act}\n header.from={hfrom};compauth={comp}'))
        hdr.append(('Received-SPF', f'{spf.capitalize()} (protection.outlook.com: domain of {s.mailfrom.split("@")[1]}\n designates {s.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={s.ip}; helo={s.helo}; pr=C'))
        hdr.append(('Received', f'from {s.host} ({s.ip}) by\n {fe} (10.167.241.{h(seed, 2, "123456789")}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{h(seed + "ver", 4, "0123456789")}.{h(seed + "ver3", 2, "0123456789")} via Frontend Transport; {rfc(d + timedelta(seconds=1), UTC)}'))
    elif provider == 'none':
        pass
    else:
        jp = {'docomo': ('mfsmax.docomo.ne.jp', 'mgw-dcm'), 'yahoojp': ('yahoo.co.jp', 'mta555.mail.kks.yahoo.co.jp'),
              'nifty': ('nifty.com', 'mta-snd-e04.mail.nifty.com'), 'au': ('mx.au.com', 'dmail-mx.au.com'),
              'softbank': ('i.softbank.jp', 'mx.i.softbank.jp'), 'biglobe': ('mail.biglobe.ne.jp', 'mx.mail.biglobe.ne.jp'),
              'xserver': ('sv14052.xserver.jp', 'sv14052.xserver.jp')}[provider]
        authserv, mx = jp
        hdr.append(('Return-Path', f'<{s.mailfrom}>'))
        hdr.append(('Received', f'from {s.host} ({s.host} [{s.ip}])\n\tby {mx} with ESMTPS id {h(seed, 8, HEX).upper()}\n\tfor <{to}>; {rfc(t_in, JST)} (JST)'))
        if ar_override is not None:
            hdr.append(('Authentication-Results', ar_override))
        elif not no_ar:
            parts = [f'spf={spf} smtp.mailfrom={s.mailfrom.split("@")[1]}']
            for (dom, sel), r in zip(s.dkims, dk):
                parts.append(f'dkim={r} header.d={dom} header.s={sel}')
            parts.append(f'dmarc={dmarc} (p={s.dmarc_policy.lower()} dis=none) header.from={hfrom}')
            hdr.append(('Authentication-Results', f'{authserv};\n\t' + ';\n\t'.join(parts)))
    if forged_lower_ar:
        hdr.append(('Authentication-Results', forged_lower_ar))
    for dom, sel in s.dkims:
        hdr.append(('DKIM-Signature', dkim(dom, sel, d, seed)))
    return hdr


def _gmail_ar_body(s, dk, spf, dmarc, hfrom, seed):
    lines = []
    for (dom, sel), r in zip(s.dkims, dk):
        lines.append(f'       dkim={r} header.i=@{dom} header.s={sel} header.b={h(seed + dom, 8, B64)};')
    lines.append(f'       spf={spf} (google.com: domain of {s.mailfrom} {"designates" if spf == "pass" else "does not designate"} {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom};')
    pol = s.dmarc_policy
    lines.append(f'       dmarc={dmarc} (p={pol} sp={pol} dis={"NONE" if dmarc == "pass" else pol}) header.from={hfrom}')
    return '\n'.join(lines)


# ------------------------------------------------------------ id extraction
ID_RE = re.compile(r'AWS[\s\-\u2010\u2011\u2012\u2013\u2212\uff0d_]*(\d{8})(?!\d)', re.I)


def norm(s):
    return unicodedata.normalize('NFKC', s)


def extract_ids(texts):
    ids = set()
    for t in texts:
        t = norm(re.sub(r'<[^>]+>', ' ', t))
        for m in ID_RE.finditer(t):
            ids.add('AWS' + m.group(1))
    return sorted(ids)


# ------------------------------------------------------------ build
def build(n, slug, *, kind, lang, case_id, ids, sv, frm, to, subject, date, body, trace_hdrs,
          msgid, new, cc=None, reply_to=None, irt=None, refs=None, extra=(), top_extra=(),
          mime_version=True):
    import random as _r
    perm = list(range(1, 61))
    _r.Random(112).shuffle(perm)
    fname = f'{perm[n - 1]:03d}-{slug}.eml'
    got = extract_ids(new)
    assert got == sorted(ids), (fname, got, ids)
    hdrs = list(top_extra) + list(trace_hdrs)
    hdrs.append(('Date', rfc(date)))
    hdrs.append(('From', frm))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Message-ID', msgid))
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', refs))
    hdrs.append(('Subject', subject))
    hdrs.extend(extra)
    if mime_version:
        hdrs.append(('MIME-Version', '1.0'))
    own = [(k, v) for k, v in body._headers]
    body._headers = hdrs + own
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(body)
    data = buf.getvalue()
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(ids),
                     'sender_verified': sv, 'language': lang}


# ------------------------------------------------------------ people / constants
AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NOREPLY = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# === MAILS ===

# ---- threads
A_NAME, A_MAIL = '田中 美咲', 'misaki.tanaka.0412@gmail.com'
A_OPEN = dt(2025, 5, 26, 22, 41, 7); A_CASE = cid15(A_OPEN, 61204)
A_KEEP, A_OLD = 'AWS04418236', 'AWS07731590'
B_NAME, B_MAIL = '佐藤 健一', 'k.sato@hinode-sys.co.jp'
B_OPEN = dt(2025, 6, 10, 9, 12, 44); B_CASE = cid15(B_OPEN, 3317)
B_KEEP, B_OLD, B_OLD2 = 'AWS02295817', 'AWS09163042', 'AWS05518004'
C_NAME, C_MAIL = '鈴木 大輔', 'daisuke.s-0823@docomo.ne.jp'
C_OPEN = dt(2025, 7, 3, 7, 55, 20); C_CASE = cid15(C_OPEN, 88021)
C_KEEP, C_OLD = 'AWS03370921', 'AWS06649158'
D_NAME, D_MAIL = '小林 由紀', 'yuki_kobayashi77@yahoo.co.jp'
D1_OPEN = dt(2025, 8, 18, 23, 2, 51); D1_CASE = cid15(D1_OPEN, 40519)
D_OPEN = dt(2025, 8, 25, 20, 14, 9); D_CASE = cid15(D_OPEN, 7762)
D_KEEP, D_OLD = 'AWS01827364', 'AWS08462210'
E_NAME, E_MAIL = '伊藤 誠', 'm-ito@nifty.com'
E_OPEN = dt(2025, 9, 9, 13, 27, 40); E_CASE = cid15(E_OPEN, 25093)
E_KEEP, E_OLD = 'AWS05093378', 'AWS02768145'
F_NAME, F_MAIL = '渡辺 彩', 'aya.watanabe@mikan-lab.co.jp'
F_OPEN = dt(2025, 10, 14, 12, 5, 33); F_CASE = cid15(F_OPEN, 51880)
F_KEEP, F_OLD = 'AWS07215569', 'AWS04480136'
G_NAME, G_MAIL = '中村 翔太', 'shota.n@i.softbank.jp'
G_OPEN = dt(2025, 11, 4, 21, 30, 2); G_CASE = cid15(G_OPEN, 90346)
G_KEEP, G_OLD = 'AWS06132847', 'AWS09908173'
H_NAME, H_MAIL = '山本 恵', 'megu-yamamoto@au.com'
H_OPEN = dt(2026, 1, 13, 8, 44, 18); H_CASE = cid15(H_OPEN, 12958)
H_KEEP, H_OLD = 'AWS08037716', 'AWS01560492'
I_NAME, I_MAIL = '加藤 隆', 'takashi.kato@kaede-tech.jp'
I_OPEN = dt(2026, 2, 2, 17, 20, 5); I_CASE = cid15(I_OPEN, 67401)
I_KEEP, I_OLD = 'AWS04721958', 'AWS03306681'
J_NAME, J_MAIL = 'Priya Raman', 'priya.raman.dev@gmail.com'
J_OPEN = dt(2025, 12, 1, 3, 18, 26, UTC); J_CASE = cid15(J_OPEN, 30077)
J_KEEP, J_OLD = 'AWS09275531', 'AWS03158846'
K_NAME, K_MAIL = 'Marcus Webb', 'marcus.webb@outlook.com'
K_CASE = '11893047215'
K_KEEP, K_OLD = 'AWS08852017', 'AWS06617349'

AWS_FROM = f'"{AWS_NAME}" <{AWS_FORM}>'
AWS_FROM_NR = f'"{AWS_NAME}" <{AWS_NOREPLY}>'


def aws_mail(n, slug, *, kind, lang, case_id, ids, to_name, to_mail, provider, date, subject, body, new,
             frm=None, sv=True, seed=None, **kw):
    seed = seed or slug
    sid = ses_id(date, seed)
    s = ses_sender(sid, ip_last=int(h(seed, 2, '123456789')) + 10)
    tr = trace(provider, s, date, to_mail, seed, **kw.pop('trace_kw', {}))
    build(n, slug, kind=kind, lang=lang, case_id=case_id, ids=ids, sv=sv, frm=frm or AWS_FROM,
          to=addr(to_name, to_mail), subject=subject, date=date.astimezone(UTC), body=body, trace_hdrs=tr,
          msgid=f'<{sid}@email.amazonses.com>', new=new, **kw)


# 1 ---------------------------------------------------------------- A ack (form, ja)
d = A_OPEN + timedelta(seconds=41)
t = f"""{A_NAME} 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お送りいただいた内容を受け付け、ケース番号 {A_CASE} として登録いたしました。
担当者が内容を確認のうえ、原則として 24 時間以内にこのメールアドレス宛てにご連絡いたします。

同じ内容で新たにお問い合わせを作成されますと、かえってご案内が遅れる場合がございます。
追加の情報がございましたら、件名のケース番号を変えずに、このメールへそのままご返信ください。

■ 受付内容
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 候補者 ID: aws04418236
お問い合わせ内容:
認定アカウントが2つあります（aws04418236 と aws-07731590）。
転職前の会社アドレスで作った方が残っているので、今のアカウントにまとめたいです。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
aws_mail(1, 'uketsuke-kanryo', kind='case_created', lang='ja', case_id=A_CASE, ids=[A_KEEP, A_OLD],
         to_name=A_NAME, to_mail=A_MAIL, provider='gmail', date=d,
         subject=f'[CASE {A_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(t, cte='quoted-printable'), leaf(to_html(t), 'html', cte='quoted-printable'),
                  boundary=f'----=_Part_{h("b1", 7, "0123456789")}_{h("b1x", 9, "0123456789")}.{int(d.timestamp()*1000)}'),
         new=[t])

# 2 ---------------------------------------------------------------- B console case opened (ja)
d = B_OPEN + timedelta(seconds=9)
t = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のご質問に対応するため、ケース {B_CASE} を作成しました。

ケース ID: {B_CASE}
件名: 認定アカウントの統合のお願い
重要度: 一般的なご質問
内容:
AWS認定のアカウントが重複しています。
統合元：ＡＷＳ０９１６３０４２
統合先：ＡＷＳ０２２９５８１７（こちらを残したいです）
お手数ですがよろしくお願いいたします。

ケースの確認や返信は、サポートセンターから行ってください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

※このメールアドレスは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

よろしくお願いいたします。
Amazon Web Services
"""
aws_mail(2, 'shinki-case', kind='case_created', lang='ja', case_id=B_CASE, ids=[B_KEEP, B_OLD],
         to_name=B_NAME, to_mail=B_MAIL, provider='m365', date=d, frm=AWS_FROM_NR,
         subject=ew(f'Amazon Web Services: 新しいサポートケースを開きました: {B_CASE}', chunk=18),
         body=leaf(t, cte='quoted-printable'), new=[t])

# 3 ---------------------------------------------------------------- C ack (form, ja, iso-2022-jp + html)
d = C_OPEN + timedelta(seconds=57)
t = f"""鈴木 大輔 様

このたびは AWS トレーニングと認定へご連絡をいただきありがとうございます。
ご依頼を承りました。お問い合わせ番号は {C_CASE} です。

ご登録の候補者 ID: AWS 03370921

いただいた順に担当者が確認しております。内容によっては回答までお時間を頂戴する
ことがございますが、あらかじめご了承ください。なお、本件について別のお問い合わせを
新たに作成する必要はございません。

AWS トレーニングと認定
"""
htm = to_html(t)
aws_mail(3, 'goirai-uketamawari', kind='case_created', lang='ja', case_id=C_CASE, ids=[C_KEEP],
         to_name=C_NAME, to_mail=C_MAIL, provider='docomo', date=d,
         subject=f'[CASE {C_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(t, charset='iso-2022-jp', cte='7bit'), leaf(htm, 'html', cte='base64'),
                  boundary=f'----=_Part_{h("b3", 7, "0123456789")}_{h("b3x", 9, "0123456789")}.{int(d.timestamp()*1000)}'),
         new=[t])

# 4 ---------------------------------------------------------------- K console case opened (en)
d = dt(2025, 3, 17, 14, 6, 51, UTC)
t = f"""Thank you for contacting Amazon Web Services. We have opened case {K_CASE} to address your issue.

The details of your case are as follows:

Case ID: {K_CASE}
Subject: Two certification profiles under my name
Severity: General guidance
Correspondence: Hi, I seem to have ended up with two AWS Certification profiles. The one I use now is AWS08852017; the other one (aws 06617349) was created with my university email back in 2021 and holds my Cloud Practitioner. Can they be combined?

Thanks,
Marcus

To see all of your open support cases and reply, visit the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={K_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services
"""
aws_mail(4, 'new-support-case', kind='case_created', lang='en', case_id=K_CASE, ids=[K_KEEP, K_OLD],
         to_name=K_NAME, to_mail=K_MAIL, provider='outlookcom', date=d, frm=AWS_FROM_NR,
         subject=f'Amazon Web Services: You have opened a new Support case: {K_CASE}',
         body=leaf(t, charset='utf-8', cte='7bit'), new=[t])

# 5 ---------------------------------------------------------------- G ack (html only, ja)
d = G_OPEN + timedelta(seconds=33)
htm = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">AWS トレーニングと認定</td></tr>
<tr><td>
<p>中村 翔太 様</p>
<p>リクエストを承りました。ご連絡いただいた内容は、問い合わせ番号 <b>{G_CASE}</b> で管理しております。</p>
<p>担当チームが順次拝見し、通常は1営業日以内にご返答いたします。追加でお伝えいただきたいことがあれば、このメールに返信する形でお送りください。</p>
<p style="color:#687078;font-size:12px">このメールは受付時に自動で送信されています。</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>
</body></html>
"""
aws_mail(5, 'request-received', kind='case_created', lang='ja', case_id=G_CASE, ids=[],
         to_name=G_NAME, to_mail=G_MAIL, provider='softbank', date=d,
         subject=f'[CASE {G_CASE}] ' + FORM_SUBJ,
         body=leaf(htm, 'html', cte='base64'), new=[htm])

# 6 ---------------------------------------------------------------- D second case ack (ja, utf-8 8bit)
d = D_OPEN + timedelta(seconds=28)
t = f"""小林 由紀 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号：{D_CASE}

担当者より順次ご連絡いたします。恐れ入りますが、今しばらくお待ちください。

【ご注意】
同一のご依頼で複数のケースが作成されている場合、最初のケースにまとめて対応させていただくことがございます。
ご返信の際は件名を変更せずにお送りください。

―― ご入力内容 ――
お名前：小林 由紀
通知先メールアドレス：{D_MAIL}
候補者ID：AWS－01827364 ／ AWS－08462210
内容：
先週も同じ内容で問い合わせましたが、返事がなかったため再度送ります。
アカウントが2つあるので1つにしてください。残すのは AWS－01827364 です。

AWS Training and Certification
"""
aws_mail(6, 'case-uketsuke-2', kind='case_created', lang='ja', case_id=D_CASE, ids=[D_KEEP, D_OLD],
         to_name=D_NAME, to_mail=D_MAIL, provider='yahoojp', date=d,
         subject=ew(f'[CASE {D_CASE}] お問い合わせを受け付けました', 'utf-8', chunk=16),
         body=leaf(t, cte='8bit'), new=[t],
         top_extra=[('X-Apparently-To', f'{D_MAIL}; {rfc(d + timedelta(seconds=3))}')])

# 7 ---------------------------------------------------------------- F form ack (en, no AR)
d = F_OPEN + timedelta(seconds=12)
t = f"""Hello,

This is an automated message to let you know that your inquiry has been logged under case {F_CASE}.

A member of the AWS Training and Certification team will review it and get back to you, typically within one business day. If you need to add anything, simply reply to this message and keep the case number in the subject line.

What you sent us:
  Inquiry type: Certification
  Detail: Account Merge
  Candidate IDs: AWS07215569 / AWS04480136
  Comments: Please combine my two certification accounts. Keep AWS07215569.

Regards,
AWS Training and Certification
"""
aws_mail(7, 'inquiry-logged', kind='case_created', lang='en', case_id=F_CASE, ids=[F_KEEP, F_OLD],
         to_name=F_NAME, to_mail=F_MAIL, provider='xserver', date=d, sv=None,
         subject=f'[CASE {F_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(t, 'plain', 'us-ascii', cte='7bit'), leaf(to_html(t, 'Arial, sans-serif'), 'html', cte='quoted-printable'),
                  boundary=f'----=_Part_{h("b7", 7, "0123456789")}_{h("b7x", 9, "0123456789")}.{int(d.timestamp()*1000)}'),
         new=[t], trace_kw=dict(no_ar=True))

def other_mail(n, slug, *, s, provider, date, to_mail, msgid, trace_kw=None, **kw):
    tr = trace(provider, s, date, to_mail, slug, **(trace_kw or {}))
    build(n, slug, trace_hdrs=tr, date=date, msgid=msgid, **kw)


def quote(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))


def bnd(seed, d):
    return f'----=_Part_{h(seed, 7, "0123456789")}_{h(seed + "x", 9, "0123456789")}.{int(d.timestamp()*1000)}'


# 8 ---------------------------------------------------------------- A confirmation request (ja)
A_D_CONF = dt(2025, 5, 27, 17, 5, 12)
A_CONF_TXT = f"""田中 美咲 様

AWS トレーニングと認定サポートの松本です。お問い合わせいただきありがとうございます。

ご依頼の件について、以下の内容でアカウントを統合する準備が整いました。

・残すアカウント（統合先）: AWS04418236（ログイン: {A_MAIL}）
・統合されるアカウント（統合元）: AWS07731590（ログイン: misaki.tanaka@sorairo-sys.co.jp）

統合元アカウントの認定資格、受験履歴、特典は統合先アカウントへ移され、統合元アカウントはご利用いただけなくなります。
この操作は一度実行すると取り消すことができません。

上記の内容でよろしければ、このメールにご返信のうえ、統合を進めてよい旨をお知らせください。
ご返信を確認しだい、作業に着手いたします。

よろしくお願いいたします。

松本
Amazon Web Services
AWS トレーニングと認定
"""
t = A_CONF_TXT + f"""
---------- 元のお問い合わせ ----------
ケース番号: {A_CASE}
詳細: Account Merge
AWS 候補者 ID: aws04418236
お問い合わせ内容:
認定アカウントが2つあります（aws04418236 と aws-07731590）。
転職前の会社アドレスで作った方が残っているので、今のアカウントにまとめたいです。
"""
aws_mail(8, 'togo-naiyo-kakunin', kind='merge_confirmation_requested', lang='ja', case_id=A_CASE,
         ids=[A_KEEP, A_OLD], to_name=A_NAME, to_mail=A_MAIL, provider='gmail', date=A_D_CONF,
         subject=f'RE:[CASE {A_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(t, cte='quoted-printable'), leaf(to_html(t), 'html', cte='quoted-printable'),
                  boundary=bnd('b8', A_D_CONF)),
         new=[A_CONF_TXT])

# 9 ---------------------------------------------------------------- B confirmation request (console, ja)
d = dt(2025, 6, 11, 10, 37, 2)
t = f"""佐藤 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の大野と申します。

お送りいただいた 2 つの ID に加え、同じ氏名・生年月日で登録された AWS05518004 も見つかりました。
つきましては、以下のとおり 3 件を 1 件にまとめる形でご提案いたします。

  存続: AWS02295817
  統合対象: AWS09163042、AWS05518004

統合後は、統合対象のアカウントにある認定や受験履歴はすべて AWS02295817 に集約され、統合対象のアカウントは閉鎖されます。
統合後に元の状態へ戻すことはできませんので、内容に誤りがないかご確認ください。

問題がなければ、サポートセンターのケースから「この内容で統合してください」とご返信ください。
AWS05518004 にお心当たりがない場合は、その旨をお知らせいただけますと幸いです。

よろしくお願いいたします。

大野
Amazon Web Services

このケースを確認してご返信いただくには、サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

この返信は役に立ちましたか? 評価をお願いします:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja#rate

※このメールアドレスへの返信は受け付けておりません。
"""
aws_mail(9, 're-case-togo-teian', kind='merge_confirmation_requested', lang='ja', case_id=B_CASE,
         ids=[B_KEEP, B_OLD, B_OLD2], to_name=B_NAME, to_mail=B_MAIL, provider='m365', date=d, frm=AWS_FROM_NR,
         subject=ew(f'RE:[CASE {B_CASE}] 認定アカウントの統合のお願い', chunk=16),
         body=leaf(t, cte='base64'), new=[t])

# 10 --------------------------------------------------------------- C confirmation request (iso-2022-jp, quote w/o markers)
d = dt(2025, 7, 5, 9, 20, 44)
new = """鈴木 大輔 様

ご返信ありがとうございます。いただいた情報をもとに確認いたしました。

次の2つのアカウントを1つにまとめる手続きをご案内いたします。
　統合後も使用するアカウント： AWS03370921
　廃止となるアカウント　　　： AWS06649158

一度まとめたアカウントを元に戻すことはできません。
念のため、この内容で間違いないかご返信にてお知らせいただけますでしょうか。
ご確認が取れ次第、手続きに入らせていただきます。

AWS トレーニングと認定 サポート
森田
"""
q = f"""
--- 2025/07/04 12:48 鈴木 大輔 <{C_MAIL}> wrote ---
お世話になります。鈴木です。
ログイン用のメールは両方とも docomo のアドレスです。
古いほうは AWS06649158 で、通知先は daisuke.suzuki.work@gmail.com にしていました。
残したいのは新しい AWS03370921 です。
よろしくお願いします。
"""
aws_mail(10, 'tetsuzuki-go-annai', kind='merge_confirmation_requested', lang='ja', case_id=C_CASE,
         ids=[C_KEEP, C_OLD], to_name=C_NAME, to_mail=C_MAIL, provider='docomo', date=d,
         subject=f'RE:[CASE {C_CASE}] ' + FORM_SUBJ,
         body=leaf(new + q, charset='iso-2022-jp', cte='7bit'), new=[new])

# 11 --------------------------------------------------------------- E confirmation request quoting Becky! nested
d = dt(2025, 9, 11, 10, 2, 37)
new = """伊藤 誠 様

ご返信いただきありがとうございます。
ご指定いただいた内容で処理を行う前に、最終確認をお願いいたします。

  [統合先] AWS05093378  ← 今後ご利用いただくアカウント
  [統合元] AWS02768145  ← 処理後は削除されます

この処理は元に戻すことのできない操作です。
上記で相違なければ、このメールに「承認します」とご返信ください。

引き続きよろしくお願いいたします。
AWS トレーニングと認定カスタマーサービス
"""
E_INFO_TXT = f"""伊藤 誠 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご連絡いただいた2つの候補者 ID（AWS05093378、AWS02768145）を確認いたしました。

統合の手続きを進めるにあたり、どちらのアカウントを今後もお使いになるかをお知らせください。
あわせて、それぞれのアカウントにサインインする際のメールアドレスもご教示いただけますと幸いです。

よろしくお願いいたします。
AWS トレーニングと認定カスタマーサービス"""
user_reply = f"""お世話になっております。伊藤です。
残したいのは AWS05093378 のほうです。もう一方（AWS02768145）は
以前の勤務先で受験したときのものです。
サインイン用メール:
  AWS05093378 … {E_MAIL}
  AWS02768145 … makoto.ito@hoshizora-denki.co.jp

On Wed, 10 Sep 2025 02:31:55 +0000
"Amazon Web Services" <{AWS_FORM}> wrote:

""" + quote(E_INFO_TXT) + """

--
伊藤 誠 / m-ito@nifty.com
"""
t = new + f"""
On Wed, 10 Sep 2025 21:14:09 +0900
伊藤 誠 <{E_MAIL}> wrote:

""" + quote(user_reply)
aws_mail(11, 'saishu-kakunin', kind='merge_confirmation_requested', lang='ja', case_id=E_CASE,
         ids=[E_KEEP, E_OLD], to_name=E_NAME, to_mail=E_MAIL, provider='nifty', date=d,
         subject=f'RE:[CASE {E_CASE}] ' + FORM_SUBJ,
         body=leaf(t, cte='quoted-printable'), new=[new])

# 12 --------------------------------------------------------------- J confirmation request (en)
J_D_CONF = dt(2025, 12, 2, 16, 44, 9, UTC)
J_CONF_TXT = f"""Hello Priya,

Thank you for your patience. I've reviewed both profiles and this is what I'm proposing:

Primary (will remain): AWS09275531 - {J_MAIL}
Secondary (will be folded into the primary and closed): AWS03158846 - p.raman@northwind-analytics.com

Please be aware that this is permanent: once the two profiles are combined we cannot separate them again. Reply to this message to let me know the above is correct and I'll take care of it from there.

Best regards,
Daniel K.
Amazon Web Services
AWS Training and Certification"""
aws_mail(12, 'proposed-merge', kind='merge_confirmation_requested', lang='en', case_id=J_CASE,
         ids=[J_KEEP, J_OLD], to_name=J_NAME, to_mail=J_MAIL, provider='gmail', date=J_D_CONF,
         subject=f'RE:[CASE {J_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(J_CONF_TXT + '\n', 'plain', 'utf-8', cte='7bit'),
                  leaf(to_html(J_CONF_TXT, 'Arial, sans-serif'), 'html', cte='quoted-printable'),
                  boundary=bnd('b12', J_D_CONF)),
         new=[J_CONF_TXT])

# 13 --------------------------------------------------------------- look-alike phishing confirmation request (ja)
d = dt(2025, 6, 3, 11, 48, 20)
fake_case = '176310048800012'
htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>{A_NAME} 様</p>
<p>AWS 認定アカウントの統合について、最終のご本人確認が完了しておりません（ケース {fake_case}）。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>統合元</td><td>AWS10772945</td></tr>
<tr><td>統合先</td><td>AWS10772946</td></tr>
</table>
<p>統合は取り消しできない処理のため、下記ボタンより AWS アカウントにサインインし、統合内容の承認を行ってください。
<b>48時間以内</b>に承認が確認できない場合、両アカウントの認定資格が一時的に無効となります。</p>
<p><a href="https://aws-certification-jp.com/merge/confirm?c={fake_case}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">統合内容を承認する</a></p>
<p>AWS 認定サポートセンター</p>
</body></html>
"""
s = Sender('mail.aws-certification-jp.com', '185.213.82.47', 'bounce@aws-certification-jp.com',
           [('aws-certification-jp.com', 'default')], 'aws-certification-jp.com', dmarc_policy='NONE')
other_mail(13, 'shonin-onegai', s=s, provider='gmail', date=d, to_mail=A_MAIL,
           msgid=f'<{h("m13", 24, HEX)}@aws-certification-jp.com>',
           kind='merge_confirmation_requested', lang='ja', case_id=fake_case, ids=['AWS10772945', 'AWS10772946'],
           sv=False, frm=addr('AWS 認定サポート', 'support@aws-certification-jp.com'), to=A_MAIL,
           subject=ew('【要対応】アカウント統合の承認が保留されています', chunk=12),
           body=leaf(htm, 'html', charset='utf-8', label='iso-8859-1', cte='base64'), new=[htm])

# 14 --------------------------------------------------------------- spoofed amazon.com From, dmarc=fail (ja)
d = dt(2025, 8, 27, 3, 12, 55)
t = """小林 由紀 様

いつも AWS をご利用いただきありがとうございます。
お客様からご依頼のあった認定アカウントの統合について、実行前の確認が必要です。

統合を行うと、統合元のアカウントは削除され、元に戻すことができません。
以下のページでサインインのうえ、残すアカウントと統合するアカウントの組み合わせをご確認いただき、
「確認して統合する」を押してください。

https://aws-training-verify.com/account/merge/confirm?id=8f2a91c7

本メール受信後 24 時間以内にご確認いただけない場合、ご依頼は取り消されます。

Amazon Web Services
AWS トレーニングと認定
"""
s = Sender('vps-2c71.hostkey-jp.net', '45.142.120.77', 'www-data@vps-2c71.hostkey-jp.net', [],
           'amazon.com')
forged = 'mx.amazonses.com; spf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'
other_mail(14, 'togo-jikko-mae', s=s, provider='yahoojp', date=d, to_mail=D_MAIL,
           msgid=f'<{h("m14", 16, HEX)}.{int(d.timestamp())}@amazon.com>',
           trace_kw=dict(ar_override='yahoo.co.jp;\n\tspf=fail smtp.mailfrom=vps-2c71.hostkey-jp.net;\n\tdkim=none;\n\tdmarc=fail (p=quarantine dis=quarantine) header.from=amazon.com',
                         forged_lower_ar=forged),
           kind='merge_confirmation_requested', lang='ja', case_id=None, ids=[], sv=False,
           frm=AWS_FROM, to=addr(D_NAME, D_MAIL),
           subject=ew('アカウント統合の実行前確認のお願い', 'iso-2022-jp', chunk=10),
           body=leaf(t, charset='iso-2022-jp', cte='7bit'), new=[t],
           extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

# 15 --------------------------------------------------------------- I confirmation request, quoting Outlook JP header blocks
d = dt(2026, 2, 4, 11, 26, 8)
new = """加藤 隆 様

お世話になっております。AWS トレーニングと認定サポートの石井です。
試験予約のキャンセルを確認いたしました。ご対応ありがとうございます。

それでは、以下の組み合わせで統合を行います。

　統合先（残るアカウント）：ＡＷＳ０４７２１９５８
　統合元（なくなるアカウント）：ＡＷＳ０３３０６６８１

統合元の認定・受験履歴・特典はすべて統合先へ移り、統合元は閉鎖されます。
実行後は取り消しができませんので、内容をご確認のうえ「確認しました。統合してください」などとご返信いただけますでしょうか。

石井
Amazon Web Services
"""
I_INFO_TXT = f"""加藤 隆 様

AWS トレーニングと認定サポートの石井です。

統合のご依頼内容を確認いたしました。
統合元となる AWS03306681 に、2026年2月20日（金）の試験予約が残っております。
予約が残ったままでは統合を行うことができないため、お手数ですが先に予約をキャンセルいただくか、
受験後に改めてご連絡いただけますでしょうか。

石井
Amazon Web Services"""
q = f"""
________________________________
差出人: 加藤 隆 <{I_MAIL}>
送信日時: 2026年2月3日 18:42
宛先: Amazon Web Services <{AWS_FORM}>
件名: RE: RE:[CASE {I_CASE}] {FORM_SUBJ}

石井様

お世話になっております。楓テクノロジーの加藤です。
試験予約は本日キャンセルいたしました。AWS－03306681 側にはもう予約は残っていないはずです。
AWS－04721958 を残す形でお願いいたします。

--------------------------------------
楓テクノロジー株式会社 インフラ部
加藤 隆  TEL 03-5210-4471
--------------------------------------

差出人: Amazon Web Services <{AWS_FORM}>
送信日時: 2026年2月3日 10:15
宛先: 加藤 隆 <{I_MAIL}>
件名: RE:[CASE {I_CASE}] {FORM_SUBJ}

{I_INFO_TXT}
"""
aws_mail(15, 'kumiawase-kakunin', kind='merge_confirmation_requested', lang='ja', case_id=I_CASE,
         ids=[I_KEEP, I_OLD], to_name=I_NAME, to_mail=I_MAIL, provider='m365', date=d,
         subject=f'RE:[CASE {I_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(new + q, cte='base64'), leaf(to_html(new + q), 'html', cte='base64'), boundary=bnd('b15', d)),
         new=[new])

# 16 --------------------------------------------------------------- G corrected confirmation, alt parts differ
d = dt(2025, 11, 6, 14, 51, 30)
new = """中村 翔太 様

ご指摘ありがとうございます。前回のご案内では残すアカウントを取り違えておりました。大変失礼いたしました。

改めて、以下の内容で統合してよろしいかご確認ください。
  残すアカウント: AWS06132847
  統合して閉じるアカウント: AWS09908173

統合は一度実行すると元に戻せません。よろしければ、このメールへの返信でお知らせください。

AWS トレーニングと認定 サポートチーム
"""
G_CONF1 = """中村 翔太 様

お問い合わせありがとうございます。
以下の内容で統合を行います。統合は取り消しできませんので、よろしければご返信ください。
  残すアカウント: AWS09908173
  統合して閉じるアカウント: AWS06132847

AWS トレーニングと認定 サポートチーム"""
q = f"""

2025/11/05 22:06、中村 翔太 <{G_MAIL}>のメール:

> 逆です！
> 残したいのは AWS06132847（今使ってる方）です。
> AWS09908173 の方を消してください。
>
> iPhoneから送信
>
>> 2025/11/05 18:30、Amazon Web Services <{AWS_FORM}>のメール:
>>
""" + quote(G_CONF1, '>> ') + '\n'
htm = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<p>中村 翔太 様</p>
<p>ご指摘ありがとうございます。前回のご案内では残すアカウントを取り違えておりました。大変失礼いたしました。</p>
<p>改めて、以下の内容で統合してよろしいかご確認ください。</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr><th align="left">残すアカウント</th><td>AWS06132847</td><td>認定 2 件（SAA、DVA）</td></tr>
<tr><th align="left">統合して閉じるアカウント</th><td>AWS09908173</td><td>認定 1 件（CLF）</td></tr>
</table>
<p>統合は一度実行すると元に戻せません。よろしければ、このメールへの返信でお知らせください。</p>
<p>AWS トレーニングと認定 サポートチーム</p>
</body></html>
"""
aws_mail(16, 'aratamete-go-kakunin', kind='merge_confirmation_requested', lang='ja', case_id=G_CASE,
         ids=[G_KEEP, G_OLD], to_name=G_NAME, to_mail=G_MAIL, provider='softbank', date=d,
         subject=f'RE:[CASE {G_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(new + q, cte='quoted-printable'), leaf(htm, 'html', cte='base64'), boundary=bnd('b16', d)),
         new=[new, htm])

# 17 --------------------------------------------------------------- A completed, quoting user's Gmail-ja reply + confirmation
d = dt(2025, 5, 28, 19, 10, 26)
new = """田中 美咲 様

お待たせいたしました。AWS トレーニングと認定サポートの松本です。

ご承認いただいた内容のとおり、AWS07731590 に登録されていた認定資格と受験履歴を AWS04418236 へ移行いたしました。
AWS07731590 はすでに無効となっており、今後はサインインできません。

AWS04418236 で認定アカウントにサインインし、認定資格の一覧と特典（次回受験の 50% 割引など）が表示されていることをご確認ください。
Credly のデジタルバッジは、反映までに数日かかる場合がございます。

ほかにご不明な点がございましたら、このメールにご返信ください。

松本
Amazon Web Services
AWS トレーニングと認定
"""
q = f"""
-----Original Message-----
From: {A_NAME} <{A_MAIL}>
Sent: Tuesday, May 27, 2025 11:02 PM
To: {AWS_NAME} <{AWS_FORM}>
Subject: Re: RE:[CASE {A_CASE}] {FORM_SUBJ}

The details are correct. Please proceed with the merge.
よろしくお願いいたします。

田中美咲

2025年5月27日(火) 17:05 Amazon Web Services <{AWS_FORM}>:

""" + quote(A_CONF_TXT) + '\n'
aws_mail(17, 'ikou-itashimashita', kind='merge_completed', lang='ja', case_id=A_CASE, ids=[A_KEEP, A_OLD],
         to_name=A_NAME, to_mail=A_MAIL, provider='gmail', date=d,
         subject=f'RE:[CASE {A_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(new + q, cte='quoted-printable'), leaf(to_html(new + q), 'html', cte='quoted-printable'),
                  boundary=bnd('b17', d)),
         new=[new])

# 18 --------------------------------------------------------------- B completed + closed + rating (console)
d = dt(2025, 6, 13, 16, 22, 40)
t = f"""佐藤 様

いつもお世話になっております。AWS トレーニングと認定の大野です。

ご返信いただいた内容に基づき、AWS09163042 および AWS05518004 を AWS02295817 に統合いたしました。
3 つのアカウントにあった認定資格はすべて AWS02295817 でご確認いただけます。統合済みの 2 つの ID ではサインインできなくなっておりますのでご注意ください。

本件はこれで対応完了となりますので、ケースはクローズさせていただきます。
今回の対応について、よろしければ下記よりご評価をお願いいたします。

大野
Amazon Web Services

このケースを確認するには、サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

この返信は役に立ちましたか? 評価をお願いします:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja#rate

※このメールアドレスへの返信は受け付けておりません。
"""
aws_mail(18, 'new-correspondence', kind='merge_completed', lang='ja', case_id=B_CASE,
         ids=[B_KEEP, B_OLD, B_OLD2], to_name=B_NAME, to_mail=B_MAIL, provider='m365', date=d, frm=AWS_FROM_NR,
         subject=f'[Case {B_CASE}] New correspondence added',
         body=leaf(t, cte='base64'), new=[t])

# 19 --------------------------------------------------------------- C completed (iso-2022-jp), quoted docomo reply with >
d = dt(2025, 7, 7, 15, 40, 3)
new = """鈴木 大輔 様

いつもお世話になっております。AWS トレーニングと認定の森田です。

旧アカウント AWS06649158 を閉鎖し、そこに記録されていた認定資格と受験履歴はすべて AWS03370921 へ移しました。
今後は AWS03370921 のみをご利用ください。

Credly のバッジについては、数日以内に新しいアカウント宛てに案内が届く予定です。

AWS トレーニングと認定 サポート
森田
"""
C_CONF_SHORT = """鈴木 大輔 様

ご返信ありがとうございます。いただいた情報をもとに確認いたしました。

次の2つのアカウントを1つにまとめる手続きをご案内いたします。
　統合後も使用するアカウント： AWS03370921
　廃止となるアカウント　　　： AWS06649158

一度まとめたアカウントを元に戻すことはできません。"""
q = f"""
----- Original Message -----
From: "{C_NAME}" <{C_MAIL}>
To: "Amazon Web Services" <{AWS_FORM}>
Date: 2025/07/05 12:03
Subject: Re: RE:[CASE {C_CASE}] {FORM_SUBJ}

内容問題ありません。統合お願いします。

""" + quote(C_CONF_SHORT, '>') + '\n'
aws_mail(19, 'kyu-account-heisa', kind='merge_completed', lang='ja', case_id=C_CASE, ids=[C_KEEP, C_OLD],
         to_name=C_NAME, to_mail=C_MAIL, provider='docomo', date=d,
         subject=f'RE:[CASE {C_CASE}] ' + FORM_SUBJ,
         body=leaf(new + q, charset='iso-2022-jp', cte='7bit'), new=[new])

# 20 --------------------------------------------------------------- J completed (en), confirmation request quoted below
d = dt(2025, 12, 4, 1, 9, 51, UTC)
new = """Hi Priya,

Good news: everything from AWS03158846 now sits under AWS09275531. Your certifications, exam history and any outstanding benefits were carried over, and the duplicate profile has been retired, so it can no longer be used to sign in.

Please sign in with AWS09275531 and have a look. Credly badges are reissued separately and can take a few days to show up.

Kind regards,
Daniel K.
Amazon Web Services
"""
q = f"""
On Tue, Dec 2, 2025 at 10:51 PM Priya Raman <{J_MAIL}> wrote:
> Hi Daniel,
>
> Yes, that's all correct - go ahead.
>
> Thanks,
> Priya
>
> On Tue, Dec 2, 2025 at 4:44 PM Amazon Web Services <{AWS_FORM}> wrote:
""" + quote(J_CONF_TXT, '>> ') + '\n'
aws_mail(20, 'profiles-combined', kind='merge_completed', lang='en', case_id=J_CASE, ids=[J_KEEP, J_OLD],
         to_name=J_NAME, to_mail=J_MAIL, provider='gmail', date=d,
         subject=f'RE:[CASE {J_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(new + q, 'plain', 'utf-8', cte='quoted-printable'),
                  leaf(to_html(new + q, 'Arial, sans-serif'), 'html', cte='quoted-printable'),
                  boundary=bnd('b20', d)),
         new=[new])

# 21 --------------------------------------------------------------- E completed, "| " quoted confirmation, split subject
d = dt(2025, 9, 12, 17, 33, 12)
new = """伊藤 誠 様

ご承認ありがとうございました。
AWS02768145 の認定情報を AWS05093378 に統合する処理が終わりました。

以後、AWS02768145 ではサインインいただけません。
AWS05093378 にサインインのうえ、認定資格がすべて表示されているかご確認いただけますと幸いです。

AWS トレーニングと認定カスタマーサービス
"""
E_CONF_TXT = """伊藤 誠 様

ご返信いただきありがとうございます。
ご指定いただいた内容で処理を行う前に、最終確認をお願いいたします。

  [統合先] AWS05093378  ← 今後ご利用いただくアカウント
  [統合元] AWS02768145  ← 処理後は削除されます

この処理は元に戻すことのできない操作です。
上記で相違なければ、このメールに「承認します」とご返信ください。"""
q = f"""
On Thu, 11 Sep 2025 22:47:51 +0900
伊藤 誠 <{E_MAIL}> wrote:
| 承認します。よろしくお願いします。
|
| On Thu, 11 Sep 2025 01:02:37 +0000
| "Amazon Web Services" <{AWS_FORM}> wrote:
""" + quote(E_CONF_TXT, '| > ') + '\n'
aws_mail(21, 'togo-shori-owari', kind='merge_completed', lang='ja', case_id=E_CASE, ids=[E_KEEP, E_OLD],
         to_name=E_NAME, to_mail=E_MAIL, provider='nifty', date=d,
         subject=ew(f'RE:[CASE {E_CASE}] 認定アカウント統合のご依頼について', chunk=9),
         body=leaf(new + q, cte='base64'), new=[new])

# 22 --------------------------------------------------------------- F completed, Thunderbird-ja quote, no AR
d = dt(2025, 10, 16, 11, 58, 47)
new = """渡辺 彩 様

お待たせしました。ご依頼いただいたアカウントの統合作業が完了しました。

統合後のアカウント： AWS07215569
（AWS04480136 は閉鎖済みです）

AWS04480136 で取得された認定も、AWS07215569 の認定一覧に表示されるようになっています。

AWS トレーニングと認定サポート
岡田
"""
F_CONF_TXT = """渡辺 彩 様

お問い合わせの件、統合前に以下の内容をご確認ください。
  残すアカウント: AWS07215569
  統合するアカウント: AWS04480136
統合は元に戻せませんので、問題なければご返信ください。

AWS トレーニングと認定サポート
岡田"""
q = f"""
2025/10/15 18:40, 渡辺 彩 さんは書きました:
> 岡田様
>
> 内容に間違いありません。統合をお願いいたします。
>
> 渡辺
>
> 2025/10/15 10:12, Amazon Web Services wrote:
""" + quote(F_CONF_TXT, '>> ') + '\n'
aws_mail(22, 'tougou-sagyou-kanryou', kind='merge_completed', lang='ja', case_id=F_CASE, ids=[F_KEEP, F_OLD],
         to_name=F_NAME, to_mail=F_MAIL, provider='xserver', date=d, sv=None,
         subject=f'RE:[CASE {F_CASE}] ' + FORM_SUBJ,
         body=leaf(new + q, cte='quoted-printable'), new=[new], trace_kw=dict(no_ar=True))

# 23 --------------------------------------------------------------- H completed, html only
d = dt(2026, 1, 16, 10, 5, 19)
htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Meiryo,'Yu Gothic',sans-serif;font-size:14px;line-height:1.6">
<p>山本 恵 様</p>
<p>AWS トレーニングと認定サポートでございます。</p>
<p>ご確認いただいた内容で作業を行い、<b>AWS01560492</b> の認定資格・受験記録を <b>AWS08037716</b> に一本化いたしました。
AWS01560492 は利用停止となっております。</p>
<p>今後は AWS08037716 をご利用ください。割引バウチャーなどの特典も、同じアカウントからご確認いただけます。</p>
<p>ケース番号: {H_CASE}</p>
<p>AWS トレーニングと認定サポート<br>Amazon Web Services</p>
</div>
</body></html>
"""
aws_mail(23, 'ippon-ka', kind='merge_completed', lang='ja', case_id=H_CASE, ids=[H_KEEP, H_OLD],
         to_name=H_NAME, to_mail=H_MAIL, provider='au', date=d,
         subject=f'RE:[CASE {H_CASE}] ' + FORM_SUBJ,
         body=leaf(htm, 'html', cte='base64'), new=[htm])

# 24 --------------------------------------------------------------- I completed, quoting Outlook-ja reply + confirmation
d = dt(2026, 2, 6, 9, 41, 55)
new = """加藤 隆 様

お世話になっております。AWS トレーニングと認定サポートの石井です。

ご承認いただきました統合処理を実施いたしました。
ＡＷＳ０３３０６６８１ の資格情報および受験履歴は ＡＷＳ０４７２１９５８ に引き継がれ、
ＡＷＳ０３３０６６８１ は閉鎖されております。50% 割引特典も ＡＷＳ０４７２１９５８ 側に移っております。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

石井
Amazon Web Services
"""
I_CONF_SHORT = """加藤 隆 様

それでは、以下の組み合わせで統合を行います。

　統合先（残るアカウント）：ＡＷＳ０４７２１９５８
　統合元（なくなるアカウント）：ＡＷＳ０３３０６６８１

実行後は取り消しができませんので、内容をご確認のうえご返信いただけますでしょうか。

石井"""
q = f"""
________________________________
差出人: 加藤 隆 <{I_MAIL}>
送信日時: 2026年2月4日 13:08
宛先: Amazon Web Services <{AWS_FORM}>
件名: RE: RE:[CASE {I_CASE}] {FORM_SUBJ}

石井様

確認しました。統合してください。

加藤

差出人: Amazon Web Services <{AWS_FORM}>
送信日時: 2026年2月4日 11:26
宛先: 加藤 隆 <{I_MAIL}>
件名: RE:[CASE {I_CASE}] {FORM_SUBJ}

{I_CONF_SHORT}
"""
aws_mail(24, 'hikitsugi-kanryo', kind='merge_completed', lang='ja', case_id=I_CASE, ids=[I_KEEP, I_OLD],
         to_name=I_NAME, to_mail=I_MAIL, provider='m365', date=d,
         subject=f'RE:[CASE {I_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(new + q, cte='base64'), leaf(to_html(new + q), 'html', cte='base64'), boundary=bnd('b24', d)),
         new=[new])

# 25 --------------------------------------------------------------- D completed (yahoo), mentions older duplicate case
d = dt(2025, 8, 28, 18, 17, 2)
new = f"""小林 由紀 様

AWS トレーニングと認定の吉川でございます。

昨日ご返信いただいた内容のとおり、AWS08462210 を AWS01827364 に統合いたしました。
AWS08462210 にあった認定資格はすべて AWS01827364 に表示されます。

なお、先週お送りいただいたケース {D1_CASE} は、通知先のメールアドレスが空欄だったためご連絡ができておりませんでした。
ご不便をおかけし申し訳ございません。同ケースは本件とあわせてクローズいたします。

また、「amazon.com」を名乗る第三者から統合の確認を求めるメールが届いたとのこと、ご連絡ありがとうございます。
当サポートが外部のサイトでサインインを求めることはございませんので、リンクは開かずに削除してください。

吉川
Amazon Web Services
"""
q = f"""
----- Original Message -----
From: 小林 由紀 <{D_MAIL}>
To: "Amazon Web Services" <{AWS_FORM}>
Date: 2025/8/27, Wed 21:40
Subject: Re: RE:[CASE {D_CASE}] {FORM_SUBJ}

お世話になります。小林です。
内容はこれで大丈夫です。統合をお願いします。

ところで、今朝「確認して統合する」というボタンのついたメールが別に届きました。
これもそちらからのメールでしょうか？

> 小林 由紀 様
>
> 以下の内容で統合を行います。
> 残すアカウント: AWS01827364
> 統合するアカウント: AWS08462210
> 統合は取り消しできません。よろしければご返信ください。
"""
aws_mail(25, 'togo-itashimashita', kind='merge_completed', lang='ja', case_id=D_CASE, ids=[D_KEEP, D_OLD],
         to_name=D_NAME, to_mail=D_MAIL, provider='yahoojp', date=d,
         subject=f'RE:[CASE {D_CASE}] ' + FORM_SUBJ,
         body=leaf(new + q, cte='8bit'), new=[new],
         top_extra=[('X-Apparently-To', f'{D_MAIL}; {rfc(d + timedelta(seconds=4))}')])

# 26 --------------------------------------------------------------- K completed + resolved + rating (en)
d = dt(2025, 3, 20, 8, 14, 37, UTC)
t = f"""Hello Marcus,

I've gone ahead and combined the two profiles as you confirmed. AWS06617349 no longer exists as a separate profile; your Cloud Practitioner and everything else now lives under AWS08852017.

Since nothing else is outstanding I'll mark this case as resolved. If you have a moment, please let us know how we did using the link below.

Best regards,

Sofia R.
Amazon Web Services

We value your feedback. Please rate this correspondence:
https://support.console.aws.amazon.com/support/home#/case/?displayId={K_CASE}&language=en#rate

To contact us again about this case, visit the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={K_CASE}&language=en

This email was sent from an address that cannot accept incoming email.
"""
aws_mail(26, 'case-resolved', kind='merge_completed', lang='en', case_id=K_CASE, ids=[K_KEEP, K_OLD],
         to_name=K_NAME, to_mail=K_MAIL, provider='outlookcom', date=d, frm=AWS_FROM_NR,
         subject=f'RE:[CASE {K_CASE}] Two certification profiles under my name',
         body=leaf(t, 'plain', 'utf-8', cte='quoted-printable'), new=[t])

# 27 --------------------------------------------------------------- A survey, completion quoted under it
d = dt(2025, 5, 28, 19, 11, 58)
new = f"""田中 美咲 様

AWS トレーニングと認定をご利用いただきありがとうございます。
お問い合わせいただいたケース {A_CASE} はクローズされました。

今後のサポート向上のため、簡単なアンケートにご協力をお願いいたします（所要時間 1 分程度）。

問題は解決しましたか？
  はい   https://pulse.aws/survey/TC7QJ2MX?case={A_CASE}&a=yes
  いいえ https://pulse.aws/survey/TC7QJ2MX?case={A_CASE}&a=no

担当者の対応はいかがでしたか？ 5 段階で評価してください。

※このメールは送信専用アドレスから送信されています。
"""
q = """
━━━━ このケースの最新のやり取り ━━━━
> 田中 美咲 様
>
> ご承認いただいた内容のとおり、AWS07731590 に登録されていた認定資格と受験履歴を
> AWS04418236 へ移行いたしました。AWS07731590 はすでに無効となっており、今後はサインインできません。
>
> 松本
"""
aws_mail(27, 'anketo-gokyoryoku', kind='survey', lang='ja', case_id=A_CASE, ids=[],
         to_name=A_NAME, to_mail=A_MAIL, provider='gmail', date=d,
         subject=ew(f'[CASE {A_CASE}] アンケートへのご協力のお願い', chunk=20),
         body=alt(leaf(new + q, cte='base64'), leaf(to_html(new + q), 'html', cte='base64'), boundary=bnd('b27', d)),
         new=[new])

# 28 --------------------------------------------------------------- B survey (console)
d = dt(2025, 6, 13, 16, 25, 3)
t = f"""佐藤 健一 様

ケース {B_CASE}「認定アカウントの統合のお願い」のサポートをご利用いただきありがとうございました。

今回のやり取りについて、ご意見をお聞かせください。いただいたご意見は、サポートの品質向上に役立てさせていただきます。

アンケートに回答する:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja#feedback

回答の所要時間は 1 分ほどです。

Amazon Web Services
"""
aws_mail(28, 'goiken-kikasete', kind='survey', lang='ja', case_id=B_CASE, ids=[],
         to_name=B_NAME, to_mail=B_MAIL, provider='m365', date=d, frm=AWS_FROM_NR,
         subject=ew(f'Amazon Web Services: ケース {B_CASE} についてご意見をお聞かせください', chunk=18),
         body=leaf(t, cte='quoted-printable'), new=[t])

# 29 --------------------------------------------------------------- J survey (en)
d = dt(2025, 12, 4, 1, 12, 30, UTC)
t = f"""Hi Priya,

Your recent case with AWS Training and Certification ({J_CASE}) has been closed.

How did we do? Tell us in one click:

Was your issue resolved?   YES: https://pulse.aws/survey/AKW9PLZQ?c={J_CASE}&r=1   NO: https://pulse.aws/survey/AKW9PLZQ?c={J_CASE}&r=0

Your feedback goes directly to the team and helps us improve.

AWS Training and Certification
"""
aws_mail(29, 'how-did-we-do', kind='survey', lang='en', case_id=J_CASE, ids=[],
         to_name=J_NAME, to_mail=J_MAIL, provider='gmail', date=d,
         subject='How did we do? Tell us about your recent support experience',
         body=alt(leaf(t, 'plain', 'us-ascii', cte='7bit'), leaf(to_html(t, 'Arial, sans-serif'), 'html', cte='quoted-printable'),
                  boundary=bnd('b29', d)),
         new=[t])

# 30 --------------------------------------------------------------- G survey (ja) alt parts differ
d = dt(2025, 11, 14, 9, 0, 12)
t = f"""中村 翔太 様

お問い合わせ（ケース番号 {G_CASE}）の対応を終了いたしました。

問題は解決しましたか？
　はい: https://pulse.aws/survey/JP4H7WQE?case={G_CASE}&resolved=yes
　いいえ: https://pulse.aws/survey/JP4H7WQE?case={G_CASE}&resolved=no

ご回答は今後のサービス改善に活用させていただきます。

AWS トレーニングと認定
"""
htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>中村 翔太 様</p>
<p>お問い合わせ（ケース番号 {G_CASE}）の対応を終了いたしました。</p>
<p style="font-size:16px"><b>問題は解決しましたか？</b></p>
<p><a href="https://pulse.aws/survey/JP4H7WQE?case={G_CASE}&amp;resolved=yes" style="padding:8px 24px;background:#1d8102;color:#fff;text-decoration:none">はい</a>
&nbsp;<a href="https://pulse.aws/survey/JP4H7WQE?case={G_CASE}&amp;resolved=no" style="padding:8px 24px;background:#d13212;color:#fff;text-decoration:none">いいえ</a></p>
<p>担当者の対応を ★1〜★5 で評価してください。</p>
<p>ご回答は今後のサービス改善に活用させていただきます。</p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
aws_mail(30, 'kaiketsu-shimashitaka', kind='survey', lang='ja', case_id=G_CASE, ids=[],
         to_name=G_NAME, to_mail=G_MAIL, provider='softbank', date=d,
         subject=ew('問題は解決しましたか？ AWS トレーニングと認定', chunk=14),
         body=alt(leaf(t, cte='base64'), leaf(htm, 'html', cte='base64'), boundary=bnd('b30', d)),
         new=[t, htm])

# 31 --------------------------------------------------------------- E survey (iso-2022-jp)
d = dt(2025, 9, 12, 17, 35, 40)
t = f"""伊藤 誠 様

ケース {E_CASE} を解決済みといたしました。

AWS トレーニングと認定では、サポート品質向上のためにお客様アンケートを実施しております。
以下のリンクから、今回の対応についての満足度をお聞かせください。

https://pulse.aws/survey/NF3S8KDT?case={E_CASE}

ご協力のほど、よろしくお願いいたします。
AWS トレーニングと認定カスタマーサービス
"""
aws_mail(31, 'manzokudo-chosa', kind='survey', lang='ja', case_id=E_CASE, ids=[],
         to_name=E_NAME, to_mail=E_MAIL, provider='nifty', date=d,
         subject=ew('お客様アンケートのお願い（AWS トレーニングと認定）', 'iso-2022-jp', chunk=10),
         body=leaf(t, charset='iso-2022-jp', cte='7bit'), new=[t])

# 32 --------------------------------------------------------------- H survey: marked resolved (ja)
d = dt(2026, 1, 17, 10, 6, 0)
t = f"""山本 恵 様

このケースは解決済みとしてマークされました。
ケース番号：{H_CASE}

追加でご質問がある場合は、7 日以内にこのメールへご返信いただければ、ケースが再開されます。

サポートの対応はいかがでしたか？ よろしければ 5 段階でご評価ください。
https://pulse.aws/survey/AU6R2NVB?case={H_CASE}

AWS トレーニングと認定
"""
aws_mail(32, 'kaiketsu-zumi', kind='survey', lang='ja', case_id=H_CASE, ids=[],
         to_name=H_NAME, to_mail=H_MAIL, provider='au', date=d,
         subject=f'[CASE {H_CASE}] ' + FORM_SUBJ,
         body=leaf(t, cte='8bit'), new=[t])

# 33 --------------------------------------------------------------- phishing survey, no DMARC record (ja)
d = dt(2026, 1, 20, 12, 31, 44)
htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>AWS をご利用のお客様へ</p>
<p>先日はサポートをご利用いただき、誠にありがとうございました。</p>
<p>サービス向上のため、3 問のアンケートにご回答ください。ご回答いただいた方全員に、<b>Amazon ギフトカード 1,000 円分</b>を進呈いたします。</p>
<p>回答の際に、本人確認のため AWS のサインイン情報の入力が必要です。</p>
<p><a href="https://aws-support-feedback.jp/q/2026/start">アンケートに回答する</a></p>
<p>回答期限：2026年1月23日</p>
<p>AWS カスタマーサポート</p>
</body></html>
"""
s = Sender('smtp.aws-support-feedback.jp', '103.152.118.9', 'info@aws-support-feedback.jp',
           [('aws-support-feedback.jp', 'mail')], 'aws-support-feedback.jp', dmarc_policy='NONE')
other_mail(33, 'gift-anketo', s=s, provider='au', date=d, to_mail=H_MAIL,
           msgid=f'<{h("m33", 20, HEX)}@aws-support-feedback.jp>',
           trace_kw=dict(spf='pass', dmarc='none'),
           kind='survey', lang='ja', case_id=None, ids=[], sv=False,
           frm=addr('AWS サポート', 'info@aws-support-feedback.jp'), to=H_MAIL,
           subject=ew('【AWS】サポートに関するアンケートのお願い', chunk=12),
           body=leaf(htm, 'html', cte='base64'), new=[htm])


# ---------------------------------------------------------------- Credly
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def credly_mail(n, slug, *, to_name, to_mail, provider, date, subject, body, new, kind='credly_badge_issued',
                lang='en', sv=True, ids=(), **kw):
    s = credly_sender(slug, to_mail)
    tr = trace(provider, s, date, to_mail, slug, **kw.pop('trace_kw', {}))
    build(n, slug, kind=kind, lang=lang, case_id=None, ids=list(ids), sv=sv, frm=kw.pop('frm', CREDLY_FROM),
          to=addr(to_name, to_mail) if to_name else to_mail, subject=subject, date=date.astimezone(UTC), body=body,
          trace_hdrs=tr, msgid=f'<{h(slug, 22, B64.replace("+", "").replace("/", ""))}@geopod-ismtpd-{h(slug, 1, "123456789")}>',
          new=new, **kw)


def credly_html(lines, button, url):
    ps = ''.join(f'<p style="margin:0 0 16px">{l}</p>\n' for l in lines)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background:#f5f5f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#3a3a3a" cellpadding="28">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td>
{ps}<p style="text-align:center"><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#9a9a9a">Credly, Inc. 400 Fifth Avenue, Suite 530, Waltham, MA 02451<br>
<a href="https://www.credly.com/notification_preferences" style="color:#9a9a9a">Notification preferences</a></td></tr>
</table></td></tr></table></body></html>
"""


# 34 --------------------------------------------------------------- A Credly badge issued (en)
d = dt(2025, 5, 30, 2, 14, 9)
url = f'https://www.credly.com/badges/{h("c34", 8, HEX)}-{h("c34a", 4, HEX)}-{h("c34b", 4, HEX)}-{h("c34c", 4, HEX)}-{h("c34d", 12, HEX)}/accept'
t = f"""Misaki,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on a website.

Accept your badge: {url}

The Credly Team
"""
htm = credly_html(['Misaki,', 'Amazon Web Services Training and Certification has issued you a badge:',
                   '<b>AWS Certified Solutions Architect – Associate</b>',
                   'Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on a website.'],
                  'Accept your badge', url)
credly_mail(34, 'badge-issued', to_name=None, to_mail=A_MAIL, provider='gmail', date=d,
            subject='Misaki, you earned a badge from Amazon Web Services Training and Certification',
            body=alt(leaf(t, 'plain', 'utf-8', cte='7bit'), leaf(htm, 'html', cte='quoted-printable'),
                     boundary=h('bc34', 28, HEX)), new=[t, htm])

# 35 --------------------------------------------------------------- B Credly badge issued (ja)
d = dt(2025, 6, 16, 11, 3, 40)
url = f'https://www.credly.com/badges/{h("c35", 8, HEX)}-{h("c35a", 4, HEX)}-{h("c35b", 4, HEX)}-{h("c35c", 4, HEX)}-{h("c35d", 12, HEX)}/accept?locale=ja'
t = f"""佐藤 健一 さん

Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified SysOps Administrator – Associate

バッジを受け取ると、LinkedIn やメールの署名で共有できるようになります。

バッジを受け取る: {url}

Credly チーム
"""
htm = credly_html(['佐藤 健一 さん', 'Amazon Web Services Training and Certification からバッジが発行されました。',
                   '<b>AWS Certified SysOps Administrator – Associate</b>',
                   'バッジを受け取ると、LinkedIn やメールの署名で共有できるようになります。'], 'バッジを受け取る', url)
credly_mail(35, 'badge-hakko', to_name=B_NAME, to_mail=B_MAIL, provider='m365', date=d, lang='ja',
            subject=ew('佐藤 健一 さん、Amazon Web Services Training and Certification からバッジが届いています', chunk=22),
            body=alt(leaf(t, cte='base64'), leaf(htm, 'html', cte='base64'), boundary=h('bc35', 28, HEX)), new=[t, htm])

# 36 --------------------------------------------------------------- C Credly badges moved after merge (ja)
d = dt(2025, 7, 9, 8, 44, 1)
url = 'https://www.credly.com/earner/earned'
t = f"""鈴木 大輔 さん

AWS 認定アカウントの統合に伴い、以下のバッジがお客様の Credly アカウントに移されました。

・AWS Certified Cloud Practitioner
・AWS Certified Developer – Associate

内容を確認し、バッジを受け取ってください: {url}

Credly チーム
"""
htm = credly_html(['鈴木 大輔 さん', 'AWS 認定アカウントの統合に伴い、以下のバッジがお客様の Credly アカウントに移されました。',
                   '・AWS Certified Cloud Practitioner<br>・AWS Certified Developer – Associate'],
                  'バッジを確認する', url)
credly_mail(36, 'badge-iko', to_name=C_NAME, to_mail=C_MAIL, provider='docomo', date=d, lang='ja',
            subject=ew('バッジがアカウントに移されました', chunk=10),
            body=alt(leaf(t, cte='quoted-printable'), leaf(htm, 'html', cte='quoted-printable'), boundary=h('bc36', 28, HEX)),
            new=[t, htm])

# 37 --------------------------------------------------------------- J badge ready to accept (en)
d = dt(2025, 12, 6, 15, 2, 27, UTC)
url = f'https://www.credly.com/badges/{h("c37", 8, HEX)}-{h("c37a", 4, HEX)}-{h("c37b", 4, HEX)}-{h("c37c", 4, HEX)}-{h("c37d", 12, HEX)}'
t = f"""Hi Priya,

Good news! Your AWS Certified Data Engineer - Associate badge from Amazon Web Services Training and Certification is ready and waiting for you.

Claim it here: {url}

Once accepted, you can share it with your network and verify it anywhere.

The Credly Team
"""
htm = credly_html(['Hi Priya,', 'Good news! Your <b>AWS Certified Data Engineer – Associate</b> badge from Amazon Web Services Training and Certification is ready and waiting for you.',
                   'Once accepted, you can share it with your network and verify it anywhere.'], 'Claim your badge', url)
credly_mail(37, 'badge-ready', to_name=J_NAME, to_mail=J_MAIL, provider='gmail', date=d,
            subject='Your new badge is waiting for you',
            body=alt(leaf(t, 'plain', 'utf-8', cte='7bit'), leaf(htm, 'html', cte='quoted-printable'), boundary=h('bc37', 28, HEX)),
            new=[t, htm])

# 38 --------------------------------------------------------------- F badge issued, html only, no AR (ja)
d = dt(2025, 10, 22, 13, 30, 15)
url = f'https://www.credly.com/badges/{h("c38", 8, HEX)}-{h("c38a", 4, HEX)}-{h("c38b", 4, HEX)}-{h("c38c", 4, HEX)}-{h("c38d", 12, HEX)}/accept?locale=ja'
htm = credly_html(['渡辺 彩 さん', 'Amazon Web Services Training and Certification から新しいバッジが発行されました。',
                   '<b>AWS Certified Machine Learning Engineer – Associate</b>',
                   'このバッジは、統合前のアカウントで取得された認定に基づいて再発行されたものです。受け取り後、プロフィールに表示されます。'],
                  'バッジを受け取る', url)
credly_mail(38, 'saihakko-badge', to_name=F_NAME, to_mail=F_MAIL, provider='xserver', date=d, lang='ja', sv=None,
            subject=ew('新しいバッジが発行されました', chunk=14),
            body=leaf(htm, 'html', cte='base64'), new=[htm], trace_kw=dict(no_ar=True))

# 39 --------------------------------------------------------------- K badge issued (en)
d = dt(2025, 3, 22, 17, 40, 2, UTC)
url = f'https://www.credly.com/badges/{h("c39", 8, HEX)}-{h("c39a", 4, HEX)}-{h("c39b", 4, HEX)}-{h("c39c", 4, HEX)}-{h("c39d", 12, HEX)}/accept'
t = f"""Marcus,

Amazon Web Services Training and Certification sent you a badge.

AWS Certified Cloud Practitioner

Accept your badge to start sharing your achievement: {url}

The Credly Team
"""
htm = credly_html(['Marcus,', 'Amazon Web Services Training and Certification sent you a badge.',
                   '<b>AWS Certified Cloud Practitioner</b>'], 'Accept your badge', url)
credly_mail(39, 'badge-sent', to_name=K_NAME, to_mail=K_MAIL, provider='outlookcom', date=d,
            subject='Marcus, Amazon Web Services Training and Certification sent you a badge',
            body=alt(leaf(t, 'plain', 'utf-8', cte='7bit'), leaf(htm, 'html', cte='quoted-printable'), boundary=h('bc39', 28, HEX)),
            new=[t, htm])

# 40 --------------------------------------------------------------- C info request (iso-2022-jp)
d = dt(2025, 7, 4, 10, 2, 18)
t = f"""鈴木 大輔 様

AWS トレーニングと認定の森田と申します。お問い合わせありがとうございます。

ご記載いただいた AWS03370921 のほかに、同じお名前で登録された AWS06649158 というアカウントが見つかりました。
こちらが統合をご希望のもう一方のアカウントでしょうか。

手続きを進めるため、以下の点についてお知らせください。
　1. それぞれのアカウントにサインインする際のメールアドレス
　2. それぞれのアカウントの通知先メールアドレス（サインイン用と異なる場合）
　3. 統合後に残したいアカウント

お手数をおかけしますが、このメールにご返信いただけますと幸いです。

AWS トレーニングと認定 サポート
森田
"""
aws_mail(40, 'kakunin-jiko', kind='support_reply', lang='ja', case_id=C_CASE, ids=[C_KEEP, C_OLD],
         to_name=C_NAME, to_mail=C_MAIL, provider='docomo', date=d,
         subject=f'RE:[CASE {C_CASE}] ' + FORM_SUBJ,
         body=leaf(t, charset='iso-2022-jp', cte='7bit'), new=[t])

# 41 --------------------------------------------------------------- E which account to keep (ja)
d = dt(2025, 9, 10, 11, 31, 55)
aws_mail(41, 'dochira-wo-nokosu', kind='support_reply', lang='ja', case_id=E_CASE, ids=[E_KEEP, E_OLD],
         to_name=E_NAME, to_mail=E_MAIL, provider='nifty', date=d,
         subject=f'RE:[CASE {E_CASE}] ' + FORM_SUBJ,
         body=leaf(E_INFO_TXT + '\n', cte='quoted-printable'), new=[E_INFO_TXT])

# 42 --------------------------------------------------------------- A "thank you for confirming, proceeding" quoting Gmail-ja
d = dt(2025, 5, 28, 11, 30, 7)
new = """田中 美咲 様

ご確認いただきありがとうございます。
いただいたご返信をもって、AWS07731590 から AWS04418236 への統合作業を進めてまいります。

作業が終わりましたら、改めてこのメールアドレス宛てにご連絡いたします。
それまでの間、どちらのアカウントでも新たな試験予約はお控えください。

松本
Amazon Web Services
AWS トレーニングと認定
"""
q = f"""
2025年5月28日(水) 8:02 田中美咲 <{A_MAIL}>:
> The details are correct. Please proceed with the merge.
> よろしくお願いいたします。
>
> 田中美咲
>
> 2025年5月27日(火) 17:05 Amazon Web Services <{AWS_FORM}>:
""" + quote(A_CONF_TXT, '> > ') + '\n'
aws_mail(42, 'sagyo-susumemasu', kind='support_reply', lang='ja', case_id=A_CASE, ids=[A_KEEP, A_OLD],
         to_name=A_NAME, to_mail=A_MAIL, provider='gmail', date=d,
         subject=f'RE:[CASE {A_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(new + q, cte='base64'), leaf(to_html(new + q), 'html', cte='base64'), boundary=bnd('b42', d)),
         new=[new])

# 43 --------------------------------------------------------------- B conditional "once done we will ..." (console)
d = dt(2025, 6, 12, 9, 48, 31)
t = f"""佐藤 様

ご返信ありがとうございます。AWS トレーニングと認定の大野です。

AWS05518004 もご本人のものとご確認いただき、ありがとうございました。3 件を 1 件にまとめるご依頼として承りました。
現在、担当部署にて作業を進めております。

統合が完了しましたら、Credly バッジの扱いも含めて改めてご連絡いたします。
作業中は一時的に認定の表示が不完全になることがございますが、ご心配には及びません。

大野
Amazon Web Services

このケースを確認してご返信いただくには、サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

この返信は役に立ちましたか? 評価をお願いします:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja#rate
"""
aws_mail(43, 'sagyochu', kind='support_reply', lang='ja', case_id=B_CASE, ids=[B_OLD2],
         to_name=B_NAME, to_mail=B_MAIL, provider='m365', date=d, frm=AWS_FROM_NR,
         subject=f'[Case {B_CASE}] New correspondence added',
         body=leaf(t, cte='base64'), new=[t])

# 44 --------------------------------------------------------------- G working on it, quoting iPhone-ja mail
d = dt(2025, 11, 10, 15, 12, 9)
new = """中村 翔太 様

お問い合わせの件、ご連絡が遅くなり申し訳ございません。

ご承認いただいた内容については、現在も引き続き対応を進めております。
処理に通常よりお時間をいただいておりますが、進捗があり次第こちらからご連絡いたしますので、
恐れ入りますがもうしばらくお待ちいただけますでしょうか。

AWS トレーニングと認定 サポートチーム
"""
q = f"""
2025/11/09 23:41、中村 翔太 <{G_MAIL}>のメール:

> お世話になってます。
> 6日にOKの返信をしたのですが、その後どうなっていますか？
> 来週試験を予約したいので早めに知りたいです。
>
> iPhoneから送信
"""
aws_mail(44, 'taio-chu', kind='support_reply', lang='ja', case_id=G_CASE, ids=[],
         to_name=G_NAME, to_mail=G_MAIL, provider='softbank', date=d,
         subject=f'RE:[CASE {G_CASE}] ' + FORM_SUBJ,
         body=leaf(new + q, cte='quoted-printable'), new=[new])

# 45 --------------------------------------------------------------- H follow-up "still need help?" with confirmation quoted
d = dt(2026, 1, 15, 9, 30, 0)
new = f"""山本 恵 様

AWS トレーニングと認定サポートです。

先日お送りした確認のご連絡について、まだご返信をいただけていないようでしたので、改めてご連絡いたしました。
引き続きサポートが必要でしょうか。

5 営業日以内にご返信がない場合は、解決済みとして本ケースをクローズさせていただきます。
クローズ後も、同じ件名のままご返信いただければ再開いたします。
"""
q = f"""
-------- Original Message --------
Subject: RE:[CASE {H_CASE}] {FORM_SUBJ}
Date: 2026/01/14 11:02
From: Amazon Web Services <{AWS_FORM}>
To: {H_MAIL}

    山本 恵 様

    お問い合わせいただいた件について、以下のとおり統合を行う予定です。
      残すアカウント　: AWS08037716
      統合するアカウント: AWS01560492
    統合は元に戻せない操作です。この内容でよろしければご返信ください。
"""
aws_mail(45, 'mada-hitsuyo-desuka', kind='support_reply', lang='ja', case_id=H_CASE, ids=[],
         to_name=H_NAME, to_mail=H_MAIL, provider='au', date=d,
         subject=f'RE:[CASE {H_CASE}] ' + FORM_SUBJ,
         body=leaf(new + q, cte='8bit'), new=[new])

# 46 --------------------------------------------------------------- J "thanks for confirming, we'll proceed" (en)
d = dt(2025, 12, 3, 9, 20, 44, UTC)
t = """Hi Priya,

Thanks for confirming. I've passed the request to combine AWS03158846 into AWS09275531 to our records team and they will now carry it out. This normally takes one to two business days.

I'll write again as soon as it has gone through. No action is needed from you in the meantime.

Best regards,
Daniel K.
Amazon Web Services
"""
aws_mail(46, 'thanks-for-confirming', kind='support_reply', lang='en', case_id=J_CASE, ids=[J_KEEP, J_OLD],
         to_name=J_NAME, to_mail=J_MAIL, provider='gmail', date=d,
         subject=f'RE:[CASE {J_CASE}] ' + FORM_SUBJ,
         body=leaf(t, 'plain', 'us-ascii', cte='7bit'), new=[t])

# 47 --------------------------------------------------------------- F Credly not moved, completion quoted (no AR)
d = dt(2025, 10, 20, 16, 45, 30)
new = """渡辺 彩 様

ご連絡ありがとうございます。AWS トレーニングと認定サポートの岡田です。

認定アカウントの統合は完了しておりますが、Credly のバッジは Credly 側のアカウントに紐づいているため、
統合前のアカウントで受け取られたバッジは自動では移動しない場合がございます。

Credly へのバッジ再発行を依頼いたしますので、現在ご利用中の Credly アカウントのメールアドレスをお知らせいただけますでしょうか。

岡田
AWS トレーニングと認定サポート
"""
q = f"""
2025/10/19 22:15, 渡辺 彩 さんは書きました:
> 岡田様
>
> 統合ありがとうございました。
> ただ、Credly のほうは以前のバッジ（MLA）が古いメールアドレスの Credly に残ったままです。
> こちらも移していただくことはできますか？
>
> 2025/10/16 11:58, Amazon Web Services wrote:
>> 渡辺 彩 様
>>
>> お待たせしました。ご依頼いただいたアカウントの統合作業が完了しました。
>>
>> 統合後のアカウント： AWS07215569
>> （AWS04480136 は閉鎖済みです）
"""
aws_mail(47, 'credly-saihakko-irai', kind='support_reply', lang='ja', case_id=F_CASE, ids=[],
         to_name=F_NAME, to_mail=F_MAIL, provider='xserver', date=d, sv=None,
         subject=f'RE:[CASE {F_CASE}] ' + FORM_SUBJ,
         body=leaf(new + q, cte='quoted-printable'), new=[new], trace_kw=dict(no_ar=True))

# 48 --------------------------------------------------------------- H duplicate case note (ja)
H_DUP = cid15(dt(2026, 1, 13, 8, 51, 2), 44120)
d = dt(2026, 1, 13, 18, 20, 41)
t = f"""山本 恵 様

AWS トレーニングと認定サポートです。お問い合わせありがとうございます。

同じ内容のお問い合わせが 2 件（{H_CASE} と {H_DUP}）作成されておりました。
今後のご連絡は本ケース {H_CASE} にて行いますので、もう一方のケースへのご返信はお控えいただけますようお願いいたします。

現在、AWS08037716 と AWS01560492 の登録内容を確認しております。準備が整い次第ご連絡いたします。
"""
htm = to_html(t)
aws_mail(48, 'chofuku-case', kind='support_reply', lang='ja', case_id=H_CASE, ids=[H_KEEP, H_OLD],
         to_name=H_NAME, to_mail=H_MAIL, provider='au', date=d,
         subject=f'RE:[CASE {H_CASE}] ' + FORM_SUBJ,
         body=alt(leaf(t, cte='base64'), leaf(htm, 'html', cte='base64'), boundary=bnd('b48', d)), new=[t])

# 49 --------------------------------------------------------------- I pending exam booking (ja)
d = dt(2026, 2, 3, 10, 15, 22)
aws_mail(49, 'shiken-yoyaku', kind='support_reply', lang='ja', case_id=I_CASE, ids=[I_OLD],
         to_name=I_NAME, to_mail=I_MAIL, provider='m365', date=d,
         subject=f'RE:[CASE {I_CASE}] ' + FORM_SUBJ,
         body=leaf(I_INFO_TXT + '\n', cte='base64'), new=[I_INFO_TXT])

# 50 --------------------------------------------------------------- B user forwards completion to manager (Outlook ja, iso-2022-jp)
d = dt(2025, 6, 13, 17, 48, 10)
BOSS = ('木村 直樹', 'n.kimura@hinode-sys.co.jp')
new = f"""木村部長

お疲れ様です。佐藤です。
AWS認定アカウントの統合が完了しましたので、ご報告いたします。
社内の資格管理表の候補者IDは AWS02295817 に統一していただけますでしょうか。
（旧IDの2つは今後使えなくなるとのことです）

よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
株式会社ひので情報システム
クラウド推進部　佐藤 健一
━━━━━━━━━━━━━━━━━━━━
"""
fwd = f"""
差出人: Amazon Web Services <{AWS_NOREPLY}>
送信日時: 2025年6月13日 16:22
宛先: 佐藤 健一 <{B_MAIL}>
件名: [Case {B_CASE}] New correspondence added

佐藤 様

いつもお世話になっております。AWS トレーニングと認定の大野です。

ご返信いただいた内容に基づき、AWS09163042 および AWS05518004 を AWS02295817 に統合いたしました。
3 つのアカウントにあった認定資格はすべて AWS02295817 でご確認いただけます。

本件はこれで対応完了となりますので、ケースはクローズさせていただきます。

大野
Amazon Web Services
"""
s = Sender('TYWPR01MB8843.jpnprd01.prod.outlook.com', '2603:1096:400:3c1::5', f'{B_MAIL}', [], 'hinode-sys.co.jp')
other_mail(50, 'fw-togo-hokoku', s=s, provider='m365', date=d, to_mail=BOSS[1],
           msgid=f'<TYWPR01MB8843{h("m50", 10, "0123456789ABCDEF")}{h("m50b", 12, "0123456789ABCDEF")}@TYWPR01MB8843.jpnprd01.prod.outlook.com>',
           trace_kw=dict(ar_override='dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hinode-sys.co.jp;'),
           kind='unrelated', lang='ja', case_id=B_CASE, ids=[B_KEEP], sv=False,
           frm=addr(B_NAME, B_MAIL, 'iso-2022-jp'), to=addr(BOSS[0], BOSS[1], 'iso-2022-jp'),
           subject=f'FW: [Case {B_CASE}] New correspondence added',
           body=leaf(new + fwd, charset='iso-2022-jp', cte='7bit'), new=[new],
           extra=[('Thread-Topic', f'[Case {B_CASE}] New correspondence added'),
                  ('Thread-Index', f'AQHb3C{h("ti50", 30, B64)}=='),
                  ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'),
                  ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                  ('X-Mailer', 'Microsoft Outlook 16.0')])

# 51 --------------------------------------------------------------- colleague, Becky!, cp932 bytes labelled Shift_JIS, no AR
d = dt(2025, 10, 21, 10, 14, 52)
COL = ('前田 浩二', 'k.maeda@mikan-lab.co.jp')
new = """渡辺さん

お疲れさまです。前田です。

昨日話していたAWS認定のアカウント統合の件、私も同じ状態でした。
　① 個人メールで作ったもの：ＡＷＳ－０６２０５５１３
　② ㈱みかんラボのメールで作ったもの：ＡＷＳ－０９４１７７２６
どちらを残すべきか迷っています。渡辺さんはどちらを残しましたか？

あと、問い合わせフォームのURLも教えてもらえると助かります。
"""
q = """
On Mon, 20 Oct 2025 18:02:33 +0900
渡辺 彩 <aya.watanabe@mikan-lab.co.jp> wrote:

> 前田さん
>
> AWSの認定アカウント、サポートに頼んで1つにまとめてもらいました。
> Credlyのバッジだけまだ移っていないので、いま追加でお願いしているところです。
>
> 渡辺

-- 
前田 浩二 / 株式会社みかんラボ 開発部
"""
trace51 = [('Return-Path', f'<{COL[1]}>'), ('Delivered-To', F_MAIL),
           ('Received', f'from [192.168.10.23] (fp276e0b1c.tkyc.ap.nuro.jp [39.110.11.28])\n\t(Authenticated sender: {COL[1]})\n\tby sv14052.xserver.jp (Postfix) with ESMTPA id 4cR2Jk1VfTz3Nq7\n\tfor <{F_MAIL}>; {rfc(d + timedelta(seconds=1))} (JST)')]
build(51, 'maeda-san-kara', kind='unrelated', lang='ja', case_id=None, ids=['AWS06205513', 'AWS09417726'], sv=None,
      frm=addr(COL[0], COL[1], 'iso-2022-jp'), to=addr(F_NAME, F_MAIL, 'iso-2022-jp'),
      subject=ew('Re: AWS認定のアカウント', 'iso-2022-jp', chunk=12), date=d,
      body=leaf(new + q, charset='shift_jis', label='Shift_JIS', cte='8bit'), trace_hdrs=trace51,
      msgid=f'<20251021101452.{h("m51", 4, "0123456789ABCDEF")}.{h("m51b", 6, "0123456789ABCDEF")}@mikan-lab.co.jp>',
      irt=f'<20251020180233.E21F.7B3A90C4@mikan-lab.co.jp>', refs=f'<20251020180233.E21F.7B3A90C4@mikan-lab.co.jp>',
      new=[new], extra=[('X-Mailer', 'Becky! ver. 2.81.07 [ja]')])

# 52 --------------------------------------------------------------- other AWS case: billing (console, ja)
BILL_OPEN = dt(2026, 2, 9, 14, 2, 11); BILL_CASE = cid15(BILL_OPEN, 80935)
d = dt(2026, 2, 10, 11, 47, 36)
t = f"""加藤 様

Amazon Web Services にお問い合わせいただきありがとうございます。請求担当の井上と申します。

ご依頼いただいた請求書の宛名変更について、ご案内いたします。
2026年3月分以降の請求書には、アカウント設定の「お支払い情報」に登録された会社名が記載されます。
変更はルートユーザーまたは請求情報へのアクセス権を持つユーザーから行っていただけます。

すでに発行済みの請求書（2026年1月分）の再発行をご希望の場合は、本ケースにてお知らせください。

よろしくお願いいたします。

井上
Amazon Web Services

このケースを確認するには、サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={BILL_CASE}&language=ja
"""
aws_mail(52, 'seikyusho-atena', kind='unrelated', lang='ja', case_id=BILL_CASE, ids=[],
         to_name=I_NAME, to_mail=I_MAIL, provider='m365', date=d, frm=AWS_FROM_NR,
         subject=ew(f'RE:[CASE {BILL_CASE}] 請求書の宛名変更について', chunk=16),
         body=leaf(t, cte='base64'), new=[t])

# 53 --------------------------------------------------------------- other AWS case opened: EC2 quota (ja)
EC2_CASE = '12039384716'
d = dt(2025, 6, 24, 13, 5, 29)
t = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のご質問に対応するため、ケース {EC2_CASE} を作成しました。

ケース ID: {EC2_CASE}
件名: サービスクォータの引き上げ: EC2 インスタンス (ap-northeast-1)
重要度: 通常
内容:
Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances の上限を 64 vCPU から 256 vCPU へ引き上げをお願いします。
負荷試験のため 7 月第 1 週から利用予定です。

ケースの確認や返信は、サポートセンターから行ってください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={EC2_CASE}&language=ja

※このメールアドレスは送信専用です。

よろしくお願いいたします。
Amazon Web Services
"""
aws_mail(53, 'quota-case', kind='unrelated', lang='ja', case_id=EC2_CASE, ids=[],
         to_name=B_NAME, to_mail=B_MAIL, provider='m365', date=d, frm=AWS_FROM_NR,
         subject=ew(f'Amazon Web Services: 新しいサポートケースを開きました: {EC2_CASE}', chunk=18),
         body=leaf(t, cte='quoted-printable'), new=[t])

# 54 --------------------------------------------------------------- Seller Central case about merging seller accounts (ja)
SC_CASE = '6102937458'
d = dt(2025, 9, 30, 16, 8, 2)
t = f"""小林 由紀 様

Amazon セラーセントラルにお問い合わせいただき、ありがとうございます。

お申し出いただいた 2 つの出品用アカウントの統合について確認いたしました。
同一の事業者様による複数アカウントの統合は、統合元アカウントの在庫・注文がすべて完了していることが条件となります。
現在、統合元アカウントに未出荷の注文が 3 件ございますので、出荷完了後に本ケースへご返信ください。

統合後は統合元アカウントにはログインできなくなり、元に戻すことはできません。

Amazon.co.jp セラーサポート
ケース ID: {SC_CASE}

このメールアドレスは送信専用です。返信はセラーセントラルの「ケースログ」から行ってください。
"""
s = Sender('a48-93.smtp-out.amazonses.com', '54.240.48.93', f'{ses_id(d, "m54")}@amazonses.com',
           [('amazon.com', SES_SEL), ('amazonses.com', SES2_SEL)], 'amazon.com')
other_mail(54, 'seller-case-togo', s=s, provider='yahoojp', date=d.astimezone(UTC), to_mail=D_MAIL,
           msgid=f'<{ses_id(d, "m54")}@email.amazonses.com>',
           kind='unrelated', lang='ja', case_id=SC_CASE, ids=[], sv=True,
           frm=addr('Amazon セラーサポート', 'seller-notification@amazon.com'), to=D_MAIL,
           subject=ew(f'RE:[CASE {SC_CASE}] 出品用アカウントの統合について', chunk=16),
           body=leaf(t, cte='base64'), new=[t])

# 55 --------------------------------------------------------------- CertMetrics recertification (ja)
d = dt(2025, 11, 18, 6, 30, 0, UTC)
t = """伊藤 誠 様

AWS Certified Solutions Architect – Professional の再認定、おめでとうございます。

認定番号: 7QW2R4D1KFB1QG5N
AWS 認定 ID: AWS05093378
有効期限: 2028年11月17日

認定アカウントから、デジタルバッジや認定証（PDF）をダウンロードいただけます。
次回の受験でご利用いただける 50% 割引特典も、認定アカウントの「特典」ページに追加されました。

AWS トレーニングと認定
このメールは送信専用アドレスから送信されています。
"""
s = Sender('mail-sor-f41.certmetrics.com', '167.89.101.41', 'bounces+9912738-0af1-m-ito=nifty.com@certmetrics.com',
           [('certmetrics.com', 's1')], 'certmetrics.com')
other_mail(55, 'saininteii-omedeto', s=s, provider='nifty', date=d, to_mail=E_MAIL,
           msgid=f'<{h("m55", 22, B64.replace("+", "").replace("/", ""))}@certmetrics.com>',
           kind='unrelated', lang='ja', case_id=None, ids=[E_KEEP], sv=False,
           frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=E_MAIL,
           subject=ew('AWS 認定: 再認定おめでとうございます', chunk=14),
           body=alt(leaf(t, cte='quoted-printable'), leaf(to_html(t), 'html', cte='quoted-printable'), boundary=h('b55', 30, HEX)),
           new=[t])

# 56 --------------------------------------------------------------- Pearson VUE cancellation (ja)
d = dt(2026, 2, 3, 18, 31, 7)
t = """加藤 隆 様

以下の試験予約のキャンセルを受け付けました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
受験日時: 2026年2月20日 (金) 13:30
試験会場: オンライン監督試験（OnVUE）
受験者 ID: AWS03306681
登録 ID: 538827104

キャンセル料は発生しておりません。再度ご予約の際は、AWS 認定アカウントからお手続きください。

Pearson VUE
"""
s = Sender('mx0a-002c5601.pphosted.com', '148.163.149.86', 'pearsonvue@pearson.com',
           [('pearson.com', 'selector1')], 'pearson.com', dmarc_policy='REJECT')
other_mail(56, 'yoyaku-cancel', s=s, provider='m365', date=d.astimezone(UTC), to_mail=I_MAIL,
           msgid=f'<{h("m56", 12, "0123456789")}.{h("m56b", 8, "0123456789")}.JavaMail.pvue@pearsonvue.com>',
           kind='unrelated', lang='ja', case_id=None, ids=[I_OLD], sv=False,
           frm=addr('Pearson VUE', 'pearsonvue@pearson.com'), to=I_MAIL,
           subject=ew('Pearson VUE 試験予約キャンセルのお知らせ', chunk=14),
           body=leaf(t, cte='base64'), new=[t])

# 57 --------------------------------------------------------------- GitHub PR merged (en)
d = dt(2025, 12, 9, 20, 14, 33, UTC)
t = """Merged #412 into main.

Dedupe candidate records when the same person has two certification IDs

- add `merge_candidate_accounts()` that folds the secondary record into the primary
- keep the primary's ID (fixture: AWS12345678) and drop the secondary
- tests for the irreversible path

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/412#event-15599203117
You are receiving this because you authored the thread.
"""
s = Sender('out-25.smtp.github.com', '192.30.252.208', 'noreply@github.com', [('github.com', 'pf2023')], 'github.com', dmarc_policy='REJECT')
other_mail(57, 'pr-merged', s=s, provider='gmail', date=d, to_mail=J_MAIL,
           msgid='<northwind-analytics/cert-tracker/pull/412/issue_event/15599203117@github.com>',
           kind='unrelated', lang='en', case_id=None, ids=['AWS12345678'], sv=False,
           frm='Ken Osei <notifications@github.com>', to='northwind-analytics/cert-tracker <cert-tracker@noreply.github.com>',
           cc=f'Priya Raman <{J_MAIL}>, Author <author@noreply.github.com>',
           reply_to='northwind-analytics/cert-tracker <reply+AABQ3X7WJ2K@reply.github.com>',
           irt='<northwind-analytics/cert-tracker/pull/412@github.com>', refs='<northwind-analytics/cert-tracker/pull/412@github.com>',
           subject='Re: [northwind-analytics/cert-tracker] Dedupe candidate records when the same person has two\n certification IDs (PR #412)',
           body=alt(leaf(t, 'plain', 'utf-8', cte='7bit'), leaf(to_html(t, 'Arial'), 'html', cte='quoted-printable'),
                    boundary=f'--==_mimepart_{h("b57", 12, HEX)}_{h("b57b", 4, "0123456789")}'),
           new=[t], extra=[('List-ID', 'northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>'),
                           ('X-GitHub-Reason', 'author')])

# 58 --------------------------------------------------------------- Credly's own account merge code (ja)
d = dt(2025, 7, 10, 21, 3, 45)
t = """鈴木 大輔 さん

Credly アカウントの統合リクエストを受け付けました。

以下の確認コードを入力して、アカウントの統合を完了してください。

確認コード: 482913

このコードの有効期限は 30 分です。
「アカウントの統合を完了する」: https://www.credly.com/users/merge/confirm

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly チーム
"""
credly_mail(58, 'credly-kakunin-code', kind='unrelated', to_name=C_NAME, to_mail=C_MAIL, provider='docomo', date=d, lang='ja',
            frm='Credly <no-reply@credly.com>',
            subject=ew('Credly アカウント統合の確認コード', chunk=12),
            body=leaf(t, cte='base64'), new=[t])

# 59 --------------------------------------------------------------- Credly expiry reminder (en)
d = dt(2026, 1, 5, 14, 0, 12, UTC)
t = """Hi Marcus,

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification expires in 60 days (March 6, 2026).

To keep your credential active, check the recertification requirements from the issuer.

View your badge: https://www.credly.com/earner/earned

The Credly Team
"""
credly_mail(59, 'badge-expiring', kind='unrelated', to_name=K_NAME, to_mail=K_MAIL, provider='outlookcom', date=d,
            frm='Credly <no-reply@credly.com>',
            subject='Your badge is expiring soon',
            body=alt(leaf(t, 'plain', 'utf-8', cte='7bit'), leaf(to_html(t, 'Helvetica'), 'html', cte='quoted-printable'),
                     boundary=h('bc59', 28, HEX)), new=[t])

# 60 --------------------------------------------------------------- look-alike phishing about payment (ja)
d = dt(2025, 11, 20, 6, 41, 19)
t = """AWS をご利用のお客様

お客様のアカウントで、お支払い方法の確認ができませんでした。
24 時間以内に以下のページから情報を更新いただけない場合、AWS のサービスおよび認定アカウントが一時停止されます。

https://amazonaws-billing-jp.com/console/payment/verify

ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。
Amazon Web Services 請求チーム
"""
s = Sender('mail.amazonaws-billing-jp.com', '91.92.245.17', 'noreply@amazonaws-billing-jp.com',
           [('amazonaws-billing-jp.com', 'default')], 'amazonaws-billing-jp.com', dmarc_policy='NONE')
other_mail(60, 'shiharai-kakunin', s=s, provider='softbank', date=d, to_mail=G_MAIL,
           msgid=f'<{h("m60", 26, HEX)}@amazonaws-billing-jp.com>',
           trace_kw=dict(dmarc='fail', dkim_res=['fail'], spf='softfail'),
           kind='unrelated', lang='ja', case_id=None, ids=[], sv=False,
           frm=addr('Amazon Web Services', 'noreply@amazonaws-billing-jp.com'), to=G_MAIL,
           subject=ew('【重要】お支払い情報の確認が必要です', 'iso-2022-jp', chunk=10),
           body=leaf(t, charset='iso-2022-jp', cte='base64'), new=[t])

# === END MAILS ===

if __name__ == '__main__':
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails')
