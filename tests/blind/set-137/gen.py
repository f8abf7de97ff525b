#!/usr/bin/env python3
"""Generator for blind set 137: AWS Certification account-merge mail (paraphrase round)."""
import base64
import hashlib
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from email.policy import compat32
from zoneinfo import ZoneInfo
LA = ZoneInfo('America/Los_Angeles')

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(137)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
LABELS = {}


# ----------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(RND.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RND.choice(alpha) for _ in range(n))


def ralnum(n):
    alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(RND.choice(alpha) for _ in range(n))


def case15(dt, tail):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%s' % (int(dt.timestamp()), tail)


def rfc(dt):
    return format_datetime(dt)


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def leaf(body, subtype='plain', charset='utf-8', cte='quoted-printable',
         codec=None, label=None):
    """A text/* leaf. codec = how bytes are made; label = charset written in
    the header (differs from codec for a deliberately wrong label)."""
    codec = codec or charset
    label = label or charset
    raw = body.encode(codec)
    part = MIMENonMultipart('text', subtype, charset=label)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:
        raise ValueError(cte)
    part['Content-Transfer-Encoding'] = cte
    part.set_payload(payload)
    return part


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def jhdr(s, charset='utf-8'):
    return Header(s, charset)


def jaddr(name, addr, charset='utf-8'):
    return Header(name, charset).encode() + ' <%s>' % addr


def dkim_sig(d, sel, dt, hdrs='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID'):
    h = hdrs.split(':')
    lines = []
    cur = 'h='
    for i, x in enumerate(h):
        piece = x + (':' if i < len(h) - 1 else ';')
        if len(cur) + len(piece) > 60:
            lines.append(cur)
            cur = ''
        cur += piece
    lines.append(cur)
    b = rb64(343) + '='
    bl = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t%s\n\tbh=%s=;\n\tb=%s' % (
        sel, d, int(dt.timestamp()), '\n\t'.join(lines), rb64(43), '\n\t'.join(bl)))


SES_SEL = 'rjt5l2nkp4c5bmz3u4r6dvvs2kpqwa3l'
SES_SEL2 = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_hosts():
    ip_last = RND.randint(10, 250)
    oct3 = RND.choice([27, 8, 48, 13])
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (oct3, ip_last, RND.choice(['us-west-2', 'us-east-1', 'ap-northeast-1']))
    return host, '54.240.%d.%d' % (oct3, ip_last)


def trace(provider, to, dt, mailfrom, from_domain, dkim_d=None, ip=None,
          helo=None, dmarc='pass', spf='pass', dkim='pass', policy='QUARANTINE',
          forged_lower=None):
    """Return a list of (name, value) trace headers, topmost first."""
    dkim_d = dkim_d or from_domain
    if helo is None or ip is None:
        h, i = ses_hosts()
        helo = helo or h
        ip = ip or i
    arrive = dt + timedelta(seconds=RND.randint(2, 40))
    out = []
    if provider == 'gmail':
        out.append(('Delivered-To', to))
        out.append(('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(4), ralnum(10).lower(), rfc(arrive.astimezone(LA)))))
        out.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(58)))
        out.append(('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%sa.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(4), ralnum(14).lower(), rhex(8), RND.randint(1, 9), int(arrive.timestamp()) % 100000 + 1000000000000,
            rfc(arrive.astimezone(LA)))))
        out.append(('Return-Path', '<%s>' % mailfrom))
        out.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, ralnum(20).lower(), RND.randint(100, 999), RND.randint(2025, 2026), to,
            rfc(arrive.astimezone(LA)))))
        out.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)))
        dk = 'dkim=%s header.i=@%s header.s=%s header.b=%s;\n       ' % (dkim, dkim_d, 'selector1' if dkim_d not in ('amazon.com', 'amazonses.com') else SES_SEL[:10], rb64(8))
        if dkim is None:
            dk = ''
        out.append(('Authentication-Results', 'mx.google.com;\n       %sspf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dk, spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom,
            dmarc, policy, policy, 'NONE' if dmarc == 'pass' else ('QUARANTINE' if policy != 'NONE' else 'NONE'), from_domain)))
    elif provider == 'o365':
        dom = to.split('@')[1]
        tenant = dom.replace('.', '-')
        out.append(('Received', 'from %s (2603:1096:%s::%s) by\n %s (2603:1096:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            'TY%sPR01MB%d.jpnprd01.prod.outlook.com' % (RND.choice('ACW'), RND.randint(1000, 9999)) if dom.endswith('.jp') else 'AM%dPR0%dMB%d.eurprd0%d.prod.outlook.com' % (RND.randint(0, 9), RND.randint(1, 8), RND.randint(1000, 9999), RND.randint(1, 8)),
            rhex(3), rhex(2),
            'OS%dPR01MB%d.jpnprd01.prod.outlook.com' % (RND.randint(0, 9), RND.randint(1000, 9999)) if dom.endswith('.jp') else 'DB%dPR0%dMB%d.eurprd0%d.prod.outlook.com' % (RND.randint(0, 9), RND.randint(1, 8), RND.randint(1000, 9999), RND.randint(1, 8)),
            rhex(3), rhex(2), RND.randint(8000, 9300), RND.randint(10, 40),
            rfc(arrive.astimezone(UTC)).replace('-0000', '+0000'))))
        out.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (
            spf, ip, mailfrom.split('@')[-1], dkim, dkim_d, dmarc,
            'none' if dmarc == 'pass' else ('quarantine' if policy != 'NONE' else 'none'), from_domain,
            'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')))
        out.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C' % (
            'Pass' if spf == 'pass' else 'Fail', mailfrom.split('@')[-1],
            'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)))
        out.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
            helo, ip, tenant[:24] + RND.choice(['-1', '-2']), RND.randint(1, 250), RND.randint(1, 250),
            RND.randint(8000, 9300), RND.randint(10, 40), rfc(arrive.astimezone(UTC)).replace('-0000', '+0000'))))
        out.append(('X-MS-Exchange-Organization-AuthSource', '%s.mail.protection.outlook.com' % tenant[:24]))
        out.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
    elif provider in ('biglobe', 'nifty', 'ocn', 'sonet', 'corpjp'):
        host = {'biglobe': 'mfilter-%02d.biglobe.ne.jp' % RND.randint(1, 30),
                'nifty': 'mx.nifty.com',
                'ocn': 'mfilter%03d.ocn.ad.jp' % RND.randint(1, 300),
                'sonet': 'mx-in%d.so-net.ne.jp' % RND.randint(1, 9),
                'corpjp': 'mx%02d.%s' % (RND.randint(1, 4), to.split('@')[1])}[provider]
        out.append(('Return-Path', '<%s>' % mailfrom))
        out.append(('Received', 'from %s ([%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, ip, host, ralnum(14), to, rfc(arrive.astimezone(JST)))))
        if provider == 'nifty':
            ar = '%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s (p=%s) header.from=%s' % (
                host, spf, mailfrom, dkim, dkim_d, SES_SEL[:10] if 'amazon' in dkim_d else 's1', dmarc, policy.lower(), from_domain)
        else:
            ar = '%s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s' % (
                host, spf, mailfrom.split('@')[-1], dkim or 'none', dkim_d, dmarc, from_domain)
        out.append(('Authentication-Results', ar))
    elif provider == 'none':
        pass
    else:
        raise ValueError(provider)
    if forged_lower:
        out.append(('Authentication-Results', forged_lower))
    return out


def write(num, slug, kind, lang, case_id, ids, verified, msg, top_headers):
    """Put top_headers (list of (name, value)) before the MIME headers and save."""
    saved = msg._headers
    msg._headers = []
    for k, v in top_headers:
        if isinstance(v, Header):
            v = v.encode(maxlinelen=76)
        msg[k] = v
    msg._headers += saved
    fname = '%03d-%s.eml' % (num, slug)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=compat32.clone(max_line_length=0)))
    LABELS[fname] = {'kind': kind, 'case_id': case_id,
                     'account_ids': sorted(set(ids)), 'sender_verified': verified,
                     'language': lang}


def aws_headers(provider, to, dt, frm, subject, to_hdr=None, sender_addr=None,
                extra=(), msgid=None, dmarc='pass', dkim='pass', spf='pass'):
    """Trace + DKIM + standard headers for a genuine SES-sent amazon.com mail."""
    mailfrom = '0100%012x-%s-%s-%s-%s-%s-000000@%s' % (
        int(dt.timestamp() * 1000), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12),
        'us-west-2.amazonses.com' if RND.random() < .5 else 'email.amazonses.com')
    hs = trace(provider, to, dt, mailfrom, 'amazon.com', dkim_d='amazon.com',
               dmarc=dmarc, dkim=dkim, spf=spf)
    hs.append(('DKIM-Signature', dkim_sig('amazon.com', SES_SEL, dt)))
    hs.append(('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL2, dt, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')))
    hs.append(('From', frm))
    hs.append(('To', to_hdr or to))
    hs.append(('Subject', subject))
    hs.append(('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')))
    hs.append(('Message-ID', msgid or ses_msgid(dt)))
    hs.extend(extra)
    hs.append(('Feedback-ID', '::1.us-west-2.%s=:AmazonSES' % rb64(43)))
    hs.append(('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ses_hosts()[1])))
    return hs


FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'


def ids_of(*xs):
    return list(xs)


# ======================================================================
# Threads / fixed values
# ======================================================================
# Thread A: Priya, form case, Gmail
A_OPEN = datetime(2025, 3, 11, 9, 8, 32, tzinfo=UTC)
A_CASE = case15(A_OPEN, '03871')
A_KEEP, A_OLD = 'AWS52018846', 'AWS52911730'
A_TO = 'priya.raghunathan@gmail.com'

# Thread B: Sasaki Miho, console case, nifty
B_OPEN = datetime(2025, 5, 27, 23, 2, 41, tzinfo=UTC)
B_CASE = case15(B_OPEN, '00122')
B_KEEP, B_OLD = 'AWS71640258', 'AWS80433917'
B_TO = 'miho.sasaki@nifty.com'

# Thread C: Tomasz, form case, Office 365
C_OPEN = datetime(2025, 9, 2, 12, 47, 5, tzinfo=UTC)
C_CASE = case15(C_OPEN, '51960')
C_KEEP, C_OLD = 'AWS70299012', 'AWS70314458'
C_TO = 'tomasz.wielgus@northwind-logistics.eu'

# Thread D: Omori Kenta, console case, biglobe
D_OPEN = datetime(2025, 6, 16, 1, 15, 9, tzinfo=UTC)
D_CASE = case15(D_OPEN, '47208')
D_KEEP, D_OLD = 'AWS64820153', 'AWS61179304'
D_TO = 'k-omori@kcb.biglobe.ne.jp'


# ======================================================================
# 001 - 010
# ======================================================================
def m001():
    dt = A_OPEN + timedelta(seconds=47)
    body = """Hello,

Thanks for getting in touch with AWS Training and Certification.

This is an automated note so that you have a record of your message. It
reached us at 09:08 UTC on 11 March and now carries the reference
%s. Nobody has read it yet: a member of the team will look at
it and write back to you, normally within one business day.

What you sent us
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: aws-52018846
  Message: "I seem to have two certification profiles, one from my old
  employer's address. Could they become one?"

If you want to add something, reply to this message and keep the
reference in the subject line. Sending the form a second time for the same
question opens a separate ticket and usually slows things down.

Kind regards,
AWS Training and Certification
""" % A_CASE
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', A_TO, dt, FORM,
                     '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE)
    write(1, 'form-ack-reference', 'case_created', 'en', A_CASE, [A_KEEP], True, msg, hs)


def m002():
    dt = B_OPEN + timedelta(seconds=12)
    body = """佐々木 美穂 様

Amazon Web Services にご連絡いただき、ありがとうございます。

お寄せいただいた内容は、以下の番号で承りました。担当者が内容を拝見したうえで、
順番にご連絡を差し上げます。

ケース ID: %s
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なご質問

このメールは送信専用のアドレスからお送りしているため、ご返信いただいても
担当者には届きません。補足がございましたら、サポートセンターの該当ケースから
お寄せください。

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services
""" % (B_CASE, B_CASE)
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    subj = jhdr('Amazon Web Services: サポートケース %s を受け付けました' % B_CASE, 'iso-2022-jp')
    hs = aws_headers('nifty', B_TO, dt, CONSOLE, subj)
    write(2, 'console-uketsuke', 'case_created', 'ja', B_CASE, [], True, msg, hs)


def m003():
    dt = datetime(2025, 3, 12, 14, 22, 10, tzinfo=UTC)
    body = """Hi Priya,

Declan here, picking up your note from yesterday.

I went looking and there are indeed two candidate records under your name:

  AWS 52018846 - sign-in priya.raghunathan@gmail.com, created 2022
  AWS 52911730 - sign-in p.raghunathan@orbitek-consulting.com, created 2020

Before anything can happen to them I need two things from you:

1. Which of the two would you like to go on using? The other one's history
   would end up underneath it.
2. Do you still have access to the orbitek-consulting mailbox? If not, just
   say so - it changes how we verify things, it doesn't block anything.

No rush, reply whenever you have a moment and keep the case number in the
subject so it lands back with me.

All the best,
Declan
Amazon Web Services Training and Certification
"""
    msg = leaf(body, charset='us-ascii', cte='7bit')
    hs = aws_headers('gmail', A_TO, dt, FORM, FORM_SUBJ % A_CASE)
    write(3, 'which-one-to-keep', 'support_reply', 'en', A_CASE, [A_KEEP, A_OLD], True, msg, hs)


def m004():
    dt = datetime(2025, 5, 29, 2, 41, 55, tzinfo=UTC)
    body = """佐々木 様

いつもお世話になっております。AWS トレーニングと認定サポートの井上でございます。

お調べしたところ、佐々木様のお名前で次の二つの受験者 ID が見つかりました。

  ・AWS71640258 (登録メール: miho.sasaki@nifty.com/2021年 SAA 取得)
  ・AWS80433917 (登録メール: m-sasaki@hokuto-denki.co.jp/2023年 DVA 取得)

ご希望に沿って、今後お使いになる nifty 側の AWS71640258 を残し、もう一方の
受験履歴・認定・特典をすべてそちらへ寄せる形で一本化する段取りです。
作業後は AWS80433917 ではサインインできなくなり、あとから元の二つに
分け直すこともできません。

この内容で差し支えなければ、サポートセンターの本ケースに「この内容で
進めてください」と一言お書き添えください。お返事を拝見してから
作業に取りかかります。

井上
Amazon Web Services
"""
    msg = leaf(body, cte='base64')
    subj = jhdr('RE:[CASE %s] 認定アカウントが2つあるので1つにまとめたい' % B_CASE)
    hs = aws_headers('nifty', B_TO, dt, CONSOLE, subj)
    write(4, 'ichiponka-no-gokakunin', 'merge_confirmation_requested', 'ja', B_CASE, [B_KEEP, B_OLD], True, msg, hs)


def m005():
    dt = datetime(2025, 3, 13, 16, 5, 31, tzinfo=UTC)
    body = """Hello Priya,

A couple of people have asked me this week what happens to the 50%% exam
discount in a situation like yours, so let me get ahead of it: any unused
benefit travels with the certification it came from, and it will show up
in the Benefits section of the profile you're keeping. Credly is a separate
system and sometimes needs its own nudge; if your badges haven't appeared
where you expect them a few days after we're finished, let us know.

With your reply in hand I've sent the request on to the colleagues who
carry out this kind of change. They usually need one to two working days.
You'll hear from us again when it's been done - there is nothing further
you need to do in the meantime.

Warm regards,
Marguerite
AWS Training and Certification

________________________________
From: Priya Raghunathan <priya.raghunathan@gmail.com>
Sent: Thursday, March 13, 2025 7:41 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Yes, that's all correct. Keep AWS52018846, fold the other one into it.
Please go ahead.

Priya

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 8:02 PM
To: priya.raghunathan@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Priya,

Thanks for letting me know. To be sure we are talking about the same thing:

  Stays:    AWS52018846 (priya.raghunathan@gmail.com)
  Goes into it and is then closed: AWS52911730

This can't be reversed afterwards. If that is what you want, please reply
to this email saying so and I'll arrange it.

Kind regards,
Ruth
""" % (A_CASE, A_CASE)
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', A_TO, dt, FORM, FORM_SUBJ % A_CASE)
    write(5, 'passed-to-the-team', 'support_reply', 'en', A_CASE, [], True, msg, hs)


def m006():
    dt = datetime(2025, 9, 4, 9, 12, 0, tzinfo=UTC)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hi Tomasz,</p>
<p>Quick one: everything that was sitting under AWS70314458 &ndash; the exam history, both active
certifications and the unused discount &ndash; is now attached to AWS70299012. The older sign-in has
been switched off, so from today please use the address linked to AWS70299012.</p>
<p>If your Credly badges don&rsquo;t turn up on the matching Credly account within a few days, tell me
and I&rsquo;ll chase it.</p>
<p>Cheers,<br>Bianca<br>Amazon Web Services</p>
</body></html>
"""
    msg = leaf(html, subtype='html', cte='quoted-printable')
    hs = aws_headers('o365', C_TO, dt, FORM, FORM_SUBJ % C_CASE,
                     to_hdr='Tomasz Wielgus <%s>' % C_TO)
    write(6, 'quick-one-history-moved', 'merge_completed', 'en', C_CASE, [C_KEEP, C_OLD], True, msg, hs)


def m007():
    dt = datetime(2025, 6, 19, 8, 30, 12, tzinfo=UTC)
    body = """大森 健太 様

Amazon Web Services サポートをご利用いただき、ありがとうございました。

ケース %s は、担当者からのご案内をもって対応を終えたため、
終了扱いといたしました。終了から14日以内であれば、サポートセンターから
同じケースを再度開くことができます。

今回のやり取りはお役に立ちましたでしょうか。1分ほどで終わる簡単な
評価にご協力いただけますと幸いです。

  役に立った: https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=yes
  役に立たなかった: https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=no

いただいたご意見は、今後のサポート品質の向上に活用させていただきます。

Amazon Web Services
""" % (D_CASE, D_CASE, D_CASE)
    msg = leaf(body, cte='quoted-printable')
    subj = jhdr('[Case %s] 対応終了のお知らせとご評価のお願い' % D_CASE)
    hs = aws_headers('biglobe', D_TO, dt, CONSOLE, subj)
    write(7, 'taiou-shuuryou-hyouka', 'survey', 'ja', D_CASE, [], True, msg, hs)


def credly_headers(provider, to, dt, frm, subject, dmarc='pass', dkim='pass', spf='pass',
                   domain='credly.com', mailfrom=None):
    mailfrom = mailfrom or 'bounces+%d-%s-%s=%s@em.%s' % (
        RND.randint(1000000, 9999999), rhex(4), to.split('@')[0], to.split('@')[1], domain)
    ip = '149.72.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250))
    helo = 'o%d.ptr%d.em.%s' % (RND.randint(1, 9), RND.randint(1000, 9999), domain)
    hs = trace(provider, to, dt, mailfrom, domain, dkim_d=domain, ip=ip, helo=helo,
               dmarc=dmarc, dkim=dkim, spf=spf, policy='NONE' if domain != 'credly.com' else 'REJECT')
    hs.append(('DKIM-Signature', dkim_sig(domain, 's1', dt, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')))
    hs.append(('From', frm))
    hs.append(('To', to))
    hs.append(('Subject', subject))
    hs.append(('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')))
    hs.append(('Message-ID', '<%s@geopod-ismtpd-%d>' % (ralnum(22), RND.randint(1, 40))))
    return hs


def m008():
    dt = datetime(2025, 9, 6, 15, 3, 44, tzinfo=UTC)
    uid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = """Tomasz, there's a badge here with your name on it.

Amazon Web Services Training and Certification has recognised you for
AWS Certified Developer - Associate.

Claim it and add it to your profile:
https://www.credly.com/earner/earned/badge/%s

Once it's on your profile you can share it on LinkedIn, add it to an email
signature or download a copy for your records.

Credly, a Pearson company
You received this email because an organisation you're connected with
recognised an achievement using Credly.
""" % uid
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h2 style="color:#222">Tomasz, there&#39;s a badge here with your name on it</h2>
<p>Amazon Web Services Training and Certification has recognised you for
<b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Claim it</a></p>
<p style="color:#666;font-size:12px">Badges that carried across from another Credly account keep
their original date of award.</p>
<p style="color:#999;font-size:11px">Credly, a Pearson company &middot; 13 E 37th St, New York, NY</p>
</td></tr></table></body></html>
""" % uid
    msg = alt(leaf(text, cte='quoted-printable'), leaf(html, subtype='html', cte='quoted-printable'))
    hs = credly_headers('o365', C_TO, dt,
                        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                        "Tomasz, there's a badge here with your name on it")
    write(8, 'credly-name-on-it', 'credly_badge_issued', 'en', None, [], True, msg, hs)


def m009():
    dt = datetime(2025, 4, 2, 18, 44, 3, tzinfo=UTC)
    to = 'priya.raghunathan@gmail.com'
    body = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/fernhill-labs/cert-tracker/pull/482#event-17203391544
You are receiving this because you authored the thread.
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/fernhill-labs/cert-tracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/fernhill-labs/cert-tracker/pull/482#event-17203391544">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    msg = alt(leaf(body, charset='UTF-8', cte='7bit'), leaf(html, subtype='html', charset='UTF-8', cte='7bit'))
    mailfrom = 'noreply@github.com'
    hs = trace('gmail', to, dt, mailfrom, 'github.com', ip='192.30.252.%d' % RND.randint(200, 210),
               helo='out-%d.smtp.github.com' % RND.randint(20, 29), policy='REJECT')
    hs.append(('DKIM-Signature', dkim_sig('github.com', 'pf2023', dt)))
    hs += [('From', 'Rahul Menon <notifications@github.com>'),
           ('Reply-To', 'fernhill-labs/cert-tracker <reply+ABX7Q2KLD3MZ%s@reply.github.com>' % ralnum(20).upper()),
           ('To', 'fernhill-labs/cert-tracker <cert-tracker@noreply.github.com>'),
           ('Cc', 'Priya Raghunathan <priya.raghunathan@gmail.com>, Author <author@noreply.github.com>'),
           ('Subject', 'Re: [fernhill-labs/cert-tracker] Merge duplicate candidate records\n before export (PR #482)'),
           ('Date', rfc(dt.astimezone(PDT))),
           ('Message-ID', '<fernhill-labs/cert-tracker/pull/482/issue_event/17203391544@github.com>'),
           ('In-Reply-To', '<fernhill-labs/cert-tracker/pull/482@github.com>'),
           ('References', '<fernhill-labs/cert-tracker/pull/482@github.com>'),
           ('X-GitHub-Reason', 'author'),
           ('List-ID', 'fernhill-labs/cert-tracker <cert-tracker.fernhill-labs.github.com>')]
    write(9, 'github-pr-merged', 'unrelated', 'en', None, [], False, msg, hs)


def m010():
    dt = datetime(2025, 7, 8, 3, 12, 40, tzinfo=JST)
    body = """小野さん

お疲れさまです、林です。

先月、AWS 認定の受験者IDが二重になってたのを一つにしてもらった、って
話してましたよね。実は私もそうみたいで、Pearson の予約画面で見ると
AWS 33102256 と AWS33187740 の二つが出てきます。

どこから頼んだのか、どのくらいかかったか、今度ランチのときにでも
教えてもらえませんか。SAP の更新が秋なので、それまでには片付けたくて。

林 早紀
関東システムサービス 基盤技術部
"""
    msg = leaf(body, charset='Shift_JIS', cte='base64')
    hs = [('Received', 'from mail-gw02.kanto-sys.co.jp (mail-gw02.kanto-sys.co.jp [10.20.4.18])\n\tby mx01.kanto-sys.co.jp (Postfix) with ESMTP id 4bX9qL1s2Zz5\n\tfor <r-ono@kanto-sys.co.jp>; %s' % rfc(dt + timedelta(seconds=3))),
          ('Received', 'from [10.20.31.77] (unknown [10.20.31.77])\n\tby mail-gw02.kanto-sys.co.jp (Postfix) with ESMTPSA id 4bX9qL0hP1z1\n\tfor <r-ono@kanto-sys.co.jp>; %s' % rfc(dt + timedelta(seconds=1))),
          ('From', jaddr('林 早紀', 's-hayashi@kanto-sys.co.jp', 'shift_jis')),
          ('To', jaddr('小野 亮', 'r-ono@kanto-sys.co.jp', 'shift_jis')),
          ('Subject', jhdr('AWS認定のIDが二つある件', 'shift_jis')),
          ('Date', rfc(dt)),
          ('Message-ID', '<%s@kanto-sys.co.jp>' % (rhex(8) + '.' + rhex(6))),
          ('User-Agent', 'Mozilla Thunderbird')]
    write(10, 'douryou-id-futatsu', 'unrelated', 'ja', None, ['AWS33102256', 'AWS33187740'], None, msg, hs)


# ======================================================================
# 011 - 020
# ======================================================================
# Thread E: Kwame, console case, outlook.com consumer
E_OPEN = datetime(2025, 10, 14, 17, 26, 50, tzinfo=UTC)
E_CASE = case15(E_OPEN, '90334')
E_TO = 'kwame.asante@outlook.com'

# Thread F: Lucia, form case, Gmail
F_OPEN = datetime(2025, 11, 3, 8, 51, 2, tzinfo=UTC)
F_CASE = case15(F_OPEN, '26615')
F_KEEP, F_OLD = 'AWS48822615', 'AWS44710093'
F_TO = 'lucia.ferrer.v@gmail.com'

# Thread G: Murakami, form case, so-net
G_OPEN = datetime(2026, 1, 19, 4, 33, 18, tzinfo=UTC)
G_CASE = case15(G_OPEN, '08853')
G_TO = 'n-murakami@ab.so-net.ne.jp'


def m011():
    dt = datetime(2025, 5, 30, 6, 18, 2, tzinfo=UTC)
    body = """佐々木 様

お世話になっております。AWS トレーニングと認定サポートの前田と申します。

ご返信いただいた内容に沿って作業を行いました。AWS80433917 に記録されて
いた DVA の認定と受験の履歴は、すべて AWS71640258 の側へ移し終えて
おります。今後は nifty のメールアドレスでサインインいただければ、
SAA と DVA の両方をひとつの画面でご覧いただけます。なお、AWS80433917
のほうはすでに閉じておりますので、そちらでのログインはできません。

本件はこれをもちましてクローズとさせていただきます。このあと届く
簡単なアンケートにご協力いただけましたら幸いです。

前田
Amazon Web Services
"""
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    subj = jhdr('RE:[CASE %s] 認定アカウントが2つあるので1つにまとめたい' % B_CASE, 'iso-2022-jp')
    hs = aws_headers('nifty', B_TO, dt, CONSOLE, subj)
    write(11, 'utsushioemashita-close', 'merge_completed', 'ja', B_CASE, [B_KEEP, B_OLD], True, msg, hs)


def m012():
    dt = datetime(2025, 10, 17, 21, 4, 36, tzinfo=UTC)
    body = """Hello,

Your support case %s, "Two certification logins, same person",
has been marked resolved by the agent who handled it.

If that doesn't match your experience, you can reopen the case from the
Support Center within 14 days and it will go back to the same team:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

We'd also like to know how this went for you. It takes two clicks:

  Resolved my issue:        https://support.console.aws.amazon.com/support/feedback?displayId=%s&r=1
  Did not resolve my issue: https://support.console.aws.amazon.com/support/feedback?displayId=%s&r=0

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and
affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (E_CASE, E_CASE, E_CASE, E_CASE)
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('o365', E_TO, dt, CONSOLE,
                     'Amazon Web Services: Case %s marked resolved' % E_CASE)
    write(12, 'marked-resolved-two-clicks', 'survey', 'en', E_CASE, [], True, msg, hs)


def m013():
    dt = datetime(2025, 11, 4, 15, 40, 9, tzinfo=UTC)
    body = """Hi Lucía,

Thanks for your patience while I dug into this. Here is what I found.

Your 2019 Cloud Practitioner and the 2022 Solutions Architect - Associate
were taken under candidate record AWS44710093, which is tied to
lucia.ferrer@alumni-us.es. The Security - Specialty you passed last month,
and the voucher you haven't used yet, sit under AWS 48822615, the record
linked to this Gmail address. Both carry the same name and date of birth,
so I'm comfortable they are both you.

A few things people usually want to know at this point. Expiry dates don't
change: each certification keeps its own. Your exam appointments at Pearson
VUE are not affected. Credly is run separately and sometimes needs a push
from us afterwards, but that is a later problem.

What I'd suggest is to keep AWS48822615 - the Gmail one, since you can
still get into it - and bring the 2019 and 2022 history over to it, after
which AWS44710093 simply stops existing. There is no way to pull them apart
again once that's done, which is why I'm writing first instead of just
doing it.

If that matches what you had in mind, a short reply saying so is all I
need. If you'd rather hold on to the other record, tell me that instead and
I'll turn it around.

Hamid
AWS Training & Certification Support
"""
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', F_TO, dt, FORM, FORM_SUBJ % F_CASE)
    write(13, 'here-is-what-i-found', 'merge_confirmation_requested', 'en', F_CASE, [F_KEEP, F_OLD], True, msg, hs)


def m014():
    dt = datetime(2025, 6, 17, 5, 58, 30, tzinfo=UTC)
    text = """大森 健太 様

AWS トレーニングと認定サポートの加藤です。ご連絡ありがとうございます。

お知らせいただいた AWS64820153 のほかに、大森様のお名前で登録された
受験者 ID がないか確認いたしましたが、氏名のローマ字表記が異なる可能性が
あり、現時点では特定できておりません。

お手数ですが、次の2点をお知らせいただけますでしょうか。

 1. 以前の受験時にご登録されていたメールアドレス
 2. 当時の氏名のローマ字表記(例: Oomori / Omori / Ohmori)

いただいた情報をもとに改めてお調べし、見つかりましたらその後の進め方を
ご案内いたします。ご返信はサポートセンターの本ケースからお願いいたします。

加藤
Amazon Web Services
"""
    html = '<html><body><div style="font-family:Meiryo,sans-serif;font-size:14px">' + \
        text.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</div></body></html>'
    msg = alt(leaf(text, cte='base64'), leaf(html, subtype='html', cte='base64'))
    subj = jhdr('RE:[CASE %s] 受験者IDが二つあります' % D_CASE)
    hs = aws_headers('biglobe', D_TO, dt, CONSOLE, subj)
    write(14, 'roomaji-hyouki-onegai', 'support_reply', 'ja', D_CASE, [D_KEEP], True, msg, hs)


def m015():
    dt = datetime(2025, 8, 21, 13, 7, 45, tzinfo=UTC)
    to = 'ops@harbourlight-crafts.co.uk'
    body = """Hello from Amazon Selling Partner Support,

I'm Naveen and I'll be helping you with this case.

Thank you for flagging the two detail pages for your oak serving boards.
After review, I can confirm the duplicate page (ASIN B0CQ7HTV2M) has been
merged into the original listing (ASIN B0BX2K8P4L). Any reviews and sales
rank history now appear on the surviving page, and your offer remains
active. It can take up to 48 hours for search results to reflect this.

If you have any further questions about this, reply to this email or visit
Seller Central Help.

Was this helpful? Please rate my reply using the buttons below.

Thank you for selling with Amazon,
Naveen R.
Amazon Selling Partner Support
"""
    msg = leaf(body, cte='quoted-printable')
    mailfrom = '0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com' % (
        int(dt.timestamp() * 1000), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    hs = trace('o365', to, dt, mailfrom, 'amazon.com', dkim_d='amazon.com')
    hs.append(('DKIM-Signature', dkim_sig('amazon.com', SES_SEL, dt)))
    hs += [('From', '"Amazon Seller Support" <seller-notification@amazon.com>'),
           ('To', to),
           ('Subject', 'RE:[CASE 5884913370] Duplicate detail page for oak serving board'),
           ('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')),
           ('Message-ID', ses_msgid(dt))]
    write(15, 'seller-central-asin-merged', 'unrelated', 'en', '5884913370', [], True, msg, hs)


def m016():
    dt = datetime(2025, 6, 2, 1, 44, 10, tzinfo=UTC)
    uid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = """佐々木 美穂 さん

Amazon Web Services Training and Certification から、あなた宛ての
デジタルバッジが届いています。

  AWS Certified Developer – Associate

以前お使いだった Credly アカウントに表示されていたバッジを、こちらの
アカウントでもお受け取りいただけるようになりました。取得日は元の
日付のまま引き継がれます。

バッジを確認して受け取る:
https://www.credly.com/earner/earned/badge/%s

受け取ったバッジは、LinkedIn への共有やメール署名への追加ができます。

Credly, a Pearson company
""" % uid
    html = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>佐々木 美穂 さん</p>
<p>Amazon Web Services Training and Certification から、あなた宛てのデジタルバッジが届いています。</p>
<p><b>AWS Certified Developer – Associate</b></p>
<p>以前お使いだった Credly アカウントに表示されていたバッジを、こちらのアカウントでもお受け取りいただけるようになりました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:10px 20px">バッジを確認して受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company</p>
</body></html>
""" % uid
    msg = alt(leaf(text, cte='base64'), leaf(html, subtype='html', cte='base64'))
    subj = jhdr('佐々木 美穂 さん、Amazon Web Services Training and Certification からバッジが届いています')
    hs = credly_headers('nifty', B_TO, dt,
                        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', subj)
    write(16, 'credly-badge-todoiteimasu', 'credly_badge_issued', 'ja', None, [], True, msg, hs)


def m017():
    dt = datetime(2025, 9, 3, 10, 26, 51, tzinfo=UTC)
    body = """Dear Tomasz,

Everett from the AWS Training and Certification team, following up on your
reply of yesterday.

Your request is now in the queue of our records team. To be clear about
where things stand: nothing has been changed yet on either aws70299012 or
aws70314458, and both sign-ins still work as before.

Once the two records have been brought together, I will also ask Credly to
move the badges from your older Credly login, so you don't have to raise
that separately. I'll write to you as soon as I hear back from the records
team; in the meantime please don't book an exam under the older login.

Kind regards,
Everett
Amazon Web Services
"""
    msg = leaf(body, charset='us-ascii', cte='7bit')
    hs = aws_headers('o365', C_TO, dt, FORM, FORM_SUBJ % C_CASE,
                     to_hdr='Tomasz Wielgus <%s>' % C_TO)
    write(17, 'in-the-records-queue', 'support_reply', 'en', C_CASE, [C_KEEP, C_OLD], True, msg, hs)


def m018():
    dt = G_OPEN + timedelta(seconds=38)
    text = """村上 直樹 様

AWS トレーニングと認定へのご連絡、確かに拝受いたしました。
本メールはシステムから自動でお送りしています。

お問い合わせ番号: %s

内容を確認した担当者から、通常1営業日以内にご連絡いたします。
同じ内容でフォームを再度お送りいただくと別件として扱われ、ご案内が
かえって遅くなることがございますので、ご注意ください。

補足がある場合は、件名のお問い合わせ番号を残したまま、このメールに
ご返信ください。

―― ご送信内容 ――
お問い合わせの種類: 認定
詳細: アカウントの統合
受験者 ID: AWS-55190274
内容: 会社用と個人用で二重に登録してしまいました。個人用に寄せたいです。

AWS トレーニングと認定
""" % G_CASE
    html = '<html><body><div style="font-family:sans-serif">' + \
        text.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</div></body></html>'
    msg = alt(leaf(text, cte='base64'), leaf(html, subtype='html', cte='quoted-printable'))
    hs = aws_headers('sonet', G_TO, dt, FORM,
                     '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE)
    write(18, 'form-haijuu', 'case_created', 'ja', G_CASE, ['AWS55190274'], True, msg, hs)


def m019():
    dt = datetime(2025, 3, 14, 11, 2, 57, tzinfo=UTC)
    body = """Hello Priya,

All sorted on our side. AWS52018846 is the only profile under your name
now; the history that used to live on the second one has been carried
across, including the 2020 Cloud Practitioner. You can sign in with your
Gmail address as usual.

Kind regards,
Oskar
Amazon Web Services Training and Certification

On Wed, 12 Mar 2025 at 20:02, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Priya,
>
> Thanks for letting me know. To be sure we are talking about the same thing:
>
>   Stays:    AWS52018846 (priya.raghunathan@gmail.com)
>   Goes into it and is then closed: AWS52911730
>
> This can't be reversed afterwards. If that is what you want, please reply
> to this email saying so and I'll arrange it.
>
> Kind regards,
> Ruth
"""
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', A_TO, dt, FORM, FORM_SUBJ % A_CASE)
    write(19, 'all-sorted-on-our-side', 'merge_completed', 'en', A_CASE, [A_KEEP], True, msg, hs)


def m020():
    dt = datetime(2025, 10, 28, 16, 0, 12, tzinfo=UTC)
    to = 'kwame.asante@outlook.com'
    text = """Hello Kwame,

AWS Certification wants to hear from you.

You recently sat an AWS Certification exam, and we'd value ten minutes of
your time to tell us about the experience - from scheduling through to
receiving your result. Your answers are anonymous and help shape future
exams.

Candidate ID: AWS 39560127

Start the questionnaire:
https://www.certmetrics.com/amazon/public/survey.aspx?t=%s

Thank you,
AWS Certification

Please do not reply to this message; this mailbox is not monitored.
""" % ralnum(24)
    msg = leaf(text, cte='quoted-printable')
    mailfrom = 'bounce-%d@mail.certmetrics.com' % RND.randint(10000, 99999)
    hs = trace('o365', to, dt, mailfrom, 'certmetrics.com', ip='52.41.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
               helo='mail.certmetrics.com', policy='NONE')
    hs.append(('DKIM-Signature', dkim_sig('certmetrics.com', 'cm1', dt)))
    hs += [('From', '"AWS Certification" <do-not-reply@certmetrics.com>'),
           ('To', to),
           ('Subject', 'AWS Certification wants to hear from you'),
           ('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')),
           ('Message-ID', '<%s.%s@certmetrics.com>' % (rhex(16), dt.strftime('%Y%m%d%H%M%S')))]
    write(20, 'certmetrics-questionnaire', 'unrelated', 'en', None, ['AWS39560127'], False, msg, hs)



# ======================================================================
# 021 - 030
# ======================================================================
# Thread H: Takahashi Yuko, console case, ocn
H_OPEN = datetime(2025, 7, 22, 6, 9, 27, tzinfo=UTC)
H_CASE = case15(H_OPEN, '61047')
H_KEEP, H_OLD = 'AWS39027716', 'AWS30118842'
H_TO = 'yuko.takahashi@ymail.ocn.ne.jp'

# Thread I: Hannah Berg, form case, gmail
I_OPEN = datetime(2025, 12, 1, 19, 55, 40, tzinfo=UTC)
I_CASE = case15(I_OPEN, '73392')
I_TO = 'hannah.berg.dk@gmail.com'

# Thread J: Ahmed Farouk, form case
J_OPEN = datetime(2025, 4, 7, 10, 30, 11, tzinfo=UTC)
J_CASE = case15(J_OPEN, '15526')
J_KEEP, J_OLD = 'AWS62390418', 'AWS60075213'


def m021():
    dt = datetime(2025, 7, 25, 11, 20, 5, tzinfo=JST)
    to = 'takumi.ueda@dune.ocn.ne.jp'
    body = """上田 拓海 様

このたびは Pearson VUE にて試験をご予約いただき、ありがとうございます。
以下の内容でご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
言語: 日本語
日時: 2025年8月9日(土) 13:30
会場: 東京 八重洲テストセンター
受験者 ID: AWS 91027745
登録番号: 481-302-117

当日は、有効期限内の本人確認書類を2点ご持参のうえ、開始時刻の15分前
までにお越しください。予約の変更・取り消しは、試験開始の24時間前まで
受け付けております。

Pearson VUE カスタマーサービス
"""
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    mailfrom = 'bounce@notifications.pearsonvue.com'
    hs = trace('ocn', to, dt, mailfrom, 'pearson.com', dkim_d='pearson.com',
               ip='159.182.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
               helo='mta%d.pearsonvue.com' % RND.randint(1, 9))
    hs.append(('DKIM-Signature', dkim_sig('pearson.com', 'pv2024', dt)))
    hs += [('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'),
           ('To', to),
           ('Subject', jhdr('試験予約確認 - AWS Certified Solutions Architect - Professional', 'iso-2022-jp')),
           ('Date', rfc(dt)),
           ('Message-ID', '<%s@pearsonvue.com>' % ralnum(20))]
    write(21, 'pearson-yoyaku-kakunin', 'unrelated', 'ja', None, ['AWS91027745'], False, msg, hs)


def m022():
    dt = datetime(2025, 11, 18, 7, 41, 19, tzinfo=UTC)
    to = 'dmitri.volkov.sre@gmail.com'
    html = """<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://credly-mail.com/assets/logo.png" alt="Credly" width="90">
<h3>Dmitri, your AWS badge is ready</h3>
<p>Following the recent update to your AWS Certification profile, your badge
<b>AWS Certified SysOps Administrator &ndash; Associate</b> is ready to be added to your wallet.</p>
<p>To keep it, sign in with your AWS Certification credentials within <b>48 hours</b>.
Badges that are not claimed in time are returned to the issuer.</p>
<p style="text-align:center"><a href="https://credly-mail.com/claim?u=dvolkov&amp;t=8841c2" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly Inc. &middot; This is an automated message.</p>
</div></body></html>
"""
    msg = leaf(html, subtype='html', cte='base64')
    mailfrom = 'mailer@credly-mail.com'
    hs = trace('gmail', to, dt, mailfrom, 'credly-mail.com', ip='185.243.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
               helo='mx1.credly-mail.com', policy='NONE')
    hs.append(('DKIM-Signature', dkim_sig('credly-mail.com', 'default', dt)))
    hs += [('From', '"Credly" <badges@credly-mail.com>'),
           ('To', to),
           ('Subject', 'Dmitri, your AWS badge is ready (action needed within 48h)'),
           ('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')),
           ('Message-ID', '<%s@credly-mail.com>' % rhex(24))]
    write(22, 'credly-lookalike-48h', 'credly_badge_issued', 'en', None, [], False, msg, hs)


def m023():
    dt = datetime(2025, 7, 23, 9, 14, 48, tzinfo=UTC)
    body = """高橋 裕子 様

AWS トレーニングと認定サポートの西村です。

二つの記録をひとつにまとめる前に、念のため内容をご確認ください。

 残す受験者 ID: aws39027716(ご登録: yuko.takahashi@ymail.ocn.ne.jp)
 吸収される ID: aws 30118842(ご登録: ytakahashi@mirai-soft.jp)

吸収される側にある CLF と SAA の記録、および未使用の50%割引特典は、
すべて残す側に引き継がれます。この作業は一度行うと取り消せませんので、
上記で間違いがないかご確認のうえ、サポートセンターの本ケースに
「了承しました」とだけご返信ください。お返事をいただき次第、手配いたします。

西村
Amazon Web Services
"""
    msg = leaf(body, cte='quoted-printable')
    subj = jhdr('RE:[CASE %s] 受験者IDの統合について' % H_CASE)
    hs = aws_headers('ocn', H_TO, dt, CONSOLE, subj)
    write(23, 'matomeru-mae-ni', 'merge_confirmation_requested', 'ja', H_CASE, [H_KEEP, H_OLD], True, msg, hs)


def m024():
    dt = datetime(2025, 12, 15, 20, 3, 0, tzinfo=UTC)
    body = """Hi Hannah,

We haven't heard back from you since 4 December, so case %s
has been set aside as closed.

If you still want the two profiles looked at, simply reply to this email
within 10 days and the case will reopen with the same agent. After that, a
new form submission is the way to go.

Before you go: how would you rate the help you got from us?

  * * * * *   https://aws-tc-feedback.amazon.com/s?c=%s&r=5
  * * * *     https://aws-tc-feedback.amazon.com/s?c=%s&r=4
  * * *       https://aws-tc-feedback.amazon.com/s?c=%s&r=3
  * *         https://aws-tc-feedback.amazon.com/s?c=%s&r=2
  *           https://aws-tc-feedback.amazon.com/s?c=%s&r=1

AWS Training and Certification
""" % ((I_CASE,) * 6)
    msg = leaf(body, charset='us-ascii', cte='7bit')
    hs = aws_headers('gmail', I_TO, dt, FORM, FORM_SUBJ % I_CASE)
    write(24, 'set-aside-no-reply', 'survey', 'en', I_CASE, [], True, msg, hs)


def m025():
    dt = datetime(2026, 1, 23, 2, 10, 33, tzinfo=UTC)
    body = """村上 様

AWS トレーニングと認定の松井でございます。

先日お願いしておりました、会社用アカウントのご登録メールアドレスに
ついて、その後いかがでしょうか。まだお返事を拝見できていないため、
念のためご連絡いたしました。

引き続きお手伝いが必要でしたら、このメールにそのままご返信ください。
7日ほどご連絡がない場合は、いったん本件を閉じさせていただきます
(閉じたあとも、同じ件名でご返信いただければ再開できます)。

松井

2026年1月20日(火) 10:15 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 村上 様
>
> ご連絡ありがとうございます。個人用の AWS55190274 は確認できました。
> 会社用のほうを特定するため、当時ご登録のメールアドレスを教えて
> いただけますか。
>
> 2026年1月19日(月) 13:33 村上 直樹 <n-murakami@ab.so-net.ne.jp>:
> > 会社用と個人用で二重に登録してしまいました。個人用に寄せたいです。
> > 個人用: AWS-55190274
"""
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    hs = aws_headers('sonet', G_TO, dt, FORM, FORM_SUBJ % G_CASE)
    write(25, 'sonogo-ikaga', 'support_reply', 'ja', G_CASE, [], True, msg, hs)


def m026():
    dt = datetime(2025, 4, 10, 18, 27, 3, tzinfo=timezone(timedelta(hours=2)))
    frm_addr = 'ahmed.farouk.dev@gmail.com'
    to = 'l.okafor@brightwave-analytics.com'
    orig_date = 'Thu, Apr 10, 2025 at 2:05 PM'
    body = """Hi Lydia,

As promised - AWS finally sorted out my two profiles. For the reimbursement
form, the ID to use from now on is AWS 62390418; the other one no longer
exists. Their note is below in case finance wants to see it.

Thanks for chasing this with me!
Ahmed

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <%s>


Hello Ahmed,

The change you approved has now been made. Your exam history and the
Data Engineer - Associate certification from AWS60075213 are now on
AWS62390418, and AWS60075213 has been retired.

Best regards,
Ingrid
Amazon Web Services
""" % (orig_date, J_CASE, frm_addr)
    html = '<div dir="ltr">' + body.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div>'
    msg = alt(leaf(body, cte='quoted-printable'), leaf(html, subtype='html', cte='quoted-printable'))
    mailfrom = frm_addr
    hs = trace('o365', to, dt, mailfrom, 'gmail.com', dkim_d='gmail.com',
               ip='209.85.%d.%d' % (RND.randint(128, 220), RND.randint(1, 250)),
               helo='mail-ed1-f%d.google.com' % RND.randint(40, 70), policy='NONE')
    hs.append(('DKIM-Signature', dkim_sig('gmail.com', '20230601', dt, 'to:subject:message-id:date:from:in-reply-to:references:mime-version')))
    hs += [('From', 'Ahmed Farouk <%s>' % frm_addr),
           ('To', 'Lydia Okafor <%s>' % to),
           ('Subject', 'Fwd: RE:[CASE %s] [AWS Training and Certification Form\n Submission] - account-assistance' % J_CASE),
           ('Date', rfc(dt)),
           ('Message-ID', '<CAH%s@mail.gmail.com>' % ralnum(40)),
           ('References', ses_msgid(dt - timedelta(hours=4)))]
    write(26, 'fwd-for-reimbursement', 'unrelated', 'en', J_CASE, [J_KEEP], False, msg, hs)


def m027():
    dt = datetime(2025, 6, 20, 7, 2, 14, tzinfo=UTC)
    body = """大森 健太 様

AWS トレーニングと認定サポートの清水です。

追加でお知らせいただいた以前のメールアドレスから、「Ohmori」表記で登録
された受験者 ID AWS61179304 が見つかりました。ご依頼どおり、こちらに
あった 2019年の SOA の記録を AWS64820153 へ移し、AWS61179304 は今後
使えない状態にいたしました。

受験履歴と認定の一覧は、AWS64820153 でサインインしていただくと
すでに反映されているはずです。Credly のバッジについては、数日たっても
表示されない場合はお知らせください。

清水
Amazon Web Services
"""
    # deliberately wrong label: UTF-8 bytes declared as Shift_JIS
    msg = leaf(body, cte='base64', codec='utf-8', label='Shift_JIS')
    subj = jhdr('RE:[CASE %s] 受験者IDが二つあります' % D_CASE)
    hs = aws_headers('biglobe', D_TO, dt, CONSOLE, subj)
    write(27, 'ohmori-hyouki-mitsukari', 'merge_completed', 'ja', D_CASE, [D_KEEP, D_OLD], True, msg, hs)


def m028():
    dt = E_OPEN + timedelta(seconds=21)
    text = """Hello,

We've opened case %s for you.

Case ID: %s
Subject: Two certification logins, same person
Severity: General guidance
Correspondence: I passed CLF under AWS39560127 in 2023 and SAA this year
under aws 39861150 because I signed up again with my work address by
mistake. I'd like everything under one login, preferably the first one.

We'll be in touch via the Support Center. To add to this case or check on
it, go to:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please don't reply to this message; this address can't accept replies.

Sincerely,
Amazon Web Services
""" % (E_CASE, E_CASE, E_CASE)
    html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello,</p><p>We&#39;ve opened case %s for you.</p>
<table cellpadding="4"><tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>Two certification logins, same person</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence</b></td><td>I passed CLF under AWS39560127 in 2023 and SAA this year
under aws 39861150 because I signed up again with my work address by mistake. I&#39;d like everything under
one login, preferably the first one.</td></tr></table>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View this case in the Support Center</a></p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>
""" % (E_CASE, E_CASE, E_CASE)
    msg = alt(leaf(text, cte='quoted-printable'), leaf(html, subtype='html', cte='quoted-printable'))
    hs = aws_headers('o365', E_TO, dt, CONSOLE,
                     'Amazon Web Services: You have opened a new Support case: %s' % E_CASE)
    write(28, 'console-weve-opened', 'case_created', 'en', E_CASE, ['AWS39560127', 'AWS39861150'], True, msg, hs)


def m029():
    dt = datetime(2025, 7, 29, 0, 30, 0, tzinfo=UTC)
    body = """高橋 裕子 様

先日はケース %s にて Amazon Web Services サポートを
ご利用いただき、誠にありがとうございました。

サービス向上のため、担当者の対応についてご意見をお聞かせください。
設問は3つで、1分ほどでお答えいただけます。

  https://survey.aws-support-feedback.amazon.com/jp?case=%s

・担当者の説明はわかりやすかったですか
・回答までの時間は適切でしたか
・総合的な満足度を5段階でお選びください

ご協力のほど、よろしくお願いいたします。

Amazon Web Services
""" % (H_CASE, H_CASE)
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    subj = jhdr('Amazon Web Services サポートに関するアンケートのお願い', 'iso-2022-jp')
    hs = aws_headers('ocn', H_TO, dt, CONSOLE, subj)
    write(29, 'enquete-onegai', 'survey', 'ja', H_CASE, [], True, msg, hs)


def m030():
    dt = datetime(2025, 10, 21, 6, 55, 44, tzinfo=UTC)
    to = 'chloe.dubois.cloud@gmail.com'
    text = """Dear Candidate,

Our records show two AWS Certification profiles registered under your name:

   Primary profile:   AWS 77201846
   Secondary profile: AWS 77319022

To avoid losing your certifications, the secondary profile will be
consolidated into the primary one. Because this cannot be undone, we need
you to approve it. Please sign in with your AWS Certification e-mail and
password within 24 hours to confirm:

   https://aws-certification-team.com/account/verify?ref=1761203344

If we don't hear from you, both profiles may be suspended pending review.

AWS Training & Certification Team
Reference: CASE 1761203344
"""
    html = """<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>Our records show two AWS Certification profiles registered under your name:</p>
<p>Primary profile: <b>AWS 77201846</b><br>Secondary profile: <b>AWS 77319022</b></p>
<p>To avoid losing your certifications, the secondary profile will be consolidated into the primary one.
Because this cannot be undone, we need you to approve it within <b>24 hours</b>.</p>
<p><a href="https://aws-certification-team.com/account/verify?ref=1761203344">Approve and sign in</a></p>
<p>AWS Training &amp; Certification Team<br>Reference: CASE 1761203344</p>
</body></html>
"""
    msg = alt(leaf(text, charset='us-ascii', cte='7bit'), leaf(html, subtype='html', charset='us-ascii', cte='7bit'))
    mailfrom = 'bounce@aws-certification-team.com'
    hs = trace('gmail', to, dt, mailfrom, 'aws-certification-team.com',
               ip='45.89.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
               helo='mail.aws-certification-team.com', policy='NONE')
    hs.append(('DKIM-Signature', dkim_sig('aws-certification-team.com', 'mail', dt)))
    hs += [('From', '"AWS Training & Certification" <support@aws-certification-team.com>'),
           ('To', to),
           ('Subject', '[CASE 1761203344] Action required: approve your certification profile consolidation'),
           ('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')),
           ('Message-ID', '<%s@aws-certification-team.com>' % rhex(20))]
    write(30, 'approve-within-24h', 'merge_confirmation_requested', 'en', '1761203344',
          ['AWS77201846', 'AWS77319022'], False, msg, hs)



# ======================================================================
# 031 - 040
# ======================================================================
# Thread K: Fujita Sho, form case, gmail
K_OPEN = datetime(2025, 8, 8, 22, 40, 3, tzinfo=UTC)
K_CASE = case15(K_OPEN, '39470')
K_KEEP, K_OLD = 'AWS58830217', 'AWS57402268'
K_TO = 'sho.fujita.0921@gmail.com'

# Thread L: Oliver Grant, console case (11-digit id)
L_CASE = '13845502716'
L_KEEP, L_OLD = 'AWS26604471', 'AWS28815390'
L_TO = 'oliver.grant.edi@gmail.com'


def m031():
    dt = datetime(2025, 8, 1, 3, 20, 55, tzinfo=UTC)
    body = """高橋 裕子 さん

以前の Credly アカウントにあった 2件のバッジが、このアカウントに
移されました。

  ・AWS Certified Cloud Practitioner
  ・AWS Certified Solutions Architect – Associate

どちらも取得日と有効期限は元のままです。下のボタンから内容を確かめて
受け取り手続きをしていただくと、プロフィールに表示されるようになります。

受け取り手続きへ進む:
https://www.credly.com/earner/earned?utm_source=transfer_notice

Credly, a Pearson company
"""
    msg = leaf(body, cte='quoted-printable')
    subj = jhdr('2件のバッジがこのアカウントに移されました')
    hs = credly_headers('ocn', H_TO, dt, '"Credly" <admin@credly.com>', subj)
    write(31, 'credly-2ken-utsusaremashita', 'credly_badge_issued', 'ja', None, [], True, msg, hs)


def m032():
    dt = datetime(2025, 11, 7, 17, 12, 26, tzinfo=UTC)
    body = """Hi Lucía,

A quick word so you're not left wondering.

The colleagues doing the change hit a snag: the older record, AWS44710093,
still has a 2022 retake flagged as under review, and they can't move
history that's in that state. They've asked the exam team to clear the
flag, which normally takes a couple of working days.

Nothing has been lost and nothing has been changed - both records are
exactly as they were when you wrote to us. I'll come back to you when
there's movement.

Colm
AWS Training & Certification Support
"""
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', F_TO, dt, FORM, FORM_SUBJ % F_CASE)
    write(32, 'hit-a-snag', 'support_reply', 'en', F_CASE, [F_OLD], True, msg, hs)


def m033():
    dt = datetime(2025, 12, 2, 0, 15, 7, tzinfo=UTC)
    to = 'takumi.ueda@dune.ocn.ne.jp'
    html = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;color:#333">
<p>上田 拓海 さん</p>
<p>お持ちのバッジ <b>AWS Certified Solutions Architect – Associate</b> の有効期限が
<b>2026年1月14日</b> に迫っています。</p>
<p>期限を過ぎるとバッジは「期限切れ」と表示され、共有リンクからも有効な資格として確認できなくなります。
再認定の方法は、発行元である Amazon Web Services Training and Certification の案内をご確認ください。</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s">バッジを見る</a></p>
<p style="font-size:11px;color:#999">Credly, a Pearson company ・ このメールは配信専用です。</p>
</body></html>
""" % ('%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
    msg = leaf(html, subtype='html', cte='base64')
    subj = jhdr('バッジの有効期限が近づいています: AWS Certified Solutions Architect – Associate')
    hs = credly_headers('ocn', to, dt, '"Credly" <admin@credly.com>', subj)
    write(33, 'credly-kigen-chikai', 'unrelated', 'ja', None, [], True, msg, hs)


def m034():
    dt = datetime(2025, 9, 8, 8, 1, 39, tzinfo=UTC)
    body = """Hi Tomasz,

Someone - hopefully you - asked to bring another Credly account together
with this one.

Your code is: 482913

Enter it on the page you were on, or follow the link below and choose
"Complete Account Merge". The code is good for 30 minutes.

https://www.credly.com/users/account_merge/confirm?t=%s

If this wasn't you, you can ignore this email; nothing will change.

The Credly Team
""" % ralnum(32)
    msg = leaf(body, charset='us-ascii', cte='7bit')
    hs = credly_headers('o365', C_TO, dt, '"Credly" <admin@credly.com>',
                        'Your Credly verification code')
    write(34, 'credly-own-code', 'unrelated', 'en', None, [], True, msg, hs)


def m035():
    dt = datetime(2025, 8, 12, 4, 47, 31, tzinfo=UTC)
    text = """藤田 翔 様

AWS トレーニングと認定サポートの小池です。いつもお世話になっております。

まずは、お問い合わせの中でご質問いただいていた点からお答えいたします。

・50%%割引の特典について
  未使用のものは有効期限も含めてそのまま残ります。認定アカウントの
  「特典」ページからご確認いただけます。

・再認定の期限について
  各認定の有効期限は、それぞれの取得日にもとづいて従来どおり計算されます。

なお、お預かりしていた2件の受験者 ID は、本日午前中に AWS58830217 への
一本化を済ませており、AWS57402268 でのサインインはできなくなっております。

・Credly のバッジについて
  Credly 側の反映には数日かかることがあります。1週間ほど経っても新しい
  アカウントに表示されない場合は、このメールにご返信ください。

ほかにもご不明な点がございましたら、お気軽にお知らせください。

小池
Amazon Web Services

2025年8月11日(月) 8:02 藤田 翔 <sho.fujita.0921@gmail.com>:
> 小池様
>
> ご連絡ありがとうございます。記載の内容で問題ありません。
> AWS58830217 を残し、AWS57402268 をまとめる形でお願いします。
> あわせて、割引特典と再認定期限がどうなるか教えてください。
>
> 藤田
"""
    html = '<html><body><div style="font-family:sans-serif">' + \
        text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div></body></html>'
    text = text.replace('%%', '%')
    html = html.replace('%%', '%')
    msg = alt(leaf(text, cte='base64'), leaf(html, subtype='html', cte='base64'))
    hs = aws_headers('gmail', K_TO, dt, FORM, FORM_SUBJ % K_CASE)
    write(35, 'tokuten-to-kigen', 'merge_completed', 'ja', K_CASE, [K_KEEP, K_OLD], True, msg, hs)


def m036():
    dt = datetime(2025, 10, 2, 15, 36, 20, tzinfo=UTC)
    body = """Dear Oliver,

Case %s is now closed.

  Subject:   Duplicate certification IDs
  Opened:    29 September 2025
  Closed:    2 October 2025

Notes from Saoirse, who worked on your case:
"Both IDs are now one. AWS26604471 holds everything - the SysOps and the
Advanced Networking results from AWS28815390 were brought across this
morning - and the old ID can no longer be used to sign in or book exams."

If something isn't right, you can reopen the case from the Support Center
within 14 days.

Would you recommend the help you received? Let us know:
https://support.console.aws.amazon.com/support/feedback?displayId=%s

Best regards,
Amazon Web Services
""" % (L_CASE, L_CASE)
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', L_TO, dt, CONSOLE,
                     'Amazon Web Services: Case %s closed' % L_CASE)
    write(36, 'closed-with-agent-notes', 'merge_completed', 'en', L_CASE, [L_KEEP, L_OLD], True, msg, hs)


def m037():
    dt = datetime(2025, 7, 24, 1, 3, 40, tzinfo=UTC)
    body = """高橋 様

AWS トレーニングと認定サポートの岡本です。

ご確認のお返事をありがとうございました。頂戴した内容のとおり、これより
作業の手配に入ります。通常は1〜2営業日ほどで終わりますので、済み次第
あらためてご連絡いたします。それまでの間、試験のご予約はお控えいただけ
ますと安心です。

岡本
Amazon Web Services

-----
高橋 裕子 (2025/07/23 19:40 JST):
了承しました。よろしくお願いいたします。

-----
西村 (2025/07/23 18:14 JST):
 残す受験者 ID: aws39027716(ご登録: yuko.takahashi@ymail.ocn.ne.jp)
 吸収される ID: aws 30118842(ご登録: ytakahashi@mirai-soft.jp)
 この作業は一度行うと取り消せませんので、上記で間違いがないかご確認ください。
"""
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    subj = jhdr('RE:[CASE %s] 受験者IDの統合について' % H_CASE, 'iso-2022-jp')
    hs = aws_headers('ocn', H_TO, dt, CONSOLE, subj)
    write(37, 'tehai-ni-hairimasu', 'support_reply', 'ja', H_CASE, [], True, msg, hs)


def m038():
    open_dt = datetime(2025, 4, 14, 20, 11, 9, tzinfo=UTC)
    case = case15(open_dt, '55871')
    dt = datetime(2025, 4, 16, 9, 48, 2, tzinfo=UTC)
    to = 'rafael.moreira.dev@gmail.com'
    body = """Hello Rafael,

Thank you for your patience while I reviewed your account.

The charges you saw on the March invoice came from two Elastic IP
addresses in eu-west-1 that were still allocated after the instances were
terminated. As a one-time courtesy I've applied a credit of USD 18.40 to
your account; it will show on your next invoice.

To avoid this in future, release unused Elastic IPs from the EC2 console,
and consider setting up an AWS Budgets alert.

Best regards,
Tamsin
Amazon Web Services
"""
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', to, dt, CONSOLE,
                     'RE:[CASE %s] Unexpected charges on March invoice' % case)
    write(38, 'billing-elastic-ip-credit', 'unrelated', 'en', case, [], True, msg, hs)


def m039():
    open_dt = datetime(2025, 9, 30, 0, 42, 55, tzinfo=UTC)
    case = case15(open_dt, '02119')
    dt = datetime(2025, 9, 30, 6, 20, 17, tzinfo=UTC)
    to = 'aya.nakagawa@shinonome-tech.co.jp'
    body = """中川 彩 様

Amazon Web Services サポートの堀です。

ご依頼いただいた東京リージョン (ap-northeast-1) の EC2 オンデマンド
インスタンス (標準インスタンスファミリー) の vCPU 上限について、
128 から 256 への引き上げが完了しました。反映まで最大30分ほど
かかる場合がございます。

Service Quotas コンソールから現在の値をご確認いただけます。

本件はこれにて解決とさせていただきます。

堀
Amazon Web Services
"""
    msg = leaf(body, cte='base64')
    subj = jhdr('RE:[CASE %s] EC2 vCPU 上限緩和のお願い (ap-northeast-1)' % case)
    hs = aws_headers('o365', to, dt, CONSOLE, subj, to_hdr='aya.nakagawa@shinonome-tech.co.jp')
    write(39, 'ec2-jougen-hikiage', 'unrelated', 'ja', case, [], True, msg, hs)


def m040():
    dt = datetime(2025, 3, 17, 13, 30, 48, tzinfo=UTC)
    text = """Hi Priya,

Badges from your other Credly account now live here.

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate

They've kept their original issue dates. Take a look and accept them so
they appear on your public profile:
https://www.credly.com/earner/earned

The Credly Team
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Hi Priya, your badges have a new home</h2>
<p>These badges were moved over from your other Credly account:</p>
<ul><li>AWS Certified Cloud Practitioner</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Partner: Technical Accredited</li></ul>
<p>Issue dates haven&#39;t changed. Review and accept them to show them on your public profile.</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Review my badges</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company</p>
</body></html>
"""
    msg = alt(leaf(text, charset='us-ascii', cte='7bit'), leaf(html, subtype='html', cte='quoted-printable'))
    hs = credly_headers('gmail', A_TO, dt, '"Credly" <admin@credly.com>',
                        'Your badges have a new home')
    write(40, 'credly-new-home', 'credly_badge_issued', 'en', None, [], True, msg, hs)



# ======================================================================
# 041 - 050
# ======================================================================
# Thread M: Ishii Mayumi, console case, corporate O365 (.co.jp)
M_OPEN = datetime(2025, 10, 6, 0, 52, 16, tzinfo=UTC)
M_CASE = case15(M_OPEN, '84005')
M_KEEP, M_OLD = 'AWS20471185', 'AWS21930064'
M_TO = 'ishii-mayumi@kotobuki-ins.co.jp'

# Thread N: Ingrid Solberg, console case, self-hosted mail (no AR)
N_OPEN = datetime(2026, 2, 2, 7, 45, 31, tzinfo=UTC)
N_CASE = case15(N_OPEN, '30518')
N_TO = 'ingrid@solberg-consult.no'

# Thread O: Mei Lin Tan, form case, gmail
O_OPEN = datetime(2025, 5, 12, 2, 17, 44, tzinfo=UTC)
O_CASE = case15(O_OPEN, '77240')
O_DUP = case15(O_OPEN + timedelta(hours=20, minutes=3, seconds=12), '77902')
O_KEEP, O_OLD = 'AWS83016627', 'AWS80992154'
O_TO = 'meilin.tan.sg@gmail.com'

# Thread P: Yoshikawa Haruka, form case (Japanese subject), docomo/gmail
P_OPEN = datetime(2025, 12, 8, 11, 5, 2, tzinfo=UTC)
P_CASE = case15(P_OPEN, '60281')
P_KEEP, P_OLD = 'AWS12263380', 'AWS11504927'
P_TO = 'haruka-yoshikawa@docomo.ne.jp'
P_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定アカウントの重複について(個人用と会社用)' % P_CASE

# Thread Q: Matsumoto Megumi, two console cases
Q_OPEN = datetime(2026, 2, 16, 23, 58, 40, tzinfo=UTC)
Q_CASE = case15(Q_OPEN, '11973')
Q_OPEN2 = datetime(2026, 2, 17, 0, 20, 5, tzinfo=UTC)
Q_CASE2 = case15(Q_OPEN2, '12046')
Q_TO = 'megumi.matsumoto@kcf.biglobe.ne.jp'


def m041():
    dt = M_OPEN + timedelta(seconds=30)
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Meiryo UI',sans-serif;font-size:14px;color:#16191f">
<p>石井 真由美 様</p>
<p>このたびは Amazon Web Services へご連絡いただき、ありがとうございます。<br>
お寄せいただいた内容を、ケース %s として記録いたしました。</p>
<table border="0" cellpadding="4" style="border-collapse:collapse">
<tr><td style="background:#f2f3f3">ケース ID</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">件名</td><td>受験者IDの重複</td></tr>
<tr><td style="background:#f2f3f3">重要度</td><td>一般的なご質問</td></tr>
<tr><td style="background:#f2f3f3" valign="top">内容</td><td>転職前に取得した認定が AWS 20471185、今の会社で受験したものが AWS21930064 に分かれています。今の会社のものに寄せたいのですが、どちらを残すのがよいかも含めてご相談させてください。</td></tr>
</table>
<p>担当者からの回答は、サポートセンターでご確認いただけます。<br>
<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a></p>
<p style="font-size:12px;color:#687078">このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできません。</p>
<p>Amazon Web Services</p>
</body></html>
""" % (M_CASE, M_CASE, M_CASE)
    msg = leaf(html, subtype='html', cte='quoted-printable')
    subj = jhdr('Amazon Web Services: 新しいサポートケース %s をお預かりしました' % M_CASE)
    hs = aws_headers('o365', M_TO, dt, CONSOLE, subj)
    write(41, 'console-oazukari-html', 'case_created', 'ja', M_CASE, [M_KEEP, M_OLD], True, msg, hs)


def m042():
    dt = datetime(2026, 2, 4, 14, 2, 11, tzinfo=UTC)
    body = """Hi Ingrid,

Arnav answered your case %s on 3 February.

Was his answer useful?

  Yes - https://support.console.aws.amazon.com/support/feedback?displayId=%s&v=up
  No  - https://support.console.aws.amazon.com/support/feedback?displayId=%s&v=down

It takes about ten seconds and goes straight to the team that trains our
agents.

Amazon Web Services
""" % (N_CASE, N_CASE, N_CASE)
    msg = leaf(body, charset='us-ascii', cte='7bit')
    hs = [('Return-Path', '<0100%012x-%s-000000@email.amazonses.com>' % (int(dt.timestamp() * 1000), rhex(8))),
          ('Received', 'from a8-%d.smtp-out.amazonses.com (a8-%d.smtp-out.amazonses.com [54.240.8.%d])\n\tby mail.solberg-consult.no (Postfix) with ESMTPS id 4fQ2xK6mZ9z3\n\tfor <%s>; %s' % (
              41, 41, 41, N_TO, rfc((dt + timedelta(seconds=4)).astimezone(CET)))),
          ('DKIM-Signature', dkim_sig('amazon.com', SES_SEL, dt)),
          ('From', CONSOLE),
          ('To', N_TO),
          ('Subject', "How would you rate Arnav's reply? [Case %s]" % N_CASE),
          ('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')),
          ('Message-ID', ses_msgid(dt))]
    write(42, 'rate-arnavs-reply', 'survey', 'en', N_CASE, [], None, msg, hs)


def m043():
    dt = datetime(2025, 10, 7, 3, 31, 8, tzinfo=UTC)
    body = """石井 真由美 様

AWS トレーニングと認定サポートの佐藤と申します。ご相談いただいた件に
ついてご案内いたします。

まず、どちらを残すのがよいかというご質問ですが、今後もお使いになる
メールアドレスに紐づいている側を残すのが一般的です。お勤め先のアドレスは
転職などで使えなくなることがありますので、個人のアドレスを登録し直した
うえで残す方も多くいらっしゃいます。

なお、会社から支給された受験バウチャーをご利用予定の場合、バウチャーは
アカウントではなくコードに紐づくため、どちらを残しても影響はございません。
Credly のバッジは別のシステムで管理されており、作業後に数日おいて反映
されます。

ご依頼の文面にあわせて、以下のとおり進めたいと考えております。

  残す側  : AWS21930064(現在のお勤め先で受験されたもの)
  移す側  : AWS20471185(転職前に取得されたもの)

移す側の受験履歴と認定はすべて残す側へ移り、移す側の ID は使えなく
なります。一度行うと元には戻せないため、上記でよろしいか、サポート
センターの本ケースにてお返事をいただけますでしょうか。お返事を確認して
から手配いたします。

佐藤
Amazon Web Services
"""
    msg = leaf(body, cte='quoted-printable')
    subj = jhdr('RE:[CASE %s] 受験者IDの重複' % M_CASE)
    hs = aws_headers('o365', M_TO, dt, CONSOLE, subj)
    write(43, 'dochira-wo-nokosu', 'merge_confirmation_requested', 'ja', M_CASE, [M_KEEP, M_OLD], True, msg, hs)


def m044():
    dt = datetime(2025, 5, 13, 9, 26, 37, tzinfo=UTC)
    body = """Hi Mei Lin,

Thanks for writing in. I noticed a second request from you came in
early this morning as case %s. To keep everything in one place I've
closed that one, and we'll carry on here in %s - no need to
do anything about it.

I can see AWS83016627 under meilin.tan.sg@gmail.com. For the other record
I need a bit more to go on: could you tell me which email address you used
when you sat the 2021 exam, and roughly which month that was? A company
address is fine even if you can no longer log in to it.

Speak soon,
Yusuf
AWS Training and Certification
""" % (O_DUP, O_CASE)
    msg = leaf(body, cte='quoted-printable')
    hs = aws_headers('gmail', O_TO, dt, FORM, FORM_SUBJ % O_CASE)
    write(44, 'carry-on-here', 'support_reply', 'en', O_CASE, [O_KEEP], True, msg, hs)


def m045():
    dt = datetime(2025, 12, 11, 21, 48, 5, tzinfo=JST)
    to = 'daisuke.yoshikawa@gmail.com'
    body = """だいちゃん

AWSの資格の件、サポートからこんなメールが来たんだけど、
これって会社のほう(AWS11504927)を消しちゃって大丈夫だと思う?
会社のほうで取ったSAAもちゃんと個人用の AWS12263380 に入るなら
いいんだけど、ちょっと心配で。
明日の朝までに返事したいから、見ておいてくれると助かります。

はるか

-------- 転送メッセージ --------
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定アカウントの重複について(個人用と会社用)
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
日付: 2025年12月11日(木) 17:22
宛先: haruka-yoshikawa@docomo.ne.jp

吉川 遥 様

AWS トレーニングと認定の高木でございます。
生年月日のご確認、ありがとうございました。以下の内容で進める予定です。

  残るアカウント: AWS-12263380(個人用)
  移されるアカウント: AWS-11504927(会社用)

会社用にある SAA の記録は個人用に移り、会社用の ID は使えなくなります。
一度行うと戻せませんので、よろしければ本メールへのご返信で
お知らせください。

高木
""" % P_CASE
    msg = leaf(body, charset='Shift_JIS', cte='base64')
    mailfrom = P_TO
    hs = trace('gmail', to, dt, mailfrom, 'docomo.ne.jp', dkim_d='docomo.ne.jp',
               ip='203.138.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
               helo='mfsmax.docomo.ne.jp', policy='NONE')
    hs.append(('DKIM-Signature', dkim_sig('docomo.ne.jp', 'dkim', dt)))
    hs += [('From', jaddr('吉川 遥', P_TO, 'iso-2022-jp')),
           ('To', to),
           ('Subject', jhdr('Fw: 認定アカウントの重複について(個人用と会社用)', 'iso-2022-jp')),
           ('Date', rfc(dt)),
           ('Message-ID', '<%s.%s@docomo.ne.jp>' % (rhex(12), ralnum(6))),
           ('X-Mailer', 'docomo mail')]
    write(45, 'fw-otto-ni-soudan', 'unrelated', 'ja', P_CASE, [P_KEEP, P_OLD], False, msg, hs)


def m046():
    dt = datetime(2025, 5, 19, 10, 44, 51, tzinfo=UTC)
    text = """Hi Mei Lin,

Done - AWS83016627 is now your only candidate ID.

Rosalind
AWS Training and Certification
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Mei Lin,</p>
<p>Good news to start your week: the 2021 exam history we found under AWS80992154 (your old
Helix Data address) has been moved onto AWS83016627, and AWS80992154 has been shut down.
Your Solutions Architect &ndash; Associate now shows alongside the newer Machine Learning
Engineer &ndash; Associate when you sign in with your Gmail address.</p>
<p>Credly usually catches up within a few days.</p>
<p>Rosalind<br>AWS Training and Certification</p>
</body></html>
"""
    msg = alt(leaf(text, charset='us-ascii', cte='7bit'), leaf(html, subtype='html', cte='quoted-printable'))
    hs = aws_headers('gmail', O_TO, dt, FORM, FORM_SUBJ % O_CASE)
    write(46, 'good-news-to-start-week', 'merge_completed', 'en', O_CASE, [O_KEEP, O_OLD], True, msg, hs)


def m047():
    dt = datetime(2026, 2, 17, 5, 40, 0, tzinfo=UTC)
    body = """松本 恵 様

Amazon Web Services サポートです。

ケース %s でお寄せいただいた内容は、その後に作成された
ケース %s と同じご依頼でしたので、そちらで引き続き
対応させていただきます。このため、本ケースは終了とさせていただきました。

よろしければ、本ケースでのやり取りについて簡単なアンケートに
ご協力ください。
https://support.console.aws.amazon.com/support/feedback?displayId=%s&language=ja

Amazon Web Services
""" % (Q_CASE, Q_CASE2, Q_CASE)
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    subj = jhdr('[Case %s] ケースの終了とアンケートのお願い' % Q_CASE, 'iso-2022-jp')
    hs = aws_headers('biglobe', Q_TO, dt, CONSOLE, subj)
    write(47, 'betsu-case-de-keizoku', 'survey', 'ja', Q_CASE, [], True, msg, hs)


def m048():
    dt = datetime(2025, 10, 4, 8, 9, 33, tzinfo=UTC)
    body = """Oliver, 2 badges from Amazon Web Services Training and Certification
are waiting for you.

  AWS Certified SysOps Administrator - Associate
  AWS Certified Advanced Networking - Specialty

Accept them here: https://www.credly.com/earner/earned

Credly, a Pearson company
"""
    msg = leaf(body, cte='quoted-printable')
    hs = credly_headers('gmail', L_TO, dt,
                        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                        'Oliver, 2 badges are waiting for you')
    write(48, 'credly-two-waiting', 'credly_badge_issued', 'en', None, [], True, msg, hs)


def m049():
    dt = datetime(2025, 8, 15, 9, 12, 6, tzinfo=UTC)
    body = """藤田 翔 さん

おめでとうございます。Amazon Web Services Training and Certification
から、次のバッジがあなたに授与されました。

  AWS Certified Data Engineer – Associate

バッジはまだプロフィールに追加されていません。下のリンクから内容を
ご確認のうえ、受け取りを済ませてください。

https://www.credly.com/earner/earned/badge/%s

Credly, a Pearson company
""" % ('%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
    msg = leaf(body, cte='base64')
    subj = jhdr('藤田 翔 さん、AWS Certified Data Engineer – Associate のバッジをお受け取りください')
    hs = credly_headers('gmail', K_TO, dt,
                        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', subj)
    write(49, 'credly-juyo-sareta', 'credly_badge_issued', 'ja', None, [], True, msg, hs)


def m050():
    dt = O_OPEN + timedelta(seconds=55)
    body = """Hi there \u2014

We\u2019ve got your message, and it\u2019s sitting in the queue under reference
%s. This reply was sent automatically; a real person will
pick it up and get back to you, usually within a business day.

A copy of what you told us:
  \u201cI have two candidate IDs. The one I use now is AWS83016627; the
  other one is from my previous job and I don\u2019t remember the number.\u201d

Anything to add? Just reply \u2014 keep the reference in the subject line.
Please don\u2019t fill in the form again for the same thing; a second ticket
only slows things down.

AWS Training and Certification
""" % O_CASE
    # deliberately wrong label: UTF-8 punctuation declared as us-ascii
    msg = leaf(body, cte='quoted-printable', codec='utf-8', label='us-ascii')
    hs = aws_headers('gmail', O_TO, dt, FORM,
                     '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % O_CASE)
    write(50, 'sitting-in-the-queue', 'case_created', 'en', O_CASE, [O_KEEP], True, msg, hs)



# ======================================================================
# 051 - 060
# ======================================================================
# Thread R: Sven Lindqvist, form case, O365 (.se)
R_OPEN = datetime(2025, 9, 22, 6, 38, 12, tzinfo=UTC)
R_CASE = case15(R_OPEN, '95130')
R_TO = 'sven.lindqvist@fjallbacka-energi.se'

# Thread T: Ueda Takumi, form case, ocn
T_OPEN = datetime(2025, 11, 20, 12, 4, 50, tzinfo=UTC)
T_CASE = case15(T_OPEN, '43318')
T_KEEP, T_OLD = 'AWS91027745', 'AWS90455316'
T_TO = 'takumi.ueda@dune.ocn.ne.jp'


def m051():
    dt = datetime(2025, 10, 9, 7, 55, 21, tzinfo=UTC)
    body = """石井様

青木です。先日ご了承いただいた件、本日作業を終えました。
AWS20471185 にあった記録は、すべて AWS21930064 に入っています。

以上、取り急ぎご報告まで。

青木
Amazon Web Services
"""
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    subj = jhdr('RE:[CASE %s] 受験者IDの重複' % M_CASE, 'iso-2022-jp')
    hs = aws_headers('o365', M_TO, dt, CONSOLE, subj)
    write(51, 'toriisogi-houkoku', 'merge_completed', 'ja', M_CASE, [M_KEEP, M_OLD], True, msg, hs)


def m052():
    dt = datetime(2025, 9, 23, 13, 17, 40, tzinfo=UTC)
    body = """Hello Sven,

Thank you for the details. I was able to find AWS-90317724 straight away
(sven.lindqvist@fjallbacka-energi.se, Cloud Practitioner 2024).

The second number you sent, 4417 0392 8815, doesn't look like a candidate
ID though - it has twelve digits, which is the format of an AWS account
(the one you use to sign in to the console), not of a certification
record. Certification IDs start with the letters AWS followed by eight
digits.

If you sign in to the AWS Certification site with the other email address
and open "My Profile", the number is shown at the top of the page. Could you
send me that one? Then I can tell you how we'd go about it.

Regards,
Ines
AWS Training and Certification
"""
    msg = leaf(body, charset='us-ascii', cte='7bit')
    hs = aws_headers('o365', R_TO, dt, FORM, FORM_SUBJ % R_CASE,
                     to_hdr='Sven Lindqvist <%s>' % R_TO)
    write(52, 'twelve-digits-not-candidate', 'support_reply', 'en', R_CASE, ['AWS90317724'], True, msg, hs)


def m053():
    dt = datetime(2025, 12, 10, 2, 36, 14, tzinfo=UTC)
    body = """吉川 様

AWS トレーニングと認定の福田でございます。

お調べしたところ、AWS12263380 に登録されている生年月日と、もう一方の
アカウントの生年月日が一致しておりませんでした(月と日が入れ替わって
いるようです)。恐れ入りますが、正しい生年月日をこのメールへの返信で
お知らせいただけますでしょうか。確認が取れ次第、次のご案内をいたします。

福田

> 2025年12月9日(火) 9:41 吉川 遥 <haruka-yoshikawa@docomo.ne.jp>:
> 福田様
> 会社用のメールはもう使えないのですが、大丈夫でしょうか。
>
> > 2025年12月8日(月) 23:48 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> > 吉川 様
> > 個人用 AWS12263380 と、会社用 AWS11504927 の二つを確認いたしました。
> > 会社用のご登録メールアドレスはまだお使いでしょうか。
> >
> > > 2025年12月8日(月) 20:05 吉川 遥 <haruka-yoshikawa@docomo.ne.jp>:
> > > 個人用と会社用でアカウントが二つになってしまいました。
> > > 個人用のほうにまとめたいです。
"""
    msg = leaf(body, cte='base64')
    hs = aws_headers('gmail', 'haruka.yoshikawa.mail@gmail.com', dt, FORM, jhdr(P_SUBJ),
                     to_hdr=P_TO)
    write(53, 'seinengappi-kakunin', 'support_reply', 'ja', P_CASE, [P_KEEP], True, msg, hs)


def m054():
    dt = datetime(2025, 7, 2, 15, 20, 3, tzinfo=UTC)
    to = 'rafael.moreira.dev@gmail.com'
    fake_case = case15(datetime(2025, 7, 1, 9, 12, 44, tzinfo=UTC), '20931')
    body = """Hello Rafael,

Just to make sure before I do this:

  keep    AWS45120098
  retire  AWS45177301

It's permanent. Reply "yes" to this email with a photo of the front of
your ID card and I'll start right away.

Thanks,
Pedro
Amazon Web Services
"""
    msg = leaf(body, charset='us-ascii', cte='7bit')
    mailfrom = 'info@mx3.vps-relay-host.ru'
    hs = trace('gmail', to, dt, mailfrom, 'amazon.com', dkim_d='amazon.com',
               ip='91.215.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
               helo='mx3.vps-relay-host.ru', dmarc='fail', spf='softfail', dkim=None)
    hs += [('From', FORM),
           ('Reply-To', 'aws.tc.casedesk@gmail.com'),
           ('To', to),
           ('Subject', FORM_SUBJ % fake_case),
           ('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')),
           ('Message-ID', '<%s@mx3.vps-relay-host.ru>' % rhex(16))]
    write(54, 'keep-retire-reply-yes', 'merge_confirmation_requested', 'en', fake_case,
          ['AWS45120098', 'AWS45177301'], False, msg, hs)


def m055():
    dt = datetime(2025, 11, 26, 22, 14, 9, tzinfo=UTC)
    to = 'megumi.matsumoto@kcf.biglobe.ne.jp'
    html = """<html><body style="font-family:sans-serif">
<p>お客様各位</p>
<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>ご登録のお支払い方法で、今月分のご請求の処理ができませんでした。このままの状態が続くと、
<b>72時間以内</b>にアカウント上のすべてのリソースが停止されます。</p>
<p>以下のリンクからサインインし、お支払い情報を更新してください。</p>
<p><a href="https://aws-billing-jp.support-center-login.com/update">お支払い情報を更新する</a></p>
<p>AWS 請求チーム</p>
</body></html>
"""
    msg = leaf(html, subtype='html', cte='base64')
    mailfrom = 'noreply@support-center-login.com'
    forged = 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'
    hs = trace('biglobe', to, dt, mailfrom, 'amazon.com', dkim_d='support-center-login.com',
               ip='103.151.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
               helo='support-center-login.com', dmarc='fail', spf='pass', dkim='none',
               forged_lower=forged)
    hs += [('From', jaddr('AWS 請求チーム', 'no-reply-aws@amazon.com')),
           ('To', to),
           ('Subject', jhdr('【重要】お支払い方法の更新が必要です - Amazon Web Services')),
           ('Date', rfc(dt.astimezone(JST))),
           ('Message-ID', '<%s@support-center-login.com>' % rhex(18))]
    write(55, 'shiharai-koushin-sagi', 'unrelated', 'ja', None, [], False, msg, hs)


def m056():
    dt = datetime(2025, 11, 25, 4, 8, 52, tzinfo=UTC)
    html = """<html><body style="font-family:'Yu Gothic',sans-serif;font-size:14px">
<p>上田 拓海 様</p>
<p>AWS トレーニングと認定の原田です。</p>
<p>ご依頼の件、以前お使いだった aws-90455316 の受験記録を、AWS-91027745 のほうへ
移し替えました。旧 ID はすでに閉じております。</p>
<p>12月にご予約いただいている試験は AWS-91027745 で承っておりますので、
当日はこれまでどおり受験いただけます。再認定の期限も、それぞれ元の日付のままです。</p>
<p>原田<br>Amazon Web Services</p>
</body></html>
"""
    msg = leaf(html, subtype='html', cte='base64')
    hs = aws_headers('ocn', T_TO, dt, FORM, FORM_SUBJ % T_CASE)
    write(56, 'utsushikaemashita-html', 'merge_completed', 'ja', T_CASE, [T_KEEP, T_OLD], True, msg, hs)


def m057():
    dt = Q_OPEN2 + timedelta(seconds=9)
    body = """松本 恵 様

ケース %s を開きました。担当者からの連絡をお待ちください。

ケース ID: %s
件名: 認定アカウントを一つにしたい(再送)
重要度: 一般的なご質問

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services
""" % (Q_CASE2, Q_CASE2, Q_CASE2)
    msg = leaf(body, cte='quoted-printable')
    subj = jhdr('Amazon Web Services: ケース %s を開きました' % Q_CASE2)
    hs = aws_headers('biglobe', Q_TO, dt, CONSOLE, subj)
    write(57, 'case-wo-hirakimashita', 'case_created', 'ja', Q_CASE2, [], True, msg, hs)


def m058():
    dt = datetime(2025, 11, 26, 1, 30, 44, tzinfo=UTC)
    html = """<html><body style="font-family:'Yu Gothic',sans-serif;font-size:14px">
<p>上田 拓海 様</p>
<p>お問い合わせ番号 %s について、担当の原田がご案内いたしました。</p>
<p><b>原田の対応はいかがでしたか?</b></p>
<table><tr>
<td><a href="https://aws-tc-feedback.amazon.com/s?c=%s&amp;r=good" style="padding:8px 18px;background:#1d8102;color:#fff;text-decoration:none">満足</a></td>
<td><a href="https://aws-tc-feedback.amazon.com/s?c=%s&amp;r=ok" style="padding:8px 18px;background:#879596;color:#fff;text-decoration:none">ふつう</a></td>
<td><a href="https://aws-tc-feedback.amazon.com/s?c=%s&amp;r=bad" style="padding:8px 18px;background:#d13212;color:#fff;text-decoration:none">不満</a></td>
</tr></table>
<p style="font-size:12px;color:#687078">ボタンを一つ押すだけで送信されます。ご意見は担当者の育成に役立てます。</p>
<p>AWS トレーニングと認定</p>
</body></html>
""" % (T_CASE, T_CASE, T_CASE, T_CASE)
    msg = leaf(html, subtype='html', cte='quoted-printable')
    subj = jhdr('お問い合わせ %s の対応はいかがでしたか' % T_CASE)
    hs = aws_headers('ocn', T_TO, dt, FORM, subj)
    write(58, 'harada-no-taiou', 'survey', 'ja', T_CASE, [], True, msg, hs)


def m059():
    dt = datetime(2025, 12, 11, 8, 22, 37, tzinfo=UTC)
    body = """吉川 遥 様

AWS トレーニングと認定の高木でございます。
生年月日のご確認、ありがとうございました。以下の内容で進める予定です。

  残るアカウント: AWS-12263380(個人用)
  移されるアカウント: AWS-11504927(会社用)

会社用にある SAA の記録は個人用に移り、会社用の ID は使えなくなります。
一度行うと戻せませんので、よろしければ本メールへのご返信で
お知らせください。

高木
"""
    msg = leaf(body, charset='ISO-2022-JP', cte='7bit')
    hs = aws_headers('gmail', 'haruka.yoshikawa.mail@gmail.com', dt, FORM,
                     jhdr(P_SUBJ, 'iso-2022-jp'), to_hdr=P_TO)
    write(59, 'nokoru-utsusareru', 'merge_confirmation_requested', 'ja', P_CASE, [P_KEEP, P_OLD], True, msg, hs)


def m060():
    dt = datetime(2026, 1, 12, 19, 3, 27, tzinfo=UTC)
    to = 'hannah.berg.dk@gmail.com'
    body = """Verify your AWS Builder ID

Hello,

To finish signing in, enter this code:

    618204

The code expires in 10 minutes. If you didn't try to sign in, you can
safely ignore this email.

Amazon Web Services
"""
    msg = leaf(body, charset='us-ascii', cte='7bit')
    mailfrom = '0100%012x-%s-000000@email.amazonses.com' % (int(dt.timestamp() * 1000), rhex(8))
    hs = trace('gmail', to, dt, mailfrom, 'signin.aws', dkim_d='signin.aws', policy='REJECT')
    hs.append(('DKIM-Signature', dkim_sig('signin.aws', 'sesnyb1a', dt)))
    hs += [('From', 'AWS <no-reply@signin.aws>'),
           ('To', to),
           ('Subject', 'Verify your AWS Builder ID email address'),
           ('Date', rfc(dt.astimezone(UTC)).replace('-0000', '+0000')),
           ('Message-ID', ses_msgid(dt))]
    write(60, 'builder-id-code', 'unrelated', 'en', None, [], True, msg, hs)



MAILS = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010,
         m011, m012, m013, m014, m015, m016, m017, m018, m019, m020,
         m021, m022, m023, m024, m025, m026, m027, m028, m029, m030,
         m031, m032, m033, m034, m035, m036, m037, m038, m039, m040,
         m041, m042, m043, m044, m045, m046, m047, m048, m049, m050,
         m051, m052, m053, m054, m055, m056, m057, m058, m059, m060]

if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(LABELS), 'mails written')
