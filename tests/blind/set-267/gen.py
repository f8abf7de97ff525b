#!/usr/bin/env python3
"""Generator for blind set 267: AWS Certification account-merge mailbox.

Each mail is assembled with the stdlib `email` package (MIME parts, encodings,
encoded-word headers); provider trace headers (Received, Authentication-Results,
DKIM-Signature, ARC) are prepended as literal text so their folding is exact.
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import re
import sys

from email import generator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []          # list of (fname, bytes, label)

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


# ---------------------------------------------------------------- time / ids
def T(y, mo, d, h, mi, s=0, tz=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def case15(opened, tail):
    """15-digit display id: Unix time of opening + 5 digits."""
    return f"{int(opened.timestamp())}{tail}"


def H(seed, n=40):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def B64(seed, n=172):
    raw = hashlib.sha512(seed.encode()).digest() * 3
    return base64.b64encode(raw).decode()[:n]


def ses_id(d, seed='x', region='email'):
    ms = int(d.timestamp() * 1000)
    h = H(seed + str(ms), 32)
    return (f"0100{ms:012x}-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}-000000",
            f"<0100{ms:012x}-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}-000000@{region}.amazonses.com>")


def rfc(d):
    return format_datetime(d)


def pdt(d):
    """Gmail style trace date in Pacific time."""
    z = d.astimezone(dt.timezone(dt.timedelta(hours=-7)))
    return format_datetime(z) + " (PDT)"


def plus(d, **kw):
    return d + dt.timedelta(**kw)


# ---------------------------------------------------------------- parts
def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable',
             label=None, codec=None):
    """Text part; `label` is the declared charset (may be deliberately wrong),
    `codec` the Python codec really used for the bytes."""
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
        if not payload.endswith('\n'):
            payload += '\n'
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(plain, html, boundary):
    m = MIMEMultipart('alternative', boundary=boundary)
    m.attach(plain)
    m.attach(html)
    del m['MIME-Version']
    return m


def mixed(parts, boundary, subtype='mixed'):
    m = MIMEMultipart(subtype, boundary=boundary)
    for p in parts:
        m.attach(p)
    del m['MIME-Version']
    return m


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def html_simple(new, quoted='', font='Arial, sans-serif'):
    """Turn plain text into a plausible mail-client HTML alternative."""
    paras = [p for p in new.strip('\n').split('\n\n')]
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           f'<body><div style="font-family:{font};font-size:14px">']
    for p in paras:
        out.append('<p>' + '<br>\n'.join(esc(l) for l in p.split('\n')) + '</p>')
    out.append('</div>')
    if quoted:
        q = '<br>\n'.join(esc(l) for l in quoted.strip('\n').split('\n'))
        out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                   + q + '</blockquote>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- trace headers
def dkim(d, s, h, seed, t):
    b = B64(seed + d)
    return (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={int(t.timestamp())};\n"
            f"\th={h};\n"
            f"\tbh={B64(seed + 'bh', 43)}=;\n"
            f"\tb={b[:76]}\n\t{b[76:152]}\n\t{b[152:]}=\n")


def aws_dkim(t, seed):
    return (dkim('amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrsuz',
                 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', seed, t)
            + dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono',
                   'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID', seed + 's', t))


def gmail_trace(to, t, mailfrom, ip, helo, seed, dkims, spf='pass', dmarc='pass',
                hfrom='amazon.com', dpol='QUARANTINE', dis='NONE', lower=''):
    """dkims: list of (result, header.i domain, selector). `lower` = extra headers
    placed after the provider's (e.g. a forged Authentication-Results)."""
    r = t + dt.timedelta(seconds=2)
    gid = H(seed + 'gid', 18)
    dk = ''.join(f"\n       dkim={res} header.i=@{dom} header.s={sel} header.b={B64(seed+dom, 8)};"
                 for res, dom, sel in dkims)
    spftxt = {'pass': f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}",
              'fail': f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}",
              'softfail': f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}",
              'neutral': f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom}) smtp.mailfrom={mailfrom}",
              }[spf]
    dm = f"dmarc={dmarc} (p={dpol} sp={dpol} dis={dis}) header.from={hfrom}"
    ar = f"mx.google.com;{dk}\n       {spftxt};\n       {dm}"
    return (f"Delivered-To: {to}\n"
            f"Received: by 2002:a05:6a10:{H(seed,4)}:b0:{H(seed+'b',3)}:{H(seed+'c',4)}:{H(seed+'d',4)} with SMTP id {gid[:10]}csp{int(gid[10:16],16)%9999999};\n"
            f"        {pdt(r)}\n"
            f"X-Google-Smtp-Source: AGHT+I{B64(seed+'gs', 62)}\n"
            f"X-Received: by 2002:a17:903:{H(seed+'xr',4)}:b0:{H(seed+'xr2',3)}:{H(seed+'xr3',4)}:{H(seed+'xr4',4)} with SMTP id d9443c01a7336-{H(seed+'xr5',12)}.{int(H(seed,6),16)%900+100}.{int(H(seed+'q',6),16)%9000+1000};\n"
            f"        {pdt(r)}\n"
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(r.timestamp())}; cv=none;\n"
            f"        d=google.com; s=arc-20240605;\n"
            f"        b={B64(seed+'arc', 70)}\n"
            f"         {B64(seed+'arc2', 70)}==\n"
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
            f"        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
            f"         :dkim-signature:dkim-signature;\n"
            f"        bh={B64(seed+'abh', 43)}=;\n"
            f"        fh={B64(seed+'fh', 43)}=;\n"
            f"        b={B64(seed+'amb', 70)}\n"
            f"         {B64(seed+'amb2', 60)}==;\n"
            f"        dara=google.com\n"
            f"ARC-Authentication-Results: i=1; {ar}\n"
            f"Return-Path: <{mailfrom}>\n"
            f"Received: from {helo} ({helo}. [{ip}])\n"
            f"        by mx.google.com with ESMTPS id {H(seed+'rid', 22)}.{int(H(seed+'n',4),16)%900+100}.{H(seed+'z',4)}\n"
            f"        for <{to}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            f"        {pdt(r)}\n"
            f"Received-SPF: {spf} ({spftxt[spftxt.index('(')+1:spftxt.index(')')]}) client-ip={ip};\n"
            f"Authentication-Results: {ar}\n"
            + lower)


def outlook_trace(to, t, mailfrom_dom, ip, helo, seed, dkims, spf='pass', dmarc='pass',
                  hfrom='amazon.com', action='none', compauth='pass reason=100', lower=''):
    """Exchange Online: Authentication-Results without authserv-id."""
    r = t + dt.timedelta(seconds=3)
    fe = 'AM4PEPF00027A6C' if int(H(seed, 2), 16) % 2 else 'DB1PEPF000509F0'
    dk = ''.join(f"dkim={res} ({'signature was verified' if res == 'pass' else 'signature did not verify'})\n header.d={dom};"
                 for res, dom in dkims)
    ar = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; {dk}dmarc={dmarc} action={action}\n"
          f" header.from={hfrom};compauth={compauth}")
    return (f"Received: from DU0PR08MB9155.eurprd08.prod.outlook.com (2603:10a6:10:{H(seed,3)}::{H(seed+'a',2)})\n"
            f" by PAXPR08MB6926.eurprd08.prod.outlook.com with HTTPS; {rfc(r)}\n"
            f"Received: from {fe}.mail.protection.outlook.com (2603:10a6:20b:{H(seed+'p',3)}:cafe::{H(seed+'q',2)})\n"
            f" by DU0PR08MB9155.eurprd08.prod.outlook.com (2603:10a6:10:{H(seed,3)}::{H(seed+'a',2)}) with Microsoft\n"
            f" SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8857.{int(H(seed,3),16)%40};\n"
            f" {rfc(r)}\n"
            f"Authentication-Results: {ar}\n"
            f"Received-SPF: {'Pass' if spf == 'pass' else spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom}\n"
            f" designates {ip} as permitted sender) receiver=protection.outlook.com;\n"
            f" client-ip={ip}; helo={helo}; pr=C\n"
            f"Received: from {helo} ({ip}) by\n"
            f" {fe}.mail.protection.outlook.com (10.167.16.90) with Microsoft SMTP Server\n"
            f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8857.{int(H(seed+'x',3),16)%40} via Frontend\n"
            f" Transport; {rfc(r)}\n"
            + lower)


def jp_trace(to, t, authserv, mailfrom, ip, helo, seed, dkim_d='amazon.com', dkim_res='pass',
             spf='pass', dmarc='pass', hfrom='amazon.com', relay='mta', lower=''):
    """Japanese ISP style (nifty, biglobe, so-net, ocn ...)."""
    r = (t + dt.timedelta(seconds=4)).astimezone(dt.timezone(dt.timedelta(hours=9)))
    ar = (f"{authserv}; spf={spf} smtp.mailfrom={mailfrom};\n"
          f"\tdkim={dkim_res} header.d={dkim_d} header.s={'yg4mwqurec7fkhzutopddd3ytuaqrsuz' if dkim_d=='amazon.com' else 'default'};\n"
          f"\tdmarc={dmarc} header.from={hfrom}")
    return (f"Return-Path: <{mailfrom}>\n"
            f"Delivered-To: {to}\n"
            f"Received: from {relay}.{authserv.split('.',1)[1] if authserv.count('.')>1 else authserv} (localhost [127.0.0.1])\n"
            f"\tby {authserv} (Postfix) with ESMTP id 4b{H(seed,10).upper()}\n"
            f"\tfor <{to}>; {rfc(r)}\n"
            f"Authentication-Results: {ar}\n"
            f"Received: from {helo} ({helo} [{ip}])\n"
            f"\tby {authserv} (Postfix) with ESMTPS id 4b{H(seed+'1',10).upper()}\n"
            f"\tfor <{to}>; {rfc(r)}\n"
            + lower)


SES_HOSTS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
             ('a48-112.smtp-out.amazonses.com', '54.240.48.112'),
             ('a11-67.smtp-out.amazonses.com', '54.240.11.67'),
             ('a9-28.smtp-out.amazonses.com', '54.240.9.28'),
             ('a27-185.smtp-out.us-west-2.amazonses.com', '54.240.27.185')]


# ---------------------------------------------------------------- assembly
def hdr(name, value, charset=None):
    if charset:
        value = Header(value, charset, header_name=name).encode(maxlinelen=76)
    return f"{name}: {value}\n"


def addr(name, a, charset='utf-8'):
    if name and any(ord(c) > 127 for c in name):
        return Header(name, charset).encode() + f" <{a}>"
    return formataddr((name, a)) if name else a


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def add(fname, kind, case_id, verified, lang, *, frm, to, subject, date, msgid, body,
        trace='', new='', ids=(), subj_charset=None, extra=(), cc=None, reply_to=None,
        in_reply_to=None, references=None, xmailer=None, hdr_order='std'):
    """new = the NEW (non-quoted) text of the mail as the reader sees it; the
    label's account ids are derived from it and must equal `ids`."""
    auto = ids_in(new)
    want = sorted({'AWS' + re.sub(r'\D', '', i)[-8:] for i in ids})
    if auto != want:
        raise SystemExit(f"{fname}: ids in new text {auto} != declared {want}")
    h = ''
    own = []
    own.append(hdr('From', frm))
    own.append(hdr('To', to))
    if cc:
        own.append(hdr('Cc', cc))
    if reply_to:
        own.append(hdr('Reply-To', reply_to))
    own.append(hdr('Subject', subject, subj_charset))
    own.append(hdr('Date', rfc(date) if isinstance(date, dt.datetime) else date))
    own.append(hdr('Message-ID', msgid))
    if in_reply_to:
        own.append(hdr('In-Reply-To', in_reply_to))
    if references:
        own.append(hdr('References', references))
    if xmailer:
        own.append(hdr('X-Mailer', xmailer))
    for e in extra:
        own.append(e if e.endswith('\n') else e + '\n')
    own.append('MIME-Version: 1.0\n')
    buf = io.BytesIO()
    g = generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=0)
    g.flatten(body, linesep='\n')
    raw = (trace + ''.join(own)).encode('ascii') + buf.getvalue()
    label = {"kind": kind, "case_id": case_id, "account_ids": want,
             "sender_verified": verified, "language": lang}
    MAILS.append((fname, raw, label))


# ---------------------------------------------------------------- common text
AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def ses_common(t, seed, ip='54.240.8.30', feedback='1.us-east-1.Dm6sYVXWuHQTLj5r3Q1B2qxLeDw0Hj4k8EtYN6Rr0xg=:AmazonSES'):
    return [f"Feedback-ID: ::{feedback}", f"X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-{ip}"]


def aws_mail(fname, kind, case_id, verified, lang, *, to, subject, t, body, new, ids=(),
             frm=AWS_FORM, seed=None, provider='gmail', host=0, subj_charset=None,
             dkims=None, dmarc='pass', spf='pass', lower='', authserv='mx.nifty.com',
             no_trace=False, extra=()):
    seed = seed or fname
    mf_local, mid = ses_id(t, seed)
    mailfrom = f"{mf_local}@email.amazonses.com"
    helo, ip = SES_HOSTS[host]
    trace = ''
    if not no_trace:
        if provider == 'gmail':
            trace = gmail_trace(to, t, mailfrom, ip, helo, seed,
                                dkims or [('pass', 'amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrsuz'),
                                          ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                                spf=spf, dmarc=dmarc, lower=lower)
        elif provider == 'outlook':
            trace = outlook_trace(to, t, 'email.amazonses.com', ip, helo, seed,
                                  dkims or [('pass', 'amazon.com'), ('pass', 'amazonses.com')],
                                  spf=spf, dmarc=dmarc, lower=lower)
        else:
            trace = jp_trace(to, t, authserv, mailfrom, ip, helo, seed, spf=spf, dmarc=dmarc,
                             lower=lower)
        trace += aws_dkim(t, seed)
    else:
        trace = f"Return-Path: <{mailfrom}>\n"
    add(fname, kind, case_id, verified, lang, frm=frm, to=to, subject=subject, date=t,
        msgid=mid, body=body, trace=trace, new=new, ids=ids, subj_charset=subj_charset,
        extra=list(extra) + ses_common(t, seed, ip))


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, raw, label in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"wrote {len(MAILS)} mails")


# ================================================================= MAILS

# ---------------------------------------------------------------- thread A
# Daniel Okafor, form desk, 15-digit case, Gmail.  AWS04418276 -> AWS11907354
A_TO = 'd.okafor.cloud@gmail.com'
A_OPEN = T(2025, 5, 27, 14, 32, 8)
A_CASE = case15(A_OPEN, '00917')
A_SUBJ = f"[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
A_FORM_ECHO = """Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS04418276
Contact e-mail: d.okafor.cloud@gmail.com
Description:
Hi, I have two certification accounts. One I made with my personal gmail
in 2021 and another one my employer created when they bought me a voucher.
I want everything under one account please. Thanks, Daniel"""

# 001 case_created ------------------------------------------------------
t = plus(A_OPEN, seconds=41)
new = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your
request and opened case {A_CASE} for it. A member of our Customer Service
team will get back to you, in principle within 24 hours.

When an agent has reviewed your request, they will contact you to confirm
the details of the accounts involved. No change is made to any account
before you have confirmed it.

If you need to add information, simply reply to this e-mail and keep the
case number in the subject line. Please do not submit a new form for the
same request, as this may delay our response.

Summary of your submission:
{A_FORM_ECHO}

Kind regards,
AWS Training and Certification Customer Service

This message was sent from a notification-only workflow; replies to this
address are attached to your case."""
html = html_simple(new)
body = alt(textpart(new, cte='quoted-printable'), textpart(html, 'html', cte='quoted-printable'),
           '----=_Part_2201187_1349926211.1748356369012')
aws_mail('001-form-ack-merge-request-received.eml', 'case_created', A_CASE, True, 'en',
         to=A_TO, subject=f"[CASE {A_CASE}] We have received your request - AWS Training and Certification",
         t=t, body=body, new=new, ids=['AWS04418276'])

# 002 support_reply: which account to keep, nothing changed yet ---------
t = T(2025, 5, 28, 16, 5, 37)
new = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification, my name is
Rahul and I will be assisting you with your case today.

I searched our records with the details you provided and found the
following two certification profiles:

  - AWS04418276 - login e-mail d.okafor.cloud@gmail.com (created 2021)
  - AWS 11907354 - login e-mail daniel.okafor@brightlane.io (created 2024)

Before I can go further, could you please let me know which of these two
profiles you would like to keep as your primary account? Please also let
me know whether you still have access to both login e-mail addresses.

Please be aware that at this point nothing has been changed on either
profile; both remain active exactly as they are now.

I look forward to your reply.

Best regards,
Rahul K.
AWS Training and Certification Customer Service"""
quoted = f"""-------- Original Message --------
Date: 27/05/2025 14:32
Subject: [AWS Training and Certification Form Submission] - account-assistance

{A_FORM_ECHO}"""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted), 'html'),
           '----=_Part_3372901_2017763382.1748448337455')
aws_mail('002-agent-asks-which-profile-to-keep.eml', 'support_reply', A_CASE, True, 'en',
         to=A_TO, subject='RE:' + A_SUBJ, t=t, body=body, new=new,
         ids=['AWS04418276', 'AWS11907354'], host=1)

# 003 merge_confirmation_requested -----------------------------------
t = T(2025, 5, 29, 9, 12, 4)
new = f"""Hello Daniel,

Thank you for your quick reply and for the additional details.

Based on your answer, below is the merge that I am going to request for
you. Please review it carefully:

  Profile to be merged (will be deactivated): AWS04418276
      login: d.okafor.cloud@gmail.com
  Profile that will remain (primary):          AWS11907354
      login: daniel.okafor@brightlane.io

After the merge, the certifications, exam history and benefits of both
profiles will be shown under AWS11907354 only. Please note that a merge
cannot be reversed once it has been performed.

If everything above is correct, kindly reply to this e-mail confirming
that you agree with the merge. We will not proceed until we receive your
confirmation.

Best regards,
Rahul K.
AWS Training and Certification Customer Service"""
quoted = f"""On Wed, May 28, 2025 at 6:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Daniel,
>
> Thank you for reaching out to AWS Training and Certification, my name is
> Rahul and I will be assisting you with your case today.
>
> I searched our records with the details you provided and found the
> following two certification profiles:
>
>   - AWS04418276 - login e-mail d.okafor.cloud@gmail.com (created 2021)
>   - AWS 11907354 - login e-mail daniel.okafor@brightlane.io (created 2024)
>
> Before I can go further, could you please let me know which of these two
> profiles you would like to keep as your primary account?"""
user = """Hi Rahul,

Please keep the work one (brightlane). I can log in to both emails.

Thanks
Daniel"""
text = new + "\n\n" + "-----Customer reply-----\n" + user + "\n\n" + quoted + "\n"
body = alt(textpart(text), textpart(html_simple(new, user + "\n\n" + quoted), 'html'),
           '----=_Part_1190027_887612093.1748509924601')
aws_mail('003-agent-lists-accounts-asks-confirmation.eml', 'merge_confirmation_requested', A_CASE, True, 'en',
         to=A_TO, subject='RE:' + A_SUBJ, t=t, body=body, new=new,
         ids=['AWS04418276', 'AWS11907354'], host=0)

# 004 support_reply: thanks for confirming, will proceed ---------------
t = T(2025, 5, 29, 15, 40, 51)
new = """Hello Daniel,

Thank you for confirming the details.

I have now passed your request to our Certification Operations team, who
will carry out the merge on their side. This usually takes between one and
three business days. Once the merge is complete you will receive an e-mail
from us on this case, and from then on you should sign in only with your
brightlane.io address.

There is nothing else you need to do for now.

Best regards,
Rahul K.
AWS Training and Certification Customer Service"""
user = """The details are correct. Please proceed with merging AWS04418276 into
AWS11907354.

Daniel"""
quoted = """On Thu, May 29, 2025 at 11:12 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Daniel,
>
> Based on your answer, below is the merge that I am going to request for
> you. Please review it carefully:
>
>   Profile to be merged (will be deactivated): AWS04418276
>   Profile that will remain (primary):          AWS11907354
>
> If everything above is correct, kindly reply to this e-mail confirming
> that you agree with the merge."""
text = new + "\n\n" + "-----Customer reply-----\n" + user + "\n\n" + quoted + "\n"
body = alt(textpart(text, cte='base64'), textpart(html_simple(new, user + "\n\n" + quoted), 'html', cte='base64'),
           '----=_Part_998712_1577004263.1748533251903')
aws_mail('004-thanks-for-confirming-ops-team-will-merge.eml', 'support_reply', A_CASE, True, 'en',
         to=A_TO, subject='RE:' + A_SUBJ, t=t, body=body, new=new, ids=[], host=2)

# 005 merge_completed (and case resolved) ------------------------------
t = T(2025, 5, 31, 10, 2, 18)
new = """Hello Daniel,

Good news: our Certification Operations team has finished the merge of your
two certification profiles. Everything that was on AWS04418276 (including
your AWS Certified Cloud Practitioner and the exam history) is now on
AWS11907354, and the old profile has been deactivated.

Please sign in from now on with daniel.okafor@brightlane.io. Your Credly
badges will be re-issued to that address within 24-48 hours; you will get a
separate e-mail from Credly to accept them.

As your request has been fulfilled, I will mark this case as resolved. If
anything looks wrong, just reply to this e-mail within 14 days and the case
will reopen.

Best regards,
Kateryna
AWS Training and Certification Customer Service"""
text = new + "\n"
body = alt(textpart(text), textpart(html_simple(new), 'html'),
           '----=_Part_4410973_1290311457.1748685738122')
aws_mail('005-merge-finished-case-will-be-resolved.eml', 'merge_completed', A_CASE, True, 'en',
         to=A_TO, subject='RE:' + A_SUBJ, t=t, body=body, new=new,
         ids=['AWS04418276', 'AWS11907354'], host=3)

# 006 survey: closure notice that recaps the merge ----------------------
t = T(2025, 5, 31, 10, 3, 2)
new_txt = f"""Your case has been resolved

Hello,

Case {A_CASE} - Account Merge (AWS04418276 into AWS11907354) - has been
marked as resolved.

Resolution summary: the certification profiles were merged as requested;
AWS11907354 is the remaining profile.

Was your issue resolved?
  YES  https://pulse.aws/survey/{H('a6', 24)}?c={A_CASE}&a=1
  NO   https://pulse.aws/survey/{H('a6', 24)}?c={A_CASE}&a=0

How would you rate the support you received from Kateryna?
  1 2 3 4 5

If you need further assistance with this request, reply to this e-mail
within 14 days and your case will be reopened automatically.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210."""
survey_url = f"https://pulse.aws/survey/{H('a6', 24)}?c={A_CASE}"
html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your case has been resolved</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:18px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS Training and Certification" width="90"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px;margin:0 0 16px">Your case has been resolved</h1>
<p>Hello,</p>
<p>Case <strong>{A_CASE}</strong> - Account Merge (AWS04418276 into AWS11907354) - has been marked as resolved.</p>
<p><strong>Resolution summary:</strong> the certification profiles were merged as requested; AWS11907354 is the remaining profile.</p>
<p style="margin-top:24px;font-weight:bold">Was your issue resolved?</p>
<p><a href="{survey_url}&amp;a=1" style="background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="{survey_url}&amp;a=0" style="background:#eaeded;color:#16191f;padding:10px 28px;text-decoration:none;border-radius:2px">NO</a></p>
<p>How would you rate the support you received from Kateryna?</p>
<p>{' '.join(f'<a href="{survey_url}&amp;r={i}">{i}</a>' for i in range(1, 6))}</p>
<p style="color:#545b64;font-size:12px">If you need further assistance with this request, reply to this e-mail within 14 days and your case will be reopened automatically.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table></body></html>
"""
body = textpart(html, 'html', cte='quoted-printable')
body['MIME-Version'] = '1.0'
del body['MIME-Version']
aws_mail('006-case-resolved-survey-recaps-merge.eml', 'survey', A_CASE, True, 'en',
         to=A_TO, subject=f"[CASE {A_CASE}] Your case has been resolved - how did we do?",
         t=t, body=body, new=new_txt, ids=['AWS04418276', 'AWS11907354'], host=3)

# ---------------------------------------------------------------- Credly helper
def credly_trace(to, t, seed, provider='gmail', dmarc='pass', dk=True, authserv='mx.nifty.com'):
    local = f"bounces+2981{int(H(seed,4),16)%9000+1000}-{H(seed+'b',4)}-{to.replace('@','=')}"
    mailfrom = f"{local}@em.credly.com"
    ip = f"149.72.{int(H(seed,2),16)%200+20}.{int(H(seed+'i',2),16)%250+1}"
    helo = f"o{int(H(seed,1),16)+1}.em.credly.com"
    if provider == 'gmail':
        tr = gmail_trace(to, t, mailfrom, ip, helo, seed,
                         [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')] if dk else [],
                         dmarc=dmarc, hfrom='credly.com', dpol='REJECT')
    elif provider == 'outlook':
        tr = outlook_trace(to, t, 'em.credly.com', ip, helo, seed,
                           [('pass', 'credly.com'), ('pass', 'sendgrid.info')], dmarc=dmarc, hfrom='credly.com',
                           action='none' if dmarc == 'pass' else 'oreject')
    else:
        tr = jp_trace(to, t, authserv, mailfrom, ip, helo, seed, dkim_d='credly.com', dmarc=dmarc, hfrom='credly.com')
    return tr + dkim('credly.com', 's1', 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', seed, t)


def credly_badge_html(first, badge, issuer, accept_url, extra_p=''):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Credly</title></head>
<body style="margin:0;padding:0;background-color:#f5f5f5;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5f5f5"><tr><td align="center" style="padding:32px 0;">
<table width="560" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333333;">
<tr><td style="padding:28px 40px 0 40px;"><img src="https://images.credly.com/images/credly-logo-orange.png" width="96" alt="Credly" /></td></tr>
<tr><td style="padding:24px 40px 0 40px;font-size:24px;font-weight:bold;">{esc(first)}, {esc(issuer)} has issued you a new badge!</td></tr>
<tr><td align="center" style="padding:24px 40px;"><img src="https://images.credly.com/size/340x340/images/{H(badge,8)}-{H(badge+'x',4)}-{H(badge+'y',4)}-{H(badge+'z',4)}-{H(badge+'w',12)}/image.png" width="170" alt="{esc(badge)}" /></td></tr>
<tr><td style="padding:0 40px;font-size:18px;text-align:center;"><strong>{esc(badge)}</strong></td></tr>
{extra_p}
<tr><td align="center" style="padding:28px 40px;"><a href="{accept_url}" style="background-color:#ff6b00;color:#ffffff;font-size:16px;padding:14px 34px;text-decoration:none;border-radius:4px;">Accept your badge</a></td></tr>
<tr><td style="padding:0 40px 28px 40px;font-size:13px;color:#777777;">Credly is the end-to-end solution for issuing and managing digital credentials. Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your personal website.</td></tr>
<tr><td style="padding:16px 40px;font-size:11px;color:#999999;border-top:1px solid #eeeeee;">You are receiving this email because {esc(issuer)} issued a badge to this address through Credly.<br />Credly, Inc. &middot; 6 Kimball Lane, Suite 230 &middot; Lynnfield, MA 01940<br /><a href="https://www.credly.com/earner/settings/notifications" style="color:#999999;">Unsubscribe</a> &middot; <a href="https://www.credly.com/privacy" style="color:#999999;">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
"""


# 007 credly_badge_issued: re-issued after merge ------------------------
t = T(2025, 6, 1, 2, 47, 33)
badge = 'AWS Certified Cloud Practitioner'
acc = f"https://www.credly.com/badges/{H('007b',8)}-{H('007c',4)}-{H('007d',4)}-{H('007e',4)}-{H('007f',12)}/accept?utm_source=email&utm_medium=badge_issued"
txt = f"""Daniel, Amazon Web Services Training and Certification has issued you a new badge!

{badge}

Accept your badge:
{acc}

Credly is the end-to-end solution for issuing and managing digital
credentials. Accept your badge to share it on LinkedIn, add it to your email
signature, or embed it on your personal website.

You are receiving this email because Amazon Web Services Training and
Certification issued a badge to this address through Credly.
Credly, Inc. - 6 Kimball Lane, Suite 230 - Lynnfield, MA 01940
Unsubscribe: https://www.credly.com/earner/settings/notifications
"""
html = credly_badge_html('Daniel', badge, 'Amazon Web Services Training and Certification', acc)
body = alt(textpart(txt, cte='quoted-printable'), textpart(html, 'html', cte='quoted-printable'),
           '0f1d3a86a7e2b1c54e87d2f3b6a09c1e')
add('007-credly-new-badge-after-profile-move.eml', 'credly_badge_issued', None, True, 'en',
    frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
    to=A_TO, subject='Daniel, you have been issued a new badge by Amazon Web Services Training and Certification',
    date=t, msgid=f"<{H('007m',22)}@geopod-ismtpd-{int(H('007',2),16)%40}>",
    body=body, trace=credly_trace(A_TO, t, '007'), new=txt, ids=[],
    extra=['X-Entity-ID: ' + B64('007ent', 24)])

# ---------------------------------------------------------------- thread B
# 佐藤 美咲, console case in Japanese, nifty.  AWS07765120 -> AWS02291843
B_TO = 'misaki-sato@nifty.com'
B_OPEN = T(2025, 6, 9, 1, 15, 44)
B_CASE = case15(B_OPEN, '20431')
B_SUBJ = '認定アカウント（受験者ID）の統合のお願い'

# 008 case_created (ja, ISO-2022-JP) -----------------------------------
t = plus(B_OPEN, seconds=29)
new = f"""アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {B_CASE} をオープンしました。
担当者より、選択された重要度に応じた時間内にご連絡いたします。

ケース ID： {B_CASE}
件名： {B_SUBJ}
重要度： 一般的なガイダンス
連絡方法： ウェブ

ケースの詳細の確認、返信の追加は、サポートセンターから行ってください。
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={B_CASE}&language=ja

※このメールアドレスは送信専用です。このメールに返信いただいても、ケースには反映されません。

よろしくお願いいたします。
アマゾン ウェブ サービス"""
body = textpart(new, charset='iso-2022-jp', cte='7bit')
aws_mail('008-ja-console-case-opened.eml', 'case_created', B_CASE, True, 'ja',
         frm=AWS_NOREPLY, to=B_TO,
         subject=f"アマゾン ウェブ サービス: 新しいサポートケースをオープンしました: {B_CASE}",
         subj_charset='iso-2022-jp', t=t, body=body, new=new,
         ids=[], provider='jp', authserv='mx.nifty.com', host=4)

# 009 support_reply (ja): asks login e-mails and which to keep --------
t = T(2025, 6, 9, 6, 48, 10)
new = f"""佐藤 美咲 様

AWS サポートの田中と申します。
この度はお問い合わせいただき、誠にありがとうございます。

ご申告いただいた 2 つの認定アカウント（AWS07765120、AWS02291843）について、
統合のお手続きを進めるにあたり、以下の点をお知らせいただけますでしょうか。

1. それぞれのアカウントのサインインに使用しているメールアドレス
2. 統合後に残すアカウント（今後ご利用になるアカウント）はどちらか
3. 統合を希望される理由（例：会社支給のバウチャー利用時に別アカウントを作成した 等）

なお、現時点ではいずれのアカウントにも変更は加えておりません。
上記をご確認いただけましたら、統合の内容を改めてご案内いたします。

ご返信はサポートセンターの本ケースからお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

引き続きよろしくお願いいたします。

田中
アマゾン ウェブ サービス

====================================================
このやり取りを評価するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/feedback?eventId={H('009ev',20)}&displayId={B_CASE}&language=ja
===================================================="""
body = alt(textpart(new, cte='base64'), textpart(html_simple(new, font='Meiryo, sans-serif'), 'html', cte='base64'),
           '----=_Part_1093381_1704329471.1749451690317')
aws_mail('009-ja-agent-asks-login-emails-and-survivor.eml', 'support_reply', B_CASE, True, 'ja',
         frm=AWS_NOREPLY, to=B_TO, subject=f"RE:[CASE {B_CASE}] {B_SUBJ}", subj_charset='utf-8',
         t=t, body=body, new=new, ids=['AWS07765120', 'AWS02291843'],
         provider='jp', authserv='mx.nifty.com', host=4)

# 010 merge_confirmation_requested (ja, ISO-2022-JP) -----------------
t = T(2025, 6, 10, 2, 21, 55)
new = f"""佐藤 美咲 様

AWS サポートの田中でございます。
ご返信いただき、ありがとうございます。

いただいた情報をもとに、以下の内容で統合を実施する予定です。
お手数ですが、内容に相違がないかご確認ください。

【統合元（統合後は利用できなくなります）】
　受験者 ID： AWS-07765120
　メールアドレス： misaki-sato@nifty.com

【統合先（存続するアカウント）】
　受験者 ID： AWS-02291843
　メールアドレス： m.sato@kaede-systems.co.jp

統合後は、両アカウントの認定資格、受験履歴および特典が統合先のアカウントに
まとめて表示されます。一度統合すると元に戻すことはできませんので、ご注意ください。

上記の内容でよろしければ、サポートセンターの本ケースから
「上記の内容で統合をお願いします」とご返信いただけますでしょうか。
ご承諾をいただくまで、統合作業は行いません。

よろしくお願いいたします。

田中
アマゾン ウェブ サービス"""
body = textpart(new, charset='iso-2022-jp', cte='7bit')
aws_mail('010-ja-please-confirm-merge-direction.eml', 'merge_confirmation_requested', B_CASE, True, 'ja',
         frm=AWS_NOREPLY, to=B_TO, subject=f"RE:[CASE {B_CASE}] {B_SUBJ}", subj_charset='iso-2022-jp',
         t=t, body=body, new=new, ids=['AWS07765120', 'AWS02291843'],
         provider='jp', authserv='mx.nifty.com', host=4)

# 011 support_reply (ja): denies it is merged yet, approval received ---
t = T(2025, 6, 10, 7, 3, 12)
new = f"""佐藤 美咲 様

AWS サポートの田中でございます。
ご承諾のご連絡をいただき、ありがとうございます。

「もう統合されていますか」とのご質問につきまして、現時点では統合作業はまだ
実施されておりません。そのため、両方のアカウントに引き続きサインインできる
状態となっております。

いただいたご承諾をもとに、本日、担当チームへ統合作業を依頼いたしました。
作業が完了しましたら、本ケースにて改めてご連絡いたします。
通常、数営業日ほどお時間をいただいております。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

田中
アマゾン ウェブ サービス"""
quoted = """---- お客様からの返信 ----
上記の内容で統合をお願いします。
統合元 AWS07765120、統合先 AWS02291843 で間違いありません。
ちなみに、もう統合されていますか？今朝ログインしたら古い方もまだ使えました。
佐藤"""
text = new + "\n\n" + "\n".join('> ' + l if l else '>' for l in quoted.split('\n')) + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted, font='Meiryo, sans-serif'), 'html'),
           '----=_Part_1130045_92218813.1749538992004')
aws_mail('011-ja-not-merged-yet-request-sent-to-team.eml', 'support_reply', B_CASE, True, 'ja',
         frm=AWS_NOREPLY, to=B_TO, subject=f"RE:[CASE {B_CASE}] {B_SUBJ}", subj_charset='utf-8',
         t=t, body=body, new=new, ids=[], provider='jp', authserv='mx.nifty.com', host=4)

# 012 merge_completed (ja, Shift_JIS label, cp932 bytes) ---------------
t = T(2025, 6, 12, 5, 30, 40)
new = f"""佐藤 美咲 様

いつもお世話になっております。AWS サポートの田中でございます。

お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が
完了いたしましたので、ご報告いたします。

　① AWS07765120 に登録されていた認定資格および受験履歴は、
　　 AWS02291843 に移行されました。
　② 今後は m.sato@kaede-systems.co.jp でサインインしてください。
　③ Credly のデジタルバッジは、数日以内に統合先のメールアドレス宛てに
　　 再発行のご案内が届く予定です。

ご不明な点がございましたら、本ケースよりお気軽にお問い合わせください。

田中
アマゾン ウェブ サービス"""
body = textpart(new, charset='shift_jis', codec='cp932', label='Shift_JIS', cte='base64')
aws_mail('012-ja-merge-done-sjis-label.eml', 'merge_completed', B_CASE, True, 'ja',
         frm=AWS_NOREPLY, to=B_TO, subject=f"RE:[CASE {B_CASE}] {B_SUBJ}", subj_charset='iso-2022-jp',
         t=t, body=body, new=new, ids=['AWS07765120', 'AWS02291843'],
         provider='jp', authserv='mx.nifty.com', host=4)

# 013 survey (ja): case closed, rating request, no recap ----------------
t = T(2025, 6, 15, 5, 31, 2)
new = f"""佐藤 美咲 様

サポートケース {B_CASE} は、最後のご連絡から一定期間ご返信がなかったため、
クローズされました。

今回のサポートについて、アンケートへのご協力をお願いいたします。
問題は解決しましたか？
　はい： https://pulse.aws/survey/{H('013s',20)}?displayId={B_CASE}&answer=yes&lang=ja
　いいえ： https://pulse.aws/survey/{H('013s',20)}?displayId={B_CASE}&answer=no&lang=ja

ケースはクローズ後もサポートセンターから再オープンできます。

アマゾン ウェブ サービス"""
body = alt(textpart(new), textpart(html_simple(new, font='Meiryo, sans-serif'), 'html'),
           '----=_Part_771920_1409917740.1749965462118')
aws_mail('013-ja-case-closed-please-rate.eml', 'survey', B_CASE, True, 'ja',
         frm=AWS_NOREPLY, to=B_TO, subject=f"[CASE {B_CASE}] ケースはクローズされました - アンケートのお願い",
         subj_charset='utf-8', t=t, body=body, new=new, ids=[], provider='jp', authserv='mx.nifty.com', host=4)

# ---------------------------------------------------------------- thread C
# Priya Raman, form desk 2023, 11-digit case, outlook.com.  AWS09912035 -> AWS05530718
C_TO = 'priya.raman88@outlook.com'
C_CASE = '12894457031'
C_SUBJ = f"[CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
C_FORM = """-----Original Message-----
From: priya.raman88@outlook.com
Sent: 13/03/2023 18:22
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS09912035
Other candidate ID: AWS05530718
Description: I have 2 accounts, one from my old company. Please merge into one."""

# 014 support_reply: asks notification mails + reason, duplicate case --
t = T(2023, 3, 14, 11, 41, 7)
new = """Dear Priya,

Greetings from AWS Training and Certification!

Thank you for contacting us. I am Mohamed and I will be assisting you on
this case.

In order to process your request, kindly provide us the below details:

1) Notification email address registered for each of the certification
   accounts.
2) Reason for the merge request.

We could locate the account AWS09912035 with the details shared. For the
second account we need above information to validate the ownership.

Also please note, we have received one more case (12894460112) from you for
the same request. We have closed that case and we will be assisting you
only in this case, hence request you not to raise multiple cases as it
will delay the process.

Awaiting for your response.

Thanks & Regards,
Mohamed Fazil
AWS Training and Certification"""
text = new + "\n\n" + C_FORM + "\n"
body = alt(textpart(text), textpart(html_simple(new, C_FORM, font='Calibri, sans-serif'), 'html'),
           '----=_Part_5526012_384412201.1678794067330')
aws_mail('014-agent-needs-notification-emails-and-reason.eml', 'support_reply', C_CASE, True, 'en',
         to=C_TO, subject='RE:' + C_SUBJ, t=t, body=body, new=new, ids=['AWS09912035'],
         provider='outlook', host=1)

# 015 support_reply: "no merge has been done till now" ------------------
t = T(2023, 3, 16, 9, 5, 44)
new = """Dear Priya,

Thank you for your response and the details shared.

I would like to clarify that no merge has been performed on your accounts
till now. Account AWS 09912035 and account AWS 05530718 are still two
separate profiles in our system. The reason you see only one profile after
login is that you are signing in with the same Amazon login for both; this
is not related to a merge.

I have shared your details with our backend team for verification. Once
they complete the review, we will share the merge details with you for your
confirmation and only after that the merge will be done.

Thanks & Regards,
Mohamed Fazil
AWS Training and Certification"""
quoted = """From: Priya Raman <priya.raman88@outlook.com>
Sent: Wednesday, March 15, 2023 9:14 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 12894457031] [AWS Training and Certification Form Submission] - account-assistance

Hello Mohamed,

1) AWS09912035 - priya.raman88@outlook.com, AWS05530718 - priya.r@veltrasoft.com
2) I changed job and lost access to the old work mailbox for some time.

BTW when I log in now I see only one account, did you already merge them?

Regards,
Priya"""
text = new + "\n\n" + quoted + "\n\n" + C_FORM + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted + "\n\n" + C_FORM, font='Calibri, sans-serif'), 'html'),
           '----=_Part_5699301_1203355781.1678957544810')
aws_mail('015-agent-clarifies-no-merge-done-till-now.eml', 'support_reply', C_CASE, True, 'en',
         to=C_TO, subject='RE:' + C_SUBJ, t=t, body=body, new=new, ids=['AWS09912035', 'AWS05530718'],
         provider='outlook', host=0)

# 016 merge_confirmation_requested: conditional, lower-case ids ---------
t = T(2023, 3, 17, 13, 28, 19)
new = """Dear Priya,

Thank you for your patience.

As per our backend team, the below merge can be performed for your
certification accounts:

   Source account (will be deactivated) : aws09912035
   Destination account (will remain)    : aws05530718

All the certifications, exam history and benefits of source account will be
moved to the destination account. Kindly note that once merged, it cannot be
reverted.

If you are agree with the above, kindly reply to this email with "Yes, I
confirm" and we will proceed further. In case you want to keep the other
account as primary, please let us know the same in your reply.

Thanks & Regards,
Mohamed Fazil
AWS Training and Certification"""
quoted = """From: Priya Raman <priya.raman88@outlook.com>
Sent: Thursday, March 16, 2023 7:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 12894457031] [AWS Training and Certification Form Submission] - account-assistance

OK thanks for clarifying, I will wait.
Priya"""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text, cte='base64'), textpart(html_simple(new, quoted, font='Calibri, sans-serif'), 'html', cte='base64'),
           '----=_Part_5731188_1844120093.1679059699021')
aws_mail('016-backend-says-merge-possible-reply-yes-i-confirm.eml', 'merge_confirmation_requested', C_CASE, True, 'en',
         to=C_TO, subject='RE:' + C_SUBJ, t=t, body=body, new=new, ids=['AWS09912035', 'AWS05530718'],
         provider='outlook', host=2)

# 017 merge_completed: "consolidated", no word merge ---------------------
t = T(2023, 3, 20, 8, 16, 2)
new = """Dear Priya,

Greetings from AWS Training and Certification!

We are happy to inform you that your two certification profiles have been
consolidated successfully. Now all your certifications are reflecting under
AWS05530718 and the profile AWS09912035 is deactivated.

Kindly login with priya.r@veltrasoft.com and verify the certifications and
benefits. Please allow up to 48 hours for Credly to reflect the badges.

Thanks & Regards,
Mohamed Fazil
AWS Training and Certification"""
quoted = """-----Original Message-----
From: Priya Raman <priya.raman88@outlook.com>
Sent: Friday, March 17, 2023 8:51 PM
To: Amazon Web Services
Subject: RE:[CASE 12894457031] [AWS Training and Certification Form Submission] - account-assistance

Yes, I confirm. Please go ahead.
Priya"""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted, font='Calibri, sans-serif'), 'html'),
           '----=_Part_5890032_610224871.1679300162095')
aws_mail('017-profiles-consolidated-successfully.eml', 'merge_completed', C_CASE, True, 'en',
         to=C_TO, subject='RE:' + C_SUBJ, t=t, body=body, new=new, ids=['AWS09912035', 'AWS05530718'],
         provider='outlook', host=3)

# 018 survey: HTML-only rating, no recap --------------------------------
t = T(2023, 3, 20, 8, 17, 40)
surl = f"https://pulse.aws/survey/{H('018s', 24)}?caseId={C_CASE}"
new = f"""Tell us about your experience
Case ID: {C_CASE}
Your case has been closed. Was your issue resolved? Yes No
How satisfied were you with the agent who handled your case?"""
html = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#232f3e">
<div style="max-width:600px;margin:0 auto;border:1px solid #d5dbdb">
<div style="background:#232f3e;color:#fff;padding:14px 20px;font-size:18px">AWS Training and Certification</div>
<div style="padding:20px">
<h2 style="margin-top:0">Tell us about your experience</h2>
<p>Case ID: {C_CASE}</p>
<p>Your case has been closed. Was your issue resolved?</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px"><a href="{surl}&amp;resolved=yes" style="display:inline-block;background:#ec7211;color:#fff;padding:8px 26px;text-decoration:none">Yes</a></td>
<td><a href="{surl}&amp;resolved=no" style="display:inline-block;background:#fff;color:#ec7211;border:1px solid #ec7211;padding:8px 26px;text-decoration:none">No</a></td>
</tr></table>
<p>How satisfied were you with the agent who handled your case?</p>
<p>&#9733; <a href="{surl}&amp;csat=1">1</a> &#9733; <a href="{surl}&amp;csat=2">2</a> &#9733; <a href="{surl}&amp;csat=3">3</a> &#9733; <a href="{surl}&amp;csat=4">4</a> &#9733; <a href="{surl}&amp;csat=5">5</a></p>
<p style="font-size:11px;color:#687078">This survey is sent by Amazon Web Services, Inc. Your responses help us improve. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. <a href="https://aws.amazon.com/privacy/">Privacy</a></p>
</div></div></body></html>
"""
body = textpart(html, 'html', cte='base64')
aws_mail('018-tell-us-about-your-experience-html-only.eml', 'survey', C_CASE, True, 'en',
         to=C_TO, subject=f"Tell us about your experience with AWS Training and Certification - Case {C_CASE}",
         t=t, body=body, new=new, ids=[], provider='outlook', host=3)

# ---------------------------------------------------------------- thread D
# Tom Becker, 2020, 10-digit case, corporate relay without Authentication-Results
D_TO = 'tom.becker@hallstein-maschinenbau.de'
D_CASE = '7284516390'


def corp_trace(t, seed, mailfrom, ip, helo):
    r = (t + dt.timedelta(seconds=5)).astimezone(dt.timezone(dt.timedelta(hours=1)))
    return (f"Received: from HMB-EX02.hallstein.local (10.20.1.12) by HMB-EX01.hallstein.local\n"
            f" (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2106.2 via Mailbox\n"
            f" Transport; {rfc(r)}\n"
            f"Received: from mx01.hallstein-maschinenbau.de (10.20.0.25) by HMB-EX02.hallstein.local\n"
            f" (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2106.2; {rfc(r)}\n"
            f"Received: from {helo} ({helo} [{ip}])\n"
            f"\tby mx01.hallstein-maschinenbau.de (Postfix) with ESMTPS id 4CR{H(seed,7).upper()}\n"
            f"\tfor <{D_TO}>; {rfc(r)}\n"
            f"Return-Path: <{mailfrom}>\n"
            f"X-MS-Exchange-Organization-AuthSource: HMB-EX02.hallstein.local\n"
            f"X-MS-Exchange-Organization-AuthAs: Anonymous\n")


def aws_corp(fname, kind, case_id, lang, *, subject, t, body, new, ids, frm, seed=None, host=0):
    seed = seed or fname
    mf, mid = ses_id(t, seed)
    helo, ip = SES_HOSTS[host]
    trace = corp_trace(t, seed, mf + '@email.amazonses.com', ip, helo) + aws_dkim(t, seed)
    add(fname, kind, case_id, None, lang, frm=frm, to=D_TO, subject=subject, date=t, msgid=mid,
        body=body, trace=trace, new=new, ids=ids, extra=ses_common(t, seed, ip))


# 019 merge_completed (2020, no Authentication-Results) -----------------
t = T(2020, 11, 4, 15, 52, 27)
new = """Dear Tom,

Thank you for contacting AWS Training and Certification.

We have merged your accounts as you requested. The certification history of
AWS00873411 is now available in your account AWS01287650, which is the
account you will use going forward. The account AWS00873411 can no longer be
used to sign in.

Please allow up to 48 hours for the changes to be visible in the
AWS Certification Account (CertMetrics) portal.

If you have any further questions, simply reply to this message.

Regards,
Jennifer
AWS Training and Certification"""
quoted = """-----Original Message-----
From: Tom Becker
Sent: 02.11.2020 10:14
Subject: RE: [CASE 7284516390] Merge certification accounts

Hello Jennifer,
yes, this is correct, please merge AWS00873411 into AWS01287650.
Best regards
Tom Becker"""
text = new + "\n\n" + quoted + "\n"
body = textpart(text, charset='us-ascii', cte='7bit')
aws_corp('019-2020-accounts-merged-no-auth-results.eml', 'merge_completed', D_CASE, 'en',
         subject=f"RE: [CASE {D_CASE}] Merge certification accounts", t=t, body=body, new=new,
         ids=['AWS00873411', 'AWS01287650'],
         frm='"AWS Training and Certification" <aws-certification-support@amazon.com>', host=0)

# 020 survey (2020): closure that recaps the merge, no auth results ---
t = T(2020, 11, 6, 16, 0, 3)
new = f"""Dear Tom,

We are writing to let you know that your case {D_CASE} has been resolved
and closed. As a reminder, your accounts were merged on November 4, 2020:
AWS00873411 was merged into AWS01287650.

We would appreciate if you could take two minutes to tell us how we did:
https://amazonexteu.qualtrics.com/jfe/form/SV_{H('020q', 15)}?CaseId={D_CASE}

If your issue was not resolved, reply to this e-mail and we will reopen the
case.

Regards,
AWS Training and Certification"""
body = alt(textpart(new, cte='quoted-printable'), textpart(html_simple(new), 'html', cte='quoted-printable'),
           '----=_Part_77210_20094417.1604678403221')
aws_corp('020-2020-case-closed-survey-recap.eml', 'survey', D_CASE, 'en',
         subject=f"[CASE {D_CASE}] Your case has been closed - please tell us how we did", t=t, body=body,
         new=new, ids=['AWS00873411', 'AWS01287650'],
         frm='"AWS Training and Certification" <aws-certification-support@amazon.com>', host=1)

# 021 credly_badge_issued (2020, youracclaim.com, Gmail) ----------------
t = T(2020, 11, 7, 9, 12, 55)
D_TO2 = 'tom.becker.muc@gmail.com'
acc = f"https://www.youracclaim.com/badges/{H('021a',8)}-{H('021b',4)}-{H('021c',4)}-{H('021d',4)}-{H('021e',12)}"
txt = f"""Tom, you've earned a badge from Amazon Web Services Training and Certification!

AWS Certified Developer - Associate

Accept your badge: {acc}

Your badge has been issued to you in Acclaim. Once you accept it you can
share it on LinkedIn, Twitter and Facebook, or embed it on your website.

Acclaim - Credly, Inc., 1350 Broadway, Suite 1010, New York, NY 10018
"""
html = credly_badge_html('Tom', 'AWS Certified Developer - Associate',
                         'Amazon Web Services Training and Certification', acc).replace('Credly is the end-to-end', 'Acclaim is the end-to-end')
mailfrom = f"bounces+1185{int(H('021',3),16)%900+100}-{H('021x',4)}-tom.becker.muc=gmail.com@sg.youracclaim.com"
trace = gmail_trace(D_TO2, t, mailfrom, '167.89.101.17', 'o2.sg.youracclaim.com', '021',
                    [('pass', 'youracclaim.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
                    hfrom='youracclaim.com', dpol='NONE') + dkim('youracclaim.com', 's1', 'from:subject:to:mime-version:content-type', '021', t)
body = alt(textpart(txt, cte='7bit', charset='us-ascii'), textpart(html, 'html', cte='quoted-printable'),
           '9c0b8f1e44d2a7a3d6f5e2b1c08a4f37')
add('021-2020-acclaim-badge-earned.eml', 'credly_badge_issued', None, True, 'en',
    frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
    to=D_TO2, subject="Tom, you've earned a badge from Amazon Web Services Training and Certification",
    date=t, msgid=f"<{H('021m',24)}@ismtpd0009p1iad2.sendgrid.net>", body=body, trace=trace, new=txt, ids=[])

# ---------------------------------------------------------------- thread E
# Lukas Novak, console case (English), 15-digit, Gmail.  AWS12774390 -> AWS10065521
E_TO = 'lukas.novak.dev@gmail.com'
E_OPEN = T(2025, 8, 4, 7, 58, 21)
E_CASE = case15(E_OPEN, '11376')
E_TITLE = 'Merge two AWS Certification accounts'
CONSOLE_FOOT = f"""To see the details of this case or add a reply, please sign in to the
Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={{cid}}&language=en

Please note: this e-mail was sent from an address that cannot accept
incoming e-mail. To respond, use the Support Center link above.

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/home#/case/?displayId={{cid}}&language=en&rating=true

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210"""

# 022 case_created (console, English) ----------------------------------
t = plus(E_OPEN, seconds=18)
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {E_CASE}
to address your issue.

The details of your case are as follows:

Case ID: {E_CASE}
Subject: {E_TITLE}
Severity: General guidance
Correspondence: Hi, I ended up with two certification profiles after
my employer registered me for an exam. Could you combine them? I'd like
to keep the one linked to my personal e-mail.

We will respond to your case within the time frame of the severity you
selected.

To see the details of this case or add a reply, please sign in to the
Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept
incoming e-mail.

Best regards,
Amazon Web Services"""
body = alt(textpart(new), textpart(html_simple(new), 'html'), '----=_Part_10448771_1995551243.1754294319772')
aws_mail('022-console-you-have-opened-a-new-case.eml', 'case_created', E_CASE, True, 'en',
         frm=AWS_NOREPLY, to=E_TO, subject=f"Amazon Web Services: You have opened a new Support case: {E_CASE}",
         t=t, body=body, new=new, ids=[], host=0)

# 023 support_reply: bare "new correspondence added" notice --------------
t = T(2025, 8, 4, 19, 20, 45)
new = f"""Hello,

We've added new correspondence to your case {E_CASE}.

To view the correspondence and respond, please sign in to the Support
Center: https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept
incoming e-mail.

Best regards,
Amazon Web Services"""
body = textpart(new, charset='utf-8', cte='7bit')
aws_mail('023-console-new-correspondence-added.eml', 'support_reply', E_CASE, True, 'en',
         frm=AWS_NOREPLY, to=E_TO, subject=f"[Case {E_CASE}] New correspondence added",
         t=t, body=body, new=new, ids=[], host=1)

# 024 support_reply: handed to another team, merge details to follow ------
t = T(2025, 8, 5, 9, 3, 11)
new = f"""Hello Lukas,

Thank you for reaching out, and for the details of both profiles
(AWS-12774390 and AWS-10065521).

Certification accounts are managed by the AWS Training and Certification
team rather than by AWS Support, so I have transferred your request to
them and they will continue to reply on this same case. Once they have
verified that both profiles belong to you, they will send you the proposed
merge (which profile remains) and ask for your confirmation. Nothing is
changed on either profile until you confirm.

You don't need to open a new case; please keep all correspondence here.

Best regards,
Oluwaseun A.
Amazon Web Services
We value your feedback. Please share your experience by rating this and
other correspondences in the AWS Support Center.

""" + CONSOLE_FOOT.format(cid=E_CASE)
body = alt(textpart(new), textpart(html_simple(new), 'html'), '----=_Part_10521907_612099317.1754384591021')
aws_mail('024-transferred-to-tc-team-they-will-ask-confirmation.eml', 'support_reply', E_CASE, True, 'en',
         frm=AWS_NOREPLY, to=E_TO, subject=f"RE:[CASE {E_CASE}] {E_TITLE}",
         t=t, body=body, new=new, ids=['AWS12774390', 'AWS10065521'], host=2)

# 025 support_reply: chaser for missing info (no accounts named) ---------
t = T(2025, 8, 8, 10, 44, 0)
new = """Hello Lukas,

I'm following up on the previous message from my colleague on this case.
To verify ownership we still need the sign-in e-mail address that you use
for the second certification profile (the one your employer created).

Could you please add it to the case? If we do not hear back from you
within 7 days, this case will be resolved automatically; you can reopen it
at any time by replying from the Support Center.

Kind regards,
Haruto Kimura
AWS Training and Certification

""" + CONSOLE_FOOT.format(cid=E_CASE)
body = alt(textpart(new, cte='base64'), textpart(html_simple(new), 'html', cte='base64'),
           '----=_Part_10700012_103944871.1754649840221')
aws_mail('025-follow-up-still-need-second-login-email.eml', 'support_reply', E_CASE, True, 'en',
         frm=AWS_NOREPLY, to=E_TO, subject=f"RE:[CASE {E_CASE}] {E_TITLE}",
         t=t, body=body, new=new, ids=[], host=3)

# 026 merge_confirmation_requested: chaser that names the accounts ----
t = T(2025, 8, 12, 14, 9, 37)
new = """Hello Lukas,

Thank you for sending the second sign-in address; we have verified both
profiles.

Just a gentle reminder that we are still waiting for your go-ahead on the
merge I described on Saturday. To recap:

  - AWS12774390 (lukas.novak@corvent-it.eu) will be merged into
  - AWS10065521 (lukas.novak.dev@gmail.com), which is the profile you keep.

Your exam history, certifications and benefits from AWS12774390 will move
to AWS10065521, and AWS12774390 will be closed. This can't be undone.

Could you please reply on the case to confirm that this is what you want?
We won't make any change until we have your confirmation.

Kind regards,
Haruto Kimura
AWS Training and Certification

""" + CONSOLE_FOOT.format(cid=E_CASE)
body = alt(textpart(new), textpart(html_simple(new), 'html'), '----=_Part_10899931_1501190022.1754997777120')
aws_mail('026-reminder-we-still-need-your-go-ahead.eml', 'merge_confirmation_requested', E_CASE, True, 'en',
         frm=AWS_NOREPLY, to=E_TO, subject=f"RE:[CASE {E_CASE}] {E_TITLE}",
         t=t, body=body, new=new, ids=['AWS12774390', 'AWS10065521'], host=1)

# 027 merge_completed: reported by the other team, HTML-only ------------
t = T(2025, 8, 14, 6, 51, 12)
new = f"""Hello Lukas,
Our AWS Training and Certification back-office team has let me know that the
merge was carried out this morning: profile AWS12774390 has been merged into
AWS10065521. Your certifications now appear under AWS10065521, and you can
sign in with lukas.novak.dev@gmail.com.
Badges on Credly will follow within a couple of days.
Best regards,
Haruto Kimura
AWS Training and Certification
Case {E_CASE}"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Lukas,</p>
<p>Our AWS Training and Certification back-office team has let me know that the merge was carried out this morning: profile <b>AWS12774390</b> has been merged into <b>AWS10065521</b>. Your certifications now appear under AWS10065521, and you can sign in with <a href="mailto:lukas.novak.dev@gmail.com">lukas.novak.dev@gmail.com</a>.</p>
<p>Badges on Credly will follow within a couple of days.</p>
<p>Best regards,<br>Haruto Kimura<br>AWS Training and Certification</p>
<hr style="border:0;border-top:1px solid #d5dbdb">
<p style="font-size:12px;color:#545b64">To see the details of this case or add a reply, please sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&amp;language=en">Support Center</a>. Case {E_CASE}.<br>
This e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p style="font-size:12px;color:#545b64">Was this response helpful? <a href="https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&amp;language=en&amp;rating=true">Rate it</a></p>
</div></body></html>
"""
body = textpart(html, 'html', cte='quoted-printable')
aws_mail('027-back-office-team-carried-out-merge-html.eml', 'merge_completed', E_CASE, True, 'en',
         frm=AWS_NOREPLY, to=E_TO, subject=f"RE:[CASE {E_CASE}] {E_TITLE}",
         t=t, body=body, new=new, ids=['AWS12774390', 'AWS10065521'], host=0)

# 028 survey: console case resolved, no recap --------------------------
t = T(2025, 8, 21, 6, 52, 1)
new = f"""Hello,

Your AWS Support case {E_CASE} has been resolved because there has been no
activity on it for some time.

If you still need help, you can reopen the case from the Support Center
within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&language=en

How would you rate your overall support experience?
Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
https://pulse.aws/survey/{H('028', 24)}?displayId={E_CASE}

Best regards,
Amazon Web Services"""
body = alt(textpart(new), textpart(html_simple(new), 'html'), '----=_Part_11233301_99120347.1755759121337')
aws_mail('028-console-case-resolved-rate-experience.eml', 'survey', E_CASE, True, 'en',
         frm=AWS_NOREPLY, to=E_TO, subject=f"[Case {E_CASE}] Your AWS Support case has been resolved",
         t=t, body=body, new=new, ids=[], host=4)

# ---------------------------------------------------------------- phishing
# 029 merge_confirmation_requested, look-alike domain (passes for itself) --
t = T(2025, 8, 13, 3, 17, 48)
dom = 'aws-trainingcert-support.com'
new = f"""Dear Candidate,

We have received a request to merge your AWS Certification account
AWS10065521 with another candidate profile.

To avoid the loss of your certifications and exam vouchers, you must confirm
which account should remain active within 24 hours. Please sign in below and
approve the merge:

  Confirm account merge: https://{dom}/merge/confirm?cid=AWS10065521&t={H('029t',16)}

If you do not confirm, both profiles may be suspended for security reasons.

Sincerely,
AWS Training & Certification Account Services
(c) 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved."""
html = f"""<html><body style="font-family:Arial;font-size:14px">
<img src="https://{dom}/img/aws-logo.png" width="80" alt="aws"><br><br>
<p>Dear Candidate,</p>
<p>We have received a request to merge your AWS Certification account <b>AWS10065521</b> with another candidate profile.</p>
<p>To avoid the loss of your certifications and exam vouchers, you must confirm which account should remain active within <b>24 hours</b>. Please sign in below and approve the merge:</p>
<p><a href="https://{dom}/merge/confirm?cid=AWS10065521&amp;t={H('029t',16)}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm account merge</a></p>
<p>If you do not confirm, both profiles may be suspended for security reasons.</p>
<p>Sincerely,<br>AWS Training &amp; Certification Account Services</p>
<p style="font-size:10px;color:#888">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>
"""
mf = f"bounce-{H('029b',6)}@{dom}"
trace = gmail_trace(E_TO, t, mf, '185.234.72.19', f'mail.{dom}', '029', [('pass', dom, 'mail')],
                    hfrom=dom, dpol='NONE') + dkim(dom, 'mail', 'from:to:subject:date:message-id', '029', t)
body = alt(textpart(new), textpart(html, 'html'), '=_f3a91c0d7e2b5a8c64d1')
add('029-phish-lookalike-confirm-merge-24h.eml', 'merge_confirmation_requested', None, False, 'en',
    frm=f'"AWS Training & Certification" <certification@{dom}>', to=E_TO,
    subject='Action required: confirm the merge of your AWS Certification account',
    date=t, msgid=f"<{H('029m',20)}@{dom}>", body=body, trace=trace, new=new, ids=['AWS10065521'],
    xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')

# 030 merge_completed, spoofed amazon.com: top AR dmarc=fail, forged AR below
t = T(2025, 6, 3, 22, 40, 9)
fake_case = '175298821400318'
forged = ("Authentication-Results: mx.google.com;\n"
          "       dkim=pass header.i=@amazon.com header.s=yg4mwqurec7fkhzutopddd3ytuaqrsuz;\n"
          "       spf=pass smtp.mailfrom=amazonses.com;\n"
          "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com\n"
          "Received: from localhost (unknown [10.0.3.7])\n"
          "\tby mailer01.srv-notify.top (Postfix) with ESMTPA id 9C1F2412A7\n"
          f"\tfor <{A_TO}>; {rfc(t)}\n")
mf = 'info@srv-notify.top'
trace = gmail_trace(A_TO, t, mf, '45.141.87.203', 'mailer01.srv-notify.top', '030',
                    [('fail', 'amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrsuz')], spf='pass',
                    dmarc='fail', lower=forged)
trace += dkim('amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrsuz', 'From:To:Subject:Date', '030', t)
new = f"""Hello,

Your AWS Certification accounts have been merged successfully
(Case {fake_case}).

However, the certification benefits linked to your merged profile (50% exam
discount voucher and practice exam) are currently ON HOLD because we could
not verify your billing identity.

Please verify your details within 48 hours to release your benefits:
https://aws-cert-benefits.srv-notify.top/verify?case={fake_case}

Best regards,
Amazon Web Services"""
body = textpart(new, cte='quoted-printable')
add('030-spoofed-amazon-merged-verify-benefits-dmarc-fail.eml', 'merge_completed', fake_case, False, 'en',
    frm=AWS_NOREPLY, to=A_TO,
    subject=f"RE:[CASE {fake_case}] Your certification accounts have been merged - action needed",
    date=t, msgid=f"<{H('030m',16)}.{H('030n',8)}@srv-notify.top>", body=body, trace=trace, new=new, ids=[])

# 031 credly_badge_issued, look-alike domain ------------------------------
t = T(2023, 4, 2, 17, 22, 31)
dom = 'credly-notifications.net'
acc = f"https://{dom}/claim/{H('031c',32)}"
txt = f"""Priya, Amazon Web Services Training and Certification has issued you a new badge!

AWS Certified Solutions Architect - Professional

Claim your badge within 72 hours or it will be revoked:
{acc}
"""
html = credly_badge_html('Priya', 'AWS Certified Solutions Architect - Professional',
                         'Amazon Web Services Training and Certification', acc).replace('Accept your badge', 'Claim your badge')
mf = f"noreply@{dom}"
trace = outlook_trace(C_TO, t, dom, '193.169.254.41', f'smtp.{dom}', '031', [('pass', dom)],
                      hfrom=dom, compauth='pass reason=100') + dkim(dom, 'k1', 'from:to:subject', '031', t)
body = alt(textpart(txt), textpart(html, 'html'), '_000_b77f21c9e0a4d38a_')
add('031-lookalike-credly-claim-badge-72h.eml', 'credly_badge_issued', None, False, 'en',
    frm=f'"Credly" <badges@{dom}>', to=C_TO,
    subject='Priya, you have been issued a new badge by Amazon Web Services Training and Certification',
    date=t, msgid=f"<{H('031m',24)}@{dom}>", body=body, trace=trace, new=txt, ids=[])

# ---------------------------------------------------------------- Credly genuine
# 032 credly_badge_issued: pending badge reminder ("waiting to be accepted")
t = T(2025, 8, 19, 13, 5, 50)
acc = f"https://www.credly.com/badges/{H('032a',8)}-{H('032b',4)}-{H('032c',4)}-{H('032d',4)}-{H('032e',12)}/accept"
txt = f"""Lukas, your badge is waiting for you!

Amazon Web Services Training and Certification issued you the badge
"AWS Certified Developer - Associate" on August 15, 2025, and it is ready
to be accepted.

Accept your badge: {acc}

Once accepted, you can share your badge on LinkedIn and with your network.

Credly, Inc. - 6 Kimball Lane, Suite 230 - Lynnfield, MA 01940
Manage notifications: https://www.credly.com/earner/settings/notifications
"""
extra_p = ('<tr><td style="padding:12px 40px 0 40px;font-size:14px;text-align:center;">Issued on August 15, 2025 '
           '&middot; ready to be accepted</td></tr>')
html = credly_badge_html('Lukas', 'AWS Certified Developer - Associate',
                         'Amazon Web Services Training and Certification', acc, extra_p).replace(
    'has issued you a new badge!', 'has issued you a badge that is waiting to be accepted')
body = alt(textpart(txt), textpart(html, 'html'), 'a3e1c9770f5b4d8e9d2c11b04f6a7e35')
add('032-credly-badge-waiting-to-be-accepted.eml', 'credly_badge_issued', None, True, 'en',
    frm='"Credly" <admin@credly.com>', to=E_TO,
    subject='Reminder: your badge from Amazon Web Services Training and Certification is waiting',
    date=t, msgid=f"<{H('032m',22)}@geopod-ismtpd-{int(H('032',2),16)%40}>",
    body=body, trace=credly_trace(E_TO, t, '032'), new=txt, ids=[])

# 033 credly_badge_issued: moved to surviving account, M365 recipient -----
t = T(2025, 6, 13, 23, 58, 4)
B_TO2 = 'm.sato@kaede-systems.co.jp'
acc = f"https://www.credly.com/badges/{H('033a',8)}-{H('033b',4)}-{H('033c',4)}-{H('033d',4)}-{H('033e',12)}/accept"
txt = f"""Misaki, Amazon Web Services Training and Certification has issued you a new badge!

AWS Certified Solutions Architect - Associate

This badge was previously issued to another e-mail address and has been
re-issued to this address following an update to your AWS Certification
account.

Accept your badge: {acc}

Credly, Inc. - 6 Kimball Lane, Suite 230 - Lynnfield, MA 01940
"""
extra_p = ('<tr><td style="padding:12px 40px 0 40px;font-size:14px;color:#555555;">This badge was previously issued to '
           'another e-mail address and has been re-issued to this address following an update to your AWS Certification '
           'account.</td></tr>')
html = credly_badge_html('Misaki', 'AWS Certified Solutions Architect - Associate',
                         'Amazon Web Services Training and Certification', acc, extra_p)
body = alt(textpart(txt, cte='base64'), textpart(html, 'html', cte='base64'), '5be0d1a2c3f44e6f8a9b0c1d2e3f4a5b')
add('033-credly-badge-reissued-to-new-address.eml', 'credly_badge_issued', None, True, 'en',
    frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=B_TO2,
    subject='Misaki, you have been issued a new badge by Amazon Web Services Training and Certification',
    date=t, msgid=f"<{H('033m',22)}@geopod-ismtpd-{int(H('033',2),16)%40}>",
    body=body, trace=credly_trace(B_TO2, t, '033', provider='outlook'), new=txt, ids=[])

# 034 unrelated: Credly's own self-service account merge code ------------
t = T(2025, 6, 2, 8, 14, 27)
code = '482913'
txt = f"""Hi Daniel,

Someone (hopefully you) asked to merge another Credly account into the
Credly account registered to d.okafor.cloud@gmail.com.

Your verification code is: {code}

Enter this code on the Credly website, or click the button below to
finish:

Complete Account Merge:
https://www.credly.com/users/account_merge/confirm?token={H('034t',40)}

The code expires in 30 minutes. If you did not request this, you can
ignore this e-mail; no accounts will be merged.

The Credly Team
"""
html = html_simple(txt, font='Helvetica, Arial, sans-serif').replace(
    'Complete Account Merge:<br>\n', '<a href="https://www.credly.com/users/account_merge/confirm?token=' + H('034t', 40)
    + '" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Complete Account Merge</a><br>\n')
body = alt(textpart(txt), textpart(html, 'html'), 'e02c6f1a9b8d47c3a1f0d2e3c4b5a697')
add('034-credly-self-service-merge-code.eml', 'unrelated', None, True, 'en',
    frm='"Credly" <admin@credly.com>', to=A_TO, subject='Your Credly account merge verification code',
    date=t, msgid=f"<{H('034m',22)}@geopod-ismtpd-{int(H('034',2),16)%40}>",
    body=body, trace=credly_trace(A_TO, t, '034'), new=txt, ids=[])

# 035 unrelated: Credly badge expiry reminder ------------------------------
t = T(2023, 8, 8, 14, 2, 19)
txt = """Tom, your badge expires soon

Your badge "AWS Certified Developer - Associate" issued by Amazon Web
Services Training and Certification expires on November 4, 2023.

To keep your credential current, visit the issuer's website to learn
about recertification:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned

Credly, Inc. - 6 Kimball Lane, Suite 230 - Lynnfield, MA 01940
"""
body = alt(textpart(txt), textpart(html_simple(txt, font='Helvetica, Arial, sans-serif'), 'html'),
           '77c1de0f29ab4c5e8f3d6a1b2c0e9d48')
add('035-credly-badge-expires-soon.eml', 'unrelated', None, True, 'en',
    frm='"Credly" <admin@credly.com>', to=D_TO2, subject='Your AWS Certified Developer - Associate badge expires soon',
    date=t, msgid=f"<{H('035m',22)}@geopod-ismtpd-{int(H('035',2),16)%40}>",
    body=body, trace=credly_trace(D_TO2, t, '035'), new=txt, ids=[])

# ---------------------------------------------------------------- unrelated look-alikes
# 036 Seller Central case, same RE:[CASE] style, about merging ASINs ------
t = T(2025, 7, 22, 17, 31, 46)
new = """Hello,

Thank you for your patience while we looked into this for you.

I'm happy to let you know that the duplicate detail pages you reported have
now been merged. ASIN B0CX7QH2LM has been merged into ASIN B0CX7KD9RT and
all offers now appear on the single detail page. It can take up to 24 hours
for the change to be visible to buyers.

If there is anything else, please reply to this case from Seller Central
(Help > Case Log).

We value your feedback. Please rate my response using the buttons below.
Was this helpful?  Yes | No

Thanks,
Viktor S.
Amazon Selling Partner Support

To contact us, please use the Contact Us link in Seller Central. This e-mail
address is not monitored."""
body = alt(textpart(new), textpart(html_simple(new), 'html'), '----=_Part_19883412_2011932177.1753205506821')
aws_mail('036-seller-central-asins-merged.eml', 'unrelated', '5884881212', True, 'en',
         frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>', to=E_TO,
         subject='RE:[CASE 5884881212] Duplicate listings - please merge ASIN B0CX7QH2LM',
         t=t, body=body, new=new, ids=[], host=2)

# 037 other AWS support case: "merge" two AWS (billing) accounts --------
t = T(2025, 7, 3, 12, 12, 5)
F_OPEN = T(2025, 7, 2, 20, 40, 11)
F_CASE = case15(F_OPEN, '40019')
new = f"""Hello Daniel,

Thank you for contacting AWS Billing and Accounts.

I understand you would like to merge your two AWS accounts (123456789012 and
210987654321) so that you receive a single bill. Please note that it isn't
possible to merge two AWS accounts into one. What you can do instead is use
AWS Organizations: create an organization from the account you want as the
management account, then invite the other account as a member. Both
accounts will then be billed together (consolidated billing).

Step-by-step instructions:
https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html

Nothing has been changed on either account. If you'd like us to walk you
through it, reply on this case.

Best regards,
Camila R.
Amazon Web Services

""" + CONSOLE_FOOT.format(cid=F_CASE)
body = alt(textpart(new), textpart(html_simple(new), 'html'), '----=_Part_17220918_1088312900.1751544725771')
aws_mail('037-billing-case-cannot-merge-aws-accounts-use-organizations.eml', 'unrelated', F_CASE, True, 'en',
         frm=AWS_NOREPLY, to=A_TO, subject=f"RE:[CASE {F_CASE}] Merge two AWS accounts into one bill",
         t=t, body=body, new=new, ids=[], host=1)

# 038 Japanese case-opened ack for a quota increase (not the merge) ------
G_OPEN = T(2025, 6, 11, 4, 2, 39)
G_CASE = case15(G_OPEN, '70552')
t = plus(G_OPEN, seconds=22)
new = f"""アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {G_CASE} をオープンしました。

ケース ID： {G_CASE}
件名： 上限緩和のリクエスト: EC2 オンデマンドインスタンス (ap-northeast-1)
重要度： 一般的なガイダンス
連絡方法： ウェブ

サービスクォータの引き上げリクエストは、通常数営業日以内に処理されます。
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={G_CASE}&language=ja

※このメールアドレスは送信専用です。

アマゾン ウェブ サービス"""
body = textpart(new, charset='iso-2022-jp', cte='7bit')
aws_mail('038-ja-case-opened-quota-increase.eml', 'unrelated', G_CASE, True, 'ja',
         frm=AWS_NOREPLY, to=B_TO,
         subject=f"アマゾン ウェブ サービス: 新しいサポートケースをオープンしました: {G_CASE}",
         subj_charset='iso-2022-jp', t=t, body=body, new=new, ids=[], provider='jp',
         authserv='mx.nifty.com', host=4)

# 039 CertMetrics "wants to hear from you" (authentic, not AWS/Credly) ---
t = T(2023, 3, 28, 16, 0, 12)
new = """AWS Certification wants to hear from you

Dear Priya Raman,

Thank you for being part of the AWS Certification community. We'd like to
learn about your experience preparing for and taking your AWS Certification
exam. The survey takes about 10 minutes.

Candidate ID: AWS05530718

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=7f1c0a

Thank you,
AWS Training and Certification

Please do not reply to this message; this mailbox is not monitored."""
mf = 'do-not-reply@certmetrics.com'
trace = outlook_trace(C_TO, t, 'certmetrics.com', '168.245.75.92', 'o7.ptr2214.certmetrics.com', '039',
                      [('pass', 'certmetrics.com')], hfrom='certmetrics.com') + \
    dkim('certmetrics.com', 's1', 'from:subject:to:mime-version:content-type', '039', t)
body = alt(textpart(new, cte='quoted-printable'), textpart(html_simple(new, font='Verdana, sans-serif'), 'html'),
           '----=_NextPart_000_0217_01D95F3C.2A8B1E40')
add('039-certmetrics-wants-to-hear-from-you.eml', 'unrelated', None, False, 'en',
    frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=C_TO,
    subject='AWS Certification wants to hear from you', date=t,
    msgid=f"<{H('039m',20)}@certmetrics.com>", body=body, trace=trace, new=new, ids=['AWS05530718'])

# 040 Pearson VUE appointment confirmation (ja) --------------------------
t = T(2025, 6, 20, 9, 14, 33)
new = """佐藤 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験の予約が確定いたしました。

試験： SAA-C03: AWS Certified Solutions Architect - Associate
日時： 2025年7月5日（土） 10:00 JST
受験方法： OnVUE（オンライン監督試験）
受験者 ID： AWS02291843
登録 ID： 492817365

試験開始の 30 分前からチェックインできます。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE カスタマーサービス"""
mf = f"bounce-{H('040',8)}@pearsonvue.com"
trace = jp_trace(B_TO, t, 'mx.nifty.com', mf, '198.21.5.108', 'mail108.pearsonvue.com', '040',
                 dkim_d='pearsonvue.com', hfrom='pearsonvue.com') + dkim('pearsonvue.com', 'pvue', 'from:to:subject:date', '040', t)
body = alt(textpart(new, cte='quoted-printable'), textpart(html_simple(new, font='Meiryo, sans-serif'), 'html',
           cte='quoted-printable'), '----=_Part_3301_1200441.1750410873000')
add('040-ja-pearson-vue-appointment-confirmed.eml', 'unrelated', None, False, 'ja',
    frm='"Pearson VUE" <pearsonvuecustomerservice@pearsonvue.com>', to=B_TO,
    subject='試験予約確認： AWS Certified Solutions Architect - Associate', subj_charset='utf-8',
    date=t, msgid=f"<{H('040m',18)}@pearsonvue.com>", body=body, trace=trace, new=new, ids=['AWS02291843'])

# 041 AWS Builder ID verification code ---------------------------------
t = T(2025, 8, 16, 8, 1, 19)
new = """Verify your AWS Builder ID e-mail address

Hello,

To finish signing in with your AWS Builder ID, enter the following
verification code:

Verification code: 417 092

This code expires in 10 minutes. If you did not try to sign in, you can
ignore this e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."""
mf_local, mid = ses_id(t, '041')
mf = f"{mf_local}@us-east-1.amazonses.com"
trace = gmail_trace(E_TO, t, mf, '54.240.8.77', 'a8-77.smtp-out.amazonses.com', '041',
                    [('pass', 'signin.aws', 'wu3tbakpxxwxmldvkbecc2ctx3qy2b3n'),
                     ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                    hfrom='signin.aws', dpol='QUARANTINE') + \
    dkim('signin.aws', 'wu3tbakpxxwxmldvkbecc2ctx3qy2b3n', 'Subject:From:To:Date:Mime-Version:Content-Type', '041', t)
body = alt(textpart(new), textpart(html_simple(new), 'html'), '----=_Part_2217031_771034102.1755331279003')
add('041-aws-builder-id-verification-code.eml', 'unrelated', None, True, 'en',
    frm='"AWS Builder ID" <no-reply@signin.aws>', to=E_TO, subject='Verify your AWS Builder ID e-mail address',
    date=t, msgid=mid.replace('email.amazonses', 'us-east-1.amazonses'), body=body, trace=trace, new=new, ids=[])

# 042 GitHub: pull request merged ------------------------------------------
t = T(2025, 6, 4, 12, 45, 3)
new = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/dokafor/cert-tracker/pull/42#event-18211930457
You are receiving this because you authored the thread.

Message ID: <dokafor/cert-tracker/pull/42/issue_event/18211930457@github.com>"""
mf = 'noreply@github.com'
trace = gmail_trace(A_TO, t, mf, '192.30.252.205', 'out-22.smtp.github.com', '042',
                    [('pass', 'github.com', 'pf2023')], hfrom='github.com', dpol='REJECT') + \
    dkim('github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', '042', t)
body = alt(textpart(new, cte='7bit'), textpart(html_simple(new), 'html'), '--==_mimepart_6840400fa1c3b_4c1e0a8c1234_')
add('042-github-pr-merged-account-merge-script.eml', 'unrelated', None, False, 'en',
    frm='"Daniel Okafor" <notifications@github.com>', to='dokafor/cert-tracker <cert-tracker@noreply.github.com>',
    subject='Re: [dokafor/cert-tracker] Handle merged certification profiles in badge sync (PR #42)',
    date=t, msgid='<dokafor/cert-tracker/pull/42/issue_event/18211930457@github.com>',
    in_reply_to='<dokafor/cert-tracker/pull/42@github.com>', references='<dokafor/cert-tracker/pull/42@github.com>',
    body=body, trace=trace, new=new, ids=[], cc='Mention <mention@noreply.github.com>',
    extra=['List-ID: dokafor/cert-tracker <cert-tracker.dokafor.github.com>',
           'X-GitHub-Reason: author'])

# 043 phishing not about the merge: recertification "suspension" -------
t = T(2025, 9, 2, 1, 9, 44)
dom = 'aws-certify-verify.com'
new = """Dear AWS Certified Professional,

Our records indicate that your AWS Certification is due for renewal and
will be SUSPENDED in 3 days unless the recertification fee of USD 75 is
paid.

Renew now to keep your credential active:
https://aws-certify-verify.com/renew?ref=AC-88314

AWS Certification Compliance Team"""
mf = f"renew@{dom}"
trace = outlook_trace(C_TO, t, dom, '91.215.85.142', f'mx1.{dom}', '043', [('none', dom)],
                      spf='softfail', dmarc='none', hfrom=dom, compauth='softpass reason=201')
body = textpart(new, charset='iso-8859-1', cte='quoted-printable')
add('043-phish-recertification-suspension-fee.eml', 'unrelated', None, False, 'en',
    frm=f'"AWS Certification" <renew@{dom}>', to=C_TO,
    subject='URGENT: Your AWS Certification will be suspended', date=t,
    msgid=f"<{H('043m',14)}@{dom}>", body=body, trace=trace, new=new, ids=[])

# 044 AWS Training and Certification newsletter ----------------------------
t = T(2025, 9, 10, 16, 30, 0)
new = """AWS Training and Certification | September 2025

New this month

- AWS Certified Machine Learning Engineer - Associate: updated exam guide
- Skill Builder: 12 new hands-on labs for Amazon Bedrock
- Did you know? Your AWS Certification benefits (including the 50% discount
  on your next exam) are available in your AWS Certification Account under
  "Benefits".

Earned a certification with more than one account? Combine your profiles by
contacting Training and Certification Customer Service before you book your
next exam.

Browse upcoming classes: https://aws.amazon.com/training/events/

You are receiving this e-mail because you subscribed to AWS Training and
Certification communications. Unsubscribe:
https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""
body = alt(textpart(new, cte='quoted-printable'), textpart(html_simple(new), 'html', cte='quoted-printable'),
           '----=_Part_88031_1601204119.1757521800000')
aws_mail('044-tc-newsletter-september.eml', 'unrelated', None, True, 'en',
         frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', to=A_TO,
         subject='What\'s new in AWS Training and Certification - September 2025',
         t=t, body=body, new=new, ids=[], host=0)

# ---------------------------------------------------------------- thread G
# Aisha Bello, form desk, 15-digit, Proton Mail.  AWS13340927 -> AWS06618204
G_TO = 'aisha.bello@proton.me'
G2_OPEN = T(2025, 10, 1, 19, 6, 52)
G2_CASE = case15(G2_OPEN, '03361')
G2_SUBJ = f"[CASE {G2_CASE}] [AWS Training and Certification Form Submission] - account-assistance"


def proton_trace(to, t, seed, host=0, dmarc='pass'):
    mf_local, _ = ses_id(t, seed)
    mailfrom = f"{mf_local}@email.amazonses.com"
    helo, ip = SES_HOSTS[host]
    r = t + dt.timedelta(seconds=2)
    return (f"Return-Path: <{mailfrom}>\n"
            f"X-Original-To: {to}\n"
            f"Delivered-To: {to}\n"
            f"Authentication-Results: mail.protonmail.ch; dkim=pass (Good 2048 bit\n"
            f"    rsa-sha256 signature) header.d=amazon.com header.a=rsa-sha256;\n"
            f"    dkim=pass (Good 1024 bit rsa-sha256 signature) header.d=amazonses.com\n"
            f"    header.a=rsa-sha256\n"
            f"Authentication-Results: mail.protonmail.ch; dmarc={dmarc} (p=quarantine dis=none)\n"
            f"    header.from=amazon.com\n"
            f"Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=email.amazonses.com\n"
            f"Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip={ip}\n"
            f"Received: from {helo} ({helo} [{ip}]) (using TLSv1.3\n"
            f"    with cipher TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519\n"
            f"    server-signature RSA-PSS (2048 bits) server-digest SHA256) (No client\n"
            f"    certificate requested) by mailin025.protonmail.ch (Postfix) with ESMTPS id\n"
            f"    4cb{H(seed,9)} for <{to}>; {rfc(r)}\n"
            + aws_dkim(t, seed)), mailfrom, ip


def aws_proton(fname, kind, case_id, lang, *, subject, t, body, new, ids, frm=AWS_FORM, host=0):
    trace, mailfrom, ip = proton_trace(G_TO, t, fname, host)
    _, mid = ses_id(t, fname)
    add(fname, kind, case_id, True, lang, frm=frm, to=G_TO, subject=subject, date=t, msgid=mid, body=body,
        trace=trace, new=new, ids=ids, extra=ses_common(t, fname, ip))


# 045 case_created: third template, reference number, promises a summary --
t = plus(G2_OPEN, seconds=55)
new = f"""Hi there,

We got your message - thanks for getting in touch with AWS Training and
Certification.

Your reference number is {G2_CASE}. A member of our team will be in touch
within one business day.

What happens next: we'll check the certification accounts you told us
about and, if everything matches, we'll write back with a summary of the
proposed merge for you to approve. You don't need to do anything until then.

If you'd like to add anything, just reply to this e-mail and keep the
reference number in the subject.

AWS Training and Certification Customer Service"""
body = alt(textpart(new), textpart(html_simple(new, font="'Amazon Ember', Arial, sans-serif"), 'html'),
           '----=_Part_21188012_1731100244.1759345667112')
aws_proton('045-form-ack-reference-number-summary-to-follow.eml', 'case_created', G2_CASE, 'en',
           subject=f"We got your message (ref. {G2_CASE})", t=t, body=body, new=new, ids=[], host=2)

# 046 support_reply: thanks for confirming + asks a NON-merge confirmation;
#     body is UTF-8 but labelled us-ascii
t = T(2025, 10, 3, 9, 40, 27)
new = """Hi Aisha,

Thanks for confirming the merge - we’ll go ahead with it.

Before I hand it over to the team, could you please confirm one more thing
for me: which e-mail address would you like to receive notifications on
for AWS06618204 once everything is on that account? Right now it’s set to
aisha@lumen-dataworks.com, and you mentioned you’re leaving that company.

Just reply with the address you’d like us to use (or “keep it as is”).

Cheers,
Niamh O’Connor
AWS Training and Certification Customer Service"""
quoted = """On Thursday, October 2nd, 2025 at 8:12 PM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

> Hi Aisha,
>
> Here is the merge we'd perform:
>   AWS13340927 (aisha.bello@proton.me) -> merged into AWS06618204 (aisha@lumen-dataworks.com)
> AWS06618204 stays; AWS13340927 is retired. This can't be undone.
> Please reply to confirm.
"""
user = """Confirmed, go ahead.

Sent with Proton Mail secure email."""
text = new + "\n\n" + "------- Original Message -------\n" + user + "\n\n" + quoted
body = textpart(text, charset='utf-8', label='us-ascii', cte='quoted-printable')
aws_proton('046-thanks-for-confirming-which-notification-email.eml', 'support_reply', G2_CASE, 'en',
           subject='RE:' + G2_SUBJ, t=t, body=body, new=new, ids=['AWS06618204'], host=1)

# 047 merge_completed that also closes the case --------------------------
t = T(2025, 10, 6, 11, 2, 44)
new = """Hi Aisha,

All done! AWS13340927 has been merged into AWS06618204, and notifications
for AWS06618204 now go to aisha.bello@proton.me as you asked. Your
certifications and the 50% exam voucher should all be visible under
AWS06618204 when you next sign in.

Since that completes your request, I'm closing this case now. You'll get a
short survey about your experience in a separate e-mail - I'd really
appreciate it if you could fill it in.

Cheers,
Niamh O'Connor
AWS Training and Certification Customer Service"""
quoted = """On Friday, October 3rd, 2025 at 1:22 PM, Aisha Bello <aisha.bello@proton.me> wrote:

> Please use aisha.bello@proton.me for notifications. Thanks!
>
> On Friday, October 3rd, 2025 at 11:40 AM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hi Aisha,
> >
> > Thanks for confirming the merge - we'll go ahead with it.
> > Before I hand it over to the team, could you please confirm one more thing
> > for me: which e-mail address would you like to receive notifications on
> > for AWS06618204 once everything is on that account?
"""
text = new + "\n\n" + quoted
body = alt(textpart(text), textpart(html_simple(new, quoted), 'html'), '----=_Part_21567002_404412918.1759748564201')
aws_proton('047-all-done-merged-closing-case.eml', 'merge_completed', G2_CASE, 'en',
           subject='RE:' + G2_SUBJ, t=t, body=body, new=new, ids=['AWS13340927', 'AWS06618204'], host=3)

# 048 survey: closure notice whose summary recaps the merge --------------
t = T(2025, 10, 6, 11, 5, 9)
new = f"""Case closed - tell us how we did

Reference: {G2_CASE}
Summary: Certification accounts merged (AWS13340927 -> AWS06618204).
Handled by: Niamh O'Connor
Status: Closed

Did we resolve your issue?   Yes / No
https://pulse.aws/survey/{H('048', 24)}?ref={G2_CASE}

Something still not right? Reply within 14 days to reopen this case."""
html = f"""<html><body style="margin:0;background:#fafafa">
<div style="max-width:560px;margin:20px auto;background:#fff;font-family:Arial,sans-serif;color:#16191f;border-top:4px solid #ff9900">
<div style="padding:24px">
<h2 style="margin:0 0 12px">Case closed - tell us how we did</h2>
<table style="font-size:14px" cellpadding="4">
<tr><td style="color:#687078">Reference</td><td>{G2_CASE}</td></tr>
<tr><td style="color:#687078">Summary</td><td>Certification accounts merged (AWS13340927 -&gt; AWS06618204).</td></tr>
<tr><td style="color:#687078">Handled by</td><td>Niamh O'Connor</td></tr>
<tr><td style="color:#687078">Status</td><td>Closed</td></tr>
</table>
<p style="margin-top:20px"><b>Did we resolve your issue?</b></p>
<p><a href="https://pulse.aws/survey/{H('048', 24)}?ref={G2_CASE}&amp;r=y">Yes</a> &nbsp;/&nbsp; <a href="https://pulse.aws/survey/{H('048', 24)}?ref={G2_CASE}&amp;r=n">No</a></p>
<p style="font-size:12px;color:#687078">Something still not right? Reply within 14 days to reopen this case.</p>
</div></div></body></html>
"""
body = alt(textpart(new), textpart(html, 'html'), '----=_Part_21567113_1501733920.1759748709004')
aws_proton('048-case-closed-summary-accounts-merged-survey.eml', 'survey', G2_CASE, 'en',
           subject=f"Case closed - tell us how we did (ref. {G2_CASE})", t=t, body=body, new=new,
           ids=['AWS13340927', 'AWS06618204'], host=3)

# 049 support_reply: reopened, answers a voucher question (merge as past fact)
t = T(2025, 10, 9, 15, 18, 30)
new = """Hi Aisha,

Thanks for getting back to us, I've reopened the case.

About your question on the exam voucher: the 50% discount benefit you
earned on AWS13340927 carried over when the two accounts were combined, so
you'll find it under Benefits in AWS06618204. The benefit you already used
in August can't be issued again, which is why only one voucher is listed.

Let me know if anything else looks off.

Cheers,
Niamh O'Connor
AWS Training and Certification Customer Service"""
quoted = """On Thursday, October 9th, 2025 at 2:51 PM, Aisha Bello <aisha.bello@proton.me> wrote:

> Hi, quick question - I only see one 50% voucher now, shouldn't there be two?
> Aisha
"""
text = new + "\n\n" + quoted
body = alt(textpart(text, cte='base64'), textpart(html_simple(new, quoted), 'html', cte='base64'),
           '----=_Part_21799012_1866120055.1760023110775')
aws_proton('049-reopened-voucher-question-answered.eml', 'support_reply', G2_CASE, 'en',
           subject='RE:' + G2_SUBJ, t=t, body=body, new=new, ids=['AWS13340927', 'AWS06618204'], host=0)

# ---------------------------------------------------------------- thread H
# 山本 健太, form desk in Japanese, 2023, 11-digit, biglobe.
# AWS03315566 + AWS08840021 -> AWS06672390
H_TO = 'kenta.yamamoto@biglobe.ne.jp'
H_CASE = '13277120584'
H_SUBJ = f"[CASE {H_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# 050 case_created (ja form desk ack) ------------------------------------
t = T(2023, 4, 10, 13, 26, 40)
new = f"""山本 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせの受付完了を自動でお知らせするものです。

ケース番号： {H_CASE}

内容を確認のうえ、担当者より原則として 24 時間以内にご連絡いたします。
統合のご依頼の場合、担当者から対象アカウントの内容をご案内し、
お客様のご確認をいただいてから作業を行います。

追加の情報がございましたら、件名のケース番号を変更せずに
本メールへご返信ください。同じ内容で新たにお問い合わせを作成されますと、
ご回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサービス"""
body = alt(textpart(new, cte='base64'), textpart(html_simple(new, font='Meiryo, sans-serif'), 'html', cte='base64'),
           '----=_Part_7720114_1899302145.1681133200301')
aws_mail('050-ja-form-ack-case-number.eml', 'case_created', H_CASE, True, 'ja', to=H_TO,
         subject=f"[CASE {H_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定", subj_charset='utf-8',
         t=t, body=body, new=new, ids=[], provider='jp', authserv='mta.biglobe.ne.jp', host=1)

# 051 merge_confirmation_requested (ja, 3 accounts, Shift_JIS) ----------
t = T(2023, 4, 12, 2, 5, 18)
new = f"""山本 健太 様

AWS トレーニングと認定 カスタマーサービスの小林でございます。
ご返信いただき、ありがとうございます。

お知らせいただいた内容を確認いたしました。以下の 3 つのアカウントを、
1 つのアカウントに統合する形でよろしいでしょうか。

　統合元： AWS03315566（kenta.y@outlook.jp）
　統合元： AWS08840021（yamamoto.k@hinode-net.co.jp）
　統合先： AWS06672390（kenta.yamamoto@biglobe.ne.jp） ※このアカウントが残ります

統合後、統合元の 2 アカウントはご利用いただけなくなり、
認定資格・受験履歴・特典はすべて統合先に集約されます。
また、統合後に元の状態へ戻すことはできません。

ご確認いただけましたら、本メールへのご返信にて
「上記の内容で問題ありません」とお知らせください。
ご返信をいただき次第、統合作業を実施いたします。

小林
AWS トレーニングと認定 カスタマーサービス"""
quoted = """2023年4月11日(火) 21:05 山本 健太 <kenta.yamamoto@biglobe.ne.jp>:
> お世話になっております。山本です。
>
> 手元で確認したところ、アカウントは以下の 3 つでした。
> AWS03315566 / AWS08840021 / AWS06672390
> biglobe のアドレスのものを残したいです。
>
> よろしくお願いいたします。"""
text = new + "\n\n" + quoted + "\n"
body = textpart(text, charset='shift_jis', label='Shift_JIS', codec='shift_jis', cte='base64')
aws_mail('051-ja-three-accounts-into-one-please-confirm.eml', 'merge_confirmation_requested', H_CASE, True, 'ja',
         to=H_TO, subject='RE:' + H_SUBJ, t=t, body=body, new=new,
         ids=['AWS03315566', 'AWS08840021', 'AWS06672390'], provider='jp', authserv='mta.biglobe.ne.jp', host=2)

# 052 merge_completed that closes the case (ja) ---------------------------
t = T(2023, 4, 14, 6, 40, 3)
new = """山本 健太 様

AWS トレーニングと認定 カスタマーサービスの小林でございます。

ご承諾いただいておりましたアカウントの統合につきまして、本日作業が
完了いたしました。AWS03315566 および AWS08840021 の認定資格・受験履歴は、
AWS06672390 にて確認いただけます。

ご依頼の内容は以上で完了となりますので、本件はこれにてクローズとさせて
いただきます。後ほどアンケートのご案内をお送りいたしますので、
ご協力いただけますと幸いです。

小林
AWS トレーニングと認定 カスタマーサービス"""
quoted = """2023年4月12日(水) 19:33 山本 健太 <kenta.yamamoto@biglobe.ne.jp>:
> 上記の内容で問題ありません。よろしくお願いします。
>
> 2023年4月12日(水) 11:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 以下の 3 つのアカウントを、1 つのアカウントに統合する形でよろしいでしょうか。
> > 　統合元： AWS03315566
> > 　統合元： AWS08840021
> > 　統合先： AWS06672390"""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted, font='Meiryo, sans-serif'), 'html'),
           '----=_Part_7899013_100283771.1681454403117')
aws_mail('052-ja-merge-finished-and-case-closed.eml', 'merge_completed', H_CASE, True, 'ja',
         to=H_TO, subject='RE:' + H_SUBJ, t=t, body=body, new=new,
         ids=['AWS03315566', 'AWS08840021', 'AWS06672390'], provider='jp', authserv='mta.biglobe.ne.jp', host=3)

# 053 support_reply (ja): Credly move requested from another team ---------
t = T(2023, 4, 17, 1, 51, 49)
new = """山本 健太 様

AWS トレーニングと認定 カスタマーサービスの小林でございます。
ご連絡いただき、ありがとうございます。

Credly のデジタルバッジが統合先に表示されていない件につきまして、
Credly 上のアカウントはお客様の認定アカウントとは別に管理されているため、
別途移行の手続きが必要となります。

本日、担当チームより Credly へバッジの移行を依頼いたしました。
移行が完了いたしましたら、Credly から kenta.yamamoto@biglobe.ne.jp 宛てに
バッジ受け取りのご案内が直接届きますので、今しばらくお待ちください。
なお、AWS06672390 の認定資格には影響はございません。

小林
AWS トレーニングと認定 カスタマーサービス"""
quoted = """2023年4月16日(日) 22:10 山本 健太 <kenta.yamamoto@biglobe.ne.jp>:
> 統合ありがとうございました。
> ただ、Credly のバッジが古いアドレス（kenta.y@outlook.jp）の方に残ったままです。
>
> 2023年4月14日(金) 15:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > ご承諾いただいておりましたアカウントの統合につきまして、本日作業が
> > 完了いたしました。AWS03315566 および AWS08840021 の認定資格・受験履歴は、
> > AWS06672390 にて確認いただけます。"""
text = new + "\n\n" + quoted + "\n"
body = textpart(text, charset='iso-2022-jp', cte='7bit')
aws_mail('053-ja-credly-transfer-requested-other-team.eml', 'support_reply', H_CASE, True, 'ja',
         to=H_TO, subject='RE:' + H_SUBJ, t=t, body=body, new=new, ids=['AWS06672390'],
         provider='jp', authserv='mta.biglobe.ne.jp', host=0)

# ---------------------------------------------------------------- thread I
# Chen Wei, corporate M365, form desk, 15-digit.  AWS14420086 -> AWS02957731
I_TO = 'wei.chen@northwind-analytics.com'
I_OPEN = T(2025, 7, 14, 2, 19, 3)
I_CASE = case15(I_OPEN, '58802')
I_SUBJ = f"[CASE {I_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# 054 case_created: plain-text ack ---------------------------------------
t = plus(I_OPEN, seconds=37)
new = f"""Thank you for submitting your request to AWS Training and Certification.

Case number: {I_CASE}
Topic: Certification - Account Merge

Our team typically responds within 24 hours. When we reply, you can answer
directly from your mailbox; please keep the case number in the subject.

Please do not create another request for the same issue.

AWS Training and Certification"""
body = textpart(new, charset='us-ascii', cte='7bit')
aws_mail('054-form-ack-plain-text-case-number.eml', 'case_created', I_CASE, True, 'en', to=I_TO,
         subject=f"[CASE {I_CASE}] Request received - AWS Training and Certification",
         t=t, body=body, new=new, ids=[], provider='outlook', host=0)

# 055 merge_confirmation_requested: "nothing merged yet" + restates user's choice
t = T(2025, 7, 15, 8, 33, 16)
new = """Hello Wei,

Thank you for the information.

To be clear, nothing has been merged yet - both of your profiles are
unchanged. In your message you asked us to keep AWS 02957731 and retire
AWS 14420086. Before our team goes ahead, I need your explicit approval of
the following:

  Merge FROM: AWS 14420086 (wchen.cloud@gmail.com)
  Merge INTO: AWS 02957731 (wei.chen@northwind-analytics.com)

The profile AWS 14420086 will be closed and everything on it moved to
AWS 02957731. A merge is permanent.

Please reply "I confirm" if this is correct. If you would rather keep the
Gmail profile, tell us and I will update the request.

Best regards,
Sofia Marchetti
AWS Training and Certification Customer Service"""
quoted = """________________________________
From: Wei Chen <wei.chen@northwind-analytics.com>
Sent: Monday, July 14, 2025 3:41 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE """ + I_CASE + """] [AWS Training and Certification Form Submission] - account-assistance

Hi,
Old profile is AWS14420086 (wchen.cloud@gmail.com), new is AWS02957731.
Please merge the old into the new one.
Wei"""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted, font='Calibri, Arial, sans-serif'), 'html'),
           '----=_Part_14420086_288119003.1752568396118')
aws_mail('055-nothing-merged-yet-please-approve-from-into.eml', 'merge_confirmation_requested', I_CASE, True, 'en',
         to=I_TO, subject='RE:' + I_SUBJ, t=t, body=body, new=new, ids=['AWS14420086', 'AWS02957731'],
         provider='outlook', host=1)

# 056 merge_completed: short, Outlook history with nested quotes --------
t = T(2025, 7, 17, 13, 2, 50)
new = """Hello Wei,

I can confirm the merge went through earlier today. Please sign in with
wei.chen@northwind-analytics.com; your certifications from both profiles
are now listed there.

Best regards,
Sofia Marchetti
AWS Training and Certification Customer Service"""
quoted = """From: Wei Chen <wei.chen@northwind-analytics.com>
Sent: Tuesday, July 15, 2025 11:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE """ + I_CASE + """] [AWS Training and Certification Form Submission] - account-assistance

I confirm.

> Merge FROM: AWS 14420086 (wchen.cloud@gmail.com)
> Merge INTO: AWS 02957731 (wei.chen@northwind-analytics.com)
> > Old profile is AWS14420086 (wchen.cloud@gmail.com), new is AWS02957731."""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text, cte='quoted-printable'), textpart(html_simple(new, quoted, font='Calibri, Arial, sans-serif'), 'html'),
           '----=_Part_14601177_904412009.1752757370301')
aws_mail('056-confirm-merge-went-through-today.eml', 'merge_completed', I_CASE, True, 'en',
         to=I_TO, subject='RE:' + I_SUBJ, t=t, body=body, new=new, ids=[], provider='outlook', host=2)

# 057 support_reply: user asks to undo; merge stated as past, cannot reverse
t = T(2025, 7, 22, 9, 27, 5)
new = """Hello Wei,

Thank you for your e-mail.

I'm sorry, but a merge cannot be reversed once it has been completed, and
AWS14420086 can't be restored as a separate profile. If you need your
certifications to appear under a different sign-in address, I can instead
change the login e-mail of AWS02957731 for you. Would you like me to do
that? If so, please let me know the new address.

Best regards,
Sofia Marchetti
AWS Training and Certification Customer Service"""
quoted = """-----Original Message-----
From: Wei Chen <wei.chen@northwind-analytics.com>
Sent: Monday, July 21, 2025 6:15 PM
To: Amazon Web Services
Subject: RE:[CASE """ + I_CASE + """] [AWS Training and Certification Form Submission] - account-assistance

Hi Sofia, I'm leaving Northwind next month. Can you split the accounts again
so I keep the gmail one?"""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted, font='Calibri, Arial, sans-serif'), 'html'),
           '----=_Part_15002881_330126700.1753176425441')
aws_mail('057-merge-cannot-be-reversed-offer-login-change.eml', 'support_reply', I_CASE, True, 'en',
         to=I_TO, subject='RE:' + I_SUBJ, t=t, body=body, new=new, ids=['AWS14420086', 'AWS02957731'],
         provider='outlook', host=3)

# ---------------------------------------------------------------- thread J
# Marta Kowalska opens a second case for the same merge.  Gmail.
J_TO = 'marta.kowalska.pl@gmail.com'
J1_OPEN = T(2025, 9, 11, 18, 2, 30)
J1_CASE = case15(J1_OPEN, '62210')
J2_OPEN = T(2025, 9, 15, 6, 47, 12)
J2_CASE = case15(J2_OPEN, '09174')

# 058 case_created for the duplicate submission ------------------------
t = plus(J2_OPEN, seconds=33)
new = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have received your request and opened case {J2_CASE}. A member of our
Customer Service team will reply to you, in principle within 24 hours.

To add information, reply to this e-mail and keep the case number in the
subject line.

Kind regards,
AWS Training and Certification Customer Service"""
body = alt(textpart(new, cte='quoted-printable'), textpart(html_simple(new), 'html', cte='quoted-printable'),
           '----=_Part_26120113_1188300422.1757918865020')
aws_mail('058-form-ack-second-submission.eml', 'case_created', J2_CASE, True, 'en', to=J_TO,
         subject=f"[CASE {J2_CASE}] We have received your request - AWS Training and Certification",
         t=t, body=body, new=new, ids=[], host=4)

# 059 support_reply on the duplicate case: continue in the first one ------
t = T(2025, 9, 15, 14, 20, 9)
new = f"""Hello Marta,

Thank you for contacting us again.

I can see that your request to combine your certification profiles is
already being handled in case {J1_CASE}, which you opened on 11 September.
In that case my colleague sent you the merge details on 13 September and is
waiting for your reply there - nothing has been merged so far, and nothing
will be until you answer in that case.

To avoid handling the same request twice, I will close this case
({J2_CASE}) without any action. Please reply to the e-mail in case
{J1_CASE} instead; if you cannot find it, check your spam folder for a
message from aws-cs-trainingcertification-form@amazon.com.

Best regards,
Tomasz W.
AWS Training and Certification Customer Service"""
quoted = f"""-------- Original Message --------
Date: 15/09/2025 06:47
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS15530442
Description: I asked for a merge last week and got no answer. Please merge
my accounts AWS15530442 and AWS09001276."""
text = new + "\n\n" + quoted + "\n"
body = alt(textpart(text), textpart(html_simple(new, quoted), 'html'), '----=_Part_26188841_702211350.1757946009338')
aws_mail('059-duplicate-case-continue-in-first-nothing-merged.eml', 'support_reply', J2_CASE, True, 'en',
         to=J_TO, subject=f"RE:[CASE {J2_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
         t=t, body=body, new=new, ids=[], host=2)

# 060 survey (ja, ISO-2022-JP): rating request only -----------------------
t = T(2023, 4, 14, 6, 45, 31)
new = f"""山本 健太 様

このたびは AWS トレーニングと認定 カスタマーサービスをご利用いただき、
誠にありがとうございました。

お問い合わせ（ケース番号： {H_CASE}）への対応について、
今後のサービス向上のため、簡単なアンケートにご協力ください。
所要時間は 1 分程度です。

担当者の対応はいかがでしたか？
　https://pulse.aws/survey/{H('060', 24)}?case={H_CASE}&lang=ja

※本メールは送信専用のアドレスからお送りしています。

AWS トレーニングと認定"""
body = textpart(new, charset='iso-2022-jp', cte='7bit')
aws_mail('060-ja-survey-request-after-closure.eml', 'survey', H_CASE, True, 'ja', to=H_TO,
         subject='【アンケートのお願い】AWS トレーニングと認定へのお問い合わせについて', subj_charset='iso-2022-jp',
         t=t, body=body, new=new, ids=[], provider='jp', authserv='mta.biglobe.ne.jp', host=3)

# ==== END MAILS

if __name__ == '__main__':
    write_all()
