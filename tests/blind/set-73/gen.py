#!/usr/bin/env python3
"""Generator for blind set 73: AWS Certification account-merge mail, Japanese emphasis."""
import base64, json, os, quopri, random, re, uuid, html as htmlmod
import datetime as dt
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.charset import Charset, QP
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(7301)
UTC = dt.timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
LABELS = {}

# ---------------------------------------------------------------- helpers
def T(s):
    """'2025-05-27 14:41:15' (UTC) -> aware datetime"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)

def b64r(n):
    return base64.b64encode(rnd.randbytes(n)).decode()

def hexr(n):
    return rnd.randbytes(n).hex()

def alnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))

def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128)))

def fold_b64(s, first=0, width=70, indent='\t '):
    out, line = [], s[:width - first]
    rest = s[width - first:]
    out.append(line)
    while rest:
        out.append(indent + rest[:width])
        rest = rest[width:]
    return '\n'.join(out)

def rfc(t, tz=UTC):
    return format_datetime(t.astimezone(tz))

def rfc_pt(t):
    return format_datetime(t.astimezone(PT)) + ' (%s)' % t.astimezone(PT).tzname()

def rfc_jst(t):
    return format_datetime(t.astimezone(JST)) + ' (JST)'

def enc_subject(s, cs='utf-8', q=False):
    if all(ord(c) < 128 for c in s):
        return s
    m = re.match(r'^[\x20-\x7e]*?(?=[^\x00-\x7f]|$)', s)
    prefix = m.group(0)
    # keep a leading ASCII run only up to its last space, like most mailers
    cut = prefix.rfind(' ') + 1 if ' ' in prefix else 0
    c = Charset(cs)
    if q:
        c.header_encoding = QP
    h = Header(header_name='Subject')
    if cut:
        h.append(s[:cut], 'us-ascii')
    h.append(s[cut:], c)
    return h.encode(linesep='\n')

def addr(name, email, cs='utf-8'):
    if name is None:
        return email
    return formataddr((name, email), charset=cs)

CODEC = {'utf-8': 'utf-8', 'UTF-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'ISO-2022-JP': 'iso2022_jp',
         'Shift_JIS': 'cp932', 'shift_jis': 'cp932', 'us-ascii': 'ascii', 'iso-8859-1': 'utf-8'}

def tpart(text, sub='plain', cs='utf-8', cte='qp', codec=None):
    codec = codec or CODEC[cs]
    raw = text.encode(codec)
    p = MIMENonMultipart('text', sub, charset=cs)
    if cte == 'b64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte == 'qp':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == '7bit':
        p.set_payload(raw.decode('ascii'))
        p['Content-Transfer-Encoding'] = '7bit'
    else:
        raise ValueError(cte)
    return p

def alt(*parts):
    m = MIMEMultipart('alternative', boundary='000000000000' + hexr(10) if rnd.random() < .5 else None)
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m

def to_html(text, style='font-family:Arial,sans-serif;font-size:14px'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for para in paras:
        out.append('<p>' + '<br>\n'.join(htmlmod.escape(l) for l in para.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="%s">\n' % style + '\n'.join(out) + '\n</div></body></html>\n')

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

# ---------------------------------------------------------------- senders
SES_IPS = ['54.240.8.35', '54.240.8.80', '54.240.8.21', '54.240.48.92', '54.240.48.113', '54.240.9.31', '54.240.27.17']

def ses(t, from_domain='amazon.com'):
    ms = int(t.timestamp() * 1000)
    u = uid()
    ip = rnd.choice(SES_IPS)
    a, b, c, d = ip.split('.')
    helo = 'a%s-%s.smtp-out.amazonses.com' % (c, d)
    msgid = '<0100%012x-%s-000000@email.amazonses.com>' % (ms, u)
    env = '0100%012x-%s-000000@amazonses.com' % (ms, u)
    ts = int(t.timestamp())
    sel1 = alnum(32)
    dk = [
        'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
        '\ts=%s; d=%s; t=%d;\n'
        '\th=From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Date;\n'
        '\tbh=%s;\n\tb=%s' % (sel1, from_domain, ts, b64r(32), fold_b64(b64r(256), 2)),
        'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
        '\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n'
        '\th=From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Date:Feedback-ID;\n'
        '\tbh=%s;\n\tb=%s' % (ts, b64r(32), fold_b64(b64r(128), 2)),
    ]
    extra = ['Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % b64r(33)[:43],
             'X-SES-Outgoing: %s-%s' % (t.strftime('%Y.%m.%d'), ip)]
    return dict(msgid=msgid, env=env, ip=ip, helo=helo, dkim=dk, extra=extra,
                mailfrom_dom='amazonses.com', dkim_doms=[from_domain, 'amazonses.com'],
                sels={from_domain: sel1, 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono'})

def gmail_sender(t, from_addr, dom='gmail.com', darn='gmail.com'):
    ip = '209.85.%d.%d' % (rnd.randint(128, 222), rnd.randint(2, 250))
    helo = 'mail-%s%d-f%d.google.com' % (rnd.choice(['pl', 'pj', 'yb', 'qt', 'oi']), rnd.randint(1, 9), rnd.randint(41, 199))
    msgid = '<CA%s@mail.gmail.com>' % (b64r(45).replace('/', '_').replace('+', '-')[:60])
    ts = int(t.timestamp())
    sel = '20230601' if dom == 'gmail.com' else 'google'
    dk = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n'
          '        d=%s; s=%s; t=%d; x=%d; darn=%s;\n'
          '        h=to:subject:message-id:date:from:in-reply-to:references\n'
          '         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n'
          '        bh=%s;\n        b=%s' % (dom, sel, ts, ts + 604800, darn, b64r(32), fold_b64(b64r(256), 8, 70, '         '))]
    return dict(msgid=msgid, env=from_addr, ip=ip, helo=helo, dkim=dk, extra=[],
                mailfrom_dom=dom, dkim_doms=[dom], sels={dom: sel})

def sendgrid_sender(t, from_dom, rcpt, sel='s1'):
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(2, 250))
    helo = 'o%d.ptr%d.%s' % (rnd.randint(1, 30), rnd.randint(1000, 9999), 'em.' + from_dom)
    msgid = '<%s@geopod-ismtpd-%d>' % (b64r(16).rstrip('=').replace('/', 'x').replace('+', 'y'), rnd.randint(1, 40))
    env = 'bounces+%d-%s-%s@em%d.%s' % (rnd.randint(1000000, 9999999), hexr(2), rcpt.replace('@', '='), rnd.randint(1000, 9999), from_dom)
    ts = int(t.timestamp())
    dk = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n'
          '\th=content-type:from:mime-version:subject:to:cc:content-type:from:\n'
          '\tsubject:to;\n\ts=%s; bh=%s;\n\tb=%s' % (from_dom, sel, b64r(32), fold_b64(b64r(256), 2))]
    return dict(msgid=msgid, env=env, ip=ip, helo=helo, dkim=dk, extra=['X-SG-EID: %s' % b64r(60)],
                mailfrom_dom='em.' + from_dom, dkim_doms=[from_dom], sels={from_dom: sel})

def generic_sender(t, dom, ip=None, helo=None, msgid_dom=None, dkim=True, env=None):
    ip = ip or '%d.%d.%d.%d' % (rnd.choice([45, 103, 185, 194]), rnd.randint(1, 254), rnd.randint(1, 254), rnd.randint(2, 250))
    helo = helo or 'mail.%s' % dom
    msgid = '<%s.%s@%s>' % (int(t.timestamp() * 1000), hexr(8), msgid_dom or dom)
    dk = []
    sel = rnd.choice(['default', 'mail', 'k1', 'selector1', 'dkim'])
    if dkim:
        dk = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n'
              '\tt=%d; bh=%s;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n'
              '\tb=%s' % (dom, sel, int(t.timestamp()), b64r(32), fold_b64(b64r(256), 2))]
    return dict(msgid=msgid, env=env or 'bounce@%s' % dom, ip=ip, helo=helo, dkim=dk, extra=[],
                mailfrom_dom=(env or 'bounce@%s' % dom).split('@')[1], dkim_doms=[dom] if dkim else [],
                sels={dom: sel})

# ---------------------------------------------------------------- receivers
def auth(snd, from_dom, spf='pass', dkim='pass', dmarc='pass', policy='quarantine'):
    return dict(spf=spf, dkim=dkim, dmarc=dmarc, policy=policy, from_dom=from_dom, snd=snd)

def gmail_rcv(rcpt, t, snd, a, workspace=False):
    tr = t + dt.timedelta(seconds=rnd.randint(1, 4))
    d = rfc_pt(tr)
    ar = []
    if a['dkim'] == 'pass':
        for dd in snd['dkim_doms']:
            ar.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (dd, snd.get('sels', {}).get(dd, 'default'), b64r(6)[:8]))
    else:
        ar.append('dkim=%s' % a['dkim'])
    if a['spf'] == 'pass':
        ar.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (snd['env'], snd['ip'], snd['env']))
    else:
        ar.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (a['spf'], snd['env'], snd['ip'], snd['env']))
    p = a['policy'].upper()
    if a['dmarc'] == 'pass':
        ar.append('dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (p, p, a['from_dom']))
    else:
        ar.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (a['dmarc'], p, p, p if p != 'NONE' else 'NONE', a['from_dom']))
    arb = ';\n       '.join(ar)
    ts = int(tr.timestamp())
    sid = alnum(6) + alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    h = ['Delivered-To: %s' % rcpt,
         'Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (hexr(2), hexr(2), hexr(2), hexr(2), hexr(2), alnum(10), d),
         'X-Google-Smtp-Source: %s' % b64r(60),
         'X-Received: by 2002:a17:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (hexr(2), hexr(2), hexr(2), hexr(2), alnum(18), rnd.randint(1, 99), int(t.timestamp()), d),
         'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (ts, fold_b64(b64r(256), 8, 64, '         ')),
         'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
         '        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n'
         '        bh=%s;\n        fh=%s;\n        b=%s' % (b64r(32), b64r(32), fold_b64(b64r(256), 8, 64, '         ')),
         'ARC-Authentication-Results: i=1; mx.google.com;\n       ' + arb,
         'Return-Path: <%s>' % snd['env'],
         'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
         '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (snd['helo'], snd['helo'], snd['ip'], sid, rcpt, d),
         'Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
             a['spf'], snd['env'], 'designates' if a['spf'] == 'pass' else 'does not designate', snd['ip'], snd['ip']),
         'Authentication-Results: mx.google.com;\n       ' + arb,
         ]
    return h

def _o365_hosts(tenant):
    if tenant == 'consumer':
        pre = rnd.choice(['TY3P286', 'OS3P286', 'TYCP286'])
        return ('%sMB%04d.JPNP286.PROD.OUTLOOK.COM' % (pre, rnd.randint(1000, 9999)),
                '%sCA%04d.JPNP286.PROD.OUTLOOK.COM' % (pre, rnd.randint(1, 999)),
                'TY%sEPF%08X.jpnprd01.prod.outlook.com' % (alnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), rnd.getrandbits(32)))
    pre = rnd.choice(['TYCPR01', 'OS3PR01', 'TYWPR01', 'OSZPR01'])
    return ('%sMB%04d.jpnprd01.prod.outlook.com' % (pre, rnd.randint(1000, 9999)),
            '%sCA%04d.jpnprd01.prod.outlook.com' % (pre, rnd.randint(1, 999)),
            'OS%dPEPF%08X.jpnprd01.prod.outlook.com' % (rnd.randint(1, 3), rnd.getrandbits(32)))

def v6():
    return '2603:1096:%x:%x::%x' % (rnd.randint(0x100, 0x4ff), rnd.randint(1, 0xfff), rnd.randint(1, 0xff))

def o365_rcv(rcpt, t, snd, a, tenant='jpn', forged_lower=None):
    mb, ca, fe = _o365_hosts(tenant)
    mb2 = mb.replace('MB', 'MB%d' % rnd.randint(1, 9), 1)
    t1 = t + dt.timedelta(seconds=rnd.randint(1, 3))
    t2 = t1 + dt.timedelta(seconds=1)
    fmt = lambda x: format_datetime(x.astimezone(UTC))
    spf_txt = 'spf=%s (sender IP is %s) smtp.mailfrom=%s' % (a['spf'], snd['ip'], snd['mailfrom_dom'])
    if a['dkim'] == 'pass':
        dk_txt = 'dkim=pass (signature was verified) header.d=%s' % snd['dkim_doms'][0]
    else:
        dk_txt = 'dkim=none (message not signed) header.d=none'
    if a['dmarc'] == 'pass':
        dm_txt = 'dmarc=pass action=none header.from=%s;compauth=pass reason=100' % a['from_dom']
    elif a['dmarc'] == 'none':
        dm_txt = 'dmarc=none action=none header.from=%s;compauth=fail reason=451' % a['from_dom']
    else:
        dm_txt = 'dmarc=fail action=oreject header.from=%s;compauth=fail reason=000' % a['from_dom']
    spfr = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'SoftFail'}[a['spf']]
    h = ['Received: from %s (%s) by %s with HTTPS; %s' % (ca, v6(), mb2, fmt(t2)),
         'Received: from %s (%s) by %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
             fe, v6(), ca, v6(), rnd.randint(8700, 9300), rnd.randint(10, 40), fmt(t2)),
         'Authentication-Results: %s; %s;%s' % (spf_txt, dk_txt, dm_txt),
         'Received-SPF: %s (protection.outlook.com: domain of %s %s %s as permitted sender) receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
             spfr, snd['mailfrom_dom'], 'designates' if a['spf'] == 'pass' else 'does not designate', snd['ip'], snd['ip'], snd['helo']),
         'Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
             snd['helo'], snd['ip'], fe, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(8700, 9300), rnd.randint(10, 40), fmt(t1)),
         ]
    if forged_lower:
        h.append(forged_lower)
    return h

def o365_tail(t, internal=False):
    h = ['X-MS-Exchange-Organization-ExpirationStartTime: %s' % format_datetime(t.astimezone(UTC)),
         'X-MS-Exchange-Organization-Network-Message-Id: %s' % uid(),
         'X-MS-Exchange-Organization-AuthAs: %s' % ('Internal' if internal else 'Anonymous'),
         'X-MS-Exchange-Organization-AuthSource: %s' % _o365_hosts('jpn')[0],
         'X-MS-Exchange-Organization-SCL: %d' % (-1 if internal else 1)]
    return h

def biglobe_rcv(rcpt, t, snd, a):
    tr = t + dt.timedelta(seconds=rnd.randint(1, 5))
    dms = a['dmarc']
    parts = ['spf=%s smtp.mailfrom=%s' % (a['spf'], snd['env'])]
    if a['dkim'] == 'pass':
        for dd in snd['dkim_doms']:
            parts.append('dkim=pass header.d=%s' % dd)
    else:
        parts.append('dkim=none')
    parts.append('dmarc=%s (p=%s dis=none) header.from=%s' % (dms, a['policy'], a['from_dom']))
    host = 'mtaw-mx%02d.mail.biglobe.ne.jp' % rnd.randint(1, 8)
    return ['Return-Path: <%s>' % snd['env'],
            'Delivered-To: %s' % rcpt,
            'Received: from %s (%s [133.205.%d.%d]) by\n\tmbox-w%02d.mail.biglobe.ne.jp (Postfix) with ESMTP id 4d%s for <%s>; %s' % (
                host, host, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 20), alnum(9, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'), rcpt, rfc_jst(tr)),
            'Authentication-Results: biglobe.ne.jp;\n\t' + ';\n\t'.join(parts),
            'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s' % (
                snd['helo'], snd['helo'], snd['ip'], host, alnum(9, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'), rcpt, rfc_jst(tr)),
            'X-Biglobe-Sender: <%s>' % snd['env']]

def ocn_rcv(rcpt, t, snd):
    """OCN mailbox fetched over POP: no Authentication-Results header is added."""
    tr = t + dt.timedelta(seconds=rnd.randint(1, 6))
    return ['Return-Path: <%s>' % snd['env'],
            'Delivered-To: %s' % rcpt,
            'Received: from md-in%02d.ocn.ad.jp (md-in%02d.ocn.ad.jp [153.153.%d.%d])\n\tby mbox%02d.ocn.ad.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
                rnd.randint(1, 9), rnd.randint(1, 9), rnd.randint(60, 70), rnd.randint(1, 250), rnd.randint(1, 40), alnum(11, 'ABCDEF0123456789'), rcpt, rfc_jst(tr)),
            'Received: from %s (%s [%s])\n\tby md-in01.ocn.ad.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                snd['helo'], snd['helo'], snd['ip'], alnum(11, 'ABCDEF0123456789'), rcpt, rfc_jst(tr)),
            'X-Virus-Scanned: OCN Anti-Virus']

# ---------------------------------------------------------------- writer
def M(n, slug, kind, lang, case, ids, sv, *, t, frm, to, subject, body, new, trace,
      snd, subj_cs='utf-8', subj_q=False, frm_cs='utf-8', to_cs='utf-8', extra=(), raw8=None,
      date_tz=UTC, msgid=None, cc=None):
    assert kind in {'case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'}, kind
    assert lang in ('en', 'ja')
    assert ids_in(new) == sorted(ids), (n, ids_in(new), ids)
    name = '%03d-%s.eml' % (n, slug)
    hdrs = list(trace) + list(snd['dkim']) + list(snd['extra'])
    main = [('From', addr(frm[0], frm[1], frm_cs)),
            ('To', addr(to[0], to[1], to_cs) if to else None),
            ('Cc', cc),
            ('Subject', enc_subject(subject, subj_cs, subj_q)),
            ('Date', format_datetime(t.astimezone(date_tz))),
            ('Message-ID', msgid or snd['msgid'])]
    main += list(extra)
    lines = hdrs + ['%s: %s' % (k, v) for k, v in main if v is not None]
    if raw8 is not None:
        ctype, rawbytes = raw8
        data = ('\n'.join(lines) + '\nMIME-Version: 1.0\n' + ctype + '\nContent-Transfer-Encoding: 8bit\n\n').encode('ascii') + rawbytes
    else:
        data = ('\n'.join(lines) + '\n').encode('ascii') + body.as_bytes()
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    LABELS[name] = {'kind': kind, 'case_id': case, 'account_ids': sorted(ids), 'sender_verified': sv, 'language': lang}

# ---------------------------------------------------------------- text helpers
WD = '月火水木金土日'
def jd(t):
    x = t.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d' % (x.year, x.month, x.day, WD[x.weekday()], x.hour, x.minute)

def jslash(t):
    x = t.astimezone(JST)
    return '%04d/%02d/%02d %02d:%02d' % (x.year, x.month, x.day, x.hour, x.minute)

def en_on(t, tz=JST):
    x = t.astimezone(tz)
    h = x.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s' % (x.strftime('%a'), x.strftime('%b'), x.day, x.year, h, x.minute, 'AM' if x.hour < 12 else 'PM')

def q(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.strip('\n').split('\n'))

def gmsgid():
    return '<CA%s@mail.gmail.com>' % (b64r(45).replace('/', '_').replace('+', '-')[:60])

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'
CREDLY = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')

def amz(snd):
    return auth(snd, 'amazon.com')

# ================================================================ CASE A (Gmail, form, ja)
UA = ('佐藤 健太', 'kenta.sato.0412@gmail.com')
CA = '174835686701227'   # opened 2025-05-27 14:41:07 UTC
A1, A2 = 'AWS02847193', 'AWS05518260'

t = T('2025-05-27 14:41:15'); s = ses(t)
new = f"""佐藤 健太 様

AWS トレーニングと認定 へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。

ケース番号　　　　: {CA}
お問い合わせの種類: 認定 (Certification)
詳細　　　　　　　: アカウントの統合 (Account Merge)
AWS 受験者 ID　　 : {A1}
お問い合わせ内容　:
  転職前の会社のメールアドレスで作成した認定アカウント（AWS05518260）と、個人のメールアドレスで作成したアカウントがあるため、1 つにまとめたいです。

同じ内容で重複してお問い合わせをいただきますと、ご回答までにかえってお時間を要する場合がございます。追加でお伝えいただきたい情報がございましたら、新たにお問い合わせを作成せず、本メールにそのままご返信ください。

※本メールは、お問い合わせの受付をお知らせするために自動で送信しております。

Amazon Web Services
AWS トレーニングと認定
"""
M(1, 'sato-aws-01', 'case_created', 'ja', CA, [A1, A2], True, t=t, frm=FORM, to=(None, UA[1]),
  subject=f'[CASE {CA}] AWS トレーニングと認定へのお問い合わせを受け付けました', body=tpart(new, cte='qp'),
  new=new, trace=gmail_rcv(UA[1], t, s, amz(s)), snd=s)

t = T('2025-05-28 00:55:42'); s = ses(t)
new = f"""佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの河野と申します。
この度はお問い合わせいただきありがとうございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
お調べしましたところ、佐藤様のお名前で以下 2 つの認定アカウントが登録されていることを確認いたしました。

・{A1}（登録メールアドレス: kenta.sato.0412@gmail.com）
・{A2}（登録メールアドレス: k-sato@●●●●●.co.jp）

お手続きを進めるにあたり、恐れ入りますが以下の点についてご教示いただけますでしょうか。

1. 今後ご利用になるアカウント（統合後に残すアカウント）はどちらになりますでしょうか。
2. 残すアカウントのサインインにご使用のメールアドレスをお知らせください。
3. 統合後のご案内の送付先として登録するメールアドレスに変更がございましたら、併せてお知らせください。

なお、もう一方のアカウントで取得された認定資格、受験履歴および特典（次回の試験に利用できる 50% 割引バウチャー等）は、残すアカウントへ引き継がれます。

お手数をおかけいたしますが、本メールへのご返信にてご回答いただけますと幸いです。
ご不明な点がございましたら、お気軽にお問い合わせください。

よろしくお願いいたします。

河野
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
M(2, 'sato-aws-02', 'support_reply', 'ja', CA, [A1, A2], True, t=t, frm=FORM, to=(None, UA[1]),
  subject=FORM_SUBJ % CA, body=tpart(new, cte='b64'), new=new, trace=gmail_rcv(UA[1], t, s, amz(s)), snd=s)

tu1 = T('2025-05-28 03:40:12'); mu1 = gmsgid()
t = T('2025-05-29 01:30:07'); s = ses(t)
userA1 = f"""河野様

ご連絡ありがとうございます。
残したいのは AWS02847193（個人のGmailの方）です。
サインインに使っているのも kenta.sato.0412@gmail.com です。
旧アカウント aws05518260 の方は会社を辞めたのでもうメールが受け取れません。

よろしくお願いします。
佐藤
"""
new = f"""佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの河野でございます。
ご返信いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の内容にてお手続きを行う準備が整いました。
作業に着手する前に、念のため内容に相違がないかご確認いただけますでしょうか。

【実施予定の内容】
--------------------------------------------------------------------
 区分              | 認定アカウント ID | 登録メールアドレス
--------------------------------------------------------------------
 存続アカウント    | {A1}       | kenta.sato.0412@gmail.com
 統合元アカウント  | {A2}       | k-sato@●●●●●.co.jp
--------------------------------------------------------------------

上記のとおり、{A2} に紐づく認定資格および受験履歴をすべて {A1} へ移し、{A2} はお手続き後にご利用いただけなくなります。

※本処理は一度実施いたしますと、元に戻すことができません。あらかじめご了承ください。
※お手続き後は、存続アカウント（{A1}）のメールアドレスでサインインしていただくことになります。

上記内容でお間違いがなければ、本メールにご返信のうえ「統合を進めてください」とお知らせいただけますでしょうか。
ご返信を確認次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

河野
AWS トレーニングと認定 カスタマーサポート
"""
body = new + '\n' + f'{jd(tu1)} 佐藤健太 <kenta.sato.0412@gmail.com>:\n\n' + q(userA1) + '\n'
M(3, 'sato-aws-03', 'merge_confirmation_requested', 'ja', CA, [A1, A2], True, t=t, frm=FORM, to=(None, UA[1]),
  subject=FORM_SUBJ % CA, body=tpart(body, cte='qp'), new=new, trace=gmail_rcv(UA[1], t, s, amz(s)), snd=s,
  extra=[('In-Reply-To', mu1), ('References', mu1)])
tA3 = t

tu2 = T('2025-05-29 04:02:33'); mu2 = gmsgid()
t = T('2025-05-29 06:05:51'); s = ses(t)
new = """佐藤 健太 様

河野でございます。ご確認いただきまして誠にありがとうございます。

ご返信の内容を承りましたので、これより担当部署にてお手続きを進めてまいります。
作業が完了いたしましたら、改めて本ケースにてご連絡を差し上げます。
通常、1～3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちいただけますと幸いです。

なお、お手続き中は、旧アカウントでの試験のご予約や登録情報の変更はお控えいただきますようお願いいたします。

引き続きよろしくお願いいたします。

河野
AWS トレーニングと認定 カスタマーサポート
"""
userA2 = f"""河野様

内容を確認しました。問題ありませんので、統合を進めてください。

{jd(tA3)} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
""" + q(f"""佐藤 健太 様

いただいた情報をもとに確認いたしましたところ、以下の内容にてお手続きを行う準備が整いました。
 存続アカウント    | {A1}
 統合元アカウント  | {A2}
※本処理は一度実施いたしますと、元に戻すことができません。
上記内容でお間違いがなければ、本メールにご返信のうえ「統合を進めてください」とお知らせいただけますでしょうか。
""")
body = new + '\n' + f'{jd(tu2)} 佐藤健太 <kenta.sato.0412@gmail.com>:\n' + q(userA2) + '\n'
M(4, 'sato-aws-04', 'support_reply', 'ja', CA, [], True, t=t, frm=FORM, to=(None, UA[1]),
  subject=FORM_SUBJ % CA, body=tpart(body, cte='b64'), new=new, trace=gmail_rcv(UA[1], t, s, amz(s)), snd=s,
  extra=[('In-Reply-To', mu2), ('References', mu1 + '\n ' + mu2)])

t = T('2025-05-30 08:44:19'); s = ses(t)
newA5 = f"""佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの河野です。

お待たせいたしました。
ご依頼いただいておりました件につきまして、{A2} に登録されていた認定資格（AWS Certified Cloud Practitioner、AWS Certified Solutions Architect - Associate）および受験履歴を、{A1} へ移し終えましたのでご報告いたします。
旧アカウントである {A2} は本日付で閉鎖しており、今後はご利用いただけません。

お手数ですが、以下の点をご確認いただけますでしょうか。
・AWS Certification アカウントに kenta.sato.0412@gmail.com でサインインし、認定資格が 2 件表示されていること
・「特典」のページに、次回受験用の 50% 割引バウチャーが表示されていること

Credly のデジタルバッジにつきましては、反映までに最大で 5 営業日程度かかる場合がございます。期間を過ぎても表示されない場合は、本メールにご返信ください。

この度はご不便をおかけいたしました。ほかにご不明な点がございましたら、お気軽にお問い合わせください。

河野
AWS トレーニングと認定 カスタマーサポート
"""
histA = f"""---------- 以前のやり取り ----------
送信日時: {jslash(tA3)}
件名: {FORM_SUBJ % CA}

佐藤 健太 様

いただいた情報をもとに確認いたしましたところ、以下の内容にてお手続きを行う準備が整いました。
作業に着手する前に、念のため内容に相違がないかご確認いただけますでしょうか。

 存続アカウント    | {A1}       | kenta.sato.0412@gmail.com
 統合元アカウント  | {A2}       | k-sato@●●●●●.co.jp

※本処理は一度実施いたしますと、元に戻すことができません。あらかじめご了承ください。
上記内容でお間違いがなければ、本メールにご返信のうえ「統合を進めてください」とお知らせいただけますでしょうか。
"""
plain = newA5 + '\n' + histA
htmlb = to_html(newA5) .replace('</div></body>', '<hr>\n<div style="color:#666">' + to_html(histA).split('<div style="font-family:Arial,sans-serif;font-size:14px">')[1].split('</div></body>')[0] + '</div>\n</div></body>')
M(5, 'sato-aws-05', 'merge_completed', 'ja', CA, [A1, A2], True, t=t, frm=FORM, to=(None, UA[1]),
  subject=FORM_SUBJ % CA, body=alt(tpart(plain, cte='qp'), tpart(htmlb, 'html', cte='qp')), new=newA5,
  trace=gmail_rcv(UA[1], t, s, amz(s)), snd=s)
tA5 = t

t = T('2025-05-30 08:45:33'); s = ses(t)
new = f"""佐藤 健太 様

このたびは AWS トレーニングと認定 にお問い合わせいただき、ありがとうございました。
ケース {CA} は解決済みとしてクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか（所要時間：約 1 分）。

Q1. お問い合わせの内容は解決しましたか？
　　はい　 https://aws-tc-survey.amazon.com/r/{hexr(8)}?ans=yes&case={CA}
　　いいえ https://aws-tc-survey.amazon.com/r/{hexr(8)}?ans=no&case={CA}

Q2. 担当者の対応を 5 段階で評価してください。
　　★★★★★ 非常に満足 ～ ★☆☆☆☆ 非常に不満

引き続き同じ件でお困りの場合は、本メールにご返信いただくとケースが再開されます。

Amazon Web Services
AWS トレーニングと認定
"""
htmlb = to_html(new)
M(6, 'sato-aws-06', 'survey', 'ja', CA, [], True, t=t, frm=FORM, to=(None, UA[1]),
  subject=f'[CASE {CA}] お問い合わせはクローズされました - アンケートへのご協力のお願い',
  body=alt(tpart(new, cte='b64'), tpart(htmlb, 'html', cte='b64')), new=new,
  trace=gmail_rcv(UA[1], t, s, amz(s)), snd=s)

t = T('2025-06-02 03:12:40'); s = sendgrid_sender(t, 'credly.com', UA[1])
bid = uid()
new = f"""Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Associate

Accept your badge to start sharing it on LinkedIn, in your email signature, or anywhere you showcase your skills. Your badge has been issued to kenta.sato.0412@gmail.com.

Accept your badge:
https://www.credly.com/earner/earned/badge/{bid}

Badge details
Issuer: Amazon Web Services Training and Certification
Issued: June 2, 2025
Expires: March 14, 2027

Questions? Visit our support center at https://support.credly.com

Credly, Inc. | 55 Broad Street, Floor 25, New York, NY 10004
You are receiving this email because Amazon Web Services Training and Certification issued a badge to you.
"""
htmlb = to_html(new).replace('Accept your badge:<br>', '<a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a><br>' % bid)
M(7, 'sato-credly', 'credly_badge_issued', 'en', None, [], True, t=t, frm=CREDLY, to=(None, UA[1]),
  subject='Kenta, you earned a badge from Amazon Web Services Training and Certification',
  body=alt(tpart(new, cte='qp'), tpart(htmlb, 'html', cte='qp')), new=new,
  trace=gmail_rcv(UA[1], t, s, auth(s, 'credly.com', policy='none')), snd=s)

# 008: the user forwards the completion mail to his work mailbox (O365)
t = T('2025-05-30 10:12:03'); s = gmail_sender(t, UA[1], darn='tsubasa-dx.co.jp')
note = f"""自分用メモ（会社の資格登録用に転送）

AWS認定のアカウント統合が終わったので、念のため会社のアドレスにも転送しておく。
今後の認定番号は {A1} に一本化。{A2} は閉鎖済み。
ケース番号は {CA}。
資格手当の申請は来週やる。
"""
fwd = f"""---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: {jd(tA5)}
Subject: {FORM_SUBJ % CA}
To: <kenta.sato.0412@gmail.com>


""" + newA5
plain = note + '\n' + fwd
htmlb = ('<div dir="ltr">' + '<br>'.join(htmlmod.escape(l) for l in note.strip().split('\n')) +
         '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
         '<br>'.join(htmlmod.escape(l) for l in fwd.split('\n')[:5]) + '<br></div><br><br>' +
         '<br>'.join(htmlmod.escape(l) for l in newA5.split('\n')) + '</div></div>\n')
M(8, 'sato-fwd', 'unrelated', 'ja', CA, [A1, A2], False, t=t, frm=('佐藤健太', UA[1]),
  to=(None, 'k.sato@tsubasa-dx.co.jp'), subject='Fwd: ' + FORM_SUBJ % CA,
  body=alt(tpart(plain, cte='b64'), tpart(htmlb, 'html', cte='b64')), new=note,
  trace=o365_rcv('k.sato@tsubasa-dx.co.jp', t, s, auth(s, 'gmail.com', policy='none')) + o365_tail(t), snd=s,
  date_tz=JST)

# ================================================================ CASE B (Office 365, console, ja)
UB = ('田中 美咲', 'misaki.tanaka@hoshizora-sys.co.jp')
CB = '175729352200463'   # opened 2025-09-08 01:05:22 UTC
B1, B2, B3 = 'AWS03391027', 'AWS06120548', 'AWS04477815'
CONSOLE_LINK_JA = f'https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=ja'
CONSOLE_FOOT_JA = f"""ケースの詳細の確認やご返信は、AWS サポートセンターから行ってください:
{CONSOLE_LINK_JA}

※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもケースには反映されませんのでご注意ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

def b_rcv(t, s, **kw):
    return o365_rcv(UB[1], t, s, amz(s), **kw) + o365_tail(t)

t = T('2025-09-08 01:05:30'); s = ses(t)
new = f"""AWS サポートにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {CB} を作成しました。

ケース ID: {CB}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
サービス: アカウントおよび請求 - その他
お問い合わせ内容:
AWS認定の受験者アカウントが3つあることに気づきました（{B1} / {B2} / {B3}）。
会社のメールアドレスで登録している {B1} に一つにまとめていただくことは可能でしょうか。
よろしくお願いいたします。

通常、一般的なガイダンスのケースには 24 時間以内に最初の回答をお送りしています。

""" + CONSOLE_FOOT_JA
htmlb = to_html(new).replace(CONSOLE_LINK_JA, '<a href="%s">サポートセンターでケースを表示</a>' % CONSOLE_LINK_JA.replace('&', '&amp;'))
M(9, 'tanaka-console-01', 'case_created', 'ja', CB, [B1, B2, B3], True, t=t, frm=CONSOLE, to=(None, UB[1]),
  subject=f'Amazon Web Services: 新しいサポートケースが作成されました: {CB}',
  body=alt(tpart(new, cte='qp'), tpart(htmlb, 'html', cte='qp')), new=new, trace=b_rcv(t, s), snd=s)

t = T('2025-09-09 02:31:20'); s = ses(t)
new = f"""ケース {CB} に新しいやり取りが追加されました。

件名: 認定アカウントの統合について

内容を確認してご返信いただくには、AWS マネジメントコンソールにサインインのうえ、サポートセンターからケースを開いてください:
{CONSOLE_LINK_JA}

このメールアドレスは送信専用です。このメールへの返信は受け付けておりません。

Amazon Web Services
"""
M(10, 'tanaka-console-02', 'support_reply', 'ja', CB, [], True, t=t, frm=CONSOLE, to=(None, UB[1]),
  subject=f'[Case {CB}] 新しいやり取りが追加されました', body=tpart(new, cte='qp'), new=new, trace=b_rcv(t, s), snd=s)

t = T('2025-09-09 02:31:24'); s = ses(t)
newB = f"""田中 美咲 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 サポートの小野寺でございます。

このたびは認定アカウントの件でお問い合わせをいただき、ありがとうございます。
ご連絡いただいた 3 つのアカウントにつきまして、登録情報（氏名、生年月日、登録住所）の照合を行いましたところ、いずれも田中様ご本人のアカウントであることを確認いたしました。

つきましては、以下の内容でお手続きを実施させていただく予定でございます。

■ 今後もご利用いただくアカウント
　① {B1}（misaki.tanaka@hoshizora-sys.co.jp）

■ ①へまとめられ、お手続き後に削除されるアカウント
　② {B2}（m.tanaka.cloud@gmail.com）
　③ {B3}（misaki.t@kitakaze-soft.jp）

■ ご留意いただきたい点
　・②③で取得された認定資格、受験履歴、特典は、すべて①へ引き継がれます。
　・お手続き後は、②③のアカウントにはサインインできなくなります。
　・本処理は不可逆であり、実施後に元の状態へ戻すことはできかねます。

大変お手数ではございますが、上記内容にお間違いがないかをご確認いただき、問題がなければ本ケースにて「上記内容で統合を希望します」とご返信いただけますでしょうか。
お客様のご同意をいただくまで、作業を行うことはございませんのでご安心ください。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

小野寺
Amazon Web Services

このやり取りはお役に立ちましたか？ 評価をお寄せいただくには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/feedback?eventId={uid()}&language=ja

""" + CONSOLE_FOOT_JA
M(11, 'tanaka-console-03', 'merge_confirmation_requested', 'ja', CB, [B1, B2, B3], True, t=t, frm=CONSOLE, to=(None, UB[1]),
  subject=f'RE:[CASE {CB}] 認定アカウントの統合について', subj_cs='shift_jis',
  body=tpart(newB, cs='Shift_JIS', cte='b64'), new=newB, trace=b_rcv(t, s), snd=s)
tB3 = t

t = T('2025-09-10 05:20:47'); s = ses(t)
new = """田中 美咲 様

Amazon Web Services の小野寺でございます。
ご確認のご連絡をいただき、誠にありがとうございました。

頂戴したご回答をもとに、現在、担当部署にて処理を進めております。
完了までには通常 2～3 営業日ほど要しておりますため、大変恐縮ではございますが、今しばらくお待ちくださいますようお願い申し上げます。
進捗がございましたら、改めて本ケースにてご案内いたします。

なお、処理中に②③のアカウントで試験のご予約をされますと、処理が正常に終了しない場合がございます。ご予約は、処理の完了をご確認いただいた後に①のアカウントから行っていただきますようお願いいたします。

小野寺
Amazon Web Services
"""
hist = f"""
ケースの履歴
------------------------------------------------------------
お客様 ({jslash(T('2025-09-09 04:48:10'))} JST)

小野寺様

ご確認ありがとうございます。上記内容で統合を希望します。
残すのは {B1}（会社のアドレスの方）でお願いします。
------------------------------------------------------------
Amazon Web Services ({jslash(tB3)} JST)

田中 美咲 様
……以下の内容でお手続きを実施させていただく予定でございます。
　① {B1} ② {B2} ③ {B3}
本処理は不可逆であり、実施後に元の状態へ戻すことはできかねます。
問題がなければ本ケースにて「上記内容で統合を希望します」とご返信いただけますでしょうか。
------------------------------------------------------------

""" + CONSOLE_FOOT_JA
M(12, 'tanaka-console-04', 'support_reply', 'ja', CB, [], True, t=t, frm=CONSOLE, to=(None, UB[1]),
  subject=f'RE:[CASE {CB}] 認定アカウントの統合について', body=tpart(new + hist, cte='qp'), new=new, trace=b_rcv(t, s), snd=s)

t = T('2025-09-11 07:02:09'); s = ses(t)
newB5 = f"""田中 美咲 様

Amazon Web Services の小野寺でございます。大変お待たせいたしました。

ご依頼いただいておりましたアカウントの件、本日すべての処理を終えました。処理後の状態は下表のとおりですので、ご確認くださいませ。

アカウント / 処理後の状態
{B1} / 有効（認定資格 5 件・受験履歴をすべて集約済み）
{B2} / {B1} へ統合済み・無効
{B3} / {B1} へ統合済み・無効

今後は misaki.tanaka@hoshizora-sys.co.jp にてサインインしていただきますと、すべての認定資格をご確認いただけます。

本件につきましては以上をもちまして対応完了とさせていただき、本ケースはクローズいたします。ご不明な点がございましたら、サポートセンターからケースを再開いただくか、新しいケースを作成してお問い合わせください。

今回のサポートはいかがでしたか？ 下記リンクよりご評価いただけますと幸いです。

小野寺
Amazon Web Services
"""
fb = f'https://console.aws.amazon.com/support/feedback?eventId={uid()}&language=ja'
htmlb = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>田中 美咲 様</p>
<p>Amazon Web Services の小野寺でございます。大変お待たせいたしました。</p>
<p>ご依頼いただいておりましたアカウントの件、本日すべての処理を終えました。処理後の状態は下表のとおりですので、ご確認くださいませ。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>アカウント</th><th>処理後の状態</th></tr>
<tr><td>{B1}</td><td>有効（認定資格 5 件・受験履歴をすべて集約済み）</td></tr>
<tr><td>{B2}</td><td>{B1} へ統合済み・無効</td></tr>
<tr><td>{B3}</td><td>{B1} へ統合済み・無効</td></tr>
</table>
<p>今後は misaki.tanaka@hoshizora-sys.co.jp にてサインインしていただきますと、すべての認定資格をご確認いただけます。</p>
<p>本件につきましては以上をもちまして対応完了とさせていただき、本ケースはクローズいたします。ご不明な点がございましたら、サポートセンターからケースを再開いただくか、新しいケースを作成してお問い合わせください。</p>
<p>今回のサポートはいかがでしたか？ 下記リンクよりご評価いただけますと幸いです。<br>
<a href="{fb.replace('&', '&amp;')}">★ このやり取りを評価する</a></p>
<p>小野寺<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#687078">ケースの詳細の確認やご返信は、<a href="{CONSOLE_LINK_JA.replace('&', '&amp;')}">AWS サポートセンター</a>から行ってください。<br>
※このメールは送信専用アドレスから送信されています。</p>
</body></html>
"""
M(13, 'tanaka-console-05', 'merge_completed', 'ja', CB, [B1, B2, B3], True, t=t, frm=CONSOLE, to=(None, UB[1]),
  subject=f'RE:[CASE {CB}] 認定アカウントの統合について', body=tpart(htmlb, 'html', cte='b64'), new=newB5,
  trace=b_rcv(t, s), snd=s)

t = T('2025-09-11 07:03:15'); s = ses(t)
new = f"""Hello,

Your AWS Support case {CB} ("認定アカウントの統合について") has been resolved.

We'd like to hear about your experience. Your feedback helps us improve the support we provide.

How satisfied were you with the support you received?

  1 - Very dissatisfied
  2 - Dissatisfied
  3 - Neither satisfied nor dissatisfied
  4 - Satisfied
  5 - Very satisfied

Take the survey: https://console.aws.amazon.com/support/survey?displayId={CB}&token={hexr(16)}

If you feel your issue has not been resolved, you can reopen this case within 14 days from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CB}

Thank you for using AWS Support.

Amazon Web Services
This email was sent from a notification-only address that cannot accept incoming email.
"""
M(14, 'tanaka-console-06', 'survey', 'en', CB, [], True, t=t, frm=CONSOLE, to=(None, UB[1]),
  subject=f'How did we do? Tell us about your AWS Support case {CB}',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new, trace=b_rcv(t, s), snd=s)

# 015: manager's internal mail (no Authentication-Results at all)
t = T('2025-09-10 00:40:51')
mid_b = '<TYCPR01MB%04d%s@TYCPR01MB%04d.jpnprd01.prod.outlook.com>' % (rnd.randint(1000, 9999), hexr(10).upper(), rnd.randint(1000, 9999))
mid_s = '<TYCPR01MB%04d%s@TYCPR01MB%04d.jpnprd01.prod.outlook.com>' % (rnd.randint(1000, 9999), hexr(10).upper(), rnd.randint(1000, 9999))
s = dict(msgid=mid_s, dkim=[], extra=[])
new = f"""田中さん

お疲れさまです。佐々木です。

認定アカウントをまとめてもらっている件、了解しました。
AWS側の作業が終わったら、人事の資格管理シートの受験者IDを残す方の番号（{B1} でしたっけ？）に更新しておいてください。
古い番号の行はシートから消してしまって大丈夫です。

あと、来期の SAP の受験予定もシートに入れておいてもらえると助かります。

佐々木
"""
quoted = f"""差出人: 田中 美咲 <misaki.tanaka@hoshizora-sys.co.jp>
送信日時: 2025年9月9日 火曜日 14:05
宛先: 佐々木 拓也 <t.sasaki@hoshizora-sys.co.jp>
件名: AWS認定の件

佐々木さん

お疲れさまです。田中です。
AWS認定の受験者アカウントが、前職時代のもの（{B3}）と個人のもの（{B2}）を含めて3つに分かれていたため、現在AWSサポートに統合を依頼しています。
統合後は会社アドレスの {B1} に一本化される予定です。

田中
"""
trace = ['Received: from TYCPR01MB%04d.jpnprd01.prod.outlook.com (%s) by TYCPR01MB%04d.jpnprd01.prod.outlook.com with HTTPS; %s' % (
    rnd.randint(1000, 9999), v6(), rnd.randint(1000, 9999), format_datetime(t)),
    'Received: from TYCPR01MB%04d.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYCPR01MB%04d.jpnprd01.prod.outlook.com ([fe80::%s%%6]) with mapi id\n 15.20.9094.021; %s' % (
    rnd.randint(1000, 9999), hexr(2), rnd.randint(1000, 9999), hexr(2), format_datetime(t))] + o365_tail(t, internal=True)
M(15, 'sasaki-internal', 'unrelated', 'ja', None, [B1], None, t=t, frm=('佐々木 拓也', 't.sasaki@hoshizora-sys.co.jp'),
  to=UB, subject='RE: AWS認定の件', subj_cs='iso-2022-jp', frm_cs='iso-2022-jp', to_cs='iso-2022-jp',
  body=tpart(new + '\n' + '_' * 32 + '\n' + quoted, cs='iso-2022-jp', cte='7bit'), new=new, trace=trace, snd=s, date_tz=JST,
  extra=[('Thread-Topic', enc_subject('AWS認定の件', 'iso-2022-jp')), ('Thread-Index', b64r(22)),
         ('In-Reply-To', mid_b), ('References', mid_b), ('Content-Language', 'ja-JP'),
         ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])
# ================================================================ CASE C (biglobe, form, ISO-2022-JP)
UC = ('山本 大輔', 'd-yamamoto@kxa.biglobe.ne.jp')
CC = '176338264800915'   # opened 2025-11-17 12:30:48 UTC
C1, C2 = 'AWS01938475', 'AWS07264019'
JSUBJ_C = f'RE:[CASE {CC}] 【AWS トレーニングと認定】アカウント統合のご依頼につきまして'

def c_rcv(t, s, a=None):
    return biglobe_rcv(UC[1], t, s, a or amz(s))

t = T('2025-11-17 12:30:57'); s = ses(t)
new = f"""Hello,

Thank you for contacting AWS Training and Certification. This message confirms that your request has been logged under case ID {CC}.

A member of our support team will review the details you submitted and get back to you, generally within 24 hours. Please do not submit another request for the same issue, as this may delay our response.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: {C1}
Preferred language: Japanese

If you have additional information to share, simply reply to this email and it will be added to your case.

Regards,
Amazon Web Services
AWS Training and Certification
"""
M(16, 'yamamoto-form-01', 'case_created', 'en', CC, [C1], True, t=t, frm=FORM, to=(None, UC[1]),
  subject=f'[CASE {CC}] We have received your request - AWS Training and Certification',
  body=tpart(new, cs='us-ascii', cte='7bit'), new=new, trace=c_rcv(t, s), snd=s)

t = T('2025-11-18 03:12:36'); s = ses(t)
newC2 = f"""山本 大輔 様

平素より AWS トレーニングと認定 をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の松井でございます。

この度はアカウント統合のご依頼をいただき、ありがとうございます。
お問い合わせフォームにご入力いただいた {C1} のほかに、統合の対象となるアカウントがおありとのことですが、現時点でいただいている情報のみでは、対象のアカウントを特定することができませんでした。

大変お手数ではございますが、お手続きを進めるために、以下の情報をご提供いただけますでしょうか。

　1. 統合の対象となるもう一方のアカウントの受験者 ID（AWS から始まる 8 桁の番号）
　2. 各アカウントのサインイン用メールアドレス
　3. 各アカウントに登録されている通知先メールアドレス（サインイン用と異なる場合）
　4. 統合後に残すアカウントのご指定
　5. 統合をご希望される理由（例：勤務先の変更に伴い新たにアカウントを作成した、など）

受験者 ID は、AWS Certification アカウントにサインイン後、画面右上のプロフィールからご確認いただけます。

いただいた情報を確認させていただき次第、統合内容のご案内をお送りいたします。
お忙しいところ恐縮ではございますが、何卒よろしくお願い申し上げます。

松井
AWS トレーニングと認定 カスタマーサポート
"""
M(17, 'yamamoto-form-02', 'support_reply', 'ja', CC, [C1], True, t=t, frm=FORM, to=(None, UC[1]),
  subject=JSUBJ_C, subj_cs='iso-2022-jp', body=tpart(newC2, cs='ISO-2022-JP', cte='7bit'), new=newC2,
  trace=c_rcv(t, s), snd=s)
tC2 = t

t = T('2025-11-21 02:00:14'); s = ses(t)
new = """山本 大輔 様

AWS トレーニングと認定 カスタマーサポートの松井でございます。

11 月 18 日にお送りいたしましたご案内につきまして、その後いかがでしょうか。
前回のメールでお願いしておりました情報を、まだ頂戴できていない状況でございます。

引き続きサポートが必要でいらっしゃいましたら、前回のメールに記載の項目につきまして、本メールへのご返信にてお知らせいただけますでしょうか。
なお、本日より 5 営業日以内にご返信を確認できない場合は、本ケースを一旦クローズさせていただきますので、あらかじめご了承ください。クローズ後であっても、本メールにご返信いただければケースは再開されます。

既にご返信いただいておりましたら、行き違いのご連絡となりましたことをお詫び申し上げます。

松井
AWS トレーニングと認定 カスタマーサポート
"""
body = new + '\n\n' + f'-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: {jslash(tC2)}\nSubject: {JSUBJ_C}\n\n' + q(newC2) + '\n'
M(18, 'yamamoto-form-03', 'support_reply', 'ja', CC, [], True, t=t, frm=FORM, to=(None, UC[1]),
  subject=JSUBJ_C, subj_cs='iso-2022-jp', body=tpart(body, cs='ISO-2022-JP', cte='7bit'), new=new,
  trace=c_rcv(t, s), snd=s)

tu = T('2025-11-24 13:14:02'); mu_c1 = '<%s@kxa.biglobe.ne.jp>' % uid()
t = T('2025-11-25 04:40:29'); s = ses(t)
userC1 = f"""松井様

ご連絡が遅くなり申し訳ありません。
1. もう一方のIDは aws07264019 です。
2. AWS01938475 → d-yamamoto@kxa.biglobe.ne.jp
   aws07264019 → yamamoto.d@hokuriku-denshi.co.jp
3. 通知先も同じです
4. AWS01938475 を残したいです
5. 前職の会社のアドレスで作ってしまったためです

山本
"""
newC4 = f"""山本 大輔 様

松井でございます。ご多忙のところ、ご返信いただきありがとうございました。

ご提供いただいた情報をもとに両アカウントの登録内容を照合いたしましたところ、統合が可能であることを確認いたしました。
つきましては、作業の実施に先立ちまして、以下の内容についてご確認をお願いいたします。

　【統合後に残るアカウント】
　　受験者 ID　　　　　: {C1}
　　サインイン用メール: d-yamamoto@kxa.biglobe.ne.jp

　【統合され、削除されるアカウント】
　　受験者 ID　　　　　: {C2}
　　サインイン用メール: yamamoto.d@hokuriku-denshi.co.jp

{C2} にて取得された「AWS Certified Developer - Associate」および受験履歴は、{C1} へ移行されます。
実施後は、元の状態に戻すことはできません。また、削除されるアカウントに紐づく Credly のバッジにつきましても、存続アカウント側へ移されます。

上記の内容で差し支えないようでしたら、本メールへのご返信にて、統合の実施にご同意いただける旨をお知らせいただけますでしょうか。
ご同意の確認が取れ次第、速やかに作業を開始いたします。

松井
AWS トレーニングと認定 カスタマーサポート
"""
body = newC4 + '\n' + f'{jslash(tu)} に 山本 大輔 さんは書きました:\n' + q(userC1) + '\n'
M(19, 'yamamoto-form-04', 'merge_confirmation_requested', 'ja', CC, [C1, C2], True, t=t, frm=FORM, to=(None, UC[1]),
  subject=JSUBJ_C, subj_cs='iso-2022-jp', body=tpart(body, cs='ISO-2022-JP', cte='7bit'), new=newC4,
  trace=c_rcv(t, s), snd=s, extra=[('In-Reply-To', mu_c1), ('References', mu_c1)])
tC4 = t

tu2 = T('2025-11-25 14:05:40'); mu_c2 = '<%s@kxa.biglobe.ne.jp>' % uid()
userC2 = """松井様

内容に間違いありません。統合をお願いいたします。

山本
"""
t = T('2025-11-26 01:15:03'); s = ses(t)
new = f"""山本 大輔 様

松井でございます。内容をご確認いただき、ありがとうございます。
ご同意をいただきましたので、{C1} を存続アカウントとして、お手続きを開始いたしました。

処理が完了いたしましたら、本ケースにてご報告をお送りいたします。
また、処理の完了後、旧アカウントに紐づいていた Credly のバッジにつきましては、存続アカウントに登録されているメールアドレス宛に、Credly から改めて発行のご案内が届く予定でございます。バッジの受け取り（Accept）は、そのご案内メールに従ってお手続きいただけますようお願いいたします。

完了まで今しばらくお待ちくださいませ。

松井
AWS トレーニングと認定 カスタマーサポート
"""
body = new + '\n' + f'{jslash(tu2)} に 山本 大輔 さんは書きました:\n' + q(userC2) + '\n'
M(20, 'yamamoto-form-05', 'support_reply', 'ja', CC, [C1], True, t=t, frm=FORM, to=(None, UC[1]),
  subject=JSUBJ_C, subj_cs='iso-2022-jp', body=tpart(body, cs='ISO-2022-JP', cte='7bit'), new=new,
  trace=c_rcv(t, s), snd=s, extra=[('In-Reply-To', mu_c2), ('References', mu_c1 + '\n ' + mu_c2)])

t = T('2025-11-27 06:48:55'); s = ses(t)
new = f"""山本 大輔 様

いつもお世話になっております。松井でございます。

お待たせいたしました。{C2} に登録されておりました認定資格および受験履歴につきまして、{C1} への移行をいたしました。
これに伴い、{C2} のアカウントは無効化されております。

AWS Certification アカウントへ d-yamamoto@kxa.biglobe.ne.jp でサインインしていただき、以下の 2 件の認定資格が表示されていることをご確認くださいませ。
　・AWS Certified Solutions Architect - Associate
　・AWS Certified Developer - Associate

万が一、表示内容に不足や誤りがございましたら、お手数ですが本メールにてご連絡くださいますようお願いいたします。

この度はお手数をおかけいたしました。
今後とも AWS トレーニングと認定 をよろしくお願いいたします。

松井
"""
inner = f"""【統合後に残るアカウント】
　　受験者 ID: {C1}
【統合され、削除されるアカウント】
　　受験者 ID: {C2}
実施後は、元の状態に戻すことはできません。
上記の内容で差し支えないようでしたら、本メールへのご返信にて、統合の実施にご同意いただける旨をお知らせいただけますでしょうか。
"""
quoted = userC2 + '\n' + f'{jslash(tC4)} に Amazon Web Services さんは書きました:\n' + q(inner)
body = new + '\n' + f'{jslash(tu2)} に 山本 大輔 さんは書きました:\n' + q(quoted) + '\n'
M(21, 'yamamoto-form-06', 'merge_completed', 'ja', CC, [C1, C2], True, t=t, frm=FORM, to=(None, UC[1]),
  subject=JSUBJ_C, subj_cs='iso-2022-jp', body=tpart(body, cs='ISO-2022-JP', cte='7bit'), new=new,
  trace=c_rcv(t, s), snd=s)

t = T('2025-11-28 10:20:31'); s = sendgrid_sender(t, 'credly.com', UC[1])
bid = uid()
new = f"""Daisuke,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification has been transferred to this email address following an update to your AWS Certification account, and it is ready for you to claim.

Accept your badge
https://www.credly.com/earner/earned/badge/{bid}

Once accepted, your badge will appear on your Credly profile, where you can share it with your professional network and verify your skills with employers.

Badge: AWS Certified Developer - Associate
Issued by: Amazon Web Services Training and Certification
Earned: 2023-06-21
Expires: 2026-06-21

This email was sent to d-yamamoto@kxa.biglobe.ne.jp.
Credly, Inc. | 55 Broad Street, Floor 25, New York, NY 10004 | Privacy Policy | Help
"""
htmlb = f"""<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/{uid()}/image.png" width="120" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td style="padding:0 24px"><h2>Daisuke,</h2>
<p>Your <strong>AWS Certified Developer - Associate</strong> badge from Amazon Web Services Training and Certification has been transferred to this email address following an update to your AWS Certification account, and it is ready for you to claim.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{bid}" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p>Once accepted, your badge will appear on your Credly profile, where you can share it with your professional network and verify your skills with employers.</p>
<p style="font-size:12px;color:#777">Issued by: Amazon Web Services Training and Certification &middot; Earned: 2023-06-21 &middot; Expires: 2026-06-21</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">This email was sent to d-yamamoto@kxa.biglobe.ne.jp.<br>Credly, Inc. | 55 Broad Street, Floor 25, New York, NY 10004</td></tr>
</table></td></tr></table></body></html>
"""
M(22, 'yamamoto-credly', 'credly_badge_issued', 'en', None, [], True, t=t, frm=CREDLY, to=(None, UC[1]),
  subject="You've been issued a badge by Amazon Web Services Training and Certification",
  body=tpart(htmlb, 'html', cte='qp'), new=new, trace=c_rcv(t, s, auth(s, 'credly.com', policy='none')), snd=s)

t = T('2025-11-27 06:50:02'); s = ses(t)
new = f"""Hello,

Our records indicate that your case {CC} has been marked as resolved.

Was your issue resolved?
YES: https://aws-tc-survey.amazon.com/r/{hexr(8)}?case={CC}&resolved=yes
NO:  https://aws-tc-survey.amazon.com/r/{hexr(8)}?case={CC}&resolved=no

We would also appreciate it if you could take a moment to rate the support you received from Matsui. Your feedback is anonymous and helps us improve.

If you need further help with this request, reply to this email within 14 days and your case will be reopened automatically.

Thank you,
AWS Training and Certification
"""
M(23, 'yamamoto-form-07', 'survey', 'en', CC, [], True, t=t, frm=FORM, to=(None, UC[1]),
  subject=f'[CASE {CC}] Was your issue resolved?', body=tpart(new, cs='us-ascii', cte='7bit'), new=new,
  trace=c_rcv(t, s), snd=s)
# ================================================================ CASE D (Google Workspace, form, en)
UD = ("Kevin O'Brien", 'kevin.obrien@nagare-labs.jp')
CD = '176895313600372'   # opened 2026-01-20 23:52:16 UTC
D1, D2 = 'AWS05172638', 'AWS08834105'

def d_rcv(t, s, a=None):
    return gmail_rcv(UD[1], t, s, a or amz(s), workspace=True)

t = T('2026-01-20 23:52:25'); s = ses(t)
new = f"""Hello Kevin,

Thank you for reaching out to AWS Training and Certification.

We've logged your request and assigned it reference number {CD}. A support specialist will look into it and respond to this email address, in most cases within one business day.

What you told us:
  Inquiry type: Certification
  Detail: Account Merge
  Candidate ID: aws-05172638
  Description: I have two certification accounts, aws-05172638 (current, work email) and AWS 08834105 (old one, registered with my university email). Please combine them so all my certs are in one place.

Please keep this reference number for your records. To add information to this request, reply to this email rather than submitting the form again.

Kind regards,
AWS Training and Certification
"""
M(24, 'obrien-form-01', 'case_created', 'en', CD, [D1, D2], True, t=t, frm=FORM, to=(None, UD[1]),
  subject=f'[CASE {CD}] Your request has been logged - AWS Training and Certification',
  body=tpart(new, cte='qp'), new=new, trace=d_rcv(t, s), snd=s)

t = T('2026-01-22 01:10:44'); s = ses(t)
newD2 = """Hello Kevin,

Thank you for your patience. My name is Haruka and I will be assisting you with your request.

I have reviewed both profiles and can confirm they belong to you. Before I submit anything to our back-end team, please review the details below:

  Account to be retained:  aws-05172638 (kevin.obrien@nagare-labs.jp)
  Account to be merged:    AWS 08834105 (k.obrien@gs.tsukuba-tech.ac.jp)

Once processed, all certifications, exam history and benefits from AWS 08834105 will be consolidated into aws-05172638, and AWS 08834105 will no longer be accessible. Please note that this action is permanent and cannot be reversed.

If the above is correct, kindly reply to this email with \u201cI confirm\u201d so that we can move forward. If anything needs to be changed, let us know in your reply.

Best regards,
Haruka
AWS Training and Certification Customer Support
"""
M(25, 'obrien-form-02', 'merge_confirmation_requested', 'en', CD, [D1, D2], True, t=t, frm=FORM, to=(None, UD[1]),
  subject=FORM_SUBJ % CD, body=tpart(newD2, cs='iso-8859-1', cte='qp'), new=newD2, trace=d_rcv(t, s), snd=s)
tD2 = t

tu = T('2026-01-22 07:58:10'); mu_d = gmsgid()
userD = f"""Hi Haruka,

I confirm. Everything looks right.

Thanks,
Kevin

{en_on(tD2)} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q("""Account to be retained:  aws-05172638 (kevin.obrien@nagare-labs.jp)
Account to be merged:    AWS 08834105 (k.obrien@gs.tsukuba-tech.ac.jp)

Once processed, all certifications, exam history and benefits from AWS 08834105 will be consolidated into aws-05172638, and AWS 08834105 will no longer be accessible. Please note that this action is permanent and cannot be reversed.
""", '>> ')
t = T('2026-01-22 08:30:19'); s = ses(t)
new = """Hello Kevin,

Thank you for confirming. I have now passed your request on to the team responsible, and they will proceed with combining the two profiles. This usually takes 1-3 business days.

You will receive a separate message from us as soon as the work has been carried out. Until then, please avoid scheduling any exams under either profile.

Best regards,
Haruka
AWS Training and Certification Customer Support
"""
body = new + '\n' + f"{en_on(tu)} Kevin O'Brien <kevin.obrien@nagare-labs.jp> wrote:\n" + q(userD) + '\n'
M(26, 'obrien-form-03', 'support_reply', 'en', CD, [], True, t=t, frm=FORM, to=(None, UD[1]),
  subject=FORM_SUBJ % CD, body=tpart(body, cte='qp'), new=new, trace=d_rcv(t, s), snd=s,
  extra=[('In-Reply-To', mu_d), ('References', mu_d)])

t = T('2026-01-23 05:14:37'); s = ses(t)
new = f"""Hello Kevin,

Good news: the certification records previously held under {D2} have been moved to {D1}, and the old profile has been retired. You can now sign in with kevin.obrien@nagare-labs.jp to view your full certification history, including your AWS Certified Data Engineer - Associate.

Credly badges linked to the retired profile should appear in your Credly wallet within a few business days. If they do not, just reply to this email and we will look into it.

We'd love to hear how we did. Please take a minute to rate this correspondence:
https://aws-tc-survey.amazon.com/r/{hexr(8)}?case={CD}

Best regards,
Haruka
AWS Training and Certification Customer Support
"""
hist = f"""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {format_datetime(tD2)}
To: kevin.obrien@nagare-labs.jp
Subject: {FORM_SUBJ % CD}

""" + newD2
htmlb = to_html(new) .replace('</div></body>', '<br><div style="border-top:1px solid #ccc;color:#555">' + '<br>\n'.join(htmlmod.escape(l) for l in hist.split('\n')) + '</div>\n</div></body>')
M(27, 'obrien-form-04', 'merge_completed', 'en', CD, [D1, D2], True, t=t, frm=FORM, to=(None, UD[1]),
  subject=FORM_SUBJ % CD, body=alt(tpart(new + hist, cte='qp'), tpart(htmlb, 'html', cte='qp')), new=new,
  trace=d_rcv(t, s), snd=s)

t = T('2026-01-23 05:15:02'); s = ses(t)
new = f"""Your case {CD} has been closed

Hello,

We have closed your case with AWS Training and Certification. Please let us know about your experience.

Was your issue resolved?
[ YES ]  [ NO ]

How would you rate the overall support experience?
[1] [2] [3] [4] [5]

Need more help? Reply to this email to reopen the case.

AWS Training and Certification
"""
htmlb = f"""<html><body style="font-family:Arial,sans-serif;color:#232f3e">
<h3>Your case {CD} has been closed</h3>
<p>Hello,</p>
<p>We have closed your case with AWS Training and Certification. Please let us know about your experience.</p>
<p><b>Was your issue resolved?</b><br>
<a href="https://aws-tc-survey.amazon.com/r/{hexr(8)}?case={CD}&amp;a=1" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">YES</a>
&nbsp;<a href="https://aws-tc-survey.amazon.com/r/{hexr(8)}?case={CD}&amp;a=0" style="background:#d5dbdb;color:#000;padding:8px 20px;text-decoration:none">NO</a></p>
<p><b>How would you rate the overall support experience?</b><br>""" + ' '.join(
    '<a href="https://aws-tc-survey.amazon.com/r/%s?case=%s&amp;csat=%d">%d</a>' % (hexr(8), CD, i, i) for i in range(1, 6)) + """</p>
<p style="font-size:12px;color:#687078">Need more help? Reply to this email to reopen the case.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
M(28, 'obrien-form-05', 'survey', 'en', CD, [], True, t=t, frm=FORM, to=(None, UD[1]),
  subject=f'[CASE {CD}] How did we do?', body=tpart(htmlb, 'html', cte='b64'), new=new,
  trace=d_rcv(t, s), snd=s)

t = T('2026-01-26 14:02:51'); s = sendgrid_sender(t, 'credly.com', UD[1])
bid = uid()
new = f"""Kevin, your AWS Certified Data Engineer - Associate badge is waiting

Amazon Web Services Training and Certification has issued you a badge. Claim it now to add it to your Credly profile and share it with your network.

ACCEPT YOUR BADGE: https://www.credly.com/earner/earned/badge/{bid}

Earned on: November 3, 2025
Issued to: kevin.obrien@nagare-labs.jp

Not sure why you received this? This badge was issued to the email address associated with your AWS Certification account.

(c) Credly, Inc. All rights reserved.
"""
htmlb = to_html(new).replace('ACCEPT YOUR BADGE: https://www.credly.com/earner/earned/badge/%s' % bid,
                             '<a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px">ACCEPT YOUR BADGE</a>' % bid)
M(29, 'obrien-credly', 'credly_badge_issued', 'en', None, [], True, t=t, frm=CREDLY, to=(None, UD[1]),
  subject='Action required: accept your AWS Certified Data Engineer - Associate badge',
  body=alt(tpart(new, cte='b64'), tpart(htmlb, 'html', cte='b64')), new=new,
  trace=d_rcv(t, s, auth(s, 'credly.com', policy='none')), snd=s)
# ================================================================ CASE E (outlook.jp consumer, console, machine-translated ja)
UE = ('鈴木 彩', 'aya.suzuki.0927@outlook.jp')
CE = '11806372914'
E1, E2 = 'AWS04409127', 'AWS09182736'
LINK_E = f'https://console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId={CE}&language=ja'
FOOT_E = f"""このケースに返信するには、AWS サポートセンターにアクセスしてください:
{LINK_E}

このメールに返信しないでください。このメールアドレスは受信メールを受け付けません。
"""

def e_rcv(t, s, a=None, forged_lower=None):
    return o365_rcv(UE[1], t, s, a or amz(s), tenant='consumer') + o365_tail(t) + ([forged_lower] if forged_lower else [])

t = T('2026-02-09 04:18:47'); s = ses(t)
new = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するために、ケース {CE} をオープンしました。

ケース ID: {CE}
件名: 認定アカウントが2つある
重要度: 一般的なガイダンス
説明:
認定アカウントが二つあります（aws04409127 と AWS09182736）。一つにしたいです。古い方は学生時代に作ったものです。

ケースの最新情報は、サポートセンターで確認できます。サポートエンジニアからの返信があると、メールでお知らせします。

""" + FOOT_E
M(30, 'suzuki-console-01', 'case_created', 'ja', CE, [E1, E2], True, t=t, frm=CONSOLE, to=(None, UE[1]),
  subject=f'Amazon Web Services: 新しいサポートケースをオープンしました: {CE}',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new, trace=e_rcv(t, s), snd=s)

t = T('2026-02-10 01:33:06'); s = ses(t)
new = f"""こんにちは 鈴木様、

Amazon Web Services にお問い合わせいただきありがとうございます。私の名前はリカルドです。本日はあなたのケースをサポートします。

あなたの 2 つの認定アカウント {E1} と {E2} を統合するリクエストを理解しました。リクエストを進めるためには、以下の情報を提供していただけますでしょうか。

- どちらのアカウントを保持したいですか？ 保持されるアカウントはプライマリアカウントになり、もう一方のアカウントはそれに統合されます。
- 両方のアカウントに登録されている氏名と生年月日が同じであることを確認してください。
- 保持するアカウントでサインインに使用しているメールアドレスを教えてください。

あなたの返信を受け取った後、私たちは次のステップに進みます。

よろしくお願いします、

リカルド A.
Amazon Web Services

""" + FOOT_E
M(31, 'suzuki-console-02', 'support_reply', 'ja', CE, [E1, E2], True, t=t, frm=CONSOLE, to=(None, UE[1]),
  subject=f'RE:[CASE {CE}] 認定アカウントが2つある', body=tpart(new, cte='b64'), new=new, trace=e_rcv(t, s), snd=s)

t = T('2026-02-11 02:05:58'); s = ses(t)
new = f"""こんにちは 鈴木様、

ご返信ありがとうございます。あなたが {E1} を保持することを希望していることを確認しました。

統合を開始する前に、以下の詳細が正しいことを確認してください：

プライマリアカウント（保持）：{E1}
セカンダリアカウント（統合される）：{E2}

重要：この操作は永久的であり、元に戻すことはできません。セカンダリアカウントのすべての認定、試験履歴、およびバウチャーはプライマリアカウントに移動され、セカンダリアカウントは閉じられます。

上記の詳細が正しい場合は、このケースに返信して、続行してよいことを確認してください。確認を受け取るまで、私たちは何も変更しません。

--- English ---
Hello Suzuki-san,

Thank you for your reply. I have noted that you would like to keep {E1}.

Before we begin, please verify the following details:

Primary account (to be kept): {E1}
Secondary account (to be merged): {E2}

Important: this action is permanent and cannot be undone. All certifications, exam history and vouchers from the secondary account will be moved to the primary account, and the secondary account will be closed.

If the details above are correct, please reply to this case to confirm that we may proceed. We will not make any changes until we receive your confirmation.

よろしくお願いします / Best regards,

リカルド A.
Amazon Web Services

""" + FOOT_E
M(32, 'suzuki-console-03', 'merge_confirmation_requested', 'ja', CE, [E1, E2], True, t=t, frm=CONSOLE, to=(None, UE[1]),
  subject=f'RE:[CASE {CE}] 認定アカウントが2つある', body=None, new=new, trace=e_rcv(t, s), snd=s,
  raw8=('Content-Type: text/plain; charset="us-ascii"', new.encode('utf-8')))
tE3 = t

t = T('2026-02-12 00:48:22'); s = ses(t)
new = """こんにちは 鈴木様、

確認していただきありがとうございます。あなたのリクエストを社内の担当チームに送信しました。通常、このプロセスは 3～5 営業日以内に完了します。

完了次第、このケースを通じてお知らせします。それまでの間、セカンダリアカウントを使用して新しい試験を予約しないでください。

ご不便をおかけして申し訳ありませんが、しばらくお待ちください。

よろしくお願いします、

リカルド A.
Amazon Web Services
"""
hist = f"""
---- 以前のやり取り ----
鈴木 彩 - {jslash(T('2026-02-11 12:30:41'))}
はい、内容に間違いありません。{E1} に統合してください。よろしくお願いします。

Amazon Web Services - {jslash(tE3)}
プライマリアカウント（保持）：{E1}
セカンダリアカウント（統合される）：{E2}
重要：この操作は永久的であり、元に戻すことはできません。
上記の詳細が正しい場合は、このケースに返信して、続行してよいことを確認してください。

""" + FOOT_E
M(33, 'suzuki-console-04', 'support_reply', 'ja', CE, [], True, t=t, frm=CONSOLE, to=(None, UE[1]),
  subject=f'RE:[CASE {CE}] 認定アカウントが2つある', body=tpart(new + hist, cte='qp'), new=new, trace=e_rcv(t, s), snd=s)

t = T('2026-02-16 03:26:40'); s = ses(t)
fbE = f'https://console.aws.amazon.com/support/feedback?eventId={uid()}&language=ja'
new = f"""こんにちは 鈴木様、

お待たせしました。お客様の認定アカウントが正常に統合されたことをお知らせします。{E2} のすべての認定と試験履歴は {E1} に移動されました。今後は {E1} のみを使用してください。

このケースは解決済みとしてマークされます。さらにサポートが必要な場合は、サポートセンターからケースを再開してください。

このやり取りを評価してください: {fbE}

よろしくお願いします、
リカルド A.
Amazon Web Services

""" + FOOT_E
htmlb = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>こんにちは 鈴木様、</p>
<p>お待たせしました。お客様の認定アカウントが正常に統合されたことをお知らせします。{E2} のすべての認定と試験履歴は {E1} に移動されました。今後は {E1} のみを使用してください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>認定</th><th>認定番号</th><th>有効期限</th></tr>
<tr><td>AWS Certified Cloud Practitioner</td><td>{alnum(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}</td><td>2027-08-30</td></tr>
<tr><td>AWS Certified AI Practitioner</td><td>{alnum(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}</td><td>2028-01-12</td></tr>
</table>
<p>Credly のデジタルバッジは 48 時間以内にプライマリアカウントのメールアドレスに再発行されます。</p>
<p>このケースは解決済みとしてマークされます。さらにサポートが必要な場合は、サポートセンターからケースを再開してください。</p>
<p><a href="{fbE.replace('&', '&amp;')}">このやり取りを評価する</a></p>
<p>よろしくお願いします、<br>リカルド A.<br>Amazon Web Services</p>
<p style="color:#777;font-size:12px"><a href="{LINK_E.replace('&', '&amp;')}">サポートセンターでケースを表示</a><br>このメールに返信しないでください。このメールアドレスは受信メールを受け付けません。</p>
</body></html>
"""
M(34, 'suzuki-console-05', 'merge_completed', 'ja', CE, [E1, E2], True, t=t, frm=CONSOLE, to=(None, UE[1]),
  subject=f'RE:[CASE {CE}] 認定アカウントが2つある', body=alt(tpart(new, cte='b64'), tpart(htmlb, 'html', cte='qp')),
  new=new, trace=e_rcv(t, s), snd=s)

t = T('2026-02-18 09:11:05'); s = sendgrid_sender(t, 'credly.com', UE[1])
bid = uid()
new = f"""鈴木さん、おめでとうございます！

Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。

バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn やメールの署名などで共有できるようになります。

バッジを受け取る
https://www.credly.com/earner/earned/badge/{bid}

発行者: Amazon Web Services Training and Certification
受信者: aya.suzuki.0927@outlook.jp

このメールは、Amazon Web Services Training and Certification があなたにバッジを発行したため送信されています。
Credly, Inc. | 55 Broad Street, Floor 25, New York, NY 10004
"""
htmlb = to_html(new).replace('バッジを受け取る<br>', '<a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">バッジを受け取る</a><br>' % bid)
M(35, 'suzuki-credly', 'credly_badge_issued', 'ja', None, [], True, t=t, frm=CREDLY, to=(None, UE[1]),
  subject='鈴木さん、Amazon Web Services Training and Certification からバッジが届いています',
  body=alt(tpart(new, cte='b64'), tpart(htmlb, 'html', cte='b64')), new=new,
  trace=e_rcv(t, s, auth(s, 'credly.com', policy='none')), snd=s)

# 036: look-alike domain, passes its own DMARC
t = T('2026-02-10 11:40:12'); s = generic_sender(t, 'aws-certification-center.com')
fake = '177061204400917'
new = f"""鈴木 彩 様

AWS トレーニングと認定 カスタマーサポートでございます。
お客様よりご依頼のありました認定アカウントの統合について、以下の内容で処理を行います。

　受付番号　　　　: {fake}
　統合先アカウント: {E1}
　統合元アカウント: {E2}

統合は元に戻すことができないため、ご本人確認のうえ、24 時間以内に下記リンクより統合内容をご承認いただけますでしょうか。
期限内にご承認いただけない場合、セキュリティ上の理由により両アカウントの認定資格が一時的に停止されますので、ご注意ください。

▶ 統合内容を確認・承認する
https://aws-certification-center.com/merge/confirm?ref={fake}&u={hexr(12)}

※ご承認の際は、AWS Certification アカウントのメールアドレスとパスワードが必要です。

AWS トレーニングと認定
Amazon Web Services Japan
"""
htmlb = to_html(new).replace('▶ 統合内容を確認・承認する<br>', '<a href="https://aws-certification-center.com/merge/confirm?ref=%s" style="background:#ff9900;color:#000;padding:10px 24px;font-weight:bold;text-decoration:none">▶ 統合内容を確認・承認する</a><br>' % fake)
M(36, 'suzuki-notice-a', 'merge_confirmation_requested', 'ja', fake, [E1, E2], False, t=t,
  frm=('AWS トレーニングと認定', 'support@aws-certification-center.com'), to=(None, UE[1]),
  subject=f'【重要】認定アカウント統合のご確認（受付番号 {fake}）',
  body=tpart(htmlb, 'html', cte='qp'), new=new, trace=e_rcv(t, s, auth(s, 'aws-certification-center.com', policy='none')), snd=s)

# 037: spoofed amazon.com From; provider says dmarc=fail, a forged pass header sits lower down
t = T('2026-02-13 22:05:33'); s = generic_sender(t, 'shop-notify.top', dkim=False, env='info@mx-relay-7.shop-notify.top',
                                                 helo='mx-relay-7.shop-notify.top', msgid_dom='amazon.com')
forged = ('Authentication-Results: mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n'
          '\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com')
new = f"""鈴木 彩 様

いつも AWS をご利用いただきありがとうございます。

ご依頼いただいた認定アカウントの統合を実行する前に、お客様ご本人による最終確認が必要です。
以下のボタンからサインインし、統合内容（存続：{E1} ／ 統合：aws-09182736）に同意していただけますでしょうか。
この操作は取り消すことができません。

最終確認を行う

48 時間以内に確認が完了しない場合、ご依頼はキャンセルされ、両方のアカウントがロックされます。

Amazon Web Services
"""
htmlb = f"""<html><body style="font-family:sans-serif">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="90"><br>
<p>鈴木 彩 様</p>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>ご依頼いただいた認定アカウントの統合を実行する前に、お客様ご本人による最終確認が必要です。<br>
以下のボタンからサインインし、統合内容（存続：{E1} ／ 統合：aws-09182736）に同意していただけますでしょうか。<br>
この操作は取り消すことができません。</p>
<p><a href="http://amaz0n-aws-verify.com/tc/merge/{hexr(10)}" style="background:#ec7211;color:#fff;padding:10px 30px;text-decoration:none">最終確認を行う</a></p>
<p>48 時間以内に確認が完了しない場合、ご依頼はキャンセルされ、両方のアカウントがロックされます。</p>
<p>Amazon Web Services</p>
</body></html>
"""
M(37, 'suzuki-notice-b', 'merge_confirmation_requested', 'ja', None, [E1, E2], False, t=t,
  frm=('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'), to=(None, UE[1]),
  subject='認定アカウント統合 - 最終確認のお願い', body=tpart(htmlb, 'html', cte='b64'), new=new,
  trace=e_rcv(t, s, auth(s, 'amazon.com', dkim='none', dmarc='fail'), forged_lower=forged), snd=s)

# 038: billing phish, look-alike, not about the merge
t = T('2026-03-04 16:22:09'); s = generic_sender(t, 'aws-account-verify.net', dkim=False)
new = """AWS をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法の有効期限が切れているため、今月分のご請求を処理できませんでした。

サービスの停止を避けるため、72 時間以内に以下のリンクからお支払い情報を更新してください。

お支払い情報を更新する: https://aws-account-verify.net/billing/update

期限までに更新されない場合、アカウントおよびすべてのリソースが停止されます。

Amazon Web Services 請求チーム
"""
M(38, 'suzuki-notice-c', 'unrelated', 'ja', None, [], False, t=t,
  frm=('Amazon Web Services 請求', 'billing@aws-account-verify.net'), to=(None, UE[1]),
  subject='【AWS】お支払い方法の更新が必要です - ご対応をお願いします',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new,
  trace=e_rcv(t, s, auth(s, 'aws-account-verify.net', dkim='none', dmarc='none', policy='none')), snd=s)
# ================================================================ CASE F (OCN mailbox via POP: no Authentication-Results)
UF = ('伊藤 誠', 'm.ito1985@ocn.ne.jp')
CF1 = '177244967500701'  # opened 2026-03-02 11:07:55 UTC, agent reply never reached the user
CF2 = '177310356300259'  # opened 2026-03-10 00:46:03 UTC
F1, F2 = 'AWS06631508', 'AWS02270946'

def f_rcv(t, s):
    return ocn_rcv(UF[1], t, s)

t = T('2026-03-02 11:08:03'); s = ses(t)
new = f"""伊藤 誠 様

このメールは、AWS トレーニングと認定 のお問い合わせフォームからのご連絡を受け付けたことをお知らせする自動送信メールです。

■受付番号（ケース ID）：{CF1}
■受付日時：2026/03/02 20:07（日本時間）
■お問い合わせ区分：Certification / Account Merge

内容を確認のうえ、担当者より順次ご連絡いたします。通常は 24 時間以内のご返信を目安としておりますが、お問い合わせが集中している場合はお時間をいただくことがございます。

本メールにご返信いただくと、ケースに情報を追加することができます。

――――――――――――――――――――
Amazon Web Services
AWS トレーニングと認定
――――――――――――――――――――
"""
M(39, 'ito-form-01', 'case_created', 'ja', CF1, [], None, t=t, frm=FORM, to=(None, UF[1]),
  subject=f'[CASE {CF1}] お問い合わせを受け付けました（AWS トレーニングと認定）',
  body=tpart(new, cte='b64'), new=new, trace=f_rcv(t, s), snd=s)

t = T('2026-03-10 00:46:11'); s = ses(t)
new = f"""伊藤 誠 様

このメールは、AWS トレーニングと認定 のお問い合わせフォームからのご連絡を受け付けたことをお知らせする自動送信メールです。

■受付番号（ケース ID）：{CF2}
■受付日時：2026/03/10 09:46（日本時間）
■お問い合わせ区分：Certification / Account Merge
■お問い合わせ内容：
3月2日に問い合わせ（{CF1}）をしましたが、1週間たっても返信がないため再度送ります。
AWS06631508 に AWS02270946 を統合してほしいです。
通知先メールアドレス：m.ito1985@ocn.ne.jp

内容を確認のうえ、担当者より順次ご連絡いたします。通常は 24 時間以内のご返信を目安としておりますが、お問い合わせが集中している場合はお時間をいただくことがございます。

本メールにご返信いただくと、ケースに情報を追加することができます。

――――――――――――――――――――
Amazon Web Services
AWS トレーニングと認定
――――――――――――――――――――
"""
M(40, 'ito-form-02', 'case_created', 'ja', CF2, [F1, F2], None, t=t, frm=FORM, to=(None, UF[1]),
  subject=f'[CASE {CF2}] お問い合わせを受け付けました（AWS トレーニングと認定）',
  body=tpart(new, cte='qp'), new=new, trace=f_rcv(t, s), snd=s)

t = T('2026-03-10 05:22:18'); s = ses(t)
new = f"""伊藤 誠 様

AWS トレーニングと認定 カスタマーサポートの岡本でございます。
このたびはご連絡が遅くなり、大変申し訳ございませんでした。

確認いたしましたところ、3 月 2 日にご登録いただいたケース（{CF1}）では、フォームに通知先メールアドレスが入力されていなかったため、担当者からのご案内がお客様に届いておりませんでした。ご不便をおかけいたしましたことを深くお詫び申し上げます。
以降のご案内は本ケースにて行わせていただき、以前のケースはこちらでクローズいたしますので、改めてケースを作成していただく必要はございません。

さて、ご依頼の件につきまして、お手続きのご案内に進むにあたり、以下の 2 点について念のため確認させていただけますでしょうか。

・{F1} と {F2} のうち、今後もご利用になるアカウントは {F1} でお間違いないでしょうか。
・{F2} のサインイン用メールアドレスをお知らせください（ご登録時のメールアドレスがご不明な場合は、その旨お知らせください）。

ご回答を確認いたしましたら、お手続きの詳細をご案内いたします。

岡本
AWS トレーニングと認定 カスタマーサポート
"""
M(41, 'ito-form-03', 'support_reply', 'ja', CF2, [F1, F2], None, t=t, frm=FORM, to=(None, UF[1]),
  subject=FORM_SUBJ % CF2, body=tpart(new, cte='b64'), new=new, trace=f_rcv(t, s), snd=s)

tu = T('2026-03-10 12:35:09'); mu_f1 = '<OS3P286MB%04d%s@OS3P286MB%04d.JPNP286.PROD.OUTLOOK.COM>' % (rnd.randint(1000, 9999), hexr(10).upper(), rnd.randint(1000, 9999))
t = T('2026-03-11 02:50:44'); s = ses(t)
newF4 = f"""伊藤 誠 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの岡本でございます。

ご多用のところ、早速ご回答をお寄せいただき誠にありがとうございます。
頂戴いたしました情報に基づき両アカウントの登録情報を確認いたしましたところ、お手続きが可能であることを確認いたしましたので、実施予定の内容を下表のとおりご案内申し上げます。

+--------------------+----------------+----------------------------------+
| 項目               | 受験者 ID      | サインイン用メールアドレス       |
+--------------------+----------------+----------------------------------+
| 存続アカウント     | {F1}    | m.ito1985@ocn.ne.jp              |
| 統合元アカウント   | {F2}    | makoto.ito@asahi-kogyo.co.jp     |
+--------------------+----------------+----------------------------------+

統合元アカウントに記録されております認定資格（AWS Certified SysOps Administrator - Associate）、受験履歴ならびに受験特典は、すべて存続アカウントへ引き継がれ、統合元アカウントは処理の完了をもって無効となります。
誠に恐れ入りますが、本処理は一度実行いたしますと取り消すことができかねますため、内容を十分にご確認いただきますようお願い申し上げます。

上記の内容にてご承諾いただける場合は、その旨を本メールへご返信くださいますようお願い申し上げます。
ご承諾のご連絡を頂戴し次第、直ちに処理に着手させていただきます。

引き続き何卒よろしくお願い申し上げます。

岡本
AWS トレーニングと認定 カスタマーサポート
"""
quoted = f"""差出人: 伊藤 誠 <m.ito1985@ocn.ne.jp>
送信日時: 2026年3月10日 火曜日 21:35
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: {FORM_SUBJ % CF2}

岡本様

ご連絡ありがとうございます。
残すのは AWS06631508 で間違いありません。
AWS02270946 のほうは前の会社のアドレス makoto.ito@asahi-kogyo.co.jp で登録していました。
よろしくお願いいたします。

伊藤
"""
M(42, 'ito-form-04', 'merge_confirmation_requested', 'ja', CF2, [F1, F2], None, t=t, frm=FORM, to=(None, UF[1]),
  subject=FORM_SUBJ % CF2, body=tpart(newF4 + '\n' + quoted, cs='ISO-2022-JP', cte='7bit'), new=newF4,
  trace=f_rcv(t, s), snd=s, extra=[('In-Reply-To', mu_f1), ('References', mu_f1)])

t = T('2026-03-12 08:15:27'); s = ses(t)
new = f"""伊藤 誠 様

岡本でございます。平素より大変お世話になっております。

先般ご承諾を賜りました認定アカウントのお手続きにつきまして、本日、すべての処理を滞りなく終えましたことをご報告申し上げます。
{F2} に記録されておりました認定資格および受験履歴は {F1} へ引き継がれ、{F2} はご利用いただけない状態となっております。

つきましては、お手数ながら下記の点につきご確認賜りますようお願い申し上げます。
　1. m.ito1985@ocn.ne.jp にて AWS Certification アカウントへサインインいただき、認定資格が正しく表示されていること
　2. 「特典」ページに受験割引等の特典が表示されていること
　3. Credly のバッジのご案内が数日以内に m.ito1985@ocn.ne.jp 宛に届くこと

なお、本件はこれをもちましてクローズとさせていただきます。後日、アンケートのご案内をお送りする場合がございますので、ご協力いただけましたら幸甚に存じます。

このたびは、初回のケースでご案内が届かず、多大なるご迷惑をおかけいたしましたことを重ねてお詫び申し上げます。

岡本
AWS トレーニングと認定 カスタマーサポート
"""
quoted = """岡本様

内容確認しました。この内容で統合してください。
よろしくお願いします。

伊藤
"""
body = new + '\nOn Wed, 11 Mar 2026 22:03:41 +0900\n伊藤 誠 <m.ito1985@ocn.ne.jp> wrote:\n\n' + q(quoted) + '\n'
M(43, 'ito-form-05', 'merge_completed', 'ja', CF2, [F1, F2], None, t=t, frm=FORM, to=(None, UF[1]),
  subject=FORM_SUBJ % CF2, body=tpart(body, cte='qp'), new=new, trace=f_rcv(t, s), snd=s)

# 044: look-alike "Credly" badge mail (content: badges issued after a merge), to the biglobe user
t = T('2025-12-01 07:44:18'); s = generic_sender(t, 'credly-notify.com')
new = """Hi Daisuke,

Following the recent merge of your AWS Certification accounts, 2 badges have been transferred and issued to you by Amazon Web Services Training and Certification:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

To keep your badges active, accept them within 7 days. Badges that are not accepted will be revoked.

Accept your badges:
https://credly-notify.com/earner/accept?token=%s

Credly Team
""" % hexr(16)
htmlb = to_html(new)
M(44, 'yamamoto-badges', 'credly_badge_issued', 'en', None, [], False, t=t,
  frm=('Credly', 'badges@credly-notify.com'), to=(None, UC[1]),
  subject='Action needed: 2 badges issued after your account merge', body=tpart(htmlb, 'html', cte='b64'), new=new,
  trace=c_rcv(t, s, auth(s, 'credly-notify.com', dmarc='none', policy='none')), snd=s)
# ================================================================ unrelated look-alikes
t = T('2025-08-19 06:33:12'); s = ses(t)
CS = '5907318426'
new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to merge the duplicate detail pages for your listing. The following ASINs have now been merged into a single detail page:

  B0D3K7QW21 (retained)
  B0D3K8TT40 (merged)

Please allow up to 24 hours for the change to be reflected on the Amazon storefront. Your offer, inventory and reviews have been carried over to the retained ASIN.

We will now resolve this case. If you have any further questions, please reply through Seller Central.

Was this answer helpful? Rate this response in Seller Central: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={CS}

We value your feedback.

Thank you,
Hiroshi K.
Amazon.com
"""
M(45, 'sato-seller', 'unrelated', 'en', CS, [], True, t=t, frm=('Amazon Seller Central', 'seller-notification@amazon.com'),
  to=(None, UA[1]), subject=f'RE:[CASE {CS}] Duplicate detail pages - request to merge ASINs',
  body=tpart(new, cs='us-ascii', cte='7bit'), new=new, trace=gmail_rcv(UA[1], t, s, amz(s)), snd=s)

t = T('2025-10-03 04:11:50'); s = ses(t)
CBILL = '11692451038'
new = f"""田中 美咲 様

AWS サポートの高山でございます。お問い合わせいただきありがとうございます。

ご依頼いただいておりました件につきまして、AWS アカウント 4821-0937-5516 を、貴社の管理アカウント（2204-6618-9073）が管理する AWS Organizations の組織へ統合するお手続きが完了したことを確認いたしました。
これにより、10 月分以降のご利用料金は一括請求（Consolidated Billing）として管理アカウントにまとめて請求されます。

なお、9 月分のご請求につきましては統合前の期間となりますため、従来どおりメンバーアカウント側でのお支払いとなります。重複請求は発生いたしませんのでご安心ください。

ほかにご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。

高山
Amazon Web Services

このやり取りはお役に立ちましたか？ 評価をお寄せください:
https://console.aws.amazon.com/support/feedback?eventId={uid()}&language=ja

ケースの詳細の確認やご返信は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={CBILL}&language=ja
"""
M(46, 'tanaka-billing', 'unrelated', 'ja', CBILL, [], True, t=t, frm=CONSOLE, to=(None, UB[1]),
  subject=f'RE:[CASE {CBILL}] 一括請求への切り替えについて', body=tpart(new, cte='b64'), new=new,
  trace=o365_rcv(UB[1], t, s, amz(s)) + o365_tail(t), snd=s)

t = T('2025-10-21 09:47:05'); s = ses(t)
CQ = '176102712900833'
new = f"""Hello,

Thank you for contacting AWS Support.

We're happy to let you know that your request for a service quota increase has been approved and implemented.

Region: Asia Pacific (Tokyo)
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 512 vCPUs

It can sometimes take up to 30 minutes for the new quota to become effective. You can view your current quotas in the Service Quotas console.

We will now resolve this case. If you need further assistance, you can reopen it from the Support Center.

Best regards,
Amazon Web Services

To see the case details and reply, visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CQ}&language=en

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?eventId={uid()}&language=en
"""
M(47, 'obrien-quota', 'unrelated', 'en', CQ, [], True, t=t, frm=CONSOLE, to=(None, UD[1]),
  subject=f'RE:[CASE {CQ}] Limit Increase: EC2 Instances',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new, trace=d_rcv(t, s), snd=s)

t = T('2025-06-10 00:05:41'); s = sendgrid_sender(t, 'certmetrics.com', UA[1])
new = f"""佐藤 健太 様

AWS 認定 (AWS Certification) をご利用いただきありがとうございます。

AWS 認定では、受験者の皆様の体験をより良いものにするため、アンケートを実施しています。最近の受験や認定アカウントのご利用について、率直なご意見をお聞かせいただけますでしょうか（所要時間 約 5 分）。

アンケートに回答する: https://www.certmetrics.com/amazon/survey/{hexr(12)}

受験者 ID: {A1}

このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

AWS Certification
"""
M(48, 'sato-certmetrics', 'unrelated', 'ja', None, [A1], False, t=t, frm=('AWS Certification', 'do-not-reply@certmetrics.com'),
  to=(None, UA[1]), subject='AWS 認定からのお願い：アンケートにご協力ください',
  body=alt(tpart(new, cte='b64'), tpart(to_html(new), 'html', cte='b64')), new=new,
  trace=gmail_rcv(UA[1], t, s, auth(s, 'certmetrics.com', policy='none')), snd=s)

t = T('2026-03-18 01:20:33'); s = generic_sender(t, 'pearson.com', ip='159.182.%d.%d' % (rnd.randint(1, 250), rnd.randint(2, 250)), helo='mailout.pearsonvue.com')
new = f"""伊藤 誠 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験　　　　: SOA-C03: AWS Certified CloudOps Engineer - Associate（日本語）
日時　　　　: 2026年4月4日（土） 10:00 JST
受験方法　　: テストセンター
会場　　　　: ＡＢＣテストセンター 新宿会場　東京都新宿区西新宿１－２－３
登録ID　　　: 412987653
受験者ID　　: {F1}

当日は、有効な本人確認書類（氏名の表記が登録内容と一致するもの）を 2 点ご持参のうえ、試験開始の 15 分前までにお越しください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS Certification アカウントから行ってください。

Pearson VUE
"""
M(49, 'ito-pearson', 'unrelated', 'ja', None, [F1], None, t=t, frm=('Pearson VUE', 'pearsonvueconfirmation@pearson.com'),
  to=(None, UF[1]), subject='Pearson VUE 試験予約確認', subj_cs='shift_jis',
  body=tpart(new, cs='Shift_JIS', cte='b64'), new=new, trace=f_rcv(t, s), snd=s)

t = T('2025-10-07 08:14:26'); s = sendgrid_sender(t, 'github.com', UA[1])
s['msgid'] = '<tsubasa-dx/infra-terraform/pull/482/issue_event/%d@github.com>' % rnd.randint(19000000000, 19999999999)
new = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubasa-dx/infra-terraform/pull/482#event-19834451207
You are receiving this because you authored the thread.
"""
htmlb = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/tsubasa-dx/infra-terraform/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/tsubasa-dx/infra-terraform/pull/482#event-19834451207">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
pr_mid = '<tsubasa-dx/infra-terraform/pull/482@github.com>'
M(50, 'sato-github', 'unrelated', 'en', None, [], False, t=t, frm=('Yuki Mori', 'notifications@github.com'),
  to=('tsubasa-dx/infra-terraform', 'infra-terraform@noreply.github.com'), cc=addr('Kenta Sato', UA[1]) + ', Author <author@noreply.github.com>',
  subject='Re: [tsubasa-dx/infra-terraform] Merge account baseline modules into a single stack (PR #482)',
  body=alt(tpart(new, cte='7bit', cs='UTF-8'), tpart(htmlb, 'html', cs='UTF-8', cte='7bit')), new=new,
  trace=gmail_rcv(UA[1], t, s, auth(s, 'github.com', policy='reject')), snd=s,
  extra=[('Reply-To', 'tsubasa-dx/infra-terraform <reply+%s@reply.github.com>' % hexr(20).upper()),
         ('In-Reply-To', pr_mid), ('References', pr_mid), ('List-ID', 'tsubasa-dx/infra-terraform <infra-terraform.tsubasa-dx.github.com>'),
         ('X-GitHub-Reason', 'author')])

t = T('2025-09-12 02:05:19'); s = generic_sender(t, 'backlog.com', helo='mail.backlog.com')
new = """田中 美咲 さん

中村 翔太 さんが課題を更新しました。

[HSZ_INFRA-231] AWS認定アカウント統合の手順書作成
https://hoshizora-sys.backlog.com/view/HSZ_INFRA-231

状態: 処理中 → 完了
担当者: 中村 翔太

コメント:
統合完了しました。手順（問い合わせフォームの入力項目、確認メールへの返信の仕方、Credly バッジの確認）を Wiki に反映済みです。
田中さんのケースで使った文面もテンプレートとして載せています。

--
このメールは Backlog から自動送信されています。通知設定は個人設定から変更できます。
"""
M(51, 'tanaka-backlog', 'unrelated', 'ja', None, [], False, t=t, frm=('Backlog', 'no-reply@backlog.com'),
  to=(None, UB[1]), subject='[HSZ_INFRA-231] AWS認定アカウント統合の手順書作成 が更新されました',
  body=tpart(new, cte='b64'), new=new, trace=o365_rcv(UB[1], t, s, auth(s, 'backlog.com', policy='none')) + o365_tail(t), snd=s)

t = T('2026-03-23 13:30:02'); s = sendgrid_sender(t, 'credly.com', UC[1])
new = f"""Daisuke,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification will expire on June 21, 2026 (in 90 days).

To keep your credential current, review the recertification options offered by Amazon Web Services Training and Certification before the expiration date. Once your badge expires, it will remain on your profile but will be marked as expired.

View your badge: https://www.credly.com/badges/{uid()}

You can manage your email preferences in your Credly account settings.

Credly, Inc. | 55 Broad Street, Floor 25, New York, NY 10004
"""
M(52, 'yamamoto-credly-expiry', 'unrelated', 'en', None, [], True, t=t, frm=CREDLY, to=(None, UC[1]),
  subject='Your AWS Certified Developer - Associate badge expires in 90 days',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new,
  trace=c_rcv(t, s, auth(s, 'credly.com', policy='none')), snd=s)

t = T('2026-01-28 03:41:16'); s = sendgrid_sender(t, 'credly.com', UD[1])
code = '%06d' % rnd.randint(0, 999999)
new = f"""Hi Kevin,

We received a request to merge another Credly account into your account (kevin.obrien@nagare-labs.jp).

Enter this verification code to confirm you own the account being merged:

{code}

This code expires in 30 minutes. After verifying, select "Complete Account Merge" to finish. All badges from the other account will then appear in this account.

If you did not request this, you can safely ignore this email.

The Credly Team
"""
M(53, 'obrien-credly-code', 'unrelated', 'en', None, [], True, t=t, frm=('Credly', 'admin@credly.com'), to=(None, UD[1]),
  subject='Your Credly account merge verification code',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new,
  trace=d_rcv(t, s, auth(s, 'credly.com', policy='none')), snd=s)

t = T('2025-12-09 01:00:07'); s = ses(t)
new = """AWS 認定 ニュースレター 2025年12月号

いつも AWS トレーニングと認定 をご利用いただき、ありがとうございます。

■ 今月のトピック
・新しい認定試験「AWS Certified Generative AI Developer - Professional」の日本語版の提供を開始しました。
・再認定の方法が変わります。有効期限の 6 か月前からオンラインで再認定手続きが可能になりました。
・よくあるご質問を更新しました：「複数の認定アカウントをお持ちの場合」「Credly バッジが表示されない場合」など。

■ AWS Skill Builder 冬の学習キャンペーン
期間中、対象のデジタルコースを修了された方の中から抽選で 100 名様に、認定試験 50% 割引バウチャーをプレゼントいたします。

詳しくはこちら: https://aws.amazon.com/jp/certification/

配信停止をご希望の場合は、こちらから設定を変更してください: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
M(54, 'yamamoto-newsletter', 'unrelated', 'ja', None, [], True, t=t,
  frm=('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'), to=(None, UC[1]),
  subject='【AWS 認定】ニュースレター 2025年12月号：新試験のお知らせと FAQ 更新',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new, trace=c_rcv(t, s), snd=s)

t = T('2026-01-20 23:31:48'); s = ses(t, from_domain='signin.aws')
code = '%06d' % rnd.randint(0, 999999)
new = f"""Verify your AWS Builder ID email address

Thank you for creating an AWS Builder ID. To finish, enter the following verification code:

Verification code: {code}

This code expires 30 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
M(55, 'obrien-builder-id', 'unrelated', 'en', None, [], True, t=t, frm=('AWS', 'no-reply@signin.aws'), to=(None, UD[1]),
  subject='Verify your AWS Builder ID email address',
  body=alt(tpart(new, cte='qp'), tpart(to_html(new), 'html', cte='qp')), new=new,
  trace=d_rcv(t, s, auth(s, 'signin.aws')), snd=s)
# ================================================================ CASE G (Gmail, form, ja; name changed by marriage)
UG = ('小林 直子', 'naoko.kobayashi.dev@gmail.com')
CG = '175246005100186'   # opened 2025-07-14 02:27:31 UTC
G1, G2 = 'AWS07715320', 'AWS03058461'

def g_rcv(t, s, a=None):
    return gmail_rcv(UG[1], t, s, a or amz(s))

t = T('2025-07-15 04:10:26'); s = ses(t)
new = f"""小林 直子 様

AWS トレーニングと認定 カスタマーサポートの西村と申します。
お問い合わせいただき、誠にありがとうございます。

ご依頼のありました {G1} および {G2} の件につきまして、登録情報を確認いたしましたところ、{G2} のご登録氏名が「森 直子」様となっており、{G1} のご登録氏名「小林 直子」様と一致しておりませんでした。

同一のお客様のアカウントであることを確認させていただく必要がございますため、お手数をおかけし恐縮ではございますが、以下についてご教示いただけますでしょうか。

　・ご登録氏名が異なる理由（ご結婚による改姓など）
　・{G2} に登録されている生年月日
　・{G2} で最後に受験された試験名および受験日（おおよそで差し支えございません）

なお、身分証明書の画像等をメールでお送りいただく必要はございません。

ご回答を確認させていただき次第、今後のお手続きについてご案内いたします。
引き続きよろしくお願いいたします。

西村
AWS トレーニングと認定 カスタマーサポート
"""
M(56, 'kobayashi-form-01', 'support_reply', 'ja', CG, [G1, G2], True, t=t, frm=FORM, to=(None, UG[1]),
  subject=FORM_SUBJ % CG, body=tpart(new, cte='qp'), new=new, trace=g_rcv(t, s), snd=s)

tu = T('2025-07-15 13:48:02'); mu_g1 = gmsgid()
userG1 = """西村様

ご連絡ありがとうございます。
結婚により改姓したためです。
生年月日は1990年4月12日です。
最後に受験したのは 2022年11月頃の Cloud Practitioner だったと思います。

よろしくお願いいたします。
小林
"""
t = T('2025-07-16 01:22:40'); s = ses(t)
newG2 = f"""小林 直子 様

西村でございます。詳細なご回答をいただき、ありがとうございました。
ご提示いただいた情報と登録内容が一致いたしましたので、同一のお客様のアカウントであることを確認いたしました。

それでは、以下の内容にてお手続きを実施してもよろしいでしょうか。

　残すアカウント　　　　: {G1}（小林 直子 / naoko.kobayashi.dev@gmail.com）
　統合されるアカウント　: {G2}（森 直子 / n.mori@kaede-univ.ac.jp）

お手続き後のご登録氏名は「小林 直子」となり、認定証の氏名表記も「Naoko Kobayashi」に統一されます。
一度実施いたしますと、{G2} を元の状態に戻すことはできませんので、ご注意ください。

お差し支えなければ、本メールにご返信いただき、上記の内容にご同意いただけるかお知らせいただけますでしょうか。

西村
AWS トレーニングと認定 カスタマーサポート
"""
plain = newG2 + '\n' + f'{jd(tu)} 小林直子 <naoko.kobayashi.dev@gmail.com>:\n\n' + q(userG1) + '\n'
htmlb = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:14px">
<p>小林 直子 様</p>
<p>西村でございます。詳細なご回答をいただき、ありがとうございました。<br>
ご提示いただいた情報と登録内容が一致いたしましたので、同一のお客様のアカウントであることを確認いたしました。</p>
<p>それでは、以下の内容にてお手続きを実施してもよろしいでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>受験者 ID</th><th>氏名</th><th>メールアドレス</th></tr>
<tr><td>残すアカウント</td><td>{G1}</td><td>小林 直子</td><td>naoko.kobayashi.dev@gmail.com</td></tr>
<tr><td>統合されるアカウント</td><td>{G2}</td><td>森 直子</td><td>n.mori@kaede-univ.ac.jp</td></tr>
</table>
<p>お手続き後のご登録氏名は「小林 直子」となり、認定証の氏名表記も「Naoko Kobayashi」に統一されます。<br>
一度実施いたしますと、{G2} を元の状態に戻すことはできませんので、ご注意ください。</p>
<p>お差し支えなければ、本メールにご返信いただき、上記の内容にご同意いただけるかお知らせいただけますでしょうか。</p>
<p>西村<br>AWS トレーニングと認定 カスタマーサポート</p>
<div class="gmail_quote">{jd(tu)} 小林直子 &lt;naoko.kobayashi.dev@gmail.com&gt;:<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">""" + '<br>\n'.join(htmlmod.escape(l) for l in userG1.strip().split('\n')) + """</blockquote></div>
</body></html>
"""
M(57, 'kobayashi-form-02', 'merge_confirmation_requested', 'ja', CG, [G1, G2], True, t=t, frm=FORM, to=(None, UG[1]),
  subject=FORM_SUBJ % CG, body=alt(tpart(plain, cte='qp'), tpart(htmlb, 'html', cte='qp')), new=newG2,
  trace=g_rcv(t, s), snd=s, extra=[('In-Reply-To', mu_g1), ('References', mu_g1)])
tG2 = t

tu2 = T('2025-07-16 11:02:55')
t = T('2025-07-18 06:30:12'); s = ses(t)
new = f"""小林 直子 様

いつもお世話になっております。西村でございます。

先日ご同意をいただきました件、{G2}（森 直子 様名義）の認定資格および受験履歴は {G1} に統合済みとなりました。
{G2} は閉鎖され、ご登録氏名は「小林 直子」に統一されております。

AWS Certification アカウントへサインインのうえ、過去の Cloud Practitioner を含むすべての認定資格が表示されていることをご確認いただけますと幸いです。

なお、Credly のデジタルバッジにつきましては、移行が完了し次第、Credly から naoko.kobayashi.dev@gmail.com 宛に通知が届きます。通常 2〜3 営業日ほどかかりますので、恐れ入りますが今しばらくお待ちください。

ご不明な点がございましたら、本メールにご返信ください。

西村
AWS トレーニングと認定 カスタマーサポート
"""
inner = f"""それでは、以下の内容にてお手続きを実施してもよろしいでしょうか。

　残すアカウント　　　　: {G1}（小林 直子 / naoko.kobayashi.dev@gmail.com）
　統合されるアカウント　: {G2}（森 直子 / n.mori@kaede-univ.ac.jp）

一度実施いたしますと、{G2} を元の状態に戻すことはできませんので、ご注意ください。
お差し支えなければ、本メールにご返信いただき、上記の内容にご同意いただけるかお知らせいただけますでしょうか。
"""
userG2 = """西村様

確認しました。この内容で問題ありません。お手続きをお願いいたします。

小林
""" + '\n' + f'{jd(tG2)} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n\n' + q(inner)
body = new + '\n' + f'{jd(tu2)} 小林直子 <naoko.kobayashi.dev@gmail.com>:\n\n' + q(userG2) + '\n'
M(58, 'kobayashi-form-03', 'merge_completed', 'ja', CG, [G1, G2], True, t=t, frm=FORM, to=(None, UG[1]),
  subject=FORM_SUBJ % CG, body=tpart(body, cte='b64'), new=new, trace=g_rcv(t, s), snd=s)

# 059: a colleague forwards his own completion mail to Kevin (Google Workspace, same domain)
CT = '176913580200644'   # opened 2026-01-23 02:36:42 UTC
T1, T2 = 'AWS01846273', 'AWS06290417'
t = T('2026-01-30 01:02:44'); s = gmail_sender(t, 'sho.takahashi@nagare-labs.jp', dom='nagare-labs.jp', darn='nagare-labs.jp')
tfw = T('2026-01-29 02:20:13')
note = f"""Kevin さん

お疲れさまです。高橋です。
先日教えてもらった手順で問い合わせたところ、私の認定アカウントも一本化してもらえました。
（{T2} → {T1}、ケース {CT}）
参考までに AWS から来たメールを転送します。Credly のバッジはまだ移ってないので、もう少し待ってみます。

高橋
"""
fwd = f"""---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: {jd(tfw)}
Subject: {FORM_SUBJ % CT}
To: <sho.takahashi@nagare-labs.jp>


高橋 翔 様

AWS トレーニングと認定 カスタマーサポートの藤田でございます。

ご依頼いただいておりました件につきまして、{T2} に登録されていた認定資格および受験履歴を {T1} へ移行いたしました。{T2} は無効となっております。
今後は sho.takahashi@nagare-labs.jp にてサインインいただけますようお願いいたします。

藤田
AWS トレーニングと認定 カスタマーサポート
"""
htmlb = ('<div dir="ltr">' + '<br>'.join(htmlmod.escape(l) for l in note.strip().split('\n')) +
         '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
         '<br>'.join(htmlmod.escape(l) for l in fwd.strip().split('\n')) + '</div></div></div>\n')
M(59, 'takahashi-fwd', 'unrelated', 'ja', CT, [T1, T2], False, t=t, frm=('高橋 翔', 'sho.takahashi@nagare-labs.jp'),
  to=(None, UD[1]), subject='Fwd: ' + FORM_SUBJ % CT,
  body=alt(tpart(note + '\n' + fwd, cte='b64'), tpart(htmlb, 'html', cte='b64')), new=note,
  trace=d_rcv(t, s, auth(s, 'nagare-labs.jp', policy='none')), snd=s, date_tz=JST)

t = T('2025-07-18 06:35:40'); s = ses(t)
new = f"""小林 直子 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
お問い合わせいただいたケース（{CG}）は、解決済みとしてクローズいたしました。

より良いサポートをご提供するため、担当者の対応について、以下のアンケートにご回答いただけますでしょうか。
ご回答は 1 分程度で完了いたします。

お問い合わせは解決しましたか？　はい ／ いいえ

担当者の対応はいかがでしたか？　とても満足 ／ 満足 ／ どちらでもない ／ 不満 ／ とても不満

ケースを再開されたい場合は、このメールにご返信ください。

AWS トレーニングと認定
"""
htmlb = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#232f3e">
<p>小林 直子 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。<br>
お問い合わせいただいたケース（{CG}）は、解決済みとしてクローズいたしました。</p>
<p>より良いサポートをご提供するため、担当者の対応について、以下のアンケートにご回答いただけますでしょうか。<br>ご回答は 1 分程度で完了いたします。</p>
<p><b>お問い合わせは解決しましたか？</b><br>
<a href="https://aws-tc-survey.amazon.com/r/{hexr(8)}?case={CG}&amp;r=1">はい</a> ／ <a href="https://aws-tc-survey.amazon.com/r/{hexr(8)}?case={CG}&amp;r=0">いいえ</a></p>
<p><b>担当者の対応はいかがでしたか？</b><br>""" + ' ／ '.join(
    '<a href="https://aws-tc-survey.amazon.com/r/%s?case=%s&amp;csat=%d">%s</a>' % (hexr(8), CG, i, w)
    for i, w in zip((5, 4, 3, 2, 1), ('とても満足', '満足', 'どちらでもない', '不満', 'とても不満'))) + """</p>
<p style="font-size:12px;color:#687078">ケースを再開されたい場合は、このメールにご返信ください。</p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
M(60, 'kobayashi-form-04', 'survey', 'ja', CG, [], True, t=t, frm=FORM, to=(None, UG[1]),
  subject=f'[CASE {CG}] アンケートご協力のお願い', subj_q=True, body=tpart(htmlb, 'html', cte='qp'), new=new,
  trace=g_rcv(t, s), snd=s)

# ---------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
print(len(LABELS), 'mails written')
