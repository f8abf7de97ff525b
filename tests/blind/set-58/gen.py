#!/usr/bin/env python3
"""Generate blind test set 58: realistic .eml files around AWS Certification
account merges, with emphasis on look-alikes and hard-to-spot genuine mail."""
import base64
import hashlib
import io
import json
import os
import random
import datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5858)
UTC = dt.timezone.utc
TZ = {
    'pdt': dt.timezone(dt.timedelta(hours=-7)), 'pst': dt.timezone(dt.timedelta(hours=-8)),
    'edt': dt.timezone(dt.timedelta(hours=-4)), 'est': dt.timezone(dt.timedelta(hours=-5)),
    'jst': dt.timezone(dt.timedelta(hours=9)), 'cet': dt.timezone(dt.timedelta(hours=1)),
    'cest': dt.timezone(dt.timedelta(hours=2)), 'bst': dt.timezone(dt.timedelta(hours=1)),
    'gmt': UTC,
}
LABELS = {}


# ------------------------------------------------------------------ helpers
def T(s):
    """UTC datetime from 'YYYY-MM-DD HH:MM:SS'."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def case15(opened, tail):
    return '%d%05d' % (int(opened.timestamp()), tail)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def chunked(s, n=64):
    return ' '.join(s[i:i + n] for i in range(0, len(s), n))


def rfc(d, tz=None):
    return format_datetime(d.astimezone(tz) if tz else d)


def gdate(d, tz):
    """Gmail style trace date: 'Mon, 10 Mar 2025 02:15:03 -0700 (PDT)'."""
    loc = d.astimezone(TZ[tz])
    return format_datetime(loc) + ' (%s)' % tz.upper()


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_mailfrom(d):
    return ses_msgid(d)[1:-1]


def dkim(domain, sel, d, headers='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID',
         c='relaxed/simple', extra=''):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s; s=%s; d=%s; t=%d;%s h=%s; bh=%s; b=%s'
            % (c, sel, domain, int(d.timestamp()), extra, headers, rb64(32), chunked(rb64(256))))


SES_IPS = ['54.240.8.33', '54.240.8.77', '54.240.9.102', '54.240.11.14', '54.240.10.59',
           '54.240.27.18', '54.240.48.91']
SES_TOKYO_IPS = ['23.251.226.6', '23.251.226.41', '23.251.226.87']


def ses_host(ip):
    if ip.startswith('23.251.226'):
        return 'e226-%s.smtp-out.ap-northeast-1.amazonses.com' % ip.split('.')[-1]
    return 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])


def amazon_dkims(d, sel_a='yg4mwqurec7fkhzutopddd3ytuaqrvuz'):
    return [('DKIM-Signature', dkim('amazon.com', sel_a, d)),
            ('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', d,
                                    headers='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID'))]


# ---- receiving providers -------------------------------------------------
def gmail_ar(dkims, spf, dmarc):
    parts = []
    for dom, sel, res in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, rb64(6)[:8]))
    if spf:
        res, mf, ip = spf
        if res == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif res == 'softfail':
            parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (res, mf, ip, mf))
    if dmarc:
        res, pol, hf = dmarc
        parts.append('dmarc=%s (%s) header.from=%s' % (res, pol, hf))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def gmail_trace(to, d, host, ip, mailfrom, ar, tz='pdt', arc=True, spf='pass'):
    h = []
    h.append(('Delivered-To', to))
    h.append(('Received', 'by 2002:a05:7022:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
              % (rhex(3), rhex(3), rhex(3), rhex(4), rhex(4) + 'csp' + str(R.randint(100000, 999999)), gdate(d + dt.timedelta(seconds=1), tz))))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:80]))
    h.append(('X-Received', 'by 2002:a05:6000:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
              % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(12), gdate(d + dt.timedelta(seconds=1), tz))))
    if arc:
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                  % (int(d.timestamp()), chunked(rb64(200), 66))))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:message-id:date:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
                  % (rb64(32), rb64(32), chunked(rb64(200), 66))))
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
    h.append(('Return-Path', '<%s>' % mailfrom))
    h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
              % (host, host, ip, rhex(13), rhex(11) + 'si' + rhex(6), R.randint(100, 999),
                 d.astimezone(UTC).strftime('%Y.%m.%d.%H.%M.%S'), to, gdate(d, tz))))
    res_word = {'pass': 'pass', 'fail': 'fail', 'softfail': 'softfail', 'neutral': 'neutral'}[spf]
    if spf == 'pass':
        h.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)))
    else:
        h.append(('Received-SPF', '%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (res_word, mailfrom, ip, ip)))
    h.append(('Authentication-Results', ar))
    return h


def o365_ar(spf, mf, ip, dkimres, hd, dmarc, action, hf, compauth, reason):
    if dkimres == 'none':
        dk = 'dkim=none (message not signed) header.d=none'
    elif dkimres == 'pass':
        dk = 'dkim=pass (signature was verified) header.d=%s' % hd
    else:
        dk = 'dkim=fail (body hash did not verify) header.d=%s' % hd
    s = 'spf=%s (sender IP is %s) smtp.mailfrom=%s; %s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s' % (
        spf, ip, mf, dk, dmarc, action, hf, compauth, reason)
    return s


def o365_trace(d, host, ip, mf, ar, consumer=False, spf='Pass', internal=False):
    region = 'eurprd' if consumer else 'namprd'
    if consumer:
        mbx1, mbx2 = 'DU0P192MB%04d.EURP192.PROD.OUTLOOK.COM' % R.randint(1000, 2999), 'AS8P192MB%04d.EURP192.PROD.OUTLOOK.COM' % R.randint(1000, 2999)
        fe = 'AM0PR02CA%04d.eurprd02.prod.outlook.com' % R.randint(1, 999)
        eop = 'AMS0EPF%08X.eurprd04.prod.outlook.com' % R.randint(0, 0xFFFF)
    else:
        mbx1, mbx2 = 'SA1PR12MB%04d.namprd12.prod.outlook.com' % R.randint(1000, 9999), 'MN2PR12MB%04d.namprd12.prod.outlook.com' % R.randint(1000, 9999)
        fe = 'BN9PR03CA%04d.namprd03.prod.outlook.com' % R.randint(1, 999)
        eop = 'BN1PEPF%08X.namprd03.prod.outlook.com' % R.randint(0, 0xFFFF)
    v6 = lambda: '2603:10b6:%s:%s::%s' % (rhex(3), rhex(3), R.randint(10, 99))
    h = []
    h.append(('Received', 'from %s (%s)\n by %s with HTTPS; %s' % (mbx1, v6(), mbx2, rfc(d + dt.timedelta(seconds=2)))))
    h.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8857.%d;\n %s'
              % (fe, v6(), mbx1, v6(), R.randint(10, 40), rfc(d + dt.timedelta(seconds=1)))))
    if not internal:
        h.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8857.%d via Frontend\n Transport; %s'
                  % (eop, v6(), fe, v6(), R.randint(10, 40), rfc(d))))
    h.append(('Authentication-Results', ar))
    if not internal:
        if spf == 'Pass':
            h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mf, ip, ip, host)))
        else:
            h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (spf, mf, ip, ip, host)))
        h.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8857.%d via\n Frontend Transport; %s'
                  % (host, ip, eop.split('.')[0], R.randint(1, 254), R.randint(1, 254), R.randint(10, 40), rfc(d - dt.timedelta(seconds=1)))))
    h.append(('X-MS-Exchange-Organization-ExpirationStartTime', d.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % R.randint(0, 9999)))
    h.append(('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))))
    h.append(('X-MS-Exchange-Organization-AuthSource', fe))
    h.append(('X-MS-Exchange-Organization-AuthAs', 'Internal' if internal else 'Anonymous'))
    h.append(('X-MS-Exchange-Organization-SCL', '-1' if internal else '1'))
    return h


def jp_trace(authserv, mxhost, to, d, host, ip, mf, ar_body, tz='jst'):
    h = []
    h.append(('Return-Path', '<%s>' % mf))
    h.append(('Delivered-To', to))
    h.append(('Authentication-Results', '%s;\n\t%s' % (authserv, ar_body)))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
              % (host, host, ip, mxhost, rhex(10).upper(), to, format_datetime(d.astimezone(TZ[tz])) + ' (JST)')))
    return h


def plain_trace(to, d, host, ip, mxhost, tz):
    """Self-hosted Postfix, no Authentication-Results at all."""
    return [
        ('Return-Path', '<%s>' % ses_mailfrom(d)),
        ('X-Original-To', to),
        ('Delivered-To', to),
        ('Received', 'by %s (Postfix, from userid 0)\n\tid 4%s; %s' % (mxhost, rhex(9).upper(), format_datetime(d.astimezone(TZ[tz]) + dt.timedelta(seconds=3)))),
        ('X-Spam-Checker-Version', 'SpamAssassin 4.0.0 (2022-12-13) on %s' % mxhost),
        ('X-Spam-Level', ''),
        ('X-Spam-Status', 'No, score=-0.9 required=5.0 tests=DKIM_SIGNED,DKIM_VALID,\n\tDKIM_VALID_AU,HTML_MESSAGE,RCVD_IN_DNSWL_NONE,SPF_HELO_PASS,SPF_PASS\n\tautolearn=ham autolearn_force=no version=4.0.0'),
        ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
         % (host, host, ip, mxhost, rhex(9).upper(), to, format_datetime(d.astimezone(TZ[tz])))),
    ]


# ---- body parts ------------------------------------------------------------
def cs(name, enc):
    c = Charset('utf-8')
    c.input_charset = name
    c.output_charset = name
    c.input_codec = name
    c.output_codec = name
    c.header_encoding = BASE64
    c.body_encoding = {'qp': QP, 'b64': BASE64, '7bit': None, '8bit': None}[enc]
    return c


def part(text, sub='plain', charset='utf-8', enc='qp', label=None):
    if charset == 'iso-2022-jp':
        p = MIMEText(text, sub, 'iso-2022-jp')
    elif charset == 'us-ascii':
        p = MIMEText(text, sub, 'us-ascii')
    else:
        p = MIMEText(text, sub, cs(charset, enc))
    if label:
        p.set_param('charset', label)
    return p


def alt(*parts_):
    m = MIMEMultipart('alternative', boundary='%s' % ('000000000000' + rhex(16)))
    for p in parts_:
        del p['MIME-Version']
        m.attach(p)
    return m


def html_from(text, title=None, lang='en'):
    paras = [p for p in text.strip().split('\n\n')]
    out = []
    for p in paras:
        esc = p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        out.append('<p style="margin:0 0 12px 0">%s</p>' % esc.replace('\n', '<br>\n'))
    head = '<title>%s</title>' % title if title else ''
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, head, '\n'.join(out)))


def hdr_text(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def addr(name, email, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def write(fname, root, trace, std, label):
    """root: MIME part carrying Content-* headers; trace: list of (name, value)
    placed on top (receiver side first); std: ordered list of (name, value)."""
    mime_h = list(root._headers)
    root._headers = []
    for n, v in trace:
        root._headers.append((n, v))
    for n, v in std:
        if v is None:
            continue
        root._headers.append((n, v))
    # MIME-Version first, then content headers
    mv = [x for x in mime_h if x[0].lower() == 'mime-version']
    rest = [x for x in mime_h if x[0].lower() != 'mime-version']
    root._headers.extend(mv or [('MIME-Version', '1.0')])
    root._headers.extend(rest)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False).flatten(root, linesep='\r\n')
    data = buf.getvalue()
    if label.pop('_relabel', None):
        data = data.replace(b'charset="utf-8"', b'charset="iso-8859-1"', 1)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = label


def L(kind, case_id, ids, verified, lang, **kw):
    d = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
         'sender_verified': verified, 'language': lang}
    d.update(kw)
    return d


# ------------------------------------------------------------------ people
DAN = ('Daniel Okafor', 'daniel.okafor.dev@gmail.com')
PRI = ('Priya Raman', 'priya.raman@northwind-analytics.com')
MIS = ('田中 美咲', 'misaki.tanaka.0412@gmail.com')
SAT = ('佐藤 健太', 'kenta-sato@nifty.com')
LUK = ('Lukas Brenner', 'lukas.brenner@outlook.com')
YAM = ('山本 拓也', 't.yamamoto@biglobe.ne.jp')
MAR = ('Marco Ruiz', 'marco.ruiz@brightlane.io')
CHR = ('Chris Daly', 'chris@dalyfamily.net')

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'

# case open times
C1_OPEN = T('2025-03-10 09:14:27'); C1 = case15(C1_OPEN, 412)
C2_OPEN = T('2025-06-17 13:05:12'); C2 = case15(C2_OPEN, 88017)
C3_OPEN = T('2025-05-26 00:41:09'); C3 = case15(C3_OPEN, 3306)
C4_OPEN = T('2025-09-16 01:22:05'); C4 = case15(C4_OPEN, 51920)
C5_OPEN = T('2025-11-04 19:33:50'); C5 = case15(C5_OPEN, 7741)
C6_OPEN = T('2026-01-19 05:48:31'); C6 = case15(C6_OPEN, 60288)
C7_OPEN = T('2025-08-11 15:02:44'); C7 = case15(C7_OPEN, 1195)
C8_OPEN = T('2026-03-02 22:10:05'); C8 = case15(C8_OPEN, 33470)
C14_OPEN = T('2025-09-08 16:47:30'); C14 = case15(C14_OPEN, 90215)
C26_OPEN = T('2025-07-21 11:20:09'); C26 = case15(C26_OPEN, 45502)
C32_OPEN = T('2025-10-09 14:02:51'); C32 = case15(C32_OPEN, 12874)
C50_OPEN = T('2026-02-10 02:31:40'); C50 = case15(C50_OPEN, 77301)
C51_OPEN = T('2025-12-02 23:55:12'); C51 = case15(C51_OPEN, 40619)

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

CONSOLE_FOOT_EN = (
    "We value your feedback. Please share your experience by rating this and other "
    "correspondences in the AWS Support Center. You can rate a correspondence by selecting "
    "the stars in the top right corner of the correspondence.\n\n"
    "Best regards,\n{agent}\nAmazon Web Services\n\n"
    "Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that "
    "answer customer questions about AWS services: https://repost.aws/knowledge-center\n\n"
    "======================================================\n\n"
    "To contact us again about this case, please return to the AWS Support Center using the "
    "following URL:\n\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n"
    "(If you are connecting by federation, log in before following the link.)\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
    "======================================================\n\n"
    "AWS Support:\nhttps://aws.amazon.com/premiumsupport/knowledge-center/\n\n"
    "AWS Documentation:\nhttps://docs.aws.amazon.com/\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
    "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
    "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

CONSOLE_FOOT_JA = (
    "本件に関するお問い合わせは、以下の AWS サポートセンターの URL からお願いいたします。\n\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja\n\n"
    "（フェデレーションを使用して接続している場合は、リンクをクリックする前にログインしてください。）\n\n"
    "※このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねますので、"
    "上記リンクから AWS サポートセンターにてご返信ください。\n\n"
    "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. "
    "の登録商標です。このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, "
    "WA 98109-5210）が作成および配布しています。\n")


def aws_std(frm, to, subj, d, msgid=None, feedback=True, extra=()):
    std = [('From', frm), ('To', to), ('Subject', subj), ('Date', rfc(d)),
           ('Message-ID', msgid or ses_msgid(d))]
    std.extend(extra)
    if feedback:
        std.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(32)[:43]))
    std.append(('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-' + R.choice(SES_IPS)))
    return std


def aws_gmail(to, d, tz='pdt', ip=None):
    ip = ip or R.choice(SES_IPS)
    mf = ses_mailfrom(d)
    ar = gmail_ar([('amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'pass'),
                   ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')],
                  ('pass', mf, ip), ('pass', 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'amazon.com'))
    return gmail_trace(to, d + dt.timedelta(seconds=R.randint(1, 4)), ses_host(ip), ip, mf, ar, tz=tz) + amazon_dkims(d)


def aws_o365(d, consumer=False):
    ip = R.choice(SES_IPS)
    ar = o365_ar('pass', 'amazonses.com', ip, 'pass', 'amazon.com', 'pass', 'none', 'amazon.com', 'pass', '100')
    return o365_trace(d + dt.timedelta(seconds=2), ses_host(ip), ip, 'amazonses.com', ar, consumer=consumer) + amazon_dkims(d)


def aws_jp(authserv, mxhost, to, d, region='tokyo'):
    ip = R.choice(SES_TOKYO_IPS if region == 'tokyo' else SES_IPS)
    mf = ses_mailfrom(d)
    ar = ('spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=yg4mwqurec7fkhzutopddd3ytuaqrvuz;\n'
          '\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n\tdmarc=pass header.from=amazon.com' % mf)
    return jp_trace(authserv, mxhost, to, d + dt.timedelta(seconds=3), ses_host(ip), ip, mf, ar) + amazon_dkims(d)


def credly_gmail(to, d, tz='pdt'):
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(10000000, 99999999), rhex(4), to.split('@')[0], to.split('@')[1])
    ar = gmail_ar([('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')],
                  ('pass', mf, ip), ('pass', 'p=REJECT sp=REJECT dis=NONE', 'credly.com'))
    return gmail_trace(to, d + dt.timedelta(seconds=2), 'o%d.em.credly.com' % R.randint(1, 30), ip, mf, ar, tz=tz) + [
        ('DKIM-Signature', dkim('credly.com', 's1', d, headers='from:mime-version:subject:to:content-type:cc:content-type:from:subject:to', c='relaxed/relaxed')),
        ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', d, headers='from:mime-version:subject:to:content-type:cc:content-type:from:subject:to', c='relaxed/relaxed'))]


def credly_msgid(d):
    return '<%s%s@%s.mail>' % (rhex(10), rhex(8), 'geopod-ismtpd-%d' % R.randint(1, 40))


def credly_std(frm_name, to, subj, d):
    return [('From', formataddr((frm_name, 'admin@credly.com'))), ('Reply-To', 'support@credly.com'),
            ('To', to), ('Subject', subj), ('Date', rfc(d)), ('Message-ID', credly_msgid(d)),
            ('X-SG-EID', rb64(90)), ('X-Entity-ID', rb64(16)[:22])]


# =================================================================== MAILS
def m001():
    d = C1_OPEN + dt.timedelta(seconds=14)
    body = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we received your submission and a case has been created for it.

Case number: {C1}

A member of our team will review your request and get back to you, normally within 24 hours. Please do not submit the form again for the same request; if you need to add information, reply to this e-mail and keep the case number in the subject line.

Summary of your submission
--------------------------
Inquiry type: AWS Certification
Detail: Account Merge
Name: Daniel Okafor
Email: daniel.okafor.dev@gmail.com
AWS candidate ID: AWS04718263
Description: I have two certification accounts. The second one is aws 09152730 (registered with my old work e-mail at Fintrail). Please merge it into the one above, I only want to keep the gmail one.

Kind regards,
AWS Training and Certification
"""
    root = part(body, enc='qp')
    write('001-aws-form-desk.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*DAN), f'[CASE {C1}] {FORM_SUBJ}', d),
          L('case_created', C1, ['AWS04718263', 'AWS09152730'], True, 'en'))


def m002():
    d = T('2025-04-03 18:22:07')
    txt = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub: https://github.com/okafor-labs/certtrack/pull/412#event-17120598821
You are receiving this because you authored the thread.Message ID: <okafor-labs/certtrack/pull/412/issue_event/17120598821@github.com>
"""
    html = """<p></p>
<p>Merged <a class="commit-link" href="https://github.com/okafor-labs/certtrack/pull/412">#412</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/okafor-labs/certtrack/pull/412#event-17120598821">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3XK7">unsubscribe</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/AB3XK7.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;okafor-labs/certtrack/pull/412/issue_event/17120598821@github.com&gt;</span></span></p>
"""
    root = alt(part(txt, enc='qp'), part(html, 'html', enc='qp'))
    ip = '192.30.252.%d' % R.randint(200, 210)
    mf = 'noreply@github.com'
    ar = gmail_ar([('github.com', 'pf2023', 'pass')], ('pass', mf, ip), ('pass', 'p=REJECT sp=REJECT dis=NONE', 'github.com'))
    trace = gmail_trace(DAN[1], d, 'out-%d.smtp.github.com' % R.randint(20, 28), ip, mf, ar, tz='pdt') + [
        ('DKIM-Signature', dkim('github.com', 'pf2023', d, headers='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', c='relaxed/relaxed'))]
    std = [('Date', rfc(d.astimezone(TZ['pdt']))), ('From', formataddr(('Sam Whitaker', 'notifications@github.com'))),
           ('Reply-To', 'okafor-labs/certtrack <reply+AB3XK7ZQ2@reply.github.com>'), ('To', 'okafor-labs/certtrack <certtrack@noreply.github.com>'),
           ('Cc', 'Daniel Okafor <daniel.okafor.dev@gmail.com>, Author <author@noreply.github.com>'),
           ('Message-ID', '<okafor-labs/certtrack/pull/412/issue_event/17120598821@github.com>'),
           ('In-Reply-To', '<okafor-labs/certtrack/pull/412@github.com>'), ('References', '<okafor-labs/certtrack/pull/412@github.com>'),
           ('Subject', 'Re: [okafor-labs/certtrack] Merge candidate profiles into a single account record (PR #412)'),
           ('List-ID', 'okafor-labs/certtrack <certtrack.okafor-labs.github.com>'),
           ('List-Archive', 'https://github.com/okafor-labs/certtrack'), ('List-Unsubscribe', '<mailto:unsub+AB3XK7@reply.github.com>, <https://github.com/notifications/unsubscribe/AB3XK7>'),
           ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'swhitaker'), ('X-GitHub-Recipient', 'dokafor')]
    write('002-github-pr-412.eml', root, trace, std, L('unrelated', None, [], False, 'en'))


def m003():
    d = T('2025-03-11 16:02:38')
    txt = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I can help you combine your certification profiles. I located the following two candidate records:

 - AWS04718263 - notification e-mail daniel.okafor.dev@gmail.com
 - AWS09152730 - notification e-mail d.okafor@***.co.uk

Before I can go further I need a few details from you:

1. The e-mail address you use to sign in to each of the two profiles, if it differs from the notification address above.
2. Which candidate ID you would like to continue using afterwards. You mentioned the Gmail one; please confirm that this is AWS04718263.
3. Whether you have an exam currently scheduled on either profile. Scheduled appointments must be taken or cancelled before we can continue.

Simply reply to this e-mail with the information. Please keep the case number in the subject line so that your reply reaches me.

Best regards,
Arjun K.
AWS Training and Certification
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    write('003-aws-form-desk.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*DAN), f'RE:[CASE {C1}] {FORM_SUBJ}', d),
          L('support_reply', C1, ['AWS04718263', 'AWS09152730'], True, 'en'))


def m004():
    d = C3_OPEN + dt.timedelta(seconds=11)
    body = f"""田中 美咲 様

AWS トレーニングと認定 へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。担当者より、原則として24時間以内にご連絡いたします。

ケース番号: {C3}

■ お問い合わせ内容
お問い合わせの種類: 認定
詳細: アカウントの統合
お名前: 田中 美咲
メールアドレス: misaki.tanaka.0412@gmail.com
AWS 候補者 ID: AWS58204417
内容: 以前の勤務先のメールアドレスで作成した認定アカウント（AWS60391275）があります。現在使っているアカウントにまとめたいです。

同じ内容で再度フォームを送信されますと、対応が遅れる場合がございます。情報を追加される場合は、件名のケース番号を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
    root = part(body, enc='b64')
    subj = Header(f'[CASE {C3}] [AWS Training and Certification Form Submission] - アカウントに関するお問い合わせを受け付けました', 'utf-8')
    write('004-aws-form-desk-ja.eml', root, aws_gmail(MIS[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*MIS), subj, d),
          L('case_created', C3, ['AWS58204417', 'AWS60391275'], True, 'ja'))


def certmetrics_gmailish(to, d, provider, tz='pdt'):
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
    mf = 'bounces+2210344-%s-%s=%s@sg.certmetrics.com' % (rhex(4), to.split('@')[0], to.split('@')[1])
    if provider == 'gmail':
        ar = gmail_ar([('certmetrics.com', 's1', 'pass')], ('pass', mf, ip), ('pass', 'p=NONE sp=NONE dis=NONE', 'certmetrics.com'))
        tr = gmail_trace(to, d, 'o%d.sg.certmetrics.com' % R.randint(1, 9), ip, mf, ar, tz=tz)
    else:
        ar = o365_ar('pass', 'sg.certmetrics.com', ip, 'pass', 'certmetrics.com', 'pass', 'none', 'certmetrics.com', 'pass', '100')
        tr = o365_trace(d, 'o%d.sg.certmetrics.com' % R.randint(1, 9), ip, 'sg.certmetrics.com', ar)
    return tr + [('DKIM-Signature', dkim('certmetrics.com', 's1', d, c='relaxed/relaxed', headers='from:mime-version:subject:to:content-type'))]


def m005():
    d = T('2025-07-02 15:41:09')
    txt = """Hello Priya Raman,

Candidate ID: AWS27093318

AWS Certification wants to hear from you!

You recently interacted with AWS Certification, and we would like to learn about your experience. Your feedback helps us improve the exam and certification experience for candidates around the world.

The survey takes about 5 minutes and is completely voluntary:
https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=7f3e21c9a0

Thank you for being part of the AWS Certification community.

AWS Certification

This message was sent from an unmonitored mailbox. Please do not reply to this message. For questions, visit https://aws.amazon.com/certification/contact-us/
"""
    html = html_from(txt, 'AWS Certification')
    root = alt(part(txt, enc='qp'), part(html, 'html', enc='qp'))
    std = [('From', formataddr(('AWS Certification', 'do-not-reply@certmetrics.com'))), ('To', PRI[1]),
           ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfc(d)),
           ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'x').replace('+', 'y')[:22], R.randint(1, 30)))]
    write('005-certmetrics.eml', root, certmetrics_gmailish(PRI[1], d, 'o365'), std,
          L('unrelated', None, ['AWS27093318'], False, 'en'))


def m006():
    d = C2_OPEN + dt.timedelta(seconds=8)
    body = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

The details of your case are as follows:

Case ID: {C2}
Subject: Merge my two certification accounts (AWS 31620584 / AWS 27093318)
Severity: General question
Correspondence: Hi, I ended up with two AWS Certification accounts after changing employers. AWS 27093318 is the one I sign in to now; AWS 31620584 still holds my Cloud Practitioner from 2022. Could you combine them and keep 27093318? Thanks, Priya

We will respond to you as soon as possible. You can view your case or reply to it at any time from the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    root = part(body, enc='qp')
    write('006-aws-support-console.eml', root, aws_o365(d),
          aws_std(addr(AWSNAME, NOREPLY), PRI[1], f'Amazon Web Services: You have opened a new Support case: {C2}', d),
          L('case_created', C2, ['AWS27093318', 'AWS31620584'], True, 'en'))


def m007():
    d = T('2025-06-18 15:30:44')
    body = f"""Hello,

We've updated your AWS Support case {C2}.

To view the new correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

(If you are connecting by federation, log in before following the link.)

This e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    root = part(body, charset='us-ascii')
    write('007-aws-support-console.eml', root, aws_o365(d),
          aws_std(addr(AWSNAME, NOREPLY), PRI[1], f'[Case {C2}] New correspondence added', d),
          L('support_reply', C2, [], True, 'en'))


def m008():
    d = T('2025-04-20 06:13:52')
    fake = '13388201945'
    txt = f"""Hello Candidate,

Our records show a pending merge request for your AWS Certification profile AWS04718263 (Case {fake}).

To comply with our updated security policy, all certification account merges must be confirmed by the account owner within 48 hours. Unconfirmed requests are cancelled and the certifications on both profiles may be placed on hold.

  Primary profile: AWS04718263
  Secondary profile: linked to your e-mail address

Please note that once confirmed, the merge cannot be reversed.

CONFIRM MERGE: https://aws-certification-services.com/merge/confirm?case={fake}&token=9c1e7a44b0

You will be asked to sign in with your AWS Certification credentials to complete the confirmation.

Thank you,
AWS Training & Certification Support
(c) 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='b64'))
    ip = '185.203.119.%d' % R.randint(2, 250)
    mf = 'bounce@aws-certification-services.com'
    ar = gmail_ar([('aws-certification-services.com', 'mail', 'pass')], ('pass', mf, ip), ('pass', 'p=NONE sp=NONE dis=NONE', 'aws-certification-services.com'))
    trace = gmail_trace(DAN[1], d, 'mail.aws-certification-services.com', ip, mf, ar, tz='pdt') + [
        ('DKIM-Signature', dkim('aws-certification-services.com', 'mail', d, c='relaxed/relaxed'))]
    std = [('From', formataddr(('AWS Training & Certification', 'case-update@aws-certification-services.com'))),
           ('To', DAN[1]), ('Subject', f'Action required: confirm your certification account merge [Case {fake}]'),
           ('Date', rfc(d)), ('Message-ID', '<%s@aws-certification-services.com>' % rhex(24)),
           ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
    write('008-cert-merge-notice.eml', root, trace, std,
          L('merge_confirmation_requested', fake, ['AWS04718263'], False, 'en'))


def m009():
    d = T('2025-09-24 04:18:26')
    body = f"""佐藤 健太 様

お世話になっております。AWS トレーニングと認定 サポートの小林でございます。

お知らせいただいたサインイン用メールアドレスをもとに確認いたしましたところ、以下の2つの認定アカウントが見つかりました。

・aws-24680135（通知先: kenta-sato@nifty.com、最終サインイン 2021年）
・AWS 13579024（通知先: k.sato@kitamura-sys.co.jp）

今回のご依頼では、aws-24680135 の認定履歴および特典を AWS 13579024 に統合し、統合後は aws-24680135 をご利用いただけなくなります。

なお、統合は一度実行いたしますと取り消すことができません。上記の内容でお間違いないか、サポートセンターのケースよりご返信いただけますでしょうか。ご返信を確認でき次第、作業を開始いたします。

何卒よろしくお願いいたします。

小林
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(case=C4)
    root = part(body, charset='iso-2022-jp')
    subj = Header(f'RE:[CASE {C4}] ', 'us-ascii')
    subj.append('認定アカウントの統合について', 'iso-2022-jp')
    write('009-aws-support-ja.eml', root, aws_jp('mx.nifty.com', 'mta-rcv-05.mail.nifty.com', SAT[1], d),
          aws_std(addr(AWSNAME, NOREPLY), SAT[1], subj, d),
          L('merge_confirmation_requested', C4, ['AWS13579024', 'AWS24680135'], True, 'ja'))


def m010():
    d = T('2025-10-01 08:44:19')
    body = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to merge your two seller accounts (Brenner Outdoor Supply and the account registered in 2019 under lukas.brenner@outlook.com) into a single account.

Unfortunately, we are not able to merge two separate selling accounts. Listings, customer feedback, performance metrics and payment history always remain with the account on which they were created.

If you no longer need the second account, you can request its closure from Settings > Account Info > Close Account. Before doing so, please make sure that there are no open orders, A-to-z Guarantee claims or pending disbursements on that account.

If your goal is to sell in more than one marketplace from the same account, you can add marketplaces under Settings > Account Info > Marketplaces you sell in.

Was this e-mail helpful? Please let us know by using the links in Seller Central.

To respond to this case, please use the link below. Do not reply to this e-mail directly.
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6120394857

Thank you for selling on Amazon,
Tomasz
Amazon.com
"""
    root = alt(part(body, enc='qp'), part(html_from(body), 'html', enc='qp'))
    d_ = d
    ip = '54.240.13.%d' % R.randint(2, 250)
    ar = o365_ar('pass', 'amazon.com', ip, 'pass', 'amazon.com', 'pass', 'none', 'amazon.com', 'pass', '100')
    trace = o365_trace(d_, 'a13-%s.smtp-out.amazonses.com' % ip.split('.')[-1], ip, 'amazon.com', ar, consumer=True) + [
        ('DKIM-Signature', dkim('amazon.com', 'rte02', d)), ('DKIM-Signature', dkim('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', d))]
    std = [('From', formataddr(('Amazon Selling Partner Support', 'seller-notification@amazon.com'))), ('To', LUK[1]),
           ('Subject', 'RE:[CASE 6120394857] Duplicate seller accounts - request to merge'), ('Date', rfc(d)),
           ('Message-ID', ses_msgid(d)), ('Bounces-to', 'seller-notification-bounces@amazon.com')]
    write('010-seller-support.eml', root, trace, std, L('unrelated', '6120394857', [], True, 'en'))


def m011():
    d = T('2025-04-20 11:07:33')
    body = """Dear Misaki Tanaka,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate (Japanese)
Date and time: Saturday, May 17, 2025 at 10:00 AM JST
Location: OnVUE online proctored exam
Appointment duration: 170 minutes
Registration number: 492087316
Candidate ID: AWS58204417

Before your exam:
- Run the system test on the computer you will use: https://home.pearsonvue.com/aws/onvue
- Have a valid, unexpired government-issued ID ready. The name on your ID must match the name in your AWS Certification account exactly.
- Check in opens 30 minutes before your appointment time.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE

Pearson VUE | 5601 Green Valley Drive | Bloomington, MN 55437 USA
This is an automatically generated e-mail. Please do not reply.
"""
    root = alt(part(body, enc='qp'), part(html_from(body, 'Pearson VUE'), 'html', enc='qp'))
    ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'pvuebounce@pearson.com'
    ar = gmail_ar([('pearson.com', 'pvue1', 'pass')], ('pass', mf, ip), ('pass', 'p=REJECT sp=REJECT dis=NONE', 'pearson.com'))
    trace = gmail_trace(MIS[1], d, 'mta-pvue%d.pearson.com' % R.randint(1, 6), ip, mf, ar, tz='pdt') + [
        ('DKIM-Signature', dkim('pearson.com', 'pvue1', d, c='relaxed/relaxed'))]
    std = [('From', formataddr(('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'))), ('To', MIS[1]),
           ('Subject', 'Confirmation of your AWS Certified Solutions Architect - Associate exam appointment'),
           ('Date', rfc(d)), ('Message-ID', '<%s.%s@pearson.com>' % (rhex(16), R.randint(100000, 999999)))]
    write('011-pearson-vue.eml', root, trace, std, L('unrelated', None, ['AWS58204417'], False, 'en'))


def amazon_corp_o365(d, consumer=True):
    ip = '52.119.213.%d' % R.randint(100, 160)
    host = 'smtp-fw-%d.amazon.com' % R.randint(1000, 9999)
    ar = o365_ar('pass', 'amazon.com', ip, 'pass', 'amazon.com', 'pass', 'none', 'amazon.com', 'pass', '100')
    return o365_trace(d + dt.timedelta(seconds=3), host, ip, 'amazon.com', ar, consumer=consumer) + [
        ('DKIM-Signature', dkim('amazon.com', 'amazoncorp2', d, c='relaxed/relaxed', headers='Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Date:Subject:CC:To:From')),
        ('Received', 'from EX19D010UWA001.ant.amazon.com (10.13.138.%d) by\n EX19MTAUWA002.ant.amazon.com (10.250.64.%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) id 15.2.1544.14;\n %s'
         % (R.randint(1, 250), R.randint(1, 250), rfc(d)))]


JESS = ('Jess Morales', 'jmorales@amazon.com')
J_SUBJ = f'Your certification accounts - please confirm before I merge (case {C5})'
J_MID1 = '<7c2f0e1d9ab84b0c8e2a51f3d7b6c410@EX19D010UWA001.ant.amazon.com>'
J_D1 = T('2025-11-06 17:10:22')


def m012():
    d = J_D1
    body = f"""Hi Lukas,

Picking up your request from the contact form (case {C5}).

Found both profiles: AWS81937402 (the one on your university address) and AWS72048316 (current). The plan is to fold the first into the second, so AWS72048316 stays and AWS81937402 gets closed. Your exam history and the 50% voucher come along.

Heads up that this can't be undone once I run it. Just reply "confirmed" if that's right, or tell me if you'd rather keep the other one.

Thanks,
Jess
AWS T&C Support
"""
    root = part(body, charset='us-ascii')
    std = [('From', addr(*JESS)), ('To', addr(*LUK)), ('Subject', J_SUBJ), ('Thread-Topic', J_SUBJ),
           ('Thread-Index', 'AQH' + rb64(30)[:40]), ('Date', rfc(d)), ('Message-ID', J_MID1),
           ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
           ('X-Originating-IP', '[10.43.162.%d]' % R.randint(1, 250))]
    write('012-amazon-agent.eml', root, amazon_corp_o365(d), std,
          L('merge_confirmation_requested', C5, ['AWS72048316', 'AWS81937402'], True, 'en'))


def m013():
    d = T('2025-05-27 06:20:51')
    body = """田中 美咲 様

AWS トレーニングと認定 にお問い合わせいただき、ありがとうございます。担当の中村と申します。

アカウント統合のご依頼について承知いたしました。ご本人確認および対象アカウントの特定のため、恐れ入りますが以下の情報をお知らせください。

1. AWS58204417 にサインインする際のメールアドレス
2. AWS60391275 の通知先として登録されていたメールアドレス（以前の勤務先のアドレスで差し支えございません）
3. 統合後に残すアカウント（特にご指定がない場合は、AWS58204417 を残す形でご案内いたします）

本メールにそのままご返信いただけましたら幸いです。
件名のケース番号は変更せずにご返信くださいますよう、お願いいたします。

何卒よろしくお願いいたします。

中村
AWS トレーニングと認定
"""
    root = part(body, charset='iso-2022-jp')
    subj = Header(f'RE:[CASE {C3}] [AWS Training and Certification Form Submission] - ', 'us-ascii')
    subj.append('アカウントに関するお問い合わせ', 'iso-2022-jp')
    write('013-aws-form-desk-ja.eml', root, aws_gmail(MIS[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*MIS, charset='iso-2022-jp'), subj, d),
          L('support_reply', C3, ['AWS58204417', 'AWS60391275'], True, 'ja'))


def m014():
    d = C14_OPEN + dt.timedelta(seconds=9)
    body = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {C14} to address your issue.

The details of your case are as follows:

Case ID: {C14}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Europe (London)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: We are load-testing a new release and need more vCPUs in eu-west-2 for two weeks.

We will respond to you as soon as possible. You can view your case or reply to it at any time from the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C14}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    root = part(body, enc='qp')
    write('014-aws-support-console.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, NOREPLY), DAN[1], f'Amazon Web Services: You have opened a new Support case: {C14}', d),
          L('unrelated', C14, [], True, 'en'))


def m015():
    d = T('2025-03-13 14:40:05')
    txt = """Hello Daniel,

Thank you for the details. Here is what I am going to do, please check it carefully:

Profile that remains active: AWS04718263 (daniel.okafor.dev@gmail.com)
Profile that will be merged into it and then deactivated: AWS09152730

Everything on AWS09152730 (certification history, transcripts and any unused benefits) will be carried over to AWS04718263.

Please be aware that a merge is permanent. Once it has run we have no way of splitting the profiles again.

If the above is correct, reply to this message saying so and I will submit it. If anything should be different, let me know instead.

Best regards,
Arjun K.
Amazon Web Services
"""
    html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Daniel,</p>
<p>Thanks for getting back to me. Below is the change I have prepared for your certification profiles:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="border:1px solid #d5dbdb"><b>Surviving account</b></td><td style="border:1px solid #d5dbdb">AWS04718263<br>daniel.okafor.dev@gmail.com</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Account being retired</b></td><td style="border:1px solid #d5dbdb">AWS09152730</td></tr>
</table>
<p>All certifications, exam history and unused benefits on the retired account move to the surviving account.</p>
<p><b>This cannot be undone.</b> After the change we are unable to separate the two profiles again.</p>
<p>Please reply to this e-mail to let me know that the details are right, and I will submit the request.</p>
<p>Best regards,<br>Arjun K.<br>Amazon Web Services</p>
</body></html>
"""
    root = alt(part(txt, enc='qp'), part(html, 'html', enc='b64'))
    write('015-aws-form-desk.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*DAN), f'RE:[CASE {C1}] {FORM_SUBJ}', d),
          L('merge_confirmation_requested', C1, ['AWS04718263', 'AWS09152730'], True, 'en'))


def m016():
    d = T('2025-03-18 20:05:41')
    txt = """Hi Daniel,

We received a request to merge another Credly account (d.okafor@fintrail.co.uk) into your account.

To verify that you own that e-mail address, enter this code on the Account Merge page:

582047

Or select the button below.

Complete Account Merge: https://www.credly.com/users/account_merge/verify?token=c3f1b8e2d7

The code expires in 30 minutes. If you did not request this, you can ignore this e-mail and nothing will change.

The Credly Team
Credly, Inc. | 215 Park Avenue South, New York, NY 10003
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'Credly'), 'html', enc='qp'))
    write('016-credly.eml', root, credly_gmail(DAN[1], d),
          credly_std('Credly', DAN[1], 'Verify your e-mail address to merge Credly accounts', d),
          L('unrelated', None, [], True, 'en'))


def m017():
    d = T('2025-06-19 09:02:16')
    fake = case15(T('2025-06-18 22:41:03'), 10452)
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification.

We are ready to merge your certification account aws31620584 into aws27093318. Before we do so we need you to confirm the request, because a merge cannot be reversed.

For your security, confirmations are no longer accepted by e-mail. Please confirm through our verification portal within 24 hours:

https://aws-training-verify.net/merge/confirm?case={fake}

If we do not receive your confirmation, the request will be closed and both accounts may be temporarily locked.

Best regards,
AWS Training and Certification
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    ip = '185.234.72.19'
    ar = o365_ar('fail', 'amazon.com', ip, 'none', None, 'fail', 'quarantine', 'amazon.com', 'fail', '000')
    trace = o365_trace(d, 'vps-1147.hostsailor.net', ip, 'amazon.com', ar, spf='Fail')
    trace += [('Received', 'from mail.amazon.com (mail.amazon.com [72.21.196.12])\n\tby smtp-in.amazon.com with ESMTPS id 4b7Xq2; %s' % rfc(d - dt.timedelta(seconds=30))),
              ('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com')]
    std = [('From', addr(AWSNAME, FORM)), ('Reply-To', 'aws-merge-desk@proton.me'), ('To', PRI[1]),
           ('Subject', f'RE:[CASE {fake}] Confirm certification account merge'), ('Date', rfc(d)),
           ('Message-ID', '<%s@amazon.com>' % rhex(20))]
    write('017-aws-tc-confirm.eml', root, trace, std,
          L('merge_confirmation_requested', fake, ['AWS27093318', 'AWS31620584'], False, 'en'))


def m018():
    d = T('2025-03-14 10:11:47')
    body = """Hello Daniel,

Thank you for confirming. I've handed the request to the team that carries out profile merges and it is now in their queue. There's nothing else you need to do at this point; I'll write again as soon as they have finished, which usually takes two to three business days.

Best regards,
Arjun K.
Amazon Web Services

The details are correct. Please proceed with the merge.
Daniel

Hello Daniel,

Thank you for the details. Here is what I am going to do, please check it carefully:

Profile that remains active: AWS04718263 (daniel.okafor.dev@gmail.com)
Profile that will be merged into it and then deactivated: AWS09152730

Everything on AWS09152730 (certification history, transcripts and any unused benefits) will be carried over to AWS04718263.

Please be aware that a merge is permanent. Once it has run we have no way of splitting the profiles again.

If the above is correct, reply to this message saying so and I will submit it. If anything should be different, let me know instead.

Best regards,
Arjun K.
Amazon Web Services
"""
    root = part(body, enc='qp')
    write('018-aws-form-desk.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*DAN), f'RE:[CASE {C1}] {FORM_SUBJ}', d),
          L('support_reply', C1, [], True, 'en'))


def m019():
    d = T('2026-01-15 13:26:58')
    txt = """Merge request !87 was merged

Merge request URL: https://gitlab.com/lbrenner/cert-tracker/-/merge_requests/87
Project:Branches: lbrenner/cert-tracker:dedupe-candidate-accounts to lbrenner/cert-tracker:main
Author: Ana Petrova
Assignee: Lukas Brenner

Merge account records for duplicated candidates

Closes #31. When two candidate records share a normalised e-mail we now keep the older record and move exam results onto it.

--
Reply to this email directly or view it on GitLab: https://gitlab.com/lbrenner/cert-tracker/-/merge_requests/87
You're receiving this email because of your account on gitlab.com. Manage all notifications: https://gitlab.com/-/profile/notifications
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'GitLab'), 'html', enc='qp'))
    ip = '192.237.158.%d' % R.randint(140, 150)
    mf = 'bounce+%s@mg.gitlab.com' % rhex(6)
    ar = o365_ar('pass', 'mg.gitlab.com', ip, 'pass', 'mg.gitlab.com', 'pass', 'none', 'mg.gitlab.com', 'pass', '100')
    trace = o365_trace(d, 'mail-%s.mg.gitlab.com' % ip.split('.')[-1], ip, 'mg.gitlab.com', ar, consumer=True) + [
        ('DKIM-Signature', dkim('mg.gitlab.com', 'mailo', d, c='relaxed/relaxed'))]
    std = [('From', formataddr(('Ana Petrova (@apetrova)', 'gitlab@mg.gitlab.com'))), ('Reply-To', 'GitLab <incoming+lbrenner-cert-tracker-41@incoming.gitlab.com>'),
           ('To', LUK[1]), ('Subject', 'Re: Cert Tracker | Merge account records for duplicated candidates (!87)'),
           ('Date', rfc(d)), ('Message-ID', '<merge_request_event_%d@gitlab.com>' % R.randint(10**8, 10**9)),
           ('In-Reply-To', '<merge_request_312004877@gitlab.com>'), ('References', '<merge_request_312004877@gitlab.com>'),
           ('X-GitLab-Project', 'Cert Tracker'), ('X-GitLab-MergeRequest-IID', '87'), ('X-GitLab-NotificationReason', 'assigned'),
           ('List-Id', 'lbrenner/cert-tracker <41.cert-tracker.lbrenner.gitlab.com>')]
    write('019-gitlab-mr-87.eml', root, trace, std, L('unrelated', None, [], False, 'en'))


def m020():
    d = T('2025-09-26 06:02:13')
    body = f"""佐藤 健太 様

AWS トレーニングと認定 サポートの小林です。

ご返信いただきありがとうございました。
aws-24680135 の認定履歴を AWS 13579024 へ統合する作業が完了しました。今後は AWS 13579024 でサインインしていただき、認定資格の一覧と特典（次回受験時の50%割引など）が表示されていることをご確認ください。Credly のデジタルバッジは数日以内に移行される予定です。

本件はこれにてクローズとさせていただきます。今回の対応について、よろしければ評価をお寄せください。

この回答は役に立ちましたか？ はい / いいえ

小林
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(case=C4)
    root = part(body, charset='shift_jis', enc='b64', label='Shift_JIS')
    subj = Header(f'RE:[CASE {C4}] 認定アカウントの統合について', 'utf-8')
    write('020-aws-support-ja.eml', root, aws_jp('mx.nifty.com', 'mta-rcv-02.mail.nifty.com', SAT[1], d),
          aws_std(addr(AWSNAME, NOREPLY), SAT[1], subj, d),
          L('merge_completed', C4, ['AWS13579024', 'AWS24680135'], True, 'ja'))


def m021():
    d = T('2025-06-21 17:33:08')
    txt = """Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Cloud Practitioner

Claim your badge to show off your new achievement on LinkedIn, in your e-mail signature and wherever else you like.

Accept Badge: https://www.credly.com/earner/earned/badge/5d2b8f1e-77c4-4a09-b3e2-9f0c61d5a842

Why accept? Verified badges give employers real-time validation of your skills.

If you have questions about this badge, contact the issuer: Amazon Web Services Training and Certification.

Credly, Inc. | 215 Park Avenue South, New York, NY 10003
Manage e-mail preferences: https://www.credly.com/users/email_preferences
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'Credly'), 'html', enc='qp'))
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'bounces+4489211-9c2e-priya.raman=northwind-analytics.com@em.credly.com'
    ar = o365_ar('pass', 'em.credly.com', ip, 'pass', 'credly.com', 'pass', 'none', 'credly.com', 'pass', '100')
    trace = o365_trace(d, 'o%d.em.credly.com' % R.randint(1, 30), ip, 'em.credly.com', ar) + [
        ('DKIM-Signature', dkim('credly.com', 's1', d, c='relaxed/relaxed', headers='from:mime-version:subject:to:content-type'))]
    std = credly_std('Amazon Web Services Training and Certification via Credly', PRI[1],
                     'Amazon Web Services Training and Certification has issued you a badge', d)
    write('021-credly.eml', root, trace, std, L('credly_badge_issued', None, [], True, 'en'))


def m022():
    d = T('2025-05-25 12:58:31')
    txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code

418 207

(This code is valid for 30 minutes)

Amazon Web Services will never e-mail you and ask you to disclose or verify your password, credit card, or banking account number.
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'AWS'), 'html', enc='qp'))
    ip = R.choice(SES_IPS)
    mf = ses_mailfrom(d).replace('email.amazonses.com', 'us-east-1.amazonses.com')
    ar = gmail_ar([('signin.aws', 'ak4ny3kgc5dlv2v4u6n7ebfnbl7ywbms', 'pass'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')],
                  ('pass', mf, ip), ('pass', 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'signin.aws'))
    trace = gmail_trace(MIS[1], d, ses_host(ip), ip, mf, ar, tz='pdt') + [
        ('DKIM-Signature', dkim('signin.aws', 'ak4ny3kgc5dlv2v4u6n7ebfnbl7ywbms', d)),
        ('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', d))]
    std = [('From', formataddr(('AWS', 'no-reply@signin.aws'))), ('To', MIS[1]),
           ('Subject', 'Verify your AWS Builder ID email address'), ('Date', rfc(d)), ('Message-ID', ses_msgid(d))]
    write('022-aws-signin.eml', root, trace, std, L('unrelated', None, [], True, 'en'))


def m023():
    d = T('2025-11-08 14:22:40')
    body = f"""Hi Lukas,

All set. The old profile is gone and its history now sits under AWS72048316. Sign in with your current address; the voucher should show under Benefits.

Jess

________________________________
From: Lukas Brenner <lukas.brenner@outlook.com>
Sent: Friday, November 7, 2025 10:02 AM
To: Jess Morales <jmorales@amazon.com>
Subject: RE: {J_SUBJ}

Confirmed, go ahead. Will my Credly badges follow automatically?

Lukas

________________________________
From: Jess Morales <jmorales@amazon.com>
Sent: Thursday, November 6, 2025 6:10 PM
To: Lukas Brenner <lukas.brenner@outlook.com>
Subject: {J_SUBJ}

Hi Lukas,

Picking up your request from the contact form (case {C5}).

Found both profiles: AWS81937402 (the one on your university address) and AWS72048316 (current). The plan is to fold the first into the second, so AWS72048316 stays and AWS81937402 gets closed. Your exam history and the 50% voucher come along.

Heads up that this can't be undone once I run it. Just reply "confirmed" if that's right, or tell me if you'd rather keep the other one.

Thanks,
Jess
AWS T&C Support
"""
    root = part(body, charset='us-ascii')
    mid_l = '<AS8P192MB1187C0E4D2B9A7F1E03B5D66A41A2@AS8P192MB1187.EURP192.PROD.OUTLOOK.COM>'
    std = [('From', addr(*JESS)), ('To', addr(*LUK)), ('Subject', 'RE: ' + J_SUBJ), ('Thread-Topic', J_SUBJ),
           ('Thread-Index', 'AQH' + rb64(40)[:52]), ('Date', rfc(d)),
           ('Message-ID', '<2b90d6e4c31f4f6a9a0e7d15c8f23b77@EX19D010UWA001.ant.amazon.com>'),
           ('References', '%s %s' % (J_MID1, mid_l)), ('In-Reply-To', mid_l),
           ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')]
    write('023-amazon-agent.eml', root, amazon_corp_o365(d), std,
          L('merge_completed', C5, ['AWS72048316'], True, 'en'))


def m024():
    d = T('2025-06-16 14:12:09')
    body = """Priya - this is what they sent me when mine was done, in case it helps. It took them about two days after I confirmed. Make sure you tell them up front which ID you want to keep, they asked me twice.

Tom

> Hello Tom,
>
> Your certification profiles have now been merged. AWS52810097 has been retired and all of its records are now under AWS49920364. Please sign in with tom.becker@northwind-analytics.com to review your certifications and benefits.
>
> Thank you for contacting AWS Training and Certification. We will now close this case.
>
> Best regards,
> Amazon Web Services
"""
    root = alt(part(body, enc='qp'), part(html_from(body), 'html', enc='qp'))
    ar = 'dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=northwind-analytics.com;'
    trace = o365_trace(d, None, None, None, ar, internal=True)
    std = [('From', formataddr(('Tom Becker', 'tom.becker@northwind-analytics.com'))), ('To', formataddr(PRI)),
           ('Subject', 'AWS cert merge - what they sent me'), ('Thread-Topic', 'AWS cert merge - what they sent me'),
           ('Thread-Index', 'AdvgB' + rb64(20)[:22]), ('Date', rfc(d.astimezone(TZ['edt']))),
           ('Message-ID', '<SA1PR12MB%04d%sA@SA1PR12MB%04d.namprd12.prod.outlook.com>' % (R.randint(1000, 9999), rhex(24).upper(), R.randint(1000, 9999))),
           ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
           ('X-MS-Exchange-Organization-AuthMechanism', '04')]
    write('024-colleague.eml', root, trace, std, L('unrelated', None, [], False, 'en'))


def m025():
    d = T('2025-05-28 08:45:12')
    c_req = '2025年5月28日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:'
    body = f"""田中 美咲 様

ご確認いただきありがとうございます。
いただいたご返信をもちまして、統合の手続きを開始いたしました。作業が終わりましたら、あらためて本ケースにてご連絡差し上げます。通常、2営業日から3営業日ほどお時間をいただいております。

中村
AWS トレーニングと認定

2025年5月28日(水) 12:30 田中美咲 <misaki.tanaka.0412@gmail.com>:
> 中村様
>
> 内容に相違ございません。統合をお願いいたします。
>
> 田中
>
> {c_req}
> > 田中 美咲 様
> >
> > ご回答いただきありがとうございます。以下の内容で統合を行います。
> >
> > 残すアカウント: AWS58204417
> > 統合後に閉鎖されるアカウント: AWS60391275
> >
> > 統合後は元に戻すことができませんので、内容をご確認のうえ、本メールにご返信ください。
> >
> > 中村
> > AWS トレーニングと認定
"""
    root = part(body, enc='qp')
    subj = Header(f'RE:[CASE {C3}] [AWS Training and Certification Form Submission] - アカウントに関するお問い合わせ', 'utf-8')
    write('025-aws-form-desk-ja.eml', root, aws_gmail(MIS[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*MIS), subj, d),
          L('support_reply', C3, [], True, 'ja'))


def m026():
    d = T('2025-07-22 10:05:37')
    body = f"""Hello,

Thank you for contacting AWS Support. I understand that you would like to merge your two AWS accounts (1234-5678-9012 and 2109-8765-4321) so that all resources and billing are under a single account.

It is not possible to merge two AWS accounts. Each AWS account is a separate container for resources, identity and billing, and its resources cannot be transferred to another account in a single operation.

What you can do instead:

1. Consolidated billing: create an organization in AWS Organizations from the account you want to keep (the management account) and invite the second account as a member. Both accounts then appear on a single bill.
2. Resource migration: resources such as EC2 instances, EBS snapshots and S3 objects can be copied or shared into the other account (for example, by sharing AMIs and snapshots, or with S3 replication).
3. Closing the second account: once the resources have been moved, the second account can be closed from its Account page.

Please let me know if you have any further questions; I'd be happy to help.

""" + CONSOLE_FOOT_EN.format(agent='Miguel R.', case=C26)
    root = part(body, enc='qp')
    write('026-aws-support-console.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, NOREPLY), DAN[1], f'RE:[CASE {C26}] Merge two AWS accounts into one', d),
          L('unrelated', C26, [], True, 'en'))


def m027():
    d = T('2026-01-20 07:10:18')
    body = f"""山本 拓也 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の佐々木です。

ご連絡いただいたメールアドレスで検索しましたところ、次の3つの認定アカウントが見つかりました。

 - AWS39517608（2019年作成）
 - AWS40286139（2022年作成、直近の受験履歴あり）
 - aws41870025（2023年作成、受験履歴なし）

統合後に引き続きご利用になるアカウントを1つお選びいただけますでしょうか。ご指定のアカウントに、残り2つのアカウントの内容をまとめます。
あわせて、現在受験予約中の試験がございましたらお知らせください。

ご返信をお待ちしております。

佐々木
AWS トレーニングと認定
"""
    root = part(body, enc='qp')
    subj = Header(f'RE:[CASE {C6}] {FORM_SUBJ}', 'us-ascii')
    write('027-aws-form-desk-ja.eml', root, aws_jp('mx.biglobe.ne.jp', 'mxin06.biglobe.ne.jp', YAM[1], d, region='us'),
          aws_std(addr(AWSNAME, FORM), addr(*YAM), f'RE:[CASE {C6}] {FORM_SUBJ}', d),
          L('support_reply', C6, ['AWS39517608', 'AWS40286139', 'AWS41870025'], True, 'ja'))


def m028():
    d = T('2025-08-12 18:25:33')
    txt = f"""Hello Marco,

Thank you for your patience while we reviewed your request.

We will merge the following certification accounts:

Account that will remain: AWS-66120943 (marco.ruiz@brightlane.io)
Account that will be merged and closed: AWS-70835126

Please note that once the merge is performed it cannot be reversed. Kindly reply to this e-mail to confirm that the details above are correct and that you would like us to proceed.

Best regards,
Lena
Amazon Web Services

--
You received this message because you are subscribed to the Google Groups "Cloud Certs" group.
To unsubscribe from this group and stop receiving emails from it, send an email to cloud-certs+unsubscribe@brightlane.io.
To view this discussion visit https://groups.google.com/a/brightlane.io/d/msgid/cloud-certs/{ses_mailfrom(d)}.
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    to = 'cloud-certs@brightlane.io'
    ip = '209.85.220.%d' % R.randint(40, 90)
    mf = 'cloud-certs+bncBD%s@brightlane.io' % rb64(30).replace('/', 'x').replace('+', 'y')[:36]
    ar = ('mx.google.com;\n       dkim=pass header.i=@brightlane.io header.s=google header.b=%s;\n'
          '       arc=pass (i=2 spf=pass spfdomain=email.amazonses.com dkim=pass dkdomain=amazon.com dkim=pass dkdomain=amazonses.com dmarc=pass fromdomain=amazon.com);\n'
          '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
          '       dmarc=pass (p=NONE sp=NONE dis=NONE arc=pass) header.from=brightlane.io' % (rb64(6)[:8], mf, ip, mf))
    trace = gmail_trace(MAR[1], d + dt.timedelta(seconds=4), 'mail-sor-f%d.google.com' % R.randint(41, 99), ip, mf, ar, tz='pdt')
    trace += [('X-Original-To', to), ('DKIM-Signature', dkim('brightlane.io', 'google', d, c='relaxed/relaxed', headers='list-unsubscribe:list-subscribe:list-archive:list-help:list-post:list-id:mailing-list:precedence:reply-to:x-original-authentication-results:x-original-sender:mime-version:subject:message-id:date:from:to'))]
    std = [('From', formataddr(("'Amazon Web Services' via Cloud Certs", to))),
           ('Reply-To', addr(AWSNAME, FORM)), ('To', to),
           ('Subject', f'RE:[CASE {C7}] {FORM_SUBJ}'), ('Date', rfc(d)), ('Message-ID', ses_msgid(d)),
           ('X-Original-Sender', FORM),
           ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@amazon.com header.s=yg4mwqurec7fkhzutopddd3ytuaqrvuz;       spf=pass (google.com: domain of %s designates 54.240.8.77 as permitted sender) smtp.mailfrom=%s;       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com' % (ses_mailfrom(d), ses_mailfrom(d))),
           ('Precedence', 'list'), ('Mailing-list', 'list cloud-certs@brightlane.io; contact cloud-certs+owners@brightlane.io'),
           ('List-ID', '<cloud-certs.brightlane.io>'), ('X-Spam-Checked-In-Group', 'cloud-certs@brightlane.io'),
           ('List-Post', '<https://groups.google.com/a/brightlane.io/group/cloud-certs/post>, <mailto:cloud-certs@brightlane.io>'),
           ('List-Help', '<https://support.google.com/a/brightlane.io/bin/topic.py?topic=25838>, <mailto:cloud-certs+help@brightlane.io>'),
           ('List-Archive', '<https://groups.google.com/a/brightlane.io/group/cloud-certs/>'),
           ('List-Unsubscribe', '<mailto:googlegroups-manage+1020338841177+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/brightlane.io/group/cloud-certs/subscribe>')]
    write('028-cloud-certs-list.eml', root, trace, std,
          L('merge_confirmation_requested', C7, ['AWS66120943', 'AWS70835126'], False, 'en'))


def m029():
    d = T('2025-11-02 16:00:12')
    txt = """Hi Daniel,

Your badge is expiring soon.

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification
Expires: January 14, 2026

After the expiration date your badge will still be visible on your profile, but it will be marked as expired. To keep your credential current, follow the recertification steps from the issuer before the expiration date.

View badge: https://www.credly.com/badges/0b7e33c2-51fa-4d8e-9a44-2c61f0e8d917

The Credly Team
Credly, Inc. | 215 Park Avenue South, New York, NY 10003
Unsubscribe from badge expiration reminders: https://www.credly.com/users/email_preferences
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'Credly'), 'html', enc='qp'))
    write('029-credly.eml', root, credly_gmail(DAN[1], d, tz='pst'),
          credly_std('Credly', DAN[1], 'Your AWS Certified Developer - Associate badge expires in 73 days', d),
          L('unrelated', None, [], True, 'en'))


def m030():
    d = T('2025-05-30 02:15:44')
    body = """田中 美咲 様

大変お待たせいたしました。

AWS60391275 に登録されていた認定資格および受験履歴を、AWS58204417 へ移行いたしました。AWS60391275 は今後ご利用いただけません。

AWS 認定アカウントにサインインのうえ、認定資格の一覧と特典が正しく表示されていることをご確認ください。Credly のバッジにつきましては、Credly から別途メールが届きます。

このたびはご不便をおかけいたしました。

中村
AWS トレーニングと認定
"""
    root = part(body, charset='shift_jis', enc='b64', label='Shift_JIS')
    subj = Header(f'RE:[CASE {C3}] [AWS Training and Certification Form Submission] - アカウントに関するお問い合わせ', 'iso-2022-jp')
    write('030-aws-form-desk-ja.eml', root, aws_gmail(MIS[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*MIS), subj, d),
          L('merge_completed', C3, ['AWS58204417', 'AWS60391275'], True, 'ja'))


def m031():
    d = T('2025-08-30 03:12:55')
    body = """佐藤 健太 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。本メールは大切に保管してください。

試験: SAP-C02 AWS Certified Solutions Architect - Professional（日本語）
日時: 2025年9月13日（土）10:00
会場: ピアソンVUE公認テストセンター 東京 新宿会場
登録番号: 487215930
候補者ID: AWS13579024

当日は、有効期限内の本人確認書類を2点ご持参ください。書類の氏名は、AWS 認定アカウントに登録された氏名と完全に一致している必要があります。
試験開始の15分前までに会場へお越しください。

予約の変更・キャンセルは、試験開始の24時間前までに AWS 認定アカウントから行ってください。

ピアソンVUE
本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。
"""
    root = part(body, charset='iso-2022-jp')
    ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'pvuebounce@pearson.com'
    ar = 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=pearson.com header.s=pvue1;\n\tdmarc=pass header.from=pearson.com' % mf
    trace = jp_trace('mx.nifty.com', 'mta-rcv-03.mail.nifty.com', SAT[1], d, 'mta-pvue4.pearson.com', ip, mf, ar) + [
        ('DKIM-Signature', dkim('pearson.com', 'pvue1', d, c='relaxed/relaxed'))]
    std = [('From', addr('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com', 'iso-2022-jp')), ('To', SAT[1]),
           ('Subject', Header('試験予約確認：AWS Certified Solutions Architect - Professional', 'iso-2022-jp')),
           ('Date', rfc(d)), ('Message-ID', '<%s.%s@pearson.com>' % (rhex(16), R.randint(100000, 999999)))]
    write('031-pearson-vue-ja.eml', root, trace, std, L('unrelated', None, ['AWS13579024'], False, 'ja'))


def m032():
    d = T('2025-10-14 19:40:02')
    txt = f"""Hello,

Your AWS Support case {C32}, "Question about credit on September invoice", has been resolved.

How did we do? Your feedback helps us improve AWS Support.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId={C32}&resolved=yes
No: https://console.aws.amazon.com/support/feedback?displayId={C32}&resolved=no

If you still need help, you can reopen the case from the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={C32}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    write('032-aws-support-console.eml', root, aws_o365(d),
          aws_std(addr(AWSNAME, NOREPLY), PRI[1], f'[Case {C32}] How did we do?', d),
          L('unrelated', C32, [], True, 'en'))


def m033():
    d = T('2025-11-20 07:49:31')
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f3f3">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><img src="https://amazon.com.case-notify.info/img/aws-logo.png" alt="aws" width="80"></td></tr>
<tr><td>
<p>Hello Lukas,</p>
<p>We have completed the merge of your AWS Certification accounts. Your active certification account is now <b>AWS7204****</b>.</p>
<p>As part of the merge, your 50% exam discount voucher has been <b>temporarily suspended</b>. To reactivate it, please verify your payment details within 72 hours.</p>
<p style="text-align:center"><a href="https://amazon.com.case-notify.info/cert/benefits/verify?u=lbrenner" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:2px">Restore my benefits</a></p>
<p>If you do not complete verification, the voucher will be removed from your account.</p>
<p>Sincerely,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
    root = part(html, 'html', enc='b64')
    ip = '45.137.21.%d' % R.randint(2, 250)
    dom = 'amazon.com.case-notify.info'
    ar = o365_ar('pass', dom, ip, 'pass', dom, 'pass', 'none', dom, 'pass', '100')
    trace = o365_trace(d, 'mx1.' + dom, ip, dom, ar, consumer=True) + [('DKIM-Signature', dkim(dom, 'default', d, c='relaxed/relaxed'))]
    std = [('From', formataddr((AWSNAME, 'no-reply@' + dom))), ('To', LUK[1]),
           ('Subject', 'Your AWS Certification accounts have been merged - action needed to keep your benefits'),
           ('Date', rfc(d)), ('Message-ID', '<%s@%s>' % (rhex(20), dom))]
    write('033-aws-cert-benefits.eml', root, trace, std, L('merge_completed', None, [], False, 'en'))


P_SUBJ = f'RE:[CASE {C2}] Merge my two certification accounts (AWS 31620584 / AWS 27093318)'


def m034():
    d = T('2025-06-18 15:30:41')
    body = """Hello Priya,

Thank you for your patience.

I've reviewed both certification accounts linked to your request:

Account to keep: aws27093318 (priya.raman@northwind-analytics.com)
Account to merge and close: aws31620584 (previous employer address)

After the merge, your AWS Certified Cloud Practitioner and the related benefits will appear under aws27093318, and you will no longer be able to sign in to aws31620584.

Please note that this action is permanent and cannot be reversed. Kindly reply to this case through the Support Center to let us know that you would like us to proceed.

""" + CONSOLE_FOOT_EN.format(agent='Nadia S.', case=C2)
    root = part(body, enc='qp')
    write('034-aws-support-console.eml', root, aws_o365(d),
          aws_std(addr(AWSNAME, NOREPLY), PRI[1], P_SUBJ, d),
          L('merge_confirmation_requested', C2, ['AWS27093318', 'AWS31620584'], True, 'en'))


def m035():
    d = T('2025-06-20 02:14:26')
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Priya,</p>
<p>Thanks for confirming.</p>
<p>Your certification records have been consolidated: everything previously held under <b>AWS 31620584</b> is now attached to <b>AWS 27093318</b>, and the older account has been deactivated. Credly badges may take up to 48 hours to appear under your current e-mail address.</p>
<p>As your request is complete, I will resolve this case. If you need anything else, you can reopen it from the Support Center.</p>
<p>Best regards,<br>Nadia S.<br>Amazon Web Services</p>
<hr style="border:0;border-top:1px solid #eaeded">
<p style="font-size:13px"><b>How did we do?</b> Rate this correspondence:
<a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;rating=5">Excellent</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;rating=3">Average</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;rating=1">Poor</a></p>
<p style="font-size:12px;color:#687078">To contact us again about this case, please return to the AWS Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
    root = part(html, 'html', enc='qp')
    write('035-aws-support-console.eml', root, aws_o365(d),
          aws_std(addr(AWSNAME, NOREPLY), PRI[1], P_SUBJ, d),
          L('merge_completed', C2, ['AWS27093318', 'AWS31620584'], True, 'en'))


def m036():
    d = T('2025-03-15 21:47:03')
    body = """Hello Daniel,

Good news: the profile merge has gone through. AWS09152730 has been retired, and its exam history, certifications and benefits now live under AWS04718263. Sign in with daniel.okafor.dev@gmail.com to check them.

Credly badges earned on the old profile will be reissued to the e-mail address on AWS04718263 within a few days.

Best regards,
Arjun K.
Amazon Web Services

==================== Previous correspondence ====================

Hello Daniel,

Thank you for confirming. I've handed the request to the team that carries out profile merges and it is now in their queue. There's nothing else you need to do at this point; I'll write again as soon as they have finished, which usually takes two to three business days.

Arjun K.

----

The details are correct. Please proceed with the merge.
Daniel

----

Hello Daniel,

Thank you for the details. Here is what I am going to do, please check it carefully:

Profile that remains active: AWS04718263 (daniel.okafor.dev@gmail.com)
Profile that will be merged into it and then deactivated: AWS09152730

Please be aware that a merge is permanent. Once it has run we have no way of splitting the profiles again. If the above is correct, reply to this message saying so and I will submit it.

Arjun K.
"""
    root = alt(part(body, enc='qp'), part(html_from(body), 'html', enc='qp'))
    write('036-aws-form-desk.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), addr(*DAN), f'RE:[CASE {C1}] {FORM_SUBJ}', d),
          L('merge_completed', C1, ['AWS04718263', 'AWS09152730'], True, 'en'))


def m037():
    d = T('2025-03-15 21:49:18')
    txt = f"""Hello,

Your AWS Training and Certification case {C1} has been closed.

We'd like to hear about your experience. This takes less than a minute.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/s?c={C1}&r=1
NO: https://aws-tc-feedback.amazon.com/s?c={C1}&r=0

How would you rate the agent who helped you? (1 = poor, 5 = excellent)
https://aws-tc-feedback.amazon.com/s?c={C1}&q=agent

Thank you,
AWS Training and Certification
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    write('037-aws-form-desk.eml', root, aws_gmail(DAN[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), DAN[1], f'Your case {C1} has been closed - tell us how we did', d),
          L('survey', C1, [], True, 'en'))


def m038():
    d = T('2025-03-17 03:12:40')
    txt = """Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge following an update to your certification record.

AWS Certified Developer - Associate

Your badge is ready to accept. Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or embed it in a web page.

Accept your badge: https://www.credly.com/earner/earned/badge/8a1c0f7e-34b2-4e5d-9f61-7c0d2e9a3b15

Questions about this badge? Contact the issuer, Amazon Web Services Training and Certification.

Credly, Inc. | 215 Park Avenue South, New York, NY 10003
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'Credly'), 'html', enc='qp'))
    write('038-credly.eml', root, credly_gmail(DAN[1], d),
          credly_std('Amazon Web Services Training and Certification via Credly', DAN[1],
                     'Your AWS Certified Developer - Associate badge is ready to accept', d),
          L('credly_badge_issued', None, [], True, 'en'))


def m039():
    d = T('2025-08-01 14:03:17')
    txt = """Hi Misaki,

Here's how your badges performed in July.

Your badges were viewed 14 times.

Most viewed: CKA: Certified Kubernetes Administrator
Issued by The Linux Foundation - 9 views

HashiCorp Certified: Terraform Associate (003)
Issued by HashiCorp - 5 views

Looking for your next credential? The Linux Foundation recommends: CKS: Certified Kubernetes Security Specialist.

See your full badge wallet: https://www.credly.com/users/misaki-tanaka.8f2c1a/badges

The Credly Team
Credly, Inc. | 215 Park Avenue South, New York, NY 10003
Manage e-mail preferences: https://www.credly.com/users/email_preferences
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'Credly'), 'html', enc='qp'))
    write('039-credly.eml', root, credly_gmail(MIS[1], d),
          credly_std('Credly', MIS[1], 'Misaki, your badges were viewed 14 times in July', d),
          L('unrelated', None, [], True, 'en'))


def m040():
    d = T('2025-05-30 02:16:52')
    body = f"""田中 美咲 様

先日は AWS トレーニングと認定 にお問い合わせいただき、ありがとうございました。
ケース {C3} はクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします（所要時間: 約1分）。

問題は解決しましたか？
はい: https://aws-tc-feedback.amazon.com/s?c={C3}&r=1&lang=ja
いいえ: https://aws-tc-feedback.amazon.com/s?c={C3}&r=0&lang=ja

担当者の対応を5段階で評価してください。
https://aws-tc-feedback.amazon.com/s?c={C3}&q=agent&lang=ja

AWS トレーニングと認定
"""
    root = part(body, enc='b64')
    subj = Header(f'[CASE {C3}] お問い合わせ対応に関するアンケートご協力のお願い', 'utf-8')
    write('040-aws-form-desk-ja.eml', root, aws_gmail(MIS[1], d, tz='pdt'),
          aws_std(addr(AWSNAME, FORM), MIS[1], subj, d),
          L('survey', C3, [], True, 'ja'))


def m041():
    d = C4_OPEN + dt.timedelta(seconds=10)
    body = f"""AWS をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、ケース {C4} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C4}
件名: 認定アカウントの統合について
重要度: 一般的な質問
内容: 認定アカウントが2つあります（AWS 13579024 と aws-24680135）。AWS 13579024 の方に統合していただけますでしょうか。

できるだけ早くご連絡いたします。ケースの確認や返信は、AWS サポートセンターからいつでも行うことができます。

https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

※このメールは送信専用アドレスから送信されています。

Amazon Web Services
"""
    root = part(body, enc='b64')
    subj = Header(f'Amazon Web Services: 新しいサポートケースが作成されました: {C4}', 'utf-8')
    write('041-aws-support-ja.eml', root, aws_jp('mx.nifty.com', 'mta-rcv-01.mail.nifty.com', SAT[1], d),
          aws_std(addr(AWSNAME, NOREPLY), SAT[1], subj, d),
          L('case_created', C4, ['AWS13579024', 'AWS24680135'], True, 'ja'))


def m042():
    d = T('2025-09-22 02:31:08')
    body = """佐藤 健太 様

AWS トレーニングと認定 サポートの小林です。

9月17日にお送りした、旧アカウントのサインイン用メールアドレスに関するご確認について、まだご返信をいただけていないようでしたので、ご連絡いたしました。

引き続きサポートが必要でしたら、サポートセンターからケースにご返信ください。7日以内にご返信がない場合、本ケースは自動的にクローズされますが、クローズ後もケースを再開していただくことは可能です。

小林
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(case=C4)
    root = part(body, enc='qp')
    subj = Header(f'RE:[CASE {C4}] 認定アカウントの統合について', 'utf-8')
    write('042-aws-support-ja.eml', root, aws_jp('mx.nifty.com', 'mta-rcv-04.mail.nifty.com', SAT[1], d),
          aws_std(addr(AWSNAME, NOREPLY), SAT[1], subj, d),
          L('support_reply', C4, [], True, 'ja'))


def m043():
    d = T('2025-03-12 13:28:50')
    fake = case15(T('2025-03-10 11:02:17'), 20931)
    txt = f"""Hello,

We are processing your request to merge your AWS Certification accounts.

To complete the identity verification required for this request, please reply to this e-mail with:

1. The sign-in e-mail address and password of each certification account
2. A photo of the front and back of a government-issued ID
3. The last four digits of the payment card used for your most recent exam

Requests without this information cannot be processed and will be closed after 48 hours.

Best regards,
AWS Training and Certification

On Mon, Mar 10, 2025 at 2:14 AM Daniel Okafor <daniel.okafor.dev@gmail.com> wrote:
> Hello, I have two certification accounts, AWS04718263 and AWS09152730.
> Please merge the second one into the first.
>
> Thanks,
> Daniel
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'bounces+31177204-a1f0-daniel.okafor.dev=gmail.com@em8812.sendgrid.net'
    ar = gmail_ar([('sendgrid.net', 'smtpapi', 'pass')], ('pass', mf, ip), ('fail', 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE', 'amazon.com'))
    trace = gmail_trace(DAN[1], d, 'o%d.ptr%d.sendgrid.net' % (R.randint(1, 9), R.randint(1000, 9999)), ip, mf, ar, tz='pdt') + [
        ('DKIM-Signature', dkim('sendgrid.net', 'smtpapi', d, c='relaxed/relaxed', headers='from:subject:mime-version:to:content-type'))]
    std = [('From', addr(AWSNAME, FORM)), ('To', DAN[1]),
           ('Subject', f'RE:[CASE {fake}] {FORM_SUBJ}'), ('Date', rfc(d)),
           ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'q').replace('+', 'z')[:22], R.randint(1, 30)))]
    write('043-aws-form-desk.eml', root, trace, std, L('support_reply', fake, [], False, 'en'))


def m044():
    d = T('2026-02-03 17:00:05')
    txt = """AWS Training and Certification | February update

New on AWS Skill Builder
- Exam Prep Plan: AWS Certified AI Practitioner (AIF-C01), now with practice questions in 6 languages
- Lab: Build a retrieval-augmented generation app with Amazon Bedrock
- Course: Migrating workloads with AWS Application Migration Service

Certification news
- Earn an AWS Certification by April 30 and get a free digital badge frame for LinkedIn.
- Reminder: if you hold more than one certification account, you can ask us to combine them. Visit the Certification FAQ for details.

Find your next course: https://skillbuilder.aws/

You are receiving this e-mail because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'AWS Training and Certification'), 'html', enc='qp'))
    ip = '199.15.214.%d' % R.randint(10, 250)
    ar = o365_ar('pass', 'mktomail.amazon.com', ip, 'pass', 'amazon.com', 'pass', 'none', 'amazon.com', 'pass', '100')
    trace = o365_trace(d, 'mail%d.mktomail.com' % R.randint(100, 300), ip, 'mktomail.amazon.com', ar, consumer=True) + [
        ('DKIM-Signature', dkim('amazon.com', 'm1', d, c='relaxed/relaxed'))]
    std = [('From', formataddr(('AWS Training and Certification', 'aws-training-certification@amazon.com'))), ('To', LUK[1]),
           ('Subject', 'New: AI Practitioner exam prep, Bedrock labs and more'), ('Date', rfc(d)),
           ('Message-ID', '<%d.%d.%d@mktomail.com>' % (R.randint(10**8, 10**9), R.randint(1000, 9999), R.randint(10**9, 10**10))),
           ('List-Unsubscribe', '<mailto:unsub-%s@mktomail.amazon.com>, <https://pages.awscloud.com/UnsubscribePage.html>' % rhex(12)),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Mailer', 'Marketo')]
    write('044-aws-training-news.eml', root, trace, std, L('unrelated', None, [], True, 'en'))


def m045():
    d = T('2025-06-05 09:14:22')
    txt = """田中 美咲 様

AWS 認定アカウントの統合に伴い、お客様の AWS 認定バッジ（3件）が新しいアカウントへ移行されました。

移行されたバッジは、まだ受け取りが完了していません。以下のボタンから48時間以内にバッジを受け取ってください。受け取りの際には、AWS 認定アカウントのメールアドレスとパスワードの入力が必要です。

バッジを受け取る: https://credly-badge-center.com/accept?uid=mt0412

期限内に受け取りが完了しない場合、バッジは失効します。

Credly サポートチーム
"""
    root = alt(part(txt, enc='b64'), part(html_from(txt, 'Credly', lang='ja'), 'html', enc='b64'))
    ip = '103.151.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'no-reply@credly-badge-center.com'
    ar = gmail_ar([], ('pass', mf, ip), None)
    trace = gmail_trace(MIS[1], d, 'mail.credly-badge-center.com', ip, mf, ar, tz='pdt')
    std = [('From', formataddr(('Credly', mf))), ('To', MIS[1]),
           ('Subject', Header('【Credly】移行されたバッジの受け取り手続きのお願い', 'utf-8')), ('Date', rfc(d.astimezone(TZ['jst']))),
           ('Message-ID', '<%s@credly-badge-center.com>' % rhex(18))]
    write('045-credly-ja.eml', root, trace, std, L('credly_badge_issued', None, [], False, 'ja'))


def m046():
    d = T('2026-01-23 03:30:09')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Meiryo UI',sans-serif;font-size:11pt">
<p>山本 様</p>
<p>お世話になっております。AWS トレーニングと認定の佐々木です。</p>
<p>ご指定いただいた <b>AWS40286139</b> へ、AWS39517608 と AWS41870025 の内容をまとめました。<br>
受験履歴・認定資格・特典はすべて AWS40286139 でご確認いただけます。旧2アカウントには今後サインインできません。</p>
<p>ご不明点があれば、このメールにそのままご返信ください。</p>
<p>佐々木<br>AWS Training and Certification</p>
</div></body></html>
"""
    root = part(html, 'html', enc='b64')
    ip = '52.119.213.%d' % R.randint(100, 160)
    mf = 'sasakinr@amazon.com'
    ar = 'spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com header.s=amazoncorp2;\n\tdmarc=pass header.from=amazon.com'
    trace = jp_trace('mx.biglobe.ne.jp', 'mxin03.biglobe.ne.jp', YAM[1], d + dt.timedelta(seconds=2), 'smtp-fw-%d.amazon.com' % R.randint(1000, 9999), ip, mf, ar) + [
        ('DKIM-Signature', dkim('amazon.com', 'amazoncorp2', d, c='relaxed/relaxed', headers='Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Date:Subject:CC:To:From'))]
    std = [('From', addr('佐々木 直子', 'sasakinr@amazon.com')), ('To', addr(*YAM)),
           ('Subject', f'RE:[CASE {C6}] {FORM_SUBJ}'), ('Date', rfc(d.astimezone(TZ['jst']))),
           ('Message-ID', '<%s@EX19D031APC002.ant.amazon.com>' % rhex(32)), ('X-Mailer', 'Microsoft Outlook 16.0')]
    write('046-amazon-agent-ja.eml', root, trace, std,
          L('merge_completed', C6, ['AWS39517608', 'AWS40286139', 'AWS41870025'], True, 'ja'))


def m047():
    d = T('2026-03-05 18:41:27')
    body = """Hi Chris,

That\u2019s done \u2014 AWS83029461 is merged into AWS85310274. You\u2019ll find both certs under AWS85310274 now.

Regards,
Priscilla
AWS T&C
"""
    root = part(body, enc='8bit')
    ip = R.choice(SES_IPS)
    trace = plain_trace(CHR[1], d + dt.timedelta(seconds=3), ses_host(ip), ip, 'mail.dalyfamily.net', 'est') + amazon_dkims(d)
    lab = L('merge_completed', C8, ['AWS83029461', 'AWS85310274'], None, 'en')
    lab['_relabel'] = True
    write('047-aws-form-desk.eml', root, trace,
          aws_std(addr(AWSNAME, FORM), CHR[1], f'RE:[CASE {C8}] {FORM_SUBJ}', d), lab)


def m048():
    d = T('2026-03-05 18:43:02')
    txt = f"""Hi Chris,

We've marked case {C8} as resolved.

Tell us about your experience, it takes under a minute:
https://aws-tc-feedback.amazon.com/s?c={C8}

Was your issue resolved?  Yes / No

Thank you for contacting AWS Training and Certification.
"""
    root = alt(part(txt, charset='us-ascii'), part(html_from(txt), 'html', enc='qp'))
    ip = R.choice(SES_IPS)
    trace = plain_trace(CHR[1], d + dt.timedelta(seconds=2), ses_host(ip), ip, 'mail.dalyfamily.net', 'est') + amazon_dkims(d)
    write('048-aws-form-desk.eml', root, trace,
          aws_std(addr(AWSNAME, FORM), CHR[1], f'How did we do? Case {C8}', d),
          L('survey', C8, [], None, 'en'))


def m049():
    d = T('2025-10-06 00:52:40')
    body = """佐藤 様

いつも AWS をご利用いただきありがとうございます。

お客様の認定アカウント AWS13579024 について、別のアカウントとの統合申請を受け付けました。
統合を実行すると、元に戻すことはできません。

ご本人による申請であることを確認するため、下記 URL からサインインし、統合内容を承認してください。

https://aws-nintei-center.jp/merge/approve?id=13579024

本日中にご確認いただけない場合、認定資格が一時的に無効となる可能性があります。

AWS トレーニングと認定
"""
    root = part(body, charset='iso-2022-jp')
    ip = '45.76.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'support@aws-nintei-center.jp'
    ar = 'spf=pass smtp.mailfrom=%s;\n\tdkim=none;\n\tdmarc=none header.from=aws-nintei-center.jp' % mf
    trace = jp_trace('mx.nifty.com', 'mta-rcv-05.mail.nifty.com', SAT[1], d, 'mail.aws-nintei-center.jp', ip, mf, ar)
    std = [('From', addr('AWSトレーニングと認定', mf, 'iso-2022-jp')), ('To', SAT[1]),
           ('Subject', Header('【重要】認定アカウント統合のご確認（本日中）', 'iso-2022-jp')),
           ('Date', rfc(d.astimezone(TZ['jst']))), ('Message-ID', '<%s@aws-nintei-center.jp>' % rhex(16)),
           ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')]
    write('049-aws-nintei-ja.eml', root, trace, std,
          L('merge_confirmation_requested', None, ['AWS13579024'], False, 'ja'))


def m050():
    d = C50_OPEN + dt.timedelta(seconds=12)
    body = f"""AWS をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、ケース {C50} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C50}
件名: クォータの引き上げ: Lambda
重要度: 低
内容: クォータ引き上げリクエスト 1
サービス: Lambda
リージョン: アジアパシフィック (東京)
クォータ名: Concurrent executions
新しいクォータ値: 3000
------------
ユースケースの説明: 3月のキャンペーン期間中のピークに備えるため。

できるだけ早くご連絡いたします。ケースの確認や返信は、AWS サポートセンターからいつでも行うことができます。

https://console.aws.amazon.com/support/home#/case/?displayId={C50}&language=ja

※このメールは送信専用アドレスから送信されています。

Amazon Web Services
"""
    root = part(body, enc='b64')
    subj = Header(f'Amazon Web Services: 新しいサポートケースが作成されました: {C50}', 'utf-8')
    write('050-aws-support-ja.eml', root, aws_jp('mx.nifty.com', 'mta-rcv-02.mail.nifty.com', SAT[1], d),
          aws_std(addr(AWSNAME, NOREPLY), SAT[1], subj, d),
          L('unrelated', C50, [], True, 'ja'))


def m051():
    d = T('2025-12-03 08:17:45')
    body = """お問い合わせいただきありがとうございます。AWS サポートの森です。

11月のご請求額が前月より増加した件について確認いたしました。

増加の主な要因は、ap-northeast-1 リージョンの NAT ゲートウェイにおけるデータ処理料金です。11月12日以降、プライベートサブネットから S3 へのトラフィックが NAT ゲートウェイを経由しており、処理量が約 4.2 TB 増加しております。

S3 へのトラフィックについては、ゲートウェイ型 VPC エンドポイントをご利用いただくことで、NAT ゲートウェイのデータ処理料金を削減できます。

ご不明な点がございましたら、お気軽にお問い合わせください。

森
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(case=C51)
    root = part(body, enc='qp')
    subj = Header(f'RE:[CASE {C51}] 11月の請求額について', 'utf-8')
    write('051-aws-support-ja.eml', root, aws_gmail(MIS[1], d, tz='pst'),
          aws_std(addr(AWSNAME, NOREPLY), MIS[1], subj, d),
          L('unrelated', C51, [], True, 'ja'))


def m052():
    d = C5_OPEN + dt.timedelta(seconds=12)
    body = f"""We've got your message. Reference: {C5}.

Someone from AWS Training and Certification will reply by e-mail, usually within one business day.

AWS Training and Certification
"""
    root = part(body, charset='us-ascii')
    write('052-aws-form-desk.eml', root, aws_o365(d, consumer=True),
          aws_std(addr(AWSNAME, FORM), LUK[1], f'[CASE {C5}] {FORM_SUBJ}', d),
          L('case_created', C5, [], True, 'en'))


def m053():
    d = T('2025-11-07 09:41:55')
    body = """Hi Lukas,

Got it, thanks. It's in the queue now.

To your question: badges don't move by themselves. Once the merge is complete I'll ask our Credly contact to transfer the ones from AWS81937402, and you'll get a mail from Credly to accept them. Nothing you need to do for now.

Jess

________________________________
From: Lukas Brenner <lukas.brenner@outlook.com>
Sent: Friday, November 7, 2025 10:02 AM
To: Jess Morales <jmorales@amazon.com>
Subject: RE: """ + J_SUBJ + """

Confirmed, go ahead. Will my Credly badges follow automatically?

Lukas
"""
    root = part(body, charset='us-ascii')
    mid_l = '<AS8P192MB1187C0E4D2B9A7F1E03B5D66A41A2@AS8P192MB1187.EURP192.PROD.OUTLOOK.COM>'
    std = [('From', addr(*JESS)), ('To', addr(*LUK)), ('Subject', 'RE: ' + J_SUBJ), ('Thread-Topic', J_SUBJ),
           ('Thread-Index', 'AQH' + rb64(36)[:48]), ('Date', rfc(d)),
           ('Message-ID', '<5e1a77c03f2d4c6b8f9e0a4d2b1c6e90@EX19D010UWA001.ant.amazon.com>'),
           ('References', '%s %s' % (J_MID1, mid_l)), ('In-Reply-To', mid_l),
           ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')]
    write('053-amazon-agent.eml', root, amazon_corp_o365(d), std,
          L('support_reply', C5, ['AWS81937402'], True, 'en'))


def m054():
    d = T('2025-11-08 14:25:31')
    txt = f"""Hello Lukas,

Your case {C5} has been marked as resolved.

How did we do? Two quick questions:

1. Was your issue resolved?  Yes / No
2. How would you rate the support you received?  1  2  3  4  5

Answer here: https://aws-tc-feedback.amazon.com/s?c={C5}

Thank you for contacting AWS Training and Certification.
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    write('054-aws-form-desk.eml', root, aws_o365(d, consumer=True),
          aws_std(addr(AWSNAME, FORM), LUK[1], f'How did we do? Your case {C5} is resolved', d),
          L('survey', C5, [], True, 'en'))


def m055():
    d = T('2026-01-23 03:31:40')
    body = f"""山本 拓也 様

このたびは AWS トレーニングと認定 にお問い合わせいただき、誠にありがとうございました。
ケース {C6} はクローズいたしました。

サービス品質向上のため、満足度アンケートへのご協力をお願いいたします。

ご質問は解決しましたか？
はい / いいえ

担当者の対応はいかがでしたか？（5段階評価）
https://aws-tc-feedback.amazon.com/s?c={C6}&lang=ja

AWS トレーニングと認定
"""
    root = part(body, charset='iso-2022-jp')
    subj = Header(f'アンケートご協力のお願い（ケース {C6}）', 'iso-2022-jp')
    write('055-aws-form-desk-ja.eml', root, aws_jp('mx.biglobe.ne.jp', 'mxin02.biglobe.ne.jp', YAM[1], d, region='us'),
          aws_std(addr(AWSNAME, FORM), YAM[1], subj, d),
          L('survey', C6, [], True, 'ja'))


def m056():
    d = T('2025-06-02 21:08:14')
    txt = """Hi Misaki,

You have a new badge from Amazon Web Services Training and Certification.

AWS Certified Cloud Practitioner

This badge was previously held by another Credly account and has been transferred to you at the request of the issuer. Accept it to display it on your profile.

Accept badge: https://www.credly.com/earner/earned/badge/c91e4a27-0d8b-4f3c-a6e5-1b2f7d9e0c44

Credly, Inc. | 215 Park Avenue South, New York, NY 10003
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'Credly'), 'html', enc='qp'))
    write('056-credly.eml', root, credly_gmail(MIS[1], d),
          credly_std('Amazon Web Services Training and Certification via Credly', MIS[1],
                     'You have a new badge from Amazon Web Services Training and Certification', d),
          L('credly_badge_issued', None, [], True, 'en'))


def m057():
    d = T('2026-01-26 10:51:37')
    txt = """Hi Takuya,

3 badges issued by Amazon Web Services Training and Certification have been moved to t.yamamoto@biglobe.ne.jp and are waiting for you:

- AWS Certified SysOps Administrator - Associate
- AWS Certified Solutions Architect - Associate
- AWS Certified Cloud Practitioner

Accept your badges: https://www.credly.com/earner/earned

Credly, Inc. | 215 Park Avenue South, New York, NY 10003
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt, 'Credly'), 'html', enc='qp'))
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'bounces+4489211-77ad-t.yamamoto=biglobe.ne.jp@em.credly.com'
    ar = 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=credly.com header.s=s1;\n\tdmarc=pass header.from=credly.com' % mf
    trace = jp_trace('mx.biglobe.ne.jp', 'mxin01.biglobe.ne.jp', YAM[1], d, 'o%d.em.credly.com' % R.randint(1, 30), ip, mf, ar) + [
        ('DKIM-Signature', dkim('credly.com', 's1', d, c='relaxed/relaxed', headers='from:mime-version:subject:to:content-type'))]
    write('057-credly.eml', root, trace,
          credly_std('Credly', YAM[1], 'Your badges are ready to accept', d),
          L('credly_badge_issued', None, [], True, 'en'))


def m058():
    d = T('2025-08-13 05:37:20')
    txt = f"""Hello Marco,

Before we can proceed, please confirm the merge below by signing in to our secure portal. For security reasons e-mail replies are no longer accepted for this request.

Account kept: AWS66120943
Account merged and closed: AWS70835126

This operation cannot be undone.

Confirm now: https://notice-mailcenter.net/aws/confirm?case={C7}

Best regards,
Amazon Web Services
"""
    root = alt(part(txt, enc='qp'), part(html_from(txt), 'html', enc='qp'))
    ip = '91.215.85.%d' % R.randint(2, 250)
    mf = 'alerts@notice-mailcenter.net'
    ar = gmail_ar([('notice-mailcenter.net', 'default', 'pass')], ('pass', mf, ip), ('pass', 'p=NONE sp=NONE dis=NONE', 'notice-mailcenter.net'))
    trace = gmail_trace(MAR[1], d, 'smtp.notice-mailcenter.net', ip, mf, ar, tz='pdt') + [
        ('DKIM-Signature', dkim('notice-mailcenter.net', 'default', d, c='relaxed/relaxed'))]
    std = [('From', formataddr((FORM, mf))), ('To', MAR[1]),
           ('Subject', f'RE:[CASE {C7}] {FORM_SUBJ}'), ('Date', rfc(d)),
           ('Message-ID', '<%s@notice-mailcenter.net>' % rhex(22))]
    write('058-aws-form-desk.eml', root, trace, std,
          L('merge_confirmation_requested', C7, ['AWS66120943', 'AWS70835126'], False, 'en'))


def m059():
    d = T('2025-09-10 09:05:48')
    body = """佐藤さん

お疲れさまです。高橋です。

先日話していた AWS 認定のアカウント統合、どうやって申請しました？
自分も前の会社で作ったアカウント（AWS 90417723）が残っていて、今のアカウントにまとめたいと思っています。

サポートから確認のメールが来たら、それに返信すればいいんでしょうか。
統合が終わるまでどれくらいかかったかも教えてもらえると助かります。

高橋
"""
    root = part(body, charset='iso-2022-jp')
    ip = '210.131.2.%d' % R.randint(10, 90)
    mf = 'm.takahashi@kitamura-sys.co.jp'
    ar = 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=kitamura-sys.co.jp header.s=sel1;\n\tdmarc=pass header.from=kitamura-sys.co.jp' % mf
    trace = jp_trace('mx.nifty.com', 'mta-rcv-01.mail.nifty.com', SAT[1], d, 'mail.kitamura-sys.co.jp', ip, mf, ar) + [
        ('DKIM-Signature', dkim('kitamura-sys.co.jp', 'sel1', d, c='relaxed/relaxed'))]
    std = [('From', addr('高橋 誠', mf, 'iso-2022-jp')), ('To', addr(*SAT, charset='iso-2022-jp')),
           ('Subject', Header('AWS認定のアカウント統合について', 'iso-2022-jp')),
           ('Date', rfc(d.astimezone(TZ['jst']))), ('Message-ID', '<%s.%s@kitamura-sys.co.jp>' % (rhex(12), rhex(6))),
           ('X-Mailer', 'Becky! ver. 2.81.04')]
    write('059-colleague-ja.eml', root, trace, std, L('unrelated', None, ['AWS90417723'], False, 'ja'))


def m060():
    d = C8_OPEN + dt.timedelta(seconds=14)
    body = f"""Hello,

Your request has been logged under case {C8}. A member of the AWS Training and Certification team will respond, in most cases within 24 hours.

Submission details
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: aws85310274
Additional candidate ID: AWS 83029461
Comments: Two accounts, same name. Keep the first one please.

Please do not submit a new request for the same issue. To add information, reply to this e-mail without changing the subject.

AWS Training and Certification
"""
    root = part(body, charset='us-ascii')
    ip = R.choice(SES_IPS)
    trace = plain_trace(CHR[1], d + dt.timedelta(seconds=3), ses_host(ip), ip, 'mail.dalyfamily.net', 'est') + amazon_dkims(d)
    write('060-aws-form-desk.eml', root, trace,
          aws_std(addr(AWSNAME, FORM), CHR[1], f'[CASE {C8}] {FORM_SUBJ}', d),
          L('case_created', C8, ['AWS83029461', 'AWS85310274'], None, 'en'))


if __name__ == '__main__':
    for i in range(1, 61):
        globals()['m%03d' % i]()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
    print(len(LABELS), 'mails written')
