#!/usr/bin/env python3
"""Generate blind test set 171: end-of-case mail of an AWS Certification account merge.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this script.
"""
import base64
import datetime as dt
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(171171)
UTC = dt.timezone.utc

# ----------------------------------------------------------------- helpers

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def T(s):
    """UTC datetime from 'YYYY-MM-DD HH:MM:SS'."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def case15(opened, tail):
    """15-digit display id: Unix time of opening + 5 digits."""
    return f"{int(T(opened).timestamp())}{tail:05d}"


def rfcdate(t, tzh=0, tzname=None):
    tz = dt.timezone(dt.timedelta(hours=tzh))
    s = format_datetime(t.astimezone(tz))
    if tzname:
        s += f' ({tzname})'
    return s


def gmail_quote_date(t, tzh):
    lt = t.astimezone(dt.timezone(dt.timedelta(hours=tzh)))
    return lt.strftime('%a, %b ') + str(lt.day) + lt.strftime(', %Y at ') + \
        lt.strftime('%I:%M %p').lstrip('0')


def outlook_sent_date(t, tzh):
    lt = t.astimezone(dt.timezone(dt.timedelta(hours=tzh)))
    return lt.strftime('%A, %B ') + str(lt.day) + lt.strftime(', %Y ') + \
        lt.strftime('%I:%M %p').lstrip('0')


JWD = '月火水木金土日'


def jp_quote_date(t):
    lt = t.astimezone(dt.timezone(dt.timedelta(hours=9)))
    return f"{lt.year}年{lt.month}月{lt.day}日({JWD[lt.weekday()]}) {lt.hour}:{lt.minute:02d}"


def quote(text, prefix='> '):
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line == '':
            out.append('>')
        else:
            out.append(prefix + line)
    return '\n'.join(out)


def enc_subject(s, charset='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def enc_name(name, addr, charset='utf-8'):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:'):
            return f'"{name}" <{addr}>'
        return f'"{name}" <{addr}>' if R.random() < 0.5 else f'{name} <{addr}>'
    return Header(name, charset).encode() + f' <{addr}>'


CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8',
         'iso-8859-1': 'latin-1', 'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', encode_as=None,
         flowed=False):
    raw = text.encode(encode_as or CODEC[charset])
    m = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_' + str(R.randint(10000, 999999)) + '_' +
                     str(R.randint(100000000, 2147483647)) + '.' + str(R.randint(10**12, 10**13)))
    m['Content-Type'] = f'multipart/{subtype};\n\tboundary="{b}"'
    for p in parts:
        m.attach(p)
    return m


def alt(text, html, charset='utf-8', cte='quoted-printable', html_cte=None, boundary=None):
    return multipart('alternative', [leaf(text, 'plain', charset, cte),
                                     leaf(html, 'html', charset, html_cte or cte)], boundary)


def text_to_html(text, quoted_html=''):
    paras = htmlmod.escape(text).split('\n')
    body = '<br>\n'.join(paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div dir="ltr">{body}</div>{quoted_html}</body></html>\n')


def gmail_html(new, attribution, quoted_text):
    q = htmlmod.escape(quoted_text).replace('\n', '<br>\n')
    qh = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
          f'{htmlmod.escape(attribution)}<br></div><blockquote class="gmail_quote" '
          f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
          f'{q}</blockquote></div>')
    return text_to_html(new, qh)


# ----------------------------------------------------------------- senders

def ses_sender(name='Amazon Web Services', addr='aws-cs-trainingcertification-form@amazon.com',
               region='us-west-2', dkim_ok=True):
    return dict(kind='ses', name=name, addr=addr, dom=addr.split('@')[1], region=region)


def header_block(env, sender, to_addr, t, auth=None, msgid=None, rcv_tz=-7):
    """Return list of (name, value) transport headers (before From/To/Subject...)."""
    H = []
    from_dom = sender['addr'].split('@')[1].lower()
    kind = sender.get('kind')
    # --- sending side facts
    if kind == 'ses':
        region = sender.get('region', 'us-west-2')
        pre = '0101' if region == 'us-west-2' else '0100'
        sesid = f"{pre}{int(t.timestamp() * 1000) - R.randint(300, 4000):012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"
        mailfrom = f"{sesid}@{region}.amazonses.com" if region != 'us-east-1' else f"{sesid}@amazonses.com"
        ip = f"54.240.{R.choice([8, 9, 27, 48])}.{R.randint(10, 250)}"
        helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.{region}.amazonses.com" \
            if region != 'us-east-1' else f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
        dkims = [(from_dom, 's' + rhex(31)), ('amazonses.com', rhex(32))]
        mid = msgid or (f"<{sesid}@email.amazonses.com>" if R.random() < 0.5 else f"<{sesid}@{region}.amazonses.com>")
        extra = [('Feedback-ID', f"::1.{region}.{rb64(30)[:43]}=:AmazonSES"),
                 ('X-SES-Outgoing', t.strftime('%Y.%m.%d') + '-' + ip)]
    elif kind == 'sendgrid':
        user = to_addr.replace('@', '=')
        mailfrom = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{user}@{sender.get('bounce_dom', 'em2541.' + from_dom)}"
        ip = f"149.72.{R.randint(1, 250)}.{R.randint(1, 250)}"
        helo = f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.{sender.get('bounce_dom', 'em2541.' + from_dom).split('.', 1)[1]}"
        helo = f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.{from_dom}"
        dkims = [(from_dom, 's1'), ('sendgrid.info', 'smtpapi')]
        mid = msgid or f"<{rb64(16).replace('/', '_').replace('+', '-').rstrip('=')}@geopod-ismtpd-{R.randint(1, 40)}>"
        extra = [('X-SG-EID', '\n ' + rb64(90)[:76] + '\n ' + rb64(40)[:50]),
                 ('X-Entity-ID', 'u001.' + rb64(18)[:24])]
    else:  # generic
        mailfrom = sender.get('mailfrom', sender['addr'])
        ip = sender.get('ip', f"{R.randint(20, 220)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}")
        helo = sender.get('helo', 'mail.' + mailfrom.split('@')[1])
        dkims = sender.get('dkims', [(from_dom, 'selector1')])
        mid = msgid or f"<{rhex(16)}.{rhex(8)}@{sender.get('mid_dom', from_dom)}>"
        extra = sender.get('extra', [])
    mf_dom = mailfrom.split('@')[1]
    a = dict(spf='pass', dkim=[(d, 'pass') for d, _ in dkims], dmarc='pass', policy='QUARANTINE')
    if kind == 'sendgrid':
        a['policy'] = 'NONE'
    if sender.get('policy'):
        a['policy'] = sender['policy']
    if auth:
        a.update(auth)
    sel = dict(dkims)
    # DKIM-Signature headers (sender side)
    dkim_hdrs = []
    for d, s in dkims:
        dkim_hdrs.append(('DKIM-Signature',
                          f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(t.timestamp())};\n"
                          f"\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date{':Feedback-ID' if 'amazonses' in d else ''};\n"
                          f"\tbh={rb64(32)};\n\tb={rb64(96)[:70]}\n\t{rb64(96)[:70]}\n\t{rb64(96)[:60]}"))

    _bvals = {d: rb64(6)[:8] for d, _ in a['dkim']}

    def dkim_line_gmail():
        return ';\n       '.join(f"dkim={r} header.i=@{d} header.s={sel.get(d, 'default')} header.b={_bvals[d]}"
                                  for d, r in a['dkim'])

    st = env['style']
    lt = rcv_tz
    if st == 'gmail':
        H.append(('Delivered-To', to_addr))
        H.append(('Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(2)}csp{R.randint(100000, 9999999)}{ralnum(3, 'abcdefghijklmnopqrstuvwxyz')};\n        {rfcdate(t, lt, 'PDT' if lt == -7 else 'PST')}"))
        H.append(('X-Google-Smtp-Source', rb64(60)[:72]))
        H.append(('X-Received', f"by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(14)}mr{R.randint(1000000, 9999999)}pjb.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {rfcdate(t, lt, 'PDT' if lt == -7 else 'PST')}"))
        H.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(60)[:70]}\n         {rb64(60)[:70]}=="))
        H.append(('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={rb64(60)[:70]}\n         {rb64(60)[:70]}=="))
        H.append(('ARC-Authentication-Results', f"i=1; mx.google.com;\n       {dkim_line_gmail()};\n       spf={a['spf']} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n       dmarc={a['dmarc']} (p={a['policy']} sp={a['policy']} dis={'NONE' if a['dmarc'] == 'pass' else a.get('dis', 'QUARANTINE')}) header.from={from_dom}"))
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(14)}si{R.randint(1000000, 9999999)}.{R.randint(10, 999)}.{t:%Y.%m.%d}\n        for <{to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfcdate(t, lt, 'PDT' if lt == -7 else 'PST')}"))
        H.append(('Received-SPF', f"{a['spf']} (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"))
        ar = f"mx.google.com;\n       {dkim_line_gmail()};\n       spf={a['spf']} (google.com: domain of {mailfrom} {'designates' if a['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender) smtp.mailfrom={mailfrom};\n       dmarc={a['dmarc']} (p={a['policy']} sp={a['policy']} dis={'NONE' if a['dmarc'] == 'pass' else a.get('dis', 'QUARANTINE')}) header.from={from_dom}"
        if a['dkim'] == []:
            ar = ar.replace('\n       ;', '')
        H.append(('Authentication-Results', ar))
    elif st == 'outlook':
        mx = f"{ralnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(1, 9)}P{R.randint(100, 999)}MB{R.randint(1000, 9999)}"
        H.append(('Received', f"from {mx}.EURP{R.randint(100, 299)}.PROD.OUTLOOK.COM (2603:10a6:20b:{rhex(3)}::{rhex(2)})\n by {mx[:2]}{R.randint(1, 9)}P{R.randint(100, 999)}MB{R.randint(1000, 9999)}.EURP{R.randint(100, 299)}.PROD.OUTLOOK.COM with HTTPS; {rfcdate(t, 0)}"))
        H.append(('Received', f"from AM{R.randint(1, 9)}PEPF0000{rhex(4).upper()}.eurprd{R.randint(1, 9)}.prod.outlook.com\n (2603:10a6:20b:{rhex(3)}:cafe::{rhex(2)}) by {mx}.EURP{R.randint(100, 299)}.PROD.OUTLOOK.COM\n (2603:10a6:20b:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend\n Transport; {rfcdate(t, 0)}"))
        dk = ';'.join(f"dkim={r} ({'signature was verified' if r == 'pass' else 'signature did not verify'})\n header.d={d}" for d, r in a['dkim']) or 'dkim=none (message not signed)\n header.d=none'
        comp = 'pass reason=100' if a['dmarc'] == 'pass' else 'fail reason=000'
        action = 'none' if a['dmarc'] == 'pass' else a.get('action', 'quarantine')
        H.append(('Authentication-Results', f"spf={a['spf']} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; {dk};dmarc={a['dmarc']} action={action}\n header.from={from_dom};compauth={comp}"))
        H.append(('Received-SPF', f"{'Pass' if a['spf'] == 'pass' else a['spf'].capitalize()} (protection.outlook.com: domain of\n {mf_dom} {'designates' if a['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};\n pr=C"))
        H.append(('Received', f"from {helo} ({ip}) by\n AM{R.randint(1, 9)}PEPF0000{rhex(4).upper()}.mail.protection.outlook.com (10.167.16.{R.randint(10, 250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}\n via Frontend Transport; {rfcdate(t, 0)}"))
    elif st == 'jp':
        host = env['host']
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Delivered-To', to_addr))
        H.append(('Received', f"from {env['mx']} ({env['mx']} [{env.get('mxip', '10.21.' + str(R.randint(1, 250)) + '.' + str(R.randint(1, 250)))}])\n\tby {env['mbox']} with ESMTP id {rhex(8).upper()}{rhex(4).upper()}\n\tfor <{to_addr}>; {rfcdate(t, 9)}"))
        parts = [f"{host}"]
        if env.get('ar_spf', True):
            parts.append(f"spf={a['spf']} smtp.mailfrom={mailfrom}")
        for d, r in a['dkim']:
            parts.append(f"dkim={r} header.d={d}" + (f" header.s={sel.get(d, 'default')}" if env.get('sel') else ''))
        if env.get('ar_dmarc', True):
            parts.append(f"dmarc={a['dmarc']} header.from={from_dom}")
        H.append(('Authentication-Results', ';\n\t'.join(parts)))
        H.append(('Received', f"from {helo} ({helo} [{ip}])\n\tby {env['mx']} (Postfix) with ESMTPS id 4{ralnum(11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')}\n\tfor <{to_addr}>; {rfcdate(t, 9)}"))
    elif st == 'yahoo':
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Received', f"from {R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)} by atlas{R.randint(100, 330)}.free.mail.ne1.yahoo.com pop.mail.yahoo.com with HTTP; {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000"))
        dk = '\n '.join(f"dkim={r} header.i=@{d} header.s={sel.get(d, 'default')};" for d, r in a['dkim'])
        H.append(('Authentication-Results', f"atlas{R.randint(100, 330)}.free.mail.ne1.yahoo.com;\n {dk + chr(10) + ' ' if dk else ''}spf={a['spf']} smtp.mailfrom={mf_dom};\n dmarc={a['dmarc']}(p={a['policy']}) header.from={from_dom};"))
        H.append(('X-Apparently-To', f"{to_addr}; {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000"))
        H.append(('Received', f"from {ip} (EHLO {helo})\n by {R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)} with SMTPs; {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000"))
    elif st == 'noar':  # on-prem / forwarded corporate mailbox, nobody stamps A-R
        H.append(('Received', f"from {env['mbox']} ({env['mboxip']}) by {env['mbox']} ({env['mboxip']})\n with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)\n id 15.1.{R.randint(2000, 2600)}.{R.randint(1, 40)}; {rfcdate(t, 2)}"))
        H.append(('Received', f"from {env['edge']} ({env['edgeip']}) by {env['mbox']}\n ({env['mboxip']}) with Microsoft SMTP Server id 15.1.{R.randint(2000, 2600)}.{R.randint(1, 40)} via Frontend\n Transport; {rfcdate(t, 2)}"))
        H.append(('Received', f"from {helo} ([{ip}])\n  by {env['edge']} with ESMTP; {rfcdate(t, 2)}"))
        H.append(('Return-Path', f"<{mailfrom}>"))
    else:
        raise ValueError(st)
    H.extend(dkim_hdrs)
    return H, mid, extra


ENVS = {
    'gmail': dict(style='gmail'),
    'outlook': dict(style='outlook'),
    'nifty': dict(style='jp', host='mx.nifty.com', mx='mta-in11.nifty.com', mbox='mbox-b04.nifty.com'),
    'biglobe': dict(style='jp', host='mail.biglobe.ne.jp', mx='mx-b3.mail.biglobe.ne.jp', mbox='mbs03.mail.biglobe.ne.jp',
                    ar_dmarc=False, sel=True),
    'ocn': dict(style='jp', host='mfilter1145.ocn.ad.jp', mx='mfilter1145.ocn.ad.jp', mbox='mbox8.ocn.ad.jp'),
    'yahoo': dict(style='yahoo'),
    'corp': dict(style='noar', mbox='EXCH02.vistula-soft.local', mboxip='10.40.1.12',
                 edge='mx1.vistula-soft.pl', edgeip='10.40.0.5'),
}

# ----------------------------------------------------------------- mail assembly

MAILS = []


def mk(fname, *, kind, case_id, ids, lang, verified, env, sender, to, subject, date, body, new,
       auth=None, subject_charset='utf-8', headers_after=None, msgid=None, rcv_tz=-7, reply_to=None,
       from_header=None, crlf=False, xmailer=None, extra_top=None):
    t = T(date)
    H, mid, extra = header_block(ENVS[env] if isinstance(env, str) else env, sender, to[1], t, auth, msgid, rcv_tz)
    if extra_top:
        H = extra_top + H
    frm = from_header or enc_name(sender['name'], sender['addr'],
                                  'iso-2022-jp' if subject_charset == 'iso-2022-jp' else 'utf-8')
    H.append(('From', frm))
    if reply_to:
        H.append(('Reply-To', reply_to))
    H.append(('To', enc_name(to[0], to[1], 'iso-2022-jp' if subject_charset == 'iso-2022-jp' else 'utf-8') if to[0] else to[1]))
    H.append(('Subject', enc_subject(subject, subject_charset)))
    H.append(('Date', rfcdate(t, sender.get('tzh', 0))))
    H.append(('Message-ID', mid))
    if xmailer:
        H.append(('X-Mailer', xmailer))
    H.append(('MIME-Version', '1.0'))
    H.extend(extra)
    if headers_after:
        H.extend(headers_after)
    msg = body
    msg._headers = [(k, v) for k, v in H] + msg._headers
    MAILS.append(dict(fname=fname, msg=msg, crlf=crlf, new=new, subject=subject,
                      label=dict(kind=kind, case_id=case_id, account_ids=sorted(set(ids)),
                                 sender_verified=verified, language=lang)))


# ----------------------------------------------------------------- common texts

AWS_FOOTER_CONSOLE = """======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

RATE_CONSOLE = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""

FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

# ----------------------------------------------------------------- people / threads
KENJI = ('Kenji Watanabe', 'kenji.watanabe.dev@gmail.com')
A_CASE = case15('2025-05-26 14:03:11', 81522)
A_OLD, A_KEEP = 'AWS03318452', 'AWS01927764'

# ================================================================= MAILS

# --- 001 Kenji: completion on a form-desk case, agent quotes the confirmation
_new = f"""Hello Kenji,

Thank you for your patience, and for confirming the details below.

I'm pleased to let you know that the merge has been completed. The certification history from {A_OLD} has been moved to {A_KEEP}, which is now your only active AWS Certification account. {A_OLD} has been deactivated and can no longer be used to sign in.

Please allow up to 48 hours for the change to show in your AWS Certification Account, and for your digital badges to be re-issued through Credly to the email address registered on the surviving account.

If anything looks missing after that time, simply reply to this email and we will be glad to take a look.

Kind regards,

Meera J.
AWS Training and Certification Customer Service"""
_agent_req = f"""Hello Kenji,

Thank you for contacting AWS Training and Certification.

As requested, we will merge the following accounts:

Account to be merged (will be deactivated): {A_OLD} (k.watanabe@nextframe-sys.co.jp)
Surviving account: {A_KEEP} (kenji.watanabe.dev@gmail.com)

Please note that once the merge is complete it cannot be reversed. Kindly reply to this email to confirm that the above is correct and that you would like us to proceed.

Kind regards,

Meera J.
AWS Training and Certification Customer Service"""
_quoted = f"""-------- Original Message --------
From: Kenji Watanabe <kenji.watanabe.dev@gmail.com>
Sent: 2025-05-27 09:12:40 UTC
To: {FORM}
Subject: Re: RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Thanks,
Kenji

On {gmail_quote_date(T('2025-05-27 08:05:51'), 9)} Amazon Web Services <{FORM}> wrote:
{quote(_agent_req)}"""
_text = _new + "\n\n" + _quoted + "\n"
_html = text_to_html(_new, '<br><hr><div style="color:#555">' + htmlmod.escape(_quoted).replace('\n', '<br>\n') + '</div>')
mk('001-completion-form-desk-gmail.eml', kind='merge_completed', case_id=A_CASE, ids=[A_OLD, A_KEEP], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=KENJI,
   subject=f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
   date='2025-05-28 09:41:07', body=alt(_text, _html), new=_new)

# --- 002 Kenji: closure notice with YES/NO survey, two minutes later
_new = f"""Hello,

Thank you for contacting AWS Training and Certification.

Your case {A_CASE} has been closed. We hope we were able to fully answer your inquiry.

Was your issue resolved?

YES  https://survey.aws-tc.amazon.com/r/?case={A_CASE}&resolved=1&t={rhex(24)}
NO   https://survey.aws-tc.amazon.com/r/?case={A_CASE}&resolved=0&t={rhex(24)}

It only takes a moment, and your answer helps us improve the support we give to AWS Certification candidates.

If you need further help with this request, reply to this email within 14 days and the case will be reopened automatically.

AWS Training and Certification Customer Service"""
_html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case closed</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:Amazon Ember,Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;border-top:4px solid #ff9900">
<tr><td style="padding:24px 32px;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>Your case <strong>{A_CASE}</strong> has been closed. We hope we were able to fully answer your inquiry.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.aws-tc.amazon.com/r/?case={A_CASE}&amp;resolved=1" style="background:#ff9900;color:#000;padding:8px 28px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc.amazon.com/r/?case={A_CASE}&amp;resolved=0" style="background:#545b64;color:#fff;padding:8px 28px;text-decoration:none;border-radius:2px">NO</a></p>
<p>It only takes a moment, and your answer helps us improve the support we give to AWS Certification candidates.</p>
<p>If you need further help with this request, reply to this email within 14 days and the case will be reopened automatically.</p>
<p>AWS Training and Certification Customer Service</p>
</td></tr></table></td></tr></table></body></html>
"""
mk('002-closure-yes-no-survey.eml', kind='survey', case_id=A_CASE, ids=[], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=KENJI,
   subject=f"[CASE {A_CASE}] Your case has been closed",
   date='2025-05-28 09:43:55', body=alt(_new, _html, cte='quoted-printable'), new=_new)

# --- 003 Kenji: Credly badge issued after the merge
CREDLY_TC = dict(kind='sendgrid', name='Amazon Web Services Training and Certification via Credly', addr='admin@credly.com')
def credly_html(title, lines, button, url, foot_extra=''):
    ps = ''.join(f'<p style="margin:0 0 16px 0;font-size:16px;line-height:24px;color:#333333">{l}</p>' for l in lines)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{htmlmod.escape(title)}</title></head>
<body style="margin:0;padding:0;background-color:#f5f5f5">
<table border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#f5f5f5"><tr><td align="center" style="padding:32px 0">
<table border="0" cellpadding="0" cellspacing="0" width="560" style="background-color:#ffffff;border-radius:4px">
<tr><td style="padding:24px 40px 0 40px"><img src="https://images.credly.com/images/email/credly-logo.png" alt="Credly" width="96" /></td></tr>
<tr><td style="padding:24px 40px 8px 40px;font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px;line-height:30px;color:#1c1c1c;margin:0 0 16px 0">{htmlmod.escape(title)}</h1>
{ps}
<table border="0" cellpadding="0" cellspacing="0"><tr><td style="border-radius:4px;background-color:#ff6b00">
<a href="{url}" style="display:inline-block;padding:12px 28px;font-family:Helvetica,Arial,sans-serif;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none">{button}</a></td></tr></table>
</td></tr>
<tr><td style="padding:24px 40px 32px 40px;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:18px;color:#777777">{foot_extra}
You are receiving this email because you have an account with Credly, or an organization issued you a badge.<br />
<a href="https://www.credly.com/notification_settings" style="color:#777777">Manage email preferences</a> | <a href="https://www.credly.com/privacy" style="color:#777777">Privacy Policy</a><br />
&copy; {{year}} Credly, Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
_tok = rhex(32)
_lines = ["Hi Kenji,",
          "Amazon Web Services Training and Certification has issued you a badge: <strong>AWS Certified Solutions Architect &#8211; Associate</strong>.",
          "Accept your badge to start sharing it on LinkedIn, adding it to your email signature and letting employers verify it."]
_new = f"""Hi Kenji,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect – Associate.

Accept your badge to start sharing it on LinkedIn, adding it to your email signature and letting employers verify it.

Accept your badge:
https://www.credly.com/earner/earned/badge/{_tok[:8]}-{_tok[8:12]}-{_tok[12:16]}-{_tok[16:20]}-{_tok[20:]}

You are receiving this email because you have an account with Credly, or an organization issued you a badge.
Manage email preferences: https://www.credly.com/notification_settings
© 2025 Credly, Inc. All rights reserved."""
mk('003-credly-badge-issued-after-merge.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=CREDLY_TC, to=KENJI,
   subject="Amazon Web Services Training and Certification has issued you a new badge",
   date='2025-05-29 02:17:30',
   body=alt(_new, credly_html("You've earned a badge!", _lines, 'Accept your badge',
                              f"https://www.credly.com/earner/earned/badge/{_tok}").replace('{year}', '2025'),
            cte='quoted-printable'), new=_new)

# --- 004 Kenji: Credly acceptance reminder a week later (still a pending badge -> issued/ready)
_tok = rhex(32)
_new = f"""Hi Kenji,

You have a badge waiting for you!

Amazon Web Services Training and Certification issued you the AWS Certified Developer – Associate badge on May 29, 2025, but you haven't accepted it yet.

Accept it now to add it to your profile and share your achievement:
https://www.credly.com/earner/earned/badge/{_tok}

If you already accepted this badge, please ignore this message.

The Credly Team"""
_lines = ["Hi Kenji,", "You have a badge waiting for you!",
          "Amazon Web Services Training and Certification issued you the <strong>AWS Certified Developer &#8211; Associate</strong> badge on May 29, 2025, but you haven't accepted it yet.",
          "If you already accepted this badge, please ignore this message."]
mk('004-credly-accept-reminder.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=dict(CREDLY_TC, name='Credly'), to=KENJI,
   subject="Reminder: Your AWS Certified Developer – Associate badge is waiting to be accepted",
   date='2025-06-05 15:02:11',
   body=alt(_new, credly_html('You have a badge waiting for you', _lines, 'Accept badge',
                              f"https://www.credly.com/earner/earned/badge/{_tok}").replace('{year}', '2025'),
            cte='base64'), new=_new)

# --- 005 Kenji: Credly expiry reminder (look-alike, unrelated)
_new = f"""Hi Kenji,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, will expire on August 30, 2025.

Once a badge expires it is still displayed on your profile but is marked as expired. To keep your credential current, check the recertification requirements with the issuer:
https://aws.amazon.com/certification/recertification/

View your badge:
https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}

Thanks,
The Credly Team

You are receiving this email because you have an account with Credly.
Manage email preferences: https://www.credly.com/notification_settings"""
_lines = ["Hi Kenji,",
          "Your <strong>AWS Certified Cloud Practitioner</strong> badge, issued by Amazon Web Services Training and Certification, will expire on <strong>August 30, 2025</strong>.",
          "Once a badge expires it is still displayed on your profile but is marked as expired. To keep your credential current, check the recertification requirements with the issuer."]
mk('005-credly-badge-expiry-reminder.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=dict(CREDLY_TC, name='Credly'), to=KENJI,
   subject="Your AWS Certified Cloud Practitioner badge expires in 90 days",
   date='2025-06-01 13:30:00',
   body=alt(_new, credly_html('Your badge is expiring soon', _lines, 'View badge',
                              'https://www.credly.com/earner/earned').replace('{year}', '2025')), new=_new)

# ----- Thread B: Priya (outlook.com), console case
PRIYA = ('Priya Raman', 'priya.raman88@outlook.com')
B_CASE = case15('2025-09-15 07:22:40', 4019)
B_OLD, B_KEEP = 'AWS04471290', 'AWS02155038'
B_SUBJ = 'Merge two AWS Certification accounts'
CON = lambda **kw: ses_sender(name='Amazon Web Services', addr=CONSOLE, region='us-east-1', **kw)

# --- 006 console: case opened (echoes the user's own description)
_new = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {B_CASE} to address your issue.

The details of your case are as follows:

Case ID: {B_CASE}
Subject: {B_SUBJ}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts by mistake. One was created with my old employer address (aws-{B_OLD[3:]} ) and the other with my personal address. My candidate IDs are {B_OLD} and {B_KEEP}. I would like to keep {B_KEEP} and have everything moved there. Thanks, Priya

You can view the case and add correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
_new = _new.replace(f"(aws-{B_OLD[3:]} )", "(priya.raman@halden-analytics.co.uk)")
mk('006-console-case-opened.eml', kind='case_created', case_id=B_CASE, ids=[B_OLD, B_KEEP], lang='en',
   verified=True, env='outlook', sender=CON(), to=PRIYA,
   subject=f"Amazon Web Services: You have opened a new Support case: {B_CASE}",
   date='2025-09-15 07:22:58', body=leaf(_new, cte='quoted-printable'), new=_new)

# --- 007 console: completion, worded as "consolidated", no 'merge' verb
_new = f"""Hello Priya,

Thank you for your patience while we worked on this.

I'm happy to confirm that your two certification profiles have now been consolidated. Candidate ID {B_KEEP} is the profile we kept, and all exam history, active certifications and benefits that were held under {B_OLD} are now listed there. The profile {B_OLD} has been closed.

Next steps for you:
1. Sign in at https://www.aws.training/Certification with the email address of {B_KEEP}.
2. Check that every certification you expect is shown under "Certifications".
3. Your Credly badges will be re-sent to the email address on the kept profile over the next couple of days.

{RATE_CONSOLE}

Best regards,

Oluwaseun A.
Amazon Web Services

{AWS_FOOTER_CONSOLE.format(cid=B_CASE)}"""
mk('007-console-completion-consolidated.eml', kind='merge_completed', case_id=B_CASE, ids=[B_OLD, B_KEEP], lang='en',
   verified=True, env='outlook', sender=CON(), to=PRIYA,
   subject=f"RE:[CASE {B_CASE}] {B_SUBJ}",
   date='2025-09-17 16:05:12', body=alt(_new, text_to_html(_new), cte='base64'), new=_new)

# --- 008 console: case resolved notice with rating request
_new = f"""Hello,

Your support case {B_CASE} "{B_SUBJ}" has been resolved.

If the issue is not resolved, you can reopen the case within 14 days from the AWS Support Center. After 14 days, please open a new case and reference case ID {B_CASE}.

How did we do? Rate your experience with this case:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=en&feedback=true

Thank you for using AWS Support.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
mk('008-console-case-resolved-rate.eml', kind='survey', case_id=B_CASE, ids=[], lang='en',
   verified=True, env='outlook', sender=CON(), to=PRIYA,
   subject=f"[Case {B_CASE}] Case resolved",
   date='2025-09-17 16:06:40', body=leaf(_new, cte='7bit', charset='us-ascii'), new=_new)

# --- 009 survey sent later, HTML-only template
_sid = rhex(20)
_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{{font-family:Arial,sans-serif}}</style></head>
<body bgcolor="#ffffff">
<table width="620" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td bgcolor="#232f3e" style="padding:18px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="AWS"></td></tr>
<tr><td style="padding:28px 24px;font-size:15px;color:#232f3e;line-height:22px">
<p>Hello Priya,</p>
<p>Recently you worked with AWS Support on case <b>{B_CASE}</b> ({B_SUBJ}).</p>
<p>We'd like to hear about your experience. The survey has three questions and takes less than two minutes.</p>
<p style="font-weight:bold">Overall, how satisfied were you with the support you received?</p>
<table cellpadding="6" cellspacing="0"><tr>
<td><a href="https://aws-support.survey.amazon.com/s/{_sid}?q1=1">1</a></td><td><a href="https://aws-support.survey.amazon.com/s/{_sid}?q1=2">2</a></td><td><a href="https://aws-support.survey.amazon.com/s/{_sid}?q1=3">3</a></td><td><a href="https://aws-support.survey.amazon.com/s/{_sid}?q1=4">4</a></td><td><a href="https://aws-support.survey.amazon.com/s/{_sid}?q1=5">5</a></td>
</tr><tr><td colspan="3" style="font-size:11px">Very dissatisfied</td><td colspan="2" style="font-size:11px;text-align:right">Very satisfied</td></tr></table>
<p>Your feedback is anonymous unless you choose to share your contact details, and it is used only to improve AWS Support.</p>
<p>Thank you,<br>AWS Support Customer Experience</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.<br>
<a href="https://aws.amazon.com/privacy/">Privacy</a> | <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe from survey emails</a></td></tr>
</table></body></html>
"""
mk('009-later-satisfaction-survey-html-only.eml', kind='survey', case_id=B_CASE, ids=[], lang='en',
   verified=True, env='outlook',
   sender=ses_sender(name='AWS Support', addr='aws-support-feedback@amazon.com', region='us-east-1'), to=PRIYA,
   subject="Tell us about your recent experience with AWS Support",
   date='2025-09-22 18:31:09', body=leaf(_html, 'html', cte='quoted-printable'), new='')

# --- 010 Credly: badges re-issued to the surviving account after merge
_t1, _t2 = rhex(32), rhex(32)
_new = f"""Hi Priya,

Amazon Web Services Training and Certification has issued you 2 badges. Because your AWS Certification profiles were combined, these badges have been issued again to this email address:

  • AWS Certified Cloud Practitioner
  • AWS Certified Data Engineer – Associate

Accept your badges to add them to your Credly profile:
https://www.credly.com/earner/earned/badge/{_t1}
https://www.credly.com/earner/earned/badge/{_t2}

Badges you previously accepted on another Credly account are not removed automatically. If you no longer use that account you can merge it from Settings > Account.

The Credly Team
© 2025 Credly, Inc."""
_lines = ["Hi Priya,",
          "Amazon Web Services Training and Certification has issued you 2 badges. Because your AWS Certification profiles were combined, these badges have been issued again to this email address:",
          "&bull; AWS Certified Cloud Practitioner<br />&bull; AWS Certified Data Engineer &#8211; Associate",
          "Badges you previously accepted on another Credly account are not removed automatically."]
mk('010-credly-badges-reissued-after-merge.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=True, env='outlook', sender=CREDLY_TC, to=PRIYA,
   subject="You have 2 new badges from Amazon Web Services Training and Certification",
   date='2025-09-18 21:44:02',
   body=alt(_new, credly_html('Your badges are ready', _lines, 'Accept your badges',
                              'https://www.credly.com/earner/earned').replace('{year}', '2025'),
            cte='quoted-printable'), new=_new)

# ----- Thread C: Misaki Tanaka (nifty), Japanese form-desk case
MISAKI = ('田中 美咲', 'misaki.tanaka@nifty.com')
C_CASE = case15('2025-03-10 01:15:27', 30677)
C_OLD, C_KEEP = 'AWS05830117', 'AWS00962245'
C_SUBJ = f"RE:[CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# --- 011 auto acknowledgement in Japanese, ISO-2022-JP
_new = f"""田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: {C_CASE}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせを作成されますと、ご回答が遅れる場合がございます。追加の情報がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス"""
mk('011-ja-form-acknowledgement.eml', kind='case_created', case_id=C_CASE, ids=[], lang='ja',
   verified=True, env='nifty', sender=ses_sender(), to=MISAKI, subject_charset='iso-2022-jp',
   subject=f"[CASE {C_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定",
   date='2025-03-10 01:15:40', body=leaf(_new, charset='iso-2022-jp', cte='7bit'), new=_new, rcv_tz=9)

# --- 012 confirmation request in Japanese
_req = f"""田中 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。
この度はお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼につきまして、以下の内容で統合を実施いたします。

統合元アカウント（統合後に無効化されます）: {C_OLD}
統合先アカウント（引き続きご利用いただけます）: {C_KEEP}

統合作業は一度実施いたしますと、元に戻すことができません。
上記の内容でお間違いがなければ、本メールにご返信いただき、統合を進めてよろしいかお知らせください。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス"""
mk('012-ja-confirm-request.eml', kind='merge_confirmation_requested', case_id=C_CASE, ids=[C_OLD, C_KEEP], lang='ja',
   verified=True, env='nifty', sender=ses_sender(), to=MISAKI,
   subject=C_SUBJ, date='2025-03-11 02:40:12',
   body=alt(_req, text_to_html(_req), cte='base64'), new=_req, rcv_tz=9)

# --- 013 "thank you for confirming, we will now proceed" in Japanese, user's reply quoted
_user = f"""山口様

ご連絡ありがとうございます。
記載いただいた内容で問題ございません。統合を進めてください。
よろしくお願いいたします。

田中 美咲"""
_new = f"""田中 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。

ご確認いただき、誠にありがとうございます。
これより統合作業を進めてまいります。作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス"""
_quoted = f"""{jp_quote_date(T('2025-03-11 10:02:33'))} 田中 美咲 <misaki.tanaka@nifty.com>:
{quote(_user)}
>
> {jp_quote_date(T('2025-03-11 02:40:12'))} Amazon Web Services <{FORM}>:
{quote(quote(_req))}"""
_text = _new + "\n\n" + _quoted + "\n"
mk('013-ja-thanks-will-proceed.eml', kind='support_reply', case_id=C_CASE, ids=[], lang='ja',
   verified=True, env='nifty', sender=ses_sender(), to=MISAKI,
   subject=C_SUBJ, date='2025-03-11 04:12:48',
   body=alt(_text, gmail_html(_new, f"{jp_quote_date(T('2025-03-11 10:02:33'))} 田中 美咲 <misaki.tanaka@nifty.com>:",
                               _user + '\n\n' + quote(_req)), cte='quoted-printable'), new=_new, rcv_tz=9)

# --- 014 completion in Japanese keigo, ISO-2022-JP text only, Japanese subject folded
_new = f"""田中 美咲 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの山口でございます。

大変お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。

・統合先（今後ご利用いただくアカウント）: {C_KEEP}
・統合元（無効化済み）: {C_OLD}

統合元アカウントで取得された認定資格および受験履歴は、すべて統合先アカウントへ移行されております。
認定アカウントへの反映には最大 48 時間ほどかかる場合がございます。また、Credly のデジタルバッジは統合先アカウントにご登録のメールアドレス宛てに改めて発行されますので、お手数ですが届きましたら受け入れのお手続きをお願いいたします。

ご不明な点がございましたら、本メールにご返信ください。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス"""
mk('014-ja-completion-iso2022jp.eml', kind='merge_completed', case_id=C_CASE, ids=[C_OLD, C_KEEP], lang='ja',
   verified=True, env='nifty', sender=ses_sender(), to=MISAKI, subject_charset='iso-2022-jp',
   subject=f"RE:[CASE {C_CASE}] 【AWS トレーニングと認定】アカウント統合作業完了のご報告",
   date='2025-03-12 06:55:19', body=leaf(_new, charset='iso-2022-jp', cte='7bit'), new=_new, rcv_tz=9)

# --- 015 closure with yes/no survey in Japanese
_new = f"""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {C_CASE} はクローズされました。

お問い合わせは解決しましたか？

はい　https://survey.aws-tc.amazon.com/r/?case={C_CASE}&lang=ja&resolved=1
いいえ　https://survey.aws-tc.amazon.com/r/?case={C_CASE}&lang=ja&resolved=0

今後のサービス向上のため、ご回答にご協力いただけますと幸いです。
引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。

AWS トレーニングと認定 カスタマーサービス"""
mk('015-ja-closure-survey.eml', kind='survey', case_id=C_CASE, ids=[], lang='ja',
   verified=True, env='nifty', sender=ses_sender(), to=MISAKI,
   subject=f"[CASE {C_CASE}] ケースがクローズされました",
   date='2025-03-12 06:57:02', body=alt(_new, text_to_html(_new), cte='base64'), new=_new, rcv_tz=9)

# --- 016 Credly badge issued, Japanese localisation
_tok = rhex(32)
_new = f"""田中 美咲 さん

Amazon Web Services Training and Certification からバッジが発行されました: AWS Certified SysOps Administrator – Associate

バッジを受け入れると、LinkedIn などで共有したり、採用担当者に認定を確認してもらったりすることができます。

バッジを受け入れる:
https://www.credly.com/earner/earned/badge/{_tok}

Credly チーム
© 2025 Credly, Inc. All rights reserved."""
_lines = ["田中 美咲 さん",
          "Amazon Web Services Training and Certification からバッジが発行されました: <strong>AWS Certified SysOps Administrator &#8211; Associate</strong>",
          "バッジを受け入れると、LinkedIn などで共有したり、採用担当者に認定を確認してもらったりすることができます。"]
mk('016-ja-credly-badge-issued.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='ja',
   verified=True, env='nifty', sender=CREDLY_TC, to=MISAKI,
   subject="新しいバッジが発行されました: AWS Certified SysOps Administrator – Associate",
   date='2025-03-13 00:08:44',
   body=alt(_new, credly_html('バッジが発行されました', _lines, 'バッジを受け入れる',
                              f"https://www.credly.com/earner/earned/badge/{_tok}").replace('{year}', '2025'),
            cte='base64'), new=_new, rcv_tz=9)

# ----- Thread D: Daniel Hughes (Google Workspace), 11-digit form case, three accounts
DANIEL = ('Daniel Hughes', 'daniel.hughes@brightlane.io')
D_CASE = '13902846517'
D_KEEP, D_B, D_C = 'AWS01184420', 'AWS06620931', 'AWS07719302'
D_SUBJ = f"RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# --- 017 "thank you for confirming, we will now proceed" - agent quotes user in an Outlook block
_user = f"""Hi Grace,

Yes, that's all correct - please go ahead and merge {D_B} and {D_C} into {D_KEEP}. I understand it can't be undone.

Cheers,
Dan

--
Daniel Hughes | Platform Engineering Lead
Brightlane  |  +44 20 3807 1142"""
_new = f"""Hi Daniel,

Thank you for confirming. We will now proceed with merging the two additional accounts into {D_KEEP}.

The request has been passed to the team that performs the merge. This normally takes one to three business days, and I will update this case as soon as it has been done. There is no need to open a new case in the meantime.

Kind regards,

Grace O.
AWS Training and Certification Customer Service"""
_quoted = f"""________________________________
From: Daniel Hughes <daniel.hughes@brightlane.io>
Sent: {outlook_sent_date(T('2023-11-07 10:21:05'), 0)}
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{_user}"""
_text = _new + "\n\n" + _quoted + "\n"
mk('017-thanks-for-confirming-will-proceed.eml', kind='support_reply', case_id=D_CASE, ids=[D_KEEP], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=DANIEL,
   subject=D_SUBJ, date='2023-11-07 15:48:31', rcv_tz=-8,
   body=alt(_text, text_to_html(_new, '<div><hr>' + htmlmod.escape(_quoted).replace('\n', '<br>\n') + '</div>')),
   new=_new)

# --- 018 completion for three accounts, mentions Credly as a future step
_new = f"""Hi Daniel,

Good news - your AWS Certification accounts have been combined. {D_B} and {D_C} have been merged into {D_KEEP}, and all of your certifications, exam history and benefits now sit under {D_KEEP}. The two other accounts are no longer active.

A couple of things to be aware of:

- Your Credly badges are handled separately. Once the Credly side has been updated you will receive an email from Credly for each badge; please accept them from the address daniel.hughes@brightlane.io.
- If you had an exam booked under one of the retired accounts, it has been carried over, but please double-check the appointment in your Pearson VUE dashboard.

Let us know if anything looks off.

Kind regards,

Grace O.
AWS Training and Certification Customer Service"""
mk('018-completion-three-accounts.eml', kind='merge_completed', case_id=D_CASE, ids=[D_KEEP, D_B, D_C], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=DANIEL,
   subject=f"RE: [CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
   date='2023-11-08 19:02:14', rcv_tz=-8, body=alt(_new, text_to_html(_new), cte='quoted-printable'), new=_new)

# --- 019 answer about the exam voucher (question not about the merge itself)
_user = f"""Thanks Grace, everything shows up now.

One question - I had a 50% discount voucher from passing the Developer exam last year on the old account ({D_B}). Has that come across as well? I can't see it under Benefits.

Dan"""
_prev = f"""Hi Daniel,

Good news - your AWS Certification accounts have been combined. {D_B} and {D_C} have been merged into {D_KEEP}..."""
_new = f"""Hi Daniel,

Thanks for getting back to us.

Yes, the voucher has been carried over. Benefits from a retired account can take an extra day to appear, which is why it was not visible yet. I have checked, and it is now listed under Benefits > Exam discount on {D_KEEP}, valid until 14 March 2024. You can apply it when you schedule your next exam through the Pearson VUE or PSI scheduling page.

Is there anything else I can help you with?

Kind regards,

Grace O.
AWS Training and Certification Customer Service"""
_quoted = f"""On {gmail_quote_date(T('2023-11-09 09:12:40'), 0)} Daniel Hughes <daniel.hughes@brightlane.io> wrote:
{quote(_user)}
>
> On {gmail_quote_date(T('2023-11-08 19:02:14'), 0)} Amazon Web Services <{FORM}> wrote:
{quote(quote(_prev))}"""
mk('019-voucher-question-answer.eml', kind='support_reply', case_id=D_CASE, ids=[D_KEEP], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=DANIEL,
   subject=D_SUBJ, date='2023-11-09 17:30:52', rcv_tz=-8,
   body=alt(_new + "\n\n" + _quoted + "\n", gmail_html(_new, _quoted.split('\n')[0], _user + "\n\n" + quote(_prev))),
   new=_new)

# --- 020 badges not moved: support forwards Credly request
_new = f"""Hello Daniel,

I'm sorry to hear that your badges are still showing on your old Credly account.

I have raised a request with our digital badging team to move the badges to the Credly account that uses daniel.hughes@brightlane.io. This is usually done within 3-5 business days. When it is finished, Credly will email you directly and you will need to accept the badges there.

I will keep this case open until you confirm the badges have arrived.

Kind regards,

Rohan K.
AWS Training and Certification Customer Service"""
mk('020-credly-transfer-requested.eml', kind='support_reply', case_id=D_CASE, ids=[], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=DANIEL,
   subject=D_SUBJ, date='2023-11-13 11:20:07', rcv_tz=-8,
   body=alt(_new, text_to_html(_new), cte='base64'), new=_new)

# --- 021 Credly: badges moved to the surviving account
_new = f"""Hi Daniel,

Amazon Web Services Training and Certification has transferred 3 badges to your Credly account (daniel.hughes@brightlane.io):

AWS Certified Solutions Architect – Professional
AWS Certified Developer – Associate
AWS Certified Security – Specialty

The badges are ready for you to accept. Accepted badges can be shared on LinkedIn and verified by anyone you send them to.

Accept your badges: https://www.credly.com/earner/earned

The Credly Team"""
_lines = ["Hi Daniel,",
          "Amazon Web Services Training and Certification has transferred 3 badges to your Credly account (daniel.hughes@brightlane.io):",
          "AWS Certified Solutions Architect &#8211; Professional<br />AWS Certified Developer &#8211; Associate<br />AWS Certified Security &#8211; Specialty",
          "The badges are ready for you to accept."]
mk('021-credly-badges-transferred.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=CREDLY_TC, to=DANIEL,
   subject="Your badges from Amazon Web Services Training and Certification are ready to accept",
   date='2023-11-16 08:41:33', rcv_tz=-8,
   body=alt(_new, credly_html('3 badges are waiting for you', _lines, 'Accept badges',
                              'https://www.credly.com/earner/earned').replace('{year}', '2023')), new=_new)

# ----- Thread E: Lucia Fernandez (gmail), 2020, 10-digit case id
LUCIA = ('Lucía Fernández', 'lucia.fdez.cloud@gmail.com')
E_CASE = '7184039652'
E_OLD, E_KEEP = 'AWS00417753', 'AWS00388120'

# --- 022 completion, non-native English, ids written in odd ways
_new = f"""Dear Lucia,

Greetings from AWS Training and Certification!

Kindly be informed that the merging of your both certification accounts is done successfully as per your request (including AWS Certified Solutions Architect – Associate). The account aws00417753 is now merged with AWS 00388120 and you can login only with AWS 00388120 going forward. All your certifications and transcripts are available there.

Please do the needful to update your Credly email if the badges are not received in 2 days.

Thanks and regards,
Venkatesh R
AWS Training and Certification Support Team"""
mk('022-completion-non-native-2020.eml', kind='merge_completed', case_id=E_CASE, ids=[E_OLD, E_KEEP], lang='en',
   verified=True, env='gmail', sender=ses_sender(region='us-east-1'), to=LUCIA,
   subject=f"RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
   date='2020-08-19 06:14:26', body=leaf(_new, charset='iso-8859-1', cte='quoted-printable', encode_as='utf-8'), new=_new)  # wrong label on purpose

# --- 023 Acclaim (Credly's old domain), 2020 badge issued
ACCLAIM = dict(kind='sendgrid', name='Amazon Web Services Training and Certification via Acclaim', addr='admin@youracclaim.com')
_tok = rhex(32)
_new = f"""Lucía,

Congratulations! Amazon Web Services Training and Certification has sent you a badge for earning AWS Certified Solutions Architect - Associate.

Claim your badge and share it with your professional network:
https://www.youracclaim.com/earner/earned/badge/{_tok}

Acclaim is the badging platform used by Amazon Web Services Training and Certification to issue its digital credentials.

Acclaim | Credly, Inc."""
mk('023-acclaim-badge-2020.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=ACCLAIM, to=LUCIA,
   subject="Amazon Web Services Training and Certification sent you a badge",
   date='2020-08-20 14:02:51',
   body=alt(_new, credly_html('Claim your badge', ["Lucía,", "Congratulations! Amazon Web Services Training and Certification has sent you a badge for earning <b>AWS Certified Solutions Architect - Associate</b>."],
                              'Accept Badge', f"https://www.youracclaim.com/earner/earned/badge/{_tok}").replace('{year}', '2020').replace('credly-logo', 'acclaim-logo')),
   new=_new)

# --- 024 closure notice, 2020, non-native, rating link
_new = f"""Dear Customer,

This is to inform you that your case {E_CASE} is resolved and now closed from our end.

We would be grateful if you can spare 1 minute to rate our support. Please click below link and give your valuable feedback.

https://survey.aws-tc.amazon.com/feedback?case={E_CASE}&src=mail

Your feedback is very important for us.

Thanks and regards,
AWS Training and Certification Support Team"""
mk('024-closure-rate-2020.eml', kind='survey', case_id=E_CASE, ids=[], lang='en',
   verified=True, env='gmail', sender=ses_sender(region='us-east-1'), to=LUCIA,
   subject=f"Case {E_CASE} closed - please rate your experience",
   date='2020-08-21 03:59:10', body=alt(_new, text_to_html(_new)), new=_new)

# ----- Thread F: Takeshi Sato (biglobe), Japanese console case
TAKESHI = ('佐藤 健', 'ken-sato@kdi.biglobe.ne.jp')
F_CASE = case15('2026-01-19 04:40:02', 71210)
F_OLD, F_KEEP = 'AWS06054218', 'AWS03390071'

# --- 025 Japanese: completion AND closure in one mail, Shift_JIS base64
_new = f"""佐藤 健 様

Amazon Web Services をご利用いただき、ありがとうございます。
AWS サポートの木村でございます。

お問い合わせいただいておりました認定アカウントの統合につきまして、本日、AWS-06054218 を AWS-03390071 へ統合する処理が完了いたしました。今後は AWS-03390071 にてサインインいただけますと、これまでに取得された認定資格をすべてご確認いただけます。

本件につきましては以上で対応完了となりますので、本ケースはクローズさせていただきます。
追加のご質問がございましたら、サポートセンターよりケースを再開いただくか、新しいケースを作成してください。

今回のサポートについてご評価いただけますと幸いです。サポートセンターの本やり取りの右上にある星を選択して評価いただけます。

よろしくお願いいたします。

木村
Amazon Web Services

======================
本ケースに関するお問い合わせは、以下の URL からサポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&language=ja

※本メールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。"""
mk('025-ja-completion-and-closure-sjis.eml', kind='merge_completed', case_id=F_CASE, ids=[F_OLD, F_KEEP], lang='ja',
   verified=True, env='biglobe', sender=CON(), to=TAKESHI,
   subject=f"RE:[CASE {F_CASE}] 認定アカウントの統合について",
   date='2026-01-21 08:03:37', body=leaf(_new, charset='shift_jis', cte='base64'), new=_new, rcv_tz=9)

# --- 026 Japanese: survey sent days later, HTML only
_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:600px;margin:0 auto">
<div style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" alt="AWS" width="70"></div>
<p>佐藤 健 様</p>
<p>先日は AWS サポートをご利用いただき、誠にありがとうございました。</p>
<p>ケース <b>{F_CASE}</b>（認定アカウントの統合について）でのサポート体験について、簡単なアンケートにご協力いただけますでしょうか。所要時間は 2 分程度です。</p>
<p style="text-align:center;margin:28px 0"><a href="https://aws-support.survey.amazon.com/s/{rhex(20)}?lang=ja" style="background:#ec7211;color:#ffffff;padding:12px 36px;text-decoration:none;border-radius:2px">アンケートに回答する</a></p>
<p>いただいたご意見は、今後のサポート品質の向上にのみ使用いたします。</p>
<p>AWS サポート カスタマーエクスペリエンスチーム</p>
<hr>
<p style="font-size:11px;color:#687078">本メールは送信専用アドレスから配信しています。Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。<br>
<a href="https://pages.awscloud.com/communication-preferences">配信停止</a></p>
</div></body></html>
"""
mk('026-ja-later-survey-html-only.eml', kind='survey', case_id=F_CASE, ids=[], lang='ja',
   verified=True, env='biglobe',
   sender=ses_sender(name='AWS サポート', addr='aws-support-feedback@amazon.com', region='us-east-1'), to=TAKESHI,
   subject="AWS サポートに関するアンケートご協力のお願い",
   date='2026-01-26 01:00:12', body=leaf(_html, 'html', cte='quoted-printable'), new='', rcv_tz=9)

# --- 027 Pearson VUE appointment confirmation in Japanese (unrelated, non-AWS sender)
PVUE = dict(kind='generic', name='Pearson VUE', addr='pearsonvueconfirmation@pearson.com',
            mailfrom='bounce-jp@mail.pearsonvue.com', helo='mta12.mail.pearsonvue.com', ip='192.43.13.41',
            dkims=[('pearson.com', 'pvue2023')], mid_dom='pearson.com')
_new = """佐藤 健 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約が確定しましたのでお知らせいたします。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
試験日時: 2026年2月14日(土) 13:30
会場: OnVUE オンライン試験
登録 ID: 521884093
予約番号: 493377120

受験当日は、試験開始 30 分前までにチェックインを行ってください。予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE"""
mk('027-ja-pearson-vue-appointment.eml', kind='unrelated', case_id=None, ids=[], lang='ja',
   verified=False, env='biglobe', sender=PVUE, to=TAKESHI,
   subject="【Pearson VUE】試験予約確認 - AWS Certified Solutions Architect - Professional",
   date='2026-01-28 05:12:40', body=alt(_new, text_to_html(_new), cte='base64'), new=_new, rcv_tz=9)

# ----- Thread G: Marek Nowak, on-premises Exchange, no Authentication-Results anywhere
MAREK = ('Nowak Marek', 'marek.nowak@vistula-soft.pl')
G_CASE = case15('2024-10-02 08:11:45', 2290)
G_OLD, G_KEEP = 'AWS02299841', 'AWS05517730'
G_SUBJ = f"RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
_g_req = f"""Hello Marek,

Thank you for reaching out to AWS Training and Certification.

We have located both of your accounts. Please review the details below:

- {G_OLD} (marek.nowak@vistula-soft.pl) - will be merged and closed
- {G_KEEP} (m.nowak.dev@proton.me) - will remain active

Please be aware that merging accounts is permanent. Reply to this email to confirm you want us to go ahead.

Regards,
Anil P.
AWS Training and Certification Customer Service"""

# --- 028 chaser (no ids in the new part)
_new = f"""Hello Marek,

I am following up on my previous message regarding your request. We have not yet received your reply, and we need it before we can continue.

Could you please reply to this email at your earliest convenience? If we do not hear from you within 5 business days, this case will be closed automatically; you can still reopen it by replying later.

Regards,
Anil P.
AWS Training and Certification Customer Service"""
mk('028-chaser-no-answer-yet.eml', kind='support_reply', case_id=G_CASE, ids=[], lang='en',
   verified=None, env='corp', sender=ses_sender(), to=MAREK,
   subject=G_SUBJ, date='2024-10-07 13:30:05',
   body=alt(_new, text_to_html(_new), cte='quoted-printable'), new=_new)

# --- 029 completion; ids appear only in the quoted Outlook block
_user = """Hi Anil,

Sorry for the late reply, I was travelling. Confirmed - please proceed.

Best regards
Marek Nowak
Senior DevOps Engineer
Vistula Software Sp. z o.o."""
_new = """Hello Marek,

No problem at all, thank you for getting back to us.

This is to let you know that we have finished the work on your accounts: everything is now together in the account you chose to keep, and the other one has been closed. You can sign in as usual with your personal email address.

If anything is missing from your transcript, please let us know by replying to this email.

Regards,
Anil P.
AWS Training and Certification Customer Service"""
_quoted = f"""From: Nowak Marek <marek.nowak@vistula-soft.pl>
Sent: {outlook_sent_date(T('2024-10-08 06:55:31'), 2)}
To: Amazon Web Services <{FORM}>
Subject: RE: {G_SUBJ}

{_user}

From: Amazon Web Services <{FORM}>
Sent: {outlook_sent_date(T('2024-10-03 09:14:22'), 2)}
To: Nowak Marek <marek.nowak@vistula-soft.pl>
Subject: {G_SUBJ}

{_g_req}"""
mk('029-completion-ids-only-in-quote.eml', kind='merge_completed', case_id=G_CASE, ids=[], lang='en',
   verified=None, env='corp', sender=ses_sender(), to=MAREK,
   subject=G_SUBJ, date='2024-10-08 15:02:48', crlf=True,
   body=alt(_new + "\n\n" + _quoted + "\n",
            text_to_html(_new, '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">' +
                         htmlmod.escape(_quoted).replace('\n', '<br>\n') + '</div>'), cte='quoted-printable'),
   new=_new)

# --- 030 closure without any rating request (closure notice only)
_new = f"""Hello,

We are writing to let you know that case {G_CASE} has now been closed, as we believe your request has been fully addressed.

If you still need help with this matter, simply reply to this email within the next 14 days and the case will be reopened. After that, please submit a new request through the contact form and mention this case number.

AWS Training and Certification Customer Service"""
mk('030-closure-notice-no-rating.eml', kind='survey', case_id=G_CASE, ids=[], lang='en',
   verified=None, env='corp', sender=ses_sender(), to=MAREK,
   subject=f"Case {G_CASE} has been closed", date='2024-10-08 15:04:10', crlf=True,
   body=leaf(_new, charset='us-ascii', cte='7bit'), new=_new)

# --- 031 AWS Builder ID verification code (unrelated), same corporate mailbox
_code = '482913'
_new = f"""Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: {_code}

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can safely ignore this email.

Amazon Web Services will never email you to ask you to disclose or verify your password, credit card, or banking account number."""
mk('031-builder-id-verification-code.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=None, env='corp', sender=ses_sender(name='AWS Builder ID', addr='no-reply@signin.aws', region='us-east-1'),
   to=MAREK, subject="Verify your AWS Builder ID email address", date='2024-10-08 16:40:59',
   body=alt(_new, text_to_html(_new)), new=_new)

# ----- Thread H: Aisha Bello (yahoo), console case 2026
AISHA = ('Aisha Bello', 'aisha.bello_ng@yahoo.com')
H_CASE = case15('2026-03-02 19:05:31', 55003)
H_OLD, H_KEEP = 'AWS07460092', 'AWS04019985'
H_SUBJ = 'Two certification accounts - please merge'

# --- 032 confirmation request (console: reply through Support Center)
_new = f"""Hello Aisha,

Thank you for contacting AWS Support.

I have found both certification accounts. Before we go ahead, please confirm the following:

  Account to be merged and closed:  {H_OLD}  (aisha.bello@lagosfintech.ng)
  Account that will remain:         {H_KEEP}  (aisha.bello_ng@yahoo.com)

All certifications, exam history and benefits of {H_OLD} will be transferred to {H_KEEP}. Please note that a merge cannot be reverted once done.

If this is correct, please reply to this case from the Support Center with "I confirm". If you would prefer to keep the other account instead, just tell us.

{RATE_CONSOLE}

Best regards,

Chukwuemeka N.
Amazon Web Services

{AWS_FOOTER_CONSOLE.format(cid=H_CASE)}"""
mk('032-console-confirm-request.eml', kind='merge_confirmation_requested', case_id=H_CASE, ids=[H_OLD, H_KEEP], lang='en',
   verified=True, env='yahoo', sender=CON(), to=AISHA,
   subject=f"RE:[CASE {H_CASE}] {H_SUBJ}", date='2026-03-03 12:44:20',
   body=alt(_new, text_to_html(_new), cte='quoted-printable'), new=_new)

# --- 033 status update: "once the merge is complete we will ..." (not a completion)
_new = f"""Hello Aisha,

Thank you for your confirmation and for your patience.

I wanted to give you a quick update: your request to merge AWS-07460092 into AWS-04019985 is currently with our certification operations team, who are the only ones able to make this change. They are working through a higher volume than usual this week.

Once the merge is complete we will notify you in this case, and you should then receive emails from Credly for your badges. There is nothing else you need to do for now.

{RATE_CONSOLE}

Best regards,

Chukwuemeka N.
Amazon Web Services

{AWS_FOOTER_CONSOLE.format(cid=H_CASE)}"""
mk('033-status-update-once-complete.eml', kind='support_reply', case_id=H_CASE, ids=[H_OLD, H_KEEP], lang='en',
   verified=True, env='yahoo', sender=CON(), to=AISHA,
   subject=f"RE:[CASE {H_CASE}] {H_SUBJ}", date='2026-03-05 09:17:45',
   body=alt(_new, text_to_html(_new), cte='base64'), new=_new)

# --- 034 brief completion, non-native, via "New correspondence added" notice
_new = f"""Hello,

A new correspondence has been added to your support case {H_CASE}.

-----------------------------------------------
Dear Aisha,

The account merging have been completed from our side. Now your all certifications are showing under {H_KEEP}. Please login and verify once. The account {H_OLD} is deactivated.

Thanks & Regards
Chukwuemeka N.
Amazon Web Services
-----------------------------------------------

To view the full correspondence or reply, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
mk('034-new-correspondence-brief-completion.eml', kind='merge_completed', case_id=H_CASE, ids=[H_OLD, H_KEEP], lang='en',
   verified=True, env='yahoo', sender=CON(), to=AISHA,
   subject=f"[Case {H_CASE}] New correspondence added", date='2026-03-06 22:51:03',
   body=leaf(_new, cte='quoted-printable'), new=_new)

# --- 035 auto-resolved because no reply (closure notice)
_new = f"""Hello,

We haven't heard back from you regarding case {H_CASE}, so we have resolved it.

If you still need assistance, you can reopen the case from the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=en

We'd appreciate it if you could take a moment to rate the support you received on this case. Your rating helps us improve.

Thank you for using AWS Support.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
mk('035-auto-resolved-no-reply.eml', kind='survey', case_id=H_CASE, ids=[], lang='en',
   verified=True, env='yahoo', sender=CON(), to=AISHA,
   subject=f"Amazon Web Services: Your support case {H_CASE} has been resolved", date='2026-03-13 23:00:04',
   body=leaf(_new, charset='us-ascii', cte='7bit'), new=_new)

# --- 036 Credly: pending badge reminder
_tok = rhex(32)
_new = f"""Aisha, don't forget to accept your badge

Your AWS Certified Machine Learning Engineer – Associate badge from Amazon Web Services Training and Certification is still pending.

Accept it to show it on your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/{_tok}

This badge will stay pending until you accept it.

The Credly Team
Manage email preferences: https://www.credly.com/notification_settings"""
mk('036-credly-pending-badge-reminder.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=True, env='yahoo', sender=dict(CREDLY_TC, name='Credly'), to=AISHA,
   subject="Aisha, don't forget to accept your badge",
   date='2026-03-14 16:20:09',
   body=alt(_new, credly_html("Don't forget to accept your badge",
                              ["Your <b>AWS Certified Machine Learning Engineer &#8211; Associate</b> badge from Amazon Web Services Training and Certification is still pending.",
                               "This badge will stay pending until you accept it."],
                              'Accept badge', f"https://www.credly.com/earner/earned/badge/{_tok}").replace('{year}', '2026')),
   new=_new)

# ================================ phishing / spoofing
# --- 037 look-alike domain, merge "complete", passes its own DMARC
PH1 = dict(kind='generic', name='AWS Training & Certification', addr='support@aws-certification-services.com',
           mailfrom='bounce@mail.aws-certification-services.com', helo='mail.aws-certification-services.com',
           ip='185.212.47.93', dkims=[('aws-certification-services.com', 'default')], policy='NONE')
_new = f"""Dear Candidate,

Your AWS Certification account merge is complete.

Accounts AWS03318452 and AWS01927764 have been successfully merged. To keep your certifications active on the merged profile, you must re-validate your sign-in details within 24 hours. Profiles that are not validated will be suspended and the certifications removed.

Validate merged account:
https://aws-certification-services.com/merge/validate?u=kenji.watanabe.dev%40gmail.com

Thank you,
AWS Training & Certification Team"""
mk('037-phish-lookalike-merge-complete.eml', kind='merge_completed', case_id=None, ids=['AWS03318452', 'AWS01927764'], lang='en',
   verified=False, env='gmail', sender=PH1, to=KENJI,
   subject="Action required: your merged AWS Certification account",
   date='2025-06-02 04:11:09', body=alt(_new, text_to_html(_new)), new=_new)

# --- 038 spoofed amazon.com From, provider says dmarc=fail, forged "pass" header lower down
PH2 = dict(kind='generic', name='Amazon Web Services', addr=CONSOLE, mailfrom='info@kraemer-baumarkt24.de',
           helo='vps-41872.kraemer-baumarkt24.de', ip='91.204.46.118', dkims=[])
_new = f"""Hello,

Your AWS Certification merge request has been processed. Your profiles AWS04471290 and AWS02155038 are now merged.

Due to a billing verification issue, your certification benefits (including your 50% exam voucher) are on hold. To release them, please confirm your payment method within 48 hours:

https://console-aws-amazon.support-centre.info/billing/verify?displayId={B_CASE}

Best regards,
Amazon Web Services"""
mk('038-spoof-dmarc-fail-forged-ar.eml', kind='merge_completed', case_id=B_CASE, ids=['AWS04471290', 'AWS02155038'], lang='en',
   verified=False, env='outlook', sender=PH2, to=PRIYA,
   auth=dict(spf='fail', dkim=[], dmarc='fail', action='quarantine'),
   subject=f"RE:[CASE {B_CASE}] {B_SUBJ}", date='2025-09-18 03:27:51',
   headers_after=[('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
                  ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
   body=leaf(_new, cte='quoted-printable'), new=_new)

# --- 039 Credly look-alike: badge issued, from credly-notify.com
PH3 = dict(kind='generic', name='Amazon Web Services Training and Certification via Credly', addr='admin@credly-notify.com',
           mailfrom='admin@credly-notify.com', helo='smtp.credly-notify.com', ip='45.83.122.17',
           dkims=[('credly-notify.com', 'mail')], policy='NONE')
_new = """Hi,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Associate.

Because your AWS Certification accounts were recently merged, you must sign in with your AWS account to accept the transferred badge:

https://credly-notify.com/accept-badge?ref=aws-merge

Badges that are not accepted within 72 hours are revoked.

Credly"""
mk('039-phish-credly-lookalike-badge.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=False, env='gmail', sender=PH3, to=KENJI,
   subject="Amazon Web Services Training and Certification has issued you a new badge",
   date='2025-05-30 07:45:12', body=alt(_new, text_to_html(_new), cte='base64'), new=_new)

# --- 040 survey look-alike: rating request for the merge case, gift-card bait
PH4 = dict(kind='generic', name='AWS Support Feedback', addr='feedback@aws-supportsurvey.net',
           mailfrom='feedback@aws-supportsurvey.net', helo='mx.aws-supportsurvey.net', ip='103.151.216.40',
           dkims=[('aws-supportsurvey.net', 'k1')], policy='NONE')
_new = f"""Hello Kenji,

Thank you for contacting AWS Training and Certification about merging your certification accounts (case {A_CASE}).

Please rate your experience with our agent. As a thank-you, every completed survey receives a $50 Amazon gift card.

Rate your support experience: https://aws-supportsurvey.net/r/{A_CASE}

The survey closes in 48 hours.

AWS Support Feedback Team"""
mk('040-phish-survey-giftcard.eml', kind='survey', case_id=A_CASE, ids=[], lang='en',
   verified=False, env='gmail', sender=PH4, to=KENJI,
   subject=f"Rate case {A_CASE} and receive a $50 gift card",
   date='2025-05-31 18:02:33', body=alt(_new, text_to_html(_new)), new=_new)

# --- 041 phishing not about the merge: "account suspended", spoofed amazon.com
PH5 = dict(kind='generic', name='AWS Billing', addr='billing-noreply@amazon.com', mailfrom='root@host-77-91-68-12.hosted-by-vdsina.com',
           helo='host-77-91-68-12.hosted-by-vdsina.com', ip='77.91.68.12', dkims=[])
_new = """Dear AWS customer,

We were unable to process the payment for your latest invoice. Your AWS account and all associated services will be suspended within 24 hours unless you update your billing information.

Update billing details: https://aws-billing-portal.help/update

Regards,
AWS Billing Team"""
mk('041-phish-account-suspended.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=False, env='yahoo', sender=PH5, to=AISHA,
   auth=dict(spf='softfail', dkim=[], dmarc='fail'),
   subject="Your AWS account will be suspended", date='2026-03-09 02:15:47',
   body=leaf(_new, charset='us-ascii', cte='7bit'), new=_new)

# ================================ Credly look-alikes (unrelated)
# --- 042 Credly's own self-service account merge code
_code = '731904'
_new = f"""Hi Kenji,

We received a request to merge the Credly account k.watanabe@nextframe-sys.co.jp into your account kenji.watanabe.dev@gmail.com.

Enter this verification code to confirm you own both accounts:

{_code}

Or click the link below to finish:

Complete Account Merge: https://www.credly.com/users/merge_accounts/confirm?token={rhex(40)}

After the merge, all badges from the secondary account will appear in your primary account and the secondary account will be closed. The code expires in 30 minutes.

If you didn't request this, you can ignore this email.

The Credly Team"""
mk('042-credly-own-account-merge-code.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=dict(CREDLY_TC, name='Credly'), to=KENJI,
   subject="Your Credly account merge verification code",
   date='2025-06-03 11:05:27',
   body=alt(_new, credly_html('Confirm your account merge', [
       "We received a request to merge the Credly account k.watanabe@nextframe-sys.co.jp into your account kenji.watanabe.dev@gmail.com.",
       f"Enter this verification code to confirm you own both accounts: <b style=\"font-size:22px;letter-spacing:4px\">{_code}</b>",
       "After the merge, all badges from the secondary account will appear in your primary account and the secondary account will be closed. The code expires in 30 minutes."],
       'Complete Account Merge', 'https://www.credly.com/users/merge_accounts/confirm').replace('{year}', '2025')),
   new=_new)

# --- 043 Credly newsletter
_html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/email/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 24px;font-size:24px;font-weight:bold;color:#1c1c1c">The Credly Brief &#8212; October</td></tr>
<tr><td style="padding:16px 24px;font-size:15px;line-height:23px;color:#333">
<p><b>Cloud skills top the list again.</b> Our latest Skills Index shows that badges in cloud architecture and security were the most shared credentials on LinkedIn this quarter.</p>
<p><b>New: badge collections.</b> Group related badges into collections so employers see your learning path at a glance.</p>
<p><b>Tip of the month:</b> add your badges to your email signature with one click from your profile.</p>
<p><a href="https://info.credly.com/brief?utm_source=newsletter&amp;utm_medium=email" style="color:#ff6b00">Read the full brief &rarr;</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">You're receiving this because you subscribed to Credly updates. <a href="https://www.credly.com/notification_settings">Unsubscribe</a><br>Credly, Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
mk('043-credly-newsletter.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=True, env='outlook', sender=dict(kind='sendgrid', name='Credly', addr='news@credly.com'), to=PRIYA,
   subject="The Credly Brief: cloud skills, badge collections and more", date='2025-10-07 14:00:00',
   body=leaf(_html, 'html', cte='quoted-printable'), new='')

# --- 044 Credly: badge has expired
_new = """Hi Priya,

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification expired on November 30, 2025.

Expired badges remain on your profile and are clearly marked as expired. If you have renewed this certification, the issuer will send you a new badge.

View your profile: https://www.credly.com/users/priya-raman.8b2c1e40

The Credly Team"""
mk('044-credly-badge-expired.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=True, env='outlook', sender=dict(CREDLY_TC, name='Credly'), to=PRIYA,
   subject="Your badge has expired: AWS Certified Cloud Practitioner", date='2025-12-01 10:12:44',
   body=alt(_new, credly_html('Your badge has expired', [
       "Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification expired on November 30, 2025.",
       "Expired badges remain on your profile and are clearly marked as expired. If you have renewed this certification, the issuer will send you a new badge."],
       'View profile', 'https://www.credly.com/users/priya-raman.8b2c1e40').replace('{year}', '2025')), new=_new)

# --- 045 Credly monthly digest: badge views
_new = """Hi Daniel,

Here's how your badges performed in November:

  AWS Certified Solutions Architect – Professional   14 views
  AWS Certified Security – Specialty                  6 views

Your badges were also verified twice by employers.

Keep your profile up to date: https://www.credly.com/earner/settings

The Credly Team"""
mk('045-credly-monthly-badge-views.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=dict(CREDLY_TC, name='Credly'), to=DANIEL, rcv_tz=-8,
   subject="Your badges were viewed 20 times in November", date='2023-12-02 16:30:10',
   body=leaf(_new, cte='quoted-printable'), new=_new)

# ================================ other look-alikes
CERTM = dict(kind='generic', name='AWS Certification', addr='do-not-reply@certmetrics.com',
             mailfrom='bounces@mail.certmetrics.com', helo='mail2.certmetrics.com', ip='148.163.134.57',
             dkims=[('certmetrics.com', 'cm1')], policy='NONE')
# --- 046 CertMetrics survey ("wants to hear from you")
_new = f"""Dear Kenji Watanabe,

AWS Certification wants to hear from you!

You recently earned the AWS Certified Solutions Architect - Associate certification. Please take 5 minutes to tell us about your exam preparation and experience. Your responses help us improve the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid={rhex(32)}

Candidate ID: AWS01927764

Thank you,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored."""
mk('046-certmetrics-wants-to-hear.eml', kind='unrelated', case_id=None, ids=['AWS01927764'], lang='en',
   verified=False, env='gmail', sender=CERTM, to=KENJI,
   subject="AWS Certification wants to hear from you", date='2025-06-10 17:44:09',
   body=alt(_new, text_to_html(_new)), new=_new)

# --- 047 CertMetrics recertification congratulations
_new = """Hello Daniel Hughes,

Congratulations! You have successfully recertified as AWS Certified Solutions Architect - Professional.

Certification validation number: 8QX4M2PL1FR7Z9KT
Expiration date: Dec 04, 2026

Your updated digital badge will be issued through Credly. You can download your certificate from your AWS Certification Account.

Sincerely,
AWS Training and Certification"""
mk('047-certmetrics-recertification.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=False, env='gmail', sender=CERTM, to=DANIEL, rcv_tz=-8,
   subject="Congratulations on your AWS Certification recertification", date='2023-12-04 20:11:40',
   body=leaf(_new, charset='us-ascii', cte='7bit'), new=_new)

# --- 048 AWS Training and Certification marketing newsletter (genuine amazon.com)
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeded;font-family:Arial,sans-serif">
<table width="100%"><tr><td align="center"><table width="600" style="background:#fff">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:20px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#16191f">
<h2 style="margin-top:0">New certification exam now in beta</h2>
<p>Be among the first to validate your skills. Beta exam registration is open for a limited time and beta candidates pay 50% of the standard exam price.</p>
<p><a href="https://aws.amazon.com/certification/?trk=email" style="color:#0073bb">Learn more and register</a></p>
<h3>Free on AWS Skill Builder this month</h3>
<ul><li>Exam Prep Standard Course</li><li>AWS Cloud Quest: Cloud Practitioner</li><li>Official practice question sets</li></ul>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.<br>
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a> | <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></td></tr></table></body></html>
"""
mk('048-aws-tc-newsletter.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=True, env='yahoo', sender=ses_sender(name='AWS Training and Certification', addr='aws-marketing-email-replies@amazon.com', region='us-east-1'),
   to=AISHA, subject="New beta exam, free exam prep, and more from AWS Training and Certification",
   date='2026-03-10 16:00:31', body=leaf(_html, 'html', cte='base64'), new='')

# --- 049 GitHub "merged" notification
GH = dict(kind='generic', name='Sam Okoro', addr='notifications@github.com', mailfrom='noreply@github.com',
          helo='out-21.smtp.github.com', ip='192.30.252.204', dkims=[('github.com', 'pf2023')], policy='REJECT',
          mid_dom='github.com')
_new = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/infra-modules/pull/412#event-10873341297
You are receiving this because you authored the thread."""
mk('049-github-pr-merged.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=False, env='gmail', sender=GH, to=DANIEL, rcv_tz=-8,
   subject="Re: [brightlane/infra-modules] Merge account-baseline into main (PR #412)",
   date='2023-11-08 10:14:29',
   headers_after=[('In-Reply-To', '<brightlane/infra-modules/pull/412@github.com>'),
                  ('References', '<brightlane/infra-modules/pull/412@github.com>'),
                  ('List-ID', 'brightlane/infra-modules <infra-modules.brightlane.github.com>'),
                  ('X-GitHub-Reason', 'author')],
   body=alt(_new, '<p><b>Merged</b> #412 into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightlane/infra-modules/pull/412#event-10873341297">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>\n'),
   new=_new)

# --- 050 GitLab merge request merged, corporate mailbox without A-R
GL = dict(kind='generic', name='Tomasz Wróbel', addr='gitlab@gitlab.vistula-soft.pl', mailfrom='gitlab@gitlab.vistula-soft.pl',
          helo='gitlab.vistula-soft.pl', ip='10.40.2.31', dkims=[], mid_dom='gitlab.vistula-soft.pl')
_new = """Tomasz Wróbel merged merge request !87 at Platform / aws-accounts

Project: Platform / aws-accounts
Branch: feature/merge-sandbox-accounts -> main

Merge account vending for sandbox OUs

Merge request URL: https://gitlab.vistula-soft.pl/platform/aws-accounts/-/merge_requests/87

--
Reply to this email directly or view it on GitLab: https://gitlab.vistula-soft.pl/platform/aws-accounts/-/merge_requests/87
You're receiving this email because of your account on gitlab.vistula-soft.pl."""
mk('050-gitlab-merge-request-merged.eml', kind='unrelated', case_id=None, ids=[], lang='en',
   verified=None, env='corp', sender=GL, to=MAREK, crlf=True,
   subject="Re: aws-accounts | Merge account vending for sandbox OUs (!87)", date='2024-10-09 09:02:11',
   headers_after=[('X-GitLab-Project', 'aws-accounts'), ('X-GitLab-MergeRequest-IID', '87'),
                  ('X-GitLab-NotificationReason', 'assigned')],
   body=alt(_new, text_to_html(_new)), new=_new)

# --- 051 other AWS case (billing) resolved with rating request
BILL_CASE = case15('2025-10-20 09:30:12', 61288)
_new = f"""Hello Priya,

I'm glad to confirm that the refund of USD 37.40 for the unintended NAT Gateway charges on your October invoice has been approved. It will appear as a credit on your account within 5-7 business days.

As the billing question has been answered, I'll go ahead and mark this case as resolved.

{RATE_CONSOLE}

Best regards,

Hannah L.
Amazon Web Services

{AWS_FOOTER_CONSOLE.format(cid=BILL_CASE)}"""
mk('051-other-aws-billing-case-resolved.eml', kind='unrelated', case_id=BILL_CASE, ids=[], lang='en',
   verified=True, env='outlook', sender=CON(), to=PRIYA,
   subject=f"RE:[CASE {BILL_CASE}] Unexpected charge on October bill", date='2025-10-21 13:02:55',
   body=alt(_new, text_to_html(_new), cte='quoted-printable'), new=_new)

# --- 052 Amazon Seller Central case (ASIN variation "merge")
SELLER_CASE = '6120457718'
_new = f"""Hello,

Thank you for contacting Amazon Seller Support.

We have merged the requested ASINs (B0CX4Q2M7L, B0CX4R8N1T) into a single variation family under the parent ASIN B0CX4P9K3Z. The change may take up to 24 hours to appear on the detail page.

Was this response helpful? Please let us know by clicking one of the links below:
Yes: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={SELLER_CASE}&rating=yes
No:  https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={SELLER_CASE}&rating=no

Thank you for selling on Amazon,
Ruslan
Amazon.com

To reply to this email, click here: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SELLER_CASE}"""
mk('052-seller-central-asin-merge.eml', kind='unrelated', case_id=SELLER_CASE, ids=[], lang='en',
   verified=True, env='gmail', sender=ses_sender(name='Amazon Seller Support', addr='seller-notification@amazon.com', region='us-east-1'),
   to=KENJI, subject=f"RE:[CASE {SELLER_CASE}] Variation family merge request", date='2025-06-12 22:48:17',
   body=alt(_new, text_to_html(_new)), new=_new)

# --- 053 other AWS case: service quota increase approved
QUOTA_CASE = case15('2026-03-20 03:12:44', 90412)
_new = f"""Hello,

We're happy to let you know that the quota increase you requested has been approved and applied.

[US East (N. Virginia)]: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 256 vCPUs

It can take up to 30 minutes for the new quota to become effective. You can check the applied value in the Service Quotas console.

{RATE_CONSOLE}

Best regards,

Amazon Web Services

{AWS_FOOTER_CONSOLE.format(cid=QUOTA_CASE)}"""
mk('053-other-aws-quota-increase-approved.eml', kind='unrelated', case_id=QUOTA_CASE, ids=[], lang='en',
   verified=True, env='yahoo', sender=CON(), to=AISHA,
   subject=f"RE:[CASE {QUOTA_CASE}] Limit Increase: EC2 Instances", date='2026-03-20 08:40:02',
   body=leaf(_new, cte='quoted-printable'), new=_new)

# ----- Thread I: Tomas Herrera (gmail), form desk 2024
TOMAS = ('Tomás Herrera', 'tomas.herrera.mx@gmail.com')
I_CASE = case15('2024-06-11 16:20:05', 11873)
I_OLD, I_KEEP = 'AWS03021166', 'AWS06688513'

# --- 054 completion, HTML-only template, "unified" wording, hyphenated ids
_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#000">
<p>Hi Tom&aacute;s,</p>
<p>Thanks for confirming last week, and apologies for the wait.</p>
<p>Your two AWS Certification profiles have now been unified. Everything that was recorded under <b>AWS-03021166</b> (exam attempts, the AWS Certified Developer &ndash; Associate credential and your score reports) is now part of <b>AWS-06688513</b>. The AWS-03021166 login has been retired.</p>
<p>You don't need to do anything else. If your transcript looks incomplete in 48 hours, just reply and I'll look into it.</p>
<p>All the best,<br>
Fatima Z.<br>
AWS Training and Certification Customer Service</p>
</div></body></html>
"""
mk('054-completion-html-only-unified.eml', kind='merge_completed', case_id=I_CASE, ids=[I_OLD, I_KEEP], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=TOMAS,
   subject=f"RE:[CASE {I_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
   date='2024-06-19 20:33:18', body=leaf(_html, 'html', cte='quoted-printable'),
   new=htmlmod.unescape(re.sub(r'<[^>]+>', '', _html.split('<body>')[1])).strip())

# --- 055 survey sent later by a survey vendor (authentic, but not an AWS/Credly sender)
QX = dict(kind='generic', name='AWS Training and Certification', addr='noreply@qemailserver.com',
          mailfrom='bounce-2f1c@qemailserver.com', helo='smtp-out-44.qemailserver.com', ip='162.247.216.44',
          dkims=[('qemailserver.com', 'qualtrics')], policy='NONE', mid_dom='qemailserver.com')
_new = f"""Hello Tomás,

You recently contacted AWS Training and Certification Customer Service (case {I_CASE}).

Please tell us how we did. On a scale from 0 to 10, how likely are you to recommend AWS Training and Certification support to a colleague?

Take the survey:
https://amazon.qualtrics.com/jfe/form/SV_{ralnum(15, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}?case={I_CASE}

This survey will close in 7 days.

Thank you,
AWS Training and Certification

Follow the link to opt out of future emails:
https://amazon.qualtrics.com/CP/Register.php?OptOut=true"""
mk('055-survey-via-survey-vendor.eml', kind='survey', case_id=I_CASE, ids=[], lang='en',
   verified=False, env='gmail', sender=QX, to=TOMAS,
   subject="How did we do? Your feedback on AWS Training and Certification support",
   date='2024-06-24 15:00:04', body=alt(_new, text_to_html(_new)), new=_new)

# ----- Thread J: Sophie Laurent (gmail), form desk 2025
SOPHIE = ('Sophie Laurent', 'sophie.laurent.cloud@gmail.com')
J_CASE = case15('2025-11-03 08:47:19', 40502)
J_OLD, J_KEEP = 'AWS05902214', 'AWS01440387'
J_SUBJ = f"RE:[CASE {J_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
_j_req = f"""Hello Sophie,

Thank you for contacting AWS Training and Certification.

We can merge your accounts as follows:
Source account (to be closed): {J_OLD}
Target account (to be kept): {J_KEEP}

Please note this action is irreversible. Kindly reply to confirm.

Best regards,
Karim B.
AWS Training and Certification Customer Service"""
_j_user = """Hello Karim,

The details are correct. Please proceed with the merge.

Many thanks,
Sophie"""

# --- 056 completion with nested Gmail-style quoting
_new = f"""Hello Sophie,

Thank you for your confirmation.

The operation is now finalised: {J_KEEP} is from now on your unique AWS Certification profile, and it contains all the certifications previously held on the other account, which has been closed. Please sign in with sophie.laurent.cloud@gmail.com to verify.

Best regards,
Karim B.
AWS Training and Certification Customer Service"""
_att = f"On {gmail_quote_date(T('2025-11-04 17:02:10'), 1)} Sophie Laurent <sophie.laurent.cloud@gmail.com> wrote:"
_quoted = f"""{_att}
{quote(_j_user)}
>
> On {gmail_quote_date(T('2025-11-04 09:30:44'), 1)} Amazon Web Services <{FORM}> wrote:
{quote(quote(_j_req))}"""
mk('056-completion-finalised-nested-quote.eml', kind='merge_completed', case_id=J_CASE, ids=[J_KEEP], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=SOPHIE, rcv_tz=-8,
   subject=J_SUBJ, date='2025-11-05 10:12:36',
   body=alt(_new + "\n\n" + _quoted + "\n", gmail_html(_new, _att, _j_user + "\n\n" + quote(_j_req)), cte='quoted-printable'),
   new=_new)

# --- 057 follow-up question on something other than the merge (legal name)
_new = f"""Hello Sophie,

One more thing before we close your request: we noticed that the legal name on {J_KEEP} is "Sophie Laurent", while the ID you used at your last exam reads "Sophie Laurent-Martin".

Could you please let us know which version you would like us to keep? The name on your profile must match your government ID exactly when you sit your next exam.

Best regards,
Karim B.
AWS Training and Certification Customer Service"""
mk('057-question-about-legal-name.eml', kind='support_reply', case_id=J_CASE, ids=[J_KEEP], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=SOPHIE, rcv_tz=-8,
   subject=J_SUBJ, date='2025-11-05 10:20:02', body=alt(_new, text_to_html(_new), cte='base64'), new=_new)

# --- 058 closure with yes/no survey, mentions the merge only as context
_new = f"""Hello,

Your case {J_CASE} regarding your account merge has been marked as resolved and is now closed.

Did we resolve your issue?
[ YES ] https://survey.aws-tc.amazon.com/r/?case={J_CASE}&resolved=1
[ NO ]  https://survey.aws-tc.amazon.com/r/?case={J_CASE}&resolved=0

If you need more help with this request, reply to this email within 14 days.

AWS Training and Certification Customer Service"""
mk('058-closure-yes-no-mentions-merge.eml', kind='survey', case_id=J_CASE, ids=[], lang='en',
   verified=True, env='gmail', sender=ses_sender(), to=SOPHIE, rcv_tz=-8,
   subject=f"[CASE {J_CASE}] Case closed - did we resolve your issue?", date='2025-11-10 10:25:40',
   body=leaf(_new, charset='us-ascii', cte='7bit'), new=_new)

# --- 059 Credly HTML-only, base64, emoji subject folded
_tok = rhex(32)
_html = credly_html('Your badge is ready to accept', [
    "Hi Sophie,",
    "Amazon Web Services Training and Certification has issued you the <b>AWS Certified AI Practitioner</b> badge. It is ready and waiting for you.",
    "Accept your badge to display it on your Credly profile and share it with your network."],
    'Accept your badge', f"https://www.credly.com/earner/earned/badge/{_tok}").replace('{year}', '2025')
mk('059-credly-html-only-emoji-subject.eml', kind='credly_badge_issued', case_id=None, ids=[], lang='en',
   verified=True, env='gmail', sender=CREDLY_TC, to=SOPHIE, rcv_tz=-8,
   subject="🎉 Sophie, your AWS Certified AI Practitioner badge from Amazon Web Services Training and Certification is ready",
   date='2025-11-06 04:44:51', body=leaf(_html, 'html', cte='base64'), new='')

# ----- Thread K: Ryo Kobayashi (OCN), 11-digit form case in Japanese
RYO = ('小林 遼', 'ryo.kobayashi@ocn.ne.jp')
K_CASE = '12744903318'
K_OLD, K_KEEP = 'AWS04812290', 'AWS02275516'
_k_user = """ご担当者様

ご連絡ありがとうございます。
内容に相違ございません。統合をお願いいたします。

小林"""

# --- 060 Japanese completion, UTF-8 QP, ids with spaces, quoted user reply
_new = f"""小林 遼 様

AWS トレーニングと認定 カスタマーサービスの鈴木と申します。
ご確認のご返信をいただき、ありがとうございました。

ご依頼いただきましたアカウント統合の対応が完了しましたので、お知らせいたします。
AWS 04812290 に登録されていた認定資格は、すべて AWS 02275516 に移行済みです。今後は AWS 02275516 のアカウントをご利用ください。

反映状況に問題がございましたら、お気軽にご返信ください。

鈴木
AWS トレーニングと認定 カスタマーサービス"""
_att = f"{jp_quote_date(T('2022-09-14 00:31:07'))} 小林 遼 <ryo.kobayashi@ocn.ne.jp>:"
_quoted = f"""{_att}
{quote(_k_user)}"""
mk('060-ja-completion-utf8-spaced-ids.eml', kind='merge_completed', case_id=K_CASE, ids=[K_OLD, K_KEEP], lang='ja',
   verified=True, env='ocn', sender=ses_sender(region='us-east-1'), to=RYO, rcv_tz=9,
   subject=f"RE:[CASE {K_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
   date='2022-09-15 05:10:29',
   body=alt(_new + "\n\n" + _quoted + "\n", gmail_html(_new, _att, _k_user), cte='quoted-printable'), new=_new)

# ----- mails above ---------------------------------------------------


def check_and_write():
    idre = re.compile(r'(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?!\d)', re.I)
    labels = {}
    problems = []
    for m in MAILS:
        fn = m['fname']
        pol = compat32.clone(max_line_length=0, linesep='\r\n' if m['crlf'] else '\n')
        data = m['msg'].as_bytes(policy=pol)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        labels[fn] = m['label']
        # --- checks
        import email
        p = email.message_from_bytes(data)
        texts = []
        for part in p.walk():
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset() or 'us-ascii'
                raw = part.get_payload(decode=True)
                try:
                    texts.append(raw.decode(cs, errors='replace'))
                except LookupError:
                    texts.append(raw.decode('utf-8', errors='replace'))
        full = '\n'.join(texts)
        from email.header import decode_header, make_header
        subj = str(make_header(decode_header(p['Subject'])))
        if subj != m['subject']:
            problems.append(f"{fn}: subject roundtrip {subj!r}")
        lab = m['label']
        normfull = {'AWS' + x for x in idre.findall(full)}
        for i in lab['account_ids']:
            if not re.fullmatch(r'AWS\d{8}', i):
                problems.append(f"{fn}: bad id {i}")
            if i not in normfull:
                problems.append(f"{fn}: id {i} not in decoded text")
        newids = sorted({'AWS' + x for x in idre.findall(m['new'])})
        if newids != lab['account_ids']:
            problems.append(f"{fn}: ids in new text {newids} != label {lab['account_ids']}")
        stripped = htmlmod.unescape(re.sub(r'<[^>]+>', '', full.replace('\r\n', '\n')))
        if m['new'].strip() and m['new'].strip()[:60] not in full.replace('\r\n', '\n') \
                and m['new'].strip()[:60] not in stripped:
            # the new text should be present verbatim in some text part
            problems.append(f"{fn}: new text not found verbatim in decoded text")
        if lab['case_id'] is not None:
            if not re.fullmatch(r'\d+', lab['case_id']):
                problems.append(f"{fn}: bad case id")
            if lab['case_id'] not in full + subj:
                problems.append(f"{fn}: case id not in text")
        has_ar = p.get_all('Authentication-Results') is not None
        if lab['sender_verified'] is None and has_ar:
            problems.append(f"{fn}: verified None but A-R present")
        if lab['sender_verified'] is not None and not has_ar:
            problems.append(f"{fn}: no A-R but verified not None")
        if lab['kind'] not in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                               'credly_badge_issued', 'support_reply', 'unrelated'):
            problems.append(f"{fn}: bad kind")
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write('\n')
    from collections import Counter
    print(len(MAILS), 'mails', dict(Counter(m['label']['kind'] for m in MAILS)))
    for pr in problems:
        print('PROBLEM', pr)
    return not problems


if __name__ == '__main__':
    for fn in os.listdir(OUT):
        if fn.endswith('.eml'):
            os.remove(os.path.join(OUT, fn))
    ok = check_and_write()
    sys.exit(0 if ok else 1)
