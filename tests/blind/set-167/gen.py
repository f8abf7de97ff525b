#!/usr/bin/env python3
"""Generator for blind set 167: Japanese / mixed AWS Certification account-merge mailbox.

Writes NNN-description.eml files and labels.json into this folder.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import random
import string
import uuid
from email.message import Message
from email.header import Header
from email.charset import Charset, BASE64, QP
from email.utils import format_datetime, formataddr
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(167)
LABELS = {}
COUNTER = [0]

UTC = _dt.timezone.utc
JST = _dt.timezone(_dt.timedelta(hours=9))
PDT = _dt.timezone(_dt.timedelta(hours=-7))


# ---------------------------------------------------------------- helpers
def T(s, tz=JST):
    """'2025-05-28 08:02:13' in tz -> aware datetime."""
    return _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(opened):
    return str(int(opened.timestamp())) + ''.join(rnd.choice(string.digits) for _ in range(5))


def rstr(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(rnd.choice(alphabet) for _ in range(n))


def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def b64blob(n=344):
    s = rstr(n, string.ascii_letters + string.digits + '+/')
    return s


def fold_b(value, indent='\t ', width=70):
    out, line = [], ''
    for i in range(0, len(value), width):
        out.append(value[i:i + width])
    return ('\n' + indent).join(out)


def ses_msgid(when, region=None):
    ms = int(when.timestamp() * 1000)
    host = 'email.amazonses.com' if not region else f'{region}.amazonses.com'
    return f'<0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000@{host}>'


def rfc_date(when):
    return format_datetime(when)


def gdate(when):
    w = when.astimezone(PDT)
    return format_datetime(w) + ' (PDT)'


def enc_subject(s, charset='utf-8', enc='B', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    c = Charset(charset)
    c.header_encoding = BASE64 if enc == 'B' else QP
    return Header(s, c, header_name=name, maxlinelen=76).encode(linesep='\n')


def enc_words(s, codec, label, enc='B', per=14):
    """Encoded words in a charset Python would otherwise convert (e.g. real Shift_JIS), folded."""
    words = []
    for i in range(0, len(s), per):
        raw = s[i:i + per].encode(codec)
        if enc == 'B':
            words.append(f'=?{label}?B?{base64.b64encode(raw).decode()}?=')
        else:
            q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else '=%02X' % b for b in raw)
            words.append(f'=?{label}?Q?{q}?=')
    return '\n '.join(words)


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


# ---------------------------------------------------------------- MIME parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None,
         label=None, extra_ct='', disposition=None):
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    lab = label or charset
    m['Content-Type'] = f'text/{subtype}; charset="{lab}"' + extra_ct
    m['Content-Transfer-Encoding'] = cte
    if disposition:
        m['Content-Disposition'] = disposition
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


def multi(subtype, parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_' + str(rnd.randint(100000, 9999999)) + '_' +
                     str(rnd.randint(10000000, 999999999)) + '.' + str(rnd.randint(10**12, 2 * 10**12)))
    m['Content-Type'] = f'multipart/{subtype}; \n\tboundary="{b}"'
    for p in parts:
        m.attach(p)
    return m


def gmail_boundary():
    return '000000000000' + rhex(16)


def outlook_boundary():
    return '_000_' + rstr(28, string.ascii_uppercase + string.digits) + '_'


def html_wrap(inner, title='', lang='ja'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="UTF-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>{title}</title>\n'
            '<style>body{font-family:"Amazon Ember","Hiragino Kaku Gothic ProN",Meiryo,Arial,sans-serif;'
            'font-size:14px;color:#16191f;} td{padding:4px 8px;} .ft{color:#687078;font-size:11px;}</style>\n'
            f'</head>\n<body>\n{inner}\n</body>\n</html>\n')


def txt2html(t):
    import html as _h
    paras = t.strip('\n').split('\n\n')
    return '\n'.join('<p>' + _h.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)


# ---------------------------------------------------------------- transport
SES_IPS = ['54.240.8.30', '54.240.8.73', '54.240.11.54', '54.240.27.16', '54.240.48.91',
           '23.251.234.12', '54.240.13.68', '69.169.224.3', '54.240.3.25']


def ses_host(ip):
    if ip.startswith('23.251'):
        return f'e234-12.smtp-out.us-west-2.amazonses.com'
    a = ip.split('.')
    return f'a{a[2]}-{a[3]}.smtp-out.amazonses.com'


class Sender:
    """What the sending infrastructure looks like."""

    def __init__(self, kind, from_domain, when, ip=None, host=None, mailfrom=None, dkim_domains=None,
                 msgid=None, region=None):
        self.kind = kind
        self.from_domain = from_domain
        if kind == 'ses':
            self.ip = ip or rnd.choice(SES_IPS)
            self.host = host or ses_host(self.ip)
            self.msgid = msgid or ses_msgid(when, region)
            local = self.msgid.strip('<>').split('@')[0]
            self.mailfrom = mailfrom or (local + '@' + ('email.amazonses.com' if not region else f'{region}.amazonses.com'))
            self.dkim_domains = dkim_domains if dkim_domains is not None else [from_domain, 'amazonses.com']
        elif kind == 'credly':
            self.ip = ip or f'149.72.{rnd.randint(100, 250)}.{rnd.randint(2, 250)}'
            self.host = host or f'o{rnd.randint(1, 30)}.ptr{rnd.randint(1000, 9999)}.em.credly.com'
            self.msgid = msgid or f'<{rstr(22)}@geopod-ismtpd-{rnd.randint(1, 40)}>'
            self.mailfrom = mailfrom or f'bounces+{rnd.randint(1000000, 9999999)}-{rhex(4)}=example.invalid@em.credly.com'
            self.dkim_domains = dkim_domains if dkim_domains is not None else ['credly.com', 'sendgrid.info']
        else:
            self.ip = ip or f'{rnd.randint(20, 220)}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}.{rnd.randint(2, 250)}'
            self.host = host or f'mail.{from_domain}'
            self.msgid = msgid or f'<{rhex(24)}@{from_domain}>'
            self.mailfrom = mailfrom or f'bounce@{from_domain}'
            self.dkim_domains = dkim_domains if dkim_domains is not None else [from_domain]
        self.sel = {}

    def bsig(self, d):
        k = 'b:' + d
        if k not in self.sel:
            self.sel[k] = rstr(8, string.ascii_letters + string.digits + '+/')
        return self.sel[k]

    def selector(self, d):
        if d not in self.sel:
            self.sel[d] = {'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono', 'credly.com': 's1',
                           'sendgrid.info': 'smtpapi'}.get(d, rstr(32, string.ascii_lowercase + string.digits))
        return self.sel[d]

    def dkim_headers(self, when, signed=None):
        out = []
        for d in (signed if signed is not None else self.dkim_domains):
            sel = self.selector(d)
            t = int(when.timestamp())
            h = ('From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID' if d != 'amazonses.com'
                 else 'Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')
            v = (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={d}; t={t};\n'
                 f'\th={h};\n\tbh={rstr(43, string.ascii_letters + string.digits + "+/")}=;\n'
                 f'\tb={fold_b(b64blob(342) + "=", chr(9))}')
            out.append(('DKIM-Signature', v))
        return out


def verdict(sender, dkim=None, spf='pass', dmarc='pass', dmarc_policy='QUARANTINE', from_domain=None):
    """dkim: list of (domain, result); default = all signatures pass."""
    return {
        'dkim': dkim if dkim is not None else [(d, 'pass') for d in sender.dkim_domains],
        'spf': spf, 'dmarc': dmarc, 'policy': dmarc_policy,
        'from_domain': from_domain or sender.from_domain,
    }


def ar_gmail(s, v, to):
    parts = []
    for d, r in v['dkim']:
        parts.append(f'dkim={r} header.i=@{d} header.s={s.selector(d)} header.b={s.bsig(d)}')
    mf_dom = s.mailfrom.split('@')[1]
    if v['spf'] == 'pass':
        parts.append(f'spf=pass (google.com: domain of {s.mailfrom} designates {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom}')
    elif v['spf']:
        parts.append(f'spf={v["spf"]} (google.com: domain of {s.mailfrom} does not designate {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom}')
    if v['dmarc']:
        pol = v['policy']
        parts.append(f'dmarc={v["dmarc"]} (p={pol} sp={pol} dis={"NONE" if v["dmarc"] == "pass" else ("QUARANTINE" if pol != "NONE" else "NONE")}) header.from={v["from_domain"]}')
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def ar_outlook(s, v):
    spf = v['spf'] or 'none'
    txt = f'spf={spf} (sender IP is {s.ip})\n smtp.mailfrom={s.mailfrom.split("@")[1]}; '
    if v['dkim']:
        d, r = v['dkim'][0]
        txt += f'dkim={r} ({"signature was verified" if r == "pass" else "signature did not verify"})\n header.d={d};'
    else:
        txt += 'dkim=none (message not signed)\n header.d=none;'
    dm = v['dmarc'] or 'none'
    action = 'none' if dm == 'pass' else ('quarantine' if v['policy'] in ('QUARANTINE', 'REJECT') else 'none')
    txt += f'dmarc={dm} action={action} header.from={v["from_domain"]};compauth={"pass" if dm == "pass" else "fail"}\n reason={"100" if dm == "pass" else "000"}'
    return txt


def ar_simple(authserv, s, v, style='full'):
    parts = [f'spf={v["spf"] or "none"} smtp.mailfrom={s.mailfrom}']
    for d, r in v['dkim']:
        parts.append(f'dkim={r} header.d={d}' if style != 'i' else f'dkim={r} header.i=@{d}')
    if v['dmarc'] and style != 'nodmarc':
        parts.append(f'dmarc={v["dmarc"]} header.from={v["from_domain"]}')
    return f'{authserv};\n\t' + ';\n\t'.join(parts)


def transport(provider, s, when, to, v):
    """Return list of (name, value) headers placed above the message headers.
    provider: gmail | outlook | yahoojp | nifty | docomo | biglobe | ocn | sakura | xserver | noar
    """
    arr = when + _dt.timedelta(seconds=rnd.randint(2, 9))
    H = []
    if provider == 'gmail':
        H.append(('Delivered-To', to))
        H.append(('Received', f'by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rstr(6, "abcdefghijklmnopqrstuvwxyz0123456789")}csp{rnd.randint(100000, 9999999)}{rstr(3, string.ascii_lowercase)};\n        {gdate(arr)}'))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rstr(60, string.ascii_letters + string.digits + '+/') + '=='))
        H.append(('X-Received', f'by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {rstr(20, string.ascii_lowercase + string.digits)}.{rnd.randint(10, 99)}.{rnd.randint(100000, 9999999)}1{rnd.randint(1000, 9999)};\n        {gdate(arr)}'))
        H.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={int(arr.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(b64blob(300) + "==", "         ", 62)}'))
        H.append(('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rstr(43)}=;\n        fh={rstr(43)}=;\n        b={fold_b(b64blob(300) + "==", "         ", 62)}'))
        H.append(('ARC-Authentication-Results', 'i=1; ' + ar_gmail(s, v, to)))
        H.append(('Return-Path', f'<{s.mailfrom}>'))
        H.append(('Received', f'from {s.host} ({s.host}. [{s.ip}])\n        by mx.google.com with ESMTPS id {rhex(10)}-{rnd.randint(1000, 9999)}{rstr(6, string.ascii_lowercase)}.{rnd.randint(100, 999)}.{rnd.randint(2025, 2025)}.{rnd.randint(10000, 99999)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(arr)}'))
        sp = v['spf'] or 'neutral'
        H.append(('Received-SPF', f'{sp} (google.com: domain of {s.mailfrom} {"designates" if sp == "pass" else "does not designate"} {s.ip} as permitted sender) client-ip={s.ip};'))
        H.append(('Authentication-Results', ar_gmail(s, v, to)))
    elif provider == 'outlook':
        srv = rstr(4, string.ascii_uppercase) + 'PR01MB' + str(rnd.randint(1000, 9999))
        fe = 'OS' + str(rnd.randint(1, 3)) + 'PEPF0000' + str(rnd.randint(1000, 9999))
        ca = 'TY' + rstr(2, string.ascii_uppercase) + 'P286CA0' + str(rnd.randint(100, 999))
        a3 = arr + _dt.timedelta(seconds=1)
        H.append(('Received', f'from {srv}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{rhex(2)})\n by {srv[:-2]}{rnd.randint(10, 99)}.jpnprd01.prod.outlook.com with HTTPS; {rfc_date(a3.astimezone(UTC))}'))
        H.append(('Received', f'from {ca}.JPNP286.PROD.OUTLOOK.COM (2603:1096:405:{rhex(2)}::{rhex(2)})\n by {srv}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.{rnd.randint(10, 40)}; {rfc_date(a3.astimezone(UTC))}'))
        H.append(('Received', f'from {fe}.jpnprd01.prod.outlook.com\n (2603:1096:404:8000::{rhex(3)}) by {ca}.outlook.office365.com\n (2603:1096:405:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{rnd.randint(10, 40)} via Frontend Transport; {rfc_date(arr.astimezone(UTC))}'))
        H.append(('Authentication-Results', ar_outlook(s, v)))
        sp = (v['spf'] or 'none').capitalize()
        H.append(('Received-SPF', f'{sp} (protection.outlook.com: domain of {s.mailfrom.split("@")[1]}\n {"designates" if sp == "Pass" else "does not designate"} {s.ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={s.ip};\n helo={s.host}; pr=C'))
        H.append(('Received', f'from {s.host} ({s.ip}) by\n {fe}.mail.protection.outlook.com (10.167.{rnd.randint(240, 250)}.{rnd.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{rnd.randint(10, 40)} via\n Frontend Transport; {rfc_date(arr.astimezone(UTC))}'))
    elif provider == 'noar':
        H.append(('Return-Path', f'<{s.mailfrom}>'))
        H.append(('Received', f'from mx01.{to.split("@")[1]} (mx01.{to.split("@")[1]} [10.20.{rnd.randint(1, 250)}.{rnd.randint(2, 250)}])\n\tby mbox03.{to.split("@")[1]} (Postfix) with ESMTP id {rstr(11, string.ascii_uppercase + string.digits)}\n\tfor <{to}>; {rfc_date(arr.astimezone(JST))}'))
        H.append(('Received', f'from {s.host} ({s.host} [{s.ip}])\n\tby mx01.{to.split("@")[1]} (Postfix) with ESMTPS id {rstr(11, string.ascii_uppercase + string.digits)}\n\tfor <{to}>; {rfc_date(arr.astimezone(JST))}'))
    else:
        authserv, mta = {
            'yahoojp': ('mx.mail.yahoo.co.jp', 'mta{}.mail.kks.yahoo.co.jp'),
            'nifty': ('mx.nifty.com', 'mfilter{}.nifty.com'),
            'docomo': ('mfsmax.docomo.ne.jp', 'mfsmax{}.docomo.ne.jp'),
            'biglobe': ('biglobe.ne.jp', 'mx{}.biglobe.ne.jp'),
            'ocn': ('ocn.ne.jp', 'mgw{}.ocn.ne.jp'),
            'sakura': ('www{}.sakura.ne.jp'.format(rnd.randint(1000, 9999)), 'www{}.sakura.ne.jp'),
            'xserver': ('sv{}.xserver.jp'.format(rnd.randint(10000, 19999)), 'sv{}.xserver.jp'),
            'aumail': ('mx.aumail.jp', 'mxin{}.aumail.jp'),
        }[provider]
        mta = mta.format(rnd.randint(1, 30))
        style = {'docomo': 'nodmarc', 'yahoojp': 'i'}.get(provider, 'full')
        H.append(('Return-Path', f'<{s.mailfrom}>'))
        H.append(('Delivered-To', to))
        H.append(('Received', f'from {mta} (localhost [127.0.0.1])\n\tby {authserv} with LMTP id {rstr(10)}\n\tfor <{to}>; {rfc_date(arr.astimezone(JST))}'))
        H.append(('Authentication-Results', ar_simple(authserv, s, v, style)))
        H.append(('Received', f'from {s.host} ({s.host} [{s.ip}])\n\tby {mta} with ESMTPS id {rstr(14, string.ascii_uppercase + string.digits)}\n\tfor <{to}>; {rfc_date(arr.astimezone(JST))}'))
    return H


# ---------------------------------------------------------------- build
def build(desc, body, *, frm, to, subject, date, sender, provider, label, v=None,
          cc=None, reply_to=None, extra=None, forged_ar=None, signed=None, subject_raw=False,
          x_mailer=None, in_reply_to=None, references=None, pre_dkim=None, date_utc=True):
    """label = (kind, case_id, account_ids, sender_verified, language)"""
    COUNTER[0] += 1
    fname = f'{COUNTER[0]:03d}-{desc}.eml'
    v = v or verdict(sender)
    hdrs = transport(provider, sender, date, to if '<' not in to else to.split('<')[1].rstrip('>'), v)
    if forged_ar:
        hdrs.append(('Authentication-Results', forged_ar))
    if pre_dkim:
        hdrs.extend(pre_dkim)
    hdrs.extend(sender.dkim_headers(date, signed))
    hdrs.append(('From', frm))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', subject))
    hdrs.append(('Date', rfc_date(date.astimezone(UTC) if (sender.kind in ('ses', 'credly') and date_utc) else date)))
    hdrs.append(('Message-ID', sender.msgid))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    if x_mailer:
        hdrs.append(('X-Mailer', x_mailer))
    for e in (extra or []):
        hdrs.append(e)
    if sender.kind == 'ses':
        hdrs.append(('Feedback-ID', f'::1.us-east-1.{rstr(43)}=:AmazonSES'))
        hdrs.append(('X-SES-Outgoing', date.astimezone(UTC).strftime('%Y.%m.%d-') + sender.ip))
    hdrs.append(('MIME-Version', '1.0'))
    head = ''.join(f'{n}: {val}\n' for n, val in hdrs)
    bodybytes = body.as_bytes(policy=_policy.compat32)
    raw = head.encode('ascii') + bodybytes
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    kind, case_id, accts, ver, lang = label
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accts)),
                     'sender_verified': ver, 'language': lang}
    return fname


def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print('wrote', len(LABELS), 'mails')


# ---------------------------------------------------------------- common people / text
AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NR = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'
CREDLY = 'admin@credly.com'

# ================================================================ MAILS START

# ---------------------------------------------------------------- Case A: Tanaka (Gmail, form case, Japanese agent Yamada)
A_OPEN = T('2025-05-28 08:02:13')
CASE_A = case15(A_OPEN)
A_TO = 'kenichi.tanaka.dev@gmail.com'
A_OLD, A_NEW = 'AWS02817463', 'AWS05539120'
A_SUBJ = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'

# A1 acknowledgement
d = A_OPEN + _dt.timedelta(seconds=41)
txt = f"""田中 健一 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

　ケース ID　　　　　：{CASE_A}
　お問い合わせ種別　：Certification（認定）
　詳細　　　　　　　：Account Merge（アカウントの統合）
　ご入力の認定 ID　 ：{A_OLD}, {A_NEW.lower()}
　受付日時　　　　　：2025/05/28 08:02 (JST)

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加でお伝えいただきたい情報がございましたら、件名を変更せずにこのメールへご返信ください。
同じ内容で新たにお問い合わせを作成されますと、かえってご回答が遅れる場合がございますので、ご了承ください。

※本メールはお問い合わせ受付時に自動で送信しています。

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
"""
html = html_wrap('<div style="max-width:640px">' + txt2html(txt) + '<p class="ft">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p></div>', 'お問い合わせ受付')
body = multi('alternative', [leaf(txt), leaf(html, 'html')])
s = Sender('ses', 'amazon.com', d)
build('form-acknowledgement-ja', body, frm=addr(AWS_NAME, AWS_FORM), to=A_TO,
      subject=enc_subject(f'[CASE {CASE_A}] AWS トレーニングと認定 お問い合わせ受付のお知らせ'),
      date=d, sender=s, provider='gmail',
      label=('case_created', CASE_A, [A_OLD, A_NEW], True, 'ja'))

# A2 confirmation request with table
d = T('2025-05-29 10:41:37')
intro = """田中 健一 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山田でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お客様よりいただいた情報をもとに確認いたしましたところ、以下 2 つの認定アカウントが確認できました。
"""
table_txt = f"""
+----------------------------+--------------+----------------------------+--------------------------------------------------+
| 区分                       | AWS 認定 ID  | ログイン用メールアドレス   | 保有認定                                         |
+----------------------------+--------------+----------------------------+--------------------------------------------------+
| 統合元（統合後に無効化）   | {A_OLD}  | ke***@gmail.com            | AWS Certified Cloud Practitioner                 |
| 統合先（存続アカウント）   | {A_NEW}  | k.t***@minato-soft.co.jp   | AWS Certified Solutions Architect - Associate    |
+----------------------------+--------------+----------------------------+--------------------------------------------------+
"""
outro = f"""
統合後は {A_NEW} のアカウントに、認定履歴・試験履歴・特典（50% 割引バウチャーなど）がすべて引き継がれます。
なお、統合処理は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにそのままご返信いただき、統合へのご同意をお知らせくださいますようお願い申し上げます。
ご返信を確認次第、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

山田
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
hist = f"""

---------- 元のお問い合わせ (2025/05/28 08:02) ----------
お名前: 田中 健一
連絡先メールアドレス: {A_TO}
お問い合わせ種別: Certification
詳細: Account Merge
AWS candidate ID: {A_OLD}, {A_NEW.lower()}
内容:
転職前に個人のGmailで取った認定と、会社のアドレスで取った認定でアカウントが２つになってしまいました。
会社のほう（{A_NEW.lower()}）にまとめたいです。よろしくお願いします。
"""
ptxt = intro + table_txt + outro + hist
import html as _h
thtml = (f'<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#aab7b8">'
         f'<tr style="background:#f2f3f3"><th>区分</th><th>AWS 認定 ID</th><th>ログイン用メールアドレス</th><th>保有認定</th></tr>'
         f'<tr><td>統合元（統合後に無効化）</td><td>{A_OLD}</td><td>ke***@gmail.com</td><td>AWS Certified Cloud Practitioner</td></tr>'
         f'<tr><td><b>統合先（存続アカウント）</b></td><td><b>{A_NEW}</b></td><td>k.t***@minato-soft.co.jp</td><td>AWS Certified Solutions Architect - Associate</td></tr></table>')
html = html_wrap(txt2html(intro) + thtml + txt2html(outro) + '<hr><div style="color:#545b64">' + txt2html(hist) + '</div>')
body = multi('alternative', [leaf(ptxt, cte='base64'), leaf(html, 'html', cte='base64')])
s = Sender('ses', 'amazon.com', d)
build('form-reply-merge-table-ja', body, frm=addr(AWS_NAME, AWS_FORM), to=A_TO, subject=A_SUBJ,
      date=d, sender=s, provider='gmail',
      label=('merge_confirmation_requested', CASE_A, [A_OLD, A_NEW], True, 'ja'))

# A3 thanks for confirming, will proceed (ids only in quoted history)
d = T('2025-05-29 15:20:08')
txt = f"""田中 健一 様

ご返信いただき、ありがとうございます。AWS トレーニングと認定 カスタマーサポートの山田でございます。

統合内容についてご確認、ご同意いただきましたこと、承知いたしました。
これより担当部署にて手続きを開始いたします。完了までに通常 1～3 営業日ほどお時間を頂戴しております。
作業が終わりましたら、改めてこちらのケースにてご連絡申し上げます。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

山田
AWS トレーニングと認定 カスタマーサポート

--- 2025/05/29 12:03 (JST) お客様からのメッセージ ---
山田様

ご連絡ありがとうございます。
内容に相違ありません。統合を進めてください。

田中

2025年5月29日(木) 10:41 Amazon Web Services <{AWS_FORM}>:
> 田中 健一 様
>
> いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
> AWS トレーニングと認定 カスタマーサポートの山田でございます。
> （中略）
> | 統合元（統合後に無効化）   | {A_OLD}  | ke***@gmail.com            |
> | 統合先（存続アカウント）   | {A_NEW}  | k.t***@minato-soft.co.jp   |
>
> 上記の内容でお間違いがなければ、本メールにそのままご返信いただき、統合へのご同意をお知らせくださいますようお願い申し上げます。
"""
body = leaf(txt, cte='base64')
s = Sender('ses', 'amazon.com', d)
build('form-reply-proceeding-ja', body, frm=addr(AWS_NAME, AWS_FORM), to=A_TO, subject=A_SUBJ,
      date=d, sender=s, provider='gmail',
      label=('support_reply', CASE_A, [], True, 'ja'))

# A4 completion with result rows, ISO-2022-JP
d = T('2025-05-30 18:05:51')
txt = f"""田中 健一 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの山田でございます。

ご依頼いただいておりました認定アカウントの統合処理につきまして、結果をご報告いたします。

■ 処理結果
　統合元 AWS 認定 ID ：{A_OLD}
　統合先 AWS 認定 ID ：{A_NEW}
　結果　　　　　　　 ：完了
　処理日　　　　　　 ：2025年5月30日

今後は {A_NEW}（k.t***@minato-soft.co.jp）で AWS Certification アカウントにサインインしてください。
認定の一覧および特典が反映されていることを、お手数ですがご確認ください。
Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。

その他ご不明な点がございましたら、本メールにご返信ください。

山田
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
s = Sender('ses', 'amazon.com', d)
build('form-reply-result-rows-iso2022jp', body, frm=addr(AWS_NAME, AWS_FORM), to=A_TO,
      subject=A_SUBJ, date=d, sender=s, provider='gmail',
      label=('merge_completed', CASE_A, [A_OLD, A_NEW], True, 'ja'))

# A5 closure + opinion request (HTML only)
d = T('2025-05-30 18:06:30')
inner = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#232f3e"><tr><td style="padding:12px 20px;color:#ffffff;font-size:18px">AWS トレーニングと認定</td></tr></table>
<div style="padding:20px;max-width:600px">
<p>田中 健一 様</p>
<p>ケース <b>{CASE_A}</b> はクローズされました。</p>
<p>今回のサポートについて、ご意見をお聞かせください。いただいたご意見はサービス向上のために活用させていただきます。所要時間は 1 分程度です。</p>
<p style="font-weight:bold">お問い合わせの問題は解決しましたか？</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#ec7211;border-radius:3px"><a href="https://survey.aws-tc-feedback.amazon.com/r?c={CASE_A}&amp;a=yes&amp;l=ja" style="color:#fff;text-decoration:none;padding:8px 24px;display:inline-block">はい</a></td>
<td style="background:#ec7211;border-radius:3px"><a href="https://survey.aws-tc-feedback.amazon.com/r?c={CASE_A}&amp;a=no&amp;l=ja" style="color:#fff;text-decoration:none;padding:8px 24px;display:inline-block">いいえ</a></td>
</tr></table>
<p>引き続きお手伝いが必要な場合は、このメールに返信していただくとケースが再開されます。</p>
<p class="ft">このメールは送信専用です。Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div>"""
body = leaf(html_wrap(inner, 'ご意見をお聞かせください'), 'html')
s = Sender('ses', 'amazon.com', d)
build('closure-opinion-html-only-ja', body, frm=addr(AWS_NAME, AWS_FORM), to=A_TO,
      subject=enc_subject(f'[CASE {CASE_A}] ケースのクローズとご意見のお願い'), date=d, sender=s, provider='gmail',
      label=('survey', CASE_A, [], True, 'ja'))

# A6 Credly badge issued (English)
d = T('2025-06-01 02:14:09', UTC)
txt = """Hi Kenichi,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Cloud Practitioner

Accept your badge to share it with your professional network and let employers
verify your skills.

Accept your badge: https://www.credly.com/earner/earned/badge/5c3f0a9e-2b71-4d0c-9f5e-8a1d6e4b7c22

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Park Avenue, 4th Floor, New York, NY 10016
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
inner = """<table width="100%" style="background:#f5f5f5"><tr><td align="center"><table width="560" style="background:#ffffff;padding:24px">
<tr><td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" alt="AWS Certified Cloud Practitioner" width="110"></td></tr>
<tr><td><h2 style="font-family:Helvetica,Arial">Hi Kenichi,</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>Accept your badge to share it with your professional network and let employers verify your skills.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5c3f0a9e-2b71-4d0c-9f5e-8a1d6e4b7c22" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
</td></tr><tr><td style="color:#888;font-size:11px">Credly, Inc. | 2 Park Avenue, 4th Floor, New York, NY 10016<br><a href="https://www.credly.com/notifications">Unsubscribe from badge notifications</a></td></tr></table></td></tr></table>"""
body = multi('alternative', [leaf(txt, charset='utf-8', cte='7bit'), leaf(html_wrap(inner, 'Credly', 'en'), 'html')])
s = Sender('credly', 'credly.com', d)
build('credly-badge-issued-en', body, frm=addr('Amazon Web Services Training and Certification via Credly', CREDLY),
      to=A_TO, subject='Amazon Web Services Training and Certification sent you a new badge', date=d,
      sender=s, provider='gmail',
      label=('credly_badge_issued', None, [], True, 'en'))

# ---------------------------------------------------------------- Case B: Sato (M365, console case, 11 digits, 2023)
CASE_B = '13217748291'
B_TO = 'misaki.sato@hoshizora-sys.co.jp'
B1, B2, B3 = 'AWS01122334', 'AWS04455667', 'AWS07788990'
B_SUBJ = f'RE:[CASE {CASE_B}] AWS認定アカウントの統合について'
CONSOLE_FOOT_JA = f"""
このやり取りについて評価をお願いします:
https://console.aws.amazon.com/support/feedback?eventId={{ev}}&displayId={CASE_B}&language=ja

ケースを表示するか、このやり取りに返信するには、サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=ja

*このメールアドレスは送信専用です。このメールに直接返信しても、内容はケースに記録されません。
サポートセンターからご返信ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

# B1 case opened (console, Japanese)
d = T('2023-10-16 13:47:22')
txt = f"""AWS をご利用いただきありがとうございます。

お客様の問題に対応するため、ケース {CASE_B} をオープンしました。

ケース ID: {CASE_B}
件名: AWS認定アカウントの統合について
重要度: 一般的なガイダンス
サービス: AWS トレーニングと認定
カテゴリ: アカウント
状態: 未割り当て

サポートエンジニアがケースを確認し、お客様にご連絡いたします。ケースの詳細の表示や
追加情報の送信は、サポートセンターから行うことができます:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=ja

このメールアドレスは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
"""
body = multi('alternative', [leaf(txt), leaf(html_wrap(txt2html(txt)), 'html')])
s = Sender('ses', 'amazon.com', d)
build('console-case-opened-ja', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=enc_subject(f'Amazon Web Services: 新しいサポートケースをオープンしました: {CASE_B}'),
      date=d, sender=s, provider='outlook',
      label=('case_created', CASE_B, [], True, 'ja'))

# B2 agent asks which account to keep + login e-mails
d = T('2023-10-17 10:12:05')
txt = f"""佐藤様

AWS サポートの木村です。お問い合わせいただきありがとうございます。

ご依頼の件、お送りいただいた氏名とメールアドレスで検索したところ、次の 3 つの認定アカウントが見つかりました。

  - AWS 01122334（2019 年作成）
  - AWS 04455667（2021 年作成）
  - AWS 07788990（2023 年作成）

統合を進めるにあたって、以下の 2 点を教えていただけますか。

  1. 統合後に残したいアカウントはどれでしょうか。
  2. それぞれのアカウントにサインインする際のメールアドレス

いただいた情報をもとに統合内容を整理し、あらためてご連絡します。

よろしくお願いいたします。

木村
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(ev=rhex(32))
body = leaf(txt)
s = Sender('ses', 'amazon.com', d)
build('console-reply-which-account-ja', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=enc_subject(B_SUBJ, enc='Q'), date=d, sender=s, provider='outlook',
      label=('support_reply', CASE_B, [B1, B2, B3], True, 'ja'))

# B3 new correspondence notice
d = T('2023-10-19 09:30:44')
txt = f"""ケース {CASE_B} に AWS サポートから新しい返信が追加されました。

件名: AWS認定アカウントの統合について

返信内容の確認およびケースへの返信は、サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=ja

このメールアドレスは返信を受け付けていません。

Amazon Web Services
"""
body = leaf(txt, cte='base64')
s = Sender('ses', 'amazon.com', d)
build('console-new-correspondence-ja', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=f'[Case {CASE_B}] New correspondence added', date=d, sender=s, provider='outlook',
      label=('support_reply', CASE_B, [], True, 'ja'))

# B4 confirmation request in prose (three accounts)
d = T('2023-10-19 09:30:41')
txt = f"""佐藤様

AWS サポートの木村です。ご返信いただき、ありがとうございます。

いただいた内容をもとに、次のとおり統合を行う予定です。
AWS01122334 と AWS04455667 の 2 つのアカウントを AWS07788990（misaki.sato@hoshizora-sys.co.jp）に統合し、
統合後は AWS07788990 のみが残ります。統合元の 2 つのアカウントにはサインインできなくなります。

統合すると、元に戻すことはできません。
この内容でよろしければ、サポートセンターからこのケースに「同意します」とご返信ください。
ご返信を確認してから作業に入ります。

よろしくお願いいたします。

木村
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(ev=rhex(32))
body = multi('alternative', [leaf(txt, cte='base64'), leaf(html_wrap(txt2html(txt)), 'html', cte='base64')],
             boundary='----=_Part_' + str(rnd.randint(10**6, 10**7)) + '_' + str(rnd.randint(10**8, 10**9)) + '.1697707841201')
s = Sender('ses', 'amazon.com', d)
build('console-reply-confirm-three-accounts-ja', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=enc_subject(B_SUBJ), date=d, sender=s, provider='outlook',
      label=('merge_confirmation_requested', CASE_B, [B1, B2, B3], True, 'ja'))

# B5 closure that also reports completion
d = T('2023-10-20 16:55:19')
txt = f"""佐藤様

AWS サポートの木村です。

ご同意いただいた内容で、認定アカウントの統合が完了しました。
現在は AWS07788990 に、3 つのアカウントで取得された認定と試験の履歴がすべてまとまっています。
AWS01122334 と AWS04455667 は無効になりましたので、今後はご利用いただけません。

ご依頼の対応が完了しましたので、本ケースはこれでクローズさせていただきます。
ご不明な点があれば、ケースを再開してお知らせください。

よろしくお願いいたします。

木村
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(ev=rhex(32))
body = leaf(txt)
s = Sender('ses', 'amazon.com', d)
build('console-reply-done-and-closing-ja', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=enc_subject(B_SUBJ), date=d, sender=s, provider='outlook',
      label=('merge_completed', CASE_B, [B1, B2, B3], True, 'ja'))

# ---------------------------------------------------------------- Case C: Suzuki (Yahoo JP, 2019 form case 10 digits, English agent)
CASE_C = '6481205937'
C_TO = 'd.suzuki1988@yahoo.co.jp'
C_OLD, C_NEW = 'AWS03344556', 'AWS06677889'
C_SUBJ = f'RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance'
d = T('2019-11-12 02:31:56', UTC)
txt = f"""Hello Suzuki-san,

Thank you for contacting AWS Training and Certification. My apologies, I am not able
to reply in Japanese, I hope English is ok for you.

I have found below two accounts in our system:

AWS Certification Account: aws03344556 (email: d.suzuki1988@yahoo.co.jp) - will be merged and closed
AWS Certification Account: AWS-06677889 (email: daisuke.suzuki@kaede-net.jp) - will remain as primary

After the merge, all of your certifications and exam history will be in account
AWS-06677889. Please kindly note the merge is permanent and we can not revert it.

Kindly reply to this email to confirm if above information is correct and you want
us to go ahead.

Best regards,
Priya R.
AWS Training and Certification Customer Service

-----Original Message-----
From: =?UTF-8?B?6Yi05pyoIOWkp+i8lA==?= <d.suzuki1988@yahoo.co.jp>
Sent: 11/11/2019 09:14 AM
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS03344556 / AWS06677889
Message:
認定アカウントが２つあります。会社のメールの方に１つにまとめてください。
I have two accounts. Please merge into company one.
"""
body = leaf(txt, charset='utf-8', cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('form-reply-confirm-english-agent', body, frm=addr(AWS_NAME, AWS_FORM), to=C_TO, subject=C_SUBJ,
      date=d, sender=s, provider='yahoojp',
      label=('merge_confirmation_requested', CASE_C, [C_OLD, C_NEW], True, 'en'))

d = T('2019-11-14 05:02:11', UTC)
txt = f"""Hello Suzuki-san,

Thank you for your patience.

I am happy to inform that your two certification profiles were consolidated
successfully. Profile aws03344556 has been combined into AWS06677889 and from now
please sign in only with daisuke.suzuki@kaede-net.jp. Your transcript and
certification benefits are available in the remaining profile.

If you see anything missing please reply to this mail and I will check.

Best regards,
Priya R.
AWS Training and Certification Customer Service

-----Original Message-----
From: d.suzuki1988@yahoo.co.jp
Sent: 11/12/2019 10:48 PM
Subject: Re: RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance

Hello Priya,
はい、問題ありません。Please go ahead.
Suzuki

----- Original Message -----
From: "Amazon Web Services" <{AWS_FORM}>
To: <d.suzuki1988@yahoo.co.jp>
Date: 2019/11/12 火曜日 11:31
Subject: RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance

> AWS Certification Account: aws03344556 (email: d.suzuki1988@yahoo.co.jp) - will be merged and closed
> AWS Certification Account: AWS-06677889 (email: daisuke.suzuki@kaede-net.jp) - will remain as primary
"""
body = leaf(txt, charset='us-ascii', codec='utf-8', cte='8bit', label='us-ascii')
s = Sender('ses', 'amazon.com', d)
build('form-reply-consolidated-en-mislabelled-charset', body, frm=addr(AWS_NAME, AWS_FORM), to=C_TO, subject=C_SUBJ,
      date=d, sender=s, provider='yahoojp',
      label=('merge_completed', CASE_C, [C_OLD, C_NEW], True, 'en'))

d = T('2019-11-14 05:03:40', UTC)
txt = f"""Hello,

Your case {CASE_C} has been resolved and closed.

We would love to hear about your experience with AWS Training and Certification
Customer Service.

Was your issue resolved?

YES: https://aws-tc-feedback.amazon.com/survey?case={CASE_C}&resolved=yes
NO:  https://aws-tc-feedback.amazon.com/survey?case={CASE_C}&resolved=no

How would you rate the agent who helped you? (1 = poor, 5 = excellent)
https://aws-tc-feedback.amazon.com/survey?case={CASE_C}&q=agent

Thank you,
AWS Training and Certification
"""
body = leaf(txt, charset='us-ascii', cte='7bit')
s = Sender('ses', 'amazon.com', d)
build('case-resolved-survey-en', body, frm=addr(AWS_NAME, AWS_FORM), to=C_TO,
      subject=f'Your case {CASE_C} has been resolved - tell us how we did', date=d, sender=s, provider='yahoojp',
      label=('survey', CASE_C, [], True, 'en'))

# ---------------------------------------------------------------- Case D: Takahashi (docomo, Shift_JIS, consent given on the form)
D_OPEN = T('2025-03-04 21:15:40')
CASE_D = case15(D_OPEN)
D_TO = 'yumi.t-0312@docomo.ne.jp'
D_OLD, D_NEW = 'AWS08120456', 'AWS09931277'
D_SUBJ = f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance'

d = D_OPEN + _dt.timedelta(seconds=27)
txt = f"""この度はAWSトレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動返信メールです。

お問い合わせ番号：{CASE_D}

担当者より順次ご連絡いたしますので、しばらくお待ちください。
通常、1営業日以内にご返信しております。混雑状況によりお時間をいただく場合がございます。

本メールにご返信いただいた内容は、そのままお問い合わせに追加されます。
同一のご依頼について、新たにお問い合わせを作成されることはお控えください。

--
AWSトレーニングと認定 カスタマーサポート
"""
body = leaf(txt, charset='shift_jis', cte='base64', label='Shift_JIS')
s = Sender('ses', 'amazon.com', d)
build('form-autoreply-uketsuke-sjis', body, frm=addr(AWS_NAME, AWS_FORM), to=D_TO,
      subject=enc_subject(f'【自動返信】お問い合わせを受け付けました [CASE {CASE_D}]', 'shift_jis'),
      date=d, sender=s, provider='docomo',
      label=('case_created', CASE_D, [], True, 'ja'))

d = T('2025-03-05 11:08:14')
txt = f"""高橋 由美 様

平素より AWS トレーニングと認定をご愛顧賜り、厚く御礼申し上げます。
カスタマーサポート担当の中島と申します。

お問い合わせフォームにて、下記アカウントの統合をご依頼いただくとともに、
統合に関するご同意を既に頂戴しておりますので、改めてのご確認は省略させていただき、
このまま手続きを進めてまいります。

　① 統合元：{D_OLD}（yumi.t-0312@docomo.ne.jp）
　② 統合先：{D_NEW}（yumi.takahashi@tsubame-kango.ac.jp）※こちらが存続いたします

処理が完了いたしましたら、本ケースにてご報告申し上げます。
恐縮ではございますが、今しばらくお待ちくださいますようお願い申し上げます。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

中島
AWS トレーニングと認定 カスタマーサポート
"""
body = leaf(txt, charset='shift_jis', codec='cp932', cte='base64', label='Shift_JIS')
s = Sender('ses', 'amazon.com', d)
build('form-reply-consent-already-given-sjis-cp932', body, frm=addr(AWS_NAME, AWS_FORM), to=D_TO,
      subject=D_SUBJ, date=d, sender=s, provider='docomo',
      label=('support_reply', CASE_D, [D_OLD, D_NEW], True, 'ja'))

d = T('2025-03-06 17:41:02')
txt = f"""高橋 由美 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中島でございます。

かねてよりご依頼いただいておりました認定アカウントの統合につきまして、
本日すべての処理を終えましたことをご報告申し上げます。

{D_OLD} に記録されておりました認定および受験履歴は {D_NEW} へ移行済みでございます。
{D_OLD} は閉鎖いたしましたので、今後は {D_NEW}（yumi.takahashi@tsubame-kango.ac.jp）にて
サインインくださいますようお願い申し上げます。

お手数ではございますが、認定の一覧に漏れがないか、ご確認いただけますと幸いでございます。
万一お気づきの点がございましたら、本メールへご返信くださいませ。

中島
AWS トレーニングと認定 カスタマーサポート
"""
body = multi('alternative', [leaf(txt, cte='base64'), leaf(html_wrap(txt2html(txt)), 'html', cte='base64')])
s = Sender('ses', 'amazon.com', d)
build('form-reply-completion-prose-keigo', body, frm=addr(AWS_NAME, AWS_FORM), to=D_TO,
      subject=D_SUBJ, date=d, sender=s, provider='docomo',
      label=('merge_completed', CASE_D, [D_OLD, D_NEW], True, 'ja'))

d = T('2025-03-06 17:42:15')
txt = f"""高橋 由美 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ（ケース番号 {CASE_D}）は解決済みとしてクローズいたしました。

今後のサービス向上のため、今回の担当者の対応について 5 段階で評価をお願いいたします。

　5（とても満足）　https://aws-tc-feedback.amazon.com/s/{CASE_D}?r=5&l=ja
　4（満足）　　　　https://aws-tc-feedback.amazon.com/s/{CASE_D}?r=4&l=ja
　3（ふつう）　　　https://aws-tc-feedback.amazon.com/s/{CASE_D}?r=3&l=ja
　2（不満）　　　　https://aws-tc-feedback.amazon.com/s/{CASE_D}?r=2&l=ja
　1（とても不満）　https://aws-tc-feedback.amazon.com/s/{CASE_D}?r=1&l=ja

ご協力のほど、よろしくお願いいたします。

AWS トレーニングと認定
"""
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
s = Sender('ses', 'amazon.com', d)
build('rating-request-5-levels-iso2022jp', body, frm=addr(AWS_NAME, AWS_FORM), to=D_TO,
      subject=enc_subject(f'[CASE {CASE_D}] サポートの評価にご協力ください', 'iso-2022-jp'),
      date=d, sender=s, provider='docomo',
      label=('survey', CASE_D, [], True, 'ja'))

# ---------------------------------------------------------------- Case E: Ito (company mail on Xserver, English thread)
E_OPEN = T('2025-08-04 14:20:05')
CASE_E = case15(E_OPEN)
E_TO = 'sho.ito@kitsune-lab.jp'
E_OLD, E_NEW = 'AWS04417720', 'AWS06603318'
E_SUBJ = f'RE: [CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance'

d = T('2025-08-05 09:57:31')
e1 = f"""Hi Sho,

Thanks for reaching out to AWS Training and Certification. My name is Jordan and
I'll be looking after your request.

I found the candidate ID you provided (AWS04417720), but I couldn't locate a second
account under the name and email in your request. To make sure I'm combining the
right records, could you reply with:

  - the email address you use to sign in to each account
  - the notification email on each account, if different
  - which account you would like to keep going forward

Once I have these details I'll put together a summary for you to review.

Best regards,
Jordan M.
Amazon Web Services
"""
body = multi('alternative', [leaf(e1, cte='7bit', charset='us-ascii'), leaf(html_wrap(txt2html(e1), '', 'en'), 'html')])
s = Sender('ses', 'amazon.com', d)
build('form-reply-asks-login-emails-en', body, frm=addr(AWS_NAME, AWS_FORM), to=E_TO, subject=E_SUBJ,
      date=d, sender=s, provider='xserver',
      label=('support_reply', CASE_E, [E_OLD], True, 'en'))

d = T('2025-08-08 10:15:48')
txt = f"""Hi Sho,

I'm following up on my message below. I still need a few details before I can
look at combining your certification accounts.

If we don't hear from you within 3 business days, this case will be closed
automatically. You can always reopen it by replying to this email.

Best regards,
Jordan M.
Amazon Web Services

________________________________
From: Amazon Web Services <{AWS_FORM}>
Sent: Tuesday, August 5, 2025 12:57 AM
To: {E_TO}
Subject: {E_SUBJ}

""" + e1
body = leaf(txt, charset='utf-8', cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('form-reply-chaser-en', body, frm=addr(AWS_NAME, AWS_FORM), to=E_TO, subject=E_SUBJ,
      date=d, sender=s, provider='xserver',
      label=('support_reply', CASE_E, [], True, 'en'))

d = T('2025-08-11 09:03:26')
e3 = f"""Hi Sho,

Thank you for the information. Here is what I'm planning to do:

  Account to be merged (will be closed): {E_OLD} - sho.ito.2016@ezweb.ne.jp
  Account to keep:                       {E_NEW} - sho.ito@kitsune-lab.jp

All certifications, exam history and benefits from {E_OLD} will move to
{E_NEW}. Please be aware this can't be reversed once done.

Can you reply "I confirm" if this looks right? I won't make any changes until I
hear back from you.

Best regards,
Jordan M.
Amazon Web Services
"""
txt = e3 + f"""
On 2025/08/08 13:44, Sho Ito wrote:
> Hi Jordan,
>
> Sorry for late reply. I was on 夏休み.
> Login email of old account is sho.ito.2016@ezweb.ne.jp (university time), new one is
> sho.ito@kitsune-lab.jp. I want to keep the new one, AWS06603318.
>
> Thanks,
> Sho
>
> 2025年8月8日(金) 10:15 Amazon Web Services <{AWS_FORM}>:
> > Hi Sho,
> >
> > I'm following up on my message below. I still need a few details before I can
> > look at combining your certification accounts.
> >
> > > I found the candidate ID you provided (AWS04417720), but I couldn't locate a second
> > > account under the name and email in your request.
"""
body = leaf(txt, charset='utf-8', cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('form-reply-confirm-nested-quotes-en', body, frm=addr(AWS_NAME, AWS_FORM), to=E_TO, subject=E_SUBJ,
      date=d, sender=s, provider='xserver',
      label=('merge_confirmation_requested', CASE_E, [E_OLD, E_NEW], True, 'en'))

d = T('2025-08-11 16:40:02')
txt = f"""Hi Sho,

Thank you for confirming. I've passed this to our accounts team and we will now
proceed. Once the merge into {E_NEW} is complete I'll send you a note and close
out the case - usually this takes one or two business days.

No further action is needed from you in the meantime.

Best regards,
Jordan M.
Amazon Web Services

-----Original Message-----
From: Sho Ito <{E_TO}>
Sent: 2025-08-11 15:12 (UTC+09:00)
To: Amazon Web Services <{AWS_FORM}>
Subject: Re: {E_SUBJ}

I confirm.

On 2025/08/11 9:03, Amazon Web Services wrote:
>   Account to be merged (will be closed): {E_OLD} - sho.ito.2016@ezweb.ne.jp
>   Account to keep:                       {E_NEW} - sho.ito@kitsune-lab.jp
"""
body = leaf(txt, charset='utf-8', cte='7bit')
s = Sender('ses', 'amazon.com', d)
build('form-reply-thanks-will-proceed-en', body, frm=addr(AWS_NAME, AWS_FORM), to=E_TO, subject=E_SUBJ,
      date=d, sender=s, provider='xserver',
      label=('support_reply', CASE_E, [E_NEW], True, 'en'))

d = T('2025-08-12 18:22:50')
txt = f"""Hi Sho,

Good news - the merge is now complete. Your certifications and exam history from
{E_OLD} now appear under {E_NEW}, and the older account has been deactivated.

Please sign in with sho.ito@kitsune-lab.jp from now on. If your Credly badges
haven't moved over in the next few days, just let me know on this case.

Best regards,
Jordan M.
Amazon Web Services
"""
html = html_wrap('<div style="font-family:Arial,sans-serif">' + txt2html(txt) + '</div>', '', 'en')
body = multi('alternative', [leaf(txt, charset='us-ascii', cte='7bit'), leaf(html, 'html')])
s = Sender('ses', 'amazon.com', d)
build('form-reply-merge-complete-en', body, frm=addr(AWS_NAME, AWS_FORM), to=E_TO, subject=E_SUBJ,
      date=d, sender=s, provider='xserver',
      label=('merge_completed', CASE_E, [E_OLD, E_NEW], True, 'en'))

d = T('2025-08-12 18:23:31')
inner = f"""<div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif">
<p style="font-size:20px;color:#232f3e">How did we do?</p>
<p>Your case <b>{CASE_E}</b> - "[AWS Training and Certification Form Submission] - account-assistance" - has been closed.</p>
<p>Please take a moment to rate the support you received from Jordan M.</p>
<p>
<a href="https://aws-tc-feedback.amazon.com/csat?c={CASE_E}&amp;s=1">&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/csat?c={CASE_E}&amp;s=2">&#9733;&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/csat?c={CASE_E}&amp;s=3">&#9733;&#9733;&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/csat?c={CASE_E}&amp;s=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/csat?c={CASE_E}&amp;s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
</p>
<p style="color:#687078;font-size:11px">You are receiving this email because you contacted AWS Training and Certification. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div>"""
body = leaf(html_wrap(inner, 'How did we do?', 'en'), 'html', charset='us-ascii', cte='7bit')
s = Sender('ses', 'amazon.com', d)
build('csat-stars-html-en', body, frm=addr('AWS Training and Certification', 'no-reply@tc-feedback.aws.amazon.com'), to=E_TO,
      subject=f'How did we do? Case {CASE_E}', date=d, sender=s, provider='xserver',
      v=verdict(s, dkim=[('amazon.com', 'pass'), ('amazonses.com', 'pass')], from_domain='tc-feedback.aws.amazon.com'),
      label=('survey', CASE_E, [], True, 'en'))

# ---------------------------------------------------------------- Case F: Watanabe (BIGLOBE, first case unanswered, second case)
F_OPEN1 = T('2025-06-02 22:41:10')
CASE_F1 = case15(F_OPEN1)
F_OPEN2 = T('2025-06-10 07:55:32')
CASE_F2 = case15(F_OPEN2)
F_TO = 'takuya-w@kdh.biglobe.ne.jp'
F_OLD, F_NEW = 'AWS03390012', 'AWS05127788'
F_SUBJ = f'RE:[CASE {CASE_F2}] [AWS Training and Certification Form Submission] - account-assistance'

d = F_OPEN2 + _dt.timedelta(seconds=53)
txt = f"""※English follows Japanese.

渡辺 拓也 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号は {CASE_F2} です。担当者から 24 時間以内を目安にご連絡します。
このメールに返信すると、ケースにメッセージを追加できます。

----------------------------------------------------------------

Dear Takuya Watanabe,

We have received your request. Your case number is {CASE_F2}.
A member of our team will get back to you, typically within 24 hours.
You can add information to your case by replying to this email.

AWS Training and Certification
"""
body = multi('alternative', [leaf(txt), leaf(html_wrap(txt2html(txt)), 'html')])
s = Sender('ses', 'amazon.com', d)
build('form-ack-bilingual-second-case', body, frm=addr(AWS_NAME, AWS_FORM), to=F_TO,
      subject=enc_subject(f'[CASE {CASE_F2}] お問い合わせ受付 / We have received your request'),
      date=d, sender=s, provider='biglobe',
      label=('case_created', CASE_F2, [], True, 'ja'))

d = T('2025-06-10 16:20:09')
txt = f"""渡辺様

AWS トレーニングと認定サポートの小川です。お問い合わせありがとうございます。

確認したところ、6 月 2 日にも同じ内容でお問い合わせ（ケース {CASE_F1}）をいただいていました。
そちらはご連絡先のメールアドレスが登録されておらず、こちらからご連絡ができない状態でした。
大変お待たせしてしまい、申し訳ありません。

今後のやり取りはこのケース（{CASE_F2}）で進めます。前のケースはこちらでクローズしておきます。

いただいた ID のうち、{F_OLD} と aws05127788 の 2 つが同じ方のアカウントであることを確認しました。
統合後にどちらのアカウントを残したいか、このメールへの返信で教えてください。
あわせて、残すアカウントのサインイン用メールアドレスもお知らせいただけると助かります。

よろしくお願いします。

小川
AWS トレーニングと認定 サポート
"""
body = leaf(txt, cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('form-reply-duplicate-case-which-to-keep', body, frm=addr(AWS_NAME, AWS_FORM), to=F_TO, subject=F_SUBJ,
      date=d, sender=s, provider='biglobe',
      label=('support_reply', CASE_F2, [F_OLD, F_NEW], True, 'ja'))

d = T('2025-06-11 13:02:44')
txt = f"""渡辺 拓也 様

AWS トレーニングと認定のサポートチームです。
お返事をいただきありがとうございます。

アカウントのマージを行うために、以下の情報が正しいかどうか確認をお願いします。

  プライマリアカウント（残るアカウント）　　 : AWS-05127788 / takuya.watanabe@yotsuba-denki.co.jp
  セカンダリアカウント（削除されるアカウント）: AWS-03390012 / takuya-w@kdh.biglobe.ne.jp

マージが実行されると、セカンダリアカウントの認定と試験の履歴はプライマリアカウントに移動されます。
マージは取り消しをすることができませんので、注意してください。

情報が正しい場合は、「確認しました。マージを進めてください。」とこのメールに返信してください。
返信をいただいた後に、マージの処理を開始します。

よろしくお願いいたします。

Lin
AWS トレーニングと認定 カスタマーサポート

2025年6月10日(火) 22:18 渡辺拓也 <{F_TO}>:
> 小川様
>
> ご連絡ありがとうございます。会社のアドレスの方（AWS05127788）を残したいです。
> サインインは takuya.watanabe@yotsuba-denki.co.jp です。
>
> 渡辺
"""
body = leaf(txt, cte='base64')
s = Sender('ses', 'amazon.com', d)
build('form-reply-confirm-nonnative-japanese', body, frm=addr(AWS_NAME, AWS_FORM), to=F_TO, subject=F_SUBJ,
      date=d, sender=s, provider='biglobe',
      label=('merge_confirmation_requested', CASE_F2, [F_OLD, F_NEW], True, 'ja'))

# ---------------------------------------------------------------- Case G: Nakamura (Gmail) - merge done, Credly left behind
G_OPEN = T('2024-11-18 20:03:44')
CASE_G = case15(G_OPEN)
G_TO = 'aya.nakamura.0821@gmail.com'
G_OLD, G_NEW = 'AWS07312468', 'AWS02274591'
G_SUBJ = f'RE:[CASE {CASE_G}] [AWS Training and Certification Form Submission] - account-assistance'

d = T('2024-11-21 14:31:07')
inner = f"""<div style="max-width:620px;font-size:14px">
<p>中村 彩 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの斉藤です。<br>
お待たせいたしました。ご依頼のアカウント統合の処理結果をお知らせします。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr style="background:#fafafa"><th align="left">項目</th><th align="left">内容</th></tr>
<tr><td>統合元アカウント</td><td>{G_OLD}</td></tr>
<tr><td>統合先アカウント</td><td>{G_NEW}</td></tr>
<tr><td>結果</td><td style="color:#1d8102"><b>統合済み</b></td></tr>
<tr><td>備考</td><td>認定 3 件・受験履歴 4 件を統合先へ移行しました</td></tr>
</table>
<p>今後は {G_NEW} のアカウントをご利用ください。<br>
Credly のバッジは通常、数日以内に自動で反映されます。</p>
<p>ご不明な点がございましたら、このメールにご返信ください。</p>
<p>斉藤<br>AWS トレーニングと認定 カスタマーサポート<br>Amazon Web Services</p>
</div>"""
body = leaf(html_wrap(inner), 'html', cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('form-reply-result-table-html-only', body, frm=addr(AWS_NAME, AWS_FORM), to=G_TO, subject=G_SUBJ,
      date=d, sender=s, provider='gmail',
      label=('merge_completed', CASE_G, [G_OLD, G_NEW], True, 'ja'))

d = T('2024-11-27 11:46:30')
txt = f"""中村 様

AWS トレーニングと認定 カスタマーサポートの斉藤です。
ご連絡いただきありがとうございます。また、ご不便をおかけしており申し訳ございません。

確認しましたところ、認定アカウントの統合は完了しておりますが、Credly のバッジが
統合前のアカウントに紐づいたままになっておりました。
統合後のアカウント（{G_NEW}）に紐づく Credly アカウントへバッジを移行するよう、
本日担当チームへ依頼いたしました。

移行が済みましたら Credly から通知メールが届きますので、メール内のリンクから
バッジを受け取ってください。1 週間ほど経っても届かない場合は、このメールにご返信ください。

斉藤
AWS トレーニングと認定 カスタマーサポート

2024年11月26日(火) 21:09 中村彩 <{G_TO}>:
> 斉藤様
>
> 統合ありがとうございました。認定は {G_NEW} に表示されているのですが、
> Credly のバッジが古いアカウント（{G_OLD}）のメールアドレスの方に残ったままです。
> こちらも移していただくことは可能でしょうか。
>
> 中村
"""
body = multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(html_wrap(txt2html(txt)), 'html', cte='quoted-printable')],
             boundary=gmail_boundary())
s = Sender('ses', 'amazon.com', d)
build('form-reply-credly-transfer-requested', body, frm=addr(AWS_NAME, AWS_FORM), to=G_TO, subject=G_SUBJ,
      date=d, sender=s, provider='gmail',
      label=('support_reply', CASE_G, [G_NEW], True, 'ja'))

d = T('2024-11-29 08:12:55', UTC)
txt = """Hi Aya,

Good news! Amazon Web Services Training and Certification has moved the following
badges to your Credly account:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate
  * AWS Certified SysOps Administrator - Associate

Your badges are ready to accept. Once accepted, you can share them on LinkedIn and
other networks.

View and accept your badges: https://www.credly.com/earner/earned

The Credly Team
Credly, Inc. | 2 Park Avenue, 4th Floor, New York, NY 10016
"""
body = multi('alternative', [leaf(txt, cte='quoted-printable'),
                             leaf(html_wrap(txt2html(txt).replace('https://www.credly.com/earner/earned', '<a href="https://www.credly.com/earner/earned">https://www.credly.com/earner/earned</a>'), 'Credly', 'en'), 'html')])
s = Sender('credly', 'credly.com', d)
build('credly-badges-moved-ready-to-accept', body, frm=addr('Credly', CREDLY), to=G_TO,
      subject='Your badges from Amazon Web Services Training and Certification are ready to accept',
      date=d, sender=s, provider='gmail',
      label=('credly_badge_issued', None, [], True, 'en'))

d = T('2024-11-29 08:13:40', UTC)
txt = """中村 彩 さん

おめでとうございます！
Amazon Web Services Training and Certification からバッジが発行されました。

　AWS Certified Cloud Practitioner

バッジを受け取ると、LinkedIn などで成果を共有したり、雇用主がスキルを確認したりできるようになります。

バッジを受け取る: https://www.credly.com/earner/earned/badge/a81f2c07-7d3e-4b55-92a0-1e6c4d9b8f31

ご不明な点は https://support.credly.com をご覧ください。
Credly, Inc. | 2 Park Avenue, 4th Floor, New York, NY 10016
"""
inner = txt2html(txt).replace('バッジを受け取る: https://www.credly.com/earner/earned/badge/a81f2c07-7d3e-4b55-92a0-1e6c4d9b8f31',
                              '<a href="https://www.credly.com/earner/earned/badge/a81f2c07-7d3e-4b55-92a0-1e6c4d9b8f31" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a>')
body = multi('alternative', [leaf(txt, cte='base64'), leaf(html_wrap(inner, 'Credly'), 'html', cte='base64')])
s = Sender('credly', 'credly.com', d)
build('credly-badge-issued-ja', body, frm=addr('Amazon Web Services Training and Certification via Credly', CREDLY), to=G_TO,
      subject=enc_subject('バッジが発行されました: AWS Certified Cloud Practitioner'),
      date=d, sender=s, provider='gmail',
      label=('credly_badge_issued', None, [], True, 'ja'))

# ---------------------------------------------------------------- Case H: Kobayashi (OCN, 2022, 11 digits)
CASE_H = '12705318846'
H_TO = 'yosuke.k@tiara.ocn.ne.jp'
H_OLD, H_NEW = 'AWS05820317', 'AWS01938462'
H_SUBJ = f'RE:[CASE {CASE_H}] [AWS Training and Certification Form Submission] - account-assistance'

d = T('2022-06-14 11:20:37')
h2 = f"""小林 陽介 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの森でございます。

お問い合わせいただきました認定アカウントの統合につきまして、下記の内容にて
手続きを進めたく存じます。

┌────────────┬────────────┬──────────────────────┐
│区分　　　　　　　　　　│認定 ID　　　　　　　　 │メールアドレス　　　　　　　　　　　　　　　│
├────────────┼────────────┼──────────────────────┤
│統合元（廃止）　　　　　│{H_OLD}　　　　 │yosuke.k@tiara.ocn.ne.jp　　　　　　　　　　│
│統合先（継続利用）　　　│{H_NEW}　　　　 │y.kobayashi@hikari-kensetsu.co.jp　　　　　 │
└────────────┴────────────┴──────────────────────┘

統合後は、統合先アカウントにすべての認定と受験履歴が集約されます。
なお、統合後の取り消しはいたしかねますので、あらかじめご留意ください。

内容にお間違いがないかご確認いただき、問題がなければ
「上記内容で統合を依頼します」とご返信いただけますでしょうか。

何卒よろしくお願い申し上げます。

森
AWS トレーニングと認定 カスタマーサポート
"""
body = leaf(h2, charset='iso-2022-jp', cte='7bit')
s = Sender('ses', 'amazon.com', d)
build('form-reply-confirm-keisen-table-iso2022jp', body, frm=addr(AWS_NAME, AWS_FORM), to=H_TO, subject=H_SUBJ,
      date=d, sender=s, provider='ocn',
      label=('merge_confirmation_requested', CASE_H, [H_OLD, H_NEW], True, 'ja'))

d = T('2022-06-15 10:05:12')
txt = f"""小林 陽介 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
ご確認いただき、誠にありがとうございます。いただいた内容にて統合の手続きを進めてまいります。

お尋ねの 50% 割引バウチャーにつきましては、統合が完了次第、統合先アカウント（{H_NEW}）の
「特典」ページに表示されるようになります。有効期限は発行時のまま変わりませんので、ご安心ください。

なお、すでにご予約済みの試験の日時変更につきましては、恐れ入りますが Pearson VUE へ
直接お問い合わせくださいますようお願いいたします。

統合が完了いたしましたら、あらためてご連絡申し上げます。

森
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 小林 陽介 <{H_TO}>
Sent: 2022/06/14 21:48
Subject: Re: {H_SUBJ}

森様

お世話になっております。小林です。
上記内容で統合を依頼します。

ひとつ質問なのですが、古い方のアカウント（{H_OLD}）で付与された50%割引バウチャーは
統合後も使えますでしょうか？来月受験予定です。

小林
"""
body = leaf(txt, cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('form-reply-voucher-question-will-proceed', body, frm=addr(AWS_NAME, AWS_FORM), to=H_TO, subject=H_SUBJ,
      date=d, sender=s, provider='ocn',
      label=('support_reply', CASE_H, [H_NEW], True, 'ja'))

d = T('2022-06-17 15:33:48')
txt = f"""小林 陽介 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
ご依頼の件、処理が終わりましたのでご報告いたします。

【処理結果】
　・統合元：aws05820317
　・統合先：{H_NEW}
　・結果　：統合完了
　・特典　：50% 割引バウチャー 1 件を統合先へ移行済み

今後は y.kobayashi@hikari-kensetsu.co.jp でサインインしてください。

森
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 小林 陽介 <{H_TO}>
Sent: 2022/06/16 08:02
Subject: Re: {H_SUBJ}

森様

承知しました。よろしくお願いします。

差出人: Amazon Web Services <{AWS_FORM}>
送信日時: 2022年6月15日 10:05
宛先: {H_TO}
件名: {H_SUBJ}

小林 陽介 様

お尋ねの 50% 割引バウチャーにつきましては、統合が完了次第、統合先アカウント（{H_NEW}）の
「特典」ページに表示されるようになります。
"""
body = leaf(txt, charset='utf-8', cte='base64')
s = Sender('ses', 'amazon.com', d)
build('form-reply-result-block-with-outlook-history', body, frm=addr(AWS_NAME, AWS_FORM), to=H_TO, subject=H_SUBJ,
      date=d, sender=s, provider='ocn',
      label=('merge_completed', CASE_H, [H_OLD, H_NEW], True, 'ja'))

# ---------------------------------------------------------------- Case I: Kato (nifty, full-width ids, status update)
I_OPEN = T('2025-09-16 12:30:08')
CASE_I = case15(I_OPEN)
I_TO = 'mayumi-kato@nifty.com'
I_KEEP, I_OLD = 'AWS06245531', 'AWS08870042'
I_SUBJ = f'RE:[CASE {CASE_I}] [AWS Training and Certification Form Submission] - account-assistance'

d = T('2025-09-17 10:48:20')
txt = f"""加藤さま

AWS トレーニングと認定サポートの藤井です。
アカウント統合のご依頼、ありがとうございます。

ご入力いただいた ＡＷＳ０８８７００４２ と ＡＷＳ０６２４５５３１ について、社内の手続き上、
統合をご希望される理由を簡単に教えていただけますか？
（例：メールアドレスが変わり、新しくアカウントを作ってしまった など）

また、それぞれのアカウントに登録されている通知用メールアドレスもあわせてお知らせください。
確認ができしだい、統合の内容をまとめてご案内します。

よろしくお願いします。

藤井
AWS トレーニングと認定 サポート
"""
body = leaf(txt, cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('form-reply-asks-reason-fullwidth-ids', body, frm=addr(AWS_NAME, AWS_FORM), to=I_TO, subject=I_SUBJ,
      date=d, sender=s, provider='nifty',
      label=('support_reply', CASE_I, [I_KEEP, I_OLD], True, 'ja'))

d = T('2025-09-19 17:02:39')
txt = f"""加藤 真由美 様

AWS トレーニングと認定サポートの藤井です。

ご同意いただいた統合について、現在担当部署にて作業を進めております。
システムが混み合っており、通常よりお時間をいただいております。
完了まで、あと 2～3 営業日ほどかかる見込みです。

お待たせしてしまい申し訳ありません。終わりしだい、このケースでご連絡します。

藤井
AWS トレーニングと認定 サポート

> 2025/09/18 (木) 9:15、加藤 真由美 <{I_TO}> のメッセージ:
> 藤井様
> 内容、確認しました。{I_OLD} を {I_KEEP} に統合してください。よろしくお願いします。
"""
body = multi('alternative', [leaf(txt, cte='base64'), leaf(html_wrap(txt2html(txt)), 'html', cte='base64')])
s = Sender('ses', 'amazon.com', d)
build('form-reply-status-update-in-progress', body, frm=addr(AWS_NAME, AWS_FORM), to=I_TO, subject=I_SUBJ,
      date=d, sender=s, provider='nifty',
      label=('support_reply', CASE_I, [], True, 'ja'))

d = T('2025-09-22 13:10:05')
txt = f"""加藤 真由美 様

AWS トレーニングと認定サポートの藤井です。
大変お待たせしました。統合作業が終わりましたので、ご報告します。

{I_OLD} の認定と受験履歴は、すべて {I_KEEP} に移っています。
{I_OLD} のほうは今後サインインできませんので、{I_KEEP} をお使いください。

Credly のバッジもあわせて移行しています。数日のうちに Credly からご案内が届く予定です。

藤井
AWS トレーニングと認定 サポート
"""
body = leaf(txt, charset='utf-8', cte='8bit')
s = Sender('ses', 'amazon.com', d)
build('form-reply-done-prose-8bit', body, frm=addr(AWS_NAME, AWS_FORM), to=I_TO, subject=I_SUBJ,
      date=d, sender=s, provider='nifty',
      label=('merge_completed', CASE_I, [I_KEEP, I_OLD], True, 'ja'))

d = T('2025-09-22 13:11:20')
txt = f"""加藤 真由美 様

このたびは AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、
ありがとうございました。

お問い合わせ（ケース番号：{CASE_I}）への対応について、アンケートへのご協力をお願いいたします。
いただいたご意見は、今後のサポート品質の向上に役立ててまいります。

　Q1. お問い合わせの問題は解決しましたか？（はい／いいえ）
　Q2. 担当者の対応はいかがでしたか？（5 段階）
　Q3. その他ご意見・ご要望（自由記述）

アンケートに回答する:
https://aws-tc-feedback.amazon.com/survey/ja?case={CASE_I}

※本アンケートは 2 分程度で終わります。回答期限は 2025年10月6日 です。

AWS トレーニングと認定
"""
body = leaf(txt, cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('survey-goiken-questions-ja', body, frm=addr(AWS_NAME, AWS_FORM), to=I_TO,
      subject=enc_subject('【AWS トレーニングと認定】ご意見をお聞かせください', 'iso-2022-jp'),
      date=d, sender=s, provider='nifty',
      label=('survey', CASE_I, [], True, 'ja'))

# ---------------------------------------------------------------- Case J: Sasaki (Outlook.com, console case, English then Japanese console)
J_OPEN = T('2025-10-02 09:12:40')
CASE_J = case15(J_OPEN)
J_TO = 'kenta.sasaki@outlook.jp'
d = J_OPEN + _dt.timedelta(seconds=35)
txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_J} to address your issue.

The details of your case are as follows:

Case ID: {CASE_J}
Subject: 認定アカウントの統合 / merge two certification accounts
Severity: General guidance
Correspondence: I have 2 certification accounts, one with my old company email and one with
private email. I want to merge them to the private one. Thank you.

To contact us again about this issue, please visit the AWS Support Center at:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_J}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please follow the link above.

Best regards,
Amazon Web Services
"""
body = multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(html_wrap(txt2html(txt), '', 'en'), 'html')])
s = Sender('ses', 'amazon.com', d)
build('console-case-opened-en-ja-subject', body, frm=addr(AWS_NAME, AWS_NR), to=J_TO,
      subject=f'Amazon Web Services: You have opened a new Support case: {CASE_J}',
      date=d, sender=s, provider='outlook',
      label=('case_created', CASE_J, [], True, 'en'))

d = T('2025-10-14 09:40:12')
txt = f"""お客様

ケース {CASE_J}（件名: 認定アカウントの統合 / merge two certification accounts）について、
AWS サポートからの前回の連絡以降 7 日間お客様からのご返信がなかったため、本ケースは
解決済みとしてクローズされました。

引き続きサポートが必要な場合は、サポートセンターからケースを再開できます:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_J}&language=ja

今回のサポートについて、評価をお願いします:
https://console.aws.amazon.com/support/feedback?displayId={CASE_J}&language=ja

このメールアドレスは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
"""
body = leaf(txt, cte='base64')
s = Sender('ses', 'amazon.com', d)
build('console-auto-closed-no-reply-ja', body, frm=addr(AWS_NAME, AWS_NR), to=J_TO,
      subject=enc_subject(f'[Case {CASE_J}] ケースが解決済みになりました'),
      date=d, sender=s, provider='outlook',
      label=('survey', CASE_J, [], True, 'ja'))

# ---------------------------------------------------------------- Case K: Yamaguchi (ezweb, 2020, 10 digits, no Authentication-Results)
CASE_K = '7305519264'
K_TO = 'k-yamaguchi.0707@ezweb.ne.jp'
d = T('2020-02-03 23:18:09')
txt = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request
and a case has been created.

  Case number: {CASE_K}
  Topic: Certification - Account Merge

A member of our Customer Service team will respond to you within one business day.
Please do not submit a new request for the same issue; simply reply to this email
if you have more information to add.

Regards,
AWS Training and Certification Customer Service
"""
body = leaf(txt, charset='us-ascii', cte='7bit')
s = Sender('ses', 'amazon.com', d)
build('form-ack-2020-no-auth-results', body, frm=addr('AWS Training and Certification', AWS_FORM), to=K_TO,
      subject=f'[CASE {CASE_K}] Thank you for contacting AWS Training and Certification',
      date=d, sender=s, provider='noar',
      label=('case_created', CASE_K, [], None, 'en'))

d = T('2020-02-10 06:40:51', UTC)
txt = """Keiko,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate.

Click below to accept your badge and share it with your network.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/1e9d7a40-55b3-4c1f-8ad0-2f6b7c3e9a15

--
Acclaim, powered by Credly
Credly, Inc. 2 Park Avenue, 4th Floor, New York, NY 10016
"""
body = multi('alternative', [leaf(txt, cte='7bit', charset='us-ascii'), leaf(html_wrap(txt2html(txt), 'Acclaim', 'en'), 'html')])
s = Sender('credly', 'youracclaim.com', d, host='o3.ptr2211.youracclaim.com',
           mailfrom='bounces+2231108-7c1e=k-yamaguchi.0707=ezweb.ne.jp@em.youracclaim.com',
           dkim_domains=['youracclaim.com'])
build('acclaim-badge-2020-no-auth-results', body, frm=addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
      to=K_TO, subject='Amazon Web Services Training and Certification has issued you a badge',
      date=d, sender=s, provider='noar',
      label=('credly_badge_issued', None, [], None, 'en'))

# ---------------------------------------------------------------- Case N: Matsumoto (Gmail) re-confirmation after the survivor changed
N_OPEN = T('2025-04-21 19:44:02')
CASE_N = case15(N_OPEN)
N_TO = 'yukari.matsumoto.cloud@gmail.com'
N_A, N_B = 'AWS03018854', 'AWS07764420'
N_SUBJ = f'RE:[CASE {CASE_N}] [AWS Training and Certification Form Submission] - account-assistance'
d = T('2025-04-23 10:26:17')
intro = f"""松本 ゆかり 様

AWS トレーニングと認定 カスタマーサポートの石井です。
ご連絡ありがとうございます。

残すアカウントを変更されたいとのこと、承知しました。
先日いただいたご同意は変更前の内容に対するものですので、お手数ですが、
変更後の内容で改めてご確認をお願いいたします。
"""
outro = """
上記の変更後の内容でよろしければ、このメールに「変更後の内容で統合をお願いします」とご返信ください。
ご返信をいただくまでは、統合の作業は行いません。
統合は、完了後に取り消すことができませんのでご注意ください。

石井
AWS トレーニングと認定 カスタマーサポート
"""
tbl_txt = f"""
　　　　　　　　変更前　　　　　　→　変更後
　統合元　　　　{N_B}　　　　　{N_A}
　統合先（残す）{N_A}　　　　　{N_B}
"""
tbl_html = (f'<table border="1" cellpadding="6" style="border-collapse:collapse">'
            f'<tr><th></th><th>変更前</th><th>変更後</th></tr>'
            f'<tr><td>統合元</td><td><s>{N_B}</s></td><td>{N_A}</td></tr>'
            f'<tr><td>統合先（残す）</td><td><s>{N_A}</s></td><td><b>{N_B}</b></td></tr></table>')
hist = f"""
2025年4月22日(火) 23:51 松本ゆかり <{N_TO}>:
> 石井様
> 昨日「進めてください」とお返事しましたが、すみません、やはり {N_B}（会社のほう）を残したいです。
> まだ間に合いますでしょうか。
"""
body = multi('alternative', [leaf(intro + tbl_txt + outro + hist, cte='quoted-printable'),
                             leaf(html_wrap(txt2html(intro) + tbl_html + txt2html(outro) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + txt2html(hist) + '</blockquote>'), 'html', cte='quoted-printable')],
             boundary=gmail_boundary())
s = Sender('ses', 'amazon.com', d)
build('form-reply-reconfirm-after-change', body, frm=addr(AWS_NAME, AWS_FORM), to=N_TO, subject=N_SUBJ,
      date=d, sender=s, provider='gmail',
      label=('merge_confirmation_requested', CASE_N, [N_A, N_B], True, 'ja'))

# B6 console survey after Sato's case was resolved
d = T('2023-10-20 16:57:03')
txt = f"""佐藤様

AWS サポートをご利用いただき、ありがとうございました。
ケース {CASE_B}「AWS認定アカウントの統合について」は解決済みになりました。

今回のご対応について、簡単なアンケートにご協力ください。
サポートエンジニアの対応の評価（星 1～5）と、ご意見をお寄せいただけます。

アンケートに回答する:
https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&survey=case-resolved&language=ja

このメールアドレスは返信を受け付けていません。

Amazon Web Services
"""
body = multi('alternative', [leaf(txt, cte='base64'), leaf(html_wrap(txt2html(txt)), 'html', cte='base64')],
             boundary=outlook_boundary())
s = Sender('ses', 'amazon.com', d)
build('console-case-resolved-rating-ja', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=enc_subject(f'ケース {CASE_B} は解決済みです - ご意見をお聞かせください', 'iso-2022-jp'),
      date=d, sender=s, provider='outlook',
      label=('survey', CASE_B, [], True, 'ja'))

# ---------------------------------------------------------------- Phishing / look-alikes about the merge
# P1 look-alike domain asking to confirm the merge (own DKIM/DMARC pass for the look-alike domain)
d = T('2025-06-03 07:12:44')
txt = """田中 健一 様

いつも AWS 認定をご利用いただきありがとうございます。
AWS 認定サポートセンターです。

お客様よりご依頼のありました AWS 認定アカウントの統合について、最終確認をお願いしております。

　統合元 ID：AWS0281****
　統合先 ID：AWS0553****

統合を確定するには、48 時間以内に下記の確認ページからサインインし、
「統合に同意する」ボタンを押してください。期限内にご確認いただけない場合、
ご依頼は取り消され、両方のアカウントが一時停止される場合があります。

▼ 統合内容の確認はこちら
https://aws-certification-jp.com/merge/confirm?uid=6b1f0c2e

※本メールは送信専用アドレスから配信しています。

AWS 認定サポートセンター
Amazon Web Services Japan
"""
inner = txt2html(txt).replace('https://aws-certification-jp.com/merge/confirm?uid=6b1f0c2e',
                              '<a href="https://aws-certification-jp.com/merge/confirm?uid=6b1f0c2e" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">統合内容を確認する</a>')
body = multi('alternative', [leaf(txt, cte='base64'), leaf(html_wrap(inner), 'html', cte='base64')])
s = Sender('other', 'aws-certification-jp.com', d, ip='45.148.10.77', host='mail.aws-certification-jp.com',
           mailfrom='bounce-88213@aws-certification-jp.com')
build('lookalike-domain-merge-consent-ja', body, frm=addr('AWS認定サポート', 'support@aws-certification-jp.com'), to=A_TO,
      subject=enc_subject('【重要】AWS認定アカウント統合の最終確認（48時間以内）'),
      date=d, sender=s, provider='gmail', v=verdict(s, dmarc='pass', dmarc_policy='NONE'),
      label=('merge_confirmation_requested', None, [], False, 'ja'))

# P2 spoofed amazon.com completion, DMARC fail on Outlook
P2_CASE = case15(T('2025-06-20 10:02:17'))
d = T('2025-06-21 03:15:09')
txt = f"""佐藤 様

ケース {P2_CASE} に関するお知らせです。

ご依頼いただいた AWS 認定アカウントの統合が完了しました。
統合後のアカウントを有効にするため、24 時間以内に以下のリンクから再認証を行ってください。
再認証が行われない場合、統合後のアカウントはロックされ、保有する認定が無効になる可能性があります。

再認証する: https://aws-training-verify.net/ja/reauth?c={P2_CASE}

Amazon Web Services
"""
body = leaf(txt, cte='quoted-printable')
s = Sender('other', 'amazon.com', d, ip='185.234.72.19', host='vps19.hostcloud-eu.net',
           mailfrom='no-reply-aws@amazon.com', msgid=f'<20250620181509.{rhex(12)}@vps19.hostcloud-eu.net>', dkim_domains=[])
build('spoofed-amazon-merge-done-dmarc-fail', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=enc_subject(f'[CASE {P2_CASE}] AWS認定アカウント統合完了のお知らせ'),
      date=d, sender=s, provider='outlook', v=verdict(s, dkim=[], spf='softfail', dmarc='fail'),
      label=('merge_completed', P2_CASE, [], False, 'ja'))

# P3 Amazon.co.jp shopping account "統合" phishing (not about the certification merge)
d = T('2025-07-08 06:40:55')
txt = """Amazon お客様

いつも Amazon.co.jp をご利用いただきありがとうございます。

お客様のメールアドレスに複数の Amazon アカウントが登録されていることが検出されました。
セキュリティ強化のため、2025年7月10日までにアカウントの統合手続きを行ってください。
手続きが完了しない場合、注文および Amazon プライムのご利用が制限されます。

アカウントを統合する
https://amazon-co-jp.accountcenter.shop/ap/merge?ref=nav_signin

Amazon.co.jp カスタマーサービス
"""
body = leaf(txt, charset='shift_jis', cte='base64', label='shift_jis')
s = Sender('other', 'accountcenter.shop', d, ip='103.141.138.22', host='mx2.accountcenter.shop', dkim_domains=[])
build('amazon-cojp-account-tougou-phish', body, frm='"Amazon.co.jp" <account-update@accountcenter.shop>', to=I_TO,
      subject=enc_words('【Amazon】重複アカウントの統合手続きのお願い', 'cp932', 'Shift_JIS'),
      date=d, sender=s, provider='nifty', v=verdict(s, dkim=[], spf='pass', dmarc='none', from_domain='accountcenter.shop'),
      label=('unrelated', None, [], False, 'ja'))

# P4 Credly look-alike "badges moved after merge"
d = T('2024-11-28 22:05:31', UTC)
txt = """Hi Aya,

Following your AWS Certification account merge, your badges have been moved to your
new Credly wallet. Please accept them within 7 days, otherwise they will be revoked.

  AWS Certified Solutions Architect - Associate
  AWS Certified Developer - Associate

Accept your badges: https://credly-badges.net/earner/accept?token=Zx81kQ2

The Credly Team
"""
body = multi('alternative', [leaf(txt, cte='7bit', charset='us-ascii'), leaf(html_wrap(txt2html(txt), 'Credly', 'en'), 'html')])
s = Sender('other', 'credly-badges.net', d, ip='91.219.237.140', host='smtp.credly-badges.net')
build('lookalike-credly-badges-after-merge', body, frm=addr('Credly', 'notifications@credly-badges.net'), to=G_TO,
      subject='Your badges were moved after your account merge - accept now',
      date=d, sender=s, provider='gmail', v=verdict(s, dmarc='none', dmarc_policy='NONE'),
      label=('credly_badge_issued', None, [], False, 'en'))

# P5 forged Authentication-Results lower down; the real (top) one fails
P5_CASE = case15(T('2025-09-08 14:02:51'))
d = T('2025-09-09 05:47:12')
txt = f"""田中 様

AWS トレーニングと認定 カスタマーサポートです。

アカウント統合のご依頼（ケース {P5_CASE}）について、ご本人確認のため、
統合する両方のアカウントのサインイン用メールアドレスとパスワードを、このメールへの返信でお知らせください。
確認ができ次第、作業を開始いたします。

AWS トレーニングと認定 カスタマーサポート
"""
body = leaf(txt, cte='base64')
s = Sender('other', 'amazon.com', d, ip='194.87.31.204', host='mail.trainingcert-support.ru',
           mailfrom='aws-cs-trainingcertification-form@amazon.com',
           msgid=f'<{rhex(20)}@mail.trainingcert-support.ru>', dkim_domains=['amazon.com'])
forged = ('mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjt5zvtoq5kxtqf3ccrw6amp4xcavbgz;\n'
          '       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')
build('forged-auth-results-asks-passwords', body, frm=addr(AWS_NAME, AWS_FORM), to=A_TO,
      reply_to='aws-tc-support@trainingcert-support.ru',
      subject=enc_subject(f'RE:[CASE {P5_CASE}] アカウント統合のご本人確認'),
      date=d, sender=s, provider='gmail', forged_ar=forged,
      v=verdict(s, dkim=[('amazon.com', 'fail')], spf='fail', dmarc='fail'),
      label=('support_reply', P5_CASE, [], False, 'ja'))

# ---------------------------------------------------------------- Unrelated mail in the same mailboxes
# U1 quota-increase console case opened (same "opened a new case" shape, different issue)
U1_OPEN = T('2025-08-06 11:05:19')
CASE_U1 = case15(U1_OPEN)
d = U1_OPEN + _dt.timedelta(seconds=22)
txt = f"""AWS をご利用いただきありがとうございます。

お客様の問題に対応するため、ケース {CASE_U1} をオープンしました。

ケース ID: {CASE_U1}
件名: Service Quotas: EC2 オンデマンド Standard インスタンスの vCPU 上限緩和（ap-northeast-1）
重要度: 一般的なガイダンス
サービス: Service Quotas
カテゴリ: クォータの引き上げ

サポートセンターでケースの詳細を確認できます:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_U1}&language=ja

このメールアドレスは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
"""
body = leaf(txt, cte='quoted-printable')
s = Sender('ses', 'amazon.com', d)
build('console-quota-case-opened-ja', body, frm=addr(AWS_NAME, AWS_NR), to=E_TO,
      subject=enc_subject(f'Amazon Web Services: 新しいサポートケースをオープンしました: {CASE_U1}'),
      date=d, sender=s, provider='xserver',
      label=('unrelated', CASE_U1, [], True, 'ja'))

# U2 billing case reply (console), mentions a 12-digit AWS account id
CASE_U2 = '13380214577'
d = T('2023-11-02 14:26:40')
txt = f"""佐藤様

AWS カスタマーサービスの大野です。お問い合わせいただきありがとうございます。

AWS アカウント 4821-7730-1956 の請求書の宛名を「星空システムズ株式会社 経理部」へ変更する件、
お手続きが完了しました。次回 12 月 3 日発行分の請求書から新しい宛名で発行されます。

なお、10 月分の請求書の再発行をご希望の場合は、Billing and Cost Management コンソールの
「請求書」ページからダウンロードしていただけます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

大野
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(ev=rhex(32)).replace(CASE_B, CASE_U2)
body = leaf(txt)
s = Sender('ses', 'amazon.com', d)
build('console-billing-case-reply-ja', body, frm=addr(AWS_NAME, AWS_NR), to=B_TO,
      subject=enc_subject(f'RE:[CASE {CASE_U2}] 請求書の宛名変更について'),
      date=d, sender=s, provider='outlook',
      label=('unrelated', CASE_U2, [], True, 'ja'))

# U3 Seller Central JP case about merging seller accounts
CASE_U3 = '5884881212'
d = T('2024-02-14 16:03:30')
txt = f"""鈴木 大輔 様

Amazon 出品サービスをご利用いただきありがとうございます。
出品者サポートの林です。

お問い合わせいただいた、2 つの出品用アカウントの統合についてご案内いたします。
Amazon.co.jp では、同一の事業者様が複数の出品用アカウントをお持ちになることは原則として認められておりません。
お手数ですが、継続してご利用になるアカウントの出品者 ID と、閉鎖を希望されるアカウントの出品者 ID を
セラーセントラルの「ケースログ」からご返信ください。

ケース ID: {CASE_U3}

よろしくお願いいたします。

林
Amazon セラーサポート

このメールへの返信は受け付けておりません。ご返信はセラーセントラルのケースログからお願いいたします。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={CASE_U3}
"""
body = multi('alternative', [leaf(txt, charset='iso-2022-jp', cte='7bit'), leaf(html_wrap(txt2html(txt)), 'html', cte='quoted-printable')])
s = Sender('ses', 'amazon.co.jp', d, dkim_domains=['amazon.co.jp', 'amazonses.com'])
build('seller-central-jp-case-account-tougou', body, frm=addr('Amazon Seller Central', 'seller-notification@amazon.co.jp'), to=C_TO,
      subject=f'RE:[CASE {CASE_U3}] Merge seller accounts',
      date=d, sender=s, provider='yahoojp', v=verdict(s, dmarc_policy='QUARANTINE'),
      label=('unrelated', CASE_U3, [], True, 'ja'))

# U4 CertMetrics "wants to hear from you"
d = T('2025-06-04 16:00:12', UTC)
txt = """Dear Kenichi Tanaka,

AWS Certification wants to hear from you!

As a recently certified AWS professional, your feedback helps us improve the
certification experience. This survey takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=8c31f0

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification.
Please do not reply to this e-mail.
"""
body = multi('alternative', [leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_wrap(txt2html(txt), '', 'en'), 'html', charset='us-ascii', cte='7bit')])
s = Sender('other', 'certmetrics.com', d, ip='13.110.6.218', host='smtp-out.certmetrics.com', mailfrom='bounce@mail.certmetrics.com')
build('certmetrics-wants-to-hear-from-you', body, frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=A_TO,
      subject='AWS Certification wants to hear from you', date=d, sender=s, provider='gmail',
      v=verdict(s, dmarc_policy='NONE'),
      label=('unrelated', None, [], False, 'en'))

# U5 Pearson VUE (Japan) appointment confirmation, Windows-31J label
d = T('2022-06-20 09:31:05')
txt = """小林 陽介 様

このたびはピアソン VUE をご利用いただきありがとうございます。
下記のとおり、試験のご予約を承りました。

■ 試験名　　：AWS Certified Solutions Architect - Professional (SAP-C01) 日本語
■ 受験者 ID ：AWS01938462
■ 登録番号　：432187790
■ 日時　　　：2022年7月16日（土）13:00
■ 会場　　　：テストセンター 新宿西口（東京都新宿区）

当日は、有効期限内の身分証明書を 2 点ご持参ください。
予約の変更・キャンセルは、試験日の 24 時間前までにピアソン VUE の Web サイトから行ってください。

ピアソン VUE カスタマーサービス
https://www.pearsonvue.co.jp/
"""
body = leaf(txt, charset='cp932', codec='cp932', cte='quoted-printable', label='Windows-31J')
s = Sender('other', 'pearson.com', d, ip='159.182.72.33', host='mail-out2.pearson.com', mailfrom='PearsonVUEConfirmation@pearson.com')
build('pearson-vue-appointment-windows31j', body, frm=addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), to=H_TO,
      subject=enc_subject('ピアソンVUE 試験予約確認：AWS Certified Solutions Architect - Professional', 'iso-2022-jp'),
      date=d, sender=s, provider='ocn', date_utc=False,
      label=('unrelated', None, ['AWS01938462'], False, 'ja'))

# U6 AWS Builder ID verification code (Japanese)
d = T('2025-06-02 21:33:48')
txt = """AWS Builder ID の検証コード

AWS Builder ID へのサインインを完了するには、次の検証コードを入力してください。

検証コード: 582913

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
body = multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(html_wrap(txt2html(txt)), 'html', cte='quoted-printable')])
s = Sender('ses', 'signin.aws', d, region='us-west-2')
build('builder-id-verification-code-ja', body, frm=addr('AWS', 'no-reply@signin.aws'), to=A_TO,
      subject=enc_subject('AWS Builder ID の検証コード'), date=d, sender=s, provider='gmail',
      v=verdict(s, dmarc_policy='REJECT'),
      label=('unrelated', None, [], True, 'ja'))

# U7 GitHub "merged" notification
d = T('2025-06-05 12:11:42')
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/minato-soft/cert-tracker/pull/42#event-17945512201
You are receiving this because you authored the thread.

Message ID: <minato-soft/cert-tracker/pull/42/issue_event/17945512201@github.com>
"""
html = html_wrap('<p>Merged <a href="https://github.com/minato-soft/cert-tracker/pull/42">#42</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/minato-soft/cert-tracker/pull/42#event-17945512201">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>', '', 'en')
body = multi('alternative', [leaf(txt, cte='7bit'), leaf(html, 'html', cte='7bit')], boundary='--==_mimepart_' + rhex(13) + '_' + str(rnd.randint(10**6, 10**7)))
s = Sender('other', 'github.com', d, ip='192.30.252.201', host='out-18.smtp.github.com', mailfrom='noreply@github.com',
           msgid='<minato-soft/cert-tracker/pull/42/issue_event/17945512201@github.com>')
build('github-pr-merged-notification', body, frm=addr('Sakura Ono', 'notifications@github.com'), to=A_TO,
      reply_to='minato-soft/cert-tracker <reply+AB7X2KQ5N@reply.github.com>',
      subject=enc_subject('Re: [minato-soft/cert-tracker] 認定アカウント統合後のID表示を修正 (PR #42)'),
      date=d, sender=s, provider='gmail', v=verdict(s, dmarc_policy='REJECT'),
      extra=[('List-ID', 'minato-soft/cert-tracker <cert-tracker.minato-soft.github.com>'), ('X-GitHub-Reason', 'author')],
      label=('unrelated', None, [], False, 'en'))

# U8 Credly's own self-service account merge code
d = T('2024-11-30 03:22:18', UTC)
txt = """Hi Aya,

We received a request to merge another Credly account into your account
aya.nakamura.0821@gmail.com.

Your verification code is: 730514

Enter this code on the merge page, then click "Complete Account Merge" to finish.
The code expires in 30 minutes. If you did not request this, you can ignore this email.

Complete Account Merge: https://www.credly.com/users/merge/confirm

The Credly Team
"""
body = multi('alternative', [leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_wrap(txt2html(txt), 'Credly', 'en'), 'html')])
s = Sender('credly', 'credly.com', d)
build('credly-self-service-merge-code', body, frm=addr('Credly', CREDLY), to=G_TO,
      subject='Your Credly account merge verification code', date=d, sender=s, provider='gmail',
      label=('unrelated', None, [], True, 'en'))

# U9 Credly expiry reminder
d = T('2025-01-15 09:00:03', UTC)
txt = """Hi Daisuke,

Your badge AWS Certified Developer - Associate issued by Amazon Web Services
Training and Certification will expire on April 15, 2025.

To keep your badge active, visit the issuer's website for information on
recertification.

View badge: https://www.credly.com/badges/3d9c1e55-8b40-4f7a-b2d1-6e0a9c4f1b72

The Credly Team
"""
body = multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(html_wrap(txt2html(txt), 'Credly', 'en'), 'html')])
s = Sender('credly', 'credly.com', d)
build('credly-badge-expiry-reminder', body, frm=addr('Credly', CREDLY), to=C_TO,
      subject='Your AWS Certified Developer - Associate badge expires in 90 days', date=d, sender=s, provider='yahoojp',
      label=('unrelated', None, [], True, 'en'))

# U10 training vendor 受付 notice
d = T('2025-06-12 20:14:33')
txt = """渡辺 拓也 様

この度は「クラウド学院」へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

受付番号：CG-20250612-0042
お問い合わせ種別：講座について
講座名：AWS 認定ソリューションアーキテクト - アソシエイト 合格対策コース（オンライン）
お問い合わせ内容：
AWS の認定アカウントを統合中なのですが、受講修了証の名前はどちらのメールに送られますか。

2 営業日以内に担当者よりご連絡いたします。

━━━━━━━━━━━━━━━━━━━━━━━━
株式会社クラウド学院 カスタマーサポート
〒160-0023 東京都新宿区西新宿 1-2-3
https://cloud-gakuin.jp/
━━━━━━━━━━━━━━━━━━━━━━━━
"""
body = leaf(txt, charset='iso-2022-jp', cte='7bit')
s = Sender('other', 'cloud-gakuin.jp', d, ip='160.16.201.45', host='www4432.sakura.ne.jp')
build('training-vendor-uketsuke-notice', body, frm=addr('クラウド学院', 'info@cloud-gakuin.jp', 'iso-2022-jp'), to=F_TO,
      subject=enc_subject('【受付完了】お問い合わせありがとうございます（クラウド学院）', 'iso-2022-jp'),
      date=d, sender=s, provider='biglobe', v=verdict(s, dmarc='none'),
      x_mailer='WordPress MW WP Form', label=('unrelated', None, [], False, 'ja'))

# U11 AWS Japan newsletter
d = T('2025-05-20 11:00:00')
txt = """AWS Summit Japan 2025 のご案内

いつも AWS をご利用いただきありがとうございます。

AWS Summit Japan 2025 を 6 月 25 日（水）・26 日（木）に幕張メッセで開催します。
基調講演、150 以上のセッションのほか、AWS 認定取得者専用ラウンジもご用意しています。
ラウンジのご利用には、AWS Certification アカウントに登録された認定が必要です。
複数のアカウントをお持ちの方は、事前に統合の手続きについて FAQ をご確認ください。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
body = multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(html_wrap(txt2html(txt)), 'html', cte='quoted-printable')])
s = Sender('ses', 'amazon.com', d)
build('aws-japan-summit-newsletter', body, frm=addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), to=J_TO,
      subject=enc_subject('【AWS Summit Japan 2025】認定者ラウンジのご案内と事前登録のお知らせ'),
      date=d, sender=s, provider='outlook',
      extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>')],
      label=('unrelated', None, [], True, 'ja'))

# ================================================================ MAILS END
finish()
