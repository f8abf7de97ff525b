#!/usr/bin/env python3
"""Generator for blind set 188: realistic mails around an AWS Certification
account merge.  Every add() call writes one .eml file and rewrites labels.json,
so the script can be extended part by part."""
import base64, hashlib, json, os, quopri, random, re, uuid
import datetime as dt
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email.utils import formataddr, format_datetime
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS_PATH = os.path.join(OUT, 'labels.json')
LABELS = {}
rnd = random.Random(188)
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
BST = dt.timezone(dt.timedelta(hours=1))


def T(s, tz=UTC):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def cid15(opened, tail):
    """15-digit display id: Unix time of opening + 5 digits."""
    return '%d%s' % (int(opened.timestamp()), tail)


def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def ses_id(when):
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, hexr(8), hexr(4), hexr(4), hexr(4), hexr(12))


def fold_b(value, indent='        ', width=72):
    out, line = [], ''
    for ch in value:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ''
    if line:
        out.append(line)
    return ('\n' + indent).join(out)


def rfc(d):
    return format_datetime(d)


def gdate(d):
    # Google style "Tue, 27 May 2025 16:03:12 -0700 (PDT)"
    z = d.strftime('%z')
    names = {'-0700': 'PDT', '-0800': 'PST', '+0000': 'UTC', '+0900': 'JST'}
    return rfc(d) + (' (%s)' % names.get(z, 'UTC') if z in names else '')


# ---------------------------------------------------------------- transport
SES_IPS = ['54.240.8.45', '54.240.8.30', '54.240.11.92', '54.240.4.13',
           '54.240.13.75', '23.251.226.3', '54.240.48.101']


def dkim_sig(d, s, when, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n\tbh=%s;\n\tb=%s' % (
                s, d, int(when.timestamp()), hdrs, b64r(32), fold_b(b64r(190), '\t', 70)))


def transport(style, when, rcpt, *, mailfrom, ip, helo, header_from, dkim=(('amazon.com', 'pass'),),
              spf='pass', dmarc='pass', dmarc_policy='QUARANTINE', forged_ar=None, jp_host='mta02.biglobe.ne.jp',
              dkim_sel=None):
    """Return list of (name, value) for the part of the header that the
    receiving side adds, topmost first, followed by the sender's DKIM sigs."""
    H = []
    arrive = when + dt.timedelta(seconds=rnd.randint(1, 9))
    sel = dkim_sel or {}
    dk_parts = []
    for d, res in dkim:
        s = sel.get(d, {'amazon.com': 'rte02', 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono',
                        'credly.com': 's1', 'email.credly.com': 's1'}.get(d, 'selector1'))
        dk_parts.append((d, s, res))
    if style == 'gmail':
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            hexr(4), hexr(3), hexr(4), hexr(4), hexr(5) + 'csp' + str(rnd.randint(100000, 999999)),
            gdate(arrive.astimezone(PDT)))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + b64r(40)[:62]))
        H.append(('X-Received', 'by 2002:a05:622a:%s:b0:%s:%s:%s with SMTP id d75a77b69052e-%s.%d.%s;\n        %s' % (
            hexr(3), hexr(3), hexr(4), hexr(4), hexr(9), rnd.randint(1, 9), hexr(10), gdate(arrive.astimezone(PDT)))))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(arrive.timestamp()), fold_b(b64r(180)))))
        arc_dk = ''.join('\n       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (r, d, s, b64r(6)[:8])
                         for d, s, r in dk_parts)
        H.append(('ARC-Authentication-Results', 'i=1; mx.google.com;%s\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s' % (
            arc_dk, spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom, dmarc, dmarc_policy, dmarc_policy, header_from)))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, hexr(12), rnd.randint(10, 99), hexr(4) + '.2025', rcpt, gdate(arrive.astimezone(PDT)))))
        H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)))
        ar_dk = ''.join('\n       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (r, d, s, b64r(6)[:8])
                        for d, s, r in dk_parts)
        H.append(('Authentication-Results', 'mx.google.com;%s\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s' % (
            ar_dk, spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom, dmarc, dmarc_policy, dmarc_policy, header_from)))
    elif style == 'outlook':
        host = rnd.choice(['SA1PR11MB', 'PH0PR19MB', 'DM6PR02MB', 'AM9P195MB', 'BL1PR12MB'])
        n = rnd.randint(1000, 9999)
        H.append(('Received', 'from %s%d.namprd%02d.prod.outlook.com (2603:10b6:806:%s::%d)\n by %s%d.namprd%02d.prod.outlook.com with HTTPS; %s' % (
            host, n, rnd.randint(1, 20), hexr(3), rnd.randint(5, 40), host, n + 7, rnd.randint(1, 20), rfc(arrive))))
        H.append(('Received', 'from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:%s::%d)\n by %s%d.namprd%02d.prod.outlook.com (2603:10b6:806:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s' % (
            rnd.randint(1, 9999), hexr(3), rnd.randint(10, 99), host, n, rnd.randint(1, 20), hexr(3), rnd.randint(5, 40),
            rnd.randint(10, 40), rfc(arrive))))
        dkp = ' '.join('dkim=%s (signature was verified) header.d=%s;' % (r, d) if r == 'pass' else
                       'dkim=%s (body hash did not verify) header.d=%s;' % (r, d) for d, s, r in dk_parts[:1]) or 'dkim=none (message not signed) header.d=none;'
        comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
        act = 'none' if dmarc == 'pass' else ('quarantine' if dmarc_policy == 'QUARANTINE' else 'none')
        H.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s\n dmarc=%s action=%s header.from=%s;compauth=%s' % (
            spf, ip, mailfrom.split('@')[-1], dkp, dmarc, act, header_from, comp)))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            spf.capitalize(), mailfrom.split('@')[-1], 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)))
        H.append(('Received', 'from %s (%s) by\n BN2PEPF000044A%d.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via\n Frontend Transport; %s' % (
            helo, ip, rnd.randint(1, 9), rnd.randint(2, 250), rnd.randint(10, 40), rfc(arrive))))
    elif style == 'jp':
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s' % (
            helo, helo, ip, jp_host, b64r(9)[:10].replace('/', 'x').replace('+', 'q'), rcpt,
            rfc(arrive.astimezone(JST)))))
        dkp = ' '.join('dkim=%s header.d=%s header.s=%s;' % (r, d, s) for d, s, r in dk_parts)
        H.append(('Authentication-Results', '%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s\n\tdmarc=%s (p=%s) header.from=%s' % (
            jp_host, spf, mailfrom, dkp, dmarc, dmarc_policy.lower(), header_from)))
    elif style == 'none':
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s [%s])\n\tby mail.example-archive.net with ESMTP id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, hexr(10), rcpt, rfc(arrive))))
    else:
        raise ValueError(style)
    if forged_ar:
        H.append(('Authentication-Results', forged_ar))
    for d, s, r in dk_parts:
        H.append(('DKIM-Signature', dkim_sig(d, s, when)))
    return H


def ses(style, when, rcpt, frm_domain='amazon.com', **kw):
    ip = rnd.choice(SES_IPS)
    mf = '0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com' % (
        int(when.timestamp() * 1000) - 3, hexr(8), hexr(4), hexr(4), hexr(4), hexr(12))
    helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    kw.setdefault('dkim', ((frm_domain, 'pass'), ('amazonses.com', 'pass')))
    return transport(style, when, rcpt, mailfrom=mf, ip=ip, helo=helo, header_from=frm_domain, **kw)


def credly_tr(style, when, rcpt, frm_domain='credly.com', **kw):
    ip = '149.72.%d.%d' % (rnd.randint(100, 250), rnd.randint(2, 250))
    mf = 'bounces+%d-%s-%s@em.credly.com' % (rnd.randint(1000000, 9999999), hexr(4), rcpt.replace('@', '='))
    helo = 'o%d.ptr%d.credly.com' % (rnd.randint(1, 9), rnd.randint(1000, 9999))
    kw.setdefault('dkim', ((frm_domain, 'pass'), ('sendgrid.info', 'pass')))
    return transport(style, when, rcpt, mailfrom=mf, ip=ip, helo=helo, header_from=frm_domain, **kw)


def other_tr(style, when, rcpt, mailfrom, ip, helo, header_from, **kw):
    kw.setdefault('dkim', ((header_from, 'pass'),))
    return transport(style, when, rcpt, mailfrom=mailfrom, ip=ip, helo=helo, header_from=header_from, **kw)


# ---------------------------------------------------------------- MIME body
def text_part(text, subtype='plain', charset='utf-8', cte='qp', label=None, codec=None):
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    raw = text.replace('\r\n', '\n').encode(codec or charset)
    if cte == 'qp':
        payload = quopri.encodestring(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte == '7bit':
        payload = raw.decode('ascii')
        p['Content-Transfer-Encoding'] = '7bit'
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
        p['Content-Transfer-Encoding'] = '8bit'
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alt(plain, html, charset='utf-8', cte='qp', hcte=None, label=None, codec=None):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (
        rnd.randint(100000, 999999), rnd.randint(100000000, 999999999), rnd.randint(10 ** 12, 10 ** 13)))
    for p in (text_part(plain, 'plain', charset, cte, label, codec),
              text_part(html, 'html', charset, hcte or cte, label, codec)):
        del p['MIME-Version']
        m.attach(p)
    return m


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def simple_html(text, font='Amazon Ember, Arial, sans-serif'):
    """Turn a plain body into a light HTML body (paragraphs, quotes)."""
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '<br>\n'.join(esc(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        elif all(l.lstrip().startswith(('- ', '* ', '\u2022 ')) for l in lines if l.strip()):
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % esc(l.lstrip()[2:]) for l in lines if l.strip()))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (font, '\n'.join(out)))


# ---------------------------------------------------------------- writing
def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)


def add(fname, label, *, hdrs, frm, to, subject, date, body, msgid=None, extra=(), subj_charset='utf-8',
        raw_subject=None, after=()):
    kind, case_id, accts, verified, lang = label
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    assert verified in (True, False, None)
    assert lang in ('en', 'ja')
    lines = []
    for n, v in hdrs:
        lines.append('%s: %s' % (n, v))
    top = [('From', frm), ('To', to)]
    top += list(extra)
    top.append(('Subject', raw_subject or enc_subject(subject, subj_charset)))
    top.append(('Date', rfc(date)))
    top.append(('Message-ID', msgid or ses_id(date)))
    top += list(after)
    for n, v in top:
        lines.append('%s: %s' % (n, v))
    head = '\n'.join(lines) + '\n'
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(body)
    data = head.encode('ascii') + bio.getvalue()
    data = data.replace(b'\r\n', b'\n')
    path = os.path.join(OUT, fname)
    with open(path, 'wb') as f:
        f.write(data)
    LABELS[fname] = {'kind': kind, 'case_id': case_id,
                     'account_ids': sorted(set(a.upper() for a in accts)),
                     'sender_verified': verified, 'language': lang}
    with open(LABELS_PATH, 'w') as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=1, ensure_ascii=False)
        f.write('\n')


AWSFORM = formataddr(('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'))
AWSNR = formataddr(('Amazon Web Services', 'no-reply-aws@amazon.com'))
SES_EXTRA = lambda d: [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30)[:43]),
                       ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), rnd.choice(SES_IPS)))]

# ============================================================== the mails
# ---- case threads -------------------------------------------------------
OPEN_A = T('2025-05-27 23:02:41'); CASE_A = cid15(OPEN_A, '00817')     # form, Gmail, Daniel Okoro
OPEN_B = T('2025-03-11 14:20:05'); CASE_B = cid15(OPEN_B, '40266')     # console, Outlook, Maja Lindqvist
CASE_C = '12984455061'                                                 # 2023, Gmail, Priya Raman
CASE_D = '6512349870'                                                  # 2019, archive, Rafael Castellanos
OPEN_E = T('2025-07-14 01:15:30'); CASE_E = cid15(OPEN_E, '03391')     # Japanese, biglobe, 佐藤
OPEN_F = T('2024-10-02 08:47:12'); CASE_F = cid15(OPEN_F, '55120')     # form, M365, Joseph Mwangi
OPEN_G = T('2025-09-18 16:05:55'); CASE_G = cid15(OPEN_G, '71204')     # form, Gmail, Anjali Deshmukh
OPEN_G2 = T('2025-09-25 09:41:17'); CASE_G2 = cid15(OPEN_G2, '08856')  # duplicate case of G
CASE_H = '10456218837'                                                 # 2022, Outlook, Kwame Asante
U_A = 'daniel.okoro.builds@gmail.com'
U_B = 'm.lindqvist@outlook.com'
U_C = 'priya.raman.dev@gmail.com'
U_D = 'r.castellanos@hotmail.com'
U_E = 't-sato@biglobe.ne.jp'
U_F = 'j.mwangi@northwind-data.co.uk'
U_G = 'anjali.deshmukh88@gmail.com'
U_H = 'kwame.asante@outlook.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ---- 001 form-desk acknowledgement, Gmail -------------------------------
d = OPEN_A + dt.timedelta(seconds=17)
plain = f"""Hello,

Your message to AWS Training and Certification reached us, and we have logged
it under the reference number below. Someone from the team will pick it up and
write back to you - in most cases within one business day.

Reference: {CASE_A}

What you sent us
----------------
Inquiry type: Certification
Detail: Account Merge
Name: Daniel Okoro
AWS candidate ID: AWS04418273
Message: I ended up with two certification profiles. The second one is
aws02991450 (work e-mail). I'd like everything on the work one please.

There is nothing you need to do right now. When we answer, you can respond
straight to that e-mail and it will land in the same request.

AWS Training and Certification
https://aws.amazon.com/training/

This message was sent from an address that is used for outgoing mail only.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add('001-form-desk-reference-number.eml', ('case_created', CASE_A, ['AWS04418273', 'AWS02991450'], True, 'en'),
    hdrs=ses('gmail', d, U_A), frm=AWSFORM, to=U_A,
    subject=f'[CASE {CASE_A}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 002 console case opened, Outlook ------------------------------------
d = OPEN_B + dt.timedelta(seconds=24)
plain = f"""Hi there,

Thanks for getting in touch with Amazon Web Services. A support case has been
logged for you and our Training and Certification specialists will look at it.

Case ID: {CASE_B}
Subject: Please combine my three certification profiles
Severity: General guidance
Correspondence: I passed SAA under three different e-mails over the years
(AWS07730215, AWS01188342, AWS05560913) and would like a single transcript.
Keep AWS05560913 please.

Follow this case or add details in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en

Replies sent to this address are not read. To add information, use the link above.

Amazon Web Services
"""
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Support case</title></head>
<body style="margin:0;background:#f2f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hi there,</p>
<p>Thanks for getting in touch with Amazon Web Services. A support case has been logged for you and our Training and Certification specialists will look at it.</p>
<table style="border:1px solid #d5dbdb;font-size:14px" cellpadding="6">
<tr><td><b>Case ID</b></td><td>{CASE_B}</td></tr>
<tr><td><b>Subject</b></td><td>Please combine my three certification profiles</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
<tr><td><b>Correspondence</b></td><td>I passed SAA under three different e-mails over the years (AWS07730215, AWS01188342, AWS05560913) and would like a single transcript. Keep AWS05560913 please.</td></tr>
</table>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&amp;language=en">Open the case in the Support Center</a></p>
<p style="color:#687078;font-size:12px">Replies sent to this address are not read. To add information, use the link above.</p>
<p>Amazon Web Services</p>
</td></tr></table></td></tr></table></body></html>
"""
add('002-console-case-logged.eml', ('case_created', CASE_B, ['AWS07730215', 'AWS01188342', 'AWS05560913'], True, 'en'),
    hdrs=ses('outlook', d, U_B), frm=AWSNR, to=U_B,
    subject=f'Amazon Web Services: You have opened a new Support case: {CASE_B}', date=d,
    body=alt(plain, html, cte='qp'), after=SES_EXTRA(d))

# ---- 003 Japanese acknowledgement, ISO-2022-JP, biglobe ----------------
d = OPEN_E + dt.timedelta(seconds=31)
plain = f"""佐藤 拓也 様

このたびは AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容にて、お問い合わせを承りました。

お問い合わせ番号：{CASE_E}
お問い合わせの種類：認定 ／ アカウントの統合
受験者 ID：AWS08812004

内容を確認のうえ、担当者より原則として 1 営業日以内にご連絡差し上げます。
なお、同じご用件で新たにお問い合わせをいただきますと、かえってご案内が
遅れる場合がございます。追加の情報がございましたら、担当者からのメールに
そのままご返信くださいますようお願い申し上げます。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
AWS トレーニングと認定
※本メールは送信専用アドレスから配信しております。
"""
add('003-ja-uketsuke.eml', ('case_created', CASE_E, ['AWS08812004'], True, 'ja'),
    hdrs=ses('jp', d, U_E), frm=addr('アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com', 'iso-2022-jp'),
    to=U_E, subject=f'[CASE {CASE_E}] お問い合わせを受け付けました（AWS トレーニングと認定）', subj_charset='iso-2022-jp',
    date=d, body=text_part(plain, 'plain', 'iso-2022-jp', '7bit'), after=SES_EXTRA(d))

# ---- 004 2019 acknowledgement, archived, no Authentication-Results ------
d = T('2019-08-06 19:22:40')
plain = f"""Greetings from AWS Training and Certification,

This note is simply to let you know your inquiry has arrived safely. It has been
given the number {CASE_D}; please keep that number handy if you need to write
to us again.

Candidate ID(s) supplied: AWS00412399

A member of our team will look at what you sent and respond within 24 hours.

Regards,
AWS Training and Certification
"""
add('004-2019-inquiry-arrived.eml', ('case_created', CASE_D, ['AWS00412399'], None, 'en'),
    hdrs=transport('none', d, U_D, mailfrom='0100016c6a1b2c3d-aa81-4c1e-9f02-77e0b3c4d5e6-000000@email.amazonses.com',
                   ip='54.240.8.30', helo='a8-30.smtp-out.amazonses.com', header_from='amazon.com',
                   dkim=(('amazon.com', 'pass'),)),
    frm=AWSFORM, to=U_D, subject=f'[CASE {CASE_D}] AWS Training and Certification Form Submission', date=d,
    body=text_part(plain, 'plain', 'us-ascii', '7bit'))

# ---- 005 HTML-only acknowledgement, base64, Gmail -----------------------
d = OPEN_G + dt.timedelta(seconds=12)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;color:#16191f;background:#fafafa">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:28px;border-top:4px solid #ff9900">
<h2 style="font-weight:400;margin-top:0">We have your request</h2>
<p>Hello Anjali,</p>
<p>Your note to the Training and Certification team is now in our queue as
<strong>Case #{CASE_G}</strong>. A specialist usually answers within a day.</p>
<p>If something changes in the meantime &mdash; for example you remember another e-mail
address you once used for an exam &mdash; reply to the message we send you rather than
filling in the form again. A second form creates a second request and slows both down.</p>
<p style="margin-top:28px">AWS Training and Certification</p>
<hr style="border:none;border-top:1px solid #eaeded">
<p style="font-size:11px;color:#687078">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</div></body></html>
"""
add('005-html-only-queue-notice.eml', ('case_created', CASE_G, [], True, 'en'),
    hdrs=ses('gmail', d, U_G), frm=AWSFORM, to=U_G,
    subject=f'[CASE {CASE_G}] {FORM_SUBJ}', date=d,
    body=text_part(html, 'html', 'utf-8', 'b64'), after=SES_EXTRA(d))

# ---- 006 phishing acknowledgement about the merge (look-alike domain) ---
d = T('2025-06-02 07:14:09')
plain = """Dear Candidate,

Your account consolidation request has been registered with AWS Certification
Services under case number 20457719932.

Our records show that the profile AWS04418273 is linked to an expired
identity check. To keep this request active, you must re-validate your
candidate profile within 48 hours, otherwise the request will be cancelled
and your certifications may be suspended:

    https://aws-certification-desk.com/candidate/verify?case=20457719932

Thank you,
AWS Certification Services Team
"""
add('006-lookalike-request-registered.eml', ('case_created', '20457719932', ['AWS04418273'], False, 'en'),
    hdrs=other_tr('gmail', d, U_A, mailfrom='bounce@mail.aws-certification-desk.com', ip='185.225.73.41',
                  helo='mail.aws-certification-desk.com', header_from='aws-certification-desk.com', dmarc_policy='NONE'),
    frm=formataddr(('AWS Certification Services', 'support@aws-certification-desk.com')), to=U_A,
    subject='Case 20457719932: account consolidation request received', date=d,
    msgid='<%s@aws-certification-desk.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, simple_html(plain, 'Verdana,sans-serif'), cte='b64'))

# ---- 007 second (duplicate) case acknowledged, different template -------
d = OPEN_G2 + dt.timedelta(seconds=20)
plain = f"""Hi there,

Thanks for writing in - your request now has its own case number:
{CASE_G2}

We try to reply within a day. A heads-up, though: if you have already written
to us about this same topic, there's no need to start another request. Simply
answer the e-mail thread you already have with us and it will reach the same
person.

- AWS Training and Certification

Please don't change the subject line when you reply; the case number in it is
how your message finds its way back to us.
"""
add('007-second-request-number.eml', ('case_created', CASE_G2, [], True, 'en'),
    hdrs=ses('gmail', d, U_G), frm=AWSFORM, to=U_G,
    subject=f'[CASE {CASE_G2}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- quoting helpers ------------------------------------------------------
def q(text, depth=1):
    pre = '>' * depth
    return '\n'.join((pre + ' ' + l) if l.strip() else pre for l in text.rstrip('\n').split('\n'))


def gmail_attr(when, name, email):
    h = when.strftime('%I').lstrip('0')
    return 'On %s, %s at %s:%s %s %s <%s> wrote:' % (
        when.strftime('%a'), when.strftime('%b %-d, %Y'), h, when.strftime('%M'), when.strftime('%p'), name, email)


def outlook_block(when, frm, to, subject, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (
        frm, when.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n' % subject


WEEKDAY_JA = '月火水木金土日'


def ja_attr(when, name, email):
    w = when.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (w.year, w.month, w.day, WEEKDAY_JA[w.weekday()], w.hour, w.minute, name, email)


# ---- 008 confirmation request, bullet-list agent (thread A) -----------
d = T('2025-05-28 17:40:12')
orig = f"""Inquiry type: Certification
Detail: Account Merge
Name: Daniel Okoro
AWS candidate ID: AWS04418273
Message: I ended up with two certification profiles. The second one is
aws02991450 (work e-mail). I'd like everything on the work one please."""
plain = f"""Hello Daniel,

Thanks for your patience. Here is what I have lined up for you:

\u2022 Profile that will be retired: AWS04418273 (daniel.okoro@hotmail.com)
\u2022 Profile that stays: AWS02991450 (d.okoro@lumenfield.io)
\u2022 Everything on the retired profile - certifications, exam history, unused benefits - moves across to the one that stays
\u2022 After it's done there is no way to split them apart again
\u2022 You'll sign in with d.okoro@lumenfield.io from then on

If every line above is right, just reply and tell me so. I won't touch either profile until I hear from you.

Rhiannon
AWS Training & Certification

---- Original Message ----
{orig}
"""
add('008-bullets-retired-and-kept-profile.eml', ('merge_confirmation_requested', CASE_A, ['AWS04418273', 'AWS02991450'], True, 'en'),
    hdrs=ses('gmail', d, U_A), frm=AWSFORM, to=U_A, subject=f'RE:[CASE {CASE_A}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 009 confirmation request, one long paragraph, non-native (B) ------
d = T('2025-03-12 09:05:44')
plain = f"""Hello Maja,

thank you for the informations you have sent, I have checked all three profiles and I can see that the profile AWS05560913 is the one which have your most recent certification (Solutions Architect - Professional) so as you requested this one will be kept and the profiles AWS07730215 and AWS01188342 will be combined into it, after this the two older profiles will be deactivated and you will not be able to sign in with them anymore, also this action is permanent so it is not possible to separate them again later, the exam history and the certifications from both will appear under AWS05560913 and your Credly badges should follow, kindly can you reply to this case and write that you agree with this so I can go ahead with the request.

Best regards,
Oleksandr P.
Amazon Web Services

To see the case history or add a reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&correspondence=3&rating=5
Please do not reply to this e-mail; replies to this address are not monitored.
"""
add('009-long-paragraph-three-profiles.eml', ('merge_confirmation_requested', CASE_B, ['AWS05560913', 'AWS07730215', 'AWS01188342'], True, 'en'),
    hdrs=ses('outlook', d, U_B), frm=AWSNR, to=U_B,
    subject=f'RE:[CASE {CASE_B}] Please combine my three certification profiles', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 010 confirmation request, questions first (C, 11 digits) ---------
d = T('2023-04-19 15:31:08')
prev = f"""Hi, I have two Certmetrics accounts (AWS03345120 from university and AWS06602874
from my job). Could you please merge them? I'd like to keep the job one.
Thanks, Priya"""
plain = f"""Hi Priya,

Two quick questions before I change anything:

1) Is AWS06602874 the profile you want to keep using going forward?
2) Are you OK with AWS03345120 being closed once its certifications have been copied over to it?

If the answer to both is yes, a one-word reply ("confirmed") is all I need and I'll take it from there. Worth knowing before you answer: this is a one-way operation, and the university address will no longer sign you in afterwards.

Cheers,
Tomasz
Training & Certification Support | Amazon Web Services

{gmail_attr(T('2023-04-18 21:12:00', PDT), 'Priya Raman', U_C)}
{q(prev)}
"""
add('010-questions-first-keep-which.eml', ('merge_confirmation_requested', CASE_C, ['AWS06602874', 'AWS03345120'], True, 'en'),
    hdrs=ses('gmail', d, U_C), frm=AWSFORM, to=U_C, subject=f'RE: [CASE {CASE_C}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 011 confirmation request, signature-heavy agent (F, M365) --------
d = T('2024-10-03 13:22:57')
plain = f"""Dear Joseph,

We're ready to bring your two certification profiles together. For your records, this is how it would look:

  Moving from:  AWS-09120466  (joseph.mwangi@gmail.com)
  Moving into:  aws 05017733  (j.mwangi@northwind-data.co.uk)  <- this one survives

Your certifications, exam appointments history and any outstanding exam benefits on the first profile would be transferred to the second, and the first would then be closed. This is permanent.

Could you reply to this message with your approval? Nothing will be changed before that.

Kind regards,

Fernanda Ribeiro
Customer Service Associate II
AWS Training and Certification | Amazon Web Services
Hours: Monday - Friday, 08:00 - 17:00 (GMT-3)
aws.amazon.com/training | aws.amazon.com/certification
---------------------------------------------------------------------
"Work hard. Have fun. Make history."
---------------------------------------------------------------------
Amazon Web Services, Inc. and its affiliates. This message and any attachments are
intended only for the named recipient and may contain confidential information.
If you received it by mistake, please notify the sender and delete it.
"""
add('011-signature-heavy-approval.eml', ('merge_confirmation_requested', CASE_F, ['AWS09120466', 'AWS05017733'], True, 'en'),
    hdrs=ses('outlook', d, U_F), frm=AWSFORM, to=U_F, subject=f'RE:[CASE {CASE_F}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain, 'Calibri,sans-serif'), cte='b64'), after=SES_EXTRA(d))

# ---- 012 confirmation request, apologetic agent, 8 days late (H) -----
d = T('2022-06-21 18:02:33')
plain = f"""Hello Kwame,

First of all, I'm really sorry it has taken more than a week for anyone to get back to you. Our queue was much longer than usual and that is no excuse for leaving you waiting - apologies again.

I've now gone through both profiles. So that I don't get anything wrong, here is what I am proposing:

AWS 07104482 would be absorbed into AWS 03377015. Your Cloud Practitioner and Developer Associate certifications would then sit together on AWS 03377015, and AWS 07104482 would stop working as a login.

I'm sorry to ask for one more step, but I do need you to reply and say you're happy with this before I make the change, because it cannot be reversed.

Thanks so much for bearing with us,
Grace
AWS Training and Certification
"""
add('012-apologetic-absorbed-into.eml', ('merge_confirmation_requested', CASE_H, ['AWS07104482', 'AWS03377015'], True, 'en'),
    hdrs=ses('outlook', d, U_H), frm=AWSFORM, to=U_H, subject=f'RE:[CASE {CASE_H}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 013 Japanese confirmation request, Shift_JIS base64 (E) -----------
d = T('2025-07-15 02:48:10')
plain = f"""佐藤 拓也 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の山口でございます。

お問い合わせいただきました受験者アカウントの統合につきまして、
下記の内容で手続きを進めさせていただく予定でございます。

　統合元（手続き後に閉鎖）：AWS02240577
　統合先（引き続きご利用）：AWS08812004

統合元のアカウントで取得された認定資格および受験履歴は、すべて統合先へ移行されます。
なお、一度統合いたしますと元に戻すことはできませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、恐れ入りますが本メールにご返信いただき、
ご承認の旨をお知らせくださいますようお願い申し上げます。
ご返信を確認いたしましたら、速やかに手続きを開始いたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス
アマゾン ウェブ サービス ジャパン合同会社
"""
add('013-ja-tougou-shounin-onegai.eml', ('merge_confirmation_requested', CASE_E, ['AWS02240577', 'AWS08812004'], True, 'ja'),
    hdrs=ses('jp', d, U_E, jp_host='mta05.biglobe.ne.jp'),
    frm=addr('アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com', 'shift_jis'), to=U_E,
    subject=f'RE:[CASE {CASE_E}] お問い合わせを受け付けました（AWS トレーニングと認定）', subj_charset='shift_jis',
    date=d, body=text_part(plain, 'plain', 'shift_jis', 'b64'), after=SES_EXTRA(d))

# ---- 014 confirmation with quoted user mail holding an extra id (G) ----
d = T('2025-09-19 20:14:39')
user_msg = """Hello,

Thanks. My accounts are AWS07004519 (anjali.d@outlook.com, old) and AWS03898120
(this gmail). There is also AWS01555208 in my name on the Credly page but that
one belongs to my colleague Anjali Deshpande, please don't include it.

Regards,
Anjali"""
plain = f"""Hi Anjali,

Got it, and thanks for flagging the third profile - I've left AWS01555208 completely out of this.

Here's the plan, step by step:

1. AWS07004519 (anjali.d@outlook.com) gets folded into AWS03898120 (this Gmail address).
2. AWS03898120 remains your only active profile; the Outlook one is switched off.
3. Your exam history and certifications show up together on the remaining profile.

Please reply "yes, go ahead" (or tell me what needs changing). Once the work is finished we'll send you a short note, and Credly usually catches up within a couple of days after that.

Nikhil
AWS Training and Certification

{gmail_attr(T('2025-09-19 08:03:00', PDT), 'Anjali Deshmukh', U_G)}
{q(user_msg)}
"""
add('014-numbered-plan-ignore-colleague.eml', ('merge_confirmation_requested', CASE_G, ['AWS01555208', 'AWS07004519', 'AWS03898120'], True, 'en'),
    hdrs=ses('gmail', d, U_G), frm=AWSFORM, to=U_G, subject=f'RE:[CASE {CASE_G}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 015 phishing confirmation request, look-alike domain -------------
d = T('2025-05-29 04:51:20')
plain = f"""Hello Daniel,

We are ready to merge your AWS Certification accounts:

   AWS04418273  -->  AWS02991450 (primary)

To prevent unauthorised changes, confirmation must be given through our secure
portal. Please sign in with your AWS Certification password and approve the
merge within 24 hours:

   https://amazon-trainingcert.com/merge/approve?ref=CASE-174839911200318

If no approval is received the request will be closed and both accounts locked.

Amazon Web Services
Training and Certification
"""
add('015-lookalike-approve-portal.eml', ('merge_confirmation_requested', '174839911200318', ['AWS04418273', 'AWS02991450'], False, 'en'),
    hdrs=other_tr('gmail', d, U_A, mailfrom='noreply@amazon-trainingcert.com', ip='91.215.152.18',
                  helo='vps-2281.amazon-trainingcert.com', header_from='amazon-trainingcert.com', dmarc_policy='NONE'),
    frm=formataddr(('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon-trainingcert.com')), to=U_A,
    subject='RE:[CASE 174839911200318] Account Merge - approval required', date=d,
    msgid='<%s.%d@amazon-trainingcert.com>' % (hexr(24), rnd.randint(1000, 9999)),
    body=alt(plain, simple_html(plain), cte='qp'))

# ---- 016 phishing confirmation, amazon.com spoof, dmarc=fail on top -----
d = T('2024-10-04 02:10:03')
forged = 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
plain = f"""Dear customer,

Your request to combine AWS Certification profiles AWS09120466 and AWS05017733
is waiting for your confirmation. Kindly download the attached form, fill in
your login details for both profiles and send it back to this e-mail, so our
team can proceed with the merger.

Case ID: 172786083255120

Regards
AWS Certification Team
"""
add('016-spoofed-amazon-dmarc-fail.eml', ('merge_confirmation_requested', '172786083255120', ['AWS09120466', 'AWS05017733'], False, 'en'),
    hdrs=other_tr('outlook', d, U_F, mailfrom='info@mx-relay77.top', ip='45.137.21.9', helo='mx-relay77.top',
                  header_from='amazon.com', dkim=(), spf='fail', dmarc='fail', forged_ar=forged),
    frm=formataddr(('AWS Certification', 'aws-cs-trainingcertification-form@amazon.com')), to=U_F,
    subject='Confirmation needed: [CASE 172786083255120] certification profiles', date=d,
    msgid='<20241004021003.%s@mx-relay77.top>' % hexr(10),
    body=text_part(plain, 'plain', 'utf-8', '7bit'))

OPEN_I = T('2025-11-03 10:12:09'); CASE_I = cid15(OPEN_I, '00452')     # console, Gmail, Lucas Ferreira
U_I = 'lucas.ferreira.sre@gmail.com'

# ---- 017 completion, terse agent (A) -----------------------------------
d = T('2025-05-29 21:10:05')
prev_user = """The details are correct. Please proceed.

Daniel"""
plain = f"""Hi Daniel - all done.

AWS04418273 now lives inside AWS02991450. Sign in with d.okoro@lumenfield.io from here on; the hotmail login is gone.

Marcus
AWS T&C

{gmail_attr(T('2025-05-28 19:02:00', PDT), 'Daniel Okoro', U_A)}
{q(prev_user)}
>
{gmail_attr(T('2025-05-28 10:40:00', PDT), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')}
> > Hello Daniel,
> > Profile that will be retired: AWS04418273 / Profile that stays: AWS02991450.
> > If every line above is right, just reply and tell me so.
"""
add('017-terse-all-done.eml', ('merge_completed', CASE_A, ['AWS04418273', 'AWS02991450'], True, 'en'),
    hdrs=ses('gmail', d, U_A), frm=AWSFORM, to=U_A, subject=f'RE:[CASE {CASE_A}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 018 completion, sections with headings (B, console) ---------------
d = T('2025-03-13 16:47:30')
plain = f"""Hello Maja,

WHAT CHANGED
Your three certification records are now a single record. AWS05560913 holds the full history; the other two numbers no longer exist as separate profiles.

WHAT TO CHECK
- Sign in to the certification portal with the e-mail address tied to AWS05560913 and open "Certifications" - all three SAA attempts and both active certifications should be listed.
- Under "Benefits", the 50% discount voucher from your most recent pass is still there.
- Credly can take up to 72 hours to reflect the change.

IF SOMETHING LOOKS OFF
Reply through the Support Center within the next few days and mention this case number.

Best regards,
Hyun-woo
Amazon Web Services

To see the case history or add a reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en
Please do not reply to this e-mail; replies to this address are not monitored.
"""
add('018-what-changed-what-to-check.eml', ('merge_completed', CASE_B, ['AWS05560913'], True, 'en'),
    hdrs=ses('outlook', d, U_B), frm=AWSNR, to=U_B,
    subject=f'RE:[CASE {CASE_B}] Please combine my three certification profiles', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 019 Japanese completion, ISO-2022-JP (E) ---------------------------
d = T('2025-07-16 05:30:02')
uq = """山口様

ご連絡ありがとうございます。
記載の内容で相違ございません。手続きをお願いいたします。

佐藤"""
plain = f"""佐藤 拓也 様

お世話になっております。AWS トレーニングと認定の中村でございます。

ご承認をいただきました受験者アカウントの統合につきまして、本日作業が
完了いたしましたのでご報告申し上げます。

今後は AWS08812004 にてサインインいただけます。これまでに取得された
認定資格および受験履歴は、すべてこちらのアカウントでご確認いただけます。

Credly のバッジへの反映には数日ほどお時間をいただく場合がございます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

引き続きよろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサービス

{ja_attr(T('2025-07-15 23:12:00'), '佐藤 拓也', U_E)}
{q(uq)}
"""
add('019-ja-tougou-kanryou.eml', ('merge_completed', CASE_E, ['AWS08812004'], True, 'ja'),
    hdrs=ses('jp', d, U_E, jp_host='mta03.biglobe.ne.jp'),
    frm=addr('アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com', 'iso-2022-jp'), to=U_E,
    subject=f'RE:[CASE {CASE_E}] お問い合わせを受け付けました（AWS トレーニングと認定）', subj_charset='iso-2022-jp',
    date=d, body=text_part(plain, 'plain', 'iso-2022-jp', '7bit'), after=SES_EXTRA(d))

# ---- 020 completion, questions-first agent (H) ---------------------------
d = T('2022-06-23 14:15:48')
plain = f"""Hi Kwame,

Have you tried signing in yet today? If you have, you'll probably already have noticed that there's only one profile left - that's expected. Your Cloud Practitioner and Developer Associate now both show under AWS 03377015, and the older login no longer works.

Do you still have an unused exam voucher from the old profile? If so, it travelled across too; you'll see it under Benefits.

Anything missing, just write back.

Dmitri
AWS Training and Certification

-----Original Message-----
From: Kwame Asante <{U_H}>
Sent: Tuesday, June 21, 2022 9:40 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {CASE_H}] {FORM_SUBJ}

Hi Grace, no problem at all. Yes, AWS 07104482 into AWS 03377015 is right. Please go ahead.
Kwame
"""
add('020-questions-first-only-one-left.eml', ('merge_completed', CASE_H, ['AWS03377015'], True, 'en'),
    hdrs=ses('outlook', d, U_H), frm=AWSFORM, to=U_H, subject=f'RE:[CASE {CASE_H}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 021 completion that also closes the case (C) -----------------------
d = T('2023-04-21 10:02:19')
plain = f"""Hi Priya,

Your two profiles are now one: AWS06602874 holds both your university-era certifications and the newer ones. Since that wraps up everything you asked for, I'm marking this case as resolved. You might get a short feedback form from us in the next day or so - entirely optional.

All the best with the Security Specialty!

Leilani
Amazon Web Services | Training and Certification
"""
add('021-resolved-because-now-one.eml', ('merge_completed', CASE_C, ['AWS06602874'], True, 'en'),
    hdrs=ses('gmail', d, U_C), frm=AWSFORM, to=U_C, subject=f'RE: [CASE {CASE_C}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 022 completion, enthusiastic agent, wrong charset label (F) --------
d = T('2024-10-04 19:33:51')
plain = f"""Hello Joseph!

Great news \u2014 it\u2019s finished! Your older profile has been rolled into aws-05017733, so everything now sits under your Northwind address. You\u2019ll see the Data Engineer Associate and the Cloud Practitioner side by side.

One small tip: clear your browser\u2019s cookies before signing in again, otherwise the portal sometimes keeps the old session.

Have a wonderful week!
Chidi
AWS Training and Certification \u2022 Amazon Web Services
"""
p = text_part(plain, 'plain', 'utf-8', '8bit', label='iso-8859-1')
add('022-wrong-charset-rolled-into.eml', ('merge_completed', CASE_F, ['AWS05017733'], True, 'en'),
    hdrs=ses('outlook', d, U_F), frm=AWSFORM, to=U_F, subject=f'RE:[CASE {CASE_F}] {FORM_SUBJ}', date=d,
    body=p, after=SES_EXTRA(d))

# ---- 023 console "new correspondence" notice carrying the completion (I)
d = T('2025-11-05 13:26:40')
plain = f"""Hello,

A new message has been added to your AWS Support case {CASE_I}.

---------- Correspondence ----------
Hello Lucas,

The two training and certification profiles have been consolidated. The record we kept is AWS02048856; AWS06177092 has been retired and its certification (Solutions Architect - Associate) now appears under the kept record.

Best regards,
Ifeoma
Amazon Web Services
------------------------------------

To view the full case or respond, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_I}&language=en

This e-mail address cannot receive replies.
"""
add('023-new-correspondence-consolidated.eml', ('merge_completed', CASE_I, ['AWS02048856', 'AWS06177092'], True, 'en'),
    hdrs=ses('gmail', d, U_I), frm=AWSNR, to=U_I,
    subject=f'[Case {CASE_I}] New correspondence added', date=d,
    body=alt(plain, simple_html(plain), cte='b64'), after=SES_EXTRA(d))

# ---- 024 phishing "merge finished" with voucher lure -------------------
d = T('2025-05-30 06:03:44')
html = """<html><body style="font-family:Arial,sans-serif">
<table width="560" align="center" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px;font-size:18px">aws training and certification</td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Hello,</p>
<p>Your certification accounts have been successfully merged. All certifications are now on <b>AWS02991450</b>.</p>
<p>Because the merge moved your exam benefits, your 50% exam voucher must be re-activated within 72 hours or it will be lost.</p>
<p style="text-align:center"><a href="https://aws-training-notices.com/benefits/reactivate" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Re-activate voucher</a></p>
<p>AWS Training and Certification</p></td></tr></table></body></html>
"""
add('024-lookalike-merged-voucher-lure.eml', ('merge_completed', None, ['AWS02991450'], False, 'en'),
    hdrs=other_tr('gmail', d, U_A, mailfrom='bounce-3321@aws-training-notices.com', ip='194.87.31.202',
                  helo='mail.aws-training-notices.com', header_from='aws-training-notices.com', dmarc_policy='NONE'),
    frm=formataddr(('AWS Training and Certification', 'no-reply@aws-training-notices.com')), to=U_A,
    subject='Your AWS Certification accounts were merged - action required', date=d,
    msgid='<%s@aws-training-notices.com>' % hexr(20),
    body=text_part(html, 'html', 'utf-8', 'qp'))

# ---- 025 closure + yes/no survey, form desk (A) --------------------------
d = T('2025-05-29 21:10:41')
plain = f"""Hello,

We've marked your request {CASE_A} as resolved.

Did we get it right?
  Yes, sorted:        https://amazonwebservices.qualtrics.com/jfe/form/SV_6Kx1TnC?case={CASE_A}&r=1
  No, still stuck:    https://amazonwebservices.qualtrics.com/jfe/form/SV_6Kx1TnC?case={CASE_A}&r=0

It takes less than a minute, and the person who helped you reads every answer.

AWS Training and Certification
"""
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p><p>We've marked your request <b>{CASE_A}</b> as resolved.</p>
<p style="font-size:16px"><b>Did we get it right?</b></p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_6Kx1TnC?case={CASE_A}&amp;r=1" style="background:#1d8102;color:#fff;padding:8px 16px;text-decoration:none">Yes, sorted</a>
&nbsp; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_6Kx1TnC?case={CASE_A}&amp;r=0" style="background:#d13212;color:#fff;padding:8px 16px;text-decoration:none">No, still stuck</a></p>
<p>It takes less than a minute, and the person who helped you reads every answer.</p>
<p>AWS Training and Certification</p></body></html>
"""
add('025-did-we-get-it-right.eml', ('survey', CASE_A, [], True, 'en'),
    hdrs=ses('gmail', d, U_A), frm=AWSFORM, to=U_A, subject=f'[CASE {CASE_A}] How did we do?', date=d,
    body=alt(plain, html, cte='qp'), after=SES_EXTRA(d))

# ---- 026 console case resolved + rating, HTML only (B) -------------------
d = T('2025-03-14 08:00:12')
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="background:#232f3e;padding:14px 24px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="64" alt="Amazon Web Services"></div>
<div style="padding:24px;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Support case <b>{CASE_B}</b> has been set to <b>Resolved</b>. If you still need help with it, you can reopen it from the Support Center within 14 days.</p>
<p>How would you rate the help you received?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;score=1">1</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;score=2">2</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;score=3">3</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;score=4">4</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;score=5">5</a></p>
<p style="font-size:12px;color:#687078">1 = not at all satisfied, 5 = extremely satisfied</p>
<p>Thank you for using Amazon Web Services.</p>
</div></div></body></html>
"""
add('026-html-case-set-resolved-rate.eml', ('survey', CASE_B, [], True, 'en'),
    hdrs=ses('outlook', d, U_B), frm=AWSNR, to=U_B,
    subject=f'Amazon Web Services Support: case {CASE_B} resolved - tell us how we did', date=d,
    body=text_part(html, 'html', 'utf-8', 'qp'), after=SES_EXTRA(d))

# ---- 027 Japanese survey, UTF-8 base64 (E) ------------------------------
d = T('2025-07-16 05:31:10')
plain = f"""佐藤 拓也 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございました。
お問い合わせ（{CASE_E}）は解決済みとしてクローズいたしました。

今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。
所要時間は 1 分ほどでございます。

　問題は解決しましたか？
　　はい　： https://amazonwebservices.qualtrics.com/jfe/form/SV_jp01?case={CASE_E}&a=yes
　　いいえ： https://amazonwebservices.qualtrics.com/jfe/form/SV_jp01?case={CASE_E}&a=no

いただいたご意見は、担当者の対応品質の改善に活用させていただきます。

AWS トレーニングと認定
"""
add('027-ja-enquete.eml', ('survey', CASE_E, [], True, 'ja'),
    hdrs=ses('jp', d, U_E, jp_host='mta01.biglobe.ne.jp'),
    frm=addr('アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com'), to=U_E,
    subject=f'[CASE {CASE_E}] アンケートご協力のお願い', date=d,
    body=text_part(plain, 'plain', 'utf-8', 'b64'), after=SES_EXTRA(d))

# ---- 028 closed for no response, 2019, no Authentication-Results (D) ----
d = T('2019-08-14 18:00:03')
plain = f"""Hello,

We wrote to you about case {CASE_D} a few days ago but have not heard back,
so we have closed it for now. Nothing is lost: if you still need help, reply
to this e-mail within 14 days and the case will reopen where it left off.

We would value a moment of your time to tell us how we did:
https://aws.qualtrics.com/jfe/form/SV_b8TC2019?CaseNumber={CASE_D}

AWS Training and Certification
"""
add('028-2019-closed-no-reply-feedback.eml', ('survey', CASE_D, [], None, 'en'),
    hdrs=transport('none', d, U_D, mailfrom='0100016c9a7e5d21-0b44-4a2f-8c1d-3e9f12ab7c55-000000@email.amazonses.com',
                   ip='54.240.8.45', helo='a8-45.smtp-out.amazonses.com', header_from='amazon.com',
                   dkim=(('amazon.com', 'pass'),)),
    frm=AWSFORM, to=U_D, subject=f'[CASE {CASE_D}] Your case has been closed', date=d,
    body=text_part(plain, 'plain', 'us-ascii', '7bit'))

# ---- 029 rate-the-agent, star links, QP (F) ------------------------------
d = T('2024-10-05 09:12:00')
plain = f"""Hi Joseph,

Chidi helped you with case {CASE_F} this week, and the case is now closed.
Would you give us 30 seconds? Pick the number of stars that fits:

*      https://aws.amazon.com/certification/feedback/?c={CASE_F}&s=1
**     https://aws.amazon.com/certification/feedback/?c={CASE_F}&s=2
***    https://aws.amazon.com/certification/feedback/?c={CASE_F}&s=3
****   https://aws.amazon.com/certification/feedback/?c={CASE_F}&s=4
*****  https://aws.amazon.com/certification/feedback/?c={CASE_F}&s=5

Thanks,
AWS Training and Certification

You're receiving this one-time message because you contacted AWS Training and Certification.
"""
add('029-stars-for-chidi.eml', ('survey', CASE_F, [], True, 'en'),
    hdrs=ses('outlook', d, U_F), frm=AWSFORM, to=U_F, subject=f'[CASE {CASE_F}] 30 seconds of your time?', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 030 phishing survey with gift-card lure, about the merge case ------
d = T('2025-05-31 12:44:00')
plain = f"""Dear AWS Certified professional,

Thank you for contacting AWS Certification about your account merge
(case {CASE_A}). Your case is now closed.

Share your feedback in our 3-question survey and receive a $50 Amazon.com
gift card as a thank-you. Offer valid for 24 hours.

Start the survey: https://aws-feedback-rewards.com/s/{CASE_A}

AWS Customer Experience
"""
add('030-lookalike-survey-giftcard.eml', ('survey', CASE_A, [], False, 'en'),
    hdrs=other_tr('gmail', d, U_A, mailfrom='survey@aws-feedback-rewards.com', ip='103.224.182.250',
                  helo='smtp.aws-feedback-rewards.com', header_from='aws-feedback-rewards.com', dkim=(),
                  spf='softfail', dmarc='fail', dmarc_policy='NONE'),
    frm=formataddr(('AWS Customer Experience', 'survey@aws-feedback-rewards.com')), to=U_A,
    subject=f'Your opinion matters - case {CASE_A}', date=d,
    msgid='<%s@aws-feedback-rewards.com>' % hexr(18),
    body=alt(plain, simple_html(plain), cte='b64'))

# ---- 031 closure notice + survey, 11-digit case, folded subject (H) ----
d = T('2022-06-24 16:00:30')
plain = f"""Dear Kwame Asante,

Case {CASE_H} is closed.

Was your issue resolved?    YES  https://aws.amazon.com/survey?case={CASE_H}&resolved=yes
                            NO   https://aws.amazon.com/survey?case={CASE_H}&resolved=no

How satisfied were you with Dmitri?  Rate your agent: https://aws.amazon.com/survey?case={CASE_H}&agent=1

Your feedback helps us get better.

AWS Training and Certification
Amazon Web Services, Inc. | 410 Terry Avenue North | Seattle, WA 98109
"""
add('031-case-closed-yes-no-rate-agent.eml', ('survey', CASE_H, [], True, 'en'),
    hdrs=ses('outlook', d, U_H), frm=AWSFORM, to=U_H,
    subject=f'[CASE {CASE_H}] Case closed \u2013 was your issue resolved? \u2013 AWS Training and Certification feedback request',
    date=d, body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

def credly_html(title, lines, button, url, footer_email):
    ps = ''.join('<p style="margin:0 0 14px">%s</p>' % l for l in lines)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#333">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="560" style="background:#fff;border-radius:4px">
<tr><td style="padding:24px 32px 0"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:16px 32px"><h1 style="font-size:22px;font-weight:600">{title}</h1>{ps}
<p style="text-align:center;margin:28px 0"><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee">This e-mail was sent to {footer_email}.<br>
Credly, Inc. | 200 E Randolph St, Suite 5100 | Chicago, IL 60601<br>
<a href="https://www.credly.com/notification_preferences" style="color:#888">Manage e-mail preferences</a></td></tr>
</table></td></tr></table></body></html>
"""

CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly'

# ---- 032 Credly: new badge after the merge (A) --------------------------
d = T('2025-05-31 02:18:33')
lines = ['Hi Daniel,', 'Amazon Web Services Training and Certification has recognised your achievement with a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.',
         'Claim it to show it off on LinkedIn, in your e-mail signature or on your r&eacute;sum&eacute;.']
url = 'https://www.credly.com/badges/4f7b2c1e-93a0-4c6d-b1d8-0e57a2f9c3b4/accept'
plain = f"""Hi Daniel,

Amazon Web Services Training and Certification has recognised your achievement
with a badge: AWS Certified Solutions Architect - Associate.

Claim it to show it off on LinkedIn, in your e-mail signature or on your resume:
{url}

This e-mail was sent to {U_A}.
Credly, Inc. | 200 E Randolph St, Suite 5100 | Chicago, IL 60601
"""
add('032-credly-claim-saa-badge.eml', ('credly_badge_issued', None, [], True, 'en'),
    hdrs=credly_tr('gmail', d, U_A), frm=formataddr((CREDLY_AWS, 'admin@credly.com')), to=U_A,
    subject='Daniel, claim your AWS Certified Solutions Architect - Associate badge', date=d,
    msgid='<%s@credly.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, credly_html('Your badge is waiting', lines, 'Accept your badge', url, U_A), cte='qp'))

# ---- 033 Acclaim-era badge mail, 2020, Outlook ---------------------------
d = T('2020-02-11 20:40:07')
plain = f"""Congratulations, Kwame!

You have been awarded the AWS Certified Cloud Practitioner badge by Amazon Web
Services Training and Certification. Your badge is ready - click below to accept
it and start sharing it with your network.

Accept badge: https://www.youracclaim.com/badges/0a1b2c3d-4e5f-6789-abcd-ef0123456789/accept

Acclaim, powered by Credly
"""
add('033-acclaim-2020-awarded.eml', ('credly_badge_issued', None, [], True, 'en'),
    hdrs=transport('outlook', d, U_H, mailfrom='bounces+2291840-ab12-kwame.asante=outlook.com@em.youracclaim.com',
                   ip='167.89.101.33', helo='o33.ptr2291.youracclaim.com', header_from='youracclaim.com',
                   dkim=(('youracclaim.com', 'pass'),)),
    frm=formataddr(('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com')), to=U_H,
    subject='Congratulations, you have earned a badge from Amazon Web Services Training and Certification', date=d,
    msgid='<%s@youracclaim.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, simple_html(plain, 'Helvetica,Arial,sans-serif'), cte='qp'))

# ---- 034 Credly: badges moved to the surviving account (B) -------------
d = T('2025-03-15 11:05:27')
lines = ['Hi Maja,', 'Following a change to your AWS certification record, the badges listed below were re-issued to this Credly account:',
         '&bull; AWS Certified Solutions Architect &ndash; Professional<br>&bull; AWS Certified Solutions Architect &ndash; Associate<br>&bull; AWS Certified Cloud Practitioner',
         'They need your go-ahead before they appear publicly on your profile.']
url = 'https://www.credly.com/earner/earned?accept=bulk&src=email'
plain = """Hi Maja,

Following a change to your AWS certification record, the badges listed below
were re-issued to this Credly account:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

They need your go-ahead before they appear publicly on your profile:
https://www.credly.com/earner/earned?accept=bulk&src=email
"""
add('034-credly-badges-reissued-after-change.eml', ('credly_badge_issued', None, [], True, 'en'),
    hdrs=credly_tr('outlook', d, U_B), frm=formataddr(('Credly', 'admin@credly.com')), to=U_B,
    subject='3 badges have been added to your Credly account', date=d,
    msgid='<%s@credly.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, credly_html('Your badges moved with you', lines, 'Review and accept', url, U_B), cte='b64'))

# ---- 035 Credly: still waiting to be accepted (C) ------------------------
d = T('2023-05-02 14:00:00')
plain = f"""Hi Priya,

Just a nudge - the AWS Certified Developer - Associate badge that Amazon Web
Services Training and Certification sent you on April 24 hasn't been accepted
yet. It only takes a click:

https://www.credly.com/badges/b6d1e0f2-7a41-4c33-9e8d-1f2a3b4c5d6e/accept

Once accepted you can share it, add it to LinkedIn and verify it for employers.

The Credly Team
"""
add('035-credly-nudge-not-accepted-yet.eml', ('credly_badge_issued', None, [], True, 'en'),
    hdrs=credly_tr('gmail', d, U_C), frm=formataddr((CREDLY_AWS, 'admin@credly.com')), to=U_C,
    subject='Reminder: your AWS Certified Developer - Associate badge is waiting', date=d,
    msgid='<%s@credly.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, simple_html(plain, 'Helvetica,Arial,sans-serif'), cte='qp'))

# ---- 036 phishing Credly badge, look-alike domain, dmarc fail ----------
d = T('2025-09-22 03:33:10')
plain = """Hello,

Your certification accounts were merged and your AWS badges have been issued
to your new profile. To accept them you must confirm your identity by signing
in with your AWS Certification credentials:

https://credly-badge-center.net/aws/accept?uid=88213

Credly Support
"""
add('036-lookalike-credly-accept-signin.eml', ('credly_badge_issued', None, [], False, 'en'),
    hdrs=other_tr('gmail', d, U_G, mailfrom='notify@credly-badge-center.net', ip='5.188.206.14',
                  helo='credly-badge-center.net', header_from='credly-badge-center.net', dkim=(('credly-badge-center.net', 'neutral'),),
                  spf='pass', dmarc='fail', dmarc_policy='REJECT'),
    frm=formataddr(('Credly', 'admin@credly-badge-center.net')), to=U_G,
    subject='Your AWS badges are ready to accept', date=d,
    msgid='<%s@credly-badge-center.net>' % hexr(22),
    body=alt(plain, simple_html(plain), cte='b64'))

# ---- 037 Credly badge for a Japanese user, biglobe AR -------------------
d = T('2025-07-18 09:50:41')
lines = ['Hello Takuya,', 'Amazon Web Services Training and Certification just issued you the <b>AWS Certified Data Engineer &ndash; Associate</b> badge.',
         'Accept it to add it to your Credly profile and share it.']
url = 'https://www.credly.com/badges/6c0e9a4d-2b17-4f8e-a3c5-9d7b1e2f4a60/accept'
plain = f"""Hello Takuya,

Amazon Web Services Training and Certification just issued you the AWS
Certified Data Engineer - Associate badge.

Accept it to add it to your Credly profile and share it:
{url}
"""
add('037-credly-data-engineer-for-sato.eml', ('credly_badge_issued', None, [], True, 'en'),
    hdrs=credly_tr('jp', d, U_E, jp_host='mta04.biglobe.ne.jp'), frm=formataddr((CREDLY_AWS, 'admin@credly.com')), to=U_E,
    subject='You earned a new badge from Amazon Web Services Training and Certification', date=d,
    msgid='<%s@credly.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, credly_html('New badge issued', lines, 'Accept badge', url, U_E), cte='qp'))

OPEN_J = T('2025-08-20 00:30:00'); CASE_J = cid15(OPEN_J, '19938')     # Japanese, nifty, 高橋
U_J = 'm-takahashi@nifty.com'

# ---- 038 duplicate case, agent continues on the first one (G2) ---------
d = T('2025-09-25 17:20:15')
plain = f"""Hi Anjali,

Apologies for any confusion on our side. I can see this new request is about the same two profiles that my colleague Nikhil is already handling under case {CASE_G}. To keep everything in one place I'll close this one without action, and Nikhil will carry on in the original thread.

He is still waiting on your reply to his message of 19 September - if you answer that e-mail, things will move again straight away.

Sorry again for the extra e-mail,
Beatriz
AWS Training and Certification
"""
add('038-duplicate-continue-original.eml', ('support_reply', CASE_G2, [], True, 'en'),
    hdrs=ses('gmail', d, U_G), frm=AWSFORM, to=U_G, subject=f'RE:[CASE {CASE_G2}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 039 which profile to keep? bullet list (B) -------------------------
d = T('2025-03-11 22:04:51')
plain = f"""Hello Maja,

Thanks for the details. I found three profiles in your name:

- AWS07730215 - created 2019, last exam 2020 (Cloud Practitioner)
- AWS01188342 - created 2021, last exam 2022 (SAA-C02)
- AWS05560913 - created 2023, last exam 2025 (SAP-C02)

You mentioned AWS05560913, but that profile uses an e-mail address at a former employer according to our records. Would you still like that one to be the profile that remains, or would you rather we kept one of the others? Please also tell us which e-mail address you want to sign in with in future.

Best regards,
Ayesha
Amazon Web Services

To see the case history or add a reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en
Please do not reply to this e-mail; replies to this address are not monitored.
"""
add('039-three-profiles-which-remains.eml', ('support_reply', CASE_B, ['AWS07730215', 'AWS01188342', 'AWS05560913'], True, 'en'),
    hdrs=ses('outlook', d, U_B), frm=AWSNR, to=U_B,
    subject=f'RE:[CASE {CASE_B}] Please combine my three certification profiles', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 040 asking for login e-mails, questions first (I, console) ------
d = T('2025-11-04 08:41:22')
plain = f"""Hello Lucas,

Which e-mail address do you use to sign in to AWS06177092? And the one for AWS02048856 - is it the same Gmail address this case was opened from?

I ask because the two profiles don't share any contact details, and I have to be sure both belong to you before anything is combined. If you also have a separate address for notifications on either profile, please include it.

When I have that, I'll write back with a summary for you to approve, and once the work is finished you'll hear from us again.

Best regards,
Pedro
Amazon Web Services

To see the case history or add a reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_I}&language=en
"""
add('040-which-signin-address-each.eml', ('support_reply', CASE_I, ['AWS06177092', 'AWS02048856'], True, 'en'),
    hdrs=ses('gmail', d, U_I), frm=AWSNR, to=U_I, subject=f'RE:[CASE {CASE_I}] Merge of two training accounts', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 041 thanks for confirming, will proceed (A) ------------------------
d = T('2025-05-28 20:15:09')
plain = f"""Hi Daniel,

Lovely, thank you for getting back so quickly! I've passed your go-ahead to the team that makes the change on our side. You don't need to do anything else; we'll write again as soon as it has gone through, usually within a day or two.

Warmly,
Sunita
AWS Training and Certification

{gmail_attr(T('2025-05-28 12:02:00', PDT), 'Daniel Okoro', U_A)}
> The details are correct. Please proceed.
>
> Daniel
>
{gmail_attr(T('2025-05-28 10:40:00', PDT), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')}
> > Hello Daniel,
> >
> > \u2022 Profile that will be retired: AWS04418273 (daniel.okoro@hotmail.com)
> > \u2022 Profile that stays: AWS02991450 (d.okoro@lumenfield.io)
> >
> > If every line above is right, just reply and tell me so.
"""
add('041-thanks-passed-on-go-ahead.eml', ('support_reply', CASE_A, [], True, 'en'),
    hdrs=ses('gmail', d, U_A), frm=AWSFORM, to=U_A, subject=f'RE:[CASE {CASE_A}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 042 status update, one long paragraph (F) ---------------------------
d = T('2024-10-04 10:05:37')
plain = f"""Dear Joseph, I just wanted to let you know where things stand, because I know it can be frustrating to wait without news: your approval came through yesterday evening and I forwarded it the same hour to the colleagues who look after the certification records, they have it in their queue and in my experience these requests are normally handled within one to two working days, although it can occasionally take a little longer if the profiles hold many exam records, and I will keep an eye on it and write to you the moment I hear that it has been carried out, so in the meantime there is really nothing further you need to do on your side and I would kindly ask you not to submit another request through the form because that would only create a second case and could slow things down.

With best regards,
Wojciech
AWS Training and Certification
"""
add('042-long-paragraph-in-queue.eml', ('support_reply', CASE_F, [], True, 'en'),
    hdrs=ses('outlook', d, U_F), frm=AWSFORM, to=U_F, subject=f'RE:[CASE {CASE_F}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain, 'Calibri,sans-serif'), cte='qp'), after=SES_EXTRA(d))

# ---- 043 chaser, no ids restated (G) -------------------------------------
d = T('2025-09-23 15:02:44')
plain = f"""Hi Anjali,

Just checking in - I wrote to you on Friday and haven't heard back yet. We're ready on our side; all we need is a quick reply to that earlier e-mail saying whether the plan works for you.

If we don't hear anything within the next five days this request will close automatically, but you can always pick it up again by replying.

Thanks!
Emeka
AWS Training and Certification
"""
add('043-chaser-still-need-your-word.eml', ('support_reply', CASE_G, [], True, 'en'),
    hdrs=ses('gmail', d, U_G), frm=AWSFORM, to=U_G, subject=f'RE:[CASE {CASE_G}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 044 console notice without the correspondence (I) ---------------
d = T('2025-11-04 08:41:40')
plain = f"""Hello,

There is a new reply on your AWS Support case {CASE_I}. For security reasons
the text is only shown in the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_I}&language=en

Amazon Web Services

This e-mail address cannot receive replies.
"""
add('044-new-reply-see-console.eml', ('support_reply', CASE_I, [], True, 'en'),
    hdrs=ses('gmail', d, U_I), frm=AWSNR, to=U_I, subject=f'[Case {CASE_I}] New correspondence added', date=d,
    body=text_part(plain, 'plain', 'utf-8', 'qp'), after=SES_EXTRA(d))

# ---- 045 Japanese agent asks for registered e-mail addresses (J) --------
d = T('2025-08-21 01:47:05')
uq = """いつもお世話になっております。
受験者アカウントが2つあるため、1つにまとめていただきたく、ご連絡いたしました。
残したいアカウントは AWS09931274 です。
高橋"""
plain = f"""高橋 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
担当の小林と申します。

ご依頼の件につきまして、ご本人様確認のため、恐れ入りますが
以下の点をお知らせいただけますでしょうか。

・AWS09931274 にご登録のサインイン用メールアドレス
・もう一方のアカウントにご登録のメールアドレス（受験者 ID がお分かりでしたら併せて）
・通知用に別のメールアドレスをご登録の場合は、そのアドレス

お手数をおかけいたしますが、本メールへご返信いただけますと幸いです。
確認が取れ次第、次のご案内をお送りいたします。

何卒よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサービス

{ja_attr(T('2025-08-20 00:29:00'), '高橋 美咲', U_J)}
{q(uq)}
"""
add('045-ja-mail-address-kakunin.eml', ('support_reply', CASE_J, ['AWS09931274'], True, 'ja'),
    hdrs=ses('jp', d, U_J, jp_host='mta-snd01.mail.nifty.com'),
    frm=addr('アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com', 'iso-2022-jp'), to=U_J,
    subject=f'RE:[CASE {CASE_J}] アカウント統合のご依頼について', subj_charset='iso-2022-jp',
    date=d, body=text_part(plain, 'plain', 'iso-2022-jp', '7bit'), after=SES_EXTRA(d))

# ---- 046 thanks for confirming + unrelated question about an exam (C) ---
d = T('2023-04-20 09:18:40')
plain = f"""Hi Priya,

Thanks for the quick "confirmed" - noted.

Quick question before I run it, and it's not about the profiles themselves: do you have an exam booked in the next 48 hours? If an appointment is pending we have to wait until it's over, otherwise the score report can end up on the wrong record.

If nothing is booked, just say "no exam" and I'll carry on.

Rosa M.
Amazon Web Services | Training & Certification

{gmail_attr(T('2023-04-19 19:55:00', PDT), 'Priya Raman', U_C)}
> confirmed
>
{gmail_attr(T('2023-04-19 08:31:00', PDT), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')}
> > 1) Is AWS06602874 the profile you want to keep using going forward?
> > 2) Are you OK with AWS03345120 being closed once its certifications have been copied over to it?
"""
add('046-noted-but-exam-booked.eml', ('support_reply', CASE_C, [], True, 'en'),
    hdrs=ses('gmail', d, U_C), frm=AWSFORM, to=U_C, subject=f'RE: [CASE {CASE_C}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain)), after=SES_EXTRA(d))

# ---- 047 post-merge: Credly badges did not move (H) ---------------------
d = T('2022-06-28 12:40:19')
plain = f"""Hello Kwame,

I'm sorry the badges didn't follow - that's on us, not you. Credly keeps its own accounts, so when two certification profiles are combined the badges sometimes stay behind on the Credly account that belonged to the old e-mail address.

I've raised a request with our Credly contacts to bring the Cloud Practitioner badge over to the Credly account linked to AWS 03377015. They normally act on it within 3-5 business days, and Credly will e-mail you when the badge is ready to accept.

Again, apologies for the extra step, and thank you for letting us know.

Yusuf
AWS Training and Certification

-----Original Message-----
From: Kwame Asante <{U_H}>
Sent: Monday, June 27, 2022 8:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {CASE_H}] {FORM_SUBJ}

Hi Dmitri, the merge looks good, thank you. But on Credly I still only see the Developer badge, the CCP badge is still on my old Credly (the one for AWS 07104482).
"""
add('047-sorry-badges-stayed-behind.eml', ('support_reply', CASE_H, ['AWS03377015'], True, 'en'),
    hdrs=ses('outlook', d, U_H), frm=AWSFORM, to=U_H, subject=f'RE:[CASE {CASE_H}] {FORM_SUBJ}', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 048 phishing support reply asking for password, spoofed, dmarc fail
d = T('2025-11-04 19:22:03')
plain = f"""Hello Lucas,

To complete the verification step for your merge request, please reply to this
e-mail with:

  - the password of AWS06177092
  - the password of AWS02048856
  - the 6-digit code we just sent to your phone

Without this information we cannot continue with case {CASE_I}.

Best regards,
Pedro
Amazon Web Services
"""
add('048-spoof-asks-passwords.eml', ('support_reply', CASE_I, ['AWS06177092', 'AWS02048856'], False, 'en'),
    hdrs=other_tr('gmail', d, U_I, mailfrom='support@aws-casemail.info', ip='141.98.10.77', helo='aws-casemail.info',
                  header_from='amazon.com', dkim=(('aws-casemail.info', 'pass'),), spf='pass', dmarc='fail'),
    frm=formataddr(('Amazon Web Services', 'no-reply-aws@amazon.com')), to=U_I,
    extra=[('Reply-To', 'aws-case-verification@aws-casemail.info')],
    subject=f'RE:[CASE {CASE_I}] Merge of two training accounts', date=d,
    msgid='<%s@aws-casemail.info>' % hexr(20),
    body=text_part(plain, 'plain', 'utf-8', 'qp'))

OPEN_K = T('2025-04-02 07:55:10'); CASE_K = cid15(OPEN_K, '31077')     # billing case, Maja
OPEN_L = T('2025-10-14 12:31:48'); CASE_L = cid15(OPEN_L, '62519')     # quota case, Lucas

# ---- 049 other AWS case opened: billing (unrelated) ----------------------
d = OPEN_K + dt.timedelta(seconds=19)
plain = f"""Hello,

We've opened a support case for your AWS account 4417-9020-3318 and a billing
specialist will respond.

Case ID: {CASE_K}
Subject: Duplicate charge on March invoice
Severity: General guidance
Correspondence: Two invoices for the same Business Support period appeared
after I consolidated billing into our organization's management account.

View or update the case:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CASE_K}&language=en

Replies to this e-mail are not monitored.

Amazon Web Services
"""
add('049-billing-case-opened-consolidated.eml', ('unrelated', CASE_K, [], True, 'en'),
    hdrs=ses('outlook', d, U_B), frm=AWSNR, to=U_B,
    subject=f'Amazon Web Services: You have opened a new Support case: {CASE_K}', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 050 quota case agent reply (unrelated) -----------------------------
d = T('2025-10-15 09:02:13')
plain = f"""Hello Lucas,

Thank you for your patience. I'm happy to confirm that your request to raise
"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in
eu-west-1 from 64 to 256 vCPUs has been approved and is now in effect.

Could you confirm whether you also need the same limit in eu-central-1? If so,
reply in the Support Center and I will raise it as part of this same case.

Best regards,
Ngozi
Amazon Web Services

To see the case history or add a reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_L}&language=en
Was this response helpful? https://console.aws.amazon.com/support/feedback?displayId={CASE_L}&correspondence=1
"""
add('050-quota-increase-approved.eml', ('unrelated', CASE_L, [], True, 'en'),
    hdrs=ses('gmail', d, U_I), frm=AWSNR, to=U_I,
    subject=f'RE:[CASE {CASE_L}] Limit Increase: EC2 Instances', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 051 Seller Central case about merging ASIN pages (unrelated) ------
d = T('2025-06-10 16:27:55')
plain = """Hello,

We have reviewed your request and merged the duplicate detail pages you reported.
The surviving ASIN is B0CX4K2LMN; offers from B0CX4K9QRT now appear on it.

Please allow up to 24 hours for the change to show on the marketplace.

Was this e-mail helpful? Rate it in Seller Central > Case Log.

Thank you for selling on Amazon,
Ruta K.
Amazon Selling Partner Support
"""
add('051-seller-central-asin-pages-merged.eml', ('unrelated', '5912047736', [], True, 'en'),
    hdrs=ses('gmail', d, U_A), frm=formataddr(('Amazon Selling Partner Support', 'seller-notification@amazon.com')), to=U_A,
    subject='RE:[CASE 5912047736] Duplicate detail pages - please merge', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 052 CertMetrics feedback request (unrelated, not AWS domain) -------
d = T('2025-06-03 14:00:00')
plain = """AWS Certification wants to hear from you

Hello Daniel,

Candidate ID: AWS02991450

You recently used the AWS Certification Account. Please take five minutes to
tell us about your experience with scheduling, benefits and your transcript:

https://www.certmetrics.com/amazon/survey/default.aspx?sid=7731

Thank you,
AWS Certification

This is an automated message - do not reply.
"""
add('052-certmetrics-wants-to-hear.eml', ('unrelated', None, ['AWS02991450'], False, 'en'),
    hdrs=other_tr('gmail', d, U_A, mailfrom='do-not-reply@certmetrics.com', ip='20.98.146.19', helo='mail.certmetrics.com',
                  header_from='certmetrics.com', dmarc_policy='NONE'),
    frm=formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), to=U_A,
    subject='AWS Certification wants to hear from you', date=d,
    msgid='<%s@certmetrics.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, simple_html(plain, 'Segoe UI,Arial,sans-serif'), cte='qp'))

# ---- 053 Pearson VUE appointment confirmation (unrelated) ---------------
d = T('2025-10-01 18:35:27')
plain = """Dear Anjali Deshmukh,

Thank you for scheduling your exam with Pearson VUE. Here are your appointment details.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID: AWS03898120
Registration ID: 491027733
Appointment: Tuesday, October 21, 2025 at 10:00 AM India Standard Time
Delivery: OnVUE online proctored

Please check in 30 minutes before your appointment and have a valid ID ready.
To reschedule or cancel, go to https://home.pearsonvue.com/aws at least 24 hours
before your appointment.

Pearson VUE
"""
add('053-pearson-vue-appointment.eml', ('unrelated', None, ['AWS03898120'], False, 'en'),
    hdrs=other_tr('gmail', d, U_G, mailfrom='bounce@pearsonvue.com', ip='148.105.8.49', helo='mail8-49.pearsonvue.com',
                  header_from='pearsonvue.com', dmarc_policy='REJECT'),
    frm=formataddr(('Pearson VUE', 'noreply@pearsonvue.com')), to=U_G,
    subject='Pearson VUE Confirmation of Booking, Anjali Deshmukh', date=d,
    msgid='<%s@pearsonvue.com>' % hexr(26),
    body=alt(plain, simple_html(plain), cte='b64'))

# ---- 054 AWS Builder ID code (unrelated) -------------------------------
d = T('2025-11-03 10:05:40')
plain = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 731904

This code expires 10 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this e-mail.

Amazon Web Services
"""
add('054-builder-id-code.eml', ('unrelated', None, [], True, 'en'),
    hdrs=ses('gmail', d, U_I, frm_domain='signin.aws', dkim=(('signin.aws', 'pass'), ('amazonses.com', 'pass'))),
    frm=formataddr(('AWS', 'no-reply@signin.aws')), to=U_I,
    subject='Verify your AWS Builder ID email address', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))

# ---- 055 GitHub pull request merged (unrelated) --------------------------
d = T('2025-05-30 09:14:02')
plain = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumenfield/infra-accounts/pull/212#event-17823410022
You are receiving this because you authored the thread.

Message ID: <lumenfield/infra-accounts/pull/212/issue_event/17823410022@github.com>
"""
add('055-github-merged-account-consolidation.eml', ('unrelated', None, [], False, 'en'),
    hdrs=other_tr('gmail', d, U_A, mailfrom='noreply@github.com', ip='192.30.252.207', helo='out-24.smtp.github.com',
                  header_from='github.com', dmarc_policy='REJECT'),
    frm=formataddr(('Sam Whitfield', 'notifications@github.com')), to=formataddr(('lumenfield/infra-accounts', 'infra-accounts@noreply.github.com')),
    extra=[('Cc', 'Daniel Okoro <%s>, Author <author@noreply.github.com>' % U_A),
           ('In-Reply-To', '<lumenfield/infra-accounts/pull/212@github.com>'),
           ('References', '<lumenfield/infra-accounts/pull/212@github.com>')],
    subject='Re: [lumenfield/infra-accounts] Consolidate AWS accounts into the new Organization (PR #212)', date=d,
    msgid='<lumenfield/infra-accounts/pull/212/issue_event/17823410022@github.com>',
    body=alt(plain, simple_html(plain, '-apple-system,Segoe UI,Helvetica,Arial,sans-serif'), cte='7bit'))

# ---- 056 Credly self-service account merge code (unrelated) -------------
d = T('2025-03-16 08:21:12')
lines = ['Hi Maja,', 'Someone (hopefully you) asked to merge another Credly account into this one. Enter this code to continue:',
         '<span style="font-size:26px;letter-spacing:4px"><b>482913</b></span>',
         'The code is valid for 30 minutes. If you did not request this, you can ignore this message.']
url = 'https://www.credly.com/account/merge/complete?token=3f9a0c'
plain = """Hi Maja,

Someone (hopefully you) asked to merge another Credly account into this one.
Enter this code to continue:

    482913

Or use the link: Complete Account Merge
https://www.credly.com/account/merge/complete?token=3f9a0c

The code is valid for 30 minutes. If you did not request this, you can ignore
this message.
"""
add('056-credly-own-merge-code.eml', ('unrelated', None, [], True, 'en'),
    hdrs=credly_tr('outlook', d, U_B), frm=formataddr(('Credly', 'admin@credly.com')), to=U_B,
    subject='Your Credly account merge code', date=d,
    msgid='<%s@credly.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, credly_html('Complete your account merge', lines, 'Complete Account Merge', url, U_B), cte='qp'))

# ---- 057 Credly badge expiry reminder (unrelated) -------------------------
d = T('2025-08-01 15:00:00')
plain = """Hi Kwame,

Your AWS Certified Developer - Associate badge from Amazon Web Services
Training and Certification will expire on October 30, 2025.

To keep it active, recertify before that date. Once you pass, a new badge will
be sent to you automatically.

Recertification options: https://aws.amazon.com/certification/recertification/

The Credly Team
"""
add('057-credly-expires-soon.eml', ('unrelated', None, [], True, 'en'),
    hdrs=credly_tr('outlook', d, U_H), frm=formataddr((CREDLY_AWS, 'admin@credly.com')), to=U_H,
    subject='Your badge expires in 90 days', date=d,
    msgid='<%s@credly.com>' % uuid.UUID(int=rnd.getrandbits(128)),
    body=alt(plain, simple_html(plain, 'Helvetica,Arial,sans-serif'), cte='qp'))

# ---- 058 AWS Training newsletter (unrelated) -----------------------------
d = T('2025-06-12 16:30:00')
html = """<html><body style="font-family:Arial,sans-serif;background:#f2f3f3">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="font-size:22px;color:#232f3e">Your June update from AWS Training and Certification</h1>
<p>&bull; <b>New:</b> AWS Certified AI Practitioner prep plan on AWS Skill Builder.</p>
<p>&bull; <b>Tip:</b> Keep one certification account. If you ever took exams under several e-mail addresses,
the Help page explains how to get them combined.</p>
<p>&bull; <b>Event:</b> Exam Prep webinar, June 26.</p>
<p><a href="https://aws.amazon.com/training/">Explore training</a></p>
<p style="font-size:11px;color:#687078">You are receiving this e-mail because you subscribed to AWS Training and Certification updates.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>
</td></tr></table></body></html>
"""
add('058-training-newsletter-june.eml', ('unrelated', None, [], True, 'en'),
    hdrs=ses('gmail', d, U_C, frm_domain='amazon.com'),
    frm=formataddr(('AWS Training and Certification', 'aws-training-and-certification@amazon.com')), to=U_C,
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % hexr(16))],
    subject='Your June update from AWS Training and Certification', date=d,
    body=text_part(html, 'html', 'utf-8', 'qp'), after=SES_EXTRA(d))

# ---- 059 phishing not about the merge: suspended account (unrelated) ----
d = T('2025-07-02 23:48:19')
plain = """Dear AWS customer,

We were unable to process the payment for your AWS account. Your services
will be suspended within 24 hours unless you update your billing information:

https://aws-billing-alerts.co/console/billing/update

Amazon Web Services Billing
"""
add('059-phish-billing-suspension.eml', ('unrelated', None, [], False, 'en'),
    hdrs=other_tr('jp', d, U_J, mailfrom='billing@aws-billing-alerts.co', ip='45.95.169.33', helo='aws-billing-alerts.co',
                  header_from='amazon.com', dkim=(), spf='softfail', dmarc='fail', jp_host='mta-snd02.mail.nifty.com'),
    frm=formataddr(('Amazon Web Services', 'billing@amazon.com')), to=U_J,
    subject='Action required: AWS account suspension notice', date=d,
    msgid='<%s@aws-billing-alerts.co>' % hexr(20),
    body=text_part(plain, 'plain', 'utf-8', 'b64'))

# ---- 060 survey for the billing case (unrelated) -------------------------
d = T('2025-04-04 10:00:41')
plain = f"""Hello,

Support case {CASE_K} (Duplicate charge on March invoice) has been resolved.

Was your issue resolved?  Yes / No
https://console.aws.amazon.com/support/feedback?displayId={CASE_K}

How would you rate the billing specialist who helped you? 1-5 stars at the
same link.

Thank you for using Amazon Web Services.
"""
add('060-billing-case-resolved-rate.eml', ('unrelated', CASE_K, [], True, 'en'),
    hdrs=ses('outlook', d, U_B), frm=AWSNR, to=U_B,
    subject=f'Amazon Web Services Support: case {CASE_K} resolved - tell us how we did', date=d,
    body=alt(plain, simple_html(plain), cte='qp'), after=SES_EXTRA(d))
