#!/usr/bin/env python3
"""Generator for blind set 117: AWS Certification account-merge mail (.eml) + labels.json."""
import base64, json, os, quopri, random, re, hashlib
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.header import Header
from email.utils import format_datetime
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(117)
LABELS = {}

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), 'PDT')
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
BST = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
JST = timezone(timedelta(hours=9), 'JST')

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')
FORMSUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

WD_JA = '月火水木金土日'


def D(y, mo, d, h=9, mi=0, s=None, tz=UTC):
    if s is None:
        s = random.randint(0, 59)
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(open_dt, tail):
    return '%d%05d' % (int(open_dt.timestamp()), tail)


def ja_quote_date(dt):
    return '%d年%d月%d日(%s) %d:%02d' % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()], dt.hour, dt.minute)


def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return '<%016x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        0x0100000000000000 + ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def b64s(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(random.choice(alphabet) for _ in range(n))


def dkim(d, s, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', dt=None):
    t = int((dt or datetime.now(UTC)).timestamp())
    b = b64s(172) + '=='
    bl = '\n\t'.join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (s, d, t, h, b64s(43), bl))


def fmt_addr(name, addr, charset='utf-8'):
    if name is None:
        return addr
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:"()<>@'):
            return '"%s" <%s>' % (name, addr)
        return '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode()


# ---------------------------------------------------------------- trace headers
IPS_SES = ['54.240.8.33', '54.240.11.94', '54.240.27.18', '54.240.48.103', '54.240.3.21', '23.251.234.12']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d) if ip.startswith('54.') else 'e%s-%s.smtp-out.us-west-2.amazonses.com' % (c, d)


def received(provider, dt, rcpt, ip, host=None):
    host = host or ses_host(ip)
    ds = format_datetime(dt)
    if provider == 'gmail':
        dl = dt.astimezone(PDT)
        return ('from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n'
                '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                % (host, host, ip, rhex(14), random.randint(100, 999), dt.month, dt.day, dt.hour, dt.minute,
                   dt.second, rcpt, format_datetime(dl).replace('-0700', '-0700 (PDT)')))
    if provider in ('outlook', 'o365'):
        srv = random.choice(['BN8NAM12FT044', 'DM6NAM10FT021', 'AM4PEPF00027A6C', 'CO1PEPF000044F2', 'SN1PEPF0002636B'])
        return ('from %s (%s) by\n %s.mail.protection.outlook.com (%s) with Microsoft\n SMTP Server (version=TLS1_3,'
                ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                % (host, ip, srv, '10.13.182.%d' % random.randint(2, 250), random.randint(8000, 8999),
                   random.randint(10, 40), ds))
    if provider == 'yahoo':
        return ('from %s (EHLO %s)\n by atlas%d.free.mail.ne1.yahoo.com with HTTP;\n %s'
                % (host, host, random.randint(100, 400), ds))
    jp = {'nifty': 'mx.nifty.com', 'biglobe': 'mxbg%02d.biglobe.ne.jp' % random.randint(1, 20),
          'ocn': 'mgw%d.ocn.ad.jp' % random.randint(1, 9), 'sakura': 'www3821.sakura.ne.jp',
          'so-net': 'mx.so-net.ne.jp'}
    if provider in jp:
        return 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            host, host, ip, jp[provider], rhex(10).upper(), rcpt, format_datetime(dt.astimezone(JST)))
    return 'from %s ([%s]) by mail.example.net; %s' % (host, ip, ds)


AUTHSERV = {'gmail': 'mx.google.com', 'nifty': 'mx.nifty.com', 'biglobe': 'mxbg-auth.biglobe.ne.jp',
            'ocn': 'ocn.ad.jp', 'sakura': 'www3821.sakura.ne.jp', 'so-net': 'so-net.ne.jp',
            'yahoo': 'atlas211.free.mail.ne1.yahoo.com'}


def auth_results(provider, from_dom, dkim_d, mailfrom, ip, spf='pass', dkim_r='pass', dmarc='pass',
                 header_from=None, rcpt=''):
    hf = header_from or from_dom
    if provider in ('outlook', 'o365'):
        action = 'none' if dmarc == 'pass' else ('quarantine' if dmarc == 'fail' else 'none')
        comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
        sp = ('spf=%s (sender IP is %s) smtp.mailfrom=%s' % (spf, ip, mailfrom)) if spf == 'pass' else (
            'spf=%s (sender IP is %s) smtp.mailfrom=%s' % (spf, ip, mailfrom))
        dk = 'dkim=pass (signature was verified) header.d=%s' % dkim_d if dkim_r == 'pass' else (
            'dkim=%s (signature did not verify) header.d=%s' % (dkim_r, dkim_d) if dkim_r == 'fail'
            else 'dkim=none (message not signed) header.d=none')
        return '%s; %s;dmarc=%s action=%s header.from=%s;compauth=%s' % (sp, dk, dmarc, action, hf, comp)
    sid = AUTHSERV.get(provider, provider)
    if provider == 'gmail':
        parts = ['%s;' % sid]
        if dkim_r != 'none':
            parts.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
                dkim_r, dkim_d, random.choice(['224i4yxa5dv7c2xz3womw6peuasteono', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug']),
                b64s(8)))
        parts.append('       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;'
                     % (spf, 'bounces@' + mailfrom if '@' not in mailfrom else mailfrom, ip, mailfrom) if spf == 'pass'
                     else '       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                     % (spf, mailfrom, ip, mailfrom))
        pol = 'QUARANTINE' if hf.endswith('amazon.com') else 'NONE'
        parts.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dmarc, pol, pol, 'NONE' if dmarc == 'pass' else 'QUARANTINE', hf))
        return '\n'.join(parts)
    if provider == 'yahoo':
        return ('%s;\n dkim=%s header.i=@%s header.s=%s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;'
                % (sid, dkim_r, dkim_d, rhex(6), spf, mailfrom, dmarc,
                   'QUARANTINE' if hf.endswith('amazon.com') else 'NONE', hf))
    # Japanese providers and other generic RFC 8601 style
    return '%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s' % (
        sid, spf, mailfrom, dkim_r, dkim_d, dmarc, hf)


# ---------------------------------------------------------------- body parts
def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    data = text.encode(codec or charset)
    p = Message()
    p['Content-Type'] = '%s; charset="%s"' % ('text/' + subtype, label or charset)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def multipart(sub, parts):
    m = Message()
    bnd = '----=_Part_%d_%d.%d' % (random.randint(100000, 999999), random.randint(1000000, 9999999),
                                   random.randint(10 ** 12, 10 ** 13))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (sub, bnd)
    m.set_boundary(bnd)
    for p in parts:
        m.attach(p)
    return m


def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, inner))


def txt2html(text):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = esc.split('\n\n')
    return '\n'.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in paras)


# ---------------------------------------------------------------- envelope
def make(num, slug, *, kind, lang, case_id, accounts, verified, frm, to, subject, date, body,
         provider=None, ip=None, dkim_d=None, mailfrom=None, dmarc='pass', spf='pass', dkim_r='pass',
         header_from=None, rhost=None, msgid=None, in_reply_to=None, references=None, extra_headers=(), subj_charset='utf-8',
         name_charset='utf-8', reply_to=None, cc=None, extra_top=(), extra_trace=(), new_text=None):
    fname = '%03d-%s.eml' % (num, slug)
    assert re.fullmatch(r'\d{3}-[a-z0-9-]+\.eml', fname), fname
    assert fname not in LABELS
    fname_, faddr = frm
    tname_, taddr = to
    from_dom = faddr.split('@')[1]
    hdrs = []
    for h in extra_top:
        hdrs.append(h)
    if provider and provider != 'none':
        ip = ip or random.choice(IPS_SES)
        mailfrom = mailfrom or 'amazonses.com'
        dkim_d = dkim_d or from_dom
        rdt = date + timedelta(seconds=random.randint(1, 4))
        if provider in ('outlook', 'o365'):
            hdrs.append(('Received', 'from %s (2603:10b6:408:%x::%x) by %s.namprd%02d.prod.outlook.com\n (2603:10b6:a03:%x::%x) with'
                         ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                         % ('BN8PR04CA00%02d.namprd04.prod.outlook.com' % random.randint(10, 99),
                            random.randint(16, 255), random.randint(1, 99),
                            'SA1PR%02dMB%04d' % (random.randint(10, 19), random.randint(1000, 9999)),
                            random.randint(10, 19), random.randint(16, 255), random.randint(1, 99),
                            random.randint(8000, 8999), random.randint(10, 40), format_datetime(rdt))))
            hdrs.append(('Authentication-Results', auth_results(provider, from_dom, dkim_d, mailfrom, ip, spf, dkim_r,
                                                                dmarc, header_from, taddr)))
            hdrs.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)'
                         ' receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                             'Pass' if spf == 'pass' else spf.capitalize(), mailfrom, ip, ip, rhost or ses_host(ip))))
            hdrs.append(('Received', received(provider, rdt - timedelta(seconds=1), taddr, ip, rhost)))
        else:
            hdrs.append(('Delivered-To', taddr))
            hdrs.append(('Received', received(provider, rdt, taddr, ip, rhost)))
            hdrs.append(('Authentication-Results', auth_results(provider, from_dom, dkim_d, mailfrom, ip, spf, dkim_r,
                                                                dmarc, header_from, taddr)))
            if provider == 'gmail':
                hdrs.append(('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                             % (spf, mailfrom, ip, ip)))
        for h in extra_trace:
            hdrs.append(h)
        if dkim_r != 'none':
            hdrs.append(('DKIM-Signature', dkim(dkim_d, random.choice(['ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
                                                                       '224i4yxa5dv7c2xz3womw6peuasteono', 'sel1',
                                                                       'google', 'selector1', 's1']), dt=date)))
    else:
        for h in extra_trace:
            hdrs.append(h)
        if dkim_d:
            hdrs.append(('DKIM-Signature', dkim(dkim_d, 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', dt=date)))
    hdrs.append(('From', fmt_addr(fname_, faddr, name_charset)))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', fmt_addr(tname_, taddr, name_charset)))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', enc_subject(subject, subj_charset)))
    hdrs.append(('Date', format_datetime(date)))
    hdrs.append(('Message-ID', msgid or ses_msgid(date)))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    for h in extra_headers:
        hdrs.append(h)
    hdrs.append(('MIME-Version', '1.0'))
    msg = body
    body_h = list(msg._headers)
    msg._headers = hdrs + body_h
    data = msg.as_bytes(policy=compat32.clone(max_line_length=998))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    accs = sorted(set(accounts))
    for a in accs:
        assert re.fullmatch(r'AWS\d{8}', a), a
    if new_text is not None:
        found = sorted(set('AWS' + m for m in re.findall(r'(?i)aws[ \-]?(\d{8})(?!\d)', new_text)))
        assert found == accs, (fname, found, accs)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': accs, 'sender_verified': verified,
                     'language': lang}
    return msg


def gmail_quote(dt, name, addr, text, tzname=None):
    head = 'On %s, %s <%s> wrote:' % (dt.strftime('%a, %b %-d, %Y at %-I:%M %p'), name, addr)
    return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def ja_quote(dt, name, addr, text):
    head = '%s %s <%s>:' % (ja_quote_date(dt), name, addr)
    return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def outlook_block(frm, sent, to, subject, text, cc=None):
    s = ('________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent.strftime('%A, %B %-d, %Y %-I:%M %p'), to))
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n\n%s' % (subject, text)
    return s


def save_labels():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)


# ================================================================ MAILS
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn

# users
DAN = ('Daniel Whitaker', 'dan.whitaker84@gmail.com')
PRIYA = ('Priya Raman', 'priya.raman@outlook.com')
SATO = ('佐藤 健太', 'kenta.sato@nifty.com')
YAMAMOTO = ('山本 美咲', 'misaki-yamamoto@biglobe.ne.jp')
NAKAMURA = ('中村 翔', 'sho.nakamura.dev@gmail.com')
MARCO = ('Marco Lindqvist', 'marco.lindqvist@northwind-advisory.se')
TAKAHASHI = ('高橋 優子', 'yuko-t@ocn.ne.jp')
OKAFOR = ('Tom Okafor', 'tomokafor@yahoo.com')
ELENA = ('Elena Petrova', 'elena.petrova.cloud@gmail.com')
KOBAYASHI = ('小林 大輔', 'd.kobayashi@kobayashi-lab.sakura.ne.jp')
FUJII = ('藤井 真由', 'mayu.fujii@gmail.com')
RAJ = ('Rajesh Iyer', 'rajesh.iyer@hotmail.com')

# ---------------------------------------------------------------- batch 1: confirmation requests


@mail
def m001():
    opened = D(2025, 5, 12, 14, 20, 7)
    cid = cid15(opened, 31208)
    body = ("Hello Daniel,\n\nThank you for your patience while we looked into this.\n\n"
            "Do you want AWS51873204 folded into AWS20669418, with AWS20669418 remaining as your one and only "
            "candidate profile? Once we do this it can't be reversed, so a short reply either way is all we need.\n\n"
            "Kind regards,\n\nNadia R.\nAmazon Web Services Training and Certification Customer Support\n")
    make(1, 'bare-question-keep-which', kind='merge_confirmation_requested', lang='en', case_id=cid,
         accounts=['AWS51873204', 'AWS20669418'], verified=True, frm=FORM, to=DAN,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 5, 13, 16, 41), provider='gmail',
         body=tpart(body), new_text=body)


@mail
def m002():
    opened = D(2025, 6, 2, 1, 5, 44)
    cid = cid15(opened, 70415)
    inner = (
        '<p>佐藤 健太 様</p>\n<p>AWS トレーニングと認定 カスタマーサポートでございます。<br>\n'
        'お問い合わせいただいたアカウントの統合につきまして、下記の内容で処理を予定しております。</p>\n'
        '<table border="1" cellpadding="6" style="border-collapse:collapse">\n'
        '<tr><th></th><th>AWS 認定アカウント ID</th><th>ご登録メールアドレス</th></tr>\n'
        '<tr><td>残すアカウント</td><td>AWS46120938</td><td>kenta.sato@nifty.com</td></tr>\n'
        '<tr><td>統合されるアカウント</td><td>AWS08835172</td><td>k-sato@fujimori-sys.co.jp</td></tr>\n'
        '</table>\n'
        '<p>統合を行うと、以前の状態に戻すことはできません。<br>\n'
        '表の内容に相違がなければ、本メールにそのままご返信のうえ「相違なし」とお知らせください。'
        'ご返信を確認してから作業に着手いたします。</p>\n'
        '<p>何卒よろしくお願いいたします。</p>\n<p>AWS トレーニングと認定 カスタマーサポート<br>\n高田</p>')
    make(2, 'table-reply-soui-nashi', kind='merge_confirmation_requested', lang='ja', case_id=cid,
         accounts=['AWS46120938', 'AWS08835172'], verified=True, frm=FORM, to=SATO,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 6, 3, 2, 17), provider='nifty',
         body=tpart(html_wrap(inner, 'ja'), 'html', cte='base64'), new_text=inner)


@mail
def m003():
    opened = D(2025, 7, 21, 9, 2, 15)
    cid = cid15(opened, 11872)
    text = ("Hi Priya,\n\nWe located two certification profiles under your name:\n\n"
            "  - AWS 73019452 (sign-in: priya.raman@outlook.com)\n"
            "  - AWS 40218867 (sign-in: p.raman@infosolve.co.in)\n\n"
            "As you requested, AWS 73019452 would stay and everything recorded on AWS 40218867 would be folded into it.\n\n"
            "Reply YES to this e-mail to authorise this, or NO if anything above looks wrong.\n\n"
            "Regards,\nOwen\nAWS Training and Certification Customer Support\n")
    html = txt2html(
        "Hi Priya,\n\nWe located two certification profiles under your name:") + (
        '\n<ul><li><b>AWS 73019452</b> (sign-in: priya.raman@outlook.com) &ndash; stays</li>\n'
        '<li><b>AWS 40218867</b> (sign-in: p.raman@infosolve.co.in) &ndash; folded into the one above</li></ul>\n') + txt2html(
        "Please be aware this step is final: after it runs we have no way of splitting the profiles again.\n\n"
        "Reply YES to this e-mail to authorise this, or NO if anything above looks wrong.\n\n"
        "Regards,\nOwen\nAWS Training and Certification Customer Support") + (
        '\n<hr><p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
        'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by '
        'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>')
    make(3, 'reply-yes-to-authorise', kind='merge_confirmation_requested', lang='en', case_id=cid,
         accounts=['AWS73019452', 'AWS40218867'], verified=True, frm=FORM, to=PRIYA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 7, 22, 18, 3), provider='outlook',
         body=multipart('alternative', [tpart(text), tpart(html_wrap(html), 'html')]), new_text=text)


@mail
def m004():
    cid = '12904418735'
    text = ("山本 美咲 様\n\nお世話になっております。AWS サポートの木村でございます。\n\n"
            "ご依頼いただいた認定アカウントの統合につきまして、作業を進めるにはお客様ご本人からの明示的な同意が必要となります。\n\n"
            "  統合先(今後ご利用いただくアカウント): AWS38160427\n"
            "  統合元(統合後に無効化されるアカウント): AWS91544302\n\n"
            "統合を実施しますと、元に戻すことはできません。上記の内容で差し支えない旨を、"
            "サポートセンターの本ケースにご返信ください。同意のご返信をいただくまで、作業は保留とさせていただきます。\n\n"
            "※本メールアドレスは送信専用のため、ご返信いただいても対応いたしかねます。\n"
            "ケースの確認・返信はこちら: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "よろしくお願いいたします。\n\n木村\nAmazon Web Services\n" % cid)
    make(4, 'doui-hitsuyou-iso2022', kind='merge_confirmation_requested', lang='ja', case_id=cid,
         accounts=['AWS38160427', 'AWS91544302'], verified=True, frm=CONSOLE, to=YAMAMOTO,
         subject='RE:[CASE %s] 認定アカウントの統合について' % cid, subj_charset='iso-2022-jp', name_charset='iso-2022-jp',
         date=D(2025, 8, 5, 5, 12), provider='biglobe',
         body=tpart(text, charset='ISO-2022-JP', codec='iso-2022-jp', cte='7bit'), new_text=text)


@mail
def m005():
    opened = D(2025, 9, 8, 7, 44, 2)
    cid = cid15(opened, 52917)
    text = (
        "Hello Marco,\n\nHere is where things stand on your request.\n\n"
        "1) Records found. Your exam history is split across two candidate profiles. AWS64402187 holds the "
        "Solutions Architect - Associate (2022) and the recertification you took this spring; AWS19370556 holds "
        "the Developer - Associate from your time at your previous employer.\n\n"
        "2) Benefits. The 50% exam voucher earned with the recertification sits on AWS64402187 and is not affected.\n\n"
        "3) Before I hand this to the certification operations team I need your go-ahead in writing. Please reply to "
        "this message confirming that AWS64402187 should be the profile you keep and that AWS19370556 should be "
        "merged into it. Merges cannot be undone, which is why we ask for this explicitly.\n\n"
        "4) Credly. Badges issued to the address on AWS19370556 are not moved automatically; I will raise that "
        "separately once the certification records are combined.\n\n"
        "5) Timing. After I have your reply, the operations team normally completes the work within 2-3 business days.\n\n"
        "Best regards,\nIngrid S.\nAmazon Web Services Training and Certification Customer Support\n")
    make(5, 'status-update-with-go-ahead', kind='merge_confirmation_requested', lang='en', case_id=cid,
         accounts=['AWS64402187', 'AWS19370556'], verified=True, frm=FORM, to=MARCO,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 9, 9, 13, 26), provider='o365',
         body=multipart('alternative', [tpart(text), tpart(html_wrap(txt2html(text)), 'html')]), new_text=text)


@mail
def m006():
    opened = D(2025, 10, 14, 3, 30, 51)
    cid = cid15(opened, 4410)
    text = ("中村 様\n\nAWS 27730915 を AWS 60481172 に統合し、AWS 60481172 を残す形でよろしいでしょうか。\n"
            "なお、統合は取り消しできません。\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n佐々木\n")
    make(6, 'yoroshii-deshouka-sjis', kind='merge_confirmation_requested', lang='ja', case_id=cid,
         accounts=['AWS27730915', 'AWS60481172'], verified=True, frm=FORM, to=NAKAMURA,
         subject='RE: [CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 10, 15, 0, 48), provider='gmail',
         body=tpart(text, charset='Shift_JIS', codec='shift_jis', cte='8bit'), new_text=text)


@mail
def m007():
    cid = '175318830241177'
    text = ("Dear Candidate,\n\nACTION REQUIRED - Account consolidation pending\n\n"
            "Our records show two certification profiles registered to you (AWS02958813 and AWS77104526). "
            "A consolidation request was submitted under case %s. Because this operation is permanent, you must "
            "confirm it within 48 hours or both profiles will be suspended.\n\n"
            "Confirm the merge here: https://aws-certification-support.com/verify?case=%s\n\n"
            "You will be asked to sign in with your AWS Certification credentials.\n\n"
            "AWS Certification Support Team\n" % (cid, cid))
    html = ('<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px">'
            '<img src="https://aws-certification-support.com/img/aws-logo.png" alt="AWS" width="80">'
            '<h2 style="color:#d13212">Action required: account consolidation pending</h2>'
            '<p>Dear Candidate,</p><p>Our records show two certification profiles registered to you '
            '(<b>AWS02958813</b> and <b>AWS77104526</b>). A consolidation request was submitted under case %s. '
            'Because this operation is permanent, you must confirm it within <b>48 hours</b> or both profiles will '
            'be suspended.</p><p style="text-align:center"><a href="https://aws-certification-support.com/verify?case=%s" '
            'style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none;border-radius:4px">'
            'Confirm merge</a></p><p>AWS Certification Support Team</p></div>' % (cid, cid))
    make(7, 'lookalike-confirm-within-48h', kind='merge_confirmation_requested', lang='en', case_id=cid,
         accounts=['AWS02958813', 'AWS77104526'], verified=False,
         frm=('AWS Certification Support', 'case-updates@aws-certification-support.com'), to=ELENA,
         subject='Action required: confirm account consolidation [Case %s]' % cid, date=D(2025, 7, 23, 4, 12),
         provider='gmail', ip='192.250.231.18', rhost='s1043.hostinger-mail.com', mailfrom='aws-certification-support.com',
         dkim_d='aws-certification-support.com', msgid='<%s@aws-certification-support.com>' % rhex(24),
         body=multipart('alternative', [tpart(text, cte='7bit'), tpart(html_wrap(html), 'html')]), new_text=text)


@mail
def m008():
    cid = '176021884100512'
    text = ("小林 大輔 様\n\nいつも AWS 認定をご利用いただきありがとうございます。\n\n"
            "お客様名義で重複した認定アカウント(AWS-53318804、AWS-29017763)が確認されました。"
            "アカウント統合は取り消しができないため、下記のページにてご本人確認のうえ、統合への同意をお願いいたします。\n\n"
            "https://aws-certmerge.jp-confirm.com/consent?id=%s\n\n"
            "72時間以内にご対応いただけない場合、いずれのアカウントもご利用いただけなくなります。\n\n"
            "Amazon Web Services トレーニングと認定\n" % cid)
    forged = [('Received', 'from mail-relay.amazon.com (unknown [10.4.2.11])\n\tby smtp.amazon.com; %s'
               % format_datetime(D(2025, 10, 11, 23, 58))),
              ('Authentication-Results', 'mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com')]
    make(8, 'dmarc-fail-forged-consent', kind='merge_confirmation_requested', lang='ja', case_id=cid,
         accounts=['AWS53318804', 'AWS29017763'], verified=False,
         frm=('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'), to=KOBAYASHI,
         subject='【重要】認定アカウント統合へのご同意のお願い(ケース %s)' % cid, date=D(2025, 10, 12, 0, 3),
         provider='sakura', ip='45.144.31.207', rhost='mx3.jp-confirm.com', mailfrom='mx3.jp-confirm.com', dkim_r='none', spf='fail',
         dmarc='fail', extra_trace=forged, msgid='<20251012090315.%s@mx3.jp-confirm.com>' % rhex(8),
         body=tpart(text, cte='base64'), new_text=text)


@mail
def m009():
    cid = '11946027318'
    text = ("Hello Tom,\n\nThank you for the additional details. To move forward, please confirm each of the points "
            "below by replying to this case in the Support Center:\n\n"
            "  [ ] Keep: aws-85120734 (registered to tomokafor@yahoo.com)\n"
            "  [ ] Merge into it and then close: aws-31497602 (registered to t.okafor@lagosfintech.ng)\n"
            "  [ ] I understand this consolidation is permanent and cannot be reversed.\n\n"
            "A reply such as \"All three points confirmed\" is enough.\n\n"
            "We value your feedback. Please share your experience by rating this correspondence using the AWS Support "
            "Center link at the end of this correspondence. Each correspondence can also be rated by selecting the "
            "stars in top right corner of each correspondence within the AWS Support Center.\n\n"
            "Best regards,\nAmit\nAmazon Web Services\n\n"
            "Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer "
            "questions about AWS services: https://aws.amazon.com/premiumsupport/knowledge-center/?icmpid=support_email_category\n\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link "
            "above if you need to contact us again about this same issue.\n\n"
            "====================================================================\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
            "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. "
            "North, Seattle, WA 98109-5210\n" % cid)
    make(9, 'checklist-three-points', kind='merge_confirmation_requested', lang='en', case_id=cid,
         accounts=['AWS85120734', 'AWS31497602'], verified=True, frm=CONSOLE, to=OKAFOR,
         subject='RE:[CASE %s] Two certification accounts - please combine' % cid, date=D(2025, 11, 3, 21, 7),
         provider='yahoo', body=tpart(text), new_text=text)


@mail
def m010():
    opened = D(2025, 6, 1, 23, 51, 30)
    cid = cid15(opened, 66012)
    first_agent = ("高橋 優子 様\n\nお問い合わせありがとうございます。\n"
                   "統合をご希望の各アカウントのログイン用メールアドレスと、どちらのアカウントを残したいかをお知らせください。\n\n"
                   "AWS トレーニングと認定 カスタマーサポート\n森")
    user_reply = ("森様\n\nご連絡ありがとうございます。\n"
                  "残したいのは AWS70235519(yuko-t@ocn.ne.jp)です。\n"
                  "もう一つは会社のアドレス(y.takahashi@minato-soft.co.jp)で作った AWS44810963 です。\n"
                  "もしかすると昔 AWS03317728 というIDもあったかもしれませんが、ログインできるかは分かりません。\n\n"
                  "高橋\n\n" + ja_quote(D(2025, 6, 3, 1, 20, tz=JST), 'Amazon Web Services',
                                         'aws-cs-trainingcertification-form@amazon.com', first_agent))
    new = ("高橋 優子 様\n\nご返信ありがとうございます。\n"
           "お知らせいただいた3つ目の ID は当方のシステムでは見当たりませんでしたので、今回は次の2つのアカウントが対象となります。\n\n"
           "・残すアカウント: AWS70235519\n・統合により削除されるアカウント: AWS44810963\n\n"
           "統合後に元の状態へ戻すことはできませんので、この組み合わせで進めてよいか、ご確認のうえご返信をお願いいたします。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n森\n\n")
    quoted = ja_quote(D(2025, 6, 3, 21, 8, tz=JST), '高橋 優子', 'yuko-t@ocn.ne.jp', user_reply)
    make(10, 'nested-quote-confirm-two-of-three', kind='merge_confirmation_requested', lang='ja', case_id=cid,
         accounts=['AWS70235519', 'AWS44810963'], verified=True, frm=FORM, to=TAKAHASHI,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 6, 4, 6, 33), provider='ocn',
         body=tpart(new + quoted), new_text=new)


@mail
def m011():
    opened = D(2025, 8, 18, 16, 9, 40)
    cid = cid15(opened, 30299)
    orig = ("Hi,\n\nI have two AWS certification accounts and want to combine them. My candidate IDs are "
            "AWS58823014 (current, rajesh.iyer@hotmail.com) and AWS12667380 (old work email). I also once booked an "
            "exam under AWS-90011457 but I think that one was cancelled and may be a duplicate too.\n\nThanks,\nRajesh")
    new = ("Dear Rajesh,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
           "I reviewed the three IDs you listed. AWS90011457 has no exam history and was already deactivated in 2023, "
           "so no action is needed there. For the remaining two, this is what we would do:\n\n"
           "AWS58823014 stays active and becomes the home of all of your certifications, exam results and benefits.\n"
           "AWS12667380 is combined into it and then retired.\n\n"
           "This cannot be walked back afterwards. Please let us know that the above is accurate and that you would "
           "like us to go ahead.\n\nWarm regards,\nBeatriz L.\nAWS Training and Certification Customer Support\n\n")
    quoted = outlook_block('Rajesh Iyer <rajesh.iyer@hotmail.com>', D(2025, 8, 18, 21, 39, tz=IST),
                           'aws-cs-trainingcertification-form@amazon.com',
                           '[AWS Training and Certification Form Submission] - account-assistance', orig)
    make(11, 'let-us-know-accurate-go-ahead', kind='merge_confirmation_requested', lang='en', case_id=cid,
         accounts=['AWS58823014', 'AWS12667380', 'AWS90011457'], verified=True, frm=FORM, to=RAJ,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 8, 20, 10, 55), provider='outlook',
         body=tpart(new + quoted, cte='base64'), new_text=new)


@mail
def m012():
    opened = D(2025, 12, 1, 4, 12, 3)
    cid = cid15(opened, 91730)
    text = ("藤井 真由 様\n\nお問い合わせいただいた件について、以下の2アカウントの統合をご確認ください。\n\n"
            "統合先(残る): aws15502286\n統合元(消える): aws81069934\n\n"
            "この操作は取り消しできません。よろしければ「はい」とだけご返信ください。\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n")
    html = ('<p>藤井 真由 様</p><p>お問い合わせいただいた件について、以下の内容で統合を行ってよろしいか、ご確認をお願いいたします。</p>'
            '<table style="border:1px solid #aab7b8;border-collapse:collapse">'
            '<tr><td style="padding:4px 10px;background:#f2f3f3">統合後も残るアカウント</td><td style="padding:4px 10px">aws15502286</td></tr>'
            '<tr><td style="padding:4px 10px;background:#f2f3f3">統合され消えるアカウント</td><td style="padding:4px 10px">aws81069934</td></tr>'
            '</table><p>この操作は取り消しできません。よろしければ<b>「はい」</b>とだけご返信ください。'
            '認定資格・受験履歴・特典は統合先に引き継がれます。</p>'
            '<p>AWS トレーニングと認定 カスタマーサポート<br>松井</p>'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。</p>')
    trace = [('Received', 'from mta-in02.fujii-home.net (localhost [127.0.0.1])\n\tby mail.fujii-home.net (Dovecot) with LMTP id Yv1q;'
              ' %s' % format_datetime(D(2025, 12, 2, 9, 40, tz=JST))),
             ('Received', 'from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])\n'
              '\tby mta-in02.fujii-home.net (Postfix) with ESMTPS id 4dKx2Q0mZcz9v;\n\t%s'
              % format_datetime(D(2025, 12, 2, 9, 40, tz=JST)))]
    make(12, 'hai-to-dake-alt-differs', kind='merge_confirmation_requested', lang='ja', case_id=cid,
         accounts=['AWS15502286', 'AWS81069934'], verified=None, frm=FORM, to=('藤井 真由', 'mayu@fujii-home.net'),
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 12, 2, 0, 40), provider='none', dkim_d='amazon.com',
         extra_trace=trace, body=multipart('alternative', [tpart(text), tpart(html_wrap(html, 'ja'), 'html', cte='base64')]),
         new_text=text)

# ---------------------------------------------------------------- batch 2: support replies (plan stated, no request)


@mail
def m013():
    opened = D(2025, 5, 12, 14, 20, 7)
    cid = cid15(opened, 31208)
    text = ("Hi Daniel,\n\nMy name is Graham and I'll be looking after your case from here, as my colleague Nadia is "
            "out of the office this week.\n\nTo recap where things stand:\n\n"
            "- You asked us to combine your two candidate profiles.\n"
            "- AWS20669418 will remain; AWS51873204 will be folded into it.\n"
            "- You gave us the go-ahead on 13 May. As Nadia mentioned, this is a one-way change.\n"
            "- The request is now with our certification operations team, who handle these in the order received.\n\n"
            "There's nothing you need to do at the moment. I'll write again as soon as I hear back from them.\n\n"
            "Kind regards,\n\nGraham T.\nAmazon Web Services Training and Certification Customer Support\n")
    make(13, 'takeover-recap-nothing-to-do', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS51873204', 'AWS20669418'], verified=True, frm=FORM, to=DAN,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 5, 15, 11, 2), provider='gmail',
         body=tpart(text), new_text=text)


@mail
def m014():
    opened = D(2025, 6, 2, 1, 5, 44)
    cid = cid15(opened, 70415)
    text = ("佐藤 健太 様\n\nお世話になっております。AWS トレーニングと認定 カスタマーサポートの井上でございます。\n"
            "本件は前任の高田より引き継ぎ、今後は私が担当させていただきます。\n\n"
            "これまでの経緯を念のため整理いたします。\n\n"
            "  ・残すアカウント: AWS46120938\n"
            "  ・統合されるアカウント: AWS08835172\n"
            "  ・6月3日に「相違なし」とのご返信を頂戴しております。\n"
            "  ・統合は一度実施すると元に戻せない処理である旨、ご案内済みです。\n\n"
            "現在、認定運用チームにて処理の順番待ちとなっております。"
            "追加でご対応いただくことはございませんので、今しばらくお待ちくださいませ。\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n井上\n")
    make(14, 'hikitsugi-keii-iso2022', kind='support_reply', lang='ja', case_id=cid,
         accounts=['AWS46120938', 'AWS08835172'], verified=True, frm=FORM, to=SATO,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 6, 5, 4, 30), provider='nifty',
         name_charset='iso-2022-jp',
         body=tpart(text, charset='ISO-2022-JP', codec='iso-2022-jp', cte='7bit'), new_text=text)


@mail
def m015():
    opened = D(2025, 7, 21, 9, 2, 15)
    cid = cid15(opened, 11872)
    req = ("Hi Priya,\n\nWe located two certification profiles under your name:\n\n"
           "  - AWS 73019452 (sign-in: priya.raman@outlook.com)\n  - AWS 40218867 (sign-in: p.raman@infosolve.co.in)\n\n"
           "As you requested, AWS 73019452 would stay and everything recorded on AWS 40218867 would be folded into it.\n\n"
           "Reply YES to this e-mail to authorise this, or NO if anything above looks wrong.\n\nRegards,\nOwen")
    her = ("YES\n\nPriya\n\n" + outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                             D(2025, 7, 22, 18, 3), 'Priya Raman <priya.raman@outlook.com>',
                                             'RE:[CASE %s] %s' % (cid, FORMSUBJ), req))
    new = ("Hi Priya,\n\nThank you. We have recorded your agreement (received 22 July, 19:47 UTC) to fold "
           "AWS40218867 into AWS73019452.\n\nFor your records:\n"
           "  * The consolidation is final once it has been run.\n"
           "  * You will keep signing in with priya.raman@outlook.com.\n"
           "  * We expect the work to be finished within five business days.\n\n"
           "No reply is needed.\n\nRegards,\nOwen\nAWS Training and Certification Customer Support\n\n")
    make(15, 'agreement-recorded-receipt', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS73019452', 'AWS40218867'], verified=True, frm=FORM, to=PRIYA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 7, 23, 8, 15), provider='outlook',
         body=tpart(new + outlook_block('Priya Raman <priya.raman@outlook.com>', D(2025, 7, 22, 19, 47),
                                        'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                        'RE: RE:[CASE %s] %s' % (cid, FORMSUBJ), her)), new_text=new)


@mail
def m016():
    cid = '12904418735'
    text = ("山本 美咲 様\n\nAWS サポートの木村でございます。\n\n"
            "統合へのご同意をいただき、ありがとうございます。ご同意の内容を本ケースに記録いたしました。\n\n"
            "  統合先: AWS38160427(今後ご利用いただくアカウント)\n"
            "  統合元: AWS91544302(統合後に無効化)\n\n"
            "前回お伝えしたとおり、この処理は実施後に元へ戻すことはできません。"
            "担当部署での作業が終わりましたら、改めて本ケースにてご連絡いたします。\n\n"
            "ケースの確認はこちら: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "※本メールは送信専用アドレスから送信されています。\n\n木村\nAmazon Web Services\n" % cid)
    make(16, 'doui-kiroku-sjis-b64', kind='support_reply', lang='ja', case_id=cid,
         accounts=['AWS38160427', 'AWS91544302'], verified=True, frm=CONSOLE, to=YAMAMOTO,
         subject='RE:[CASE %s] 認定アカウントの統合について' % cid, subj_charset='shift_jis',
         name_charset='shift_jis', date=D(2025, 8, 6, 2, 51), provider='biglobe',
         body=tpart(text, charset='Shift_JIS', codec='shift_jis', cte='base64'), new_text=text)


@mail
def m017():
    opened = D(2025, 9, 8, 7, 44, 2)
    cid = cid15(opened, 52917)
    his = ("Hi Ingrid,\n\nConfirmed - keep AWS64402187 and merge AWS19370556 into it.\n\nBest,\nMarco")
    new = ("Hello Marco,\n\nThank you for the go-ahead; the merge itself is approved and does not need anything "
           "further from you.\n\nThere is one separate detail I'd like you to confirm before the operations team "
           "runs it. The two profiles carry different spellings of your surname:\n\n"
           "  AWS64402187: Marco Lindquist\n  AWS19370556: Marco Lindqvist\n\n"
           "Only the name on the surviving profile (AWS64402187) is kept, and it is the name printed on your "
           "certificates and digital badges. Since combining the profiles is permanent, I'd rather get this right "
           "first: could you confirm which spelling is correct? If it should be \"Lindqvist\", I'll have it corrected "
           "at the same time.\n\nBest regards,\nIngrid S.\nAmazon Web Services Training and Certification Customer Support\n\n")
    q = outlook_block('Marco Lindqvist <marco.lindqvist@northwind-advisory.se>', D(2025, 9, 9, 15, 52, tz=CEST),
                      'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                      'RE: RE:[CASE %s] %s' % (cid, FORMSUBJ), his)
    make(17, 'confirm-surname-spelling', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS64402187', 'AWS19370556'], verified=True, frm=FORM, to=MARCO,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 9, 10, 8, 20), provider='o365',
         body=tpart(new + q), new_text=new)


@mail
def m018():
    opened = D(2025, 10, 14, 3, 30, 51)
    cid = cid15(opened, 4410)
    text = ("中村 様\n\nご返信ありがとうございます。AWS 27730915 を AWS 60481172 に統合する件、承知いたしました。"
            "統合は取り消しのできない処理のため、いただいたご返信をもって実施いたします。\n\n"
            "一点、統合とは別にご確認させてください。\n"
            "残す AWS 60481172 のログイン用メールアドレスは現在 sho.nakamura@tokai-dev.co.jp となっております。"
            "ご退職に伴い、こちらを sho.nakamura.dev@gmail.com に変更するということでよろしいでしょうか。"
            "変更後は旧アドレスではサインインできなくなります。\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n佐々木\n")
    html = txt2html(text).replace('sho.nakamura.dev@gmail.com に変更する', '<b>sho.nakamura.dev@gmail.com</b> に変更する')
    make(18, 'confirm-login-email-change', kind='support_reply', lang='ja', case_id=cid,
         accounts=['AWS27730915', 'AWS60481172'], verified=True, frm=FORM, to=NAKAMURA,
         subject='RE: [CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 10, 16, 1, 12), provider='gmail',
         body=multipart('alternative', [tpart(text, cte='base64'), tpart(html_wrap(html, 'ja'), 'html', cte='base64')]),
         new_text=text)


@mail
def m019():
    cid = '11946027318'
    text = ("Hello Tom,\n\nThanks for confirming the three points. Before we act on it there is one more step, "
            "and it is about you rather than the merge plan, which stays exactly as agreed: aws-31497602 merges into "
            "aws-85120734, and the change is permanent.\n\n"
            "Because aws-31497602 is registered to a different e-mail address (t.okafor@lagosfintech.ng), we need "
            "to verify that you are its owner. Please reply in the Support Center with either:\n\n"
            "  - the date and test centre of the last exam you took under that account, or\n"
            "  - a short note sent from t.okafor@lagosfintech.ng to this case.\n\n"
            "Best regards,\nAmit\nAmazon Web Services\n\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n" % cid)
    make(19, 'verify-ownership-other-address', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS85120734', 'AWS31497602'], verified=True, frm=CONSOLE, to=OKAFOR,
         subject='RE:[CASE %s] Two certification accounts - please combine' % cid, date=D(2025, 11, 5, 17, 33),
         provider='yahoo', body=tpart(text), new_text=text)


@mail
def m020():
    opened = D(2025, 6, 1, 23, 51, 30)
    cid = cid15(opened, 66012)
    text = ("高橋 優子 様\n\nご確認のご返信をいただき、ありがとうございます。"
            "AWS44810963 を AWS70235519 に統合する作業は、このまま進めさせていただきます(統合後は元に戻せません)。\n\n"
            "作業にあたり、統合元の AWS44810963 に以下の試験予約が残っていることが分かりました。\n\n"
            "  試験: AWS Certified Solutions Architect - Associate (SAA-C03)\n"
            "  日時: 2025年7月12日(土) 10:00\n"
            "  会場: ピアソン VUE 新宿テストセンター\n\n"
            "予約は統合先へ移す予定ですので、上記の日時と試験名に誤りがないか、お手数ですがご確認いただけますでしょうか。\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n森\n")
    make(20, 'shiken-yoyaku-kakunin', kind='support_reply', lang='ja', case_id=cid,
         accounts=['AWS70235519', 'AWS44810963'], verified=True, frm=FORM, to=TAKAHASHI,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 6, 5, 2, 46), provider='ocn',
         body=tpart(text, cte='8bit'), new_text=text)

SOFIA = ('Sofia Marchetti', 'sofia.marchetti.it@gmail.com')
OGAWA = ('小川 拓也', 'takuya.ogawa@so-net.ne.jp')


@mail
def m021():
    opened = D(2025, 8, 18, 16, 9, 40)
    cid = cid15(opened, 30299)
    text = ("Dear Rajesh,\n\nThank you for confirming. For transparency, I am sharing below the hand-over note I have "
            "just filed with our certification operations team, who will carry out the merge of AWS12667380 into "
            "AWS58823014. There is nothing you need to do.\n\n"
            "----- Hand-over note (internal) -----\n"
            "Case: %s\n"
            "Customer: Rajesh Iyer <rajesh.iyer@hotmail.com>\n"
            "Primary / surviving: AWS58823014\n"
            "Secondary / to be retired: AWS12667380\n"
            "Customer consent: received 2025-08-20 by e-mail reply\n"
            "Irreversible: yes, customer informed in writing\n"
            "Benefits: none open on secondary\n"
            "Credly: customer uses rajesh.iyer@hotmail.com on Credly; badges under old work address to be re-issued\n"
            "Priority: standard\n"
            "----- end of note -----\n\n"
            "Warm regards,\nBeatriz L.\nAWS Training and Certification Customer Support\n" % cid)
    make(21, 'handover-note-shared', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS58823014', 'AWS12667380'], verified=True, frm=FORM, to=RAJ,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 8, 21, 9, 38), provider='outlook',
         body=tpart(text, cte='quoted-printable'), new_text=text)


@mail
def m022():
    opened = D(2025, 12, 1, 4, 12, 3)
    cid = cid15(opened, 91730)
    prev = ("藤井 真由 様\n\nお問い合わせいただいた件について、以下の2アカウントの統合をご確認ください。\n\n"
            "統合先(残る): aws15502286\n統合元(消える): aws81069934\n\n"
            "この操作は取り消しできません。よろしければ「はい」とだけご返信ください。")
    hers = "はい\n\n\n" + prev
    new = ("藤井 真由 様\n\nご確認いただきありがとうございます。\n"
           "いただいたご返信に基づき、aws81069934 を aws15502286 へ統合する手続きをこれより開始いたします。"
           "処理には通常1〜3営業日ほどかかります。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n松井\n\n"
           "-----Original Message-----\n"
           "From: 藤井 真由 <mayu@fujii-home.net>\nSent: 2025年12月2日 10:05\n"
           "To: aws-cs-trainingcertification-form@amazon.com\n"
           "Subject: Re: RE:[CASE %s] %s\n\n" % (cid, FORMSUBJ))
    trace = [('Received', 'from a3-21.smtp-out.amazonses.com (a3-21.smtp-out.amazonses.com [54.240.3.21])\n'
              '\tby mta-in02.fujii-home.net (Postfix) with ESMTPS id 4dL4vT2hQ1z9w;\n\t%s'
              % format_datetime(D(2025, 12, 2, 16, 22, tz=JST)))]
    make(22, 'kore-yori-kaishi-no-marker', kind='support_reply', lang='ja', case_id=cid,
         accounts=['AWS15502286', 'AWS81069934'], verified=None, frm=FORM, to=('藤井 真由', 'mayu@fujii-home.net'),
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 12, 2, 7, 22), provider='none',
         dkim_d='amazon.com', extra_trace=trace, body=tpart(new + hers, cte='base64'), new_text=new)


@mail
def m023():
    opened = D(2025, 7, 18, 20, 14, 55)
    cid = cid15(opened, 58301)
    text = ("Hello Elena,\n\nThank you for forwarding the message you received from aws-certification-support.com. "
            "That e-mail did not come from AWS; please do not click its link or enter your credentials there. "
            "We only contact you from amazon.com addresses and never ask for your password.\n\n"
            "Your genuine request is unaffected: you confirmed on 21 July that AWS77104526 should be merged into "
            "AWS02958813, and that work is queued. Once the merge is complete, we will write to you from this "
            "address, and Credly will then re-issue the badges from the retired profile to elena.petrova.cloud@gmail.com.\n\n"
            "Best regards,\nHannah K.\nAWS Training and Certification Customer Support\n")
    html = txt2html(text).replace('did not come from AWS', '<b>did not come from AWS</b>')
    make(23, 'not-from-us-once-complete', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS77104526', 'AWS02958813'], verified=True, frm=FORM, to=ELENA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 7, 23, 15, 9), provider='gmail',
         body=multipart('alternative', [tpart(text, cte='base64'), tpart(html_wrap(html), 'html', cte='base64')]),
         new_text=text)


@mail
def m024():
    opened = D(2026, 1, 19, 2, 40, 12)
    cid = cid15(opened, 17733)
    text = ("小林 大輔 様\n\nAWS トレーニングと認定 カスタマーサポートの石井でございます。\n\n"
            "お客様のお名前で、次の2つの認定アカウントが見つかりました。\n\n"
            "  aws53318804(d.kobayashi@kobayashi-lab.sakura.ne.jp)\n"
            "  aws29017763(daisuke.k@ecei.tohoku.ac.jp)\n\n"
            "統合後にどちらを残すかによって、ログインに使うメールアドレスが決まります。"
            "また、統合は一度行うと元に戻すことができません。どちらのアカウントを残すご希望か、お知らせいただけますでしょうか。\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n石井\n")
    make(24, 'dochira-wo-nokosu', kind='support_reply', lang='ja', case_id=cid,
         accounts=['AWS53318804', 'AWS29017763'], verified=True, frm=FORM, to=KOBAYASHI,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2026, 1, 20, 3, 5), provider='sakura',
         body=tpart(text), new_text=text)


@mail
def m025():
    opened = D(2026, 1, 30, 10, 2, 49)
    cid = cid15(opened, 2016)
    text = ("Hi Sofia,\n\nWe wrote to you on 2 February asking for the e-mail address each of your profiles "
            "(AWS 44719025 and AWS 80362251) sends notifications to, so that we can tell which one holds your "
            "active certifications.\n\nWe haven't heard back yet. Do you still need our help combining them? "
            "If so, just reply with those two addresses. Please remember that a merge can't be undone, so we won't "
            "start until we are sure which profile you want to keep.\n\n"
            "If we don't hear from you within five days, this case will be closed automatically; you can always "
            "write to us again.\n\nBest regards,\nLuca\nAWS Training and Certification Customer Support\n")
    make(25, 'still-need-help-nudge', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS44719025', 'AWS80362251'], verified=True, frm=FORM, to=SOFIA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2026, 2, 9, 12, 44), provider='gmail',
         body=tpart(text), new_text=text)


@mail
def m026():
    opened = D(2026, 2, 16, 23, 11, 37)
    cid = cid15(opened, 40021)
    text = ("ケース %s に新しい対応が追加されました。\n\n"
            "内容を確認して返信するには、AWS サポートセンターにサインインしてください:\n"
            "https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=%s&language=ja\n\n"
            "件名: 認定アカウントの統合(旧アカウントの履歴移行)\n\n"
            "このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n" % (cid, cid))
    make(26, 'console-new-correspondence-ja', kind='support_reply', lang='ja', case_id=cid, accounts=[],
         verified=True, frm=CONSOLE, to=OGAWA, subject='[Case %s] 新しい対応が追加されました' % cid,
         date=D(2026, 2, 18, 6, 3), provider='so-net', body=tpart(text, cte='base64'), new_text=text)


@mail
def m027():
    opened = D(2026, 2, 16, 23, 11, 37)
    cid = cid15(opened, 40021)
    text = ("小川 拓也 様\n\nお世話になっております。AWS サポートの岡本です。\n\n"
            "先日お送りしたご連絡が、お客様のメールサーバーで受信拒否となっていた可能性がございます。"
            "お手数ですが、本メールを受け取られたことを確認するため、本ケースに一言ご返信いただけますでしょうか。\n\n"
            "なお、統合の内容(AWS 35590148 を AWS 62207713 に統合し、AWS 62207713 を残す)については2月17日にご同意をいただいており、"
            "変更はございません。統合は取り消しのできない処理ですので、受信確認が取れ次第、作業に入らせていただきます。\n\n"
            "岡本\nAmazon Web Services\n\n"
            "本ケースへのご返信: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n" % cid)
    make(27, 'jushin-kakunin-onegai', kind='support_reply', lang='ja', case_id=cid,
         accounts=['AWS35590148', 'AWS62207713'], verified=True, frm=CONSOLE, to=OGAWA,
         subject='RE:[CASE %s] 認定アカウントの統合(旧アカウントの履歴移行)' % cid, date=D(2026, 2, 19, 1, 48),
         provider='so-net', body=tpart(text, cte='8bit'), new_text=text)


@mail
def m028():
    opened = D(2025, 7, 21, 9, 2, 15)
    cid = cid15(opened, 11872)
    text = ("Hi Priya,\n\nA quick update on the consolidation of AWS40218867 into AWS73019452.\n\n"
            "While preparing it we noticed an exam appointment still booked under AWS40218867 for 2 August. "
            "Because the consolidation is permanent and would cancel open bookings on the profile being retired, "
            "we will hold it until after your exam. Your result will then be carried over along with everything else.\n\n"
            "You don't need to do anything; sit the exam as planned.\n\n"
            "Regards,\nOwen\nAWS Training and Certification Customer Support\n")
    html = ('<div style="font-family:Amazon Ember,Arial,sans-serif">' + txt2html(text) +
            '<p style="color:#687078;font-size:12px">Please do not reply to this message if the issue is resolved.</p></div>')
    make(28, 'hold-until-after-exam', kind='support_reply', lang='en', case_id=cid,
         accounts=['AWS73019452', 'AWS40218867'], verified=True, frm=FORM, to=PRIYA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 7, 25, 14, 27), provider='outlook',
         body=multipart('alternative', [tpart(text), tpart(html_wrap(html), 'html')]), new_text=text)

# ---------------------------------------------------------------- batch 4: completions


@mail
def m029():
    opened = D(2025, 5, 12, 14, 20, 7)
    cid = cid15(opened, 31208)
    text = ("Hi Daniel,\n\nGood news on your case.\n\n"
            "Your request was to keep AWS20669418 and bring AWS51873204 into it, which you approved on 13 May "
            "knowing it could not be reversed. That has now been carried out: your exam history, certifications and "
            "any unused benefits from AWS51873204 appear under AWS20669418, and AWS51873204 can no longer be used to "
            "sign in.\n\nPlease allow up to 24 hours for the changes to show in your AWS Certification Account and on "
            "Credly.\n\n"
            "If you have a moment, we'd appreciate your feedback on how we handled this request: "
            "https://aws.amazon.com/training/support-survey/?case=%s\n\n"
            "Kind regards,\n\nGraham T.\nAmazon Web Services Training and Certification Customer Support\n" % cid)
    make(29, 'approved-plan-now-carried-out', kind='merge_completed', lang='en', case_id=cid,
         accounts=['AWS20669418', 'AWS51873204'], verified=True, frm=FORM, to=DAN,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 5, 16, 19, 8), provider='gmail',
         body=tpart(text), new_text=text)


@mail
def m030():
    opened = D(2025, 6, 2, 1, 5, 44)
    cid = cid15(opened, 70415)
    req = ("佐藤 健太 様\n\nお問い合わせいただいたアカウントの統合につきまして、下記の内容で処理を予定しております。\n\n"
           "残すアカウント: AWS46120938 (kenta.sato@nifty.com)\n統合されるアカウント: AWS08835172 (k-sato@fujimori-sys.co.jp)\n\n"
           "統合を行うと、以前の状態に戻すことはできません。\n"
           "表の内容に相違がなければ、本メールにそのままご返信のうえ「相違なし」とお知らせください。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n高田")
    his = "相違なしです。よろしくお願いします。\n\n佐藤\n\n" + ja_quote(D(2025, 6, 3, 11, 17, tz=JST), 'Amazon Web Services',
                                                         'aws-cs-trainingcertification-form@amazon.com', req)
    new = ("佐藤 健太 様\n\nお待たせいたしました。アカウントの統合が完了しました。\n"
           "今後は AWS46120938 にサインインいただくと、これまでの認定資格と受験履歴をすべてご確認いただけます。\n\n"
           "反映まで最大24時間ほどかかる場合がございます。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n井上\n\n")
    quoted = ja_quote(D(2025, 6, 3, 12, 4, tz=JST), '佐藤 健太', 'kenta.sato@nifty.com', his)
    make(30, 'kanryo-over-quoted-request', kind='merge_completed', lang='ja', case_id=cid,
         accounts=['AWS46120938'], verified=True, frm=FORM, to=SATO,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 6, 9, 7, 51), provider='nifty',
         body=tpart(new + quoted), new_text=new)


@mail
def m031():
    opened = D(2025, 7, 21, 9, 2, 15)
    cid = cid15(opened, 11872)
    text = ("Hi Priya,\n\nYour case has been resolved.\n\n"
            "Now that your 2 August exam is behind you (congratulations!), we've consolidated your records into "
            "AWS73019452. The old profile, AWS40218867, has been deactivated, and the new result appears on "
            "AWS73019452 together with your earlier certifications.\n\n"
            "How did we do? Let us know in two clicks:\n"
            "  Very satisfied  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&r=5\n"
            "  Not satisfied   https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&r=1\n\n"
            "Regards,\nOwen\nAWS Training and Certification Customer Support\n" % (cid, cid))
    make(31, 'resolved-consolidated-how-did-we-do', kind='merge_completed', lang='en', case_id=cid,
         accounts=['AWS73019452', 'AWS40218867'], verified=True, frm=FORM, to=PRIYA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 8, 5, 16, 12), provider='outlook',
         body=tpart(text, cte='base64'), new_text=text)


@mail
def m032():
    cid = '12904418735'
    text = ("山本 美咲 様\n\nAWS サポートの木村でございます。\n\n"
            "大変お待たせいたしました。旧アカウント AWS91544302 の認定資格および受験履歴を、"
            "AWS38160427 へ移行いたしました。旧アカウントは本日付で無効化されております。\n\n"
            "今後は AWS38160427 にてサインインのうえ、認定資格の一覧と特典(試験の割引バウチャーなど)をご確認ください。\n\n"
            "ケースの確認はこちら: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "木村\nAmazon Web Services\n" % cid)
    make(32, 'iko-itashimashita-iso2022', kind='merge_completed', lang='ja', case_id=cid,
         accounts=['AWS91544302', 'AWS38160427'], verified=True, frm=CONSOLE, to=YAMAMOTO,
         subject='RE:[CASE %s] 認定アカウントの統合について(旧アカウントの履歴移行のご報告)' % cid,
         subj_charset='iso-2022-jp', name_charset='iso-2022-jp', date=D(2025, 8, 8, 6, 40), provider='biglobe',
         body=tpart(text, charset='ISO-2022-JP', codec='iso-2022-jp', cte='7bit'), new_text=text)


@mail
def m033():
    opened = D(2025, 9, 8, 7, 44, 2)
    cid = cid15(opened, 52917)
    inner = ('<div style="font-family:Arial,sans-serif;font-size:14px">\n<p>Hello Marco,</p>\n'
             '<p>Everything from your older candidate profile is now on <strong>AWS64402187</strong>: the Developer '
             '&ndash; Associate certification, its exam record and the related transcript entries. The older profile has '
             'been retired, and your surname now reads <em>Lindqvist</em> on the profile you kept.</p>\n'
             '<p>You can check the result at <a href="https://www.aws.training/Certification">aws.training/Certification</a>. '
             'Your Credly badges will follow separately.</p>\n'
             '<p>Best regards,<br>Ingrid S.<br>Amazon Web Services Training and Certification Customer Support</p>\n</div>')
    make(33, 'html-only-older-profile-retired', kind='merge_completed', lang='en', case_id=cid,
         accounts=['AWS64402187'], verified=True, frm=FORM, to=MARCO,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 9, 12, 10, 3), provider='o365',
         body=tpart(html_wrap(inner), 'html', cte='quoted-printable'), new_text=inner)


@mail
def m034():
    opened = D(2025, 10, 14, 3, 30, 51)
    cid = cid15(opened, 4410)
    text = ("中村 様\n\nいつもお世話になっております。\n\n"
            "AWS 27730915 と AWS 60481172 の統合は完了しております。ログイン用メールアドレスも "
            "sho.nakamura.dev@gmail.com に変更済みです。\n"
            "ご依頼の内容はすべて対応いたしましたので、本件はクローズとさせていただきます。\n\n"
            "今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。\n"
            "https://aws.amazon.com/jp/training/support-survey/?case=%s\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n佐々木\n" % cid)
    make(34, 'close-and-kanryo-sjis', kind='merge_completed', lang='ja', case_id=cid,
         accounts=['AWS27730915', 'AWS60481172'], verified=True, frm=FORM, to=NAKAMURA,
         subject='RE: [CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 10, 20, 5, 27), provider='gmail',
         body=tpart(text, charset='Shift_JIS', codec='shift_jis', cte='base64'), new_text=text)


@mail
def m035():
    opened = D(2025, 8, 18, 16, 9, 40)
    cid = cid15(opened, 30299)
    orig = ("Hi,\n\nI have two AWS certification accounts and want to combine them. My candidate IDs are "
            "AWS58823014 (current, rajesh.iyer@hotmail.com) and AWS12667380 (old work email). I also once booked an "
            "exam under AWS-90011457 but I think that one was cancelled and may be a duplicate too.\n\nThanks,\nRajesh")
    req = ("Dear Rajesh,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
           "I reviewed the three IDs you listed. AWS90011457 has no exam history and was already deactivated in 2023, "
           "so no action is needed there. For the remaining two, this is what we would do:\n\n"
           "AWS58823014 stays active and becomes the home of all of your certifications, exam results and benefits.\n"
           "AWS12667380 is combined into it and then retired.\n\n"
           "This cannot be walked back afterwards. Please let us know that the above is accurate and that you would "
           "like us to go ahead.\n\nWarm regards,\nBeatriz L.")
    conf = "Hi Beatriz,\n\nYes, that is all correct - please go ahead.\n\nRegards,\nRajesh"
    new = ("Dear Rajesh,\n\nThis is done. Your certification records now live under AWS58823014 only, and you can "
           "sign in with rajesh.iyer@hotmail.com to see them.\n\n"
           "Credly will send the re-issued badges to the same address within a day or two.\n\n"
           "Warm regards,\nBeatriz L.\nAWS Training and Certification Customer Support\n\n")
    thread = (outlook_block('Rajesh Iyer <rajesh.iyer@hotmail.com>', D(2025, 8, 20, 17, 2, tz=IST),
                            'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                            'RE: RE:[CASE %s] %s' % (cid, FORMSUBJ), conf) + '\n\n' +
              outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                            D(2025, 8, 20, 16, 25, tz=IST), 'Rajesh Iyer <rajesh.iyer@hotmail.com>',
                            'RE:[CASE %s] %s' % (cid, FORMSUBJ), req) + '\n\n' +
              outlook_block('Rajesh Iyer <rajesh.iyer@hotmail.com>', D(2025, 8, 18, 21, 39, tz=IST),
                            'aws-cs-trainingcertification-form@amazon.com', FORMSUBJ, orig))
    make(35, 'this-is-done-long-outlook-thread', kind='merge_completed', lang='en', case_id=cid,
         accounts=['AWS58823014'], verified=True, frm=FORM, to=RAJ,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 8, 25, 6, 18), provider='outlook',
         body=multipart('alternative', [tpart(new + thread), tpart(html_wrap(txt2html(new + thread)), 'html')]),
         new_text=new)


@mail
def m036():
    opened = D(2026, 2, 16, 23, 11, 37)
    cid = cid15(opened, 40021)
    text = ("小川 拓也 様\n\nお世話になっております。AWS サポートの岡本です。\n"
            "受信のご確認をいただき、ありがとうございました。\n\n"
            "旧アカウント(AWS 35590148)の受験履歴と認定資格は、AWS 62207713 にまとめて統合されました。"
            "旧アカウントではサインインできなくなっておりますので、今後は AWS 62207713 をご利用ください。\n\n"
            "本対応について評価をお寄せいただけますと幸いです。"
            "サポートセンターの各やり取りの右上にある星マークから評価いただけます。\n\n"
            "岡本\nAmazon Web Services\n\n"
            "本ケースへのご返信: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "※このメールは送信専用アドレスから送信されています。\n" % cid)
    make(36, 'console-matomete-togo-b64', kind='merge_completed', lang='ja', case_id=cid,
         accounts=['AWS35590148', 'AWS62207713'], verified=True, frm=CONSOLE, to=OGAWA,
         subject='RE:[CASE %s] 認定アカウントの統合(旧アカウントの履歴移行)' % cid, date=D(2026, 2, 23, 8, 30),
         provider='so-net', body=tpart(text, cte='base64'), new_text=text)


@mail
def m037():
    opened = D(2025, 7, 18, 20, 14, 55)
    cid = cid15(opened, 58301)
    text = ("Hello Elena,\n\nI\u2019ve completed the consolidation you approved \u2013 AWS02958813 is now your single "
            "certification profile, and the exams and certifications previously held on AWS77104526 are listed "
            "there. AWS77104526 has been closed.\n\n"
            "As promised, Credly will re-issue your badges to elena.petrova.cloud@gmail.com; you\u2019ll get a separate "
            "\u201caccept your badge\u201d e-mail for each.\n\n"
            "Best regards,\nHannah K.\nAWS Training and Certification Customer Support\n")
    make(37, 'consolidation-done-mislabelled-latin1', kind='merge_completed', lang='en', case_id=cid,
         accounts=['AWS02958813', 'AWS77104526'], verified=True, frm=FORM, to=ELENA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2025, 7, 28, 18, 45), provider='gmail',
         body=tpart(text, charset='utf-8', label='iso-8859-1', cte='quoted-printable'), new_text=text)

# ---------------------------------------------------------------- batch 5: surveys / closures


@mail
def m038():
    opened = D(2025, 8, 18, 16, 9, 40)
    cid = cid15(opened, 30299)
    text = ("Dear Rajesh,\n\nYour case %s has been marked as resolved.\n\n"
            "  Case subject: account-assistance\n"
            "  Request:      combine AWS12667380 into AWS58823014 (irreversible)\n"
            "  Handled by:   Beatriz L.\n\n"
            "Was your issue resolved?\n"
            "  YES: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&resolved=yes\n"
            "  NO:  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&resolved=no\n\n"
            "It takes less than a minute, and every response is read by our team.\n\n"
            "AWS Training and Certification Customer Support\n" % (cid, cid, cid))
    html = txt2html(text).replace('YES: ', '<a style="background:#037f0c;color:#fff;padding:6px 14px">YES</a> ').replace(
        'NO:  ', '<a style="background:#d13212;color:#fff;padding:6px 14px">NO</a> ')
    make(38, 'was-your-issue-resolved-request-line', kind='survey', lang='en', case_id=cid,
         accounts=['AWS12667380', 'AWS58823014'], verified=True, frm=FORM, to=RAJ,
         subject='How did we do? Your case %s' % cid, date=D(2025, 8, 25, 6, 19), provider='outlook',
         body=multipart('alternative', [tpart(text), tpart(html_wrap(html), 'html')]), new_text=text)


@mail
def m039():
    opened = D(2025, 6, 2, 1, 5, 44)
    cid = cid15(opened, 70415)
    text = ("佐藤 健太 様\n\nこのたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。\n\n"
            "今後のサービス改善のため、今回のサポート(ケース番号: %s)についてアンケートへのご協力をお願いいたします。"
            "所要時間は1分程度です。\n\n"
            "アンケートに回答する: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&lang=ja\n\n"
            "このメールは送信専用です。\n" % (cid, cid))
    make(39, 'anketo-gokyoryoku', kind='survey', lang='ja', case_id=cid, accounts=[], verified=True, frm=FORM,
         to=SATO, subject='【AWS】サポートに関するアンケートのお願い', subj_charset='utf-8',
         date=D(2025, 6, 9, 7, 55), provider='nifty', body=tpart(text, cte='base64'), new_text=text)


@mail
def m040():
    opened = D(2026, 1, 30, 10, 2, 49)
    cid = cid15(opened, 2016)
    text = ("Hi Sofia,\n\nAs we haven't heard back since 9 February, we are closing this case.\n\n"
            "Please note that nothing was changed on your profiles: AWS 44719025 and AWS 80362251 remain separate, "
            "and no merge was carried out. If you would still like them combined, reply to this e-mail within 14 days "
            "and the case will reopen, or submit a new request through the contact form.\n\n"
            "We'd love to know how we did: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s\n\n"
            "Best regards,\nLuca\nAWS Training and Certification Customer Support\n" % cid)
    make(40, 'closed-no-response-nothing-changed', kind='survey', lang='en', case_id=cid,
         accounts=['AWS44719025', 'AWS80362251'], verified=True, frm=FORM, to=SOFIA,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2026, 2, 16, 12, 50), provider='gmail',
         body=tpart(text), new_text=text)


@mail
def m041():
    opened = D(2026, 1, 21, 13, 27, 6)
    cid = cid15(opened, 80554)
    text = ("小林 大輔 様\n\nお問い合わせ(ケース ID: %s)はクローズされました。\n\n"
            "本ケースは、先にいただいている同じ内容のお問い合わせと重複しているため、既存のケースにて対応を継続いたします。\n"
            "既存のケースでは、aws29017763 を aws53318804 に統合し aws53318804 を残す方向でご案内しております。"
            "統合は元に戻せない処理のため、引き続き既存のケースでのご返信をお待ちしております。\n\n"
            "今回のご対応はいかがでしたか。下記より評価をお願いいたします。\n"
            "https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&lang=ja\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n" % (cid, cid))
    html = ('<p>小林 大輔 様</p><p>お問い合わせ(ケース ID: <b>%s</b>)はクローズされました。</p>'
            '<p>同じ内容のお問い合わせが既にございますので、以降は既存のケースにて対応いたします。'
            '統合(aws29017763 を aws53318804 へ)は元に戻せない処理のため、既存のケースでのご返信をお待ちしております。</p>'
            '<p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&amp;lang=ja">今回のご対応を評価する</a></p>'
            '<p>AWS トレーニングと認定 カスタマーサポート</p>' % (cid, cid))
    make(41, 'duplicate-case-closed-alt', kind='survey', lang='ja', case_id=cid,
         accounts=['AWS29017763', 'AWS53318804'], verified=True, frm=FORM, to=KOBAYASHI,
         subject='RE:[CASE %s] %s' % (cid, FORMSUBJ), date=D(2026, 1, 22, 4, 10), provider='sakura',
         body=multipart('alternative', [tpart(text, cte='8bit'), tpart(html_wrap(html, 'ja'), 'html', cte='base64')]),
         new_text=text)


@mail
def m042():
    cid = '11946027318'
    text = ("Hello,\n\nYour AWS Support case %s (\"Two certification accounts - please combine\") has been resolved.\n\n"
            "Was your issue resolved?\n\n"
            "  Yes - https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=true\n"
            "  No  - https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=false\n\n"
            "If you need further help with this issue, you can reopen the case within 14 days from the AWS Support "
            "Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n" % (cid, cid, cid, cid))
    make(42, 'console-resolved-yes-no', kind='survey', lang='en', case_id=cid, accounts=[], verified=True,
         frm=CONSOLE, to=OKAFOR, subject='Amazon Web Services: Your Support case %s has been resolved' % cid,
         date=D(2025, 11, 12, 2, 4), provider='yahoo', body=tpart(text, cte='7bit'), new_text=text)


@mail
def m043():
    opened = D(2025, 6, 1, 23, 51, 30)
    cid = cid15(opened, 66012)
    text = ("高橋 優子 様\n\nこのたびはお問い合わせいただき、ありがとうございました。\n\n"
            "お客様のご依頼(AWS44810963 を AWS70235519 へ統合、統合後の取り消し不可)に関する当窓口の対応はいかがでしたか。\n"
            "以下の5段階で評価をお聞かせください。\n\n"
            "  5 とても満足 / 4 満足 / 3 ふつう / 2 不満 / 1 とても不満\n"
            "  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTqk2pLr9?case=%s&lang=ja\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n" % cid)
    make(43, 'taiou-ikaga-5dankai', kind='survey', lang='ja', case_id=cid,
         accounts=['AWS44810963', 'AWS70235519'], verified=True, frm=FORM, to=TAKAHASHI,
         subject='アンケートのお願い: ケース %s' % cid, date=D(2025, 6, 14, 0, 22), provider='ocn',
         body=tpart(text), new_text=text)

# ---------------------------------------------------------------- batch 6: case created


ISHIDA = ('石田 恵', 'megumi.ishida.0407@gmail.com')


@mail
def m044():
    opened = D(2026, 1, 30, 10, 2, 49)
    cid = cid15(opened, 2016)
    text = ("Hello,\n\nThank you for contacting AWS Training and Certification. Your request has been logged as case "
            "%s. A member of our team will respond, in most cases within 24 hours.\n\n"
            "While you wait - good to know about account merges\n"
            "  * A merge permanently combines two certification accounts into one. It cannot be undone.\n"
            "  * Support will always ask you to confirm which account is kept before anything is changed.\n"
            "  * Have your AWS candidate IDs ready (AWS followed by 8 digits, shown in your AWS Certification Account).\n"
            "  * Please do not open a second case for the same request; simply reply to this thread.\n"
            "  * Credly badges are moved separately after the merge.\n\n"
            "Your submission\n"
            "  Inquiry type: AWS Training and Certification\n"
            "  Category: Certification - Account Merge\n"
            "  AWS candidate ID: AWS44719025\n"
            "  Description: I have a second certification account (AWS80362251) from a previous job and want one account.\n\n"
            "Sincerely,\nAWS Training and Certification Customer Support\n" % cid)
    make(44, 'logged-with-merge-faq', kind='case_created', lang='en', case_id=cid,
         accounts=['AWS44719025', 'AWS80362251'], verified=True, frm=FORM, to=SOFIA,
         subject='[CASE %s] %s' % (cid, FORMSUBJ), date=D(2026, 1, 30, 10, 3, 12), provider='gmail',
         body=tpart(text), new_text=text)


@mail
def m045():
    opened = D(2026, 1, 21, 13, 27, 6)
    cid = cid15(opened, 80554)
    text = ("Amazon Web Services をご利用いただき、ありがとうございます。\n\n"
            "新しいケースを作成しました。お客様のお問い合わせに対応するため、ケース %s を作成いたしました。\n\n"
            "ケース ID: %s\n件名: 認定アカウント統合の件(再送)\n重要度: 一般的なガイダンス\n\n"
            "ケースの詳細の確認、またはケースへの返信は、AWS サポートセンターから行ってください:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "※このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねます。\n\n"
            "Amazon Web Services\n" % (cid, cid, cid))
    make(45, 'console-atarashii-case', kind='case_created', lang='ja', case_id=cid, accounts=[], verified=True,
         frm=CONSOLE, to=KOBAYASHI, subject='Amazon Web Services: 新しいサポートケースを作成しました: %s' % cid,
         date=D(2026, 1, 21, 13, 27, 40), provider='sakura', body=tpart(text, cte='base64'), new_text=text)


@mail
def m046():
    cid = '11946027318'
    text = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
            "The details of your case are as follows:\n\n"
            "Case ID: %s\nSubject: Two certification accounts - please combine\nSeverity: General guidance\n"
            "Correspondence: I passed exams under two different e-mail addresses and now have two certification "
            "accounts. Please merge them.\n\n"
            "You can view your case or add correspondence here:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the "
            "link above if you need to contact us again about this same issue.\n" % (cid, cid, cid))
    make(46, 'console-opened-new-case', kind='case_created', lang='en', case_id=cid, accounts=[], verified=True,
         frm=CONSOLE, to=OKAFOR, subject='Amazon Web Services: You have opened a new Support case: %s' % cid,
         date=D(2025, 11, 1, 18, 22), provider='yahoo', body=tpart(text, cte='7bit'), new_text=text)


@mail
def m047():
    opened = D(2025, 12, 1, 4, 12, 3)
    cid = cid15(opened, 91730)
    text = ("AWS トレーニングと認定へのお問い合わせありがとうございます。\n"
            "お問い合わせはケース番号 %s として登録されました。通常24時間以内に担当者よりご連絡いたします。\n\n"
            "■アカウント統合に関するよくあるご質問\n"
            "Q. 統合したアカウントを元に戻せますか?\n"
            "A. いいえ。統合は取り消しできません。担当者から統合内容の確認をお願いしますので、必ず内容をご確認ください。\n"
            "Q. 同じ内容で再度問い合わせてもよいですか?\n"
            "A. 対応が遅れる原因となるため、本メールへの返信にて追加情報をお送りください。\n"
            "Q. Credly のバッジはどうなりますか?\n"
            "A. 統合後、統合先アカウントのメールアドレス宛てに改めて発行されます。\n\n"
            "■お問い合わせ内容\n"
            "お問い合わせの種類: 認定\n詳細: アカウントの統合\n候補者 ID: AWS15502286\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n" % cid)
    trace = [('Received', 'from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])\n'
              '\tby mta-in02.fujii-home.net (Postfix) with ESMTPS id 4dJm7B0c1Hz9r;\n\t%s'
              % format_datetime(D(2025, 12, 1, 13, 12, 31, tz=JST)))]
    make(47, 'uketsuke-faq-iso2022', kind='case_created', lang='ja', case_id=cid, accounts=['AWS15502286'],
         verified=None, frm=FORM, to=('藤井 真由', 'mayu@fujii-home.net'),
         subject='[CASE %s] %s' % (cid, FORMSUBJ), name_charset='iso-2022-jp', date=D(2025, 12, 1, 4, 12, 29),
         provider='none', dkim_d='amazon.com', extra_trace=trace,
         body=tpart(text, charset='ISO-2022-JP', codec='iso-2022-jp', cte='7bit'), new_text=text)


@mail
def m048():
    cid = '13308815264'
    text = ("石田 恵 様\n\nご依頼を承りました。受付番号は %s です。\n"
            "担当者が内容を確認し、追ってご連絡差し上げます。ご連絡の際にはこの番号をお知らせください。\n\n"
            "お送りいただいた内容:\n"
            "  AWS 候補者 ID: aws 20953317\n"
            "  ご依頼: 旧姓で登録したアカウントとの統合\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n" % cid)
    make(48, 'goirai-uketamawarimashita', kind='case_created', lang='ja', case_id=cid, accounts=['AWS20953317'],
         verified=True, frm=FORM, to=ISHIDA, subject='[CASE %s] %s' % (cid, FORMSUBJ),
         date=D(2026, 3, 2, 5, 41), provider='gmail', body=tpart(text, cte='quoted-printable'), new_text=text)

# ---------------------------------------------------------------- batch 7: Credly badges

CREDLY_ISSUER = 'Amazon Web Services Training and Certification via Credly'


def credly_msgid(dt):
    return '<%s.%d@em.credly.com>' % (rhex(20), int(dt.timestamp()))


@mail
def m049():
    dt = D(2025, 5, 17, 2, 36)
    url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = ("Hi Daniel,\n\nYour badge has been moved to this account.\n\n"
            "Amazon Web Services Training and Certification has transferred the AWS Certified Cloud Practitioner badge "
            "to dan.whitaker84@gmail.com following an update to your certification records. To show it on your "
            "profile, accept it below.\n\n"
            "Accept your badge: %s\n\n"
            "Badges you accept can be shared on LinkedIn, in your e-mail signature and on your resume.\n\n"
            "Credly, Inc. | 111 N. Canal St., Suite 1550, Chicago, IL 60606\n"
            "Unsubscribe from badge notifications: https://www.credly.com/notifications\n" % url)
    html = ('<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif"><tr><td>'
            '<img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" alt="">'
            '<h1 style="font-size:22px">Your badge has been moved to this account</h1>'
            '<p>Amazon Web Services Training and Certification has transferred the <b>AWS Certified Cloud Practitioner</b> '
            'badge to dan.whitaker84@gmail.com following an update to your certification records.</p>'
            '<p><a href="%s" style="background:#0d6ae6;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">'
            'Accept your badge</a></p><p style="font-size:11px;color:#888">Credly, Inc. | 111 N. Canal St., Suite 1550, '
            'Chicago, IL 60606</p></td></tr></table>' % url)
    make(49, 'credly-badge-transferred', kind='credly_badge_issued', lang='en', case_id=None, accounts=[],
         verified=True, frm=(CREDLY_ISSUER, 'admin@credly.com'), to=DAN,
         subject='Your AWS Certified Cloud Practitioner badge was transferred to you', date=dt, provider='gmail',
         ip='167.89.101.8', rhost='o3.em.credly.com', mailfrom='em.credly.com', dkim_d='credly.com',
         msgid=credly_msgid(dt),
         body=multipart('alternative', [tpart(text), tpart(html_wrap(html), 'html')]), new_text=text)


@mail
def m050():
    dt = D(2025, 6, 10, 3, 14)
    url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = ("佐藤 健太 さん\n\nAmazon Web Services Training and Certification からバッジが発行されました。\n\n"
            "AWS Certified Solutions Architect – Professional\n\n"
            "バッジを受け取り、LinkedIn などで共有しましょう。\n"
            "バッジを受け取る: %s\n\n"
            "このメールは Credly から kenta.sato@nifty.com 宛てに送信されています。\n" % url)
    html = ('<div style="max-width:600px;margin:auto;font-family:sans-serif"><h2>バッジが発行されました</h2>'
            '<p>佐藤 健太 さん</p><p>Amazon Web Services Training and Certification から '
            '<b>AWS Certified Solutions Architect – Professional</b> のバッジが発行されました。</p>'
            '<p><a href="%s" style="background:#0d6ae6;color:#fff;padding:10px 24px">バッジを受け取る</a></p></div>' % url)
    make(50, 'credly-badge-hakko', kind='credly_badge_issued', lang='ja', case_id=None, accounts=[], verified=True,
         frm=(CREDLY_ISSUER, 'admin@credly.com'), to=SATO,
         subject='佐藤さん、AWS Certified Solutions Architect – Professional のバッジが届きました', date=dt,
         provider='nifty', ip='167.89.101.8', rhost='o3.em.credly.com', mailfrom='em.credly.com', dkim_d='credly.com',
         msgid=credly_msgid(dt),
         body=multipart('alternative', [tpart(text, cte='base64'), tpart(html_wrap(html, 'ja'), 'html', cte='base64')]),
         new_text=text)


@mail
def m051():
    dt = D(2025, 7, 29, 9, 5)
    url = 'https://www.youracclaim.com/badges/%s/accept' % rhex(32)
    text = ("Elena, you've been issued a badge.\n\n"
            "Amazon Web Services Training and Certification has issued you the AWS Certified Data Engineer - Associate "
            "badge.\n\nAccept your badge: %s\n\n"
            "Once accepted, your badge can be shared with your professional network and displayed on your profile.\n\n"
            "Acclaim | Credly, Inc.\n" % url)
    trace = [('Received', 'from o1.em.youracclaim.com (o1.em.youracclaim.com [167.89.115.54])\n'
              '\tby imap.petrova-home.eu (Postfix) with ESMTPS id 4bxT1m6y0Fz3;\n\t%s' % format_datetime(dt + timedelta(seconds=3)))]
    make(51, 'acclaim-issued-no-auth-header', kind='credly_badge_issued', lang='en', case_id=None, accounts=[],
         verified=None, frm=(CREDLY_ISSUER, 'admin@youracclaim.com'), to=('Elena Petrova', 'elena@petrova-home.eu'),
         subject="Elena, you've been issued a badge from Amazon Web Services Training and Certification",
         date=dt, provider='none', dkim_d='youracclaim.com', extra_trace=trace, msgid='<%s@youracclaim.com>' % rhex(24),
         body=tpart(text, cte='7bit'), new_text=text)


@mail
def m052():
    dt = D(2025, 10, 21, 1, 48)
    url = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = ("中村 翔 さん\n\nAWS 認定アカウントの統合に伴い、以下のバッジがこちらのアカウントへ移動されました。\n\n"
            "  ・AWS Certified Developer - Associate\n  ・AWS Certified SysOps Administrator - Associate\n\n"
            "各バッジを受け取ると、プロフィールに表示されるようになります。\n"
            "バッジを受け取る: %s\n\nCredly\n" % url)
    make(52, 'credly-badges-idou', kind='credly_badge_issued', lang='ja', case_id=None, accounts=[], verified=True,
         frm=(CREDLY_ISSUER, 'admin@credly.com'), to=NAKAMURA,
         subject='バッジがアカウントに移動されました - Amazon Web Services Training and Certification',
         date=dt, provider='gmail', ip='167.89.101.8', rhost='o3.em.credly.com', mailfrom='em.credly.com',
         dkim_d='credly.com', msgid=credly_msgid(dt), body=tpart(text, cte='quoted-printable'), new_text=text)

# ---------------------------------------------------------------- batch 8: unrelated


@mail
def m053():
    opened = D(2025, 9, 8, 7, 44, 2)
    cid = cid15(opened, 52917)
    dt = D(2025, 9, 12, 13, 40, tz=CEST)
    fwd = ("Hello Marco,\n\nEverything from your older candidate profile is now on AWS64402187: the Developer - "
           "Associate certification, its exam record and the related transcript entries. The older profile has been "
           "retired, and your surname now reads Lindqvist on the profile you kept.\n\n"
           "Best regards,\nIngrid S.\nAmazon Web Services Training and Certification Customer Support")
    new = ("Hi Anna,\n\nFor the training register: my two AWS certification profiles have been combined, so please "
           "keep only AWS64402187 on file for me and drop the old one. Confirmation from AWS below.\n\n"
           "Thanks!\nMarco\n\n")
    body = new + ("________________________________\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
                  "Sent: Friday, September 12, 2025 12:03 PM\nTo: Marco Lindqvist <marco.lindqvist@northwind-advisory.se>\n"
                  "Subject: RE:[CASE %s] %s\n\n" % (cid, FORMSUBJ)) + fwd
    make(53, 'colleague-fw-for-training-register', kind='unrelated', lang='en', case_id=cid,
         accounts=['AWS64402187'], verified=False, frm=MARCO, to=('Anna Holm', 'anna.holm@northwind-advisory.se'),
         subject='FW: RE:[CASE %s] %s' % (cid, FORMSUBJ), date=dt, provider='o365', ip='40.107.22.91',
         rhost='mail-am6eur05on2091.outbound.protection.outlook.com', mailfrom='northwind-advisory.se',
         dkim_d='northwind-advisory.se',
         msgid='<AM9PR08MB7%d%s@AM9PR08MB7%d.eurprd08.prod.outlook.com>' % (random.randint(100, 999), rhex(6).upper(), random.randint(100, 999)),
         extra_headers=[('Thread-Topic', 'RE:[CASE %s] %s' % (cid, FORMSUBJ)), ('Thread-Index', 'AQHcI5' + b64s(30))],
         body=tpart(body), new_text=new)


@mail
def m054():
    dt = D(2025, 10, 18, 11, 2)
    text = ("中村 翔 さん\n\nCredly アカウントの統合リクエストを受け付けました。\n"
            "統合を完了するには、以下の確認コードを入力するか、「アカウントの統合を完了」ボタンをクリックしてください。\n\n"
            "確認コード: 604918\n\n"
            "アカウントの統合を完了: https://www.credly.com/users/merge/confirm?token=%s\n\n"
            "このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は24時間です。\n\n"
            "Credly サポート\n" % rhex(40))
    make(54, 'credly-own-merge-code', kind='unrelated', lang='ja', case_id=None, accounts=[], verified=True,
         frm=('Credly', 'no-reply@credly.com'), to=NAKAMURA, subject='Credly アカウント統合の確認コード',
         date=dt, provider='gmail', ip='167.89.101.8', rhost='o3.em.credly.com', mailfrom='em.credly.com',
         dkim_d='credly.com', msgid=credly_msgid(dt), body=tpart(text, cte='base64'), new_text=text)


@mail
def m055():
    cid = '7391054822'
    dt = D(2025, 11, 14, 20, 31)
    text = ("Hello,\n\nThank you for contacting Amazon Selling Partner Support.\n\n"
            "You asked us to merge the two detail pages for your \"Ankara Print Laptop Sleeve 15-inch\" (ASIN B0CX7Q2M4L "
            "and ASIN B0D1R8KTZ3) into a single variation family. Before we submit this to the catalog team, please "
            "confirm that B0CX7Q2M4L should remain as the parent. Please note that merged detail pages cannot be "
            "separated again, and reviews will be combined.\n\n"
            "Reply to this e-mail through Case Log in Seller Central to confirm.\n\n"
            "We hope this helps.\n\nRegards,\nVikram\nSelling Partner Support\n\n"
            "Was this e-mail helpful? https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s\n" % cid)
    make(55, 'seller-central-asin-merge', kind='unrelated', lang='en', case_id=cid, accounts=[], verified=True,
         frm=('Amazon Seller Central', 'seller-notification@amazon.com'), to=OKAFOR,
         subject='RE:[CASE %s] Merge duplicate listings' % cid, date=dt, provider='yahoo',
         body=tpart(text), new_text=text)


@mail
def m056():
    opened = D(2026, 1, 26, 0, 55, 18)
    cid = cid15(opened, 61407)
    text = ("小林 大輔 様\n\nAmazon Web Services をご利用いただきありがとうございます。AWS サポートの西村です。\n\n"
            "東京リージョン(ap-northeast-1)における Running On-Demand G and VT instances の vCPU 上限緩和"
            "(現在 0 → ご希望 32)のご依頼について、承認されたことをお知らせいたします。"
            "新しい上限値がコンソールに反映されるまで最大30分ほどかかる場合がございます。\n\n"
            "また、研究室の別アカウントとの一括請求(Organizations への統合)については、別途請求サポートのケースにてご相談ください。\n\n"
            "西村\nAmazon Web Services\n\n"
            "本ケースへのご返信: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n" % cid)
    make(56, 'ec2-vcpu-quota-approved', kind='unrelated', lang='ja', case_id=cid, accounts=[], verified=True,
         frm=CONSOLE, to=KOBAYASHI, subject='RE:[CASE %s] Service Quotas 上限緩和リクエスト: EC2 G インスタンス' % cid,
         date=D(2026, 1, 27, 2, 16), provider='sakura', body=tpart(text, cte='base64'), new_text=text)


@mail
def m057():
    dt = D(2026, 2, 24, 16, 9)
    text = ("Merged #42 into main.\n\n"
            "@sofia-marchetti: deduplication now normalises candidate IDs before comparing, so \"aws-44719025\" and "
            "\"AWS 44719025\" collapse into one entry. Added a fixture for the edge case you reported.\n\n"
            "-- \nReply to this email directly, view it on GitHub:\n"
            "https://github.com/lumen-analytics/cert-tracker/pull/42#event-16520394871\n"
            "You are receiving this because you authored the thread.\n\nMessage ID: <lumen-analytics/cert-tracker/pull/42/issue_event/16520394871@github.com>\n")
    make(57, 'github-pr-merged-dedupe-ids', kind='unrelated', lang='en', case_id=None, accounts=['AWS44719025'],
         verified=False, frm=('Jonas Berg', 'notifications@github.com'), to=SOFIA,
         subject='Re: [lumen-analytics/cert-tracker] Merge duplicate AWS candidate IDs in roster import (PR #42)',
         date=dt, provider='gmail', ip='192.30.252.201', rhost='out-18.smtp.github.com', mailfrom='github.com',
         dkim_d='github.com', msgid='<lumen-analytics/cert-tracker/pull/42/issue_event/16520394871@github.com>',
         in_reply_to='<lumen-analytics/cert-tracker/pull/42@github.com>',
         references='<lumen-analytics/cert-tracker/pull/42@github.com>',
         reply_to='lumen-analytics/cert-tracker <reply+AB3KQ7%s@reply.github.com>' % rhex(20).upper(),
         extra_headers=[('List-ID', 'lumen-analytics/cert-tracker <cert-tracker.lumen-analytics.github.com>'),
                        ('X-GitHub-Reason', 'author')],
         body=tpart(text, cte='7bit'), new_text=text)


@mail
def m058():
    dt = D(2025, 5, 20, 8, 15)
    text = ("高橋 優子 様\n\nピアソン VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。\n\n"
            "試験: AWS Certified Solutions Architect - Associate (SAA-C03)\n"
            "日時: 2025年7月12日(土) 10:00\n"
            "会場: ピアソン VUE 新宿テストセンター\n"
            "候補者 ID: AWS70235519\n"
            "登録番号: 482119305\n\n"
            "予約内容に誤りがないかご確認ください。日時の変更・キャンセルは試験開始の24時間前まで可能です。\n"
            "当日は有効な本人確認書類を2点ご持参ください。\n\n"
            "Pearson VUE\n")
    make(58, 'pearson-vue-booking-confirmation', kind='unrelated', lang='ja', case_id=None, accounts=['AWS70235519'],
         verified=False, frm=('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), to=TAKAHASHI,
         subject='試験予約の確認 - AWS Certified Solutions Architect - Associate', date=dt, provider='ocn',
         ip='159.182.12.41', rhost='mx-out3.pearson.com', mailfrom='pearson.com', dkim_d='pearson.com',
         msgid='<%s.JavaMail.vue@pearson.com>' % rhex(16), body=tpart(text, charset='Shift_JIS', codec='shift_jis', cte='8bit'),
         subj_charset='iso-2022-jp', name_charset='iso-2022-jp', new_text=text)


@mail
def m059():
    dt = D(2026, 3, 9, 14, 0)
    text = ("Hi Marco,\n\nYour AWS Certified Developer - Associate badge from Amazon Web Services Training and "
            "Certification will expire in 60 days, on May 8, 2026.\n\n"
            "To keep your badge active, complete the issuer's recertification requirements before that date.\n"
            "View recertification requirements: https://www.credly.com/badges/%s\n\n"
            "Credly, Inc. | 111 N. Canal St., Suite 1550, Chicago, IL 60606\n" % rhex(32))
    make(59, 'credly-badge-expires-60-days', kind='unrelated', lang='en', case_id=None, accounts=[], verified=True,
         frm=('Credly', 'admin@credly.com'), to=MARCO, subject='Your badge expires in 60 days', date=dt,
         provider='o365', ip='167.89.101.8', rhost='o3.em.credly.com', mailfrom='em.credly.com', dkim_d='credly.com',
         msgid=credly_msgid(dt), body=tpart(text), new_text=text)


@mail
def m060():
    opened = D(2025, 6, 2, 1, 5, 44)
    cid = cid15(opened, 70415)
    dt = D(2025, 6, 9, 18, 2, tz=JST)
    fwd = ("佐藤 健太 様\n\nお待たせいたしました。アカウントの統合が完了しました。\n"
           "今後は AWS46120938 にサインインいただくと、これまでの認定資格と受験履歴をすべてご確認いただけます。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n井上")
    new = ("会社の資格登録用に転送します。\n今後は AWS46120938 だけを使います(旧 AWS08835172 は使えなくなりました)。\n\n佐藤\n\n")
    body = new + ("-------- 転送メッセージ --------\n件名: \tRE:[CASE %s] %s\n日付: \t%s\n"
                  "差出人: \tAmazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n宛先: \t佐藤 健太 <kenta.sato@nifty.com>\n\n"
                  % (cid, FORMSUBJ, 'Mon, 9 Jun 2025 07:51:02 +0000')) + fwd
    trace = [('Received', 'from mail.nifty.com (mta-snd00.nifty.com [106.153.227.32])\n\tby mx01.fujimori-sys.co.jp (Postfix) '
              'with ESMTP id 4bGp2k3Hs1z2x;\n\t%s' % format_datetime(dt + timedelta(seconds=2)))]
    make(60, 'self-forward-to-work', kind='unrelated', lang='ja', case_id=cid,
         accounts=['AWS46120938', 'AWS08835172'], verified=None, frm=SATO,
         to=('佐藤 健太', 'k-sato@fujimori-sys.co.jp'), subject='Fwd: RE:[CASE %s] %s' % (cid, FORMSUBJ),
         date=dt, provider='none', extra_trace=trace, msgid='<%s@nifty.com>' % rhex(16),
         extra_headers=[('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0')],
         body=tpart(body, cte='base64'), new_text=new)

# ==== MAIN


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    save_labels()
    print('wrote', len(LABELS), 'mails')
