#!/usr/bin/env python3
"""Generator for blind set 215: hard-boundary AWS Certification account-merge mails."""
import os, io, re, json, base64, quopri, random, uuid, html as _html
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
import email

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(215)
LABELS, NEWTEXT, VERIF = {}, {}, {}
COUNTER = [0]

def tz(h, m=0): return timezone(timedelta(hours=h, minutes=m))
UTC = timezone.utc
JST = tz(9)
def dt(y, mo, d, h, mi, s, z=UTC): return datetime(y, mo, d, h, mi, s, tzinfo=z)
def unix(d): return int(d.timestamp())
def later(d, **kw): return d + timedelta(**kw)

def b64r(n): return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
def hexr(n): return ''.join(R.choice('0123456789abcdef') for _ in range(n))
def alnum(n): return ''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))

def ses_local(d):
    ms = unix(d) * 1000 + R.randint(0, 999)
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000"

def fold(line, width=76, indent='\t'):
    """Fold a header line on spaces."""
    words = line.split(' ')
    out, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur); cur = indent + w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return '\n'.join(out)

def pacific(d):
    m, day = d.month, d.day
    dst = (4 <= m <= 10) or (m == 3 and day >= 10) or (m == 11 and day < 3)
    return d.astimezone(tz(-7 if dst else -8)), ('PDT' if dst else 'PST')

def rfc(d): return format_datetime(d)

def dkim_header(d, s, t, h, c='relaxed/simple'):
    b = b64r(256)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (c, s, d, t, h, b64r(32), '\n\t  '.join(bl)))

# ---------------------------------------------------------------- auth presets
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
AMZ_SEL = 'rjt5ylqsrgufw5a3kunecbtr3epb7bwu'
def aws_auth(ip='54.240.8.31', dkim_amz='pass', dmarc='pass', spf='pass'):
    return dict(dkim=[(dkim_amz, 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)],
                spf=spf, ip=ip, dmarc=(dmarc, 'amazon.com', 'QUARANTINE'), ses=True)
def credly_auth(ip='149.72.134.18', dom='credly.com'):
    return dict(dkim=[('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
                spf='pass', ip=ip, dmarc=('pass', dom, 'NONE'), ses=False,
                mailfrom=f'bounces+2231907-{hexr(4)}-%s@em.{dom}')

TRUSTED_ORGS = ('amazon.com', 'amazon.co.jp', 'credly.com', 'youracclaim.com')
def org_of(dom):
    p = dom.lower().split('.')
    if len(p) >= 3 and p[-2] in ('co', 'ne', 'or', 'ac', 'ad', 'com') and len(p[-1]) == 2:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])
def compute_verified(via, auth, from_addr):
    if via is None or auth is None:
        return None
    fdom = from_addr.split('@')[1].lower()
    org = org_of(fdom)
    if org not in TRUSTED_ORGS:
        return False
    dm = auth.get('dmarc')
    if dm and dm[0] == 'pass' and org_of(dm[1]) == org:
        return True
    for r, d, s in auth.get('dkim', []):
        if r == 'pass' and org_of(d) == org:
            return True
    return False

# ---------------------------------------------------------------- A-R renderers
def ar_gmail(a, mailfrom):
    p = []
    for r, d, s in a.get('dkim', []):
        p.append(f"dkim={r} header.i=@{d} header.s={s} header.b={b64r(6)[:8]}")
    ip = a['ip']
    if a['spf'] == 'pass':
        p.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif a['spf'] in ('fail', 'softfail'):
        p.append(f"spf={a['spf']} (google.com: domain of {'transitioning ' if a['spf']=='softfail' else ''}{mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        p.append(f"spf={a['spf']} (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom}) smtp.mailfrom={mailfrom}")
    if a.get('dmarc'):
        r, d, pol = a['dmarc']
        dis = 'NONE' if r == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else pol)
        sp = pol
        p.append(f"dmarc={r} (p={pol} sp={sp} dis={dis}) header.from={d}")
    return p
def ar_gmail_hdr(a, mailfrom, name='Authentication-Results', prefix=''):
    p = ar_gmail(a, mailfrom)
    return f"{name}: {prefix}mx.google.com;\n       " + ";\n       ".join(p)

def ar_ms(a, mailfrom, fromdom):
    s = f"spf={a['spf']} (sender IP is {a['ip']}) smtp.mailfrom={mailfrom.split('@')[1]};"
    for r, d, sel in a.get('dkim', []):
        note = 'signature was verified' if r == 'pass' else 'signature did not verify'
        s += f" dkim={r} ({note}) header.d={d};"
    if a.get('dmarc'):
        r, d, pol = a['dmarc']
        act = 'none' if r == 'pass' else 'quarantine'
        s += f"dmarc={r} action={act} header.from={d};"
        s += "compauth=pass reason=100" if r == 'pass' else "compauth=fail reason=000"
    else:
        s += "dmarc=none action=none header.from=%s;compauth=%s" % (fromdom, 'softpass reason=201' if a['spf'] == 'pass' else 'fail reason=001')
    return fold("Authentication-Results: " + s, 78, ' ')

def ar_jp(a, mailfrom, authserv, dkim_style='i', with_dmarc=True):
    s = f"{authserv}; spf={a['spf']} smtp.mailfrom={mailfrom};"
    for r, d, sel in a.get('dkim', []):
        s += (f" dkim={r} header.i=@{d};" if dkim_style == 'i' else f" dkim={r} header.d={d};")
    if with_dmarc and a.get('dmarc'):
        r, d, pol = a['dmarc']
        s += f" dmarc={r} header.from={d}"
    return fold("Authentication-Results: " + s.rstrip(';'), 76, ' ')

# ---------------------------------------------------------------- traces
def smtp_host(ip):
    o = ip.split('.')
    if ip.startswith('54.240.') or ip.startswith('23.251.'):
        return f"a{o[2]}-{o[3]}.smtp-out.amazonses.com"
    return None

def trace(via, rcpt, a, mailfrom, helo, arrive, forged=None, ip=None):
    """Return list of raw trace header strings (top to bottom)."""
    ip = ip or (a['ip'] if a else '203.0.113.9')
    H = []
    if via == 'gmail':
        pt, zn = pacific(arrive)
        stamp = pt.strftime('%a, %d %b %Y %H:%M:%S %z') + f' ({zn})'
        t = unix(arrive)
        H.append(f"Delivered-To: {rcpt}")
        H.append(f"Received: by 2002:a05:{hexr(4)}:{hexr(3)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {alnum(3)}csp{R.randint(100000,2999999)};\n        {stamp}")
        H.append(f"X-Google-Smtp-Source: AGHT+I{b64r(60)[:86]}")
        H.append(f"X-Received: by 2002:a05:{hexr(4)}:{hexr(3)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {alnum(16)}.{R.randint(10,99)}.{R.randint(1000000000000,9999999999999)};\n        {stamp}")
        H.append(f"ARC-Seal: i=1; a=rsa-sha256; t={t}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64r(200)}")
        H.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b={b64r(200)}")
        if a:
            H.append(ar_gmail_hdr(a, mailfrom, 'ARC-Authentication-Results', 'i=1; '))
        H.append(f"Return-Path: <{mailfrom}>")
        H.append(f"Received: from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {hexr(12)}.{R.randint(10,99)}.{R.randint(2025,2025)}.{R.randint(1000000,9999999)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {stamp}")
        if a:
            spfv = {'pass': 'pass', 'fail': 'fail', 'softfail': 'softfail'}.get(a['spf'], 'neutral')
            H.append(f"Received-SPF: {spfv} (google.com: domain of {mailfrom} {'designates' if spfv=='pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};")
            H.append(ar_gmail_hdr(a, mailfrom))
    elif via in ('o365', 'outlookcom'):
        if via == 'o365':
            srv = [f"SA1PR12MB{R.randint(1000,9999)}.namprd12.prod.outlook.com", f"CH2PR12MB{R.randint(1000,9999)}.namprd12.prod.outlook.com",
                   f"BN9PR03CA0{R.randint(100,999)}.namprd03.prod.outlook.com", f"BN1PEPF0000{R.randint(1000,9999)}.namprd03.prod.outlook.com"]
        else:
            srv = [f"PH7P223MB{R.randint(1000,9999)}.NAMP223.PROD.OUTLOOK.COM", f"SJ0P223MB{R.randint(1000,9999)}.NAMP223.PROD.OUTLOOK.COM",
                   f"CY5PR15CA0{R.randint(100,999)}.namprd15.prod.outlook.com", f"CY4PEPF0000{R.randint(1000,9999)}.namprd03.prod.outlook.com"]
        st = arrive.strftime('%a, %-d %b %Y %H:%M:%S %z')
        v6 = lambda: f"2603:10b6:{hexr(3)}:{hexr(2)}::{R.randint(10,99)}"
        H.append(f"Received: from {srv[0]} ({v6()})\n by {srv[1]} with HTTPS; {st}")
        H.append(f"Received: from {srv[2]} ({v6()}) by\n {srv[0]} ({v6()}) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8{R.randint(100,999)}.{R.randint(10,40)}; {st}")
        H.append(f"Received: from {srv[3]}\n ({v6()}) by {srv[2]}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8{R.randint(100,999)}.{R.randint(10,40)} via Frontend\n Transport; {st}")
        if a:
            fromdom = mailfrom.split('@')[1]
            H.append(ar_ms(a, mailfrom, fromdom))
            sv = 'Pass' if a['spf'] == 'pass' else ('SoftFail' if a['spf'] == 'softfail' else 'Fail')
            H.append(fold(f"Received-SPF: {sv} (protection.outlook.com: domain of {mailfrom.split('@')[1]} {'designates' if sv=='Pass' else 'does not designate'} {ip} as permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C", 78, ' '))
        H.append(f"Received: from {helo} ({ip}) by\n {srv[3]} (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8{R.randint(100,999)}.{R.randint(10,40)} via Frontend\n Transport; {st}")
    elif via in ('nifty', 'ocn', 'yahoojp', 'iij', 'libero', 'docomo'):
        jst = arrive.astimezone(JST)
        st = jst.strftime('%a, %d %b %Y %H:%M:%S +0900 (JST)')
        if via == 'libero':
            st = arrive.astimezone(tz(2 if 4 <= arrive.month <= 10 else 1)).strftime('%a, %d %b %Y %H:%M:%S %z')
        names = {'nifty': ('mx.nifty.com', f'mta-rcv{R.randint(100,999)}.nifty.com', f'mbox{R.randint(10,99)}.nifty.com'),
                 'ocn': ('ocn.ne.jp', f'mx{R.randint(10,99)}.ocn.ne.jp', f'mbox{R.randint(100,999)}.ocn.ne.jp'),
                 'yahoojp': (f'mta{R.randint(5000,5999)}.mail.kks.yahoo.co.jp', f'mta{R.randint(5000,5999)}.mail.kks.yahoo.co.jp', 'mail.yahoo.co.jp'),
                 'iij': ('iij.ad.jp', f'mfilter{R.randint(10,99)}.iij.ad.jp', f'mbox{R.randint(10,99)}.hde.co.jp'),
                 'libero': ('libero.it', f'smtp-{R.randint(10,40)}-i2.italiaonline.it', f'imapweb{R.randint(1,9)}.libero.it'),
                 'docomo': ('mfsmax.docomo.ne.jp', f'mfsmax{R.randint(10,99)}.docomo.ne.jp', 'imap.spmode.ne.jp')}
        authserv, mx, box = names[via]
        H.append(f"Return-Path: <{mailfrom}>")
        H.append(f"Received: from {mx} (localhost [127.0.0.1])\n\tby {box} with LMTP id {alnum(10)}\n\tfor <{rcpt}>; {st}")
        if a:
            if via == 'yahoojp':
                H.append(fold(f"Authentication-Results: {authserv}  from={org_of(mailfrom.split('@')[1])}; domain={mailfrom.split('@')[1]}; " +
                              '; '.join(f"dkim={r}; header.d={d}" for r, d, s in a['dkim']) + (f"; dmarc={a['dmarc'][0]}; header.from={a['dmarc'][1]}" if a.get('dmarc') else ''), 76, ' '))
            elif via == 'libero':
                H.append(ar_jp(a, mailfrom, authserv, 'd', True))
            elif via == 'ocn':
                H.append(ar_jp(a, mailfrom, authserv, 'd', False))
            else:
                H.append(ar_jp(a, mailfrom, authserv, 'i', True))
        H.append(f"Received: from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTPS id {alnum(12).upper()}\n\tfor <{rcpt}>; {st}")
    if forged:
        H.append(forged)
    return H

# ---------------------------------------------------------------- bodies
def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, quoted_cs=True):
    raw = text.encode(cs)
    p = Message()
    lab = label or cs
    p['Content-Type'] = f'text/{sub}; charset="{lab}"' if quoted_cs else f'text/{sub}; charset={lab}'
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        pl = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        pl = quopri.encodestring(raw).decode('ascii')
    else:
        pl = raw.decode('ascii', 'surrogateescape')
    p.set_payload(pl)
    return p

def esc(s): return _html.escape(s, quote=False)

def to_html(new, quote='', font='Arial, sans-serif', qstyle='gmail', qattr=None):
    def lines_html(t):
        return '<br>\n'.join(esc(l) for l in t.split('\n'))
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
           f'<div dir="ltr" style="font-family:{font};font-size:14px">{lines_html(new.rstrip())}</div>']
    if quote:
        q = quote.strip('\n').split('\n')
        attr = ''
        if qattr is None and q and not q[0].startswith('>'):
            # first line(s) up to first '>' are an attribution
            head = []
            while q and not q[0].startswith('>'):
                head.append(q.pop(0))
            attr = '<br>\n'.join(esc(h) for h in head)
        body = []
        depth = 0
        for l in q:
            m = re.match(r'^((?:> ?)*)(.*)$', l)
            d = m.group(1).count('>')
            while depth < d:
                body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'); depth += 1
            while depth > d:
                body.append('</blockquote>'); depth -= 1
            body.append(esc(m.group(2)) + '<br>')
        while depth > 0:
            body.append('</blockquote>'); depth -= 1
        out.append(f'<br><div class="gmail_quote"><div class="gmail_attr">{attr}</div>' + '\n'.join(body) + '</div>')
    out.append('</body></html>')
    return '\n'.join(out)

def gq(text, depth=1):
    """Prefix every line with '> ' (depth times)."""
    pre = '> ' * depth
    return '\n'.join((pre + l).rstrip() if l else pre.rstrip() for l in text.rstrip('\n').split('\n'))

# ---------------------------------------------------------------- mail()
def mail(slug, kind, *, lang, case_id, accounts, frm, to, subject, date, new, quote='',
         html=None, mode='alt', cs='utf-8', cte='quoted-printable', label_cs=None, hcs=None, hcte=None,
         hlabel=None, msgid=None, cc=None, reply_to=None, extra=(), via='gmail', auth=None, mailfrom=None,
         helo=None, arrive=None, forged=None, subj_cs='utf-8', name_cs='utf-8', boundary=None,
         verified=None, from_name=None, extra_top=(), no_ar=False):
    COUNTER[0] += 1
    fname = f"{COUNTER[0]:03d}-{slug}.eml"
    from_addr = frm[1] if isinstance(frm, tuple) else frm
    plain = new.rstrip('\n') + '\n' + (('\n' + quote.rstrip('\n') + '\n') if quote else '')
    if mode == 'plain':
        body = tpart(plain, 'plain', cs, cte, label_cs)
    elif mode == 'html':
        body = tpart(html or to_html(new, quote), 'html', hcs or cs, hcte or cte, hlabel or label_cs)
    else:
        body = MIMEMultipart('alternative')
        body.attach(tpart(plain, 'plain', cs, cte, label_cs))
        body.attach(tpart(html or to_html(new, quote), 'html', hcs or cs, hcte or cte, hlabel or label_cs))
        body.set_boundary(boundary or f"----=_Part_{R.randint(100000,999999)}_{R.randint(100000000,999999999)}.{unix(date)}{R.randint(100,999)}")
    if 'MIME-Version' not in body:
        body['MIME-Version'] = '1.0'
    top = []
    # message-id
    if msgid is None:
        msgid = f"<{ses_local(date)}@email.amazonses.com>"
    fval = frm
    if isinstance(frm, tuple):
        nm, ad = frm
        try:
            nm.encode('ascii'); fval = formataddr((nm, ad))
        except UnicodeEncodeError:
            fval = formataddr((nm, ad), charset=name_cs)
    def addrs(x):
        if x is None: return None
        if isinstance(x, list): return ', '.join(addrs(i) for i in x)
        if isinstance(x, tuple):
            try:
                x[0].encode('ascii'); return formataddr(x)
            except UnicodeEncodeError:
                return formataddr(x, charset=name_cs)
        return x
    try:
        subject.encode('ascii'); sval = Header(subject, 'us-ascii', header_name='Subject').encode(linesep='\n', maxlinelen=78, splitchars=' ')
    except UnicodeEncodeError:
        sval = Header(subject, subj_cs, header_name='Subject').encode(linesep='\n', maxlinelen=76)
    for k, v in extra_top:
        top.append((k, v))
    top += [('Date', rfc(date)), ('From', fval)]
    if reply_to: top.append(('Reply-To', addrs(reply_to)))
    top.append(('To', addrs(to)))
    if cc: top.append(('Cc', addrs(cc)))
    top += [('Message-ID', msgid), ('Subject', sval)]
    ch = list(body._headers)
    body._headers = top + ch + list(extra)
    # trace
    rcpt = to[1] if isinstance(to, tuple) else (to[0][1] if isinstance(to, list) else re.sub(r'.*<|>.*', '', to))
    if auth and auth.get('ses') and mailfrom is None:
        mailfrom = msgid.strip('<>').replace('@email.amazonses.com', '@amazonses.com')
    if mailfrom is None and auth and auth.get('mailfrom'):
        mailfrom = auth['mailfrom'].replace('%s', rcpt.replace('@', '='))
    if mailfrom is None:
        mailfrom = from_addr
    if helo is None:
        helo = smtp_host(auth['ip']) if auth else 'mail.example.net'
    arrive = arrive or later(date, seconds=R.randint(1, 4))
    T = trace(via, rcpt, None if no_ar else auth, mailfrom, helo, arrive, forged, ip=auth['ip'] if auth else None) if via else []
    dk = []
    if auth and via:
        for r, d, s in auth.get('dkim', []):
            if d in ('sendgrid.info',):
                continue
            dk.append(dkim_header(d, s, unix(date), 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type' if d != 'amazonses.com' else 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID'))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=998).flatten(body)
    raw = ('\n'.join(T + dk) + '\n').encode('ascii') + buf.getvalue() if (T or dk) else buf.getvalue()
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    exp_v = None if no_ar else compute_verified(via, auth, from_addr)
    if verified is not None:
        assert verified == exp_v, (fname, verified, exp_v)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accounts)),
                     "sender_verified": exp_v, "language": lang}
    NEWTEXT[fname] = new
    return fname

# ---------------------------------------------------------------- people & constants
AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_SES_FEED = lambda d: [('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-54.240.8.31'),
                          ('Feedback-ID', f'::1.us-east-1.{b64r(33)[:44]}=:AmazonSES')]
def ses_extra(d, ip='54.240.8.31'):
    return [('Feedback-ID', f'::1.us-east-1.{b64r(33)[:44]}=:AmazonSES'),
            ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-' + ip)]

CONSOLE_FOOT_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

def console_links_en(cid):
    return f"""To see all the correspondence for this case or to reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center."""

def console_links_ja(cid):
    return f"""このケースに関するすべてのやり取りの確認、または返信を行うには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんので、上記リンクより AWS サポートセンターからご返信ください。"""

FORM_FOOT_EN = """AWS Training and Certification Customer Support
https://aws.amazon.com/training/
https://aws.amazon.com/certification/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

import sys
sys.path.insert(0, OUT)

for _f in os.listdir(OUT):
    if _f.endswith('.eml'):
        os.remove(os.path.join(OUT, _f))

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)
def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

# ==== MAILS
# ---------------------------------------------------------------- Story A (en, Gmail, form desk, 15-digit)
A_NAME, A_ADDR = "Daniel Okafor", "daniel.okafor.dev@gmail.com"
A_OPEN = dt(2025, 5, 27, 22, 14, 9)
A_CASE = f"{unix(A_OPEN)}00617"
A_OLD, A_NEW = "AWS04418273", "AWS09127735"
A_SUBJ = f"[AWS Training and Certification Form Submission] - account-assistance"
A_FORM = f"""First Name: Daniel
Last Name: Okafor
Email: {A_ADDR}
AWS Candidate ID: {A_NEW}
Inquiry Type: Certification
Inquiry Detail: Account Merge
Description: Hi, I have two certification accounts. One was created years ago with my
old work e-mail and has my Cloud Practitioner and Developer Associate on it. The
new one (this e-mail) has my Solutions Architect Associate. Please merge them so
everything is on the new one. Thanks!"""

d = later(A_OPEN, seconds=22)
mail("form-ack-account-merge", "case_created", lang="en", case_id=A_CASE, accounts=[],
     frm=AWS_FORM, to=(A_NAME, A_ADDR), date=d,
     subject=f"We have received your request [CASE {A_CASE}]",
     new=f"""Hello Daniel,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and a case has been created for it.

Case ID: {A_CASE}
Inquiry type: Certification
Category: Account Merge

A member of our support team will review your request and respond by e-mail, usually within 24 hours. If your request involves changes to a certification profile, the agent may ask you to verify or confirm some details before anything is changed.

To add information to this request, reply to this e-mail and keep the case ID in the subject line. Please do not submit a new form for the same request: this creates a duplicate case and can delay our response.

Thank you,
AWS Training and Certification Customer Support

{FORM_FOOT_EN}""",
     auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

d = dt(2025, 5, 28, 17, 3, 40)
mail("agent-asks-login-email-of-second-profile", "support_reply", lang="en", case_id=A_CASE, accounts=[A_NEW],
     frm=AWS_FORM, to=A_ADDR, date=d, subject=f"RE:[CASE {A_CASE}] {A_SUBJ}",
     new=f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I was able to find the profile {A_NEW} registered to {A_ADDR}. However, I could not find a second certification profile under your name with the information provided in the form.

So that I can locate the older profile, could you please reply with:
- the e-mail address you used to sign in to it (your former work address, if that is the one), and
- the candidate ID, if you still have it (it begins with "AWS" followed by 8 digits and appears on your score reports).

As soon as I have this I will continue with your request.

Best regards,
Marisol T.
AWS Training and Certification Customer Support

{FORM_FOOT_EN}""",
     quote=f"""-----Original Message-----
From: {A_ADDR}
Sent: 2025-05-27 22:14 UTC
Subject: {A_SUBJ}

{A_FORM}""",
     auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2025, 5, 29, 15, 27, 12)
mail("agent-lists-profiles-asks-go-ahead", "merge_confirmation_requested", lang="en", case_id=A_CASE,
     accounts=[A_OLD, A_NEW], frm=AWS_FORM, to=A_ADDR, date=d, subject=f"RE:[CASE {A_CASE}] {A_SUBJ}",
     new=f"""Hello Daniel,

Thank you for sending the sign-in e-mail for your older profile. I found it and was able to verify that both profiles belong to you.

Here is what we would do:

   Profile to be merged (will be closed):  {A_OLD}  - d.okafor@northwind-logistics.com
   Profile to be kept:                     {A_NEW}  - {A_ADDR}

All certifications, exam history and benefits from {A_OLD} would be moved to {A_NEW}, and from then on you would sign in with {A_ADDR} only. Please be aware that a merge cannot be undone once it has been carried out.

If the above is correct, please reply to this e-mail to confirm that you would like us to go ahead. We will not change anything on either profile until we hear back from you.

Best regards,
Marisol T.
AWS Training and Certification Customer Support

{FORM_FOOT_EN}""",
     quote=f"""On Wed, May 28, 2025 at 7:41 PM Daniel Okafor <{A_ADDR}> wrote:
> Hi Marisol,
>
> The older account was made with my old work address
> d.okafor@northwind-logistics.com. I think the candidate id was
> aws04418273 but I'm not 100% sure, it's from 2021.
>
> Thanks,
> Daniel
>
> On Wed, May 28, 2025 at 10:03 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Daniel,
> >
> > I was able to find the profile {A_NEW} registered to {A_ADDR}.
> > However, I could not find a second certification profile under your name
> > with the information provided in the form.""",
     auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2025, 5, 30, 9, 12, 55)
mail("thanks-for-confirming-proceeding", "support_reply", lang="en", case_id=A_CASE, accounts=[],
     frm=AWS_FORM, to=A_ADDR, date=d, subject=f"RE:[CASE {A_CASE}] {A_SUBJ}",
     new=f"""Hello Daniel,

Thank you for confirming. I have passed your request to our certification operations team and the work on your two profiles is now under way - there is nothing else you need to do at this point.

Once the merge is complete we will send you a separate e-mail, and your Credly badges should follow within a few days after that. In the meantime, please don't schedule or sit an exam from either profile.

Kind regards,
Kwame A.
AWS Training and Certification Customer Support

{FORM_FOOT_EN}""",
     quote=f"""On Thu, May 29, 2025 at 9:02 PM Daniel Okafor <{A_ADDR}> wrote:
> The details are correct. Please proceed with the merge.
>
> Daniel
>
> On Thu, May 29, 2025 at 8:27 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Daniel,
> >
> > Here is what we would do:
> >
> >    Profile to be merged (will be closed):  {A_OLD}
> >    Profile to be kept:                     {A_NEW}
> >
> > If the above is correct, please reply to this e-mail to confirm that you
> > would like us to go ahead.""",
     auth=aws_auth('54.240.48.93'), extra=ses_extra(d, '54.240.48.93'))

d = dt(2025, 5, 30, 21, 48, 3)
A5_NEW = f"""Hello Daniel,

Good news - your two certification profiles have now been merged. Everything that was on {A_OLD} is now listed under {A_NEW}, and {A_OLD} has been deactivated.

Please sign in with {A_ADDR} and check that all three certifications and your exam benefits are shown. Badges on Credly can take up to 5 business days to move across.

Did this resolve your request? Just click YES or NO below - it takes a second and helps us improve.
   YES: https://survey.aws-tc.amazon.com/r/{A_CASE}?a=yes
   NO:  https://survey.aws-tc.amazon.com/r/{A_CASE}?a=no

Kind regards,
Kwame A.
AWS Training and Certification Customer Support"""
A5_HTML = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Daniel,</p>
<p>Good news - your two certification profiles have now been merged. Everything that was on <b>{A_OLD}</b> is now listed under <b>{A_NEW}</b>, and {A_OLD} has been deactivated.</p>
<p>Please sign in with {A_ADDR} and check that all three certifications and your exam benefits are shown. Badges on Credly can take up to 5 business days to move across.</p>
<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td style="padding-right:12px">Did this resolve your request?</td>
<td><a href="https://survey.aws-tc.amazon.com/r/{A_CASE}?a=yes" style="background:#ec7211;color:#fff;padding:6px 18px;text-decoration:none;border-radius:2px">YES</a></td>
<td style="padding-left:8px"><a href="https://survey.aws-tc.amazon.com/r/{A_CASE}?a=no" style="background:#545b64;color:#fff;padding:6px 18px;text-decoration:none;border-radius:2px">NO</a></td></tr></table>
<p>Kind regards,<br>Kwame A.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</body></html>"""
mail("profiles-merged-did-this-resolve", "merge_completed", lang="en", case_id=A_CASE, accounts=[A_OLD, A_NEW],
     frm=AWS_FORM, to=A_ADDR, date=d, subject=f"RE:[CASE {A_CASE}] {A_SUBJ}",
     new=A5_NEW, html=A5_HTML, auth=aws_auth('54.240.48.93'), extra=ses_extra(d, '54.240.48.93'))

d = dt(2025, 5, 31, 6, 0, 41)
mail("case-resolved-rate-us", "survey", lang="en", case_id=A_CASE, accounts=[],
     frm=("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com"), to=A_ADDR, date=d,
     subject=f"How did we do? Case {A_CASE} has been resolved",
     new=f"""Hello Daniel,

Your case {A_CASE} (Certification - Account Merge) has been marked as resolved.

If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened automatically. After that, please submit a new request through the contact form.

We'd love to know how we did. The survey has two questions and takes less than a minute:
https://survey.aws-tc.amazon.com/s/{A_CASE}?lang=en

Thank you for choosing AWS Training and Certification.

{FORM_FOOT_EN}""",
     auth=aws_auth('23.251.234.12'), extra=ses_extra(d, '23.251.234.12'))

d = dt(2025, 6, 2, 14, 31, 7)
A_BADGE = uuid.UUID(int=R.getrandbits(128))
mail("credly-new-badge-developer-associate", "credly_badge_issued", lang="en", case_id=None, accounts=[],
     frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=A_ADDR, date=d,
     msgid=f"<{hexr(24)}.{R.randint(1000,9999)}@credly.com>",
     subject="Daniel, you've been issued a new badge by Amazon Web Services Training and Certification",
     new=f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Developer - Associate

Accept your badge to add it to your Credly profile, download it, or share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/{A_BADGE}

If you already have a Credly account under another e-mail address, you can add this e-mail to that account before accepting so that all of your badges stay in one place.

Credly, Inc. | 1 Broadway, Cambridge, MA 02142
You are receiving this e-mail because a badge was issued to {A_ADDR}.
Unsubscribe from badge notifications: https://www.credly.com/notifications/unsubscribe?t={hexr(32)}""",
     html=f"""<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/{uuid.UUID(int=R.getrandbits(128))}/image.png" width="120" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td style="padding:0 24px"><h2 style="color:#1e1e1e">Congratulations, Daniel!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{A_BADGE}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#666">If you already have a Credly account under another e-mail address, you can add this e-mail to that account before accepting so that all of your badges stay in one place.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. | 1 Broadway, Cambridge, MA 02142<br>You are receiving this e-mail because a badge was issued to {A_ADDR}.</td></tr></table></body></html>""",
     auth=credly_auth('149.72.134.18'), helo='o4.ptr8141.em.credly.com', cte='quoted-printable', boundary=hexr(28))

d = dt(2025, 6, 4, 11, 19, 26)
mail("voucher-question-after-merge", "support_reply", lang="en", case_id=A_CASE, accounts=[A_NEW],
     frm=AWS_FORM, to=A_ADDR, date=d, subject=f"RE:[CASE {A_CASE}] {A_SUBJ}",
     new=f"""Hello Daniel,

Thanks for getting back to us about the exam discount.

I checked {A_NEW} and the 50% discount benefit you earned when you passed the Developer - Associate exam on your older profile is there: it shows under Benefits > Exam discounts and is valid until 14 March 2026. It was not visible straight after the merge because the benefits page is refreshed overnight. If you still don't see it after signing out and back in, please send me a screenshot of the Benefits page and I will look into it.

Best regards,
Marisol T.
AWS Training and Certification Customer Support

{FORM_FOOT_EN}""",
     quote=f"""On Tue, Jun 3, 2025 at 6:55 PM Daniel Okafor <{A_ADDR}> wrote:
> Hi Kwame,
>
> Thanks, I can see all three certs now. But the 50% voucher I had on the old
> account is gone - it isn't on the Benefits page. Can you check?
>
> Daniel
>
> On Fri, May 30, 2025 at 2:48 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Daniel,
> >
> > Good news - your two certification profiles have now been merged.
> > Everything that was on {A_OLD} is now listed under {A_NEW}, and
> > {A_OLD} has been deactivated.
> >
> > Kind regards,
> > Kwame A.""",
     auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

# ---------------------------------------------------------------- Story B (ja, nifty, console case)
B_NAME, B_ADDR = "佐藤 健太", "kenta.sato@nifty.com"
B_OPEN = dt(2025, 6, 10, 1, 22, 45)
B_CASE = f"{unix(B_OPEN)}01233"
B_KEEP, B_GONE = "AWS02291184", "AWS07730516"
B_TITLE = "認定アカウント統合のお願い"

CONSOLE_FOOT_JA = """ご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価していただけます。やり取りの右上にある星を選択して評価してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は、Amazon.com, Inc. またはその関連会社の登録商標です。"""

def console_html(text, lang='ja'):
    paras = ''.join(f'<p style="margin:0 0 12px 0">{"<br>".join(esc(l) for l in p.split(chr(10)))}</p>\n' for p in text.strip().split('\n\n'))
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>AWS Support</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="72" alt="AWS"></td></tr>
<tr><td style="padding:24px">
{paras}</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>"""

d = later(B_OPEN, seconds=31)
B1 = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お問い合わせ内容に対応するため、ケース {B_CASE} をオープンしました。

ケース ID: {B_CASE}
件名: {B_TITLE}（{B_KEEP} と aws07730516）
重要度: 一般的なガイダンス
サービス: トレーニングと認定 / アカウント

担当者からの回答は、このメールアドレスおよび AWS サポートセンターにてお知らせします。同じ内容で新しいケースを作成されますと、対応が遅れる場合がございますのでご注意ください。

{console_links_ja(B_CASE)}

{CONSOLE_FOOT_JA}"""
mail("console-case-opened-ja", "case_created", lang="ja", case_id=B_CASE, accounts=[B_KEEP, B_GONE],
     frm=AWS_NOREPLY, to=B_ADDR, date=d,
     subject=f"Amazon Web Services: 新しいサポートケースをオープンしました: {B_CASE}",
     new=B1, html=console_html(B1), mode='html', cte='base64', via='nifty',
     auth=aws_auth('54.240.8.77'), extra=ses_extra(d, '54.240.8.77'))

d = dt(2025, 6, 11, 5, 40, 18)
B2 = f"""佐藤 健太 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの田中でございます。

お問い合わせいただいておりました件につきまして、両アカウントのご本人確認および保有資格の照合が完了いたしましたので、ご報告いたします。

つきましては、下記の内容にて作業を進めさせていただきたく存じます。

　統合元（閉鎖されるアカウント）：{B_GONE}（kenta.sato.work@hoshino-denki.co.jp）
　統合先（存続するアカウント）　：{B_KEEP}（{B_ADDR}）

統合後は、統合元アカウントの認定資格・受験履歴・特典がすべて統合先アカウントへ移行され、統合元アカウントにはサインインできなくなります。また、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、AWS サポートセンターより本ケースにご返信いただき、統合の実施についてご承諾いただけますでしょうか。ご返信を確認次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

田中
Amazon Web Services

{CONSOLE_FOOT_JA}

======================
{console_links_ja(B_CASE)}"""
mail("ja-identity-checked-please-approve-merge", "merge_confirmation_requested", lang="ja", case_id=B_CASE,
     accounts=[B_KEEP, B_GONE], frm=AWS_NOREPLY, to=B_ADDR, date=d,
     subject=f"RE:[CASE {B_CASE}] {B_TITLE}",
     new=B2, html=console_html(B2), cte='base64', via='nifty',
     auth=aws_auth('54.240.8.77'), extra=ses_extra(d, '54.240.8.77'))

d = dt(2025, 6, 12, 2, 15, 9)
B3 = f"""佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中でございます。

統合の実施についてご承諾いただき、誠にありがとうございます。
本日、担当部署へ作業を依頼いたしました。通常、2～3 営業日ほどお時間を頂戴しております。

統合作業が完了しましたら、改めて本ケースにてご連絡いたします。それまでの間、いずれのアカウントからも試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願い申し上げます。

田中
Amazon Web Services

{CONSOLE_FOOT_JA}

======================
{console_links_ja(B_CASE)}"""
mail("ja-approval-received-work-requested", "support_reply", lang="ja", case_id=B_CASE, accounts=[],
     frm=AWS_NOREPLY, to=B_ADDR, date=d, subject=f"RE:[CASE {B_CASE}] {B_TITLE}",
     new=B3, html=console_html(B3), cte='quoted-printable', via='nifty',
     auth=aws_auth('54.240.9.33'), extra=ses_extra(d, '54.240.9.33'))

# unrelated: CertMetrics survey look-alike (to Daniel)
d = dt(2025, 6, 6, 16, 2, 51)
mail("certmetrics-wants-to-hear-from-you", "unrelated", lang="en", case_id=None, accounts=[A_NEW],
     frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=A_ADDR, date=d,
     msgid=f"<{uuid.UUID(int=R.getrandbits(128))}@certmetrics.com>",
     subject="AWS Certification wants to hear from you",
     new=f"""Hello Daniel Okafor,

AWS Certification wants to hear from you! You recently took an AWS Certification exam and we would like to learn about your experience, from preparing for the exam to scheduling and test day.

The survey takes about 10 minutes. Your answers are confidential and will only be used to improve AWS Certification.

Candidate ID: {A_NEW}

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid={hexr(32)}

Thank you,
AWS Certification

This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.""",
     auth=dict(dkim=[('pass', 'certmetrics.com', 'k1')], spf='pass', ip='198.2.180.64',
               dmarc=('pass', 'certmetrics.com', 'NONE'), ses=False,
               mailfrom='bounce-mc.us4_8231197.1904410-daniel.okafor.dev=gmail.com@mail180.sea31.mcsv.net'),
     helo='mail180-64.suw31.mcdlv.net', verified=False, boundary=f"_----------={R.randint(10**15,10**16)}")

d = dt(2025, 6, 13, 8, 30, 44)
B4 = f"""佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中でございます。

大変お待たせいたしました。{B_GONE} から {B_KEEP} へのアカウント統合作業が、本日完了いたしました。

今後は {B_ADDR} にてサインインいただき、認定資格および特典が正しく表示されていることをご確認くださいませ。Credly のデジタルバッジにつきましては、反映までに最大 1 週間ほどかかる場合がございます。

また、よろしければ今回の対応について簡単なアンケートにご協力いただけますと幸いです。AWS サポートセンターにて本やり取りの右上にある星を選択いただくことで、評価いただけます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

田中
Amazon Web Services

======================
{console_links_ja(B_CASE)}"""
mail("ja-merge-finished-please-rate", "merge_completed", lang="ja", case_id=B_CASE, accounts=[B_KEEP, B_GONE],
     frm=AWS_NOREPLY, to=B_ADDR, date=d, subject=f"RE:[CASE {B_CASE}] {B_TITLE}",
     new=B4, html=console_html(B4), cte='base64', via='nifty',
     auth=aws_auth('54.240.9.33'), extra=ses_extra(d, '54.240.9.33'))

# unrelated: GitHub merged notification
d = dt(2025, 6, 14, 9, 11, 2)
mail("github-pr-merged-account-merge-branch", "unrelated", lang="en", case_id=None, accounts=[],
     frm=("Ines Walcott", "notifications@github.com"), to=("okafor-d/cert-tracker", "cert-tracker@noreply.github.com"),
     cc=[("Daniel Okafor", A_ADDR), ("Mention", "mention@noreply.github.com")],
     reply_to=("okafor-d/cert-tracker", f"reply+A4QF{alnum(40).upper()}@reply.github.com"),
     date=d, msgid="<okafor-d/cert-tracker/pull/42/issue_event/18234419751@github.com>",
     subject="Re: [okafor-d/cert-tracker] Merge duplicate certification accounts into one profile record (PR #42)",
     new=f"""Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okafor-d/cert-tracker/pull/42#event-18234419751
You are receiving this because you were mentioned.

Message ID: <okafor-d/cert-tracker/pull/42/issue_event/18234419751@github.com>""",
     html=f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/okafor-d/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/okafor-d/cert-tracker/pull/42#event-18234419751">view it on GitHub</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/{alnum(40).upper()}.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;okafor-d/cert-tracker/pull/42/issue_event/18234419751@github.com&gt;</span></span></p>""",
     cte='7bit', auth=dict(dkim=[('pass', 'github.com', 'pf2023')], spf='pass', ip='192.30.252.201',
                           dmarc=('pass', 'github.com', 'REJECT'), ses=False,
                           mailfrom='noreply@github.com'),
     helo='out-18.smtp.github.com', verified=False, boundary=f"--==_mimepart_{hexr(13)}_{R.randint(10,99)}",
     extra=[('List-ID', 'okafor-d/cert-tracker <cert-tracker.okafor-d.github.com>'),
            ('X-GitHub-Reason', 'mention'), ('X-GitHub-Sender', 'iwalcott')])

d = dt(2025, 6, 20, 2, 0, 12)
B5 = f"""お客様

ケース {B_CASE}「{B_TITLE}」は、解決済みとしてクローズされました。

引き続きサポートが必要な場合は、クローズ後 14 日以内であれば AWS サポートセンターからケースを再オープンいただけます。

サポート品質向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約 1 分）。

問題は解決しましたか？
　はい：https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&resolved=yes&language=ja
　いいえ：https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&resolved=no&language=ja

今後ともAmazon Web Services をよろしくお願いいたします。

{CONSOLE_FOOT_JA}"""
mail("ja-case-closed-survey", "survey", lang="ja", case_id=B_CASE, accounts=[],
     frm=AWS_NOREPLY, to=B_ADDR, date=d,
     subject=f"Amazon Web Services: サポートケース {B_CASE} は解決済みとしてクローズされました",
     new=B5, html=console_html(B5), mode='html', cte='base64', via='nifty',
     auth=aws_auth('54.240.48.120'), extra=ses_extra(d, '54.240.48.120'))

d = dt(2025, 6, 16, 23, 47, 30)
B_B1, B_B2 = uuid.UUID(int=R.getrandbits(128)), uuid.UUID(int=R.getrandbits(128))
mail("credly-two-badges-after-merge", "credly_badge_issued", lang="en", case_id=None, accounts=[],
     frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=B_ADDR, date=d,
     msgid=f"<{hexr(24)}.{R.randint(1000,9999)}@credly.com>",
     subject="Kenta, you have 2 new badges from Amazon Web Services Training and Certification",
     new=f"""Hi Kenta,

Amazon Web Services Training and Certification has issued 2 badges to {B_ADDR}. These badges were previously issued to another e-mail address and have been re-issued to you after an update to your certification records.

  - AWS Certified Solutions Architect - Associate
    Accept: https://www.credly.com/earner/earned/badge/{B_B1}
  - AWS Certified SysOps Administrator - Associate
    Accept: https://www.credly.com/earner/earned/badge/{B_B2}

Once accepted, your badges will appear on your Credly profile where you can share them or add them to your resume.

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Broadway, Cambridge, MA 02142
Manage notification preferences: https://www.credly.com/notifications""",
     auth=credly_auth('149.72.134.22'), helo='o6.ptr8141.em.credly.com', via='nifty', boundary=hexr(28))

# ---------------------------------------------------------------- Story C (en, O365 corporate, console, 11-digit, 2022)
C_NAME, C_ADDR = "Priya Raman", "priya.raman@contoso-analytics.com"
C_CASE = "10917274611"
C_KEEP, C_GONE = "AWS00872341", "AWS01955023"
C_TITLE = "Merge two AWS Certification accounts"

def console_html_en(text):
    return console_html(text, 'en')

d = dt(2022, 11, 8, 14, 6, 51)
C1 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C_CASE} to address your issue.

The details of your case are as follows:

Case ID: {C_CASE}
Subject: {C_TITLE}
Severity: General guidance

An AWS Support representative will reply to you soon. You can view the status of your case or add correspondence at any time in the AWS Support Center.

{console_links_en(C_CASE)}

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
mail("console-you-have-opened-a-new-case", "case_created", lang="en", case_id=C_CASE, accounts=[],
     frm=AWS_NOREPLY, to=C_ADDR, date=d,
     subject=f"Amazon Web Services: You have opened a new Support case: {C_CASE}",
     new=C1, html=console_html_en(C1), mode='html', cte='quoted-printable', via='o365',
     auth=aws_auth('54.240.8.85'), extra=ses_extra(d, '54.240.8.85'))

d = dt(2022, 11, 9, 18, 22, 37)
C2 = f"""Hello Priya,

Thank you for your patience while I looked into this.

I've reviewed both certification accounts and they are eligible to be merged. Before I submit the request to our certification team, please confirm the following is correct:

Primary account (to be retained): {C_KEEP} ({C_ADDR})
Secondary account (to be merged and closed): {C_GONE} (priya.r@fabrikam-consulting.com)

After the merge, all certifications, exam history and benefits from the secondary account will show on the primary account and you will no longer be able to sign in to the secondary account. Please note that this action is permanent.

Please reply to this case in the Support Center with "I confirm", or let me know if anything above needs to change.

Best regards,

Jonathan P.
Amazon Web Services

{CONSOLE_FOOT_EN}

======================
{console_links_en(C_CASE)}"""
mail("console-primary-secondary-please-confirm", "merge_confirmation_requested", lang="en", case_id=C_CASE,
     accounts=[C_KEEP, C_GONE], frm=AWS_NOREPLY, to=C_ADDR, date=d,
     subject=f"RE:[CASE {C_CASE}] {C_TITLE}", new=C2, html=console_html_en(C2),
     via='o365', auth=aws_auth('54.240.8.85'), extra=ses_extra(d, '54.240.8.85'))

d = dt(2022, 11, 10, 16, 41, 3)
C3 = f"""Dear Customer,

New correspondence has been added to your AWS Support case.

Case ID: {C_CASE}
Subject: {C_TITLE}

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
mail("console-new-correspondence-added", "support_reply", lang="en", case_id=C_CASE, accounts=[],
     frm=AWS_NOREPLY, to=C_ADDR, date=d, subject=f"[Case {C_CASE}] New correspondence added",
     new=C3, html=console_html_en(C3), cte='7bit', via='o365',
     auth=aws_auth('54.240.9.45'), extra=ses_extra(d, '54.240.9.45'))

d = dt(2022, 11, 11, 10, 5, 19)
C4 = f"""Hello Priya,

Thank you for confirming the details.

I'm happy to let you know that our certification team has finished merging your accounts. {C_GONE} has been merged into {C_KEEP}, and all of your certifications now appear under {C_KEEP}. From now on please sign in with {C_ADDR}.

If your Credly badges have not been moved within 7 days, reply to this case and we will follow up with Credly for you.

Best regards,

Jonathan P.
Amazon Web Services

{CONSOLE_FOOT_EN}

======================
{console_links_en(C_CASE)}"""
mail("console-certification-team-finished", "merge_completed", lang="en", case_id=C_CASE,
     accounts=[C_KEEP, C_GONE], frm=AWS_NOREPLY, to=C_ADDR, date=d,
     subject=f"RE:[CASE {C_CASE}] {C_TITLE}", new=C4, html=console_html_en(C4), cte='base64',
     via='o365', auth=aws_auth('54.240.9.45'), extra=ses_extra(d, '54.240.9.45'))

d = dt(2022, 11, 18, 10, 6, 2)
C5 = f"""Dear Customer,

Your AWS Support case {C_CASE} ("{C_TITLE}") has been resolved. If you need further help with this issue, you can reopen the case from the AWS Support Center within 14 days.

Please take a moment to tell us about your experience. How satisfied were you with the support you received on this case?

Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
https://console.aws.amazon.com/support/feedback?displayId={C_CASE}

Your feedback is used to improve AWS Support.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
mail("console-case-resolved-how-satisfied", "survey", lang="en", case_id=C_CASE, accounts=[],
     frm=AWS_NOREPLY, to=C_ADDR, date=d,
     subject=f"Amazon Web Services: Your Support case {C_CASE} has been resolved",
     new=C5, html=console_html_en(C5), via='o365', auth=aws_auth('54.240.48.93'),
     extra=ses_extra(d, '54.240.48.93'))

# unrelated: billing case of the same user, same subject style
BILL_CASE = "11032894417"
d = dt(2022, 12, 2, 21, 33, 48)
U4 = f"""Hello Priya,

Thank you for contacting AWS Billing and Accounts.

I reviewed account 4839-2017-6654 and can see the unexpected charges came from an Amazon RDS instance (db.r5.large) in eu-west-1 that kept running after the training lab ended. As a one-time courtesy I have applied a credit of USD 212.40, which will appear on your December invoice.

To avoid similar charges, I recommend setting up an AWS Budgets alert on this account.

I hope this resolves your concern. If so, you don't need to reply; the case will close automatically.

Best regards,

Farhan Q.
Amazon Web Services

{CONSOLE_FOOT_EN}

======================
{console_links_en(BILL_CASE)}"""
mail("billing-case-credit-applied", "unrelated", lang="en", case_id=BILL_CASE, accounts=[],
     frm=AWS_NOREPLY, to=C_ADDR, date=d, subject=f"RE:[CASE {BILL_CASE}] Unexpected charges on November invoice",
     new=U4, html=console_html_en(U4), via='o365', auth=aws_auth('54.240.8.85'),
     extra=ses_extra(d, '54.240.8.85'))

# ---------------------------------------------------------------- Story D (en, non-native agent, Gmail, form desk 2024, 3 accounts)
D_NAME, D_ADDR = "Lukas Brenner", "lukas.brenner91@gmail.com"
D_OPEN = dt(2024, 9, 16, 7, 48, 12)
D_CASE = f"{unix(D_OPEN)}00085"
D_KEEP, D_M1, D_M2 = "AWS03317409", "AWS05520871", "AWS08846102"
D_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
D_FORM = f"""Name: Lukas Brenner
E-mail: {D_ADDR}
AWS Candidate ID: {D_KEEP}
Inquiry type: AWS Training and Certification
Detail: Account Merge
Message: Hello, I have found that I have 3 certification accounts (private, old job, and
university). Please merge all of them into my private one {D_KEEP}. The other ids I
do not know exactly. Best regards Lukas"""

d = later(D_OPEN, seconds=18)
mail("reference-number-logged", "case_created", lang="en", case_id=D_CASE, accounts=[],
     frm=AWS_FORM, to=(D_NAME, D_ADDR), date=d,
     subject=f"Case {D_CASE}: Thank you for contacting AWS Training and Certification",
     new=f"""Dear Lukas,

Thank you for reaching out to AWS Training and Certification.

Your inquiry has been logged under reference number {D_CASE}. Please keep this number for your records and include it in the subject line of any e-mail about this request.

Our team aims to respond within one business day. Response times can be longer during periods of high volume; opening another request for the same issue will not speed things up, so we kindly ask you not to do so.

Kind regards,
AWS Training and Certification""",
     mode='plain', cte='7bit', auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

d = dt(2024, 9, 18, 11, 2, 40)
mail("verification-done-kindly-revert-confirmation", "merge_confirmation_requested", lang="en", case_id=D_CASE,
     accounts=[D_KEEP, D_M1, D_M2], frm=AWS_FORM, to=D_ADDR, date=d, subject=f"RE:[CASE {D_CASE}] {D_SUBJ}",
     new=f"""Dear Lukas,

Greetings from AWS Training and Certification!

Hope you are doing well. As per your request, I have checked all the three profiles and I can see that all are belonging to you only, the name and date of birth is matching in all of them. So the verification part is done from our end.

Kindly find below the details of the consolidation:

Surviving profile: {D_KEEP} ({D_ADDR})
Profiles to be merged in it: AWS 05520871 (l.brenner@stadtwerke-hagen.de) and aws-08846102 (lukas.b@uni-wuppertal.de)

Please note that post the merge, the two profiles will be deactivated and the same cannot be reverted back.

Request you to kindly revert on this same e-mail thread with your confirmation so that we can go ahead and raise the merge request with the concerned team.

Thanks and regards,
Ravi Shankar K.
AWS Training and Certification Support""",
     quote=f"""-----Original Message-----
From: {D_ADDR}
Sent: Monday, September 16, 2024 7:48 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: {D_SUBJ}

{D_FORM}""",
     auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

d = dt(2024, 9, 19, 6, 14, 27)
mail("confirmation-received-raised-with-team", "support_reply", lang="en", case_id=D_CASE, accounts=[],
     frm=AWS_FORM, to=D_ADDR, date=d, subject=f"RE:[CASE {D_CASE}] {D_SUBJ}",
     new=f"""Dear Lukas,

Thank you for the confirmation.

I have raised the request with our concerned team and they will be merging the profiles. Usually it takes 3-5 working days for the same. Once it is completed you will be receiving the e-mails from Credly for accepting the badges on your surviving profile.

Meanwhile request you to not schedule any exam from the old profiles.

Thanks and regards,
Ravi Shankar K.
AWS Training and Certification Support""",
     quote=f"""On Wed, 18 Sept 2024 at 17:21, Lukas Brenner <{D_ADDR}> wrote:
> Hello Ravi,
>
> yes, this is correct, please merge the three accounts into {D_KEEP}.
>
> Best regards
> Lukas
>
> On Wed, 18 Sept 2024 at 13:02, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Dear Lukas,
> >
> > Kindly find below the details of the consolidation:
> >
> > Surviving profile: {D_KEEP} ({D_ADDR})
> > Profiles to be merged in it: AWS 05520871 (l.brenner@stadtwerke-hagen.de)
> > and aws-08846102 (lukas.b@uni-wuppertal.de)""",
     auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2024, 9, 19, 6, 31, 50)
D4 = f"""Dear Lukas,

We are writing to let you know that case {D_CASE} has been closed.

Your request has been handed over to the AWS Certification operations team, who will complete the merge of your profiles within 5-7 business days. You will not receive further e-mails on this case; Credly will notify you directly when your badges are re-issued to your surviving profile.

How did we do? Please take our 1-minute survey and tell us whether your issue was resolved:
https://survey.aws-tc.amazon.com/s/{D_CASE}?lang=en

Thank you for choosing AWS Training and Certification."""
mail("case-closed-handed-to-ops-survey", "survey", lang="en", case_id=D_CASE, accounts=[],
     frm=("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com"), to=D_ADDR, date=d,
     subject=f"Case {D_CASE} closed - tell us how we did", new=D4,
     html=to_html(D4).replace('https://survey.aws-tc.amazon.com/s/', 'https://survey.aws-tc.amazon.com/s/'),
     cte='base64', auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2024, 9, 25, 13, 9, 4)
D_BADGES = [uuid.UUID(int=R.getrandbits(128)) for _ in range(3)]
D5 = f"""Hello Lukas,

Good news! Badges issued to you by Amazon Web Services Training and Certification have been moved to this e-mail address, {D_ADDR}:

  AWS Certified Cloud Practitioner
  AWS Certified Solutions Architect - Associate
  AWS Certified Data Engineer - Associate

These badges were previously issued to a different e-mail address. To claim them, accept each badge in your Credly account:
https://www.credly.com/earner/earned

Accept your badges

Credly, Inc. | 1 Broadway, Cambridge, MA 02142
Why did I receive this e-mail? https://support.credly.com/hc/en-us/articles/badge-notifications"""
D5_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<p>Hello Lukas,</p>
<p>Good news! Badges issued to you by <b>Amazon Web Services Training and Certification</b> have been moved to this e-mail address, {D_ADDR}:</p>
<ul>{''.join(f'<li><a href="https://www.credly.com/earner/earned/badge/{b}">{n}</a></li>' for b, n in zip(D_BADGES, ['AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect - Associate', 'AWS Certified Data Engineer - Associate']))}</ul>
<p>These badges were previously issued to a different e-mail address. To claim them, accept each badge in your Credly account.</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Broadway, Cambridge, MA 02142</p></div></body></html>"""
mail("credly-badges-moved-to-this-address", "credly_badge_issued", lang="en", case_id=None, accounts=[],
     frm=("Credly", "admin@credly.com"), to=D_ADDR, date=d, msgid=f"<{hexr(24)}.{R.randint(1000,9999)}@credly.com>",
     subject="Your Amazon Web Services Training and Certification badges are waiting for you",
     new=D5, html=D5_HTML, auth=credly_auth('149.72.134.18'), helo='o4.ptr8141.em.credly.com', boundary=hexr(28))

# ---------------------------------------------------------------- Story E (ja, OCN, form desk, ISO-2022-JP)
E_NAME, E_ADDR = "山本 美咲", "m.yamamoto82@ocn.ne.jp"
E_OPEN = dt(2025, 7, 14, 12, 5, 51)
E_CASE = f"{unix(E_OPEN)}00342"
E_KEEP, E_GONE = "AWS06402957", "AWS01183320"
E_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
JP_FOOT = """AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/"""

d = later(E_OPEN, seconds=27)
mail("ja-form-uketsuke", "case_created", lang="ja", case_id=E_CASE, accounts=[],
     frm=AWS_FORM, to=(E_NAME, E_ADDR), date=d, subject=f"お問い合わせを受け付けました [CASE {E_CASE}]",
     new=f"""{E_NAME} 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせの受付を自動でお知らせするものです。

ケース番号：{E_CASE}
お問い合わせ種別：認定 / アカウントの統合

担当者より、原則として 24 時間以内にメールにてご連絡いたします。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

なお、同じ内容で再度フォームを送信されますと別のケースとして登録され、
回答が遅れる場合がございますので、ご注意ください。

{JP_FOOT}""",
     mode='plain', cs='iso-2022-jp', cte='7bit', subj_cs='iso-2022-jp', name_cs='iso-2022-jp', via='ocn',
     auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

d = dt(2025, 7, 15, 9, 30, 2)
mail("ja-which-account-to-keep", "support_reply", lang="ja", case_id=E_CASE, accounts=[E_KEEP, E_GONE],
     frm=AWS_FORM, to=E_ADDR, date=d, subject=f"RE:[CASE {E_CASE}] {E_SUBJ}",
     new=f"""{E_NAME} 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小林と申します。

お客様のお名前で、以下の 2 つの認定アカウントを確認いたしました。

・{E_KEEP}（{E_ADDR}）
・{E_GONE}（misaki.yamamoto@sakura-sys.co.jp）

統合にあたり、どちらのアカウントを残すかをご指定いただけますでしょうか。
残すアカウントのメールアドレスが、今後のサインインおよび各種通知の宛先となります。
あわせて、統合をご希望される理由（例：転職によりメールアドレスが変わった等）も
お知らせいただけますと幸いです。

ご返信をお待ちしております。

小林
{JP_FOOT}""",
     mode='plain', cs='iso-2022-jp', cte='7bit', via='ocn', auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2025, 7, 16, 2, 11, 36)
E3 = f"""山本 様

ご返信いただき、ありがとうございます。小林でございます。

それでは、以下の内容で統合を実施してよろしいでしょうか。

■ 残すアカウント　　：{E_KEEP}（{E_ADDR}）
■ 統合されるアカウント：{E_GONE}（misaki.yamamoto@sakura-sys.co.jp）

統合後、{E_GONE} に登録されている認定資格および受験履歴は {E_KEEP} に移行され、
{E_GONE} は利用できなくなります。一度実施した統合は取り消すことができません。

上記の内容で問題がなければ、本メールに「承認します」とご返信ください。
ご返信を確認後、作業を開始いたします。

小林
{JP_FOOT}"""
E3Q = f"""2025年7月15日(火) 21:08 {E_NAME} <{E_ADDR}>:
> 小林様
>
> ご連絡ありがとうございます。
> 転職に伴い会社のメールアドレスが使えなくなるため、
> 個人のアドレスの {E_KEEP} を残したいです。
> よろしくお願いいたします。
>
> 山本"""
mail("ja-kakunin-shounin-onegai", "merge_confirmation_requested", lang="ja", case_id=E_CASE,
     accounts=[E_KEEP, E_GONE], frm=AWS_FORM, to=E_ADDR, date=d, subject=f"RE:[CASE {E_CASE}] {E_SUBJ}",
     new=E3, quote=E3Q, cs='iso-2022-jp', cte='7bit', hcs='utf-8', hcte='quoted-printable', via='ocn',
     auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2025, 7, 17, 7, 45, 9)
mail("ja-tougou-kanryou-quoting-approval", "merge_completed", lang="ja", case_id=E_CASE, accounts=[E_KEEP],
     frm=AWS_FORM, to=E_ADDR, date=d, subject=f"RE:[CASE {E_CASE}] {E_SUBJ}",
     new=f"""山本 様

いつもお世話になっております。小林でございます。

ご承認いただいておりましたアカウントの統合につきまして、本日作業が完了いたしました。
旧アカウント（会社のメールアドレスで登録されていたもの）の認定資格および受験履歴は、
すべて {E_KEEP} に移行済みです。

今後は {E_ADDR} でサインインしていただき、認定資格の一覧をご確認ください。
Credly のバッジは数日以内に新しいメールアドレス宛てに再発行される予定です。

小林
{JP_FOOT}""",
     quote=f"""2025年7月16日(水) 19:52 {E_NAME} <{E_ADDR}>:
> 承認します。よろしくお願いいたします。
>
> 2025年7月16日(水) 11:11 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > ■ 残すアカウント　　：{E_KEEP}（{E_ADDR}）
> > ■ 統合されるアカウント：{E_GONE}（misaki.yamamoto@sakura-sys.co.jp）
> >
> > 上記の内容で問題がなければ、本メールに「承認します」とご返信ください。""",
     mode='plain', cs='iso-2022-jp', cte='7bit', via='ocn', auth=aws_auth('54.240.48.93'), extra=ses_extra(d, '54.240.48.93'))

d = dt(2025, 7, 24, 8, 0, 15)
E5 = f"""{E_NAME} 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
アカウント統合のお手続きが完了いたしましたので、ケース {E_CASE} をクローズいたしました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします（所要時間：約 1 分）。
https://survey.aws-tc.amazon.com/s/{E_CASE}?lang=ja

問題は解決しましたか？　「はい」／「いいえ」

本件について追加のご質問がございましたら、14 日以内に本メールへご返信ください。ケースが再開されます。

{JP_FOOT}"""
mail("ja-case-close-oshirase-anketo", "survey", lang="ja", case_id=E_CASE, accounts=[],
     frm=("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com"), to=(E_NAME, E_ADDR), date=d,
     subject=f"ケースクローズのお知らせとアンケートのお願い [CASE {E_CASE}]", new=E5,
     cs='utf-8', cte='quoted-printable', name_cs='utf-8', via='ocn', auth=aws_auth('54.240.8.77'), extra=ses_extra(d, '54.240.8.77'))

# ---------------------------------------------------------------- Story F (en, 2020, 10-digit case, libero)
F_NAME, F_ADDR = "Marco Bianchi", "marco.bianchi@libero.it"
F_CASE = "7184392051"
F_KEEP, F_GONE = "AWS00451287", "AWS00620914"
d = dt(2020, 8, 21, 14, 12, 33)
mail("2020-accounts-merged-as-requested", "merge_completed", lang="en", case_id=F_CASE, accounts=[F_KEEP, F_GONE],
     frm=("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com"), to=(F_NAME, F_ADDR), date=d,
     subject=f"RE: [CASE {F_CASE}] Account merge request",
     new=f"""Hello Marco,

Thank you for your confirmation.

Your certification accounts have now been merged as requested: {F_GONE} has been merged into {F_KEEP}. You can sign in to your AWS Certification Account (https://www.aws.training/Certification) with {F_ADDR} to see all of your certifications, including the AWS Certified Solutions Architect - Associate that was earned on the merged account.

Your digital badges will be transferred by Acclaim; please allow up to 10 business days.

Thank you for being AWS Certified!

Regards,
Tanya
AWS Certification Support""",
     quote=f"""From: Marco Bianchi <{F_ADDR}>
Sent: Thursday, August 20, 2020 6:40 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: [CASE {F_CASE}] Account merge request

Yes, I confirm. Please merge {F_GONE} into {F_KEEP}.
Thank you
Marco""",
     mode='plain', cte='base64', via='libero', auth=aws_auth('54.240.8.31'), no_ar=True, extra=ses_extra(d))

d = dt(2020, 8, 27, 17, 40, 2)
F_B = uuid.UUID(int=R.getrandbits(128))
mail("2020-acclaim-badge-accept", "credly_badge_issued", lang="en", case_id=None, accounts=[],
     frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"), to=F_ADDR, date=d,
     msgid=f"<5f47{hexr(20)}_{R.randint(100,999)}@youracclaim.com>",
     subject="Marco, you've earned a badge from Amazon Web Services Training and Certification",
     new=f"""Marco, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge and share it on LinkedIn, Twitter and Facebook, embed it in your e-mail signature or add it to your resume.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/{F_B}

Acclaim | Credly, Inc., 50 Broad Street, Suite 1701, New York, NY 10004""",
     cte='quoted-printable', via='libero', auth=credly_auth('167.89.101.4', 'youracclaim.com'),
     helo='o1.ptr2640.youracclaim.com', boundary=hexr(28))

# ---------------------------------------------------------------- Story G (en, Outlook.com, form desk, duplicate case)
G_NAME, G_ADDR = "Chen Wei", "chen.wei88@outlook.com"
G_OPEN = dt(2025, 9, 2, 3, 31, 20)
G_CASE = f"{unix(G_OPEN)}00901"
G_DOPEN = dt(2025, 9, 9, 14, 2, 37)
G_DCASE = f"{unix(G_DOPEN)}00466"
G_KEEP, G_GONE = "AWS05093316", "AWS07718804"
G_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def g_ack(case, when, desc):
    return f"""Hi Chen,

Thank you for your submission. We've created case {case} for your inquiry and a member of the AWS Training and Certification team will be in touch, usually within 24 hours.

Summary of your submission
--------------------------
Submitted: {when}
Inquiry type: Certification
Inquiry detail: Account Merge
Candidate ID provided: {G_KEEP}
Description: {desc}

Need to add something? Just reply to this e-mail and keep "[CASE {case}]" in the subject line.

AWS Training and Certification"""

d = later(G_OPEN, seconds=25)
G1 = g_ack(G_CASE, "2 September 2025, 03:31 UTC", "I have 2 certification accounts because I used my company e-mail before. Please combine them.")
mail("submission-received-case-created", "case_created", lang="en", case_id=G_CASE, accounts=[G_KEEP],
     frm=AWS_FORM, to=(G_NAME, G_ADDR), date=d, subject=f"[CASE {G_CASE}] We received your submission",
     new=G1, via='outlookcom', auth=aws_auth('54.240.9.33'), extra=ses_extra(d, '54.240.9.33'))

d = later(G_DOPEN, seconds=29)
G2 = g_ack(G_DCASE, "9 September 2025, 14:02 UTC", "Submitted one week ago (case 175678388000901) but no answer. Please merge my two certification accounts.")
mail("second-submission-received", "case_created", lang="en", case_id=G_DCASE, accounts=[G_KEEP],
     frm=AWS_FORM, to=(G_NAME, G_ADDR), date=d, subject=f"[CASE {G_DCASE}] We received your submission",
     new=G2, via='outlookcom', auth=aws_auth('54.240.9.33'), extra=ses_extra(d, '54.240.9.33'))

d = dt(2025, 9, 10, 7, 58, 44)
G3 = f"""Hi Chen,

Thank you for contacting AWS Training and Certification.

We see that you already have an open case for the same request (case {G_CASE}). To avoid duplicate work, we are closing this case, {G_DCASE}. Your account merge request will be handled under case {G_CASE}, and the agent working on it will contact you there with the next steps.

This case is now closed. Was this message helpful? Let us know in a short survey:
https://survey.aws-tc.amazon.com/s/{G_DCASE}?lang=en

AWS Training and Certification Customer Service"""
mail("duplicate-case-closed-merge-continues-elsewhere", "survey", lang="en", case_id=G_DCASE, accounts=[],
     frm=AWS_FORM, to=G_ADDR, date=d, subject=f"RE:[CASE {G_DCASE}] {G_SUBJ} - Closed",
     new=G3, via='outlookcom', cte='base64', auth=aws_auth('54.240.48.120'), extra=ses_extra(d, '54.240.48.120'))

d = dt(2025, 9, 10, 8, 15, 3)
mail("double-check-direction-yes-proceed", "merge_confirmation_requested", lang="en", case_id=G_CASE,
     accounts=[G_KEEP, G_GONE], frm=AWS_FORM, to=G_ADDR, date=d, subject=f"RE:[CASE {G_CASE}] {G_SUBJ}",
     new=f"""Hi Chen,

Good day! Apologies for the delay in getting back to you, and thank you for your patience.

Just to make sure we get this right: in your e-mail you asked us to keep the profile registered to {G_ADDR}. That is {G_KEEP}. The other profile, {G_GONE} (wei.chen@lumen-retail.com.sg), holds your Security - Specialty certification; it would be merged into {G_KEEP} and then deactivated.

Could you please reply with "Yes, proceed" to confirm that {G_GONE} should be merged into {G_KEEP}? Please note that this can't be undone. If you would rather keep {G_GONE} instead, just let me know.

I have also closed your second case ({G_DCASE}) so that everything is handled here.

Warm regards,
Angelica R.
AWS Training and Certification Customer Service""",
     quote=f"""________________________________
From: Chen Wei <{G_ADDR}>
Sent: Tuesday, September 9, 2025 10:58 PM
To: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: [CASE {G_CASE}] We received your submission

Hello, any update on this? I need the certs on one account for my new job. Please keep the one with my outlook address.

Chen""",
     via='outlookcom', auth=aws_auth('54.240.48.120'), extra=ses_extra(d, '54.240.48.120'))

d = dt(2025, 9, 11, 12, 40, 26)
mail("merge-done-but-check-exam-appointment", "merge_completed", lang="en", case_id=G_CASE, accounts=[G_KEEP, G_GONE],
     frm=AWS_FORM, to=G_ADDR, date=d, subject=f"RE:[CASE {G_CASE}] {G_SUBJ}",
     new=f"""Hi Chen,

Thank you for confirming. The merge has been completed on our side: {G_KEEP} now also shows your Security - Specialty certification, together with everything that was already there.

One more thing. I noticed an exam appointment for AWS Certified Machine Learning Engineer - Associate on 20 September that was booked under {G_GONE}. Could you check your Pearson VUE dashboard to see whether the appointment still shows? If it doesn't, reply to this e-mail and I'll help you rebook it at no cost.

Warm regards,
Angelica R.
AWS Training and Certification Customer Service""",
     quote=f"""________________________________
From: Chen Wei <{G_ADDR}>
Sent: Wednesday, September 10, 2025 9:31 PM
To: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {G_CASE}] {G_SUBJ}

Yes, proceed.""",
     via='outlookcom', cte='base64', auth=aws_auth('54.240.9.33'), extra=ses_extra(d, '54.240.9.33'))

d = dt(2025, 9, 18, 15, 2, 18)
G_B = uuid.UUID(int=R.getrandbits(128))
mail("credly-reminder-badge-waiting-to-accept", "credly_badge_issued", lang="en", case_id=None, accounts=[],
     frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=G_ADDR, date=d,
     msgid=f"<{hexr(24)}.{R.randint(1000,9999)}@credly.com>",
     subject="Reminder: Your AWS Certified Security - Specialty badge is ready to accept",
     new=f"""Hi Chen,

Amazon Web Services Training and Certification issued you a badge a few days ago, and it's still waiting for you:

AWS Certified Security - Specialty

Accept it now to display it on your Credly profile and share it with your professional network.

Accept your badge: https://www.credly.com/earner/earned/badge/{G_B}

Credly, Inc. | 1 Broadway, Cambridge, MA 02142
Stop receiving reminders: https://www.credly.com/notifications""",
     via='outlookcom', auth=credly_auth('149.72.134.18'), helo='o4.ptr8141.em.credly.com', boundary=hexr(28))

# ---------------------------------------------------------------- Story H (ja, corporate IIJ, form desk, Shift_JIS)
H_NAME, H_ADDR = "高橋 翔", "sho.takahashi@hoshizora-soft.co.jp"
H_OPEN = dt(2024, 11, 20, 2, 17, 3)
H_CASE = f"{unix(H_OPEN)}00158"
H_KEEP, H_GONE = "AWS04781105", "AWS09953260"
H_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
H_SIG = """中村
AWS トレーニングと認定 カスタマーサポート"""

d = dt(2024, 11, 21, 6, 5, 47)
mail("ja-voucher-answer-and-merge-kakunin", "merge_confirmation_requested", lang="ja", case_id=H_CASE,
     accounts=[H_KEEP, H_GONE], frm=AWS_FORM, to=(H_NAME, H_ADDR), date=d, subject=f"RE:[CASE {H_CASE}] {H_SUBJ}",
     new=f"""{H_NAME} 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

お問い合わせいただいた 2 点について、以下のとおりご回答いたします。

1. 受験割引特典（50% 割引）について
　統合後も、特典は残すアカウントに引き継がれます。有効期限の変更もございません。

2. アカウントの統合について
　以下の内容で統合を進めてよろしいか、ご確認をお願いいたします。

　　残すアカウント　：{H_KEEP}（{H_ADDR}）
　　統合するアカウント：{H_GONE}（sho.t.1990@gmail.com）

　統合後は、{H_GONE} にはサインインできなくなり、元に戻すこともできません。
　問題がなければ、その旨を本メールにご返信ください。確認でき次第、作業に着手いたします。

以上、よろしくお願いいたします。

{H_SIG}""",
     mode='plain', cs='shift_jis', cte='base64', subj_cs='utf-8', name_cs='shift_jis', via='iij',
     auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2024, 11, 25, 3, 20, 14)
mail("ja-shinchoku-tantou-busho-de-sagyouchuu", "support_reply", lang="ja", case_id=H_CASE, accounts=[],
     frm=AWS_FORM, to=H_ADDR, date=d, subject=f"RE:[CASE {H_CASE}] {H_SUBJ}",
     new=f"""{H_NAME} 様

お世話になっております。中村でございます。
お問い合わせの件、ご心配をおかけしております。

統合作業は、現在担当部署にて進めております。
通常より時間を要しており恐縮ですが、完了まであと 2〜3 営業日ほどお待ちいただけますでしょうか。
完了次第、本ケースにてご連絡いたします。

何卒よろしくお願いいたします。

{H_SIG}""",
     quote=f"""-----Original Message-----
差出人: {H_NAME} <{H_ADDR}>
送信日時: 2024年11月25日 9:02
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE: RE:[CASE {H_CASE}] {H_SUBJ}

中村様

お世話になっております。高橋です。
21日に統合を承認する旨ご返信いたしましたが、その後の進捗はいかがでしょうか。
来月受験を予定しているため、状況をお知らせいただけますと助かります。

高橋""",
     mode='plain', cs='shift_jis', cte='base64', via='iij', auth=aws_auth('54.240.8.77'), extra=ses_extra(d, '54.240.8.77'))

d = dt(2024, 11, 27, 5, 44, 31)
mail("ja-kanryou-cp932-labelled-sjis", "merge_completed", lang="ja", case_id=H_CASE, accounts=[H_KEEP, H_GONE],
     frm=AWS_FORM, to=H_ADDR, date=d, subject=f"RE:[CASE {H_CASE}] {H_SUBJ}",
     new=f"""{H_NAME} 様

お世話になっております。中村でございます。
長らくお待たせいたしました。{H_GONE} を {H_KEEP} へ統合する作業が完了いたしました。

お手数ですが、以下をご確認いただけますでしょうか。
　① {H_KEEP} に認定資格（3 件）が表示されていること
　② 50% 割引特典が引き続き表示されていること
　③ Credly のバッジ（再発行まで１週間～１０日程度）

ご不明な点がございましたら、本メールにご返信ください。

{H_SIG}""",
     mode='plain', cs='cp932', label_cs='Shift_JIS', cte='8bit', via='iij',
     auth=aws_auth('54.240.8.77'), extra=ses_extra(d, '54.240.8.77'))

# ---------------------------------------------------------------- Story I (en, Gmail, form desk, exam blocker)
I_NAME, I_ADDR = "Sophie Laurent", "sophie.laurent.cloud@gmail.com"
I_OPEN = dt(2025, 3, 4, 18, 40, 10)
I_CASE = f"{unix(I_OPEN)}00720"
I_KEEP, I_GONE = "AWS06618830", "AWS02047719"
I_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
I_SIG = """Best regards,
Harish V.
AWS Training and Certification Customer Support"""

d = dt(2025, 3, 5, 20, 11, 52)
mail("merge-on-hold-exam-scheduled", "support_reply", lang="en", case_id=I_CASE, accounts=[I_KEEP, I_GONE],
     frm=AWS_FORM, to=I_ADDR, date=d, subject=f"RE:[CASE {I_CASE}] {I_SUBJ}",
     new=f"""Hello Sophie,

Thank you for contacting AWS Training and Certification.

I have found both of your profiles, {I_KEEP} and {I_GONE}. However, there is an active exam registration on {I_GONE}: AWS Certified DevOps Engineer - Professional, scheduled for 12 March 2025. We are not able to process a merge while an exam is scheduled on either profile.

You have two options:
1. Keep the appointment. We will put your request on hold and continue once your result has been posted (usually within 5 business days after the exam).
2. Cancel the appointment in your Pearson VUE dashboard, then reply to let us know, and we will continue straight away.

Please let me know which option you prefer.

{I_SIG}""",
     quote=f"""-----Original Message-----
From: {I_ADDR}
Sent: 2025-03-04 18:40 UTC
Subject: {I_SUBJ}

AWS Candidate ID: {I_KEEP}
Inquiry Detail: Account Merge
Description: Please merge my old profile into {I_KEEP}. Thank you.""",
     auth=aws_auth('54.240.9.104'), extra=ses_extra(d, '54.240.9.104'))

d = dt(2025, 3, 7, 9, 26, 4)
mail("invoice-question-merge-still-on-hold", "support_reply", lang="en", case_id=I_CASE, accounts=[],
     frm=AWS_FORM, to=I_ADDR, date=d, subject=f"RE:[CASE {I_CASE}] {I_SUBJ}",
     new=f"""Hello Sophie,

Thanks for your reply, and good luck with the exam!

About your other question: exam fee invoices are issued by Pearson VUE, not by AWS. You can download a receipt from your Pearson VUE dashboard under "Purchased exams" > "Receipt". If your company name needs to appear on it, Pearson VUE customer service can reissue it for you.

As agreed, your request stays on hold until your result is posted. I'll check back on 17 March and pick it up from there; you don't need to do anything in the meantime.

{I_SIG}""",
     quote=f"""On Thu, Mar 6, 2025 at 11:02 PM Sophie Laurent <{I_ADDR}> wrote:
> Hi Harish,
>
> I'll keep the appointment (option 1). One more question: can I get an
> invoice for the exam fee with my company name on it?
>
> Thanks,
> Sophie""",
     cte='base64', auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

d = dt(2025, 3, 18, 10, 3, 39)
I4 = f"""Hello Sophie,

Congratulations on passing the DevOps Engineer - Professional exam!

As promised, I picked up your request today. Your two certification profiles are now one: everything from {I_GONE}, including the result of your 12 March exam, now sits under {I_KEEP}, and {I_GONE} can no longer be used to sign in.

Please sign in with {I_ADDR} and take a look. Your Credly badges will be re-issued to that address within the next few days.

{I_SIG}"""
mail("profiles-are-now-one-after-exam", "merge_completed", lang="en", case_id=I_CASE, accounts=[I_KEEP, I_GONE],
     frm=AWS_FORM, to=I_ADDR, date=d, subject=f"RE:[CASE {I_CASE}] {I_SUBJ}",
     new=I4, auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

d = dt(2025, 3, 25, 10, 15, 0)
mail("resolving-case-quotes-earlier-completion", "survey", lang="en", case_id=I_CASE, accounts=[],
     frm=AWS_FORM, to=I_ADDR, date=d, subject=f"RE:[CASE {I_CASE}] {I_SUBJ}",
     new=f"""Hello Sophie,

As your profiles were consolidated last week (see my message below) and we haven't heard of any issues since, I'm now resolving this case. If something turns out to be missing, simply reply within 7 days and the case will reopen.

Would you take 30 seconds to rate the help you received?
Rate this case: https://survey.aws-tc.amazon.com/s/{I_CASE}?lang=en
(1 = very poor, 5 = excellent)

{I_SIG}""",
     quote=f"""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 18, 2025 10:03 AM
To: {I_ADDR}
Subject: RE:[CASE {I_CASE}] {I_SUBJ}

{I4}""",
     auth=aws_auth('54.240.48.93'), extra=ses_extra(d, '54.240.48.93'))

# ---------------------------------------------------------------- Story J (en, O365 corporate, form desk, 11-digit, 2023)
J_NAME, J_ADDR = "Aarav Mehta", "aarav.mehta@northbridge-fin.com"
J_CASE = "12970455181"
J_KEEP, J_GONE = "AWS07265518", "AWS03902147"
J_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
J_SIG = """Regards,
Nicole B.
AWS Training and Certification Customer Support"""

d = dt(2023, 4, 18, 15, 49, 21)
mail("asks-login-emails-and-reason", "support_reply", lang="en", case_id=J_CASE, accounts=[J_KEEP],
     frm=AWS_FORM, to=(J_NAME, J_ADDR), date=d, subject=f"RE:[CASE {J_CASE}] {J_SUBJ}",
     new=f"""Hi Aarav,

Thank you for contacting AWS Training and Certification about your certification profiles.

To help us review your request, please reply with the following:

1. The e-mail address used to sign in to each profile. We found {J_KEEP}; for the other one, the candidate ID alone is not enough for us to verify ownership.
2. The notification e-mail address set on each profile, if it differs from the sign-in address.
3. Which profile you would like to keep as your main one.
4. A short note on why you ended up with two profiles (for example, a change of employer).

Once we have this information we'll review it and get back to you with the next steps.

{J_SIG}""",
     quote=f"""-----Original Message-----
From: {J_ADDR}
Sent: Monday, April 17, 2023 9:12 PM
Subject: {J_SUBJ}

AWS Candidate ID: {J_KEEP}
Inquiry Type: Certification / Account Merge
Description: I have a second certification profile from my previous employer. Can the two be combined?""",
     via='o365', auth=aws_auth('54.240.8.85'), extra=ses_extra(d, '54.240.8.85'))

d = dt(2023, 4, 20, 8, 37, 55)
mail("plan-for-profiles-reply-approved", "merge_confirmation_requested", lang="en", case_id=J_CASE,
     accounts=[J_KEEP, J_GONE], frm=AWS_FORM, to=J_ADDR, date=d, subject=f"RE:[CASE {J_CASE}] {J_SUBJ}",
     new=f"""Hi Aarav,

Thanks for sending the details so quickly. I've verified both profiles and they are in your name, so here is the plan:

 - {J_GONE} (aarav.m@kestrel-bank.in): everything on this profile will be moved across, and the profile will then be closed.
 - {J_KEEP} ({J_ADDR}): this stays as your only profile.

Because this can't be reversed, we need your explicit OK before we go further. Could you reply "Approved" if this is what you want? If you would prefer the other profile to be the one that stays, just tell me.

In the meantime I've asked our team to hold any new exam bookings on {J_GONE}, so nothing changes on it while we wait for your answer.

{J_SIG}""",
     quote=f"""From: Aarav Mehta <{J_ADDR}>
Sent: Wednesday, April 19, 2023 11:04 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {J_CASE}] {J_SUBJ}

Hi Nicole,

1. Old profile sign-in: aarav.m@kestrel-bank.in, current: {J_ADDR}
2. Same as sign-in for both
3. Keep the current one please
4. Changed employer in 2022

Thanks,
Aarav

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, April 18, 2023 3:49 PM
To: Aarav Mehta <{J_ADDR}>
Subject: RE:[CASE {J_CASE}] {J_SUBJ}

Hi Aarav,

To help us review your request, please reply with the following: ...""",
     via='o365', cte='quoted-printable', auth=aws_auth('54.240.8.85'), extra=ses_extra(d, '54.240.8.85'))

d = dt(2023, 4, 21, 7, 12, 8)
mail("approved-back-office-then-credly", "support_reply", lang="en", case_id=J_CASE, accounts=[],
     frm=AWS_FORM, to=J_ADDR, date=d, subject=f"RE:[CASE {J_CASE}] {J_SUBJ}",
     new=f"""Hi Aarav,

Thank you for approving. Your request is now with our back-office team.

Once the merge is complete, we will let you know here and we'll also ask Credly to move your badges to {J_ADDR}. You'll receive an e-mail from Credly when that happens - no need to create a new Credly account.

{J_SIG}""",
     quote=f"""From: Aarav Mehta <{J_ADDR}>
Sent: Thursday, April 20, 2023 6:15 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {J_CASE}] {J_SUBJ}

Approved.

Aarav""",
     via='o365', auth=aws_auth('54.240.9.45'), extra=ses_extra(d, '54.240.9.45'), no_ar=True)

d = dt(2023, 4, 24, 6, 58, 40)
mail("update-done-nested-quote", "merge_completed", lang="en", case_id=J_CASE, accounts=[J_KEEP],
     frm=AWS_FORM, to=J_ADDR, date=d, subject=f"RE:[CASE {J_CASE}] {J_SUBJ}",
     new=f"""Hi Aarav,

Quick update: all done. Your two profiles were combined this morning and {J_KEEP} is now your single certification profile, with all four certifications on it. The old sign-in address no longer works.

We've also asked Credly to move your badges; expect an e-mail from them in the next few days.

{J_SIG}""",
     quote=f"""On Fri, Apr 21, 2023 at 12:42 PM Aarav Mehta <{J_ADDR}> wrote:
> Thanks Nicole. Any idea how long it usually takes?
>
> On Fri, Apr 21, 2023 at 7:12 AM AWS Training and Certification wrote:
> > Thank you for approving. Your request is now with our back-office team.
> >
> > > Could you reply "Approved" if this is what you want?
> > >  - {J_GONE} (aarav.m@kestrel-bank.in): everything on this profile will be
> > > moved across, and the profile will then be closed.
> > >  - {J_KEEP} ({J_ADDR}): this stays as your only profile.""",
     via='o365', cte='base64', auth=aws_auth('54.240.9.45'), extra=ses_extra(d, '54.240.9.45'))

d = dt(2023, 4, 28, 19, 22, 10)
J_B = uuid.UUID(int=R.getrandbits(128))
mail("credly-issued-sa-pro-2023", "credly_badge_issued", lang="en", case_id=None, accounts=[],
     frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=J_ADDR, date=d,
     msgid=f"<{hexr(24)}.{R.randint(1000,9999)}@credly.com>",
     subject="Aarav, your AWS Certified Solutions Architect - Professional badge is here",
     new=f"""Congratulations, Aarav!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Professional

Claim your badge to share it on LinkedIn and with your network, and to keep a verified record of your achievement.

Accept your badge: https://www.credly.com/earner/earned/badge/{J_B}

Credly, Inc. | 1 Broadway, Cambridge, MA 02142""",
     mode='html', html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2>Congratulations, Aarav!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect - Professional</b></p>
<p>Claim your badge to share it on LinkedIn and with your network, and to keep a verified record of your achievement.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{J_B}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. | 1 Broadway, Cambridge, MA 02142</p>
</td></tr></table></body></html>""",
     via='o365', auth=credly_auth('149.72.134.22'), helo='o6.ptr8141.em.credly.com')

# ---------------------------------------------------------------- phishing about the merge
d = dt(2025, 9, 12, 1, 44, 19)
mail("lookalike-domain-confirm-merge-link", "merge_confirmation_requested", lang="en", case_id=None,
     accounts=[G_KEEP], frm=("AWS Certification Support", "support@aws-certification-merge.com"), to=G_ADDR, date=d,
     msgid=f"<{hexr(16)}@aws-certification-merge.com>",
     subject="Action required: confirm your AWS Certification account merge",
     new=f"""Dear Candidate,

We received a request to merge your AWS Certification profiles. Before the merge can be carried out, you must confirm that the following is correct:

  Profile to be kept: {G_KEEP}
  Profile(s) to be merged: all other profiles registered under your name

To confirm the merge, sign in with your AWS Certification credentials within 24 hours:
https://aws-certification-merge.com/confirm?cid={G_KEEP.lower()}&t={hexr(20)}

If you do not confirm within 24 hours, the request will be cancelled and your certifications may be suspended.

Thank you,
AWS Certification Support Team
Reference: MRG-2025-448120""",
     via='outlookcom', auth=dict(dkim=[('pass', 'aws-certification-merge.com', 'default')], spf='pass', ip='185.243.112.47',
                                 dmarc=('pass', 'aws-certification-merge.com', 'NONE'), ses=False),
     mailfrom='bounce@aws-certification-merge.com', helo='mail.aws-certification-merge.com', verified=False)

P2_CASE = "176012884400213"
d = dt(2025, 10, 13, 6, 21, 55)
FORGED = """Authentication-Results: amazon.com; dkim=pass header.d=amazon.com;
 spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"""
mail("spoofed-amazon-dmarc-fail-confirm-merge", "merge_confirmation_requested", lang="en", case_id=P2_CASE,
     accounts=[I_KEEP], frm=AWS_FORM, to=I_ADDR, date=d,
     msgid=f"<{hexr(12)}.{hexr(8)}@mail-svc-notify.top>",
     subject=f"RE:[CASE {P2_CASE}] Certification account merge - confirmation required",
     new=f"""Hello,

Your request to merge AWS Certification accounts has been reviewed. Account AWS 06618830 will be merged with your other profile and all certifications will be transferred.

To confirm the merge, please verify your identity using the secure link below. Requests that are not confirmed within 48 hours are cancelled and the accounts may be locked.

Confirm merge: https://aws-tc-verify.mail-svc-notify.top/case/{P2_CASE}

Best regards,
AWS Training and Certification Customer Support""",
     mode='html', html=f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your request to merge AWS Certification accounts has been reviewed. Account <b>AWS 06618830</b> will be merged with your other profile and all certifications will be transferred.</p>
<p>To confirm the merge, please verify your identity using the secure link below. Requests that are not confirmed within 48 hours are cancelled and the accounts may be locked.</p>
<p><a href="https://aws-tc-verify.mail-svc-notify.top/case/{P2_CASE}">Confirm merge</a></p>
<p>Best regards,<br>AWS Training and Certification Customer Support</p></body></html>""",
     cte='quoted-printable',
     auth=dict(dkim=[('pass', 'mail-svc-notify.top', 'mx1')], spf='pass', ip='45.137.21.88',
               dmarc=('fail', 'amazon.com', 'QUARANTINE'), ses=False),
     mailfrom='noreply@mail-svc-notify.top', helo='vps-88.mail-svc-notify.top', forged=FORGED, verified=False)

# ---------------------------------------------------------------- unrelated look-alikes
d = dt(2024, 10, 2, 18, 5, 33)
mail("credly-self-service-account-merge-code", "unrelated", lang="en", case_id=None, accounts=[],
     frm=("Credly", "admin@credly.com"), to=D_ADDR, date=d, msgid=f"<{hexr(24)}.{R.randint(1000,9999)}@credly.com>",
     subject="Your Credly account merge verification code",
     new=f"""Hi Lukas,

We received a request to merge the Credly account registered to l.brenner@stadtwerke-hagen.de into your Credly account {D_ADDR}.

Your verification code is: 604918

Enter this code on the merge page, or click the button below to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token={hexr(40)}

After the merge, all badges from both Credly accounts will appear in one profile. If you did not request this, you can ignore this e-mail and nothing will change.

Credly, Inc. | 1 Broadway, Cambridge, MA 02142""",
     auth=credly_auth('149.72.134.18'), helo='o4.ptr8141.em.credly.com', boundary=hexr(28))

d = dt(2025, 8, 4, 13, 30, 0)
mail("credly-badge-expires-in-90-days-ja-user", "unrelated", lang="en", case_id=None, accounts=[],
     frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to="yoko.suzuki_0214@yahoo.co.jp", date=d,
     msgid=f"<{hexr(24)}.{R.randint(1000,9999)}@credly.com>",
     subject="Your AWS Certified Cloud Practitioner badge expires in 90 days",
     new=f"""Hi Yoko,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on 2 November 2025.

To keep your badge active, recertify before it expires. Learn about recertification options:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}

Credly, Inc. | 1 Broadway, Cambridge, MA 02142
You are receiving this because you have notifications enabled for expiring badges.""",
     via='yahoojp', auth=credly_auth('149.72.134.22'), helo='o6.ptr8141.em.credly.com', boundary=hexr(28))

SC_CASE = "6120487733"
d = dt(2025, 6, 18, 4, 12, 9)
mail("seller-central-case-product-page-tougou", "unrelated", lang="ja", case_id=SC_CASE, accounts=[],
     frm=("Amazon.co.jp 出品者サポート", "seller-notification@amazon.co.jp"), to=B_ADDR, date=d,
     msgid=f"<{ses_local(d)}@ap-northeast-1.amazonses.com>",
     subject=f"RE:[CASE {SC_CASE}] 商品ページの統合について",
     new=f"""こんにちは

Amazon 出品者サポートにお問い合わせいただき、ありがとうございます。

ご依頼いただいた 2 つの商品ページ（ASIN: B0CX7K2M4Q / B0CX7K9T1L）の統合について、確認が完了しました。
2 つの ASIN はブランド名・型番が一致しているため、B0CX7K2M4Q に統合いたしました。反映には最大 72 時間かかる場合があります。

今回のサポートについて評価をお願いします。問題は解決しましたか？
はい / いいえ

Amazon 出品者サポート
ケース ID: {SC_CASE}

セラーセントラル: https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={SC_CASE}""",
     cte='base64', subj_cs='utf-8', name_cs='utf-8', via='nifty',
     auth=dict(dkim=[('pass', 'amazon.co.jp', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz'), ('pass', 'amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n')],
               spf='pass', ip='52.95.48.154', dmarc=('pass', 'amazon.co.jp', 'QUARANTINE'), ses=False),
     mailfrom=f"{ses_local(d)}@ap-northeast-1.amazonses.com", helo='a48-154.smtp-out.ap-northeast-1.amazonses.com',
     extra=[('Feedback-ID', f'::1.ap-northeast-1.{b64r(33)[:44]}=:AmazonSES')])

d = dt(2025, 2, 27, 16, 48, 2)
mail("pearson-vue-appointment-confirmation", "unrelated", lang="en", case_id=None, accounts=[I_GONE],
     frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=I_ADDR, date=d,
     msgid=f"<{R.randint(10**9,10**10)}.{R.randint(10**5,10**6)}.JavaMail.vueadmin@pvue-mailer{R.randint(1,9)}>",
     subject="Confirmation of your AWS Certified DevOps Engineer - Professional exam appointment",
     new=f"""Dear Sophie Laurent,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Date and time: Wednesday, 12 March 2025, 10:00 CET
Delivery: OnVUE online proctored
Candidate ID: {I_GONE}
Registration ID: 512884306

Please check in 30 minutes before your appointment. You will need a valid, government-issued ID that matches the name on your profile.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE""",
     mode='html', html=f"""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Sophie Laurent,</p>
<p>Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.</p>
<table border="0" cellpadding="4">
<tr><td><b>Exam:</b></td><td>DOP-C02: AWS Certified DevOps Engineer - Professional</td></tr>
<tr><td><b>Date and time:</b></td><td>Wednesday, 12 March 2025, 10:00 CET</td></tr>
<tr><td><b>Delivery:</b></td><td>OnVUE online proctored</td></tr>
<tr><td><b>Candidate ID:</b></td><td>{I_GONE}</td></tr>
<tr><td><b>Registration ID:</b></td><td>512884306</td></tr></table>
<p>Please check in 30 minutes before your appointment. You will need a valid, government-issued ID that matches the name on your profile.</p>
<p>To reschedule or cancel, visit <a href="https://home.pearsonvue.com/aws">https://home.pearsonvue.com/aws</a> at least 24 hours before your appointment.</p>
<p>Pearson VUE</p></body></html>""",
     cte='quoted-printable', label_cs='windows-1252',
     auth=dict(dkim=[('pass', 'pearson.com', 'selector1')], spf='pass', ip='159.182.1.72', dmarc=('pass', 'pearson.com', 'REJECT'), ses=False),
     helo='mailout2.pearsonvue.com', no_ar=True)

Q_OPEN = dt(2025, 8, 18, 9, 12, 44)
Q_CASE = f"{unix(Q_OPEN)}00271"
d = dt(2025, 8, 20, 11, 0, 7)
Q = f"""Dear Customer,

Your AWS Support case {Q_CASE} ("Service Quotas: increase EC2 On-Demand Standard vCPU limit in eu-central-1") has been resolved. The requested quota of 256 vCPUs is now active on account 7731-0458-2296.

If you need further help with this issue, you can reopen the case from the AWS Support Center within 14 days.

Was your issue resolved? Tell us in a short survey:
https://console.aws.amazon.com/support/feedback?displayId={Q_CASE}

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
mail("quota-increase-case-resolved-survey", "unrelated", lang="en", case_id=Q_CASE, accounts=[],
     frm=AWS_NOREPLY, to=D_ADDR, date=d, subject=f"Amazon Web Services: Your Support case {Q_CASE} has been resolved",
     new=Q, html=console_html_en(Q), mode='html', cte='quoted-printable',
     auth=aws_auth('54.240.8.31'), extra=ses_extra(d))

d = dt(2025, 10, 1, 22, 9, 40)
mail("phish-certification-suspended-pay-fee", "unrelated", lang="en", case_id=None, accounts=[G_KEEP],
     frm=("AWS Training & Certification", "no-reply@aws-training-portal.net"), to=G_ADDR, date=d,
     msgid=f"<{hexr(20)}@aws-training-portal.net>",
     subject="URGENT: Your AWS Certification will be suspended",
     new=f"""Dear Certified Professional,

Our records show that the annual maintenance fee for your AWS Certification (Candidate ID {G_KEEP}) has not been paid. Your certification and digital badges will be suspended in 48 hours.

To avoid suspension, update your payment details now:
https://aws-training-portal.net/billing/renew?id={hexr(16)}

AWS Training & Certification Billing""",
     mode='html', html=f"""<html><body><div style="font-family:Arial;border:1px solid #ff9900;padding:20px">
<p>Dear Certified Professional,</p>
<p>Our records show that the annual maintenance fee for your AWS Certification (Candidate ID {G_KEEP}) has not been paid. Your certification and digital badges will be <b>suspended in 48 hours</b>.</p>
<p>To avoid suspension, <a href="https://aws-training-portal.net/billing/renew?id={hexr(16)}">update your payment details now</a>.</p>
<p>AWS Training &amp; Certification Billing</p></div></body></html>""",
     cte='base64', via='outlookcom',
     auth=dict(dkim=[], spf='softfail', ip='103.151.44.19', ses=False),
     mailfrom='no-reply@aws-training-portal.net', helo='srv1.hostlink-vps.in', verified=False)

# ==== END MAILS

def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            pl = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'ascii'
            try:
                out.append(pl.decode(cs, errors='replace'))
            except LookupError:
                out.append(pl.decode('utf-8', errors='replace'))
    return '\n'.join(out)

def check():
    problems = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    for f in files:
        if f not in LABELS:
            problems.append(f'{f}: no label')
            continue
        lab = LABELS[f]
        msg = email.message_from_bytes(open(os.path.join(OUT, f), 'rb').read())
        txt = decoded_text(msg)
        subj = str(email.header.make_header(email.header.decode_header(msg.get('Subject', ''))))
        alltxt = subj + '\n' + txt
        if lab['case_id'] and lab['case_id'] not in alltxt:
            problems.append(f'{f}: case id {lab["case_id"]} not in text')
        found = set(ids_in(alltxt))
        for a in lab['account_ids']:
            if a not in found:
                problems.append(f'{f}: account {a} not in decoded text')
        nt = ids_in(NEWTEXT[f])
        if nt != lab['account_ids']:
            problems.append(f'{f}: new-text ids {nt} != label {lab["account_ids"]}')
        if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.eml', f):
            problems.append(f'{f}: bad name')
    for f in LABELS:
        if f not in files:
            problems.append(f'{f}: label without file')
    return problems

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(LABELS, fh, indent=1, ensure_ascii=False, sort_keys=True)
probs = check()
from collections import Counter
print(len(LABELS), 'mails;', dict(Counter(v['kind'] for v in LABELS.values())))
print('\n'.join(probs) if probs else 'checks OK')
