#!/usr/bin/env python3
"""Generate blind test set 79: four users' AWS Certification account-merge cases
plus the unrelated mail of their inboxes. Writes NNN-slug.eml and labels.json."""
import base64, html, json, os, quopri, random, re, uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(7979)
UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

def U(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)

# ---------------------------------------------------------------- ids
CASE_A = "174943156100874"
CASE_B1 = "175681722500412"
CASE_B2 = "175690833300963"
CASE_C = "176338627200158"
CASE_D = "176880004800731"
CASE_EC2 = "175556942000290"
CASE_BILL = "12894470561"
CASE_SELLER = "5891273304"
FAKE_C = "176327784200417"
FAKE_A = "174990112233445"

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CREDLY = "admin@credly.com"

# ---------------------------------------------------------------- random helpers
def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def ralnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))

def rb64(nbytes):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(nbytes))).decode()

def fold_b64(s, first=40, width=70, sep='\n\t  '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width]); s = s[width:]
    return sep.join(out)

SEL_AMZ = ralnum(32)
SEL_SES = ralnum(32)

def dkim(d, s, t, h):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(t.timestamp())};\n"
            f"\th={h};\n\tbh={rb64(32)};\n\tb=" + fold_b64(rb64(256)))

def ses_ids(t):
    ms = int(t.timestamp() * 1000)
    local = f"0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000"
    return f"<{local}@email.amazonses.com>", f"{local}@amazonses.com"

def ses_ip():
    blk = rnd.choice([(8, 'a8'), (9, 'a9'), (48, 'a48'), (27, 'a27')])
    last = rnd.randint(10, 250)
    return f"54.240.{blk[0]}.{last}", f"{blk[1]}-{last}.smtp-out.amazonses.com"

def credly_ids(t):
    mid = f"<{rhex(13)}_{rnd.randint(2, 99)}{rhex(6)}@credly-mailer-{rhex(10)}-{ralnum(5)}.mail>"
    rp = f"bounces+{rnd.randint(1000000, 9999999)}-{rhex(4)}-USER@em{rnd.randint(1000, 9999)}.credly.com"
    ip = f"149.72.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}"
    helo = f"o{rnd.randint(1, 30)}.ptr{rnd.randint(1000, 9999)}.credly.com"
    return mid, rp, ip, helo

def gmail_mid(t):
    return f"<CA{ralnum(2, 'ABCDEFGHJKLMNOPQRSTUVWXYZ')}{rb64(30).replace('/', '_').replace('+', '-').rstrip('=')}@mail.gmail.com>"

def outlook_mid(t, tenant='jpnprd01'):
    return f"<{ralnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}PR01MB{rnd.randint(1000, 9999)}{ralnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{ralnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}PR01MB{rnd.randint(1000, 9999)}.{tenant}.prod.outlook.com>"

# ---------------------------------------------------------------- MIME helpers
CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'us-ascii': 'ascii'}

def part(text, subtype='plain', charset='utf-8', cte='base64', label=None, raw=None):
    if raw is None:
        raw = text.encode(CODEC.get(charset, charset))
    p = MIMENonMultipart('text', subtype, charset=label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p

def alt(*parts):
    m = MIMEMultipart('alternative', boundary=f"{'=' * 4}_{rhex(24)}")
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m

def to_html(text, title=''):
    """Plain text -> simple HTML with nested blockquotes for '>' lines."""
    out, cur = [], 0
    for line in text.split('\n'):
        m = re.match(r'^((?:> ?)*)(.*)$', line)
        depth = m.group(1).count('>')
        body = m.group(2)
        while cur < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'); cur += 1
        while cur > depth:
            out.append('</blockquote>'); cur -= 1
        esc = html.escape(body)
        esc = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', esc)
        out.append(esc + '<br>')
    while cur > 0:
        out.append('</blockquote>'); cur -= 1
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{html.escape(title)}</title></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + '\n'.join(out) + '\n</body></html>\n')

def subj(text, charset='utf-8', prefix=None):
    if prefix is not None:
        h = Header(prefix, 'us-ascii', header_name='Subject', maxlinelen=76)
        h.append(text, charset)
        return h.encode()
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name='Subject', maxlinelen=76).encode()

def addr(name, a, charset='utf-8'):
    return formataddr((name, a), charset=charset) if name else a

# ---------------------------------------------------------------- trace / auth
def auth_gmail(to, t, mailfrom, ip, helo, dk, spf, dmarc, hfrom, p='QUARANTINE', dis=None):
    tz = PDT if t.month in (4, 5, 6, 7, 8, 9, 10) else PST
    rt = t + timedelta(seconds=rnd.randint(1, 4))
    dis = dis or ('NONE' if dmarc == 'pass' else p)
    dk_s = ';\n       '.join(f"dkim={r} header.i=@{d} header.s={s} header.b={rb64(6)[:8]}" for d, s, r in dk)
    spf_s = (f"spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}"
             if spf == 'pass' else
             f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    ar = (f"mx.google.com;\n       {dk_s};\n       {spf_s};\n"
          f"       dmarc={dmarc} (p={p} sp={p} dis={dis}) header.from={hfrom}")
    d = format_datetime(rt.astimezone(tz))
    return [
        ('Delivered-To', to),
        ('Received', f"by 2002:a05:7010:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(4)}csp{rnd.randint(100000, 9999999)};\n        {d}"),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60).rstrip('=')),
        ('X-Received', f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(20)}.{rnd.randint(1, 99)}.{int(rt.timestamp() * 1000)};\n        {d}"),
        ('ARC-Seal', f"i=1; a=rsa-sha256; t={int(rt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=" + fold_b64(rb64(256), sep='\n        ')),
        ('ARC-Message-Signature', "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh=" + rb64(32) + ";\n        fh=" + rb64(32) + ";\n        b=" + fold_b64(rb64(256), sep='\n        ')),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', f"<{mailfrom}>"),
        ('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {ralnum(20)}.{rnd.randint(100, 999)}.{rnd.randint(1, 9)}.{time_id(rt)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d}"),
        ('Received-SPF', f"{spf} (google.com: domain of {mailfrom} {'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"),
        ('Authentication-Results', ar),
    ]

def time_id(t):
    return f"{rnd.randint(2025, 2026)}{rnd.randint(10000, 99999)}"

def auth_o365(to, t, mailfrom_dom, ip, helo, dkim_r, dkim_d, dmarc, hfrom, action='none', compauth='pass reason=100', spf='pass'):
    rt = t + timedelta(seconds=rnd.randint(1, 5))
    d = format_datetime(rt.astimezone(UTC))
    fe = f"OSA0EPF{ralnum(8, '0123456789ABCDEF')}.apcprd03.prod.outlook.com"
    ca = f"TYCP301CA00{rnd.randint(10, 99)}.JPNP301.PROD.OUTLOOK.COM"
    mb = f"TYWPR01MB{rnd.randint(1000, 9999)}.jpnprd01.prod.outlook.com"
    dk = ("dkim=pass (signature was verified) header.d=" + dkim_d) if dkim_r == 'pass' else (
        f"dkim=fail (body hash did not verify) header.d={dkim_d}" if dkim_r == 'fail' else "dkim=none (message not signed) header.d=none")
    ar = (f"spf={spf} (sender IP is {ip}) smtp.mailfrom={mailfrom_dom}; {dk};dmarc={dmarc} action={action} header.from={hfrom};compauth={compauth}")
    return [
        ('Received', f"from {mb.split('.')[0]}.jpnprd01.prod.outlook.com (::1) by\n {mb} with HTTPS; {d}"),
        ('Received', f"from {ca} (2603:1096:400:384::{rhex(2)}) by\n {mb} (2603:1096:604:b6::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; {d}"),
        ('Received', f"from {fe}\n (2603:1096:400:384:cafe::{rhex(2)}) by {ca.lower().replace('.jpnp301.prod.outlook.com', '.outlook.office365.com')}\n (2603:1096:400:384::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; {d}"),
        ('Authentication-Results', ar),
        ('Received-SPF', f"{'Pass' if spf == 'pass' else spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
        ('Received', f"from {helo} ({ip}) by\n {fe.replace('.apcprd03.prod.outlook.com', '.mail.protection.outlook.com')} (10.167.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend\n Transport; {d}"),
    ]

O365_TAIL = [('X-MS-Exchange-Organization-SCL', '1'), ('X-MS-Exchange-Organization-AuthSource', 'OSA0EPF000000C9.apcprd03.prod.outlook.com'),
             ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]

def internal_o365(t):
    d = format_datetime((t + timedelta(seconds=2)).astimezone(UTC))
    mb1 = f"TYWPR01MB{rnd.randint(1000, 9999)}.jpnprd01.prod.outlook.com"
    mb2 = f"OS3PR01MB{rnd.randint(1000, 9999)}.jpnprd01.prod.outlook.com"
    return [
        ('Received', f"from {mb1.split('.')[0]}.jpnprd01.prod.outlook.com (::1) by\n {mb1} with HTTPS; {d}"),
        ('Received', f"from {mb2} ({'2603:1096:604:' + rhex(3) + '::' + rhex(2)}) by\n {mb1} ({'2603:1096:400:' + rhex(3) + '::' + rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; {d}"),
    ]

INTERNAL_TAIL = [('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthMechanism', '04'),
                 ('X-MS-Exchange-Organization-AuthSource', 'OS3PR01MB5521.jpnprd01.prod.outlook.com'), ('X-MS-Has-Attach', ''),
                 ('X-MS-Exchange-Organization-SCL', '-1')]

def auth_nifty(to, t, mailfrom, ip, helo, dk, spf, dmarc, hfrom):
    rt = t + timedelta(seconds=rnd.randint(2, 9))
    d = format_datetime(rt.astimezone(JST))
    dks = '; '.join(f"dkim={r} header.i=@{dd}" for dd, s, r in dk)
    ar = f"nifty.com; spf={spf} smtp.mailfrom={mailfrom.split('@')[-1]}; {dks}; dmarc={dmarc} header.from={hfrom}"
    sid = rt.astimezone(JST).strftime('%Y%m%d%H%M%S') + f"{rnd.randint(100, 999)}"
    return [
        ('Return-Path', f"<{mailfrom}>"),
        ('Received', f"from mta-sc{rnd.randint(1, 9):02d}.nifty.com by mta-dp{rnd.randint(1, 9):02d}.nifty.com\n          with ESMTP\n          id <{sid}.{ralnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}.mta-dp@nifty.com>\n          for <{to}>; {d}"),
        ('Authentication-Results', ar),
        ('Received', f"from {helo} ([{ip}])\n          by mta-mx{rnd.randint(1, 9):02d}.nifty.com with ESMTP\n          id <{sid}.{ralnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}.mta-mx@nifty.com>\n          for <{to}>; {d}"),
    ]

# ---------------------------------------------------------------- mail assembly
MAILS = []

def add(slug, t, label, body, *, frm, to, subject, trace, origin=(), msgid, cc=None,
        in_reply_to=None, references=None, extra=(), tail=(), date_tz=UTC):
    hdrs = list(trace)
    hdrs += list(origin)
    hdrs.append(('From', frm))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', subject))
    hdrs.append(('Date', format_datetime(t.astimezone(date_tz))))
    hdrs.append(('Message-ID', msgid))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    hdrs += list(extra)
    content = [(k, str(v)) for k, v in body.items()]
    for k in {k for k, _ in content}:
        del body[k]
    for k, v in hdrs:
        body[k] = v
    if not any(k.lower() == 'mime-version' for k, _ in content):
        body['MIME-Version'] = '1.0'
    for k, v in content:
        body[k] = v
    for k, v in tail:
        body[k] = v
    MAILS.append((t, slug, body, label))

def L(kind, case_id, ids, sv, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)), "sender_verified": sv, "language": lang}

# ---- senders -----------------------------------------------------------------
def aws_mail(slug, t, label, body, *, to, subject, provider, sender=FORM, name="Amazon Web Services",
             extra=(), dmarc='pass', quarantine=False):
    mid, rp = ses_ids(t)
    ip, helo = ses_ip()
    dk = [('amazon.com', SEL_AMZ, 'pass'), ('amazonses.com', SEL_SES, 'pass')]
    if provider == 'gmail':
        trace = auth_gmail(to, t, rp, ip, helo, dk, 'pass', dmarc, 'amazon.com')
        tail = ()
    elif provider == 'o365':
        trace = auth_o365(to, t, 'amazonses.com', ip, helo, 'pass', 'amazon.com', dmarc, 'amazon.com')
        tail = O365_TAIL
    else:
        trace = auth_nifty(to, t, rp, ip, helo, dk, 'pass', dmarc, 'amazon.com')
        tail = ()
    origin = [('DKIM-Signature', dkim('amazon.com', SEL_AMZ, t, 'Content-Type:From:To:Subject:Message-ID:Date:MIME-Version')),
              ('DKIM-Signature', dkim('amazonses.com', SEL_SES, t, 'Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID'))]
    ex = [('Feedback-ID', f"::1.us-east-1.{rb64(30)[:43]}=:AmazonSES"), ('X-SES-Outgoing', f"{t:%Y.%m.%d}-{ip}")] + list(extra)
    add(slug, t, label, body, frm=addr(name, sender), to=to, subject=subject, trace=trace, origin=origin,
        msgid=mid, extra=ex, tail=tail)

def credly_mail(slug, t, label, body, *, to, subject, provider,
                name="Amazon Web Services Training and Certification via Credly"):
    mid, rp, ip, helo = credly_ids(t)
    rp = rp.replace('USER', to.replace('@', '='))
    dk = [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')]
    if provider == 'gmail':
        trace = auth_gmail(to, t, rp, ip, helo, dk, 'pass', 'pass', 'credly.com', p='REJECT')
        tail = ()
    elif provider == 'o365':
        trace = auth_o365(to, t, rp.split('@')[1], ip, helo, 'pass', 'credly.com', 'pass', 'credly.com')
        tail = O365_TAIL
    else:
        trace = auth_nifty(to, t, rp, ip, helo, dk, 'pass', 'pass', 'credly.com')
        tail = ()
    origin = [('DKIM-Signature', dkim('credly.com', 's1', t, 'from:reply-to:subject:mime-version:content-type:to:cc')),
              ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', t, 'from:reply-to:subject:mime-version:content-type:to:cc:feedback-id'))]
    add(slug, t, label, body, frm=addr(name, CREDLY), to=to, subject=subject, trace=trace, origin=origin,
        msgid=mid, extra=[('Reply-To', 'support@credly.com'), ('X-Entity-Ref-ID', str(uuid.UUID(int=rnd.getrandbits(128))))], tail=tail)

def other_mail(slug, t, label, body, *, frm_name, frm_addr, to, subject, provider, dom=None, ip=None, helo=None,
               mailfrom=None, dmarc='pass', p='NONE', dkim_r='pass', spf='pass', msgid=None, extra=(), charset='utf-8',
               in_reply_to=None, references=None, forged_ar=None, date_tz=UTC, cc=None, origin_extra=()):
    dom = dom or frm_addr.split('@')[1]
    ip = ip or f"{rnd.choice([198, 205, 167, 209])}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}"
    helo = helo or f"mail{rnd.randint(1, 40)}.{dom}"
    mailfrom = mailfrom or f"bounce-{rhex(8)}@{dom}"
    dk = [(dom, 'selector1', dkim_r)]
    if provider == 'gmail':
        trace = auth_gmail(to, t, mailfrom, ip, helo, dk, spf, dmarc, frm_addr.split('@')[1], p=p)
        tail = ()
    elif provider == 'o365':
        trace = auth_o365(to, t, mailfrom.split('@')[1], ip, helo, dkim_r, dom, dmarc, frm_addr.split('@')[1],
                          action='none' if dmarc == 'pass' else 'quarantine',
                          compauth='pass reason=100' if dmarc == 'pass' else 'fail reason=000', spf=spf)
        tail = O365_TAIL
    elif provider == 'nifty':
        trace = auth_nifty(to, t, mailfrom, ip, helo, dk, spf, dmarc, frm_addr.split('@')[1])
        tail = ()
    else:  # internal O365, no Authentication-Results at all
        trace = internal_o365(t)
        tail = INTERNAL_TAIL
    origin = list(origin_extra)
    if forged_ar:
        origin.append(('Authentication-Results', forged_ar))
    if dkim_r != 'none' and provider != 'internal':
        origin.append(('DKIM-Signature', dkim(dom, 'selector1', t, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')))
    msgid = msgid or f"<{rhex(16)}.{rnd.randint(100000, 999999)}@{helo}>"
    add(slug, t, label, body, frm=addr(frm_name, frm_addr, charset), to=to, subject=subject, trace=trace,
        origin=origin, msgid=msgid, extra=extra, tail=tail, in_reply_to=in_reply_to, references=references,
        date_tz=date_tz, cc=cc)

# ============================================================================
# USER A  佐藤 美咲 (nifty, Japanese, form case CASE_A)
# ============================================================================
A = "misaki.sato@nifty.com"
A_SUBJ = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"

a1 = f"""佐藤 美咲 様

AWS トレーニングと認定カスタマーサポートにお問い合わせいただき、誠にありがとうございます。
以下の内容でご依頼を承りました。本メールはシステムより自動送信されています。

ケース番号: {CASE_A}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 候補者 ID: AWS31877502
お問い合わせ内容:
  以前の勤務先のメールアドレスで作成した認定アカウントがあり、現在のアカウントに
  まとめたいです。古いアカウントの ID は aws27640981 だと思います。
  取得済み: クラウドプラクティショナー、ソリューションアーキテクト アソシエイト

担当者が内容を確認し、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせを作成されますと、対応が遅れる原因となりますので、
追加の情報がある場合は本メールにそのままご返信ください（件名のケース番号は変更しないでください）。

Amazon Web Services
AWS トレーニングと認定
"""
aws_mail('sato-aws-form-1', U(2025, 6, 9, 1, 12, 58),
         L('case_created', CASE_A, ['AWS27640981', 'AWS31877502'], True, 'ja'),
         part(a1), to=A, provider='nifty',
         subject=subj(f"[CASE {CASE_A}] AWS トレーニングと認定 お問い合わせ受付のお知らせ"))

a2 = f"""佐藤 美咲 様

AWS トレーニングと認定カスタマーサポートの Haruka でございます。
お問い合わせいただきありがとうございます。

ご記載いただいた旧アカウントの ID（AWS27640981）を確認いたしましたが、
こちらは佐藤様とは異なるお名前・メールアドレスで登録されているため、
別の方のアカウントである可能性が高く、統合の対象とすることはできません。

なお、佐藤様のお名前で検索いたしましたところ、現在ご利用中の AWS31877502 とは別に、
以下のアカウントが見つかりました。

  候補者 ID: AWS27640918
  登録メールアドレス: m.sato@kiyomizu-tech.co.jp

お手数ですが、以下の点についてご返信ください。
1. 統合を希望されるのは上記 AWS27640918 でお間違いないでしょうか。
2. 統合後に残すアカウント（今後サインインに使用するアカウント）はどちらになさいますか。
3. それぞれのアカウントで通知先として登録されているメールアドレス

ご不明な点がございましたら、お気軽にお問い合わせください。

よろしくお願いいたします。

Haruka T.
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

-------- 元のお問い合わせ --------
お問い合わせの種類: Certification
詳細: Account Merge
AWS 候補者 ID: AWS31877502
お問い合わせ内容:
  以前の勤務先のメールアドレスで作成した認定アカウントがあり、現在のアカウントに
  まとめたいです。古いアカウントの ID は aws27640981 だと思います。
"""
aws_mail('sato-aws-form-2', U(2025, 6, 10, 6, 40, 11),
         L('support_reply', CASE_A, ['AWS27640918', 'AWS27640981', 'AWS31877502'], True, 'ja'),
         part(a2, charset='iso-2022-jp', cte='7bit'), to=A, provider='nifty', subject=A_SUBJ)

a3_new = f"""佐藤 美咲 様

Haruka でございます。ご返信いただきありがとうございます。
いただいた情報をもとに、以下の内容で統合の準備が整いました。

■ 残るアカウント（今後サインインに使用）
  AWS31877502 / misaki.sato@nifty.com
■ 統合元のアカウント（統合後はご利用いただけなくなります）
  AWS27640918 / m.sato@kiyomizu-tech.co.jp

統合元アカウントの認定資格・受験履歴・特典は、すべて残るアカウントへ引き継がれます。
ただし、この処理は実施後に取り消すことができません。

上記の内容でよろしければ、本メールにご返信いただき、統合を進めてよいかお知らせください。
ご返信を確認するまで、作業は行いません。

よろしくお願いいたします。

Haruka T.
Amazon Web Services
"""
a3_quote = """
2025年6月10日(火) 19:22 佐藤美咲 <misaki.sato@nifty.com>:
> Haruka 様
>
> ご確認ありがとうございます。ID を書き間違えておりました、失礼いたしました。
> 1. はい、AWS27640918 です（前職のアドレスで作ったものです）。
> 2. 現在使っている AWS31877502 を残してください。
> 3. AWS31877502 は misaki.sato@nifty.com、AWS27640918 は m.sato@kiyomizu-tech.co.jp です。
>
> 佐藤
>
> > 佐藤 美咲 様
> >
> > ご記載いただいた旧アカウントの ID（AWS27640981）を確認いたしましたが、
> > こちらは佐藤様とは異なるお名前・メールアドレスで登録されているため、
> > 別の方のアカウントである可能性が高く、統合の対象とすることはできません。
> > （以下省略）
"""
aws_mail('sato-aws-form-3', U(2025, 6, 11, 2, 5, 37),
         L('merge_confirmation_requested', CASE_A, ['AWS27640918', 'AWS31877502'], True, 'ja'),
         alt(part(a3_new + a3_quote, cte='quoted-printable'),
             part(to_html(a3_new + a3_quote), 'html', cte='quoted-printable')),
         to=A, provider='nifty', subject=A_SUBJ)

a4 = f"""佐藤 美咲 様

Haruka でございます。
統合の実施についてご承諾いただき、ありがとうございます。

ただいま担当部署にて作業を開始いたしました。処理には通常 1～3 営業日ほどかかります。
作業が終わりましたら、改めて本ケースにてご連絡いたします。
それまでの間、統合元のアカウントでの試験のご予約はお控えください。

引き続きよろしくお願いいたします。

Haruka T.
Amazon Web Services

-----Original Message-----
From: 佐藤美咲 <misaki.sato@nifty.com>
Sent: Wednesday, June 11, 2025 9:48 PM
To: Amazon Web Services <{FORM}>
Subject: Re: {A_SUBJ}

Haruka 様

内容に間違いありません。統合を進めてください。
AWS27640918 → AWS31877502

佐藤
"""
aws_mail('sato-aws-form-4', U(2025, 6, 12, 0, 30, 2),
         L('support_reply', CASE_A, [], True, 'ja'),
         part(a4, cte='quoted-printable'), to=A, provider='nifty', subject=A_SUBJ)

a5_html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<p>佐藤 美咲 様</p>
<p>いつもお世話になっております。Haruka でございます。</p>
<p>お待たせいたしました。旧アカウント <b>AWS27640918</b> に登録されていた認定資格と受験履歴は、
すべて <b>AWS31877502</b> へ移し終えました。AWS27640918 は本日付で無効となり、今後はご利用いただけません。</p>
<p>今後は misaki.sato@nifty.com で AWS Certification アカウントにサインインいただき、
認定資格の一覧、および特典（次回の受験に使える 50% 割引など）が表示されていることをご確認ください。
Credly のデジタルバッジについては、数日以内に Credly から別途メールでご案内が届きます。</p>
<p>ご依頼の件は以上となりますので、本ケースはこれにてクローズとさせていただきます。</p>
<p>Haruka T.<br>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>
<hr>
<div>2025年6月11日(水) 11:05 Amazon Web Services &lt;{FORM}&gt;:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>佐藤 美咲 様</p>
<p>■ 残るアカウント（今後サインインに使用）<br>&nbsp;&nbsp;AWS31877502 / misaki.sato@nifty.com<br>
■ 統合元のアカウント（統合後はご利用いただけなくなります）<br>&nbsp;&nbsp;AWS27640918 / m.sato@kiyomizu-tech.co.jp</p>
<p>この処理は実施後に取り消すことができません。<br>
上記の内容でよろしければ、本メールにご返信いただき、統合を進めてよいかお知らせください。</p>
</blockquote>
</body></html>
"""
aws_mail('sato-aws-form-5', U(2025, 6, 13, 7, 2, 44),
         L('merge_completed', CASE_A, ['AWS27640918', 'AWS31877502'], True, 'ja'),
         part(a5_html, 'html', cte='quoted-printable'), to=A, provider='nifty', subject=A_SUBJ)

a6 = f"""佐藤 美咲 様

AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ（ケース番号 {CASE_A}）は解決済みとしてクローズされました。

サービス向上のため、簡単なアンケートにご協力ください（所要時間 約 1 分）。

今回のお問い合わせは解決しましたか？
  はい: https://aws-tc-survey.amazon.com/s?c={CASE_A}&r=1
  いいえ: https://aws-tc-survey.amazon.com/s?c={CASE_A}&r=0

担当者の対応を 5 段階で評価してください:
  https://aws-tc-survey.amazon.com/rate?c={CASE_A}

追加のご質問がある場合は、新しいお問い合わせを作成せず、本メールにご返信ください。

Amazon Web Services
"""
aws_mail('sato-aws-form-6', U(2025, 6, 13, 7, 5, 3),
         L('survey', CASE_A, [], True, 'ja'),
         alt(part(a6), part(to_html(a6), 'html')), to=A, provider='nifty',
         subject=subj(f"ケース {CASE_A} はクローズされました - アンケートへのご協力のお願い"))

def credly_html(first, badge, lead, button="Accept your badge", extra_p=""):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/{uuid.UUID(int=rnd.getrandbits(128))}/image.png" width="120" alt="{html.escape(badge)}"></td></tr>
<tr><td style="padding:0 24px;font-size:22px;font-weight:bold">{html.escape(first)}, {lead}</td></tr>
<tr><td style="padding:16px 24px;font-size:15px">{html.escape(badge)}</td></tr>
{extra_p}
<tr><td style="padding:16px 24px"><a href="https://www.credly.com/badges/{uuid.UUID(int=rnd.getrandbits(128))}/accept?utm_source=earner_notification" style="background:#0a6bd1;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">{button}</a></td></tr>
<tr><td style="padding:24px;font-size:12px;color:#777">Credly, Inc., 1 Pearson Way, Ste 300, Boston, MA 02110<br>
<a href="https://www.credly.com/notifications/settings">Notification settings</a> | <a href="https://www.credly.com/privacy">Privacy policy</a></td></tr>
</table></td></tr></table></body></html>
"""

credly_mail('sato-credly-1', U(2025, 6, 14, 3, 11, 20),
            L('credly_badge_issued', None, [], True, 'en'),
            part(credly_html('Misaki', 'AWS Certified Solutions Architect – Associate',
                             'Amazon Web Services Training and Certification has issued you a badge',
                             extra_p='<tr><td style="padding:0 24px;font-size:14px">This badge was previously issued to another of your accounts and has been reissued here following an update to your certification records.</td></tr>'),
                 'html', cte='quoted-printable'),
            to=A, provider='nifty',
            subject="Amazon Web Services Training and Certification has issued you a badge")

a8_txt = """Misaki, your badge is waiting for you!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Cloud Practitioner

Accept your badge to share it on LinkedIn, add it to your email signature or embed it on your website.

Accept your badge: https://www.credly.com/earner/earned/badge/accept

Credly, Inc. 1 Pearson Way, Boston, MA
"""
credly_mail('sato-credly-2', U(2025, 6, 14, 3, 12, 5),
            L('credly_badge_issued', None, [], True, 'en'),
            alt(part(a8_txt, cte='quoted-printable'),
                part(credly_html('Misaki', 'AWS Certified Cloud Practitioner', 'your badge is waiting for you!'), 'html', cte='quoted-printable')),
            to=A, provider='nifty', subject="Your AWS Certified Cloud Practitioner badge is ready to accept")

# --- A: phishing fake completion (nifty says dmarc=fail; a forged lower A-R says pass)
ap = f"""お客様各位

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

お客様の AWS 認定アカウントの統合処理が完了いたしました（ケース番号: {FAKE_A}）。
統合に伴い、認定特典（50% 割引バウチャー）を再発行する必要がございます。
24 時間以内に下記リンクよりサインインし、お支払い情報を再登録してください。
期限を過ぎますと、統合後のアカウントは一時的に停止されます。

▼サインインはこちら
https://aws-certification.jp-login.top/signin?ref={rhex(12)}

※本メールは送信専用アドレスから送信しています。

AWS トレーニングと認定
Amazon Web Services Japan
"""
mid_ap = f"<{rhex(20)}@jp-login.top>"
other_mail('aws-jp-notice', U(2025, 6, 15, 11, 48, 9),
           L('merge_completed', FAKE_A, [], False, 'ja'),
           alt(part(ap), part(to_html(ap), 'html')),
           frm_name='AWS トレーニングと認定', frm_addr='no-reply@amazon.com', dom='jp-login.top',
           mailfrom='bounce@mail.jp-login.top', helo='mail.jp-login.top', ip='103.151.24.88',
           to=A, provider='nifty', dmarc='fail', dkim_r='none', spf='softfail', msgid=mid_ap,
           forged_ar='nifty.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com',
           subject=subj("【重要】アカウント統合完了のお知らせ – 特典の受け取り手続きについて"))

# --- A: unrelated
pv = f"""Dear Misaki Sato,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: DVA-C02: AWS Certified Developer - Associate
Language: Japanese
Appointment: Saturday, July 12, 2025 at 10:00 AM Japan Standard Time
Delivery: Online (OnVUE)
Registration ID: 512874903
AWS Candidate ID: AWS31877502
Order Number: 0093-4471-29

Before your exam:
- Run the system test on the computer you will use: https://home.pearsonvue.com/aws/onvue
- Review the online testing requirements and ID policy.
- Check in up to 30 minutes before your appointment time.

To reschedule or cancel, please sign in to your AWS Certification Account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
other_mail('pearson-vue-booking', U(2025, 6, 18, 4, 33, 0),
           L('unrelated', None, ['AWS31877502'], False, 'en'),
           alt(part(pv, cte='quoted-printable'), part(to_html(pv), 'html', cte='quoted-printable')),
           frm_name='Pearson VUE', frm_addr='pearsonvuecustomerservice@pearson.com', dom='pearson.com',
           to=A, provider='nifty', subject='Pearson VUE Confirmation of Booking for Misaki Sato',
           date_tz=timezone(timedelta(hours=-5)))

mgr = f"""佐藤さん

共有ありがとうございます。
旧アカウント分の資格も、会社の研修記録に反映しておきます。
DVA の受験費用の件は、来週の 1on1 で相談しましょう。

山本

2025年6月13日(金) 17:20 佐藤 美咲 <misaki.sato@nifty.com>:
> 山本さん
>
> AWS 認定のアカウントがひとつにまとまったので共有します。
> 前職で取った分（AWS27640918）も AWS31877502 に入りました。
>
> ---------- Forwarded message ---------
> From: Amazon Web Services <{FORM}>
> Date: 2025年6月13日(金) 16:02
> Subject: {A_SUBJ}
> To: <misaki.sato@nifty.com>
>
> 佐藤 美咲 様
>
> お待たせいたしました。旧アカウント AWS27640918 に登録されていた認定資格と受験履歴は、
> すべて AWS31877502 へ移し終えました。
"""
other_mail('yamamoto-re-fw', U(2025, 6, 13, 9, 41, 30),
           L('unrelated', CASE_A, [], False, 'ja'),
           part(mgr, charset='iso-2022-jp', cte='7bit'),
           frm_name='山本 隆', frm_addr='t.yamamoto@hanamori-data.co.jp', charset='iso-2022-jp',
           to=A, provider='nifty', subject=subj(A_SUBJ, 'iso-2022-jp', prefix='Re: Fw: '),
           msgid=gmail_mid(None), date_tz=JST,
           in_reply_to=f"<{rhex(16)}@nifty.com>", references=f"<{rhex(16)}@nifty.com>",
           extra=[('X-Mailer', 'Microsoft Outlook 16.0')])

summit = """AWS Summit Japan 2025 のご案内

いつも AWS をご利用いただきありがとうございます。
今年の AWS Summit Japan は 6 月 25 日（水）・26 日（木）に幕張メッセで開催します。

■ 見どころ
・基調講演: 生成 AI 時代のクラウド活用
・150 以上のセッションとハンズオン
・AWS 認定者限定ラウンジ（AWS 認定をお持ちの方は、会場でデジタルバッジをご提示ください）

■ 事前登録（無料）
https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから設定を変更してください:
https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
aws_mail('aws-summit-japan', U(2025, 6, 2, 1, 0, 12),
         L('unrelated', None, [], True, 'ja'),
         alt(part(summit), part(to_html(summit), 'html')), to=A, provider='nifty',
         sender='aws-apj-marketing@amazon.com', name='アマゾン ウェブ サービス ジャパン',
         subject=subj("【AWS Summit Japan 2025】6月25日・26日 幕張メッセで開催 – 事前登録受付中"),
         extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')])

cm = """Hello Misaki,

AWS Certification wants to hear from you!

You recently interacted with AWS Certification. Please take our short survey (about 5 minutes) to tell us about your experience with your AWS Certification Account and exam registration.

Take the survey: https://www.certmetrics.com/amazon/survey/?id=8f21c6

Your AWS Certification Candidate ID: AWS31877502

Thank you,
AWS Training and Certification

This message was sent from an unmonitored address. Please do not reply.
"""
other_mail('certmetrics-survey', U(2025, 6, 20, 16, 5, 0),
           L('unrelated', None, ['AWS31877502'], False, 'en'),
           part(cm, cte='7bit', charset='us-ascii'),
           frm_name='AWS Certification', frm_addr='do-not-reply@certmetrics.com', dom='certmetrics.com',
           to=A, provider='nifty', subject='AWS Certification wants to hear from you')

# ============================================================================
# USER B  高橋 健一 (gmail, Japanese, console cases B1 + duplicate B2)
# ============================================================================
B = "k.takahashi.infra@gmail.com"

b1 = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {CASE_B1} をオープンしました。

ケース ID: {CASE_B1}
件名: AWS 認定アカウントの統合について
重要度: 一般的なガイダンス
説明:
AWS認定のアカウントが2つあります（AWS55019374 と AWS50887126）。
AWS55019374 のほうに統合をお願いします。

ケースの詳細の確認や返信は、サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B1}&language=ja

このメールアドレスは受信専用ではないため、返信いただいても対応できません。ケースへの返信はサポートセンターからお願いいたします。

よろしくお願いいたします。
Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""
aws_mail('takahashi-case-open', U(2025, 9, 2, 12, 47, 20),
         L('case_created', CASE_B1, ['AWS50887126', 'AWS55019374'], True, 'ja'),
         part(b1), to=B, provider='gmail', sender=NOREPLY,
         subject=subj(f"Amazon Web Services: 新しいサポートケースがオープンされました: {CASE_B1}"))

b2 = f"""Thank you for contacting Amazon Web Services. We have opened case {CASE_B2} to address your issue.

Case ID: {CASE_B2}
Subject: Certification account merge request (2nd) / 認定アカウント統合
Severity: General guidance
Correspondence: I opened a case yesterday but I cannot find any confirmation email, so I am sending this again.
Please merge my two certification accounts, AWS55019374 and AWS50887126 (keep AWS55019374). よろしくお願いします。

To see the case details or respond, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B2}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail('takahashi-case-open-2', U(2025, 9, 3, 14, 5, 51),
         L('case_created', CASE_B2, ['AWS50887126', 'AWS55019374'], True, 'en'),
         part(b2, cte='quoted-printable'), to=B, provider='gmail', sender=NOREPLY,
         subject=f"Amazon Web Services: You have opened a new Support case: {CASE_B2}")

b3 = f"""高橋 様

AWS サポートの Ryo です。お問い合わせいただきありがとうございます。

本ケースと同じ内容のご依頼を、ケース {CASE_B1} にて既に承っております。
担当者が重複して対応することによる混乱を避けるため、以降のご連絡はすべてケース {CASE_B1} にて行わせていただきます。
本ケースはこのあと解決済みといたしますので、ご了承ください。

なお、同一のご依頼で複数のケースを作成されますと、かえってご回答までにお時間をいただく場合がございます。
お手数ですが、ご返信は元のケースにてお願いいたします。

よろしくお願いいたします。

Ryo K.
Amazon Web Services
======================================================
このメールのアドレスには返信できません。ケースへのご返信はサポートセンターからお願いいたします:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B2}&language=ja

今回のご対応を評価してください:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B2}&language=ja&rate=true
"""
aws_mail('takahashi-case-2-reply', U(2025, 9, 4, 1, 20, 15),
         L('support_reply', CASE_B2, [], True, 'ja'),
         part(b3), to=B, provider='gmail', sender=NOREPLY,
         subject=subj("Certification account merge request (2nd) / 認定アカウント統合", prefix=f"RE:[CASE {CASE_B2}] "))

b4 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>We have resolved your AWS Support case <b>{CASE_B2}</b>: "Certification account merge request (2nd) / 認定アカウント統合".</p>
<p>If you still need help with this issue, you can reopen the case from the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B2}&amp;language=en">Support Center</a> within 14 days.</p>
<h3>How did we do?</h3>
<p>Please take a moment to tell us about your experience with this case.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B2}&amp;score=5">Excellent</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B2}&amp;score=3">Average</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B2}&amp;score=1">Poor</a></p>
<p>Thank you,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>
"""
aws_mail('takahashi-case-2-closed', U(2025, 9, 4, 1, 25, 40),
         L('survey', CASE_B2, [], True, 'en'),
         part(b4, 'html', cte='quoted-printable'), to=B, provider='gmail', sender=NOREPLY,
         subject=f"Amazon Web Services: Your Support case {CASE_B2} has been resolved")

b5 = f"""高橋 健一 様

AWS サポートの Ryo でございます。
AWS 認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

ご記載の 2 つの ID のうち、AWS55019374 は登録情報を確認できました。
もう一方の aws50887126 については、ご登録のお名前の表記（ローマ字）が異なるため、
ご本人のアカウントであることを確認させていただく必要がございます。

恐れ入りますが、サポートセンターから以下をお知らせください。
・各アカウントのサインインに使用しているメールアドレス
・各アカウントの通知先メールアドレス（サインイン用と異なる場合）
・統合後に残すアカウント（ご記載のとおり AWS55019374 でよろしいでしょうか）
・アカウントが 2 つになった経緯（例: 前職のメールアドレスで登録した など）

ご確認のほど、よろしくお願いいたします。

Ryo K.
Amazon Web Services
======================================================
このメールのアドレスには返信できません。ケースへのご返信はサポートセンターからお願いいたします:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B1}&language=ja

今回のご対応を評価してください:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B1}&language=ja&rate=true
"""
B1_SUBJ = subj("AWS 認定アカウントの統合について", prefix=f"RE:[CASE {CASE_B1}] ")
aws_mail('takahashi-case-reply-1', U(2025, 9, 4, 2, 2, 9),
         L('support_reply', CASE_B1, ['AWS50887126', 'AWS55019374'], True, 'ja'),
         part(b5), to=B, provider='gmail', sender=NOREPLY, subject=B1_SUBJ)

b6 = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {CASE_B1}
Subject: AWS 認定アカウントの統合について
Severity: General guidance

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B1}&language=ja

Please do not reply to this e-mail; this mailbox is not monitored.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail('takahashi-case-notice', U(2025, 9, 8, 5, 10, 2),
         L('support_reply', CASE_B1, [], True, 'en'),
         part(b6, charset='utf-8', cte='8bit'), to=B, provider='gmail', sender=NOREPLY,
         subject=f"[Case {CASE_B1}] New correspondence added")

b7_html_txt = f"""高橋 健一 様

いつもお世話になっております。AWS サポートの Mei と申します。
前任の Ryo が別業務に移りましたため、本日より本ケースは私が引き継いで対応いたします。

ご返信いただいた情報をもとに確認を行い、2 つのアカウントがいずれも高橋様ご本人のものであることを確認いたしました。
以下の内容で統合を実施する予定です。

  存続するアカウント: AWS 55019374（サインイン: k.takahashi.infra@gmail.com）
  統合されるアカウント: AWS-50887126（サインイン: kenichi.takahashi@aozora-system.co.jp）

統合されるアカウントの認定、受験履歴、特典はすべて存続するアカウントに移ります。
一度実施した統合は元に戻すことができませんので、十分にご確認ください。

内容に問題がなければ、サポートセンターから「統合を進めてください」とご返信ください。
ご返信をいただいた時点で作業を開始いたします。

Mei S.
Amazon Web Services
"""
b7_plain = f"""高橋 様

担当の Mei です（Ryo より引き継ぎました）。
下記の統合について、実施前にご確認をお願いいたします。

  存続: AWS55019374
  統合元: AWS50887126

※統合後の取り消しはできません。
問題なければサポートセンターからご返信ください。

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B1}&language=ja

Mei S.
Amazon Web Services
"""
aws_mail('takahashi-case-reply-2', U(2025, 9, 8, 5, 10, 31),
         L('merge_confirmation_requested', CASE_B1, ['AWS50887126', 'AWS55019374'], True, 'ja'),
         alt(part(b7_plain), part(to_html(b7_html_txt), 'html')),
         to=B, provider='gmail', sender=NOREPLY, subject=B1_SUBJ)

b8 = f"""高橋 健一 様

Mei でございます。ご返信ありがとうございます。
統合の実施についてご了承いただいたことを確認いたしました。

これより担当チームにて統合作業を進めます。通常 1～2 営業日ほどで完了いたしますので、
終わり次第、本ケースにてお知らせいたします。
統合が済みましたら、Credly のバッジも存続するアカウントに紐づけ直されます。

引き続きよろしくお願いいたします。

Mei S.
Amazon Web Services
======================================================
このメールのアドレスには返信できません。ケースへのご返信はサポートセンターからお願いいたします:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B1}&language=ja
"""
aws_mail('takahashi-case-reply-3', U(2025, 9, 9, 0, 15, 48),
         L('support_reply', CASE_B1, [], True, 'ja'),
         part(b8, cte='quoted-printable'), to=B, provider='gmail', sender=NOREPLY, subject=B1_SUBJ)

b9 = f"""高橋 健一 様

Mei でございます。お待たせいたしました。

AWS50887126 で取得された認定資格（AWS Certified Developer – Associate）と受験履歴を、
AWS55019374 に移し終えました。AWS50887126 は閉鎖済みとなり、今後はサインインできません。

ご依頼の内容はすべて対応いたしましたので、本ケースは解決済みとさせていただきます。
お手数ですが、今回の対応についてアンケートへのご協力をお願いいたします。

  この回答は役に立ちましたか?
  はい: https://console.aws.amazon.com/support/feedback?displayId={CASE_B1}&helpful=yes
  いいえ: https://console.aws.amazon.com/support/feedback?displayId={CASE_B1}&helpful=no

Mei S.
Amazon Web Services
"""
aws_mail('takahashi-case-reply-4', U(2025, 9, 10, 9, 40, 26),
         L('merge_completed', CASE_B1, ['AWS50887126', 'AWS55019374'], True, 'ja'),
         alt(part(b9, cte='base64'), part(to_html(b9), 'html', cte='base64')),
         to=B, provider='gmail', sender=NOREPLY, subject=B1_SUBJ)

b10_txt = """Kenichi, your AWS Certified Developer – Associate badge is ready to accept.

Amazon Web Services Training and Certification has issued this badge to your Credly account. If you held this badge on a different account before, it has been moved here as part of an update to your certification profile.

Accept badge: https://www.credly.com/earner/earned/badge/accept

Credly, Inc. 1 Pearson Way, Boston, MA
"""
credly_mail('takahashi-credly-1', U(2025, 9, 11, 6, 2, 40),
            L('credly_badge_issued', None, [], True, 'en'),
            alt(part(b10_txt, cte='quoted-printable'),
                part(credly_html('Kenichi', 'AWS Certified Developer – Associate', 'your badge is ready to accept',
                                 button='Accept badge'), 'html', cte='quoted-printable')),
            to=B, provider='gmail',
            subject="Kenichi, your AWS Certified Developer – Associate badge is ready to accept")

credly_mail('takahashi-credly-2', U(2025, 9, 11, 6, 3, 2),
            L('credly_badge_issued', None, [], True, 'en'),
            part(credly_html('Kenichi', 'AWS Certified Solutions Architect – Professional',
                             "you've earned a badge from Amazon Web Services Training and Certification"),
                 'html', cte='base64'),
            to=B, provider='gmail',
            subject="Congratulations, you've earned a badge from Amazon Web Services Training and Certification!")

# --- B: unrelated
gh = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/sorane-net/infra-terraform/pull/482#event-19283746501
You are receiving this because you were mentioned.
"""
other_mail('github-pr-482', U(2025, 9, 5, 8, 14, 2),
           L('unrelated', None, [], False, 'en'),
           alt(part(gh, cte='quoted-printable'), part(to_html(gh), 'html', cte='quoted-printable')),
           frm_name='Satoshi Ikeda', frm_addr='notifications@github.com', dom='github.com',
           to=B, provider='gmail', p='REJECT', cc='Mention <mention@noreply.github.com>',
           msgid=f"<sorane-net/infra-terraform/pull/482/issue_event/19283746501@github.com>",
           in_reply_to="<sorane-net/infra-terraform/pull/482@github.com>",
           references="<sorane-net/infra-terraform/pull/482@github.com>",
           extra=[('List-ID', 'sorane-net/infra-terraform <infra-terraform.sorane-net.github.com>'),
                  ('X-GitHub-Reason', 'mention')],
           subject='Re: [sorane-net/infra-terraform] Merge account-baseline modules into one (PR #482)')

bid = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. Enter the verification code below to confirm your email address.

Verification code: 482917

This code expires in 10 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
"""
other_mail('builder-id-code', U(2025, 9, 1, 13, 2, 55),
           L('unrelated', None, [], True, 'en'),
           alt(part(bid, cte='7bit', charset='us-ascii'), part(to_html(bid), 'html', cte='quoted-printable')),
           frm_name='AWS', frm_addr='no-reply@signin.aws', dom='signin.aws', mailfrom=ses_ids(U(2025, 9, 1, 13, 2))[1],
           ip='54.240.48.112', helo='a48-112.smtp-out.amazonses.com', p='QUARANTINE',
           to=B, provider='gmail', subject='Verify your AWS Builder ID email address')

exp = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Kenichi,</p>
<p>Your <b>AWS Certified Developer – Associate</b> badge from Amazon Web Services Training and Certification will expire in 30 days.</p>
<p>To keep your credential current, visit the issuer's recertification page and complete the requirements before the expiration date.</p>
<p><a href="https://aws.amazon.com/certification/recertification/">Learn how to recertify</a></p>
<p>Credly, Inc.</p></body></html>
"""
credly_mail('credly-expiry', U(2025, 8, 25, 14, 0, 7),
            L('unrelated', None, [], True, 'en'),
            part(exp, 'html', cte='quoted-printable'), to=B, provider='gmail', name='Credly',
            subject="Your AWS Certified Developer – Associate badge expires in 30 days")

ec2 = f"""高橋 健一 様

お問い合わせいただきありがとうございます。

アジアパシフィック (東京) リージョン (ap-northeast-1) における
「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の上限緩和リクエストは承認され、
新しいクォータ値 64 vCPU が適用されました。反映まで最大 30 分程度かかる場合があります。

現在の値は Service Quotas コンソールからご確認いただけます:
https://console.aws.amazon.com/servicequotas/home?region=ap-northeast-1

ほかにご不明な点がございましたら、サポートセンターからご返信ください。

よろしくお願いいたします。

Amazon Web Services
======================================================
このメールのアドレスには返信できません。ケースへのご返信はサポートセンターからお願いいたします:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_EC2}&language=ja
"""
aws_mail('aws-limit-case', U(2025, 8, 19, 6, 55, 3),
         L('unrelated', CASE_EC2, [], True, 'ja'),
         part(ec2), to=B, provider='gmail', sender=NOREPLY,
         subject=subj("上限緩和リクエスト: EC2 オンデマンドインスタンス", prefix=f"RE:[CASE {CASE_EC2}] "))

col_b = """高橋さん

週末にすみません、池田です。
release/2025-09 ブランチの統合が完了しました。main との差分も解消済みです。
月曜の朝にステージングへデプロイするので、アカウント設定モジュールの確認だけお願いできますか。

池田
"""
other_mail('ikeda-branch', U(2025, 9, 6, 11, 22, 45),
           L('unrelated', None, [], False, 'ja'),
           part(col_b, cte='8bit', label='us-ascii', raw=col_b.encode('utf-8')),
           frm_name='Satoshi Ikeda', frm_addr='s.ikeda@sorane-net.co.jp', dom='sorane-net.co.jp',
           to=B, provider='gmail', subject=subj("release ブランチ統合しました"),
           extra=[('X-Mailer', 'sorane-notify 1.2 (PHPMailer)')], date_tz=JST)

cmk = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Discover in-demand skills</h2>
<p>Hi Kenichi, based on the badges in your profile, here are credentials other cloud professionals are earning this month.</p>
<ul><li>Kubernetes and Cloud Native Associate</li><li>HashiCorp Certified: Terraform Associate</li><li>AWS Certified Security – Specialty</li></ul>
<p><a href="https://www.credly.com/skills">Explore skills on Credly</a></p>
<p style="font-size:11px">You are receiving this email because you have a Credly account. <a href="https://www.credly.com/notifications/settings">Unsubscribe</a></p>
</body></html>
"""
credly_mail('credly-newsletter', U(2025, 9, 15, 15, 30, 0),
            L('unrelated', None, [], True, 'en'),
            part(cmk, 'html', cte='quoted-printable'), to=B, provider='gmail', name='Credly',
            subject="Kenichi, discover the skills employers want this month")

# ============================================================================
# USER C  Rachel Whitford (Google Workspace, English, form case CASE_C, reopened)
# ============================================================================
C = "rachel@whitford.dev"
C_SUBJ = f"RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance"

c1 = f"""Hello Rachel,

Thanks for contacting AWS Training and Certification Customer Support. This automated note is to let you know that your request has been logged under case {CASE_C}.

A member of our team will review the details you provided and get back to you, in most cases within 24 hours. If you need to add anything, reply to this email and keep the case number in the subject line. Please don't submit another form for the same request - duplicate cases slow things down for everyone.

Submitted details
Inquiry type: AWS Training and Certification
Detail: Account Merge
Description: I have two certification accounts, one from grad school and my current one. Please combine them so everything is under my work email.

Kind regards,
AWS Training and Certification
"""
aws_mail('whitford-form-1', U(2025, 11, 17, 13, 31, 30),
         L('case_created', CASE_C, [], True, 'en'),
         alt(part(c1, cte='quoted-printable'), part(to_html(c1), 'html', cte='quoted-printable')),
         to=C, provider='gmail',
         subject=f"[CASE {CASE_C}] We've received your request - AWS Training and Certification")

c2 = f"""Hi Rachel,

Thank you for your patience while I looked into this.

I was able to locate two AWS Certification profiles registered to you:

  1) AWS05839214 - rachel@whitford.dev - this is the one that would stay active
  2) aws09921377 - rwhitford@alumni.lakeshore.edu - its exam history and certifications would be folded into profile 1, and the profile itself would then be deactivated

Before I submit this, please keep in mind that once two profiles are combined we have no way to separate them again.

If the above is accurate, simply reply to this email saying you agree and I'll take it from there. If anything looks off (for example, you'd rather keep the alumni address as your login), just tell me and I'll adjust the request.

Best regards,
Jordan P.
Amazon Web Services
"""
aws_mail('whitford-form-2', U(2025, 11, 19, 15, 2, 18),
         L('merge_confirmation_requested', CASE_C, ['AWS05839214', 'AWS09921377'], True, 'en'),
         part(c2, cte='quoted-printable'), to=C, provider='gmail', subject=C_SUBJ)

cp = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:16px"><img src="https://aws-certification-support.com/img/aws-logo.png" alt="aws"></td></tr>
<tr><td style="padding:20px">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case {FAKE_C}). To protect your credentials, the merge will not be carried out until you verify the accounts below.</p>
<p><b>Primary account:</b> your current login<br><b>Secondary account:</b> linked profile</p>
<p>This action is permanent. Please confirm within <b>48 hours</b> by signing in with your AWS credentials:</p>
<p><a href="https://aws-certification-support.com/merge/verify?id={rhex(24)}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm merge</a></p>
<p>If you do not confirm, your pending request will be cancelled and your certifications may be suspended.</p>
<p>AWS Training &amp; Certification Support</p>
</td></tr></table></body></html>
"""
other_mail('aws-cert-merge-verify', U(2025, 11, 20, 9, 30, 41),
           L('merge_confirmation_requested', FAKE_C, [], False, 'en'),
           part(cp, 'html', cte='base64'),
           frm_name='AWS Training & Certification', frm_addr='support@aws-certification-support.com',
           dom='aws-certification-support.com', ip='45.137.21.9', helo='mx1.aws-certification-support.com',
           to=C, provider='gmail', p='NONE',
           subject=f"Action required: confirm your certification account merge [CASE {FAKE_C}]")

c3 = f"""Hi Rachel,

Thanks for getting back to me so quickly. I've now handed your request to our certification operations team, who carry out the actual consolidation. Nothing else is needed from you at this point.

Once they've finished, I'll write again, and the badges from your older profile should show up in Credly within a couple of days after that.

Best regards,
Jordan P.
Amazon Web Services

On Wed, Nov 19, 2025 at 11:12 AM Rachel Whitford <rachel@whitford.dev> wrote:
> Hi Jordan,
>
> Yes, that's all correct - please go ahead and keep AWS05839214.
>
> Thanks,
> Rachel
>
> On Wed, Nov 19, 2025 at 10:02 AM Amazon Web Services <{FORM}> wrote:
> > Hi Rachel,
> >
> > I was able to locate two AWS Certification profiles registered to you:
> >
> >   1) AWS05839214 - rachel@whitford.dev - this is the one that would stay active
> >   2) aws09921377 - rwhitford@alumni.lakeshore.edu - its exam history and certifications would be folded into profile 1
> >
> > If the above is accurate, simply reply to this email saying you agree and I'll take it from there.
"""
aws_mail('whitford-form-3', U(2025, 11, 20, 17, 44, 5),
         L('support_reply', CASE_C, [], True, 'en'),
         alt(part(c3, cte='quoted-printable'), part(to_html(c3), 'html', cte='quoted-printable')),
         to=C, provider='gmail', subject=C_SUBJ)

c4 = f"""Hi Rachel,

Good news: everything from your alumni profile now sits under your main certification account, and the older profile has been retired. Going forward you'll only need to sign in with rachel@whitford.dev, and you should see both of your certifications - along with your exam history and your 50% discount benefit - in one place.

Credly badges are re-issued separately; you should receive an email from Credly shortly.

Since your request has been fulfilled, I'll go ahead and close this case. You may receive a short survey about your experience.

Best regards,
Jordan P.
Amazon Web Services

On Thu, Nov 20, 2025 at 12:44 PM Amazon Web Services <{FORM}> wrote:
> Hi Rachel,
>
> Thanks for getting back to me so quickly. I've now handed your request to our certification operations team, who carry out the actual consolidation.
>
> > On Wed, Nov 19, 2025 at 11:12 AM Rachel Whitford <rachel@whitford.dev> wrote:
> > Yes, that's all correct - please go ahead and keep AWS05839214.
> > The old one is aws09921377.
"""
aws_mail('whitford-form-4', U(2025, 11, 21, 20, 15, 33),
         L('merge_completed', CASE_C, [], True, 'en'),
         part(c4, cte='quoted-printable'), to=C, provider='gmail', subject=C_SUBJ)

c5 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your case <b>{CASE_C}</b> with AWS Training and Certification Customer Support has been closed.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-training.amazon.com/r?case={CASE_C}&amp;resolved=yes">YES</a> &nbsp; | &nbsp;
<a href="https://survey.aws-training.amazon.com/r?case={CASE_C}&amp;resolved=no">NO</a></p>
<p>How would you rate the support you received from Jordan P.?</p>
<p><a href="https://survey.aws-training.amazon.com/r?case={CASE_C}&amp;csat=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>Your feedback helps us improve. Thank you for being an AWS Training and Certification customer.</p>
</body></html>
"""
aws_mail('whitford-survey-1', U(2025, 11, 21, 20, 16, 50),
         L('survey', CASE_C, [], True, 'en'),
         part(c5, 'html', cte='quoted-printable'), to=C, provider='gmail', sender=NOREPLY,
         subject=f"How did we do? Case {CASE_C}")

credly_mail('whitford-credly-1', U(2025, 11, 22, 10, 4, 12),
            L('credly_badge_issued', None, [], True, 'en'),
            alt(part("Rachel, Amazon Web Services Training and Certification sent you a badge: AWS Certified Machine Learning Engineer – Associate.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/accept\n", cte='base64'),
                part(credly_html('Rachel', 'AWS Certified Machine Learning Engineer – Associate',
                                 'Amazon Web Services Training and Certification sent you a badge'), 'html', cte='base64')),
            to=C, provider='gmail',
            subject="Rachel, Amazon Web Services Training and Certification sent you a badge")

c7 = f"""Hi Rachel,

My name is Priya and I'll be helping you from here, as Jordan is away this week. I've reopened case {CASE_C} following your message.

You're right: only the Machine Learning Engineer - Associate badge came across. The Cloud Practitioner badge you earned under the retired profile is still attached to the Credly account that used your alumni address. I've asked our Credly team to move it to the Credly account linked to AWS05839214. There's no need for you to combine anything on the Credly side yourself.

Once the transfer goes through, Credly will email you so you can accept the badge. I'll keep the case open until then.

Kind regards,
Priya N.
Amazon Web Services

On Tue, Nov 25, 2025 at 9:03 PM Rachel Whitford <rachel@whitford.dev> wrote:
> Hi,
>
> Sorry to reopen this. The certifications all show up now, but my Cloud Practitioner
> badge never arrived in Credly - only the ML Engineer one did. Should I merge the
> two Credly accounts myself? Credly offered to send me a code.
>
> Rachel
"""
aws_mail('whitford-form-5', U(2025, 11, 26, 16, 20, 44),
         L('support_reply', CASE_C, ['AWS05839214'], True, 'en'),
         part(c7, cte='quoted-printable'), to=C, provider='gmail', subject=C_SUBJ)

credly_mail('whitford-credly-2', U(2025, 12, 1, 14, 40, 2),
            L('credly_badge_issued', None, [], True, 'en'),
            part(credly_html('Rachel', 'AWS Certified Cloud Practitioner',
                             'a badge has been added to your account',
                             extra_p='<tr><td style="padding:0 24px;font-size:14px">Amazon Web Services Training and Certification has transferred this badge from another account that belongs to you. Accept it to display it on your profile.</td></tr>'),
                 'html', cte='base64'),
            to=C, provider='gmail', subject="A badge from Amazon Web Services Training and Certification has been added to your account")

c9 = f"""Hello,

Your AWS Training and Certification case {CASE_C} has been closed.

We hope we were able to help. If you'd like to share how we did, please take our one-minute survey:
https://survey.aws-training.amazon.com/r?case={CASE_C}

If you need further help with this request, reply to this email within 14 days and the case will be reopened.

Amazon Web Services
"""
aws_mail('whitford-survey-2', U(2025, 12, 2, 9, 5, 16),
         L('survey', CASE_C, [], True, 'en'),
         part(c9, cte='7bit', charset='us-ascii'), to=C, provider='gmail',
         subject=f"Your case {CASE_C} has been closed")

# --- C: unrelated
sc = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported for the same product (ASIN B0CK7QW2ZL and ASIN B0CK7QX9M1). Our catalog team has merged them, so all offers now appear on B0CK7QW2ZL. The duplicate page will stop appearing in search results within 24-48 hours.

Please check the listing in Manage All Inventory. If the merged page shows incorrect information, reply to this case with the details.

Was this email helpful? https://sellercentral.amazon.com/cu/helpful?caseId={CASE_SELLER}

We value your feedback. Please rate my response using the link above.

Thank you,
Selling Partner Support
"""
other_mail('seller-central-case', U(2025, 11, 18, 19, 2, 30),
           L('unrelated', CASE_SELLER, [], True, 'en'),
           alt(part(sc, cte='quoted-printable'), part(to_html(sc), 'html', cte='quoted-printable')),
           frm_name='Amazon Seller Central', frm_addr='seller-notification@amazon.com', dom='amazon.com',
           mailfrom=ses_ids(U(2025, 11, 18, 19, 2))[1], ip='54.240.27.18', helo='a27-18.smtp-out.amazonses.com',
           p='QUARANTINE', to=C, provider='gmail',
           subject=f"RE:[CASE {CASE_SELLER}] Duplicate detail pages for the same product")

cc_code = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Rachel,</p>
<p>We received a request to merge the Credly account <b>rwhitford@alumni.lakeshore.edu</b> into your account.</p>
<p>Your verification code is:</p>
<p style="font-size:28px;letter-spacing:6px"><b>583201</b></p>
<p>Enter this code on the account merge page, then select <b>Complete Account Merge</b>. The code expires in 30 minutes.</p>
<p>If you did not request this, you can safely ignore this email.</p>
<p>The Credly Team</p></body></html>
"""
credly_mail('credly-code', U(2025, 11, 24, 22, 15, 9),
            L('unrelated', None, [], True, 'en'),
            part(cc_code, 'html', cte='quoted-printable'), to=C, provider='gmail', name='Credly',
            subject="Your Credly account merge verification code")

gl = """Dev Patel merged merge request !57 at whitford-labs / data-pipeline

Project: whitford-labs/data-pipeline
Branches: consolidate-accounts to main
Author: Rachel Whitford

Merge request !57 was merged: Consolidate user accounts table

--
Reply to this email directly or view it on GitLab: https://gitlab.com/whitford-labs/data-pipeline/-/merge_requests/57
You're receiving this email because you are the author of this merge request.
"""
other_mail('gitlab-mr-57', U(2025, 11, 19, 18, 41, 7),
           L('unrelated', None, [], False, 'en'),
           alt(part(gl, cte='quoted-printable'), part(to_html(gl), 'html', cte='quoted-printable')),
           frm_name='Dev Patel', frm_addr='gitlab@mg.gitlab.com', dom='mg.gitlab.com',
           to=C, provider='gmail', p='REJECT',
           extra=[('X-GitLab-Project', 'data-pipeline'), ('X-GitLab-MergeRequest-IID', '57'),
                  ('List-Id', 'whitford-labs/data-pipeline <12345678.data-pipeline.whitford-labs.gitlab.com>')],
           subject='Re: data-pipeline | Consolidate user accounts table (!57)')

nl = """Issue #88: Two AWS Certification accounts? Here's how people fix it

This week a reader asked what to do after finding out she had two AWS Certification accounts, one per employer. The short version:

1. Open a case through the Training and Certification contact form (Certification > Account Merge).
2. Expect the agent to ask which account you want to keep and to confirm before anything happens - the merge can't be reversed.
3. After they say it's done, check three things: all certifications listed, the 50% voucher benefit, and your Credly badges.

Several readers said the Credly part lagged by a few days. Don't open a second case for it; reply on the first.

Also in this issue: re:Invent session picks, and a look at the new AI Practitioner exam.

Cloud Career Notes - you're receiving this because you subscribed.
Unsubscribe: https://cloudcareernotes.substack.com/action/disable_email
"""
other_mail('newsletter-88', U(2025, 11, 23, 13, 0, 0),
           L('unrelated', None, [], False, 'en'),
           alt(part(nl, cte='quoted-printable'), part(to_html(nl), 'html', cte='quoted-printable')),
           frm_name='Cloud Career Notes', frm_addr='cloudcareernotes@substack.com', dom='substack.com',
           to=C, provider='gmail', p='REJECT',
           extra=[('List-Unsubscribe', '<https://cloudcareernotes.substack.com/action/disable_email>')],
           subject="Issue #88: Two AWS Certification accounts? Here's how people fix it")

ben = """Hello Rachel,

Congratulations on being AWS Certified! As a reminder, your certification comes with benefits you can use right away:

- 50% off your next AWS Certification exam
- Access to AWS Certified Global Community and events
- Digital badges through Credly

Sign in to your AWS Certification Account and open the Benefits tab to see what is available to you.
https://www.aws.training/Certification

AWS Training and Certification
"""
aws_mail('aws-cert-benefits', U(2025, 11, 22, 17, 0, 4),
         L('unrelated', None, [], True, 'en'),
         alt(part(ben, cte='quoted-printable'), part(to_html(ben), 'html', cte='quoted-printable')),
         to=C, provider='gmail', sender='aws-certification-noreply@amazon.com', name='AWS Training and Certification',
         subject="Your AWS Certification benefits are ready to use")

# ============================================================================
# USER D  森 健二 (Office 365, bilingual, form case CASE_D, three accounts)
# ============================================================================
D = "kenji.mori@hoshizora-sys.co.jp"
D_SUBJ = f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance"

d1 = f"""Hello Kenji Mori,

This is to let you know that your inquiry has been logged with AWS Training and Certification Customer Support.

Case number: {CASE_D}
Category: Certification > Account Merge
AWS candidate ID provided: AWS44120785

Our team aims to respond within one business day. To add information, reply to this message without changing the subject line.

This is an automated message.
Amazon Web Services
"""
aws_mail('mori-form-1', U(2026, 1, 19, 5, 21, 5),
         L('case_created', CASE_D, ['AWS44120785'], True, 'en'),
         part(d1, cte='7bit', charset='us-ascii'), to=D, provider='o365',
         subject=f"[AWS Training and Certification] Case {CASE_D} logged")

d2 = f"""Hello Kenji,

Thank you for contacting AWS Training and Certification. My name is Carlos and I'll be assisting you.

While reviewing your request I found three certification profiles that appear to belong to you:

  - AWS44120785 (kenji.mori@hoshizora-sys.co.jp)
  - aws-40219836 (kmori.cloud@gmail.com)
  - AWS 46630071 (training@hoshizora-sys.co.jp)

Your request mentioned only two of them. Could you please let us know:

  1. Whether all three should be combined
  2. Which profile should remain as the primary one
  3. Which email address you would like to use to sign in afterwards

As soon as I have this information I'll prepare the next steps.

Best regards,
Carlos M.
Amazon Web Services
"""
aws_mail('mori-form-2', U(2026, 1, 20, 2, 30, 19),
         L('support_reply', CASE_D, ['AWS40219836', 'AWS44120785', 'AWS46630071'], True, 'en'),
         alt(part(d2, cte='quoted-printable'), part(to_html(d2), 'html', cte='quoted-printable')),
         to=D, provider='o365', subject=D_SUBJ)

d3 = f"""Hello Kenji,

I'm following up on my previous message about your account merge request, as we haven't heard back from you yet. Do you still need help with this?

If so, simply reply with the information requested below. If we don't hear from you within 5 business days, this case will be closed automatically; you can still reply afterwards to reopen it.

Best regards,
Carlos M.
Amazon Web Services

________________________________
From: Amazon Web Services <{FORM}>
Sent: Tuesday, January 20, 2026 11:30 AM
To: Kenji Mori <{D}>
Subject: {D_SUBJ}

Hello Kenji,

While reviewing your request I found three certification profiles that appear to belong to you:

  - AWS44120785 (kenji.mori@hoshizora-sys.co.jp)
  - aws-40219836 (kmori.cloud@gmail.com)
  - AWS 46630071 (training@hoshizora-sys.co.jp)

Could you please let us know:
  1. Whether all three should be combined
  2. Which profile should remain as the primary one
  3. Which email address you would like to use to sign in afterwards
"""
aws_mail('mori-form-3', U(2026, 1, 23, 1, 0, 37),
         L('support_reply', CASE_D, [], True, 'en'),
         part(d3, cte='quoted-printable'), to=D, provider='o365', subject=D_SUBJ)

d4 = f"""森 健二 様

AWS トレーニングと認定カスタマーサポートの Aya と申します。
日本語でご返信をいただきましたので、ここからは日本語対応の私が担当いたします。

ご回答ありがとうございます。3 つのアカウントをすべて統合し、会社のメールアドレスのアカウントを残すとのこと、承知いたしました。
実施予定の内容は次のとおりです。

  残すアカウント　　：AWS44120785（サインイン用メール：kenji.mori@hoshizora-sys.co.jp）
  統合するアカウント：AWS40219836（kmori.cloud@gmail.com）
  統合するアカウント：AWS46630071（training@hoshizora-sys.co.jp）

統合するアカウントは処理後に閉鎖され、元に戻すことはできません。
また、training@hoshizora-sys.co.jp は共有アドレスのようですので、他の方の受験記録が含まれていないかも併せてご確認ください。

問題がなければ、このメールへのご返信で、上記の内容で進めてよいかお知らせください。
確認が取れ次第、手続きに入ります。

Aya H.
Amazon Web Services

From: 森 健二 <{D}>
Sent: Monday, January 26, 2026 9:12 AM
To: Amazon Web Services <{FORM}>
Subject: RE: {D_SUBJ}

Carlos 様

返信が遅くなり申し訳ありません。出張しておりました。
1. 3つとも統合してください。
2. AWS44120785 を残してください。
3. kenji.mori@hoshizora-sys.co.jp でサインインしたいです。

森
"""
aws_mail('mori-form-4', U(2026, 1, 26, 3, 40, 2),
         L('merge_confirmation_requested', CASE_D, ['AWS40219836', 'AWS44120785', 'AWS46630071'], True, 'ja'),
         part(d4, cte='base64'), to=D, provider='o365', subject=D_SUBJ)

d5 = f"""Dear Kenji,

Thank you for your reply. I have submitted the merge request to our back-office team.

Once the merge is complete, I will let you know by email. At that point your certifications, exam history and your 50% exam discount benefit will be available under AWS44120785, and your Credly badges will be reissued to the Credly account connected to kenji.mori@hoshizora-sys.co.jp.

Until then, please avoid scheduling any exams on the other two accounts.

Kind regards,
Aya H.
Amazon Web Services

> The details are correct. Please proceed with the merge.
> Kenji Mori
"""
aws_mail('mori-form-5', U(2026, 1, 27, 0, 50, 14),
         L('support_reply', CASE_D, ['AWS44120785'], True, 'en'),
         alt(part(d5, cte='quoted-printable'), part(to_html(d5), 'html', cte='quoted-printable')),
         to=D, provider='o365', subject=D_SUBJ)

d6_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Kenji,</p>
<p>I'm pleased to let you know that the consolidation you approved has been carried out. AWS40219836 and AWS46630071 have been closed, and the certifications and exam records they held are now part of AWS44120785.</p>
<p>Please sign in with kenji.mori@hoshizora-sys.co.jp to check that all of your certifications appear, and that your exam discount benefit is listed under Benefits. Credly will contact you separately about your badges.</p>
<p>Kind regards,<br>Aya H.<br>Amazon Web Services</p>
</div>
<div id="divRplyFwdMsg"><hr style="display:inline-block;width:98%">
<font face="Calibri" color="#000000" style="font-size:11pt"><b>From:</b> Kenji Mori &lt;{D}&gt;<br>
<b>Sent:</b> Monday, January 26, 2026 6:58 PM<br>
<b>To:</b> Amazon Web Services &lt;{FORM}&gt;<br>
<b>Subject:</b> RE: {D_SUBJ}</font></div>
<div><p>The details are correct. Please proceed with the merge.<br>Kenji Mori</p></div>
<div><hr style="display:inline-block;width:98%">
<font face="Calibri" color="#000000" style="font-size:11pt"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br>
<b>Sent:</b> Monday, January 26, 2026 12:40 PM<br>
<b>To:</b> 森 健二 &lt;{D}&gt;<br>
<b>Subject:</b> {D_SUBJ}</font></div>
<div><p>森 健二 様</p>
<p>実施予定の内容は次のとおりです。<br>
残すアカウント：AWS44120785<br>統合するアカウント：AWS40219836<br>統合するアカウント：AWS46630071</p>
<p>統合するアカウントは処理後に閉鎖され、元に戻すことはできません。<br>
問題がなければ、このメールへのご返信で、上記の内容で進めてよいかお知らせください。</p>
<p>Aya H.<br>Amazon Web Services</p></div>
</body></html>
"""
aws_mail('mori-form-6', U(2026, 1, 28, 7, 15, 22),
         L('merge_completed', CASE_D, ['AWS40219836', 'AWS44120785', 'AWS46630071'], True, 'en'),
         part(d6_html, 'html', cte='quoted-printable'), to=D, provider='o365', subject=D_SUBJ)

d7 = f"""森 健二 様

AWS トレーニングと認定カスタマーサポートをご利用いただき、誠にありがとうございました。
ケース {CASE_D} は対応を終了し、クローズいたしました。

今後のサービス改善のため、今回のサポートについてご意見をお聞かせください。
  アンケートに回答する: https://survey.aws-training.amazon.com/r?case={CASE_D}&lang=ja

問題は解決しましたか？　はい／いいえ
担当者の対応はいかがでしたか？　★★★★★

本メールは送信専用です。
Amazon Web Services
"""
aws_mail('mori-survey', U(2026, 1, 28, 7, 16, 40),
         L('survey', CASE_D, [], True, 'ja'),
         alt(part(d7, cte='base64'), part(to_html(d7), 'html', cte='base64')), to=D, provider='o365',
         sender=NOREPLY,
         subject=subj(f"【アンケート】AWS トレーニングと認定 ケース {CASE_D} に関するご意見をお聞かせください"))

credly_mail('mori-credly-1', U(2026, 1, 29, 2, 10, 3),
            L('credly_badge_issued', None, [], True, 'en'),
            part(credly_html('Kenji', 'AWS Certified Solutions Architect – Associate',
                             'Amazon Web Services Training and Certification has issued you a badge'),
                 'html', cte='quoted-printable'),
            to=D, provider='o365', subject="Amazon Web Services Training and Certification has issued you a badge")

d9 = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Sans','Yu Gothic',sans-serif">
<p>森 健二 さん</p>
<p>Amazon Web Services Training and Certification からバッジが発行されました。</p>
<p><b>AWS Certified AI Practitioner</b></p>
<p>バッジを受け取って、LinkedIn やメール署名で共有しましょう。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept?locale=ja">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. 1 Pearson Way, Boston, MA<br>通知設定: https://www.credly.com/notifications/settings</p>
</body></html>
"""
credly_mail('mori-credly-2', U(2026, 1, 29, 2, 10, 41),
            L('credly_badge_issued', None, [], True, 'ja'),
            part(d9, 'html', cte='base64'), to=D, provider='o365',
            subject=subj("森 健二 さん、Amazon Web Services Training and Certification からバッジが発行されました"))

d10_txt = """Kenji, a badge has been transferred to your Credly account.

Issuer: Amazon Web Services Training and Certification
Badge: AWS Certified Security – Specialty

This badge was moved from another Credly account associated with your AWS Certification profile. Sign in to accept it and choose who can see it.

Accept your badge: https://www.credly.com/earner/earned/badge/accept
"""
credly_mail('mori-credly-3', U(2026, 1, 30, 4, 48, 55),
            L('credly_badge_issued', None, [], True, 'en'),
            alt(part(d10_txt, cte='quoted-printable'),
                part(credly_html('Kenji', 'AWS Certified Security – Specialty', 'a badge has been transferred to your Credly account'),
                     'html', cte='quoted-printable')),
            to=D, provider='o365', subject="Kenji, a badge has been transferred to your Credly account")

# --- D: unrelated
dcol = """森さん

お疲れさまです、小林です。
先日お話ししていた AWS 認定のアカウント統合、問い合わせフォームから申し込んだんですよね？
私も前の会社のアドレスで取った SAA のアカウントが別になっているので、同じようにまとめたいと思っています。

・問い合わせの種類は何を選びましたか？
・返事が来るまでどれくらいかかりましたか？

お手すきのときに教えてください。

小林
"""
other_mail('kobayashi-question', U(2026, 1, 21, 1, 33, 0),
           L('unrelated', None, [], None, 'ja'),
           part(dcol, charset='iso-2022-jp', cte='7bit'),
           frm_name='小林 由美', frm_addr='y.kobayashi@hoshizora-sys.co.jp', charset='iso-2022-jp',
           to=D, provider='internal', msgid=outlook_mid(None), date_tz=JST,
           subject=subj("AWS認定アカウントの統合について教えてください", 'iso-2022-jp'),
           extra=[('Thread-Topic', subj("AWS認定アカウントの統合について教えてください", 'iso-2022-jp')),
                  ('Content-Language', 'ja-JP')])

dfw = f"""森さん

研修用の共有アドレス（training@）宛に、AWS から下記のメールが届いていました。
AWS46630071 の件かと思いますので転送します。共有アドレスのアカウントは今後使わない方針で問題ありません。

石井

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, January 28, 2026 4:15 PM
To: training@hoshizora-sys.co.jp
Subject: {D_SUBJ}

This is a courtesy notice sent to the notification address of AWS Certification account AWS46630071.
At the request of the account owner, this account has been combined with another AWS Certification account and can no longer be used to sign in.

If you did not expect this message, please reply to this email.

Amazon Web Services
"""
other_mail('ishii-fw', U(2026, 1, 28, 8, 30, 12),
           L('unrelated', CASE_D, ['AWS46630071'], None, 'ja'),
           alt(part(dfw, cte='base64'), part(to_html(dfw), 'html', cte='base64')),
           frm_name='石井 誠', frm_addr='m.ishii@hoshizora-sys.co.jp',
           to=D, provider='internal', msgid=outlook_mid(None), date_tz=JST,
           subject=subj(D_SUBJ, prefix='FW: '),
           extra=[('Thread-Topic', D_SUBJ), ('Content-Language', 'ja-JP')])

bill = f"""Hello,

Thank you for contacting AWS Billing and Cost Management.

I reviewed your January invoice for account 4417-2290-8813. The two line items you highlighted are not a duplicate charge: one is for Amazon EC2 usage in ap-northeast-1 and the other is for the Savings Plan commitment that started on January 1. I have attached a breakdown in the Support Center.

If anything remains unclear, please reply through the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_BILL}&language=en

Best regards,
Hannah W.
Amazon Web Services
"""
aws_mail('aws-billing-case', U(2026, 2, 3, 6, 12, 40),
         L('unrelated', CASE_BILL, [], True, 'en'),
         part(bill, cte='quoted-printable'), to=D, provider='o365', sender=NOREPLY,
         subject=f"RE:[CASE {CASE_BILL}] Possible duplicate charge on January invoice")

ph = """<html><body style="font-family:Arial,sans-serif">
<p>Dear AWS Customer,</p>
<p>We were unable to validate the payment method associated with your AWS account. As a result, your account has been <b>suspended</b> and your resources will be terminated within 24 hours.</p>
<p>To restore access, update your billing information immediately:</p>
<p><a href="https://aws-billing-verify.com/console/restore">Restore my account</a></p>
<p>Amazon Web Services Billing</p>
</body></html>
"""
other_mail('aws-billing-alert', U(2026, 2, 5, 22, 3, 18),
           L('unrelated', None, [], False, 'en'),
           part(ph, 'html', cte='base64'),
           frm_name='AWS Billing', frm_addr='billing@amazon.com', dom='aws-billing-verify.com',
           mailfrom='info@aws-billing-verify.com', ip='185.222.58.140', helo='vps-58140.hostnet.top',
           to=D, provider='o365', dmarc='fail', dkim_r='none', spf='pass',
           forged_ar='mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com',
           subject='Action Required: Your AWS account has been suspended')

nw = """━━━━━━━━━━━━━━━━━━━━━━━━━━
クラウドWatch ニュース　2026年1月22日号
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・AWS re:Invent 2025 振り返り：注目の新サービス10選
・AWS 認定の受験者数が過去最多に、人気は AI Practitioner
・複数のクラウドアカウントを統合管理する AWS Organizations 活用術

■ 連載「資格取得のリアル」
第12回：認定を更新するか、上位資格に挑むか

▼ 記事一覧はこちら
https://cloudwatch-news.jp/archive/20260122

──────────────────────────
配信停止・アドレス変更：https://cloudwatch-news.jp/mypage
発行：クラウドWatch ニュース編集部
"""
other_mail('cloudwatch-news', U(2026, 1, 22, 0, 0, 5),
           L('unrelated', None, [], False, 'ja'),
           part(nw, charset='shift_jis', cte='8bit'),
           frm_name='クラウドWatch ニュース', frm_addr='news@cloudwatch-news.jp', dom='cloudwatch-news.jp',
           charset='shift_jis', to=D, provider='o365', date_tz=JST,
           subject=subj("【クラウドWatch】re:Invent 振り返り／AWS 認定の受験者数が過去最多に", 'shift_jis'),
           extra=[('List-Unsubscribe', '<https://cloudwatch-news.jp/mypage>')])

# ============================================================================
# write
# ============================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    MAILS.sort(key=lambda m: m[0])
    labels = {}
    for i, (t, slug, msg, label) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(msg.as_bytes(policy=compat32.clone(max_line_length=998)))
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    print(len(labels), 'mails written')

if __name__ == '__main__':
    main()
