#!/usr/bin/env python3
"""Generator for blind set 119: AWS Certification account-merge mail
(emphasis: acknowledgements and surveys in the writer's own words, and look-alikes)."""
import os, io, json, random, string, datetime as dt
from email.message import Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy as _pol

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(119119)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=2))


def D(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(d):
    return format_datetime(d)


def pt(d):
    """Google-internal Pacific time string."""
    off = -7 if 3 < d.month < 11 else -8
    t = d.astimezone(dt.timezone(dt.timedelta(hours=off)))
    return format_datetime(t) + (" (PDT)" if off == -7 else " (PST)")


def later(d, sec):
    return d + dt.timedelta(seconds=sec)


def cid15(d):
    return f"{int(d.timestamp())}{R.randint(0, 99999):05d}"


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    return ''.join(R.choice(string.ascii_letters + string.digits + '+/') for _ in range(n))


def alnum(n):
    return ''.join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


def ses_mid(d, dom='email.amazonses.com'):
    ms = int(d.timestamp() * 1000)
    return f"<0100{ms:012x}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@{dom}>"


def ew(text, charset='utf-8'):
    """Encoded-word(s) for a header, folded over lines when long."""
    return Header(text, charset, header_name='Subject').encode(linesep='\n', maxlinelen=76)


def ewq(text, charset='utf-8'):
    """Q-encoded words, folded."""
    from email.charset import QP as _QP
    c = Charset(charset)
    c.header_encoding = _QP
    return Header(text, c, header_name='Subject').encode(linesep='\n', maxlinelen=76)


def addr(name, email, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return Header(name, charset).encode(linesep='\n') + f" <{email}>"


# ---------------------------------------------------------------- senders
# dkim: list of (domain, selector); mf: envelope sender (None -> SES bounce from message id)
SENDERS = {
    'aws': dict(host='a8-{n}.smtp-out.amazonses.com', ip='54.240.8.{n}', mfdom='email.amazonses.com',
                dkim=[('amazon.com', 'rte02'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                fd='amazon.com', p='QUARANTINE', dmarc='pass'),
    'aws_usw': dict(host='a27-{n}.smtp-out.us-west-2.amazonses.com', ip='54.240.27.{n}', mfdom='us-west-2.amazonses.com',
                    dkim=[('amazon.com', 'zp3cvlzgb4yx3kzmxgqzc2ufjsbvh6vx'), ('amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv')],
                    fd='amazon.com', p='QUARANTINE', dmarc='pass'),
    'repost': dict(host='a48-{n}.smtp-out.amazonses.com', ip='54.240.48.{n}', mfdom='email.amazonses.com',
                   dkim=[('repost.aws', 'rp2024'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                   fd='repost.aws', p='REJECT', dmarc='pass'),
    'credly': dict(host='o{n}.email.credly.com', ip='168.245.12.{n}', mfdom='em8712.credly.com',
                   dkim=[('credly.com', 's1')], fd='credly.com', p='REJECT', dmarc='pass'),
    'pearson': dict(host='mta-{n}.mail.pearsonvue.com', ip='13.111.44.{n}', mfdom='bounce.mail.pearsonvue.com',
                    dkim=[('mail.pearsonvue.com', '200608')], fd='pearsonvue.com', p='REJECT', dmarc='pass'),
    'certmetrics': dict(host='mail{n}.certmetrics.com', ip='198.37.150.{n}', mfdom='certmetrics.com',
                        dkim=[('certmetrics.com', 'k1')], fd='certmetrics.com', p='NONE', dmarc='pass'),
    'github': dict(host='out-{n}.smtp.github.com', ip='192.30.252.{n}', mfdom='github.com',
                   dkim=[('github.com', 'pf2023')], fd='github.com', p='REJECT', dmarc='pass'),
    'gmail_user': dict(host='mail-sor-f{n}.google.com', ip='209.85.220.{n}', mfdom='gmail.com',
                       dkim=[('gmail.com', '20230601')], fd='gmail.com', p='NONE', dmarc='pass'),
}


def sender(key, **over):
    s = dict(SENDERS[key])
    s.update(over)
    n = R.randint(2, 60)
    s['host'] = s['host'].format(n=n)
    s['ip'] = s['ip'].format(n=n)
    return s


def dkim_sig(domain, sel, d, hdrs='Subject:From:To:Date:MIME-Version:Content-Type:Message-ID'):
    ts = int(d.timestamp())
    b = b64s(172) + '='
    return ('DKIM-Signature', f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; t={ts};\n"
            f"\th={hdrs};\n\tbh={b64s(43)}=;\n\tb={b[:70]}\n\t{b[70:140]}\n\t{b[140:]}")


def ar_gmail(s, mf):
    lines = []
    for dom, sel in s['dkim']:
        res = s.get('dkim_res', 'pass')
        lines.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={alnum(8)}")
    spf = s.get('spf', 'pass')
    if spf == 'pass':
        lines.append(f"spf=pass (google.com: domain of {mf} designates {s['ip']} as permitted sender) smtp.mailfrom={mf}")
    else:
        lines.append(f"spf={spf} (google.com: domain of {mf} does not designate {s['ip']} as permitted sender) smtp.mailfrom={mf}")
    dm = s['dmarc']
    if dm == 'none':
        lines.append(f"dmarc=none (p=NONE sp=NONE dis=NONE) header.from={s['fd']}")
    else:
        dis = 'NONE' if dm == 'pass' else ('QUARANTINE' if s['p'] == 'QUARANTINE' else 'REJECT')
        lines.append(f"dmarc={dm} (p={s['p']} sp={s['p']} dis={dis}) header.from={s['fd']}")
    return "mx.google.com;\n       " + ";\n       ".join(lines)


def ar_outlook(s, mf):
    mfd = mf.split('@')[-1]
    spf = s.get('spf', 'pass')
    dkd = s['dkim'][0][0]
    dm = s['dmarc']
    if dm == 'pass':
        tail = f"dmarc=pass action=none header.from={s['fd']};compauth=pass reason=100"
    elif dm == 'none':
        tail = f"dmarc=none action=none header.from={s['fd']};compauth=softpass reason=201"
    else:
        tail = f"dmarc=fail action=quarantine header.from={s['fd']};compauth=fail reason=000"
    dres = s.get('dkim_res', 'pass')
    dk = "dkim=pass (signature was verified)" if dres == 'pass' else "dkim=none (message not signed)"
    return (f"spf={spf} (sender IP is {s['ip']})\n smtp.mailfrom={mfd}; {dk}\n header.d={dkd};{tail}")


def ar_jp(s, mf, authserv):
    dres = s.get('dkim_res', 'pass')
    dk = f"dkim={dres} header.d={s['dkim'][0][0]} header.s={s['dkim'][0][1]}" if dres != 'none' else "dkim=none"
    return (f"{authserv};\n\tspf={s.get('spf', 'pass')} smtp.mailfrom={mf};\n\t{dk};\n"
            f"\tdmarc={s['dmarc']} header.from={s['fd']}")


def gid(t):
    lt = t.astimezone(dt.timezone(dt.timedelta(hours=-7 if 3 < t.month < 11 else -8)))
    return (f"d{R.randint(1000,9999)}c01a{R.randint(1000,9999)}-{hexs(10)}si{R.randint(1000000,99999999)}.{R.randint(10,400)}."
            + lt.strftime('%Y.%m.%d.%H.%M.%S'))


def trace(provider, rcpt, d, s, mid, ar=True, forged=None, nodkim=False):
    """Return receiving-side + sender trace headers (top first)."""
    t = later(d, R.randint(1, 9))
    mf = s.get('mf') or (mid.strip('<>').split('@')[0] + '@' + s['mfdom'])
    h = []
    if provider == 'gmail':
        arv = ar_gmail(s, mf)
        h.append(('Delivered-To', rcpt))
        h.append(('Received', f"by 2002:a05:7300:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {alnum(8).lower()};\n        {pt(later(t, 1))}"))
        h.append(('X-Google-Smtp-Source', f"AGHT+I{b64s(70)}"))
        h.append(('X-Received', f"by 2002:a05:620a:{hexs(4)}:b0:{hexs(3)}:{hexs(4)} with SMTP id {alnum(20)}.{R.randint(10,99)}.{R.randint(1000,9999)}5;\n        {pt(later(t, 1))}"))
        if ar:
            h.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64s(60)}\n         {b64s(60)}=="))
            h.append(('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64s(43)}=;\n        fh={b64s(43)}=;\n        b={b64s(60)}\n         {b64s(40)}=="))
            h.append(('ARC-Authentication-Results', "i=1; " + arv))
        h.append(('Return-Path', f"<{mf}>"))
        h.append(('Received', f"from {s['host']} ({s['host']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {gid(t)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pt(t)}"))
        if ar:
            spf = s.get('spf', 'pass')
            h.append(('Received-SPF', f"{spf} (google.com: domain of {mf} {'designates' if spf == 'pass' else 'does not designate'} {s['ip']} as permitted sender) client-ip={s['ip']};"))
            h.append(('Authentication-Results', arv))
    elif provider == 'outlook':
        a, b_, c = alnum(6).upper(), alnum(6).upper(), alnum(6).upper()
        h.append(('Received', f"from TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:{hexs(3)}::{hexs(2)})\n by OS3P286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM with HTTPS; {rfc(later(t, 2))}"))
        h.append(('Received', f"from SA9PR13CA{R.randint(1000,9999)}.namprd13.prod.outlook.com (2603:10b6:806:{hexs(3)}::{hexs(2)})\n by TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:{hexs(3)}::{hexs(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}; {rfc(later(t, 1))}"))
        h.append(('Received', f"from SN1PEPF000{R.randint(10000,99999)}.namprd05.prod.outlook.com\n (2603:10b6:806:{hexs(3)}:cafe::{hexs(2)}) by SA9PR13CA{R.randint(1000,9999)}.outlook.office365.com\n (2603:10b6:806:{hexs(3)}::{hexs(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)} via Frontend Transport; {rfc(t)}"))
        if ar:
            h.append(('Authentication-Results', ar_outlook(s, mf)))
            spf = s.get('spf', 'pass')
            h.append(('Received-SPF', f"{spf.capitalize()} (protection.outlook.com: domain of {mf.split('@')[-1]}\n {'designates' if spf == 'pass' else 'does not designate'} {s['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={s['ip']}; helo={s['host']}; pr=C"))
        h.append(('Received', f"from {s['host']} ({s['ip']}) by\n SN1PEPF000{R.randint(10000,99999)}.mail.protection.outlook.com (10.167.242.{R.randint(2,250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}\n via Frontend Transport; {rfc(t)}"))
    elif provider in ('nifty', 'biglobe', 'ocn', 'corpjp', 'corpnoar', 'denoar'):
        mta = {'nifty': 'mfilter{n}.mx.nifty.com', 'biglobe': 'mtain{n}.mail.biglobe.ne.jp',
               'ocn': 'mfsmax{n}.mf.ocn.ad.jp', 'corpjp': 'mgw0{n}.kaneda-sys.co.jp',
               'corpnoar': 'mx0{n}.brandt-consulting.de', 'denoar': 'smtp{n}.corvid-labs.io'}[provider]
        mta = mta.format(n=R.randint(1, 9))
        authserv = {'nifty': 'mx.nifty.com', 'biglobe': 'mail.biglobe.ne.jp', 'ocn': 'mf.ocn.ad.jp',
                    'corpjp': 'mgw.kaneda-sys.co.jp'}.get(provider)
        tz = JST if provider in ('nifty', 'biglobe', 'ocn', 'corpjp') else CET
        lt = t.astimezone(tz)
        if provider == 'corpjp':
            h.append(('Received', f"from mgw.kaneda-sys.co.jp (mgw.kaneda-sys.co.jp [10.20.1.{R.randint(2,200)}])\n\tby mbox02.kaneda-sys.co.jp (Postfix) with ESMTP id {alnum(10).upper()}\n\tfor <{rcpt}>; {rfc(later(lt, 2))}"))
        if provider == 'corpnoar':
            h.append(('Received', f"from EXCH02.brandt.local (10.1.4.22) by EXCH01.brandt.local\n (10.1.4.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(later(lt, 2))}"))
        h.append(('Return-Path', f"<{mf}>"))
        h.append(('Received', f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby {mta} with ESMTPS id {alnum(12)}\n\tfor <{rcpt}>; {rfc(lt)}"))
        if ar and authserv:
            h.append(('Authentication-Results', ar_jp(s, mf, authserv)))
        if provider == 'nifty':
            h.append(('X-Nifty-SpamCheck', 'clean'))
        if provider == 'corpjp':
            h.append(('X-KSC-Virus-Scanned', 'clean'))
    else:
        raise ValueError(provider)
    if forged:
        h.append(('Authentication-Results', forged))
    if not nodkim:
        for dom, sel in s['dkim']:
            h.append(dkim_sig(dom, sel, d))
    return h


# ---------------------------------------------------------------- bodies
def text(body, cs='utf-8', enc='qp'):
    if cs == 'utf-8':
        c = Charset('utf-8')
        c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[enc]
        p = MIMEText(body, 'plain', c)
    else:
        p = MIMEText(body, 'plain', cs)
    return p


def html(body, cs='utf-8', enc='qp'):
    c = Charset(cs)
    if cs == 'utf-8':
        c.body_encoding = {'qp': QP, 'b64': BASE64}[enc]
    return MIMEText(body, 'html', c)


def raw(ctype, raw_bytes, cte='8bit'):
    """A leaf part whose bytes are written as given (for wrong labels / 8bit legacy charsets)."""
    m = Message()
    m['Content-Type'] = ctype
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        import base64
        enc = base64.encodebytes(raw_bytes).decode('ascii')
        m.set_payload(enc)
    else:
        m._payload = raw_bytes.decode('ascii', 'surrogateescape')
    return m


def alt(*parts, sub='alternative'):
    m = MIMEMultipart(sub)
    for p in parts:
        if 'MIME-Version' in p:
            del p['MIME-Version']
        m.attach(p)
    return m


def render(headers, body):
    if 'MIME-Version' not in body:
        body['MIME-Version'] = '1.0'
    # MIME-Version first among body headers
    mv = body['MIME-Version']
    del body['MIME-Version']
    body._headers.insert(0, ('MIME-Version', mv))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_pol.compat32.clone(linesep='\n', max_line_length=998)).flatten(body)
    top = ''.join(f"{n}: {v}\n" for n, v in headers)
    return top.encode('ascii') + buf.getvalue()


def mail(n, slug, kind, lang, case_id, accts, verified, *, provider, rcpt, date, frm, to, subject, mid,
         s, body, ar=True, forged=None, irt=None, refs=None, extra=(), cc=None, reply_to=None, nodkim=False):
    h = trace(provider, rcpt, date, s, mid, ar=ar, forged=forged, nodkim=nodkim)
    h += [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Subject', subject), ('Date', rfc(date)), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += list(extra)
    if s.get('mfdom', '').endswith('amazonses.com'):
        h.append(('Feedback-ID', f"::1.us-east-1.{alnum(43)}=:AmazonSES"))
        h.append(('X-SES-Outgoing', date.strftime('%Y.%m.%d') + f"-{s['ip']}"))
    fn = f"{n:03d}-{slug}.eml"
    data = render(h, body)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    ids = sorted(set(accts))
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': ids,
                  'sender_verified': verified, 'language': lang}


AWS_NAME = 'Amazon Web Services'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

# ======================================================================== mails

# ---- users / threads
RAJ = ('Raj Menon', 'raj.menon87@gmail.com'); RAJ_IDS = ('AWS04417723', 'AWS09183350')
T_RAJ = D(2025, 5, 27, 5, 41, 7); C_RAJ = cid15(T_RAJ)
EMILY = ('Emily Carter', 'emily.carter@northwind-analytics.com'); EM_IDS = ('AWS02286419', 'AWS07731864')
T_EM = D(2025, 6, 10, 14, 22, 40); C_EM = cid15(T_EM)
KENJI = ('渡辺 健二', 'kenji.watanabe.dev@gmail.com'); KJ_IDS = ('AWS03358172', 'AWS08820461')
T_KJ = D(2025, 7, 2, 1, 15, 33); C_KJ = cid15(T_KJ)
MISAKI = ('佐藤 美咲', 'misaki-sato@nifty.com'); MS_IDS = ('AWS05519027', 'AWS01964433')
T_MS = D(2025, 8, 19, 23, 48, 2); C_MS = cid15(T_MS)
SHO = ('田中 翔', 'sho.tanaka@biglobe.ne.jp'); SH_IDS = ('AWS06642195', 'AWS02057718')
T_SH = D(2025, 9, 3, 2, 30, 10); C_SH = cid15(T_SH)
DAN = ('Daniel Okafor', 'daniel.okafor@outlook.com'); DN_IDS = ('AWS07105592', 'AWS03390814')
T_DN = D(2025, 10, 14, 18, 5, 51); C_DN = cid15(T_DN)
YUMI = ('鈴木 由美', 'yumi.suzuki@kaneda-sys.co.jp'); YM_IDS = ('AWS04872216', 'AWS09931057')
T_YM = D(2025, 11, 5, 0, 40, 12); C_YM = cid15(T_YM)
DAI = ('中村 大輔', 'd-nakamura@ocn.ne.jp'); DA_IDS = ('AWS01176530', 'AWS05820944')
T_DA = D(2026, 1, 13, 6, 12, 44); C_DA = cid15(T_DA)
LAURA = ('Laura Fischer', 'l.fischer@brandt-consulting.de'); LF_IDS = ('AWS08263711', 'AWS02615049')
T_LF = D(2025, 6, 24, 8, 5, 19); C_LF = '13850264417'
TOM = ('Tom Becker', 'tbecker@corvid-labs.io'); TB_IDS = ('AWS05047318', 'AWS06199823')
T_TB = D(2025, 12, 1, 15, 2, 9); C_TB = '12207718034'
PRIYA = ('Priya Natarajan', 'priya.natarajan@outlook.com'); PN_IDS = ('AWS09472260', 'AWS01385546')
T_PN = D(2026, 2, 9, 16, 33, 8); C_PN = cid15(T_PN)
NAOKI = ('小林 直樹', 'naoki.kobayashi@gmail.com'); NK_IDS = ('AWS02748815', 'AWS06031187')
T_NK = D(2026, 3, 17, 1, 2, 55); C_NK = cid15(T_NK)


def to_(u, cs='utf-8'):
    return addr(u[0], u[1], cs)


# ---------------------------------------------------------------- 001
d = later(T_RAJ, 14); mid = ses_mid(d)
mail(1, 'form-desk-queue-note', 'case_created', 'en', C_RAJ, list(RAJ_IDS), True,
     provider='gmail', rcpt=RAJ[1], date=d, frm=addr(AWS_NAME, FORM), to=RAJ[1],
     subject=f"Thanks for contacting AWS Training and Certification [Ref: {C_RAJ}]", mid=mid,
     s=sender('aws'), body=text(f"""Hello Raj,

Thanks for getting in touch with AWS Training and Certification. This is an
automatic note to let you know your message reached us and is now in line
for our team. One of our specialists will look it over and write back to you
at this address, normally within 24 hours.

Your reference number is {C_RAJ}. Please keep it handy. If you need to add
anything, just reply to this email instead of filling in the form again -
sending the same request twice can slow things down.

Here is what you sent us:

  Inquiry type:        Certification
  Inquiry detail:      Account Merge
  AWS candidate ID:    AWS04417723
  Email:               raj.menon87@gmail.com
  Additional details:  I have two certification accounts. The other one is
                       AWS09183350 (registered with my old university
                       address). Please combine them under AWS04417723.

Kind regards,
AWS Training and Certification

This message was sent by Amazon Web Services, Inc., 410 Terry Avenue North,
Seattle, WA 98109-5210. Amazon Web Services, Inc. is a subsidiary of
Amazon.com, Inc.
""", enc='qp'))

# ---------------------------------------------------------------- 002
d = later(T_MS, 9); mid = ses_mid(d)
mail(2, 'form-desk-ja-iso2022', 'case_created', 'ja', C_MS, list(MS_IDS), True,
     provider='nifty', rcpt=MISAKI[1], date=d, frm=addr(AWS_NAME, FORM), to=to_(MISAKI, 'iso-2022-jp'),
     subject=ew(f"【AWS トレーニングと認定】お問い合わせありがとうございます（お問い合わせ番号：{C_MS}）", 'iso-2022-jp'),
     mid=mid, s=sender('aws'), body=text(f"""佐藤 美咲 様

AWS トレーニングと認定にご連絡いただき、誠にありがとうございます。
お送りいただいた内容は担当チームに届いております。内容を拝見のうえ、
原則として24時間以内に、このメールアドレス宛てにご連絡いたします。

お問い合わせ番号：{C_MS}

追加でお伝えいただく情報がございましたら、フォームから改めて送信せず、
本メールにそのままご返信ください。同じ内容が重複すると、ご案内が
遅れる原因となります。

■ お問い合わせ内容
種別：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS05519027
ご記入内容：
以前の勤務先のメールアドレスで登録したアカウント（aws01964433）が
あります。現在のアカウントにまとめていただけますでしょうか。

今後ともよろしくお願いいたします。
AWS トレーニングと認定
""", cs='iso-2022-jp'))

# ---------------------------------------------------------------- 003
d = later(T_EM, 21); mid = ses_mid(d)
mail(3, 'console-request-open-html', 'case_created', 'en', C_EM, [], True,
     provider='outlook', rcpt=EMILY[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=EMILY[1],
     subject=f"Amazon Web Services: Support request {C_EM} is now open", mid=mid, s=sender('aws'),
     body=html(f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e9ebed">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Thank you for reaching out to Amazon Web Services. Your request is now with our Support team under ID <b>{C_EM}</b>. We'll get back to you as soon as we can.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>ID:</b></td><td>{C_EM}</td></tr>
<tr><td><b>Subject:</b></td><td>Combine two AWS Certification profiles</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td><b>Service:</b></td><td>Training and Certification</td></tr>
</table>
<p>To follow progress or add details, visit the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={C_EM}&amp;language=en">Support Center</a>.</p>
<p style="color:#5f6b7a;font-size:12px">This mailbox doesn't accept replies. Please add any further information through the Support Center.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</td></tr></table>
<p style="font-size:11px;color:#8d99a8">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""))

# ---------------------------------------------------------------- 004
d = later(T_KJ, 17); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
url = f"https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C_KJ}&language=ja"
mail(4, 'console-uketamawari-ja', 'case_created', 'ja', C_KJ, [], True,
     provider='gmail', rcpt=KENJI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=KENJI[1],
     subject=ew(f"Amazon Web Services: お問い合わせ {C_KJ} を承りました"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=alt(text(f"""Amazon Web Services をご利用いただきありがとうございます。

以下の内容でご依頼を承りました。担当者より順次ご連絡いたします。

お問い合わせ ID: {C_KJ}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス

進捗の確認や情報の追加は、サポートセンターから行えます:
{url}

このメールアドレスは送信専用です。ご返信いただいても内容を確認できませんので、
ご連絡はサポートセンターからお願いいたします。

Amazon Web Services
""", enc='b64'), html(f"""<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>以下の内容でご依頼を承りました。担当者より順次ご連絡いたします。</p>
<ul><li>お問い合わせ ID: <b>{C_KJ}</b></li><li>件名: 認定アカウントの統合について</li><li>重要度: 一般的なガイダンス</li></ul>
<p><a href="{url}" style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">サポートセンターを開く</a></p>
<p style="font-size:12px;color:#666">このメールアドレスは送信専用です。</p>
</body></html>""", enc='b64')))

# ---------------------------------------------------------------- 005
d = D(2025, 12, 1, 14, 36, 50); mid = f"<{alnum(12)}.{R.randint(10**9, 10**10)}@skillforge-learning.com>"
s5 = dict(host='mail-{n}.skillforge-learning.com', ip='40.107.{n}.77', mfdom='skillforge-learning.com',
          dkim=[('skillforge-learning.com', 'selector1')], fd='skillforge-learning.com', p='QUARANTINE', dmarc='pass')
SENDERS['skillforge'] = s5
mail(5, 'partner-desk-passed-on', 'case_created', 'en', None, list(TB_IDS), False,
     provider='outlook', rcpt=TOM[1], date=d, frm=addr('Skillforge Learning Helpdesk', 'help@skillforge-learning.com'),
     to=addr(*TOM), subject="We've got your note - SF-REQ-2025-1201-K4 (AWS certification profile)", mid=mid,
     s=dict(sender('skillforge'), mf='helpdesk-bounces@skillforge-learning.com'),
     extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
     body=alt(text("""Hi Tom,

Thanks for contacting the Skillforge Learning partner desk.

Certification profiles are looked after by AWS directly, so we have passed
your message on to the AWS Training and Certification team together with
the details below. They will write to you directly from an amazon.com
address - there is nothing else you need to do for now.

Our reference: SF-REQ-2025-1201-K4

  Profile to keep:   AWS05047318
  Profile to fold in: AWS 06199823
  Reason given:      second profile set up by mistake during our
                     September bootcamp voucher redemption

If you booked your exam through one of our vouchers and need it
re-issued, reply to this message and quote the reference above.

Skillforge Learning - AWS Training Partner
help@skillforge-learning.com
"""), html("""<html><body><p>Hi Tom,</p><p>Thanks for contacting the Skillforge Learning partner desk.</p>
<p>Certification profiles are looked after by AWS directly, so we have passed your message on to the
<b>AWS Training and Certification</b> team together with the details below. They will write to you directly
from an amazon.com address &ndash; there is nothing else you need to do for now.</p>
<p>Our reference: <b>SF-REQ-2025-1201-K4</b></p>
<table><tr><td>Profile to keep:</td><td>AWS05047318</td></tr>
<tr><td>Profile to fold in:</td><td>AWS 06199823</td></tr></table>
<p>Skillforge Learning &ndash; AWS Training Partner</p></body></html>""")))

# ---------------------------------------------------------------- 006
d = later(T_SH, 95); mid = f"<{T_SH.strftime('%Y%m%d%H%M%S')}.{R.randint(1000,9999)}@cloud-academia.jp>"
SENDERS['academia'] = dict(host='smtp{n}.cloud-academia.jp', ip='153.127.{n}.18', mfdom='cloud-academia.jp',
                           dkim=[('cloud-academia.jp', 'ca2025')], fd='cloud-academia.jp', p='NONE', dmarc='pass')
body6 = f"""田中 翔 様

クラウドアカデミアをご利用いただき、ありがとうございます。
サポート窓口です（このメールは自動でお送りしています）。

ご依頼いただいた AWS 認定アカウントの統合は、AWS 側での対応となるため、
AWS トレーニングと認定の窓口へお取り次ぎいたしました。
AWS 側のお問い合わせ番号は {C_SH} です。

今後のご案内は、AWS（amazon.com のアドレス）から直接届きます。
当窓口からの追加のご連絡はございませんので、AWS からのメールを
お待ちください。

　統合先（残すアカウント）：AWS06642195
　統合元：AWS-02057718

当社発行の受験バウチャーに関するご質問は、本メールにご返信ください。

━━━━━━━━━━━━━━━━━━━━
株式会社クラウドアカデミア　サポート窓口
support@cloud-academia.jp
━━━━━━━━━━━━━━━━━━━━
"""
mail(6, 'reseller-toritsugi-sjis', 'case_created', 'ja', C_SH, list(SH_IDS), False,
     provider='biglobe', rcpt=SHO[1], date=d, frm=addr('クラウドアカデミア サポート窓口', 'support@cloud-academia.jp', 'shift_jis'),
     to=to_(SHO, 'iso-2022-jp'), subject=ew("【クラウドアカデミア】AWS 認定アカウントの件、AWS へお取り次ぎしました", 'shift_jis'),
     mid=mid, s=dict(sender('academia'), mf='support@cloud-academia.jp'),
     extra=[('X-Mailer', 'Zendesk'), ('Auto-Submitted', 'auto-generated')],
     body=raw('text/plain; charset="Shift_JIS"', body6.encode('cp932')))

# ---------------------------------------------------------------- 007  (no Authentication-Results at all)
d = later(T_LF, 11); mid = ses_mid(d)
mail(7, 'form-desk-one-business-day', 'case_created', 'en', C_LF, ['AWS08263711'], None,
     provider='corpnoar', rcpt=LAURA[1], date=d, frm=addr(AWS_NAME, FORM), to=addr(*LAURA),
     subject=f"AWS Training and Certification - we'll reply within one business day (ref {C_LF})",
     mid=mid, s=sender('aws'), ar=False,
     body=text(f"""Hi Laura,

A quick automatic note: the message you sent through the AWS Training and
Certification contact form is now with the right team.

What happens next
- A specialist reads every request personally. Expect to hear from us at
  l.fischer@brandt-consulting.de within one business day.
- If something changes, reply to this email and keep the reference
  {C_LF} in the subject line so it lands in the same thread.
- Please don't send the form again for the same request; duplicates are
  handled in order and can add to the wait.

Your details
  Name:              Laura Fischer
  AWS candidate ID:  AWS08263711
  Topic:             Certification > Account Merge

Thank you,
AWS Training and Certification
""", enc='b64'))

# ---------------------------------------------------------------- 008
d = later(T_DA, 12); mid = ses_mid(d)
mail(8, 'form-desk-sanshou-bangou-split-subject', 'case_created', 'ja', C_DA, list(DA_IDS), True,
     provider='ocn', rcpt=DAI[1], date=d, frm=addr('AWS Training and Certification', FORM), to=to_(DAI),
     subject=ew(f"AWS トレーニングと認定：ご連絡ありがとうございます。担当者からのご案内をお待ちください [参照番号 {C_DA}]"),
     mid=mid, s=sender('aws'),
     body=text(f"""中村 大輔 様

このたびはご連絡いただき、ありがとうございます。
本メールはシステムより自動でお送りしています。

お送りいただいた内容は、担当者が拝見したうえで改めてご案内いたします。
通常は1営業日以内にお返事しておりますが、混み合っている時期は
もう少しお時間をいただく場合がございます。

同じ内容でフォームを再度お送りいただくと、かえってご案内が遅れる
原因となります。補足がございましたら、このメールにご返信ください。

参照番号: {C_DA}
AWS 受験者 ID: AWS-01176530
統合したいもう一方の ID: AWS 05820944

AWS トレーニングと認定
https://aws.amazon.com/jp/training/
""", enc='qp'))

# ---------------------------------------------------------------- 009
d = later(T_DN, 19); mid = ses_mid(d)
mail(9, 'console-looking-into-it', 'case_created', 'en', C_DN, list(DN_IDS), True,
     provider='outlook', rcpt=DAN[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=DAN[1],
     subject=f"Amazon Web Services: We're looking into your request {C_DN}", mid=mid, s=sender('aws'),
     body=text(f"""Thank you for contacting Amazon Web Services. Your request has been logged
and is now in our queue under the ID below.

Request ID: {C_DN}
Subject: Two certification IDs need combining
Severity: General guidance
Correspondence: Hello, I sat SAA-C03 with a new login by mistake. My
original profile is AWS07105592 and the new one is AWS03390814. Could the
exam be moved onto the original so all my certifications sit together?

You can check progress or add details at:
https://support.console.aws.amazon.com/support/home#/case/?displayId={C_DN}&language=en

Replies to this email address aren't monitored. Please use the Support
Center link above to continue the conversation.

Sincerely,
Amazon Web Services
""", cs='us-ascii'))

# ---------------------------------------------------------------- 010
d = later(T_YM, 23); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
url = f"https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C_YM}&language=ja"
mail(10, 'console-iraibangou-html-ja', 'case_created', 'ja', C_YM, [], True,
     provider='corpjp', rcpt=YUMI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=YUMI[1],
     subject=ew(f"Amazon Web Services: ご依頼番号 {C_YM} について担当者が確認いたします"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=html(f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Meiryo,'Yu Gothic',sans-serif;font-size:14px">
<div style="max-width:600px;margin:0 auto;border-top:4px solid #ff9900;padding:16px">
<p>鈴木 由美 様</p>
<p>Amazon Web Services サポートへのご連絡、ありがとうございます。<br>
ご依頼は下記の番号でお預かりしております。内容を確認のうえ、担当者よりご案内いたします。</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><th style="text-align:left;padding:4px 12px 4px 0">ご依頼番号</th><td>{C_YM}</td></tr>
<tr><th style="text-align:left;padding:4px 12px 4px 0">件名</th><td>AWS 認定の2つのアカウントをひとつにしたい</td></tr>
<tr><th style="text-align:left;padding:4px 12px 4px 0">重要度</th><td>一般的なガイダンス</td></tr>
</table>
<p>状況の確認や補足のご連絡は、<a href="{url}">サポートセンター</a>からお願いいたします。<br>
このアドレスへご返信いただいても、担当者には届きません。</p>
<p>Amazon Web Services</p>
</div></body></html>"""))

# ---------------------------------------------------------------- 011  (us-ascii label, UTF-8 8bit bytes)
d = later(T_PN, 8); mid = ses_mid(d)
b11 = f"""Hi Priya \u2014

Thanks for your message. It\u2019s now sitting with the AWS Training & Certification
team, and a real person will pick it up shortly \u2014 usually within a day.

For your records:
  \u2022 Reference: {C_PN}
  \u2022 Topic: Certification \u203a Account Merge
  \u2022 Candidate ID you entered: AWS09472260

Anything to add? Just hit reply and it\u2019ll be attached to the same request.
There\u2019s no need to use the form a second time.

\u2014 AWS Training & Certification
"""
mail(11, 'form-desk-wrong-ascii-label', 'case_created', 'en', C_PN, ['AWS09472260'], True,
     provider='outlook', rcpt=PRIYA[1], date=d, frm=addr('AWS Training & Certification', FORM), to=PRIYA[1],
     subject=f"[AWS Training and Certification Form Submission] - account-assistance - ref {C_PN}", mid=mid,
     s=sender('aws'), body=raw('text/plain; charset="us-ascii"', b11.encode('utf-8')))

# ---------------------------------------------------------------- 012  (alternative parts differ)
d = later(T_NK, 10); mid = ses_mid(d)
mail(12, 'form-desk-alt-differs-ja', 'case_created', 'ja', C_NK, list(NK_IDS), True,
     provider='gmail', rcpt=NAOKI[1], date=d, frm=addr(AWS_NAME, FORM), to=NAOKI[1],
     subject=ew(f"[AWS トレーニングと認定] お問い合わせ番号 {C_NK}"), mid=mid, s=sender('aws'),
     body=alt(text(f"""このメールは HTML 形式でお送りしています。
HTML を表示できない環境のため、要点のみお知らせします。

お問い合わせ番号: {C_NK}
担当者より原則24時間以内にご連絡します。

AWS トレーニングと認定
""", enc='qp'), html(f"""<html><body style="font-family:sans-serif">
<p>小林 直樹 様</p>
<p>AWS トレーニングと認定へのご連絡、ありがとうございます。<br>
お寄せいただいた内容は担当チームにて拝見いたします。原則として24時間以内に、ご登録のメールアドレスへご返信いたします。</p>
<p>お問い合わせ番号: <b>{C_NK}</b></p>
<p style="background:#f2f3f3;padding:10px">
<b>ご入力内容</b><br>
種別: 認定 / アカウントの統合<br>
AWS 受験者 ID: aws02748815<br>
補足: 会社で作ったアカウント AWS06031187 の資格を個人のほうに寄せたいです。</p>
<p>補足情報はこのメールへの返信でお送りください。フォームの再送信は不要です。</p>
<p>AWS トレーニングと認定</p></body></html>""", enc='b64')))

FORMSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- 013  agent first reply, also acknowledges
d = D(2025, 5, 28, 16, 47, 12); mid = ses_mid(d)
mail(13, 'agent-first-reply-which-profile', 'support_reply', 'en', C_RAJ, list(RAJ_IDS), True,
     provider='gmail', rcpt=RAJ[1], date=d, frm=addr(AWS_NAME, FORM), to=RAJ[1],
     subject=f"RE:[CASE {C_RAJ}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""Hello Raj,

Thank you for reaching out to AWS Training and Certification, and for your
patience while your request waited for an agent. My name is Marisol and I'll
be looking after this for you from here on, so you'll hear from me directly.

I was able to find both profiles you mentioned:

  - AWS04417723  (sign-in: raj.menon87@gmail.com)
  - AWS09183350  (sign-in: r.menon@***.edu)

Before I can go any further, I need a few details from you:

1. Which of the two should stay active? Your form says AWS04417723, but most
   of your exam history (including the SAA-C03 you passed in 2023) sits on
   AWS09183350, so I want to be sure before anything is prepared.
2. Do you still have access to the university mailbox? If not, please say
   so - it only changes how we verify the older profile.
3. Are there any exams currently scheduled on either profile?

When I have your answers I'll set out exactly what will happen so you can
give the final go-ahead.

Best regards,
Marisol G.
Amazon Web Services
Training and Certification Support
""", enc='qp'))

# ---------------------------------------------------------------- 014
d = D(2025, 8, 22, 1, 20, 36); mid = ses_mid(d)
mail(14, 'agent-first-reply-need-info-ja', 'support_reply', 'ja', C_MS, list(MS_IDS), True,
     provider='nifty', rcpt=MISAKI[1], date=d, frm=addr(AWS_NAME, FORM), to=to_(MISAKI, 'iso-2022-jp'),
     subject=f"RE:[CASE {C_MS}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""佐藤 美咲 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
本件を担当いたします、AWS サポートの山口と申します。
お返事までお時間をいただきましたこと、お詫び申し上げます。

統合をご希望の2つのアカウント（AWS05519027 と AWS01964433）について
確認を進めるにあたり、以下をお知らせいただけますでしょうか。

1. 各アカウントのサインインに使用しているメールアドレス
2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 統合後に残したいアカウント
4. 統合をご希望の理由（例：転職によりメールアドレスが変わった、など）

ご返信をいただき次第、次の手順をご案内いたします。
なお、同じ内容で新たにお問い合わせをいただくと、ご案内が遅れる場合が
ございますので、このメールへのご返信でお知らせください。

何卒よろしくお願いいたします。

山口
Amazon Web Services
トレーニングと認定サポート
""", cs='iso-2022-jp'))

# ---------------------------------------------------------------- 015  thanks for confirming, will now proceed (Outlook quote blocks)
d = D(2025, 12, 3, 19, 31, 4); mid = ses_mid(d)
q15 = f"""From: Tom Becker <tbecker@corvid-labs.io>
Sent: Wednesday, December 3, 2025 9:14 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {C_TB}] {FORMSUBJ}

Hi Jonas,

Yes, that's right - keep AWS05047318. Please go ahead.

Thanks,
Tom

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, December 2, 2025 7:02 PM
To: Tom Becker <tbecker@corvid-labs.io>
Subject: RE:[CASE {C_TB}] {FORMSUBJ}

Hello Tom,

Your request reached us through Skillforge Learning. I've reviewed both
profiles and would like you to confirm the following before I submit it:

  Surviving account:  AWS05047318
  Account merged in:  AWS06199823

All exam history, certifications and benefits from AWS06199823 will move
to AWS05047318, and AWS06199823 will be deactivated. This can't be undone.
Please reply to this email to confirm.

Regards,
Jonas
Amazon Web Services
"""
mail(15, 'thanks-for-confirming-proceeding', 'support_reply', 'en', C_TB, list(TB_IDS), True,
     provider='outlook', rcpt=TOM[1], date=d, frm=addr(AWS_NAME, FORM), to=addr(*TOM),
     subject=f"RE:[CASE {C_TB}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=alt(text(f"""Hello Tom,

Thank you for confirming. I've now handed your request over to the team that
carries out profile merges, asking them to fold AWS 06199823 into
AWS05047318.

This normally takes one to three business days. There's nothing more you
need to do in the meantime; I'll write again on this thread as soon as it's
finished. Please avoid scheduling a new exam on either profile until then.

Regards,
Jonas
Amazon Web Services

{q15}""", enc='qp'), html(f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Tom,</p>
<p>Thank you for confirming. I've now handed your request over to the team that carries out profile merges,
asking them to fold AWS 06199823 into AWS05047318.</p>
<p>This normally takes one to three business days. There's nothing more you need to do in the meantime; I'll write
again on this thread as soon as it's finished. Please avoid scheduling a new exam on either profile until then.</p>
<p>Regards,<br>Jonas<br>Amazon Web Services</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<pre style="font-family:Calibri,Arial,sans-serif">{q15}</pre></div>
</body></html>""", enc='qp')))

# ---------------------------------------------------------------- 016  ja: thanks for confirming; Gmail-style Japanese quotes, nested
d = D(2025, 8, 25, 5, 44, 30); mid = ses_mid(d)
mail(16, 'kakunin-arigatou-korekara-ja', 'support_reply', 'ja', C_MS, list(MS_IDS), True,
     provider='nifty', rcpt=MISAKI[1], date=d, frm=addr(AWS_NAME, FORM), to=to_(MISAKI),
     subject=f"RE:[CASE {C_MS}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""佐藤 美咲 様

ご確認いただき、ありがとうございます。
これより、AWS01964433 を AWS05519027 へまとめる手続きを進めてまいります。

作業には通常1～3営業日ほどかかります。終わりましたら、このスレッドで
改めてご連絡いたしますので、今しばらくお待ちください。
手続きが終わるまでは、どちらのアカウントでも新たな試験のご予約は
お控えいただけますと幸いです。

山口
Amazon Web Services
トレーニングと認定サポート

2025年8月25日(月) 8:02 佐藤 美咲 <misaki-sato@nifty.com>:
> 山口様
>
> ご連絡ありがとうございます。内容に間違いありません。
> 統合をお願いいたします。
>
> 佐藤
>
> 2025年8月23日(土) 12:00 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 美咲 様
> >
> > 以下の内容で統合を行います。よろしければ、このメールにご返信ください。
> >
> > 残すアカウント：AWS05519027（misaki-sato@nifty.com）
> > 統合されるアカウント：AWS01964433（旧勤務先アドレス）
> >
> > 統合後は元に戻すことができません。あらかじめご了承ください。
> >
> > 山口
""", enc='b64'))

# ---------------------------------------------------------------- 017  follow-up: still need help? (with rating footer)
d = D(2025, 10, 21, 17, 2, 41); mid = ses_mid(d)
url = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={C_DN}&language=en"
b17 = f"""Hello Daniel,

I'm following up on my note from last Thursday, where I asked for the email
address you used to sign in to AWS03390814.

Are you still looking for help with this? If so, just add that address in
the Support Center and I'll pick things straight back up. If we don't hear
from you, this request will be set aside automatically after a few days -
you can always bring it back by replying there.

Best regards,

Kwame A.
Amazon Web Services
"""
foot17 = f"""We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL:
{url}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
mail(17, 'still-need-help-followup', 'support_reply', 'en', C_DN, ['AWS03390814'], True,
     provider='outlook', rcpt=DAN[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=DAN[1],
     subject=f"RE:[CASE {C_DN}] Two certification IDs need combining", mid=mid, s=sender('aws'),
     body=alt(text(b17 + "\n" + foot17, enc='qp'),
              html("<html><body>" + "".join(f"<p>{p}</p>" for p in b17.strip().split("\n\n"))
                   + "<hr><p style='font-size:12px;color:#555'>" + foot17.replace("\n\n", "</p><p style='font-size:12px;color:#555'>").replace(url, f'<a href="{url}">{url}</a>') + "</p></body></html>", enc='qp')))

# ---------------------------------------------------------------- 018  ja: console new-correspondence notice
d = D(2025, 7, 3, 4, 12, 9); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
url = f"https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C_KJ}&language=ja"
mail(18, 'console-atarashii-henshin-ja', 'support_reply', 'ja', C_KJ, [], True,
     provider='gmail', rcpt=KENJI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=KENJI[1],
     subject=ew(f"[Case {C_KJ}] サポートから新しい返信があります"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=text(f"""お問い合わせ {C_KJ}（認定アカウントの統合について）に、
AWS サポートから新しい返信が追加されました。

内容はサポートセンターでご確認ください:
{url}

※ フェデレーションでご利用の場合は、先にサインインしてからリンクを開いてください。
※ このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services
""", enc='qp'))

# ---------------------------------------------------------------- 019  working on it; conditional "once the merge is complete"
d = D(2025, 6, 16, 20, 15, 27); mid = ses_mid(d)
url = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={C_EM}&language=en"
mail(19, 'status-update-once-finished', 'support_reply', 'en', C_EM, list(EM_IDS), True,
     provider='outlook', rcpt=EMILY[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=EMILY[1],
     subject=f"RE:[CASE {C_EM}] Combine two AWS Certification profiles", mid=mid, s=sender('aws'),
     body=text(f"""Hello Emily,

A quick update on where things stand. Our certification operations team is
still working through the combination of AWS07731864 into AWS02286419. It is
taking a little longer than usual because an exam result on AWS07731864 was
only released last week and has to finish posting first.

Once the merge is complete, I'll confirm here and ask Credly to re-issue
your badges to the email address on AWS02286419. You don't need to do
anything until then, and please don't sign in to the older profile to book
anything.

Thank you for bearing with us.

Best regards,
Hannah R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.

To contact us again about this case, please return to the AWS Support Center using the following URL:
{url}
""", enc='qp'))

# ---------------------------------------------------------------- 020  ja: agent first reply, acknowledges, working on it (Shift_JIS base64)
d = D(2025, 9, 4, 6, 30, 55); mid = ses_mid(d)
b20 = f"""田中 翔 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
クラウドアカデミア様経由でいただいたご依頼は、担当の木村が承りました。
以後、本件は私からご連絡いたします。

現在、関係部署にて AWS06642195 と AWS02057718 の登録情報を照合しております。
照合が済み次第、統合の内容をまとめてご案内いたしますので、
いましばらくお待ちいただけますでしょうか。

なお、この間にどちらかのアカウントで試験を予約されますと、
手続きに時間がかかる場合がございます。ご了承ください。

木村
Amazon Web Services
トレーニングと認定サポート
"""
mail(20, 'tantou-kimura-shougouchu-sjis', 'support_reply', 'ja', C_SH, list(SH_IDS), True,
     provider='biglobe', rcpt=SHO[1], date=d, frm=addr(AWS_NAME, FORM), to=to_(SHO),
     subject=ew(f"RE:[CASE {C_SH}] AWS 認定アカウント統合のご依頼（クラウドアカデミア経由）", 'shift_jis'),
     mid=mid, s=sender('aws'), body=raw('text/plain; charset="Shift_JIS"', b20.encode('shift_jis'), cte='base64'))

# ---------------------------------------------------------------- 021  ja: cannot find id; quoted history with no quote markers
d = D(2026, 3, 18, 6, 55, 18); mid = ses_mid(d)
mail(21, 'id-mitsukarimasen-noquote-ja', 'support_reply', 'ja', C_NK, ['AWS06031187'], True,
     provider='gmail', rcpt=NAOKI[1], date=d, frm=addr(AWS_NAME, FORM), to=NAOKI[1],
     subject=f"RE:[CASE {C_NK}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""小林 直樹 様

ご返信ありがとうございます。担当の森です。

お知らせいただいた AWS06031187 で検索いたしましたが、該当する認定アカウントが
見つかりませんでした。会社のメールアドレスで登録されたアカウントの場合、
ID が異なっている可能性がございます。

お手数ですが、会社のアドレスで CertMetrics（AWS 認定アカウント）にサインインし、
画面右上に表示される「AWS」から始まる ID をご確認のうえ、お知らせください。
サインインができない場合は、その旨と登録時期の目安をお知らせいただければ、
こちらで別の方法で確認いたします。

森
Amazon Web Services
トレーニングと認定サポート

差出人: 小林 直樹 <naoki.kobayashi@gmail.com>
送信日時: 2026年3月18日 9:40
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: Re: RE:[CASE {C_NK}] {FORMSUBJ}

森様

残したいのは個人のアカウント（AWS02748815）です。
会社のアカウントは aws06031187 だったと思います。
サインインは会社のアドレス naoki.kobayashi@tsubame-soft.co.jp でした。

よろしくお願いします。
小林
""", enc='8bit'))

# ---------------------------------------------------------------- 022  confirmation request (with acknowledgement opener)
d = D(2025, 5, 29, 15, 5, 48); mid = ses_mid(d)
mail(22, 'please-read-before-go-ahead', 'merge_confirmation_requested', 'en', C_RAJ, list(RAJ_IDS), True,
     provider='gmail', rcpt=RAJ[1], date=d, frm=addr(AWS_NAME, FORM), to=RAJ[1],
     subject=f"RE:[CASE {C_RAJ}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""Hello Raj,

Thanks for coming back to me so quickly - that clears things up.

Below is exactly what I'll ask our operations team to do. Please read it
carefully: once it has been carried out it cannot be reversed.

  Stays active:   AWS04417723  (raj.menon87@gmail.com)
  Goes away:      AWS09183350  (r.menon@***.edu)

Everything on AWS09183350 - exam history, your SAA-C03 certification and
the 50% exam benefit - will be moved onto AWS04417723. AWS09183350 will then
be switched off and you won't be able to sign in with the university address
any more.

If this is all correct, please reply to this email saying so and I'll set it
in motion. If anything looks wrong, tell me what to change.

Best regards,
Marisol G.
Amazon Web Services
Training and Certification Support

On Wed, May 28, 2025 at 11:20 PM Raj Menon <raj.menon87@gmail.com> wrote:
> Hi Marisol,
>
> Thanks! Please keep AWS04417723 - that's the Gmail one I use now. I no
> longer have the university mailbox. Nothing is scheduled on either.
>
> Raj
""", enc='qp'))

# ---------------------------------------------------------------- 023  ja console confirmation request
d = D(2025, 7, 4, 2, 30, 6); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
url = f"https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C_KJ}&language=ja"
mail(23, 'tougou-naiyou-goshounin-ja', 'merge_confirmation_requested', 'ja', C_KJ, list(KJ_IDS), True,
     provider='gmail', rcpt=KENJI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=KENJI[1],
     subject=ew(f"RE:[CASE {C_KJ}] 認定アカウントの統合について"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=text(f"""渡辺 健二 様

お待たせいたしました。AWS サポートの佐々木です。

お知らせいただいた内容をもとに確認いたしました。以下のとおり手続きを
行う予定です。一度実施すると元に戻すことはできませんので、
内容に誤りがないか、よくご確認ください。

・今後もご利用いただくアカウント：aws-03358172
・こちらへ取り込まれ、利用できなくなるアカウント：aws-08820461

取り込まれる側の受験履歴、取得済みの認定、特典はすべて aws-03358172 に
移ります。

この内容でよろしければ、サポートセンターの本お問い合わせに
「上記の内容で問題ありません」とご返信ください。ご返信を確認してから
手続きを開始いたします。

{url}

佐々木
Amazon Web Services

このメールアドレスは送信専用です。ご返信はサポートセンターからお願いいたします。
""", enc='b64'))

# ---------------------------------------------------------------- 024  phishing: look-alike domain asks to confirm a merge
d = D(2026, 2, 11, 9, 17, 3)
SENDERS['lookalike1'] = dict(host='mail.aws-certification-services.com', ip='185.198.{n}.44', mfdom='aws-certification-services.com',
                             dkim=[('aws-certification-services.com', 'default')], fd='aws-certification-services.com', p='NONE', dmarc='pass')
fake_case = cid15(D(2026, 2, 10, 22, 5, 0))
mid = f"<{hexs(24)}@aws-certification-services.com>"
mail(24, 'confirm-merge-lookalike-domain', 'merge_confirmation_requested', 'en', fake_case, ['AWS01385546', 'AWS09472260'], False,
     provider='outlook', rcpt=PRIYA[1], date=d, frm=addr('AWS Certification Support', 'support@aws-certification-services.com'),
     to=PRIYA[1], subject=f"Action needed: approve your certification account merge (Case {fake_case})", mid=mid,
     s=dict(sender('lookalike1'), mf='bounce@aws-certification-services.com'),
     body=html(f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://aws-certification-services.com/static/aws-smile.png" width="80" alt="aws"></p>
<p>Dear Candidate,</p>
<p>We are ready to merge the following AWS Certification accounts on your behalf:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Primary account (kept)</td><td>AWS09472260</td></tr>
<tr><td>Secondary account (merged)</td><td>AWS01385546</td></tr></table>
<p><b>This change is permanent.</b> To make sure your certifications are not lost, you must approve the merge within
<b>48 hours</b> by signing in with your AWS Certification credentials:</p>
<p><a href="https://aws-certification-services.com/merge/approve?c={fake_case}" style="background:#ec7211;color:#fff;padding:10px 18px;text-decoration:none">Approve merge</a></p>
<p>If we do not hear from you, both accounts may be suspended pending verification.</p>
<p>AWS Training &amp; Certification Support<br>Case {fake_case}</p>
</body></html>"""))

# ---------------------------------------------------------------- 025  ja confirmation request, alternative parts differ
d = D(2025, 11, 7, 1, 10, 40); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
url = f"https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C_YM}&language=ja"
mail(25, 'saishuu-kakunin-alt-ja', 'merge_confirmation_requested', 'ja', C_YM, list(YM_IDS), True,
     provider='corpjp', rcpt=YUMI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=YUMI[1],
     subject=ew(f"RE:[CASE {C_YM}] AWS 認定の2つのアカウントをひとつにしたい"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=alt(text(f"""鈴木 由美 様

ご連絡ありがとうございます。AWS サポートの高橋です。

アカウント AWS 09931057 を AWS 04872216 に統合し、AWS 04872216 を
今後お使いいただく形で準備が整いました。
統合は取り消しができないため、実施前に鈴木様のご同意をお願いしております。

内容に問題がなければ、サポートセンターからその旨ご返信ください。
{url}

高橋
Amazon Web Services
""", enc='qp'), html(f"""<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>鈴木 由美 様</p>
<p>ご連絡ありがとうございます。AWS サポートの高橋です。</p>
<p>いただいた情報をもとに、以下の内容で準備が整いました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th>今後お使いいただくアカウント</th><td>AWS 04872216（yumi.suzuki@kaneda-sys.co.jp）</td></tr>
<tr><th>統合され、サインインできなくなるアカウント</th><td>AWS 09931057（個人の Gmail アドレス）</td></tr>
</table>
<p><b>統合は取り消しができません。</b>AWS 09931057 で取得された認定、受験履歴、特典はすべて AWS 04872216 に移ります。</p>
<p>この内容で進めてよろしければ、<a href="{url}">サポートセンター</a>から「同意します」とご返信ください。ご返信を確認するまで、手続きは行いません。</p>
<p>高橋<br>Amazon Web Services</p>
</body></html>""", enc='b64')))

# ---------------------------------------------------------------- 026  en console confirmation request, HTML only
d = D(2025, 10, 23, 16, 20, 12); mid = ses_mid(d)
url = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={C_DN}&language=en"
mail(26, 'console-ok-to-combine-html', 'merge_confirmation_requested', 'en', C_DN, list(DN_IDS), True,
     provider='outlook', rcpt=DAN[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=DAN[1],
     subject=f"RE:[CASE {C_DN}] Two certification IDs need combining", mid=mid, s=sender('aws'),
     body=html(f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Daniel,</p>
<p>Thanks for sending over the sign-in address - with that I've been able to match both profiles to you.</p>
<p>Here's the plan. I'd like your explicit OK before anything happens, because it's permanent:</p>
<ul>
<li><b>Keep:</b> AWS07105592 (daniel.okafor@outlook.com)</li>
<li><b>Fold in and deactivate:</b> AWS03390814 (d.okafor.cloud@gmail.com)</li>
</ul>
<p>Your SAA-C03 result and the related benefits will end up on AWS07105592, and the Gmail login will stop working.</p>
<p>Could you reply in the Support Center to say this is right? As soon as I see your answer I'll pass it on.</p>
<p>Best regards,<br>Kwame A.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#5f6b7a">We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.<br>
To contact us again about this case, please return to the AWS Support Center: <a href="{url}">{url}</a></p>
</body></html>"""))

# ---------------------------------------------------------------- 027  completion + "tell us how it went"
d = D(2025, 5, 30, 21, 40, 33); mid = ses_mid(d)
mail(27, 'two-profiles-now-one', 'merge_completed', 'en', C_RAJ, list(RAJ_IDS), True,
     provider='gmail', rcpt=RAJ[1], date=d, frm=addr(AWS_NAME, FORM), to=RAJ[1],
     subject=f"RE:[CASE {C_RAJ}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=alt(text(f"""Hello Raj,

Good news: your two profiles are now one. Everything that used to sit on
AWS09183350 - exam history, the SAA-C03 certification and your exam benefit -
has been moved across to AWS04417723, and the old university sign-in has
been retired.

Next time you sign in with raj.menon87@gmail.com you should see all of it
in one place. Credly badges can take up to 48 hours to arrive at your Gmail
address.

If you have a moment, tell us how it went:
https://aws.amazon.com/survey/tc-support?ref={C_RAJ}

Best regards,
Marisol G.
Amazon Web Services
Training and Certification Support
""", enc='qp'), html(f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello Raj,</p>
<p>Good news: your two profiles are now one. Everything that used to sit on AWS09183350 &ndash; exam history, the SAA-C03
certification and your exam benefit &ndash; has been moved across to <b>AWS04417723</b>, and the old university sign-in has been retired.</p>
<p>Next time you sign in with raj.menon87@gmail.com you should see all of it in one place. Credly badges can take up to 48 hours to arrive at your Gmail address.</p>
<p>If you have a moment, <a href="https://aws.amazon.com/survey/tc-support?ref={C_RAJ}">tell us how it went</a>.</p>
<p>Best regards,<br>Marisol G.<br>Amazon Web Services<br>Training and Certification Support</p>
</body></html>""", enc='qp')))

# ---------------------------------------------------------------- 028  ja completion, ISO-2022-JP
d = D(2025, 8, 27, 4, 5, 19); mid = ses_mid(d)
mail(28, 'ikou-itashimashita-iso2022', 'merge_completed', 'ja', C_MS, list(MS_IDS), True,
     provider='nifty', rcpt=MISAKI[1], date=d, frm=addr(AWS_NAME, FORM), to=to_(MISAKI, 'iso-2022-jp'),
     subject=f"RE:[CASE {C_MS}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""佐藤 美咲 様

いつもお世話になっております。AWS サポートの山口です。

お待たせいたしました。AWS01964433 に登録されていた受験履歴および
認定資格を、AWS05519027 へ移行いたしました。
移行元の AWS01964433 は無効となり、今後はサインインできません。

misaki-sato@nifty.com でサインインいただくと、すべての認定が
ひとつのアカウントに表示されます。Credly のバッジは、数日以内に
同じアドレス宛てに届く予定です。

ほかにご不明な点がございましたら、このメールにご返信ください。

山口
Amazon Web Services
トレーニングと認定サポート
""", cs='iso-2022-jp'))

# ---------------------------------------------------------------- 029  closure that also says it is done + NPS; confirmation request quoted below
d = D(2025, 12, 5, 10, 12, 2); mid = ses_mid(d)
nps = "  ".join(str(i) for i in range(11))
mail(29, 'wrapping-up-combined-nps', 'merge_completed', 'en', C_TB, list(TB_IDS), True,
     provider='outlook', rcpt=TOM[1], date=d, frm=addr(AWS_NAME, FORM), to=addr(*TOM),
     subject=f"RE:[CASE {C_TB}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""Hello Tom,

We're wrapping this one up: AWS06199823 has been combined into AWS05047318,
and your certifications, exam history and benefits now all live on
AWS05047318. The older profile has been switched off.

If anything looks out of place when you sign in, reply within 14 days and
this thread will open again.

One quick question before you go - how likely are you to recommend AWS
Training and Certification Support to a colleague?

  Not likely  {nps}  Very likely
  https://pulse.aws/t/{alnum(10)}?case={C_TB}

Regards,
Jonas
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, December 2, 2025 7:02 PM
To: Tom Becker <tbecker@corvid-labs.io>
Subject: RE:[CASE {C_TB}] {FORMSUBJ}

Hello Tom,

Your request reached us through Skillforge Learning. I've reviewed both
profiles and would like you to confirm the following before I submit it:

  Surviving account:  AWS05047318
  Account merged in:  AWS06199823

All exam history, certifications and benefits from AWS06199823 will move
to AWS05047318, and AWS06199823 will be deactivated. This can't be undone.
Please reply to this email to confirm.
""", enc='qp'))

# ---------------------------------------------------------------- 030  ja closure + done, cp932 characters labelled Shift_JIS
d = D(2025, 9, 8, 7, 0, 14); mid = ses_mid(d)
b30 = f"""田中 翔 様

AWS サポートの木村です。

AWS02057718 の認定情報を AWS06642195 へ移し、ひとつのアカウントに
まとめる作業が済みました。AWS02057718 は今後ご利用いただけません。

念のため、以下をご確認いただけますと幸いです。
①AWS06642195 にサインインし、すべての認定が表示されていること
②試験の50%割引などの特典が引き継がれていること
③Credly のバッジが届いていること（数日かかる場合があります）

以上をもちまして、本件の対応を終了とさせていただきます。

今回のサポートで、お困りごとは解決しましたか？
　はい　→ https://pulse.aws/j/{alnum(8)}?a=yes&c={C_SH}
　いいえ → https://pulse.aws/j/{alnum(8)}?a=no&c={C_SH}

木村
Amazon Web Services
トレーニングと認定サポート
"""
mail(30, 'matomeru-sagyou-sumi-cp932', 'merge_completed', 'ja', C_SH, list(SH_IDS), True,
     provider='biglobe', rcpt=SHO[1], date=d, frm=addr(AWS_NAME, FORM), to=to_(SHO),
     subject=ew(f"RE:[CASE {C_SH}] AWS 認定アカウント統合のご依頼（クラウドアカデミア経由）", 'shift_jis'),
     mid=mid, s=sender('aws'), body=raw('text/plain; charset="Shift_JIS"', b30.encode('cp932')))

# ---------------------------------------------------------------- 031  en completion, no Authentication-Results
d = D(2025, 6, 27, 13, 22, 47); mid = ses_mid(d)
mail(31, 'history-moved-old-login-retired', 'merge_completed', 'en', C_LF, list(LF_IDS), None,
     provider='corpnoar', rcpt=LAURA[1], date=d, frm=addr(AWS_NAME, FORM), to=addr(*LAURA),
     subject=f"RE:[CASE {C_LF}] {FORMSUBJ}", mid=mid, s=sender('aws'), ar=False,
     body=alt(text(f"""Hi Laura,

All set. The exam history and both certifications from AWS02615049 are now
part of AWS08263711. The old login (laura.fischer@student.uni-koeln.de) has
been retired, so from now on please sign in with your work address only.

The Developer - Associate renewal date is unchanged: it now shows on
AWS08263711 as before.

Kind regards,
Priyanka S.
AWS Training and Certification
""", enc='b64'), html(f"""<html><body style="font-family:Arial,sans-serif">
<p>Hi Laura,</p>
<p><b>All set.</b> The exam history and both certifications from AWS02615049 are now part of <b>AWS08263711</b>.
The old login (laura.fischer@student.uni-koeln.de) has been retired, so from now on please sign in with your work address only.</p>
<p>The Developer &ndash; Associate renewal date is unchanged: it now shows on AWS08263711 as before.</p>
<p>Kind regards,<br>Priyanka S.<br>AWS Training and Certification</p></body></html>""", enc='b64')))

# ---------------------------------------------------------------- 032  ja completion, Outlook-JP quote blocks
d = D(2026, 1, 16, 3, 30, 5); mid = ses_mid(d)
mail(32, 'kanryou-outlook-blocks-ja', 'merge_completed', 'ja', C_DA, list(DA_IDS), True,
     provider='ocn', rcpt=DAI[1], date=d, frm=addr('AWS Training and Certification', FORM), to=to_(DAI),
     subject=f"RE:[CASE {C_DA}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""中村 大輔 様

お世話になっております。AWS サポートの林です。

ご依頼いただいた統合の手続きが完了いたしました。
AWS05820944 にあった認定と受験履歴は、すべて AWS01176530 に
引き継がれております。AWS05820944 は閉鎖いたしました。

今後は AWS01176530 のみをご利用ください。

林
AWS トレーニングと認定

________________________________
差出人: 中村 大輔 <d-nakamura@ocn.ne.jp>
送信日時: 2026年1月15日 8:41
宛先: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE {C_DA}] {FORMSUBJ}

林様

内容を確認しました。問題ありませんので、統合をお願いいたします。

中村

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年1月14日 17:55
宛先: 中村 大輔 <d-nakamura@ocn.ne.jp>
件名: RE:[CASE {C_DA}] {FORMSUBJ}

中村 大輔 様

以下の内容で統合を行います。統合後は元に戻せませんので、
よろしければこのメールにご返信ください。

　残すアカウント：AWS01176530
　統合するアカウント：AWS05820944

林
""", enc='qp'))

# ---------------------------------------------------------------- 033  en short "done", Gmail quote with nested confirmation request
d = D(2026, 2, 12, 18, 50, 21); mid = ses_mid(d)
mail(33, 'done-older-login-gone-nested', 'merge_completed', 'en', C_PN, list(PN_IDS), True,
     provider='outlook', rcpt=PRIYA[1], date=d, frm=addr(AWS_NAME, FORM), to=PRIYA[1],
     subject=f"RE:[CASE {C_PN}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""Hi Priya,

Done - everything from aws-01385546 now sits under AWS09472260. The older
login won't work any more; just use priya.natarajan@outlook.com from here on.

Cheers,
Alex
AWS Training & Certification

On Wed, Feb 11, 2026 at 7:03 AM Priya Natarajan <priya.natarajan@outlook.com> wrote:
> Yes, go ahead please. Keep AWS09472260.
>
> On Tue, Feb 10, 2026 at 10:26 PM AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Priya,
> >
> > Before I submit this, can you confirm the following? It can't be
> > reversed once done.
> >
> >   Kept:    AWS09472260
> >   Merged:  AWS01385546
> >
> > Reply "confirmed" and I'll take it from there.
> >
> > Alex
""", enc='8bit'))

# ---------------------------------------------------------------- 034  survey: "tell us how it went"
d = D(2025, 6, 19, 22, 3, 50); mid = ses_mid(d)
u = f"https://pulse.aws/survey/{alnum(12)}?displayId={C_EM}"
mail(34, 'tell-us-how-it-went', 'survey', 'en', C_EM, [], True,
     provider='outlook', rcpt=EMILY[1], date=d, frm=addr('AWS Support', NOREPLY), to=EMILY[1],
     subject=f"How did your recent conversation with AWS Support go? ({C_EM})", mid=mid, s=sender('aws'),
     body=alt(text(f"""Hello Emily,

Your recent request with AWS Support is now marked as resolved:

  "Combine two AWS Certification profiles" (ID {C_EM})

We'd love to know what it was like for you. It takes about two minutes -
tell us how it went here:
{u}

Thank you for being an AWS customer.

Amazon Web Services
""", enc='qp'), html(f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Emily,</p>
<p>Your recent request with AWS Support is now marked as resolved:</p>
<p style="border-left:3px solid #ff9900;padding-left:10px">&ldquo;Combine two AWS Certification profiles&rdquo;<br>ID {C_EM}</p>
<p>We'd love to know what it was like for you. It takes about two minutes.</p>
<p><a href="{u}" style="background:#ff9900;color:#16191f;padding:10px 18px;text-decoration:none;font-weight:bold">Tell us how it went</a></p>
<p>Thank you for being an AWS customer.<br>Amazon Web Services</p></body></html>""", enc='qp')))

# ---------------------------------------------------------------- 035  ja: 解決しましたか？ はい/いいえ (ISO-2022-JP)
d = D(2025, 8, 27, 4, 6, 2); mid = ses_mid(d)
mail(35, 'kaiketsu-shimashitaka-iso2022', 'survey', 'ja', C_MS, [], True,
     provider='nifty', rcpt=MISAKI[1], date=d, frm=addr('AWS トレーニングと認定', FORM, 'iso-2022-jp'),
     to=to_(MISAKI, 'iso-2022-jp'),
     subject=ew(f"お問い合わせ {C_MS} について、ひとつだけお聞かせください", 'iso-2022-jp'), mid=mid, s=sender('aws'),
     body=text(f"""佐藤 美咲 様

先日は AWS トレーニングと認定にご連絡いただき、ありがとうございました。

お問い合わせ番号：{C_MS}

今回の対応で、お困りごとは解決しましたか？
下のどちらかをクリックしてお知らせください（1クリックで終わります）。

　はい
　https://pulse.aws/j/{alnum(8)}?r=1&c={C_MS}

　いいえ
　https://pulse.aws/j/{alnum(8)}?r=0&c={C_MS}

「いいえ」を選ばれた場合は、担当者より改めてご連絡いたします。

AWS トレーニングと認定
""", cs='iso-2022-jp'))

# ---------------------------------------------------------------- 036  NPS, HTML only
d = D(2025, 10, 28, 9, 0, 31); mid = ses_mid(d)
cells = "".join(f'<td style="padding:2px"><a href="https://pulse.aws/nps/{alnum(10)}?s={i}&amp;displayId={C_DN}" style="display:block;width:28px;height:28px;line-height:28px;text-align:center;border:1px solid #879596;color:#16191f;text-decoration:none">{i}</a></td>' for i in range(11))
mail(36, 'nps-zero-to-ten-html', 'survey', 'en', C_DN, [], True,
     provider='outlook', rcpt=DAN[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=DAN[1],
     subject=f"Amazon Web Services: one quick question about request {C_DN}", mid=mid, s=sender('aws'),
     body=html(f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Daniel,</p>
<p>Thanks for working with AWS Support on <b>Two certification IDs need combining</b> (ID {C_DN}).</p>
<p><b>Based on this experience, how likely are you to recommend AWS Support to a friend or colleague?</b></p>
<table cellspacing="0"><tr>{cells}</tr>
<tr><td colspan="5" style="font-size:11px;color:#5f6b7a">Not at all likely</td><td></td><td colspan="5" style="font-size:11px;color:#5f6b7a;text-align:right">Extremely likely</td></tr></table>
<p style="font-size:12px;color:#5f6b7a">Clicking a number opens a short page where you can add a comment if you want to. Your answer goes to the AWS Support quality team, not to the engineer who helped you.</p>
<p>Amazon Web Services</p></body></html>"""))

# ---------------------------------------------------------------- 037  ja closing notice + thumbs (does not say merge done)
d = D(2025, 7, 10, 8, 45, 0); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
up = f"https://pulse.aws/t/{alnum(10)}?v=up&displayId={C_KJ}"; dn = f"https://pulse.aws/t/{alnum(10)}?v=down&displayId={C_KJ}"
mail(37, 'hitokugiri-thumbs-ja', 'survey', 'ja', C_KJ, [], True,
     provider='gmail', rcpt=KENJI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=KENJI[1],
     subject=ew(f"Amazon Web Services: お問い合わせ {C_KJ} は一区切りとなりました"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=alt(text(f"""渡辺 健二 様

お問い合わせ {C_KJ}（認定アカウントの統合について）は、
しばらくご返信がなかったため、いったん一区切りとさせていただきました。
引き続きお手伝いが必要な場合は、14日以内にサポートセンターからご返信ください。
そのまま再開いたします。

今回のサポートはお役に立ちましたか？
  役に立った      {up}
  役に立たなかった {dn}

Amazon Web Services
""", enc='b64'), html(f"""<html><body style="font-family:sans-serif">
<p>渡辺 健二 様</p>
<p>お問い合わせ {C_KJ}（認定アカウントの統合について）は、しばらくご返信がなかったため、いったん一区切りとさせていただきました。<br>
引き続きお手伝いが必要な場合は、14日以内にサポートセンターからご返信ください。そのまま再開いたします。</p>
<p>今回のサポートはお役に立ちましたか？</p>
<p><a href="{up}" style="font-size:28px;text-decoration:none">&#128077;</a>&nbsp;&nbsp;&nbsp;<a href="{dn}" style="font-size:28px;text-decoration:none">&#128078;</a></p>
<p>Amazon Web Services</p></body></html>""", enc='b64')))

# ---------------------------------------------------------------- 038  en thumbs up/down after "wrapped up"
d = D(2025, 5, 31, 3, 10, 44); mid = ses_mid(d)
yes = f"https://pulse.aws/t/{alnum(10)}?h=1&ref={C_RAJ}"; no = f"https://pulse.aws/t/{alnum(10)}?h=0&ref={C_RAJ}"
mail(38, 'was-this-helpful-thumbs', 'survey', 'en', C_RAJ, [], True,
     provider='gmail', rcpt=RAJ[1], date=d, frm=addr('AWS Training and Certification', FORM), to=RAJ[1],
     subject=f"Your AWS Training and Certification request {C_RAJ} - was this helpful?", mid=mid, s=sender('aws'),
     body=alt(text(f"""Hi Raj,

We're marking your request {C_RAJ} as wrapped up. If something still isn't
right, simply reply to this email and it will come straight back to us.

Was this helpful?
  Yes: {yes}
  No:  {no}

AWS Training and Certification
""", enc='qp'), html(f"""<html><body style="font-family:Arial,sans-serif">
<p>Hi Raj,</p><p>We're marking your request {C_RAJ} as wrapped up. If something still isn't right, simply reply to this email and it will come straight back to us.</p>
<p><b>Was this helpful?</b></p>
<table><tr><td><a href="{yes}"><img src="https://d1.awsstatic.com/tc/icons/thumb-up.png" alt="Yes" width="40"></a></td>
<td><a href="{no}"><img src="https://d1.awsstatic.com/tc/icons/thumb-down.png" alt="No" width="40"></a></td></tr></table>
<p>AWS Training and Certification</p></body></html>""", enc='qp')))

# ---------------------------------------------------------------- 039  ja console end-of-handling, stars, HTML only
d = D(2025, 11, 14, 6, 0, 9); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
stars = "".join(f'<a href="https://pulse.aws/s/{alnum(8)}?v={i}&amp;displayId={C_YM}" style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))
mail(39, 'taiou-shuuryou-hoshi-html-ja', 'survey', 'ja', C_YM, [], True,
     provider='corpjp', rcpt=YUMI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=YUMI[1],
     subject=ew(f"Amazon Web Services: ご依頼 {C_YM} の対応を終了しました"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=html(f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>鈴木 由美 様</p>
<p>ご依頼番号 {C_YM}「AWS 認定の2つのアカウントをひとつにしたい」について、担当者による対応を終了いたしました。<br>
追加のご質問がございましたら、14日以内にサポートセンターからご返信いただくと、引き続き対応いたします。</p>
<p><b>今回の AWS サポートの対応はいかがでしたか？</b><br>星をクリックしてお知らせください。</p>
<p>{stars}</p>
<p style="font-size:12px;color:#666">このメールアドレスは送信専用です。</p>
<p>Amazon Web Services</p></body></html>"""))

# ---------------------------------------------------------------- 040  phishing "survey" from look-alike (about the merge request)
d = D(2025, 6, 3, 13, 28, 51)
SENDERS['lookalike2'] = dict(host='smtp.amazon-support-feedback.com', ip='45.141.{n}.201', mfdom='amazon-support-feedback.com',
                             dkim=[('amazon-support-feedback.com', 'mail')], fd='amazon-support-feedback.com', p='NONE', dmarc='none')
mid = f"<{R.randint(10**11, 10**12)}.{alnum(10)}@amazon-support-feedback.com>"
mail(40, 'how-it-went-50-credit-lookalike', 'survey', 'en', None, [], False,
     provider='gmail', rcpt=RAJ[1], date=d, frm=addr('AWS Customer Experience', 'cx@amazon-support-feedback.com'), to=RAJ[1],
     subject="Tell us how it went with your AWS Certification account request - $50 credit inside", mid=mid,
     s=dict(sender('lookalike2'), mf='bounce@amazon-support-feedback.com'),
     body=html("""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Our records show you recently contacted AWS Training and Certification about combining your certification accounts.</p>
<p>Tell us how it went in 3 short questions and we'll add a <b>$50 AWS Promotional Credit</b> to your account as a thank-you.</p>
<p><a href="https://amazon-support-feedback.com/tc/start?u=cand" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Start now</a></p>
<p style="font-size:11px;color:#777">To receive the credit you will be asked to sign in with your AWS Certification account. Offer valid for 72 hours.</p>
<p>AWS Customer Experience Team</p></body></html>"""))

# ---------------------------------------------------------------- 041  ja: "お役に立てましたか" Q-encoded split subject, QP body
d = D(2026, 1, 17, 0, 30, 18); mid = ses_mid(d)
mail(41, 'oyaku-ni-tatemashitaka-q-subject', 'survey', 'ja', C_DA, [], True,
     provider='ocn', rcpt=DAI[1], date=d, frm=addr('AWS Training and Certification', FORM), to=to_(DAI),
     subject=ewq(f"AWS トレーニングと認定：先日のお問い合わせ（参照番号 {C_DA}）はお役に立てましたか？ 1分ほどでお答えいただけます"),
     mid=mid, s=sender('aws'),
     body=text(f"""中村 大輔 様

先日は AWS トレーニングと認定にご連絡いただき、ありがとうございました。
（参照番号 {C_DA}）

担当者とのやり取りについて、かんたんな質問に答えていただけませんか。
いただいた声は、今後のサポートの改善に役立ててまいります。

　所要時間：約1分（全4問）
　回答ページ：https://pulse.aws/q/{alnum(12)}?ref={C_DA}&lang=ja

回答期限：2026年1月31日

AWS トレーニングと認定
""", enc='qp'))

# ---------------------------------------------------------------- 042  en closure of a duplicate request, no Authentication-Results
d = D(2025, 6, 25, 10, 40, 26); mid = ses_mid(d)
DUP = '13850391126'
mail(42, 'duplicate-put-to-rest', 'survey', 'en', DUP, [], None,
     provider='corpnoar', rcpt=LAURA[1], date=d, frm=addr(AWS_NAME, FORM), to=addr(*LAURA),
     subject=f"RE:[CASE {DUP}] {FORMSUBJ}", mid=mid, s=sender('aws'), ar=False,
     body=text(f"""Hi Laura,

It looks like this message covers the same request as reference {C_LF},
which a colleague of mine is already handling.

To keep everything in one place, we've put this one to rest. Nothing has
been lost and there is nothing you need to do; please carry on the
conversation under {C_LF}.

Kind regards,
Tomasz
AWS Training and Certification
""", enc='qp'))

# ---------------------------------------------------------------- 043  ja survey as reply; completion only in quoted text
d = D(2026, 3, 24, 2, 0, 40); mid = ses_mid(d)
mail(43, 'saigo-ni-hitotsu-quoted-kanryou-ja', 'survey', 'ja', C_NK, [], True,
     provider='gmail', rcpt=NAOKI[1], date=d, frm=addr(AWS_NAME, FORM), to=NAOKI[1],
     subject=f"RE:[CASE {C_NK}] {FORMSUBJ}", mid=mid, s=sender('aws'),
     body=text(f"""小林 直樹 様

その後、お変わりございませんでしょうか。担当の森です。
ご返信がございませんでしたので、本件はこれで一区切りとさせていただきます。

最後にひとつだけ、今回のやり取りでお困りごとは解消しましたか？
下のリンクから「はい」「いいえ」のどちらかをお選びください。
https://pulse.aws/j/{alnum(9)}?c={C_NK}&lang=ja

何かございましたら、このメールにご返信いただければ再開いたします。

森
Amazon Web Services
トレーニングと認定サポート

2026年3月21日(土) 11:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 小林 直樹 様
>
> 会社のアカウント（正しい ID は AWS06013187 でした）を、
> AWS02748815 に統合いたしました。統合が完了しましたので、
> 以後は AWS02748815 のみでサインインしてください。
>
> 森
""", enc='qp'))

# ---------------------------------------------------------------- 044  en "Did we solve it?" base64
d = D(2026, 2, 13, 19, 0, 3); mid = ses_mid(d)
mail(44, 'did-we-solve-it-b64', 'survey', 'en', C_PN, [], True,
     provider='outlook', rcpt=PRIYA[1], date=d, frm=addr('AWS Training & Certification', FORM), to=PRIYA[1],
     subject=f"Quick one about your request {C_PN}", mid=mid, s=sender('aws'),
     body=text(f"""Hi Priya,

Our conversation about your certification account ({C_PN}) has come to an
end on our side.

Did we solve it?

  Yes - https://pulse.aws/t/{alnum(10)}?a=y&r={C_PN}
  No  - https://pulse.aws/t/{alnum(10)}?a=n&r={C_PN}

Choosing "No" sends your request back to the team and someone will be in
touch within one business day.

AWS Training & Certification
""", enc='b64'))

# ---------------------------------------------------------------- 045  Credly badge after merge
d = D(2025, 6, 1, 11, 20, 37); mid = f"<{hexs(24)}_{R.randint(1000,9999)}@credly.com>"
acc = f"https://www.credly.com/badges/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}?source=email-accept"
mail(45, 'credly-saa-badge-waiting', 'credly_badge_issued', 'en', None, [], True,
     provider='gmail', rcpt=RAJ[1], date=d,
     frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=RAJ[1],
     subject="Raj, your AWS Certified Solutions Architect - Associate badge is waiting", mid=mid,
     s=sender('credly'), extra=[('List-Unsubscribe', '<https://www.credly.com/unsubscribe?e=' + alnum(20) + '>')],
     body=alt(text(f"""Hi Raj,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

This badge was previously tied to another email address and has been
re-issued here after your AWS Certification profiles were brought together.

Accept your badge: {acc}

Once accepted, you can share it on LinkedIn, add it to your email
signature and let employers verify it.

Credly, Inc. 1350 Broadway, Suite 1500, New York, NY 10018
""", enc='qp'), html(f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<p><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt=""></p>
<h2 style="font-weight:normal">Hi Raj,</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>This badge was previously tied to another email address and has been re-issued here after your AWS Certification profiles were brought together.</p>
<p><a href="{acc}" style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. 1350 Broadway, Suite 1500, New York, NY 10018</p>
</td></tr></table></body></html>""", enc='qp')))

# ---------------------------------------------------------------- 046  Credly Japanese
d = D(2025, 8, 29, 2, 14, 8); mid = f"<{hexs(24)}_{R.randint(1000,9999)}@credly.com>"
acc = f"https://www.credly.com/badges/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}?source=email-accept"
mail(46, 'credly-badge-todokimashita-ja', 'credly_badge_issued', 'ja', None, [], True,
     provider='nifty', rcpt=MISAKI[1], date=d,
     frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=MISAKI[1],
     subject=ew("佐藤さん、Amazon Web Services Training and Certification から新しいバッジが届いています"), mid=mid,
     s=sender('credly'),
     body=alt(text(f"""佐藤 美咲 様

Amazon Web Services Training and Certification から、次のバッジが発行されました。

AWS Certified Cloud Practitioner
AWS Certified Developer - Associate

バッジを受け取る: {acc}

受け取ったバッジは、LinkedIn やメールの署名で共有できます。

Credly, Inc.
""", enc='b64'), html(f"""<html><body style="font-family:sans-serif">
<p>佐藤 美咲 様</p>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="{acc}" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#888">Credly, Inc.</p></body></html>""", enc='b64')))

# ---------------------------------------------------------------- 047  Credly: badges moved to this account, HTML only
d = D(2025, 6, 25, 15, 47, 55); mid = f"<{hexs(24)}_{R.randint(1000,9999)}@credly.com>"
mail(47, 'credly-three-badges-moved-html', 'credly_badge_issued', 'en', None, [], True,
     provider='outlook', rcpt=EMILY[1], date=d, frm=addr('Credly', 'admin@credly.com'), to=EMILY[1],
     subject="We've moved 3 badges to this email address", mid=mid, s=sender('credly'),
     body=html(f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p>Hi Emily,</p>
<p>Amazon Web Services Training and Certification has transferred the following badges to
<b>emily.carter@northwind-analytics.com</b> following an update to your AWS Certification profile:</p>
<ul>
<li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Security &ndash; Specialty</li>
<li>AWS Certified Cloud Practitioner</li>
</ul>
<p>They are ready for you. Accept them to display them on your Credly profile.</p>
<p><a href="https://www.credly.com/earner/earned?source=email-transfer-{alnum(6)}" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none">Accept badges</a></p>
<p style="font-size:12px;color:#777">You are receiving this because a badge was issued to this email address. Credly, Inc.</p>
</td></tr></table></body></html>"""))

# ---------------------------------------------------------------- 048  Pearson VUE test-day questions
d = D(2025, 10, 10, 21, 15, 3); mid = f"<{hexs(32)}@mail.pearsonvue.com>"
mail(48, 'pearson-vue-test-day', 'unrelated', 'en', None, ['AWS03390814'], False,
     provider='outlook', rcpt=DAN[1], date=d, frm=addr('Pearson VUE', 'pearsonvue@mail.pearsonvue.com'),
     to=DAN[1], subject="Daniel, how was your test day?", mid=mid,
     s=dict(sender('pearson'), mf=f"bounce-{alnum(12)}@bounce.mail.pearsonvue.com"),
     body=alt(text(f"""Hi Daniel,

Thank you for testing with Pearson VUE.

  Exam:          AWS Certified Solutions Architect - Associate (SAA-C03)
  Delivered:     OnVUE online proctored, 9 October 2025
  Candidate ID:  AWS03390814

Help us make test day better. Share a few thoughts about check-in, your
proctor and the testing software - it takes about 4 minutes:
https://pearsonvue.qualtrics.com/jfe/form/SV_{alnum(15)}?cid=AWS03390814

Your score report is available from your exam sponsor, not from Pearson VUE.

Pearson VUE
""", enc='qp'), html(f"""<html><body style="font-family:Arial,sans-serif"><p>Hi Daniel,</p><p>Thank you for testing with Pearson VUE.</p>
<p>Exam: AWS Certified Solutions Architect &ndash; Associate (SAA-C03)<br>Delivered: OnVUE online proctored, 9 October 2025<br>Candidate ID: AWS03390814</p>
<p>Help us make test day better. <a href="https://pearsonvue.qualtrics.com/jfe/form/SV_{alnum(15)}?cid=AWS03390814">Share a few thoughts</a> about check-in, your proctor and the testing software &ndash; it takes about 4 minutes.</p>
<p>Pearson VUE</p></body></html>""", enc='qp')))

# ---------------------------------------------------------------- 049  Credly NPS (ja)
d = D(2025, 7, 22, 1, 3, 44); mid = f"<{hexs(24)}_{R.randint(1000,9999)}@credly.com>"
cells = " ".join(f'<a href="https://credly.qualtrics.com/nps?s={i}&amp;u={alnum(8)}" style="padding:4px 7px;border:1px solid #ccc;text-decoration:none;color:#333">{i}</a>' for i in range(11))
mail(49, 'credly-osusume-nps-ja', 'unrelated', 'ja', None, [], True,
     provider='gmail', rcpt=KENJI[1], date=d, frm=addr('Credly', 'admin@credly.com'), to=KENJI[1],
     subject=ew("渡辺さん、Credly を使ってみていかがですか？"), mid=mid, s=sender('credly'),
     body=html(f"""<html><body style="font-family:sans-serif">
<p>渡辺 健二 様</p>
<p>いつも Credly をご利用いただきありがとうございます。</p>
<p><b>Credly を友人や同僚にすすめる可能性は、どのくらいありますか？</b></p>
<p>{cells}</p>
<p style="font-size:12px;color:#777">0 = まったくない、10 = 非常に高い</p>
<p>Credly, Inc.</p></body></html>""", enc='b64'))

# ---------------------------------------------------------------- 050  AWS re:Post: new answer on a merge question
d = D(2026, 2, 3, 12, 44, 10); mid = ses_mid(d)
mail(50, 'repost-new-answer-merge-question', 'unrelated', 'en', None, [], True,
     provider='outlook', rcpt=PRIYA[1], date=d, frm=addr('AWS re:Post', 'no-reply@repost.aws'), to=PRIYA[1],
     subject='New answer to your question: "Two AWS Certification accounts - how do I combine them?"', mid=mid,
     s=sender('repost'),
     body=alt(text(f"""Hi Priya,

Someone answered your question on AWS re:Post.

  Two AWS Certification accounts - how do I combine them?

  Answer from an AWS EXPERT:
  "You'll need to reach AWS Training and Certification through their
  contact form (Certification > Account Merge). They'll check both profiles,
  tell you which one stays and ask you to confirm before anything happens,
  because it can't be undone. Credly badges follow a few days later."

View the answer and mark it as accepted:
https://repost.aws/questions/QU{alnum(20)}/two-aws-certification-accounts

You're receiving this because you follow this question.
Manage notifications: https://repost.aws/settings/notifications
""", enc='qp'), html(f"""<html><body style="font-family:Arial,sans-serif"><p>Hi Priya,</p><p>Someone answered your question on AWS re:Post.</p>
<h3>Two AWS Certification accounts &ndash; how do I combine them?</h3>
<blockquote>You'll need to reach AWS Training and Certification through their contact form (Certification &gt; Account Merge). They'll check both profiles,
tell you which one stays and ask you to confirm before anything happens, because it can't be undone. Credly badges follow a few days later.</blockquote>
<p><a href="https://repost.aws/questions/QU{alnum(20)}/two-aws-certification-accounts">View the answer</a></p></body></html>""", enc='qp')))

# ---------------------------------------------------------------- 051  ja AWS billing case acknowledgement (other service)
tb = D(2025, 12, 2, 0, 18, 30); cb = cid15(tb)
d = later(tb, 16); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
mail(51, 'billing-otoiawase-uketamawari-ja', 'unrelated', 'ja', cb, [], True,
     provider='corpjp', rcpt=YUMI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=YUMI[1],
     subject=ew(f"Amazon Web Services: お問い合わせ {cb} を承りました"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=text(f"""Amazon Web Services をご利用いただきありがとうございます。

以下の内容でご依頼を承りました。請求担当より順次ご連絡いたします。

お問い合わせ ID: {cb}
件名: 11月分の請求額が想定より高い件（NAT ゲートウェイ）
重要度: 一般的なガイダンス
サービス: 請求

進捗の確認や情報の追加は、サポートセンターから行えます:
https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={cb}&language=ja

このメールアドレスは送信専用です。

Amazon Web Services
""", enc='b64'))

# ---------------------------------------------------------------- 052  ja EC2 quota request - how did it go (other service)
tq = D(2025, 9, 15, 5, 2, 11); cq = cid15(tq)
d = D(2025, 9, 18, 7, 30, 2); mid = ses_mid(d, 'ap-northeast-1.amazonses.com')
mail(52, 'ec2-quota-ikaga-deshitaka-ja', 'unrelated', 'ja', cq, [], True,
     provider='gmail', rcpt=KENJI[1], date=d, frm=addr(AWS_NAME, NOREPLY), to=KENJI[1],
     subject=ew(f"Amazon Web Services: お問い合わせ {cq} の対応はいかがでしたか"), mid=mid,
     s=sender('aws', mfdom='ap-northeast-1.amazonses.com'),
     body=alt(text(f"""渡辺 健二 様

先日の AWS サポートへのお問い合わせについて、ひとことお聞かせください。

お問い合わせ ID: {cq}
件名: 東京リージョンの EC2 オンデマンド vCPU 上限の引き上げ
サービス: Service Quotas

今回のサポートで、お困りごとは解決しましたか？
はい: https://pulse.aws/j/{alnum(8)}?a=1&displayId={cq}
いいえ: https://pulse.aws/j/{alnum(8)}?a=0&displayId={cq}

Amazon Web Services
""", enc='b64'), html(f"""<html><body><p>渡辺 健二 様</p><p>先日の AWS サポートへのお問い合わせについて、ひとことお聞かせください。</p>
<p>お問い合わせ ID: {cq}<br>件名: 東京リージョンの EC2 オンデマンド vCPU 上限の引き上げ<br>サービス: Service Quotas</p>
<p>今回のサポートで、お困りごとは解決しましたか？</p><p><a href="https://pulse.aws/j/x?a=1&amp;displayId={cq}">はい</a> ／ <a href="https://pulse.aws/j/x?a=0&amp;displayId={cq}">いいえ</a></p>
<p>Amazon Web Services</p></body></html>""", enc='b64')))

# ---------------------------------------------------------------- 053  ja AWS marketing questionnaire
d = D(2025, 10, 2, 1, 0, 0); mid = ses_mid(d)
mail(53, 'aws-marketing-goiken-ja', 'unrelated', 'ja', None, [], True,
     provider='biglobe', rcpt=SHO[1], date=d, frm=addr('アマゾン ウェブ サービス ジャパン', 'aws-apac-marketing@amazon.com'), to=SHO[1],
     subject=ew("【AWS】クラウド活用の現状について、ご意見をお聞かせください（所要約10分）"), mid=mid, s=sender('aws'),
     extra=[('List-Unsubscribe', f'<https://pages.awscloud.com/unsubscribe.html?mkt_tok={alnum(40)}>')],
     body=alt(text(f"""田中 翔 様

平素より AWS をご利用いただき、誠にありがとうございます。

アマゾン ウェブ サービス ジャパンでは、国内企業のクラウド活用の現状を
把握するため、お客様のご意見をうかがっております。
ご回答いただいた方の中から抽選で50名様に、AWS re:Invent 2025 の
オリジナルグッズをお送りいたします。

ご回答はこちら（所要時間 約10分）:
https://pages.awscloud.com/JAPAN-cloud-adoption-2025.html?trk={alnum(12)}

回答期限: 2025年10月24日（金）

※本メールは、AWS からの情報提供に同意いただいたお客様にお送りしています。
配信停止: https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
""", enc='qp'), html(f"""<html><body style="font-family:Meiryo,sans-serif"><p>田中 翔 様</p>
<p>アマゾン ウェブ サービス ジャパンでは、国内企業のクラウド活用の現状を把握するため、お客様のご意見をうかがっております。</p>
<p><a href="https://pages.awscloud.com/JAPAN-cloud-adoption-2025.html">回答する（約10分）</a></p>
<p style="font-size:11px">アマゾン ウェブ サービス ジャパン合同会社</p></body></html>""", enc='qp')))

# ---------------------------------------------------------------- 054  ja CertMetrics request (ISO-2022-JP)
d = D(2026, 2, 2, 23, 10, 40); mid = f"<{R.randint(10**8,10**9)}.{R.randint(10**5,10**6)}.{int(d.timestamp())}@certmetrics.com>"
mail(54, 'certmetrics-onegai-iso2022', 'unrelated', 'ja', None, ['AWS01176530'], False,
     provider='ocn', rcpt=DAI[1], date=d, frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=DAI[1],
     subject=ew("AWS 認定からのお願い：認定取得後のご経験についてお聞かせください", 'iso-2022-jp'), mid=mid,
     s=dict(sender('certmetrics'), mf='bounces@certmetrics.com'),
     body=text(f"""中村 大輔 様

AWS 認定 ID：AWS01176530

このたびは AWS 認定を取得いただき、おめでとうございます。
AWS 認定プログラムの改善のため、認定取得後のキャリアや業務への影響に
ついて、いくつかの質問にご協力いただけませんでしょうか。

https://aws.certmetrics.com/amazon/candidate/survey.aspx?lang=ja&t={alnum(16)}

所要時間は約5分です。ご回答は統計的に処理され、個人が特定されることは
ありません。

AWS 認定チーム
※このメールは送信専用アドレスから送信されています。
""", cs='iso-2022-jp'))

# ---------------------------------------------------------------- 055  user forwards the acknowledgement to a colleague
d = D(2025, 5, 27, 14, 32, 15, tz=dt.timezone(dt.timedelta(hours=5, minutes=30))); mid = f"<CA+{alnum(40)}@mail.gmail.com>"
mail(55, 'fwd-of-ack-to-colleague', 'unrelated', 'en', C_RAJ, ['AWS09183350'], False,
     provider='outlook', rcpt='deepa.iyer@helixcore.com', date=d, frm=addr(*RAJ), to=addr('Deepa Iyer', 'deepa.iyer@helixcore.com'),
     subject=f"Fwd: Thanks for contacting AWS Training and Certification [Ref: {C_RAJ}]", mid=mid,
     s=dict(sender('gmail_user'), mf=RAJ[1]),
     body=alt(text(f"""Hi Deepa,

FYI - this is the auto-reply I got after sending the merge request. The old
id that should disappear is aws 09183350. I'll let you know when it's through
so the partner portal picks up the right one.

Raj

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, May 27, 2025 at 11:11 AM
Subject: Thanks for contacting AWS Training and Certification [Ref: {C_RAJ}]
To: <raj.menon87@gmail.com>


Hello Raj,

Thanks for getting in touch with AWS Training and Certification. This is an
automatic note to let you know your message reached us and is now in line
for our team. One of our specialists will look it over and write back to you
at this address, normally within 24 hours.

Your reference number is {C_RAJ}.

  Inquiry type:        Certification
  Inquiry detail:      Account Merge
  AWS candidate ID:    AWS04417723

Kind regards,
AWS Training and Certification
""", enc='8bit'), html(f"""<div dir="ltr"><div>Hi Deepa,</div><div><br></div><div>FYI - this is the auto-reply I got after sending the merge request. The old id that should disappear is aws 09183350. I'll let you know when it's through so the partner portal picks up the right one.</div><div><br></div><div>Raj</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> <span dir="auto">&lt;aws-cs-trainingcertification-form@amazon.com&gt;</span><br>Date: Tue, May 27, 2025 at 11:11 AM<br>Subject: Thanks for contacting AWS Training and Certification [Ref: {C_RAJ}]<br>To: &lt;raj.menon87@gmail.com&gt;<br></div><br><br>
Hello Raj,<br><br>Thanks for getting in touch with AWS Training and Certification. This is an automatic note to let you know your message reached us and is now in line for our team.<br><br>Your reference number is {C_RAJ}.<br><br>AWS candidate ID: AWS04417723<br><br>Kind regards,<br>AWS Training and Certification</div></div>""", enc='qp')))

# ---------------------------------------------------------------- 056  ja colleague asks about his own merge (ISO-2022-JP)
d = D(2025, 11, 12, 13, 33, 0, tz=JST); mid = f"<TYWPR01MB{R.randint(1000,9999)}{alnum(6).upper()}@TYWPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"
SENDERS['kaneda'] = dict(host='mail-ty2jpn01on2112.outbound.protection.outlook.com', ip='52.101.229.{n}', mfdom='kaneda-sys.co.jp',
                         dkim=[('kaneda-sys.co.jp', 'selector1')], fd='kaneda-sys.co.jp', p='QUARANTINE', dmarc='pass')
mail(56, 'douryou-tougou-doushita-ja', 'unrelated', 'ja', None, ['AWS03315590', 'AWS07720418'], False,
     provider='corpjp', rcpt=YUMI[1], date=d, frm=addr('井上 拓也', 't-inoue@kaneda-sys.co.jp', 'iso-2022-jp'),
     to=to_(YUMI, 'iso-2022-jp'), subject=ew("AWS認定のアカウント統合について教えてください", 'iso-2022-jp'), mid=mid,
     s=dict(sender('kaneda'), mf='t-inoue@kaneda-sys.co.jp'),
     extra=[('X-Mailer', 'Microsoft Outlook 16.0')],
     body=text("""鈴木さん

お疲れさまです。井上です。

先週、AWS 認定のアカウントをひとつにまとめてもらったと聞きました。
私も学生時代の AWS03315590 と、今の aws 07720418 があって困っています。

・問い合わせはフォームから出しましたか？コンソールからですか？
・送った直後に自動返信みたいなものは届きましたか？
・最後まで何日くらいかかりましたか？

お手すきのときに教えてもらえると助かります。

井上
--
株式会社カネダシステムズ　クラウド基盤部
井上 拓也
""", cs='iso-2022-jp'))

# ---------------------------------------------------------------- 057  Credly's own account-merge code
d = D(2025, 11, 2, 16, 8, 12); mid = f"<{hexs(24)}_{R.randint(1000,9999)}@credly.com>"
code = R.randint(100000, 999999)
mail(57, 'credly-own-merge-code', 'unrelated', 'en', None, [], True,
     provider='outlook', rcpt=DAN[1], date=d, frm=addr('Credly', 'admin@credly.com'), to=DAN[1],
     subject=f"{code} is your Credly verification code", mid=mid, s=sender('credly'),
     body=alt(text(f"""Hi Daniel,

We received a request to merge the Credly account for
d.okafor.cloud@gmail.com into the account for daniel.okafor@outlook.com.

Your verification code is: {code}

Enter it on the merge page, or select Complete Account Merge below. The code
expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token={alnum(32)}

If you didn't ask for this, you can ignore this email - nothing will change.

Credly, Inc.
""", enc='qp'), html(f"""<html><body style="font-family:Helvetica,Arial,sans-serif"><p>Hi Daniel,</p>
<p>We received a request to merge the Credly account for d.okafor.cloud@gmail.com into the account for daniel.okafor@outlook.com.</p>
<p style="font-size:28px;letter-spacing:4px"><b>{code}</b></p>
<p><a href="https://www.credly.com/users/merge/confirm?token={alnum(32)}" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777">The code expires in 30 minutes. If you didn't ask for this, ignore this email.</p></body></html>""", enc='qp')))

# ---------------------------------------------------------------- 058  ja Seller Central case about merging seller accounts
d = D(2025, 9, 20, 3, 45, 31); mid = ses_mid(d)
mail(58, 'seller-central-shuppin-tougou-ja', 'unrelated', 'ja', '5884881212', [], True,
     provider='biglobe', rcpt=SHO[1], date=d, frm=addr('Amazon Seller Central', 'seller-notification@amazon.com'), to=SHO[1],
     subject=ew("RE:[CASE 5884881212] 出品用アカウントの統合について"), mid=mid, s=sender('aws'),
     body=text("""田中 翔 様

Amazon 出品サービスをご利用いただきありがとうございます。
出品者サポートの松本です。

お問い合わせいただいた、2つの出品用アカウントの統合について確認いたしました。
出品用アカウントの統合は承っておりませんが、一方のアカウントを閉鎖し、
商品情報を移す手順をご案内できます。

1. 残すアカウントで在庫ファイルをダウンロードしてください
2. 閉鎖するアカウント（出品者ID: A3KQ7XZP2M9LTW）の出品をすべて停止してください
3. セラーセントラルの［設定］→［アカウント情報］から閉鎖の手続きを行ってください

ほかにご不明な点がございましたら、ケースからご返信ください。

松本
Amazon.co.jp 出品者サポート

本ケースへの回答はお役に立ちましたか？ セラーセントラルのケースログからお知らせください。
""", enc='b64'))

# ---------------------------------------------------------------- 059  GitHub "Merged" notification
d = D(2025, 12, 9, 13, 22, 47); mid = f"<corvid-labs/cert-tracker/pull/412/issue_event/{R.randint(10**10, 10**11)}@github.com>"
mail(59, 'github-merged-dedupe-pr', 'unrelated', 'en', None, ['AWS05047318'], False,
     provider='outlook', rcpt=TOM[1], date=d, frm=addr('Mira Koenig', 'notifications@github.com'),
     to='corvid-labs/cert-tracker <cert-tracker@noreply.github.com>', cc='Tom Becker <tbecker@corvid-labs.io>, Review requested <review_requested@noreply.github.com>',
     reply_to='corvid-labs/cert-tracker <reply+' + alnum(40) + '@reply.github.com>',
     subject="Re: [corvid-labs/cert-tracker] Merge duplicate AWS certification rows for the same person (PR #412)",
     mid=mid, irt=f"<corvid-labs/cert-tracker/pull/412@github.com>", refs=f"<corvid-labs/cert-tracker/pull/412@github.com>",
     s=dict(sender('github'), mf=f"noreply@github.com"),
     extra=[('List-ID', 'corvid-labs/cert-tracker <cert-tracker.corvid-labs.github.com>'),
            ('X-GitHub-Reason', 'review_requested'), ('X-GitHub-Sender', 'mkoenig')],
     body=alt(text(f"""Merged #412 into main.

Tom's record now only lists AWS05047318; the second candidate row was
collapsed by the new dedupe step.

--
Reply to this email directly, view it on GitHub:
https://github.com/corvid-labs/cert-tracker/pull/412#event-{R.randint(10**10, 10**11)}
You are receiving this because your review was requested.
""", enc='qp'), html(f"""<p>Merged <a class="issue-link" href="https://github.com/corvid-labs/cert-tracker/pull/412">#412</a> into main.</p>
<p>Tom's record now only lists AWS05047318; the second candidate row was collapsed by the new dedupe step.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/corvid-labs/cert-tracker/pull/412">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>""", enc='qp')))

# ---------------------------------------------------------------- 060  ja phishing (spoofed amazon.com, dmarc=fail, forged lower A-R), not about the merge
d = D(2026, 4, 6, 22, 51, 9)
SENDERS['spoof'] = dict(host='vps-{n}.mail-notify-jp.top', ip='103.167.{n}.9', mfdom='mail-notify-jp.top',
                        dkim=[('mail-notify-jp.top', 's1')], fd='amazon.com', p='QUARANTINE', dmarc='fail')
mid = f"<{alnum(16)}@mail-notify-jp.top>"
forged = "mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com"
mail(60, 'kigen-kakunin-spoof-ja', 'unrelated', 'ja', None, [], False,
     provider='gmail', rcpt=NAOKI[1], date=d, frm=addr('AWS トレーニングと認定', 'no-reply@amazon.com'), to=NAOKI[1],
     subject=ew("【重要】AWS 認定資格の有効期限が近づいています。アカウント情報をご確認ください"), mid=mid,
     s=dict(sender('spoof'), mf='info@mail-notify-jp.top'), forged=forged,
     body=html("""<html><body style="font-family:sans-serif">
<p>AWS 認定をお持ちのお客様へ</p>
<p>お客様の AWS 認定資格の有効期限が <b>7日以内</b> に切れます。
有効期限を延長するには、下記のリンクから AWS 認定アカウントにサインインし、
お支払い情報を更新してください。</p>
<p><a href="https://aws-certmetrics-jp.top/login">アカウント情報を確認する</a></p>
<p>期限内にご対応いただけない場合、取得済みの認定およびバッジは失効します。</p>
<p>AWS トレーニングと認定</p></body></html>"""))

# === END MAILS ===

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(LABELS), 'mails')
