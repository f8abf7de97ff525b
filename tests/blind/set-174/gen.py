#!/usr/bin/env python3
"""Generate blind set 174: AWS Certification account-merge mailbox (test data).

Run: python3 make_set.py  -> writes NNN-*.eml and labels.json beside this file.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(174)
MAILS = []  # (filename, bytes, label)

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))
BST = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))

FORM_ADDR = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_ADDR = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY_ADDR = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


# ----------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(opened, suffix):
    """15-digit display id: unix time of opening + 5 digits."""
    return f"{int(opened.timestamp())}{suffix:05d}"


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(alphabet) for _ in range(n))


def ses_id(dt, region='0100'):
    ms = int(dt.timestamp() * 1000)
    return (f"<{region}{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
            f"-000000@email.amazonses.com>")


def ses_return_path(dt, region='0100'):
    ms = int(dt.timestamp() * 1000)
    return (f"{region}{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
            f"-000000@email.amazonses.com")


def dkim_sig(d, s, dt, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    t = int(dt.timestamp())
    b = rb64(172)
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts={s}; d={d}; t={t};\r\n"
            f"\th={h};\r\n\tbh={rb64(43)}=;\r\n\tb={b[:70]}\r\n\t{b[70:140]}\r\n\t{b[140:]}=")


def fmt(dt):
    return format_datetime(dt)


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', declared=None,
         flowed=False):
    """A text part with full control over charset / label / transfer encoding."""
    raw = text.replace('\r\n', '\n').encode(charset)
    m = Message()
    ct = f'text/{subtype}; charset="{declared or charset}"'
    if flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def alt(plain, html, **kw):
    m = MIMEMultipart('alternative', boundary=f"----=_Part_{RNG.randint(100000, 999999)}_{RNG.randint(10**8, 10**9)}.{RNG.randint(10**12, 10**13)}")
    pkw = {k: v for k, v in kw.items() if k in ('charset', 'cte', 'declared')}
    hkw = dict(pkw)
    if 'html_cte' in kw:
        hkw['cte'] = kw['html_cte']
    if 'plain_cte' in kw:
        pkw['cte'] = kw['plain_cte']
    m.attach(part(plain, 'plain', **pkw))
    m.attach(part(html, 'html', **hkw))
    return m


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode()


def html_page(inner, title='Amazon Web Services'):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f3;font-family:'Amazon Ember',Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border:1px solid #d5dbdb;">
<tr><td style="background-color:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:24px;line-height:1.5;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #eaeded;font-size:11px;color:#687078;">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def paras_html(text):
    """Very small plain->html conversion for agent replies."""
    out = []
    for block in text.strip('\n').split('\n\n'):
        lines = block.split('\n')
        if all(l.lstrip().startswith(('- ', '* ', '\u2022 ')) for l in lines):
            items = ''.join(f'<li>{esc(l.lstrip()[2:])}</li>' for l in lines)
            out.append(f'<ul style="margin:0 0 12px 18px;padding:0;">{items}</ul>')
        elif all(re.match(r'\s*\d+[.)] ', l) for l in lines):
            items = ''.join('<li>' + esc(re.sub(r"^\s*\d+[.)] ", "", l)) + '</li>' for l in lines)
            out.append(f'<ol style="margin:0 0 12px 18px;padding:0;">{items}</ol>')
        else:
            out.append('<p style="margin:0 0 12px 0;">' + '<br />\n'.join(esc(l) for l in lines) + '</p>')
    return '\n'.join(out)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


FORM_FOOTER = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def console_footer(case):
    return f"""
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.

=======================================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


# ------------------------------------------------------- transport headers
SES_IPS = ['54.240.8.23', '54.240.8.75', '54.240.11.107', '54.240.27.19', '54.240.48.92',
           '23.251.234.6', '54.240.10.88', '54.240.13.41']


def ses_host(ip):
    return f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"


def transport(rcpt, dt, style, from_domain='amazon.com', dkim_domain=None, verdict='pass',
              sender_ip=None, sender_host=None, mailfrom=None, forged_lower=False,
              selector=None, extra_dkim=True):
    """Return header list (name, value) to go above Date/From.

    style: gmail | outlook | nifty | ocn | fastmail | yahoo | none
    verdict: pass | fail (dmarc=fail, dkim fails)
    """
    dkim_domain = dkim_domain or from_domain
    ses = sender_ip is None
    ip = sender_ip or RNG.choice(SES_IPS)
    host = sender_host or ses_host(ip)
    mailfrom = mailfrom or (ses_return_path(dt) if ses else f"bounce@{from_domain}")
    mf_domain = mailfrom.split('@')[1]
    arrive = dt + timedelta(seconds=RNG.randint(1, 4))
    sel = selector or ('rjt5lpnsp6ltcmacg5pjm7cg4bf5fc3b' if dkim_domain == 'amazon.com' else 's1')
    H = []
    dk = 'pass' if verdict == 'pass' else 'fail'
    dm = 'pass' if verdict == 'pass' else 'fail'
    spf = 'pass' if verdict == 'pass' else 'softfail'
    desig = 'designates' if spf == 'pass' else 'does not designate'
    dkres = '(signature was verified)' if dk == 'pass' else '(signature did not verify)'
    if style == 'gmail':
        local = arrive.astimezone(PDT)
        H.append(('Delivered-To', rcpt))
        H.append(('Received', f"by 2002:a05:6a10:{rhex(4)}:b0:{rhex(3)}:{rhex(3)}:{rhex(4)} with SMTP id p{RNG.randint(10,99)}csp{RNG.randint(100000,9999999)}pxv;\r\n        {fmt(local)} (PDT)"))
        H.append(('X-Google-Smtp-Source', f"AGHT+I{rb64(80)}"))
        H.append(('X-Received', f"by 2002:a05:620a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id af79cd13be357-{RNG.randint(10**9, 10**10)}a.{RNG.randint(100,999)}.{RNG.randint(10**9, 10**10)};\r\n        {fmt(local)} (PDT)"))
        H.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={int(arrive.timestamp())}; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b={rb64(70)}\r\n         {rb64(70)}=="))
        H.append(('ARC-Authentication-Results', f"i=1; mx.google.com;\r\n       dkim={dk} header.i=@{dkim_domain} header.s={sel} header.b={rb64(8)};\r\n       spf={spf} (google.com: domain of {mailfrom} {desig} {ip} as permitted sender) smtp.mailfrom={mailfrom};\r\n       dmarc={dm} (p=QUARANTINE sp=QUARANTINE dis={'NONE' if dm == 'pass' else 'QUARANTINE'}) header.from={from_domain}"))
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Received', f"from {host} ({host}. [{ip}])\r\n        by mx.google.com with ESMTPS id af79cd13be357-{rhex(11)}si{RNG.randint(1000000,9999999)}85a.{RNG.randint(100,999)}.{local.strftime('%Y.%m.%d.%H.%M.%S')}\r\n        for <{rcpt}>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        {fmt(local)} (PDT)"))
        H.append(('Received-SPF', f"{spf} (google.com: domain of {mailfrom} {desig} {ip} as permitted sender) client-ip={ip};"))
        H.append(('Authentication-Results', f"mx.google.com;\r\n       dkim={dk} header.i=@{dkim_domain} header.s={sel} header.b={rb64(8)};\r\n" + (f"       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={rb64(8)};\r\n" if ses and extra_dkim else '') + f"       spf={spf} (google.com: domain of {mailfrom} {desig} {ip} as permitted sender) smtp.mailfrom={mailfrom};\r\n       dmarc={dm} (p=QUARANTINE sp=QUARANTINE dis={'NONE' if dm == 'pass' else 'QUARANTINE'}) header.from={from_domain}"))
    elif style == 'outlook':
        local = arrive
        fe = f"BN{RNG.randint(1,9)}PEPF0000{rhex(4).upper()}.namprd{RNG.randint(2,5):02d}.prod.outlook.com"
        mb = f"SA{RNG.randint(1,3)}PR{RNG.randint(10,19)}MB{RNG.randint(1000,9999)}.namprd{RNG.randint(2,5):02d}.prod.outlook.com"
        H.append(('Received', f"from {mb} (2603:10b6:806:{rhex(3)}::{RNG.randint(5,30)})\r\n by PH7PR{RNG.randint(10,19)}MB{RNG.randint(1000,9999)}.namprd{RNG.randint(2,5):02d}.prod.outlook.com with HTTPS; {fmt(local)}"))
        H.append(('Received', f"from MW4PR03CA{RNG.randint(1000,9999)}.namprd03.prod.outlook.com (2603:10b6:303:{rhex(3)}::{RNG.randint(5,30)})\r\n by {mb} (2603:10b6:806:{rhex(3)}::{RNG.randint(5,30)}) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8769.{RNG.randint(10,40)}; {fmt(local)}"))
        H.append(('Received', f"from {fe} (2603:10b6:303:{rhex(3)}:cafe::{rhex(2)}) by\r\n MW4PR03CA{RNG.randint(1000,9999)}.outlook.office365.com (2603:10b6:303:{rhex(3)}::{RNG.randint(5,30)}) with\r\n Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\r\n 15.20.8769.{RNG.randint(10,40)} via Frontend Transport; {fmt(local)}"))
        H.append(('Authentication-Results', f"spf={spf} (sender IP is {ip})\r\n smtp.mailfrom={mf_domain}; dkim={dk} {dkres}\r\n header.d={dkim_domain};dmarc={dm} action={'none' if dm == 'pass' else 'quarantine'}\r\n header.from={from_domain};compauth={'pass reason=100' if dm == 'pass' else 'fail reason=000'}"))
        H.append(('Received-SPF', f"{spf.capitalize()} (protection.outlook.com: domain of {mf_domain} {desig}\r\n {ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip={ip}; helo={host}; pr=C"))
        H.append(('Received', f"from {host} ({ip}) by\r\n {fe.replace('.namprd', '.mail.protection.outlook.com').split('.mail')[0]}.mail.protection.outlook.com ({rhex(2)}.{RNG.randint(1,255)}.{RNG.randint(1,255)}.{RNG.randint(1,255)}) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{RNG.randint(10,40)} via Frontend Transport; {fmt(local)}"))
        H.append(('Return-Path', mailfrom))
    elif style in ('nifty', 'ocn', 'biglobe'):
        authserv = {'nifty': 'mx.nifty.com', 'ocn': 'mfilter-in.ocn.ad.jp', 'biglobe': 'mx.biglobe.ne.jp'}[style]
        local = arrive.astimezone(JST)
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', f"from {authserv} ({authserv} [{RNG.randint(100,220)}.{RNG.randint(1,255)}.{RNG.randint(1,255)}.{RNG.randint(1,255)}])\r\n\tby mbox{RNG.randint(1,40)}.{authserv.split('.', 1)[1]} with LMTP id {rb64(22)}\r\n\tfor <{rcpt}>; {fmt(local)}"))
        H.append(('Authentication-Results', f"{authserv};\r\n\tspf={spf} smtp.mailfrom={mailfrom};\r\n\tdkim={dk} header.d={dkim_domain} header.s={sel};\r\n\tdmarc={dm} header.from={from_domain}"))
        H.append(('Received', f"from {host} ([{ip}])\r\n\tby {authserv} with ESMTPS id {rhex(14).upper()}\r\n\tfor <{rcpt}>; {fmt(local)}"))
    elif style == 'fastmail':
        local = arrive
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Received', f"from compute{RNG.randint(1,9)}.internal (compute{RNG.randint(1,9)}.nyi.internal [10.202.2.{RNG.randint(40,60)}])\r\n\t by sloti{RNG.randint(10,60)}n{RNG.randint(1,9)} (Cyrus 3.11.0-alpha0-{RNG.randint(100,999)}-g{rhex(8)}) with LMTPA;\r\n\t {fmt(local)}"))
        H.append(('X-Cyrus-Session-Id', f"sloti{RNG.randint(10,60)}n{RNG.randint(1,9)}-{int(arrive.timestamp())}-{RNG.randint(100000,999999)}-2-{RNG.randint(10**17, 10**18)}"))
        H.append(('X-Sieve', 'CMU Sieve 3.0'))
        H.append(('Received', f"from mx{RNG.randint(1,8)} ([10.202.2.{RNG.randint(200,220)}])\r\n  by compute{RNG.randint(1,9)}.internal (LMTPProxy); {fmt(local)}"))
        H.append(('Authentication-Results', f"mx{RNG.randint(1,8)}.messagingengine.com;\r\n    dkim={dk} (2048-bit rsa key sha256) header.d={dkim_domain} header.i=@{dkim_domain} header.b={rb64(8)} header.a=rsa-sha256 header.s={sel} x-bits=2048;\r\n    dmarc={dm} policy.published-domain-policy=quarantine header.from={from_domain};\r\n    spf={spf} smtp.mailfrom={mailfrom} smtp.helo={host}"))
        H.append(('Received', f"from {host} ({host} [{ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mx{RNG.randint(1,8)}.messagingengine.com (Postfix) with ESMTPS\r\n\tfor <{rcpt}>; {fmt(local)}"))
    elif style == 'none':
        # e.g. exported from a corporate archive, no authentication header kept
        local = arrive
        H.append(('Received', f"from mailgw{RNG.randint(1,4)}.corp.local (10.{RNG.randint(1,250)}.{RNG.randint(1,250)}.{RNG.randint(1,250)}) by\r\n exch{RNG.randint(1,9)}.corp.local (10.{RNG.randint(1,250)}.{RNG.randint(1,250)}.{RNG.randint(1,250)}) with Microsoft SMTP Server id 15.1.2507.39;\r\n {fmt(local)}"))
        H.append(('Received', f"from {host} ({host} [{ip}])\r\n\tby mailgw{RNG.randint(1,4)}.corp.local (Postfix) with ESMTPS id 4Z{rb64(8).replace('/', 'x').replace('+', 'y')}\r\n\tfor <{rcpt}>; {fmt(local)}"))
        H.append(('Return-Path', f"<{mailfrom}>"))
    else:
        raise ValueError(style)
    if forged_lower:
        H.append(('Authentication-Results', f"{from_domain}; dkim=pass header.d={from_domain}; spf=pass smtp.mailfrom={from_domain}; dmarc=pass header.from={from_domain}"))
    H.append(('DKIM-Signature', dkim_sig(dkim_domain, sel, dt)))
    if ses and extra_dkim:
        H.append(('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', dt,
                                               h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')))
    return H


def build(body, headers, top, ses_feedback=True):
    """body: a Message (part or multipart). headers: header list for From etc.
    top: transport header list. Returns the assembled message."""
    content = body._headers
    body._headers = []
    for k, v in top:
        body._headers.append((k, v))
    for k, v in headers:
        body._headers.append((k, v))
    if not any(k.lower() == 'mime-version' for k, _ in content):
        body._headers.append(('MIME-Version', '1.0'))
    body._headers.extend(content)
    return body


def add(slug, msg, kind, case_id, ids, verified, lang='en'):
    n = len(MAILS) + 1
    name = f"{n:03d}-{slug}.eml"
    data = msg.as_bytes()
    data = data.replace(b'\r\n', b'\n')
    MAILS.append((name, data, {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                               "sender_verified": verified, "language": lang}))


def aws_mail(*, rcpt, rcpt_name, dt, subject, body, frm=FORM_ADDR, style='gmail', verdict='pass',
             from_domain='amazon.com', dkim_domain=None, extra=(), forged_lower=False, to=None,
             feedback=True, sender_ip=None, sender_host=None, mailfrom=None, selector=None,
             reply_to=None, extra_dkim=None):
    ses = sender_ip is None
    if extra_dkim is None:
        extra_dkim = ses
    top = transport(rcpt, dt, style, from_domain=from_domain, dkim_domain=dkim_domain,
                    verdict=verdict, forged_lower=forged_lower, sender_ip=sender_ip,
                    sender_host=sender_host, mailfrom=mailfrom, selector=selector,
                    extra_dkim=extra_dkim)
    hdr = [('Date', fmt(dt)), ('From', frm)]
    if reply_to:
        hdr.append(('Reply-To', reply_to))
    hdr.append(('To', to or (f'"{rcpt_name}" <{rcpt}>' if rcpt_name else rcpt)))
    hdr.append(('Message-ID', ses_id(dt) if ses else f"<{rhex(24)}@{from_domain}>"))
    hdr.append(('Subject', enc_subject(subject) if isinstance(subject, str) else subject[0]))
    hdr.extend(extra)
    if ses and feedback:
        hdr.append(('Feedback-ID', f"::1.us-east-1.{rb64(43).replace('/', 'A').replace('+', 'B')}=:AmazonSES"))
        hdr.append(('X-SES-Outgoing', f"{dt.strftime('%Y.%m.%d')}-{RNG.choice(SES_IPS)}"))
    return build(body, hdr, top)


def form_subject(case, prefix='RE:', topic='account-assistance'):
    return f"{prefix}[CASE {case}] [AWS Training and Certification Form Submission] - {topic}"


# ====================================================================== MAILS
# ---- Thread A: Priya Raman, form desk, Gmail ------------------------------
A_OPEN = T(2025, 5, 26, 14, 25, 12)
A_CASE = cid15(A_OPEN, 431)
A_USER, A_NAME = 'priya.raman@gmail.com', 'Priya Raman'
A_KEEP, A_GO = 'AWS04418327', 'AWS11902655'

t = A_OPEN + timedelta(seconds=41)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to let you know that we have received your request. A member of our team will review it and respond to you, in most cases within 24 hours. Your case number is {A_CASE}.

To help us help you faster, please do not submit a new form for the same request. If you need to add information, simply reply to this e-mail and keep the case number in the subject line.

Summary of your submission
--------------------------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {A_KEEP}
Description: Hi, I have two certification accounts. The second one (aws11902655) was created by my previous employer's training portal with my work email. I would like to have everything under one account please.

Kind regards,
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
html = html_page(paras_html(txt.replace(FORM_FOOTER, '')) + '<p style="font-size:12px;color:#687078;">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>')
msg = aws_mail(rcpt=A_USER, rcpt_name=A_NAME, dt=t,
               subject=f"[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
               body=alt(txt, html))
add('form-ack-account-merge', msg, 'case_created', A_CASE, [A_KEEP, A_GO], True)

# 002 confirmation request as a table
t_req = T(2025, 5, 27, 9, 38, 5)
txt = f"""Hello Priya,

Thank you for your patience while we looked into your request.

I was able to locate the two AWS Certification accounts below. Please check each row carefully:

+--------------+---------------------------------------+--------------------------------------+
| Candidate ID | Sign-in e-mail                        | What happens                         |
+--------------+---------------------------------------+--------------------------------------+
| {A_KEEP}  | priya.raman@gmail.com                 | Stays active (surviving account)     |
| {A_GO}  | p.raman@northwind-analytics.com       | Merged into {A_KEEP}, then closed |
+--------------+---------------------------------------+--------------------------------------+

All certifications, exam history and benefits that are currently on {A_GO} will be moved to {A_KEEP}. Please be aware that an account merge is permanent: once it is done, we are not able to split the accounts again.

If everything in the table is correct, please reply to this e-mail confirming that you would like us to go ahead. If anything needs to change (for example, you would prefer to keep the other account), just tell us in your reply. We will not make any changes until we hear from you.

Best regards,

Rohit S.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
rows = (f'<tr><td style="padding:6px 10px;border:1px solid #d5dbdb;">{A_KEEP}</td><td style="padding:6px 10px;border:1px solid #d5dbdb;">priya.raman@gmail.com</td><td style="padding:6px 10px;border:1px solid #d5dbdb;"><b>Stays active</b> (surviving account)</td></tr>'
        f'<tr><td style="padding:6px 10px;border:1px solid #d5dbdb;">{A_GO}</td><td style="padding:6px 10px;border:1px solid #d5dbdb;">p.raman@northwind-analytics.com</td><td style="padding:6px 10px;border:1px solid #d5dbdb;">Merged into {A_KEEP}, then closed</td></tr>')
inner = f"""<p>Hello Priya,</p>
<p>Thank you for your patience while we looked into your request.</p>
<p>I was able to locate the two AWS Certification accounts below. Please check each row carefully:</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:0 0 12px 0;">
<tr style="background-color:#eaeded;"><th style="padding:6px 10px;border:1px solid #d5dbdb;text-align:left;">Candidate ID</th><th style="padding:6px 10px;border:1px solid #d5dbdb;text-align:left;">Sign-in e-mail</th><th style="padding:6px 10px;border:1px solid #d5dbdb;text-align:left;">What happens</th></tr>
{rows}
</table>
<p>All certifications, exam history and benefits that are currently on {A_GO} will be moved to {A_KEEP}. Please be aware that an account merge is permanent: once it is done, we are not able to split the accounts again.</p>
<p>If everything in the table is correct, please reply to this e-mail confirming that you would like us to go ahead. If anything needs to change (for example, you would prefer to keep the other account), just tell us in your reply. We will not make any changes until we hear from you.</p>
<p>Best regards,<br />Rohit S.<br />AWS Training and Certification Customer Support</p>"""
msg = aws_mail(rcpt=A_USER, rcpt_name=A_NAME, dt=t_req, subject=form_subject(A_CASE),
               body=alt(txt, html_page(inner)))
add('table-confirm-request', msg, 'merge_confirmation_requested', A_CASE, [A_KEEP, A_GO], True)
A_REQ_TXT = txt

# 003 consent already received (quotes user's reply which quotes the request)
t_user = T(2025, 5, 27, 10, 2, 44)
quoted_req = '\n'.join('> ' + l if l else '>' for l in A_REQ_TXT.split(FORM_FOOTER)[0].rstrip().split('\n'))
t3 = T(2025, 5, 27, 16, 51, 30)
txt = f"""Hello Priya,

Thank you for confirming the details.

I have now passed your request to our Certification operations team. They will merge {A_GO} into {A_KEEP} exactly as listed in my previous e-mail. This normally takes between 2 and 5 business days, and I will update this case as soon as they let me know it is finished.

There is nothing further you need to do in the meantime. Please keep using {A_KEEP} if you need to sign in before then.

Best regards,

Rohit S.
AWS Training and Certification Customer Support

---------------------------------------- Previous correspondence ----------------------------------------
From: Priya Raman <priya.raman@gmail.com>
Sent: {fmt(t_user)}
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {form_subject(A_CASE)}

The details are correct. Please proceed with the merge.

Thanks a lot,
Priya

On Tue, May 27, 2025 at 3:08 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{quoted_req}
{FORM_FOOTER}"""
msg = aws_mail(rcpt=A_USER, rcpt_name=A_NAME, dt=t3, subject=form_subject(A_CASE),
               body=part(txt, cte='quoted-printable'))
add('consent-received-forwarded-to-ops', msg, 'support_reply', A_CASE, [A_KEEP, A_GO], True)

# 004 completion quoting the original request
t4 = T(2025, 5, 29, 11, 7, 19)
orig_block = A_REQ_TXT.split(FORM_FOOTER)[0].rstrip()
txt = f"""Hello Priya,

Good news - the merge you approved has been carried out. Everything is now held under candidate ID {A_KEEP}, and from now on you should sign in with priya.raman@gmail.com. The second profile has been deactivated and can no longer be used to sign in.

Your certifications and exam history should already be visible on your CertMetrics dashboard. Credly badges can take up to 48 hours to appear on the Credly account linked to priya.raman@gmail.com; if they are not there after that, please reply to this e-mail and we will follow up.

Best regards,

Rohit S.
AWS Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {fmt(t_req)}
To: priya.raman@gmail.com
Subject: {form_subject(A_CASE)}

{orig_block}
{FORM_FOOTER}"""
msg = aws_mail(rcpt=A_USER, rcpt_name=A_NAME, dt=t4, subject=form_subject(A_CASE),
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='base64', html_cte='quoted-printable'))
add('completed-quoting-request', msg, 'merge_completed', A_CASE, [A_KEEP], True)

# 005 closure / survey
t5 = t4 + timedelta(minutes=3, seconds=12)
txt = f"""Hello,

We're contacting you to let you know that case {A_CASE} has been resolved.

Subject: [AWS Training and Certification Form Submission] - account-assistance

If your issue is not fully resolved, you can reopen the case by replying to the last correspondence within 14 days.

Was your issue resolved?
Yes: https://support.aws.amazon.com/survey?displayId={A_CASE}&resolved=yes
No: https://support.aws.amazon.com/survey?displayId={A_CASE}&resolved=no

How would you rate the support you received? Your feedback helps us improve.

Thank you for choosing AWS Training and Certification.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
inner = f"""<p>Hello,</p>
<p>We're contacting you to let you know that case <b>{A_CASE}</b> has been resolved.</p>
<p style="color:#545b64;">Subject: [AWS Training and Certification Form Submission] - account-assistance</p>
<p>If your issue is not fully resolved, you can reopen the case by replying to the last correspondence within 14 days.</p>
<p style="font-size:16px;font-weight:bold;">Was your issue resolved?</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="background:#ec7211;border-radius:2px;"><a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;resolved=yes" style="display:inline-block;padding:8px 28px;color:#ffffff;text-decoration:none;font-weight:bold;">YES</a></td>
<td width="12"></td>
<td style="background:#ffffff;border:1px solid #545b64;border-radius:2px;"><a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;resolved=no" style="display:inline-block;padding:8px 28px;color:#16191f;text-decoration:none;font-weight:bold;">NO</a></td>
</tr></table>
<p>How would you rate the support you received? Your feedback helps us improve.</p>
<p>Thank you for choosing AWS Training and Certification.</p>"""
msg = aws_mail(rcpt=A_USER, rcpt_name=A_NAME, dt=t5, frm=CONSOLE_ADDR,
               subject=f"Amazon Web Services: Your case {A_CASE} has been resolved",
               body=alt(txt, html_page(inner)))
add('case-resolved-survey', msg, 'survey', A_CASE, [], True)


# ---- 006 console case, numbered steps (Daniel Okafor, Outlook) -------------
B_OPEN = T(2025, 6, 3, 8, 41, 7)
B_CASE = cid15(B_OPEN, 817)
B_USER = 'daniel.okafor@outlook.com'
B_KEEP, B_GO = 'AWS20731946', 'AWS08815420'
t = T(2025, 6, 4, 13, 12, 48)
txt = f"""Hello Daniel,

Thank you for reaching out about your two AWS Certification accounts. I'm happy to help get them combined.

Here is how this will work from here:

1. Review the accounts we found under your name:
   - {B_KEEP} - registered with daniel.okafor@outlook.com (4 active certifications)
   - {B_GO} - registered with dokafor@contoso-energy.com (1 active certification)
2. Check the direction. We plan to keep {B_KEEP} as your primary account and move everything from {B_GO} into it. {B_GO} will be closed afterwards.
3. Reply on this case with "Confirmed" - or tell us what should change. Please reply through the Support Center, as this mailbox is not monitored.
4. After we have your reply, our team will complete the merge within 3-5 business days and update this case.

Please be aware that a merge is permanent and cannot be reversed once it is completed.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Sanjay K.
Amazon Web Services
{console_footer(B_CASE)}"""
msg = aws_mail(rcpt=B_USER, rcpt_name='Daniel Okafor', dt=t, frm=CONSOLE_ADDR, style='outlook',
               subject=f"RE:[CASE {B_CASE}] Merge duplicate AWS Certification accounts",
               body=part(txt, cte='7bit', charset='us-ascii'))
add('console-numbered-steps-confirm', msg, 'merge_confirmation_requested', B_CASE, [B_KEEP, B_GO], True)

# ---- 007 console "new correspondence" notice (no ids) --------------------
t = T(2025, 6, 6, 10, 27, 3)
txt = f"""Hello,

We have updated your support case {B_CASE}: "Merge duplicate AWS Certification accounts".

A new correspondence has been added to the case. To view it, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
inner = paras_html(txt.split('Amazon Web Services, Inc.')[0]).replace(
    f'https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&amp;language=en',
    f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&amp;language=en">View case {B_CASE}</a>')
msg = aws_mail(rcpt=B_USER, rcpt_name='Daniel Okafor', dt=t, frm=CONSOLE_ADDR, style='outlook',
               subject=f"[Case {B_CASE}] New correspondence added",
               body=alt(txt, html_page(inner)))
add('console-new-correspondence-notice', msg, 'support_reply', B_CASE, [], True)

# ---- 008 question inside one long paragraph, non-native, base64 -----------
C_OPEN = T(2025, 6, 10, 5, 12, 48)
C_CASE = cid15(C_OPEN, 2094)
C_USER = 'marcus.lindqvist@fastmail.com'
C_KEEP, C_GO = 'AWS33017282', 'AWS29946104'
t = T(2025, 6, 11, 6, 40, 22)
txt = f"""Dear Marcus,

Greetings from AWS Training and Certification!

I have checked in our system and I can see there are two profile created under your name, AWS 33017282 which is using marcus.lindqvist@fastmail.com and AWS 29946104 which is using the email of your previous company m.lindqvist@ericsson-partner.se. As per the process we will keep the profile AWS 33017282 as primary because it is having the most recent certification (AWS Certified DevOps Engineer \u2013 Professional) and the AWS 29946104 will be merged into it and then deactivated, so kindly can you confirm us if you are agree with this arrangement so that I can proceed further with the merge, since once it is done it cannot be revert back. Also please note that the 50% discount voucher which is available in AWS 29946104 will be moved along with the certifications.

Awaiting for your response.

Thanks and regards,
Nithya R.
AWS Training and Certification
{FORM_FOOTER}"""
msg = aws_mail(rcpt=C_USER, rcpt_name='Marcus Lindqvist', dt=t, style='fastmail',
               subject=form_subject(C_CASE, prefix='RE: '),
               body=part(txt, cte='base64'))
add('nonnative-paragraph-confirm', msg, 'merge_confirmation_requested', C_CASE, [C_KEEP, C_GO], True)

# ---- 009 voucher question, names both accounts and direction ---------------
D_OPEN = T(2025, 6, 16, 19, 3, 55)
D_CASE = cid15(D_OPEN, 66)
D_USER = 'hannah.kowalski@gmail.com'
D_KEEP, D_GO = 'AWS47790316', 'AWS51880243'
t = T(2025, 6, 17, 15, 22, 9)
txt = f"""Hi Hannah,

Thanks for sending over the details of both accounts.

Before we move anything from {D_GO} across to {D_KEEP}, there is one thing I'd like to check with you. {D_GO} still holds an unused 50% exam discount voucher (code ending in ...7QX4, valid until 02 September 2025). In some cases a voucher that has already been generated does not carry over with the merge, because it is tied to the account it was issued on.

Would you rather use the voucher on {D_GO} before the accounts are combined, or would you like us to ask our benefits team to reissue it on {D_KEEP} afterwards? Either option is fine - just let me know which one you prefer.

As soon as I hear back on this, I'll send you a final summary of the merge for your approval.

Kind regards,

Lerato M.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt=D_USER, rcpt_name='Hannah Kowalski', dt=t, subject=form_subject(D_CASE),
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='base64'))
add('voucher-question-before-merge', msg, 'support_reply', D_CASE, [D_KEEP, D_GO], True)

# ---- 010 pending exam appointment question ---------------------------------
E_OPEN = T(2025, 6, 5, 21, 30, 10)
E_CASE = cid15(E_OPEN, 5530)
E_USER = 'tomas.herrera@outlook.es'
E_KEEP, E_GO = 'AWS62014498', 'AWS60931175'
t = T(2025, 6, 6, 17, 45, 51)
txt = f"""Hello Tom\u00e1s,

Thank you for contacting AWS Support.

I have reviewed both profiles and understand that you would like AWS-60931175 to be merged into AWS-62014498, keeping the latter as your main account.

However, I noticed that there is an exam appointment booked on AWS-60931175:

   Exam: AWS Certified Security - Specialty (SCS-C02)
   Date: 19 June 2025, 09:00 (Europe/Madrid)
   Delivery: Pearson VUE, online proctored

Profiles with an upcoming appointment cannot be merged, because the appointment would be lost in the process. How would you like to continue? You can either:

a) take the exam as planned and get back to us once your result is available, or
b) cancel the appointment on the Pearson VUE site first and book it again from AWS-62014498 after the merge.

Please let us know which option works best for you by replying through the Support Center.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Maria G.
Amazon Web Services
{console_footer(E_CASE)}"""
msg = aws_mail(rcpt=E_USER, rcpt_name='Tom\u00e1s Herrera', dt=t, frm=CONSOLE_ADDR, style='outlook',
               subject=f"RE:[CASE {E_CASE}] Merge my two certification profiles",
               body=alt(txt, html_page(paras_html(txt.split('To contact us again')[0])), cte='quoted-printable'))
add('pending-exam-appointment-question', msg, 'support_reply', E_CASE, [E_KEEP, E_GO], True)

# ---- 011 name mismatch question (2023, 11-digit id) ------------------------
F_CASE = '12089345671'
F_USER = 'jon.whitfield@gmail.com'
F_KEEP, F_GO = 'AWS02287519', 'AWS09361048'
t = T(2023, 3, 14, 16, 5, 37)
txt = f"""Hello Jonathan,

Thank you for getting back to us with the second candidate ID.

We found both profiles and we are ready to prepare the merge of aws09361048 into aws02287519 as you asked. Before we do, we need one thing clarified: the legal name is not the same on the two profiles.

- aws02287519: Jonathan A. Whitfield
- aws09361048: Jon Whitfield

Your certificates and your Credly badges will show the name of the surviving profile. Which spelling should appear on aws02287519 after the merge? Please note that it has to match the ID you present at the test centre for any future exam.

Once you reply with the name, I will continue with your request.

Best regards,
Kevin
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt=F_USER, rcpt_name='Jonathan Whitfield', dt=t, subject=form_subject(F_CASE),
               body=part(txt, cte='quoted-printable', charset='utf-8'))
add('legal-name-question-2023', msg, 'support_reply', F_CASE, [F_KEEP, F_GO], True)

# ---- 012 HTML-only, source / destination definition, reply YES -------------
G_OPEN = T(2025, 7, 2, 3, 18, 40)
G_CASE = cid15(G_OPEN, 38)
G_USER = 'wei.chen.dev@gmail.com'
G_KEEP, G_GO = 'AWS71150384', 'AWS70022917'
t = T(2025, 7, 3, 1, 56, 14)
inner = f"""<p style="margin:0 0 12px 0;">Dear Wei,</p>
<p style="margin:0 0 12px 0;">Thank you for contacting AWS Training and Certification. We have reviewed your account merge request and prepared it as follows:</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border:1px solid #d5dbdb;margin:0 0 16px 0;">
<tr><td style="padding:10px 14px;background:#fafafa;border-bottom:1px solid #d5dbdb;width:40%;color:#545b64;">Source account<br /><span style="font-size:11px;">(will be closed)</span></td><td style="padding:10px 14px;border-bottom:1px solid #d5dbdb;"><b>{G_GO}</b><br />wchen@lumen-robotics.io</td></tr>
<tr><td style="padding:10px 14px;background:#fafafa;border-bottom:1px solid #d5dbdb;color:#545b64;">Destination account<br /><span style="font-size:11px;">(will be kept)</span></td><td style="padding:10px 14px;border-bottom:1px solid #d5dbdb;"><b>{G_KEEP}</b><br />wei.chen.dev@gmail.com</td></tr>
<tr><td style="padding:10px 14px;background:#fafafa;color:#545b64;">Moved to destination</td><td style="padding:10px 14px;">Certifications, exam history, digital badges, exam benefits</td></tr>
</table>
<p style="margin:0 0 12px 0;"><b>Your authorization is required.</b> To authorize this request, reply to this message with the word <b>YES</b>. If the source and destination should be the other way round, reply with <b>SWAP</b> and we will update the request before sending it to you again.</p>
<p style="margin:0 0 12px 0;">Please keep in mind that a completed merge cannot be undone, and the source account will no longer be available for sign-in.</p>
<p style="margin:0 0 12px 0;">Sincerely,<br />Jovana P.<br />AWS Training and Certification Customer Support</p>
<p style="margin:16px 0 0 0;font-size:12px;color:#687078;">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>"""
msg = aws_mail(rcpt=G_USER, rcpt_name='Wei Chen', dt=t, subject=form_subject(G_CASE),
               body=part(html_page(inner), 'html', cte='quoted-printable'))
add('html-only-source-destination-yes', msg, 'merge_confirmation_requested', G_CASE, [G_KEEP, G_GO], True)

# ---- 013 phishing from look-alike domain (passes for its own domain) --------
t = T(2025, 7, 8, 12, 14, 2)
PH_USER = 'wei.chen.dev@gmail.com'
txt = f"""Dear Certified Professional,

Your request to consolidate your AWS Certification profiles is ready for final approval.

  Primary profile:    AWS71150384
  Secondary profile:  AWS71150385

To complete the process you must confirm the merge within 24 hours. After this period the request will expire and both profiles may be temporarily locked for security reasons.

Confirm merge now:
https://aws-certification-services.com/merge/confirm?token=8f2d0c7e51b94a6e

You will be asked to sign in with your AWS Certification credentials to verify ownership.

Regards,
AWS Training & Certification - Account Services
"""
inner = f"""<p>Dear Certified Professional,</p>
<p>Your request to consolidate your AWS Certification profiles is ready for final approval.</p>
<p>Primary profile: <b>AWS71150384</b><br />Secondary profile: <b>AWS71150385</b></p>
<p>To complete the process you must confirm the merge within <b>24 hours</b>. After this period the request will expire and both profiles may be temporarily locked for security reasons.</p>
<p><a href="https://aws-certification-services.com/merge/confirm?token=8f2d0c7e51b94a6e" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold;">CONFIRM MERGE</a></p>
<p>You will be asked to sign in with your AWS Certification credentials to verify ownership.</p>
<p>Regards,<br />AWS Training &amp; Certification - Account Services</p>"""
msg = aws_mail(rcpt=PH_USER, rcpt_name=None, dt=t,
               frm='"AWS Training & Certification" <account-services@aws-certification-services.com>',
               from_domain='aws-certification-services.com', selector='default',
               sender_ip='185.231.154.22', sender_host='mail.aws-certification-services.com',
               mailfrom='bounce@aws-certification-services.com',
               subject='Final approval needed: consolidate your AWS Certification profiles',
               body=alt(txt, html_page(inner)))
add('phish-lookalike-domain-confirm-merge', msg, 'merge_confirmation_requested', None,
    ['AWS71150384', 'AWS71150385'], False)

# ---- 014 spoofed amazon.com, dmarc=fail on top, forged pass below ----------
t = T(2025, 6, 19, 4, 47, 33)
fake_case = cid15(T(2025, 6, 18, 22, 3, 9), 4417)
txt = f"""Hello,

This is a notification regarding your AWS Training and Certification case {fake_case}.

We have received a request to merge the candidate account AWS 08815420 into AWS 20731946. For your security, the merge must be confirmed by the account owner.

Please confirm the merge by signing in at the secure link below:
https://amazon-certification-support.help/signin?case={fake_case}

If the request is not confirmed within 12 hours, both accounts will be suspended until identity verification is completed.

Best regards,
Amazon Web Services
"""
msg = aws_mail(rcpt=B_USER, rcpt_name='Daniel Okafor', dt=t, frm=FORM_ADDR, style='outlook',
               verdict='fail', forged_lower=True, sender_ip='45.141.87.203',
               sender_host='vps-45-141-87-203.hostnet-eu.net', mailfrom='postmaster@hostnet-eu.net',
               subject=f"RE:[CASE {fake_case}] Action required: confirm account merge",
               body=part(txt, cte='7bit', charset='us-ascii'), extra_dkim=False)
add('phish-spoofed-amazon-dmarc-fail', msg, 'merge_confirmation_requested', fake_case,
    ['AWS08815420', 'AWS20731946'], False)

# ---- 015 request quoting user's Outlook message with a third id --------------
H_OPEN = T(2025, 7, 1, 14, 2, 26)
H_CASE = cid15(H_OPEN, 97012)
H_USER = 'olivia.brandt@outlook.com'
H_KEEP, H_GO, H_OTHER = 'AWS55028871', 'AWS39911420', 'AWS55082871'
t_u = T(2025, 7, 2, 7, 48, 11)
t = T(2025, 7, 2, 18, 20, 4)
txt = f"""Hello Olivia,

Thank you for the additional information.

I checked all three candidate IDs from your message. Two of them belong to you:

  * {H_KEEP} (olivia.brandt@outlook.com) - the account you would like to keep
  * {H_GO} (obrandt@hq.fabrikam.de) - the account to be merged

The third ID in your message is registered to a different person with a similar name, so I have left it out of this request.

We would therefore merge {H_GO} into {H_KEEP}. Your certifications from both accounts would then appear under {H_KEEP}, and {H_GO} would be closed for good - this cannot be reversed later. Is this correct? If so, a short reply such as "Yes, please go ahead" is all we need, and we will start the merge as soon as we receive it.

Kind regards,
Ahmed R.
AWS Training and Certification Customer Support

________________________________
From: Olivia Brandt <olivia.brandt@outlook.com>
Sent: Wednesday, July 2, 2025 9:48 AM
To: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE {H_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Hello,

here are my IDs as requested. I think I have three of them, I am not completely sure about the last one:

AWS55028871 - private, please keep this one
AWS39911420 - old work account
{H_OTHER} - maybe created when I booked an exam in 2021?

Best regards
Olivia Brandt
{FORM_FOOTER}"""
msg = aws_mail(rcpt=H_USER, rcpt_name='Olivia Brandt', dt=t, style='outlook',
               subject=form_subject(H_CASE), body=part(txt, cte='quoted-printable'))
add('confirm-request-quoting-third-id', msg, 'merge_confirmation_requested', H_CASE, [H_KEEP, H_GO], True)

# ---- 016 which account to keep (no direction proposed) ----------------------
I_OPEN = T(2025, 7, 9, 0, 51, 19)
I_CASE = cid15(I_OPEN, 310)
I_USER = 'samir.haddad@biglobe.ne.jp'
t = T(2025, 7, 9, 23, 30, 47)
txt = f"""Hello Samir,

Thank you for contacting AWS Training and Certification.

We were able to find both of the profiles you mentioned:

- AWS44107736 - signed in with samir.haddad@biglobe.ne.jp, created in 2019, 2 active certifications
- AWS80025519 - signed in with s.haddad@globaltech-consulting.jp, created in 2023, 1 active certification

Which of these two would you like to keep as your primary account? There is no right or wrong choice here; many candidates keep the profile linked to a personal e-mail address, because it stays with them if they change employer. The other profile will be merged into the one you choose.

Once you tell us which one to keep, I will prepare a summary of the merge and send it to you for a final check.

Best regards,
Sanjay K.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt=I_USER, rcpt_name='Samir Haddad', dt=t, style='biglobe',
               subject=form_subject(I_CASE), body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0]))))
add('which-account-to-keep', msg, 'support_reply', I_CASE, ['AWS44107736', 'AWS80025519'], True)

# ---- 017 asking for login e-mails (2020, 10-digit id) ---------------------
K_CASE = '6812345907'
t = T(2020, 2, 11, 18, 4, 55)
txt = """Hello Brian,

Thank you for contacting AWS Training and Certification.

I understand you would like to combine your certification accounts. I was able to locate AWS00731562 using the e-mail address on this case, but I could not find a second account under your name.

So that I can locate the other account, could you please reply with the following:

1. The e-mail address you use (or used) to sign in to each account
2. The notification e-mail address on each account, if different
3. The approximate date of your last exam on the account I could not find

Please do not open a new case for this request; simply reply to this e-mail so that all the information stays in one place.

Regards,
Diego F.
AWS Training and Certification
""" + FORM_FOOTER
msg = aws_mail(rcpt='brian.oconnell@eircom.net', rcpt_name='Brian O\'Connell', dt=t,
               subject=form_subject(K_CASE, topic='account-merge'),
               body=part(txt, cte='7bit', charset='us-ascii'), style='outlook')
add('asks-login-emails-2020', msg, 'support_reply', K_CASE, ['AWS00731562'], True)

# ---- 018 completion as a status table (console) -----------------------------
L_OPEN = T(2025, 8, 4, 16, 11, 2)
L_CASE = cid15(L_OPEN, 7781)
L_KEEP, L_GO = 'AWS91023384', 'AWS90177245'
t = T(2025, 8, 7, 20, 33, 16)
txt = f"""Hello Aaron,

Thank you for your patience. Here is the outcome of your request:

  Request type ........ Certification account merge
  Retained account .... {L_KEEP}
  Merged account ...... {L_GO}
  Status .............. COMPLETED ({t.strftime('%d %b %Y')})

All certifications and exam records from {L_GO} now appear under {L_KEEP}. Please sign in with aaron.whitlock@gmail.com from now on. Your Credly badges will be reissued to the same address; this can take up to 2 business days.

If anything looks wrong, reply to this case within the next 14 days and we will take another look.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Chloe D.
Amazon Web Services
{console_footer(L_CASE)}"""
inner = f"""<p>Hello Aaron,</p><p>Thank you for your patience. Here is the outcome of your request:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #d5dbdb;font-size:13px;">
<tr><td style="border:1px solid #d5dbdb;background:#fafafa;">Request type</td><td style="border:1px solid #d5dbdb;">Certification account merge</td></tr>
<tr><td style="border:1px solid #d5dbdb;background:#fafafa;">Retained account</td><td style="border:1px solid #d5dbdb;">{L_KEEP}</td></tr>
<tr><td style="border:1px solid #d5dbdb;background:#fafafa;">Merged account</td><td style="border:1px solid #d5dbdb;">{L_GO}</td></tr>
<tr><td style="border:1px solid #d5dbdb;background:#fafafa;">Status</td><td style="border:1px solid #d5dbdb;color:#1d8102;"><b>COMPLETED</b> ({t.strftime('%d %b %Y')})</td></tr>
</table>
{paras_html(txt.split('Status ..')[1].split(chr(10), 1)[1].split('To contact us again')[0])}"""
msg = aws_mail(rcpt='aaron.whitlock@gmail.com', rcpt_name='Aaron Whitlock', dt=t, frm=CONSOLE_ADDR,
               subject=f"RE:[CASE {L_CASE}] Please merge my two AWS certification accounts",
               body=alt(txt, html_page(inner), cte='quoted-printable'))
add('completed-status-table', msg, 'merge_completed', L_CASE, [L_KEEP, L_GO], True)

# ---- 019 closure notice that mentions, in passing, that the merge is done -----
t = T(2025, 6, 9, 15, 2, 41)
txt = f"""Hello,

Since your certification accounts have now been merged, we have resolved case {B_CASE} ("Merge duplicate AWS Certification accounts").

If you still need help with this case, you can reopen it from the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=en

We'd love to hear about your experience. Please take a moment to tell us how we did:

  Was your issue resolved?  Yes / No
  https://console.aws.amazon.com/support/feedback?displayId={B_CASE}

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
msg = aws_mail(rcpt=B_USER, rcpt_name='Daniel Okafor', dt=t, frm=CONSOLE_ADDR, style='outlook',
               subject=f"Amazon Web Services: Support case {B_CASE} has been resolved",
               body=alt(txt, html_page(paras_html(txt.split('Amazon Web Services, Inc.')[0]))))
add('closure-mentions-merge-done', msg, 'survey', B_CASE, [], True)

# ---- 020 console: you have opened a new support case ---------------------------
M_OPEN = T(2025, 7, 14, 9, 2, 51)
M_CASE = cid15(M_OPEN, 1205)
t = M_OPEN + timedelta(seconds=9)
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {M_CASE} to address your issue.

The details of your case are as follows:

Case ID: {M_CASE}
Subject: Merge certification accounts AWS36620148 and AWS36620419
Severity: General guidance
Correspondence: Hello, I accidentally created a second certification account when I scheduled my last exam. I would like to keep AWS36620148 and have the other one combined into it. Thank you.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={M_CASE}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
msg = aws_mail(rcpt='nadia.petrova@gmail.com', rcpt_name=None, dt=t, frm=CONSOLE_ADDR,
               subject=f"Amazon Web Services: You have opened a new Support case: {M_CASE}",
               body=part(txt, cte='quoted-printable'))
add('console-new-case-opened', msg, 'case_created', M_CASE, ['AWS36620148', 'AWS36620419'], True)

# ---- 021 Credly: badge reissued after consolidation -----------------------------
t = T(2025, 8, 8, 14, 26, 57)
CREDLY_IP = '149.72.170.31'


def credly_mail(rcpt, dt, subject, body, frm=CREDLY_ADDR, style='gmail', domain='credly.com'):
    return aws_mail(rcpt=rcpt, rcpt_name=None, dt=dt, frm=frm, style=style, subject=subject, body=body,
                    from_domain=domain, selector='s1', sender_ip=CREDLY_IP,
                    sender_host=f'o{RNG.randint(1,9)}.ptr{RNG.randint(1000,9999)}.em.{domain}',
                    mailfrom=f'bounces+{RNG.randint(1000000,9999999)}-{rhex(4)}-{rcpt.replace("@", "=")}@em.{domain}',
                    extra_dkim=False)


badge = 'AWS Certified Solutions Architect \u2013 Associate'
txt = f"""Hi Aaron,

Amazon Web Services Training and Certification has issued you a new badge: {badge}.

This badge was reissued to aaron.whitlock@gmail.com following the consolidation of your AWS Certification accounts.

Accept your badge:
https://www.credly.com/earner/earned/badge/5e1c7a0b-93d4-4f1e-a2b7-0c48d1e6f3a9

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website.

The Credly Team

Credly, 100 Pearl Street, Hartford, CT 06103
You are receiving this email because a badge was issued to you. Manage your notification settings: https://www.credly.com/earner/settings/notifications
"""
inner = f"""<div style="text-align:center;"><img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="{esc(badge)}" /></div>
<p>Hi Aaron,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge: <b>{esc(badge)}</b>.</p>
<p>This badge was reissued to aaron.whitlock@gmail.com following the consolidation of your AWS Certification accounts.</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/5e1c7a0b-93d4-4f1e-a2b7-0c48d1e6f3a9" style="background:#0b7a75;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Accept your badge</a></p>
<p>Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website.</p>
<p>The Credly Team</p>"""
msg = credly_mail('aaron.whitlock@gmail.com', t, f"{badge}: your badge is ready to accept",
                  alt(txt, html_page(inner, title='Credly'), cte='quoted-printable'))
add('credly-badge-reissued-after-merge', msg, 'credly_badge_issued', None, [], True)

# ---- 022 Credly self-service account merge code (not the AWS merge) --------------
t = T(2025, 8, 9, 7, 3, 12)
txt = """Hello,

We received a request to merge another Credly account into your account (aaron.whitlock@gmail.com).

Your verification code is: 482913

Enter this code on the Credly website, then select "Complete Account Merge" to move all badges from the other account into this one. The code expires in 30 minutes.

If you did not request this, you can safely ignore this email.

The Credly Team
"""
msg = credly_mail('aaron.whitlock@gmail.com', t, 'Your Credly account merge verification code',
                  alt(txt, html_page(paras_html(txt), title='Credly')), frm='"Credly" <admin@credly.com>')
add('credly-self-service-merge-code', msg, 'unrelated', None, [], True)

# ---- 023 Pearson VUE appointment confirmation ----------------------------------------
t = T(2025, 6, 2, 10, 15, 40)
txt = """Dear Tomas Herrera,

Thank you for scheduling your AWS Certification exam. This email confirms your appointment.

Candidate ID: AWS60931175
Registration ID: 498233107
Exam: SCS-C02: AWS Certified Security - Specialty
Appointment: Thursday, June 19, 2025 at 9:00 AM Central European Summer Time
Delivery: OnVUE online proctored
Language: English

Please check in 30 minutes before your appointment. Review the OnVUE system requirements and run the system test on the computer you will use for your exam.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
msg = aws_mail(rcpt=E_USER, rcpt_name='Tomas Herrera', dt=t, frm='"Pearson VUE" <pearsonvueconfirmation@pearson.com>',
               style='outlook', from_domain='pearson.com', selector='pvue2023', sender_ip='159.182.1.62',
               sender_host='mx2.pearson.com', mailfrom='bounce@pearson.com',
               subject='Appointment Confirmation - AWS Certified Security - Specialty',
               body=alt(txt, html_page(paras_html(txt), title='Pearson VUE')))
add('pearson-vue-appointment', msg, 'unrelated', None, ['AWS60931175'], False)

# ---- 024 generic chaser, request only in quoted history ---------------------------
t = T(2025, 6, 14, 7, 2, 30)
c_req = [m for m in MAILS if m[0].startswith('008')][0]
txt = f"""Dear Marcus,

Greetings from AWS Training and Certification!

This is a gentle follow-up on our previous e-mail below, as we did not receive any response from your end yet. Kindly reply to the same at your earliest convenience so that we can take your request forward.

Please note that if we do not hear from you within 5 business days, the case will be closed automatically. You can always reopen it by replying to this e-mail.

Thanks and regards,
Nithya R.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wed, 11 Jun 2025 06:40:22 +0000
To: marcus.lindqvist@fastmail.com
Subject: RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Dear Marcus,

Greetings from AWS Training and Certification!

I have checked in our system and I can see there are two profile created under your name, AWS 33017282 which is using marcus.lindqvist@fastmail.com and AWS 29946104 which is using the email of your previous company m.lindqvist@ericsson-partner.se. As per the process we will keep the profile AWS 33017282 as primary because it is having the most recent certification and the AWS 29946104 will be merged into it and then deactivated, so kindly can you confirm us if you are agree with this arrangement so that I can proceed further with the merge, since once it is done it cannot be revert back.

Awaiting for your response.

Thanks and regards,
Nithya R.
AWS Training and Certification
{FORM_FOOTER}"""
msg = aws_mail(rcpt=C_USER, rcpt_name='Marcus Lindqvist', dt=t, style='fastmail',
               subject=form_subject(C_CASE, prefix='RE: '), body=part(txt, cte='base64'))
add('chaser-request-only-quoted', msg, 'support_reply', C_CASE, [], True)

# ---- 025 chaser that restates the whole request and asks again ----------------------
N_OPEN = T(2025, 7, 21, 6, 44, 8)
N_CASE = cid15(N_OPEN, 559)
N_KEEP, N_GO = 'AWS17740925', 'AWS17704352'
t = T(2025, 7, 25, 9, 12, 40)
txt = f"""Hi Grace,

I'm following up on my message from Tuesday, as I haven't seen a reply from you yet.

To recap, we are ready to merge {N_GO} (registered to gmwangi@kcb-digital.co.ke) into {N_KEEP} (grace.mwangi@outlook.com). {N_KEEP} would then be your only account and would hold all of your certifications; {N_GO} would be closed permanently.

Could you reply with a quick "yes" if this is what you want, or let me know what should be different? We can't start the merge without your go-ahead. If we don't hear from you within 7 days, this case will be closed, but you can reopen it by replying at any time.

Best regards,
Lerato M.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='grace.mwangi@outlook.com', rcpt_name='Grace Mwangi', dt=t, style='outlook',
               subject=form_subject(N_CASE, prefix='RE:'),
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='quoted-printable'))
add('chaser-restating-request', msg, 'merge_confirmation_requested', N_CASE, [N_KEEP, N_GO], True)

# ---- 026 status update, no Authentication-Results (corporate archive) -----------
O_OPEN = T(2025, 8, 18, 4, 20, 33)
O_CASE = cid15(O_OPEN, 14)
O_KEEP, O_GO = 'AWS28813590', 'AWS28871036'
t = T(2025, 8, 19, 11, 48, 2)
txt = f"""Hello Rahul,

Thank you for your reply.

Your request to combine aws28871036 into aws28813590 has been passed to our Certification Operations team and is now in their queue. There is nothing else we need from you at this point.

Once the merge is complete we will e-mail you at this address, and all of your certifications will be visible under aws28813590. Until then, please avoid scheduling a new exam on either account, as a booking made during the merge may not be carried over.

Thank you for your understanding.

Regards,
Pooja V.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='rahul.menon@infinitech.co.in', rcpt_name='Rahul Menon', dt=t, style='none',
               subject=form_subject(O_CASE), body=part(txt, cte='quoted-printable'))
add('status-queued-no-auth-header', msg, 'support_reply', O_CASE, [O_KEEP, O_GO], None)

# ---- 027 thank you for confirming, we will now proceed (Olivia) ------------------
t_u2 = T(2025, 7, 3, 6, 55, 30)
t = T(2025, 7, 3, 12, 9, 45)
txt = f"""Hello Olivia,

Thank you for confirming. We will now proceed with merging {H_GO} into {H_KEEP}, as agreed.

You don't need to do anything else. I'll write to you again as soon as the work is finished, usually within 2 to 4 business days.

Kind regards,
Ahmed R.
AWS Training and Certification Customer Support

________________________________
From: Olivia Brandt <olivia.brandt@outlook.com>
Sent: Thursday, July 3, 2025 8:55 AM
To: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: {form_subject(H_CASE)}

Yes, please go ahead. Thank you for checking the third one!

Olivia

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, July 2, 2025 8:20 PM
To: olivia.brandt@outlook.com <olivia.brandt@outlook.com>
Subject: {form_subject(H_CASE)}

Hello Olivia,

Thank you for the additional information.

I checked all three candidate IDs from your message. Two of them belong to you:

  * {H_KEEP} (olivia.brandt@outlook.com) - the account you would like to keep
  * {H_GO} (obrandt@hq.fabrikam.de) - the account to be merged
[...]
{FORM_FOOTER}"""
msg = aws_mail(rcpt=H_USER, rcpt_name='Olivia Brandt', dt=t, style='outlook',
               subject=form_subject(H_CASE), body=part(txt, cte='quoted-printable'))
add('thanks-for-confirming-will-proceed', msg, 'support_reply', H_CASE, [H_KEEP, H_GO], True)

# ---- 028 completion without the word "merge" (Olivia) --------------------------
t = T(2025, 7, 7, 15, 40, 18)
txt = f"""Hello Olivia,

The work on your profiles is finished. Everything that was on {H_GO} - your certifications, exam history and the unused 50% discount voucher - now lives on {H_KEEP}.

{H_GO} has been retired and can no longer be used to sign in. Please use olivia.brandt@outlook.com to access your certifications from now on.

Thank you for your patience, and congratulations again on your recent certification.

Kind regards,
Ahmed R.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt=H_USER, rcpt_name='Olivia Brandt', dt=t, style='outlook',
               subject=form_subject(H_CASE),
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='base64'))
add('profiles-work-finished-no-merge-word', msg, 'merge_completed', H_CASE, [H_KEEP, H_GO], True)

# ---- 029 Japanese confirmation request (ISO-2022-JP) ---------------------------
J_OPEN = T(2025, 5, 19, 23, 40, 5)
J_CASE = cid15(J_OPEN, 6603)
J_USER = 'k.tanaka@nifty.com'
J_KEEP, J_GO = 'AWS21348870', 'AWS21349907'
J_TO = Header('\u7530\u4e2d \u6075\u5b50', 'iso-2022-jp').encode() + f' <{J_USER}>'
t = T(2025, 5, 21, 1, 15, 27)
txt = f"""\u7530\u4e2d \u6075\u5b50 \u69d8

\u3044\u3064\u3082 AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a\u3092\u3054\u5229\u7528\u3044\u305f\u3060\u304d\u3001\u8aa0\u306b\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002
\u30ab\u30b9\u30bf\u30de\u30fc\u30b5\u30dd\u30fc\u30c8\u306e\u5c71\u672c\u3067\u3054\u3056\u3044\u307e\u3059\u3002

\u304a\u5ba2\u69d8\u306e\u3054\u4f9d\u983c\u5185\u5bb9\u3092\u78ba\u8a8d\u3044\u305f\u3057\u307e\u3057\u305f\u3068\u3053\u308d\u3001\u4ee5\u4e0b\u306e 2 \u3064\u306e\u30a2\u30ab\u30a6\u30f3\u30c8\u304c\u898b\u3064\u304b\u308a\u307e\u3057\u305f\u3002

\u30fb{J_KEEP}\uff08{J_USER}\uff09\u3000\u2026\u3000\u7d71\u5408\u5f8c\u3082\u5f15\u304d\u7d9a\u304d\u3054\u5229\u7528\u3044\u305f\u3060\u304f\u30a2\u30ab\u30a6\u30f3\u30c8
\u30fb{J_GO}\uff08keiko.tanaka@sakura-systems.co.jp\uff09\u3000\u2026\u3000\u7d71\u5408\u5143\uff08\u7d71\u5408\u5f8c\u306b\u9589\u9396\uff09

{J_GO} \u306b\u767b\u9332\u3055\u308c\u3066\u3044\u308b\u8a8d\u5b9a\u8cc7\u683c\u3001\u53d7\u9a13\u5c65\u6b74\u304a\u3088\u3073\u7279\u5178\u3092 {J_KEEP} \u3078\u7d71\u5408\u3059\u308b\u624b\u7d9a\u304d\u3092\u9032\u3081\u3066\u3088\u308d\u3057\u3044\u3067\u3057\u3087\u3046\u304b\u3002
\u7d71\u5408\u306f\u4e00\u5ea6\u5b9f\u65bd\u3044\u305f\u3057\u307e\u3059\u3068\u5143\u306b\u623b\u3059\u3053\u3068\u304c\u3067\u304d\u307e\u305b\u3093\u306e\u3067\u3001\u5185\u5bb9\u306b\u8aa4\u308a\u304c\u306a\u3044\u304b\u3054\u78ba\u8a8d\u306e\u3046\u3048\u3001\u672c\u30e1\u30fc\u30eb\u3078\u306e\u3054\u8fd4\u4fe1\u306b\u3066\u3054\u627f\u8a8d\u3044\u305f\u3060\u3051\u307e\u3059\u3068\u5e78\u3044\u3067\u3059\u3002

\u3054\u8fd4\u4fe1\u3092\u3044\u305f\u3060\u304d\u6b21\u7b2c\u3001\u624b\u7d9a\u304d\u3092\u958b\u59cb\u3044\u305f\u3057\u307e\u3059\u3002
\u4f55\u5352\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u7533\u3057\u4e0a\u3052\u307e\u3059\u3002

\u5c71\u672c \u611b\u5b50
AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a \u30ab\u30b9\u30bf\u30de\u30fc\u30b5\u30dd\u30fc\u30c8

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
msg = aws_mail(rcpt=J_USER, rcpt_name=None, to=J_TO, dt=t, style='nifty',
               subject=(Header(f"RE:[CASE {J_CASE}] \u8a8d\u5b9a\u30a2\u30ab\u30a6\u30f3\u30c8\u7d71\u5408\u306e\u3054\u78ba\u8a8d\u306b\u3064\u3044\u3066", 'iso-2022-jp', header_name='Subject').encode(),),
               body=part(txt, charset='iso-2022-jp', cte='7bit'))
add('ja-confirm-request-iso2022jp', msg, 'merge_confirmation_requested', J_CASE, [J_KEEP, J_GO], True, 'ja')

# ---- 030 Japanese completion (Shift_JIS, base64) ------------------------------------
t = T(2025, 5, 23, 5, 30, 52)
txt = f"""\u7530\u4e2d \u6075\u5b50 \u69d8

AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a \u30ab\u30b9\u30bf\u30de\u30fc\u30b5\u30dd\u30fc\u30c8\u306e\u5c71\u672c\u3067\u3054\u3056\u3044\u307e\u3059\u3002

\u5148\u65e5\u3054\u627f\u8a8d\u3044\u305f\u3060\u304d\u307e\u3057\u305f\u8a8d\u5b9a\u30a2\u30ab\u30a6\u30f3\u30c8\u306e\u7d71\u5408\u306b\u3064\u304d\u307e\u3057\u3066\u3001\u672c\u65e5\u4f5c\u696d\u304c\u5b8c\u4e86\u3044\u305f\u3057\u307e\u3057\u305f\u306e\u3067\u3054\u5831\u544a\u7533\u3057\u4e0a\u3052\u307e\u3059\u3002

\u7d71\u5408\u5f8c\u306e\u30a2\u30ab\u30a6\u30f3\u30c8\uff1a{J_KEEP}
\uff08{J_GO} \u306b\u767b\u9332\u3055\u308c\u3066\u3044\u305f\u8a8d\u5b9a\u8cc7\u683c\u304a\u3088\u3073\u53d7\u9a13\u5c65\u6b74\u306f\u3001\u3059\u3079\u3066\u4e0a\u8a18\u30a2\u30ab\u30a6\u30f3\u30c8\u3078\u79fb\u884c\u6e08\u307f\u3067\u3059\uff09

\u4eca\u5f8c\u306f {J_USER} \u306b\u3066\u30b5\u30a4\u30f3\u30a4\u30f3\u3044\u305f\u3060\u3051\u307e\u3059\u3088\u3046\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002
\u306a\u304a\u3001Credly \u306e\u30d0\u30c3\u30b8\u304c\u53cd\u6620\u3055\u308c\u308b\u307e\u3067\u306b\u6700\u5927 48 \u6642\u9593\u307b\u3069\u304b\u304b\u308b\u5834\u5408\u304c\u3054\u3056\u3044\u307e\u3059\u3002

\u3054\u4e0d\u660e\u306a\u70b9\u304c\u3054\u3056\u3044\u307e\u3057\u305f\u3089\u3001\u672c\u30e1\u30fc\u30eb\u306b\u3054\u8fd4\u4fe1\u304f\u3060\u3055\u3044\u3002
\u4eca\u5f8c\u3068\u3082 AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a\u3092\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u7533\u3057\u4e0a\u3052\u307e\u3059\u3002

\u5c71\u672c \u611b\u5b50
AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a \u30ab\u30b9\u30bf\u30de\u30fc\u30b5\u30dd\u30fc\u30c8
"""
msg = aws_mail(rcpt=J_USER, rcpt_name=None, to=J_TO, dt=t, style='nifty',
               subject=f"RE:[CASE {J_CASE}] \u8a8d\u5b9a\u30a2\u30ab\u30a6\u30f3\u30c8\u7d71\u5408\u5b8c\u4e86\u306e\u3054\u5831\u544a",
               body=part(txt, charset='shift_jis', cte='base64'))
add('ja-completed-shift-jis', msg, 'merge_completed', J_CASE, [J_KEEP, J_GO], True, 'ja')

# ---- 031 Q&A shaped confirmation request ----------------------------------------
P_OPEN = T(2025, 9, 1, 18, 7, 44)
P_CASE = cid15(P_OPEN, 802)
P_KEEP, P_GO = 'AWS63300471', 'AWS63309172'
t = T(2025, 9, 2, 14, 31, 6)
txt = f"""Hello Lucas,

Thanks for your message. To make sure we get this right, here is the plan in question-and-answer form:

Q: Which accounts are involved?
A: {P_KEEP} and {P_GO}.

Q: Which account will you keep using?
A: {P_KEEP} (lucas.moreau.cloud@gmail.com).

Q: What happens to {P_GO}?
A: Its certifications (including your AWS Certified Cloud Practitioner from 2022) move to {P_KEEP}, and {P_GO} is then closed.

Q: Can this be undone?
A: No. Once completed, the merge is permanent.

Q: What do we need from you?
A: If all of the answers above are right, reply "Approved" to this e-mail. If not, tell us what to change and we will adjust the plan.

Thanks,
Yusuf A.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='lucas.moreau.cloud@gmail.com', rcpt_name='Lucas Moreau', dt=t,
               subject=form_subject(P_CASE, prefix='RE: '),
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='quoted-printable'))
add('qa-format-confirm', msg, 'merge_confirmation_requested', P_CASE, [P_KEEP, P_GO], True)

# ---- 032 three accounts into one, fixed-width table ---------------------------------
Q_OPEN = T(2025, 8, 25, 2, 12, 9)
Q_CASE = cid15(Q_OPEN, 45)
Q_KEEP, Q_GO1, Q_GO2 = 'AWS40918822', 'AWS41100937', 'AWS39267715'
t = T(2025, 8, 26, 3, 44, 27)
txt = f"""Dear Mei Lin,

Thank you for writing in. We located three AWS Certification accounts that belong to you. Below is how we propose to combine them:

  Candidate ID    Sign-in e-mail                    Certifications   Action
  --------------  --------------------------------  ---------------  -------------------------
  {Q_KEEP}     meilin.tan@singnet.com.sg         3                KEEP (primary)
  {Q_GO1}     mltan@dbs-tech.com.sg             1                merge into {Q_KEEP}
  {Q_GO2}     tanmeilin88@hotmail.com           0 (1 voucher)    merge into {Q_KEEP}

After the merge, {Q_GO1} and {Q_GO2} will be closed and cannot be restored.

Could you please look over the table and reply with "I confirm the merge as listed" if it is correct? If you would like a different account to be the primary one, simply let us know which.

Yours sincerely,
Hui Min L.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='meilin.tan@singnet.com.sg', rcpt_name='Tan Mei Lin', dt=t, style='outlook',
               subject=form_subject(Q_CASE), body=part(txt, cte='quoted-printable'))
add('three-accounts-fixed-width-table', msg, 'merge_confirmation_requested', Q_CASE,
    [Q_KEEP, Q_GO1, Q_GO2], True)

# ---- 033 consent received, asks to confirm an e-mail address (console) ---------
t = T(2025, 7, 16, 8, 58, 12)
txt = f"""Hello Nadia,

Thanks for confirming that AWS36620419 should be merged into AWS36620148.

Before our team runs the merge, could you please confirm which e-mail address you would like to use for sign-in and notifications on AWS36620148? At the moment the two accounts use different addresses:

- AWS36620148: n.petrova@helix-bio.eu
- AWS36620419: nadia.petrova@gmail.com

If you would like to keep n.petrova@helix-bio.eu, no change is needed; otherwise we will update it as part of the merge.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Tom\u00e1\u0161 N.
Amazon Web Services
{console_footer(M_CASE)}"""
msg = aws_mail(rcpt='nadia.petrova@gmail.com', rcpt_name=None, dt=t, frm=CONSOLE_ADDR,
               subject=f"RE:[CASE {M_CASE}] Merge certification accounts AWS36620148 and AWS36620419",
               body=alt(txt, html_page(paras_html(txt.split('To contact us again')[0])), cte='base64'))
add('asks-to-confirm-email-address', msg, 'support_reply', M_CASE, ['AWS36620148', 'AWS36620419'], True)

# ---- 034 answer to a voucher question after the merge --------------------------------
t = T(2025, 6, 30, 13, 17, 5)
txt = f"""Hi Hannah,

Thanks for your follow-up question about the exam voucher.

Now that {D_GO} has been merged into {D_KEEP}, the unused 50% discount voucher was reissued by our benefits team on {D_KEEP}. It should be listed under Benefits > Exam discount in your Certification Account, with the same expiry date as before (02 September 2025).

You mentioned that you can't see it there yet. Could you send us a screenshot of your Benefits page, together with the time you checked? That will help us work out whether it is a display delay or whether the voucher still needs to be moved.

Kind regards,

Lerato M.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt=D_USER, rcpt_name='Hannah Kowalski', dt=t, subject=form_subject(D_CASE),
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='quoted-printable'))
add('post-merge-voucher-followup', msg, 'support_reply', D_CASE, [D_KEEP, D_GO], True)

# ---- 035 unrelated AWS billing case -----------------------------------------------------
R_OPEN = T(2025, 6, 20, 8, 5, 31)
R_CASE = cid15(R_OPEN, 4120)
t = T(2025, 6, 21, 10, 40, 3)
txt = f"""Hello,

Thank you for contacting AWS Billing and Accounts.

I reviewed the charges on your account 4417-2093-8812 for May 2025. The USD 38.62 came from an Elastic IP address and an EBS volume in eu-west-1 that remained after the EC2 instance was terminated. I have released a one-time credit of USD 38.62, which will appear on your next invoice.

To avoid similar charges, please release unused Elastic IP addresses and delete unattached volumes. You can also set up an AWS Budgets alert.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Jasmine T.
Amazon Web Services
{console_footer(R_CASE)}"""
msg = aws_mail(rcpt=A_USER, rcpt_name=A_NAME, dt=t, frm=CONSOLE_ADDR,
               subject=f"RE:[CASE {R_CASE}] Unexpected charges after terminating EC2 instance",
               body=part(txt, cte='quoted-printable'))
add('unrelated-aws-billing-case', msg, 'unrelated', R_CASE, [], True)

# ---- 036 Seller Central case, detail-page "merge" ------------------------------------
t = T(2025, 7, 11, 19, 22, 48)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that your two detail pages for the same product, ASIN B0C7KQ2M9X and ASIN B0C7KQ3Z11, should be combined into one.

I have reviewed both pages and confirmed they describe the same item. I have submitted a request to our catalog team to merge ASIN B0C7KQ3Z11 into ASIN B0C7KQ2M9X. The request usually takes 3-5 business days; we will contact you once the catalog team has reviewed it.

Please do not create a new listing for this product in the meantime.

Was this response helpful? Please let us know by clicking one of the links below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&rating=yes
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&rating=no

Best regards,
Harsha
Amazon Selling Partner Support
https://sellercentral.amazon.com
"""
msg = aws_mail(rcpt='priya.raman@gmail.com', rcpt_name=None, dt=t,
               frm='"Amazon Selling Partner Support" <sellercentral-noreply@amazon.com>',
               subject='RE:[CASE 5884881212] Duplicate detail pages for the same product',
               body=alt(txt, html_page(paras_html(txt), title='Amazon Seller Central')))
add('seller-central-asin-merge-case', msg, 'unrelated', '5884881212', [], True)

# ---- 037 CertMetrics "wants to hear from you" -------------------------------------------
t = T(2025, 8, 12, 16, 0, 4)
txt = """AWS Certification wants to hear from you

Hello Aaron,

You recently contacted AWS Certification about your certification account. We'd like to know how we did.

The survey takes about three minutes and your answers are anonymous:
https://www.certmetrics.com/amazon/survey/default.aspx?sid=7a91f0c2

Thank you for helping us improve the AWS Certification program.

AWS Training and Certification

This message was sent from an unmonitored mailbox. Please do not reply.
"""
msg = aws_mail(rcpt='aaron.whitlock@gmail.com', rcpt_name='Aaron Whitlock', dt=t,
               frm='"AWS Certification" <do-not-reply@certmetrics.com>', from_domain='certmetrics.com',
               selector='k1', sender_ip='198.2.132.41', sender_host='mail132-41.atl61.mandrillapp.com',
               mailfrom='bounce-md_30863547.66b8a104.v1-4be8e0c0@mandrillapp.com',
               subject='AWS Certification wants to hear from you',
               body=alt(txt, html_page(paras_html(txt), title='AWS Certification')))
add('certmetrics-feedback-request', msg, 'unrelated', None, [], False)

# ---- 038 GitHub "merged" notification ------------------------------------------------------
t = T(2025, 6, 5, 9, 41, 0)
txt = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/87#event-17733810452
You are receiving this because you authored the thread.

Message ID: <northwind-analytics/cert-tracker/pull/87/issue_event/17733810452@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-analytics/cert-tracker/pull/87">#87</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-analytics/cert-tracker/pull/87#event-17733810452">view it on GitHub</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/AB3XK7Q.gif" height="1" width="1" alt="" /></p>"""
msg = aws_mail(rcpt=A_USER, rcpt_name=None, dt=t,
               frm='"Marta Kowal" <notifications@github.com>', from_domain='github.com',
               selector='pf2023', sender_ip='192.30.252.201', sender_host='out-18.smtp.github.com',
               mailfrom='noreply@github.com', reply_to='northwind-analytics/cert-tracker <reply+ABCD3XK7Q5@reply.github.com>',
               to='northwind-analytics/cert-tracker <cert-tracker@noreply.github.com>',
               subject='Re: [northwind-analytics/cert-tracker] Merge duplicate certification accounts view into one profile page (PR #87)',
               body=alt(txt, html, cte='7bit', charset='us-ascii'),
               extra=[('List-ID', 'northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>'),
                      ('X-GitHub-Reason', 'author')])
add('github-pr-merged-notification', msg, 'unrelated', None, [], False)

# ---- 039 phishing about a voucher (not about the merge) -----------------------------------
t = T(2025, 7, 29, 22, 8, 16)
txt = """Dear AWS Certified Professional,

As a thank-you for your continued certification, you have been selected to receive a FREE exam voucher (100% off any AWS Certification exam).

Your voucher is reserved until 31 July 2025. To claim it, sign in with your AWS Certification account below:

https://aws-cert-rewards.net/claim?uid=3390117

Unclaimed vouchers will be released to other candidates.

AWS Training & Certification Rewards
"""
msg = aws_mail(rcpt='grace.mwangi@outlook.com', rcpt_name=None, dt=t, style='outlook', verdict='fail',
               frm='"AWS Certification" <rewards@aws-cert-rewards.net>', from_domain='aws-cert-rewards.net',
               selector='mail', sender_ip='91.215.85.140', sender_host='smtp.aws-cert-rewards.net',
               mailfrom='info@aws-cert-rewards.net',
               subject='You have been selected: free AWS Certification exam voucher',
               body=alt(txt, html_page(paras_html(txt))))
add('phish-free-voucher-not-merge', msg, 'unrelated', None, [], False)

# ---- 040 Acclaim (older Credly) badge earned, 2020 -------------------------------------------
t = T(2020, 3, 2, 17, 12, 30)
txt = """Congratulations, Brian!

You've earned a badge: AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification.

Accept your badge to start sharing it with your network and to receive updates on related opportunities.

Accept your badge:
https://www.youracclaim.com/earner/earned/badge/2b7e6f0a-1c54-4d33-9a1f-7e0d8c2b4a61

Acclaim | Credly, Inc., 304 Park Avenue South, 11th Floor, New York, NY 10010
"""
msg = credly_mail('brian.oconnell@eircom.net', t, "Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
                  alt(txt, html_page(paras_html(txt), title='Acclaim'), cte='quoted-printable'),
                  frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                  style='outlook', domain='youracclaim.com')
add('acclaim-badge-earned-2020', msg, 'credly_badge_issued', None, [], True)

# ---- 041 Credly expiry reminder ----------------------------------------------------------------
t = T(2025, 9, 3, 13, 0, 21)
txt = """Hi Marcus,

Your badge AWS Certified SysOps Administrator - Associate, issued by Amazon Web Services Training and Certification, will expire on October 3, 2025.

To keep your credential active, review the recertification requirements from the issuer:
https://aws.amazon.com/certification/recertification/

View your badge:
https://www.credly.com/badges/8a4c1e22-5d9b-4b0c-bf7e-3e6d7f90c125

The Credly Team
"""
msg = credly_mail(C_USER, t, 'Your badge expires in 30 days', alt(txt, html_page(paras_html(txt), title='Credly')),
                  style='fastmail')
add('credly-badge-expiry-reminder', msg, 'unrelated', None, [], True)

# ---- 042 duplicate case notice on the original case ------------------------------------------
S_OPEN = T(2025, 7, 10, 23, 58, 40)
S_CASE = cid15(S_OPEN, 911)
t = T(2025, 7, 11, 6, 15, 9)
txt = f"""Hello Samir,

We noticed that a second case ({S_CASE}) was opened for the same account merge request. To keep all the information in one place, we have closed case {S_CASE} and will continue to help you on this case ({I_CASE}).

We are still waiting for your answer to the question in our previous e-mail, i.e. which of the two accounts (AWS44107736 or AWS80025519) you would like to keep. As soon as we have it, we will prepare the merge.

Please reply to this e-mail rather than submitting a new form, so that your request is not delayed.

Best regards,
Sanjay K.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt=I_USER, rcpt_name='Samir Haddad', dt=t, style='biglobe',
               subject=form_subject(I_CASE), body=part(txt, cte='quoted-printable'))
add('duplicate-case-closed-continue-here', msg, 'support_reply', I_CASE, ['AWS44107736', 'AWS80025519'], True)

# ---- 043 ack of the second (duplicate) case, different wording --------------------------------
t = S_OPEN + timedelta(seconds=57)
txt = f"""Hi there,

We've got your message - thanks for reaching out to AWS Training and Certification.

Your reference number is {S_CASE}. One of our specialists will get back to you by e-mail, normally within one business day. You can add details at any time by replying to this message.

In the meantime, you may find an answer in our FAQ: https://aws.amazon.com/certification/faqs/

AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt=I_USER, rcpt_name='Samir Haddad', dt=t, style='biglobe',
               subject=f"[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0]))))
add('form-ack-duplicate-case', msg, 'case_created', S_CASE, [], True)

# ---- 044 checklist confirmation, mislabeled charset (utf-8 bytes declared us-ascii) ---------
U_OPEN = T(2025, 9, 8, 11, 30, 2)
U_CASE = cid15(U_OPEN, 2718)
U_KEEP, U_GO = 'AWS57730218', 'AWS57703391'
t = T(2025, 9, 9, 12, 2, 59)
txt = f"""Hi Ravi,

Thanks for your patience. Before we can merge your accounts, please go through this short checklist:

[ ] The account to KEEP is {U_KEEP} (ravi.shankar@hotmail.com)
[ ] The account to MERGE and then close is {U_GO} (ravi.s@tcs-cloud.in)
[ ] You understand that the merge can\u2019t be undone
[ ] You\u2019ve downloaded any certificates you need from {U_GO} (optional)

If you can tick every box, reply with \u201cI confirm\u201d and we\u2019ll take it from there. If the first two lines should be the other way round, tell us and we\u2019ll switch them.

Cheers,
Ben W.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='ravi.shankar@hotmail.com', rcpt_name='Ravi Shankar', dt=t, style='outlook',
               subject=form_subject(U_CASE),
               body=part(txt, cte='quoted-printable', declared='us-ascii'))
add('checklist-confirm-wrong-charset', msg, 'merge_confirmation_requested', U_CASE, [U_KEEP, U_GO], True)

# ---- 045 on hold pending exam result (Tomas) ---------------------------------------------------
t = T(2025, 6, 20, 9, 4, 37)
txt = f"""Hello Tom\u00e1s,

Thank you for letting us know that you sat the SCS-C02 exam yesterday on AWS-60931175. Good luck!

Exam results can take up to 5 business days to be posted. As soon as your result appears, we will merge AWS-60931175 into AWS-62014498 as we agreed, and your new certification (if you passed) will move across together with the rest of your history. You do not need to contact us again in the meantime; we are keeping this case open and will update it.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Maria G.
Amazon Web Services
{console_footer(E_CASE)}"""
msg = aws_mail(rcpt=E_USER, rcpt_name='Tom\u00e1s Herrera', dt=t, frm=CONSOLE_ADDR, style='outlook',
               subject=f"RE:[CASE {E_CASE}] Merge my two certification profiles",
               body=alt(txt, html_page(paras_html(txt.split('To contact us again')[0])), cte='quoted-printable'))
add('on-hold-until-exam-result', msg, 'support_reply', E_CASE, [E_KEEP, E_GO], True)

# ---- 046 completion that also asks about Credly (Grace) --------------------------------
t = T(2025, 7, 30, 10, 25, 44)
txt = f"""Hi Grace,

Thanks for getting back to us. Your accounts are now merged: {N_GO} has been folded into {N_KEEP}, and all of your certifications are listed under {N_KEEP}. Please sign in with grace.mwangi@outlook.com from now on.

One more thing: your Credly badges are still on the Credly profile that belongs to gmwangi@kcb-digital.co.ke. Would you like us to ask Credly to move them to grace.mwangi@outlook.com as well? Just reply "yes" and we'll raise it with them.

Best regards,
Lerato M.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='grace.mwangi@outlook.com', rcpt_name='Grace Mwangi', dt=t, style='outlook',
               subject=form_subject(N_CASE), body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0]))))
add('completed-plus-credly-question', msg, 'merge_completed', N_CASE, [N_KEEP, N_GO], True)

# ---- 047 asks for the reason for the merge (Fatima) ------------------------------------
V_OPEN = T(2025, 9, 29, 20, 14, 3)
V_CASE = cid15(V_OPEN, 67)
V_KEEP, V_GO = 'AWS73651024', 'AWS73009815'
t = T(2025, 9, 30, 15, 3, 51)
txt = f"""Hello Fatima,

Thank you for contacting AWS Training and Certification.

I have located both of your profiles. Before I can submit the request to merge {V_GO} into {V_KEEP}, our Certification team asks for a short explanation of how the second profile came to be created - for example, an exam booked through an employer, or a sign-up with a different e-mail address. This is a standard step for every merge and only needs a sentence or two.

Could you reply with that explanation? Once I have it, I will send you the merge details for your final approval.

Best regards,
Chen W.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='fatima.zahra.b@gmail.com', rcpt_name='Fatima Zahra Benali', dt=t,
               subject=form_subject(V_CASE), body=part(txt, cte='base64'))
add('asks-reason-for-second-profile', msg, 'support_reply', V_CASE, [V_KEEP, V_GO], True)

# ---- 048 paragraph request, no Authentication-Results at all -----------------------------
W_OPEN = T(2025, 10, 6, 7, 50, 12)
W_CASE = cid15(W_OPEN, 3301)
W_KEEP, W_GO = 'AWS50210048', 'AWS50288311'
t = T(2025, 10, 7, 9, 26, 40)
txt = f"""Dear Stefan,

Thank you for your patience while we reviewed your request. Our records show two AWS Certification accounts in your name: {W_KEEP}, which you use with stefan.kraus@kraus-it.de and which holds three certifications, and {W_GO}, registered to s.kraus@gmx.de, which holds your AWS Certified Cloud Practitioner. Based on what you wrote in your form, we would keep {W_KEEP} and fold {W_GO} into it. Would you kindly confirm that this is correct, and that you understand {W_GO} will then be closed permanently? As soon as we receive your reply, the merge normally completes within three business days, after which all four certifications will appear under {W_KEEP}.

With kind regards,
Julia H.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='stefan.kraus@kraus-it.de', rcpt_name='Stefan Kraus', dt=t, style='none',
               subject=form_subject(W_CASE, prefix='Re:'),
               body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='quoted-printable'))
add('paragraph-confirm-no-auth-header', msg, 'merge_confirmation_requested', W_CASE, [W_KEEP, W_GO], None)

# ---- 049 first attempt failed, retrying (Lucas) -------------------------------------------
t = T(2025, 9, 5, 11, 48, 20)
txt = f"""Hello Lucas,

A quick update on your request. The first attempt to combine {P_GO} into {P_KEEP} did not go through, because {P_GO} still had an open exam registration that had never been scheduled. We have cancelled that registration (no fee was charged) and our engineers are running the merge again.

There is no action needed from you. I will let you know as soon as everything is on {P_KEEP}.

Thanks,
Yusuf A.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='lucas.moreau.cloud@gmail.com', rcpt_name='Lucas Moreau', dt=t,
               subject=form_subject(P_CASE, prefix='RE: '), body=part(txt, cte='quoted-printable'))
add('first-attempt-failed-retrying', msg, 'support_reply', P_CASE, [P_KEEP, P_GO], True)

# ---- 050 HTML-only rating request (Lucas) ------------------------------------------------------
t = T(2025, 9, 9, 16, 2, 11)
stars = ''.join(f'<td style="padding:0 4px;"><a href="https://support.aws.amazon.com/feedback?displayId={P_CASE}&amp;rating={i}" style="font-size:28px;color:#ff9900;text-decoration:none;">&#9733;</a><br /><span style="font-size:11px;color:#687078;">{i}</span></td>' for i in range(1, 6))
inner = f"""<p>Hello Lucas,</p>
<p>Your recent case with AWS Training and Certification has been closed:</p>
<p style="background:#fafafa;border-left:3px solid #ff9900;padding:8px 12px;">Case {P_CASE}<br />[AWS Training and Certification Form Submission] - account-assistance</p>
<p><b>How would you rate your experience?</b> Click a star to tell us.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>{stars}</tr></table>
<p>Your answer takes one click and helps us improve our support.</p>
<p>Thank you,<br />AWS Training and Certification</p>"""
msg = aws_mail(rcpt='lucas.moreau.cloud@gmail.com', rcpt_name=None, dt=t, frm=CONSOLE_ADDR,
               subject='How did we do? Tell us about your recent AWS support case',
               body=part(html_page(inner), 'html', cte='base64'))
add('html-only-star-rating', msg, 'survey', P_CASE, [], True)

# ---- 051 auto-closed for no response (Marcus) ----------------------------------------------------
t = T(2025, 6, 21, 7, 5, 2)
txt = f"""Hello,

We haven't heard back from you, so we have closed case {C_CASE}.

If you still need help, you can reopen the case by replying to this e-mail within 14 days. After that, please open a new case and mention this case number.

Did we resolve your issue? Let us know:
https://support.aws.amazon.com/survey?displayId={C_CASE}

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
msg = aws_mail(rcpt=C_USER, rcpt_name=None, dt=t, style='fastmail',
               subject=f"Your case {C_CASE} has been closed",
               body=alt(txt, html_page(paras_html(txt.split('Amazon Web Services, Inc.')[0]))))
add('auto-closed-no-response', msg, 'survey', C_CASE, [], True)

# ---- 052 Japanese form acknowledgement (ISO-2022-JP) ---------------------------------------------
t = J_OPEN + timedelta(seconds=33)
txt = f"""\u7530\u4e2d \u6075\u5b50 \u69d8

AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a\u3078\u304a\u554f\u3044\u5408\u308f\u305b\u3044\u305f\u3060\u304d\u3001\u8aa0\u306b\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002
\u672c\u30e1\u30fc\u30eb\u306f\u3001\u304a\u554f\u3044\u5408\u308f\u305b\u3092\u53d7\u3051\u4ed8\u3051\u305f\u3053\u3068\u3092\u81ea\u52d5\u3067\u304a\u77e5\u3089\u305b\u3059\u308b\u3082\u306e\u3067\u3059\u3002

\u30b1\u30fc\u30b9\u756a\u53f7\uff1a{J_CASE}
\u304a\u554f\u3044\u5408\u308f\u305b\u306e\u7a2e\u985e\uff1a\u8a8d\u5b9a\uff08\u30a2\u30ab\u30a6\u30f3\u30c8\u306e\u7d71\u5408\uff09
AWS \u53d7\u9a13\u8005 ID\uff1a{J_KEEP}

\u62c5\u5f53\u8005\u3088\u308a\u901a\u5e38 24 \u6642\u9593\u4ee5\u5185\u306b\u3054\u9023\u7d61\u3044\u305f\u3057\u307e\u3059\u3002
\u540c\u3058\u5185\u5bb9\u3067\u65b0\u305f\u306b\u304a\u554f\u3044\u5408\u308f\u305b\u3092\u9001\u4fe1\u3055\u308c\u307e\u3059\u3068\u3001\u3054\u56de\u7b54\u304c\u9045\u308c\u308b\u5834\u5408\u304c\u3054\u3056\u3044\u307e\u3059\u3002\u8ffd\u52a0\u306e\u60c5\u5831\u304c\u3054\u3056\u3044\u307e\u3057\u305f\u3089\u3001\u672c\u30e1\u30fc\u30eb\u306b\u3054\u8fd4\u4fe1\u304f\u3060\u3055\u3044\u3002

AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a \u30ab\u30b9\u30bf\u30de\u30fc\u30b5\u30dd\u30fc\u30c8
"""
msg = aws_mail(rcpt=J_USER, rcpt_name=None, to=J_TO, dt=t, style='nifty',
               subject=f"[CASE {J_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
               body=part(txt, charset='iso-2022-jp', cte='7bit'))
add('ja-form-ack', msg, 'case_created', J_CASE, [J_KEEP], True, 'ja')

# ---- 053 authorization statement to copy into the reply --------------------------------------
X_OPEN = T(2025, 10, 13, 13, 44, 50)
X_CASE = cid15(X_OPEN, 120)
X_KEEP, X_GO = 'AWS66190237', 'AWS66109372'
t = T(2025, 10, 14, 8, 10, 33)
txt = f"""Hello Daniela,

Thank you for confirming your identity details. Your request is now ready; the only thing missing is your written authorization.

Please copy the statement below into your reply, complete your name, and send it back to us:

    "I, [full name], authorize AWS Training and Certification to merge
     candidate account {X_GO} into candidate account {X_KEEP}.
     I understand that {X_GO} will be closed and that the merge
     cannot be reversed."

If the account numbers in the statement are not the right way round, please don't send it - just tell us which account you want to keep and we will correct it.

Kind regards,
Paolo B.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='daniela.rossi@libero.it', rcpt_name='Daniela Rossi', dt=t, style='outlook',
               subject=form_subject(X_CASE), body=part(txt, cte='quoted-printable', charset='iso-8859-1'))
add('authorization-statement-to-copy', msg, 'merge_confirmation_requested', X_CASE, [X_KEEP, X_GO], True)

# ---- 054 reply was contradictory: asks which one to keep (Ravi) -------------------------------
t = T(2025, 9, 10, 14, 37, 8)
txt = f"""Hi Ravi,

Thanks for your quick reply.

You wrote "I confirm", but in the same message you also said you would like to keep using your TCS e-mail address. That address belongs to {U_GO}, which the checklist listed as the account to be closed, while {U_KEEP} is the one on your Hotmail address.

Because a merge can't be reversed, I'd rather not guess. Which of the two accounts - {U_KEEP} or {U_GO} - would you like to keep? Once you tell me, I'll send you an updated checklist.

Cheers,
Ben W.
AWS Training and Certification Customer Support

-----Original Message-----
From: Ravi Shankar <ravi.shankar@hotmail.com>
Sent: 10 September 2025 07:12
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: {form_subject(U_CASE)}

I confirm. Please keep my TCS mail id as login since I use it daily.

Regards,
Ravi
{FORM_FOOTER}"""
msg = aws_mail(rcpt='ravi.shankar@hotmail.com', rcpt_name='Ravi Shankar', dt=t, style='outlook',
               subject=form_subject(U_CASE), body=part(txt, cte='quoted-printable'))
add('contradictory-reply-which-to-keep', msg, 'support_reply', U_CASE, [U_KEEP, U_GO], True)

# ---- 055 Credly: several badges issued after the merge, HTML only -------------------------------
t = T(2025, 7, 8, 18, 40, 2)
badges = ['AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect - Associate', 'AWS Certified Data Engineer - Associate']
rows = ''.join(f'<tr><td style="padding:8px 0;border-bottom:1px solid #eee;"><b>{esc(b)}</b><br /><span style="color:#687078;font-size:12px;">Issued by Amazon Web Services Training and Certification</span></td><td style="padding:8px 0;border-bottom:1px solid #eee;text-align:right;"><a href="https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}" style="color:#0b7a75;font-weight:bold;">Accept badge</a></td></tr>' for b in badges)
inner = f"""<p>Hi Olivia,</p>
<p>Good news! You have <b>3 new badges</b> waiting for you on Credly. They were issued to olivia.brandt@outlook.com after your AWS Certification records were combined.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{rows}</table>
<p style="margin-top:16px;">Accept your badges to share them on LinkedIn and other networks.</p>
<p>The Credly Team</p>
<p style="font-size:11px;color:#999;">Credly, 100 Pearl Street, Hartford, CT 06103 &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>"""
msg = credly_mail(H_USER, t, 'You have 3 new badges from Amazon Web Services Training and Certification',
                  part(html_page(inner, title='Credly'), 'html', cte='quoted-printable'), style='outlook')
add('credly-three-badges-html-only', msg, 'credly_badge_issued', None, [], True)

# ---- 056 unrelated: service quota increase case ------------------------------------------------
Y_OPEN = T(2025, 6, 11, 15, 20, 44)
Y_CASE = cid15(Y_OPEN, 9042)
t = T(2025, 6, 12, 2, 3, 19)
txt = f"""Hello,

Thank you for your patience.

I'm pleased to inform you that we have approved and processed your service quota increase request:

Service: EC2 Instances
Region: US East (N. Virginia)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit: 256 vCPUs

It can sometimes take up to 30 minutes for this to propagate and become available for use.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services
{console_footer(Y_CASE)}"""
msg = aws_mail(rcpt=B_USER, rcpt_name='Daniel Okafor', dt=t, frm=CONSOLE_ADDR, style='outlook',
               subject=f"RE:[CASE {Y_CASE}] Limit Increase: EC2 Instances",
               body=part(txt, cte='7bit', charset='us-ascii'))
add('unrelated-quota-increase-case', msg, 'unrelated', Y_CASE, [], True)

# ---- 057 very short, informal request, encoded subject -------------------------------------------
Z_OPEN = T(2025, 10, 20, 17, 3, 28)
Z_CASE = cid15(Z_OPEN, 5)
Z_KEEP, Z_GO = 'AWS84410927', 'AWS84419072'
t = T(2025, 10, 21, 19, 49, 1)
txt = f"""Hi Jake,

Quick check before I hand this to the certification team: keep aws84410927 (jake.r.sullivan@gmail.com) and retire aws84419072, with its two certifications moving over to aws84410927 \u2014 is that right? A simple yes or no is fine. (Heads-up: this one can't be undone.)

Thanks,
Owen
Amazon Web Services
{console_footer(Z_CASE)}"""
msg = aws_mail(rcpt='jake.r.sullivan@gmail.com', rcpt_name='Jake Sullivan', dt=t, frm=CONSOLE_ADDR,
               subject=f"RE:[CASE {Z_CASE}] Two cert accounts \u2013 please combine them into one",
               body=part(txt, cte='8bit'))
add('short-informal-yes-no-check', msg, 'merge_confirmation_requested', Z_CASE, [Z_KEEP, Z_GO], True)

# ---- 058 answers an exam-appointment question, no request (Fatima) -------------------------------
t = T(2025, 10, 3, 10, 22, 17)
txt = f"""Hello Fatima,

Thank you for the explanation and for your question.

Your appointment on 14 October (AWS Certified Machine Learning Engineer - Associate, Pearson VUE test centre in Casablanca) will not be affected. After {V_GO} is merged into {V_KEEP}, the booking will simply show under {V_KEEP}, and Pearson VUE will send you an updated confirmation. There is no need to reschedule, and your 50% voucher that was used for this booking stays valid.

The merge itself is already with our Certification team; I'll update you here when it has been completed.

Best regards,
Chen W.
AWS Training and Certification Customer Support
{FORM_FOOTER}"""
msg = aws_mail(rcpt='fatima.zahra.b@gmail.com', rcpt_name='Fatima Zahra Benali', dt=t,
               subject=form_subject(V_CASE), body=alt(txt, html_page(paras_html(txt.split(FORM_FOOTER)[0])), cte='base64'))
add('exam-appointment-answer-after-merge', msg, 'support_reply', V_CASE, [V_KEEP, V_GO], True)

# ---- 059 completion, 2020, 10-digit case (Brian) ------------------------------------------------
t = T(2020, 2, 20, 21, 14, 6)
txt = """Hello Brian,

Thank you for providing the details of your second account.

I'm happy to let you know that your accounts have now been combined. The certifications from AWS00794410 have been moved to AWS00731562, which is now your only AWS Certification account. Please continue to sign in with brian.oconnell@eircom.net.

Your digital badges will be re-issued through Acclaim to the same address within 48 hours.

Regards,
Diego F.
AWS Training and Certification
""" + FORM_FOOTER
msg = aws_mail(rcpt='brian.oconnell@eircom.net', rcpt_name="Brian O'Connell", dt=t, style='outlook',
               subject=form_subject(K_CASE, topic='account-merge'), body=part(txt, cte='7bit', charset='us-ascii'))
add('completed-2020-ten-digit-case', msg, 'merge_completed', K_CASE, ['AWS00731562', 'AWS00794410'], True)

# ---- 060 newsletter from AWS (amazon.com, genuine) --------------------------------------------------
t = T(2025, 9, 16, 15, 0, 0)
txt = """AWS Training and Certification | September update

New: AWS Certified AI Practitioner - prepare with free resources

- Free digital course: Fundamentals of Machine Learning and Artificial Intelligence
- Official practice question set on AWS Skill Builder
- Exam Prep Plan with step-by-step guidance

Already certified? Remember that your 50% discount voucher for your next exam is available in the Benefits section of your AWS Certification Account.

Explore now: https://aws.amazon.com/certification/certified-ai-practitioner/

You are receiving this e-mail because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
msg = aws_mail(rcpt=A_USER, rcpt_name=None, dt=t,
               frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>',
               subject='New: AWS Certified AI Practitioner \u2013 prepare with free resources',
               body=alt(txt, html_page(paras_html(txt))),
               extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
add('aws-training-newsletter', msg, 'unrelated', None, [], True)

# @@END-MAILS@@


# ====================================================================== write
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for name, data, label in MAILS:
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print(f"wrote {len(MAILS)} mails")


if __name__ == '__main__':
    main()
