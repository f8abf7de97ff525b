#!/usr/bin/env python3
"""Generate blind test set 96: short/terse mails around AWS Certification account merges."""
import base64, quopri, random, json, os, io, uuid, hashlib
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(9696)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
LABELS = {}
PENDING = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rnd.choice(a) for _ in range(n))


def ralnum(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(rnd.choice(a) for _ in range(n))


def case15(dt):
    """15-digit case id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(dt.timestamp()), rnd.randint(0, 99999))


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    """A single text part, encoded by hand so odd charsets/labels stay as we want them."""
    data = text.replace('\r\n', '\n').encode(charset)
    m = Message()
    m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, label or charset)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multi(subtype, *parts):
    m = Message()
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, '----=_Part_%d_%d.%d' % (
        rnd.randint(100000, 999999), rnd.randint(1000000, 99999999), rnd.randint(10**12, 10**13)))
    m.set_payload(list(parts))
    return m


def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def subj(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject')


def date(dt):
    return format_datetime(dt)


def ses_id(dt):
    ms = int(dt.timestamp() * 1000) + rnd.randint(0, 900)
    return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, str(uuid.UUID(int=rnd.getrandbits(128))))


def gmail_id():
    return '<CA%s@mail.gmail.com>' % (rb64(8).replace('/', '-') + '+' + ralnum(40).replace('/', '_'))


def ms_id(region):
    h = {'jp': 'TY4PR01MB', 'eu': 'DB9PR07MB', 'us': 'SA1PR12MB', 'ap': 'SG2PR06MB'}[region]
    n = rnd.randint(1000, 9999)
    tail = {'jp': 'jpnprd01', 'eu': 'eurprd07', 'us': 'namprd12', 'ap': 'apcprd06'}[region]
    return '<%s%d%s@%s%d.%s.prod.outlook.com>' % (h, n, ralnum(12).upper(), h, n, tail)


def dkim(d, s, dt, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; h=%s; bh=%s=; b=%s'
            % (s, d, int(dt.timestamp()), h, rb64(43), rb64(342)))


SES_IPS = ['54.240.8.30', '54.240.8.85', '54.240.48.96', '54.240.11.6', '54.240.27.14', '54.240.13.17']


def ses_hops(dt, to, mx):
    ip = rnd.choice(SES_IPS)
    host = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:])
    return ip, host


def received_gmail(src_host, ip, dt, to):
    u = dt.astimezone(UTC)
    return ('from %s (%s. [%s]) by mx.google.com with ESMTPS id %s.%d.%d.%02d.%02d.%02d.%02d.%02d '
            'for <%s> (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); %s'
            % (src_host, src_host, ip, ralnum(20).lower(), rnd.randint(10, 99), u.year, u.month, u.day,
               u.hour, u.minute, u.second, to, date(dt.astimezone(gtz(dt)))))


def gtz(dt):
    return PDT if 4 <= dt.astimezone(UTC).month <= 10 else PST


def received_gmail_inner(dt):
    return 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s; %s' % (
        rhex(4), rhex(3), rhex(3), rhex(3), ralnum(10).lower(), date(dt.astimezone(gtz(dt))))


def received_o365_edge(src_host, ip, dt, edge='TY2PEPF0000AB83.apcprd06.prod.outlook.com'):
    return ('from %s (%s) by %s (10.167.243.22) with Microsoft SMTP Server (version=TLS1_3, '
            'cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.15 via Frontend Transport; %s'
            % (src_host, ip, edge, date(dt.astimezone(UTC)).replace('-0000', '+0000')))


def received_o365_inner(dt, a='OS3P286CA0081.JPNP286.PROD.OUTLOOK.COM', b='TY4PR01MB12345.jpnprd01.prod.outlook.com'):
    return ('from %s (2603:1096:604:1b2::13) by %s (2603:1096:405:1d4::6) with Microsoft SMTP Server '
            '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.19; %s'
            % (a, b, date(dt.astimezone(UTC)).replace('-0000', '+0000')))


def rcv(src_host, ip, by, dt, to, tz=JST, proto='ESMTPS'):
    return 'from %s (%s [%s]) by %s with %s id %s for <%s>; %s' % (
        src_host, src_host, ip, by, proto, ralnum(14), to, date(dt.astimezone(tz)))


# Authentication-Results styles
def ar_gmail(dkim_d, sel, mailfrom, ip, dmarc='pass', hfrom=None, policy='QUARANTINE', spf='pass', dkim_res='pass', extra_dkim=None):
    hfrom = hfrom or dkim_d
    s = 'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n' % (dkim_res, dkim_d, sel, rb64(8))
    if extra_dkim:
        s += '       dkim=pass header.i=@%s header.s=%s header.b=%s;\n' % (extra_dkim[0], extra_dkim[1], rb64(8))
    if spf == 'pass':
        s += ('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
              % (mailfrom, ip, mailfrom))
    else:
        s += ('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
              % (spf, mailfrom, ip, mailfrom))
    s += '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        dmarc, policy, policy, 'NONE' if dmarc == 'pass' else ('QUARANTINE' if policy != 'NONE' else 'NONE'), hfrom)
    return s


def ar_o365(mailfrom_dom, ip, hdr_d, hfrom, dmarc='pass', spf='pass', dkim_res='pass', compauth='pass reason=100'):
    dk = '(signature was verified)' if dkim_res == 'pass' else '(signature did not verify)' if dkim_res == 'fail' else '(message not signed)'
    act = 'action=none' if dmarc == 'pass' else 'action=quarantine'
    spfc = '(sender IP is %s)' % ip
    return ('spf=%s %s smtp.mailfrom=%s; dkim=%s %s header.d=%s;dmarc=%s %s header.from=%s;compauth=%s'
            % (spf, spfc, mailfrom_dom, dkim_res, dk, hdr_d, dmarc, act, hfrom, compauth))


def ar_jp(authserv, mailfrom, hdr_d, hfrom, dmarc='pass', spf='pass', dkim_res='pass'):
    return '%s; spf=%s smtp.mailfrom=%s; dkim=%s header.d=%s; dmarc=%s header.from=%s' % (
        authserv, spf, mailfrom, dkim_res, hdr_d, dmarc, hfrom)


def write(fn, label, headers, body):
    m = Message()
    for k, v in headers:
        if v is None:
            continue
        m[k] = v
    m['MIME-Version'] = '1.0'
    for k, v in body.items():
        m[k] = v
    m.set_payload(body._payload)  # raw payload (keeps 8bit surrogates)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(m)
    acc = sorted(set(label.get('account_ids', [])))
    PENDING.append((fn, buf.getvalue(), {'kind': label['kind'], 'case_id': label.get('case_id'), 'account_ids': acc,
                  'sender_verified': label['sv'], 'language': label['lang']}))


# common AWS pieces -------------------------------------------------------
AWS_FROM = addr('Amazon Web Services', 'no-reply-aws@amazon.com')
FORM_FROM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
SES_SEL = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'
AMZ_SEL = 'dkim2024'


def aws_headers(dt, to, mx, frm=AWS_FROM, subject='', to_name=None, reply_to=None, jp_authserv=None,
                dmarc='pass'):
    """Standard AWS-over-SES header list, receiving provider mx in gmail/o365/jp."""
    ip, host = ses_hops(dt, to, mx)
    mid = ses_id(dt)
    mf = mid[1:].split('@')[0] + '@email.amazonses.com'
    arrive = dt + timedelta(seconds=rnd.randint(2, 40))
    h = []
    if mx == 'gmail':
        h.append(('Delivered-To', to))
        h.append(('Received', received_gmail_inner(arrive)))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; d=google.com; s=arc-20240605; b=%s' % (int(arrive.timestamp()), rb64(120))))
        h.append(('Return-Path', '<%s>' % mf))
        h.append(('Received', received_gmail(host, ip, arrive, to)))
        h.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mf, ip, ip)))
        h.append(('Authentication-Results', ar_gmail('amazon.com', AMZ_SEL, mf, ip, dmarc=dmarc,
                                                     extra_dkim=('amazonses.com', SES_SEL))))
    elif mx == 'o365':
        h.append(('Received', received_o365_inner(arrive)))
        h.append(('Received', received_o365_edge(host, ip, arrive)))
        h.append(('Authentication-Results', ar_o365('email.amazonses.com', ip, 'amazon.com', 'amazon.com', dmarc=dmarc)))
        h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of email.amazonses.com designates %s as permitted sender) receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (ip, ip, host)))
        h.append(('Return-Path', mf))
    elif mx == 'none':
        h.append(('Return-Path', '<%s>' % mf))
        h.append(('Received', rcv(host, ip, 'mail.%s' % to.split('@')[1], arrive, to, tz=PDT, proto='ESMTP')))
    else:  # japanese provider; mx is authserv id
        by = {'mx.nifty.com': 'mta-snd.nifty.com', 'mx.biglobe.ne.jp': 'mtaintb.biglobe.ne.jp',
              'ocn.ne.jp': 'mf-smf-ucb.ocn.ad.jp', 'so-net.ne.jp': 'mx.so-net.ne.jp'}.get(mx, 'mx.' + mx)
        h.append(('Return-Path', '<%s>' % mf))
        h.append(('Authentication-Results', ar_jp(mx, mf, 'amazon.com', 'amazon.com', dmarc=dmarc)))
        h.append(('Received', rcv(host, ip, by, arrive, to)))
    h.append(('DKIM-Signature', dkim('amazon.com', AMZ_SEL, dt)))
    h.append(('DKIM-Signature', dkim('amazonses.com', SES_SEL, dt, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID')))
    h.append(('From', frm))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', addr(to_name, to) if to_name else to))
    h.append(('Subject', subject))
    h.append(('Date', date(dt.astimezone(UTC)).replace('-0000', '+0000')))
    h.append(('Message-ID', mid))
    h.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)))
    h.append(('X-SES-Outgoing', dt.strftime('%Y.%m.%d') + '-' + ip))
    return h


CONSOLE_FOOTER_EN = """
To see all the correspondence for this case and to reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond, please use the link above.

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=en

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

Reference: {ref}
"""

CONSOLE_FOOTER_JA = """
このケースのすべてのやり取りを確認し、返信するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

注: この E メールは受信専用のアドレスから送信されています。返信は上記のリンクからお願いいたします。

この回答は役に立ちましたか? 評価はこちらから:
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。このメッセージは Amazon Web Services Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）により作成・配信されています。

参照: {ref}
"""


def cfoot(cid, lang='en'):
    ref = 'case-%s-%s' % (rhex(6), rnd.randint(100, 999))
    return (CONSOLE_FOOTER_EN if lang == 'en' else CONSOLE_FOOTER_JA).format(cid=cid, ref=ref)


FORM_FOOTER_EN = """
Please reply to this email to continue the conversation on this case. Do not change the subject line.

Amazon Web Services Training and Certification
https://aws.amazon.com/training/
"""

FORM_FOOTER_JA = """
本ケースに関するお問い合わせは、件名を変更せずにこのメールへご返信ください。

アマゾン ウェブ サービス トレーニングと認定
https://aws.amazon.com/jp/training/
"""


def posteo_aws_headers(dt, to, subject, frm=FORM_FROM):
    h = aws_headers(dt, to, 'none', frm=frm, subject=subject)
    # replace plain receipt with posteo's chain + AR
    out = []
    for k, v in h:
        if k == 'Received':
            ip = v.split('[')[1].split(']')[0]
            host = v.split()[1]
            out.append(('Authentication-Results', 'posteo.de; dkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s; dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s; spf=pass smtp.mailfrom=email.amazonses.com; dmarc=pass (policy=quarantine) header.from=amazon.com' % (rb64(8), rb64(8))))
            out.append(('Received', rcv(host, ip, 'mx02.posteo.de (Postfix)', dt + timedelta(seconds=3), to, tz=CET if dt.month in (11, 12, 1, 2, 3) else CEST)))
        else:
            out.append((k, v))
    return out


def user_headers(dt, frm, to, subject, mid, mx=None, ar=None, received=None, in_reply_to=None, refs=None, extra=None):
    h = []
    for r in (received or []):
        h.append(('Received', r))
    if ar:
        h.append(('Authentication-Results', ar))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(('From', frm))
    h.append(('To', to))
    h.append(('Subject', subject))
    h.append(('Date', date(dt)))
    h.append(('Message-ID', mid))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if refs:
        h.append(('References', refs))
    return h


# ---------------------------------------------------------------- people / cases
U1 = ('Priya Raman', 'priya.raman.cloud@gmail.com')           # gmail, en
U2 = ('Marek Nowak', 'marek.nowak@outlook.com')               # outlook.com, en
U3 = ('佐藤 健太', 'kenta.sato@nifty.com')                     # nifty, ja
U4 = ('山本 真由美', 'm-yamamoto@hoshizora-sys.co.jp')           # corporate O365, ja
U5 = ('Luis Ortega', 'luis@ortegalabs.dev')                   # small host w/o AR, en
U6 = ('高橋 亮', 'ryo.takahashi.jp@gmail.com')                  # gmail, ja
U7 = ('Hannah Becker', 'hannah.becker@posteo.de')             # posteo AR, en
U8 = ('伊藤 彩', 'aya-ito@kxa.biglobe.ne.jp')                   # biglobe, ja

# Case A (U1, form, 15 digits)
A_OPEN = datetime(2025, 5, 27, 14, 6, 11, tzinfo=UTC)
A_CASE = case15(A_OPEN)
A_KEEP, A_OLD = 'AWS04417729', 'AWS09183376'
# Case B (U2, console, 11 digits)
B_OPEN = datetime(2025, 8, 4, 9, 41, 2, tzinfo=UTC)
B_CASE = '13562209481'
B_KEEP, B_OLD = 'AWS20968815', 'AWS31177402'
# Case C (U3, console ja, 15 digits)
C_OPEN = datetime(2025, 9, 16, 1, 12, 40, tzinfo=UTC)
C_CASE = case15(C_OPEN)
C_KEEP, C_OLD = 'AWS11820457', 'AWS60392218'
# Case D (U4, form ja, 15 digits)
D_OPEN = datetime(2026, 1, 20, 0, 58, 3, tzinfo=UTC)
D_CASE = case15(D_OPEN)
D_KEEP, D_OLD = 'AWS47025561', 'AWS02938814'
# Case E (U5, console, 10 digits)
E_OPEN = datetime(2025, 11, 3, 17, 22, 9, tzinfo=UTC)
E_CASE = '8812046390'
E_KEEP, E_OLD = 'AWS73310942', 'AWS73318806'
# Case F (U6, console ja, 15 digits)
F_OPEN = datetime(2026, 3, 9, 3, 30, 55, tzinfo=UTC)
F_CASE = case15(F_OPEN)
F_KEEP, F_OLD = 'AWS38846107', 'AWS05561923'
# Case G (U7, form, 15 digits)
G_OPEN = datetime(2025, 12, 1, 8, 15, 0, tzinfo=UTC)
G_CASE = case15(G_OPEN)
G_KEEP, G_OLD = 'AWS55102938', 'AWS88214073'
# Case H (U8, form ja, 15 digits)
H_OPEN = datetime(2025, 7, 8, 5, 2, 47, tzinfo=UTC)
H_CASE = case15(H_OPEN)
H_KEEP, H_OLD = 'AWS26604418', 'AWS91027735'


# ================================================================= MAILS

def gen_headers(dt, to, mx, frm, subject, dom, ip, host, sel='s1', mailfrom=None, dmarc='pass', hfrom=None,
                mid=None, to_name=None, extra=(), policy='NONE', spf='pass', dkim_res='pass', signed=True):
    """Generic sender -> receiving provider header block."""
    mf = mailfrom or ('bounce@' + dom)
    hfrom = hfrom or dom
    arrive = dt + timedelta(seconds=rnd.randint(1, 30))
    h = []
    if mx == 'gmail':
        h += [('Delivered-To', to), ('Received', received_gmail_inner(arrive)),
              ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)),
              ('Return-Path', '<%s>' % mf), ('Received', received_gmail(host, ip, arrive, to)),
              ('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (spf, mf, ip, ip)),
              ('Authentication-Results', ar_gmail(dom, sel, mf, ip, dmarc=dmarc, hfrom=hfrom, policy=policy, spf=spf, dkim_res=dkim_res))]
    elif mx == 'o365':
        h += [('Received', received_o365_inner(arrive)),
              ('Received', received_o365_edge(host, ip, arrive)),
              ('Authentication-Results', ar_o365(mf.split('@')[1], ip, dom if signed else 'none', hfrom, dmarc=dmarc, spf=spf,
                                                 dkim_res=dkim_res if signed else 'none',
                                                 compauth='pass reason=100' if dmarc == 'pass' else 'fail reason=001')),
              ('Return-Path', mf)]
    elif mx == 'posteo':
        h += [('Return-Path', '<%s>' % mf),
              ('Authentication-Results', 'posteo.de; dkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s; spf=%s smtp.mailfrom=%s; dmarc=%s (policy=%s) header.from=%s' % (dkim_res, dom, dom, rb64(8), spf, mf.split('@')[1], dmarc, policy.lower(), hfrom)),
              ('Received', rcv(host, ip, 'mx03.posteo.de (Postfix)', arrive, to, tz=CET if arrive.month in (11, 12, 1, 2, 3) else CEST))]
    elif mx == 'none':
        h += [('Return-Path', '<%s>' % mf), ('Received', rcv(host, ip, 'mail.' + to.split('@')[1], arrive, to, tz=PDT, proto='ESMTP'))]
    else:
        h += [('Return-Path', '<%s>' % mf), ('Authentication-Results', ar_jp(mx, mf, dom, hfrom, dmarc=dmarc, spf=spf, dkim_res=dkim_res)),
              ('Received', rcv(host, ip, 'mta.' + mx.replace('mx.', ''), arrive, to))]
    if signed:
        h.append(('DKIM-Signature', dkim(dom, sel, dt)))
    h += [('From', frm), ('To', addr(to_name, to) if to_name else to), ('Subject', subject),
          ('Date', date(dt)), ('Message-ID', mid or '<%s@%s>' % (uuid.UUID(int=rnd.getrandbits(128)), dom))]
    h += list(extra)
    return h

def mails_part1():
    # 1 form-desk acknowledgement, Gmail, QP
    dt = A_OPEN + timedelta(seconds=9)
    h = aws_headers(dt, U1[1], 'gmail', frm=FORM_FROM, to_name=U1[0],
                    subject='Your request has been logged - Case %s' % A_CASE)
    body = part("""Hello Priya,

Your request has been logged as case %s. Someone from our team will get back to you, normally within 24 hours.

Please don't open another case for the same request; reply to this email instead if you need to add anything.

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: aws-04417729
%s""" % (A_CASE, FORM_FOOTER_EN))
    write('request-logged', dict(kind='case_created', case_id=A_CASE, account_ids=[A_KEEP], sv=True, lang='en'), h, body)

    # 2 console ack, Outlook.com, one-line body under the footer
    dt = B_OPEN + timedelta(seconds=4)
    h = aws_headers(dt, U2[1], 'o365', subject='Amazon Web Services: You have opened a new Support case: %s' % B_CASE)
    body = part("""Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Two certification profiles
Severity: General guidance
%s""" % (B_CASE, B_CASE, cfoot(B_CASE)), cte='7bit', charset='us-ascii')
    write('new-support-case', dict(kind='case_created', case_id=B_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 3 console ack in Japanese, nifty, ISO-2022-JP, split encoded-word subject
    dt = C_OPEN + timedelta(seconds=6)
    h = aws_headers(dt, U3[1], 'mx.nifty.com', frm=addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp'),
                    subject=subj('Amazon Web Services: 新しいサポートケースを作成しました: %s' % C_CASE, 'iso-2022-jp'))
    body = part("""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s を作成しました。

ケース ID: %s
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
%s""" % (C_CASE, C_CASE, cfoot(C_CASE, 'ja')), charset='iso-2022-jp', cte='7bit')
    write('aws-case-jp', dict(kind='case_created', case_id=C_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 4 form ack in Japanese, corporate O365, base64
    dt = D_OPEN + timedelta(seconds=12)
    h = aws_headers(dt, U4[1], 'o365', frm=FORM_FROM, to_name=U4[0],
                    subject=subj('お問い合わせを受け付けました [CASE %s]' % D_CASE))
    body = part("""山本 真由美 様

お問い合わせを受け付けました（ケース番号: %s）。担当者より、原則24時間以内にご連絡いたします。

追加のご連絡は、新しいケースを作成せず、このメールへの返信でお願いいたします。
%s""" % (D_CASE, FORM_FOOTER_JA), cte='base64')
    write('uketsuke', dict(kind='case_created', case_id=D_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 5 console ack, HTML only, mailbox without Authentication-Results
    dt = E_OPEN + timedelta(seconds=3)
    h = aws_headers(dt, U5[1], 'none', subject='Amazon Web Services: You have opened a new Support case: %s' % E_CASE)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<table><tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Duplicate Training &amp; Certification profile</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr></table>
<p>To see all the correspondence for this case, sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p style="color:#777;font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>""" % (E_CASE, E_CASE, E_CASE)
    write('support-case-opened', dict(kind='case_created', case_id=E_CASE, account_ids=[], sv=None, lang='en'),
          h, part(html, 'html'))

    # 6 console ack in Japanese, Gmail, multipart/alternative
    dt = F_OPEN + timedelta(seconds=5)
    h = aws_headers(dt, U6[1], 'gmail', subject=subj('Amazon Web Services: 新しいサポートケースを作成しました: %s' % F_CASE))
    txt = """ケース %s を作成しました。

件名: 資格アカウントが2つある
重要度: 一般的なガイダンス
%s""" % (F_CASE, cfoot(F_CASE, 'ja'))
    html = """<html><body><p>ケース <b>%s</b> を作成しました。</p>
<p>件名: 資格アカウントが2つある<br>重要度: 一般的なガイダンス</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターで表示</a></p>
<p style="font-size:11px;color:#666">この E メールは受信専用のアドレスから送信されています。</p></body></html>""" % (F_CASE, F_CASE)
    write('case-sakusei', dict(kind='case_created', case_id=F_CASE, account_ids=[], sv=True, lang='ja'),
          h, multi('alternative', part(txt, cte='base64'), part(html, 'html', cte='base64')))

    # 7 confirmation request, form desk, Gmail, QP, terse paraphrase
    dt = A_OPEN + timedelta(hours=21, minutes=14)
    h = aws_headers(dt, U1[1], 'gmail', frm=FORM_FROM, to_name=U1[0],
                    subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE)
    body = part("""Hi Priya,

Before I action this, please check:
Keep: AWS04417729 (priya.raman.cloud@gmail.com)
Fold into it and close: AWS09183376 (old work address)

It can't be reversed afterwards. Reply "confirmed" if that's right.

Thanks,
Deepak
Amazon Web Services
%s""" % FORM_FOOTER_EN)
    write('re-account-assistance', dict(kind='merge_confirmation_requested', case_id=A_CASE, account_ids=[A_KEEP, A_OLD], sv=True, lang='en'), h, body)
    MIDS['A_conf'] = dict(h)['Message-ID']

    # 8 confirmation request, console, Outlook, ids with a space
    dt = B_OPEN + timedelta(days=1, hours=3, minutes=2)
    h = aws_headers(dt, U2[1], 'o365', subject='RE:[CASE %s] Two certification profiles' % B_CASE)
    body = part("""Hello Marek,

AWS 31177402 would be merged into AWS 20968815, which stays active. This is permanent - please reply in the Support Center to confirm and we'll go ahead.

Best regards,
Ioana M.
Amazon Web Services
%s""" % cfoot(B_CASE))
    write('re-case-profiles', dict(kind='merge_confirmation_requested', case_id=B_CASE, account_ids=[B_KEEP, B_OLD], sv=True, lang='en'), h, body)

    # 9 confirmation request in Japanese, console, nifty, ISO-2022-JP
    dt = C_OPEN + timedelta(days=1, hours=5, minutes=40)
    h = aws_headers(dt, U3[1], 'mx.nifty.com', frm=addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp'),
                    subject=subj('RE:[CASE %s] 認定アカウントの統合について' % C_CASE, 'iso-2022-jp'))
    body = part("""佐藤様

下記の内容で進めてよろしいでしょうか。実施後は元に戻せません。

残すアカウント: AWS11820457
統合元（閉鎖）: AWS60392218

サポートセンターよりご返信ください。

吉田
アマゾン ウェブ サービス
%s""" % cfoot(C_CASE, 'ja'), charset='iso-2022-jp', cte='7bit')
    write('re-tougou', dict(kind='merge_confirmation_requested', case_id=C_CASE, account_ids=[C_KEEP, C_OLD], sv=True, lang='ja'), h, body)

    # 10 confirmation request, form desk ja, O365, quoted user submission with a mistyped id
    dt = D_OPEN + timedelta(days=2, hours=1, minutes=17)
    h = aws_headers(dt, U4[1], 'o365', frm=FORM_FROM, to_name=U4[0],
                    subject=subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE))
    qd = (D_OPEN + timedelta(hours=9)).strftime('%Y/%m/%d %H:%M')
    body = part("""山本様

お待たせいたしました。以下のとおり統合してよろしいか、ご確認ください。

・存続: AWS47025561
・統合後に削除: AWS02938814

一度統合すると元に戻すことはできません。問題なければ、本メールに「同意します」とご返信ください。

小林
AWS トレーニングと認定
%s
-----Original Message-----
Sent: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry Type: Certification
Detail: Account Merge
AWS candidate ID: AWS47025561
Description: 転職前の会社メールで作成したアカウント（AWS02938841 だったと思います）があり、資格が分かれています。一つにまとめたいです。
""" % (FORM_FOOTER_JA, qd), cte='base64')
    write('re-form-submission-jp', dict(kind='merge_confirmation_requested', case_id=D_CASE, account_ids=[D_KEEP, D_OLD], sv=True, lang='ja'), h, body)

    # 11 phishing: look-alike domain with its own passing DMARC
    dt = datetime(2025, 5, 28, 2, 47, 31, tzinfo=UTC)
    fake = '%d%05d' % (int((dt - timedelta(hours=30)).timestamp()), 31337)
    ip = '185.244.31.77'
    mf = 'bounce-%s@mail.aws-trainingcertification.com' % rhex(10)
    h = [('Delivered-To', U1[1]),
         ('Received', received_gmail_inner(dt)),
         ('Return-Path', '<%s>' % mf),
         ('Received', received_gmail('mail.aws-trainingcertification.com', ip, dt, U1[1])),
         ('Authentication-Results', ar_gmail('aws-trainingcertification.com', 'mail', mf, ip, policy='NONE')),
         ('DKIM-Signature', dkim('aws-trainingcertification.com', 'mail', dt)),
         ('From', addr('AWS Training & Certification', 'support@aws-trainingcertification.com')),
         ('To', U1[1]),
         ('Subject', 'Action needed: confirm your certification account merge [CASE %s]' % fake),
         ('Date', date(dt)),
         ('Message-ID', '<%s@aws-trainingcertification.com>' % uuid.UUID(int=rnd.getrandbits(128)))]
    html = """<html><body><p>Hello,</p><p>Your certification accounts are ready to be merged. Please confirm within 24 hours or the request will expire.</p>
<p><a href="https://aws-trainingcertification.com/merge/confirm?c=%s" style="background:#ff9900;color:#fff;padding:8px 14px;text-decoration:none">Confirm merge</a></p>
<p>AWS Training and Certification</p></body></html>""" % fake
    write('confirm-action-needed', dict(kind='merge_confirmation_requested', case_id=fake, account_ids=[], sv=False, lang='en'),
          h, multi('alternative', part('Your certification accounts are ready to be merged. Confirm within 24 hours:\nhttps://aws-trainingcertification.com/merge/confirm?c=%s\n' % fake, cte='7bit', charset='us-ascii'),
                   part(html, 'html')))

    # 12 phishing: From amazon.com, topmost AR says dmarc=fail, a forged pass lower down
    dt = datetime(2025, 12, 2, 19, 3, 12, tzinfo=CET)
    ip = '45.141.87.203'
    h = [('Return-Path', '<info@srv7.kmail-relay.top>'),
         ('Authentication-Results', 'posteo.de; dkim=none; spf=fail (posteo.de: domain of info@srv7.kmail-relay.top does not designate 45.141.87.203 as permitted sender) smtp.mailfrom=info@srv7.kmail-relay.top; dmarc=fail (p=QUARANTINE sp=QUARANTINE) header.from=amazon.com'),
         ('Received', rcv('srv7.kmail-relay.top', ip, 'mx04.posteo.de (Postfix)', dt, U7[1], tz=CET, proto='ESMTPS')),
         ('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
         ('Received', 'from localhost (localhost [127.0.0.1]) by srv7.kmail-relay.top (Postfix) with ESMTP id 4dLq2Z0xR1z9; %s' % date(dt)),
         ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
         ('To', U7[1]),
         ('Subject', 'Please confirm: certification account consolidation'),
         ('Date', date(dt)),
         ('Message-ID', '<%s@srv7.kmail-relay.top>' % rhex(24))]
    body = part("""Dear customer,

We will consolidate AWS55102938 into AWS88214073. Confirm by signing in below; unconfirmed requests are cancelled after 12 hours.

https://aws-certification-merge.support/verify

Amazon Web Services
""", cte='7bit', charset='us-ascii')
    write('please-confirm', dict(kind='merge_confirmation_requested', case_id=None, account_ids=[G_KEEP, G_OLD], sv=False, lang='en'), h, body)

    # 13 confirmation request ja, console, Gmail, alternative parts differ, lower-case dashed ids
    dt = F_OPEN + timedelta(days=1, hours=2, minutes=8)
    h = aws_headers(dt, U6[1], 'gmail', subject=subj('RE:[CASE %s] 資格アカウントが2つある' % F_CASE))
    txt = """高橋様

aws-05561923 を aws-38846107 にまとめます。この操作は取り消しできません。よろしければサポートセンターからご返信ください。

中村
アマゾン ウェブ サービス
%s""" % cfoot(F_CASE, 'ja')
    html = """<html><body><p>高橋様</p>
<p>aws-05561923 を aws-38846107 にまとめます。この操作は取り消しできません。よろしければサポートセンターからご返信ください。</p>
<p>※実施後、aws-05561923 ではサインインできなくなります。</p>
<p>中村<br>アマゾン ウェブ サービス</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">返信する</a></p></body></html>""" % F_CASE
    write('re-shikaku-account', dict(kind='merge_confirmation_requested', case_id=F_CASE, account_ids=[F_KEEP, F_OLD], sv=True, lang='ja'),
          h, multi('alternative', part(txt), part(html, 'html', cte='base64')))



def mails_part2():
    # 14 completion, form desk, Gmail; the confirmation request is quoted below
    dt = A_OPEN + timedelta(days=2, hours=5, minutes=51)
    conf = A_OPEN + timedelta(hours=21, minutes=14)
    h = aws_headers(dt, U1[1], 'gmail', frm=FORM_FROM, to_name=U1[0],
                    subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE)
    body = part("""Hi Priya,

All set - everything now sits under AWS04417729 and the second profile has been retired. Sign out and back in if you don't see it yet.

Deepak
Amazon Web Services
%s
-----Original Message-----
From: %s
Sent: %s
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed, please proceed.

> Before I action this, please check:
> Keep: AWS04417729 (priya.raman.cloud@gmail.com)
> Fold into it and close: AWS09183376 (old work address)
>
> It can't be reversed afterwards. Reply "confirmed" if that's right.
""" % (FORM_FOOTER_EN, U1[1], (conf + timedelta(hours=2, minutes=3)).strftime('%a, %d %b %Y %H:%M UTC'), A_CASE))
    write('re-account-assistance', dict(kind='merge_completed', case_id=A_CASE, account_ids=[A_KEEP], sv=True, lang='en'), h, body)

    # 15 closure that also states the work is done, Outlook.com
    dt = B_OPEN + timedelta(days=2, hours=7, minutes=26)
    h = aws_headers(dt, U2[1], 'o365', subject='RE:[CASE %s] Two certification profiles' % B_CASE)
    body = part("""Hello Marek,

Your two profiles are now one: AWS 20968815. I'm resolving this case; reopen it from the Support Center if anything looks off.

How did we do? A quick rating helps us.

Best regards,
Ioana M.
Amazon Web Services
%s""" % cfoot(B_CASE))
    write('re-case-profiles', dict(kind='merge_completed', case_id=B_CASE, account_ids=[B_KEEP], sv=True, lang='en'), h, body)

    # 16 Japanese one-liner, nifty, ISO-2022-JP
    dt = C_OPEN + timedelta(days=2, hours=3, minutes=1)
    h = aws_headers(dt, U3[1], 'mx.nifty.com', frm=addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp'),
                    subject=subj('RE:[CASE %s] 認定アカウントの統合について' % C_CASE, 'iso-2022-jp'))
    body = part("""佐藤様

統合が完了しました。今後は AWS11820457 でサインインしてください。

吉田
%s""" % cfoot(C_CASE, 'ja'), charset='iso-2022-jp', cte='7bit')
    write('re-tougou', dict(kind='merge_completed', case_id=C_CASE, account_ids=[C_KEEP], sv=True, lang='ja'), h, body)

    # 17 Japanese, form desk, O365, base64
    dt = D_OPEN + timedelta(days=3, hours=4, minutes=44)
    h = aws_headers(dt, U4[1], 'o365', frm=FORM_FROM, to_name=U4[0],
                    subject=subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE))
    body = part("""山本様

AWS02938814 の認定履歴を AWS47025561 へ移行いたしました。旧アカウントは閉鎖済みです。

小林
AWS トレーニングと認定
%s""" % FORM_FOOTER_JA, cte='base64')
    write('re-form-yamamoto', dict(kind='merge_completed', case_id=D_CASE, account_ids=[D_KEEP, D_OLD], sv=True, lang='ja'), h, body)

    # 18 HTML only, console, no Authentication-Results
    dt = E_OPEN + timedelta(days=3, hours=1, minutes=9)
    h = aws_headers(dt, U5[1], 'none', subject='RE:[CASE %s] Duplicate Training & Certification profile' % E_CASE)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Luis,</p>
<p>Your certification history has been consolidated under <b>AWS73310942</b>. AWS73318806 is no longer active.</p>
<p>Regards,<br>Mateo<br>Amazon Web Services</p>
<hr><p style="font-size:11px;color:#777">To see all the correspondence for this case, sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>. This e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>""" % E_CASE
    write('re-duplicate-profile', dict(kind='merge_completed', case_id=E_CASE, account_ids=[E_KEEP, E_OLD], sv=None, lang='en'),
          h, part(html, 'html'))

    # 19 Japanese, console, Gmail, done + survey request, no ids
    dt = F_OPEN + timedelta(days=2, hours=0, minutes=33)
    h = aws_headers(dt, U6[1], 'gmail', subject=subj('RE:[CASE %s] 資格アカウントが2つある' % F_CASE))
    body = part("""高橋様

ご依頼の統合作業が完了いたしました。よろしければ下記のアンケートにご協力ください。
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

中村
%s""" % (F_CASE, cfoot(F_CASE, 'ja')))
    write('re-shikaku-account', dict(kind='merge_completed', case_id=F_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 20 terse, form desk, posteo; lower-case id
    dt = G_OPEN + timedelta(days=8, hours=1, minutes=5)
    h = posteo_aws_headers(dt, U7[1], 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE)
    body = part("""Hi Hannah,

Merged. aws55102938 is your active profile now; the other one is closed.

Sam
Amazon Web Services
%s""" % FORM_FOOTER_EN, cte='7bit', charset='us-ascii')
    write('re-form-submission', dict(kind='merge_completed', case_id=G_CASE, account_ids=[G_KEEP], sv=True, lang='en'), h, body)

    # 21 Japanese, biglobe, UTF-8 bytes labelled iso-8859-1
    dt = H_OPEN + timedelta(days=1, hours=23, minutes=12)
    h = aws_headers(dt, U8[1], 'mx.biglobe.ne.jp', frm=FORM_FROM,
                    subject=subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE))
    body = part("""伊藤様

2つのアカウントを AWS26604418 に一本化しました。AWS91027735 は今後ご利用いただけません。

松本
AWS トレーニングと認定
""", charset='utf-8', label='iso-8859-1', cte='base64')
    write('re-form-biglobe', dict(kind='merge_completed', case_id=H_CASE, account_ids=[H_KEEP, H_OLD], sv=True, lang='ja'), h, body)

    # 22 survey, form case, Gmail
    dt = A_OPEN + timedelta(days=2, hours=5, minutes=53)
    h = aws_headers(dt, U1[1], 'gmail', frm=addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'),
                    subject='How did we do? Case %s' % A_CASE)
    body = part("""Hi Priya,

Case %s is now closed. Tell us how we did - it takes a minute:
https://survey.aws-training.amazon.com/s/%s?case=%s

AWS Training and Certification
""" % (A_CASE, ralnum(10), A_CASE), cte='7bit', charset='us-ascii')
    write('how-did-we-do', dict(kind='survey', case_id=A_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 23 console closure notice, Outlook
    dt = B_OPEN + timedelta(days=2, hours=7, minutes=27)
    h = aws_headers(dt, U2[1], 'o365', subject='[Case %s] Case resolved' % B_CASE)
    body = part("""We've marked case %s as resolved. If your issue isn't fixed, you can reopen it from the Support Center within 14 days.

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no
%s""" % (B_CASE, B_CASE, B_CASE, cfoot(B_CASE)))
    write('case-resolved', dict(kind='survey', case_id=B_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 24 Japanese questionnaire, nifty, ISO-2022-JP
    dt = C_OPEN + timedelta(days=2, hours=3, minutes=2)
    h = aws_headers(dt, U3[1], 'mx.nifty.com', frm=addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp'),
                    subject=subj('ケース %s に関するアンケートのお願い' % C_CASE, 'iso-2022-jp'))
    body = part("""サポートの対応について、簡単なアンケートにご協力ください（所要時間 1 分）。
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

アマゾン ウェブ サービス
""" % C_CASE, charset='iso-2022-jp', cte='7bit')
    write('enquete', dict(kind='survey', case_id=C_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 25 Japanese closure, form desk, O365, base64
    dt = D_OPEN + timedelta(days=6, hours=2, minutes=0)
    h = aws_headers(dt, U4[1], 'o365', frm=FORM_FROM, to_name=U4[0],
                    subject=subj('ケース %s はクローズされました' % D_CASE))
    body = part("""ケース番号 %s をクローズいたしました。ご不明な点があれば、このメールにご返信ください。

AWS トレーニングと認定
""" % D_CASE, cte='base64')
    write('close-notice', dict(kind='survey', case_id=D_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 26 HTML-only YES/NO survey, no Authentication-Results
    dt = E_OPEN + timedelta(days=3, hours=1, minutes=10)
    h = aws_headers(dt, U5[1], 'none', subject='Was your issue resolved? [Case %s]' % E_CASE)
    html = """<html><body style="font-family:Arial,sans-serif;text-align:center">
<h3>Was your issue resolved?</h3>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=1" style="padding:6px 20px;background:#1d8102;color:#fff">YES</a>
&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=0" style="padding:6px 20px;background:#d13212;color:#fff">NO</a></p>
<p style="font-size:11px;color:#777">Case %s &middot; Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>""" % (E_CASE, E_CASE, E_CASE)
    write('issue-resolved', dict(kind='survey', case_id=E_CASE, account_ids=[], sv=None, lang='en'), h, part(html, 'html', cte='base64'))

    # 27 Japanese short survey, Gmail, QP
    dt = F_OPEN + timedelta(days=2, hours=0, minutes=35)
    h = aws_headers(dt, U6[1], 'gmail', subject=subj('[Case %s] サポートはいかがでしたか？' % F_CASE))
    body = part("""今回のサポートを評価してください。
★★★★★ https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja&rating=5
★☆☆☆☆ https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja&rating=1
""" % (F_CASE, F_CASE))
    write('hyouka', dict(kind='survey', case_id=F_CASE, account_ids=[], sv=True, lang='ja'), h, body)


def sendgrid_headers(dt, to, mx, frm, subject, dom='credly.com', to_name=None, dmarc='pass', sel='s1',
                     hfrom=None, ret_dom=None):
    """Mail sent through SendGrid for dom (Credly, GitHub, Slack ...)."""
    ip = '149.72.%d.%d' % (rnd.randint(100, 250), rnd.randint(2, 250))
    host = 'o%d.ptr%d.%s' % (rnd.randint(1, 9), rnd.randint(1000, 9999), ret_dom or dom)
    local = to.replace('@', '=')
    mf = 'bounces+%d-%s-%s@%s' % (rnd.randint(1000000, 9999999), rhex(4), local, 'em.' + (ret_dom or dom))
    hfrom = hfrom or dom
    arrive = dt + timedelta(seconds=rnd.randint(1, 20))
    h = []
    if mx == 'gmail':
        h += [('Delivered-To', to), ('Received', received_gmail_inner(arrive)),
              ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)),
              ('Return-Path', '<%s>' % mf), ('Received', received_gmail(host, ip, arrive, to)),
              ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mf, ip, ip)),
              ('Authentication-Results', ar_gmail(dom, sel, mf, ip, dmarc=dmarc, hfrom=hfrom,
                                                  policy='REJECT' if dom == 'credly.com' else 'NONE'))]
    elif mx == 'o365':
        h += [('Received', received_o365_inner(arrive)),
              ('Received', received_o365_edge(host, ip, arrive)),
              ('Authentication-Results', ar_o365('em.' + (ret_dom or dom), ip, dom, hfrom, dmarc=dmarc,
                                                 compauth='pass reason=100' if dmarc == 'pass' else 'softpass reason=201')),
              ('Return-Path', mf)]
    elif mx == 'posteo':
        h += [('Return-Path', '<%s>' % mf),
              ('Authentication-Results', 'posteo.de; dkim=pass (2048-bit key) header.d=%s header.i=@%s header.b=%s; spf=pass smtp.mailfrom=em.%s; dmarc=%s (policy=reject) header.from=%s' % (dom, dom, rb64(8), ret_dom or dom, dmarc, hfrom)),
              ('Received', rcv(host, ip, 'mx01.posteo.de (Postfix)', arrive, to, tz=CET))]
    elif mx == 'none':
        h += [('Return-Path', '<%s>' % mf), ('Received', rcv(host, ip, 'mail.' + to.split('@')[1], arrive, to, tz=PDT, proto='ESMTP'))]
    else:
        h += [('Return-Path', '<%s>' % mf), ('Authentication-Results', ar_jp(mx, mf, dom, hfrom, dmarc=dmarc)),
              ('Received', rcv(host, ip, 'mta.' + mx.replace('mx.', ''), arrive, to))]
    h += [('DKIM-Signature', dkim(dom, sel, dt)),
          ('From', frm), ('To', addr(to_name, to) if to_name else to), ('Subject', subject),
          ('Date', date(dt.astimezone(UTC)).replace('-0000', '+0000')),
          ('Message-ID', '<%s@geopod-ismtpd-%d>' % (ralnum(22), rnd.randint(1, 40))),
          ('X-SG-EID', rb64(60)), ('List-Unsubscribe', '<https://%s/unsubscribe?u=%s>' % (ret_dom or dom, rhex(16)))]
    return h


def credly_html(headline, body_html, button, url, lang='en'):
    foot = ('You received this email because you are a registered Credly user. Credly, 1775 Tysons Blvd, Tysons, VA 22102'
            if lang == 'en' else 'このメールは Credly に登録されている方にお送りしています。Credly, 1775 Tysons Blvd, Tysons, VA 22102')
    return """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" style="background:#fff"><tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">%s</h1>%s</td></tr>
<tr><td align="center" style="padding:24px"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">%s</td></tr></table></td></tr></table></body></html>""" % (headline, body_html, url, button, foot)


def mails_part3():
    CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly'
    # 28 Credly badge, Gmail, text stub vs HTML headline + button
    dt = A_OPEN + timedelta(days=3, hours=2, minutes=40)
    url = 'https://www.credly.com/earner/earned/badge/%s' % uuid.UUID(int=rnd.getrandbits(128))
    h = sendgrid_headers(dt, U1[1], 'gmail', addr(CREDLY_AWS, 'admin@credly.com'), 'Priya, you earned a badge')
    write('you-earned', dict(kind='credly_badge_issued', case_id=None, account_ids=[], sv=True, lang='en'), h,
          multi('alternative', part('Accept your badge: %s\n' % url, cte='7bit', charset='us-ascii'),
                part(credly_html('AWS Certified Developer - Associate', '', 'Accept your badge', url), 'html')))

    # 29 Credly in Japanese, nifty
    dt = C_OPEN + timedelta(days=3, hours=8)
    url = 'https://www.credly.com/earner/earned/badge/%s' % uuid.UUID(int=rnd.getrandbits(128))
    h = sendgrid_headers(dt, U3[1], 'mx.nifty.com', addr(CREDLY_AWS, 'admin@credly.com'),
                         subj('佐藤さん、新しいバッジが発行されました', 'utf-8'))
    txt = 'Amazon Web Services Training and Certification からバッジが発行されました。\nバッジを受け取る: %s\n' % url
    write('credly-badge-jp', dict(kind='credly_badge_issued', case_id=None, account_ids=[], sv=True, lang='ja'), h,
          multi('alternative', part(txt, cte='base64'),
                part(credly_html('バッジが発行されました', '<p>AWS Certified SysOps Administrator - Associate</p>', 'バッジを受け取る', url, 'ja'), 'html', cte='base64')))

    # 30 badges moved after the merge, HTML only, no AR
    dt = E_OPEN + timedelta(days=4, hours=6)
    url = 'https://www.credly.com/users/luis-ortega.%s/badges' % rhex(8)
    h = sendgrid_headers(dt, U5[1], 'none', addr('Credly', 'admin@credly.com'), 'Your badges are on their way to this account')
    write('credly-badges-moved', dict(kind='credly_badge_issued', case_id=None, account_ids=[], sv=None, lang='en'), h,
          part(credly_html('3 badges moved to this account',
                           '<p>Badges issued to your previous email have been transferred here. Accept them to show them on your profile.</p>',
                           'Accept badges', url), 'html', cte='base64'))

    # 31 older youracclaim.com sender, posteo, text stub + full html
    dt = G_OPEN + timedelta(days=9, hours=4)
    url = 'https://www.youracclaim.com/earner/earned/badge/%s' % uuid.UUID(int=rnd.getrandbits(128))
    h = sendgrid_headers(dt, U7[1], 'posteo', addr(CREDLY_AWS, 'admin@youracclaim.com'),
                         'Hannah, your AWS Certified Cloud Practitioner badge is ready', dom='youracclaim.com')
    write('badge-ready', dict(kind='credly_badge_issued', case_id=None, account_ids=[], sv=True, lang='en'), h,
          multi('alternative', part('View this email in your browser: %s\n' % url, cte='7bit', charset='us-ascii'),
                part(credly_html('Your badge is ready', '<p>AWS Certified Cloud Practitioner</p>', 'Accept your badge', url), 'html')))

    # 32 look-alike Credly, Outlook
    dt = B_OPEN + timedelta(days=3, hours=1)
    url = 'https://credly-badges.net/claim?id=%s' % rhex(12)
    h = sendgrid_headers(dt, U2[1], 'o365', addr('Credly', 'badges@credly-badges.net'),
                         'Marek, claim your AWS badge', dom='credly-badges.net', dmarc='none')
    write('claim-badge', dict(kind='credly_badge_issued', case_id=None, account_ids=[], sv=False, lang='en'), h,
          part(credly_html('Your AWS badge has been issued', '<p>Claim it within 48 hours.</p>', 'Claim badge', url), 'html'))

    # 33 Credly ja, Gmail, headline + button
    dt = F_OPEN + timedelta(days=3, hours=11)
    url = 'https://www.credly.com/earner/earned/badge/%s' % uuid.UUID(int=rnd.getrandbits(128))
    h = sendgrid_headers(dt, U6[1], 'gmail', addr(CREDLY_AWS, 'admin@credly.com'), subj('新しいバッジ: AWS Certified Solutions Architect - Associate'))
    write('atarashii-badge', dict(kind='credly_badge_issued', case_id=None, account_ids=[], sv=True, lang='ja'), h,
          multi('alternative', part('バッジを受理: %s\n' % url),
                part(credly_html('おめでとうございます！', '<p>AWS Certified Solutions Architect - Associate</p>', 'バッジを受理', url, 'ja'), 'html')))


def mails_part4():
    # 34 which account to keep, two lines, form desk, Gmail
    dt = A_OPEN + timedelta(hours=18, minutes=2)
    h = aws_headers(dt, U1[1], 'gmail', frm=FORM_FROM, to_name=U1[0],
                    subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE)
    body = part("""Hi Priya,

I found both profiles. Which one should stay - the Gmail one or the work one?

Deepak
Amazon Web Services
%s""" % FORM_FOOTER_EN, cte='7bit', charset='us-ascii')
    write('re-account-assistance', dict(kind='support_reply', case_id=A_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 35 thanks for confirming, proceeding; ids only in the quoted part
    conf = A_OPEN + timedelta(hours=23, minutes=17)
    dt = conf + timedelta(hours=1, minutes=48)
    h = aws_headers(dt, U1[1], 'gmail', frm=FORM_FROM, to_name=U1[0],
                    subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE)
    body = part("""Thanks for confirming, Priya. I've passed it on and we'll go ahead now; you'll hear from us when it's finished.

Deepak
Amazon Web Services
%s
-----Original Message-----
From: %s
Sent: %s
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed, please proceed.

> Keep: AWS04417729 (priya.raman.cloud@gmail.com)
> Fold into it and close: AWS09183376 (old work address)
""" % (FORM_FOOTER_EN, U1[1], conf.strftime('%a, %d %b %Y %H:%M UTC'), A_CASE))
    write('re-account-assistance', dict(kind='support_reply', case_id=A_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 36 console "new correspondence" notice, Outlook
    dt = B_OPEN + timedelta(days=1, hours=3, minutes=3)
    h = aws_headers(dt, U2[1], 'o365', subject='[Case %s] New correspondence added' % B_CASE)
    body = part("""A new correspondence has been added to your case %s.
%s""" % (B_CASE, cfoot(B_CASE)), cte='7bit', charset='us-ascii')
    write('new-correspondence', dict(kind='support_reply', case_id=B_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 37 Japanese: asks for more information, nifty, ISO-2022-JP
    dt = C_OPEN + timedelta(hours=20, minutes=11)
    h = aws_headers(dt, U3[1], 'mx.nifty.com', frm=addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp'),
                    subject=subj('RE:[CASE %s] 認定アカウントの統合について' % C_CASE, 'iso-2022-jp'))
    body = part("""佐藤様

恐れ入りますが、それぞれのアカウントのログイン用メールアドレスを教えてください。

吉田
%s""" % cfoot(C_CASE, 'ja'), charset='iso-2022-jp', cte='7bit')
    write('re-tougou', dict(kind='support_reply', case_id=C_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 38 Japanese conditional "once done we will contact you", O365
    dt = D_OPEN + timedelta(days=2, hours=6, minutes=30)
    h = aws_headers(dt, U4[1], 'o365', frm=FORM_FROM, to_name=U4[0],
                    subject=subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE))
    body = part("""山本様

ご返信ありがとうございます。手続きを開始しました。統合が完了しましたら、改めてご連絡いたします。

小林
AWS トレーニングと認定
%s""" % FORM_FOOTER_JA, cte='base64')
    write('re-form-jp', dict(kind='support_reply', case_id=D_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 39 working on it, posteo
    dt = G_OPEN + timedelta(days=5, hours=3, minutes=12)
    h = posteo_aws_headers(dt, U7[1], 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE)
    body = part("""Hi Hannah,

Got it - this is with our back-office team now. It usually takes 2-3 business days.

Sam
Amazon Web Services
%s""" % FORM_FOOTER_EN, cte='7bit', charset='us-ascii')
    write('re-form-submission', dict(kind='support_reply', case_id=G_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 40 follow-up: still need help?, posteo
    dt = G_OPEN + timedelta(days=3, hours=17)
    h = posteo_aws_headers(dt, U7[1], 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE)
    body = part("""Hi Hannah,

Just checking in - do you still need help with this? If we don't hear back in 5 days, the case will close automatically.

Sam
Amazon Web Services
%s""" % FORM_FOOTER_EN, cte='quoted-printable', charset='us-ascii')
    write('re-form-submission', dict(kind='support_reply', case_id=G_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 41 Japanese "thanks for confirming, proceeding", biglobe; user's mail quoted with nested > >
    conf_req = H_OPEN + timedelta(hours=17, minutes=55)      # 2025-07-08 22:57 UTC -> 07-09 07:57 JST
    user_rep = H_OPEN + timedelta(hours=18, minutes=20)      # 07-09 08:22 JST
    dt = H_OPEN + timedelta(days=1, hours=0, minutes=41)
    cr = conf_req.astimezone(JST)
    ur = user_rep.astimezone(JST)
    h = aws_headers(dt, U8[1], 'mx.biglobe.ne.jp', frm=FORM_FROM,
                    subject=subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE))
    body = part("""伊藤様

ご確認ありがとうございます。これより作業を進めます。

松本
AWS トレーニングと認定

%d年%d月%d日(水) %d:%02d 伊藤 彩 <%s>:
> はい、その内容で進めてください。
>
> %d年%d月%d日(水) %d:%02d Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 伊藤様
> >
> > 以下の統合でよろしいでしょうか。実施後は取り消せません。
> > 残す: AWS26604418
> > 統合して閉鎖: AWS91027735
> >
> > 松本
""" % (ur.year, ur.month, ur.day, ur.hour, ur.minute, U8[1], cr.year, cr.month, cr.day, cr.hour, cr.minute), cte='base64')
    write('re-form-biglobe', dict(kind='support_reply', case_id=H_CASE, account_ids=[], sv=True, lang='ja'), h, body)

    # 42 conditional: once complete, Credly follows; console, Outlook
    dt = B_OPEN + timedelta(days=1, hours=20, minutes=15)
    h = aws_headers(dt, U2[1], 'o365', subject='RE:[CASE %s] Two certification profiles' % B_CASE)
    body = part("""Hello Marek,

Thanks. Once the merge is complete, your Credly badges will be moved over too - I'll update you here.

Best regards,
Ioana M.
Amazon Web Services
%s""" % cfoot(B_CASE))
    write('re-case-profiles', dict(kind='support_reply', case_id=B_CASE, account_ids=[], sv=True, lang='en'), h, body)

    # 43 duplicate case folded into this one (not the account merge), no AR
    dt = E_OPEN + timedelta(days=1, hours=2, minutes=30)
    dup = '8812051177'
    h = aws_headers(dt, U5[1], 'none', subject='RE:[CASE %s] Duplicate Training & Certification profile' % E_CASE)
    body = part("""Hi Luis,

Please don't open a second case for the same request - I've merged case %s into this one and closed it. We'll continue here.

Regards,
Mateo
Amazon Web Services
%s""" % (dup, cfoot(E_CASE)), cte='7bit', charset='us-ascii')
    write('re-duplicate-profile', dict(kind='support_reply', case_id=E_CASE, account_ids=[], sv=None, lang='en'), h, body)


def mails_part5():
    # 44 GitHub "merged" notification, Gmail
    dt = datetime(2025, 6, 3, 16, 42, 9, tzinfo=UTC)
    thread = '<acme-cloud/identity-service/pull/482@github.com>'
    h = gen_headers(dt, U1[1], 'gmail', addr('Ana Silva', 'notifications@github.com'),
                    'Re: [acme-cloud/identity-service] Account merge: dedupe users by verified email (PR #482)',
                    'github.com', '192.30.252.201', 'out-18.smtp.github.com', sel='pf2023',
                    mailfrom='noreply@github.com', mid='<acme-cloud/identity-service/pull/482/issue_event/%d@github.com>' % rnd.randint(10**10, 10**11),
                    extra=[('In-Reply-To', thread), ('References', thread),
                           ('List-ID', 'acme-cloud/identity-service <identity-service.acme-cloud.github.com>'),
                           ('X-GitHub-Reason', 'author')])
    txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-cloud/identity-service/pull/482#event-%d
You are receiving this because you authored the thread.
""" % rnd.randint(10**10, 10**11)
    html = """<p>Merged <a href="https://github.com/acme-cloud/identity-service/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/acme-cloud/identity-service/pull/482">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
    write('pr-482', dict(kind='unrelated', case_id=None, account_ids=[], sv=False, lang='en'), h,
          multi('alternative', part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='7bit', charset='us-ascii')))

    # 45 GitLab merge request merged, Outlook
    dt = datetime(2025, 8, 19, 11, 5, 44, tzinfo=UTC)
    h = gen_headers(dt, U2[1], 'o365', addr('GitLab', 'gitlab@mg.gitlab.com'),
                    'Re: certs-tooling | Merge AWS cert account exports (!93)', 'mg.gitlab.com', '192.237.158.143',
                    'mail-158-143.mg.gitlab.com', sel='mailo', mailfrom='bounce+%s@mg.gitlab.com' % rhex(12),
                    mid='<merge_request_%d@gitlab.com>' % rnd.randint(10**8, 10**9),
                    extra=[('X-GitLab-Project', 'certs-tooling'), ('X-GitLab-MergeRequest-IID', '93')])
    txt = """Merge request !93 was merged
Project: mnowak/certs-tooling
Branch: feature/merge-accounts -> main

https://gitlab.com/mnowak/certs-tooling/-/merge_requests/93
"""
    write('mr-93-merged', dict(kind='unrelated', case_id=None, account_ids=[], sv=False, lang='en'), h,
          part(txt, cte='quoted-printable'))

    # 46 Bitbucket merged PR, no AR
    dt = datetime(2025, 11, 12, 22, 18, 0, tzinfo=UTC)
    h = gen_headers(dt, U5[1], 'none', addr('Jonas Weber', 'notifications-noreply@bitbucket.org'),
                    '[Bitbucket] Pull request #17: account merge script (ortegalabs/cert-scripts)', 'bitbucket.org',
                    '185.166.143.240', 'mx-4.bitbucket.org', mailfrom='bounce@bitbucket.org')
    html = """<html><body><p><b>Jonas Weber</b> merged pull request <a href="https://bitbucket.org/ortegalabs/cert-scripts/pull-requests/17">#17: account merge script</a></p>
<p>feature/merge &rarr; main</p></body></html>"""
    write('bitbucket-pr-17', dict(kind='unrelated', case_id=None, account_ids=[], sv=None, lang='en'), h, part(html, 'html'))

    # 47 Jira notification in Japanese about a customer-account merge ticket, corporate O365
    dt = datetime(2026, 2, 10, 1, 33, 20, tzinfo=UTC)
    h = gen_headers(dt, U4[1], 'o365', addr('鈴木 一郎 (Jira)', 'jira@hoshizora.atlassian.net'),
                    subj('[JIRA] (HSY-311) 顧客ポータル: 重複アカウントの統合'), 'hoshizora.atlassian.net', '18.236.156.83',
                    'mail-236-156-83.atlassian.net', sel='s1', mailfrom='bounce@mail-us.atlassian.net',
                    mid='<JIRA.%d.%d@Atlassian.JIRA>' % (rnd.randint(10**5, 10**6), int(dt.timestamp() * 1000)),
                    to_name=U4[0], extra=[('X-JIRA-FingerPrint', rhex(32))])
    txt = """鈴木 一郎 が HSY-311 のステータスを「完了」に変更しました

HSY-311 顧客ポータル: 重複アカウントの統合
担当者: 山本 真由美
コメント: 本番 DB の統合完了。マージ後の件数確認済み。

https://hoshizora.atlassian.net/browse/HSY-311
"""
    write('jira-hsy-311', dict(kind='unrelated', case_id=None, account_ids=[], sv=False, lang='ja'), h, part(txt, cte='base64'))

    # 48 Slack digest, a colleague pastes candidate ids, Gmail
    dt = datetime(2025, 9, 2, 15, 0, 12, tzinfo=UTC)
    h = gen_headers(dt, U1[1], 'gmail', addr('Slack', 'no-reply@slack.com'),
                    '[acme-cloud] 3 new messages in #it-helpdesk', 'slack.com', '52.4.111.16', 'mail-a-16.slack.com',
                    sel='200608', mailfrom='bounce-%s@slack.com' % rhex(10))
    txt = """You have 3 new messages in #it-helpdesk

Tom Becker: anyone know how to get two AWS cert profiles merged? mine are AWS61230044 and aws-61230077
Grace Liu: T&C support form, "Account Merge". took me 2 days
Tom Becker: thx

View in Slack: https://acme-cloud.slack.com/archives/C04HELPDESK
"""
    write('slack-it-helpdesk', dict(kind='unrelated', case_id=None, account_ids=['AWS61230044', 'AWS61230077'], sv=False, lang='en'), h,
          part(txt, cte='quoted-printable'))

    # 49 AWS Billing case, genuine amazon.com, Outlook
    bo = datetime(2025, 10, 14, 6, 20, 31, tzinfo=UTC)
    bcase = case15(bo)
    dt = bo + timedelta(hours=19, minutes=4)
    h = aws_headers(dt, U2[1], 'o365', subject='RE:[CASE %s] Duplicate charge on consolidated bill' % bcase)
    body = part("""Hello Marek,

The duplicate charge has been refunded; allow 3-5 business days. Note that member accounts under consolidated billing cannot be merged into one account.

Best regards,
Rahul
Amazon Web Services
%s""" % cfoot(bcase))
    write('re-billing', dict(kind='unrelated', case_id=bcase, account_ids=[], sv=True, lang='en'), h, body)

    # 50 Seller Central case using the same subject style, HTML only, Outlook
    dt = datetime(2025, 9, 22, 13, 11, 5, tzinfo=UTC)
    scase = '5884881212'
    h = gen_headers(dt, U2[1], 'o365', addr('Amazon Seller Central', 'seller-notification@amazon.com'),
                    'RE:[CASE %s] Request to merge seller accounts' % scase, 'amazon.com', '54.240.13.77',
                    'a13-77.smtp-out.amazonses.com', sel='dkim2024', mailfrom='0100%012x@email.amazonses.com' % int(dt.timestamp() * 1000),
                    mid=ses_id(dt))
    html = """<html><body><p>Hello,</p><p>Your selling accounts have been merged. Inventory and reviews now appear under the surviving account.</p>
<p>Thank you for selling on Amazon.<br>Seller Support</p></body></html>"""
    write('seller-case', dict(kind='unrelated', case_id=scase, account_ids=[], sv=True, lang='en'), h, part(html, 'html'))

    # 51 CertMetrics recertification in Japanese, nifty
    dt = datetime(2025, 10, 30, 3, 14, 0, tzinfo=UTC)
    h = gen_headers(dt, U3[1], 'mx.nifty.com', addr('AWS Certification', 'do-not-reply@certmetrics.com'),
                    subj('AWS 認定の再認定おめでとうございます'), 'certmetrics.com', '54.240.27.51', 'a27-51.smtp-out.amazonses.com',
                    sel='cm1', mailfrom='0100%012x@amazonses.certmetrics.com' % int(dt.timestamp() * 1000))
    txt = """佐藤 健太 様

AWS Certified SysOps Administrator - Associate の再認定が完了しました。

候補者 ID: AWS11820457
有効期限: 2028年10月29日

AWS Certification
"""
    write('certmetrics-saininntei', dict(kind='unrelated', case_id=None, account_ids=[C_KEEP], sv=False, lang='ja'), h, part(txt, cte='base64'))

    # 52 Pearson VUE appointment, posteo
    dt = datetime(2026, 1, 7, 9, 40, 2, tzinfo=UTC)
    h = gen_headers(dt, U7[1], 'posteo', addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'),
                    'Confirmation of your AWS Certified Solutions Architect - Associate exam appointment', 'pearson.com',
                    '159.182.64.18', 'mail1.pearson.com', sel='selector1', mailfrom='bounce@pearson.com', policy='REJECT')
    txt = """Dear Hannah Becker,

Your exam is booked.
Exam: SAA-C03 AWS Certified Solutions Architect - Associate
Date: Friday, 23 January 2026, 10:00 CET
Location: OnVUE online proctored
Registration ID: 470338291

Pearson VUE
"""
    write('pearson-vue', dict(kind='unrelated', case_id=None, account_ids=[], sv=False, lang='en'), h, part(txt, cte='7bit', charset='us-ascii'))


def mails_part6():
    # 53 AWS newsletter in Japanese, Gmail, genuine amazon.com
    dt = datetime(2026, 2, 18, 0, 5, 0, tzinfo=UTC)
    h = aws_headers(dt, U6[1], 'gmail', frm=addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'),
                    subject=subj('【AWS】今月のウェビナー: 複数アカウントを一元管理する AWS Organizations 入門'))
    html = """<html><body><h2>今月のおすすめ</h2>
<p>複数の AWS アカウントを AWS Organizations でまとめて管理する方法を 45 分で解説します。</p>
<p><a href="https://aws.amazon.com/jp/events/webinars/">申し込む</a></p>
<p style="font-size:11px">配信停止は<a href="https://pages.awscloud.com/PreferenceCenter.html">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p></body></html>"""
    write('aws-webinar-jp', dict(kind='unrelated', case_id=None, account_ids=[], sv=True, lang='ja'), h,
          multi('alternative', part('今月のおすすめ: 複数の AWS アカウントを AWS Organizations でまとめて管理する方法（45分）\nhttps://aws.amazon.com/jp/events/webinars/\n'),
                part(html, 'html')))

    # 54 Credly expiry reminder, Gmail
    dt = datetime(2026, 3, 1, 14, 2, 10, tzinfo=UTC)
    url = 'https://www.credly.com/earner/earned/badge/%s' % uuid.UUID(int=rnd.getrandbits(128))
    h = sendgrid_headers(dt, U1[1], 'gmail', addr('Credly', 'admin@credly.com'), 'Your badge expires in 90 days')
    write('badge-expires', dict(kind='unrelated', case_id=None, account_ids=[], sv=True, lang='en'), h,
          part(credly_html('AWS Certified Developer - Associate expires in 90 days', '<p>Recertify to keep it active.</p>', 'View badge', url), 'html'))

    # 55 Credly's own account-merge code, Outlook
    dt = datetime(2025, 8, 8, 18, 30, 44, tzinfo=UTC)
    h = sendgrid_headers(dt, U2[1], 'o365', addr('Credly', 'admin@credly.com'), 'Your Credly account merge code')
    code = '%06d' % rnd.randint(0, 999999)
    write('credly-merge-code', dict(kind='unrelated', case_id=None, account_ids=[], sv=True, lang='en'), h,
          multi('alternative', part('Your code: %s\nIt expires in 15 minutes.\nComplete Account Merge: https://www.credly.com/account-merge/verify\n' % code, cte='7bit', charset='us-ascii'),
                part(credly_html('Your code: %s' % code, '<p>Enter it within 15 minutes to merge your Credly accounts.</p>', 'Complete Account Merge', 'https://www.credly.com/account-merge/verify'), 'html')))

    # 56 colleague asks about their own merge, Shift_JIS, O365 internal; Outlook-style quoted block
    dt = datetime(2026, 2, 3, 11, 47, 0, tzinfo=JST)
    prev = datetime(2026, 2, 3, 10, 12, 0, tzinfo=JST)
    h = gen_headers(dt, U4[1], 'o365', addr('田中 翔', 'sho.tanaka@hoshizora-sys.co.jp', 'iso-2022-jp'),
                    subj('RE: AWS認定のアカウント統合', 'iso-2022-jp'), 'hoshizora-sys.co.jp', '10.20.31.44',
                    'TY3PR01MB10452.jpnprd01.prod.outlook.com', sel='selector1', mailfrom='sho.tanaka@hoshizora-sys.co.jp',
                    mid=ms_id('jp'), to_name=None,
                    extra=[('X-Mailer', 'Becky! ver. 2.81.04 [ja]'), ('In-Reply-To', ms_id('jp'))])
    txt = """山本さん

ありがとうございます。私も AWS 30571182 と前職のアカウントがあるので、同じフォームから頼んでみます。

田中

差出人: 山本 真由美 <m-yamamoto@hoshizora-sys.co.jp>
送信日時: 2026年2月3日 10:12
宛先: 田中 翔 <sho.tanaka@hoshizora-sys.co.jp>
件名: RE: AWS認定のアカウント統合

田中さん
私はトレーニングと認定のお問い合わせフォームから依頼して、AWS47025561 にまとめてもらいました。3日くらいでした。
山本
"""
    write('re-tougou-tanaka', dict(kind='unrelated', case_id=None, account_ids=['AWS30571182'], sv=False, lang='ja'), h,
          part(txt, charset='shift_jis', cte='base64'))

    # 57 user forwards the completion to his work address (From is the user), company O365
    dt = datetime(2025, 9, 18, 19, 4, 0, tzinfo=JST)
    done = C_OPEN + timedelta(days=2, hours=3, minutes=1)
    work = 'k-sato@minato-denki.co.jp'
    h = gen_headers(dt, work, 'o365', addr(U3[0], U3[1]), subj('Fwd: RE:[CASE %s] 認定アカウントの統合について' % C_CASE),
                    'nifty.com', '202.248.20.67', 'mta-snd-e07.mail.nifty.com', sel='default', mailfrom=U3[1],
                    mid='<%s.%d@nifty.com>' % (rhex(16), rnd.randint(100, 999)))
    d = done.astimezone(JST)
    txt = """会社用にも転送。AWS11820457 に統合済み。

-------- 転送メッセージ --------
差出人: アマゾン ウェブ サービス <no-reply-aws@amazon.com>
日付: %d年%d月%d日 %d:%02d
件名: RE:[CASE %s] 認定アカウントの統合について
宛先: kenta.sato@nifty.com

佐藤様

統合が完了しました。今後は AWS11820457 でサインインしてください。

吉田
""" % (d.year, d.month, d.day, d.hour, d.minute, C_CASE)
    write('fwd-case', dict(kind='unrelated', case_id=C_CASE, account_ids=[C_KEEP], sv=False, lang='ja'), h, part(txt, cte='8bit'))

    # 58 user's own phone reply (Sent folder), no Authentication-Results
    conf = A_OPEN + timedelta(hours=23, minutes=17)
    req = A_OPEN + timedelta(hours=21, minutes=14)
    rq = req.astimezone(PDT)
    h = user_headers(conf.astimezone(PDT), addr(U1[0], U1[1]), FORM_FROM,
                     'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE,
                     '<%s@gmail.com>' % str(uuid.UUID(int=rnd.getrandbits(128))).upper(),
                     in_reply_to=MIDS['A_conf'], refs=MIDS['A_conf'],
                     extra=[('X-Mailer', 'iPhone Mail (22E252)')])
    txt = """Confirmed, please proceed.

Sent from my iPhone

> On %s, at %s, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> Hi Priya,
>
> Before I action this, please check:
> Keep: AWS04417729 (priya.raman.cloud@gmail.com)
> Fold into it and close: AWS09183376 (old work address)
>
> It can't be reversed afterwards. Reply "confirmed" if that's right.
""" % (rq.strftime('%b %-d, %Y'), rq.strftime('%-I:%M %p'))
    write('re-re-case', dict(kind='unrelated', case_id=A_CASE, account_ids=[], sv=None, lang='en'), h, part(txt, cte='quoted-printable'))

    # 59 AWS Builder ID code, genuine signin.aws, Gmail
    dt = datetime(2026, 3, 8, 23, 51, 30, tzinfo=UTC)
    code = '%06d' % rnd.randint(0, 999999)
    h = gen_headers(dt, U6[1], 'gmail', addr('AWS', 'no-reply@signin.aws'), 'Verify your AWS Builder ID email address',
                    'signin.aws', '54.240.8.212', 'a8-212.smtp-out.amazonses.com', sel='vhfrk7xrh7g6ex5ymb6yuykqy5sghxcu',
                    mailfrom='0100%012x@us-west-2.amazonses.com' % int(dt.timestamp() * 1000), policy='QUARANTINE', mid=ses_id(dt))
    txt = """Verification code: %s

This code expires 10 minutes after it was sent. If you didn't request it, you can ignore this email.

Amazon Web Services
""" % code
    write('builder-id-code', dict(kind='unrelated', case_id=None, account_ids=[], sv=True, lang='en'), h, part(txt, cte='7bit', charset='us-ascii'))

    # 60 look-alike phishing not about the merge, posteo
    dt = datetime(2025, 12, 11, 6, 21, 9, tzinfo=UTC)
    h = gen_headers(dt, U7[1], 'posteo', addr('AWS Billing', 'billing@aws-account-alerts.com'),
                    'Your AWS account has been suspended', 'aws-account-alerts.com', '91.92.250.14', 'vps-2291.hostsrv.net',
                    sel='default', mailfrom='billing@aws-account-alerts.com', dmarc='none', signed=True)
    write('account-suspended', dict(kind='unrelated', case_id=None, account_ids=[], sv=False, lang='en'), h,
          part("""Your payment failed and your account is suspended.
Update your card within 24 hours: https://aws-account-alerts.com/billing/update
""", cte='7bit', charset='us-ascii'))

if __name__ == '__main__':
    import sys
    for name in sorted(k for k in globals() if k.startswith('mails_part')):
        globals()[name]()
    for old in os.listdir(OUT):
        if old.endswith('.eml'):
            os.remove(os.path.join(OUT, old))
    order = list(range(len(PENDING)))
    random.Random(96).shuffle(order)
    for num, idx in enumerate(order, 1):
        slug, data, lab = PENDING[idx]
        fn = '%03d-%s.eml' % (num, slug)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        LABELS[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(LABELS), 'mails')
