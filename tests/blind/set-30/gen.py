#!/usr/bin/env python3
"""Generator for blind set 30: AWS Certification account-merge mail, console-heavy, EN/JA."""
import base64, hashlib, json, os, quopri, random
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(3030)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

def U(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)

def cid(dt, suffix):
    return f"{int(dt.timestamp())}{suffix}"

def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))

def b64s(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()

def ses_id(dt):
    ms = int(dt.timestamp() * 1000) + rng.randint(0, 900)
    return f"0100{ms:012x}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000"

def console_url(case, lang='en'):
    return f"https://console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}"

# ----------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', declared=None, codec=None):
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    m['Content-Type'] = f'text/{subtype}; charset={declared or charset}'
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m

def alt(*parts, boundary=None, sub='alternative'):
    m = MIMEMultipart(sub)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary or f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(10000000, 999999999)}.{rng.randint(1700000000000, 1790000000000)}")
    return m

def HDR(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs)

def addr(name, email_, cs='utf-8'):
    if name is None:
        return email_
    try:
        name.encode('ascii')
        return f'"{name}" <{email_}>'
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{email_}>"

# ----------------------------------------------------------- transport headers
SES_IPS = ['54.240.8.31', '54.240.48.93', '54.240.9.76', '54.240.27.19', '54.240.11.108', '54.240.13.44', '54.240.3.5']

def ses_helo(ip):
    a, b, c, d = ip.split('.')
    return f"a{c}-{d}.smtp-out.amazonses.com"

def dkim_sig(d, s, dt, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(dt.timestamp())};\n\t"
            f"h={h};\n\tbh={b64s(32)};\n\tb={b64s(96)}{b64s(30)}")

AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

def auth_gmail(a):
    parts = []
    for d, sel, res in a.get('dkim', []):
        tag = b64s(6)[:8]
        parts.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={tag}")
    if not a.get('dkim'):
        parts.append("dkim=none")
    spf = a['spf']
    if spf == 'pass':
        parts.append(f"spf=pass (google.com: domain of {a['mailfrom']} designates {a['ip']} as permitted sender) smtp.mailfrom={a['mailfrom']}")
    elif spf == 'softfail':
        parts.append(f"spf=softfail (google.com: domain of transitioning {a['mailfrom']} does not designate {a['ip']} as permitted sender) smtp.mailfrom={a['mailfrom']}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {a['mailfrom']} does not designate {a['ip']} as permitted sender) smtp.mailfrom={a['mailfrom']}")
    pol = a.get('policy', 'p=QUARANTINE sp=QUARANTINE dis=NONE')
    parts.append(f"dmarc={a['dmarc']} ({pol}) header.from={a['hfrom']}")
    return "mx.google.com;\n       " + ";\n       ".join(parts)

def auth_outlook(a):
    dk = a.get('dkim') or []
    dkim = f"dkim=pass (signature was verified) header.d={dk[0][0]}" if dk and dk[0][2] == 'pass' else \
        (f"dkim=fail (body hash did not verify) header.d={dk[0][0]}" if dk else "dkim=none (message not signed) header.d=none")
    spf = f"spf={a['spf']} (sender IP is {a['ip']}) smtp.mailfrom={a['mailfrom'].split('@')[-1]}"
    if a['dmarc'] == 'pass':
        dm = f"dmarc=pass action=none header.from={a['hfrom']};compauth=pass reason=100"
    elif a['dmarc'] == 'none':
        dm = f"dmarc=none action=none header.from={a['hfrom']};compauth=softpass reason=201"
    else:
        dm = f"dmarc=fail action=quarantine header.from={a['hfrom']};compauth=fail reason=000"
    return f"{spf};\n {dkim};{dm}"

def auth_generic(a, authserv):
    parts = [f"spf={a['spf']} smtp.mailfrom={a['mailfrom']}"]
    dk = a.get('dkim') or []
    for d, sel, res in dk:
        parts.append(f"dkim={res} header.d={d} header.s={sel}")
    if not dk:
        parts.append("dkim=none")
    pol = a.get('gpolicy', '(p=quarantine dis=none)')
    parts.append(f"dmarc={a['dmarc']} {pol} header.from={a['hfrom']}")
    return f"{authserv};\n\t" + ";\n\t".join(parts)

def auth_fastmail(a):
    parts = []
    for d, sel, res in a.get('dkim', []):
        parts.append(f"dkim={res} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={b64s(6)[:8]} header.a=rsa-sha256 header.s={sel} x-bits=2048")
    parts.append(f"dmarc={a['dmarc']} policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,sp=quarantine,has-list-id=no,d=none,d.eval=none) policy.policy-from=p header.from={a['hfrom']}")
    parts.append("iprev=pass smtp.remote-ip=" + a['ip'] + f" ({a['helo']})")
    parts.append(f"spf={a['spf']} smtp.mailfrom={a['mailfrom']} smtp.helo={a['helo']}")
    return "mx3.messagingengine.com;\n    " + ";\n    ".join(parts)

def trace(provider, to_email, dt, a, ip, helo, mailfrom):
    """Returns list of (name, value) headers added by the receiving side (top-most first)."""
    hs = []
    if provider == 'gmail':
        t = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
        ts = format_datetime(t)
        hs.append(('Delivered-To', to_email))
        hs.append(('Received', f"by 2002:a05:6a10:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(3)}csp{rng.randint(1000000, 9999999)}pxb;\n        {ts}"))
        hs.append(('X-Google-Smtp-Source', f"AGHT+I{b64s(60)[:88]}"))
        hs.append(('X-Received', f"by 2002:a05:620a:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id af79cd13be357-{hexs(10)}mr{rng.randint(100000000, 999999999)}85a.{rng.randint(10, 99)}.{int(dt.timestamp())};\n        {ts}"))
        ar = auth_gmail(a) if a else None
        if a:
            hs.append(('ARC-Authentication-Results', "i=1; " + ar))
        hs.append(('Return-Path', f"<{mailfrom}>"))
        hs.append(('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {hexs(12)}si{rng.randint(1000000, 9999999)}qkb.{rng.randint(100, 999)}.{t.strftime('%Y.%m.%d')}.{t.strftime('%H.%M.%S')}\n        for <{to_email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ts}"))
        if a:
            spfv = a['spf']
            hs.append(('Received-SPF', f"{spfv} (google.com: domain of {mailfrom} {'designates' if spfv == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"))
            hs.append(('Authentication-Results', ar))
    elif provider == 'outlook':
        ts = format_datetime(dt.astimezone(UTC)).replace('-0000', '+0000')
        fe = f"{rng.choice(['BN2PEPF', 'CH1PEPF', 'SN1PEPF', 'DS3PEPF'])}0000{rng.randint(1000, 9999)}{rng.choice('ABCDEF')}{rng.randint(1, 9)}"
        be = f"{rng.choice(['SA1PR', 'DM6PR', 'CH3PR', 'PH7PR'])}{rng.randint(10, 19)}MB{rng.randint(1000, 9999)}.namprd{rng.randint(10, 19)}.prod.outlook.com"
        be2 = f"{rng.choice(['SA1PR', 'DM6PR', 'CH3PR', 'PH7PR'])}{rng.randint(10, 19)}MB{rng.randint(1000, 9999)}.namprd{rng.randint(10, 19)}.prod.outlook.com"
        mw = f"MW4PR03CA{rng.randint(1000, 9999)}"
        v = f"15.20.{rng.randint(8000, 9400)}.{rng.randint(10, 30)}"
        hs.append(('Received', f"from {be2} (2603:10b6:806:{hexs(3)}::{rng.randint(5, 20)}) by {be} with HTTPS; {ts}"))
        hs.append(('Received', f"from {mw}.namprd03.prod.outlook.com (2603:10b6:303:{hexs(3)}::{rng.randint(10, 30)}) by {be2} (2603:10b6:806:{hexs(3)}::{rng.randint(5, 20)}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v}; {ts}"))
        hs.append(('Received', f"from {fe}.namprd04.prod.outlook.com (2603:10b6:303:{hexs(3)}:cafe::{hexs(2)}) by {mw}.outlook.office365.com (2603:10b6:303:{hexs(3)}::{rng.randint(10, 30)}) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {v} via Frontend Transport; {ts}"))
        if a:
            hs.append(('Authentication-Results', auth_outlook(a)))
            spfv = a['spf'].capitalize()
            dom = mailfrom.split('@')[-1]
            hs.append(('Received-SPF', f"{spfv} (protection.outlook.com: domain of {dom} {'designates' if a['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"))
        hs.append(('Received', f"from {helo} ({ip}) by {fe}.mail.protection.outlook.com (10.167.{rng.randint(200, 250)}.{rng.randint(2, 250)}) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {v} via Frontend Transport; {ts}"))
        hs.append(('X-MS-Exchange-Organization-AuthSource', f"{fe}.namprd04.prod.outlook.com"))
        hs.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
    elif provider in ('docomo', 'nifty', 'biglobe', 'yahoojp', 'plain_jp'):
        t = dt.astimezone(JST)
        ts = format_datetime(t)
        host = {'docomo': 'mfsmax.docomo.ne.jp', 'nifty': 'mta-snd-e07.mail.nifty.com',
                'biglobe': 'mx-ms-01.mail.biglobe.ne.jp', 'yahoojp': 'mta5026.mail.kks.yahoo.co.jp',
                'plain_jp': 'mx01.sakura-mail.example.jp'}[provider]
        hs.append(('Return-Path', f"<{mailfrom}>"))
        hs.append(('Received', f"from {host} (localhost [127.0.0.1])\n\tby mbox{rng.randint(1, 9)}.{host.split('.', 1)[1]} (Postfix) with ESMTP id {hexs(10).upper()}\n\tfor <{to_email}>; {ts}"))
        if a:
            hs.append(('Authentication-Results', auth_generic(a, host)))
        hs.append(('Received', f"from {helo} ({helo} [{ip}])\n\tby {host} (Postfix) with ESMTPS id {hexs(10).upper()}\n\tfor <{to_email}>; {ts}"))
    elif provider == 'fastmail':
        ts = format_datetime(dt.astimezone(timezone(timedelta(hours=-4))))
        hs.append(('Return-Path', f"<{mailfrom}>"))
        hs.append(('Received', f"from compute2.internal (compute2.nyi.internal [10.202.2.42])\n\t by sloti{rng.randint(10, 60)}t{rng.randint(1, 9)} (Cyrus 3.13.0-alpha0-{hexs(9)}) with LMTPA;\n\t {ts}"))
        if a:
            hs.append(('Authentication-Results', auth_fastmail(dict(a, helo=helo))))
        hs.append(('Received', f"from mx3.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id {hexs(10).upper()}\n\tfor <{to_email}>; {ts}"))
        hs.append(('Received', f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\tby mx3.messagingengine.com (Postfix) with ESMTPS\n\tfor <{to_email}>; {ts}"))
    elif provider == 'internal':  # corporate server that adds no Authentication-Results
        ts = format_datetime(dt)
        hs.append(('Received', f"from mail-int02.corp.local (10.20.4.18) by mbx01.corp.local\n (10.20.4.11) with Microsoft SMTP Server id 15.2.1544.4; {ts}"))
    return hs

# ------------------------------------------------------------- message build
FILES = []
LABELS = {}
N = [0]

def emit(slug, label, *, body, frm, to, subject, date, provider, to_email,
         auth='aws', mailfrom=None, ip=None, helo=None, dkim=None, msgid=None,
         extra=None, in_reply_to=None, references=None, subj_cs='utf-8', name_cs='utf-8',
         forged_lower_ar=None, feedback=True, reply_to=None, cc=None):
    """auth: 'aws' (genuine amazon.com via SES), 'credly', dict (explicit), or None (no AR)."""
    N[0] += 1
    fname = f"{N[0]:03d}-{slug}.eml"
    sid = ses_id(date)
    ip = ip or rng.choice(SES_IPS)
    ses = False
    if auth == 'aws' or (isinstance(auth, dict) and auth.get('ses')):
        ses = True
        helo = helo or ses_helo(ip)
        mailfrom = mailfrom or f"{sid}@amazonses.com"
        dkim = dkim if dkim is not None else [('amazon.com', AMZ_SEL, 'pass'), ('amazonses.com', SES_SEL, 'pass')]
        a = None
        if auth == 'aws':
            a = dict(spf='pass', dkim=dkim, dmarc='pass', hfrom=frm[1].split('@')[1], mailfrom=mailfrom, ip=ip)
        else:
            a = dict(auth); a.setdefault('mailfrom', mailfrom); a.setdefault('ip', ip); a.setdefault('dkim', dkim)
        msgid = msgid or f"<{sid}@email.amazonses.com>"
    elif auth == 'credly':
        ip = ip or f"149.72.{rng.randint(100, 250)}.{rng.randint(2, 250)}"
        helo = helo or f"o{rng.randint(1, 9)}.ptr{rng.randint(1000, 9999)}.em.credly.com"
        mailfrom = mailfrom or f"bounces+{rng.randint(1000000, 9999999)}-{hexs(4)}-{to_email.replace('@', '=')}@em1861.credly.com"
        dkim = dkim if dkim is not None else [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')]
        a = dict(spf='pass', dkim=dkim, dmarc='pass', hfrom='credly.com', mailfrom=mailfrom, ip=ip,
                 policy='p=REJECT sp=REJECT dis=NONE', gpolicy='(p=reject dis=none)')
        msgid = msgid or f"<{b64s(16).replace('/', 'x').replace('+', 'y').rstrip('=')}@geopod-ismtpd-{rng.randint(1, 40)}>"
    elif isinstance(auth, dict):
        a = dict(auth)
        ip = a.setdefault('ip', ip)
        mailfrom = a.setdefault('mailfrom', mailfrom)
        dkim = a.setdefault('dkim', dkim or [])
    else:
        a = None
        ip = ip or '192.0.2.10'
    helo = helo or (a.get('helo') if a else None) or f"mail.{(mailfrom or frm[1]).split('@')[-1]}"
    if auth is None and mailfrom is None:
        mailfrom = frm[1]
    hs = trace(provider, to_email, date, a, ip, helo, mailfrom or frm[1])
    if forged_lower_ar:
        hs.append(('Authentication-Results', forged_lower_ar))
    if dkim:
        for d, sel, res in dkim:
            if res != 'none':
                hs.append(('DKIM-Signature', dkim_sig(d, sel, date)))
    hdr_date = date
    if ses:
        hs.append(('Feedback-ID', f"::1.us-east-1.{b64s(30)[:43]}=:AmazonSES") if feedback else None)
        hs.append(('X-SES-Outgoing', f"{date.strftime('%Y.%m.%d')}-{ip}"))
    hs = [h for h in hs if h]
    msg_headers = [('From', addr(frm[0], frm[1], name_cs)), ('To', to)]
    if cc:
        msg_headers.append(('Cc', cc))
    if reply_to:
        msg_headers.append(('Reply-To', reply_to))
    msg_headers += [("Subject", HDR(subject, subj_cs)), ('Message-ID', msgid or f"<{hexs(24)}@{frm[1].split('@')[1]}>"),
                    ('Date', format_datetime(hdr_date))]
    if in_reply_to:
        msg_headers.append(('In-Reply-To', in_reply_to))
    if references:
        msg_headers.append(('References', references))
    for h in (extra or []):
        msg_headers.append(h)
    # move the MIME headers of body after our headers
    mime = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in hs + msg_headers:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in mime:
        if k.lower() != 'mime-version':
            body[k] = v
    data = body.as_bytes()
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[fname] = lab
    return fname

def L(kind, case, ids, ver, lang):
    return dict(kind=kind, case_id=case, account_ids=ids, sender_verified=ver, language=lang)

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")

# ================================================================ helpers: text
import html as _html

def html_wrap(text, title='Amazon Web Services', pre_note=None):
    body = _html.escape(text).replace('\n', '<br>\n')
    note = f'<p style="color:#545b64;font-size:12px">{_html.escape(pre_note)}</p>' if pre_note else ''
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{_html.escape(title)}</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">'
            f'<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>\n'
            f'<tr><td style="padding:20px">{note}\n{body}\n</td></tr></table>\n</body></html>\n')

def en_sig(name, variant=0, case=None):
    if variant == 0:
        return (f"We value your feedback. Please share your experience by rating this and other correspondences "
                f"in the AWS Support Center. You can rate a correspondence by selecting the stars in the top "
                f"right corner of the correspondence.\n\nBest regards,\n{name}\nAmazon Web Services\n")
    return (f"Best regards,\n{name}\nAmazon Web Services\n\nHow would you rate this reply? "
            f"Let us know in one click:\n  Great    {console_url(case)}&rate=5\n  Not good {console_url(case)}&rate=1\n")

def en_tail(case):
    return ("\n===================================================================\n\n"
            "To see all the file attachments and reply to this correspondence, please visit the Support Center "
            "at the link below. Replies sent directly to this email will not be received.\n\n"
            f"{console_url(case)}\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use "
            "the link above if you need to contact us again about this same issue.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark "
            "of Amazon.com, Inc. or its affiliates.\n")

def ja_sig(name, variant=0):
    if variant == 0:
        return ("本メールの対応についてご意見をお聞かせください。AWS サポートセンターにて、このやり取りを評価して"
                "いただけます(各やり取りの右上にある星を選択してください)。\n\nよろしくお願いいたします。\n\n"
                f"{name}\nAmazon Web Services\n")
    return (f"以上、よろしくお願いいたします。\n\n{name}\nAmazon Web Services\n\n"
            "このご回答はお役に立ちましたか? サポートセンターで評価をお願いいたします。\n")

def ja_tail(case):
    return ("\n===================================================================\n\n"
            "添付ファイルの確認およびこのやり取りへの返信は、以下のリンクから AWS サポートセンターにアクセスして"
            "ください。このメールに直接返信いただいても受信できません。\n\n"
            f"{console_url(case, 'ja')}\n\n"
            "※本メールは送信専用のアドレスから送信されています。本件について再度お問い合わせいただく場合は、"
            "上記のリンクをご利用ください。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n")

def en_pointer(case, kind='reply'):
    return ("Hello,\n\n"
            f"New correspondence has been added to your AWS Support case {case}.\n\n"
            "To view the correspondence and respond, please sign in to the AWS Support Center:\n"
            f"{console_url(case)}\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "This email address cannot accept replies.\n\n"
            "Amazon Web Services\n")

def ja_pointer(case):
    return ("お客様\n\n"
            f"AWS サポートケース {case} に新しいやり取りが追加されました。\n\n"
            "内容の確認およびご返信は、AWS サポートセンターにサインインして行ってください。\n"
            f"{console_url(case, 'ja')}\n\n"
            "※このメールアドレスは送信専用のため、ご返信いただいても受信できません。\n\n"
            "Amazon Web Services\n")

jobs = []
def job(f):
    jobs.append(f)
    return f

# ================================================================ people
RAHUL = ("Rahul Mehta", "rahul.mehta.cloud@gmail.com")
KENJI = ("渡辺 健二", "kenji.watanabe.dev@gmail.com")
AIKO = ("田中 愛子", "aiko.tanaka@outlook.jp")
MARCUS = ("Marcus Lindqvist", "marcus.lindqvist@gmail.com")
YUKI = ("佐藤 由紀", "yuki-sato@nifty.com")
EMILY = ("Emily Carter", "emily.carter@northwind-analytics.com")
HARUTO = ("小林 陽翔", "haruto.kobayashi@docomo.ne.jp")
DANIEL = ("Daniel Okafor", "d.okafor@fastmail.com")

def to_(p, cs='utf-8'):
    return addr(p[0], p[1], cs)

# ================================================================ case A (console, EN, Gmail)
A_open = U(2025, 6, 2, 14, 3, 17); A = cid(A_open, '01241')
A_subj = "Two certification accounts - need them combined"

@job
def a1():
    t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your issue.

The details of your case are as follows:

Case ID: {A}
Subject: {A_subj}
Severity: General guidance
Correspondence: Hello, I ended up with two AWS Certification accounts after I took my first exam with my university e-mail. The old one is AWS04417385 (has my Cloud Practitioner and Solutions Architect Associate) and the newer one is AWS09126604 (has Developer Associate). Could you combine them into one? Thanks, Rahul

To view and respond to your case, please sign in to the AWS Support Center:
{console_url(A)}

(If you are connecting by federation, log in before following the link.)

Please do not reply to this email; this address is not monitored.

Best regards,
Amazon Web Services
"""
    emit('console-case-opened', L('case_created', A, ['AWS04417385', 'AWS09126604'], True, 'en'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=AWS, to=to_(RAHUL),
         subject=f"Amazon Web Services: You have opened a new Support case: {A}",
         date=A_open + timedelta(seconds=4), provider='gmail', to_email=RAHUL[1])

@job
def a2():
    t = en_pointer(A)
    emit('case-new-correspondence-a', L('support_reply', A, [], True, 'en'),
         body=alt(part(t, cte='7bit'), part(html_wrap(t), 'html')), frm=AWS, to=RAHUL[1],
         subject=f"[Case {A}] New correspondence added", date=U(2025, 6, 3, 9, 41, 5),
         provider='gmail', to_email=RAHUL[1])

@job
def a3():
    t = f"""Hello Rahul,

Thank you for reaching out to AWS Training and Certification Support, and for including both candidate IDs.

I can see the two profiles you mentioned, AWS04417385 and AWS09126604. Before I can take this any further I need to know which of the two you would like to continue using. The profile you choose will hold all of your certifications, exam history and benefits, and you will keep signing in to it with its current e-mail address; the other profile will be closed.

Could you please let me know:
1. The candidate ID you would like to keep.
2. The e-mail address you currently use to sign in to that profile.

As soon as I have this I will prepare the next step for you.

""" + en_sig("Sofia R.") + en_tail(A)
    emit('re-case-two-cert-accounts-a', L('support_reply', A, ['AWS04417385', 'AWS09126604'], True, 'en'),
         body=part(t), frm=AWS, to=RAHUL[1], subject=f"RE:[CASE {A}] {A_subj}",
         date=U(2025, 6, 3, 9, 41, 7), provider='gmail', to_email=RAHUL[1])

A4_TEXT = """Hello Rahul,

Thanks for getting back to me so quickly.

Based on your reply, this is what we are going to do:

  Profile that stays active : AWS04417385 (rahul.mehta.cloud@gmail.com)
  Profile to be folded into it and closed : AWS09126604 (rmehta7@student.uni-example.edu)

All certifications, exam history and benefits from AWS09126604 will be moved over to AWS04417385. Please be aware that this is permanent: once the two profiles have been combined we are not able to split them again.

If everything above is correct, please reply to this case in the Support Center with your go-ahead and I will submit the request. If anything needs to change, just let me know.
"""

@job
def a4():
    t = A4_TEXT + "\n" + en_sig("Sofia R.") + """
Correspondence from customer (Tue Jun 03 2025 16:02:51 GMT+0000):
Hi Sofia, thanks. I'd like to keep AWS04417385, it is the older one with most of my certs. I sign in to it with rahul.mehta.cloud@gmail.com. The other one, AWS09126604, used my student address rmehta7@student.uni-example.edu which I can still access.
Rahul
""" + en_tail(A)
    emit('re-case-two-cert-accounts-b', L('merge_confirmation_requested', A, ['AWS04417385', 'AWS09126604'], True, 'en'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=AWS, to=RAHUL[1], subject=f"RE:[CASE {A}] {A_subj}",
         date=U(2025, 6, 4, 11, 20, 44), provider='gmail', to_email=RAHUL[1])

@job
def a5():
    t = f"""Hello Rahul,

Thank you for confirming the details. I have now passed your request to our certification operations team, who will combine AWS09126604 into AWS04417385.

There is nothing else you need to do right now. This normally takes one to three business days. As soon as the work is finished I will update this case, and I'd suggest holding off on scheduling any new exam until then.

""" + en_sig("Sofia R.", 1, A) + en_tail(A)
    emit('re-case-two-cert-accounts-c', L('support_reply', A, ['AWS04417385', 'AWS09126604'], True, 'en'),
         body=part(t), frm=AWS, to=RAHUL[1], subject=f"RE:[CASE {A}] {A_subj}",
         date=U(2025, 6, 4, 18, 2, 10), provider='gmail', to_email=RAHUL[1])

@job
def a6():
    t = f"""Hello Rahul,

Good news: the work on your certification profiles is finished. Everything that was recorded under AWS09126604, including your AWS Certified Developer - Associate and its exam history, now appears on AWS04417385, and the profile AWS09126604 has been deactivated.

Please sign in at https://www.aws.training/Certification with rahul.mehta.cloud@gmail.com and check that all three certifications and your benefits are listed. Credly will re-issue your digital badges to the e-mail address on the remaining profile within a few days.

If this solves your issue there is nothing more to do; the case will be resolved automatically. Was this response helpful? Please take a moment to rate it in the Support Center.

""" + en_sig("Daniel K.") + f"""
-----Original Message-----
From: Amazon Web Services
Sent: 2025-06-04 11:20 UTC
Subject: RE:[CASE {A}] {A_subj}

""" + A4_TEXT + en_tail(A)
    emit('re-case-two-cert-accounts-d', L('merge_completed', A, ['AWS04417385', 'AWS09126604'], True, 'en'),
         body=part(t), frm=AWS, to=RAHUL[1], subject=f"RE:[CASE {A}] {A_subj}",
         date=U(2025, 6, 5, 16, 45, 30), provider='gmail', to_email=RAHUL[1])

def en_resolved(case, subj, closed=False, auto=False):
    st = 'closed' if closed else 'resolved'
    why = ("We haven't heard back from you for a while, so we've closed this case. " if auto else "")
    return f"""Hello,

{why}We're writing to let you know that AWS Support case {case}, "{subj}", has been {st}.

If you still need help with this issue, you can reopen the case from the AWS Support Center within the next 14 days:
{console_url(case)}

How did we do?
Please take two minutes to tell us about your experience with AWS Support. Your answers help us improve.

Was your issue resolved?
  YES: https://console.aws.amazon.com/support/feedback?displayId={case}&resolved=yes
  NO:  https://console.aws.amazon.com/support/feedback?displayId={case}&resolved=no

Thank you for using AWS Support.

Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
"""

@job
def a7():
    t = en_resolved(A, A_subj)
    emit('case-resolved-rate', L('survey', A, [], True, 'en'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=AWS, to=RAHUL[1],
         subject=f"Amazon Web Services: Your Support case {A} has been resolved",
         date=U(2025, 6, 5, 16, 46, 2), provider='gmail', to_email=RAHUL[1])

# ================================================================ case B (console, JA, Gmail)
B_open = U(2025, 8, 18, 23, 47, 5); B = cid(B_open, '00537')
B_subj = "AWS認定アカウントが重複しているので統合したい"

@job
def b1():
    t = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {B} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {B}
件名: {B_subj}
重要度: 一般的なガイダンス
内容: お世話になっております。転職に伴い会社のメールアドレスで新しく認定アカウントを作成してしまい、アカウントが2つになってしまいました。旧アカウント: AWS02873310 / 新アカウント: aws07765124 。旧アカウントの方にまとめていただけますでしょうか。

ケースの確認および返信は、AWS サポートセンターにサインインして行ってください。
{console_url(B, 'ja')}

このメールアドレスは送信専用です。ご返信いただいても受信できませんのでご了承ください。

Amazon Web Services
"""
    emit('console-case-opened-ja', L('case_created', B, ['AWS02873310', 'AWS07765124'], True, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=AWS, to=to_(KENJI),
         subject=f"Amazon Web Services: 新しいサポートケースがオープンされました: {B}",
         date=B_open + timedelta(seconds=4), provider='gmail', to_email=KENJI[1])

B2_TEXT = """渡辺 様

AWS トレーニングと認定サポートの山本です。お問い合わせいただきありがとうございます。

お知らせいただいた2つの認定アカウントを確認いたしました。以下の内容で統合を行う予定です。

・存続するアカウント(今後ご利用いただくアカウント): AWS 02873310
・統合元となり、統合後に無効化されるアカウント: aws-07765124

統合後は、aws-07765124 に記録されている認定資格、受験履歴、特典がすべて AWS 02873310 に移ります。なお、統合処理は一度実施すると元に戻すことができません。

上記の内容で問題がないか、サポートセンターから本ケースにご返信いただけますでしょうか。ご確認いただけ次第、手続きを開始いたします。
"""

@job
def b2():
    plain = ja_pointer(B)
    full = B2_TEXT + "\n" + ja_sig("山本") + ja_tail(B)
    emit('re-case-choufuku-togo-ja-a', L('merge_confirmation_requested', B, ['AWS02873310', 'AWS07765124'], True, 'ja'),
         body=alt(part(plain, cte='base64'), part(html_wrap(full), 'html', cte='base64')), frm=AWS, to=KENJI[1],
         subject=f"RE:[CASE {B}] {B_subj}", date=U(2025, 8, 19, 5, 12, 40), provider='gmail', to_email=KENJI[1])

@job
def b3():
    t = """渡辺 様

ご確認いただき、誠にありがとうございます。
いただいた内容にて、担当チームへ統合の依頼を行いました。処理には通常1〜3営業日ほどかかります。

統合が完了した時点で、改めて本ケースにてご連絡いたします。それまでの間、新たな試験のご予約はお控えいただけますと幸いです。

""" + ja_sig("山本", 1) + """
2025年8月20日(水) 7:02 渡辺 健二 <kenji.watanabe.dev@gmail.com>:
> 山本様
>
> ご連絡ありがとうございます。内容に相違ありません。
> 統合を進めてください。
>
> 渡辺
>
> > 渡辺 様
> >
> > ・存続するアカウント(今後ご利用いただくアカウント): AWS 02873310
> > ・統合元となり、統合後に無効化されるアカウント: aws-07765124
> >
> > 統合処理は一度実施すると元に戻すことができません。
> > 上記の内容で問題がないか、ご返信いただけますでしょうか。
""" + ja_tail(B)
    emit('re-case-choufuku-togo-ja-b', L('support_reply', B, [], True, 'ja'),
         body=part(t), frm=AWS, to=KENJI[1], subject=f"RE:[CASE {B}] {B_subj}",
         date=U(2025, 8, 19, 22, 30, 15), provider='gmail', to_email=KENJI[1])

@job
def b4():
    t = """渡辺 様

お待たせいたしました。AWS トレーニングと認定サポートの山本です。

ご依頼いただいておりました認定アカウントの統合作業が完了しました。aws07765124 に記録されていた認定資格および受験履歴は、すべて AWS02873310 に移行済みです。また、aws07765124 は無効化されております。

お手数ですが、AWS Certification アカウントにサインインし、認定資格や特典が正しく表示されていることをご確認ください。Credly のデジタルバッジは、数日以内に存続アカウントのメールアドレス宛てに再発行されます。

本対応についての評価をサポートセンターからお寄せいただけますと幸いです。

""" + ja_sig("山本") + """
---- 前回のやり取り ----
差出人: Amazon Web Services
日時: 2025-08-19 05:12 UTC

""" + B2_TEXT + ja_tail(B)
    emit('re-case-choufuku-togo-ja-c', L('merge_completed', B, ['AWS02873310', 'AWS07765124'], True, 'ja'),
         body=part(t, charset='iso-2022-jp', cte='7bit'), frm=AWS, to=KENJI[1],
         subject=f"RE:[CASE {B}] {B_subj}", subj_cs='iso-2022-jp',
         date=U(2025, 8, 21, 3, 15, 50), provider='gmail', to_email=KENJI[1])

def ja_resolved(case, subj, closed=False):
    st = 'クローズ' if closed else '解決済み'
    return f"""お客様

AWS サポートケース {case}「{subj}」は{st}となりました。

引き続きサポートが必要な場合は、14 日以内であれば AWS サポートセンターからケースを再オープンできます。
{console_url(case, 'ja')}

AWS サポートについてのアンケートにご協力ください
今回のサポートについて、ご意見をお聞かせください(所要時間: 約 2 分)。

問題は解決しましたか?
  はい: https://console.aws.amazon.com/support/feedback?displayId={case}&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId={case}&resolved=no&language=ja

AWS サポートをご利用いただきありがとうございます。

Amazon Web Services
"""

@job
def b5():
    t = ja_resolved(B, B_subj)
    emit('case-kaiketsu-ja', L('survey', B, [], True, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=AWS, to=KENJI[1],
         subject=f"Amazon Web Services: ケース {B} は解決済みになりました",
         date=U(2025, 8, 21, 3, 16, 30), provider='gmail', to_email=KENJI[1])

def credly_html(greet, lines, button, url, foot_lang='en'):
    ps = ''.join(f'<p style="margin:0 0 14px">{_html.escape(l)}</p>' for l in lines)
    foot = ('You are receiving this email because a badge was issued to you on Credly. '
            '<a href="https://www.credly.com/earner/settings/notifications">Manage notification preferences</a>.'
            if foot_lang == 'en' else
            'このメールは Credly でバッジが発行されたため送信されています。'
            '<a href="https://www.credly.com/earner/settings/notifications">通知設定の変更</a>')
    return (f'<!DOCTYPE html><html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">'
            f'<table align="center" width="600" style="background:#fff"><tr><td style="padding:30px">'
            f'<img src="https://images.credly.com/images/credly-logo.png" width="110" alt="Credly">'
            f'<h2 style="color:#1c1d1f">{_html.escape(greet)}</h2>{ps}'
            f'<a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">{_html.escape(button)}</a>'
            f'<p style="font-size:11px;color:#888;margin-top:30px">{foot}<br>Credly, Inc. 4 Crosby St, New York, NY 10013</p>'
            f'</td></tr></table></body></html>\n')

CREDLY_AWS = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")

@job
def b6():
    url = f"https://www.credly.com/earner/earned/badge/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}/accept"
    lines = ["Amazon Web Services Training and Certification has issued you a new badge:",
             "AWS Certified Solutions Architect - Associate",
             "Accept your badge to show it off on your professional profiles and let employers verify your skills."]
    t = "Congratulations, Kenji!\n\n" + "\n\n".join(lines) + f"\n\nAccept your badge: {url}\n\nCredly, Inc. 4 Crosby St, New York, NY 10013\n"
    emit('credly-new-badge', L('credly_badge_issued', None, [], True, 'en'),
         body=alt(part(t), part(credly_html("Congratulations, Kenji!", lines, "Accept your badge", url), 'html')),
         frm=CREDLY_AWS, to=KENJI[1], auth='credly',
         subject="Kenji, you've been issued a badge: AWS Certified Solutions Architect - Associate",
         date=U(2025, 8, 23, 1, 10, 12), provider='gmail', to_email=KENJI[1])

# ================================================================ case C (console, JA, outlook.jp)
C_open = U(2025, 10, 6, 2, 18, 44); C = cid(C_open, '02116')
C_subj = "認定試験のアカウントが2つあります"

@job
def c1():
    t = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。ケース {C} を作成しました。担当者より追ってご連絡いたします。

ケース ID: {C}
件名: {C_subj}
重要度: 一般的なガイダンス
内容: 以前の会社のメールアドレスで作った認定アカウントと、個人のメールアドレスで作ったアカウントの2つがあります。1つにまとめることはできますか。

ケースの状況は AWS サポートセンターでご確認いただけます。
{console_url(C, 'ja')}

Amazon Web Services
"""
    emit('shinki-case-sakusei-ja', L('case_created', C, [], True, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=AWS, to=to_(AIKO),
         subject=f"Amazon Web Services: 新しいケースを作成しました: {C}",
         date=C_open + timedelta(seconds=6), provider='outlook', to_email=AIKO[1])

@job
def c2():
    t = """田中 様

AWS トレーニングと認定サポートの中村でございます。
この度はお問い合わせいただき、ありがとうございます。

お調べしたところ、お客様のお名前で AWS05518842 と AWS01930477 の2つの認定アカウントが登録されていることを確認いたしました。

手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせください。
1. 今後ご利用になるアカウント(残すアカウント)の認定 ID
2. それぞれのアカウントにサインインする際のメールアドレス
3. 統合を希望される理由(例: 転職によるメールアドレスの変更など)

ご返信をお待ちしております。

""" + ja_sig("中村") + ja_tail(C)
    emit('re-case-account-futatsu-ja-a', L('support_reply', C, ['AWS01930477', 'AWS05518842'], True, 'ja'),
         body=part(t, cte='base64'), frm=AWS, to=AIKO[1], subject=f"RE:[CASE {C}] {C_subj}",
         date=U(2025, 10, 6, 9, 55, 12), provider='outlook', to_email=AIKO[1])

@job
def c3():
    t = ja_pointer(C)
    emit('case-atarashii-yaritori-ja', L('support_reply', C, [], True, 'ja'),
         body=part(t), frm=AWS, to=AIKO[1], subject=f"[ケース {C}] 新しいやり取りが追加されました",
         date=U(2025, 10, 7, 4, 10, 2), provider='outlook', to_email=AIKO[1])

@job
def c4():
    t = """田中 様

ご返信いただきありがとうございます。中村でございます。

いただいた情報をもとに、下記のとおり統合の準備を行いました。実施前に、内容に誤りがないかご確認をお願いいたします。

  残すアカウント: AWS05518842(サインイン: aiko.tanaka@outlook.jp)
  統合して閉鎖するアカウント: AWS01930477(サインイン: a.tanaka@kaisha-example.co.jp)

統合を実施しますと、AWS01930477 の認定資格・受験履歴・特典は AWS05518842 に移され、AWS01930477 は利用できなくなります。この操作は取り消しができませんので、あらかじめご了承ください。

上記でよろしければ、サポートセンターより「統合を進めてください」とご返信ください。

""" + ja_sig("中村") + f"""
差出人: 田中 愛子 <aiko.tanaka@outlook.jp>
送信日時: 2025年10月6日 19:22
宛先: Amazon Web Services
件名: RE:[CASE {C}] {C_subj}

中村様

ご連絡ありがとうございます。
1. AWS05518842 を残したいです。
2. AWS05518842 は aiko.tanaka@outlook.jp、AWS01930477 は a.tanaka@kaisha-example.co.jp です。
3. 前職の会社アドレスで作ってしまったためです。

よろしくお願いいたします。
田中
""" + ja_tail(C)
    emit('re-case-account-futatsu-ja-b', L('merge_confirmation_requested', C, ['AWS01930477', 'AWS05518842'], True, 'ja'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=AWS, to=AIKO[1], subject=f"RE:[CASE {C}] {C_subj}",
         date=U(2025, 10, 7, 4, 10, 5), provider='outlook', to_email=AIKO[1])

@job
def c5():
    t = f"""お客様

AWS サポートケース {C}「{C_subj}」は解決済みとなりました。

担当者からのメッセージ:
田中様、お待たせいたしました。AWS01930477 の認定資格と受験履歴は AWS05518842 にまとめられ、統合の処理はすべて完了しております。今後は aiko.tanaka@outlook.jp でサインインしてご利用ください。以上をもちまして、本ケースを解決済みとさせていただきます。(中村)

追加のご質問がある場合は、14 日以内であればサポートセンターからケースを再オープンできます。
{console_url(C, 'ja')}

Amazon Web Services
"""
    emit('case-kaiketsu-ja-c', L('merge_completed', C, ['AWS01930477', 'AWS05518842'], True, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=AWS, to=AIKO[1],
         subject=f"Amazon Web Services: ケース {C} は解決済みになりました",
         date=U(2025, 10, 8, 1, 30, 20), provider='outlook', to_email=AIKO[1])

@job
def c6():
    h = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS サポート アンケート</title></head>
<body style="font-family:'Hiragino Sans','Meiryo',sans-serif;background:#f2f3f3">
<table width="600" align="center" style="background:#ffffff;padding:24px">
<tr><td><h2 style="color:#232f3e">AWS サポートに関するアンケート</h2>
<p>お客様</p>
<p>先日は AWS サポート (ケース ID: {C}) をご利用いただき、ありがとうございました。</p>
<p>サービス向上のため、今回の対応について簡単なアンケートにご協力をお願いいたします。回答には 1 分ほどかかります。</p>
<p>担当者の対応に、どの程度満足されましたか?</p>
<p>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C}&amp;score=5&amp;language=ja">&#9733;&#9733;&#9733;&#9733;&#9733; 非常に満足</a><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C}&amp;score=3&amp;language=ja">&#9733;&#9733;&#9733; どちらともいえない</a><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C}&amp;score=1&amp;language=ja">&#9733; 不満</a>
</p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。<br>Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
    emit('support-anketo-ja', L('survey', C, [], True, 'ja'),
         body=part(h, 'html', cte='quoted-printable'), frm=AWS, to=AIKO[1],
         subject=f"AWS サポートのアンケートへのご協力のお願い (ケース {C})",
         date=U(2025, 10, 8, 1, 31, 40), provider='outlook', to_email=AIKO[1])

@job
def c7():
    t = f"""お客様

AWS サポートケース {C}「{C_subj}」が再オープンされました。

お客様から追加のやり取りを受け付けました。担当者が内容を確認のうえ、サポートセンターにてご連絡いたします。

ケースの確認:
{console_url(C, 'ja')}

Amazon Web Services
"""
    emit('case-sai-open-ja', L('support_reply', C, [], True, 'ja'),
         body=part(t, cte='base64'), frm=AWS, to=AIKO[1],
         subject=f"Amazon Web Services: ケース {C} が再オープンされました",
         date=U(2025, 10, 14, 12, 5, 33), provider='outlook', to_email=AIKO[1])

@job
def c8():
    t = """田中 様

中村でございます。ご連絡いただきありがとうございます。

統合後のアカウント AWS05518842 において、以前の試験合格時に付与された 50% 割引バウチャーが表示されていない件、承知いたしました。現在、担当チームにて特典の付与状況を調査しております。

お手数ですが、特典ページ(Benefits)の画面のスクリーンショットを本ケースに添付していただけますでしょうか。調査の結果がわかり次第、改めてご連絡いたします。

""" + ja_sig("中村", 1) + """
*** 以前のやり取り ***
[お客様] 2025/10/14 21:04 JST
統合していただいたアカウントで、以前もらった50%割引バウチャーが見当たりません。確認していただけますか。
""" + ja_tail(C)
    emit('re-case-account-futatsu-ja-c', L('support_reply', C, ['AWS05518842'], True, 'ja'),
         body=part(t, charset='euc-jp', cte='base64'), frm=AWS, to=AIKO[1],
         subject=f"RE:[CASE {C}] {C_subj}", subj_cs='iso-2022-jp',
         date=U(2025, 10, 15, 6, 40, 0), provider='outlook', to_email=AIKO[1])

# ================================================================ case D (form desk, EN, Gmail)
D_open = U(2025, 3, 11, 8, 22, 31); D = cid(D_open, '00894')
D_subj = f"[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance"
MARCUS_REPLY_ID = "<CAF3kq9vR0x=Lm2QdT7wYpZ8nB1sXc4eH6uJ@mail.gmail.com>"

@job
def d1():
    t = f"""Hello Marcus,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that your request has been logged under case number {D}. A member of our support team will review it and get back to you, usually within 24 hours.

To help us serve you faster, please do not submit another form for the same request. If you need to add information, simply reply to this e-mail and keep the case number in the subject line.

Summary of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS06603218
Description: I have two candidate profiles (AWS06603218 and AWS03381956) because I registered again with my work e-mail. Please merge them into AWS06603218.

Regards,
AWS Training and Certification
"""
    emit('form-request-logged', L('case_created', D, ['AWS03381956', 'AWS06603218'], True, 'en'),
         body=part(t), frm=FORM, to=MARCUS[1], subject=D_subj,
         date=D_open + timedelta(seconds=9), provider='gmail', to_email=MARCUS[1])

D2_TEXT = """Hi Marcus,

Thank you for your patience. My name is Jared and I'll be handling your request.

I located both candidate profiles under your name:

- AWS-06603218, registered to marcus.lindqvist@gmail.com - this is the profile that will remain.
- AWS-03381956, registered to m.lindqvist@lindqvist-consulting.se - this profile will be merged into the one above and then deactivated.

Please note that an account merge can't be reversed once it has been processed. Exam history, certifications and any outstanding benefits will all end up on AWS-06603218.

Could you reply to this email confirming that the details above are correct and that you'd like us to go ahead?
"""

@job
def d2():
    t = D2_TEXT + "\nKind regards,\nJared M.\nAWS Training and Certification\n"
    emit('form-re-account-assistance-a', L('merge_confirmation_requested', D, ['AWS03381956', 'AWS06603218'], True, 'en'),
         body=part(t), frm=FORM, to=MARCUS[1], subject=f"RE:{D_subj}",
         date=U(2025, 3, 13, 10, 5, 12), provider='gmail', to_email=MARCUS[1])

@job
def d3():
    quoted = "\n".join("> " + l if l else ">" for l in D2_TEXT.strip().split("\n"))
    t = f"""Hi Marcus,

Thanks for confirming. We’ve processed the request – AWS03381956 no longer exists as a separate profile; its exam records and your AWS Certified Cloud Practitioner credential are now held on AWS06603218, which you can keep signing in to with marcus.lindqvist@gmail.com.

It can take up to 48 hours for everything to show correctly on the Certification Account dashboard and for Credly to re-send badges to your primary e-mail.

How did we do? We’d love to hear about your experience: https://pulse.aws/survey/TC8KQ2ZN?case={D}

Kind regards,
Jared M.
AWS Training and Certification

________________________________
From: Marcus Lindqvist <marcus.lindqvist@gmail.com>
Sent: Thursday, March 13, 2025 7:48 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:{D_subj}

Hi Jared,

The details are correct. Please proceed with the merge.

Marcus

On Thu, Mar 13, 2025 at 11:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{quoted}
"""
    emit('form-re-account-assistance-b', L('merge_completed', D, ['AWS03381956', 'AWS06603218'], True, 'en'),
         body=part(t, cte='8bit', declared='us-ascii'), frm=FORM, to=MARCUS[1], subject=f"RE:{D_subj}",
         in_reply_to=MARCUS_REPLY_ID, references=MARCUS_REPLY_ID,
         date=U(2025, 3, 14, 16, 40, 3), provider='gmail', to_email=MARCUS[1])

@job
def d4():
    t = f"""Hello,

Your AWS Training and Certification case {D} has been closed.

How did we do?
We'd appreciate it if you could take a minute to rate the support you received. It's just three questions.

Rate your experience: https://pulse.aws/survey/TC8KQ2ZN?case={D}&src=closure

If your question wasn't fully answered, reply to this e-mail within 7 days and your case will be reopened.

Thank you,
AWS Training and Certification
"""
    emit('form-how-did-we-do', L('survey', D, [], True, 'en'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=FORM, to=MARCUS[1],
         subject=f"How did we do? [CASE {D}]", date=U(2025, 3, 14, 16, 41, 30), provider='gmail', to_email=MARCUS[1])

@job
def d5():
    url = f"https://www.credly.com/badges/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}/accept"
    lines = ["Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification is ready.",
             "Claim it now to share your achievement and let others verify it."]
    t = "Hi Marcus,\n\n" + "\n\n".join(lines) + f"\n\nAccept badge: {url}\n"
    emit('credly-badge-ready', L('credly_badge_issued', None, [], True, 'en'),
         body=alt(part(t, cte='7bit'), part(credly_html("Hi Marcus,", lines, "Accept badge", url), 'html')),
         frm=CREDLY_AWS, to=MARCUS[1], auth='credly',
         subject="Claim your AWS Certified Cloud Practitioner badge",
         date=U(2025, 3, 16, 12, 3, 44), provider='gmail', to_email=MARCUS[1])

# ================================================================ case E (form desk, JA, nifty)
E_open = U(2025, 11, 25, 0, 40, 12); E = cid(E_open, '01375')
E_subj = f"[CASE {E}] [AWS Training and Certification Form Submission] - account-assistance"
YUKI_REPLY_1 = "<20251126223410.3F8A.YUKISATO@nifty.com>"
YUKI_REPLY_2 = "<20251127211402.7C21.YUKISATO@nifty.com>"

@job
def e1():
    t = f"""佐藤 由紀 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付けました。ケース番号は {E} です。
担当者が内容を確認し、通常 24 時間以内にご連絡いたします。

同じ内容で再度フォームを送信されますと対応が遅れる場合がございますので、ご遠慮ください。追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。

■ お問い合わせ内容
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS08871203

AWS トレーニングと認定
"""
    emit('form-uketsuke-ja', L('case_created', E, ['AWS08871203'], True, 'ja'),
         body=part(t, charset='iso-2022-jp', cte='7bit'), frm=FORM, to=to_(YUKI, 'iso-2022-jp'), subject=E_subj,
         date=E_open + timedelta(seconds=8), provider='nifty', to_email=YUKI[1])

@job
def e2():
    t = """佐藤 様

AWS トレーニングと認定サポートの高橋と申します。お問い合わせいただき、ありがとうございます。

ご連絡いただいた受験者 ID AWS08871203 のほかに、同じお名前で登録された AWS02245519 のアカウントがございました。こちらが統合をご希望のアカウントでお間違いないでしょうか。

お手数ですが、以下について本メールにご返信ください。
・AWS02245519 へのサインインに使用していたメールアドレス
・どちらのアカウントを今後ご利用になるか

何卒よろしくお願いいたします。

高橋
AWS トレーニングと認定
"""
    emit('form-re-account-assistance-ja', L('support_reply', E, ['AWS02245519', 'AWS08871203'], True, 'ja'),
         body=part(t, cte='base64', declared='iso-8859-1'), frm=FORM, to=YUKI[1], subject=f"RE:{E_subj}",
         date=U(2025, 11, 26, 2, 15, 44), provider='nifty', to_email=YUKI[1])

@job
def e3():
    t = """佐藤 様

ご返信いただきありがとうございます。高橋です。

お知らせいただいた内容にもとづき、以下のとおり統合を行います。

　存続: AWS08871203(yuki-sato@nifty.com)
　統合後に廃止: AWS02245519(sato.yuki@univ-mail.example.ac.jp)

AWS02245519 に登録されている認定資格・受験履歴は、統合後すべて AWS08871203 に引き継がれます。統合は取り消しができない処理となりますので、内容に誤りがないか念のためご確認ください。

問題がなければ、「上記の内容で統合をお願いします」とこのメールにご返信ください。ご返信を確認しましたら作業に入ります。

高橋
AWS トレーニングと認定
"""
    emit('form-re-togo-naiyo-ja-a', L('merge_confirmation_requested', E, ['AWS02245519', 'AWS08871203'], True, 'ja'),
         body=part(t, charset='iso-2022-jp', cte='7bit'), frm=FORM, to=YUKI[1],
         subject=f"RE:[CASE {E}] 【ご確認のお願い】認定アカウントの統合内容について", subj_cs='iso-2022-jp',
         in_reply_to=YUKI_REPLY_1, references=YUKI_REPLY_1,
         date=U(2025, 11, 27, 5, 30, 10), provider='nifty', to_email=YUKI[1])

@job
def e4():
    t = """佐藤 様

ご確認いただきありがとうございます。
いただいたご返信をもって、統合作業を担当部署へ依頼いたしました。統合が完了しましたら、改めてご連絡いたします。今しばらくお待ちください。

高橋
AWS トレーニングと認定

2025年11月27日(木) 21:14 佐藤 由紀 <yuki-sato@nifty.com>:
> 高橋様
>
> 上記の内容で統合をお願いします。
>
> 佐藤
>
> > 　存続: AWS08871203(yuki-sato@nifty.com)
> > 　統合後に廃止: AWS02245519(sato.yuki@univ-mail.example.ac.jp)
> >
> > 統合は取り消しができない処理となりますので、内容に誤りがないか念のためご確認ください。
"""
    emit('form-re-togo-naiyo-ja-b', L('support_reply', E, [], True, 'ja'),
         body=part(t), frm=FORM, to=YUKI[1],
         subject=f"RE:[CASE {E}] 【ご確認のお願い】認定アカウントの統合内容について",
         in_reply_to=YUKI_REPLY_2, references=f"{YUKI_REPLY_1} {YUKI_REPLY_2}",
         date=U(2025, 11, 28, 1, 2, 33), provider='nifty', to_email=YUKI[1])

@job
def e5():
    t = """佐藤 様

いつもお世話になっております。AWS トレーニングと認定の高橋です。

お待たせいたしました。AWS02245519 に登録されていた認定資格および受験履歴を、AWS08871203 へ移行いたしました。AWS02245519 は現在ご利用いただけない状態となっております。

今後は yuki-sato@nifty.com で AWS08871203 にサインインしてご利用ください。Credly のバッジにつきましても、数日中に同アドレス宛てにご案内が届く予定です。

ほかにご不明な点がございましたら、本メールにご返信ください。

高橋
AWS トレーニングと認定
"""
    emit('form-re-togo-naiyo-ja-c', L('merge_completed', E, ['AWS02245519', 'AWS08871203'], True, 'ja'),
         body=part(t, charset='cp932', declared='Shift_JIS', cte='8bit'), frm=FORM, to=YUKI[1],
         subject=f"RE:[CASE {E}] 【ご確認のお願い】認定アカウントの統合内容について", subj_cs='shift_jis',
         date=U(2025, 11, 29, 3, 45, 51), provider='nifty', to_email=YUKI[1])

@job
def e6():
    t = f"""佐藤 由紀 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
ケース {E} はクローズされました。

今後のサービス改善のため、今回の対応についてアンケートへのご協力をお願いいたします(3 問・約 1 分)。
https://pulse.aws/survey/TC8KQ2ZN?case={E}&lang=ja

ご質問が解決していない場合は、7 日以内に本メールへご返信いただくとケースが再開されます。

AWS トレーニングと認定
"""
    emit('form-anketo-onegai-ja', L('survey', E, [], None, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=FORM, to=YUKI[1],
         subject="【アンケートのお願い】AWS トレーニングと認定サポートのご利用について", auth=None,
         dkim=[('amazon.com', AMZ_SEL, 'pass'), ('amazonses.com', SES_SEL, 'pass')],
         mailfrom=f"{ses_id(U(2025, 11, 29, 3, 47, 5))}@amazonses.com", ip='54.240.9.76', helo='a9-76.smtp-out.amazonses.com',
         date=U(2025, 11, 29, 3, 47, 5), provider='nifty', to_email=YUKI[1],
         msgid=f"<{ses_id(U(2025, 11, 29, 3, 47, 5))}@email.amazonses.com>")

# ================================================================ case F (console, EN, Office 365)
F_open = U(2025, 12, 9, 15, 30, 9); F = cid(F_open, '00062')
F_subj = "Duplicate Training & Certification profiles"

@job
def f1():
    t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {F} to address your issue.

Case ID: {F}
Subject: {F_subj}
Severity: General guidance
Correspondence: Hi team, my employer registered me for an exam under a new profile even though I already have one (aws07012945, personal). I'd like a single profile again. Thanks, Emily

You can view and add to your case at any time in the AWS Support Center:
{console_url(F)}

Best regards,
Amazon Web Services
"""
    emit('console-new-case', L('case_created', F, ['AWS07012945'], True, 'en'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=AWS, to=to_(EMILY),
         subject=f"Amazon Web Services: You have opened a new Support case: {F}",
         date=F_open + timedelta(seconds=5), provider='outlook', to_email=EMILY[1])

F2_TEXT = """Hello Emily,

Thanks for your patience while I looked into this. I found both of your Training and Certification profiles, and here is how I plan to combine them:

  Primary profile (stays open): aws 07012945 - emily.carter@northwind-analytics.com
  Secondary profile (merged, then closed): AWS 00458831 - ecarter.learning@gmail.com

Everything on the secondary profile, including the AWS Certified Data Engineer - Associate exam you passed in November, will be transferred to the primary one. This process can't be undone, so please double-check the e-mail addresses and IDs.

If this looks right, please reply in the Support Center with "I confirm" and I'll take care of the rest. If you'd rather keep the other profile as primary, just tell me.
"""

@job
def f2():
    plain = en_pointer(F)
    h = (f'<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:14px">'
         f'<p>Hello,</p><p>New correspondence has been added to your AWS Support case {F}.</p>'
         f'<div style="border-left:3px solid #ff9900;padding:8px 16px;margin:16px 0;background:#fafafa">'
         f'<p style="color:#545b64;font-size:12px">Amazon Web Services &middot; Wed Dec 10 2025 13:12:51 GMT+0000</p>'
         + _html.escape(F2_TEXT).replace('\n', '<br>\n') +
         f'<br>Best regards,<br>Priyanka S.<br>Amazon Web Services</div>'
         f'<p><a href="{console_url(F)}">View case in the Support Center</a></p>'
         f'<p style="font-size:11px;color:#687078">This email address cannot accept replies.</p></body></html>\n')
    emit('case-new-correspondence-b', L('merge_confirmation_requested', F, ['AWS00458831', 'AWS07012945'], True, 'en'),
         body=alt(part(plain, cte='7bit'), part(h, 'html')), frm=AWS, to=EMILY[1],
         subject=f"[Case {F}] New correspondence added", date=U(2025, 12, 10, 13, 12, 55),
         provider='outlook', to_email=EMILY[1])

@job
def f3():
    t = f"""Hello Emily,

I wanted to follow up on my previous message, as we haven't received a reply yet. Do you still need assistance with this case?

If I don't hear back from you within the next 72 hours, the case will be resolved automatically. You can always reopen it from the Support Center when you're ready.

""" + en_sig("Priyanka S.") + """
===== Previous correspondence =====
Amazon Web Services - Wed Dec 10 2025 13:12:51 GMT+0000

""" + F2_TEXT + en_tail(F)
    emit('re-case-duplicate-profiles-a', L('support_reply', F, [], True, 'en'),
         body=part(t), frm=AWS, to=EMILY[1], subject=f"RE:[CASE {F}] {F_subj}",
         date=U(2025, 12, 15, 14, 0, 21), provider='outlook', to_email=EMILY[1])

@job
def f4():
    t = en_resolved(F, F_subj, closed=True, auto=True)
    emit('case-closed-inactivity', L('survey', F, [], True, 'en'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=AWS, to=EMILY[1],
         subject=f"Amazon Web Services: Your Support case {F} has been closed",
         date=U(2025, 12, 18, 14, 5, 2), provider='outlook', to_email=EMILY[1])

@job
def f5():
    t = f"""Hello,

Your AWS Support case {F}, "{F_subj}", has been reopened.

An AWS Support representative will review the new information and respond through the Support Center. You'll receive an email when there's an update.

View your case:
{console_url(F)}

Amazon Web Services
"""
    emit('case-reopened', L('support_reply', F, [], True, 'en'),
         body=part(t, cte='7bit'), frm=AWS, to=EMILY[1],
         subject=f"Amazon Web Services: Your Support case {F} has been reopened",
         date=U(2026, 1, 5, 17, 22, 40), provider='outlook', to_email=EMILY[1])

@job
def f6():
    q2 = _html.escape(F2_TEXT).replace('\n', '<br>\n')
    h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Emily,</p>
<p>Thanks for reopening the case and for the confirmation. Your two profiles are now one: AWS00458831 has been retired, and its exam history &mdash; including the AWS Certified Data Engineer &ndash; Associate &mdash; now sits under AWS07012945 together with your existing certifications.</p>
<p>Next time you sign in with emily.carter@northwind-analytics.com you should see everything in one place. Your Credly badge for the Data Engineer certification will be sent to the same address shortly.</p>
<p>Best regards,<br>Priyanka S.<br>Amazon Web Services</p>
<p style="background:#f2f3f3;padding:10px">Was this response helpful? <a href="{console_url(F)}&amp;rate=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> <a href="{console_url(F)}&amp;rate=1">&#9733;</a><br>
We value your feedback. You can also rate this correspondence in the AWS Support Center.</p>
<hr>
<p style="color:#545b64">Customer &middot; Mon Jan 05 2026 17:22:31 GMT+0000</p>
<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:10px;color:#545b64">
Hi Priyanka, sorry for the silence, I was on leave. I confirm - please merge as described.<br>
Emily
<blockquote style="margin:8px 0 0 8px;border-left:2px solid #ccc;padding-left:10px">{q2}</blockquote>
</blockquote>
<hr>
<p style="font-size:11px;color:#687078">To see all the file attachments and reply to this correspondence, please visit the <a href="{console_url(F)}">Support Center</a>. Replies sent directly to this email will not be received.</p>
</body></html>
"""
    emit('re-case-duplicate-profiles-b', L('merge_completed', F, ['AWS00458831', 'AWS07012945'], True, 'en'),
         body=part(h, 'html'), frm=AWS, to=EMILY[1], subject=f"RE:[CASE {F}] {F_subj}",
         date=U(2026, 1, 7, 9, 10, 38), provider='outlook', to_email=EMILY[1])

@job
def f7():
    url = f"https://www.credly.com/earner/earned/badge/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"
    lines = ["You've earned the AWS Certified Data Engineer - Associate badge from Amazon Web Services Training and Certification.",
             "Accept it to add it to your Credly profile, share it on LinkedIn and let employers verify it in one click."]
    h = credly_html("Emily, your new badge is waiting", lines, "Accept your badge", url)
    emit('credly-badge-waiting-html', L('credly_badge_issued', None, [], True, 'en'),
         body=part(h, 'html', cte='base64'), frm=CREDLY_AWS, to=EMILY[1], auth='credly',
         subject="Emily, your new badge is waiting: AWS Certified Data Engineer - Associate",
         date=U(2026, 1, 9, 20, 14, 7), provider='outlook', to_email=EMILY[1])

# ================================================================ case H (console, JA, docomo)
H_open = U(2026, 2, 16, 5, 9, 51); H = cid(H_open, '01809')
H_subj = "認定アカウント統合の依頼"

@job
def h1():
    t = f"""お客様

Amazon Web Services へのお問い合わせありがとうございます。お客様のお問い合わせについて、ケース {H} をオープンいたしました。

ケースの詳細
ケース ID: {H}
件名: {H_subj}
重要度: 一般的なガイダンス
内容: 認定のアカウントが2つあるようなので、1つにまとめたいです。どちらのアカウントにも合格した試験があります。

ケースへの返信や状況確認は、AWS サポートセンターから行えます。
{console_url(H, 'ja')}

本メールは送信専用です。

Amazon Web Services
"""
    emit('console-case-open-jis', L('case_created', H, [], True, 'ja'),
         body=part(t, charset='iso-2022-jp', cte='7bit'), frm=AWS, to=HARUTO[1],
         subject=f"Amazon Web Services: 新しいサポートケースをオープンしました: {H}", subj_cs='iso-2022-jp',
         date=H_open + timedelta(seconds=7), provider='docomo', to_email=HARUTO[1])

@job
def h2():
    t = ja_pointer(H)
    emit('case-shinki-henshin-ja', L('support_reply', H, [], True, 'ja'),
         body=part(t), frm=AWS, to=HARUTO[1], subject=f"[ケース {H}] 新しい返信が追加されました",
         date=U(2026, 2, 17, 1, 44, 12), provider='docomo', to_email=HARUTO[1])

@job
def h3():
    t = f"""小林 様

いつも AWS をご利用いただきありがとうございます。AWS トレーニングと認定サポートの伊藤です。

ご回答いただきありがとうございました。統合を実施する前に、最終確認をお願いいたします。

  ◆ 今後もご利用いただくアカウント: AWS-03390716
  ◆ 統合後に閉鎖されるアカウント: AWS-06124458

AWS-06124458 の認定資格と受験履歴は AWS-03390716 にまとめられます。統合は一度行うと元に戻せないため、誤りがないかご確認のうえ、サポートセンターからご返信をお願いいたします。

""" + ja_sig("伊藤") + """
【お客様からのご連絡】2026/02/17 18:30
伊藤様
ありがとうございます。残したいのは AWS03390716 です(個人のメールアドレスで登録しているほう)。
もう一方の AWS06124458 は大学時代のメールアドレスで作成したものです。
小林
""" + ja_tail(H)
    emit('re-case-togo-irai-ja-a', L('merge_confirmation_requested', H, ['AWS03390716', 'AWS06124458'], True, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=AWS, to=HARUTO[1],
         subject=f"RE:[CASE {H}] {H_subj}", date=U(2026, 2, 18, 2, 20, 30), provider='docomo', to_email=HARUTO[1])

@job
def h4():
    plain = ja_pointer(H)
    full = """小林 様

伊藤です。ご確認のご返信をありがとうございました。

本日、統合作業が完了いたしました。AWS06124458 の合格記録は AWS03390716 に反映されており、AWS06124458 は閉鎖済みです。

サインイン後、認定資格の一覧に AWS Certified Cloud Practitioner と AWS Certified AI Practitioner の両方が表示されていることをご確認ください。Credly のバッジも数日中に届く予定です。

""" + ja_sig("伊藤") + ja_tail(H)
    emit('re-case-togo-irai-ja-b', L('merge_completed', H, ['AWS03390716', 'AWS06124458'], True, 'ja'),
         body=alt(part(plain), part(html_wrap(full), 'html')), frm=AWS, to=HARUTO[1],
         subject=f"RE:[CASE {H}] {H_subj}", date=U(2026, 2, 19, 8, 5, 11), provider='docomo', to_email=HARUTO[1])

@job
def h5():
    t = ja_resolved(H, H_subj, closed=True)
    emit('case-close-anketo-ja', L('survey', H, [], True, 'ja'),
         body=part(t, charset='iso-2022-jp', cte='7bit'), frm=AWS, to=HARUTO[1],
         subject=f"Amazon Web Services: ケース {H} はクローズされました", subj_cs='iso-2022-jp',
         date=U(2026, 2, 19, 8, 6, 40), provider='docomo', to_email=HARUTO[1])

@job
def h6_credly_ja():
    url = f"https://www.credly.com/earner/earned/badge/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}/accept"
    lines = ["Amazon Web Services Training and Certification から新しいバッジが発行されました。",
             "AWS Certified AI Practitioner",
             "バッジを受け取って、プロフィールで共有しましょう。"]
    t = "小林 陽翔 さん、おめでとうございます!\n\n" + "\n\n".join(lines) + f"\n\nバッジを受け取る: {url}\n"
    emit('credly-badge-hakko-ja', L('credly_badge_issued', None, [], True, 'ja'),
         body=alt(part(t, cte='base64'), part(credly_html("小林 陽翔 さん、おめでとうございます!", lines, "バッジを受け取る", url, 'ja'), 'html', cte='base64')),
         frm=("Amazon Web Services Training and Certification (Credly 経由)", "admin@credly.com"), to=HARUTO[1], auth='credly',
         subject="新しいバッジが発行されました: AWS Certified AI Practitioner",
         date=U(2026, 2, 21, 3, 30, 2), provider='docomo', to_email=HARUTO[1])

# ================================================================ case I (console, EN, Fastmail, 11-digit case)
I = "11873420915"
I_subj = "Merge my two certification accounts"

@job
def i1():
    t = f"""Hello,

Your AWS Support case {I}, "{I_subj}", has been reopened because new correspondence was added.

We'll review it and get back to you through the Support Center:
{console_url(I)}

Amazon Web Services
"""
    emit('old-case-reopened', L('support_reply', I, [], True, 'en'),
         body=part(t), frm=AWS, to=DANIEL[1],
         subject=f"Amazon Web Services: Your Support case {I} has been reopened",
         date=U(2025, 9, 2, 13, 30, 5), provider='fastmail', to_email=DANIEL[1])

@job
def i2():
    t = f"""Hello Daniel,

Thank you for getting back in touch. I checked your certification profile and all of your certifications are showing under AWS05092283 as expected.

The badges, however, were originally issued to the Credly account that uses your old e-mail address, which is why they don't appear on your current Credly profile. I've asked our Credly team to move them over. Once they have done so, Credly will e-mail you so you can accept the badges on your current account; this can take up to five business days.

""" + en_sig("Marisol T.") + f"""
On Tue, Sep 2, 2025 at 9:28 AM Daniel Okafor <d.okafor@fastmail.com> wrote:
> Hi, this is about the merge you did for me back in 2023. My certs look fine
> but my Credly badges are still on the old Credly account (old work email).
> Can they be moved to my current one?
""" + en_tail(I)
    emit('re-case-merge-two-accounts', L('support_reply', I, ['AWS05092283'], True, 'en'),
         body=part(t), frm=AWS, to=DANIEL[1], subject=f"RE:[CASE {I}] {I_subj}",
         date=U(2025, 9, 3, 10, 12, 44), provider='fastmail', to_email=DANIEL[1])

@job
def i3():
    url = "https://www.credly.com/users/daniel-okafor/badges"
    lines = ["3 badges issued by Amazon Web Services Training and Certification have been transferred to your account (d.okafor@fastmail.com).",
             "AWS Certified Solutions Architect - Professional, AWS Certified DevOps Engineer - Professional, AWS Certified Security - Specialty",
             "Accept them to display them on your profile."]
    t = "Hi Daniel,\n\n" + "\n\n".join(lines) + f"\n\nView and accept: {url}\n"
    emit('credly-badges-transferred', L('credly_badge_issued', None, [], True, 'en'),
         body=alt(part(t), part(credly_html("Hi Daniel,", lines, "View and accept", url), 'html')),
         frm=("Credly", "admin@credly.com"), to=DANIEL[1], auth='credly',
         subject="Your badges have been transferred to your account",
         date=U(2025, 9, 8, 15, 47, 21), provider='fastmail', to_email=DANIEL[1])

# ================================================================ unrelated
def ext_auth(frm_email, ip, helo, mailfrom, dkim_d, sel, dmarc='pass', spf='pass', dkim_res='pass', policy=None, gpolicy=None):
    d = dict(spf=spf, dmarc=dmarc, hfrom=frm_email.split('@')[1], mailfrom=mailfrom, ip=ip, helo=helo,
             dkim=[(dkim_d, sel, dkim_res)] if dkim_d else [])
    if policy: d['policy'] = policy
    if gpolicy: d['gpolicy'] = gpolicy
    return d

U1_open = U(2025, 7, 21, 19, 55, 40); U1 = cid(U1_open, '00311')

@job
def u1():
    t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {U1} to address your issue.

The details of your case are as follows:

Case ID: {U1}
Subject: Limit Increase: EC2 Instances
Severity: Normal
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 256
------------
Use case description: Load testing for a product launch next month; we need to scale the fleet temporarily.

To view and respond to your case, please sign in to the AWS Support Center:
{console_url(U1)}

Best regards,
Amazon Web Services
"""
    emit('console-case-ec2-limit', L('unrelated', U1, [], True, 'en'),
         body=part(t), frm=AWS, to=RAHUL[1],
         subject=f"Amazon Web Services: You have opened a new Support case: {U1}",
         date=U1_open + timedelta(seconds=3), provider='gmail', to_email=RAHUL[1])

U2_open = U(2025, 9, 9, 7, 12, 3); U2 = cid(U2_open, '02284')

@job
def u2():
    t = ja_resolved(U2, "8月分の請求額が二重に計上されている")
    emit('billing-case-kaiketsu-ja', L('unrelated', U2, [], True, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=AWS, to=KENJI[1],
         subject=f"Amazon Web Services: ケース {U2} は解決済みになりました",
         date=U(2025, 9, 11, 4, 2, 19), provider='gmail', to_email=KENJI[1])

U3_open = U(2026, 1, 20, 10, 4, 12); U3 = cid(U3_open, '00417')

@job
def u3():
    t = f"""Hello Emily,

Thank you for the Cost Explorer export. The increase you noticed comes from NAT Gateway data processing in eu-west-1: since 14 January, traffic from the analytics subnets to Amazon S3 has been routed through the NAT gateway instead of a gateway VPC endpoint.

Adding an S3 gateway endpoint to those route tables will remove most of these charges. I have also merged the two duplicate cost allocation tags you mentioned ("Project" and "project") in your billing view, so new reports will group them together.

Please let me know if you have any further questions.

""" + en_sig("Tomasz W.") + """
===== Previous correspondence =====
Customer - Tue Jan 20 2026 10:04:12 GMT+0000
Our December bill for account 4821-7765-0913 shows about $1,900 in NAT Gateway charges, roughly 6x our usual. Export attached. Can you tell us what changed?
""" + en_tail(U3)
    emit('re-case-nat-gateway-charges', L('unrelated', U3, [], True, 'en'),
         body=part(t), frm=AWS, to=EMILY[1], subject=f"RE:[CASE {U3}] Unexpected NAT Gateway charges in eu-west-1",
         date=U(2026, 1, 21, 8, 37, 45), provider='outlook', to_email=EMILY[1])

@job
def u4():
    t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request regarding the two detail pages for your product (ASIN B0CX7K2M9Q and ASIN B0D1HV4TLP). The pages have now been merged and all offers appear under ASIN B0CX7K2M9Q. It may take up to 24 hours for the change to be visible to buyers.

If you need further assistance, reply to this case in Seller Central: Help > Case Log.

Was this email helpful?
https://sellercentral.amazon.com/cu/contact-us/survey?caseID=6120947735

We hope to see you again soon.

Thanks,
Ravi
Amazon Services
"""
    emit('seller-central-case-detail-page', L('unrelated', '6120947735', [], True, 'en'),
         body=part(t), frm=("Amazon Services", "seller-answers@amazon.com"), to=MARCUS[1],
         subject="RE:[CASE 6120947735] Merge duplicate detail pages",
         date=U(2025, 5, 20, 11, 6, 19), provider='gmail', to_email=MARCUS[1])

@job
def u5():
    h = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Aiko,</p>
<p><b>AWS Certification wants to hear from you.</b></p>
<p>You recently took an AWS Certification exam. Please take 5 minutes to tell us about your exam experience so we can improve future exams and candidate communications.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/default.aspx?sid=7781&amp;cid=5518842">Take the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:10px;color:#777">Please do not reply to this e-mail. This mailbox is not monitored.</p>
</body></html>
"""
    emit('certmetrics-hear-from-you', L('unrelated', None, [], False, 'en'),
         body=part(h, 'html'), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=AIKO[1],
         auth=ext_auth("do-not-reply@certmetrics.com", '168.245.33.17', 'o3.ptr8841.certmetrics.com',
                       'bounces+2214870-aa31-aiko.tanaka=outlook.jp@em8841.certmetrics.com', 'certmetrics.com', 's1'),
         subject="AWS Certification wants to hear from you", date=U(2025, 10, 20, 16, 0, 12),
         provider='outlook', to_email=AIKO[1])

@job
def u6():
    t = """小林 陽翔 様

Pearson VUE をご利用いただきありがとうございます。以下のとおり試験のご予約を承りました。

試験: AWS Certified Machine Learning Engineer - Associate (MLA-C01)
日時: 2026年3月14日(土) 10:00
会場: オンライン監督試験 (OnVUE)
登録 ID: 462118930

試験開始 30 分前からチェックインが可能です。システムテストを事前に実施してください。
予約の変更・キャンセルは試験開始の 24 時間前までに行ってください。

Pearson VUE カスタマーサービス
"""
    emit('pearson-vue-yoyaku-ja', L('unrelated', None, [], False, 'ja'),
         body=part(t, charset='cp932', declared='shift_jis', cte='base64'),
         frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=HARUTO[1],
         auth=ext_auth("pearsonvuecustomerservice@pearson.com", '159.112.241.36', 'mta-241-36.pearson.com',
                       'bounce@pearson.com', 'pearson.com', 'pvue2023', gpolicy='(p=reject dis=none)'),
         subject="Pearson VUE 試験予約確認", subj_cs='iso-2022-jp',
         date=U(2026, 2, 24, 12, 41, 3), provider='docomo', to_email=HARUTO[1])

@job
def u7():
    t = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/acme-platform/infra-modules/pull/482#event-18227340119
You are receiving this because you authored the thread.
"""
    mid = "<acme-platform/infra-modules/pull/482/issue_event/18227340119@github.com>"
    emit('github-pr-merged', L('unrelated', None, [], False, 'en'),
         body=alt(part(t), part(f'<p>Merged <a href="https://github.com/acme-platform/infra-modules/pull/482">#482</a> into main.</p><p style="font-size:small">&mdash;<br>Reply to this email directly, <a href="https://github.com/acme-platform/infra-modules/pull/482#event-18227340119">view it on GitHub</a>.</p>\n', 'html')),
         frm=("Jonas Becker", "notifications@github.com"), to="acme-platform/infra-modules <infra-modules@noreply.github.com>",
         cc=f"Rahul Mehta <{RAHUL[1]}>, Author <author@noreply.github.com>",
         auth=ext_auth("notifications@github.com", '192.30.252.204', 'out-21.smtp.github.com',
                       'noreply@github.com', 'github.com', 'pf2023', policy='p=REJECT sp=REJECT dis=NONE'),
         subject="Re: [acme-platform/infra-modules] Merge account-baseline module into shared stack (PR #482)",
         msgid=mid, in_reply_to="<acme-platform/infra-modules/pull/482@github.com>",
         references="<acme-platform/infra-modules/pull/482@github.com>",
         date=U(2025, 6, 12, 8, 14, 55), provider='gmail', to_email=RAHUL[1])

@job
def u8():
    t = """Kenji Watanabe merged merge request !77 at tokyo-dev / aws-cert-study-notes

Project: https://gitlab.com/tokyo-dev/aws-cert-study-notes
Merge request: https://gitlab.com/tokyo-dev/aws-cert-study-notes/-/merge_requests/77
Branches: merge-saa-and-dva-notes to main

You're receiving this email because of your account on gitlab.com.
"""
    emit('gitlab-mr-merged', L('unrelated', None, [], False, 'en'),
         body=part(t), frm=("Kenji Watanabe", "gitlab@mg.gitlab.com"), to=KENJI[1],
         auth=ext_auth("gitlab@mg.gitlab.com", '192.237.158.143', 'mail-158-143.mg.gitlab.com',
                       'bounce+6f1a2b.f1e77-kenji.watanabe.dev=gmail.com@mg.gitlab.com', 'mg.gitlab.com', 'mailo'),
         subject="Re: aws-cert-study-notes | Merge SAA and DVA notes into one folder (!77)",
         in_reply_to="<merge_request_312998811@gitlab.com>", references="<merge_request_312998811@gitlab.com>",
         date=U(2025, 8, 30, 6, 2, 11), provider='gmail', to_email=KENJI[1])

@job
def u9():
    t = """Hi Emily,

Quick one - you mentioned before Christmas that you ended up with two cert profiles because of the company exam voucher. Did support ever sort that out for you? I think I'm in the same boat (one from my last job, one that HR created) and I don't want to book the SAP exam on the wrong one.

Also, which form did you use? The contact page has about five different options.

Thanks!
Owen

--
Owen Fitzgerald | Senior Data Engineer
Northwind Analytics
"""
    emit('internal-two-cert-profiles', L('unrelated', None, [], None, 'en'),
         body=part(t, cte='7bit'), frm=("Owen Fitzgerald", "owen.fitzgerald@northwind-analytics.com"), to=EMILY[1],
         auth=None, mailfrom="owen.fitzgerald@northwind-analytics.com",
         subject="two cert profiles?", msgid="<PH0PR12MB7733E1A2C4D9B0F1@PH0PR12MB7733.namprd12.prod.outlook.com>",
         date=U(2026, 1, 12, 15, 21, 0), provider='internal', to_email=EMILY[1])

@job
def u10():
    t = """AWS Builder ID の確認

確認コード: 583017

このコードは 10 分間有効です。

このリクエストを行っていない場合は、このメールを無視してください。

Amazon Web Services
"""
    emit('builder-id-kakunin-code-ja', L('unrelated', None, [], True, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')),
         frm=("AWS", "no-reply@signin.aws"), to=AIKO[1],
         auth=ext_auth("no-reply@signin.aws", '54.240.8.110', 'a8-110.smtp-out.amazonses.com',
                       f"{ses_id(U(2025, 10, 9, 0, 12, 7))}@amazonses.com", 'signin.aws', 'vx5sgqtp3hkcdvkfudyo2rpgrn2evgf3'),
         subject="AWS Builder ID の確認コード", date=U(2025, 10, 9, 0, 12, 7), provider='outlook', to_email=AIKO[1])

@job
def u11():
    t = """AWS Training and Certification - November 2025

New this month
- AWS Certified Generative AI Developer - Professional (beta) registration is open.
- Exam Prep Plans for Solutions Architect - Associate now include an official practice exam.
- Reminder: if you hold more than one certification account, sign in with the one that holds your active certifications before you book your next exam.

Earn a 50% discount: after you pass an AWS Certification exam, find your exam benefit voucher in your Certification Account under Benefits.

Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    emit('tc-monthly-newsletter', L('unrelated', None, [], True, 'en'),
         body=alt(part(t), part(html_wrap(t, 'AWS Training and Certification'), 'html')),
         frm=("AWS Training and Certification", "aws-training-and-certification@amazon.com"), to=MARCUS[1],
         subject="What's new in AWS Training and Certification this month", date=U(2025, 11, 6, 17, 0, 4),
         provider='gmail', to_email=MARCUS[1])

@job
def u12():
    lines = ["Your AWS Certified Security - Specialty badge expires on October 22, 2025.",
             "To keep your credential active, complete the recertification requirements before the expiration date."]
    url = "https://www.credly.com/users/daniel-okafor/badges"
    t = "Hi Daniel,\n\n" + "\n\n".join(lines) + f"\n\nView badge: {url}\n"
    emit('credly-badge-expiring', L('unrelated', None, [], True, 'en'),
         body=alt(part(t), part(credly_html("Hi Daniel,", lines, "View badge", url), 'html')),
         frm=("Credly", "admin@credly.com"), to=DANIEL[1], auth='credly',
         subject="Your badge is expiring soon", date=U(2025, 9, 22, 14, 0, 9), provider='fastmail', to_email=DANIEL[1])

@job
def u13():
    lines = ["We received a request to merge another Credly account into this one.",
             "Your verification code is: 482913",
             "Enter this code to complete the account merge. If you didn't request this, you can ignore this email."]
    url = "https://www.credly.com/earner/settings/account-merge"
    t = "Hi Emily,\n\n" + "\n\n".join(lines) + f"\n\nComplete Account Merge: {url}\n"
    emit('credly-merge-code', L('unrelated', None, [], True, 'en'),
         body=alt(part(t), part(credly_html("Hi Emily,", lines, "Complete Account Merge", url), 'html')),
         frm=("Credly", "admin@credly.com"), to=EMILY[1], auth='credly',
         subject="Your Credly account merge verification code", date=U(2026, 1, 8, 19, 2, 51),
         provider='outlook', to_email=EMILY[1])

@job
def u14():
    fake = "176102847700318"
    t = f"""Hello,

We have opened case {fake} regarding your Amazon Web Services account.

Case ID: {fake}
Subject: Account suspended - unpaid invoice
Severity: Urgent

Your AWS account has been temporarily suspended because we were unable to charge your payment method for invoice #EUINGB25-2291047. To avoid permanent termination of your resources, update your payment information within 24 hours:

https://console-aws.billing-verify-center.com/support/home#/case/?displayId={fake}

Best regards,
Amazon Web Services
"""
    emit('console-case-account-suspended', L('unrelated', fake, [], False, 'en'),
         body=part(t), frm=("Amazon Web Services", "no-reply-aws@billing-verify-center.com"), to=RAHUL[1],
         auth=ext_auth("no-reply-aws@billing-verify-center.com", '45.142.122.91', 'mail.billing-verify-center.com',
                       'bounce@billing-verify-center.com', None, None, dmarc='none', spf='neutral', policy='p=NONE sp=NONE dis=NONE'),
         subject=f"Amazon Web Services: You have opened a new Support case: {fake}",
         date=U(2025, 10, 23, 2, 11, 40), provider='gmail', to_email=RAHUL[1])

# ================================================================ phishing with merge content
@job
def p1():
    fake = "174918300400552"
    url = f"https://support-center.amazon-supportcenter.com/case/confirm?displayId={fake}"
    t = f"""Hello,

To finish merging your AWS Certification accounts, we need you to confirm the request below.

  Account kept: AWS04417385
  Account merged and removed: AWS07731590

Please note that this operation cannot be reversed. Confirm within 48 hours by signing in to the Support Center, otherwise the request will be cancelled and your certifications may be suspended:
{url}

We value your feedback. Please share your experience by rating this correspondence.

Best regards,
Amazon Web Services
===================================================================
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    emit('re-case-action-required', L('merge_confirmation_requested', fake, ['AWS04417385', 'AWS07731590'], False, 'en'),
         body=alt(part(t), part(html_wrap(t), 'html')), frm=("Amazon Web Services", "no-reply-aws@amazon-supportcenter.com"),
         to=RAHUL[1],
         auth=ext_auth("no-reply-aws@amazon-supportcenter.com", '91.215.85.17', 'mx1.amazon-supportcenter.com',
                       'bounces@amazon-supportcenter.com', 'amazon-supportcenter.com', 'default', policy='p=NONE sp=NONE dis=NONE'),
         subject=f"RE:[CASE {fake}] Action required: confirm certification account merge",
         date=U(2025, 6, 6, 3, 40, 18), provider='gmail', to_email=RAHUL[1])

@job
def p2():
    fake = "175559218800614"
    url = "https://aws-support-jp.case-confirm.info/ja/support/home?displayId=" + fake
    t = f"""渡辺 様

AWS トレーニングと認定サポートです。

ご依頼のあった認定アカウントの統合について、最終確認が完了しておりません。以下の内容でよろしければ、24 時間以内にサポートセンターにサインインして承認してください。期限を過ぎると統合依頼は取り消され、両方のアカウントが一時停止されます。

・残すアカウント: AWS02873310
・統合されるアカウント: AWS03319958

統合は元に戻すことができません。

承認はこちら: {url}

Amazon Web Services
"""
    emit('re-case-togo-saishu-kakunin-ja', L('merge_confirmation_requested', fake, ['AWS02873310', 'AWS03319958'], False, 'ja'),
         body=alt(part(t, cte='base64'), part(html_wrap(t), 'html', cte='base64')), frm=AWS, to=KENJI[1],
         auth=dict(spf='softfail', dmarc='fail', hfrom='amazon.com', mailfrom='info@tk-mailer.xyz', ip='103.151.72.44',
                   helo='vps2241.tk-mailer.xyz', dkim=[], policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'),
         forged_lower_ar="amazon.com;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com",
         subject=f"【重要】RE:[CASE {fake}] アカウント統合の最終確認", subj_cs='utf-8',
         msgid=f"<{ses_id(U(2025, 8, 27, 11, 3, 0))}@email.amazonses.com>",
         date=U(2025, 8, 27, 11, 3, 0), provider='gmail', to_email=KENJI[1])

@job
def p3():
    fake = "176530211800417"
    t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {fake} to address your issue.

Case ID: {fake}
Subject: Certification account merge request
Severity: General guidance

To view your case and upload the identity documents required for the merge, sign in here:
https://aws-case-notify.com/support/signin?displayId={fake}

Best regards,
Amazon Web Services
"""
    emit('new-support-case-notify', L('case_created', fake, [], False, 'en'),
         body=part(t), frm=("AWS Support", "support@aws-case-notify.com"), to=EMILY[1],
         auth=ext_auth("support@aws-case-notify.com", '185.225.17.203', 'smtp.aws-case-notify.com',
                       'support@aws-case-notify.com', None, None, dmarc='none'),
         subject=f"Amazon Web Services: You have opened a new Support case: {fake}",
         date=U(2025, 12, 9, 17, 28, 41), provider='outlook', to_email=EMILY[1])

@job
def p4():
    fake = "174169880200114"
    h = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your AWS Support case <b>{fake}</b> has been resolved.</p>
<p><b>How did we do?</b> Rate your support experience and receive a <b>$50 AWS Promotional Credit</b> as a thank-you.</p>
<p><a href="https://feedback-survey.info/aws/rate?case={fake}">&#9733;&#9733;&#9733;&#9733;&#9733; Rate now</a></p>
<p>You will be asked to sign in with your AWS root credentials to apply the credit.</p>
<p>Amazon Web Services</p>
</body></html>
"""
    emit('how-did-we-do-case-resolved', L('survey', fake, [], False, 'en'),
         body=part(h, 'html'), frm=("AWS Support Feedback", "no-reply-aws@amazon.com.feedback-survey.info"), to=MARCUS[1],
         auth=ext_auth("no-reply-aws@amazon.com.feedback-survey.info", '23.94.58.140', 'mail.feedback-survey.info',
                       'no-reply-aws@amazon.com.feedback-survey.info', 'amazon.com.feedback-survey.info', 'mail',
                       policy='p=NONE sp=NONE dis=NONE'),
         subject=f"How did we do? Your case {fake} has been resolved",
         date=U(2025, 3, 18, 22, 15, 3), provider='gmail', to_email=MARCUS[1])

@job
def p5():
    t = """田中 愛子 様

AWS トレーニングと認定です。

お客様の認定アカウントは AWS05518842 に統合されました。統合に伴い、認定資格の本人確認を再度行う必要があります。

72 時間以内に以下のページからサインインし、本人確認書類をアップロードしてください。手続きが完了しない場合、認定資格が失効する可能性があります。

https://aws-certification-jp.com/account/verify

AWS トレーニングと認定
"""
    emit('aws-nintei-togo-oshirase-ja', L('merge_completed', None, ['AWS05518842'], False, 'ja'),
         body=part(t, cte='base64'), frm=("AWS トレーニングと認定", "no-reply@aws-certification-jp.com"), to=AIKO[1],
         auth=ext_auth("no-reply@aws-certification-jp.com", '194.87.31.12', 'mx.aws-certification-jp.com',
                       'no-reply@aws-certification-jp.com', None, None, dmarc='none'),
         subject="【AWS認定】アカウント統合完了のお知らせと本人確認のお願い",
         date=U(2025, 10, 9, 23, 50, 27), provider='outlook', to_email=AIKO[1])

@job
def p6():
    url = "https://credly-notifications.net/badge/accept?u=d.okafor"
    lines = ["Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Professional.",
             "Sign in to accept your badge before it expires in 48 hours."]
    t = "Hi Daniel,\n\n" + "\n\n".join(lines) + f"\n\nAccept your badge: {url}\n"
    emit('credly-new-badge-issued', L('credly_badge_issued', None, [], False, 'en'),
         body=alt(part(t), part(credly_html("Hi Daniel,", lines, "Accept your badge", url), 'html')),
         frm=("Amazon Web Services Training and Certification via Credly", "admin@credly-notifications.net"), to=DANIEL[1],
         auth=ext_auth("admin@credly-notifications.net", '5.253.18.77', 'mail.credly-notifications.net',
                       'admin@credly-notifications.net', 'credly-notifications.net', 'k1', dmarc='pass'),
         subject="You've been issued a new badge", date=U(2025, 9, 10, 5, 20, 33), provider='fastmail', to_email=DANIEL[1])

# ================================================================ main
if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(jobs)
    random.Random(30).shuffle(order)
    for j in order:
        j()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(LABELS), 'files')
