# Helpers for make_set.py (set-63): MIME parts, trace headers, auth results.
import base64, quopri, random, re, unicodedata, io, hashlib
from datetime import datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
R = random.Random(6363)

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def rb64(n):
    return ''.join(R.choice(B64) for _ in range(n))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, up=True):
    s = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if up else 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(s) for _ in range(n))


def dt_utc(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(dt, suffix):
    return '%d%05d' % (int(dt.timestamp()), suffix)


def fdate(dt, tz=None, comment=False):
    if tz is not None:
        dt = dt.astimezone(tz)
    s = format_datetime(dt)
    if comment:
        off = dt.utcoffset()
        name = {timedelta(hours=-7): 'PDT', timedelta(hours=-8): 'PST', timedelta(0): 'UTC',
                timedelta(hours=9): 'JST'}.get(off)
        if name:
            s += ' (%s)' % name
    return s


def pacific(dt):
    # US DST: 2025-03-09..2025-11-02, 2026-03-08..2026-11-01 (10:00 UTC approx)
    y = dt.year
    start = {2025: dt_utc(2025, 3, 9, 10, 0), 2026: dt_utc(2026, 3, 8, 10, 0)}[y]
    end = {2025: dt_utc(2025, 11, 2, 9, 0), 2026: dt_utc(2026, 11, 1, 9, 0)}[y]
    off = -7 if start <= dt < end else -8
    return dt.astimezone(timezone(timedelta(hours=off)))


# ---------------------------------------------------------------- encodings
def enc_h(text, charset='utf-8', prefix=None, maxlen=76):
    """Encoded-word header, folded over lines."""
    if prefix:
        h = Header(prefix, 'us-ascii')
        h.append(text, charset)
    else:
        h = Header(text, charset)
    return h.encode(maxlinelen=maxlen, linesep='\n')


def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def part(text, subtype='plain', label='utf-8', cte='base64', codec=None):
    """A text part. label = charset written in the header; codec = the real byte encoding."""
    codec = codec or label
    raw = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte in ('7bit', '8bit'):
        payload = raw.decode('ascii', 'surrogateescape')
        if not payload.endswith('\n'):
            payload += '\n'
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None, subtype='alternative'):
    m = MIMEMultipart(subtype, boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def finalize(body, headers):
    """Put trace + message headers on top of the body's content headers."""
    content = [(k, v) for k, v in body.items()
               if k.lower() in ('content-type', 'mime-version', 'content-transfer-encoding')]
    for k in ('Content-Type', 'MIME-Version', 'Content-Transfer-Encoding'):
        del body[k]
    for k, v in headers:
        if v is None:
            continue
        body[k] = v
    order = {'mime-version': 0, 'content-type': 1, 'content-transfer-encoding': 2}
    content.sort(key=lambda kv: order[kv[0].lower()])
    for k, v in content:
        body[k] = v
    return body


def to_bytes(msg, linesep='\n'):
    b = io.BytesIO()
    g = BytesGenerator(b, mangle_from_=False, maxheaderlen=0,
                       policy=policy.compat32.clone(linesep=linesep))
    g.flatten(msg)
    return b.getvalue()


# ---------------------------------------------------------------- senders
def ses(dt, region_ip=None):
    ms = int(dt.timestamp() * 1000)
    local = '0100%012x-%s-%s-%s-%s-%s-000000' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    net, host = R.choice([('54.240.8', 'a8'), ('54.240.9', 'a9'), ('54.240.27', 'a27'), ('54.240.48', 'a48')])
    last = R.randint(10, 250)
    ip = '%s.%d' % (net, last)
    return {
        'mid': '<%s@email.amazonses.com>' % local,
        'mailfrom': '%s@email.amazonses.com' % local,
        'mf_domain': 'email.amazonses.com',
        'helo': '%s-%d.smtp-out.amazonses.com' % (host, last),
        'ip': ip,
        'dkim': [('amazon.com', 'rte02'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
        'from_domain': 'amazon.com',
        'extra': [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
                  ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip))],
    }


def sendgrid(dt, from_domain, em_sub, dkim_d=None):
    ip = '149.72.%d.%d' % (R.randint(100, 250), R.randint(2, 250))
    local = 'bounces+%d-%s-%%s' % (R.randint(10000000, 39999999), rhex(4))
    return {
        'mid': '<%s.%s@%s>' % (rb64(22).replace('+', 'A').replace('/', 'z'), 'filterdrecv-' + rhex(10), 'geopod-ismtpd-' + str(R.randint(1, 40))),
        'mailfrom_tmpl': local + '@' + em_sub,
        'mf_domain': em_sub,
        'helo': 'o%d.ptr%d.%s' % (R.randint(1, 9), R.randint(1000, 9999), from_domain),
        'ip': ip,
        'dkim': [(dkim_d or from_domain, 's1'), ('sendgrid.info', 'smtpapi')],
        'from_domain': from_domain,
        'extra': [('X-SG-EID', rb64(60) + '=='), ('X-Entity-ID', rb64(22) + '==')],
    }


def generic(helo, ip, mailfrom, from_domain, dkim=None, mid_domain=None, extra=None):
    return {'mid': '<%s.%s@%s>' % (rhex(16), rhex(8), mid_domain or from_domain),
            'mailfrom': mailfrom, 'mf_domain': mailfrom.split('@')[1], 'helo': helo, 'ip': ip,
            'dkim': dkim or [], 'from_domain': from_domain, 'extra': extra or []}


def dkim_headers(s, dt):
    out = []
    t = int(dt.timestamp())
    for d, sel in s['dkim']:
        hl = 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
        if 'amazon' in d:
            hl = 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID'
        out.append(('DKIM-Signature',
                    'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s' % (
                        sel, d, t, hl, rb64(43), rb64(86) + '\n\t' + rb64(86) + '\n\t' + rb64(36) + '==')))
    return out


# ---------------------------------------------------------------- receivers
def mailfrom_of(s, to):
    if 'mailfrom_tmpl' in s:
        return s['mailfrom_tmpl'] % to.replace('@', '=')
    return s['mailfrom']


def ar_value(style, s, to, v):
    """v: dict(spf, dkim, dmarc, p, header_from) verdicts."""
    mf = mailfrom_of(s, to)
    hf = v.get('header_from', s['from_domain'])
    d0 = s['dkim'][0][0] if s['dkim'] else hf
    dk = v.get('dkim', 'pass')
    if style == 'gmail':
        items = []
        if s['dkim'] and dk != 'none':
            for i, (d, sel) in enumerate(s['dkim']):
                items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dk if i == 0 else v.get('dkim2', dk), d, sel, rb64(8)))
        if v['spf'] == 'pass':
            items.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, s['ip'], mf))
        else:
            items.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (v['spf'], mf, s['ip'], mf))
        p = v.get('p', 'NONE')
        dis = 'NONE' if v['dmarc'] == 'pass' else ('QUARANTINE' if p != 'NONE' else 'NONE')
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (v['dmarc'], p, p, dis, hf))
        return 'mx.google.com;\n       ' + ';\n       '.join(items)
    if style == 'outlook':
        dkres = 'pass (signature was verified)' if dk == 'pass' else ('none (message not signed)' if dk == 'none' else 'fail (body hash did not verify)')
        comp = 'pass reason=100' if v['dmarc'] == 'pass' else 'fail reason=000'
        act = 'none' if v['dmarc'] in ('pass', 'none') else v.get('action', 'quarantine')
        return 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
            v['spf'], s['ip'], s['mf_domain'], dkres, d0, v['dmarc'], act, hf, comp)
    if style.startswith('jp:'):
        host = style[3:]
        items = ['spf=%s smtp.mailfrom=%s' % (v['spf'], mf)]
        if dk != 'none':
            items.append('dkim=%s header.d=%s header.s=%s' % (dk, d0, s['dkim'][0][1] if s['dkim'] else 'default'))
        else:
            items.append('dkim=none')
        items.append('dmarc=%s header.from=%s' % (v['dmarc'], hf))
        return host + ';\n\t' + ';\n\t'.join(items)
    if style == 'yahoojp':
        host = 'mta%d.mail.kks.yahoo.co.jp' % R.choice([1003, 4007, 5011, 6002])
        return '%s  from=%s; domainkeys=neutral (no sig);\n from=%s; dkim=%s (%s) header.d=%s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s header.from=%s' % (
            host, hf, hf, dk, 'ok' if dk == 'pass' else 'bad', d0, v['spf'], s['mf_domain'], v['dmarc'], hf)
    raise ValueError(style)


def trace(provider, to, dt, s, v, forged_lower=None):
    """Return receiver-added headers (top first). v None => no Authentication-Results at all."""
    mf = mailfrom_of(s, to)
    arrive = dt + timedelta(seconds=R.randint(1, 4))
    H = []
    if provider == 'gmail':
        pt = pacific(arrive)
        H.append(('Delivered-To', to))
        H.append(('Received', 'by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(4), ralnum(5, False), fdate(pt, comment=True))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
        H.append(('X-Received', 'by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s-%sa.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(4), 'af79cd13be357', rhex(8), R.randint(10, 99), R.randint(10 ** 11, 10 ** 12),
            fdate(pt, comment=True))))
        if v is not None:
            H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (
                int(arrive.timestamp()), rb64(70), rb64(70))))
            H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==' % (
                rb64(43), rb64(43), rb64(80))))
            H.append(('ARC-Authentication-Results', 'i=1; ' + ar_value('gmail', s, to, v)))
        H.append(('Return-Path', '<%s>' % mf))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%sa.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            s['helo'], s['helo'], s['ip'], rhex(12), rhex(6), R.randint(100, 999), R.randint(10 ** 11, 10 ** 12), to, fdate(pt, comment=True))))
        if v is not None:
            H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                v['spf'], mf, 'designates' if v['spf'] == 'pass' else 'does not designate', s['ip'], s['ip'])))
            H.append(('Authentication-Results', ar_value('gmail', s, to, v)))
    elif provider == 'outlook':
        tenant = R.choice(['TYCPR01MB', 'OS3PR01MB', 'TYWPR01MB', 'OSZPR01MB'])
        srv1 = '%s%d.jpnprd01.prod.outlook.com' % (tenant, R.randint(1000, 9999))
        srv2 = 'TY%sPEPF0000%s.apcprd%02d.prod.outlook.com' % (R.choice(['1', '2', '3']), ralnum(4), R.randint(1, 6))
        srv3 = 'OS%dP286CA%04d.JPNP286.PROD.OUTLOOK.COM' % (R.randint(0, 9), R.randint(1, 999))
        ts = lambda x: fdate(x).replace(' +0000', ' +0000')
        H.append(('Received', 'from %s (::1) by\n %s with HTTPS; %s' % (srv3, srv1, fdate(arrive + timedelta(seconds=1)))))
        H.append(('Received', 'from %s (2603:1096:604:%s::%s) by\n %s (2603:1096:604:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            srv2, rhex(3), rhex(2), srv1, rhex(3), rhex(2), R.randint(8000, 9200), R.randint(10, 40), fdate(arrive))))
        if v is not None:
            H.append(('Authentication-Results', ar_value('outlook', s, to, v)))
            H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                'Pass' if v['spf'] == 'pass' else v['spf'].capitalize(), s['mf_domain'], s['ip'], s['ip'], s['helo'])))
        H.append(('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
            s['helo'], s['ip'], srv2, R.randint(1, 250), R.randint(1, 250), R.randint(8000, 9200), R.randint(10, 40), fdate(arrive))))
    elif provider.startswith('jp:') or provider == 'yahoojp' or provider.startswith('noar:'):
        host = provider.split(':', 1)[1] if ':' in provider else 'mta%d.mail.kks.yahoo.co.jp' % R.randint(1000, 6999)
        H.append(('Return-Path', '<%s>' % mf))
        H.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            host, host.replace('mx', 'mbox', 1) if 'mx' in host else 'mbox-' + host, ralnum(10), to, fdate(arrive, JST, comment=True))))
        if v is not None:
            st = provider if provider != 'yahoojp' else 'yahoojp'
            H.append(('Authentication-Results', ar_value(st if st == 'yahoojp' else 'jp:' + host, s, to, v)))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            s['helo'], s['helo'], s['ip'], host, ralnum(10), to, fdate(arrive, JST, comment=True))))
    else:
        raise ValueError(provider)
    if forged_lower:
        H.append(('Authentication-Results', forged_lower))
    return H


# ---------------------------------------------------------------- ids
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


def ids_in(text):
    t = unicodedata.normalize('NFKC', text)
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(t)})
# ================================================================ mail builder
MAILS = []


def build(slug, kind, lang, case_id, ids, verified, *, provider, to, dt, sender, verdict,
          frm, subject, body, new_text, to_hdr=None, date_tz=UTC, extra=(), forged=None,
          linesep='\n', cc=None, reply_to=None, irt=None, refs=None, mailer=None, sign=True,
          mid=None):
    H = trace(provider, to, dt, sender, verdict, forged_lower=forged)
    if sign:
        H += dkim_headers(sender, dt)
    H += [('From', frm)]
    if reply_to:
        H += [('Reply-To', reply_to)]
    H += [('To', to_hdr or to)]
    if cc:
        H += [('Cc', cc)]
    H += [('Subject', subject), ('Date', fdate(dt, date_tz)), ('Message-ID', mid or sender['mid'])]
    if irt:
        H += [('In-Reply-To', irt)]
    if refs:
        H += [('References', refs)]
    if mailer:
        H += [mailer]
    H += list(sender.get('extra', [])) + list(extra)
    msg = finalize(body, H)
    got = ids_in(new_text)
    assert got == sorted(ids), (slug, got, ids)
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, case_id=case_id, ids=sorted(ids),
                      verified=verified, data=to_bytes(msg, linesep)))


PASS = dict(spf='pass', dkim='pass', dmarc='pass', p='QUARANTINE')
PASS_NONE = dict(spf='pass', dkim='pass', dmarc='pass', p='NONE')
AWS_FORM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = addr('Amazon Web Services', 'no-reply-aws@amazon.com')
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def ses_mail(dt):
    return ses(dt)


# ================================================================ S1 田中 健一 (Gmail, form desk)
S1 = 'k.tanaka.cloud@gmail.com'
S1_TO = addr('田中健一', S1)
o1 = dt_utc(2025, 5, 27, 12, 40, 8)
c1 = case15(o1, 3317)

# --- S1 acknowledgement
d = o1 + timedelta(seconds=33)
t = f"""田中 健一 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

以下の内容でお問い合わせを承りました。担当者が内容を確認のうえ、通常 24 時間以内に
ご登録のメールアドレス宛てにご連絡いたします。

  ケース番号　　　: {c1}
  お問い合わせ種別: 認定 (Certification)
  詳細　　　　　　: アカウントの統合 (Account Merge)
  AWS 候補者 ID 　: AWS04418207
  受付日時　　　　: 2025/05/27 21:40 (JST)

同じ内容で別のお問い合わせを送信されますと、回答が遅れる原因となります。
補足情報がございましたら、このメールにそのままご返信ください。

※このメールは受付時に自動で送信されています。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
build('tanaka-aws-a', 'case_created', 'ja', c1, ['AWS04418207'], True,
      provider='gmail', to=S1, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM, to_hdr=S1_TO,
      subject=enc_h('お問い合わせを受け付けました', 'utf-8', prefix='[CASE %s] ' % c1),
      body=part(t, label='UTF-8', cte='quoted-printable'), new_text=t)

# --- S1 confirmation request
d = dt_utc(2025, 5, 29, 1, 17, 52)
s1conf_new = f"""田中 健一 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの森でございます。

このたびはお問い合わせいただき、誠にありがとうございます。
認定アカウントの統合につきまして、お客様のご登録情報を確認いたしました。
以下の内容にて統合を実施する予定でございます。

  ■ 統合後も残るアカウント（統合先）
    AWS 認定 ID：AWS04418207
    サインイン用メールアドレス：k.tanaka.cloud@gmail.com

  ■ 統合先へ取り込まれるアカウント（統合元）
    AWS 認定 ID：AWS07736921
    サインイン用メールアドレス：kenichi.tanaka@ryokusei-sys.co.jp

統合元アカウントに登録されている認定資格、試験履歴、特典は統合先アカウントへ移され、
統合元アカウントはご利用いただけなくなります。
なお、統合は一度実施いたしますと元に戻すことができません。

上記の内容でお間違いがなければ、本メールへのご返信にて、統合を進めてよいかお知らせください。
ご返信を確認でき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

森
Amazon Web Services
AWS トレーニングと認定カスタマーサポート
"""
s1conf_quote = f"""
---------- Original Message ----------
From: k.tanaka.cloud@gmail.com
Sent: 2025-05-27 12:40 UTC
Subject: {FORM_SUBJ}

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS04418207
Description:
転職前の会社のメールアドレスで作成した認定アカウント（AWS07736921）があり、
現在のアカウントと分かれてしまっています。1つにまとめていただけますでしょうか。
"""
build('tanaka-aws-b', 'merge_confirmation_requested', 'ja', c1, ['AWS04418207', 'AWS07736921'], True,
      provider='gmail', to=S1, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM, to_hdr=S1_TO,
      subject='RE:[CASE %s] %s' % (c1, FORM_SUBJ),
      body=part(s1conf_new + s1conf_quote, label='UTF-8', cte='quoted-printable'), new_text=s1conf_new)

# --- S1 completion, quoting the user's reply which quotes the confirmation request
d = dt_utc(2025, 5, 30, 5, 48, 10)
new = f"""田中 健一 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの森でございます。

ご返信いただきありがとうございました。
ご確認いただいた内容のとおり、AWS07736921 に登録されていた認定資格および受験履歴を
AWS04418207 へ移行いたしました。AWS07736921 はすでに無効化しておりますので、
今後は k.tanaka.cloud@gmail.com でサインインのうえ、AWS04418207 をご利用ください。

認定ダッシュボードへの反映には最大 24 時間ほどかかる場合がございます。
Credly のデジタルバッジにつきましては、Credly から受け取りのご案内が別途届きます。

このたびはお問い合わせいただき、ありがとうございました。

森
Amazon Web Services
AWS トレーニングと認定カスタマーサポート
"""
q = '\n'.join(('> > ' + l).rstrip() for l in s1conf_new.splitlines())
quote = f"""
2025年5月29日(木) 19:31 田中健一 <k.tanaka.cloud@gmail.com>:
> 森様
>
> ご確認ありがとうございます。田中です。
> ご記載の内容で相違ございません。統合を進めていただけますようお願いいたします。
> The details are correct. Please proceed with the merge.
>
> 田中
>
> 2025年5月29日(木) 10:17 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
>
{q}
"""
build('tanaka-aws-c', 'merge_completed', 'ja', c1, ['AWS04418207', 'AWS07736921'], True,
      provider='gmail', to=S1, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM, to_hdr=S1_TO,
      subject='RE:[CASE %s] %s' % (c1, FORM_SUBJ),
      body=part(new + quote, label='UTF-8', cte='base64'), new_text=new)

# --- S1 survey
d = dt_utc(2025, 5, 30, 5, 52, 33)
t = f"""田中 健一 様

先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ（ケース番号: {c1}）はクローズされました。

サービス向上のため、今回の対応についての簡単なアンケート（所要時間 約1分）に
ご協力いただけますと幸いです。

問題は解決しましたか？
  はい   : https://aws-tc-survey.amazon.com/s/r?c={c1}&a=1&l=ja
  いいえ : https://aws-tc-survey.amazon.com/s/r?c={c1}&a=0&l=ja

担当者の対応を 5 段階で評価する:
  https://aws-tc-survey.amazon.com/s/agent?c={c1}&l=ja

ケースを再開する必要がある場合は、14 日以内に元のメールへご返信ください。
本メールは送信専用アドレスからお送りしています。

Amazon Web Services
"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>田中 健一 様</p>
<p>先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。<br>
お問い合わせ（ケース番号: {c1}）はクローズされました。</p>
<p>サービス向上のため、今回の対応についての簡単なアンケート（所要時間 約1分）にご協力いただけますと幸いです。</p>
<table cellpadding="8" style="border:1px solid #d5dbdb"><tr><td><b>問題は解決しましたか？</b></td></tr>
<tr><td><a href="https://aws-tc-survey.amazon.com/s/r?c={c1}&amp;a=1&amp;l=ja" style="background:#ff9900;color:#fff;padding:6px 18px;text-decoration:none">はい</a>
&nbsp;<a href="https://aws-tc-survey.amazon.com/s/r?c={c1}&amp;a=0&amp;l=ja" style="background:#545b64;color:#fff;padding:6px 18px;text-decoration:none">いいえ</a></td></tr></table>
<p><a href="https://aws-tc-survey.amazon.com/s/agent?c={c1}&amp;l=ja">担当者の対応を評価する &#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:12px;color:#687078">ケースを再開する必要がある場合は、14 日以内に元のメールへご返信ください。<br>本メールは送信専用アドレスからお送りしています。</p>
<p>Amazon Web Services</p></body></html>
"""
build('tanaka-aws-d', 'survey', 'ja', c1, [], True,
      provider='gmail', to=S1, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY, to_hdr=S1_TO,
      subject=enc_h('アンケートへのご協力のお願い（ケース %s）' % c1, 'UTF-8'),
      body=alt(part(t, cte='quoted-printable', label='UTF-8'), part(html, 'html', label='UTF-8', cte='quoted-printable'),
               boundary='----=_Part_%d_%d.%d' % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 8, 10 ** 9), int(d.timestamp() * 1000))),
      new_text=t)

# --- S1 Credly badge
d = dt_utc(2025, 5, 31, 2, 14, 5)
cs = sendgrid(d, 'credly.com', 'em.credly.com')
t = """田中 健一 さん、おめでとうございます！

Amazon Web Services Training and Certification から新しいバッジが発行されました。

  AWS Certified Solutions Architect – Associate
  発行元: Amazon Web Services Training and Certification

バッジを受け取って、LinkedIn やメール署名でスキルを共有しましょう。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/3f6c1a2e-8d47-4b9a-a1c5-7e20d9b4f613?locale=ja

バッジを受け取ると、プロフィールで公開されます。受け取り前のバッジは非公開です。

Credly チーム
このメールは k.tanaka.cloud@gmail.com 宛てに送信されました。
配信設定の変更: https://www.credly.com/earner/settings/notifications
Credly, Inc. 1 Pennsylvania Plaza, New York, NY 10119
"""
html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f6f6">
<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:32px">
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="" width="110">
<h2>田中 健一 さん、おめでとうございます！</h2>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p><b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/3f6c1a2e-8d47-4b9a-a1c5-7e20d9b4f613?locale=ja" style="background:#1a77e6;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="color:#666;font-size:12px">受け取り前のバッジは非公開です。<br>Credly, Inc. 1 Pennsylvania Plaza, New York, NY 10119</p>
</td></tr></table></body></html>
"""
build('credly-tanaka', 'credly_badge_issued', 'ja', None, [], True,
      provider='gmail', to=S1, dt=d, sender=cs, verdict=dict(spf='pass', dkim='pass', dmarc='pass', p='REJECT'),
      frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to_hdr=S1,
      subject=enc_h('Amazon Web Services Training and Certification から新しいバッジが届きました', 'UTF-8'),
      body=alt(part(t, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'),
               boundary='--==_mimepart_%s_%d' % (rhex(13), R.randint(1000, 9999))),
      new_text=t, extra=[('List-Unsubscribe', '<https://www.credly.com/earner/settings/notifications>')])

# --- S1 friend (unrelated, Gmail Android)
d = datetime(2025, 5, 28, 13, 5, 41, tzinfo=JST).astimezone(UTC)
gs = generic('mail-sor-f41.google.com', '209.85.220.41', 'ryo.hasegawa.1987@gmail.com', 'gmail.com',
             dkim=[('gmail.com', '20230601')], mid_domain='mail.gmail.com')
gs['mid'] = '<CAF%s@mail.gmail.com>' % rb64(40).replace('/', 'A').replace('+', 'z')
t = """健一

アカウント統合の問い合わせ出したって聞いたよ。
俺も去年やった。ちなみに俺のは AWS 05517720 のほうにまとめてもらった。

統合完了のメールが来てもCredlyのバッジは勝手には移らなくて、
もう一回サポートに頼んでようやく来たから、そこは気をつけて。
あと50%バウチャーが残ってるかも確認したほうがいいよ。

今度飲み行こう

Android用Gmailから送信
"""
build('hasegawa-gmail', 'unrelated', 'ja', None, ['AWS05517720'], False,
      provider='gmail', to=S1, dt=d, sender=gs, verdict=dict(spf='pass', dkim='pass', dmarc='pass', p='NONE'),
      frm=addr('長谷川 亮', 'ryo.hasegawa.1987@gmail.com'), to_hdr=addr('田中健一', S1), date_tz=JST,
      subject=enc_h('統合の件', 'UTF-8'),
      body=alt(part(t, cte='base64', label='UTF-8'),
               part('<div dir="ltr">' + t.replace('\n', '<br>\n') + '</div>\n', 'html', label='UTF-8', cte='base64'),
               boundary='000000000000%s' % rhex(16)),
      new_text=t)

# --- S1 CertMetrics (unrelated, sender not AWS)
d = dt_utc(2025, 6, 20, 16, 3, 12)
cm = generic('smtp-out-07.certmetrics.com', '52.15.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
             'bounce-%s@certmetrics.com' % rhex(10), 'certmetrics.com', dkim=[('certmetrics.com', 'cm1')])
t = """田中 健一 様

AWS 認定をご取得いただきありがとうございます。

AWS 認定では、認定保持者の皆様に、受験体験や認定取得後の活用状況についてのアンケートへの
ご協力をお願いしております。回答は 5 分程度で完了します。

  氏名: 田中 健一
  AWS 認定 ID: AWS04418207
  対象認定: AWS Certified Solutions Architect - Associate

アンケートに回答する:
https://www.certmetrics.com/amazon/candidate/survey.aspx?id=8c1f0b2e47d94a6fa3b52e19c07d6a41

このメールは送信専用です。ご質問は AWS トレーニングと認定のお問い合わせフォームからお送りください。

AWS Certification
"""
build('certmetrics-tanaka', 'unrelated', 'ja', None, ['AWS04418207'], False,
      provider='gmail', to=S1, dt=d, sender=cm, verdict=dict(spf='pass', dkim='pass', dmarc='pass', p='NONE'),
      frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'),
      subject=enc_h('AWS 認定からのアンケートのお願い', 'UTF-8'),
      body=part(t, cte='base64'), new_text=t)

# --- phishing to S1: look-alike domain, Gmail says dmarc=pass for the look-alike
d = dt_utc(2025, 6, 3, 23, 48, 19)
ph = generic('mail.aws-certification-center.com', '45.138.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
             'bounce@aws-certification-center.com', 'aws-certification-center.com',
             dkim=[('aws-certification-center.com', 'default')])
t = """田中 健一 様

AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の認定アカウントの統合リクエストを受け付けました。
統合を実行する前に、以下のアカウントを 1 つにまとめることへの同意が必要です。

  統合先アカウント：AWS04418207
  統合元アカウント：AWS07736921

統合後は元に戻せません。内容に問題がなければ、下のボタンから AWS アカウントに
サインインし、統合への同意を確定してください。

  [ 統合内容を確認して同意する ]
  https://aws-certification-center.com/merge/confirm?token=b8e71c0da54f4e3b

24 時間以内に確認いただけない場合、両アカウントの認定資格が一時的に停止されます。

AWS Training & Certification
"""
html = '<html><body style="font-family:Meiryo,sans-serif">' + t.replace('\n', '<br>\n').replace(
    'https://aws-certification-center.com/merge/confirm?token=b8e71c0da54f4e3b',
    '<a href="https://aws-certification-center.com/merge/confirm?token=b8e71c0da54f4e3b">https://www.aws.amazon.com/training/merge</a>') + '</body></html>\n'
build('aws-cert-center', 'merge_confirmation_requested', 'ja', None, ['AWS04418207', 'AWS07736921'], False,
      provider='gmail', to=S1, dt=d, sender=ph, verdict=dict(spf='pass', dkim='pass', dmarc='pass', p='NONE'),
      frm=addr('AWS Training & Certification', 'support@aws-certification-center.com'), to_hdr=S1,
      subject=enc_h('【重要】認定アカウント統合の最終確認のお願い（24時間以内）', 'UTF-8'),
      body=alt(part(t, cte='base64'), part(html, 'html', cte='base64')), new_text=t)


# ================================================================ S2 佐藤 美咲 (Outlook 365, console)
S2 = 'misaki.sato@kawase-tech.co.jp'
S2_TO = addr('佐藤 美咲', S2)
o2 = dt_utc(2025, 8, 11, 1, 20, 37)
c2 = case15(o2, 40118)
S2_SUBJ = '認定アカウントの統合について（AWS02951376 へ集約希望）'
CONSOLE = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja'

d = o2 + timedelta(seconds=2)
t = f"""Amazon Web Services をご利用いただきありがとうございます。

お客様の問題に対応するため、ケース {c2} をオープンしました。ケースの詳細は以下のとおりです。

ケース ID: {c2}
件名: {S2_SUBJ}
重要度: 一般的なガイダンス
対応言語: 日本語
作成者: misaki.sato@kawase-tech.co.jp

ケースへの返信やステータスの確認は、AWS サポートセンターから行ってください。
{CONSOLE % c2}

※このメールアドレスは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
"""
html = f"""<html><body style="font-family:'Amazon Ember',Meiryo,sans-serif;font-size:14px">
<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>お客様の問題に対応するため、ケース {c2} をオープンしました。ケースの詳細は以下のとおりです。</p>
<table border="0" cellpadding="4"><tr><td><b>ケース ID</b></td><td>{c2}</td></tr>
<tr><td><b>件名</b></td><td>{S2_SUBJ}</td></tr>
<tr><td><b>重要度</b></td><td>一般的なガイダンス</td></tr>
<tr><td><b>対応言語</b></td><td>日本語</td></tr></table>
<p><a href="{CONSOLE % c2}">サポートセンターでケースを表示</a></p>
<p style="color:#687078;font-size:12px">このメールアドレスは返信を受け付けていません。</p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p></body></html>
"""
build('sato-aws-a', 'case_created', 'ja', c2, ['AWS02951376'], True,
      provider='outlook', to=S2, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY, to_hdr=S2,
      subject=enc_h('Amazon Web Services: 新しいサポートケースをオープンしました: %s' % c2, 'UTF-8'),
      body=alt(part(t), part(html, 'html')), new_text=t, linesep='\r\n')

# --- S2 confirmation request (3 accounts, odd id spellings)
d = dt_utc(2025, 8, 12, 3, 41, 26)
s2conf = f"""佐藤様

お問い合わせありがとうございます。Amazon Web Services の岡田です。

ご依頼いただいた認定アカウントの統合について、作業の前にご確認をお願いしたい点がございます。
調査の結果、お客様名義の認定アカウントは以下の 3 件でした。

  1. AWS 02951376（misaki.sato@kawase-tech.co.jp）… こちらを存続アカウントとします
  2. aws-05190488（m.sato.0402@gmail.com）… 1 に統合
  3. AWS06624013（sato.misaki@nanbu-create.jp）… 1 に統合

2 と 3 に登録されている認定（AWS Certified Cloud Practitioner、AWS Certified Developer – Associate）
と受験履歴は 1 に引き継がれ、2 と 3 のアカウントにはサインインできなくなります。
処理後に取り消すことはできませんのでご注意ください。

この内容で問題ないか、サポートセンターのケースからご返信いただけますでしょうか。
お返事をいただいてから作業いたします。

よろしくお願いいたします。

岡田
Amazon Web Services
"""
foot = f"""
このやり取りはいかがでしたか？ 評価はこちらから:
https://console.aws.amazon.com/support/feedback?displayId={c2}&language=ja

サポートセンターでケースを表示して返信するには、次のリンクをクリックしてください:
{CONSOLE % c2}

※このメールアドレスは返信を受け付けていません。
"""
html = '<html><body style="font-family:Meiryo,sans-serif;font-size:14px">' + s2conf.replace('\n', '<br>\n') + \
    '<hr><p style="font-size:12px">このやり取りはいかがでしたか？ <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;language=ja">評価する</a></p>' % c2 + \
    '<p style="font-size:12px"><a href="%s">サポートセンターでケースを表示</a><br>※このメールアドレスは返信を受け付けていません。</p></body></html>\n' % (CONSOLE % c2)
build('sato-aws-b', 'merge_confirmation_requested', 'ja', c2, ['AWS02951376', 'AWS05190488', 'AWS06624013'], True,
      provider='outlook', to=S2, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY, to_hdr=S2,
      subject=enc_h(S2_SUBJ, 'UTF-8', prefix='RE:[CASE %s] ' % c2),
      body=alt(part(s2conf + foot, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')),
      new_text=s2conf, linesep='\r\n')

# --- S2 "thank you for confirming, we will now proceed"
d = dt_utc(2025, 8, 12, 6, 2, 44)
t = f"""佐藤様

岡田です。ご確認のご返信をいただき、ありがとうございます。

いただいた内容のとおり、これから統合の手続きに入ります。終わりましたら本ケースで改めてお知らせいたします。
通常 1〜2 営業日ほどお時間をいただいております。

作業中は AWS05190488 と AWS06624013 へのサインインができなくなる場合がございますので、
試験の予約などは AWS02951376 側で行っていただきますようお願いいたします。

よろしくお願いいたします。

岡田
Amazon Web Services
"""
build('sato-aws-c', 'support_reply', 'ja', c2, ['AWS02951376', 'AWS05190488', 'AWS06624013'], True,
      provider='outlook', to=S2, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY, to_hdr=S2,
      subject=enc_h(S2_SUBJ, 'UTF-8', prefix='RE:[CASE %s] ' % c2),
      body=part(t + foot, cte='base64'), new_text=t, linesep='\r\n')

# --- S2 completion + survey; text part and html part differ (html carries the survey)
d = dt_utc(2025, 8, 14, 2, 27, 3)
t = f"""佐藤様

Amazon Web Services の岡田です。

お待たせいたしました。AWS05190488 と AWS06624013 の認定情報を AWS02951376 に集約する作業が終わりました。
AWS02951376 の認定ダッシュボードで、Cloud Practitioner と Developer – Associate の 2 件が
表示されていることをご確認ください。取り込み元の 2 アカウントは閉鎖しております。

本件はこれでクローズとさせていただきます。

岡田
Amazon Web Services
"""
html = f"""<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>佐藤様</p><p>Amazon Web Services の岡田です。</p>
<p>お待たせいたしました。AWS05190488 と AWS06624013 の認定情報を AWS02951376 に集約する作業が終わりました。<br>
AWS02951376 の認定ダッシュボードで、Cloud Practitioner と Developer – Associate の 2 件が表示されていることをご確認ください。取り込み元の 2 アカウントは閉鎖しております。</p>
<p>本件はこれでクローズとさせていただきます。</p>
<p>岡田<br>Amazon Web Services</p>
<table style="border-top:1px solid #ccc;margin-top:16px" cellpadding="6"><tr><td colspan="2"><b>今回のサポートはお役に立ちましたか？</b></td></tr>
<tr><td><a href="https://console.aws.amazon.com/support/feedback?displayId={c2}&amp;r=yes">はい</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId={c2}&amp;r=no">いいえ</a></td></tr>
<tr><td colspan="2" style="font-size:12px">担当者の対応を評価: <a href="https://console.aws.amazon.com/support/feedback?displayId={c2}&amp;stars=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr></table>
</body></html>
"""
build('sato-aws-d', 'merge_completed', 'ja', c2, ['AWS02951376', 'AWS05190488', 'AWS06624013'], True,
      provider='outlook', to=S2, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY, to_hdr=S2,
      subject=enc_h(S2_SUBJ, 'UTF-8', prefix='RE:[CASE %s] ' % c2),
      body=alt(part(t, cte='base64'), part(html, 'html', cte='base64')), new_text=t, linesep='\r\n')

# --- S2 automatic closure notice (no merge statement)
d = dt_utc(2025, 8, 14, 2, 28, 51)
t = f"""Amazon Web Services をご利用いただきありがとうございます。

ケース {c2}「{S2_SUBJ}」は解決済みとしてクローズされました。

引き続きサポートが必要な場合は、サポートセンターからケースを再開できます:
{CONSOLE % c2}

サポートの品質向上のため、ご意見をお聞かせください。
https://console.aws.amazon.com/support/feedback?displayId={c2}&source=closure

Amazon Web Services
"""
build('sato-aws-e', 'survey', 'ja', c2, ['AWS02951376'], True,
      provider='outlook', to=S2, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY, to_hdr=S2,
      subject=enc_h('Amazon Web Services: サポートケース %s はクローズされました' % c2, 'UTF-8'),
      body=part(t, cte='quoted-printable'), new_text=t, linesep='\r\n')

# --- S2 forward to manager (unrelated): text ISO-2022-JP, html Shift_JIS(cp932) with circled digits
d = datetime(2025, 8, 14, 12, 15, 40, tzinfo=JST).astimezone(UTC)
ks = generic('TY3PR01MB11204.jpnprd01.prod.outlook.com', '2603:1096:400:3c1::9', S2, 'kawase-tech.co.jp',
             dkim=[('kawase-tech.co.jp', 'selector1')])
ks['mid'] = '<TY3PR01MB11204%s@TY3PR01MB11204.jpnprd01.prod.outlook.com>' % ralnum(14)
fwd_hdr = f"""差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年8月14日 11:27
宛先: 佐藤 美咲 <misaki.sato@kawase-tech.co.jp>
件名: RE:[CASE {c2}] {S2_SUBJ}
"""
fwd_body = t_s2done = f"""佐藤様

Amazon Web Services の岡田です。

お待たせいたしました。AWS05190488 と AWS06624013 の認定情報を AWS02951376 に集約する作業が終わりました。
（以下略）
"""
new_txt = f"""北村部長

お疲れ様です。佐藤です。

先日申請していた AWS 認定アカウントの統合が完了しましたので共有いたします（ケース番号 {c2}）。
(1) 統合後のアカウント: AWS02951376
(2) 統合済み（閉鎖）: AWS05190488、AWS06624013
(3) 資格手当の申請書は AWS02951376 の認定 ID で再提出します。

以上、よろしくお願いいたします。

────────────────
川瀬テクノロジー株式会社
クラウド推進部　佐藤 美咲
TEL: 03-5789-4412
────────────────

"""
new_html = new_txt.replace('(1)', '①').replace('(2)', '②').replace('(3)', '③')
txt = new_txt + '________________________________\n' + fwd_hdr + '\n' + fwd_body
htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body>\n<div style="font-family:游ゴシック,sans-serif;font-size:11pt">' + \
    new_html.replace('\n', '<br>\n') + '</div>\n<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">' + \
    fwd_hdr.replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</font></div>\n<div>' + fwd_body.replace('\n', '<br>\n') + '</div></body></html>\n'
build('sato-kitamura', 'unrelated', 'ja', c2, ['AWS02951376', 'AWS05190488', 'AWS06624013'], False,
      provider='outlook', to='t.kitamura@kawase-tech.co.jp', dt=d, sender=ks, verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('佐藤 美咲', S2, 'iso-2022-jp'), to_hdr=addr('北村 隆', 't.kitamura@kawase-tech.co.jp', 'iso-2022-jp'), date_tz=JST,
      subject=enc_h('RE:[CASE %s] %s' % (c2, S2_SUBJ), 'iso-2022-jp', prefix='FW: '),
      body=alt(part(txt, label='iso-2022-jp', cte='7bit'), part(htm, 'html', label='shift_jis', codec='cp932', cte='quoted-printable'),
               boundary='_000_TY3PR01MB11204%s_' % ralnum(16)),
      new_text=new_txt, linesep='\r\n',
      extra=[('Thread-Topic', enc_h('RE:[CASE %s] %s' % (c2, S2_SUBJ), 'iso-2022-jp')), ('Thread-Index', 'AQHb' + rb64(28)),
             ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])

# --- S2 Credly: badge moved after the merge
d = dt_utc(2025, 8, 15, 9, 11, 27)
t = """佐藤 美咲 さん

AWS 認定アカウントの統合に伴い、以下のバッジがあなたの Credly アカウントに移されました。

  ・AWS Certified Cloud Practitioner
  ・AWS Certified Developer – Associate

移されたバッジは、承認するまでプロフィールに表示されません。
下のリンクからバッジを承認し、公開設定を確認してください。

バッジを承認する:
https://www.credly.com/badges/accept?badge_ids=9b2e0c41,7f03d5aa&locale=ja

Credly
Credly, Inc. 1 Pennsylvania Plaza, New York, NY 10119
"""
build('credly-sato', 'credly_badge_issued', 'ja', None, [], True,
      provider='outlook', to=S2, dt=d, sender=sendgrid(d, 'credly.com', 'em.credly.com'),
      verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to_hdr=S2,
      subject=enc_h('バッジの受け取り準備ができました: AWS Certified Developer – Associate ほか 1 件', 'UTF-8'),
      body=part(t, cte='base64'), new_text=t, linesep='\r\n')

# --- S2 other AWS case: EC2 quota (unrelated)
oq = dt_utc(2025, 9, 2, 5, 5, 48)
cq = case15(oq, 71904)
d = dt_utc(2025, 9, 2, 8, 44, 15)
t = f"""佐藤様

Amazon Web Services をご利用いただきありがとうございます。

アジアパシフィック（東京）リージョンにおける「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の
クォータ引き上げリクエストを承認いたしました。

  AWS アカウント: 4281 7730 5162
  リージョン: ap-northeast-1
  新しいクォータ値: 512 vCPU

新しい値が Service Quotas コンソールに反映されるまで、最大 30 分ほどかかる場合があります。

ほかにご不明な点がございましたら、ケースを再開してお知らせください。

よろしくお願いいたします。
Kenji T.
Amazon Web Services
"""
build('sato-aws-f', 'unrelated', 'ja', cq, [], True,
      provider='outlook', to=S2, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY, to_hdr=S2,
      subject=enc_h('サービスクォータの引き上げ (EC2 オンデマンドインスタンス)', 'UTF-8', prefix='RE:[CASE %s] ' % cq),
      body=part(t + f"\nこのやり取りを評価する:\nhttps://console.aws.amazon.com/support/feedback?displayId={cq}&language=ja\n", cte='quoted-printable'),
      new_text=t, linesep='\r\n')

# ================================================================ S3 鈴木 翔太 (docomo, iPhone, form desk, machine-translated agent)
S3 = 'shota.suzuki-0512@docomo.ne.jp'
DOCOMO = 'jp:mfsmax.docomo.ne.jp'
o3 = dt_utc(2025, 11, 17, 13, 22, 5)
c3 = case15(o3, 52260)
o3b = dt_utc(2025, 11, 19, 0, 48, 51)
c3b = case15(o3b, 8841)

d = o3 + timedelta(seconds=41)
t = f"""鈴木 翔太 様

お問い合わせいただきありがとうございます。あなたのリクエストはログに記録されました。

ケース番号 {c3} が割り当てられました。私たちのチームはあなたのリクエストを確認し、24時間以内にあなたに応答します。

あなたの送信の概要:
問い合わせの種類: AWS トレーニングと認定
カテゴリ: アカウント支援
AWS 候補者 ID: AWS01873350
説明: 認定アカウントが2つあるので1つにまとめたいです。AWS08802145 のほうは前の会社のメールで作ったやつです。

このメールに返信することで、追加情報を提供できます。

よろしくお願いします、
AWS トレーニングと認定チーム
"""
build('suzuki-aws-a', 'case_created', 'ja', c3, ['AWS01873350', 'AWS08802145'], True,
      provider=DOCOMO, to=S3, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject=enc_h('あなたのリクエストは受信されました', 'UTF-8', prefix='[CASE %s] ' % c3),
      body=part(t, cte='base64'), new_text=t)

d = o3b + timedelta(seconds=38)
t = f"""鈴木 翔太 様

お問い合わせいただきありがとうございます。あなたのリクエストはログに記録されました。

ケース番号 {c3b} が割り当てられました。私たちのチームはあなたのリクエストを確認し、24時間以内にあなたに応答します。

あなたの送信の概要:
問い合わせの種類: AWS トレーニングと認定
カテゴリ: アカウント支援
AWS 候補者 ID: AWS01873350
説明: おととい送ったけど返事がないのでもう一度送ります。aws08802145 を AWS01873350 に統合してください。

このメールに返信することで、追加情報を提供できます。

よろしくお願いします、
AWS トレーニングと認定チーム
"""
build('suzuki-aws-b', 'case_created', 'ja', c3b, ['AWS01873350', 'AWS08802145'], True,
      provider=DOCOMO, to=S3, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject=enc_h('あなたのリクエストは受信されました', 'UTF-8', prefix='[CASE %s] ' % c3b),
      body=part(t, cte='quoted-printable'), new_text=t)

# --- S3 confirmation request (machine-translated), mentions the duplicate case
d = dt_utc(2025, 11, 19, 9, 5, 17)
s3conf = f"""こんにちは 翔太、

AWS トレーニングと認定にお問い合わせいただきありがとうございます。

私たちはあなたのアカウントを調査し、以下の2つのアカウントを見つけました。マージを進める前に、以下の詳細が正しいことを確認してください。

プライマリアカウント（保持されます）: AWS01873350 - shota.suzuki-0512@docomo.ne.jp
セカンダリアカウント（プライマリにマージされます）: AWS08802145 - s.suzuki@hoshizora-soft.co.jp

マージされると、このアクションは元に戻すことができないことに注意してください。セカンダリアカウントのすべての認定はプライマリアカウントに移動され、セカンダリアカウントは非アクティブ化されます。

詳細が正しい場合は、このメールに返信して確認してください。

また、あなたが同じリクエストのために別のケース {c3b} を開いたことに気付きました。重複したケースを開かないでください。そのケースはこのケースに統合されてクローズされます。

よろしくお願いします、
ラケシュ
AWS トレーニングと認定
"""
build('suzuki-aws-c', 'merge_confirmation_requested', 'ja', c3, ['AWS01873350', 'AWS08802145'], True,
      provider=DOCOMO, to=S3, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c3, FORM_SUBJ),
      body=part(s3conf, cte='base64'), new_text=s3conf)

# --- S3 completion, quoting iPhone reply with nested quote
d = dt_utc(2025, 11, 21, 4, 30, 2)
new = """こんにちは 翔太、

確認していただきありがとうございます。

あなたのアカウント AWS08802145 は AWS01873350 に正常にマージされました。すべての認定と試験の履歴は、プライマリアカウントで利用できるようになりました。変更が反映されるまで最大 48 時間かかる場合があります。

Credly バッジは、プライマリアカウントに関連付けられたメールアドレスに送信されます。

他にご不明な点がございましたら、お気軽にお問い合わせください。

よろしくお願いします、
ラケシュ
AWS トレーニングと認定
"""
q = '\n'.join(('>> ' + l).rstrip() for l in s3conf.splitlines())
quote = f"""
2025/11/20 7:48、鈴木翔太 <shota.suzuki-0512@docomo.ne.jp>のメール:
> はい、内容あってます。統合おねがいします。
>
> iPhoneから送信
>
>> 2025/11/19 18:05、Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>のメール:
>>
{q}
"""
build('suzuki-aws-d', 'merge_completed', 'ja', c3, ['AWS01873350', 'AWS08802145'], True,
      provider=DOCOMO, to=S3, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c3, FORM_SUBJ),
      body=part(new + quote, cte='base64'), new_text=new)

# --- S3 survey
d = dt_utc(2025, 11, 21, 4, 33, 40)
t = f"""鈴木 翔太 様

最近、AWS トレーニングと認定に連絡していただきありがとうございます。ケース {c3} は解決済みとしてマークされました。

私たちはあなたのフィードバックを大切にしています。あなたの問い合わせは解決されましたか？

はい https://aws-tc-survey.amazon.com/s/r?c={c3}&a=1
いいえ https://aws-tc-survey.amazon.com/s/r?c={c3}&a=0

この短いアンケートは完了するのに1分もかかりません。

AWS トレーニングと認定
"""
build('suzuki-aws-e', 'survey', 'ja', c3, [], True,
      provider=DOCOMO, to=S3, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h('お問い合わせは解決しましたか？', 'UTF-8'),
      body=part(t, cte='quoted-printable'), new_text=t)

# --- S3 Credly, HTML only
d = dt_utc(2025, 11, 22, 11, 2, 50)
html = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;font-family:'Helvetica Neue',Arial,'Hiragino Sans',sans-serif">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:22px">鈴木 翔太 さん、新しいバッジがあります</h1>
<p>Amazon Web Services Training and Certification が、あなたに次のバッジを発行しました。</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect – Associate</b></p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>バッジを受け取って、あなたの実績を共有しましょう。</p>
<p><a href="https://www.credly.com/earner/earned/badge/d71e4b0a-2c95-4f38-9e61-5a0c8b2f1d47?locale=ja" style="display:inline-block;background:#1a77e6;color:#ffffff;padding:12px 24px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#777">このメールは shota.suzuki-0512@docomo.ne.jp に送信されました。<br>
<a href="https://www.credly.com/earner/settings/notifications">通知設定</a> | Credly, Inc. 1 Pennsylvania Plaza, New York, NY 10119</p>
</td></tr></table></td></tr></table></body></html>
"""
plain = 'AWS Certified Solutions Architect – Associate AWS Certified Cloud Practitioner バッジを受け取る'
build('credly-suzuki', 'credly_badge_issued', 'ja', None, [], True,
      provider=DOCOMO, to=S3, dt=d, sender=sendgrid(d, 'credly.com', 'em.credly.com'), verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
      subject=enc_h('新しいバッジが 2 件あります', 'UTF-8'),
      body=part(html, 'html', cte='base64'), new_text=plain)

# --- S3 support asks about Credly (support_reply)
d = dt_utc(2025, 11, 27, 6, 14, 9)
new = """こんにちは 翔太、

ご連絡ありがとうございます。Credly バッジがまだ届いていないとのこと、承知しました。

Credly のバッジは、古い Credly アカウント（以前のメールアドレスで作成されたもの）に残っている可能性があります。Credly アカウントも統合するためのリクエストを Credly に送信するには、以下の情報を提供してください。

1. 現在の Credly アカウントに登録されているメールアドレス
2. 古い Credly アカウントに登録されているメールアドレス（わかる場合）

情報を受け取り次第、Credly チームに依頼を送ります。

よろしくお願いします、
ラケシュ
AWS トレーニングと認定
"""
quote = f"""
2025/11/26 23:10、鈴木翔太 <shota.suzuki-0512@docomo.ne.jp>のメール:
> ラケシュさん
>
> 統合ありがとうございました。ダッシュボードでは資格が全部見えてます。
> でもCredlyのバッジがまだ2つとも前のアカウントのままみたいです。
> どうすればいいですか？
>
> iPhoneから送信
"""
build('suzuki-aws-f', 'support_reply', 'ja', c3, [], True,
      provider=DOCOMO, to=S3, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c3, FORM_SUBJ),
      body=part(new + quote, cte='base64'), new_text=new)

# --- S3 Credly's own account-merge code (unrelated)
d = dt_utc(2025, 11, 28, 12, 40, 33)
t = """鈴木 翔太 さん

Credly アカウントの統合がリクエストされました。

統合を完了するには、以下の確認コードを入力するか、「アカウントの統合を完了する」をクリックしてください。

確認コード: 604218

アカウントの統合を完了する:
https://www.credly.com/users/merge/confirm?token=4e9a1c7f02b84d6e9f35a8c1d0e7b264&locale=ja

このコードの有効期限は 30 分です。このリクエストに心当たりがない場合は、このメールを無視してください。

Credly
"""
build('credly-suzuki-2', 'unrelated', 'ja', None, [], True,
      provider=DOCOMO, to=S3, dt=d, sender=sendgrid(d, 'credly.com', 'em.credly.com'), verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('Credly', 'no-reply@credly.com'),
      subject=enc_h('Credly アカウント統合の確認コード', 'UTF-8'),
      body=part(t, cte='quoted-printable'), new_text=t)


# ================================================================ S4 高橋 由美 (Yahoo! JAPAN webmail)
S4 = 'yumi_takahashi88@yahoo.co.jp'
o4 = dt_utc(2026, 1, 13, 11, 6, 19)
c4 = case15(o4, 66203)

d = dt_utc(2026, 1, 14, 2, 55, 38)
s4info = f"""高橋 由美 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定サポートの西村と申します。

アカウント統合のご依頼につきまして、ご記載の AWS03390762 は確認できましたが、
統合をご希望のもう一方のアカウントを特定することができませんでした。
お手数をおかけいたしますが、以下の情報をお知らせいただけますでしょうか。

　1. もう一方のアカウントの AWS 認定 ID（おわかりになる場合）
　2. それぞれのアカウントへのサインインに使用しているメールアドレス
　3. 統合後に残したいアカウント
　4. 統合をご希望の理由（例：ご結婚や転職によるお名前・メールアドレスの変更）

本メールにそのままご返信いただければ、引き続き対応いたします。
なお、同じ内容で新しいお問い合わせを作成されますと対応が遅れますので、ご了承ください。

よろしくお願いいたします。

西村
Amazon Web Services
AWS トレーニングと認定サポート
"""
build('takahashi-aws-a', 'support_reply', 'ja', c4, ['AWS03390762'], True,
      provider='yahoojp', to=S4, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c4, FORM_SUBJ),
      body=part(s4info, cte='quoted-printable'), new_text=s4info)

# --- S4 completion; history appended with no quote markers
d = dt_utc(2026, 1, 19, 1, 40, 7)
new = f"""高橋 由美 様

AWS トレーニングと認定サポートの西村です。

ご返信いただきありがとうございました。ご指定のとおり、AWS09127584 の資格情報を AWS03390762 へまとめる作業を
完了いたしました。AWS09127584 のプロフィールは廃止となり、以後は AWS03390762 のみをご利用いただけます。

50% 割引バウチャーなどの特典も AWS03390762 に引き継がれております。
画面への反映に時間がかかる場合がございますので、表示されない場合は 1 日ほど置いてからご確認ください。

引き続きよろしくお願いいたします。

西村
Amazon Web Services
"""
hist = f"""
________________________________
From: 高橋由美 <yumi_takahashi88@yahoo.co.jp>
Sent: 2026年1月16日 21:12
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {c4}] {FORM_SUBJ}

西村様

ご連絡ありがとうございます。高橋です。
1. もう一つのアカウントは AWS09127584 だと思います（前の勤務先で受験したときのものです）
2. AWS03390762 は yumi_takahashi88@yahoo.co.jp、AWS09127584 は y.takahashi@minori-clinic.or.jp です
3. AWS03390762 を残したいです
4. 退職して前のメールアドレスが使えなくなったためです

内容に問題なければ、このまま統合を進めてください。
よろしくお願いいたします。

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2026年1月14日 11:55
To: yumi_takahashi88@yahoo.co.jp
Subject: RE:[CASE {c4}] {FORM_SUBJ}

""" + s4info
build('takahashi-aws-b', 'merge_completed', 'ja', c4, ['AWS03390762', 'AWS09127584'], True,
      provider='yahoojp', to=S4, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c4, FORM_SUBJ),
      body=part(new + hist, cte='base64'), new_text=new)

# --- S4 survey: text part is a stub, html part carries the survey
d = dt_utc(2026, 1, 19, 1, 44, 52)
stub = """このメールは HTML 形式で送信されています。
正しく表示されない場合は、HTML 表示に対応したメールソフトでご覧ください。

Amazon Web Services
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>高橋 由美 様</p>
<p>AWS トレーニングと認定をご利用いただきありがとうございます。<br>
ケース {c4} への対応は終了いたしました。</p>
<p>今後のサービス改善のため、アンケートへのご協力をお願いいたします。</p>
<p><b>今回のお問い合わせは解決しましたか？</b><br>
<a href="https://aws-tc-survey.amazon.com/s/r?c={c4}&amp;a=1&amp;l=ja">はい</a> ／
<a href="https://aws-tc-survey.amazon.com/s/r?c={c4}&amp;a=0&amp;l=ja">いいえ</a></p>
<p><b>担当者の対応に満足しましたか？</b><br>
<a href="https://aws-tc-survey.amazon.com/s/csat?c={c4}&amp;s=5">とても満足</a> ｜
<a href="https://aws-tc-survey.amazon.com/s/csat?c={c4}&amp;s=4">満足</a> ｜
<a href="https://aws-tc-survey.amazon.com/s/csat?c={c4}&amp;s=3">どちらでもない</a> ｜
<a href="https://aws-tc-survey.amazon.com/s/csat?c={c4}&amp;s=2">不満</a> ｜
<a href="https://aws-tc-survey.amazon.com/s/csat?c={c4}&amp;s=1">とても不満</a></p>
<p style="font-size:12px;color:#666">※本メールは送信専用です。</p>
</body></html>
"""
build('takahashi-aws-c', 'survey', 'ja', c4, [], True,
      provider='yahoojp', to=S4, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h('AWS トレーニングと認定 アンケートのお願い', 'UTF-8'),
      body=alt(part(stub, cte='base64'), part(html, 'html', cte='base64')), new_text=html)

# --- phishing to S4: From spoofs amazon.com, topmost A-R dmarc=fail, lower forged A-R says pass; cp932 body
d = dt_utc(2026, 1, 20, 14, 7, 55)
phs = generic('vps-31822.hostingnet-eu.com', '185.213.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
              'info@hostingnet-eu.com', 'amazon.com', dkim=[('hostingnet-eu.com', 'mail')], mid_domain='vps-31822.hostingnet-eu.com')
t = """高橋 様

いつもAWSをご利用いただきありがとうございます。
AWS トレーニングと認定サポートです。

ご依頼いただいた認定アカウントの統合について、以下の手順でご確認をお願いいたします。

　① 下記リンクより AWS アカウントにサインインしてください
　② 統合するアカウント（AWS03390762 ／ AWS09127584）をご確認ください
　③ 「統合に同意する」ボタンを押してください

※統合は取り消しできません。
※48時間以内にご確認いただけない場合、本ケースはキャンセルとなります。

■確認ページ
https://aws-amazon-support.co/signin?case=176891204577431&lang=ja

━━━━━━━━━━━━━━━━━━━
Amazon Web Services
AWS トレーニングと認定 サポート
━━━━━━━━━━━━━━━━━━━
"""
forged = 'mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'
build('aws-support-yumi', 'merge_confirmation_requested', 'ja', '176891204577431', ['AWS03390762', 'AWS09127584'], False,
      provider='yahoojp', to=S4, dt=d, sender=phs, verdict=dict(spf='fail', dkim='fail', dmarc='fail', header_from='amazon.com'),
      forged=forged, frm=addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', 'shift_jis'),
      subject=enc_h('アカウント統合のご確認', 'shift_jis', prefix='RE:[CASE 176891204577431] '),
      body=part(t, label='Shift_JIS', codec='cp932', cte='8bit'), new_text=t,
      mailer=('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'))

# --- Credly (old Acclaim sender), English, to S4
d = dt_utc(2026, 1, 20, 8, 30, 12)
t = """Hi Yumi,

Your badge is waiting!

Amazon Web Services Training and Certification has issued you the following badge:

    AWS Certified AI Practitioner

Accept your badge to manage it, share it on social media and add it to your email signature.

Accept your badge: https://www.youracclaim.com/badges/1c8e2f90-b73d-4a51-8e0c-6d24f9a1b378/accept

Questions? Visit our support center: https://support.credly.com

Credly, Inc.
1 Pennsylvania Plaza, New York, NY 10119
"""
build('acclaim-takahashi', 'credly_badge_issued', 'en', None, [], True,
      provider='yahoojp', to=S4, dt=d, sender=sendgrid(d, 'youracclaim.com', 'em.youracclaim.com'), verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
      subject='Amazon Web Services Training and Certification has issued you a badge',
      body=part(t, label='us-ascii', cte='7bit'), new_text=t)

# ================================================================ S5 伊藤 誠 (OCN, Becky!)
S5 = 'm-ito1972@rose.ocn.ne.jp'
OCN = 'jp:mfgw42.ocn.ad.jp'
o5 = dt_utc(2025, 10, 6, 0, 32, 47)
c5 = case15(o5, 19075)

d = o5 + timedelta(seconds=51)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Meiryo,'MS PGothic',sans-serif;font-size:14px">
<p>伊藤 誠 様</p>
<p>AWS Training and Certification にお問い合わせいただきありがとうございます。</p>
<p>お客様のお問い合わせは正常に送信され、ケース <b>{c5}</b> として登録されました。<br>
担当者から回答が届くまで、今しばらくお待ちください（通常 1 営業日以内）。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#cccccc">
<tr><th align="left" bgcolor="#f2f3f3">ケース番号</th><td>{c5}</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">お問い合わせの種類</th><td>Certification - Account Merge</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">AWS 候補者 ID</th><td>AWS06071239</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">連絡先メールアドレス</th><td>m-ito1972@rose.ocn.ne.jp</td></tr>
</table>
<p>このメールに返信することで、ケースに情報を追加できます。同じ内容の新しいお問い合わせは送信しないでください。</p>
<p>よろしくお願いいたします。<br>AWS Training and Certification</p>
</body></html>
"""
build('ito-aws-a', 'case_created', 'ja', c5, ['AWS06071239'], True,
      provider=OCN, to=S5, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject=enc_h('【AWS トレーニングと認定】お問い合わせ受付のお知らせ（ケース %s）' % c5, 'UTF-8'),
      body=part(html, 'html', cte='base64'), new_text=html)

# --- S5 confirmation request in ISO-2022-JP, quoting a Becky! message
d = dt_utc(2025, 10, 7, 2, 10, 31)
s5conf = """伊藤 誠 様

いつもAWSをご利用いただき、ありがとうございます。
AWS トレーニングと認定 サポート窓口でございます。

お申し出いただいた件につきまして、作業前の最終確認をお願いいたします。

【残すアカウント】　　　　AWS06071239
【統合して閉鎖するアカウント】AWS00458816

統合処理を行いますと、AWS00458816 に紐づく認定・受験履歴・バウチャー等はすべて
AWS06071239 に移され、AWS00458816 は閉鎖されます。
処理完了後に元の状態へ戻すことはできかねますので、あらかじめご了承ください。

お手数ですが、上記で相違ないか、本メールへのご返信にてお知らせくださいますよう
お願い申し上げます。

以上、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
quote = f"""
-----Original Message-----
From: m-ito1972@rose.ocn.ne.jp
Sent: Monday, October 6, 2025 12:32 AM
Subject: {FORM_SUBJ}

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS06071239
Description:
伊藤と申します。
以前、勤務先のアドレスで受験した際のアカウント（AWS00458816）があり、
二重になっております。現在のアカウントにまとめていただけますでしょうか。
"""
build('ito-aws-b', 'merge_confirmation_requested', 'ja', c5, ['AWS00458816', 'AWS06071239'], True,
      provider=OCN, to=S5, dt=d, sender=ses(d), verdict=PASS, frm=addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'),
      subject='RE:[CASE %s] %s' % (c5, FORM_SUBJ),
      body=part(s5conf + quote, label='ISO-2022-JP', cte='7bit'), new_text=s5conf)

# --- S5 user's own reply, Becky!, sent copy (no Authentication-Results)
d = datetime(2025, 10, 7, 12, 55, 18, tzinfo=JST).astimezone(UTC)
us5 = generic('localhost', '127.0.0.1', S5, 'rose.ocn.ne.jp', mid_domain='rose.ocn.ne.jp')
us5['mid'] = '<20251007125518.%s.m-ito1972@rose.ocn.ne.jp>' % rhex(8).upper()
new = """AWS トレーニングと認定 カスタマーサポート ご担当者様

伊藤です。お世話になっております。

ご確認ありがとうございます。
AWS06071239 を残し、AWS00458816 をそちらへ統合する内容で相違ございません。
統合を進めてくださいますよう、よろしくお願いいたします。

The details are correct. Please proceed with the merge.

"""
q = '\n'.join(('> ' + l).rstrip() for l in s5conf.splitlines())
quote = f"""On Tue, 07 Oct 2025 02:10:31 +0000
Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

{q}

--
伊藤 誠 (Makoto Ito)
m-ito1972@rose.ocn.ne.jp
"""
msg5 = part(new + quote, label='ISO-2022-JP', cte='7bit')
H = []
H += [('From', addr('伊藤 誠', S5, 'iso-2022-jp')), ('To', addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')),
      ('Subject', 'Re: RE:[CASE %s] %s' % (c5, FORM_SUBJ)), ('Date', fdate(d, JST)), ('Message-ID', us5['mid']),
      ('X-Mailer', 'Becky! ver. 2.81.05 [ja]')]
msg5 = finalize(msg5, H)
assert ids_in(new) == ['AWS00458816', 'AWS06071239']
MAILS.append(dict(slug='ito-becky', kind='unrelated', lang='ja', case_id=c5, ids=['AWS00458816', 'AWS06071239'],
                  verified=None, data=to_bytes(msg5, '\r\n')))

# --- S5 conditional "once the merge is complete we will ..."
d = dt_utc(2025, 10, 7, 6, 30, 4)
t = """伊藤 誠 様

AWS トレーニングと認定 カスタマーサポートでございます。
ご確認のご連絡をいただき、ありがとうございます。

承知いたしました。これより AWS00458816 から AWS06071239 への統合作業を担当部署へ依頼いたします。
統合が完了いたしましたら、Credly のデジタルバッジにつきましても新しいアカウントへ
移行するよう手配いたします。

完了の際には改めてご連絡いたしますので、今しばらくお待ちくださいませ。

以上、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
build('ito-aws-c', 'support_reply', 'ja', c5, ['AWS00458816', 'AWS06071239'], True,
      provider=OCN, to=S5, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject=enc_h('【ご確認ありがとうございます】', 'ISO-2022-JP', prefix='RE:[CASE %s] ' % c5),
      body=part(t, label='ISO-2022-JP', cte='7bit'), new_text=t)

# --- S5 completion, ISO-2022-JP, short
d = dt_utc(2025, 10, 9, 5, 5, 45)
t = """伊藤 誠 様

AWS トレーニングと認定 カスタマーサポートでございます。

先日ご確認いただきました認定アカウントの件、本日作業が完了いたしましたのでご報告いたします。
AWS00458816 に紐づいていた認定および受験履歴は、すべて AWS06071239 へ移し終えております。
なお、AWS00458816 は閉鎖済みとなります。

Credly バッジの移行につきましては、Credly 側での処理が終わり次第、Credly より直接ご案内が届きます。

今後とも AWS をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
build('ito-aws-d', 'merge_completed', 'ja', c5, ['AWS00458816', 'AWS06071239'], True,
      provider=OCN, to=S5, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c5, FORM_SUBJ),
      body=part(t, label='ISO-2022-JP', cte='7bit'), new_text=t)

# --- S5 survey, HTML only
d = dt_utc(2025, 10, 9, 5, 9, 13)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Meiryo,sans-serif">
<p>伊藤 誠 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。</p>
<p>ケース番号 {c5} は完了となりました。<br>担当者の対応はいかがでしたでしょうか。今後の品質向上のため、率直なご意見をお聞かせください。</p>
<p><a href="https://aws-tc-survey.amazon.com/s/csat?c={c5}&amp;l=ja">アンケートに回答する（約 1 分）</a></p>
<p>ご不明な点が残っている場合は、この件名のまま元のメールにご返信ください。</p>
<p>Amazon Web Services</p>
</body></html>
"""
build('ito-aws-e', 'survey', 'ja', c5, [], True,
      provider=OCN, to=S5, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h('ご対応についてのアンケート（ケース番号 %s）' % c5, 'UTF-8'),
      body=part(html, 'html', cte='quoted-printable'), new_text=html)

# --- Seller Central case (unrelated, amazon.com sender)
d = dt_utc(2025, 10, 15, 7, 21, 40)
t = """こんにちは

Amazon出品サービスをご利用いただきありがとうございます。

出品者アカウントの統合に関するお問い合わせをいただきありがとうございます。
ご指摘の 2 つの出品者アカウント（出品者 ID: A2KQ7X1M9ZP3RT、A3VN8C0L4W2YEH）について確認いたしました。

Amazon では、同一の事業者が複数の出品者アカウントを運用することは原則として認められておりません。
不要になったアカウントについては、出品をすべて停止したうえで、セラーセントラルの
［設定］＞［出品用アカウント情報］からアカウントの閉鎖をリクエストしてください。
出品者アカウント同士の販売履歴や評価を統合することはできかねます。

ご理解のほどよろしくお願いいたします。

Amazon.co.jp 出品者サポート
https://sellercentral.amazon.co.jp/cu/case-dashboard
"""
build('sellercentral-ito', 'unrelated', 'ja', '6021937458', [], True,
      provider=OCN, to=S5, dt=d, sender=dict(ses(d), dkim=[('amazon.com', 'rte02')]), verdict=PASS,
      frm=addr('Amazon Seller Central', 'seller-notification@amazon.com'),
      subject=enc_h('出品者アカウントの統合について', 'UTF-8', prefix='RE:[CASE 6021937458] '),
      body=part(t, cte='base64'), new_text=t)

# ================================================================ S6 渡辺 直子 (@nifty, Thunderbird)
S6 = 'naoko.watanabe@nifty.com'
NIFTY = 'jp:mta-snd-e03.mail.nifty.com'
o6 = dt_utc(2026, 2, 9, 12, 50, 30)
c6 = case15(o6, 24417)

# --- working on it; the quoted Thunderbird reply mentions a third id not in the new text
d = dt_utc(2026, 2, 11, 0, 20, 55)
new = """渡辺 直子 様

AWS トレーニングと認定サポートの小川でございます。
ご返信いただき、ありがとうございます。

AWS07209943 と AWS02588160 の件につきましては、現在担当チームにて確認を進めております。
なお、3 件目としてお知らせいただいたアカウントは、お客様のお名前・メールアドレスでは
登録を確認できませんでしたので、今回の対象からは外させていただいております。

進捗がございましたら改めてご連絡いたします。恐れ入りますが、今しばらくお待ちくださいませ。

小川
Amazon Web Services
AWS トレーニングと認定サポート
"""
quote = """
2026/02/10 22:03 に 渡辺直子 さんは書きました:
> 小川様
>
> お世話になります。渡辺です。
> ご質問の件、以下のとおりです。
>
> ・残したいアカウント：AWS07209943（naoko.watanabe@nifty.com）
> ・まとめたいアカウント：AWS02588160（n.watanabe@aozora-gakuen.ed.jp）
>
> それから、記憶があいまいなのですが、もしかすると AWS05861432 という
> アカウントもあるかもしれません。こちらも私のものであれば一緒に
> まとめていただけると助かります。
>
> よろしくお願いいたします。
>
> --
> 渡辺 直子
"""
build('watanabe-aws-a', 'support_reply', 'ja', c6, ['AWS02588160', 'AWS07209943'], True,
      provider=NIFTY, to=S6, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c6, FORM_SUBJ),
      body=part(new + quote, cte='quoted-printable'), new_text=new)

# --- phishing asking for passwords (support_reply content, look-alike domain)
d = dt_utc(2026, 2, 11, 11, 2, 17)
ps = generic('mail.aws-training-support.jp', '103.75.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
             'case-update@aws-training-support.jp', 'aws-training-support.jp', dkim=[('aws-training-support.jp', 'default')])
t = """渡辺 直子 様

AWS トレーニングと認定サポートセンターです。

現在、お客様の認定アカウント（AWS07209943）の統合手続きを進めておりますが、
本人確認が完了していないため処理を保留しております。

手続きを再開するため、以下の情報を本メールへの返信にてお送りください。

　① 統合する各アカウントのサインイン用パスワード
　② ご登録の携帯電話番号
　③ 生年月日

ご返信がない場合、72 時間後に統合リクエストは自動的に取り消されます。

AWS トレーニングと認定サポートセンター
※本メールは送信専用ではありません。このまま返信してください。
"""
build('aws-training-support', 'support_reply', 'ja', None, ['AWS07209943'], False,
      provider=NIFTY, to=S6, dt=d, sender=ps, verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('AWSトレーニングと認定サポート', 'case-update@aws-training-support.jp', 'shift_jis'),
      subject=enc_h('【要対応】認定アカウント統合手続きの保留について', 'shift_jis'),
      body=part(t, label='Shift_JIS', codec='cp932', cte='base64'), new_text=t)

# --- completion, HTML only
d = dt_utc(2026, 2, 13, 4, 12, 26)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Meiryo,sans-serif;font-size:10.5pt">
渡辺 直子 様<br><br>
AWS トレーニングと認定サポートの小川でございます。<br>
大変お待たせいたしました。<br><br>
「AWS02588160」に登録されていた認定記録を「AWS07209943」へ移し、統合が完了しました。<br>
今後は naoko.watanabe@nifty.com でサインインしていただければ、すべての認定をご確認いただけます。<br>
「AWS02588160」でのサインインはできなくなっておりますのでご注意ください。<br><br>
Credly のバッジにつきましては、別途 Credly 側で移行の手続きを行っております。<br>
数日以内に Credly からメールが届きますので、バッジの受け取りをお願いいたします。<br><br>
小川<br>Amazon Web Services<br>AWS トレーニングと認定サポート
</div>
<br><div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<b>From:</b> 渡辺直子 &lt;naoko.watanabe@nifty.com&gt;<br><b>Sent:</b> 2026/02/10 22:03<br>
<b>Subject:</b> Re: RE:[CASE {c6}] {FORM_SUBJ}<br><br>
小川様<br>お世話になります。渡辺です。<br>…（以下省略）
</div></body></html>
"""
build('watanabe-aws-b', 'merge_completed', 'ja', c6, ['AWS02588160', 'AWS07209943'], True,
      provider=NIFTY, to=S6, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c6, FORM_SUBJ),
      body=part(html, 'html', cte='quoted-printable'), new_text=html.split('<br><div style="border-left')[0])

# --- survey
d = dt_utc(2026, 2, 13, 4, 15, 2)
t = f"""渡辺 直子 様

お問い合わせ（ケース {c6}）は解決済みとしてクローズされました。

AWS トレーニングと認定では、お客様の声をもとにサポートの改善に取り組んでいます。
以下のリンクから、今回の対応についての評価をお寄せください。

　★ 対応を評価する: https://aws-tc-survey.amazon.com/s/csat?c={c6}&l=ja

お問い合わせが解決していない場合は、このメールにご返信いただくことでケースを再開できます。

Amazon Web Services
"""
build('watanabe-aws-c', 'survey', 'ja', c6, [], True,
      provider=NIFTY, to=S6, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h('[CASE %s] ご意見をお聞かせください' % c6, 'ISO-2022-JP'),
      body=part(t, label='ISO-2022-JP', cte='7bit'), new_text=t)

# --- Credly
d = dt_utc(2026, 2, 14, 9, 44, 8)
t = """渡辺 直子 さん

バッジを受け取ってください。

AWS 認定アカウントの統合により、次のバッジが Credly アカウント naoko.watanabe@nifty.com に発行されました。

　AWS Certified SysOps Administrator – Associate

受け取る: https://www.credly.com/earner/earned/badge/62f0a9d3-4c1e-4b87-b5a2-e8d037c9f1b4?locale=ja

Credly
"""
build('credly-watanabe', 'credly_badge_issued', 'ja', None, [], True,
      provider=NIFTY, to=S6, dt=d, sender=sendgrid(d, 'credly.com', 'em.credly.com'), verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
      subject=enc_h('新しいバッジ: AWS Certified SysOps Administrator – Associate', 'UTF-8'),
      body=part(t, cte='quoted-printable'), new_text=t)

# --- Pearson VUE (unrelated)
d = dt_utc(2026, 2, 20, 3, 31, 0)
pv = generic('mta-91.pearsonvue.com', '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
             'noreply@pearson.com', 'pearson.com', dkim=[('pearson.com', 'pv1')])
t = """渡辺 直子 様

AWS 認定試験のご予約ありがとうございます。以下の内容で予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時: 2026年3月14日（土） 10:00 JST
会場: ピアソン VUE テストセンター 新宿西口
候補者 ID: AWS07209943
登録番号: 512847903

当日は開始 30 分前までにお越しいただき、有効な身分証明書を 2 点ご持参ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
"""
build('pearsonvue-watanabe', 'unrelated', 'ja', None, ['AWS07209943'], False,
      provider=NIFTY, to=S6, dt=d, sender=pv, verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('Pearson VUE', 'noreply@pearson.com'),
      subject=enc_h('試験予約確認 - AWS Certified Solutions Architect - Professional', 'UTF-8'),
      body=part(t, cte='base64'), new_text=t)


# ================================================================ S7 Priya Nair (Gmail, English, form desk)
S7 = 'priya.nair.dev@gmail.com'
o7 = dt_utc(2025, 7, 8, 12, 15, 2)
c7 = case15(o7, 90562)

d = o7 + timedelta(seconds=29)
t = f"""Hello Priya,

Thanks for reaching out to AWS Training and Certification. Your request has been logged under case {c7}, and a member of our team will get back to you, usually within 24 hours.

Summary of your submission:
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS05523871

If you have anything to add, simply reply to this email. Please don't submit a new request for the same issue, as that can slow things down.

Regards,
AWS Training and Certification
"""
build('priya-aws-a', 'case_created', 'en', c7, ['AWS05523871'], True,
      provider='gmail', to=S7, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM, to_hdr=addr('Priya Nair', S7),
      subject="[CASE %s] We've received your request" % c7,
      body=part(t, label='UTF-8', cte='quoted-printable'), new_text=t)

d = dt_utc(2025, 7, 9, 14, 20, 9)
s7conf = """Hello Priya,

Thank you for contacting AWS Training and Certification.

I've reviewed the two certification profiles associated with you:

- AWS05523871 (priya.nair.dev@gmail.com) - this profile will remain active
- AWS01196604 (priya.nair@contoso-analytics.com) - this profile would be folded into AWS05523871

Before I go ahead, please be aware that this action is permanent and cannot be reversed. All certifications, exam history and benefits on AWS01196604 would be carried over, and that login would stop working.

Could you reply to this email to let me know the above is correct and that you'd like us to proceed?

Best regards,
Marcus
Amazon Web Services
"""
quote = f"""
On Tue, Jul 8, 2025 at 9:15 PM Priya Nair <priya.nair.dev@gmail.com> wrote:
> Hi,
>
> Adding a bit more context to my request. My old profile was created with my
> previous employer's address (priya.nair@contoso-analytics.com) when I took
> the Cloud Practitioner exam in 2022. I've since earned the Data Engineer
> Associate on my personal profile. I'd like everything under one account,
> ideally the personal one.
>
> Thanks,
> Priya
>
> ---------- Original Message ----------
> From: priya.nair.dev@gmail.com
> Sent: 2025-07-08 12:15 UTC
> Subject: {FORM_SUBJ}
>
> Inquiry type: Certification
> Detail: Account Merge
> AWS candidate ID: AWS05523871
> Description: I have two certification accounts and need them combined.
"""
build('priya-aws-b', 'merge_confirmation_requested', 'en', c7, ['AWS01196604', 'AWS05523871'], True,
      provider='gmail', to=S7, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM, to_hdr=addr('Priya Nair', S7),
      subject='RE:[CASE %s] %s' % (c7, FORM_SUBJ),
      body=part(s7conf + quote, label='UTF-8', cte='quoted-printable'), new_text=s7conf)

d = dt_utc(2025, 7, 14, 15, 2, 40)
new = """Hello Priya,

I'm following up on your request. On July 9 I sent over the details of the two profiles and asked you to confirm before we make any changes, but I haven't heard back yet.

Do you still need help with this? If so, just reply to this email confirming that AWS01196604 should be combined into AWS05523871. If we don't hear from you in the next 5 business days, this case will be closed automatically; you can always reopen it by replying.

Best regards,
Marcus
Amazon Web Services
"""
quote = '\n'.join(('> ' + l).rstrip() for l in s7conf.splitlines())
build('priya-aws-c', 'support_reply', 'en', c7, ['AWS01196604', 'AWS05523871'], True,
      provider='gmail', to=S7, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM, to_hdr=addr('Priya Nair', S7),
      subject='RE:[CASE %s] %s' % (c7, FORM_SUBJ),
      body=part(new + '\n-----Original Message-----\n' + quote + '\n', label='UTF-8', cte='quoted-printable'), new_text=new)

d = dt_utc(2025, 7, 15, 16, 40, 51)
new = """Hello Priya,

Thanks for confirming. Everything that was on AWS01196604 - certifications, exam history and benefits - now lives under AWS05523871, and the old profile has been retired, so please sign in with priya.nair.dev@gmail.com from now on.

It can take up to 24 hours for the dashboard to catch up. Your Credly badges will be re-issued to the email address on AWS05523871; keep an eye out for a notification from Credly.

Since this request is taken care of, I'll go ahead and resolve the case. If anything looks off, just reply to this email.

Best regards,
Marcus
Amazon Web Services
"""
q2 = '\n'.join(('> > ' + l).rstrip() for l in s7conf.splitlines())
quote = f"""
On Tue, Jul 15, 2025 at 8:02 AM Priya Nair <priya.nair.dev@gmail.com> wrote:
> Hi Marcus,
>
> Sorry for the slow reply, I was travelling. The details are correct. Please
> proceed with the merge.
>
> Priya
>
> On Wed, Jul 9, 2025 at 11:20 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
{q2}
"""
build('priya-aws-d', 'merge_completed', 'en', c7, ['AWS01196604', 'AWS05523871'], True,
      provider='gmail', to=S7, dt=d, sender=ses(d), verdict=PASS, frm=AWS_FORM, to_hdr=addr('Priya Nair', S7),
      subject='RE:[CASE %s] %s' % (c7, FORM_SUBJ),
      body=part(new + quote, label='UTF-8', cte='base64'), new_text=new)

d = dt_utc(2025, 7, 16, 3, 0, 18)
t = """Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Data Engineer – Associate

Accept your badge to share your achievement on LinkedIn, add it to your email signature and more.

Accept Badge: https://www.credly.com/earner/earned/badge/a4d2c7e1-09f3-4b6e-8c51-2e7f90b3d16a

You're receiving this email because a badge was issued to priya.nair.dev@gmail.com.
Credly, Inc. 1 Pennsylvania Plaza, New York, NY 10119
"""
html = '<html><body style="font-family:Arial,sans-serif"><h2>Congratulations, Priya!</h2><p>Amazon Web Services Training and Certification has issued you a badge:</p><p><b>AWS Certified Data Engineer – Associate</b></p><p><a href="https://www.credly.com/earner/earned/badge/a4d2c7e1-09f3-4b6e-8c51-2e7f90b3d16a" style="background:#1a77e6;color:#fff;padding:10px 20px">Accept Badge</a></p><p style="font-size:11px;color:#777">Credly, Inc. 1 Pennsylvania Plaza, New York, NY 10119</p></body></html>\n'
build('credly-priya', 'credly_badge_issued', 'en', None, [], True,
      provider='gmail', to=S7, dt=d, sender=sendgrid(d, 'credly.com', 'em.credly.com'), verdict=dict(spf='pass', dkim='pass', dmarc='pass', p='REJECT'),
      frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
      subject='Congratulations! You earned a new badge from Amazon Web Services Training and Certification',
      body=alt(part(t, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')), new_text=t)

# --- GitHub "merged" notification (unrelated)
d = dt_utc(2025, 7, 15, 9, 12, 33)
gh = generic('out-21.smtp.github.com', '192.30.252.%d' % R.randint(190, 210), 'noreply@github.com', 'github.com',
             dkim=[('github.com', 'pf2023')])
gh['mid'] = '<nairlabs/cert-tracker/pull/482/issue_event/%d@github.com>' % R.randint(10 ** 10, 10 ** 11)
t = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nairlabs/cert-tracker/pull/482#event-18472093311
You are receiving this because you authored the thread.

Message ID: <nairlabs/cert-tracker/pull/482/issue_event/18472093311@github.com>
"""
build('github-pr482', 'unrelated', 'en', None, [], False,
      provider='gmail', to=S7, dt=d, sender=gh, verdict=dict(spf='pass', dkim='pass', dmarc='pass', p='REJECT'),
      frm=addr('Tomás Rivera', 'notifications@github.com'), reply_to='nairlabs/cert-tracker <reply+ABCDE7QH2XKZ@reply.github.com>',
      subject='Re: [nairlabs/cert-tracker] Merge duplicate account records before sync (PR #482)',
      irt='<nairlabs/cert-tracker/pull/482@github.com>', refs='<nairlabs/cert-tracker/pull/482@github.com>',
      body=alt(part(t, cte='7bit', label='UTF-8'), part('<p>Merged <a href="https://github.com/nairlabs/cert-tracker/pull/482">#482</a> into main.</p>\n', 'html', cte='7bit', label='UTF-8')),
      new_text=t, extra=[('List-ID', 'nairlabs/cert-tracker <cert-tracker.nairlabs.github.com>'), ('X-GitHub-Reason', 'author')])

# ================================================================ S8 Daniel Kowalski (Outlook 365, English, console)
S8 = 'd.kowalski@nordlicht-systems.de'
o8 = dt_utc(2026, 3, 2, 9, 30, 11)
c8 = case15(o8, 5738)
S8_SUBJ = 'Merge two AWS Certification accounts'
CONS_EN = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en'
EN_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

To see all your case correspondence, or to reply, please visit the Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""

d = dt_utc(2026, 3, 3, 10, 5, 49)
t = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification support.

To locate both certification accounts, could you please provide the following:

1. The email address used to sign in to AWS04771093
2. Whether you still have access to that email address
3. Which account you would like to keep (you mentioned AWS08046652 - please confirm)
4. The notification email address on each account, if different from the sign-in address

Once we have this information we'll review the accounts and follow up with next steps.

Hannah S.
"""
build('kowalski-aws-a', 'support_reply', 'en', c8, ['AWS04771093', 'AWS08046652'], True,
      provider='outlook', to=S8, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject='RE:[CASE %s] %s' % (c8, S8_SUBJ),
      body=part(t + EN_FOOT % (CONS_EN % c8), label='UTF-8', cte='7bit'), new_text=t, linesep='\r\n')

d = dt_utc(2026, 3, 5, 14, 22, 37)
new = """Hello Daniel,

Thanks for confirming. I'm happy to let you know that the consolidation is finished: the certifications and exam history from AWS04771093 have been transferred to AWS08046652, and AWS04771093 has been deactivated.

Please allow up to 24 hours for the changes to appear in your Certification Account. Your Credly badges will follow separately.

Hannah S.
"""
hist = f"""
---------------------------------------------------------------------------
Correspondence from Daniel Kowalski, 2026-03-04 09:12:44 UTC:

Confirmed - please go ahead.

From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Wednesday, March 4, 2026 8:40 AM
To: Daniel Kowalski <d.kowalski@nordlicht-systems.de>
Subject: RE:[CASE {c8}] {S8_SUBJ}

Hello Daniel,

Thank you for the details. Before we proceed, please confirm the following:

- Account to keep: AWS08046652 (d.kowalski@nordlicht-systems.de)
- Account to be merged into it: AWS04771093 (daniel.kowalski@posteo.de)

Please note that once the merge is completed it cannot be undone. Reply to this case to confirm and we will proceed.

Hannah S.
"""
build('kowalski-aws-b', 'merge_completed', 'en', c8, ['AWS04771093', 'AWS08046652'], True,
      provider='outlook', to=S8, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject='RE:[CASE %s] %s' % (c8, S8_SUBJ),
      body=part(new + EN_FOOT % (CONS_EN % c8) + hist, label='UTF-8', cte='quoted-printable'), new_text=new, linesep='\r\n')

d = dt_utc(2026, 3, 5, 14, 25, 3)
t = f"""Hello,

Your support case {c8}, "{S8_SUBJ}", has been resolved.

If your issue is not resolved, you can reopen the case within 14 days from the AWS Support Center:
{CONS_EN % c8}

How did we do? Take a 2-minute survey about your recent support experience:
https://console.aws.amazon.com/support/feedback?displayId={c8}&source=resolve

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
build('kowalski-aws-c', 'survey', 'en', c8, [], True,
      provider='outlook', to=S8, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject='Amazon Web Services: Your support case %s has been resolved' % c8,
      body=part(t, label='UTF-8', cte='7bit'), new_text=t, linesep='\r\n')

cbill = '12894563270'
d = dt_utc(2026, 3, 10, 18, 2, 7)
t = f"""Hello Daniel,

Thank you for contacting AWS Billing support.

I've reviewed the two charges you mentioned on your March invoice. The duplicate line item was caused by the member account being invited into your organization mid-month, so both the standalone account and the consolidated billing family were charged for the same Business Support period.

I've issued a credit of USD 100.00 to the management account (8812-4467-0953). It will appear on your next invoice as "Credit - Support charge adjustment".

If you have any further questions about consolidated billing, please let us know by replying to this case.

Best regards,
Rafael M.
Amazon Web Services
"""
build('kowalski-aws-d', 'unrelated', 'en', cbill, [], True,
      provider='outlook', to=S8, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject='RE:[CASE %s] Duplicate Business Support charge after consolidating accounts' % cbill,
      body=part(t + EN_FOOT % (CONS_EN % cbill), label='UTF-8', cte='7bit'), new_text=t, linesep='\r\n')


# ================================================================ S9 小林 大輔 (au, Android, console)
S9 = 'daisuke.kobayashi@au.com'
AU = 'jp:mx-ezweb.au.com'
o9 = dt_utc(2025, 12, 3, 4, 58, 40)
c9 = case15(o9, 61550)
S9_SUBJ = 'AWS認定アカウントが2つあるので統合したい'

d = dt_utc(2025, 12, 3, 4, 50, 2)
t = """AWS Builder ID の検証コード

こんにちは

AWS Builder ID でサインインしようとしています。続行するには、次の検証コードを入力してください。

検証コード: 318 462

このコードは 10 分後に失効します。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
build('signin-aws-kobayashi', 'unrelated', 'ja', None, [], True,
      provider=AU, to=S9, dt=d, sender=dict(ses(d), dkim=[('signin.aws', 'ybaf7cwvlrbtq3yb2zdhxpxk4wgx5n3e'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], from_domain='signin.aws'),
      verdict=PASS, frm=addr('AWS', 'no-reply@signin.aws'),
      subject=enc_h('AWS Builder ID の検証コード', 'UTF-8'),
      body=part(t, cte='quoted-printable'), new_text=t)

d = o9 + timedelta(seconds=3)
t = f"""Amazon Web Services をご利用いただきありがとうございます。

お客様の問題に対応するため、ケース {c9} を開きました。

ケース ID: {c9}
件名: {S9_SUBJ}
重要度: 一般的なガイダンス
お問い合わせ内容: 認定アカウントを AWS 03815527 にまとめたいです。もう一つは会社のアドレスで作ったものです。

ケースの詳細を確認したり、返信したりするには、サポートセンターをご利用ください:
{CONSOLE % c9}

このメールアドレスは返信を受け付けていません。

Amazon Web Services
"""
build('kobayashi-aws-a', 'case_created', 'ja', c9, ['AWS03815527'], True,
      provider=AU, to=S9, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h('Amazon Web Services: 新しいサポートケースを開きました: %s' % c9, 'UTF-8'),
      body=part(t, cte='base64'), new_text=t)

d = dt_utc(2025, 12, 4, 1, 12, 46)
t = f"""小林 大輔 様

Amazon Web Services サポートの山口です。お問い合わせありがとうございます。

ご提供いただいた情報をもとに確認した結果、以下 2 件のアカウントがお客様のものであることを確認できました。

・aws03815527 … 統合後もご利用いただくアカウント（サインイン: daisuke.kobayashi@au.com）
・ＡＷＳ０６３４００９８ … 上記アカウントへ統合するアカウント（サインイン: d-kobayashi@minato-denki.co.jp）

統合を実施すると、２つ目のアカウントは削除され、元に戻すことはできません。
Credly のバッジ（検証番号 7KQ2M9XD4PLR8TZA など）は、統合後に再発行される場合があります。

上記の組み合わせで統合を実施してよろしいでしょうか。サポートセンターのケースにてご返答ください。
ご了承いただけ次第、手続きを開始いたします。

参照 ID: 5e0c3a9d7b1f4e62a8d90c4b2f1e7a35

山口
Amazon Web Services
"""
build('kobayashi-aws-b', 'merge_confirmation_requested', 'ja', c9, ['AWS03815527', 'AWS06340098'], True,
      provider=AU, to=S9, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h(S9_SUBJ, 'UTF-8', prefix='RE:[CASE %s] ' % c9),
      body=part(t + '\nサポートセンターでケースを表示: ' + CONSOLE % c9 + '\n', cte='base64'), new_text=t)

d = dt_utc(2025, 12, 4, 7, 40, 12)
t = """小林様

山口です。ご承認いただきありがとうございます。

ただいま統合処理を開始いたしました。反映までには通常 1～3 営業日を要します。
処理が終わり次第、本ケースにてお知らせします。

処理期間中は、AWS06340098 での試験予約やバウチャーのご利用はお控えください。

山口
Amazon Web Services
"""
build('kobayashi-aws-c', 'support_reply', 'ja', c9, ['AWS06340098'], True,
      provider=AU, to=S9, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h(S9_SUBJ, 'UTF-8', prefix='RE:[CASE %s] ' % c9),
      body=part(t + '\nこのやり取りを評価する: https://console.aws.amazon.com/support/feedback?displayId=%s\n' % c9, cte='quoted-printable'), new_text=t)

d = dt_utc(2025, 12, 5, 23, 50, 19)
t = f"""小林 大輔 様

Amazon Web Services サポートの山口です。

お待たせいたしました。統合の処理が終わり、AWS-06340098 にあった認定（SAA、DVA）は
AWS 03815527 側に移行いたしました。今後は daisuke.kobayashi@au.com でサインインしてください。

本ケースは解決済みとしてクローズいたします。

お客様の声をお聞かせください。このケースで受けたサポートを評価する:
https://console.aws.amazon.com/support/feedback?displayId={c9}&source=resolve

山口
Amazon Web Services
"""
build('kobayashi-aws-d', 'merge_completed', 'ja', c9, ['AWS03815527', 'AWS06340098'], True,
      provider=AU, to=S9, dt=d, sender=ses(d), verdict=PASS, frm=AWS_NOREPLY,
      subject=enc_h('Amazon Web Services: ケース %s は解決済みになりました' % c9, 'UTF-8'),
      body=part(t, cte='base64'), new_text=t)

# --- Credly look-alike phishing
d = dt_utc(2025, 12, 8, 13, 27, 45)
pc = generic('smtp.credly-badges.net', '91.92.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
             'noreply@credly-badges.net', 'credly-badges.net', dkim=[('credly-badges.net', 'k1')])
html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p><img src="https://credly-badges.net/img/logo.png" alt="Credly"></p>
<p>小林 大輔 さん</p>
<p>アカウント統合の完了に伴い、AWS Certified Solutions Architect – Associate のバッジがあなたに発行されました。</p>
<p>バッジを受け取るには、7 日以内に AWS アカウントでログインしてください。期限を過ぎるとバッジは失効します。</p>
<p><a href="https://credly-badges.net/accept?u=kobayashi&amp;t=91c2e">バッジを受け取る</a></p>
<p style="font-size:11px">Credly, Inc.</p></body></html>
"""
build('credly-badges-net', 'credly_badge_issued', 'ja', None, [], False,
      provider=AU, to=S9, dt=d, sender=pc, verdict=dict(spf='pass', dkim='pass', dmarc='pass'),
      frm=addr('Credly', 'noreply@credly-badges.net'),
      subject=enc_h('バッジが発行されました：受け取り期限は7日間です', 'UTF-8'),
      body=part(html, 'html', cte='base64'), new_text=html)


# ================================================================ S10 山本 あゆみ (So-net, no Authentication-Results, 11-digit case)
S10 = 'ayumi.yamamoto@ca2.so-net.ne.jp'
c10 = '12207761934'
d = dt_utc(2025, 9, 24, 8, 3, 56)
t = """山本 あゆみ 様

AWS トレーニングと認定カスタマーサポートでございます。

お問い合わせの件、対応が完了いたしましたのでご連絡いたします。
aws-00937615 で取得された認定は、すべて aws06102284 のアカウントへまとめられました。
旧アカウント（aws-00937615）へのサインインはできなくなっております。

ご不明な点がございましたら、このメールにご返信ください。

AWS トレーニングと認定カスタマーサポート
"""
so = ses(d)
build('yamamoto-aws', 'merge_completed', 'ja', c10, ['AWS00937615', 'AWS06102284'], None,
      provider='noar:mx41.so-net.ne.jp', to=S10, dt=d, sender=so, verdict=None, frm=AWS_FORM,
      subject='RE:[CASE %s] %s' % (c10, FORM_SUBJ),
      body=part(t, label='iso-8859-1', codec='utf-8', cte='quoted-printable'), new_text=t)

d = dt_utc(2025, 9, 30, 15, 10, 2)
t = """山本 あゆみ さん

お持ちのバッジの有効期限が近づいています。

  AWS Certified Cloud Practitioner
  有効期限: 2025年10月30日

有効期限を過ぎると、バッジはプロフィール上で「期限切れ」と表示されます。
再認定の方法については、発行元である Amazon Web Services Training and Certification の案内をご確認ください。

バッジを表示: https://www.credly.com/badges/0b7f3e21-95ad-4c08-b1e6-d23a8c4f7e90

Credly
"""
build('credly-yamamoto', 'unrelated', 'ja', None, [], None,
      provider='noar:mx41.so-net.ne.jp', to=S10, dt=d, sender=sendgrid(d, 'credly.com', 'em.credly.com'), verdict=None,
      frm=addr('Credly', 'admin@credly.com'),
      subject=enc_h('バッジの有効期限が近づいています: AWS Certified Cloud Practitioner', 'ISO-2022-JP'),
      body=part(t, label='ISO-2022-JP', cte='7bit'), new_text=t)


# ================================================================ write out
if __name__ == '__main__':
    import json, os
    out = os.path.dirname(os.path.abspath(__file__))
    for f in os.listdir(out):
        if f.endswith('.eml'):
            os.remove(os.path.join(out, f))
    order = list(range(len(MAILS)))
    random.Random(63).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = '%03d-%s.eml' % (n, m['slug'])
        with open(os.path.join(out, name), 'wb') as fh:
            fh.write(m['data'])
        labels[name] = {'kind': m['kind'], 'case_id': m['case_id'], 'account_ids': m['ids'],
                        'sender_verified': m['verified'], 'language': m['lang']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), 'mails written')
