#!/usr/bin/env python3
"""Generator for blind set 52: mails around an AWS Certification account merge.
Writes NNN-slug.eml files and labels.json into the folder of this script."""
import base64, json, os, random, re, datetime as dt
from email.message import MIMEPart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.mime.nonmultipart import MIMENonMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5252)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
BST = dt.timezone(dt.timedelta(hours=1))
GMT = dt.timezone(dt.timedelta(hours=0))
EDT = dt.timezone(dt.timedelta(hours=-4))

def T(s, tz=UTC):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)

def caseid(s, suffix):
    return str(int(T(s).timestamp())) + suffix

def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def hexr(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def b32r(n):
    return ''.join(R.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(n))

def alnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))

def fold_long(s, width=72, indent='\t '):
    out = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(out)

def rfc(d):
    return format_datetime(d)

def uuidr():
    return f"{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}"

# ---------------------------------------------------------------- senders
class Sender:
    def __init__(self, ip, helo, mailfrom, dkims, msgid, extra=None, ehlo_name=None):
        self.ip, self.helo, self.mailfrom_f, self.dkims, self.msgid_f = ip, helo, mailfrom, dkims, msgid
        self.extra = extra or (lambda d: [])

def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return f"0100{ms:012x}-{uuidr()}-000000"

def ses_sender(domain='amazon.com', ip='54.240.8.33'):
    a, b = ip.split('.')[2:]
    helo = f"a{a}-{b}.smtp-out.amazonses.com"
    state = {}
    def msgid(d):
        state['id'] = ses_id(d)
        return f"<{state['id']}@email.amazonses.com>"
    def mailfrom(d):
        return f"{state['id']}@email.amazonses.com"
    def extra(d):
        return [f"Feedback-ID: ::1.us-east-1.{alnum(43)}=:AmazonSES",
                f"X-SES-Outgoing: {d:%Y.%m.%d}-{ip}"]
    return Sender(ip, helo, mailfrom, [(domain, b32r(32)), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], msgid, extra)

def sendgrid_sender(domain, ip, rcpt_hint='user'):
    state = {}
    def msgid(d):
        return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"
    def mailfrom(d):
        return f"bounces+{R.randint(10000000, 49999999)}-{hexr(4)}-{rcpt_hint}@em{R.randint(1000, 9999)}.{domain}"
    def extra(d):
        return [f"X-SG-EID: {fold_long(alnum(120) + '==', 70, chr(9) + ' ')}",
                f"X-Entity-ID: u001.{alnum(22)}"]
    a, b, c, e = ip.split('.')
    return Sender(ip, f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.{domain}", mailfrom,
                  [(domain, 's1'), ('sendgrid.info', 'smtpapi')], msgid, extra)

def plain_sender(domain, ip, helo, mailfrom, selector='selector1', msgid_dom=None, extra=None):
    def msgid(d):
        return f"<{hexr(16)}.{R.randint(100000, 999999)}@{msgid_dom or domain}>"
    return Sender(ip, helo, lambda d: mailfrom, [(domain, selector)] if selector else [], msgid, extra)

def dkim_header(d, s, when, hlist="From:Reply-To:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID", c='relaxed/simple'):
    b = b64r(256)
    txt = (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={int(when.timestamp())};\n"
           f"\th={hlist};\n\tbh={b64r(32)};\n\tb={fold_long(b, 70, chr(9) + ' ')}")
    return txt, b[:8]

# ---------------------------------------------------------------- receivers
def gmail_top(rcpt, when, sender, mailfrom, dkres, spf, dmarc, hfrom, pol="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    """dkres: list of (domain, selector, b8, result)"""
    t1 = when + dt.timedelta(seconds=R.randint(1, 3))
    t2 = t1 + dt.timedelta(seconds=1)
    parts = [f"dkim={r} header.i=@{d} header.s={s} header.b={b8}" for d, s, b8, r in dkres]
    if spf == 'pass':
        parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {sender.ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif spf == 'softfail':
        parts.append(f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {sender.ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {sender.ip} as permitted sender) smtp.mailfrom={mailfrom}")
    parts.append(f"dmarc={dmarc} ({pol}) header.from={hfrom}")
    ar = ";\n       ".join(parts)
    smtpid = f"{hexr(13)}-{hexr(11)}si{R.randint(1000000, 9999999)}{R.choice(['cf', 'qk', 'a1', 'pf', 'ib'])}.{R.randint(10, 999)}.{t1:%Y.%m.%d.%H.%M.%S}"
    return [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{hexr(4)}:{hexr(3)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {alnum(6).lower()}csp{R.randint(1000000, 9999999)}{alnum(3).lower()};\n        {rfc(t2.astimezone(dt.timezone(dt.timedelta(hours=-8 if t2.month in (1,2,3,11,12) else -7))))}",
        f"X-Google-Smtp-Source: AGHT+I{alnum(74)}",
        f"X-Received: by 2002:a05:{hexr(4)}:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {hexr(12)}-{hexr(11)}mr{R.randint(10000000, 99999999)}.{R.randint(10, 99)}.{int(t2.timestamp())}{R.randint(100, 999)};\n        {rfc(t2.astimezone(dt.timezone(dt.timedelta(hours=-8 if t2.month in (1,2,3,11,12) else -7))))}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_long(b64r(256), 64, ' ' * 8)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh=;\n        b={fold_long(b64r(256), 64, ' ' * 8)};\n        dara=google.com",
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {ar}",
        f"Return-Path: <{mailfrom}>",
        f"Received: from {sender.helo} ({sender.helo}. [{sender.ip}])\n        by mx.google.com with ESMTPS id {smtpid}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(t1.astimezone(dt.timezone(dt.timedelta(hours=-8 if t1.month in (1,2,3,11,12) else -7))))}",
        f"Received-SPF: {spf} (google.com: domain of {mailfrom} {'designates' if spf == 'pass' else 'does not designate'} {sender.ip} as permitted sender) client-ip={sender.ip};",
        f"Authentication-Results: mx.google.com;\n       {ar}",
    ], []

def o365_top(rcpt, when, sender, mailfrom, dkres, spf, dmarc, hfrom, consumer=False, action=None, compauth=None):
    t1 = when + dt.timedelta(seconds=R.randint(1, 4))
    t2 = t1 + dt.timedelta(seconds=1)
    t3 = t2 + dt.timedelta(seconds=1)
    if consumer:
        reg = ['SN7P220CA0017.NAMP220.PROD.OUTLOOK.COM', 'DS1PEPF00017099.namprd03.prod.outlook.com', 'SA1P223MB1234.NAMP223.PROD.OUTLOOK.COM', 'MW4P223MB0588.NAMP223.PROD.OUTLOOK.COM']
    else:
        reg = ['BN9PR03CA0741.namprd03.prod.outlook.com', 'BN2PEPF000044A8.namprd04.prod.outlook.com', 'SA1PR11MB8474.namprd11.prod.outlook.com', 'PH0PR11MB5612.namprd11.prod.outlook.com']
    mfdom = mailfrom.split('@')[-1]
    d0 = dkres[0] if dkres else None
    if d0 is None:
        dk = "dkim=none (message not signed) header.d=none"
    elif d0[3] == 'pass':
        dk = f"dkim=pass (signature was verified) header.d={d0[0]}"
    else:
        dk = f"dkim=fail (body hash did not verify) header.d={d0[0]}"
    if spf == 'pass':
        sp = f"spf=pass (sender IP is {sender.ip}) smtp.mailfrom={mfdom}"
    elif spf == 'none':
        sp = f"spf=none (sender IP is {sender.ip}) smtp.mailfrom={mfdom}"
    else:
        sp = f"spf={spf} (sender IP is {sender.ip}) smtp.mailfrom={mfdom}"
    if action is None:
        action = 'none' if dmarc in ('pass', 'none', 'bestguesspass') else 'quarantine'
    if compauth is None:
        compauth = 'pass reason=100' if dmarc == 'pass' else ('fail reason=000' if dmarc == 'fail' else 'softpass reason=201')
    ar = f"{sp}; {dk};dmarc={dmarc} action={action} header.from={hfrom};compauth={compauth}"
    ipv6 = lambda: f"2603:10b6:{hexr(3)}:{hexr(3)}::{R.randint(10, 99)}"
    spfword = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'SoftFail', 'none': 'None'}[spf]
    top = [
        f"Received: from {reg[2]} ({ipv6()})\n by {reg[3]} with HTTPS; {rfc(t3)}",
        f"Received: from {reg[0]} ({ipv6()}) by\n {reg[2]} ({ipv6()}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9137.13; {rfc(t2)}",
        f"Received: from {reg[1]}\n ({ipv6()}) by {reg[0]}\n ({ipv6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.13 via Frontend Transport; {rfc(t2)}",
        f"Authentication-Results: {ar}",
        f"Received-SPF: {spfword} (protection.outlook.com: domain of {mfdom}\n {'designates' if spf == 'pass' else 'does not designate'} {sender.ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={sender.ip};\n helo={sender.helo}; pr=C",
        f"Received: from {sender.helo} ({sender.ip}) by\n {reg[1].split('.')[0]}.mail.protection.outlook.com (10.167.{R.randint(200, 250)}.{R.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.13 via\n Frontend Transport; {rfc(t1)}",
    ]
    trailer = [
        "Return-Path: " + mailfrom,
        f"X-MS-Exchange-Organization-ExpirationStartTime: {t1:%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        f"X-MS-Exchange-Organization-Network-Message-Id: {uuidr()}",
        "X-EOPAttributedMessage: 0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-Exchange-Organization-AuthSource: " + reg[1],
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {uuidr()}",
        f"X-MS-Exchange-Organization-SCL: {1 if dmarc == 'pass' else 5}",
        f"X-Microsoft-Antispam: BCL:{R.randint(0, 3)};ARA:{R.randint(10000, 99999)}|{R.randint(10000, 99999)}|{R.randint(1000, 9999)};",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t1:%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)",
    ]
    return top, trailer

def jp_top(provider, rcpt, when, sender, mailfrom, dkres, spf, dmarc, hfrom):
    t1 = (when + dt.timedelta(seconds=R.randint(1, 5))).astimezone(JST)
    t2 = t1 + dt.timedelta(seconds=R.randint(1, 3))
    dk = ' '.join(f"dkim={r} header.d={d} header.s={s} header.b={b8};" for d, s, b8, r in dkres) or 'dkim=none;'
    if provider == 'biglobe':
        authserv = 'biglobe.ne.jp'
        ar = f"Authentication-Results: {authserv};\n\tspf={spf} smtp.mailfrom={mailfrom};\n\t{dk}\n\tdmarc={dmarc} header.from={hfrom}"
        top = [
            f"Return-Path: <{mailfrom}>",
            f"Received: from mbox{R.randint(10, 99)}.biglobe.ne.jp by mbox{R.randint(10, 99)}.biglobe.ne.jp with LMTP id {alnum(10)}\n\tfor <{rcpt}>; {rfc(t2)}",
            f"Received: from mfilter{R.randint(100, 999)}.biglobe.ne.jp (mfilter{R.randint(100, 999)}.biglobe.ne.jp [133.205.{R.randint(10, 99)}.{R.randint(2, 250)}])\n\tby mbox{R.randint(10, 99)}.biglobe.ne.jp (Postfix) with ESMTP id 4d{alnum(10)}\n\tfor <{rcpt}>; {rfc(t2)}",
            ar,
            f"Received: from {sender.helo} ({sender.helo} [{sender.ip}])\n\tby mx{R.randint(10, 99)}.biglobe.ne.jp (Postfix) with ESMTPS id 4d{alnum(10)}\n\tfor <{rcpt}>; {rfc(t1)}",
        ]
    elif provider == 'nifty':
        ar = f"Authentication-Results: mx.nifty.com;\n\tspf={spf} smtp.mailfrom={mailfrom.split('@')[-1]};\n\t{dk}\n\tdmarc={dmarc} (p=quarantine dis=none) header.from={hfrom}"
        top = [
            f"Return-Path: <{mailfrom}>",
            f"Received: from mta-snd{R.randint(10, 99)}.nifty.com by nmbox{R.randint(10, 99)}.nifty.com\n\twith ESMTP id <{t2:%Y%m%d%H%M%S}.{alnum(8)}@nmbox.nifty.com>\n\tfor <{rcpt}>; {rfc(t2)}",
            ar,
            f"Received: from {sender.helo} ([{sender.ip}])\n\tby mx{R.randint(10, 99)}.nifty.com with ESMTP\n\tid <{t1:%Y%m%d%H%M%S}.{alnum(6)}.mx{R.randint(10, 99)}@nifty.com>\n\tfor <{rcpt}>; {rfc(t1)}",
        ]
    else:
        raise ValueError(provider)
    return top, []

def corp_top(rcpt, when, sender):
    """On-premises Exchange behind a gateway that adds no Authentication-Results."""
    t1 = (when + dt.timedelta(seconds=R.randint(2, 9))).astimezone(CEST if 4 <= when.month <= 10 else CET)
    t2 = t1 + dt.timedelta(seconds=2)
    return [
        f"Received: from KM-EXCH02.kessler.local (10.20.4.12) by KM-EXCH01.kessler.local\n (10.20.4.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; {rfc(t2)}",
        f"Received: from mailgw2.kessler-maschinenbau.de (192.168.40.25) by\n KM-EXCH02.kessler.local (10.20.4.12) with Microsoft SMTP Server id 15.1.2507.39\n via Frontend Transport; {rfc(t2)}",
        f"Received: from {sender.helo} ({sender.helo} [{sender.ip}])\n\tby mailgw2.kessler-maschinenbau.de (Postfix) with ESMTPS id 4c{alnum(10)}\n\tfor <{rcpt}>; {rfc(t1)}",
        "X-Virus-Scanned: amavisd-new at kessler-maschinenbau.de",
        f"X-Spam-Score: -{R.randint(1, 3)}.{R.randint(0, 9)}",
    ], [
        "X-MS-Exchange-Organization-AuthSource: KM-EXCH02.kessler.local",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Exchange-Organization-Network-Message-Id: {uuidr()}",
    ]

# ---------------------------------------------------------------- assembly
LABELS = {}
WRITTEN = []

def text_part(text, charset='utf-8', cte='quoted-printable', subtype='plain', label=None):
    p = MIMEPart()
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if label:
        p.set_param('charset', label)
    return p

def alt_part(text, html, charset='utf-8', cte_t='quoted-printable', cte_h='quoted-printable', boundary=None, label=None):
    p = MIMEPart()
    p.set_content(text, subtype='plain', charset=charset, cte=cte_t)
    p.add_alternative(html, subtype='html', charset=charset, cte=cte_h)
    if label:
        for sp in p.iter_parts():
            sp.set_param('charset', label)
    p.set_boundary(boundary or f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{R.randint(1700000000000, 1779999999999)}")
    return p

def wrong_label_part(text, real='utf-8', label='Shift_JIS', subtype='plain', cte='base64'):
    p = MIMENonMultipart('text', subtype, charset=label)
    del p['MIME-Version']
    raw = text.encode(real)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    else:
        import quopri
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    p['Content-Transfer-Encoding'] = cte
    return p

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def p2h(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p style="margin:0 0 12px 0">' + '<br>\n'.join(esc(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)

def html_doc(inner, title='', lang='en', font='Arial,Helvetica,sans-serif'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>{esc(title)}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background-color:#f2f3f3">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3">\n'
            f'<tr><td align="center" style="padding:24px 8px">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:{font};font-size:14px;line-height:21px;color:#16191f">\n'
            f'<tr><td style="padding:24px 32px">\n{inner}\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n')

def encode_words_b(text, charset, label, maxlen=75):
    """RFC 2047 B-encoding done by hand, for charsets Python maps to another output charset (Shift_JIS)."""
    words, cur = [], ''
    for ch in text:
        trial = cur + ch
        if len(f"=?{label}?B?{base64.b64encode(trial.encode(charset)).decode()}?=") > maxlen - 1 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return '\n '.join(f"=?{label}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)

def enc_subject(subject, charset=None, maxlen=76):
    if charset == 'shift_jis':
        return encode_words_b(subject, 'shift_jis', 'Shift_JIS', maxlen)
    if charset is None:
        try:
            subject.encode('ascii')
            return subject
        except UnicodeEncodeError:
            charset = 'utf-8'
    return Header(subject, charset, header_name='Subject', maxlinelen=maxlen).encode(linesep='\n')

def enc_addr(name, addr, charset='utf-8'):
    if name is None:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)

def build(n, slug, kind, lang, case, ids, verified, *, rcpt, provider, sender, frm, to, subject, date, body,
          subj_charset=None, from_charset='utf-8', auth=None, forged_ar=None, extra=None, cc=None, reply_to=None,
          order='ses'):
    auth = dict(auth or {})
    msgid = sender.msgid_f(date)
    mailfrom = auth.get('mailfrom') or sender.mailfrom_f(date)
    dkim_results = auth.get('dkim', ['pass'] * len(sender.dkims))
    dk_hdrs, dkres = [], []
    for (d, s), res in zip(sender.dkims, dkim_results):
        h, b8 = dkim_header(d, s, date)
        dk_hdrs.append(h)
        if res != 'absent':
            dkres.append((d, s, b8, res))
    spf = auth.get('spf', 'pass')
    dmarc = auth.get('dmarc', 'pass')
    hfrom = auth.get('hfrom', frm[1].split('@')[-1])
    if provider == 'gmail':
        top, trailer = gmail_top(rcpt, date, sender, mailfrom, dkres, spf, dmarc, hfrom, pol=auth.get('pol', 'p=QUARANTINE sp=QUARANTINE dis=NONE'))
    elif provider in ('o365', 'outlookcom'):
        top, trailer = o365_top(rcpt, date, sender, mailfrom, dkres, spf, dmarc, hfrom, consumer=(provider == 'outlookcom'),
                                action=auth.get('action'), compauth=auth.get('compauth'))
    elif provider in ('biglobe', 'nifty'):
        top, trailer = jp_top(provider, rcpt, date, sender, mailfrom, dkres, spf, dmarc, hfrom)
    elif provider == 'corp':
        top, trailer = corp_top(rcpt, date, sender)
    elif provider == 'custom':
        top, trailer = auth['top'](rcpt, date, sender, mailfrom)
    else:
        raise ValueError(provider)
    mine = list(dk_hdrs)
    if forged_ar:
        mine.append(forged_ar)
    head = [
        f"From: {enc_addr(frm[0], frm[1], from_charset)}",
        f"To: {enc_addr(to[0], to[1], from_charset) if isinstance(to, tuple) else to}",
    ]
    if cc:
        head.append(f"Cc: {cc}")
    if reply_to:
        head.append(f"Reply-To: {reply_to}")
    head += [f"Subject: {enc_subject(subject, subj_charset)}", f"Date: {rfc(date)}", f"Message-ID: {msgid}"]
    head += (extra or [])
    head.append("MIME-Version: 1.0")
    if order == 'ses':
        sender_block = mine + head
    else:
        sender_block = head[:1] + mine + head[1:]
    lines = top + sender_block + sender.extra(date) + trailer
    hdr = '\n'.join(lines) + '\n'
    data = hdr.encode('ascii') + body.as_bytes()
    fname = f"{n:03d}-{slug}.eml"
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    norm = sorted(set('AWS' + re.sub(r'\D', '', i) for i in ids))
    LABELS[fname] = {"kind": kind, "case_id": case, "account_ids": norm, "sender_verified": verified, "language": lang}
    WRITTEN.append(fname)
    return msgid

# ---------------------------------------------------------------- quote helpers
def gmail_on(d, name, addr):
    h = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {h}:{d:%M} {ap} {name} <{addr}> wrote:"

WD_JA = '月火水木金土日'
def ja_on(d, name, addr):
    return f"{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]}) {d.hour}:{d:%M} {name} <{addr}>:"

def q(text, depth=1):
    pre = '> ' * depth
    return '\n'.join((pre + l).rstrip() if l else pre.rstrip() for l in text.split('\n'))

# ---------------------------------------------------------------- people / constants
TOM = ('Tom Becker', 'tbecker.cloud@gmail.com')
KENJI = ('渡辺 健二', 'kenji.w.0817@gmail.com')
PRIYA = ('Priya Raman', 'priya.raman@northwind-analytics.com')
MISAKI = ('佐藤 美咲', 'misaki-s@kfa.biglobe.ne.jp')
DANIEL = ('Daniel Okafor', 'dokafor.builds@gmail.com')
LUKAS = ('Lukas Brandt', 'l.brandt@kessler-maschinenbau.de')
SOFIA = ('Sofia Marin', 'sofia.marin@outlook.com')
YUKI = ('田中 由紀', 'yuki.tanaka@nifty.com')

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')
CREDLY_AWS = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')
CREDLY = ('Credly', 'admin@credly.com')

CASE_T = caseid('2025-11-03 16:47:29', '30412')
CASE_K = caseid('2025-05-27 23:02:11', '18807')
CASE_P = caseid('2025-09-15 13:41:08', '52096')
CASE_M = caseid('2026-01-19 05:12:44', '07731')
CASE_M2 = caseid('2026-01-21 00:30:05', '61148')
CASE_D = '12118860492'
CASE_L = caseid('2025-10-02 07:55:31', '44370')
CASE_S = caseid('2025-08-11 20:14:09', '90615')
CASE_Y = caseid('2025-12-09 04:03:50', '25873')
CASE_EC2 = caseid('2026-02-10 15:20:42', '83001')
CASE_BILL = caseid('2026-02-24 01:11:19', '40962')
CASE_SELLER = '6120934857'

def console_footer(cid, lang='en'):
    if lang == 'ja':
        return (f"===============================\n\n"
                f"このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。\n\n"
                f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n"
                f"(フェデレーションを使用して接続している場合は、リンクに進む前にログインしてください。)\n\n"
                f"*このメールは受信できないアドレスから送信されています。同じ件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。\n\n"
                f"====================================================================\n"
                f"Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。"
                f"このメッセージは Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 が作成および配信しました。\n")
    return (f"===============================\n\n"
            f"To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
            f"(If you are connecting by federation, log in before following the link.)\n\n"
            f"*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.\n\n"
            f"====================================================================\n"
            f"Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            f"This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

RATE_EN = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link "
           "at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner "
           "of each correspondence within the AWS Support Center.")

# ====================================================================== mails
MAILS = []
def mail(f):
    MAILS.append(f)
    return f

# ------------------------------------------------------------------ Tom Becker (Gmail, form desk)
TOM_SUBJ = f"[CASE {CASE_T}] [AWS Training and Certification Form Submission] - account-assistance"

@mail
def tom_ack(n):
    body = f"""Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged under case number {CASE_T} and routed to our Certification team. A specialist will review it and respond to this email address, typically within 24 hours.

Please keep the case number in the subject line if you write back, and avoid submitting the form again for the same issue – duplicate requests can delay our response.

A copy of the information you submitted is included below for your records.

Inquiry type: Certification
Inquiry detail: Account Merge
First name: Tom
Last name: Becker
Email: tbecker.cloud@gmail.com
AWS candidate ID: aws07731548
Description: Over the years I ended up with three certification accounts (one created with a former employer's address, one with my university address). The other candidate IDs I could find are AWS 10264839 and AWS-05518207. I would like everything in one account, ideally the one above.

Regards,
AWS Training and Certification
"""
    build(n, 'aws-tc-form-tbecker', 'case_created', 'en', CASE_T, ['AWS07731548', 'AWS10264839', 'AWS05518207'], True,
          rcpt=TOM[1], provider='gmail', sender=ses_sender(), frm=FORM, to=('', TOM[1]), subject=TOM_SUBJ,
          date=T('2025-11-03 16:47:51'), body=text_part(body))

@mail
def tom_which(n):
    body = f"""Hi Tom,

Thank you for contacting AWS Training and Certification. My name is Rafael and I'll be looking after your request.

I was able to locate the following certification accounts that appear to belong to you:

  - AWS07731548 – tbecker.cloud@gmail.com – AWS Certified Solutions Architect – Professional (active)
  - AWS10264839 – tom.becker@fabrikam-consulting.de – AWS Certified Developer – Associate (active)
  - AWS05518207 – t.becker@stud.tu-example.de – no certifications, one cancelled exam registration

Before I can go any further, could you let me know which of these you would like to keep as your primary account? The one you choose keeps its sign-in and candidate ID; the history from the other two would be brought over to it.

Please also confirm that you still have access to the email address on the account you'd like to keep, as that is where all future certification notifications will go.

You can reply directly to this email. Please leave the case number in the subject line.

Best regards,
Rafael M.
AWS Training and Certification
"""
    build(n, 'aws-tc-reply-tbecker', 'support_reply', 'en', CASE_T, ['AWS07731548', 'AWS10264839', 'AWS05518207'], True,
          rcpt=TOM[1], provider='gmail', sender=ses_sender(ip='54.240.8.41'), frm=FORM, to=('', TOM[1]), subject='RE:' + TOM_SUBJ,
          date=T('2025-11-04 14:12:37'), body=text_part(body))

TOM_CONFIRM = """Hi Tom,

Thanks for getting back to me so quickly.

Based on your reply, this is what I'm planning to do:

Account to be kept (primary): AWS07731548 (tbecker.cloud@gmail.com)
Accounts to be folded into the primary: AWS10264839 and AWS05518207

Afterwards the two secondary accounts will be deactivated and you will no longer be able to sign in to them. All exam history, certifications and benefits will appear under AWS07731548 only.

Please be aware that this is permanent: we are unable to split the accounts again later.

If everything above is correct, simply reply "Yes, please go ahead" (or similar) and I'll take care of it. If anything needs changing, tell me before I start.

Best regards,
Rafael M.
AWS Training and Certification"""

@mail
def tom_confirm(n):
    body = TOM_CONFIRM + f"""

---------- Previous message ----------
From: Tom Becker <tbecker.cloud@gmail.com>
Sent: 04 November 2025 18:03
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {CASE_T}] [AWS Training and Certification Form Submission] - account-assistance

Hi Rafael,

please keep the Gmail one (AWS07731548), I use that address every day. The fabrikam address is gone since I left the company.

Thanks,
Tom
"""
    build(n, 'aws-tc-reply-tbecker-2', 'merge_confirmation_requested', 'en', CASE_T, ['AWS07731548', 'AWS10264839', 'AWS05518207'], True,
          rcpt=TOM[1], provider='gmail', sender=ses_sender(ip='54.240.8.19'), frm=FORM, to=('', TOM[1]), subject='RE: ' + TOM_SUBJ,
          date=T('2025-11-05 09:30:12'), body=text_part(body))

TOM_DONE = """Hi Tom,

Good news: your certification accounts are now combined. Everything that was held under AWS10264839 and AWS05518207 – exam history, the Developer – Associate certification and your exam benefits – is now visible under AWS07731548, and the two old profiles have been closed.

It can take up to 48 hours for your digital badges to show up on the Credly profile linked to the surviving account. If anything still looks wrong after that, reply to this email and I'll look into it.

Best regards,
Rafael M.
AWS Training and Certification"""

@mail
def tom_done(n):
    tom_reply = "Yes, please go ahead. Everything listed is correct.\n\nTom"
    body = TOM_DONE + "\n\n----- Original message -----\nFrom: tbecker.cloud@gmail.com\nSent: 2025-11-05 09:47 UTC\n\n" + tom_reply + "\n\n" + \
        gmail_on(T('2025-11-05 10:30', CET), 'Amazon Web Services', FORM[1]) + "\n" + q(TOM_CONFIRM) + "\n"
    build(n, 'aws-tc-reply-tbecker-3', 'merge_completed', 'en', CASE_T, ['AWS07731548', 'AWS10264839', 'AWS05518207'], True,
          rcpt=TOM[1], provider='gmail', sender=ses_sender(ip='54.240.8.62'), frm=FORM, to=('', TOM[1]), subject='RE:' + TOM_SUBJ,
          date=T('2025-11-06 11:05:44'), body=text_part(body))

@mail
def tom_survey(n):
    top = f"""Hello Tom,

Your recent request to AWS Training and Certification (case {CASE_T}) has been marked as closed.

We'd love to know how we did – it only takes a minute.

Was your issue resolved?
YES: https://amazonmr.au1.qualtrics.com/jfe/form/SV_6lHcT0tZqVxR2ni?case={CASE_T}&resolved=1
NO:  https://amazonmr.au1.qualtrics.com/jfe/form/SV_6lHcT0tZqVxR2ni?case={CASE_T}&resolved=0

If something still isn't right, reply to this email within 14 days and the case will be reopened automatically.

Thank you,
AWS Training and Certification
"""
    hist = "\n-------- Last correspondence on this case --------\n" + TOM_DONE + "\n"
    html = html_doc(f"""<p style="margin:0 0 12px 0">Hello Tom,</p>
<p style="margin:0 0 12px 0">Your recent request to AWS Training and Certification (case {CASE_T}) has been marked as closed.</p>
<p style="margin:0 0 12px 0">We'd love to know how we did &ndash; it only takes a minute.</p>
<p style="margin:0 0 6px 0"><b>Was your issue resolved?</b></p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="background-color:#037f0c;border-radius:4px;padding:8px 24px"><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_6lHcT0tZqVxR2ni?case={CASE_T}&amp;resolved=1" style="color:#ffffff;text-decoration:none;font-weight:bold">YES</a></td>
<td width="12"></td>
<td style="background-color:#d13212;border-radius:4px;padding:8px 24px"><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_6lHcT0tZqVxR2ni?case={CASE_T}&amp;resolved=0" style="color:#ffffff;text-decoration:none;font-weight:bold">NO</a></td>
</tr></table>
<p style="margin:12px 0 12px 0">If something still isn't right, reply to this email within 14 days and the case will be reopened automatically.</p>
<p style="margin:0 0 24px 0">Thank you,<br>AWS Training and Certification</p>
<div style="border-top:1px solid #d5dbdb;padding-top:12px;color:#545b64;font-size:12px">
<p style="margin:0 0 8px 0">Last correspondence on this case</p>
{p2h(TOM_DONE)}
</div>""", title='How did we do?')
    build(n, 'aws-tc-feedback-tbecker', 'survey', 'en', CASE_T, [], True,
          rcpt=TOM[1], provider='gmail', sender=ses_sender(ip='54.240.8.70'), frm=('AWS Training and Certification', 'no-reply-aws@amazon.com'),
          to=('', TOM[1]), subject=f"How did we do? Your AWS Training and Certification case {CASE_T}",
          date=T('2025-11-06 11:06:30'), body=alt_part(top + hist, html))

@mail
def tom_credly_issued(n):
    text = """Congratulations, Tom!

Amazon Web Services Training and Certification has issued you a new badge. Accept it to start sharing it.

Accept your badge: https://www.credly.com/badges/9d3f6a1e-44c2-4b0e-8f51-2a7c1be0d934/accept

Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
Unsubscribe: https://www.credly.com/notification_settings
"""
    html = html_doc("""<p style="margin:0 0 16px 0;text-align:center"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="170" height="170" alt="AWS Certified Developer – Associate"></p>
<h1 style="font-size:22px;line-height:28px;margin:0 0 12px 0;text-align:center">Congratulations, Tom!</h1>
<p style="margin:0 0 12px 0;text-align:center">Amazon Web Services Training and Certification has issued you the<br><b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p style="margin:0 0 12px 0;text-align:center">Accept your badge to add it to your Credly profile and share it on LinkedIn, in your email signature or on your résumé.</p>
<p style="margin:0 0 24px 0;text-align:center"><a href="https://www.credly.com/badges/9d3f6a1e-44c2-4b0e-8f51-2a7c1be0d934/accept" style="display:inline-block;background-color:#00857a;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="margin:0;color:#6f6f6f;font-size:12px;text-align:center">Credly, Inc. &middot; 1 Penn Plaza, Suite 2950, New York, NY 10119<br><a href="https://www.credly.com/notification_settings" style="color:#6f6f6f">Notification settings</a></p>""", title='Credly')
    build(n, 'credly-tbecker', 'credly_badge_issued', 'en', None, [], True,
          rcpt=TOM[1], provider='gmail', sender=sendgrid_sender('credly.com', '167.89.118.52', 'tbecker.cloud=gmail.com'), frm=CREDLY_AWS,
          to=('Tom Becker', TOM[1]), subject="Congratulations, Tom! You've earned a badge from Amazon Web Services Training and Certification",
          date=T('2025-11-07 08:14:03'), body=alt_part(text, html), order='other')

@mail
def tom_credly_reminder(n):
    html = html_doc("""<h1 style="font-size:20px;line-height:26px;margin:0 0 12px 0">Your badge is still waiting for you</h1>
<p style="margin:0 0 12px 0">Hi Tom,</p>
<p style="margin:0 0 12px 0">On November 7, 2025, Amazon Web Services Training and Certification issued you the <b>AWS Certified Developer &ndash; Associate</b> badge. You haven't accepted it yet.</p>
<p style="margin:0 0 12px 0">Once accepted, your badge appears on your public Credly profile and can be verified by anyone you share it with.</p>
<p style="margin:0 0 24px 0"><a href="https://www.credly.com/badges/9d3f6a1e-44c2-4b0e-8f51-2a7c1be0d934/accept" style="display:inline-block;background-color:#00857a;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">Accept badge</a></p>
<p style="margin:0;color:#6f6f6f;font-size:12px">You are receiving this reminder because a badge was issued to tbecker.cloud@gmail.com.<br>Credly, Inc. &middot; 1 Penn Plaza, Suite 2950, New York, NY 10119</p>""", title='Reminder')
    build(n, 'credly-tbecker-2', 'credly_badge_issued', 'en', None, [], True,
          rcpt=TOM[1], provider='gmail', sender=sendgrid_sender('credly.com', '167.89.118.57', 'tbecker.cloud=gmail.com'), frm=CREDLY,
          to=TOM[1], subject="Reminder: your AWS Certified Developer – Associate badge is waiting",
          date=T('2025-11-14 08:15:27'), body=text_part(html, subtype='html', cte='quoted-printable'), order='other')

@mail
def tom_credly_marketing(n):
    text = """Hi Tom,

2025 was a big year for verified skills. Here's what earners like you were up to:

* Cloud and AI badges were the fastest-growing category on Credly this year
* Earners who shared a badge on LinkedIn got up to 6x more profile views
* 3 new badges you might be interested in, based on your profile:
  - AWS Certified Machine Learning Engineer – Associate
  - AWS Certified Security – Specialty
  - Google Cloud Professional Cloud Architect

Explore badges: https://www.credly.com/earner/discover

You're receiving this email because you have a Credly account. Manage email preferences: https://www.credly.com/notification_settings
Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
"""
    html = html_doc("""<h1 style="font-size:24px;line-height:30px;margin:0 0 12px 0">Your 2025 in skills</h1>
<p style="margin:0 0 12px 0">Hi Tom, 2025 was a big year for verified skills. Here's what earners like you were up to.</p>
<ul style="margin:0 0 12px 18px;padding:0">
<li>Cloud and AI badges were the fastest-growing category on Credly this year</li>
<li>Earners who shared a badge on LinkedIn got up to 6x more profile views</li>
</ul>
<p style="margin:0 0 6px 0"><b>Recommended for you</b></p>
<ul style="margin:0 0 12px 18px;padding:0">
<li>AWS Certified Machine Learning Engineer &ndash; Associate</li>
<li>AWS Certified Security &ndash; Specialty</li>
<li>Google Cloud Professional Cloud Architect</li>
</ul>
<p style="margin:0 0 24px 0"><a href="https://www.credly.com/earner/discover" style="display:inline-block;background-color:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">Explore badges</a></p>
<p style="margin:0;color:#6f6f6f;font-size:12px">You're receiving this email because you have a Credly account. <a href="https://www.credly.com/notification_settings" style="color:#6f6f6f">Manage email preferences</a><br>Credly, Inc. &middot; 1 Penn Plaza, Suite 2950, New York, NY 10119</p>""", title='Your 2025 in skills')
    build(n, 'credly-newsletter', 'unrelated', 'en', None, [], True,
          rcpt=TOM[1], provider='gmail', sender=sendgrid_sender('credly.com', '149.72.154.14', 'tbecker.cloud=gmail.com'), frm=('Credly', 'news@credly.com'),
          to=TOM[1], subject="Tom, your 2025 in skills 🎉", date=T('2025-12-16 15:00:09'), body=alt_part(text, html), order='other',
          extra=["List-Unsubscribe: <https://www.credly.com/notification_settings/unsubscribe?t=" + alnum(40) + ">",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])

@mail
def tom_github(n):
    text = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/fabrikam-labs/cert-tracker/pull/412#event-15893022417
You are receiving this because you were mentioned.

Message ID: <fabrikam-labs/cert-tracker/pull/412/issue_event/15893022417@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/fabrikam-labs/cert-tracker/pull/412">#412</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/fabrikam-labs/cert-tracker/pull/412#event-15893022417">view it on GitHub</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/AB4QZ7.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;fabrikam-labs/cert-tracker/pull/412/issue_event/15893022417@github.com&gt;</span></span></p>
"""
    s = plain_sender('github.com', '192.30.252.206', 'out-23.smtp.github.com', 'noreply@github.com', selector='pf2023')
    s.msgid_f = lambda d: "<fabrikam-labs/cert-tracker/pull/412/issue_event/15893022417@github.com>"
    build(n, 'github-notification', 'unrelated', 'en', None, [], False,
          rcpt=TOM[1], provider='gmail', sender=s, frm=('Jana Vogel', 'notifications@github.com'),
          to='fabrikam-labs/cert-tracker <cert-tracker@noreply.github.com>',
          subject="Re: [fabrikam-labs/cert-tracker] Merge duplicate candidate records into the primary account (PR #412)",
          date=T('2026-01-08 13:27:51'), body=alt_part(text, html, cte_t='7bit', cte_h='7bit', boundary='--==_mimepart_695fb' + hexr(8) + '_' + str(R.randint(1000, 9999))),
          auth={'pol': 'p=REJECT sp=REJECT dis=NONE'}, cc=f"Tom Becker <{TOM[1]}>, Mention <mention@noreply.github.com>", order='other',
          extra=["In-Reply-To: <fabrikam-labs/cert-tracker/pull/412@github.com>",
                 "References: <fabrikam-labs/cert-tracker/pull/412@github.com>",
                 "X-GitHub-Reason: mention", "List-ID: fabrikam-labs/cert-tracker <cert-tracker.fabrikam-labs.github.com>",
                 "X-GitHub-Sender: jvogel-fab", "X-GitHub-Recipient: tbecker-cloud"])

@mail
def tom_builderid(n):
    text = """Verify your AWS Builder ID email address

Hello,

Thank you for starting the sign-up process for AWS Builder ID. We want to make sure it's really you.

Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code
604218

(This code expires 10 minutes after it was sent.)

AWS Builder ID is a personal profile that provides access to select tools and services, including AWS Skill Builder, AWS re:Post and Amazon CodeCatalyst.

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. © 2026, Amazon Web Services, Inc. All rights reserved.
"""
    s = ses_sender(domain='signin.aws', ip='54.240.48.99')
    build(n, 'signin-aws-code', 'unrelated', 'en', None, [], True,
          rcpt=TOM[1], provider='gmail', sender=s, frm=('AWS', 'no-reply@signin.aws'), to=TOM[1],
          subject="Verify your AWS Builder ID email address", date=T('2026-02-02 18:40:13'),
          body=alt_part(text, html_doc(p2h(text), title='AWS Builder ID')))

@mail
def tom_phish_confirm(n):
    body = """Dear Customer,

Your request to consolidate AWS Certification accounts has been reviewed. We are ready to merge AWS10264839 into AWS07731548.

Please note this action is irreversible. After the merge, the secondary account will be permanently deleted.

To confirm the merge and avoid losing your certifications, you must verify the account owner within 24 hours:

https://aws-certification-verify.com/confirm?case=176223119004518&ref=tc

If we do not receive your confirmation, both accounts will be suspended for security reasons.

Kind regards,
AWS Training and Certification Team
Amazon Web Services
"""
    s = plain_sender('srv1.hostingvps-eu.top', '45.137.21.88', 'srv1.hostingvps-eu.top', 'mailer@srv1.hostingvps-eu.top', selector=None)
    forged = ("Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
    build(n, 'aws-tc-case-notice', 'merge_confirmation_requested', 'en', '176223119004518', ['AWS07731548', 'AWS10264839'], False,
          rcpt=TOM[1], provider='gmail', sender=s, frm=FORM, to=TOM[1],
          subject="RE:[CASE 176223119004518] Action required: confirm your certification account merge",
          date=T('2025-11-05 14:22:40'), body=text_part(body, cte='7bit', charset='us-ascii'),
          auth={'spf': 'pass', 'dmarc': 'fail', 'hfrom': 'amazon.com', 'pol': 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'},
          forged_ar=forged, order='other', extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])

# ------------------------------------------------------------------ Kenji Watanabe (Gmail, Japanese form desk)
KENJI_SUBJ = f"[CASE {CASE_K}] [AWS Training and Certification Form Submission] - account-assistance"

@mail
def kenji_ack(n):
    body = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。担当者より、原則として 24 時間以内にこのメールアドレス宛にご連絡いたします。

ケース番号: {CASE_K}
お問い合わせの種類: 認定
お問い合わせの詳細: アカウントの統合
AWS 受験者 ID: AWS04417283
お問い合わせ内容: 以前の勤務先のメールアドレスで作成した認定アカウントがもう 1 つあります。1 つにまとめたいです。

本件について追加でご連絡いただく場合は、件名のケース番号を変更せずに、このメールにそのままご返信ください。
同じ内容で新たにお問い合わせいただくと、回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
"""
    build(n, 'aws-tc-form-kwatanabe', 'case_created', 'ja', CASE_K, ['AWS04417283'], True,
          rcpt=KENJI[1], provider='gmail', sender=ses_sender(ip='54.240.8.12'), frm=FORM, to=KENJI[1],
          subject=f"[CASE {CASE_K}] お問い合わせを受け付けました - AWS トレーニングと認定",
          date=T('2025-05-27 23:02:40'), body=text_part(body, cte='base64'))

KENJI_CONFIRM = """渡辺 様

AWS トレーニングと認定サポートの小林でございます。
お問い合わせいただいた認定アカウントの件について、以下の 2 つのアカウントを確認いたしました。

・AWS04417283 (kenji.w.0817@gmail.com) … 統合後も残すアカウント
・AWS09120566 (k.watanabe@example-sier.co.jp) … 上記アカウントへ統合され、閉鎖されるアカウント

統合後は AWS09120566 にはサインインできなくなり、認定資格・受験履歴・特典はすべて AWS04417283 に集約されます。
なお、一度実施した統合は元に戻すことができません。

上記の内容でよろしければ、このメールにご返信いただき、統合を進めてよい旨をお知らせください。
ご返信を確認するまで、作業は行いません。

何卒よろしくお願いいたします。

小林
AWS トレーニングと認定"""

@mail
def kenji_confirm(n):
    build(n, 'aws-tc-reply-kwatanabe', 'merge_confirmation_requested', 'ja', CASE_K, ['AWS04417283', 'AWS09120566'], True,
          rcpt=KENJI[1], provider='gmail', sender=ses_sender(ip='54.240.8.27'), frm=FORM, to=KENJI[1], subject='RE:' + KENJI_SUBJ,
          date=T('2025-05-29 01:15:22'), body=text_part(KENJI_CONFIRM + '\n', charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'))

@mail
def kenji_proceeding(n):
    kreply = "小林様\n\nご連絡ありがとうございます。記載の内容で問題ありません。統合を進めてください。\n\n渡辺"
    body = """渡辺 様

ご確認いただきありがとうございます。
いただいた内容に基づき、AWS09120566 を AWS04417283 へまとめる手続きを開始いたしました。

作業が完了しましたら、改めてこちらからご連絡いたします。通常 1〜2 営業日ほどお時間をいただいております。
完了のご連絡をお送りするまでは、旧アカウントでの試験予約などはお控えください。

小林
AWS トレーニングと認定

""" + ja_on(T('2025-05-29 12:31', JST), KENJI[0], KENJI[1]) + "\n" + q(kreply) + "\n>\n" + \
        q(ja_on(T('2025-05-29 10:15', JST), 'Amazon Web Services', FORM[1])) + "\n" + q(KENJI_CONFIRM, 2) + "\n"
    build(n, 'aws-tc-reply-kwatanabe-2', 'support_reply', 'ja', CASE_K, ['AWS04417283', 'AWS09120566'], True,
          rcpt=KENJI[1], provider='gmail', sender=ses_sender(ip='54.240.8.27'), frm=FORM, to=KENJI[1], subject='RE:' + KENJI_SUBJ,
          date=T('2025-05-29 06:40:05'), body=text_part(body, cte='quoted-printable'))

@mail
def kenji_done(n):
    body = f"""渡辺 様

大変お待たせいたしました。
AWS09120566 に登録されていた認定資格および受験履歴を、AWS04417283 へ移行いたしました。
旧アカウント (AWS09120566) は無効化されております。

AWS Certification アカウントにサインインのうえ、認定資格と特典 (50% 割引バウチャーなど) が表示されていることをご確認ください。
Credly のデジタルバッジは、反映までに数日かかる場合がございます。

小林
AWS トレーニングと認定

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2025/05/29 10:15
To: kenji.w.0817@gmail.com
Subject: RE:{KENJI_SUBJ}

""" + KENJI_CONFIRM + "\n"
    build(n, 'aws-tc-reply-kwatanabe-3', 'merge_completed', 'ja', CASE_K, ['AWS04417283', 'AWS09120566'], True,
          rcpt=KENJI[1], provider='gmail', sender=ses_sender(ip='54.240.8.27'), frm=FORM, to=KENJI[1], subject='RE:' + KENJI_SUBJ,
          date=T('2025-05-30 02:20:48'), body=text_part(body, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'))

@mail
def kenji_survey(n):
    body = f"""渡辺 健二 様

先日は AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございました。
ケース {CASE_K} の対応は終了とさせていただきました。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします (所要時間: 約 1 分)。

問題は解決しましたか?
  はい  : https://amazonmr.au1.qualtrics.com/jfe/form/SV_2bQxJv8mPzN4k1o?Q_Language=JA&case={CASE_K}&r=1
  いいえ: https://amazonmr.au1.qualtrics.com/jfe/form/SV_2bQxJv8mPzN4k1o?Q_Language=JA&case={CASE_K}&r=0

担当者の対応について、5 段階でご評価ください。
  https://amazonmr.au1.qualtrics.com/jfe/form/SV_2bQxJv8mPzN4k1o?Q_Language=JA&case={CASE_K}

引き続きサポートが必要な場合は、14 日以内にこのメールにご返信いただければ、ケースを再開いたします。

AWS トレーニングと認定
"""
    build(n, 'aws-tc-enquete-kwatanabe', 'survey', 'ja', CASE_K, [], True,
          rcpt=KENJI[1], provider='gmail', sender=ses_sender(ip='54.240.8.70'), frm=('AWS Training and Certification', 'no-reply-aws@amazon.com'),
          to=KENJI[1], subject=f"[CASE {CASE_K}] サポートに関するアンケートへのご協力のお願い", subj_charset='iso-2022-jp',
          date=T('2025-05-30 02:21:30'), body=text_part(body, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'))

@mail
def kenji_credly(n):
    text = """健二さん、おめでとうございます!

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Associate

バッジを受け取る: https://www.credly.com/badges/1c7e52b0-9f3a-4d8e-a6b1-05c2f9e3d7a4/accept

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn やメールの署名で共有できるようになります。

Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
通知設定: https://www.credly.com/notification_settings
"""
    html = html_doc("""<p style="margin:0 0 16px 0;text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" height="170" alt="AWS Certified Solutions Architect – Associate"></p>
<h1 style="font-size:22px;line-height:30px;margin:0 0 12px 0;text-align:center">健二さん、おめでとうございます!</h1>
<p style="margin:0 0 12px 0;text-align:center">Amazon Web Services Training and Certification から<br><b>AWS Certified Solutions Architect &ndash; Associate</b><br>のバッジが発行されました。</p>
<p style="margin:0 0 24px 0;text-align:center"><a href="https://www.credly.com/badges/1c7e52b0-9f3a-4d8e-a6b1-05c2f9e3d7a4/accept" style="display:inline-block;background-color:#00857a;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">バッジを受け取る</a></p>
<p style="margin:0;color:#6f6f6f;font-size:12px;text-align:center">Credly, Inc. &middot; 1 Penn Plaza, Suite 2950, New York, NY 10119<br><a href="https://www.credly.com/notification_settings" style="color:#6f6f6f">通知設定</a></p>""", title='Credly', lang='ja')
    build(n, 'credly-kwatanabe', 'credly_badge_issued', 'ja', None, [], True,
          rcpt=KENJI[1], provider='gmail', sender=sendgrid_sender('credly.com', '167.89.118.60', 'kenji.w.0817=gmail.com'), frm=CREDLY_AWS,
          to=KENJI[1], subject="健二さん、Amazon Web Services Training and Certification からバッジが発行されました",
          date=T('2025-06-01 03:10:44'), body=alt_part(text, html), order='other')

@mail
def kenji_credly_expiry(n):
    html = html_doc("""<h1 style="font-size:20px;line-height:26px;margin:0 0 12px 0">Your badge is expiring soon</h1>
<p style="margin:0 0 12px 0">Hi Kenji,</p>
<p style="margin:0 0 12px 0">Your <b>AWS Certified SysOps Administrator &ndash; Associate</b> badge issued by Amazon Web Services Training and Certification will expire soon.</p>
<p style="margin:0 0 12px 0">Once a badge expires it stays on your profile, but it will be marked as expired and can no longer be verified as current. To keep it active, follow the issuer's recertification requirements.</p>
<p style="margin:0 0 24px 0"><a href="https://www.credly.com/badges/5a0e71c2-8d44-4f3b-b2e9-7c61d0a9f815" style="display:inline-block;background-color:#00857a;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View badge</a></p>
<p style="margin:0;color:#6f6f6f;font-size:12px">Credly, Inc. &middot; 1 Penn Plaza, Suite 2950, New York, NY 10119<br><a href="https://www.credly.com/notification_settings" style="color:#6f6f6f">Notification settings</a></p>""", title='Badge expiring')
    build(n, 'credly-kwatanabe-2', 'unrelated', 'en', None, [], True,
          rcpt=KENJI[1], provider='gmail', sender=sendgrid_sender('credly.com', '167.89.118.61', 'kenji.w.0817=gmail.com'), frm=CREDLY,
          to=KENJI[1], subject="Your badge is expiring soon", date=T('2025-08-20 09:02:18'),
          body=text_part(html, subtype='html', cte='base64'), order='other')

@mail
def kenji_certmetrics(n):
    text = """AWS Certification wants to hear from you

Dear Kenji Watanabe,

Thank you for being part of the AWS Certification community. We are always looking for ways to improve the certification experience, and we would like to hear about yours.

Please take 5 minutes to complete our short survey about your most recent exam and your use of the AWS Certification Account:
https://www.certmetrics.com/amazon/survey/default.aspx?sid=8d41c7e2a0f94b51

Your AWS Certification Account number: AWS04417283

This survey is voluntary and your responses are confidential. They will not affect your certification status.

Thank you,
AWS Training and Certification

This is an automated message. Please do not reply to this email.
"""
    s = plain_sender('certmetrics.com', '52.44.118.203', 'mta2.certmetrics.com', 'bounce@certmetrics.com', selector='cm2021')
    build(n, 'certmetrics-kwatanabe', 'unrelated', 'en', None, ['AWS04417283'], False,
          rcpt=KENJI[1], provider='gmail', sender=s, frm=('AWS Certification', 'do-not-reply@certmetrics.com'), to=KENJI[1],
          subject="AWS Certification wants to hear from you", date=T('2025-06-10 16:30:00'),
          body=alt_part(text, html_doc(p2h(text), title='AWS Certification'), cte_t='7bit'),
          auth={'pol': 'p=NONE sp=NONE dis=NONE'}, order='other')

@mail
def kenji_phish_ack(n):
    body = """Hello,

Thank you for contacting AWS Training & Certification Support.

Your request has been received and a support ticket has been created.

  Case number:  4417206395
  Category:     Certification > Account Merge
  Status:       Pending verification

To avoid delays, our records show that the identity of the account holder must be verified before an agent can be assigned. Please complete the verification using the secure link below within 12 hours:

  https://aws-certification-helpdesk.com/verify?ticket=4417206395

Tickets that are not verified are closed automatically.

Thank you for your cooperation.
AWS Training & Certification Support
"""
    s = plain_sender('aws-certification-helpdesk.com', '185.225.69.14', 'mail.aws-certification-helpdesk.com', 'bounce@aws-certification-helpdesk.com', selector='default')
    build(n, 'tc-support-ticket', 'case_created', 'en', '4417206395', [], False,
          rcpt=KENJI[1], provider='gmail', sender=s, frm=('AWS Training & Certification Support', 'support@aws-certification-helpdesk.com'),
          to=KENJI[1], subject="Ticket 4417206395 created – AWS Certification account merge",
          date=T('2025-05-28 00:10:37'), body=text_part(body, cte='quoted-printable'),
          auth={'pol': 'p=NONE sp=NONE dis=NONE'}, order='other')

# ------------------------------------------------------------------ Priya Raman (Office 365, console case)
PRIYA_SUBJ = "Merge two AWS Certification accounts"

@mail
def priya_ack(n):
    text = f"""Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case {CASE_P} to address your issue.

The details of your case are as follows:

Case ID: {CASE_P}
Subject: {PRIYA_SUBJ}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts: AWS02783914 (current, work email) and AWS06651208 (created with my previous employer's email). Could you combine them and keep AWS02783914? Thank you, Priya

We will respond to your case as soon as possible.

""" + console_footer(CASE_P)
    html = html_doc(f"""<p style="margin:0 0 12px 0">Dear AWS Customer,</p>
<p style="margin:0 0 12px 0">Thank you for contacting Amazon Web Services. We have opened case {CASE_P} to address your issue.</p>
<p style="margin:0 0 6px 0">The details of your case are as follows:</p>
<table role="presentation" cellpadding="4" cellspacing="0" border="0" style="font-size:14px;margin:0 0 12px 0">
<tr><td style="font-weight:bold;vertical-align:top">Case ID:</td><td>{CASE_P}</td></tr>
<tr><td style="font-weight:bold;vertical-align:top">Subject:</td><td>{PRIYA_SUBJ}</td></tr>
<tr><td style="font-weight:bold;vertical-align:top">Severity:</td><td>General guidance</td></tr>
<tr><td style="font-weight:bold;vertical-align:top">Correspondence:</td><td>Hello, I have two AWS Certification accounts: AWS02783914 (current, work email) and AWS06651208 (created with my previous employer's email). Could you combine them and keep AWS02783914? Thank you, Priya</td></tr>
</table>
<p style="margin:0 0 12px 0">We will respond to your case as soon as possible.</p>
<p style="margin:0 0 12px 0">To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_P}&amp;language=en">AWS Support Center</a>.</p>
<p style="margin:0 0 12px 0;font-size:12px;color:#545b64">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>
<p style="margin:0;font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>""", title='AWS Support')
    build(n, 'aws-support-praman', 'case_created', 'en', CASE_P, ['AWS02783914', 'AWS06651208'], True,
          rcpt=PRIYA[1], provider='o365', sender=ses_sender(ip='54.240.9.35'), frm=CONSOLE, to=PRIYA[1],
          subject=f"Amazon Web Services: You have opened a new Support case: {CASE_P}",
          date=T('2025-09-15 13:41:20'), body=alt_part(text, html))

@mail
def priya_notice(n):
    text = f"""Hello,

There is new correspondence on your AWS Support case.

Case ID: {CASE_P}
Subject: {PRIYA_SUBJ}
Status: Pending customer action

To read the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_P}&language=en

Please don't reply to this message; this mailbox is not monitored.

Amazon Web Services
"""
    build(n, 'aws-support-praman-2', 'support_reply', 'en', CASE_P, [], True,
          rcpt=PRIYA[1], provider='o365', sender=ses_sender(ip='54.240.9.40'), frm=CONSOLE, to=PRIYA[1],
          subject=f"[Case {CASE_P}] New correspondence added",
          date=T('2025-09-16 10:02:31'), body=text_part(text))

PRIYA_CONFIRM_T = """Hello Priya,

Thank you for your patience. I'm Aisha from the AWS Training and Certification team.

I've reviewed both profiles. Here is the proposed outcome – please read it carefully:

   Surviving account:  AWS 02783914  (priya.raman@northwind-analytics.com)
   Retiring account:   AWS 06651208  (priya.r@contoso-retail.com)

Once processed, the certifications, exam history and any unused benefits on the retiring account will be attached to the surviving one, and the retiring account will be permanently closed. This cannot be reversed.

Could you please reply through the Support Center to confirm that you'd like us to go ahead with exactly this arrangement? We will not make any changes until we hear back from you.

""" + RATE_EN + """

Best regards,
Aisha K.
Amazon Web Services"""

@mail
def priya_confirm(n):
    text = PRIYA_CONFIRM_T + "\n\n" + console_footer(CASE_P)
    html = html_doc(f"""<p style="margin:0 0 12px 0">Hello Priya,</p>
<p style="margin:0 0 12px 0">Thank you for your patience. I'm Aisha from the AWS Training and Certification team.</p>
<p style="margin:0 0 6px 0">I've reviewed both profiles. Here is the proposed outcome &ndash; please read it carefully:</p>
<table role="presentation" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:14px;margin:0 0 12px 0">
<tr style="background-color:#f2f3f3"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Email on file</th></tr>
<tr><td>Surviving account</td><td>AWS02783914</td><td>priya.raman@northwind-analytics.com</td></tr>
<tr><td>Retiring account</td><td>AWS06651208</td><td>priya.r@contoso-retail.com</td></tr>
</table>
<p style="margin:0 0 12px 0">Once processed, the certifications, exam history and any unused benefits on <b>AWS06651208</b> will be attached to <b>AWS02783914</b>, and AWS06651208 will be permanently closed. <b>This cannot be reversed.</b></p>
<p style="margin:0 0 12px 0">Could you please reply through the Support Center to confirm that you'd like us to go ahead with exactly this arrangement? We will not make any changes until we hear back from you.</p>
<p style="margin:0 0 12px 0">{RATE_EN}</p>
<p style="margin:0 0 24px 0">Best regards,<br>Aisha K.<br>Amazon Web Services</p>
<p style="margin:0 0 12px 0">To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_P}&amp;language=en">AWS Support Center</a>.</p>
<p style="margin:0;font-size:11px;color:#879596">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>""", title='AWS Support')
    build(n, 'aws-support-praman-3', 'merge_confirmation_requested', 'en', CASE_P, ['AWS02783914', 'AWS06651208'], True,
          rcpt=PRIYA[1], provider='o365', sender=ses_sender(ip='54.240.9.40'), frm=CONSOLE, to=PRIYA[1],
          subject=f"RE:[CASE {CASE_P}] {PRIYA_SUBJ}",
          date=T('2025-09-16 10:02:29'), body=alt_part(text, html))

@mail
def priya_proceed(n):
    text = """Hello Priya,

Thank you for confirming. I've now submitted the request to consolidate your certification profiles exactly as described in my previous message. I'll update this case as soon as the work has finished – this usually takes one to two business days.

In the meantime, please don't schedule any exams under the older profile.

""" + RATE_EN + """

Best regards,
Aisha K.
Amazon Web Services

-----------------------------------------
Customer reply, 2025-09-16 15:58 UTC:

Hi Aisha, confirmed – please go ahead, keeping AWS02783914 and retiring AWS06651208. Thanks! Priya

-----------------------------------------
Amazon Web Services, 2025-09-16 10:02 UTC:

""" + PRIYA_CONFIRM_T + "\n\n" + console_footer(CASE_P)
    build(n, 'aws-support-praman-4', 'support_reply', 'en', CASE_P, [], True,
          rcpt=PRIYA[1], provider='o365', sender=ses_sender(ip='54.240.9.44'), frm=CONSOLE, to=PRIYA[1],
          subject=f"RE:[CASE {CASE_P}] {PRIYA_SUBJ}",
          date=T('2025-09-16 16:40:10'), body=text_part(text, cte='base64'))

@mail
def priya_done_closed(n):
    text = f"""Hello Priya,

Your AWS Certification profiles have been consolidated. AWS06651208 has been retired, and its certification history and benefits now appear under AWS02783914. You can check this by signing in to your AWS Certification Account at https://www.aws.training/Certification.

As we believe your question has been answered, we are resolving this case. If you need further help with it, you can reopen it from the Support Center within 14 days.

Was your issue resolved? Please let us know by rating this correspondence in the Support Center.

Best regards,
Aisha K.
Amazon Web Services

""" + console_footer(CASE_P)
    html = html_doc(p2h(text.split('===============================')[0]) +
                    f'<p style="margin:0 0 12px 0"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_P}&amp;language=en">Rate this correspondence</a> &#9733;&#9733;&#9733;&#9733;&#9733;</p>\n'
                    '<p style="margin:0;font-size:11px;color:#879596">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>', title='AWS Support')
    build(n, 'aws-support-praman-5', 'merge_completed', 'en', CASE_P, ['AWS02783914', 'AWS06651208'], True,
          rcpt=PRIYA[1], provider='o365', sender=ses_sender(ip='54.240.9.47'), frm=CONSOLE, to=PRIYA[1],
          subject=f"RE:[CASE {CASE_P}] {PRIYA_SUBJ}",
          date=T('2025-09-18 08:15:02'), body=alt_part(text, html))

@mail
def priya_resolved_survey(n):
    text = f"""Hello,

Your AWS Support case {CASE_P} ("{PRIYA_SUBJ}") has been resolved.

Tell us about your experience
How satisfied were you with the support you received on this case?

  Very satisfied – https://console.aws.amazon.com/support/feedback?displayId={CASE_P}&score=5
  Satisfied – https://console.aws.amazon.com/support/feedback?displayId={CASE_P}&score=4
  Neutral – https://console.aws.amazon.com/support/feedback?displayId={CASE_P}&score=3
  Dissatisfied – https://console.aws.amazon.com/support/feedback?displayId={CASE_P}&score=2
  Very dissatisfied – https://console.aws.amazon.com/support/feedback?displayId={CASE_P}&score=1

Your answers help us improve AWS Support. The survey closes in 7 days.

If your issue isn't fully resolved, you can reopen the case from the Support Center.

Amazon Web Services
"""
    build(n, 'aws-support-praman-6', 'survey', 'en', CASE_P, [], True,
          rcpt=PRIYA[1], provider='o365', sender=ses_sender(ip='54.240.9.47'), frm=CONSOLE, to=PRIYA[1],
          subject=f"Your AWS Support case {CASE_P} has been resolved – tell us how we did",
          date=T('2025-09-18 08:16:40'), body=text_part(text))

@mail
def priya_credly_moved(n):
    text = "This email is best viewed in an HTML-capable email client. View it online: https://www.credly.com/notifications/email/" + hexr(24) + "\n"
    html = html_doc("""<h1 style="font-size:22px;line-height:28px;margin:0 0 12px 0">Your badges have moved</h1>
<p style="margin:0 0 12px 0">Hi Priya,</p>
<p style="margin:0 0 12px 0">Good news! The badges that Amazon Web Services Training and Certification had issued to <b>priya.r@contoso-retail.com</b> have been transferred to your Credly account at <b>priya.raman@northwind-analytics.com</b>:</p>
<ul style="margin:0 0 12px 18px;padding:0">
<li>AWS Certified Data Engineer &ndash; Associate</li>
<li>AWS Certified Cloud Practitioner</li>
</ul>
<p style="margin:0 0 12px 0">They now appear on your profile alongside your other badges. Badges that you had not yet accepted are waiting for you.</p>
<p style="margin:0 0 24px 0"><a href="https://www.credly.com/earner/earned" style="display:inline-block;background-color:#00857a;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View my badges</a></p>
<p style="margin:0;color:#6f6f6f;font-size:12px">Credly, Inc. &middot; 1 Penn Plaza, Suite 2950, New York, NY 10119</p>""", title='Your badges have moved')
    build(n, 'credly-praman', 'credly_badge_issued', 'en', None, [], True,
          rcpt=PRIYA[1], provider='o365', sender=sendgrid_sender('credly.com', '167.89.118.52', 'priya.raman=northwind-analytics.com'), frm=CREDLY,
          to=PRIYA[1], subject="Your badges have been transferred to your Credly account",
          date=T('2025-09-19 14:03:51'), body=alt_part(text, html, cte_t='7bit'), order='other')

@mail
def priya_credly_expiry(n):
    text = """Hi Priya,

Your AWS Certified Solutions Architect – Associate badge issued by Amazon Web Services Training and Certification expires on March 14, 2026.

After that date the badge will be shown as expired on your Credly profile. To keep it current, complete the issuer's recertification requirements before the expiration date.

View badge: https://www.credly.com/badges/77b1d0e4-3c2a-4f89-9e15-ad0c6f2b8e31

Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
"""
    html = html_doc(p2h(text).replace('View badge: https://www.credly.com/badges/77b1d0e4-3c2a-4f89-9e15-ad0c6f2b8e31',
                                        '<a href="https://www.credly.com/badges/77b1d0e4-3c2a-4f89-9e15-ad0c6f2b8e31">View badge</a>'), title='Badge expiration')
    build(n, 'credly-praman-2', 'unrelated', 'en', None, [], True,
          rcpt=PRIYA[1], provider='o365', sender=sendgrid_sender('credly.com', '167.89.118.57', 'priya.raman=northwind-analytics.com'), frm=CREDLY,
          to=PRIYA[1], subject="Reminder: your AWS Certified Solutions Architect – Associate badge expires on March 14, 2026",
          date=T('2026-02-12 10:00:33'), body=alt_part(text, html), order='other')

@mail
def priya_certmetrics_recert(n):
    text = """Dear Priya Raman,

Congratulations on recertifying your AWS Certified Solutions Architect – Associate certification!

Your certification is now valid through March 14, 2029. Your updated digital badge will be issued through Credly, and your certificate is available in your AWS Certification Account.

AWS Certification Account: AWS02783914

As a reminder, you can find your benefits, including a 50% discount voucher for your next exam, under the Benefits tab of your AWS Certification Account.

Thank you,
AWS Training and Certification

Please do not reply to this message. This mailbox is not monitored.
"""
    s = plain_sender('certmetrics.com', '52.44.118.207', 'mta2.certmetrics.com', 'bounce@certmetrics.com', selector='cm2021')
    build(n, 'certmetrics-praman', 'unrelated', 'en', None, ['AWS02783914'], False,
          rcpt=PRIYA[1], provider='o365', sender=s, frm=('AWS Certification', 'do-not-reply@certmetrics.com'), to=PRIYA[1],
          subject="Congratulations on recertifying your AWS Certification!", date=T('2026-03-02 19:12:40'),
          body=text_part(text, cte='quoted-printable'), order='other')

def o365_internal_top(rcpt, when, sender, mailfrom):
    t1 = when + dt.timedelta(seconds=1)
    return [
        f"Received: from SA1PR11MB8474.namprd11.prod.outlook.com (2603:10b6:806:3a3::10)\n by PH0PR11MB5612.namprd11.prod.outlook.com with HTTPS; {rfc(t1)}",
        f"Received: from DM6PR11MB4410.namprd11.prod.outlook.com (2603:10b6:5:1b3::21) by\n SA1PR11MB8474.namprd11.prod.outlook.com (2603:10b6:806:3a3::10) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9137.13; {rfc(t1)}",
        "Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=northwind-analytics.com;",
    ], [
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        "X-MS-Exchange-Organization-AuthSource: DM6PR11MB4410.namprd11.prod.outlook.com",
        "X-MS-Exchange-Organization-SCL: -1",
    ]

@mail
def priya_colleague(n):
    body = """Hi Priya,

Took them two working days in my case. I sent the form on a Monday, got the "please double-check and reply" mail on Tuesday and it was done on Wednesday afternoon. They kept AWS07002215 and rolled aws 03117460 into it – the Credly badges only moved a week later, so don't panic if they're missing at first.

One tip: make sure your current email is on the account you keep, otherwise the completion mail goes to the old address.

Cheers,
Oliver

________________________________
From: Priya Raman <priya.raman@northwind-analytics.com>
Sent: Monday, September 22, 2025 9:14 AM
To: Oliver Grant <oliver.grant@northwind-analytics.com>
Subject: cert account merge – how long did yours take?

Hi Oliver,

You mentioned you had your two AWS cert accounts merged last year. Mine (AWS02783914 and AWS06651208) are supposedly done, but the Credly side still shows the old badges. How long did it take for you?

Thanks,
Priya
"""
    s = plain_sender('northwind-analytics.com', '10.0.0.1', 'DM6PR11MB4410.namprd11.prod.outlook.com', PRIYA[1], selector=None,
                     msgid_dom='DM6PR11MB4410.namprd11.prod.outlook.com')
    s.msgid_f = lambda d: "<DM6PR11MB4410" + alnum(22).upper() + "@DM6PR11MB4410.namprd11.prod.outlook.com>"
    build(n, 'colleague-ogrant', 'unrelated', 'en', None, ['AWS07002215', 'AWS03117460'], False,
          rcpt=PRIYA[1], provider='custom', sender=s, frm=('Oliver Grant', 'oliver.grant@northwind-analytics.com'), to=('Priya Raman', PRIYA[1]),
          subject="RE: cert account merge – how long did yours take?", date=T('2025-09-22 10:31:05', BST),
          body=text_part(body, cte='quoted-printable'), auth={'top': o365_internal_top, 'mailfrom': 'oliver.grant@northwind-analytics.com'},
          order='other',
          extra=["Thread-Topic: =?utf-8?Q?cert_account_merge_=E2=80=93_how_long_did_yours_take=3F?=",
                 "Thread-Index: AQHcK3v" + alnum(20) + "==",
                 "In-Reply-To: <DM6PR11MB44107C2E1F0A9B3D5E6F7A8B9C0D1E2F3A@DM6PR11MB4410.namprd11.prod.outlook.com>",
                 "References: <DM6PR11MB44107C2E1F0A9B3D5E6F7A8B9C0D1E2F3A@DM6PR11MB4410.namprd11.prod.outlook.com>",
                 "Accept-Language: en-GB, en-US", "Content-Language: en-GB"])

@mail
def priya_phish_survey(n):
    body = """Hello,

Your AWS Training and Certification case 175802199408163 regarding your certification account merge has been closed.

As a thank-you for your time, customers who rate their support experience this week receive a USD 50 AWS Promotional Credit.

Rate your experience (takes 1 minute):
https://aws-support-feedback.survey-amzn.com/r/175802199408163

You will be asked to sign in with your AWS account to apply the credit.

Thank you for choosing Amazon Web Services.
AWS Customer Experience Team
"""
    s = plain_sender('amazon.com', '185.244.25.132', 'vps-2231.hostcloud-nl.net', 'info@hostcloud-nl.net', selector=None)
    forged = "Authentication-Results: amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"
    build(n, 'aws-feedback-request', 'survey', 'en', '175802199408163', [], False,
          rcpt=PRIYA[1], provider='o365', sender=s, frm=CONSOLE, to=PRIYA[1],
          subject="We'd love your feedback on case 175802199408163 (+ $50 credit)",
          date=T('2025-09-19 12:00:17'), body=text_part(body, cte='7bit', charset='us-ascii'),
          auth={'spf': 'none', 'dkim': [], 'dmarc': 'fail', 'hfrom': 'amazon.com', 'mailfrom': 'info@hostcloud-nl.net'},
          forged_ar=forged, order='other')

# ------------------------------------------------------------------ Misaki Sato (Biglobe, Japanese console cases)
MISAKI_SUBJ = "認定アカウントの統合について"

@mail
def misaki_ack(n):
    body = f"""AWS をご利用いただき、ありがとうございます。

お問い合わせの件について、ケース {CASE_M} を作成しました。ケースの詳細は以下のとおりです。

ケース ID: {CASE_M}
件名: {MISAKI_SUBJ}
重要度: 一般的なガイダンス
やり取り: AWS 認定のアカウントが 2 つあります (AWS08856021 と aws01947735)。1 つにまとめていただけますでしょうか。残したいのは AWS08856021 です。

担当者が内容を確認のうえ、できるだけ早くご連絡いたします。

""" + console_footer(CASE_M, 'ja')
    build(n, 'aws-support-msato', 'case_created', 'ja', CASE_M, ['AWS08856021', 'AWS01947735'], True,
          rcpt=MISAKI[1], provider='biglobe', sender=ses_sender(ip='54.240.27.18'), frm=CONSOLE, to=MISAKI[1],
          subject=f"Amazon Web Services: 新しいサポートケースがオープンされました: {CASE_M}", subj_charset='iso-2022-jp',
          date=T('2026-01-19 05:12:58'), body=text_part(body, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'))

@mail
def misaki_ack_dup(n):
    body = f"""AWS サポートへのお問い合わせありがとうございます。
新しいケースを作成しました。

  ケース ID : {CASE_M2}
  件名      : 認定アカウント統合の件 (再送)
  重要度    : 一般的なガイダンス

お客様のお問い合わせ内容:
先日ケース {CASE_M} で認定アカウントの統合をお願いしましたが、まだ回答がありません。AWS08856021 のほうに統合をお願いします。来月受験予定のため急いでいます。

担当者から回答がありしだい、メールでお知らせします。
ケースの状況は AWS サポートセンターでいつでも確認できます。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_M2}&language=ja

※本メールは送信専用です。ご返信いただいてもお答えできません。

Amazon Web Services
"""
    build(n, 'aws-support-msato-2', 'case_created', 'ja', CASE_M2, ['AWS08856021'], True,
          rcpt=MISAKI[1], provider='biglobe', sender=ses_sender(ip='54.240.27.21'), frm=CONSOLE, to=MISAKI[1],
          subject=f"AWS サポート: 新しいケースを作成しました (ケース ID {CASE_M2}) - 認定アカウント統合の件 (再送)", subj_charset='utf-8',
          date=T('2026-01-21 00:30:21'), body=text_part(body, charset='shift_jis', cte='base64', label='Shift_JIS'))

MISAKI_CONFIRM = f"""佐藤 様

AWS サポートの山本です。ご回答までお時間をいただき、申し訳ございません。

お申し出いただいたアカウントを確認いたしました。以下の内容で統合を行う予定です。

  統合先 (今後ご利用いただくアカウント): AWS08856021
  統合元 (統合後に閉鎖されるアカウント): AWS01947735

統合元のアカウントに紐づく認定資格、受験履歴、特典は、すべて統合先へ移ります。
統合の処理は取り消すことができませんので、内容に誤りがないか必ずご確認ください。

問題がなければ、サポートセンターからこのケースに「上記内容で統合を希望します」とご返信ください。
ご返信を確認してから作業に着手いたします。

なお、同じ内容で作成されたケース ({CASE_M2}) は、こちらのケースに集約させていただきます。

山本
Amazon Web Services"""

@mail
def misaki_confirm(n):
    body = MISAKI_CONFIRM + "\n\n" + console_footer(CASE_M, 'ja')
    build(n, 'aws-support-msato-3', 'merge_confirmation_requested', 'ja', CASE_M, ['AWS08856021', 'AWS01947735'], True,
          rcpt=MISAKI[1], provider='biglobe', sender=ses_sender(ip='54.240.27.30'), frm=CONSOLE, to=MISAKI[1],
          subject=f"RE:[CASE {CASE_M}] {MISAKI_SUBJ} - ご確認のお願い (統合内容の最終確認)", subj_charset='shift_jis',
          date=T('2026-01-21 03:05:40'), body=text_part(body, charset='shift_jis', cte='base64', label='Shift_JIS'))

@mail
def misaki_dup_closed(n):
    body = f"""AWS をご利用いただき、ありがとうございます。

ケース {CASE_M2} は解決済みとしてクローズされました。
同じお問い合わせについては、ケース {CASE_M} にて引き続き対応いたします。

今回のサポートについて、ご意見をお聞かせください。
以下のリンクから、担当者の対応を評価いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_M2}&language=ja

このケースについてさらにサポートが必要な場合は、14 日以内であればサポートセンターからケースを再度オープンできます。

Amazon Web Services
"""
    build(n, 'aws-support-msato-4', 'survey', 'ja', CASE_M2, [], True,
          rcpt=MISAKI[1], provider='biglobe', sender=ses_sender(ip='54.240.27.30'), frm=CONSOLE, to=MISAKI[1],
          subject=f"AWS サポートケース {CASE_M2} がクローズされました",
          date=T('2026-01-21 03:07:12'), body=text_part(body, cte='base64'))

@mail
def misaki_done_closed(n):
    body = """佐藤 様

ご確認のご返信をいただき、ありがとうございました。
AWS01947735 の認定資格と受験履歴を AWS08856021 へ移し、AWS01947735 は無効化いたしました。
今後は AWS08856021 のアカウントでサインインしてください。

本件はこれにて解決とさせていただき、ケースをクローズいたします。
よろしければ、サポートセンターから今回の対応についての評価 (アンケート) にご協力ください。

山本
Amazon Web Services

---- 2026/01/21 21:18 (JST) お客様からの返信 ----
上記内容で統合を希望します。よろしくお願いいたします。
佐藤

---- 2026/01/21 12:05 (JST) Amazon Web Services ----
""" + MISAKI_CONFIRM + "\n\n" + console_footer(CASE_M, 'ja')
    build(n, 'aws-support-msato-5', 'merge_completed', 'ja', CASE_M, ['AWS08856021', 'AWS01947735'], True,
          rcpt=MISAKI[1], provider='biglobe', sender=ses_sender(ip='54.240.27.33'), frm=CONSOLE, to=MISAKI[1],
          subject=f"RE:[CASE {CASE_M}] {MISAKI_SUBJ}", subj_charset='shift_jis',
          date=T('2026-01-22 07:40:03'), body=text_part(body, charset='shift_jis', cte='quoted-printable', label='Shift_JIS'))

@mail
def misaki_badges_pending(n):
    body = """佐藤 様

ご連絡ありがとうございます。AWS サポートの山本です。

AWS08856021 にサインインした状態で、Credly 上に以前のバッジが表示されない件について承知いたしました。
Credly 側のアカウントは AWS の認定アカウントとは別に管理されているため、バッジの移行には Credly での手続きが必要となります。
現在、担当チームに移行を依頼しております。対応が完了しましたら、このケースにてご連絡いたします。

恐れ入りますが、今しばらくお待ちください。

山本
Amazon Web Services

""" + console_footer(CASE_M, 'ja')
    build(n, 'aws-support-msato-6', 'support_reply', 'ja', CASE_M, ['AWS08856021'], True,
          rcpt=MISAKI[1], provider='biglobe', sender=ses_sender(ip='54.240.27.33'), frm=CONSOLE, to=MISAKI[1],
          subject=f"RE:[CASE {CASE_M}] {MISAKI_SUBJ}",
          date=T('2026-01-27 02:00:45'), body=text_part(body, cte='8bit'))

@mail
def misaki_credly_moved(n):
    text = """美咲さん

以前のメールアドレス (m.sato@example-gakuen.ac.jp) に発行されていた 2 個のバッジが、あなたの Credly アカウントに移動されました。

・AWS Certified Cloud Practitioner
・AWS Certified AI Practitioner

まだ受け取っていないバッジは、プロフィールから受け取ることができます。
バッジを確認する: https://www.credly.com/earner/earned

Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
"""
    html = html_doc(p2h(text).replace('バッジを確認する: https://www.credly.com/earner/earned',
                                        '<a href="https://www.credly.com/earner/earned" style="display:inline-block;background-color:#00857a;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">バッジを確認する</a>'),
                    title='Credly', lang='ja')
    build(n, 'credly-msato', 'credly_badge_issued', 'ja', None, [], True,
          rcpt=MISAKI[1], provider='biglobe', sender=sendgrid_sender('credly.com', '167.89.118.66', 'misaki-s=kfa.biglobe.ne.jp'), frm=CREDLY,
          to=MISAKI[1], subject="バッジがあなたのアカウントに移動されました",
          date=T('2026-01-29 06:21:10'), body=alt_part(text, html, cte_t='base64', cte_h='base64'), order='other')

@mail
def misaki_newsletter(n):
    text = """AWS トレーニングと認定 ニュースレター 2026年2月号

■ 新しい AWS 認定試験のベータ版を公開
AWS Certified Generative AI Developer - Professional のベータ試験の受付を開始しました。ベータ試験は通常より割引された受験料でお受けいただけます。

■ 認定の特典をご活用ください
認定取得者は、次回の試験で使える 50% 割引バウチャーなどの特典を AWS Certification アカウントの「特典」タブから利用できます。
※ 複数の認定アカウントをお持ちの場合、特典はアカウントごとに管理されます。アカウントの統合をご希望の方は、AWS トレーニングと認定のお問い合わせフォームからご依頼ください。

■ デジタルバッジを共有しましょう
Credly から届いたバッジを LinkedIn で共有して、スキルをアピールしましょう。

■ 無料のデジタルトレーニング
AWS Skill Builder では 600 以上の無料コースを日本語でも提供しています。

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
    html = html_doc(p2h(text), title='AWS トレーニングと認定 ニュースレター', lang='ja')
    build(n, 'aws-tc-newsletter-ja', 'unrelated', 'ja', None, [], True,
          rcpt=MISAKI[1], provider='biglobe', sender=ses_sender(ip='54.240.11.101'), frm=('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'),
          to=MISAKI[1], subject="【AWS トレーニングと認定】2026年2月号: 新しいベータ試験、認定特典の活用方法ほか",
          date=T('2026-02-05 01:00:12'), body=alt_part(text, html),
          extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html?u=" + alnum(24) + ">"])

# ------------------------------------------------------------------ Daniel Okafor (Gmail, console case with 11-digit id)
DANIEL_SUBJ = "Duplicate certification profiles"

@mail
def daniel_ack(n):
    body = f"""Hello,

We've received your request and created support case {CASE_D}.

Subject: {DANIEL_SUBJ}
Severity: Low
Service: Training and Certification

What happens next
A member of our support team will review your case and respond in the Support Center. You'll get an email when there's an update.

View your case: https://support.console.aws.amazon.com/support/home#/case/?displayId={CASE_D}

Don't reply to this email. This mailbox isn't monitored.

Amazon Web Services
"""
    build(n, 'aws-support-dokafor', 'case_created', 'en', CASE_D, [], True,
          rcpt=DANIEL[1], provider='gmail', sender=ses_sender(ip='54.240.8.90'), frm=CONSOLE, to=DANIEL[1],
          subject=f"Amazon Web Services: You have opened a new Support case: {CASE_D}",
          date=T('2025-07-08 19:22:40'), body=text_part(body, charset='us-ascii', cte='7bit'))

@mail
def daniel_followup(n):
    body = f"""Hello Daniel,

I'm following up on my message of July 10 about your certification profiles AWS03392876 and AWS12006419. In it I asked for the sign-in email address you use for each profile, so that I can verify that both belong to you.

We haven't received a reply yet, so nothing has been changed on either profile.

Do you still need help with this? If so, just add the details to the case in the Support Center and we'll pick it up straight away. If we don't hear from you within the next 5 days, the case will be closed automatically – you can always reopen it later.

""" + RATE_EN + """

Best regards,
Marcus
Amazon Web Services

""" + console_footer(CASE_D)
    build(n, 'aws-support-dokafor-2', 'support_reply', 'en', CASE_D, ['AWS03392876', 'AWS12006419'], True,
          rcpt=DANIEL[1], provider='gmail', sender=ses_sender(ip='54.240.8.91'), frm=CONSOLE, to=DANIEL[1],
          subject=f"RE:[CASE {CASE_D}] {DANIEL_SUBJ}",
          date=T('2025-07-14 09:00:15'), body=text_part(body))

@mail
def daniel_done(n):
    text = """Hello Daniel,

Thanks for sending the sign-in details. The two profiles are now one: AWS12006419 has been folded into AWS03392876, which is the candidate ID you should use from now on. Your exam history from both profiles is listed there.

Best regards,
Marcus
Amazon Web Services
"""
    html = html_doc(f"""<p style="margin:0 0 12px 0">Hello Daniel,</p>
<p style="margin:0 0 12px 0">Thanks for sending the sign-in details. The two profiles are now one: <b>aws-12006419</b> has been folded into <b>aws-03392876</b>, which is the candidate ID you should use from now on. Your exam history from both profiles is listed there.</p>
<p style="margin:0 0 12px 0"><i>Note:</i> your Credly badges can take up to 5 business days to follow. If they haven't appeared by then, let us know in this case and we'll ask for them to be moved.</p>
<p style="margin:0 0 12px 0">{RATE_EN}</p>
<p style="margin:0 0 24px 0">Best regards,<br>Marcus<br>Amazon Web Services</p>
<p style="margin:0 0 12px 0">To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}&amp;language=en">AWS Support Center</a>.</p>""", title='AWS Support')
    build(n, 'aws-support-dokafor-3', 'merge_completed', 'en', CASE_D, ['AWS03392876', 'AWS12006419'], True,
          rcpt=DANIEL[1], provider='gmail', sender=ses_sender(ip='54.240.8.93'), frm=CONSOLE, to=DANIEL[1],
          subject=f"RE:[CASE {CASE_D}] {DANIEL_SUBJ}",
          date=T('2025-07-17 12:30:55'), body=alt_part(text, html, cte_t='base64', cte_h='quoted-printable'))

@mail
def daniel_closed(n):
    body = f"""Hello,

Your support case {CASE_D} ("{DANIEL_SUBJ}") has been resolved.

If your certification profiles are still not showing as a single account, or a certification seems to be missing, you can reopen this case from the Support Center within the next 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}&language=en

How did we do? Select a rating to tell us about your experience:
Excellent | Good | Fair | Poor

Amazon Web Services
"""
    html = html_doc(p2h(body.replace('Excellent | Good | Fair | Poor', '')) +
                    f'\n<p style="margin:0 0 12px 0">' + ' &nbsp;|&nbsp; '.join(
                        f'<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_D}&amp;rating={i}">{w}</a>'
                        for i, w in [(4, 'Excellent'), (3, 'Good'), (2, 'Fair'), (1, 'Poor')]) + '</p>', title='AWS Support')
    build(n, 'aws-support-dokafor-4', 'survey', 'en', CASE_D, [], True,
          rcpt=DANIEL[1], provider='gmail', sender=ses_sender(ip='54.240.8.93'), frm=CONSOLE, to=DANIEL[1],
          subject=f"Your AWS Support case {CASE_D} has been resolved",
          date=T('2025-07-24 12:31:02'), body=alt_part(body, html))

@mail
def daniel_survey_reminder(n):
    body = f"""Hi Daniel,

A few days ago we asked for your thoughts on a recent AWS Support interaction, and we haven't heard from you yet.

Case: {CASE_D} – {DANIEL_SUBJ}

Your feedback goes directly to the team that handled your request. The survey has 3 questions and takes about a minute:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_9Hx1cR4bWv7mN2e?caseId={CASE_D}

Thank you for helping us improve.

AWS Support Customer Experience
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    build(n, 'aws-support-feedback-dokafor', 'survey', 'en', CASE_D, [], True,
          rcpt=DANIEL[1], provider='gmail', sender=ses_sender(ip='54.240.8.95'), frm=('AWS Support', 'no-reply-aws@amazon.com'), to=DANIEL[1],
          subject="Reminder: tell us about your recent AWS Support experience",
          date=T('2025-07-27 09:15:41'), body=text_part(body, cte='base64'))

@mail
def daniel_phish_credly(n):
    body = """Hi Daniel,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Professional.

Your badge is ready to claim. Because your certification accounts were recently updated, you must confirm your AWS account credentials before the badge can be added to your profile.

Claim your badge within 24 hours, or it will be revoked:
https://credly-badges.com/claim?u=dokafor&id=7731

The Credly Team
"""
    s = plain_sender('credly-badges.com', '91.92.109.77', 'mx1.credly-badges.com', 'bounce@credly-badges.com', selector='mail')
    build(n, 'credly-badge-claim', 'credly_badge_issued', 'en', None, [], False,
          rcpt=DANIEL[1], provider='gmail', sender=s, frm=('Credly', 'notifications@credly-badges.com'), to=DANIEL[1],
          subject="Your AWS badge is ready – claim it now", date=T('2025-07-20 22:48:03'),
          body=text_part(body, cte='quoted-printable'), auth={'pol': 'p=NONE sp=NONE dis=NONE'}, order='other')

@mail
def daniel_ec2_case(n):
    body = f"""Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case {CASE_EC2} to address your issue.

The details of your case are as follows:

Case ID: {CASE_EC2}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: Running On-Demand G and VT instances
Limit name: Instance Limit
New limit value: 32
------------
Use case description: We are training a small computer-vision model and need GPU capacity for a two-week experiment.

We will respond to your case as soon as possible.

""" + console_footer(CASE_EC2)
    build(n, 'aws-support-quota', 'unrelated', 'en', CASE_EC2, [], True,
          rcpt=DANIEL[1], provider='gmail', sender=ses_sender(ip='54.240.8.97'), frm=CONSOLE, to=DANIEL[1],
          subject=f"Amazon Web Services: You have opened a new Support case: {CASE_EC2}",
          date=T('2026-02-10 15:20:58'), body=text_part(body))

@mail
def daniel_phish_billing(n):
    html = html_doc("""<p style="margin:0 0 12px 0"><img src="https://d0.awsstatic.com/logos/powered-by-aws.png" alt="AWS" width="120"></p>
<p style="margin:0 0 12px 0">Dear Customer,</p>
<p style="margin:0 0 12px 0">We were unable to process the payment for your latest AWS invoice. As a result, your AWS account and all associated services, including your <b>AWS Certification profile</b>, will be suspended within 48 hours.</p>
<p style="margin:0 0 12px 0">To avoid interruption, please update your billing information now:</p>
<p style="margin:0 0 24px 0"><a href="https://aws-amazon-secure.com/billing/update" style="display:inline-block;background-color:#ff9900;color:#000000;padding:12px 28px;text-decoration:none;font-weight:bold">Update payment method</a></p>
<p style="margin:0 0 12px 0">Sincerely,<br>Amazon Web Services Billing</p>""", title='AWS Billing')
    s = plain_sender('amazon.com', '103.153.78.20', 'mail.vn-hosting24.com', 'noreply@vn-hosting24.com', selector=None)
    build(n, 'aws-billing-alert', 'unrelated', 'en', None, [], False,
          rcpt=DANIEL[1], provider='gmail', sender=s, frm=('AWS Billing', 'billing@aws.amazon.com'), to=DANIEL[1],
          subject="Action Required: Your AWS account will be suspended", date=T('2026-02-15 03:12:09'),
          body=text_part(html, subtype='html', cte='base64'),
          auth={'spf': 'softfail', 'dkim': [], 'dmarc': 'fail', 'hfrom': 'aws.amazon.com', 'mailfrom': 'noreply@vn-hosting24.com',
                'pol': 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'}, order='other')

# ------------------------------------------------------------------ Lukas Brandt (on-premises Exchange, no Authentication-Results)
LUKAS_SUBJ = "Zusammenführung von zwei AWS-Zertifizierungskonten / merge two certification accounts"

@mail
def lukas_ack(n):
    body = f"""Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case {CASE_L} to address your issue.

The details of your case are as follows:

Case ID: {CASE_L}
Subject: {LUKAS_SUBJ}
Severity: General guidance
Correspondence: Hello, I have one certification account from my time at university (candidate ID aws-06024473) and one I created later for my current job (AWS 11830592). I would like to keep aws-06024473 because my SAA and SysOps certifications are there. Regards, Lukas Brandt

We will respond to your case as soon as possible.

""" + console_footer(CASE_L)
    build(n, 'aws-support-lbrandt', 'case_created', 'en', CASE_L, ['AWS06024473', 'AWS11830592'], None,
          rcpt=LUKAS[1], provider='corp', sender=ses_sender(ip='54.240.3.8'), frm=CONSOLE, to=LUKAS[1],
          subject=f"Amazon Web Services: You have opened a new Support case: {CASE_L}",
          date=T('2025-10-02 07:55:49'), body=text_part(body, charset='utf-8', cte='quoted-printable'))

@mail
def lukas_autoclosed(n):
    html = html_doc(f"""<p style="margin:0 0 12px 0">Hello,</p>
<p style="margin:0 0 12px 0">We haven't heard back from you regarding case <b>{CASE_L}</b> (&quot;{esc(LUKAS_SUBJ)}&quot;), so we've closed it.</p>
<p style="margin:0 0 12px 0">If you still need help, you can reopen the case in the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_L}&amp;language=en">Support Center</a> within 14 days. After that, please open a new case and mention this case ID.</p>
<p style="margin:0 0 6px 0"><b>How would you rate your support experience?</b></p>
<p style="margin:0 0 24px 0">
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_L}&amp;rating=5" style="text-decoration:none;font-size:22px">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_L}&amp;rating=4" style="text-decoration:none;font-size:22px">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_L}&amp;rating=3" style="text-decoration:none;font-size:22px">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_L}&amp;rating=2" style="text-decoration:none;font-size:22px">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_L}&amp;rating=1" style="text-decoration:none;font-size:22px">&#9733;</a></p>
<p style="margin:0;font-size:11px;color:#879596">This e-mail was sent from an address that cannot accept incoming e-mail.<br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>""", title='AWS Support')
    build(n, 'aws-support-lbrandt-2', 'survey', 'en', CASE_L, [], None,
          rcpt=LUKAS[1], provider='corp', sender=ses_sender(ip='54.240.3.11'), frm=CONSOLE, to=LUKAS[1],
          subject=f"Case {CASE_L} has been closed", date=T('2025-10-13 08:00:11'),
          body=text_part(html, subtype='html', cte='quoted-printable'))

@mail
def lukas_done(n):
    html = html_doc(f"""<p style="margin:0 0 12px 0">Hello Lukas,</p>
<p style="margin:0 0 12px 0">Thank you for reopening the case and for confirming the details.</p>
<p style="margin:0 0 12px 0">I have now carried out the consolidation: your certifications and exam records from AWS11830592 have been transferred to <b>AWS06024473</b>, and AWS11830592 has been retired. Please sign in with the email address linked to AWS06024473 from now on.</p>
<p style="margin:0 0 12px 0">Your Credly badges are managed separately and may take a few days to appear under the surviving account.</p>
<p style="margin:0 0 12px 0">{RATE_EN}</p>
<p style="margin:0 0 24px 0">Best regards,<br>Jonas<br>Amazon Web Services</p>
<div style="border-left:3px solid #d5dbdb;padding-left:12px;color:#545b64">
<p style="margin:0 0 8px 0"><b>Customer</b> &ndash; 2025-10-20 16:12 UTC</p>
<p style="margin:0 0 12px 0">Sorry, I missed your earlier message. Yes, please keep aws-06024473 and close AWS 11830592. Lukas</p>
</div>
<p style="margin:12px 0 12px 0">To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_L}&amp;language=en">AWS Support Center</a>.</p>""", title='AWS Support')
    build(n, 'aws-support-lbrandt-3', 'merge_completed', 'en', CASE_L, ['AWS06024473', 'AWS11830592'], None,
          rcpt=LUKAS[1], provider='corp', sender=ses_sender(ip='54.240.3.14'), frm=CONSOLE, to=LUKAS[1],
          subject=f"RE:[CASE {CASE_L}] {LUKAS_SUBJ}", subj_charset='utf-8', date=T('2025-10-21 13:44:09'),
          body=text_part(html, subtype='html', cte='base64'))

@mail
def lukas_credly(n):
    body = """Lukas, you've been awarded a badge!

Amazon Web Services Training and Certification has issued you the following badge:

    AWS Certified SysOps Administrator – Associate

Accept your badge to claim it, add it to your profile and share it with your network:
https://www.credly.com/badges/c41d2e87-0b6f-4a19-9d3e-58f7a2c01b66/accept

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
"""
    build(n, 'credly-lbrandt', 'credly_badge_issued', 'en', None, [], None,
          rcpt=LUKAS[1], provider='corp', sender=sendgrid_sender('credly.com', '167.89.118.70', 'l.brandt=kessler-maschinenbau.de'), frm=CREDLY_AWS,
          to=LUKAS[1], subject="Lukas, you've been awarded a badge from Amazon Web Services Training and Certification",
          date=T('2025-10-23 11:05:37'), body=text_part(body), order='other')

# ------------------------------------------------------------------ Sofia Marin (Outlook.com consumer, form desk)
@mail
def sofia_ack(n):
    html = html_doc(f"""<p style="margin:0 0 16px 0"><img src="https://d1.awsstatic.com/training-and-certification/logos/aws-tc-logo.png" alt="AWS Training and Certification" width="180"></p>
<h1 style="font-size:20px;line-height:26px;margin:0 0 12px 0">We've got your message</h1>
<p style="margin:0 0 12px 0">Hi Sofia,</p>
<p style="margin:0 0 12px 0">Thanks for getting in touch with AWS Training and Certification. A member of our team will get back to you at this address, usually within one business day.</p>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="background-color:#f2f3f3;width:100%;margin:0 0 12px 0;font-size:14px">
<tr><td style="width:160px;color:#545b64">Reference</td><td><b>{CASE_S}</b></td></tr>
<tr><td style="color:#545b64">Topic</td><td>Certification &ndash; Account Merge</td></tr>
<tr><td style="color:#545b64">Submitted</td><td>August 11, 2025, 8:14 PM UTC</td></tr>
</table>
<p style="margin:0 0 12px 0">If you need to add something, just reply to this email and keep the reference in the subject line. There's no need to send the form again.</p>
<p style="margin:0 0 24px 0">Kind regards,<br>AWS Training and Certification</p>
<p style="margin:0;font-size:11px;color:#879596">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>""", title='AWS Training and Certification')
    build(n, 'aws-tc-form-smarin', 'case_created', 'en', CASE_S, [], True,
          rcpt=SOFIA[1], provider='outlookcom', sender=ses_sender(ip='54.240.8.150'), frm=FORM, to=SOFIA[1],
          subject=f"[CASE {CASE_S}] [AWS Training and Certification Form Submission] - account-assistance",
          date=T('2025-08-11 20:14:30'), body=text_part(html, subtype='html', cte='quoted-printable'))

@mail
def sofia_closed(n):
    body = f"""Hi Sofia,

We’re closing case {CASE_S} now — thank you for your patience while we looked into your request.

If you still need help with it, simply reply to this email within the next 14 days and it will be reopened; after that, please submit a new request and mention this reference.

We’d really appreciate a moment of your time to tell us how we did:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_6lHcT0tZqVxR2ni?case={CASE_S}

“Was your issue resolved?” — just one click.

Kind regards,
AWS Training and Certification
"""
    build(n, 'aws-tc-closure-smarin', 'survey', 'en', CASE_S, [], True,
          rcpt=SOFIA[1], provider='outlookcom', sender=ses_sender(ip='54.240.8.151'), frm=FORM, to=SOFIA[1],
          subject=f"RE:[CASE {CASE_S}] [AWS Training and Certification Form Submission] - account-assistance",
          date=T('2025-08-15 17:02:00'), body=wrong_label_part(body, real='utf-8', label='iso-8859-1', cte='quoted-printable'))

@mail
def sofia_phish_done(n):
    body = f"""Hello Sofia,

Your AWS Certification accounts have been successfully merged (case reference {'175529071806145'}).

All certifications, vouchers and digital badges have been moved to your primary profile. To keep access to them, you must re-validate your sign-in details within 48 hours. Accounts that are not re-validated will lose their badges.

Re-validate now: https://aws-training-portal.net/account/revalidate?ref=175529071806145

Thank you,
AWS Certification Team
"""
    s = plain_sender('aws-training-portal.net', '194.169.175.40', 'mail.aws-training-portal.net', 'bounce@aws-training-portal.net', selector=None)
    build(n, 'aws-certification-notice', 'merge_completed', 'en', '175529071806145', [], False,
          rcpt=SOFIA[1], provider='outlookcom', sender=s, frm=('AWS Certification', 'certification@aws-training-portal.net'), to=SOFIA[1],
          subject="Your AWS Certification accounts have been merged", date=T('2025-08-16 06:44:51'),
          body=text_part(body, cte='base64'),
          auth={'spf': 'pass', 'dkim': [], 'dmarc': 'none', 'hfrom': 'aws-training-portal.net'}, order='other')

@mail
def sofia_credly_pending(n):
    text = """Hi Sofia,

You still have a badge waiting to be accepted.

Amazon Web Services Training and Certification
AWS Certified Cloud Practitioner

Accept it to show it on your Credly profile and share it with your network.

Accept badge: https://www.credly.com/badges/e03a9b5c-71f2-4d6a-8c09-3b2e5f7a1d40/accept

Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
Notification settings: https://www.credly.com/notification_settings
"""
    html = html_doc(p2h(text).replace('Accept badge: https://www.credly.com/badges/e03a9b5c-71f2-4d6a-8c09-3b2e5f7a1d40/accept',
                                        '<a href="https://www.credly.com/badges/e03a9b5c-71f2-4d6a-8c09-3b2e5f7a1d40/accept" style="display:inline-block;background-color:#00857a;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">Accept badge</a>'),
                    title='Credly')
    build(n, 'credly-smarin', 'credly_badge_issued', 'en', None, [], True,
          rcpt=SOFIA[1], provider='outlookcom', sender=sendgrid_sender('credly.com', '167.89.118.52', 'sofia.marin=outlook.com'), frm=CREDLY,
          to=SOFIA[1], subject="Don't forget to accept your badge", date=T('2025-08-25 13:30:20'),
          body=alt_part(text, html), order='other')

@mail
def sofia_credly_merge_code(n):
    text = """Hi Sofia,

We received a request to merge another Credly account into yours.

Use this verification code to confirm that you own sofia.m.marin@gmail.com:

    482913

Or click the button below:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=""" + alnum(32) + """

Once the accounts are merged, all badges from both accounts will appear on a single profile. If you didn't request this, you can ignore this email.

This code expires in 30 minutes.

Credly, Inc. | 1 Penn Plaza, Suite 2950, New York, NY 10119
"""
    html = html_doc(p2h(text), title='Credly account merge')
    build(n, 'credly-smarin-2', 'unrelated', 'en', None, [], True,
          rcpt=SOFIA[1], provider='outlookcom', sender=sendgrid_sender('credly.com', '167.89.118.57', 'sofia.marin=outlook.com'), frm=CREDLY,
          to=SOFIA[1], subject="Verify your account merge request", date=T('2025-08-27 19:41:02'),
          body=alt_part(text, html), order='other')

@mail
def sofia_seller_central(n):
    body = f"""Hello,

Thank you for your patience while we looked into your request to merge the detail pages for ASIN B0CXK7Q2ZP and ASIN B0CXK8R4TN.

We have reviewed the listings and confirmed that they describe the same product. The detail pages have now been merged, and all offers appear under ASIN B0CXK7Q2ZP. It can take up to 48 hours for the change to show on the Amazon website.

If there is anything else we can help with, please reply to this email or contact us through Seller Central.

How did we do? If I've resolved your issue, please click here: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={CASE_SELLER}&resolved=yes
If not, please click here: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={CASE_SELLER}&resolved=no

Thank you for selling on Amazon,
Ravi S.
Amazon.com
https://sellercentral.amazon.com
"""
    s = ses_sender(ip='54.240.13.76')
    build(n, 'seller-central-case', 'unrelated', 'en', CASE_SELLER, [], True,
          rcpt=SOFIA[1], provider='outlookcom', sender=s, frm=('Amazon Seller Central', 'seller-notification@amazon.com'), to=SOFIA[1],
          subject=f"RE:[CASE {CASE_SELLER}] Merge duplicate detail pages", date=T('2025-10-07 21:09:48'),
          body=text_part(body))

# ------------------------------------------------------------------ Yuki Tanaka (@nifty)
@mail
def yuki_survey_wronglabel(n):
    body = f"""田中 由紀 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {CASE_Y} は本日付でクローズいたしました。

サービス品質向上のため、アンケートへのご協力をお願いいたします。
 ・問題は解決しましたか?(はい/いいえ)
 ・担当者の対応に満足されましたか?(5 段階)

アンケートに回答する:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_2bQxJv8mPzN4k1o?Q_Language=JA&case={CASE_Y}

ケースの再開をご希望の場合は、14 日以内にこのメールへご返信ください。

AWS トレーニングと認定
"""
    build(n, 'aws-tc-enquete-ytanaka', 'survey', 'ja', CASE_Y, [], True,
          rcpt=YUKI[1], provider='nifty', sender=ses_sender(ip='54.240.8.77'), frm=FORM, to=YUKI[1],
          subject=f"RE:[CASE {CASE_Y}] [AWS Training and Certification Form Submission] - account-assistance",
          date=T('2025-12-11 06:30:14'), body=wrong_label_part(body, real='utf-8', label='Shift_JIS', cte='base64'))

@mail
def yuki_pearson(n):
    body = """田中 由紀 様

ピアソンVUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
試験言語: 日本語
日時: 2026年1月17日(土) 13:30 JST
受験方法: テストセンター
テストセンター: ピアソンVUE 東京 新宿テストセンター
登録 ID: 412377091
予約番号: 523980417

当日は、有効な身分証明書を 2 点お持ちのうえ、試験開始の 30 分前までにお越しください。
予約の変更またはキャンセルは、試験開始の 24 時間前までに AWS Certification アカウントから行ってください。

※本メールは送信専用アドレスからお送りしています。

ピアソンVUE
"""
    s = plain_sender('pearson.com', '136.147.135.20', 'mta-10-2.sfmc.pearson.com', 'bounce@sfmc.pearson.com', selector='sfmc')
    build(n, 'pearsonvue-ytanaka', 'unrelated', 'ja', None, [], False,
          rcpt=YUKI[1], provider='nifty', sender=s, frm=('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com'), to=YUKI[1],
          subject="試験予約の確認 - AWS Certified Solutions Architect - Professional", subj_charset='iso-2022-jp', from_charset='iso-2022-jp',
          date=T('2025-12-15 02:18:33'), body=text_part(body, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), order='other')

@mail
def yuki_billing_closed(n):
    body = f"""AWS をご利用いただき、ありがとうございます。

お問い合わせいただいたケース {CASE_BILL} (件名: 2026年1月分の請求額について) は解決済みとしてクローズされました。

今回のサポートはいかがでしたか。アンケートにご回答いただき、ご意見をお聞かせください。
https://console.aws.amazon.com/support/feedback?displayId={CASE_BILL}&language=ja

請求に関してさらにご不明な点がある場合は、14 日以内であれば AWS サポートセンターからケースを再度オープンできます。

""" + console_footer(CASE_BILL, 'ja')
    build(n, 'aws-support-billing-ytanaka', 'unrelated', 'ja', CASE_BILL, [], True,
          rcpt=YUKI[1], provider='nifty', sender=ses_sender(ip='54.240.8.80'), frm=CONSOLE, to=YUKI[1],
          subject=f"AWS サポートケース {CASE_BILL} がクローズされました",
          date=T('2026-02-26 04:00:27'), body=text_part(body, cte='quoted-printable'))

# ====================================================================== run
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(MAILS)
    random.Random(52).shuffle(order)
    for i, f in enumerate(order, 1):
        f(i)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(WRITTEN), 'files written')

if __name__ == '__main__':
    main()
