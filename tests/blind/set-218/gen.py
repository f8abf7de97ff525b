#!/usr/bin/env python3
"""Generator for blind set 218: AWS Certification account-merge mailbox.
Emphasis: merge confirmation requests and their look-alikes (en + ja)."""
import base64, quopri, io, json, re, os, random, uuid, glob, hashlib
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(218)
MAILS = []

# ---------------------------------------------------------------- time / ids
def T(s, off=0):
    """'2025-05-13 09:14:22' in the given UTC offset (hours)."""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(
        tzinfo=timezone(timedelta(hours=off)))

def case15(opened):
    return '%d%05d' % (int(opened.timestamp()), rnd.randrange(100, 99999))

def ses_id(d):
    ms = int(d.timestamp() * 1000) - rnd.randrange(200, 2500)
    return '<01000%011x-%s-000000@email.amazonses.com>' % (ms, uuid.UUID(int=rnd.getrandbits(128), version=4))

def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def b64s(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rnd.choice(a) for _ in range(n))

def rfc(d):
    return format_datetime(d)

def gdate(d, zone=None):
    # Received-line style with zone comment
    if zone:
        d = d.astimezone(ZoneInfo(zone))
        return format_datetime(d) + ' (%s)' % d.tzname()
    z = {-7: ' (PDT)', -8: ' (PST)', 0: ' (UTC)', 9: ' (JST)', 1: ' (CET)', 2: ' (CEST)'}
    h = int(d.utcoffset().total_seconds() // 3600)
    return format_datetime(d) + z.get(h, '')

def sel():
    return ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(32))

ACC_RE = re.compile(r'(?i)\baws[\s\-_]?(\d{8})\b')

def acc_ids(text):
    return sorted({'AWS' + m for m in ACC_RE.findall(text)})

# ---------------------------------------------------------------- MIME bits
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8',
         'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
         'euc-jp': 'euc_jp', 'cp932': 'cp932'}

def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable',
              label=None, crlf=False):
    if crlf:
        text = text.replace('\n', '\r\n')
    if charset in ('iso-2022-jp', 'euc-jp', 'shift_jis'):
        text = text.replace('\uff5e', '\u301c').replace('\u2212', '-')
    data = text.encode(CODEC[charset])
    p = Message()
    p['Content-Type'] = 'text/%s; charset=%s' % (subtype, label or charset)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    return p

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def html_of(new, quoted=None, qhead=None, template='plain', title='', cs='utf-8'):
    paras = ''.join('<p>%s</p>\n' % esc(b).replace('\n', '<br>\n')
                    for b in new.strip().split('\n\n'))
    q = ''
    if quoted:
        qtxt = re.sub(r'(?m)^> ?', '', quoted) if quoted.lstrip().startswith('>') else quoted
        q = ('<div class="quote" style="border-left:1px solid #ccc;padding-left:8px;color:#555">\n'
             + esc(qtxt).replace('\n', '<br>\n') + '\n</div>\n')
        if qhead:
            q = '<div>%s</div>\n' % esc(qhead) + q
    if template == 'aws':
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">'
                '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">'
                '<img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="80"></td></tr>\n'
                '<tr><td style="padding:18px">\n%s%s</td></tr>\n'
                '<tr><td style="font-size:11px;color:#687078;padding:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
                'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by '
                'Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr></table>\n</body></html>\n') % (esc(title), paras, q)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '"></head><body>\n<div dir="ltr">\n%s</div>\n%s</body></html>\n' % (paras, q)

def boundary(style):
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rnd.randrange(10**6, 10**7), rnd.randrange(10**8, 10**9), rnd.randrange(10**12, 2 * 10**12))
    if style == 'gmail':
        return '000000000000' + hexs(16)
    if style == 'outlook':
        return '_000_' + b64s(30).replace('+', 'X').replace('/', 'Y') + '_'
    return '=_' + hexs(24)

# ---------------------------------------------------------------- auth headers
def dkim(d, s, date, h='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    t = int(date.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n\th=%s;\r\n'
            '\tbh=%s=;\r\n\tb=%s\r\n\t%s') % (s, d, t, h, b64s(43), b64s(70), b64s(100))

def auth_ses(prov, rcpt, date, from_dom='amazon.com', dkim_res='pass', dmarc='pass',
             spf='pass', mailfrom_dom='amazonses.com', ip='54.240.8.30',
             host='a8-30.smtp-out.amazonses.com', sign_dom=None, policy='QUARANTINE'):
    """Headers added by the receiving provider for a mail sent through SES or similar."""
    sign_dom = sign_dom or from_dom
    rp = '0100%s-%s-000000@%s' % (hexs(12), uuid.UUID(int=rnd.getrandbits(128), version=4), mailfrom_dom)
    H = []
    rcv_at = date + timedelta(seconds=rnd.randrange(1, 4))
    if prov == 'gmail':
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:6a10:%s:b0:5f1:%s:%s with SMTP id %s;\r\n        %s'
                  % (hexs(4), hexs(4), hexs(4), b64s(14).replace('/', 'k').replace('+', 'Q'), gdate(rcv_at, 'America/Los_Angeles'))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + b64s(60)))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s'
                  % (int(rcv_at.timestamp()), b64s(90))))
        H.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\r\n       dkim=%s header.i=@%s header.s=%s;\r\n'
                  '       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n'
                  '       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s'
                  % (dkim_res, sign_dom, sel()[:10], spf, rp, ip, rp, dmarc, policy, policy, from_dom)))
        H.append(('Return-Path', '<%s>' % rp))
        H.append(('Received', 'from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s\r\n'
                  '        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s'
                  % (host, host, ip, hexs(20) + '.' + str(rnd.randrange(1000, 9999)), rcpt, gdate(rcv_at, 'America/Los_Angeles'))))
        H.append(('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                  % (spf, rp, ip, ip)))
        H.append(('Authentication-Results', 'mx.google.com;\r\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\r\n'
                  '       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n'
                  '       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s'
                  % (dkim_res, sign_dom, sel()[:10], b64s(8), spf, rp, ip, rp, dmarc, policy, policy, from_dom)))
    elif prov == 'outlook':
        H.append(('Received', 'from DM6PR02MB%d.namprd02.prod.outlook.com (2603:10b6:5:%s::%s) by\r\n'
                  ' SA1PR02MB%d.namprd02.prod.outlook.com with HTTPS; %s' % (rnd.randrange(1000, 9999), hexs(3), hexs(2),
                                                                         rnd.randrange(1000, 9999), rfc(rcv_at))))
        H.append(('Authentication-Results', 'spf=%s (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=%s (signature was verified)\r\n'
                  ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s\r\n reason=%s'
                  % (spf, ip, mailfrom_dom, dkim_res, sign_dom, dmarc, from_dom,
                     'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s designates %s as permitted sender)\r\n'
                  ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
                  % (spf.capitalize(), mailfrom_dom, ip, ip, host)))
        H.append(('Received', 'from %s (%s) by\r\n BN1PEPF0000468%d.mail.protection.outlook.com (10.167.243.%d) with Microsoft\r\n'
                  ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\r\n Frontend Transport; %s'
                  % (host, ip, rnd.randrange(10), rnd.randrange(2, 250), rnd.randrange(7000, 9000), rnd.randrange(10, 40), rfc(rcv_at))))
        H.append(('Return-Path', rp))
    elif prov == 'yahoo':
        H.append(('Return-Path', '<%s>' % rp))
        H.append(('Authentication-Results', 'atlas-production.v2.mail.yahoo.com;\r\n dkim=%s header.i=@%s header.s=%s;\r\n'
                  ' spf=%s smtp.mailfrom=%s;\r\n dmarc=%s(p=%s) header.from=%s;'
                  % (dkim_res, sign_dom, sel()[:10], spf, mailfrom_dom, dmarc, policy, from_dom)))
        H.append(('Received', 'from %s (EHLO %s)(%s)\r\n by 10.217.136.%d with SMTPs; %s' % (host, host, ip, rnd.randrange(2, 250), rfc(rcv_at))))
    else:  # Japanese providers: authserv-id given as prov
        jp = {'nifty': 'mx.nifty.com', 'biglobe': 'biglobe.ne.jp', 'ocn': 'ocn.ad.jp',
              'docomo': 'mfsmax.docomo.ne.jp', 'sakura': 'sakura.ne.jp'}[prov]
        H.append(('Return-Path', '<%s>' % rp))
        H.append(('Authentication-Results', '%s; spf=%s smtp.mailfrom=%s;\r\n dkim=%s header.d=%s header.s=%s;\r\n'
                  ' dmarc=%s header.from=%s' % (jp, spf, rp, dkim_res, sign_dom, sel()[:10], dmarc, from_dom)))
        H.append(('Received', 'from %s (%s [%s])\r\n\tby mta%02d.%s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
                  % (host, host, ip, rnd.randrange(1, 30), jp.replace('mx.', ''), b64s(11).replace('/', 'x').replace('+', 'Y'),
                     rcpt, gdate(rcv_at.astimezone(timezone(timedelta(hours=9)))))))
    return H

def ses_internal(date):
    ip = '10.%d.%d.%d' % (rnd.randrange(0, 255), rnd.randrange(0, 255), rnd.randrange(0, 255))
    return [('Received', 'from smtp-out.amazonses.com (unknown [%s]) by\r\n\temail-smtp.us-east-1.amazonaws.com (Postfix) with ESMTP id %s;\r\n\t%s'
             % (ip, hexs(10).upper(), rfc(date.astimezone(timezone.utc))))]

# ---------------------------------------------------------------- assembly
def mk(fname, kind, case_id, lang, sv, frm, to, subject, date, new, quoted=None,
       qhead=None, html='alt', charset='utf-8', cte='quoted-printable', html_cte=None,
       label=None, prov='gmail', auth=None, sender='ses', extra=None, ids=None,
       template='aws', bstyle='java', msgid=None, subj_charset=None, pre=None, xmailer=None,
       cc=None, reply_to=None, inreply=None):
    """Build one mail.  `new` is the mail's own text, `quoted` its quoted history."""
    body_txt = new.rstrip('\n') + '\n'
    if quoted:
        body_txt += '\n' + (qhead + '\n' if qhead else '') + quoted.rstrip('\n') + '\n'
    if html in ('alt', 'only'):
        h = html_of(new, quoted, qhead, template, title=subject if isinstance(subject, str) else '',
                    cs=label or (charset if charset != 'iso-2022-jp' else 'utf-8'))
    if html == 'alt':
        body = Message()
        b = boundary(bstyle)
        body['Content-Type'] = 'multipart/alternative; \r\n\tboundary="%s"' % b
        body.set_payload([text_part(body_txt, 'plain', charset, cte, label),
                          text_part(h, 'html', charset if charset != 'iso-2022-jp' else 'utf-8',
                                    html_cte or (cte if charset != 'iso-2022-jp' else 'base64'), label)])
        body.set_boundary(b)
    elif html == 'only':
        body = text_part(h, 'html', charset, cte, label)
    else:
        body = text_part(body_txt, 'plain', charset, cte, label)

    m = Message()
    hdrs = []
    if pre:
        hdrs += pre
    if auth is not None:
        hdrs += auth
    if sender == 'ses':
        hdrs += ses_internal(date - timedelta(seconds=1))
        fd = re.search(r'@([\w.-]+)', frm).group(1)
        hdrs.append(('DKIM-Signature', dkim(fd, sel(), date)))
        hdrs.append(('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', date,
                                            'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID')))
    if extra:
        hdrs += extra
    for k, v in hdrs:
        m[k] = v
    if re.search(r'[^\x00-\x7f]', frm):
        from email.utils import parseaddr
        nm, ad = parseaddr(frm)
        frm = '%s <%s>' % (Header(nm, subj_charset or 'utf-8').encode(), ad)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    if subj_charset:
        mm = re.match(r'[\x20-\x7e]*(?:\s|$)', subject)
        pre_s = mm.group(0) if mm else ''
        h = Header(header_name='Subject')
        if pre_s.strip():
            h.append(pre_s.rstrip(), 'us-ascii')
        if subject[len(pre_s):]:
            h.append(subject[len(pre_s):], subj_charset)
        m['Subject'] = h.encode(maxlinelen=76, linesep='\r\n')
    else:
        m['Subject'] = subject
    m['Date'] = rfc(date)
    m['Message-ID'] = msgid or (ses_id(date) if sender == 'ses' else '<%s@%s>' % (hexs(24), 'mail.gmail.com'))
    if inreply:
        m['In-Reply-To'] = inreply
        m['References'] = inreply
    if xmailer:
        m['X-Mailer'] = xmailer
    m['MIME-Version'] = '1.0'
    for k in ('Content-Type', 'Content-Transfer-Encoding'):
        if body[k]:
            m[k] = body[k]
    if sender == 'ses':
        m['X-SES-Outgoing'] = '%s-54.240.8.30' % date.strftime('%Y.%m.%d')
        m['Feedback-ID'] = '::1.us-east-1.%s=:AmazonSES' % b64s(43)
    m.set_payload(body._payload)
    if html == 'alt':
        m.set_boundary(body.get_boundary())
    label_d = {'kind': kind, 'case_id': case_id, 'account_ids': ids if ids is not None else acc_ids(new),
               'sender_verified': sv, 'language': lang}
    MAILS.append((fname, m, label_d))
    return m

def write_all():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    labels = {}
    for fname, m, lab in MAILS:
        bio = io.BytesIO()
        BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(m, linesep='\r\n')
        with open(os.path.join(OUT, fname), 'wb') as fp:
            fp.write(bio.getvalue())
        assert fname not in labels, fname
        labels[fname] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(labels), 'mails')

# ---------------------------------------------------------------- common text
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

def form_subj(cid, re_='RE:', tail='account-assistance'):
    return '%s[CASE %s] [AWS Training and Certification Form Submission] - %s' % (re_, cid, tail)

RATE_EN = ('We value your feedback. Please share your experience by rating this and other correspondences '
           'in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner '
           'of the correspondence within the AWS Support Center.')

def console_footer(cid):
    return ('\nTo see all of the correspondence on this case or to add a reply, please visit:\n'
            'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'To update your case, use the link above.\n\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
            'Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., '
            '410 Terry Ave. North, Seattle, WA 98109-5210' % cid)

def console_footer_ja(cid):
    return ('\nこのケースに関するすべてのやり取りの確認や返信の追加は、以下のリンクから行ってください:\n'
            'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja\n\n'
            '※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお答えできませんので、'
            'ケースの更新は上記リンクからお願いいたします。\n\n'
            'Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。' % cid)


def decoded_text(path):
    import email
    from email.header import decode_header, make_header
    with open(path, 'rb') as fp:
        m = email.message_from_bytes(fp.read())
    parts = [str(make_header(decode_header(m.get('Subject', ''))))]
    for p in m.walk():
        if p.get_content_maintype() == 'text':
            raw = p.get_payload(decode=True)
            cs = p.get_content_charset() or 'us-ascii'
            try:
                parts.append(raw.decode(cs))
            except (LookupError, UnicodeDecodeError):
                parts.append(raw.decode('utf-8', 'replace'))
    return '\n'.join(parts)

def check():
    with open(os.path.join(OUT, 'labels.json'), encoding='utf-8') as fp:
        labels = json.load(fp)
    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, '*.eml')))
    assert sorted(labels) == files, set(labels) ^ set(files)
    bad = 0
    for f in files:
        lab = labels[f]
        txt = decoded_text(os.path.join(OUT, f))
        found = set(acc_ids(txt))
        for a in lab['account_ids']:
            if a not in found:
                print('MISSING id', f, a); bad += 1
        if lab['case_id'] and lab['case_id'] not in re.sub(r'[\s-]', '', txt) and lab['case_id'] not in txt:
            print('MISSING case', f, lab['case_id']); bad += 1
        if lab['case_id'] and len(lab['case_id']) not in (10, 11, 15):
            print('BAD case len', f); bad += 1
        assert lab['kind'] in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                               'credly_badge_issued', 'support_reply', 'unrelated'), f
    from collections import Counter
    print(Counter(l['kind'] for l in labels.values()))
    print('problems:', bad)

# ================================================================ MAILS
# ---- Case A: Daniel Okafor, form desk, Gmail, 15-digit case
A_USER = 'dokafor.dev@gmail.com'
A_OPEN = T('2025-05-12 14:03:27')
A_CASE = case15(A_OPEN)

mk('001-form-ack-case-opened.eml', 'case_created', A_CASE, 'en', True,
   FORM, A_USER, form_subj(A_CASE, re_=''), A_OPEN + timedelta(seconds=41),
   """Hello Daniel,

Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we have received your request and created case %s.

A member of our Customer Service team will review your inquiry and get back to you, normally within 24 hours. Please do not open a new case for the same request. If you need to add information, reply to this email and keep the case number in the subject line.

Your submission:
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS Candidate ID: AWS04418276
Comments: I have two certification accounts, AWS04418276 (my personal gmail) and aws11930562 (old employer address). Please merge them and keep AWS04418276.

Kind regards,
AWS Training and Certification
""" % A_CASE, prov='gmail', auth=auth_ses('gmail', A_USER, A_OPEN + timedelta(seconds=41)))

d = T('2025-05-13 16:47:09')
mk('002-confirm-plan-with-deadline.eml', 'merge_confirmation_requested', A_CASE, 'en', True,
   FORM, A_USER, form_subj(A_CASE), d,
   """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have located both certification accounts associated with your request:

 - AWS04418276 - dokafor.dev@gmail.com (2 active certifications)
 - AWS11930562 - daniel.okafor@brightlane-consulting.com (1 active certification)

Here is how we intend to process this: AWS11930562 will be merged into AWS04418276. AWS04418276 will remain as your active account, and the certification history, digital badges and benefits from AWS11930562 will be moved to it. After the merge AWS11930562 will be deactivated and you will no longer be able to sign in with it.

Please be aware that a merge is permanent and cannot be reversed.

Before we go ahead we need your confirmation. Please reply to this email by Friday, May 16, 2025 stating that the above is correct. If we do not hear back from you by then, this case will be resolved without changes and a new request will be needed.

Best regards,
Rafael M.
AWS Training and Certification Customer Service

%s
""" % RATE_EN, prov='gmail', auth=auth_ses('gmail', A_USER, d))

d = T('2025-05-14 09:02:51')
mk('003-thanks-for-confirming-proceeding.eml', 'support_reply', A_CASE, 'en', True,
   FORM, A_USER, form_subj(A_CASE), d,
   """Hello Daniel,

Thank you for confirming the details. I have now submitted the merge of AWS11930562 into AWS04418276 to our certification operations team. This usually takes one to three business days and I will update this case as soon as it is finished.

In the meantime, please do not sign in to or schedule exams with AWS11930562.

Best regards,
Rafael M.
AWS Training and Certification Customer Service
""",
   quoted="""From: Daniel Okafor <dokafor.dev@gmail.com>
Sent: Tuesday, May 13, 2025 11:58 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Rafael,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

> Here is how we intend to process this: AWS11930562 will be merged into
> AWS04418276. AWS04418276 will remain as your active account, and the
> certification history, digital badges and benefits from AWS11930562 will
> be moved to it.
""" % A_CASE, qhead='-----Original Message-----', prov='gmail', auth=auth_ses('gmail', A_USER, d))

d = T('2025-05-15 21:16:30')
mk('004-merge-done.eml', 'merge_completed', A_CASE, 'en', True,
   FORM, A_USER, form_subj(A_CASE), d,
   """Hello Daniel,

Good news: the merge you requested has been completed. The certification records from AWS11930562 are now listed under AWS04418276, which is the account you should use from now on.

Please allow up to 48 hours for your Credly badges to be re-issued to the email address on AWS04418276. Your 50%% exam discount benefit has also been carried over.

If anything looks wrong, just reply to this email and keep the case number in the subject.

Best regards,
Rafael M.
AWS Training and Certification Customer Service

%s
""" % RATE_EN, prov='gmail', auth=auth_ses('gmail', A_USER, d))

d = T('2025-05-15 21:17:02')
mk('005-closure-survey-mentions-merge.eml', 'survey', A_CASE, 'en', True,
   CONSOLE, A_USER, 'Your AWS Training and Certification case %s has been resolved' % A_CASE, d,
   """Hello,

We have resolved your case %s because your certification accounts have been merged. If you still need help with this request, you can reopen the case within 14 days by replying through the AWS Support Center.

Was your issue resolved?
YES: https://aws.amazon.com/survey/tc?caseId=%s&resolved=yes
NO: https://aws.amazon.com/survey/tc?caseId=%s&resolved=no

How would you rate the support you received? It takes less than a minute and helps us improve.

Thank you,
AWS Training and Certification
""" % (A_CASE, A_CASE, A_CASE), html='only', cte='quoted-printable', prov='gmail', auth=auth_ses('gmail', A_USER, d))

d = T('2025-05-16 03:40:12')
CREDLY = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
def credly_auth(rcpt, d, prov='gmail', dmarc='pass', dres='pass'):
    return auth_ses(prov, rcpt, d, from_dom='credly.com', mailfrom_dom='em.credly.com',
                    ip='149.72.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(1, 250)),
                    host='o%d.ptr%d.email.credly.com' % (rnd.randrange(1, 9), rnd.randrange(1000, 9999)),
                    dmarc=dmarc, dkim_res=dres, policy='REJECT')
def credly_dkim(d):
    return [('DKIM-Signature', dkim('credly.com', 's1', d, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to'))]
mk('006-credly-badge-after-merge.eml', 'credly_badge_issued', None, 'en', True,
   CREDLY, A_USER, 'Daniel, your AWS Certified Solutions Architect - Associate badge is waiting', d,
   """Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Because your AWS Certification accounts were combined, this badge has been issued to this email address. Accept your badge to share it on LinkedIn, add it to your email signature or download a certificate.

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Questions? Visit https://support.credly.com

Credly, a Pearson company | 13000 Ferrous Ave, Suite 200 | Austin, TX
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)), prov='gmail', auth=credly_auth(A_USER, d),
   sender='credly', extra=credly_dkim(d), template='plain', bstyle='other',
   msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', 'x'), rnd.randrange(1, 40)))

# ---- Case B: 佐藤 健一, console case in Japanese, nifty
B_USER = 'k-sato@nifty.com'
B_OPEN = T('2025-03-04 10:22:10', 9)
B_CASE = case15(B_OPEN)

d = B_OPEN + timedelta(seconds=20)
mk('007-ja-console-case-opened.eml', 'case_created', B_CASE, 'ja', True,
   CONSOLE, B_USER, 'Amazon Web Services: 新しいサポートケースがオープンされました: %s' % B_CASE, d,
   """AWS をご利用いただき、ありがとうございます。

お客様のお問い合わせを受け付け、ケース %s をオープンいたしました。

ケース ID: %s
件名: 認定アカウントの統合について
重大度: 一般的な質問
お問い合わせカテゴリ: Certification / アカウント

担当者が内容を確認のうえ、ご連絡いたします。追加の情報がございましたら、サポートセンターの本ケースに返信を追加してください。
%s
""" % (B_CASE, B_CASE, console_footer_ja(B_CASE)), html=None, charset='iso-2022-jp', cte='7bit',
   subj_charset='iso-2022-jp', prov='nifty', auth=auth_ses('nifty', B_USER, d))

d = T('2025-03-05 15:31:44', 9)
mk('008-ja-new-correspondence-notice.eml', 'support_reply', B_CASE, 'ja', True,
   CONSOLE, B_USER, '[Case %s] New correspondence added' % B_CASE, d,
   """お客様

ケース %s に AWS サポートから新しい返信が追加されました。

内容をご確認のうえ、必要に応じてサポートセンターからご返信ください。

件名: 認定アカウントの統合について
%s
""" % (B_CASE, console_footer_ja(B_CASE)), html='alt', charset='utf-8', cte='base64',
   prov='nifty', auth=auth_ses('nifty', B_USER, d))

d = T('2025-03-05 15:31:40', 9)
mk('009-ja-confirm-yes-no.eml', 'merge_confirmation_requested', B_CASE, 'ja', True,
   CONSOLE, B_USER, 'RE:[CASE %s] 認定アカウントの統合について' % B_CASE, d,
   """佐藤 健一 様

AWS サポートにお問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定担当の山口でございます。

お問い合わせいただきました認定アカウントの統合につきまして、お客様の認定アカウントを確認いたしました。

  ・AWS20571843（k-sato@nifty.com にてご登録）
  ・AWS07736015（kenichi.sato@tohoku-sys.co.jp にてご登録）

AWS07736015 を AWS20571843 へ統合し、AWS20571843 を存続アカウントとする形で進めてよろしいでしょうか。

なお、統合後は元に戻すことができず、AWS07736015 ではサインインできなくなります。
上記の内容でよろしければ「はい」、変更が必要な場合は「いいえ」とご希望の存続アカウントをあわせて、サポートセンターより本ケースにご返信いただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願い申し上げます。

山口
Amazon Web Services
%s
""" % console_footer_ja(B_CASE), html=None, charset='shift_jis', cte='base64',
   subj_charset='iso-2022-jp', prov='nifty', auth=auth_ses('nifty', B_USER, d))

d = T('2025-03-06 11:05:18', 9)
mk('010-ja-merge-scheduled-no-action.eml', 'support_reply', B_CASE, 'ja', True,
   CONSOLE, B_USER, 'RE:[CASE %s] 認定アカウントの統合について' % B_CASE, d,
   """佐藤 健一 様

ご返信いただき、ありがとうございます。AWS サポートの山口でございます。

AWS07736015 から AWS20571843 への統合作業につきまして、2025年3月7日(金) に実施するよう手配いたしました。
作業完了まで、お客様にてご対応いただくことはございません。完了いたしましたら、本ケースにてあらためてご連絡いたします。

なお、作業中は一時的に認定アカウントへのサインインができない場合がございます。あらかじめご了承ください。

山口
Amazon Web Services
%s
""" % console_footer_ja(B_CASE), html=None, charset='iso-2022-jp', cte='7bit',
   subj_charset='iso-2022-jp', prov='nifty', auth=auth_ses('nifty', B_USER, d))

d = T('2025-03-07 17:48:02', 9)
mk('011-ja-merge-completed.eml', 'merge_completed', B_CASE, 'ja', True,
   CONSOLE, B_USER, 'RE:[CASE %s] 認定アカウントの統合について' % B_CASE, d,
   """佐藤 健一 様

いつもお世話になっております。AWS サポートの山口でございます。

お待たせいたしました。認定アカウントの統合作業が完了いたしましたので、ご報告いたします。
今後は AWS20571843 にてサインインしていただき、取得済みの認定資格がすべて表示されていることをご確認ください。

Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。

本件のご対応についてご評価いただけますと幸いです。サポートセンターの本返信右上の星を選択してご評価いただけます。

山口
Amazon Web Services
%s
""" % console_footer_ja(B_CASE), html='alt', charset='utf-8', cte='quoted-printable',
   subj_charset='utf-8', prov='nifty', auth=auth_ses('nifty', B_USER, d))

# ---- Case C: Priya Raman, form desk 2022, Outlook.com, 11-digit case
C_USER = 'priya.raman@outlook.com'
C_CASE = '10463829571'
d = T('2022-08-09 06:12:40')
mk('012-which-account-to-keep.eml', 'support_reply', C_CASE, 'en', True,
   FORM, C_USER, form_subj(C_CASE), d,
   """Dear Priya,

Greetings from AWS Training and Certification!

As per your request, I have checked and found two certification accounts under your name:

1. AWS31108479 registered with priya.raman@outlook.com
2. aws-28840157 registered with praman@infosolve.co.in

Kindly let us know which of the above account you would like to keep as primary one, so that we can proceed further with the merge request. Please note the other account will be deactivated post merge.

Thanks & Regards,
Sandeep K
AWS Training & Certification Support
""", prov='outlook', auth=auth_ses('outlook', C_USER, d), cte='7bit', charset='us-ascii')

d = T('2022-08-10 05:41:03')
mk('013-confirm-fill-in-form.eml', 'merge_confirmation_requested', C_CASE, 'en', True,
   FORM, C_USER, form_subj(C_CASE), d,
   """Dear Priya,

Thank you for the response.

As per our process, we need your written confirmation before the merge is performed. Kindly copy the below section into your reply and fill YES or NO against each point:

------------------------------------------
Account to be retained (primary): AWS31108479
Account to be merged and closed (secondary): AWS28840157
All certifications of AWS28840157 will be moved to AWS31108479 – I agree: YES / NO
I understand the merge can’t be undone: YES / NO
------------------------------------------

Once we receive the filled details we will proceed further.

Thanks & Regards,
Sandeep K
AWS Training & Certification Support
""", quoted="""From: Priya Raman <priya.raman@outlook.com>
Sent: Tuesday, August 9, 2022 7:35 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE 10463829571] [AWS Training and Certification Form Submission] - account-assistance

Hi Sandeep,

Please keep AWS31108479 (the outlook.com one). The other one was created by my previous employer.

Regards,
Priya
""", qhead='________________________________', prov='outlook', auth=auth_ses('outlook', C_USER, d),
   charset='utf-8', label='iso-8859-1', cte='quoted-printable')

d = T('2022-08-11 10:20:55')
mk('014-under-review-no-action.eml', 'support_reply', C_CASE, 'en', True,
   FORM, C_USER, form_subj(C_CASE), d,
   """Dear Priya,

Thank you for the confirmation.

Your request to merge AWS28840157 into AWS31108479 is now under review with our Certification Operations team. Currently there is no action required from your end. We will get back to you as soon as we hear from them.

Thanks & Regards,
Sandeep K
AWS Training & Certification Support
""", quoted="""From: Priya Raman <priya.raman@outlook.com>
Sent: Wednesday, August 10, 2022 9:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE 10463829571] [AWS Training and Certification Form Submission] - account-assistance

Account to be retained (primary): AWS31108479
Account to be merged and closed (secondary): AWS28840157
All certifications of AWS28840157 will be moved to AWS31108479 - I agree: YES
I understand the merge can't be undone: YES

Priya
""", qhead='________________________________', prov='outlook', auth=auth_ses('outlook', C_USER, d), cte='base64')

d = T('2022-08-13 02:08:17')
mk('015-accounts-consolidated.eml', 'merge_completed', C_CASE, 'en', True,
   FORM, C_USER, form_subj(C_CASE), d,
   """Dear Priya,

We are pleased to inform you that your two certification profiles have now been consolidated into one. Going forward please sign in with AWS31108479; all your certifications, exam history and benefits are available there. The profile AWS28840157 is no longer active.

If you face any issue while signing in, feel free to reply back on this email.

Thanks & Regards,
Sandeep K
AWS Training & Certification Support
""", prov='outlook', auth=auth_ses('outlook', C_USER, d), html='only', template='aws')

# ---- Case D: 山本 美咲, form desk in Japanese, Gmail, 15-digit case
D_USER = 'misaki.yamamoto.0812@gmail.com'
D_OPEN = T('2025-06-02 09:15:36', 9)
D_CASE = case15(D_OPEN)
d = T('2025-06-03 13:40:22', 9)
mk('016-ja-corrected-plan-confirm.eml', 'merge_confirmation_requested', D_CASE, 'ja', True,
   FORM, D_USER, form_subj(D_CASE), d,
   """山本 美咲 様

AWS トレーニングと認定 カスタマーサービスの中村でございます。

先ほどお送りしたメールにて、統合元と統合先のアカウントを逆に記載しておりました。大変失礼いたしました。
正しくは以下のとおりでございます。

  統合先（存続するアカウント）: AWS51873240
  統合元（統合後に無効化されるアカウント）: AWS46021598

AWS46021598 に登録されている認定資格および受験履歴は、すべて AWS51873240 へ移行されます。

恐れ入りますが、上記の訂正後の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサービス
""", quoted="""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2025/06/03 11:02
To: misaki.yamamoto.0812@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

山本 美咲 様

お問い合わせいただいた 2 つの認定アカウントについて、以下のとおり統合いたします。

  統合先（存続するアカウント）: AWS46021598
  統合元: AWS51873240

内容にお間違いがなければ、ご返信ください。
""" % D_CASE, prov='gmail', auth=auth_ses('gmail', D_USER, d), charset='utf-8', cte='base64')

d = T('2025-06-04 10:12:09', 9)
mk('017-ja-thanks-will-proceed.eml', 'support_reply', D_CASE, 'ja', True,
   FORM, D_USER, form_subj(D_CASE), d,
   """山本 美咲 様

AWS トレーニングと認定 カスタマーサービスの中村でございます。

ご確認いただき、誠にありがとうございます。
いただいた内容にて統合の手続きを進めてまいります。完了までに 3～5 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいませ。

手続きが完了いたしましたら、本ケースにてご連絡いたします。

中村
AWS トレーニングと認定 カスタマーサービス
""", quoted="""> 中村様
>
> ご連絡ありがとうございます。訂正後の内容で問題ございません。
> 統合を進めてください。
>
> 山本
>
> 2025年6月3日(火) 13:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> >
> >   統合先（存続するアカウント）: AWS51873240
> >   統合元（統合後に無効化されるアカウント）: AWS46021598
> >
> > 恐れ入りますが、上記の訂正後の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
""", qhead='2025年6月3日(火) 22:05 山本 美咲 <misaki.yamamoto.0812@gmail.com>:', prov='gmail',
   auth=auth_ses('gmail', D_USER, d), charset='iso-2022-jp', cte='7bit', html=None)

d = T('2025-06-09 16:55:31', 9)
mk('018-ja-waiting-other-team.eml', 'support_reply', D_CASE, 'ja', True,
   FORM, D_USER, form_subj(D_CASE), d,
   """山本 美咲 様

AWS トレーニングと認定 カスタマーサービスの中村でございます。
お待たせしてしまい、大変申し訳ございません。

AWS46021598 から AWS51873240 への統合につきまして、両アカウントに同一試験の受験記録があるため、現在、認定記録を管理する担当チームにて確認を行っております。
担当チームからの回答を待っている状況のため、恐れ入りますが、今しばらくお時間をいただけますと幸いです。

お客様にて追加でご対応いただくことは現時点ではございません。進捗があり次第、ご連絡いたします。

中村
AWS トレーニングと認定 カスタマーサービス
""", prov='gmail', auth=auth_ses('gmail', D_USER, d), charset='utf-8', cte='quoted-printable')

# ---- Case E: Marco Bellini, 2019, 10-digit case, Yahoo
E_USER = 'marco.bellini77@yahoo.it'
E_CASE = '6183920475'
d = T('2019-07-16 19:03:44')
mk('019-2019-confirm-reply-i-confirm.eml', 'merge_confirmation_requested', E_CASE, 'en', True,
   '"AWS Certification" <aws-certification@amazon.com>', E_USER,
   'RE: [CASE %s] Certification account merge request' % E_CASE, d,
   """Hi Marco,

Thanks for writing in. We are able to combine your two certification profiles. Per our records:

  AWS 00912384 - AWS Certified Developer - Associate (2018), email marco.bellini77@yahoo.it
  AWS 01277530 - AWS Certified Cloud Practitioner (2019), email m.bellini@techvia.it

Our plan is to fold AWS 01277530 into AWS 00912384, so that AWS 00912384 is the profile you keep going forward. This can't be reversed once done.

If that works for you, simply reply "I confirm" and we'll take care of it. If you'd rather keep the other profile, let us know instead.

Cheers,
Jonathan
AWS Training and Certification
""", prov='yahoo', auth=auth_ses('yahoo', E_USER, d), html=None, charset='us-ascii', cte='7bit')

d = T('2019-07-18 15:27:10')
mk('020-2019-done.eml', 'merge_completed', E_CASE, 'en', True,
   '"AWS Certification" <aws-certification@amazon.com>', E_USER,
   'RE: [CASE %s] Certification account merge request' % E_CASE, d,
   """Hi Marco,

All set - both certifications now show under AWS00912384 and the other profile has been retired. Your new digital badge for Cloud Practitioner will be sent from Acclaim within a couple of days.

Cheers,
Jonathan
AWS Training and Certification
""", quoted="""On Tue, Jul 16, 2019 at 10:51 PM, Marco Bellini <marco.bellini77@yahoo.it> wrote:
> I confirm.
>
> Marco
""", prov='yahoo', auth=auth_ses('yahoo', E_USER, d), html=None, charset='us-ascii', cte='7bit')

# ---- Case F: Tomasz Wisniewski, three accounts, form desk, Gmail
F_USER = 'tomek.wisniewski.dev@gmail.com'
F_OPEN = T('2024-11-18 08:40:03')
F_CASE = case15(F_OPEN)
d = T('2024-11-19 14:22:58')
mk('021-asks-login-emails-three-accounts.eml', 'support_reply', F_CASE, 'en', True,
   FORM, F_USER, form_subj(F_CASE), d,
   """Hi Tomasz,

Thanks for your patience while I looked into this.

I found three candidate profiles that look like they belong to you: AWS63390217, AWS58127704 and AWS70045391. Before anything can be combined I need to be sure they are all yours, so could you reply with:

1. The email address you use to sign in to each of the three profiles
2. The email address where each profile receives notifications, if different
3. Roughly how you ended up with more than one profile (e.g. a new employer, a test center registration)

Once I have that I'll come back to you with the next steps.

Kind regards,
Hannah
AWS Training and Certification Customer Service

%s
""" % RATE_EN, prov='gmail', auth=auth_ses('gmail', F_USER, d), html='alt', cte='quoted-printable')

d = T('2024-11-22 10:05:31')
mk('022-three-accounts-plan-hold-5-days.eml', 'merge_confirmation_requested', F_CASE, 'en', True,
   FORM, F_USER, form_subj(F_CASE), d,
   """Hi Tomasz,

Thank you for the details, everything checks out.

Here is what we will do: the profiles AWS58127704 and AWS70045391 will both be merged into AWS63390217. AWS63390217 (sign-in: tomek.wisniewski.dev@gmail.com) stays as your only active profile; the two others are closed, and their certifications, exam history and benefits are moved across.

A merge is final, so we will not touch anything until you give us the go-ahead. We'll hold the request for five business days, until Friday, November 29. Please reply with "Confirmed" (or tell us what should change) before then; if we have not heard from you by that date, the case will be resolved automatically.

Kind regards,
Hannah
AWS Training and Certification Customer Service

%s
""" % RATE_EN, quoted="""On Wed, Nov 20, 2024 at 9:13 PM Tomasz Wisniewski <tomek.wisniewski.dev@gmail.com> wrote:
> Hi Hannah,
>
> 1. AWS63390217 - tomek.wisniewski.dev@gmail.com
> 2. AWS58127704 - tomasz.wisniewski@kodamo.pl
> 3. aws70045391 - t.wisniewski@student.pwr.edu.pl (university, no longer works)
>
> The second and third were created by a test centre and my old job.
> I'd like to keep the gmail one.
>
> Tomasz
""", prov='gmail', auth=auth_ses('gmail', F_USER, d), html='alt', cte='base64')

d = T('2024-11-27 09:44:10')
mk('023-chaser-no-details.eml', 'support_reply', F_CASE, 'en', True,
   FORM, F_USER, form_subj(F_CASE), d,
   """Hi Tomasz,

I'm just following up on my previous email. We're still waiting for your go-ahead before making any changes, so please reply to this message when you have a moment.

As mentioned, this case will be resolved automatically on Friday, November 29 if we don't hear back from you. You can always open a new request later.

Kind regards,
Hannah
AWS Training and Certification Customer Service
""", quoted="""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, November 22, 2024 10:05 AM
To: tomek.wisniewski.dev@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Here is what we will do: the profiles AWS58127704 and AWS70045391 will both be merged into AWS63390217. AWS63390217 (sign-in: tomek.wisniewski.dev@gmail.com) stays as your only active profile.
""" % F_CASE, prov='gmail', auth=auth_ses('gmail', F_USER, d), html=None, charset='us-ascii', cte='7bit')

d = T('2024-11-28 18:31:02')
mk('024-three-accounts-merged.eml', 'merge_completed', F_CASE, 'en', True,
   FORM, F_USER, form_subj(F_CASE), d,
   """Hi Tomasz,

Thanks for confirming. I'm happy to let you know that AWS58127704 and AWS70045391 have been merged into AWS63390217, and the work on our side is finished.

You should now see all of your certifications when you sign in to AWS Certification with tomek.wisniewski.dev@gmail.com. Credly badges will be re-sent to that address over the next day or two; if they do not arrive within a week, reply here and we will check.

Kind regards,
Hannah
AWS Training and Certification Customer Service

%s
""" % RATE_EN, prov='gmail', auth=auth_ses('gmail', F_USER, d), html='only', template='aws')

# ---- Case G: Ahmed Al-Sayed, console case, Microsoft 365 tenant
G_USER = 'ahmed.alsayed@northwind-analytics.com'
G_OPEN = T('2025-01-21 07:55:12')
G_CASE = case15(G_OPEN)
d = G_OPEN + timedelta(seconds=33)
mk('025-console-case-opened.eml', 'case_created', G_CASE, 'en', True,
   CONSOLE, G_USER, 'Amazon Web Services: You have opened a new Support case: %s' % G_CASE, d,
   """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge my two AWS Certification accounts
Severity: General guidance
Correspondence: Customer-initiated

We will respond within the timeframe of the severity you selected.
%s
""" % (G_CASE, G_CASE, console_footer(G_CASE)), prov='outlook', auth=auth_ses('outlook', G_USER, d),
   html='alt', cte='quoted-printable')

d = T('2025-01-22 11:30:47')
mk('026-console-new-correspondence.eml', 'support_reply', G_CASE, 'en', True,
   CONSOLE, G_USER, '[Case %s] New correspondence added' % G_CASE, d,
   """Hello,

We've added a new correspondence to your support case %s: "Merge my two AWS Certification accounts".

To view the reply and respond, sign in to the AWS Support Center.
%s
""" % (G_CASE, console_footer(G_CASE)), prov='outlook', auth=auth_ses('outlook', G_USER, d),
   html='alt', cte='7bit', charset='us-ascii')

d = T('2025-01-22 11:30:44')
mk('027-console-yes-no-nonnative.eml', 'merge_confirmation_requested', G_CASE, 'en', True,
   CONSOLE, G_USER, 'RE:[CASE %s] Merge my two AWS Certification accounts' % G_CASE, d,
   """Hello Ahmed,

Thank you for contacting AWS Support. I am Ravi from the Training and Certification support team and I will be assisting you on this case.

I have checked and I can see both the account in our system. Kindly confirm whether you want us to merge the account AWS-39950126 into the account AWS-82214673? Means the account AWS-82214673 will be remain active and AWS-39950126 will be closed after merge.

Please do note this action is not reversible. Request you to reply "Yes" or "No" on this case through the Support Center so that we can take it forward.

Best regards,
Ravi S.
Amazon Web Services
%s
""" % console_footer(G_CASE), prov='outlook', auth=auth_ses('outlook', G_USER, d), html='alt', cte='quoted-printable')

d = T('2025-01-23 08:14:09')
mk('028-console-asks-name-spelling.eml', 'support_reply', G_CASE, 'en', True,
   CONSOLE, G_USER, 'RE:[CASE %s] Merge my two AWS Certification accounts' % G_CASE, d,
   """Hello Ahmed,

Thank you for the reply.

Before I can move forward with merging AWS-39950126 into AWS-82214673, there is one more thing: the first name on AWS-39950126 is "Ahmad" whereas on AWS-82214673 it is "Ahmed". Could you please confirm which spelling matches your government issued ID exactly? The surviving profile must match the ID you present at the test center.

Kindly reply on the case through the Support Center.

Best regards,
Ravi S.
Amazon Web Services
%s
""" % console_footer(G_CASE), prov='outlook', auth=auth_ses('outlook', G_USER, d), html='alt', cte='base64')

d = T('2025-01-27 02:10:55')
mk('029-console-resolved-rate-us.eml', 'survey', G_CASE, 'en', True,
   CONSOLE, G_USER, 'Amazon Web Services: Your Support case %s has been resolved' % G_CASE, d,
   """Hello,

We're writing to let you know that support case %s ("Merge my two AWS Certification accounts") has been resolved.

If your issue has not been fully addressed, you can reopen the case from the AWS Support Center.

How did we do? Please take a moment to tell us about your experience:
https://amazonwebservices.qualtrics.com/jfe/form/SV_support?caseId=%s

Your feedback helps us improve AWS Support.
%s
""" % (G_CASE, G_CASE, console_footer(G_CASE)), prov='outlook', auth=auth_ses('outlook', G_USER, d), html='only', template='aws')

# ---- Case H: 高橋 翔太, console case in Japanese, BIGLOBE
H_USER = 'shota-takahashi@kki.biglobe.ne.jp'
H_OPEN = T('2024-09-10 14:02:50', 9)
H_CASE = case15(H_OPEN)
d = T('2024-09-11 10:48:19', 9)
mk('030-ja-asks-notification-address.eml', 'support_reply', H_CASE, 'ja', True,
   CONSOLE, H_USER, 'RE:[CASE %s] AWS認定アカウントの統合依頼' % H_CASE, d,
   """高橋 翔太 様

AWS サポートへお問い合わせいただき、ありがとうございます。
トレーニングと認定担当の小林と申します。

AWS15590078 を AWS15584302 に統合するにあたり、確認させていただきたい点がございます。
AWS15584302 に登録されているメールアドレス（s.takahashi@old-corp.example.jp）は、お客様のお問い合わせ内容によると現在ご利用いただけないとのことでした。

統合後の認定アカウントのサインインおよび通知に使用するメールアドレスを、本ケースにてご教示いただけますでしょうか。

ご不便をおかけいたしますが、何卒よろしくお願いいたします。

小林
Amazon Web Services
%s
""" % console_footer_ja(H_CASE), html=None, charset='iso-2022-jp', cte='7bit',
   subj_charset='iso-2022-jp', prov='biglobe', auth=auth_ses('biglobe', H_USER, d))

d = T('2024-09-13 09:20:05', 9)
mk('031-ja-plan-reply-by-date.eml', 'merge_confirmation_requested', H_CASE, 'ja', True,
   CONSOLE, H_USER, 'RE:[CASE %s] AWS認定アカウントの統合依頼' % H_CASE, d,
   """高橋 翔太 様

ご回答いただき、ありがとうございます。AWS サポートの小林でございます。

いただいた情報をもとに、以下の内容にて統合作業を予定しております。

  ■ 存続するアカウント: AWS15584302
     （サインイン／通知用メールアドレスを shota-takahashi@kki.biglobe.ne.jp に変更）
  ■ 統合後に削除されるアカウント: AWS15590078
  ■ 移行される情報: 認定資格、受験履歴、特典（受験料 50%% 割引バウチャーを含む）

統合は一度実施すると取り消すことができません。
恐れ入りますが、上記内容にご同意いただける場合は、2024年9月20日(金) までに本ケースへ「上記内容で承認します」とご返信ください。
期日までにご返信が確認できない場合、本ケースはクローズとさせていただきます。

小林
Amazon Web Services
%s
""" % console_footer_ja(H_CASE), html='alt', charset='utf-8', cte='base64',
   subj_charset='iso-2022-jp', prov='biglobe', auth=auth_ses('biglobe', H_USER, d))

d = T('2024-09-19 18:03:37', 9)
mk('032-ja-closed-merge-done-survey.eml', 'survey', H_CASE, 'ja', True,
   CONSOLE, H_USER, 'Amazon Web Services: サポートケース %s は解決済みになりました' % H_CASE, d,
   """お客様

サポートケース %s（AWS認定アカウントの統合依頼）につきまして、認定アカウントの統合が完了したため、本ケースを解決済みとしてクローズいたしました。
引き続きお困りの点がございましたら、サポートセンターからケースを再オープンしてください。

今回のサポートについて、簡単なアンケートへのご協力をお願いいたします。
問題は解決しましたか？
 はい: https://aws.amazon.com/survey/support?caseId=%s&lang=ja&resolved=yes
 いいえ: https://aws.amazon.com/survey/support?caseId=%s&lang=ja&resolved=no

今後のサービス向上のため、ご意見をお聞かせいただけますと幸いです。
%s
""" % (H_CASE, H_CASE, H_CASE, console_footer_ja(H_CASE)), html='only', template='aws', charset='utf-8',
   cte='quoted-printable', subj_charset='utf-8', prov='biglobe', auth=auth_ses('biglobe', H_USER, d))

# ---- Case I: Lukas Becker, company Exchange server (no Authentication-Results at all)
I_USER = 'lukas.becker@hoffmann-it.de'
I_OPEN = T('2025-04-08 12:31:09')
I_CASE = case15(I_OPEN)
def exch(d):
    t = d + timedelta(seconds=5)
    return [('Received', 'from EXCH02.hoffmann-it.local (10.20.1.12) by EXCH01.hoffmann-it.local\r\n'
                         ' (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n'
                         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Mailbox\r\n'
                         ' Transport; %s' % format_datetime(t.astimezone(ZoneInfo('Europe/Berlin')))),
            ('Received', 'from mailgw01.hoffmann-it.de (10.20.0.5) by EXCH02.hoffmann-it.local\r\n'
                         ' (10.20.1.12) with Microsoft SMTP Server id 15.2.1544.4 via Frontend\r\n'
                         ' Transport; %s' % format_datetime((t - timedelta(seconds=2)).astimezone(ZoneInfo('Europe/Berlin')))),
            ('Received', 'from a8-47.smtp-out.amazonses.com (a8-47.smtp-out.amazonses.com [54.240.8.47])\r\n'
                         '\tby mailgw01.hoffmann-it.de (Postfix) with ESMTPS id 4Zf%s\r\n\tfor <%s>; %s'
                         % (b64s(8).replace('/', 'q').replace('+', 'Z'), I_USER,
                            format_datetime((t - timedelta(seconds=3)).astimezone(ZoneInfo('Europe/Berlin'))))),
            ('X-MS-Exchange-Organization-AuthSource', 'EXCH02.hoffmann-it.local'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-Virus-Scanned', 'amavisd-new at hoffmann-it.de')]

d = T('2025-04-17 08:12:44')
mk('033-recap-reminder-asks-confirm.eml', 'merge_confirmation_requested', I_CASE, 'en', None,
   FORM, I_USER, form_subj(I_CASE), d,
   """Hello Lukas,

We have not heard back from you since our last message, so here is a short recap.

We are ready to merge AWS 90316642 into AWS 27719058. AWS 27719058 (lukas.becker@hoffmann-it.de) will be kept, and AWS 90316642 (private address) will be closed once its certifications have been moved over. As said before, this cannot be reversed afterwards.

Could you please reply and confirm that this is what you want? We will keep the case open until April 25, 2025.

Best regards,
Miriam
AWS Training and Certification Customer Service
""", quoted="""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 10, 2025 3:02 PM
To: lukas.becker@hoffmann-it.de
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lukas,

We located both profiles (AWS27719058, AWS90316642). Please confirm that AWS90316642 should be merged into AWS27719058.
""" % I_CASE, prov=None, auth=[], pre=exch(d), html='alt', cte='quoted-printable')

d = T('2025-04-18 13:57:20')
mk('034-in-progress-backend-team.eml', 'support_reply', I_CASE, 'en', None,
   FORM, I_USER, form_subj(I_CASE), d,
   """Hello Lukas,

Many thanks for your reply.

The merge of AWS90316642 into AWS27719058 has been handed to our back-end team and is in progress. These requests normally take up to 48 hours. There is nothing else we need from you right now; I will write again when it is finished.

Best regards,
Miriam
AWS Training and Certification Customer Service
""", quoted="""From: Becker, Lukas <lukas.becker@hoffmann-it.de>
Sent: Friday, April 18, 2025 9:40 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: AW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Miriam,

sorry for the late answer, I was on vacation. Yes, I confirm - please go ahead as described.

Mit freundlichen Grüßen / Kind regards
Lukas Becker
Senior Cloud Engineer
Hoffmann IT Services GmbH | Lindenstraße 14 | 50674 Köln
""" % I_CASE, qhead='________________________________', prov=None, auth=[], pre=exch(d), html='alt',
   charset='windows-1252', cte='quoted-printable')

# ---- Case J: Sofia Hernandez, Gmail, merge scheduled look-alikes
J_USER = 'sofia.hdz.cloud@gmail.com'
J_OPEN = T('2025-06-05 17:20:41')
J_CASE = case15(J_OPEN)
d = T('2025-06-09 15:02:16')
mk('035-merge-scheduled-informs.eml', 'support_reply', J_CASE, 'en', True,
   FORM, J_USER, form_subj(J_CASE), d,
   """Hi Sofia,

Quick update on your request: your account merge has been scheduled.

On Thursday, June 12, our team will move everything from AWS44630981 into AWS44019275, which will remain your active account. AWS44630981 will be deactivated as part of that step.

You don't need to do anything. You'll get another email from us once it's done. Until then, please avoid booking new exams on either account.

Best,
Karen L.
AWS Training and Certification Customer Service
""", quoted="""On Mon, Jun 9, 2025 at 7:48 AM Sofia Hernandez <sofia.hdz.cloud@gmail.com> wrote:
> Yes, that's right: merge AWS44630981 into AWS44019275. Thank you!
>
> On Sat, Jun 7, 2025 at 1:10 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Can you confirm that AWS44630981 should be merged into AWS44019275 and
> > that AWS44019275 is the account you want to keep?
""", prov='gmail', auth=auth_ses('gmail', J_USER, d), html='alt', cte='quoted-printable')

d = T('2025-06-10 19:40:03')
mk('036-once-merge-complete-exam-question.eml', 'support_reply', J_CASE, 'en', True,
   FORM, J_USER, form_subj(J_CASE), d,
   """Hi Sofia,

Good question. Your Developer - Associate appointment on June 20 is attached to AWS44630981, and it will not be lost: once the merge is complete, the booking will show under AWS44019275 together with your other records. Pearson VUE will keep the same date and time.

Once the merge is complete we will also ask Credly to move your badge, so you should not have to do anything there either.

Best,
Karen L.
AWS Training and Certification Customer Service
""", quoted="""On Tue, Jun 10, 2025 at 9:12 AM Sofia Hernandez <sofia.hdz.cloud@gmail.com> wrote:
> Hi Karen, one question: I have an exam booked for June 20 with the account
> that will be closed. Will that appointment still be valid after the merge?
""", prov='gmail', auth=auth_ses('gmail', J_USER, d), html=None, charset='utf-8', cte='8bit')

# ---- Case K: Chen Wei, 2023, 11-digit case, hotmail
K_USER = 'chenwei_cloud@hotmail.com'
K_CASE = '12904417736'
d = T('2023-03-14 04:27:51')
mk('037-ready-but-asks-login-email.eml', 'support_reply', K_CASE, 'en', True,
   FORM, K_USER, form_subj(K_CASE), d,
   """Hello Chen Wei,

Thank you for your patience.

We are ready to merge AWS73328016 into AWS73114559 as you requested. However, the account that will remain (AWS73114559) currently signs in with wei.chen@sinotrans-logistics.example, which you mentioned you will lose access to soon.

Which email address would you like to use as the sign-in for AWS73114559 after the merge? Please reply with the address and we will update it before processing.

Regards,
Olivia
AWS Training and Certification Customer Service
""", prov='outlook', auth=auth_ses('outlook', K_USER, d), html='alt', cte='quoted-printable')

d = T('2023-03-15 02:11:38')
mk('038-updated-plan-please-confirm.eml', 'merge_confirmation_requested', K_CASE, 'en', True,
   FORM, K_USER, form_subj(K_CASE), d,
   """Hello Chen Wei,

Thanks for letting us know. We've updated the plan as follows:

- Surviving account: AWS73114559, sign-in changed to chenwei_cloud@hotmail.com
- Account to be merged and closed: AWS73328016
- All certifications and exam history from AWS73328016 move to AWS73114559

Please confirm that we may go ahead with the merge on these terms. As the merge is permanent, we will wait for your reply before doing anything.

Regards,
Olivia
AWS Training and Certification Customer Service
""", quoted="""________________________________
From: Chen Wei <chenwei_cloud@hotmail.com>
Sent: Tuesday, March 14, 2023 9:03 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 12904417736] [AWS Training and Certification Form Submission] - account-assistance

Please use chenwei_cloud@hotmail.com as the sign in email. Thanks.

Chen Wei
""", prov='outlook', auth=auth_ses('outlook', K_USER, d), html='alt', cte='base64')

# ---- Case L: 伊藤 蓮, form desk in Japanese, OCN
L_USER = 'ren.ito@abeam.ocn.ne.jp'
L_OPEN = T('2025-02-17 20:45:12', 9)
L_CASE = case15(L_OPEN)
d = T('2025-02-19 11:26:40', 9)
mk('039-ja-under-review-will-ask-later.eml', 'support_reply', L_CASE, 'ja', True,
   FORM, L_USER, form_subj(L_CASE), d,
   """伊藤 蓮 様

AWS トレーニングと認定 カスタマーサービスの松本でございます。
お問い合わせいただき、誠にありがとうございます。

AWS-66270134 を AWS-60981225 へ統合するご依頼につきまして、現在、担当部門にて審査を行っております。
審査が完了いたしましたら、統合内容の最終確認のため、あらためてご連絡を差し上げます。それまでの間、お客様にてご対応いただく必要はございません。

今しばらくお待ちいただけますよう、お願い申し上げます。

松本
AWS トレーニングと認定 カスタマーサービス
""", prov='ocn', auth=auth_ses('ocn', L_USER, d), html=None, charset='iso-2022-jp', cte='7bit')

d = T('2025-02-21 15:09:03', 9)
mk('040-ja-confirm-form-items.eml', 'merge_confirmation_requested', L_CASE, 'ja', True,
   FORM, L_USER, form_subj(L_CASE), d,
   """伊藤 蓮 様

AWS トレーニングと認定 カスタマーサービスの松本でございます。
お待たせいたしました。審査が完了いたしましたので、統合内容の最終確認をお願いいたします。

お手数ですが、以下の確認事項を本メールに引用のうえ、各項目にご回答ください。

――――――――――――――――――――
1. 統合元 AWS-66270134 → 統合先 AWS-60981225 で相違ございませんか。
   （はい／いいえ）：
2. 統合後は AWS-66270134 が無効となり、元に戻せないことをご了承いただけますか。
   （はい／いいえ）：
3. 統合後のサインイン用メールアドレス：ren.ito@abeam.ocn.ne.jp のままでよろしいですか。
   （はい／いいえ）：
――――――――――――――――――――

ご回答を確認でき次第、統合作業を実施いたします。

松本
AWS トレーニングと認定 カスタマーサービス
""", prov='ocn', auth=auth_ses('ocn', L_USER, d), html='alt', charset='shift_jis', cte='quoted-printable',
   html_cte='quoted-printable')

d = T('2025-02-25 10:31:17', 9)
mk('041-ja-merge-done-short.eml', 'merge_completed', L_CASE, 'ja', True,
   FORM, L_USER, form_subj(L_CASE), d,
   """伊藤 蓮 様

松本でございます。
ご回答いただきありがとうございました。統合作業は本日完了しております。
今後は AWS-60981225 にてサインインのうえ、認定資格の一覧に相違がないかご確認ください。

引き続きよろしくお願いいたします。

松本
AWS トレーニングと認定 カスタマーサービス
""", quoted="""-----Original Message-----
From: 伊藤 蓮 <ren.ito@abeam.ocn.ne.jp>
Sent: Friday, February 21, 2025 6:40 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>

松本様

1. はい
2. はい
3. はい

よろしくお願いいたします。
伊藤
""", prov='ocn', auth=auth_ses('ocn', L_USER, d), html=None, charset='iso-2022-jp', cte='7bit')

# ---- Phishing about the merge
d = T('2025-05-13 22:51:07')
PH1 = 'aws-certification-merge.com'
mk('042-phish-lookalike-confirm-merge.eml', 'merge_confirmation_requested', None, 'en', False,
   '"AWS Certification Support" <support@%s>' % PH1, A_USER,
   'Action required: confirm your AWS Certification account merge', d,
   """Dear Candidate,

We received a request to merge your AWS Certification accounts:

  Source account: AWS11930562
  Target account (will be kept): AWS04418276

To protect your certifications, this merge must be confirmed by the account holder. Please confirm the merge within 24 hours by signing in with your AWS Certification credentials:

https://%s/certmetrics/confirm-merge?cand=AWS04418276&token=%s

If you do not confirm, both accounts may be suspended and your certifications could be revoked.

Thank you,
AWS Training & Certification Account Team
""" % (PH1, hexs(32)), prov='gmail',
   auth=auth_ses('gmail', A_USER, d, from_dom=PH1, mailfrom_dom='mta.' + PH1, ip='185.234.72.19',
                 host='mta.' + PH1, policy='NONE'),
   sender='other', extra=[('DKIM-Signature', dkim(PH1, 'default', d))], html='only', template='aws',
   msgid='<%s@mta.%s>' % (hexs(20), PH1), xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')

d = T('2024-11-25 06:14:33')
PH2_CASE = '173249110052217'
ph2 = [('Delivered-To', F_USER),
       ('Received', 'by 2002:a05:6a10:8b0e:b0:5f1:2c4:7a1e with SMTP id 9c3csp2201187pxb;\r\n        %s' % gdate(d + timedelta(seconds=4), 'America/Los_Angeles')),
       ('Return-Path', '<bounce-7731@srv4.hostline-eu.net>'),
       ('Received', 'from srv4.hostline-eu.net (srv4.hostline-eu.net. [91.215.85.142])\r\n        by mx.google.com with ESMTPS id 5b1f17b1804b1-43b%s\r\n        for <%s>\r\n        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);\r\n        %s' % (hexs(10), F_USER, gdate(d + timedelta(seconds=3), 'America/Los_Angeles'))),
       ('Received-SPF', 'softfail (google.com: domain of transitioning bounce-7731@srv4.hostline-eu.net does not designate 91.215.85.142 as permitted sender) client-ip=91.215.85.142;'),
       ('Authentication-Results', 'mx.google.com;\r\n       spf=softfail (google.com: domain of transitioning bounce-7731@srv4.hostline-eu.net does not designate 91.215.85.142 as permitted sender) smtp.mailfrom=bounce-7731@srv4.hostline-eu.net;\r\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com'),
       ('Received', 'from localhost (localhost [127.0.0.1]) by srv4.hostline-eu.net (Postfix) with ESMTP id 7F21A2C01B; %s' % rfc(d)),
       ('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazonses.com;\r\n dmarc=pass header.from=amazon.com'),
       ('X-Spam-Flag', 'NO')]
mk('043-phish-dmarc-fail-forged-ar.eml', 'merge_confirmation_requested', PH2_CASE, 'en', False,
   FORM, F_USER, 'RE:[CASE %s] Confirmation needed: merge of your certification profiles' % PH2_CASE, d,
   """Hello,

Our records show a pending merge of your AWS Certification profiles. Before we proceed, please confirm the merge of AWS58127704 into AWS63390217 by completing the short verification form below. You will be asked to sign in and re-enter your payment card for identity verification (no charge will be made).

Verify and confirm merge: https://aws-tc-verify.support-case.info/case/%s/confirm

Requests not confirmed within 48 hours are cancelled and the profiles are locked for 90 days.

Best regards,
Amazon Web Services
Training and Certification
""" % PH2_CASE, prov=None, auth=[], pre=ph2, sender='other', html='alt', cte='quoted-printable',
   msgid='<%s@srv4.hostline-eu.net>' % hexs(16))

d = T('2025-02-03 03:22:41')
PH3 = 'aws-account-alerts.net'
mk('044-phish-account-suspended-unrelated.eml', 'unrelated', None, 'en', False,
   '"AWS Billing" <billing@%s>' % PH3, C_USER, 'Your AWS account has been suspended - update payment method', d,
   """Dear AWS Customer,

We were unable to process the payment for your AWS account. As a result, your account and all associated services have been temporarily suspended.

To restore access, please update your payment information within 48 hours:
https://%s/billing/restore?id=%s

If no action is taken, your resources will be permanently deleted.

Sincerely,
The Amazon Web Services Team
""" % (PH3, hexs(12)), prov='outlook',
   auth=auth_ses('outlook', C_USER, d, from_dom=PH3, mailfrom_dom=PH3, ip='45.146.164.77', host='smtp.' + PH3,
                 dmarc='pass', policy='NONE'),
   sender='other', extra=[('DKIM-Signature', dkim(PH3, 'mail', d))], html='only', template='aws',
   msgid='<%s@%s>' % (hexs(18), PH3))

# ---- Case M: Aisha Bello, Yahoo, HTML-only template + correction of a typo
M_USER = 'aisha.bello@yahoo.com'
M_OPEN = T('2025-04-28 21:07:44')
M_CASE = case15(M_OPEN)
d = T('2025-04-30 13:15:26')
mk('045-html-only-review-reply-confirm.eml', 'merge_confirmation_requested', M_CASE, 'en', True,
   FORM, M_USER, form_subj(M_CASE), d,
   """Hello Aisha,

Thank you for contacting AWS Training and Certification.

Please review the merge details below:

Primary account (to be retained): AWS10476601
Secondary account (to be deactivated): AWS10458832

All certifications, exam history, and benefits from the secondary account will be transferred to the primary account. This action is permanent.

If the details above are correct, please reply to this email with the word CONFIRM. If anything needs to change, reply with the correct details instead and we will update the request.

Sincerely,
Diego R.
AWS Training and Certification Customer Service

%s
""" % RATE_EN, prov='yahoo', auth=auth_ses('yahoo', M_USER, d), html='only', template='aws', cte='quoted-printable')

d = T('2025-04-30 16:42:10')
mk('046-typo-correction-confirm-again.eml', 'merge_confirmation_requested', M_CASE, 'en', True,
   FORM, M_USER, form_subj(M_CASE), d,
   """Hello Aisha,

My apologies - in my previous email I listed AWS10458832 as the secondary account, which was a typo on my part. The correct ID of the account to be deactivated is AWS10458823.

Corrected merge details:
Primary account (to be retained): AWS10476601
Secondary account (to be deactivated): AWS10458823

Please disregard the earlier message and reply with CONFIRM if these corrected details are right. Nothing has been changed on your accounts yet.

Sincerely,
Diego R.
AWS Training and Certification Customer Service
""", quoted="""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 30, 2025 1:15 PM
To: aisha.bello@yahoo.com

Primary account (to be retained): AWS10476601
Secondary account (to be deactivated): AWS10458832
""", prov='yahoo', auth=auth_ses('yahoo', M_USER, d), html='alt', cte='base64', html_cte='quoted-printable')

# ---- Case N: 中島 由紀, docomo, form desk, yes/no question
N_USER = 'yuki.nakajima@docomo.ne.jp'
N_OPEN = T('2025-05-27 21:33:05', 9)
N_CASE = case15(N_OPEN)
d = T('2025-05-28 16:20:48', 9)
mk('047-ja-yes-no-after-user-mail.eml', 'merge_confirmation_requested', N_CASE, 'ja', True,
   FORM, N_USER, form_subj(N_CASE), d,
   """中島 由紀 様

ご連絡いただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサービスの藤田でございます。

いただいた情報をもとに確認いたしましたところ、以下の 2 つの認定アカウントが見つかりました。

 AWS38420917（yuki.nakajima@docomo.ne.jp）
 AWS38877305（y-nakajima@fujimori-kk.example.jp）

有効期限の長い認定資格が登録されている AWS38420917 を残し、AWS38877305 をこちらへ統合する形で問題ございませんでしょうか。
「はい」または「いいえ」でご回答いただけますと幸いです。なお、統合の取り消しはできかねますので、あらかじめご了承ください。

藤田
AWS トレーニングと認定 カスタマーサービス
""", quoted="""> 2つの認定アカウントを持っているため、統合をお願いしたいです。
> 会社のメールアドレスで作成したアカウントと、個人のアカウントがあります。
> どちらを残すのがよいか分からないので、おすすめを教えてください。
>
> 中島
""", qhead='2025年5月28日(水) 8:02 中島 由紀 <yuki.nakajima@docomo.ne.jp>:', prov='docomo',
   auth=auth_ses('docomo', N_USER, d), html=None, charset='shift_jis', cte='8bit')

# ---- Case O: Ryan O'Connell, 2020, 10-digit case, Outlook
O_USER = 'ryan.oconnell@outlook.ie'
O_CASE = '7291055380'
d = T('2020-10-06 14:47:12')
mk('048-2020-direction-double-check.eml', 'merge_confirmation_requested', O_CASE, 'en', True,
   FORM, O_USER, form_subj(O_CASE), d,
   """Hi Ryan,

Just to double-check before we action this.

Our plan is to keep AWS01955148, because it holds your AWS Certified Solutions Architect - Professional, and to fold AWS02310467 into it. AWS02310467 would then be closed for good.

Is that the right way round? Reply "yes" and we'll go ahead, or let us know if you'd rather keep AWS02310467.

Thanks,
Niamh
AWS Training and Certification
""", quoted="""________________________________
From: Ryan O'Connell <ryan.oconnell@outlook.ie>
Sent: 05 October 2020 22:10
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: [CASE 7291055380] account-assistance

Hi, both IDs are mine: AWS01955148 and AWS02310467. Please merge them.
Ryan
""", prov='outlook', auth=auth_ses('outlook', O_USER, d), html='alt', cte='quoted-printable', bstyle='java')

# ---- Case J': Sofia opens a duplicate case
J2_OPEN = T('2025-06-11 08:02:19')
J2_CASE = case15(J2_OPEN)
d = J2_OPEN + timedelta(seconds=52)
mk('049-duplicate-case-ack.eml', 'case_created', J2_CASE, 'en', True,
   FORM, J_USER, '[CASE %s] We received your request' % J2_CASE, d,
   """Hi there,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged under case number %s.

We aim to reply within one business day. There's no need to submit the form again; just reply to this email if you want to add anything.

AWS Training and Certification
""" % J2_CASE, prov='gmail', auth=auth_ses('gmail', J_USER, d), html='alt', cte='quoted-printable')

d = T('2025-06-11 15:38:05')
mk('050-duplicate-case-closing-use-other.eml', 'support_reply', J2_CASE, 'en', True,
   FORM, J_USER, form_subj(J2_CASE), d,
   """Hi Sofia,

Thanks for reaching out again. It looks like this request is a duplicate: the merge of AWS44630981 into AWS44019275 is already being handled under case %s, and it is still scheduled for June 12.

To keep everything in one place, I'll close this case and we'll continue the conversation in the original one. No further action is needed from you.

Best,
Marcus T.
AWS Training and Certification Customer Service
""" % J_CASE, prov='gmail', auth=auth_ses('gmail', J_USER, d), html='alt', cte='base64')

# ---- Credly
d = T('2019-07-20 11:04:37')
mk('051-acclaim-2019-badge-earned.eml', 'credly_badge_issued', None, 'en', True,
   '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', E_USER,
   "You've earned a badge from Amazon Web Services Training and Certification", d,
   """Congratulations, Marco!

You've earned the AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification.

Accept your badge to let your professional network know about your achievement. You can share it on LinkedIn, Twitter and Facebook, or embed it in your resume.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s

Acclaim is a digital credential platform operated by Credly.
Manage your notification settings: https://www.youracclaim.com/earner/settings/notifications
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)), prov='yahoo',
   auth=auth_ses('yahoo', E_USER, d, from_dom='youracclaim.com', mailfrom_dom='em.youracclaim.com',
                 ip='167.89.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(1, 250)), host='o1.email.youracclaim.com', policy='REJECT'),
   sender='credly', extra=[('DKIM-Signature', dkim('youracclaim.com', 's1', d))], template='plain', bstyle='other',
   msgid='<%s@ismtpd0%d.sendgrid.net>' % (b64s(22).replace('/', 'x'), rnd.randrange(1, 9)))

d = T('2025-03-08 06:12:55', 9)
mk('052-credly-badge-ready-to-accept.eml', 'credly_badge_issued', None, 'en', True,
   CREDLY, B_USER, 'Accept your AWS Certified Cloud Practitioner badge', d,
   """Hello Kenichi,

Your badge from Amazon Web Services Training and Certification is ready.

AWS Certified Cloud Practitioner
Issued by Amazon Web Services Training and Certification

This badge was previously issued to another email address and has now been re-issued to you following an update to your AWS Certification account.

[ Accept your badge ] https://www.credly.com/badges/%s-%s-%s-%s-%s/accept

Credly, a Pearson company
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)), prov='nifty', auth=credly_auth(B_USER, d, prov='nifty'),
   sender='credly', extra=credly_dkim(d), template='plain', bstyle='other', cte='base64',
   msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', 'x'), rnd.randrange(1, 40)))

d = T('2025-05-17 09:30:21')
mk('053-credly-own-account-merge-code.eml', 'unrelated', None, 'en', True,
   '"Credly" <no-reply@credly.com>', A_USER, 'Your Credly account merge verification code', d,
   """Hi Daniel,

We received a request to merge another Credly account into the account registered to dokafor.dev@gmail.com.

Your verification code is: 482913

Enter this code on the merge screen, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

If you did not request this, you can ignore this email; no changes will be made.

The Credly Team
""" % hexs(40), prov='gmail', auth=credly_auth(A_USER, d), sender='credly', extra=credly_dkim(d),
   template='plain', bstyle='other', msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', 'x'), rnd.randrange(1, 40)))

d = T('2025-01-06 15:00:09')
mk('054-credly-badge-expiry-reminder.eml', 'unrelated', None, 'en', True,
   CREDLY, F_USER, 'Your AWS Certified Developer - Associate badge expires in 30 days', d,
   """Hi Tomasz,

Your AWS Certified Developer - Associate badge will expire on February 5, 2025.

To keep your credential active, complete the recertification requirements set by Amazon Web Services Training and Certification before the expiration date. Once you recertify, a new badge will be issued automatically.

View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, a Pearson company
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)), prov='gmail', auth=credly_auth(F_USER, d), sender='credly',
   extra=credly_dkim(d), template='plain', bstyle='other', msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', 'x'), rnd.randrange(1, 40)))

# ---- Unrelated look-alikes
P_OPEN = T('2025-02-10 09:12:40')
P_CASE = case15(P_OPEN)
d = T('2025-02-11 13:05:19')
mk('055-billing-case-confirm-move-to-org.eml', 'unrelated', P_CASE, 'en', True,
   CONSOLE, G_USER, 'RE:[CASE %s] Consolidate billing for two AWS accounts' % P_CASE, d,
   """Hello Ahmed,

Thank you for contacting AWS Billing and Accounts support.

I understand you want to consolidate billing for your two AWS accounts, 4418-2207-1953 and 7702-5531-8046, under one payer. This is done with AWS Organizations rather than by support merging the accounts: accounts themselves cannot be merged.

Could you please confirm that you would like account 7702-5531-8046 to join the organization o-8kq2vx31pd as a member account? Once you confirm, I will send the invitation from our side and you can accept it from the member account's console.

Best regards,
Lina K.
Amazon Web Services
%s
""" % console_footer(P_CASE), prov='outlook', auth=auth_ses('outlook', G_USER, d), html='alt', cte='quoted-printable')

d = T('2025-06-06 18:44:02', 9)
SC_CASE = '5884881212'
mk('056-ja-seller-central-asin-merge.eml', 'unrelated', SC_CASE, 'ja', True,
   '"Amazon.co.jp セラーセントラル" <seller-notification@amazon.co.jp>', D_USER,
   'RE:[CASE %s] 商品詳細ページの統合について' % SC_CASE, d,
   """出品者様

Amazon.co.jp セラーサポートにお問い合わせいただき、ありがとうございます。

ご依頼いただいた商品詳細ページの統合につきまして、以下の内容で統合を進めてよろしいか、ご確認をお願いいたします。

 統合元 ASIN: B0C7XJ4K2P
 統合先 ASIN: B0C7XH9Q1M

よろしければ、セラーセントラルのケースログより「はい」とご返信ください。

よろしくお願いいたします。

Amazon.co.jp セラーサポート
""", prov='gmail', auth=auth_ses('gmail', D_USER, d, from_dom='amazon.co.jp', mailfrom_dom='amazonses.com'),
   html='alt', charset='iso-2022-jp', cte='7bit', subj_charset='iso-2022-jp')

d = T('2025-05-20 17:02:33')
mk('057-certmetrics-wants-to-hear.eml', 'unrelated', None, 'en', False,
   '"AWS Certification" <do-not-reply@certmetrics.com>', A_USER, 'AWS Certification wants to hear from you', d,
   """Hello Daniel Okafor,

AWS Certification would like your feedback on your recent experience. The survey takes about five minutes and your answers are anonymous.

Candidate ID: AWS04418276

Take the survey: https://www.certmetrics.com/amazon/survey/?sid=%s

Thank you,
AWS Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply.
""" % hexs(32), prov='gmail',
   auth=auth_ses('gmail', A_USER, d, from_dom='certmetrics.com', mailfrom_dom='bounce.certmetrics.com',
                 ip='198.2.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(1, 250)), host='mail%d.certmetrics.com' % rnd.randrange(1, 9), policy='NONE'),
   sender='other', extra=[('DKIM-Signature', dkim('certmetrics.com', 'k1', d))], html='only', template='plain',
   msgid='<%s@certmetrics.com>' % hexs(24))

d = T('2025-06-10 22:15:48')
mk('058-pearson-vue-appointment.eml', 'unrelated', None, 'en', False,
   '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', J_USER,
   'Pearson VUE Confirmation of Booking', d,
   """Dear Sofia Hernandez,

Thank you for scheduling your exam with Pearson VUE. Your appointment details are below.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Friday, June 20, 2025 at 10:00 AM CDT
Delivery: OnVUE online proctored
Candidate ID: AWS44630981
Registration ID: 482117305

Please check in 30 minutes before your appointment and have your government-issued ID ready.

Pearson VUE
""", prov='gmail',
   auth=auth_ses('gmail', J_USER, d, from_dom='pearson.com', mailfrom_dom='pearson.com',
                 ip='159.182.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(1, 250)), host='mx.pearson.com', policy='REJECT'),
   sender='other', extra=[('DKIM-Signature', dkim('pearson.com', 'selector1', d))], html='alt', template='plain',
   bstyle='outlook', msgid='<%s@pearson.com>' % hexs(20))

d = T('2024-11-21 12:40:19')
mk('059-github-pr-merged.eml', 'unrelated', None, 'en', False,
   '"Hannah Kowalczyk" <notifications@github.com>', F_USER,
   'Re: [kodamo/infra-modules] Merge account-baseline into main (PR #412)', d,
   """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kodamo/infra-modules/pull/412#event-%d
You are receiving this because you were mentioned.
""" % rnd.randrange(10**10, 10**11), prov='gmail',
   auth=auth_ses('gmail', F_USER, d, from_dom='github.com', mailfrom_dom='github.com', ip='192.30.252.%d' % rnd.randrange(190, 210),
                 host='out-%d.smtp.github.com' % rnd.randrange(10, 30), policy='REJECT'),
   sender='other', extra=[('DKIM-Signature', dkim('github.com', 'pf2023', d)),
                          ('List-ID', 'kodamo/infra-modules <infra-modules.kodamo.github.com>'),
                          ('X-GitHub-Reason', 'mention')],
   html='alt', template='plain', bstyle='other', msgid='<kodamo/infra-modules/pull/412/issue_event/%d@github.com>' % rnd.randrange(10**10, 10**11),
   inreply='<kodamo/infra-modules/pull/412@github.com>')

Q_OPEN = T('2025-03-12 11:48:30', 9)
Q_CASE = case15(Q_OPEN)
d = T('2025-03-12 16:21:07', 9)
mk('060-ja-quota-increase-case.eml', 'unrelated', Q_CASE, 'ja', True,
   CONSOLE, B_USER, 'RE:[CASE %s] サービスクォータの引き上げリクエスト: EC2 オンデマンドインスタンス' % Q_CASE, d,
   """佐藤 様

AWS サポートの清水でございます。

EC2 オンデマンドインスタンス（Standard）の vCPU 上限を 256 へ引き上げるリクエストにつきまして、対象リージョンが東京リージョン（ap-northeast-1）でお間違いないか、ご確認いただけますでしょうか。
ご確認いただけましたら、担当チームへ申請を進めさせていただきます。

清水
Amazon Web Services
%s
""" % console_footer_ja(Q_CASE), prov='nifty', auth=auth_ses('nifty', B_USER, d), html=None,
   charset='iso-2022-jp', cte='7bit', subj_charset='iso-2022-jp')


if __name__ == '__main__':
    write_all()
    check()
