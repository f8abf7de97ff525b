#!/usr/bin/env python3
"""Generator for blind set 43: AWS Certification account-merge mail, structure-heavy."""
import base64, quopri, random, json, os, re, uuid, html
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from email.message import Message
from email.utils import format_datetime
from email.generator import BytesGenerator
from io import BytesIO

R = random.Random(43043)
OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
ET = ZoneInfo('America/New_York')
UK = ZoneInfo('Europe/London')
CET = ZoneInfo('Europe/Berlin')
WD_JA = '月火水木金土日'

MAILS = []      # (fname, bytes)
LABELS = {}


# ----------------------------------------------------------------- basics
def T(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz) + timedelta(seconds=R.randint(0, 59))


def case15(opened):
    return f"{int(opened.timestamp())}{R.randint(0, 99999):05d}"


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rfc(d):
    return format_datetime(d)


def ids_in(text):
    """AWS certification ids in a piece of NEW text, normalised."""
    found = re.findall(r'(?i)(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?!\d)', text)
    return sorted(set('AWS' + f for f in found))


def strip_tags(h):
    h = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return html.unescape(h)


def ew(s, charset='UTF-8', codec=None, enc='B', chunk=18):
    """Encoded-word(s), split into several words over folded lines."""
    codec = codec or charset
    words = []
    for i in range(0, len(s), chunk):
        part = s[i:i + chunk].encode(codec)
        if enc == 'B':
            words.append(f'=?{charset}?B?{base64.b64encode(part).decode()}?=')
        else:
            q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else ('_' if b == 32 else f'={b:02X}') for b in part)
            words.append(f'=?{charset}?Q?{q}?=')
    return '\n '.join(words)


def addr(name, a, charset=None, codec=None, enc='B'):
    if not name:
        return a
    if charset:
        return f'{ew(name, charset, codec, enc, chunk=30)} <{a}>'
    if re.search(r'[^A-Za-z0-9 .\-]', name):
        return f'"{name}" <{a}>'
    return f'{name} <{a}>'


def fold_b(b, indent='\t '):
    return ('\n' + indent).join(b[i:i + 70] for i in range(0, len(b), 70))


# ----------------------------------------------------------------- MIME parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None, extra=None):
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    lab = label or charset
    ct = f'text/{subtype}; charset="{lab}"' if R.random() < 0.5 else f'text/{subtype}; charset={lab}'
    m['Content-Type'] = ct
    for k, v in (extra or []):
        m[k] = v
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def attach(data, ctype, filename, cte='base64'):
    m = Message()
    m['Content-Type'] = f'{ctype}; name="{filename}"'
    m['Content-Disposition'] = f'attachment; filename="{filename}"'
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m


def boundary(style='ses'):
    if style == 'ses':
        return f'----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 2099999999)}.{R.randint(1700000000000, 1780000000000)}'
    if style == 'gmail':
        return '0000000000' + rhex(16)
    if style == 'outlook':
        return '_000_' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(40)) + '_'
    if style == 'apple':
        return 'Apple-Mail-' + ruuid().upper()
    return '=_' + rhex(24)


def multi(subtype, parts, style='ses'):
    m = Message()
    m['Content-Type'] = f'multipart/{subtype};\n\tboundary="{boundary(style)}"'
    for p in parts:
        m.attach(p)
    return m


def html_of(plain, lang='en'):
    """Simple HTML rendering of a plain text, quote lines become blockquotes."""
    out, depth = [], 0
    for line in plain.split('\n'):
        d = len(re.match(r'^(> ?)*', line).group(0).replace(' ', ''))
        content = re.sub(r'^(> ?)*', '', line)
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append('</blockquote>')
            depth -= 1
        out.append(html.escape(content) + '<br>')
    out.extend('</blockquote>' for _ in range(depth))
    font = 'Meiryo, sans-serif' if lang == 'ja' else 'Arial, Helvetica, sans-serif'
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + '\n'.join(out) + '\n</div></body></html>\n')


# ----------------------------------------------------------------- senders
def aws_sender(addr_='no-reply-aws@amazon.com'):
    ip = f'54.240.{R.choice([8, 9, 11, 48])}.{R.randint(2, 250)}'
    return dict(kind='ses', hfrom='amazon.com', addr=addr_, ip=ip,
                helo=f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com',
                dkim=[('amazon.com', 'rzvnpjdqpapbpr3xyeq4tyvzbrxdwdk5'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])


def credly_sender(addr_='admin@credly.com'):
    ip = f'{R.choice(["149.72", "167.89", "168.245"])}.{R.randint(10, 250)}.{R.randint(2, 250)}'
    return dict(kind='sendgrid', hfrom='credly.com', addr=addr_, ip=ip,
                helo=f'o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.credly.com',
                dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])


def other_sender(domain, addr_, ip, helo, dkim_sel='selector1', signed=True):
    return dict(kind='other', hfrom=domain, addr=addr_, ip=ip, helo=helo,
                dkim=[(domain, dkim_sel)] if signed else [])


def mailfrom_of(snd, msgid, to):
    if snd['kind'] == 'ses':
        return msgid.strip('<>')
    if snd['kind'] == 'sendgrid':
        u, d = to.split('@')
        return f'bounces+{R.randint(1000000, 39999999)}-{rhex(4)}-{u}={d}@em{R.randint(1000, 9999)}.credly.com'
    return snd.get('mailfrom', snd['addr'])


def dkim_header(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(t.timestamp())};\n'
            f'\th={h};\n\tbh={b64r(32)};\n\tb={fold_b(b64r(256))}')


# ----------------------------------------------------------------- trace headers
def ar_values(snd, mailfrom, result):
    """result: 'pass' | 'fail' | 'nopolicy' ."""
    mf_dom = mailfrom.split('@')[-1]
    if result == 'pass':
        return dict(spf='pass', dkim='pass', dmarc='pass', d=snd['dkim'][0][0] if snd['dkim'] else None, mf=mf_dom)
    if result == 'nopolicy':
        return dict(spf='pass', dkim='pass' if snd['dkim'] else 'none', dmarc='none',
                    d=snd['dkim'][0][0] if snd['dkim'] else None, mf=mf_dom)
    return dict(spf='softfail', dkim='none', dmarc='fail', d=None, mf=mf_dom)


def trace(provider, to, snd, sent, msgid, result='pass', forged_ar=None):
    """Return (list of (name, value) trace headers, mailfrom)."""
    mailfrom = mailfrom_of(snd, msgid, to)
    H = []
    a = ar_values(snd, mailfrom, result) if result else None
    recv = sent + timedelta(seconds=R.randint(1, 9))
    pol = 'QUARANTINE' if snd['hfrom'] in ('amazon.com',) else ('REJECT' if snd['hfrom'] == 'credly.com' else 'NONE')
    if provider == 'gmail':
        lt = recv.astimezone(PT)
        H.append(('Delivered-To', to))
        H.append(('Received', f'by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(3)}csp{R.randint(100000, 9999999)}{R.choice("abcdefghijklmnopqrstuvwxyz")}{R.choice("abcdefghijklmnopqrstuvwxyz")}{R.choice("abcdefghijklmnopqrstuvwxyz")};\n        {rfc(lt)} ({lt.tzname()})'))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + b64r(60)[:78]))
        H.append(('X-Received', f'by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(16)}-{rhex(4)}.{R.randint(10, 99)}.{R.randint(1000000000000, 1799999999999)};\n        {rfc(lt)} ({lt.tzname()})'))
        if a:
            dk = f'dkim=pass header.i=@{a["d"]} header.s={snd["dkim"][0][1]} header.b={b64r(6)[:8]}' if a['dkim'] == 'pass' else 'dkim=none'
            if a['dkim'] == 'pass' and len(snd['dkim']) > 1:
                dk += f';\n       dkim=pass header.i=@{snd["dkim"][1][0]} header.s={snd["dkim"][1][1]} header.b={b64r(6)[:8]}'
            spf = (f'spf={a["spf"]} (google.com: domain of {mailfrom} designates {snd["ip"]} as permitted sender) smtp.mailfrom={mailfrom}'
                   if a['spf'] == 'pass' else
                   f'spf={a["spf"]} (google.com: domain of transitioning {mailfrom} does not designate {snd["ip"]} as permitted sender) smtp.mailfrom={mailfrom}')
            dm = (f'dmarc={a["dmarc"]} (p={pol} sp={pol} dis={"NONE" if a["dmarc"] == "pass" else pol}) header.from={snd["hfrom"]}'
                  if a['dmarc'] != 'none' else f'dmarc=none (p=NONE sp=NONE dis=NONE) header.from={snd["hfrom"]}')
            arv = f'mx.google.com;\n       {dk};\n       {spf};\n       {dm}'
            H.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={int(recv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(b64r(256), "        ")}'))
            H.append(('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date{"".join(":dkim-signature" for _ in snd["dkim"])};\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b={fold_b(b64r(256), "        ")}'))
            H.append(('ARC-Authentication-Results', 'i=1; ' + arv))
        H.append(('Return-Path', f'<{mailfrom}>'))
        H.append(('Received', f'from {snd["helo"]} ({snd["helo"]}. [{snd["ip"]}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(12)}si{R.randint(1000000, 9999999)}{rhex(3)}.{R.randint(100, 999)}.{lt.year}.{lt.month:02d}.{lt.day:02d}.{lt.hour:02d}.{lt.minute:02d}.{lt.second:02d}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(lt)} ({lt.tzname()})'))
        if a:
            H.append(('Received-SPF', f'{a["spf"]} (google.com: domain of {mailfrom} {"designates" if a["spf"] == "pass" else "does not designate"} {snd["ip"]} as permitted sender) client-ip={snd["ip"]};'))
            H.append(('Authentication-Results', arv))
    elif provider in ('outlook', 'o365'):
        tenant = 'namprd' if provider == 'outlook' else 'eurprd'
        pre = R.choice(['SJ0PR', 'DM6PR', 'CH3PR', 'BL1PR']) if provider == 'outlook' else R.choice(['DB9PR', 'AM6PR', 'PA4PR', 'DU0PR'])
        host1 = f'{pre}{R.randint(10, 19)}MB{R.randint(1000, 9999)}.{tenant}{R.randint(10, 19)}.prod.outlook.com'
        host2 = f'{pre[:2]}{R.randint(1, 9)}PEPF{R.randint(10000, 99999):08d}.{tenant}{R.randint(10, 19)}.prod.outlook.com'
        host3 = f'{R.choice(["BN", "CO", "AMS", "DB"])}{R.randint(1, 3)}PEPF{R.randint(10000, 99999):08d}.{tenant}{R.randint(10, 19)}.prod.outlook.com'
        H.append(('Received', f'from {host2} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)})\n by {host1} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {rfc(recv)}'))
        H.append(('Received', f'from {host3} (2603:10b6:{rhex(3)}:{rhex(3)}:cafe::{rhex(2)}) by\n {host2} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend\n Transport; {rfc(recv)}'))
        if a:
            mfd = a['mf']
            spf = f'spf={a["spf"]} (sender IP is {snd["ip"]})\n smtp.mailfrom={mfd}'
            dk = ';'.join(f'dkim=pass (signature was verified)\n header.d={d}' for d, s in snd['dkim']) if a['dkim'] == 'pass' else 'dkim=none (message not signed)\n header.d=none'
            if a['dmarc'] == 'pass':
                dm = f'dmarc=pass action=none\n header.from={snd["hfrom"]};compauth=pass reason=100'
            elif a['dmarc'] == 'none':
                dm = f'dmarc=none action=none\n header.from={snd["hfrom"]};compauth=fail reason=451'
            else:
                dm = f'dmarc=fail action=oreject\n header.from={snd["hfrom"]};compauth=fail reason=000'
            H.append(('Authentication-Results', f'{spf}; {dk};{dm}'))
            H.append(('Received-SPF', f'{a["spf"].capitalize()} (protection.outlook.com: domain of {mfd} {"designates" if a["spf"] == "pass" else "does not designate"}\n {snd["ip"]} as permitted sender) receiver=protection.outlook.com;\n client-ip={snd["ip"]}; helo={snd["helo"]}; pr=C'))
        H.append(('Received', f'from {snd["helo"]} ({snd["ip"]}) by\n {host3} (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend\n Transport; {rfc(sent + timedelta(seconds=1))}'))
    elif provider == 'fastmail':
        lt = recv.astimezone(ET)
        H.append(('Return-Path', f'<{mailfrom}>'))
        H.append(('Received', f'from compute{R.randint(1, 8)}.internal (compute{R.randint(1, 8)}.nyi.internal [10.202.2.{R.randint(40, 50)}])\n\t by sloti{R.randint(10, 60)}n{R.randint(1, 9)} (Cyrus 3.13.0-alpha0-{R.randint(1000, 1300)}-g{rhex(8)}) with LMTPA;\n\t {rfc(lt)}'))
        if a:
            dk = (f'dkim=pass (2048-bit rsa key sha256) header.d={a["d"]} header.i=@{a["d"]} header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s={snd["dkim"][0][1]} x-bits=2048'
                  if a['dkim'] == 'pass' else 'dkim=none (no signatures found)')
            dm = (f'dmarc={a["dmarc"]} policy.published-domain-policy={"quarantine" if pol == "QUARANTINE" else pol.lower()} policy.applied-disposition=none policy.evaluated-disposition=none header.from={snd["hfrom"]}')
            H.append(('Authentication-Results', f'mx{R.randint(1, 8)}.messagingengine.com;\n    {dk};\n    {dm};\n    iprev=pass smtp.remote-ip={snd["ip"]} ({snd["helo"]});\n    spf={a["spf"]} smtp.mailfrom={mailfrom} smtp.helo={snd["helo"]}'))
        H.append(('Received', f'from mx{R.randint(1, 8)} ([10.202.2.{R.randint(200, 220)}])\n  by compute{R.randint(1, 8)}.internal (LMTPProxy); {rfc(lt)}'))
        H.append(('Received', f'from {snd["helo"]} ({snd["helo"]} [{snd["ip"]}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx{R.randint(1, 8)}.messagingengine.com (Postfix) with ESMTPS\n\tfor <{to}>; {rfc(lt)}'))
    elif provider in ('yahoojp', 'nifty', 'ocn'):
        lt = recv.astimezone(JST)
        authserv = {'yahoojp': f'mta{R.randint(1000, 9999)}.mail.kks.yahoo.co.jp',
                    'nifty': f'mx{R.randint(1, 30):02d}.mail.nifty.com',
                    'ocn': f'mfilter-{R.randint(1, 40):03d}.ocn.ad.jp'}[provider]
        H.append(('Return-Path', f'<{mailfrom}>'))
        if provider == 'yahoojp':
            H.append(('Received', f'from {snd["helo"]} ({snd["ip"]})\n  by {authserv} with SMTPS; {rfc(lt)}'))
            H.append(('X-YMail-JAS', b64r(60)[:80]))
        else:
            H.append(('Received', f'from {authserv} ({authserv} [{R.choice(["153.149", "61.203"])}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby {"mbox" if provider == "nifty" else "mbx"}{R.randint(10, 99)}.{ "mail.nifty.com" if provider == "nifty" else "ocn.ad.jp"} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{to}>; {rfc(lt)}'))
        if a:
            dk = f'dkim=pass header.i=@{a["d"]} header.s={snd["dkim"][0][1]}' if a['dkim'] == 'pass' else 'dkim=none'
            H.append(('Authentication-Results', f'{authserv};\n\tspf={a["spf"]} smtp.mailfrom={mailfrom};\n\t{dk};\n\tdmarc={a["dmarc"]} header.from={snd["hfrom"]}'))
        H.append(('Received', f'from {snd["helo"]} ({snd["helo"]} [{snd["ip"]}])\n\tby {authserv} with ESMTPS id {rhex(12)}\n\tfor <{to}>; {rfc(lt)}'))
    elif provider == 'onprem':   # corporate relay without any Authentication-Results
        lt = recv.astimezone(CET)
        H.append(('Received', f'from mailgw{R.randint(1, 4)}.intern.local (10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}) by\n exch{R.randint(1, 4)}.intern.local (10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.{R.randint(10, 14)}; {rfc(lt)}'))
        H.append(('Received', f'from {snd["helo"]} ([{snd["ip"]}])\n  by mailgw{R.randint(1, 4)}.intern.local with ESMTP; {rfc(lt)}'))
    elif provider == 'none':
        pass
    if forged_ar:
        H.append(('Authentication-Results', forged_ar))
    return H, mailfrom


def msgid_for(kind, d, host=None):
    if kind == 'ses':
        ms = int(d.timestamp() * 1000)
        return f'<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>'
    if kind == 'sendgrid':
        return f'<{b64r(16).replace("/", "_").replace("+", "-").rstrip("=")}@geopod-ismtpd-{R.randint(1, 40)}>'
    if kind == 'gmail':
        return f'<CA{b64r(30).replace("/", "").replace("+", "")[:34]}@mail.gmail.com>'
    if kind in ('outlook', 'outlook-eu', 'outlook-us'):
        pre = R.choice({'outlook': ['DB9PR', 'AM6PR', 'SJ0PR', 'DM6PR'], 'outlook-eu': ['DB9PR', 'AM6PR', 'DU0PR'],
                        'outlook-us': ['SJ0PR', 'DM6PR', 'CH3PR']}[kind])
        h = f'{pre}{R.randint(10, 19)}MB{R.randint(1000, 9999)}{"EURPRD" if pre[0] in "AD" else "NAMPRD"}{R.randint(10, 19)}'
        return f'<{h}{rhex(24).upper()}@{h}.{"eurprd" if pre[0] in "AD" else "namprd"}{R.randint(10, 19)}.prod.outlook.com>'
    return f'<{ruuid()}@{host}>'


def build(num, slug, body, from_, to, subject, date, msgid, trace_h, extra=None, label=None,
          new_text='', case_id=None, lang='en', sv=None, kind=None, dkim=None, xmailer=None, reply=None):
    """Assemble headers + body, write file, record label."""
    hdrs = list(trace_h)
    for d, s in (dkim or []):
        hdrs.append(('DKIM-Signature', dkim_header(d, s, date)))
    hdrs += [('From', from_), ('To', to), ('Subject', subject), ('Date', rfc(date)), ('Message-ID', msgid)]
    if reply:
        irt, refs = reply
        hdrs.append(('In-Reply-To', irt))
        hdrs.append(('References', refs))
    for k, v in (extra or []):
        hdrs.append((k, v))
    if xmailer:
        hdrs.append(('X-Mailer', xmailer))
    hdrs.append(('MIME-Version', '1.0'))
    body._headers = hdrs + body._headers
    fp = BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(body, linesep='\n')
    fname = f'{num:03d}-{slug}.eml'
    MAILS.append((fname, fp.getvalue()))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new_text),
                     'sender_verified': sv, 'language': lang}
    return fname


def aws_mail(num, slug, body, to, subject, date, provider, lang, kind, case_id, new_text,
             sender_addr='no-reply-aws@amazon.com', display='Amazon Web Services', extra=None, result='pass'):
    snd = aws_sender(sender_addr)
    mid = msgid_for('ses', date)
    th, mf = trace(provider, to, snd, date, mid, result=result)
    ex = [('X-SES-Outgoing', f'{date.strftime("%Y.%m.%d")}-{snd["ip"]}'),
          ('Feedback-ID', f'::1.us-east-1.{b64r(30)[:43]}=:AmazonSES')] + (extra or [])
    sv = None if (provider in ('none', 'onprem') or result is None) else (result == 'pass')
    return build(num, slug, body, addr(display, sender_addr), to, subject, date, mid, th, extra=ex,
                 new_text=new_text, case_id=case_id, lang=lang, sv=sv, kind=kind, dkim=snd['dkim'])


def credly_mail(num, slug, body, to, subject, date, provider, lang, kind, new_text, display='AWS Training and Certification via Credly'):
    snd = credly_sender()
    mid = msgid_for('sendgrid', date)
    th, mf = trace(provider, to, snd, date, mid, result='pass')
    ex = [('Reply-To', 'Credly Support <support@credly.com>'), ('X-SG-EID', b64r(48)[:64]),
          ('List-Unsubscribe', f'<https://www.credly.com/notification_settings?token={rhex(32)}>')]
    sv = None if provider in ('none', 'onprem') else True
    return build(num, slug, body, addr(display, snd['addr']), to, subject, date, mid, th, extra=ex,
                 new_text=new_text, case_id=None, lang=lang, sv=sv, kind=kind, dkim=snd['dkim'])


# ----------------------------------------------------------------- quote helpers
def gt(text, n=1):
    p = '>' * n
    return '\n'.join((p + ' ' + l) if l.strip() else p for l in text.split('\n'))


def gmail_attr(d, name, a, tz):
    l = d.astimezone(tz)
    return f'On {l.strftime("%a, %b")} {l.day}, {l.year} at {l.strftime("%I:%M %p").lstrip("0")} {name} <{a}> wrote:'


def gmail_ja_attr(d, name, a):
    l = d.astimezone(JST)
    return f'{l.year}年{l.month}月{l.day}日({WD_JA[l.weekday()]}) {l.hour}:{l.minute:02d} {name} <{a}>:'


def outlook_block(frm, d, to, subj, tz, style='desktop'):
    l = d.astimezone(tz)
    when = f'{l.strftime("%A, %B")} {l.day}, {l.year} {l.strftime("%I:%M %p").lstrip("0")}'
    if style == 'web':
        return f'________________________________\nFrom: {frm}\nSent: {when}\nTo: {to}\nSubject: {subj}\n'
    if style == 'mobile':
        when = f'{l.strftime("%A, %B")} {l.day}, {l.year} {l.strftime("%I:%M:%S %p").lstrip("0")}'
        return f'________________________________\nFrom: {frm}\nSent: {when}\nTo: {to}\nSubject: {subj}\n'
    if style == 'orig':
        return f'-----Original Message-----\nFrom: {frm}\nSent: {when}\nTo: {to}\nSubject: {subj}\n'
    return f'From: {frm}\nSent: {when}\nTo: {to}\nSubject: {subj}\n'


def outlook_ja_block(frm, d, to, subj):
    l = d.astimezone(JST)
    return f'差出人: {frm}\n送信日時: {l.year}年{l.month}月{l.day}日 {l.hour}:{l.minute:02d}\n宛先: {to}\n件名: {subj}\n'


def apple_attr(d, name, a, tz):
    l = d.astimezone(tz)
    return f'On {l.strftime("%b")} {l.day}, {l.year}, at {l.strftime("%H:%M")}, {name} <{a}> wrote:'


def tb_attr(d, name, tz):
    l = d.astimezone(tz)
    return f'On {l.month}/{l.day}/{l.strftime("%y")} {l.strftime("%I:%M %p").lstrip("0")}, {name} wrote:'


def tb_ja_attr(d, name):
    l = d.astimezone(JST)
    return f'On {l.year}/{l.month:02d}/{l.day:02d} {l.hour}:{l.minute:02d}, {name} wrote:'


def console_hist(entries, lang='en'):
    """entries: list of (datetime, who, text) newest first."""
    out = []
    for d, who, text in entries:
        u = d.astimezone(UTC)
        if lang == 'ja':
            out.append('-' * 60 + f'\nやり取り日時: {u.strftime("%Y-%m-%d %H:%M:%S")} UTC ({who})\n' + '-' * 60 + '\n' + text.strip() + '\n')
        else:
            out.append('-' * 60 + f'\nCorrespondence on {u.strftime("%Y-%m-%d %H:%M:%S")} UTC ({who}):\n' + '-' * 60 + '\n' + text.strip() + '\n')
    return '\n'.join(out)


FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def console_link(cid, lang='en'):
    return f'https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}'


AWS_SIG_EN = ('\n'
              '===========================================================\n'
              'To contact us again about this case, please reply to this e-mail.\n'
              'Please keep the case ID in the subject line.\n'
              '===========================================================\n')


# =================================================================== THREAD A: Daniel (Gmail, form case, en)
def thread_daniel():
    me, name = 'daniel.okafor@gmail.com', 'Daniel Okafor'
    keep, old = 'AWS03719264', 'AWS11850732'
    opened = T('2025-03-11 09:02')
    cid = case15(opened)
    subj_re = f'RE:[CASE {cid}] {FORM_SUBJ}'

    # 1 --- automatic acknowledgement
    d1 = opened + timedelta(seconds=41)
    new = (f'Hello,\n\nThank you for reaching out to AWS Training and Certification.\n\n'
           f'This automated message confirms that your request has been logged in our system '
           f'under case ID {cid}. A member of our team will review it and get back to you, '
           f'normally within 24 hours.\n\n'
           f'Please do not submit the form again for the same request; a second submission '
           f'creates a new case and may slow things down. If you would like to add information, '
           f'reply to this message and keep the case ID in the subject line.\n\n'
           f'Summary of your submission\n'
           f'  Inquiry type: Certification\n'
           f'  Detail: Account Merge\n'
           f'  AWS candidate ID: {keep}\n'
           f'  Contact e-mail: {me}\n\n'
           f'Kind regards,\nAWS Training and Certification Customer Support\n')
    aws_mail(1, 'okafor-mar11', leaf(new, cte='quoted-printable'), me,
             f'[CASE {cid}] {FORM_SUBJ}', d1, 'gmail', 'en', 'case_created', cid, new, sender_addr=FORM)

    # 2 --- agent asks for information
    d2 = T('2025-03-12 15:40')
    form_echo = (f'Name: Daniel Okafor\nE-mail: {me}\nCountry: United Kingdom\nInquiry type: Certification\n'
                 f'Detail: Account Merge\nAWS candidate ID: {keep}\n'
                 f'Description: Hi, I think I have two certification accounts. The second one was created '
                 f'with my old work e-mail when my employer booked my first exam. I believe the ID was '
                 f'aws-{old[3:]} but I am not 100% sure. I would like everything in one place.\n')
    new2 = (f'Hello Daniel,\n\nThank you for contacting AWS Training and Certification.\n\n'
            f'I was able to find the certification account {keep} that you mentioned in your request. '
            f'So that I can identify the other profile and make sure it really belongs to you, '
            f'could you please send me the following:\n\n'
            f'1. The e-mail address you used to sign in to the second account\n'
            f'2. The notification e-mail address on that account, if it is different\n'
            f'3. Which of the two accounts you would like to keep from now on\n\n'
            f'As soon as I have this information I will take the next steps for you.\n\n'
            f'Best regards,\n\nRenata G.\nAmazon Web Services\nTraining and Certification Customer Service\n')
    full2 = new2 + AWS_SIG_EN + '\n\n---------- Original submission ----------\n' + form_echo
    body2 = multi('alternative', [leaf(full2, cte='quoted-printable'),
                                  leaf(html_of(full2), 'html', cte='base64')])
    aws_mail(2, 'okafor-mar12', body2, me, subj_re, d2, 'gmail', 'en', 'support_reply', cid, new2, sender_addr=FORM)

    # 3 --- confirmation request
    u1 = T('2025-03-12 18:10')
    user_reply1 = (f'Hi Renata,\n\n1. d.okafor@brightwave-consulting.com (my old work address, I no longer have access)\n'
                   f'2. Same as above I think\n3. Please keep {keep}, that is the one tied to my gmail.\n\n'
                   f'Thanks a lot,\nDaniel\n\n'
                   + gmail_attr(d2, 'Amazon Web Services', FORM, UK) + '\n\n' + gt(new2))
    d3 = T('2025-03-13 10:25')
    new3 = (f'Hello Daniel,\n\nThank you for the details. I have located both profiles:\n\n'
            f'  - {old} (sign-in: d.okafor@brightwave-consulting.com), 1 active certification\n'
            f'  - {keep} (sign-in: {me}), 2 active certifications\n\n'
            f'As you requested, {keep} is the account that will remain. Everything held on {old} '
            f'(exam history, active certifications and any unused benefits) would be moved over, '
            f'after which {old} would be closed.\n\n'
            f'Please be aware that once this has been carried out it cannot be reversed. Could you '
            f'reply to this e-mail to confirm that the information above is correct and that you '
            f'would like us to go ahead?\n\nBest regards,\n\nRenata G.\nAmazon Web Services\n')
    full3 = (new3 + AWS_SIG_EN + '\n\n----- Original message -----\n'
             f'From: {name} <{me}>\nSent: {u1.strftime("%Y-%m-%d %H:%M")} UTC\n'
             f'Subject: Re: {subj_re}\n\n' + user_reply1 + '\n')
    aws_mail(3, 'okafor-mar13a', leaf(full3, cte='quoted-printable'), me, subj_re, d3, 'gmail', 'en',
             'merge_confirmation_requested', cid, new3, sender_addr=FORM)

    # 4 --- thank you for confirming, will proceed
    u2 = T('2025-03-13 12:02')
    user_reply2 = ('The details are correct. Please proceed with the merge.\n\nDaniel\n\n'
                   + gmail_attr(d3, 'Amazon Web Services', FORM, UK) + '\n\n' + gt(new3) + '\n>\n'
                   + gt(gmail_attr(u1, name, me, UK) + '\n\n' + gt(user_reply1.split('\n\n1.')[0] + '\n\n1.' + user_reply1.split('\n\n1.')[1].split('\n\nThanks')[0])))
    d4 = T('2025-03-13 16:47')
    new4 = ('Hello Daniel,\n\nThank you for confirming.\n\n'
            'I have handed your request to our certification operations team, who carry out this kind '
            'of change. It normally takes between one and three business days. I will write to you again '
            'as soon as it has been finished; there is nothing else you need to do in the meantime.\n\n'
            'Please avoid scheduling a new exam until you hear back from us.\n\n'
            'Best regards,\n\nRenata G.\nAmazon Web Services\n')
    full4 = (new4 + AWS_SIG_EN + '\n\n----- Original message -----\n'
             f'From: {name} <{me}>\nSent: {u2.strftime("%Y-%m-%d %H:%M")} UTC\nSubject: Re: {subj_re}\n\n'
             + user_reply2 + '\n')
    aws_mail(4, 'okafor-mar13b', leaf(full4, cte='8bit'), me, subj_re, d4, 'gmail', 'en',
             'support_reply', cid, new4, sender_addr=FORM)

    # 5 --- completed, history appended without any quote marker
    d5 = T('2025-03-14 20:13')
    new5 = (f'Hello Daniel,\n\nGood news: the work on your case is finished.\n\n'
            f'The certification records from {old} now sit under {keep}. When you sign in with '
            f'{me} you should see all three of your certifications together with their exam history. '
            f'The old profile has been deactivated, so it can no longer be used to sign in.\n\n'
            f'Your digital badges will be re-issued by Credly to the e-mail address on {keep}; this can '
            f'take up to 48 hours. If anything looks wrong, simply reply to this e-mail.\n\n'
            f'Best regards,\n\nMarcus T.\nAmazon Web Services\n')
    hist = (f'\n\nFrom: {name}\nDate: {u2.strftime("%Y-%m-%d %H:%M")} UTC\n'
            f'The details are correct. Please proceed with the merge.\nDaniel\n\n'
            f'From: Amazon Web Services\nDate: {d3.strftime("%Y-%m-%d %H:%M")} UTC\n' + new3 +
            f'\nFrom: {name}\nDate: {u1.strftime("%Y-%m-%d %H:%M")} UTC\n' + user_reply1.split('\n\nOn ')[0] + '\n')
    aws_mail(5, 'okafor-mar14a', leaf(new5 + AWS_SIG_EN + hist, cte='base64'), me, subj_re, d5, 'gmail', 'en',
             'merge_completed', cid, new5, sender_addr=FORM)

    # 6 --- closure + survey, HTML only
    d6 = d5 + timedelta(minutes=1, seconds=12)
    h6 = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case resolved</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>We consider your case <b>{cid}</b> resolved. If you need anything else on this topic, you can reply within 14 days and the case will be reopened automatically.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr>
<td style="background:#ff9900;border-radius:3px;padding:10px 28px"><a href="https://survey.aws-training.com/r/?c={cid}&amp;a=yes&amp;t={rhex(20)}" style="color:#000;text-decoration:none">YES</a></td>
<td style="background:#ff9900;border-radius:3px;padding:10px 28px"><a href="https://survey.aws-training.com/r/?c={cid}&amp;a=no&amp;t={rhex(20)}" style="color:#000;text-decoration:none">NO</a></td>
</tr></table>
<p>How would you rate the support you received?</p>
<table role="presentation" cellpadding="4" cellspacing="0"><tr>
{''.join(f'<td><a href="https://survey.aws-training.com/r/?c={cid}&amp;s={i}" style="display:inline-block;width:32px;height:32px;line-height:32px;text-align:center;border:1px solid #879596;border-radius:16px;color:#16191f;text-decoration:none">{i}</a></td>' for i in range(1, 6))}
</tr></table>
<p style="font-size:12px;color:#687078">1 = very dissatisfied, 5 = very satisfied</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table></body></html>
'''
    aws_mail(6, 'okafor-mar14b', leaf(h6, 'html', cte='quoted-printable'), me,
             f'Your case {cid} has been resolved', d6, 'gmail', 'en', 'survey', cid, strip_tags(h6), sender_addr=FORM)

    # 7 --- Credly badge after merge
    d7 = T('2025-03-15 02:31')
    bid = ruuid()
    p7 = (f'Daniel, you have a new badge!\n\nAWS Training and Certification has issued you the\n'
          f'"AWS Certified Developer - Associate" badge.\n\n'
          f'This badge was previously issued to a different profile and has been re-issued after an update '
          f'to your AWS Certification account.\n\n'
          f'Accept your badge: https://www.credly.com/badges/{bid}/accept\n\n'
          f'Why accept? Accepted badges can be shared on LinkedIn, added to your e-mail signature and '
          f'verified by employers.\n\n-- \nCredly, Inc. | 1 Penn Plaza, Suite 1900, New York, NY 10119\n'
          f'Manage notifications: https://www.credly.com/notification_settings\n')
    h7 = f'''<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:32px">
<tr><td align="center"><img src="https://images.credly.com/size/220x220/images/{ruuid()}/image.png" width="140" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td align="center"><h2 style="margin:16px 0 4px">Congratulations, Daniel!</h2>
<p>AWS Training and Certification issued you a new badge:<br><b>AWS Certified Developer &ndash; Associate</b></p>
<p style="color:#666;font-size:13px">This badge has been re-issued following an update to your AWS Certification account.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p></td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:24px">Credly, Inc. &middot; 1 Penn Plaza, Suite 1900, New York, NY 10119 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
'''
    credly_mail(7, 'okafor-mar15', multi('alternative', [leaf(p7, cte='quoted-printable'), leaf(h7, 'html', cte='quoted-printable')]),
                me, 'Daniel, you have a new badge from AWS Training and Certification', d7, 'gmail', 'en',
                'credly_badge_issued', p7)

    # 45 --- phishing confirmation request from a look-alike domain (Gmail, dmarc pass for its own domain)
    d45 = T('2025-04-02 07:14')
    fake_cid = case15(d45 - timedelta(hours=5))
    snd = other_sender('aws-certification-services.com', 'support@aws-certification-services.com',
                       '185.234.72.19', 'mail.aws-certification-services.com', 'default')
    snd['mailfrom'] = 'bounce@aws-certification-services.com'
    mid = msgid_for('other', d45, 'aws-certification-services.com')
    th, _ = trace('gmail', me, snd, d45, mid)
    p45 = (f'Dear Candidate,\n\nWe have detected two AWS Certification profiles registered to you:\n\n'
           f'    AWS03719264\n    AWS11850732\n\n'
           f'To keep your certifications valid, both profiles must be consolidated. Please confirm the merge '
           f'of these accounts within 24 hours by signing in below. If you do not confirm, your certifications '
           f'and exam vouchers may be suspended.\n\n'
           f'Confirm account merge: https://aws-certification-services.com/verify?case={fake_cid}\n\n'
           f'Reference: Case {fake_cid}\n\nAWS Certification Support Team\n')
    h45 = ('<html><body style="font-family:Arial"><p>Dear Candidate,</p><p>We have detected two AWS Certification profiles registered to you:</p>'
           '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Candidate ID</th><th>Status</th></tr>'
           '<tr><td>AWS03719264</td><td>Active</td></tr><tr><td>AWS11850732</td><td>Pending merge</td></tr></table>'
           '<p>To keep your certifications valid, both profiles must be consolidated. Please <b>confirm the merge</b> within 24 hours. '
           'If you do not confirm, your certifications and exam vouchers may be suspended.</p>'
           f'<p><a href="https://aws-certification-services.com/verify?case={fake_cid}" style="background:#ff9900;padding:10px 20px;color:#000">Confirm account merge</a></p>'
           f'<p>Reference: Case {fake_cid}</p><p>AWS Certification Support Team</p></body></html>\n')
    build(45, 'okafor-apr02', multi('alternative', [leaf(p45, cte='7bit', charset='us-ascii'), leaf(h45, 'html', cte='quoted-printable')], 'other'),
          addr('AWS Certification Support', snd['addr']), me, f'Action required: confirm your certification account merge (Case {fake_cid})',
          d45, mid, th, new_text=p45, case_id=fake_cid, lang='en', sv=False, kind='merge_confirmation_requested',
          dkim=snd['dkim'], xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')

    # 54 --- CertMetrics survey (unrelated)
    d54 = T('2025-04-20 14:05')
    snd = other_sender('certmetrics.com', 'do-not-reply@certmetrics.com', '198.2.180.44', 'mail180-44.suw21.mandrillapp.com', 'mandrill')
    snd['mailfrom'] = f'bounce-md_30924173.{rhex(8)}.v1-{rhex(32)}@mandrillapp.com'
    mid = f'<{rhex(32)}@mandrillapp.com>'
    th, _ = trace('gmail', me, snd, d54, mid)
    p54 = (f'Hello Daniel Okafor,\n\nAWS Certification wants to hear from you!\n\n'
           f'You recently took an AWS Certification exam. Please take 5 minutes to tell us about your '
           f'experience, from registration to results. Your feedback helps improve the program.\n\n'
           f'Candidate ID: {keep}\n\nStart the survey: https://cp.certmetrics.com/amazon/en/survey/{rhex(12)}\n\n'
           f'Thank you,\nAWS Certification\n\nPlease do not reply to this message; this mailbox is not monitored.\n')
    build(54, 'okafor-apr20', leaf(p54, cte='quoted-printable'), addr('AWS Certification', snd['addr']), me,
          'AWS Certification wants to hear from you', d54, mid, th, new_text=p54, case_id=None, lang='en',
          sv=False, kind='unrelated', dkim=snd['dkim'] + [('certmetrics.com', 'mte1')])



# =================================================================== THREAD B: 佐藤 健太 (nifty, form case, ja)
def thread_sato():
    me, name = 'kenta.sato@nifty.com', '佐藤 健太'
    keep, old = 'AWS20458816', 'AWS09931247'
    opened = T('2025-05-26 23:15')
    cid = case15(opened)
    subj_re_ja = f'RE:[CASE {cid}] {FORM_SUBJ}'

    # 8 --- acknowledgement (ISO-2022-JP, encoded-word subject split)
    d8 = opened + timedelta(seconds=37)
    new8 = (f'{name} 様\n\n'
            f'AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n'
            f'本メールはシステムより自動送信しております。\n\n'
            f'お問い合わせはケース番号 {cid} として登録されました。\n'
            f'担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。\n\n'
            f'同じ内容で再度フォームを送信されますと、別のケースが作成され対応が遅れる場合がございます。\n'
            f'追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。\n\n'
            f'■ お問い合わせ内容\n'
            f'  お問い合わせの種類: 認定\n'
            f'  詳細: アカウントの統合\n'
            f'  AWS 受験者 ID: {keep} / {old}\n\n'
            f'AWS トレーニングと認定 カスタマーサービス\n')
    aws_mail(8, 'sato-may27a', leaf(new8, charset='ISO-2022-JP', codec='iso2022_jp', cte='7bit'), me,
             f'[CASE {cid}] ' + ew('お問い合わせを受け付けました - AWS トレーニングと認定', 'ISO-2022-JP', 'iso2022_jp', chunk=12),
             d8, 'nifty', 'ja', 'case_created', cid, new8, sender_addr=FORM)

    # 9 --- agent asks information (Shift_JIS, base64), with original submission below
    d9 = T('2025-05-27 06:48')
    new9 = (f'佐藤 様\n\n'
            f'お問い合わせいただきありがとうございます。AWS トレーニングと認定サポート担当の田中でございます。\n\n'
            f'ご連絡いただいた 2 つの受験者 ID について確認いたしました。\n'
            f'お手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。\n\n'
            f'・今後ご利用になるアカウント(残すアカウント)はどちらか\n'
            f'・それぞれのアカウントのサインイン用メールアドレス\n'
            f'・お手続きを希望される理由(例: 転職に伴いメールアドレスが変わった 等)\n\n'
            f'本メールにそのままご返信いただければ、ケースに記録されます。\n'
            f'よろしくお願いいたします。\n\n田中\nAmazon Web Services\n')
    echo9 = (f'-----Original Message-----\n'
             f'お名前: 佐藤 健太\nメールアドレス: {me}\nお問い合わせの種類: 認定\n詳細: アカウントの統合\n'
             f'AWS 受験者 ID: {keep}, {old}\n'
             f'内容: 前職の会社のメールアドレスで作成したアカウントと、個人のアカウントの2つがあります。'
             f'1つにまとめたいです。\n')
    aws_mail(9, 'sato-may27b', leaf(new9 + '\n' + echo9, charset='Shift_JIS', codec='shift_jis', cte='base64'), me,
             subj_re_ja, d9, 'nifty', 'ja', 'support_reply', cid, new9, sender_addr=FORM)

    # 10 --- confirmation request (UTF-8 base64), Gmail-ja style quote of user's answer
    u1 = T('2025-05-27 23:02')  # 8:02 JST on the 28th
    user1 = (f'田中様\n\nご連絡ありがとうございます。\n\n'
             f'残したいのは {keep} です(サインイン: {me})。\n'
             f'もう一方の {old} は前職のアドレス k-sato@tsubame-denki.co.jp で作成したものです。\n'
             f'理由は転職によりメールアドレスが変わったためです。\n\nよろしくお願いします。\n佐藤\n')
    d10 = T('2025-05-28 05:30')
    new10 = (f'佐藤 様\n\nご返信いただきありがとうございます。\n'
             f'いただいた情報をもとに、以下の内容で統合を行う予定です。\n\n'
             f'  存続するアカウント: AWS {keep[3:]} ({me})\n'
             f'  統合元のアカウント: aws-{old[3:]} (k-sato@tsubame-denki.co.jp)\n\n'
             f'統合元アカウントの認定資格、受験履歴、特典はすべて存続するアカウントへ移され、'
             f'統合元アカウントはご利用いただけなくなります。\n'
             f'この操作は一度実行すると元に戻すことができません。\n\n'
             f'上記の内容でよろしければ、本メールへのご返信にてその旨お知らせください。'
             f'ご確認が取れ次第、手続きを開始いたします。\n\n田中\nAmazon Web Services\n')
    full10 = new10 + '\n' + gmail_ja_attr(u1, name, me) + '\n\n' + gt(user1) + '\n'
    aws_mail(10, 'sato-may28', leaf(full10, charset='UTF-8', codec='utf-8', cte='base64'), me,
             subj_re_ja, d10, 'nifty', 'ja', 'merge_confirmation_requested', cid, new10, sender_addr=FORM)

    # 11 --- follow-up: still need help? quotes the confirmation request (UTF-8 8bit)
    d11 = T('2025-06-02 04:10')
    new11 = (f'佐藤 様\n\nAWS トレーニングと認定サポートの田中でございます。\n\n'
             f'先日お送りした統合内容のご確認について、まだご返信をいただけていないようでしたので、'
             f'念のためご連絡いたしました。\n'
             f'引き続きサポートが必要でしょうか。内容に問題がなければ、本メールにご返信ください。\n\n'
             f'7 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。\n\n'
             f'田中\nAmazon Web Services\n')
    l10 = d10.astimezone(JST)
    full11 = (new11 + '\n' + f'{l10.year}/{l10.month:02d}/{l10.day:02d} {l10.hour}:{l10.minute:02d} Amazon Web Services <{FORM}>:\n'
              + gt(new10) + '\n' + gt(gmail_ja_attr(u1, name, me) + '\n\n' + gt(user1)) + '\n')
    aws_mail(11, 'sato-jun02', leaf(full11, charset='utf-8', cte='8bit'), me,
             subj_re_ja, d11, 'nifty', 'ja', 'support_reply', cid, new11, sender_addr=FORM)

    # 12 --- completed (ISO-2022-JP) + survey link; quotes user's confirmation and the request
    u2 = T('2025-06-02 11:20')
    user2 = '田中様\n\nご連絡が遅くなり申し訳ありません。\n内容に間違いありません。手続きを進めてください。\n\n佐藤\n'
    d12 = T('2025-06-03 08:05')
    new12 = (f'佐藤 様\n\n大変お待たせいたしました。\n\n'
             f'ご依頼いただいたお手続きが完了し、旧アカウント {old} に記録されていた認定資格および'
             f'受験履歴は、すべて {keep} に移行いたしました。{old} は今後ご利用いただけません。\n\n'
             f'{me} でサインインのうえ、認定資格が一覧に表示されていることをご確認ください。'
             f'Credly のデジタルバッジは 1 - 2 営業日以内に再発行される予定です。\n\n'
             f'今回の対応について、よろしければ以下のアンケートにご協力ください。\n'
             f'https://survey.aws-training.com/r/?c={cid}&l=ja\n\n田中\nAmazon Web Services\n')
    l11 = d11.astimezone(JST)
    full12 = (new12 + '\n' + gmail_ja_attr(u2, name, me) + '\n\n' + gt(user2) + '\n'
              + gt(f'{l11.year}/{l11.month:02d}/{l11.day:02d} {l11.hour}:{l11.minute:02d} Amazon Web Services <{FORM}>:') + '\n'
              + gt(new11, 2) + '\n' + gt(new10, 3) + '\n')
    aws_mail(12, 'sato-jun03a', leaf(full12, charset='ISO-2022-JP', codec='iso2022_jp', cte='7bit'), me,
             ew(f'RE:[CASE {cid}] お手続き完了のご連絡', 'ISO-2022-JP', 'iso2022_jp', chunk=14),
             d12, 'nifty', 'ja', 'merge_completed', cid, new12, sender_addr=FORM)

    # 13 --- closure + survey (Shift_JIS, alternative)
    d13 = d12 + timedelta(minutes=3, seconds=40)
    p13 = (f'お客様\n\nケース {cid} はクローズされました。\n\n'
           f'問題は解決しましたか?\n  はい: https://survey.aws-training.com/r/?c={cid}&a=yes&l=ja\n'
           f'  いいえ: https://survey.aws-training.com/r/?c={cid}&a=no&l=ja\n\n'
           f'担当者の対応について、5 段階で評価をお願いいたします。アンケートは 2 分ほどで完了します。\n'
           f'本件について追加のご質問がある場合は、14 日以内に本メールへご返信いただくとケースが再開されます。\n\n'
           f'AWS トレーニングと認定\n')
    h13 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
           '<body style="font-family:\'MS PGothic\',sans-serif">'
           f'<p>お客様</p><p>ケース <b>{cid}</b> はクローズされました。</p>'
           '<table cellpadding="8" style="border:1px solid #ccc"><tr><td colspan="2"><b>問題は解決しましたか?</b></td></tr>'
           f'<tr><td style="background:#ff9900"><a href="https://survey.aws-training.com/r/?c={cid}&amp;a=yes&amp;l=ja">はい</a></td>'
           f'<td style="background:#ff9900"><a href="https://survey.aws-training.com/r/?c={cid}&amp;a=no&amp;l=ja">いいえ</a></td></tr></table>'
           '<p>担当者の対応について、5 段階で評価をお願いいたします。</p>'
           '<p>本件について追加のご質問がある場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>'
           '<p>AWS トレーニングと認定</p></body></html>\n')
    aws_mail(13, 'sato-jun03b', multi('alternative', [leaf(p13, charset='Shift_JIS', codec='shift_jis', cte='base64'),
                                                      leaf(h13, 'html', charset='Shift_JIS', codec='shift_jis', cte='quoted-printable')]),
             me, ew(f'ケース {cid} はクローズされました', 'Shift_JIS', 'shift_jis', chunk=20),
             d13, 'nifty', 'ja', 'survey', cid, p13, sender_addr=FORM)



# =================================================================== THREAD C: Priya (outlook.com, form case, en)
def thread_priya():
    me, name = 'priya.raman@outlook.com', 'Priya Raman'
    keep, old = 'AWS07781420', 'AWS15526093'
    opened = T('2025-07-18 19:33')
    cid = case15(opened)
    subj_re = f'RE:[CASE {cid}] {FORM_SUBJ}'
    tz = ET
    aws_disp = f'Amazon Web Services <{FORM}>'

    # 14 --- acknowledgement, HTML only with table
    d14 = opened + timedelta(seconds=52)
    h14 = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<style>td{{font-family:Arial,sans-serif;font-size:14px}} .k{{color:#545b64;width:170px}}</style></head>
<body>
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#232f3e;color:#fff;padding:14px 20px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hi {name.split()[0]},</p>
<p>Your inquiry reached us and is now in our queue. One of our specialists will follow up by e-mail, normally within one business day.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><td class="k">Case ID</td><td><b>{cid}</b></td></tr>
<tr><td class="k">Submitted</td><td>{d14.astimezone(tz).strftime("%B %d, %Y %I:%M %p")} ET</td></tr>
<tr><td class="k">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td class="k">Candidate ID(s) provided</td><td>{keep}<br>{old}</td></tr>
<tr><td class="k">Status</td><td>Open</td></tr>
</table>
<p>Please don&rsquo;t send the form again for this request &ndash; duplicates are closed and can delay the answer. To add details, reply to this message without changing the subject.</p>
<p>Thank you,<br>AWS Training and Certification Support</p>
</td></tr>
<tr><td style="font-size:11px;color:#879596;padding:12px 20px">This is an automated message. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></body></html>
'''
    aws_mail(14, 'raman-jul18', leaf(h14, 'html', cte='quoted-printable'), me,
             f'We received your request [CASE {cid}]', d14, 'outlook', 'en', 'case_created', cid, strip_tags(h14), sender_addr=FORM)

    # 15 --- "working on it"; Outlook desktop block (no quote marker)
    u1 = T('2025-07-22 01:46')
    user1 = (f'Hi,\n\nJust checking on the status of my request. It has been a few days and I have not heard anything.\n'
             f'My accounts are {keep} (current) and {old} (old one from university).\n\nThanks,\nPriya\n')
    d15 = T('2025-07-22 14:05')
    new15 = ('Hi Priya,\n\nThank you for your patience, and apologies for the slow reply.\n\n'
             'I have looked at both profiles you listed. One of them still has an exam appointment record '
             'attached that has to be cleared by our operations team before the profiles can be brought '
             'together. I have raised this internally and I am keeping your case open while they look at it. '
             'I expect to be able to update you by Thursday.\n\nKind regards,\n\nJoon-ho P.\n'
             'AWS Training and Certification Customer Support\n')
    full15 = (new15 + '\n' + outlook_block(f'{name} <{me}>', u1, aws_disp, f'RE: [CASE {cid}] We received your request', tz)
              + '\n' + user1)
    h15 = (html_of(new15).replace('</div></body></html>', '') +
           '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> '
           + html.escape(f'{name} <{me}>') + f'<br><b>Sent:</b> {u1.astimezone(tz).strftime("%A, %B %d, %Y %I:%M %p")}<br><b>To:</b> '
           + html.escape(aws_disp) + f'<br><b>Subject:</b> RE: [CASE {cid}] We received your request</p></div>'
           + html_of(user1).split('<body>')[1])
    aws_mail(15, 'raman-jul22', multi('alternative', [leaf(full15, cte='quoted-printable'), leaf(h15, 'html', cte='base64')]),
             me, subj_re, d15, 'outlook', 'en', 'support_reply', cid, new15, sender_addr=FORM)

    # 16 --- confirmation request; plain and HTML parts differ in layout/detail; Outlook web quote
    u2 = T('2025-07-23 18:15')
    user2 = 'Understood, thank you for the update. Let me know if you need anything from me.\n\nPriya\n'
    d16 = T('2025-07-24 14:03')
    p16 = (f'Hi Priya,\n\nGood news: the appointment record has been cleared, so we are ready to bring your '
           f'two profiles together. Before we do, we need your go-ahead on the following:\n\n'
           f'Primary account (stays active): {keep}\n'
           f'Secondary account (folded into the primary, then closed): {old}\n\n'
           f'This is permanent. Once done, it cannot be undone.\n\n'
           f'Please reply "confirm" if this is correct.\n\nKind regards,\nJoon-ho P.\n')
    h16_new = f'''<p>Hi Priya,</p>
<p>Good news: the appointment record has been cleared, so we are ready to bring your two profiles together. Before we do anything, please review the details below.</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;font-family:Calibri,sans-serif">
<tr style="background:#f2f3f3"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th><th align="left">Certifications</th></tr>
<tr><td>Primary &ndash; stays active</td><td>{keep}</td><td>{me}</td><td>AWS Certified Solutions Architect &ndash; Associate</td></tr>
<tr><td>Secondary &ndash; folded into primary, then closed</td><td>{old}</td><td>p.raman@alumni.uni-example.edu</td><td>AWS Certified Cloud Practitioner</td></tr>
</table>
<p style="color:#d13212"><b>Important:</b> this change is permanent and cannot be reversed once it has been made.</p>
<p>If everything above is correct, simply reply to this e-mail with &ldquo;confirm&rdquo;. If anything is wrong, let me know what should change.</p>
<p>Kind regards,<br>Joon-ho P.<br>AWS Training and Certification Customer Support</p>
'''
    quote16 = outlook_block(f'{name} <{me}>', u2, aws_disp, subj_re, tz, 'web') + '\n' + user2 + '\n' + \
        outlook_block(aws_disp, d15, me, subj_re, tz, 'web') + '\n' + new15
    h16 = ('<html><head><meta charset="utf-8"></head><body>' + h16_new + '<hr>' +
           html_of(quote16).split('<body>')[1])
    aws_mail(16, 'raman-jul24a', multi('alternative', [leaf(p16 + '\n' + quote16, cte='quoted-printable'), leaf(h16, 'html', cte='base64')]),
             me, subj_re, d16, 'outlook', 'en', 'merge_confirmation_requested', cid, p16 + strip_tags(h16_new), sender_addr=FORM)

    # 17 --- conditional "once ... complete" (windows-1252 QP), Outlook mobile quote
    u3 = T('2025-07-24 15:20')
    user3 = ('Confirmed \u2013 please go ahead.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n'
             + outlook_block(aws_disp, d16, me, subj_re, tz, 'mobile') + '\n' + p16)
    d17 = T('2025-07-24 17:41')
    new17 = (f'Hi Priya,\n\nThanks for confirming \u2013 that\u2019s all we need from you.\n\n'
             f'Once the consolidation is complete you\u2019ll receive a separate e-mail from us, and your Credly badges '
             f'will be re-issued to the primary account within about two days after that. Until then, please don\u2019t '
             f'book any new exams under {old}.\n\nKind regards,\nJoon-ho P.\n'
             f'AWS Training and Certification Customer Support\n')
    full17 = new17 + '\n' + outlook_block(f'{name} <{me}>', u3, aws_disp, subj_re, tz, 'orig') + '\n' + user3
    aws_mail(17, 'raman-jul24b', leaf(full17, charset='windows-1252', codec='cp1252', cte='quoted-printable'),
             me, subj_re, d17, 'outlook', 'en', 'support_reply', cid, new17, sender_addr=FORM)

    # 18 --- completed (paraphrased), Outlook desktop quote of the confirmation request
    d18 = T('2025-07-26 21:12')
    new18 = (f'Hi Priya,\n\nThe work on your request is finished.\n\n'
             f'All certifications, exam history and benefits that used to be on {old} are now shown under {keep}, '
             f'and {old} has been retired. Please sign in with {me} to review your transcript; if anything is '
             f'missing, reply here and I will look into it.\n\nKind regards,\nJoon-ho P.\n'
             f'AWS Training and Certification Customer Support\n')
    q18 = (outlook_block(f'{name} <{me}>', u3, aws_disp, subj_re, tz) + '\nConfirmed \u2013 please go ahead.\n\n'
           + outlook_block(aws_disp, d16, me, subj_re, tz) + '\n' + p16)
    full18 = new18 + '\n' + q18
    h18 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(f'<p>{html.escape(x)}</p>' for x in new18.split('\n\n')) + '</div>'
           '<div id="divRplyFwdMsg" style="border-top:solid #E1E1E1 1.0pt;padding-top:3pt">'
           + html_of(q18).split('<body>')[1])
    aws_mail(18, 'raman-jul26', multi('alternative', [leaf(full18, cte='quoted-printable'), leaf(h18, 'html', cte='quoted-printable')]),
             me, subj_re, d18, 'outlook', 'en', 'merge_completed', cid, new18, sender_addr=FORM)

    # 19 --- survey, HTML only
    d19 = T('2025-07-27 09:00')
    h19 = f'''<!doctype html><html><head><meta charset="utf-8"></head><body style="background:#fafafa;margin:0">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;background:#fff">
<tr><td style="padding:24px 32px"><h1 style="font-size:22px;margin:0">How did we do?</h1></td></tr>
<tr><td style="padding:0 32px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification Support (<b>{cid}</b>) has been closed. We'd love to hear about your experience &mdash; it takes less than a minute.</p>
<p>How satisfied were you with the support you received?</p>
<table cellpadding="0" cellspacing="6"><tr>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_{rhex(15)}?case={cid}&amp;score=1">Very dissatisfied</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_{rhex(15)}?case={cid}&amp;score=2">Dissatisfied</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_{rhex(15)}?case={cid}&amp;score=3">Neutral</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_{rhex(15)}?case={cid}&amp;score=4">Satisfied</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_{rhex(15)}?case={cid}&amp;score=5">Very satisfied</a></td>
</tr></table>
<p>Your answers are anonymous and are used only to improve our service.</p>
<p>Thank you for being an AWS Certified professional.</p>
</td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#777">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved. <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></body></html>
'''
    aws_mail(19, 'raman-jul27', leaf(h19, 'html', cte='base64'), me, 'How did we do? Tell us about your recent support experience',
             d19, 'outlook', 'en', 'survey', cid, strip_tags(h19), sender_addr='aws-training-feedback@amazon.com',
             display='AWS Training and Certification')

    # 41 --- Credly badge; plain part much shorter than HTML
    d41 = T('2025-07-28 03:12')
    bid = ruuid()
    p41 = (f'You have been issued a badge by AWS Training and Certification.\n\nView and accept it here:\n'
           f'https://www.credly.com/badges/{bid}\n')
    h41 = f'''<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px;border-bottom:4px solid #ff6b00"><img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="90"></td></tr>
<tr><td align="center" style="padding:32px 24px">
<img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="160" alt="badge">
<h2 style="margin:20px 0 8px">Priya, your AWS Certified Cloud Practitioner badge is here</h2>
<p style="color:#555">AWS Training and Certification has issued this badge to you on Credly. Because your AWS Certification accounts were combined, the badge now belongs to your primary profile.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="display:inline-block;background:#ff6b00;color:#fff;padding:14px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<table cellpadding="6" style="font-size:13px;color:#333;text-align:left">
<tr><td>&#10003; Share it on LinkedIn and other networks</td></tr>
<tr><td>&#10003; Add it to your e-mail signature</td></tr>
<tr><td>&#10003; Let employers verify your skills in one click</td></tr></table>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">Credly, Inc. &middot; 1 Penn Plaza, Suite 1900, New York, NY 10119<br>You are receiving this because a badge was issued to {me}. <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
'''
    credly_mail(41, 'raman-jul28', multi('alternative', [leaf(p41, charset='us-ascii', cte='7bit'), leaf(h41, 'html', cte='quoted-printable')]),
                me, 'Priya, you earned a badge from AWS Training and Certification', d41, 'outlook', 'en',
                'credly_badge_issued', p41 + strip_tags(h41))

    # 55 --- Pearson VUE appointment (unrelated), multipart/mixed with .ics
    d55 = T('2025-08-19 16:40')
    snd = other_sender('pearson.com', 'pearsonvueconfirmation@pearson.com', '159.182.25.61', 'mailout-1.pearsonvue.com', 'pvue2019')
    snd['mailfrom'] = 'bounces@pearsonvue.com'
    mid = msgid_for('other', d55, 'pearsonvue.com')
    th, _ = trace('outlook', me, snd, d55, mid)
    p55 = (f'Dear Priya Raman,\n\nThank you for scheduling your exam with Pearson VUE.\n\n'
           f'Exam: DVA-C02: AWS Certified Developer - Associate\n'
           f'Date: Tuesday, September 16, 2025\nTime: 9:00 AM Eastern Daylight Time\n'
           f'Location: OnVUE online proctored\nRegistration ID: {R.randint(400000000, 499999999)}\n'
           f'Candidate ID: {keep}\n\n'
           f'Please check in up to 30 minutes before your appointment. Rescheduling or cancelling must be done '
           f'at least 24 hours in advance through your AWS Certification account.\n\n'
           f'Pearson VUE\n')
    ics = ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//EN\r\nBEGIN:VEVENT\r\n'
           f'UID:{ruuid()}@pearsonvue.com\r\nDTSTART:20250916T130000Z\r\nDTEND:20250916T151000Z\r\n'
           'SUMMARY:AWS Certified Developer - Associate (OnVUE)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n').encode()
    body55 = multi('mixed', [multi('alternative', [leaf(p55, charset='iso-8859-1', cte='quoted-printable'),
                                                   leaf(html_of(p55), 'html', cte='quoted-printable')], 'other'),
                             attach(ics, 'text/calendar', 'appointment.ics')], 'other')
    build(55, 'raman-aug19', body55, addr('Pearson VUE', snd['addr']), me,
          'Confirmation of your AWS Certification exam appointment', d55, mid, th, new_text=p55,
          case_id=None, lang='en', sv=False, kind='unrelated', dkim=snd['dkim'])

    # 58 --- Credly's own account merge verification code (unrelated)
    d58 = T('2025-08-02 12:55')
    p58 = ('Hi Priya,\n\nWe received a request to merge another Credly account into yours.\n\n'
           f'Your verification code is: {R.randint(100, 999)} {R.randint(100, 999)}\n\n'
           'Enter this code on the Credly website, then click "Complete Account Merge". The code expires in 30 minutes.\n'
           'Once the accounts are merged, all badges from both accounts will appear in one profile.\n\n'
           'If you did not request this, you can ignore this e-mail.\n\nThe Credly Team\n')
    credly_mail(58, 'raman-aug02', multi('alternative', [leaf(p58, cte='quoted-printable'), leaf(html_of(p58), 'html', cte='quoted-printable')]),
                me, 'Your Credly account merge verification code', d58, 'outlook', 'en', 'unrelated', p58, display='Credly')



# =================================================================== THREAD D: Marta (Office 365 tenant, console case, en)
def thread_marta():
    me, name = 'marta.kowalska@kestrel-analytics.co.uk', 'Marta Kowalska'
    keep, old = 'AWS12049977', 'AWS04418305'
    opened = T('2025-09-08 08:12')
    cid = case15(opened)
    csubj = 'Merge two AWS Certification accounts'
    opening = ('Hello,\n\nI hold two AWS Certification accounts that were created with different e-mail addresses '
               '(one personal, one from my current employer). I would like them combined into the one linked to '
               'my work address, which has my most recent certification. Could you help?\n\nThanks,\nMarta Kowalska\n')

    # 20 --- console: case opened
    d20 = opened + timedelta(seconds=29)
    new20 = (f'Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.\n\n'
             f'The details of your case are as follows:\n\n'
             f'Case ID: {cid}\nSubject: {csubj}\nSeverity: General guidance\n'
             f'Correspondence: {opening}\n'
             f'To view or update this case, please visit the AWS Support Center:\n{console_link(cid)}\n\n'
             f'Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n'
             f'To respond to this case, please follow the link above.\n\n'
             f'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
             f'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
    aws_mail(20, 'kowalska-sep08', leaf(new20, charset='UTF-8', cte='7bit'), me,
             f'Amazon Web Services: You have opened a new Support case: {cid}', d20, 'o365', 'en', 'case_created', cid, new20)

    # 21 --- console: new correspondence notice
    d21 = T('2025-09-09 11:47')
    new21 = (f'Hello,\n\nWe have updated your case. A new correspondence has been added to AWS Support case {cid}.\n\n'
             f'Case subject: {csubj}\n\nTo see the new correspondence and to reply, sign in to the Support Center:\n'
             f'{console_link(cid)}\n\n'
             f'Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
             f'Best regards,\nAmazon Web Services\n')
    aws_mail(21, 'kowalska-sep09a', multi('alternative', [leaf(new21, cte='quoted-printable'), leaf(html_of(new21), 'html', cte='quoted-printable')]),
             me, f'[Case {cid}] New correspondence added', d21, 'o365', 'en', 'support_reply', cid, new21)

    # 22 --- console agent reply: confirmation request + correspondence history
    d22 = d21 + timedelta(seconds=14)
    new22 = (f'Hello Marta,\n\nThank you for contacting AWS Support. My name is Ines and I will be helping you with this case.\n\n'
             f'I was able to locate both of your AWS Certification profiles. This is how the accounts would be combined:\n\n'
             f'    Target account (will be kept):      {keep}  - {me}\n'
             f'    Source account (merged, then closed): {old}  - m.kowalska.pl@gmail.com\n\n'
             f'All certifications, exam history and benefits from the source account will be transferred to the target account. '
             f'Please be aware that a merge is permanent and cannot be reversed.\n\n'
             f'Before I submit the request, could you please confirm in the Support Center that the target and source '
             f'accounts above are correct?\n\nBest regards,\n\nInes R.\nAmazon Web Services\n')
    hist22 = console_hist([(opened, name, opening)])
    rate = (f'\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. '
            f'You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n'
            f'To view or respond to this case: {console_link(cid)}\n')
    full22 = new22 + rate + '\n' + hist22
    h22 = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
           + ''.join(f'<p>{html.escape(x).replace(chr(10), "<br>")}</p>' for x in new22.split('\n\n')[:3])
           + f'<table cellpadding="6" border="1" style="border-collapse:collapse"><tr><th>Role</th><th>Candidate ID</th><th>E-mail</th></tr>'
             f'<tr><td>Target (will be kept)</td><td>{keep}</td><td>{me}</td></tr>'
             f'<tr><td>Source (merged, then closed)</td><td>{old}</td><td>m.kowalska.pl@gmail.com</td></tr></table>'
           + ''.join(f'<p>{html.escape(x).replace(chr(10), "<br>")}</p>' for x in new22.split('\n\n')[4:])
           + '<p style="font-size:12px;color:#555">' + html.escape(rate) + '</p><hr><pre style="font-family:monospace">' + html.escape(hist22) + '</pre></body></html>\n')
    aws_mail(22, 'kowalska-sep09b', multi('alternative', [leaf(full22, cte='quoted-printable'), leaf(h22, 'html', cte='quoted-printable')]),
             me, f'RE:[CASE {cid}] {csubj}', d22, 'o365', 'en', 'merge_confirmation_requested', cid, new22)

    # 24 --- follow-up: do you still need help? (history shows the confirmation request)
    d24 = T('2025-09-12 12:02')
    new24 = (f'Hello Marta,\n\nI am following up on case {cid}. We have not yet received a reply to our previous message, '
             f'in which we asked you to review the account details.\n\n'
             f'Do you still need assistance with this request? If we do not hear from you within 5 days, this case will be '
             f'resolved automatically. You can reopen it at any time from the Support Center.\n\n'
             f'Best regards,\n\nInes R.\nAmazon Web Services\n')
    hist24 = console_hist([(d22, 'Amazon Web Services', new22), (opened, name, opening)])
    aws_mail(24, 'kowalska-sep12', leaf(new24 + rate + '\n' + hist24, cte='base64'),
             me, f'RE:[CASE {cid}] {csubj}', d24, 'o365', 'en', 'support_reply', cid, new24)

    # 23 --- closure that also says the merge is done
    u1 = T('2025-09-12 16:30')
    user1 = f'Hi Ines,\n\nSorry for the delay, I was travelling. Yes, the details are correct: keep {keep} and merge {old} into it.\n\nThanks,\nMarta\n'
    d23 = T('2025-09-15 09:21')
    new23 = (f'Hello Marta,\n\nI\'m happy to let you know that the account merge has been carried out: {old} has been merged into '
             f'{keep}, and all of your certifications now appear on {keep}. The source profile is no longer active.\n\n'
             f'As there is nothing else outstanding, I will now resolve this case. If you have a moment, I would be grateful '
             f'if you could rate this correspondence in the Support Center.\n\nBest regards,\n\nInes R.\nAmazon Web Services\n')
    hist23 = console_hist([(u1, name, user1), (d24, 'Amazon Web Services', new24), (d22, 'Amazon Web Services', new22), (opened, name, opening)])
    aws_mail(23, 'kowalska-sep15', leaf(new23 + rate + '\n' + hist23, cte='quoted-printable'),
             me, f'RE:[CASE {cid}] {csubj}', d23, 'o365', 'en', 'merge_completed', cid, new23)

    # 42 --- Credly: badges waiting to be accepted after the merge
    d42 = T('2025-09-16 22:40')
    p42 = ('Hi Marta,\n\nGood news! Your badges from AWS Training and Certification are ready to accept.\n\n'
           'Following the recent update to your AWS Certification account, the following badges have been issued to you:\n'
           '  * AWS Certified Solutions Architect - Professional\n  * AWS Certified Data Engineer - Associate\n\n'
           f'Accept your badges: https://www.credly.com/earner/earned?pending=true&token={rhex(24)}\n\n'
           'Pending badges are not visible on your public profile until you accept them.\n\n'
           'Credly, Inc., 1 Penn Plaza, Suite 1900, New York, NY 10119\n')
    credly_mail(42, 'kowalska-sep16', multi('alternative', [leaf(p42, cte='quoted-printable'), leaf(html_of(p42), 'html', cte='base64')]),
                me, 'Your badges are ready to accept', d42, 'o365', 'en', 'credly_badge_issued', p42, display='Credly')

    # 52 --- other AWS case: billing (unrelated)
    bopen = T('2025-10-03 07:55')
    bcid = case15(bopen)
    d52 = T('2025-10-03 15:18')
    new52 = (f'Hello Marta,\n\nThank you for contacting AWS Billing and Accounts support.\n\n'
             f'I reviewed the September invoice for account 4128-9931-0072. The unexpected charges come from three NAT '
             f'gateways in eu-west-2 that were left running after your test environment was removed. I have applied a '
             f'one-time courtesy credit of USD 212.44, which will appear on your next invoice.\n\n'
             f'To avoid similar charges, you may want to set up an AWS Budgets alert.\n\nBest regards,\n\nKwame D.\n'
             f'Amazon Web Services\n')
    hist52 = console_hist([(bopen, name, 'Hi, our September bill shows about 212 USD in charges we cannot explain. Can you check?\nMarta')])
    aws_mail(52, 'kowalska-oct03', leaf(new52 + rate.replace(cid, bcid) + '\n' + hist52, cte='quoted-printable'),
             me, f'RE:[CASE {bcid}] Unexpected charges on September invoice', d52, 'o365', 'en', 'unrelated', bcid, new52)

    # 60 --- colleague forwards IT instructions (unrelated, forwarded chain)
    d60 = T('2025-09-05 10:14')
    col, cola = 'Tom Hargreaves', 'tom.hargreaves@kestrel-analytics.co.uk'
    snd = other_sender('kestrel-analytics.co.uk', cola, '2a01:111:f403:2612::700', 'LO3P265CU004.outbound.protection.outlook.com', 'selector2')
    mid = msgid_for('outlook-eu', d60)
    th, _ = trace('o365', me, snd, d60, mid, result='nopolicy')
    fwd_it = ('Hi all,\n\nA few of you asked how to combine duplicate AWS Certification accounts (e.g. one from a previous '
              'employer). Open a case via the AWS Training and Certification contact form, choose Certification > Account '
              'Merge and quote both candidate IDs (they start with AWS followed by 8 digits, e.g. AWS12345678 on your '
              'CertMetrics profile page). Support will ask you to confirm which account to keep before doing anything.\n\n'
              'Please use your work address as the one to keep so the voucher programme can find you.\n\n'
              'Cheers,\nIT Service Desk\n')
    new60 = ('Hi Marta,\n\nFYI \u2013 see below from the service desk, sounds like exactly what you were asking about on Tuesday.\n\nTom\n')
    l = T('2025-09-04 15:31')
    full60 = (new60 + '\n' + '-' * 10 + ' Forwarded message ' + '-' * 9 + '\n'
              f'From: IT Service Desk <servicedesk@kestrel-analytics.co.uk>\nDate: {l.astimezone(UK).strftime("%a, %d %b %Y at %H:%M")}\n'
              f'Subject: How to merge duplicate AWS Certification accounts\nTo: Engineering <engineering@kestrel-analytics.co.uk>\n\n'
              + fwd_it)
    h60 = (html_of(new60).replace('</div></body></html>', '') + '<div><br>---------- Forwarded message ---------<br>'
           + html_of(full60.split('-' * 9 + '\n', 1)[1]).split('<body>')[1])
    new60_ids = new60
    build(60, 'hargreaves-sep05', multi('alternative', [leaf(full60, cte='quoted-printable'), leaf(h60, 'html', cte='quoted-printable')], 'outlook'),
          addr(col, cola), me, 'FW: How to merge duplicate AWS Certification accounts', d60, mid, th,
          new_text=new60_ids, case_id=None, lang='en', sv=False, kind='unrelated', dkim=snd['dkim'],
          extra=[('Thread-Topic', 'How to merge duplicate AWS Certification accounts'), ('Thread-Index', 'AQHb' + b64r(24)[:28]),
                 ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-SCL', '1'), ('X-MS-TNEF-Correlator', '')])



# =================================================================== THREAD E: 山本 美咲 (yahoo.co.jp, form case, ja)
def thread_yamamoto():
    me, name = 'misaki_yamamoto@yahoo.co.jp', '山本 美咲'
    keep, old = 'AWS16632018', 'AWS02287745'
    opened = T('2025-10-13 03:41')
    cid = case15(opened)
    subj_re = f'RE:[CASE {cid}] {FORM_SUBJ}'

    # 25 --- acknowledgement, HTML only, Shift_JIS base64
    d25 = opened + timedelta(seconds=48)
    h25 = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'メイリオ',Meiryo,sans-serif;font-size:14px">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#232f3e;color:#ffffff;padding:12px 18px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:18px">
<p>{name} 様</p>
<p>このたびはお問い合わせいただき、ありがとうございます。以下の内容で受け付けいたしました。<br>
担当者より、通常 1 営業日以内にメールにてご連絡いたします。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td style="background:#f2f3f3;width:160px">ケース ID</td><td>{cid}</td></tr>
<tr><td style="background:#f2f3f3">受付日時</td><td>{d25.astimezone(JST).strftime("%Y/%m/%d %H:%M")} (日本時間)</td></tr>
<tr><td style="background:#f2f3f3">お問い合わせ種別</td><td>認定 / アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">受験者 ID</td><td>{keep}</td></tr>
<tr><td style="background:#f2f3f3">ステータス</td><td>受付済み</td></tr>
</table>
<p>同じお問い合わせを重複して送信されますと、回答が遅れる原因となります。<br>
補足事項がある場合は、件名を変えずにこのメールへご返信ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</td></tr>
<tr><td style="font-size:11px;color:#879596;padding:10px 18px">本メールは送信専用のシステムから自動送信されています。</td></tr>
</table></body></html>
'''
    aws_mail(25, 'yamamoto-oct13', leaf(h25, 'html', charset='Shift_JIS', codec='shift_jis', cte='base64'), me,
             ew(f'[CASE {cid}] お問い合わせ受付のお知らせ', 'Shift_JIS', 'shift_jis', chunk=16),
             d25, 'yahoojp', 'ja', 'case_created', cid, strip_tags(h25), sender_addr=FORM)

    # 26 --- confirmation request: plain (short) vs HTML (table); Yahoo-style quote of user's mail
    u1 = T('2025-10-14 12:05')
    user1 = (f'ご担当者様\n\nお世話になっております。山本です。\n'
             f'もう一つのアカウントは {old} で、学生時代のメールアドレス m.yamamoto@st.example-u.ac.jp で登録したものです。\n'
             f'残したいのは {keep} の方です。\nよろしくお願いいたします。\n\n山本 美咲\n')
    d26 = T('2025-10-15 01:12')
    p26 = (f'山本 様\n\nご連絡ありがとうございます。\n'
           f'以下の 2 つのアカウントを統合し、{keep} を残す形で手続きを進める予定です。\n'
           f'統合後は元に戻すことができません。\n\n'
           f'内容にお間違いがなければ、このメールにご返信のうえ「確認しました」とお知らせください。\n\n'
           f'AWS トレーニングと認定 カスタマーサポート 小林\n')
    l1 = u1.astimezone(JST)
    q26 = (f'----- Original Message -----\nFrom: {name} <{me}>\nTo: {FORM}\n'
           f'Date: {l1.year}/{l1.month:02d}/{l1.day:02d} {"月火水木金土日"[l1.weekday()]} {l1.hour}:{l1.minute:02d}\n'
           f'Subject: Re: {subj_re}\n\n' + user1)
    h26_new = f'''<p>山本 様</p>
<p>ご連絡ありがとうございます。いただいた情報をもとに、以下のとおりアカウントの統合を行う予定です。</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>区分</th><th>受験者 ID</th><th>登録メールアドレス</th><th>統合後</th></tr>
<tr><td>存続アカウント</td><td>{keep}</td><td>{me}</td><td>引き続きご利用いただけます</td></tr>
<tr><td>統合元アカウント</td><td>{old}</td><td>m.yamamoto@st.example-u.ac.jp</td><td>記録を移したうえで閉鎖</td></tr>
</table>
<p><b>ご注意:</b> 統合は一度実施すると取り消すことができません。</p>
<p>内容にお間違いがなければ、このメールにご返信のうえ「確認しました」とお知らせください。確認が取れ次第、作業を開始いたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>小林</p>
'''
    h26 = ('<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">' + h26_new
           + '<br><div style="border-top:1px solid #ccc;padding-top:6px">' + html_of(q26, 'ja').split('<body>')[1])
    aws_mail(26, 'yamamoto-oct15a', multi('alternative', [leaf(p26 + '\n' + q26, cte='quoted-printable'), leaf(h26, 'html', cte='quoted-printable')]),
             me, subj_re, d26, 'yahoojp', 'ja', 'merge_confirmation_requested', cid, p26 + strip_tags(h26_new), sender_addr=FORM)

    # 27 --- thanks for confirming, we will now proceed (ISO-2022-JP), Thunderbird-ja quote with nesting
    u2 = T('2025-10-14 22:48')
    user2 = '小林様\n\n確認しました。内容に相違ございません。\nお手数ですが、統合をお願いいたします。\n\n山本\n'
    d27 = T('2025-10-15 02:30')
    new27 = ('山本 様\n\nご確認いただき、ありがとうございます。\n'
             'これより統合の作業を進めてまいります。通常 1 - 3 営業日ほどで完了いたします。\n'
             '作業が終わりましたら、改めてメールにてご報告いたします。それまでの間、新たな試験のご予約はお控えください。\n\n'
             'AWS トレーニングと認定 カスタマーサポート 小林\n')
    l2 = u2.astimezone(JST)
    full27 = (new27 + '\n' + f'{l2.year}/{l2.month:02d}/{l2.day:02d} {l2.hour}:{l2.minute:02d} に {name} さんは書きました:\n'
              + gt(user2) + '\n' + gt(f'{d26.astimezone(JST).strftime("%Y/%m/%d %H:%M")} に Amazon Web Services さんは書きました:') + '\n'
              + gt(p26, 2) + '\n')
    aws_mail(27, 'yamamoto-oct15b', leaf(full27, charset='ISO-2022-JP', codec='iso2022_jp', cte='7bit'), me, subj_re, d27,
             'yahoojp', 'ja', 'support_reply', cid, new27, sender_addr=FORM)

    # 28 --- completed (cp932 bytes labelled Shift_JIS), Outlook-ja style quote of the request
    d28 = T('2025-10-17 06:55')
    new28 = (f'山本 様\n\nお待たせいたしました。ご依頼の作業が完了いたしましたので、ご報告いたします。\n\n'
             f'旧アカウント({old})に登録されていた以下の記録は、すべて {keep} へ移行いたしました。\n'
             f'  ① 認定資格\n  ② 受験履歴\n  ③ 50% 割引バウチャー等の特典\n'
             f'旧アカウントは閉鎖済みのため、今後はサインインできません。\n\n'
             f'Credly のバッジは、数日以内に {me} 宛てに改めて発行されます。\n'
             f'ご不明な点がございましたら、本メールにご返信ください。\n\n'
             f'AWS トレーニングと認定 カスタマーサポート 小林\n')
    full28 = new28 + '\n' + outlook_ja_block(f'Amazon Web Services <{FORM}>', d26, me, subj_re) + '\n' + p26
    aws_mail(28, 'yamamoto-oct17', leaf(full28, charset='shift_jis', codec='cp932', label='Shift_JIS', cte='base64'), me,
             subj_re, d28, 'yahoojp', 'ja', 'merge_completed', cid, new28, sender_addr=FORM)

    # 29 --- Credly badges transferred, HTML only (en)
    d29 = T('2025-10-18 14:22')
    bids = [ruuid(), ruuid()]
    h29 = f'''<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 24px;border-bottom:4px solid #ff6b00"><img src="https://www.credly.com/assets/credly_logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:24px">
<h2 style="margin-top:0">Misaki, AWS Training and Certification issued you 2 badges</h2>
<p>These badges were moved from a previous AWS Certification account and are now issued to this e-mail address. Accept them to show them on your profile.</p>
<table width="100%" cellpadding="10" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td width="90"><img src="https://images.credly.com/size/110x110/images/{ruuid()}/image.png" width="80"></td><td><b>AWS Certified Cloud Practitioner</b><br><a href="https://www.credly.com/badges/{bids[0]}/accept">Accept badge</a></td></tr>
<tr><td width="90"><img src="https://images.credly.com/size/110x110/images/{ruuid()}/image.png" width="80"></td><td><b>AWS Certified AI Practitioner</b><br><a href="https://www.credly.com/badges/{bids[1]}/accept">Accept badge</a></td></tr>
</table>
<p style="font-size:12px;color:#888">If you already accepted these badges on another Credly account, you can merge your Credly accounts from your settings page.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999">Credly, Inc. &middot; 1 Penn Plaza, Suite 1900, New York, NY 10119 &middot; <a href="https://www.credly.com/notification_settings">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
'''
    credly_mail(29, 'yamamoto-oct18', leaf(h29, 'html', cte='quoted-printable'), me,
                'AWS Training and Certification issued you 2 badges', d29, 'yahoojp', 'en', 'credly_badge_issued', strip_tags(h29))


# =================================================================== THREAD F: Tom Becker (fastmail, form case, en)
def thread_becker():
    me, name = 'tom.becker@fastmail.com', 'Tom Becker'
    keep, old = 'AWS08124567', 'AWS19033842'
    opened = T('2025-11-03 16:20')
    cid = case15(opened)
    subj_re = f'RE:[CASE {cid}] {FORM_SUBJ}'
    tz = ET
    first = (f'Hello, I\'d like to merge my two certification accounts. I have {keep} and {old}. '
             f'The second was created when I registered for an exam with a typo in my e-mail.\nTom Becker')

    # 30 --- agent bottom-posts beneath the quoted request
    d30 = T('2025-11-04 13:58')
    new30 = ('Hello Tom,\n\nThank you for writing in. Before I can look into combining the two profiles I need a little more '
             'information:\n\n  - the sign-in e-mail address for each profile\n  - which profile you would like to keep\n'
             '  - whether either profile has an exam currently scheduled\n\n'
             'Just reply to this e-mail with the details.\n\nRegards,\nKofi A.\nAWS Training and Certification\n')
    full30 = (f'Tom Becker wrote on {opened.strftime("%Y-%m-%d %H:%M")} UTC:\n' + gt(first) + '\n\n' + new30 + AWS_SIG_EN)
    aws_mail(30, 'becker-nov04', leaf(full30, charset='us-ascii', cte='7bit'), me, subj_re, d30, 'fastmail', 'en',
             'support_reply', cid, new30, sender_addr=FORM)

    # 31 --- confirmation request; quoted user reply with Apple Mail quote + "Sent from my iPhone"
    u1 = T('2025-11-04 19:07')
    user1 = (f'Hi Kofi,\n\n{keep} is tom.becker@fastmail.com and is the one I want to keep.\n'
             f'{old} is tom.becekr@fastmail.com (typo). No exams scheduled.\n\nThanks\nTom\n\nSent from my iPhone\n\n'
             + apple_attr(d30, 'Amazon Web Services', FORM, tz) + '\n>\n' + gt(new30))
    d31 = T('2025-11-05 14:02')
    new31 = (f'Hello Tom,\n\nThanks for the quick reply. Here is what we are about to do, please check it carefully:\n\n'
             f'  * {old} (tom.becekr@fastmail.com) will be merged into {keep}\n'
             f'  * {keep} (tom.becker@fastmail.com) stays as your only AWS Certification account\n'
             f'  * {old} will be deactivated afterwards\n\n'
             f'This cannot be rolled back. Please reply to let me know that this is correct, and I will pass it on to the team '
             f'that performs the merge.\n\nRegards,\nKofi A.\nAWS Training and Certification\n')
    full31 = new31 + AWS_SIG_EN + '\n\n' + tb_attr(u1, f'{name} <{me}>', tz) + '\n' + gt(user1) + '\n'
    h31 = (html_of(new31).replace('</div></body></html>', '')
           + f'<div><br><blockquote type="cite">On {u1.astimezone(tz).strftime("%b %d, %Y")}, {name} &lt;{me}&gt; wrote:<br>'
           + html_of(user1).split('<body>')[1].replace('</body></html>', '') + '</blockquote></div></body></html>')
    aws_mail(31, 'becker-nov05', multi('alternative', [leaf(full31, cte='quoted-printable'), leaf(h31, 'html', cte='base64')]),
             me, subj_re, d31, 'fastmail', 'en', 'merge_confirmation_requested', cid, new31, sender_addr=FORM)

    # 32 --- completed; UTF-8 bytes labelled iso-8859-1; quoted iPhone confirmation with nested request
    u2 = T('2025-11-05 16:44')
    user2 = ('Yes that\u2019s correct, go ahead.\n\nSent from my iPhone\n\n' + apple_attr(d31, 'Amazon Web Services', FORM, tz)
             + '\n>\n' + gt(new31))
    d32 = T('2025-11-06 20:31')
    new32 = (f'Hello Tom,\n\nYour two profiles are now one. We\u2019ve moved everything from {old} into {keep} \u2013 certifications, '
             f'exam history and your unused 50% discount benefit \u2013 and {old} is no longer active.\n\n'
             f'Please sign in at https://www.aws.training/Certification with {me} and check that everything looks right. '
             f'Your Credly badges will be re-issued to the same address shortly.\n\nRegards,\nKofi A.\n'
             f'AWS Training and Certification\n')
    full32 = (new32 + AWS_SIG_EN + '\n-----Original Message-----\n' + f'From: {name} <{me}>\n'
              f'Sent: {u2.strftime("%a %d %b %Y %H:%M")} UTC\nSubject: Re: {subj_re}\n\n' + user2 + '\n')
    aws_mail(32, 'becker-nov06', leaf(full32, charset='utf-8', label='iso-8859-1', cte='quoted-printable'), me, subj_re, d32,
             'fastmail', 'en', 'merge_completed', cid, new32, sender_addr=FORM)

    # 56 --- GitHub "merged" notification (unrelated)
    d56 = T('2025-11-10 09:03')
    snd = other_sender('github.com', 'notifications@github.com', '192.30.252.201', 'out-18.smtp.github.com', 'pf2023')
    snd['mailfrom'] = 'noreply@github.com'
    mid = f'<tbecker/cert-tracker/pull/42/issue_event/{R.randint(17000000000, 19999999999)}@github.com>'
    th, _ = trace('fastmail', me, snd, d56, mid)
    p56 = (f'Merged #42 into main.\n\n\u2014\nReply to this email directly, view it on GitHub:\n'
           f'https://github.com/tbecker/cert-tracker/pull/42#event-{R.randint(17000000000, 19999999999)}\n'
           f'You are receiving this because you authored the thread.\n\nMessage ID: {mid}')
    h56 = (f'<p>Merged <a href="https://github.com/tbecker/cert-tracker/pull/42" class="issue-link">#42</a> into main.</p>\n'
           f'<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tbecker/cert-tracker/pull/42">view it on GitHub</a>.<br>'
           f'You are receiving this because you authored the thread.</p>\n')
    build(56, 'becker-nov10', multi('alternative', [leaf(p56, cte='7bit', charset='UTF-8'), leaf(h56, 'html', cte='7bit', charset='UTF-8')], 'other'),
          addr('Jana Novak', 'notifications@github.com'), 'tbecker/cert-tracker <cert-tracker@noreply.github.com>',
          'Re: [tbecker/cert-tracker] Merge duplicate account records into a single profile (PR #42)', d56, mid, th,
          new_text=p56, case_id=None, lang='en', sv=False, kind='unrelated', dkim=snd['dkim'],
          extra=[('Cc', f'{name} <{me}>, Author <author@noreply.github.com>'), ('X-GitHub-Reason', 'author'),
                 ('List-ID', 'tbecker/cert-tracker <cert-tracker.tbecker.github.com>'),
                 ('List-Unsubscribe', '<https://github.com/notifications/unsubscribe/' + rhex(40).upper() + '>')],
          reply=('<tbecker/cert-tracker/pull/42@github.com>', '<tbecker/cert-tracker/pull/42@github.com>'))



# =================================================================== THREAD G: 高橋 優 (Office 365 tenant, console case, ja)
def thread_takahashi():
    me, name = 'yu.takahashi@hinode-systems.co.jp', '高橋 優'
    keep, old = 'AWS13370528', 'AWS06602914'
    opened = T('2026-01-13 01:25')
    cid = case15(opened)
    csubj = 'AWS 認定アカウントの統合について'
    opening = ('お世話になっております。日の出システムズの高橋です。\n'
               'AWS 認定のアカウントが 2 つ存在しているため、1 つにまとめていただきたく、ご連絡いたしました。\n'
               '会社のアドレスで登録したものを残したいと考えております。\nよろしくお願いいたします。\n')

    # 33 --- console: case opened (UTF-8 QP, subject split over encoded-words)
    d33 = opened + timedelta(seconds=33)
    new33 = (f'Amazon Web Services にお問い合わせいただきありがとうございます。'
             f'お客様のお問い合わせに対応するため、ケース {cid} を作成しました。\n\n'
             f'ケースの詳細は次のとおりです。\n\nケース ID: {cid}\n件名: {csubj}\n重要度: 一般的なガイダンス\n'
             f'内容:\n{opening}\n'
             f'このケースを表示または更新するには、AWS サポートセンターにアクセスしてください:\n{console_link(cid, "ja")}\n\n'
             f'このメールは受信専用のアドレスから送信されています。返信はサポートセンターからお願いいたします。\n\n'
             f'Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。\n')
    aws_mail(33, 'takahashi-jan13', leaf(new33, cte='quoted-printable'), me,
             ew(f'Amazon Web Services: 新しいサポートケースを作成しました: {cid}', 'UTF-8', enc='B', chunk=20),
             d33, 'o365', 'ja', 'case_created', cid, new33)

    # 34 --- confirmation request, ids written lower case / with dash; history block in Japanese
    d34 = T('2026-01-14 06:40')
    new34 = (f'高橋 様\n\nAWS サポートの森でございます。お問い合わせいただきありがとうございます。\n\n'
             f'ご登録情報を確認したところ、以下の 2 つの認定アカウントが見つかりました。\n\n'
             f'  ・aws{keep[3:]}(yu.takahashi@hinode-systems.co.jp) … こちらを残します\n'
             f'  ・AWS-{old[3:]}(takahashi.yu.0722@gmail.com) … こちらの内容を上記へ統合します\n\n'
             f'統合を実施すると、元に戻すことはできません。統合後、AWS-{old[3:]} ではサインインできなくなります。\n'
             f'上記の内容で問題がないか、サポートセンターから本ケースにご返信いただけますでしょうか。'
             f'ご確認をいただいてから作業を開始いたします。\n\n森\nAmazon Web Services\n')
    hist34 = console_hist([(opened, name, opening)], 'ja')
    rate_ja = (f'\nお客様のご意見をお聞かせください。サポートセンターで各やり取りの右上にある星を選択して評価いただけます。\n'
               f'ケースの表示または返信: {console_link(cid, "ja")}\n')
    full34 = new34 + rate_ja + '\n' + hist34
    aws_mail(34, 'takahashi-jan14', multi('alternative', [leaf(full34, cte='base64'), leaf(html_of(full34, 'ja'), 'html', cte='base64')]),
             me, ew(f'RE:[CASE {cid}] {csubj}', 'UTF-8', enc='B', chunk=22), d34, 'o365', 'ja',
             'merge_confirmation_requested', cid, new34)

    # 35 --- completed (Shift_JIS 8bit), history includes the confirmation request
    u1 = T('2026-01-14 08:02')
    user1 = '森様\n\nご確認ありがとうございます。記載の内容で問題ございません。\n統合作業をお願いいたします。\n\n高橋\n'
    d35 = T('2026-01-16 02:15')
    new35 = (f'高橋 様\n\nお待たせいたしました。AWS サポートの森でございます。\n\n'
             f'アカウントの統合が完了しました。{old} の認定資格と受験履歴は {keep} に引き継がれております。\n'
             f'会社のメールアドレスでサインインし、内容をご確認ください。\n\n'
             f'その他ご不明な点がなければ、本ケースはこのまま解決済みとさせていただきます。\n\n森\nAmazon Web Services\n')
    hist35 = console_hist([(u1, name, user1), (d34, 'Amazon Web Services', new34), (opened, name, opening)], 'ja')
    aws_mail(35, 'takahashi-jan16a', leaf(new35 + rate_ja + '\n' + hist35, charset='Shift_JIS', codec='shift_jis', cte='8bit'),
             me, ew(f'RE:[CASE {cid}] {csubj}', 'Shift_JIS', 'shift_jis', enc='B', chunk=16), d35, 'o365', 'ja',
             'merge_completed', cid, new35)

    # 36 --- survey, HTML only (UTF-8 QP)
    d36 = T('2026-01-16 02:30')
    h36 = f'''<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">
<tr><td style="background:#232f3e;padding:14px 24px;color:#ffffff;font-size:16px">AWS サポート</td></tr>
<tr><td style="padding:24px">
<p>お客様</p>
<p>先日は AWS サポートをご利用いただきありがとうございました。ケース <b>{cid}</b> は解決済みとなりました。</p>
<p><b>サポート体験についてお聞かせください</b></p>
<table cellpadding="0" cellspacing="0"><tr><td style="padding-bottom:8px">問題は解決しましたか?</td></tr>
<tr><td><a href="https://aws.amazon.com/survey/support?case={cid}&amp;r=yes&amp;lang=ja" style="display:inline-block;background:#ff9900;color:#000;padding:10px 26px;text-decoration:none;margin-right:10px">はい</a>
<a href="https://aws.amazon.com/survey/support?case={cid}&amp;r=no&amp;lang=ja" style="display:inline-block;background:#ff9900;color:#000;padding:10px 26px;text-decoration:none">いいえ</a></td></tr></table>
<p style="margin-top:20px">アンケートの所要時間は 1 分程度です。いただいたご意見は、サービス向上のために活用させていただきます。</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">本メールは送信専用アドレスから送信しています。&copy; 2026, Amazon Web Services, Inc. or its affiliates.</td></tr>
</table></td></tr></table></body></html>
'''
    aws_mail(36, 'takahashi-jan16b', leaf(h36, 'html', charset='UTF-8', cte='quoted-printable'), me,
             ew('AWS サポートのご利用に関するアンケート', 'UTF-8', enc='Q', chunk=12), d36, 'o365', 'ja', 'survey', cid, strip_tags(h36))

    # 43 --- Credly in Japanese (UTF-8 base64)
    d43 = T('2026-01-17 11:08')
    bid = ruuid()
    p43 = (f'高橋 優 さん\n\nAWS Training and Certification から新しいバッジが発行されました。\n\n'
           f'バッジ: AWS Certified Solutions Architect - Associate\n\n'
           f'このバッジは、AWS 認定アカウントの変更に伴い、あなたのメールアドレス宛てに再発行されたものです。\n'
           f'バッジを受け入れると、LinkedIn などで共有できるようになります。\n\n'
           f'バッジを受け入れる: https://www.credly.com/badges/{bid}/accept\n\n'
           f'Credly, Inc. | 1 Penn Plaza, Suite 1900, New York, NY 10119\n')
    credly_mail(43, 'takahashi-jan17', multi('alternative', [leaf(p43, cte='base64'), leaf(html_of(p43, 'ja'), 'html', cte='base64')]),
                me, ew('AWS Training and Certification から新しいバッジが届きました', 'UTF-8', enc='B', chunk=16),
                d43, 'o365', 'ja', 'credly_badge_issued', p43,
                display='AWS Training and Certification via Credly')

    # 53 --- other AWS case: EC2 quota, case opened (ja, unrelated)
    qopen = T('2026-02-03 05:50')
    qcid = case15(qopen)
    d53 = qopen + timedelta(seconds=26)
    new53 = (f'Amazon Web Services にお問い合わせいただきありがとうございます。'
             f'お客様のお問い合わせに対応するため、ケース {qcid} を作成しました。\n\n'
             f'ケース ID: {qcid}\n件名: サービスクォータの引き上げリクエスト: EC2 オンデマンドインスタンス (ap-northeast-1)\n'
             f'重要度: 通常\n内容: 検証環境の拡張のため、Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances の'
             f'上限を 256 vCPU に引き上げてください。\n\n'
             f'このケースを表示または更新するには、AWS サポートセンターにアクセスしてください:\n{console_link(qcid, "ja")}\n\n'
             f'このメールは受信専用のアドレスから送信されています。\n')
    aws_mail(53, 'takahashi-feb03', leaf(new53, cte='base64'), me,
             ew(f'Amazon Web Services: 新しいサポートケースを作成しました: {qcid}', 'UTF-8', enc='B', chunk=20),
             d53, 'o365', 'ja', 'unrelated', qcid, new53)

    # 59 --- colleague, internal, EUC-JP, no Authentication-Results
    d59 = T('2026-01-09 07:21')
    col, cola = '渡辺 大輔', 'daisuke.watanabe@hinode-systems.co.jp'
    hostn = f'TYCPR01MB{R.randint(1000, 9999)}'
    mid = f'<{hostn}{rhex(24).upper()}@{hostn}.jpnprd01.prod.outlook.com>'
    prev_mid = f'<{hostn}{rhex(24).upper()}@{hostn}.jpnprd01.prod.outlook.com>'
    th = [('Received', f'from TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by\n TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%6]) with mapi id\n 15.20.{R.randint(9000, 9400)}.{R.randint(10, 20)}; {rfc(d59 + timedelta(seconds=1))}')]
    prev = T('2026-01-08 09:40')
    q59 = outlook_ja_block(f'{name} <{me}>', prev, f'{col} <{cola}>', 'AWS認定のアカウントが2つある件') + \
        ('\n渡辺さん\n\nお疲れさまです。高橋です。\nAWS 認定のアカウントが個人用と会社用で 2 つになってしまいました。\n'
         f'{old} と {keep} です。渡辺さんは以前まとめたと伺ったのですが、どうやったか教えていただけますか。\n')
    new59 = ('高橋さん\n\nお疲れさまです。渡辺です。\n\n'
             'AWS トレーニングと認定の問い合わせフォームから「アカウントの統合」を選んで申請すれば大丈夫です。\n'
             '私の場合は AWS10375521 を残しました。翌日くらいに、どちらを残すかの確認メールがサポートから届くので、'
             '内容が合っていれば返信するだけです。完了まで 3 日くらいでした。\n\n'
             'バッジは Credly から改めて届くので、届いたら受け入れてください。\n\n渡辺\n')
    full59 = new59 + '\n' + q59
    build(59, 'watanabe-jan09', leaf(full59, charset='EUC-JP', codec='euc_jp', cte='base64'),
          addr(col, cola, 'ISO-2022-JP', 'iso2022_jp'), addr(name, me, 'ISO-2022-JP', 'iso2022_jp'),
          ew('RE: AWS認定のアカウントが2つある件', 'ISO-2022-JP', 'iso2022_jp', chunk=10), d59, mid, th,
          new_text=new59, case_id=None, lang='ja', sv=None, kind='unrelated',
          extra=[('Thread-Topic', ew('AWS認定のアカウントが2つある件', 'UTF-8')),
                 ('Thread-Index', 'AQHcf' + b64r(24)[:28]), ('Content-Language', 'ja-JP'),
                 ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB0000.jpnprd01.prod.outlook.com')],
          reply=(prev_mid, prev_mid))



# =================================================================== Aisha Bello (Gmail, 11-digit case)
def singles_bello():
    me, name = 'aisha.bello.ng@gmail.com', 'Aisha Bello'
    keep, old, third = 'AWS10458213', 'AWS03320978', 'AWS09977120'
    cid = f'1{R.randint(1700000000, 1799999999)}'
    subj_re = f'RE:[CASE {cid}] {FORM_SUBJ}'
    legal = ('\n--\nThis message and any attachments are intended solely for the addressee and may contain confidential '
             'information. If you have received this message in error, please notify the sender immediately and delete it '
             'from your system. Any unauthorised use, disclosure, copying or distribution of this message is strictly '
             'prohibited. Amazon Web Services, Inc. and its affiliates accept no liability for any damage caused by any '
             'virus transmitted by this e-mail. E-mail communications may be monitored for quality and training purposes.\n'
             'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
             'Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue '
             'North, Seattle, WA 98109-5210. Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg, '
             'R.C.S. Luxembourg B186284. AWS Training and Certification is subject to the AWS Certification Program '
             'Agreement: https://aws.amazon.com/certification/certification-agreement/\n'
             'Privacy: https://aws.amazon.com/privacy/ | Terms: https://aws.amazon.com/terms/\n')

    # 39 --- agent found a third profile, asks about it
    u0 = T('2025-06-09 21:14')
    user0 = (f'Hello,\n\nFollowing my form submission, the two accounts are {keep} (aisha.bello.ng@gmail.com) and {old} '
             f'(aisha.bello@lagos-fintech.com.ng). Please keep {keep}.\n\nRegards,\nAisha\n')
    d39 = T('2025-06-10 10:32')
    new39 = (f'Hello Aisha,\n\nThank you for the information.\n\nWhile reviewing your request I found a third profile, {third}, '
             f'registered under the name "Aisha B." with the e-mail a.bello@outlook.com. It holds a Cloud Practitioner '
             f'exam result from 2022.\n\nCould you let me know whether {third} also belongs to you? If it does, we can include '
             f'it together with {old} so that everything ends up on {keep}. If it is not yours, we will leave it untouched.\n\n'
             f'Kind regards,\nSofia M.\nAWS Training and Certification\n')
    full39 = new39 + legal + '\n' + gmail_attr(u0, name, me, ZoneInfo('Africa/Lagos')) + '\n\n' + gt(user0)
    aws_mail(39, 'bello-jun10', multi('alternative', [leaf(full39, cte='quoted-printable'), leaf(html_of(full39), 'html', cte='quoted-printable')]),
             me, subj_re, d39, 'gmail', 'en', 'support_reply', cid, new39, sender_addr=FORM)

    # 38 --- confirmation request with the long legal footer, 8bit plain
    u1 = T('2025-06-10 17:50')
    user1 = f'Hi Sofia,\n\nYes, {third} is mine as well - I had forgotten about it. Please include it.\n\nAisha\n'
    d38 = T('2025-06-11 09:05')
    new38 = (f'Hello Aisha,\n\nThank you. We would now like your go-ahead on the following before anything is changed:\n\n'
             f'  \u2022 {keep} \u2014 the profile you\u2019ll keep\n'
             f'  \u2022 {old} \u2014 to be absorbed into {keep}\n'
             f'  \u2022 {third} \u2014 to be absorbed into {keep}\n\n'
             f'After this, {old} and {third} will no longer exist as separate profiles, and there is no way for us to undo it.\n\n'
             f'If this is what you want, please answer this e-mail with a short \u201cyes\u201d. If anything above is wrong, '
             f'tell me what to change.\n\nKind regards,\nSofia M.\nAWS Training and Certification\n')
    full38 = (new38 + legal + '\n' + gmail_attr(u1, name, me, ZoneInfo('Africa/Lagos')) + '\n\n' + gt(user1) + '\n>\n'
              + gt(gmail_attr(d39, 'Amazon Web Services', FORM, ZoneInfo('Africa/Lagos')) + '\n\n' + gt(new39) + '\n'))
    aws_mail(38, 'bello-jun11', multi('alternative', [leaf(full38, cte='8bit'), leaf(html_of(full38), 'html', cte='quoted-printable')]),
             me, subj_re, d38, 'gmail', 'en', 'merge_confirmation_requested', cid, new38, sender_addr=FORM)

    # 48 --- closure notice only
    d48 = T('2025-06-16 18:44')
    new48 = (f'Hello,\n\nYour case {cid} has been closed.\n\nWas your issue resolved?\n\n'
             f'YES: https://survey.aws-training.com/r/?c={cid}&a=yes\nNO: https://survey.aws-training.com/r/?c={cid}&a=no\n\n'
             f'If you need further help with this request, reply to this message within 14 days and the case will be reopened.\n\n'
             f'Thank you for contacting AWS Training and Certification.\n')
    aws_mail(48, 'bello-jun16', leaf(new48 + legal, cte='quoted-printable'), me,
             f'Your case {cid} has been closed', d48, 'gmail', 'en', 'survey', cid, new48, sender_addr=FORM)

    # 46 --- spoofed completion: top Authentication-Results fails, a lower forged one claims pass
    d46 = T('2025-06-20 04:12')
    snd = dict(kind='other', hfrom='amazon.com', addr='no-reply-aws@amazon.com', ip='45.142.214.77',
               helo='vps-77.hostkey-cloud.net', dkim=[], mailfrom='www-data@vps-77.hostkey-cloud.net')
    mid = f'<{rhex(20)}@vps-77.hostkey-cloud.net>'
    forged = ('amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dkim=pass header.d=amazon.com;\n'
              '       dmarc=pass header.from=amazon.com')
    th, _ = trace('gmail', me, snd, d46, mid, result='fail', forged_ar=forged)
    fake = case15(d46 - timedelta(days=9))
    p46 = (f'Dear AWS Certified Professional,\n\nYour AWS Certification accounts have been merged successfully. '
           f'All certifications are now linked to {keep}.\n\n'
           f'Because of this change, your exam benefits (50% discount voucher, practice exam) have been temporarily locked. '
           f'To restore them, you must verify your identity within 48 hours:\n\n'
           f'https://aws-certmetrics-verify.net/restore?id={rhex(16)}\n\n'
           f'Case ID: {fake}\n\nBest regards,\nAWS Training and Certification\n')
    build(46, 'bello-jun20', leaf(p46, charset='us-ascii', cte='7bit'), addr('Amazon Web Services', 'no-reply-aws@amazon.com'), me,
          f'RE:[CASE {fake}] Your accounts have been merged', d46, mid, th, new_text=p46, case_id=fake, lang='en',
          sv=False, kind='merge_completed', xmailer='Microsoft Outlook 16.0')

    # 57 --- Credly expiry reminder (unrelated)
    d57 = T('2025-09-01 15:00')
    p57 = ('Hi Aisha,\n\nYour badge "AWS Certified Cloud Practitioner" issued by AWS Training and Certification will expire '
           'on November 30, 2025.\n\nTo keep your credential current, check the recertification options offered by the issuer.\n\n'
           'View badge: https://www.credly.com/badges/' + ruuid() + '\n\nCredly, Inc. | 1 Penn Plaza, Suite 1900, New York, NY 10119\n')
    credly_mail(57, 'bello-sep01', multi('alternative', [leaf(p57, cte='quoted-printable'), leaf(html_of(p57), 'html', cte='quoted-printable')]),
                me, 'Your AWS Certified Cloud Practitioner badge expires in 90 days', d57, 'gmail', 'en', 'unrelated', p57, display='Credly')


# =================================================================== Liam Fischer (on-prem relay, no Authentication-Results)
def single_fischer():
    me, name = 'liam.fischer@rheinwerk-it.de', 'Liam Fischer'
    keep, old = 'AWS05561238', 'AWS17720461'
    opened = T('2026-02-16 07:40')
    cid = case15(opened)
    subj_re = f'RE:[CASE {cid}] {FORM_SUBJ}'
    d_req = T('2026-02-17 08:41')
    req = (f'Hello Liam,\n\nPlease review the following. {old} will be merged into {keep}; {keep} will remain as your '
           f'account and {old} will be closed. This action is irreversible.\n\nReply to confirm and we will proceed.\n\n'
           f'Regards,\nPaulo S.\nAmazon Web Services\n')
    u1 = T('2026-02-17 10:02')
    user1 = ('Hello Paulo,\n\nconfirmed, please go ahead.\n\nBest regards\nLiam Fischer\n\n-- \nLiam Fischer\nCloud Engineer\n'
             'Rheinwerk IT GmbH | Kaiserstrasse 12 | 60311 Frankfurt am Main\n'
             'Amtsgericht Frankfurt am Main HRB 123456 | Geschaeftsfuehrer: Jonas Weber\n\n'
             + tb_attr(d_req, 'Amazon Web Services', CET) + '\n' + gt(req))
    d37 = T('2026-02-18 19:27')
    new37 = (f'Hello Liam,\n\nThis is to let you know that the consolidation of your AWS Certification profiles has been '
             f'carried out. The records that were stored under {old} have been transferred to {keep}, and {old} has been closed.\n\n'
             f'Please allow up to 48 hours for your Credly badges to be re-issued.\n\nRegards,\nPaulo S.\nAmazon Web Services\n')
    full37 = (new37 + AWS_SIG_EN + '\n-----Original Message-----\n' f'From: {name} <{me}>\n'
              f'Sent: {u1.strftime("%Y-%m-%d %H:%M")} UTC\nTo: {FORM}\nSubject: AW: {subj_re}\n\n' + user1)
    aws_mail(37, 'fischer-feb18', leaf(full37, charset='us-ascii', cte='7bit'), me, subj_re, d37, 'onprem', 'en',
             'merge_completed', cid, new37, sender_addr=FORM)


# =================================================================== Carlos Mendes (hotmail)
def singles_mendes():
    me, name = 'carlos.mendes88@hotmail.com', 'Carlos Mendes'
    keep, old = 'AWS14402291', 'AWS18830516'
    opened = T('2025-12-01 13:05')
    cid = case15(opened)

    # 49 --- second (console) case opened; text refers to the first case
    o2 = T('2025-12-05 11:37')
    cid2 = case15(o2)
    d49 = o2 + timedelta(seconds=31)
    corr = (f'Hi, I asked for my two certification accounts to be merged on Dec 1 (case {cid}) and have not had an answer yet. '
            f'Opening this in case the first request got lost. Accounts: {keep} and {old}.')
    new49 = (f'Thank you for contacting Amazon Web Services. We have opened case {cid2} to address your issue.\n\n'
             f'The details of your case are as follows:\n\nCase ID: {cid2}\nSubject: Certification account merge - no reply\n'
             f'Severity: General guidance\nCorrespondence: {corr}\n\n'
             f'To view or update this case, please visit the AWS Support Center:\n{console_link(cid2)}\n\n'
             f'Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n')
    aws_mail(49, 'mendes-dec05', leaf(new49, cte='quoted-printable'), me,
             f'Amazon Web Services: You have opened a new Support case: {cid2}', d49, 'outlook', 'en', 'case_created', cid2, new49)

    # 40 --- HTML-only completion + resolution + rating
    d40 = T('2025-12-09 16:20')
    h40 = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Carlos,</p>
<p>Apologies for the wait, and thank you for confirming the details earlier this week. Your request has now been fully processed:</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#232f3e;color:#ffffff"><th align="left">Candidate ID</th><th align="left">Role</th><th align="left">Current status</th></tr>
<tr><td>{keep}</td><td>Retained account</td><td>Active &ndash; now holds all certifications and exam history</td></tr>
<tr><td>{old}</td><td>Merged account</td><td>Merged into {keep} &ndash; closed</td></tr>
</table>
<p>The separate case you opened on December 5 ({cid2}) has been closed as a duplicate of this one.</p>
<p>Since your request is complete, this case is now resolved. We would appreciate it if you could take a moment to tell us how we did:</p>
<table cellpadding="0" cellspacing="6"><tr>
<td style="background:#ff9900;padding:8px 18px"><a href="https://survey.aws-training.com/r/?c={cid}&amp;a=yes" style="color:#000;text-decoration:none">Issue resolved</a></td>
<td style="background:#eaeded;padding:8px 18px"><a href="https://survey.aws-training.com/r/?c={cid}&amp;a=no" style="color:#000;text-decoration:none">Not resolved</a></td>
</tr></table>
<p>Best regards,<br>Hannah K.<br>AWS Training and Certification</p>
<hr style="border:none;border-top:1px solid #eaeded">
<p style="font-size:11px;color:#687078">To contact us again about this case, reply to this e-mail and keep the case ID in the subject line.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
'''
    aws_mail(40, 'mendes-dec09', leaf(h40, 'html', cte='base64'), me, f'RE:[CASE {cid}] {FORM_SUBJ}', d40, 'outlook', 'en',
             'merge_completed', cid, strip_tags(h40), sender_addr=FORM)

    # 44 --- Credly look-alike phishing
    d44 = T('2025-12-11 08:47')
    snd = other_sender('credly-notify.com', 'badges@credly-notify.com', '91.215.85.140', 'mta1.credly-notify.com', 'k1')
    snd['mailfrom'] = 'badges@credly-notify.com'
    mid = msgid_for('other', d44, 'credly-notify.com')
    th, _ = trace('outlook', me, snd, d44, mid, result='nopolicy')
    h44 = ('<html><body style="font-family:Helvetica,Arial"><h2>Your badge has been issued!</h2>'
           '<p>AWS Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>'
           '<p>Following the recent update of your AWS Certification account, your badge must be accepted within 72 hours or it will be revoked.</p>'
           f'<p><a href="https://credly-notify.com/claim/{rhex(12)}" style="background:#ff6b00;color:#fff;padding:12px 24px">Accept your badge</a></p>'
           '<p style="font-size:11px;color:#999">Credly Inc. All rights reserved.</p></body></html>\n')
    build(44, 'mendes-dec11', leaf(h44, 'html', cte='quoted-printable'), addr('Credly', snd['addr']), me,
          'Carlos, your new badge is waiting - accept within 72 hours', d44, mid, th, new_text=strip_tags(h44),
          case_id=None, lang='en', sv=False, kind='credly_badge_issued', dkim=snd['dkim'])

    # 51 --- Seller Central case using the same subject style, about merging listings (unrelated)
    d51 = T('2025-11-20 18:09')
    sc = f'{R.randint(5800000000, 5999999999)}'
    snd = aws_sender('seller-answers-noreply@amazon.com')
    mid = msgid_for('ses', d51)
    th, _ = trace('outlook', me, snd, d51, mid)
    p51 = (f'Hello,\n\nThank you for contacting Amazon Selling Partner Support.\n\n'
           f'I have merged the three child ASINs (B0CX4R7Q2L, B0CX4R9K1M, B0CX4RB8TT) into the parent listing as requested. '
           f'The variation family should be visible on the detail page within 24 hours.\n\n'
           f'If the listings still appear separately after that, please reply to this case.\n\n'
           f'Was this answer helpful? Yes / No\n\nThank you,\nRavi\nAmazon Selling Partner Support\n\n'
           f'Your Case ID: {sc}\n')
    build(51, 'mendes-nov20', multi('alternative', [leaf(p51, cte='quoted-printable'), leaf(html_of(p51), 'html', cte='quoted-printable')]),
          addr('Amazon Seller Central', snd['addr']), me, f'RE:[CASE {sc}] Variation merge request', d51, mid, th,
          new_text=p51, case_id=sc, lang='en', sv=True, kind='unrelated', dkim=snd['dkim'])


# =================================================================== 中村 翔 (ocn, ja) & 伊藤 さくら (no AR, ja)
def singles_ja():
    # 47 --- conditional / planned (ISO-2022-JP), Outlook-ja quote
    me, name = 'sho.nakamura@ocn.ne.jp', '中村 翔'
    keep, old = 'AWS11907342', 'AWS07250186'
    opened = T('2025-08-04 02:10')
    cid = case15(opened)
    subj_re = f'RE:[CASE {cid}] {FORM_SUBJ}'
    u1 = T('2025-08-06 12:30')
    user1 = ('ご担当者様\n\n統合の確認メールありがとうございます。内容は問題ありません。\n'
             'ひとつ質問ですが、Credly のバッジはどうなりますか?旧アカウントのバッジも引き継がれますか?\n\n中村\n')
    d47 = T('2025-08-07 01:45')
    new47 = (f'中村 様\n\nご確認およびご質問ありがとうございます。\n\n'
             f'Credly のバッジについては、統合が完了いたしましたら、{old} で取得された認定資格のバッジも {keep} の'
             f'登録メールアドレス宛てに改めて発行される予定です。統合の作業はこれから開始し、終わり次第あらためてご連絡いたします。\n\n'
             f'なお、旧バッジは統合後しばらくして自動的に取り消されますので、新しいバッジの受け入れをお願いいたします。\n\n'
             f'AWS トレーニングと認定 カスタマーサポート 佐々木\n')
    full47 = new47 + '\n' + outlook_ja_block(f'{name} <{me}>', u1, f'Amazon Web Services <{FORM}>', 'RE: ' + subj_re) + '\n' + user1
    aws_mail(47, 'nakamura-aug07', leaf(full47, charset='ISO-2022-JP', codec='iso2022_jp', cte='7bit'), me, subj_re, d47,
             'ocn', 'ja', 'support_reply', cid, new47, sender_addr=FORM)

    # 50 --- console case opened, UTF-8 8bit, no Authentication-Results at all
    me2 = 'sakura.ito@biglobe.ne.jp'
    o2 = T('2026-03-02 00:18')
    cid2 = case15(o2)
    d50 = o2 + timedelta(seconds=40)
    new50 = (f'Amazon Web Services にお問い合わせいただきありがとうございます。'
             f'お客様のお問い合わせに対応するため、ケース {cid2} を作成しました。\n\n'
             f'ケース ID: {cid2}\n件名: 認定アカウントが重複しています\n重要度: 一般的なガイダンス\n'
             f'内容: 受験者 ID aws 15093377 と aws 04781126 の 2 つがあります。1 つにまとめたいです。\n\n'
             f'このケースを表示または更新するには、AWS サポートセンターにアクセスしてください:\n{console_link(cid2, "ja")}\n\n'
             f'このメールは受信専用のアドレスから送信されています。\n')
    snd = aws_sender()
    mid = msgid_for('ses', d50)
    lt = (d50 + timedelta(seconds=5)).astimezone(JST)
    th = [('Return-Path', f'<{mid.strip("<>")}>'),
          ('Received', f'from pop.biglobe.ne.jp [133.205.{R.randint(1, 250)}.{R.randint(1, 250)}]\n\tby localhost with POP3 (fetchmail-6.4.38)\n\tfor <sakura@localhost> (single-drop); {rfc(lt + timedelta(minutes=7))}'),
          ('Received', f'from {snd["helo"]} ({snd["helo"]} [{snd["ip"]}])\n\tby mail{R.randint(10, 40)}.biglobe.ne.jp (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{me2}>; {rfc(lt)}')]
    build(50, 'ito-mar02', leaf(new50, cte='8bit'), addr('Amazon Web Services', 'no-reply-aws@amazon.com'), me2,
          ew(f'Amazon Web Services: 新しいサポートケースを作成しました: {cid2}', 'UTF-8', enc='B', chunk=14), d50, mid, th,
          new_text=new50, case_id=cid2, lang='ja', sv=None, kind='case_created', dkim=snd['dkim'],
          extra=[('X-SES-Outgoing', f'{d50.strftime("%Y.%m.%d")}-{snd["ip"]}')])


# =================================================================== main
def main():
    thread_daniel(); thread_sato(); thread_priya(); thread_marta(); thread_yamamoto(); thread_becker()
    thread_takahashi(); singles_bello(); single_fischer(); singles_mendes(); singles_ja()
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    # file numbers are shuffled so that the order carries no hint of the kind
    perm = list(range(1, len(MAILS) + 1))
    random.Random(4343).shuffle(perm)
    labels = {}
    for fname, data in MAILS:
        new = f'{perm[int(fname[:3]) - 1]:03d}{fname[3:]}'
        labels[new] = LABELS[fname]
        with open(os.path.join(OUT, new), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
    print(len(MAILS), 'mails written')


if __name__ == '__main__':
    main()
