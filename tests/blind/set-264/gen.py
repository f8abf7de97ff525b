#!/usr/bin/env python3
"""Generator for blind set 264: eight whole AWS Certification account-merge cases
(each with a detour) plus a few look-alikes.  Writes NNN-*.eml and labels.json."""
import os, io, json, base64, quopri, random, datetime as DT, html as HT
from zoneinfo import ZoneInfo
from email.message import Message
from email.generator import BytesGenerator
from email.policy import compat32
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(26400)
LABELS = {}
UTC = DT.timezone.utc
PT = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')
IST = ZoneInfo('Asia/Kolkata')
CET = ZoneInfo('Europe/Berlin')
ROME = ZoneInfo('Europe/Rome')
HCM = ZoneInfo('Asia/Ho_Chi_Minh')
LAG = ZoneInfo('Africa/Lagos')
LON = ZoneInfo('Europe/London')

AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NOREPLY = 'no-reply-aws@amazon.com'
AWS_NAME = '"Amazon Web Services"'


# ----------------------------------------------------------------- helpers
def t(y, mo, d, h, mi, s=0, zone=UTC):
    return DT.datetime(y, mo, d, h, mi, s, tzinfo=zone)


def cid15(dt, tail):
    return '%d%05d' % (int(dt.timestamp()), tail)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n, up=False):
    a = 'abcdefghijklmnopqrstuvwxyz0123456789'
    s = ''.join(R.choice(a) for _ in range(n))
    return s.upper() if up else s


def ruuid():
    return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, ruuid())


def fmt(dt, zone=None):
    if zone is not None:
        dt = dt.astimezone(zone)
    return format_datetime(dt)


def fmtz(dt, zone):
    """Date with zone comment, the way MTAs write it."""
    d = dt.astimezone(zone)
    return format_datetime(d) + ' (%s)' % d.tzname()


def ew(s, charset='utf-8', name='Subject'):
    return Header(s, charset, header_name=name, maxlinelen=76).encode(linesep='\n')


def ew_mixed(chunks, name='Subject'):
    h = Header(header_name=name, maxlinelen=76)
    for s, cs in chunks:
        h.append(s, cs)
    return h.encode(linesep='\n')


def addr(name, email, charset='utf-8'):
    return formataddr((name, email), charset=charset)


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         declared=None, codec=None, quote_cs=True, extra=''):
    data = text.encode(codec or charset)
    m = Message()
    cs = declared or charset
    m['Content-Type'] = ('text/%s; charset="%s"' if quote_cs else 'text/%s; charset=%s') % (subtype, cs) + extra
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        p = quopri.encodestring(data).decode('ascii')
    else:
        p = data.decode('ascii', 'surrogateescape')
    m.set_payload(p)
    return m


def multi(sub, *parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10000000, 99999999),
                                               R.randint(1600000000000, 1760000000000)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, b)
    for p in parts:
        m.attach(p)
    return m


def render(hdrs, root, linesep='\n'):
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep=linesep, max_line_length=0))
    g.flatten(root)
    head = ''
    for name, val in hdrs:
        val = val.replace('\r\n', '\n').replace('\n', linesep)
        head += '%s: %s%s' % (name, val, linesep)
    head += 'MIME-Version: 1.0' + linesep
    return head.encode('ascii') + buf.getvalue()


def put(name, raw, kind, case_id, ids, sv, lang):
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(raw)
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                    'sender_verified': sv, 'language': lang}


def esc(s):
    return HT.escape(s, quote=False)


def p2html(text):
    """plain paragraphs -> simple html paragraphs"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(x) for x in para.split('\n')) + '</p>')
    return '\n'.join(out)


def gt(text, prefix='> '):
    lines = []
    for ln in text.rstrip('\n').split('\n'):
        if ln == '':
            lines.append(prefix.rstrip())
        elif ln.startswith('>'):
            lines.append(prefix.rstrip() + ln)
        else:
            lines.append(prefix + ln)
    return '\n'.join(lines)


# ----------------------------------------------------------- senders / trace
def ses_sender(dt, from_dom='amazon.com'):
    a, b = R.randint(0, 63), R.randint(1, 254)
    mid = ses_msgid(dt)
    return {
        'ip': '54.240.%d.%d' % (a, b),
        'host': 'a%d-%d.smtp-out.amazonses.com' % (a, b),
        'mailfrom': '%s@amazonses.com' % mid,
        'msgid': '<%s@email.amazonses.com>' % mid,
        'dkims': [(from_dom, '224i4yxa5dv7c2xz3womw6peuasteono'), ('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw')],
        'from_dom': from_dom,
        'spf_dom': 'amazonses.com',
        'policy': 'QUARANTINE',
    }


def credly_sender(dt):
    n = R.randint(1000, 9999)
    return {
        'ip': '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
        'host': 'o%d.ptr%d.credly.com' % (R.randint(1, 9), n),
        'mailfrom': 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), 'x', 'x'),
        'msgid': '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('+', 'X').replace('/', 'Y'), R.randint(1, 40)),
        'dkims': [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
        'from_dom': 'credly.com',
        'spf_dom': 'em.credly.com',
        'policy': 'NONE',
    }


def dkim_header(d, sel, dt, hlist='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s=='
            % (sel, d, int(dt.timestamp()), hlist, rb64(43), rb64(70), rb64(70), rb64(30)))


def ar_gmail(s, dkim='pass', spf='pass', dmarc='pass'):
    parts = []
    for d, sel in s['dkims']:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim if d == s['dkims'][0][0] else 'pass', d, sel, rb64(8)))
    verb = 'designates' if spf == 'pass' else 'does not designate'
    parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                 % (spf, s['mailfrom'], verb, s['ip'], s['mailfrom']))
    parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                 % (dmarc, s['policy'], s['policy'], 'NONE' if dmarc == 'pass' else s['policy'], s['from_dom']))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def trace_gmail(to, dt, s, ar=None):
    arv = ar or ar_gmail(s)
    d = fmtz(dt + DT.timedelta(seconds=R.randint(1, 4)), PT)
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:6504:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s'
         % (rhex(4), rhex(3), rhex(4), rhex(4), R.choice(['a','b','c','d','e','f','g','h','k','m','n','p','r','s','t','w','y']), R.randint(100000, 9999999), d)),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)),
        ('X-Received', 'by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id af79cd13be357-%s.%d.%d;\n        %s'
         % (rhex(4), rhex(3), rhex(4), rhex(4), rhex(10), R.randint(10, 99), R.randint(1000000000000, 9999999999999), d)),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=='
         % (int(dt.timestamp()), rb64(70), rb64(60))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s=='
         % (rb64(43), rb64(43), rb64(80))),
        ('ARC-Authentication-Results', 'i=1; ' + arv),
        ('Return-Path', '<%s>' % s['mailfrom']),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (s['host'], s['host'], s['ip'], 'af79cd13be357-' + rhex(10), R.randint(10, 99), R.randint(1, 9), 'gmr', to,
            fmtz(dt + DT.timedelta(seconds=1), PT))),
        ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
         % (s['mailfrom'], s['ip'], s['ip'])),
        ('Authentication-Results', arv),
    ]


def ar_outlook(s, dkim='pass', dmarc='pass', spf='pass'):
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s\n reason=%s'
            % (spf, s['ip'], s['spf_dom'], dkim, s['dkims'][0][0], dmarc, s['from_dom'],
               'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'))


def trace_outlook(to, dt, s, ar=None, tenant='outlook.com'):
    """outlook.com / Microsoft 365 inbound: Authentication-Results without authserv-id."""
    d1 = dt + DT.timedelta(seconds=2)
    srv = ['AM9PR02MB%d' % R.randint(1000, 9999), 'AMS0EPF000001%s.eurprd05.prod.outlook.com' % ralnum(2, True),
           'DB1PEPF000509%s.eurprd03.prod.outlook.com' % ralnum(2, True)]
    arv = ar or ar_outlook(s)
    return [
        ('Received', 'from %s.eurprd02.prod.outlook.com (2603:10a6:20b:%s::%d)\n by %s.eurprd02.prod.outlook.com with HTTPS; %s'
         % (srv[0], rhex(3), R.randint(10, 99), 'PAXPR02MB%d' % R.randint(1000, 9999), fmt(d1 + DT.timedelta(seconds=1), UTC).replace('-0000', '+0000'))),
        ('Received', 'from %s (2603:10a6:20b:%s::%d) by\n %s (2603:10a6:20b:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (srv[1], rhex(3), R.randint(10, 99), srv[0] + '.eurprd02.prod.outlook.com', rhex(3), R.randint(10, 99),
            R.randint(8000, 9200), R.randint(10, 40), fmt(d1, UTC).replace('-0000', '+0000'))),
        ('Authentication-Results', arv),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
         % ('Pass', s['spf_dom'], s['ip'], s['ip'], s['host'])),
        ('Received', 'from %s (%s) by\n %s (10.167.241.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (s['host'], s['ip'], srv[2], R.randint(2, 250), R.randint(8000, 9200), R.randint(10, 40), fmt(dt, UTC).replace('-0000', '+0000'))),
        ('X-MS-Exchange-Organization-ExpirationStartTime', dt.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', ruuid()),
        ('X-MS-Exchange-Organization-AuthSource', srv[2]),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|%d|%d;' % (R.randint(1000000, 9999999), R.randint(1000000, 9999999))),
        ('X-MS-Exchange-Organization-SCL', '1'),
    ]


def sender_headers(s, dt, frm, to, subject, extra=(), dkim_hl=None, dkim=True):
    hs = []
    if dkim:
        for d, sel in s['dkims']:
            hs.append(('DKIM-Signature', dkim_header(d, sel, dt, dkim_hl or 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID')))
    hs += [('Date', fmt(dt, UTC).replace('-0000', '+0000')), ('From', frm), ('To', to),
           ('Message-ID', s['msgid']), ('Subject', subject)]
    hs += list(extra)
    if 'amazonses' in s['mailfrom']:
        hs += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
               ('X-SES-Outgoing', '%s-54.240.%d.%d' % (dt.strftime('%Y.%m.%d'), R.randint(0, 63), R.randint(1, 254)))]
    return hs


# ------------------------------------------------------------ AWS templates
def sig_form(name):
    return ('%s\nAWS Training and Certification Customer Support\nAmazon Web Services\n\n'
            'Check out the AWS Training and Certification FAQs: https://aws.amazon.com/training/faqs/' % name)


def html_wrap(inner, title='Amazon Web Services'):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:16px 24px">\n'
            '%s\n</td></tr></table>\n</body></html>\n' % (title, inner))


# ======================================================================
# CASE 1  Priya Raman - Gmail - form desk - 15 digit - wrong account proposed, corrected before merge
# ======================================================================
def case1():
    P = 'priya.raman.dev@gmail.com'
    PN = 'Priya Raman'
    OLD, NEW = 'AWS04417823', 'AWS19030562'
    opened = t(2025, 5, 12, 9, 14, 33)
    C = cid15(opened, 418)
    SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

    # 001 acknowledgement
    dt = opened + DT.timedelta(seconds=9)
    s = ses_sender(dt)
    body = ('Hello,\n\n'
            'Thank you for reaching out to AWS Training and Certification. This is an automated message to let you '
            'know that we have received your request and a support case has been created.\n\n'
            'Case ID: %s\nInquiry type: Certification\nInquiry detail: Account Merge\nAWS candidate ID provided: %s\n\n'
            'Our team aims to respond within 24 hours. If you need to add information, simply reply to this e-mail and '
            'keep the case number in the subject line. Please do not submit a new form for the same request, as this '
            'may delay our response.\n\n'
            'Sincerely,\nAWS Training and Certification Customer Support\n\n'
            '--\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, '
            'Seattle, WA 98109-5210.\n' % (C, NEW))
    html = html_wrap(p2html(body))
    root = multi('alternative', leaf(body), leaf(html, 'html'))
    subj = '[CASE %s] %s' % (C, SUBJ)
    hs = trace_gmail(P, dt, s) + sender_headers(s, dt, '%s <%s>' % (AWS_NAME, AWS_FORM), P, subj)
    put('001-priya-form-acknowledgement.eml', render(hs, root), 'case_created', C, [NEW], True, 'en')

    # 002 agent proposes the OLD account as survivor (wrong for her)
    dt2 = t(2025, 5, 13, 14, 2, 51)
    s = ses_sender(dt2)
    body2 = ('Hello Priya,\n\n'
             'Thank you for contacting AWS Training and Certification.\n\n'
             'I have reviewed your request and located the following two certification accounts registered under '
             'your name:\n\n'
             '  1. %s  -  priya.r@student.kvu.ac.in  (created March 2021)\n'
             '  2. %s  -  %s  (created January 2024)\n\n'
             'As per our standard process, the older account %s would be kept as the primary account and the exam '
             'history and certifications from %s would be moved into it. After the merge, %s will be deactivated and '
             'you will sign in to the AWS Certification portal with the e-mail address on %s.\n\n'
             'Please be aware that an account merge is permanent and cannot be reversed once it is done.\n\n'
             'Kindly reply to this e-mail confirming that the above details are correct, and we will go ahead with '
             'the request.\n\n' % (OLD, NEW, P, OLD, NEW, NEW, OLD)
             + 'Best regards,\n' + sig_form('Hyun-woo K.') + '\n')
    html2 = html_wrap(p2html(body2))
    root = multi('alternative', leaf(body2), leaf(html2, 'html'))
    subj2 = 'RE:[CASE %s] %s' % (C, SUBJ)
    hs = trace_gmail(P, dt2, s) + sender_headers(s, dt2, '%s <%s>' % (AWS_NAME, AWS_FORM), P, subj2)
    put('002-priya-confirm-request-old-kept.eml', render(hs, root), 'merge_confirmation_requested', C, [OLD, NEW], True, 'en')

    # 003 SENT: Priya corrects the direction (Gmail quoting)
    dt3 = t(2025, 5, 13, 16, 40, 12, zone=IST)
    body3 = ('Hi Hyun-woo,\n\n'
             'Thanks for the quick reply! One correction please - I would like to keep %s (the gmail one), not '
             'the university account. I lose access to the student mailbox at the end of June and my 50%% '
             'voucher from the SAA exam is on the newer profile.\n\n'
             'So the merge should go the other way round: %s into %s.\n\n'
             'Could you send me the updated details to confirm?\n\n'
             'Thanks,\nPriya\n' % (NEW.lower(), OLD, NEW))
    attr = 'On Tue, 13 May 2025 at 19:32, Amazon Web Services <\n%s> wrote:\n' % AWS_FORM
    plain3 = body3 + '\n' + attr + '\n' + gt(body2) + '\n'
    html3 = ('<div dir="ltr">' + p2html(body3).replace('<p>', '<div>').replace('</p>', '</div><div><br></div>') +
             '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             'On Tue, 13 May 2025 at 19:32, Amazon Web Services &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             '%s</blockquote></div>\n' % (AWS_FORM, AWS_FORM, p2html(body2)))
    root = multi('alternative', leaf(plain3, cte='quoted-printable', declared='UTF-8'),
                 leaf(html3, 'html', declared='UTF-8'), boundary='000000000000' + rhex(16))
    gid = '<CAK%s+%s@mail.gmail.com>' % (rb64(10), rb64(30).replace('/', '_'))
    hs = [('Date', fmt(dt3, IST)), ('From', '%s <%s>' % (PN, P)), ('To', 'Amazon Web Services <%s>' % AWS_FORM),
          ('Subject', 'Re: ' + subj2), ('Message-ID', gid), ('In-Reply-To', s['msgid']), ('References', s['msgid'])]
    put('003-priya-sent-keep-newer-account.eml', render(hs, root), 'unrelated', C, [OLD, NEW], None, 'en')
    s_prev = s

    # 004 revised confirmation request (quotes Priya's mail below the agent text)
    dt4 = t(2025, 5, 14, 10, 31, 5)
    s = ses_sender(dt4)
    body4 = ('Hi Priya,\n\n'
             'Thank you for letting us know, and my apologies for the mix-up in my previous message.\n\n'
             'I have updated your request. Here is how it will look:\n\n'
             'Account to be closed (source): AWS 04417823 (priya.r@student.kvu.ac.in)\n'
             'Account that will remain (destination): AWS 19030562 (%s)\n\n'
             'Your certifications, exam history and the unused 50%% exam benefit will all be available under the '
             'destination account after the merge. As mentioned, this action cannot be undone.\n\n'
             'Could you please reply to this e-mail with your confirmation that the above is correct? As soon as '
             'we receive it, we will submit the merge.\n\n'
             'Best regards,\n' % P + sig_form('Hyun-woo K.') + '\n')
    plain4 = body4 + '\n\n-----Original Message-----\nFrom: Priya Raman <%s>\nSent: 13 May 2025 11:10 UTC\nSubject: Re: %s\n\n%s' % (P, subj2, body3)
    html4 = html_wrap(p2html(body4) + '<hr><div style="color:#555"><b>From:</b> Priya Raman &lt;%s&gt;<br><b>Sent:</b> 13 May 2025 11:10 UTC<br><b>Subject:</b> Re: %s<br><br>%s</div>' % (P, esc(subj2), p2html(body3)))
    root = multi('alternative', leaf(plain4), leaf(html4, 'html'))
    hs = trace_gmail(P, dt4, s) + sender_headers(s, dt4, '%s <%s>' % (AWS_NAME, AWS_FORM), P, subj2)
    put('004-priya-revised-confirm-request.eml', render(hs, root), 'merge_confirmation_requested', C, [OLD, NEW], True, 'en')

    # 005 SENT: confirmation (Gmail, short, quotes 004 incl. nested history)
    dt5 = t(2025, 5, 14, 11, 5, 40)
    body5 = 'Hi,\n\nYes, that is correct now. Please proceed with the merge.\n\nThank you!\nPriya\n'
    attr5 = 'On Wed, 14 May 2025 at 16:01, Amazon Web Services <\n%s> wrote:\n' % AWS_FORM
    plain5 = body5 + '\n' + attr5 + '\n' + gt(plain4) + '\n'
    html5 = ('<div dir="ltr"><div>Hi,</div><div><br></div><div>Yes, that is correct now. Please proceed with the merge.</div>'
             '<div><br></div><div>Thank you!</div><div>Priya</div></div><br><div class="gmail_quote gmail_quote_container">'
             '<div dir="ltr" class="gmail_attr">On Wed, 14 May 2025 at 16:01, Amazon Web Services &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
             '<br>-----Original Message-----<br>%s</blockquote></div>\n' % (AWS_FORM, AWS_FORM, p2html(body4), p2html(body3)))
    root = multi('alternative', leaf(plain5, declared='UTF-8'), leaf(html5, 'html', declared='UTF-8'),
                 boundary='000000000000' + rhex(16))
    gid5 = '<CAK%s=%s@mail.gmail.com>' % (rb64(10), rb64(30).replace('/', '_'))
    hs = [
        ('Date', fmt(dt5, IST)), ('From', '%s <%s>' % (PN, P)), ('To', 'Amazon Web Services <%s>' % AWS_FORM),
        ('Subject', 'Re: ' + subj2), ('Message-ID', gid5), ('In-Reply-To', s['msgid']),
        ('References', '%s\n %s\n %s' % (s_prev['msgid'], gid, s['msgid']))]
    put('005-priya-sent-confirm.eml', render(hs, root), 'unrelated', C, [], None, 'en')

    # 006 merge completed
    dt6 = t(2025, 5, 15, 18, 20, 44)
    s = ses_sender(dt6)
    body6 = ('Hello Priya,\n\n'
             'Good news - the account merge you requested has been completed.\n\n'
             'All of your certifications and exam history are now held under AWS19030562, and you can sign in '
             'with %s. The account AWS04417823 is no longer active.\n\n'
             'Your digital badges are issued through Credly. It can take 24 to 48 hours for them to appear on the '
             'profile linked to your active account. If they are not there after that time, just reply to this '
             'e-mail and we will look into it.\n\n'
             'Best regards,\n' % P + sig_form('Marisol T.') + '\n')
    root = multi('alternative', leaf(body6), leaf(html_wrap(p2html(body6)), 'html'))
    hs = trace_gmail(P, dt6, s) + sender_headers(s, dt6, '%s <%s>' % (AWS_NAME, AWS_FORM), P, subj2)
    put('006-priya-merge-completed.eml', render(hs, root), 'merge_completed', C, [OLD, NEW], True, 'en')

    # 007 Credly badge after merge
    dt7 = t(2025, 5, 16, 2, 10, 3)
    s = credly_sender(dt7)
    badge = 'AWS Certified Solutions Architect – Associate'
    body7 = ('Hi Priya,\n\nAmazon Web Services Training and Certification has issued you a new badge:\n\n'
             '%s\n\nClaim it now to showcase your achievement, and share it with your network.\n\n'
             'Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n'
             'If you have questions about this badge, please contact the issuer.\n\n'
             'Credly, Inc. | 1 Bryant Park, Suite 39-100 | New York, NY 10036\n'
             'Unsubscribe: https://www.credly.com/notifications/unsubscribe?token=%s\n' % (badge, ruuid(), rhex(32)))
    html7 = ('<html><body style="margin:0;background:#f5f5f5"><center><table width="600" style="background:#fff;font-family:Helvetica,Arial">'
             '<tr><td style="padding:30px"><p>Hi Priya,</p><p><strong>Amazon Web Services Training and Certification</strong> has issued you a new badge:</p>'
             '<h2 style="color:#232f3e">%s</h2><p>Claim it now to showcase your achievement, and share it with your network.</p>'
             '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>'
             '<p style="font-size:12px;color:#777">Credly, Inc. | 1 Bryant Park, Suite 39-100 | New York, NY 10036</p></td></tr></table></center></body></html>\n'
             % (esc(badge), ruuid()))
    root = multi('alternative', leaf(body7, cte='quoted-printable'), leaf(html7, 'html', cte='quoted-printable'))
    frm = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
    hs = trace_gmail(P, dt7, s) + sender_headers(s, dt7, frm, P, 'Priya, claim your AWS Certified Solutions Architect – Associate badge'.replace('–', '-'))
    put('007-priya-credly-badge.eml', render(hs, root), 'credly_badge_issued', None, [], True, 'en')

    # 008 CertMetrics survey (look-alike, not the merge)
    dt8 = t(2025, 5, 20, 15, 0, 7)
    s = {'ip': '52.52.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'host': 'mta-52-52.certmetrics.com',
         'mailfrom': 'bounce-%s@mail.certmetrics.com' % rhex(12), 'msgid': '<%s@certmetrics.com>' % ruuid(),
         'dkims': [('certmetrics.com', 'cm1')], 'from_dom': 'certmetrics.com', 'spf_dom': 'mail.certmetrics.com',
         'policy': 'NONE'}
    body8 = ('Dear Priya Raman,\n\nAWS Certification wants to hear from you!\n\n'
             'You recently interacted with AWS Certification (Candidate ID: AWS19030562). Please take 5 minutes to '
             'tell us about your experience with the certification portal and the exam registration process.\n\n'
             'Start the survey: https://www.certmetrics.com/amazon/survey/%s\n\n'
             'Thank you,\nAWS Certification\n\nPlease do not reply to this e-mail. This mailbox is not monitored.\n' % rhex(20))
    root = leaf(html_wrap(p2html(body8), 'AWS Certification'), 'html', cte='base64')
    hs = trace_gmail(P, dt8, s) + sender_headers(s, dt8, '"AWS Certification" <do-not-reply@certmetrics.com>', P,
                                                 'AWS Certification wants to hear from you')
    put('008-priya-certmetrics-survey.eml', render(hs, root), 'unrelated', None, [NEW], False, 'en')


# ======================================================================
# CASE 2  佐藤 健太 - nifty - Japanese form desk - 15 digit - a week of silence, user chases
# ======================================================================
def trace_jp(to, dt, s, mx, ar_host, dkim='pass', dmarc='pass', spf='pass', with_dmarc=True):
    d = fmt(dt + DT.timedelta(seconds=2), JST)
    arp = ['spf=%s smtp.mailfrom=%s' % (spf, s['mailfrom'])]
    for dd, sel in s['dkims']:
        arp.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (dkim if dd == s['dkims'][0][0] else 'pass', dd, sel, rb64(8)))
    if with_dmarc:
        arp.append('dmarc=%s header.from=%s' % (dmarc, s['from_dom']))
    return [
        ('Return-Path', '<%s>' % s['mailfrom']),
        ('Delivered-To', to),
        ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
         % (mx, mx.replace('mx', 'mbox'), ralnum(11, True), to, d)),
        ('Authentication-Results', '%s;\n\t%s' % (ar_host, ';\n\t'.join(arp))),
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (s['host'], s['host'], s['ip'], mx, ralnum(11, True), to, fmt(dt + DT.timedelta(seconds=1), JST))),
    ]


def case2():
    U = 'kenta-sato@nifty.com'
    UN = '佐藤 健太'
    OLD, KEEP = 'AWS30958114', 'AWS27765409'
    opened = t(2025, 3, 3, 1, 22, 10)
    C = cid15(opened, 61)
    MX = 'mx-in05.mail.nifty.com'
    ARH = 'mx-in05.mail.nifty.com'
    SUBJ_JA = '[AWS トレーニングと認定 フォーム送信] - account-assistance'
    frm = '%s <%s>' % (AWS_NAME, AWS_FORM)

    # 009 acknowledgement (ja)
    dt = opened + DT.timedelta(seconds=11)
    s = ses_sender(dt)
    body = ('佐藤 健太 様\n\n'
            'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
            '本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。\n\n'
            'ケース ID: %s\n'
            'お問い合わせの種類: 認定 (Certification)\n'
            '詳細: アカウントの統合\n\n'
            '担当者より、通常 24 時間以内にご連絡いたします。情報を追加される場合は、件名のケース番号を変更せずに'
            '本メールへご返信ください。同じ内容で新しいお問い合わせを送信されますと、対応が遅れる場合がございます。\n\n'
            'AWS トレーニングと認定 カスタマーサポート\n\n'
            '※本メールは送信専用のシステムから自動的に送信されています。\n'
            'Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210\n' % C)
    root = multi('alternative', leaf(body, cte='base64'), leaf(html_wrap(p2html(body)), 'html', cte='base64'))
    subj = ew_mixed([('[CASE %s] ' % C, 'us-ascii'), (SUBJ_JA, 'utf-8')])
    hs = trace_jp(U, dt, s, MX, ARH) + sender_headers(s, dt, frm, U, subj)
    put('009-sato-ja-form-acknowledgement.eml', render(hs, root), 'case_created', C, [], True, 'ja')
    ack_body, ack_dt = body, dt

    # 010 SENT: a week later, no answer -> chaser (ISO-2022-JP, Japanese attribution)
    dt2 = t(2025, 3, 10, 9, 5, 31, zone=JST)
    new = ('AWS トレーニングと認定 ご担当者様\n\n'
           'お世話になっております。佐藤と申します。\n\n'
           '3月3日にアカウント統合の件でお問い合わせを送信いたしましたが、1週間経ってもご連絡をいただけて'
           'いないため、念のため再度ご連絡いたしました。\n'
           '(ケース番号: %s)\n\n'
           '統合したいアカウントは以下の2つです。\n'
           '・AWS30958114(以前の勤務先のメールアドレスで登録)\n'
           '・AWS27765409(個人のメールアドレスで登録)\n\n'
           '残したいのは AWS27765409 の方です。\n\n'
           'お忙しいところ恐縮ですが、ご確認のほどよろしくお願いいたします。\n\n'
           '--\n佐藤 健太\nkenta-sato@nifty.com\n' % C)
    attr = '2025年3月3日(月) 10:22 Amazon Web Services <%s>:\n' % AWS_FORM
    txt = new + '\n' + attr + gt(body) + '\n'
    root = leaf(txt, charset="iso-2022-jp", cte="7bit")
    subj_re = ew_mixed([('Re: [CASE %s] ' % C, 'us-ascii'), (SUBJ_JA, 'iso-2022-jp')])
    mid2 = '<%s.%s@nifty.com>' % (dt2.strftime('%Y%m%d%H%M%S'), ralnum(8))
    hs = [('Date', fmt(dt2, JST)), ('From', addr(UN, U, 'iso-2022-jp')),
          ('To', 'Amazon Web Services <%s>' % AWS_FORM), ('Subject', subj_re), ('Message-ID', mid2),
          ('In-Reply-To', s['msgid']), ('References', s['msgid']),
          ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1')]
    put('010-sato-sent-chaser-after-a-week.eml', render(hs, root), 'unrelated', C, [OLD, KEEP], None, 'ja')

    # 011 agent: apology + asks for login / notification e-mails
    dt3 = t(2025, 3, 11, 2, 40, 18)
    s = ses_sender(dt3)
    body3 = ('佐藤 健太 様\n\n'
             'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。担当の中村でございます。\n\n'
             'このたびはご連絡までにお時間を頂戴してしまい、大変申し訳ございませんでした。現在お問い合わせが'
             '大変混み合っており、ご返信が遅くなりましたことを心よりお詫び申し上げます。\n\n'
             'アカウントの統合を進めるにあたり、恐れ入りますが、以下の情報をご返信いただけますでしょうか。\n\n'
             '1. 各アカウント(AWS30958114 および AWS27765409)にサインインする際のメールアドレス\n'
             '2. 各アカウントに登録されている通知用メールアドレス(サインイン用と異なる場合)\n\n'
             'いただいた情報をもとにご本人様確認を行い、統合の内容を改めてご案内いたします。\n\n'
             'お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n'
             '中村\nAWS トレーニングと認定 カスタマーサポート\n')
    subj3 = ew_mixed([('RE:[CASE %s] ' % C, 'us-ascii'), (SUBJ_JA, 'utf-8')])
    root = multi('alternative', leaf(body3), leaf(html_wrap(p2html(body3)), 'html'))
    hs = trace_jp(U, dt3, s, MX, ARH) + sender_headers(s, dt3, frm, U, subj3)
    put('011-sato-ja-agent-asks-login-emails.eml', render(hs, root), 'support_reply', C, [OLD, KEEP], True, 'ja')
    b3, d3 = body3, dt3

    # 012 SENT: answers with the e-mail addresses
    dt4 = t(2025, 3, 11, 12, 48, 2, zone=JST)
    new4 = ('中村様\n\n'
            'ご連絡ありがとうございます。佐藤です。\n'
            'ご依頼の件、以下のとおりです。\n\n'
            '1. サインイン用メールアドレス\n'
            '   AWS-30958114: k.sato@tachibana-si.co.jp\n'
            '   AWS-27765409: kenta-sato@nifty.com\n\n'
            '2. 通知用メールアドレス\n'
            '   どちらもサインイン用と同じです。\n\n'
            'なお、以前の勤務先のメールアドレス(k.sato@tachibana-si.co.jp)は退職済みのため、現在は受信できません。\n'
            'よろしくお願いいたします。\n\n'
            '--\n佐藤 健太\n')
    attr4 = '2025年3月11日(火) 11:40 Amazon Web Services <%s>:\n' % AWS_FORM
    txt4 = new4 + '\n' + attr4 + gt(b3) + '\n'
    root = leaf(txt4, charset='iso-2022-jp', cte='7bit')
    mid4 = '<%s.%s@nifty.com>' % (dt4.strftime('%Y%m%d%H%M%S'), ralnum(8))
    hs = [('Date', fmt(dt4, JST)), ('From', addr(UN, U, 'iso-2022-jp')),
          ('To', 'Amazon Web Services <%s>' % AWS_FORM),
          ('Subject', ew_mixed([('Re: RE:[CASE %s] ' % C, 'us-ascii'), (SUBJ_JA, 'iso-2022-jp')])),
          ('Message-ID', mid4), ('In-Reply-To', s['msgid']), ('References', '%s\n %s' % (mid2, s['msgid'])),
          ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1')]
    put('012-sato-sent-login-emails.eml', render(hs, root), 'unrelated', C, [OLD, KEEP], None, 'ja')

    # 013 confirmation request (ja)
    dt5 = t(2025, 3, 12, 5, 10, 46)
    s = ses_sender(dt5)
    body5 = ('佐藤 健太 様\n\n'
             'ご返信いただき、誠にありがとうございます。中村でございます。\n\n'
             'ご提供いただいた情報をもとに確認いたしました。以下の内容でアカウントを統合させていただきます。\n\n'
             '■ 統合元(統合後に無効となるアカウント)\n'
             '   AWS30958114 (k.sato@tachibana-si.co.jp)\n'
             '■ 統合先(引き続きご利用いただくアカウント)\n'
             '   AWS27765409 (kenta-sato@nifty.com)\n\n'
             '統合後は、AWS30958114 で取得された認定資格および受験履歴はすべて AWS27765409 に移行され、'
             '今後は kenta-sato@nifty.com でサインインしていただくことになります。\n'
             'なお、統合は一度実行いたしますと元に戻すことができませんので、あらかじめご了承ください。\n\n'
             '上記の内容でお間違いがなければ、本メールにご返信のうえ、統合を進めてよろしいかお知らせください。'
             'ご確認をいただき次第、手続きを開始いたします。\n\n'
             '何卒よろしくお願い申し上げます。\n\n'
             '中村\nAWS トレーニングと認定 カスタマーサポート\n')
    attr_u = '2025年3月11日(火) 12:48 佐藤 健太 <%s>:\n' % U
    body5 = body5 + '\n' + attr_u + gt(new4) + '\n'
    root = multi('alternative', leaf(body5), leaf(html_wrap(p2html(body5)), 'html'))
    hs = trace_jp(U, dt5, s, MX, ARH) + sender_headers(s, dt5, frm, U, subj3)
    put('013-sato-ja-confirm-request.eml', render(hs, root), 'merge_confirmation_requested', C, [OLD, KEEP], True, 'ja')

    # 014 SENT: confirmation, bilingual, quotes with nested history
    dt6 = t(2025, 3, 12, 18, 3, 55, zone=JST)
    new6 = ('中村様\n\n'
            'お世話になっております。佐藤です。\n'
            '内容に相違ございません。統合を進めていただけますようお願いいたします。\n\n'
            'The details are correct. Please proceed with the merge.\n\n'
            '--\n佐藤 健太\n')
    attr6 = '2025年3月12日(水) 14:10 Amazon Web Services <%s>:\n' % AWS_FORM
    txt6 = new6 + '\n' + attr6 + gt(body5) + '\n'
    root = leaf(txt6, charset='iso-2022-jp', cte='7bit')
    mid6 = '<%s.%s@nifty.com>' % (dt6.strftime('%Y%m%d%H%M%S'), ralnum(8))
    hs = [('Date', fmt(dt6, JST)), ('From', addr(UN, U, 'iso-2022-jp')),
          ('To', 'Amazon Web Services <%s>' % AWS_FORM),
          ('Subject', ew_mixed([('Re: RE:[CASE %s] ' % C, 'us-ascii'), (SUBJ_JA, 'iso-2022-jp')])),
          ('Message-ID', mid6), ('In-Reply-To', s['msgid']), ('References', '%s\n %s\n %s' % (mid2, mid4, s['msgid'])),
          ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1')]
    put('014-sato-sent-confirm.eml', render(hs, root), 'unrelated', C, [], None, 'ja')

    # 015 completion that also closes the case (ja) -> merge_completed
    dt7 = t(2025, 3, 13, 8, 2, 9)
    s = ses_sender(dt7)
    body7 = ('佐藤 健太 様\n\n'
             'いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。\n\n'
             'ご確認いただきありがとうございました。ご依頼いただいたアカウントの統合作業が完了いたしましたので、'
             'ご報告申し上げます。\n\n'
             '今後は AWS27765409 (kenta-sato@nifty.com) にてサインインしていただけます。認定資格および'
             '受験履歴が正しく表示されていることをご確認ください。Credly のデジタルバッジの反映には最大 48 時間'
             'ほどかかる場合がございます。\n\n'
             '本件はこちらをもちましてクローズとさせていただきます。今後のサービス向上のため、以下のアンケートに'
             'ご協力いただけますと幸いです。\n\n'
             'このたびの対応で問題は解決しましたか? はい / いいえ\n'
             'https://support.aws.amazon.com/#/case/feedback?displayId=%s&language=ja\n\n'
             'このたびはお問い合わせいただき、誠にありがとうございました。\n\n'
             '中村\nAWS トレーニングと認定 カスタマーサポート\n' % C)
    root = multi('alternative', leaf(body7), leaf(html_wrap(p2html(body7)), 'html'))
    hs = trace_jp(U, dt7, s, MX, ARH) + sender_headers(s, dt7, frm, U, subj3)
    put('015-sato-ja-merge-done-and-closed.eml', render(hs, root), 'merge_completed', C, [KEEP], True, 'ja')

# ======================================================================
# CASE 3  Marco Bianchi - outlook.com (Italian UI) - form desk - 11 digit (2023) - duplicate case
# ======================================================================
def outlook_sent_hdrs(dt, frm, to, subj, zone, lang='it-IT', in_reply=None, refs=None, topic=None):
    srv = 'AM9PR02MB%d' % R.randint(1000, 9999)
    hs = [('From', frm), ('To', to), ('Subject', subj), ('Thread-Topic', topic or subj),
          ('Thread-Index', 'AQH' + rb64(25)), ('Date', fmt(dt, zone)),
          ('Message-ID', '<%s%s@%s.eurprd02.prod.outlook.com>' % (srv, rb64(12).replace('/', 'A').replace('+', 'B'), srv))]
    if in_reply:
        hs.append(('In-Reply-To', in_reply))
        hs.append(('References', refs or in_reply))
    hs += [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
           ('X-MS-TNEF-Correlator', ''), ('msip_labels', '')]
    return hs


def outlook_html(new_html, hdr_html, quoted_html):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            '%s</div>\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n'
            '<div>&nbsp;</div>\n</div>\n<div>%s</div>\n</body>\n</html>\n' % (new_html, hdr_html, quoted_html))


def case3():
    U = 'marco.bianchi@outlook.com'
    UN = 'Marco Bianchi'
    OLD, KEEP = 'AWS52190836', 'AWS60378215'
    CA, CB = '13879421051', '13881370922'
    SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
    frm = '"AWS Training and Certification" <%s>' % AWS_FORM

    def ack(case, dt):
        body = ('<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">'
                '<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>'
                '<tr><td style="padding:20px;font-family:Arial;font-size:14px;line-height:20px">'
                '<p>Hello Marco,</p>'
                '<p>We&#8217;ve received your inquiry and opened case <b>%s</b> for you.</p>'
                '<p>A member of the AWS Training and Certification team will get back to you within one business day. '
                'You don&#8217;t need to do anything right now; if you want to add details, reply to this message without changing the subject.</p>'
                '<p>To help us serve you faster, please submit only one request per issue.</p>'
                '<p>Thank you,<br>AWS Training and Certification</p>'
                '</td></tr><tr><td style="padding:10px 20px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
                'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., '
                '410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr></table>' % case)
        root = leaf(html_wrap(body, 'AWS Training and Certification'), 'html', cte='quoted-printable')
        s = ses_sender(dt)
        subj = 'We have received your request [CASE %s] %s' % (case, SUBJ)
        hs = trace_outlook(U, dt, s) + sender_headers(s, dt, frm, U, subj)
        return render(hs, root, '\r\n')

    # 016 ack of the real case, 017 ack of the duplicate the user submitted next day
    put('016-marco-ack-case-a.eml', ack(CA, t(2023, 9, 18, 8, 40, 27)), 'case_created', CA, [], True, 'en')
    put('017-marco-ack-duplicate-case-b.eml', ack(CB, t(2023, 9, 19, 19, 5, 2)), 'case_created', CB, [], True, 'en')

    # 018 agent on case B: duplicate, will resolve this one, continue on A
    dt = t(2023, 9, 20, 6, 12, 40)
    s = ses_sender(dt)
    body = ('Hello Marco,\n\n'
            'Greetings from AWS Training and Certification!\n\n'
            'I see that you have submitted one more request for the same issue, which is already being handled '
            'under case %s by my colleague. To avoid any duplicate work, I will be resolving this case (%s) and '
            'all further communication will happen on case %s only.\n\n'
            'Kindly do not respond on this thread. You will hear from us on the other case very soon.\n\n'
            'Thank you for your patience and understanding.\n\n'
            'Regards,\nSandeep R.\nAWS Training and Certification\n' % (CA, CB, CA))
    root = multi('alternative', leaf(body, cte='7bit', charset='us-ascii'), leaf(html_wrap(p2html(body)), 'html'))
    subj = 'RE:[CASE %s] %s' % (CB, SUBJ)
    hs = trace_outlook(U, dt, s) + sender_headers(s, dt, frm, U, subj)
    put('018-marco-duplicate-case-notice.eml', render(hs, root, '\r\n'), 'support_reply', CB, [], True, 'en')

    # 019 confirmation request on case A (non-native English)
    dt = t(2023, 9, 20, 11, 15, 3)
    s = ses_sender(dt)
    body19 = ('Hello Marco,\n\n'
              'Greetings from AWS Training and Certification!\n\n'
              'As per your request, we have checked and found 2 AWS Certification accounts in your name. Kindly '
              'confirm below details so that we can proceed for merging:\n\n'
              'Primary account (to be retained): AWS60378215 - marco.bianchi@outlook.com\n'
              'Secondary account (to be merged and deactivated): AWS52190836 - marco.bianchi@studenti.unimi.it\n\n'
              'Please note, post merging all the certifications, exam history and benefits of the secondary account '
              'will be available in the primary account and the process is irreversible. Once the merge is complete, '
              'we will share the confirmation over email.\n\n'
              'Please revert back with your confirmation.\n\n'
              'Regards,\nSandeep R.\nAWS Training and Certification\n')
    subjA = 'RE:[CASE %s] %s' % (CA, SUBJ)
    root = multi('alternative', leaf(body19, cte='7bit', charset='us-ascii'), leaf(html_wrap(p2html(body19)), 'html'))
    hs = trace_outlook(U, dt, s) + sender_headers(s, dt, frm, U, subjA)
    put('019-marco-confirm-request.eml', render(hs, root, '\r\n'), 'merge_confirmation_requested', CA, [OLD, KEEP], True, 'en')
    s19, dt19 = s, dt

    # 020 SENT from Outlook (Italian UI headers), English body
    dt = t(2023, 9, 20, 14, 2, 18, zone=ROME)
    new = ('Hello Sandeep,\n\nI confirm the details. Please go ahead and merge AWS52190836 into AWS60378215.\n\n'
           'Sorry for the second request, I thought the first form had not gone through.\n\n'
           'Thanks,\nMarco\n')
    hdr = ('Da: Amazon Web Services <%s>\nInviato: mercoledì 20 settembre 2023 13:15\n'
           'A: %s <%s>\nOggetto: %s' % (AWS_FORM, U, U, subjA))
    plain = new + '\n________________________________\n' + hdr + '\n\n' + body19
    hdr_html = ('<b>Da:</b> Amazon Web Services &lt;%s&gt;<br>\n<b>Inviato:</b> mercoledì 20 settembre 2023 13:15<br>\n'
                '<b>A:</b> %s &lt;%s&gt;<br>\n<b>Oggetto:</b> %s' % (AWS_FORM, U, U, esc(subjA)))
    htm = outlook_html(''.join('<div>%s</div>' % (esc(x) or '<br>') for x in new.split('\n')), hdr_html, p2html(body19))
    root = multi('alternative', leaf(plain, declared='utf-8', cte='quoted-printable', quote_cs=False),
                 leaf(htm, 'html', declared='utf-8', cte='quoted-printable', quote_cs=False),
                 boundary='_000_%s_' % ('AM9PR02MB' + ralnum(20, True)))
    hs = outlook_sent_hdrs(dt, '%s <%s>' % (UN, U), 'Amazon Web Services <%s>' % AWS_FORM, 'R: ' + subjA, ROME,
                           in_reply=s19['msgid'])
    put('020-marco-sent-confirm-outlook-it.eml', render(hs, root, '\r\n'), 'unrelated', CA, [OLD, KEEP], None, 'en')

    # 021 completed - plain text, UTF-8 bytes labelled iso-8859-1 (wrong charset label)
    dt = t(2023, 9, 21, 16, 30, 12)
    s = ses_sender(dt)
    body21 = ('Hello Marco,\n\n'
              'We’re happy to let you know that your AWS Certification accounts have been merged successfully.\n\n'
              'Your active account is AWS60378215 and you can log in to https://www.aws.training/Certification '
              'using marco.bianchi@outlook.com. The former account AWS52190836 has been deactivated and all its '
              'certifications now appear on the active account.\n\n'
              'If anything doesn’t look right, simply reply to this e-mail.\n\n'
              'Regards,\nSandeep R.\nAWS Training and Certification\n')
    root = leaf(body21, charset='utf-8', declared='iso-8859-1', cte='8bit')
    hs = trace_outlook(U, dt, s) + sender_headers(s, dt, frm, U, subjA)
    put('021-marco-merge-completed-wrong-charset.eml', render(hs, root, '\r\n'), 'merge_completed', CA, [OLD, KEEP], True, 'en')

    # 022 survey / closure for case A
    dt = t(2023, 9, 21, 16, 31, 40)
    s = ses_sender(dt)
    inner = ('<p>Hello,</p><p>Your case <b>%s</b> has been marked as resolved.</p>'
             '<p>We would love to hear about your experience. Was your issue resolved?</p>'
             '<p><a href="https://survey.aws-tc.amazon.com/s/?caseId=%s&amp;resolved=yes" style="padding:8px 18px;background:#ec7211;color:#fff;text-decoration:none">YES</a>'
             '&nbsp;&nbsp;<a href="https://survey.aws-tc.amazon.com/s/?caseId=%s&amp;resolved=no" style="padding:8px 18px;background:#545b64;color:#fff;text-decoration:none">NO</a></p>'
             '<p>How would you rate the support you received from Sandeep R.? '
             '<a href="https://survey.aws-tc.amazon.com/s/?caseId=%s&amp;r=1">1</a> '
             '<a href="https://survey.aws-tc.amazon.com/s/?caseId=%s&amp;r=2">2</a> '
             '<a href="https://survey.aws-tc.amazon.com/s/?caseId=%s&amp;r=3">3</a> '
             '<a href="https://survey.aws-tc.amazon.com/s/?caseId=%s&amp;r=4">4</a> '
             '<a href="https://survey.aws-tc.amazon.com/s/?caseId=%s&amp;r=5">5</a></p>'
             '<p>If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>'
             '<p>AWS Training and Certification</p>' % ((CA,) * 8))
    root = leaf(html_wrap(inner, 'How did we do?'), 'html', cte='base64')
    hs = trace_outlook(U, dt, s) + sender_headers(s, dt, frm, U, '[CASE %s] How did we do? Tell us about your support experience' % CA)
    put('022-marco-case-resolved-survey.eml', render(hs, root, '\r\n'), 'survey', CA, [], True, 'en')

    # 023 Amazon Seller Central case (look-alike subject style)
    dt = t(2023, 10, 2, 9, 44, 0)
    s = ses_sender(dt)
    body = ('Hello,\n\n'
            'Thank you for contacting Amazon Selling Partner Support.\n\n'
            'We have reviewed the listing for ASIN B0C4XK2M7Q (SKU: MB-ESPRESSO-CUP-6) and reinstated it. '
            'It may take up to 24 hours for the change to be visible on amazon.it.\n\n'
            'Was this e-mail helpful? Please let us know by clicking one of the links below.\n'
            'Yes: https://sellercentral.amazon.it/cu/contact-us/feedback?caseId=5891273340&r=y\n'
            'No: https://sellercentral.amazon.it/cu/contact-us/feedback?caseId=5891273340&r=n\n\n'
            'We value your business.\n\nRegards,\nGiulia\nAmazon.it Selling Partner Support\n')
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body), 'Seller Support'), 'html'))
    hs = trace_outlook(U, dt, s) + sender_headers(s, dt, '"Amazon Selling Partner Support" <seller-notification@amazon.com>', U,
                                                  'RE:[CASE 5891273340] Listing reinstatement request')
    put('023-marco-seller-central-case.eml', render(hs, root, '\r\n'), 'unrelated', '5891273340', [], True, 'en')

# ======================================================================
# CASE 4  Nguyen Thi Lan - Yahoo - console case - 10 digit (2020) - reopened for a missing badge
# ======================================================================
def trace_yahoo(to, dt, s, dkim='pass', dmarc='pass'):
    atlas = 'atlas%d.free.mail.bf1.yahoo.com' % R.randint(100, 230)
    parts = []
    for d, sel in s['dkims']:
        parts.append('dkim=%s header.i=@%s header.s=%s' % (dkim if d == s['dkims'][0][0] else 'pass', d, sel))
    parts.append('spf=pass smtp.mailfrom=%s' % s['spf_dom'])
    parts.append('dmarc=%s(p=%s) header.from=%s;' % (dmarc, s['policy'], s['from_dom']))
    d = fmt(dt + DT.timedelta(seconds=3), UTC).replace('-0000', '+0000')
    return [
        ('X-Apparently-To', '%s; %s' % (to, d)),
        ('Return-Path', '<%s>' % s['mailfrom']),
        ('Received-SPF', 'pass (domain of %s designates %s as permitted sender)' % (s['spf_dom'], s['ip'])),
        ('X-YMailISG', rb64(40).replace('+', '_').replace('/', '.')),
        ('X-Originating-IP', '[%s]' % s['ip']),
        ('Authentication-Results', atlas + ';\n ' + ';\n '.join(parts)),
        ('Received', 'from 127.0.0.1  (EHLO %s) (%s)\n  by %s with SMTPS; %s' % (s['host'], s['ip'], atlas, d)),
        ('X-YMail-OSG', rb64(50).replace('+', '_').replace('/', '.')),
    ]


CONSOLE_FOOT = ('\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS '
                'Support Center link at the end of this correspondence. Each correspondence can also be rated by '
                'selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n'
                '%s\n\n===========================================================\n\n'
                'To see all the correspondence for this case, please go to: '
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use '
                'the link above if you need to contact us again about this same issue.\n\n'
                'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark '
                'of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., '
                '410 Terry Ave. North, Seattle, WA 98109-5210\n')


def console_reply(text, sig, case):
    return text.rstrip('\n') + CONSOLE_FOOT % (sig, case)


def case4():
    U = 'lan.nguyen89@yahoo.com'
    OLD, KEEP = 'AWS08812743', 'AWS11290457'
    C = '7551239861'
    CSUBJ = 'Merge two AWS Certification accounts'
    frm = '"Amazon Web Services" <%s>' % AWS_NOREPLY

    # 024 console ack with echoed correspondence
    dt = t(2020, 11, 2, 3, 15, 49)
    s = ses_sender(dt)
    body = ('Dear Customer,\n\n'
            'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
            'The details of your case are as follows:\n\n'
            'Case ID: %s\nSubject: %s\nSeverity: General guidance\n'
            'Correspondence: Hello, I have 2 certification account, AWS08812743 (register with my old company '
            'email) and AWS 11290457. Please merge them, I want keep the new one. Thank you.\n\n'
            'We will respond to your case as soon as possible. You can view your case at '
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the '
            'link above if you need to contact us again about this same issue.\n\n'
            'Sincerely,\nAmazon Web Services\n' % (C, C, CSUBJ, C))
    root = multi('alternative', leaf(body, cte='7bit', charset='us-ascii'), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_yahoo(U, dt, s) + sender_headers(s, dt, frm, U, 'Amazon Web Services: You have opened a new Support case: %s' % C)
    put('024-lan-console-case-opened.eml', render(hs, root), 'case_created', C, [OLD, KEEP], True, 'en')

    # 025 agent asks for sign-in e-mails and the account to keep, plus an exam-appointment question
    dt = t(2020, 11, 3, 8, 20, 7)
    s = ses_sender(dt)
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Support. My name is Arjun and I will be assisting you with this case.\n\n'
           'To proceed, I need a few details from your side:\n\n'
           '1. The e-mail address you use to sign in to each of the certification accounts.\n'
           '2. Which account you would like to keep as the primary account. You mentioned "the new one" - could '
           'you confirm the candidate ID? The two profiles were created under slightly different names '
           '(Nguyen Thi Lan / Lan Nguyen), so I want to be sure.\n\n'
           'Separately, I can see an exam appointment booked for 12 November 2020 on aws11290457. Would you like to '
           'keep this appointment as it is? This does not block anything, I only want to make sure check-in on the '
           'day goes smoothly.\n\n'
           'Please reply through the Support Center using the link below.')
    body = console_reply(txt, 'Best regards,\n\nArjun S.\nAmazon Web Services', C)
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_yahoo(U, dt, s) + sender_headers(s, dt, frm, U, 'RE:[CASE %s] %s' % (C, CSUBJ))
    put('025-lan-agent-asks-which-account.eml', render(hs, root), 'support_reply', C, [KEEP], True, 'en')

    # 026 confirmation request (console: reply on the case)
    dt = t(2020, 11, 5, 4, 2, 31)
    s = ses_sender(dt)
    txt = ('Hello Lan,\n\n'
           'Thank you for getting back to me with the details.\n\n'
           'I have verified both profiles. This is what will happen:\n\n'
           '  - Source: AWS08812743 (lan.nt@vncorp-tech.vn) -> will be closed\n'
           '  - Target: AWS11290457 (lan.nguyen89@yahoo.com) -> remains your account; the exam appointment on '
           '12 November stays as it is\n\n'
           'Before I hand this over to the Certification team, please reply on the case to confirm you agree with '
           'the above. Please keep in mind this cannot be reverted afterwards.')
    body = console_reply(txt, 'Best regards,\n\nArjun S.\nAmazon Web Services', C)
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_yahoo(U, dt, s) + sender_headers(s, dt, frm, U, 'RE:[CASE %s] %s' % (C, CSUBJ))
    put('026-lan-confirm-request.eml', render(hs, root), 'merge_confirmation_requested', C, [OLD, KEEP], True, 'en')

    # 027 completed - wording avoids "merge"
    dt = t(2020, 11, 7, 1, 47, 55)
    s = ses_sender(dt)
    txt = ('Hello Lan,\n\n'
           'Thanks for confirming on the case. I am happy to let you know the Certification team has finished '
           'consolidating your two profiles: your full exam history and certifications now sit under AWS11290457, '
           'and the old profile has been closed. You can sign in as usual with lan.nguyen89@yahoo.com.\n\n'
           'Good luck with your exam on 12 November!')
    body = console_reply(txt, 'Best regards,\n\nArjun S.\nAmazon Web Services', C)
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_yahoo(U, dt, s) + sender_headers(s, dt, frm, U, 'RE:[CASE %s] %s' % (C, CSUBJ))
    put('027-lan-profiles-consolidated.eml', render(hs, root), 'merge_completed', C, [KEEP], True, 'en')

    # 028 closure with rating request
    dt = t(2020, 11, 10, 2, 0, 12)
    s = ses_sender(dt)
    body = ('Hello,\n\n'
            'We have not heard back from you, so your case %s has been resolved. If you still need help, you can '
            'reopen the case from the Support Center within 14 days.\n\n'
            'How did we do? Please take a moment to rate your experience:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true\n\n'
            'Sincerely,\nAmazon Web Services\n' % (C, C))
    root = multi('alternative', leaf(body, cte='7bit', charset='us-ascii'), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_yahoo(U, dt, s) + sender_headers(s, dt, frm, U, 'Amazon Web Services Support: Case %s has been resolved' % C)
    put('028-lan-case-resolved-rate-us.eml', render(hs, root), 'survey', C, [], True, 'en')

    # 029 reopened: missing badge on old Acclaim profile
    dt = t(2020, 11, 20, 9, 31, 4)
    s = ses_sender(dt)
    txt = ('Hello Lan,\n\n'
           'Thank you for reopening the case. I understand that the AWS Certified Cloud Practitioner badge you '
           'earned in 2019 is still on your old Acclaim profile (lan.nt@vncorp-tech.vn) and did not move with the '
           'rest of your records.\n\n'
           'I have raised a request with the team that manages our Acclaim (Credly) badges to move it to the '
           'profile that belongs to AWS 11290457. When that is done, Acclaim will send an e-mail to '
           'lan.nguyen89@yahoo.com so you can accept the badge. This normally takes 3-5 business days.\n\n'
           'I will keep the case open until you let me know the badge has arrived.')
    body = console_reply(txt, 'Best regards,\n\nArjun S.\nAmazon Web Services', C)
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_yahoo(U, dt, s) + sender_headers(s, dt, frm, U, 'RE:[CASE %s] %s' % (C, CSUBJ))
    put('029-lan-reopened-badge-request.eml', render(hs, root), 'support_reply', C, [KEEP], True, 'en')

    # 030 Acclaim badge (older youracclaim.com sender)
    dt = t(2020, 11, 24, 15, 12, 40)
    s = credly_sender(dt)
    s.update({'dkims': [('youracclaim.com', 's1'), ('sendgrid.info', 'smtpapi')], 'from_dom': 'youracclaim.com',
              'spf_dom': 'em.youracclaim.com', 'mailfrom': s['mailfrom'].replace('credly', 'youracclaim')})
    body = ('Congratulations, Lan!\n\n'
            'Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.\n\n'
            'Accept your badge to start sharing it:\nhttps://www.youracclaim.com/earner/earned/badge/%s\n\n'
            'Acclaim is the platform Amazon Web Services Training and Certification uses to issue digital badges.\n\n'
            'Acclaim | Credly, Inc. | 999 Vanderbilt Beach Road, Naples, FL 34108\n' % ruuid())
    html = ('<html><body><div style="max-width:560px;margin:auto;font-family:Helvetica">'
            '<h1 style="font-size:22px">Congratulations, Lan!</h1><p>Amazon Web Services Training and Certification has issued you a badge:</p>'
            '<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>'
            '<p><a href="https://www.youracclaim.com/earner/earned/badge/%s" style="background:#0f7a94;color:#fff;padding:10px 22px;text-decoration:none">Accept badge</a></p>'
            '<p style="font-size:11px;color:#888">Acclaim | Credly, Inc. | 999 Vanderbilt Beach Road, Naples, FL 34108</p></div></body></html>\n' % ruuid())
    root = multi('alternative', leaf(body, cte='7bit', charset='us-ascii'), leaf(html, 'html', cte='quoted-printable'))
    hs = trace_yahoo(U, dt, s) + sender_headers(s, dt, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                                                U, 'Lan, you have been issued a badge by Amazon Web Services Training and Certification')
    put('030-lan-acclaim-badge-issued.eml', render(hs, root), 'credly_badge_issued', None, [], True, 'en')

# ======================================================================
# CASE 5  Daniel Okafor - Microsoft 365 tenant - form desk - 15 digit (2024) - merged the wrong way, corrected
# ======================================================================
def case5():
    U = 'daniel.okafor@northwind-analytics.com'
    UN = 'Daniel Okafor'
    OLD, KEEP = 'AWS71402259', 'AWS66023918'
    opened = t(2024, 10, 8, 13, 2, 17)
    C = cid15(opened, 2207)
    SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
    subjR = 'RE:[CASE %s] %s' % (C, SUBJ)
    frm = '%s <%s>' % (AWS_NAME, AWS_FORM)

    def inbound(dt, s, root, subj, name, kind, ids, sv=True, ar=None):
        hs = trace_outlook(U, dt, s, ar=ar) + sender_headers(s, dt, frm, U, subj)
        put(name, render(hs, root, '\r\n'), kind, C, ids, sv, 'en')

    # 031 ack, text only
    dt = opened + DT.timedelta(seconds=14)
    s = ses_sender(dt)
    body = ('Hello Daniel,\n\n'
            'Thank you for contacting AWS Training and Certification Customer Support.\n\n'
            'Your case number is %s. We have received your request, and one of our agents will be in touch '
            'shortly - usually within 24 hours, Monday to Friday.\n\n'
            'Please reply to this e-mail if you want to add anything to your request. To avoid delays, we kindly '
            'ask that you do not open another case for the same issue.\n\n'
            'Kind regards,\nAWS Training and Certification Customer Support\n' % C)
    inbound(dt, s, leaf(body, cte='quoted-printable'), '[CASE %s] %s' % (C, SUBJ),
            '031-daniel-form-acknowledgement.eml', 'case_created', [])

    # 032 confirmation request (non-native English)
    dt = t(2024, 10, 9, 10, 48, 30)
    s = ses_sender(dt)
    b32 = ('Dear Daniel,\n\n'
           'Greetings of the day!\n\n'
           'We are able to locate both the accounts mentioned in your request. Please find below the details of '
           'the merge:\n\n'
           'Account to keep (Primary): AWS66023918 - daniel.okafor@northwind-analytics.com\n'
           'Account to be merged (Secondary): AWS71402259 - d.okafor@meridianbank.co.uk\n\n'
           'After the merge the Secondary account will be deactivated and cannot be restored. Request you to '
           'kindly confirm by replying "Yes, I confirm" to this e-mail so we can initiate the process.\n\n'
           'Thanks & Regards,\nPrakash M.\nAWS Training and Certification Customer Support\n')
    root = multi('alternative', leaf(b32), leaf(html_wrap(p2html(b32)), 'html'))
    inbound(dt, s, root, subjR, '032-daniel-confirm-request.eml', 'merge_confirmation_requested', [OLD, KEEP])
    s32, dt32 = s, dt

    # 033 SENT: "Yes, I confirm" - classic -----Original Message----- quoting
    dt = t(2024, 10, 9, 13, 5, 11, zone=LON)
    new = ('Yes, I confirm.\n\nAWS66023918 is the one to keep.\n\nBest regards,\nDaniel\n\n'
           'Daniel Okafor | Senior Data Engineer\nNorthwind Analytics Ltd | 20 Farringdon Road, London EC1M 3HE\n')
    q = ('-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Wednesday, October 9, 2024 11:48 AM\n'
         'To: %s <%s>\nSubject: %s\n\n%s' % (AWS_FORM, UN, U, subjR, b32))
    plain33 = new + '\n' + q
    root = multi('alternative', leaf(plain33, charset='us-ascii', cte='7bit'),
                 leaf('<html><head></head><body><p>Yes, I confirm.</p><p>AWS66023918 is the one to keep.</p><p>Best regards,<br>Daniel</p>'
                      '<p style="color:#555;font-size:10pt">Daniel Okafor | Senior Data Engineer<br>Northwind Analytics Ltd | 20 Farringdon Road, London EC1M 3HE</p>'
                      '<p>-----Original Message-----<br>From: Amazon Web Services &lt;%s&gt;<br>Sent: Wednesday, October 9, 2024 11:48 AM<br>'
                      'To: %s &lt;%s&gt;<br>Subject: %s</p>%s</body></html>\n' % (AWS_FORM, UN, U, esc(subjR), p2html(b32)),
                      'html', cte='quoted-printable'),
                 boundary='_000_LO4P265MB%s_' % ralnum(16, True))
    hs = outlook_sent_hdrs(dt, '%s <%s>' % (UN, U), '"Amazon Web Services" <%s>' % AWS_FORM, 'RE: ' + subjR, LON,
                           lang='en-GB', in_reply=s32['msgid'])
    hs = [(k, v.replace('eurprd02', 'GBRP265').replace('AM9PR02MB', 'LO4P265MB')) for k, v in hs]
    put('033-daniel-sent-yes-i-confirm.eml', render(hs, root, '\r\n'), 'unrelated', C, [KEEP], None, 'en')
    m33 = hs

    # 034 "thank you for confirming, we will now proceed"
    dt = t(2024, 10, 9, 15, 20, 2)
    s = ses_sender(dt)
    b34 = ('Dear Daniel,\n\n'
           'Thank you for the confirmation. We will now proceed with merging your accounts and will update you '
           'by e-mail as soon as it is complete. This usually takes 2-3 business days.\n\n'
           'Meanwhile, please do not book any new exam on either account.\n\n'
           'Thanks & Regards,\nPrakash M.\nAWS Training and Certification Customer Support\n')
    root = multi('alternative', leaf(b34), leaf(html_wrap(p2html(b34)), 'html'))
    inbound(dt, s, root, subjR, '034-daniel-thanks-will-proceed.eml', 'support_reply', [])

    # 035 completed - but the wrong account was kept
    dt = t(2024, 10, 11, 15, 12, 44)
    s = ses_sender(dt)
    b35 = ('Dear Daniel,\n\n'
           'We are pleased to inform you that the requested account merge has been completed successfully.\n\n'
           'All your certifications and exam history are now consolidated under AWS71402259 '
           '(d.okafor@meridianbank.co.uk). Kindly use this account for all future exam registrations.\n\n'
           'Thanks & Regards,\nRavi K.\nAWS Training and Certification Customer Support\n')
    root = multi('alternative', leaf(b35), leaf(html_wrap(p2html(b35)), 'html'))
    inbound(dt, s, root, subjR, '035-daniel-merge-completed-wrong-survivor.eml', 'merge_completed', [OLD])
    s35 = s

    # 036 SENT: wrong way round (Outlook desktop From:/Sent: block)
    dt = t(2024, 10, 11, 17, 40, 3, zone=LON)
    new = ('Hi Ravi,\n\n'
           'Thanks, but I think this has been done the wrong way round. In my confirmation I said AWS66023918 '
           '(daniel.okafor@northwind-analytics.com) should be kept. The account you kept, AWS71402259, is tied '
           'to my previous employer\'s mailbox which I can no longer access, so I cannot sign in at all now.\n\n'
           'Could you please correct this so that AWS66023918 is the surviving account?\n\n'
           'Best regards,\nDaniel\n\nDaniel Okafor | Senior Data Engineer\nNorthwind Analytics Ltd\n')
    hdr = ('From: Amazon Web Services <%s>\nSent: Friday, October 11, 2024 4:12 PM\nTo: %s <%s>\nSubject: %s'
           % (AWS_FORM, UN, U, subjR))
    plain = new + '\n' + hdr + '\n\n' + b35 + '\n' + q.replace('-----Original Message-----\n', '')
    hdr_html = ('<b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Friday, October 11, 2024 4:12 PM<br>'
                '<b>To:</b> %s &lt;%s&gt;<br><b>Subject:</b> %s' % (AWS_FORM, UN, U, esc(subjR)))
    htm = outlook_html(p2html(new), hdr_html, p2html(b35) + '<hr>' + p2html(q))
    root = multi('alternative', leaf(plain, cte='quoted-printable', quote_cs=False),
                 leaf(htm, 'html', cte='quoted-printable', quote_cs=False),
                 boundary='_000_LO4P265MB%s_' % ralnum(16, True))
    hs = outlook_sent_hdrs(dt, '%s <%s>' % (UN, U), '"Amazon Web Services" <%s>' % AWS_FORM, 'RE: ' + subjR, LON,
                           lang='en-GB', in_reply=s35['msgid'])
    hs = [(k, v.replace('eurprd02', 'GBRP265').replace('AM9PR02MB', 'LO4P265MB')) for k, v in hs]
    put('036-daniel-sent-wrong-account-kept.eml', render(hs, root, '\r\n'), 'unrelated', C, [OLD, KEEP], None, 'en')

    # 037 corrected - survivor fixed (completion)
    dt = t(2024, 10, 15, 9, 3, 27)
    s = ses_sender(dt)
    b37 = ('Dear Daniel,\n\n'
           'Please accept our sincere apologies for the error on our side.\n\n'
           'Our Certification team has corrected your records: AWS 66023918 (daniel.okafor@northwind-analytics.com) '
           'is now your single active account and holds all of your certifications and exam history. The account '
           'AWS 71402259 has been closed. You should be able to sign in with your Northwind Analytics address '
           'straight away.\n\n'
           'Again, sorry for the inconvenience this caused.\n\n'
           'Thanks & Regards,\nPrakash M.\nAWS Training and Certification Customer Support\n')
    root = multi('alternative', leaf(b37), leaf(html_wrap(p2html(b37)), 'html'))
    inbound(dt, s, root, subjR, '037-daniel-survivor-corrected.eml', 'merge_completed', [OLD, KEEP])

    # 038 closure + survey
    dt = t(2024, 10, 18, 9, 5, 0)
    s = ses_sender(dt)
    inner = ('<p>Dear Customer,</p><p>Your case %s has been closed. If you need further help, you can reply to this e-mail '
             'and your case will be reopened.</p><p><b>Was your issue resolved?</b></p>'
             '<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_T%s?case=%s&amp;a=1">YES</a> &nbsp; '
             '<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_T%s?case=%s&amp;a=0">NO</a></p>'
             '<p>Your feedback helps us improve.</p><p>AWS Training and Certification</p>'
             % (C, ralnum(12), C, ralnum(12), C))
    root = leaf(html_wrap(inner), 'html', cte='quoted-printable')
    inbound(dt, s, root, 'Your AWS Training and Certification case %s has been closed' % C,
            '038-daniel-case-closed-survey.eml', 'survey', [])

    # 039 look-alike phishing about a merge (authentic for its own domain -> not verified)
    dt = t(2024, 10, 10, 7, 31, 9)
    fake_case = '172851004300713'
    s = {'ip': '185.231.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'host': 'mail.aws-certification-merge.com',
         'mailfrom': 'support@aws-certification-merge.com', 'msgid': '<%s@aws-certification-merge.com>' % ralnum(20),
         'dkims': [('aws-certification-merge.com', 'default')], 'from_dom': 'aws-certification-merge.com',
         'spf_dom': 'aws-certification-merge.com', 'policy': 'NONE'}
    b = ('Dear Candidate,\n\n'
         'We have received a request to merge your AWS Certification accounts (case %s).\n\n'
         'To protect your certifications, you must confirm which account will be kept within 24 hours. If we do '
         'not hear from you, both accounts will be suspended and your certifications revoked.\n\n'
         'Confirm the merge here: https://aws-certification-merge.com/confirm?case=%s\n\n'
         'You will be asked to sign in with your AWS Certification e-mail and password.\n\n'
         'AWS Training & Certification Team\n' % (fake_case, fake_case))
    root = leaf(html_wrap(p2html(b)), 'html', cte='base64')
    ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=aws-certification-merge.com; dkim=pass (signature was verified)\n'
          ' header.d=aws-certification-merge.com;dmarc=pass action=none\n header.from=aws-certification-merge.com;compauth=pass reason=100' % s['ip'])
    hs = trace_outlook(U, dt, s, ar=ar) + sender_headers(
        s, dt, '"AWS Training & Certification" <support@aws-certification-merge.com>', U,
        'RE:[CASE %s] Action required: confirm your certification account merge' % fake_case)
    put('039-daniel-phish-lookalike-merge-confirm.eml', render(hs, root, '\r\n'), 'merge_confirmation_requested',
        fake_case, [], False, 'en')

# ======================================================================
# CASE 6  渡辺 美咲 - biglobe - Japanese form desk - 15 digit (2025) - no answer, new case a week later
# ======================================================================
def case6():
    U = 'misaki.watanabe@biglobe.ne.jp'
    UN = '渡辺 美咲'
    KEEP, OLD = 'AWS45529107', 'AWS45881360'
    ox = t(2025, 1, 20, 4, 51, 37)
    CX = cid15(ox, 905)
    oy = t(2025, 1, 28, 0, 17, 3)
    CY = cid15(oy, 128)
    SUBJ_JA = '[AWS トレーニングと認定 フォーム送信] - account-assistance'
    frm = '%s <%s>' % (AWS_NAME, AWS_FORM)
    MX = 'mx-in03.biglobe.ne.jp'

    def ack(case, dt):
        inner = ('<p>渡辺 美咲 様</p>'
                 '<p>AWS トレーニングと認定へのお問い合わせを受け付けました。ケース番号は <b>%s</b> です。</p>'
                 '<p>担当者が内容を確認のうえ、通常 24 時間以内(土日祝日を除く)にご連絡いたします。'
                 '追加のご連絡は、件名を変更せずに本メールへご返信ください。</p>'
                 '<p>※同じ内容で複数のお問い合わせをいただきますと、ご回答が遅れる場合がございます。</p>'
                 '<p>AWS トレーニングと認定 カスタマーサポート</p>' % case)
        root = leaf(html_wrap(inner, 'AWS トレーニングと認定'), 'html', cte='base64')
        s = ses_sender(dt)
        subj = ew_mixed([('[CASE %s] ' % case, 'us-ascii'), (SUBJ_JA, 'utf-8')])
        hs = trace_jp(U, dt, s, MX, MX) + sender_headers(s, dt, frm, U, subj)
        return render(hs, root)

    put('040-watanabe-ja-ack-first-case.eml', ack(CX, ox + DT.timedelta(seconds=8)), 'case_created', CX, [], True, 'ja')
    put('041-watanabe-ja-ack-second-case.eml', ack(CY, oy + DT.timedelta(seconds=6)), 'case_created', CY, [], True, 'ja')

    # 042 agent on the new case: explains why the first case went silent, asks for details (keigo)
    dt = t(2025, 1, 29, 2, 2, 11)
    s = ses_sender(dt)
    b42 = ('渡辺 美咲 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートの山本と申します。\n'
           'このたびはお問い合わせいただき、誠にありがとうございます。\n\n'
           '1月20日にお送りいただいたお問い合わせ(ケース %s)につきまして、フォームの通知先メールアドレスが'
           '空欄となっていたため、担当者からのご連絡がお客様に届いていなかったことが判明いたしました。'
           'ご不便とご心配をおかけいたしましたことを、深くお詫び申し上げます。\n'
           '以降のご案内は本ケース(%s)にて行わせていただき、前回のケースはクローズさせていただきます。\n\n'
           'アカウントの統合を進めるにあたり、お手数ですが以下の点についてご教示いただけますでしょうか。\n\n'
           '1. 各アカウントのサインイン用メールアドレス\n'
           '2. 統合後に残すアカウントの AWS 候補者 ID(お問い合わせに記載いただいた AWS45529107 でよろしいでしょうか)\n'
           '3. 統合をご希望される理由(例: メールアドレスの変更、転職など)\n\n'
           'ご返信をお待ちしております。\n\n'
           '山本\nAWS トレーニングと認定 カスタマーサポート\n' % (CX, CY))
    subjR = ew_mixed([('RE:[CASE %s] ' % CY, 'us-ascii'), (SUBJ_JA, 'utf-8')])
    root = multi('alternative', leaf(b42, cte='base64'), leaf(html_wrap(p2html(b42)), 'html', cte='base64'))
    hs = trace_jp(U, dt, s, MX, MX) + sender_headers(s, dt, frm, U, subjR)
    put('042-watanabe-ja-agent-explains-asks-details.eml', render(hs, root), 'support_reply', CY, [KEEP], True, 'ja')
    s42 = s

    # 043 SENT: Japanese Outlook, declared Shift_JIS but CP932-only characters (circled digits)
    dt = t(2025, 1, 29, 11, 58, 20, zone=JST)
    new = ('山本様\n\n'
           'お世話になっております。渡辺です。\n'
           'ご丁寧にご連絡いただき、ありがとうございます。ご質問の件、以下のとおり回答いたします。\n\n'
           '① サインイン用メールアドレス\n'
           '  AWS45529107 … misaki.watanabe@biglobe.ne.jp\n'
           '  AWS45881360 … m-watanabe@sakura-soft.co.jp(前職)\n'
           '② 残すアカウント: AWS45529107 で間違いございません。\n'
           '③ 理由: 転職により以前の会社のメールアドレスが使えなくなったためです。\n\n'
           'お手数をおかけしますが、どうぞよろしくお願いいたします。\n\n'
           '渡辺 美咲\n')
    hdr = ('差出人: Amazon Web Services <%s>\n送信日時: 2025年1月29日 11:02\n宛先: %s\n件名: RE:[CASE %s] %s'
           % (AWS_FORM, U, CY, SUBJ_JA))
    plain = new + '\n' + '-' * 30 + '\n' + hdr + '\n\n' + b42
    hdr_html = ('<b>差出人:</b> Amazon Web Services &lt;%s&gt;<br><b>送信日時:</b> 2025年1月29日 11:02<br>'
                '<b>宛先:</b> %s<br><b>件名:</b> RE:[CASE %s] %s' % (AWS_FORM, U, CY, esc(SUBJ_JA)))
    htm = outlook_html(p2html(new), hdr_html, p2html(b42)).replace('charset=utf-8', 'charset=shift_jis')
    root = multi('alternative', leaf(plain, charset='shift_jis', codec='cp932', cte='base64'),
                 leaf(htm, 'html', charset='shift_jis', codec='cp932', cte='quoted-printable'),
                 boundary='_000_TYCPR01MB%s_' % ralnum(18, True))
    hs = outlook_sent_hdrs(dt, addr(UN, U, 'iso-2022-jp'), '"Amazon Web Services" <%s>' % AWS_FORM,
                           ew_mixed([('RE: RE:[CASE %s] ' % CY, 'us-ascii'), (SUBJ_JA, 'iso-2022-jp')]), JST,
                           lang='ja-JP', in_reply=s42['msgid'], topic='RE:[CASE %s] ' % CY + SUBJ_JA)
    hs = [(k, v.replace('eurprd02', 'jpnprd01').replace('AM9PR02MB', 'TYCPR01MB')) for k, v in hs]
    hs = [(k, ew_mixed([('RE:[CASE %s] ' % CY, 'us-ascii'), (SUBJ_JA, 'iso-2022-jp')], name='Thread-Topic'))
          if k == 'Thread-Topic' else (k, v) for k, v in hs]
    put('043-watanabe-sent-details-outlook-sjis.eml', render(hs, root, '\r\n'), 'unrelated', CY, [KEEP, OLD], None, 'ja')

    # 044 confirmation request (ja), AR with DKIM only (no dmarc verdict) - DKIM aligned
    dt = t(2025, 1, 30, 3, 30, 0)
    s = ses_sender(dt)
    b44 = ('渡辺 美咲 様\n\n'
           'ご回答いただき、誠にありがとうございます。山本でございます。\n\n'
           'いただいた内容をもとに確認いたしましたところ、以下のとおり統合の準備が整いました。\n\n'
           '・統合先(今後ご利用いただくアカウント): AWS45529107 / misaki.watanabe@biglobe.ne.jp\n'
           '・統合元(統合後に閉鎖されるアカウント): AWS45881360 / m-watanabe@sakura-soft.co.jp\n\n'
           '統合元の認定資格、受験履歴、および未使用の特典(50% 割引バウチャー等)は統合先に引き継がれます。'
           '統合の処理は取り消しができませんので、内容を十分にご確認のうえ、本メールへのご返信にて'
           '「統合を進めてください」とお知らせいただけますでしょうか。\n\n'
           'ご確認のほど、よろしくお願い申し上げます。\n\n'
           '山本\nAWS トレーニングと認定 カスタマーサポート\n')
    root = multi('alternative', leaf(b44), leaf(html_wrap(p2html(b44)), 'html'))
    hs = trace_jp(U, dt, s, MX, MX, with_dmarc=False) + sender_headers(s, dt, frm, U, subjR)
    put('044-watanabe-ja-confirm-request.eml', render(hs, root), 'merge_confirmation_requested', CY, [KEEP, OLD], True, 'ja')

    # 045 completed (ja)
    dt = t(2025, 1, 31, 6, 45, 51)
    s = ses_sender(dt)
    b45 = ('渡辺 美咲 様\n\n'
           'いつもお世話になっております。山本でございます。\n\n'
           'ご確認のご連絡をいただき、ありがとうございました。AWS45881360 の認定資格および受験履歴を '
           'AWS45529107 へ移行する作業が、本日すべて完了いたしました。\n\n'
           '今後は misaki.watanabe@biglobe.ne.jp にてサインインしてください。デジタルバッジにつきましては、'
           'Credly から別途メールが届く場合がございます。\n\n'
           'ほかにご不明な点がございましたら、本メールにご返信ください。\n\n'
           '山本\nAWS トレーニングと認定 カスタマーサポート\n')
    root = multi('alternative', leaf(b45), leaf(html_wrap(p2html(b45)), 'html'))
    hs = trace_jp(U, dt, s, MX, MX) + sender_headers(s, dt, frm, U, subjR)
    put('045-watanabe-ja-merge-completed.eml', render(hs, root), 'merge_completed', CY, [KEEP, OLD], True, 'ja')

# ======================================================================
# CASE 7  Emily Chen - iCloud / Apple Mail - form desk - 15 digit (2025) - three accounts,
#         reopened because the Credly badges did not follow
# ======================================================================
def trace_icloud(to, dt, s, dmarc='pass', dkim='pass'):
    d = fmt(dt + DT.timedelta(seconds=2), UTC).replace('-0000', '+0000')
    k8 = 'p%02d-mailgateway-smtp-%s-%s.ms-asmtp-me-k8s.p%02d.prod.me.com' % (R.randint(0, 99), rhex(10), ralnum(5), R.randint(0, 99))
    dk = []
    for dd, sel in s['dkims']:
        dk.append('dkim=%s (%d-bit key) header.d=%s header.i=@%s header.b=%s' % (
            dkim if dd == s['dkims'][0][0] else 'pass', 2048 if dd == s['dkims'][0][0] else 1024, dd, dd, rb64(8)))
    return [
        ('Received', 'from %s by %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % ('mx01.mail.icloud.com', k8, ralnum(12, True), to, d)),
        ('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % (dmarc, s['from_dom'])),
        ('Authentication-Results', 'dkim-verifier.icloud.com;\n\t' + ';\n\t'.join(dk)),
        ('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
         % (s['mailfrom'], s['ip'], s['mailfrom'])),
        ('Received-SPF', 'pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s'
         % (s['mailfrom'], s['ip'], s['ip'], s['host'], s['mailfrom'])),
        ('Received', 'from %s (%s [%s])\n\tby mx01.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (s['host'], s['host'], s['ip'], ralnum(12, True), to, fmt(dt + DT.timedelta(seconds=1), UTC).replace('-0000', '+0000'))),
    ]


def apple_sent(dt, frm, to, subj, plain, in_reply, refs, iphone=False):
    b = 'Apple-Mail=_%s' % ruuid().upper()
    root = leaf(plain, charset='utf-8', cte='quoted-printable')
    if not iphone:
        htm = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>' % \
              plain.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>')
        root = multi('alternative', leaf(plain, charset='utf-8', cte='quoted-printable'),
                     leaf(htm, 'html', cte='quoted-printable'), boundary=b)
    hs = [('From', frm)]
    hs += [('Subject', subj), ('Date', fmt(dt, PT)), ('References', refs), ('To', to), ('In-Reply-To', in_reply),
           ('Message-Id', '<%s@icloud.com>' % ruuid().upper()),
           ('X-Mailer', 'iPhone Mail (22F76)' if iphone else 'Apple Mail (2.3826.500.181.1.5)')]
    return hs, root


def case7():
    U = 'emily.chen.sf@icloud.com'
    UN = 'Emily Chen'
    A1, A2, KEEP = 'AWS23381907', 'AWS23994015', 'AWS31007642'
    opened = t(2025, 7, 14, 16, 22, 5)
    C = cid15(opened, 3316)
    SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
    subjR = 'RE:[CASE %s] %s' % (C, SUBJ)
    frm = '%s <%s>' % (AWS_NAME, AWS_FORM)

    # 046 ack (plain, base64)
    dt = opened + DT.timedelta(seconds=7)
    s = ses_sender(dt)
    body = ('Hello,\n\nThank you for contacting AWS Training and Certification.\n\n'
            'We have received your message and created case %s. An agent will review your request and get back to '
            'you, normally within 24 hours.\n\n'
            'You can reply to this e-mail to add information to your case. Opening a new request for the same issue '
            'may slow down our response.\n\nSincerely,\nAWS Training and Certification Customer Support\n' % C)
    hs = trace_icloud(U, dt, s) + sender_headers(s, dt, frm, U, '[CASE %s] %s' % (C, SUBJ))
    put('046-emily-form-acknowledgement.eml', render(hs, leaf(body, cte='base64')), 'case_created', C, [], True, 'en')

    # 047 confirmation request, three profiles, avoids the word "merge"
    dt = t(2025, 7, 15, 16, 41, 22)
    s = ses_sender(dt)
    b47 = ('Hi Emily,\n\n'
           'Thanks for reaching out. I found three certification profiles that belong to you:\n\n'
           '• AWS23381907 – emily.chen@berkeley.edu (2019)\n'
           '• AWS23994015 – emily.chen.sf@icloud.com (2021, created at the test center, no exams)\n'
           '• AWS31007642 – emily.chen.sf@icloud.com (2023)\n\n'
           'I\'d suggest we fold the first two into AWS31007642, since that\'s the profile you\'ve been using most '
           'recently and it holds your active Solutions Architect – Professional certification. Everything from the '
           'other two (exam history, certifications, benefits) would carry over, and those two profiles would be '
           'closed for good.\n\n'
           'Just reply with a quick "yes" if that works for you and I\'ll get it started. Heads-up: this can\'t be '
           'undone once it\'s processed.\n\n'
           'Cheers,\nTomás\nAWS Training and Certification\n')
    root = multi('alternative', leaf(b47), leaf(html_wrap(p2html(b47)), 'html'))
    hs = trace_icloud(U, dt, s) + sender_headers(s, dt, frm, U, subjR)
    put('047-emily-three-profiles-confirm-request.eml', render(hs, root), 'merge_confirmation_requested', C, [A1, A2, KEEP], True, 'en')
    s47 = s

    # 048 SENT from iPhone: yes + unrelated benefit question
    dt = t(2025, 7, 15, 10, 2, 48, zone=PT)
    new = ('Yes, please go ahead!\n\n'
           'Quick question - I have a 50% off voucher from recertifying, it was issued on the Berkeley profile. '
           'Will that carry over too?\n\nThanks,\nEmily\n\nSent from my iPhone\n')
    plain = new + '\n> On Jul 15, 2025, at 9:41 AM, Amazon Web Services <%s> wrote:\n>\n' % AWS_FORM + gt(b47) + '\n'
    hs, root = apple_sent(dt, '%s <%s>' % (UN, U), 'Amazon Web Services <%s>' % AWS_FORM, 'Re: ' + subjR, plain,
                          s47['msgid'], s47['msgid'], iphone=True)
    put('048-emily-sent-yes-from-iphone.eml', render(hs, root), 'unrelated', C, [], None, 'en')

    # 049 completed, answers voucher question
    dt = t(2025, 7, 17, 20, 5, 13)
    s = ses_sender(dt)
    b49 = ('Hi Emily,\n\n'
           'All done! Your three profiles are now one: AWS31007642. AWS23381907 and AWS23994015 have been closed, '
           'and their history shows up on your remaining profile.\n\n'
           'And yes, the 50% discount benefit came across as well - you\'ll find it under Benefits in the '
           'certification portal.\n\n'
           'Your Credly badges should update within a few days.\n\n'
           'Cheers,\nTomás\nAWS Training and Certification\n')
    root = multi('alternative', leaf(b49), leaf(html_wrap(p2html(b49)), 'html'))
    hs = trace_icloud(U, dt, s) + sender_headers(s, dt, frm, U, subjR)
    put('049-emily-all-done.eml', render(hs, root), 'merge_completed', C, [A1, A2, KEEP], True, 'en')
    s49 = s

    # 050 SENT (Apple Mail, Mac) two weeks later: badges missing -> reopens the case
    dt = t(2025, 7, 31, 8, 55, 2, zone=PT)
    new = ('Hi Tomás,\n\n'
           'Sorry to come back to this. Everything looks right in the certification portal, but my Credly badges '
           'never showed up. The SAA and Developer badges are still sitting on my old Credly profile under my '
           'Berkeley e-mail, and the profile for AWS31007642 only shows the SAP one.\n\n'
           'Could you help get them moved?\n\nThanks,\nEmily\n')
    plain = new + '\n> On Jul 17, 2025, at 1:05 PM, Amazon Web Services <%s> wrote:\n>\n' % AWS_FORM + gt(b49) + '\n'
    hs, root = apple_sent(dt, '%s <%s>' % (UN, U), 'Amazon Web Services <%s>' % AWS_FORM, 'Re: ' + subjR, plain,
                          s49['msgid'], '%s\n %s' % (s47['msgid'], s49['msgid']))
    put('050-emily-sent-badges-missing.eml', render(hs, root), 'unrelated', C, [KEEP], None, 'en')

    # 051 reopened: Credly request raised; "once the merge is complete on Credly's side"
    dt = t(2025, 8, 1, 17, 30, 40)
    s = ses_sender(dt)
    b51 = ('Hi Emily,\n\n'
           'No need to apologize - I\'ve reopened your case.\n\n'
           'The two badges were issued to a separate Credly profile that is tied to emily.chen@berkeley.edu, which is '
           'why they didn\'t follow the rest of your records. I\'ve asked our Credly team to move them to the Credly '
           'profile linked to AWS31007642. Once the merge is complete on Credly\'s side, you will receive an e-mail '
           'from Credly so you can accept them. This usually takes 5-7 business days.\n\n'
           'Please don\'t use Credly\'s own "merge accounts" option in the meantime, as it can interfere with the '
           'transfer.\n\n'
           'Cheers,\nTomás\nAWS Training and Certification\n')
    root = multi('alternative', leaf(b51), leaf(html_wrap(p2html(b51)), 'html'))
    hs = trace_icloud(U, dt, s) + sender_headers(s, dt, frm, U, subjR)
    put('051-emily-reopened-credly-transfer-requested.eml', render(hs, root), 'support_reply', C, [KEEP], True, 'en')

    # 052 Credly self-service account merge code (NOT the AWS merge)
    dt = t(2025, 8, 2, 4, 12, 9)
    s = credly_sender(dt)
    code = '604218'
    b52 = ('Hi Emily,\n\n'
           'We received a request to merge the Credly account emily.chen@berkeley.edu into your account.\n\n'
           'Your verification code is: %s\n\n'
           'Or click the button below to finish:\nComplete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n'
           'This code expires in 30 minutes. If you did not request this, you can ignore this e-mail.\n\n'
           'The Credly Team\n' % (code, rhex(40)))
    root = multi('alternative', leaf(b52, charset='us-ascii', cte='7bit'), leaf(html_wrap(p2html(b52), 'Credly'), 'html'))
    hs = trace_icloud(U, dt, s) + sender_headers(s, dt, '"Credly" <admin@credly.com>', U, 'Confirm your Credly account merge')
    put('052-emily-credly-self-service-merge-code.eml', render(hs, root), 'unrelated', None, [], True, 'en')

    # 053 Credly: badges transferred after the AWS-side request
    dt = t(2025, 8, 7, 14, 44, 31)
    s = credly_sender(dt)
    b53 = ('Hi Emily,\n\n'
           'Amazon Web Services Training and Certification has issued you 2 badges:\n\n'
           '  - AWS Certified Solutions Architect – Associate\n'
           '  - AWS Certified Developer – Associate\n\n'
           'These badges were transferred from another Credly profile at the request of the issuer. '
           'Accept them to add them to your profile and share them with your network.\n\n'
           'Accept your badges: https://www.credly.com/earner/earned?pending=%s\n\n'
           'Credly, Inc. | 1 Bryant Park, Suite 39-100 | New York, NY 10036\n' % rhex(24))
    root = multi('alternative', leaf(b53), leaf(html_wrap(p2html(b53), 'Credly'), 'html'))
    hs = trace_icloud(U, dt, s) + sender_headers(s, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', U,
                                                 'You have 2 new badges from Amazon Web Services Training and Certification')
    put('053-emily-credly-badges-transferred.eml', render(hs, root), 'credly_badge_issued', None, [], True, 'en')

# ======================================================================
# CASE 8  Thomas Müller - on-prem Exchange (mostly no Authentication-Results) - console - 11 digit (2022)
#         three accounts, duplicate case, support chases a silent user
# ======================================================================
def trace_onprem(to, dt, s, ar=None):
    d = lambda k: fmt(dt + DT.timedelta(seconds=k), CET)
    hs = [
        ('Received', 'from EX02.kraemer.local (10.20.1.12) by EX01.kraemer.local (10.20.1.11) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2375.24; %s' % d(3)),
        ('Received', 'from mx1.kraemer-logistik.de (10.20.0.5) by EX02.kraemer.local\n (10.20.1.12) with Microsoft SMTP Server id 15.1.2375.24 via Frontend\n Transport; %s' % d(2)),
    ]
    if ar:
        hs.append(('Authentication-Results', ar))
    hs += [
        ('Received', 'from %s (%s [%s])\n\tby mx1.kraemer-logistik.de (Postfix) with ESMTPS id 4L%s\n\tfor <%s>; %s'
         % (s['host'], s['host'], s['ip'], ralnum(10, True), to, d(1))),
        ('X-Virus-Scanned', 'amavisd-new at kraemer-logistik.de'),
        ('X-Spam-Flag', 'NO'),
        ('X-Spam-Score', '-1.912'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-AuthSource', 'EX02.kraemer.local'),
    ]
    return hs


def case8():
    U = 't.mueller@kraemer-logistik.de'
    A1, A2, KEEP = 'AWS70012894', 'AWS70488213', 'AWS71930056'
    P, Q = '10152378841', '10168820471'
    CSUBJ = 'Merge of AWS certification accounts'
    frm = '"Amazon Web Services" <%s>' % AWS_NOREPLY
    sig = 'Best regards,\n\nKatarzyna W.\nAmazon Web Services'

    # 054 console ack with echoed correspondence
    dt = t(2022, 6, 13, 7, 10, 19)
    s = ses_sender(dt)
    body = ('Dear Customer,\n\n'
            'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
            'The details of your case are as follows:\n\n'
            'Case ID: %s\nSubject: %s\nSeverity: General guidance\n'
            'Correspondence: Hello, over the years I created three certification accounts by mistake: '
            'AWS 70012894, AWS-70488213 and aws71930056. I would like to have only one account, the last one. '
            'Thank you and best regards, Thomas Müller\n\n'
            'We will respond to your case as soon as possible. You can view your case at '
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
            'Sincerely,\nAmazon Web Services\n' % (P, P, CSUBJ, P))
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_onprem(U, dt, s) + sender_headers(s, dt, frm, U, 'Amazon Web Services: You have opened a new Support case: %s' % P)
    put('054-thomas-console-case-opened.eml', render(hs, root, '\r\n'), 'case_created', P, [A1, A2, KEEP], None, 'en')

    # 055 duplicate case Q resolved, pointing to P
    dt = t(2022, 6, 15, 12, 33, 50)
    s = ses_sender(dt)
    txt = ('Hello Thomas,\n\n'
           'Thank you for contacting AWS Support.\n\n'
           'I notice this case is a duplicate of case %s, which our Certification team is already working on. I am '
           'marking this case as resolved so that we keep all the information in one place - nothing is lost, and '
           'your request keeps its place in the queue. Please follow up on case %s if you have any questions.'
           % (P, P))
    body = console_reply(txt, sig, Q)
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_onprem(U, dt, s) + sender_headers(s, dt, frm, U, 'RE:[CASE %s] Certification accounts - still no answer' % Q)
    put('055-thomas-duplicate-case-resolved.eml', render(hs, root, '\r\n'), 'support_reply', Q, [], None, 'en')

    # 056 confirmation request on P (this one passed the new gateway with Authentication-Results)
    dt = t(2022, 6, 16, 9, 2, 7)
    s = ses_sender(dt)
    txt = ('Hello Thomas,\n\n'
           'Thank you for your patience. I have checked the three accounts with the Certification team. This is the '
           'proposed result:\n\n'
           'Remaining account: AWS71930056 (t.mueller@kraemer-logistik.de)\n'
           'Accounts to be merged into it and then closed: AWS70012894, AWS70488213\n\n'
           'Please note that the merged accounts cannot be restored afterwards. Can you confirm on the case that '
           'this is what you would like us to do?')
    body = console_reply(txt, sig, P)
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    ar = ('mx1.kraemer-logistik.de;\n\tdkim=pass (2048-bit key; unprotected) header.d=amazon.com header.i=@amazon.com header.b="%s";\n'
          '\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b="%s";\n'
          '\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com' % (rb64(8), rb64(8)))
    hs = trace_onprem(U, dt, s, ar=ar) + sender_headers(s, dt, frm, U, 'RE:[CASE %s] %s' % (P, CSUBJ))
    put('056-thomas-confirm-request-three-accounts.eml', render(hs, root, '\r\n'), 'merge_confirmation_requested', P,
        [A1, A2, KEEP], True, 'en')

    # 057 week of silence -> support chases ("New correspondence added" notice with text inline)
    dt = t(2022, 6, 23, 14, 0, 45)
    s = ses_sender(dt)
    body = ('Dear Customer,\n\n'
            'New correspondence has been added to your case %s.\n\n'
            '-------------------------------------------------\n'
            'Hello Thomas,\n\n'
            'I am following up on my message of June 16. We have not yet received your confirmation, so the request '
            'is on hold. Please reply on the case and let us know whether we may go ahead. If we do not hear from '
            'you within 7 days, the case will be resolved automatically, and you can reopen it at any time.\n\n'
            'Best regards,\nKatarzyna W.\nAmazon Web Services\n'
            '-------------------------------------------------\n\n'
            'To view the case or reply, go to: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            'Sincerely,\nAmazon Web Services\n' % (P, P))
    root = leaf(body, charset='utf-8', cte='quoted-printable')
    hs = trace_onprem(U, dt, s) + sender_headers(s, dt, frm, U, '[Case %s] New correspondence added' % P)
    put('057-thomas-chaser-new-correspondence.eml', render(hs, root, '\r\n'), 'support_reply', P, [], None, 'en')

    # 058 completed
    dt = t(2022, 6, 28, 10, 18, 36)
    s = ses_sender(dt)
    txt = ('Hello Thomas,\n\n'
           'Thank you for confirming, and no worries about the delay.\n\n'
           'The Certification team has now merged your accounts. AWS71930056 is your only active account and shows '
           'all certifications from the two older accounts. Please sign out and sign in again to the certification '
           'portal if the old information is still displayed.')
    body = console_reply(txt, sig, P)
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_onprem(U, dt, s) + sender_headers(s, dt, frm, U, 'RE:[CASE %s] %s' % (P, CSUBJ))
    put('058-thomas-merge-completed.eml', render(hs, root, '\r\n'), 'merge_completed', P, [KEEP], None, 'en')

    # 059 another AWS support case of the same user: quota increase (look-alike)
    dt = t(2022, 7, 4, 8, 45, 1)
    s = ses_sender(dt)
    txt = ('Hello,\n\n'
           'Thank you for your request. We have approved and processed your service quota increase for '
           '"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in the EU (Frankfurt) region. '
           'Your new quota is 256 vCPUs. It can take up to 30 minutes for the new quota to become effective.')
    body = console_reply(txt, 'Best regards,\n\nService Quotas Team\nAmazon Web Services', '10266839141')
    root = multi('alternative', leaf(body), leaf(html_wrap(p2html(body)), 'html'))
    hs = trace_onprem(U, dt, s) + sender_headers(s, dt, frm, U, 'RE:[CASE 10266839141] Limit Increase: EC2 Instances')
    put('059-thomas-other-case-quota-increase.eml', render(hs, root, '\r\n'), 'unrelated', '10266839141', [], None, 'en')


# ======================================================================
# 060  spoofed amazon.com "merge completed" with dmarc=fail at Gmail, forged pass header lower down
# ======================================================================
def phish_dmarc_fail():
    U = 'priya.raman.dev@gmail.com'
    dt = t(2025, 5, 17, 3, 26, 40)
    fake = '174742198800125'
    s = {'ip': '45.133.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'host': 'vps-%d.hostnet-cloud.top' % R.randint(1000, 9999),
         'mailfrom': 'bounce@mailer-svc7.top', 'msgid': '<%s.%d@amazon.com>' % (ralnum(16), R.randint(1000, 9999)),
         'dkims': [('mailer-svc7.top', 'mail')], 'from_dom': 'amazon.com', 'spf_dom': 'mailer-svc7.top', 'policy': 'QUARANTINE'}
    ar = ('mx.google.com;\n       dkim=pass header.i=@mailer-svc7.top header.s=mail header.b=%s;\n'
          '       spf=pass (google.com: domain of bounce@mailer-svc7.top designates %s as permitted sender) smtp.mailfrom=bounce@mailer-svc7.top;\n'
          '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % (rb64(8), s['ip']))
    body = ('Hello,\n\n'
            'Your AWS Certification account merge has been completed (Case ID: %s).\n\n'
            'To keep your certifications and badges active on the merged account, you must re-validate your candidate '
            'profile within 48 hours. Profiles that are not validated will be suspended.\n\n'
            'Validate now: https://aws-certmerge-validate.co/login?c=%s\n\n'
            'Sincerely,\nAWS Training and Certification\n' % (fake, fake))
    root = multi('alternative', leaf(body, cte='base64'), leaf(html_wrap(p2html(body)), 'html', cte='base64'))
    hs = trace_gmail(U, dt, s, ar=ar)
    hs += [('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com')]
    hs += sender_headers(s, dt, '"Amazon Web Services" <%s>' % AWS_NOREPLY, U,
                         'RE:[CASE %s] Your account merge is complete - action required' % fake)
    put('060-priya-spoofed-merge-complete-dmarc-fail.eml', render(hs, root), 'merge_completed', fake, [], False, 'en')


case1()
case2()
case3()
case4()
case5()
case6()
case7()
case8()
phish_dmarc_fail()

# ---------------------------------------------------------------- output
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
print('wrote', len(LABELS), 'mails')
