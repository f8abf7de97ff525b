#!/usr/bin/env python3
"""Generate blind test set 175: whole AWS Certification account-merge cases.

Run: python3 make_set.py   (writes NNN-*.eml and labels.json next to this file)
"""
import base64, datetime as dt, hashlib, json, os, quopri, random, re
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy
from io import BytesIO
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(175)
UTC = dt.timezone.utc
PT = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')
CET = ZoneInfo('Europe/Berlin')

MAILS = []   # (filename, bytes, label)

# ----------------------------------------------------------------- helpers
def T(s, tz=UTC):
    """'2025-03-10 14:22:07' in UTC -> aware datetime converted to tz."""
    d = dt.datetime.fromisoformat(s).replace(tzinfo=UTC)
    return d.astimezone(tz)

def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rnd.choice(a) for _ in range(n))

def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    dom = 'email.amazonses.com' if not region else f'{region}.amazonses.com'
    return (f'<0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}'
            f'-000000@{dom}>')

def ses_bounce(d):
    return ses_msgid(d)[1:-1]

def rfc(d):
    return format_datetime(d)

def fold_b(prefix, s, width=70):
    out, line = [], prefix
    for i in range(0, len(s), width):
        out.append(s[i:i + width])
    return prefix + '\n\t '.join(out)

def dkim(d, domain, sel, headers='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    t = int(d.timestamp())
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            f'\ts={sel}; d={domain}; t={t};\n'
            f'\th={headers};\n'
            f'\tbh={rb64(43)}=;\n'
            + fold_b('\tb=', rb64(342)) + '\n')

AMZ_SEL = 'rjs6jdhagrh6n2nfesr62rbtzfx6bx7e'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_IPS = ['54.240.8.30', '54.240.8.61', '54.240.48.88', '54.240.11.122', '23.251.234.8']

def amazon_dkim(d):
    return dkim(d, 'amazon.com', AMZ_SEL) + dkim(d, 'amazonses.com', SES_SEL,
        'Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID')

def ses_extra(d, region='us-east-1'):
    ip = rnd.choice(SES_IPS)
    return (f'Feedback-ID: ::1.{region}.{rb64(43)}=:AmazonSES\n'
            f'X-SES-Outgoing: {d.strftime("%Y.%m.%d")}-{ip}\n')

def gmail_trace(to, d, mailfrom, ip, host, auth, dkim_block='', extra=''):
    """auth: text after 'mx.google.com;' (already with \n\t continuation)."""
    r = d + dt.timedelta(seconds=rnd.randint(2, 40))
    rp = r.astimezone(PT)
    return (f'Delivered-To: {to}\n'
            f'Received: by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rb64(12)};\n'
            f'        {rfc(rp)} ({rp.tzname()})\n'
            f'X-Google-Smtp-Source: AGHT+I{rb64(80)}\n'
            f'X-Received: by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {rhex(4)}-{rhex(8)}.{rnd.randint(10,99)}.{rnd.randint(1000,9999)}1;\n'
            f'        {rfc(rp)} ({rp.tzname()})\n'
            f'ARC-Seal: i=1; a=rsa-sha256; t={int(r.timestamp())}; cv=none;\n'
            f'        d=google.com; s=arc-20240605;\n'
            + fold_b('        b=', rb64(340)).replace('\n\t ', '\n         ') + '\n'
            f'ARC-Authentication-Results: i=1; mx.google.com;{auth}\n'
            f'Return-Path: <{mailfrom}>\n'
            f'Received: from {host} ({host}. [{ip}])\n'
            f'        by mx.google.com with ESMTPS id {rhex(4)}-{rhex(8)}.{rnd.randint(100,999)}.2025.{rnd.randint(10,99)}.{rnd.randint(1000,9999)}\n'
            f'        for <{to}>\n'
            f'        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
            f'        {rfc(rp)} ({rp.tzname()})\n'
            f'Received-SPF: pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};\n'
            f'Authentication-Results: mx.google.com;{auth}\n'
            + dkim_block + extra)

def gmail_auth_amazon(mailfrom, ip, dmarc='pass'):
    return (f'\n       dkim=pass header.i=@amazon.com header.s={AMZ_SEL} header.b={rb64(8)};\n'
            f'       dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={rb64(8)};\n'
            f'       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n'
            f'       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')

def amazon_gmail(to, d):
    """Full trace block for genuine amazon.com SES mail arriving at Gmail."""
    mf = ses_bounce(d)
    ip = rnd.choice(SES_IPS)
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com'
    return gmail_trace(to, d, mf, ip, host, gmail_auth_amazon(mf, ip),
                       amazon_dkim(d), ses_extra(d))

def outlook_trace(to, d, mailfrom, ip, host, auth_line, dkim_block='', extra=''):
    r = d + dt.timedelta(seconds=rnd.randint(2, 40))
    s = (f'Received: from {rnd.choice(["DM6PR","SN7PR","CH3PR","BN8PR"])}{rnd.randint(10,19)}MB{rnd.randint(1000,9999)}.namprd{rnd.randint(10,19)}.prod.outlook.com\n'
         f' (2603:10b6:{rhex(3)}:{rhex(3)}::{rnd.randint(10,99)}) by {rnd.choice(["PH0PR","MW4PR","IA1PR"])}{rnd.randint(10,19)}MB{rnd.randint(1000,9999)}.namprd{rnd.randint(10,19)}.prod.outlook.com with\n'
         f' HTTPS; {rfc(r)}\n'
         f'Received: from {host} ({ip}) by\n'
         f' {rnd.choice(["BN2PEPF","CO1PEPF","SN1PEPF"])}0000{rnd.randint(1000,9999)}.mail.protection.outlook.com (10.167.243.{rnd.randint(2,250)}) with Microsoft SMTP\n'
         f' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(7000,8999)}.{rnd.randint(10,99)} via Frontend\n'
         f' Transport; {rfc(r)}\n'
         f'Authentication-Results: {auth_line}\n'
         f'Received-SPF: Pass (protection.outlook.com: domain of {mailfrom.split("@")[1]}\n'
         f' designates {ip} as permitted sender) receiver=protection.outlook.com;\n'
         f' client-ip={ip}; helo={host}; pr=C\n'
         + dkim_block + extra
         + f'X-MS-Exchange-Organization-AuthSource: {rnd.choice(["BN2PEPF","CO1PEPF"])}0000{rnd.randint(1000,9999)}.namprd04.prod.outlook.com\n'
         f'X-MS-Exchange-Organization-AuthAs: Anonymous\n'
         f'X-MS-Exchange-Organization-SCL: 1\n'
         f'Return-Path: {mailfrom}\n')
    return s

def amazon_outlook(d):
    mf = ses_bounce(d)
    ip = rnd.choice(SES_IPS)
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com'
    auth = (f'spf=pass (sender IP is {ip})\n smtp.mailfrom=email.amazonses.com; dkim=pass (signature was verified)\n'
            f' header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n'
            f' header.from=amazon.com;compauth=pass reason=100')
    return outlook_trace('', d, mf, ip, host, auth, amazon_dkim(d), ses_extra(d))

def jp_trace(authserv, rcpt_host, to, d, mailfrom, ip, host, auth, dkim_block='', extra=''):
    r = (d + dt.timedelta(seconds=rnd.randint(2, 40))).astimezone(JST)
    return (f'Return-Path: <{mailfrom}>\n'
            f'Delivered-To: {to}\n'
            f'Received: from {rcpt_host} (localhost [127.0.0.1])\n'
            f'\tby {rcpt_host} with ESMTP id {rb64(12)}\n'
            f'\tfor <{to}>; {rfc(r)} (JST)\n'
            f'Authentication-Results: {authserv};{auth}\n'
            f'Received: from {host} ({host} [{ip}])\n'
            f'\tby {rcpt_host} with ESMTPS id {rhex(10).upper()}\n'
            f'\tfor <{to}>; {rfc(r)} (JST)\n'
            + dkim_block + extra)

def amazon_jp(authserv, rcpt_host, to, d, style='std'):
    mf = ses_bounce(d)
    ip = rnd.choice(SES_IPS)
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com'
    if style == 'std':
        auth = (f' spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.i=@amazon.com header.s={AMZ_SEL};\n'
                f'\tdkim=pass header.i=@amazonses.com;\n\tdmarc=pass (policy=quarantine) header.from=amazon.com')
    else:
        auth = (f'\n\tspf=pass (sender IP is {ip}) smtp.mailfrom=email.amazonses.com;\n'
                f'\tdkim=pass header.d=amazon.com header.s={AMZ_SEL};\n\tdmarc=pass header.from=amazon.com')
    return jp_trace(authserv, rcpt_host, to, d, mf, ip, host, auth, amazon_dkim(d), ses_extra(d))

def icloud_trace(to, d, mailfrom, ip, host, auth, dkim_block='', extra=''):
    r = d + dt.timedelta(seconds=rnd.randint(2, 40))
    return (f'Return-Path: <{mailfrom}>\n'
            f'Received: from {host} ([{ip}])\n'
            f'\tby p00-icloudmta-asmtp-us-west-1a-60-percent-{rnd.randint(1,12)} (Oracle Communications Messaging Server 8.1.0.1.20200619 64bit (built Jun 19 2020))\n'
            f'\twith ESMTPS id <0QDG00{rb64(10).upper()}@p00-icloudmta-asmtp-us-west-1a-60-percent-3>\n'
            f'\tfor {to}; {rfc(r)}\n'
            f'Authentication-Results: {auth}\n'
            + dkim_block + extra)

def credly_gmail(to, d, domain='credly.com'):
    mf = f'bounces+{rnd.randint(1000000,9999999)}-{rhex(4)}-{to.replace("@","=")}@em.{domain}'
    ip = f'149.72.{rnd.randint(1,254)}.{rnd.randint(1,254)}'
    host = f'o{rnd.randint(1,30)}.ptr{rnd.randint(1000,9999)}.em.{domain}'
    auth = (f'\n       dkim=pass header.i=@{domain} header.s=s1 header.b={rb64(8)};\n'
            f'       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={rb64(8)};\n'
            f'       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom="{mf}";\n'
            f'       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={domain}')
    blk = dkim(d, domain, 's1', 'from:mime-version:subject:content-type:to:cc:content-type:from:subject:to')
    return gmail_trace(to, d, mf, ip, host, auth, blk)

# --------------------------------------------------------- MIME building
CTE_NAME = {'qp': 'quoted-printable', 'b64': 'base64', '7bit': '7bit', '8bit': '8bit'}

def tp(text, sub='plain', cs='utf-8', cte='qp', enc=None, fmt=None):
    """One text part. cs = label written, enc = codec really used."""
    enc = enc or cs
    if not text.endswith('\n'):
        text += '\n'
    data = text.encode(enc)
    p = MIMENonMultipart('text', sub, charset=cs)
    if fmt:
        p.set_param('format', fmt)
    del p['MIME-Version']
    if cte == 'qp':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == 'b64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = CTE_NAME[cte]
    return p

def alt(*parts):
    m = MIMEMultipart('alternative', boundary=f'----=_Part_{rnd.randint(100000,999999)}_{rnd.randint(10**8,10**9)}.{rnd.randint(10**12,10**13)}')
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def hdr(s, cs='utf-8', enc='b'):
    if all(ord(c) < 128 for c in s):
        return s
    if cs == 'utf-8' and enc == 'q':
        c = Charset('utf-8'); c.header_encoding = QP
        return Header(s, c, header_name='Subject')
    return Header(s, cs, header_name='Subject')

def addr(name, a, cs='utf-8'):
    if not name:
        return a
    return formataddr((name, a), charset=cs)

def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<title>{title}</title>\n</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            + inner + '\n</body>\n</html>\n')

def p2html(text):
    """Plain paragraphs -> simple HTML."""
    import html as H
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>' + H.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)

def quote(text, prefix='> '):
    out = []
    for line in text.rstrip('\n').split('\n'):
        out.append(prefix.rstrip() if line == '' else prefix + line)
    return '\n'.join(out) + '\n'

def make(fname, label, body, headers, trace=''):
    """body: MIME part (message root). headers: list of (name, value)."""
    # reorder: our headers first, then MIME headers
    mime = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in mime:
        if k.lower() != 'mime-version':
            body[k] = v
    bio = BytesIO()
    g = BytesGenerator(bio, mangle_from_=False, maxheaderlen=78,
                       policy=policy.compat32.clone(linesep='\n'))
    g.flatten(body)
    out = bio.getvalue()
    # keep long Message-ID / References / In-Reply-To on one line, as clients do
    out = re.sub(rb'(?m)^(Message-I[Dd]|References|In-Reply-To): \n (<)', rb'\1: \2', out)
    raw = trace.encode('ascii') + out
    MAILS.append((fname, raw, label))

def L(kind, case_id, accts, sv, lang):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accts)),
            'sender_verified': sv, 'language': lang}

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

def aws_headers(frm, to, subj, d, extra=()):
    return [('From', frm), ('To', to), ('Subject', subj), ('Date', rfc(d)),
            ('Message-ID', ses_msgid(d))] + list(extra)

def user_headers(frm, to, subj, d, msgid_dom, extra=()):
    return [('From', frm), ('To', to), ('Subject', subj), ('Date', rfc(d)),
            ('Message-ID', f'<{rb64(20).replace("/","_").replace("+","-")}@{msgid_dom}>')] + list(extra)

# ================================================================= CASES
# ---------------------------------------------------------------- case 1
# English, web form desk, 15-digit id, Gmail recipient, agent Priya R.
def case1():
    to = 'daniel.reyes.dev@gmail.com'
    TO = addr('Daniel Reyes', to)
    cid = '174161652730418'          # opened 2025-03-10 14:22:07 UTC
    subj = f'[CASE {cid}] {FORM_SUBJ}'
    re_subj = f'RE:[CASE {cid}] {FORM_SUBJ}'
    frm = addr(AWSNAME, FORM)
    keep, old = 'AWS04418273', 'AWS09927314'

    d = T('2025-03-10 14:22:19')
    txt = f"""Hello Daniel Reyes,

Thank you for contacting AWS Training and Certification. This is an automated
message to confirm that we have received your request.

Case ID: {cid}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {keep}

A member of our Customer Support team will review your request and respond,
in most cases within 24 hours (Monday - Friday). If you have more information
to add, reply to this email and keep the case ID in the subject line.

Please do not submit another form for the same request; opening a second
case can delay our response.

Regards,
AWS Training and Certification Customer Support

This message was sent from a notification-only address for new cases.
"""
    html = html_wrap(p2html(txt), 'We received your request')
    make('001-form-ack-daniel.eml', L('case_created', cid, [keep], True, 'en'),
         alt(tp(txt, cte='qp'), tp(html, 'html', cte='qp')),
         aws_headers(frm, TO, subj, d), amazon_gmail(to, d))

    d = T('2025-03-11 16:05:41')
    mid2 = ses_msgid(d)
    txt2 = f"""Hello Daniel,

Greetings from AWS Training and Certification!

Thank you for reaching out to us with regards to merging your certification
accounts. I have reviewed both the accounts and please find below the details:

Account 1 (will remain active)
Candidate ID: {keep}
Name: Daniel Reyes
Email: {to}
Certifications: AWS Certified Solutions Architect - Associate

Account 2 (will be merged into Account 1 and deactivated)
Candidate ID: {old}
Name: Daniel A Reyes
Email: d.reyes@oldcorp.com
Certifications: AWS Certified Cloud Practitioner, AWS Certified Developer - Associate

Kindly note that once the accounts are merged, this action cannot be reversed.
All certification history, exam history and benefits from Account 2 will be
moved to Account 1, and going forward you will sign in with {to}.

Request you to please reply to this email confirming that the above details
are correct so that we can proceed further.

Thanks and regards,
Priya R.
AWS Training and Certification Customer Support

To contact us again about this case, reply to this email. Please keep the case
number in the subject line.
Case ID: {cid}
"""
    html2 = html_wrap(p2html(txt2), re_subj)
    hd = aws_headers(frm, TO, re_subj, d)
    hd[4] = ('Message-ID', mid2)
    make('002-form-confirm-request-daniel.eml',
         L('merge_confirmation_requested', cid, [keep, old], True, 'en'),
         alt(tp(txt2, cte='qp'), tp(html2, 'html', cte='qp')), hd, amazon_gmail(to, d))

    # 003: Daniel's reply, copy from Gmail's Sent folder (no trace headers)
    d3 = T('2025-03-11 17:40:12', PT)
    attr = ("On Tue, Mar 11, 2025 at 9:05\u202fAM Amazon Web Services <\n"
            f"{FORM}> wrote:\n")
    new = """Hi Priya,

The details are correct. Please proceed with the merge.

Thanks!
Daniel
"""
    txt3 = new + '\n' + attr + '\n' + quote(txt2)
    import html as H
    html3 = ('<div dir="ltr">Hi Priya,<div><br></div><div>The details are correct. Please proceed with the merge.</div>'
             '<div><br></div><div>Thanks!</div><div>Daniel</div></div><br><div class="gmail_quote gmail_quote_container">'
             '<div dir="ltr" class="gmail_attr">On Tue, Mar 11, 2025 at 9:05\u202fAM Amazon Web Services &lt;<a href="mailto:'
             f'{FORM}">{FORM}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + p2html(txt2) + '</blockquote></div>\n')
    make('003-sent-daniel-confirms.eml', L('unrelated', cid, [], None, 'en'),
         alt(tp(txt3, cte='qp'), tp(html3, 'html', cte='qp')),
         user_headers(TO, frm, 'Re: ' + re_subj, d3, 'mail.gmail.com',
                      [('In-Reply-To', mid2), ('References', mid2)]))

    d = T('2025-03-12 05:02:33')
    txt4 = f"""Hello Daniel,

Thank you for your confirmation.

I have now forwarded your request to our internal team for merging {old}
into {keep}. The process generally gets completed within 3 to 5 business
days and you will receive an update from us on this same case once it is done.

In the meantime, kindly do not schedule any exam or make changes to the
profile of either account.

Thanks and regards,
Priya R.
AWS Training and Certification Customer Support

Case ID: {cid}
"""
    make('004-form-proceeding-daniel.eml', L('support_reply', cid, [keep, old], True, 'en'),
         alt(tp(txt4, cte='qp'), tp(html_wrap(p2html(txt4)), 'html', cte='qp')),
         aws_headers(frm, TO, re_subj, d), amazon_gmail(to, d))

    d = T('2025-03-14 10:47:05')
    txt5 = f"""Hello Daniel,

Hope you are doing well.

This is to inform you that your two certification profiles have now been
combined. All your certifications (Cloud Practitioner, Developer - Associate
and Solutions Architect - Associate) are showing under candidate ID {keep},
and the profile {old} is no longer active.

Please sign in to your AWS Certification Account with {to} to
verify. Your digital badges will be moved to the Credly account linked with
this email within 2-3 business days; Credly will email you to accept them.

If everything looks fine, no further action is needed from your side.

Thanks and regards,
Priya R.
AWS Training and Certification Customer Support

Case ID: {cid}
"""
    make('005-form-done-daniel.eml', L('merge_completed', cid, [keep, old], True, 'en'),
         alt(tp(txt5, cte='b64'), tp(html_wrap(p2html(txt5)), 'html', cte='b64')),
         aws_headers(frm, TO, re_subj, d), amazon_gmail(to, d))

    d = T('2025-03-14 10:48:30')
    q = f'https://amazonwebservices.qualtrics.com/jfe/form/SV_3kTcQ0xVn8yX1Pw?caseId={cid}&agent=priyar'
    html6 = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="90"></td></tr>
<tr><td style="padding:24px">
<h2 style="font-size:20px;margin:0 0 12px 0">Your case has been resolved</h2>
<p>Hello,</p>
<p>We are following up on case <b>{cid}</b> ({FORM_SUBJ}). Our records show that your inquiry has been answered, so we have closed the case.
If you still need help with this issue, reply to this email within 14 days and the case will be reopened.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="{q}&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="{q}&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Priya?</p>
<p><a href="{q}&amp;r=1">1</a> &middot; <a href="{q}&amp;r=2">2</a> &middot; <a href="{q}&amp;r=3">3</a> &middot; <a href="{q}&amp;r=4">4</a> &middot; <a href="{q}&amp;r=5">5</a></p>
<p>Thank you for helping us improve.<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</td></tr>
</table>""", 'Your case has been resolved')
    make('006-form-survey-daniel.eml', L('survey', cid, [], True, 'en'),
         tp(html6, 'html', cte='qp'),
         aws_headers(frm, TO, f'Case {cid} resolved - how did we do?', d), amazon_gmail(to, d))

    d = T('2025-03-17 15:20:44')
    badge = 'AWS Certified Developer \u2013 Associate'
    url = f'https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}?source=email-accept'
    txt7 = f"""Daniel, Amazon Web Services Training and Certification has issued you a new badge!

{badge}

Accept your badge: {url}

Share your achievement and let your network know about your new skills. Once
accepted, your badge can be added to your LinkedIn profile, email signature
and more.

Questions? Visit https://support.credly.com

Credly, a Pearson company | 13351 Pearson Rd, Denver CO
Unsubscribe from these emails: https://www.credly.com/notification_settings
"""
    html7 = html_wrap(f"""<div style="max-width:560px;margin:0 auto;text-align:center">
<img src="https://images.credly.com/images/credly-logo.png" width="110" alt="Credly">
<h1 style="font-size:22px">Daniel, you've been issued a badge by Amazon Web Services Training and Certification</h1>
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="170" alt="{badge}">
<p style="font-size:18px"><b>{badge}</b></p>
<p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, a Pearson company &middot; <a href="https://www.credly.com/notification_settings">Email preferences</a></p>
</div>""", 'Accept your badge')
    make('007-credly-badge-daniel.eml', L('credly_badge_issued', None, [], True, 'en'),
         alt(tp(txt7, cte='qp'), tp(html7, 'html', cte='qp')),
         [('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
          ('Reply-To', 'no-reply@credly.com'), ('To', to),
          ('Subject', hdr(f'Daniel, accept your {badge} badge', 'utf-8', 'q')), ('Date', rfc(d)),
          ('Message-ID', f'<{rhex(24)}_{rnd.randint(10**9,10**10)}@credly.com>')],
         credly_gmail(to, d))

case1()

# ---------------------------------------------------------------- case 2
# Japanese, console support case, 15-digit id, @nifty recipient, agent 中村.
CONSOLE_FOOT_JA = """
サポートセンターでこのケースを表示するには、次のリンクをクリックしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

このメールアドレスは返信を受け付けていません。ケースへの返信はサポートセンターから行ってください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""
def case2():
    to = 'misaki.yamamoto@nifty.com'
    TO = to
    cid = '174822371560927'          # opened 2025-05-26 01:41:55 UTC
    frm = addr(AWSNAME, NOREPLY)
    keep, old = 'AWS12093847', 'AWS55102938'
    work = 'm.yamamoto@kitahama-systems.co.jp'
    casesubj = '認定アカウントの統合について'
    jp = lambda d: amazon_jp('mx.nifty.com', 'mx.nifty.com', to, d)
    foot = CONSOLE_FOOT_JA.format(cid=cid)

    d = T('2025-05-26 01:42:03')
    txt = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様の問題に対応するため、ケース {cid} をオープンしました。

ケース ID: {cid}
件名: {casesubj}
重要度: 一般的なガイダンス
ケースの内容:
AWS認定のアカウントが2つあります（{keep} と {old}）。
以前の勤務先で受験したときに別のメールアドレスで登録してしまいました。
一つにまとめていただけますでしょうか。

このケースの確認、更新、または解決済みとしてのマークは、サポートセンターから行えます。
よろしくお願いいたします。

Amazon Web Services
{foot}"""
    make('008-console-opened-yamamoto-ja.eml', L('case_created', cid, [keep, old], True, 'ja'),
         alt(tp(txt, cte='b64'), tp(html_wrap(p2html(txt)), 'html', cte='b64')),
         aws_headers(frm, TO, hdr(f'Amazon Web Services: 新しいサポートケースをオープンしました: {cid}'), d), jp(d))

    d = T('2025-05-26 08:30:47')
    agent1 = f"""山本 様

AWS サポートの中村でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お知らせいただいた 2 つの認定アカウントを確認いたしました。

・{keep}（{to}）
・{old}（{work}）

統合後にどちらのアカウントを存続させるかにつきまして、ご希望をお伺いできますでしょうか。
なお、存続しない側のアカウントのサインイン用メールアドレスは、統合後にはご利用いただけなくなります。

お手数ですが、サポートセンターより本ケースにご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。

中村
Amazon Web Services
"""
    txt = f"ケース {cid} に新しい対応内容が追加されました。\n\n件名: {casesubj}\n\n" + agent1 + foot + \
          "\nこの対応の評価をお願いします:\nhttps://console.aws.amazon.com/support/feedback?displayId=" + cid + "&language=ja\n"
    make('009-console-which-account-yamamoto-ja.eml', L('support_reply', cid, [keep, old], True, 'ja'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(frm, TO, f'[Case {cid}] New correspondence added', d), jp(d))

    d = T('2025-05-27 02:15:09')
    user1 = f"""中村様

ご連絡ありがとうございます。
個人のメールアドレスのほう（{keep}）を残していただきたいです。
なお、最初の問い合わせで AWS55102983 と書いたかもしれませんが、正しくは {old} です。
よろしくお願いします。

山本"""
    new = f"""山本 様

AWS サポートの中村でございます。ご返信いただきありがとうございます。

ご指定の内容に基づき、以下のとおりアカウントを統合させていただく予定です。

  統合元（統合後に無効化されます）: {old} / {work}
  統合先（存続するアカウント）    : {keep} / {to}

統合を実施いたしますと、元に戻すことはできませんのでご注意ください。
認定資格、受験履歴、特典（次回受験 50% 割引バウチャー等）はすべて統合先のアカウントへ移行されます。

上記の内容でお間違いがなければ、本ケースにて「上記内容で進めてください」とご返信いただけますでしょうか。
ご確認いただけ次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

中村
Amazon Web Services
"""
    hist = ("\n---------- これまでのやり取り ----------\n\n"
            "2025-05-26 22:48:13 JST　お客様からの返信:\n" + quote(user1) +
            "\n2025-05-26 17:30:47 JST　Amazon Web Services:\n" + quote(agent1))
    txt = f"ケース {cid} に新しい対応内容が追加されました。\n\n件名: {casesubj}\n\n" + new + hist + foot
    make('010-console-confirm-request-yamamoto-ja.eml',
         L('merge_confirmation_requested', cid, [keep, old], True, 'ja'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(frm, TO, f'[Case {cid}] New correspondence added', d), jp(d))

    d = T('2025-05-28 06:40:26')
    txt = f"""山本 様

AWS サポートの中村でございます。
ご確認のご返信をいただき、誠にありがとうございました。

ご依頼いただいておりました 2 つの認定アカウントを 1 つにまとめる作業が、本日完了いたしましたのでご報告いたします。
今後は {keep}（{to}）にてサインインいただけます。旧アカウント {old} の認定資格と受験履歴も、こちらに表示されております。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

中村
Amazon Web Services
{foot}"""
    make('011-console-done-yamamoto-ja.eml', L('merge_completed', cid, [keep, old], True, 'ja'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(frm, TO, hdr(f'RE:[CASE {cid}] {casesubj}'), d), jp(d))

    d = T('2025-06-01 06:41:02')
    fb = f'https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja'
    html = html_wrap(f"""<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#232f3e;padding:14px;color:#fff;font-size:18px">Amazon Web Services</td></tr>
<tr><td style="padding:20px">
<p>お客様</p>
<p>サポートケース <b>{cid}</b>（件名: {casesubj}）は、最後の対応から一定期間お客様からのご返信がなかったため、解決済みとしてクローズされました。</p>
<p>問題が解決していない場合は、サポートセンターからケースを再開いただけます。</p>
<p><b>今回のサポートにご満足いただけましたか？</b></p>
<p><a href="{fb}&amp;rating=5">とても満足</a> | <a href="{fb}&amp;rating=4">満足</a> | <a href="{fb}&amp;rating=3">どちらともいえない</a> | <a href="{fb}&amp;rating=2">不満</a> | <a href="{fb}&amp;rating=1">とても不満</a></p>
<p>アンケートへのご協力をお願いいたします。</p>
<p>Amazon Web Services</p>
</td></tr></table>""", 'ケースは解決済みです')
    make('012-console-closed-survey-yamamoto-ja.eml', L('survey', cid, [], True, 'ja'),
         tp(html, 'html', cte='b64'),
         aws_headers(frm, TO, hdr(f'Amazon Web Services: サポートケース {cid} は解決済みになりました'), d), jp(d))

case2()

# ---------------------------------------------------------------- case 3
# English, form desk, 11-digit id (2022), Outlook.com recipient, agent Marcus,
# a chaser, user's Outlook reply, completion that also closes the case.
def outlook_sent_headers(frm, to, subj, d, thread_topic, cc=None):
    h = [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', subj),
          ('Thread-Topic', thread_topic),
          ('Thread-Index', 'A' + rb64(31) + '='),
          ('Date', rfc(d)),
          ('Message-ID', f'<AM0PR07MB{rnd.randint(1000,9999)}{rb64(10).upper().replace("/","A").replace("+","B")}@AM0PR07MB{rnd.randint(1000,9999)}.eurprd07.prod.outlook.com>'),
          ('Accept-Language', 'de-DE, en-US'),
          ('Content-Language', 'de-DE'),
          ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', '')]
    return h

def case3():
    to = 't.becker@outlook.com'
    TO = addr('Thomas Becker', to)
    cid = '11026583941'
    frm = addr(AWSNAME, FORM)
    subj = f'[CASE {cid}] {FORM_SUBJ}'
    re_subj = f'RE:[CASE {cid}] {FORM_SUBJ}'
    keep, old = 'AWS30018842', 'AWS30652291'
    oldmail = 'tbecker@stud.th-nordheim.de'

    d = T('2022-09-12 08:03:20')
    txt = f"""Dear Customer,

We have received your request and case {cid} has been opened on your behalf.

Candidate ID provided: {keep}
Topic: Certification - Account Merge

Please allow up to one business day for a response from our support team. If
you need to add anything to your request, simply reply to this email without
changing the subject line.

Sincerely,
AWS Training and Certification
"""
    make('013-form-ack-becker.eml', L('case_created', cid, [keep], True, 'en'),
         tp(txt, cte='qp', cs='us-ascii'),
         aws_headers(frm, TO, subj, d), amazon_outlook(d))

    d = T('2022-09-13 15:10:52')
    txt14 = f"""Hi Thomas,

Thanks for getting in touch, and sorry for the trouble with your accounts.

I searched our records using the details on your form and found two
certification accounts that look like they both belong to you:

 - {keep}
 - AWS-30652291

Before I can go any further I need you to confirm a couple of things for me:

1. The email address you use to sign in to each of these accounts.
2. Which of the two you would like to keep going forward.

Just reply to this email with those details and I'll pick it up from there.

Cheers,
Marcus
AWS Training and Certification Support
"""
    make('014-form-ask-logins-becker.eml', L('support_reply', cid, [keep, old], True, 'en'),
         alt(tp(txt14, cte='qp'), tp(html_wrap(p2html(txt14)), 'html', cte='qp')),
         aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

    d = T('2022-09-19 14:00:03')
    new15 = """Hi Thomas,

I'm following up on my previous email (below), as we haven't heard back from
you yet. We still need the sign-in email for each account and which one you
want to keep before anything can be changed.

If we don't hear from you within the next 5 business days this case will be
closed automatically. No worries if that happens - you can reopen it at any
time just by replying to this email.

Cheers,
Marcus
AWS Training and Certification Support
"""
    txt15 = (new15 + '\n-----Original Message-----\n'
             f'From: Amazon Web Services <{FORM}>\nSent: Tuesday, September 13, 2022 3:10 PM\n'
             f'To: {to}\nSubject: {re_subj}\n\n' + txt14)
    make('015-form-chaser-becker.eml', L('support_reply', cid, [], True, 'en'),
         alt(tp(txt15, cte='qp'), tp(html_wrap(p2html(txt15)), 'html', cte='qp')),
         aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

    d16 = T('2022-09-19 17:22:40', CET)
    new16 = f"""Hello Marcus,

sorry for the late answer, I was on holiday.

{keep} - login {to} - this one I want to keep
{old} - login {oldmail} - I have no access to this mailbox anymore since I finished my studies

Best regards
Thomas Becker
"""
    outhdr = (f'________________________________\nFrom: Amazon Web Services <{FORM}>\n'
              'Sent: Monday, September 19, 2022 16:00\n'
              f'To: {to} <{to}>\nSubject: {re_subj}\n\n')
    txt16 = new16 + '\n' + outhdr + txt15
    import html as H
    html16 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
              '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
              '<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
              + p2html(new16) + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              f'<b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> Monday, September 19, 2022 16:00<br>'
              f'<b>To:</b> {to} &lt;{to}&gt;<br><b>Subject:</b> {H.escape(re_subj)}</font><div>&nbsp;</div></div>'
              '<div>' + p2html(txt15) + '</div></body></html>\n')
    make('016-sent-becker-outlook-reply.eml', L('unrelated', cid, [keep, old], None, 'en'),
         alt(tp(txt16, cs='iso-8859-1', cte='qp'), tp(html16, 'html', cs='iso-8859-1', cte='qp')),
         outlook_sent_headers(TO, addr(AWSNAME, FORM), re_subj.replace('RE:', 'RE: RE:', 1), d16,
                              re_subj))

    d = T('2022-09-20 09:45:31')
    txt17 = f"""Hi Thomas,

Thanks \u2013 that\u2019s everything I needed, and I hope you had a good holiday!

Here\u2019s what I\u2019m going to do, once you give me the go-ahead:

  \u2022 {old} ({oldmail}) will be folded into {keep} ({to})
  \u2022 {keep} stays as your one and only certification account
  \u2022 all exams, certifications and benefits from {old} move across

Please be aware this can\u2019t be reversed afterwards. If that all looks right,
just reply \u201cI confirm\u201d and I\u2019ll get it done. If anything needs to
change, tell me what and I\u2019ll update the plan.

Cheers,
Marcus
AWS Training and Certification Support
"""
    # label says iso-8859-1 but the bytes are UTF-8 (wrong charset label)
    make('017-form-confirm-request-becker-wrongcharset.eml',
         L('merge_confirmation_requested', cid, [keep, old], True, 'en'),
         tp(txt17, cs='iso-8859-1', enc='utf-8', cte='8bit'),
         aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

    d = T('2022-09-22 16:20:14')
    userconf = f"""Hello Marcus,

I confirm. Please merge {old} into {keep}.

Thank you
Thomas Becker
"""
    txt18 = f"""Hi Thomas,

Good news \u2013 it\u2019s all done. Everything from your old student account now
sits under {keep}, and you can keep signing in with {to}.
Your Credly badges should catch up within a few days.

Since that wraps up your request, I\u2019m going to resolve this case now. You
may get a short survey about my support \u2013 any feedback is appreciated.

All the best with your next exam!

Cheers,
Marcus
AWS Training and Certification Support

-----Original Message-----
From: Thomas Becker <{to}>
Sent: Wednesday, September 21, 2022 7:12 AM
To: Amazon Web Services <{FORM}>
Subject: RE: {re_subj}

""" + userconf
    make('018-form-done-and-closing-becker.eml', L('merge_completed', cid, [keep], True, 'en'),
         alt(tp(txt18, cte='qp'), tp(html_wrap(p2html(txt18)), 'html', cte='qp')),
         aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

case3()

# ---------------------------------------------------------------- case 4
# Japanese, form desk, 15-digit id, Yahoo! JAPAN recipient, agent 佐藤;
# user replies from iPhone; case re-opened because Credly badges did not move.
def iphone_headers(frm, to, subj, d, irt=None):
    h = [('From', frm), ('Content-Type', None), ('Mime-Version', '1.0 (1.0)'),
         ('Subject', subj), ('Date', rfc(d)),
         ('Message-Id', f'<{rhex(8).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(12).upper()}@yahoo.co.jp>')]
    if irt:
        h += [('References', irt), ('In-Reply-To', irt)]
    h += [('To', to), ('X-Mailer', 'iPhone Mail (22C152)')]
    return [x for x in h if x[1] is not None and x[0] != 'Mime-Version']

def credly_jp(authserv, rcpt_host, to, d):
    mf = f'bounces+{rnd.randint(1000000,9999999)}-{rhex(4)}-{to.replace("@","=")}@em.credly.com'
    ip = f'149.72.{rnd.randint(1,254)}.{rnd.randint(1,254)}'
    host = f'o{rnd.randint(1,30)}.ptr{rnd.randint(1000,9999)}.em.credly.com'
    auth = (f' spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.i=@credly.com header.s=s1;\n'
            f'\tdmarc=pass (policy=none) header.from=credly.com')
    return jp_trace(authserv, rcpt_host, to, d, mf, ip, host, auth,
                    dkim(d, 'credly.com', 's1', 'from:mime-version:subject:content-type:to'))

def case4():
    to = 'ken_sasaki88@yahoo.co.jp'
    TO = addr('佐々木 健', to, 'iso-2022-jp')
    cid = '173734276081254'         # opened 2025-01-20 03:12:40 UTC
    frm = addr(AWSNAME, FORM)
    subj = f'[CASE {cid}] {FORM_SUBJ}'
    re_subj = f'RE:[CASE {cid}] {FORM_SUBJ}'
    keep, old = 'AWS71820456', 'AWS07731290'
    oldmail = 'sasaki.ken@tohoku-densan.co.jp'
    yj = lambda d: amazon_jp('mta.yahoo.co.jp', 'mx.mail.yahoo.co.jp', to, d, style='ms')
    sig = '佐藤\nAWS トレーニングと認定 カスタマーサポート\n'

    d = T('2025-01-20 03:12:55')
    txt = f"""佐々木 健 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: {cid}
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: {keep}

担当者より、通常 24 時間以内（土日祝日を除く）にご連絡いたします。
追加の情報がございましたら、件名を変更せずにこのメールにご返信ください。
同じ内容で新たにお問い合わせをいただきますと、回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
"""
    make('020-form-ack-sasaki-sjis.eml', L('case_created', cid, [keep], True, 'ja'),
         tp(txt, cs='shift_jis', cte='b64'),
         aws_headers(frm, TO, subj, d), yj(d))

    d = T('2025-01-21 00:35:18')
    mid21 = ses_msgid(d)
    txt21 = f"""佐々木 健 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の佐藤でございます。

アカウント統合のご依頼につきまして、以下の 2 つのアカウントを確認いたしました。

【存続するアカウント】
受験者 ID：{keep}
メールアドレス：{to}

【統合後に閉鎖されるアカウント】
受験者 ID：{old}
メールアドレス：{oldmail}

統合後は、閉鎖されるアカウントの認定資格・受験履歴・特典がすべて存続するアカウントに移行されます。
一度統合いたしますと元に戻すことはできかねますので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信のうえ、統合へのご同意をお知らせいただけますでしょうか。
（英語でのご返信でも問題ございません。）

何卒よろしくお願い申し上げます。

""" + sig
    hd = aws_headers(frm, TO, re_subj, d); hd[4] = ('Message-ID', mid21)
    make('021-form-confirm-request-sasaki-jis.eml',
         L('merge_confirmation_requested', cid, [keep, old], True, 'ja'),
         tp(txt21, cs='iso-2022-jp', cte='7bit'), hd, yj(d))

    d22 = T('2025-01-21 11:02:37', JST)
    txt22 = ("Hello Sato-san,\n\nThe details are correct. Please proceed with the merge.\n\n"
             "Ken Sasaki\n\niPhoneから送信\n\n"
             f"> 2025/01/21 9:35、Amazon Web Services <{FORM}>のメール:\n> \n" + quote('\ufeff' + txt21))
    make('022-sent-sasaki-iphone-confirms.eml', L('unrelated', cid, [], None, 'en'),
         tp(txt22, cte='qp'),
         iphone_headers(TO, addr(AWSNAME, FORM), 'Re: ' + re_subj, d22, mid21))

    d = T('2025-01-23 05:10:44')
    txt23 = f"""佐々木 健 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の佐藤でございます。

ご同意のご連絡をいただき、ありがとうございました。
{old} の認定資格および受験履歴を {keep} へ移行し、アカウントを一本化いたしましたのでご報告いたします。
今後は {to} にてサインインしてください。

特典（50% 割引バウチャー等）も {keep} でご確認いただけます。

本件につきましては、これにてクローズとさせていただきます。

""" + sig
    mid23 = ses_msgid(d)
    hd = aws_headers(frm, TO, re_subj, d); hd[4] = ('Message-ID', mid23)
    make('023-form-done-sasaki-jis.eml', L('merge_completed', cid, [keep, old], True, 'ja'),
         tp(txt23, cs='iso-2022-jp', cte='7bit'), hd, yj(d))

    d = T('2025-01-23 05:11:30')
    q = f'https://amazonwebservices.qualtrics.com/jfe/form/SV_9ZdT4kqJp0mLrCe?Q_Language=JA&caseId={cid}'
    html = html_wrap(f"""<div style="max-width:600px;margin:0 auto">
<p>佐々木 健 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございました。<br>
お問い合わせ（ケース ID: {cid}）は解決済みとしてクローズいたしました。</p>
<p><b>お問い合わせの問題は解決しましたか？</b></p>
<p><a href="{q}&amp;resolved=1">はい</a>　／　<a href="{q}&amp;resolved=0">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください（所要時間 1 分）。<br>
<a href="{q}&amp;csat=5">★★★★★</a> <a href="{q}&amp;csat=4">★★★★</a> <a href="{q}&amp;csat=3">★★★</a> <a href="{q}&amp;csat=2">★★</a> <a href="{q}&amp;csat=1">★</a></p>
<p>いただいたご意見は、サービス向上のために活用させていただきます。</p>
<p>AWS トレーニングと認定</p></div>""", 'アンケートのお願い')
    make('024-form-survey-sasaki-ja.eml', L('survey', cid, [], True, 'ja'),
         tp(html, 'html', cte='b64'),
         aws_headers(frm, TO, hdr('【AWS トレーニングと認定】アンケートご協力のお願い', 'iso-2022-jp'), d), yj(d))

    d25 = T('2025-01-27 12:48:05', JST)
    new25 = f"""佐藤様

お世話になっております。佐々木です。
先日は統合していただき、ありがとうございました。

認定の一覧は {keep} のほうで確認できたのですが、Credly のバッジが旧アカウント側（{oldmail} で登録）に残ったままで、新しいほうに移っていないようです。
お手数ですが、ご確認いただけますでしょうか。

佐々木 健

iPhoneから送信
"""
    txt25 = new25 + f"\n> 2025/01/23 14:10、Amazon Web Services <{FORM}>のメール:\n> \n" + quote('\ufeff' + txt23)
    make('025-sent-sasaki-badges-missing.eml', L('unrelated', cid, [keep], None, 'ja'),
         tp(txt25, cte='b64'),
         iphone_headers(TO, addr(AWSNAME, FORM), 'Re: ' + re_subj, d25, mid23))

    d = T('2025-01-28 02:20:59')
    txt26 = f"""佐々木 健 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の佐藤でございます。

ご連絡いただき、ありがとうございます。また、ご不便をおかけしており申し訳ございません。
本ケースを再オープンし、Credly バッジの移行につきまして担当部署へ依頼いたしました。

今後の流れは以下のとおりです。
① 担当部署にて、旧アカウントに紐づくバッジを {keep} に紐づけ直します。
② 完了後、Credly より {to} 宛てにバッジ受け取りのご案内メールが届きます。

通常 3～5 営業日ほどお時間をいただいております。
進捗がございましたら、改めてご連絡いたします。

""" + sig
    # labelled Shift_JIS, but encoded as cp932 (①, ～ are not in JIS X 0208)
    make('026-form-reopened-sasaki-cp932.eml', L('support_reply', cid, [keep], True, 'ja'),
         tp(txt26, cs='Shift_JIS', enc='cp932', cte='b64'),
         aws_headers(frm, TO, re_subj, d), yj(d))

    d = T('2025-01-31 19:03:12')
    badge = 'AWS Certified Solutions Architect \u2013 Associate'
    url = f'https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}'
    txt27 = f"""Congratulations, Ken!

Amazon Web Services Training and Certification has issued you the badge
{badge}.

Claim your badge and share it with your professional network:
{url}

Badges are verified digital credentials. When you accept, your badge will be
displayed on your Credly profile.

Credly | 13351 Pearson Rd, Denver CO
"""
    html27 = html_wrap(f"""<div style="text-align:center;max-width:560px;margin:0 auto">
<h2>Congratulations, Ken!</h2><p>Amazon Web Services Training and Certification has issued you a badge.</p>
<p><b>{badge}</b></p><p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company</p></div>""")
    make('027-credly-badge-sasaki.eml', L('credly_badge_issued', None, [], True, 'en'),
         alt(tp(txt27, cte='qp'), tp(html27, 'html', cte='qp')),
         [('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
          ('To', to), ('Subject', hdr(f'Congratulations, Ken! You earned the {badge} badge', 'utf-8', 'q')),
          ('Date', rfc(d)), ('Message-ID', f'<{rhex(24)}_{rnd.randint(10**9,10**10)}@credly.com>')],
         credly_jp('mta.yahoo.co.jp', 'mx.mail.yahoo.co.jp', to, d))

case4()

# ---------------------------------------------------------------- case 5
# English, form desk, 10-digit id (2020), iCloud recipient, Apple Mail reply,
# agent Kenji (non-native English), badge via Acclaim (Credly's old name).
def icloud_amazon(to, d):
    mf = ses_bounce(d)
    ip = rnd.choice(SES_IPS)
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com'
    auth = ('dmarc.icloud.com; dmarc=pass header.from=amazon.com\n'
            f'Authentication-Results: dkim-verifier.icloud.com; dkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b={rb64(8)}; '
            f'dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={rb64(8)}\n'
            f'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}')
    return icloud_trace(to, d, mf, ip, host, auth, amazon_dkim(d), ses_extra(d))

def icloud_acclaim(to, d):
    mf = f'bounces+{rnd.randint(1000000,9999999)}-{rhex(4)}-{to.replace("@","=")}@sendgrid.youracclaim.com'
    ip = f'167.89.{rnd.randint(1,254)}.{rnd.randint(1,254)}'
    host = f'o{rnd.randint(1,9)}.sendgrid.youracclaim.com'
    auth = ('dmarc.icloud.com; dmarc=pass header.from=youracclaim.com\n'
            f'Authentication-Results: dkim-verifier.icloud.com; dkim=pass (2048-bit key) header.d=youracclaim.com header.i=@youracclaim.com header.b={rb64(8)}\n'
            f'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}')
    return icloud_trace(to, d, mf, ip, host, auth, dkim(d, 'youracclaim.com', 's1', 'from:mime-version:subject:to'))

def case5():
    to = 'grace.liu@icloud.com'
    TO = addr('Grace Liu', to)
    cid = '7194830265'
    frm = addr(AWSNAME, FORM)
    subj = f'[CASE {cid}] {FORM_SUBJ}'
    re_subj = f'RE:[CASE {cid}] {FORM_SUBJ}'
    keep, old = 'AWS01267734', 'AWS00483915'
    oldmail = 'grace.liu@brightwave-analytics.com'

    d = T('2020-07-13 16:40:30')
    html = html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="border-top:4px solid #ff9900">
<tr><td style="padding:20px 10px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification Customer Support. We have received your inquiry and assigned it the following case number:</p>
<p style="font-size:18px"><strong>Case #{cid}</strong></p>
<p>Our team typically responds within 1 business day. When replying, please keep the case number in the subject line so your message is added to the same case.</p>
<p>While you wait, you may find an answer in our <a href="https://aws.amazon.com/certification/faqs/">Certification FAQ</a>.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr></table></td></tr></table>""", 'Case received')
    make('028-form-ack-grace-2020.eml', L('case_created', cid, [], True, 'en'),
         tp(html, 'html', cte='qp'),
         aws_headers(frm, TO, subj, d), icloud_amazon(to, d))

    d = T('2020-07-15 02:12:07')
    mid29 = ses_msgid(d)
    txt29 = f"""Dear Grace,

Thank you for your contacting AWS Training and Certification. My name is Kenji
and I will support your inquiry.

I confirmed that you have 2 certification accounts as below.

- {keep} : {to} (Primary / this account will be remained)
- {old} : {oldmail} (Secondary / this account will be merged into the primary and closed)

Please note that after merging, we can not separate the accounts again. Also
the login email of the secondary account will be unable to use.

Could you please reply to this email to confirm the above is correct? After
your confirmation, we will proceed the merging.

Best Regards,
Kenji W.
AWS Training and Certification Customer Service
"""
    hd = aws_headers(frm, TO, re_subj, d); hd[4] = ('Message-ID', mid29)
    make('029-form-confirm-request-grace-2020.eml',
         L('merge_confirmation_requested', cid, [keep, old], True, 'en'),
         alt(tp(txt29, cte='qp'), tp(html_wrap(p2html(txt29)), 'html', cte='qp')), hd,
         icloud_amazon(to, d))

    d30 = T('2020-07-15 16:14:51', PT)
    new30 = f"""Hi Kenji,

Yes, that's correct - please go ahead and keep {keep} (my personal one).
Thank you for your help!

Grace
"""
    txt30 = (new30 + '\n> On Jul 14, 2020, at 7:12 PM, Amazon Web Services <' + FORM + '> wrote:\n> \n'
             + quote(txt29))
    html30 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>'
              '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
              + p2html(new30).replace('<p>', '<div class="">').replace('</p>', '</div><div class=""><br class=""></div>')
              + '<div><br class=""><blockquote type="cite" class=""><div class="">On Jul 14, 2020, at 7:12 PM, Amazon Web Services &lt;'
              f'<a href="mailto:{FORM}" class="">{FORM}</a>&gt; wrote:</div><br class="Apple-interchange-newline">'
              '<div class="">' + p2html(txt29) + '</div></blockquote></div><br class=""></body></html>\n')
    make('030-sent-grace-applemail-confirms.eml', L('unrelated', cid, [keep], None, 'en'),
         alt(tp(txt30, cs='us-ascii', cte='7bit'), tp(html30, 'html', cs='us-ascii', cte='qp')),
         [('From', TO), ('Subject', 'Re: ' + re_subj), ('Date', rfc(d30)),
          ('Message-Id', f'<{rhex(8).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(12).upper()}@icloud.com>'),
          ('References', mid29), ('In-Reply-To', mid29), ('To', addr(AWSNAME, FORM)),
          ('X-Mailer', 'Apple Mail (2.3608.80.23.2.2)')])

    d = T('2020-07-17 03:30:19')
    txt31 = f"""Dear Grace,

Thank you for your kind confirmation.

I am pleased to inform you that the merging of your accounts was finished
successfully. Now all of your certifications and exam history are in {keep},
and you can sign in with {to} as usual. The account {old} is
closed.

Your digital badges in Acclaim will be also transferred in few days.

If you have any other question, please feel free to contact us anytime.

Best Regards,
Kenji W.
AWS Training and Certification Customer Service
"""
    make('031-form-done-grace-2020.eml', L('merge_completed', cid, [keep, old], True, 'en'),
         alt(tp(txt31, cte='qp'), tp(html_wrap(p2html(txt31)), 'html', cte='qp')),
         aws_headers(frm, TO, re_subj, d), icloud_amazon(to, d))

    d = T('2020-07-20 14:02:45')
    badge = 'AWS Certified Cloud Practitioner'
    url = f'https://www.youracclaim.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}'
    html32 = html_wrap(f"""<table width="600" align="center"><tr><td style="text-align:center">
<img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="120">
<h2>Grace, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>{badge}</b> badge.</p>
<p><a href="{url}" style="background:#1a8dce;color:#ffffff;padding:10px 26px;text-decoration:none">Accept Badge</a></p>
<p>Accept your badge to share it on LinkedIn, Twitter and Facebook, and to let employers verify your skills.</p>
<p style="font-size:11px;color:#999">Acclaim by Credly &middot; 1 Whitehall St, New York, NY</p>
</td></tr></table>""", 'You earned a badge')
    make('032-acclaim-badge-grace-2020.eml', L('credly_badge_issued', None, [], True, 'en'),
         tp(html32, 'html', cte='qp'),
         [('From', addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com')),
          ('To', to), ('Subject', f'Grace, accept your {badge} badge from Amazon Web Services Training and Certification'),
          ('Date', rfc(d)), ('Message-ID', f'<{rhex(24)}@youracclaim.com>')],
         icloud_acclaim(to, d))

case5()

# ---------------------------------------------------------------- case 6
# Japanese, console support case, 11-digit id (2022), outlook.jp recipient,
# agent 鈴木; "thank you for confirming, we will proceed" boundary.
def case6():
    to = 'sho.tanaka@outlook.jp'
    TO = to
    cid = '11184502736'
    frm = addr(AWSNAME, NOREPLY)
    casesubj = 'AWS認定アカウントの統合'
    keep, old = 'AWS62290148', 'AWS62391507'
    oldmail = 'tanaka.sho@minato-logi.co.jp'
    foot = CONSOLE_FOOT_JA.format(cid=cid)
    re_subj = hdr(f'RE:[CASE {cid}] {casesubj}', 'iso-2022-jp')
    sig = '\n鈴木\nAmazon Web Services\n'
    J = lambda t: tp(t, cs='iso-2022-jp', cte='7bit')

    d = T('2022-10-03 05:20:09')
    txt = f"""Amazon Web Services をご利用いただきありがとうございます。

お客様の問題に対応するため、ケース {cid} をオープンしました。

ケース ID: {cid}
件名: {casesubj}
重要度: 低
説明:
認定アカウントが二重になっています。aws62290148 を残して、aws62391507 を統合してほしいです。
（後者は前職の会社のメールアドレスで登録したものです）

よろしくお願いいたします。
Amazon Web Services
{foot}"""
    make('033-console-opened-tanaka-ja.eml', L('case_created', cid, [keep, old], True, 'ja'),
         J(txt), aws_headers(frm, TO, f'Amazon Web Services: You have opened a new Support case: {cid}', d),
         amazon_outlook(d))

    d = T('2022-10-04 01:10:33')
    txt = f"""田中 翔 様

AWS サポートの鈴木と申します。
お問い合わせいただき、ありがとうございます。

統合のご依頼を進めるにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 各アカウントに登録されている通知用メールアドレス
2. 各アカウントに登録されている氏名（ローマ字表記）

なお、AWS-62391507 につきましては、ご記載の会社のメールアドレスでは登録が確認できませんでした。
別のアドレスで登録されている可能性がございますので、お心当たりのアドレスをお知らせください。

お手数をおかけいたしますが、よろしくお願いいたします。
{sig}{foot}"""
    make('034-console-ask-notification-email-tanaka-ja.eml', L('support_reply', cid, [old], True, 'ja'),
         J(txt), aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

    d = T('2022-10-05 06:00:48')
    user = f"""鈴木様

ご確認ありがとうございます。
1. {keep}: {to}
   {old}: {oldmail}（こちらは旧アドレスで登録したかもしれません）
2. 氏名はどちらも SHO TANAKA です。

よろしくお願いします。
田中"""
    txt = f"""田中 翔 様

AWS サポートの鈴木でございます。
情報をお知らせいただき、ありがとうございます。

ご提供いただいた情報をもとに確認いたしましたところ、以下の内容にて統合が可能です。

  統合元（閉鎖されるアカウント）: {old}（{oldmail}）
  統合先（残るアカウント）　　　: {keep}（{to}）

統合後は統合元のアカウントにはサインインできなくなり、この操作は取り消すことができません。
上記の内容にご同意いただける場合は、サポートセンターから本ケースに「同意します」とご返信ください。
{sig}
----- 以前のやり取り -----
2022/10/04 22:41 (お客様):
{quote(user)}{foot}"""
    make('035-console-confirm-request-tanaka-ja.eml',
         L('merge_confirmation_requested', cid, [keep, old], True, 'ja'),
         J(txt), aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

    d = T('2022-10-06 00:40:15')
    txt = f"""田中 翔 様

AWS サポートの鈴木でございます。
ご確認いただき、誠にありがとうございます。

ご同意を承りましたので、これより担当チームにて作業を進めてまいります。
作業の完了までは 2～3 営業日ほどかかる見込みです。
完了いたしましたら、改めて本ケースにてご連絡いたします。

それまでの間、新たな試験のご予約はお控えいただけますと幸いです。
{sig}{foot}"""
    make('036-console-proceeding-tanaka-ja.eml', L('support_reply', cid, [], True, 'ja'),
         tp(txt, cte='b64'), aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

    d = T('2022-10-07 08:25:50')
    txt = f"""田中 翔 様

AWS サポートの鈴木でございます。
大変お待たせいたしました。

{old} の認定資格および受験履歴を {keep} へ移し、統合の作業が完了いたしました。
今後は {to} にてサインインいただき、認定資格の一覧をご確認ください。
デジタルバッジ（Credly）の反映には数日かかる場合がございます。

ほかにご不明な点がございましたら、本ケースにてお知らせください。
{sig}{foot}"""
    make('037-console-done-tanaka-ja.eml', L('merge_completed', cid, [keep, old], True, 'ja'),
         J(txt), aws_headers(frm, TO, re_subj, d), amazon_outlook(d))

    d = T('2022-10-10 08:26:11')
    fb = f'https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja'
    txt = f"""お客様

サポートケース {cid}（{casesubj}）は解決済みとしてクローズされました。

今回のサポートはいかがでしたか？以下のリンクから評価をお願いいたします。
とても満足: {fb}&rating=5
満足: {fb}&rating=4
不満: {fb}&rating=2

ケースを再開する必要がある場合は、サポートセンターからケースを選択し、「ケースを再度開く」を選択してください。

Amazon Web Services
"""
    make('038-console-resolved-survey-tanaka-ja.eml', L('survey', cid, [], True, 'ja'),
         alt(J(txt), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(frm, TO, hdr(f'Amazon Web Services: ケース {cid} が解決されました', 'iso-2022-jp'), d),
         amazon_outlook(d))

case6()

# ---------------------------------------------------------------- case 7
# English, form desk, 15-digit ids, Gmail recipient using Thunderbird, agent
# Olena K. (non-native); user opened a duplicate case; "once the merge is
# complete" boundary; nested "> >" quoting.
def case7():
    to = 'a.nowak.pl@gmail.com'
    TO = addr('Aleksander Nowak', to)
    cidA = '175144746007735'        # opened 2025-07-02 09:11:00 UTC
    cidB = '175165380052210'        # opened 2025-07-04 18:30:00 UTC (duplicate)
    frm = addr(AWSNAME, FORM)
    keep, old = 'AWS48102375', 'AWS39920461'
    oldmail = 'aleksander.nowak@vistula-soft.pl'
    sig = '\nKind regards,\nOlena K.\nAWS Training and Certification | Customer Support\n'

    d = T('2025-07-02 09:11:12')
    txt = f"""Hello,

We've received your message and opened case {cidA} for you.

What happens next: a member of our support team will review your request and
get back to you, usually within 24 hours on business days. You can reply to
this email to add details - please leave the case number in the subject.

AWS Training and Certification Support

Please do not create another request for the same issue. Duplicate requests
are merged into the original case and may slow down our response.
"""
    make('039-form-ack-nowak-caseA.eml', L('case_created', cidA, [], True, 'en'),
         alt(tp(txt, cte='b64'), tp(html_wrap(p2html(txt)), 'html', cte='b64')),
         aws_headers(frm, TO, f'[CASE {cidA}] {FORM_SUBJ}', d), amazon_gmail(to, d))

    d = T('2025-07-04 18:30:14')
    txt = f"""Hello,

We've received your message and opened case {cidB} for you.

Submitted details
AWS candidate ID: AWS 48102375
Inquiry: Certification / Account Merge

What happens next: a member of our support team will review your request and
get back to you, usually within 24 hours on business days. You can reply to
this email to add details - please leave the case number in the subject.

AWS Training and Certification Support
"""
    make('040-form-ack-nowak-duplicate-caseB.eml', L('case_created', cidB, [keep], True, 'en'),
         alt(tp(txt, cte='b64'), tp(html_wrap(p2html(txt)), 'html', cte='b64')),
         aws_headers(frm, TO, f'[CASE {cidB}] {FORM_SUBJ}', d), amazon_gmail(to, d))

    d = T('2025-07-07 08:05:27')
    txt = f"""Hello Aleksander,

I see that you have opened case {cidB} for the same request as case
{cidA}, which is already assigned and in progress with our team.

To avoid confusion I will close this case {cidB} now, and we will continue
only in the original case {cidA}. You will receive an answer there today.

Kindly please do not open new cases for the same request, this can make the
answer slower because each case goes to the end of queue.
{sig}"""
    make('041-form-duplicate-notice-nowak-caseB.eml', L('support_reply', cidB, [], True, 'en'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(frm, TO, f'RE:[CASE {cidB}] {FORM_SUBJ}', d), amazon_gmail(to, d))

    d = T('2025-07-07 08:20:02')
    mid42 = ses_msgid(d)
    form = f"""I have two AWS certification accounts. The first is {keep} with
{to}, the second is {old} from my previous company
({oldmail}). I would like to have all certifications in the first one."""
    txt42 = f"""Hello Aleksander,

Thank you for your patience. I have checked your request (copied below).

Please review and confirm the following:

- Account which will stay: aws48102375 - {to}
- Account which will be merged into it and then deactivated: AWS39920461 - {oldmail}

After merge, all certifications, exam history and benefits will be under
AWS48102375. Please be aware this action is permanent, it cannot be undone.

If all is correct, please answer to this email with your confirmation.
{sig}
Your request from 2 July 2025:
{quote(form)}"""
    hd = aws_headers(frm, TO, f'RE:[CASE {cidA}] {FORM_SUBJ}', d); hd[4] = ('Message-ID', mid42)
    make('042-form-confirm-request-nowak-caseA.eml',
         L('merge_confirmation_requested', cidA, [keep, old], True, 'en'),
         alt(tp(txt42, cte='qp'), tp(html_wrap(p2html(txt42)), 'html', cte='qp')), hd,
         amazon_gmail(to, d))

    d43 = T('2025-07-07 09:03:38', CET)
    txt43 = ("Hello Olena,\n\nyes, this is correct. Please go ahead.\n"
             "Sorry for the second case - I did not get any answer for two days and was worried.\n\n"
             "Best regards,\nAleksander Nowak\n\n"
             "On 7/7/25 10:20, Amazon Web Services wrote:\n" + quote(txt42))
    make('043-sent-nowak-thunderbird-confirms.eml', L('unrelated', cidA, [], None, 'en'),
         tp(txt43, cte='8bit', fmt='flowed'),
         [('Message-ID', f'<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@gmail.com>'),
          ('Date', rfc(d43)), ('User-Agent', 'Mozilla Thunderbird'),
          ('Subject', f'Re: RE:[CASE {cidA}] {FORM_SUBJ}'),
          ('Content-Language', 'en-US'), ('To', addr(AWSNAME, FORM)),
          ('References', mid42), ('From', TO), ('In-Reply-To', mid42)])

    d = T('2025-07-08 13:40:55')
    txt = f"""Hello Aleksander,

Thank you for confirming, and no problem about the second case.

Your request is now with our back-office team. Once the merge is complete we
will send you a confirmation on this case, and after that you can sign in
with {to} to see all your certifications. Usually it takes 2-3
business days.

Meanwhile please do not register for a new exam with the old login.
{sig}"""
    make('044-form-status-nowak-once-complete.eml', L('support_reply', cidA, [], True, 'en'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(frm, TO, f'RE:[CASE {cidA}] {FORM_SUBJ}', d), amazon_gmail(to, d))

    d = T('2025-07-10 10:10:31')
    html = html_wrap(f"""<p>Dear Aleksander,</p>
<p>Good news: your request is fulfilled. The account <b>{old}</b> is no longer active, and everything that was in it
(certifications, exam history, benefits) is now part of <b>{keep}</b>.</p>
<p>You can check it by signing in at <a href="https://www.aws.training/certification">aws.training/certification</a> with {to}.
If something is missing, just reply to this email within 14 days.</p>
<p>Kind regards,<br>Olena K.<br>AWS Training and Certification | Customer Support</p>
<p style="font-size:11px;color:#777">Case ID: {cidA}</p>""")
    make('045-form-fulfilled-nowak-html.eml', L('merge_completed', cidA, [keep, old], True, 'en'),
         tp(html, 'html', cte='b64'),
         aws_headers(frm, TO, f'RE:[CASE {cidA}] {FORM_SUBJ}', d), amazon_gmail(to, d))

case7()

# ---------------------------------------------------------------- case 8
# Japanese, form desk, 15-digit id, Gmail (Japanese UI) recipient, agent 小林;
# three accounts into one; completion that also closes the case; Credly in ja.
def case8():
    to = 'yumi.takahashi.0815@gmail.com'
    TO = addr('高橋 由美', to)
    cid = '174830100044318'         # opened 2025-05-26 23:10:00 UTC
    frm = addr(AWSNAME, FORM)
    subj = f'[CASE {cid}] {FORM_SUBJ}'
    re_subj = f'RE:[CASE {cid}] {FORM_SUBJ}'
    keep, old1, old2 = 'AWS20574419', 'AWS13098862', 'AWS18820075'
    sig = '\n小林\nAWS トレーニングと認定 カスタマーサポート\n'

    d = T('2025-05-26 23:10:11')
    txt = f"""高橋 由美 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けました。担当者より順次ご連絡いたします。

ケース番号: {cid}
お問い合わせの種類: 認定 - アカウントの統合
受験者 ID: {keep}

※ このメールは送信専用アドレスからお送りしていますが、本メールへのご返信は担当者に届きます。
※ 件名のケース番号は変更しないでください。

AWS トレーニングと認定 カスタマーサポート
"""
    make('046-form-ack-takahashi-ja.eml', L('case_created', cid, [keep], True, 'ja'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(frm, TO, subj, d), amazon_gmail(to, d))

    d = T('2025-05-27 23:02:16')      # 2025年5月28日(水) 8:02 JST
    mid47 = ses_msgid(d)
    form = f"""AWS認定のアカウントが3つあります。{keep}（現在使用中）、{old1}（前職）、AWS18820057（大学時代）です。
すべて {keep} にまとめたいです。"""
    txt47 = f"""高橋 由美 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
お問い合わせいただき、誠にありがとうございます。

お客様のお名前で登録されているアカウントを確認しましたところ、以下の 3 件が見つかりました。
なお、大学時代のアカウントとしてご記載の ID は末尾 2 桁が入れ替わっていたようでしたので、下記 3 件目の ID にて確認しております。

  1. AWS {keep[3:]}（{to}）… 統合後も残るアカウント
  2. aws-{old1[3:]}（yumi.takahashi@sakura-denshi.co.jp）… 1 に統合
  3. {old2}（y-takahashi@st.kanto-tech.ac.jp）… 1 に統合

統合後、2 と 3 のアカウントは無効となり、認定資格・受験履歴・特典はすべて 1 に集約されます。
なお、一度統合したアカウントを元に戻すことはできませんので、ご留意ください。

上記の内容で進めてよろしいか、本メールへのご返信にてご確認をお願いいたします。
{sig}
-----Original Message-----
お問い合わせ内容:
{form}
"""
    hd = aws_headers(frm, TO, re_subj, d); hd[4] = ('Message-ID', mid47)
    make('047-form-confirm-request-three-accounts-takahashi-ja.eml',
         L('merge_confirmation_requested', cid, [keep, old1, old2], True, 'ja'),
         alt(tp(txt47, cte='b64'), tp(html_wrap(p2html(txt47)), 'html', cte='b64')), hd,
         amazon_gmail(to, d))

    d48 = T('2025-05-28 03:30:40', JST)
    new = """小林様

お世話になっております。高橋です。
ご確認いただきありがとうございます。記載の内容で問題ございません。
統合をお願いいたします。

高橋 由美
"""
    attr = f'2025年5月28日(水) 8:02 Amazon Web Services <{FORM}>:'
    txt48 = new + '\n' + attr + '\n\n' + quote(txt47)
    html48 = ('<div dir="ltr">' + p2html(new) + '</div><br><div class="gmail_quote gmail_quote_container">'
              f'<div dir="ltr" class="gmail_attr">2025年5月28日(水) 8:02 Amazon Web Services &lt;<a href="mailto:{FORM}">{FORM}</a>&gt;:<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + p2html(txt47) + '</blockquote></div>\n')
    make('048-sent-takahashi-gmail-ja-confirms.eml', L('unrelated', cid, [], None, 'ja'),
         alt(tp(txt48, cte='b64'), tp(html48, 'html', cte='qp')),
         user_headers(TO, addr(AWSNAME, FORM), 'Re: ' + re_subj, d48, 'mail.gmail.com',
                      [('In-Reply-To', mid47), ('References', mid47)]))

    d = T('2025-05-29 07:45:03')
    txt = f"""高橋 由美 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご返信いただき、ありがとうございました。

{old1} および {old2} の内容を {keep} に統合する作業が完了しましたのでお知らせいたします。
今後は {to} でサインインのうえ、認定資格が 1 つのアカウントにまとまっていることをご確認ください。

ご依頼の対応が完了いたしましたので、本ケースはこれにてクローズとさせていただきます。
後ほど、対応品質に関するアンケートをお送りすることがございます。ご協力いただけますと幸いです。
{sig}"""
    make('049-form-done-and-closing-takahashi-ja.eml',
         L('merge_completed', cid, [keep, old1, old2], True, 'ja'),
         tp(txt, cte='8bit'), aws_headers(frm, TO, re_subj, d), amazon_gmail(to, d))

    d = T('2025-06-02 01:15:37')
    badge = 'AWS Certified Data Engineer – Associate'
    url = f'https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}?source=email-accept&locale=ja'
    txt = f"""高橋 由美 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

{badge}

バッジを受け取る: {url}

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

Credly, a Pearson company
メール配信設定: https://www.credly.com/notification_settings
"""
    html = html_wrap(f"""<div style="max-width:560px;margin:0 auto;text-align:center">
<p>高橋 由美 さん</p><h2>新しいバッジが発行されました</h2>
<p>Amazon Web Services Training and Certification</p><p><b>{badge}</b></p>
<p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company</p></div>""")
    make('050-credly-badge-takahashi-ja.eml', L('credly_badge_issued', None, [], True, 'ja'),
         alt(tp(txt, cte='b64'), tp(html, 'html', cte='b64')),
         [('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
          ('To', to), ('Subject', hdr(f'高橋さん、バッジ「{badge}」を受け取ってください')),
          ('Date', rfc(d)), ('Message-ID', f'<{rhex(24)}_{rnd.randint(10**9,10**10)}@credly.com>')],
         credly_gmail(to, d))

case8()

# ---------------------------------------------------------------- case 9
# Japanese, form desk, 15-digit ids, BIGLOBE recipient, agent 森; the first
# case never got an answer (no notification address), user opened a new one.
def case9():
    to = 'dai-ito@kfa.biglobe.ne.jp'
    TO = addr('伊藤 大輔', to, 'iso-2022-jp')
    cid1 = '174347280010064'        # opened 2025-04-01 02:00:00 UTC
    cid2 = '174411000027781'        # opened 2025-04-08 11:00:00 UTC
    frm = addr(AWSNAME, FORM)
    keep, old = 'AWS88014236', 'AWS80917725'
    bg = lambda d: amazon_jp('biglobe.ne.jp', 'mx.biglobe.ne.jp', to, d)
    sig = '\n森\nAWS トレーニングと認定 サポートチーム\n'

    def ack(cid, d, extra):
        return f"""伊藤 大輔 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

■ケース ID：{cid}
■カテゴリ：認定 ＞ アカウントの統合
■受験者 ID：AWS-88014236
{extra}
担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同一内容のお問い合わせを重複して送信されますと、回答が遅れる場合がございますのでご注意ください。

※本メールは自動送信されています。

AWS トレーニングと認定
"""
    d = T('2025-04-01 02:00:12')
    make('051-form-ack-ito-first-case.eml', L('case_created', cid1, [keep], True, 'ja'),
         tp(ack(cid1, d, ''), cs='iso-2022-jp', cte='7bit'),
         aws_headers(frm, TO, f'[CASE {cid1}] {FORM_SUBJ}', d), bg(d))

    d = T('2025-04-08 11:00:09')
    extra = f'■お問い合わせ内容（抜粋）：4月1日にケース {cid1} で問い合わせましたが、1週間たっても返信がないため再度送ります。\n'
    make('052-form-ack-ito-second-case.eml', L('case_created', cid2, [keep], True, 'ja'),
         tp(ack(cid2, d, extra), cs='iso-2022-jp', cte='7bit'),
         aws_headers(frm, TO, f'[CASE {cid2}] {FORM_SUBJ}', d), bg(d))

    d = T('2025-04-09 04:30:27')
    txt = f"""伊藤 大輔 様

AWS トレーニングと認定 サポートチームの森と申します。
お問い合わせいただき、ありがとうございます。

先にいただいたケース {cid1} につきましては、フォームに通知先のメールアドレスが登録されていなかったため、
担当者からのご連絡がお手元に届いていなかったものと存じます。
長らくお待たせしてしまい、大変申し訳ございません。今後は本ケース {cid2} にて対応させていただきます。

さて、ご依頼のアカウント統合につきまして、以下の内容で実施してよろしいでしょうか。

　・残すアカウント　　：{keep}（{to}）
　・統合するアカウント：{old}（d.ito@hokuriku-net.example.jp）

統合の実施後は、元の状態に戻すことはできません。
内容にお間違いがなければ、本メールにご返信いただき、ご承諾の旨をお知らせください。
{sig}"""
    make('053-form-confirm-request-ito-sjis-qp.eml',
         L('merge_confirmation_requested', cid2, [keep, old], True, 'ja'),
         tp(txt, cs='shift_jis', cte='qp'),
         aws_headers(frm, TO, f'RE:[CASE {cid2}] {FORM_SUBJ}', d), bg(d))

    d = T('2025-04-10 09:00:44')
    txt = f"""伊藤 大輔 様

AWS トレーニングと認定 サポートチームの森でございます。
ご承諾のご連絡をいただき、ありがとうございました。

{old} を {keep} に統合する処理が完了いたしましたので、ご報告申し上げます。
{old} で取得された認定資格および受験履歴は、すべて {keep} にてご確認いただけます。

また、重複となっておりました先のケース {cid1} は、こちらでクローズいたしました。

今後ともよろしくお願い申し上げます。
{sig}"""
    make('054-form-done-ito-jis.eml', L('merge_completed', cid2, [keep, old], True, 'ja'),
         tp(txt, cs='iso-2022-jp', cte='7bit'),
         aws_headers(frm, TO, f'RE:[CASE {cid2}] {FORM_SUBJ}', d), bg(d))

case9()

# ---------------------------------------------------------------- look-alikes
def others():
    # 055: phishing about the merge, look-alike domain; its own DKIM/DMARC pass
    # for the look-alike domain, plus a forged lower Authentication-Results.
    to = 'daniel.reyes.dev@gmail.com'
    d = T('2025-03-12 19:44:09')
    dom = 'amazon-tcsupport.com'
    mf = f'bounce-{rnd.randint(1000,9999)}@mail.{dom}'
    ip = '185.234.72.19'
    auth = (f'\n       dkim=pass header.i=@{dom} header.s=default header.b={rb64(8)};\n'
            f'       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};\n'
            f'       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={dom}')
    forged = ('Authentication-Results: mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n'
              '\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com\n')
    trace = gmail_trace(to, d, mf, ip, f'mail.{dom}', auth,
                        dkim(d, dom, 'default', 'from:to:subject:date:message-id'), forged)
    fake = '174179981120931'
    txt = f"""Dear Candidate,

We received a request to merge the following AWS Certification accounts:

    AWS04418273  ->  AWS77120984

To protect your certifications, you must confirm this merge within 24 hours.
If we do not receive your confirmation, both accounts will be suspended and
all active certifications will be revoked.

Confirm the merge now: https://{dom}/certification/merge/confirm?case={fake}

Case reference: {fake}

AWS Training & Certification Security Team
"""
    make('055-phish-confirm-merge-lookalike.eml',
         L('merge_confirmation_requested', fake, ['AWS04418273', 'AWS77120984'], False, 'en'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         [('From', addr('AWS Training and Certification', f'aws-cs-trainingcertification-form@{dom}')),
          ('To', to), ('Subject', f'Action required: confirm your account merge [Case {fake}]'),
          ('Date', rfc(d)), ('Message-ID', f'<{rhex(20)}@mail.{dom}>')], trace)

    # 056: Amazon.co.jp Seller Central case (RE:[CASE ...], ASIN "merge")
    to = 'sho.tanaka@outlook.jp'
    d = T('2022-10-06 03:12:40')
    scid = '13570924461'
    txt = f"""田中 翔 様

Amazon 出品サービスをご利用いただき、ありがとうございます。
テクニカルサポートの山口です。

商品詳細ページの統合（ASIN の統合）についてお問い合わせいただき、ありがとうございます。
ご指定の ASIN B09XK2M4QZ と B09XK3P7RT を確認しましたところ、バリエーション情報が一致しないため、現時点では統合できかねます。
お手数ですが、カラーの属性値を揃えたうえで、再度ご依頼いただけますでしょうか。

今回の対応はお役に立ちましたか？
はい: https://sellercentral.amazon.co.jp/cu/contact-us/feedback?caseId={scid}&r=yes
いいえ: https://sellercentral.amazon.co.jp/cu/contact-us/feedback?caseId={scid}&r=no

Amazon.co.jp 出品者サポート
"""
    mf = ses_bounce(d)
    ip2 = rnd.choice(SES_IPS)
    auth = (f'spf=pass (sender IP is {ip2})\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n'
            f' header.d=amazon.co.jp;dmarc=pass action=none header.from=amazon.co.jp;compauth=pass reason=100')
    trace = outlook_trace('', d, mf, ip2, f'a48-{ip2.split(".")[3]}.smtp-out.amazonses.com', auth,
                          dkim(d, 'amazon.co.jp', 'eaxkvsyelrnxjh4cicqyjjmtjpetuwjx'))
    make('056-seller-central-case-asin-ja.eml', L('unrelated', scid, [], True, 'ja'),
         tp(txt, cs='iso-2022-jp', cte='7bit'),
         aws_headers(addr('Amazon.co.jp Seller Central', 'seller-notification@amazon.co.jp'), to,
                     hdr(f'RE:[CASE {scid}] ASIN の統合について', 'iso-2022-jp'), d), trace)

    # 057: another AWS support case of the same user (billing, consolidated billing)
    to = 'a.nowak.pl@gmail.com'
    d = T('2025-07-09 15:27:48')
    bcid = '175197011400516'        # opened 2025-07-08 10:15:14 UTC
    txt = f"""Hello,

We have added a new correspondence to your support case {bcid}.

Subject: Unexpected charges after moving accounts into our organization

Hello Aleksander,

Thank you for your patience. I reviewed the two member accounts (4455-1290-8871 and
6021-7730-1945) that were invited into your AWS Organization on 1 July. The
charges you saw are the last partial month billed to the member account before
consolidated billing took effect; from the next invoice onwards they will appear
only on the management account's bill. No duplicate charge was made.

Best regards,
Tomasz
Amazon Web Services

To see the case in the Support Center, open:
https://support.console.aws.amazon.com/support/home#/case/?displayId={bcid}&language=en

Was this response helpful? Please rate it in the Support Center.
This email address can't accept replies.
"""
    make('057-aws-billing-case-nowak.eml', L('unrelated', bcid, [], True, 'en'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         aws_headers(addr(AWSNAME, NOREPLY), to, f'[Case {bcid}] New correspondence added', d),
         amazon_gmail(to, d))

    # 058: CertMetrics survey mail (authentic, but not AWS/Credly)
    to = 'yumi.takahashi.0815@gmail.com'
    d = T('2025-06-03 16:00:21')
    mf = f'bounces@mail.certmetrics.com'
    ip = '198.2.179.44'
    auth = (f'\n       dkim=pass header.i=@certmetrics.com header.s=k1 header.b={rb64(8)};\n'
            f'       spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};\n'
            f'       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com')
    trace = gmail_trace(to, d, mf, ip, 'mail198-44.suw91.mandrillapp.com', auth,
                        dkim(d, 'certmetrics.com', 'k1', 'From:Subject:To:Date:MIME-Version:Content-Type'))
    txt = """Hello Yumi Takahashi,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified individual. We are conducting a short
survey about your certification experience and how it has helped your career.
The survey takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?c=AWS20574419

Your AWS Certification Account: AWS20574419

Thank you,
AWS Certification

Please do not reply to this email; this mailbox is not monitored.
"""
    make('058-certmetrics-wants-to-hear.eml', L('unrelated', None, ['AWS20574419'], False, 'en'),
         alt(tp(txt, cs='us-ascii', cte='7bit'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         [('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', to),
          ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfc(d)),
          ('Message-ID', f'<{rhex(32)}@certmetrics.com>')], trace)

    # 059: Credly's own self-service account merge (code) - not the AWS merge
    to = 'ken_sasaki88@yahoo.co.jp'
    d = T('2025-01-27 04:20:13')
    txt = """Hi Ken,

We received a request to merge another Credly account
(sasaki.ken@tohoku-densan.co.jp) into your account.

Your verification code is:

    384106

Enter this code on the merge page, then select "Complete Account Merge". All
badges from the other account will be moved to this account, and the other
account will be closed. The code expires in 30 minutes.

If you didn't request this, you can ignore this email.

The Credly Team
"""
    make('059-credly-self-merge-code.eml', L('unrelated', None, [], True, 'en'),
         alt(tp(txt, cte='qp'), tp(html_wrap(p2html(txt)), 'html', cte='qp')),
         [('From', addr('Credly', 'admin@credly.com')), ('To', to),
          ('Subject', 'Your Credly account merge verification code'), ('Date', rfc(d)),
          ('Message-ID', f'<{rhex(24)}_{rnd.randint(10**9,10**10)}@credly.com>')],
         credly_jp('mta.yahoo.co.jp', 'mx.mail.yahoo.co.jp', to, d))

    # 060: GitHub "merged" notification
    to = 'daniel.reyes.dev@gmail.com'
    d = T('2025-03-13 21:05:52')
    mf = f'noreply@github.com'
    ip = '192.30.252.201'
    auth = (f'\n       dkim=pass header.i=@github.com header.s=pf2023 header.b={rb64(8)};\n'
            f'       spf=pass (google.com: domain of noreply@github.com designates {ip} as permitted sender) smtp.mailfrom=noreply@github.com;\n'
            f'       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com')
    trace = gmail_trace(to, d, mf, ip, 'out-18.smtp.github.com', auth,
                        dkim(d, 'github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From'))
    txt = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/reyes-labs/infra-modules/pull/212#event-16749201833
You are receiving this because you authored the thread.

Message ID: <reyes-labs/infra-modules/pull/212/issue_event/16749201833@github.com>
"""
    make('060-github-pr-merged.eml', L('unrelated', None, [], False, 'en'),
         alt(tp(txt, cte='7bit'), tp(html_wrap('<p>Merged <a href="https://github.com/reyes-labs/infra-modules/pull/212">#212</a> into main.</p>'), 'html', cte='7bit')),
         [('From', addr('Daniel Reyes', 'notifications@github.com')),
          ('Reply-To', 'reyes-labs/infra-modules <reply+AB3K4EXAMPLE@reply.github.com>'),
          ('To', 'reyes-labs/infra-modules <infra-modules@noreply.github.com>'),
          ('Cc', 'Daniel Reyes <daniel.reyes.dev@gmail.com>, Mention <mention@noreply.github.com>'),
          ('Subject', 'Re: [reyes-labs/infra-modules] Merge account-baseline stack into main (PR #212)'),
          ('Date', rfc(d)),
          ('Message-ID', '<reyes-labs/infra-modules/pull/212/issue_event/16749201833@github.com>'),
          ('In-Reply-To', '<reyes-labs/infra-modules/pull/212@github.com>'),
          ('References', '<reyes-labs/infra-modules/pull/212@github.com>'),
          ('List-ID', 'reyes-labs/infra-modules <infra-modules.reyes-labs.github.com>'),
          ('X-GitHub-Reason', 'author')], trace)

    # 061: AWS Builder ID verification code
    to = 'grace.liu@icloud.com'
    d = T('2025-02-18 22:31:07')
    mf = ses_bounce(d).replace('email.amazonses.com', 'us-east-1.amazonses.com')
    ip = rnd.choice(SES_IPS)
    auth = ('dmarc.icloud.com; dmarc=pass header.from=signin.aws\n'
            f'Authentication-Results: dkim-verifier.icloud.com; dkim=pass (2048-bit key) header.d=signin.aws header.i=@signin.aws header.b={rb64(8)}\n'
            f'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}')
    trace = icloud_trace(to, d, mf, ip, 'a8-30.smtp-out.amazonses.com', auth,
                         dkim(d, 'signin.aws', 'sbjtsypgrd3lz5y4r4vzfdkh7x2l3ekf'), ses_extra(d))
    html = html_wrap("""<div style="max-width:520px;margin:0 auto">
<h2>Verify your AWS Builder ID email address</h2>
<p>Thanks for starting the AWS Builder ID sign-up process. To make sure it's really you, enter the following verification code when prompted.</p>
<p style="font-size:28px;letter-spacing:4px"><b>719 206</b></p>
<p>This code expires 10 minutes after it was sent.</p>
<p>Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.</p>
</div>""")
    make('061-builder-id-code.eml', L('unrelated', None, [], True, 'en'),
         tp(html, 'html', cte='qp'),
         [('From', addr('AWS', 'no-reply@signin.aws')), ('To', to),
          ('Subject', 'Verify your AWS Builder ID email address'), ('Date', rfc(d)),
          ('Message-ID', ses_msgid(d, 'us-east-1'))], trace)

others()

# === END CASES ===

def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for i, (fname, raw, label) in enumerate(MAILS):
        fname = f'{i + 1:03d}' + fname[3:]      # number consecutively
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print(f'wrote {len(MAILS)} mails')

if __name__ == '__main__':
    main()
