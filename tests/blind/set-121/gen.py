#!/usr/bin/env python3
"""Generate blind test set 121: AWS Support Center console mail around
AWS Certification account merges (plus look-alikes). Writes NNN-slug.eml
files and labels.json into this folder."""
import base64
import json
import os
import quopri
import random
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from email import policy as _policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(121)
UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
LABELS = {}

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


# ---------------------------------------------------------------- basics
def dt(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def cid15(d, suf):
    return f"{int(d.timestamp())}{suf:05d}"


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(a) for _ in range(n))


def rfc(d, tz=None):
    return format_datetime(d.astimezone(tz) if tz else d)


def rfc_pt(d):
    x = d.astimezone(PT)
    return format_datetime(x) + (' (PDT)' if x.dst() else ' (PST)')


def rfc_jst(d):
    return format_datetime(d.astimezone(JST)) + ' (JST)'


def ses_ids(d):
    ms = int(d.timestamp() * 1000)
    core = f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"
    return f"<{core}@email.amazonses.com>", f"{core}@amazonses.com"


def enc_subject(s, charset='utf-8'):
    """Encoded-word subject, folded over several lines when long."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name='Subject').encode()


def enc_name(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"'):
            name = '"' + name + '"'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"


def fold(s):
    """Fold a long structured header value at '; ' boundaries."""
    return s.replace('; ', ';\n\t')


# ---------------------------------------------------------------- bodies
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    b = text.encode(CODECS[charset])
    if cte == 'base64':
        payload = base64.encodebytes(b).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(b).decode('ascii')
    elif cte == '7bit':
        payload = b.decode('ascii')
    elif cte == '8bit':
        payload = b.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p = MIMENonMultipart('text', subtype, charset=label or charset)
    del p['MIME-Version']
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(*parts):
    m = MIMEMultipart('alternative')
    del m['MIME-Version']
    m.set_boundary('----=_Part_' + str(R.randint(10**6, 10**7)) + '_' + str(R.randint(10**8, 10**9)) + '.' + str(R.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart('mixed')
    del m['MIME-Version']
    m.set_boundary('=_mixed_' + rhex(24))
    for p in parts:
        m.attach(p)
    return m


def html_wrap(inner, lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,'
            f'sans-serif;font-size:14px;color:#16191f">\n{inner}\n</body></html>\n')


# ---------------------------------------------------------------- senders
def sender_ses_amazon(d, from_dom='amazon.com'):
    mid, rp = ses_ids(d)
    n = R.choice([33, 34, 35, 36, 40, 41, 42, 43, 44, 45])
    return dict(ip=f'54.240.8.{n}', helo=f'a8-{n}.smtp-out.amazonses.com', mailfrom=rp,
                mailfrom_dom='amazonses.com', mid=mid, from_dom=from_dom,
                dkim=[('amazon.com', 'szqgv33erturdv5cvz4vtqgp7nbkh6na'),
                      ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')],
                dmarc_policy='QUARANTINE', ses=True)


def sender_credly(d):
    n = R.randint(10, 250)
    return dict(ip=f'167.89.{R.randint(100, 120)}.{n}', helo=f'o{R.randint(1, 9)}.email.credly.com',
                mailfrom=f'bounces+1877{R.randint(100, 999)}-{rhex(4)}-{{rcpt}}@email.credly.com',
                mailfrom_dom='email.credly.com', from_dom='credly.com',
                mid=f'<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>',
                dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
                dmarc_policy='REJECT', ses=False)


def sender_generic(dom, ip, helo, mailfrom, mid, dkim, policy='NONE'):
    return dict(ip=ip, helo=helo, mailfrom=mailfrom, mailfrom_dom=mailfrom.split('@')[1],
                from_dom=dom, mid=mid, dkim=dkim, dmarc_policy=policy, ses=False)


def dkim_headers(s, d, hlist='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    out = []
    t = int(d.timestamp())
    for dom, sel in s['dkim']:
        out.append(('DKIM-Signature',
                    f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={dom}; t={t};\n'
                    f'\th={hlist};\n\tbh={rb64(43)}=;\n\tb={rb64(64)}\n\t{rb64(64)}\n\t{rb64(44)}='))
    return out


# ------------------------------------------------- receiving provider chains
def chain_gmail(s, rcpt, d, dkim='pass', spf='pass', dmarc='pass', hdr_from_dom=None):
    hfd = hdr_from_dom or s['from_dom']
    mf = s['mailfrom'].replace('{rcpt}', rcpt.replace('@', '='))
    d1 = d + timedelta(seconds=R.randint(1, 4))
    parts = []
    for dom, sel in s['dkim']:
        parts.append(f"dkim={dkim} header.i=@{dom} header.s={sel} header.b={ralnum(8)}")
    spf_txt = (f"spf={spf} (google.com: domain of {mf} designates {s['ip']} as permitted sender) smtp.mailfrom={mf}"
               if spf == 'pass' else
               f"spf={spf} (google.com: domain of {mf} does not designate {s['ip']} as permitted sender) smtp.mailfrom={mf}")
    pol = s['dmarc_policy']
    dm = f"dmarc={dmarc} (p={pol} sp={pol} dis={'NONE' if dmarc == 'pass' else pol}) header.from={hfd}"
    ar = 'mx.google.com;\n       ' + ';\n       '.join(parts + [spf_txt, dm])
    gid = f"{ralnum(2).lower()}{R.randint(10, 99)}-{ralnum(14).lower()}{R.randint(100, 999)}.{R.randint(100, 999)}"
    return [
        ('Delivered-To', rcpt),
        ('Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(14).lower()};\n        {rfc_pt(d1)}"),
        ('X-Google-Smtp-Source', f"AGHT+I{rb64(60)}"),
        ('X-Received', f"by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(14).lower()};\n        {rfc_pt(d1)}"),
        ('ARC-Seal', f"i=1; a=rsa-sha256; t={int(d1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}=="),
        ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(70)}\n         {rb64(30)}=="),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', f"<{mf}>"),
        ('Received', f"from {s['helo']} ({s['helo']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {gid}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc_pt(d1)}"),
        ('Received-SPF', (f"{spf} (google.com: domain of {mf} designates {s['ip']} as permitted sender) client-ip={s['ip']};"
                          if spf == 'pass' else
                          f"{spf} (google.com: domain of transitioning {mf} does not designate {s['ip']} as permitted sender) client-ip={s['ip']};")),
        ('Authentication-Results', ar),
    ]


def chain_outlook(s, rcpt, d, dkim='pass', spf='pass', dmarc='pass', hdr_from_dom=None, consumer=True):
    hfd = hdr_from_dom or s['from_dom']
    mf_dom = s['mailfrom_dom']
    d1 = d + timedelta(seconds=R.randint(1, 5))
    reg = R.choice(['namprd04', 'namprd12', 'namprd11', 'apcprd06', 'jpnprd01'] if not consumer else ['namprd04', 'namprd12', 'namprd19'])
    box = f"{R.choice(['SA1', 'DM6', 'PH7', 'BY5', 'TYC', 'OS3'])}PR{R.randint(10, 19)}MB{R.randint(1000, 9999)}.{reg}.prod.outlook.com"
    fe = f"{R.choice(['BN9', 'MW4', 'CH2', 'TY2'])}PR{R.randint(10, 99)}CA{R.randint(1000, 9999):04d}.{reg}.prod.outlook.com"
    edge = f"{R.choice(['BN2', 'CO1', 'SN1', 'TY2'])}PEPF{R.randint(10**7, 10**8)}.{reg}.prod.outlook.com"
    dkim_d = s['dkim'][0][0]
    dk = 'pass (signature was verified)' if dkim == 'pass' else ('fail (body hash did not verify)' if dkim == 'fail' else 'none (message not signed)')
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    action = 'none' if dmarc == 'pass' else ('quarantine' if s['dmarc_policy'] == 'QUARANTINE' else 'oreject')
    spf_txt = (f"spf={spf} (sender IP is {s['ip']})" if spf == 'pass' else
               f"spf={spf} (sender IP is {s['ip']})")
    ar = (f"{spf_txt}\n smtp.mailfrom={mf_dom}; dkim={dk}\n header.d={dkim_d};dmarc={dmarc} action={action}\n"
          f" header.from={hfd};compauth={comp}")
    ver = f"15.20.{R.randint(8600, 8900)}.{R.randint(10, 40)}"
    return [
        ('Received', f"from {box}\n (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) by {box.replace(box[:4], 'LV3P')} with\n HTTPS; {rfc(d1 + timedelta(seconds=2))}"),
        ('Received', f"from {fe} ({'2603:10b6:408:fe::' + rhex(2)}) by\n {box} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(d1 + timedelta(seconds=1))}"),
        ('Received', f"from {edge}\n (2603:10b6:408:fe:cafe::{rhex(2)}) by {fe.replace('.prod.outlook.com', '.outlook.office365.com')}\n (2603:10b6:408:fe::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfc(d1)}"),
        ('Authentication-Results', ar),
        ('Received-SPF', f"{'Pass' if spf == 'pass' else spf.capitalize()} (protection.outlook.com: domain of {mf_dom}\n designates {s['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={s['ip']};\n helo={s['helo']}; pr=C"),
        ('Received', f"from {s['helo']} ({s['ip']}) by\n {edge.replace('.' + reg + '.prod.outlook.com', '.mail.protection.outlook.com')} (10.167.{R.randint(200, 250)}.{R.randint(1, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver}\n via Frontend Transport; {rfc(d1)}"),
    ]


def chain_jp(s, rcpt, d, host, authserv, dkim='pass', spf='pass', dmarc='pass', hdr_from_dom=None, style='a'):
    """Japanese ISP / hosting style (Postfix, JST timestamps)."""
    hfd = hdr_from_dom or s['from_dom']
    mf = s['mailfrom'].replace('{rcpt}', rcpt.replace('@', '='))
    d1 = d + timedelta(seconds=R.randint(1, 6))
    dkim_d, dkim_s = s['dkim'][0]
    if style == 'a':
        ar = (f"{authserv}; spf={spf} smtp.mailfrom={mf};\n\tdkim={dkim} header.d={dkim_d} header.s={dkim_s} header.b={ralnum(8)};\n"
              f"\tdmarc={dmarc} (p={s['dmarc_policy'].lower()} dis=none) header.from={hfd}")
    else:
        ar = (f"{authserv};\n\tspf={spf} smtp.mailfrom={mf_dom(mf)};\n\tdkim={dkim} header.i=@{dkim_d};\n"
              f"\tdmarc={dmarc} header.from={hfd}")
    qid = ralnum(12).upper()
    return [
        ('Return-Path', f"<{mf}>"),
        ('Delivered-To', rcpt),
        ('Received', f"from {host} (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {qid[:10]}\n\tfor <{rcpt}>; {rfc_jst(d1 + timedelta(seconds=1))}"),
        ('Authentication-Results', ar),
        ('Received', f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby {host} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {rfc_jst(d1)}"),
    ]


def mf_dom(mf):
    return mf.split('@')[1]


def chain_none(rcpt, d, host='mail.example-relay.internal'):
    """Corporate gateway that adds no Authentication-Results header."""
    d1 = d + timedelta(seconds=R.randint(2, 9))
    return [
        ('Received', f"from mx-gw02.{rcpt.split('@')[1]} (mx-gw02.{rcpt.split('@')[1]} [10.20.{R.randint(1, 9)}.{R.randint(2, 250)}])\n\tby mbox01.{rcpt.split('@')[1]} (Dovecot) with LMTP id {ralnum(16)}\n\tfor <{rcpt}>; {rfc(d1)}"),
    ]


# ---------------------------------------------------------------- writing
def write(n, slug, body, hdrs, label):
    name = f"{n:03d}-{slug}.eml"
    head = ''.join(f"{k}: {v}\n" for k, v in hdrs)
    head.encode('ascii')  # headers must be 7-bit
    raw = head.encode('ascii') + b'MIME-Version: 1.0\n' + body.as_bytes(policy=_policy.compat32)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(raw)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[name] = {k: lab[k] for k in ('kind', 'case_id', 'account_ids', 'sender_verified', 'language')}


def aws_mail(n, slug, body, *, d, rcpt, to_hdr, subject, chain, label, subj_charset='utf-8',
             from_hdr='Amazon Web Services <no-reply-aws@amazon.com>', sender=None, chain_kw=None,
             extra=None):
    """A mail sent by AWS through SES and received by provider `chain`."""
    s = sender or sender_ses_amazon(d)
    kw = chain_kw or {}
    top = chain(s, rcpt, d, **kw) if chain is not chain_none else chain_none(rcpt, d)
    hdrs = list(top)
    if chain is chain_none:
        hdrs.append(('Received', f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby mx-gw02.{rcpt.split('@')[1]} with ESMTPS id {ralnum(12)}\n\tfor <{rcpt}>; {rfc(d + timedelta(seconds=2))}"))
    hdrs += dkim_headers(s, d)
    hdrs += [('Date', rfc(d)), ('From', from_hdr), ('To', to_hdr),
             ('Subject', enc_subject(subject, subj_charset)), ('Message-ID', s['mid'])]
    if extra:
        hdrs += extra
    if s.get('ses'):
        hdrs += [('Feedback-ID', f"::1.us-east-1.{ralnum(43)}=:AmazonSES"),
                 ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + f"-{s['ip']}")]
    write(n, slug, body, hdrs, label)


def L(kind, case, ids, ver, lang):
    return dict(kind=kind, case_id=case, account_ids=ids, sender_verified=ver, language=lang)


# ================================================================= templates
CONSOLE_FOOT_EN = """
======================================================================
Please note: this e-mail was sent from an address that cannot accept
incoming e-mail. To update this case, please use the link above.
======================================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
"""

CONSOLE_FOOT_JA = """
======================================================================
このメールは送信専用のアドレスから送信されています。このメールに返信
されても対応いたしかねます。ケースを更新する場合は上記のリンクを
ご利用ください。
======================================================================

アマゾン ウェブ サービス ジャパン合同会社
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

RATE_EN = """We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the
stars in top right corner of each correspondence within the AWS Support
Center.
"""

RATE_JA = """お客様のご意見をお聞かせください。本メール末尾の AWS サポートセンターの
リンクから、この回答の評価にご協力をお願いいたします。サポートセンターでは、
各回答の右上にある星を選択して評価することもできます。
"""


def link(cid, lang='en'):
    return f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}"


def reply_tail_en(cid):
    return f"""
{RATE_EN}
Best regards,
{{agent}}
Amazon Web Services

======================================================================
To contact us again about this case, please return to the AWS Support
Center using the following URL:

{link(cid)}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mail. Please use the link above if you need to contact us
again about this same issue.
======================================================================
"""


def reply_tail_ja(cid):
    return f"""
{RATE_JA}
======================================================================
本ケースについて再度お問い合わせいただく場合は、以下の URL から
AWS サポートセンターにアクセスしてください:

{link(cid, 'ja')}

（フェデレーションで接続している場合は、リンクを開く前にサインインしてください。）

※このメールは送信専用のアドレスから送信されています。同じ件について
ご連絡いただく場合は、上記リンクをご利用ください。
======================================================================
"""


def box(title, entries, width=70):
    """Console-style boxed correspondence history."""
    line = '+' + '-' * (width - 2) + '+'
    out = [line, '| ' + title, line]
    for head, text in entries:
        out.append('| ' + head)
        out.append('|')
        for t in text.strip('\n').split('\n'):
            out.append(('| ' + t).rstrip())
        out.append(line)
    return '\n'.join(out) + '\n'


# ================================================================= personas
YUKI = ('yuki.sato.cloud@gmail.com', '佐藤 由紀')
DAN = ('d.brooks@outlook.com', 'Daniel Brooks')
KENTA = ('kenta.tanaka@minatosoft.co.jp', '田中 健太')
PRIYA = ('priya.raman.dev@gmail.com', 'Priya Raman')
AYA = ('aya-suzuki@kyb.biglobe.ne.jp', '鈴木 彩')
MARCO = ('marco.bianchi@fenwicklabs.eu', 'Marco Bianchi')
SHO = ('sho.yamamoto@nifty.com', '山本 翔')
SOPHIE = ('sophie.martin.it@gmail.com', 'Sophie Martin')
OLIVIA = ('olivia.chen@harborview-analytics.com', 'Olivia Chen')

# ================================================================= case A (ja, gmail)
A_OPEN = dt('2025-05-20 00:12:33')
A = cid15(A_OPEN, 814)
A_SUBJ = 'AWS認定アカウントの統合のお願い'
A_USER_TEXT = """AWS認定のアカウントが2つあることに気づきました。
AWS04518327（現在の会社のメールアドレスで登録）と、AWS09273641（以前の
個人アドレスで登録）です。AWS04518327 の方に1つにまとめていただけますか。
よろしくお願いいたします。
佐藤"""

# 001 case opened (ja)
t = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
お客様の問題に対応するため、ケース {A} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {A}
件名: {A_SUBJ}
重要度: 一般的なご質問
通信内容:
{A_USER_TEXT}

お問い合わせは受け付けた順に対応いたします。担当者からの回答をお待ちください。

ケースの確認や更新は、以下の URL から行えます:
{link(A, 'ja')}

Amazon Web Services をご利用いただきありがとうございます。

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(1, 'console-case-opened-ja', part(t, cte='base64'), d=A_OPEN + timedelta(seconds=3),
         rcpt=YUKI[0], to_hdr=YUKI[0], chain=chain_gmail,
         subject=f'Amazon Web Services: 新しいサポートケースが作成されました: {A}',
         label=L('case_created', A, ['AWS04518327', 'AWS09273641'], True, 'ja'))

# 002 new correspondence notice only (ja)
d = dt('2025-05-21 02:40:12')
t = f"""お客様

お客様のサポートケース {A} に新しい通信が追加されました。

内容を確認するには、AWS サポートセンターにサインインしてください:
{link(A, 'ja')}

（フェデレーションで接続している場合は、リンクを開く前にサインインしてください。）

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(2, 'case-new-correspondence-ja', part(t), d=d, rcpt=YUKI[0], to_hdr=YUKI[0], chain=chain_gmail,
         subject=f'[ケース {A}] 新しい通信が追加されました',
         label=L('support_reply', A, [], True, 'ja'))

# 003 agent asks to confirm the merge (ja, ISO-2022-JP)
d = dt('2025-05-21 02:41:05')
t = f"""佐藤 由紀 様

AWS トレーニングと認定 サポート担当の森でございます。
お問い合わせいただきありがとうございます。

ご依頼の認定アカウントの統合について、作業の前に以下の内容をご確認ください。

　・統合後も残るアカウント（プライマリ）　：AWS04518327
　・プライマリへ統合されるアカウント　　　：AWS09273641

統合を行うと、AWS09273641 の認定資格、試験の履歴および特典は
AWS04518327 へまとめられ、AWS09273641 は今後ご利用いただけなくなります。
この処理は一度実施すると取り消すことができません。

上記の内容で問題がなければ、本ケースにて「内容に相違ありません。統合を
進めてください」とサポートセンターからご返信ください。ご返信を確認
いたしましたら、作業を開始いたします。

何卒よろしくお願いいたします。

森
Amazon Web Services
""" + reply_tail_ja(A) + "\n" + box('これまでの通信', [
    ('2025/05/20 09:12 (JST) お客様:', A_USER_TEXT)])
aws_mail(3, 're-case-confirm-merge-ja', part(t, charset='iso-2022-jp', cte='7bit'), d=d,
         rcpt=YUKI[0], to_hdr=YUKI[0], chain=chain_gmail, subj_charset='iso-2022-jp',
         subject=f'RE:[CASE {A}] {A_SUBJ}',
         label=L('merge_confirmation_requested', A, ['AWS04518327', 'AWS09273641'], True, 'ja'))

# 004 merge done (ja, multipart/alternative)
d = dt('2025-05-22 07:05:44')
t = f"""佐藤 由紀 様

AWS トレーニングと認定 サポート担当の森でございます。
ご確認のご返信をいただき、ありがとうございました。

ご依頼いただいたアカウントの統合作業が完了いたしましたのでお知らせいたします。
AWS09273641 に登録されていた認定資格と試験履歴は、すべて AWS04518327 に
移行済みです。旧アカウントへのサインインはできなくなっております。

お手数ですが、AWS Certification アカウントに改めてサインインし、認定資格が
表示されていることをご確認ください。Credly のデジタルバッジにつきましては、
数日以内に Credly から別途メールが届く予定です。

ほかにご不明な点がございましたら、本ケースよりお気軽にお知らせください。

森
Amazon Web Services
""" + reply_tail_ja(A)
h = html_wrap(f"""<p>佐藤 由紀 様</p>
<p>AWS トレーニングと認定 サポート担当の森でございます。<br>ご確認のご返信をいただき、ありがとうございました。</p>
<p>ご依頼いただいたアカウントの統合作業が<b>完了いたしました</b>のでお知らせいたします。<br>
AWS09273641 に登録されていた認定資格と試験履歴は、すべて AWS04518327 に移行済みです。旧アカウントへのサインインはできなくなっております。</p>
<p>お手数ですが、AWS Certification アカウントに改めてサインインし、認定資格が表示されていることをご確認ください。
Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。</p>
<p>森<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#545b64">{RATE_JA}</p>
<p style="font-size:12px"><a href="{link(A, 'ja')}">AWS サポートセンターでケースを表示</a></p>""", 'ja')
aws_mail(4, 're-case-merge-done-ja', alt(part(t), part(h, 'html')), d=d, rcpt=YUKI[0], to_hdr=YUKI[0],
         chain=chain_gmail, subject=f'RE:[CASE {A}] {A_SUBJ}',
         label=L('merge_completed', A, ['AWS04518327', 'AWS09273641'], True, 'ja'))

# 005 case resolved + questionnaire (ja)
d = dt('2025-05-25 07:10:02')
t = f"""お客様

サポートケース {A}（件名: {A_SUBJ}）は解決済みとなりました。

今回のサポートについて、簡単なアンケートへのご協力をお願いいたします
（所要時間は1分ほどです）。

　問題は解決しましたか？
　はい: https://support-feedback.aws.amazon.com/survey?caseId={A}&r=1&lang=ja
　いいえ: https://support-feedback.aws.amazon.com/survey?caseId={A}&r=0&lang=ja

問題が解決していない場合は、サポートセンターからケースを再開できます:
{link(A, 'ja')}

Amazon Web Services をご利用いただきありがとうございます。
{CONSOLE_FOOT_JA}"""
aws_mail(5, 'case-resolved-questionnaire-ja', part(t, cte='base64'), d=d, rcpt=YUKI[0], to_hdr=YUKI[0],
         chain=chain_gmail, subject=f'Amazon Web Services: サポートケース {A} は解決済みになりました',
         label=L('survey', A, [], True, 'ja'))


def credly_mail(n, slug, body, *, d, rcpt, to_hdr, subject, chain, label, chain_kw=None,
                from_hdr='Amazon Web Services Training and Certification via Credly <admin@credly.com>',
                sender=None, extra=None):
    s = sender or sender_credly(d)
    hdrs = list(chain(s, rcpt, d, **(chain_kw or {})))
    hdrs += dkim_headers(s, d, 'from:subject:mime-version:content-type:to:cc:content-type:from:subject:to')
    hdrs += [('Date', rfc(d)), ('From', from_hdr), ('Reply-To', 'Credly <support@credly.com>'),
             ('To', to_hdr), ('Subject', enc_subject(subject)), ('Message-ID', s['mid']),
             ('X-SG-EID', rb64(80)), ('X-Entity-ID', rb64(22) + '==')]
    if extra:
        hdrs += extra
    write(n, slug, body, hdrs, label)


# 006 Credly badge issued after the merge (en, Yuki)
d = dt('2025-05-24 03:18:51')
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
t = f"""Yuki, you've been awarded a badge!

Amazon Web Services Training and Certification has issued you a badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile, share it on LinkedIn
and let employers verify your achievement.

Accept your badge:
https://www.credly.com/badges/{bid}/accept?utm_source=issued_badge_email

Questions about your badge? Contact the issuer or visit https://support.credly.com

Credly, a Pearson company
210 Sixth Ave, Suite 3000, Pittsburgh, PA 15222
Unsubscribe: https://www.credly.com/notification_settings
"""
h = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://images.credly.com/size/110x110/images/{rhex(8)}-{rhex(4)}/image.png" width="110" alt="badge">
<h1 style="font-size:22px">Yuki, you've been awarded a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px;font-weight:bold">AWS Certified Solutions Architect &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/{bid}/accept?utm_source=issued_badge_email" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, a Pearson company &middot; 210 Sixth Ave, Suite 3000, Pittsburgh, PA 15222<br>
<a href="https://www.credly.com/notification_settings">Unsubscribe</a></p></td></tr></table>""")
credly_mail(6, 'credly-badge-awarded', alt(part(t, cte='7bit', charset='us-ascii'), part(h, 'html')), d=d,
            rcpt=YUKI[0], to_hdr=YUKI[0], chain=chain_gmail,
            subject="Yuki, you've been awarded a badge from Amazon Web Services Training and Certification",
            label=L('credly_badge_issued', None, [], True, 'en'))

# ================================================================= case B (en, outlook.com)
B_OPEN = dt('2025-07-08 14:03:11')
B = cid15(B_OPEN, 2207)
B_SUBJ = 'Merge two AWS Certification accounts'
B_USER_TEXT = """Hello,
I just noticed I have two AWS Certification accounts. The one I use today is
AWS01827364 (work e-mail) and an older one, AWS 05566120, was created with my
personal address when I took the Cloud Practitioner exam in 2021. Can these be
combined so all my certifications are in one place?
Thanks, Daniel"""

# 007 case opened (en)
t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {B} to address your issue.

The details of your case are as follows:

Case ID: {B}
Subject: {B_SUBJ}
Severity: General guidance
Correspondence: {B_USER_TEXT}

We will respond to your inquiry in the order it was received. Unless a
different response time applies to your support plan, we aim to respond
within 24 hours.

To view or update your case, please visit:
{link(B)}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(7, 'you-opened-support-case', part(t), d=B_OPEN + timedelta(seconds=2), rcpt=DAN[0], to_hdr=DAN[0],
         chain=chain_outlook, subject=f'Amazon Web Services: You have opened a new Support case: {B}',
         label=L('case_created', B, ['AWS01827364', 'AWS05566120'], True, 'en'))

# 008 agent asks which one to keep (en)
d = dt('2025-07-09 17:22:40')
t = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification Customer Support.

I can see the two profiles you mentioned, AWS01827364 and AWS05566120. Before
I can prepare the request, I need a little more information from you:

1. Which of the two profiles should remain active after the consolidation?
   Everything from the other profile will be moved into it.
2. The e-mail address you use to sign in to each of them.
3. Whether you would like the notification e-mail of the remaining profile
   to be updated.

Please add your answers to this case through the Support Center link below.
""" + reply_tail_en(B).replace('{agent}', 'Rahul P.')
aws_mail(8, 're-case-which-account-to-keep', part(t, charset='us-ascii', cte='7bit'), d=d, rcpt=DAN[0],
         to_hdr=DAN[0], chain=chain_outlook, subject=f'RE:[CASE {B}] {B_SUBJ}',
         label=L('support_reply', B, ['AWS01827364', 'AWS05566120'], True, 'en'))

# 009 agent asks for explicit confirmation (en, boxed history)
d = dt('2025-07-10 15:48:09')
t = f"""Hello Daniel,

Thanks for the details. Here is a summary of what will be done; please read it
carefully:

  Profile that remains (primary):   AWS01827364  (daniel.brooks@northwind-traders.example)
  Profile folded into it:           AWS-05566120 (d.brooks@outlook.com)

After the change, your certifications, exam history and any unused exam
benefits from AWS-05566120 will be listed under AWS01827364, and you will no
longer be able to sign in with the old profile. This cannot be reversed once
it has been carried out.

If this is correct, please reply on this case with "I confirm" (or let me know
what should be changed). We will not take any action until we have your
written approval.
""" + reply_tail_en(B).replace('{agent}', 'Rahul P.') + "\n" + box('Correspondence history', [
    ('Jul 9, 2025 10:31 PM UTC - Customer', """1. Please keep AWS01827364.
2. AWS01827364 signs in with daniel.brooks@northwind-traders.example,
   AWS05566120 with d.brooks@outlook.com
3. No change needed.
Daniel"""),
    ('Jul 9, 2025 5:22 PM UTC - Amazon Web Services', """Hello Daniel,
Thank you for reaching out to AWS Training and Certification Customer Support.
I can see the two profiles you mentioned, AWS01827364 and AWS05566120. Before
I can prepare the request, I need a little more information from you: [...]"""),
    (f'Jul 8, 2025 2:03 PM UTC - Customer', B_USER_TEXT)])
aws_mail(9, 're-case-please-confirm-details', part(t), d=d, rcpt=DAN[0], to_hdr=DAN[0],
         chain=chain_outlook, subject=f'RE:[CASE {B}] {B_SUBJ}',
         label=L('merge_confirmation_requested', B, ['AWS01827364', 'AWS05566120'], True, 'en'))

# 010 thank you for confirming, proceeding (en)
d = dt('2025-07-11 09:05:27')
t = f"""Hello Daniel,

Thank you for confirming. I have passed your approved request to our
certification operations team, who will now go ahead with moving AWS05566120
into AWS01827364.

This usually takes one to three business days. Once it is finished I will
update this case, and you can then check your certifications under the
remaining profile. There is no need to open a new case in the meantime.
""" + reply_tail_en(B).replace('{agent}', 'Rahul P.')
aws_mail(10, 're-case-thanks-proceeding', part(t, cte='base64'), d=d, rcpt=DAN[0], to_hdr=DAN[0],
         chain=chain_outlook, subject=f'RE:[CASE {B}] {B_SUBJ}',
         label=L('support_reply', B, ['AWS01827364', 'AWS05566120'], True, 'en'))

# 011 case resolved, with summary saying the merge is done (en)
d = dt('2025-07-12 20:30:15')
t = f"""Dear Customer,

We're writing to let you know that your support case {B} ("{B_SUBJ}")
has been marked as resolved.

Resolution note from your support engineer:
  The certification records and exam history of AWS05566120 have been moved
  to AWS01827364, and the secondary profile has been deactivated. Your
  certifications now show under AWS01827364 only.

Was your issue resolved?
  YES: https://support-feedback.aws.amazon.com/r?c={B}&a=yes
  NO:  https://support-feedback.aws.amazon.com/r?c={B}&a=no

If you need further help with this issue, you can reopen the case from the
Support Center within 14 days:
{link(B)}

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
h = html_wrap(f"""<p>Dear Customer,</p>
<p>We're writing to let you know that your support case <b>{B}</b> (&quot;{B_SUBJ}&quot;) has been marked as resolved.</p>
<div style="border-left:3px solid #ff9900;padding-left:10px"><p><b>Resolution note from your support engineer:</b><br>
The certification records and exam history of AWS05566120 have been moved to AWS01827364, and the secondary profile has been deactivated. Your certifications now show under AWS01827364 only.</p></div>
<p><b>Was your issue resolved?</b>&nbsp;
<a href="https://support-feedback.aws.amazon.com/r?c={B}&amp;a=yes">YES</a> &nbsp;|&nbsp;
<a href="https://support-feedback.aws.amazon.com/r?c={B}&amp;a=no">NO</a></p>
<p>If you need further help with this issue, you can <a href="{link(B)}">reopen the case</a> within 14 days.</p>
<p>Sincerely,<br>Amazon Web Services</p>""")
aws_mail(11, 'case-resolved-with-summary', alt(part(t), part(h, 'html')), d=d, rcpt=DAN[0], to_hdr=DAN[0],
         chain=chain_outlook, subject=f'Amazon Web Services: Support case {B} has been resolved',
         label=L('merge_completed', B, ['AWS01827364', 'AWS05566120'], True, 'en'))

# 012 Credly: badges transferred after merge (en, Dan)
d = dt('2025-07-14 12:44:03')
b1, b2 = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}", f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
h = html_wrap(f"""<table width="600" align="center"><tr><td style="padding:24px">
<h1 style="font-size:22px">Daniel, your badges have a new home</h1>
<p>Amazon Web Services Training and Certification has issued the following badges to
d.brooks@outlook.com, following an update to your certification records:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p>They are waiting for you. Accept them to display them on your Credly profile.</p>
<p><a href="https://www.credly.com/badges/{b1}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#777">You are receiving this email because a badge was issued to this address.
<a href="https://www.credly.com/notification_settings">Manage notifications</a></p></td></tr></table>""")
credly_mail(12, 'credly-badges-new-home', part(h, 'html'), d=d, rcpt=DAN[0], to_hdr=DAN[0],
            chain=chain_outlook, subject='Daniel, 2 badges are waiting for you',
            label=L('credly_badge_issued', None, [], True, 'en'))

# ================================================================= case C (ja, Office 365 tenant)
C_OPEN = dt('2025-09-02 01:41:05')
C = cid15(C_OPEN, 11369)
C_SUBJ = '認定アカウント統合の依頼（AWS07731904）'
CKW = dict(consumer=False)

# 013 case opened (ja, Shift_JIS base64)
t = f"""お客様

Amazon Web Services へのお問い合わせありがとうございます。
お客様のお問い合わせを受け付け、ケース {C} を作成しました。

ケース ID: {C}
件名: {C_SUBJ}
重要度: 一般的なご質問

担当者が内容を確認し、受付順にご連絡いたします。

ケースの状況は、以下の URL から AWS サポートセンターでご確認いただけます:
{link(C, 'ja')}

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(13, 'console-new-case-sjis', part(t, charset='shift_jis', cte='base64'), d=C_OPEN + timedelta(seconds=4),
         rcpt=KENTA[0], to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=CKW,
         subject=f'Amazon Web Services: 新しいサポートケースを受け付けました: {C}', subj_charset='shift_jis',
         label=L('case_created', C, ['AWS07731904'], True, 'ja'))

# 014 agent asks for more information (ja, ISO-2022-JP)
d = dt('2025-09-03 06:12:48')
t = f"""田中 健太 様

AWS トレーニングと認定 カスタマーサポートの小林と申します。
お問い合わせいただきありがとうございます。

アカウントの統合を進めるにあたり、以下の情報が不足しております。
お手数ですが、本ケースにご返信ください。

　1. お知らせいただいた AWS07731904 のほかに、統合の対象となる
　　 もう一方のアカウントの ID（AWS から始まる番号）
　2. それぞれのアカウントのサインイン用メールアドレス
　3. それぞれのアカウントの通知先メールアドレス
　4. 統合後に残したいアカウントはどちらか
　5. アカウントが複数作成された経緯（分かる範囲で結構です）

情報をいただき次第、内容を確認のうえ改めてご連絡いたします。
なお、同じ内容で新しいケースを作成されますと対応が遅れる場合がございますので、
本ケースにてご返信いただけますようお願いいたします。

小林
Amazon Web Services
""" + reply_tail_ja(C)
aws_mail(14, 're-case-need-more-info-ja', part(t, charset='iso-2022-jp', cte='7bit'), d=d,
         rcpt=KENTA[0], to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=CKW,
         subject=f'RE:[CASE {C}] {C_SUBJ}', subj_charset='iso-2022-jp',
         label=L('support_reply', C, ['AWS07731904'], True, 'ja'))

# 015 reminder before auto-resolution (ja)
d = dt('2025-09-08 06:15:02')
t = f"""お客様

ケース {C}（件名: {C_SUBJ}）について、担当者からの
前回のご連絡以降、お客様からのご返信を確認できておりません。

引き続きサポートが必要な場合は、以下のリンクからケースにご返信ください。
{link(C, 'ja')}

3 日以内にご返信がない場合、本ケースは自動的に解決済みとなります。
解決済みになった後も、14 日以内であればケースを再開できます。

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(15, 'case-awaiting-your-reply-ja', part(t), d=d, rcpt=KENTA[0],
         to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=CKW,
         subject=f'[ケース {C}] お客様からのご返信をお待ちしています',
         label=L('support_reply', C, ['AWS07731904'], True, 'ja'))

# 016 auto-resolved + rating (ja, html alt)
d = dt('2025-09-11 06:15:09')
t = f"""お客様

一定期間ご返信が確認できなかったため、ケース {C}
（件名: {C_SUBJ}）は自動的に解決済みとなりました。

今回の対応はいかがでしたか。1〜5 の星で評価をお願いいたします。
https://support-feedback.aws.amazon.com/rate?caseId={C}&lang=ja

まだ問題が解決していない場合は、14 日以内であれば以下からケースを再開できます。
{link(C, 'ja')}

Amazon Web Services
{CONSOLE_FOOT_JA}"""
h = html_wrap(f"""<p>お客様</p>
<p>一定期間ご返信が確認できなかったため、ケース <b>{C}</b>（件名: {C_SUBJ}）は自動的に解決済みとなりました。</p>
<p>今回の対応はいかがでしたか。</p>
<p>{''.join(f'<a href="https://support-feedback.aws.amazon.com/rate?caseId={C}&amp;score={i}&amp;lang=ja" style="font-size:24px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))}</p>
<p>まだ問題が解決していない場合は、14 日以内であれば<a href="{link(C, 'ja')}">こちら</a>からケースを再開できます。</p>
<p>Amazon Web Services</p>""", 'ja')
aws_mail(16, 'case-auto-resolved-rate-ja', alt(part(t, cte='base64'), part(h, 'html', cte='base64')), d=d,
         rcpt=KENTA[0], to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=CKW,
         subject=f'Amazon Web Services: ケース {C} は自動的に解決済みになりました',
         label=L('survey', C, ['AWS07731904'], True, 'ja'))

# 017 case reopened (ja, Shift_JIS QP)
d = dt('2025-09-12 00:58:31')
t = f"""お客様

ケース {C}（件名: {C_SUBJ}）が再開されました。

お客様から新しい通信が追加されたため、ケースのステータスを
「担当者の対応待ち」に変更しました。担当者が確認のうえご連絡いたします。

ケースの詳細:
{link(C, 'ja')}

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(17, 'case-reopened-ja', part(t, charset='shift_jis', cte='quoted-printable'), d=d,
         rcpt=KENTA[0], to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=CKW,
         subject=f'[ケース {C}] ケースが再開されました', subj_charset='shift_jis',
         label=L('support_reply', C, ['AWS07731904'], True, 'ja'))

C_CONFIRM = """以下の内容で統合を行います。

　残すアカウント　　：AWS07731904（kenta.tanaka@minatosoft.co.jp）
　統合元のアカウント：aws-03319257（k.tanaka.1988@example-mail.jp）

統合元の認定資格・試験履歴・特典は残すアカウントへ移され、
統合元のアカウントは閉鎖されます。実施後は元に戻せません。

内容にお間違いがなければ、本ケースにて「承認します」とご返信ください。"""

# 018 agent asks to confirm (ja, UTF-8 8bit, lower-case ids)
d = dt('2025-09-12 08:20:14')
t = f"""田中 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小林です。
ケースを再開いただき、また情報をお送りいただきありがとうございます。

いただいた情報をもとに確認いたしました。
{C_CONFIRM}
ご承認を確認しましたら、担当チームにて作業を開始いたします。

小林
Amazon Web Services
""" + reply_tail_ja(C)
aws_mail(18, 're-case-approve-merge-ja', part(t, cte='8bit'), d=d, rcpt=KENTA[0],
         to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=CKW,
         subject=f'RE:[CASE {C}] {C_SUBJ}',
         label=L('merge_confirmation_requested', C, ['AWS07731904', 'AWS03319257'], True, 'ja'))

# 019 merge done; confirmation request quoted in boxed history (ja, ISO-2022-JP)
d = dt('2025-09-16 02:47:36')
t = f"""田中 健太 様

AWS トレーニングと認定 カスタマーサポートの小林です。
ご承認いただきありがとうございました。

担当チームでの作業が終わり、認定資格と試験の履歴はすべて
AWS07731904 でご確認いただける状態になりました。
もう一方のアカウントは閉鎖済みのため、今後は AWS07731904 に
サインインしてご利用ください。

他にお手伝いできることがございましたら、本ケースよりご連絡ください。

小林
Amazon Web Services
""" + reply_tail_ja(C) + "\n" + box('これまでの通信', [
    ('2025/09/15 10:02 (JST) お客様:', '内容に相違ありません。承認します。\n田中'),
    ('2025/09/12 17:20 (JST) Amazon Web Services:', C_CONFIRM)])
aws_mail(19, 're-case-records-consolidated-ja', part(t, charset='iso-2022-jp', cte='7bit'), d=d,
         rcpt=KENTA[0], to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=CKW,
         subject=f'RE:[CASE {C}] {C_SUBJ}', subj_charset='iso-2022-jp',
         label=L('merge_completed', C, ['AWS07731904'], True, 'ja'))

# ================================================================= case D (en, gmail)
D_OPEN = dt('2025-10-14 18:26:40')
D = cid15(D_OPEN, 60552)
D_SUBJ = 'Duplicate certification profile - please combine'
D_USER = """Hi, I ended up with two certification profiles after my employer's
training portal created one for me. My main one is aws06120458 and the
duplicate is AWS02984413 (it holds my Security Specialty). I would like to
keep aws06120458. Thanks! Priya"""

# 020 case opened (en, HTML only)
h = html_wrap(f"""<p>Dear Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {D} to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td><b>Case ID</b></td><td>{D}</td></tr>
<tr><td><b>Subject</b></td><td>{D_SUBJ}</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence</b></td><td>{D_USER.replace(chr(10), '<br>')}</td></tr>
</table>
<p>We will respond to your inquiry in the order it was received.</p>
<p>To view or update your case, please visit the <a href="{link(D)}">AWS Support Center</a>.</p>
<p>Thank you for using Amazon Web Services.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<hr><p style="font-size:11px;color:#687078">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To update this case, please use the link above.<br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>""")
aws_mail(20, 'new-support-case-html', part(h, 'html'), d=D_OPEN + timedelta(seconds=2), rcpt=PRIYA[0],
         to_hdr=PRIYA[0], chain=chain_gmail,
         subject=f'Amazon Web Services: You have opened a new Support case: {D}',
         label=L('case_created', D, ['AWS06120458', 'AWS02984413'], True, 'en'))

# 021 new correspondence notice only (en)
d = dt('2025-10-15 21:03:55')
t = f"""Dear Customer,

New correspondence has been added to your case.

Case ID: {D}

Please visit the AWS Support Center to view the latest reply and respond:
{link(D)}

(If you are connecting by federation, log in before following the link.)

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(21, 'case-new-correspondence', part(t, charset='us-ascii', cte='7bit'), d=d, rcpt=PRIYA[0],
         to_hdr=PRIYA[0], chain=chain_gmail, subject=f'[Case {D}] New correspondence added',
         label=L('support_reply', D, [], True, 'en'))

# 022 confirmation request, alternative parts that differ (en)
d = dt('2025-10-15 21:04:20')
t = f"""Hello Priya,

Please approve the following change before we carry it out:
keep AWS06120458, fold AWS02984413 into it. This is permanent.

Reply "Approved" on the case in the Support Center:
{link(D)}

Emily T.
Amazon Web Services
"""
h = html_wrap(f"""<p>Hello Priya,</p>
<p>Thanks for writing in, and sorry for the confusion caused by the second profile.</p>
<p>I've located both records. Before anything is changed, I need your explicit approval of the following:</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr style="background:#f2f3f3"><th align="left">Profile</th><th align="left">What happens</th></tr>
<tr><td>AWS06120458</td><td>Stays active &ndash; this is where everything will live</td></tr>
<tr><td>AWS02984413</td><td>Its certifications (including Security &ndash; Specialty), exam history and benefits move to AWS06120458; the profile is then closed</td></tr>
</table>
<p><b>Please note:</b> once completed, this cannot be undone, and the sign-in for AWS02984413 will stop working.</p>
<p>If everything above is right, simply reply <i>&quot;Approved&quot;</i> on this case. If you'd rather keep the other profile, tell me and I'll adjust the request.</p>
<p>Best regards,<br>Emily T.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#545b64">{RATE_EN}</p>
<p style="font-size:12px"><a href="{link(D)}">{link(D)}</a></p>""")
aws_mail(22, 're-case-approval-needed-alt', alt(part(t, charset='us-ascii', cte='7bit'), part(h, 'html')), d=d,
         rcpt=PRIYA[0], to_hdr=PRIYA[0], chain=chain_gmail, subject=f'RE:[CASE {D}] {D_SUBJ}',
         label=L('merge_confirmation_requested', D, ['AWS06120458', 'AWS02984413'], True, 'en'))

# 023 in progress, conditional future (en)
d = dt('2025-10-16 16:40:11')
t = f"""Hello Priya,

Thank you for your approval. Our back-office team has picked up the request
and the work on your two profiles has started.

Once the merge is complete, I will post a confirmation here. After that, your
Credly badges will be re-issued to the e-mail address of AWS06120458, which
can take a few additional days. No action is needed from you right now.
""" + reply_tail_en(D).replace('{agent}', 'Emily T.')
aws_mail(23, 're-case-work-started', part(t), d=d, rcpt=PRIYA[0], to_hdr=PRIYA[0], chain=chain_gmail,
         subject=f'RE:[CASE {D}] {D_SUBJ}',
         label=L('support_reply', D, ['AWS06120458'], True, 'en'))

# 024 done, with the earlier confirmation request in the boxed history (en)
d = dt('2025-10-18 00:12:09')
t = f"""Hello Priya,

Good news: everything that used to sit under AWS02984413 - the Security
Specialty certification, your exam history and your 50% exam benefit - is
now listed under AWS06120458. The old profile has been retired, so please
sign in with the credentials of AWS06120458 from now on.

Your Credly badges should arrive at the address on file within a few days.
If they do not, just let us know on this case.
""" + reply_tail_en(D).replace('{agent}', 'Emily T.') + "\n" + box('Correspondence history', [
    ('Oct 16, 2025 - Amazon Web Services', """Thank you for your approval. Our back-office team has picked up the request
and the work on your two profiles has started. Once the merge is complete, I
will post a confirmation here."""),
    ('Oct 16, 2025 - Customer', 'Approved. Thank you!'),
    ('Oct 15, 2025 - Amazon Web Services', """Please approve the following change before we carry it out:
keep AWS06120458, fold AWS02984413 into it. This is permanent.
Reply "Approved" on the case in the Support Center.""")])
aws_mail(24, 're-case-all-under-one-profile', part(t, cte='base64'), d=d, rcpt=PRIYA[0], to_hdr=PRIYA[0],
         chain=chain_gmail, subject=f'RE:[CASE {D}] {D_SUBJ}',
         label=L('merge_completed', D, ['AWS06120458', 'AWS02984413'], True, 'en'))

# 025 how did we do (en)
d = dt('2025-10-21 00:15:30')
h = html_wrap(f"""<div style="max-width:600px;margin:auto">
<h2 style="color:#232f3e">How did we do?</h2>
<p>Your support case <b>{D}</b> &ndash; <i>{D_SUBJ}</i> &ndash; was closed on October 20, 2025.</p>
<p>We'd love to hear about your experience. This two-question survey takes less than a minute.</p>
<p><a href="https://support-feedback.aws.amazon.com/s/{rhex(32)}?displayId={D}" style="background:#ff9900;color:#16191f;padding:10px 24px;text-decoration:none;border-radius:2px;font-weight:bold">Take the survey</a></p>
<p style="font-size:12px;color:#687078">If your issue is not resolved, you can reopen the case in the <a href="{link(D)}">AWS Support Center</a>.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p></div>""")
aws_mail(25, 'how-did-we-do', part(h, 'html', cte='quoted-printable'), d=d, rcpt=PRIYA[0], to_hdr=PRIYA[0],
         chain=chain_gmail, subject=f'How did we do? Your AWS Support case {D}',
         label=L('survey', D, [], True, 'en'))

# 026 Credly badge ready to accept (en)
d = dt('2025-10-20 14:02:47')
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
t = f"""Priya, your badge is ready to accept

Amazon Web Services Training and Certification issued you the
AWS Certified Security - Specialty badge.

Accept badge: https://www.credly.com/badges/{bid}/accept

Once accepted, the badge appears on your public Credly profile where you can
share it and download it.

This badge was issued to priya.raman.dev@gmail.com. If this isn't you,
please ignore this email.

Credly | https://www.credly.com
"""
credly_mail(26, 'credly-badge-ready-to-accept', part(t, cte='7bit', charset='us-ascii'), d=d, rcpt=PRIYA[0],
            to_hdr=PRIYA[0], chain=chain_gmail,
            subject='Priya, your AWS Certified Security - Specialty badge is ready',
            label=L('credly_badge_issued', None, [], True, 'en'))

# ================================================================= case E (ja, biglobe)
E_OPEN = dt('2026-01-13 00:30:22')
E = cid15(E_OPEN, 88301)
E_SUBJ = '資格アカウントが二重になっているので一つにしたい'
BIG = dict(host='mtain-dg04.biglobe.ne.jp', authserv='biglobe.ne.jp')

# 027 case opened (ja, ISO-2022-JP, long encoded subject)
t = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
お客様の問題に対応するため、ケース {E} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {E}
件名: {E_SUBJ}
重要度: 一般的なご質問
通信内容:
試験を受けたときに新しいアカウントを作ってしまったようで、AWS08845102 と
AWS01199376 の二つがあります。まとめることはできますか。

お問い合わせは受け付けた順に対応いたします。

ケースの確認や更新は、以下の URL から行えます:
{link(E, 'ja')}

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(27, 'console-case-opened-iso2022jp', part(t, charset='iso-2022-jp', cte='7bit'), d=E_OPEN + timedelta(seconds=3),
         rcpt=AYA[0], to_hdr=AYA[0], chain=chain_jp, chain_kw=BIG, subj_charset='iso-2022-jp',
         subject=f'Amazon Web Services: 新しいサポートケースが作成されました: {E}（{E_SUBJ}）',
         label=L('case_created', E, ['AWS08845102', 'AWS01199376'], True, 'ja'))

# 028 agent asks which to keep (ja, Shift_JIS QP)
d = dt('2026-01-14 05:51:17')
t = f"""鈴木 彩 様

AWS トレーニングと認定 サポートの高橋でございます。
お問い合わせいただきありがとうございます。

お知らせいただいた AWS 08845102 と AWS01199376 の2件を確認いたしました。
手続きを進めるため、恐れ入りますが次の2点をお知らせください。

・今後お使いになるアカウント（残す方）はどちらでしょうか。
・それぞれのアカウントにサインインする際のメールアドレス

なお、残さない方のアカウントでお持ちの認定資格は、残す方のアカウントへ
引き継がれます。

高橋
Amazon Web Services
""" + reply_tail_ja(E)
aws_mail(28, 're-case-which-to-keep-sjis', part(t, charset='shift_jis', cte='quoted-printable'), d=d,
         rcpt=AYA[0], to_hdr=AYA[0], chain=chain_jp, chain_kw=BIG, subj_charset='shift_jis',
         subject=f'RE:[CASE {E}] {E_SUBJ}',
         label=L('support_reply', E, ['AWS08845102', 'AWS01199376'], True, 'ja'))

# 029 confirmation request (ja, odd id spellings)
d = dt('2026-01-15 02:09:44')
t = f"""鈴木 彩 様

高橋でございます。ご返信いただきありがとうございます。

いただいた内容をもとに、次のとおり手続きを行う予定です。
実施前に、念のため内容のご確認をお願いいたします。

　■ 残すアカウント：AWS 08845102（aya-suzuki@kyb.biglobe.ne.jp）
　■ まとめる元のアカウント：aws01199376（a.suzuki@sakura-dental.example）

手続き後、aws01199376 にひもづく認定資格・受験履歴は AWS 08845102 で
ご覧いただけるようになり、aws01199376 はご利用いただけなくなります。
一度行うと元に戻すことはできませんのでご注意ください。

よろしければ、本ケースに「この内容で進めてください」とご返信ください。

高橋
Amazon Web Services
""" + reply_tail_ja(E)
aws_mail(29, 're-case-kakunin-onegai', part(t, cte='base64'), d=d, rcpt=AYA[0], to_hdr=AYA[0],
         chain=chain_jp, chain_kw=BIG, subject=f'RE:[CASE {E}] {E_SUBJ}',
         label=L('merge_confirmation_requested', E, ['AWS08845102', 'AWS01199376'], True, 'ja'))

# 030 thanks for confirming; will proceed (ja)
d = dt('2026-01-16 01:30:05')
t = f"""鈴木 彩 様

高橋でございます。
内容をご確認いただき、ありがとうございます。

これより担当部署にて手続きを進めてまいります。通常 1〜3 営業日ほどで
完了いたしますので、完了し次第、本ケースにてご連絡いたします。
それまでの間、新しいケースを作成いただく必要はございません。

高橋
Amazon Web Services
""" + reply_tail_ja(E)
aws_mail(30, 're-case-tetsuzuki-kaishi', part(t, charset='iso-2022-jp', cte='7bit'), d=d, rcpt=AYA[0],
         to_hdr=AYA[0], chain=chain_jp, chain_kw=BIG, subj_charset='iso-2022-jp',
         subject=f'RE:[CASE {E}] {E_SUBJ}',
         label=L('support_reply', E, [], True, 'ja'))

# 031 migrated + resolved (ja)
d = dt('2026-01-19 06:44:21')
t = f"""鈴木 彩 様

高橋でございます。お待たせいたしました。

aws01199376 でお持ちだった認定資格（AWS Certified Cloud Practitioner）と
受験履歴を、AWS08845102 へ移行いたしました。aws01199376 は無効化済みです。

お手数ですが AWS08845102 にサインインのうえ、認定資格が表示されているか
ご確認ください。本件はこれをもちまして解決済みとさせていただきます。
ご不明な点があれば、ケースを再開してお知らせください。

高橋
Amazon Web Services
""" + reply_tail_ja(E)
aws_mail(31, 're-case-ikou-itashimashita', part(t), d=d, rcpt=AYA[0], to_hdr=AYA[0], chain=chain_jp,
         chain_kw=BIG, subject=f'RE:[CASE {E}] {E_SUBJ}',
         label=L('merge_completed', E, ['AWS08845102', 'AWS01199376'], True, 'ja'))

# 032 questionnaire (ja)
d = dt('2026-01-21 06:50:00')
t = f"""鈴木 彩 様

先日は AWS サポートをご利用いただきありがとうございました。
ケース {E} の対応について、アンケートへのご協力をお願いいたします。

　Q1. 問題は解決しましたか？（はい／いいえ）
　Q2. 担当者の対応に満足されましたか？（1〜5）

アンケートに回答する:
https://support-feedback.aws.amazon.com/s/{rhex(32)}?displayId={E}&lang=ja

いただいたご意見は、サービス向上のために活用させていただきます。

Amazon Web Services
"""
h = html_wrap(f"""<p>鈴木 彩 様</p><p>先日は AWS サポートをご利用いただきありがとうございました。<br>
ケース <b>{E}</b> の対応について、アンケートへのご協力をお願いいたします。</p>
<p><a href="https://support-feedback.aws.amazon.com/s/{rhex(32)}?displayId={E}&amp;lang=ja" style="background:#ff9900;color:#16191f;padding:10px 20px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px;color:#687078">所要時間は約 1 分です。</p><p>Amazon Web Services</p>""", 'ja')
aws_mail(32, 'support-enquete-ja', alt(part(t, cte='base64'), part(h, 'html', cte='base64')), d=d, rcpt=AYA[0],
         to_hdr=AYA[0], chain=chain_jp, chain_kw=BIG,
         subject='【AWS サポート】アンケートご協力のお願い',
         label=L('survey', E, [], True, 'ja'))

# 033 Credly badge (ja-localised)
d = dt('2026-01-21 23:12:40')
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
h = html_wrap(f"""<table width="600" align="center"><tr><td style="padding:24px">
<h1 style="font-size:20px">鈴木 彩 さん、新しいバッジが発行されました</h1>
<p>Amazon Web Services Training and Certification から次のバッジが発行されました。</p>
<p style="font-size:18px;font-weight:bold">AWS Certified Cloud Practitioner</p>
<p>バッジを受け取ると、Credly のプロフィールに表示され、SNS などで共有できるようになります。</p>
<p><a href="https://www.credly.com/badges/{bid}/accept?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#777">このメールは aya-suzuki@kyb.biglobe.ne.jp 宛にバッジが発行されたためお送りしています。<br>
Credly, a Pearson company</p></td></tr></table>""", 'ja')
credly_mail(33, 'credly-badge-ja', part(h, 'html', cte='base64'), d=d, rcpt=AYA[0], to_hdr=AYA[0],
            chain=chain_jp, chain_kw=BIG, subject='新しいバッジが発行されました: AWS Certified Cloud Practitioner',
            label=L('credly_badge_issued', None, [], True, 'ja'))

# ================================================================= case F (en, 11-digit id, no A-R)
F = '12946738150'
F_SUBJ = 'Request to combine certification accounts'
F_OPEN = dt('2025-03-18 08:55:12')

# 034 case opened (en, no Authentication-Results at all)
t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {F} to
address your issue.

Case ID: {F}
Subject: {F_SUBJ}
Severity: General guidance

A member of our team will review your request and get back to you. You can
follow the progress of your case at any time in the Support Center:
{link(F)}

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(34, 'support-case-opened-11digit', part(t, charset='us-ascii', cte='7bit'), d=F_OPEN, rcpt=MARCO[0],
         to_hdr=MARCO[0], chain=chain_none, subject=f'Amazon Web Services: You have opened a new Support case: {F}',
         label=L('case_created', F, [], None, 'en'))

# 035 confirmation request (en, no A-R)
d = dt('2025-03-19 13:27:50')
t = f"""Hello Marco,

Thank you for your patience. I have reviewed both certification profiles
linked to your request:

    - AWS03857710  (marco.bianchi@fenwicklabs.eu)  -> will be kept
    - aws-09904215 (m.bianchi@studenti.unimi.example) -> will be absorbed

To avoid mistakes we always ask for a final go-ahead: please confirm on this
case that aws-09904215 should be absorbed into AWS03857710. Bear in mind that
the operation is final; we are unable to split the profiles again afterwards.
""" + reply_tail_en(F).replace('{agent}', 'Giulia R.')
aws_mail(35, 're-case-final-go-ahead', part(t), d=d, rcpt=MARCO[0], to_hdr=MARCO[0], chain=chain_none,
         subject=f'RE:[CASE {F}] {F_SUBJ}',
         label=L('merge_confirmation_requested', F, ['AWS03857710', 'AWS09904215'], None, 'en'))

# 036 resolved + done + yes/no (en, no A-R)
d = dt('2025-03-21 10:02:33')
t = f"""Dear Customer,

Your case {F} has been resolved by your support engineer with the following
note:

  "Hello Marco, the two profiles are now one. Your certifications and exam
   history from aws-09904215 are visible under AWS03857710, and the absorbed
   profile can no longer be used to sign in. - Giulia R."

Was your issue resolved?  Yes / No
https://support-feedback.aws.amazon.com/r?c={F}

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(36, 'case-resolved-profiles-now-one', part(t, cte='quoted-printable'), d=d, rcpt=MARCO[0],
         to_hdr=MARCO[0], chain=chain_none, subject=f'Amazon Web Services: Support case {F} has been resolved',
         label=L('merge_completed', F, ['AWS03857710', 'AWS09904215'], None, 'en'))

# 037 duplicate case opened by Yuki (ja); body mentions the first case too
A2_OPEN = dt('2025-05-21 00:05:18')
A2 = cid15(A2_OPEN, 1930)
t = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
お客様の問題に対応するため、ケース {A2} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {A2}
件名: 認定アカウントの統合（再送）
重要度: 一般的なご質問
通信内容:
昨日ケース {A} で統合をお願いしましたが、まだ返信がないため念のため
再度お送りします。AWS04518327 と AWS09273641 の統合をお願いします。

お問い合わせは受け付けた順に対応いたします。

ケースの確認や更新は、以下の URL から行えます:
{link(A2, 'ja')}

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(37, 'console-second-case-opened-ja', part(t, cte='quoted-printable'), d=A2_OPEN + timedelta(seconds=2),
         rcpt=YUKI[0], to_hdr=YUKI[0], chain=chain_gmail,
         subject=f'Amazon Web Services: 新しいサポートケースが作成されました: {A2}',
         label=L('case_created', A2, ['AWS04518327', 'AWS09273641'], True, 'ja'))

# 038 phishing: look-alike domain asks to confirm the merge (en)
d = dt('2025-07-10 06:14:29')
PH1 = '175212040509173'
ph_s = sender_generic('aws-supportcenter.com', '45.137.21.88', 'mail.aws-supportcenter.com',
                      'bounce@aws-supportcenter.com', f'<{rhex(20)}@aws-supportcenter.com>',
                      [('aws-supportcenter.com', 'default')], 'NONE')
t = f"""Hello,

Your AWS Certification account merge request is waiting for confirmation.

Case: {PH1}
Accounts: AWS01827364 (primary) / AWS05566120 (secondary)

If we do not receive your confirmation within 24 hours the request will be
cancelled and your certifications may be suspended. Please sign in and
confirm the merge here:

https://aws-supportcenter.com/support/confirm?displayId={PH1}&token={rhex(24)}

Regards,
AWS Training & Certification Support

________________________________
From: Amazon Web Services <no-reply-aws@aws-supportcenter.com>
Sent: Wednesday, July 9, 2025 11:02 PM
To: d.brooks@outlook.com
Subject: RE:[CASE {PH1}] Merge two AWS Certification accounts

Hello, we have received your merge request and it is being reviewed.
"""
aws_mail(38, 'action-required-confirm-merge', part(t, charset='us-ascii', cte='7bit'), d=d, rcpt=DAN[0],
         to_hdr=DAN[0], chain=chain_outlook, sender=ph_s,
         from_hdr='"AWS Support" <no-reply-aws@aws-supportcenter.com>',
         subject=f'Action required: confirm your certification account merge [CASE {PH1}]',
         label=L('merge_confirmation_requested', PH1, ['AWS01827364', 'AWS05566120'], False, 'en'))


# 039 phishing: spoofed amazon.com, dmarc=fail on top, forged pass below (ja)
d = dt('2025-06-02 22:41:07')
PH2 = '174890401203355'
ph2 = sender_generic('amazon.com', '185.244.25.17', 'vps-2517.hostkey-mail.example', 'info@vps-2517.hostkey-mail.example',
                     f'<{rhex(16)}.{rhex(8)}@vps-2517.hostkey-mail.example>', [('amazon.com', 'szqgv33erturdv5cvz4vtqgp7nbkh6na')],
                     'QUARANTINE')
t = f"""佐藤 由紀 様

AWS サポートセンターです。
お客様の認定アカウント統合（ケース {PH2}）は、確認待ちのまま保留されています。

　統合先：AWS04518327
　統合元：AWS09273641

24 時間以内に以下のページからサインインして統合を承認してください。
承認がない場合、両方のアカウントの認定資格が一時停止されます。

https://console-aws-amazon.support-jp.example/case/confirm?displayId={PH2}

Amazon Web Services
"""
hdrs_top = chain_gmail(ph2, YUKI[0], d, dkim='fail', spf='softfail', dmarc='fail', hdr_from_dom='amazon.com')
hdrs_top += [('Received', f"from [10.0.0.12] (unknown [185.244.25.17])\n\tby vps-2517.hostkey-mail.example (Postfix) with ESMTPA id 4C1F2A03B7\n\tfor <{YUKI[0]}>; {rfc(d)}"),
             ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com')]
hdrs_top += dkim_headers(ph2, d)
hdrs_top += [('Date', rfc(d)), ('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', YUKI[0]),
             ('Subject', enc_subject(f'【重要】ケース {PH2}：アカウント統合の承認が必要です')), ('Message-ID', ph2['mid']),
             ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
write(39, 'jyuuyou-tougou-shounin', part(t, cte='base64'), hdrs_top,
      L('merge_confirmation_requested', PH2, ['AWS04518327', 'AWS09273641'], False, 'ja'))

# 040 phishing: fake "new correspondence" about the merge, dmarc none (en)
d = dt('2025-10-17 11:20:44')
PH3 = '176069880412207'
ph3 = sender_generic('amazon-support-center.net', '91.92.248.131', 'mx1.amazon-support-center.net',
                     'noreply@amazon-support-center.net', f'<{rhex(24)}@amazon-support-center.net>',
                     [], 'NONE')
t = f"""Dear Customer,

New correspondence has been added to your case {PH3} regarding the
consolidation of your AWS Certification accounts.

To read the reply and keep your certifications active, sign in here:
https://amazon-support-center.net/support/home?displayId={PH3}

Sincerely,
Amazon Web Services
"""
top = [('Delivered-To', PRIYA[0]),
       ('Received', f"by 2002:a05:7010:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(14).lower()};\n        {rfc_pt(d)}"),
       ('Return-Path', '<noreply@amazon-support-center.net>'),
       ('Received', f"from mx1.amazon-support-center.net (mx1.amazon-support-center.net. [91.92.248.131])\n        by mx.google.com with ESMTP id {ralnum(20).lower()}\n        for <{PRIYA[0]}>;\n        {rfc_pt(d)}"),
       ('Received-SPF', 'softfail (google.com: domain of transitioning noreply@amazon-support-center.net does not designate 91.92.248.131 as permitted sender) client-ip=91.92.248.131;'),
       ('Authentication-Results', 'mx.google.com;\n       spf=softfail (google.com: domain of transitioning noreply@amazon-support-center.net does not designate 91.92.248.131 as permitted sender) smtp.mailfrom=noreply@amazon-support-center.net;\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=amazon-support-center.net'),
       ('Date', rfc(d)), ('From', '"Amazon Web Services" <noreply@amazon-support-center.net>'), ('To', PRIYA[0]),
       ('Subject', f'[Case {PH3}] New correspondence added'), ('Message-ID', ph3['mid'])]
write(40, 'case-new-correspondence-lookalike', part(t, charset='us-ascii', cte='7bit'), top,
      L('support_reply', PH3, [], False, 'en'))

# ================================================================= case H (ja, nifty)
H_OPEN = dt('2026-03-03 02:14:50')
H = cid15(H_OPEN, 47)
H_SUBJ = 'AWS認定 アカウント統合のお願い（AWS05093318 / AWS02270046）'
NIF = dict(host='mta-ne01.nifty.com', authserv='mx.nifty.com', style='b')

# 041 case opened (ja, UTF-8 QP)
t = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
お客様の問題に対応するため、ケース {H} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {H}
件名: {H_SUBJ}
重要度: 一般的なご質問

お問い合わせは受け付けた順に対応いたします。

ケースの確認や更新は、以下の URL から行えます:
{link(H, 'ja')}

Amazon Web Services をご利用いただきありがとうございます。

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(41, 'new-case-nifty-ja', part(t), d=H_OPEN + timedelta(seconds=2), rcpt=SHO[0], to_hdr=SHO[0],
         chain=chain_jp, chain_kw=NIF, subject=f'Amazon Web Services: 新しいサポートケースが作成されました: {H}',
         label=L('case_created', H, ['AWS05093318', 'AWS02270046'], True, 'ja'))

# 042 "do you still need help?" follow-up (ja, ISO-2022-JP)
d = dt('2026-03-09 04:30:12')
t = f"""山本 翔 様

AWS トレーニングと認定 サポートの中村です。

3 月 4 日にお送りしたご連絡について、その後いかがでしょうか。
本ケースについて引き続きサポートが必要でしたら、サポートセンターから
ご返信ください。すでに解決済みの場合や、ご不要となった場合も、
その旨お知らせいただけますと幸いです。

中村
Amazon Web Services
""" + reply_tail_ja(H)
aws_mail(42, 're-case-followup-still-need-help-ja', part(t, charset='iso-2022-jp', cte='7bit'), d=d,
         rcpt=SHO[0], to_hdr=SHO[0], chain=chain_jp, chain_kw=NIF, subj_charset='iso-2022-jp',
         subject=f'RE:[CASE {H}] {H_SUBJ}',
         label=L('support_reply', H, ['AWS05093318', 'AWS02270046'], True, 'ja'))

# 043 done + closure + rating, HTML only (ja)
d = dt('2026-03-12 07:58:40')
h = html_wrap(f"""<div style="max-width:640px">
<p>山本 翔 様</p>
<p>AWS トレーニングと認定 サポートの中村です。ご返信ありがとうございました。</p>
<p>ご依頼の件、<b>統合が完了しました</b>。AWS02270046 でお持ちだった認定資格（AWS Certified SysOps Administrator &ndash; Associate）および
受験履歴は、AWS05093318 に引き継がれています。AWS02270046 ではサインインできなくなっておりますのでご注意ください。</p>
<p>本件はこれにてクローズとさせていただきます。</p>
<p>中村<br>Amazon Web Services</p>
<table style="border:1px solid #d5dbdb;margin-top:16px" cellpadding="8"><tr><td>
<p style="margin:0"><b>この回答は役に立ちましたか？</b></p>
<p style="margin:4px 0 0">{''.join(f'<a href="https://support-feedback.aws.amazon.com/rate?caseId={H}&amp;score={i}&amp;lang=ja" style="color:#ff9900;font-size:22px;text-decoration:none">&#9733;</a>' for i in range(1, 6))}</p>
</td></tr></table>
<p style="font-size:12px;color:#687078"><a href="{link(H, 'ja')}">AWS サポートセンターでケースを表示</a><br>
このメールは送信専用のアドレスから送信されています。</p></div>""", 'ja')
aws_mail(43, 're-case-tougou-kanryou-html', part(h, 'html', cte='quoted-printable'), d=d, rcpt=SHO[0],
         to_hdr=SHO[0], chain=chain_jp, chain_kw=NIF, subject=f'RE:[CASE {H}] {H_SUBJ}',
         label=L('merge_completed', H, ['AWS05093318', 'AWS02270046'], True, 'ja'))

# 044 rate your support experience (ja, Shift_JIS base64)
d = dt('2026-03-14 08:00:03')
t = f"""山本 翔 様

AWS サポートをご利用いただきありがとうございました。
ケース {H} はクローズされました。

サポート品質向上のため、今回の対応についての評価をお願いいたします。
https://support-feedback.aws.amazon.com/s/{rhex(32)}?displayId={H}&lang=ja

このメールは送信専用です。ご返信いただいてもお答えできません。

Amazon Web Services
"""
aws_mail(44, 'support-hyouka-onegai-sjis', part(t, charset='shift_jis', cte='base64'), d=d, rcpt=SHO[0],
         to_hdr=SHO[0], chain=chain_jp, chain_kw=NIF, subj_charset='shift_jis',
         subject=f'[ケース {H}] サポートの評価にご協力ください',
         label=L('survey', H, [], True, 'ja'))

# ================================================================= case I (en, gmail)
I_OPEN = dt('2025-12-02 16:07:31')
I = cid15(I_OPEN, 5512)
I_SUBJ = 'Two certification logins'

# 045 done, 8bit UTF-8 with typographic punctuation (en)
d = dt('2025-12-05 19:33:08')
t = f"""Hi Sophie,

Thanks for bearing with us. Your transcript, exam history and the
benefits that were attached to AWS00431187 are now available under
AWS06601452 – that’s the login you told us you wanted to keep. The other
login has been retired, so you won’t be able to sign in with it any more.

If anything looks off when you sign in (a missing certification, a
voucher that didn’t carry over), reply on this case and we’ll take a look.
""" + reply_tail_en(I).replace('{agent}', 'Tomás G.')
aws_mail(45, 're-case-transcript-now-under-one-login', part(t, cte='8bit'), d=d, rcpt=SOPHIE[0],
         to_hdr=SOPHIE[0], chain=chain_gmail, subject=f'RE:[CASE {I}] {I_SUBJ}',
         label=L('merge_completed', I, ['AWS06601452', 'AWS00431187'], True, 'en'))

# 046 case closed, rate us (en)
d = dt('2025-12-09 19:40:00')
t = f"""Dear Customer,

Your AWS Support case {I} ("{I_SUBJ}") has been closed.

Please take a moment to rate your experience:
https://support-feedback.aws.amazon.com/s/{rhex(32)}?displayId={I}

Your feedback helps us improve. If you still need help, you can reopen the
case in the Support Center within 14 days:
{link(I)}

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(46, 'case-closed-rate-experience', part(t, charset='us-ascii', cte='7bit'), d=d, rcpt=SOPHIE[0],
         to_hdr=SOPHIE[0], chain=chain_gmail, subject=f'Amazon Web Services: Support case {I} has been closed',
         label=L('survey', I, [], True, 'en'))

# 047 Credly badge (en)
d = dt('2025-12-08 09:15:27')
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
t = f"""Congratulations, Sophie!

You earned the AWS Certified Machine Learning Engineer - Associate badge,
issued by Amazon Web Services Training and Certification.

Claim it now: https://www.credly.com/badges/{bid}/accept

Credly
"""
h = html_wrap(f"""<table width="600" align="center"><tr><td style="padding:24px">
<h1 style="font-size:22px">Congratulations, Sophie!</h1>
<p>You earned the <b>AWS Certified Machine Learning Engineer &ndash; Associate</b> badge, issued by Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, a Pearson company</p></td></tr></table>""")
credly_mail(47, 'credly-you-earned-a-badge', alt(part(t, charset='us-ascii', cte='7bit'), part(h, 'html')), d=d,
            rcpt=SOPHIE[0], to_hdr=SOPHIE[0], chain=chain_gmail,
            subject='Congratulations, you earned a badge from Amazon Web Services Training and Certification',
            label=L('credly_badge_issued', None, [], True, 'en'))

# 048 phishing: console-styled billing scare, look-alike domain (ja, unrelated)
d = dt('2026-02-02 23:05:51')
ph4 = sender_generic('aws-billing-jp.com', '103.151.172.40', 'smtp.aws-billing-jp.com', 'no-reply@aws-billing-jp.com',
                     f'<{rhex(12)}${rhex(8)}@aws-billing-jp.com>', [('aws-billing-jp.com', 'mail')], 'NONE')
PH4 = '177007320406611'
t = f"""お客様

AWS アカウントのお支払い方法に問題が発生したため、サポートケース {PH4} を
作成しました。

72 時間以内にお支払い情報を更新されない場合、アカウントは停止され、
稼働中のリソースはすべて削除されます。

お支払い情報を更新する:
https://aws-billing-jp.com/console/billing/update?case={PH4}

Amazon Web Services
"""
aws_mail(48, 'oshiharai-joho-koushin', part(t, cte='base64'), d=d, rcpt=AYA[0], to_hdr=AYA[0], chain=chain_jp,
         chain_kw=BIG, sender=ph4, from_hdr='Amazon Web Services <no-reply@aws-billing-jp.com>',
         subject=f'Amazon Web Services: 【至急】お支払い情報の確認が必要です（ケース {PH4}）',
         label=L('unrelated', PH4, [], False, 'ja'))

# ================================================================= case J (en, Office 365 tenant)
J_OPEN = dt('2026-02-09 15:48:02')
J = cid15(J_OPEN, 30914)
J_SUBJ = 'Consolidate my AWS certification accounts'

# 049 closure that says done; UTF-8 bytes under a wrong iso-8859-1 label (en)
d = dt('2026-02-12 18:21:45')
t = f"""Hello Olivia,

We have finished the work you approved on Tuesday: AWS07718823 has been
folded into AWS04412890 – all certifications, exam history and your unused
50% discount voucher now sit under AWS04412890, and the old profile is
closed. You’re all set.

Since nothing else is outstanding, I’m marking this case as resolved. If
anything doesn’t look right, simply reopen it within the next 14 days.
""" + reply_tail_en(J).replace('{agent}', 'Chloé B.')
aws_mail(49, 're-case-finished-marking-resolved', part(t, cte='quoted-printable', label='iso-8859-1'), d=d,
         rcpt=OLIVIA[0], to_hdr=f'Olivia Chen <{OLIVIA[0]}>', chain=chain_outlook, chain_kw=dict(consumer=False),
         subject=f'RE:[CASE {J}] {J_SUBJ}',
         label=L('merge_completed', J, ['AWS04412890', 'AWS07718823'], True, 'en'))

# 050 was your issue resolved (en)
d = dt('2026-02-14 18:30:11')
t = f"""Dear Customer,

Support case {J} was resolved on February 12, 2026.

Was your issue resolved?
  [ YES ]  https://support-feedback.aws.amazon.com/r?c={J}&a=yes
  [ NO  ]  https://support-feedback.aws.amazon.com/r?c={J}&a=no

How would you rate the support you received? (1 = poor, 5 = excellent)
  https://support-feedback.aws.amazon.com/s/{rhex(32)}?displayId={J}

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(50, 'was-your-issue-resolved', part(t), d=d, rcpt=OLIVIA[0], to_hdr=f'Olivia Chen <{OLIVIA[0]}>',
         chain=chain_outlook, chain_kw=dict(consumer=False),
         subject=f'Amazon Web Services: Was your issue resolved? (Case {J})',
         label=L('survey', J, [], True, 'en'))

# ================================================================= unrelated
# 051 billing case opened (en, outlook)
K_OPEN = dt('2025-08-04 09:17:44')
K = cid15(K_OPEN, 71805)
t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {K} to address your issue.

The details of your case are as follows:

Case ID: {K}
Subject: Charged twice for July invoice
Severity: General guidance
Correspondence: Hi, my credit card shows two charges of USD 184.22 for
invoice 2174619935 (July 2025). Could you check and refund the duplicate?
Account 4417-2290-6153. Thanks, Daniel

We will respond to your inquiry in the order it was received.

To view or update your case, please visit:
{link(K)}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(51, 'billing-case-opened', part(t), d=K_OPEN + timedelta(seconds=2), rcpt=DAN[0], to_hdr=DAN[0],
         chain=chain_outlook, subject=f'Amazon Web Services: You have opened a new Support case: {K}',
         label=L('unrelated', K, [], True, 'en'))

# 052 EC2 quota increase done (ja, gmail)
Q_OPEN = dt('2025-06-10 05:02:19')
Q = cid15(Q_OPEN, 39021)
d = dt('2025-06-10 23:45:10')
t = f"""佐藤 由紀 様

AWS サポートの石井です。お問い合わせいただきありがとうございます。

ご依頼いただいた上限緩和について、対応が完了しましたのでお知らせいたします。

　リージョン　　：アジアパシフィック（東京） ap-northeast-1
　対象　　　　　：Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
　変更前の上限　：32 vCPU
　変更後の上限　：128 vCPU

反映まで最大 30 分ほどかかる場合がございます。Service Quotas コンソールにて
新しい値をご確認ください。

石井
Amazon Web Services
""" + reply_tail_ja(Q)
aws_mail(52, 're-case-ec2-vcpu-jougen-ja', part(t, charset='iso-2022-jp', cte='7bit'), d=d, rcpt=YUKI[0],
         to_hdr=YUKI[0], chain=chain_gmail, subj_charset='iso-2022-jp',
         subject=f'RE:[CASE {Q}] Service Quotas: EC2 vCPU 上限緩和申請 (ap-northeast-1)',
         label=L('unrelated', Q, [], True, 'ja'))

# 053 EC2 limit case resolved (en, gmail)
Q2_OPEN = dt('2025-11-03 13:40:05')
Q2 = cid15(Q2_OPEN, 66173)
d = dt('2025-11-06 14:00:27')
t = f"""Dear Customer,

We're writing to let you know that your support case {Q2}
("Limit increase request: EC2 Elastic IPs, us-east-1") has been marked as
resolved.

Resolution note from your support engineer:
  Your Elastic IP address quota in us-east-1 has been raised from 5 to 15.

Was your issue resolved?
  YES: https://support-feedback.aws.amazon.com/r?c={Q2}&a=yes
  NO:  https://support-feedback.aws.amazon.com/r?c={Q2}&a=no

Sincerely,
Amazon Web Services
{CONSOLE_FOOT_EN}"""
aws_mail(53, 'limit-increase-case-resolved', part(t, charset='us-ascii', cte='7bit'), d=d, rcpt=PRIYA[0],
         to_hdr=PRIYA[0], chain=chain_gmail, subject=f'Amazon Web Services: Support case {Q2} has been resolved',
         label=L('unrelated', Q2, [], True, 'en'))

# 054 billing case: new correspondence notice (ja, Office 365)
B2_OPEN = dt('2025-10-01 03:12:40')
B2 = cid15(B2_OPEN, 20488)
d = dt('2025-10-02 08:05:33')
t = f"""お客様

お客様のサポートケースに新しい通信が追加されました。

ケース ID: {B2}
件名: 請求書の宛名と適格請求書発行事業者登録番号の表示について
カテゴリ: アカウントおよび請求

内容を確認するには、AWS サポートセンターにサインインしてください:
{link(B2, 'ja')}

Amazon Web Services
{CONSOLE_FOOT_JA}"""
aws_mail(54, 'billing-case-new-correspondence-ja', part(t, charset='shift_jis', cte='base64'), d=d,
         rcpt=KENTA[0], to_hdr=enc_name(KENTA[1], KENTA[0]), chain=chain_outlook, chain_kw=dict(consumer=False),
         subject=f'[ケース {B2}] 新しい通信が追加されました', subj_charset='shift_jis',
         label=L('unrelated', B2, [], True, 'ja'))

# 055 Seller Central case (en, gmail)
d = dt('2025-06-04 17:51:02')
SC = '5884881212'
sc_s = sender_generic('amazon.com', '54.240.13.77', 'a13-77.smtp-out.amazonses.com',
                      f'{d.strftime("%Y%m%d%H%M%S")}{rhex(10)}@bounces.amazon.com',
                      f'<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@email.amazon.com>',
                      [('amazon.com', 'rte02')], 'QUARANTINE')
t = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I've reviewed the listing for ASIN B0CX7T2L9Q. It was suppressed because
the main image does not meet our requirements (pure white background). Once
you upload a compliant image, the listing should become active again within
24 hours.

To reply to this message, please go to Seller Central > Help > Case Log and
open case {SC}.

Best regards,
Hana
Amazon Selling Partner Support
"""
aws_mail(55, 'seller-central-case-reply', part(t, charset='us-ascii', cte='7bit'), d=d, rcpt=SOPHIE[0],
         to_hdr=SOPHIE[0], chain=chain_gmail, sender=sc_s,
         from_hdr='"Amazon Selling Partner Support" <seller-notification@amazon.com>',
         subject=f'RE:[CASE {SC}] Listing suppressed - ASIN B0CX7T2L9Q',
         label=L('unrelated', SC, [], True, 'en'))

# 056 CertMetrics "wants to hear from you" (en, outlook)
d = dt('2025-07-22 15:02:10')
cm = sender_generic('certmetrics.com', '198.2.137.46', 'mail137-46.suw41.mandrillapp.com',
                    f'bounce-md_30961158.{rhex(8)}.v1-{rhex(32)}@mandrillapp.com',
                    f'<{rhex(32)}@mandrillapp.com>', [('certmetrics.com', 'mte1')], 'NONE')
h = html_wrap(f"""<table width="600" align="center"><tr><td style="padding:20px">
<p><img src="https://www.certmetrics.com/amazon/images/aws-tc-logo.png" alt="AWS Training and Certification" width="200"></p>
<p>Hello Daniel,</p>
<p><b>AWS Certification wants to hear from you!</b></p>
<p>As an AWS Certified individual (Candidate ID: AWS01827364), your opinion matters. Please take our 10-minute
survey about your certification experience and help shape future exams.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?s={rhex(16)}">Take the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply.</p>
</td></tr></table>""")
aws_mail(56, 'certmetrics-hear-from-you', part(h, 'html'), d=d, rcpt=DAN[0], to_hdr=DAN[0], chain=chain_outlook,
         sender=cm, from_hdr='AWS Certification <do-not-reply@certmetrics.com>',
         subject='AWS Certification wants to hear from you',
         label=L('unrelated', None, ['AWS01827364'], False, 'en'))

# 057 GitHub PR merged (en, gmail)
d = dt('2025-11-19 10:44:58')
gh = sender_generic('github.com', '192.30.252.201', 'out-18.smtp.github.com', 'noreply@github.com',
                    '<northwind-labs/cert-portal/pull/412/issue_event/18823901734@github.com>',
                    [('github.com', 'pf2023')], 'REJECT')
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-labs/cert-portal/pull/412#event-18823901734
You are receiving this because you authored the thread.

Message ID: <northwind-labs/cert-portal/pull/412/issue_event/18823901734@github.com>
"""
h = html_wrap("""<p>Merged <a href="https://github.com/northwind-labs/cert-portal/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind-labs/cert-portal/pull/412#event-18823901734">view it on GitHub</a>.<br>
You are receiving this because you authored the thread.</p>""")
aws_mail(57, 'github-pr-merged', alt(part(t, charset='us-ascii', cte='7bit'), part(h, 'html', cte='7bit', charset='us-ascii')),
         d=d, rcpt=PRIYA[0], to_hdr='northwind-labs/cert-portal <cert-portal@noreply.github.com>',
         chain=chain_gmail, sender=gh, from_hdr='Marcus Lee <notifications@github.com>',
         subject='Re: [northwind-labs/cert-portal] Merge duplicate certification accounts on first login (PR #412)',
         extra=[('Cc', f'Priya Raman <{PRIYA[0]}>, Author <author@noreply.github.com>'),
                ('In-Reply-To', '<northwind-labs/cert-portal/pull/412@github.com>'),
                ('References', '<northwind-labs/cert-portal/pull/412@github.com>'),
                ('List-ID', 'northwind-labs/cert-portal <cert-portal.northwind-labs.github.com>'),
                ('X-GitHub-Reason', 'author')],
         label=L('unrelated', None, [], False, 'en'))

# 058 Credly expiry reminder (ja-localised)
d = dt('2026-02-20 01:00:12')
h = html_wrap("""<table width="600" align="center"><tr><td style="padding:24px">
<h1 style="font-size:20px">鈴木 彩 さん、バッジの有効期限が近づいています</h1>
<p>次のバッジは 2026年4月21日 に有効期限が切れます。</p>
<p style="font-weight:bold">AWS Certified Cloud Practitioner</p>
<p>認定を更新するには、発行元 Amazon Web Services Training and Certification の案内に従って再認定を行ってください。</p>
<p><a href="https://www.credly.com/earner/earned?locale=ja">バッジを確認する</a></p>
<p style="font-size:12px;color:#777">Credly, a Pearson company</p></td></tr></table>""", 'ja')
credly_mail(58, 'credly-kigen-chikai-ja', part(h, 'html', cte='quoted-printable'), d=d, rcpt=AYA[0], to_hdr=AYA[0],
            chain=chain_jp, chain_kw=BIG, from_hdr='Credly <admin@credly.com>',
            subject='バッジの有効期限が近づいています',
            label=L('unrelated', None, [], True, 'ja'))

# 059 Credly's own account-merge verification code (en)
d = dt('2025-12-10 08:31:40')
t = """Hi Sophie,

We received a request to merge another Credly account into this one.

Your verification code is: 482913

Enter this code on the merge page, or select the link below to finish:
Complete Account Merge: https://www.credly.com/account/merge/confirm?token=""" + rhex(40) + """

The code expires in 30 minutes. If you did not request this, you can ignore
this email; no changes will be made.

The Credly Team
"""
credly_mail(59, 'credly-account-merge-code', part(t, charset='us-ascii', cte='7bit'), d=d, rcpt=SOPHIE[0],
            to_hdr=SOPHIE[0], chain=chain_gmail, from_hdr='Credly <admin@credly.com>',
            subject='Your Credly account merge code',
            label=L('unrelated', None, [], True, 'en'))

# 060 colleague's reply quoting the user's forward of the AWS mail (ja, nested quotes)
d = dt('2025-09-16 04:26:50')
col = sender_generic('minatosoft.co.jp', '40.107.74.101', 'TYVP286CU001.outbound.protection.outlook.com',
                     'h.nakamura@minatosoft.co.jp',
                     f'<TYCPR01MB{R.randint(1000, 9999)}{ralnum(10).upper()}@TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com>',
                     [('minatosoft.co.jp', 'selector1')], 'NONE')
t = f"""田中さん

共有ありがとうございます。ケース {C} の件、無事に済んだようで何よりです。
資格管理台帳の ID は AWS07731904 に修正しておきます。
バウチャーが残っているか、念のため確認しておいてください。

中村

2025年9月16日(火) 12:10 田中 健太 <kenta.tanaka@minatosoft.co.jp>:
> 中村さん
>
> AWS から下記の連絡がありました。今後は AWS07731904 だけを使います。
>
> 田中
>
> > 田中 健太 様
> >
> > AWS トレーニングと認定 カスタマーサポートの小林です。
> > ご承認いただきありがとうございました。
> >
> > 担当チームでの作業が終わり、認定資格と試験の履歴はすべて
> > AWS07731904 でご確認いただける状態になりました。
> > もう一方のアカウント（aws-03319257）は閉鎖済みのため、今後は
> > AWS07731904 にサインインしてご利用ください。
"""
top = chain_outlook(col, KENTA[0], d, consumer=False)
top += dkim_headers(col, d)
top += [('Date', rfc(d, JST)), ('From', enc_name('中村 浩', 'h.nakamura@minatosoft.co.jp')),
        ('To', enc_name(KENTA[1], KENTA[0])),
        ('Subject', enc_subject(f'Re: Fw: RE:[CASE {C}] {C_SUBJ}', 'iso-2022-jp')),
        ('Thread-Topic', enc_subject(f'Fw: RE:[CASE {C}] {C_SUBJ}')),
        ('Message-ID', col['mid']),
        ('In-Reply-To', '<TYCPR01MB8834F2A7C1E09D3B44AB9E52C71AA@TYCPR01MB8834.jpnprd01.prod.outlook.com>'),
        ('References', '<TYCPR01MB8834F2A7C1E09D3B44AB9E52C71AA@TYCPR01MB8834.jpnprd01.prod.outlook.com>'),
        ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-Originating-IP', '[10.14.3.22]')]
write(60, 're-fw-case-shanai', part(t, charset='iso-2022-jp', cte='7bit'), top,
      L('unrelated', C, ['AWS07731904'], False, 'ja'))

# ================================================================= labels
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(LABELS), 'mails written')
