#!/usr/bin/env python3
"""Generator for blind set 227: AWS Certification account merge mail (test data).

Emphasis: completions, closures, rating requests, Credly issue/transfer/acceptance
and their look-alikes, English and Japanese.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as _dt
import io
import json
import os
import quopri
import random
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(227)

UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))
JST = _dt.timezone(_dt.timedelta(hours=9))
CEST = _dt.timezone(_dt.timedelta(hours=2))

MAILS = []   # (fname, bytes)
LABELS = {}


# ---------------------------------------------------------------- basics
def T(s):
    """'2025-05-28 08:02:13' (UTC) -> aware datetime."""
    return _dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def cid15(opened, suffix):
    """15-digit case id: Unix time of opening + 5 digits."""
    return f"{int(T(opened).timestamp())}{suffix}"


def rdate(dt, tz=UTC, comment=None):
    d = dt.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    s = d.strftime('%a, %d %b %Y %H:%M:%S ') + f"{sign}{mins // 60:02d}{mins % 60:02d}"
    if comment:
        s += f" ({comment})"
    return s


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def uuidish():
    return f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"


def ses_local(dt):
    ms = int(dt.timestamp() * 1000)
    return f"0100{ms:012x}-{uuidish()}-000000"


def ses_msgid(dt, region=None):
    dom = f"{region}.amazonses.com" if region else "email.amazonses.com"
    return f"<{ses_local(dt)}@{dom}>"


def enc_name(name, charset='utf-8'):
    """Display name as RFC 2047 encoded word when not ASCII."""
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()<>@"'):
            return '"' + name + '"'
        return name
    except UnicodeEncodeError:
        return Header(name, charset).encode()


def addr(name, address, charset='utf-8'):
    if not name:
        return address
    return f"{enc_name(name, charset)} <{address}>"


def subj(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


# ---------------------------------------------------------------- MIME parts
def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable',
             label=None, extra_params=''):
    """A text part.  `label` overrides the charset named in the header
    (used for the odd wrongly-labelled mail)."""
    raw = text.replace('\r\n', '\n').encode(charset)
    p = Message()
    p['Content-Type'] = f'text/{subtype}; charset="{label or charset}"{extra_params}'
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def multipart(subtype, *parts):
    m = Message()
    b = f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}"
    m['Content-Type'] = f'multipart/{subtype}; boundary="{b}"'
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html, charset='utf-8', cte='quoted-printable', cte_html=None):
    return multipart('alternative',
                     textpart(plain, 'plain', charset, cte),
                     textpart(html, 'html', charset, cte_html or cte))


def attachment(data, ctype, filename):
    p = Message()
    p['Content-Type'] = f'{ctype}; name="{filename}"'
    p['Content-Disposition'] = f'attachment; filename="{filename}"'
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    return p


# ---------------------------------------------------------------- trace / auth
AMZ_SEL = ['rjdaiabnhsdlsrjcz2ixrkmqdlxfm6x5', 'mdmk4trnpy3jvxkm2lsbwj5khbfyxlsh',
           'b5ldhqtbslqtmsbzbnkp2jtvjhyc3bwn']
SES_SEL = ['224i4yxa5dv7c2xz3womw6peuasteono', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw',
           'ug7nbtf4gccmlpwj322ax3p6ow6yfsug']


def dkim_sig(d, s, dt, heads='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={int(dt.timestamp())};\n"
            f"\th={heads};\n\tbh={rb64(43)}=;\n\tb={rb64(68)}\n\t{rb64(68)}\n\t{rb64(36)}=")


def ses_ip():
    return R.choice(['54.240.8.23', '54.240.9.101', '54.240.48.95', '54.240.27.14',
                     '23.251.234.7', '54.240.13.66'])


def ip_host(ip):
    a = ip.split('.')
    if ip.startswith('54.240'):
        return f"a{a[2]}-{a[3]}.smtp-out.amazonses.com"
    if ip.startswith('23.251'):
        return f"a{a[2]}-{a[3]}.smtp-out.us-west-2.amazonses.com"
    return f"o{a[3]}.ptr{R.randint(1000, 9999)}.example.net"


def trace(provider, rcpt, dt, envfrom, ip, helo, auth, arc=False):
    """Return header list (topmost first) for delivery to `provider`.

    auth: None (no Authentication-Results) or dict with keys
      dkim: list of (domain, result, selector)
      spf: 'pass'/'fail'/'softfail'/'neutral'
      dmarc: 'pass'/'fail'/'none'/None
      hfrom: header From domain
      p: dmarc policy ('QUARANTINE', 'REJECT', 'NONE')
    """
    envdom = envfrom.split('@')[1]
    H = []
    t_rcv = dt + _dt.timedelta(seconds=R.randint(1, 3))
    if provider == 'gmail':
        H.append(('Delivered-To', rcpt))
        H.append(('Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(4)}csp{R.randint(100000, 9999999)}{ralnum(3)};\n"
                  f"        {rdate(t_rcv, PDT, 'PDT')}"))
        H.append(('X-Google-Smtp-Source', f"AGHT+I{rb64(60)}"))
        H.append(('X-Received', f"by 2002:a05:6214:{rhex(4)}:b0:6fa:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(22)}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n"
                  f"        {rdate(t_rcv, PDT, 'PDT')}"))
        if arc and auth:
            H.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={int(t_rcv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}=="))
            H.append(('ARC-Authentication-Results', "i=1; " + gmail_ar_body(auth, envfrom, ip)))
        H.append(('Return-Path', f"<{envfrom}>"))
        H.append(('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{ralnum(13)}si{R.randint(1000000, 9999999)}qt.{R.randint(100, 999)}.{dt.astimezone(PDT).strftime('%Y.%m.%d.%H.%M.%S')}\n"
                  f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rdate(dt, PDT, 'PDT')}"))
        if auth:
            spf = auth.get('spf', 'pass')
            if spf == 'pass':
                H.append(('Received-SPF', f"pass (google.com: domain of {envfrom} designates {ip} as permitted sender) client-ip={ip};"))
            else:
                H.append(('Received-SPF', f"{spf} (google.com: domain of {envfrom} does not designate {ip} as permitted sender) client-ip={ip};"))
            H.append(('Authentication-Results', gmail_ar_body(auth, envfrom, ip)))
    elif provider == 'outlook':
        srv1 = f"{R.choice(['SJ0PR11MB', 'PH7PR12MB', 'DM6PR02MB', 'AS8PR04MB'])}{R.randint(1000, 9999)}.{R.choice(['namprd11', 'namprd12', 'eurprd04'])}.prod.outlook.com"
        srv2 = f"{R.choice(['BN9PR03CA', 'MW4PR04CA', 'DU2PR04CA'])}0{R.randint(100, 999)}.namprd03.prod.outlook.com"
        fe = f"{R.choice(['BN2PEPF0000', 'CO1PEPF0000', 'DB1PEPF0003'])}{R.randint(1000, 9999)}{R.choice('ABCDEF')}{R.randint(0, 9)}.mail.protection.outlook.com"
        H.append(('Received', f"from {srv1} (2603:10b6:a03:{rhex(3)}::{R.randint(10, 99)})\n by {srv1[:9]}{R.randint(1000, 9999)}{srv1[13:]} with HTTPS; {rdate(t_rcv)}"))
        H.append(('Received', f"from {srv2} (2603:10b6:408:{rhex(3)}::{R.randint(10, 99)})\n by {srv1} (2603:10b6:a03:{rhex(3)}::{R.randint(10, 99)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(10, 40)};\n {rdate(t_rcv)}"))
        if auth:
            H.append(('Authentication-Results', outlook_ar_body(auth, envdom, ip)))
            spf = auth.get('spf', 'pass')
            verb = 'designates' if spf == 'pass' else 'does not designate'
            H.append(('Received-SPF', f"{spf.capitalize()} (protection.outlook.com: domain of {envdom}\n {verb} {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip};\n helo={helo}; pr=C"))
        H.append(('Received', f"from {helo} ({ip}) by\n {fe} (10.167.{R.randint(1, 254)}.{R.randint(1, 254)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(10, 40)}\n via Frontend Transport; {rdate(dt)}"))
    elif provider in ('nifty', 'biglobe', 'so-net', 'ocn'):
        mx = {'nifty': 'mx.nifty.com', 'biglobe': 'biglobe.ne.jp', 'so-net': 'so-net.ne.jp',
              'ocn': 'mf-smf-ucb0' + str(R.randint(10, 99)) + '.ocn.ad.jp'}[provider]
        inner = {'nifty': 'dmta00' + str(R.randint(10, 99)) + '.nifty.com',
                 'biglobe': 'mail-r' + str(R.randint(10, 99)) + '.biglobe.ne.jp',
                 'so-net': 'mxb' + str(R.randint(10, 99)) + '.so-net.ne.jp',
                 'ocn': 'mf-ucb0' + str(R.randint(10, 99)) + '.ocn.ad.jp'}[provider]
        H.append(('Return-Path', f"<{envfrom}>"))
        H.append(('Received', f"from {mx if provider != 'ocn' else mx} ([{R.randint(10, 200)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}])\n\tby {inner} with ESMTP\n\tid <{rdate(t_rcv, JST)[17:25].replace(':', '')}{ralnum(10).upper()}@{inner}>\n\tfor <{rcpt}>; {rdate(t_rcv, JST)}"))
        if auth:
            H.append(('Authentication-Results', jp_ar_body(mx, auth, envfrom)))
        H.append(('Received', f"from {helo} ([{ip}])\n\tby {mx} with ESMTPS; {rdate(dt, JST)}"))
    elif provider == 'icloud':
        H.append(('Return-Path', f"<{envfrom}>"))
        H.append(('Received', f"from {helo} ({helo} [{ip}])\n\tby p{R.randint(10, 99)}-mailgateway-smtp-{R.randint(1000, 9999)}.mail.icloud.com (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {rdate(t_rcv)}"))
        if auth:
            dk = auth.get('dkim', [])
            H.append(('Authentication-Results', f"dmarc.icloud.com; dmarc={auth.get('dmarc') or 'none'} header.from={auth['hfrom']}"))
            H.append(('Authentication-Results', "dkim-verifier.icloud.com;\n\t" + ";\n\t".join(f"dkim={r} (2048-bit key) header.d={d} header.i=@{d} header.b={rb64(8)}" for d, r, s in dk)))
            H.append(('Authentication-Results', f"spf.icloud.com; spf={auth.get('spf', 'pass')} (spf.icloud.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom}"))
            H.append(('Received-SPF', f"{auth.get('spf', 'pass')} (spf.icloud.com: domain of {envfrom} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={envfrom}"))
    elif provider == 'corp':
        # corporate relay, no Authentication-Results anywhere
        dom = rcpt.split('@')[1]
        H.append(('Received', f"from mailgw01.{dom} (10.20.{R.randint(0, 255)}.{R.randint(1, 254)}) by\n exch02.corp.{dom} (10.20.{R.randint(0, 255)}.{R.randint(1, 254)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.{R.randint(4, 14)};\n {rdate(t_rcv)}"))
        H.append(('Received', f"from {helo} ({helo} [{ip}])\n\tby mailgw01.{dom} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {rdate(dt)}"))
        H.append(('Return-Path', f"<{envfrom}>"))
    else:
        raise ValueError(provider)
    return H


def gmail_ar_body(auth, envfrom, ip):
    parts = []
    for d, r, s in auth.get('dkim', []):
        parts.append(f"dkim={r} header.i=@{d} header.s={s} header.b={rb64(8)}")
    spf = auth.get('spf', 'pass')
    if spf == 'pass':
        parts.append(f"spf=pass (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {envfrom} does not designate {ip} as permitted sender) smtp.mailfrom={envfrom}")
    dm = auth.get('dmarc')
    if dm:
        p = auth.get('p', 'QUARANTINE')
        dis = 'NONE' if dm == 'pass' else p
        parts.append(f"dmarc={dm} (p={p} sp={p} dis={dis}) header.from={auth['hfrom']}")
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def outlook_ar_body(auth, envdom, ip):
    spf = auth.get('spf', 'pass')
    dk = auth.get('dkim', [])
    hf = auth['hfrom']
    aligned = [d for d, r, s in dk if r == 'pass']
    if aligned:
        dkim = f"dkim=pass (signature was verified)\n header.d={aligned[0] if hf not in aligned else hf}"
    elif dk:
        dkim = f"dkim=fail (body hash did not verify)\n header.d={dk[0][0]}"
    else:
        dkim = "dkim=none (message not signed)\n header.d=none"
    dm = auth.get('dmarc') or 'none'
    action = 'none' if dm == 'pass' else ('quarantine' if dm == 'fail' else 'none')
    comp = 'pass reason=100' if dm == 'pass' else 'fail reason=000'
    return (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={envdom}; {dkim};dmarc={dm} action={action}\n"
            f" header.from={hf};compauth={comp}")


def jp_ar_body(mx, auth, envfrom):
    parts = [f"spf={auth.get('spf', 'pass')} smtp.mailfrom={envfrom}"]
    for d, r, s in auth.get('dkim', []):
        parts.append(f"dkim={r} header.d={d} header.s={s}")
    if auth.get('dmarc'):
        parts.append(f"dmarc={auth['dmarc']} header.from={auth['hfrom']}")
    return f"{mx};\n\t" + ";\n\t".join(parts)


def aws_auth(ok=True):
    a = AMZ_SEL[R.randint(0, 2)]
    s = SES_SEL[R.randint(0, 2)]
    if ok:
        return {'dkim': [('amazon.com', 'pass', a), ('amazonses.com', 'pass', s)],
                'spf': 'pass', 'dmarc': 'pass', 'hfrom': 'amazon.com', 'p': 'QUARANTINE'}
    return {'dkim': [], 'spf': 'fail', 'dmarc': 'fail', 'hfrom': 'amazon.com', 'p': 'QUARANTINE'}


def credly_auth():
    return {'dkim': [('credly.com', 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')],
            'spf': 'pass', 'dmarc': 'pass', 'hfrom': 'credly.com', 'p': 'REJECT'}


# ---------------------------------------------------------------- assembling
def build(fname, label, headers, body, crlf=False):
    """headers: list of (name, value) in final order (values pre-folded)."""
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(body)
    bbytes = fp.getvalue()
    head = ''
    for n, v in headers:
        head += f"{n}: {v}\n"
    head += 'MIME-Version: 1.0\n'
    data = head.encode('ascii') + bbytes
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MAILS.append((fname, data))
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[fname] = lab


def L(kind, case_id, ids, sv, lang):
    return {'kind': kind, 'case_id': case_id, 'account_ids': list(ids),
            'sender_verified': sv, 'language': lang}


def aws_mail(fname, label, *, rcpt, provider, dt, from_, subject, body, auth='ok',
             extra=None, to=None, region=None, crlf=False, arc=False, cc=None,
             reply_to=None, subject_charset='utf-8'):
    """Mail sent by Amazon (SES).  auth='ok' | 'none' (no AR) | dict."""
    envfrom = f"{ses_local(dt)}@{region + '.' if region else 'email.'}amazonses.com"
    ip = ses_ip()
    helo = ip_host(ip)
    if auth == 'ok':
        a = aws_auth(True)
    elif auth == 'none':
        a = None
    else:
        a = auth
    H = trace(provider, rcpt, dt, envfrom, ip, helo, a, arc=arc)
    amz_s = (a['dkim'][0][2] if a and a.get('dkim') else AMZ_SEL[0])
    ses_s = (a['dkim'][1][2] if a and len(a.get('dkim', [])) > 1 else SES_SEL[0])
    H.append(dkim_sig('amazon.com', amz_s, dt))
    H.append(dkim_sig('amazonses.com', ses_s, dt, 'Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))
    H.append(('Date', rdate(dt)))
    H.append(('From', from_))
    H.append(('To', to or rcpt))
    if cc:
        H.append(('Cc', cc))
    if reply_to:
        H.append(('Reply-To', reply_to))
    H.append(('Message-ID', ses_msgid(dt, region)))
    H.append(('Subject', subj(subject, subject_charset)))
    for e in (extra or []):
        H.append(e)
    H.append(('Feedback-ID', f"::1.us-east-1.{rb64(43)}=:AmazonSES"))
    H.append(('X-SES-Outgoing', f"{dt.strftime('%Y.%m.%d')}-{ip}"))
    build(fname, label, H, body, crlf=crlf)


def generic_mail(fname, label, *, rcpt, provider, dt, from_, subject, body, envfrom,
                 ip, helo, auth, sign=None, msgid, extra=None, to=None, crlf=False,
                 subject_charset='utf-8', arc=False, below_sig=None):
    """Any non-SES sender.  sign: list of (d, s) DKIM-Signature headers written
    by the sender; below_sig: extra headers the sender wrote (e.g. forged AR)."""
    H = trace(provider, rcpt, dt, envfrom, ip, helo, auth, arc=arc)
    for d, s in (sign or []):
        H.append(dkim_sig(d, s, dt))
    for e in (below_sig or []):
        H.append(e)
    H.append(('Date', rdate(dt) if isinstance(dt, _dt.datetime) else dt))
    H.append(('From', from_))
    H.append(('To', to or rcpt))
    H.append(('Message-ID', msgid))
    H.append(('Subject', subj(subject, subject_charset)))
    for e in (extra or []):
        H.append(e)
    build(fname, label, H, body, crlf=crlf)


# ---------------------------------------------------------------- common text
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def form_subj(case, re='RE:'):
    return f"{re}[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance"


def console_footer(case, lang='en'):
    return (
        "\n\nWe value your feedback. Please share your experience by rating this and other "
        "correspondences in the AWS Support Center. You can rate a correspondence by selecting "
        "the stars in the top right corner of the correspondence.\n\n"
        "Best regards,\nAmazon Web Services\n\n"
        "======================================================================\n"
        "To see all the correspondence on your case, sign in to\n"
        f"https://console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}\n\n"
        "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
        "To update your case, please use the link above.\n"
        "======================================================================\n\n"
        "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
        "trademark of Amazon.com, Inc. or its affiliates.")


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ================================================================ MAILS
# ---------------------------------------------------------------- 001-010 completions
C1 = cid15('2025-05-27 14:12:40', '00473')          # Priyanka, form desk
_req1 = (
    "Hello Priyanka,\n\n"
    "Thank you for contacting AWS Training and Certification.\n\n"
    "I have located the following two Certification accounts:\n\n"
    "Account 1 - AWS40718263 - priyanka.nair@oldcorp.co.in\n"
    "Account 2 - AWS18275530 - priyanka.nair87@gmail.com\n\n"
    "Account 1 will be merged into Account 2. Account 2 will remain active and all "
    "certification history will be moved to it. Please note that a merge cannot be reversed.\n\n"
    "Kindly reply to this e-mail to confirm that the above details are correct.\n\n"
    "Best regards,\nTomás R.\nAmazon Web Services")
_body1 = (
    "Hello Priyanka,\n\n"
    "Done \u2014 AWS 40718263 now sits inside AWS 18275530.\n\n"
    "Regards,\nTomás R.\nAWS Training & Certification\n\n"
    "---------- Original Message ----------\n"
    "From: Priyanka Nair <priyanka.nair87@gmail.com>\n"
    "Sent: 5/28/2025 3:11 PM\n"
    "To: aws-cs-trainingcertification-form@amazon.com\n"
    f"Subject: Re: RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    "The details are correct. Please proceed with the merge.\n\n"
    "Thanks,\nPriyanka\n\n"
    "On Wed, May 28, 2025 at 1:32\u202fPM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n"
    + quote(_req1) + "\n")
aws_mail('001-done-in-one-line.eml', L('merge_completed', C1, ['AWS18275530', 'AWS40718263'], True, 'en'),
         rcpt='priyanka.nair87@gmail.com', provider='gmail', dt=T('2025-05-29 03:17:52'),
         from_=FORM_FROM, subject=form_subj(C1),
         body=textpart(_body1, cte='quoted-printable'))

# 002: fewest words, no ids, old 11-digit console case, corporate mailbox without AR
C2 = '12034567891'
_body2 = (
    "Hi Daniel,\n\nThis is complete on our end.\n\nRegards,\nAnh T.\n" + console_footer(C2))
aws_mail('002-complete-on-our-end-corp.eml', L('merge_completed', C2, [], None, 'en'),
         rcpt='dreyes@northwind-analytics.com', provider='corp', dt=T('2023-03-14 17:45:09'),
         from_=CONSOLE_FROM, subject=f"RE:[CASE {C2}] Please merge my two certification profiles",
         body=textpart(_body2, charset='us-ascii', cte='7bit'), auth='none')

# 003: told by what changed (no "merge"), Outlook, base64, plain + html
C3 = cid15('2025-06-09 21:03:11', '28816')
_p3 = (
    "Hello Maria,\n\n"
    "Thank you for your patience.\n\n"
    "From now on, please sign in to your AWS Certification Account with m.okafor@outlook.com only. "
    "Your candidate ID is AWS-63018842. The profile that used the ID AWS-29104477 has been "
    "deactivated, and the two certifications that were held there (AWS Certified Solutions "
    "Architect - Associate and AWS Certified Developer - Associate) are now listed on your "
    "transcript under AWS-63018842 together with your Cloud Practitioner.\n\n"
    "Your recertification dates did not change.\n\n"
    "Kind regards,\nSiobhan K.\nAWS Training and Certification Customer Support\n\n"
    "We value your feedback. Please share your experience by rating this correspondence using the "
    "AWS Support Center link at the end of this correspondence.")
_h3 = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
       "<p>Hello Maria,</p><p>Thank you for your patience.</p>"
       "<p>From now on, please sign in to your AWS Certification Account with "
       "<a href=\"mailto:m.okafor@outlook.com\">m.okafor@outlook.com</a> only. Your candidate ID is "
       "<b>AWS-63018842</b>. The profile that used the ID AWS-29104477 has been deactivated, and the two "
       "certifications that were held there (AWS Certified Solutions Architect - Associate and AWS "
       "Certified Developer - Associate) are now listed on your transcript under AWS-63018842 together "
       "with your Cloud Practitioner.</p><p>Your recertification dates did not change.</p>"
       "<p>Kind regards,<br>Siobhan K.<br>AWS Training and Certification Customer Support</p>"
       "<p style=\"color:#777;font-size:11px\">We value your feedback. Please share your experience by rating "
       "this correspondence using the AWS Support Center link at the end of this correspondence.</p>"
       "</body></html>")
aws_mail('003-sign-in-with-one-id-from-now-on.eml',
         L('merge_completed', C3, ['AWS29104477', 'AWS63018842'], True, 'en'),
         rcpt='m.okafor@outlook.com', provider='outlook', dt=T('2025-06-11 10:26:40'),
         from_=FORM_FROM, subject=form_subj(C3), body=alt(_p3, _h3, cte='base64'))

# 004: Japanese keigo completion, ISO-2022-JP, nifty
C4 = cid15('2025-06-01 23:48:05', '61920')
_body4 = (
    "佐藤 拓也 様\n\n"
    "いつもお世話になっております。\n"
    "AWS トレーニングと認定 カスタマーサポートの小林でございます。\n\n"
    "ご依頼いただいておりました認定アカウントの統合作業につきまして、本日完了いたしましたので"
    "ご報告申し上げます。\n\n"
    "  統合元アカウント： AWS 71520398\n"
    "  統合先アカウント（存続）： AWS 30917265\n\n"
    "これまでに取得された認定資格はすべて統合先アカウントにてご確認いただけます。\n"
    "ご不明な点がございましたら、本メールにご返信ください。\n\n"
    "今後ともAWS トレーニングと認定をよろしくお願い申し上げます。\n\n"
    "小林\nAmazon Web Services\n\n"
    "2025年6月3日(火) 9:14 佐藤 拓也 <t-sato@nifty.com>:\n"
    "> 小林様\n>\n> ご連絡ありがとうございます。\n> 記載の内容に相違ございません。統合をお願いいたします。\n>\n> 佐藤\n>\n"
    "> 2025年6月2日(月) 18:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n"
    ">> 佐藤 拓也 様\n>>\n>> 下記2つのアカウントを統合いたします。統合後は元に戻すことができません。\n"
    ">> AWS71520398 → AWS30917265\n>> 内容をご確認のうえ、ご返信をお願いいたします。\n")
aws_mail('004-ja-kanryou-keigo-iso2022jp.eml',
         L('merge_completed', C4, ['AWS30917265', 'AWS71520398'], True, 'ja'),
         rcpt='t-sato@nifty.com', provider='nifty', dt=T('2025-06-04 02:05:33'),
         from_=FORM_FROM, subject=form_subj(C4),
         body=textpart(_body4, charset='iso-2022-jp', cte='7bit'))

# 005: Japanese, told by what changed (no 統合 word), Shift_JIS 8bit, so-net
C5 = cid15('2025-04-21 05:30:57', '10384')
_body5 = (
    "山本 翔 様\n\n"
    "お問い合わせいただきありがとうございます。\n"
    "AWS 認定サポート担当の田村でございます。\n\n"
    "今後は sho.yamamoto@so-net.ne.jp にてサインインいただきますと、これまでに取得された"
    "4件の認定資格をすべて AWS-88123405 にてご確認いただけます。\n"
    "なお、旧ID（aws55902178）は無効となっており、今後はご利用いただけません。\n"
    "認定特典（次回試験の50%割引）も上記IDに引き継がれております。\n\n"
    "何卒よろしくお願い申し上げます。\n\n"
    "田村\nAmazon Web Services トレーニングと認定\n")
aws_mail('005-ja-what-changed-sjis.eml',
         L('merge_completed', C5, ['AWS55902178', 'AWS88123405'], True, 'ja'),
         rcpt='sho.yamamoto@so-net.ne.jp', provider='so-net', dt=T('2025-04-23 07:51:18'),
         from_=FORM_FROM, subject=form_subj(C5, 'RE: '),
         body=textpart(_body5, charset='shift_jis', cte='8bit'))

# 006: non-native English agent, console case, Outlook (hotmail)
C6 = cid15('2025-02-17 08:22:45', '03377')
_body6 = (
    "Hello Lukas,\n\n"
    "Greetings from AWS Support and hope you are doing good.\n\n"
    "As per your request I have did the consolidation of both your certification profile. Now "
    "AWS20583316 is the only one active and it have your all 3 certificates inside, the another "
    "one (AWS 91146620) is not anymore exist. Kindly login and check same from your side.\n\n"
    "Please revert back in case of any query.\n\n"
    "Thanks and regards,\nRahul P." + console_footer(C6))
aws_mail('006-nonnative-consolidation-console.eml',
         L('merge_completed', C6, ['AWS20583316', 'AWS91146620'], True, 'en'),
         rcpt='lukas.brenner@hotmail.com', provider='outlook', dt=T('2025-02-19 12:40:03'),
         from_=CONSOLE_FROM, subject=f"RE:[CASE {C6}] Two certification accounts - please combine",
         body=textpart(_body6, charset='utf-8', cte='quoted-printable'))

# 007: completion that also closes the case and asks for a rating -> merge_completed
C7 = cid15('2025-07-08 01:15:20', '55102')
_p7 = (
    "Hi Kenji,\n\n"
    "Good news: AWS 66410293 has been merged into AWS 50218874, and the latter is your account "
    "going forward.\n\n"
    "Since that completes what you asked for, I'm going to close this case now. If you have a "
    "minute, please let us know how I did by using the stars below. Your feedback goes straight "
    "to my team lead.\n\n"
    "Thanks for choosing AWS Certification!\n\nMarcus D.\nAmazon Web Services\n\n"
    "How would you rate this response?\n"
    "https://aws-certification-support.amazon.com/feedback?case=" + C7 + "&r=5  (Excellent)\n"
    "https://aws-certification-support.amazon.com/feedback?case=" + C7 + "&r=1  (Poor)\n")
_h7 = ("<div style=\"font-family:Helvetica,Arial\"><p>Hi Kenji,</p>"
       "<p>Good news: AWS 66410293 has been merged into AWS 50218874, and the latter is your account going forward.</p>"
       "<p>Since that completes what you asked for, I&#39;m going to close this case now. If you have a minute, "
       "please let us know how I did by using the stars below. Your feedback goes straight to my team lead.</p>"
       "<p>Thanks for choosing AWS Certification!</p><p>Marcus D.<br>Amazon Web Services</p>"
       "<table><tr><td>How would you rate this response?</td>"
       + ''.join(f"<td><a href=\"https://aws-certification-support.amazon.com/feedback?case={C7}&amp;r={i}\">&#9733;</a></td>" for i in range(1, 6))
       + "</tr></table></div>")
aws_mail('007-merged-and-closing-with-stars.eml',
         L('merge_completed', C7, ['AWS50218874', 'AWS66410293'], True, 'en'),
         rcpt='kenji.watanabe.dev@gmail.com', provider='gmail', dt=T('2025-07-09 16:02:44'),
         from_=FORM_FROM, subject=form_subj(C7), body=alt(_p7, _h7), arc=True)

# 008: told by benefits carried over; no "merge" word
C8 = '11735180201'
_body8 = (
    "Hello Wei,\n\n"
    "Your 50% exam discount from the SAP-C02 pass and your AWS Certified Global Community "
    "access now show up under candidate ID AWS01938472, and all five of your certifications "
    "are listed on that transcript. The second login (AWS57700321) will no longer work, so "
    "please use chenwei.cloud@gmail.com from here on.\n\n"
    "Have a great day,\nIsabela M.\n" + console_footer(C8))
aws_mail('008-benefits-now-under-one-id.eml',
         L('merge_completed', C8, ['AWS01938472', 'AWS57700321'], True, 'en'),
         rcpt='chenwei.cloud@gmail.com', provider='gmail', dt=T('2023-08-22 19:11:27'),
         from_=CONSOLE_FROM, subject=f"RE:[CASE {C8}] Certification account duplicate",
         body=textpart(_body8, cte='quoted-printable'))

# 009: HTML-only template, iCloud (several AR headers), consolidated
C9 = cid15('2025-09-02 13:44:10', '77215')
_h9 = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AWS Support</title></head>"
       "<body style=\"margin:0;background:#f2f3f3\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
       "<tr><td style=\"background:#232f3e;padding:12px 24px\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-white.png\" alt=\"AWS\" width=\"60\"></td></tr>"
       "<tr><td style=\"padding:24px;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f\">"
       "<p>Hello Olivia,</p>"
       "<p>Your certification accounts have been consolidated.</p>"
       "<table style=\"border-collapse:collapse\">"
       "<tr><td style=\"padding:4px 12px 4px 0\"><b>Surviving candidate ID</b></td><td>AWS74402816</td></tr>"
       "<tr><td style=\"padding:4px 12px 4px 0\"><b>Retired candidate ID</b></td><td>AWS39920571</td></tr>"
       "</table>"
       "<p>Please allow up to 24 hours for your digital badges to refresh.</p>"
       "<p>Best regards,<br>Jonah W.<br>Amazon Web Services</p>"
       "<hr><p style=\"font-size:12px;color:#545b64\">We value your feedback. Please share your experience by rating this "
       "and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top "
       "right corner of the correspondence.</p>"
       f"<p style=\"font-size:12px;color:#545b64\">To see all the correspondence on your case, sign in to "
       f"<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C9}&amp;language=en\">"
       f"https://console.aws.amazon.com/support/home#/case/?displayId={C9}&amp;language=en</a></p>"
       "<p style=\"font-size:12px;color:#545b64\">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>"
       "</td></tr></table></body></html>")
aws_mail('009-html-only-consolidated-icloud.eml',
         L('merge_completed', C9, ['AWS39920571', 'AWS74402816'], True, 'en'),
         rcpt='olivia.grant@icloud.com', provider='icloud', dt=T('2025-09-04 09:30:00'),
         from_=CONSOLE_FROM, subject=f"RE:[CASE {C9}] Duplicate AWS Certification accounts",
         body=textpart(_h9, 'html', cte='quoted-printable'))

# 010: agent quotes an Outlook From:/Sent: block; "actioned"
C10 = cid15('2025-03-30 16:05:41', '49021')
_body10 = (
    "Hi Ama,\n\n"
    "Confirming this has been actioned on our side, both records are now one under "
    "aws63307719. No further steps needed from you.\n\n"
    "Cheers,\nLiam\nAWS T&C Support\n\n"
    "From: Ama Boateng <ama.boateng@outlook.com>\n"
    "Sent: Tuesday, April 1, 2025 9:12 AM\n"
    "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
    f"Subject: RE: RE:[CASE {C10}] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    "Hi Liam,\n\nYes that's right, keep AWS63307719 and fold AWS82214560 into it. Go ahead.\n\n"
    "Ama\n\n"
    "From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
    "Sent: Monday, March 31, 2025 11:50 PM\n"
    "To: ama.boateng@outlook.com\n"
    f"Subject: RE:[CASE {C10}] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    "Hello Ama,\n\nWe found AWS82214560 (ama.b@kumasi-tech.com) and AWS63307719 "
    "(ama.boateng@outlook.com). Please confirm that AWS82214560 should be merged into AWS63307719.\n")
aws_mail('010-actioned-outlook-quote.eml',
         L('merge_completed', C10, ['AWS63307719'], True, 'en'),
         rcpt='ama.boateng@outlook.com', provider='outlook', dt=T('2025-04-02 05:18:36'),
         from_=FORM_FROM, subject=form_subj(C10),
         body=textpart(_body10, charset='utf-8', cte='quoted-printable'), crlf=True)

# ---------------------------------------------------------------- 011-015 completions
C11 = cid15('2025-10-13 07:58:02', '90416')
_body11 = (
    "Dear Fatima,\n\n"
    "Thank you for your patience while we worked on this.\n\n"
    "Your AWS Certification records are now unified under candidate ID AWS47719028. The "
    "duplicate profile (AWS06628813) has been closed and its exam history, certifications "
    "and benefits were carried over.\n\n"
    "What happens next: your Credly badges will be transferred separately within about 5 "
    "business days. Once that happens, Credly will e-mail you a link to accept them. If they "
    "have not arrived after a week, simply reply to this e-mail and we will follow up.\n\n"
    "Warm regards,\nNadia F.\nAWS Training and Certification\n")
_h11 = ("<html><body><p>Dear Fatima,</p><p>Thank you for your patience while we worked on this.</p>"
        "<p>Your AWS Certification records are now unified under candidate ID <strong>AWS47719028</strong>. "
        "The duplicate profile (AWS06628813) has been closed and its exam history, certifications and benefits "
        "were carried over.</p><p><u>What happens next:</u> your Credly badges will be transferred separately "
        "within about 5 business days. Once that happens, Credly will e-mail you a link to accept them. If they "
        "have not arrived after a week, simply reply to this e-mail and we will follow up.</p>"
        "<p>Warm regards,<br>Nadia F.<br>AWS Training and Certification</p></body></html>")
aws_mail('011-unified-credly-to-follow.eml',
         L('merge_completed', C11, ['AWS06628813', 'AWS47719028'], True, 'en'),
         rcpt='fatima.elamrani@gmail.com', provider='gmail', dt=T('2025-10-15 11:42:19'),
         from_=FORM_FROM, subject=form_subj(C11), body=alt(_p11 := _body11, _h11, cte='quoted-printable'))

# 012: done + a question about something else (voucher)
C12 = cid15('2025-08-18 22:10:37', '15530')
_body12 = (
    "Hello Arjun,\n\n"
    "The merge is done: everything from AWS92047716 is now in AWS14400389.\n\n"
    "Separately, in your first message you mentioned a practice exam voucher that did not "
    "apply at checkout. Could you send me the voucher code and a screenshot of the error? "
    "I'd be happy to look into it on this same case.\n\n"
    "Best,\nGrace L.\nAmazon Web Services\n\n"
    "-----Original Message-----\n"
    "From: Arjun Mehta <arjun.mehta.aws@gmail.com>\n"
    "Sent: Wednesday, August 20, 2025 6:05 AM\n"
    "To: aws-cs-trainingcertification-form@amazon.com\n"
    f"Subject: Re: RE:[CASE {C12}] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    "Confirmed, please go ahead.\n")
aws_mail('012-merge-done-plus-voucher-question.eml',
         L('merge_completed', C12, ['AWS14400389', 'AWS92047716'], True, 'en'),
         rcpt='arjun.mehta.aws@gmail.com', provider='gmail', dt=T('2025-08-21 02:33:50'),
         from_=FORM_FROM, subject=form_subj(C12),
         body=textpart(_body12, charset='us-ascii', cte='7bit'))

# 013: Japanese, fewest words, UTF-8 base64, OCN, Japanese subject as folded encoded-words
C13 = cid15('2025-01-09 02:41:16', '82230')
_body13 = ("鈴木様\n\nアカウントの統合が完了しました。\n\nAmazon Web Services 中村\n" + console_footer(C13, 'ja'))
aws_mail('013-ja-kanryou-shimashita-short.eml',
         L('merge_completed', C13, [], True, 'ja'),
         rcpt='m-suzuki@ocn.ne.jp', provider='ocn', dt=T('2025-01-10 06:09:44'),
         from_=CONSOLE_FROM, subject=f"RE:[CASE {C13}] AWS認定アカウントが2つあるため統合をお願いしたい件",
         body=textpart(_body13, charset='utf-8', cte='base64'))

# 014: terse console completion, plain + html, ids formatted differently per part
C14 = '12296630475'
_p14 = ("Hi there,\n\nBoth accounts are now merged into AWS-10293847. Thanks.\n\nSam\n" + console_footer(C14))
_h14 = ("<html><body><p>Hi there,</p><p>Both accounts are now merged into <b>AWS&#8209;10293847</b>. Thanks.</p>"
        "<p>Sam</p><p style=\"font-size:11px\">We value your feedback. Please share your experience by rating this and "
        "other correspondences in the AWS Support Center.</p>"
        f"<p style=\"font-size:11px\"><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C14}&amp;language=en\">"
        "View case</a></p></body></html>")
aws_mail('014-both-now-merged-terse.eml',
         L('merge_completed', C14, ['AWS10293847'], True, 'en'),
         rcpt='tom.hargreaves@outlook.com', provider='outlook', dt=T('2022-10-04 14:20:31'),
         from_=CONSOLE_FROM, subject=f"RE:[CASE {C14}] merge certification accounts",
         body=alt(_p14, _h14, cte='quoted-printable'))

# 015: what the user will see; nested quotes
C15 = cid15('2025-05-05 18:30:00', '64187')
_body15 = (
    "Hi Hannah,\n\n"
    "All set. When you sign in at the Certification portal you'll now see a single dashboard "
    "with all four certifications, and the login that was tied to your old university address "
    "is gone. Your candidate ID stays AWS 33018275.\n\n"
    "Take care,\nOwen B.\nAWS Training & Certification\n\n"
    "On Tue, May 6, 2025 at 10:02 PM Hannah Schulz <hannah.schulz.dev@gmail.com> wrote:\n"
    "> Hi Owen, yes please keep the gmail one (AWS33018275).\n>\n"
    "> On Tue, May 6, 2025 at 4:15 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
    "> > Hello Hannah,\n> >\n> > Which of these two accounts would you like to keep?\n"
    "> > - AWS33018275 (hannah.schulz.dev@gmail.com)\n> > - AWS78804152 (h.schulz@uni-heidelberg.de)\n> >\n"
    "> > Best regards,\n> > Owen B.\n")
aws_mail('015-all-set-single-dashboard.eml',
         L('merge_completed', C15, ['AWS33018275'], True, 'en'),
         rcpt='hannah.schulz.dev@gmail.com', provider='gmail', dt=T('2025-05-08 09:12:05'),
         from_=FORM_FROM, subject=form_subj(C15),
         body=textpart(_body15, cte='quoted-printable'))

# ---------------------------------------------------------------- 016-022 support replies
C16 = cid15('2025-06-23 10:05:19', '30991')
_body16 = (
    "Hello Diego,\n\n"
    "Thank you for confirming. We will now proceed with merging AWS 27730418 into AWS 65002931 "
    "and will let you know as soon as it has been completed. No further action is required "
    "from you at this time.\n\n"
    "Best regards,\nEmily T.\nAmazon Web Services\n\n"
    "On Tue, Jun 24, 2025 at 3:20 PM Diego Alvarez <diego.alvarez.io@gmail.com> wrote:\n"
    "> Yes, that is correct. Please merge.\n>\n> Diego\n")
aws_mail('016-thanks-for-confirming-will-proceed.eml',
         L('support_reply', C16, ['AWS27730418', 'AWS65002931'], True, 'en'),
         rcpt='diego.alvarez.io@gmail.com', provider='gmail', dt=T('2025-06-25 04:48:27'),
         from_=FORM_FROM, subject=form_subj(C16), body=textpart(_body16, cte='quoted-printable'))

C17 = cid15('2025-07-28 12:00:44', '72018')
_body17 = (
    "Hi Chloe,\n\n"
    "A quick update: your request is now with our back-end team. Once the merge is complete, "
    "we will send you a confirmation on this case, and Credly will contact you separately "
    "about your badges.\n\n"
    "In the meantime, please avoid scheduling any new exam on either account.\n\n"
    "Kind regards,\nBen A.\nAmazon Web Services\n")
aws_mail('017-status-once-complete-we-will.eml',
         L('support_reply', C17, [], True, 'en'),
         rcpt='chloe.martin@outlook.com', provider='outlook', dt=T('2025-07-30 08:15:01'),
         from_=FORM_FROM, subject=form_subj(C17), body=textpart(_body17, cte='base64'))

C18 = cid15('2025-03-03 15:27:12', '04409')
_body18 = (
    "Hello,\n\n"
    "We are following up on your case regarding your AWS Certification accounts "
    "AWS51187204 and AWS08830195.\n\n"
    "We have not yet received your confirmation to proceed. If we do not hear back from you "
    "within 7 days, this case will be closed automatically. You can reopen it at any time by "
    "replying to this message.\n\n"
    "Best regards,\nAmazon Web Services\n")
aws_mail('018-chaser-will-auto-close.eml',
         L('support_reply', C18, ['AWS08830195', 'AWS51187204'], True, 'en'),
         rcpt='k.oduya@gmail.com', provider='gmail', dt=T('2025-03-10 16:00:07'),
         from_=FORM_FROM, subject=form_subj(C18), body=textpart(_body18, charset='us-ascii', cte='7bit'))

C19 = cid15('2025-04-14 09:50:28', '58843')
_body19 = (
    "Hi Marco,\n\n"
    "Thanks for letting us know that your badges are still showing on the old Credly profile. "
    "I have raised a request with the Credly team to move them to the profile linked to "
    "marco.rossi.cloud@gmail.com. This usually takes 3-5 business days.\n\n"
    "Could you also confirm which e-mail address your Credly account uses today?\n\n"
    "Regards,\nPaolo G.\nAmazon Web Services\n\n"
    "From: Marco Rossi <marco.rossi.cloud@gmail.com>\n"
    "Sent: 18 April 2025 10:21\n"
    "To: Amazon Web Services\n"
    f"Subject: Re: RE:[CASE {C19}] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    "Hi, the certifications are fine now but Credly still shows two profiles.\n\n"
    "> Hello Marco, the merge of AWS44187230 into AWS90163358 has been completed.\n")
aws_mail('019-after-merge-credly-escalated.eml',
         L('support_reply', C19, [], True, 'en'),
         rcpt='marco.rossi.cloud@gmail.com', provider='gmail', dt=T('2025-04-18 13:05:40'),
         from_=FORM_FROM, subject=form_subj(C19), body=textpart(_body19, cte='quoted-printable'))

C20 = cid15('2025-08-04 00:12:55', '36602')
_body20 = (
    "田中 由紀 様\n\n"
    "お世話になっております。AWS トレーニングと認定サポートの吉田でございます。\n\n"
    "ご確認いただき誠にありがとうございます。\n"
    "現在、担当部署にてアカウント AWS20057731 と AWS64409128 の統合作業を進めております。\n"
    "作業が完了いたしましたら、改めて本ケースにてご連絡申し上げます。\n\n"
    "恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。\n\n"
    "吉田\nAmazon Web Services\n")
aws_mail('020-ja-sagyouchu-kanryou-shidai.eml',
         L('support_reply', C20, ['AWS20057731', 'AWS64409128'], True, 'ja'),
         rcpt='yuki.tanaka@biglobe.ne.jp', provider='biglobe', dt=T('2025-08-05 03:30:12'),
         from_=FORM_FROM, subject=form_subj(C20),
         body=textpart(_body20, charset='iso-2022-jp', cte='7bit'))

C21 = cid15('2025-11-03 20:14:08', '11852')
_p21 = (
    "Hello,\n\n"
    f"There's new correspondence on your AWS Support case {C21}.\n\n"
    "Subject: Merge certification accounts\n\n"
    "To view the correspondence and respond, sign in to the AWS Support Center:\n"
    f"https://console.aws.amazon.com/support/home#/case/?displayId={C21}&language=en\n\n"
    "Thank you for using Amazon Web Services.\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n")
_h21 = ("<html><body style=\"font-family:Arial\"><p>Hello,</p>"
        f"<p>There's new correspondence on your AWS Support case <b>{C21}</b>.</p>"
        "<p>Subject: Merge certification accounts</p>"
        f"<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C21}&amp;language=en\">View case</a></p>"
        "<p>Thank you for using Amazon Web Services.</p>"
        "<p style=\"font-size:11px\">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>"
        "</body></html>")
aws_mail('021-new-correspondence-notice.eml',
         L('support_reply', C21, [], True, 'en'),
         rcpt='jp.dubois@gmail.com', provider='gmail', dt=T('2025-11-05 07:44:31'),
         from_=CONSOLE_FROM, subject=f"[Case {C21}] New correspondence added",
         body=alt(_p21, _h21))

# 022: Japanese, asks which account to keep; cp932 characters under a Shift_JIS label
C22 = cid15('2025-02-26 04:03:39', '27415')
_body22 = (
    "渡辺 健二 様\n\n"
    "お問い合わせいただきありがとうございます。AWS 認定サポートの森でございます。\n\n"
    "お客様のお名前で、以下の2つの認定アカウントを確認いたしました。\n"
    "　① AWS-37701284（kenji.w@example-sier.co.jp）\n"
    "　② AWS-80044519（kenji.watanabe.dev@gmail.com）\n\n"
    "統合後にご利用を継続されるアカウント（存続アカウント）はどちらになさいますか。\n"
    "また、それぞれのアカウントの通知先メールアドレスに相違がないかご確認ください。\n"
    "ご返信をいただき次第、手続きを進めさせていただきます（通常1～2営業日）。\n\n"
    "森\nAmazon Web Services\n")
aws_mail('022-ja-dochira-wo-nokoshimasuka-cp932.eml',
         L('support_reply', C22, ['AWS37701284', 'AWS80044519'], True, 'ja'),
         rcpt='kenji.watanabe.dev@gmail.com', provider='gmail', dt=T('2025-02-27 01:22:48'),
         from_=FORM_FROM, subject=form_subj(C22),
         body=textpart(_body22, charset='cp932', cte='8bit', label='Shift_JIS'))

# ---------------------------------------------------------------- 023-035 closures / ratings
C23 = cid15('2025-06-16 11:31:50', '40628')
_p23 = (
    "Hello,\n\n"
    f"We're marking case {C23} as resolved.\n\n"
    "If you still need help, you can reopen the case from the AWS Support Center within the "
    "next 14 days and it will go back to the same team.\n\n"
    "How satisfied are you with the support you received?\n"
    + ''.join(f"  {i} - https://console.aws.amazon.com/support/feedback?displayId={C23}&score={i}\n" for i in range(5, 0, -1))
    + "\nThank you for using Amazon Web Services.\n")
_h23 = ("<html><body style=\"font-family:Arial;color:#16191f\"><p>Hello,</p>"
        f"<p>We&rsquo;re marking case <b>{C23}</b> as resolved.</p>"
        "<p>If you still need help, you can reopen the case from the AWS Support Center within the next 14 days "
        "and it will go back to the same team.</p><p>How satisfied are you with the support you received?</p><p>"
        + ''.join(f"<a href=\"https://console.aws.amazon.com/support/feedback?displayId={C23}&amp;score={i}\" "
                  f"style=\"font-size:22px;text-decoration:none\">&#9733;</a>" for i in range(1, 6))
        + "</p><p>Thank you for using Amazon Web Services.</p></body></html>")
aws_mail('023-console-marked-resolved-stars.eml', L('survey', C23, [], True, 'en'),
         rcpt='s.ivanova.dev@gmail.com', provider='gmail', dt=T('2025-06-19 22:05:13'),
         from_=CONSOLE_FROM, subject=f"Amazon Web Services: Case {C23} has been resolved",
         body=alt(_p23, _h23), arc=True)

C24 = cid15('2025-09-22 06:40:03', '93157')
_h24 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
        "<body><table width=\"600\" align=\"center\" style=\"font-family:Arial,sans-serif;font-size:14px\">"
        "<tr><td><h2 style=\"color:#232f3e\">AWS Training and Certification</h2>"
        "<p>Hello,</p>"
        f"<p>Your case <b>{C24}</b> has been closed.</p>"
        "<p><b>Was your issue resolved?</b></p>"
        f"<p><a href=\"https://aws-tc-support.amazon.com/case/feedback?id={C24}&amp;resolved=yes\" "
        "style=\"background:#ff9900;color:#fff;padding:8px 20px;text-decoration:none\">YES</a>&nbsp;&nbsp;"
        f"<a href=\"https://aws-tc-support.amazon.com/case/feedback?id={C24}&amp;resolved=no\" "
        "style=\"background:#545b64;color:#fff;padding:8px 20px;text-decoration:none\">NO</a></p>"
        "<p>If you have a new question, please submit a new request through the AWS Training and Certification "
        "contact form.</p><p>Thank you,<br>AWS Training and Certification Customer Support</p>"
        "</td></tr></table></body></html>")
aws_mail('024-form-desk-closed-yes-no-html-only.eml', L('survey', C24, [], True, 'en'),
         rcpt='nathan.cole@outlook.com', provider='outlook', dt=T('2025-09-25 17:11:09'),
         from_=FORM_FROM, subject=form_subj(C24),
         body=textpart(_h24, 'html', cte='base64'))

C25 = cid15('2025-04-02 19:55:30', '07712')
_p25 = (
    "Hi Leila,\n\n"
    "You recently worked with Yusuf on your AWS Training and Certification request "
    f"(case {C25}).\n\n"
    "How did we do? Pick a rating below, it takes less than a minute:\n\n"
    f"Very good   https://aws-tc-support.amazon.com/rate?c={C25}&v=5\n"
    f"Good        https://aws-tc-support.amazon.com/rate?c={C25}&v=4\n"
    f"Okay        https://aws-tc-support.amazon.com/rate?c={C25}&v=3\n"
    f"Poor        https://aws-tc-support.amazon.com/rate?c={C25}&v=2\n"
    f"Very poor   https://aws-tc-support.amazon.com/rate?c={C25}&v=1\n\n"
    "Your comments help us coach our team.\n\nAWS Training and Certification\n")
_h25 = ("<html><body style=\"font-family:Arial\"><p>Hi Leila,</p>"
        f"<p>You recently worked with <b>Yusuf</b> on your AWS Training and Certification request (case {C25}).</p>"
        "<p style=\"font-size:18px\"><b>How did we do?</b></p><table><tr>"
        + ''.join(f"<td><a href=\"https://aws-tc-support.amazon.com/rate?c={C25}&amp;v={v}\">{t}</a></td>"
                  for v, t in [(5, 'Very good'), (4, 'Good'), (3, 'Okay'), (2, 'Poor'), (1, 'Very poor')])
        + "</tr></table><p>Your comments help us coach our team.</p><p>AWS Training and Certification</p></body></html>")
aws_mail('025-how-did-we-do-rate-agent.eml', L('survey', C25, [], True, 'en'),
         rcpt='leila.haddad@outlook.com', provider='outlook', dt=T('2025-04-07 13:00:00'),
         from_='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
         subject="How did we do, Leila?", body=alt(_p25, _h25))

C26 = cid15('2025-05-12 03:22:18', '52906')
_body26 = (
    "佐藤 拓也 様\n\n"
    "平素よりAWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n\n"
    f"お問い合わせいただいておりましたケース（ケースID：{C26}）につきましては、"
    "これをもちましてクローズとさせていただきます。\n"
    "追加のご質問がございましたら、本メールにご返信いただくことでケースを再開することができます。\n\n"
    "今回の担当者の対応について、下記リンクより5段階でご評価をお寄せいただけますと幸いです。\n"
    f"https://aws-tc-support.amazon.com/rate?c={C26}&lang=ja\n\n"
    "AWS トレーニングと認定 カスタマーサポート\n")
aws_mail('026-ja-close-to-sasete-itadakimasu.eml', L('survey', C26, [], True, 'ja'),
         rcpt='t-sato@nifty.com', provider='nifty', dt=T('2025-05-16 08:40:51'),
         from_=FORM_FROM, subject=form_subj(C26),
         body=textpart(_body26, charset='iso-2022-jp', cte='7bit'))

C27 = cid15('2025-10-20 01:09:45', '66074')
_body27 = (
    "山本 翔 様\n\n"
    f"先日はケース {C27} にてAWS サポートをご利用いただきありがとうございました。\n\n"
    "今回のサポートはいかがでしたか？\n"
    "以下の星をクリックして、担当者の対応をお聞かせください（所要時間：約1分）。\n\n"
    + ''.join(f"{'★' * i}{'☆' * (5 - i)}  https://console.aws.amazon.com/support/feedback?displayId={C27}&score={i}&language=ja\n" for i in range(5, 0, -1))
    + "\nいただいたご意見は、サービス品質の向上に役立てさせていただきます。\n\nアマゾン ウェブ サービス ジャパン\n")
aws_mail('027-ja-ikaga-deshitaka-stars.eml', L('survey', C27, [], True, 'ja'),
         rcpt='sho.yamamoto.aws@gmail.com', provider='gmail', dt=T('2025-10-24 02:00:00'),
         from_=addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com'),
         subject="AWS サポートのご利用についてご意見をお聞かせください",
         body=textpart(_body27, cte='quoted-printable'))

C28 = cid15('2025-01-27 21:47:09', '81393')
_body28 = (
    "Hello,\n\n"
    f"Case {C28} (Certification account merge request) was closed automatically because we "
    "did not receive a reply within 10 days.\n\n"
    "If your request is still open, please reply to this e-mail and the case will be reopened. "
    "Please do not open a new case for the same request.\n\n"
    "Was this case handled to your satisfaction? Let us know: "
    f"https://aws-tc-support.amazon.com/rate?c={C28}\n\n"
    "AWS Training and Certification\n")
aws_mail('028-closed-automatically-no-reply.eml', L('survey', C28, [], True, 'en'),
         rcpt='rafael.souza.br@gmail.com', provider='gmail', dt=T('2025-02-10 00:15:44'),
         from_=FORM_FROM, subject=form_subj(C28, 'RE: '),
         body=textpart(_body28, charset='us-ascii', cte='7bit'))

# 029: genuine-looking AWS rating mail sent through a third-party platform -> not an AWS domain
C29 = cid15('2025-07-14 14:20:11', '20573')
_p29 = (
    "Hello Aisha,\n\n"
    "Thank you for contacting AWS Training and Certification about your certification "
    f"accounts (case {C29}).\n\n"
    "We'd love to hear about your experience. Overall, how would you rate the help you "
    "received?\n\nStart here: https://amazon.qualtrics.com/jfe/form/SV_3xk9Pq2aW7?case=" + C29 + "\n\n"
    "This link is unique to you. Please do not forward this message.\n\n"
    "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109\n")
_h29 = ("<html><body style=\"font-family:Arial\"><p>Hello Aisha,</p>"
        f"<p>Thank you for contacting AWS Training and Certification about your certification accounts (case {C29}).</p>"
        "<p>We&#39;d love to hear about your experience. Overall, how would you rate the help you received?</p>"
        f"<p><a href=\"https://amazon.qualtrics.com/jfe/form/SV_3xk9Pq2aW7?case={C29}\" style=\"background:#ff9900;color:#000;padding:10px 18px\">Start</a></p>"
        "<p style=\"font-size:11px;color:#666\">This link is unique to you. Please do not forward this message.<br>"
        "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p></body></html>")
_d29 = T('2025-07-18 16:32:27')
generic_mail('029-rating-via-qualtrics-sender.eml', L('survey', C29, [], False, 'en'),
             rcpt='aisha.rahman.cloud@gmail.com', provider='gmail', dt=_d29,
             from_='"Amazon Web Services" <noreply@qemailserver.com>',
             subject="Tell us about your recent AWS Training and Certification experience",
             body=alt(_p29, _h29), envfrom='bounce-' + ralnum(12) + '@qemailserver.com',
             ip='162.247.216.83', helo='mta-216-83.qemailserver.com',
             auth={'dkim': [('qemailserver.com', 'pass', 'default')], 'spf': 'pass', 'dmarc': 'pass',
                   'hfrom': 'qemailserver.com', 'p': 'NONE'},
             sign=[('qemailserver.com', 'default')],
             msgid=f"<{rhex(24)}@qemailserver.com>")

C30 = cid15('2025-08-11 09:03:57', '45520')
_p30 = (
    "Hi Jonas,\n\n"
    "Just a reminder: you still have a few days to tell us how your recent AWS Support case "
    f"went (case {C30}).\n\n"
    "It's one question, and you can answer it right from this e-mail:\n"
    f"Did we solve your problem?  Yes: https://console.aws.amazon.com/support/feedback?displayId={C30}&solved=1\n"
    f"                            No:  https://console.aws.amazon.com/support/feedback?displayId={C30}&solved=0\n\n"
    "Thank you,\nAWS Support\n")
_h30 = ("<html><body><p>Hi Jonas,</p><p>Just a reminder: you still have a few days to tell us how your recent AWS "
        f"Support case went (case {C30}).</p><p>It&#39;s one question, and you can answer it right from this e-mail:</p>"
        "<p><b>Did we solve your problem?</b> "
        f"<a href=\"https://console.aws.amazon.com/support/feedback?displayId={C30}&amp;solved=1\">Yes</a> | "
        f"<a href=\"https://console.aws.amazon.com/support/feedback?displayId={C30}&amp;solved=0\">No</a></p>"
        "<p>Thank you,<br>AWS Support</p></body></html>")
aws_mail('030-reminder-still-time-did-we-solve.eml', L('survey', C30, [], True, 'en'),
         rcpt='jonas.lindqvist@outlook.com', provider='outlook', dt=T('2025-08-20 15:30:00'),
         from_=CONSOLE_FROM, subject=f"Reminder: did we solve your problem? [Case {C30}]",
         body=alt(_p30, _h30, cte='7bit'))

# 031: agent-written closure, merge completion only in the quote
C31 = cid15('2025-03-18 07:14:36', '09941')
_body31 = (
    "Hi Sofia,\n\n"
    "Glad to hear everything looks right on your side. I'll go ahead and close this case now. "
    "If anything else comes up, just reply here and it will reopen.\n\n"
    "Thanks,\nDerek\nAWS Training and Certification\n\n"
    "On Thu, Mar 20, 2025 at 9:40 AM Sofia Papadopoulou <sofia.pap@gmail.com> wrote:\n"
    "> Thank you! I can see all my certs under AWS29018364 now.\n>\n"
    "> On Wed, Mar 19, 2025 at 11:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
    ">> Hello Sofia, the merge of AWS75532190 into AWS29018364 has been completed.\n")
aws_mail('031-agent-ill-close-this-case.eml', L('survey', C31, [], True, 'en'),
         rcpt='sofia.pap@gmail.com', provider='gmail', dt=T('2025-03-20 18:25:02'),
         from_=FORM_FROM, subject=form_subj(C31), body=textpart(_body31, cte='quoted-printable'))

C32 = cid15('2025-06-30 08:55:21', '73380')
_body32 = (
    "田中 由紀 様\n\n"
    "ご確認のご連絡をいただき、誠にありがとうございます。\n"
    "問題なくご利用いただけているとのこと、安心いたしました。\n\n"
    "それでは、本件はこれにて完了とし、ケースをクローズさせていただきます。\n"
    "またご不明な点がございましたら、いつでもお気軽にお問い合わせください。\n\n"
    "このたびはAWS トレーニングと認定をご利用いただき、ありがとうございました。\n\n"
    "吉田\nAmazon Web Services\n\n"
    "-----Original Message-----\n"
    "From: 田中 由紀 <yuki.tanaka@biglobe.ne.jp>\n"
    "Sent: 2025/07/03 10:12\n"
    "Subject: Re: RE:[CASE " + C32 + "] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    "吉田様\n\nAWS12077658 で全ての資格が確認できました。ありがとうございました。\n")
aws_mail('032-ja-closing-after-user-checked-sjis.eml', L('survey', C32, [], True, 'ja'),
         rcpt='yuki.tanaka@biglobe.ne.jp', provider='biglobe', dt=T('2025-07-03 06:48:15'),
         from_=FORM_FROM, subject=form_subj(C32),
         body=textpart(_body32, charset='shift_jis', cte='base64'))

# 033: 2019, 10-digit case id, corporate mailbox without AR
C33 = '5987214630'
_body33 = (
    "Dear Customer,\n\n"
    f"Your AWS Support case {C33} has been resolved.\n\n"
    "Case details\n"
    f"  Case ID:  {C33}\n"
    "  Subject:  Merge my two AWS Certification accounts\n"
    "  Severity: General guidance\n\n"
    "Please take a moment to rate the correspondence you received. Your rating helps us "
    "improve AWS Support.\n\n"
    f"https://console.aws.amazon.com/support/home#/case/?displayId={C33}&language=en\n\n"
    "Sincerely,\nAmazon Web Services\n")
aws_mail('033-2019-case-resolved-corp-noauth.eml', L('survey', C33, [], None, 'en'),
         rcpt='p.ng@meridian-logistics.com', provider='corp', dt=T('2019-11-21 08:30:12'),
         from_=CONSOLE_FROM, subject=f"Amazon Web Services Support: Case {C33} resolved",
         body=textpart(_body33, charset='us-ascii', cte='7bit'), auth='none', crlf=True)

# 034: 0-10 recommend question, no "survey", no "closed"
C34 = cid15('2025-11-10 12:48:03', '30267')
_p34 = (
    "Hello Emma,\n\n"
    "Based on your recent experience with AWS Training and Certification support "
    f"(case {C34}), how likely are you to recommend us to a friend or colleague?\n\n"
    "0 = not at all likely, 10 = extremely likely\n"
    + ' '.join(f"[{i}] https://aws-tc-support.amazon.com/nps?c={C34}&s={i}\n" for i in range(0, 11))
    + "\nAmazon Web Services\n")
_h34 = ("<html><body><p>Hello Emma,</p><p>Based on your recent experience with AWS Training and Certification support "
        f"(case {C34}), how likely are you to recommend us to a friend or colleague?</p><table><tr>"
        + ''.join(f"<td style=\"border:1px solid #ccc;padding:6px\"><a href=\"https://aws-tc-support.amazon.com/nps?c={C34}&amp;s={i}\">{i}</a></td>" for i in range(0, 11))
        + "</tr><tr><td colspan=\"5\">Not at all likely</td><td colspan=\"6\" align=\"right\">Extremely likely</td></tr></table>"
        "<p>Amazon Web Services</p></body></html>")
aws_mail('034-how-likely-to-recommend.eml', L('survey', C34, [], True, 'en'),
         rcpt='emma.wright@icloud.com', provider='icloud', dt=T('2025-11-14 19:20:40'),
         from_=FORM_FROM, subject="One quick question about your recent request",
         body=alt(_p34, _h34))

C35 = cid15('2025-12-01 00:30:29', '58114')
_h35 = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\">"
        "<p>お客様</p>"
        f"<p>お問い合わせ（ケースID：{C35}）は解決済みとしてクローズされました。</p>"
        "<p><b>問題は解決しましたか？</b></p>"
        f"<p><a href=\"https://aws-tc-support.amazon.com/case/feedback?id={C35}&amp;resolved=yes&amp;lang=ja\">はい</a>"
        f"&nbsp;／&nbsp;<a href=\"https://aws-tc-support.amazon.com/case/feedback?id={C35}&amp;resolved=no&amp;lang=ja\">いいえ</a></p>"
        "<p>新たなご質問は、お問い合わせフォームから新規にお送りください。</p>"
        "<p>AWS トレーニングと認定 カスタマーサポート</p></body></html>")
aws_mail('035-ja-kaiketsu-shimashitaka-html-only.eml', L('survey', C35, [], True, 'ja'),
         rcpt='r.kobayashi@ocn.ne.jp', provider='ocn', dt=T('2025-12-04 05:10:03'),
         from_=FORM_FROM, subject=form_subj(C35),
         body=textpart(_h35, 'html', cte='quoted-printable'))

# ---------------------------------------------------------------- 036-045 Credly
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
CREDLY_FOOT = ("\n\n--\nCredly, Inc. | 1 Penn Plaza #3210, New York, NY 10119\n"
               "You are receiving this email because a badge was issued to this address.\n"
               "Manage email preferences: https://www.credly.com/earner/settings/notifications\n")


def credly_html(greeting, lines, button, url, extra=''):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"margin:0;background:#f5f5f5\"><table align=\"center\" width=\"600\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\">"
            "<tr><td style=\"padding:20px\"><img src=\"https://images.credly.com/images/logo.png\" alt=\"Credly\" width=\"90\"></td></tr>"
            f"<tr><td style=\"padding:0 20px\"><p>{greeting}</p>"
            + ''.join(f"<p>{l}</p>" for l in lines)
            + f"<p style=\"text-align:center\"><a href=\"{url}\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold\">{button}</a></p>"
            + extra +
            "</td></tr><tr><td style=\"padding:20px;font-size:11px;color:#888\">Credly, Inc. | 1 Penn Plaza #3210, New York, NY 10119<br>"
            "<a href=\"https://www.credly.com/earner/settings/notifications\">Manage email preferences</a></td></tr></table></body></html>")


def credly_mail(fname, label, *, rcpt, provider, dt, subject, body, from_=CREDLY_FROM,
                auth='ok', crlf=False, domain='credly.com', to=None):
    a = credly_auth() if auth == 'ok' else (None if auth == 'none' else auth)
    if a and domain != 'credly.com' and auth == 'ok':
        a = dict(a, dkim=[(domain, 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')], hfrom=domain)
    ip = f"167.89.{R.randint(0, 127)}.{R.randint(1, 254)}"
    generic_mail(fname, label, rcpt=rcpt, provider=provider, dt=dt, from_=from_, subject=subject,
                 body=body, envfrom=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em.{domain}",
                 ip=ip, helo=f"o{R.randint(1, 30)}.em.{domain}", auth=a,
                 sign=[(domain, 's1'), ('sendgrid.info', 'smtpapi')],
                 msgid=f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>", crlf=crlf, to=to,
                 extra=[('X-SG-EID', rb64(60) + '=='), ('List-Unsubscribe', f"<https://www.{domain}/earner/settings/notifications>")])


_u36 = f"https://www.credly.com/earner/earned/badge/{uuidish()}"
_p36 = ("Hi Priyanka,\n\nCongratulations! Amazon Web Services Training and Certification has issued you a new "
        "badge: AWS Certified Solutions Architect \u2013 Associate.\n\n"
        f"Accept your badge: {_u36}\n\n"
        "Once you accept it, you can share it on LinkedIn, add it to your email signature and let "
        "employers verify it in one click." + CREDLY_FOOT)
_h36 = credly_html("Hi Priyanka,", [
    "Congratulations! Amazon Web Services Training and Certification has issued you a new badge:",
    "<b>AWS Certified Solutions Architect &ndash; Associate</b>",
    "Once you accept it, you can share it on LinkedIn, add it to your email signature and let employers verify it in one click."],
    "Accept your badge", _u36)
credly_mail('036-credly-new-badge-accept.eml', L('credly_badge_issued', None, [], True, 'en'),
            rcpt='priyanka.nair87@gmail.com', provider='gmail', dt=T('2025-05-30 14:02:11'),
            subject="Congratulations, Priyanka! You\u2019ve earned a new badge", body=alt(_p36, _h36))

_u37 = f"https://www.credly.com/earner/earned/badge/{uuidish()}"
_p37 = ("Hi Maria,\n\nYour AWS Certified Developer \u2013 Associate badge from Amazon Web Services Training and "
        "Certification is still waiting for you.\n\nClaim it here: " + _u37 + "\n\n"
        "Badges that are not accepted stay private and can't be seen by anyone else." + CREDLY_FOOT)
_h37 = credly_html("Hi Maria,", [
    "Your <b>AWS Certified Developer &ndash; Associate</b> badge from Amazon Web Services Training and Certification is still waiting for you.",
    "Badges that are not accepted stay private and can&#39;t be seen by anyone else."], "Claim your badge", _u37)
credly_mail('037-credly-reminder-still-waiting.eml', L('credly_badge_issued', None, [], True, 'en'),
            rcpt='m.okafor@outlook.com', provider='outlook', dt=T('2025-06-18 15:44:56'),
            subject="Reminder: your badge is waiting to be claimed", body=alt(_p37, _h37, cte='base64'))

_u38 = "https://www.credly.com/users/maria-okafor/badges"
_p38 = ("Hi Maria,\n\nAt the request of Amazon Web Services Training and Certification, the following badges "
        "that were previously issued to m.okafor@lagos-fintech.ng have been moved to this Credly account:\n\n"
        "  - AWS Certified Solutions Architect \u2013 Associate\n"
        "  - AWS Certified Developer \u2013 Associate\n"
        "  - AWS Certified Cloud Practitioner\n\n"
        f"View your badges: {_u38}\n\nYour badges keep their original issue and expiry dates." + CREDLY_FOOT)
_h38 = credly_html("Hi Maria,", [
    "At the request of Amazon Web Services Training and Certification, the following badges that were previously issued to "
    "m.okafor@lagos-fintech.ng have been moved to this Credly account:",
    "<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li>"
    "<li>AWS Certified Cloud Practitioner</li></ul>",
    "Your badges keep their original issue and expiry dates."], "View your badges", _u38)
credly_mail('038-credly-badges-moved-after-merge.eml', L('credly_badge_issued', None, [], True, 'en'),
            rcpt='m.okafor@outlook.com', provider='outlook', dt=T('2025-06-16 20:10:33'),
            subject="3 badges have been moved to your account", body=alt(_p38, _h38))

# 039: 2020, Acclaim domain (Credly's former name)
_u39 = f"https://www.youracclaim.com/earner/earned/badge/{uuidish()}"
_p39 = ("Daniel,\n\nYou've earned a badge from Amazon Web Services Training and Certification!\n\n"
        "AWS Certified SysOps Administrator - Associate\n\n"
        f"Accept your badge: {_u39}\n\n"
        "Acclaim makes it easy to share your achievements with your network.\n\n"
        "--\nAcclaim | Credly, Inc. | You are receiving this email because a badge was issued to this address.\n")
_h39 = credly_html("Daniel,", ["You&#39;ve earned a badge from Amazon Web Services Training and Certification!",
                               "<b>AWS Certified SysOps Administrator - Associate</b>",
                               "Acclaim makes it easy to share your achievements with your network."],
                   "Accept your badge", _u39).replace('Credly, Inc. |', 'Acclaim | Credly, Inc. |')
credly_mail('039-acclaim-2020-earned-badge.eml', L('credly_badge_issued', None, [], True, 'en'),
            rcpt='daniel.reyes.tx@gmail.com', provider='gmail', dt=T('2020-02-11 18:22:40'),
            from_='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
            subject="You've earned a badge from Amazon Web Services Training and Certification",
            body=alt(_p39, _h39, cte='7bit'), domain='youracclaim.com')

# 040: Japanese Credly
_u40 = f"https://www.credly.com/earner/earned/badge/{uuidish()}?locale=ja"
_p40 = ("佐藤 拓也 さん\n\nおめでとうございます！ Amazon Web Services Training and Certification から"
        "新しいバッジが発行されました。\n\nAWS Certified Security – Specialty\n\n"
        f"バッジを受け取る: {_u40}\n\n受け取ったバッジは LinkedIn などで共有できます。\n\n"
        "--\nCredly, Inc. | 1 Penn Plaza #3210, New York, NY 10119\n")
_h40 = credly_html("佐藤 拓也 さん", ["おめでとうございます！ Amazon Web Services Training and Certification から新しいバッジが発行されました。",
                                  "<b>AWS Certified Security &ndash; Specialty</b>", "受け取ったバッジは LinkedIn などで共有できます。"],
                   "バッジを受け取る", _u40)
credly_mail('040-credly-ja-badge-hakkou.eml', L('credly_badge_issued', None, [], True, 'ja'),
            rcpt='t-sato@nifty.com', provider='nifty', dt=T('2025-06-05 01:33:08'),
            subject="Amazon Web Services Training and Certification からバッジが発行されました",
            body=alt(_p40, _h40, cte='base64'))

_u41 = "https://www.credly.com/earner/earned"
_p41 = ("Hi Kenji,\n\nYou have 3 badges from Amazon Web Services Training and Certification waiting for you:\n\n"
        "  AWS Certified Solutions Architect \u2013 Professional\n  AWS Certified DevOps Engineer \u2013 Professional\n"
        "  AWS Certified Advanced Networking \u2013 Specialty\n\n"
        f"Review and accept them: {_u41}\n" + CREDLY_FOOT)
_h41 = credly_html("Hi Kenji,", ["You have <b>3 badges</b> from Amazon Web Services Training and Certification waiting for you:",
                                 "AWS Certified Solutions Architect &ndash; Professional<br>AWS Certified DevOps Engineer &ndash; Professional<br>"
                                 "AWS Certified Advanced Networking &ndash; Specialty"], "Review and accept", _u41)
credly_mail('041-credly-three-waiting.eml', L('credly_badge_issued', None, [], True, 'en'),
            rcpt='kenji.watanabe.dev@gmail.com', provider='gmail', dt=T('2025-07-11 09:00:47'),
            subject="You have 3 badges waiting for you", body=alt(_p41, _h41))

_u42 = "https://www.credly.com/badges/" + uuidish() + "/public_url"
_p42 = ("Hi Chen,\n\nYou've accepted your badge: AWS Certified Data Engineer \u2013 Associate, issued by Amazon Web "
        "Services Training and Certification.\n\nIt is now visible on your public profile. Add it to LinkedIn so your "
        f"network can see it: {_u42}\n" + CREDLY_FOOT)
_h42 = credly_html("Hi Chen,", ["You&#39;ve accepted your badge: <b>AWS Certified Data Engineer &ndash; Associate</b>, issued by "
                                "Amazon Web Services Training and Certification.",
                                "It is now visible on your public profile. Add it to LinkedIn so your network can see it."],
                   "Share to LinkedIn", _u42)
credly_mail('042-credly-you-accepted-share.eml', L('credly_badge_issued', None, [], True, 'en'),
            rcpt='chenwei.cloud@gmail.com', provider='gmail', dt=T('2025-03-02 22:15:10'),
            subject="You've accepted your badge \u2014 now share it", body=alt(_p42, _h42))

# 043: look-alike Credly phishing about badges after the merge -> keeps kind, not verified
_u43 = "https://credly-badges.net/aws/re-accept?token=" + ralnum(32)
_p43 = ("Hello,\n\nFollowing your recent AWS Certification account merge, your digital badges were transferred "
        "to a new wallet. To keep them valid you must re-accept them within 48 hours, otherwise they will be revoked.\n\n"
        f"Accept transferred badges: {_u43}\n\nCredly Support Team\n")
_h43 = credly_html("Hello,", ["Following your recent AWS Certification account merge, your digital badges were transferred to a new "
                              "wallet. To keep them valid you must <b>re-accept them within 48 hours</b>, otherwise they will be revoked."],
                   "Accept transferred badges", _u43)
_d43 = T('2025-06-07 03:41:29')
generic_mail('043-lookalike-credly-reaccept-after-merge.eml', L('credly_badge_issued', None, [], False, 'en'),
             rcpt='fatima.elamrani@gmail.com', provider='gmail', dt=_d43,
             from_='"Credly via AWS Certification" <admin@credly-badges.net>',
             subject="Action required: accept your transferred AWS badges",
             body=alt(_p43, _h43), envfrom='support@credly-badges.net', ip='185.244.25.117',
             helo='mail.credly-badges.net',
             auth={'dkim': [('credly-badges.net', 'pass', 'mail')], 'spf': 'pass', 'dmarc': 'pass',
                   'hfrom': 'credly-badges.net', 'p': 'NONE'},
             sign=[('credly-badges.net', 'mail')],
             below_sig=[('Authentication-Results', "credly.com; dkim=pass header.d=credly.com; dmarc=pass header.from=credly.com")],
             msgid=f"<{rhex(20)}@credly-badges.net>")

# 044: genuine Credly to a corporate mailbox without any Authentication-Results
_u44 = f"https://www.credly.com/earner/earned/badge/{uuidish()}"
_p44 = ("Hi Pei Ling,\n\nAmazon Web Services Training and Certification issued you the AWS Certified Machine Learning "
        "Engineer \u2013 Associate badge.\n\nAccept badge: " + _u44 + CREDLY_FOOT)
_h44 = credly_html("Hi Pei Ling,", ["Amazon Web Services Training and Certification issued you the <b>AWS Certified Machine "
                                    "Learning Engineer &ndash; Associate</b> badge."], "Accept badge", _u44)
credly_mail('044-credly-issued-corp-noauth.eml', L('credly_badge_issued', None, [], None, 'en'),
            rcpt='p.ng@meridian-logistics.com', provider='corp', dt=T('2025-01-23 10:05:55'),
            subject="Pei Ling, your AWS badge is ready", body=alt(_p44, _h44), auth='none', crlf=True)

_u45 = f"https://www.credly.com/earner/earned/badge/{uuidish()}"
_p45 = ("Hi Hannah,\n\nNice work on recertifying! Amazon Web Services Training and Certification has issued you an "
        "updated badge: AWS Certified Solutions Architect \u2013 Professional (valid through May 2028).\n\n"
        f"Accept your badge: {_u45}\n\nYour previous badge will be marked as replaced once you accept." + CREDLY_FOOT)
_h45 = credly_html("Hi Hannah,", ["Nice work on recertifying! Amazon Web Services Training and Certification has issued you an updated "
                                  "badge: <b>AWS Certified Solutions Architect &ndash; Professional</b> (valid through May 2028).",
                                  "Your previous badge will be marked as replaced once you accept."], "Accept your badge", _u45)
credly_mail('045-credly-recert-updated-badge.eml', L('credly_badge_issued', None, [], True, 'en'),
            rcpt='hannah.schulz.dev@gmail.com', provider='gmail', dt=T('2025-05-22 12:12:12'),
            subject="An updated badge has been issued to you", body=alt(_p45, _h45))

# ---------------------------------------------------------------- 046-055 look-alikes (unrelated)
_code46 = '482913'
_p46 = ("Hi Marco,\n\nWe received a request to merge another Credly account into this one.\n\n"
        f"Your verification code is: {_code46}\n\n"
        "Enter the code on the merge screen, or click Complete Account Merge below. The code expires in 30 minutes.\n\n"
        "Complete Account Merge: https://www.credly.com/account/merge/confirm?token=" + ralnum(40) + "\n\n"
        "If you did not request this, you can ignore this email." + CREDLY_FOOT)
_h46 = credly_html("Hi Marco,", ["We received a request to merge another Credly account into this one.",
                                 f"Your verification code is: <b style=\"font-size:20px;letter-spacing:3px\">{_code46}</b>",
                                 "Enter the code on the merge screen, or click the button below. The code expires in 30 minutes.",
                                 "If you did not request this, you can ignore this email."],
                   "Complete Account Merge", "https://www.credly.com/account/merge/confirm?token=" + ralnum(40))
credly_mail('046-credly-self-service-merge-code.eml', L('unrelated', None, [], True, 'en'),
            rcpt='marco.rossi.cloud@gmail.com', provider='gmail', dt=T('2025-04-25 08:19:02'),
            from_='"Credly" <admin@credly.com>', subject="Your Credly account merge code",
            body=alt(_p46, _h46))

_u47 = "https://www.credly.com/earner/earned/badge/" + uuidish()
_p47 = ("Hi Arjun,\n\nYour AWS Certified Developer \u2013 Associate badge issued by Amazon Web Services Training and "
        "Certification expires on September 14, 2025 (in 90 days).\n\n"
        "To keep it active, follow the recertification steps from the issuer before that date.\n\n"
        f"View badge: {_u47}" + CREDLY_FOOT)
_h47 = credly_html("Hi Arjun,", ["Your <b>AWS Certified Developer &ndash; Associate</b> badge issued by Amazon Web Services Training and "
                                 "Certification expires on <b>September 14, 2025</b> (in 90 days).",
                                 "To keep it active, follow the recertification steps from the issuer before that date."],
                   "View badge", _u47)
credly_mail('047-credly-badge-expires-in-90-days.eml', L('unrelated', None, [], True, 'en'),
            rcpt='arjun.mehta.aws@gmail.com', provider='gmail', dt=T('2025-06-16 13:00:05'),
            subject="Your badge expires in 90 days", body=alt(_p47, _h47))

# 048: CertMetrics, authentic but not AWS/Credly domain
_p48 = ("Dear Leila Haddad,\n\nAWS Certification wants to hear from you!\n\n"
        "You recently took an AWS Certification exam. Please rate your exam experience and tell us how we can "
        "improve. It takes about five minutes.\n\n"
        "https://www.certmetrics.com/amazon/candidate/feedback.aspx?t=" + ralnum(24) + "\n\n"
        "Candidate ID: AWS61120487\n\nThank you,\nAWS Certification\n\n"
        "This is an automated message. Please do not reply.\n")
_d48 = T('2025-03-27 16:40:00')
generic_mail('048-certmetrics-wants-to-hear-from-you.eml', L('unrelated', None, ['AWS61120487'], False, 'en'),
             rcpt='leila.haddad@outlook.com', provider='outlook', dt=_d48,
             from_='"AWS Certification" <do-not-reply@certmetrics.com>',
             subject="AWS Certification wants to hear from you",
             body=textpart(_p48, charset='us-ascii', cte='7bit'),
             envfrom='do-not-reply@certmetrics.com', ip='40.107.220.71', helo='mail-bn8nam11on2071.outbound.protection.outlook.com',
             auth={'dkim': [('certmetrics.com', 'pass', 'selector1')], 'spf': 'pass', 'dmarc': 'pass', 'hfrom': 'certmetrics.com'},
             sign=[('certmetrics.com', 'selector1')], msgid=f"<{uuidish()}@certmetrics.com>")

# 049: another AWS case (billing) resolved with rating
C49 = cid15('2025-07-21 17:02:54', '88206')
_p49 = (
    "Hello,\n\n"
    f"We're marking case {C49} as resolved.\n\n"
    "Case subject: Billing inquiry - unexpected EC2 charges in us-east-1 for June\n\n"
    "The refund of 42.17 USD has been applied as a credit to account 512347896120 and will appear on your next invoice.\n\n"
    "How satisfied are you with the support you received?\n"
    + ''.join(f"  {i} - https://console.aws.amazon.com/support/feedback?displayId={C49}&score={i}\n" for i in range(5, 0, -1))
    + "\nThank you for using Amazon Web Services.\n")
aws_mail('049-billing-case-resolved-rate.eml', L('unrelated', C49, [], True, 'en'),
         rcpt='kenji.watanabe.dev@gmail.com', provider='gmail', dt=T('2025-07-24 10:19:36'),
         from_=CONSOLE_FROM, subject=f"Amazon Web Services: Case {C49} has been resolved",
         body=textpart(_p49, cte='quoted-printable'))

# 050: Japanese quota increase completed (another AWS case)
C50 = cid15('2025-09-08 05:12:40', '03958')
_body50 = (
    "お客様\n\n"
    "AWS サポートにお問い合わせいただきありがとうございます。\n\n"
    "ご依頼いただいておりました東京リージョン（ap-northeast-1）における "
    "Running On-Demand Standard instances の vCPU 上限緩和につきまして、"
    "128 への引き上げが完了いたしましたのでご報告いたします。\n"
    "反映まで最大30分程度かかる場合がございます。\n\n"
    "引き続きよろしくお願いいたします。\n\n"
    "AWS サポート 林\n" + console_footer(C50, 'ja'))
aws_mail('050-ja-quota-increase-kanryou.eml', L('unrelated', C50, [], True, 'ja'),
         rcpt='sho.yamamoto@so-net.ne.jp', provider='so-net', dt=T('2025-09-09 02:44:19'),
         from_=CONSOLE_FROM,
         subject=f"RE:[CASE {C50}] Limit Increase: EC2 Instances",
         body=textpart(_body50, charset='iso-2022-jp', cte='7bit'))

# 051: spoofed amazon.com, not about the merge
_p51 = ("Dear AWS Customer,\n\nWe were unable to validate your payment information for your account. "
        "Your services will be suspended within 24 hours unless you update your billing details.\n\n"
        "Update billing: https://aws-billing-verify.com/console/billing?acc=" + ralnum(12) + "\n\n"
        "Amazon Web Services Billing Team\n")
_d51 = T('2025-08-02 23:11:48')
generic_mail('051-spoof-billing-suspension.eml', L('unrelated', None, [], False, 'en'),
             rcpt='chloe.martin@outlook.com', provider='outlook', dt=_d51,
             from_='"Amazon Web Services" <no-reply-aws@amazon.com>',
             subject="Action Required: Your AWS account will be suspended",
             body=textpart(_p51, charset='us-ascii', cte='7bit'),
             envfrom='info@mx3.hostpoint-relay.ru', ip='91.215.85.40', helo='mx3.hostpoint-relay.ru',
             auth={'dkim': [], 'spf': 'none', 'dmarc': 'fail', 'hfrom': 'amazon.com'},
             msgid=f"<{rhex(16)}@mx3.hostpoint-relay.ru>")

# 052: GitHub merged notification
_p52 = ("Merged #482 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
        "https://github.com/northwind-analytics/infra-terraform/pull/482#event-17823344510\n"
        "You are receiving this because you authored the thread.\n")
_h52 = ("<p>Merged <a href=\"https://github.com/northwind-analytics/infra-terraform/pull/482\">#482</a> into main.</p>"
        "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
        "<a href=\"https://github.com/northwind-analytics/infra-terraform/pull/482#event-17823344510\">view it on GitHub</a>.<br>"
        "You are receiving this because you authored the thread.</p>")
_d52 = T('2025-05-29 09:05:17')
generic_mail('052-github-merged-pr.eml', L('unrelated', None, [], False, 'en'),
             rcpt='priyanka.nair87@gmail.com', provider='gmail', dt=_d52,
             from_='"Tomasz Wr\u00f3bel" <notifications@github.com>'.replace('Wr\u00f3bel', 'Wrobel'),
             subject="Re: [northwind-analytics/infra-terraform] Merge duplicate account modules (PR #482)",
             body=alt(_p52, _h52, cte='7bit'), envfrom='noreply@github.com', ip='192.30.252.201',
             helo='out-18.smtp.github.com',
             auth={'dkim': [('github.com', 'pass', 'pf2023')], 'spf': 'pass', 'dmarc': 'pass', 'hfrom': 'github.com', 'p': 'REJECT'},
             sign=[('github.com', 'pf2023')], msgid="<northwind-analytics/infra-terraform/pull/482/issue_event/17823344510@github.com>",
             extra=[('In-Reply-To', '<northwind-analytics/infra-terraform/pull/482@github.com>'),
                    ('List-ID', 'northwind-analytics/infra-terraform <infra-terraform.northwind-analytics.github.com>')])

# 053: Pearson VUE, Japanese
_body53 = (
    "山本 翔 様\n\n"
    "ピアソンVUEをご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。\n\n"
    "試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語\n"
    "日時: 2025年10月18日（土）13:30\n"
    "会場: オンライン監視試験 (OnVUE)\n"
    "登録番号: 486221590\n"
    "候補者ID: AWS88123405\n\n"
    "試験開始の30分前からチェックインが可能です。\n\n"
    "ピアソンVUE\n")
_d53 = T('2025-09-28 04:20:10')
generic_mail('053-pearson-vue-ja-yoyaku.eml', L('unrelated', None, ['AWS88123405'], False, 'ja'),
             rcpt='sho.yamamoto@so-net.ne.jp', provider='so-net', dt=_d53,
             from_=addr('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com', 'iso-2022-jp'),
             subject="試験予約の確認 - AWS Certified Solutions Architect - Professional",
             subject_charset='iso-2022-jp',
             body=textpart(_body53, charset='iso-2022-jp', cte='7bit'),
             envfrom='bounce@e.pearson.com', ip='136.147.176.23', helo='mta2.e.pearson.com',
             auth={'dkim': [('pearson.com', 'pass', 'sfmc')], 'spf': 'pass', 'dmarc': 'pass', 'hfrom': 'pearson.com'},
             sign=[('pearson.com', 'sfmc')], msgid=f"<{uuidish()}@mta2.e.pearson.com>")

# 054: Amazon Seller Central case closure with rating
C54 = '5884881212'
_p54 = ("Hello,\n\n"
        "We are writing to let you know that your case has been resolved. The listing errors for ASIN B0C7KX2L9P "
        "have been corrected and the item is now active.\n\n"
        "Did we solve your problem? Click Yes or No:\n"
        f"Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={C54}&r=yes\n"
        f"No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={C54}&r=no\n\n"
        "Thank you for selling on Amazon,\nSelling Partner Support\n")
aws_mail('054-seller-central-case-resolved.eml', L('unrelated', C54, [], True, 'en'),
         rcpt='olivia.grant@icloud.com', provider='icloud', dt=T('2025-06-12 21:33:40'),
         from_='"Amazon Seller Central" <seller-notification@amazon.com>',
         subject=f"RE:[CASE {C54}] Listing error on ASIN B0C7KX2L9P",
         body=textpart(_p54, charset='us-ascii', cte='7bit'))

# 055: Credly weekly digest
_p55 = ("Hi Diego,\n\nYour badges were viewed 14 times this week.\n\n"
        "Top badge: AWS Certified Solutions Architect \u2013 Associate (9 views)\n\n"
        "12 new jobs match your skills: https://www.credly.com/earner/jobs\n" + CREDLY_FOOT)
_h55 = credly_html("Hi Diego,", ["Your badges were viewed <b>14 times</b> this week.",
                                 "Top badge: AWS Certified Solutions Architect &ndash; Associate (9 views)",
                                 "12 new jobs match your skills."], "See jobs", "https://www.credly.com/earner/jobs")
credly_mail('055-credly-weekly-views-jobs.eml', L('unrelated', None, [], True, 'en'),
            rcpt='diego.alvarez.io@gmail.com', provider='gmail', dt=T('2025-07-07 15:00:00'),
            from_='"Credly" <admin@credly.com>', subject="Your weekly badge activity",
            body=alt(_p55, _h55))

# ---------------------------------------------------------------- 056-057 case created
C56 = cid15('2025-10-27 06:18:44', '41107')
_p56 = ("Hello,\n\n"
        f"Thank you for contacting Amazon Web Services. We have opened case {C56} to address your issue.\n\n"
        "The details of your case are as follows:\n\n"
        f"Case ID: {C56}\nSubject: Merge my two AWS Certification accounts (aws 24466103 and aws 97015528)\n"
        "Severity: General guidance\nCorrespondence: Hi, I have two certification accounts, AWS24466103 and "
        "AWS97015528. Please merge them and keep the second one.\n\n"
        "We will respond within 24 hours.\n\n"
        "To see all the correspondence on your case, sign in to\n"
        f"https://console.aws.amazon.com/support/home#/case/?displayId={C56}&language=en\n\n"
        "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
        "To update your case, please use the link above.\n\nSincerely,\nAmazon Web Services\n")
aws_mail('056-console-case-opened.eml',
         L('case_created', C56, ['AWS24466103', 'AWS97015528'], True, 'en'),
         rcpt='jp.dubois@gmail.com', provider='gmail', dt=T('2025-10-27 06:18:51'),
         from_=CONSOLE_FROM,
         subject=f"Amazon Web Services: You have opened a new Support case: {C56}",
         body=textpart(_p56, cte='quoted-printable'))

C57 = cid15('2025-11-16 23:52:30', '76650')
_body57 = (
    "本メールは送信専用アドレスから自動送信されています。\n\n"
    "AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
    f"お問い合わせを受け付けました。ケース番号は {C57} です。\n\n"
    "担当者より原則24時間以内にご連絡いたします。追加の情報がある場合は、このメールにそのままご返信ください。\n"
    "同じ内容で新しいお問い合わせを作成されますと、対応が遅れる場合がございますのでご了承ください。\n\n"
    "お問い合わせ種別: Certification / Account Merge\n"
    "AWS 候補者ID: AWS-15590832\n\n"
    "AWS トレーニングと認定 カスタマーサポート\n")
aws_mail('057-ja-form-uketsuke-auto.eml',
         L('case_created', C57, ['AWS15590832'], True, 'ja'),
         rcpt='r.kobayashi@ocn.ne.jp', provider='ocn', dt=T('2025-11-16 23:52:41'),
         from_=FORM_FROM,
         subject=f"[CASE {C57}] お問い合わせを受け付けました - AWS Training and Certification Form Submission",
         subject_charset='iso-2022-jp',
         body=textpart(_body57, charset='iso-2022-jp', cte='7bit'))

# ---------------------------------------------------------------- 058-060 confirmation requests
C58 = cid15('2025-12-02 13:09:27', '20384')
_body58 = (
    "Hello Tomás,\n\n"
    "Thank you for contacting AWS Training and Certification.\n\n"
    "I’ve reviewed your request and found the following accounts:\n\n"
    "  \u2022 AWS-50337124 \u2014 tomas.herrera@uni-bogota.edu.co (will be merged and closed)\n"
    "  \u2022 AWS-11893046 \u2014 tomas.herrera.cloud@gmail.com (will remain as your primary account)\n\n"
    "Please be aware that once two accounts are merged, this can’t be undone. Could you reply to this "
    "e-mail confirming you’d like us to go ahead?\n\n"
    "Best regards,\nKatarzyna W.\nAmazon Web Services\n")
aws_mail('058-confirm-please-mislabelled-latin1.eml',
         L('merge_confirmation_requested', C58, ['AWS11893046', 'AWS50337124'], True, 'en'),
         rcpt='tomas.herrera.cloud@gmail.com', provider='gmail', dt=T('2025-12-03 18:27:03'),
         from_=FORM_FROM, subject=form_subj(C58),
         body=textpart(_body58, charset='utf-8', cte='8bit', label='iso-8859-1'))

C59 = cid15('2025-05-19 00:40:13', '95527')
_body59 = (
    "鈴木 美咲 様\n\n"
    "お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの石川でございます。\n\n"
    "お客様の認定アカウントを確認いたしましたところ、以下の2件が見つかりました。\n\n"
    "　・AWS 42260917（misaki.suzuki@corp-example.co.jp）\n"
    "　・AWS 58813372（m-suzuki@ocn.ne.jp）\n\n"
    "AWS 42260917 を AWS 58813372 に統合し、AWS 58813372 を存続アカウントとする内容で"
    "よろしいでしょうか。統合後は元に戻すことができませんのでご注意ください。\n\n"
    "お手数ですが、本メールにご返信のうえ、上記内容でよろしいかご確認をお願いいたします。\n\n"
    "石川\nAmazon Web Services\n")
aws_mail('059-ja-kakunin-onegai.eml',
         L('merge_confirmation_requested', C59, ['AWS42260917', 'AWS58813372'], True, 'ja'),
         rcpt='m-suzuki@ocn.ne.jp', provider='ocn', dt=T('2025-05-20 02:15:38'),
         from_=FORM_FROM, subject=form_subj(C59),
         body=textpart(_body59, charset='utf-8', cte='quoted-printable'))

# 060: spoofed amazon.com merge confirmation; top Outlook AR fails, lower forged AR passes
C60 = cid15('2025-08-01 09:30:00', '10000')   # invented by the sender
_p60 = ("Hello,\n\n"
        "To finish merging AWS 40012345 into AWS 40012346 we need you to confirm the request and verify your "
        "identity by signing in below within 24 hours. Unconfirmed merges are cancelled and both accounts locked.\n\n"
        "Confirm merge: https://aws-certification-accounts.com/merge/confirm?case=" + C60 + "\n\n"
        "Best regards,\nAWS Training and Certification\n")
_d60 = T('2025-08-02 05:55:02')
generic_mail('060-spoof-confirm-merge-forged-ar.eml',
             L('merge_confirmation_requested', C60, ['AWS40012345', 'AWS40012346'], False, 'en'),
             rcpt='chloe.martin@outlook.com', provider='outlook', dt=_d60,
             from_=FORM_FROM, subject=form_subj(C60),
             body=alt(_p60, "<html><body><p>" + _p60.replace('\n\n', '</p><p>').replace('\n', '<br>')
                      .replace('https://aws-certification-accounts.com/merge/confirm?case=' + C60,
                               '<a href="https://aws-certification-accounts.com/merge/confirm?case=' + C60 + '">Confirm merge</a>')
                      + "</p></body></html>"),
             envfrom='bounce@aws-certification-accounts.com', ip='45.137.21.9', helo='smtp.aws-certification-accounts.com',
             auth={'dkim': [('aws-certification-accounts.com', 'pass', 'k1')], 'spf': 'pass', 'dmarc': 'fail', 'hfrom': 'amazon.com'},
             sign=[('aws-certification-accounts.com', 'k1')],
             below_sig=[('Authentication-Results', "mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com")],
             msgid=f"<{ses_local(_d60)}@email.amazonses.com>")

# === END MAILS ===


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print(f"wrote {len(MAILS)} mails")


if __name__ == '__main__':
    main()
